import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { appUrlFrom } from '../../src/config.js';
import { TEST_APP_PASSWORD } from '../setup/database.js';
import { TENANT_WIDE_JOBS_OFF } from './test-env.js';

/**
 * API instances as child processes (`node --import tsx src/main.ts`, as in production) and a
 * real HAProxy in front of them, for the many-instances test and bench:fanout. Everything runs
 * as the current user: the proxy's configuration, pid file and sockets live in a temp dir.
 */

const ROOT = resolve(import.meta.dirname, '../..');

export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/** The environment of a child instance on the shared test database (the owner's URL) and, unless `redisUrl` is null, Redis. */
export function instanceEnv(options: { databaseUrl: string; redisUrl: string | null; port: number; extra?: Record<string, string> }): Record<string, string> {
  return {
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: String(options.port),
    DATABASE_URL: options.databaseUrl,
    DATABASE_APP_URL: appUrlFrom(options.databaseUrl, TEST_APP_PASSWORD),
    DATABASE_APP_PASSWORD: TEST_APP_PASSWORD,
    DATABASE_POOL_MAX: '10',
    MIGRATE_ON_START: 'false',
    LOG_LEVEL: 'warn',
    OUTBOX_POLL_MS: '100',
    ...(options.redisUrl ? { REDIS_URL: options.redisUrl } : {}),
    ...TENANT_WIDE_JOBS_OFF,
    ...options.extra,
  };
}

export interface Instance {
  name: string;
  port: number;
  url: string;
  process: ChildProcess;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  /** Resolves when the process has exited. */
  exited: Promise<void>;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

async function waitUntil(what: string, probe: () => Promise<boolean> | boolean, ms: number, failed: () => string | null = () => null): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    const failure = failed();
    if (failure) throw new Error(`${what}: ${failure}`);
    if (await probe()) return;
    if (Date.now() > deadline) throw new Error(`${what}: not ready in ${ms} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Starts `src/main.ts` with `env` and waits until it answers /readyz. */
export async function startInstance(name: string, env: Record<string, string>): Promise<Instance> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let exitCode: number | null | undefined;
  const exited = new Promise<void>((done) =>
    child.once('exit', (code, signal) => {
      exitCode = code ?? (signal ? -1 : null);
      done();
    }),
  );
  const url = `http://127.0.0.1:${env.PORT}`;
  await waitUntil(
    `instance ${name}`,
    async () => (await fetch(`${url}/readyz`).catch(() => null))?.ok === true,
    60_000,
    () => (exitCode !== undefined ? `exited (${exitCode}):\n${output.slice(-3000)}` : null),
  );
  return {
    name,
    port: Number(env.PORT),
    url,
    process: child,
    output: () => output,
    exited,
    stop: async (signal = 'SIGTERM') => {
      if (exitCode === undefined) child.kill(signal);
      await exited;
    },
  };
}

export interface Proxy {
  url: string;
  port: number;
  configText: string;
  stop(): Promise<void>;
}

/**
 * The HAProxy configuration in front of `backends` (name → port): round robin, a health check
 * of /readyz every 200 ms (an instance is out after 2 failures), a request that could not reach
 * an instance (refused connection) retried on another; WebSockets pass through (HAProxy sees
 * the Upgrade and tunnels the connection, `timeout tunnel`).
 */
export function haproxyConfig(listenPort: number, backends: ReadonlyArray<{ name: string; port: number }>, dir: string): string {
  return `global
    pidfile ${join(dir, 'haproxy.pid')}
    maxconn 4096

defaults
    mode http
    timeout connect 1s
    timeout client 60s
    timeout server 60s
    timeout tunnel 1h
    retries 3
    option redispatch 1
    # Only a request that never reached an instance is retried by the proxy; one cut off after
    # it reached an instance may have been applied, so the client retries it (same idempotency key).
    retry-on conn-failure

frontend api
    bind 127.0.0.1:${listenPort}
    default_backend instances

backend instances
    balance roundrobin
    option httpchk GET /readyz
    default-server inter 200ms fall 2 rise 2
${backends.map((b) => `    server ${b.name} 127.0.0.1:${b.port} check`).join('\n')}
`;
}

/** HAProxy from Debian's package (tests/setup/ensure-tools.sh installs it), as a foreground child process. */
export function haproxyBinary(): string {
  for (const candidate of ['/usr/sbin/haproxy', '/usr/bin/haproxy']) if (existsSync(candidate)) return candidate;
  return 'haproxy';
}

export async function startProxy(backends: ReadonlyArray<{ name: string; port: number }>): Promise<Proxy> {
  const dir = mkdtempSync(join(tmpdir(), 'croupier-haproxy-'));
  const port = await freePort();
  const configText = haproxyConfig(port, backends, dir);
  const configPath = join(dir, 'haproxy.cfg');
  writeFileSync(configPath, configText);
  // -db: stay in the foreground (no daemon, no system service); -W off.
  const child = spawn(haproxyBinary(), ['-db', '-f', configPath], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let exitCode: number | null | undefined;
  const exited = new Promise<void>((done) =>
    child.once('exit', (code) => {
      exitCode = code;
      done();
    }),
  );
  const url = `http://127.0.0.1:${port}`;
  await waitUntil(
    'haproxy',
    async () => (await fetch(`${url}/readyz`).catch(() => null))?.ok === true,
    15_000,
    () => (exitCode !== undefined ? `exited (${exitCode}):\n${output}\n${readFileSync(configPath, 'utf8')}` : null),
  );
  return {
    url,
    port,
    configText,
    stop: async () => {
      if (exitCode === undefined) child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
