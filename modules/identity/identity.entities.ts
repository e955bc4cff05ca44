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
    /** ISO 3166-1 alpha-2, as the player registered it; null when not given. */
    country: p.string().length(2).nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    blockedAt: p.datetime().nullable(),
    /** The staff user, platform staff or API key that blocked the player. */
    blockedBy: p.uuid().nullable(),
    blockedReason: p.text().nullable(),
  },
});
export type Player = InferEntity<typeof PlayerSchema>;

/** A staff note on a player: written once, never changed or deleted (the application role may only insert). */
export const PlayerNoteSchema = defineEntity({
  name: 'PlayerNote',
  tableName: 'player_note',
  filters: tenantFilter,
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid(),
    playerId: p.uuid(),
    body: p.text(),
    authorKind: p.enum(['STAFF', 'PLATFORM_STAFF', 'API_KEY'] as const),
    authorId: p.uuid(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type PlayerNote = InferEntity<typeof PlayerNoteSchema>;

/** A refresh-token session of a player or a tenant staff user. */
export const AuthSessionSchema = defineEntity({
  name: 'AuthSession',
  tableName: 'auth_session',
  filters: tenantFilter,
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid(),
    subjectKind: p.enum(['PLAYER', 'STAFF', 'AFFILIATE'] as const),
    subjectId: p.uuid(),
    refreshHash: p.text().hidden(),
    expiresAt: p.datetime(),
    revokedAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    /** The address the session was opened from. */
    ip: p.text().nullable(),
    /** The last refresh of the session. */
    lastUsedAt: p.datetime().nullable(),
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
  PlayerNoteSchema,
  AuthSessionSchema,
  ApiKeySchema,
];
