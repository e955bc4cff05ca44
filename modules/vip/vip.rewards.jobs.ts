import type { Services } from '../../src/context.js';
import { defineJob } from '../../src/jobs/job.js';
import { tenantContexts } from '../tenants/index.js';
import { grantMonthlyRewards, type RewardCounts } from './vip.rewards.js';

/**
 * Runs the monthly rewards of every tenant (those without a running VIP programme do nothing).
 * One tenant's unexpected failure does not stop the others; the run throws after them.
 */
export async function grantAllMonthlyRewards(services: Services, asOf: Date = new Date()): Promise<RewardCounts> {
  const counts: RewardCounts = { granted: 0, waiting: 0, failed: 0 };
  let broken = 0;
  for await (const ctx of tenantContexts(services)) {
    try {
      const c = await grantMonthlyRewards(services, ctx.tenant!.id, asOf);
      counts.granted += c.granted;
      counts.waiting += c.waiting;
      counts.failed += c.failed;
    } catch (error) {
      broken++;
      services.logger.error({ err: error, tenantId: ctx.tenant!.id }, 'vip: the monthly rewards of a tenant failed');
    }
  }
  if (broken > 0) throw new Error(`vip monthly rewards: ${broken} tenant(s) failed (see the log)`);
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
