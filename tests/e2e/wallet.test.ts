import pg from 'pg';
import { print } from 'graphql';
import { decodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LedgerEventsDocument, WalletUpdatedDocument, type LedgerEventsSubscription, type WalletUpdatedSubscription } from '../../codegen/sdk.js';
import { expireDueHolds } from '../../modules/wallet/index.js';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { graphqlError } from '../helpers/errors.js';
import { collect, settle } from '../helpers/subscriptions.js';
import { checkLedgerInvariants } from '../helpers/ledger-invariants.js';
import { bearer, expectType, newPlayer, newStaff, platformAdmin } from '../helpers/world.js';
import { fundPlayer, houseSelector, playerSelector, walletCasino, walletOf, worldSelector, type Casino } from '../helpers/wallet.js';

let server: TestServer;
let platform: Sdk;
let owner: pg.Client;
let seq = 0;
const key = (label: string) => `test-${label}-${Date.now()}-${++seq}`;

const casino = () => walletCasino(server, platform);
const player = playerSelector;
const house = houseSelector;
const world = worldSelector;

/** A deposit, with its transaction read back in full (the posting's own answer carries ids and amounts only). */
async function deposit(c: Casino, playerId: string, amount: string) {
  const posted = await fundPlayer(c, playerId, amount, key('deposit'));
  const { ledgerTransaction } = await c.partner.LedgerTransaction({ id: posted.transaction.id });
  return { ...posted, transaction: ledgerTransaction! };
}

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
    expect(dep.transaction.entries.map((e) => e.amount.amount).sort()).toEqual(['-10000', '10000']);
    expectType(await bet(c, p.player.id, '2500'), 'PostTransfersPayload');
    const { postTransfers: win } = await c.partner.PostTransfers({
      input: { idempotencyKey: key('win'), code: 'WIN', transfers: [{ from: house(), to: player(p.player.id), amount: '700' }] },
    });
    expectType(win, 'PostTransfersPayload');

    expect((await walletOf(p.sdk))).toEqual([{ currency: 'EUR', cash: '8200', bonus: '0', held: '0', available: '8200' }]);
    const statement = (await p.sdk.WalletStatement({})).walletStatement!.edges.map((e) => e.node);
    expect(statement.map((l) => [l.code, l.amount.amount, l.balanceAfter.amount])).toEqual([
      ['WIN', '700', '8200'],
      ['BET', '-2500', '7500'],
      ['DEPOSIT', '10000', '10000'],
    ]);
    const bets = await p.sdk.WalletStatement({ filter: { code: 'BET' } });
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
    expectType(await bet(c, p.player.id, '1000'), 'PostTransfersPayload');
    expect((await p.sdk.WalletBalanceAt({ currency: 'EUR', at: between })).walletBalanceAt).toMatchObject({ cash: { amount: '5000' } });
    expect((await p.sdk.WalletBalanceAt({ currency: 'EUR', at: new Date().toISOString() })).walletBalanceAt).toMatchObject({ cash: { amount: '4000' } });
    expect((await p.sdk.WalletBalanceAt({ currency: 'EUR', at: '2000-01-01T00:00:00Z' })).walletBalanceAt).toMatchObject({ cash: { amount: '0' } });
  });

  it('refuses an overdraft with a typed error and writes nothing', async () => {
    const c = await casino();
    const p = await newPlayer(server, c.tenant);
    await deposit(c, p.player.id, '1000');
    const before = (await owner.query(`select count(*) from ledger_transaction where tenant_id = $1`, [c.tenantId])).rows[0].count;
    expectType(await bet(c, p.player.id, '1001'), 'InsufficientFundsError');
    expect((await owner.query(`select count(*) from ledger_transaction where tenant_id = $1`, [c.tenantId])).rows[0].count).toBe(before);
    expect((await walletOf(p.sdk))[0]!.cash).toBe('1000');
  });

  it('replays an idempotency key with the original answer, refuses it for other content, and keeps failures', async () => {
    const c = await casino();
    const p = await newPlayer(server, c.tenant);
    await deposit(c, p.player.id, '1000');
    const k = key('replay');
    const first = expectType(await bet(c, p.player.id, '400', k), 'PostTransfersPayload');
    const again = expectType(await bet(c, p.player.id, '400', k), 'PostTransfersPayload');
    expect(first.replay).toBe(false);
    expect(again).toMatchObject({ replay: true, transaction: { id: first.transaction.id } });
    expectType(await bet(c, p.player.id, '401', k), 'IdempotencyConflictError');
    expect((await walletOf(p.sdk))[0]!.cash).toBe('600');

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
    // Currency is a scalar: a code that is not ISO 4217 is refused before any resolver runs.
    expect((await graphqlError(transfer(player(p.player.id, 'XYZ'), house()))).code).toBe('BAD_USER_INPUT');
    expect(expectType((await transfer(player(p.player.id, 'JPY'), house('JPY'))).postTransfers, 'ValidationError').issues[0]!.path).toEqual(['input', 'transfers', '0', 'from', 'currency']);
    expectType((await transfer(player(p.player.id, 'EUR'), house('USD'))).postTransfers, 'CurrencyMismatchError');

    const other = await casino();
    const stranger = await newPlayer(server, other.tenant);
    await deposit(other, stranger.player.id, '1000');
    expectType((await transfer(player(stranger.player.id), house())).postTransfers, 'AccountNotFoundError');
    const strangersAccount = (await other.partner.LedgerAccounts({ filter: { ownerType: 'PLAYER' } })).ledgerAccounts!.edges[0]!.node.id;
    expectType((await transfer({ accountId: strangersAccount }, house())).postTransfers, 'AccountNotFoundError');
    expect((await walletOf(stranger.sdk))[0]!.cash).toBe('1000');
    expect(await invariantViolations(c.tenantId)).toEqual([]);
  });

  it('holds: reserve in one step, capture once in part, release once, expire by the database clock', async () => {
    const c = await casino();
    const p = await newPlayer(server, c.tenant);
    await deposit(c, p.player.id, '1000');
    const reserve = (amount: string, expiresInSeconds?: number) =>
      c.partner.ReserveHold({ input: { idempotencyKey: key('hold'), account: player(p.player.id), amount, ...(expiresInSeconds ? { expiresInSeconds } : {}) } });
    const hold = expectType((await reserve('600')).reserveHold, 'ReserveHoldPayload').hold;
    expect((await walletOf(p.sdk))[0]).toMatchObject({ cash: '1000', held: '600', available: '400' });
    expectType((await reserve('401')).reserveHold, 'InsufficientFundsError');
    expectType(await bet(c, p.player.id, '401'), 'InsufficientFundsError');

    const capture = (amount: string) => c.partner.CaptureHold({ input: { idempotencyKey: key('cap'), holdId: hold.id, amount, to: house(), code: 'WITHDRAWAL' } });
    expectType((await capture('601')).captureHold, 'CaptureExceedsHoldError');
    const captured = expectType((await capture('250')).captureHold, 'CaptureHoldPayload');
    expect(captured.hold).toMatchObject({ status: 'CAPTURED', captured: { amount: '250' } });
    expect(captured.transaction.entries.map((e) => e.amount.amount).sort()).toEqual(['-250', '250']);
    expect((await walletOf(p.sdk))[0]).toMatchObject({ cash: '750', held: '0', available: '750' });
    expect(expectType((await capture('10')).captureHold, 'HoldNotOpenError').message).toContain('captured');

    const second = expectType((await reserve('100')).reserveHold, 'ReserveHoldPayload').hold;
    expectType((await c.partner.ReleaseHold({ input: { idempotencyKey: key('rel'), holdId: second.id } })).releaseHold, 'ReleaseHoldPayload');
    expectType((await c.partner.ReleaseHold({ input: { idempotencyKey: key('rel'), holdId: second.id } })).releaseHold, 'HoldNotOpenError');

    const expiring = expectType((await reserve('300', 1)).reserveHold, 'ReserveHoldPayload').hold;
    expect((await walletOf(p.sdk))[0]!.held).toBe('300');
    await settle(1200);
    await expireDueHolds(server.platform.services);
    expect((await walletOf(p.sdk))[0]).toMatchObject({ held: '0', available: '750' });
    expectType((await c.partner.ReleaseHold({ input: { idempotencyKey: key('rel'), holdId: expiring.id } })).releaseHold, 'HoldNotOpenError');
    expect(await invariantViolations(c.tenantId)).toEqual([]);
  });

  it('reverses a transaction once, linked to it, and audits it; frozen accounts move no money', async () => {
    const c = await casino();
    const p = await newPlayer(server, c.tenant);
    const dep = await deposit(c, p.player.id, '1000');
    const reverse = (id: string) => c.tenant.admin.sdk.ReverseLedgerTransaction({ input: { idempotencyKey: key('rev'), transactionId: id, reason: 'deposit charged back' } });
    const reversal = expectType((await reverse(dep.transaction.id)).reverseLedgerTransaction, 'ReverseLedgerTransactionPayload').reversal;
    expect(reversal.reverses?.id).toBe(dep.transaction.id);
    expect(reversal.createdBy.kind).toBe('STAFF');
    expect(reversal.createdBy.staffUser?.email).toBe(c.tenant.admin.email);
    expect((await c.partner.LedgerTransaction({ id: dep.transaction.id })).ledgerTransaction?.reversedBy?.id).toBe(reversal.id);
    expect((await walletOf(p.sdk))[0]!.cash).toBe('0');
    expectType((await reverse(dep.transaction.id)).reverseLedgerTransaction, 'AlreadyReversedError');
    expectType((await reverse(reversal.id)).reverseLedgerTransaction, 'AlreadyReversedError');
    const audit = await c.tenant.admin.sdk.AuditEvents({ action: 'wallet.transaction.reverse' });
    expect(audit.auditEvents!.edges[0]!.node.targetRef).toBe(dep.transaction.id);

    await deposit(c, p.player.id, '500');
    const account = (await c.partner.LedgerAccounts({ filter: { ownerType: 'PLAYER' } })).ledgerAccounts!.edges[0]!.node;
    const froze = await c.tenant.admin.sdk.FreezeLedgerAccount({ input: { accountId: account.id, reason: 'fraud review' } });
    expect(expectType(froze.freezeLedgerAccount, 'FreezeLedgerAccountPayload').account.frozen).toBe(true);
    expectType(await bet(c, p.player.id, '1'), 'AccountFrozenError');
    const { postTransfers: credit } = await c.partner.PostTransfers({
      input: { idempotencyKey: key('dep'), code: 'DEPOSIT', transfers: [{ from: world(), to: player(p.player.id), amount: '1' }] },
    });
    expectType(credit, 'AccountFrozenError');
    expectType((await c.tenant.admin.sdk.UnfreezeLedgerAccount({ input: { accountId: account.id, reason: 'cleared' } })).unfreezeLedgerAccount, 'UnfreezeLedgerAccountPayload');
    expectType(await bet(c, p.player.id, '1'), 'PostTransfersPayload');
    const support = await newStaff(server, platform, c.tenant.slug, ['SUPPORT']);
    expect((await graphqlError(support.sdk.FreezeLedgerAccount({ input: { accountId: account.id, reason: 'nope' } }))).code).toBe('FORBIDDEN');
    expect(await invariantViolations(c.tenantId)).toEqual([]);
  });

  it('never overdraws under hundreds of simultaneous debits, and every answer agrees with the end state', async () => {
    const c = await casino();
    const p = await newPlayer(server, c.tenant);
    await deposit(c, p.player.id, '100');
    const results = await Promise.all(Array.from({ length: 200 }, () => bet(c, p.player.id, '1')));
    const accepted = results.filter((r) => r.__typename === 'PostTransfersPayload').length;
    const refused = results.filter((r) => r.__typename === 'InsufficientFundsError').length;
    expect([accepted, refused]).toEqual([100, 100]);
    expect((await walletOf(p.sdk))[0]!.cash).toBe('0');
    expect(await invariantViolations(c.tenantId)).toEqual([]);
  });

  it('counts deposits against the player\'s responsible-gambling limits, once per key, and refuses them during self-exclusion', async () => {
    const c = await casino();
    const p = await newPlayer(server, c.tenant);
    const limit = await p.sdk.SetResponsibleGamblingLimit({ input: { kind: 'DEPOSIT', currency: 'EUR', period: 'DAY', amount: '1000' } });
    expectType(limit.setResponsibleGamblingLimit, 'SetResponsibleGamblingLimitPayload');
    const first = key('deposit');
    expectType(await depositAnswer(c, p.player.id, '600', first), 'PostTransfersPayload');
    // A replay is the same deposit: it is not counted again.
    expect(expectType(await depositAnswer(c, p.player.id, '600', first), 'PostTransfersPayload').replay).toBe(true);
    expect(expectType(await depositAnswer(c, p.player.id, '600'), 'DepositLimitReachedError').code).toBe('DEPOSIT_LIMIT_REACHED');
    expect((await walletOf(p.sdk))[0]!.cash).toBe('600');
    expectType(await depositAnswer(c, p.player.id, '400'), 'PostTransfersPayload');
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
    const sharedAnswers = results.filter((_, i) => i % 3 === 0).map((r) => expectType(r, 'PostTransfersPayload'));
    expect(new Set(sharedAnswers.map((r) => r.transaction.id)).size).toBe(1);
    expect(sharedAnswers.filter((r) => !r.replay)).toHaveLength(1);
    expect(results.filter((_, i) => i % 3 !== 0).every((r) => r.__typename === 'PostTransfersPayload')).toBe(true);
    expect((await walletOf(p.sdk))[0]!.cash).toBe(String(1000 - 7 - 40));
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
    expect(results.every((r) => r.postTransfers.__typename === 'PostTransfersPayload')).toBe(true);
    for (const p of players) expect((await walletOf(p.sdk))[0]!.cash).toBe('75');
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
    expectType(await bet(c, p.player.id, '30'), 'PostTransfersPayload');
    const events = await mine.waitFor(2);
    expect(events.map((e) => [e.walletUpdated.seq, e.walletUpdated.balance.amount, e.walletUpdated.code])).toEqual([
      [1, '100', 'DEPOSIT'],
      [2, '70', 'BET'],
    ]);
    await staff.waitFor(6);
    await settle(300);
    expect(mine.received).toHaveLength(2);
    expect(staff.received.map((e) => e.ledgerEvents.account.ownerType).sort()).toEqual(['HOUSE', 'PLAYER', 'PLAYER', 'PLAYER', 'WORLD', 'WORLD']);
  });
});

