import { builder } from '../../src/builder.js';
import type { Context } from '../../src/context.js';
import { InvalidIdError, NotFoundError, TenantNotFoundError, TenantRequiredError, TenantSuspendedError, ValidationError } from '../../src/errors.js';
import { errorType, TENANT_ERRORS } from '../../src/graphql/errors.js';
import { localIdOf, optionalLocalIdOf } from '../../src/graphql/ids.js';
import { connectionOf, OrderDirection } from '../../src/graphql/connections.js';
import { PERMISSIONS, PLATFORM_ROLES, TENANT_ROLES, type Permission } from '../../src/auth/permissions.js';
import { holds } from '../../src/auth/principal.js';
import { isLocale, LOCALES, type Locale } from '../../src/i18n.js';
import { TenantType, getTenant } from '../tenants/index.js';
import type { ApiKey, AuthSession, Player, PlayerNote, StaffUser } from './identity.entities.js';
import {
  AccountDisabledError,
  CannotGrantError,
  EmailTakenError,
  InvalidCredentialsError,
  InvalidRefreshTokenError,
  LocaleNotOfferedError,
} from './identity.errors.js';
import * as identity from './identity.service.js';

// ---------------------------------------------------------------- enums

/** Errors of a mutation staff make on a tenant: platform staff name the tenant with X-Tenant. */
const STAFF_TENANT_ERRORS = [TenantRequiredError, TenantNotFoundError] as const;

const LOCALE_NAMES: Record<Locale, string> = { en: 'English.', tr: 'Turkish (Türkçe).' };
export const LocaleEnum = builder.enumType('Locale', {
  description: 'A language the platform speaks. Each tenant offers some of them (`Tenant.locales`).',
  values: Object.fromEntries(LOCALES.map((l) => [l.toUpperCase(), { value: l, description: LOCALE_NAMES[l] }])) as Record<string, { value: Locale; description: string }>,
});

const PlayerStatusEnum = builder.enumType('PlayerStatus', {
  description: 'Whether a player may use their account.',
  values: {
    ACTIVE: { description: 'The player may sign in and play.' },
    BLOCKED: { description: 'Staff blocked the player: they cannot sign in, and their sessions and live connections were ended.' },
  } as const,
});

const TENANT_ROLE_DESCRIPTIONS: Record<(typeof TENANT_ROLES)[number], string> = {
  TENANT_ADMIN: 'Everything a tenant\'s staff can do, including managing staff and partner API keys.',
  FINANCE: 'Money: wallets, adjustments, payments, withdrawals; reads players and the audit trail.',
  SUPPORT: 'Player care: reads players, wallets and limits; writes notes and tags, blocks and unblocks players.',
  RISK: 'Fraud and risk: works the risk case queue (collusion, multi-accounting, KYC, velocity), reads players, wallets and the audit trail; adjusts wallets; writes notes and tags, blocks and unblocks players.',
};
const TenantRoleEnum = builder.enumType('TenantRole', {
  description: 'A role of a tenant\'s staff user: a named set of permissions.',
  values: Object.fromEntries(TENANT_ROLES.map((r) => [r, { description: TENANT_ROLE_DESCRIPTIONS[r] }])) as Record<(typeof TENANT_ROLES)[number], { description: string }>,
});
const StaffRoleEnum = builder.enumType('StaffRole', {
  description: 'A role of a signed-in staff member: a tenant role, or a role of the platform\'s own staff.',
  values: {
    ...(Object.fromEntries(TENANT_ROLES.map((r) => [r, { description: TENANT_ROLE_DESCRIPTIONS[r] }])) as Record<string, { description: string }>),
    ...(Object.fromEntries(PLATFORM_ROLES.map((r) => [r, { description: 'Staff of the platform itself: every tenant, and the tenants themselves.' }])) as Record<string, { description: string }>),
  },
});

const PERMISSION_DESCRIPTIONS: Record<Permission, string> = {
  'staff:read': 'List and read the tenant\'s staff users.',
  'staff:manage': 'Create staff users, set their roles, disable them.',
  'apikey:manage': 'Create, list and revoke partner API keys.',
  'player:read': 'Search and read players, with their notes, tags and sessions.',
  'player:manage': 'Block and unblock players, write notes on them, add and remove their tags.',
  'menu:read': 'Read the tenant\'s menu.',
  'menu:manage': 'Change the tenant\'s menu.',
  'audit:read': 'Read the audit trail.',
  'audit:checkpoint': 'Create signed checkpoints of the audit chain.',
  'wallet:read': 'Read ledger accounts, balances and transactions.',
  'wallet:manage': 'Request, approve and reject wallet adjustments; freeze accounts.',
  'wallet:post': 'Post transfers and holds to the ledger (partner API keys only).',
  'rg:read': 'Read players\' responsible-gambling limits and state.',
  'games:manage': 'Add games and configure game providers.',
  'poker:manage': 'Open and close poker tables.',
  'payments:read': 'Read payments, withdrawals, disputes and reconciliations.',
  'payments:manage': 'Configure payment providers, approve, reject and refund.',
  'bonus:read': 'Read bonus templates, budgets and players\' bonuses.',
  'bonus:manage': 'Create and archive bonus templates, set budgets and the wagering cap, grant and forfeit bonuses.',
  'bonus:review': 'Approve or reject bonuses held for review (abuse signals).',
  'offers:read': 'Read offers, their decision records, experiments and their results.',
  'offers:manage': 'Create and change offers, and create, start and stop experiments and bandits.',
  'vip:read': 'Read VIP settings, tiers, players\' VIP status, points, checks and rewards.',
  'vip:manage': 'Change VIP settings and tiers, adjust points, assign personal managers, and record high-value checks (the maker).',
  'vip:approve': 'Approve or reject high-value VIP checks recorded by another staff member (the checker, an accountable manager).',
  'affiliates:read': 'Read affiliates, their tracking links and the affiliate settings.',
  'affiliates:manage': 'Create and change affiliates (name, status, parent), their tracking links, and the attribution window.',
  'kpis:read': 'Read the tenant\'s KPIs, cohorts, funnel and KPI reconciliations, and run a reconciliation.',
  'risk:read': 'Read risk cases with their evidence, the linked-accounts graph, collusion scores and players\' verification (KYC).',
  'risk:manage': 'Work risk cases (take actions: the maker of the severe ones), ask players for verification, and change the tenant\'s risk and KYC rules.',
  'risk:approve': 'Approve or reject the severe risk case actions (account closure, confiscation) another staff member asked for (the checker).',
  'affiliates:statements': 'Submit, approve (another staff member than the submitter), reject and pay out affiliate commission statements.',
  'rg:flag': 'Flag a player for responsible-gambling concerns (no offers while flagged), and clear the flag.',
};
const PermissionEnum = builder.enumType('Permission', {
  description: 'A right to do something, granted by staff roles or to a partner API key.',
  values: Object.fromEntries(
    PERMISSIONS.map((p) => [p.replace(/[:\-.]/g, '_').toUpperCase(), { value: p, description: PERMISSION_DESCRIPTIONS[p] }]),
  ) as Record<string, { value: Permission; description: string }>,
});

