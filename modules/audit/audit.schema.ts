import { builder } from '../../src/builder.js';
import type { AuditCheckpoint, AuditEvent } from '../../src/audit/entities.js';
import type { BrokenLink } from '../../src/audit/chain.js';
import { errorType, TENANT_ERRORS } from '../../src/graphql/errors.js';
import { AuditChainEmptyError } from './audit.errors.js';
import * as audit from './audit.service.js';

errorType(AuditChainEmptyError, 'AuditChainEmptyError', { code: 'AUDIT_CHAIN_EMPTY', description: '' });

const AuditEventType = builder.objectRef<AuditEvent>('AuditEvent').implement({
  description: 'One link of the tenant\'s tamper-evident audit chain.',
  fields: (t) => ({
    id: t.exposeID('id'),
    seq: t.exposeInt('seq', { description: 'Position in the tenant\'s chain, from 1, without gaps.' }),
    occurredAt: t.expose('occurredAt', { type: 'DateTime' }),
    actorKind: t.exposeString('actorKind'),
    actorId: t.exposeString('actorId'),
    action: t.exposeString('action'),
    targetType: t.exposeString('targetType'),
    targetId: t.exposeString('targetId'),
    diff: t.expose('diff', { type: 'JSON', description: 'For each changed field: { from, to }.' }),
    requestId: t.exposeString('requestId', { nullable: true }),
    ip: t.exposeString('ip', { nullable: true }),
    prevHash: t.exposeString('prevHash'),
    hash: t.exposeString('hash', { description: 'SHA-256 of the RFC 8785 canonical JSON of the content and prevHash.' }),
  }),
});

const AuditCheckpointType = builder.objectRef<AuditCheckpoint>('AuditCheckpoint').implement({
  description: 'An Ed25519 signature over the chain head at one sequence number.',
  fields: (t) => ({
    id: t.exposeID('id'),
    seq: t.exposeInt('seq'),
    headHash: t.exposeString('headHash'),
    signedAt: t.expose('signedAt', { type: 'DateTime' }),
    keyId: t.exposeString('keyId'),
    signature: t.exposeString('signature'),
    createdBy: t.exposeString('createdBy'),
  }),
});

const BrokenLinkType = builder.objectRef<BrokenLink>('AuditBrokenLink').implement({
  fields: (t) => ({
    seq: t.exposeInt('seq'),
    eventId: t.exposeID('eventId', { nullable: true }),
    reason: t.exposeString('reason', { description: 'What differs: which hash, link or signature.' }),
  }),
});

const AuditVerification = builder.objectRef<audit.AuditVerification>('AuditVerification').implement({
  fields: (t) => ({
    ok: t.exposeBoolean('ok'),
    fromSeq: t.exposeInt('fromSeq'),
    toSeq: t.exposeInt('toSeq'),
    headSeq: t.exposeInt('headSeq'),
    checked: t.exposeInt('checked', { description: 'Events whose hash and link were re-derived.' }),
    checkpointsChecked: t.exposeInt('checkpointsChecked'),
    broken: t.field({ type: BrokenLinkType, nullable: true, description: 'The first broken link, when not ok.', resolve: (v) => v.broken }),
  }),
});

const AuditSigningKey = builder.objectRef<{ publicKey: string; keyId: string }>('AuditSigningKey').implement({
  fields: (t) => ({
    publicKey: t.exposeString('publicKey', { description: 'Raw Ed25519 public key, base64.' }),
    keyId: t.exposeString('keyId'),
  }),
});

const CheckpointPayload = builder.objectRef<AuditCheckpoint>('AuditCheckpointPayload').implement({
  fields: (t) => ({ checkpoint: t.field({ type: AuditCheckpointType, resolve: (c) => c }) }),
});

builder.queryFields((t) => ({
  auditEvents: t.connection({
    type: AuditEventType,
    description: 'The tenant\'s audit trail, newest first.',
    authScopes: { permission: 'audit:read' },
    args: {
      actorId: t.arg.string(),
      action: t.arg.string(),
      targetType: t.arg.string(),
      targetId: t.arg.string(),
      from: t.arg({ type: 'DateTime', description: 'Inclusive.' }),
      to: t.arg({ type: 'DateTime', description: 'Exclusive.' }),
    },
    resolve: (_root, args, ctx) => audit.listAuditEvents(ctx, args),
  }),
  verifyAuditChain: t.field({
    type: AuditVerification,
    description: 'Re-derives the chain (whole, or fromSeq..toSeq) and names the first broken link.',
    authScopes: { permission: 'audit:read' },
    args: { fromSeq: t.arg.int(), toSeq: t.arg.int() },
    resolve: (_root, args, ctx) => audit.verifyAuditChain(ctx, args),
  }),
  auditCheckpoints: t.connection({
    type: AuditCheckpointType,
    authScopes: { permission: 'audit:read' },
    resolve: (_root, args, ctx) => audit.listCheckpoints(ctx, args),
  }),
  exportAuditRange: t.field({
    type: 'JSON',
    description: `A range of the chain with its checkpoints, for \`npm run audit:verify\`. Ends by default at the latest checkpoint; at most ${audit.MAX_EXPORT_EVENTS} events.`,
    authScopes: { permission: 'audit:read' },
    args: { fromSeq: t.arg.int(), toSeq: t.arg.int() },
    resolve: (_root, args, ctx) => audit.exportRange(ctx, args),
  }),
  auditSigningKey: t.field({
    type: AuditSigningKey,
    description: 'The key that signs checkpoints: give it to whoever verifies exports offline.',
    authScopes: { permission: 'audit:read' },
    resolve: (_root, _args, ctx) => audit.auditPublicKey(ctx),
  }),
}));

builder.mutationFields((t) => ({
  createAuditCheckpoint: t.field({
    type: CheckpointPayload,
    description: 'Signs the chain head now (a job also does so periodically).',
    authScopes: { permission: 'audit:checkpoint' },
    errors: { types: [AuditChainEmptyError, ...TENANT_ERRORS] },
    resolve: (_root, _args, ctx) => audit.createCheckpoint(ctx),
  }),
}));

