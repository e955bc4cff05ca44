import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { systemContext, type Services } from '../../src/context.js';
import { defineJob } from '../../src/jobs/job.js';
import { TenantSchema } from '../tenants/index.js';
import { signChainHead } from './audit.service.js';

/** Signs each tenant's chain head when it moved since the last checkpoint. */
export async function checkpointAllTenants(services: Services): Promise<void> {
  const tenants = await services.orm.em.fork().find(TenantSchema, {}, { fields: ['id'] });
  for (const { id } of tenants) {
    try {
      await signChainHead(systemContext(services), id, 'JOB:audit-checkpoint');
    } catch (error) {
      // Another instance signed the same head first: its checkpoint stands.
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
    }
  }
}

export const auditCheckpointJob = defineJob({
  name: 'audit-checkpoint',
  description: "Signs each tenant's audit chain head when it moved since the last checkpoint.",
  idempotency: 'A head already signed is skipped (one checkpoint per head, a unique key): a second run signs nothing new.',
  every: (config) => config.auditCheckpointIntervalMs,
  run: (_data, services) => checkpointAllTenants(services),
});
