import { MikroORM, type LogContext, type Logger as OrmLogger, type LoggerNamespace } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { APP_ROLE } from '../config.js';
import type { Logger } from '../observability/logger.js';
import { migrationsList } from '../../migrations/index.js';
import { installJobQueue } from '../jobs/install.js';
import { jobDefinitions } from '../modules.js';

export interface MigrateResult {
  applied: string[];
}

/** Tables whose rows are history: the app may add rows, never change or remove them. */
export const APPEND_ONLY_TABLES = ['tenant_menu_change', 'audit_event', 'audit_checkpoint', 'ledger_transaction', 'ledger_entry', 'poker_table_event', 'player_note'];

/**
 * Applies pending migrations as the owner, then makes sure the application role exists
 * with exactly the rights it needs: read/write on tables (row-level security applies to
 * it because it owns none of them), insert-only on history tables, nothing more; then
 * installs the job queue's tables and queues (src/jobs/install.ts).
 */
export async function migrate(ownerUrl: string, appPassword: string | undefined, logger?: Logger): Promise<MigrateResult> {
  const orm = await MikroORM.init({
    clientUrl: ownerUrl,
    entities: [],
    discovery: { warnWhenNoEntities: false },
    extensions: [Migrator],
    // Without a logger (the test set-up), the migrator's lines are not written at all.
    migrations: { migrationsList, transactional: true, allOrNothing: true, tableName: 'mikro_orm_migrations', snapshot: false, silent: !logger },
    pool: { min: 0, max: 2 },
    debug: false,
    ...(logger ? { loggerFactory: () => new PinoOrmLogger(logger.child({ component: 'migrator' })) } : {}),
  });
  try {
    const applied = await orm.getMigrator().up();
    await provisionAppRole(orm, appPassword);
    await installJobQueue(ownerUrl, jobDefinitions);
    return { applied: applied.map((m) => m.name) };
  } finally {
    await orm.close(true);
  }
}

/**
 * MikroORM's logger interface on the platform's pino logger, so the migrator's lines
 * ("Processing 'Migration…'", "Applied '…'") are JSON lines among the others instead of
 * coloured text on stdout.
 */
class PinoOrmLogger implements OrmLogger {
  constructor(private readonly logger: Logger) {}

  log(namespace: string, message: string, context?: LogContext): void {
    const level = context?.level === 'error' ? 'error' : context?.level === 'warning' ? 'warn' : 'info';
    this.logger[level]({ namespace }, message);
  }

  error(namespace: string, message: string): void {
    this.logger.error({ namespace }, message);
  }

  warn(namespace: string, message: string): void {
    this.logger.warn({ namespace }, message);
  }

  /** Never: the statements include `alter role … password`, which no log may hold. */
  logQuery(): void {}

  setDebugMode(): void {}

  isEnabled(namespace: LoggerNamespace): boolean {
    return namespace !== 'query' && namespace !== 'query-params';
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
