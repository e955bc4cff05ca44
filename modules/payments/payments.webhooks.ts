import { reportPlayerSignal } from '../../src/player-signals.js';
import { AppError } from '../../src/errors.js';
import { systemContext, tenantTx, type Context, type Services, type TenantRef, type TenantTx } from '../../src/context.js';
import { isStorableText, storableText } from '../../src/graphql/text-input.js';
import { isUuid, newId } from '../../src/ids.js';
import { ResponsibleGamblingError, recordDepositInTx } from '../responsible-gambling/index.js';
import {
  AccountFrozenError,
  applyLegs,
  availableOf,
  captureHold,
  HoldNotOpenError,
  postTransferInTx,
  rebuildWalletError,
  requestHash,
  resolveAccount,
  reverseTransaction,
  setFrozen,
  type AccountRow,
} from '../wallet/index.js';
import { DISPUTE_LOST, emitPaymentEvent, type DisputeLostPayload } from './payments.events.js';
import { PROVIDER_CODE, WebhookRejectedError, type PaymentGateway, type ProviderEvent, type VerifiedItem, type WebhookAnswer } from './payments.gateway.js';
import { gatewayOf, providerRow, settingsOf, type ProviderRow } from './payments.providers.js';
import { cashOf, providerAccountOf, receivableOf, type DisputeRow, type PaymentRow, type WithdrawalRow } from './payments.service.js';
import { failWithdrawal } from './payments.withdrawals.js';

export interface WebhookRequest {
  tenantSlug: string;
  provider: string;
  body: Buffer;
  headers: Record<string, string | string[] | undefined>;
  ip: string;
}

const json = (status: number, body: unknown): WebhookAnswer => ({ status, contentType: 'application/json', body: JSON.stringify(body) });

/** What to do after the event's transaction commits (calls to other transactions or to the provider). */
type After = () => Promise<void>;

/**
 * One provider webhook, end to end: the tenant and provider from the path; the signature (and
 * Stripe's timestamp) verified over the raw body before anything is read or written; each
 * event recorded once (unique per provider event id) and applied in the same transaction.
 * A refused attempt is answered 4xx and logged (reason, address; never the secret nor the body).
 */
export async function handleWebhook(services: Services, request: WebhookRequest): Promise<WebhookAnswer> {
  // Path segments come from the URL as decoded: a NUL or a lone surrogate never reaches a query.
  const slug = request.tenantSlug.toLowerCase();
  if (slug.length > 100 || !isStorableText(slug)) return json(404, { error: 'UNKNOWN_TENANT' });
  const tenant = await services.tenants.bySlug(services, slug);
  if (!tenant || tenant.status !== 'ACTIVE') return json(404, { error: 'UNKNOWN_TENANT' });
  const ctx = systemContext(services, tenant);
  const provider = PROVIDER_CODE.test(request.provider) ? await tenantTx(ctx, (tx) => providerRow(tx, request.provider)) : null;
  if (!provider) {
    await refuse(ctx, request, 'unknown provider');
    return json(404, { error: 'UNKNOWN_PROVIDER' });
  }
  const gateway = await gatewayOf(ctx, provider);
  let items: VerifiedItem[];
  try {
    items = gateway.verifyWebhook(request.body, request.headers);
  } catch (error) {
    const reason = error instanceof WebhookRejectedError ? error.reason : 'unreadable';
    await refuse(ctx, request, reason);
    return json(401, { error: 'INVALID_SIGNATURE' });
  }
  // Authentic, but content that failed the adapter's checks: refused (one line each), never applied.
  let malformed = false;
  for (const item of items) {
    if ('malformed' in item) {
      malformed = true;
      await refuse(ctx, request, `malformed event: ${item.malformed}`);
    } else {
      await applyEvent(ctx, tenant, provider, gateway, item.event, request.ip);
    }
  }
  return malformed ? gateway.malformedAnswer : gateway.webhookAck;
}

