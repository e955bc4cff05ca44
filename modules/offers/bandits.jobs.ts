import type { Services } from '../../src/context.js';
import { defineJob } from '../../src/jobs/job.js';
import { tenantContexts } from '../tenants/index.js';
import { reweightDueBandits, type ReweightCounts } from './bandits.js';

/** Re-weights every tenant's due bandits; `now` (tests) stands in for the database clock. Throws after the others when one failed. */
export async function reweightAllBandits(services: Services, options: { now?: Date } = {}): Promise<ReweightCounts> {
  const counts: ReweightCounts = { reweighted: 0, unchanged: 0, failed: 0 };
  for await (const ctx of tenantContexts(services)) await reweightDueBandits(ctx, options.now, counts);
  if (counts.failed > 0) throw new Error(`bandit re-weighting: ${counts.failed} experiment(s) failed unexpectedly (see the log)`);
  return counts;
}

export const banditReweightJob = defineJob({
  name: 'offers-bandit-reweight',
  description: 'Re-weights every RUNNING bandit experiment whose next re-weighting is due (guardrails, Thompson-sampling weights, winner), tenant by tenant.',
  idempotency: 'Each bandit is re-weighted in its own transaction with its row locked and its due time read under the lock: one re-weighted by another run or instance is not due again, so a rerun adds no period.',
  every: (config) => config.banditReweightIntervalMs,
  expireInSeconds: 600,
  run: async (_data, services) => {
    await reweightAllBandits(services);
  },
});
