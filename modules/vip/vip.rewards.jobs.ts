import type { Services } from '../../src/context.js';
import { defineJob } from '../../src/jobs/job.js';
import { tenantContexts } from '../tenants/index.js';
import { grantMonthlyRewards, type RewardCounts } from './vip.rewards.js';

/** Runs the monthly rewards of every tenant (those without a running VIP programme do nothing). */
export async function grantAllMonthlyRewards(services: Services, asOf: Date = new Date()): Promise<RewardCounts> {
  const counts: RewardCounts = { granted: 0, waiting: 0, failed: 0 };
  for await (const ctx of tenantContexts(services)) {
    const c = await grantMonthlyRewards(services, ctx.tenant!.id, asOf);
    counts.granted += c.granted;
    counts.waiting += c.waiting;
    counts.failed += c.failed;
  }
  return counts;
}

export const vipMonthlyRewardsJob = defineJob({
  name: 'vip-monthly-rewards',
  description: 'Grants each VIP player their tier\'s monthly reward (a bonus template) once per UTC month; keeps a suppressed player\'s reward WAITING and grants it once the suppression lifts.',
  idempotency: 'One vip_reward row per player and month (unique), written in the transaction of its grant, whose bonus idempotency key is vip-monthly:<player>:<month>; a tenant\'s runs are serialised by an advisory lock, so a rerun grants nothing twice.',
  every: (config) => config.vipRewardsIntervalMs,
  expireInSeconds: 900,
  run: async (_data, services) => {
    await grantAllMonthlyRewards(services);
  },
});
