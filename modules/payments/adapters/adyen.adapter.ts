import adyen from '@adyen/api-library';
import type { Types } from '@adyen/api-library';
import {
  PayoutRouteUnavailableError,
  WebhookRejectedError,
  type DisputeStatus,
  type GatewayConfig,
  type PaymentGateway,
  type ProviderEvent,
} from '../payments.gateway.js';

type NotificationItem = Types.notification.NotificationRequestItem;
type ClientInterface = NonNullable<ConstructorParameters<typeof adyen.Client>[1]>;
type RequestOptions = Parameters<ClientInterface['request']>[4];

/**
 * The SDK's HTTP client, swapped for one on fetch (the SDK supports a custom client) so the
 * endpoint can be a sandbox or a local fake: Adyen's test hosts are rewritten to `endpoint`.
 */
class EndpointClient implements ClientInterface {
  constructor(private readonly endpoint: string | null) {}

  async request(url: string, json: string | Buffer, config: adyen.Config, _apiKeyRequired: boolean, options: RequestOptions = {}): Promise<string> {
    const target = new URL(this.endpoint ? url.replace(/^https:\/\/[a-z-]+\.adyen\.com/, this.endpoint.replace(/\/$/, '')) : url);
    if (options.params) for (const [k, v] of Object.entries(options.params)) target.searchParams.set(k, String(v));
    const headers: Record<string, string> = { 'content-type': 'application/json', 'x-api-key': config.apiKey ?? '' };
    if (options.idempotencyKey) headers['idempotency-key'] = options.idempotencyKey;
    const method = options.method ?? 'POST';
    const response = await fetch(target, {
      method,
      headers,
      ...(method === 'GET' || method === 'DELETE' ? {} : { body: typeof json === 'string' ? json : new Uint8Array(json) }),
      signal: AbortSignal.timeout(15_000),
    });
    const text = await response.text();
    if (!response.ok) throw new adyen.HttpClientException({ message: `Adyen answered HTTP ${response.status}`, statusCode: response.status, responseBody: text });
    return text;
  }
}

const LOST: readonly string[] = ['CHARGEBACK', 'SECOND_CHARGEBACK', 'PREARBITRATION_LOST'];
const WON: readonly string[] = ['CHARGEBACK_REVERSED', 'PREARBITRATION_WON'];
// DISPUTE_OPENED_WITH_CHARGEBACK: Adyen's opening when a CHARGEBACK came with no NOTIFICATION_OF_CHARGEBACK before it.
const OPEN: readonly string[] = ['NOTIFICATION_OF_CHARGEBACK', 'REQUEST_FOR_INFORMATION', 'DISPUTE_OPENED_WITH_CHARGEBACK'];

function disputeStatus(code: string): DisputeStatus | null {
  if (LOST.includes(code)) return 'LOST';
  if (WON.includes(code)) return 'WON';
  if (OPEN.includes(code)) return 'NEEDS_RESPONSE';
  return null;
}

