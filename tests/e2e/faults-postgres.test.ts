import { createHmac } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../helpers/server.js';
import { eventually, startPrivatePostgres, type PrivatePostgres } from '../helpers/faults.js';
import { newAggregator, type Aggregator } from '../helpers/seamless.js';
import { newPlayer, platformAdmin } from '../helpers/world.js';
import { fundPlayer, houseSelector, playerSelector, walletCasino, type Casino } from '../helpers/wallet.js';
import { playerUuid } from '../helpers/ledger-invariants.js';

/**
 * Issue 22, faults: PostgreSQL stops under load and comes back. Requests during the outage get
 * a typed UNAVAILABLE with 503 and Retry-After (GraphQL, Hub88 callbacks, payment webhooks),
 * /readyz names postgres, the API recovers without a restart, and every acknowledged bet is
 * in the ledger exactly once, however often its key is retried.
 */

const CLIENTS = 3;
const FUNDS = 1_000_000n;

let db: PrivatePostgres;
let server: TestServer;
let owner: pg.Client | undefined;
let casino: Casino;
let hub: Aggregator;
const players: string[] = [];

const POST = `mutation Bet($input: PostTransfersInput!) {
  postTransfers(input: $input) { __typename ... on PostTransfersPayload { replay transaction { id } } }
}`;

interface Outcome {
  key: string;
  player: number;
  /** ok: acknowledged; unavailable: UNAVAILABLE with 503 and Retry-After; other: anything else (a failure of the test). */
  kind: 'ok' | 'unavailable' | 'other';
  transactionId?: string;
  detail?: string;
}

async function bet(key: string, player: number): Promise<Outcome> {
  const response = await fetch(server.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': apiKey },
    body: JSON.stringify({ query: POST, variables: { input: { idempotencyKey: key, code: 'BET', transfers: [{ from: playerSelector(players[player]!), to: houseSelector(), amount: '1' }] } } }),
  });
  const body = (await response.json()) as {
    data?: { postTransfers?: { __typename: string; transaction?: { id: string } } } | null;
    errors?: { message: string; extensions?: { code?: string; reason?: string; retryAfter?: number } }[];
  };
  const payload = body.data?.postTransfers;
  if (payload?.__typename === 'PostTransfersPayload' && payload.transaction) return { key, player, kind: 'ok', transactionId: payload.transaction.id };
  const error = body.errors?.[0];
  const retryAfter = response.headers.get('retry-after');
  if (error?.extensions?.code === 'UNAVAILABLE' && response.status === 503 && retryAfter && Number(retryAfter) >= 1 && !/ECONN|select|insert|127\.0\.0\.1/.test(error.message)) {
    return { key, player, kind: 'unavailable' };
  }
  return { key, player, kind: 'other', detail: `${response.status} retry-after=${retryAfter} ${JSON.stringify(body)}` };
}

let apiKey = '';

beforeAll(async () => {
  db = await startPrivatePostgres();
  server = await startServer({
    databaseUrl: db.ownerUrl,
    redis: false,
    env: {
      RATE_LIMIT_ENABLED: 'false',
      // Fail fast while the database is gone: nothing waits longer than this for a connection.
      DATABASE_CONNECT_TIMEOUT_MS: '1000',
      DATABASE_ACQUIRE_TIMEOUT_MS: '2000',
      // Tenants and keys are looked up in the database on every request.
      LOOKUP_CACHE_TTL_MS: '0',
    },
  });
  casino = await walletCasino(server, (await platformAdmin(server)).sdk);
  const created = await casino.tenant.admin.sdk.CreateApiKey({ input: { name: 'raw client', permissions: ['WALLET_POST', 'WALLET_READ'] } });
  apiKey = (created.createApiKey as { key: string }).key;
  for (let i = 0; i < CLIENTS; i += 1) {
    const registered = await newPlayer(server, casino.tenant);
    players.push(playerUuid(registered.player));
    await fundPlayer(casino, players[i]!, FUNDS.toString(), `funding-${i}`);
  }
  hub = await newAggregator(server, casino.tenant);
}, 180_000);

afterAll(async () => {
  await owner?.end().catch(() => undefined);
  await server?.close().catch(() => undefined);
  await db?.destroy();
}, 60_000);

