import type { TenantTx } from '../../src/context.js';
import { newId } from '../../src/ids.js';
import { postTransferInTx, rebuildWalletError, requestHash, type AccountSelector, type TransferAnswer, type TransferRequest } from '../wallet/index.js';
import { POINTS_UNIT } from './vip.units.js';

/**
 * Points on the ledger (docs/vip.md "Points"): every change of a player's points is a ledger
 * transfer between the player's POINTS account and the house's, posted by the wallet's own
 * posting function (`ledger_post_transfers`): idempotent per key, entries with running balances,
 * an account-changed event per posting. Lots (`vip_point_lot`) say which points are the oldest.
 *
 * Lock order: the player's POINTS account (by the posting, or `lockPointsAccountInTx`) before
 * the player's lots, on every path.
 */
export const POINTS_CODES = ['VIP_EARN', 'VIP_ROLLBACK', 'VIP_REDEEM', 'VIP_EXPIRE', 'VIP_ADJUST'] as const;
export type PointsCode = (typeof POINTS_CODES)[number];

const house: AccountSelector = { ownerType: 'HOUSE', currency: POINTS_UNIT, kind: 'POINTS' };
const playerAccount = (playerId: string): AccountSelector => ({ ownerType: 'PLAYER', ownerId: playerId, currency: POINTS_UNIT, kind: 'POINTS' });

export interface PointsPosting {
  /** Idempotency key of the ledger transaction (unique per tenant). */
  key: string;
  code: PointsCode;
  playerId: string;
  /** Hundredths of a point: > 0 credits the player, < 0 debits. */
  points: bigint;
  reference: string | null;
  metadata: Record<string, unknown>;
  createdBy: string;
}

export interface PostedPoints {
  transactionId: string;
  /** The player's points balance after the posting. */
  balanceAfter: bigint;
  replay: boolean;
}

function transferRequest(p: PointsPosting): TransferRequest {
  const amount = p.points < 0n ? -p.points : p.points;
  const transfer = p.points > 0n ? { from: house, to: playerAccount(p.playerId), amount: amount.toString() } : { from: playerAccount(p.playerId), to: house, amount: amount.toString() };
  return {
    key: p.key,
    hash: requestHash('transfer', { key: p.key, transfer }),
    code: p.code,
    reference: p.reference,
    metadata: p.metadata,
    createdBy: p.createdBy,
    transactionId: newId(),
    entryIds: [newId(), newId()],
    transfers: [transfer],
  };
}

function postedOf(answer: TransferAnswer, p: PointsPosting): PostedPoints {
  if ('conflict' in answer || 'invalid' in answer) throw new Error(`vip: points posting ${p.key} refused: ${JSON.stringify(answer)}`);
  if (!answer.outcome.ok) throw rebuildWalletError(answer.outcome.code, answer.outcome.data);
  const transactionId = answer.outcome.result.transactionId;
  if (!('posting' in answer)) return { transactionId, balanceAfter: 0n, replay: true };
  // The entries are in transfer order: from, then to.
  const entry = p.points > 0n ? answer.posting.entries[1]! : answer.posting.entries[0]!;
  return { transactionId, balanceAfter: BigInt(entry.balanceAfter), replay: false };
}

/** Posts one change of a player's points in the caller's transaction. */
export async function postPointsInTx(tx: TenantTx, stripes: number, posting: PointsPosting): Promise<PostedPoints> {
  if (posting.points === 0n) throw new Error('vip: a points posting of zero');
  return postedOf(await postTransferInTx(tx, stripes, [POINTS_UNIT], transferRequest(posting)), posting);
}

/** Posts many players' changes in one call of the ledger's batch function (accrual's path). */
export async function postPointsBatchInTx(tx: TenantTx, stripes: number, postings: readonly PointsPosting[]): Promise<PostedPoints[]> {
  if (postings.length === 0) return [];
  const [row] = await tx.em.execute<{ answers: TransferAnswer[] }[]>(`select ledger_post_transfers(?, ?, ?::text[], ?::jsonb) as answers`, [
    tx.tenantId,
    stripes,
    `{${POINTS_UNIT}}`,
    JSON.stringify(postings.map(transferRequest)),
  ]);
  tx.outboxWritten();
  return row!.answers.map((answer, i) => postedOf(answer, postings[i]!));
}

/** Locks the player's POINTS account (opening it if need be) and answers its balance: the first lock of a path that checks before it spends. */
export async function lockPointsAccountInTx(tx: TenantTx, playerId: string): Promise<bigint> {
  await tx.em.execute(
    `insert into ledger_account (id, tenant_id, owner_type, owner_id, currency, kind, stripe, floor_policy)
     values (ledger_uuidv7(), ?, 'PLAYER', ?, ?, 'POINTS', 0, 'UNBOUNDED')
     on conflict (tenant_id, owner_type, owner_id, currency, kind, stripe) do nothing`,
    [tx.tenantId, playerId, POINTS_UNIT],
  );
  const [row] = await tx.em.execute<{ balance: string }[]>(
    `select balance::text from ledger_account
     where tenant_id = ? and owner_type = 'PLAYER' and owner_id = ? and currency = ? and kind = 'POINTS' and stripe = 0
     for no key update`,
    [tx.tenantId, playerId, POINTS_UNIT],
  );
  return BigInt(row!.balance);
}

