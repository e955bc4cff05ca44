/**
 * Issue 13, item 12 (payments): authentic (correctly signed) provider events whose content is
 * malformed — amounts out of range or of the wrong type, currencies that are no ISO code,
 * missing or wrong-typed ids, impossible dates, text PostgreSQL cannot store. Each is refused
 * at the adapter's edge: Stripe answers 400, Adyen `[accepted]` (a 2xx, so that Adyen does not
 * retry identical bytes for 30 days), and in both cases the delivery leaves one refusal line in
 * payment_webhook (accepted = false) and nothing else. Never a 5xx, never an error-level log.
 * The hostile property suite (hostile-input-webhooks.test.ts) explores the same doors at random.
 */
import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../helpers/server.js';
import { expectType, newPlayer, newTenant, platformAdmin, type TestTenant } from '../helpers/world.js';
import { ADYEN_HMAC_KEY, ADYEN_MERCHANT, ownerDb, setAdyenProvider, STRIPE_API_KEY, STRIPE_SECRET, localId } from '../helpers/payments.js';
import { startFakeStripe, type FakeStripe } from '../helpers/fake-stripe.js';
import { pspRef, startFakeAdyen, type FakeAdyen } from '../helpers/fake-adyen.js';
import { fund, partnerOf } from '../helpers/seamless.js';
import { playerUuid, tenantUuid } from '../helpers/ledger-invariants.js';
import { changedTables, errorLog, LOG_TABLES, RawJson, snapshot, snapshotQuery, tenantTables } from '../helpers/hostile.js';
import { postBody, stripeSignature } from '../helpers/hostile-callbacks.js';
import adyen from '@adyen/api-library';

type Obj = Record<string, unknown>;

let server: TestServer;
const serverLog = errorLog();
let stripe: FakeStripe;
let adyenFake: FakeAdyen;
let db: pg.Client;
let tenant: TestTenant;
let tenantId: string;
let stripeUrl: string;
let adyenUrl: string;
let payer: Awaited<ReturnType<typeof newPlayer>>;
let query: string;
/** A Stripe PaymentIntent that succeeded (for disputes). */
let stripePaidIntent: string;

const MAX = '9223372036854775807';
const validator = new adyen.hmacValidator();

/**
 * JSON text of `value` where each RawJson placeholder string is replaced by its raw text, so
 * numbers JSON.stringify cannot write (2^64, 1e300 as a literal) reach the server as sent.
 */
function jsonWithRaw(value: unknown): string {
  const raws: string[] = [];
  const text = JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof RawJson) {
      raws.push(v.text);
      return `__raw_${raws.length - 1}__`;
    }
    return v;
  });
  return text.replace(/"__raw_(\d+)__"/g, (_m, i: string) => raws[Number(i)]!);
}

async function sendStripe(event: Obj): Promise<{ status: number; text: string }> {
  const text = jsonWithRaw(event);
  return postBody(stripeUrl, text, { 'stripe-signature': stripeSignature(text, STRIPE_SECRET) });
}

function stripeEvent(type: string, object: Obj): Obj {
  return { id: `evt_${randomBytes(12).toString('hex')}`, object: 'event', api_version: '2025-01-01', created: Math.floor(Date.now() / 1000), livemode: false, pending_webhooks: 1, type, data: { object } };
}

/** One Adyen notification item, signed with the SDK's own HMAC over the values as the server will parse them. */
async function sendAdyen(fields: Obj): Promise<{ status: number; text: string }> {
  const item: Obj = { eventDate: new Date().toISOString(), merchantAccountCode: ADYEN_MERCHANT, paymentMethod: 'visa', operations: [], success: 'true', additionalData: {}, ...fields };
  const text = jsonWithRaw({ live: 'false', notificationItems: [{ NotificationRequestItem: item }] });
  // Signed as the server will read it (JSON.parse): a 2^63 − 1 literal is signed as the float it becomes.
  const parsed = JSON.parse(text) as { notificationItems: [{ NotificationRequestItem: Obj }] };
  const parsedItem = parsed.notificationItems[0].NotificationRequestItem;
  const hmac = validator.calculateHmac(parsedItem as unknown as Parameters<typeof validator.calculateHmac>[0], ADYEN_HMAC_KEY);
  const signedItem = { ...item, additionalData: { ...(item.additionalData as Obj), hmacSignature: hmac } };
  return postBody(adyenUrl, jsonWithRaw({ live: 'false', notificationItems: [{ NotificationRequestItem: signedItem }] }), {});
}

