/**
 * What the benchmarks share (tests/bench/wallet.ts, tests/bench/seamless.ts): settings from the
 * environment, HTTP posting, percentiles, databases made and dropped per case, the pgbench
 * baseline, the load run in a worker thread, and an optional CPU profile of the API.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import http from 'node:http';
import inspector from 'node:inspector';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { Worker } from 'node:worker_threads';
import pg from 'pg';
import { PRODUCTION_EMAIL_ENV } from '../helpers/production-env.js';

const execFileAsync = promisify(execFile);

export function post(agent: http.Agent, url: URL, headers: Record<string, string>, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method: 'POST', agent, headers: { ...headers, 'content-length': Buffer.byteLength(body).toString() } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

/** A CPU profile of this thread (the API server's), for reading where a case spends its time. */
export async function startProfiler(): Promise<{ stop(file: string): Promise<string> }> {
  const session = new inspector.Session();
  session.connect();
  const call = <T>(method: string, params?: object) =>
    new Promise<T>((resolve, reject) => session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result as T))));
  await call('Profiler.enable');
  await call('Profiler.start');
  return {
    async stop(file) {
      const { profile } = await call<{ profile: object }>('Profiler.stop');
      session.disconnect();
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, JSON.stringify(profile));
      return file;
    },
  };
}

