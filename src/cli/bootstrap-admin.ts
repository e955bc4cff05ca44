import { parseArgs } from 'node:util';
import pg from 'pg';
import { z } from 'zod';
import { loadConfigOrExit } from '../config.js';
import { startEmbeddedPostgres } from '../db/embedded.js';
import { createLogger } from '../observability/logger.js';
import { hashPassword } from '../auth/passwords.js';
import { randomSecret } from '../auth/secrets.js';
import { newId } from '../ids.js';

/**
 * `npm run bootstrap-admin -- --email admin@example.com --name "Ada Admin" [--force]`
 *
 * Creates a platform admin in a migrated database (DATABASE_URL, or the embedded one), with
 * a random one-time password that the account must change at its first sign-in
 * (PASSWORD_CHANGE_REQUIRED until changePassword). Without the demo seed: this is how a
 * production platform gets its first admin (docs/accounts.md).
 *
 * Refuses (exit 3) when an active platform admin exists, unless --force: the API has no way to
 * create platform staff, so --force is the way back in when every admin is locked out (whoever
 * can run it holds the database owner's credentials, so it grants nothing new).
 *
 * stdout carries JSON lines only. The password is on the line with `oneTimePassword`, written
 * by this script itself: the logger would redact it, as it redacts every password.
 * Exit codes: 0 created, 1 failed, 2 bad arguments or configuration, 3 refused.
 */
const config = loadConfigOrExit();
const logger = createLogger(config.logLevel);

const usage = 'usage: npm run bootstrap-admin -- --email <address> --name <name> [--force]';
let args: { email: string; name: string; force: boolean };
try {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, name: { type: 'string' }, force: { type: 'boolean', default: false } },
    strict: true,
  });
  args = z
    .object({
      email: z.string().trim().toLowerCase().pipe(z.email({ message: '--email must be an email address' })),
      name: z.string({ message: '--name is required' }).trim().min(1, '--name is required').max(120),
      force: z.boolean(),
    })
    .parse(values);
} catch (error) {
  const reason = error instanceof z.ZodError ? error.issues.map((i) => i.message).join('; ') : error instanceof Error ? error.message : String(error);
  logger.error({ usage }, `bad arguments: ${reason}`);
  process.exit(2);
}

const { database } = config;
const embedded = database.kind === 'embedded' ? await startEmbeddedPostgres(database.dir, database.port, logger) : undefined;
const ownerUrl = database.kind === 'external' ? database.ownerUrl : embedded!.ownerUrl;
const client = new pg.Client({ connectionString: ownerUrl });

let exitCode = 0;
try {
  await client.connect();
  const password = randomSecret(18);
  const passwordHash = await hashPassword(password);
  await client.query('begin');
  // Two bootstraps at once must not both find no admin.
  await client.query(`select pg_advisory_xact_lock(hashtext('croupier:bootstrap-admin'))`);
  const admins = await client.query<{ n: number }>(`select count(*)::int as n from platform_staff where 'PLATFORM_ADMIN' = any (roles) and disabled_at is null`);
  const existing = admins.rows[0]!.n;
  const taken = await client.query(`select 1 from platform_staff where lower(email) = $1`, [args.email]);
  if (existing > 0 && !args.force) {
    await client.query('rollback');
    logger.error({ platformAdmins: existing }, 'a platform admin exists already: nothing created (use --force to add another)');
    exitCode = 3;
  } else if (taken.rowCount) {
    await client.query('rollback');
    logger.error({ email: args.email }, 'a platform staff account has this email already: nothing created');
    exitCode = 3;
  } else {
    const id = newId();
    await client.query(
      `insert into platform_staff (id, email, name, password_hash, roles, must_change_password) values ($1, $2, $3, $4, '{PLATFORM_ADMIN}', true)`,
      [id, args.email, args.name, passwordHash],
    );
    await client.query('commit');
    logger.info({ staffId: id, email: args.email, forced: existing > 0 }, 'platform admin created');
    // Written here, not through the logger (which redacts passwords), in the logger's shape.
    process.stdout.write(
      `${JSON.stringify({
        level: 30,
        time: Date.now(),
        service: 'croupier',
        msg: 'one-time password: sign in with staffLogin (no tenant), then changePassword; nothing else answers until then',
        email: args.email,
        oneTimePassword: password,
      })}\n`,
    );
  }
} catch (error) {
  await client.query('rollback').catch(() => undefined);
  const missingTable = (error as { code?: string }).code === '42P01';
  logger.error({ err: error }, missingTable ? 'the database is not migrated: run npm run migrate first' : 'bootstrap failed');
  exitCode = 1;
} finally {
  await client.end().catch(() => undefined);
  await embedded?.stop();
}
// Not process.exit: the logger's lines still being written are not cut off.
process.exitCode = exitCode;
