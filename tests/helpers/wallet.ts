import type { Sdk, TestServer } from './server.js';
import { playerUuid, tenantUuid } from './ledger-invariants.js';
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

/** Account selectors as `postTransfers` takes them: a player's (by global id), the house's, the world's. */
export const playerSelector = (id: string, currency = 'EUR') => ({ ownerType: 'PLAYER' as const, ownerId: playerUuid({ id }), currency });
export const houseSelector = (currency = 'EUR') => ({ ownerType: 'HOUSE' as const, currency });
export const worldSelector = (currency = 'EUR') => ({ ownerType: 'WORLD' as const, currency });

/** Money into a player's cash from the world (a deposit as a partner posts it), under `idempotencyKey`. */
export async function fundPlayer(c: Casino, playerId: string, amount: string, idempotencyKey: string) {
  const { postTransfers } = await c.partner.PostTransfers({
    input: { idempotencyKey, code: 'DEPOSIT', transfers: [{ from: worldSelector(), to: playerSelector(playerId), amount }] },
  });
  return expectType(postTransfers, 'LedgerTransactionPayload');
}
