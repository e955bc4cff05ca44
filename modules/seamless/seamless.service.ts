import { createHash, createPrivateKey, createPublicKey } from 'node:crypto';
import { seal, unseal } from '../../src/auth/sealed.js';
import { z } from 'zod';
import { requireTenant, tenantTx, type Context, type Services } from '../../src/context.js';
import { ValidationError } from '../../src/errors.js';
import { isUuid, newId } from '../../src/ids.js';
import { keysetPage, type PageArgs } from '../../src/graphql/pagination.js';
import { loadById } from '../../src/graphql/loaders.js';
import { isCurrency } from '../../src/money.js';
import { parseInput } from '../../src/validation.js';
import { hashSecret, randomSecret } from '../../src/auth/secrets.js';
import { playerExists } from '../identity/index.js';
import { DIALECTS } from './dialects/index.js';
import { GameSessionPlayerNotFoundError, UnknownDialectError } from './seamless.errors.js';

/** How long a game session's token is good for bets and balance (wins and rollbacks: always). */
export const DEFAULT_SESSION_TTL_SECONDS = 30 * 60;

// ---------------------------------------------------------------- game sessions

const sessionInput = z.object({
  playerId: z.string().uuid(),
  gameId: z.string().min(1).max(128),
  currency: z.string().refine(isCurrency, 'must be an ISO 4217 code'),
  /** Overrides DEFAULT_SESSION_TTL_SECONDS (the games module may take it from its catalogue). */
  ttlSeconds: z.number().int().min(1).max(86_400).optional(),
});

/**
 * Opens a game session for a player of the context's tenant: the token the game client hands
 * to the aggregator, which sends it back on every callback. Only its SHA-256 is stored.
 */
export async function createGameSession(
  ctx: Context,
  input: { playerId: string; gameId: string; currency: string; ttlSeconds?: number },
): Promise<{ token: string; expiresAt: Date }> {
  const data = parseInput(sessionInput, input);
  const tenant = requireTenant(ctx);
  if (!tenant.currencies.includes(data.currency)) {
    throw new ValidationError([{ path: ['input', 'currency'], message: `is not a currency of this tenant` }]);
  }
  const token = randomSecret(32);
  const ttl = data.ttlSeconds ?? DEFAULT_SESSION_TTL_SECONDS;
  const expiresAt = await tenantTx(ctx, async (tx) => {
    if (!(await playerExists(tx.em, data.playerId))) throw new GameSessionPlayerNotFoundError(data.playerId);
    const [row] = await tx.em.execute<{ expires_at: Date }[]>(
      `insert into seamless_session (id, tenant_id, token_hash, player_id, game_id, currency, expires_at)
       values (?, ?, ?, ?, ?, ?, now() + make_interval(secs => ?::int)) returning expires_at`,
      [newId(), tx.tenantId, hashSecret(token), data.playerId, data.gameId, data.currency, ttl],
    );
    return row!.expires_at;
  });
  return { token, expiresAt: new Date(expiresAt) };
}

// ---------------------------------------------------------------- providers

export type ProviderAuth = 'HMAC_SHA256' | 'RSA_SHA256';

export interface ProviderRow {
  id: string;
  tenant_id: string;
  code: string;
  dialect: string;
  auth: ProviderAuth;
  hmac_secret: string | null;
  public_key: string | null;
  currencies: string[];
  enabled: boolean;
  /** The aggregator's operator API (free-bet rewards): its base URL, our operator id there, our private key (sealed at rest). */
  operator_api_url: string | null;
  operator_id: string | null;
  operator_private_key: string | null;
  created_at: Date;
  updated_at: Date;
}

/** A provider as the API shows it: never the secret nor the key, only a fingerprint of it. */
export interface ProviderView {
  id: string;
  code: string;
  dialect: string;
  auth: ProviderAuth;
  currencies: string[];
  enabled: boolean;
  keyFingerprint: string;
  /** The operator API we call (free-bet rewards), without the key: only its public half's fingerprint. */
  operatorApi: { url: string; operatorRef: string; keyFingerprint: string } | null;
  createdAt: Date;
  updatedAt: Date;
}

/** The HMAC secret is stored sealed (src/auth/sealed.ts): the tenant and provider code are its additional data. */
const secretAad = (tenantId: string, code: string) => `seamless-provider:${tenantId}:${code}`;

function sealSecret(secretsKey: string, tenantId: string, code: string, secret: string): string {
  return seal(secretsKey, secretAad(tenantId, code), secret).toString('base64');
}

