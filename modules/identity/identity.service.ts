import { loadById } from '../../src/graphql/loaders.js';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  auditActorOf,
  platformTx,
  requireTenant,
  tenantTx,
  type Context,
  type Credential,
  type Services,
} from '../../src/context.js';
import { inPlatformTransaction, inTenantTransaction } from '../../src/db/tenancy.js';
import { appendAudit } from '../../src/audit/append.js';
import { difference } from '../../src/audit/chain.js';
import {
  NotFoundError,
  TenantNotFoundError,
  TenantSuspendedError,
  UnauthenticatedError,
  ValidationError,
} from '../../src/errors.js';
import { isLocale, LOCALES } from '../../src/i18n.js';
import { isUuid, newId } from '../../src/ids.js';
import { keysetConnection, type PageArgs } from '../../src/graphql/pagination.js';
import { parseInput } from '../../src/validation.js';
import { dummyPasswordHash, hashPassword, verifyPassword } from '../../src/auth/passwords.js';
import { hashSecret, randomSecret, secretMatches } from '../../src/auth/secrets.js';
import {
  grantOfRoles,
  isPermission,
  lacking,
  permissionsOfRoles,
  PLATFORM_ROLES,
  TENANT_ROLES,
  type Permission,
  type PlatformRole,
  type TenantRole,
} from '../../src/auth/permissions.js';
import { actorOf, grantablePermissions, type Principal } from '../../src/auth/principal.js';
import { tenantDirectory } from '../tenants/index.js';
import {
  ApiKeySchema,
  AuthSessionSchema,
  PlatformSessionSchema,
  PlatformStaffSchema,
  PlayerSchema,
  StaffUserSchema,
  type ApiKey,
  type Player,
  type StaffUser,
} from './identity.entities.js';
import {
  AccountDisabledError,
  CannotGrantError,
  EmailTakenError,
  InvalidCredentialsError,
  InvalidRefreshTokenError,
} from './identity.errors.js';
import { markPasswordChangeRequired } from './identity.passwords.js';

// ---------------------------------------------------------------- input rules

const email = z.string().trim().toLowerCase().pipe(z.email({ message: 'must be an email address' })).pipe(z.string().max(254));
const password = z.string().min(10, 'must be at least 10 characters').max(256, 'must be at most 256 characters');
/** The password policy of every account: registration, changes and resets (identity.passwords.ts). */
export const passwordRule = password;
const name = z.string().trim().min(1).max(120);
const tenantRoles = z
  .array(z.enum(TENANT_ROLES, { message: `must be one of ${TENANT_ROLES.join(', ')}` }))
  .min(1, 'needs at least one role');
const permissions = z
  .array(z.string().refine(isPermission, 'is not a known permission'))
  .min(1, 'needs at least one permission')
  .transform((list) => [...new Set(list)] as Permission[]);

const registerInput = z.object({
  email,
  password,
  displayName: name,
  locale: z.string().refine(isLocale, `must be one of ${LOCALES.join(', ')}`).optional(),
});
const loginInput = z.object({ email, password: z.string().min(1).max(256) });
const staffLoginInput = loginInput.extend({ tenant: z.string().trim().toLowerCase().optional() });
const staffInput = z.object({ email, name, password, roles: tenantRoles });
const apiKeyInput = z.object({ name, permissions });

// ---------------------------------------------------------------- tokens and sessions

export interface IssuedTokens {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
}

/** A refresh token names its tenant (for row-level security) and session; only the secret is hashed. */
function formatRefreshToken(tenantId: string | null, sessionId: string, secret: string): string {
  return `${tenantId ?? 'platform'}.${sessionId}.${secret}`;
}

function parseRefreshToken(token: string): { tenantId: string | null; sessionId: string; secret: string } | null {
  const [scope, sessionId, secret, ...rest] = token.split('.');
  if (rest.length || !scope || !sessionId || !secret || !isUuid(sessionId)) return null;
  if (scope !== 'platform' && !isUuid(scope)) return null;
  return { tenantId: scope === 'platform' ? null : scope, sessionId, secret };
}

