import type { TenantTx } from '../../src/context.js';
import { ValidationError } from '../../src/errors.js';
import { tenantCurrenciesInTx, tenantTimeZoneInTx } from '../tenants/index.js';
import { SUM_COLUMNS, type SumColumn } from './kpis.figures.js';
import { RETENTION_DAYS, addDays, addMonths, daysBetween, localDay, monthEnd, monthOf } from './kpis.time.js';

/** Reads of the roll-ups (docs/kpis.md "GraphQL"): never the ledger. */

export type Granularity = 'DAY' | 'MONTH';
export const MAX_DAYS = 366;
export const MAX_MONTHS = 36;

export interface CurrencyFigures {
  currency: string;
  sums: Record<SumColumn, bigint>;
  ftdCount: number;
  ftdAmount: bigint;
  activePlayers: number;
  casinoActive: number;
  pokerActive: number;
}

export interface KpiPeriod {
  start: string;
  end: string;
  registrations: number;
  currencies: CurrencyFigures[];
}

export interface TenantKpis {
  tenantId: string;
  timeZone: string;
  from: string;
  to: string;
  granularity: Granularity;
  /** The roll-ups hold every ledger transaction committed before this instant (null: not started). */
  fedUntil: Date | null;
  periods: KpiPeriod[];
}

/** The periods [from, to] splits into; MONTH periods are whole calendar months. */
export function periodsOf(from: string, to: string, granularity: Granularity): { start: string; end: string }[] {
  if (from > to) throw new ValidationError([{ path: ['to'], message: 'must not be before from' }]);
  const periods: { start: string; end: string }[] = [];
  if (granularity === 'DAY') {
    if (daysBetween(from, to) + 1 > MAX_DAYS) throw new ValidationError([{ path: ['to'], message: `must be at most ${MAX_DAYS} days after from` }]);
    for (let day = from; day <= to; day = addDays(day, 1)) periods.push({ start: day, end: day });
  } else {
    for (let month = monthOf(from); month <= to; month = addMonths(month, 1)) {
      if (periods.length === MAX_MONTHS) throw new ValidationError([{ path: ['to'], message: `must be at most ${MAX_MONTHS} months after from` }]);
      periods.push({ start: month, end: monthEnd(month) });
    }
  }
  return periods;
}

const bucket = (granularity: Granularity, column: string) => (granularity === 'DAY' ? column : `date_trunc('month', ${column})::date`);

export async function tenantKpisInTx(tx: TenantTx, from: string, to: string, granularity: Granularity): Promise<TenantKpis> {
  const periods = periodsOf(from, to, granularity);
  const first = periods[0]!.start;
  const last = periods[periods.length - 1]!.end;
  // One after the other: the transaction has one connection.
  const timeZone = await tenantTimeZoneInTx(tx);
  const { currencies } = await tenantCurrenciesInTx(tx);
  const [cursor] = await tx.em.execute<{ fed_until: Date | null }[]>(`select fed_until from kpi_cursor where tenant_id = ?`, [tx.tenantId]);
  const sums = await tx.em.execute<(Record<SumColumn | 'ftd_count' | 'ftd_amount' | 'active_players' | 'casino_active' | 'poker_active', string> & { at: string; currency: string })[]>(
    `select to_char(${bucket(granularity, 'day')}, 'YYYY-MM-DD') as at, currency,
       ${[...SUM_COLUMNS, 'ftd_count', 'ftd_amount', 'active_players', 'casino_active', 'poker_active'].map((c) => `sum(${c})::text as ${c}`).join(', ')}
     from kpi_day where tenant_id = ? and day between ?::date and ?::date group by 1, 2`,
    [tx.tenantId, first, last],
  );
  const monthly =
    granularity === 'MONTH'
      ? await tx.em.execute<{ at: string; currency: string; active_players: string; casino_active: string; poker_active: string }[]>(
          `select to_char(month, 'YYYY-MM-DD') as at, currency, active_players::text, casino_active::text, poker_active::text
           from kpi_month where tenant_id = ? and month between ?::date and ?::date`,
          [tx.tenantId, first, last],
        )
      : [];
  const registrations = await tx.em.execute<{ at: string; n: string }[]>(
    `select to_char(${bucket(granularity, 'registered_on')}, 'YYYY-MM-DD') as at, count(*)::text as n
     from kpi_player where tenant_id = ? and registered_on between ?::date and ?::date group by 1`,
    [tx.tenantId, first, last],
  );
  const byKey = new Map(sums.map((r) => [`${r.at}|${r.currency.trim()}`, r]));
  const activeByKey = new Map(monthly.map((r) => [`${r.at}|${r.currency.trim()}`, r]));
  const registered = new Map(registrations.map((r) => [r.at, Number(r.n)]));
  const seen = [...new Set([...currencies, ...sums.map((r) => r.currency.trim())])].sort();
  return {
    tenantId: tx.tenantId,
    timeZone,
    from: first,
    to: last,
    granularity,
    fedUntil: cursor?.fed_until ? new Date(cursor.fed_until) : null,
    periods: periods.map(({ start, end }) => ({
      start,
      end,
      registrations: registered.get(start) ?? 0,
      currencies: seen.map((currency) => {
        const r = byKey.get(`${start}|${currency}`);
        const active = granularity === 'MONTH' ? activeByKey.get(`${start}|${currency}`) : r;
        return {
          currency,
          sums: Object.fromEntries(SUM_COLUMNS.map((c) => [c, BigInt(r?.[c] ?? 0)])) as Record<SumColumn, bigint>,
          ftdCount: Number(r?.ftd_count ?? 0),
          ftdAmount: BigInt(r?.ftd_amount ?? 0),
          activePlayers: Number(active?.active_players ?? 0),
          casinoActive: Number(active?.casino_active ?? 0),
          pokerActive: Number(active?.poker_active ?? 0),
        };
      }),
    })),
  };
}

