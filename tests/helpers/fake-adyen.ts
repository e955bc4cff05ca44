import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import adyen from '@adyen/api-library';

/**
 * A local fake of Adyen's Checkout API, just the endpoints our adapter calls (sessions,
 * refunds), for the real `@adyen/api-library` pointed at it. Notifications are signed with
 * the SDK's own HmacValidator (Adyen's scheme: HMAC-SHA256 over the item's fields, hex key).
 */
type Obj = Record<string, unknown>;

export interface FakeAdyen {
  url: string;
  sessions: Map<string, Obj>;
  refunds: Map<string, Obj>;
  requests: { method: string; path: string; apiKey: string | undefined; idempotencyKey: string | undefined; body: Obj }[];
  failNextRefund: number | null;
  /** When above 0, every request is answered this many milliseconds late (a slow provider); the work is still done. */
  delayMs: number;
  close(): Promise<void>;
}

export const pspRef = () => randomBytes(8).toString('hex').toUpperCase();

async function body(request: IncomingMessage): Promise<Obj> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? (JSON.parse(text) as Obj) : {};
}

export async function startFakeAdyen(): Promise<FakeAdyen> {
  const sessions = new Map<string, Obj>();
  const refunds = new Map<string, Obj>();
  const byKey = new Map<string, Obj>();
  const requests: FakeAdyen['requests'] = [];
  const fake = { failNextRefund: null as number | null, delayMs: 0 };
  const server: Server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const json = await body(request);
    const key = request.headers['idempotency-key'] as string | undefined;
    requests.push({ method: request.method ?? 'GET', path, apiKey: request.headers['x-api-key'] as string | undefined, idempotencyKey: key, body: json });
    if (fake.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, fake.delayMs));
    const send = (status: number, payload: Obj) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(payload));
    };
    if (key && byKey.has(`${path}:${key}`)) return send(200, byKey.get(`${path}:${key}`)!);
    const remember = (payload: Obj) => {
      if (key) byKey.set(`${path}:${key}`, payload);
      send(201, payload);
    };
    if (!request.headers['x-api-key']) return send(401, { status: 401, errorCode: '000', message: 'HTTP Status Response - Unauthorized', errorType: 'security' });
    if (request.method === 'POST' && /^\/v\d+\/sessions$/.test(path)) {
      const session: Obj = { ...json, id: `CS${randomBytes(8).toString('hex').toUpperCase()}`, sessionData: `Ab02b4c0!${randomBytes(24).toString('base64')}`, expiresAt: new Date(Date.now() + 3600_000).toISOString() };
      sessions.set(session.id as string, session);
      return remember(session);
    }
    const refund = /^\/v\d+\/payments\/([^/]+)\/refunds$/.exec(path);
    if (request.method === 'POST' && refund) {
      if (fake.failNextRefund) {
        const status = fake.failNextRefund;
        fake.failNextRefund = null;
        return send(status, { status, errorCode: '167', message: 'Original pspReference required for this operation', errorType: 'validation' });
      }
      const created: Obj = { ...json, pspReference: pspRef(), paymentPspReference: refund[1], status: 'received' };
      refunds.set(created.pspReference as string, created);
      return remember(created);
    }
    send(404, { status: 404, message: `fake Adyen has no ${request.method} ${path}` });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    sessions,
    refunds,
    requests,
    get failNextRefund() {
      return fake.failNextRefund;
    },
    set failNextRefund(value) {
      fake.failNextRefund = value;
    },
    get delayMs() {
      return fake.delayMs;
    },
    set delayMs(value) {
      fake.delayMs = value;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export interface NotificationFields {
  eventCode: string;
  success: boolean;
  pspReference: string;
  originalReference?: string;
  merchantReference: string;
  merchantAccountCode: string;
  amount: { value: number; currency: string };
  reason?: string;
  additionalData?: Record<string, string>;
}

/**
 * The card fields Adyen adds to an AUTHORISATION's additionalData when the merchant account has
 * them turned on: the scheme's Payment Account Reference, the BIN, the last four digits, the expiry.
 */
export function cardData(paymentAccountReference: string | null, card: { bin?: string; last4?: string; expiry?: string } = {}): Record<string, string> {
  return {
    ...(paymentAccountReference ? { PaymentAccountReference: paymentAccountReference } : {}),
    cardBin: card.bin ?? '411111',
    cardSummary: card.last4 ?? '1111',
    expiryDate: card.expiry ?? '03/2030',
  };
}

/** A standard notification with its items signed by Adyen's HMAC (the SDK's calculateHmac). */
export function adyenNotification(items: NotificationFields[], hmacKey: string): Obj {
  const validator = new adyen.hmacValidator();
  return {
    live: 'false',
    notificationItems: items.map((fields) => {
      const item = {
        ...fields,
        success: String(fields.success),
        eventDate: new Date().toISOString(),
        paymentMethod: 'visa',
        operations: [],
        additionalData: { ...(fields.additionalData ?? {}) } as Record<string, string>,
      };
      // The SDK's own signer over the fields Adyen signs.
      item.additionalData.hmacSignature = validator.calculateHmac(item as unknown as Parameters<typeof validator.calculateHmac>[0], hmacKey);
      return { NotificationRequestItem: item };
    }),
  };
}

export async function sendAdyenWebhook(url: string, notification: Obj): Promise<{ status: number; text: string }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(notification) });
  return { status: response.status, text: await response.text() };
}
