import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { migrate } from '../../src/db/migrate.js';
import { installJobQueue } from '../../src/jobs/install.js';
import { TEST_APP_PASSWORD } from '../setup/database.js';
import { entityManagerExecutor, pgExecutor } from '../../src/jobs/queue.js';
import { startServer, type TestServer } from '../helpers/server.js';
import { waitFor } from '../helpers/payments.js';
import { expectType, globalId, newPlayer, newTenant, platformAdmin } from '../helpers/world.js';
import { graphqlError } from '../helpers/errors.js';
import { causedTestJob, crashTestJob, EFFECTS_DDL, effectsOf, flaky, flakyTestJob, periodicTestJob } from '../helpers/test-jobs.js';

const ownerUrl = inject('databaseUrl');

/** Periodic platform jobs off: the instances here work only what a test gives them. */
const QUIET = {
  WALLET_HOLD_EXPIRY_INTERVAL_MS: '0',
  AUDIT_CHECKPOINT_INTERVAL_MS: '0',
  PAYMENTS_RECONCILIATION_INTERVAL_MS: '0',
  OUTBOX_PRUNE_INTERVAL_MS: '0',
  RATE_LIMIT_ENABLED: 'false',
};

async function ownerQuery<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const db = new pg.Client({ connectionString: ownerUrl });
  await db.connect();
  try {
    return (await db.query<T>(text, values)).rows;
  } finally {
    await db.end();
  }
}

beforeAll(async () => {
  await ownerQuery(EFFECTS_DDL);
  await installJobQueue(ownerUrl, [periodicTestJob('x', 1000), crashTestJob, causedTestJob, flakyTestJob], { complete: false });
});

describe('periodic jobs on two instances', () => {
  let a: TestServer;
  let b: TestServer;

  beforeAll(async () => {
    [a, b] = await Promise.all([
      startServer({ env: QUIET, extraJobs: [periodicTestJob('a', 1000)] }),
      startServer({ env: QUIET, extraJobs: [periodicTestJob('b', 1000)] }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
  });

  it('run exactly once per period across both, with no period skipped', async () => {
    await new Promise((resolve) => setTimeout(resolve, 7000));
    const runs = await effectsOf(ownerUrl, 'test-periodic');
    const periods = runs.map((r) => Number(r.period));
    // Each period once: never two runs of one period, whichever instance ran it.
    expect(new Set(periods).size).toBe(periods.length);
    // No gap between the first and the last period run.
    const sorted = [...periods].sort((x, y) => x - y);
    expect(sorted.length).toBeGreaterThanOrEqual(4);
    expect(sorted[sorted.length - 1]! - sorted[0]!).toBe(sorted.length - 1);
    // Both instances worked the queue (each period went to whichever fetched it first) or one did: either way once.
    expect(runs.every((r) => r.label === 'a' || r.label === 'b')).toBe(true);
  });
});

describe("the platform's periodic jobs on two instances of a database of their own", () => {
  const name = `croupier_jobs_${Date.now()}_${process.pid}`;
  const admin = new URL(ownerUrl);
  admin.pathname = '/postgres';
  const url = new URL(ownerUrl);
  url.pathname = `/${name}`;
  const lines: string[] = [];
  const servers: TestServer[] = [];
  const EVERY_SECOND = {
    WALLET_HOLD_EXPIRY_INTERVAL_MS: '1000',
    AUDIT_CHECKPOINT_INTERVAL_MS: '1000',
    PAYMENTS_RECONCILIATION_INTERVAL_MS: '1000',
    OUTBOX_PRUNE_INTERVAL_MS: '1000',
    EMAIL_DELIVERY_INTERVAL_MS: '1000',
  };

  async function onAdmin(text: string): Promise<void> {
    const db = new pg.Client({ connectionString: admin.toString() });
    await db.connect();
    await db.query(text).finally(() => db.end());
  }

  beforeAll(async () => {
    // Its own database: no other test file's instances (with other periods) work these queues.
    await onAdmin(`create database ${name}`);
    await migrate(url.toString(), TEST_APP_PASSWORD);
    const logStream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(...chunk.toString().split('\n').filter(Boolean));
        done();
      },
    });
    for (let i = 0; i < 2; i++) {
      servers.push(await startServer({ databaseUrl: url.toString(), logLevel: 'debug', logStream, env: { ...EVERY_SECOND, RATE_LIMIT_ENABLED: 'false' } }));
    }
  }, 60_000);
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
    await onAdmin(`drop database if exists ${name} with (force)`);
  });

  it('run each scheduled job exactly once per period, with no period skipped', async () => {
    await new Promise((resolve) => setTimeout(resolve, 8000));
    const runs = lines
      .map((line) => JSON.parse(line) as { msg?: string; job?: string; period?: number })
      .filter((l) => l.msg === 'job finished' && l.period !== undefined);
    const perJob = new Map<string, number[]>();
    for (const run of runs) perJob.set(run.job!, [...(perJob.get(run.job!) ?? []), run.period!]);
    for (const job of ['wallet-hold-expiry', 'audit-checkpoint', 'payments-reconciliation', 'outbox-retention', 'email-retention', 'email-delivery']) {
      const periods = (perJob.get(job) ?? []).sort((x, y) => x - y);
      expect(periods.length, job).toBeGreaterThanOrEqual(5);
      expect(new Set(periods).size, `${job} ran a period twice: ${periods.join(',')}`).toBe(periods.length);
      expect(periods[periods.length - 1]! - periods[0]!, `${job} skipped a period: ${periods.join(',')}`).toBe(periods.length - 1);
    }
    // The longer periods ran once each in the window too.
    for (const job of ['rg-reality-checks', 'poker-timers']) {
      const periods = perJob.get(job) ?? [];
      expect(periods.length, job).toBeGreaterThanOrEqual(1);
      expect(new Set(periods).size, job).toBe(periods.length);
    }
  });
});

