/**
 * Finished hands for readers above poker (the risk module's collusion scan): each with the
 * engine's final state, which holds every hole card, so only trusted detectors read it.
 */
import type { TenantTx } from '../../src/context.js';
import { isUuid } from '../../src/ids.js';
import type { HandState } from './engine/index.js';

export interface FinishedHand {
  id: string;
  tableId: string;
  handNo: number;
  endedAt: Date;
  /** The engine's final state: players by seat (with their ids and hole cards), actions, result. */
  state: HandState;
}

/**
 * The tenant's finished hands after the given per-table hand numbers (tables not named: from
 * their first hand), by table then number, at most `limit`. A table's hands finish in number
 * order (the next hand starts in the transaction that finishes the last), so a reader that
 * keeps the last number it read per table misses none and reads none twice.
 */
export async function finishedHandsAfterInTx(tx: TenantTx, after: ReadonlyMap<string, number>, limit: number): Promise<FinishedHand[]> {
  const tables = [...after.keys()];
  // Per table, its next hands by number (the unique index on (tenant_id, table_id, hand_no)).
  const rows = await tx.em.execute<{ id: string; table_id: string; hand_no: number; ended_at: Date; state: HandState }[]>(
    `select h.id, h.table_id, h.hand_no, h.ended_at, h.state
     from poker_table t
     left join unnest(?::uuid[], ?::int[]) as s (table_id, hand_no) on s.table_id = t.id
     cross join lateral (
       select h.id, h.table_id, h.hand_no, h.ended_at, h.state from poker_hand h
       where h.tenant_id = t.tenant_id and h.table_id = t.id and h.hand_no > coalesce(s.hand_no, 0) and h.status = 'COMPLETE'
       order by h.hand_no limit ?
     ) h
     where t.tenant_id = ?
     order by t.id, h.hand_no limit ?`,
    [`{${tables.join(',')}}`, `{${tables.map((t) => after.get(t)).join(',')}}`, limit, tx.tenantId, limit],
  );
  return rows.map((r) => ({ id: r.id, tableId: r.table_id, handNo: r.hand_no, endedAt: new Date(r.ended_at), state: r.state }));
}

/** The PHH history of the tenant's finished hands with these ids (unknown ids are left out). */
export async function handHistoriesInTx(tx: TenantTx, ids: readonly string[]): Promise<Map<string, string>> {
  const valid = ids.filter(isUuid);
  if (valid.length === 0) return new Map();
  const rows = await tx.em.execute<{ id: string; phh: string }[]>(
    `select id, phh from poker_hand where tenant_id = ? and id = any(?::uuid[]) and status = 'COMPLETE' and phh is not null`,
    [tx.tenantId, `{${valid.join(',')}}`],
  );
  return new Map(rows.map((r) => [r.id, r.phh]));
}