describe('staff adjustments (maker-checker)', () => {
  it('applies at once up to the tenant threshold, and above it only with a second staff member\'s approval', async () => {
    const c = await casino();
    const p = await newPlayer(server, c.tenant);
    const maker = await newStaff(server, platform, c.tenant.slug, ['FINANCE']);
    const checker = await newStaff(server, platform, c.tenant.slug, ['RISK']);
    const request = (amount: string) =>
      maker.sdk.RequestWalletAdjustment({ input: { idempotencyKey: key('adj'), account: player(p.player.id), amount, reason: 'goodwill credit' } });

    const unset = expectType((await request('100')).requestWalletAdjustment, 'RequestWalletAdjustmentPayload').adjustment;
    expect(unset.status).toBe('PENDING');
    expect((await walletOf(p.sdk))[0]!.cash).toBe('0');

    expectType((await c.tenant.admin.sdk.SetWalletApprovalThreshold({ input: { currency: 'EUR', amount: '500' } })).setWalletApprovalThreshold, 'SetWalletApprovalThresholdPayload');
    const small = expectType((await request('500')).requestWalletAdjustment, 'RequestWalletAdjustmentPayload').adjustment;
    expect(small).toMatchObject({ status: 'APPLIED', decidedBy: small.requestedBy });
    const big = expectType((await request('501')).requestWalletAdjustment, 'RequestWalletAdjustmentPayload').adjustment;
    expect(big.status).toBe('PENDING');
    expect((await walletOf(p.sdk))[0]!.cash).toBe('500');

    expectType((await maker.sdk.ApproveWalletAdjustment({ input: { idempotencyKey: key('ok'), adjustmentId: big.id } })).approveWalletAdjustment, 'SelfApprovalError');
    const approved = expectType((await checker.sdk.ApproveWalletAdjustment({ input: { idempotencyKey: key('ok'), adjustmentId: big.id } })).approveWalletAdjustment, 'ApproveWalletAdjustmentPayload');
    expect(approved.adjustment).toMatchObject({ status: 'APPLIED', requestedBy: big.requestedBy });
    expect(approved.adjustment.decidedBy?.staffUser?.email).toBe(checker.email);
    expect(big.requestedBy.staffUser?.email).toBe(maker.email);
    expect((await walletOf(p.sdk))[0]!.cash).toBe('1001');
    expectType((await checker.sdk.ApproveWalletAdjustment({ input: { idempotencyKey: key('ok'), adjustmentId: big.id } })).approveWalletAdjustment, 'AdjustmentNotPendingError');

    const rejected = await checker.sdk.RejectWalletAdjustment({ input: { idempotencyKey: key('no'), adjustmentId: unset.id, note: 'not justified' } });
    expect(expectType(rejected.rejectWalletAdjustment, 'RejectWalletAdjustmentPayload').adjustment.status).toBe('REJECTED');
    expect((await walletOf(p.sdk))[0]!.cash).toBe('1001');

    const debit = expectType((await request('-2000')).requestWalletAdjustment, 'RequestWalletAdjustmentPayload').adjustment;
    expectType((await checker.sdk.ApproveWalletAdjustment({ input: { idempotencyKey: key('ok'), adjustmentId: debit.id } })).approveWalletAdjustment, 'InsufficientFundsError');
    expect((await maker.sdk.WalletAdjustments({ filter: { status: 'PENDING' } })).walletAdjustments!.edges.map((e) => e.node.id)).toEqual([debit.id]);

    const actions = (await c.tenant.admin.sdk.AuditEvents({ first: 100 })).auditEvents!.edges.map((e) => e.node.action);
    expect(actions.filter((a) => a.startsWith('wallet.'))).toEqual(
      expect.arrayContaining(['wallet.threshold.set', 'wallet.adjustment.request', 'wallet.adjustment.approve', 'wallet.adjustment.reject']),
    );
    const support = await newStaff(server, platform, c.tenant.slug, ['SUPPORT']);
    expect((await graphqlError(support.sdk.RequestWalletAdjustment({ input: { idempotencyKey: key('x'), account: player(p.player.id), amount: '1', reason: 'nope' } }))).code).toBe('FORBIDDEN');
    expect(await invariantViolations(c.tenantId)).toEqual([]);
  });
});