describe('a worker killed in the middle of a job', () => {
  let worker: ChildProcess | undefined;
  let api: TestServer;
  let rescuer: TestServer | undefined;

  beforeAll(async () => {
    // This instance only enqueues (JOBS_WORK=false): the job goes to the worker process.
    api = await startServer({ env: { ...QUIET, JOBS_WORK: 'false' } });
  });
  afterAll(async () => {
    worker?.kill('SIGKILL');
    await Promise.all([api?.close(), rescuer?.close()]);
  });

  it('is retried by another instance once its run expires, and completes once', async () => {
    worker = spawn(process.execPath, ['--import', 'tsx', 'tests/helpers/job-worker-process.ts'], {
      env: { ...process.env, DATABASE_URL: ownerUrl },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve, reject) => {
      worker!.stdout!.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('ready')) resolve();
      });
      worker!.on('exit', (code) => reject(new Error(`the worker exited with ${code}`)));
    });
    const tag = randomUUID();
    const jobId = await api.platform.services.jobs.enqueue(undefined, crashTestJob, { tag });
    await waitFor(async () => (await effectsOf(ownerUrl, 'test-crash')).some((e) => e.label === tag && e.what === 'started'), 20_000);
    worker.kill('SIGKILL');

    // Another instance: its maintenance expires the dead worker's run (expireInSeconds 3), then retries it.
    rescuer = await startServer({ env: { ...QUIET, JOBS_MAINTENANCE_INTERVAL_SECONDS: '1' }, extraJobs: [crashTestJob] });
    await waitFor(async () => (await effectsOf(ownerUrl, 'test-crash')).some((e) => e.label === tag && e.what === 'completed'), 30_000);
    const effects = (await effectsOf(ownerUrl, 'test-crash')).filter((e) => e.label === tag);
    expect(effects.filter((e) => e.what === 'completed')).toHaveLength(1);
    expect(effects.map((e) => `${e.what}:${e.attempt}`)).toEqual(['started:0', 'started:1', 'completed:1']);
    // The first attempt ran in the killed worker, the retry in this process's instance.
    expect(effects.map((e) => e.pid)).toEqual([worker.pid, process.pid, process.pid]);
    const [job] = await ownerQuery<{ state: string; retry_count: number }>('select state::text as state, retry_count from pgboss.job where id = $1', [jobId]);
    expect(job).toEqual({ state: 'completed', retry_count: 1 });
  });
});

describe('enqueueing in the transaction of the cause', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startServer({ env: QUIET, extraJobs: [causedTestJob] });
  });
  afterAll(async () => server?.close());

  it('a job enqueued in a rolled-back transaction never exists nor runs; a committed one runs', async () => {
    const { jobs, orm, sql } = server.platform.services;
    const [rolledBackOrm, rolledBackPg, committed] = [randomUUID(), randomUUID(), randomUUID()];

    await expect(
      orm.em.fork().transactional(async (em) => {
        await jobs.enqueue(entityManagerExecutor(em), causedTestJob, { tag: rolledBackOrm }, { key: rolledBackOrm });
        throw new Error('the cause fails');
      }),
    ).rejects.toThrow('the cause fails');

    const client = await sql.connect();
    try {
      await client.query('begin');
      await jobs.enqueue(pgExecutor(client), causedTestJob, { tag: rolledBackPg }, { key: rolledBackPg });
      await client.query('rollback');
      await client.query('begin');
      await jobs.enqueue(pgExecutor(client), causedTestJob, { tag: committed }, { key: committed });
      await client.query('commit');
    } finally {
      client.release();
    }

    await waitFor(async () => (await effectsOf(ownerUrl, 'test-caused')).some((e) => e.label === committed), 15_000);
    // Time for any stray job to have run (the queue is polled every half second).
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const tags = (await effectsOf(ownerUrl, 'test-caused')).map((e) => e.label);
    expect(tags.filter((t) => t === committed)).toHaveLength(1);
    expect(tags).not.toContain(rolledBackOrm);
    expect(tags).not.toContain(rolledBackPg);
    const queued = await ownerQuery(`select id from pgboss.job where name = 'test-caused' and data->>'tag' = any($1::text[])`, [[rolledBackOrm, rolledBackPg]]);
    expect(queued).toEqual([]);
  });

  it('the same key enqueues one job', async () => {
    const { jobs } = server.platform.services;
    const tag = randomUUID();
    const first = await jobs.enqueue(undefined, causedTestJob, { tag }, { key: tag });
    const second = await jobs.enqueue(undefined, causedTestJob, { tag }, { key: tag });
    expect(first).not.toBeNull();
    expect(second).toBeNull();
  });
});

