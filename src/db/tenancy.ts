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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Binds the current transaction to one tenant (`app.tenant_id`, which row-level security reads).
 * A `set local` statement, not `select set_config(…)`: under Citus,
 * `citus.propagate_set_commands = 'local'` carries SET LOCAL to the workers a transaction
 * touches, and a function call it does not (docs/scaling.md). SET takes no bind parameters,
 * so the scope is written into the statement: a tenant id only once it parses as a UUID, or
 * the literal 'platform' (the platform's own rows of password_reset and email_outbox).
 */
export async function bindTransactionTo(em: EntityManager, scope: string): Promise<void> {
  if (scope !== 'platform' && !UUID.test(scope)) throw new Error(`not a tenant id: ${JSON.stringify(scope)}`);
  await em.execute(`set local app.tenant_id = '${scope}'`);
}

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
    await bindTransactionTo(tem, tenantId);
    tem.setFilterParams(TENANT_FILTER, { tenantId });
    return fn(tem);
  });
}

/** A transaction with no tenant: platform tables only; tenant rows are invisible under RLS. */
export async function inPlatformTransaction<T>(em: EntityManager, fn: (em: EntityManager) => Promise<T>): Promise<T> {
  return em.transactional(fn);
}
