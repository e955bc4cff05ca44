/**
 * The KPI figures the dashboard draws, from the API's `kpis` and `kpiCohorts` (modules/kpis,
 * docs/kpis.md) in one request (ConsoleKpis).
 */
import { api } from '../api.js';

/** One currency's figures of a day; money as the API's decimal string in major units. */
export interface KpiFigures {
  currency: string;
  ggr: string;
  ngr: string;
  deposits: string;
  withdrawals: string;
  activePlayers: number;
}

export interface KpiData {
  timeZone: string;
  /** The currencies with figures in the range, for the picker. */
  currencies: string[];
  periods: { start: string; currencies: KpiFigures[] }[];
  /** The retention days drawn (1, 7, 30). */
  retentionDays: number[];
  cohorts: { start: string; size: number; retention: { day: number; rate: number }[] }[];
}

/** The days from `from` to `to` (tenant's time zone); null when the caller may not read them. */
export async function loadKpis(from: string, to: string): Promise<KpiData | null> {
  const { kpis, kpiCohorts } = await api.ConsoleKpis({ from, to });
  if (!kpis) return null;
  const periods = kpis.periods.map((p) => ({
    start: p.start,
    currencies: p.currencies.map((c) => ({
      currency: c.currency,
      ggr: c.ggr.decimal,
      ngr: c.ngr.decimal,
      deposits: c.deposits.amount.decimal,
      withdrawals: c.withdrawals.amount.decimal,
      activePlayers: c.activePlayers,
    })),
  }));
  const currencies = [...new Set(periods.flatMap((p) => p.currencies.map((c) => c.currency)))];
  // Empty cohorts (days nobody registered) are not drawn: a line at 0 would say nothing.
  const cohorts = (kpiCohorts ?? []).filter((c) => c.size > 0).map((c) => ({ start: c.start, size: c.size, retention: c.retention.map((r) => ({ day: r.day, rate: r.rate })) }));
  const retentionDays = [...new Set(cohorts.flatMap((c) => c.retention.map((r) => r.day)))].sort((a, b) => a - b);
  return { timeZone: kpis.timeZone, currencies, periods, retentionDays: retentionDays.length > 0 ? retentionDays : [1, 7, 30], cohorts };
}
