import { builder } from '../../src/builder.js';
import { ValidationError } from '../../src/errors.js';
import { errorType, TENANT_ERRORS } from '../../src/graphql/errors.js';
import { UnknownDialectError } from './seamless.errors.js';
import * as seamless from './seamless.service.js';

errorType(UnknownDialectError, 'UnknownDialectError', { code: 'UNKNOWN_DIALECT', description: '' });

const ProviderAuth = builder.enumType('GameProviderAuth', {
  values: ['HMAC_SHA256', 'RSA_SHA256'] as const,
  description: 'How the aggregator signs callbacks: HMAC-SHA256 with a shared secret, or RSA-SHA256 with its key pair.',
});

const GameProvider = builder.objectRef<seamless.ProviderView>('GameProvider').implement({
  description: 'A game aggregator calling this tenant\'s seamless wallet. Its secret or key is never shown.',
  fields: (t) => ({
    id: t.exposeID('id'),
    code: t.exposeString('code', { description: 'The provider segment of the callback URL: /seamless/<tenant>/<code>/...' }),
    dialect: t.exposeString('dialect'),
    auth: t.field({ type: ProviderAuth, resolve: (p) => p.auth }),
    currencies: t.exposeStringList('currencies'),
    enabled: t.exposeBoolean('enabled'),
    keyFingerprint: t.exposeString('keyFingerprint', { description: 'First 16 hex digits of the SHA-256 of the secret or key, to tell keys apart.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

const GameProviderPayload = builder.objectRef<{ provider: seamless.ProviderView }>('GameProviderPayload').implement({
  fields: (t) => ({ provider: t.field({ type: GameProvider, resolve: (p) => p.provider }) }),
});

const SetGameProviderInput = builder.inputType('SetGameProviderInput', {
  fields: (t) => ({
    code: t.string({ required: true }),
    dialect: t.string({ required: true, description: 'The wire format: hub88.' }),
    auth: t.field({ type: ProviderAuth, required: true }),
    hmacSecret: t.string({ description: 'For HMAC_SHA256: the shared secret (32+ characters). Write-only.' }),
    publicKey: t.string({ description: 'For RSA_SHA256: the aggregator\'s RSA public key, PEM. Write-only.' }),
    currencies: t.stringList({ required: true }),
    enabled: t.boolean(),
  }),
});

builder.queryFields((t) => ({
  gameProviders: t.field({
    type: [GameProvider],
    description: 'The tenant\'s game aggregators.',
    authScopes: { permission: 'games:manage' },
    resolve: (_root, _args, ctx) => seamless.listGameProviders(ctx),
  }),
}));

builder.mutationFields((t) => ({
  setGameProvider: t.field({
    type: GameProviderPayload,
    description: 'Creates or replaces (by code) a game aggregator of the tenant.',
    authScopes: { permission: 'games:manage' },
    errors: { types: [ValidationError, UnknownDialectError, ...TENANT_ERRORS] },
    args: { input: t.arg({ type: SetGameProviderInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({ provider: await seamless.setGameProvider(ctx, input) }),
  }),
}));
