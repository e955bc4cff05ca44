import type { TenantTx } from '../../src/context.js';
import { isUuid } from '../../src/ids.js';
import type { GrantStatus } from './bonus.errors.js';

/**
 * Read-only facts about grants for modules above (offers: an experiment's conversion and revenue
 * outcomes), in the caller's transaction, set-based.
 */

/** Where a grant stands, and when and with what it ended. */
export interface GrantState {
  status: GrantStatus;
  endedAt: Date | null;
  /** Cash converted when it completed (minor units); null until it ended. */
  converted: bigint | null;
}

/** The states of grants by id (ids not of the tenant are absent). */
export async function grantStatesInTx(tx: TenantTx, grantIds: readonly string[]): Promise<ReadonlyMap<string, GrantState>> {
  const valid = [...new Set(grantIds.filter(isUuid))];
  if (valid.length === 0) return new Map();
  const rows = await tx.em.execute<{ id: string; status: GrantStatus; ended_at: Date | string | null; converted: string | null }[]>(
    `select id, status, ended_at, converted from bonus_grant where tenant_id = ? and id = any(?::uuid[])`,
    [tx.tenantId, `{${valid.join(',')}}`],
  );
  return new Map(rows.map((r) => [r.id, { status: r.status, endedAt: r.ended_at === null ? null : new Date(r.ended_at), converted: r.converted === null ? null : BigInt(r.converted) }]));
}

/**
 * Each window's bonus cost in one currency: the cash converted from the player's bonuses that
 * completed in [from, to) (bonus_grant.converted). One amount per window, in their order.
 */
export async function bonusConversionsInTx(tx: TenantTx, request: { currency: string; windows: readonly { playerId: string; from: Date; to: Date }[] }): Promise<bigint[]> {
  if (request.windows.length === 0) return [];
  const rows = await tx.em.execute<{ i: string; converted: string }[]>(
    `select w.i, sum(g.converted) as converted
     from unnest(?::uuid[], ?::timestamptz[], ?::timestamptz[]) with ordinality as w (player_id, from_at, to_at, i)
     join bonus_grant g on g.tenant_id = ? and g.player_id = w.player_id and g.currency = ? and g.status = 'COMPLETED'
       and g.ended_at >= w.from_at and g.ended_at < w.to_at and g.converted is not null
     group by w.i`,
    [
      `{${request.windows.map((w) => w.playerId).join(',')}}`,
      `{${request.windows.map((w) => `"${w.from.toISOString()}"`).join(',')}}`,
      `{${request.windows.map((w) => `"${w.to.toISOString()}"`).join(',')}}`,
      tx.tenantId,
      request.currency,
    ],
  );
  const result = request.windows.map(() => 0n);
  for (const row of rows) result[Number(row.i) - 1] = BigInt(row.converted);
  return result;
}

/** The ids of a player's ACTIVE grants, oldest first (risk: confiscation forfeits them). */
export async function activeGrantIdsInTx(tx: TenantTx, playerId: string): Promise<string[]> {
  if (!isUuid(playerId)) return [];
  const rows = await tx.em.execute<{ id: string }[]>(`select id from bonus_grant where tenant_id = ? and player_id = ? and status = 'ACTIVE' order by id`, [tx.tenantId, playerId]);
  return rows.map((r) => r.id);
}
