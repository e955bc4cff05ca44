import type { Context, Services, TenantTx } from '../../src/context.js';
import { systemContext, tenantTxFor } from '../../src/context.js';
import { defineJob } from '../../src/jobs/job.js';
import { checkGauges, recordCheck } from '../../src/observability/checks.js';
import { playersRegisteredBetweenInTx } from '../identity/index.js';
import { tenantContexts, tenantTimeZoneInTx } from '../tenants/index.js';
import { COUNT_COLUMNS, SUM_COLUMNS } from './kpis.figures.js';
import { rollUpTenant } from './kpis.rollup.js';
import { emptyFigures, scanLedgerInTx, type DayFigures } from './kpis.scan.js';
import { addDays, localDay } from './kpis.time.js';

/**
 * Reconciliation (docs/kpis.md "Reconciliation"): a day's roll-ups against the ledger. The check
 * holds the tenant's cursor (FOR UPDATE: the roll-up job skips the tenant meanwhile) and scans only
 * the ledger transactions the roll-ups have folded, so a lagging roll-up is never drift: any
 * difference it reports is a figure the roll-ups got wrong. Each check is kept in
 * `kpi_reconciliation`; the latest of each day feeds the `croupier_kpi_drift_days` gauge.
 */

export interface KpiDifference {
  currency: string;
  /** The figure (a `kpi_day` column, or `registrations`). */
  figure: string;
  rollup: bigint;
  ledger: bigint;
}

export interface KpiReconciliation {
  day: string;
  checkedAt: Date;
  matches: boolean;
  /** Where the roll-ups stood: the ledger up to here was compared. */
  fedUntil: Date | null;
  differences: KpiDifference[];
}

/** Checks one tenant-local day and records the result. Null while the tenant's roll-ups are being rebuilt in a new zone. */
export async function reconcileDayInTx(tx: TenantTx, day: string): Promise<KpiReconciliation | null> {
  const [cursor] = await tx.em.execute<{ last_xid: string; last_id: string; time_zone: string; fed_until: Date | null }[]>(
    `select last_xid::text as last_xid, last_id, time_zone, fed_until from kpi_cursor where tenant_id = ? for update`,
    [tx.tenantId],
  );
  if (!cursor) return null;
  if (cursor.time_zone !== (await tenantTimeZoneInTx(tx))) return null;
  const timeZone = cursor.time_zone;
  const ledger = await scanLedgerInTx(tx, timeZone, day, day, { xid: cursor.last_xid, id: cursor.last_id });
  const rows = await tx.em.execute<(Record<string, string> & { currency: string })[]>(
    `select currency, ${[...SUM_COLUMNS, ...COUNT_COLUMNS].map((c) => `${c}::text as ${c}`).join(', ')} from kpi_day where tenant_id = ? and day = ?::date`,
    [tx.tenantId, day],
  );
  const rollups = new Map<string, DayFigures>();
  for (const r of rows) {
    const figures = emptyFigures();
    for (const c of [...SUM_COLUMNS, ...COUNT_COLUMNS]) figures[c] = BigInt(r[c]!);
    rollups.set(r.currency.trim(), figures);
  }
  const differences: KpiDifference[] = [];
  const currencies = new Set([...rollups.keys(), ...[...ledger.keys()].map((k) => k.split('|')[1]!)]);
  for (const currency of [...currencies].sort()) {
    const mine = rollups.get(currency) ?? emptyFigures();
    const theirs = ledger.get(`${day}|${currency}`) ?? emptyFigures();
    for (const c of [...SUM_COLUMNS, ...COUNT_COLUMNS]) {
      if (mine[c] !== theirs[c]) differences.push({ currency, figure: c, rollup: mine[c], ledger: theirs[c] });
    }
  }
  const [bounds] = await tx.em.execute<{ start: Date; end: Date }[]>(
    `select (?::date::timestamp at time zone ?) as start, ((?::date + 1)::timestamp at time zone ?) as "end"`,
    [day, timeZone, day, timeZone],
  );
  const [kept] = await tx.em.execute<{ n: string }[]>(`select count(*)::text as n from kpi_player where tenant_id = ? and registered_on = ?::date`, [tx.tenantId, day]);
  const registered = await playersRegisteredBetweenInTx(tx, new Date(bounds!.start), new Date(bounds!.end));
  if (BigInt(kept!.n) !== BigInt(registered)) differences.push({ currency: '', figure: 'registrations', rollup: BigInt(kept!.n), ledger: BigInt(registered) });

  const [saved] = await tx.em.execute<{ checked_at: Date }[]>(
    `insert into kpi_reconciliation (tenant_id, day, matches, fed_until, differences) values (?, ?::date, ?, ?, ?::jsonb) returning checked_at`,
    [tx.tenantId, day, differences.length === 0, cursor.fed_until, JSON.stringify(differences.map((d) => ({ ...d, rollup: d.rollup.toString(), ledger: d.ledger.toString() })))],
  );
  return { day, checkedAt: new Date(saved!.checked_at), matches: differences.length === 0, fedUntil: cursor.fed_until ? new Date(cursor.fed_until) : null, differences };
}

