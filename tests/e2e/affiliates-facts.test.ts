/**
 * The statement job's player facts (modules/affiliates/affiliates.facts.ts) from real activity:
 * deposits, withdrawals and a lost dispute through the fake Stripe, bets, wins and a rollback
 * through the Hub88 seamless wallet, a bonus converted to cash through the staff API, a
 * self-exclusion through the RG API, a block through the staff API. Then `playerFactsInTx` in a
 * tenant transaction, every figure asserted exactly.
 *
 * Time: the activity happens now, in batches; after each batch the test's own setup moves what it
 * wrote to a chosen day of 2026 through the owner database connection (every timestamp of the
 * tenant's ledger, payments, bonus and RG rows written since the batch began is shifted by the same
 * amount: `during`). Registration days are the `registeredAt` the statement job passes in.
 * Amounts are EUR (or USD) cents.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { tenantTx } from '../../src/context.js';
import { playerFactsInTx, type PlayerFacts } from '../../modules/affiliates/affiliates.facts.js';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { expectType, newPlayer, platformAdmin, tenantContext } from '../helpers/world.js';
import { sendStripeWebhook, startFakeStripe, type FakeStripe } from '../helpers/fake-stripe.js';
import { confirmedStripeDeposit, localId, ownerDb, paymentsWorld, STRIPE_SECRET, type PaymentsWorld } from '../helpers/payments.js';
import { catalogueGame, fund, HUB88_PER_CENT, newAggregator, sessionFor, type Aggregator } from '../helpers/seamless.js';
import { playerUuid, tenantUuid } from '../helpers/ledger-invariants.js';

let server: TestServer;
let stripe: FakeStripe;
let world: PaymentsWorld;
let db: pg.Client;
let hub: Aggregator;
let tenantId: string;

const GAME = 'facts-slot';
const MARCH = { start: '2026-03-01', end: '2026-04-01' };

/** The rows and timestamp columns a batch writes that the facts read (or that must move with them). */
const MOVED: [string, string[]][] = [
  ['ledger_transaction', ['created_at']],
  ['ledger_entry', ['created_at']],
  ['payment', ['created_at', 'updated_at', 'confirmed_at']],
  ['payment_withdrawal', ['created_at', 'updated_at']],
  ['payment_dispute', ['created_at', 'updated_at', 'closed_at']],
  ['bonus_grant', ['created_at', 'updated_at', 'ended_at']],
  ['rg_signal', ['created_at']],
  ['rg_state', ['excluded_from']],
];

/** Runs a batch of activity now, then moves every timestamp it wrote to `at` (same offsets). */
async function during(at: string, work: () => Promise<void>): Promise<void> {
  const { rows } = await db.query<{ mark: string }>(`select clock_timestamp()::text as mark`);
  const mark = rows[0]!.mark;
  await work();
  for (const [table, columns] of MOVED) {
    const sets = columns.map((c) => `${c} = case when ${c} >= $2::timestamptz then ${c} + ($3::timestamptz - $2::timestamptz) else ${c} end`).join(', ');
    await db.query(`update ${table} set ${sets} where tenant_id = $1`, [tenantId, mark, at]);
  }
}

interface Gambler {
  id: string;
  sdk: Sdk;
  globalId: string;
  tokens: Map<string, string>;
}

async function gambler(): Promise<Gambler> {
  const p = await newPlayer(server, world.tenant);
  return { id: playerUuid(p.player), sdk: p.sdk, globalId: p.player.id, tokens: new Map() };
}

async function hubCall(p: Gambler, operation: string, currency: string, body: Record<string, unknown>): Promise<void> {
  let token = p.tokens.get(currency);
  if (!token) {
    token = await sessionFor(server, world.tenant, p.id, currency);
    p.tokens.set(currency, token);
  }
  const { answer } = await hub.call(operation, { user: p.id, token, currency, game_code: GAME, request_uuid: randomUUID(), transaction_uuid: randomUUID(), ...body });
  expect(answer.status).toBe('RS_OK');
}

/** A bet of `cents`; answers its transaction id (for a rollback). */
async function bet(p: Gambler, cents: number, round: string, currency = 'EUR'): Promise<string> {
  const tx = randomUUID();
  await hubCall(p, 'transaction/bet', currency, { transaction_uuid: tx, round, amount: cents * HUB88_PER_CENT });
  return tx;
}
const win = (p: Gambler, cents: number, round: string) => hubCall(p, 'transaction/win', 'EUR', { round, amount: cents * HUB88_PER_CENT });
const rollback = (p: Gambler, ref: string, round: string) => hubCall(p, 'transaction/rollback', 'EUR', { round, reference_transaction_uuid: ref });

