import PgBoss from 'pg-boss';
import { APP_ROLE } from '../config.js';
import type { AnyJobDefinition } from './job.js';
import { JOB_SCHEMA } from './queue.js';
import { cronSchedulesOf, scheduleKeeper } from './schedule.js';

/** pg-boss's own queue for cron sends (its timekeeper creates it when it may; here the owner does). */
const CRON_SEND_QUEUE = '__pgboss__send-it';

/**
 * Installs or upgrades the job queue's tables (pg-boss's schema) as the database owner, creates
 * a queue per job definition (each is a partition of the job table, which only the owner may
 * attach), registers the cron schedules, and gives the application role use of them. Runs with
 * the migrations (src/db/migrate.ts); the API instances then use the queue without owning it.
 */
export async function installJobQueue(ownerUrl: string, definitions: readonly AnyJobDefinition[], options: { complete: boolean } = { complete: true }): Promise<void> {
  const boss = new PgBoss({ connectionString: ownerUrl, schema: JOB_SCHEMA, migrate: true, supervise: false, schedule: false, max: 2 });
  boss.on('error', () => undefined);
  await boss.start();
  try {
    const names = [...new Set([...definitions.map((d) => d.name), scheduleKeeper.name, CRON_SEND_QUEUE])];
    for (const name of names) {
      if (!(await boss.getQueue(name))) await boss.createQueue(name, { name, policy: 'standard' });
    }
    const crons = cronSchedulesOf(definitions);
    for (const { name, cron } of crons) await boss.schedule(name, cron, {}, { tz: 'UTC' });
    // With the whole list (not a test's extra queues), schedules no longer defined are dropped.
    for (const schedule of options.complete ? await boss.getSchedules() : []) {
      if (!crons.some((c) => c.name === schedule.name)) await boss.unschedule(schedule.name);
    }
    const db = boss.getDb();
    await db.executeSql(`grant usage on schema ${JOB_SCHEMA} to ${APP_ROLE}`, []);
    await db.executeSql(`grant select, insert, update, delete on all tables in schema ${JOB_SCHEMA} to ${APP_ROLE}`, []);
    await db.executeSql(`grant execute on all functions in schema ${JOB_SCHEMA} to ${APP_ROLE}`, []);
  } finally {
    await boss.stop({ graceful: false, close: true, wait: true });
  }
}
