import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { systemContext, type Services } from '../../src/context.js';
import type { Job } from '../../src/jobs/scheduler.js';
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

export function auditJobs(services: Services): Job[] {
  return [
    {
      name: 'audit-checkpoint',
      intervalMs: services.config.auditCheckpointIntervalMs,
      run: () => checkpointAllTenants(services),
    },
  ];
}
