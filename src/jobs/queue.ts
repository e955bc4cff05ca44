import { createHash } from 'node:crypto';
import PgBoss from 'pg-boss';
import { Counter, Gauge, type Registry } from 'prom-client';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Services } from '../context.js';
import { ValidationError } from '../errors.js';
import { isUuid } from '../ids.js';
import type { Logger } from '../observability/logger.js';
import { withSpan } from '../observability/tracing.js';
import { timeBoxed, DEFAULT_SCRAPE_TIMEOUT_MS } from '../observability/scrape.js';
import type { AnyJobDefinition, JobDefinition } from './job.js';
import { isPeriodRun, periodicScheduleOf, periodKeyOf, scheduleKeeper, type PeriodRun } from './schedule.js';

/** The PostgreSQL schema of the queue's tables (pg-boss's own, installed by src/jobs/install.ts). */
export const JOB_SCHEMA = 'pgboss';

/**
 * Where an enqueue writes: the caller's transaction, so the job commits or rolls back with
 * the data that causes it. pg-boss runs its insert through this (its `db` option).
 */
export type JobExecutor = PgBoss.Db;

/** A pg client or pool (the hot paths' transactions) as a job executor. */
export function pgExecutor(client: { query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }> }): JobExecutor {
  return { executeSql: async (text, values) => ({ rows: (await client.query(text, jsonValues(values))).rows }) };
}

/**
 * A MikroORM EntityManager (inside `em.transactional`, its transaction) as a job executor.
 * Its `execute` takes `?` placeholders, so pg-boss's `$n` ones are rewritten in order.
 */
export function entityManagerExecutor(em: EntityManager): JobExecutor {
  return {
    executeSql: async (text, values) => {
      const ordered: unknown[] = [];
      const positional = text.replace(/\$(\d+)/g, (_match, n: string) => {
        ordered.push(values[Number(n) - 1]);
        return '?';
      });
      return { rows: await em.execute(positional, jsonValues(ordered)) };
    },
  };
}

/** Objects go as JSON text (the queue's `data` is jsonb); knex would expand arrays otherwise. */
function jsonValues(values: unknown[] = []): unknown[] {
  return values.map((value) => (value !== null && typeof value === 'object' && !(value instanceof Date) ? JSON.stringify(value) : value));
}

