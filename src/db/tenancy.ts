import type { EntityManager } from '@mikro-orm/postgresql';

/** Name of the MikroORM filter every tenant-owned entity declares. */
export const TENANT_FILTER = 'tenant';

/**
 * The filter definition for tenant-owned entities. It has no default arguments on
 * purpose: querying a tenant-owned entity outside a tenant transaction throws.
 */
export const tenantFilter = {
  [TENANT_FILTER]: {
    name: TENANT_FILTER,
    cond: (args: { tenantId: string }) => ({ tenantId: args.tenantId }),
    default: true,
  },
};

/**
 * Runs `fn` in a transaction bound to one tenant: row-level security sees the
 * transaction-local `app.tenant_id`, and the ORM filter adds `tenant_id = ?` to queries.
 */
export async function inTenantTransaction<T>(
  em: EntityManager,
  tenantId: string,
  fn: (em: EntityManager) => Promise<T>,
): Promise<T> {
  return em.transactional(async (tem) => {
    await tem.execute(`select set_config('app.tenant_id', ?, true)`, [tenantId]);
    tem.setFilterParams(TENANT_FILTER, { tenantId });
    return fn(tem);
  });
}

/** A transaction with no tenant: platform tables only; tenant rows are invisible under RLS. */
export async function inPlatformTransaction<T>(em: EntityManager, fn: (em: EntityManager) => Promise<T>): Promise<T> {
  return em.transactional(fn);
}
