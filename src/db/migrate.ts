import { MikroORM } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { APP_ROLE } from '../config.js';
import { migrationsList } from '../../migrations/index.js';

export interface MigrateResult {
  applied: string[];
}

/** Tables whose rows are history: the app may add rows, never change or remove them. */
export const APPEND_ONLY_TABLES = ['tenant_menu_change', 'audit_event', 'audit_checkpoint', 'ledger_transaction', 'ledger_entry', 'poker_table_event'];

/**
 * Applies pending migrations as the owner, then makes sure the application role exists
 * with exactly the rights it needs: read/write on tables (row-level security applies to
 * it because it owns none of them), insert-only on history tables, nothing more.
 */
export async function migrate(ownerUrl: string, appPassword: string | undefined): Promise<MigrateResult> {
  const orm = await MikroORM.init({
    clientUrl: ownerUrl,
    entities: [],
    discovery: { warnWhenNoEntities: false },
    extensions: [Migrator],
    migrations: { migrationsList, transactional: true, allOrNothing: true, tableName: 'mikro_orm_migrations', snapshot: false },
    pool: { min: 0, max: 2 },
    debug: false,
  });
  try {
    const applied = await orm.getMigrator().up();
    await provisionAppRole(orm, appPassword);
    return { applied: applied.map((m) => m.name) };
  } finally {
    await orm.close(true);
  }
}

async function provisionAppRole(orm: MikroORM, appPassword: string | undefined): Promise<void> {
  const conn = orm.em.getConnection();
  const [{ exists } = { exists: false }] = await conn.execute<{ exists: boolean }[]>(
    `select exists (select 1 from pg_roles where rolname = ?) as exists`,
    [APP_ROLE],
  );
  if (!exists) {
    await conn.execute(`create role ${APP_ROLE} login nosuperuser nocreatedb nocreaterole nobypassrls`);
  }
  if (appPassword !== undefined) {
    // A role password cannot be a bind parameter; the literal is quoted by PostgreSQL itself.
    const [{ sql } = { sql: '' }] = await conn.execute<{ sql: string }[]>(
      `select format('alter role ${APP_ROLE} password %L', ?::text) as sql`,
      [appPassword],
    );
    await conn.execute(sql);
  }
  const [{ db } = { db: '' }] = await conn.execute<{ db: string }[]>(`select current_database() as db`);
  await conn.execute(`grant connect on database "${db}" to ${APP_ROLE}`);
  await conn.execute(`grant usage on schema public to ${APP_ROLE}`);
  await conn.execute(`grant select, insert, update, delete on all tables in schema public to ${APP_ROLE}`);
  await conn.execute(`grant usage, select on all sequences in schema public to ${APP_ROLE}`);
  await conn.execute(`revoke all on mikro_orm_migrations from ${APP_ROLE}`);
  for (const table of APPEND_ONLY_TABLES) {
    await conn.execute(`revoke update, delete, truncate on ${table} from ${APP_ROLE}`);
  }
  await conn.execute(`grant execute on all functions in schema public to ${APP_ROLE}`);
}
