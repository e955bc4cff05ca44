import type pg from 'pg';

/**
 * The ledger's invariants, checked by SQL straight over its tables (as the owner, so no
 * row-level security and no application code in the way). Table names are unqualified on
 * purpose: a session may shadow them with temporary copies to prove that a check fails.
 */

export type LedgerInvariant = 'zero-sum' | 'floor' | 'running-balance' | 'held' | 'transaction-balance';

export interface LedgerViolation {
  invariant: LedgerInvariant;
  detail: string;
}

/**
 * The tenant's violations of:
 * - zero-sum: per currency, all balances sum to zero;
 * - floor: no account (other than UNBOUNDED) has balance − held below its floor;
 * - running-balance: per account, entries in seq order are numbered 1..n, each balance_after is the
 *   previous one (0 before the first) plus its amount, the last equals the account's balance and
 *   their count its entry_count;
 * - held: an account's held equals the sum of its OPEN holds;
 * - transaction-balance: each transaction's entries sum to zero per currency (double entry).
 * An empty list means all hold.
 */
export async function checkLedgerInvariants(client: pg.Client, tenantId: string): Promise<LedgerViolation[]> {
  const violations: LedgerViolation[] = [];
  const add = (invariant: LedgerInvariant, rows: object[]) => {
    for (const row of rows) violations.push({ invariant, detail: JSON.stringify(row) });
  };

  const zeroSum = await client.query(
    `select currency, sum(balance)::text as total
       from ledger_account where tenant_id = $1
      group by currency having sum(balance) <> 0`,
    [tenantId],
  );
  add('zero-sum', zeroSum.rows);

  const floor = await client.query(
    `select id, owner_type, owner_id, floor_policy, floor_limit::text, balance::text, held::text
       from ledger_account
      where tenant_id = $1 and floor_policy <> 'UNBOUNDED' and balance - held < floor_limit`,
    [tenantId],
  );
  add('floor', floor.rows);

  const steps = await client.query(
    `select account_id, seq::text, amount::text, balance_after::text, previous::text, n::text
       from (select account_id, seq, amount, balance_after,
                    lag(balance_after) over w as previous,
                    row_number() over w as n
               from ledger_entry where tenant_id = $1
             window w as (partition by account_id order by seq)) e
      where balance_after <> coalesce(previous, 0) + amount or seq <> n`,
    [tenantId],
  );
  add('running-balance', steps.rows);

  const last = await client.query(
    `select a.id, a.balance::text, a.entry_count::text, l.balance_after::text as last_balance_after, coalesce(c.n, 0)::text as entries
       from ledger_account a
       left join lateral (select e.balance_after from ledger_entry e
                           where e.tenant_id = a.tenant_id and e.account_id = a.id
                           order by e.seq desc limit 1) l on true
       left join lateral (select count(*) as n from ledger_entry e
                           where e.tenant_id = a.tenant_id and e.account_id = a.id) c on true
      where a.tenant_id = $1
        and (a.balance <> coalesce(l.balance_after, 0) or a.entry_count <> coalesce(c.n, 0))`,
    [tenantId],
  );
  add('running-balance', last.rows);

  const held = await client.query(
    `select a.id, a.held::text, coalesce(h.open, 0)::text as open_holds
       from ledger_account a
       left join (select account_id, sum(amount) as open from ledger_hold
                   where tenant_id = $1 and status = 'OPEN' group by account_id) h on h.account_id = a.id
      where a.tenant_id = $1 and a.held <> coalesce(h.open, 0)`,
    [tenantId],
  );
  add('held', held.rows);

  const unbalanced = await client.query(
    `select e.transaction_id, a.currency, sum(e.amount)::text as total
       from ledger_entry e join ledger_account a on a.id = e.account_id
      where e.tenant_id = $1
      group by e.transaction_id, a.currency having sum(e.amount) <> 0`,
    [tenantId],
  );
  add('transaction-balance', unbalanced.rows);

  return violations;
}

/** The raw id behind a Relay global id (base64 of "<Type>:<id>"), checking the type. */
export function rawId(globalId: string, type: string): string {
  const decoded = Buffer.from(globalId, 'base64').toString('utf8');
  const prefix = `${type}:`;
  if (!decoded.startsWith(prefix)) throw new Error(`${globalId} is not a ${type} id (decodes to ${decoded})`);
  return decoded.slice(prefix.length);
}

/** A tenant's uuid, as the ledger tables store it, from the id the API gave (TestTenant.id). */
export function tenantUuid(tenant: { id: string }): string {
  return rawId(tenant.id, 'Tenant');
}

/** A player's uuid (the ownerId of their ledger accounts), from the API's Player.id. */
export function playerUuid(player: { id: string }): string {
  return rawId(player.id, 'Player');
}
