import type { Services } from '../../src/context.js';
import { defineJob } from '../../src/jobs/job.js';
import { tenantContexts } from '../tenants/index.js';
import { accrueAllTenants } from './vip.accrual.js';
import { expireTenantPoints, type ExpiryCounts } from './vip.expiry.js';

/** Expires the due points of every tenant (the vip-points-expiry job). */
export async function expireAllPoints(services: Services, asOf: Date = new Date()): Promise<ExpiryCounts> {
  const counts: ExpiryCounts = { players: 0, points: 0n };
  for await (const ctx of tenantContexts(services)) {
    const c = await expireTenantPoints(services, ctx.tenant!.id, asOf);
    counts.players += c.players;
    counts.points += c.points;
  }
  return counts;
}

export const vipAccrualJob = defineJob({
  name: 'vip-accrual',
  description: "Reads each VIP tenant's new bets, bet rollbacks and poker rake from the ledger feed into points (one page of the feed per transaction).",
  idempotency: "The tenant's feed cursor moves in the transaction that posts the points of the rows it passes, and is locked (SKIP LOCKED) while it does: a rerun or a second instance reads nothing twice.",
  every: (config) => config.vipAccrualIntervalMs,
  expireInSeconds: 300,
  retryLimit: 0,
  run: async (_data, services) => {
    await accrueAllTenants(services);
  },
});

export const vipPointsExpiryJob = defineJob({
  name: 'vip-points-expiry',
  description: 'Expires the points of lots past their expiry date, oldest first, tenant by tenant, player by player.',
  idempotency: 'A lot is expired in the transaction that posts its VIP_EXPIRE (keyed vip:expire:<player>:<day>:<expired before>) and sets its remaining to 0: a rerun finds nothing due.',
  every: (config) => config.vipExpiryIntervalMs,
  expireInSeconds: 900,
  run: async (_data, services) => {
    await expireAllPoints(services);
  },
});
