/**
 * Wallet benchmark (`npm run bench:wallet`): postTransfers throughput and latency over HTTP
 * through the GraphQL API, against a pgbench baseline measured in the same run on the same
 * PostgreSQL. Never part of `npm test`.
 *
 * Three cases, each on its own fresh database and its own in-process server:
 *   hotHouse      WALLET_HOUSE_STRIPES=1: every bet and win touches the one house account;
 *   stripedHouse  default striping (16 house accounts per currency);
 *   spread        bets and wins go to one PROVIDER account per player instead of the house:
 *                 the "house postings spread over many accounts" baseline;
 *   apiCeiling    the same clients sending an authenticated `{ __typename }` that does no work:
 *                 the HTTP + GraphQL stack's own limit on this machine, for reading the others;
 *   stripedOn/Off stripedHouse again, BENCH_TRACING_ROUNDS (2) times each with tracing off and
 *                 on (TRACING=otlp: every span exported by the real OTLP/HTTP exporter in
 *                 batches to a local sink, a child process that counts the posts and drops
 *                 them), alternated off-on, on-off, ...; the fixed-rate runs all use
 *                 stripedHouse's rate, so their latencies compare.
 * After each transfer case's closed loop (its maximum), the same load as an open loop at 25%,
 * 50% and 75% of that maximum (tests/bench/common.ts openLoop: fixed arrival times, latency
 * from the intended send time): p50, p99, p99.9 and the rate achieved; target p99 <= 20 ms at
 * 50%, printed as pass or miss. On stripedHouse's server and database, after its load, the
 * floors: the API floor (the same load with ledger_post_transfers answering at once), the
 * database floor (tests/bench/wallet-floor.sql under pgbench: the rows the transfers write) and
 * the bound they leave sharing the machine, 1 / (1/api + 1/database); stripedHouse's rate as a
 * ratio of it (target >= 0.8, printed). docs/operations.md "Latency at a fixed load".
 * Clients alternate BET (player CASH -> house) and WIN (house -> player), each with its own
 * idempotency key. Each client owns its own players, so the only shared rows are the house's.
 *
 * The load runs in a worker thread (its own event loop), over keep-alive HTTP connections.
 * The last line of the output is one JSON object with every figure.
 *
 * Settings (environment): BENCH_CLIENTS (32), BENCH_PLAYERS (200), BENCH_DURATION_S (10),
 * BENCH_WARMUP_S (2), BENCH_TRACING_ROUNDS (2), BENCH_FLOOR_CLIENTS (8), BENCH_FLOOR_BATCH (8), OTEL_TRACES_SAMPLER and OTEL_TRACES_SAMPLER_ARG
 * (the traced cases' sampling; every trace when unset), BENCH_POOL_MAX (the server's DATABASE_POOL_MAX; default as in
 * production, 20), BENCH_DATABASE_ADMIN_URL (else TEST_DATABASE_ADMIN_URL, else
 * postgres://postgres@127.0.0.1:5432/postgres), REDIS_URL (redis://127.0.0.1:6379),
 * PGBENCH (/usr/bin/pgbench, else pgbench on PATH), BENCH_CPU_PROFILE_DIR (write a CPU profile
 * of the API during each case's load there, one .cpuprofile per case), BENCH_KEEP_DATABASES
 * and BENCH_AFTER_MIGRATE_SQL (tests/bench/common.ts).
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { globalIdOf } from '../../src/graphql/ids.js';
import {
  BenchDatabases,
  benchServerEnv,
  benchSettings,
  intEnv,
  latencyAtFixedLoads,
  loadLoop,
  pacedFigures,
  loadAverage,
  machineFacts,
  percentile,
  pgbenchBaseline,
  pgbenchScript,
  playerIndexOf,
  printFixedLoads,
  post,
  round,
  runInWorker,
  startOtlpSink,
  startProfiler,
  type FixedLoads,
  type LoadResult,
  type PacedFigures,
  type SinkStats,
} from './common.js';

// ---------------------------------------------------------------- the load (worker thread)

interface LoadSpec {
  graphqlUrl: string;
  apiKey: string;
  query: string;
  clients: number;
  players: string[];
  /** HOUSE: bets and wins against the house; PROVIDER: against the player's own provider account. */
  counterparty: 'HOUSE' | 'PROVIDER';
  currency: string;
  warmupMs: number;
  durationMs: number;
  label: string;
  /** Send this query with no variables instead of transfers (the API's ceiling). */
  noopQuery?: string;
  /** A fixed arrival rate instead of the closed loop. */
  ratePerS?: number;
}

