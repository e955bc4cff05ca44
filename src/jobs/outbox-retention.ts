import type { Services } from '../context.js';
import { defineJob } from './job.js';

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

export const outboxRetentionJob = defineJob({
  name: 'outbox-retention',
  description: 'Deletes outbox events published more than OUTBOX_RETENTION_HOURS ago.',
  idempotency: 'Deletes by age; a second run finds less or nothing to delete.',
  every: (config) => config.outboxPruneIntervalMs,
  run: async (_data, services) => void (await pruneOutbox(services, services.config.outboxRetentionHours)),
});
