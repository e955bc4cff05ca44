import { randomUUID } from 'node:crypto';
import { print } from 'graphql';
import { GraphQLClient } from 'graphql-request';
import { createClient, type Client } from 'graphql-ws';
import type pg from 'pg';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { WalletUpdatedDocument, ViewerDocument, type WalletUpdatedSubscription } from '../../codegen/sdk.js';
import { getSdk } from '../sdk.js';
import { startServer, type TestServer } from '../helpers/server.js';
import { collect, settle } from '../helpers/subscriptions.js';
import { freePort, instanceEnv, startInstance, startProxy, type Instance, type Proxy } from '../helpers/instances.js';
import { startFakeStripe, type FakeStripe } from '../helpers/fake-stripe.js';
import { confirmedStripeDeposit, eur, ownerDb, paymentsWorld, waitFor } from '../helpers/payments.js';
import { checkLedgerInvariants } from '../helpers/ledger-invariants.js';
import { bearer, expectType, newPlayer, platformAdmin } from '../helpers/world.js';
import { fundPlayer, houseSelector, playerSelector, walletCasino, type Casino } from '../helpers/wallet.js';

/**
 * Three API instances (child processes, as in production) on one database and one Redis,
 * behind a real HAProxy: what a client sees through the proxy is what one instance gives.
 * The last test SIGKILLs an instance under load.
 */

const PLAYER_POINTS = 40;
const HOLD_EXPIRY_MS = 1000;

let instances: Instance[];
let proxy: Proxy;
let owner: pg.Client;
let stripe: FakeStripe;
/** The API as clients see it: through the proxy. `platform` is an in-process instance's, closed after set-up (only the platform admin is made with it). */
let via: TestServer;
let platformSdk: ReturnType<typeof getSdk>;
const rateLimitPrefix = `croupier-test:${randomUUID()}`;

function wsClient(url: string, connectionParams: Record<string, string>): Client {
  return createClient({ url: url.replace(/^http/, 'ws') + '/graphql', webSocketImpl: WebSocket, connectionParams, retryAttempts: 0, lazy: false, onNonLazyError: () => undefined });
}

/** A TestServer-shaped handle on a base URL (the proxy's or one instance's), for the world helpers. */
function handle(url: string, platform: TestServer['platform']): TestServer {
  const sockets: Client[] = [];
  return {
    platform,
    url,
    graphqlUrl: `${url}/graphql`,
    sdk: (headers = {}) => getSdk(new GraphQLClient(`${url}/graphql`, { headers })),
    ws: (connectionParams = {}) => {
      const client = wsClient(url, connectionParams);
      sockets.push(client);
      return client;
    },
    close: async () => {
      await Promise.all(sockets.map((s) => s.dispose()));
    },
  };
}

const direct = (i: number) => handle(instances[i]!.url, via.platform);

async function rawGraphql(url: string, query: string, headers: Record<string, string>, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> } };
}

beforeAll(async () => {
  const databaseUrl = inject('databaseUrl');
  const setup = await startServer();
  const platformToken = (await platformAdmin(setup)).token;
  await setup.close();

  const ports = [await freePort(), await freePort(), await freePort()];
  instances = await Promise.all(
    ports.map((port, i) =>
      startInstance(
        `api-${i}`,
        instanceEnv({
          databaseUrl,
          redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
          port,
          extra: {
            RATE_LIMIT_KEY_PREFIX: rateLimitPrefix,
            RATE_LIMIT_PLAYER_POINTS: String(PLAYER_POINTS),
            RATE_LIMIT_PLAYER_DURATION_SECONDS: '600',
            RATE_LIMIT_IP_POINTS: '100000',
            RATE_LIMIT_STAFF_POINTS: '100000',
            RATE_LIMIT_API_KEY_POINTS: '100000',
            // The observable job: one run per period across the three, read from their logs.
            WALLET_HOLD_EXPIRY_INTERVAL_MS: String(HOLD_EXPIRY_MS),
            LOG_LEVEL: 'debug',
          },
        }),
      ),
    ),
  );
  proxy = await startProxy(instances.map((instance) => ({ name: instance.name, port: instance.port })));
  via = handle(proxy.url, setup.platform);
  platformSdk = via.sdk(bearer(platformToken));
  owner = await ownerDb();
  stripe = await startFakeStripe();
}, 180_000);

afterAll(async () => {
  await via?.close();
  await proxy?.stop();
  await Promise.all((instances ?? []).map((instance) => instance.stop()));
  await owner?.end();
  await stripe?.close();
});

