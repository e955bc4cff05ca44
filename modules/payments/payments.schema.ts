import { builder } from '../../src/builder.js';
import { requireTenant, tenantTx, type Context } from '../../src/context.js';
import { TenantNotFoundError, TenantRequiredError, ValidationError, InvalidIdError } from '../../src/errors.js';
import { errorType } from '../../src/graphql/errors.js';
import { connectionOf } from '../../src/graphql/connections.js';
import { localIdOf, optionalLocalIdOf } from '../../src/graphql/ids.js';
import { loadById } from '../../src/graphql/loaders.js';
import { money, MoneyType } from '../../src/graphql/money.js';
import { holds } from '../../src/auth/principal.js';
import { eventChannel, type PublishedEvent } from '../../src/events/outbox.js';
import { loadPlayer, loadStaffUser, PlayerType, StaffUserType } from '../identity/index.js';
import { DEPOSIT_REFUSALS } from '../responsible-gambling/index.js';
import {
  AccountFrozenError,
  BalanceOverflowError,
  IdempotencyConflictError,
  InsufficientFundsError,
  LedgerAccountType,
  LedgerTransactionType,
  loadLedgerAccount,
  transactionById,
} from '../wallet/index.js';
import {
  DisputeClosedError,
  DisputeNotFoundError,
  PaymentAmountOutOfBoundsError,
  PaymentCurrencyUnsupportedError,
  PaymentNotFoundError,
  PaymentProviderFailedError,
  PaymentProviderUnsupportedError,
  RefundExceedsPaymentError,
  WithdrawalAlreadyApprovedError,
  WithdrawalCompleterApprovedError,
  WithdrawalExceedsAvailableError,
  WithdrawalNotFoundError,
  WithdrawalNoRouteError,
  WithdrawalNotParkedError,
  WithdrawalNotPendingError,
  WithdrawalProviderNotFundingError,
  WithdrawalSelfApprovalError,
} from './payments.errors.js';
import { PAYMENT_EVENT, type PaymentEventPayload } from './payments.events.js';
import * as providers from './payments.providers.js';
import * as payments from './payments.service.js';
import * as withdrawals from './payments.withdrawals.js';
import { reconcile, type Mismatch } from './payments.reconciliation.js';
import { WithdrawalNeedsConfirmationError, type WithdrawalForfeit } from '../../src/withdrawal-guards.js';
import { VerificationRequiredError } from '../../src/player-gates.js';

errorType(PaymentProviderUnsupportedError, 'PaymentProviderUnsupportedError', {
  code: 'PAYMENT_PROVIDER_UNSUPPORTED',
  description: 'The provider named is not configured and enabled for the tenant (or its adapter is not available here). Pick one from `depositOptions`.',
});
errorType(PaymentCurrencyUnsupportedError, 'PaymentCurrencyUnsupportedError', {
  code: 'PAYMENT_CURRENCY_UNSUPPORTED',
  description: 'The provider does not take this currency for the tenant. `depositOptions` lists the currencies of each provider.',
});
errorType(PaymentAmountOutOfBoundsError, 'PaymentAmountOutOfBoundsError', {
  code: 'PAYMENT_AMOUNT_OUT_OF_BOUNDS',
  description: 'The amount is below the provider\'s minimum or above its maximum (`depositOptions` gives both); nothing was started.',
});
errorType(PaymentNotFoundError, 'PaymentNotFoundError', {
  code: 'PAYMENT_NOT_FOUND',
  description: 'No payment of the tenant has this id; nothing was written. Take the id from `payments` or `payment(id:)`.',
});
errorType(PaymentProviderFailedError, 'PaymentProviderFailedError', {
  code: 'PAYMENT_PROVIDER_FAILED',
  description: 'The provider could not be reached or refused to start the payment; nothing was recorded. Try again later, or with another provider.',
});
errorType(RefundExceedsPaymentError, 'RefundExceedsPaymentError', {
  code: 'REFUND_EXCEEDS_PAYMENT',
  description: 'The refund is more than what is left to refund of the deposit (confirmed, minus refunded and pending refunds); nothing was held.',
});
errorType(WithdrawalExceedsAvailableError, 'WithdrawalExceedsAvailableError', {
  code: 'WITHDRAWAL_EXCEEDS_AVAILABLE',
  description: 'The amount is more than the player\'s withdrawable cash (bonus money and held amounts excluded); nothing was held. Ask for less.',
});
const WithdrawalForfeitType = builder.objectRef<WithdrawalForfeit & { currency: string }>('WithdrawalForfeit').implement({
  description: 'One thing a withdrawal would take away from the player, such as an active bonus and its balance.',
  fields: (t) => ({
    kind: t.exposeString('kind', { description: 'What it is: BONUS for a bonus grant still being wagered.' }),
    subjectRef: t.string({ description: 'Its global ID (a BonusGrant ID for BONUS), usable with `node(id:)`.', resolve: (f) => f.id }),
    amount: t.field({ type: MoneyType, description: 'What the player would lose.', resolve: (f) => money(f.amount, f.currency) }),
  }),
});
errorType(
  WithdrawalNeedsConfirmationError,
  'WithdrawalNeedsConfirmationError',
  {
    code: 'WITHDRAWAL_NEEDS_CONFIRMATION',
    description: 'The player has active bonuses in the currency that a withdrawal forfeits; nothing was held or forfeited. Show `forfeits` and `total` and ask again with `forfeitActiveBonuses: true` to confirm (the cash, their deposits, stays withdrawable).',
  },
  (t) => ({
    forfeits: t.field({
      type: [WithdrawalForfeitType],
      description: 'Each thing the withdrawal would forfeit.',
      resolve: (e: WithdrawalNeedsConfirmationError) => e.forfeits.map((f) => ({ ...f, currency: e.currency })),
    }),
    total: t.field({ type: MoneyType, description: 'Everything it would forfeit, together.', resolve: (e: WithdrawalNeedsConfirmationError) => money(e.total, e.currency) }),
  }),
);
errorType(WithdrawalNotFoundError, 'WithdrawalNotFoundError', {
  code: 'WITHDRAWAL_NOT_FOUND',
  description: 'No withdrawal of the tenant (for a player: of their own) has this id; nothing was changed.',
});
errorType(WithdrawalNotPendingError, 'WithdrawalNotPendingError', {
  code: 'WITHDRAWAL_NOT_PENDING',
  description: 'The withdrawal was already decided (approved, paid, rejected or cancelled); only a PENDING one can be. Reload it to see its status.',
});
errorType(WithdrawalSelfApprovalError, 'WithdrawalSelfApprovalError', {
  code: 'WITHDRAWAL_SELF_APPROVAL',
  description: 'Who requested a withdrawal or refund cannot approve it (maker-checker): another staff member must.',
});
errorType(WithdrawalAlreadyApprovedError, 'WithdrawalAlreadyApprovedError', {
  code: 'WITHDRAWAL_ALREADY_APPROVED',
  description: 'The caller already approved this withdrawal; a second approval must come from someone else.',
});
errorType(WithdrawalNotParkedError, 'WithdrawalNotParkedError', {
  code: 'WITHDRAWAL_NOT_PARKED',
  description: 'The withdrawal is not a MANUAL part waiting (PARKED) for FINANCE to pay it by hand; nothing was changed.',
});
errorType(WithdrawalCompleterApprovedError, 'WithdrawalCompleterApprovedError', {
  code: 'WITHDRAWAL_COMPLETER_APPROVED',
  description: 'Who requested or approved a MANUAL part cannot record it as paid (maker-checker): another FINANCE member must.',
});
errorType(WithdrawalNoRouteError, 'WithdrawalNoRouteError', {
  code: 'WITHDRAWAL_NO_ROUTE',
  description: 'The amount cannot all go back to the payment methods that funded the player (closed loop); nothing was held. `routable` is the most that can.',
}, (t) => ({
  routable: t.field({ type: 'MinorUnits', resolve: (e: WithdrawalNoRouteError) => e.routable, description: 'The most that can go back now to the payment methods that funded the player, in minor units of the requested currency.' }),
}));
errorType(WithdrawalProviderNotFundingError, 'WithdrawalProviderNotFundingError', {
  code: 'WITHDRAWAL_PROVIDER_NOT_FUNDING',
  description: 'The provider named never funded the player in this currency: money goes back only where it came from (closed loop); nothing was held. Leave `provider` out to use the funding one.',
});
errorType(DisputeNotFoundError, 'DisputeNotFoundError', {
  code: 'DISPUTE_NOT_FOUND',
  description: 'No dispute of the tenant has this id; nothing was changed.',
});
errorType(DisputeClosedError, 'DisputeClosedError', {
  code: 'DISPUTE_CLOSED',
  description: 'The dispute is closed (WON or LOST): it takes no more evidence.',
});