async function deposit(p: Gambler, cents: number) {
  const done = await confirmedStripeDeposit(stripe, world.webhookUrl, p.sdk, cents);
  expect(done.answer.status).toBe(200);
  return done;
}

/** A withdrawal asked by the player, approved by FINANCE, paid (refunded to the card) by Stripe. */
async function withdraw(p: Gambler, cents: number): Promise<void> {
  const requested = expectType((await p.sdk.RequestWithdrawal({ input: { idempotencyKey: `wd-${randomUUID()}`, currency: 'EUR', amount: String(cents) } })).requestWithdrawal, 'RequestWithdrawalPayload');
  expectType((await world.finance.sdk.ApproveWithdrawal({ input: { withdrawalId: requested.withdrawal.id } })).approveWithdrawal, 'ApproveWithdrawalPayload');
  const refund = [...stripe.refunds.values()].find((r) => (r.metadata as Record<string, string>).withdrawalId === localId(requested.withdrawal.id))!;
  expect((await sendStripeWebhook(world.webhookUrl, stripe.event('refund.updated', { ...refund, status: 'succeeded' }), STRIPE_SECRET)).status).toBe(200);
}

/** A wager-free bonus of `cents` granted by staff: it converts to cash at once (the bonus engine's cost). */
async function convertedBonus(p: Gambler, cents: number): Promise<void> {
  const template = expectType(
    (await world.tenant.admin.sdk.CreateBonusTemplate({
      input: { name: `facts-${randomUUID()}`, terms: { kind: 'NO_DEPOSIT', currencies: [{ currency: 'EUR', amount: String(cents) }], wagering: { multiplier: 0 }, gameWeights: [{ scope: 'DEFAULT', percent: 100 }], validityHours: 24 } },
    })).createBonusTemplate,
    'CreateBonusTemplatePayload',
  ).template;
  const granted = expectType(
    (await world.tenant.admin.sdk.GrantBonus({ input: { playerId: p.globalId, templateId: template.id, currency: 'EUR', idempotencyKey: `facts-${randomUUID()}` } })).grantBonus,
    'GrantBonusPayload',
  ).grant;
  expect(granted.status).toBe('COMPLETED');
}

/** A dispute on a deposit, lost: the deposit is charged back. */
async function chargeBack(intent: Record<string, unknown>, cents: number): Promise<void> {
  const dispute = { id: `dp_${randomUUID()}`, object: 'dispute', amount: cents, currency: 'eur', payment_intent: intent.id, reason: 'fraudulent', status: 'needs_response' };
  expect((await sendStripeWebhook(world.webhookUrl, stripe.event('charge.dispute.created', dispute), STRIPE_SECRET)).status).toBe(200);
  expect((await sendStripeWebhook(world.webhookUrl, stripe.event('charge.dispute.closed', { ...dispute, status: 'lost' }), STRIPE_SECRET)).status).toBe(200);
}

const players: Record<'a' | 'b' | 'c' | 'd' | 'e', { registeredAt: Date; p: Gambler }> = {} as never;

