import { builder } from '../../src/builder.js';
import { requireTenant, type Context } from '../../src/context.js';
import { ForbiddenError, InvalidIdError, TenantNotFoundError, TenantRequiredError, ValidationError } from '../../src/errors.js';
import { errorType } from '../../src/graphql/errors.js';
import { localIdOf, optionalLocalIdOf } from '../../src/graphql/ids.js';
import { money, MoneyType } from '../../src/graphql/money.js';
import { connectionOf } from '../../src/graphql/connections.js';
import { selectsOnlyId } from '../../src/graphql/loaders.js';
import { holds } from '../../src/auth/principal.js';
import type { PublishedEvent } from '../../src/events/outbox.js';
import { resumableEvents, type StreamPosition } from '../../src/events/resumable-events.js';
import { ApiKeyType, PlayerType, StaffUserType, loadApiKey, loadPlayer, loadStaffUser, type ApiKey } from '../identity/index.js';
import { DEPOSIT_REFUSALS } from '../responsible-gambling/index.js';
import {
  AccountFrozenError,
  AccountNotFoundError,
  AdjustmentNotFoundError,
  AdjustmentNotPendingError,
  AlreadyReversedError,
  BalanceOverflowError,
  CaptureExceedsHoldError,
  CurrencyMismatchError,
  HoldNotFoundError,
  HoldNotOpenError,
  IdempotencyConflictError,
  InsufficientFundsError,
  SelfApprovalError,
  TransactionNotFoundError,
  UnsupportedCurrencyError,
} from './wallet.errors.js';
import { ACCOUNT_CHANGED, ACCOUNT_KINDS, OWNER_TYPES, accountStream, availableOf, type AccountChangedPayload, type AccountRow, type OwnerType } from './wallet.ledger.js';
import * as queries from './wallet.queries.js';
import * as wallet from './wallet.service.js';
import * as adjustments from './wallet.adjustments.js';

// ---------------------------------------------------------------- who may see what

/** Staff or partners who read the ledger: every account, transaction and hold of the tenant. */
function readsLedger(ctx: Context): boolean {
  return holds(ctx.principal, 'wallet:read') || holds(ctx.principal, 'wallet:post') || holds(ctx.principal, 'wallet:manage');
}

function isPlayer(ctx: Context, playerId: string): boolean {
  return ctx.principal?.kind === 'player' && ctx.principal.playerId === playerId;
}

/** A player sees their own accounts; the ledger's readers see all. */
function seesAccount(ctx: Context, account: AccountRow): boolean {
  return readsLedger(ctx) || (account.owner_type === 'PLAYER' && isPlayer(ctx, account.owner_id));
}

// ---------------------------------------------------------------- errors

errorType(InsufficientFundsError, 'InsufficientFundsError', {
  code: 'INSUFFICIENT_FUNDS',
  description: 'A debit or hold would take an account below its floor (for players: more than cash + bonus − held); nothing moved. Fund the account or ask for less.',
});
errorType(AccountFrozenError, 'AccountFrozenError', {
  code: 'ACCOUNT_FROZEN',
  description: 'An account the movement touches is frozen (freezeLedgerAccount); nothing moved. Staff with wallet:manage can unfreeze it.',
});
errorType(AccountNotFoundError, 'AccountNotFoundError', {
  code: 'ACCOUNT_NOT_FOUND',
  description: 'The account named by `accountId` does not exist in this tenant, or the PLAYER owner named does not exist; nothing moved.',
});
errorType(
  BalanceOverflowError,
  'BalanceOverflowError',
  { code: 'BALANCE_OVERFLOW', description: 'The posting or hold would take an account past the largest amount the ledger holds (2^63 − 1 minor units); nothing was written.' },
  (t) => ({
    ledgerAccount: t.field({
      type: LedgerAccountType,
      nullable: true,
      description: 'The account that would overflow (null when the caller may not see it).',
      resolve: async (error: BalanceOverflowError, _args: unknown, ctx: Context) => {
        const account = await queries.loadLedgerAccount(ctx, error.accountId);
        return account && seesAccount(ctx, account) ? account : null;
      },
    }),
  }),
);
errorType(CurrencyMismatchError, 'CurrencyMismatchError', {
  code: 'CURRENCY_MISMATCH',
  description: 'The two accounts of a transfer (or a hold and the account it is captured into) hold different currencies; nothing moved. Name accounts of one currency.',
});
errorType(UnsupportedCurrencyError, 'UnsupportedCurrencyError', {
  code: 'UNSUPPORTED_CURRENCY',
  description: 'The currency is not one of the tenant\'s currencies, so no account of it can be opened; nothing moved.',
});
errorType(IdempotencyConflictError, 'IdempotencyConflictError', {
  code: 'IDEMPOTENCY_CONFLICT',
  description: 'The idempotency key was already used for a request with other content (or another operation); nothing was written. Use a fresh key for a new request.',
});
errorType(HoldNotFoundError, 'HoldNotFoundError', { code: 'HOLD_NOT_FOUND', description: 'No hold with this id exists in the tenant.' });
errorType(HoldNotOpenError, 'HoldNotOpenError', {
  code: 'HOLD_NOT_OPEN',
  description: 'The hold was already captured, released or expired: a hold closes once. Read the hold to see how it closed.',
});
errorType(CaptureExceedsHoldError, 'CaptureExceedsHoldError', {
  code: 'CAPTURE_EXCEEDS_HOLD',
  description: 'The amount to capture is more than the hold reserved; nothing moved. Capture at most the hold\'s amount.',
});
errorType(TransactionNotFoundError, 'TransactionNotFoundError', { code: 'TRANSACTION_NOT_FOUND', description: 'No ledger transaction with this id exists in the tenant.' });
errorType(AlreadyReversedError, 'AlreadyReversedError', {
  code: 'ALREADY_REVERSED',
  description: 'The transaction was already reversed, or is itself a reversal: a transaction is reversed at most once. Its `reversedBy` names the reversal.',
});
errorType(AdjustmentNotFoundError, 'AdjustmentNotFoundError', { code: 'ADJUSTMENT_NOT_FOUND', description: 'No wallet adjustment with this id exists in the tenant.' });
errorType(AdjustmentNotPendingError, 'AdjustmentNotPendingError', {
  code: 'ADJUSTMENT_NOT_PENDING',
  description: 'The adjustment was already applied or rejected: only a PENDING adjustment can be decided.',
});
errorType(SelfApprovalError, 'SelfApprovalError', {
  code: 'SELF_APPROVAL',
  description: 'The approver is the one who requested the adjustment: another member of staff with wallet:manage must approve it.',
});

// ---------------------------------------------------------------- enums

