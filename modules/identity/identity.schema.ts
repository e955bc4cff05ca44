import { builder } from '../../src/builder.js';
import type { Context } from '../../src/context.js';
import { NotFoundError, TenantNotFoundError, ValidationError } from '../../src/errors.js';
import { ErrorInterface, errorType, TENANT_ERRORS } from '../../src/graphql/errors.js';
import { decodeIdOf } from '../../src/graphql/ids.js';
import { PERMISSIONS, TENANT_ROLES, type Permission } from '../../src/auth/permissions.js';
import { holds } from '../../src/auth/principal.js';
import { TenantType, getTenant } from '../tenants/index.js';
import type { ApiKey, Player, StaffUser } from './identity.entities.js';
import {
  AccountDisabledError,
  CannotGrantError,
  EmailTakenError,
  InvalidCredentialsError,
  InvalidRefreshTokenError,
} from './identity.errors.js';
import * as identity from './identity.service.js';

errorType(EmailTakenError, 'EmailTakenError', { code: 'EMAIL_TAKEN', description: '' });
errorType(InvalidCredentialsError, 'InvalidCredentialsError', { code: 'INVALID_CREDENTIALS', description: '' });
errorType(AccountDisabledError, 'AccountDisabledError', { code: 'ACCOUNT_DISABLED', description: '' });
errorType(InvalidRefreshTokenError, 'InvalidRefreshTokenError', { code: 'INVALID_REFRESH_TOKEN', description: '' });