/** The operator API's private key is sealed under additional data of its own. */
const operatorKeyAad = (tenantId: string, code: string) => `seamless-operator-key:${tenantId}:${code}`;

/** The provider row with its HMAC secret and operator key in the clear (for signing and verifying; never shown). */
function opened(secretsKey: string, row: ProviderRow): ProviderRow {
  const open = (sealed: string | null, aad: string) => (sealed ? unseal(secretsKey, aad, Buffer.from(sealed, 'base64')) : null);
  return {
    ...row,
    hmac_secret: open(row.hmac_secret, secretAad(row.tenant_id, row.code)),
    operator_private_key: open(row.operator_private_key, operatorKeyAad(row.tenant_id, row.code)),
  };
}

const fingerprintOf = (material: string) => createHash('sha256').update(material).digest('hex').slice(0, 16);

/** The API's view of a provider whose secret is already opened. */
export function viewOf(row: ProviderRow): ProviderView {
  const material = row.auth === 'HMAC_SHA256' ? row.hmac_secret! : row.public_key!;
  return {
    id: row.id,
    code: row.code,
    dialect: row.dialect,
    auth: row.auth,
    currencies: row.currencies,
    enabled: row.enabled,
    keyFingerprint: fingerprintOf(material),
    operatorApi: row.operator_api_url && row.operator_id && row.operator_private_key
      ? {
          url: row.operator_api_url,
          operatorRef: row.operator_id,
          keyFingerprint: fingerprintOf(createPublicKey(row.operator_private_key).export({ type: 'spki', format: 'pem' }).toString()),
        }
      : null,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
  };
}