export function intEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer`);
  return value;
}

/** Settings every load benchmark reads from the environment. */
export interface BenchSettings {
  clients: number;
  players: number;
  durationS: number;
  warmupS: number;
  /** The server's DATABASE_POOL_MAX, if set. */
  poolMax: string | undefined;
  /** Where to write CPU profiles of the API, if set. */
  profileDir: string | undefined;
  adminUrl: string;
  redisUrl: string;
}

export function benchSettings(): BenchSettings {
  const settings: BenchSettings = {
    clients: intEnv('BENCH_CLIENTS', 32),
    players: intEnv('BENCH_PLAYERS', 200),
    durationS: intEnv('BENCH_DURATION_S', 10),
    warmupS: intEnv('BENCH_WARMUP_S', 2),
    poolMax: process.env.BENCH_POOL_MAX,
    profileDir: process.env.BENCH_CPU_PROFILE_DIR,
    adminUrl: process.env.BENCH_DATABASE_ADMIN_URL ?? process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  };
  if (settings.players < settings.clients) throw new Error('BENCH_PLAYERS must be at least BENCH_CLIENTS (each client owns its players)');
  return settings;
}

/** The environment of the server under load: production mode, silent, fresh secrets, no rate limit. */
export function benchServerEnv(settings: BenchSettings, ownerUrl: string, appPassword: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'silent',
    DATABASE_URL: ownerUrl,
    DATABASE_APP_PASSWORD: appPassword,
    ...(settings.poolMax ? { DATABASE_POOL_MAX: settings.poolMax } : {}),
    REDIS_URL: settings.redisUrl,
    JWT_SECRET: randomBytes(32).toString('base64url'),
    AUDIT_SIGNING_KEY: randomBytes(32).toString('base64'),
    SECRETS_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    RATE_LIMIT_ENABLED: 'false',
    ...PRODUCTION_EMAIL_ENV,
    ...extra,
  };
}

export const loadAverage = (): number[] => os.loadavg().map((l) => round(l));

/** The machine a run is on, as printed at its start and recorded in its JSON line. */
export function machineFacts(): { line: string; json(loadAfter: number[]): object } {
  const cpus = os.cpus();
  const model = cpus[0]?.model.trim() ?? null;
  const loadBefore = loadAverage();
  return {
    line: `machine: ${cpus.length} × ${model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average ${loadBefore.join(' ')}`,
    json: (loadAfter) => ({ cpus: cpus.length, model, node: process.version, loadAverageBefore: loadBefore, loadAverageAfter: loadAfter }),
  };
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
}

/** What a load run measured. */
export interface LoadResult {
  /** Requests that succeeded inside the measured window (at a fixed rate: those scheduled inside it). */
  ok: number;
  failed: number;
  /** The first few failures, for reading. */
  failures: string[];
  /** Latencies (ms) of those successful requests. */
  latencies: number[];
  windowMs: number;
  /** Requests sent in all (warm-up included). */
  sent: number;
  /** At a fixed rate: successful answers that arrived inside the window, whenever scheduled (the rate achieved). */
  answeredInWindow?: number;
}

/** The clients of a load run and its time: warm-up, then the measured window. */
export interface LoadWindow {
  clients: number;
  warmupMs: number;
  durationMs: number;
  /**
   * Requests per second across all clients, at fixed times (a fixed arrival rate, openLoop);
   * absent, a closed loop (each client sends its next request as soon as the previous one is
   * answered).
   */
  ratePerS?: number;
}

/** Sends a client's n-th request; answers a failure text, or null when it succeeded. */
export type SendRequest = (client: number, n: number) => Promise<string | null>;

/**
 * Load clients. In a closed loop each client sends its next request as soon as the previous one
 * is answered (full load); only requests completing inside the window count. With `ratePerS`,
 * the open loop below.
 */
export async function loadLoop(window: LoadWindow, send: SendRequest): Promise<LoadResult> {
  if (window.ratePerS) return openLoop({ ...window, ratePerS: window.ratePerS }, send);
  const start = performance.now();
  const windowStart = start + window.warmupMs;
  const windowEnd = windowStart + window.durationMs;
  const result: LoadResult = { ok: 0, failed: 0, failures: [], latencies: [], windowMs: window.durationMs, sent: 0 };
  const client = async (c: number) => {
    for (let n = 0; ; n++) {
      const sentAt = performance.now();
      if (sentAt >= windowEnd) break;
      result.sent += 1;
      const failure = await sendSafely(send, c, n);
      const doneAt = performance.now();
      if (doneAt < windowStart || doneAt > windowEnd) continue;
      record(result, failure, doneAt - sentAt);
    }
  };
  await Promise.all(Array.from({ length: window.clients }, (_, c) => client(c)));
  return result;
}

async function sendSafely(send: SendRequest, client: number, n: number): Promise<string | null> {
  try {
    return await send(client, n);
  } catch (error) {
    return String(error);
  }
}

function record(result: LoadResult, failure: string | null, latencyMs: number): void {
  if (failure) {
    result.failed += 1;
    if (result.failures.length < 5) result.failures.push(failure.slice(0, 300));
  } else {
    result.ok += 1;
    result.latencies.push(latencyMs);
  }
}

/**
 * The open loop: requests arrive at a fixed rate, the i-th at start + i / rate (its intended
 * send time), whatever the answers to earlier ones do. Each goes out on a free client (at most
 * `clients` in flight, each client with its own players, so `send(client, n)` is as in the
 * closed loop); when every client is busy it waits for the first one freed, in arrival order.
 * Its latency counts from the intended time, so a request held back by a slow server or by a
 * late timer counts the wait (no coordinated omission). The measured requests are those whose
 * intended time falls inside the window, each waited for to its answer, however late;
 * `answeredInWindow` counts the successful answers that arrived inside the window (the rate
 * achieved: below the rate asked when the server falls behind).
 */
export async function openLoop(window: LoadWindow & { ratePerS: number }, send: SendRequest): Promise<LoadResult> {
  const start = performance.now();
  const windowStart = start + window.warmupMs;
  const windowEnd = windowStart + window.durationMs;
  const result: LoadResult = { ok: 0, failed: 0, failures: [], latencies: [], windowMs: window.durationMs, sent: 0, answeredInWindow: 0 };
  const free = Array.from({ length: window.clients }, (_, c) => window.clients - 1 - c);
  const nextOf = new Array<number>(window.clients).fill(0);
  const waiting: number[] = [];
  let inFlight = 0;
  let allAnswered: (() => void) | undefined;

  const run = async (client: number, intended: number): Promise<void> => {
    for (let at: number | undefined = intended; at !== undefined; at = waiting.shift()) {
      result.sent += 1;
      const failure = await sendSafely(send, client, nextOf[client]!++);
      const doneAt = performance.now();
      if (!failure && doneAt >= windowStart && doneAt <= windowEnd) result.answeredInWindow! += 1;
      if (at >= windowStart) record(result, failure, doneAt - at);
    }
    free.push(client);
    inFlight -= 1;
    if (inFlight === 0) allAnswered?.();
  };

  for (let i = 0; ; i++) {
    const intended = start + (i * 1000) / window.ratePerS;
    if (intended >= windowEnd) break;
    const now = performance.now();
    if (intended > now) await new Promise((resolve) => setTimeout(resolve, intended - now));
    const client = free.pop();
    if (client === undefined) {
      waiting.push(intended);
      continue;
    }
    inFlight += 1;
    void run(client, intended);
  }
  if (inFlight > 0) await new Promise<void>((resolve) => (allAnswered = resolve));
  return result;
}

/** Latency percentiles of a run at a fixed rate, and the rate it achieved. */
export function pacedFigures(result: LoadResult, ratePerS: number) {
  const sorted = result.latencies.sort((a, b) => a - b);
  return {
    ratePerS,
    achievedPerS: round((result.answeredInWindow ?? result.ok) / (result.windowMs / 1000), 1),
    p50ms: round(percentile(sorted, 0.5)),
    p99ms: round(percentile(sorted, 0.99)),
    p999ms: round(percentile(sorted, 0.999)),
    /** Requests measured (p99.9 of fewer than 1000 is their slowest). */
    samples: sorted.length,
    failed: result.failed,
  };
}
export type PacedFigures = ReturnType<typeof pacedFigures>;

/** The fractions of the closed loop's maximum at which latency is measured, and the target. */
export const FIXED_LOAD_FRACTIONS = [0.25, 0.5, 0.75] as const;
export const FIXED_LOAD_TARGET = { fraction: 0.5, p99ms: 20 } as const;

/** Latency at fixed arrival rates, a fraction each of the maximum throughput measured before. */
export interface FixedLoads {
  maxPerS: number;
  points: (PacedFigures & { fraction: number })[];
  target: { fraction: number; p99ms: number; met: boolean };
}

/**
 * Runs the load at each of FIXED_LOAD_FRACTIONS of `maxPerS` (the closed loop's throughput),
 * as an open loop (`run(ratePerS)` runs one and answers its result), and the target's verdict.
 */
export async function latencyAtFixedLoads(maxPerS: number, run: (ratePerS: number) => Promise<LoadResult>): Promise<FixedLoads> {
  const points: FixedLoads['points'] = [];
  for (const fraction of FIXED_LOAD_FRACTIONS) {
    const ratePerS = Math.max(1, Math.round(maxPerS * fraction));
    points.push({ fraction, ...pacedFigures(await run(ratePerS), ratePerS) });
  }
  const atTarget = points.find((p) => p.fraction === FIXED_LOAD_TARGET.fraction)!;
  return { maxPerS: round(maxPerS, 1), points, target: { ...FIXED_LOAD_TARGET, met: atTarget.failed === 0 && atTarget.p99ms <= FIXED_LOAD_TARGET.p99ms } };
}

/** The table of latencyAtFixedLoads, with the target's pass or miss. */
export function printFixedLoads(label: string, unit: string, loads: FixedLoads): void {
  console.log(`latency at a fixed load, ${label} (open loop; from the intended send time; max ${loads.maxPerS.toFixed(0)} ${unit}/s in the closed loop):`);
  for (const p of loads.points) {
    console.log(
      `  ${`${Math.round(p.fraction * 100)}%`.padStart(4)} ${p.ratePerS.toFixed(0).padStart(6)}/s   achieved ${p.achievedPerS.toFixed(0).padStart(6)}/s   ` +
        `p50 ${p.p50ms.toFixed(1).padStart(6)} ms   p99 ${p.p99ms.toFixed(1).padStart(6)} ms   p99.9 ${p.p999ms.toFixed(1).padStart(6)} ms   ` +
        `(${p.samples} measured, ${p.failed} failed)`,
    );
  }
  console.log(`  target p99 <= ${loads.target.p99ms} ms at ${Math.round(loads.target.fraction * 100)}%: ${loads.target.met ? 'pass' : 'miss'}`);
}

/**
 * The player client `c` uses for its n-th request: client c owns players c, c + clients,
 * c + 2·clients, ... (no two requests in flight share a player), two requests each (bet, win).
 */
export function playerIndexOf(c: number, n: number, clients: number, players: number): number {
  const owned = Math.ceil((players - c) / clients);
  return c + clients * (Math.floor(n / 2) % owned);
}

export const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * Databases of one benchmark run on the admin URL's server, dropped at the end or on a signal.
 * For reading a run afterwards, BENCH_KEEP_DATABASES=1 keeps the migrated ones (pgbench's
 * scratch database is dropped all the same), and BENCH_AFTER_MIGRATE_SQL runs as the owner on
 * each migrated database before the load (to try a schema or setting change against the same run).
 */
export class BenchDatabases {
  private readonly created = new Set<string>();
  private readonly kept = new Set<string>();
  private cleaning: Promise<void> | undefined;

  constructor(readonly adminUrl: string) {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => void this.cleanUp().finally(() => process.exit(130)));
    }
  }

  async admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
    const client = new pg.Client({ connectionString: this.adminUrl });
    await client.connect();
    try {
      return await fn(client);
    } finally {
      await client.end();
    }
  }

  urlOf(name: string): string {
    const url = new URL(this.adminUrl);
    url.pathname = `/${name}`;
    return url.toString();
  }

  async create(suffix: string): Promise<string> {
    const name = `croupier_bench_${suffix}_${Date.now()}_${process.pid}`;
    await this.admin((c) => c.query(`create database ${name}`));
    this.created.add(name);
    return name;
  }

  async drop(name: string): Promise<void> {
    if (this.kept.has(name)) {
      console.log(`  kept database ${name}`);
      this.created.delete(name);
      return;
    }
    await this.admin((c) => c.query(`drop database if exists ${name} with (force)`));
    this.created.delete(name);
  }

  /** Creates a database and migrates it (quietly: the benchmark's output is its figures). */
  async createMigrated(suffix: string, appPassword: string): Promise<{ name: string; url: string }> {
    const { migrate } = await import('../../src/db/migrate.js');
    const name = await this.create(suffix);
    const write = process.stdout.write;
    process.stdout.write = (() => true) as typeof process.stdout.write;
    try {
      await migrate(this.urlOf(name), appPassword);
    } finally {
      process.stdout.write = write;
    }
    const afterMigrate = process.env.BENCH_AFTER_MIGRATE_SQL;
    if (afterMigrate) {
      const owner = new pg.Client({ connectionString: this.urlOf(name) });
      await owner.connect();
      try {
        await owner.query(afterMigrate);
      } finally {
        await owner.end();
      }
    }
    if (process.env.BENCH_KEEP_DATABASES === '1') this.kept.add(name);
    return { name, url: this.urlOf(name) };
  }

  /** Committed transactions of a database so far. */
  async commits(name: string): Promise<number> {
    return this.admin(async (c) => Number((await c.query<{ n: string }>(`select xact_commit as n from pg_stat_database where datname = $1`, [name])).rows[0]!.n));
  }

  cleanUp(): Promise<void> {
    return (this.cleaning ??= (async () => {
      for (const name of [...this.created]) await this.drop(name).catch((error: unknown) => console.error(`could not drop ${name}: ${String(error)}`));
    })());
  }
}

const pgbenchPath = (): string => process.env.PGBENCH ?? (existsSync('/usr/bin/pgbench') ? '/usr/bin/pgbench' : 'pgbench');

/** pgbench's connection arguments and environment for a database URL. */
function pgbenchTarget(url: string, pgOptions?: string): { args: string[]; env: NodeJS.ProcessEnv } {
  const target = new URL(url);
  return {
    args: ['-h', target.hostname, '-p', target.port || '5432', '-U', decodeURIComponent(target.username || 'postgres'), decodeURIComponent(target.pathname.slice(1))],
    env: {
      ...process.env,
      ...(target.password ? { PGPASSWORD: decodeURIComponent(target.password) } : {}),
      ...(pgOptions ? { PGOPTIONS: pgOptions } : {}),
    },
  };
}

/** Runs pgbench with `args` against `url` and returns its tps. */
async function pgbenchTps(url: string, args: string[], pgOptions?: string): Promise<number> {
  const target = pgbenchTarget(url, pgOptions);
  const { stdout } = await execFileAsync(pgbenchPath(), [...args, ...target.args], { env: target.env });
  const tpsLine = /tps = ([\d.]+)/.exec(stdout);
  if (!tpsLine) throw new Error(`no "tps = " line in pgbench's output:\n${stdout}`);
  return Number(tpsLine[1]);
}

