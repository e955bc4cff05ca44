import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
/**
 * The provider-agnostic payment gateway. Each provider is one adapter file,
 * adapters/<code>.adapter.ts, exporting `createGateway` (a GatewayFactory); the service
 * loads it by the provider's code, so adding a provider is adding that file and nothing else.
 */

/** A provider's secrets, as stored encrypted (payments.crypto.ts). Never returned nor logged. */
export interface ProviderCredentials {
  /** Stripe secret key / Adyen API key. */
  apiKey: string;
  /** Stripe webhook signing secret (whsec_...) / Adyen HMAC key (hex). */
  webhookSecret: string;
  /** Adyen merchant account; unused by Stripe. */
  merchantAccount?: string | undefined;
}

export interface GatewayConfig {
  code: string;
  credentials: ProviderCredentials;
  /** Base URL of the provider's API (a sandbox or a local fake); null: the SDK's own. */
  endpoint: string | null;
  /** How long one request to the provider's API may take (PAYMENTS_PROVIDER_TIMEOUT_MS); default 15 s. */
  timeoutMs?: number | undefined;
}

export const DEFAULT_PROVIDER_TIMEOUT_MS = 15_000;

export type PaymentStatus = 'PENDING' | 'SUCCEEDED' | 'FAILED' | 'CANCELLED';
export type DisputeStatus = 'OPENED' | 'NEEDS_RESPONSE' | 'WON' | 'LOST';

/** One provider event, normalised. Amounts in minor units, currencies upper case. */
export type ProviderEvent =
  | {
      kind: 'payment';
      eventId: string;
      type: string;
      /** The provider's id of the payment (Stripe PaymentIntent, Adyen pspReference). */
      paymentRef: string;
      /** Our payment id, echoed by the provider (metadata / merchantReference), when given. */
      merchantRef: string | null;
      status: Exclude<PaymentStatus, 'PENDING'>;
      amount: bigint;
      currency: string;
      reason: string | null;
      /**
       * The provider's fingerprint of the card or account paid with, namespaced by provider
       * (`stripe:<card fingerprint>`, `adyen:par:<PAR>`), when the event carries one: the
       * linked-accounts graph's INSTRUMENT signal (docs/risk.md "Multi-accounting").
       */
      instrumentFingerprint: string | null;
    }
  | {
      /** The outcome of a payout or of a refund we asked for (withdrawals and staff refunds). */
      kind: 'payout';
      eventId: string;
      type: string;
      payoutRef: string;
      /** Our withdrawal id. */
      merchantRef: string | null;
      status: 'PAID' | 'FAILED';
      amount: bigint;
      currency: string;
      reason: string | null;
    }
  | {
      kind: 'dispute';
      eventId: string;
      type: string;
      disputeRef: string;
      paymentRef: string;
      status: DisputeStatus;
      amount: bigint;
      currency: string;
      reason: string | null;
      dueBy: Date | null;
    }
  | { kind: 'ignored'; eventId: string; type: string };

export interface DepositRequest {
  paymentId: string;
  playerId: string;
  amount: bigint;
  currency: string;
  returnUrl: string | null;
}

export interface DepositCreated {
  /** The provider's payment id when known at once (Stripe); Adyen's comes with the notification. */
  paymentRef: string | null;
  /** Adyen's session id. */
  sessionRef: string | null;
  /** What the frontend needs: Stripe's clientSecret, Adyen's sessionId and sessionData. */
  clientData: Record<string, string>;
}

export interface PayoutRequest {
  withdrawalId: string;
  playerId: string;
  amount: bigint;
  currency: string;
  /**
   * The provider's id of the deposit to refund (closed loop). Null means no known destination:
   * an adapter must refuse (PayoutRouteUnavailableError), never pay to a default account.
   */
  sourcePaymentRef: string | null;
}

export interface PayoutCreated {
  payoutRef: string;
  route: 'REFUND' | 'PAYOUT';
}

/** The provider's view of a payment, for reconciliation; null amount when unknown. */
export interface FetchedStatus {
  status: PaymentStatus | 'UNKNOWN';
  amount: bigint | null;
}

export interface WebhookAnswer {
  status: number;
  contentType: string;
  body: string;
}

/**
 * One item of an authentic delivery: its event, or why its content failed the adapter's checks
 * (`reason` is safe to store and log: field path and rule, never the value).
 */
export type VerifiedItem = { event: ProviderEvent } | { malformed: string };

export interface PaymentGateway {
  readonly code: string;
  createDeposit(request: DepositRequest): Promise<DepositCreated>;
  createPayout(request: PayoutRequest): Promise<PayoutCreated>;
  /**
   * Verifies a webhook over its raw body and headers, then validates and normalises each item
   * once, here at the edge; throws WebhookRejectedError (reason without secrets) when the
   * signature or timestamp is bad. An authentic item whose content is malformed comes back as
   * `{ malformed }`, never as an event.
   */
  verifyWebhook(body: Buffer, headers: Record<string, string | string[] | undefined>): VerifiedItem[];
  /** What the provider expects as the answer to an accepted webhook. */
  readonly webhookAck: WebhookAnswer;
  /**
   * The answer to an authentic delivery holding a malformed item: a 4xx where the provider
   * stops or shows it (Stripe), or the plain acknowledgement where any non-2xx would only make
   * the provider resend the same bytes for weeks (Adyen).
   */
  readonly malformedAnswer: WebhookAnswer;
  fetchPaymentStatus(payment: { paymentRef: string | null; sessionRef: string | null; paymentId: string }): Promise<FetchedStatus>;
}

export type GatewayFactory = (config: GatewayConfig) => PaymentGateway;

/** A webhook that failed verification: `reason` is safe to log and store. */
export class WebhookRejectedError extends Error {
  constructor(readonly reason: string) {
    super(`webhook rejected: ${reason}`);
    this.name = 'WebhookRejectedError';
  }
}

export function header(headers: Record<string, string | string[] | undefined>, name: string): string | undefined {
  const value = headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

/** What a provider code looks like (and the name of its adapters/<code>.adapter file). */
export const PROVIDER_CODE = /^[a-z][a-z0-9]{1,30}$/;
const factories = new Map<string, GatewayFactory | null>();

/** The adapter of a provider code, or null when there is no adapters/<code>.adapter file. */
export async function gatewayFactory(code: string): Promise<GatewayFactory | null> {
  if (!PROVIDER_CODE.test(code)) return null;
  if (factories.has(code)) return factories.get(code)!;
  let factory: GatewayFactory | null = null;
  const base = new URL(`./adapters/${code}.adapter`, import.meta.url).href;
  // Compiled output has .js files; run from source (tsx, vitest) it has .ts files.
  for (const file of [`${base}.js`, `${base}.ts`]) {
    if (!existsSync(fileURLToPath(file))) continue;
    const module = (await import(file)) as { createGateway?: GatewayFactory };
    factory = typeof module.createGateway === 'function' ? module.createGateway : null;
    break;
  }
  factories.set(code, factory);
  return factory;
}

/** The provider cannot pay this withdrawal out (e.g. no deposit to refund and no payout product). */
export class PayoutRouteUnavailableError extends Error {
  constructor(readonly provider: string) {
    super(`${provider} has no payout route for this withdrawal`);
    this.name = 'PayoutRouteUnavailableError';
  }
}
