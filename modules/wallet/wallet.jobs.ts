import { systemContext, type Services } from '../../src/context.js';
import type { Job } from '../../src/jobs/scheduler.js';
import { tenantDirectory, TenantSchema } from '../tenants/index.js';
import { expireHolds } from './wallet.service.js';

/** Releases holds whose time has passed (by the database clock), tenant by tenant. */
export async function expireDueHolds(services: Services): Promise<void> {
  const tenants = await services.orm.em.fork().find(TenantSchema, {}, { fields: ['id'] });
  for (const { id } of tenants) {
    const tenant = await tenantDirectory.byId(services, id);
    if (!tenant) continue;
    while ((await expireHolds(systemContext(services, tenant))) > 0) {
      // Batches of 200 until none is due; SKIP LOCKED lets other instances share the work.
    }
  }
}

export function walletJobs(services: Services): Job[] {
  return [{ name: 'wallet-hold-expiry', intervalMs: services.config.walletHoldExpiryIntervalMs, run: () => expireDueHolds(services) }];
}
