import { randomBytes, randomUUID } from 'node:crypto';
import type pg from 'pg';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { startServer, type TestServer } from '../helpers/server.js';
import { expectType, newPlayer, platformAdmin, newTenant, type TestTenant } from '../helpers/world.js';
import { ADYEN_HMAC_KEY, ADYEN_MERCHANT, ownerDb, setAdyenProvider, STRIPE_API_KEY, STRIPE_SECRET, localId } from '../helpers/payments.js';
import { startFakeStripe, type FakeStripe } from '../helpers/fake-stripe.js';
import { pspRef, startFakeAdyen, type FakeAdyen } from '../helpers/fake-adyen.js';
import { fund, partnerOf } from '../helpers/seamless.js';
import { playerUuid, tenantUuid } from '../helpers/ledger-invariants.js';
import { deeplyNested, errorLog, NESTING_DEPTHS, HOSTILE_SEED, HostileObject, LOG_TABLES, printExplored, snapshotQuery, tenantTables, toJson as toJsonOf, type Hostile } from '../helpers/hostile.js';
import { attackCallback, nestedShot, postBody, signAdyen, stripeSignature, type CallbackAnswer, type CallbackTarget } from '../helpers/hostile-callbacks.js';

/**
 * Issue 13, item 12, the payment webhooks: hostile Stripe events and Adyen notifications,
 * correctly SIGNED (so they reach the parsing and the money) and unsigned or badly signed.
 * Never a 5xx (a provider retries a 5xx for days), and a refused delivery writes nothing but
 * its line in the webhook log (payment_webhook, accepted = false, by design).
 * Reproduce: HOSTILE_SEED=<seed> npx vitest run tests/e2e/hostile-input-webhooks.test.ts
 */

const obj = (record: Record<string, Hostile>) => HostileObject.of(record);

let server: TestServer;
const serverErrors = errorLog();
let stripe: FakeStripe;
let adyenFake: FakeAdyen;
let db: pg.Client;
let target: CallbackTarget;
let tenant: TestTenant;
let stripeUrl: string;
let adyenUrl: string;
let payer: Awaited<ReturnType<typeof newPlayer>>;
/** A Stripe deposit that succeeded (for disputes) and an Adyen one. */
let stripePaid: { intentId: string };
let adyenPaid: { psp: string; paymentId: string };

const ok200 = (a: CallbackAnswer) => a.status >= 200 && a.status < 300;

async function stripeDeposit(amount = 1000): Promise<{ intent: Record<string, unknown>; paymentId: string }> {
  const deposit = expectType((await payer.sdk.CreateDeposit({ input: { provider: 'STRIPE', currency: 'EUR', amount: String(amount) } })).createDeposit, 'CreateDepositPayload');
  return { intent: stripe.intents.get(deposit.payment.providerRef!)!, paymentId: localId(deposit.payment.id) };
}

async function adyenDeposit(amount = 1000): Promise<string> {
  return localId(expectType((await payer.sdk.CreateDeposit({ input: { provider: 'ADYEN', currency: 'EUR', amount: String(amount) } })).createDeposit, 'CreateDepositPayload').payment.id);
}

async function pendingWithdrawal(provider: 'STRIPE' | 'ADYEN'): Promise<string> {
  const r = await payer.sdk.RequestWithdrawal({ input: { idempotencyKey: `wd-${randomUUID()}`, currency: 'EUR', amount: '150', provider } });
  return localId(expectType(r.requestWithdrawal, 'RequestWithdrawalPayload').withdrawal.id);
}

/** A Stripe event as Stripe delivers it, as a tree to damage. */
function stripeEvent(type: string, object: Hostile): HostileObject {
  return obj({
    id: `evt_${randomBytes(12).toString('hex')}`,
    object: 'event',
    api_version: '2025-01-01',
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    pending_webhooks: 1,
    request: obj({ id: null, idempotency_key: null }),
    type,
    data: obj({ object }),
  });
}

function plain(value: Record<string, unknown>): Hostile {
  return HostileObject.of(Object.fromEntries(Object.entries(value).map(([k, v]) => [k, v && typeof v === 'object' && !Array.isArray(v) ? plain(v as Record<string, unknown>) : (v as Hostile)])));
}

/** An Adyen notification of one item, unsigned (signAdyen signs what is finally sent). */
function adyenItem(fields: Record<string, Hostile>): HostileObject {
  return obj({
    live: 'false',
    notificationItems: [
      obj({
        NotificationRequestItem: obj({
          eventDate: new Date().toISOString(),
          merchantAccountCode: ADYEN_MERCHANT,
          paymentMethod: 'visa',
          operations: [],
          success: 'true',
          additionalData: obj({}),
          ...fields,
        }),
      }),
    ],
  });
}

