import type { TenantTx } from '../../src/context.js';
import { isUuid } from '../../src/ids.js';

/** Player ids as one Postgres text[] parameter (an array parameter would be spread into a list); ids that are not UUIDs cannot be players. */
function textArray(playerIds: readonly string[]): string {
  return `{${playerIds.filter(isUuid).join(',')}}`;
}

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
 * deposited are absent from the map. One statement: payment_player_idx (or the tenant's payments),
 * then one probe of payment_dispute_payment_idx per first deposit.
 */
export async function firstDepositsOf(tx: TenantTx, playerIds: readonly string[]): Promise<ReadonlyMap<string, FirstDeposit>> {
  if (playerIds.length === 0) return new Map();
  const rows = await tx.em.execute<{ player_id: string; id: string; currency: string; amount: string; at: Date; charged_back_at: Date | null }[]>(
    `select f.player_id, f.id, f.currency, f.amount, f.at,
            (select min(coalesce(d.closed_at, d.updated_at)) from payment_dispute d
              where d.tenant_id = f.tenant_id and d.payment_id = f.id and d.status = 'LOST') as charged_back_at
       from (select distinct on (p.player_id) p.tenant_id, p.player_id, p.id, p.currency, coalesce(p.confirmed_amount, p.amount) as amount,
                    coalesce(p.confirmed_at, p.updated_at) as at
               from payment p
              where p.tenant_id = ? and p.player_id = any(?::text[]) and p.status = 'SUCCEEDED'
              order by p.player_id, coalesce(p.confirmed_at, p.updated_at), p.id) f`,
    [tx.tenantId, textArray(playerIds)],
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

/** A player's money in and out in one currency over a window (minor units, each >= 0). */
export interface PaymentTotals {
  playerId: string;
  currency: string;
  /** Succeeded deposits confirmed in the window (the confirmed amount). */
  deposits: bigint;
  /** Withdrawals and refunds paid in the window (status PAID; the time of their payout posting in the ledger). */
  withdrawals: bigint;
  /** Disputes lost (charged back) in the window, by when they closed; a dispute later reversed to won is not counted. */
  chargebacks: bigint;
}

/**
 * Each player's deposits, withdrawals paid and chargebacks per currency in [from, to), in the
 * caller's tenant transaction, one statement for all the players (payment_player_idx,
 * payment_withdrawal_player_idx; lost disputes by payment_dispute_status_idx). Players and
 * currencies with nothing are absent. A withdrawal is paid when its payout was posted (its
 * ledger transaction: the capture of its hold); a payout later returned by the provider is FAILED
 * and not counted.
 */
export async function paymentTotalsInTx(tx: TenantTx, request: { playerIds: readonly string[]; from: Date; to: Date }): Promise<PaymentTotals[]> {
  if (request.playerIds.length === 0) return [];
  const ids = textArray(request.playerIds);
  const rows = await tx.em.execute<{ player_id: string; currency: string; deposits: string; withdrawals: string; chargebacks: string }[]>(
    `select player_id, currency, sum(deposit) as deposits, sum(withdrawal) as withdrawals, sum(chargeback) as chargebacks
     from (
       select p.player_id, p.currency, coalesce(p.confirmed_amount, p.amount) as deposit, 0 as withdrawal, 0 as chargeback
         from payment p
        where p.tenant_id = ? and p.player_id = any(?::text[]) and p.status = 'SUCCEEDED'
          and coalesce(p.confirmed_at, p.updated_at) >= ? and coalesce(p.confirmed_at, p.updated_at) < ?
       union all
       select w.player_id, w.currency, 0, w.amount, 0
         from payment_withdrawal w
         join ledger_transaction t on t.tenant_id = w.tenant_id and t.id = w.ledger_transaction_id
        where w.tenant_id = ? and w.player_id = any(?::text[]) and w.status = 'PAID' and t.created_at >= ? and t.created_at < ?
       union all
       select d.player_id, d.currency, 0, 0, d.amount
         from payment_dispute d
        where d.tenant_id = ? and d.status = 'LOST' and d.player_id = any(?::text[])
          and coalesce(d.closed_at, d.updated_at) >= ? and coalesce(d.closed_at, d.updated_at) < ?
     ) money
     group by player_id, currency
     order by player_id, currency`,
    [tx.tenantId, ids, request.from, request.to, tx.tenantId, ids, request.from, request.to, tx.tenantId, ids, request.from, request.to],
  );
  return rows.map((r) => ({
    playerId: r.player_id,
    currency: r.currency.trim(),
    deposits: BigInt(r.deposits),
    withdrawals: BigInt(r.withdrawals),
    chargebacks: BigInt(r.chargebacks),
  }));
}

/**
 * A player's deposits asked for and not yet confirmed or failed (status PENDING), summed per
 * currency (requested amounts), in the caller's tenant transaction (payment_player_idx): the
 * deposits in flight that risk's KYC threshold counts with the succeeded ones, so that several
 * deposits started at once cannot pass the threshold unchecked.
 */
export async function pendingDepositsInTx(tx: TenantTx, playerId: string): Promise<ReadonlyMap<string, bigint>> {
  if (!isUuid(playerId)) return new Map();
  const rows = await tx.em.execute<{ currency: string; amount: string }[]>(
    `select currency, sum(amount) as amount from payment where tenant_id = ? and player_id = ? and status = 'PENDING' group by currency`,
    [tx.tenantId, playerId],
  );
  return new Map(rows.map((r) => [r.currency.trim(), BigInt(r.amount)]));
}

/** A player's recent deposits, as the velocity rules read them (docs/risk.md "Velocity rules"). */
export interface RecentDeposits {
  /** Deposits asked for since `countSince`, in any currency and whatever became of them. */
  asked: number;
  /** Deposits in `currency` asked for since `sumSince` and not failed, cancelled or refused (the confirmed amount once confirmed). */
  amount: bigint;
  /** The last succeeded deposit in `currency`: when it was confirmed and its amount; null: none. */
  last: { at: Date; amount: bigint } | null;
}

/** The player's recent deposits in the caller's tenant transaction (payment_player_idx). */
export async function recentDepositsInTx(tx: TenantTx, request: { playerId: string; currency: string; countSince: Date; sumSince: Date }): Promise<RecentDeposits> {
  const [row] = await tx.em.execute<{ asked: string; amount: string; last_at: Date | null; last_amount: string | null }[]>(
    `select (select count(*) from payment where tenant_id = ? and player_id = ? and created_at >= ?) as asked,
            (select coalesce(sum(coalesce(confirmed_amount, amount)), 0) from payment
              where tenant_id = ? and player_id = ? and created_at >= ? and currency = ? and status in ('PENDING', 'SUCCEEDED')) as amount,
            l.at as last_at, l.amount as last_amount
       from (select 1) one
       left join lateral (
         select coalesce(confirmed_at, updated_at) as at, coalesce(confirmed_amount, amount) as amount from payment
          where tenant_id = ? and player_id = ? and currency = ? and status = 'SUCCEEDED'
          order by coalesce(confirmed_at, updated_at) desc limit 1) l on true`,
    [tx.tenantId, request.playerId, request.countSince, tx.tenantId, request.playerId, request.sumSince, request.currency, tx.tenantId, request.playerId, request.currency],
  );
  return {
    asked: Number(row?.asked ?? 0),
    amount: BigInt(row?.amount ?? 0),
    last: row?.last_at ? { at: new Date(row.last_at), amount: BigInt(row.last_amount ?? 0) } : null,
  };
}
