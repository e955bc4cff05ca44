import { builder } from '../../src/builder.js';
import { requireTenant, type Context } from '../../src/context.js';
import { ValidationError } from '../../src/errors.js';
import { ErrorInterface, errorType, TENANT_ERRORS } from '../../src/graphql/errors.js';
import { eventChannel, type PublishedEvent } from '../../src/events/outbox.js';
import {
  AccountFrozenError,
  AccountNotFoundError,
  AlreadyReversedError,
  BalanceOverflowError,
  CaptureExceedsHoldError,
  CurrencyMismatchError,
  HoldNotFoundError,
  HoldNotOpenError,
  IdempotencyConflictError,
  InsufficientFundsError,
  TransactionNotFoundError,
  UnsupportedCurrencyError,
  AdjustmentNotFoundError,
  AdjustmentNotPendingError,
  SelfApprovalError,
} from './wallet.errors.js';
import { ACCOUNT_CHANGED, ACCOUNT_KINDS, OWNER_TYPES, availableOf, type AccountChangedPayload, type AccountRow } from './wallet.ledger.js';
import * as queries from './wallet.queries.js';
import * as wallet from './wallet.service.js';
import * as adjustments from './wallet.adjustments.js';
import { DEPOSIT_REFUSALS } from '../responsible-gambling/index.js';

errorType(InsufficientFundsError, 'InsufficientFundsError', { code: 'INSUFFICIENT_FUNDS', description: '' });
errorType(AccountFrozenError, 'AccountFrozenError', { code: 'ACCOUNT_FROZEN', description: '' });
errorType(AccountNotFoundError, 'AccountNotFoundError', { code: 'ACCOUNT_NOT_FOUND', description: '' });
errorType(
  BalanceOverflowError,
  'BalanceOverflowError',
  { code: 'BALANCE_OVERFLOW', description: 'The posting or hold would take an account past the largest amount the ledger holds (2^63 − 1 minor units); nothing was written.' },
  (t) => ({ accountId: t.exposeID('accountId', { description: 'The account that would overflow.' }) }),
);
errorType(CurrencyMismatchError, 'CurrencyMismatchError', { code: 'CURRENCY_MISMATCH', description: '' });
errorType(UnsupportedCurrencyError, 'UnsupportedCurrencyError', { code: 'UNSUPPORTED_CURRENCY', description: '' });
errorType(IdempotencyConflictError, 'IdempotencyConflictError', { code: 'IDEMPOTENCY_CONFLICT', description: '' });
errorType(HoldNotFoundError, 'HoldNotFoundError', { code: 'HOLD_NOT_FOUND', description: '' });
errorType(HoldNotOpenError, 'HoldNotOpenError', { code: 'HOLD_NOT_OPEN', description: '' });
errorType(CaptureExceedsHoldError, 'CaptureExceedsHoldError', { code: 'CAPTURE_EXCEEDS_HOLD', description: '' });
errorType(TransactionNotFoundError, 'TransactionNotFoundError', { code: 'TRANSACTION_NOT_FOUND', description: '' });
errorType(AlreadyReversedError, 'AlreadyReversedError', { code: 'ALREADY_REVERSED', description: '' });

const OwnerType = builder.enumType('LedgerOwnerType', { values: OWNER_TYPES });
const AccountKind = builder.enumType('LedgerAccountKind', { values: ACCOUNT_KINDS });
const HoldStatus = builder.enumType('HoldStatus', { values: ['OPEN', 'CAPTURED', 'RELEASED', 'EXPIRED'] as const });

const WalletBalance = builder.objectRef<queries.WalletBalance>('WalletBalance').implement({
  description: 'A player\'s money in one currency, in minor units.',
  fields: (t) => ({
    currency: t.exposeString('currency'),
    cash: t.expose('cash', { type: 'MinorUnits' }),
    bonus: t.expose('bonus', { type: 'MinorUnits' }),
    held: t.expose('held', { type: 'MinorUnits', description: 'Reserved by open holds (pending withdrawals, buy-ins).' }),
    available: t.expose('available', { type: 'MinorUnits', description: 'cash + bonus − held: what can be spent now.' }),
  }),
});

