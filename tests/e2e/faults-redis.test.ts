import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../helpers/server.js';
import { eventually, startPrivateRedis, type PrivateRedis } from '../helpers/faults.js';
import { collect, settle } from '../helpers/subscriptions.js';
import { newPlayer, platformAdmin } from '../helpers/world.js';
import { fundPlayer, walletCasino, type Casino } from '../helpers/wallet.js';
import { WalletUpdatedDocument, type WalletUpdatedSubscription } from '../sdk.js';

/**
 * Issue 22, faults: Redis stops under load and comes back. Money keeps moving (rate limits fall
 * back to memory), /readyz names redis, the outbox keeps the events, and once Redis is back the
 * same subscription receives every one of them, in seq order, without a new subscribe.
 */

let redis: PrivateRedis;
let server: TestServer;
let casino: Casino;

beforeAll(async () => {
  redis = await startPrivateRedis();
  server = await startServer({ env: { REDIS_URL: redis.url, RATE_LIMIT_PLAYER_POINTS: '1000', RATE_LIMIT_API_KEY_POINTS: '1000' } });
  casino = await walletCasino(server, (await platformAdmin(server)).sdk);
}, 120_000);

afterAll(async () => {
  await server?.close();
  await redis?.stop();
});

describe('Redis restarted under load', () => {
  it('serves requests while Redis is down, keeps the events, and delivers all of them in order once it is back', async () => {
    const p = await newPlayer(server, casino.tenant);
    const mine = collect<WalletUpdatedSubscription>(server.ws({ authorization: `Bearer ${p.token}` }), print(WalletUpdatedDocument));
    await settle(500);

    let n = 0;
    const deposit = () => fundPlayer(casino, p.player.id, '10', `redis-fault-${p.player.id}-${(n += 1)}`);
    for (let i = 0; i < 3; i += 1) await deposit();
    await mine.waitFor(3, 10_000);

    await redis.stop();
    // Requests are served, not failed: rate limiting uses in-memory counters, the ledger is in PostgreSQL.
    for (let i = 0; i < 4; i += 1) await deposit();
    const wallet = (await p.sdk.Wallet()).wallet ?? [];
    expect(wallet.find((w) => w.currency === 'EUR')?.cash.amount).toBe('70');
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(503);
    const readiness = (await ready.json()) as { checks: Record<string, string> };
    expect(readiness.checks['redis']).not.toBe('ok');
    expect(readiness.checks['postgres']).toBe('ok');
    // Nothing of the outage reached the subscriber; its connection to this server stays open.
    expect(mine.received).toHaveLength(3);

    await redis.start();
    await mine.waitFor(7, 30_000);
    for (let i = 0; i < 2; i += 1) await deposit();
    await mine.waitFor(9, 10_000);
    expect(mine.errors).toEqual([]);
    expect(mine.received.map((e) => e.walletUpdated.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(mine.received.map((e) => e.walletUpdated.balance.amount)).toEqual(['10', '20', '30', '40', '50', '60', '70', '80', '90']);
    expect(await eventually(async () => (await fetch(`${server.url}/readyz`)).status === 200, 100)).toBe(true);
  }, 120_000);
});