const TenantRoleEnum = builder.enumType('TenantRole', { values: TENANT_ROLES });
const PermissionEnum = builder.enumType('Permission', {
  values: Object.fromEntries(PERMISSIONS.map((p) => [p.replace(/[:\-.]/g, '_').toUpperCase(), { value: p }])) as Record<
    string,
    { value: Permission }
  >,
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

const has = (ctx: Context, permission: Permission) => holds(ctx.principal, permission);

export const PlayerType = builder.objectRef<Player>('Player');
builder.node(PlayerType, {
  id: { resolve: (p) => p.id },
  loadMany: async (ids, ctx) => {
    const rows = await identity.playersByIds(ctx, ids);
    const visible = (p: Player) => has(ctx, 'player:read') || (ctx.principal?.kind === 'player' && ctx.principal.playerId === p.id);
    return ids.map((id) => rows.find((p) => p.id === id && visible(p)) ?? null);
  },
  fields: (t) => ({
    email: t.exposeString('email'),
    displayName: t.exposeString('displayName'),
    locale: t.exposeString('locale'),
    status: t.exposeString('status'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

export const StaffUserType = builder.objectRef<StaffUser>('StaffUser');
builder.node(StaffUserType, {
  id: { resolve: (s) => s.id },
  loadMany: async (ids, ctx) => {
    const rows = has(ctx, 'staff:read') ? await identity.staffByIds(ctx, ids) : [];
    return ids.map((id) => rows.find((s) => s.id === id) ?? null);
  },
  fields: (t) => ({
    email: t.exposeString('email'),
    name: t.exposeString('name'),
    roles: t.field({ type: [TenantRoleEnum], resolve: (s) => s.roles }),
    disabledAt: t.expose('disabledAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

export const ApiKeyType = builder.objectRef<ApiKey>('ApiKey');
builder.node(ApiKeyType, {
  id: { resolve: (k) => k.id },
  loadMany: async (ids, ctx) => {
    const rows = has(ctx, 'apikey:manage') ? await identity.apiKeysByIds(ctx, ids) : [];
    return ids.map((id) => rows.find((k) => k.id === id) ?? null);
  },
  fields: (t) => ({
    name: t.exposeString('name'),
    permissions: t.field({ type: [PermissionEnum], resolve: (k) => k.permissions }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true }),
    lastUsedAt: t.expose('lastUsedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'Last authenticated use, recorded to the minute.',
    }),
  }),
});

const AuthTokens = builder.objectRef<identity.IssuedTokens>('AuthTokens').implement({
  fields: (t) => ({
    accessToken: t.exposeString('accessToken'),
    accessTokenExpiresAt: t.expose('accessTokenExpiresAt', { type: 'DateTime' }),
    refreshToken: t.exposeString('refreshToken', { description: 'Single use: each refresh returns a new one.' }),
  }),
});

const PlayerAuthPayload = builder.objectRef<{ player: Player; tokens: identity.IssuedTokens }>('PlayerAuthPayload').implement({
  fields: (t) => ({
    player: t.field({ type: PlayerType, resolve: (p) => p.player }),
    tokens: t.field({ type: AuthTokens, resolve: (p) => p.tokens }),
  }),
});
const StaffUserPayload = builder.objectRef<{ staffUser: StaffUser }>('StaffUserPayload').implement({
  fields: (t) => ({ staffUser: t.field({ type: StaffUserType, resolve: (p) => p.staffUser }) }),
});
const ApiKeyPayload = builder.objectRef<{ apiKey: ApiKey }>('ApiKeyPayload').implement({
  fields: (t) => ({ apiKey: t.field({ type: ApiKeyType, resolve: (p) => p.apiKey }) }),
});
const CreateApiKeyPayload = builder.objectRef<{ apiKey: ApiKey; key: string }>('CreateApiKeyPayload').implement({
  fields: (t) => ({
    apiKey: t.field({ type: ApiKeyType, resolve: (p) => p.apiKey }),
    key: t.exposeString('key', { description: 'The secret key. Shown this once; only its hash is kept.' }),
  }),
});
const LogoutPayload = builder.objectRef<{ ok: boolean }>('LogoutPayload').implement({
  fields: (t) => ({ ok: t.exposeBoolean('ok') }),
});

const ViewerKind = builder.enumType('ViewerKind', { values: ['PLAYER', 'STAFF', 'PLATFORM_STAFF', 'API_KEY'] as const });
type ViewerShape = NonNullable<Context['principal']>;
const Viewer = builder.objectRef<ViewerShape>('Viewer').implement({
  description: 'Who the caller is, as the server sees them.',
  fields: (t) => ({
    kind: t.field({
      type: ViewerKind,
      resolve: (p) => ({ player: 'PLAYER', staff: 'STAFF', platform: 'PLATFORM_STAFF', apiKey: 'API_KEY' } as const)[p.kind],
    }),
    id: t.id({ resolve: (p) => (p.kind === 'player' ? p.playerId : p.kind === 'apiKey' ? p.apiKeyId : p.staffId) }),
    roles: t.stringList({ resolve: (p) => (p.kind === 'staff' || p.kind === 'platform' ? p.roles : []) }),
    permissions: t.field({ type: [PermissionEnum], resolve: (p) => (p.kind === 'player' ? [] : [...p.permissions].sort()) }),
    tenant: t.field({
      type: TenantType,
      nullable: true,
      resolve: (p, _args, ctx) => (p.kind === 'platform' ? null : getTenant(ctx, p.tenantId)),
    }),
    player: t.field({
      type: PlayerType,
      nullable: true,
      resolve: (_p, _args, ctx) => identity.currentPlayer(ctx),
    }),
  }),
});

const RegisterPlayerInput = builder.inputType('RegisterPlayerInput', {
  fields: (t) => ({
    email: t.string({ required: true }),
    password: t.string({ required: true, description: 'At least 10 characters.' }),
    displayName: t.string({ required: true }),
    locale: t.string({ description: 'Defaults to the tenant\'s default locale.' }),
  }),
});
const LoginInput = builder.inputType('LoginInput', {
  fields: (t) => ({ email: t.string({ required: true }), password: t.string({ required: true }) }),
});
const StaffLoginInput = builder.inputType('StaffLoginInput', {
  fields: (t) => ({
    email: t.string({ required: true }),
    password: t.string({ required: true }),
    tenant: t.string({ description: 'Slug of the tenant; omit to sign in as platform staff.' }),
  }),
});
const CreateStaffUserInput = builder.inputType('CreateStaffUserInput', {
  fields: (t) => ({
    email: t.string({ required: true }),
    name: t.string({ required: true }),
    password: t.string({ required: true }),
    roles: t.field({ type: [TenantRoleEnum], required: true }),
  }),
});
const CreateApiKeyInput = builder.inputType('CreateApiKeyInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    permissions: t.field({ type: [PermissionEnum], required: true }),
  }),
});

builder.queryFields((t) => ({
  viewer: t.field({
    type: Viewer,
    nullable: true,
    description: 'The signed-in caller, or null when anonymous.',
    authScopes: { public: true },
    resolve: (_root, _args, ctx) => ctx.principal,
  }),
  players: t.connection({
    type: PlayerType,
    authScopes: { permission: 'player:read' },
    resolve: (_root, args, ctx) => identity.listPlayers(ctx, args),
  }),
  staffUsers: t.connection({
    type: StaffUserType,
    authScopes: { permission: 'staff:read' },
    resolve: (_root, args, ctx) => identity.listStaff(ctx, args),
  }),
  apiKeys: t.connection({
    type: ApiKeyType,
    authScopes: { permission: 'apikey:manage' },
    resolve: (_root, args, ctx) => identity.listApiKeys(ctx, args),
  }),
}));

builder.mutationFields((t) => ({
  registerPlayer: t.field({
    type: PlayerAuthPayload,
    description: 'Creates a player in the request\'s tenant and signs them in.',
    authScopes: { public: true },
    errors: { types: [ValidationError, EmailTakenError, ...TENANT_ERRORS] },
    args: { input: t.arg({ type: RegisterPlayerInput, required: true }) },
    resolve: (_root, { input }, ctx) => identity.registerPlayer(ctx, { ...input, locale: input.locale ?? undefined }),
  }),
  login: t.field({
    type: PlayerAuthPayload,
    description: 'Signs a player in to the request\'s tenant.',
    authScopes: { public: true },
    errors: { types: [ValidationError, InvalidCredentialsError, AccountDisabledError, ...TENANT_ERRORS] },
    args: { input: t.arg({ type: LoginInput, required: true }) },
    resolve: (_root, { input }, ctx) => identity.loginPlayer(ctx, input),
  }),
  staffLogin: t.field({
    type: AuthTokens,
    authScopes: { public: true },
    errors: { types: [ValidationError, InvalidCredentialsError, AccountDisabledError, TenantNotFoundError] },
    args: { input: t.arg({ type: StaffLoginInput, required: true }) },
    resolve: (_root, { input }, ctx) => identity.staffLogin(ctx, { ...input, tenant: input.tenant ?? undefined }),
  }),
  refreshSession: t.field({
    type: AuthTokens,
    authScopes: { public: true },
    errors: { types: [InvalidRefreshTokenError, ...TENANT_ERRORS] },
    args: { refreshToken: t.arg.string({ required: true }) },
    resolve: (_root, { refreshToken }, ctx) => identity.refreshSession(ctx, refreshToken),
  }),
  logout: t.field({
    type: LogoutPayload,
    description: 'Ends the current session: its access and refresh tokens stop working.',
    authScopes: { $any: { player: true, staff: true } },
    resolve: async (_root, _args, ctx) => ({ ok: await identity.logout(ctx) }),
  }),
  createStaffUser: t.field({
    type: StaffUserPayload,
    authScopes: { permission: 'staff:manage' },
    errors: { types: [ValidationError, EmailTakenError, CannotGrantError, ...TENANT_ERRORS] },
    args: { input: t.arg({ type: CreateStaffUserInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({ staffUser: await identity.createStaffUser(ctx, input) }),
  }),
  setStaffRoles: t.field({
    type: StaffUserPayload,
    authScopes: { permission: 'staff:manage' },
    errors: { types: [ValidationError, NotFoundError, CannotGrantError, ...TENANT_ERRORS] },
    args: {
      id: t.arg.globalID({ required: true, for: [StaffUserType] }),
      roles: t.arg({ type: [TenantRoleEnum], required: true }),
    },
    resolve: async (_root, { id, roles }, ctx) => ({ staffUser: await identity.setStaffRoles(ctx, decodeIdOf(id), roles) }),
  }),
  disableStaffUser: t.field({
    type: StaffUserPayload,
    description: 'Disables the staff user and ends all their sessions.',
    authScopes: { permission: 'staff:manage' },
    errors: { types: [ValidationError, NotFoundError, ...TENANT_ERRORS] },
    args: { id: t.arg.globalID({ required: true, for: [StaffUserType] }) },
    resolve: async (_root, { id }, ctx) => ({ staffUser: await identity.disableStaffUser(ctx, decodeIdOf(id)) }),
  }),
  createApiKey: t.field({
    type: CreateApiKeyPayload,
    description: 'Creates a partner API key for this tenant. The key is returned once.',
    authScopes: { permission: 'apikey:manage' },
    errors: { types: [ValidationError, CannotGrantError, ...TENANT_ERRORS] },
    args: { input: t.arg({ type: CreateApiKeyInput, required: true }) },
    resolve: (_root, { input }, ctx) => identity.createApiKey(ctx, input),
  }),
  revokeApiKey: t.field({
    type: ApiKeyPayload,
    authScopes: { permission: 'apikey:manage' },
    errors: { types: [NotFoundError, ...TENANT_ERRORS] },
    args: { id: t.arg.globalID({ required: true, for: [ApiKeyType] }) },
    resolve: async (_root, { id }, ctx) => ({ apiKey: await identity.revokeApiKey(ctx, decodeIdOf(id)) }),
  }),
}));