const sendStripe = (body: Hostile) => {
  const text = toJsonOf(body);
  return postBody(stripeUrl, text, { 'stripe-signature': stripeSignature(text, STRIPE_SECRET) });
};
const sendAdyen = (body: Hostile) => postBody(adyenUrl, toJsonOf(signAdyen(body, ADYEN_HMAC_KEY)), {});

beforeAll(async () => {
  stripe = await startFakeStripe();
  adyenFake = await startFakeAdyen();
  server = await startServer({ logLevel: 'error', logStream: serverErrors.stream, env: { RATE_LIMIT_ENABLED: 'false', WALLET_HOLD_EXPIRY_INTERVAL_MS: '0', PAYMENTS_RECONCILIATION_INTERVAL_MS: '0', AUDIT_CHECKPOINT_INTERVAL_MS: '0' } });
  db = await ownerDb();
  const platform = await platformAdmin(server);
  tenant = await newTenant(server, platform.sdk);
  const stripeProvider = await tenant.admin.sdk.SetPaymentProvider({
    input: { adapter: 'STRIPE', currencies: ['EUR'], minAmount: '100', maxAmount: '100000', apiKey: STRIPE_API_KEY, webhookSecret: STRIPE_SECRET, endpoint: stripe.url },
  });
  stripeUrl = `${server.url}${expectType(stripeProvider.setPaymentProvider, 'SetPaymentProviderPayload').provider.webhookPath}`;
  adyenUrl = await setAdyenProvider(server, tenant, adyenFake.url);
  expectType((await tenant.admin.sdk.SetPaymentSettings({ input: { dualApprovalAbove: '5000', chargebackFreeze: 'NEVER' } })).setPaymentSettings, 'SetPaymentSettingsPayload');
  payer = await newPlayer(server, tenant);
  await fund(await partnerOf(server, tenant), playerUuid(payer.player), 5_000_000);
  // One confirmed deposit per provider, for the dispute notifications.
  const s = await stripeDeposit(5000);
  const paid = await sendStripe(stripeEvent('payment_intent.succeeded', plain({ ...s.intent, status: 'succeeded', amount_received: 5000 })));
  if (paid.status !== 200) throw new Error(`stripe deposit: ${paid.status} ${paid.text}`);
  stripePaid = { intentId: String(s.intent.id) };
  const a = await adyenDeposit(5000);
  const psp = pspRef();
  const authorised = await sendAdyen(adyenItem({ eventCode: 'AUTHORISATION', pspReference: psp, merchantReference: a, amount: obj({ value: 5000, currency: 'EUR' }) }));
  if (authorised.status !== 200) throw new Error(`adyen deposit: ${authorised.status} ${authorised.text}`);
  adyenPaid = { psp, paymentId: a };
  const tenantId = tenantUuid(tenant);
  target = {
    db,
    snapshotQuery: snapshotQuery(await tenantTables(db)),
    tenantId,
    logTables: LOG_TABLES,
    serverErrors,
    logCheck: async () => {
      const { rows } = await db.query<{ n: string }>(`select count(*)::text || ':' || coalesce(md5(string_agg(id::text || outcome, ',' order by id)), '') as n from payment_webhook where tenant_id = $1 and accepted`, [tenantId]);
      return rows[0]!.n;
    },
  };
  console.log(`[hostile] seed ${HOSTILE_SEED} (HOSTILE_SEED=${HOSTILE_SEED} reproduces)`);
}, 120_000);

afterAll(async () => {
  printExplored('payment webhooks');
  await db?.end();
  await server?.close();
  await stripe?.close();
  await adyenFake?.close();
});

describe('hostile Stripe events, correctly signed', () => {
  it('payment_intent.succeeded', async () => {
    await attackCallback(target, {
      name: 'stripe payment_intent.succeeded (signed)',
      valid: async () => {
        const { intent } = await stripeDeposit();
        return stripeEvent('payment_intent.succeeded', plain({ ...intent, status: 'succeeded', amount_received: 1000 }));
      },
      send: sendStripe,
      accepted: ok200,
    });
  }, 60_000);

  it('charge.dispute.created', async () => {
    await attackCallback(target, {
      name: 'stripe charge.dispute.* (signed)',
      valid: async () =>
        stripeEvent(
          'charge.dispute.created',
          obj({
            id: `dp_${randomBytes(8).toString('hex')}`, object: 'dispute', amount: 500, currency: 'eur', payment_intent: stripePaid.intentId, reason: 'fraudulent', status: 'needs_response',
            evidence_details: obj({ due_by: Math.floor(Date.now() / 1000) + 7 * 86400 }),
          }),
        ),
      send: sendStripe,
      accepted: ok200,
    });
  }, 60_000);

  it('refund.updated and payout.paid', async () => {
    await attackCallback(target, {
      name: 'stripe refund/payout (signed)',
      valid: async () => {
        const withdrawalId = await pendingWithdrawal('STRIPE');
        return stripeEvent('refund.updated', obj({ id: `re_${randomBytes(8).toString('hex')}`, object: 'refund', status: 'succeeded', amount: 150, currency: 'eur', metadata: obj({ withdrawalId }) }));
      },
      send: sendStripe,
      accepted: ok200,
    });
  }, 60_000);
});

