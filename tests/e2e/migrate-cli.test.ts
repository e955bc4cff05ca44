import { spawn } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { TEST_APP_PASSWORD } from '../setup/database.js';

const root = path.resolve(import.meta.dirname, '../..');
const admin = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const name = `croupier_migrate_cli_${Date.now()}_${process.pid}`;

async function onAdmin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

afterAll(() => onAdmin(`drop database if exists ${name} with (force)`));

function runMigrate(databaseUrl: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const inherited = { ...process.env };
  for (const variable of ['REDIS_URL', 'DATABASE_APP_URL']) delete inherited[variable];
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/migrate.ts'], {
    cwd: root,
    env: { ...inherited, NODE_ENV: 'test', LOG_LEVEL: 'info', DATABASE_URL: databaseUrl, DATABASE_APP_PASSWORD: TEST_APP_PASSWORD },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

describe('npm run migrate', () => {
  it('writes only JSON log lines to stdout, the migrator\'s included, on a fresh database', async () => {
    await onAdmin(`create database ${name}`);
    const url = new URL(admin);
    url.pathname = `/${name}`;
    const { code, stdout, stderr } = await runMigrate(url.toString());
    expect(stderr).toBe('');
    expect(code).toBe(0);

    const lines = stdout.split('\n').filter((line) => line.length > 0);
    const records = lines.map((line) => {
      try {
        return JSON.parse(line) as { level: number; msg: string; component?: string; applied?: string[] };
      } catch {
        throw new Error(`not a JSON line on stdout: ${line}`);
      }
    });
    const migrator = records.filter((r) => r.component === 'migrator');
    expect(migrator.length).toBeGreaterThan(0);
    expect(migrator.map((r) => r.msg)).toContain("Applied 'Migration20261129000000_spine'");
    expect(migrator.every((r) => r.level === 30)).toBe(true);
    const summary = records.at(-1)!;
    expect(summary.msg).toBe('migrations applied');
    expect(summary.applied).toContain('Migration20261129000000_spine');
  }, 120_000);
});
