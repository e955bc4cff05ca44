import pg from 'pg';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LedgerEventsDocument, WalletUpdatedDocument, type LedgerEventsSubscription, type WalletUpdatedSubscription } from '../../codegen/sdk.js';
import { expireDueHolds } from '../../modules/wallet/index.js';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { graphqlError } from '../helpers/errors.js';
import { collect, settle } from '../helpers/subscriptions.js';
import { checkLedgerInvariants } from '../helpers/ledger-invariants.js';
import { expectType, newPlayer, newStaff, platformAdmin } from '../helpers/world.js';
import { fundPlayer, houseSelector, playerSelector, walletCasino, worldSelector, type Casino } from '../helpers/wallet.js';

let server: TestServer;
let platform: Sdk;
let owner: pg.Client;
let seq = 0;
const key = (label: string) => `test-${label}-${Date.now()}-${++seq}`;

const casino = () => walletCasino(server, platform);
const player = playerSelector;
const house = houseSelector;
const world = worldSelector;

const deposit = (c: Casino, playerId: string, amount: string) => fundPlayer(c, playerId, amount, key('deposit'));

/** A deposit as answered, whatever it is. */
async function depositAnswer(c: Casino, playerId: string, amount: string, idempotencyKey = key('deposit')) {
  const { postTransfers } = await c.partner.PostTransfers({
    input: { idempotencyKey, code: 'DEPOSIT', transfers: [{ from: world(), to: player(playerId), amount }] },
  });
  return postTransfers;
}

async function bet(c: Casino, playerId: string, amount: string, idempotencyKey = key('bet')) {
  const { postTransfers } = await c.partner.PostTransfers({
    input: { idempotencyKey, code: 'BET', transfers: [{ from: player(playerId), to: house(), amount }] },
  });
  return postTransfers;
}

/** The ledger invariants of the tenant (tests/helpers/ledger-invariants.ts): empty when they hold. */
const invariantViolations = (tenantId: string) => checkLedgerInvariants(owner, tenantId);

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

