import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { ClientError, GraphQLClient } from 'graphql-request';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { getSdk, type PostTransfersMutationVariables, type ReserveHoldMutationVariables } from '../sdk.js';
import { checkLedgerInvariants, playerUuid, tenantUuid } from '../helpers/ledger-invariants.js';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { expectType, newPlayer, newTenant, platformAdmin } from '../helpers/world.js';
import { localId, playerGlobalId } from '../helpers/wallet.js';
import { globalIdOf } from '../../src/graphql/ids.js';
import { TEST_APP_PASSWORD } from '../setup/database.js';

/**
 * Crash safety of the ledger: the real server runs as a child process under concurrent
 * postings and is killed with SIGKILL mid-load. After a restart on the same database the
 * invariants hold, every acknowledged posting is there, and every key replays consistently.
 */

const root = path.resolve(import.meta.dirname, '../..');
const children = new Set<ChildProcess>();

let server: TestServer;
let owner: pg.Client;

beforeAll(async () => {
  server = await startServer();
  owner = new pg.Client({ connectionString: inject('databaseUrl') });
  await owner.connect();
});

afterAll(async () => {
  // Whatever happened, no server process outlives the test.
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    }
  }
  await owner?.end();
  await server?.close();
});

interface Child {
  process: ChildProcess;
  url: string;
  output: () => string;
}

