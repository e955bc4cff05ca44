import type { TenantTx } from '../../src/context.js';
import type { FeedCursor } from '../wallet/index.js';
import { COUNT_COLUMNS, KPI_FEED_CODES, SUM_COLUMNS, type CountColumn, type SumColumn } from './kpis.figures.js';

/**
 * The day figures computed the slow way, by scanning the ledger's entries (docs/kpis.md
 * "Reconciliation"): the reconciliation compares them with the roll-ups, and bench:kpis times them
 * against a roll-up read. The SQL says what `effectOf` says, entry by entry: the rake is the house's
 * credit here (the roll-ups read the hand's split), so a hand whose split disagrees with its money
 * shows as drift.
 *
 * `upTo` limits the scan to the ledger transactions the roll-ups have folded (a feed cursor): every
 * transaction at or before it in (xid, id) order has been read by the feed, none after it.
 */
export type DayFigures = Record<SumColumn | CountColumn, bigint>;

export function emptyFigures(): DayFigures {
  return Object.fromEntries([...SUM_COLUMNS, ...COUNT_COLUMNS].map((c) => [c, 0n])) as DayFigures;
}

const CODES = `{${KPI_FEED_CODES.join(',')}}`;

/** The tenant's fed transactions of days [from, to] in `timeZone`, each with its local day. */
const FED = `
  fed as (
    select t.id, t.code, t.metadata, t.xid, (t.created_at at time zone $tz)::date as day
    from ledger_transaction t
    where t.tenant_id = $tenant and t.code = any ($codes::text[])
      and t.created_at >= ($from::date::timestamp at time zone $tz) and t.created_at < (($to::date + 1)::timestamp at time zone $tz)
      and ($upToXid::xid8 is null or (t.xid, t.id) <= ($upToXid::xid8, $upToId::uuid))
  )`;

