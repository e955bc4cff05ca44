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

/** A player's first succeeded deposit, and whether it was later charged back (a dispute lost). */
export interface FirstDeposit {
  paymentId: string;
  currency: string;
  /** The confirmed amount (the requested amount when the provider confirmed no other). */
  amount: bigint;
  /** When it was confirmed. */
  at: Date;
  /** When a dispute on it was lost (closed); null: never charged back. */
  chargedBackAt: Date | null;
}

/**
 * The first succeeded deposit of each player (the earliest confirmed), in the caller's tenant
 * transaction: affiliates' first-time-depositor counts and CPA qualification. Players who never
 * deposited are absent from the map.
 */
export async function firstDepositsOf(tx: TenantTx, playerIds: readonly string[]): Promise<ReadonlyMap<string, FirstDeposit>> {
  if (playerIds.length === 0) return new Map();
  const rows = await tx.em.execute<{ player_id: string; id: string; currency: string; amount: string; at: Date; charged_back_at: Date | null }[]>(
    `select distinct on (p.player_id) p.player_id, p.id, p.currency, coalesce(p.confirmed_amount, p.amount) as amount,
            coalesce(p.confirmed_at, p.updated_at) as at,
            (select min(coalesce(d.closed_at, d.updated_at)) from payment_dispute d
              where d.tenant_id = p.tenant_id and d.payment_id = p.id and d.status = 'LOST') as charged_back_at
       from payment p
      where p.tenant_id = ? and p.player_id = any (?::text[]) and p.status = 'SUCCEEDED'
      order by p.player_id, coalesce(p.confirmed_at, p.updated_at), p.id`,
    // An array literal: the driver would spread a list binding into separate parameters.
    [tx.tenantId, `{${playerIds.join(',')}}`],
  );
  return new Map(
    rows.map((row) => [
      row.player_id,
      {
        paymentId: row.id,
        currency: row.currency.trim(),
        amount: BigInt(row.amount),
        at: new Date(row.at),
        chargedBackAt: row.charged_back_at ? new Date(row.charged_back_at) : null,
      },
    ]),
  );
}