async function refuse(ctx: Context, request: WebhookRequest, reason: string): Promise<void> {
  const provider = storableText(request.provider.slice(0, 40));
  ctx.services.logger.warn({ tenant: request.tenantSlug, provider, reason, ip: request.ip }, 'payment webhook refused');
  await tenantTx(ctx, (tx) =>
    tx.em.execute(
      `insert into payment_webhook (id, tenant_id, provider, accepted, outcome, remote_ip) values (?, ?, ?, false, ?, ?)`,
      [newId(), tx.tenantId, provider, `REFUSED: ${reason}`, request.ip],
    ),
  );
}

/** Records the event; null when it is already recorded (a duplicate delivery). */
async function record(tx: TenantTx, provider: string, event: ProviderEvent, ip: string): Promise<string | null> {
  const facts =
    event.kind === 'payment'
      ? { ref: event.paymentRef, merchant: event.merchantRef, status: event.status, amount: event.amount.toString(), currency: event.currency || null }
      : event.kind === 'payout'
        ? { ref: event.payoutRef, merchant: event.merchantRef, status: event.status, amount: event.amount.toString(), currency: event.currency || null }
        : event.kind === 'dispute'
          ? { ref: event.paymentRef, merchant: null, status: event.status, amount: event.amount.toString(), currency: event.currency || null }
          : { ref: null, merchant: null, status: null, amount: null, currency: null };
  const [row] = await tx.em.execute<{ id: string }[]>(
    `insert into payment_webhook (id, tenant_id, provider, accepted, event_id, event_type, kind, payment_ref, merchant_ref, status, amount, currency, outcome, remote_ip)
     values (?, ?, ?, true, ?, ?, ?, ?, ?, ?, ?, ?, 'RECEIVED', ?)
     on conflict (tenant_id, provider, event_id) where accepted do nothing returning id`,
    [newId(), tx.tenantId, provider, event.eventId, event.type, event.kind, facts.ref, facts.merchant, facts.status, facts.amount, facts.currency, ip],
  );
  return row?.id ?? null;
}

async function outcome(tx: TenantTx, webhookId: string, value: string): Promise<void> {
  await tx.em.execute(`update payment_webhook set outcome = ? where tenant_id = ? and id = ?`, [value, tx.tenantId, webhookId]);
}

/**
 * Applies one verified event. A business refusal (a typed error: a frozen or short account, a
 * limit) is not the provider's fault and retrying will not change it: it is recorded as the
 * event's outcome (`REFUSED: <code>`), logged, and answered 2xx like any handled event; only
 * an unexpected failure answers 5xx so that the provider retries.
 */
async function applyEvent(ctx: Context, tenant: TenantRef, provider: ProviderRow, gateway: PaymentGateway, event: ProviderEvent, ip: string): Promise<void> {
  const after: After[] = [];
  try {
    if (event.kind === 'payout') return await applyPayout(ctx, provider, event, ip);
    await tenantTx(ctx, async (tx) => {
      const webhookId = await record(tx, provider.code, event, ip);
      if (!webhookId) return;
      let result = 'IGNORED';
      if (event.kind === 'payment') result = await applyPayment(ctx, tx, tenant, provider, gateway, event, after);
      else if (event.kind === 'dispute') result = await applyDispute(ctx, tx, tenant, provider, event, after);
      await outcome(tx, webhookId, result);
    });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    // Expected (a typed refusal), so not an error: the operator reads it in the webhook log.
    ctx.services.logger.warn({ code: error.code, provider: provider.code, event: event.eventId, type: event.type }, 'payment webhook event refused by a business rule');
    await tenantTx(ctx, async (tx) => {
      const webhookId = await record(tx, provider.code, event, ip);
      if (webhookId) await outcome(tx, webhookId, `REFUSED: ${error.code}`);
    });
    return;
  }
  for (const step of after) await step();
}

async function paymentFor(tx: TenantTx, provider: string, paymentRef: string | null, merchantRef: string | null): Promise<PaymentRow | null> {
  if (merchantRef && isUuid(merchantRef)) {
    const [row] = await tx.em.execute<PaymentRow[]>(`select * from payment where tenant_id = ? and id = ? and provider = ? for update`, [tx.tenantId, merchantRef, provider]);
    if (row) return row;
  }
  if (!paymentRef) return null;
  const [row] = await tx.em.execute<PaymentRow[]>(`select * from payment where tenant_id = ? and provider = ? and provider_ref = ? for update`, [tx.tenantId, provider, paymentRef]);
  return row ?? null;
}

