import pg from 'pg';
import { defineJob } from '../../src/jobs/job.js';

/** The schema of the test jobs' effects: the tests' own, not the product's (the Citus catalog test leaves it out). */
export const TEST_JOBS_SCHEMA = 'job_test';

/**
 * Job kinds that exist only in tests: each records what it did in job_test.effect (a schema of
 * its own, so catalogue checks of `public` do not see it), so a test counts real executions.
 */
export const EFFECTS_DDL = `
  create schema if not exists job_test;
  create table if not exists job_test.effect (
    queue text not null, job_id text not null, period bigint, label text, attempt int not null, what text not null, pid int not null,
    at timestamptz not null default clock_timestamp());
  grant usage on schema job_test to croupier_app;
  grant select, insert on job_test.effect to croupier_app;`;

export interface Effect {
  queue: string;
  job_id: string;
  period: string | null;
  label: string | null;
  attempt: number;
  what: string;
  /** The process that ran it. */
  pid: number;
}

export async function effectsOf(ownerUrl: string, queue: string): Promise<Effect[]> {
  const db = new pg.Client({ connectionString: ownerUrl });
  await db.connect();
  try {
    return (await db.query<Effect>('select queue, job_id, period::text as period, label, attempt, what, pid from job_test.effect where queue = $1 order by at', [queue])).rows;
  } finally {
    await db.end();
  }
}

const record = (sql: pg.Pool, e: Omit<Effect, 'period' | 'pid'> & { period?: number | null }) =>
  sql.query('insert into job_test.effect (queue, job_id, period, label, attempt, what, pid) values ($1, $2, $3, $4, $5, $6, $7)', [e.queue, e.job_id, e.period ?? null, e.label, e.attempt, e.what, process.pid]);

/** A periodic job (every `everyMs`) that records each run with its period and which instance ran it. */
export function periodicTestJob(label: string, everyMs: number) {
  return defineJob<{ period?: number }>({
    name: 'test-periodic',
    description: 'Test: records each run.',
    idempotency: 'Test job.',
    every: () => everyMs,
    run: async (data, services, job) => {
      await record(services.sql, { queue: 'test-periodic', job_id: job.id, period: data.period ?? null, label, attempt: job.retryCount, what: 'ran' });
    },
  });
}

/** Records its start, hangs on its first attempt (the test kills the worker), completes on a retry. */
export const crashTestJob = defineJob<{ tag: string }>({
  name: 'test-crash',
  description: 'Test: hangs on the first attempt.',
  idempotency: 'Test job.',
  expireInSeconds: 3,
  retryLimit: 2,
  retryDelaySeconds: 1,
  run: async (data, services, job) => {
    await record(services.sql, { queue: 'test-crash', job_id: job.id, label: data.tag, attempt: job.retryCount, what: 'started' });
    if (job.retryCount === 0) await new Promise((resolve) => setTimeout(resolve, 60_000));
    await record(services.sql, { queue: 'test-crash', job_id: job.id, label: data.tag, attempt: job.retryCount, what: 'completed' });
  },
});

/** Records its run: enqueued by the tests in committed and rolled-back transactions. */
export const causedTestJob = defineJob<{ tag: string }>({
  name: 'test-caused',
  description: 'Test: records its run.',
  idempotency: 'Test job.',
  pollingIntervalSeconds: 0.5,
  run: async (data, services, job) => {
    await record(services.sql, { queue: 'test-caused', job_id: job.id, label: data.tag, attempt: job.retryCount, what: 'ran' });
  },
});

/** Fails while `flaky.failing` is true (no retries), then succeeds: for the failed-jobs view and retry. */
export const flaky = { failing: true };
export const flakyTestJob = defineJob<{ tag: string }>({
  name: 'test-flaky',
  description: 'Test: fails until told not to.',
  idempotency: 'Test job.',
  retryLimit: 0,
  pollingIntervalSeconds: 0.5,
  run: async (data, services, job) => {
    if (flaky.failing) throw new Error(`boom ${data.tag}`);
    await record(services.sql, { queue: 'test-flaky', job_id: job.id, label: data.tag, attempt: job.retryCount, what: 'ran' });
  },
});
