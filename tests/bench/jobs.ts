/**
 * Job queue benchmark (`npm run bench:jobs`): what enqueueing a job in the transaction of its
 * cause costs, and how soon a due job runs. Never part of `npm test`.
 *
 * Figures, each with a baseline measured in the same run, on a migrated database of its own:
 *   enqueue   transactions per second that each enqueue one job (pg-boss's insert through the
 *             caller's connection, as poker deadlines and emails do), BENCH_CLIENTS connections,
 *             against the floor: the same transactions writing one row of the same width into a
 *             table with a primary key only, begin and commit around it (pgbench, tests/bench/jobs-floor.sql), and
 *             `pgbench -N` on a scratch database; and the same transactions from this process
 *             with a plain insert of that row (the client's share of the cost);
 *   drain     jobs per second one instance's worker runs (an empty job, batch size 1);
 *   latency   from a job's start time to its start on a worker, p50 / p99, at a fixed arrival
 *             rate of BENCH_JOB_RATE jobs per second.
 * The load generator shares the machine's cores with PostgreSQL and the worker (said in the output).
 */
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { appUrlFrom, loadConfig } from '../../src/config.js';
import { defineJob } from '../../src/jobs/job.js';
import { installJobQueue } from '../../src/jobs/install.js';
import { JobQueue, pgExecutor } from '../../src/jobs/queue.js';
import type { Services } from '../../src/context.js';
import { createLogger } from '../../src/observability/logger.js';
import { TEST_APP_PASSWORD } from '../setup/database.js';
import { BenchDatabases, intEnv, loadAverage, machineFacts, percentile, pgbenchBaseline, pgbenchScript, round } from './common.js';

const CLIENTS = intEnv('BENCH_CLIENTS', 8);
const DURATION_S = intEnv('BENCH_DURATION_S', 10);
const DRAIN_JOBS = intEnv('BENCH_DRAIN_JOBS', 2000);
const RATE = intEnv('BENCH_JOB_RATE', 20);
const LATENCY_S = intEnv('BENCH_LATENCY_S', 10);

const benchJob = defineJob<{ n: number }>({
  name: 'bench-noop',
  description: 'Benchmark: does nothing.',
  idempotency: 'Does nothing.',
  pollingIntervalSeconds: 0.5,
  run: async () => undefined,
});