// ---------------------------------------------------------------- deposits

/** The card or account a confirmed deposit was paid with, as a DEPOSIT sighting (src/player-signals.ts); no address or device: a provider sent it. */
async function reportInstrument(ctx: Context, tx: TenantTx, playerId: string, instrumentFingerprint: string | null): Promise<void> {
  if (!instrumentFingerprint) return;
  await reportPlayerSignal(ctx, tx, { playerId, source: 'DEPOSIT', ip: null, deviceFingerprint: null, instrumentFingerprint });
}

/**
 * A provider's verdict on a deposit. SUCCEEDED credits the player's cash from the provider's
 * account, once (the payment row is locked; the posting is idempotent on the payment), and
 * counts it against responsible-gambling limits in the same transaction. FAILED or CANCELLED
 * credit nothing; a verdict arriving after a success changes nothing.
 */
async function applyPayment(
  ctx: Context,
  tx: TenantTx,
  tenant: TenantRef,
  provider: ProviderRow,
  gateway: PaymentGateway,
  event: Extract<ProviderEvent, { kind: 'payment' }>,
  after: After[],
): Promise<string> {
  const payment = await paymentFor(tx, provider.code, event.paymentRef, event.merchantRef);
  if (!payment) return 'UNKNOWN_PAYMENT';
  if (payment.status === 'SUCCEEDED' && event.status === 'SUCCEEDED') {
    // A second confirmation of the same payment (Stripe's charge.succeeded beside
    // payment_intent.succeeded) may be the one that names the card.
    await reportInstrument(ctx, tx, payment.player_id, event.instrumentFingerprint);
    return 'ALREADY_FINAL';
  }
  if (payment.status === 'SUCCEEDED' || payment.status === 'REFUSED') return 'ALREADY_FINAL';
  if (event.status !== 'SUCCEEDED') {
    if (payment.status !== 'PENDING') return 'ALREADY_FINAL';
    await tx.em.execute(`update payment set status = ?, provider_ref = coalesce(provider_ref, ?), failure_reason = ?, updated_at = now() where tenant_id = ? and id = ?`, [
      event.status, event.paymentRef, event.reason, tx.tenantId, payment.id,
    ]);
    await tx.audit({ action: 'payments.deposit.fail', target: { type: 'Payment', id: payment.id }, diff: { status: { from: payment.status, to: event.status }, event: event.eventId } });
    await emitPaymentEvent(tx, { kind: 'DEPOSIT_FAILED', playerId: payment.player_id, subjectId: payment.id, status: event.status, amount: payment.amount, currency: payment.currency, provider: provider.code });
    return event.status;
  }
  if (event.currency !== payment.currency) return 'CURRENCY_MISMATCH';
  const amount = event.amount;
  await tx.em.execute('savepoint payment_credit');
  try {
    // A player frozen by a chargeback may still pay what they owe: the credit passes the freeze
    // and settles the receivable at once. Any other freeze refuses the deposit (refunded below).
    const settling = (await owed(tx, payment.player_id, payment.currency)) > 0n && (await frozenByChargeback(tx, payment.player_id, payment.currency));
    const posted = await creditDeposit(ctx, tx, tenant, payment, provider.code, amount, settling ? 'deposit settling a chargeback receivable' : undefined);
    await settleReceivable(ctx, tx, tenant, payment, amount, after);
    await tx.em.execute(
      `update payment set status = 'SUCCEEDED', provider_ref = coalesce(provider_ref, ?), confirmed_amount = ?, ledger_transaction_id = ?, confirmed_at = now(), updated_at = now() where tenant_id = ? and id = ?`,
      [event.paymentRef, amount.toString(), posted, tx.tenantId, payment.id],
    );
    await tx.audit({ action: 'payments.deposit.succeed', target: { type: 'Payment', id: payment.id }, diff: { status: { from: payment.status, to: 'SUCCEEDED' }, amount: amount.toString(), transaction: posted, event: event.eventId } });
    await emitPaymentEvent(tx, { kind: 'DEPOSIT_SUCCEEDED', playerId: payment.player_id, subjectId: payment.id, status: 'SUCCEEDED', amount: amount.toString(), currency: payment.currency, provider: provider.code });
    await reportInstrument(ctx, tx, payment.player_id, event.instrumentFingerprint);
    return 'CREDITED';
  } catch (error) {
    if (!(error instanceof ResponsibleGamblingError) && !(error instanceof AccountFrozenError)) throw error;
    // The limit filled up (or the player excluded themselves) since the deposit began, or staff
    // froze the account: nothing is credited, and the money goes back where it came from.
    await tx.em.execute('rollback to savepoint payment_credit');
    await tx.em.execute(`update payment set status = 'REFUSED', provider_ref = coalesce(provider_ref, ?), confirmed_amount = ?, failure_reason = ?, updated_at = now() where tenant_id = ? and id = ?`, [
      event.paymentRef, amount.toString(), error.code, tx.tenantId, payment.id,
    ]);
    await tx.audit({ action: 'payments.deposit.refuse', target: { type: 'Payment', id: payment.id }, diff: { status: { from: payment.status, to: 'REFUSED' }, reason: error.code, event: event.eventId } });
    await emitPaymentEvent(tx, { kind: 'DEPOSIT_REFUSED', playerId: payment.player_id, subjectId: payment.id, status: 'REFUSED', amount: amount.toString(), currency: payment.currency, provider: provider.code });
    after.push(async () => {
      await gateway
        .createPayout({ withdrawalId: payment.id, playerId: payment.player_id, amount, currency: payment.currency, sourcePaymentRef: event.paymentRef })
        .catch((e: unknown) => ctx.services.logger.error({ err: e, payment: payment.id }, 'refund of a refused deposit failed'));
    });
    return 'REFUSED_BY_RG';
  }
}

