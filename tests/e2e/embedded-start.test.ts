import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GraphQLClient } from 'graphql-request';
import { getSdk } from '../../codegen/sdk.js';
import { DEMO } from '../../src/seed.js';
import { expectType } from '../helpers/world.js';

const root = path.resolve(import.meta.dirname, '../..');
const dataDir = mkdtempSync(path.join(tmpdir(), 'croupier-embedded-'));
// As root, PostgreSQL runs as its own system user, which must be able to enter the folder.
chmodSync(dataDir, 0o755);
let child: ChildProcess | undefined;

afterAll(async () => {
  // SIGTERM lets the server stop its embedded PostgreSQL; SIGKILL would orphan it.
  if (child && child.exitCode === null) {
    child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 5000));
  }
  rmSync(dataDir, { recursive: true, force: true });
});

/** Resolves with the server's URL once `npm start`'s banner names it. */
function waitForBanner(process: ChildProcess): Promise<{ url: string; output: () => string }> {
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no banner within 90s:\n${output}`)), 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/[^\s]+)\/graphql/.exec(output);
      if (match && output.includes(DEMO.player.password)) {
        clearTimeout(timer);
        resolve({ url: match[1]!, output: () => output });
      }
    };
    process.stdout?.on('data', onData);
    process.stderr?.on('data', onData);
    process.on('exit', (code) => reject(new Error(`exited with ${code}:\n${output}`)));
  });
}

describe('npm start on the embedded default', () => {
  it('starts a real embedded PostgreSQL, seeds the demo tenant, serves it, and shuts down on SIGTERM', async () => {
    const env = { ...process.env };
    for (const name of ['DATABASE_URL', 'REDIS_URL', 'DATABASE_APP_URL', 'DATABASE_APP_PASSWORD']) delete env[name];
    child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: root,
      env: {
        ...env,
        NODE_ENV: 'development',
        PORT: '0',
        LOG_LEVEL: 'info',
        EMBEDDED_PG_DIR: path.join(dataDir, 'pg'),
        EMBEDDED_PG_PORT: String(55_000 + Math.floor(Math.random() * 5000)),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const { url, output } = await waitForBanner(child);
    expect(output()).toContain(`"dataDir":"${path.join(dataDir, 'pg')}"`);

    const demo = getSdk(new GraphQLClient(`${url}/graphql`, { headers: { 'x-tenant': DEMO.tenant.slug } }));
    expect((await demo.Menu()).menu!.items.length).toBeGreaterThan(0);
    const login = await demo.Login({ input: { email: DEMO.player.email, password: DEMO.player.password } });
    expectType(login.login, 'LoginPayload');
    const { email, password } = DEMO.tenantAdmin;
    const staff = await demo.StaffLogin({ input: { email, password, tenant: DEMO.tenant.slug } });
    expectType(staff.staffLogin, 'StaffLoginPayload');
    expect((await fetch(`${url}/graphiql`)).status).toBe(200);

    const exited = new Promise<number | null>((resolve) => child!.on('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output()).toContain('shutting down');
  }, 150_000);
});