const StatementLine = builder.objectRef<queries.StatementLine>('WalletStatementLine').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    transactionId: t.exposeID('transaction_id'),
    code: t.exposeString('code'),
    reference: t.exposeString('reference', { nullable: true }),
    currency: t.exposeString('currency'),
    kind: t.field({ type: AccountKind, resolve: (l) => l.kind as (typeof ACCOUNT_KINDS)[number] }),
    amount: t.expose('amount', { type: 'MinorUnits', description: 'Signed: credits positive, debits negative.' }),
    balanceAfter: t.expose('balance_after', { type: 'MinorUnits' }),
    createdAt: t.expose('created_at', { type: 'DateTime' }),
  }),
});

const BalanceAt = builder.objectRef<Awaited<ReturnType<typeof queries.playerBalanceAt>>>('WalletBalanceAt').implement({
  fields: (t) => ({
    currency: t.exposeString('currency'),
    at: t.expose('at', { type: 'DateTime' }),
    cash: t.expose('cash', { type: 'MinorUnits' }),
    bonus: t.expose('bonus', { type: 'MinorUnits' }),
  }),
});

export const LedgerAccount = builder.objectRef<AccountRow>('LedgerAccount').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    ownerType: t.field({ type: OwnerType, resolve: (a) => a.owner_type }),
    ownerId: t.exposeString('owner_id'),
    currency: t.exposeString('currency'),
    kind: t.field({ type: AccountKind, resolve: (a) => a.kind }),
    stripe: t.exposeInt('stripe'),
    floorPolicy: t.exposeString('floor_policy'),
    floorLimit: t.expose('floor_limit', { type: 'MinorUnits' }),
    balance: t.expose('balance', { type: 'MinorUnits' }),
    held: t.expose('held', { type: 'MinorUnits' }),
    available: t.field({ type: 'MinorUnits', resolve: (a) => availableOf(a) }),
    frozen: t.exposeBoolean('frozen'),
    seq: t.string({ description: 'The account\'s event sequence number.', resolve: (a) => a.last_seq }),
  }),
});

const Entry = builder.objectRef<queries.TransactionView['entries'][number]>('LedgerEntry').implement({
  fields: (t) => ({
    accountId: t.exposeID('accountId'),
    amount: t.expose('amount', { type: 'MinorUnits' }),
    balanceAfter: t.expose('balanceAfter', { type: 'MinorUnits' }),
    seq: t.exposeString('seq'),
  }),
});

export const LedgerTransaction = builder.objectRef<queries.TransactionView>('LedgerTransaction').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    code: t.exposeString('code'),
    reference: t.exposeString('reference', { nullable: true }),
    metadata: t.expose('metadata', { type: 'JSON' }),
    reversesId: t.exposeID('reversesId', { nullable: true }),
    reversedById: t.exposeID('reversedById', { nullable: true }),
    createdBy: t.exposeString('createdBy'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    entries: t.field({ type: [Entry], resolve: (x) => x.entries }),
  }),
});

const Hold = builder.objectRef<wallet.HoldRow>('LedgerHold').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    accountId: t.exposeID('account_id'),
    amount: t.expose('amount', { type: 'MinorUnits' }),
    captured: t.expose('captured', { type: 'MinorUnits', nullable: true }),
    status: t.field({ type: HoldStatus, resolve: (h) => h.status }),
    expiresAt: t.expose('expires_at', { type: 'DateTime', nullable: true }),
    transactionId: t.exposeID('transaction_id', { nullable: true }),
    createdAt: t.expose('created_at', { type: 'DateTime' }),
  }),
});

