import adyen from '@adyen/api-library';
import type { Types } from '@adyen/api-library';
import { z } from 'zod';
import { currencyCode, decimalStringAmount, providerWord, freeText, isoDateTime, jsonIntegerAmount, malformedReason, meaningProblem, providerId } from '../payments.event-fields.js';
import {
  DEFAULT_PROVIDER_TIMEOUT_MS,
  PayoutRouteUnavailableError,
  WebhookRejectedError,
  type DisputeStatus,
  type GatewayConfig,
  type PaymentGateway,
  type ProviderEvent,
  type VerifiedItem,
} from '../payments.gateway.js';

type NotificationItem = Types.notification.NotificationRequestItem;
type ClientInterface = NonNullable<ConstructorParameters<typeof adyen.Client>[1]>;
type RequestOptions = Parameters<ClientInterface['request']>[4];

/**
 * The SDK's HTTP client, swapped for one on fetch (the SDK supports a custom client) so the
 * endpoint can be a sandbox or a local fake: Adyen's test hosts are rewritten to `endpoint`.
 */
class EndpointClient implements ClientInterface {
  constructor(
    private readonly endpoint: string | null,
    private readonly timeoutMs: number,
  ) {}

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
      signal: AbortSignal.timeout(this.timeoutMs),
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

/**
 * Adyen's NotificationRequestItem (docs.adyen.com, standard webhook; the SDK's
 * Types.notification.NotificationRequestItem), checked once here after its HMAC. Fields we do not
 * read pass through unchecked; those we read must have the documented type. `amount.value` is in
 * minor units: a JSON integer (exact up to 2^53 − 1) or a decimal string up to 2^63 − 1.
 */
const notificationItem = z.object({
  eventCode: providerWord,
  success: z.union([z.enum(['true', 'false']), z.boolean()]).transform((v) => v === true || v === 'true'),
  pspReference: providerId,
  originalReference: providerId.nullish(),
  merchantReference: providerId.nullish(),
  amount: z.object({ value: z.union([jsonIntegerAmount, decimalStringAmount]), currency: currencyCode }).nullish(),
  reason: freeText.nullish(),
  paymentMethod: freeText.nullish(),
  additionalData: z
    .object({
      defensePeriodEndsAt: isoDateTime.nullish(),
      // The card's identity, when the merchant account has these additional data turned on:
      // the scheme's Payment Account Reference (the same for every token of one card), else
      // the card's BIN, last four digits and expiry together.
      PaymentAccountReference: providerWord.nullish().catch(null),
      cardBin: providerWord.nullish().catch(null),
      cardSummary: providerWord.nullish().catch(null),
      expiryDate: providerWord.nullish().catch(null),
    })
    .nullish(),
});
type CheckedItem = z.output<typeof notificationItem>;

/**
 * The payment instrument's fingerprint from the item's additional data (docs/risk.md
 * "Multi-accounting"): `adyen:par:<PAR>`, else `adyen:card:<BIN>:<last four>:<expiry>`, else
 * null. Adyen's HMAC does not cover additionalData; the INSTRUMENT signal is evidence for
 * RISK, never a reason to move money.
 */
function instrumentOf(item: CheckedItem): string | null {
  const data = item.additionalData;
  if (data?.PaymentAccountReference) return `adyen:par:${data.PaymentAccountReference}`;
  if (data?.cardBin && data.cardSummary && data.expiryDate) return `adyen:card:${data.cardBin}:${data.cardSummary}:${data.expiryDate}`;
  return null;
}

/** The item as a ProviderEvent; an event we act on must carry its amount. */
function normalise(item: CheckedItem): ProviderEvent | { malformed: string } {
  const code = item.eventCode;
  const success = item.success;
  const eventId = `${code}:${item.pspReference}:${success}`;
  const base = { eventId, type: code };
  const m = item.amount ? { amount: item.amount.value, currency: item.amount.currency } : null;
  const noAmount = { malformed: 'amount: required' };
  const reason = item.reason ?? null;
  switch (code) {
    case 'AUTHORISATION': {
      if (!m) return noAmount;
      return { ...base, kind: 'payment', paymentRef: item.pspReference, merchantRef: item.merchantReference ?? null, status: success ? 'SUCCEEDED' : 'FAILED', ...m, reason, instrumentFingerprint: success ? instrumentOf(item) : null };
    }
    case 'CANCELLATION':
    case 'OFFER_CLOSED': {
      if (!success) return { ...base, kind: 'ignored' };
      if (!m) return noAmount;
      return { ...base, kind: 'payment', paymentRef: item.originalReference ?? item.pspReference, merchantRef: item.merchantReference ?? null, status: 'CANCELLED', ...m, reason, instrumentFingerprint: null };
    }
    case 'REFUND':
    case 'REFUND_FAILED':
    case 'PAYOUT_THIRDPARTY':
    case 'PAYOUT_DECLINE':
    case 'PAYOUT_EXPIRE': {
      if (!m) return noAmount;
      const paid = success && (code === 'REFUND' || code === 'PAYOUT_THIRDPARTY');
      return { ...base, kind: 'payout', payoutRef: item.pspReference, merchantRef: item.merchantReference ?? null, status: paid ? 'PAID' : 'FAILED', ...m, reason };
    }
    default: {
      const status = disputeStatus(code);
      if (!status) return { ...base, kind: 'ignored' };
      if (!m) return noAmount;
      const paymentRef = item.originalReference ?? item.pspReference;
      return { ...base, kind: 'dispute', disputeRef: paymentRef, paymentRef, status, ...m, reason, dueBy: item.additionalData?.defensePeriodEndsAt ?? null };
    }
  }
}

/** One authentic item checked and normalised, or why its content is malformed. */
function verifiedItem(raw: NotificationItem): VerifiedItem {
  const parsed = notificationItem.safeParse(raw);
  if (!parsed.success) return { malformed: malformedReason(parsed.error) };
  const event = normalise(parsed.data);
  if ('malformed' in event) return event;
  const problem = meaningProblem(event);
  return problem ? { malformed: problem } : { event };
}

/** Adyen on its official SDK: Checkout sessions for deposits, refunds for closed-loop payouts, HMAC-signed notifications. */
export const createGateway = (config: GatewayConfig): PaymentGateway => {
  const client = new adyen.Client({ apiKey: config.credentials.apiKey, environment: adyen.EnvironmentEnum.TEST }, new EndpointClient(config.endpoint, config.timeoutMs ?? DEFAULT_PROVIDER_TIMEOUT_MS));
  const checkout = new adyen.CheckoutAPI(client);
  const validator = new adyen.hmacValidator();
  const merchantAccount = config.credentials.merchantAccount ?? '';

  return {
    code: config.code,
    webhookAck: { status: 200, contentType: 'text/plain', body: '[accepted]' },
    // Adyen retries any non-2xx answer for 30 days (docs.adyen.com/development-resources/webhooks/troubleshoot)
    // and the same bytes stay malformed: the item is acknowledged, and recorded as refused.
    malformedAnswer: { status: 200, contentType: 'text/plain', body: '[accepted]' },

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
      return items.map(verifiedItem);
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
