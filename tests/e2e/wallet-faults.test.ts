import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { checkLedgerInvariants, playerUuid } from '../helpers/ledger-invariants.js';
import { globalIdOf } from '../../src/graphql/ids.js';
import { expectType, newPlayer, platformAdmin } from '../helpers/world.js';
import { fundPlayer, localId, playerSelector, walletCasino, worldSelector, type Casino } from '../helpers/wallet.js';

/** Issue 13, money items: corrections on frozen accounts, balance overflow, simultaneous replays. */

let server: TestServer;
let platform: Sdk;
let owner: pg.Client;
let seq = 0;
const key = (label: string) => `faults-${label}-${Date.now()}-${++seq}`;

const casino = () => walletCasino(server, platform);
const player = playerSelector;
const world = worldSelector;

const deposit = (c: Casino, playerId: string, amount: string) => fundPlayer(c, playerId, amount, key('deposit'));

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
    const account = (await c.partner.LedgerAccounts({ filter: { ownerType: 'PLAYER' } })).ledgerAccounts!.edges[0]!.node;
    expectType((await c.tenant.admin.sdk.FreezeLedgerAccount({ input: { accountId: account.id, reason: 'chargeback review' } })).freezeLedgerAccount, 'FreezeLedgerAccountPayload');

    const reversed = await c.tenant.admin.sdk.ReverseLedgerTransaction({ input: { idempotencyKey: key('rev'), transactionId: dep.transaction.id, reason: 'deposit charged back' } });
    const reversal = expectType(reversed.reverseLedgerTransaction, 'ReverseLedgerTransactionPayload').reversal;
    const { rows } = await owner.query<{ metadata: Record<string, unknown> }>(`select metadata from ledger_transaction where id = $1`, [localId(reversal.id)]);
    expect(rows[0]!.metadata).toMatchObject({ frozenOverride: 'reversal', reason: 'deposit charged back' });
    // The player's own spending stays refused.
    const { postTransfers: spend } = await c.partner.PostTransfers({
      input: { idempotencyKey: key('bet'), code: 'BET', transfers: [{ from: world(), to: player(p.player.id), amount: '1' }] },
    });
    expectType(spend, 'AccountFrozenError');
    const { rows: acc } = await owner.query<{ balance: string; frozen: boolean }>(`select balance::text, frozen from ledger_account where id = $1`, [localId(account.id)]);
    expect(acc[0]).toEqual({ balance: '0', frozen: true });
    expect(await checkLedgerInvariants(owner, c.tenantId)).toEqual([]);
  });

  it('keeps no frozenOverride in the metadata of a reversal that touched no frozen account', async () => {
    const c = await casino();
    const p = await newPlayer(server, c.tenant);
    const dep = await deposit(c, p.player.id, '300');
    const reversed = await c.tenant.admin.sdk.ReverseLedgerTransaction({ input: { idempotencyKey: key('rev'), transactionId: dep.transaction.id, reason: 'posted in error' } });
    const reversal = expectType(reversed.reverseLedgerTransaction, 'ReverseLedgerTransactionPayload').reversal;
    const { rows } = await owner.query<{ metadata: Record<string, unknown> }>(`select metadata from ledger_transaction where id = $1`, [localId(reversal.id)]);
    expect(rows[0]!.metadata).not.toHaveProperty('frozenOverride');
  });
});

const MAX = (2n ** 63n - 1n).toString();
const provider = (ownerRef: string, currency = 'EUR') => ({ ownerType: 'PROVIDER' as const, ownerRef, currency });

/** Rows and money of the tenant: a refused request must leave all of it as it was (but empty accounts it opened). */
async function footprint(tenantId: string) {
  const { rows } = await owner.query<{ tx: string; entries: string; events: string; accounts: string }>(
    `select (select count(*) from ledger_transaction where tenant_id = $1)::text as tx,
            (select count(*) from ledger_entry where tenant_id = $1)::text as entries,
            (select count(*) from outbox_event where tenant_id = $1)::text as events,
            -- An owner's account opened by a refused posting stays open, empty and untouched (docs/wallet.md).
            (select string_agg(id || ':' || balance || ':' || held || ':' || last_seq, ',' order by id) from ledger_account
              where tenant_id = $1 and last_seq > 0) as accounts`,
    [tenantId],
  );
  return rows[0]!;
}

async function accountIdOf(tenantId: string, ownerType: string, ownerId: string): Promise<string> {
  const { rows } = await owner.query<{ id: string }>(`select id from ledger_account where tenant_id = $1 and owner_type = $2 and owner_id = $3 and kind = 'CASH'`, [tenantId, ownerType, ownerId]);
  return rows[0]!.id;
}

async function transfer(c: Casino, transfers: { from: object; to: object; amount: string }[], code = 'TOPUP') {
  const { postTransfers } = await c.partner.PostTransfers({ input: { idempotencyKey: key('t'), code, transfers } });
  return postTransfers;
}

