import { Counter, Gauge, type MetricObjectWithValues, type MetricValue, type Registry } from 'prom-client';
import type pg from 'pg';
import type { Services } from '../context.js';
import type { Logger } from './logger.js';

/** One value of a scrape-time gauge, with its labels (none for a gauge without labels). */
export interface ScrapeSample {
  labels?: Record<string, string>;
  value: number;
}

/**
 * A gauge whose value is read when Prometheus scrapes (from the database, usually), declared by
 * the module that knows the figure and listed in `scrapeGauges` (src/modules.ts); the platform
 * registers every one on each instance's /metrics (docs/observability.md, "Gauges of modules").
 *
 * `read` must be cheap: an indexed, bounded query (use `scrapeQuery`, which cancels a slow one).
 * A read that throws or outlasts `timeoutMs` leaves the gauge out of that scrape (no stale or
 * made-up value) and counts one `croupier_metrics_scrape_failures_total{metric}`.
 */
export interface ScrapeGaugeDefinition {
  /** `croupier_<what>`, Prometheus style (base units, no `_total`). */
  name: string;
  help: string;
  labelNames?: readonly string[];
  /** How long one read may take (default 2000 ms). */
  timeoutMs?: number;
  /** A number (a gauge without labels), or the samples; an empty list leaves the gauge without values. */
  read(services: Services): Promise<number | readonly ScrapeSample[]>;
}

export function defineScrapeGauge(definition: ScrapeGaugeDefinition): ScrapeGaugeDefinition {
  return definition;
}

export const DEFAULT_SCRAPE_TIMEOUT_MS = 2000;

/** Rejects when `promise` has not settled within `ms` (it goes on, unobserved). */
export function timeBoxed<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
    timer.unref();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * One read shared by every gauge of a scrape: gauges drawn from the same query call it each,
 * and only the first call of a scrape runs it (the next scrape reads afresh).
 */
export function perScrape<T>(read: (services: Services) => Promise<T>): (services: Services) => Promise<T> {
  // Per instance (a process may run several, as tests do). A read still running when the next
  // scrape comes is shared by it too: a slow query is never started twice at once.
  const pending = new WeakMap<Services, Promise<T>>();
  return (services) => {
    let promise = pending.get(services);
    if (!promise) {
      promise = read(services).finally(() => {
        // Cleared after the scrape's gauges have all been collected (they run in one tick).
        setTimeout(() => pending.delete(services), 0);
      });
      pending.set(services, promise);
    }
    return promise;
  };
}

/**
 * A read-only query for a scrape, in a transaction of its own with `statement_timeout`, so a
 * slow plan is cancelled by PostgreSQL instead of holding a connection after the scrape gave up.
 */
export async function scrapeQuery<R extends object>(pool: pg.Pool, text: string, values: unknown[] = [], timeoutMs = DEFAULT_SCRAPE_TIMEOUT_MS): Promise<R[]> {
  const client = await pool.connect();
  try {
    await client.query('begin read only');
    await client.query(`set local statement_timeout = ${Math.max(1, Math.floor(timeoutMs))}`);
    const { rows } = await client.query<R>(text, values);
    await client.query('commit');
    return rows;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** A gauge whose values are exactly what its definition read at this scrape (nothing when the read failed). */
class ScrapeGauge extends Gauge {
  constructor(
    private readonly definition: ScrapeGaugeDefinition,
    private readonly services: Services,
    private readonly failures: Counter<'metric'>,
    private readonly logger: Logger,
    registry: Registry,
  ) {
    super({ name: definition.name, help: definition.help, labelNames: [...(definition.labelNames ?? [])], registers: [registry] });
  }

  override async get(): Promise<MetricObjectWithValues<MetricValue<string>>> {
    const { name } = this.definition;
    let values: MetricValue<string>[] = [];
    try {
      const read = await timeBoxed(this.definition.read(this.services), this.definition.timeoutMs ?? DEFAULT_SCRAPE_TIMEOUT_MS, `metric ${name}`);
      values = typeof read === 'number' ? [{ labels: {}, value: read }] : read.map((s) => ({ labels: s.labels ?? {}, value: s.value }));
    } catch (error) {
      this.failures.inc({ metric: name });
      this.logger.warn({ err: error, metric: name }, 'metric read failed');
    }
    // The metric's own description (name, help, type), with this scrape's values only.
    return { ...(await super.get()), values };
  }
}

/** Registers scrape-time gauges on a registry; the failure counter is created once per registry. */
export function registerScrapeGauges(registry: Registry, definitions: readonly ScrapeGaugeDefinition[], services: Services): void {
  const failures =
    (registry.getSingleMetric('croupier_metrics_scrape_failures_total') as Counter<'metric'> | undefined) ??
    new Counter({
      name: 'croupier_metrics_scrape_failures_total',
      help: 'Scrape-time metric reads that failed or timed out (the metric was left out of that scrape), by metric',
      labelNames: ['metric'] as const,
      registers: [registry],
    });
  const logger = services.logger.child({ component: 'metrics' });
  for (const definition of definitions) new ScrapeGauge(definition, services, failures, logger, registry);
}
