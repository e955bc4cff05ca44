/**
 * How the schema maps onto Citus (docs/scaling.md, "Citus: sharding by tenant"). Every table of
 * the `public` schema with a `tenant_id` column is distributed by `tenant_id`, all co-located,
 * except the tenant tables listed in COORDINATOR_LOCAL_TENANT_TABLES. Every other table is listed
 * here once, with why it is what it is. tests/e2e/citus-catalog.test.ts reads the migrated catalog
 * and fails on a table missing from these lists, and on a key or foreign key that breaks the
 * rules of its class.
 */

/** How a table without a `tenant_id` column is placed. */
export type GlobalTablePlacement =
  /** Copied to every worker (`create_reference_table`): tenant tables may hold foreign keys to it and join it locally. */
  | 'reference'
  /** Stays on the coordinator only (`citus_add_local_table_to_metadata`, or a plain table): no tenant table points to it. */
  | 'coordinator-local';

export interface GlobalTable {
  table: string;
  placement: GlobalTablePlacement;
  reason: string;
}

/** The tables of the `public` schema that have no `tenant_id` column. */
export const GLOBAL_TABLES: readonly GlobalTable[] = [
  {
    table: 'tenant',
    placement: 'reference',
    reason: 'every tenant table has a foreign key to tenant (id), and tenant-path statements read it (status, currencies, locales)',
  },
  {
    table: 'menu_item',
    placement: 'reference',
    reason: "the menu catalogue: tenant_menu_override (item_key) references it, and every tenant's menu is the catalogue with the tenant's overrides",
  },
  {
    table: 'platform_staff',
    placement: 'coordinator-local',
    reason: 'platform staff accounts: no tenant table references them, only platform_session does; read on sign-in and on platform fields',
  },
  {
    table: 'platform_session',
    placement: 'coordinator-local',
    reason: 'sessions of platform staff, with a foreign key to platform_staff; no tenant table references them',
  },
  {
    table: 'ops_check',
    placement: 'coordinator-local',
    reason: 'one row per platform health check, written by a platform job and read by /metrics; never joined with tenant data',
  },
  {
    table: 'mikro_orm_migrations',
    placement: 'coordinator-local',
    reason: "the migrator's own bookkeeping; migrations run on the coordinator, which propagates their DDL to the workers",
  },
];

/**
 * Tenant tables that are not distributed: their `tenant_id` is null on platform staff's rows, and
 * a distribution column may not be null. Both hold little (reset tokens and outgoing mail), are
 * read by token or by the email relay across tenants, and no tenant table references them.
 */
export const COORDINATOR_LOCAL_TENANT_TABLES: readonly GlobalTable[] = [
  {
    table: 'password_reset',
    placement: 'coordinator-local',
    reason: "tenant_id is null for platform staff's resets; found by token alone (the reset link carries nothing else)",
  },
  {
    table: 'email_outbox',
    placement: 'coordinator-local',
    reason: "tenant_id is null for platform staff's mail; the email relay claims every tenant's messages, oldest first",
  },
];

/**
 * Schemas outside `public` that stay on the coordinator: pg-boss keeps its job queue there
 * (src/jobs/install.ts). Its tables have no tenant column, and its workers claim jobs with
 * `for update skip locked` across all of them.
 */
export const COORDINATOR_LOCAL_SCHEMAS: readonly string[] = ['pgboss'];

export function referenceTables(): string[] {
  return GLOBAL_TABLES.filter((t) => t.placement === 'reference').map((t) => t.table);
}
