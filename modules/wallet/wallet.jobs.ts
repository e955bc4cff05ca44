import { systemContext, type Services } from '../../src/context.js';
import { defineJob } from '../../src/jobs/job.js';
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

export const walletHoldExpiryJob = defineJob({
  name: 'wallet-hold-expiry',
  description: 'Releases the holds whose expiry time has passed, tenant by tenant.',
  idempotency: 'Each hold is released in its own transaction only while it is still active (SKIP LOCKED); a released hold is not due again.',
  every: (config) => config.walletHoldExpiryIntervalMs,
  run: (_data, services) => expireDueHolds(services),
});