describe('PostgreSQL restarted under load', () => {
  it('answers UNAVAILABLE (503, Retry-After) while down, recovers by itself, and applies every key once', async () => {
    const outcomes: Outcome[] = [];
    let stopClients = false;
    let counter = 0;
    const client = async (player: number) => {
      // Bounded: at most 400 bets a client, whatever happens to the phases below.
      for (let i = 0; i < 400 && !stopClients; i += 1) {
        const outcome = await bet(`outage-bet-${player}-${(counter += 1)}`, player);
        outcomes.push(outcome);
        // A refused request comes back at once; pace the retries a little, as a client would.
        if (outcome.kind !== 'ok') await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };
    const count = (kind: Outcome['kind']) => outcomes.filter((o) => o.kind === kind).length;
    const running = Promise.all(Array.from({ length: CLIENTS }, (_, i) => client(i)));

    expect(await eventually(() => count('ok') >= 20, 300)).toBe(true);
    const okBefore = count('ok');
    await db.stop();

    // During the outage: typed refusals, fast (the clients keep cycling), nothing masked.
    expect(await eventually(() => count('unavailable') >= 10, 300)).toBe(true);
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(503);
    const readiness = (await ready.json()) as { checks: Record<string, string> };
    expect(readiness.checks['postgres']).not.toBe('ok');

    // A Hub88 callback: Hub88's own shape (RS_ERROR_UNKNOWN), with 503 and Retry-After.
    const body = JSON.stringify({ user: players[0], token: 'none', request_uuid: 'outage-1', game_code: 'g1' });
    const callback = await fetch(`${server.url}/seamless/${casino.tenant.slug}/${hub.code}/user/balance`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hub88-signature': hub.sign(body) },
      body,
    });
    expect(callback.status).toBe(503);
    expect(callback.headers.get('retry-after')).toBe('1');
    expect(await callback.json()).toMatchObject({ status: 'RS_ERROR_UNKNOWN', request_uuid: 'outage-1' });

    // A payment webhook: 503 and Retry-After, so the provider delivers it again later.
    const webhookBody = JSON.stringify({ id: 'evt_outage', type: 'payment_intent.succeeded' });
    const stamp = Math.floor(Date.now() / 1000);
    const webhook = await fetch(`${server.url}/payments/${casino.tenant.slug}/stripe/webhook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'stripe-signature': `t=${stamp},v1=${createHmac('sha256', 'x').update(`${stamp}.${webhookBody}`).digest('hex')}` },
      body: webhookBody,
    });
    expect(webhook.status).toBe(503);
    expect(webhook.headers.get('retry-after')).toBe('1');
    expect(((await webhook.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('UNAVAILABLE');

    await db.start();
    // Recovery without a restart: the same server acknowledges bets again, and is ready.
    const okAtRestart = count('ok');
    expect(await eventually(() => count('ok') >= okAtRestart + 20, 600)).toBe(true);
    stopClients = true;
    await running;
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);

    expect(outcomes.filter((o) => o.kind === 'other')).toEqual([]);
    expect(okBefore).toBeGreaterThan(0);

    // Every acknowledged bet is in the ledger.
    owner = new pg.Client({ connectionString: db.ownerUrl });
    await owner.connect();
    const keys = async () => {
      const { rows } = await owner!.query<{ idempotency_key: string }>(
        `select idempotency_key from ledger_transaction where tenant_id = $1 and code = 'BET'`,
        [casino.tenantId],
      );
      return new Set(rows.map((r) => r.idempotency_key));
    };
    const recorded = await keys();
    const acknowledged = outcomes.filter((o) => o.kind === 'ok');
    expect(acknowledged.filter((o) => !recorded.has(o.key))).toEqual([]);

    // Retrying every key (acknowledged or refused) applies nothing twice: afterwards each key is
    // one transaction, an acknowledged key answers with its original transaction, and each
    // player's balance is the funds less one unit per key.
    for (const outcome of outcomes) {
      const again = await bet(outcome.key, outcome.player);
      expect(again.kind, again.detail).toBe('ok');
      if (outcome.kind === 'ok') expect(again.transactionId).toBe(outcome.transactionId);
    }
    const afterRetries = await keys();
    expect(afterRetries.size).toBe(outcomes.length);
    const { rows: counts } = await owner.query<{ n: string }>(
      `select count(*)::text as n from ledger_transaction where tenant_id = $1 and code = 'BET'`,
      [casino.tenantId],
    );
    expect(Number(counts[0]!.n)).toBe(outcomes.length);
    for (let i = 0; i < CLIENTS; i += 1) {
      const { rows } = await owner.query<{ balance: string }>(
        `select balance::text from ledger_account where tenant_id = $1 and owner_type = 'PLAYER' and owner_id = $2 and kind = 'CASH'`,
        [casino.tenantId, players[i]],
      );
      const bets = BigInt(outcomes.filter((o) => o.player === i).length);
      expect(rows.map((r) => BigInt(r.balance)).reduce((a, b) => a + b, 0n)).toBe(FUNDS - bets);
    }
  }, 300_000);
});
