import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { checkLedgerInvariants, playerUuid, tenantUuid } from '../helpers/ledger-invariants.js';
import { expectType, newPlayer, newTenant, platformAdmin, type TestTenant } from '../helpers/world.js';

/** Issue 13, money items: corrections on frozen accounts, balance overflow, simultaneous replays. */

let server: TestServer;
let platform: Sdk;
let owner: pg.Client;
let seq = 0;
const key = (label: string) => `faults-${label}-${Date.now()}-${++seq}`;

interface Casino {
  tenant: TestTenant;
  tenantId: string;
  partner: Sdk;
}

async function casino(): Promise<Casino> {
  const tenant = await newTenant(server, platform);
  const created = await tenant.admin.sdk.CreateApiKey({ input: { name: 'game aggregator', permissions: ['WALLET_POST', 'WALLET_READ'] } });
  const partner = server.sdk({ 'x-api-key': expectType(created.createApiKey, 'CreateApiKeyPayload').key });
  return { tenant, tenantId: tenantUuid(tenant), partner };
}

const player = (id: string, currency = 'EUR') => ({ ownerType: 'PLAYER' as const, ownerId: playerUuid({ id }), currency });
const world = (currency = 'EUR') => ({ ownerType: 'WORLD' as const, currency });

async function deposit(c: Casino, playerId: string, amount: string) {
  const { postTransfers } = await c.partner.PostTransfers({
    input: { idempotencyKey: key('deposit'), code: 'DEPOSIT', transfers: [{ from: world(), to: player(playerId), amount }] },
  });
  return expectType(postTransfers, 'LedgerTransactionPayload');
}

beforeAll(async () => {
  server = await startServer();
  platform = (await platformAdmin(server)).sdk;
  owner = new pg.Client({ connectionString: inject('databaseUrl') });
  await owner.connect();
});
afterAll(async () => {
  await owner?.end();
  await server?.close();
});

describe('corrections on frozen accounts (frozenOverride)', () => {
  it('reverses a transaction whose player account is frozen, and the ledger says why', async () => {
    const c = await casino();
    const p = await newPlayer(server, c.tenant);
    const dep = await deposit(c, p.player.id, '1000');
    const account = (await c.partner.LedgerAccounts({ ownerType: 'PLAYER' })).ledgerAccounts.edges[0]!.node;
    expectType((await c.tenant.admin.sdk.FreezeLedgerAccount({ id: account.id, reason: 'chargeback review' })).freezeLedgerAccount, 'LedgerAccountPayload');

    const reversed = await c.tenant.admin.sdk.ReverseLedgerTransaction({ idempotencyKey: key('rev'), transactionId: dep.transaction.id, reason: 'deposit charged back' });
    const reversal = expectType(reversed.reverseLedgerTransaction, 'LedgerTransactionPayload').transaction;
    const { rows } = await owner.query<{ metadata: Record<string, unknown> }>(`select metadata from ledger_transaction where id = $1`, [reversal.id]);
    expect(rows[0]!.metadata).toMatchObject({ frozenOverride: 'reversal', reason: 'deposit charged back' });
    // The player's own spending stays refused.
    const { postTransfers: spend } = await c.partner.PostTransfers({
      input: { idempotencyKey: key('bet'), code: 'BET', transfers: [{ from: world(), to: player(p.player.id), amount: '1' }] },
    });
    expectType(spend, 'AccountFrozenError');
    const { rows: acc } = await owner.query<{ balance: string; frozen: boolean }>(`select balance::text, frozen from ledger_account where id = $1`, [account.id]);
    expect(acc[0]).toEqual({ balance: '0', frozen: true });
    expect(await checkLedgerInvariants(owner, c.tenantId)).toEqual([]);
  });

  it('keeps no frozenOverride in the metadata of a reversal that touched no frozen account', async () => {
    const c = await casino();
    const p = await newPlayer(server, c.tenant);
    const dep = await deposit(c, p.player.id, '300');
    const reversed = await c.tenant.admin.sdk.ReverseLedgerTransaction({ idempotencyKey: key('rev'), transactionId: dep.transaction.id, reason: 'posted in error' });
    const reversal = expectType(reversed.reverseLedgerTransaction, 'LedgerTransactionPayload').transaction;
    const { rows } = await owner.query<{ metadata: Record<string, unknown> }>(`select metadata from ledger_transaction where id = $1`, [reversal.id]);
    expect(rows[0]!.metadata).not.toHaveProperty('frozenOverride');
  });
});
