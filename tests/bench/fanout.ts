/**
 * Event fan-out benchmark (`npm run bench:fanout`, issue #22): BENCH_SUBSCRIBERS (1,000)
 * subscribers, BENCH_LEDGER_SUBSCRIBERS (10) of them to ledgerEvents (a partner key with
 * wallet:read) and the rest to walletUpdated (spread over BENCH_PLAYERS players), while bets
 * arrive at a fixed rate (BENCH_RATE bets/s for BENCH_DURATION_S seconds). Two cases, in one run,
 * on one migrated database of its own:
 *
 * - two instances: two API child processes sharing Redis; subscribers alternate between them and
 *   so do the bets, so half the deliveries cross instances through Redis;
 * - one instance, no Redis: the in-process event bus, everything on one process (the baseline).
 *
 * Delay = the moment a subscriber received the event − the moment the bet's HTTP answer arrived
 * (both on this process's clock). The answer comes after the commit, so this is a slight
 * under-estimate of commit → receipt (by the answer's trip back); it can be negative when the
 * event outruns the answer. The send → receipt delay, which includes the bet itself, is printed
 * beside it as an upper bound. The load generator and the 1,000 WebSocket clients share the
 * machine's cores with the instances, Redis and PostgreSQL.
 * Settings (environment): BENCH_SUBSCRIBERS, BENCH_LEDGER_SUBSCRIBERS, BENCH_PLAYERS (100),
 * BENCH_RATE (20), BENCH_DURATION_S (10), BENCH_DATABASE_ADMIN_URL, REDIS_URL.
 * The last line is one JSON object.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { createClient, type Client } from 'graphql-ws';
import pg from 'pg';
import WebSocket from 'ws';
import { appUrlFrom, loadConfig } from '../../src/config.js';
import { systemContext } from '../../src/context.js';
import { globalIdOf } from '../../src/graphql/ids.js';
import { createLogger } from '../../src/observability/logger.js';
import { createPlatform } from '../../src/platform.js';
import { createTenant, tenantDirectory } from '../../modules/tenants/index.js';
import { registerPlayer } from '../../modules/identity/index.js';
import { createApiKey } from '../../modules/identity/identity.service.js';
import { TEST_APP_PASSWORD } from '../setup/database.js';
import { freePort, instanceEnv, startInstance, type Instance } from '../helpers/instances.js';
import { BenchDatabases, intEnv, loadAverage, machineFacts, percentile, post, round } from './common.js';

const subscriberCount = intEnv('BENCH_SUBSCRIBERS', 1000);
const ledgerSubscriberCount = intEnv('BENCH_LEDGER_SUBSCRIBERS', 10);
const playerCount = intEnv('BENCH_PLAYERS', 100);
const ratePerS = intEnv('BENCH_RATE', 20);
const durationS = intEnv('BENCH_DURATION_S', 10);
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const currency = 'EUR';

const BET = `mutation Bet($input: PostTransfersInput!) { postTransfers(input: $input) { __typename } }`;
const WALLET_UPDATED = 'subscription { walletUpdated { seq } }';
const LEDGER_EVENTS = 'subscription { ledgerEvents { seq account { id } } }';

interface World {
  slug: string;
  apiKey: string;
  players: { id: string; token: string; accountId: string }[];
}

/** A tenant, its players (each with a deposit: seq 1 of their cash account) and a partner key, made on an in-process instance. */
async function makeWorld(ownerUrl: string): Promise<World> {
  const config = loadConfig(instanceEnv({ databaseUrl: ownerUrl, redisUrl: null, port: 0, extra: { LOG_LEVEL: 'silent', RATE_LIMIT_ENABLED: 'false' } }));
  const platform = await createPlatform(config, appUrlFrom(ownerUrl, TEST_APP_PASSWORD), createLogger(config.logLevel));
  try {
    const graphqlUrl = new URL(`${await platform.listen()}/graphql`);
    const services = platform.services;
    const slug = `fanout-${randomUUID().slice(0, 8)}`;
    const tenant = await createTenant(systemContext(services), { slug, name: `Bench ${slug}`, defaultCurrency: currency, currencies: [currency], defaultLocale: 'en', locales: ['en'] });
    const ref = (await tenantDirectory.byId(services, tenant.id))!;
    const { key: apiKey } = await createApiKey(systemContext(services, ref), { name: 'bench partner', permissions: ['wallet:post', 'wallet:read'] });
    const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
    const players: { id: string; token: string }[] = [];
    for (let i = 0; i < playerCount; i += 1) {
      const { player, tokens } = await registerPlayer(systemContext(services, ref), { email: `p-${i}@${slug}.test`, password: 'bench-password-123', displayName: `Player ${i}` });
      const input = { idempotencyKey: `deposit-${i}`, code: 'DEPOSIT', transfers: [{ from: { ownerType: 'WORLD', currency }, to: { ownerType: 'PLAYER', ownerId: globalIdOf('Player', player.id), currency }, amount: '100000000' }] };
      const { text } = await post(agent, graphqlUrl, { 'content-type': 'application/json', 'x-api-key': apiKey }, JSON.stringify({ query: BET, variables: { input } }));
      if (!text.includes('PostTransfersPayload')) throw new Error(`deposit failed: ${text}`);
      players.push({ id: player.id, token: tokens.accessToken });
    }
    agent.destroy();
    const owner = new pg.Client({ connectionString: ownerUrl });
    await owner.connect();
    const { rows } = await owner.query<{ id: string; owner_id: string }>(`select id, owner_id from ledger_account where tenant_id = $1 and owner_type = 'PLAYER'`, [tenant.id]);
    await owner.end();
    const accountOf = new Map(rows.map((r) => [r.owner_id, r.id]));
    return { slug, apiKey, players: players.map((p) => ({ ...p, accountId: accountOf.get(p.id)! })) };
  } finally {
    await platform.close();
  }
}

