import { loadById } from '../../src/graphql/loaders.js';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { reportPlayerSignal, requestSignalOf } from '../../src/player-signals.js';
import { runRegistrationListeners } from '../../src/registration-listeners.js';
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  auditActorOf,
  platformTx,
  requireTenant,
  tenantTx,
  type Context,
  type Credential,
  type Services,
  type TenantTx,
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
import { keysetPage, type Connection, type KeysetWindow, type PageArgs } from '../../src/graphql/pagination.js';
import { loaderFor } from '../../src/graphql/loaders.js';
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
import { actorOf, grantablePermissions, subjectIdOf, type Principal } from '../../src/auth/principal.js';
import { sessionSubject } from '../../src/session-subjects.js';
import { tenantDirectory } from '../tenants/index.js';
import {
  ApiKeySchema,
  AuthSessionSchema,
  PlatformSessionSchema,
  PlatformStaffSchema,
  PlayerNoteSchema,
  PlayerSchema,
  StaffUserSchema,
  type ApiKey,
  type AuthSession,
  type Player,
  type PlayerNote,
  type StaffUser,
} from './identity.entities.js';
import {
  AccountDisabledError,
  CannotGrantError,
  EmailTakenError,
  InvalidCredentialsError,
  InvalidRefreshTokenError,
  LocaleNotOfferedError,
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
  country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code').nullish(),
  dateOfBirth: z.string().nullish(),
  // Passed to the registration listeners as is, unchecked: no click or code, however malformed, fails a registration.
  tracking: z.object({ clickId: z.string().nullish(), affiliateCode: z.string().nullish() }).nullish(),
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

/** The access token's kind of each session subject kind. */
const TOKEN_KIND = { PLAYER: 'player', STAFF: 'staff', AFFILIATE: 'affiliate' } as const;
export type TenantSubjectKind = keyof typeof TOKEN_KIND;

/**
 * Opens a session of a tenant's account in the caller's tenant transaction and issues its tokens.
 * Exported for the sign-in of accounts kept above identity (affiliates, src/session-subjects.ts).
 */
export async function openTenantSession(
  ctx: Context,
  em: EntityManager,
  tenantId: string,
  subject: { kind: TenantSubjectKind; id: string },
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
    ip: ctx.ip || null,
  });
  await em.flush();
  const access = await tokens.sign({
    sub: subject.id,
    kind: TOKEN_KIND[subject.kind],
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
  if (data.dateOfBirth) checkedBirthDate(data.dateOfBirth, ['input', 'dateOfBirth']);
  if (data.locale !== undefined && !tenant.locales.includes(data.locale)) throw new LocaleNotOfferedError(data.locale, tenant.locales);
  const passwordHash = await hashPassword(data.password);
  try {
    return await tenantTx(ctx, async (tx) => {
      const { em, tenantId } = tx;
      const player = em.create(PlayerSchema, {
        id: newId(),
        tenantId,
        email: data.email,
        displayName: data.displayName,
        passwordHash,
        locale: data.locale ?? tenant.defaultLocale,
        country: data.country ?? null,
        status: 'ACTIVE',
      });
      await em.flush();
      if (data.dateOfBirth) await em.execute(`update player set date_of_birth = ?::date where tenant_id = ? and id = ?`, [data.dateOfBirth, tenantId, player.id]);
      const tracking = data.tracking ? { clickId: data.tracking.clickId ?? null, affiliateCode: data.tracking.affiliateCode ?? null } : null;
      await runRegistrationListeners(ctx, tx, { playerId: player.id, tracking });
      await reportPlayerSignal(ctx, tx, { playerId: player.id, source: 'REGISTRATION', ...requestSignalOf(ctx), instrumentFingerprint: null });
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
  return tenantTx(ctx, async (tx) => {
    const { em, tenantId } = tx;
    const player = await em.findOne(PlayerSchema, { email: data.email });
    const ok = await verifyPassword(player?.passwordHash ?? (await dummyPasswordHash()), data.password);
    if (!player || !ok) throw new InvalidCredentialsError();
    if (player.status !== 'ACTIVE') throw new AccountDisabledError();
    const tokens = await openTenantSession(ctx, em, tenantId, { kind: 'PLAYER', id: player.id });
    await reportPlayerSignal(ctx, tx, { playerId: player.id, source: 'LOGIN', ...requestSignalOf(ctx), instrumentFingerprint: null });
    return { player, tokens };
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
      return { tokens: await openPlatformSession(ctx, em, staff.id), staffUser: null };
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
    return { tokens, staffUser: staff };
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

/** Staff users of the tenant in id order (ids are time-ordered UUIDs: oldest first). */
export function listStaff(ctx: Context, args: PageArgs) {
  return keysetPage<StaffUser>(args, {
    keyOf: (s) => s.id,
    fetch: (window) => tenantTx(ctx, ({ em }) => em.find(StaffUserSchema, idWindow(window), { orderBy: { id: window.backward ? 'desc' : 'asc' }, limit: window.limit })),
    count: () => tenantTx(ctx, ({ em }) => em.count(StaffUserSchema, {})),
  });
}

/** The `where` of a page of a listing ordered by id. */
function idWindow(window: KeysetWindow): { id?: { $gt?: string; $lt?: string } } {
  const id: { $gt?: string; $lt?: string } = {};
  if (window.after !== undefined) id.$gt = window.after;
  if (window.before !== undefined) id.$lt = window.before;
  return window.after === undefined && window.before === undefined ? {} : { id };
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
    if (tenant.status === 'SUSPENDED' && session.subjectKind !== 'STAFF') throw new TenantSuspendedError(tenant.slug);
    const subjectActive =
      session.subjectKind === 'PLAYER'
        ? !!(await em.findOne(PlayerSchema, { id: session.subjectId, status: 'ACTIVE' }))
        : session.subjectKind === 'STAFF'
          ? !!(await em.findOne(StaffUserSchema, { id: session.subjectId, disabledAt: null }))
          : await sessionSubject(session.subjectKind).maySignIn(em, tenantId, session.subjectId);
    if (!subjectActive) throw new InvalidRefreshTokenError();
    const secret = await rotate(session);
    if (secret) session.lastUsedAt = now;
    await em.flush();
    if (!secret) return null;
    const access = await tokens.sign({
      sub: session.subjectId,
      kind: TOKEN_KIND[session.subjectKind],
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

/**
 * Ends the caller's session, or with `allSessions` every session of the caller (other devices
 * too): their access and refresh tokens stop working at once. Returns how many sessions ended.
 */
export async function logout(ctx: Context, options: { allSessions?: boolean } = {}): Promise<number> {
  const p = ctx.principal;
  if (!p || p.kind === 'apiKey') throw new UnauthenticatedError();
  const now = new Date();
  let ended: number;
  if (p.kind === 'platform') {
    const where = options.allSessions ? { staffId: p.staffId, revokedAt: null } : { id: p.sessionId, revokedAt: null };
    ended = await inPlatformTransaction(ctx.em, (em) => em.nativeUpdate(PlatformSessionSchema, where, { revokedAt: now }));
  } else {
    const subjectId = subjectIdOf(p)!;
    const where = options.allSessions ? { subjectId, revokedAt: null } : { id: p.sessionId, revokedAt: null };
    ended = await inTenantTransaction(ctx.em, p.tenantId, (em) => em.nativeUpdate(AuthSessionSchema, where, { revokedAt: now }));
  }
  // Live connections signed in with the ended session(s) end too (src/server.ts).
  await ctx.services.lookups.invalidate(options.allSessions ? `subject:${subjectIdOf(p)!}` : `session:${p.sessionId}`);
  return ended;
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

/** API keys of the tenant in id order (oldest first), revoked ones included. */
export function listApiKeys(ctx: Context, args: PageArgs) {
  return keysetPage<ApiKey>(args, {
    keyOf: (k) => k.id,
    fetch: (window) => tenantTx(ctx, ({ em }) => em.find(ApiKeySchema, idWindow(window), { orderBy: { id: window.backward ? 'desc' : 'asc' }, limit: window.limit })),
    count: () => tenantTx(ctx, ({ em }) => em.count(ApiKeySchema, {})),
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
          `update api_key set last_used_at = now() where tenant_id = ? and id = ? and (last_used_at is null or last_used_at < now() - interval '1 minute')`,
          [tenantId, keyId],
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
    if (claims.kind === 'affiliate') {
      if (session.subjectKind !== 'AFFILIATE' || !(await sessionSubject('AFFILIATE').maySignIn(tem, tenantId, claims.sub))) {
        throw new UnauthenticatedError('account disabled');
      }
      return { principal: { kind: 'affiliate', affiliateId: claims.sub, tenantId, sessionId: session.id } };
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
/** What other modules may ask of a player when deciding what they may receive: their status, country and tags. */
export interface PlayerStanding {
  status: 'ACTIVE' | 'BLOCKED';
  country: string | null;
  tags: string[];
}

/** A player's standing, read in the caller's tenant transaction; null for no such player. */
export async function playerStanding(em: EntityManager, playerId: string): Promise<PlayerStanding | null> {
  if (!isUuid(playerId)) return null;
  const [row] = await em.execute<{ status: 'ACTIVE' | 'BLOCKED'; country: string | null; tags: string[] }[]>(
    `select p.status, p.country, array(select t.tag from player_tag t where t.tenant_id = p.tenant_id and t.player_id = p.id order by t.tag) as tags
     from player p where p.id = ?`,
    [playerId],
  );
  return row ?? null;
}

/** Which of these players are blocked (a blocked account is a closed one for bonuses): one statement for a batch. */
export async function blockedPlayersOf(em: EntityManager, tenantId: string, playerIds: readonly string[]): Promise<Set<string>> {
  const ids = playerIds.filter(isUuid);
  if (ids.length === 0) return new Set();
  const rows = await em.execute<{ id: string }[]>(`select p.id from player p where p.tenant_id = ? and p.id = any(?::uuid[]) and p.status = 'BLOCKED'`, [tenantId, `{${ids.join(',')}}`]);
  return new Set(rows.map((r) => r.id));
}

/** The players' dates of birth (YYYY-MM-DD) where known. */
/** A date of birth must be a calendar date (the Date scalar checked its form) not after today (UTC). */
function checkedBirthDate(day: string, path: string[]): string {
  if (day > new Date().toISOString().slice(0, 10) || day < '1900-01-01') throw new ValidationError([{ path, message: 'must be a date between 1900-01-01 and today' }]);
  return day;
}

/** Staff (player:manage): sets or clears (null) a player's date of birth (the minimum VIP age reads it); audited. */
export async function setPlayerDateOfBirth(ctx: Context, playerId: string, dateOfBirth: string | null): Promise<Player> {
  if (dateOfBirth !== null) checkedBirthDate(dateOfBirth, ['input', 'dateOfBirth']);
  return tenantTx(ctx, async ({ em, tenantId, audit }) => {
    const found = await em.findOne(PlayerSchema, { id: playerId });
    if (!found) throw new NotFoundError('Player');
    const [before] = await em.execute<{ born: string | null }[]>(
      `select to_char(date_of_birth, 'YYYY-MM-DD') as born from player where tenant_id = ? and id = ? for update`,
      [tenantId, playerId],
    );
    if ((before?.born ?? null) === dateOfBirth) return found;
    await em.execute(`update player set date_of_birth = ?::date where tenant_id = ? and id = ?`, [dateOfBirth, tenantId, playerId]);
    await audit({ action: 'player.dateOfBirth.set', target: { type: 'Player', id: playerId }, diff: { dateOfBirth: { from: before?.born ?? null, to: dateOfBirth } } });
    return found;
  });
}

export async function birthDatesOf(em: EntityManager, tenantId: string, playerIds: readonly string[]): Promise<Map<string, string>> {
  const ids = playerIds.filter(isUuid);
  if (ids.length === 0) return new Map();
  const rows = await em.execute<{ id: string; born: string }[]>(
    `select p.id, to_char(p.date_of_birth, 'YYYY-MM-DD') as born from player p where p.tenant_id = ? and p.id = any(?::uuid[]) and p.date_of_birth is not null`,
    [tenantId, `{${ids.join(',')}}`],
  );
  return new Map(rows.map((r) => [r.id, r.born]));
}

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

// ---------------------------------------------------------------- back-office: players

export type PlayerStatus = Player['status'];
export type PlayerOrderField = 'CREATED_AT' | 'EMAIL' | 'DISPLAY_NAME';
export type OrderDirection = 'ASC' | 'DESC';

export interface PlayerFilter {
  /** A case-insensitive prefix of the email or of the display name. */
  search?: string | undefined;
  id?: string | undefined;
  status?: PlayerStatus | undefined;
  /** Registered at or after this instant. */
  registeredFrom?: Date | undefined;
  /** Registered before this instant. */
  registeredTo?: Date | undefined;
  tag?: string | undefined;
}

export interface PlayerOrder {
  field: PlayerOrderField;
  direction: OrderDirection;
}

/**
 * The sort expression of each order, as indexed by Migration20261206010000 (`collate "C"`:
 * the same btree answers the prefix search and the order).
 */
const PLAYER_SORT: Record<PlayerOrderField, { expr: string; cast: string }> = {
  CREATED_AT: { expr: 'p.created_at', cast: '?::timestamptz' },
  EMAIL: { expr: 'lower(p.email) collate "C"', cast: '?::text' },
  DISPLAY_NAME: { expr: 'lower(p.display_name) collate "C"', cast: '?::text' },
};

// An empty search box filters nothing.
const searchText = z.string().trim().max(254, 'must be at most 254 characters').transform((text) => (text === '' ? undefined : text));
const playerFilterInput = z.object({
  search: searchText.optional(),
  tag: z.string().trim().min(1).max(40).optional(),
});

/** Escapes LIKE's wildcards so a search for `a_b` matches the text `a_b` only. */
function likePrefix(text: string): string {
  return `${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** A cursor key of a composite order: the sort value (as PostgreSQL prints it) and the id. */
function compositeKey(sort: string, id: string): string {
  return JSON.stringify([sort, id]);
}

function parseCompositeKey(key: string): [string, string] {
  const parsed = JSON.parse(key) as unknown;
  if (!Array.isArray(parsed) || parsed.length !== 2 || typeof parsed[0] !== 'string' || typeof parsed[1] !== 'string' || !isUuid(parsed[1])) {
    throw new ValidationError([{ path: ['after'], message: 'is not a valid cursor' }]);
  }
  return [parsed[0], parsed[1]];
}

type PlayerRow = Record<string, unknown> & { sort_key: string };

/**
 * The tenant's players for the back-office: filtered, ordered, paged both ways, counted on
 * demand. Every filter is served by an index of the player table (docs/back-office.md).
 */
export async function listPlayers(
  ctx: Context,
  args: PageArgs,
  filter: PlayerFilter = {},
  order: PlayerOrder = { field: 'CREATED_AT', direction: 'ASC' },
): Promise<Connection<Player>> {
  const tenantId = requireTenant(ctx).id;
  const checked = parseInput(playerFilterInput, { search: filter.search ?? undefined, tag: filter.tag ?? undefined }, 'filter');
  const where: string[] = [];
  const params: unknown[] = [];
  if (checked.search !== undefined) {
    where.push(`(lower(p.email) collate "C" like lower(?) || '%' or lower(p.display_name) collate "C" like lower(?) || '%')`);
    const prefix = likePrefix(checked.search).slice(0, -1);
    params.push(prefix, prefix);
  }
  if (filter.id !== undefined) {
    where.push('p.id = ?');
    params.push(filter.id);
  }
  if (filter.status !== undefined) {
    where.push('p.status = ?');
    params.push(filter.status);
  }
  if (filter.registeredFrom !== undefined) {
    where.push('p.created_at >= ?');
    params.push(filter.registeredFrom);
  }
  if (filter.registeredTo !== undefined) {
    where.push('p.created_at < ?');
    params.push(filter.registeredTo);
  }
  if (checked.tag !== undefined) {
    where.push('exists (select 1 from player_tag t where t.tenant_id = p.tenant_id and t.player_id = p.id and t.tag = ?)');
    params.push(checked.tag);
  }
  const sort = PLAYER_SORT[order.field];
  const listingFilters = { ...filter, ...checked, order };

  const page = await keysetPage<{ player: Player; key: string }>(args, {
    filters: listingFilters,
    keyOf: (row) => row.key,
    fetch: (window) =>
      tenantTx(ctx, async ({ em }) => {
        const clauses = [...where];
        const values = [...params];
        const ascending = order.direction === 'ASC';
        if (window.after !== undefined) {
          const [value, id] = parseCompositeKey(window.after);
          clauses.push(`(${sort.expr}, p.id) ${ascending ? '>' : '<'} (${sort.cast}, ?::uuid)`);
          values.push(value, id);
        }
        if (window.before !== undefined) {
          const [value, id] = parseCompositeKey(window.before);
          clauses.push(`(${sort.expr}, p.id) ${ascending ? '<' : '>'} (${sort.cast}, ?::uuid)`);
          values.push(value, id);
        }
        const readAscending = ascending !== window.backward;
        const direction = readAscending ? 'asc' : 'desc';
        const rows = await em.execute<PlayerRow[]>(
          `select p.*, (${sort.expr})::text as sort_key from player p
           where p.tenant_id = ?${clauses.map((clause) => ` and ${clause}`).join('')}
           order by ${sort.expr} ${direction}, p.id ${direction}
           limit ?`,
          [tenantId, ...values, window.limit],
        );
        return rows.map(({ sort_key: sortKey, ...row }) => {
          const player = em.map(PlayerSchema, row);
          return { player, key: compositeKey(sortKey, player.id) };
        });
      }),
    count: () =>
      tenantTx(ctx, async ({ em }) => {
        const [row] = await em.execute<{ count: number }[]>(
          `select count(*)::int as count from player p where p.tenant_id = ?${where.map((clause) => ` and ${clause}`).join('')}`,
          [tenantId, ...params],
        );
        return row?.count ?? 0;
      }),
  });
  return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: edge.node.player })) };
}

const reasonInput = z.object({ reason: z.string().trim().min(1, 'must not be empty').max(500, 'must be at most 500 characters') });

/**
 * Blocks a player: their refresh sessions end, their access tokens are refused from the next
 * request on (authenticate reads the status), and their live WebSocket connections close on
 * every instance (the `subject:` invalidation, src/server.ts). Blocking a blocked player
 * changes nothing (the first reason stays).
 */
export async function blockPlayer(ctx: Context, playerId: string, reason: string): Promise<Player> {
  const data = parseInput(reasonInput, { reason });
  const player = await tenantTx(ctx, async (tx) => {
    const found = await blockPlayerInTx(ctx, tx, playerId, data.reason);
    if (!found) throw new NotFoundError('Player');
    return found;
  });
  await ctx.services.lookups.invalidate(`subject:${playerId}`);
  return player;
}

/**
 * blockPlayer in the caller's transaction (risk closes an account with a case action, or on a
 * failed verification); null when there is no such player; `reason` already checked. The caller
 * invalidates `subject:<playerId>` after its commit, as blockPlayer does.
 */
export async function blockPlayerInTx(ctx: Context, tx: TenantTx, playerId: string, reason: string): Promise<Player | null> {
  const { em, audit } = tx;
  const found = await em.findOne(PlayerSchema, { id: playerId });
  if (!found) return null;
  if (found.status === 'BLOCKED') return found;
  const now = new Date();
  found.status = 'BLOCKED';
  found.blockedAt = now;
  found.blockedBy = actorId(ctx);
  found.blockedReason = reason;
  await em.flush();
  const ended = await em.nativeUpdate(AuthSessionSchema, { subjectKind: 'PLAYER', subjectId: playerId, revokedAt: null }, { revokedAt: now });
  await audit({
    action: 'player.block',
    target: { type: 'Player', id: playerId },
    diff: { ...difference({ status: 'ACTIVE', blockedReason: null }, { status: 'BLOCKED', blockedReason: reason }), sessionsEnded: ended },
  });
  return found;
}

/** Unblocks a player: they may sign in again (their ended sessions stay ended). */
export async function unblockPlayer(ctx: Context, playerId: string, reason: string): Promise<Player> {
  const data = parseInput(reasonInput, { reason });
  return tenantTx(ctx, async ({ em, audit }) => {
    const found = await em.findOne(PlayerSchema, { id: playerId });
    if (!found) throw new NotFoundError('Player');
    if (found.status === 'ACTIVE') return found;
    const before = found.blockedReason ?? null;
    found.status = 'ACTIVE';
    found.blockedAt = null;
    found.blockedBy = null;
    found.blockedReason = null;
    await em.flush();
    await audit({
      action: 'player.unblock',
      target: { type: 'Player', id: playerId },
      diff: { ...difference({ status: 'BLOCKED', blockedReason: before }, { status: 'ACTIVE', blockedReason: null }), reason: data.reason },
    });
    return found;
  });
}

const noteInput = z.object({ body: z.string().trim().min(1, 'must not be empty').max(4000, 'must be at most 4000 characters') });

/** Adds a note to a player. Notes are never changed or deleted; each records its author and time. */
export async function addPlayerNote(ctx: Context, playerId: string, body: string): Promise<{ note: PlayerNote; player: Player }> {
  const data = parseInput(noteInput, { body });
  const principal = ctx.principal;
  if (!principal || principal.kind === 'player') throw new UnauthenticatedError();
  const author = actorOf(principal);
  return tenantTx(ctx, async ({ em, tenantId, audit }) => {
    const player = await em.findOne(PlayerSchema, { id: playerId });
    if (!player) throw new NotFoundError('Player');
    const note = em.create(PlayerNoteSchema, {
      id: newId(),
      tenantId,
      playerId,
      body: data.body,
      authorKind: author.kind as PlayerNote['authorKind'],
      authorId: author.id,
    });
    await em.flush();
    await audit({ action: 'player.note.add', target: { type: 'Player', id: playerId }, diff: difference(null, { noteId: note.id, body: note.body }) });
    return { note, player };
  });
}

/** A player's notes, newest first, paged both ways. */
export function listPlayerNotes(ctx: Context, playerId: string, args: PageArgs): Promise<Connection<PlayerNote>> {
  const tenantId = requireTenant(ctx).id;
  return keysetPage<PlayerNote>(args, {
    filters: { playerId },
    keyOf: (note) => compositeKey(note.createdAt.toISOString(), note.id),
    fetch: (window) =>
      tenantTx(ctx, async ({ em }) => {
        // Newest first: `after` reads older rows, `before` newer ones.
        const clauses = ['player_id = ?'];
        const values: unknown[] = [playerId];
        if (window.after !== undefined) {
          const [at, id] = parseCompositeKey(window.after);
          clauses.push('(created_at, id) < (?::timestamptz, ?::uuid)');
          values.push(at, id);
        }
        if (window.before !== undefined) {
          const [at, id] = parseCompositeKey(window.before);
          clauses.push('(created_at, id) > (?::timestamptz, ?::uuid)');
          values.push(at, id);
        }
        const direction = window.backward ? 'asc' : 'desc';
        const rows = await em.execute<Record<string, unknown>[]>(
          `select * from player_note where tenant_id = ? and ${clauses.join(' and ')} order by created_at ${direction}, id ${direction} limit ?`,
          [tenantId, ...values, window.limit],
        );
        return rows.map((row) => em.map(PlayerNoteSchema, row));
      }),
    count: () => tenantTx(ctx, ({ em }) => em.count(PlayerNoteSchema, { playerId })),
  });
}

export function playerNotesByIds(ctx: Context, ids: readonly string[]): Promise<PlayerNote[]> {
  const valid = ids.filter(isUuid);
  if (!ctx.tenant || valid.length === 0) return Promise.resolve([]);
  return tenantTx(ctx, ({ em }) => em.find(PlayerNoteSchema, { id: { $in: valid } }));
}

const MAX_TAGS_PER_PLAYER = 50;
const tagsInput = z.object({
  tags: z
    .array(z.string().trim().min(1, 'must not be empty').max(40, 'must be at most 40 characters').regex(/^[^\p{Cc}]+$/u, 'must not hold control characters'))
    .min(1, 'needs at least one tag')
    .max(20, 'at most 20 tags at once')
    .transform((list) => [...new Set(list)]),
});

async function tagsOf(em: EntityManager, tenantId: string, playerId: string): Promise<string[]> {
  const rows = await em.execute<{ tag: string }[]>('select tag from player_tag where tenant_id = ? and player_id = ? order by tag', [tenantId, playerId]);
  return rows.map((r) => r.tag);
}

/** Adds tags to a player (tags they already have are kept once). At most 50 tags per player. */
export async function addPlayerTags(ctx: Context, playerId: string, tags: string[]): Promise<Player> {
  const data = parseInput(tagsInput, { tags });
  return tenantTx(ctx, async ({ em, tenantId, audit }) => {
    // Locked, so two concurrent additions cannot pass the cap together.
    const player = await em.findOne(PlayerSchema, { id: playerId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!player) throw new NotFoundError('Player');
    const before = await tagsOf(em, tenantId, playerId);
    const after = [...new Set([...before, ...data.tags])].sort();
    if (after.length > MAX_TAGS_PER_PLAYER) {
      throw new ValidationError([{ path: ['input', 'tags'], message: `a player has at most ${MAX_TAGS_PER_PLAYER} tags` }]);
    }
    if (after.length === before.length) return player;
    await em.execute(
      // Lists travel as JSON: the driver would spread an array binding into separate parameters.
      'insert into player_tag (tenant_id, player_id, tag) select ?, ?, jsonb_array_elements_text(?::jsonb) on conflict do nothing',
      [tenantId, playerId, JSON.stringify(data.tags)],
    );
    await audit({ action: 'player.tags.add', target: { type: 'Player', id: playerId }, diff: difference({ tags: before }, { tags: after }) });
    return player;
  });
}

/** Removes tags from a player; tags they do not have are ignored. */
export async function removePlayerTags(ctx: Context, playerId: string, tags: string[]): Promise<Player> {
  const data = parseInput(tagsInput, { tags });
  return tenantTx(ctx, async ({ em, tenantId, audit }) => {
    const player = await em.findOne(PlayerSchema, { id: playerId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!player) throw new NotFoundError('Player');
    const before = await tagsOf(em, tenantId, playerId);
    const after = before.filter((tag) => !data.tags.includes(tag));
    if (after.length === before.length) return player;
    await em.execute('delete from player_tag where tenant_id = ? and player_id = ? and tag in (select jsonb_array_elements_text(?::jsonb))', [tenantId, playerId, JSON.stringify(data.tags)]);
    await audit({ action: 'player.tags.remove', target: { type: 'Player', id: playerId }, diff: difference({ tags: before }, { tags: after }) });
    return player;
  });
}

/**
 * Replaces the player's tags that start with `prefix` by `tag` (or removes them when null), in the
 * caller's transaction: tags a module keeps for the player (VIP: `vip:<tier>`), so that offers and
 * staff search can select by them like any tag. Not audited here: the caller audits its own change.
 */
export async function setPrefixedTagInTx(em: EntityManager, tenantId: string, playerId: string, prefix: string, tag: string | null): Promise<void> {
  await em.execute(`delete from player_tag where tenant_id = ? and player_id = ? and starts_with(tag, ?) and tag is distinct from ?`, [tenantId, playerId, prefix, tag]);
  if (tag !== null) await em.execute(`insert into player_tag (tenant_id, player_id, tag) values (?, ?, ?) on conflict do nothing`, [tenantId, playerId, tag]);
}

async function tagMap(ctx: Context, ids: readonly string[]): Promise<ReadonlyMap<string, string[]>> {
  const valid = ids.filter(isUuid);
  if (!ctx.tenant || valid.length === 0) return new Map();
  const rows = await tenantTx(ctx, ({ em, tenantId }) =>
    em.execute<{ player_id: string; tag: string }[]>(
      'select player_id, tag from player_tag where tenant_id = ? and player_id in (select jsonb_array_elements_text(?::jsonb)::uuid) order by player_id, tag',
      [tenantId, JSON.stringify(valid)],
    ),
  );
  const map = new Map<string, string[]>();
  for (const row of rows) map.set(row.player_id, [...(map.get(row.player_id) ?? []), row.tag]);
  return map;
}

/** A player's tags in alphabetical order, batched per operation (a page of players costs one statement). */
export async function loadPlayerTags(ctx: Context, playerId: string): Promise<string[]> {
  return (await loaderFor(ctx, 'identity.playerTags', tagMap).load(playerId)) ?? [];
}

/** A player's active sessions (not ended, not expired), newest first, paged both ways. */
export function listPlayerSessions(ctx: Context, playerId: string, args: PageArgs): Promise<Connection<AuthSession>> {
  const active = () => ({ subjectKind: 'PLAYER' as const, subjectId: playerId, revokedAt: null, expiresAt: { $gt: new Date() } });
  return keysetPage<AuthSession>(args, {
    filters: { playerId, sessions: true },
    keyOf: (session) => session.id,
    fetch: (window) =>
      tenantTx(ctx, ({ em }) => {
        // Session ids are time-ordered UUIDs: id order is creation order.
        const id: { $lt?: string; $gt?: string } = {};
        if (window.after !== undefined) id.$lt = window.after;
        if (window.before !== undefined) id.$gt = window.before;
        const where = { ...active(), ...(Object.keys(id).length ? { id } : {}) };
        return em.find(AuthSessionSchema, where, { orderBy: { id: window.backward ? 'asc' : 'desc' }, limit: window.limit });
      }),
    count: () => tenantTx(ctx, ({ em }) => em.count(AuthSessionSchema, active())),
  });
}

export function sessionsByIds(ctx: Context, ids: readonly string[]): Promise<AuthSession[]> {
  const valid = ids.filter(isUuid);
  if (!ctx.tenant || valid.length === 0) return Promise.resolve([]);
  return tenantTx(ctx, ({ em }) => em.find(AuthSessionSchema, { id: { $in: valid } }));
}

const profileInput = z.object({
  displayName: name.optional(),
  locale: z.string().refine(isLocale, `must be one of ${LOCALES.join(', ')}`).optional(),
});

/**
 * The signed-in player changes their display name and language. The language must be one the
 * tenant offers; it is what their messages use from the next request on.
 */
export async function updateMyProfile(ctx: Context, input: { displayName?: string | undefined; locale?: string | undefined }): Promise<Player> {
  const p = ctx.principal;
  if (p?.kind !== 'player') throw new UnauthenticatedError();
  const tenant = requireTenant(ctx);
  const data = parseInput(profileInput, input);
  if (data.locale !== undefined && !tenant.locales.includes(data.locale)) throw new LocaleNotOfferedError(data.locale, tenant.locales);
  return tenantTx(ctx, async ({ em, audit }) => {
    const player = await em.findOne(PlayerSchema, { id: p.playerId });
    if (!player) throw new UnauthenticatedError();
    const before = { displayName: player.displayName, locale: player.locale };
    if (data.displayName !== undefined) player.displayName = data.displayName;
    if (data.locale !== undefined) player.locale = data.locale;
    const after = { displayName: player.displayName, locale: player.locale };
    const diff = difference(before, after);
    if (Object.keys(diff).length === 0) return player;
    await em.flush();
    await audit({ action: 'player.profile.update', target: { type: 'Player', id: player.id }, diff });
    return player;
  });
}

/** When players registered: a page of the tenant's players in id order after `afterId`, or the named ones. */
export async function playerRegistrationsInTx(
  tx: TenantTx,
  which: { afterId: string | null; limit: number } | { ids: readonly string[] },
): Promise<{ playerId: string; registeredAt: Date }[]> {
  const rows =
    'ids' in which
      ? await tx.em.execute<{ id: string; created_at: Date }[]>(`select id, created_at from player where tenant_id = ? and id = any (?::uuid[])`, [
          tx.tenantId,
          `{${which.ids.filter(isUuid).join(',')}}`,
        ])
      : await tx.em.execute<{ id: string; created_at: Date }[]>(`select id, created_at from player where tenant_id = ? and id > ?::uuid order by id limit ?`, [
          tx.tenantId,
          which.afterId ?? '00000000-0000-0000-0000-000000000000',
          which.limit,
        ]);
  return rows.map((r) => ({ playerId: r.id, registeredAt: new Date(r.created_at) }));
}

/** How many players registered in [from, to). */
export async function playersRegisteredBetweenInTx(tx: TenantTx, from: Date, to: Date): Promise<number> {
  const [row] = await tx.em.execute<{ n: string }[]>(`select count(*)::text as n from player where tenant_id = ? and created_at >= ? and created_at < ?`, [tx.tenantId, from, to]);
  return Number(row?.n ?? 0);
}