async function openTenantSession(
  ctx: Context,
  em: EntityManager,
  tenantId: string,
  subject: { kind: 'PLAYER' | 'STAFF'; id: string },
): Promise<IssuedTokens> {
  const { config, tokens } = ctx.services;
  const secret = randomSecret();
  const session = em.create(AuthSessionSchema, {
    id: newId(),
    tenantId,
    subjectKind: subject.kind,
    subjectId: subject.id,
    refreshHash: hashSecret(secret),
    expiresAt: new Date(Date.now() + config.refreshTokenTtlSeconds * 1000),
  });
  await em.flush();
  const access = await tokens.sign({
    sub: subject.id,
    kind: subject.kind === 'PLAYER' ? 'player' : 'staff',
    tid: tenantId,
    sid: session.id,
  });
  return {
    accessToken: access.token,
    accessTokenExpiresAt: access.expiresAt,
    refreshToken: formatRefreshToken(tenantId, session.id, secret),
  };
}

async function openPlatformSession(ctx: Context, em: EntityManager, staffId: string): Promise<IssuedTokens> {
  const { config, tokens } = ctx.services;
  const secret = randomSecret();
  const session = em.create(PlatformSessionSchema, {
    id: newId(),
    staffId,
    refreshHash: hashSecret(secret),
    expiresAt: new Date(Date.now() + config.refreshTokenTtlSeconds * 1000),
  });
  await em.flush();
  const access = await tokens.sign({ sub: staffId, kind: 'platform', sid: session.id });
  return { accessToken: access.token, accessTokenExpiresAt: access.expiresAt, refreshToken: formatRefreshToken(null, session.id, secret) };
}

// ---------------------------------------------------------------- players

export async function registerPlayer(ctx: Context, input: z.input<typeof registerInput>) {
  const tenant = requireTenant(ctx);
  const data = parseInput(registerInput, input);
  const passwordHash = await hashPassword(data.password);
  try {
    return await tenantTx(ctx, async ({ em, tenantId }) => {
      const player = em.create(PlayerSchema, {
        id: newId(),
        tenantId,
        email: data.email,
        displayName: data.displayName,
        passwordHash,
        locale: data.locale ?? tenant.defaultLocale,
        status: 'ACTIVE',
      });
      await em.flush();
      const tokens = await openTenantSession(ctx, em, tenantId, { kind: 'PLAYER', id: player.id });
      return { player, tokens };
    });
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw new EmailTakenError();
    throw error;
  }
}

export async function loginPlayer(ctx: Context, input: z.input<typeof loginInput>) {
  requireTenant(ctx);
  const data = parseInput(loginInput, input);
  return tenantTx(ctx, async ({ em, tenantId }) => {
    const player = await em.findOne(PlayerSchema, { email: data.email });
    const ok = await verifyPassword(player?.passwordHash ?? (await dummyPasswordHash()), data.password);
    if (!player || !ok) throw new InvalidCredentialsError();
    if (player.status !== 'ACTIVE') throw new AccountDisabledError();
    const tokens = await openTenantSession(ctx, em, tenantId, { kind: 'PLAYER', id: player.id });
    return { player, tokens };
  });
}

export function listPlayers(ctx: Context, args: PageArgs) {
  return keysetConnection<Player>(args, {
    keyOf: (p) => p.id,
    fetch: (after, limit) =>
      tenantTx(ctx, ({ em }) => em.find(PlayerSchema, after ? { id: { $gt: after } } : {}, { orderBy: { id: 'asc' }, limit })),
  });
}

