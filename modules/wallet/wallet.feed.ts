import type { TenantTx } from '../../src/context.js';

/**
 * The ledger feed (SQL `ledger_feed`, docs/wallet.md "The ledger feed"): a tenant's committed
 * transactions of the given codes in (xid, id) order, where xid is the database transaction that
 * wrote them. Only transactions below the oldest database transaction still running are answered,
 * so a transaction that commits late can never sort before a reader's cursor: a reader that keeps
 * its cursor (and moves it in the transaction that uses the rows) reads each row exactly once.
 * VIP accrual reads bets, rollbacks and rake from it; KPI roll-ups can do the same.
 */

/** Where a reader of the feed stands: after this (xid, id). */
export interface FeedCursor {
  /** A PostgreSQL xid8, as a decimal string. */
  xid: string;
  id: string;
}

export const FEED_START: FeedCursor = { xid: '0', id: '00000000-0000-0000-0000-000000000000' };

/** A PLAYER leg of a fed transaction: the signed amount on one of the player's accounts. */
export interface FeedLeg {
  playerId: string;
  currency: string;
  kind: 'CASH' | 'BONUS' | 'POINTS';
  amount: bigint;
}

export interface FeedRow {
  cursor: FeedCursor;
  id: string;
  code: string;
  reference: string | null;
  metadata: Record<string, unknown>;
  reversesId: string | null;
  /**
   * Who posted it (KIND:id). A reader that credits players for a code trusts only its platform
   * writer: partners may post any code through `postTransfers`, but never as PROVIDER:… or POKER:….
   */
  createdBy: string;
  createdAt: Date;
  playerLegs: FeedLeg[];
}

/** The next page of the feed after `after` (at most `limit` rows). */
export async function ledgerFeedInTx(tx: TenantTx, after: FeedCursor, codes: readonly string[], limit: number): Promise<FeedRow[]> {
  const rows = await tx.em.execute<
    { xid: string; id: string; code: string; reference: string | null; metadata: Record<string, unknown>; reverses_id: string | null; created_by: string; created_at: Date; player_legs: { playerId: string; currency: string; kind: FeedLeg['kind']; amount: string }[] }[]
  >(`select xid::text as xid, id, code, reference, metadata, reverses_id, created_by, created_at, player_legs from ledger_feed(?, ?::xid8, ?::uuid, ?::text[], ?)`, [
    tx.tenantId,
    after.xid,
    after.id,
    // A Postgres array literal: knex would spread a JS array into a list. Codes are [A-Z_]+.
    `{${codes.join(',')}}`,
    limit,
  ]);
  return rows.map((r) => ({
    cursor: { xid: r.xid, id: r.id },
    id: r.id,
    code: r.code,
    reference: r.reference,
    metadata: r.metadata,
    reversesId: r.reverses_id,
    createdBy: r.created_by,
    createdAt: new Date(r.created_at),
    playerLegs: r.player_legs.map((l) => ({ ...l, amount: BigInt(l.amount) })),
  }));
}