/** The baseline: `pgbench -i`, then `pgbench -N -c <clients> -j 2 -T <seconds>` on a scratch database; its tps and a description. */
export async function pgbenchBaseline(databases: BenchDatabases, clients: number, durationS: number): Promise<{ tps: number; line: string }> {
  const scratch = await databases.create('pgbench');
  const url = databases.urlOf(scratch);
  try {
    const target = pgbenchTarget(url);
    await execFileAsync(pgbenchPath(), ['-i', '-q', ...target.args], { env: target.env });
    const tps = await pgbenchTps(url, ['-N', '-c', String(clients), '-j', '2', '-T', String(durationS)]);
    const settings = await databases.admin(
      async (c) => (await c.query<{ v: string; s: string }>(`select current_setting('server_version') as v, current_setting('synchronous_commit') as s`)).rows[0]!,
    );
    return { tps, line: `pgbench -N -c ${clients} -j 2 -T ${durationS} (PostgreSQL ${settings.v}, synchronous_commit=${settings.s}): ${tps.toFixed(0)} tps` };
  } finally {
    await databases.drop(scratch);
  }
}

/**
 * A custom pgbench script (`-M prepared`, `-D` variables) run against `url` for `durationS`
 * seconds by `clients` clients, with `pgOptions` as PGOPTIONS (for example the tenant setting
 * row-level security reads); its transactions per second.
 */