describe('balance overflow (BALANCE_OVERFLOW)', () => {
  it('refuses a credit past 2^63 − 1, and a posting whose legs sum past it, naming the account, with nothing written', async () => {
    const c = await casino();
    const p = await newPlayer(server, c.tenant);
    expectType(await transfer(c, [{ from: provider('a'), to: player(p.player.id), amount: MAX }]), 'PostTransfersPayload');
    const playerAccount = await accountIdOf(c.tenantId, 'PLAYER', playerUuid(p.player));
    await transfer(c, [{ from: provider('b'), to: provider('c'), amount: '1' }]);
    const before = await footprint(c.tenantId);
    const credit = expectType(await transfer(c, [{ from: provider('b'), to: player(p.player.id), amount: '1' }]), 'BalanceOverflowError');
    expect(credit).toMatchObject({ code: 'BALANCE_OVERFLOW', ledgerAccount: { id: globalIdOf('LedgerAccount', playerAccount) } });
    expect(await footprint(c.tenantId)).toEqual(before);

    const q = await newPlayer(server, c.tenant);
    await transfer(c, [{ from: provider('b'), to: player(q.player.id), amount: '1' }]);
    const qAccount = await accountIdOf(c.tenantId, 'PLAYER', playerUuid(q.player));
    const before2 = await footprint(c.tenantId);
    const summed = await transfer(c, [
      { from: provider('d'), to: player(q.player.id), amount: MAX },
      { from: provider('e'), to: player(q.player.id), amount: MAX },
    ]);
    expect(expectType(summed, 'BalanceOverflowError').ledgerAccount?.id).toBe(globalIdOf('LedgerAccount', qAccount));
    expect(await footprint(c.tenantId)).toEqual(before2);
    expect(await checkLedgerInvariants(owner, c.tenantId)).toEqual([]);
  });

  it('refuses a hold whose held amount would pass 2^63 − 1, and a capture, reversal or adjustment that would overflow', async () => {
    const c = await casino();
    // Holds: an UNBOUNDED account has no floor, so only held + amount can stop it.
    expectType((await c.partner.ReserveHold({ input: { idempotencyKey: key('h'), account: provider('h'), amount: MAX } })).reserveHold, 'ReserveHoldPayload');
    const providerAccount = await accountIdOf(c.tenantId, 'PROVIDER', 'h');
    let before = await footprint(c.tenantId);
    const hold = expectType((await c.partner.ReserveHold({ input: { idempotencyKey: key('h'), account: provider('h'), amount: '1' } })).reserveHold, 'BalanceOverflowError');
    expect(hold.ledgerAccount?.id).toBe(globalIdOf('LedgerAccount', providerAccount));
    expect(await footprint(c.tenantId)).toEqual(before);

    // A capture into an account at the maximum.
    const full = await newPlayer(server, c.tenant);
    const payer = await newPlayer(server, c.tenant);
    await transfer(c, [{ from: provider('x'), to: player(full.player.id), amount: MAX }]);
    await transfer(c, [{ from: provider('x2'), to: player(payer.player.id), amount: '10' }]);
    const fullAccount = await accountIdOf(c.tenantId, 'PLAYER', playerUuid(full.player));
    const reserved = expectType((await c.partner.ReserveHold({ input: { idempotencyKey: key('h'), account: player(payer.player.id), amount: '5' } })).reserveHold, 'ReserveHoldPayload');
    before = await footprint(c.tenantId);
    const captured = await c.partner.CaptureHold({ input: { idempotencyKey: key('cap'), holdId: reserved.hold.id, to: player(full.player.id), code: 'PAYOUT' } });
    expect(expectType(captured.captureHold, 'BalanceOverflowError').ledgerAccount?.id).toBe(globalIdOf('LedgerAccount', fullAccount));
    expect(await footprint(c.tenantId)).toEqual(before);

    // A reversal that would credit an account back past the maximum.
    const r = await newPlayer(server, c.tenant);
    await transfer(c, [{ from: provider('y'), to: player(r.player.id), amount: '5' }]);
    const spent = expectType(await transfer(c, [{ from: player(r.player.id), to: provider('z'), amount: '5' }], 'BET'), 'PostTransfersPayload');
    await transfer(c, [{ from: provider('y2'), to: player(r.player.id), amount: MAX }]);
    const rAccount = await accountIdOf(c.tenantId, 'PLAYER', playerUuid(r.player));
    before = await footprint(c.tenantId);
    const reversal = await c.tenant.admin.sdk.ReverseLedgerTransaction({ input: { idempotencyKey: key('rev'), transactionId: spent.transaction.id, reason: 'bet voided' } });
    expect(expectType(reversal.reverseLedgerTransaction, 'BalanceOverflowError').ledgerAccount?.id).toBe(globalIdOf('LedgerAccount', rAccount));
    expect(await footprint(c.tenantId)).toEqual(before);

    // An instant adjustment crediting an account at the maximum.
    expectType((await c.tenant.admin.sdk.SetWalletApprovalThreshold({ input: { currency: 'EUR', amount: MAX } })).setWalletApprovalThreshold, 'SetWalletApprovalThresholdPayload');
    before = await footprint(c.tenantId);
    const adjusted = await c.tenant.admin.sdk.RequestWalletAdjustment({ input: { idempotencyKey: key('adj'), account: player(full.player.id), amount: '1', reason: 'goodwill credit' } });
    expect(expectType(adjusted.requestWalletAdjustment, 'BalanceOverflowError').ledgerAccount?.id).toBe(globalIdOf('LedgerAccount', fullAccount));
    expect((await footprint(c.tenantId)).tx).toBe(before.tx);
    expect(await checkLedgerInvariants(owner, c.tenantId)).toEqual([]);
  });
});