async function stripeIntent(amount = 1000): Promise<{ intent: Obj; paymentId: string }> {
  const deposit = expectType((await payer.sdk.CreateDeposit({ input: { provider: 'STRIPE', currency: 'EUR', amount: String(amount) } })).createDeposit, 'CreateDepositPayload');
  return { intent: stripe.intents.get(deposit.payment.providerRef!)!, paymentId: localId(deposit.payment.id) };
}

async function adyenDeposit(amount = 1000): Promise<string> {
  return localId(expectType((await payer.sdk.CreateDeposit({ input: { provider: 'ADYEN', currency: 'EUR', amount: String(amount) } })).createDeposit, 'CreateDepositPayload').payment.id);
}

async function paymentStatus(paymentId: string): Promise<{ status: string; failure_reason: string | null }> {
  const { rows } = await db.query<{ status: string; failure_reason: string | null }>(`select status, failure_reason from payment where id = $1`, [paymentId]);
  return rows[0]!;
}

async function refusals(): Promise<{ outcome: string }[]> {
  const { rows } = await db.query<{ outcome: string }>(`select outcome from payment_webhook where tenant_id = $1 and not accepted order by received_at, id`, [tenantId]);
  return rows;
}

/**
 * Sends one delivery and checks it was refused as malformed: the expected answer, exactly one new
 * refusal line naming the malformed event, no other table touched, nothing at error level.
 */
async function expectMalformed(send: () => Promise<{ status: number; text: string }>, answer: { status: number; text?: string }): Promise<string> {
  const before = await snapshot(db, query, tenantId);
  const refusedBefore = (await refusals()).length;
  const mark = serverLog.mark();
  const got = await send();
  expect(got.status, got.text).toBe(answer.status);
  if (answer.text !== undefined) expect(got.text).toBe(answer.text);
  expect(serverLog.since(mark)).toBe('');
  const after = await snapshot(db, query, tenantId);
  expect(changedTables(before, after, LOG_TABLES)).toEqual([]);
  const lines = await refusals();
  expect(lines.length).toBe(refusedBefore + 1);
  const outcome = lines.at(-1)!.outcome;
  expect(outcome).toMatch(/^REFUSED: malformed event/);
  return outcome;
}

const STRIPE_MALFORMED = { status: 400 };
const ADYEN_MALFORMED = { status: 200, text: '[accepted]' };

beforeAll(async () => {
  stripe = await startFakeStripe();
  adyenFake = await startFakeAdyen();
  server = await startServer({ logLevel: 'error', logStream: serverLog.stream, env: { RATE_LIMIT_ENABLED: 'false', WALLET_HOLD_EXPIRY_INTERVAL_MS: '0', PAYMENTS_RECONCILIATION_INTERVAL_MS: '0', AUDIT_CHECKPOINT_INTERVAL_MS: '0' } });
  db = await ownerDb();
  const platform = await platformAdmin(server);
  tenant = await newTenant(server, platform.sdk);
  tenantId = tenantUuid(tenant);
  const stripeProvider = await tenant.admin.sdk.SetPaymentProvider({
    input: { adapter: 'STRIPE', currencies: ['EUR'], minAmount: '100', maxAmount: '100000', apiKey: STRIPE_API_KEY, webhookSecret: STRIPE_SECRET, endpoint: stripe.url },
  });
  stripeUrl = `${server.url}${expectType(stripeProvider.setPaymentProvider, 'SetPaymentProviderPayload').provider.webhookPath}`;
  adyenUrl = await setAdyenProvider(server, tenant, adyenFake.url);
  expectType((await tenant.admin.sdk.SetPaymentSettings({ input: { dualApprovalAbove: '5000', chargebackFreeze: 'NEVER' } })).setPaymentSettings, 'SetPaymentSettingsPayload');
  payer = await newPlayer(server, tenant);
  await fund(await partnerOf(server, tenant), playerUuid(payer.player), 5_000_000);
  const paid = await stripeIntent(5000);
  const answer = await sendStripe(stripeEvent('payment_intent.succeeded', { ...paid.intent, status: 'succeeded', amount_received: 5000 }));
  if (answer.status !== 200) throw new Error(`stripe deposit: ${answer.status} ${answer.text}`);
  stripePaidIntent = String(paid.intent.id);
  query = snapshotQuery(await tenantTables(db));
}, 120_000);

afterAll(async () => {
  await db?.end();
  await server?.close();
  await stripe?.close();
  await adyenFake?.close();
});