/** The ledger credit of a confirmed deposit (code DEPOSIT) and its responsible-gambling count, in `tx`. */
async function creditDeposit(ctx: Context, tx: TenantTx, tenant: TenantRef, payment: PaymentRow, provider: string, amount: bigint, frozenOverride?: string): Promise<string> {
  const transfer = { from: providerAccountOf(provider, payment.currency), to: cashOf(payment.player_id, payment.currency), amount: amount.toString() };
  const key = `payments:deposit:${payment.id}`;
  const answer = await postTransferInTx(tx, ctx.services.config.walletHouseStripes, tenant.currencies, {
    key,
    hash: requestHash('transfer', { key, transfer }),
    code: 'DEPOSIT',
    reference: payment.id,
    metadata: { provider, paymentRef: payment.provider_ref },
    createdBy: `PROVIDER:${provider}`,
    transactionId: newId(),
    entryIds: [newId(), newId()],
    transfers: [transfer],
    ...(frozenOverride ? { frozenOverride } : {}),
  });
  if ('conflict' in answer || 'invalid' in answer) throw new Error(`deposit posting of ${payment.id} refused: ${JSON.stringify(answer)}`);
  if (!answer.outcome.ok) throw rebuildWalletError(answer.outcome.code, answer.outcome.data);
  // A replay (the key already posted) is not counted again.
  if ('posting' in answer) await recordDepositInTx(tx, payment.player_id, payment.currency, amount);
  return answer.outcome.result.transactionId;
}

// ---------------------------------------------------------------- payouts

/**
 * The provider's verdict on a payout or refund we asked for. The wallet operation runs first
 * (idempotent on the withdrawal: a redelivery replays it), then the event is recorded with the
 * new status, so a crash between the two is healed by the provider's retry.
 */