const TransactionPayload = builder.objectRef<{ transaction: queries.TransactionView; replay: boolean }>('LedgerTransactionPayload').implement({
  fields: (t) => ({
    transaction: t.field({ type: LedgerTransaction, resolve: (p) => p.transaction }),
    replay: t.exposeBoolean('replay', { description: 'True when this answers an idempotency key seen before.' }),
  }),
});
const HoldPayload = builder.objectRef<{ hold: wallet.HoldRow; transaction: queries.TransactionView | null; replay: boolean }>('LedgerHoldPayload').implement({
  fields: (t) => ({
    hold: t.field({ type: Hold, resolve: (p) => p.hold }),
    transaction: t.field({ type: LedgerTransaction, nullable: true, resolve: (p) => p.transaction }),
    replay: t.exposeBoolean('replay'),
  }),
});
const AccountPayload = builder.objectRef<AccountRow>('LedgerAccountPayload').implement({
  fields: (t) => ({ account: t.field({ type: LedgerAccount, resolve: (a) => a }) }),
});

const Selector = builder.inputType('LedgerAccountSelector', {
  description: 'An account by id, or by owner: ownerType (+ ownerId for PLAYER, PROVIDER, ESCROW), currency, kind (default CASH).',
  fields: (t) => ({
    accountId: t.id(),
    ownerType: t.field({ type: OwnerType }),
    ownerId: t.string(),
    currency: t.string(),
    kind: t.field({ type: AccountKind }),
  }),
});
const TransferInput = builder.inputType('LedgerTransferInput', {
  fields: (t) => ({
    from: t.field({ type: Selector, required: true }),
    to: t.field({ type: Selector, required: true }),
    amount: t.field({ type: 'MinorUnits', required: true }),
  }),
});
const PostTransfersInput = builder.inputType('PostTransfersInput', {
  fields: (t) => ({
    idempotencyKey: t.string({ required: true }),
    code: t.string({ required: true, description: 'What the movement is, e.g. BET, WIN, DEPOSIT.' }),
    reference: t.string(),
    metadata: t.field({ type: 'JSON' }),
    transfers: t.field({ type: [TransferInput], required: true }),
  }),
});

const MONEY_ERRORS = [
  ValidationError,
  InsufficientFundsError,
  AccountFrozenError,
  AccountNotFoundError,
  BalanceOverflowError,
  CurrencyMismatchError,
  UnsupportedCurrencyError,
  IdempotencyConflictError,
  ...TENANT_ERRORS,
] as const;
const HOLD_ERRORS = [...MONEY_ERRORS, HoldNotFoundError, HoldNotOpenError, CaptureExceedsHoldError] as const;

async function loaded(ctx: Context, id: string): Promise<queries.TransactionView> {
  return (await queries.transactionById(ctx, id))!;
}

builder.queryFields((t) => ({
  wallet: t.field({
    type: [WalletBalance],
    description: 'The signed-in player\'s balances, per currency.',
    authScopes: { player: true },
    resolve: (_root, _args, ctx) => queries.playerWallet(ctx),
  }),
  walletStatement: t.connection({
    type: StatementLine,
    description: 'The signed-in player\'s entries, newest first.',
    authScopes: { player: true },
    args: { code: t.arg.string(), currency: t.arg.string(), from: t.arg({ type: 'DateTime' }), to: t.arg({ type: 'DateTime' }) },
    resolve: (_root, args, ctx) => queries.playerStatement(ctx, args),
  }),
  walletBalanceAt: t.field({
    type: BalanceAt,
    authScopes: { player: true },
    args: { currency: t.arg.string({ required: true }), at: t.arg({ type: 'DateTime', required: true }) },
    resolve: (_root, { currency, at }, ctx) => queries.playerBalanceAt(ctx, currency, at),
  }),
  ledgerAccounts: t.connection({
    type: LedgerAccount,
    authScopes: { permission: 'wallet:read' },
    args: { ownerType: t.arg({ type: OwnerType }), ownerId: t.arg.string(), currency: t.arg.string() },
    resolve: (_root, args, ctx) => queries.listAccounts(ctx, args),
  }),
  ledgerTransaction: t.field({
    type: LedgerTransaction,
    nullable: true,
    authScopes: { $any: { permission: 'wallet:read', $all: { permission: 'wallet:post' } } },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => queries.transactionById(ctx, String(id)),
  }),
}));