describe('the queues as platform staff see them', () => {
  let server: TestServer;

  beforeAll(async () => {
    flaky.failing = true;
    server = await startServer({ env: QUIET, extraJobs: [flakyTestJob] });
  });
  afterAll(async () => server?.close());

  it('counts by state, failed jobs with their error, retry of one, and /metrics', async () => {
    const { sdk: platform } = await platformAdmin(server);
    const tag = randomUUID();
    const jobId = await server.platform.services.jobs.enqueue(undefined, flakyTestJob, { tag });
    const queueId = globalId('JobQueue', 'test-flaky');
    const failed = await waitFor(async () => {
      const { node } = await platform.JobQueueJobs({ id: queueId, state: 'FAILED' as never, first: 50 });
      if (node?.__typename !== 'JobQueue') return null;
      return node.jobs.nodes.find((j) => j.id === globalId('BackgroundJob', jobId!)) ?? null;
    }, 15_000);
    expect(failed.state).toBe('FAILED');
    expect(failed.error).toBe(`boom ${tag}`);
    expect(failed.data).toEqual({ tag });

    const { jobQueues } = await platform.JobQueues();
    const names = jobQueues!.map((q) => q.name);
    expect(names).toEqual(expect.arrayContaining(['wallet-hold-expiry', 'audit-checkpoint', 'poker-table-due', 'email-delivery', 'payments-reconciliation', 'outbox-retention', 'rg-reality-checks', 'jobs-schedule-keeper', 'test-flaky']));
    const flakyQueue = jobQueues!.find((q) => q.name === 'test-flaky')!;
    expect(flakyQueue.counts.failed).toBeGreaterThanOrEqual(1);
    expect(jobQueues!.find((q) => q.name === 'jobs-schedule-keeper')!.schedule).toBe('cron * * * * * (UTC)');

    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    expect(metrics).toMatch(/croupier_job_failures\{queue="test-flaky"\} [1-9]/);
    expect(metrics).toMatch(/croupier_job_queue_depth\{queue="wallet-hold-expiry"\} \d+/);
    expect(metrics).toMatch(/croupier_job_oldest_waiting_seconds\{queue="test-flaky"\} [\d.]+/);

    flaky.failing = false;
    const retried = await platform.RetryBackgroundJob({ input: { jobId: failed.id } });
    expectType(retried.retryBackgroundJob!, 'RetryBackgroundJobPayload');
    await waitFor(async () => (await effectsOf(ownerUrl, 'test-flaky')).some((e) => e.label === tag), 15_000);

    // A job that is not failed cannot be retried.
    const again = await platform.RetryBackgroundJob({ input: { jobId: failed.id } });
    expect(again.retryBackgroundJob?.__typename).toBe('JobNotFailedError');
    const missing = await platform.RetryBackgroundJob({ input: { jobId: globalId('BackgroundJob', randomUUID()) } });
    expect(missing.retryBackgroundJob?.__typename).toBe('NotFoundError');
  });

  it('is refused to anyone but platform staff: tenant admins and players', async () => {
    const anonymous = await graphqlError(server.sdk().JobQueues());
    expect(anonymous.code).toBe('UNAUTHENTICATED');
    const { sdk: platform } = await platformAdmin(server);
    const tenant = await newTenant(server, platform);
    expect((await graphqlError(tenant.admin.sdk.JobQueues())).code).toBe('FORBIDDEN');
    const player = await newPlayer(server, tenant);
    expect((await graphqlError(player.sdk.JobQueues())).code).toBe('FORBIDDEN');
    // Nodes are not visible either, and retrying is refused.
    const { node } = await tenant.admin.sdk.JobQueueJobs({ id: globalId('JobQueue', 'wallet-hold-expiry') });
    expect(node).toBeNull();
    const retry = await graphqlError(tenant.admin.sdk.RetryBackgroundJob({ input: { jobId: globalId('BackgroundJob', randomUUID()) } }));
    expect(retry.code).toBe('FORBIDDEN');
  });
});