describe('wallet ledger', () => {
  it('deposits, bets and wins move money double-entry, with running balances and a statement', async () => {
    const c = await casino();
    const p = await newPlayer(server, c.tenant);
    const dep = await deposit(c, p.player.id, '10000');
    expect(dep.transaction.entries.map((e) => e.amount).sort()).toEqual(['-10000', '10000']);
    expectType(await bet(c, p.player.id, '2500'), 'LedgerTransactionPayload');
    const { postTransfers: win } = await c.partner.PostTransfers({
      input: { idempotencyKey: key('win'), code: 'WIN', transfers: [{ from: house(), to: player(p.player.id), amount: '700' }] },
    });
    expectType(win, 'LedgerTransactionPayload');

    expect((await p.sdk.Wallet()).wallet).toEqual([{ currency: 'EUR', cash: '8200', bonus: '0', held: '0', available: '8200' }]);
    const statement = (await p.sdk.WalletStatement({})).walletStatement!.edges.map((e) => e.node);
    expect(statement.map((l) => [l.code, l.amount, l.balanceAfter])).toEqual([
      ['WIN', '700', '8200'],
      ['BET', '-2500', '7500'],
      ['DEPOSIT', '10000', '10000'],
    ]);
    const bets = await p.sdk.WalletStatement({ code: 'BET' });
    expect(bets.walletStatement!.edges).toHaveLength(1);
    expect(await invariantViolations(c.tenantId)).toEqual([]);
  });

  it('answers the balance at a point in time', async () => {
    const c = await casino();
    const p = await newPlayer(server, c.tenant);
    await deposit(c, p.player.id, '5000');
    await settle(30);
    const between = new Date().toISOString();
    await settle(30);
    expectType(await bet(c, p.player.id, '1000'), 'LedgerTransactionPayload');
    expect((await p.sdk.WalletBalanceAt({ currency: 'EUR', at: between })).walletBalanceAt).toMatchObject({ cash: '5000' });
    expect((await p.sdk.WalletBalanceAt({ currency: 'EUR', at: new Date().toISOString() })).walletBalanceAt).toMatchObject({ cash: '4000' });
    expect((await p.sdk.WalletBalanceAt({ currency: 'EUR', at: '2000-01-01T00:00:00Z' })).walletBalanceAt).toMatchObject({ cash: '0' });
  });

  it('refuses an overdraft with a typed error and writes nothing', async () => {
    const c = await casino();
    const p = await newPlayer(server, c.tenant);
    await deposit(c, p.player.id, '1000');
    const before = (await owner.query(`select count(*) from ledger_transaction where tenant_id = $1`, [c.tenantId])).rows[0].count;
    expectType(await bet(c, p.player.id, '1001'), 'InsufficientFundsError');
    expect((await owner.query(`select count(*) from ledger_transaction where tenant_id = $1`, [c.tenantId])).rows[0].count).toBe(before);
    expect((await p.sdk.Wallet()).wallet![0]!.cash).toBe('1000');
  });

  it('replays an idempotency key with the original answer, refuses it for other content, and keeps failures', async () => {
    const c = await casino();
    const p = await newPlayer(server, c.tenant);
    await deposit(c, p.player.id, '1000');
    const k = key('replay');
    const first = expectType(await bet(c, p.player.id, '400', k), 'LedgerTransactionPayload');
    const again = expectType(await bet(c, p.player.id, '400', k), 'LedgerTransactionPayload');
    expect(first.replay).toBe(false);
    expect(again).toMatchObject({ replay: true, transaction: { id: first.transaction.id } });
    expectType(await bet(c, p.player.id, '401', k), 'IdempotencyConflictError');
    expect((await p.sdk.Wallet()).wallet![0]!.cash).toBe('600');

    const failing = key('fail');
    expectType(await bet(c, p.player.id, '5000', failing), 'InsufficientFundsError');
    await deposit(c, p.player.id, '10000');
    expectType(await bet(c, p.player.id, '5000', failing), 'InsufficientFundsError');
  });

  it('answers bad amounts, currencies and accounts with typed errors', async () => {
    const c = await casino();
    const p = await newPlayer(server, c.tenant);
    await deposit(c, p.player.id, '1000');
    for (const amount of ['0', '-5', '1.5', '1e3', '007', '9223372036854775808', '']) {
      const result = await bet(c, p.player.id, amount);
      expect(expectType(result, 'ValidationError').issues[0]!.path, amount).toEqual(['input', 'transfers', '0', 'amount']);
    }
    expectType(await bet(c, p.player.id, '9223372036854775807'), 'InsufficientFundsError');
    const asNumber = await graphqlError(
      c.partner.PostTransfers({ input: { idempotencyKey: key('n'), code: 'BET', transfers: [{ from: player(p.player.id), to: house(), amount: 5 as unknown as string }] } }),
    );
    expect(asNumber.code).toBe('BAD_USER_INPUT');

    const transfer = (from: object, to: object) =>
      c.partner.PostTransfers({ input: { idempotencyKey: key('x'), code: 'BET', transfers: [{ from, to, amount: '1' }] } });
    expectType((await transfer(player(p.player.id, 'XYZ'), house())).postTransfers, 'ValidationError');
    expectType((await transfer(player(p.player.id, 'JPY'), house('JPY'))).postTransfers, 'UnsupportedCurrencyError');
    expectType((await transfer(player(p.player.id, 'EUR'), house('USD'))).postTransfers, 'CurrencyMismatchError');

    const other = await casino();
    const stranger = await newPlayer(server, other.tenant);
    await deposit(other, stranger.player.id, '1000');
    expectType((await transfer(player(stranger.player.id), house())).postTransfers, 'AccountNotFoundError');
    const strangersAccount = (await other.partner.LedgerAccounts({ ownerType: 'PLAYER' })).ledgerAccounts!.edges[0]!.node.id;
    expectType((await transfer({ accountId: strangersAccount }, house())).postTransfers, 'AccountNotFoundError');
    expect((await stranger.sdk.Wallet()).wallet![0]!.cash).toBe('1000');
    expect(await invariantViolations(c.tenantId)).toEqual([]);
  });

  it('holds: reserve in one step, capture once in part, release once, expire by the database clock', async () => {
    const c = await casino();
    const p = await newPlayer(server, c.tenant);
    await deposit(c, p.player.id, '1000');
    const reserve = (amount: string, expiresInSeconds?: number) =>
      c.partner.ReserveHold({ idempotencyKey: key('hold'), account: player(p.player.id), amount, ...(expiresInSeconds ? { expiresInSeconds } : {}) });
    const hold = expectType((await reserve('600')).reserveHold, 'LedgerHoldPayload').hold;
    expect((await p.sdk.Wallet()).wallet![0]).toMatchObject({ cash: '1000', held: '600', available: '400' });
    expectType((await reserve('401')).reserveHold, 'InsufficientFundsError');
    expectType(await bet(c, p.player.id, '401'), 'InsufficientFundsError');

    const capture = (amount: string) => c.partner.CaptureHold({ idempotencyKey: key('cap'), holdId: hold.id, amount, to: house(), code: 'WITHDRAWAL' });
    expectType((await capture('601')).captureHold, 'CaptureExceedsHoldError');
    const captured = expectType((await capture('250')).captureHold, 'LedgerHoldPayload');
    expect(captured.hold).toMatchObject({ status: 'CAPTURED', captured: '250' });
    expect((await p.sdk.Wallet()).wallet![0]).toMatchObject({ cash: '750', held: '0', available: '750' });
    expect(expectType((await capture('10')).captureHold, 'HoldNotOpenError').message).toContain('captured');

    const second = expectType((await reserve('100')).reserveHold, 'LedgerHoldPayload').hold;
    expectType((await c.partner.ReleaseHold({ idempotencyKey: key('rel'), holdId: second.id })).releaseHold, 'LedgerHoldPayload');
    expectType((await c.partner.ReleaseHold({ idempotencyKey: key('rel'), holdId: second.id })).releaseHold, 'HoldNotOpenError');

    const expiring = expectType((await reserve('300', 1)).reserveHold, 'LedgerHoldPayload').hold;
    expect((await p.sdk.Wallet()).wallet![0]!.held).toBe('300');
    await settle(1200);
    await expireDueHolds(server.platform.services);
    expect((await p.sdk.Wallet()).wallet![0]).toMatchObject({ held: '0', available: '750' });
    expectType((await c.partner.ReleaseHold({ idempotencyKey: key('rel'), holdId: expiring.id })).releaseHold, 'HoldNotOpenError');
    expect(await invariantViolations(c.tenantId)).toEqual([]);
  });

  it('reverses a transaction once, linked to it, and audits it; frozen accounts move no money', async () => {
    const c = await casino();
    const p = await newPlayer(server, c.tenant);
    const dep = await deposit(c, p.player.id, '1000');
    const reverse = (id: string) => c.tenant.admin.sdk.ReverseLedgerTransaction({ idempotencyKey: key('rev'), transactionId: id, reason: 'deposit charged back' });
    const reversal = expectType((await reverse(dep.transaction.id)).reverseLedgerTransaction, 'LedgerTransactionPayload').transaction;
    expect(reversal.reversesId).toBe(dep.transaction.id);
    expect((await c.partner.LedgerTransaction({ id: dep.transaction.id })).ledgerTransaction?.reversedById).toBe(reversal.id);
    expect((await p.sdk.Wallet()).wallet![0]!.cash).toBe('0');
    expectType((await reverse(dep.transaction.id)).reverseLedgerTransaction, 'AlreadyReversedError');
    expectType((await reverse(reversal.id)).reverseLedgerTransaction, 'AlreadyReversedError');
    const audit = await c.tenant.admin.sdk.AuditEvents({ action: 'wallet.transaction.reverse' });
    expect(audit.auditEvents!.edges[0]!.node.targetRef).toBe(dep.transaction.id);

    await deposit(c, p.player.id, '500');
    const account = (await c.partner.LedgerAccounts({ ownerType: 'PLAYER' })).ledgerAccounts!.edges[0]!.node;
    const froze = await c.tenant.admin.sdk.FreezeLedgerAccount({ id: account.id, reason: 'fraud review' });
    expect(expectType(froze.freezeLedgerAccount, 'LedgerAccountPayload').account.frozen).toBe(true);
    expectType(await bet(c, p.player.id, '1'), 'AccountFrozenError');
    const { postTransfers: credit } = await c.partner.PostTransfers({
      input: { idempotencyKey: key('dep'), code: 'DEPOSIT', transfers: [{ from: world(), to: player(p.player.id), amount: '1' }] },
    });
    expectType(credit, 'AccountFrozenError');
    expectType((await c.tenant.admin.sdk.UnfreezeLedgerAccount({ id: account.id, reason: 'cleared' })).unfreezeLedgerAccount, 'LedgerAccountPayload');
    expectType(await bet(c, p.player.id, '1'), 'LedgerTransactionPayload');
    const support = await newStaff(server, platform, c.tenant.slug, ['SUPPORT']);
    expect((await graphqlError(support.sdk.FreezeLedgerAccount({ id: account.id, reason: 'nope' }))).code).toBe('FORBIDDEN');
    expect(await invariantViolations(c.tenantId)).toEqual([]);
  });

  it('never overdraws under hundreds of simultaneous debits, and every answer agrees with the end state', async () => {
    const c = await casino();
    const p = await newPlayer(server, c.tenant);
    await deposit(c, p.player.id, '100');
    const results = await Promise.all(Array.from({ length: 200 }, () => bet(c, p.player.id, '1')));
    const accepted = results.filter((r) => r.__typename === 'LedgerTransactionPayload').length;
    const refused = results.filter((r) => r.__typename === 'InsufficientFundsError').length;
    expect([accepted, refused]).toEqual([100, 100]);
    expect((await p.sdk.Wallet()).wallet![0]!.cash).toBe('0');
    expect(await invariantViolations(c.tenantId)).toEqual([]);
  });

  it('counts deposits against the player\'s responsible-gambling limits, once per key, and refuses them during self-exclusion', async () => {
    const c = await casino();
    const p = await newPlayer(server, c.tenant);
    const limit = await p.sdk.SetResponsibleGamblingLimit({ input: { kind: 'DEPOSIT', currency: 'EUR', period: 'DAY', amount: '1000' } });
    expectType(limit.setResponsibleGamblingLimit, 'SetResponsibleGamblingLimitPayload');
    const first = key('deposit');
    expectType(await depositAnswer(c, p.player.id, '600', first), 'LedgerTransactionPayload');
    // A replay is the same deposit: it is not counted again.
    expect(expectType(await depositAnswer(c, p.player.id, '600', first), 'LedgerTransactionPayload').replay).toBe(true);
    expect(expectType(await depositAnswer(c, p.player.id, '600'), 'DepositLimitReachedError').code).toBe('DEPOSIT_LIMIT_REACHED');
    expect((await p.sdk.Wallet()).wallet![0]!.cash).toBe('600');
    expectType(await depositAnswer(c, p.player.id, '400'), 'LedgerTransactionPayload');
    expect(expectType(await depositAnswer(c, p.player.id, '1'), 'DepositLimitReachedError').code).toBe('DEPOSIT_LIMIT_REACHED');

    const excluded = await newPlayer(server, c.tenant);
    expectType((await excluded.sdk.SelfExclude({ months: 6 })).selfExclude, 'SelfExcludePayload');
    expect(expectType(await depositAnswer(c, excluded.player.id, '10'), 'SelfExcludedError').code).toBe('SELF_EXCLUDED');
    expect(await invariantViolations(c.tenantId)).toEqual([]);
  });

  it('posts once for one idempotency key sent many times at once, with other requests in the same batches', async () => {
    const c = await casino();
    const p = await newPlayer(server, c.tenant);
    await deposit(c, p.player.id, '1000');
    const shared = key('shared');
    // The same key lands in one batch (later copies wait for the next) and in batches running
    // side by side (the loser fails on the unique index and its requests are posted one by one).
    const calls = Array.from({ length: 60 }, (_, i) => (i % 3 === 0 ? bet(c, p.player.id, '7', shared) : bet(c, p.player.id, '1')));
    const results = await Promise.all(calls);
    const sharedAnswers = results.filter((_, i) => i % 3 === 0).map((r) => expectType(r, 'LedgerTransactionPayload'));
    expect(new Set(sharedAnswers.map((r) => r.transaction.id)).size).toBe(1);
    expect(sharedAnswers.filter((r) => !r.replay)).toHaveLength(1);
    expect(results.filter((_, i) => i % 3 !== 0).every((r) => r.__typename === 'LedgerTransactionPayload')).toBe(true);
    expect((await p.sdk.Wallet()).wallet![0]!.cash).toBe(String(1000 - 7 - 40));
    expect(await invariantViolations(c.tenantId)).toEqual([]);
  });

  it('takes simultaneous wins from one house account for many players without deadlock or loss', async () => {
    const c = await casino();
    const players = await Promise.all(Array.from({ length: 8 }, () => newPlayer(server, c.tenant)));
    const wins = players.flatMap((p) =>
      Array.from({ length: 25 }, () =>
        c.partner.PostTransfers({ input: { idempotencyKey: key('win'), code: 'WIN', transfers: [{ from: house(), to: player(p.player.id), amount: '3' }] } }),
      ),
    );
    const results = await Promise.all(wins);
    expect(results.every((r) => r.postTransfers.__typename === 'LedgerTransactionPayload')).toBe(true);
    for (const p of players) expect((await p.sdk.Wallet()).wallet![0]!.cash).toBe('75');
    expect(await invariantViolations(c.tenantId)).toEqual([]);
  });

  it('gives posting transactions open side by side distinct house stripes, each keeping its own to its end', async () => {
    const c = await casino();
    const sessions = await Promise.all(Array.from({ length: 3 }, async () => {
      const client = new pg.Client({ connectionString: inject('databaseUrl') });
      await client.connect();
      await client.query('begin');
      return client;
    }));
    const stripeOf = async (client: pg.Client) =>
      (await client.query<{ s: number }>('select ledger_house_stripe($1, $2, $3) as s', [c.tenantId, 'EUR', 16])).rows[0]!.s;
    try {
      const first = await Promise.all(sessions.map(stripeOf));
      expect(new Set(first).size).toBe(3);
      expect(await Promise.all(sessions.map(stripeOf))).toEqual(first);
      // Committed, a stripe is free again: the same session starts from its own stripe.
      await sessions[0]!.query('commit');
      await sessions[0]!.query('begin');
      expect(await stripeOf(sessions[0]!)).toBe(first[0]);
      // Three transactions, two stripes: both stripes are taken, and the third shares one (the
      // house row's lock orders it).
      const few = await Promise.all(sessions.map((client) => client.query<{ s: number }>('select ledger_house_stripe($1, $2, 2) as s', [c.tenantId, 'GBP'])));
      expect(new Set(few.map((r) => r.rows[0]!.s))).toEqual(new Set([0, 1]));
    } finally {
      await Promise.all(sessions.map(async (client) => {
        await client.query('rollback');
        await client.end();
      }));
    }
  });

  it('pushes each change of a player\'s own wallet to them, in order, and every change to staff; nothing for a failure', async () => {
    const c = await casino();
    const [p, other] = [await newPlayer(server, c.tenant), await newPlayer(server, c.tenant)];
    const mine = collect<WalletUpdatedSubscription>(server.ws({ authorization: `Bearer ${p.token}` }), print(WalletUpdatedDocument));
    const staff = collect<LedgerEventsSubscription>(server.ws({ authorization: `Bearer ${c.tenant.admin.token}` }), print(LedgerEventsDocument));
    await settle();
    await deposit(c, p.player.id, '100');
    await deposit(c, other.player.id, '100');
    expectType(await bet(c, p.player.id, '1000'), 'InsufficientFundsError');
    expectType(await bet(c, p.player.id, '30'), 'LedgerTransactionPayload');
    const events = await mine.waitFor(2);
    expect(events.map((e) => [e.walletUpdated.seq, e.walletUpdated.balance, e.walletUpdated.code])).toEqual([
      [1, '100', 'DEPOSIT'],
      [2, '70', 'BET'],
    ]);
    await staff.waitFor(6);
    await settle(300);
    expect(mine.received).toHaveLength(2);
    expect(staff.received.map((e) => e.ledgerEvents.ownerType).sort()).toEqual(['HOUSE', 'PLAYER', 'PLAYER', 'PLAYER', 'WORLD', 'WORLD']);
  });
});