export function playersByIds(ctx: Context, ids: readonly string[]): Promise<Player[]> {
  const valid = ids.filter(isUuid);
  if (!ctx.tenant || valid.length === 0) return Promise.resolve([]);
  return tenantTx(ctx, ({ em }) => em.find(PlayerSchema, { id: { $in: valid } }));
}

// ---------------------------------------------------------------- staff

/**
 * Staff sign in to their tenant by naming it, or to the platform by naming none. A suspended
 * tenant's staff may still sign in: they are the ones who deal with the suspension.
 */
export async function staffLogin(ctx: Context, input: z.input<typeof staffLoginInput>) {
  const data = parseInput(staffLoginInput, input);
  if (!data.tenant) {
    return platformTx(ctx, async (em) => {
      const staff = await em.findOne(PlatformStaffSchema, { email: data.email });
      const ok = await verifyPassword(staff?.passwordHash ?? (await dummyPasswordHash()), data.password);
      if (!staff || !ok) throw new InvalidCredentialsError();
      if (staff.disabledAt) throw new AccountDisabledError();
      return openPlatformSession(ctx, em, staff.id);
    });
  }
  const tenant = await tenantDirectory.bySlug(ctx.services, data.tenant);
  if (!tenant) throw new TenantNotFoundError(data.tenant);
  return inTenantTransaction(ctx.em, tenant.id, async (em) => {
    const staff = await em.findOne(StaffUserSchema, { email: data.email });
    const ok = await verifyPassword(staff?.passwordHash ?? (await dummyPasswordHash()), data.password);
    if (!staff || !ok) throw new InvalidCredentialsError();
    if (staff.disabledAt) throw new AccountDisabledError();
    const tokens = await openTenantSession(ctx, em, tenant.id, { kind: 'STAFF', id: staff.id });
    await appendAudit(em, tenant.id, { ...auditActorOf(ctx), kind: 'STAFF', id: staff.id }, {
      action: 'staff.login',
      target: { type: 'StaffUser', id: staff.id },
      diff: {},
    });
    return tokens;
  });
}

/** Refuses, naming every permission the caller lacks, a grant of more than the caller holds. */
function assertCanGrant(ctx: Context, wanted: Iterable<Permission>): void {
  const missing = lacking(grantablePermissions(ctx.principal), wanted);
  if (missing.length) throw new CannotGrantError(missing);
}

function actorId(ctx: Context): string {
  if (!ctx.principal) throw new UnauthenticatedError();
  return actorOf(ctx.principal).id;
}

export async function createStaffUser(ctx: Context, input: z.input<typeof staffInput>): Promise<StaffUser> {
  requireTenant(ctx);
  const data = parseInput(staffInput, input);
  assertCanGrant(ctx, grantOfRoles(data.roles));
  const passwordHash = await hashPassword(data.password);
  try {
    return await tenantTx(ctx, async (tx) => {
      const { em, tenantId } = tx;
      const staff = em.create(StaffUserSchema, {
        id: newId(),
        tenantId,
        email: data.email,
        name: data.name,
        passwordHash,
        roles: data.roles,
      });
      await em.flush();
      await tx.audit({
        action: 'staff.create',
        target: { type: 'StaffUser', id: staff.id },
        diff: difference(null, { email: staff.email, name: staff.name, roles: staff.roles }),
      });
      return staff;
    });
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw new EmailTakenError();
    throw error;
  }
}

export async function setStaffRoles(ctx: Context, staffId: string, roles: string[]): Promise<StaffUser> {
  const data = parseInput(z.object({ roles: tenantRoles }), { roles });
  assertCanGrant(ctx, grantOfRoles(data.roles));
  return tenantTx(ctx, async ({ em, audit }) => {
    const staff = await em.findOne(StaffUserSchema, { id: staffId });
    if (!staff) throw new NotFoundError('Staff user');
    const before = staff.roles;
    staff.roles = data.roles;
    await em.flush();
    await audit({ action: 'staff.roles.set', target: { type: 'StaffUser', id: staff.id }, diff: difference({ roles: before }, { roles: staff.roles }) });
    return staff;
  });
}