async function applyPayout(ctx: Context, provider: ProviderRow, event: Extract<ProviderEvent, { kind: 'payout' }>, ip: string): Promise<void> {
  const withdrawal = await tenantTx(ctx, async (tx) => {
    if (event.merchantRef && isUuid(event.merchantRef)) {
      const [row] = await tx.em.execute<WithdrawalRow[]>(`select * from payment_withdrawal where tenant_id = ? and id = ? and provider = ?`, [tx.tenantId, event.merchantRef, provider.code]);
      if (row) return row;
    }
    const [row] = await tx.em.execute<WithdrawalRow[]>(`select * from payment_withdrawal where tenant_id = ? and provider = ? and provider_ref = ?`, [tx.tenantId, provider.code, event.payoutRef]);
    return row ?? null;
  });
  let result = 'UNKNOWN_WITHDRAWAL';
  if (withdrawal && event.status === 'PAID' && withdrawal.status === 'PROCESSING') {
    try {
      const { result: captured } = await captureHold(ctx, {
        idempotencyKey: `payments:capture:${withdrawal.id}`,
        holdId: withdrawal.hold_id,
        to: providerAccountOf(provider.code, withdrawal.currency),
        code: withdrawal.kind === 'REFUND' ? 'REFUND' : 'WITHDRAWAL',
        reference: withdrawal.id,
      }, undefined, { frozenOverride: 'paid out by the provider' });
      result = 'PAID';
      await tenantTx(ctx, async (tx) => {
        const [row] = await tx.em.execute<WithdrawalRow[]>(
          `update payment_withdrawal set status = 'PAID', ledger_transaction_id = ?, provider_ref = coalesce(provider_ref, ?), updated_at = now() where tenant_id = ? and id = ? and status = 'PROCESSING' returning *`,
          [captured.transactionId, event.payoutRef, tx.tenantId, withdrawal.id],
        );
        if (row) {
          await tx.audit({ action: 'payments.withdrawal.paid', target: { type: 'Withdrawal', id: withdrawal.id }, diff: { status: { from: 'PROCESSING', to: 'PAID' }, transaction: captured.transactionId, event: event.eventId } });
          await emitPaymentEvent(tx, { kind: 'WITHDRAWAL_PAID', playerId: withdrawal.player_id, subjectId: withdrawal.id, status: 'PAID', amount: withdrawal.amount, currency: withdrawal.currency, provider: provider.code });
        }
      });
    } catch (error) {
      if (!(error instanceof HoldNotOpenError)) throw error;
      result = 'CONFLICT_HOLD_CLOSED';
    }
  } else if (withdrawal && event.status === 'FAILED' && withdrawal.status === 'PROCESSING') {
    await failWithdrawal(ctx, withdrawal.id, event.reason ?? 'failed at the provider', event.eventId);
    result = 'FAILED';
  } else if (withdrawal && event.status === 'FAILED' && withdrawal.status === 'PAID' && withdrawal.ledger_transaction_id) {
    // Paid, then returned by the bank: the money goes back to the player's cash.
    await reverseTransaction(ctx, { idempotencyKey: `payments:returned:${withdrawal.id}`, transactionId: withdrawal.ledger_transaction_id, reason: `payout returned: ${event.reason ?? 'failed'}` });
    await tenantTx(ctx, async (tx) => {
      const [row] = await tx.em.execute<WithdrawalRow[]>(`update payment_withdrawal set status = 'FAILED', failure_reason = ?, updated_at = now() where tenant_id = ? and id = ? and status = 'PAID' returning *`, [event.reason ?? 'returned', tx.tenantId, withdrawal.id]);
      if (row) {
        await tx.audit({ action: 'payments.withdrawal.returned', target: { type: 'Withdrawal', id: withdrawal.id }, diff: { status: { from: 'PAID', to: 'FAILED' }, event: event.eventId } });
        await emitPaymentEvent(tx, { kind: 'WITHDRAWAL_FAILED', playerId: withdrawal.player_id, subjectId: withdrawal.id, status: 'FAILED', amount: withdrawal.amount, currency: withdrawal.currency, provider: provider.code });
      }
    });
    result = 'RETURNED';
  } else if (withdrawal) {
    result = 'ALREADY_FINAL';
  }
  await tenantTx(ctx, async (tx) => {
    const webhookId = await record(tx, provider.code, event, ip);
    if (webhookId) await outcome(tx, webhookId, result);
  });
}