/** Figures per `day|currency` for days [from, to], from the ledger's entries. */
export async function scanLedgerInTx(tx: TenantTx, timeZone: string, from: string, to: string, upTo: FeedCursor | null): Promise<Map<string, DayFigures>> {
  const params = { tenant: tx.tenantId, tz: timeZone, codes: CODES, from, to, upToXid: upTo?.xid ?? null, upToId: upTo?.id ?? null };
  const run = <T extends object>(sql: string) => tx.em.execute<T[]>(...named(sql, params));
  const out = new Map<string, DayFigures>();
  const at = (day: string, currency: string) => {
    const key = `${day}|${currency.trim()}`;
    const figures = out.get(key) ?? emptyFigures();
    out.set(key, figures);
    return figures;
  };

  const sums = await run<Record<SumColumn, string> & { day: string; currency: string }>(`
    with ${FED}
    select to_char(fed.day, 'YYYY-MM-DD') as day, a.currency,
      coalesce(sum(-e.amount) filter (where fed.code in ('BET', 'BET_ROLLBACK') and a.owner_type = 'PLAYER' and a.kind = 'CASH'), 0)::text as casino_real_stakes,
      coalesce(sum(-e.amount) filter (where fed.code in ('BET', 'BET_ROLLBACK') and a.owner_type = 'PLAYER' and a.kind = 'BONUS'), 0)::text as casino_bonus_stakes,
      coalesce(sum(e.amount) filter (where fed.code = 'WIN' and a.owner_type = 'PLAYER' and a.kind = 'CASH'), 0)::text as casino_real_wins,
      coalesce(sum(e.amount) filter (where fed.code = 'WIN' and a.owner_type = 'PLAYER' and a.kind = 'BONUS'), 0)::text as casino_bonus_wins,
      (count(distinct fed.id) filter (where fed.code = 'BET' and a.owner_type = 'PLAYER' and a.kind in ('CASH', 'BONUS'))
        - count(distinct fed.id) filter (where fed.code = 'BET_ROLLBACK' and a.owner_type = 'PLAYER' and a.kind in ('CASH', 'BONUS')))::text as casino_bets,
      coalesce(sum(e.amount) filter (where fed.code = 'POKER_RAKE' and a.owner_type = 'HOUSE' and e.amount > 0), 0)::text as poker_rake,
      count(distinct fed.id) filter (where fed.code = 'POKER_RAKE' and a.owner_type = 'HOUSE' and e.amount > 0)::text as poker_hands,
      coalesce(sum(e.amount) filter (where fed.code = 'BONUS_CONVERSION' and a.owner_type = 'PLAYER' and a.kind = 'CASH' and e.amount > 0), 0)::text as bonus_cost,
      count(distinct fed.id) filter (where fed.code = 'DEPOSIT' and a.owner_type = 'PLAYER' and a.kind = 'CASH' and e.amount > 0)::text as deposit_count,
      coalesce(sum(e.amount) filter (where fed.code = 'DEPOSIT' and a.owner_type = 'PLAYER' and a.kind = 'CASH' and e.amount > 0), 0)::text as deposit_amount,
      count(distinct fed.id) filter (where fed.code = 'WITHDRAWAL' and a.owner_type = 'PLAYER' and a.kind = 'CASH' and e.amount < 0)::text as withdrawal_count,
      coalesce(sum(-e.amount) filter (where fed.code = 'WITHDRAWAL' and a.owner_type = 'PLAYER' and a.kind = 'CASH' and e.amount < 0), 0)::text as withdrawal_amount
    from fed
    join ledger_entry e on e.tenant_id = $tenant and e.transaction_id = fed.id
    join ledger_account a on a.tenant_id = $tenant and a.id = e.account_id
    group by fed.day, a.currency`);
  for (const r of sums) {
    const figures = at(r.day, r.currency);
    for (const c of SUM_COLUMNS) figures[c] = BigInt(r[c]);
  }

  const active = await run<{ day: string; currency: string; active_players: string; casino_active: string; poker_active: string }>(`
    with ${FED},
    activity as (
      select fed.day, a.currency, a.owner_id::text as player_id, 'CASINO' as product
      from fed join ledger_entry e on e.tenant_id = $tenant and e.transaction_id = fed.id
      join ledger_account a on a.tenant_id = $tenant and a.id = e.account_id
      where fed.code = 'BET' and a.owner_type = 'PLAYER' and a.kind in ('CASH', 'BONUS')
      union all
      select fed.day, a.currency, a.owner_id::text, 'POKER'
      from fed join ledger_entry e on e.tenant_id = $tenant and e.transaction_id = fed.id
      join ledger_account a on a.tenant_id = $tenant and a.id = e.account_id
      where fed.code = 'POKER_BUY_IN' and a.owner_type = 'PLAYER' and a.kind = 'CASH'
      union all
      select fed.day, fed.metadata->>'currency', share.key, 'POKER'
      from fed, jsonb_each_text(fed.metadata->'rakeShares') share
      where fed.code = 'POKER_RAKE' and share.value ~ '^[0-9]+$'
        and share.key ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
    )
    select to_char(day, 'YYYY-MM-DD') as day, currency,
      count(distinct player_id)::text as active_players,
      count(distinct player_id) filter (where product = 'CASINO')::text as casino_active,
      count(distinct player_id) filter (where product = 'POKER')::text as poker_active
    from activity group by day, currency`);
  for (const r of active) {
    const figures = at(r.day, r.currency);
    figures.active_players = BigInt(r.active_players);
    figures.casino_active = BigInt(r.casino_active);
    figures.poker_active = BigInt(r.poker_active);
  }

  // A first deposit is a player's first DEPOSIT credit in feed order, over the whole ledger.
  const firsts = await run<{ day: string; currency: string; ftd_count: string; ftd_amount: string }>(`
    with first as (
      select distinct on (a.owner_id) (t.created_at at time zone $tz)::date as day, a.currency, e.amount
      from ledger_transaction t
      join ledger_entry e on e.tenant_id = $tenant and e.transaction_id = t.id
      join ledger_account a on a.tenant_id = $tenant and a.id = e.account_id
      where t.tenant_id = $tenant and t.code = 'DEPOSIT' and a.owner_type = 'PLAYER' and a.kind = 'CASH' and e.amount > 0
        and ($upToXid::xid8 is null or (t.xid, t.id) <= ($upToXid::xid8, $upToId::uuid))
      order by a.owner_id, t.xid, t.id
    )
    select to_char(day, 'YYYY-MM-DD') as day, currency, count(*)::text as ftd_count, sum(amount)::text as ftd_amount
    from first where day between $from::date and $to::date group by day, currency`);
  for (const r of firsts) {
    const figures = at(r.day, r.currency);
    figures.ftd_count = BigInt(r.ftd_count);
    figures.ftd_amount = BigInt(r.ftd_amount);
  }
  return out;
}

/** `$name` placeholders to knex's positional `?` bindings. */
function named(sql: string, params: Record<string, string | null>): [string, (string | null)[]] {
  const values: (string | null)[] = [];
  const text = sql.replace(/\$([a-zA-Z]+)/g, (_, name: string) => {
    if (!(name in params)) throw new Error(`no parameter ${name}`);
    values.push(params[name] ?? null);
    return '?';
  });
  return [text, values];
}