async function runLoad(spec: LoadSpec): Promise<LoadResult> {
  const url = new URL(spec.graphqlUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: spec.clients, maxFreeSockets: spec.clients });
  const headers = { 'content-type': 'application/json', 'x-api-key': spec.apiKey };
  const run = randomUUID().slice(0, 8);
  try {
    return await loadLoop(spec, async (c, n) => {
      const index = playerIndexOf(c, n, spec.clients, spec.players.length);
      const bet = n % 2 === 0;
      const player = { ownerType: 'PLAYER', ownerId: globalIdOf('Player', spec.players[index]!), currency: spec.currency, kind: 'CASH' };
      const other =
        spec.counterparty === 'HOUSE'
          ? { ownerType: 'HOUSE', currency: spec.currency }
          : { ownerType: 'PROVIDER', ownerRef: String(index), currency: spec.currency };
      const input = {
        idempotencyKey: `bench-${run}-${c}-${n}`,
        code: bet ? 'BET' : 'WIN',
        reference: `round-${c}-${Math.floor(n / 2)}`,
        transfers: [bet ? { from: player, to: other, amount: '100' } : { from: other, to: player, amount: '100' }],
      };
      const body = spec.noopQuery
        ? JSON.stringify({ query: spec.noopQuery })
        : JSON.stringify({ query: spec.query, operationName: 'PostTransfers', variables: { input } });
      const { status, text } = await post(agent, url, headers, body);
      const parsed = JSON.parse(text) as { data?: { postTransfers?: { __typename: string; code?: string } }; errors?: unknown };
      const typename = spec.noopQuery ? 'PostTransfersPayload' : parsed.data?.postTransfers?.__typename;
      if (status === 200 && typename === 'PostTransfersPayload') return null;
      return `HTTP ${status} ${typename ?? ''} ${parsed.data?.postTransfers?.code ?? JSON.stringify(parsed.errors ?? '')}`;
    });
  } finally {
    agent.destroy();
  }
}

if (!isMainThread) {
  const result = await runLoad(workerData as LoadSpec);
  parentPort!.postMessage(result);
}

// ---------------------------------------------------------------- the bench (main thread)

interface CaseFigures {
  tps: number;
  p50ms: number;
  p99ms: number;
  ratioToPgbench: number;
  /** Extra figures, for reading the result. */
  transfers: number;
  failed: number;
  houseAccounts: number;
  dbCommitsPerTransfer: number;
  /** Latency at a fixed arrival rate: half the full load's, or the rate a traced case is given (absent for the API ceiling). */
  fixedRate?: PacedFigures;
  /** Latency at 25%, 50% and 75% of the full load's rate (the untraced transfer cases). */
  fixedLoads?: FixedLoads;
  /** The floors and their bound (the case run with `floors`). */
  floors?: WalletFloors;
  /** Requests sent in all runs, warm-ups included. */
  sent: number;
}

/** What the wallet's path could reach at best on this machine, from two floors measured in the same run. */
interface WalletFloors {
  /** The same load with ledger_post_transfers answering at once: everything the API does per transfer. */
  apiFloorPerS: number;
  apiFloorFailed: number;
  /** tests/bench/wallet-floor.sql under pgbench: the rows the transfers write, and nothing else. */
  databaseFloorPerS: number;
  /** 1 / (1/api + 1/database): the two sharing the machine, each doing only its part. */
  boundPerS: number;
  /** The real path's transfers/s ÷ the bound (the target is >= 0.8). */
  ratioToBound: number;
  met: boolean;
}

