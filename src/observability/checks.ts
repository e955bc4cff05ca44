import type pg from 'pg';
import { defineScrapeGauge, perScrape, scrapeQuery, type ScrapeGaugeDefinition } from './scrape.js';

/**
 * The last result of a periodic platform check (payments reconciliation, audit chain
 * verification, ...), kept in the `ops_check` table, one row per check. A job records it when
 * it runs, in whatever process runs it (an API instance or a `npm run worker` process, which has
 * no /metrics); every API instance reads the table at scrape time, so they all report the
 * same figures. The table is platform-wide (no tenant rows): `detail` may name tenant ids.
 */
export interface CheckResult {
  check: string;
  value: number;
  /** Seconds since the epoch of the run that recorded it. */
  checkedAt: number;
}

/** A pool, client or transaction's client: anything with pg's `query`. */
type Queryable = { query(text: string, values?: unknown[]): Promise<unknown> };

/** Records a check's result (a number, e.g. mismatches found), replacing its previous one. */
export async function recordCheck(db: Queryable, check: string, value: number, detail: unknown = {}): Promise<void> {
  await db.query(
    `insert into ops_check (check_name, value, detail, checked_at) values ($1, $2, $3::jsonb, now())
     on conflict (check_name) do update set value = excluded.value, detail = excluded.detail, checked_at = excluded.checked_at`,
    [check, value, JSON.stringify(detail)],
  );
}

/** Every check's last result (a handful of rows). */
export async function readChecks(pool: pg.Pool): Promise<Map<string, CheckResult>> {
  const rows = await scrapeQuery<{ check_name: string; value: number; checked_at: number }>(
    pool,
    `select check_name, value, extract(epoch from checked_at)::float8 as checked_at from ops_check`,
  );
  return new Map(rows.map((r) => [r.check_name, { check: r.check_name, value: r.value, checkedAt: r.checked_at }]));
}

const checksOfScrape = perScrape((services) => readChecks(services.sql));

/**
 * Two gauges for a recorded check: its value, and when it last ran (Unix seconds). Both are
 * absent until the check has run once.
 */
export function checkGauges(check: string, value: { name: string; help: string }, lastRun: { name: string; help: string }): ScrapeGaugeDefinition[] {
  const of = async (services: Parameters<ScrapeGaugeDefinition['read']>[0], pick: (r: CheckResult) => number) => {
    const result = (await checksOfScrape(services)).get(check);
    return result ? [{ value: pick(result) }] : [];
  };
  return [
    defineScrapeGauge({ ...value, read: (services) => of(services, (r) => r.value) }),
    defineScrapeGauge({ ...lastRun, read: (services) => of(services, (r) => r.checkedAt) }),
  ];
}
