import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { tenantFilter } from '../db/tenancy.js';

const p = defineEntity.properties;

/** One link of a tenant's audit chain. Insert-only for the application role. */
export const AuditEventSchema = defineEntity({
  name: 'AuditEvent',
  tableName: 'audit_event',
  filters: tenantFilter,
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid(),
    seq: p.bigint('number'),
    occurredAt: p.datetime(),
    actorKind: p.text(),
    actorId: p.text(),
    action: p.text(),
    targetType: p.text(),
    targetId: p.text(),
    diff: p.json<unknown>(),
    requestId: p.text().nullable(),
    ip: p.text().nullable(),
    prevHash: p.text(),
    hash: p.text(),
  },
});
export type AuditEvent = InferEntity<typeof AuditEventSchema>;

/** A signed statement of a tenant's chain head at one sequence number. */
export const AuditCheckpointSchema = defineEntity({
  name: 'AuditCheckpoint',
  tableName: 'audit_checkpoint',
  filters: tenantFilter,
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid(),
    seq: p.bigint('number'),
    headHash: p.text(),
    signedAt: p.datetime(),
    keyId: p.text(),
    signature: p.text(),
    createdBy: p.text(),
  },
});
export type AuditCheckpoint = InferEntity<typeof AuditCheckpointSchema>;

export const auditEntities = [AuditEventSchema, AuditCheckpointSchema];