/** Disables a staff user and ends every session they have. */
export async function disableStaffUser(ctx: Context, staffId: string): Promise<StaffUser> {
  const disabled = await tenantTx(ctx, async ({ em, audit }) => {
    const staff = await em.findOne(StaffUserSchema, { id: staffId });
    if (!staff) throw new NotFoundError('Staff user');
    if (ctx.principal?.kind === 'staff' && ctx.principal.staffId === staffId) {
      throw new ValidationError([{ path: ['id'], message: 'you cannot disable yourself' }]);
    }
    const wasDisabled = !!staff.disabledAt;
    staff.disabledAt ??= new Date();
    const ended = await em.nativeUpdate(AuthSessionSchema, { subjectId: staffId, revokedAt: null }, { revokedAt: new Date() });
    await em.flush();
    if (!wasDisabled) {
      await audit({ action: 'staff.disable', target: { type: 'StaffUser', id: staff.id }, diff: { disabled: { from: false, to: true }, sessionsEnded: ended } });
    }
    return staff;
  });
  await ctx.services.lookups.invalidate(`subject:${disabled.id}`);
  return disabled;
}

export function listStaff(ctx: Context, args: PageArgs) {
  return keysetConnection<StaffUser>(args, {
    keyOf: (s) => s.id,
    fetch: (after, limit) =>
      tenantTx(ctx, ({ em }) => em.find(StaffUserSchema, after ? { id: { $gt: after } } : {}, { orderBy: { id: 'asc' }, limit })),
  });
}

export function staffByIds(ctx: Context, ids: readonly string[]): Promise<StaffUser[]> {
  const valid = ids.filter(isUuid);
  if (!ctx.tenant || valid.length === 0) return Promise.resolve([]);
  return tenantTx(ctx, ({ em }) => em.find(StaffUserSchema, { id: { $in: valid } }));
}

export async function createPlatformStaff(
  ctx: Context,
  input: { email: string; name: string; password: string; roles: PlatformRole[] },
) {
  const data = parseInput(
    z.object({ email, name, password, roles: z.array(z.enum(PLATFORM_ROLES)).min(1) }),
    input,
  );
  const passwordHash = await hashPassword(data.password);
  try {
    return await platformTx(ctx, async (em) => {
      const staff = em.create(PlatformStaffSchema, { id: newId(), email: data.email, name: data.name, passwordHash, roles: data.roles });
      await em.flush();
      return staff;
    });
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw new EmailTakenError();
    throw error;
  }
}

// ---------------------------------------------------------------- refresh and logout

