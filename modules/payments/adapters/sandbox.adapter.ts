import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { z } from 'zod';
import type { Config } from '../../../src/config.js';
import { currencyCode, decimalStringAmount, malformedReason, meaningProblem, providerId, providerWord } from '../payments.event-fields.js';
import { PaymentProviderUnsupportedError } from '../payments.errors.js';
import {
  header,
  PayoutRouteUnavailableError,
  WebhookRejectedError,
  type FetchedStatus,
  type GatewayConfig,
  type PaymentGateway,
  type ProviderEvent,
  type VerifiedItem,
} from '../payments.gateway.js';

/**
 * The sandbox payment provider, for development and tests only (docs/sandbox.md).
 * It has no API to call: it accepts every deposit and payout at once and, SANDBOX_DELAY_MS
 * later, completes it by posting a webhook to the provider's `endpoint` (the platform's own
 * webhook URL, /payments/<tenant>/sandbox/webhook), signed with HMAC-SHA256 under the
 * provider's `webhookSecret`. The platform verifies and applies it on the same path as a real
 * provider's webhook. An amount whose minor units end in 13 (12.13, 0.13) is declined instead,
 * so the failure flows can be tried too. Refused in production (assertSandboxAllowed).
 */

export const SANDBOX_CODE = 'sandbox';
/** How long after a request the sandbox delivers its webhook. */
export const SANDBOX_DELAY_MS = 1000;
/** Seconds a signature's timestamp may differ from our clock. */
export const SANDBOX_TOLERANCE_SECONDS = 300;
/** The signature header: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`. */
export const SANDBOX_SIGNATURE_HEADER = 'x-sandbox-signature';
/** Deliveries that fail (network, 5xx) are retried this many times, a second apart, then dropped. */
const DELIVERY_ATTEMPTS = 5;

/** Configuring or using the sandbox provider where NODE_ENV is production (a PAYMENT_PROVIDER_UNSUPPORTED to GraphQL callers). */
export class SandboxRefusedInProductionError extends PaymentProviderUnsupportedError {
  constructor() {
    super(SANDBOX_CODE);
  }
}

/** Throws SandboxRefusedInProductionError when `code` is the sandbox and the platform runs in production. */
export function assertSandboxAllowed(config: Pick<Config, 'env'>, code: string): void {
  if (code === SANDBOX_CODE && config.env === 'production') throw new SandboxRefusedInProductionError();
}

/** The sandbox's webhook body. Amounts in minor units, as decimal strings. */
const eventShape = z.object({
  id: providerId,
  type: z.enum(['payment.succeeded', 'payment.failed', 'payout.paid', 'payout.failed']),
  ref: providerId,
  merchantRef: providerId.nullable(),
  amount: decimalStringAmount,
  currency: currencyCode,
  reason: providerWord.nullable(),
});
export type SandboxEvent = z.input<typeof eventShape>;

/** The value of the signature header for `body` at `timestamp` (seconds). */
export function sandboxSignature(secret: string, body: string | Buffer, timestamp = Math.floor(Date.now() / 1000)): string {
  const mac = createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest('hex');
  return `t=${timestamp},v1=${mac}`;
}

function verifySignature(secret: string, body: Buffer, value: string | undefined): void {
  if (!value) throw new WebhookRejectedError('missing signature');
  const parts = new Map(value.split(',').map((p) => p.split('=', 2) as [string, string]));
  const t = Number(parts.get('t'));
  const given = parts.get('v1') ?? '';
  if (!Number.isSafeInteger(t) || !/^[0-9a-f]{64}$/.test(given)) throw new WebhookRejectedError('malformed signature');
  if (Math.abs(Date.now() / 1000 - t) > SANDBOX_TOLERANCE_SECONDS) throw new WebhookRejectedError('timestamp outside tolerance');
  const expected = createHmac('sha256', secret).update(`${t}.`).update(body).digest();
  if (!timingSafeEqual(expected, Buffer.from(given, 'hex'))) throw new WebhookRejectedError('bad signature');
}

function normalise(raw: unknown): VerifiedItem {
  const parsed = eventShape.safeParse(raw);
  if (!parsed.success) return { malformed: malformedReason(parsed.error) };
  const e = parsed.data;
  const common = { eventId: e.id, type: e.type, merchantRef: e.merchantRef, amount: e.amount, currency: e.currency, reason: e.reason };
  const event: ProviderEvent = e.type.startsWith('payment.')
    ? { kind: 'payment', paymentRef: e.ref, status: e.type === 'payment.succeeded' ? 'SUCCEEDED' : 'FAILED', ...common, instrumentFingerprint: null }
    : { kind: 'payout', payoutRef: e.ref, status: e.type === 'payout.paid' ? 'PAID' : 'FAILED', ...common };
  const problem = meaningProblem(event);
  return problem ? { malformed: problem } : { event };
}

