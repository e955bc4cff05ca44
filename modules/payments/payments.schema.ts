import { builder } from '../../src/builder.js';
import { requireTenant, tenantTx, type Context } from '../../src/context.js';
import { ValidationError } from '../../src/errors.js';
import { errorType, TENANT_ERRORS } from '../../src/graphql/errors.js';
import { eventChannel, type PublishedEvent } from '../../src/events/outbox.js';
import { DEPOSIT_REFUSALS } from '../responsible-gambling/index.js';
import { AccountFrozenError, BalanceOverflowError, IdempotencyConflictError, InsufficientFundsError } from '../wallet/index.js';
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

errorType(PaymentProviderUnsupportedError, 'PaymentProviderUnsupportedError', { code: 'PAYMENT_PROVIDER_UNSUPPORTED', description: '' });
errorType(PaymentCurrencyUnsupportedError, 'PaymentCurrencyUnsupportedError', { code: 'PAYMENT_CURRENCY_UNSUPPORTED', description: '' });
errorType(PaymentAmountOutOfBoundsError, 'PaymentAmountOutOfBoundsError', { code: 'PAYMENT_AMOUNT_OUT_OF_BOUNDS', description: '' });
errorType(PaymentNotFoundError, 'PaymentNotFoundError', { code: 'PAYMENT_NOT_FOUND', description: '' });
errorType(PaymentProviderFailedError, 'PaymentProviderFailedError', { code: 'PAYMENT_PROVIDER_FAILED', description: '' });
errorType(RefundExceedsPaymentError, 'RefundExceedsPaymentError', { code: 'REFUND_EXCEEDS_PAYMENT', description: '' });
errorType(WithdrawalExceedsAvailableError, 'WithdrawalExceedsAvailableError', { code: 'WITHDRAWAL_EXCEEDS_AVAILABLE', description: '' });
errorType(WithdrawalNotFoundError, 'WithdrawalNotFoundError', { code: 'WITHDRAWAL_NOT_FOUND', description: '' });
errorType(WithdrawalNotPendingError, 'WithdrawalNotPendingError', { code: 'WITHDRAWAL_NOT_PENDING', description: '' });
errorType(WithdrawalSelfApprovalError, 'WithdrawalSelfApprovalError', { code: 'WITHDRAWAL_SELF_APPROVAL', description: '' });
errorType(WithdrawalAlreadyApprovedError, 'WithdrawalAlreadyApprovedError', { code: 'WITHDRAWAL_ALREADY_APPROVED', description: '' });
errorType(WithdrawalProviderNotFundingError, 'WithdrawalProviderNotFundingError', { code: 'WITHDRAWAL_PROVIDER_NOT_FUNDING', description: '' });
errorType(WithdrawalNotParkedError, 'WithdrawalNotParkedError', { code: 'WITHDRAWAL_NOT_PARKED', description: '' });
errorType(WithdrawalCompleterApprovedError, 'WithdrawalCompleterApprovedError', { code: 'WITHDRAWAL_COMPLETER_APPROVED', description: '' });
errorType(WithdrawalNoRouteError, 'WithdrawalNoRouteError', { code: 'WITHDRAWAL_NO_ROUTE', description: '' }, (t) => ({
  routable: t.field({ type: 'MinorUnits', resolve: (e: WithdrawalNoRouteError) => e.routable, description: 'The most that can go back now to the payment methods that funded the player.' }),
}));
errorType(DisputeNotFoundError, 'DisputeNotFoundError', { code: 'DISPUTE_NOT_FOUND', description: '' });
errorType(DisputeClosedError, 'DisputeClosedError', { code: 'DISPUTE_CLOSED', description: '' });

// ---------------------------------------------------------------- types