const machine = machineFacts();
console.log(machine.line);
console.log(`the load generator runs in this process, on the same cores as PostgreSQL and the worker`);
const databases = new BenchDatabases(process.env.BENCH_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');

try {
  const baseline = await pgbenchBaseline(databases, CLIENTS, DURATION_S);
  console.log(`baseline: ${baseline.line}`);
  const { url: ownerUrl } = await databases.createMigrated('jobs', TEST_APP_PASSWORD);
  await installJobQueue(ownerUrl, [benchJob], { complete: false });
  const appUrl = appUrlFrom(ownerUrl, TEST_APP_PASSWORD);
  const owner = new pg.Client({ connectionString: ownerUrl });
  await owner.connect();
  owner.on('error', () => undefined);
  await owner.query('create table bench_job_floor (id uuid primary key, name text not null, data jsonb, created_on timestamptz not null default now(), start_after timestamptz not null default now())');
  await owner.query('grant insert, delete on bench_job_floor to croupier_app');

  // Enqueue-only instance: the queue's insert, no workers.
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: ownerUrl, DATABASE_APP_PASSWORD: TEST_APP_PASSWORD, LOG_LEVEL: 'silent' });
  const logger = createLogger('silent');
  const enqueuer = new JobQueue(appUrl, [benchJob], logger, { work: false, maintenanceIntervalSeconds: 30, stopTimeoutMs: 1000 });
  // The queue reads only `config` of the services (the bench job uses nothing).
  await enqueuer.start({ config } as Services);
  const pool = new pg.Pool({ connectionString: appUrl, max: CLIENTS });
  /** Transactions per second of `write` between begin and commit, CLIENTS connections, DURATION_S seconds. */
  const transactionsPerS = async (write: (client: pg.PoolClient, n: number) => Promise<unknown>): Promise<number> => {
    let done = 0;
    const until = performance.now() + DURATION_S * 1000;
    await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        const client = await pool.connect();
        try {
          while (performance.now() < until) {
            await client.query('begin');
            await write(client, done);
            await client.query('commit');
            done += 1;
          }
        } finally {
          client.release();
        }
      }),
    );
    return done / DURATION_S;
  };
  const enqueueTps = await transactionsPerS((client, n) => enqueuer.enqueue(pgExecutor(client), benchJob, { n }));
  // The same transactions from this process with a plain insert: the client's own share.
  const clientFloorTps = await transactionsPerS((client, n) =>
    client.query(`insert into bench_job_floor (id, name, data) values (gen_random_uuid(), 'bench-noop', $1::jsonb)`, [JSON.stringify({ n })]),
  );
  const floorTps = await pgbenchScript(appUrl, fileURLToPath(new URL('./jobs-floor.sql', import.meta.url)), { clients: CLIENTS, durationS: DURATION_S, variables: {} });
  console.log(`enqueue: ${round(enqueueTps, 0)} transactions/s, each enqueuing one job (${CLIENTS} connections)`);
  console.log(`  the same transactions from this process with a plain one-row insert: ${round(clientFloorTps, 0)} tps; ratio ${round(enqueueTps / clientFloorTps)}`);
  console.log(`  database floor (pgbench -f tests/bench/jobs-floor.sql, the same transaction in C): ${round(floorTps, 0)} tps; ratio ${round(enqueueTps / floorTps)}; of pgbench -N: ${round(enqueueTps / baseline.tps)}`);
  await owner.query(`delete from pgboss.job where name = 'bench-noop'`);

  // Drain: one working instance, DRAIN_JOBS empty jobs.
  for (let i = 0; i < DRAIN_JOBS; i += 500) {
    const client = await pool.connect();
    try {
      await client.query('begin');
      for (let j = i; j < Math.min(DRAIN_JOBS, i + 500); j++) await enqueuer.enqueue(pgExecutor(client), benchJob, { n: j });
      await client.query('commit');
    } finally {
      client.release();
    }
  }
  const worker = new JobQueue(appUrl, [benchJob], logger, { work: true, maintenanceIntervalSeconds: 30, stopTimeoutMs: 1000 });
  const drainStart = performance.now();
  await worker.start({ config } as Services);
  for (;;) {
    const { rows } = await owner.query<{ n: number }>(`select count(*)::int as n from pgboss.job where name = 'bench-noop' and state < 'completed'`);
    if (rows[0]!.n === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const drainPerS = DRAIN_JOBS / ((performance.now() - drainStart) / 1000);
  console.log(`drain: ${round(drainPerS, 0)} jobs/s run by one instance's worker (batch size 1, polling every 0.5 s when idle)`);
  await owner.query(`delete from pgboss.job where name = 'bench-noop'`);

  // Latency at a fixed arrival rate: due at once, measured from start_after to started_on.
  const interval = 1000 / RATE;
  for (let i = 0; i < RATE * LATENCY_S; i++) {
    const due = performance.now() + interval;
    await enqueuer.enqueue(undefined, benchJob, { n: i });
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }
  for (;;) {
    const { rows } = await owner.query<{ n: number }>(`select count(*)::int as n from pgboss.job where name = 'bench-noop' and state < 'completed'`);
    if (rows[0]!.n === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const { rows: waits } = await owner.query<{ ms: number }>(`select extract(epoch from started_on - start_after) * 1000 as ms from pgboss.job where name = 'bench-noop' order by 1`);
  const ms = waits.map((w) => Number(w.ms));
  console.log(`latency at ${RATE} jobs/s: due to started p50 ${round(percentile(ms, 0.5), 0)} ms, p99 ${round(percentile(ms, 0.99), 0)} ms (polling every 0.5 s)`);

  await worker.stop();
  await enqueuer.stop();
  await pool.end();
  await owner.end();
  console.log(
    JSON.stringify({
      bench: 'jobs',
      machine: machine.json(loadAverage()),
      pgbenchTps: baseline.tps,
      enqueueTps: round(enqueueTps, 0),
      clientFloorTps: round(clientFloorTps, 0),
      enqueueToClientFloor: round(enqueueTps / clientFloorTps),
      floorTps: round(floorTps, 0),
      enqueueToFloor: round(enqueueTps / floorTps),
      enqueueToPgbench: round(enqueueTps / baseline.tps),
      drainPerS: round(drainPerS, 0),
      latencyMs: { rate: RATE, p50: round(percentile(ms, 0.5), 0), p99: round(percentile(ms, 0.99), 0) },
    }),
  );
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await databases.cleanUp();
}
