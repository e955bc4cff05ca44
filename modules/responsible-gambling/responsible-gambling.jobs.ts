import { systemContext, type Services } from '../../src/context.js';
import { defineJob } from '../../src/jobs/job.js';
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

export const realityCheckJob = defineJob({
  name: 'rg-reality-checks',
  description: 'Sends the due reality checks and session-limit notices, tenant by tenant.',
  idempotency: "A notice moves the session's next-notice time forward in the transaction that records it (SKIP LOCKED), so it is not due again.",
  every: () => REALITY_CHECK_JOB_INTERVAL_MS,
  run: (_data, services) => sendDueRealityChecks(services),
});