/** Checks the tenant's yesterday and today (its own zone), after folding what the feed has. */
export async function reconcileRecentDays(services: Services, tenantId: string, now: Date = new Date()): Promise<KpiReconciliation[]> {
  const tenant = await services.tenants.byId(services, tenantId);
  if (!tenant) return [];
  await rollUpTenant(services, tenantId);
  const ctx = systemContext(services, tenant);
  const results: KpiReconciliation[] = [];
  for (const offset of [-1, 0]) {
    const result = await tenantTxFor(ctx, tenantId, async (tx) => reconcileDayInTx(tx, addDays(localDay(now, await tenantTimeZoneInTx(tx)), offset)));
    if (result) results.push(result);
  }
  return results;
}

/** One day's check in its own transaction (the `reconcileKpis` mutation). */
export async function reconcileDay(ctx: Context, tenantId: string, day: string): Promise<KpiReconciliation | null> {
  return tenantTxFor(ctx, tenantId, (tx) => reconcileDayInTx(tx, day));
}

/** The latest check of each day in [from, to]. */
export async function reconciliationsInTx(tx: TenantTx, from: string, to: string): Promise<KpiReconciliation[]> {
  const rows = await tx.em.execute<{ day: string; checked_at: Date; matches: boolean; fed_until: Date | null; differences: { currency: string; figure: string; rollup: string; ledger: string }[] }[]>(
    `select distinct on (day) to_char(day, 'YYYY-MM-DD') as day, checked_at, matches, fed_until, differences
     from kpi_reconciliation where tenant_id = ? and day between ?::date and ?::date order by day, checked_at desc`,
    [tx.tenantId, from, to],
  );
  return rows.map((r) => ({
    day: r.day,
    checkedAt: new Date(r.checked_at),
    matches: r.matches,
    fedUntil: r.fed_until ? new Date(r.fed_until) : null,
    differences: r.differences.map((d) => ({ ...d, rollup: BigInt(d.rollup), ledger: BigInt(d.ledger) })),
  }));
}

export const kpiReconciliationJob = defineJob({
  name: 'kpi-reconciliation',
  description: "Checks each tenant's KPI roll-ups of yesterday and today (its own time zone) against the ledger, records the result, and logs a warning on drift (the croupier_kpi_drift_days gauge alerts).",
  idempotency: 'A check reads and records; it changes no figure. Running it twice records two checks; the latest counts.',
  every: (config) => config.kpiReconciliationIntervalMs,
  expireInSeconds: 900,
  run: async (_data, services) => {
    let drifted = 0;
    for await (const ctx of tenantContexts(services)) {
      if (!ctx.tenant || ctx.tenant.status !== 'ACTIVE') continue;
      for (const result of await reconcileRecentDays(services, ctx.tenant.id)) {
        if (result.matches) continue;
        drifted += 1;
        services.logger.warn({ tenantId: ctx.tenant.id, day: result.day, differences: result.differences.map((d) => ({ ...d, rollup: d.rollup.toString(), ledger: d.ledger.toString() })) }, 'kpi roll-ups differ from the ledger');
      }
    }
    if (drifted > 0) services.logger.warn({ days: drifted }, 'kpi reconciliation found drift');
    await recordCheck(services.sql, 'kpi-reconciliation', drifted);
  },
});

/** The last run's drift, on every instance's /metrics (the KpiDrift alert; docs/operations.md). */
export const kpiDriftGauges = checkGauges(
  'kpi-reconciliation',
  { name: 'croupier_kpi_drift_days', help: 'Tenant days whose KPI roll-ups disagreed with the ledger at the last kpi-reconciliation run, all tenants' },
  { name: 'croupier_kpi_last_reconciliation_timestamp_seconds', help: 'When kpi-reconciliation last ran (Unix seconds)' },
);