/** Rotates the refresh token. Presenting an already-rotated token ends the session (token theft). */
export async function refreshSession(ctx: Context, refreshToken: string): Promise<IssuedTokens> {
  const parsed = parseRefreshToken(refreshToken);
  if (!parsed) throw new InvalidRefreshTokenError();
  const { tokens, config } = ctx.services;
  const now = new Date();
  const rotate = async (session: { refreshHash: string; revokedAt?: Date | null; expiresAt: Date }) => {
    if (session.revokedAt || session.expiresAt <= now) throw new InvalidRefreshTokenError();
    if (!secretMatches(parsed.secret, session.refreshHash)) {
      session.revokedAt = now;
      return null;
    }
    const secret = randomSecret();
    session.refreshHash = hashSecret(secret);
    session.expiresAt = new Date(now.getTime() + config.refreshTokenTtlSeconds * 1000);
    return secret;
  };

  if (parsed.tenantId === null) {
    const result = await inPlatformTransaction(ctx.em, async (em) => {
      const session = await em.findOne(PlatformSessionSchema, { id: parsed.sessionId });
      if (!session) throw new InvalidRefreshTokenError();
      const staff = await em.findOne(PlatformStaffSchema, { id: session.staffId });
      if (!staff || staff.disabledAt) throw new InvalidRefreshTokenError();
      const secret = await rotate(session);
      await em.flush();
      if (!secret) return null;
      const access = await tokens.sign({ sub: staff.id, kind: 'platform', sid: session.id });
      return { accessToken: access.token, accessTokenExpiresAt: access.expiresAt, refreshToken: formatRefreshToken(null, session.id, secret) };
    });
    if (!result) await ctx.services.lookups.invalidate(`session:${parsed.sessionId}`);
    if (!result) throw new InvalidRefreshTokenError();
    return result;
  }

  const tenantId = parsed.tenantId;
  const tenant = await tenantDirectory.byId(ctx.services, tenantId);
  if (!tenant) throw new InvalidRefreshTokenError();
  const result = await inTenantTransaction(ctx.em, tenantId, async (em) => {
    const session = await em.findOne(AuthSessionSchema, { id: parsed.sessionId });
    if (!session) throw new InvalidRefreshTokenError();
    if (tenant.status === 'SUSPENDED' && session.subjectKind === 'PLAYER') throw new TenantSuspendedError(tenant.slug);
    const subjectActive =
      session.subjectKind === 'PLAYER'
        ? !!(await em.findOne(PlayerSchema, { id: session.subjectId, status: 'ACTIVE' }))
        : !!(await em.findOne(StaffUserSchema, { id: session.subjectId, disabledAt: null }));
    if (!subjectActive) throw new InvalidRefreshTokenError();
    const secret = await rotate(session);
    await em.flush();
    if (!secret) return null;
    const access = await tokens.sign({
      sub: session.subjectId,
      kind: session.subjectKind === 'PLAYER' ? 'player' : 'staff',
      tid: tenantId,
      sid: session.id,
    });
    return { accessToken: access.token, accessTokenExpiresAt: access.expiresAt, refreshToken: formatRefreshToken(tenantId, session.id, secret) };
  });
  // A reused refresh token ended the session (theft): its live connections end too.
  if (!result) await ctx.services.lookups.invalidate(`session:${parsed.sessionId}`);
  if (!result) throw new InvalidRefreshTokenError();
  return result;
}

/** Ends the caller's session: its access token and refresh token stop working at once. */
export async function logout(ctx: Context): Promise<boolean> {
  const p = ctx.principal;
  if (!p || p.kind === 'apiKey') throw new UnauthenticatedError();
  if (p.kind === 'platform') {
    await inPlatformTransaction(ctx.em, (em) => em.nativeUpdate(PlatformSessionSchema, { id: p.sessionId }, { revokedAt: new Date() }));
  } else {
    await inTenantTransaction(ctx.em, p.tenantId, (em) => em.nativeUpdate(AuthSessionSchema, { id: p.sessionId }, { revokedAt: new Date() }));
  }
  // Live connections signed in with this session end too (src/server.ts).
  await ctx.services.lookups.invalidate(`session:${p.sessionId}`);
  return true;
}

// ---------------------------------------------------------------- API keys

/** An API key names its tenant and key id; only the secret part is stored, hashed. */
const API_KEY = /^crk_([0-9a-f-]{36})_([0-9a-f-]{36})_([A-Za-z0-9_-]{43})$/;

export async function createApiKey(ctx: Context, input: { name: string; permissions: string[] }) {
  const data = parseInput(apiKeyInput, input);
  assertCanGrant(ctx, data.permissions);
  const createdBy = actorId(ctx);
  return tenantTx(ctx, async ({ em, tenantId, audit }) => {
    const secret = randomSecret();
    const apiKey = em.create(ApiKeySchema, {
      id: newId(),
      tenantId,
      name: data.name,
      secretHash: hashSecret(secret),
      permissions: data.permissions,
      createdBy,
    });
    await em.flush();
    await audit({
      action: 'apikey.create',
      target: { type: 'ApiKey', id: apiKey.id },
      diff: difference(null, { name: apiKey.name, permissions: apiKey.permissions }),
    });
    return { apiKey, key: `crk_${tenantId}_${apiKey.id}_${secret}` };
  });
}