/** Declined amounts: minor units ending in 13. */
const declined = (amount: bigint) => amount % 100n === 13n;

/** What the sandbox said about its latest payments, for reconciliation (this process only). */
const outcomes = new Map<string, FetchedStatus>();
const OUTCOMES_KEPT = 10_000;
function remember(ref: string, status: FetchedStatus): void {
  outcomes.set(ref, status);
  // A Map iterates in insertion order: the oldest goes first.
  if (outcomes.size > OUTCOMES_KEPT) outcomes.delete(outcomes.keys().next().value!);
}

/**
 * One POST on a connection of its own, closed after the answer (`agent: false` sends
 * `Connection: close`): a kept-alive socket of ours would hold the platform's graceful
 * shutdown open until its keep-alive timeout when a stop comes while a webhook is in flight.
 * Resolves with the status code.
 */
function post(url: string, headers: Record<string, string>, body: string): Promise<number> {
  const send = url.startsWith('https:') ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const request = send(url, { method: 'POST', agent: false, headers: { ...headers, 'content-length': Buffer.byteLength(body) }, timeout: 10_000 }, (answer) => {
      answer.resume();
      answer.on('end', () => resolve(answer.statusCode ?? 0));
      answer.on('error', reject);
    });
    request.on('timeout', () => request.destroy(new Error('timed out')));
    request.on('error', reject);
    request.end(body);
  });
}

/** Posts the signed event to the platform, retrying a failed delivery; never throws. */
async function deliver(url: string, secret: string, event: SandboxEvent, attempt = 1): Promise<void> {
  const body = JSON.stringify(event);
  try {
    const status = await post(url, { 'content-type': 'application/json', [SANDBOX_SIGNATURE_HEADER]: sandboxSignature(secret, body) }, body);
    if (status < 500) return;
  } catch {
    // The platform is stopping or not yet listening: retried below.
  }
  if (attempt >= DELIVERY_ATTEMPTS) {
    process.emitWarning(`sandbox payment provider: webhook ${event.id} not delivered to ${url}`);
    return;
  }
  setTimeout(() => void deliver(url, secret, event, attempt + 1), 1000).unref();
}

export const createGateway = (config: GatewayConfig): PaymentGateway => {
  const secret = config.credentials.webhookSecret;
  const later = (event: SandboxEvent) => {
    // Without an endpoint there is nowhere to deliver: the payment stays PENDING.
    if (!config.endpoint) return;
    const url = config.endpoint;
    setTimeout(() => void deliver(url, secret, event), SANDBOX_DELAY_MS).unref();
  };

  return {
    code: config.code,
    webhookAck: { status: 200, contentType: 'application/json', body: '{"received":true}' },
    malformedAnswer: { status: 400, contentType: 'application/json', body: '{"error":"MALFORMED_EVENT"}' },

    async createDeposit(request) {
      const ref = `sbx_pay_${randomUUID()}`;
      const ok = !declined(request.amount);
      remember(ref, { status: ok ? 'SUCCEEDED' : 'FAILED', amount: request.amount });
      later({
        id: `sbx_evt_${randomUUID()}`,
        type: ok ? 'payment.succeeded' : 'payment.failed',
        ref,
        merchantRef: request.paymentId,
        amount: request.amount.toString(),
        currency: request.currency,
        reason: ok ? null : 'declined_by_sandbox',
      });
      return { paymentRef: ref, sessionRef: null, clientData: { sandbox: 'true', completesInMs: String(SANDBOX_DELAY_MS) } };
    },

    async createPayout(request) {
      if (!request.sourcePaymentRef) throw new PayoutRouteUnavailableError(config.code);
      const ref = `sbx_po_${randomUUID()}`;
      const ok = !declined(request.amount);
      later({
        id: `sbx_evt_${randomUUID()}`,
        type: ok ? 'payout.paid' : 'payout.failed',
        ref,
        merchantRef: request.withdrawalId,
        amount: request.amount.toString(),
        currency: request.currency,
        reason: ok ? null : 'declined_by_sandbox',
      });
      return { payoutRef: ref, route: 'REFUND' };
    },

    verifyWebhook(body, headers) {
      verifySignature(secret, body, header(headers, SANDBOX_SIGNATURE_HEADER));
      let raw: unknown;
      try {
        raw = JSON.parse(body.toString('utf8'));
      } catch {
        throw new WebhookRejectedError('body is not JSON');
      }
      return [normalise(raw)];
    },

    async fetchPaymentStatus(payment) {
      return (payment.paymentRef && outcomes.get(payment.paymentRef)) || { status: 'UNKNOWN', amount: null };
    },
  };
};
