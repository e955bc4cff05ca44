/**
 * Property: for any sequence of bets (cash- and bonus-funded, on games of different weights),
 * rollbacks, poker rake, redemptions, accrual runs and the passing of days (which expires points
 * and reviews tiers), the player's points balance, every lot (earned and remaining per day) and
 * the tier equal those of an in-memory model of docs/vip.md's rules, compared after every accrual
 * and every day that passes; and the ledger's invariants hold at the end.
 *
 * Days pass by moving the tenant's VIP dates back (lot days, expiries, tier review dates): the
 * same as the clock moving forward, seen from the rows.
 */
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { systemContext, tenantTx, type Context } from '../../src/context.js';
import { applyLegs, resolveAccount } from '../../modules/wallet/index.js';
import { accrueTenant, expireTenantPoints, reviewTenantTiers } from '../../modules/vip/index.js';
import { formatPoints, pointsFor } from '../../modules/vip/vip.units.js';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { checkLedgerInvariants, tenantUuid } from '../helpers/ledger-invariants.js';
import { expectType, newTenant, platformAdmin, type TestTenant } from '../helpers/world.js';
import { HUB88_PER_CENT, newAggregator, partnerOf, seatedPlayer, type Aggregator } from '../helpers/seamless.js';

let server: TestServer;
let owner: pg.Client;
let tenant: TestTenant;
let tenantId: string;
let partner: Sdk;
let hub: Aggregator;
let ctx: Context;

/** Weights: a slot by its category (100%), a table game by its own row (50%), a live game by its category (0%). */
const GAMES = [
  { code: 'vm-slot', category: 'SLOTS', percent: 100 },
  { code: 'vm-table', category: 'TABLE', percent: 50 },
  { code: 'vm-live', category: 'LIVE', percent: 0 },
] as const;
/** 1.00 EUR of stake earns 1 point; 0.10 EUR of rake earns 1 point. */
const EARN_PER_POINT = 100n;
const RAKE_PER_POINT = 10n;
/** Minor units of cash a whole point redeems for. */
const CASH_PER_POINT = 100n;
const WINDOW_DAYS = 7;
const REVIEW_DAYS = 7;
const EXPIRY_DAYS = 10;
/** Thresholds in hundredths of a point. */
const TIERS = [
  { key: 'bronze', rank: 0, threshold: 0n, rateBp: 10_000 },
  { key: 'silver', rank: 1, threshold: 3_000n, rateBp: 15_000 },
  { key: 'gold', rank: 2, threshold: 10_000n, rateBp: 20_000 },
] as const;

beforeAll(async () => {
  server = await startServer({ env: { RATE_LIMIT_ENABLED: 'false', JOBS_WORK: 'false' } });
  tenant = await newTenant(server, (await platformAdmin(server)).sdk);
  tenantId = tenantUuid(tenant);
  partner = await partnerOf(server, tenant);
  hub = await newAggregator(server, tenant);
  for (const game of GAMES) {
    const { addGame } = await tenant.admin.sdk.AddGame({
      input: { provider: 'hub88', externalRef: game.code, name: game.code, category: game.category, currencies: ['EUR'], launchUrl: 'https://games.test/launch?token={token}' },
    });
    expectType(addGame, 'AddGamePayload');
  }
  const services = server.platform.services;
  ctx = systemContext(services, await services.tenants.byId(services, tenantId));
  owner = new pg.Client({ connectionString: inject('databaseUrl') });
  await owner.connect();
  await owner.query(
    `insert into vip_settings (tenant_id, earn_rates, rake_rates, game_weights, window_days, review_days, grace_days, downgrade_policy, expiry_days, cash_redemption)
     values ($1, $2, $3, $4, $5, $6, 0, 'ONE_TIER', $7, $8)`,
    [tenantId, { EUR: String(EARN_PER_POINT) }, { EUR: String(RAKE_PER_POINT) }, { games: { 'vm-table': 50 }, categories: { LIVE: 0 }, default: 100 }, WINDOW_DAYS, REVIEW_DAYS, EXPIRY_DAYS, { EUR: String(CASH_PER_POINT) }],
  );
  await owner.query(`insert into vip_feed_cursor (tenant_id, last_xid) values ($1, ledger_feed_horizon())`, [tenantId]);
  for (const t of TIERS) {
    await owner.query(`insert into vip_tier (id, tenant_id, key, name, rank, threshold, point_rate_bp) values (gen_random_uuid(), $1, $2, $2, $3, $4, $5)`, [
      tenantId, t.key, t.rank, t.threshold.toString(), t.rateBp,
    ]);
  }
});
afterAll(async () => {
  await owner?.end();
  await server?.close();
});