const providerInput = z
  .object({
    code: z.string().regex(/^[a-z0-9][a-z0-9_-]{1,39}$/, 'must be 2-40 of a-z, 0-9, _ and - starting with a letter or digit'),
    dialect: z.string(),
    auth: z.enum(['HMAC_SHA256', 'RSA_SHA256']),
    hmacSecret: z.string().min(32, 'must be at least 32 characters').max(512).nullish(),
    publicKey: z.string().max(8192).nullish(),
    currencies: z.array(z.string().refine(isCurrency, 'must be an ISO 4217 code')).min(1).max(50),
    enabled: z.boolean().nullish(),
    operatorApi: z
      .object({
        url: z.string().url('must be an http(s) URL').max(2000).refine((u) => /^https?:\/\//.test(u), 'must be an http(s) URL'),
        operatorRef: z.string().min(1).max(64),
        privateKey: z.string().max(16384),
      })
      .nullish(),
  })
  .refine((p) => (p.auth === 'HMAC_SHA256' ? !!p.hmacSecret && !p.publicKey : !!p.publicKey && !p.hmacSecret), {
    message: 'HMAC_SHA256 takes hmacSecret only, RSA_SHA256 publicKey only',
    path: ['auth'],
  });
export type SetProviderInput = z.input<typeof providerInput>;

/** Creates or replaces a provider of the tenant (by code). The secret or key is write-only. */
export async function setGameProvider(ctx: Context, input: SetProviderInput): Promise<ProviderView> {
  const data = parseInput(providerInput, input);
  const tenant = requireTenant(ctx);
  if (!DIALECTS[data.dialect]) throw new UnknownDialectError(data.dialect);
  const foreign = data.currencies.filter((c) => !tenant.currencies.includes(c));
  if (foreign.length) throw new ValidationError([{ path: ['input', 'currencies'], message: `${foreign.join(', ')} not a currency of this tenant` }]);
  if (data.operatorApi) {
    try {
      const key = createPrivateKey(data.operatorApi.privateKey);
      if (key.asymmetricKeyType !== 'rsa') throw new Error('not RSA');
    } catch {
      throw new ValidationError([{ path: ['input', 'operatorApi', 'privateKey'], message: 'must be an RSA private key in PEM' }]);
    }
  }
  if (data.publicKey) {
    try {
      const key = createPublicKey(data.publicKey);
      if (key.asymmetricKeyType !== 'rsa') throw new Error('not RSA');
    } catch {
      throw new ValidationError([{ path: ['input', 'publicKey'], message: 'must be an RSA public key in PEM' }]);
    }
  }
  const row = await tenantTx(ctx, async (tx) => {
    const [saved] = await tx.em.execute<ProviderRow[]>(
      `insert into seamless_provider (id, tenant_id, code, dialect, auth, hmac_secret, public_key, currencies, enabled,
         operator_api_url, operator_id, operator_private_key)
       values (?, ?, ?, ?, ?, ?, ?, ?::text[], ?, ?, ?, ?)
       on conflict (tenant_id, code) do update set dialect = excluded.dialect, auth = excluded.auth,
         hmac_secret = excluded.hmac_secret, public_key = excluded.public_key, currencies = excluded.currencies,
         enabled = excluded.enabled, operator_api_url = excluded.operator_api_url, operator_id = excluded.operator_id,
         operator_private_key = excluded.operator_private_key, updated_at = now()
       returning *`,
      [newId(), tx.tenantId, data.code, data.dialect, data.auth,
        data.hmacSecret ? sealSecret(ctx.services.config.secretsEncryptionKey, tx.tenantId, data.code, data.hmacSecret) : null, data.publicKey ?? null,
        `{${[...new Set(data.currencies)].join(',')}}`, data.enabled ?? true,
        data.operatorApi?.url ?? null, data.operatorApi?.operatorRef ?? null,
        data.operatorApi ? seal(ctx.services.config.secretsEncryptionKey, operatorKeyAad(tx.tenantId, data.code), data.operatorApi.privateKey).toString('base64') : null],
    );
    const view = viewOf(opened(ctx.services.config.secretsEncryptionKey, saved!));
    await tx.audit({
      action: 'seamless.provider.set',
      target: { type: 'GameProvider', id: view.id },
      diff: { code: view.code, dialect: view.dialect, auth: view.auth, currencies: view.currencies, enabled: view.enabled, keyFingerprint: view.keyFingerprint, operatorApi: view.operatorApi },
    });
    return saved!;
  });
  await ctx.services.lookups.invalidate(providerTag(row.tenant_id, row.code));
  return viewOf(opened(ctx.services.config.secretsEncryptionKey, row));
}

/** The tenant's game aggregators by code, both directions, with their count. */
export function listGameProviders(ctx: Context, args: PageArgs) {
  return keysetPage<ProviderView>(args, {
    keyOf: (p) => p.code,
    fetch: async (window) => {
      const rows = await tenantTx(ctx, (tx) =>
        tx.em.execute<ProviderRow[]>(
          `select * from seamless_provider where tenant_id = ? and (?::text is null or code > ?) and (?::text is null or code < ?)
           order by code ${window.backward ? 'desc' : 'asc'} limit ?`,
          [tx.tenantId, window.after ?? null, window.after ?? null, window.before ?? null, window.before ?? null, window.limit],
        ),
      );
      return rows.map((row) => viewOf(opened(ctx.services.config.secretsEncryptionKey, row)));
    },
    count: async () => {
      const [row] = await tenantTx(ctx, (tx) => tx.em.execute<{ n: string }[]>(`select count(*) as n from seamless_provider where tenant_id = ?`, [tx.tenantId]));
      return Number(row!.n);
    },
  });
}

async function providersByIds(ctx: Context, ids: readonly string[]): Promise<ReadonlyMap<string, ProviderView>> {
  const valid = ids.filter(isUuid);
  if (valid.length === 0) return new Map();
  const rows = await tenantTx(ctx, (tx) => tx.em.execute<ProviderRow[]>(`select * from seamless_provider where tenant_id = ? and id = any(?::uuid[])`, [tx.tenantId, `{${valid.join(',')}}`]));
  return new Map(rows.map((row) => [row.id, viewOf(opened(ctx.services.config.secretsEncryptionKey, row))]));
}

/** A game aggregator of the tenant by id, batched per operation. */
export function loadGameProvider(ctx: Context, id: string | null | undefined): Promise<ProviderView | null> {
  return loadById(ctx, 'seamless.gameProvider', providersByIds, id);
}

function providerTag(tenantId: string, code: string): string {
  return `seamless-provider:${tenantId}:${code}`;
}

/** The provider of a callback (cached briefly, dropped at once on change), or null. */
export async function providerFor(services: Services, tenantId: string, code: string): Promise<ProviderRow | null> {
  return services.lookups.get(
    `seamless-provider:${tenantId}:${code}`,
    async () => {
      const { rows } = await services.sql.query<ProviderRow>('select * from seamless_provider_of($1, $2)', [tenantId, code]);
      return rows[0] ? opened(services.config.secretsEncryptionKey, rows[0]) : null;
    },
    (row) => [providerTag(tenantId, row.code), `tenant:${tenantId}`],
  );
}
