import type { TenantTx } from '../../src/context.js';

/** A player's deposit history as offers' eligibility reads it. */
export interface DepositFacts {
  /** Succeeded deposits (in any currency). */
  count: number;
  /** When the last succeeded deposit was confirmed; null: never deposited. */
  lastAt: Date | null;
}

/** The deposit facts of one player, in the caller's tenant transaction (payment_player_idx). */
export async function depositFactsOf(tx: TenantTx, playerId: string): Promise<DepositFacts> {
  const [row] = await tx.em.execute<{ count: string; last_at: Date | null }[]>(
    `select count(*) as count, max(coalesce(confirmed_at, updated_at)) as last_at
     from payment where tenant_id = ? and player_id = ? and status = 'SUCCEEDED'`,
    [tx.tenantId, playerId],
  );
  return { count: Number(row?.count ?? 0), lastAt: row?.last_at ? new Date(row.last_at) : null };
}
