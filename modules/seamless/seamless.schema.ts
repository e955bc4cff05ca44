import { builder } from '../../src/builder.js';
import { TenantNotFoundError, TenantRequiredError, ValidationError } from '../../src/errors.js';
import { errorType } from '../../src/graphql/errors.js';
import { connectionOf } from '../../src/graphql/connections.js';
import { holds } from '../../src/auth/principal.js';
import { DIALECTS } from './dialects/index.js';
import { UnknownDialectError } from './seamless.errors.js';
import * as seamless from './seamless.service.js';

// Not in any result union since the dialect is an enum; registered so its code stays in ErrorCode for the service's callers.
errorType(UnknownDialectError, 'UnknownDialectError', {
  code: 'UNKNOWN_DIALECT',
  description: 'The dialect named is not one this platform speaks. The API takes the dialect as an enum, so only internal callers can meet it.',
});

const ProviderAuth = builder.enumType('GameProviderAuth', {
  description: 'How the aggregator signs callbacks.',
  values: {
    HMAC_SHA256: { value: 'HMAC_SHA256' as const, description: 'HMAC-SHA256 with a shared secret (`hmacSecret`).' },
    RSA_SHA256: { value: 'RSA_SHA256' as const, description: 'RSA-SHA256 with the aggregator\'s key pair (`publicKey` verifies).' },
  },
});

const DIALECT_DESCRIPTIONS: Record<string, string> = {
  hub88: 'Hub88\'s wallet API (/user/balance, /transaction/bet, /transaction/win, /transaction/rollback).',
};
const SeamlessDialect = builder.enumType('SeamlessDialect', {
  description: 'The wire format of an aggregator\'s callbacks.',
  values: Object.fromEntries(
    Object.keys(DIALECTS).map((name) => [name.toUpperCase(), { value: name, description: DIALECT_DESCRIPTIONS[name] ?? `The ${name} wallet API.` }]),
  ) as Record<string, { value: string; description: string }>,
});

const OperatorApiType = builder.objectRef<NonNullable<seamless.ProviderView['operatorApi']>>('GameProviderOperatorApi').implement({
  description: 'The aggregator\'s operator API this platform calls (to award free-bet rewards), signed with our RSA private key, which is never shown.',
  fields: (t) => ({
    url: t.exposeString('url', { description: 'Its base URL (Hub88: the host before /operator/generic/v2/...).' }),
    operatorRef: t.exposeString('operatorRef', { description: 'Our operator id at the aggregator (Hub88: operator_id).' }),
    keyFingerprint: t.exposeString('keyFingerprint', { description: 'First 16 hex digits of the SHA-256 of our public key (PEM), the half the aggregator holds.' }),
  }),
});

export const GameProviderType = builder.objectRef<seamless.ProviderView>('GameProvider');
builder.node(GameProviderType, {
  description: 'A game aggregator calling this tenant\'s seamless wallet. Its secret or key is never shown.',
  id: { resolve: (p) => p.id },
  loadMany: async (ids, ctx) => {
    if (!holds(ctx.principal, 'games:manage')) return ids.map(() => null);
    return Promise.all(ids.map((id) => seamless.loadGameProvider(ctx, id)));
  },
  fields: (t) => ({
    code: t.exposeString('code', { description: 'The provider segment of the callback URL: /seamless/<tenant>/<code>/...' }),
    dialect: t.field({ type: SeamlessDialect, description: 'The wire format of its callbacks.', resolve: (p) => p.dialect }),
    auth: t.field({ type: ProviderAuth, description: 'How it signs callbacks.', resolve: (p) => p.auth }),
    currencies: t.field({ type: ['Currency'], description: 'The currencies it may play in (a subset of the tenant\'s).', resolve: (p) => p.currencies }),
    enabled: t.exposeBoolean('enabled', { description: 'A disabled provider\'s callbacks are refused.' }),
    keyFingerprint: t.exposeString('keyFingerprint', { description: 'First 16 hex digits of the SHA-256 of the secret or key, to tell keys apart.' }),
    operatorApi: t.field({ type: OperatorApiType, nullable: true, description: 'The aggregator\'s operator API we call to award free bets; null when not set.', resolve: (p) => p.operatorApi }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was first set.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When it was last set.' }),
  }),
});
const GameProviderConnection = connectionOf(GameProviderType, 'GameProvider', { totalCount: true });

const SetGameProviderPayload = builder.objectRef<{ provider: seamless.ProviderView }>('SetGameProviderPayload').implement({
  description: 'The provider as now set.',
  fields: (t) => ({ provider: t.field({ type: GameProviderType, description: 'The provider, created or replaced.', resolve: (p) => p.provider }) }),
});

const OperatorApiInput = builder.inputType('GameProviderOperatorApiInput', {
  description: 'The aggregator\'s operator API, for awarding free-bet rewards (Hub88\'s Freebets API).',
  fields: (t) => ({
    url: t.string({ required: true, description: 'Its base URL, http(s).' }),
    operatorRef: t.string({ required: true, description: 'Our operator id at the aggregator (Hub88: operator_id).' }),
    privateKey: t.string({ required: true, description: 'Our RSA private key, PEM, that signs the requests (the aggregator holds the public half). Write-only, sealed at rest.' }),
  }),
});

const SetGameProviderInput = builder.inputType('SetGameProviderInput', {
  description: 'A game aggregator to create, or to replace by its code.',
  fields: (t) => ({
    code: t.string({ required: true, description: 'The provider\'s code, 2-40 of a-z, 0-9, _ and -: its segment of the callback URL.' }),
    dialect: t.field({ type: SeamlessDialect, required: true, description: 'The wire format of its callbacks.' }),
    auth: t.field({ type: ProviderAuth, required: true, description: 'How it signs callbacks; says which of hmacSecret and publicKey to give.' }),
    hmacSecret: t.string({ description: 'For HMAC_SHA256: the shared secret (32+ characters). Write-only.' }),
    publicKey: t.string({ description: 'For RSA_SHA256: the aggregator\'s RSA public key, PEM. Write-only.' }),
    currencies: t.field({ type: ['Currency'], required: true, description: 'The currencies it may play in: 1 to 50 of the tenant\'s currencies.' }),
    enabled: t.boolean({ description: 'Whether its callbacks are served; true when absent.' }),
    operatorApi: t.field({ type: OperatorApiInput, description: 'Its operator API, to award free bets there; absent: none (a replace clears it).' }),
  }),
});

builder.queryFields((t) => ({
  gameProviders: t.connection(
    {
      type: GameProviderType,
      description: 'The tenant\'s game aggregators, by code.',
      authScopes: { permission: 'games:manage' },
      resolve: (_root, args, ctx) => seamless.listGameProviders(ctx, args),
    },
    GameProviderConnection,
  ),
}));

builder.mutationFields((t) => ({
  setGameProvider: t.field({
    type: SetGameProviderPayload,
    description: 'Creates or replaces (by code) a game aggregator of the tenant; audited.',
    authScopes: { permission: 'games:manage' },
    // games:manage is held by staff (their tenant checked before any resolver) and platform staff (who name the tenant by X-Tenant).
    errors: { types: [ValidationError, TenantRequiredError, TenantNotFoundError] },
    args: { input: t.arg({ type: SetGameProviderInput, required: true, description: 'The provider.' }) },
    resolve: async (_root, { input }, ctx) => ({ provider: await seamless.setGameProvider(ctx, input) }),
  }),
}));
