import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { tenantFilter } from '../../src/db/tenancy.js';
import type { Permission, PlatformRole, TenantRole } from '../../src/auth/permissions.js';

const p = defineEntity.properties;

/** Staff of the platform itself; not bound to a tenant. */
export const PlatformStaffSchema = defineEntity({
  name: 'PlatformStaff',
  tableName: 'platform_staff',
  properties: {
    id: p.uuid().primary(),
    email: p.text(),
    name: p.text(),
    passwordHash: p.text().hidden(),
    roles: p.array<PlatformRole>(),
    disabledAt: p.datetime().nullable(),
    /** Set for a handed-out password (bootstrap-admin): only changePassword answers until it is changed. */
    mustChangePassword: p.boolean().default(false),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type PlatformStaff = InferEntity<typeof PlatformStaffSchema>;

export const PlatformSessionSchema = defineEntity({
  name: 'PlatformSession',
  tableName: 'platform_session',
  properties: {
    id: p.uuid().primary(),
    staffId: p.uuid(),
    refreshHash: p.text().hidden(),
    expiresAt: p.datetime(),
    revokedAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type PlatformSession = InferEntity<typeof PlatformSessionSchema>;

export const StaffUserSchema = defineEntity({
  name: 'StaffUser',
  tableName: 'staff_user',
  filters: tenantFilter,
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid(),
    email: p.text(),
    name: p.text(),
    passwordHash: p.text().hidden(),
    roles: p.array<TenantRole>(),
    disabledAt: p.datetime().nullable(),
    /** Set for a handed-out password: only changePassword answers until it is changed. */
    mustChangePassword: p.boolean().default(false),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type StaffUser = InferEntity<typeof StaffUserSchema>;

export const PlayerSchema = defineEntity({
  name: 'Player',
  tableName: 'player',
  filters: tenantFilter,
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid(),
    email: p.text(),
    displayName: p.text(),
    passwordHash: p.text().hidden(),
    locale: p.text(),
    status: p.enum(['ACTIVE', 'BLOCKED'] as const),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type Player = InferEntity<typeof PlayerSchema>;

/** A refresh-token session of a player or a tenant staff user. */
export const AuthSessionSchema = defineEntity({
  name: 'AuthSession',
  tableName: 'auth_session',
  filters: tenantFilter,
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid(),
    subjectKind: p.enum(['PLAYER', 'STAFF'] as const),
    subjectId: p.uuid(),
    refreshHash: p.text().hidden(),
    expiresAt: p.datetime(),
    revokedAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type AuthSession = InferEntity<typeof AuthSessionSchema>;

export const ApiKeySchema = defineEntity({
  name: 'ApiKey',
  tableName: 'api_key',
  filters: tenantFilter,
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid(),
    name: p.text(),
    secretHash: p.text().hidden(),
    permissions: p.array<Permission>(),
    createdBy: p.uuid(),
    createdAt: p.datetime().onCreate(() => new Date()),
    revokedAt: p.datetime().nullable(),
    lastUsedAt: p.datetime().nullable(),
  },
});
export type ApiKey = InferEntity<typeof ApiKeySchema>;

export const identityEntities = [
  PlatformStaffSchema,
  PlatformSessionSchema,
  StaffUserSchema,
  PlayerSchema,
  AuthSessionSchema,
  ApiKeySchema,
];