describe('hostile Stripe deliveries, unsigned or badly signed', () => {
  it('garbage bodies and signature headers: a 4xx, nothing written but the refusal log', async () => {
    const valid = async () => {
      const { intent } = await stripeDeposit();
      return obj({ header: `t=${Math.floor(Date.now() / 1000)},v1=${'0'.repeat(64)}`, event: stripeEvent('payment_intent.succeeded', plain({ ...intent, status: 'succeeded', amount_received: 1000 })) });
    };
    await attackCallback(target, {
      name: 'stripe (unsigned)',
      valid,
      // The tree holds the header and the event; both are damaged.
      send: async (tree) => {
        const parts = tree instanceof HostileObject ? Object.fromEntries(tree.entries) : {};
        const header = parts['header'];
        const event = parts['event'] ?? tree;
        const headers: Record<string, string> = {};
        if (typeof header === 'string' && /^[\t\x20-\x7e]*$/.test(header)) headers['stripe-signature'] = header;
        else if (header !== undefined) headers['stripe-signature'] = toJsonOf(header).replace(/[^\x20-\x7e]/g, '?');
        return postBody(stripeUrl, toJsonOf(event), headers);
      },
      accepted: ok200,
      check: (answer) => (ok200(answer) ? 'an unsigned or badly signed delivery was accepted' : null),
    });
  }, 60_000);
});

describe('hostile Adyen notifications, correctly signed', () => {
  it('AUTHORISATION', async () => {
    await attackCallback(target, {
      name: 'adyen AUTHORISATION (signed)',
      valid: async () => adyenItem({ eventCode: 'AUTHORISATION', pspReference: pspRef(), merchantReference: await adyenDeposit(), amount: obj({ value: 1000, currency: 'EUR' }) }),
      send: sendAdyen,
      accepted: ok200,
    });
  }, 60_000);

  it('CHARGEBACK and its outcomes', async () => {
    await attackCallback(target, {
      name: 'adyen CHARGEBACK (signed)',
      valid: async () =>
        adyenItem({
          eventCode: 'NOTIFICATION_OF_CHARGEBACK', pspReference: pspRef(), originalReference: adyenPaid.psp, merchantReference: adyenPaid.paymentId, reason: 'Fraud',
          amount: obj({ value: 500, currency: 'EUR' }), additionalData: obj({ defensePeriodEndsAt: new Date(Date.now() + 7 * 86400_000).toISOString() }),
        }),
      send: sendAdyen,
      accepted: ok200,
    });
  }, 60_000);

  it('REFUND', async () => {
    await attackCallback(target, {
      name: 'adyen REFUND (signed)',
      valid: async () => adyenItem({ eventCode: 'REFUND', pspReference: pspRef(), originalReference: adyenPaid.psp, merchantReference: await pendingWithdrawal('ADYEN'), amount: obj({ value: 150, currency: 'EUR' }) }),
      send: sendAdyen,
      accepted: ok200,
    });
  }, 60_000);

  it('unsigned or badly signed: a 4xx, nothing written but the refusal log', async () => {
    await attackCallback(target, {
      name: 'adyen (unsigned)',
      valid: async () => {
        const body = adyenItem({ eventCode: 'AUTHORISATION', pspReference: pspRef(), merchantReference: await adyenDeposit(), amount: obj({ value: 1000, currency: 'EUR' }) });
        // Signed with another key: every damage keeps it wrong.
        return signAdyen(body, 'AB'.repeat(32));
      },
      send: (body) => postBody(adyenUrl, toJsonOf(body), {}),
      accepted: ok200,
      check: (answer) => (ok200(answer) ? 'a delivery signed with another key was accepted' : null),
    });
  }, 60_000);
});

describe('signed deliveries nested far past the call stack', () => {
  it.each(NESTING_DEPTHS)('Stripe and Adyen at depth %i: never a 5xx', async (depth) => {
    const { intent } = await stripeDeposit();
    await nestedShot(target, 'stripe (signed, nested)', stripeEvent('payment_intent.succeeded', plain({ ...intent, status: 'succeeded', amount_received: 1000 })), ['data', 'object', 'metadata', 'note'], deeplyNested(depth), sendStripe, ok200);
    const body = adyenItem({ eventCode: 'AUTHORISATION', pspReference: pspRef(), merchantReference: await adyenDeposit(), amount: obj({ value: 1000, currency: 'EUR' }) });
    await nestedShot(target, 'adyen (signed, nested)', body, ['notificationItems', '0', 'NotificationRequestItem', 'operations'], deeplyNested(depth, 'object'), sendAdyen, ok200);
  }, 60_000);
});
