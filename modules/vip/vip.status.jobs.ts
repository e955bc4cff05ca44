import type { Services } from '../../src/context.js';
import { defineJob } from '../../src/jobs/job.js';
import { tenantContexts } from '../tenants/index.js';
import { emptyReviewCounts, reviewTenantTiers, type ReviewCounts } from './vip.status.js';

/** Reviews every tenant's due VIP players as of `asOf` (default now). */
export async function reviewAllTiers(services: Services, asOf: Date = new Date()): Promise<ReviewCounts> {
  const counts = emptyReviewCounts();
  for await (const ctx of tenantContexts(services)) {
    const one = await reviewTenantTiers(services, ctx.tenant!.id, asOf);
    counts.reviewed += one.reviewed;
    counts.retained += one.retained;
    counts.graceStarted += one.graceStarted;
    counts.downgraded += one.downgraded;
  }
  return counts;
}

export const vipTierReviewJob = defineJob({
  name: 'vip-tier-review',
  description: 'Reviews the VIP players whose review is due, tenant by tenant: retains their tier, starts a grace period, or downgrades them (one tier or to the earned tier).',
  idempotency: 'Each reviewed player\'s review_at moves past the review\'s instant in the same transaction as the change, under the player\'s row lock: a rerun or a second instance finds nobody due twice.',
  every: (config) => config.vipReviewIntervalMs,
  expireInSeconds: 900,
  run: async (_data, services) => {
    await reviewAllTiers(services);
  },
});
