/**
 * Release smoke test: `npm run smoke`.
 *
 * Starts the server exactly as `npm start` does (`node --import tsx src/main.ts`) on the
 * embedded default, with a fresh temporary data directory and free ports, then walks the
 * main paths through the generated SDK: player sign-up and login, staff login as the demo
 * tenant admin, a feature flag toggle, and verification of the audit chain. Each step is a
 * test case with its duration, written to artifacts/smoke/junit.xml and summary.json (the
 * server's own output goes to artifacts/smoke/server.log). Exits 1 when any step fails.
 *
 * The server is always stopped with SIGTERM (it then stops its embedded PostgreSQL; SIGKILL
 * would orphan it), and the data directory is always removed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { GraphQLClient } from 'graphql-request';
import { getSdk } from '../../codegen/sdk.js';
import { scrubText } from '../observability/redact.js';
import { DEMO } from '../seed.js';

type Sdk = ReturnType<typeof getSdk>;

interface StepResult {
  name: string;
  ok: boolean;
  ms: number;
  error?: string;
  skipped?: boolean;
}

const root = path.resolve(import.meta.dirname, '../..');
const artifacts = path.join(root, 'artifacts', 'smoke');
const BANNER_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 60_000;

/** A TCP port nobody listens on right now (for the embedded PostgreSQL). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function fail(message: string): never {
  throw new Error(message);
}

/** Narrows a result union to one member, or fails naming what came back instead. */
function expectType<T extends { __typename: string }, N extends T['__typename']>(result: T, typename: N): Extract<T, { __typename: N }> {
  if (result.__typename !== typename) {
    const detail = 'code' in result ? ` (${String((result as { code?: unknown }).code)})` : '';
    fail(`expected ${typename}, got ${result.__typename}${detail}`);
  }
  return result as Extract<T, { __typename: N }>;
}

/** Error text fit for a report: scrubbed of secrets (a failed call's message quotes its request), bounded. */
function describe(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const scrubbed = scrubText(text);
  return scrubbed.length > 2000 ? `${scrubbed.slice(0, 2000)}…` : scrubbed;
}