type Step =
  | { kind: 'bet'; tx: number; game: number; amount: number }
  | { kind: 'rollback'; ref: number }
  | { kind: 'rake'; amount: number }
  | { kind: 'redeem'; points: number }
  | { kind: 'accrue' }
  | { kind: 'days'; days: number };

const TXS = 12;
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('bet' as const), tx: fc.nat(TXS - 1), game: fc.nat(GAMES.length - 1), amount: fc.integer({ min: 1, max: 2_500 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('rollback' as const), ref: fc.nat(TXS - 1) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('rake' as const), amount: fc.integer({ min: 1, max: 500 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('redeem' as const), points: fc.integer({ min: 1, max: 4_000 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('accrue' as const) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('days' as const), days: fc.integer({ min: 1, max: 6 }) }) },
);

interface Lot {
  earned: bigint;
  remaining: bigint;
}

/** A fact the ledger feed will carry to accrual, in commit order. */
type Pending = { kind: 'bet'; tx: number; cash: bigint; game: number } | { kind: 'rollback'; of: number } | { kind: 'rake'; amount: bigint };

/** The rules of docs/vip.md for one player, in a few lines. Days are offsets from today (0), the past negative. */
class Model {
  cash: bigint;
  bonus: bigint;
  balance = 0n;
  lots = new Map<number, Lot>();
  tier: number | null = null;
  /** Days until the tier's review (due at <= 0). */
  reviewIn = 0;
  pending: Pending[] = [];
  /** Bets by transaction number: what they took, and what they earned once accrued. */
  bets = new Map<number, { cash: bigint; bonus: bigint; rolledBack: boolean; earned: { points: bigint; day: number } | null }>();
  seen = new Set<number>();

  constructor(cash: bigint, bonus: bigint) {
    this.cash = cash;
    this.bonus = bonus;
  }

  bet(s: { tx: number; game: number; amount: number }): void {
    this.seen.add(s.tx);
    const stake = BigInt(s.amount);
    if (stake > this.cash + this.bonus) return; // refused: nothing moves, nothing earns
    const cash = stake < this.cash ? stake : this.cash;
    this.cash -= cash;
    this.bonus -= stake - cash;
    this.bets.set(s.tx, { cash, bonus: stake - cash, rolledBack: false, earned: null });
    this.pending.push({ kind: 'bet', tx: s.tx, cash, game: s.game });
  }

  rollback(ref: number, tx: number): void {
    this.seen.add(tx);
    const bet = this.bets.get(ref);
    if (!bet || bet.rolledBack) return;
    bet.rolledBack = true;
    this.cash += bet.cash;
    this.bonus += bet.bonus;
    this.pending.push({ kind: 'rollback', of: ref });
  }

  rake(amount: number): void {
    this.pending.push({ kind: 'rake', amount: BigInt(amount) });
  }

  private lot(day: number): Lot {
    let lot = this.lots.get(day);
    if (!lot) this.lots.set(day, (lot = { earned: 0n, remaining: 0n }));
    return lot;
  }

  private credit(points: bigint, day: number, earned: boolean): void {
    const debt = this.balance < 0n ? -this.balance : 0n;
    const lot = this.lot(day);
    if (earned) lot.earned += points;
    lot.remaining += points > debt ? points - debt : 0n;
    this.balance += points;
  }

  /** Takes points from the lots: `ownDay` first, then oldest first. */
  private debit(points: bigint, ownDay: number | null): void {
    let left = points;
    const days = [...this.lots.keys()].sort((a, b) => a - b);
    const order = ownDay === null ? days : [ownDay, ...days.filter((d) => d !== ownDay)];
    for (const day of order) {
      const lot = this.lots.get(day);
      if (!lot || left === 0n) continue;
      const take = lot.remaining < left ? lot.remaining : left;
      lot.remaining -= take;
      left -= take;
    }
    this.balance -= points;
  }

  rate(): number {
    return this.tier === null ? 10_000 : TIERS[this.tier]!.rateBp;
  }

  /** One accrual run: every pending fact in feed order, at the tier's rate as the run began; then the upgrade. */
  accrue(): void {
    if (this.pending.length === 0) return;
    const rate = this.rate();
    let earnedNow = 0n;
    const rollbacks: Pending[] = [];
    for (const p of this.pending) {
      if (p.kind === 'bet') {
        const points = pointsFor(p.cash, GAMES[p.game]!.percent, rate, EARN_PER_POINT);
        this.bets.get(p.tx)!.earned = { points, day: 0 };
        earnedNow += points;
      } else if (p.kind === 'rake') {
        earnedNow += pointsFor(p.amount, 100, rate, RAKE_PER_POINT);
      } else rollbacks.push(p);
    }
    // The player is "touched" (their tier looked at) when points moved.
    let touched = earnedNow > 0n;
    if (earnedNow > 0n) this.credit(earnedNow, 0, true);
    for (const p of rollbacks) {
      if (p.kind !== 'rollback') continue;
      const earned = this.bets.get(p.of)!.earned;
      if (!earned || earned.points === 0n) continue;
      const lot = this.lots.get(earned.day);
      if (lot) lot.earned -= earned.points;
      this.debit(earned.points, earned.day);
      touched = true;
    }
    this.pending = [];
    if (touched) this.upgrade();
  }

  windowPoints(): bigint {
    let sum = 0n;
    for (const [day, lot] of this.lots) if (day > -WINDOW_DAYS) sum += lot.earned;
    return sum;
  }

  earnedTier(): number {
    const points = this.windowPoints();
    let tier = 0;
    TIERS.forEach((t, i) => {
      if (points >= t.threshold) tier = i;
    });
    return tier;
  }

  upgrade(): void {
    const earned = this.earnedTier();
    if (this.tier === null || earned > this.tier) {
      this.tier = earned;
      this.reviewIn = REVIEW_DAYS;
    }
  }

  /** Points (hundredths) for cash: the cash can be staked afterwards. */
  redeem(points: bigint): boolean {
    if (points > this.balance) return false;
    this.debit(points, null);
    this.cash += (points * CASH_PER_POINT) / 100n;
    return true;
  }

  /** Days pass: lots age, the due lots expire, a due review keeps or lowers the tier by one. */
  passDays(days: number): void {
    this.lots = new Map([...this.lots].map(([day, lot]) => [day - days, lot]));
    for (const b of this.bets.values()) if (b.earned) b.earned.day -= days;
    for (const [day, lot] of this.lots) {
      if (day + EXPIRY_DAYS <= 0 && lot.remaining > 0n) {
        this.balance -= lot.remaining;
        lot.remaining = 0n;
      }
    }
    if (this.tier === null) return;
    this.reviewIn -= days;
    if (this.reviewIn <= 0) {
      const earned = this.earnedTier();
      if (earned < this.tier) this.tier -= 1;
      this.reviewIn = REVIEW_DAYS;
    }
  }
}

describe('VIP points and tiers against a model', () => {
  it('balance, lots and tier equal the model\'s after any sequence of bets, rollbacks, rake, redemptions, accruals and days', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 25 }), fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 0, max: 5_000 }), async (steps, cash, bonus) => {
        const p = await seatedPlayer(server, tenant, partner, cash, bonus);
        const model = new Model(BigInt(cash), BigInt(bonus));
        const run = randomUUID().slice(0, 8);
        const name = (n: number) => `${run}-${n}`;
        let rollbackTx = 1000;
        for (const s of steps) {
          const base = { user: p.id, token: p.token, currency: 'EUR', request_uuid: randomUUID() };
          if (s.kind === 'bet') {
            if (model.seen.has(s.tx)) continue;
            await hub.call('transaction/bet', { ...base, transaction_uuid: name(s.tx), game_code: GAMES[s.game]!.code, round: name(500 + s.tx), amount: s.amount * HUB88_PER_CENT });
            model.bet(s);
          } else if (s.kind === 'rollback') {
            const tx = rollbackTx++;
            if (!model.bets.has(s.ref)) continue;
            await hub.call('transaction/rollback', { ...base, transaction_uuid: name(tx), game_code: GAMES[0]!.code, round: name(500 + s.ref), reference_transaction_uuid: name(s.ref) });
            model.rollback(s.ref, tx);
          } else if (s.kind === 'rake') {
            await plantRake(p.id, BigInt(s.amount));
            model.rake(s.amount);
          } else if (s.kind === 'redeem') {
            const redeemed = await redeem(p.registered.sdk, BigInt(s.points));
            expect(redeemed, JSON.stringify({ step: s, steps })).toBe(model.redeem(BigInt(s.points)));
          } else if (s.kind === 'accrue') {
            await accrueOnce();
            model.accrue();
            expect(await observed(p.id), JSON.stringify({ step: s, steps })).toEqual(expected(model));
          } else {
            // Everything committed is accrued before the clock moves, as the job would have done by then.
            await accrueOnce();
            model.accrue();
            await travel(s.days);
            await expireTenantPoints(server.platform.services, tenantId);
            await reviewTenantTiers(server.platform.services, tenantId);
            model.passDays(s.days);
            expect(await observed(p.id), JSON.stringify({ step: s, steps })).toEqual(expected(model));
          }
        }
        await accrueOnce();
        model.accrue();
        expect(await observed(p.id), JSON.stringify({ steps })).toEqual(expected(model));
      }),
      { numRuns: 40 },
    );
    expect(await checkLedgerInvariants(owner, tenantId)).toEqual([]);
  }, 300_000);
});