/** The errors of a staff mutation whose tenant comes from X-Tenant (platform staff): tenant staff always have one. */
const STAFF_TENANT_ERRORS = [TenantRequiredError, TenantNotFoundError] as const;

// ---------------------------------------------------------------- enums

/** A provider's adapter code as stored (lower case) for each enum value. */
const PaymentAdapter = builder.enumType('PaymentAdapter', {
  description: 'The payment service provider behind a provider configuration: which adapter talks to it. Also the provider segment of its webhook URL, in lower case.',
  values: {
    STRIPE: { value: 'stripe', description: 'Stripe (PaymentIntents and Refunds).' },
    ADYEN: { value: 'adyen', description: 'Adyen (Checkout sessions, refunds and payouts).' },
    SANDBOX: { value: 'sandbox', description: 'The built-in sandbox provider, development and test only: completes deposits and payouts by itself.' },
  } as const,
});

const ChargebackFreeze = builder.enumType('ChargebackFreezePolicy', {
  description: 'Whether a lost chargeback freezes the player\'s cash account.',
  values: {
    NEVER: { description: 'Never freeze.' },
    ON_RECEIVABLE: { description: 'Freeze when part of the chargeback could not be clawed back from the player\'s cash (they owe the rest).' },
    ALWAYS: { description: 'Freeze after every lost chargeback.' },
  } as const,
});

const PaymentStatus = builder.enumType('PaymentStatus', {
  description: 'Where a deposit stands.',
  values: {
    PENDING: { description: 'Started; waiting for the provider to confirm it.' },
    SUCCEEDED: { description: 'Confirmed by the provider; the amount was credited to the player\'s cash.' },
    FAILED: { description: 'The provider declined or failed it; nothing was credited.' },
    CANCELLED: { description: 'Cancelled or expired at the provider; nothing was credited.' },
    REFUSED: { description: 'Paid at the provider, but refused here (a responsible-gambling limit or a frozen account): not credited, sent back. `refusal` says why.' },
  } as const,
});

const DepositRefusalReason = builder.enumType('DepositRefusalReason', {
  description: 'Why a deposit the provider confirmed was not credited (status REFUSED).',
  values: {
    SELF_EXCLUDED: { value: 'SELF_EXCLUDED', description: 'The player excluded themselves since the deposit began.' },
    TIME_OUT: { value: 'TIME_OUT', description: 'The player took a time-out since the deposit began.' },
    DEPOSIT_LIMIT_REACHED: { value: 'DEPOSIT_LIMIT_REACHED', description: 'The deposit would have gone over the player\'s deposit limit.' },
    ACCOUNT_FROZEN: { value: 'ACCOUNT_FROZEN', description: 'The player\'s cash account is frozen.' },
  } as const,
});
const REFUSAL_CODES = new Set<string>(['SELF_EXCLUDED', 'TIME_OUT', 'DEPOSIT_LIMIT_REACHED', 'ACCOUNT_FROZEN']);

const WithdrawalStatus = builder.enumType('WithdrawalStatus', {
  description: 'Where a withdrawal or refund stands.',
  values: {
    PENDING: { description: 'Held, waiting for review.' },
    PROCESSING: { description: 'Approved; the provider was asked for the refund.' },
    PARKED: { description: 'A MANUAL part, approved: waiting for FINANCE to pay it by hand to the instrument it names.' },
    PAID: { description: 'Paid; the hold captured.' },
    FAILED: { description: 'The provider failed or returned it; the hold released.' },
    REJECTED: { description: 'Refused by staff; the hold released.' },
    CANCELLED: { description: 'Cancelled by the player; the hold released.' },
  } as const,
});
const WithdrawalKind = builder.enumType('WithdrawalKind', {
  description: 'Who asked for the money to go out.',
  values: {
    WITHDRAWAL: { description: 'The player asked to withdraw their cash.' },
    REFUND: { description: 'Staff refund a deposit, in whole or in part.' },
  } as const,
});
const WithdrawalRoute = builder.enumType('WithdrawalRoute', {
  description: 'How a withdrawal part is paid out.',
  values: {
    REFUND: { description: 'A refund of the deposit that funded the player, through its provider (closed loop).' },
    MANUAL: { description: 'What refunds cannot carry (winnings): paid by FINANCE by hand to the instrument of `instrumentPayment`.' },
    PAYOUT: { description: 'A payout through the provider: only on rows made before the closed-loop rule.' },
  } as const,
});

const DisputeStatus = builder.enumType('DisputeStatus', {
  description: 'Where a chargeback or dispute stands, as the provider reports it.',
  values: {
    OPENED: { description: 'Opened by the cardholder\'s bank; the amount was clawed back from the player.' },
    NEEDS_RESPONSE: { description: 'The provider waits for evidence until `dueBy`.' },
    WON: { description: 'Decided for the operator; what was clawed back was returned to the player.' },
    LOST: { description: 'Decided for the cardholder; the clawback stands.' },
  } as const,
});

const MismatchKind = builder.enumType('ReconciliationMismatchKind', {
  description: 'What disagrees between the provider and the ledger.',
  values: {
    MISSING_CREDIT: { description: 'The provider says the deposit succeeded, but the ledger has no credit for it.' },
    DOUBLE_CREDIT: { description: 'The ledger credited the deposit more than once.' },
    AMOUNT_MISMATCH: { description: 'The ledger credited another amount than the provider confirmed.' },
    STALE_PENDING: { description: 'The deposit is still PENDING after the tenant\'s stale-pending delay.' },
  } as const,
});

const PaymentEventKind = builder.enumType('PaymentEventKind', {
  description: 'What happened to a deposit, withdrawal or dispute.',
  values: {
    DEPOSIT_CREATED: { description: 'A deposit was started.' },
    DEPOSIT_SUCCEEDED: { description: 'A deposit was confirmed and credited.' },
    DEPOSIT_FAILED: { description: 'A deposit failed or was cancelled at the provider.' },
    DEPOSIT_REFUSED: { description: 'A confirmed deposit was refused here (responsible gambling, frozen account) and sent back.' },
    WITHDRAWAL_REQUESTED: { description: 'A withdrawal or refund was requested and held.' },
    WITHDRAWAL_APPROVED: { description: 'A withdrawal was approved and sent to the provider (or parked for FINANCE).' },
    WITHDRAWAL_PAID: { description: 'A withdrawal was paid.' },
    WITHDRAWAL_FAILED: { description: 'A withdrawal failed or was returned; its hold released.' },
    WITHDRAWAL_REJECTED: { description: 'Staff rejected a withdrawal; its hold released.' },
    WITHDRAWAL_CANCELLED: { description: 'The player cancelled a withdrawal; its hold released.' },
    DISPUTE_OPENED: { description: 'A chargeback or dispute was opened on a deposit.' },
    DISPUTE_UPDATED: { description: 'A dispute changed (it needs a response, its deadline moved).' },
    DISPUTE_CLOSED: { description: 'A dispute was won or lost.' },
  } as const,
});

// ---------------------------------------------------------------- references

const canReadPayments = (ctx: Context) => holds(ctx.principal, 'payments:read');
const isPlayer = (ctx: Context, playerId: string) => ctx.principal?.kind === 'player' && ctx.principal.playerId === playerId;

/** The staff user behind an actor label (`STAFF:<id>`); null for players, platform staff, API keys and the system. */
function staffOfActor(ctx: Context, actor: string | null): Promise<import('../identity/identity.entities.js').StaffUser | null> {
  const [kind, id] = actor?.split(':') ?? [];
  return kind === 'STAFF' ? loadStaffUser(ctx, id) : Promise.resolve(null);
}