describe('staff adjustments (maker-checker)', () => {
  it('applies at once up to the tenant threshold, and above it only with a second staff member\'s approval', async () => {
    const c = await casino();
    const p = await newPlayer(server, c.tenant);
    const maker = await newStaff(server, platform, c.tenant.slug, ['FINANCE']);
    const checker = await newStaff(server, platform, c.tenant.slug, ['RISK']);
    const request = (amount: string) =>
      maker.sdk.RequestWalletAdjustment({ idempotencyKey: key('adj'), account: player(p.player.id), amount, reason: 'goodwill credit' });

    const unset = expectType((await request('100')).requestWalletAdjustment, 'WalletAdjustmentPayload').adjustment;
    expect(unset.status).toBe('PENDING');
    expect((await p.sdk.Wallet()).wallet![0]!.cash).toBe('0');

    expectType((await c.tenant.admin.sdk.SetWalletApprovalThreshold({ currency: 'EUR', amount: '500' })).setWalletApprovalThreshold, 'WalletApprovalThresholdPayload');
    const small = expectType((await request('500')).requestWalletAdjustment, 'WalletAdjustmentPayload').adjustment;
    expect(small).toMatchObject({ status: 'APPLIED', decidedBy: small.requestedBy });
    const big = expectType((await request('501')).requestWalletAdjustment, 'WalletAdjustmentPayload').adjustment;
    expect(big.status).toBe('PENDING');
    expect((await p.sdk.Wallet()).wallet![0]!.cash).toBe('500');

    expectType((await maker.sdk.ApproveWalletAdjustment({ idempotencyKey: key('ok'), adjustmentId: big.id })).approveWalletAdjustment, 'SelfApprovalError');
    const approved = expectType((await checker.sdk.ApproveWalletAdjustment({ idempotencyKey: key('ok'), adjustmentId: big.id })).approveWalletAdjustment, 'WalletAdjustmentPayload');
    expect(approved.adjustment).toMatchObject({ status: 'APPLIED', requestedBy: big.requestedBy });
    expect(approved.adjustment.decidedBy).not.toBe(big.requestedBy);
    expect((await p.sdk.Wallet()).wallet![0]!.cash).toBe('1001');
    expectType((await checker.sdk.ApproveWalletAdjustment({ idempotencyKey: key('ok'), adjustmentId: big.id })).approveWalletAdjustment, 'AdjustmentNotPendingError');

    const rejected = await checker.sdk.RejectWalletAdjustment({ idempotencyKey: key('no'), adjustmentId: unset.id, note: 'not justified' });
    expect(expectType(rejected.rejectWalletAdjustment, 'WalletAdjustmentPayload').adjustment.status).toBe('REJECTED');
    expect((await p.sdk.Wallet()).wallet![0]!.cash).toBe('1001');

    const debit = expectType((await request('-2000')).requestWalletAdjustment, 'WalletAdjustmentPayload').adjustment;
    expectType((await checker.sdk.ApproveWalletAdjustment({ idempotencyKey: key('ok'), adjustmentId: debit.id })).approveWalletAdjustment, 'InsufficientFundsError');
    expect((await maker.sdk.WalletAdjustments({ status: 'PENDING' })).walletAdjustments!.edges.map((e) => e.node.id)).toEqual([debit.id]);

    const actions = (await c.tenant.admin.sdk.AuditEvents({ first: 100 })).auditEvents!.edges.map((e) => e.node.action);
    expect(actions.filter((a) => a.startsWith('wallet.'))).toEqual(
      expect.arrayContaining(['wallet.threshold.set', 'wallet.adjustment.request', 'wallet.adjustment.approve', 'wallet.adjustment.reject']),
    );
    const support = await newStaff(server, platform, c.tenant.slug, ['SUPPORT']);
    expect((await graphqlError(support.sdk.RequestWalletAdjustment({ idempotencyKey: key('x'), account: player(p.player.id), amount: '1', reason: 'nope' }))).code).toBe('FORBIDDEN');
    expect(await invariantViolations(c.tenantId)).toEqual([]);
  });
});