export function pgbenchScript(url: string, script: string, options: { clients: number; durationS: number; variables: Record<string, string>; pgOptions?: string }): Promise<number> {
  const variables = Object.entries(options.variables).flatMap(([name, value]) => ['-D', `${name}=${value}`]);
  return pgbenchTps(
    url,
    ['-n', '-M', 'prepared', '-f', script, '-c', String(options.clients), '-j', '2', '-T', String(options.durationS), ...variables],
    options.pgOptions,
  );
}

/**
 * Runs `moduleUrl` (a benchmark file whose worker branch runs its load on `workerData`) in a
 * worker thread and returns what it posts back. Node 20 does not run --import in workers, so
 * tsx is registered there first.
 */
export function runInWorker<S, R>(moduleUrl: string, spec: S): Promise<R> {
  return new Promise<R>((resolve, reject) => {
    const boot = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(moduleUrl)}); })`;
    const worker = new Worker(boot, { eval: true, workerData: spec });
    worker.once('message', (message: R) => resolve(message));
    worker.once('error', reject);
    worker.once('exit', (code) => (code === 0 ? undefined : reject(new Error(`load worker exited with ${code}`))));
  });
}

/** What an OTLP sink received. */
export interface SinkStats {
  posts: number;
  bytes: number;
  /** Spans in those posts (counted by their `"spanId"` keys, without parsing). */
  spans: number;
}

/**
 * A local OTLP/HTTP receiver in a child process of its own: it takes every POST to
 * /v1/traces, counts it and answers 200 `{}`, so the exporter of a traced case does its real
 * work (batches, JSON, HTTP) without a collector. `GET /stats` answers the counts.
 */
export async function startOtlpSink(): Promise<{ tracesUrl: string; stats(): Promise<SinkStats>; close(): void }> {
  const code = `
    const http = require('node:http');
    const stats = { posts: 0, bytes: 0, spans: 0 };
    const server = http.createServer((req, res) => {
      if (req.method === 'GET' && req.url === '/stats') return res.end(JSON.stringify(stats));
      const chunks = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks);
        stats.posts++;
        stats.bytes += body.length;
        for (let at = body.indexOf('"spanId"'); at >= 0; at = body.indexOf('"spanId"', at + 8)) stats.spans++;
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{}');
      });
    });
    server.listen(0, '127.0.0.1', () => console.log(server.address().port));
  `;
  const { spawn } = await import('node:child_process');
  const child = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('error', reject);
    child.stdout.once('data', (chunk: Buffer) => resolve(Number(String(chunk).trim())));
  });
  const base = `http://127.0.0.1:${port}`;
  return {
    tracesUrl: `${base}/v1/traces`,
    stats: async () => (await (await fetch(`${base}/stats`)).json()) as SinkStats,
    close: () => void child.kill(),
  };
}