async function requirePlayer(ctx: Context, id: string) {
  const player = await loadPlayer(ctx, id);
  if (!player) throw new Error(`player ${id} of a payment row not found`);
  return player;
}

function loadTransaction(ctx: Context, id: string | null) {
  // The wallet exports no batched loader for transactions yet: each id is read on its own, once per operation.
  return loadById(ctx, 'payments.ledgerTransaction', async (c, ids) => {
    const found = await Promise.all(ids.map((x) => transactionById(c, x)));
    return new Map(found.filter((x) => x !== null).map((x) => [x.id, x]));
  }, id);
}

// ---------------------------------------------------------------- types

export const PaymentProviderType = builder.objectRef<providers.ProviderView>('PaymentProvider');
builder.node(PaymentProviderType, {
  description: 'A payment provider of the tenant. Its credentials are never shown, only a fingerprint of them.',
  id: { resolve: (p) => p.id },
  loadMany: async (ids, ctx) => {
    const rows = holds(ctx.principal, 'payments:manage') && ctx.tenant ? await providers.listPaymentProviders(ctx) : [];
    return ids.map((id) => rows.find((p) => p.id === id) ?? null);
  },
  fields: (t) => ({
    adapter: t.field({ type: PaymentAdapter, description: 'The provider behind it (one configuration per adapter and tenant).', resolve: (p) => p.code as 'stripe' }),
    enabled: t.exposeBoolean('enabled', { description: 'Whether players may deposit and withdraw through it now.' }),
    currencies: t.field({ type: ['Currency'], description: 'The currencies it takes for the tenant.', resolve: (p) => p.currencies }),
    minAmount: t.expose('minAmount', { type: 'MinorUnits', description: 'The smallest deposit, in minor units of whichever of `currencies` is used.' }),
    maxAmount: t.expose('maxAmount', { type: 'MinorUnits', description: 'The largest deposit, in minor units of whichever of `currencies` is used.' }),
    keyFingerprint: t.exposeString('keyFingerprint', { description: 'A short digest of the stored API key, to tell which key is set without showing it.' }),
    endpoint: t.exposeString('endpoint', { nullable: true, description: 'API base URL override (a sandbox); null: the provider\'s own.' }),
    webhookPath: t.string({
      description: 'Where the provider must send its webhooks, relative to the API\'s origin.',
      resolve: (p, _args, ctx) => `/payments/${requireTenant(ctx).slug}/${p.code}/webhook`,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was first configured.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When it was last changed.' }),
  }),
});

const DepositOption = builder.objectRef<providers.ProviderView>('DepositOption').implement({
  description: 'A way to deposit: a provider, its currencies and amount bounds.',
  fields: (t) => ({
    provider: t.field({ type: PaymentAdapter, description: 'The provider to name in `createDeposit`.', resolve: (p) => p.code as 'stripe' }),
    currencies: t.field({ type: ['Currency'], description: 'The currencies it takes (each also one of the tenant\'s).', resolve: (p) => p.currencies }),
    minAmount: t.expose('minAmount', { type: 'MinorUnits', description: 'The smallest deposit, in minor units of the chosen currency.' }),
    maxAmount: t.expose('maxAmount', { type: 'MinorUnits', description: 'The largest deposit, in minor units of the chosen currency.' }),
  }),
});

const PaymentSettings = builder.objectRef<providers.Settings>('PaymentSettings').implement({
  description: 'The tenant\'s payment rules: dual approval, chargeback freezes, reconciliation.',
  fields: (t) => ({
    dualApprovalAbove: t.expose('dualApprovalAbove', { type: 'MinorUnits', nullable: true, description: 'Withdrawals above this amount (minor units) need two approvals; null: always one.' }),
    chargebackFreeze: t.field({ type: ChargebackFreeze, description: 'When a lost chargeback freezes the player\'s cash account.', resolve: (s) => s.chargebackFreeze }),
    stalePendingMinutes: t.exposeInt('stalePendingMinutes', { description: 'After how many minutes reconciliation reports a deposit still PENDING (STALE_PENDING).' }),
  }),
});

export const PaymentType = builder.objectRef<payments.PaymentRow>('Payment');
builder.node(PaymentType, {
  description: 'A deposit through a payment provider. Visible to staff with payments:read and to the player who made it.',
  id: { resolve: (p) => p.id },
  loadMany: async (ids, ctx) => {
    const rows = await payments.rowsByIds<payments.PaymentRow>(ctx, 'payment', ids);
    return ids.map((id) => {
      const row = rows.get(id);
      return row && (canReadPayments(ctx) || isPlayer(ctx, row.player_id)) ? row : null;
    });
  },
  fields: (t) => ({
    player: t.field({ type: PlayerType, description: 'The player who deposits.', resolve: (p, _args, ctx) => requirePlayer(ctx, p.player_id) }),
    provider: t.field({ type: PaymentAdapter, description: 'The provider the deposit goes through.', resolve: (p) => p.provider as 'stripe' }),
    amount: t.field({ type: MoneyType, description: 'The amount asked for.', resolve: (p) => money(p.amount, p.currency) }),
    status: t.field({ type: PaymentStatus, description: 'Where the deposit stands.', resolve: (p) => p.status }),
    providerRef: t.exposeString('provider_ref', { nullable: true, description: 'The provider\'s reference of the payment (Stripe PaymentIntent, Adyen PSP reference); null until it gives one.' }),
    confirmedAmount: t.field({ type: MoneyType, nullable: true, description: 'What the provider confirmed (may differ from `amount`); null until confirmed.', resolve: (p) => (p.confirmed_amount === null ? null : money(p.confirmed_amount, p.currency)) }),
    refundedAmount: t.field({ type: MoneyType, description: 'What was refunded of it so far (refunds paid or in progress).', resolve: (p) => money(p.refunded_amount, p.currency) }),
    ledgerTransaction: t.field({ type: LedgerTransactionType, nullable: true, description: 'The ledger transaction that credited the player; null unless SUCCEEDED.', resolve: (p, _args, ctx) => loadTransaction(ctx, p.ledger_transaction_id) }),
    refusal: t.field({
      type: DepositRefusalReason,
      nullable: true,
      description: 'Why a REFUSED deposit was not credited; null otherwise.',
      resolve: (p) => (p.status === 'REFUSED' && p.failure_reason && REFUSAL_CODES.has(p.failure_reason) ? (p.failure_reason as 'TIME_OUT') : null),
    }),
    failureReason: t.string({
      nullable: true,
      description: 'A FAILED or CANCELLED deposit: the provider\'s own words (its decline reason), as it gave them; null otherwise.',
      resolve: (p) => (p.status === 'REFUSED' ? null : p.failure_reason),
    }),
    createdAt: t.expose('created_at', { type: 'DateTime', description: 'When the deposit was started.' }),
    confirmedAt: t.expose('confirmed_at', { type: 'DateTime', nullable: true, description: 'When the provider confirmed it; null until then.' }),
  }),
});
const PaymentConnection = connectionOf(PaymentType, 'Payment', { totalCount: true });

const ApprovalType = builder.objectRef<{ by: string; at: string }>('WithdrawalApproval').implement({
  description: 'One approval of a withdrawal.',
  fields: (t) => ({
    approver: t.field({
      type: StaffUserType,
      nullable: true,
      description: 'The staff member who approved; null when it was platform staff or an API key, or when the caller may not read staff (staff:read).',
      resolve: (a, _args, ctx) => staffOfActor(ctx, a.by),
    }),
    at: t.field({ type: 'DateTime', description: 'When.', resolve: (a) => new Date(a.at) }),
  }),
});

export const WithdrawalType = builder.objectRef<payments.WithdrawalRow>('Withdrawal');
builder.node(WithdrawalType, {
  description: 'Money out: a player\'s withdrawal, or a staff refund of a deposit. Held on request, captured when paid. Visible to staff with payments:read and to its player.',
  id: { resolve: (w) => w.id },
  loadMany: async (ids, ctx) => {
    const rows = await payments.rowsByIds<payments.WithdrawalRow>(ctx, 'payment_withdrawal', ids);
    return ids.map((id) => {
      const row = rows.get(id);
      return row && (canReadPayments(ctx) || isPlayer(ctx, row.player_id)) ? row : null;
    });
  },
  fields: (t) => ({
    player: t.field({ type: PlayerType, description: 'The player whose cash goes out.', resolve: (w, _args, ctx) => requirePlayer(ctx, w.player_id) }),
    kind: t.field({ type: WithdrawalKind, description: 'A player\'s withdrawal or a staff refund.', resolve: (w) => w.kind }),
    amount: t.field({ type: MoneyType, description: 'The amount of this part.', resolve: (w) => money(w.amount, w.currency) }),
    status: t.field({ type: WithdrawalStatus, description: 'Where it stands.', resolve: (w) => w.status }),
    provider: t.field({ type: PaymentAdapter, nullable: true, description: 'The provider it is paid through; null for rows without one.', resolve: (w) => w.provider as 'stripe' | null }),
    route: t.field({
      type: WithdrawalRoute,
      nullable: true,
      description: 'How this part is paid out; null until a refund part is paid out.',
      resolve: (w) => w.route,
    }),
    sourcePayment: t.field({
      type: PaymentType,
      nullable: true,
      description: 'The deposit this part refunds (a REFUND route, a staff refund); null for MANUAL parts.',
      resolve: (w, _args, ctx) => payments.loadPayment(ctx, w.source_payment_id),
    }),
    instrumentPayment: t.field({
      type: PaymentType,
      nullable: true,
      description: 'A MANUAL part: the player\'s deposit whose payment instrument must receive the money (closed loop).',
      resolve: (w, _args, ctx) => payments.loadPayment(ctx, w.instrument_payment_id),
    }),
    instrumentRef: t.exposeString('instrument_ref', { nullable: true, description: 'A MANUAL part: that deposit\'s provider reference (Stripe PaymentIntent, Adyen PSP reference).' }),
    paidReference: t.exposeString('paid_reference', { nullable: true, description: 'A completed MANUAL part: FINANCE\'s reference of the payment made by hand.' }),
    paidBy: t.field({
      type: StaffUserType,
      nullable: true,
      description: 'A completed MANUAL part: the staff member who recorded its payment (null for platform staff or an API key).',
      resolve: (w, _args, ctx) => staffOfActor(ctx, w.paid_by),
    }),
    request: t.field({
      type: WithdrawalType,
      nullable: true,
      description: 'The first part of the request when the routing rule split it into parts; null for a request in one part.',
      resolve: (w, _args, ctx) => withdrawalsLoad(ctx, w.request_id),
    }),
    account: t.field({
      type: LedgerAccountType,
      description: 'The ledger account the amount is held on (the player\'s cash account in the currency).',
      resolve: async (w, _args, ctx) => {
        const accountId = await payments.loadHoldAccountId(ctx, w.hold_id);
        const account = await loadLedgerAccount(ctx, accountId);
        if (!account) throw new Error(`hold ${w.hold_id} of withdrawal ${w.id} has no account`);
        return account;
      },
    }),
    requiredApprovals: t.exposeInt('required_approvals', { description: 'How many approvals it needs (two above the tenant\'s dual-approval threshold).' }),
    approvals: t.field({ type: [ApprovalType], description: 'The approvals so far, oldest first.', resolve: (w) => w.approvals }),
    requestedBy: t.field({
      type: StaffUserType,
      nullable: true,
      description: 'A staff refund: who asked for it. Null for a player\'s withdrawal (see `player`).',
      resolve: (w, _args, ctx) => staffOfActor(ctx, w.requested_by),
    }),
    decidedBy: t.field({
      type: StaffUserType,
      nullable: true,
      description: 'Who rejected it (staff); null when undecided, cancelled by the player, or decided by platform staff or an API key.',
      resolve: (w, _args, ctx) => staffOfActor(ctx, w.decided_by),
    }),
    note: t.exposeString('note', { nullable: true, description: 'The reason of a refund, or the note of the decision.' }),
    failureReason: t.exposeString('failure_reason', { nullable: true, description: 'A FAILED part: why, in the provider\'s words or ours ("no payout route"); null otherwise.' }),
    ledgerTransaction: t.field({
      type: LedgerTransactionType,
      nullable: true,
      description: 'The ledger transaction that captured the hold; null until PAID.',
      resolve: (w, _args, ctx) => loadTransaction(ctx, w.ledger_transaction_id),
    }),
    createdAt: t.expose('created_at', { type: 'DateTime', description: 'When it was requested.' }),
    updatedAt: t.expose('updated_at', { type: 'DateTime', description: 'When it last changed.' }),
  }),
});
const WithdrawalConnection = connectionOf(WithdrawalType, 'Withdrawal', { totalCount: true });
const withdrawalsLoad = (ctx: Context, id: string | null) => payments.loadWithdrawal(ctx, id);

const EvidenceType = builder.objectRef<{ note: string; by: string; at: string }>('DisputeEvidence').implement({
  description: 'A note staff added to a dispute as evidence.',
  fields: (t) => ({
    note: t.exposeString('note', { description: 'The evidence, as written.' }),
    author: t.field({ type: StaffUserType, nullable: true, description: 'The staff member who added it (null for platform staff or an API key).', resolve: (e, _args, ctx) => staffOfActor(ctx, e.by) }),
    at: t.field({ type: 'DateTime', description: 'When it was added.', resolve: (e) => new Date(e.at) }),
  }),
});

export const DisputeType = builder.objectRef<payments.DisputeRow>('Dispute');
builder.node(DisputeType, {
  description: 'A chargeback or dispute of a deposit, driven by the provider\'s events. Visible to staff with payments:read.',
  id: { resolve: (d) => d.id },
  loadMany: async (ids, ctx) => {
    const rows = canReadPayments(ctx) ? await payments.rowsByIds<payments.DisputeRow>(ctx, 'payment_dispute', ids) : new Map<string, payments.DisputeRow>();
    return ids.map((id) => rows.get(id) ?? null);
  },
  fields: (t) => ({
    payment: t.field({
      type: PaymentType,
      description: 'The disputed deposit.',
      resolve: async (d, _args, ctx) => {
        const payment = await payments.loadPayment(ctx, d.payment_id);
        if (!payment) throw new Error(`payment ${d.payment_id} of dispute ${d.id} not found`);
        return payment;
      },
    }),
    player: t.field({ type: PlayerType, description: 'The player who made the deposit.', resolve: (d, _args, ctx) => requirePlayer(ctx, d.player_id) }),
    provider: t.field({ type: PaymentAdapter, description: 'The provider that reported it.', resolve: (d) => d.provider as 'stripe' }),
    providerRef: t.exposeString('provider_ref', { description: 'The provider\'s reference of the dispute.' }),
    status: t.field({ type: DisputeStatus, description: 'Where it stands.', resolve: (d) => d.status }),
    reason: t.exposeString('reason', { nullable: true, description: 'The reason the provider gives (its own words, e.g. "fraudulent").' }),
    amount: t.field({ type: MoneyType, description: 'The disputed amount.', resolve: (d) => money(d.amount, d.currency) }),
    dueBy: t.expose('due_by', { type: 'DateTime', nullable: true, description: 'The deadline to respond with evidence.' }),
    evidence: t.field({ type: [EvidenceType], description: 'The evidence notes, oldest first.', resolve: (d) => d.evidence }),
    clawedCash: t.field({ type: MoneyType, description: 'Taken back from the player\'s cash.', resolve: (d) => money(d.clawed_cash, d.currency) }),
    receivable: t.field({ type: MoneyType, description: 'What the player could not cover and owes.', resolve: (d) => money(d.clawed_receivable, d.currency) }),
    clawbackTransaction: t.field({
      type: LedgerTransactionType,
      nullable: true,
      description: 'The ledger transaction of the latest clawback (or its return); null before any.',
      resolve: (d, _args, ctx) => loadTransaction(ctx, d.clawback_transaction_id),
    }),
    createdAt: t.expose('created_at', { type: 'DateTime', description: 'When it was opened.' }),
    closedAt: t.expose('closed_at', { type: 'DateTime', nullable: true, description: 'When it was won or lost; null while open.' }),
  }),
});
const DisputeConnection = connectionOf(DisputeType, 'Dispute', { totalCount: true });

const MismatchType = builder.objectRef<Mismatch>('ReconciliationMismatch').implement({
  description: 'A deposit on which the provider and the ledger disagree.',
  fields: (t) => ({
    kind: t.field({ type: MismatchKind, description: 'What disagrees.', resolve: (m) => m.kind }),
    payment: t.field({
      type: PaymentType,
      nullable: true,
      description: 'The deposit (null only if it was deleted since).',
      resolve: (m, _args, ctx) => payments.loadPayment(ctx, m.paymentId),
    }),
    player: t.field({ type: PlayerType, description: 'The player of the deposit.', resolve: (m, _args, ctx) => requirePlayer(ctx, m.playerId) }),
    provider: t.field({ type: PaymentAdapter, description: 'The provider of the deposit.', resolve: (m) => m.provider as 'stripe' }),
    providerRef: t.exposeString('providerRef', { nullable: true, description: 'The provider\'s reference of the payment.' }),
    providerAmount: t.field({ type: MoneyType, nullable: true, description: 'What the provider confirmed; null when it confirmed nothing.', resolve: (m) => (m.providerAmount === null ? null : money(m.providerAmount, m.currency)) }),
    ledgerAmount: t.field({ type: MoneyType, description: 'What the ledger credited for it (all credits together).', resolve: (m) => money(m.ledgerAmount, m.currency) }),
    ledgerCredits: t.exposeInt('ledgerCredits', { description: 'How many ledger credits it has (one expected once SUCCEEDED).' }),
    detail: t.exposeString('detail', { description: 'A sentence for the operator, in English.' }),
  }),
});

type PaymentSubject = payments.PaymentRow | payments.WithdrawalRow | payments.DisputeRow;
const PaymentEventSubject = builder.unionType('PaymentEventSubject', {
  description: 'What a payment event is about: a deposit, a withdrawal or a dispute.',
  types: [PaymentType, WithdrawalType, DisputeType],
  resolveType: (subject: PaymentSubject) => ('hold_id' in subject ? WithdrawalType : 'clawbacks' in subject ? DisputeType : PaymentType),
});

const PaymentEvent = builder.objectRef<PublishedEvent<PaymentEventPayload>>('PaymentEvent').implement({
  description: 'A change of a deposit, withdrawal or dispute, as it happened.',
  fields: (t) => ({
    stream: t.exposeString('stream', { description: 'The player\'s payment stream: events of one stream carry consecutive `seq`.' }),
    seq: t.int({ description: 'Per-player sequence number: a gap means a missed event.', resolve: (e) => e.seq }),
    kind: t.field({ type: PaymentEventKind, description: 'What happened.', resolve: (e) => e.payload.kind }),
    player: t.field({ type: PlayerType, description: 'The player concerned.', resolve: (e, _args, ctx) => requirePlayer(ctx, e.payload.playerId) }),
    subject: t.field({
      type: PaymentEventSubject,
      nullable: true,
      description: 'The deposit, withdrawal or dispute, as it is now (null if the caller may not see it).',
      resolve: (e, _args, ctx): Promise<PaymentSubject | null> => {
        const id = e.payload.subjectId;
        const kind = e.payload.kind;
        if (kind.startsWith('DEPOSIT_')) return payments.loadPayment(ctx, id);
        if (kind.startsWith('WITHDRAWAL_')) return payments.loadWithdrawal(ctx, id);
        // Disputes are staff-only: a player's own stream says that one happened, not its details.
        return canReadPayments(ctx) ? payments.loadDispute(ctx, id) : Promise.resolve(null);
      },
    }),
    status: t.string({ description: 'The subject\'s status right after the event: a PaymentStatus, WithdrawalStatus or DisputeStatus value.', resolve: (e) => e.payload.status }),
    amount: t.field({ type: MoneyType, description: 'The amount of the subject.', resolve: (e) => money(e.payload.amount, e.payload.currency) }),
    provider: t.field({ type: PaymentAdapter, nullable: true, description: 'The provider concerned, if any.', resolve: (e) => e.payload.provider as 'stripe' | null }),
    occurredAt: t.field({ type: 'DateTime', description: 'When it happened.', resolve: (e) => e.occurredAt }),
  }),
});

// ---------------------------------------------------------------- Player detail

builder.objectFields(PlayerType, (t) => ({
  payments: t.connection(
    {
      type: PaymentType,
      description: 'The player\'s deposits, newest first. Staff with payments:read, or the player themself.',
      authScopes: (player, _args, ctx) => (isPlayer(ctx, player.id) ? true : { permission: 'payments:read' }),
      args: { status: t.arg({ type: PaymentStatus, description: 'Only deposits in this status.' }) },
      resolve: (player, args, ctx) => payments.listPayments(ctx, { ...args, playerId: player.id }),
    },
    PaymentConnection,
  ),
  withdrawals: t.connection(
    {
      type: WithdrawalType,
      description: 'The player\'s withdrawals and the refunds of their deposits, newest first. Staff with payments:read, or the player themself.',
      authScopes: (player, _args, ctx) => (isPlayer(ctx, player.id) ? true : { permission: 'payments:read' }),
      args: { status: t.arg({ type: WithdrawalStatus, description: 'Only withdrawals in this status.' }) },
      resolve: (player, args, ctx) => withdrawals.listWithdrawals(ctx, { ...args, playerId: player.id }),
    },
    WithdrawalConnection,
  ),
}));

// ---------------------------------------------------------------- inputs

const PaymentFilter = builder.inputType('PaymentFilter', {
  description: 'Which deposits to list; every field given must match.',
  fields: (t) => ({
    status: t.field({ type: PaymentStatus, description: 'Only deposits in this status.' }),
    playerId: t.id({ description: 'Only this player\'s deposits (a Player ID).' }),
  }),
});
const WithdrawalFilter = builder.inputType('WithdrawalFilter', {
  description: 'Which withdrawals to list; every field given must match.',
  fields: (t) => ({
    status: t.field({ type: WithdrawalStatus, description: 'Only withdrawals in this status (PENDING: the review queue).' }),
    kind: t.field({ type: WithdrawalKind, description: 'Only players\' withdrawals, or only staff refunds.' }),
    playerId: t.id({ description: 'Only this player\'s withdrawals (a Player ID).' }),
  }),
});
const DisputeFilter = builder.inputType('DisputeFilter', {
  description: 'Which disputes to list; every field given must match.',
  fields: (t) => ({
    status: t.field({ type: DisputeStatus, description: 'Only disputes in this status.' }),
    playerId: t.id({ description: 'Only this player\'s disputes (a Player ID).' }),
    paymentId: t.id({ description: 'Only the disputes of this deposit (a Payment ID).' }),
  }),
});

const SetPaymentProviderInput = builder.inputType('SetPaymentProviderInput', {
  description: 'A provider configuration, created or replaced as a whole (by adapter).',
  fields: (t) => ({
    adapter: t.field({ type: PaymentAdapter, required: true, description: 'The provider to configure.' }),
    enabled: t.boolean({ description: 'Whether players may use it now; default true.' }),
    currencies: t.field({ type: ['Currency'], required: true, description: 'The currencies it takes for the tenant (1 to 50).' }),
    minAmount: t.field({ type: 'MinorUnits', required: true, description: 'The smallest deposit, in minor units.' }),
    maxAmount: t.field({ type: 'MinorUnits', required: true, description: 'The largest deposit, in minor units.' }),
    apiKey: t.string({ required: true, description: 'Stripe secret key / Adyen API key. Write-only, stored encrypted.' }),
    webhookSecret: t.string({ required: true, description: 'Stripe webhook signing secret / Adyen HMAC key (hex). Write-only, stored encrypted.' }),
    merchantAccount: t.string({ description: 'Adyen merchant account.' }),
    endpoint: t.string({ description: 'API base URL override (a sandbox).' }),
  }),
});

const SetPaymentSettingsInput = builder.inputType('SetPaymentSettingsInput', {
  description: 'The tenant\'s payment rules, replaced as a whole.',
  fields: (t) => ({
    dualApprovalAbove: t.field({ type: 'MinorUnits', description: 'Withdrawals above this amount need two approvals; absent: always one.' }),
    chargebackFreeze: t.field({ type: ChargebackFreeze, required: true, description: 'When a lost chargeback freezes the player\'s cash account.' }),
    stalePendingMinutes: t.int({ description: 'After how many minutes a PENDING deposit is reported by reconciliation; default 60.' }),
  }),
});

const CreateDepositInput = builder.inputType('CreateDepositInput', {
  description: 'A deposit to start.',
  fields: (t) => ({
    provider: t.field({ type: PaymentAdapter, required: true, description: 'One of `depositOptions`.' }),
    currency: t.field({ type: 'Currency', required: true, description: 'A currency of the tenant the provider takes.' }),
    amount: t.field({ type: 'MinorUnits', required: true, description: 'The amount, in minor units, within the provider\'s bounds.' }),
    returnUrl: t.string({ description: 'Where the provider sends the player back after a redirect (Adyen, 3-D Secure).' }),
  }),
});

const RequestWithdrawalInput = builder.inputType('RequestWithdrawalInput', {
  description: 'A withdrawal of the signed-in player\'s cash.',
  fields: (t) => ({
    idempotencyKey: t.string({ required: true, description: 'Unique per player (8-128 printable characters): a replay answers the same withdrawal.' }),
    currency: t.field({ type: 'Currency', required: true, description: 'A currency of the tenant.' }),
    amount: t.field({ type: 'MinorUnits', required: true, description: 'The amount, in minor units.' }),
    provider: t.field({ type: PaymentAdapter, description: 'The provider to pay back through; default: that of the player\'s latest deposit in the currency.' }),
    forfeitActiveBonuses: t.boolean({
      description: 'The player confirms that the withdrawal forfeits their active bonuses in the currency (WithdrawalNeedsConfirmationError names them). Default false: refused while any is active.',
    }),
  }),
});

const CancelWithdrawalInput = builder.inputType('CancelWithdrawalInput', {
  description: 'A pending withdrawal of the signed-in player to cancel.',
  fields: (t) => ({ withdrawalId: t.id({ required: true, description: 'The Withdrawal ID.' }) }),
});
const ApproveWithdrawalInput = builder.inputType('ApproveWithdrawalInput', {
  description: 'An approval of a pending withdrawal.',
  fields: (t) => ({
    withdrawalId: t.id({ required: true, description: 'The Withdrawal ID.' }),
    note: t.string({ description: 'Why, for the record (at most 500 characters).' }),
  }),
});
const RejectWithdrawalInput = builder.inputType('RejectWithdrawalInput', {
  description: 'A refusal of a pending withdrawal.',
  fields: (t) => ({
    withdrawalId: t.id({ required: true, description: 'The Withdrawal ID.' }),
    note: t.string({ description: 'Why, for the record and the player (at most 500 characters).' }),
  }),
});
const CompleteManualWithdrawalInput = builder.inputType('CompleteManualWithdrawalInput', {
  description: 'FINANCE\'s record of a MANUAL part paid by hand.',
  fields: (t) => ({
    withdrawalId: t.id({ required: true, description: 'The parked MANUAL part (a Withdrawal ID).' }),
    paidReference: t.string({ required: true, description: 'FINANCE\'s reference of the payment made by hand to the instrument the part names (the bank transfer\'s, say).' }),
    idempotencyKey: t.string({ required: true, description: 'Unique per tenant: a replay answers the same completion.' }),
  }),
});
const RejectManualWithdrawalInput = builder.inputType('RejectManualWithdrawalInput', {
  description: 'FINANCE\'s refusal to pay a MANUAL part.',
  fields: (t) => ({
    withdrawalId: t.id({ required: true, description: 'The parked MANUAL part (a Withdrawal ID).' }),
    note: t.string({ description: 'Why it is not paid.' }),
  }),
});
const RefundDepositInput = builder.inputType('RefundDepositInput', {
  description: 'A staff refund of a deposit.',
  fields: (t) => ({
    idempotencyKey: t.string({ required: true, description: 'Unique per tenant (8-128 printable characters): a replay answers the same refund.' }),
    paymentId: t.id({ required: true, description: 'The deposit to refund (a Payment ID).' }),
    amount: t.field({ type: 'MinorUnits', required: true, description: 'How much, in minor units of the deposit\'s currency: at most what is left to refund.' }),
    reason: t.string({ required: true, description: 'Why (3-500 characters), for the record.' }),
  }),
});
const AddDisputeEvidenceInput = builder.inputType('AddDisputeEvidenceInput', {
  description: 'An evidence note for an open dispute.',
  fields: (t) => ({
    disputeId: t.id({ required: true, description: 'The Dispute ID.' }),
    note: t.string({ required: true, description: 'The evidence (3-2000 characters).' }),
  }),
});

// ---------------------------------------------------------------- payloads

const SetPaymentProviderPayload = builder.objectRef<{ provider: providers.ProviderView }>('SetPaymentProviderPayload').implement({
  description: 'The result of setPaymentProvider.',
  fields: (t) => ({ provider: t.field({ type: PaymentProviderType, description: 'The provider as set.', resolve: (p) => p.provider }) }),
});
const SetPaymentSettingsPayload = builder.objectRef<{ settings: providers.Settings }>('SetPaymentSettingsPayload').implement({
  description: 'The result of setPaymentSettings.',
  fields: (t) => ({ settings: t.field({ type: PaymentSettings, description: 'The settings as set.', resolve: (p) => p.settings }) }),
});
const CreateDepositPayload = builder.objectRef<{ payment: payments.PaymentRow; clientData: Record<string, string> }>('CreateDepositPayload').implement({
  description: 'A started deposit, with what the frontend needs to let the player pay.',
  fields: (t) => ({
    payment: t.field({ type: PaymentType, description: 'The deposit, PENDING until the provider confirms it.', resolve: (p) => p.payment }),
    clientSecret: t.string({ nullable: true, description: 'Stripe: the PaymentIntent\'s client secret for Stripe.js.', resolve: (p) => p.clientData.clientSecret ?? null }),
    sessionId: t.string({ nullable: true, description: 'Adyen: the Checkout session id.', resolve: (p) => p.clientData.sessionId ?? null }),
    sessionData: t.string({ nullable: true, description: 'Adyen: the Checkout session data for the Drop-in.', resolve: (p) => p.clientData.sessionData ?? null }),
  }),
});

type WithdrawalResult = { withdrawal: payments.WithdrawalRow; parts?: payments.WithdrawalRow[]; replay: boolean };
const RequestWithdrawalPayload = builder.objectRef<WithdrawalResult>('RequestWithdrawalPayload').implement({
  description: 'A requested withdrawal, held and queued for review, in one part or several.',
  fields: (t) => ({
    withdrawal: t.field({ type: WithdrawalType, description: 'The withdrawal (its first part when the routing rule split it).', resolve: (p) => p.withdrawal }),
    parts: t.field({
      type: [WithdrawalType],
      description: 'Every part of the request: one refund of a funding deposit each (closed loop), each reviewed and paid on its own.',
      resolve: (p) => p.parts ?? [p.withdrawal],
    }),
    replay: t.exposeBoolean('replay', { description: 'True when the idempotency key had been used: this is the original answer, nothing new was held.' }),
  }),
});
const RefundDepositPayload = builder.objectRef<WithdrawalResult>('RefundDepositPayload').implement({
  description: 'A requested refund, held and queued for review like a withdrawal.',
  fields: (t) => ({
    withdrawal: t.field({ type: WithdrawalType, description: 'The refund (a Withdrawal of kind REFUND).', resolve: (p) => p.withdrawal }),
    replay: t.exposeBoolean('replay', { description: 'True when the idempotency key had been used: this is the original answer, nothing new was held.' }),
  }),
});
const CompleteManualWithdrawalPayload = builder.objectRef<WithdrawalResult>('CompleteManualWithdrawalPayload').implement({
  description: 'A MANUAL part recorded as paid.',
  fields: (t) => ({
    withdrawal: t.field({ type: WithdrawalType, description: 'The part, PAID.', resolve: (p) => p.withdrawal }),
    replay: t.exposeBoolean('replay', { description: 'True when the idempotency key had been used: this is the original answer.' }),
  }),
});

function withdrawalPayload(name: string, description: string) {
  return builder.objectRef<{ withdrawal: payments.WithdrawalRow }>(name).implement({
    description,
    fields: (t) => ({ withdrawal: t.field({ type: WithdrawalType, description: 'The withdrawal as it is now.', resolve: (p) => p.withdrawal }) }),
  });
}
const CancelWithdrawalPayload = withdrawalPayload('CancelWithdrawalPayload', 'A withdrawal cancelled by its player; its hold released.');
const ApproveWithdrawalPayload = withdrawalPayload('ApproveWithdrawalPayload', 'A withdrawal with one more approval: still PENDING, or sent to the provider (PROCESSING), or parked for FINANCE (PARKED), or FAILED when no provider took it.');
const RejectWithdrawalPayload = withdrawalPayload('RejectWithdrawalPayload', 'A withdrawal rejected by staff; its hold released.');
const RejectManualWithdrawalPayload = withdrawalPayload('RejectManualWithdrawalPayload', 'A MANUAL part FINANCE refused to pay; its hold released.');
const AddDisputeEvidencePayload = builder.objectRef<{ dispute: payments.DisputeRow }>('AddDisputeEvidencePayload').implement({
  description: 'A dispute with one more evidence note.',
  fields: (t) => ({ dispute: t.field({ type: DisputeType, description: 'The dispute as it is now.', resolve: (p) => p.dispute }) }),
});

// ---------------------------------------------------------------- queries

builder.queryFields((t) => ({
  paymentProviders: t.field({
    type: [PaymentProviderType],
    description: 'The tenant\'s payment providers (never their credentials): at most one per adapter.',
    authScopes: { permission: 'payments:manage' },
    resolve: (_root, _args, ctx) => providers.listPaymentProviders(ctx),
  }),
  paymentSettings: t.field({
    type: PaymentSettings,
    description: 'The tenant\'s payment rules.',
    authScopes: { permission: 'payments:read' },
    resolve: (_root, _args, ctx) => tenantTx(ctx, (tx) => providers.settingsOf(tx)),
  }),
  depositOptions: t.field({
    type: [DepositOption],
    description: 'The enabled providers a player may deposit with (at most one per adapter).',
    authScopes: { player: true },
    resolve: async (_root, _args, ctx) => (await providers.listPaymentProviders(ctx)).filter((p) => p.enabled),
  }),
  myPayments: t.connection(
    {
      type: PaymentType,
      description: 'The signed-in player\'s deposits, newest first.',
      authScopes: { player: true },
      resolve: (_root, args, ctx) => payments.listPayments(ctx, { ...args, playerId: payments.playerOf(ctx) }),
    },
    PaymentConnection,
  ),
  myWithdrawals: t.connection(
    {
      type: WithdrawalType,
      description: 'The signed-in player\'s withdrawals (and refunds of their deposits), newest first.',
      authScopes: { player: true },
      resolve: (_root, args, ctx) => withdrawals.listWithdrawals(ctx, { ...args, playerId: payments.playerOf(ctx) }),
    },
    WithdrawalConnection,
  ),
  payments: t.connection(
    {
      type: PaymentType,
      description: 'The tenant\'s deposits, newest first.',
      authScopes: { permission: 'payments:read' },
      args: { filter: t.arg({ type: PaymentFilter, description: 'Which deposits; all when absent.' }) },
      resolve: (_root, { filter, ...page }, ctx) =>
        payments.listPayments(ctx, { ...page, status: filter?.status ?? null, playerId: optionalLocalIdOf(filter?.playerId, 'Player', ['filter', 'playerId']) ?? null }),
    },
    PaymentConnection,
  ),
  payment: t.field({
    type: PaymentType,
    nullable: true,
    description: 'The deposit with this ID, or null when there is none (or the caller may not see it).',
    authScopes: { permission: 'payments:read' },
    args: { id: t.arg.id({ required: true, description: 'A Payment ID.' }) },
    resolve: (_root, { id }, ctx) => payments.findPayment(ctx, localIdOf(String(id), 'Payment', ['id'])),
  }),
  withdrawals: t.connection(
    {
      type: WithdrawalType,
      description: 'The review queue (filter status PENDING) and history, newest first.',
      authScopes: { permission: 'payments:read' },
      args: { filter: t.arg({ type: WithdrawalFilter, description: 'Which withdrawals; all when absent.' }) },
      resolve: (_root, { filter, ...page }, ctx) =>
        withdrawals.listWithdrawals(ctx, {
          ...page,
          status: filter?.status ?? null,
          kind: filter?.kind ?? null,
          playerId: optionalLocalIdOf(filter?.playerId, 'Player', ['filter', 'playerId']) ?? null,
        }),
    },
    WithdrawalConnection,
  ),
  withdrawal: t.field({
    type: WithdrawalType,
    nullable: true,
    description: 'The withdrawal with this ID, or null when there is none (or the caller may not see it).',
    authScopes: { permission: 'payments:read' },
    args: { id: t.arg.id({ required: true, description: 'A Withdrawal ID.' }) },
    resolve: (_root, { id }, ctx) => payments.loadWithdrawal(ctx, localIdOf(String(id), 'Withdrawal', ['id'])),
  }),
  disputes: t.connection(
    {
      type: DisputeType,
      description: 'The tenant\'s chargebacks and disputes, newest first.',
      authScopes: { permission: 'payments:read' },
      args: { filter: t.arg({ type: DisputeFilter, description: 'Which disputes; all when absent.' }) },
      resolve: (_root, { filter, ...page }, ctx) =>
        payments.listDisputes(ctx, {
          ...page,
          status: filter?.status ?? null,
          playerId: optionalLocalIdOf(filter?.playerId, 'Player', ['filter', 'playerId']) ?? null,
          paymentId: optionalLocalIdOf(filter?.paymentId, 'Payment', ['filter', 'paymentId']) ?? null,
        }),
    },
    DisputeConnection,
  ),
  dispute: t.field({
    type: DisputeType,
    nullable: true,
    description: 'The dispute with this ID, or null when there is none.',
    authScopes: { permission: 'payments:read' },
    args: { id: t.arg.id({ required: true, description: 'A Dispute ID.' }) },
    resolve: (_root, { id }, ctx) => payments.loadDispute(ctx, localIdOf(String(id), 'Dispute', ['id'])),
  }),
  paymentReconciliation: t.field({
    type: [MismatchType],
    description: 'The provider\'s side against the ledger for one UTC day: every mismatch of the deposits started that day.',
    authScopes: { permission: 'payments:read' },
    args: { day: t.arg({ type: 'Date', required: true, description: 'The UTC day (YYYY-MM-DD).' }) },
    resolve: (_root, { day }, ctx) => reconcile(ctx, day),
  }),
}));

// ---------------------------------------------------------------- mutations

builder.mutationFields((t) => ({
  setPaymentProvider: t.field({
    type: SetPaymentProviderPayload,
    description: 'Creates or replaces (by adapter) a payment provider of the tenant.',
    authScopes: { permission: 'payments:manage' },
    errors: { types: [ValidationError, PaymentProviderUnsupportedError, ...STAFF_TENANT_ERRORS] },
    args: { input: t.arg({ type: SetPaymentProviderInput, required: true, description: 'The configuration.' }) },
    resolve: async (_root, { input: { adapter, ...input } }, ctx) => ({ provider: await providers.setPaymentProvider(ctx, { ...input, code: adapter }) }),
  }),
  setPaymentSettings: t.field({
    type: SetPaymentSettingsPayload,
    description: 'Replaces the tenant\'s payment rules.',
    authScopes: { permission: 'payments:manage' },
    errors: { types: [ValidationError, ...STAFF_TENANT_ERRORS] },
    args: { input: t.arg({ type: SetPaymentSettingsInput, required: true, description: 'The rules.' }) },
    resolve: async (_root, { input }, ctx) => ({ settings: await providers.setPaymentSettings(ctx, input) }),
  }),
  createDeposit: t.field({
    type: CreateDepositPayload,
    description: 'Starts a deposit with a provider; the money is credited when the provider confirms it (webhook).',
    authScopes: { player: true },
    errors: { types: [ValidationError, PaymentProviderUnsupportedError, PaymentCurrencyUnsupportedError, PaymentAmountOutOfBoundsError, PaymentProviderFailedError, VerificationRequiredError, ...DEPOSIT_REFUSALS] },
    args: { input: t.arg({ type: CreateDepositInput, required: true, description: 'The deposit.' }) },
    resolve: (_root, { input }, ctx) => payments.createDeposit(ctx, input),
  }),
  requestWithdrawal: t.field({
    type: RequestWithdrawalPayload,
    description: 'Holds the amount on the player\'s cash and queues the withdrawal for review, split into one part per funding deposit (closed loop).',
    authScopes: { player: true },
    errors: {
      types: [
        ValidationError, IdempotencyConflictError, WithdrawalNoRouteError, WithdrawalProviderNotFundingError, PaymentProviderUnsupportedError,
        PaymentCurrencyUnsupportedError, PaymentAmountOutOfBoundsError, WithdrawalExceedsAvailableError, AccountFrozenError,
        WithdrawalNeedsConfirmationError, VerificationRequiredError,
      ],
    },
    args: { input: t.arg({ type: RequestWithdrawalInput, required: true, description: 'The withdrawal.' }) },
    resolve: (_root, { input }, ctx) => withdrawals.requestWithdrawal(ctx, input),
  }),
  cancelWithdrawal: t.field({
    type: CancelWithdrawalPayload,
    description: 'The player cancels their own pending withdrawal; its hold is released.',
    authScopes: { player: true },
    errors: { types: [InvalidIdError, WithdrawalNotFoundError, WithdrawalNotPendingError] },
    args: { input: t.arg({ type: CancelWithdrawalInput, required: true, description: 'The withdrawal.' }) },
    resolve: async (_root, { input }, ctx) => ({ withdrawal: await withdrawals.cancelWithdrawal(ctx, localIdOf(String(input.withdrawalId), 'Withdrawal', ['input', 'withdrawalId'])) }),
  }),
  approveWithdrawal: t.field({
    type: ApproveWithdrawalPayload,
    description: 'An approval (never by the requester, once per approver); with enough approvals the withdrawal is paid out through its provider, or parked for FINANCE when MANUAL.',
    authScopes: { permission: 'payments:manage' },
    errors: { types: [InvalidIdError, ValidationError, WithdrawalNotFoundError, WithdrawalNotPendingError, WithdrawalSelfApprovalError, WithdrawalAlreadyApprovedError, ...STAFF_TENANT_ERRORS] },
    args: { input: t.arg({ type: ApproveWithdrawalInput, required: true, description: 'The approval.' }) },
    resolve: async (_root, { input }, ctx) => ({
      withdrawal: await withdrawals.approveWithdrawal(ctx, { withdrawalId: localIdOf(String(input.withdrawalId), 'Withdrawal', ['input', 'withdrawalId']), note: input.note }),
    }),
  }),
  rejectWithdrawal: t.field({
    type: RejectWithdrawalPayload,
    description: 'Staff refuse a pending withdrawal; its hold is released.',
    authScopes: { permission: 'payments:manage' },
    errors: { types: [InvalidIdError, ValidationError, WithdrawalNotFoundError, WithdrawalNotPendingError, ...STAFF_TENANT_ERRORS] },
    args: { input: t.arg({ type: RejectWithdrawalInput, required: true, description: 'The refusal.' }) },
    resolve: async (_root, { input }, ctx) => ({
      withdrawal: await withdrawals.rejectWithdrawal(ctx, { withdrawalId: localIdOf(String(input.withdrawalId), 'Withdrawal', ['input', 'withdrawalId']), note: input.note }),
    }),
  }),
  completeManualWithdrawal: t.field({
    type: CompleteManualWithdrawalPayload,
    description: 'FINANCE records a parked MANUAL part as paid by hand to the instrument it names: the hold is captured, the part PAID. Not by who approved it.',
    authScopes: { permission: 'payments:manage' },
    errors: {
      types: [
        InvalidIdError, ValidationError, WithdrawalNotFoundError, WithdrawalNotParkedError, WithdrawalCompleterApprovedError, IdempotencyConflictError,
        AccountFrozenError, BalanceOverflowError, ...STAFF_TENANT_ERRORS,
      ],
    },
    args: { input: t.arg({ type: CompleteManualWithdrawalInput, required: true, description: 'The completion.' }) },
    resolve: (_root, { input }, ctx) =>
      withdrawals.completeManualWithdrawal(ctx, { ...input, withdrawalId: localIdOf(String(input.withdrawalId), 'Withdrawal', ['input', 'withdrawalId']) }),
  }),
  rejectManualWithdrawal: t.field({
    type: RejectManualWithdrawalPayload,
    description: 'FINANCE refuses to pay a parked MANUAL part: REJECTED, its hold released.',
    authScopes: { permission: 'payments:manage' },
    errors: { types: [InvalidIdError, ValidationError, WithdrawalNotFoundError, WithdrawalNotParkedError, ...STAFF_TENANT_ERRORS] },
    args: { input: t.arg({ type: RejectManualWithdrawalInput, required: true, description: 'The refusal.' }) },
    resolve: async (_root, { input }, ctx) => ({
      withdrawal: await withdrawals.rejectManualWithdrawal(ctx, { withdrawalId: localIdOf(String(input.withdrawalId), 'Withdrawal', ['input', 'withdrawalId']), note: input.note }),
    }),
  }),
  refundDeposit: t.field({
    type: RefundDepositPayload,
    description: 'Staff refund of a deposit, whole or part, held on the player\'s cash and reviewed like a withdrawal.',
    authScopes: { permission: 'payments:manage' },
    errors: {
      types: [
        InvalidIdError, ValidationError, PaymentNotFoundError, RefundExceedsPaymentError, WithdrawalExceedsAvailableError, InsufficientFundsError,
        AccountFrozenError, IdempotencyConflictError, ...STAFF_TENANT_ERRORS,
      ],
    },
    args: { input: t.arg({ type: RefundDepositInput, required: true, description: 'The refund.' }) },
    resolve: (_root, { input }, ctx) => withdrawals.requestRefund(ctx, { ...input, paymentId: localIdOf(String(input.paymentId), 'Payment', ['input', 'paymentId']) }),
  }),
  addDisputeEvidence: t.field({
    type: AddDisputeEvidencePayload,
    description: 'Adds an evidence note to an open dispute (to answer the provider before `dueBy`).',
    authScopes: { permission: 'payments:manage' },
    errors: { types: [InvalidIdError, ValidationError, DisputeNotFoundError, DisputeClosedError, ...STAFF_TENANT_ERRORS] },
    args: { input: t.arg({ type: AddDisputeEvidenceInput, required: true, description: 'The note.' }) },
    resolve: async (_root, { input }, ctx) => ({
      dispute: await payments.addDisputeEvidence(ctx, { disputeId: localIdOf(String(input.disputeId), 'Dispute', ['input', 'disputeId']), note: input.note }),
    }),
  }),
}));

// ---------------------------------------------------------------- subscriptions

async function* filtered(ctx: Context, keep: (e: PublishedEvent<PaymentEventPayload>) => boolean) {
  const events = ctx.services.pubsub.subscribe<PublishedEvent<PaymentEventPayload>>(eventChannel(requireTenant(ctx).id, PAYMENT_EVENT));
  try {
    for await (const event of events) if (keep(event)) yield event;
  } finally {
    await events.return?.();
  }
}

builder.subscriptionFields((t) => ({
  myPaymentEvents: t.field({
    type: PaymentEvent,
    description: 'The signed-in player\'s own deposits, withdrawals and disputes as they change.',
    authScopes: { player: true },
    subscribe: (_root, _args, ctx) => {
      const me = ctx.principal?.kind === 'player' ? ctx.principal.playerId : '';
      return filtered(ctx, (e) => e.payload.playerId === me);
    },
    resolve: (event) => event,
  }),
  paymentEvents: t.field({
    type: PaymentEvent,
    description: 'Every payment state change of the tenant, for staff.',
    authScopes: { permission: 'payments:read' },
    subscribe: (_root, _args, ctx) => filtered(ctx, () => true),
    resolve: (event) => event,
  }),
}));