const PlayerNoteAuthorKindEnum = builder.enumType('PlayerNoteAuthorKind', {
  description: 'Who wrote a player note.',
  values: {
    STAFF: { description: 'A staff user of the tenant (`author` names them).' },
    PLATFORM_STAFF: { description: 'Staff of the platform itself, acting on the tenant.' },
    API_KEY: { description: 'A partner API key holding player:manage.' },
  } as const,
});

const PlayerOrderFieldEnum = builder.enumType('PlayerOrderField', {
  description: 'What players are ordered by (then by id, so the order is total).',
  values: {
    CREATED_AT: { description: 'Registration time.' },
    EMAIL: { description: 'Email address, lower-cased, in byte order.' },
    DISPLAY_NAME: { description: 'Display name, lower-cased, in byte order (letters beyond ASCII sort after z).' },
  } as const,
});

// ---------------------------------------------------------------- errors

errorType(EmailTakenError, 'EmailTakenError', {
  code: 'EMAIL_TAKEN',
  description: 'Another account of this tenant already uses the email (emails are unique per tenant, ignoring case). Sign in instead, or use another email.',
});
errorType(InvalidCredentialsError, 'InvalidCredentialsError', {
  code: 'INVALID_CREDENTIALS',
  description: 'The email or the password is wrong (the answer does not say which). Ask again; repeated failures are rate-limited.',
});
errorType(AccountDisabledError, 'AccountDisabledError', {
  code: 'ACCOUNT_DISABLED',
  description: 'The credentials are right but the account may not sign in: a blocked player or a disabled staff user. Only staff can lift it.',
});
errorType(InvalidRefreshTokenError, 'InvalidRefreshTokenError', {
  code: 'INVALID_REFRESH_TOKEN',
  description: 'The refresh token is malformed, expired, already used, or its session was ended (logout, block, disable). Sign in again.',
});
errorType(
  CannotGrantError,
  'CannotGrantError',
  { code: 'CANNOT_GRANT', description: 'The grant (a key\'s permissions, a staff user\'s roles) exceeds what the caller holds; nothing was written.' },
  (t) => ({
    missing: t.field({
      type: [PermissionEnum],
      description: 'Every permission of the grant that the caller does not hold.',
      resolve: (error: CannotGrantError) => [...error.missing],
    }),
  }),
);
errorType(
  LocaleNotOfferedError,
  'LocaleNotOfferedError',
  { code: 'LOCALE_NOT_OFFERED', description: 'The language asked for is not one the tenant offers; nothing was written. Choose one of `offered`.' },
  (t) => ({
    offered: t.field({
      type: [LocaleEnum],
      description: 'The languages the tenant offers.',
      resolve: (error: LocaleNotOfferedError) => error.offered.filter(isLocale),
    }),
  }),
);

// ---------------------------------------------------------------- nodes

const has = (ctx: Context, permission: Permission) => holds(ctx.principal, permission);
const STAFF_ONLY = { permission: 'player:read' } as const;

export const PlayerType = builder.objectRef<Player>('Player');
export const StaffUserType = builder.objectRef<StaffUser>('StaffUser');
export const ApiKeyType = builder.objectRef<ApiKey>('ApiKey');
const PlayerNoteType = builder.objectRef<PlayerNote>('PlayerNote');
const PlayerSessionType = builder.objectRef<AuthSession>('PlayerSession');

const PlayerConnection = connectionOf(PlayerType, 'Player', { totalCount: true });
const StaffUserConnection = connectionOf(StaffUserType, 'StaffUser', { totalCount: true });
const ApiKeyConnection = connectionOf(ApiKeyType, 'ApiKey', { totalCount: true });
const PlayerNoteConnection = connectionOf(PlayerNoteType, 'PlayerNote', { totalCount: true });
const PlayerSessionConnection = connectionOf(PlayerSessionType, 'PlayerSession', { totalCount: true });

const visiblePlayer = (ctx: Context, p: Player) => has(ctx, 'player:read') || (ctx.principal?.kind === 'player' && ctx.principal.playerId === p.id);

