import Stripe from 'stripe';
import { z } from 'zod';
import { currencyCode, providerWord, freeText, jsonIntegerAmount, malformedReason, meaningProblem, providerId, unixSeconds } from '../payments.event-fields.js';
import {
  DEFAULT_PROVIDER_TIMEOUT_MS,
  header,
  PayoutRouteUnavailableError,
  WebhookRejectedError,
  type DisputeStatus,
  type GatewayConfig,
  type PaymentGateway,
  type PaymentStatus,
  type ProviderEvent,
  type VerifiedItem,
} from '../payments.gateway.js';

/** Seconds a Stripe-Signature timestamp may differ from our clock (Stripe's own default). */
export const STRIPE_TOLERANCE_SECONDS = 300;

/**
 * Stripe's Event object and the data.object shapes we act on (docs.stripe.com/api/events,
 * /api/payment_intents, /api/refunds, /api/payouts, /api/disputes), checked once here. Fields we
 * do not read pass through unchecked; those we read must have the documented type.
 */
const metadataShape = z.object({ paymentId: providerId.nullish(), withdrawalId: providerId.nullish() }).nullish();
const eventShape = z.object({
  id: providerId,
  type: providerWord,
  data: z.object({ object: z.record(z.string(), z.unknown()) }),
});
/**
 * The card's fingerprint on a Charge (`payment_method_details.card.fingerprint`: Stripe's id of
 * the card number, the same for every customer who pays with that card on this account). A
 * missing or odd fingerprint never fails the event: it only means no INSTRUMENT signal.
 */
const cardFingerprint = z
  .object({ card: z.object({ fingerprint: providerWord.nullish() }).nullish() })
  .nullish()
  .catch(null)
  .transform((details) => (details?.card?.fingerprint ? `stripe:${details.card.fingerprint}` : null));
const chargeShape = z.object({
  id: providerId,
  amount: jsonIntegerAmount,
  amount_captured: jsonIntegerAmount.nullish(),
  captured: z.boolean().nullish(),
  currency: currencyCode,
  // A PaymentIntent id, or the PaymentIntent itself when expanded; null for a charge made without one.
  payment_intent: z.union([providerId, z.object({ id: providerId })]).nullish(),
  metadata: metadataShape,
  payment_method_details: cardFingerprint,
});
const paymentIntentShape = z.object({
  id: providerId,
  amount: jsonIntegerAmount,
  amount_received: jsonIntegerAmount.nullish(),
  currency: currencyCode,
  metadata: metadataShape,
  last_payment_error: z.object({ message: freeText.nullish() }).nullish(),
  cancellation_reason: freeText.nullish(),
  // Webhooks deliver the charge's id; only an expanded Charge (an API read) carries the card's fingerprint.
  latest_charge: z.union([providerId, z.object({ payment_method_details: cardFingerprint })]).nullish().catch(null),
});
const refundShape = z.object({
  id: providerId,
  amount: jsonIntegerAmount,
  currency: currencyCode,
  status: providerWord.nullish(),
  metadata: metadataShape,
  failure_reason: freeText.nullish(),
});
const payoutShape = z.object({
  id: providerId,
  amount: jsonIntegerAmount,
  currency: currencyCode,
  metadata: metadataShape,
  failure_message: freeText.nullish(),
  failure_code: freeText.nullish(),
});
const disputeShape = z.object({
  id: providerId,
  amount: jsonIntegerAmount,
  currency: currencyCode,
  // A PaymentIntent id, or the PaymentIntent itself when expanded.
  payment_intent: z.union([providerId, z.object({ id: providerId })]).nullish(),
  reason: freeText.nullish(),
  status: providerWord.nullish(),
  evidence_details: z.object({ due_by: unixSeconds.nullish() }).nullish(),
});

/** The Stripe event checked and normalised, or why its content is malformed. */
function verifiedItem(raw: unknown): VerifiedItem {
  const parsed = eventShape.safeParse(raw);
  if (!parsed.success) return { malformed: malformedReason(parsed.error) };
  const { id, type, data } = parsed.data;
  const event = normalise(id, type, data.object);
  if ('malformed' in event) return event;
  const problem = meaningProblem(event);
  return problem ? { malformed: problem } : { event };
}