export async function revokeApiKey(ctx: Context, id: string): Promise<ApiKey> {
  const revoked = await tenantTx(ctx, async ({ em, audit }) => {
    const apiKey = await em.findOne(ApiKeySchema, { id });
    if (!apiKey) throw new NotFoundError('API key');
    if (apiKey.revokedAt) return apiKey;
    apiKey.revokedAt = new Date();
    await em.flush();
    await audit({ action: 'apikey.revoke', target: { type: 'ApiKey', id: apiKey.id }, diff: { revoked: { from: false, to: true } } });
    return apiKey;
  });
  await ctx.services.lookups.invalidate(`apiKey:${revoked.id}`);
  return revoked;
}

export function listApiKeys(ctx: Context, args: PageArgs) {
  return keysetConnection<ApiKey>(args, {
    keyOf: (k) => k.id,
    fetch: (after, limit) =>
      tenantTx(ctx, ({ em }) => em.find(ApiKeySchema, after ? { id: { $gt: after } } : {}, { orderBy: { id: 'asc' }, limit })),
  });
}

export function apiKeysByIds(ctx: Context, ids: readonly string[]): Promise<ApiKey[]> {
  const valid = ids.filter(isUuid);
  if (!ctx.tenant || valid.length === 0) return Promise.resolve([]);
  return tenantTx(ctx, ({ em }) => em.find(ApiKeySchema, { id: { $in: valid } }));
}

// ---------------------------------------------------------------- authentication

/**
 * Turns a credential into a principal. Every check that can fail says UNAUTHENTICATED:
 * a forged, expired or revoked token, and an unknown, revoked or other-tenant API key.
 */
export async function authenticate(
  services: Services,
  credential: Credential,
): Promise<{ principal: Principal; locale?: string }> {
  if (credential.kind === 'apiKey') {
    const match = API_KEY.exec(credential.key);
    if (!match || !isUuid(match[1]!) || !isUuid(match[2]!)) throw new UnauthenticatedError('invalid API key');
    const [, tenantId, keyId, secret] = match as unknown as [string, string, string, string];
    // Remembered by a digest of the whole key, so only the right secret finds the entry.
    const cacheKey = `api-key:${createHash('sha256').update(credential.key).digest('base64url')}`;
    const apiKey = await services.lookups.get(cacheKey, () => inTenantTransaction(services.orm.em.fork(), tenantId, async (tem) => {
      const found = await tem.findOne(ApiKeySchema, { id: keyId });
      if (!found || found.revokedAt || !secretMatches(secret, found.secretHash)) return null;
      // Recorded at most once a minute, so a busy partner does not write on every request.
      if (!found.lastUsedAt || Date.now() - found.lastUsedAt.getTime() > 60_000) {
        await tem.execute(
          `update api_key set last_used_at = now() where id = ? and (last_used_at is null or last_used_at < now() - interval '1 minute')`,
          [keyId],
        );
      }
      return { id: found.id, permissions: found.permissions };
    }), (key) => [`apiKey:${key.id}`, `tenant:${tenantId}`]);
    if (!apiKey) throw new UnauthenticatedError('invalid API key');
    return { principal: { kind: 'apiKey', apiKeyId: apiKey.id, tenantId, permissions: new Set(apiKey.permissions) } };
  }

  const em = services.orm.em.fork();
  const claims = await services.tokens.verify(credential.token);
  if ('invalid' in claims) throw new UnauthenticatedError(claims.invalid);
  const now = new Date();
  if (claims.kind === 'platform') {
    const staff = await inPlatformTransaction(em, async (tem) => {
      const session = await tem.findOne(PlatformSessionSchema, { id: claims.sid, staffId: claims.sub });
      if (!session || session.revokedAt || session.expiresAt <= now) return null;
      return tem.findOne(PlatformStaffSchema, { id: claims.sub, disabledAt: null });
    });
    if (!staff) throw new UnauthenticatedError('session ended');
    const principal: Principal = { kind: 'platform', staffId: staff.id, sessionId: claims.sid, roles: staff.roles, permissions: permissionsOfRoles(staff.roles) };
    if (staff.mustChangePassword) markPasswordChangeRequired(principal);
    return { principal };
  }

  const tenantId = claims.tid!;
  return inTenantTransaction(em, tenantId, async (tem) => {
    const session = await tem.findOne(AuthSessionSchema, { id: claims.sid, subjectId: claims.sub });
    if (!session || session.revokedAt || session.expiresAt <= now) throw new UnauthenticatedError('session ended');
    if (claims.kind === 'player') {
      const player = await tem.findOne(PlayerSchema, { id: claims.sub });
      if (!player || player.status !== 'ACTIVE') throw new UnauthenticatedError('account disabled');
      return { principal: { kind: 'player', playerId: player.id, tenantId, sessionId: session.id }, locale: player.locale };
    }
    const staff = await tem.findOne(StaffUserSchema, { id: claims.sub, disabledAt: null });
    if (!staff) throw new UnauthenticatedError('account disabled');
    const principal: Principal = {
      kind: 'staff',
      staffId: staff.id,
      tenantId,
      sessionId: session.id,
      roles: staff.roles,
      permissions: permissionsOfRoles(staff.roles),
    };
    if (staff.mustChangePassword) markPasswordChangeRequired(principal);
    return { principal };
  });
}

