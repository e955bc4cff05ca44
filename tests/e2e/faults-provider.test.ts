import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { startFakeStripe, type FakeStripe } from '../helpers/fake-stripe.js';
import { startFakeAdyen, type FakeAdyen } from '../helpers/fake-adyen.js';
import { ownerDb, paymentsWorld, player, type PaymentsWorld } from '../helpers/payments.js';
import { expectType, platformAdmin } from '../helpers/world.js';

/**
 * Issue 22, faults: a slow payment provider. Past PAYMENTS_PROVIDER_TIMEOUT_MS the adapter gives
 * up (Stripe: after its one retry, same idempotency key), the deposit answers the typed
 * PaymentProviderFailedError, the request ends, and no payment row is left: nothing was shown
 * to the player to pay, so nothing claims to be pending.
 */

const TIMEOUT_MS = 300;
const LATE_MS = 1500;

let server: TestServer;
let platform: Sdk;
let stripe: FakeStripe;
let adyen: FakeAdyen;
let stripeWorld: PaymentsWorld;
let adyenWorld: PaymentsWorld;
let db: pg.Client;

beforeAll(async () => {
  stripe = await startFakeStripe();
  adyen = await startFakeAdyen();
  server = await startServer({ env: { PAYMENTS_PROVIDER_TIMEOUT_MS: String(TIMEOUT_MS) } });
  platform = (await platformAdmin(server)).sdk;
  stripeWorld = await paymentsWorld(server, platform, { code: 'stripe', endpoint: stripe.url });
  adyenWorld = await paymentsWorld(server, platform, { code: 'adyen', endpoint: adyen.url });
  db = await ownerDb();
}, 120_000);

afterAll(async () => {
  await db?.end();
  await server?.close();
  // The fakes answer their late requests before they close.
  await stripe?.close();
  await adyen?.close();
});

const paymentsOf = async (playerId: string) =>
  Number((await db.query<{ n: string }>(`select count(*)::text as n from payment where player_id = $1`, [playerId])).rows[0]!.n);

describe('slow payment provider', () => {
  it('Stripe: a deposit past the timeout answers PaymentProviderFailedError and records no payment', async () => {
    const p = await player(server, stripeWorld);
    stripe.delayMs = LATE_MS;
    const before = stripe.requests.length;
    let result;
    try {
      result = await p.sdk.CreateDeposit({ input: { provider: 'STRIPE', currency: 'EUR', amount: '1000' } });
    } finally {
      stripe.delayMs = 0;
    }
    expect(result.createDeposit).toMatchObject({ __typename: 'PaymentProviderFailedError', code: 'PAYMENT_PROVIDER_FAILED' });
    // The SDK tried twice (its one network retry), with one idempotency key.
    const sent = stripe.requests.slice(before).filter((r) => r.path === '/v1/payment_intents');
    expect(sent).toHaveLength(2);
    expect(new Set(sent.map((r) => r.idempotencyKey)).size).toBe(1);
    expect(await paymentsOf(p.id)).toBe(0);

    // The provider is quick again: the next deposit goes through.
    const again = await p.sdk.CreateDeposit({ input: { provider: 'STRIPE', currency: 'EUR', amount: '1000' } });
    expect(expectType(again.createDeposit, 'CreateDepositPayload').payment.status).toBe('PENDING');
    expect(await paymentsOf(p.id)).toBe(1);
  });

  it('Adyen: a deposit past the timeout answers PaymentProviderFailedError and records no payment', async () => {
    const p = await player(server, adyenWorld);
    adyen.delayMs = LATE_MS;
    let result;
    try {
      result = await p.sdk.CreateDeposit({ input: { provider: 'ADYEN', currency: 'EUR', amount: '1000', returnUrl: 'https://casino.test/back' } });
    } finally {
      adyen.delayMs = 0;
    }
    expect(result.createDeposit).toMatchObject({ __typename: 'PaymentProviderFailedError', code: 'PAYMENT_PROVIDER_FAILED' });
    expect(await paymentsOf(p.id)).toBe(0);
    const again = await p.sdk.CreateDeposit({ input: { provider: 'ADYEN', currency: 'EUR', amount: '1000', returnUrl: 'https://casino.test/back' } });
    expectType(again.createDeposit, 'CreateDepositPayload');
  });
});