// ---------------------------------------------------------------- disputes

const CLOSED: readonly string[] = ['WON', 'LOST'];

/**
 * A provider's dispute event drives the Dispute: opened, needs response, won, lost. Losing
 * claws the amount back from the player's available cash as far as it goes, the rest booked
 * to the player's receivable (never a negative cash balance), and emits DISPUTE_LOST; winning
 * after a loss reverses that clawback. Events for a closed dispute that would reopen it
 * (a late "created" after "closed") change nothing.
 */
async function applyDispute(ctx: Context, tx: TenantTx, tenant: TenantRef, provider: ProviderRow, event: Extract<ProviderEvent, { kind: 'dispute' }>, after: After[]): Promise<string> {
  const [payment] = await tx.em.execute<PaymentRow[]>(`select * from payment where tenant_id = ? and provider = ? and provider_ref = ?`, [tx.tenantId, provider.code, event.paymentRef]);
  if (!payment) return 'UNKNOWN_PAYMENT';
  const currency = event.currency || payment.currency;
  const amount = event.amount > 0n ? event.amount : BigInt(payment.confirmed_amount ?? payment.amount);
  const inserted = await tx.em.execute<DisputeRow[]>(
    `insert into payment_dispute (id, tenant_id, payment_id, player_id, provider, provider_ref, status, reason, currency, amount, due_by)
     values (?, ?, ?, ?, ?, ?, 'OPENED', ?, ?, ?, ?) on conflict (tenant_id, provider, provider_ref) do nothing returning *`,
    [newId(), tx.tenantId, payment.id, payment.player_id, provider.code, event.disputeRef, event.reason, currency, amount.toString(), event.dueBy],
  );
  const [dispute] = await tx.em.execute<DisputeRow[]>(`select * from payment_dispute where tenant_id = ? and provider = ? and provider_ref = ? for update`, [tx.tenantId, provider.code, event.disputeRef]);
  const d = dispute!;
  const opened = inserted.length > 0;
  // Announced after any posting below: ledger accounts are locked before the player's event
  // stream (docs/wallet.md, lock order).
  const announceOpened = async () => {
    if (!opened) return;
    await tx.audit({ action: 'payments.dispute.open', target: { type: 'Dispute', id: d.id }, diff: { payment: payment.id, amount: amount.toString(), reason: event.reason, event: event.eventId } });
    await emitPaymentEvent(tx, { kind: 'DISPUTE_OPENED', playerId: d.player_id, subjectId: d.id, status: 'OPENED', amount: d.amount, currency: d.currency, provider: provider.code });
  };
  const from = d.status;
  const to = event.status;
  if ((CLOSED.includes(from) && !CLOSED.includes(to)) || from === to) {
    await announceOpened();
    return from === to ? (opened ? 'OPENED' : 'UNCHANGED') : 'IGNORED_LATE';
  }
  let clawedCash = BigInt(d.clawed_cash);
  let clawedReceivable = BigInt(d.clawed_receivable);
  let clawbackTx = d.clawback_transaction_id;
  const stripes = ctx.services.config.walletHouseStripes;
  const account = async (selector: Parameters<typeof resolveAccount>[1]): Promise<AccountRow> => {
    const row = await resolveAccount(tx, selector, null, stripes, tenant.currencies);
    if ('currencyRequired' in row) throw new Error('unreachable: the currency is named');
    return row;
  };
  if (to === 'LOST' && from !== 'LOST') {
    const cash = await account(cashOf(d.player_id, d.currency));
    const providerAccount = await account(providerAccountOf(provider.code, d.currency));
    // A freeze stops the player's spending, not the platform's corrections: the clawback takes
    // the available cash of a frozen account too.
    const available = availableOf(cash);
    const owed = BigInt(d.amount);
    clawedCash = available <= 0n ? 0n : available < owed ? available : owed;
    clawedReceivable = owed - clawedCash;
    const legs = [{ account: providerAccount, amount: owed }];
    if (clawedCash > 0n) legs.push({ account: cash, amount: -clawedCash });
    if (clawedReceivable > 0n) legs.push({ account: await account(receivableOf(d.player_id, d.currency)), amount: -clawedReceivable });
    const posted = await applyLegs(tx, legs, {
      code: 'CHARGEBACK',
      reference: d.id,
      metadata: { payment: payment.id, clawedCash: clawedCash.toString(), receivable: clawedReceivable.toString(), event: event.eventId },
      idempotencyKey: `payments:clawback:${d.id}:${d.clawbacks + 1}`,
      reversesId: null,
      createdBy: `PROVIDER:${provider.code}`,
      frozenOverride: `chargeback lost (dispute ${d.id})`,
    });
    clawbackTx = posted.id;
    const lost: DisputeLostPayload = { disputeId: d.id, paymentId: payment.id, playerId: d.player_id, currency: d.currency, amount: d.amount, clawedCash: clawedCash.toString(), receivable: clawedReceivable.toString() };
    await tx.emit(`dispute:${d.id}`, DISPUTE_LOST, lost);
    const policy = (await settingsOf(tx)).chargebackFreeze;
    // Freeze only an account that is not frozen already, and remember it on the dispute: settling
    // the receivable lifts this freeze, never one that staff set for another reason.
    if (!cash.frozen && (policy === 'ALWAYS' || (policy === 'ON_RECEIVABLE' && clawedReceivable > 0n))) {
      after.push(async () => {
        await setFrozen(ctx, cash.id, true, `chargeback lost (dispute ${d.id})`);
        await tenantTx(ctx, (t) => t.em.execute(`update payment_dispute set froze_account_id = ? where tenant_id = ? and id = ?`, [cash.id, t.tenantId, d.id]));
      });
    }
  } else if (to === 'WON' && from === 'LOST' && clawbackTx) {
    // Won after all: the clawback is undone, leg for leg.
    const legs = [{ account: await account(providerAccountOf(provider.code, d.currency)), amount: -BigInt(d.amount) }];
    if (clawedCash > 0n) legs.push({ account: await account(cashOf(d.player_id, d.currency)), amount: clawedCash });
    if (clawedReceivable > 0n) legs.push({ account: await account(receivableOf(d.player_id, d.currency)), amount: clawedReceivable });
    await applyLegs(tx, legs, {
      code: 'CHARGEBACK_REVERSAL',
      reference: d.id,
      metadata: { payment: payment.id, event: event.eventId },
      idempotencyKey: `payments:clawback-reversal:${d.id}:${d.clawbacks}`,
      reversesId: clawbackTx,
      createdBy: `PROVIDER:${provider.code}`,
      frozenOverride: `chargeback reversed (dispute ${d.id})`,
    });
    clawedCash = 0n;
    clawedReceivable = 0n;
    clawbackTx = null;
    after.push(() => liftSettledFreezes(ctx, d.player_id, d.currency));
  }
  await announceOpened();
  const clawbacks = to === 'LOST' && from !== 'LOST' ? d.clawbacks + 1 : d.clawbacks;
  await tx.em.execute(
    `update payment_dispute set status = ?, reason = coalesce(?, reason), due_by = coalesce(?, due_by), clawed_cash = ?, clawed_receivable = ?, clawbacks = ?,
       clawback_transaction_id = ?, closed_at = case when ? then now() else null end, updated_at = now() where tenant_id = ? and id = ?`,
    [to, event.reason, event.dueBy, clawedCash.toString(), clawedReceivable.toString(), clawbacks, clawbackTx, CLOSED.includes(to), tx.tenantId, d.id],
  );
  await tx.audit({ action: 'payments.dispute.update', target: { type: 'Dispute', id: d.id }, diff: { status: { from, to }, clawedCash: clawedCash.toString(), receivable: clawedReceivable.toString(), event: event.eventId } });
  await emitPaymentEvent(tx, { kind: CLOSED.includes(to) ? 'DISPUTE_CLOSED' : 'DISPUTE_UPDATED', playerId: d.player_id, subjectId: d.id, status: to, amount: d.amount, currency: d.currency, provider: provider.code });
  return to;
}

