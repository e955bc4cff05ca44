import Stripe from 'stripe';
import {
  header,
  PayoutRouteUnavailableError,
  WebhookRejectedError,
  type DisputeStatus,
  type GatewayConfig,
  type PaymentGateway,
  type PaymentStatus,
  type ProviderEvent,
} from '../payments.gateway.js';

/** Seconds a Stripe-Signature timestamp may differ from our clock (Stripe's own default). */
export const STRIPE_TOLERANCE_SECONDS = 300;

type Obj = Record<string, unknown>;
const str = (o: Obj, k: string): string | null => (typeof o[k] === 'string' ? (o[k] as string) : null);
const num = (o: Obj, k: string): bigint => (typeof o[k] === 'number' ? BigInt(o[k] as number) : 0n);
const meta = (o: Obj, k: string): string | null => {
  const m = o.metadata;
  return m && typeof m === 'object' && typeof (m as Obj)[k] === 'string' ? ((m as Obj)[k] as string) : null;
};
const ref = (v: unknown): string | null => (typeof v === 'string' ? v : v && typeof v === 'object' && typeof (v as Obj).id === 'string' ? ((v as Obj).id as string) : null);

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
    maxNetworkRetries: 1,
    timeout: 15_000,
    ...(endpoint
      ? { host: endpoint.hostname, port: Number(endpoint.port || (endpoint.protocol === 'https:' ? 443 : 80)), protocol: endpoint.protocol === 'http:' ? 'http' : 'https' }
      : {}),
  });

  function normalise(event: Stripe.Event): ProviderEvent {
    const object = event.data.object as unknown as Obj;
    const currency = (str(object, 'currency') ?? '').toUpperCase();
    const base = { eventId: event.id, type: event.type };
    switch (event.type) {
      case 'payment_intent.succeeded':
      case 'payment_intent.payment_failed':
      case 'payment_intent.canceled': {
        const status = event.type === 'payment_intent.succeeded' ? 'SUCCEEDED' : event.type === 'payment_intent.canceled' ? 'CANCELLED' : 'FAILED';
        const lastError = object.last_payment_error as Obj | null | undefined;
        return {
          ...base,
          kind: 'payment',
          paymentRef: str(object, 'id')!,
          merchantRef: meta(object, 'paymentId'),
          status,
          amount: status === 'SUCCEEDED' ? num(object, 'amount_received') || num(object, 'amount') : num(object, 'amount'),
          currency,
          reason: (lastError && str(lastError, 'message')) ?? str(object, 'cancellation_reason'),
        };
      }
      case 'refund.created':
      case 'refund.updated':
      case 'refund.failed':
      case 'charge.refund.updated': {
        const status = str(object, 'status');
        const withdrawal = meta(object, 'withdrawalId');
        if (!withdrawal || (status !== 'succeeded' && status !== 'failed' && status !== 'canceled')) return { ...base, kind: 'ignored' };
        return {
          ...base,
          kind: 'payout',
          payoutRef: str(object, 'id')!,
          merchantRef: withdrawal,
          status: status === 'succeeded' ? 'PAID' : 'FAILED',
          amount: num(object, 'amount'),
          currency,
          reason: str(object, 'failure_reason'),
        };
      }
      case 'payout.paid':
      case 'payout.failed':
      case 'payout.canceled':
        return {
          ...base,
          kind: 'payout',
          payoutRef: str(object, 'id')!,
          merchantRef: meta(object, 'withdrawalId'),
          status: event.type === 'payout.paid' ? 'PAID' : 'FAILED',
          amount: num(object, 'amount'),
          currency,
          reason: str(object, 'failure_message') ?? str(object, 'failure_code'),
        };
      case 'charge.dispute.created':
      case 'charge.dispute.updated':
      case 'charge.dispute.closed':
      case 'charge.dispute.funds_withdrawn':
      case 'charge.dispute.funds_reinstated': {
        const details = object.evidence_details as Obj | null | undefined;
        const due = details && typeof details.due_by === 'number' ? new Date((details.due_by as number) * 1000) : null;
        const paymentRef = ref(object.payment_intent);
        if (!paymentRef) return { ...base, kind: 'ignored' };
        return {
          ...base,
          kind: 'dispute',
          disputeRef: str(object, 'id')!,
          paymentRef,
          status: disputeStatus(str(object, 'status')),
          amount: num(object, 'amount'),
          currency,
          reason: str(object, 'reason'),
          dueBy: due,
        };
      }
      default:
        return { ...base, kind: 'ignored' };
    }
  }

  return {
    code: config.code,
    webhookAck: { status: 200, contentType: 'application/json', body: '{"received":true}' },

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
      let event: Stripe.Event;
      try {
        event = stripe.webhooks.constructEvent(body, signature, config.credentials.webhookSecret, STRIPE_TOLERANCE_SECONDS);
      } catch (error) {
        const message = error instanceof Error ? error.message : '';
        throw new WebhookRejectedError(/tolerance/i.test(message) ? 'timestamp outside the tolerance zone' : 'signature mismatch');
      }
      return [normalise(event)];
    },

    async fetchPaymentStatus(payment) {
      if (!payment.paymentRef) return { status: 'UNKNOWN', amount: null };
      const intent = await stripe.paymentIntents.retrieve(payment.paymentRef);
      const status = paymentIntentStatus(intent.status);
      return { status, amount: status === 'SUCCEEDED' ? BigInt(intent.amount_received) : BigInt(intent.amount) };
    },
  };
};
