import { spawn } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { GraphQLClient } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrlFrom, loadConfig } from '../../src/config.js';
import { migrate } from '../../src/db/migrate.js';
import { createLogger } from '../../src/observability/logger.js';
import { createPlatform, type Platform } from '../../src/platform.js';
import { getSdk } from '../../codegen/sdk.js';
import { TEST_APP_PASSWORD } from '../setup/database.js';
import { graphqlError } from '../helpers/errors.js';
import { bearer, expectType } from '../helpers/world.js';

const root = path.resolve(import.meta.dirname, '../..');
const admin = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const name = `croupier_bootstrap_${Date.now()}_${process.pid}`;
const databaseUrl = (() => {
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
})();

async function onAdmin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

interface Line {
  level: number;
  msg: string;
  oneTimePassword?: string;
  email?: string;
}

function bootstrap(args: string[]): Promise<{ code: number | null; lines: Line[]; stderr: string }> {
  const inherited = { ...process.env };
  for (const variable of ['REDIS_URL', 'DATABASE_APP_URL']) delete inherited[variable];
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/bootstrap-admin.ts', ...args], {
    cwd: root,
    env: { ...inherited, NODE_ENV: 'test', LOG_LEVEL: 'info', DATABASE_URL: databaseUrl, DATABASE_APP_PASSWORD: TEST_APP_PASSWORD },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) =>
    child.on('close', (code) => {
      const lines = stdout
        .split('\n')
        .filter((line) => line.length > 0)
        .map((line) => {
          try {
            return JSON.parse(line) as Line;
          } catch {
            throw new Error(`not a JSON line on stdout: ${line}`);
          }
        });
      resolve({ code, lines, stderr });
    }),
  );
}

let platform: Platform | undefined;

beforeAll(async () => {
  await onAdmin(`create database ${name}`);
  await migrate(databaseUrl, TEST_APP_PASSWORD);
});
afterAll(async () => {
  await platform?.close();
  await onAdmin(`drop database if exists ${name} with (force)`);
});

describe('npm run bootstrap-admin', () => {
  let password = '';

  it('creates the first platform admin with a printed one-time password, JSON lines only', async () => {
    const { code, lines, stderr } = await bootstrap(['--email', 'Root@Example.com', '--name', 'Ada Admin']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(lines.map((l) => l.msg)).toContain('platform admin created');
    const last = lines.find((l) => l.oneTimePassword)!;
    expect(last.level).toBe(30);
    expect(last.email).toBe('root@example.com');
    expect(last.oneTimePassword).toMatch(/^[A-Za-z0-9_-]{24}$/);
    password = last.oneTimePassword!;
  });

  it('refuses while a platform admin exists, unless --force', async () => {
    const again = await bootstrap(['--email', 'second@example.com', '--name', 'Second']);
    expect(again.code).toBe(3);
    expect(again.lines.some((l) => l.oneTimePassword)).toBe(false);
    expect(again.lines.at(-1)!.msg).toMatch(/a platform admin exists already/);

    const forced = await bootstrap(['--email', 'second@example.com', '--name', 'Second', '--force']);
    expect(forced.code).toBe(0);
    expect(forced.lines.find((l) => l.oneTimePassword)).toBeDefined();
    const taken = await bootstrap(['--email', 'second@example.com', '--name', 'Second', '--force']);
    expect(taken.code).toBe(3);
  });

  it('refuses bad arguments with exit code 2', async () => {
    const { code, lines } = await bootstrap(['--email', 'not-an-email', '--name', 'X']);
    expect(code).toBe(2);
    expect(lines.at(-1)!.msg).toMatch(/bad arguments/);
  });

  it('lets the new admin sign in, but only to change the password first', async () => {
    const config = loadConfig({
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: '0',
      DATABASE_URL: databaseUrl,
      DATABASE_APP_PASSWORD: TEST_APP_PASSWORD,
      DATABASE_POOL_MAX: '4',
      LOG_LEVEL: 'silent',
      RATE_LIMIT_ENABLED: 'false',
    });
    platform = await createPlatform(config, appUrlFrom(databaseUrl, TEST_APP_PASSWORD), createLogger('silent'));
    const url = `${await platform.listen()}/graphql`;
    const sdk = (headers: Record<string, string> = {}) => getSdk(new GraphQLClient(url, { headers }));

    const { staffLogin } = await sdk().StaffLogin({ input: { email: 'root@example.com', password } });
    const tokens = expectType(staffLogin, 'StaffLoginPayload').tokens;
    const admin = sdk(bearer(tokens.accessToken));

    // viewer answers; everything else is refused with PASSWORD_CHANGE_REQUIRED.
    expect((await admin.Viewer()).viewer).toMatchObject({ kind: 'PLATFORM_STAFF' });
    expect((await graphqlError(admin.Tenants({}))).code).toBe('PASSWORD_CHANGE_REQUIRED');
    const create = admin.CreateTenant({
      input: { slug: 'first-casino', name: 'First', defaultCurrency: 'EUR', currencies: ['EUR'], defaultLocale: 'en', locales: ['en'], domains: [] },
    });
    expect((await graphqlError(create)).code).toBe('PASSWORD_CHANGE_REQUIRED');
    const refresh = await sdk().RefreshSession({ input: { refreshToken: tokens.refreshToken } });
    const refreshed = expectType(refresh.refreshSession, 'RefreshSessionPayload').tokens;
    expect((await graphqlError(sdk(bearer(refreshed.accessToken)).Tenants({}))).code).toBe('PASSWORD_CHANGE_REQUIRED');

    const changed = await sdk(bearer(refreshed.accessToken)).ChangePassword({ input: { currentPassword: password, newPassword: 'the-admins-own-passphrase' } });
    expectType(changed.changePassword, 'ChangePasswordPayload');
    const { tenants } = await sdk(bearer(refreshed.accessToken)).Tenants({});
    expect(tenants).not.toBeNull();

    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    const { rows } = await client.query(`select email, must_change_password from platform_staff order by email`);
    await client.end();
    expect(rows).toEqual([
      { email: 'root@example.com', must_change_password: false },
      { email: 'second@example.com', must_change_password: true },
    ]);
  });
});