// ---------------------------------------------------------------- receivables

/** What the player owes after chargebacks in `currency` (0 when nothing), read without opening an account. */
async function owed(tx: TenantTx, playerId: string, currency: string): Promise<bigint> {
  const [row] = await tx.em.execute<{ balance: string }[]>(
    `select balance::text from ledger_account where tenant_id = ? and owner_type = 'PROVIDER' and owner_id = ? and currency = ?`,
    [tx.tenantId, receivableOf(playerId, currency).ownerId, currency],
  );
  const balance = BigInt(row?.balance ?? '0');
  return balance < 0n ? -balance : 0n;
}

/** Whether the player's cash in `currency` is frozen by a chargeback of ours (a dispute recorded the freeze). */
async function frozenByChargeback(tx: TenantTx, playerId: string, currency: string): Promise<boolean> {
  const [row] = await tx.em.execute(`select 1 from payment_dispute where tenant_id = ? and player_id = ? and currency = ? and froze_account_id is not null limit 1`, [tx.tenantId, playerId, currency]);
  return !!row;
}

/**
 * Once the player owes nothing more in `currency`, lifts the freezes that chargebacks set (those
 * recorded on disputes), and only those: an account frozen by staff for another reason, or
 * frozen before the chargeback, stays frozen.
 */