const PaymentProvider = builder.objectRef<providers.ProviderView>('PaymentProvider').implement({
  description: 'A payment provider of the tenant. Its credentials are never shown, only a fingerprint of them.',
  fields: (t) => ({
    id: t.exposeID('id'),
    code: t.exposeString('code', { description: 'The adapter: stripe, adyen. Also the provider segment of the webhook URL.' }),
    enabled: t.exposeBoolean('enabled'),
    currencies: t.exposeStringList('currencies'),
    minAmount: t.expose('minAmount', { type: 'MinorUnits' }),
    maxAmount: t.expose('maxAmount', { type: 'MinorUnits' }),
    keyFingerprint: t.exposeString('keyFingerprint'),
    endpoint: t.exposeString('endpoint', { nullable: true, description: 'API base URL override (a sandbox); null: the provider\'s own.' }),
    webhookPath: t.string({
      description: 'Where the provider must send its webhooks, relative to the API\'s origin.',
      resolve: (p, _args, ctx) => `/payments/${requireTenant(ctx).slug}/${p.code}/webhook`,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});
const SetPaymentProviderPayload = builder.objectRef<{ provider: providers.ProviderView }>('SetPaymentProviderPayload').implement({
  description: 'The provider as set.',
  fields: (t) => ({ provider: t.field({ type: PaymentProvider, description: 'The provider as set.', resolve: (p) => p.provider }) }),
});

const DepositOption = builder.objectRef<providers.ProviderView>('DepositOption').implement({
  description: 'A way to deposit: a provider, its currencies and amount bounds.',
  fields: (t) => ({
    provider: t.exposeString('code'),
    currencies: t.exposeStringList('currencies'),
    minAmount: t.expose('minAmount', { type: 'MinorUnits' }),
    maxAmount: t.expose('maxAmount', { type: 'MinorUnits' }),
  }),
});

const ChargebackFreeze = builder.enumType('ChargebackFreezePolicy', {
  values: ['NEVER', 'ON_RECEIVABLE', 'ALWAYS'] as const,
  description: 'Freezing the player\'s cash account after a lost chargeback: never, when part of it could not be clawed back, or always.',
});

const PaymentSettings = builder.objectRef<providers.Settings>('PaymentSettings').implement({
  fields: (t) => ({
    dualApprovalAbove: t.expose('dualApprovalAbove', { type: 'MinorUnits', nullable: true, description: 'Withdrawals above this amount (minor units) need two approvals; null: always one.' }),
    chargebackFreeze: t.field({ type: ChargebackFreeze, resolve: (s) => s.chargebackFreeze }),
    stalePendingMinutes: t.exposeInt('stalePendingMinutes'),
  }),
});

const PaymentStatus = builder.enumType('PaymentStatus', { values: ['PENDING', 'SUCCEEDED', 'FAILED', 'CANCELLED', 'REFUSED'] as const });
const Payment = builder.objectRef<payments.PaymentRow>('Payment').implement({
  description: 'A deposit through a payment provider.',
  fields: (t) => ({
    id: t.exposeID('id'),
    playerId: t.exposeString('player_id'),
    provider: t.exposeString('provider'),
    currency: t.exposeString('currency'),
    amount: t.expose('amount', { type: 'MinorUnits' }),
    status: t.field({ type: PaymentStatus, resolve: (p) => p.status }),
    providerRef: t.exposeString('provider_ref', { nullable: true }),
    confirmedAmount: t.expose('confirmed_amount', { type: 'MinorUnits', nullable: true }),
    refundedAmount: t.expose('refunded_amount', { type: 'MinorUnits' }),
    ledgerTransactionId: t.exposeID('ledger_transaction_id', { nullable: true }),
    failureReason: t.exposeString('failure_reason', { nullable: true }),
    createdAt: t.expose('created_at', { type: 'DateTime' }),
    confirmedAt: t.expose('confirmed_at', { type: 'DateTime', nullable: true }),
  }),
});

const DepositPayload = builder.objectRef<{ payment: payments.PaymentRow; clientData: Record<string, string> }>('DepositPayload').implement({
  fields: (t) => ({
    payment: t.field({ type: Payment, resolve: (p) => p.payment }),
    clientSecret: t.string({ nullable: true, description: 'Stripe: the PaymentIntent\'s client secret for Stripe.js.', resolve: (p) => p.clientData.clientSecret ?? null }),
    sessionId: t.string({ nullable: true, description: 'Adyen: the Checkout session id.', resolve: (p) => p.clientData.sessionId ?? null }),
    sessionData: t.string({ nullable: true, description: 'Adyen: the Checkout session data for the Drop-in.', resolve: (p) => p.clientData.sessionData ?? null }),
  }),
});

const WithdrawalStatus = builder.enumType('WithdrawalStatus', {
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
const WithdrawalKind = builder.enumType('WithdrawalKind', { values: ['WITHDRAWAL', 'REFUND'] as const });
const Approval = builder.objectRef<{ by: string; at: string }>('WithdrawalApproval').implement({
  fields: (t) => ({ by: t.exposeString('by'), at: t.field({ type: 'DateTime', resolve: (a) => new Date(a.at) }) }),
});
const Withdrawal = builder.objectRef<payments.WithdrawalRow>('Withdrawal').implement({
  description: 'Money out: a player\'s withdrawal, or a staff refund of a deposit. Held on request, captured when the provider confirms.',
  fields: (t) => ({
    id: t.exposeID('id'),
    playerId: t.exposeString('player_id'),
    kind: t.field({ type: WithdrawalKind, resolve: (w) => w.kind }),
    currency: t.exposeString('currency'),
    amount: t.expose('amount', { type: 'MinorUnits' }),
    status: t.field({ type: WithdrawalStatus, resolve: (w) => w.status }),
    provider: t.exposeString('provider', { nullable: true }),
    route: t.exposeString('route', {
      nullable: true,
      description: 'REFUND (closed loop, to the funding payment); MANUAL (what refunds cannot carry, winnings: paid by FINANCE by hand to the instrument named by instrumentPaymentId); PAYOUT only on rows made before the closed-loop rule. Null until a refund part is paid out.',
    }),
    instrumentPaymentId: t.exposeID('instrument_payment_id', { nullable: true, description: 'A MANUAL part: the player\'s deposit whose payment instrument must receive the money (closed loop).' }),
    instrumentRef: t.exposeString('instrument_ref', { nullable: true, description: 'A MANUAL part: that deposit\'s provider reference (Stripe PaymentIntent, Adyen PSP reference).' }),
    paidReference: t.exposeString('paid_reference', { nullable: true, description: 'A completed MANUAL part: FINANCE\'s reference of the payment made by hand.' }),
    paidBy: t.exposeString('paid_by', { nullable: true, description: 'A completed MANUAL part: who recorded its payment.' }),
    requestId: t.exposeID('request_id', { nullable: true, description: 'The first part\'s id when the request was split into parts by the routing rule.' }),
    sourcePaymentId: t.exposeID('source_payment_id', { nullable: true }),
    holdId: t.exposeID('hold_id'),
    requiredApprovals: t.exposeInt('required_approvals'),
    approvals: t.field({ type: [Approval], resolve: (w) => w.approvals }),
    requestedBy: t.exposeString('requested_by'),
    decidedBy: t.exposeString('decided_by', { nullable: true }),
    note: t.exposeString('note', { nullable: true }),
    failureReason: t.exposeString('failure_reason', { nullable: true }),
    ledgerTransactionId: t.exposeID('ledger_transaction_id', { nullable: true }),
    createdAt: t.expose('created_at', { type: 'DateTime' }),
    updatedAt: t.expose('updated_at', { type: 'DateTime' }),
  }),
});
const WithdrawalPayload = builder.objectRef<{ withdrawal: payments.WithdrawalRow; parts?: payments.WithdrawalRow[]; replay: boolean }>('WithdrawalPayload').implement({
  fields: (t) => ({
    withdrawal: t.field({ type: Withdrawal, description: 'The withdrawal (its first part when the routing rule split it).', resolve: (p) => p.withdrawal }),
    parts: t.field({
      type: [Withdrawal],
      description: 'Every part of the request: one refund of a funding deposit each (closed loop), each reviewed and paid on its own.',
      resolve: (p) => p.parts ?? [p.withdrawal],
    }),
    replay: t.exposeBoolean('replay'),
  }),
});

const DisputeStatus = builder.enumType('DisputeStatus', { values: ['OPENED', 'NEEDS_RESPONSE', 'WON', 'LOST'] as const });
const Evidence = builder.objectRef<{ note: string; by: string; at: string }>('DisputeEvidence').implement({
  fields: (t) => ({ note: t.exposeString('note'), by: t.exposeString('by'), at: t.field({ type: 'DateTime', resolve: (e) => new Date(e.at) }) }),
});
const Dispute = builder.objectRef<payments.DisputeRow>('Dispute').implement({
  description: 'A chargeback or dispute of a deposit, driven by the provider\'s events.',
  fields: (t) => ({
    id: t.exposeID('id'),
    paymentId: t.exposeID('payment_id'),
    playerId: t.exposeString('player_id'),
    provider: t.exposeString('provider'),
    providerRef: t.exposeString('provider_ref'),
    status: t.field({ type: DisputeStatus, resolve: (d) => d.status }),
    reason: t.exposeString('reason', { nullable: true }),
    currency: t.exposeString('currency'),
    amount: t.expose('amount', { type: 'MinorUnits' }),
    dueBy: t.expose('due_by', { type: 'DateTime', nullable: true, description: 'The deadline to respond with evidence.' }),
    evidence: t.field({ type: [Evidence], resolve: (d) => d.evidence }),
    clawedCash: t.expose('clawed_cash', { type: 'MinorUnits', description: 'Taken back from the player\'s cash.' }),
    receivable: t.expose('clawed_receivable', { type: 'MinorUnits', description: 'What the player could not cover and owes.' }),
    clawbackTransactionId: t.exposeID('clawback_transaction_id', { nullable: true }),
    createdAt: t.expose('created_at', { type: 'DateTime' }),
    closedAt: t.expose('closed_at', { type: 'DateTime', nullable: true }),
  }),
});

const MismatchKind = builder.enumType('ReconciliationMismatchKind', { values: ['MISSING_CREDIT', 'DOUBLE_CREDIT', 'AMOUNT_MISMATCH', 'STALE_PENDING'] as const });
const MismatchType = builder.objectRef<Mismatch>('ReconciliationMismatch').implement({
  fields: (t) => ({
    kind: t.field({ type: MismatchKind, resolve: (m) => m.kind }),
    paymentId: t.exposeID('paymentId'),
    playerId: t.exposeString('playerId'),
    provider: t.exposeString('provider'),
    providerRef: t.exposeString('providerRef', { nullable: true }),
    currency: t.exposeString('currency'),
    providerAmount: t.expose('providerAmount', { type: 'MinorUnits', nullable: true }),
    ledgerAmount: t.expose('ledgerAmount', { type: 'MinorUnits' }),
    ledgerCredits: t.exposeInt('ledgerCredits'),
    detail: t.exposeString('detail'),
  }),
});

const PaymentEventKind = builder.enumType('PaymentEventKind', {
  values: [
    'DEPOSIT_CREATED', 'DEPOSIT_SUCCEEDED', 'DEPOSIT_FAILED', 'DEPOSIT_REFUSED',
    'WITHDRAWAL_REQUESTED', 'WITHDRAWAL_APPROVED', 'WITHDRAWAL_PAID', 'WITHDRAWAL_FAILED', 'WITHDRAWAL_REJECTED', 'WITHDRAWAL_CANCELLED',
    'DISPUTE_OPENED', 'DISPUTE_UPDATED', 'DISPUTE_CLOSED',
  ] as const,
});
const PaymentEvent = builder.objectRef<PublishedEvent<PaymentEventPayload>>('PaymentEvent').implement({
  fields: (t) => ({
    stream: t.exposeString('stream', { description: 'payments:<playerId>' }),
    seq: t.int({ description: 'Per-player sequence number: a gap means a missed event.', resolve: (e) => e.seq }),
    kind: t.field({ type: PaymentEventKind, resolve: (e) => e.payload.kind }),
    playerId: t.string({ resolve: (e) => e.payload.playerId }),
    subjectId: t.id({ resolve: (e) => e.payload.subjectId }),
    status: t.string({ resolve: (e) => e.payload.status }),
    amount: t.field({ type: 'MinorUnits', resolve: (e) => e.payload.amount }),
    currency: t.string({ resolve: (e) => e.payload.currency }),
    provider: t.string({ nullable: true, resolve: (e) => e.payload.provider }),
    occurredAt: t.field({ type: 'DateTime', resolve: (e) => e.occurredAt }),
  }),
});

// ---------------------------------------------------------------- inputs

const SetPaymentProviderInput = builder.inputType('SetPaymentProviderInput', {
  fields: (t) => ({
    code: t.string({ required: true, description: 'The adapter: stripe or adyen.' }),
    enabled: t.boolean(),
    currencies: t.stringList({ required: true }),
    minAmount: t.field({ type: 'MinorUnits', required: true }),
    maxAmount: t.field({ type: 'MinorUnits', required: true }),
    apiKey: t.string({ required: true, description: 'Stripe secret key / Adyen API key. Write-only, stored encrypted.' }),
    webhookSecret: t.string({ required: true, description: 'Stripe webhook signing secret / Adyen HMAC key (hex). Write-only, stored encrypted.' }),
    merchantAccount: t.string({ description: 'Adyen merchant account.' }),
    endpoint: t.string({ description: 'API base URL override (a sandbox).' }),
  }),
});

const PaymentSettingsInput = builder.inputType('PaymentSettingsInput', {
  fields: (t) => ({
    dualApprovalAbove: t.field({ type: 'MinorUnits' }),
    chargebackFreeze: t.field({ type: ChargebackFreeze, required: true }),
    stalePendingMinutes: t.int(),
  }),
});

const PROVIDER_ERRORS = [ValidationError, PaymentProviderUnsupportedError, PaymentCurrencyUnsupportedError, PaymentAmountOutOfBoundsError, ...TENANT_ERRORS] as const;
const WITHDRAWAL_ERRORS = [
  ...PROVIDER_ERRORS, WithdrawalExceedsAvailableError, WithdrawalProviderNotFundingError, WithdrawalNoRouteError, InsufficientFundsError, AccountFrozenError, IdempotencyConflictError,
] as const;
const DECISION_ERRORS = [ValidationError, WithdrawalNotFoundError, WithdrawalNotPendingError, WithdrawalSelfApprovalError, WithdrawalAlreadyApprovedError, ...TENANT_ERRORS] as const;
const MANUAL_ERRORS = [ValidationError, WithdrawalNotFoundError, WithdrawalNotParkedError, ...TENANT_ERRORS] as const;

const CompleteManualWithdrawalInput = builder.inputType('CompleteManualWithdrawalInput', {
  fields: (t) => ({
    withdrawalId: t.id({ required: true, description: 'The parked MANUAL part.' }),
    paidReference: t.string({ required: true, description: 'FINANCE\'s reference of the payment made by hand to the instrument the part names (the bank transfer\'s, say).' }),
    idempotencyKey: t.string({ required: true, description: 'Unique per tenant: a replay answers the same completion.' }),
  }),
});
const RejectManualWithdrawalInput = builder.inputType('RejectManualWithdrawalInput', {
  fields: (t) => ({
    withdrawalId: t.id({ required: true, description: 'The parked MANUAL part.' }),
    note: t.string({ description: 'Why it is not paid.' }),
  }),
});

// ---------------------------------------------------------------- queries

builder.queryFields((t) => ({
  paymentProviders: t.field({
    type: [PaymentProvider],
    description: 'The tenant\'s payment providers (never their credentials).',
    authScopes: { permission: 'payments:manage' },
    resolve: (_root, _args, ctx) => providers.listPaymentProviders(ctx),
  }),
  paymentSettings: t.field({
    type: PaymentSettings,
    authScopes: { permission: 'payments:read' },
    resolve: (_root, _args, ctx) => tenantTx(ctx, (tx) => providers.settingsOf(tx)),
  }),
  depositOptions: t.field({
    type: [DepositOption],
    description: 'The enabled providers a player may deposit with.',
    authScopes: { player: true },
    resolve: async (_root, _args, ctx) => (await providers.listPaymentProviders(ctx)).filter((p) => p.enabled),
  }),
  myPayments: t.connection({
    type: Payment,
    description: 'The signed-in player\'s deposits, newest first.',
    authScopes: { player: true },
    resolve: (_root, args, ctx) => payments.listPayments(ctx, { ...args, playerId: payments.playerOf(ctx) }),
  }),
  myWithdrawals: t.connection({
    type: Withdrawal,
    description: 'The signed-in player\'s withdrawals, newest first.',
    authScopes: { player: true },
    resolve: (_root, args, ctx) => withdrawals.listWithdrawals(ctx, { ...args, playerId: payments.playerOf(ctx) }),
  }),
  payments: t.connection({
    type: Payment,
    authScopes: { permission: 'payments:read' },
    args: { status: t.arg({ type: PaymentStatus }), playerId: t.arg.string() },
    resolve: (_root, args, ctx) => payments.listPayments(ctx, args),
  }),
  payment: t.field({
    type: Payment,
    authScopes: { permission: 'payments:read' },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => payments.paymentById(ctx, String(id)),
  }),
  withdrawals: t.connection({
    type: Withdrawal,
    description: 'The review queue (status PENDING) and history, newest first.',
    authScopes: { permission: 'payments:read' },
    args: { status: t.arg({ type: WithdrawalStatus }), playerId: t.arg.string() },
    resolve: (_root, args, ctx) => withdrawals.listWithdrawals(ctx, args),
  }),
  disputes: t.connection({
    type: Dispute,
    authScopes: { permission: 'payments:read' },
    args: { status: t.arg({ type: DisputeStatus }) },
    resolve: (_root, args, ctx) => payments.listDisputes(ctx, args),
  }),
  dispute: t.field({
    type: Dispute,
    authScopes: { permission: 'payments:read' },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => payments.disputeById(ctx, String(id)),
  }),
  paymentReconciliation: t.field({
    type: [MismatchType],
    description: 'The provider\'s side against the ledger for one UTC day (YYYY-MM-DD): every mismatch.',
    authScopes: { permission: 'payments:read' },
    args: { day: t.arg.string({ required: true }) },
    resolve: (_root, { day }, ctx) => reconcile(ctx, day),
  }),
}));

// ---------------------------------------------------------------- mutations

builder.mutationFields((t) => ({
  setPaymentProvider: t.field({
    type: SetPaymentProviderPayload,
    description: 'Creates or replaces (by code) a payment provider of the tenant.',
    authScopes: { permission: 'payments:manage' },
    errors: { types: [ValidationError, PaymentProviderUnsupportedError, ...TENANT_ERRORS] },
    args: { input: t.arg({ type: SetPaymentProviderInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({ provider: await providers.setPaymentProvider(ctx, input) }),
  }),
  setPaymentSettings: t.field({
    type: PaymentSettings,
    authScopes: { permission: 'payments:manage' },
    errors: { types: [ValidationError, ...TENANT_ERRORS] },
    args: { input: t.arg({ type: PaymentSettingsInput, required: true }) },
    resolve: (_root, { input }, ctx) => providers.setPaymentSettings(ctx, input),
  }),
  createDeposit: t.field({
    type: DepositPayload,
    description: 'Starts a deposit with a provider; the money is credited when the provider confirms it.',
    authScopes: { player: true },
    errors: { types: [...PROVIDER_ERRORS, PaymentProviderFailedError, ...DEPOSIT_REFUSALS] },
    args: {
      provider: t.arg.string({ required: true }),
      currency: t.arg.string({ required: true }),
      amount: t.arg({ type: 'MinorUnits', required: true }),
      returnUrl: t.arg.string(),
    },
    resolve: (_root, args, ctx) => payments.createDeposit(ctx, args),
  }),
  requestWithdrawal: t.field({
    type: WithdrawalPayload,
    description: 'Holds the amount on the player\'s cash and queues the withdrawal for review.',
    authScopes: { player: true },
    errors: { types: [...WITHDRAWAL_ERRORS] },
    args: {
      idempotencyKey: t.arg.string({ required: true }),
      currency: t.arg.string({ required: true }),
      amount: t.arg({ type: 'MinorUnits', required: true }),
      provider: t.arg.string(),
    },
    resolve: (_root, args, ctx) => withdrawals.requestWithdrawal(ctx, args),
  }),
  cancelWithdrawal: t.field({
    type: Withdrawal,
    authScopes: { player: true },
    errors: { types: [WithdrawalNotFoundError, WithdrawalNotPendingError, ...TENANT_ERRORS] },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => withdrawals.cancelWithdrawal(ctx, String(id)),
  }),
  approveWithdrawal: t.field({
    type: Withdrawal,
    description: 'An approval; with enough approvals the withdrawal is paid out through its provider.',
    authScopes: { permission: 'payments:manage' },
    errors: { types: [...DECISION_ERRORS] },
    args: { id: t.arg.id({ required: true }), note: t.arg.string() },
    resolve: (_root, { id, note }, ctx) => withdrawals.approveWithdrawal(ctx, { withdrawalId: String(id), note }),
  }),
  rejectWithdrawal: t.field({
    type: Withdrawal,
    authScopes: { permission: 'payments:manage' },
    errors: { types: [...DECISION_ERRORS] },
    args: { id: t.arg.id({ required: true }), note: t.arg.string() },
    resolve: (_root, { id, note }, ctx) => withdrawals.rejectWithdrawal(ctx, { withdrawalId: String(id), note }),
  }),
  completeManualWithdrawal: t.field({
    type: WithdrawalPayload,
    description: 'FINANCE records a parked MANUAL part as paid by hand to the instrument it names: the hold is captured, the part PAID. Not by who approved it.',
    authScopes: { permission: 'payments:manage' },
    errors: { types: [...MANUAL_ERRORS, WithdrawalCompleterApprovedError, IdempotencyConflictError, AccountFrozenError, BalanceOverflowError] },
    args: { input: t.arg({ type: CompleteManualWithdrawalInput, required: true }) },
    resolve: (_root, { input }, ctx) => withdrawals.completeManualWithdrawal(ctx, { ...input, withdrawalId: String(input.withdrawalId) }),
  }),
  rejectManualWithdrawal: t.field({
    type: Withdrawal,
    description: 'FINANCE refuses to pay a parked MANUAL part: REJECTED, its hold released.',
    authScopes: { permission: 'payments:manage' },
    errors: { types: [...MANUAL_ERRORS] },
    args: { input: t.arg({ type: RejectManualWithdrawalInput, required: true }) },
    resolve: (_root, { input }, ctx) => withdrawals.rejectManualWithdrawal(ctx, { withdrawalId: String(input.withdrawalId), note: input.note }),
  }),
  refundDeposit: t.field({
    type: WithdrawalPayload,
    description: 'Staff refund of a deposit, whole or part, held on the player\'s cash and reviewed like a withdrawal.',
    authScopes: { permission: 'payments:manage' },
    errors: { types: [ValidationError, PaymentNotFoundError, RefundExceedsPaymentError, WithdrawalExceedsAvailableError, InsufficientFundsError, AccountFrozenError, BalanceOverflowError, IdempotencyConflictError, ...TENANT_ERRORS] },
    args: {
      idempotencyKey: t.arg.string({ required: true }),
      paymentId: t.arg.id({ required: true }),
      amount: t.arg({ type: 'MinorUnits', required: true }),
      reason: t.arg.string({ required: true }),
    },
    resolve: (_root, args, ctx) => withdrawals.requestRefund(ctx, { ...args, paymentId: String(args.paymentId) }),
  }),
  addDisputeEvidence: t.field({
    type: Dispute,
    authScopes: { permission: 'payments:manage' },
    errors: { types: [ValidationError, DisputeNotFoundError, DisputeClosedError, ...TENANT_ERRORS] },
    args: { id: t.arg.id({ required: true }), note: t.arg.string({ required: true }) },
    resolve: (_root, { id, note }, ctx) => payments.addDisputeEvidence(ctx, { disputeId: String(id), note }),
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
