import { readFileSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { installJobQueue } from '../../src/jobs/install.js';
import { defineJob } from '../../src/jobs/job.js';
import { recordCheck } from '../../src/observability/checks.js';
import { defineScrapeGauge, registerScrapeGauges, scrapeQuery } from '../../src/observability/scrape.js';
import { checkpointAllTenants } from '../../modules/audit/index.js';
import { paymentsReconciliationJob } from '../../modules/payments/index.js';
import { kpiReconciliationJob } from '../../modules/kpis/index.js';
import { startServer, type TestServer } from '../helpers/server.js';
import { waitFor } from '../helpers/payments.js';
import { localId, newTenant, platformAdmin } from '../helpers/world.js';

const ownerUrl = inject('databaseUrl');
const RULES = new URL('../../src/observability/prometheus/alerts.yml', import.meta.url);

/**
 * Metrics the rules use that another part of issue #20 adds: the KPI module sets
 * croupier_kpi_drift_days. Nothing else may be missing from a scrape.
 */
const ADDED_BY_OTHER_PARTS: string[] = [];

/** A job that always fails, so the run-failure counter has a sample. */
const failingJob = defineJob({
  name: 'test-metrics-failing',
  description: 'Fails every run (tests/e2e/metrics-ops.test.ts).',
  idempotency: 'Does nothing.',
  retryLimit: 0,
  run: async () => {
    throw new Error('failing on purpose');
  },
});

/** The metric names of the rule expressions (histogram series by their base name's sample names). */
function ruleMetricNames(): string[] {
  const text = readFileSync(RULES, 'utf8');
  const exprs = [...text.matchAll(/^\s+expr:\s*[|>]?-?\s*\n?([\s\S]*?)(?=^\s+(?:for|labels|annotations):)/gm)].map((m) => m[1]!);
  expect(exprs.length).toBeGreaterThan(5);
  return [...new Set(exprs.flatMap((e) => e.match(/\bcroupier_[a-z0-9_]+/g) ?? []))].sort();
}

/** Sample names in a scrape (`name{labels} value` or `name value`). */
function sampleNames(scrape: string): Set<string> {
  return new Set(
    scrape
      .split('\n')
      .filter((line) => line && !line.startsWith('#'))
      .map((line) => line.split(/[{ ]/, 1)[0]!),
  );
}

function sampleValue(scrape: string, name: string): number | undefined {
  const line = scrape.split('\n').find((l) => l.startsWith(`${name} `));
  return line === undefined ? undefined : Number(line.slice(name.length + 1));
}

describe('operations metrics on /metrics', () => {
  let server: TestServer;

  beforeAll(async () => {
    await installJobQueue(ownerUrl, [failingJob], { complete: false });
    server = await startServer({ extraJobs: [failingJob], env: { AUDIT_CHECKPOINT_INTERVAL_MS: '0', PAYMENTS_RECONCILIATION_INTERVAL_MS: '0' } });
  });
  afterAll(async () => {
    await server?.close();
  });

  const scrape = async () => {
    const response = await fetch(`${server.url}/metrics`);
    expect(response.status).toBe(200);
    return response.text();
  };

  it('has every metric the alert rules use', async () => {
    const services = server.platform.services;
    // An outbox row: creating a tenant emits events.
    await newTenant(server, (await platformAdmin(server)).sdk);
    // A failing job run.
    await services.jobs.enqueue(undefined, failingJob, {});
    // A seamless wallet callback (refused: no such tenant): timed by its route pattern.
    await fetch(`${server.url}/seamless/no-such-tenant/hub88/transaction/bet`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
    // A GraphQL error (a field that does not exist).
    await fetch(server.graphqlUrl, { method: 'POST', body: JSON.stringify({ query: '{ noSuchField }' }), headers: { 'content-type': 'application/json', 'x-tenant': 'demo' } });
    // A gauge whose read fails: counted in croupier_metrics_scrape_failures_total.
    registerScrapeGauges(server.platform.http.metrics.registry, [defineScrapeGauge({ name: 'croupier_test_failing', help: 'a read that fails', read: () => Promise.reject(new Error('no')) })], services);
    // The periodic checks, run once here (their schedules are off in this instance).
    await checkpointAllTenants(services);
    await paymentsReconciliationJob.run({}, services, { id: 'test', retryCount: 0 });
    await kpiReconciliationJob.run({}, services, { id: 'test', retryCount: 0 });

    let text = '';
    await waitFor(async () => {
      text = await scrape();
      const names = sampleNames(text);
      return names.has('croupier_job_run_failures_total') && names.has('croupier_metrics_scrape_failures_total');
    }, 30_000);
    const names = sampleNames(text);
    const missing = ruleMetricNames().filter((name) => !names.has(name) && !names.has(`${name}_bucket`) && !ADDED_BY_OTHER_PARTS.includes(name));
    expect(missing).toEqual([]);
    expect(text).toContain('croupier_http_request_duration_seconds_bucket{le="0.002",method="POST",route="/seamless/:tenant/:provider/*",status_class=');
    expect(text).toMatch(/croupier_job_run_failures_total\{queue="test-metrics-failing"\} [1-9]/);
    expect(sampleValue(text, 'croupier_outbox_unpublished_events')).toBeGreaterThanOrEqual(0);
    expect(sampleValue(text, 'croupier_audit_chain_last_verification_timestamp_seconds')).toBeGreaterThan(Date.now() / 1000 - 600);
    expect(sampleValue(text, 'croupier_payments_reconciliation_mismatches')).toBeGreaterThanOrEqual(0);
  }, 120_000);

  it('reports a recorded check as every instance reads it, and the outbox backlog of every tenant', async () => {
    const owner = new pg.Client({ connectionString: ownerUrl });
    await owner.connect();
    try {
      const before = await owner.query<{ value: number }>(`select value from ops_check where check_name = 'payments-reconciliation'`);
      // The backlog as the owner sees it: the app role's scrape must see the same (no tenant filter).
      const { rows } = await owner.query<{ n: string }>(`select count(*)::text as n from outbox_event where published_at is null`);
      const text = await scrape();
      const scraped = sampleValue(text, 'croupier_outbox_unpublished_events')!;
      expect(Math.abs(scraped - Number(rows[0]!.n))).toBeLessThan(1000);
      await recordCheck(owner, 'payments-reconciliation', 7);
      expect(sampleValue(await scrape(), 'croupier_payments_reconciliation_mismatches')).toBe(7);
      await recordCheck(owner, 'payments-reconciliation', before.rows[0]?.value ?? 0);
    } finally {
      await owner.end();
    }
  });

  it('verifies every audit chain periodically: a tampered one is reported, and its head is not signed', async () => {
    const services = server.platform.services;
    const tenant = await newTenant(server, (await platformAdmin(server)).sdk);
    const tenantId = localId(tenant.id);
    const owner = new pg.Client({ connectionString: ownerUrl });
    await owner.connect();
    try {
      const [first] = (await owner.query<{ id: string; action: string }>(`select id, action from audit_event where tenant_id = $1 order by seq limit 1`, [tenantId])).rows;
      expect(first).toBeDefined();
      await owner.query(`update audit_event set action = 'tampered' where id = $1`, [first!.id]);
      try {
        const run = await checkpointAllTenants(services);
        expect(run.broken.map((b) => b.tenantId)).toContain(tenantId);
        const signed = await owner.query(`select 1 from audit_checkpoint where tenant_id = $1`, [tenantId]);
        expect(signed.rows).toHaveLength(0);
        expect(sampleValue(await scrape(), 'croupier_audit_chain_broken_tenants')).toBeGreaterThanOrEqual(1);
      } finally {
        await owner.query(`update audit_event set action = $2 where id = $1`, [first!.id, first!.action]);
      }
      const healed = await checkpointAllTenants(services);
      expect(healed.broken.map((b) => b.tenantId)).not.toContain(tenantId);
      expect((await owner.query(`select 1 from audit_checkpoint where tenant_id = $1`, [tenantId])).rows).toHaveLength(1);
    } finally {
      await owner.end();
    }
  });

  it('leaves a gauge whose read is too slow out of the scrape and counts the failure, without holding the scrape', async () => {
    const { services, http } = server.platform;
    registerScrapeGauges(
      http.metrics.registry,
      [
        defineScrapeGauge({ name: 'croupier_test_slow', help: 'a read that sleeps', timeoutMs: 200, read: async () => (await scrapeQuery(services.sql, 'select pg_sleep(5)', [], 1000), 1) }),
        defineScrapeGauge({ name: 'croupier_test_labelled', help: 'a read with labels', labelNames: ['kind'], read: async () => [{ labels: { kind: 'a' }, value: 2 }] }),
      ],
      services,
    );
    const started = Date.now();
    const text = await scrape();
    expect(Date.now() - started).toBeLessThan(3000);
    expect(text).toContain('# TYPE croupier_test_slow gauge');
    expect(sampleNames(text).has('croupier_test_slow')).toBe(false);
    // Counted as it happened: the next scrape shows it (this one's counter was written meanwhile).
    expect(await scrape()).toMatch(/croupier_metrics_scrape_failures_total\{metric="croupier_test_slow"\} [1-9]/);
    expect(text).toContain('croupier_test_labelled{kind="a"} 2');
  });
});