/**
 * One accrual run that reads everything committed so far: first wait until every ledger row of the
 * tenant is below the feed's horizon (another test file's open transaction holds it back a while),
 * so the run reads all of it at one tier rate, as the model does.
 */
async function accrueOnce(): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const { rows } = await owner.query<{ settled: boolean }>(
      `select coalesce(max(xid), '0') < ledger_feed_horizon() as settled from ledger_transaction where tenant_id = $1`,
      [tenantId],
    );
    if (rows[0]!.settled) break;
    if (attempt > 2000) throw new Error('the ledger feed did not settle');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await accrueTenant(server.platform.services, tenantId);
}

/** Redeems points for cash (1.00 EUR a point): true when paid, false when the balance was short; anything else fails the test. */
async function redeem(player: Sdk, points: bigint): Promise<boolean> {
  const { redeemVipPoints } = await player.RedeemVipPoints({ input: { points: formatPoints(points), to: 'CASH', currency: 'EUR', idempotencyKey: `vm-redeem-${randomUUID()}` } });
  if (redeemVipPoints.__typename === 'VipInsufficientPointsError') return false;
  expectType(redeemVipPoints, 'RedeemVipPointsPayload');
  return true;
}

/** A hand's rake as poker posts it (escrow to house, the shares in its metadata, written by POKER:<table>). */
async function plantRake(playerId: string, amount: bigint): Promise<void> {
  const table = randomUUID();
  await tenantTx(ctx, async (tx) => {
    const stripes = ctx.services.config.walletHouseStripes;
    const world = await resolveAccount(tx, { ownerType: 'WORLD', currency: 'EUR' }, null, stripes, ['EUR']);
    const escrow = await resolveAccount(tx, { ownerType: 'ESCROW', ownerId: table, currency: 'EUR' }, null, stripes, ['EUR']);
    const house = await resolveAccount(tx, { ownerType: 'HOUSE', currency: 'EUR' }, null, stripes, ['EUR']);
    if ('currencyRequired' in world || 'currencyRequired' in escrow || 'currencyRequired' in house) throw new Error('currency');
    const meta = { reference: table, reversesId: null, createdBy: `POKER:${table}` };
    await applyLegs(tx, [{ account: world, amount: -amount }, { account: escrow, amount }], { ...meta, code: 'POKER_BUY_IN', metadata: { tableId: table }, idempotencyKey: `vm-buyin-${table}` });
    await applyLegs(tx, [{ account: escrow, amount: -amount }, { account: house, amount }], {
      ...meta,
      code: 'POKER_RAKE',
      metadata: { tableId: table, currency: 'EUR', rakeShares: { [playerId]: amount.toString() } },
      idempotencyKey: `vm-rake-${table}`,
    });
  });
}

