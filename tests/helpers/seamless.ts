import { createHmac, generateKeyPairSync, randomBytes, sign as rsaSign } from 'node:crypto';
import { systemContext } from '../../src/context.js';
import { createGameSession } from '../../modules/seamless/index.js';
import { playerUuid, tenantUuid } from './ledger-invariants.js';
import { expectType, newPlayer, type TestTenant } from './world.js';
import { playerGlobalId } from './wallet.js';
import type { Sdk, TestServer } from './server.js';

/** A Hub88 answer. */
export interface Hub88Answer {
  user: string | null;
  status: string;
  request_uuid: string | null;
  currency: string | null;
  balance?: number;
}

export interface Aggregator {
  code: string;
  tenant: TestTenant;
  /** The signature of a raw body, as the aggregator makes it (base64). */
  sign(body: string): string;
  /** The shared secret (HMAC providers), to check it never shows up anywhere. */
  secret: string | null;
  /** POSTs a callback; `signature: null` sends none, a string sends that one. */
  call(operation: string, body: unknown, options?: { signature?: string | null; raw?: string }): Promise<{ status: number; answer: Hub88Answer }>;
}

/** Registers a Hub88 provider for the tenant (through the staff API) and returns its client. */
export async function newAggregator(server: TestServer, tenant: TestTenant, auth: 'HMAC_SHA256' | 'RSA_SHA256' = 'HMAC_SHA256', code = `hub88-${randomBytes(3).toString('hex')}`): Promise<Aggregator> {
  let sign: (body: string) => string;
  let input: { hmacSecret?: string; publicKey?: string };
  if (auth === 'HMAC_SHA256') {
    const secret = randomBytes(32).toString('base64url');
    sign = (body) => createHmac('sha256', secret).update(body).digest('base64');
    input = { hmacSecret: secret };
  } else {
    const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    sign = (body) => rsaSign('sha256', Buffer.from(body), privateKey).toString('base64');
    input = { publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString() };
  }
  const { setGameProvider } = await tenant.admin.sdk.SetGameProvider({ input: { code, dialect: 'HUB88', auth, currencies: ['EUR', 'USD'], ...input } });
  expectType(setGameProvider, 'SetGameProviderPayload');
  return {
    code,
    tenant,
    sign,
    secret: input.hmacSecret ?? null,
    call: async (operation, body, options = {}) => {
      const raw = options.raw ?? JSON.stringify(body);
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      const signature = options.signature === undefined ? sign(raw) : options.signature;
      if (signature !== null) headers['x-hub88-signature'] = signature;
      const response = await fetch(`${server.url}/seamless/${tenant.slug}/${code}/${operation}`, { method: 'POST', headers, body: raw });
      return { status: response.status, answer: (await response.json()) as Hub88Answer };
    },
  };
}

/**
 * Puts a game in the tenant's catalogue (through the staff API), enabled in EUR and USD: a bet
 * must name one (Hub88's game_code is the game's externalId).
 */
export async function catalogueGame(tenant: TestTenant, externalId: string, enabled = true): Promise<void> {
  const { addGame } = await tenant.admin.sdk.AddGame({
    input: { provider: 'hub88', externalRef: externalId, name: externalId, category: 'SLOTS', currencies: ['EUR', 'USD'], launchUrl: 'https://games.test/launch?token={token}', enabled },
  });
  expectType(addGame, 'AddGamePayload');
}

/** Hub88 counts 1/100000 of a currency unit: its units per minor unit of a two-decimal currency (EUR cents). */
export const HUB88_PER_CENT = 1000;

/** A game session token for a player of the tenant, made as the games module would. */
export async function sessionFor(server: TestServer, tenant: TestTenant, playerId: string, currency = 'EUR', ttlSeconds?: number): Promise<string> {
  const services = server.platform.services;
  const ref = await services.tenants.byId(services, tenantUuid(tenant));
  const { token } = await createGameSession(systemContext(services, ref), { playerId, gameId: 'starburst', currency, ...(ttlSeconds ? { ttlSeconds } : {}) });
  return token;
}

/** A partner key of the tenant that may post transfers (to fund players). */
export async function partnerOf(server: TestServer, tenant: TestTenant): Promise<Sdk> {
  const created = await tenant.admin.sdk.CreateApiKey({ input: { name: 'cashier', permissions: ['WALLET_POST', 'WALLET_READ'] } });
  return server.sdk({ 'x-api-key': expectType(created.createApiKey, 'CreateApiKeyPayload').key });
}

let funding = 0;
/** Credits a player's CASH and BONUS from WORLD. */
export async function fund(partner: Sdk, playerId: string, cash: number, bonus = 0, currency = 'EUR'): Promise<void> {
  for (const [kind, amount] of [['CASH', cash], ['BONUS', bonus]] as const) {
    if (amount <= 0) continue;
    const { postTransfers } = await partner.PostTransfers({
      input: {
        idempotencyKey: `fund-${Date.now()}-${++funding}-${randomBytes(4).toString('hex')}`,
        code: kind === 'CASH' ? 'DEPOSIT' : 'BONUS_GRANT',
        transfers: [{ from: { ownerType: 'WORLD', currency }, to: { ownerType: 'PLAYER', ownerId: playerGlobalId(playerId), currency, kind }, amount: String(amount) }],
      },
    });
    expectType(postTransfers, 'PostTransfersPayload');
  }
}

/** A registered player with a session, funded. */
export async function seatedPlayer(server: TestServer, tenant: TestTenant, partner: Sdk, cash: number, bonus = 0) {
  const registered = await newPlayer(server, tenant);
  const id = playerUuid(registered.player);
  await fund(partner, id, cash, bonus);
  const token = await sessionFor(server, tenant, id);
  return { id, token, registered };
}