/**
 * ledger_post_transfers as the API floor has it: every request answered as posted at once, with
 * two entries on two real accounts (the payload's amounts read their currency), no table
 * written. Its parameters are the real function's (a replacement must keep their names).
 */
const answerWithoutPosting = (debitAccountId: string, creditAccountId: string) => `
  create or replace function ledger_post_transfers(p_tenant uuid, p_stripes integer, p_currencies text[], p_items jsonb)
  returns jsonb language sql as $$
    select jsonb_agg(jsonb_build_object(
      'outcome', jsonb_build_object('ok', true, 'result', jsonb_build_object('transactionId', i->>'transactionId')),
      'posting', jsonb_build_object('id', i->>'transactionId', 'createdAt', now(), 'metadata', coalesce(i->'metadata', '{}'::jsonb),
        'entries', jsonb_build_array(
          jsonb_build_object('accountId', '${debitAccountId}', 'amount', '-' || (i->'transfers'->0->>'amount'), 'balanceAfter', '0', 'seq', '1'),
          jsonb_build_object('accountId', '${creditAccountId}', 'amount', i->'transfers'->0->>'amount', 'balanceAfter', '0', 'seq', '1'))))
      order by ord)
    from jsonb_array_elements(p_items) with ordinality as t(i, ord)
  $$`;