/** Adyen on its official SDK: Checkout sessions for deposits, refunds for closed-loop payouts, HMAC-signed notifications. */
export const createGateway = (config: GatewayConfig): PaymentGateway => {
  const client = new adyen.Client({ apiKey: config.credentials.apiKey, environment: adyen.EnvironmentEnum.TEST }, new EndpointClient(config.endpoint));
  const checkout = new adyen.CheckoutAPI(client);
  const validator = new adyen.hmacValidator();
  const merchantAccount = config.credentials.merchantAccount ?? '';

  function normalise(item: NotificationItem): ProviderEvent {
    const code = String(item.eventCode);
    const success = String(item.success) === 'true';
    const eventId = `${code}:${item.pspReference}:${success}`;
    const base = { eventId, type: code };
    const amount = BigInt(item.amount?.value ?? 0);
    const currency = (item.amount?.currency ?? '').toUpperCase();
    const reason = item.reason ?? null;
    switch (code) {
      case 'AUTHORISATION':
        return { ...base, kind: 'payment', paymentRef: item.pspReference, merchantRef: item.merchantReference ?? null, status: success ? 'SUCCEEDED' : 'FAILED', amount, currency, reason };
      case 'CANCELLATION':
      case 'OFFER_CLOSED':
        if (!success) return { ...base, kind: 'ignored' };
        return { ...base, kind: 'payment', paymentRef: item.originalReference ?? item.pspReference, merchantRef: item.merchantReference ?? null, status: 'CANCELLED', amount, currency, reason };
      case 'REFUND':
      case 'REFUND_FAILED':
      case 'PAYOUT_THIRDPARTY':
      case 'PAYOUT_DECLINE':
      case 'PAYOUT_EXPIRE': {
        const paid = success && (code === 'REFUND' || code === 'PAYOUT_THIRDPARTY');
        return { ...base, kind: 'payout', payoutRef: item.pspReference, merchantRef: item.merchantReference ?? null, status: paid ? 'PAID' : 'FAILED', amount, currency, reason };
      }
      default: {
        const status = disputeStatus(code);
        if (!status) return { ...base, kind: 'ignored' };
        const paymentRef = item.originalReference ?? item.pspReference;
        const due = item.additionalData?.defensePeriodEndsAt;
        return { ...base, kind: 'dispute', disputeRef: paymentRef, paymentRef, status, amount, currency, reason, dueBy: due ? new Date(due) : null };
      }
    }
  }

  return {
    code: config.code,
    webhookAck: { status: 200, contentType: 'text/plain', body: '[accepted]' },

    async createDeposit(request) {
      const session = await checkout.PaymentsApi.sessions(
        {
          merchantAccount,
          amount: { value: Number(request.amount), currency: request.currency },
          reference: request.paymentId,
          returnUrl: request.returnUrl ?? 'https://example.invalid/return',
          shopperReference: request.playerId,
        },
        { idempotencyKey: `deposit-${request.paymentId}` },
      );
      return { paymentRef: null, sessionRef: session.id, clientData: { sessionId: session.id, sessionData: session.sessionData ?? '' } };
    },

    async createPayout(request) {
      if (!request.sourcePaymentRef) throw new PayoutRouteUnavailableError(config.code);
      const refund = await checkout.ModificationsApi.refundCapturedPayment(
        request.sourcePaymentRef,
        { merchantAccount, amount: { value: Number(request.amount), currency: request.currency }, reference: request.withdrawalId },
        { idempotencyKey: `payout-${request.withdrawalId}` },
      );
      return { payoutRef: refund.pspReference, route: 'REFUND' };
    },

    verifyWebhook(body) {
      let parsed: { notificationItems?: { NotificationRequestItem?: NotificationItem }[] };
      try {
        parsed = JSON.parse(body.toString('utf8')) as typeof parsed;
      } catch {
        throw new WebhookRejectedError('body is not JSON');
      }
      const items = (parsed.notificationItems ?? []).map((i) => i.NotificationRequestItem).filter((i): i is NotificationItem => !!i);
      if (items.length === 0) throw new WebhookRejectedError('no notification items');
      for (const item of items) {
        let valid = false;
        try {
          valid = !!item.additionalData?.hmacSignature && validator.validateHMAC(item, config.credentials.webhookSecret);
        } catch {
          valid = false;
        }
        if (!valid) throw new WebhookRejectedError('HMAC signature mismatch');
        if (merchantAccount && item.merchantAccountCode !== merchantAccount) throw new WebhookRejectedError('unknown merchant account');
      }
      return items.map(normalise);
    },

    /**
     * Adyen's Checkout API has no status by merchant reference; a session's result needs the
     * sessionResult the frontend got. Without it the status is UNKNOWN: reconciliation
     * reports the payment as stale pending, and the notification (which Adyen retries) decides.
     */
    async fetchPaymentStatus() {
      return { status: 'UNKNOWN', amount: null };
    },
  };
};
