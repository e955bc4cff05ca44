import type { Logger } from '../observability/logger.js';

/** A job that runs every `intervalMs` in every API instance (jobs make themselves idempotent). */
export interface Job {
  name: string;
  intervalMs: number;
  run(): Promise<void>;
}

/**
 * Runs jobs on timers, never two runs of one job at once in this process, and waits for
 * running ones on stop. Jobs must tolerate running in several instances at the same time.
 */
export class Scheduler {
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly running = new Map<string, Promise<void>>();

  constructor(private readonly logger: Logger) {}

  start(jobs: readonly Job[]): void {
    for (const job of jobs) {
      if (job.intervalMs <= 0) continue;
      const timer = setInterval(() => this.runOnce(job), job.intervalMs);
      timer.unref();
      this.timers.push(timer);
    }
  }

  /** Runs a job now unless it is already running; resolves when this run ends. */
  runOnce(job: Job): Promise<void> {
    const current = this.running.get(job.name);
    if (current) return current;
    const started = Date.now();
    const run = job
      .run()
      .then(() => this.logger.debug({ job: job.name, durationMs: Date.now() - started }, 'job finished'))
      .catch((error: unknown) => this.logger.error({ err: error, job: job.name }, 'job failed'))
      .finally(() => this.running.delete(job.name));
    this.running.set(job.name, run);
    return run;
  }

  async stop(): Promise<void> {
    for (const timer of this.timers.splice(0)) clearInterval(timer);
    await Promise.all(this.running.values());
  }
}