describe('Stripe: a signed event that fails validation is answered 400, recorded as a refusal, nothing else written', () => {
  it.each([
    ['2^64 as a JSON number', new RawJson('18446744073709551616')],
    ['2^63 − 1 as a JSON number (not exact in JSON)', new RawJson(MAX)],
    ['negative', -5],
    ['zero', 0],
    ['fractional', 1.5],
    ['an empty string', ''],
    ['a numeric string', '1000'],
  ])('payment_intent.succeeded with amount_received %s', async (_name, amount) => {
    const { intent, paymentId } = await stripeIntent();
    await expectMalformed(() => sendStripe(stripeEvent('payment_intent.succeeded', { ...intent, status: 'succeeded', amount_received: amount, amount })), STRIPE_MALFORMED);
    expect((await paymentStatus(paymentId)).status).toBe('PENDING');
  });

  it('a currency that is not a three-letter code ("euro")', async () => {
    const { intent, paymentId } = await stripeIntent();
    await expectMalformed(() => sendStripe(stripeEvent('payment_intent.succeeded', { ...intent, status: 'succeeded', amount_received: 1000, currency: 'euro' })), STRIPE_MALFORMED);
    expect((await paymentStatus(paymentId)).status).toBe('PENDING');
  });

  it('an event without id, and an object whose id is missing or a number', async () => {
    const { intent, paymentId } = await stripeIntent();
    const { id: _dropped, ...noEventId } = stripeEvent('payment_intent.succeeded', { ...intent, status: 'succeeded', amount_received: 1000 });
    await expectMalformed(() => sendStripe(noEventId), STRIPE_MALFORMED);
    const { id: _objectId, ...noObjectId } = intent;
    await expectMalformed(() => sendStripe(stripeEvent('payment_intent.succeeded', { ...noObjectId, status: 'succeeded', amount_received: 1000 })), STRIPE_MALFORMED);
    await expectMalformed(() => sendStripe(stripeEvent('payment_intent.succeeded', { ...intent, id: 42, status: 'succeeded', amount_received: 1000 })), STRIPE_MALFORMED);
    expect((await paymentStatus(paymentId)).status).toBe('PENDING');
  });

  it('a dispute whose evidence is due at 1e300 (no valid date)', async () => {
    const dispute = { id: `dp_${randomBytes(8).toString('hex')}`, object: 'dispute', amount: 500, currency: 'eur', payment_intent: stripePaidIntent, reason: 'fraudulent', status: 'needs_response', evidence_details: { due_by: new RawJson('1e300') } };
    await expectMalformed(() => sendStripe(stripeEvent('charge.dispute.created', dispute)), STRIPE_MALFORMED);
  });

  it('a dispute amount of 2^63 − 1 as a number', async () => {
    const dispute = { id: `dp_${randomBytes(8).toString('hex')}`, object: 'dispute', amount: new RawJson(MAX), currency: 'eur', payment_intent: stripePaidIntent, reason: 'fraudulent', status: 'needs_response' };
    await expectMalformed(() => sendStripe(stripeEvent('charge.dispute.created', dispute)), STRIPE_MALFORMED);
  });

  it('an id holding a NUL or a lone surrogate', async () => {
    const { intent } = await stripeIntent();
    await expectMalformed(() => sendStripe(stripeEvent('payment_intent.succeeded', { ...intent, id: 'pi_\u0000x', status: 'succeeded', amount_received: 1000 })), STRIPE_MALFORMED);
    const event = stripeEvent('payment_intent.succeeded', { ...intent, status: 'succeeded', amount_received: 1000 });
    await expectMalformed(() => sendStripe({ ...event, id: 'evt_\ud800' }), STRIPE_MALFORMED);
  });

  it('free text with a lone surrogate or a NUL is cleaned, not refused: the event applies', async () => {
    const { intent, paymentId } = await stripeIntent();
    const mark = serverLog.mark();
    const answer = await sendStripe(stripeEvent('payment_intent.payment_failed', { ...intent, status: 'requires_payment_method', last_payment_error: { message: 'card \ud800 declined\u0000' } }));
    expect(answer.status, answer.text).toBe(200);
    expect(serverLog.since(mark)).toBe('');
    const payment = await paymentStatus(paymentId);
    expect(payment.status).toBe('FAILED');
    expect(payment.failure_reason).toBe('card \ufffd declined\ufffd');
  });
});