describe('three instances behind HAProxy', () => {
  it('accepts a session made through one instance on every instance', async () => {
    const c = await walletCasino(via, platformSdk);
    const p = await newPlayer(direct(0), c.tenant);
    for (let i = 0; i < instances.length; i += 1) {
      const { viewer } = await direct(i).sdk(bearer(p.token)).Viewer();
      expect(viewer?.kind, `instance ${i}`).toBe('PLAYER');
    }
  });

  it('shares rate limits: the requests past the limit are refused whichever instance answers', async () => {
    const c = await walletCasino(via, platformSdk);
    const p = await newPlayer(via, c.tenant);
    const answers = [];
    for (let n = 0; n < PLAYER_POINTS + 6; n += 1) answers.push(await rawGraphql(proxy.url, print(ViewerDocument), bearer(p.token)));
    const refused = answers.filter((a) => a.body.errors?.[0]?.extensions?.code === 'RATE_LIMITED');
    expect(answers.length - refused.length).toBe(PLAYER_POINTS);
    expect(refused).toHaveLength(6);
    // And on each instance directly: the bucket is one.
    for (const instance of instances) expect((await rawGraphql(instance.url, print(ViewerDocument), bearer(p.token))).body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });

  it('refuses a logged-out token on every instance, each of which had it cached', async () => {
    const c = await walletCasino(via, platformSdk);
    const p = await newPlayer(via, c.tenant);
    for (let i = 0; i < instances.length; i += 1) expect((await direct(i).sdk(bearer(p.token)).Viewer()).viewer?.kind).toBe('PLAYER');
    await direct(0).sdk(bearer(p.token)).Logout({ input: {} });
    for (let i = 0; i < instances.length; i += 1) {
      await waitFor(async () => (await rawGraphql(instances[i]!.url, print(ViewerDocument), bearer(p.token))).body.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED', 3000);
    }
  });

  it('delivers an event caused through one instance to subscribers connected to the others', async () => {
    const c = await walletCasino(via, platformSdk);
    const p = await newPlayer(via, c.tenant);
    const onOne = collect<WalletUpdatedSubscription>(direct(1).ws(bearer(p.token)), print(WalletUpdatedDocument));
    const onTwo = collect<WalletUpdatedSubscription>(direct(2).ws(bearer(p.token)), print(WalletUpdatedDocument));
    await settle(500);
    const partnerOnZero = direct(0).sdk({ 'x-api-key': await partnerKey(c) });
    await partnerOnZero.PostTransfers({ input: { idempotencyKey: `d-${randomUUID()}`, code: 'DEPOSIT', transfers: [{ from: { ownerType: 'WORLD', currency: 'EUR' }, to: playerSelector(p.player.id), amount: '500' }] } });
    for (const subscriber of [onOne, onTwo]) {
      expect((await subscriber.waitFor(1)).map((e) => [e.walletUpdated.seq, e.walletUpdated.balance.amount])).toEqual([[1, '500']]);
    }
  });

  it('takes a signed payments webhook through the proxy, once', async () => {
    const world = await paymentsWorld(via, platformSdk, { code: 'stripe', endpoint: stripe.url });
    expect(world.webhookUrl.startsWith(proxy.url)).toBe(true);
    const p = await newPlayer(via, world.tenant);
    const deposit = await confirmedStripeDeposit(stripe, world.webhookUrl, p.sdk, 1500);
    expect(deposit.answer.status).toBe(200);
    await waitFor(async () => (await eur(p.sdk)).cash === '1500');
    // The provider sends it again (to whichever instance): nothing is credited twice.
    const { sendStripeWebhook } = await import('../helpers/fake-stripe.js');
    const { STRIPE_SECRET } = await import('../helpers/payments.js');
    for (let n = 0; n < 3; n += 1) {
      const again = await sendStripeWebhook(world.webhookUrl, stripe.event('payment_intent.succeeded', { ...deposit.intent, status: 'succeeded', amount_received: 1500 }), STRIPE_SECRET);
      expect(again.status).toBe(200);
    }
    expect((await eur(p.sdk)).cash).toBe('1500');
  });

  it('runs a periodic job once per period across the three', async () => {
    // The instances have run wallet-hold-expiry every second since they started.
    await settle(3 * HOLD_EXPIRY_MS);
    const periods: number[] = [];
    for (const instance of instances) {
      for (const line of instance.output().split('\n')) {
        if (!line.startsWith('{')) continue;
        const entry = JSON.parse(line) as { msg?: string; job?: string; period?: number };
        if (entry.msg === 'job finished' && entry.job === 'wallet-hold-expiry' && entry.period !== undefined) {
          periods.push(entry.period);
        }
      }
    }
    expect(periods.length).toBeGreaterThanOrEqual(3);
    expect(new Set(periods).size).toBe(periods.length);
  });
});

/** A partner key of the casino that posts and reads (made through the proxy). */
async function partnerKey(c: Casino): Promise<string> {
  const created = await c.tenant.admin.sdk.CreateApiKey({ input: { name: `partner-${randomUUID().slice(0, 6)}`, permissions: ['WALLET_POST', 'WALLET_READ'] } });
  return expectType(created.createApiKey, 'CreateApiKeyPayload').key;
}

/**
 * A walletUpdated subscriber that reconnects through the proxy after its connection ends,
 * resuming after the last seq it has; it records every seq it received.
 */
function resumingSubscriber(firstUrl: string, token: string, accountId: string, lastSeq: number) {
  const seqs: number[] = [];
  let reconnects = 0;
  let stopped = false;
  let client: Client | undefined;
  const connect = (url: string) => {
    client = wsClient(url, bearer(token));
    const current = client;
    let ended = false;
    const again = () => {
      if (ended || stopped) return;
      ended = true;
      void current.dispose();
      reconnects += 1;
      setTimeout(() => connect(proxy.url), 100);
    };
    current.on('closed', again);
    current.subscribe<WalletUpdatedSubscription>(
      { query: print(WalletUpdatedDocument), variables: { after: [{ accountId, seq: seqs.at(-1) ?? lastSeq }] } },
      { next: (value) => value.data && seqs.push(value.data.walletUpdated.seq), error: again, complete: again },
    );
  };
  connect(firstUrl);
  return {
    seqs,
    reconnects: () => reconnects,
    stop: async () => {
      stopped = true;
      await client?.dispose();
    },
  };
}

describe('one instance SIGKILLed under load', () => {
  it('loses no acknowledged bet, applies none twice, and the subscribers resume with every seq once', async () => {
    const c = await walletCasino(via, platformSdk);
    const p = await newPlayer(via, c.tenant);
    const deposit = 1_000_000;
    const first = collect<WalletUpdatedSubscription>(via.ws(bearer(p.token)), print(WalletUpdatedDocument));
    await settle(500);
    await fundPlayer(c, p.player.id, String(deposit), `d-${randomUUID()}`);
    const [opening] = await first.waitFor(1);
    first.unsubscribe();
    const accountId = opening!.walletUpdated.account.id;

    const victim = 1;
    // One subscriber on the instance that dies (it must reconnect), one through the proxy.
    const subscribers = [resumingSubscriber(instances[victim]!.url, p.token, accountId, 1), resumingSubscriber(proxy.url, p.token, accountId, 1)];
    await settle(500);

    const partner = via.sdk({ 'x-api-key': await partnerKey(c) });
    const acked: string[] = [];
    let retries = 0;
    const betOnce = async (key: string) => {
      for (let attempt = 0; attempt < 50; attempt += 1) {
        try {
          const { postTransfers } = await partner.PostTransfers({ input: { idempotencyKey: key, code: 'BET', transfers: [{ from: playerSelector(p.player.id), to: houseSelector(), amount: '1' }] } });
          if (postTransfers.__typename === 'PostTransfersPayload') {
            acked.push(key);
            return;
          }
          throw new Error(`refused: ${postTransfers.__typename}`);
        } catch {
          retries += 1;
          await new Promise((r) => setTimeout(r, 50));
        }
      }
      throw new Error(`bet ${key} never acknowledged`);
    };
    const BETS_PER_WORKER = 25;
    const workers = Array.from({ length: 6 }, async () => {
      for (let n = 0; n < BETS_PER_WORKER; n += 1) await betOnce(`bet-${randomUUID()}`);
    });
    await waitFor(async () => acked.length >= 30, 30_000);
    instances[victim]!.process.kill('SIGKILL');
    await instances[victim]!.exited;
    await Promise.all(workers);
    expect(acked).toHaveLength(6 * BETS_PER_WORKER);

    const lastSeq = 1 + acked.length;
    for (const subscriber of subscribers) await waitFor(async () => subscriber.seqs.length >= lastSeq - 1, 20_000).catch(() => undefined);
    await settle(500);
    await Promise.all(subscribers.map((s) => s.stop()));
    const every = Array.from({ length: lastSeq - 1 }, (_, i) => i + 2);
    for (const subscriber of subscribers) expect(subscriber.seqs).toEqual(every);
    expect(subscribers[0]!.reconnects()).toBeGreaterThanOrEqual(1);

    // Every acknowledged bet is in the ledger once; the balance is the deposit less them.
    const { rows } = await owner.query<{ n: string }>(`select count(*) as n from idempotency_record where tenant_id = $1 and key = any($2::text[])`, [c.tenantId, acked]);
    expect(Number(rows[0]!.n)).toBe(acked.length);
    expect((await eur(p.sdk)).cash).toBe(String(deposit - acked.length));
    expect(await checkLedgerInvariants(owner, c.tenantId)).toEqual([]);
    console.log(`many-instances: ${acked.length} bets acknowledged, ${retries} retried attempts, subscriber reconnects ${subscribers.map((s) => s.reconnects()).join('/')}`);
  }, 120_000);
});