beforeAll(async () => {
  stripe = await startFakeStripe();
  server = await startServer();
  const platform = (await platformAdmin(server)).sdk;
  world = await paymentsWorld(server, platform, { code: 'stripe', endpoint: stripe.url, freeze: 'NEVER' });
  tenantId = tenantUuid(world.tenant);
  db = await ownerDb();
  hub = await newAggregator(server, world.tenant);
  await catalogueGame(world.tenant, GAME);

  players.a = { registeredAt: new Date('2026-03-02T09:00:00Z'), p: await gambler() };
  players.b = { registeredAt: new Date('2026-01-15T20:00:00Z'), p: await gambler() };
  players.c = { registeredAt: new Date('2026-03-03T08:00:00Z'), p: await gambler() };
  players.d = { registeredAt: new Date('2026-03-10T08:00:00Z'), p: await gambler() };
  players.e = { registeredAt: new Date('2026-03-04T08:00:00Z'), p: await gambler() };
  const { a, b, c, e } = { a: players.a.p, b: players.b.p, c: players.c.p, e: players.e.p };

  // B, registered in January: a first deposit and a bet on the day, a bet before the period.
  await during('2026-01-15T21:00:00Z', async () => {
    await deposit(b, 3000);
    await bet(b, 1000, randomUUID());
  });
  await during('2026-02-25T12:00:00Z', async () => {
    await bet(b, 400, randomUUID());
  });

  // A, registered on 2 March: first deposit; a bet won back in part; a bet rolled back.
  await during('2026-03-02T10:00:00Z', async () => {
    await deposit(a, 5000);
    const r1 = randomUUID();
    await bet(a, 1000, r1);
    await win(a, 300, r1);
    const r2 = randomUUID();
    await rollback(a, await bet(a, 2000, r2), r2);
  });
  // C, registered on 3 March: first deposit and a bet.
  let cIntent: Record<string, unknown> = {};
  await during('2026-03-03T09:00:00Z', async () => {
    cIntent = (await deposit(c, 4000)).intent;
    await bet(c, 1000, randomUUID());
  });
  // E, registered on 4 March, funded by the operator (no payment) in USD and EUR: plays mostly USD.
  await during('2026-03-04T10:00:00Z', async () => {
    await fund(world.partner, e.id, 5000, 0, 'USD');
    await fund(world.partner, e.id, 5000, 0, 'EUR');
    await bet(e, 3000, randomUUID(), 'USD');
  });
  await during('2026-03-05T15:00:00Z', async () => {
    await bet(a, 1500, randomUUID());
    const r4 = randomUUID();
    await bet(a, 500, r4);
    await win(a, 2000, r4);
  });
  await during('2026-03-06T15:00:00Z', async () => {
    await bet(e, 1000, randomUUID());
  });
  // B in the period: a bet partly won back, a deposit, then a self-exclusion.
  await during('2026-03-10T12:00:00Z', async () => {
    const r = randomUUID();
    await bet(b, 800, r);
    await win(b, 100, r);
    await deposit(b, 2000);
  });
  // A on the 12th: after A's 7-day activity window (2–9 March), inside the period.
  await during('2026-03-12T12:00:00Z', async () => {
    await bet(a, 700, randomUUID());
  });
  await during('2026-03-15T12:00:00Z', async () => {
    expectType((await b.sdk.SelfExclude({ months: 6 })).selfExclude, 'SelfExcludePayload');
  });
  // A: a withdrawal paid and a bonus converted.
  await during('2026-03-20T12:00:00Z', async () => {
    await withdraw(a, 1000);
    await convertedBonus(a, 500);
  });
  // C's first deposit charged back; C is then blocked by staff.
  await during('2026-03-25T12:00:00Z', async () => {
    await chargeBack(cIntent, 4000);
  });
  expectType((await world.tenant.admin.sdk.BlockPlayer({ input: { playerId: c.globalId, reason: 'chargeback fraud' } })).blockPlayer, 'BlockPlayerPayload');
  // After the period: A plays and deposits again.
  await during('2026-04-03T12:00:00Z', async () => {
    await bet(a, 999, randomUUID());
    await deposit(a, 2000);
  });
}, 120_000);

afterAll(async () => {
  await db?.end();
  await server?.close();
  await stripe?.close();
});

async function factsOf(period: { start: string; end: string }, activityDays = 7): Promise<PlayerFacts[]> {
  const ctx = await tenantContext(server, world.tenant);
  const order = ['a', 'b', 'c', 'd', 'e'] as const;
  return tenantTx(ctx, (tx) => playerFactsInTx(tx, { period, activityDays, players: order.map((k) => ({ playerId: players[k].p.id, registeredAt: players[k].registeredAt })) }));
}

const NONE = { duplicate: false, selfExcluded: false, fraud: false };
const components = (fields: Partial<Record<'stakes' | 'wins' | 'bonusCost' | 'chargebacks' | 'deposits' | 'withdrawals', bigint>>) => ({
  stakes: 0n, wins: 0n, bonusCost: 0n, chargebacks: 0n, deposits: 0n, withdrawals: 0n, ...fields,
});

