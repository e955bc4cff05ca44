import { requireTenant, tenantTx, type Context } from '../../src/context.js';
import { keysetPage, type Connection, type PageArgs } from '../../src/graphql/pagination.js';
import { pointsBalancesInTx, type PointsCode } from './vip.ledger.js';
import { POINTS_UNIT } from './vip.units.js';

/**
 * Reads of a player's points (docs/vip.md "Points"): the balance on the ledger, the lots (what
 * remains of each day's points and when it expires), and the history of the player's POINTS
 * account, newest first. Who may read them is the resolver's question.
 */
export interface PointsLot {
  earnedOn: string;
  earned: bigint;
  remaining: bigint;
  expired: bigint;
  expiresAt: Date | null;
}

export interface PointsExpiring {
  /** When the next points expire. */
  at: Date;
  points: bigint;
}

export interface PointsEntry {
  seq: string;
  code: PointsCode;
  /** Hundredths: > 0 credited, < 0 debited. */
  points: bigint;
  balanceAfter: bigint;
  createdAt: Date;
}

export async function pointsBalance(ctx: Context, playerId: string): Promise<bigint> {
  return tenantTx(ctx, async (tx) => (await pointsBalancesInTx(tx, [playerId])).get(playerId) ?? 0n);
}

/** The player's lots that still hold points, oldest first (at most `limit`). */
export async function pointsLots(ctx: Context, playerId: string, limit: number): Promise<PointsLot[]> {
  return tenantTx(ctx, async (tx) => {
    const rows = await tx.em.execute<{ earned_on: string; earned: string; remaining: string; expired: string; expires_at: Date | null }[]>(
      `select to_char(earned_on, 'YYYY-MM-DD') as earned_on, earned::text, remaining::text, expired::text, expires_at
       from vip_point_lot where tenant_id = ? and player_id = ? and remaining > 0 order by earned_on limit ?`,
      [tx.tenantId, playerId, limit],
    );
    return rows.map((r) => ({
      earnedOn: r.earned_on,
      earned: BigInt(r.earned),
      remaining: BigInt(r.remaining),
      expired: BigInt(r.expired),
      expiresAt: r.expires_at ? new Date(r.expires_at) : null,
    }));
  });
}

/** The next expiry: the points of every lot that expires at the earliest expiry time, or null. */
export async function nextExpiry(ctx: Context, playerId: string): Promise<PointsExpiring | null> {
  return tenantTx(ctx, async (tx) => {
    const [row] = await tx.em.execute<{ at: Date; points: string }[]>(
      `select expires_at as at, sum(remaining)::text as points from vip_point_lot
       where tenant_id = ? and player_id = ? and remaining > 0 and expires_at is not null
       group by expires_at order by expires_at limit 1`,
      [tx.tenantId, playerId],
    );
    return row ? { at: new Date(row.at), points: BigInt(row.points) } : null;
  });
}

/** The player's points postings, newest first, paged both ways (by the account's entry sequence). */
export function pointsHistory(ctx: Context, playerId: string, args: PageArgs): Promise<Connection<PointsEntry>> {
  const tenantId = requireTenant(ctx).id;
  return keysetPage<PointsEntry>(args, {
    filters: { playerId, of: 'vip-points' },
    keyOf: (e) => e.seq,
    fetch: (window) =>
      tenantTx(ctx, async (tx) => {
        const clauses = ['e.tenant_id = ?', `e.account_id = (select id from ledger_account where tenant_id = ? and owner_type = 'PLAYER' and owner_id = ? and currency = ? and kind = 'POINTS' and stripe = 0)`];
        const values: unknown[] = [tenantId, tenantId, playerId, POINTS_UNIT];
        // Newest first: `after` reads older entries, `before` newer ones.
        if (window.after !== undefined) {
          clauses.push('e.seq < ?::bigint');
          values.push(window.after);
        }
        if (window.before !== undefined) {
          clauses.push('e.seq > ?::bigint');
          values.push(window.before);
        }
        const direction = window.backward ? 'asc' : 'desc';
        const rows = await tx.em.execute<{ seq: string; code: PointsCode; amount: string; balance_after: string; created_at: Date }[]>(
          `select e.seq::text as seq, t.code, e.amount::text as amount, e.balance_after::text as balance_after, e.created_at
           from ledger_entry e join ledger_transaction t on t.tenant_id = e.tenant_id and t.id = e.transaction_id
           where ${clauses.join(' and ')} order by e.seq ${direction} limit ?`,
          [...values, window.limit],
        );
        return rows.map((r) => ({ seq: r.seq, code: r.code, points: BigInt(r.amount), balanceAfter: BigInt(r.balance_after), createdAt: new Date(r.created_at) }));
      }),
  });
}