builder.node(PlayerType, {
  description: 'A player (a customer) of a tenant. Staff with player:read see every player of their tenant; a player sees only themselves.',
  id: { resolve: (p) => p.id },
  loadMany: async (ids, ctx) => {
    const rows = await identity.playersByIds(ctx, ids);
    return ids.map((id) => rows.find((p) => p.id === id && visiblePlayer(ctx, p)) ?? null);
  },
  fields: (t) => ({
    email: t.exposeString('email', { description: 'The email the player signs in with, lower-cased.' }),
    displayName: t.exposeString('displayName', { description: 'The name the player shows to others (at tables, in chat).' }),
    locale: t.field({ type: LocaleEnum, description: 'The player\'s language: their messages and emails use it.', resolve: (p) => p.locale as Locale }),
    status: t.field({ type: PlayerStatusEnum, description: 'Whether the player may use their account.', resolve: (p) => p.status }),
    country: t.exposeString('country', { nullable: true, description: 'Where the player lives (ISO 3166-1 alpha-2), as they registered it; null when not given.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the player registered.' }),
    blockedAt: t.expose('blockedAt', { type: 'DateTime', nullable: true, authScopes: STAFF_ONLY, description: 'When staff blocked the player; null unless BLOCKED. Staff only (player:read).' }),
    blockedReason: t.exposeString('blockedReason', { nullable: true, authScopes: STAFF_ONLY, description: 'Why staff blocked the player, as they wrote it; null unless BLOCKED. Staff only (player:read).' }),
    blockedBy: t.field({
      type: StaffUserType,
      nullable: true,
      authScopes: STAFF_ONLY,
      description: 'The staff user who blocked the player; null unless BLOCKED, or when platform staff or an API key did. Staff only (player:read).',
      resolve: (p, _args, ctx) => identity.loadStaffUser(ctx, p.blockedBy),
    }),
    tags: t.stringList({
      authScopes: STAFF_ONLY,
      description: 'The tenant\'s free labels on the player (e.g. "vip"), in alphabetical order. Staff only (player:read).',
      resolve: (p, _args, ctx) => identity.loadPlayerTags(ctx, p.id),
    }),
    notes: t.connection(
      {
        type: PlayerNoteType,
        authScopes: STAFF_ONLY,
        description: 'Staff notes on the player, newest first. Staff only (player:read).',
        resolve: (p, args, ctx) => identity.listPlayerNotes(ctx, p.id, args),
      },
      PlayerNoteConnection,
    ),
    sessions: t.connection(
      {
        type: PlayerSessionType,
        authScopes: STAFF_ONLY,
        description: 'The player\'s active sessions (signed in, not ended, not expired), newest first. Staff only (player:read).',
        resolve: (p, args, ctx) => identity.listPlayerSessions(ctx, p.id, args),
      },
      PlayerSessionConnection,
    ),
  }),
});