async function liftSettledFreezes(ctx: Context, playerId: string, currency: string): Promise<void> {
  const accounts = await tenantTx(ctx, async (tx) => {
    if ((await owed(tx, playerId, currency)) > 0n) return [];
    return tx.em.execute<{ froze_account_id: string; ids: string[] }[]>(
      `select froze_account_id, array_agg(id) as ids from payment_dispute where tenant_id = ? and player_id = ? and currency = ? and froze_account_id is not null group by froze_account_id`,
      [tx.tenantId, playerId, currency],
    );
  });
  for (const account of accounts) {
    await setFrozen(ctx, account.froze_account_id, false, 'chargeback receivable settled');
    await tenantTx(ctx, (tx) =>
      tx.em.execute(`update payment_dispute set froze_account_id = null where tenant_id = ? and froze_account_id = ? and id = any(?::uuid[])`, [tx.tenantId, account.froze_account_id, `{${account.ids.join(',')}}`]),
    );
  }
}

/**
 * A confirmed deposit of a player who owes a chargeback receivable settles it first: as much of
 * the credit as is owed moves from their cash to the receivable (RECEIVABLE_SETTLEMENT), on a
 * frozen account too. Runs in the deposit's transaction; the freeze is lifted after it commits
 * when nothing is owed any more.
 */
async function settleReceivable(ctx: Context, tx: TenantTx, tenant: TenantRef, payment: PaymentRow, credited: bigint, after: After[]): Promise<bigint> {
  const debt = await owed(tx, payment.player_id, payment.currency);
  if (debt === 0n) return 0n;
  const amount = debt < credited ? debt : credited;
  const stripes = ctx.services.config.walletHouseStripes;
  const account = async (selector: Parameters<typeof resolveAccount>[1]): Promise<AccountRow> => {
    const row = await resolveAccount(tx, selector, null, stripes, tenant.currencies);
    if ('currencyRequired' in row) throw new Error('unreachable: the currency is named');
    return row;
  };
  await applyLegs(tx, [{ account: await account(cashOf(payment.player_id, payment.currency)), amount: -amount }, { account: await account(receivableOf(payment.player_id, payment.currency)), amount }], {
    code: 'RECEIVABLE_SETTLEMENT',
    reference: payment.id,
    metadata: { payment: payment.id, owed: debt.toString() },
    idempotencyKey: `payments:settlement:${payment.id}`,
    reversesId: null,
    createdBy: `PROVIDER:${payment.provider}`,
    frozenOverride: 'chargeback receivable settlement',
  });
  after.push(() => liftSettledFreezes(ctx, payment.player_id, payment.currency));
  return amount;
}