export async function currentPlayer(ctx: Context): Promise<Player | null> {
  const p = ctx.principal;
  if (p?.kind !== 'player') return null;
  return tenantTx(ctx, ({ em }) => em.findOne(PlayerSchema, { id: p.playerId }));
}

/** Whether a player of the transaction's tenant has this id (row-level security hides others). */
export async function playerExists(em: EntityManager, playerId: string): Promise<boolean> {
  if (!isUuid(playerId)) return false;
  return (await em.count(PlayerSchema, { id: playerId })) > 0;
}

async function playerMap(ctx: Context, ids: readonly string[]): Promise<ReadonlyMap<string, Player>> {
  return new Map((await playersByIds(ctx, ids)).map((p) => [p.id, p]));
}

/** A player by id, batched per operation: a page of 100 rows naming players costs one statement. */
export function loadPlayer(ctx: Context, id: string | null | undefined): Promise<Player | null> {
  return loadById(ctx, 'identity.player', playerMap, id);
}

async function staffMap(ctx: Context, ids: readonly string[]): Promise<ReadonlyMap<string, StaffUser>> {
  const valid = ids.filter(isUuid);
  if (!ctx.tenant || valid.length === 0) return new Map();
  const rows = await tenantTx(ctx, ({ em }) => em.find(StaffUserSchema, { id: { $in: valid } }));
  return new Map(rows.map((s) => [s.id, s]));
}

/** A staff user of the operation's tenant by id, batched per operation (references such as an approver). */
export function loadStaffUser(ctx: Context, id: string | null | undefined): Promise<StaffUser | null> {
  return loadById(ctx, 'identity.staffUser', staffMap, id);
}

async function apiKeyMap(ctx: Context, ids: readonly string[]): Promise<ReadonlyMap<string, ApiKey>> {
  return new Map((await apiKeysByIds(ctx, ids)).map((k) => [k.id, k]));
}

/** An API key of the operation's tenant by id, batched per operation (references such as an audit actor). */
export function loadApiKey(ctx: Context, id: string | null | undefined): Promise<ApiKey | null> {
  return loadById(ctx, 'identity.apiKey', apiKeyMap, id);
}
