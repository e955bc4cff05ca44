/**
 * VIP points fixtures by owner SQL (the settings and tiers API belong to the tiers half): a
 * tenant's programme, a tier planted for a player, and reads of points, accruals and lots.
 */
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { Services } from '../../src/context.js';
import { accrualLag, accrueTenant, type AccrualCounts } from '../../modules/vip/index.js';

export interface ProgrammeFixture {
  earnRates?: Record<string, string>;
  rakeRates?: Record<string, string>;
  gameWeights?: { games: Record<string, number>; categories: Record<string, number>; default: number };
  expiryDays?: number | null;
}

/** Sets (or replaces) the tenant's VIP programme. Accrual opens the feed cursor on its first run. */
export async function vipProgramme(owner: pg.Client, tenantId: string, fixture: ProgrammeFixture = {}): Promise<void> {
  await owner.query(
    `insert into vip_settings (tenant_id, enabled, earn_rates, rake_rates, game_weights, expiry_days)
     values ($1, true, $2, $3, $4, $5)
     on conflict (tenant_id) do update set enabled = true, earn_rates = excluded.earn_rates, rake_rates = excluded.rake_rates,
       game_weights = excluded.game_weights, expiry_days = excluded.expiry_days, version = vip_settings.version + 1`,
    [
      tenantId,
      JSON.stringify(fixture.earnRates ?? { EUR: '100' }),
      JSON.stringify(fixture.rakeRates ?? { EUR: '100' }),
      JSON.stringify(fixture.gameWeights ?? { games: {}, categories: {}, default: 100 }),
      fixture.expiryDays ?? null,
    ],
  );
}

/** A tier of the tenant (rank, rate) created if need be, and the players put in it. */
export async function plantTier(owner: pg.Client, tenantId: string, playerIds: readonly string[], rateBp: number, rank = 1): Promise<string> {
  const key = `rate-${rateBp}-${rank}`;
  const found = await owner.query<{ id: string }>(`select id from vip_tier where tenant_id = $1 and key = $2`, [tenantId, key]);
  const tierId = found.rows[0]?.id ?? randomUUID();
  if (!found.rows[0]) {
    // A threshold nobody reaches: only the players named here are in it (the real upgrade rules would move anyone else up).
    await owner.query(`insert into vip_tier (id, tenant_id, key, name, rank, threshold, point_rate_bp) values ($1, $2, $3, $3, $4, 100000000000000, $5)`, [tierId, tenantId, key, rank, rateBp]);
  }
  for (const playerId of playerIds) {
    await owner.query(
      `insert into vip_player (tenant_id, player_id, tier_id) values ($1, $2, $3) on conflict (tenant_id, player_id) do update set tier_id = excluded.tier_id`,
      [tenantId, playerId, tierId],
    );
  }
  return tierId;
}

/** The player's points balance on the ledger (hundredths; 0 without an account). */
export async function pointsOf(owner: pg.Client, tenantId: string, playerId: string): Promise<bigint> {
  const { rows } = await owner.query<{ balance: string }>(
    `select balance::text from ledger_account where tenant_id = $1 and owner_type = 'PLAYER' and owner_id = $2 and kind = 'POINTS'`,
    [tenantId, playerId],
  );
  return rows.reduce((sum, r) => sum + BigInt(r.balance), 0n);
}

/** The tenant's POINTS balances summed (the house's included): zero when the points ledger balances. */
export async function pointsSum(owner: pg.Client, tenantId: string): Promise<bigint> {
  const { rows } = await owner.query<{ total: string | null }>(`select sum(balance)::text as total from ledger_account where tenant_id = $1 and kind = 'POINTS'`, [tenantId]);
  return BigInt(rows[0]?.total ?? '0');
}

export interface AccrualRowView {
  source_id: string;
  kind: string;
  basis: string;
  weight_pct: number;
  rate_bp: number;
  points: string;
  reverses_id: string | null;
}

export async function accrualsOf(owner: pg.Client, tenantId: string, playerId: string): Promise<AccrualRowView[]> {
  const { rows } = await owner.query<AccrualRowView>(
    `select source_id, kind, basis::text, weight_pct, rate_bp, points::text, reverses_id from vip_accrual where tenant_id = $1 and player_id = $2 order by created_at, kind`,
    [tenantId, playerId],
  );
  return rows;
}