/** Moves the tenant's VIP dates `days` back (in two steps, so no lot's key meets another's on the way). */
async function travel(days: number): Promise<void> {
  const far = 100_000;
  await owner.query(`update vip_point_lot set earned_on = earned_on + $2::int where tenant_id = $1`, [tenantId, far]);
  await owner.query(
    `update vip_point_lot set earned_on = earned_on - $2::int - $3::int, expires_at = expires_at - make_interval(days => $3::int) where tenant_id = $1`,
    [tenantId, far, days],
  );
  await owner.query(`update vip_accrual set earned_on = earned_on - $2::int where tenant_id = $1`, [tenantId, days]);
  await owner.query(
    `update vip_player set tier_since = tier_since - make_interval(days => $2::int), review_at = review_at - make_interval(days => $2::int),
       grace_until = grace_until - make_interval(days => $2::int) where tenant_id = $1`,
    [tenantId, days],
  );
}

function expected(model: Model) {
  const lots = [...model.lots]
    .filter(([, lot]) => lot.earned !== 0n || lot.remaining !== 0n)
    .sort(([a], [b]) => a - b)
    .map(([day, lot]) => ({ day, earned: lot.earned.toString(), remaining: lot.remaining.toString() }));
  return { balance: model.balance.toString(), lots, tier: model.tier === null ? null : TIERS[model.tier]!.key };
}

async function observed(playerId: string) {
  const { rows: account } = await owner.query<{ balance: string }>(
    `select balance::text from ledger_account where tenant_id = $1 and owner_type = 'PLAYER' and owner_id = $2 and kind = 'POINTS'`,
    [tenantId, playerId],
  );
  const { rows: lots } = await owner.query<{ day: number; earned: string; remaining: string }>(
    `select (earned_on - (now() at time zone 'UTC')::date) as day, earned::text, remaining::text from vip_point_lot
     where tenant_id = $1 and player_id = $2 and (earned <> 0 or remaining <> 0) order by earned_on`,
    [tenantId, playerId],
  );
  const { rows: tier } = await owner.query<{ key: string | null }>(
    `select t.key from vip_player p left join vip_tier t on t.id = p.tier_id where p.tenant_id = $1 and p.player_id = $2`,
    [tenantId, playerId],
  );
  return { balance: account[0]?.balance ?? '0', lots, tier: tier[0]?.key ?? null };
}