export type CohortKind = 'REGISTRATION' | 'FIRST_DEPOSIT';
export type RetentionWindow = 'ROLLING_24H' | 'CALENDAR_DAY';

export interface KpiCohort {
  start: string;
  end: string;
  size: number;
  retention: { day: number; players: number; rate: number; complete: boolean }[];
}

/** Retention D1/D7/D30 of the cohorts of players whose day-0 event fell in [from, to]. */
export async function kpiCohortsInTx(tx: TenantTx, from: string, to: string, kind: CohortKind, window: RetentionWindow, granularity: Granularity, now: Date = new Date()): Promise<KpiCohort[]> {
  const periods = periodsOf(from, to, granularity);
  const first = periods[0]!.start;
  const last = periods[periods.length - 1]!.end;
  const on = kind === 'REGISTRATION' ? 'registered_on' : 'first_deposit_on';
  const list = `${kind === 'REGISTRATION' ? 'registration' : 'deposit'}_retained${window === 'CALENDAR_DAY' ? '_calendar' : ''}`;
  const rows = await tx.em.execute<{ at: string; size: string; d1: string; d7: string; d30: string }[]>(
    `select to_char(${bucket(granularity, on)}, 'YYYY-MM-DD') as at, count(*)::text as size,
       ${RETENTION_DAYS.map((n) => `count(*) filter (where ${n}::smallint = any (${list}))::text as d${n}`).join(', ')}
     from kpi_player where tenant_id = ? and ${on} between ?::date and ?::date group by 1`,
    [tx.tenantId, first, last],
  );
  const today = localDay(now, await tenantTimeZoneInTx(tx));
  const byStart = new Map(rows.map((r) => [r.at, r]));
  return periods.map(({ start, end }) => {
    const r = byStart.get(start);
    const size = Number(r?.size ?? 0);
    return {
      start,
      end,
      size,
      retention: RETENTION_DAYS.map((n) => {
        const players = Number((r as Record<string, string> | undefined)?.[`d${n}`] ?? 0);
        // Day N of the cohort's last day is over once the tenant's today is past it.
        return { day: n, players, rate: size === 0 ? 0 : players / size, complete: today > addDays(end, n) };
      }),
    };
  });
}

export interface KpiFunnel {
  registered: number;
  deposited: number;
  played: number;
}

/** Of the players registered in [from, to]: how many deposited since, and of those how many played. */
export async function kpiFunnelInTx(tx: TenantTx, from: string, to: string): Promise<KpiFunnel> {
  periodsOf(from, to, 'DAY');
  const [row] = await tx.em.execute<{ registered: string; deposited: string; played: string }[]>(
    `select count(*)::text as registered, count(first_deposit_at)::text as deposited,
       count(*) filter (where first_deposit_at is not null and first_played_at is not null)::text as played
     from kpi_player where tenant_id = ? and registered_on between ?::date and ?::date`,
    [tx.tenantId, from, to],
  );
  return { registered: Number(row!.registered), deposited: Number(row!.deposited), played: Number(row!.played) };
}
