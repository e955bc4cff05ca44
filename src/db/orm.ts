import { MikroORM, type EntitySchema } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { migrationsList } from '../../migrations/index.js';

export type Orm = MikroORM;

export interface OrmOptions {
  url: string;
  entities: EntitySchema[];
  poolMax: number;
}

export async function openOrm({ url, entities, poolMax }: OrmOptions): Promise<Orm> {
  return MikroORM.init({
    clientUrl: url,
    entities,
    discovery: { warnWhenNoEntities: false },
    extensions: [Migrator],
    migrations: { migrationsList, transactional: true, allOrNothing: true, tableName: 'mikro_orm_migrations', snapshot: false },
    pool: { min: 0, max: poolMax },
    // Bigints stay bigints; money never passes through a float.
    forceUtcTimezone: true,
    allowGlobalContext: false,
    debug: false,
  });
}