interface CaseFigures {
  label: string;
  bets: number;
  expected: number;
  received: number;
  crossInstance: number;
  fromAnswer: { p50: number; p99: number; p999: number; max: number };
  fromSend: { p50: number; p99: number };
}

/** One case: subscribers on `urls` (alternating), bets through `urls` (alternating) at the fixed rate. */
async function runCase(label: string, world: World, urls: string[], betSeqStart: Map<string, number>): Promise<CaseFigures> {
  const receipts: { key: string; at: number; instance: number }[] = [];
  const clients: Client[] = [];
  let errors = 0;
  let connected = 0;
  const subscribe = (i: number, query: string, params: Record<string, string>, keyOf: (data: Record<string, unknown>) => string | null) => {
    const instance = i % urls.length;
    const client = createClient({ url: urls[instance]!.replace(/^http/, 'ws') + '/graphql', webSocketImpl: WebSocket, connectionParams: params, retryAttempts: 0, lazy: false, onNonLazyError: () => undefined });
    clients.push(client);
    client.on('connected', () => (connected += 1));
    client.subscribe<Record<string, unknown>>({ query }, {
      next: (value) => {
        const at = performance.now();
        const key = value.data ? keyOf(value.data) : null;
        if (key) receipts.push({ key, at, instance });
      },
      error: () => (errors += 1),
      complete: () => undefined,
    });
  };
  const walletSubscribers = subscriberCount - ledgerSubscriberCount;
  for (let i = 0; i < walletSubscribers; i += 1) {
    const player = world.players[i % world.players.length]!;
    subscribe(i, WALLET_UPDATED, { authorization: `Bearer ${player.token}` }, (d) => `${player.accountId}:${(d.walletUpdated as { seq: number }).seq}`);
  }
  for (let i = 0; i < ledgerSubscriberCount; i += 1) {
    subscribe(walletSubscribers + i, LEDGER_EVENTS, { 'x-api-key': world.apiKey }, (d) => {
      const e = d.ledgerEvents as { seq: number; account: { id: string } };
      const [, uuid] = Buffer.from(e.account.id, 'base64').toString('utf8').split(':');
      return `${uuid}:${e.seq}`;
    });
  }
  // Every socket connected, then time for the subscriptions to reach PubSub (graphql-ws
  // acknowledges no subscription): each one authenticates and subscribes on the server.
  for (const deadline = performance.now() + 120_000; connected < clients.length && performance.now() < deadline; ) await new Promise((r) => setTimeout(r, 200));
  if (connected < clients.length) console.log(`  ${label}: only ${connected} of ${clients.length} sockets connected`);
  await new Promise((r) => setTimeout(r, 5000));

  const agents = urls.map(() => new http.Agent({ keepAlive: true, maxSockets: 32 }));
  const bets = new Map<string, { sentAt: number; answeredAt: number; instance: number }>();
  const busy = new Set<number>();
  const failed: string[] = [];
  let skipped = 0;
  const nextSeq = new Map(betSeqStart);
  const total = ratePerS * durationS;
  const started = performance.now();
  const inFlight: Promise<void>[] = [];
  for (let n = 0; n < total; n += 1) {
    const due = started + (n * 1000) / ratePerS;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    // A player with a bet still unanswered is skipped (its seqs must follow its bets); none free: this slot is skipped.
    let p = n % world.players.length;
    for (let tried = 0; busy.has(p) && tried < world.players.length; tried += 1) p = (p + 1) % world.players.length;
    if (busy.has(p)) {
      skipped += 1;
      continue;
    }
    const player = world.players[p]!;
    busy.add(p);
    const seq = nextSeq.get(player.accountId)! + 1;
    nextSeq.set(player.accountId, seq);
    const instance = n % urls.length;
    const input = { idempotencyKey: `bet-${label.replace(/[^a-z0-9]+/gi, '-')}-${n}`, code: 'BET', transfers: [{ from: { ownerType: 'PLAYER', ownerId: globalIdOf('Player', player.id), currency }, to: { ownerType: 'HOUSE', currency }, amount: '1' }] };
    const sentAt = performance.now();
    inFlight.push(
      post(agents[instance]!, new URL(`${urls[instance]}/graphql`), { 'content-type': 'application/json', 'x-api-key': world.apiKey }, JSON.stringify({ query: BET, variables: { input } })).then(
        ({ text }) => {
          if (!text.includes('PostTransfersPayload')) throw new Error(`bet failed: ${text.slice(0, 300)}`);
          bets.set(`${player.accountId}:${seq}`, { sentAt, answeredAt: performance.now(), instance });
          busy.delete(p);
        },
      ).catch((error: unknown) => {
        // The player's seqs no longer follow this run's count: it stays out of the rest of the case.
        failed.push(String(error));
      }),
    );
  }
  await Promise.all(inFlight);
  // Deliveries still on their way: until none arrives for 2 s (at most 60 s).
  for (let seen = -1, deadline = performance.now() + 60_000; receipts.length !== seen && performance.now() < deadline; ) {
    seen = receipts.length;
    await new Promise((r) => setTimeout(r, 2000));
  }
  for (const [accountId, seq] of nextSeq) betSeqStart.set(accountId, seq);
  await Promise.all(clients.map((c) => c.dispose()));
  agents.forEach((a) => a.destroy());

  const subscribersPerPlayer = new Map<string, number>();
  for (let i = 0; i < walletSubscribers; i += 1) {
    const accountId = world.players[i % world.players.length]!.accountId;
    subscribersPerPlayer.set(accountId, (subscribersPerPlayer.get(accountId) ?? 0) + 1);
  }
  let expected = 0;
  for (const key of bets.keys()) expected += (subscribersPerPlayer.get(key.split(':')[0]!) ?? 0) + ledgerSubscriberCount;
  const fromAnswer: number[] = [];
  const fromSend: number[] = [];
  let crossInstance = 0;
  for (const receipt of receipts) {
    const bet = bets.get(receipt.key);
    if (!bet) continue; // the deposit, or an event of an earlier case
    fromAnswer.push(receipt.at - bet.answeredAt);
    fromSend.push(receipt.at - bet.sentAt);
    if (receipt.instance !== bet.instance) crossInstance += 1;
  }
  fromAnswer.sort((a, b) => a - b);
  fromSend.sort((a, b) => a - b);
  if (errors) console.log(`  ${label}: ${errors} subscriptions failed`);
  if (failed.length) console.log(`  ${label}: ${failed.length} bets failed, first: ${failed[0]}`);
  if (skipped) console.log(`  ${label}: ${skipped} bet slots skipped (every player had a bet unanswered)`);
  return {
    label,
    bets: bets.size,
    expected,
    received: fromAnswer.length,
    crossInstance,
    fromAnswer: { p50: round(percentile(fromAnswer, 0.5)), p99: round(percentile(fromAnswer, 0.99)), p999: round(percentile(fromAnswer, 0.999)), max: round(fromAnswer.at(-1) ?? NaN) },
    fromSend: { p50: round(percentile(fromSend, 0.5)), p99: round(percentile(fromSend, 0.99)) },
  };
}

