import { MikroORM, type EntitySchema } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { migrationsList } from '../../migrations/index.js';
import type { Config } from '../config.js';

export type Orm = MikroORM;

export interface OrmOptions {
  url: string;
  entities: EntitySchema[];
  poolMax: number;
  timeouts?: Config['databaseTimeouts'];
}

/**
 * node-postgres options of every API connection: a connect that does not finish in time
 * fails, and (statement_timeout, set at connect) no statement runs or waits for a lock longer
 * than the limit. PostgreSQL then cancels it (SQLSTATE 57014) and its transaction rolls back.
 */
export function connectionLimits(timeouts: Config['databaseTimeouts'] | undefined): { connectionTimeoutMillis?: number; statement_timeout?: number } {
  if (!timeouts) return {};
  return {
    connectionTimeoutMillis: timeouts.connectMs,
    ...(timeouts.statementMs > 0 ? { statement_timeout: timeouts.statementMs } : {}),
  };
}

export async function openOrm({ url, entities, poolMax, timeouts }: OrmOptions): Promise<Orm> {
  return MikroORM.init({
    clientUrl: url,
    entities,
    discovery: { warnWhenNoEntities: false },
    extensions: [Migrator],
    migrations: { migrationsList, transactional: true, allOrNothing: true, tableName: 'mikro_orm_migrations', snapshot: false },
    pool: { min: 0, max: poolMax },
    // Knex waits this long for a free pooled connection (its default is 60 s), so a request
    // fails with UNAVAILABLE instead of hanging while the database is unreachable.
    ...(timeouts ? { driverOptions: { acquireConnectionTimeout: timeouts.acquireMs, connection: connectionLimits(timeouts) } } : {}),
    // Bigints stay bigints; money never passes through a float.
    forceUtcTimezone: true,
    allowGlobalContext: false,
    debug: false,
  });
}
