import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';

/**
 * A local fake of the Stripe API, just the endpoints our adapter calls (PaymentIntents,
 * refunds, payouts), for the real `stripe` SDK pointed at it. Webhooks are signed with the
 * SDK's own `generateTestHeaderString` (Stripe's scheme: HMAC-SHA256 over "t.payload").
 */
type Obj = Record<string, unknown>;

export interface FakeStripe {
  url: string;
  /** The objects the SDK created, by id. */
  intents: Map<string, Obj>;
  refunds: Map<string, Obj>;
  payouts: Map<string, Obj>;
  /** Every request seen (method and path), to assert on what the SDK sent. */
  requests: { method: string; path: string; idempotencyKey: string | undefined; body: Obj }[];
  /** When set, POST /v1/refunds and /v1/payouts answer this HTTP status with a Stripe error. */
  failNextPayout: number | null;
  /** When above 0, every request is answered this many milliseconds late (a slow provider); the work is still done. */
  delayMs: number;
  /** An event of `type` for `object`, as Stripe would deliver it. */
  event(type: string, object: Obj, id?: string): Obj;
  /**
   * The succeeded Charge of a PaymentIntent paid by card, as `charge.succeeded` carries it:
   * `payment_method_details.card.fingerprint` is Stripe's id of the card number.
   */
  charge(intent: Obj, cardFingerprint: string): Obj;
  close(): Promise<void>;
}

const id = (prefix: string) => `${prefix}_${randomBytes(12).toString('hex')}`;

/** Parses Stripe's form encoding (a[b]=c) into nested objects. */
function parseForm(text: string): Obj {
  const out: Obj = {};
  for (const [key, value] of new URLSearchParams(text)) {
    const parts = key.replace(/\]/g, '').split('[');
    let node = out;
    parts.forEach((part, i) => {
      if (i === parts.length - 1) node[part] = value;
      else node = (node[part] ??= {}) as Obj;
    });
  }
  return out;
}

async function body(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startFakeStripe(): Promise<FakeStripe> {
  const intents = new Map<string, Obj>();
  const refunds = new Map<string, Obj>();
  const payouts = new Map<string, Obj>();
  const byKey = new Map<string, Obj>();
  const requests: FakeStripe['requests'] = [];
  const fake = { failNextPayout: null as number | null, delayMs: 0 };

  const server: Server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const form = parseForm(await body(request));
    const key = request.headers['idempotency-key'] as string | undefined;
    requests.push({ method: request.method ?? 'GET', path, idempotencyKey: key, body: form });
    if (fake.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, fake.delayMs));
    const send = (status: number, payload: Obj) => {
      response.writeHead(status, { 'content-type': 'application/json', 'request-id': id('req') });
      response.end(JSON.stringify(payload));
    };
    if (key && request.method === 'POST' && byKey.has(`${path}:${key}`)) return send(200, byKey.get(`${path}:${key}`)!);
    const remember = (payload: Obj) => {
      if (key) byKey.set(`${path}:${key}`, payload);
      send(200, payload);
    };
    if (request.method === 'POST' && path === '/v1/payment_intents') {
      const intent: Obj = {
        id: id('pi'),
        object: 'payment_intent',
        amount: Number(form.amount),
        amount_received: 0,
        currency: form.currency,
        status: 'requires_payment_method',
        metadata: form.metadata ?? {},
        livemode: false,
      };
      intent.client_secret = `${intent.id as string}_secret_${randomBytes(8).toString('hex')}`;
      intents.set(intent.id as string, intent);
      return remember(intent);
    }
    const intentMatch = /^\/v1\/payment_intents\/([^/]+)$/.exec(path);
    if (request.method === 'GET' && intentMatch) {
      const intent = intents.get(intentMatch[1]!);
      return intent ? send(200, intent) : send(404, { error: { type: 'invalid_request_error', code: 'resource_missing', message: 'No such payment_intent' } });
    }
    if (request.method === 'POST' && (path === '/v1/refunds' || path === '/v1/payouts')) {
      if (fake.failNextPayout) {
        const status = fake.failNextPayout;
        fake.failNextPayout = null;
        return send(status, { error: { type: 'invalid_request_error', message: 'declined by the fake' } });
      }
      if (path === '/v1/refunds') {
        const intent = intents.get(String(form.payment_intent));
        if (!intent) return send(404, { error: { type: 'invalid_request_error', code: 'resource_missing', message: 'No such payment_intent' } });
        const refund: Obj = { id: id('re'), object: 'refund', amount: Number(form.amount ?? intent.amount), currency: intent.currency, payment_intent: intent.id, status: 'pending', metadata: form.metadata ?? {} };
        refunds.set(refund.id as string, refund);
        return remember(refund);
      }
      const payout: Obj = { id: id('po'), object: 'payout', amount: Number(form.amount), currency: form.currency, status: 'pending', metadata: form.metadata ?? {} };
      payouts.set(payout.id as string, payout);
      return remember(payout);
    }
    send(404, { error: { type: 'invalid_request_error', message: `fake Stripe has no ${request.method} ${path}` } });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    intents,
    refunds,
    payouts,
    requests,
    get failNextPayout() {
      return fake.failNextPayout;
    },
    set failNextPayout(value) {
      fake.failNextPayout = value;
    },
    get delayMs() {
      return fake.delayMs;
    },
    set delayMs(value) {
      fake.delayMs = value;
    },
    event: (type, object, eventId) => ({
      id: eventId ?? id('evt'),
      object: 'event',
      api_version: '2025-01-01',
      created: Math.floor(Date.now() / 1000),
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      type,
      data: { object },
    }),
    charge: (intent, cardFingerprint) => ({
      id: id('ch'),
      object: 'charge',
      amount: intent.amount,
      amount_captured: intent.amount_received || intent.amount,
      captured: true,
      currency: intent.currency,
      paid: true,
      status: 'succeeded',
      payment_intent: intent.id,
      metadata: intent.metadata ?? {},
      payment_method: id('pm'),
      payment_method_details: { type: 'card', card: { brand: 'visa', last4: '4242', exp_month: 12, exp_year: 2030, country: 'NL', funding: 'credit', fingerprint: cardFingerprint } },
      livemode: false,
    }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const signer = new Stripe('sk_test_signer_only');

/** Posts a Stripe event to our webhook endpoint, signed as Stripe signs (optionally at another time or with another secret). */
export async function sendStripeWebhook(
  url: string,
  event: Obj,
  secret: string,
  options: { timestamp?: number; signature?: string } = {},
): Promise<{ status: number; text: string }> {
  const payload = JSON.stringify(event);
  const header = options.signature ?? signer.webhooks.generateTestHeaderString({ payload, secret, ...(options.timestamp ? { timestamp: options.timestamp } : {}) });
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'stripe-signature': header }, body: payload });
  return { status: response.status, text: await response.text() };
}
