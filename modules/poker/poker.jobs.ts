import { systemContext, type Services } from '../../src/context.js';
import type { Job } from '../../src/jobs/scheduler.js';
import { tenantDirectory, TenantSchema } from '../tenants/index.js';
import { runDueTables } from './poker.service.js';

/** How often each instance looks for expired turns and due hands. */
export const POKER_TIMER_INTERVAL_MS = 500;

/**
 * Turn timers and hand starts: every table whose turn deadline or next-hand time has passed
 * (by the database clock), tenant by tenant. The deadlines live in the database, so a restart
 * (or another instance) picks them up; SKIP LOCKED keeps instances from doing a table twice.
 */
export async function runPokerTimers(services: Services): Promise<void> {
  const tenants = await services.orm.em.fork().find(TenantSchema, {}, { fields: ['id'] });
  for (const { id } of tenants) {
    const tenant = await tenantDirectory.byId(services, id);
    if (!tenant || tenant.status !== 'ACTIVE') continue;
    while ((await runDueTables(systemContext(services, tenant))) >= 50) {
      // Batches of 50 tables until none is due.
    }
  }
}

export function pokerJobs(services: Services): Job[] {
  return [{ name: 'poker-timers', intervalMs: POKER_TIMER_INTERVAL_MS, run: () => runPokerTimers(services) }];
}