describe('global ids, references and the back-office listing', () => {
  it('takes a Player\'s global ID as ownerId, and answers a raw uuid or another type\'s ID with InvalidIdError naming the path', async () => {
    const c = await casino();
    const p = await newPlayer(server, c.tenant);
    const dep = await deposit(c, p.player.id, '300');
    const transfer = (from: object) => c.partner.PostTransfers({ input: { idempotencyKey: key('id'), code: 'BET', transfers: [{ from, to: house(), amount: '1' }] } });
    const raw = expectType((await transfer({ ownerType: 'PLAYER', ownerId: decodeGlobalID(p.player.id).id, currency: 'EUR' })).postTransfers, 'InvalidIdError');
    expect(raw).toMatchObject({ expectedType: 'Player', path: ['input', 'transfers', '0', 'from', 'ownerId'] });
    const accountId = dep.transaction.entries.find((e) => e.account.ownerType === 'PLAYER')!.account.id;
    expectType((await transfer({ ownerType: 'PLAYER', ownerId: accountId, currency: 'EUR' })).postTransfers, 'InvalidIdError');
    expect(expectType((await transfer({ accountId: p.player.id })).postTransfers, 'InvalidIdError').expectedType).toBe('LedgerAccount');
    expectType((await transfer({ accountId })).postTransfers, 'PostTransfersPayload');
    // A provider is not an object of the API: it is named by ownerRef, and ownerId is refused for it.
    expect(expectType((await transfer({ ownerType: 'PROVIDER', ownerId: p.player.id, currency: 'EUR' })).postTransfers, 'ValidationError').issues[0]!.path)
      .toEqual(['input', 'transfers', '0', 'from', 'ownerId']);

    const rawHold = await c.partner.ReleaseHold({ input: { idempotencyKey: key('rel'), holdId: decodeGlobalID(accountId).id } });
    expect(expectType(rawHold.releaseHold, 'InvalidIdError')).toMatchObject({ expectedType: 'LedgerHold', path: ['input', 'holdId'] });
    expect((await graphqlError(c.partner.LedgerTransaction({ id: decodeGlobalID(dep.transaction.id).id }))).code).toBe('INVALID_ID');
    expect((await c.partner.LedgerTransaction({ id: dep.transaction.id })).ledgerTransaction?.id).toBe(dep.transaction.id);
  });

  it('resolves references as objects: entries\' accounts and owners, who posted, and Player.balances', async () => {
    const c = await casino();
    const p = await newPlayer(server, c.tenant);
    const dep = await deposit(c, p.player.id, '1250');
    expect(dep.transaction.createdBy).toMatchObject({ kind: 'API_KEY', apiKey: { name: 'game aggregator' }, staffUser: null });
    const mine = dep.transaction.entries.find((e) => e.account.ownerType === 'PLAYER')!;
    expect(mine.amount).toEqual({ amount: '1250', currency: 'EUR' });
    const accounts = await c.partner.LedgerAccounts({ filter: { ownerId: p.player.id } });
    expect(accounts.ledgerAccounts!.totalCount).toBe(1);
    expect(accounts.ledgerAccounts!.edges[0]!.node).toMatchObject({ id: mine.account.id, owner: { id: p.player.id }, ownerRef: null, balance: { amount: '1250' } });

    const staffView = await c.tenant.admin.sdk.PlayerBalances({ id: p.player.id });
    expect(staffView.node).toMatchObject({ balances: [{ currency: 'EUR', cash: { amount: '1250', decimal: '12.50' } }] });
    expect((await p.sdk.PlayerBalances({ id: p.player.id })).node).toMatchObject({ balances: [{ cash: { amount: '1250' } }] });
    const other = await newPlayer(server, c.tenant);
    expect((await other.sdk.PlayerBalances({ id: p.player.id })).node).toBeNull();
    // A player sees their own account by node(id), not the house's.
    const houseAccount = dep.transaction.entries.find((e) => e.account.ownerType === 'WORLD')!.account.id;
    expect((await p.sdk.LedgerNode({ id: mine.account.id })).node).toMatchObject({ __typename: 'LedgerAccount', balance: { amount: '1250' } });
    expect((await p.sdk.LedgerNode({ id: houseAccount })).node).toBeNull();
    expect((await p.sdk.LedgerNode({ id: dep.transaction.id })).node).toBeNull();
    expect((await c.partner.LedgerNode({ id: dep.transaction.id })).node).toMatchObject({ __typename: 'LedgerTransaction', code: 'DEPOSIT' });
  });

  it('pages a player\'s statement backward from its end, with totalCount', async () => {
    const c = await casino();
    const p = await newPlayer(server, c.tenant);
    for (const amount of ['1', '2', '3', '4', '5']) await deposit(c, p.player.id, amount);
    const first = (await p.sdk.WalletStatement({ first: 2 })).walletStatement!;
    expect(first.totalCount).toBe(5);
    expect(first.edges.map((e) => e.node.amount.amount)).toEqual(['5', '4']);
    const last = (await p.sdk.WalletStatement({ last: 2 })).walletStatement!;
    expect(last.edges.map((e) => e.node.amount.amount)).toEqual(['2', '1']);
    expect(last.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    const before = (await p.sdk.WalletStatement({ last: 2, before: last.pageInfo.startCursor })).walletStatement!;
    expect(before.edges.map((e) => e.node.amount.amount)).toEqual(['4', '3']);
    const line = first.edges[0]!.node;
    expect((await p.sdk.LedgerNode({ id: line.id })).node).toMatchObject({ __typename: 'WalletStatementLine', code: 'DEPOSIT' });
  });

  it('lists the tenant\'s ledger transactions for staff, newest first, by account, player, code, reference and time, both directions', async () => {
    const c = await casino();
    const [p, q] = [await newPlayer(server, c.tenant), await newPlayer(server, c.tenant)];
    const depP = await deposit(c, p.player.id, '1000');
    await deposit(c, q.player.id, '1000');
    const start = new Date().toISOString();
    await settle(20);
    const bets: string[] = [];
    for (let i = 0; i < 4; i++) {
      const { postTransfers } = await c.partner.PostTransfers({
        input: { idempotencyKey: key('bet'), code: 'BET', reference: `round-${i}`, transfers: [{ from: player(p.player.id), to: house(), amount: '10' }] },
      });
      bets.push(expectType(postTransfers, 'PostTransfersPayload').transaction.id);
    }
    expectType(await bet(c, q.player.id, '10'), 'PostTransfersPayload');
    const finance = await newStaff(server, platform, c.tenant.slug, ['FINANCE']);
    const list = async (variables: Parameters<Sdk['LedgerTransactions']>[0]) => (await finance.sdk.LedgerTransactions(variables)).ledgerTransactions!;

    const all = await list({ first: 100 });
    expect(all.totalCount).toBe(7);
    const times = all.nodes.map((t) => t.createdAt);
    expect([...times].sort().reverse()).toEqual(times);
    const ofP = await list({ filter: { player: p.player.id } });
    expect(ofP.nodes.map((t) => t.id)).toEqual([...bets].reverse().concat(depP.transaction.id));
    expect(ofP.totalCount).toBe(5);
    const accountId = depP.transaction.entries.find((e) => e.account.ownerType === 'PLAYER')!.account.id;
    expect((await list({ filter: { account: accountId } })).nodes.map((t) => t.id)).toEqual(ofP.nodes.map((t) => t.id));
    expect((await list({ filter: { code: 'BET', player: p.player.id } })).totalCount).toBe(4);
    expect((await list({ filter: { reference: 'round-2' } })).nodes.map((t) => t.id)).toEqual([bets[2]]);
    expect((await list({ filter: { from: start, code: 'DEPOSIT' } })).totalCount).toBe(0);

    // Forward in pages of two, then back from the end.
    const page1 = await list({ first: 2, filter: { player: p.player.id } });
    const page2 = await list({ first: 2, after: page1.pageInfo.endCursor, filter: { player: p.player.id } });
    expect(page1.nodes.concat(page2.nodes).map((t) => t.id)).toEqual(ofP.nodes.slice(0, 4).map((t) => t.id));
    const tail = await list({ last: 2, filter: { player: p.player.id } });
    expect(tail.nodes.map((t) => t.id)).toEqual(ofP.nodes.slice(3).map((t) => t.id));
    expect(tail.pageInfo.hasPreviousPage).toBe(true);
    const beforeTail = await list({ last: 2, before: tail.pageInfo.startCursor, filter: { player: p.player.id } });
    expect(beforeTail.nodes.map((t) => t.id)).toEqual(ofP.nodes.slice(1, 3).map((t) => t.id));
    // A cursor continues only its own listing.
    expect((await graphqlError(list({ first: 2, after: page1.pageInfo.endCursor, filter: { code: 'BET' } }))).code).toBe('VALIDATION_FAILED');

    expect((await graphqlError(list({ filter: { player: accountId } }))).code).toBe('INVALID_ID');
    expect((await graphqlError(p.sdk.LedgerTransactions({}))).code).toBe('FORBIDDEN');
  });

  it('never lists another tenant\'s ledger transactions, nor finds its accounts or players', async () => {
    const [a, b] = [await casino(), await casino()];
    const pa = await newPlayer(server, a.tenant);
    const dep = await deposit(a, pa.player.id, '100');
    await deposit(b, (await newPlayer(server, b.tenant)).player.id, '100');
    const accountId = dep.transaction.entries.find((e) => e.account.ownerType === 'PLAYER')!.account.id;
    const asB = b.tenant.admin.sdk;
    expect((await asB.LedgerTransactions({ first: 100 })).ledgerTransactions!.nodes.map((t) => t.id)).not.toContain(dep.transaction.id);
    expect((await asB.LedgerTransactions({ filter: { player: pa.player.id } })).ledgerTransactions!.totalCount).toBe(0);
    expect((await asB.LedgerTransactions({ filter: { account: accountId } })).ledgerTransactions!.nodes).toEqual([]);
    expect((await asB.LedgerTransaction({ id: dep.transaction.id })).ledgerTransaction).toBeNull();
    expect((await asB.LedgerNode({ id: accountId })).node).toBeNull();
    expect((await server.sdk(bearer(b.tenant.admin.token)).PlayerBalances({ id: pa.player.id })).node).toBeNull();
  });
});