/** Parses `object` with `schema`; a failure names the path from the event's root. */
function objectOf<T extends z.ZodType>(schema: T, object: unknown): { value: z.output<T> } | { malformed: string } {
  const parsed = schema.safeParse(object);
  if (parsed.success) return { value: parsed.data };
  return { malformed: `data.object.${malformedReason(parsed.error)}` };
}

function normalise(eventId: string, type: string, object: unknown): ProviderEvent | { malformed: string } {
  const base = { eventId, type };
  switch (type) {
    case 'payment_intent.succeeded':
    case 'payment_intent.payment_failed':
    case 'payment_intent.canceled': {
      const parsed = objectOf(paymentIntentShape, object);
      if ('malformed' in parsed) return parsed;
      const intent = parsed.value;
      const status = type === 'payment_intent.succeeded' ? 'SUCCEEDED' : type === 'payment_intent.canceled' ? 'CANCELLED' : 'FAILED';
      const received = intent.amount_received ?? 0n;
      return {
        ...base,
        kind: 'payment',
        paymentRef: intent.id,
        merchantRef: intent.metadata?.paymentId ?? null,
        status,
        amount: status === 'SUCCEEDED' && received > 0n ? received : intent.amount,
        currency: intent.currency,
        reason: intent.last_payment_error?.message ?? intent.cancellation_reason ?? null,
        instrumentFingerprint: typeof intent.latest_charge === 'object' ? (intent.latest_charge?.payment_method_details ?? null) : null,
      };
    }
    case 'charge.succeeded': {
      // Sent with payment_intent.succeeded for the same payment, in either order; the one that
      // comes first confirms the deposit, and this one carries the card's fingerprint.
      const parsed = objectOf(chargeShape, object);
      if ('malformed' in parsed) return parsed;
      const charge = parsed.value;
      const paymentRef = typeof charge.payment_intent === 'string' ? charge.payment_intent : (charge.payment_intent?.id ?? null);
      // An authorisation not captured yet (manual capture) has moved no money.
      if (!paymentRef || charge.captured === false) return { ...base, kind: 'ignored' };
      return {
        ...base,
        kind: 'payment',
        paymentRef,
        merchantRef: charge.metadata?.paymentId ?? null,
        status: 'SUCCEEDED',
        amount: charge.amount_captured && charge.amount_captured > 0n ? charge.amount_captured : charge.amount,
        currency: charge.currency,
        reason: null,
        instrumentFingerprint: charge.payment_method_details,
      };
    }
    case 'refund.created':
    case 'refund.updated':
    case 'refund.failed':
    case 'charge.refund.updated': {
      const parsed = objectOf(refundShape, object);
      if ('malformed' in parsed) return parsed;
      const r = parsed.value;
      const withdrawal = r.metadata?.withdrawalId ?? null;
      if (!withdrawal || (r.status !== 'succeeded' && r.status !== 'failed' && r.status !== 'canceled')) return { ...base, kind: 'ignored' };
      return {
        ...base,
        kind: 'payout',
        payoutRef: r.id,
        merchantRef: withdrawal,
        status: r.status === 'succeeded' ? 'PAID' : 'FAILED',
        amount: r.amount,
        currency: r.currency,
        reason: r.failure_reason ?? null,
      };
    }
    case 'payout.paid':
    case 'payout.failed':
    case 'payout.canceled': {
      const parsed = objectOf(payoutShape, object);
      if ('malformed' in parsed) return parsed;
      const p = parsed.value;
      return {
        ...base,
        kind: 'payout',
        payoutRef: p.id,
        merchantRef: p.metadata?.withdrawalId ?? null,
        status: type === 'payout.paid' ? 'PAID' : 'FAILED',
        amount: p.amount,
        currency: p.currency,
        reason: p.failure_message ?? p.failure_code ?? null,
      };
    }
    case 'charge.dispute.created':
    case 'charge.dispute.updated':
    case 'charge.dispute.closed':
    case 'charge.dispute.funds_withdrawn':
    case 'charge.dispute.funds_reinstated': {
      const parsed = objectOf(disputeShape, object);
      if ('malformed' in parsed) return parsed;
      const d = parsed.value;
      const paymentRef = typeof d.payment_intent === 'string' ? d.payment_intent : (d.payment_intent?.id ?? null);
      if (!paymentRef) return { ...base, kind: 'ignored' };
      return {
        ...base,
        kind: 'dispute',
        disputeRef: d.id,
        paymentRef,
        status: disputeStatus(d.status ?? null),
        amount: d.amount,
        currency: d.currency,
        reason: d.reason ?? null,
        dueBy: d.evidence_details?.due_by ?? null,
      };
    }
    default:
      return { ...base, kind: 'ignored' };
  }
}

