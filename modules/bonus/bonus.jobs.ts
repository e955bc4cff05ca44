import type { Services } from '../../src/context.js';
import { defineJob } from '../../src/jobs/job.js';
import { tenantContexts } from '../tenants/index.js';
import { emptyCashbackCounts, payCashback, type CashbackCounts } from './bonus.cashback.js';
import { emptySweepCounts, sweepTenant, type SweepCounts } from './bonus.sweeps.js';

/** Ends expired grants, rejects expired holds and forfeits the grants of excluded, timed-out and blocked players, tenant by tenant. */
export async function sweepBonuses(services: Services): Promise<SweepCounts> {
  const counts = emptySweepCounts();
  for await (const ctx of tenantContexts(services)) await sweepTenant(ctx, counts);
  return counts;
}

/** Pays the closed cashback periods of every tenant; `now` (tests) stands in for the database clock. */
export async function payAllCashback(services: Services, options: { now?: Date } = {}): Promise<CashbackCounts> {
  const counts = emptyCashbackCounts();
  for await (const ctx of tenantContexts(services)) await payCashback(ctx, options, counts);
  if (counts.failed > 0) {
    // The others are paid; the retry replays them (nothing twice) and tries the failed ones again.
    throw new Error(`bonus cashback: ${counts.failed} grant(s) failed unexpectedly (see the log)`);
  }
  return counts;
}

export const bonusExpiryJob = defineJob({
  name: 'bonus-expiry',
  description: 'Ends bonus grants past their expiry, rejects held grants past it, and forfeits the grants of self-excluded, timed-out and blocked players, tenant by tenant.',
  idempotency: 'Each grant is ended in its own transaction through bonus_end, claimed by a conditional update: a grant already ended (by this run, another instance, a bet or its player) is skipped.',
  every: (config) => config.bonusExpiryIntervalMs,
  expireInSeconds: 600,
  run: async (_data, services) => {
    await sweepBonuses(services);
  },
});

export const bonusCashbackJob = defineJob({
  name: 'bonus-cashback',
  description: 'Grants cashback on the real-money net losses of each closed period of every active CASHBACK template, tenant by tenant.',
  idempotency: 'Each grant is keyed cashback:<template>:<player>:<currency>:<period start>: a rerun or a second instance finds the key and grants nothing twice.',
  every: (config) => config.bonusCashbackIntervalMs,
  expireInSeconds: 900,
  run: async (_data, services) => {
    await payAllCashback(services);
  },
});