/** The players' points balances (0 for a player without an account). */
export async function pointsBalancesInTx(tx: TenantTx, playerIds: readonly string[]): Promise<Map<string, bigint>> {
  if (playerIds.length === 0) return new Map();
  const rows = await tx.em.execute<{ owner_id: string; balance: string }[]>(
    `select owner_id, balance::text from ledger_account
     where tenant_id = ? and owner_type = 'PLAYER' and owner_id = any (?::text[]) and currency = ? and kind = 'POINTS' and stripe = 0`,
    [tx.tenantId, `{${playerIds.join(',')}}`, POINTS_UNIT],
  );
  return new Map(rows.map((r) => [r.owner_id, BigInt(r.balance)]));
}

// ---------------------------------------------------------------- lots

/**
 * Lots hold the invariant sum(remaining) = max(0, balance) per player (the model test checks it):
 * - a credit of p after a balance b fills lots with max(0, p − max(0, −b)) (a debt is repaid first);
 * - a debit takes from lots, its own day's first if it names one (a rollback), then oldest first;
 *   what the lots cannot cover is the debt the balance now shows.
 * `earned` (the window's sums) moves with earnings and rollbacks only, never with spending.
 */
export interface LotCredit {
  playerId: string;
  day: string;
  points: bigint;
  /** The player's points balance before this credit (a debt is repaid before a lot fills). */
  balanceBefore: bigint;
  /** Whether the points count as earned (the tier window); staff corrections do not. */
  earned: boolean;
  expiryDays: number | null;
}

export async function creditLotInTx(tx: TenantTx, credit: LotCredit): Promise<void> {
  await creditLotsInTx(tx, [credit]);
}

/** Many credits in one statement (an accrual page); at most one per player and day. */
export async function creditLotsInTx(tx: TenantTx, credits: readonly LotCredit[]): Promise<void> {
  if (credits.length === 0) return;
  const rows = credits.map((c) => {
    const debt = c.balanceBefore < 0n ? -c.balanceBefore : 0n;
    const fill = c.points > debt ? c.points - debt : 0n;
    return { player_id: c.playerId, day: c.day, earned: c.earned ? c.points.toString() : '0', fill: fill.toString(), expiry_days: c.expiryDays };
  });
  await tx.em.execute(
    `insert into vip_point_lot as l (tenant_id, player_id, earned_on, earned, remaining, expires_at)
     select ?, r.player_id, r.day, r.earned, r.fill, case when r.expiry_days is null then null else (r.day + make_interval(days => r.expiry_days))::timestamptz end
     from jsonb_to_recordset(?::jsonb) as r(player_id uuid, day date, earned bigint, fill bigint, expiry_days integer)
     order by r.player_id, r.day
     on conflict (tenant_id, player_id, earned_on) do update set earned = l.earned + excluded.earned, remaining = l.remaining + excluded.remaining`,
    [tx.tenantId, JSON.stringify(rows)],
  );
}

/** Takes `points` from the player's lots (its own day first when given, then oldest first); answers what the lots covered. */
export async function debitLotsInTx(tx: TenantTx, debit: { playerId: string; points: bigint; ownDay?: string; unearn?: boolean }): Promise<bigint> {
  if (debit.unearn && debit.ownDay) {
    await tx.em.execute(`update vip_point_lot set earned = earned - ? where tenant_id = ? and player_id = ? and earned_on = ?::date`, [
      debit.points.toString(), tx.tenantId, debit.playerId, debit.ownDay,
    ]);
  }
  const lots = await tx.em.execute<{ earned_on: string; remaining: string }[]>(
    `select to_char(earned_on, 'YYYY-MM-DD') as earned_on, remaining::text from vip_point_lot
     where tenant_id = ? and player_id = ? and remaining > 0
     order by (earned_on = ?::date) desc, earned_on
     for update`,
    [tx.tenantId, debit.playerId, debit.ownDay ?? '0001-01-01'],
  );
  let left = debit.points;
  for (const lot of lots) {
    if (left === 0n) break;
    const take = BigInt(lot.remaining) < left ? BigInt(lot.remaining) : left;
    await tx.em.execute(`update vip_point_lot set remaining = remaining - ? where tenant_id = ? and player_id = ? and earned_on = ?::date`, [
      take.toString(), tx.tenantId, debit.playerId, lot.earned_on,
    ]);
    left -= take;
  }
  return debit.points - left;
}

/** Points a player earned (net of rollbacks) in the window of `windowDays` UTC days ending today (as of `asOf`). */
export async function pointsInWindowInTx(tx: TenantTx, playerIds: readonly string[], windowDays: number, asOf: Date): Promise<Map<string, bigint>> {
  if (playerIds.length === 0) return new Map();
  const rows = await tx.em.execute<{ player_id: string; earned: string }[]>(
    `select player_id, sum(earned)::text as earned from vip_point_lot
     where tenant_id = ? and player_id = any (?::uuid[]) and earned_on > (?::timestamptz at time zone 'UTC')::date - ?::int
     group by player_id`,
    [tx.tenantId, `{${playerIds.join(',')}}`, asOf.toISOString(), windowDays],
  );
  return new Map(rows.map((r) => [r.player_id, BigInt(r.earned)]));
}

/** The UTC day of a time, YYYY-MM-DD. */
export function utcDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}