function disputeStatus(status: string | null): DisputeStatus {
  switch (status) {
    case 'won':
      return 'WON';
    case 'lost':
      return 'LOST';
    case 'needs_response':
    case 'warning_needs_response':
      return 'NEEDS_RESPONSE';
    default:
      return 'OPENED';
  }
}

function paymentIntentStatus(status: string | null): PaymentStatus {
  switch (status) {
    case 'succeeded':
      return 'SUCCEEDED';
    case 'canceled':
      return 'CANCELLED';
    case 'requires_payment_method':
      // After a failed attempt the intent waits for another method; reconciliation treats it as pending.
      return 'PENDING';
    default:
      return 'PENDING';
  }
}

/** Stripe on its official SDK: PaymentIntents for deposits, refunds (closed loop) or payouts for withdrawals. */
export const createGateway = (config: GatewayConfig): PaymentGateway => {
  const endpoint = config.endpoint ? new URL(config.endpoint) : null;
  const stripe = new Stripe(config.credentials.apiKey, {
    // One retry of a request that timed out or lost its connection (same idempotency key), so a
    // call lasts at most about twice the timeout.
    maxNetworkRetries: 1,
    timeout: config.timeoutMs ?? DEFAULT_PROVIDER_TIMEOUT_MS,
    ...(endpoint
      ? { host: endpoint.hostname, port: Number(endpoint.port || (endpoint.protocol === 'https:' ? 443 : 80)), protocol: endpoint.protocol === 'http:' ? 'http' : 'https' }
      : {}),
  });

  return {
    code: config.code,
    webhookAck: { status: 200, contentType: 'application/json', body: '{"received":true}' },
    // Stripe shows a 4xx as a failed delivery in the dashboard (and retries it for up to three days).
    malformedAnswer: { status: 400, contentType: 'application/json', body: '{"error":"MALFORMED_EVENT"}' },

    async createDeposit(request) {
      const intent = await stripe.paymentIntents.create(
        {
          amount: Number(request.amount),
          currency: request.currency.toLowerCase(),
          automatic_payment_methods: { enabled: true },
          metadata: { paymentId: request.paymentId, playerId: request.playerId },
        },
        { idempotencyKey: `deposit-${request.paymentId}` },
      );
      return { paymentRef: intent.id, sessionRef: null, clientData: { clientSecret: intent.client_secret ?? '', paymentIntentId: intent.id } };
    },

    /**
     * Closed loop only: a refund of the funding PaymentIntent. A Stripe payout goes to the
     * operator's own bank account (the platform's external account), never to the player, so
     * without a deposit to refund there is no route and nothing is sent.
     */
    async createPayout(request) {
      if (!request.sourcePaymentRef) throw new PayoutRouteUnavailableError(config.code);
      const refund = await stripe.refunds.create(
        { payment_intent: request.sourcePaymentRef, amount: Number(request.amount), metadata: { withdrawalId: request.withdrawalId, playerId: request.playerId } },
        { idempotencyKey: `payout-${request.withdrawalId}` },
      );
      return { payoutRef: refund.id, route: 'REFUND' };
    },

    verifyWebhook(body, headers) {
      const signature = header(headers, 'stripe-signature');
      if (!signature) throw new WebhookRejectedError('missing Stripe-Signature header');
      let event: unknown;
      try {
        event = stripe.webhooks.constructEvent(body, signature, config.credentials.webhookSecret, STRIPE_TOLERANCE_SECONDS);
      } catch (error) {
        const message = error instanceof Error ? error.message : '';
        throw new WebhookRejectedError(/tolerance/i.test(message) ? 'timestamp outside the tolerance zone' : 'signature mismatch');
      }
      return [verifiedItem(event)];
    },

    async fetchPaymentStatus(payment) {
      if (!payment.paymentRef) return { status: 'UNKNOWN', amount: null };
      const intent = await stripe.paymentIntents.retrieve(payment.paymentRef);
      const status = paymentIntentStatus(intent.status);
      return { status, amount: status === 'SUCCEEDED' ? BigInt(intent.amount_received) : BigInt(intent.amount) };
    },
  };
};