async function main(): Promise<void> {
  const machine = machineFacts();
  console.log(`fan-out benchmark: ${subscriberCount} subscribers (${ledgerSubscriberCount} ledgerEvents, the rest walletUpdated over ${playerCount} players), ${ratePerS} bets/s for ${durationS} s per case`);
  console.log(machine.line);
  console.log('(the load generator and every WebSocket client run in this process, on the same cores as the instances, Redis and PostgreSQL)');
  const databases = new BenchDatabases(process.env.BENCH_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  const started: Instance[] = [];
  try {
    const { url: ownerUrl } = await databases.createMigrated('fanout', TEST_APP_PASSWORD);
    const world = await makeWorld(ownerUrl);
    const seqs = new Map(world.players.map((p) => [p.accountId, 1]));
    const env = async (redis: string | null) => instanceEnv({ databaseUrl: ownerUrl, redisUrl: redis, port: await freePort(), extra: { RATE_LIMIT_ENABLED: 'false', LOG_LEVEL: 'warn' } });

    const keyPrefix = `croupier-bench:${randomUUID()}`;
    const pair = [
      await startInstance('a', { ...(await env(redisUrl)), RATE_LIMIT_KEY_PREFIX: keyPrefix }),
      await startInstance('b', { ...(await env(redisUrl)), RATE_LIMIT_KEY_PREFIX: keyPrefix }),
    ];
    started.push(...pair);
    const two = await runCase('two instances, Redis', world, pair.map((i) => i.url), seqs);
    await Promise.all(pair.map((i) => i.stop()));

    const single = await startInstance('single', await env(null));
    started.push(single);
    const one = await runCase('one instance, in-process bus', world, [single.url], seqs);
    await single.stop();

    const rows = [two, one];
    console.log('');
    console.log('| case | bets | deliveries expected / received | across instances | answer → receipt p50 / p99 / p99.9 / max (ms) | send → receipt p50 / p99 (ms) |');
    console.log('|---|---|---|---|---|---|');
    for (const r of rows) {
      console.log(`| ${r.label} | ${r.bets} | ${r.expected} / ${r.received} | ${r.crossInstance} | ${r.fromAnswer.p50} / ${r.fromAnswer.p99} / ${r.fromAnswer.p999} / ${r.fromAnswer.max} | ${r.fromSend.p50} / ${r.fromSend.p99} |`);
    }
    console.log(`target: p99 <= 50 ms across instances: ${two.fromAnswer.p99 <= 50 ? 'met' : 'NOT met'} (${two.fromAnswer.p99} ms)`);
    console.log(JSON.stringify({ bench: 'fanout', subscribers: subscriberCount, ledgerSubscribers: ledgerSubscriberCount, players: playerCount, ratePerS, durationS, cases: rows, machine: machine.json(loadAverage()) }));
  } finally {
    await Promise.all(started.map((i) => i.stop().catch(() => undefined)));
    await databases.cleanUp();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