describe('Adyen: a signed item that fails validation is answered [accepted] (no 30-day retry), recorded as a refusal, nothing else written', () => {
  it.each([
    ['2^63 − 1 as a JSON number (not exact in JSON)', new RawJson(MAX)],
    ['2^64 as a string', '18446744073709551616'],
    ['negative', -5],
    ['zero on a successful authorisation', 0],
    ['fractional, as a string', '1.5'],
    ['an empty string', ''],
  ])('AUTHORISATION with value %s', async (_name, value) => {
    const paymentId = await adyenDeposit();
    await expectMalformed(() => sendAdyen({ eventCode: 'AUTHORISATION', pspReference: pspRef(), merchantReference: paymentId, amount: { value, currency: 'EUR' } }), ADYEN_MALFORMED);
    expect((await paymentStatus(paymentId)).status).toBe('PENDING');
  });

  it('a currency that is not a three-letter code ("euro")', async () => {
    const paymentId = await adyenDeposit();
    await expectMalformed(() => sendAdyen({ eventCode: 'AUTHORISATION', pspReference: pspRef(), merchantReference: paymentId, amount: { value: 1000, currency: 'euro' } }), ADYEN_MALFORMED);
    expect((await paymentStatus(paymentId)).status).toBe('PENDING');
  });

  it('pspReference or originalReference as a number or an array, reason as an array, paymentMethod as an object', async () => {
    const paymentId = await adyenDeposit();
    const base = { eventCode: 'AUTHORISATION', merchantReference: paymentId, amount: { value: 1000, currency: 'EUR' } };
    await expectMalformed(() => sendAdyen({ ...base, pspReference: 1234567890123456 }), ADYEN_MALFORMED);
    await expectMalformed(() => sendAdyen({ ...base, pspReference: [pspRef(), pspRef()] }), ADYEN_MALFORMED);
    await expectMalformed(() => sendAdyen({ ...base, pspReference: pspRef(), reason: ['a', 'b'] }), ADYEN_MALFORMED);
    await expectMalformed(() => sendAdyen({ ...base, pspReference: pspRef(), paymentMethod: { type: 'visa' } }), ADYEN_MALFORMED);
    await expectMalformed(() => sendAdyen({ eventCode: 'REFUND', pspReference: pspRef(), originalReference: 12345, merchantReference: paymentId, amount: { value: 100, currency: 'EUR' } }), ADYEN_MALFORMED);
    expect((await paymentStatus(paymentId)).status).toBe('PENDING');
  });

  it('a chargeback whose defence period ends at "garbage"', async () => {
    await expectMalformed(
      () =>
        sendAdyen({
          eventCode: 'NOTIFICATION_OF_CHARGEBACK', pspReference: pspRef(), originalReference: pspRef(), merchantReference: 'x', reason: 'Fraud',
          amount: { value: 500, currency: 'EUR' }, additionalData: { defensePeriodEndsAt: 'garbage' },
        }),
      ADYEN_MALFORMED,
    );
  });

  it('a pspReference with a NUL', async () => {
    const paymentId = await adyenDeposit();
    await expectMalformed(() => sendAdyen({ eventCode: 'AUTHORISATION', pspReference: 'AB\u0000CD', merchantReference: paymentId, amount: { value: 1000, currency: 'EUR' } }), ADYEN_MALFORMED);
  });

  it('a failed authorisation may carry a zero amount: applied, not refused', async () => {
    const paymentId = await adyenDeposit();
    const answer = await sendAdyen({ eventCode: 'AUTHORISATION', success: 'false', reason: 'Refused', pspReference: pspRef(), merchantReference: paymentId, amount: { value: 0, currency: 'EUR' } });
    expect(answer).toEqual({ status: 200, text: '[accepted]' });
    expect((await paymentStatus(paymentId)).status).toBe('FAILED');
  });

  it('a credit that would overflow the balance is a business refusal: REFUSED: BALANCE_OVERFLOW, logged at warn, not error', async () => {
    const paymentId = await adyenDeposit();
    const psp = pspRef();
    const mark = serverLog.mark();
    const answer = await sendAdyen({ eventCode: 'AUTHORISATION', pspReference: psp, merchantReference: paymentId, amount: { value: MAX, currency: 'EUR' } });
    expect(answer).toEqual({ status: 200, text: '[accepted]' });
    expect(serverLog.since(mark)).toBe('');
    const { rows } = await db.query<{ outcome: string }>(`select outcome from payment_webhook where tenant_id = $1 and accepted and payment_ref = $2`, [tenantId, psp]);
    expect(rows.map((r) => r.outcome)).toEqual(['REFUSED: BALANCE_OVERFLOW']);
    expect((await paymentStatus(paymentId)).status).toBe('PENDING');
  });
});