const OWNER_DESCRIPTIONS: Record<OwnerType, string> = {
  PLAYER: 'A player\'s own money (cash and bonus); never below zero.',
  HOUSE: 'The operator\'s money: bets lost, wins paid, adjustments. Striped over several rows for throughput; its balance is their sum.',
  PROVIDER: 'A counterparty outside the ledger named by a reference: a payment provider, a receivable, the manual payouts account.',
  ESCROW: 'Money held for a shared game, such as a poker table\'s pots; never below zero.',
  WORLD: 'The outside world, the source of deposits made by partners and the sink of money leaving; unbounded.',
  AFFILIATE: 'An affiliate\'s payable account: approved commission the operator owes it, until paid out; never below zero.',
};
const OwnerTypeEnum = builder.enumType('LedgerOwnerType', {
  description: 'Who an account belongs to.',
  values: Object.fromEntries(OWNER_TYPES.map((o) => [o, { value: o, description: OWNER_DESCRIPTIONS[o] }])) as Record<OwnerType, { value: OwnerType; description: string }>,
});
const AccountKindEnum = builder.enumType('LedgerAccountKind', {
  description: 'The kind of money an account holds.',
  values: {
    CASH: { value: 'CASH' as const, description: 'Withdrawable money.' },
    BONUS: { value: 'BONUS' as const, description: 'Bonus money: spendable on games, not withdrawable.' },
    POINTS: { value: 'POINTS' as const, description: 'VIP loyalty points (currency PTS, two decimals; docs/vip.md): moved only by the VIP module, never through the wallet\'s own mutations.' },
  },
});
const HoldStatusEnum = builder.enumType('HoldStatus', {
  description: 'Where a hold stands.',
  values: {
    OPEN: { value: 'OPEN' as const, description: 'Reserved: its amount counts in the account\'s `held` until it is captured, released or expires.' },
    CAPTURED: { value: 'CAPTURED' as const, description: 'Captured (in part or whole) into another account; any rest was released.' },
    RELEASED: { value: 'RELEASED' as const, description: 'Released: the amount is available again, nothing moved.' },
    EXPIRED: { value: 'EXPIRED' as const, description: 'Released by the ledger when its expiry passed.' },
  },
});
const FloorPolicyEnum = builder.enumType('LedgerFloorPolicy', {
  description: 'How low an account\'s balance may go.',
  values: {
    NON_NEGATIVE: { value: 'NON_NEGATIVE' as const, description: 'balance − held never below zero (players, escrow).' },
    LIMIT: { value: 'LIMIT' as const, description: 'balance − held never below `floorLimit` (a negative credit line).' },
    UNBOUNDED: { value: 'UNBOUNDED' as const, description: 'No floor (house, providers, world).' },
  },
});
const AdjustmentStatusEnum = builder.enumType('WalletAdjustmentStatus', {
  description: 'Where a staff adjustment stands.',
  values: {
    PENDING: { value: 'PENDING' as const, description: 'Above the approval threshold: waits for a second member of staff to approve or reject it.' },
    APPLIED: { value: 'APPLIED' as const, description: 'Posted to the ledger: `transaction` is the posting.' },
    REJECTED: { value: 'REJECTED' as const, description: 'Rejected by a second member of staff; nothing moved.' },
  },
});

// ---------------------------------------------------------------- actors

const ACTOR_KINDS = ['PLAYER', 'STAFF', 'PLATFORM_STAFF', 'API_KEY', 'PROVIDER', 'SYSTEM'] as const;
type ActorKind = (typeof ACTOR_KINDS)[number];
interface ActorValue {
  kind: ActorKind;
  ref: string;
}
/** A stored actor label (`KIND:id`, as wallet.service's whoCreated writes it) as its kind and reference. */
function actorOfLabel(label: string): ActorValue {
  const colon = label.indexOf(':');
  const kind = colon < 0 ? label : label.slice(0, colon);
  const ref = colon < 0 ? '' : label.slice(colon + 1);
  return (ACTOR_KINDS as readonly string[]).includes(kind) ? { kind: kind as ActorKind, ref } : { kind: 'SYSTEM', ref: label };
}
const ActorKindEnum = builder.enumType('WalletActorKind', {
  description: 'What kind of actor moved money or decided an adjustment.',
  values: {
    PLAYER: { value: 'PLAYER' as const, description: 'A player (`player` names them).' },
    STAFF: { value: 'STAFF' as const, description: 'A member of the tenant\'s staff (`staffUser` names them).' },
    PLATFORM_STAFF: { value: 'PLATFORM_STAFF' as const, description: 'Platform staff acting in the tenant: not a staff user of the tenant, so not named.' },
    API_KEY: { value: 'API_KEY' as const, description: 'A partner integration through an API key (`apiKey` names it).' },
    PROVIDER: { value: 'PROVIDER' as const, description: 'A payment provider or game aggregator through its callbacks (`providerCode` names it).' },
    SYSTEM: { value: 'SYSTEM' as const, description: 'The platform itself: a scheduled job, an expiry.' },
  },
});
const WalletActorType = builder.objectRef<ActorValue>('WalletActor').implement({
  description: 'Who posted a transaction or requested or decided an adjustment. Staff users, API keys and players are objects; providers are named by their code.',
  fields: (t) => ({
    kind: t.field({ type: ActorKindEnum, description: 'The kind of actor; says which of the other fields is set.', resolve: (a) => a.kind }),
    player: t.field({ type: PlayerType, nullable: true, description: 'The player, for PLAYER.', resolve: (a, _args, ctx) => (a.kind === 'PLAYER' ? loadPlayer(ctx, a.ref) : null) }),
    staffUser: t.field({ type: StaffUserType, nullable: true, description: 'The staff user, for STAFF.', resolve: (a, _args, ctx) => (a.kind === 'STAFF' ? loadStaffUser(ctx, a.ref) : null) }),
    apiKey: t.field({
      type: ApiKeyType,
      nullable: true,
      description: 'The API key, for API_KEY.',
      // `apiKey { id }` alone needs no read; only the id field of ApiKey is resolved from this stand-in.
      resolve: (a, _args, ctx, info) => (a.kind !== 'API_KEY' ? null : selectsOnlyId(info) ? ({ id: a.ref } as ApiKey) : loadApiKey(ctx, a.ref)),
    }),
    providerCode: t.string({
      nullable: true,
      description: 'The code of the payment provider or game aggregator, for PROVIDER (such as "stripe" or "hub88").',
      resolve: (a) => (a.kind === 'PROVIDER' ? a.ref : null),
    }),
  }),
});

// ---------------------------------------------------------------- objects

export const WalletBalanceType = builder.objectRef<queries.WalletBalance>('WalletBalance').implement({
  description: 'A player\'s money in one currency: cash, bonus, what open holds reserve, and what can be spent.',
  fields: (t) => ({
    currency: t.field({ type: 'Currency', description: 'The currency of the amounts below.', resolve: (b) => b.currency }),
    cash: t.field({ type: MoneyType, description: 'Withdrawable money.', resolve: (b) => money(b.cash, b.currency) }),
    bonus: t.field({ type: MoneyType, description: 'Bonus money: spendable on games, not withdrawable.', resolve: (b) => money(b.bonus, b.currency) }),
    held: t.field({ type: MoneyType, description: 'Reserved by open holds (pending withdrawals, poker buy-ins).', resolve: (b) => money(b.held, b.currency) }),
    available: t.field({ type: MoneyType, description: 'cash + bonus − held: what can be spent now.', resolve: (b) => money(b.available, b.currency) }),
  }),
});

export const LedgerAccountType = builder.objectRef<AccountRow>('LedgerAccount');
builder.node(LedgerAccountType, {
  description: 'An account of the double-entry ledger: one owner, one currency, one kind. Opened on first use; its balance changes only by entries.',
  id: { resolve: (a) => a.id },
  loadMany: async (ids, ctx) => {
    const rows = await Promise.all(ids.map((id) => queries.loadLedgerAccount(ctx, id)));
    return rows.map((a) => (a && seesAccount(ctx, a) ? a : null));
  },
  fields: (t) => ({
    ownerType: t.field({ type: OwnerTypeEnum, description: 'Who the account belongs to.', resolve: (a) => a.owner_type }),
    owner: t.field({
      type: PlayerType,
      nullable: true,
      description: 'The player who owns the account, for PLAYER accounts; null for the others.',
      resolve: (a, _args, ctx) => (a.owner_type === 'PLAYER' ? loadPlayer(ctx, a.owner_id) : null),
    }),
    ownerRef: t.string({
      nullable: true,
      description: 'The owner\'s reference for PROVIDER accounts (a provider code, "receivable:<player uuid>", "manual-payouts", "affiliate-payouts"), ESCROW accounts (the escrow\'s key as its module wrote it) and AFFILIATE accounts (the affiliate\'s uuid); null for PLAYER, HOUSE and WORLD.',
      resolve: (a) => (a.owner_type === 'PROVIDER' || a.owner_type === 'ESCROW' || a.owner_type === 'AFFILIATE' ? a.owner_id : null),
    }),
    currency: t.field({ type: 'Currency', description: 'The account\'s currency: every entry and amount of it is in this currency.', resolve: (a) => a.currency }),
    kind: t.field({ type: AccountKindEnum, description: 'Cash or bonus money.', resolve: (a) => a.kind }),
    stripe: t.exposeInt('stripe', { description: 'The stripe of a HOUSE account (the house is several rows for throughput); 0 for the others.' }),
    floorPolicy: t.field({ type: FloorPolicyEnum, description: 'How low the balance may go.', resolve: (a) => a.floor_policy }),
    floorLimit: t.field({ type: MoneyType, description: 'The lowest balance − held allowed under LIMIT (zero or negative).', resolve: (a) => money(a.floor_limit, a.currency) }),
    balance: t.field({ type: MoneyType, description: 'The balance: the sum of the account\'s entries.', resolve: (a) => money(a.balance, a.currency) }),
    held: t.field({ type: MoneyType, description: 'Reserved by open holds.', resolve: (a) => money(a.held, a.currency) }),
    available: t.field({ type: MoneyType, description: 'balance − held: what can be debited now.', resolve: (a) => money(availableOf(a), a.currency) }),
    frozen: t.exposeBoolean('frozen', { description: 'A frozen account takes no postings or holds, except corrections (reversals, dispute outcomes).' }),
    seq: t.string({ description: 'The account\'s event sequence number: the `seq` of its latest LedgerAccountEvent.', resolve: (a) => a.last_seq }),
    createdAt: t.expose('created_at', { type: 'DateTime', description: 'When the account was opened (its first use).' }),
  }),
});
const LedgerAccountConnection = connectionOf(LedgerAccountType, 'LedgerAccount', { totalCount: true });