builder.mutationFields((t) => ({
  postTransfers: t.field({
    type: TransactionPayload,
    description: 'Moves money between accounts, all transfers or none. Idempotent on idempotencyKey. A DEPOSIT to a player is checked against responsible gambling.',
    authScopes: { permission: 'wallet:post' },
    errors: { types: [...MONEY_ERRORS, ...DEPOSIT_REFUSALS] },
    args: { input: t.arg({ type: PostTransfersInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const { result, replay, posting } = await wallet.postTransfers(ctx, { ...input, metadata: (input.metadata ?? null) as Record<string, unknown> | null });
      const transaction = posting ? { ...posting, reversedById: null } : await loaded(ctx, result.transactionId);
      return { transaction, replay };
    },
  }),
  reserveHold: t.field({
    type: HoldPayload,
    authScopes: { permission: 'wallet:post' },
    errors: { types: [...HOLD_ERRORS] },
    args: {
      idempotencyKey: t.arg.string({ required: true }),
      account: t.arg({ type: Selector, required: true }),
      amount: t.arg({ type: 'MinorUnits', required: true }),
      expiresInSeconds: t.arg.int(),
    },
    resolve: async (_root, args, ctx) => {
      const { result, replay } = await wallet.reserveHold(ctx, args);
      return { hold: (await queries.holdById(ctx, result.holdId))!, transaction: null, replay };
    },
  }),
  captureHold: t.field({
    type: HoldPayload,
    authScopes: { permission: 'wallet:post' },
    errors: { types: [...HOLD_ERRORS] },
    args: {
      idempotencyKey: t.arg.string({ required: true }),
      holdId: t.arg.id({ required: true }),
      amount: t.arg({ type: 'MinorUnits', description: 'Defaults to the whole hold.' }),
      to: t.arg({ type: Selector, required: true }),
      code: t.arg.string({ required: true }),
      reference: t.arg.string(),
    },
    resolve: async (_root, args, ctx) => {
      const { result, replay } = await wallet.captureHold(ctx, { ...args, holdId: String(args.holdId) });
      return { hold: (await queries.holdById(ctx, result.holdId))!, transaction: await loaded(ctx, result.transactionId), replay };
    },
  }),
  releaseHold: t.field({
    type: HoldPayload,
    authScopes: { permission: 'wallet:post' },
    errors: { types: [...HOLD_ERRORS] },
    args: { idempotencyKey: t.arg.string({ required: true }), holdId: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const { result, replay } = await wallet.releaseHold(ctx, { ...args, holdId: String(args.holdId) });
      return { hold: (await queries.holdById(ctx, result.holdId))!, transaction: null, replay };
    },
  }),
  reverseLedgerTransaction: t.field({
    type: TransactionPayload,
    description: 'Posts the mirror image of a transaction, linked to it; audited.',
    authScopes: { permission: 'wallet:manage' },
    errors: { types: [...MONEY_ERRORS, TransactionNotFoundError, AlreadyReversedError] },
    args: { idempotencyKey: t.arg.string({ required: true }), transactionId: t.arg.id({ required: true }), reason: t.arg.string({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const { result, replay } = await wallet.reverseTransaction(ctx, { ...args, transactionId: String(args.transactionId) });
      return { transaction: await loaded(ctx, result.transactionId), replay };
    },
  }),
  freezeLedgerAccount: t.field({
    type: AccountPayload,
    description: 'No money moves into or out of a frozen account; audited.',
    authScopes: { permission: 'wallet:manage' },
    errors: { types: [ValidationError, AccountNotFoundError, ...TENANT_ERRORS] },
    args: { id: t.arg.id({ required: true }), reason: t.arg.string({ required: true }) },
    resolve: (_root, { id, reason }, ctx) => wallet.setFrozen(ctx, String(id), true, reason),
  }),
  unfreezeLedgerAccount: t.field({
    type: AccountPayload,
    authScopes: { permission: 'wallet:manage' },
    errors: { types: [ValidationError, AccountNotFoundError, ...TENANT_ERRORS] },
    args: { id: t.arg.id({ required: true }), reason: t.arg.string({ required: true }) },
    resolve: (_root, { id, reason }, ctx) => wallet.setFrozen(ctx, String(id), false, reason),
  }),
}));

/** An account change as subscribers see it: the account's new state, numbered per account. */
const AccountEvent = builder.objectRef<PublishedEvent<AccountChangedPayload>>('LedgerAccountEvent').implement({
  fields: (t) => ({
    accountId: t.exposeID('stream', { description: 'Stream of the event: account:<id>.' }),
    seq: t.int({ description: 'Per-account sequence number: in order, a gap means a missed event.', resolve: (e) => e.seq }),
    ownerType: t.field({ type: OwnerType, resolve: (e) => e.payload.ownerType }),
    ownerId: t.string({ resolve: (e) => e.payload.ownerId }),
    currency: t.string({ resolve: (e) => e.payload.currency }),
    kind: t.field({ type: AccountKind, resolve: (e) => e.payload.kind }),
    balance: t.field({ type: 'MinorUnits', resolve: (e) => e.payload.balance }),
    held: t.field({ type: 'MinorUnits', resolve: (e) => e.payload.held }),
    available: t.field({ type: 'MinorUnits', resolve: (e) => e.payload.available }),
    frozen: t.boolean({ resolve: (e) => e.payload.frozen }),
    code: t.string({ resolve: (e) => e.payload.cause.code }),
    transactionId: t.id({ nullable: true, resolve: (e) => e.payload.cause.transactionId ?? null }),
    holdId: t.id({ nullable: true, resolve: (e) => e.payload.cause.holdId ?? null }),
    occurredAt: t.field({ type: 'DateTime', resolve: (e) => e.occurredAt }),
  }),
});

async function* filtered(ctx: Context, keep: (e: PublishedEvent<AccountChangedPayload>) => boolean) {
  const events = ctx.services.pubsub.subscribe<PublishedEvent<AccountChangedPayload>>(eventChannel(requireTenant(ctx).id, ACCOUNT_CHANGED));
  try {
    for await (const event of events) if (keep(event)) yield event;
  } finally {
    await events.return?.();
  }
}

builder.subscriptionFields((t) => ({
  walletUpdated: t.field({
    type: AccountEvent,
    description: 'Each change of the signed-in player\'s own accounts.',
    authScopes: { player: true },
    subscribe: (_root, _args, ctx) => {
      const me = ctx.principal?.kind === 'player' ? ctx.principal.playerId : '';
      return filtered(ctx, (e) => e.payload.ownerType === 'PLAYER' && e.payload.ownerId === me);
    },
    resolve: (event) => event,
  }),
  ledgerEvents: t.field({
    type: AccountEvent,
    description: 'Every account change of the tenant, for staff.',
    authScopes: { permission: 'wallet:read' },
    subscribe: (_root, _args, ctx) => filtered(ctx, () => true),
    resolve: (event) => event,
  }),
}));

// ---------------------------------------------------------------- staff adjustments (maker-checker)

errorType(AdjustmentNotFoundError, 'AdjustmentNotFoundError', { code: 'ADJUSTMENT_NOT_FOUND', description: '' });
errorType(AdjustmentNotPendingError, 'AdjustmentNotPendingError', { code: 'ADJUSTMENT_NOT_PENDING', description: '' });
errorType(SelfApprovalError, 'SelfApprovalError', { code: 'SELF_APPROVAL', description: '' });

const AdjustmentStatus = builder.enumType('WalletAdjustmentStatus', { values: ['PENDING', 'APPLIED', 'REJECTED'] as const });
const Adjustment = builder.objectRef<adjustments.AdjustmentRow>('WalletAdjustment').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    accountId: t.exposeID('account_id'),
    amount: t.expose('amount', { type: 'MinorUnits', description: 'Signed: a credit is positive, a debit negative.' }),
    reason: t.exposeString('reason'),
    status: t.field({ type: AdjustmentStatus, resolve: (a) => a.status }),
    requestedBy: t.exposeString('requested_by'),
    decidedBy: t.exposeString('decided_by', { nullable: true }),
    decisionNote: t.exposeString('decision_note', { nullable: true }),
    transactionId: t.exposeID('transaction_id', { nullable: true }),
    createdAt: t.expose('created_at', { type: 'DateTime' }),
    decidedAt: t.expose('decided_at', { type: 'DateTime', nullable: true }),
  }),
});
const AdjustmentPayload = builder.objectRef<{ adjustment: adjustments.AdjustmentRow; replay: boolean }>('WalletAdjustmentPayload').implement({
  fields: (t) => ({
    adjustment: t.field({ type: Adjustment, resolve: (p) => p.adjustment }),
    replay: t.exposeBoolean('replay'),
  }),
});
const ThresholdPayload = builder.objectRef<{ currency: string; threshold: string }>('WalletApprovalThresholdPayload').implement({
  fields: (t) => ({ currency: t.exposeString('currency'), threshold: t.expose('threshold', { type: 'MinorUnits' }) }),
});
const ADJUSTMENT_ERRORS = [...MONEY_ERRORS, AdjustmentNotFoundError, AdjustmentNotPendingError, SelfApprovalError] as const;

