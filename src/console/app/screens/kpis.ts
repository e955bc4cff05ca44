/**
 * The KPI figures the dashboard draws, in the shape of the API's `kpis` and `kpiCohorts`
 * (modules/kpis). Until the API has them, loadKpis answers null and the dashboard says so.
 */

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
  retentionDays: number[];
  cohorts: { start: string; size: number; retention: { day: number; rate: number }[] }[];
}

export async function loadKpis(_from: string, _to: string): Promise<KpiData | null> {
  return null;
}