async function accountOf(ctx: Context, id: string): Promise<AccountRow> {
  const account = await queries.loadLedgerAccount(ctx, id);
  if (!account) throw new Error(`ledger account ${id} of a visible row is missing`);
  return account;
}

const LedgerEntryType = builder.objectRef<queries.TransactionView['entries'][number]>('LedgerEntry').implement({
  description: 'One side of a transaction: a signed amount on one account. Entries are immutable.',
  fields: (t) => ({
    account: t.field({
      type: LedgerAccountType,
      description: 'The account the entry credits or debits.',
      // `account { id }` alone needs no read: a posting's answer stays as cheap as the posting.
      // Only the id field of LedgerAccount is resolved from this stand-in.
      resolve: (e, _args, ctx, info) => (selectsOnlyId(info) ? ({ id: e.accountId } as AccountRow) : accountOf(ctx, e.accountId)),
    }),
    amount: t.field({
      type: MoneyType,
      description: 'Signed: a credit is positive, a debit negative.',
      resolve: (e, _args, ctx) => money(e.amount, async () => (await accountOf(ctx, e.accountId)).currency),
    }),
    balanceAfter: t.field({
      type: MoneyType,
      description: 'The account\'s balance just after this entry.',
      resolve: (e, _args, ctx) => money(e.balanceAfter, async () => (await accountOf(ctx, e.accountId)).currency),
    }),
    seq: t.exposeString('seq', { description: 'The entry\'s position among the account\'s entries (1, 2, 3, ...).' }),
  }),
});

