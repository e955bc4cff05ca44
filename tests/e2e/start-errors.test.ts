import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { TEST_APP_PASSWORD } from '../setup/database.js';

const root = path.resolve(import.meta.dirname, '../..');
const dataDir = mkdtempSync(path.join(tmpdir(), 'croupier-start-errors-'));
const held: net.Server[] = [];

afterAll(async () => {
  await Promise.all(held.map((server) => new Promise((resolve) => server.close(resolve))));
  rmSync(dataDir, { recursive: true, force: true });
});

/** Holds a free port on 127.0.0.1 the way another program would, and returns it. */
async function holdAPort(): Promise<number> {
  const server = net.createServer();
  held.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as net.AddressInfo).port;
}

/** Runs `npm start` (src/main.ts) with `env` to its end. */
function runMain(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const inherited = { ...process.env };
  for (const name of ['DATABASE_URL', 'REDIS_URL', 'DATABASE_APP_URL', 'DATABASE_APP_PASSWORD', 'PORT', 'EMBEDDED_PG_PORT']) delete inherited[name];
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: { ...inherited, NODE_ENV: 'test', LOG_LEVEL: 'info', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

describe('a port already in use at start-up', () => {
  it('HTTP port: one line naming the port and PORT, exit 1', async () => {
    const port = await holdAPort();
    const { code, stderr } = await runMain({
      PORT: String(port),
      DATABASE_URL: inject('databaseUrl'),
      DATABASE_APP_PASSWORD: TEST_APP_PASSWORD,
    });
    expect(stderr.trim().split('\n')).toEqual([
      `Port ${port} on 127.0.0.1 is already in use, so the HTTP server cannot start: stop what listens there or set PORT to another port.`,
    ]);
    expect(code).toBe(1);
  }, 60_000);

  it('embedded PostgreSQL port: one line naming the port and EMBEDDED_PG_PORT, exit 1, nothing initialised', async () => {
    const port = await holdAPort();
    const pgDir = path.join(dataDir, 'pg');
    const { code, stderr } = await runMain({ PORT: '0', EMBEDDED_PG_DIR: pgDir, EMBEDDED_PG_PORT: String(port) });
    expect(stderr.trim().split('\n')).toEqual([
      `Port ${port} on 127.0.0.1 is already in use, so the embedded PostgreSQL cannot start: ` +
        `stop what listens there or set EMBEDDED_PG_PORT to another port, or set DATABASE_URL to use a PostgreSQL of your own.`,
    ]);
    expect(code).toBe(1);
    expect(existsSync(pgDir)).toBe(false);
  }, 60_000);
});