function xml(text: string): string {
  return text
    .replace(/[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function junitXml(steps: StepResult[], startedAt: string, durationMs: number): string {
  const failures = steps.filter((s) => !s.ok && !s.skipped).length;
  const skipped = steps.filter((s) => s.skipped).length;
  const seconds = (ms: number) => (ms / 1000).toFixed(3);
  const cases = steps.map((step) => {
    const open = `    <testcase classname="croupier.smoke" name="${xml(step.name)}" time="${seconds(step.ms)}"`;
    if (step.ok) return `${open}/>`;
    const message = xml((step.error ?? 'failed').split('\n')[0]!.slice(0, 500));
    const body = step.skipped
      ? `      <skipped message="${message}"/>`
      : `      <failure message="${message}" type="SmokeFailure">${xml(step.error ?? 'failed')}</failure>`;
    return `${open}>\n${body}\n    </testcase>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="croupier smoke" tests="${steps.length}" failures="${failures}" errors="0" skipped="${skipped}" time="${seconds(durationMs)}">`,
    `  <testsuite name="smoke" tests="${steps.length}" failures="${failures}" errors="0" skipped="${skipped}" time="${seconds(durationMs)}" timestamp="${startedAt.replace(/\.\d+Z$/, '')}" hostname="localhost">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}

/** Resolves with the server's URL once `npm start`'s banner is complete. */
function waitForBanner(child: ChildProcess, output: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const match = /listening on (http:\/\/\S+)\/graphql/.exec(output());
      if (match && output().includes(`player:         ${DEMO.player.email}`)) {
        cleanup();
        resolve(match[1]!);
      }
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
      cleanup();
      reject(new Error(`the server exited (code ${code}, signal ${signal}) before it was ready; see artifacts/smoke/server.log`));
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`no banner within ${BANNER_TIMEOUT_MS / 1000}s; see artifacts/smoke/server.log`));
    }, BANNER_TIMEOUT_MS);
    const cleanup = () => {
      clearTimeout(timer);
      child.stdout?.off('data', check);
      child.stderr?.off('data', check);
      child.off('exit', onExit);
    };
    child.stdout?.on('data', check);
    child.stderr?.on('data', check);
    child.on('exit', onExit);
    check();
  });
}

/** SIGTERM, then wait for the exit (never SIGKILL: the server stops its embedded PostgreSQL on SIGTERM). */
async function stopServer(child: ChildProcess): Promise<number | null | 'not running'> {
  if (child.exitCode !== null || child.signalCode !== null) return 'not running';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), STOP_TIMEOUT_MS)));
  const result = await Promise.race([exited, timeout]);
  clearTimeout(timer);
  if (result === 'timeout') throw new Error(`the server did not exit within ${STOP_TIMEOUT_MS / 1000}s of SIGTERM (pid ${child.pid})`);
  return result;
}

async function main(): Promise<number> {
  const startedAt = new Date().toISOString();
  const started = performance.now();
  const steps: StepResult[] = [];
  let blocked: string | undefined;

  const step = async (name: string, run: () => Promise<void>): Promise<void> => {
    if (blocked) {
      steps.push({ name, ok: false, ms: 0, skipped: true, error: `not run: "${blocked}" failed` });
      console.log(`- ${name}: not run`);
      return;
    }
    const t0 = performance.now();
    try {
      await run();
      const ms = Math.round(performance.now() - t0);
      steps.push({ name, ok: true, ms });
      console.log(`✓ ${name} (${ms} ms)`);
    } catch (error) {
      const ms = Math.round(performance.now() - t0);
      steps.push({ name, ok: false, ms, error: describe(error) });
      console.log(`✗ ${name} (${ms} ms): ${describe(error).split('\n')[0]}`);
      blocked = name;
    }
  };

  mkdirSync(artifacts, { recursive: true });
  const dataDir = mkdtempSync(path.join(tmpdir(), 'croupier-smoke-'));
  // As root, PostgreSQL runs as its own system user, which must be able to enter the folder.
  chmodSync(dataDir, 0o755);
  let child: ChildProcess | undefined;
  let output = '';
  let interrupted = false;
  const onSignal = (signal: NodeJS.Signals) => {
    // Stop the server the graceful way; the finally block below waits for it and cleans up.
    interrupted = true;
    console.log(`smoke: ${signal}, stopping the server`);
    if (child && child.exitCode === null) child.kill('SIGTERM');
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  try {
    let url = '';
    await step('start server (npm start, embedded PostgreSQL)', async () => {
      const env = { ...process.env };
      for (const name of ['DATABASE_URL', 'DATABASE_APP_URL', 'DATABASE_APP_PASSWORD', 'REDIS_URL', 'SEED_DEMO', 'MIGRATE_ON_START']) delete env[name];
      child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
        cwd: root,
        env: {
          ...env,
          NODE_ENV: 'development',
          HOST: '127.0.0.1',
          PORT: '0',
          LOG_LEVEL: env['LOG_LEVEL'] ?? 'info',
          EMBEDDED_PG_DIR: path.join(dataDir, 'pg'),
          EMBEDDED_PG_PORT: String(await freePort()),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      try {
        url = await waitForBanner(child, () => output);
      } catch (error) {
        const tail = output.trim().split('\n').slice(-20).join('\n');
        fail(`${error instanceof Error ? error.message : String(error)}\n--- last lines of the server's output ---\n${tail}`);
      }
      const health = await fetch(`${url}/readyz`);
      if (health.status !== 200) fail(`/readyz answered ${health.status}: ${await health.text()}`);
    });

    const sdk = (headers: Record<string, string> = {}): Sdk => getSdk(new GraphQLClient(`${url}/graphql`, { headers }));
    const demo = () => sdk({ 'x-tenant': DEMO.tenant.slug });
    const player = { email: `smoke-${randomUUID().slice(0, 8)}@player.test`, password: `Smoke-${randomBytes(12).toString('base64url')}` };
    let staffToken = '';

    await step('player sign-up', async () => {
      const { registerPlayer } = await demo().RegisterPlayer({ input: { email: player.email, password: player.password, displayName: 'Smoke Player' } });
      const payload = expectType(registerPlayer, 'RegisterPlayerPayload');
      if (payload.player.email !== player.email) fail(`registered ${payload.player.email}, expected ${player.email}`);
    });

    await step('player login', async () => {
      const { login } = await demo().Login({ input: { email: player.email, password: player.password } });
      const { tokens } = expectType(login, 'LoginPayload');
      const { viewer } = await sdk({ authorization: `Bearer ${tokens.accessToken}` }).Viewer();
      if (viewer?.kind !== 'PLAYER' || viewer.player?.email !== player.email) fail(`viewer is ${JSON.stringify(viewer?.kind)}, expected the new player`);
    });

    await step('staff login (demo tenant admin)', async () => {
      const { email, password } = DEMO.tenantAdmin;
      const { staffLogin } = await sdk().StaffLogin({ input: { email, password, tenant: DEMO.tenant.slug } });
      staffToken = expectType(staffLogin, 'StaffLoginPayload').tokens.accessToken;
      const { viewer } = await sdk({ authorization: `Bearer ${staffToken}` }).Viewer();
      if (viewer?.kind !== 'STAFF' || !viewer.roles.includes('TENANT_ADMIN')) fail(`viewer is ${viewer?.kind} ${JSON.stringify(viewer?.roles)}, expected a TENANT_ADMIN`);
    });

    await step('menu feature flag toggle', async () => {
      const staff = sdk({ authorization: `Bearer ${staffToken}` });
      const key = 'feature.bonuses';
      const before = (await staff.TenantMenu()).tenantMenu!.find((item) => item.key === key) ?? fail(`${key} is not in the tenant menu`);
      const { setMenuItem } = await staff.SetMenuItem({ input: { key, enabled: !before.enabled } });
      const after = expectType(setMenuItem, 'SetMenuItemPayload').items.find((item) => item.key === key);
      if (after?.enabled !== !before.enabled) fail(`${key} is still ${before.enabled ? 'on' : 'off'} after the toggle`);
      const { features } = (await demo().Menu()).menu!;
      if (features.includes(key) !== !before.enabled) fail(`the public menu's features ${JSON.stringify(features)} do not reflect the toggle of ${key}`);
    });

    await step('audit chain verification', async () => {
      const { verifyAuditChain } = await sdk({ authorization: `Bearer ${staffToken}` }).VerifyAuditChain();
      if (!verifyAuditChain!.ok || verifyAuditChain!.broken) fail(`the audit chain is broken: ${JSON.stringify(verifyAuditChain!.broken)}`);
      if (verifyAuditChain!.checked < 1) fail('the audit chain verified no event (the flag toggle should have been audited)');
    });
  } finally {
    // Always: SIGTERM the server, wait for it (and its PostgreSQL) to stop, remove the data.
    const t0 = performance.now();
    let stopError: string | undefined;
    if (child) {
      try {
        const code = await stopServer(child);
        if (code === 'not running') stopError = `the server had already exited (code ${child.exitCode}, signal ${child.signalCode})`;
        else if (code !== 0) stopError = `the server exited with code ${code} after SIGTERM`;
        else if (!output.includes('shutting down')) stopError = 'the server exited without logging "shutting down"';
      } catch (error) {
        stopError = describe(error);
      }
      steps.push({ name: 'stop server (SIGTERM)', ok: !stopError, ms: Math.round(performance.now() - t0), ...(stopError ? { error: stopError } : {}) });
      console.log(stopError ? `✗ stop server (SIGTERM): ${stopError}` : `✓ stop server (SIGTERM) (${Math.round(performance.now() - t0)} ms)`);
    }
    rmSync(dataDir, { recursive: true, force: true });
    writeFileSync(path.join(artifacts, 'server.log'), output);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }

  const durationMs = Math.round(performance.now() - started);
  const ok = !interrupted && steps.every((s) => s.ok);
  const summary = { ok, steps, startedAt, durationMs };
  writeFileSync(path.join(artifacts, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
  writeFileSync(path.join(artifacts, 'junit.xml'), junitXml(steps, startedAt, durationMs));
  const failed = steps.filter((s) => !s.ok).length;
  console.log(`smoke: ${ok ? 'passed' : 'FAILED'}: ${steps.length - failed} of ${steps.length} steps passed in ${durationMs} ms (artifacts/smoke/junit.xml, summary.json, server.log)`);
  return ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
