import { systemContext, type Services } from '../../src/context.js';
import type { Job } from '../../src/jobs/scheduler.js';
import { tenantDirectory, TenantSchema } from '../tenants/index.js';
import { sendDueNotices } from './responsible-gambling.service.js';

/** How often due reality checks are looked for: a notice arrives at most this late. */
export const REALITY_CHECK_JOB_INTERVAL_MS = 15_000;

/** Sends due reality checks and session-limit notices (by the database clock), tenant by tenant. */
export async function sendDueRealityChecks(services: Services): Promise<void> {
  const tenants = await services.orm.em.fork().find(TenantSchema, {}, { fields: ['id'] });
  for (const { id } of tenants) {
    const tenant = await tenantDirectory.byId(services, id);
    if (!tenant) continue;
    while ((await sendDueNotices(systemContext(services, tenant))) > 0) {
      // Batches of 200 until none is due; SKIP LOCKED lets other instances share the work.
    }
  }
}

export function responsibleGamblingJobs(services: Services): Job[] {
  return [{ name: 'rg-reality-checks', intervalMs: REALITY_CHECK_JOB_INTERVAL_MS, run: () => sendDueRealityChecks(services) }];
}
