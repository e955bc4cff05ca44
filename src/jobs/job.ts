import type { Config } from '../config.js';
import type { Services } from '../context.js';

/** What a run of a job knows about itself. */
export interface JobRun {
  /** The job's id in the queue (the same on every retry). */
  id: string;
  /** 0 on the first attempt, then 1, 2, ... */
  retryCount: number;
}

/**
 * A kind of background job: a queue in the durable job queue (src/jobs/queue.ts) and the
 * code that runs its jobs. Every job is written to be run again safely (a retry after a crash
 * runs it a second time); each definition says how in `idempotency` (docs/jobs.md lists them).
 */
export interface JobDefinition<Data extends object = object> {
  /** The queue's name: lowercase words and hyphens, `<module>-<what>`. */
  name: string;
  /** What one run does, in a sentence (docs/jobs.md and the `jobQueues` query show it). */
  description: string;
  /** Why running it twice does no harm. */
  idempotency: string;
  /**
   * Run once per period of this many milliseconds, across all instances (src/jobs/schedule.ts);
   * 0 turns the schedule off in this instance, which then neither schedules nor works the queue.
   * Absent: the job is only enqueued by its cause.
   */
  every?: (config: Config) => number;
  /** Run on a cron schedule (five fields, UTC; pg-boss's timekeeper sends once per match). */
  cron?: string;
  /** Attempts after the first when a run fails or its worker dies (default 2). */
  retryLimit?: number;
  /** Seconds before the first retry; doubled for each further one (default 1). */
  retryDelaySeconds?: number;
  /** A run still active this long is taken for dead and retried (default 60). */
  expireInSeconds?: number;
  /** Seconds between a worker's looks at the queue (at least 0.5; default: a tenth of the period within 0.5–5, 5 for cron, else 1). */
  pollingIntervalSeconds?: number;
  run(data: Data, services: Services, job: JobRun): Promise<void>;
}

export function defineJob<Data extends object>(definition: JobDefinition<Data>): JobDefinition<Data> {
  return definition;
}

/** A job definition of any data shape, for lists of them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each list member keeps its own data type; the queue only passes data through
export type AnyJobDefinition = JobDefinition<any>;