describe('playerFactsInTx', () => {
  it('gives every player of March their facts, each figure from its source', async () => {
    const facts = await factsOf(MARCH);
    const { a, b, c, d, e } = { a: players.a.p.id, b: players.b.p.id, c: players.c.p.id, d: players.d.p.id, e: players.e.p.id };
    expect(facts).toEqual([
      {
        playerId: a,
        currency: 'EUR',
        registeredOn: '2026-03-02',
        firstDeposit: { on: '2026-03-02', amount: 5000n },
        // Window 2–9 March: the 2nd, 1,000 (the 2,000 bet was rolled back: neither staked nor a bet);
        // the 5th, 1,500 + 500 = 2,000 in 2 bets. The 12th is past the window.
        activity: [
          { on: '2026-03-02', wagered: 1000n, bets: 1 },
          { on: '2026-03-05', wagered: 2000n, bets: 2 },
        ],
        // stakes 1,000 + 1,500 + 500 + 700 = 3,700 (not the rolled-back 2,000, not April's 999);
        // wins 300 + 2,000 = 2,300; bonus 500 converted; deposit 5,000 (not April's 2,000); withdrawal 1,000.
        period: components({ stakes: 3700n, wins: 2300n, bonusCost: 500n, deposits: 5000n, withdrawals: 1000n }),
        flags: NONE,
        firstDepositChargedBackOn: null,
      },
      {
        playerId: b,
        currency: 'EUR',
        registeredOn: '2026-01-15',
        firstDeposit: { on: '2026-01-15', amount: 3000n },
        // Window 15–22 January: the first bet only (February's 400 is later).
        activity: [{ on: '2026-01-15', wagered: 1000n, bets: 1 }],
        // March: bet 800, win 100, deposit 2,000; January and February are before the period.
        period: components({ stakes: 800n, wins: 100n, deposits: 2000n }),
        flags: { ...NONE, selfExcluded: true },
        firstDepositChargedBackOn: null,
      },
      {
        playerId: c,
        currency: 'EUR',
        registeredOn: '2026-03-03',
        firstDeposit: { on: '2026-03-03', amount: 4000n },
        activity: [{ on: '2026-03-03', wagered: 1000n, bets: 1 }],
        // The deposit and its chargeback (dispute lost on the 25th) both in March.
        period: components({ stakes: 1000n, deposits: 4000n, chargebacks: 4000n }),
        // Blocked by staff: fraud.
        flags: { ...NONE, fraud: true },
        firstDepositChargedBackOn: '2026-03-25',
      },
      // D: registered, nothing else: the tenant's default currency, no activity.
      { playerId: d, currency: 'EUR', registeredOn: '2026-03-10', firstDeposit: null, activity: [], period: null, flags: NONE, firstDepositChargedBackOn: null },
      // E: no deposit; staked 3,000 USD against 1,000 EUR: USD is E's currency. The EUR play is
      // not dropped: a revenue-only EUR entry. (Operator funding is not a deposit.)
      {
        playerId: e,
        currency: 'USD',
        registeredOn: '2026-03-04',
        firstDeposit: null,
        activity: [{ on: '2026-03-04', wagered: 3000n, bets: 1 }],
        period: components({ stakes: 3000n }),
        flags: NONE,
        firstDepositChargedBackOn: null,
      },
      {
        playerId: e,
        currency: 'EUR',
        revenueOnly: true,
        registeredOn: '2026-03-04',
        firstDeposit: null,
        activity: [],
        period: components({ stakes: 1000n }),
        flags: NONE,
        firstDepositChargedBackOn: null,
      },
    ]);
  });

  it('cuts activity at the period end, and reads each period on its own', async () => {
    // February: only B was active (the 400 bet); A's window would start on 2 March, past the end.
    const february = await factsOf({ start: '2026-02-01', end: '2026-03-01' });
    const byId = (list: PlayerFacts[], k: 'a' | 'b' | 'c' | 'd' | 'e') => list.filter((f) => f.playerId === players[k].p.id);
    expect(byId(february, 'b')[0]!.period).toEqual(components({ stakes: 400n }));
    expect(byId(february, 'a')[0]).toMatchObject({ activity: [], period: null });
    // B's self-exclusion (15 March) was not taken by the end of February.
    expect(byId(february, 'b')[0]!.flags).toEqual(NONE);
    // April: A's 999 bet and 2,000 deposit; A's window is long closed.
    const april = await factsOf({ start: '2026-04-01', end: '2026-05-01' });
    expect(byId(april, 'a')[0]).toMatchObject({ activity: [{ on: '2026-03-02', wagered: 1000n, bets: 1 }, { on: '2026-03-05', wagered: 2000n, bets: 2 }], period: components({ stakes: 999n, deposits: 2000n }) });
    // 3–5 March with activityDays 1: A's window is 2–3 March; E's is 4–5 March, cut at the 5th (E's EUR bet of the 6th is outside).
    const early = await factsOf({ start: '2026-03-03', end: '2026-03-05' }, 1);
    expect(byId(early, 'a')[0]!.activity).toEqual([{ on: '2026-03-02', wagered: 1000n, bets: 1 }]);
    expect(byId(early, 'a')[0]!.period).toBeNull();
    expect(byId(early, 'e')).toHaveLength(1);
    expect(byId(early, 'e')[0]).toMatchObject({ currency: 'USD', activity: [{ on: '2026-03-04', wagered: 3000n, bets: 1 }], period: components({ stakes: 3000n }) });
  });

  it('answers nothing for no players, and refuses a malformed period', async () => {
    const ctx = await tenantContext(server, world.tenant);
    expect(await tenantTx(ctx, (tx) => playerFactsInTx(tx, { period: MARCH, players: [], activityDays: 7 }))).toEqual([]);
    await expect(tenantTx(ctx, (tx) => playerFactsInTx(tx, { period: { start: '2026-02-30', end: '2026-04-01' }, players: [], activityDays: 7 }))).rejects.toThrow(/not a YYYY-MM-DD calendar day/);
    await expect(tenantTx(ctx, (tx) => playerFactsInTx(tx, { period: { start: '2026-04-01', end: '2026-03-01' }, players: [], activityDays: 7 }))).rejects.toThrow(/after period.start/);
  });
});
