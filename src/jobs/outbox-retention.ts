import type { Services } from '../context.js';
import type { Job } from './scheduler.js';

/** Events deleted per statement: each is a short transaction. */
const PRUNE_BATCH = 5000;

/**
 * Deletes events published more than `retentionHours` ago (by the database clock), in
 * batches, until none is left; answers how many. Unpublished events are kept whatever their age.
 */
export async function pruneOutbox(services: Pick<Services, 'sql'>, retentionHours: number): Promise<number> {
  let total = 0;
  for (;;) {
    const { rows } = await services.sql.query<{ n: number }>('select outbox_prune(now() - make_interval(hours => $1), $2) as n', [retentionHours, PRUNE_BATCH]);
    total += rows[0]!.n;
    if (rows[0]!.n < PRUNE_BATCH) return total;
  }
}

export function outboxJobs(services: Services): Job[] {
  return [
    {
      name: 'outbox-retention',
      intervalMs: services.config.outboxPruneIntervalMs,
      run: async () => void (await pruneOutbox(services, services.config.outboxRetentionHours)),
    },
  ];
}