/** Starts `node --import tsx src/main.ts` on this run's database; resolves once its banner names its URL. */
function startChild(): Promise<Child> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['DATABASE_APP_URL', 'JWT_SECRET', 'EMBEDDED_PG_DIR']) delete env[name];
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: {
      ...env,
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: '0',
      DATABASE_URL: inject('databaseUrl'),
      DATABASE_APP_PASSWORD: TEST_APP_PASSWORD,
      DATABASE_POOL_MAX: '20',
      REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
      MIGRATE_ON_START: 'false',
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_ENABLED: 'false',
      RATE_LIMIT_KEY_PREFIX: `croupier-test:${randomUUID()}`,
      WALLET_HOLD_EXPIRY_INTERVAL_MS: '0',
      AUDIT_CHECKPOINT_INTERVAL_MS: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no banner within 60s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/[^\s]+)\/graphql/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ process: child, url: match[1]!, output: () => output });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code ?? signal}) before listening:\n${output}`));
    });
  });
}

type Answer =
  | { kind: 'ok'; id: string }
  | { kind: 'typed'; typename: string }
  /** The server answered with an error outside the schema's result types. */
  | { kind: 'failed'; message: string }
  /** No answer: the connection died with the server. */
  | { kind: 'none'; message: string };

type Sent =
  | { op: 'transfer'; key: string; vars: PostTransfersMutationVariables; answer?: Answer }
  | { op: 'reserve'; key: string; vars: ReserveHoldMutationVariables; answer?: Answer };

/** Sends a posting; the answer as the client saw it (`ok` carries the transaction or hold id). */
async function send(sdk: Sdk, sent: Sent): Promise<Answer & { replay?: boolean }> {
  try {
    if (sent.op === 'transfer') {
      const r = (await sdk.PostTransfers(sent.vars)).postTransfers;
      return r.__typename === 'PostTransfersPayload' ? { kind: 'ok', id: localId(r.transaction.id), replay: r.replay } : { kind: 'typed', typename: r.__typename };
    }
    const r = (await sdk.ReserveHold(sent.vars)).reserveHold;
    return r.__typename === 'ReserveHoldPayload' ? { kind: 'ok', id: localId(r.hold.id), replay: r.replay } : { kind: 'typed', typename: r.__typename };
  } catch (error) {
    if (error instanceof ClientError) return { kind: 'failed', message: JSON.stringify(error.response.errors ?? error.response.status) };
    return { kind: 'none', message: String(error) };
  }
}

/** Runs `work` over `items`, `width` at a time. */
async function pool<T>(items: T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

const ERROR_CODES: Record<string, string> = { InsufficientFundsError: 'INSUFFICIENT_FUNDS' };
const TYPENAMES: Record<string, string> = Object.fromEntries(Object.entries(ERROR_CODES).map(([t, c]) => [c, t]));

describe('wallet crash safety', () => {
  it('keeps every acknowledged posting and its invariants through a SIGKILL under load', async () => {
    // The tenant, four players and a partner key, made through an in-process server on the same database.
    const platform = (await platformAdmin(server)).sdk;
    const tenant = await newTenant(server, platform);
    const tenantId = tenantUuid(tenant);
    const players: string[] = [];
    for (let i = 0; i < 4; i++) players.push(playerUuid((await newPlayer(server, tenant)).player));
    const created = await tenant.admin.sdk.CreateApiKey({ input: { name: 'crash partner', permissions: ['WALLET_POST', 'WALLET_READ'] } });
    const apiKey = expectType(created.createApiKey, 'CreateApiKeyPayload').key;
    const sdkAt = (url: string) => getSdk(new GraphQLClient(`${url}/graphql`, { headers: { 'x-api-key': apiKey } }));

    const first = await startChild();
    const sdk = sdkAt(first.url);

    // Load: deposits, bets and holds with distinct keys, from concurrent clients, until the kill.
    const prefix = `crash-${randomUUID().slice(0, 8)}`;
    let n = 0;
    const sent: Sent[] = [];
    const next = (): Sent => {
      const key = `${prefix}-${++n}`;
      const player = { ownerType: 'PLAYER' as const, ownerId: playerGlobalId(players[n % players.length]!), currency: 'EUR' };
      const amount = String(1 + Math.floor(Math.random() * 1000));
      const dice = Math.random();
      if (dice < 0.15) return { op: 'reserve', key, vars: { input: { idempotencyKey: key, account: player, amount: String(1 + Math.floor(Math.random() * 200)) } } };
      const [code, from, to] =
        dice < 0.6 ? ['DEPOSIT', { ownerType: 'WORLD' as const, currency: 'EUR' }, player] : ['BET', player, { ownerType: 'HOUSE' as const, currency: 'EUR' }];
      return { op: 'transfer', key, vars: { input: { idempotencyKey: key, code, transfers: [{ from, to, amount }] } } };
    };
    let stopped = false;
    let acknowledged = 0;
    const post = async () => {
      const request = next();
      sent.push(request);
      const { replay, ...answer } = await send(sdk, request);
      request.answer = answer;
      if (answer.kind === 'ok') {
        acknowledged++;
        expect(replay).toBe(false);
      }
    };
    // A few in turn first, so the load meets a warm server.
    for (let i = 0; i < 10; i++) await post();
    const workers = Array.from({ length: 16 }, async () => {
      while (!stopped) await post();
    });
    // Kill mid-load: once enough postings are acknowledged, or after 4 s at most.
    const started = Date.now();
    while (acknowledged < 200 && Date.now() - started < 4000) await new Promise((resolve) => setTimeout(resolve, 20));
    const killed = new Promise<NodeJS.Signals | null>((resolve) => first.process.once('exit', (_code, signal) => resolve(signal)));
    stopped = true;
    first.process.kill('SIGKILL');
    expect(await killed).toBe('SIGKILL');
    await Promise.all(workers);

    const answered = sent.filter((s) => s.answer!.kind === 'ok' || s.answer!.kind === 'typed');
    const unanswered = sent.filter((s) => s.answer!.kind === 'none');
    // Before the kill the server answered everything within the schema: no masked errors.
    expect(sent.filter((s) => s.answer!.kind === 'failed').map((s) => s.answer)).toEqual([]);
    expect(answered.filter((s) => s.answer!.kind === 'ok').length, 'acknowledged postings').toBeGreaterThan(50);
    expect(unanswered.length, 'requests in flight at the kill').toBeGreaterThan(0);

    // Right after the crash, before anything touches the ledger again.
    expect(await checkLedgerInvariants(owner, tenantId)).toEqual([]);
    const dangling = await owner.query(`select key from idempotency_record where tenant_id = $1 and outcome is null`, [tenantId]);
    expect(dangling.rows, 'keys claimed without an answer').toEqual([]);

    const second = await startChild();
    const again = sdkAt(second.url);

    // Every acknowledged posting is there, under its key.
    for (const s of answered) {
      if (s.answer!.kind !== 'ok') continue;
      if (s.op === 'transfer') {
        const { ledgerTransaction } = await again.LedgerTransaction({ id: globalIdOf('LedgerTransaction', s.answer!.id) });
        expect(ledgerTransaction, `transaction of ${s.key}`).toMatchObject({ id: globalIdOf('LedgerTransaction', s.answer!.id), code: s.vars.input.code });
        expect(ledgerTransaction!.entries).toHaveLength(2);
      } else {
        const { rows } = await owner.query(`select status, amount::text from ledger_hold where id = $1 and tenant_id = $2`, [s.answer!.id, tenantId]);
        expect(rows, `hold of ${s.key}`).toEqual([{ status: 'OPEN', amount: s.vars.input.amount }]);
      }
    }

    // What the database says each key did, before any replay.
    const stored = new Map<string, { ok: boolean; id: string | null; code: string | null }>();
    const records = await owner.query<{ key: string; outcome: { ok: boolean; result?: { transactionId?: string; holdId?: string }; code?: string } }>(
      `select key, outcome from idempotency_record where tenant_id = $1`,
      [tenantId],
    );
    for (const { key, outcome } of records.rows) {
      stored.set(key, { ok: outcome.ok, id: outcome.result?.transactionId ?? outcome.result?.holdId ?? null, code: outcome.code ?? null });
    }
    const transactions = await owner.query<{ idempotency_key: string; id: string }>(`select idempotency_key, id from ledger_transaction where tenant_id = $1`, [tenantId]);
    const transferKeys = new Set(sent.filter((s) => s.op === 'transfer').map((s) => s.key));
    expect(transactions.rows.length, 'one transaction per successful transfer key').toBe(
      [...stored].filter(([key, o]) => o.ok && transferKeys.has(key)).length,
    );
    for (const t of transactions.rows) expect(stored.get(t.idempotency_key), `key of ${t.id}`).toMatchObject({ ok: true, id: t.id });
    // Every acknowledged answer is the stored one.
    for (const s of answered) {
      const answer = s.answer!;
      expect(stored.get(s.key), s.key).toEqual(
        answer.kind === 'ok' ? { ok: true, id: answer.id, code: null } : { ok: false, id: null, code: ERROR_CODES[answer.kind === 'typed' ? answer.typename : ''] },
      );
    }

    // Replays: an acknowledged key answers the same; an unanswered key answers what it stored,
    // or, when it never committed, executes now and from then on answers that.
    let committedUnanswered = 0;
    await pool(sent, 16, async (s) => {
      const before = stored.get(s.key);
      const replayed = await send(again, s);
      if (before) {
        if (!s.answer || s.answer.kind === 'none') committedUnanswered++;
        expect(replayed, `replay of ${s.key}`).toEqual(
          before.ok ? { kind: 'ok', id: before.id, replay: true } : { kind: 'typed', typename: TYPENAMES[before.code!] },
        );
        return;
      }
      expect(s.answer!.kind, `${s.key} was acknowledged but not stored`).toBe('none');
      expect(['ok', 'typed'], `fresh execution of ${s.key}: ${JSON.stringify(replayed)}`).toContain(replayed.kind);
      if (replayed.kind === 'ok') expect(replayed.replay).toBe(false);
      const third = await send(again, s);
      expect(third, `second replay of ${s.key}`).toEqual(replayed.kind === 'ok' ? { ...replayed, replay: true } : replayed);
    });
    // Not every unanswered request can have been lost (nor need any have been): just count.
    expect(committedUnanswered).toBeLessThanOrEqual(unanswered.length);

    expect(await checkLedgerInvariants(owner, tenantId)).toEqual([]);
    const stillDangling = await owner.query(`select key from idempotency_record where tenant_id = $1 and outcome is null`, [tenantId]);
    expect(stillDangling.rows).toEqual([]);

    const stopped2 = new Promise((resolve) => second.process.once('exit', resolve));
    second.process.kill('SIGTERM');
    await stopped2;
  }, 120_000);
});
