import type { Sdk, TestServer } from './server.js';
import { tenantUuid } from './ledger-invariants.js';
import { globalIdOf } from '../../src/graphql/ids.js';
import { isUuid } from '../../src/ids.js';
import { expectType, newTenant, type TestTenant } from './world.js';

/** A tenant of the wallet tests, with a partner API key that posts and reads (a game aggregator). */
export interface Casino {
  tenant: TestTenant;
  tenantId: string;
  partner: Sdk;
}

export async function walletCasino(server: TestServer, platform: Sdk): Promise<Casino> {
  const tenant = await newTenant(server, platform);
  const created = await tenant.admin.sdk.CreateApiKey({ input: { name: 'game aggregator', permissions: ['WALLET_POST', 'WALLET_READ'] } });
  const partner = server.sdk({ 'x-api-key': expectType(created.createApiKey, 'CreateApiKeyPayload').key });
  return { tenant, tenantId: tenantUuid(tenant), partner };
}

/** A Player's global ID, from its global ID or its uuid (as the database and game sessions know it). */
export const playerGlobalId = (id: string) => (isUuid(id) ? globalIdOf('Player', id) : id);

/** Account selectors as `postTransfers` takes them: a player's (by global id, or by uuid turned into one), the house's, the world's. */
export const playerSelector = (id: string, currency = 'EUR') => ({ ownerType: 'PLAYER' as const, ownerId: playerGlobalId(id), currency });
export const houseSelector = (currency = 'EUR') => ({ ownerType: 'HOUSE' as const, currency });
export const worldSelector = (currency = 'EUR') => ({ ownerType: 'WORLD' as const, currency });

/** Money into a player's cash from the world (a deposit as a partner posts it), under `idempotencyKey`. */
export async function fundPlayer(c: Casino, playerId: string, amount: string, idempotencyKey: string) {
  const { postTransfers } = await c.partner.PostTransfers({
    input: { idempotencyKey, code: 'DEPOSIT', transfers: [{ from: worldSelector(), to: playerSelector(playerId), amount }] },
  });
  return expectType(postTransfers, 'PostTransfersPayload');
}

/** The signed-in player's balances with each Money as its minor units, as the tests compare them. */
export async function walletOf(sdk: Sdk): Promise<{ currency: string; cash: string; bonus: string; held: string; available: string }[]> {
  const { wallet } = await sdk.Wallet();
  return (wallet ?? []).map((w) => ({ currency: w.currency, cash: w.cash.amount, bonus: w.bonus.amount, held: w.held.amount, available: w.available.amount }));
}

export { localId } from './world.js';
