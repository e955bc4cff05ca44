import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { migrate } from '../../src/db/migrate.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The owner's URL of this run's own database, migrated. */
    databaseUrl: string;
  }
}

export const TEST_APP_PASSWORD = 'croupier_app_test';

/** Each test run creates its own database, migrates it, and drops it at the end. */
export default async function setup(project: TestProject) {
  const admin = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `croupier_test_${Date.now()}_${process.pid}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();

  const url = new URL(admin);
  url.pathname = `/${name}`;
  await migrate(url.toString(), TEST_APP_PASSWORD);
  project.provide('databaseUrl', url.toString());

  return async () => {
    const dropper = new pg.Client({ connectionString: admin });
    await dropper.connect();
    await dropper.query(`drop database if exists ${name} with (force)`);
    await dropper.end();
  };
}