export interface LotView {
  earned_on: string;
  earned: string;
  remaining: string;
  expired: string;
}

export async function lotsOf(owner: pg.Client, tenantId: string, playerId: string): Promise<LotView[]> {
  const { rows } = await owner.query<LotView>(
    `select to_char(earned_on, 'YYYY-MM-DD') as earned_on, earned::text, remaining::text, expired::text from vip_point_lot where tenant_id = $1 and player_id = $2 order by earned_on`,
    [tenantId, playerId],
  );
  return rows;
}

/** The ledger transaction id of a seamless callback's transaction. */
export async function ledgerTxOf(owner: pg.Client, tenantId: string, providerTransaction: string): Promise<string> {
  const { rows } = await owner.query<{ ledger_transaction_id: string }>(`select ledger_transaction_id from seamless_transaction where tenant_id = $1 and transaction_id = $2`, [
    tenantId,
    providerTransaction,
  ]);
  return rows[0]!.ledger_transaction_id;
}

/**
 * Posts a ledger transaction by owner SQL inside a transaction the caller may hold open (a BET
 * of the player's cash, or a POKER_RAKE with its shares): `begin` is the caller's.
 */
export async function postRawInTx(
  owner: pg.Client,
  tenantId: string,
  posting: { code: 'BET' | 'BET_ROLLBACK' | 'POKER_RAKE'; playerId?: string; amount: bigint; metadata: Record<string, unknown>; currency?: string; reversesId?: string; createdBy?: string },
): Promise<string> {
  const currency = posting.currency ?? 'EUR';
  // The other side is WORLD: a transaction held open must not lock an account the callbacks post to.
  const player = { ownerType: 'PLAYER', ownerId: posting.playerId, currency, kind: 'CASH' };
  const world = { ownerType: 'WORLD', currency, kind: 'CASH' };
  const from = posting.code === 'BET' ? player : world;
  const to = posting.code === 'BET' ? world : posting.code === 'BET_ROLLBACK' ? player : { ownerType: 'HOUSE', currency, kind: 'CASH' };
  await owner.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
  const { rows } = await owner.query<{ answer: { posting?: { id: string }; error?: unknown } }>(
    `select ledger_post_batch($1, jsonb_build_array(jsonb_build_object(
       'legs', jsonb_build_array(
         jsonb_build_object('accountId', ledger_resolve($1, $2::jsonb, null, 1, array[$4::text])->'account'->>'id', 'amount', -$5::bigint),
         jsonb_build_object('accountId', ledger_resolve($1, $3::jsonb, null, 1, array[$4::text])->'account'->>'id', 'amount', $5::bigint)),
       'meta', jsonb_build_object('code', $6::text, 'reference', null, 'metadata', $7::jsonb, 'reversesId', $8::uuid,
         'idempotencyKey', 'vip-test:' || ledger_uuidv7(), 'createdBy', $9::text))))->0 as answer`,
    [tenantId, JSON.stringify(from), JSON.stringify(to), currency, posting.amount.toString(), posting.code, JSON.stringify(posting.metadata), posting.reversesId ?? null,
      // The platform writer of each code (VIP trusts no other): the seamless wallet's label, or a poker table's.
      posting.createdBy ?? (posting.code === 'POKER_RAKE' ? 'POKER:test-table' : 'PROVIDER:test-provider')],
  );
  const answer = rows[0]!.answer;
  if (!answer.posting) throw new Error(`postRawInTx: ${JSON.stringify(answer)}`);
  return answer.posting.id;
}

/**
 * Runs accrual until the tenant's feed is read to its end. The feed answers only what is below
 * the oldest running database transaction of the cluster, so a run can find nothing while another
 * test file's transaction is open: this waits for that (bounded), it does not time anything.
 */
export async function drainAccrual(services: Services, tenantId: string, options: { pageSize?: number } = {}): Promise<AccrualCounts> {
  const total: AccrualCounts = { processed: 0, players: 0 };
  for (let attempt = 0; attempt < 1000; attempt++) {
    const run = await accrueTenant(services, tenantId, options);
    total.processed += run.processed;
    total.players += run.players;
    if ((await accrualLag(services, tenantId)) === 0) return total;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('drainAccrual: the feed did not drain');
}