builder.queryFields((t) => ({
  walletAdjustments: t.connection({
    type: Adjustment,
    description: 'Staff adjustments, newest first; PENDING ones wait for a second approval.',
    authScopes: { permission: 'wallet:read' },
    args: { status: t.arg({ type: AdjustmentStatus }) },
    resolve: (_root, args, ctx) => adjustments.listAdjustments(ctx, args),
  }),
}));

builder.mutationFields((t) => ({
  requestWalletAdjustment: t.field({
    type: AdjustmentPayload,
    description: 'Credits (positive amount) or debits (negative) an account against the house, with a reason. Above the tenant\'s threshold it waits for approveWalletAdjustment by someone else.',
    authScopes: { permission: 'wallet:manage' },
    errors: { types: [...ADJUSTMENT_ERRORS] },
    args: {
      idempotencyKey: t.arg.string({ required: true }),
      account: t.arg({ type: Selector, required: true }),
      amount: t.arg({ type: 'MinorUnits', required: true }),
      reason: t.arg.string({ required: true }),
    },
    resolve: async (_root, args, ctx) => {
      const { result, replay } = await adjustments.requestAdjustment(ctx, args);
      return { adjustment: await adjustments.adjustmentById(ctx, result.adjustmentId), replay };
    },
  }),
  approveWalletAdjustment: t.field({
    type: AdjustmentPayload,
    authScopes: { permission: 'wallet:manage' },
    errors: { types: [...ADJUSTMENT_ERRORS] },
    args: { idempotencyKey: t.arg.string({ required: true }), adjustmentId: t.arg.id({ required: true }), note: t.arg.string() },
    resolve: async (_root, args, ctx) => {
      const { result, replay } = await adjustments.approveAdjustment(ctx, { ...args, adjustmentId: String(args.adjustmentId) });
      return { adjustment: await adjustments.adjustmentById(ctx, result.adjustmentId), replay };
    },
  }),
  rejectWalletAdjustment: t.field({
    type: AdjustmentPayload,
    authScopes: { permission: 'wallet:manage' },
    errors: { types: [...ADJUSTMENT_ERRORS] },
    args: { idempotencyKey: t.arg.string({ required: true }), adjustmentId: t.arg.id({ required: true }), note: t.arg.string() },
    resolve: async (_root, args, ctx) => {
      const { result, replay } = await adjustments.rejectAdjustment(ctx, { ...args, adjustmentId: String(args.adjustmentId) });
      return { adjustment: await adjustments.adjustmentById(ctx, result.adjustmentId), replay };
    },
  }),
  setWalletApprovalThreshold: t.field({
    type: ThresholdPayload,
    description: 'Adjustments up to this amount (minor units) apply without a second approval; audited.',
    authScopes: { permission: 'wallet:manage' },
    errors: { types: [ValidationError, ...TENANT_ERRORS] },
    args: { currency: t.arg.string({ required: true }), amount: t.arg({ type: 'MinorUnits', required: true }) },
    resolve: (_root, { currency, amount }, ctx) => adjustments.setApprovalThreshold(ctx, currency, amount),
  }),
}));