builder.node(PlayerNoteType, {
  description: 'A staff note on a player. Notes are never changed or deleted.',
  id: { resolve: (n) => n.id },
  loadMany: async (ids, ctx) => {
    const rows = has(ctx, 'player:read') ? await identity.playerNotesByIds(ctx, ids) : [];
    return ids.map((id) => rows.find((n) => n.id === id) ?? null);
  },
  fields: (t) => ({
    body: t.exposeString('body', { description: 'The text of the note, as written.' }),
    player: t.field({
      type: PlayerType,
      description: 'The player the note is about.',
      resolve: async (n, _args, ctx) => {
        const player = await identity.loadPlayer(ctx, n.playerId);
        if (!player) throw new NotFoundError('Player');
        return player;
      },
    }),
    authorKind: t.field({ type: PlayerNoteAuthorKindEnum, description: 'Who wrote the note.', resolve: (n) => n.authorKind }),
    author: t.field({
      type: StaffUserType,
      nullable: true,
      description: 'The staff user who wrote the note; null when platform staff or an API key wrote it (see `authorKind`).',
      resolve: (n, _args, ctx) => (n.authorKind === 'STAFF' ? identity.loadStaffUser(ctx, n.authorId) : null),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the note was written.' }),
  }),
});

builder.node(PlayerSessionType, {
  description: 'A signed-in session of a player (one sign-in, kept alive by refreshing its tokens).',
  id: { resolve: (s) => s.id },
  loadMany: async (ids, ctx) => {
    const rows = has(ctx, 'player:read') ? await identity.sessionsByIds(ctx, ids) : [];
    return ids.map((id) => rows.find((s) => s.id === id && s.subjectKind === 'PLAYER') ?? null);
  },
  fields: (t) => ({
    player: t.field({
      type: PlayerType,
      description: 'The player signed in.',
      resolve: async (s, _args, ctx) => {
        const player = await identity.loadPlayer(ctx, s.subjectId);
        if (!player) throw new NotFoundError('Player');
        return player;
      },
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the player signed in.' }),
    lastUsedAt: t.expose('lastUsedAt', { type: 'DateTime', nullable: true, description: 'The last refresh of the session\'s tokens; null when never refreshed.' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', description: 'When the session ends unless refreshed before.' }),
    ip: t.exposeString('ip', { nullable: true, description: 'The address the player signed in from, as the server saw it; null for sessions opened before it was recorded.' }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true, description: 'When the session was ended (logout, block); null while active.' }),
  }),
});

builder.node(StaffUserType, {
  description: 'A staff member of a tenant (back-office user). Visible with staff:read.',
  id: { resolve: (s) => s.id },
  loadMany: async (ids, ctx) => {
    const rows = has(ctx, 'staff:read') ? await identity.staffByIds(ctx, ids) : [];
    return ids.map((id) => rows.find((s) => s.id === id) ?? null);
  },
  fields: (t) => ({
    email: t.exposeString('email', { description: 'The email the staff user signs in with, lower-cased.' }),
    name: t.exposeString('name', { description: 'The staff user\'s name, as shown in the back-office and the audit trail.' }),
    roles: t.field({ type: [TenantRoleEnum], description: 'The roles the staff user holds; their permissions are the union of the roles\'.', resolve: (s) => s.roles }),
    disabledAt: t.expose('disabledAt', { type: 'DateTime', nullable: true, description: 'When the staff user was disabled (they can no longer sign in); null while active.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the staff user was created.' }),
  }),
});

builder.node(ApiKeyType, {
  description: 'A partner API key of a tenant (sent as X-Api-Key). Only its hash is stored. Visible with apikey:manage.',
  id: { resolve: (k) => k.id },
  loadMany: async (ids, ctx) => {
    const rows = has(ctx, 'apikey:manage') ? await identity.apiKeysByIds(ctx, ids) : [];
    return ids.map((id) => rows.find((k) => k.id === id) ?? null);
  },
  fields: (t) => ({
    name: t.exposeString('name', { description: 'A label for the key, such as the partner\'s name.' }),
    permissions: t.field({ type: [PermissionEnum], description: 'What the key may do.', resolve: (k) => k.permissions }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the key was created.' }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true, description: 'When the key was revoked (it no longer works); null while active.' }),
    lastUsedAt: t.expose('lastUsedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'Last authenticated use, recorded to the minute; null when never used.',
    }),
  }),
});

// ---------------------------------------------------------------- payloads

export const AuthTokensType = builder.objectRef<identity.IssuedTokens>('AuthTokens');
const AuthTokens = AuthTokensType.implement({
  description: 'The tokens of a signed-in session. Send the access token as `Authorization: Bearer <token>`; refresh before it expires.',
  fields: (t) => ({
    accessToken: t.exposeString('accessToken', { description: 'A short-lived bearer token (JWT).' }),
    accessTokenExpiresAt: t.expose('accessTokenExpiresAt', { type: 'DateTime', description: 'When the access token stops working; refresh before then.' }),
    refreshToken: t.exposeString('refreshToken', { description: 'Single use: each refresh returns a new one. Keep it secret; it renews the session.' }),
  }),
});

type PlayerAuth = { player: Player; tokens: identity.IssuedTokens };
const playerAuthFields = (name: string) =>
  builder.objectRef<PlayerAuth>(name).implement({
    description: name === 'RegisterPlayerPayload' ? 'The new player, signed in.' : 'The player, signed in.',
    fields: (t) => ({
      player: t.field({ type: PlayerType, description: 'The signed-in player.', resolve: (p) => p.player }),
      tokens: t.field({ type: AuthTokens, description: 'The tokens of the new session.', resolve: (p) => p.tokens }),
    }),
  });
const RegisterPlayerPayload = playerAuthFields('RegisterPlayerPayload');
const LoginPayload = playerAuthFields('LoginPayload');

const StaffLoginPayload = builder.objectRef<{ tokens: identity.IssuedTokens; staffUser: StaffUser | null }>('StaffLoginPayload').implement({
  description: 'The staff member, signed in.',
  fields: (t) => ({
    tokens: t.field({ type: AuthTokens, description: 'The tokens of the new session.', resolve: (p) => p.tokens }),
    staffUser: t.field({ type: StaffUserType, nullable: true, description: 'The signed-in staff user; null for platform staff (who belong to no tenant).', resolve: (p) => p.staffUser }),
  }),
});
const RefreshSessionPayload = builder.objectRef<{ tokens: identity.IssuedTokens }>('RefreshSessionPayload').implement({
  description: 'The renewed tokens of the session.',
  fields: (t) => ({ tokens: t.field({ type: AuthTokens, description: 'The new tokens; the refresh token given is used up.', resolve: (p) => p.tokens }) }),
});
const LogoutPayload = builder.objectRef<{ sessionsEnded: number }>('LogoutPayload').implement({
  description: 'What a logout ended.',
  fields: (t) => ({ sessionsEnded: t.exposeInt('sessionsEnded', { description: 'How many sessions ended (0 when already ended).' }) }),
});

const staffUserPayload = (name: string, description: string) =>
  builder.objectRef<{ staffUser: StaffUser }>(name).implement({
    description,
    fields: (t) => ({ staffUser: t.field({ type: StaffUserType, description: 'The staff user, as changed.', resolve: (p) => p.staffUser }) }),
  });
const CreateStaffUserPayload = staffUserPayload('CreateStaffUserPayload', 'The staff user created.');
const SetStaffRolesPayload = staffUserPayload('SetStaffRolesPayload', 'The staff user with their new roles.');
const DisableStaffUserPayload = staffUserPayload('DisableStaffUserPayload', 'The disabled staff user.');

const CreateApiKeyPayload = builder.objectRef<{ apiKey: ApiKey; key: string }>('CreateApiKeyPayload').implement({
  description: 'The API key created, with its secret.',
  fields: (t) => ({
    apiKey: t.field({ type: ApiKeyType, description: 'The key as listed from now on (without the secret).', resolve: (p) => p.apiKey }),
    key: t.exposeString('key', { description: 'The secret key. Shown this once; only its hash is kept.' }),
  }),
});
const RevokeApiKeyPayload = builder.objectRef<{ apiKey: ApiKey }>('RevokeApiKeyPayload').implement({
  description: 'The revoked API key.',
  fields: (t) => ({ apiKey: t.field({ type: ApiKeyType, description: 'The key, with `revokedAt` set.', resolve: (p) => p.apiKey }) }),
});

const playerPayload = (name: string, description: string) =>
  builder.objectRef<{ player: Player }>(name).implement({
    description,
    fields: (t) => ({ player: t.field({ type: PlayerType, description: 'The player, as changed.', resolve: (p) => p.player }) }),
  });
const BlockPlayerPayload = playerPayload('BlockPlayerPayload', 'The blocked player.');
const UnblockPlayerPayload = playerPayload('UnblockPlayerPayload', 'The unblocked player.');
const SetPlayerDateOfBirthPayload = playerPayload('SetPlayerDateOfBirthPayload', 'The player whose date of birth was set.');
const AddPlayerTagsPayload = playerPayload('AddPlayerTagsPayload', 'The player with their tags.');
const RemovePlayerTagsPayload = playerPayload('RemovePlayerTagsPayload', 'The player with their remaining tags.');
const UpdateMyProfilePayload = playerPayload('UpdateMyProfilePayload', 'The signed-in player with their new profile.');
const AddPlayerNotePayload = builder.objectRef<{ note: PlayerNote; player: Player }>('AddPlayerNotePayload').implement({
  description: 'The note written.',
  fields: (t) => ({
    note: t.field({ type: PlayerNoteType, description: 'The new note.', resolve: (p) => p.note }),
    player: t.field({ type: PlayerType, description: 'The player the note is about.', resolve: (p) => p.player }),
  }),
});

// ---------------------------------------------------------------- viewer

const ViewerKind = builder.enumType('ViewerKind', {
  description: 'What kind of caller the viewer is.',
  values: {
    PLAYER: { description: 'A player, signed in with a player access token.' },
    STAFF: { description: 'A tenant\'s staff user, signed in with a staff access token.' },
    PLATFORM_STAFF: { description: 'Staff of the platform itself.' },
    API_KEY: { description: 'A partner, calling with an API key.' },
    AFFILIATE: { description: 'An affiliate signed in to its own portal (affiliateSignIn): it reads its own figures only (myAffiliate).' },
  } as const,
});
type ViewerShape = NonNullable<Context['principal']>;
const Viewer = builder.objectRef<ViewerShape>('Viewer').implement({
  description: 'Who the caller is, as the server sees them.',
  fields: (t) => ({
    kind: t.field({
      type: ViewerKind,
      description: 'What kind of caller this is.',
      resolve: (p) => ({ player: 'PLAYER', staff: 'STAFF', platform: 'PLATFORM_STAFF', apiKey: 'API_KEY', affiliate: 'AFFILIATE' } as const)[p.kind],
    }),
    roles: t.field({
      type: [StaffRoleEnum],
      description: 'The staff roles of the caller; empty for players, affiliates and API keys.',
      resolve: (p) => (p.kind === 'staff' || p.kind === 'platform' ? [...p.roles] : []),
    }),
    permissions: t.field({
      type: [PermissionEnum],
      description: 'Every permission the caller holds, sorted; empty for players and affiliates (they act on their own account only).',
      resolve: (p) => (p.kind === 'player' || p.kind === 'affiliate' ? [] : [...p.permissions].sort()),
    }),
    tenant: t.field({
      type: TenantType,
      nullable: true,
      description: 'The caller\'s tenant; null for platform staff.',
      resolve: (p, _args, ctx) => (p.kind === 'platform' ? null : getTenant(ctx, p.tenantId)),
    }),
    player: t.field({
      type: PlayerType,
      nullable: true,
      description: 'The signed-in player; null unless kind is PLAYER.',
      resolve: (_p, _args, ctx) => identity.currentPlayer(ctx),
    }),
    staffUser: t.field({
      type: StaffUserType,
      nullable: true,
      description: 'The signed-in staff user; null unless kind is STAFF.',
      resolve: (p, _args, ctx) => (p.kind === 'staff' ? identity.loadStaffUser(ctx, p.staffId) : null),
    }),
    apiKey: t.field({
      type: ApiKeyType,
      nullable: true,
      description: 'The API key in use; null unless kind is API_KEY.',
      resolve: (p, _args, ctx) => (p.kind === 'apiKey' ? identity.loadApiKey(ctx, p.apiKeyId) : null),
    }),
  }),
});

// ---------------------------------------------------------------- inputs

const RegisterPlayerInput = builder.inputType('RegisterPlayerInput', {
  description: 'A new player of the request\'s tenant.',
  fields: (t) => ({
    email: t.string({ required: true, description: 'The email to sign in with; unique in the tenant, ignoring case.' }),
    password: t.string({ required: true, description: 'At least 10 characters.' }),
    displayName: t.string({ required: true, description: 'The name shown to others, 1 to 120 characters.' }),
    locale: t.field({ type: LocaleEnum, description: 'One of the tenant\'s languages; defaults to the tenant\'s default language.' }),
    country: t.string({ description: 'Where the player lives: an ISO 3166-1 alpha-2 code (GB, TR). Bonus eligibility may depend on it.' }),
    dateOfBirth: t.field({ type: 'Date', description: 'The player\'s date of birth (optional): a tenant\'s minimum VIP age reads it.' }),
    tracking: t.field({ type: RegistrationTrackingInput, description: 'Affiliate tracking: the click ID or code that brought the player (optional).' }),
  }),
});
const RegistrationTrackingInput = builder.inputType('RegistrationTrackingInput', {
  description: 'Where the player came from: what an affiliate\'s link left on the landing page, or a code. Neither ever fails the registration: what is unknown or too old is ignored.',
  fields: (t) => ({
    clickId: t.id({ description: 'The click ID the click endpoint added to the landing URL (its `aff_click` parameter): the last one the frontend saw.' }),
    affiliateCode: t.string({ description: 'An affiliate\'s code, used when there is no click ID or it is unknown or older than the tenant\'s attribution window.' }),
  }),
});
const LoginInput = builder.inputType('LoginInput', {
  description: 'A player\'s credentials.',
  fields: (t) => ({
    email: t.string({ required: true, description: 'The player\'s email, in any case.' }),
    password: t.string({ required: true, description: 'The player\'s password.' }),
  }),
});
const StaffLoginInput = builder.inputType('StaffLoginInput', {
  description: 'A staff member\'s credentials.',
  fields: (t) => ({
    email: t.string({ required: true, description: 'The staff member\'s email, in any case.' }),
    password: t.string({ required: true, description: 'The staff member\'s password.' }),
    tenant: t.string({ description: 'Slug of the tenant; omit to sign in as platform staff.' }),
  }),
});
const RefreshSessionInput = builder.inputType('RefreshSessionInput', {
  description: 'The refresh token of a session.',
  fields: (t) => ({ refreshToken: t.string({ required: true, description: 'The latest refresh token of the session (each works once).' }) }),
});
const LogoutInput = builder.inputType('LogoutInput', {
  description: 'Which sessions to end.',
  fields: (t) => ({
    allSessions: t.boolean({ description: 'End every session of the caller (other devices too), not only this one. Default false.' }),
  }),
});
const CreateStaffUserInput = builder.inputType('CreateStaffUserInput', {
  description: 'A new staff user of the tenant.',
  fields: (t) => ({
    email: t.string({ required: true, description: 'The email to sign in with; unique in the tenant, ignoring case.' }),
    name: t.string({ required: true, description: 'The staff user\'s name, 1 to 120 characters.' }),
    password: t.string({ required: true, description: 'At least 10 characters.' }),
    roles: t.field({ type: [TenantRoleEnum], required: true, description: 'At least one role; none beyond what the caller holds.' }),
  }),
});
const SetStaffRolesInput = builder.inputType('SetStaffRolesInput', {
  description: 'New roles of a staff user.',
  fields: (t) => ({
    staffUserId: t.id({ required: true, description: 'The staff user (a StaffUser global ID).' }),
    roles: t.field({ type: [TenantRoleEnum], required: true, description: 'The roles the staff user will hold (replacing theirs); at least one, none beyond what the caller holds.' }),
  }),
});
const DisableStaffUserInput = builder.inputType('DisableStaffUserInput', {
  description: 'The staff user to disable.',
  fields: (t) => ({ staffUserId: t.id({ required: true, description: 'The staff user (a StaffUser global ID); not the caller.' }) }),
});
const CreateApiKeyInput = builder.inputType('CreateApiKeyInput', {
  description: 'A new partner API key.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'A label for the key, 1 to 120 characters.' }),
    permissions: t.field({ type: [PermissionEnum], required: true, description: 'What the key may do: at least one permission, none beyond what the caller may grant.' }),
  }),
});
const RevokeApiKeyInput = builder.inputType('RevokeApiKeyInput', {
  description: 'The API key to revoke.',
  fields: (t) => ({ apiKeyId: t.id({ required: true, description: 'The key (an ApiKey global ID).' }) }),
});
const BlockPlayerInput = builder.inputType('BlockPlayerInput', {
  description: 'The player to block, and why.',
  fields: (t) => ({
    playerId: t.id({ required: true, description: 'The player (a Player global ID).' }),
    reason: t.string({ required: true, description: 'Why, 1 to 500 characters: kept on the player and in the audit trail.' }),
  }),
});
const SetPlayerDateOfBirthInput = builder.inputType('SetPlayerDateOfBirthInput', {
  description: 'A player\'s date of birth.',
  fields: (t) => ({
    playerId: t.id({ required: true, description: 'The player (a Player global ID).' }),
    dateOfBirth: t.field({ type: 'Date', description: 'The date of birth (1900-01-01 to today); null or absent clears it.' }),
  }),
});
const UnblockPlayerInput = builder.inputType('UnblockPlayerInput', {
  description: 'The player to unblock, and why.',
  fields: (t) => ({
    playerId: t.id({ required: true, description: 'The player (a Player global ID).' }),
    reason: t.string({ required: true, description: 'Why, 1 to 500 characters: kept in the audit trail.' }),
  }),
});
const AddPlayerNoteInput = builder.inputType('AddPlayerNoteInput', {
  description: 'A note on a player.',
  fields: (t) => ({
    playerId: t.id({ required: true, description: 'The player (a Player global ID).' }),
    body: t.string({ required: true, description: 'The text, 1 to 4000 characters. It cannot be changed later.' }),
  }),
});
const AddPlayerTagsInput = builder.inputType('AddPlayerTagsInput', {
  description: 'Tags to add to a player.',
  fields: (t) => ({
    playerId: t.id({ required: true, description: 'The player (a Player global ID).' }),
    tags: t.stringList({ required: true, description: '1 to 20 tags of 1 to 40 characters, matched exactly (case counts). A player has at most 50.' }),
  }),
});
const RemovePlayerTagsInput = builder.inputType('RemovePlayerTagsInput', {
  description: 'Tags to remove from a player.',
  fields: (t) => ({
    playerId: t.id({ required: true, description: 'The player (a Player global ID).' }),
    tags: t.stringList({ required: true, description: '1 to 20 tags; those the player does not have are ignored.' }),
  }),
});
const UpdateMyProfileInput = builder.inputType('UpdateMyProfileInput', {
  description: 'The signed-in player\'s new profile; absent fields stay as they are.',
  fields: (t) => ({
    displayName: t.string({ description: 'The name shown to others, 1 to 120 characters.' }),
    locale: t.field({ type: LocaleEnum, description: 'The player\'s language: one the tenant offers.' }),
  }),
});
const PlayerFilter = builder.inputType('PlayerFilter', {
  description: 'Which players to list; every given condition must hold.',
  fields: (t) => ({
    search: t.string({ description: 'A case-insensitive prefix of the email or of the display name (e.g. "ali" finds alice@x.test and "Ali Veli").' }),
    id: t.id({ description: 'Only this player (a Player global ID).' }),
    status: t.field({ type: PlayerStatusEnum, description: 'Only players with this status.' }),
    registeredFrom: t.field({ type: 'DateTime', description: 'Only players registered at or after this instant.' }),
    registeredTo: t.field({ type: 'DateTime', description: 'Only players registered before this instant.' }),
    tag: t.string({ description: 'Only players with this tag (exact match).' }),
  }),
});
const PlayerOrder = builder.inputType('PlayerOrder', {
  description: 'The order of a player listing.',
  fields: (t) => ({
    field: t.field({ type: PlayerOrderFieldEnum, required: true, description: 'What to order by.' }),
    direction: t.field({ type: OrderDirection, required: true, description: 'Ascending or descending.' }),
  }),
});

// ---------------------------------------------------------------- queries

builder.queryFields((t) => ({
  viewer: t.field({
    type: Viewer,
    nullable: true,
    description: 'The signed-in caller, or null when anonymous.',
    authScopes: { public: true },
    resolve: (_root, _args, ctx) => ctx.principal,
  }),
  player: t.field({
    type: PlayerType,
    nullable: true,
    description: 'A player by global ID, or null when there is none visible to the caller (staff with player:read see their tenant\'s players; a player sees themselves).',
    authScopes: { $any: { permission: 'player:read', player: true } },
    args: { id: t.arg.id({ required: true, description: 'The player (a Player global ID).' }) },
    resolve: async (_root, { id }, ctx) => {
      const player = await identity.loadPlayer(ctx, localIdOf(String(id), 'Player', ['id']));
      return player && visiblePlayer(ctx, player) ? player : null;
    },
  }),
  players: t.connection(
    {
      type: PlayerType,
      description: 'The tenant\'s players for the back-office: searched, filtered, ordered (registration time by default), paged both ways, with totalCount.',
      authScopes: { permission: 'player:read' },
      args: {
        filter: t.arg({ type: PlayerFilter, description: 'Which players; all when absent.' }),
        orderBy: t.arg({ type: PlayerOrder, description: 'The order; registration time, oldest first, when absent.' }),
      },
      resolve: (_root, args, ctx) => {
        const filter = args.filter ?? {};
        return identity.listPlayers(
          ctx,
          args,
          {
            search: filter.search ?? undefined,
            id: optionalLocalIdOf(filter.id == null ? null : String(filter.id), 'Player', ['filter', 'id']),
            status: filter.status ?? undefined,
            registeredFrom: filter.registeredFrom ?? undefined,
            registeredTo: filter.registeredTo ?? undefined,
            tag: filter.tag ?? undefined,
          },
          args.orderBy ?? undefined,
        );
      },
    },
    PlayerConnection,
  ),
  staffUsers: t.connection(
    {
      type: StaffUserType,
      description: 'The tenant\'s staff users, oldest first, paged both ways.',
      authScopes: { permission: 'staff:read' },
      resolve: (_root, args, ctx) => identity.listStaff(ctx, args),
    },
    StaffUserConnection,
  ),
  apiKeys: t.connection(
    {
      type: ApiKeyType,
      description: 'The tenant\'s partner API keys (revoked ones too), oldest first, paged both ways.',
      authScopes: { permission: 'apikey:manage' },
      resolve: (_root, args, ctx) => identity.listApiKeys(ctx, args),
    },
    ApiKeyConnection,
  ),
}));

// ---------------------------------------------------------------- mutations

builder.mutationFields((t) => ({
  registerPlayer: t.field({
    type: RegisterPlayerPayload,
    description: 'Creates a player in the request\'s tenant and signs them in.',
    authScopes: { public: true },
    errors: { types: [ValidationError, EmailTakenError, LocaleNotOfferedError, ...TENANT_ERRORS] },
    args: { input: t.arg({ type: RegisterPlayerInput, required: true, description: 'The new player.' }) },
    resolve: (_root, { input }, ctx) =>
      identity.registerPlayer(ctx, {
        ...input,
        locale: input.locale ?? undefined,
        tracking: input.tracking ? { clickId: input.tracking.clickId == null ? null : String(input.tracking.clickId), affiliateCode: input.tracking.affiliateCode ?? null } : null,
      }),
  }),
  login: t.field({
    type: LoginPayload,
    description: 'Signs a player in to the request\'s tenant. A blocked player is refused (AccountDisabledError).',
    authScopes: { public: true },
    errors: { types: [ValidationError, InvalidCredentialsError, AccountDisabledError, ...TENANT_ERRORS] },
    args: { input: t.arg({ type: LoginInput, required: true, description: 'The player\'s credentials.' }) },
    resolve: (_root, { input }, ctx) => identity.loginPlayer(ctx, input),
  }),
  staffLogin: t.field({
    type: StaffLoginPayload,
    description: 'Signs a staff member in: to the tenant named, or to the platform when none is named.',
    authScopes: { public: true },
    errors: { types: [ValidationError, InvalidCredentialsError, AccountDisabledError, TenantNotFoundError] },
    args: { input: t.arg({ type: StaffLoginInput, required: true, description: 'The staff member\'s credentials.' }) },
    resolve: (_root, { input }, ctx) => identity.staffLogin(ctx, { ...input, tenant: input.tenant ?? undefined }),
  }),
  refreshSession: t.field({
    type: RefreshSessionPayload,
    description: 'Renews a session\'s tokens with its refresh token. Presenting an already-used refresh token ends the session (a stolen token).',
    authScopes: { public: true },
    errors: { types: [InvalidRefreshTokenError, TenantSuspendedError] },
    args: { input: t.arg({ type: RefreshSessionInput, required: true, description: 'The refresh token.' }) },
    resolve: async (_root, { input }, ctx) => ({ tokens: await identity.refreshSession(ctx, input.refreshToken) }),
  }),
  logout: t.field({
    type: LogoutPayload,
    description: 'Ends the current session, or all of the caller\'s sessions: their access and refresh tokens stop working, and their live connections close.',
    authScopes: { $any: { player: true, staff: true, affiliate: true } },
    args: { input: t.arg({ type: LogoutInput, required: true, description: 'Which sessions to end.' }) },
    resolve: async (_root, { input }, ctx) => ({ sessionsEnded: await identity.logout(ctx, { allSessions: input.allSessions ?? false }) }),
  }),
  createStaffUser: t.field({
    type: CreateStaffUserPayload,
    description: 'Creates a staff user of the tenant. Audited.',
    authScopes: { permission: 'staff:manage' },
    errors: { types: [ValidationError, EmailTakenError, CannotGrantError, ...STAFF_TENANT_ERRORS] },
    args: { input: t.arg({ type: CreateStaffUserInput, required: true, description: 'The new staff user.' }) },
    resolve: async (_root, { input }, ctx) => ({ staffUser: await identity.createStaffUser(ctx, input) }),
  }),
  setStaffRoles: t.field({
    type: SetStaffRolesPayload,
    description: 'Replaces a staff user\'s roles. Audited.',
    authScopes: { permission: 'staff:manage' },
    errors: { types: [ValidationError, InvalidIdError, NotFoundError, CannotGrantError, ...STAFF_TENANT_ERRORS] },
    args: { input: t.arg({ type: SetStaffRolesInput, required: true, description: 'The staff user and their roles.' }) },
    resolve: async (_root, { input }, ctx) => ({
      staffUser: await identity.setStaffRoles(ctx, localIdOf(String(input.staffUserId), 'StaffUser', ['input', 'staffUserId']), input.roles),
    }),
  }),
  disableStaffUser: t.field({
    type: DisableStaffUserPayload,
    description: 'Disables the staff user and ends all their sessions and live connections. Audited.',
    authScopes: { permission: 'staff:manage' },
    errors: { types: [ValidationError, InvalidIdError, NotFoundError, ...STAFF_TENANT_ERRORS] },
    args: { input: t.arg({ type: DisableStaffUserInput, required: true, description: 'The staff user.' }) },
    resolve: async (_root, { input }, ctx) => ({
      staffUser: await identity.disableStaffUser(ctx, localIdOf(String(input.staffUserId), 'StaffUser', ['input', 'staffUserId'])),
    }),
  }),
  createApiKey: t.field({
    type: CreateApiKeyPayload,
    description: 'Creates a partner API key for this tenant. The key is returned once. Audited.',
    authScopes: { permission: 'apikey:manage' },
    errors: { types: [ValidationError, CannotGrantError, ...STAFF_TENANT_ERRORS] },
    args: { input: t.arg({ type: CreateApiKeyInput, required: true, description: 'The new key.' }) },
    resolve: (_root, { input }, ctx) => identity.createApiKey(ctx, input),
  }),
  revokeApiKey: t.field({
    type: RevokeApiKeyPayload,
    description: 'Revokes a partner API key: it stops working at once, on every instance. Audited.',
    authScopes: { permission: 'apikey:manage' },
    errors: { types: [InvalidIdError, NotFoundError, ...STAFF_TENANT_ERRORS] },
    args: { input: t.arg({ type: RevokeApiKeyInput, required: true, description: 'The key.' }) },
    resolve: async (_root, { input }, ctx) => ({ apiKey: await identity.revokeApiKey(ctx, localIdOf(String(input.apiKeyId), 'ApiKey', ['input', 'apiKeyId'])) }),
  }),
  blockPlayer: t.field({
    type: BlockPlayerPayload,
    description:
      'Blocks a player: they cannot sign in, their sessions end, their access tokens are refused from the next request, and their live connections close. Blocking a blocked player changes nothing. Audited.',
    authScopes: { permission: 'player:manage' },
    errors: { types: [ValidationError, InvalidIdError, NotFoundError, ...STAFF_TENANT_ERRORS] },
    args: { input: t.arg({ type: BlockPlayerInput, required: true, description: 'The player and the reason.' }) },
    resolve: async (_root, { input }, ctx) => ({
      player: await identity.blockPlayer(ctx, localIdOf(String(input.playerId), 'Player', ['input', 'playerId']), input.reason),
    }),
  }),
  setPlayerDateOfBirth: t.field({
    type: SetPlayerDateOfBirthPayload,
    description: 'Sets or clears a player\'s date of birth (a tenant\'s minimum VIP age reads it). Setting the date it has changes nothing. Audited.',
    authScopes: { permission: 'player:manage' },
    errors: { types: [ValidationError, InvalidIdError, NotFoundError, ...STAFF_TENANT_ERRORS] },
    args: { input: t.arg({ type: SetPlayerDateOfBirthInput, required: true, description: 'The player and the date.' }) },
    resolve: async (_root, { input }, ctx) => ({
      player: await identity.setPlayerDateOfBirth(ctx, localIdOf(String(input.playerId), 'Player', ['input', 'playerId']), input.dateOfBirth ?? null),
    }),
  }),
  unblockPlayer: t.field({
    type: UnblockPlayerPayload,
    description: 'Unblocks a player: they may sign in again. Unblocking an active player changes nothing. Audited.',
    authScopes: { permission: 'player:manage' },
    errors: { types: [ValidationError, InvalidIdError, NotFoundError, ...STAFF_TENANT_ERRORS] },
    args: { input: t.arg({ type: UnblockPlayerInput, required: true, description: 'The player and the reason.' }) },
    resolve: async (_root, { input }, ctx) => ({
      player: await identity.unblockPlayer(ctx, localIdOf(String(input.playerId), 'Player', ['input', 'playerId']), input.reason),
    }),
  }),
  addPlayerNote: t.field({
    type: AddPlayerNotePayload,
    description: 'Writes a note on a player, signed with the caller and the time. Notes cannot be changed or deleted. Audited.',
    authScopes: { permission: 'player:manage' },
    errors: { types: [ValidationError, InvalidIdError, NotFoundError, ...STAFF_TENANT_ERRORS] },
    args: { input: t.arg({ type: AddPlayerNoteInput, required: true, description: 'The player and the note.' }) },
    resolve: (_root, { input }, ctx) => identity.addPlayerNote(ctx, localIdOf(String(input.playerId), 'Player', ['input', 'playerId']), input.body),
  }),
  addPlayerTags: t.field({
    type: AddPlayerTagsPayload,
    description: 'Adds tags to a player; tags they already have stay once. Audited when something changed.',
    authScopes: { permission: 'player:manage' },
    errors: { types: [ValidationError, InvalidIdError, NotFoundError, ...STAFF_TENANT_ERRORS] },
    args: { input: t.arg({ type: AddPlayerTagsInput, required: true, description: 'The player and the tags.' }) },
    resolve: async (_root, { input }, ctx) => ({
      player: await identity.addPlayerTags(ctx, localIdOf(String(input.playerId), 'Player', ['input', 'playerId']), input.tags),
    }),
  }),
  removePlayerTags: t.field({
    type: RemovePlayerTagsPayload,
    description: 'Removes tags from a player. Audited when something changed.',
    authScopes: { permission: 'player:manage' },
    errors: { types: [ValidationError, InvalidIdError, NotFoundError, ...STAFF_TENANT_ERRORS] },
    args: { input: t.arg({ type: RemovePlayerTagsInput, required: true, description: 'The player and the tags.' }) },
    resolve: async (_root, { input }, ctx) => ({
      player: await identity.removePlayerTags(ctx, localIdOf(String(input.playerId), 'Player', ['input', 'playerId']), input.tags),
    }),
  }),
  updateMyProfile: t.field({
    type: UpdateMyProfilePayload,
    description: 'The signed-in player changes their display name and language. Audited.',
    authScopes: { player: true },
    errors: { types: [ValidationError, LocaleNotOfferedError] },
    args: { input: t.arg({ type: UpdateMyProfileInput, required: true, description: 'The new profile.' }) },
    resolve: async (_root, { input }, ctx) => ({
      player: await identity.updateMyProfile(ctx, { displayName: input.displayName ?? undefined, locale: input.locale ?? undefined }),
    }),
  }),
}));
