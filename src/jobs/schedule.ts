import type { Config } from '../config.js';
import { defineJob, type AnyJobDefinition } from './job.js';

/**
 * The data of a periodic job's run: which period of `everyMs` milliseconds (counted from the
 * Unix epoch) it is. The job id is a function of the queue, the period length and the period
 * (queue.ts, `key`), so however many instances enqueue a period, it is one job, run once.
 */
export interface PeriodRun {
  period: number;
  everyMs: number;
  /** When the period starts (epoch ms): the job's start time. */
  startsAt: number;
}

/** The key a period's job id is made from (with the queue's name). */
export function periodKeyOf(run: PeriodRun): string {
  return `period:${run.everyMs}:${run.period}`;
}

export function isPeriodRun(data: unknown): data is PeriodRun {
  const run = data as Partial<PeriodRun> | null;
  return typeof run?.period === 'number' && typeof run.everyMs === 'number';
}

export interface PeriodicSchedule {
  everyMs: number;
  /** The run of the period that contains `nowMs`, due at once. */
  current(nowMs: number): PeriodRun;
  /** The run of the period after `run`, due when that period starts. */
  next(run: PeriodRun): PeriodRun;
}

/** A definition's period in this instance's configuration, or null when it has none or it is off. */
export function periodicScheduleOf(definition: AnyJobDefinition, config: Config): PeriodicSchedule | null {
  const everyMs = definition.every?.(config) ?? 0;
  if (everyMs <= 0) return null;
  return {
    everyMs,
    current: (nowMs) => {
      const period = Math.floor(nowMs / everyMs);
      return { period, everyMs, startsAt: nowMs };
    },
    next: (run) => ({ period: run.period + 1, everyMs, startsAt: (run.period + 1) * everyMs }),
  };
}

/**
 * Keeps every periodic job's chain going: each minute (pg-boss's cron, once across instances)
 * it enqueues the current period of each periodic job the instance that runs it schedules.
 * A chain ends when a run is lost for good (retries exhausted before it enqueued its
 * successor) or an instance with another period took it; this starts it again within a minute.
 */
export const scheduleKeeper = defineJob<object>({
  name: 'jobs-schedule-keeper',
  description: "Enqueues the current period's run of every periodic job (the schedule's safety net).",
  idempotency: "A period's run has an id made from the queue and the period, so enqueuing it again adds nothing.",
  cron: '* * * * *',
  retryLimit: 0,
  run: async (_data, services) => services.jobs.seedSchedules(),
});

/** Cron expressions the queue sends on (registered by src/jobs/install.ts). */
export function cronSchedulesOf(definitions: readonly AnyJobDefinition[]): { name: string; cron: string }[] {
  return [...definitions, scheduleKeeper].flatMap((d) => (d.cron ? [{ name: d.name, cron: d.cron }] : []));
}