async function main(): Promise<void> {
  const pg = (await import('pg')).default;
  const { print } = await import('graphql');
  const { APP_ROLE, appUrlFrom, loadConfig } = await import('../../src/config.js');
  const { systemContext } = await import('../../src/context.js');
  const { createLogger } = await import('../../src/observability/logger.js');
  const { createPlatform } = await import('../../src/platform.js');
  const { forceFlushTracing, shutdownTracing, suspendTracing } = await import('../../src/observability/tracing.js');
  const { createTenant, tenantDirectory } = await import('../../modules/tenants/index.js');
  const { registerPlayer } = await import('../../modules/identity/index.js');
  const { createApiKey } = await import('../../modules/identity/identity.service.js');
  const { PostTransfersDocument } = await import('../../codegen/sdk.js');
  // The app role is cluster-wide: use the password the test runs set, so a benchmark never
  // breaks a test run going on at the same time on the same server.
  const { TEST_APP_PASSWORD } = await import('../setup/database.js');

  const settings = benchSettings();
  const { clients, players: playerCount, durationS, warmupS, profileDir } = settings;
  const floorClients = intEnv('BENCH_FLOOR_CLIENTS', 8);
  const floorBatch = intEnv('BENCH_FLOOR_BATCH', 8);
  if (floorClients * floorBatch > playerCount) throw new Error('BENCH_FLOOR_CLIENTS × BENCH_FLOOR_BATCH must not exceed BENCH_PLAYERS');
  const tracingRounds = intEnv('BENCH_TRACING_ROUNDS', 2);
  // The traced cases sample as the bench's own environment says (every trace by default).
  const samplerEnv = Object.fromEntries(
    ['OTEL_TRACES_SAMPLER', 'OTEL_TRACES_SAMPLER_ARG'].flatMap((name) => (process.env[name] ? [[name, process.env[name]!]] : [])),
  );
  const query = print(PostTransfersDocument);
  const currency = 'EUR';

  const databases = new BenchDatabases(settings.adminUrl);

  const machine = machineFacts();
  console.log(`wallet benchmark: ${clients} clients, ${playerCount} players, ${warmupS} s warm-up + ${durationS} s measured per case`);
  console.log(machine.line);

  try {
    // ------------------------------------------------ baseline: pgbench on a scratch database
    const baseline = await pgbenchBaseline(databases, clients, durationS);
    const pgbenchTps = baseline.tps;
    console.log(baseline.line);

    // ------------------------------------------------ the floors (on one case's server and database)
    /**
     * After a case's load, on its database and server: (a) the API floor, the same closed loop
     * with ledger_post_transfers answering at once (everything the API does per transfer: HTTP,
     * GraphQL, the key, the batching poster, one round trip per batch, the payload); (b) the
     * database floor, tests/bench/wallet-floor.sql under pgbench (the rows the transfers write,
     * set-based, as the app role of the tenant); (c) the bound the two leave sharing the
     * machine, and the case's transfers/s as a ratio of it.
     */
    const measureFloors = async (ownerUrl: string, tenantId: string, players: string[], spec: LoadSpec, realPerS: number): Promise<WalletFloors> => {
      const owner = new pg.Client({ connectionString: ownerUrl });
      await owner.connect();
      try {
        // Both floors run on a settled database: what the load left vacuumed, statistics current.
        await owner.query('vacuum analyze');
        const accountOf = async (ownerType: string, ownerId: string) =>
          (await owner.query<{ id: string }>(
            `select id from ledger_account where tenant_id = $1 and owner_type = $2 and owner_id = $3 and currency = $4 and kind = 'CASH' order by stripe limit 1`,
            [tenantId, ownerType, ownerId, currency],
          )).rows[0]!.id;
        await owner.query(answerWithoutPosting(await accountOf('PLAYER', players[0]!), await accountOf('HOUSE', '')));
        const apiFloor = await runInWorker<LoadSpec, LoadResult>(import.meta.url, spec);
        for (const failure of apiFloor.failures) console.log(`  api floor failure: ${failure}`);
        // Each pgbench client posts batches for its own players on its own house stripe.
        await owner.query(`create table bench_floor_player as select (u.ord - 1)::integer as n, u.id as player_id from unnest($1::text[]) with ordinality u(id, ord)`, [players]);
        await owner.query(`grant select on bench_floor_player to ${APP_ROLE}`);
        await owner.query(
          `insert into ledger_account (id, tenant_id, owner_type, owner_id, currency, kind, stripe, floor_policy)
           select gen_random_uuid(), $1, 'HOUSE', '', $2, 'CASH', s, 'UNBOUNDED' from generate_series(0, $3 - 1) s
           on conflict do nothing`,
          [tenantId, currency, floorClients],
        );
        const floorTps = await pgbenchScript(appUrlFrom(ownerUrl, TEST_APP_PASSWORD), fileURLToPath(new URL('./wallet-floor.sql', import.meta.url)), {
          clients: floorClients,
          durationS,
          variables: { tenant: tenantId, batch: String(floorBatch) },
          pgOptions: `-c app.tenant_id=${tenantId}`,
        });
        const apiFloorPerS = apiFloor.ok / (apiFloor.windowMs / 1000);
        const databaseFloorPerS = floorTps * floorBatch;
        const boundPerS = 1 / (1 / apiFloorPerS + 1 / databaseFloorPerS);
        const ratioToBound = round(realPerS / boundPerS, 3);
        return {
          apiFloorPerS: round(apiFloorPerS, 1),
          apiFloorFailed: apiFloor.failed,
          databaseFloorPerS: round(databaseFloorPerS, 1),
          boundPerS: round(boundPerS, 1),
          ratioToBound,
          met: ratioToBound >= 0.8,
        };
      } finally {
        await owner.end();
      }
    };
    const printFloors = (label: string, f: WalletFloors) => {
      console.log(
        `  api floor ${f.apiFloorPerS.toFixed(0)} transfers/s (the same load, ledger_post_transfers answering at once; ${f.apiFloorFailed} failed)   ` +
          `database floor ${f.databaseFloorPerS.toFixed(0)} transfers/s (pgbench -f tests/bench/wallet-floor.sql, ${floorBatch} per transaction, ${floorClients} clients)`,
      );
      console.log(
        `  bound 1 / (1/api + 1/database) = ${f.boundPerS.toFixed(0)} transfers/s; ${label} reaches ${f.ratioToBound.toFixed(3)} of it   target >= 0.8: ${f.met ? 'pass' : 'miss'}`,
      );
    };

    // ------------------------------------------------ one wallet case
    const runCase = async (
      label: string,
      stripes: number,
      counterparty: 'HOUSE' | 'PROVIDER',
      options: {
        /** Send this query instead of transfers (the API ceiling): no fixed-load runs. */
        noopQuery?: string;
        /** One fixed-rate run at this rate instead of the 25/50/75% runs, with tracing to `tracesUrl` if set. */
        traced?: { tracesUrl?: string; fixedRatePerS: number; beforeLoad?(): Promise<void> };
        /** Measure the floors and their bound on this case's server and database, after its load. */
        floors?: boolean;
      } = {},
    ): Promise<CaseFigures> => {
      const { noopQuery, traced } = options;
      const { name, url: ownerUrl } = await databases.createMigrated(label.toLowerCase(), TEST_APP_PASSWORD);
      const tracingEnv: Record<string, string> = traced?.tracesUrl ? { TRACING: 'otlp', OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: traced.tracesUrl, ...samplerEnv } : {};
      const config = loadConfig(benchServerEnv(settings, ownerUrl, TEST_APP_PASSWORD, { WALLET_HOUSE_STRIPES: String(stripes), ...tracingEnv }));
      const platform = await createPlatform(config, appUrlFrom(ownerUrl, TEST_APP_PASSWORD), createLogger(config.logLevel));
      try {
        const graphqlUrl = `${await platform.listen()}/graphql`;
        const services = platform.services;

        // Tenant, players and a partner API key, through the services as the platform itself.
        const slug = `bench-${randomUUID().slice(0, 8)}`;
        const tenant = await createTenant(systemContext(services), {
          slug,
          name: `Bench ${slug}`,
          defaultCurrency: currency,
          currencies: [currency],
          defaultLocale: 'en',
          locales: ['en'],
        });
        const ref = (await tenantDirectory.byId(services, tenant.id))!;
        const players: string[] = new Array(playerCount);
        for (let next = 0; next < playerCount; ) {
          const batch = Array.from({ length: Math.min(8, playerCount - next) }, (_, i) => next + i);
          next += batch.length;
          await Promise.all(
            batch.map(async (i) => {
              const { player } = await registerPlayer(systemContext(services, ref), {
                email: `player-${i}@${slug}.test`,
                password: 'bench-password-123',
                displayName: `Player ${i}`,
              });
              players[i] = player.id;
            }),
          );
        }
        const { key: apiKey } = await createApiKey(systemContext(services, ref), { name: 'bench partner', permissions: ['wallet:post'] });

        // Deposits (WORLD -> player), over the API with the partner key.
        const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
        const url = new URL(graphqlUrl);
        for (let next = 0; next < playerCount; ) {
          const batch = Array.from({ length: Math.min(8, playerCount - next) }, (_, i) => next + i);
          next += batch.length;
          await Promise.all(
            batch.map(async (i) => {
              const input = {
                idempotencyKey: `deposit-${slug}-${i}`,
                code: 'DEPOSIT',
                transfers: [{ from: { ownerType: 'WORLD', currency }, to: { ownerType: 'PLAYER', ownerId: globalIdOf('Player', players[i]!), currency }, amount: '100000000' }],
              };
              const body = JSON.stringify({ query, operationName: 'PostTransfers', variables: { input } });
              const { text } = await post(agent, url, { 'content-type': 'application/json', 'x-api-key': apiKey }, body);
              if (!text.includes('"PostTransfersPayload"')) throw new Error(`deposit failed: ${text}`);
            }),
          );
        }
        agent.destroy();

        const commitsBefore = await databases.commits(name);
        const spec: LoadSpec = { graphqlUrl, apiKey, query, clients, players, counterparty, currency, warmupMs: warmupS * 1000, durationMs: durationS * 1000, label, ...(noopQuery ? { noopQuery } : {}) };
        await traced?.beforeLoad?.();
        const profiler = profileDir ? await startProfiler() : null;
        const result = await runInWorker<LoadSpec, LoadResult>(import.meta.url, spec);
        if (profiler) console.log(`  CPU profile of the API during the load: ${await profiler.stop(path.join(profileDir!, `${label}.cpuprofile`))}`);
        // pg_stat_database is updated by backends at the end of transactions, with a short delay.
        await new Promise((r) => setTimeout(r, 1200));
        const commitsAfter = await databases.commits(name);

        // The ledger must still balance, whatever the load did.
        const owner = new pg.Client({ connectionString: ownerUrl });
        await owner.connect();
        const check = await (async () => {
          try {
            const sums = await owner.query<{ currency: string; total: string }>(`select currency, sum(balance)::text as total from ledger_account group by currency`);
            const houses = await owner.query<{ n: string }>(`select count(*)::text as n from ledger_account where owner_type = 'HOUSE'`);
            return { unbalanced: sums.rows.filter((r) => r.total !== '0'), houseAccounts: Number(houses.rows[0]!.n) };
          } finally {
            await owner.end();
          }
        })();
        if (check.unbalanced.length) throw new Error(`${label}: balances do not sum to zero: ${JSON.stringify(check.unbalanced)}`);

        const sorted = result.latencies.sort((a, b) => a - b);
        const tps = result.ok / (result.windowMs / 1000);
        // Latency at fixed arrival rates, fractions of what the full load reached: what a
        // transfer waits when the machine is not saturated (a traced case: the rate it is given).
        let pacedSent = 0;
        const runPaced = async (ratePerS: number) => {
          const paced = await runInWorker<LoadSpec, LoadResult>(import.meta.url, { ...spec, ratePerS });
          pacedSent += paced.sent;
          return paced;
        };
        let fixedRate: PacedFigures | undefined;
        let fixedLoads: FixedLoads | undefined;
        if (traced) {
          fixedRate = pacedFigures(await runPaced(traced.fixedRatePerS), traced.fixedRatePerS);
        } else if (!noopQuery) {
          fixedLoads = await latencyAtFixedLoads(tps, runPaced);
          fixedRate = fixedLoads.points.find((p) => p.fraction === 0.5);
        }
        const floors = options.floors ? await measureFloors(ownerUrl, tenant.id, players, spec, tps) : undefined;
        const figures: CaseFigures = {
          tps: round(tps, 1),
          p50ms: round(percentile(sorted, 0.5)),
          p99ms: round(percentile(sorted, 0.99)),
          ratioToPgbench: round(tps / pgbenchTps, 3),
          transfers: result.ok,
          failed: result.failed,
          houseAccounts: check.houseAccounts,
          dbCommitsPerTransfer: round((commitsAfter - commitsBefore) / Math.max(1, result.sent), 2),
          ...(fixedRate ? { fixedRate } : {}),
          ...(fixedLoads ? { fixedLoads } : {}),
          ...(floors ? { floors } : {}),
          sent: result.sent + pacedSent,
        };
        console.log(
          `${label.padEnd(13)} ${figures.tps.toFixed(0).padStart(6)} ${noopQuery ? 'requests/s ' : 'transfers/s'}   p50 ${figures.p50ms.toFixed(1)} ms   p99 ${figures.p99ms.toFixed(1)} ms   ` +
            `wallet/pgbench ${figures.ratioToPgbench.toFixed(3)}   (${figures.transfers} ok, ${figures.failed} failed, ` +
            `${check.houseAccounts} house account(s), ${figures.dbCommitsPerTransfer} DB commits per request)`,
        );
        for (const failure of result.failures) console.log(`  failure: ${failure}`);
        if (fixedLoads) {
          printFixedLoads(label, 'transfers', fixedLoads);
        } else if (fixedRate) {
          console.log(
            `${''.padEnd(13)} at a fixed ${fixedRate.ratePerS}/s: p50 ${fixedRate.p50ms.toFixed(1)} ms   p99 ${fixedRate.p99ms.toFixed(1)} ms   ` +
              `p99.9 ${fixedRate.p999ms.toFixed(1)} ms   (achieved ${fixedRate.achievedPerS.toFixed(0)}/s, ${fixedRate.failed} failed)`,
          );
        }
        if (floors) printFloors(label, floors);
        return figures;
      } finally {
        await platform.close();
        await databases.drop(name);
      }
    };

    const hotHouse = await runCase('hotHouse', 1, 'HOUSE');
    const stripedHouse = await runCase('stripedHouse', 16, 'HOUSE', { floors: true });
    const spread = await runCase('spread', 16, 'PROVIDER');
    // The same clients sending an authenticated query that does nothing: what HTTP and GraphQL
    // alone reach on this machine, the roof over every case above.
    const ceiling = await runCase('apiCeiling', 1, 'HOUSE', { noopQuery: 'query Ceiling { __typename }' });
    // Tracing on and off on the striped case, alternated (off on, on off, ...) so that a drift of
    // the machine during the run weighs on both. Each case has its own database and server.
    const sink = await startOtlpSink();
    const tracingRuns: { on: boolean; figures: CaseFigures }[] = [];
    let exported: SinkStats = { posts: 0, bytes: 0, spans: 0 };
    let tracedRequests = 0;
    try {
      for (let pair = 0; pair < tracingRounds; pair++) {
        for (const on of pair % 2 === 0 ? [false, true] : [true, false]) {
          const label = `striped${on ? 'On' : 'Off'}${pair + 1}`;
          if (!on) {
            tracingRuns.push({ on, figures: await runCase(label, 16, 'HOUSE', { traced: { fixedRatePerS: stripedHouse.fixedRate!.ratePerS } }) });
            continue;
          }
          // The set-up's spans (registrations, deposits) are not counted.
          let setUp: SinkStats = { posts: 0, bytes: 0, spans: 0 };
          const beforeLoad = async () => {
            await forceFlushTracing();
            setUp = await sink.stats();
          };
          const figures = await runCase(label, 16, 'HOUSE', { traced: { tracesUrl: sink.tracesUrl, fixedRatePerS: stripedHouse.fixedRate!.ratePerS, beforeLoad } });
          // Flushed and unpatched: the next case runs without tracing.
          await suspendTracing();
          const after = await sink.stats();
          exported = { posts: exported.posts + after.posts - setUp.posts, bytes: exported.bytes + after.bytes - setUp.bytes, spans: exported.spans + after.spans - setUp.spans };
          tracedRequests += figures.sent;
          tracingRuns.push({ on, figures });
        }
      }
    } finally {
      await shutdownTracing();
      sink.close();
    }
    const mean = (on: boolean, pick: (f: CaseFigures) => number) => {
      const runs = tracingRuns.filter((r) => r.on === on).map((r) => pick(r.figures));
      return round(runs.reduce((a, b) => a + b, 0) / runs.length, 2);
    };
    const tracing = {
      rounds: tracingRounds,
      sampler: samplerEnv,
      fixedRatePerS: stripedHouse.fixedRate!.ratePerS,
      off: { tps: mean(false, (f) => f.tps), p50ms: mean(false, (f) => f.fixedRate!.p50ms), p99ms: mean(false, (f) => f.fixedRate!.p99ms) },
      on: { tps: mean(true, (f) => f.tps), p50ms: mean(true, (f) => f.fixedRate!.p50ms), p99ms: mean(true, (f) => f.fixedRate!.p99ms) },
      tracedVsUntraced: 0,
      spansPerRequest: round(exported.spans / Math.max(1, tracedRequests), 1),
      exportPosts: exported.posts,
      exportedMB: round(exported.bytes / 2 ** 20, 1),
      runs: tracingRuns.map((r) => ({ on: r.on, tps: r.figures.tps, p50ms: r.figures.fixedRate!.p50ms, p99ms: r.figures.fixedRate!.p99ms })),
    };
    tracing.tracedVsUntraced = round(tracing.on.tps / tracing.off.tps, 3);
    console.log(
      `tracing on/off (striped, ${tracingRounds} runs each, alternated, sampler ${JSON.stringify(samplerEnv)}): throughput ${tracing.on.tps.toFixed(0)} / ${tracing.off.tps.toFixed(0)} = ${tracing.tracedVsUntraced.toFixed(3)}; ` +
        `at ${tracing.fixedRatePerS}/s p50 ${tracing.off.p50ms.toFixed(1)} -> ${tracing.on.p50ms.toFixed(1)} ms, p99 ${tracing.off.p99ms.toFixed(1)} -> ${tracing.on.p99ms.toFixed(1)} ms; ` +
        `${tracing.spansPerRequest} spans exported per request (${tracing.exportPosts} OTLP posts, ${tracing.exportedMB} MiB)`,
    );

    const hotVsSpread = round(hotHouse.tps / spread.tps, 3);
    const stripedVsSpread = round(stripedHouse.tps / spread.tps, 3);
    const meets = (c: CaseFigures) => c.ratioToPgbench >= 0.5 && c.p99ms <= 50;
    const loadAfter = loadAverage();
    console.log(`hot/spread ${hotVsSpread.toFixed(3)}   striped/spread ${stripedVsSpread.toFixed(3)}   (load average now ${loadAfter.join(' ')})`);
    console.log(
      `targets: wallet/pgbench >= 0.5 with p99 <= 50 ms: hotHouse ${meets(hotHouse) ? 'met' : 'NOT met'}, stripedHouse ${meets(stripedHouse) ? 'met' : 'NOT met'}, ` +
        `spread ${meets(spread) ? 'met' : 'NOT met'}; hot/spread >= 0.8: ${hotVsSpread >= 0.8 ? 'met' : 'NOT met'}; striped/spread >= 0.8: ${stripedVsSpread >= 0.8 ? 'met' : 'NOT met'}`,
    );
    console.log(
      `targets (printed, never failing the run): p99 <= 20 ms at 50% of the full load: hotHouse ${hotHouse.fixedLoads!.target.met ? 'pass' : 'miss'}, ` +
        `stripedHouse ${stripedHouse.fixedLoads!.target.met ? 'pass' : 'miss'}, spread ${spread.fixedLoads!.target.met ? 'pass' : 'miss'}; ` +
        `stripedHouse ÷ floor bound >= 0.8: ${stripedHouse.floors!.met ? 'pass' : 'miss'} (${stripedHouse.floors!.ratioToBound.toFixed(3)})`,
    );
    const strip = ({ tps, p50ms, p99ms, ratioToPgbench, transfers, failed, houseAccounts, dbCommitsPerTransfer, fixedRate, fixedLoads, floors }: CaseFigures) => ({
      fixedRate,
      fixedLoads,
      floors,
      tps,
      p50ms,
      p99ms,
      ratioToPgbench,
      transfers,
      failed,
      houseAccounts,
      dbCommitsPerTransfer,
    });
    console.log(
      JSON.stringify({
        pgbenchTps: round(pgbenchTps, 1),
        cases: { hotHouse: strip(hotHouse), stripedHouse: strip(stripedHouse), spread: strip(spread) },
        tracing,
        apiCeiling: { tps: ceiling.tps, p50ms: ceiling.p50ms, p99ms: ceiling.p99ms, ratioToPgbench: ceiling.ratioToPgbench },
        hotVsSpread,
        stripedVsSpread,
        clients,
        durationS,
        warmupS,
        machine: machine.json(loadAfter),
        players: playerCount,
        targets: {
          walletToPgbenchAndP99: { hotHouse: meets(hotHouse), stripedHouse: meets(stripedHouse), spread: meets(spread) },
          hotVsSpread: hotVsSpread >= 0.8,
          stripedVsSpread: stripedVsSpread >= 0.8,
          p99At50PercentUnder20ms: { hotHouse: hotHouse.fixedLoads!.target.met, stripedHouse: stripedHouse.fixedLoads!.target.met, spread: spread.fixedLoads!.target.met },
          stripedToFloorBound: stripedHouse.floors!.met,
        },
        floorClients,
        floorBatch,
      }),
    );
  } finally {
    await databases.cleanUp();
  }
}

if (isMainThread) {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