export const LedgerTransactionType = builder.objectRef<queries.TransactionView>('LedgerTransaction');
builder.node(LedgerTransactionType, {
  description: 'A movement of money: entries that sum to zero per currency, posted at once. Immutable; corrected by a reversal.',
  id: { resolve: (x) => x.id },
  loadMany: async (ids, ctx) => {
    if (!readsLedger(ctx)) return ids.map(() => null);
    return Promise.all(ids.map((id) => queries.loadLedgerTransaction(ctx, id)));
  },
  fields: (t) => ({
    code: t.exposeString('code', { description: 'What the movement is, as its poster named it: BET, WIN, DEPOSIT, WITHDRAWAL, ADJUSTMENT, REVERSAL, ...' }),
    reference: t.exposeString('reference', { nullable: true, description: 'The poster\'s reference (a round, a payment, a hold), for finding the transaction again.' }),
    metadata: t.expose('metadata', { type: 'JSON', description: 'The poster\'s own metadata, as posted (with `frozenOverride` when a correction moved money on a frozen account).' }),
    reverses: t.field({
      type: LedgerTransactionType,
      nullable: true,
      description: 'The transaction this one reverses, when it is a reversal.',
      resolve: (x, _args, ctx) => queries.loadLedgerTransaction(ctx, x.reversesId),
    }),
    reversedBy: t.field({
      type: LedgerTransactionType,
      nullable: true,
      description: 'The reversal of this transaction, when it was reversed.',
      resolve: (x, _args, ctx) => queries.loadLedgerTransaction(ctx, x.reversedById),
    }),
    createdBy: t.field({ type: WalletActorType, description: 'Who posted it.', resolve: (x) => actorOfLabel(x.createdBy) }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was posted.' }),
    entries: t.field({ type: [LedgerEntryType], description: 'Its entries, in posting order.', resolve: (x) => x.entries }),
  }),
});
const LedgerTransactionConnection = connectionOf(LedgerTransactionType, 'LedgerTransaction', { totalCount: true });

/** A transaction reference: shown to the ledger's readers; null for players (a transaction shows both sides). */
function ledgerTransactionFor(ctx: Context, id: string | null | undefined) {
  return readsLedger(ctx) ? queries.loadLedgerTransaction(ctx, id) : Promise.resolve(null);
}

export const LedgerHoldType = builder.objectRef<wallet.HoldRow>('LedgerHold');
builder.node(LedgerHoldType, {
  description: 'A reservation of part of an account\'s available balance (a pending withdrawal, a poker buy-in), captured or released once.',
  id: { resolve: (h) => h.id },
  loadMany: async (ids, ctx) => {
    if (!readsLedger(ctx)) return ids.map(() => null);
    return Promise.all(ids.map((id) => queries.loadLedgerHold(ctx, id)));
  },
  fields: (t) => ({
    account: t.field({ type: LedgerAccountType, description: 'The account whose money is reserved.', resolve: (h, _args, ctx) => accountOf(ctx, h.account_id) }),
    amount: t.field({ type: MoneyType, description: 'The amount reserved.', resolve: async (h, _args, ctx) => money(h.amount, (await accountOf(ctx, h.account_id)).currency) }),
    captured: t.field({
      type: MoneyType,
      nullable: true,
      description: 'The amount captured, once CAPTURED; null before and for other outcomes.',
      resolve: async (h, _args, ctx) => (h.captured === null ? null : money(h.captured, (await accountOf(ctx, h.account_id)).currency)),
    }),
    status: t.field({ type: HoldStatusEnum, description: 'Where the hold stands.', resolve: (h) => h.status }),
    expiresAt: t.expose('expires_at', { type: 'DateTime', nullable: true, description: 'When an OPEN hold expires by itself; null for a hold without expiry.' }),
    transaction: t.field({
      type: LedgerTransactionType,
      nullable: true,
      description: 'The posting that captured the hold, once CAPTURED.',
      resolve: (h, _args, ctx) => ledgerTransactionFor(ctx, h.transaction_id),
    }),
    createdAt: t.expose('created_at', { type: 'DateTime', description: 'When the hold was reserved.' }),
    closedAt: t.expose('closed_at', { type: 'DateTime', nullable: true, description: 'When it was captured, released or expired.' }),
  }),
});

const StatementLineType = builder.objectRef<queries.StatementLine>('WalletStatementLine');
builder.node(StatementLineType, {
  description: 'A line of a player\'s statement: one entry of one of their accounts, with what moved it.',
  id: { resolve: (l) => l.id },
  loadMany: async (ids, ctx) => {
    const rows = await Promise.all(ids.map((id) => queries.loadStatementLine(ctx, id)));
    return rows.map((l) => (l && (holds(ctx.principal, 'wallet:read') || isPlayer(ctx, l.owner_id)) ? l : null));
  },
  fields: (t) => ({
    code: t.exposeString('code', { description: 'The code of the transaction: BET, WIN, DEPOSIT, WITHDRAWAL, ...' }),
    reference: t.exposeString('reference', { nullable: true, description: 'The transaction\'s reference (a round, a payment).' }),
    currency: t.field({ type: 'Currency', description: 'The account\'s currency.', resolve: (l) => l.currency }),
    kind: t.field({ type: AccountKindEnum, description: 'Cash or bonus.', resolve: (l) => l.kind as (typeof ACCOUNT_KINDS)[number] }),
    amount: t.field({ type: MoneyType, description: 'Signed: a credit is positive, a debit negative.', resolve: (l) => money(l.amount, l.currency) }),
    balanceAfter: t.field({ type: MoneyType, description: 'The account\'s balance just after this line.', resolve: (l) => money(l.balance_after, l.currency) }),
    createdAt: t.expose('created_at', { type: 'DateTime', description: 'When it was posted.' }),
  }),
});
const StatementLineConnection = connectionOf(StatementLineType, 'WalletStatementLine', { totalCount: true });

const BalanceAtType = builder.objectRef<Awaited<ReturnType<typeof queries.playerBalanceAt>>>('WalletBalanceAt').implement({
  description: 'A player\'s balances in one currency as they stood at an instant.',
  fields: (t) => ({
    currency: t.field({ type: 'Currency', description: 'The currency asked for.', resolve: (b) => b.currency }),
    at: t.expose('at', { type: 'DateTime', description: 'The instant asked for.' }),
    cash: t.field({ type: MoneyType, description: 'Cash at that instant.', resolve: (b) => money(b.cash, b.currency) }),
    bonus: t.field({ type: MoneyType, description: 'Bonus money at that instant.', resolve: (b) => money(b.bonus, b.currency) }),
  }),
});

// ---------------------------------------------------------------- inputs

const SelectorInput = builder.inputType('LedgerAccountSelector', {
  description:
    'Names an account: by `accountId`, or by owner: `ownerType` with `ownerId` (PLAYER: a Player\'s global ID) or `ownerRef` (PROVIDER, ESCROW), `currency` (required unless the counterparty says it) and `kind` (default CASH). An owner\'s account opens on first use.',
  fields: (t) => ({
    accountId: t.id({ description: 'The global ID of a LedgerAccount.' }),
    ownerType: t.field({ type: OwnerTypeEnum, description: 'The owner\'s type, to name an account by owner.' }),
    ownerId: t.id({ description: 'For PLAYER: the global ID of the Player.' }),
    ownerRef: t.string({ description: 'For PROVIDER and ESCROW: the owner\'s reference (a provider code, for example). These owners are not objects of the API.' }),
    currency: t.field({ type: 'Currency', description: 'The account\'s currency.' }),
    kind: t.field({ type: AccountKindEnum, description: 'Cash (the default) or bonus; POINTS is refused here (VIP moves points).' }),
  }),
});
type SelectorValue = typeof SelectorInput.$inferInput;

/** The selector as the service takes it: global ids decoded, the owner as stored. */
function selectorOf(s: SelectorValue, path: string[]): wallet.AccountSelector {
  const accountId = optionalLocalIdOf(s.accountId, 'LedgerAccount', [...path, 'accountId']);
  const ownerType = s.ownerType ?? null;
  if (ownerType === 'PLAYER' && s.ownerRef != null) throw new ValidationError([{ path: [...path, 'ownerRef'], message: 'is not taken for PLAYER: give ownerId' }]);
  if (ownerType !== 'PLAYER' && s.ownerId != null) throw new ValidationError([{ path: [...path, 'ownerId'], message: 'is taken only for PLAYER: give ownerRef' }]);
  const ownerId = ownerType === 'PLAYER' ? optionalLocalIdOf(s.ownerId, 'Player', [...path, 'ownerId']) : s.ownerRef;
  if (s.kind === 'POINTS') throw new ValidationError([{ path: [...path, 'kind'], message: 'POINTS accounts are moved only by the VIP module' }]);
  if (ownerType === 'AFFILIATE') throw new ValidationError([{ path: [...path, 'ownerType'], message: 'AFFILIATE accounts are moved only by the affiliates module' }]);
  return { accountId: accountId ?? null, ownerType, ownerId: ownerId ?? null, currency: s.currency ?? null, kind: s.kind ?? null };
}

const TransferInput = builder.inputType('LedgerTransferInput', {
  description: 'One transfer: `amount` out of `from` and into `to`, two accounts of one currency.',
  fields: (t) => ({
    from: t.field({ type: SelectorInput, required: true, description: 'The account debited.' }),
    to: t.field({ type: SelectorInput, required: true, description: 'The account credited.' }),
    amount: t.field({ type: 'MinorUnits', required: true, description: 'Positive, in minor units of the accounts\' currency.' }),
  }),
});

// ---------------------------------------------------------------- queries

const StatementFilter = builder.inputType('WalletStatementFilter', {
  description: 'Narrows a player\'s statement.',
  fields: (t) => ({
    code: t.string({ description: 'Only lines of transactions with this code (BET, WIN, DEPOSIT, ...).' }),
    currency: t.field({ type: 'Currency', description: 'Only lines of accounts in this currency.' }),
    from: t.field({ type: 'DateTime', description: 'Only lines posted at or after this instant.' }),
    to: t.field({ type: 'DateTime', description: 'Only lines posted before this instant.' }),
  }),
});
const AccountFilter = builder.inputType('LedgerAccountFilter', {
  description: 'Narrows a listing of ledger accounts.',
  fields: (t) => ({
    ownerType: t.field({ type: OwnerTypeEnum, description: 'Only accounts of this owner type.' }),
    ownerId: t.id({ description: 'Only the accounts of this Player (a Player\'s global ID).' }),
    ownerRef: t.string({ description: 'Only the accounts of this PROVIDER, ESCROW or AFFILIATE owner reference.' }),
    currency: t.field({ type: 'Currency', description: 'Only accounts in this currency.' }),
  }),
});
const TransactionFilter = builder.inputType('LedgerTransactionFilter', {
  description: 'Narrows a listing of ledger transactions; the filters combine (and).',
  fields: (t) => ({
    account: t.id({ description: 'Only transactions with an entry on this LedgerAccount (its global ID).' }),
    player: t.id({ description: 'Only transactions with an entry on one of this Player\'s accounts (a Player\'s global ID).' }),
    code: t.string({ description: 'Only transactions with this code (BET, WIN, DEPOSIT, REVERSAL, ...).' }),
    reference: t.string({ description: 'Only transactions with this reference (exact).' }),
    from: t.field({ type: 'DateTime', description: 'Only transactions posted at or after this instant.' }),
    to: t.field({ type: 'DateTime', description: 'Only transactions posted before this instant.' }),
  }),
});
const AdjustmentFilter = builder.inputType('WalletAdjustmentFilter', {
  description: 'Narrows a listing of staff adjustments.',
  fields: (t) => ({
    status: t.field({ type: AdjustmentStatusEnum, description: 'Only adjustments with this status (PENDING: the approval queue).' }),
    account: t.id({ description: 'Only adjustments of this LedgerAccount (its global ID).' }),
  }),
});

builder.queryFields((t) => ({
  wallet: t.field({
    type: [WalletBalanceType],
    description: 'The signed-in player\'s balances, per currency (the tenant\'s default currency always listed).',
    authScopes: { player: true },
    resolve: (_root, _args, ctx) => queries.playerWallet(ctx),
  }),
  walletStatement: t.connection(
    {
      type: StatementLineType,
      description: 'The signed-in player\'s statement: the entries of their accounts, newest first. `last`/`before` page back towards the newest.',
      authScopes: { player: true },
      args: { filter: t.arg({ type: StatementFilter, description: 'Narrows the statement.' }) },
      resolve: (_root, args, ctx) => queries.playerStatement(ctx, args),
    },
    StatementLineConnection,
  ),
  walletBalanceAt: t.field({
    type: BalanceAtType,
    description: 'The signed-in player\'s cash and bonus in a currency as they stood at an instant.',
    authScopes: { player: true },
    args: {
      currency: t.arg({ type: 'Currency', required: true, description: 'The currency.' }),
      at: t.arg({ type: 'DateTime', required: true, description: 'The instant.' }),
    },
    resolve: (_root, { currency, at }, ctx) => queries.playerBalanceAt(ctx, currency, at),
  }),
  ledgerAccounts: t.connection(
    {
      type: LedgerAccountType,
      description: 'The tenant\'s ledger accounts, oldest first, for staff and partners reading the ledger.',
      authScopes: { $any: { permission: 'wallet:read', $all: { permission: 'wallet:post' } } },
      args: { filter: t.arg({ type: AccountFilter, description: 'Narrows the listing.' }) },
      resolve: (_root, args, ctx) => {
        const f = args.filter;
        if (f?.ownerId != null && f.ownerRef != null) throw new ValidationError([{ path: ['filter', 'ownerRef'], message: 'give ownerId or ownerRef, not both' }]);
        const ownerId = f?.ownerId != null ? localIdOf(f.ownerId, 'Player', ['filter', 'ownerId']) : f?.ownerRef;
        const ownerType = f?.ownerId != null ? 'PLAYER' : f?.ownerType;
        return queries.listAccounts(ctx, { ...args, filter: { ownerType: ownerType ?? null, ownerId: ownerId ?? null, currency: f?.currency ?? null } });
      },
    },
    LedgerAccountConnection,
  ),
  ledgerTransaction: t.field({
    type: LedgerTransactionType,
    nullable: true,
    description: 'A ledger transaction by global ID; null when it does not exist in the tenant.',
    authScopes: { $any: { permission: 'wallet:read', $all: { permission: 'wallet:post' } } },
    args: { id: t.arg.id({ required: true, description: 'The global ID of a LedgerTransaction.' }) },
    resolve: (_root, { id }, ctx) => queries.loadLedgerTransaction(ctx, localIdOf(String(id), 'LedgerTransaction', ['id'])),
  }),
  ledgerTransactions: t.connection(
    {
      type: LedgerTransactionType,
      description: 'The tenant\'s ledger transactions, newest first, for staff (back-office): by account, player, code, reference and time. `last`/`before` page back towards the newest.',
      authScopes: { permission: 'wallet:read' },
      args: { filter: t.arg({ type: TransactionFilter, description: 'Narrows the listing.' }) },
      resolve: (_root, args, ctx) => {
        const f = args.filter;
        return queries.listTransactions(ctx, {
          ...args,
          filter: {
            accountId: optionalLocalIdOf(f?.account, 'LedgerAccount', ['filter', 'account']) ?? null,
            playerId: optionalLocalIdOf(f?.player, 'Player', ['filter', 'player']) ?? null,
            code: f?.code ?? null,
            reference: f?.reference ?? null,
            from: f?.from ?? null,
            to: f?.to ?? null,
          },
        });
      },
    },
    LedgerTransactionConnection,
  ),
}));

builder.objectFields(PlayerType, (t) => ({
  balances: t.field({
    type: [WalletBalanceType],
    description: 'The player\'s balances per currency: for staff with wallet:read, or the player themself.',
    resolve: (player, _args, ctx) => {
      if (!holds(ctx.principal, 'wallet:read') && !isPlayer(ctx, player.id)) throw new ForbiddenError({ permission: 'wallet:read' });
      return queries.loadWalletOf(ctx, player.id);
    },
  }),
}));

// ---------------------------------------------------------------- mutations

const WALLET_MANAGE_TENANT_ERRORS = [TenantRequiredError, TenantNotFoundError] as const;

const PostTransfersInput = builder.inputType('PostTransfersInput', {
  description: 'Transfers posted together: all or none.',
  fields: (t) => ({
    idempotencyKey: t.string({ required: true, description: 'Unique per request (8-128 printable ASCII): a replay answers the first result; other content under the same key is IDEMPOTENCY_CONFLICT.' }),
    code: t.string({ required: true, description: 'What the movement is, 2-40 of A-Z, 0-9, _: BET, WIN, DEPOSIT, ... A DEPOSIT to a player is checked against responsible gambling.' }),
    reference: t.string({ description: 'Your reference (a round, a payment), up to 200 characters.' }),
    metadata: t.field({ type: 'JSON', description: 'Your own metadata (a JSON object), kept with the transaction.' }),
    transfers: t.field({ type: [TransferInput], required: true, description: '1 to 20 transfers.' }),
  }),
});
const PostTransfersPayload = builder.objectRef<{ transaction: queries.TransactionView; replay: boolean }>('PostTransfersPayload').implement({
  description: 'The posted transaction.',
  fields: (t) => ({
    transaction: t.field({ type: LedgerTransactionType, description: 'The transaction posted (or posted before, on a replay).', resolve: (p) => p.transaction }),
    replay: t.exposeBoolean('replay', { description: 'True when this answers an idempotency key seen before.' }),
  }),
});

const ReserveHoldInput = builder.inputType('ReserveHoldInput', {
  description: 'A hold to reserve.',
  fields: (t) => ({
    idempotencyKey: t.string({ required: true, description: 'Unique per request: a replay answers the first result.' }),
    account: t.field({ type: SelectorInput, required: true, description: 'The account whose available balance is reserved.' }),
    amount: t.field({ type: 'MinorUnits', required: true, description: 'Positive, in minor units of the account\'s currency.' }),
    expiresInSeconds: t.int({ description: 'Released by itself after this many seconds (1 to 30 days); never when absent.' }),
  }),
});
const CaptureHoldInput = builder.inputType('CaptureHoldInput', {
  description: 'A hold to capture into another account.',
  fields: (t) => ({
    idempotencyKey: t.string({ required: true, description: 'Unique per request: a replay answers the first result.' }),
    holdId: t.id({ required: true, description: 'The global ID of the LedgerHold.' }),
    amount: t.field({ type: 'MinorUnits', description: 'The amount to capture, at most the hold\'s; the whole hold when absent. The rest is released.' }),
    to: t.field({ type: SelectorInput, required: true, description: 'The account credited, in the hold\'s currency.' }),
    code: t.string({ required: true, description: 'The code of the capture\'s transaction (WITHDRAWAL, BUY_IN, ...).' }),
    reference: t.string({ description: 'The transaction\'s reference; the hold\'s id when absent.' }),
  }),
});
const ReleaseHoldInput = builder.inputType('ReleaseHoldInput', {
  description: 'A hold to release.',
  fields: (t) => ({
    idempotencyKey: t.string({ required: true, description: 'Unique per request: a replay answers the first result.' }),
    holdId: t.id({ required: true, description: 'The global ID of the LedgerHold.' }),
  }),
});
function holdPayload(name: string, description: string, withTransaction: boolean) {
  return builder.objectRef<{ hold: wallet.HoldRow; transaction: queries.TransactionView | null; replay: boolean }>(name).implement({
    description,
    fields: (t) => ({
      hold: t.field({ type: LedgerHoldType, description: 'The hold as it now stands.', resolve: (p) => p.hold }),
      ...(withTransaction
        ? { transaction: t.field({ type: LedgerTransactionType, description: 'The transaction that moved the captured amount.', resolve: (p) => p.transaction! }) }
        : {}),
      replay: t.exposeBoolean('replay', { description: 'True when this answers an idempotency key seen before.' }),
    }),
  });
}
const ReserveHoldPayload = holdPayload('ReserveHoldPayload', 'The hold reserved.', false);
const CaptureHoldPayload = holdPayload('CaptureHoldPayload', 'The hold captured, and the transaction that moved the money.', true);
const ReleaseHoldPayload = holdPayload('ReleaseHoldPayload', 'The hold released.', false);

const ReverseInput = builder.inputType('ReverseLedgerTransactionInput', {
  description: 'A transaction to reverse.',
  fields: (t) => ({
    idempotencyKey: t.string({ required: true, description: 'Unique per request: a replay answers the first result.' }),
    transactionId: t.id({ required: true, description: 'The global ID of the LedgerTransaction to reverse.' }),
    reason: t.string({ required: true, description: 'Why (3-500 characters); audited and kept in the reversal\'s metadata.' }),
  }),
});
const ReversePayload = builder.objectRef<{ transaction: queries.TransactionView; replay: boolean }>('ReverseLedgerTransactionPayload').implement({
  description: 'The reversal posted.',
  fields: (t) => ({
    reversal: t.field({ type: LedgerTransactionType, description: 'The reversal: the mirror image of the original, whose `reverses` names it.', resolve: (p) => p.transaction }),
    replay: t.exposeBoolean('replay', { description: 'True when this answers an idempotency key seen before.' }),
  }),
});

function freezeInput(name: string, what: string) {
  return builder.inputType(name, {
    description: what,
    fields: (t) => ({
      accountId: t.id({ required: true, description: 'The global ID of the LedgerAccount.' }),
      reason: t.string({ required: true, description: 'Why (3-500 characters); audited.' }),
    }),
  });
}
function accountPayload(name: string, description: string) {
  return builder.objectRef<AccountRow>(name).implement({
    description,
    fields: (t) => ({ account: t.field({ type: LedgerAccountType, description: 'The account as it now stands.', resolve: (a) => a }) }),
  });
}
const FreezeInput = freezeInput('FreezeLedgerAccountInput', 'An account to freeze.');
const UnfreezeInput = freezeInput('UnfreezeLedgerAccountInput', 'An account to unfreeze.');
const FreezePayload = accountPayload('FreezeLedgerAccountPayload', 'The account frozen.');
const UnfreezePayload = accountPayload('UnfreezeLedgerAccountPayload', 'The account unfrozen.');

const MONEY_ERRORS = [
  ValidationError,
  InvalidIdError,
  AccountNotFoundError,
  InsufficientFundsError,
  AccountFrozenError,
  BalanceOverflowError,
  CurrencyMismatchError,
  UnsupportedCurrencyError,
  IdempotencyConflictError,
] as const;

builder.mutationFields((t) => ({
  postTransfers: t.field({
    type: PostTransfersPayload,
    description: 'Moves money between accounts, all transfers or none, for partners (wallet:post). Idempotent on idempotencyKey. A DEPOSIT to a player is checked against responsible gambling.',
    authScopes: { permission: 'wallet:post' },
    // Only API keys hold wallet:post, and a key's tenant is checked before any resolver: no tenant errors here.
    // A currency outside the tenant's is a ValidationError here (the union stays within 12 members).
    errors: { types: [...MONEY_ERRORS.filter((e) => e !== UnsupportedCurrencyError), ...DEPOSIT_REFUSALS] },
    args: { input: t.arg({ type: PostTransfersInput, required: true, description: 'The transfers.' }) },
    resolve: async (_root, { input }, ctx) => {
      const currencies = requireTenant(ctx).currencies;
      const transfers = input.transfers.map((tr, i) => {
        const path = ['input', 'transfers', String(i)];
        for (const end of ['from', 'to'] as const) {
          const currency = tr[end].currency;
          if (currency && !currencies.includes(currency)) throw new ValidationError([{ path: [...path, end, 'currency'], message: 'is not a currency of this tenant' }]);
        }
        return { from: selectorOf(tr.from, [...path, 'from']), to: selectorOf(tr.to, [...path, 'to']), amount: tr.amount };
      });
      const posted = await wallet.postTransfers(ctx, { ...input, transfers, metadata: (input.metadata ?? null) as Record<string, unknown> | null }).catch((error: unknown) => {
        // A currency taken from a counterparty account of a currency the tenant has since dropped.
        if (error instanceof UnsupportedCurrencyError) throw new ValidationError([{ path: ['input', 'transfers'], message: `name a currency that is not one of the tenant (${error.currency})` }]);
        throw error;
      });
      const { result, replay, posting } = posted;
      const transaction = posting ? { ...posting, reversedById: null } : (await queries.transactionById(ctx, result.transactionId))!;
      return { transaction, replay };
    },
  }),
  reserveHold: t.field({
    type: ReserveHoldPayload,
    description: 'Reserves part of an account\'s available balance; captured or released later, once.',
    authScopes: { permission: 'wallet:post' },
    errors: { types: [ValidationError, InvalidIdError, AccountNotFoundError, InsufficientFundsError, AccountFrozenError, BalanceOverflowError, UnsupportedCurrencyError, IdempotencyConflictError] },
    args: { input: t.arg({ type: ReserveHoldInput, required: true, description: 'The hold.' }) },
    resolve: async (_root, { input }, ctx) => {
      const { result, replay } = await wallet.reserveHold(ctx, { ...input, account: selectorOf(input.account, ['input', 'account']) });
      return { hold: (await queries.holdById(ctx, result.holdId))!, transaction: null, replay };
    },
  }),
  captureHold: t.field({
    type: CaptureHoldPayload,
    description: 'Captures part or all of an open hold into another account; the rest is released.',
    authScopes: { permission: 'wallet:post' },
    errors: {
      types: [
        ValidationError,
        InvalidIdError,
        HoldNotFoundError,
        HoldNotOpenError,
        CaptureExceedsHoldError,
        AccountNotFoundError,
        AccountFrozenError,
        BalanceOverflowError,
        CurrencyMismatchError,
        UnsupportedCurrencyError,
        IdempotencyConflictError,
      ],
    },
    args: { input: t.arg({ type: CaptureHoldInput, required: true, description: 'The capture.' }) },
    resolve: async (_root, { input }, ctx) => {
      const holdId = localIdOf(String(input.holdId), 'LedgerHold', ['input', 'holdId']);
      const { result, replay } = await wallet.captureHold(ctx, { ...input, holdId, to: selectorOf(input.to, ['input', 'to']) });
      return { hold: (await queries.holdById(ctx, result.holdId))!, transaction: await queries.transactionById(ctx, result.transactionId), replay };
    },
  }),
  releaseHold: t.field({
    type: ReleaseHoldPayload,
    description: 'Releases an open hold: its amount is available again.',
    authScopes: { permission: 'wallet:post' },
    errors: { types: [ValidationError, InvalidIdError, HoldNotFoundError, HoldNotOpenError, IdempotencyConflictError] },
    args: { input: t.arg({ type: ReleaseHoldInput, required: true, description: 'The hold.' }) },
    resolve: async (_root, { input }, ctx) => {
      const holdId = localIdOf(String(input.holdId), 'LedgerHold', ['input', 'holdId']);
      const { result, replay } = await wallet.releaseHold(ctx, { ...input, holdId });
      return { hold: (await queries.holdById(ctx, result.holdId))!, transaction: null, replay };
    },
  }),
  reverseLedgerTransaction: t.field({
    type: ReversePayload,
    description: 'Posts the mirror image of a transaction, linked to it (also on frozen accounts: it is a correction); audited. A transaction is reversed at most once.',
    authScopes: { permission: 'wallet:manage' },
    errors: {
      types: [
        ValidationError,
        InvalidIdError,
        TransactionNotFoundError,
        AlreadyReversedError,
        InsufficientFundsError,
        BalanceOverflowError,
        IdempotencyConflictError,
        ...WALLET_MANAGE_TENANT_ERRORS,
      ],
    },
    args: { input: t.arg({ type: ReverseInput, required: true, description: 'The reversal.' }) },
    resolve: async (_root, { input }, ctx) => {
      const transactionId = localIdOf(String(input.transactionId), 'LedgerTransaction', ['input', 'transactionId']);
      const { result, replay } = await wallet.reverseTransaction(ctx, { ...input, transactionId });
      return { transaction: (await queries.transactionById(ctx, result.transactionId))!, replay };
    },
  }),
  freezeLedgerAccount: t.field({
    type: FreezePayload,
    description: 'Freezes an account: no money moves into or out of it but corrections; audited. Freezing a frozen account changes nothing.',
    authScopes: { permission: 'wallet:manage' },
    errors: { types: [ValidationError, InvalidIdError, AccountNotFoundError, ...WALLET_MANAGE_TENANT_ERRORS] },
    args: { input: t.arg({ type: FreezeInput, required: true, description: 'The account and why.' }) },
    resolve: (_root, { input }, ctx) => wallet.setFrozen(ctx, localIdOf(String(input.accountId), 'LedgerAccount', ['input', 'accountId']), true, input.reason),
  }),
  unfreezeLedgerAccount: t.field({
    type: UnfreezePayload,
    description: 'Unfreezes an account; audited.',
    authScopes: { permission: 'wallet:manage' },
    errors: { types: [ValidationError, InvalidIdError, AccountNotFoundError, ...WALLET_MANAGE_TENANT_ERRORS] },
    args: { input: t.arg({ type: UnfreezeInput, required: true, description: 'The account and why.' }) },
    resolve: (_root, { input }, ctx) => wallet.setFrozen(ctx, localIdOf(String(input.accountId), 'LedgerAccount', ['input', 'accountId']), false, input.reason),
  }),
}));

// ---------------------------------------------------------------- subscriptions

/** An account change as subscribers see it: the account's new state, numbered per account. */
const AccountEventType = builder.objectRef<PublishedEvent<AccountChangedPayload>>('LedgerAccountEvent').implement({
  description: 'A change of one account: its state just after the change, and what caused it.',
  fields: (t) => ({
    account: t.field({ type: LedgerAccountType, description: 'The account that changed (as it stands when read).', resolve: (e, _args, ctx) => accountOf(ctx, e.payload.accountId) }),
    seq: t.int({ description: 'Per-account sequence number: in order, a gap means a missed event.', resolve: (e) => e.seq }),
    currency: t.field({ type: 'Currency', description: 'The account\'s currency.', resolve: (e) => e.payload.currency }),
    kind: t.field({ type: AccountKindEnum, description: 'Cash or bonus.', resolve: (e) => e.payload.kind }),
    balance: t.field({ type: MoneyType, description: 'The balance just after the change.', resolve: (e) => money(e.payload.balance, e.payload.currency) }),
    held: t.field({ type: MoneyType, description: 'Held just after the change.', resolve: (e) => money(e.payload.held, e.payload.currency) }),
    available: t.field({ type: MoneyType, description: 'balance − held just after the change.', resolve: (e) => money(e.payload.available, e.payload.currency) }),
    frozen: t.boolean({ description: 'Whether the account is frozen after the change.', resolve: (e) => e.payload.frozen }),
    code: t.string({
      description: 'What changed it: the transaction\'s code (BET, WIN, ...) for a posting; HOLD_RESERVED, HOLD_RELEASED, HOLD_EXPIRED, ACCOUNT_FROZEN or ACCOUNT_UNFROZEN otherwise.',
      resolve: (e) => e.payload.cause.code,
    }),
    transaction: t.field({
      type: LedgerTransactionType,
      nullable: true,
      description: 'The posting that changed the account; null for holds and freezes, and for players (a transaction shows both sides).',
      resolve: (e, _args, ctx) => ledgerTransactionFor(ctx, e.payload.cause.transactionId),
    }),
    hold: t.field({
      type: LedgerHoldType,
      nullable: true,
      description: 'The hold reserved, released or expired; null otherwise.',
      resolve: (e, _args, ctx) => queries.loadLedgerHold(ctx, e.payload.cause.holdId),
    }),
    occurredAt: t.field({ type: 'DateTime', description: 'When the change was committed.', resolve: (e) => e.occurredAt }),
  }),
});

const AccountPositionInput = builder.inputType('LedgerAccountPositionInput', {
  description: 'Where a subscriber stands in one account\'s events: the last `seq` it has (a LedgerAccountEvent\'s, or the account\'s `seq` when it read the account).',
  fields: (t) => ({
    accountId: t.id({ required: true, description: 'The account (its global ID).' }),
    seq: t.int({ required: true, description: 'The last sequence number the subscriber has; the events after it are replayed (0: all that are kept).' }),
  }),
});

/** At most this many positions per subscription: a player has a few accounts, staff resume the ones they watch. */
const MAX_POSITIONS = 100;

type AccountPosition = { accountId: string | number; seq: number };

function streamPositions(after: readonly AccountPosition[] | null | undefined): StreamPosition[] {
  if (!after) return [];
  if (after.length > MAX_POSITIONS) throw new ValidationError([{ path: ['after'], message: `at most ${MAX_POSITIONS} positions` }]);
  return after.map((p, i) => {
    if (p.seq < 0) throw new ValidationError([{ path: ['after', String(i), 'seq'], message: 'must not be negative' }]);
    return { stream: accountStream(localIdOf(String(p.accountId), 'LedgerAccount', ['after', String(i), 'accountId'])), seq: p.seq };
  });
}

/** The account change events, resumed after the given positions (src/events/resumable-events.ts). */
async function accountEvents(ctx: Context, after: readonly AccountPosition[] | null | undefined, ownerPlayerId: string | null) {
  return resumableEvents<AccountChangedPayload>(ctx, {
    type: ACCOUNT_CHANGED,
    after: streamPositions(after),
    keep: (e) => ownerPlayerId === null || (e.payload.ownerType === 'PLAYER' && e.payload.ownerId === ownerPlayerId),
    heads: (tx, streams) => queries.accountStreamHeads(tx, streams, ownerPlayerId),
  });
}

const AFTER_DESCRIPTION =
  'Resume: for each account, the last seq the subscriber has. The stored events after it come first, in seq order, then the live ones, with no gap and no duplicate; STREAM_POSITION_EXPIRED when the outbox no longer keeps the next one. Without it, events from now on.';

builder.subscriptionFields((t) => ({
  walletUpdated: t.field({
    type: AccountEventType,
    description: 'Each change of the signed-in player\'s own accounts.',
    authScopes: { player: true },
    args: { after: t.arg({ type: [AccountPositionInput], required: false, description: AFTER_DESCRIPTION }) },
    subscribe: (_root, { after }, ctx) => accountEvents(ctx, after, ctx.principal?.kind === 'player' ? ctx.principal.playerId : ''),
    resolve: (event) => event,
  }),
  ledgerEvents: t.field({
    type: AccountEventType,
    description: 'Every account change of the tenant, for staff with wallet:read.',
    authScopes: { permission: 'wallet:read' },
    args: { after: t.arg({ type: [AccountPositionInput], required: false, description: AFTER_DESCRIPTION }) },
    subscribe: (_root, { after }, ctx) => accountEvents(ctx, after, null),
    resolve: (event) => event,
  }),
}));

// ---------------------------------------------------------------- staff adjustments (maker-checker)

export const WalletAdjustmentType = builder.objectRef<adjustments.AdjustmentRow>('WalletAdjustment');
builder.node(WalletAdjustmentType, {
  description: 'A credit or debit of an account against the house by staff, with a reason. Above the tenant\'s threshold it waits for a second member of staff.',
  id: { resolve: (a) => a.id },
  loadMany: async (ids, ctx) => {
    if (!holds(ctx.principal, 'wallet:read') && !holds(ctx.principal, 'wallet:manage')) return ids.map(() => null);
    return Promise.all(ids.map((id) => adjustments.loadWalletAdjustment(ctx, id)));
  },
  fields: (t) => ({
    account: t.field({ type: LedgerAccountType, description: 'The account credited or debited.', resolve: (a, _args, ctx) => accountOf(ctx, a.account_id) }),
    amount: t.field({ type: MoneyType, description: 'Signed: a credit is positive, a debit negative.', resolve: async (a, _args, ctx) => money(a.amount, (await accountOf(ctx, a.account_id)).currency) }),
    reason: t.exposeString('reason', { description: 'Why, as the requester wrote it.' }),
    status: t.field({ type: AdjustmentStatusEnum, description: 'Where it stands.', resolve: (a) => a.status }),
    requestedBy: t.field({ type: WalletActorType, description: 'Who requested it (the maker).', resolve: (a) => actorOfLabel(a.requested_by) }),
    decidedBy: t.field({
      type: WalletActorType,
      nullable: true,
      description: 'Who applied or rejected it (the checker; the maker for an adjustment within the threshold); null while PENDING.',
      resolve: (a) => (a.decided_by ? actorOfLabel(a.decided_by) : null),
    }),
    decisionNote: t.exposeString('decision_note', { nullable: true, description: 'The checker\'s note.' }),
    transaction: t.field({
      type: LedgerTransactionType,
      nullable: true,
      description: 'The posting, once APPLIED.',
      resolve: (a, _args, ctx) => queries.loadLedgerTransaction(ctx, a.transaction_id),
    }),
    createdAt: t.expose('created_at', { type: 'DateTime', description: 'When it was requested.' }),
    decidedAt: t.expose('decided_at', { type: 'DateTime', nullable: true, description: 'When it was applied or rejected.' }),
  }),
});
const WalletAdjustmentConnection = connectionOf(WalletAdjustmentType, 'WalletAdjustment', { totalCount: true });

function adjustmentPayload(name: string, description: string) {
  return builder.objectRef<{ adjustment: adjustments.AdjustmentRow; replay: boolean }>(name).implement({
    description,
    fields: (t) => ({
      adjustment: t.field({ type: WalletAdjustmentType, description: 'The adjustment as it now stands.', resolve: (p) => p.adjustment }),
      replay: t.exposeBoolean('replay', { description: 'True when this answers an idempotency key seen before.' }),
    }),
  });
}
const RequestAdjustmentPayload = adjustmentPayload('RequestWalletAdjustmentPayload', 'The adjustment requested: APPLIED at once within the threshold, PENDING above it.');
const ApproveAdjustmentPayload = adjustmentPayload('ApproveWalletAdjustmentPayload', 'The adjustment approved and APPLIED.');
const RejectAdjustmentPayload = adjustmentPayload('RejectWalletAdjustmentPayload', 'The adjustment REJECTED.');

const RequestAdjustmentInput = builder.inputType('RequestWalletAdjustmentInput', {
  description: 'An adjustment to request.',
  fields: (t) => ({
    idempotencyKey: t.string({ required: true, description: 'Unique per request: a replay answers the first result.' }),
    account: t.field({ type: SelectorInput, required: true, description: 'The account to credit or debit.' }),
    amount: t.field({ type: 'MinorUnits', required: true, description: 'Signed minor units: "250" credits, "-250" debits.' }),
    reason: t.string({ required: true, description: 'Why (3-500 characters); audited.' }),
  }),
});
function decideInput(name: string, what: string) {
  return builder.inputType(name, {
    description: what,
    fields: (t) => ({
      idempotencyKey: t.string({ required: true, description: 'Unique per request: a replay answers the first result.' }),
      adjustmentId: t.id({ required: true, description: 'The global ID of the PENDING WalletAdjustment.' }),
      note: t.string({ description: 'A note on the decision, up to 500 characters.' }),
    }),
  });
}
const ApproveAdjustmentInput = decideInput('ApproveWalletAdjustmentInput', 'An adjustment to approve.');
const RejectAdjustmentInput = decideInput('RejectWalletAdjustmentInput', 'An adjustment to reject.');
const ThresholdInput = builder.inputType('SetWalletApprovalThresholdInput', {
  description: 'The approval threshold of a currency.',
  fields: (t) => ({
    currency: t.field({ type: 'Currency', required: true, description: 'The currency.' }),
    amount: t.field({ type: 'MinorUnits', required: true, description: 'Adjustments up to this amount (minor units, either sign) apply at once; "0" makes every adjustment wait.' }),
  }),
});
const ThresholdPayload = builder.objectRef<{ currency: string; threshold: string }>('SetWalletApprovalThresholdPayload').implement({
  description: 'The threshold now in force.',
  fields: (t) => ({
    threshold: t.field({ type: MoneyType, description: 'Adjustments up to this amount apply without a second approval.', resolve: (p) => money(p.threshold, p.currency) }),
  }),
});

builder.queryFields((t) => ({
  walletAdjustments: t.connection(
    {
      type: WalletAdjustmentType,
      description: 'Staff adjustments, newest first; PENDING ones wait for a second approval.',
      authScopes: { permission: 'wallet:read' },
      args: { filter: t.arg({ type: AdjustmentFilter, description: 'Narrows the listing.' }) },
      resolve: (_root, args, ctx) =>
        adjustments.listAdjustments(ctx, {
          ...args,
          filter: { status: args.filter?.status ?? null, accountId: optionalLocalIdOf(args.filter?.account, 'LedgerAccount', ['filter', 'account']) ?? null },
        }),
    },
    WalletAdjustmentConnection,
  ),
}));

builder.mutationFields((t) => ({
  requestWalletAdjustment: t.field({
    type: RequestAdjustmentPayload,
    description: 'Credits (positive amount) or debits (negative) an account against the house, with a reason. Above the tenant\'s threshold it waits for approveWalletAdjustment by someone else.',
    authScopes: { permission: 'wallet:manage' },
    errors: {
      types: [
        ValidationError,
        InvalidIdError,
        AccountNotFoundError,
        InsufficientFundsError,
        AccountFrozenError,
        BalanceOverflowError,
        UnsupportedCurrencyError,
        IdempotencyConflictError,
        ...WALLET_MANAGE_TENANT_ERRORS,
      ],
    },
    args: { input: t.arg({ type: RequestAdjustmentInput, required: true, description: 'The adjustment.' }) },
    resolve: async (_root, { input }, ctx) => {
      const { result, replay } = await adjustments.requestAdjustment(ctx, { ...input, account: selectorOf(input.account, ['input', 'account']) });
      return { adjustment: await adjustments.adjustmentById(ctx, result.adjustmentId), replay };
    },
  }),
  approveWalletAdjustment: t.field({
    type: ApproveAdjustmentPayload,
    description: 'Applies a PENDING adjustment: by another member of staff than its requester.',
    authScopes: { permission: 'wallet:manage' },
    errors: {
      types: [
        ValidationError,
        InvalidIdError,
        AdjustmentNotFoundError,
        AdjustmentNotPendingError,
        SelfApprovalError,
        InsufficientFundsError,
        AccountFrozenError,
        BalanceOverflowError,
        IdempotencyConflictError,
        ...WALLET_MANAGE_TENANT_ERRORS,
      ],
    },
    args: { input: t.arg({ type: ApproveAdjustmentInput, required: true, description: 'The decision.' }) },
    resolve: async (_root, { input }, ctx) => {
      const adjustmentId = localIdOf(String(input.adjustmentId), 'WalletAdjustment', ['input', 'adjustmentId']);
      const { result, replay } = await adjustments.approveAdjustment(ctx, { ...input, adjustmentId });
      return { adjustment: await adjustments.adjustmentById(ctx, result.adjustmentId), replay };
    },
  }),
  rejectWalletAdjustment: t.field({
    type: RejectAdjustmentPayload,
    description: 'Rejects a PENDING adjustment; nothing moves.',
    authScopes: { permission: 'wallet:manage' },
    errors: { types: [ValidationError, InvalidIdError, AdjustmentNotFoundError, AdjustmentNotPendingError, IdempotencyConflictError, ...WALLET_MANAGE_TENANT_ERRORS] },
    args: { input: t.arg({ type: RejectAdjustmentInput, required: true, description: 'The decision.' }) },
    resolve: async (_root, { input }, ctx) => {
      const adjustmentId = localIdOf(String(input.adjustmentId), 'WalletAdjustment', ['input', 'adjustmentId']);
      const { result, replay } = await adjustments.rejectAdjustment(ctx, { ...input, adjustmentId });
      return { adjustment: await adjustments.adjustmentById(ctx, result.adjustmentId), replay };
    },
  }),
  setWalletApprovalThreshold: t.field({
    type: ThresholdPayload,
    description: 'Sets the amount up to which one member of staff\'s adjustment applies without a second approval; audited.',
    authScopes: { permission: 'wallet:manage' },
    errors: { types: [ValidationError, ...WALLET_MANAGE_TENANT_ERRORS] },
    args: { input: t.arg({ type: ThresholdInput, required: true, description: 'The currency and amount.' }) },
    resolve: (_root, { input }, ctx) => adjustments.setApprovalThreshold(ctx, input.currency, input.amount),
  }),
}));
