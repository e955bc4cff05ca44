import type { Context, TenantTx } from '../../src/context.js';
import { upgradeTiersInTx as upgrade } from './vip.status.js';

/**
 * The seam between points and tiers (the contract of the two halves of the module):
 *
 * - `upgradeTiersInTx` is called by accrual (and by adjustments) in the transaction that changed
 *   the players' points: each player whose points in the window now reach a higher tier goes up
 *   at once (or is held below a high-value tier until the checks are approved). Downgrades never
 *   happen here: only at a review (vip.status.ts).
 * - `rateOfInTx` answers each player's point-rate multiplier (basis points, 10000 = 1x) from their
 *   current tier, for accrual; a player without a tier earns at 1x.
 */
export async function upgradeTiersInTx(ctx: Context, tx: TenantTx, playerIds: readonly string[]): Promise<void> {
  // The rules live in vip.status.ts (docs/vip.md "Status").
  await upgrade(ctx, tx, playerIds);
}

export async function rateOfInTx(tx: TenantTx, playerIds: readonly string[]): Promise<Map<string, number>> {
  if (playerIds.length === 0) return new Map();
  const rows = await tx.em.execute<{ player_id: string; point_rate_bp: number }[]>(
    `select p.player_id, t.point_rate_bp from vip_player p join vip_tier t on t.tenant_id = p.tenant_id and t.id = p.tier_id
     where p.tenant_id = ? and p.player_id = any (?::uuid[])`,
    [tx.tenantId, `{${playerIds.join(',')}}`],
  );
  return new Map(rows.map((r) => [r.player_id, r.point_rate_bp]));
}