/** A job id that is a pure function of its queue and key: the same cause enqueues one job. */
function jobIdOf(queue: string, key: string): string {
  const hex = createHash('sha256').update(`${queue}\u0000${key}`).digest('hex');
  // A UUID of version 8 (custom): 122 bits of the digest.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16)}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}

export interface EnqueueOptions {
  /** Not before this time. */
  startAfter?: Date;
  /** Deduplicates: a second enqueue with the same key (while the first is kept) adds nothing. */
  key?: string;
}

export const JOB_STATES = ['created', 'retry', 'active', 'completed', 'cancelled', 'failed'] as const;
export type JobState = (typeof JOB_STATES)[number];

export interface QueueSummary {
  name: string;
  counts: Record<JobState, number>;
  /** Seconds the oldest job due to run has waited; null when none waits. */
  oldestWaitingSeconds: number | null;
}

export interface JobRow {
  id: string;
  name: string;
  state: JobState;
  data: unknown;
  retryCount: number;
  retryLimit: number;
  createdOn: Date;
  startedOn: Date | null;
  completedOn: Date | null;
  startAfter: Date;
  output: unknown;
}

const JOB_COLUMNS = `id, name, state::text as state, data, retry_count as "retryCount", retry_limit as "retryLimit",
  created_on as "createdOn", started_on as "startedOn", completed_on as "completedOn", start_after as "startAfter", output`;

export interface JobQueueOptions {
  /** Whether this instance works the queues (false: it only enqueues, e.g. an API-only instance). */
  work: boolean;
  /** pg-boss's maintenance (expiring jobs of dead workers, archiving) runs at most this often. */
  maintenanceIntervalSeconds: number;
  /** How long `stop` waits for running jobs before failing them (to be retried). */
  stopTimeoutMs: number;
}

/**
 * The durable job queue of one instance, on pg-boss (docs/jobs.md says why pg-boss): jobs are
 * rows in PostgreSQL, enqueued in the transaction of their cause, fetched with SKIP LOCKED by
 * any instance's workers, retried with backoff, expired and retried when a worker dies, and
 * kept when they fail for good.
 */
export class JobQueue {
  private readonly boss: PgBoss;
  private readonly definitions = new Map<string, AnyJobDefinition>();
  private services: Services | undefined;
  private started = false;
  /** Runs that threw, by queue (set by registerMetrics: an instance without /metrics counts nothing). */
  private runFailures: Counter<'queue'> | undefined;

  constructor(
    appUrl: string,
    definitions: readonly AnyJobDefinition[],
    private readonly logger: Logger,
    private readonly options: JobQueueOptions,
  ) {
    for (const definition of [...definitions, scheduleKeeper]) this.definitions.set(definition.name, definition);
    this.boss = new PgBoss({
      connectionString: appUrl,
      schema: JOB_SCHEMA,
      application_name: 'croupier-jobs',
      max: 4,
      // The tables and queues are the owner's (src/jobs/install.ts); the app role only uses them.
      migrate: false,
      supervise: options.work,
      schedule: options.work,
      maintenanceIntervalSeconds: options.maintenanceIntervalSeconds,
      ...QUEUE_RETENTION,
    });
    this.boss.on('error', (error: Error) => this.logger.error({ err: error }, 'job queue error'));
  }

  /** The definitions this queue knows, by name. */
  definition(name: string): AnyJobDefinition | undefined {
    return this.definitions.get(name);
  }

  get names(): string[] {
    return [...this.definitions.keys()];
  }

  /** Opens the queue; with `work`, starts a worker per queue this instance works and seeds the schedules. */
  async start(services: Services): Promise<void> {
    this.services = services;
    await this.boss.start();
    this.started = true;
    if (!this.options.work) return;
    for (const definition of this.definitions.values()) {
      // A periodic queue whose schedule is off in this instance is not worked here either.
      if (definition.every && !periodicScheduleOf(definition, services.config)) continue;
      let workerId = '';
      workerId = await this.boss.work<object>(
        definition.name,
        { pollingIntervalSeconds: pollingIntervalOf(definition, services), batchSize: 1, includeMetadata: true },
        async ([job]) => {
          // pg-boss waits a polling interval after every fetch, found or not: a worker that
          // found a job looks again at once, so a backlog drains at the speed of the jobs.
          this.boss.notifyWorker(workerId);
          if (job) await this.runJob(definition, job);
        },
      );
    }
    await this.seedSchedules();
  }

  async stop(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    // Waits for running jobs up to the timeout; those still running are failed, to be retried.
    await this.boss.stop({ graceful: true, timeout: this.options.stopTimeoutMs, wait: true, close: true });
  }

  /**
   * Adds a job. With `db`, inside the caller's transaction: it exists exactly when the
   * transaction commits. Answers the job id, or null when `key` matched a job already there.
   */
  async enqueue<Data extends object>(db: JobExecutor | undefined, definition: JobDefinition<Data>, data: Data, options: EnqueueOptions = {}): Promise<string | null> {
    return this.boss.send(definition.name, data, {
      ...(db ? { db } : {}),
      ...(options.key !== undefined ? { id: jobIdOf(definition.name, options.key) } : {}),
      ...(options.startAfter ? { startAfter: options.startAfter } : {}),
      ...retryOptionsOf(definition),
    });
  }

  /**
   * Starts the chain of every periodic job this instance schedules that has none running: a
   * live chain always has its next period waiting (a run enqueues its successor first). The
   * current period is enqueued unless it already ran (its id is still in the job table or the
   * archive), then the next one. Runs at start-up and each minute (the keeper).
   */
  async seedSchedules(): Promise<void> {
    const services = this.requireServices();
    const db = this.boss.getDb();
    for (const definition of this.definitions.values()) {
      const schedule = periodicScheduleOf(definition, services.config);
      if (!schedule) continue;
      const live = await db.executeSql(
        `select 1 from ${JOB_SCHEMA}.job where name = $1 and state < 'completed' and (data->>'everyMs')::bigint = $2 limit 1`,
        [definition.name, schedule.everyMs],
      );
      if (live.rows.length > 0) continue;
      const current = schedule.current(Date.now());
      const ran = await db.executeSql(
        `select 1 from ${JOB_SCHEMA}.job where name = $1 and id = $2 union all select 1 from ${JOB_SCHEMA}.archive where name = $1 and id = $2`,
        [definition.name, jobIdOf(definition.name, periodKeyOf(current))],
      );
      await this.enqueuePeriod(definition, ran.rows.length > 0 ? schedule.next(current) : current);
    }
  }

  private async enqueuePeriod(definition: AnyJobDefinition, run: PeriodRun): Promise<void> {
    await this.enqueue(undefined, definition, run, { key: periodKeyOf(run), startAfter: new Date(run.startsAt) });
  }

  private async runJob(definition: AnyJobDefinition, job: PgBoss.JobWithMetadata<object>): Promise<void> {
    const services = this.requireServices();
    const data: unknown = job.data;
    if (isPeriodRun(data)) {
      const schedule = periodicScheduleOf(definition, services.config);
      // The next period is enqueued before this one's work, so a failing run does not end the
      // chain; an instance with another period for this job lets the chain end (the keeper
      // and the instances with that period start their own).
      if (schedule && schedule.everyMs === data.everyMs) await this.enqueuePeriod(definition, schedule.next(data));
    }
    const started = Date.now();
    const attributes = { 'croupier.job.queue': definition.name, 'croupier.job.id': job.id, 'croupier.job.retry_count': job.retryCount };
    try {
      await withSpan(`job ${definition.name}`, attributes, () => definition.run(data as object, services, { id: job.id, retryCount: job.retryCount }));
      this.logger.debug({ job: definition.name, jobId: job.id, durationMs: Date.now() - started, ...(isPeriodRun(data) ? { period: data.period } : {}) }, 'job finished');
    } catch (error) {
      this.logger.error({ err: error, job: definition.name, jobId: job.id, retryCount: job.retryCount }, 'job failed');
      this.runFailures?.inc({ queue: definition.name });
      throw error;
    }
  }

  /** Counts by state and the oldest waiting job of the known queues named (all by default); unknown names are left out. */
  async summaries(names: readonly string[] = this.names): Promise<QueueSummary[]> {
    const known = names.filter((name) => this.definitions.has(name));
    const { rows } = await this.boss.getDb().executeSql(
      `select name, state::text as state, count(*)::int as n,
              extract(epoch from now() - min(created_on) filter (where state < 'active' and start_after <= now()))::float8 as oldest
         from ${JOB_SCHEMA}.job where name = any($1::text[]) group by name, state`,
      [known],
    );
    const byName = new Map<string, QueueSummary>(known.map((name) => [name, { name, counts: emptyCounts(), oldestWaitingSeconds: null }]));
    for (const row of rows as { name: string; state: JobState; n: number; oldest: number | null }[]) {
      const summary = byName.get(row.name)!;
      summary.counts[row.state] = row.n;
      if (row.oldest !== null) summary.oldestWaitingSeconds = Math.max(summary.oldestWaitingSeconds ?? 0, row.oldest);
    }
    return [...byName.values()];
  }

  /**
   * A window of a queue's jobs in one state, newest first (by creation, then id): `after` and
   * `before` are keys `<createdOn ISO>|<id>`; `backward` reads from the `before` end.
   */
  async jobsIn(name: string, state: JobState, window: { after?: string; before?: string; limit: number; backward: boolean }): Promise<JobRow[]> {
    const clauses = ['name = $1', `state = $2::${JOB_SCHEMA}.job_state`];
    const values: unknown[] = [name, state];
    for (const [key, op] of [[window.after, '<'], [window.before, '>']] as const) {
      if (key === undefined) continue;
      const [at, id] = parseJobKey(key);
      values.push(at, id);
      clauses.push(`(created_on, id) ${op} ($${values.length - 1}::timestamptz, $${values.length}::uuid)`);
    }
    const direction = window.backward ? 'asc' : 'desc';
    values.push(window.limit);
    const { rows } = await this.boss.getDb().executeSql(
      `select ${JOB_COLUMNS} from ${JOB_SCHEMA}.job where ${clauses.join(' and ')} order by created_on ${direction}, id ${direction} limit $${values.length}`,
      values,
    );
    return rows as JobRow[];
  }

  async countIn(name: string, state: JobState): Promise<number> {
    const { rows } = await this.boss.getDb().executeSql(`select count(*)::int as n from ${JOB_SCHEMA}.job where name = $1 and state = $2::${JOB_SCHEMA}.job_state`, [name, state]);
    return (rows[0] as { n: number }).n;
  }

  async jobsById(ids: readonly string[]): Promise<JobRow[]> {
    const { rows } = await this.boss.getDb().executeSql(`select ${JOB_COLUMNS} from ${JOB_SCHEMA}.job where id = any($1::uuid[]) and name = any($2::text[])`, [ids, this.names]);
    return rows as JobRow[];
  }

  /** Puts a failed job back to run once more; false when it is not failed. */
  async retry(job: JobRow): Promise<boolean> {
    if (job.state !== 'failed') return false;
    await this.boss.retry(job.name, job.id);
    return true;
  }

  /**
   * Queue figures on /metrics, read from the database at scrape time (so every instance
   * reports the same, whole-queue figures): jobs by queue and state, the age of the oldest
   * job waiting to run, and the failed jobs kept.
   */
  registerMetrics(registry: Registry): void {
    let pending: Promise<QueueSummary[]> | undefined;
    // One query per scrape, shared by the gauges.
    // Time-boxed: a slow read leaves the queue gauges out of that scrape, not the whole scrape hanging.
    const read = () =>
      (pending ??= timeBoxed(this.summaries(), DEFAULT_SCRAPE_TIMEOUT_MS, 'job queue summaries').finally(() => setTimeout(() => (pending = undefined), 0)));
    const isStarted = () => this.started;
    const logger = this.logger;
    const onReadFailure = (metric: string, error: unknown) => logger.warn({ err: error, metric }, 'metric read failed');
    this.runFailures = new Counter({
      name: 'croupier_job_run_failures_total',
      help: 'Job runs that threw in this instance (each failed attempt, retried or not), by queue',
      labelNames: ['queue'] as const,
      registers: [registry],
    });
    const gauge = (name: string, help: string, values: (summary: QueueSummary) => [Record<string, string>, number][]) =>
      new Gauge({
        name,
        help,
        labelNames: ['queue', 'state'],
        registers: [registry],
        collect: async function (this: Gauge) {
          this.reset();
          if (!isStarted()) return;
          let summaries: QueueSummary[];
          try {
            summaries = await read();
          } catch (error) {
            onReadFailure(name, error);
            return;
          }
          for (const summary of summaries) for (const [labels, value] of values(summary)) this.set({ queue: summary.name, ...labels }, value);
        },
      });
    gauge('croupier_job_queue_jobs', 'Jobs in the durable queue, by queue and state (completed ones for an hour, failed ones for a week)', (s) =>
      JOB_STATES.map((state) => [{ state }, s.counts[state]]),
    );
    gauge('croupier_job_queue_depth', 'Jobs waiting to run (created or to be retried), by queue', (s) => [[{}, s.counts.created + s.counts.retry]]);
    gauge('croupier_job_oldest_waiting_seconds', 'How long the oldest job due to run has waited, by queue (0 when none waits)', (s) => [[{}, s.oldestWaitingSeconds ?? 0]]);
    gauge('croupier_job_failures', 'Jobs failed for good (retries exhausted) and kept, by queue', (s) => [[{}, s.counts.failed]]);
  }

  private requireServices(): Services {
    if (!this.services) throw new Error('the job queue is not started');
    return this.services;
  }
}

/** Completed jobs leave the live table after an hour, failed ones after a week (visible until then); archives are kept a week. */
const QUEUE_RETENTION = { archiveCompletedAfterSeconds: 3600, archiveFailedAfterSeconds: 7 * 86_400, deleteAfterDays: 7 };

/**
 * How often a worker looks at its queue: as the definition says, else a tenth of the period of
 * a periodic job (between 0.5 and 5 s: a run starts at most that late), else 1 s. Every look
 * is a query, in every instance, so long periods are not polled every second.
 */
function pollingIntervalOf(definition: AnyJobDefinition, services: Services): number {
  if (definition.pollingIntervalSeconds) return definition.pollingIntervalSeconds;
  const everyMs = definition.every?.(services.config) ?? 0;
  if (everyMs > 0) return Math.min(5, Math.max(0.5, everyMs / 10_000));
  return definition.cron ? 5 : 1;
}

function retryOptionsOf(definition: AnyJobDefinition): PgBoss.SendOptions {
  return {
    retryLimit: definition.retryLimit ?? 2,
    retryDelay: definition.retryDelaySeconds ?? 1,
    retryBackoff: true,
    expireInSeconds: definition.expireInSeconds ?? 60,
  };
}

/** The listing key of a job: its creation time and id. */
export function jobKeyOf(job: Pick<JobRow, 'createdOn' | 'id'>): string {
  return `${new Date(job.createdOn).toISOString()}|${job.id}`;
}

function parseJobKey(key: string): [string, string] {
  const [at = '', id = ''] = key.split('|');
  if (Number.isNaN(Date.parse(at)) || !isUuid(id)) throw new ValidationError([{ path: ['after'], message: 'is not a valid cursor' }]);
  return [at, id];
}

export function emptyCounts(): Record<JobState, number> {
  return { created: 0, retry: 0, active: 0, completed: 0, cancelled: 0, failed: 0 };
}
