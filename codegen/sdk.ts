/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { type GraphQLClient, type RequestOptions } from 'graphql-request';
import { gql } from 'graphql-tag';
type GraphQLClientRequestHeaders = RequestOptions['requestHeaders'];
export type AddGameInput = {
  category: GameCategory;
  currencies: Array<string>;
  enabled?: boolean | null | undefined;
  externalId: string;
  /** http(s) URL containing {token}; may use {game}, {currency}, {locale}. */
  launchUrl: string;
  name: string;
  provider: string;
};

/** An adjustment to approve. */
export type ApproveWalletAdjustmentInput = {
  /** The global ID of the PENDING WalletAdjustment. */
  adjustmentId: string;
  /** Unique per request: a replay answers the first result. */
  idempotencyKey: string;
  /** A note on the decision, up to 500 characters. */
  note?: string | null | undefined;
};

/** A hold to capture into another account. */
export type CaptureHoldInput = {
  /** The amount to capture, at most the hold's; the whole hold when absent. The rest is released. */
  amount?: string | null | undefined;
  /** The code of the capture's transaction (WITHDRAWAL, BUY_IN, ...). */
  code: string;
  /** The global ID of the LedgerHold. */
  holdId: string;
  /** Unique per request: a replay answers the first result. */
  idempotencyKey: string;
  /** The transaction's reference; the hold's id when absent. */
  reference?: string | null | undefined;
  /** The account credited, in the hold's currency. */
  to: LedgerAccountSelector;
};

/** Freezing the player's cash account after a lost chargeback: never, when part of it could not be clawed back, or always. */
export type ChargebackFreezePolicy =
  | 'ALWAYS'
  | 'NEVER'
  | 'ON_RECEIVABLE';

export type CompleteManualWithdrawalInput = {
  /** Unique per tenant: a replay answers the same completion. */
  idempotencyKey: string;
  /** FINANCE's reference of the payment made by hand to the instrument the part names (the bank transfer's, say). */
  paidReference: string;
  /** The parked MANUAL part. */
  withdrawalId: string;
};

export type CreateApiKeyInput = {
  name: string;
  permissions: Array<Permission>;
};

export type CreatePokerTableInput = {
  ante?: string | null | undefined;
  /** Pause between hands, 0 to 60000 ms (default 0). */
  betweenHandsMs?: number | null | undefined;
  bigBlind: string;
  currency: string;
  maxBuyIn: string;
  /** 2 to 10. */
  maxSeats: number;
  minBuyIn: string;
  name: string;
  /** No rake when the hand ends before the flop (default true). */
  noFlopNoDrop?: boolean | null | undefined;
  /** Rake per pot in basis points (default 0: no rake). */
  rakeBasisPoints?: number | null | undefined;
  /** The most rake of one hand; none when absent. */
  rakeCap?: string | null | undefined;
  smallBlind: string;
  /** Time to act, 1 to 600 seconds; on timeout the player checks if free, else folds, and is sat out. */
  turnSeconds: number;
  variant: PokerVariant;
};

export type CreateStaffUserInput = {
  email: string;
  name: string;
  password: string;
  roles: Array<TenantRole>;
};

export type CreateTenantInput = {
  currencies: Array<string>;
  /** ISO 4217 code; one of currencies. */
  defaultCurrency: string;
  /** One of locales. */
  defaultLocale: string;
  domains?: Array<string> | null | undefined;
  locales: Array<string>;
  name: string;
  /** URL-safe identifier, 3-40 of [a-z0-9-]. */
  slug: string;
};

export type DisputeStatus =
  | 'LOST'
  | 'NEEDS_RESPONSE'
  | 'OPENED'
  | 'WON';

/** The code of every expected failure (the `code` of an `Error`). */
export type ErrorCode =
  | 'ACCOUNT_DISABLED'
  /** An account the movement touches is frozen (freezeLedgerAccount); nothing moved. Staff with wallet:manage can unfreeze it. */
  | 'ACCOUNT_FROZEN'
  /** The account named by `accountId` does not exist in this tenant, or the PLAYER owner named does not exist; nothing moved. */
  | 'ACCOUNT_NOT_FOUND'
  /** No wallet adjustment with this id exists in the tenant. */
  | 'ADJUSTMENT_NOT_FOUND'
  /** The adjustment was already applied or rejected: only a PENDING adjustment can be decided. */
  | 'ADJUSTMENT_NOT_PENDING'
  /** The transaction was already reversed, or is itself a reversal: a transaction is reversed at most once. Its `reversedBy` names the reversal. */
  | 'ALREADY_REVERSED'
  | 'AUDIT_CHAIN_EMPTY'
  /** The posting or hold would take an account past the largest amount the ledger holds (2^63 − 1 minor units); nothing was written. */
  | 'BALANCE_OVERFLOW'
  /** The grant (a key's permissions, a staff user's roles) exceeds what the caller holds; nothing was written. */
  | 'CANNOT_GRANT'
  /** The amount to capture is more than the hold reserved; nothing moved. Capture at most the hold's amount. */
  | 'CAPTURE_EXCEEDS_HOLD'
  /** The two accounts of a transfer (or a hold and the account it is captured into) hold different currencies; nothing moved. Name accounts of one currency. */
  | 'CURRENCY_MISMATCH'
  | 'DEPOSIT_LIMIT_REACHED'
  | 'DISPUTE_CLOSED'
  | 'DISPUTE_NOT_FOUND'
  | 'EMAIL_TAKEN'
  | 'GAME_ALREADY_EXISTS'
  | 'GAME_CURRENCY_NOT_SUPPORTED'
  | 'GAME_DISABLED'
  | 'GAME_NOT_FOUND'
  /** No hold with this id exists in the tenant. */
  | 'HOLD_NOT_FOUND'
  /** The hold was already captured, released or expired: a hold closes once. Read the hold to see how it closed. */
  | 'HOLD_NOT_OPEN'
  /** The idempotency key was already used for a request with other content (or another operation); nothing was written. Use a fresh key for a new request. */
  | 'IDEMPOTENCY_CONFLICT'
  /** A debit or hold would take an account below its floor (for players: more than cash + bonus − held); nothing moved. Fund the account or ask for less. */
  | 'INSUFFICIENT_FUNDS'
  | 'INVALID_CREDENTIALS'
  /** An id argument is not a global ID of the type it takes (a raw UUID, or another type's ID). */
  | 'INVALID_ID'
  | 'INVALID_REFRESH_TOKEN'
  | 'LOSS_LIMIT_REACHED'
  /** The object named does not exist, or is not visible to the caller. */
  | 'NOT_FOUND'
  | 'PAYMENT_AMOUNT_OUT_OF_BOUNDS'
  | 'PAYMENT_CURRENCY_UNSUPPORTED'
  | 'PAYMENT_NOT_FOUND'
  | 'PAYMENT_PROVIDER_FAILED'
  | 'PAYMENT_PROVIDER_UNSUPPORTED'
  | 'POKER_ALREADY_SEATED'
  | 'POKER_BUY_IN_OUT_OF_RANGE'
  | 'POKER_HAND_FINISHED'
  | 'POKER_ILLEGAL_ACTION'
  | 'POKER_ILLEGAL_AMOUNT'
  | 'POKER_NOT_IN_HAND'
  | 'POKER_NOT_SEATED'
  | 'POKER_NOT_YOUR_TURN'
  | 'POKER_PROVIDER_UNAVAILABLE'
  | 'POKER_SEAT_TAKEN'
  | 'POKER_TABLE_CLOSED'
  | 'POKER_TABLE_FULL'
  | 'POKER_TABLE_NOT_FOUND'
  | 'REFUND_EXCEEDS_PAYMENT'
  | 'RG_CANNOT_SHORTEN'
  /** The approver is the one who requested the adjustment: another member of staff with wallet:manage must approve it. */
  | 'SELF_APPROVAL'
  | 'SELF_EXCLUDED'
  | 'SESSION_LIMIT_REACHED'
  | 'TENANT_DOMAIN_TAKEN'
  /** The tenant named by X-Tenant or the domain does not exist. */
  | 'TENANT_NOT_FOUND'
  /** The operation needs a tenant: send X-Tenant or use a tenant domain. */
  | 'TENANT_REQUIRED'
  | 'TENANT_SLUG_TAKEN'
  /** The tenant is suspended: its players and partners are refused until it is reactivated. */
  | 'TENANT_SUSPENDED'
  | 'TIME_OUT'
  /** No ledger transaction with this id exists in the tenant. */
  | 'TRANSACTION_NOT_FOUND'
  /** The dialect named is not one this platform speaks. The API takes the dialect as an enum, so only internal callers can meet it. */
  | 'UNKNOWN_DIALECT'
  | 'UNKNOWN_MENU_ITEM'
  /** The currency is not one of the tenant's currencies, so no account of it can be opened; nothing moved. */
  | 'UNSUPPORTED_CURRENCY'
  /** The input broke a rule of its type (a range, a format, a required field); nothing was written. `issues` names each offending field. */
  | 'VALIDATION_FAILED'
  | 'WITHDRAWAL_ALREADY_APPROVED'
  | 'WITHDRAWAL_COMPLETER_APPROVED'
  | 'WITHDRAWAL_EXCEEDS_AVAILABLE'
  | 'WITHDRAWAL_NOT_FOUND'
  | 'WITHDRAWAL_NOT_PARKED'
  | 'WITHDRAWAL_NOT_PENDING'
  | 'WITHDRAWAL_NO_ROUTE'
  | 'WITHDRAWAL_PROVIDER_NOT_FUNDING'
  | 'WITHDRAWAL_SELF_APPROVAL';

/** An account to freeze. */
export type FreezeLedgerAccountInput = {
  /** The global ID of the LedgerAccount. */
  accountId: string;
  /** Why (3-500 characters); audited. */
  reason: string;
};

export type GameCategory =
  | 'INSTANT'
  | 'LIVE'
  | 'OTHER'
  | 'SLOTS'
  | 'TABLE';

/** How the aggregator signs callbacks. */
export type GameProviderAuth =
  /** HMAC-SHA256 with a shared secret (`hmacSecret`). */
  | 'HMAC_SHA256'
  /** RSA-SHA256 with the aggregator's key pair (`publicKey` verifies). */
  | 'RSA_SHA256';

/** Where a hold stands. */
export type HoldStatus =
  /** Captured (in part or whole) into another account; any rest was released. */
  | 'CAPTURED'
  /** Released by the ledger when its expiry passed. */
  | 'EXPIRED'
  /** Reserved: its amount counts in the account's `held` until it is captured, released or expires. */
  | 'OPEN'
  /** Released: the amount is available again, nothing moved. */
  | 'RELEASED';

/** Narrows a listing of ledger accounts. */
export type LedgerAccountFilter = {
  /** Only accounts in this currency. */
  currency?: string | null | undefined;
  /** Only the accounts of this Player (a Player's global ID). */
  ownerId?: string | null | undefined;
  /** Only the accounts of this PROVIDER or ESCROW owner reference. */
  ownerRef?: string | null | undefined;
  /** Only accounts of this owner type. */
  ownerType?: LedgerOwnerType | null | undefined;
};

/** The kind of money an account holds. */
export type LedgerAccountKind =
  /** Bonus money: spendable on games, not withdrawable. */
  | 'BONUS'
  /** Withdrawable money. */
  | 'CASH';

/** Names an account: by `accountId`, or by owner: `ownerType` with `ownerId` (PLAYER: a Player's global ID) or `ownerRef` (PROVIDER, ESCROW), `currency` (required unless the counterparty says it) and `kind` (default CASH). An owner's account opens on first use. */
export type LedgerAccountSelector = {
  /** The global ID of a LedgerAccount. */
  accountId?: string | null | undefined;
  /** The account's currency. */
  currency?: string | null | undefined;
  /** Cash (the default) or bonus. */
  kind?: LedgerAccountKind | null | undefined;
  /** For PLAYER: the global ID of the Player. */
  ownerId?: string | null | undefined;
  /** For PROVIDER and ESCROW: the owner's reference (a provider code, for example). These owners are not objects of the API. */
  ownerRef?: string | null | undefined;
  /** The owner's type, to name an account by owner. */
  ownerType?: LedgerOwnerType | null | undefined;
};

/** How low an account's balance may go. */
export type LedgerFloorPolicy =
  /** balance − held never below `floorLimit` (a negative credit line). */
  | 'LIMIT'
  /** balance − held never below zero (players, escrow). */
  | 'NON_NEGATIVE'
  /** No floor (house, providers, world). */
  | 'UNBOUNDED';

/** Who an account belongs to. */
export type LedgerOwnerType =
  /** Money held for a shared game, such as a poker table's pots; never below zero. */
  | 'ESCROW'
  /** The operator's money: bets lost, wins paid, adjustments. Striped over several rows for throughput; its balance is their sum. */
  | 'HOUSE'
  /** A player's own money (cash and bonus); never below zero. */
  | 'PLAYER'
  /** A counterparty outside the ledger named by a reference: a payment provider, a receivable, the manual payouts account. */
  | 'PROVIDER'
  /** The outside world, the source of deposits made by partners and the sink of money leaving; unbounded. */
  | 'WORLD';

/** Narrows a listing of ledger transactions; the filters combine (and). */
export type LedgerTransactionFilter = {
  /** Only transactions with an entry on this LedgerAccount (its global ID). */
  account?: string | null | undefined;
  /** Only transactions with this code (BET, WIN, DEPOSIT, REVERSAL, ...). */
  code?: string | null | undefined;
  /** Only transactions posted at or after this instant. */
  from?: string | null | undefined;
  /** Only transactions with an entry on one of this Player's accounts (a Player's global ID). */
  player?: string | null | undefined;
  /** Only transactions with this reference (exact). */
  reference?: string | null | undefined;
  /** Only transactions posted before this instant. */
  to?: string | null | undefined;
};

/** One transfer: `amount` out of `from` and into `to`, two accounts of one currency. */
export type LedgerTransferInput = {
  /** Positive, in minor units of the accounts' currency. */
  amount: string;
  /** The account debited. */
  from: LedgerAccountSelector;
  /** The account credited. */
  to: LedgerAccountSelector;
};

export type LocalizedLabelInput = {
  locale: string;
  text: string;
};

export type LoginInput = {
  email: string;
  password: string;
};

export type MenuCatalogueItemInput = {
  defaultEnabled: boolean;
  /** One per locale (en and tr). */
  defaultLabels: Array<LocalizedLabelInput>;
  defaultPosition: number;
  key: string;
  kind: MenuItemKind;
};

export type MenuChangeAction =
  | 'REORDER'
  | 'RESET'
  | 'SET';

export type MenuItemKind =
  | 'FEATURE'
  | 'MENU';

export type PaymentEventKind =
  | 'DEPOSIT_CREATED'
  | 'DEPOSIT_FAILED'
  | 'DEPOSIT_REFUSED'
  | 'DEPOSIT_SUCCEEDED'
  | 'DISPUTE_CLOSED'
  | 'DISPUTE_OPENED'
  | 'DISPUTE_UPDATED'
  | 'WITHDRAWAL_APPROVED'
  | 'WITHDRAWAL_CANCELLED'
  | 'WITHDRAWAL_FAILED'
  | 'WITHDRAWAL_PAID'
  | 'WITHDRAWAL_REJECTED'
  | 'WITHDRAWAL_REQUESTED';

export type PaymentSettingsInput = {
  chargebackFreeze: ChargebackFreezePolicy;
  dualApprovalAbove?: string | null | undefined;
  stalePendingMinutes?: number | null | undefined;
};

export type PaymentStatus =
  | 'CANCELLED'
  | 'FAILED'
  | 'PENDING'
  | 'REFUSED'
  | 'SUCCEEDED';

export type Permission =
  | 'APIKEY_MANAGE'
  | 'AUDIT_CHECKPOINT'
  | 'AUDIT_READ'
  | 'GAMES_MANAGE'
  | 'MENU_MANAGE'
  | 'MENU_READ'
  | 'PAYMENTS_MANAGE'
  | 'PAYMENTS_READ'
  | 'PLAYER_READ'
  | 'POKER_MANAGE'
  | 'RG_READ'
  | 'STAFF_MANAGE'
  | 'STAFF_READ'
  | 'WALLET_MANAGE'
  | 'WALLET_POST'
  | 'WALLET_READ';

export type PokerActionType =
  | 'BET'
  | 'CALL'
  | 'CHECK'
  | 'FOLD'
  | 'RAISE';

export type PokerSeatStatus =
  | 'LEAVING'
  | 'SITTING'
  | 'SITTING_OUT';

export type PokerTableStatus =
  | 'CLOSED'
  | 'OPEN';

export type PokerVariant =
  | 'NLHE'
  | 'PLO';

/** Transfers posted together: all or none. */
export type PostTransfersInput = {
  /** What the movement is, 2-40 of A-Z, 0-9, _: BET, WIN, DEPOSIT, ... A DEPOSIT to a player is checked against responsible gambling. */
  code: string;
  /** Unique per request (8-128 printable ASCII): a replay answers the first result; other content under the same key is IDEMPOTENCY_CONFLICT. */
  idempotencyKey: string;
  /** Your own metadata (a JSON object), kept with the transaction. */
  metadata?: unknown;
  /** Your reference (a round, a payment), up to 200 characters. */
  reference?: string | null | undefined;
  /** 1 to 20 transfers. */
  transfers: Array<LedgerTransferInput>;
};

export type ReconciliationMismatchKind =
  | 'AMOUNT_MISMATCH'
  | 'DOUBLE_CREDIT'
  | 'MISSING_CREDIT'
  | 'STALE_PENDING';

export type RegisterPlayerInput = {
  displayName: string;
  email: string;
  /** Defaults to the tenant's default locale. */
  locale?: string | null | undefined;
  /** At least 10 characters. */
  password: string;
};

export type RejectManualWithdrawalInput = {
  /** Why it is not paid. */
  note?: string | null | undefined;
  /** The parked MANUAL part. */
  withdrawalId: string;
};

/** An adjustment to reject. */
export type RejectWalletAdjustmentInput = {
  /** The global ID of the PENDING WalletAdjustment. */
  adjustmentId: string;
  /** Unique per request: a replay answers the first result. */
  idempotencyKey: string;
  /** A note on the decision, up to 500 characters. */
  note?: string | null | undefined;
};

/** A hold to release. */
export type ReleaseHoldInput = {
  /** The global ID of the LedgerHold. */
  holdId: string;
  /** Unique per request: a replay answers the first result. */
  idempotencyKey: string;
};

/** An adjustment to request. */
export type RequestWalletAdjustmentInput = {
  /** The account to credit or debit. */
  account: LedgerAccountSelector;
  /** Signed minor units: "250" credits, "-250" debits. */
  amount: string;
  /** Unique per request: a replay answers the first result. */
  idempotencyKey: string;
  /** Why (3-500 characters); audited. */
  reason: string;
};

/** A hold to reserve. */
export type ReserveHoldInput = {
  /** The account whose available balance is reserved. */
  account: LedgerAccountSelector;
  /** Positive, in minor units of the account's currency. */
  amount: string;
  /** Released by itself after this many seconds (1 to 30 days); never when absent. */
  expiresInSeconds?: number | null | undefined;
  /** Unique per request: a replay answers the first result. */
  idempotencyKey: string;
};

/** A transaction to reverse. */
export type ReverseLedgerTransactionInput = {
  /** Unique per request: a replay answers the first result. */
  idempotencyKey: string;
  /** Why (3-500 characters); audited and kept in the reversal's metadata. */
  reason: string;
  /** The global ID of the LedgerTransaction to reverse. */
  transactionId: string;
};

export type RgLimitKind =
  | 'DEPOSIT'
  | 'LOSS';

/** DAY = 24 hours, WEEK = 7 days, MONTH = 30 days; rolling windows counted in whole clock hours. */
export type RgLimitPeriod =
  | 'DAY'
  | 'MONTH'
  | 'WEEK';

export type RgNoticeKind =
  | 'REALITY_CHECK'
  | 'SELF_EXCLUDED'
  | 'SESSION_LIMIT_REACHED'
  | 'TIME_OUT_STARTED';

/** The wire format of an aggregator's callbacks. */
export type SeamlessDialect =
  /** Hub88's wallet API (/user/balance, /transaction/bet, /transaction/win, /transaction/rollback). */
  | 'HUB88';

/** A game aggregator to create, or to replace by its code. */
export type SetGameProviderInput = {
  /** How it signs callbacks; says which of hmacSecret and publicKey to give. */
  auth: GameProviderAuth;
  /** The provider's code, 2-40 of a-z, 0-9, _ and -: its segment of the callback URL. */
  code: string;
  /** The currencies it may play in: 1 to 50 of the tenant's currencies. */
  currencies: Array<string>;
  /** The wire format of its callbacks. */
  dialect: SeamlessDialect;
  /** Whether its callbacks are served; true when absent. */
  enabled?: boolean | null | undefined;
  /** For HMAC_SHA256: the shared secret (32+ characters). Write-only. */
  hmacSecret?: string | null | undefined;
  /** For RSA_SHA256: the aggregator's RSA public key, PEM. Write-only. */
  publicKey?: string | null | undefined;
};

export type SetMenuItemInput = {
  enabled?: boolean | null | undefined;
  key: string;
  labels?: Array<LocalizedLabelInput> | null | undefined;
  position?: number | null | undefined;
};

export type SetPaymentProviderInput = {
  /** Stripe secret key / Adyen API key. Write-only, stored encrypted. */
  apiKey: string;
  /** The adapter: stripe or adyen. */
  code: string;
  currencies: Array<string>;
  enabled?: boolean | null | undefined;
  /** API base URL override (a sandbox). */
  endpoint?: string | null | undefined;
  maxAmount: string;
  /** Adyen merchant account. */
  merchantAccount?: string | null | undefined;
  minAmount: string;
  /** Stripe webhook signing secret / Adyen HMAC key (hex). Write-only, stored encrypted. */
  webhookSecret: string;
};

export type SetRgLimitInput = {
  /** Minor units ("0" allowed); null removes the limit after the cooling-off. */
  amount?: string | null | undefined;
  currency: string;
  kind: RgLimitKind;
  period: RgLimitPeriod;
};

/** The approval threshold of a currency. */
export type SetWalletApprovalThresholdInput = {
  /** Adjustments up to this amount (minor units, either sign) apply at once; "0" makes every adjustment wait. */
  amount: string;
  /** The currency. */
  currency: string;
};

export type StaffLoginInput = {
  email: string;
  password: string;
  /** Slug of the tenant; omit to sign in as platform staff. */
  tenant?: string | null | undefined;
};

export type TenantRole =
  | 'FINANCE'
  | 'RISK'
  | 'SUPPORT'
  | 'TENANT_ADMIN';

export type TenantStatus =
  | 'ACTIVE'
  | 'SUSPENDED';

/** An account to unfreeze. */
export type UnfreezeLedgerAccountInput = {
  /** The global ID of the LedgerAccount. */
  accountId: string;
  /** Why (3-500 characters); audited. */
  reason: string;
};

export type UpdateGameInput = {
  category?: GameCategory | null | undefined;
  currencies?: Array<string> | null | undefined;
  enabled?: boolean | null | undefined;
  launchUrl?: string | null | undefined;
  name?: string | null | undefined;
};

export type UpdateTenantInput = {
  currencies?: Array<string> | null | undefined;
  defaultCurrency?: string | null | undefined;
  defaultLocale?: string | null | undefined;
  domains?: Array<string> | null | undefined;
  locales?: Array<string> | null | undefined;
  name?: string | null | undefined;
};

export type ViewerKind =
  | 'API_KEY'
  | 'PLATFORM_STAFF'
  | 'PLAYER'
  | 'STAFF';

/** What kind of actor moved money or decided an adjustment. */
export type WalletActorKind =
  /** A partner integration through an API key (`apiKey` names it). */
  | 'API_KEY'
  /** Platform staff acting in the tenant: not a staff user of the tenant, so not named. */
  | 'PLATFORM_STAFF'
  /** A player (`player` names them). */
  | 'PLAYER'
  /** A payment provider or game aggregator through its callbacks (`providerCode` names it). */
  | 'PROVIDER'
  /** A member of the tenant's staff (`staffUser` names them). */
  | 'STAFF'
  /** The platform itself: a scheduled job, an expiry. */
  | 'SYSTEM';

/** Narrows a listing of staff adjustments. */
export type WalletAdjustmentFilter = {
  /** Only adjustments of this LedgerAccount (its global ID). */
  account?: string | null | undefined;
  /** Only adjustments with this status (PENDING: the approval queue). */
  status?: WalletAdjustmentStatus | null | undefined;
};

/** Where a staff adjustment stands. */
export type WalletAdjustmentStatus =
  /** Posted to the ledger: `transaction` is the posting. */
  | 'APPLIED'
  /** Above the approval threshold: waits for a second member of staff to approve or reject it. */
  | 'PENDING'
  /** Rejected by a second member of staff; nothing moved. */
  | 'REJECTED';

/** Narrows a player's statement. */
export type WalletStatementFilter = {
  /** Only lines of transactions with this code (BET, WIN, DEPOSIT, ...). */
  code?: string | null | undefined;
  /** Only lines of accounts in this currency. */
  currency?: string | null | undefined;
  /** Only lines posted at or after this instant. */
  from?: string | null | undefined;
  /** Only lines posted before this instant. */
  to?: string | null | undefined;
};

export type WithdrawalKind =
  | 'REFUND'
  | 'WITHDRAWAL';

export type WithdrawalStatus =
  /** Cancelled by the player; the hold released. */
  | 'CANCELLED'
  /** The provider failed or returned it; the hold released. */
  | 'FAILED'
  /** Paid; the hold captured. */
  | 'PAID'
  /** A MANUAL part, approved: waiting for FINANCE to pay it by hand to the instrument it names. */
  | 'PARKED'
  /** Held, waiting for review. */
  | 'PENDING'
  /** Approved; the provider was asked for the refund. */
  | 'PROCESSING'
  /** Refused by staff; the hold released. */
  | 'REJECTED';

export type AuditEventFieldsFragment = { id: string, seq: number, occurredAt: string, actorKind: string, actorId: string, action: string, targetType: string, targetId: string, diff: unknown, requestId: string | null, ip: string | null, prevHash: string, hash: string };

export type AuditEventsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  actorId?: string | null | undefined;
  action?: string | null | undefined;
  targetType?: string | null | undefined;
  targetId?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type AuditEventsQuery = { auditEvents: { edges: Array<{ cursor: string, node: { id: string, seq: number, occurredAt: string, actorKind: string, actorId: string, action: string, targetType: string, targetId: string, diff: unknown, requestId: string | null, ip: string | null, prevHash: string, hash: string } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } | null };

export type VerifyAuditChainQueryVariables = Exact<{
  fromSeq?: number | null | undefined;
  toSeq?: number | null | undefined;
}>;


export type VerifyAuditChainQuery = { verifyAuditChain: { ok: boolean, fromSeq: number, toSeq: number, headSeq: number, checked: number, checkpointsChecked: number, broken: { seq: number, eventId: string | null, reason: string } | null } | null };

export type AuditCheckpointsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AuditCheckpointsQuery = { auditCheckpoints: { edges: Array<{ node: { id: string, seq: number, headHash: string, signedAt: string, keyId: string, signature: string, createdBy: string } }> } | null };

export type ExportAuditRangeQueryVariables = Exact<{
  fromSeq?: number | null | undefined;
  toSeq?: number | null | undefined;
}>;


export type ExportAuditRangeQuery = { exportAuditRange: unknown };

export type AuditSigningKeyQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditSigningKeyQuery = { auditSigningKey: { publicKey: string, keyId: string } | null };

export type CreateAuditCheckpointMutationVariables = Exact<{ [key: string]: never; }>;


export type CreateAuditCheckpointMutation = { createAuditCheckpoint:
    | { __typename: 'AuditChainEmptyError', code: ErrorCode, message: string }
    | { __typename: 'AuditCheckpointPayload', checkpoint: { id: string, seq: number, headHash: string, keyId: string, signature: string } }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TenantSuspendedError', code: ErrorCode, message: string }
   };

export type NodesQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type NodesQuery = { nodes: Array<
    | { __typename: 'ApiKey', name: string, id: string }
    | { __typename: 'GameProvider', id: string }
    | { __typename: 'LedgerAccount', id: string }
    | { __typename: 'LedgerHold', id: string }
    | { __typename: 'LedgerTransaction', id: string }
    | { __typename: 'Player', email: string, id: string }
    | { __typename: 'StaffUser', email: string, id: string }
    | { __typename: 'Tenant', slug: string, id: string }
    | { __typename: 'WalletAdjustment', id: string }
    | { __typename: 'WalletStatementLine', id: string }
   | null> | null };

type ErrorFields_AccountDisabledError_Fragment = { __typename: 'AccountDisabledError', code: ErrorCode, message: string };

type ErrorFields_AccountFrozenError_Fragment = { __typename: 'AccountFrozenError', code: ErrorCode, message: string };

type ErrorFields_AccountNotFoundError_Fragment = { __typename: 'AccountNotFoundError', code: ErrorCode, message: string };

type ErrorFields_AdjustmentNotFoundError_Fragment = { __typename: 'AdjustmentNotFoundError', code: ErrorCode, message: string };

type ErrorFields_AdjustmentNotPendingError_Fragment = { __typename: 'AdjustmentNotPendingError', code: ErrorCode, message: string };

type ErrorFields_AlreadyReversedError_Fragment = { __typename: 'AlreadyReversedError', code: ErrorCode, message: string };

type ErrorFields_AuditChainEmptyError_Fragment = { __typename: 'AuditChainEmptyError', code: ErrorCode, message: string };

type ErrorFields_BalanceOverflowError_Fragment = { __typename: 'BalanceOverflowError', code: ErrorCode, message: string, ledgerAccount: { id: string } | null };

type ErrorFields_CannotGrantError_Fragment = { __typename: 'CannotGrantError', code: ErrorCode, message: string };

type ErrorFields_CaptureExceedsHoldError_Fragment = { __typename: 'CaptureExceedsHoldError', code: ErrorCode, message: string };

type ErrorFields_CurrencyMismatchError_Fragment = { __typename: 'CurrencyMismatchError', code: ErrorCode, message: string };

type ErrorFields_DepositLimitReachedError_Fragment = { __typename: 'DepositLimitReachedError', code: ErrorCode, message: string };

type ErrorFields_DisputeClosedError_Fragment = { __typename: 'DisputeClosedError', code: ErrorCode, message: string };

type ErrorFields_DisputeNotFoundError_Fragment = { __typename: 'DisputeNotFoundError', code: ErrorCode, message: string };

type ErrorFields_EmailTakenError_Fragment = { __typename: 'EmailTakenError', code: ErrorCode, message: string };

type ErrorFields_GameAlreadyExistsError_Fragment = { __typename: 'GameAlreadyExistsError', code: ErrorCode, message: string };

type ErrorFields_GameCurrencyNotSupportedError_Fragment = { __typename: 'GameCurrencyNotSupportedError', code: ErrorCode, message: string };

type ErrorFields_GameDisabledError_Fragment = { __typename: 'GameDisabledError', code: ErrorCode, message: string };

type ErrorFields_GameNotFoundError_Fragment = { __typename: 'GameNotFoundError', code: ErrorCode, message: string };

type ErrorFields_HoldNotFoundError_Fragment = { __typename: 'HoldNotFoundError', code: ErrorCode, message: string };

type ErrorFields_HoldNotOpenError_Fragment = { __typename: 'HoldNotOpenError', code: ErrorCode, message: string };

type ErrorFields_IdempotencyConflictError_Fragment = { __typename: 'IdempotencyConflictError', code: ErrorCode, message: string };

type ErrorFields_InsufficientFundsError_Fragment = { __typename: 'InsufficientFundsError', code: ErrorCode, message: string };

type ErrorFields_InvalidCredentialsError_Fragment = { __typename: 'InvalidCredentialsError', code: ErrorCode, message: string };

type ErrorFields_InvalidIdError_Fragment = { __typename: 'InvalidIdError', code: ErrorCode, message: string };

type ErrorFields_InvalidRefreshTokenError_Fragment = { __typename: 'InvalidRefreshTokenError', code: ErrorCode, message: string };

type ErrorFields_LossLimitReachedError_Fragment = { __typename: 'LossLimitReachedError', code: ErrorCode, message: string };

type ErrorFields_NotFoundError_Fragment = { __typename: 'NotFoundError', code: ErrorCode, message: string };

type ErrorFields_PaymentAmountOutOfBoundsError_Fragment = { __typename: 'PaymentAmountOutOfBoundsError', code: ErrorCode, message: string };

type ErrorFields_PaymentCurrencyUnsupportedError_Fragment = { __typename: 'PaymentCurrencyUnsupportedError', code: ErrorCode, message: string };

type ErrorFields_PaymentNotFoundError_Fragment = { __typename: 'PaymentNotFoundError', code: ErrorCode, message: string };

type ErrorFields_PaymentProviderFailedError_Fragment = { __typename: 'PaymentProviderFailedError', code: ErrorCode, message: string };

type ErrorFields_PaymentProviderUnsupportedError_Fragment = { __typename: 'PaymentProviderUnsupportedError', code: ErrorCode, message: string };

type ErrorFields_PokerAlreadySeatedError_Fragment = { __typename: 'PokerAlreadySeatedError', code: ErrorCode, message: string };

type ErrorFields_PokerBuyInOutOfRangeError_Fragment = { __typename: 'PokerBuyInOutOfRangeError', code: ErrorCode, message: string };

type ErrorFields_PokerHandFinishedError_Fragment = { __typename: 'PokerHandFinishedError', code: ErrorCode, message: string };

type ErrorFields_PokerIllegalActionError_Fragment = { __typename: 'PokerIllegalActionError', code: ErrorCode, message: string };

type ErrorFields_PokerIllegalAmountError_Fragment = { __typename: 'PokerIllegalAmountError', code: ErrorCode, message: string };

type ErrorFields_PokerNotInHandError_Fragment = { __typename: 'PokerNotInHandError', code: ErrorCode, message: string };

type ErrorFields_PokerNotSeatedError_Fragment = { __typename: 'PokerNotSeatedError', code: ErrorCode, message: string };

type ErrorFields_PokerNotYourTurnError_Fragment = { __typename: 'PokerNotYourTurnError', code: ErrorCode, message: string };

type ErrorFields_PokerProviderUnavailableError_Fragment = { __typename: 'PokerProviderUnavailableError', code: ErrorCode, message: string };

type ErrorFields_PokerSeatTakenError_Fragment = { __typename: 'PokerSeatTakenError', code: ErrorCode, message: string };

type ErrorFields_PokerTableClosedError_Fragment = { __typename: 'PokerTableClosedError', code: ErrorCode, message: string };

type ErrorFields_PokerTableFullError_Fragment = { __typename: 'PokerTableFullError', code: ErrorCode, message: string };

type ErrorFields_PokerTableNotFoundError_Fragment = { __typename: 'PokerTableNotFoundError', code: ErrorCode, message: string };

type ErrorFields_RefundExceedsPaymentError_Fragment = { __typename: 'RefundExceedsPaymentError', code: ErrorCode, message: string };

type ErrorFields_RgCannotShortenError_Fragment = { __typename: 'RgCannotShortenError', code: ErrorCode, message: string };

type ErrorFields_SelfApprovalError_Fragment = { __typename: 'SelfApprovalError', code: ErrorCode, message: string };

type ErrorFields_SelfExcludedError_Fragment = { __typename: 'SelfExcludedError', code: ErrorCode, message: string };

type ErrorFields_SessionLimitReachedError_Fragment = { __typename: 'SessionLimitReachedError', code: ErrorCode, message: string };

type ErrorFields_TenantDomainTakenError_Fragment = { __typename: 'TenantDomainTakenError', code: ErrorCode, message: string };

type ErrorFields_TenantNotFoundError_Fragment = { __typename: 'TenantNotFoundError', code: ErrorCode, message: string };

type ErrorFields_TenantRequiredError_Fragment = { __typename: 'TenantRequiredError', code: ErrorCode, message: string };

type ErrorFields_TenantSlugTakenError_Fragment = { __typename: 'TenantSlugTakenError', code: ErrorCode, message: string };

type ErrorFields_TenantSuspendedError_Fragment = { __typename: 'TenantSuspendedError', code: ErrorCode, message: string };

type ErrorFields_TimeOutActiveError_Fragment = { __typename: 'TimeOutActiveError', code: ErrorCode, message: string };

type ErrorFields_TransactionNotFoundError_Fragment = { __typename: 'TransactionNotFoundError', code: ErrorCode, message: string };

type ErrorFields_UnknownDialectError_Fragment = { __typename: 'UnknownDialectError', code: ErrorCode, message: string };

type ErrorFields_UnknownMenuItemError_Fragment = { __typename: 'UnknownMenuItemError', code: ErrorCode, message: string };

type ErrorFields_UnsupportedCurrencyError_Fragment = { __typename: 'UnsupportedCurrencyError', code: ErrorCode, message: string };

type ErrorFields_ValidationError_Fragment = { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> };

type ErrorFields_WithdrawalAlreadyApprovedError_Fragment = { __typename: 'WithdrawalAlreadyApprovedError', code: ErrorCode, message: string };

type ErrorFields_WithdrawalCompleterApprovedError_Fragment = { __typename: 'WithdrawalCompleterApprovedError', code: ErrorCode, message: string };

type ErrorFields_WithdrawalExceedsAvailableError_Fragment = { __typename: 'WithdrawalExceedsAvailableError', code: ErrorCode, message: string };

type ErrorFields_WithdrawalNoRouteError_Fragment = { __typename: 'WithdrawalNoRouteError', code: ErrorCode, message: string };

type ErrorFields_WithdrawalNotFoundError_Fragment = { __typename: 'WithdrawalNotFoundError', code: ErrorCode, message: string };

type ErrorFields_WithdrawalNotParkedError_Fragment = { __typename: 'WithdrawalNotParkedError', code: ErrorCode, message: string };

type ErrorFields_WithdrawalNotPendingError_Fragment = { __typename: 'WithdrawalNotPendingError', code: ErrorCode, message: string };

type ErrorFields_WithdrawalProviderNotFundingError_Fragment = { __typename: 'WithdrawalProviderNotFundingError', code: ErrorCode, message: string };

type ErrorFields_WithdrawalSelfApprovalError_Fragment = { __typename: 'WithdrawalSelfApprovalError', code: ErrorCode, message: string };

export type ErrorFieldsFragment =
  | ErrorFields_AccountDisabledError_Fragment
  | ErrorFields_AccountFrozenError_Fragment
  | ErrorFields_AccountNotFoundError_Fragment
  | ErrorFields_AdjustmentNotFoundError_Fragment
  | ErrorFields_AdjustmentNotPendingError_Fragment
  | ErrorFields_AlreadyReversedError_Fragment
  | ErrorFields_AuditChainEmptyError_Fragment
  | ErrorFields_BalanceOverflowError_Fragment
  | ErrorFields_CannotGrantError_Fragment
  | ErrorFields_CaptureExceedsHoldError_Fragment
  | ErrorFields_CurrencyMismatchError_Fragment
  | ErrorFields_DepositLimitReachedError_Fragment
  | ErrorFields_DisputeClosedError_Fragment
  | ErrorFields_DisputeNotFoundError_Fragment
  | ErrorFields_EmailTakenError_Fragment
  | ErrorFields_GameAlreadyExistsError_Fragment
  | ErrorFields_GameCurrencyNotSupportedError_Fragment
  | ErrorFields_GameDisabledError_Fragment
  | ErrorFields_GameNotFoundError_Fragment
  | ErrorFields_HoldNotFoundError_Fragment
  | ErrorFields_HoldNotOpenError_Fragment
  | ErrorFields_IdempotencyConflictError_Fragment
  | ErrorFields_InsufficientFundsError_Fragment
  | ErrorFields_InvalidCredentialsError_Fragment
  | ErrorFields_InvalidIdError_Fragment
  | ErrorFields_InvalidRefreshTokenError_Fragment
  | ErrorFields_LossLimitReachedError_Fragment
  | ErrorFields_NotFoundError_Fragment
  | ErrorFields_PaymentAmountOutOfBoundsError_Fragment
  | ErrorFields_PaymentCurrencyUnsupportedError_Fragment
  | ErrorFields_PaymentNotFoundError_Fragment
  | ErrorFields_PaymentProviderFailedError_Fragment
  | ErrorFields_PaymentProviderUnsupportedError_Fragment
  | ErrorFields_PokerAlreadySeatedError_Fragment
  | ErrorFields_PokerBuyInOutOfRangeError_Fragment
  | ErrorFields_PokerHandFinishedError_Fragment
  | ErrorFields_PokerIllegalActionError_Fragment
  | ErrorFields_PokerIllegalAmountError_Fragment
  | ErrorFields_PokerNotInHandError_Fragment
  | ErrorFields_PokerNotSeatedError_Fragment
  | ErrorFields_PokerNotYourTurnError_Fragment
  | ErrorFields_PokerProviderUnavailableError_Fragment
  | ErrorFields_PokerSeatTakenError_Fragment
  | ErrorFields_PokerTableClosedError_Fragment
  | ErrorFields_PokerTableFullError_Fragment
  | ErrorFields_PokerTableNotFoundError_Fragment
  | ErrorFields_RefundExceedsPaymentError_Fragment
  | ErrorFields_RgCannotShortenError_Fragment
  | ErrorFields_SelfApprovalError_Fragment
  | ErrorFields_SelfExcludedError_Fragment
  | ErrorFields_SessionLimitReachedError_Fragment
  | ErrorFields_TenantDomainTakenError_Fragment
  | ErrorFields_TenantNotFoundError_Fragment
  | ErrorFields_TenantRequiredError_Fragment
  | ErrorFields_TenantSlugTakenError_Fragment
  | ErrorFields_TenantSuspendedError_Fragment
  | ErrorFields_TimeOutActiveError_Fragment
  | ErrorFields_TransactionNotFoundError_Fragment
  | ErrorFields_UnknownDialectError_Fragment
  | ErrorFields_UnknownMenuItemError_Fragment
  | ErrorFields_UnsupportedCurrencyError_Fragment
  | ErrorFields_ValidationError_Fragment
  | ErrorFields_WithdrawalAlreadyApprovedError_Fragment
  | ErrorFields_WithdrawalCompleterApprovedError_Fragment
  | ErrorFields_WithdrawalExceedsAvailableError_Fragment
  | ErrorFields_WithdrawalNoRouteError_Fragment
  | ErrorFields_WithdrawalNotFoundError_Fragment
  | ErrorFields_WithdrawalNotParkedError_Fragment
  | ErrorFields_WithdrawalNotPendingError_Fragment
  | ErrorFields_WithdrawalProviderNotFundingError_Fragment
  | ErrorFields_WithdrawalSelfApprovalError_Fragment
;

export type TokenFieldsFragment = { accessToken: string, accessTokenExpiresAt: string, refreshToken: string };

export type PageInfoFieldsFragment = { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null };

export type GameFieldsFragment = { id: string, provider: string, externalId: string, name: string, category: GameCategory, currencies: Array<string>, enabled: boolean, launchUrlTemplate: string | null };

export type GamesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  currency?: string | null | undefined;
  provider?: string | null | undefined;
  category?: GameCategory | null | undefined;
  includeDisabled?: boolean | null | undefined;
}>;


export type GamesQuery = { games: { edges: Array<{ cursor: string, node: { id: string, provider: string, externalId: string, name: string, category: GameCategory, currencies: Array<string>, enabled: boolean, launchUrlTemplate: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type GameQueryVariables = Exact<{
  id: string;
}>;


export type GameQuery = { game: { id: string, provider: string, externalId: string, name: string, category: GameCategory, currencies: Array<string>, enabled: boolean, launchUrlTemplate: string | null } | null };

export type AddGameMutationVariables = Exact<{
  input: AddGameInput;
}>;


export type AddGameMutation = { addGame:
    | { __typename: 'GameAlreadyExistsError', code: ErrorCode, message: string }
    | { __typename: 'GamePayload', game: { id: string, provider: string, externalId: string, name: string, category: GameCategory, currencies: Array<string>, enabled: boolean, launchUrlTemplate: string | null } }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TenantSuspendedError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type UpdateGameMutationVariables = Exact<{
  id: string;
  input: UpdateGameInput;
}>;


export type UpdateGameMutation = { updateGame:
    | { __typename: 'GameNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'GamePayload', game: { id: string, provider: string, externalId: string, name: string, category: GameCategory, currencies: Array<string>, enabled: boolean, launchUrlTemplate: string | null } }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TenantSuspendedError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type LaunchGameMutationVariables = Exact<{
  gameId: string;
  currency?: string | null | undefined;
}>;


export type LaunchGameMutation = { launchGame:
    | { __typename: 'GameCurrencyNotSupportedError', code: ErrorCode, message: string }
    | { __typename: 'GameDisabledError', code: ErrorCode, message: string }
    | { __typename: 'GameLaunch', currency: string, url: string, token: string, expiresAt: string, game: { id: string, name: string } }
    | { __typename: 'GameNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'SelfExcludedError', code: ErrorCode, message: string }
    | { __typename: 'SessionLimitReachedError', code: ErrorCode, message: string }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TenantSuspendedError', code: ErrorCode, message: string }
    | { __typename: 'TimeOutActiveError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type PlayerFieldsFragment = { id: string, email: string, displayName: string, locale: string, status: string, createdAt: string };

export type StaffUserFieldsFragment = { id: string, email: string, name: string, roles: Array<TenantRole>, disabledAt: string | null, createdAt: string };

export type ApiKeyFieldsFragment = { id: string, name: string, permissions: Array<Permission>, createdAt: string, revokedAt: string | null, lastUsedAt: string | null };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { kind: ViewerKind, id: string, roles: Array<string>, permissions: Array<Permission>, tenant: { id: string, slug: string } | null, player: { id: string, email: string, displayName: string, locale: string, status: string, createdAt: string } | null } | null };

export type NodeQueryVariables = Exact<{
  id: string;
}>;


export type NodeQuery = { node:
    | { __typename: 'ApiKey', name: string, id: string }
    | { __typename: 'GameProvider', id: string }
    | { __typename: 'LedgerAccount', id: string }
    | { __typename: 'LedgerHold', id: string }
    | { __typename: 'LedgerTransaction', id: string }
    | { __typename: 'Player', email: string, id: string }
    | { __typename: 'StaffUser', email: string, id: string }
    | { __typename: 'Tenant', slug: string, id: string }
    | { __typename: 'WalletAdjustment', id: string }
    | { __typename: 'WalletStatementLine', id: string }
   | null };

export type PlayersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PlayersQuery = { players: { edges: Array<{ cursor: string, node: { id: string, email: string, displayName: string, locale: string, status: string, createdAt: string } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } | null };

export type StaffUsersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type StaffUsersQuery = { staffUsers: { edges: Array<{ node: { id: string, email: string, name: string, roles: Array<TenantRole>, disabledAt: string | null, createdAt: string } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } | null };

export type ApiKeysQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ApiKeysQuery = { apiKeys: { edges: Array<{ node: { id: string, name: string, permissions: Array<Permission>, createdAt: string, revokedAt: string | null, lastUsedAt: string | null } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } | null };

export type RegisterPlayerMutationVariables = Exact<{
  input: RegisterPlayerInput;
}>;


export type RegisterPlayerMutation = { registerPlayer:
    | { __typename: 'EmailTakenError', code: ErrorCode, message: string }
    | { __typename: 'PlayerAuthPayload', player: { id: string, email: string, displayName: string, locale: string, status: string, createdAt: string }, tokens: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string } }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TenantSuspendedError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login:
    | { __typename: 'AccountDisabledError', code: ErrorCode, message: string }
    | { __typename: 'InvalidCredentialsError', code: ErrorCode, message: string }
    | { __typename: 'PlayerAuthPayload', player: { id: string, email: string, displayName: string, locale: string, status: string, createdAt: string }, tokens: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string } }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TenantSuspendedError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type StaffLoginMutationVariables = Exact<{
  input: StaffLoginInput;
}>;


export type StaffLoginMutation = { staffLogin:
    | { __typename: 'AccountDisabledError', code: ErrorCode, message: string }
    | { __typename: 'AuthTokens', accessToken: string, accessTokenExpiresAt: string, refreshToken: string }
    | { __typename: 'InvalidCredentialsError', code: ErrorCode, message: string }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type RefreshSessionMutationVariables = Exact<{
  refreshToken: string;
}>;


export type RefreshSessionMutation = { refreshSession:
    | { __typename: 'AuthTokens', accessToken: string, accessTokenExpiresAt: string, refreshToken: string }
    | { __typename: 'InvalidRefreshTokenError', code: ErrorCode, message: string }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TenantSuspendedError', code: ErrorCode, message: string }
   };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: { ok: boolean } };

export type CreateStaffUserMutationVariables = Exact<{
  input: CreateStaffUserInput;
}>;


export type CreateStaffUserMutation = { createStaffUser:
    | { __typename: 'CannotGrantError', missing: Array<Permission>, code: ErrorCode, message: string }
    | { __typename: 'EmailTakenError', code: ErrorCode, message: string }
    | { __typename: 'StaffUserPayload', staffUser: { id: string, email: string, name: string, roles: Array<TenantRole>, disabledAt: string | null, createdAt: string } }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TenantSuspendedError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type SetStaffRolesMutationVariables = Exact<{
  id: string;
  roles: Array<TenantRole> | TenantRole;
}>;


export type SetStaffRolesMutation = { setStaffRoles:
    | { __typename: 'CannotGrantError', missing: Array<Permission>, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'StaffUserPayload', staffUser: { id: string, email: string, name: string, roles: Array<TenantRole>, disabledAt: string | null, createdAt: string } }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TenantSuspendedError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type DisableStaffUserMutationVariables = Exact<{
  id: string;
}>;


export type DisableStaffUserMutation = { disableStaffUser:
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'StaffUserPayload', staffUser: { id: string, email: string, name: string, roles: Array<TenantRole>, disabledAt: string | null, createdAt: string } }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TenantSuspendedError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { createApiKey:
    | { __typename: 'CannotGrantError', missing: Array<Permission>, code: ErrorCode, message: string }
    | { __typename: 'CreateApiKeyPayload', key: string, apiKey: { id: string, name: string, permissions: Array<Permission>, createdAt: string, revokedAt: string | null, lastUsedAt: string | null } }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TenantSuspendedError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type RevokeApiKeyMutationVariables = Exact<{
  id: string;
}>;


export type RevokeApiKeyMutation = { revokeApiKey:
    | { __typename: 'ApiKeyPayload', apiKey: { id: string, name: string, permissions: Array<Permission>, createdAt: string, revokedAt: string | null, lastUsedAt: string | null } }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TenantSuspendedError', code: ErrorCode, message: string }
   };

export type TenantMenuItemFieldsFragment = { key: string, kind: MenuItemKind, enabled: boolean, position: number, label: string, overridden: boolean, labels: Array<{ locale: string, text: string }> };

export type MenuQueryVariables = Exact<{ [key: string]: never; }>;


export type MenuQuery = { menu: { features: Array<string>, items: Array<{ key: string, label: string, position: number }> } | null };

export type TenantMenuQueryVariables = Exact<{ [key: string]: never; }>;


export type TenantMenuQuery = { tenantMenu: Array<{ key: string, kind: MenuItemKind, enabled: boolean, position: number, label: string, overridden: boolean, labels: Array<{ locale: string, text: string }> }> | null };

export type MenuChangesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  itemKey?: string | null | undefined;
}>;


export type MenuChangesQuery = { menuChanges: { edges: Array<{ cursor: string, node: { id: string, itemKey: string, action: MenuChangeAction, actorKind: string, actorId: string, createdAt: string, before: { enabled: boolean, position: number } | null, after: { enabled: boolean, position: number } | null } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } | null };

export type MenuCatalogueQueryVariables = Exact<{ [key: string]: never; }>;


export type MenuCatalogueQuery = { menuCatalogue: Array<{ key: string, kind: MenuItemKind, defaultEnabled: boolean, defaultPosition: number }> | null };

export type SetMenuItemMutationVariables = Exact<{
  input: SetMenuItemInput;
}>;


export type SetMenuItemMutation = { setMenuItem:
    | { __typename: 'MenuPayload', items: Array<{ key: string, kind: MenuItemKind, enabled: boolean, position: number, label: string, overridden: boolean, labels: Array<{ locale: string, text: string }> }> }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TenantSuspendedError', code: ErrorCode, message: string }
    | { __typename: 'UnknownMenuItemError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type ReorderMenuMutationVariables = Exact<{
  keys: Array<string> | string;
}>;


export type ReorderMenuMutation = { reorderMenu:
    | { __typename: 'MenuPayload', items: Array<{ key: string, kind: MenuItemKind, enabled: boolean, position: number, label: string, overridden: boolean, labels: Array<{ locale: string, text: string }> }> }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TenantSuspendedError', code: ErrorCode, message: string }
    | { __typename: 'UnknownMenuItemError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type ResetMenuItemMutationVariables = Exact<{
  key: string;
}>;


export type ResetMenuItemMutation = { resetMenuItem:
    | { __typename: 'MenuPayload', items: Array<{ key: string, kind: MenuItemKind, enabled: boolean, position: number, label: string, overridden: boolean, labels: Array<{ locale: string, text: string }> }> }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TenantSuspendedError', code: ErrorCode, message: string }
    | { __typename: 'UnknownMenuItemError', code: ErrorCode, message: string }
   };

export type DefineMenuCatalogueItemMutationVariables = Exact<{
  input: MenuCatalogueItemInput;
}>;


export type DefineMenuCatalogueItemMutation = { defineMenuCatalogueItem:
    | { __typename: 'MenuCatalogueItemPayload', item: { key: string, kind: MenuItemKind, defaultEnabled: boolean, defaultPosition: number } }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type MenuUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type MenuUpdatedSubscription = { menuUpdated: { seq: number, menu: { features: Array<string>, items: Array<{ key: string, label: string, position: number }> } } };

export type PaymentFieldsFragment = { id: string, playerId: string, provider: string, currency: string, amount: string, status: PaymentStatus, providerRef: string | null, confirmedAmount: string | null, refundedAmount: string, ledgerTransactionId: string | null, failureReason: string | null, createdAt: string, confirmedAt: string | null };

export type WithdrawalFieldsFragment = { id: string, playerId: string, kind: WithdrawalKind, currency: string, amount: string, status: WithdrawalStatus, provider: string | null, route: string | null, sourcePaymentId: string | null, instrumentPaymentId: string | null, instrumentRef: string | null, paidReference: string | null, paidBy: string | null, requestId: string | null, holdId: string, requiredApprovals: number, requestedBy: string, decidedBy: string | null, note: string | null, failureReason: string | null, ledgerTransactionId: string | null, createdAt: string, approvals: Array<{ by: string, at: string }> };

export type DisputeFieldsFragment = { id: string, paymentId: string, playerId: string, provider: string, providerRef: string, status: DisputeStatus, reason: string | null, currency: string, amount: string, dueBy: string | null, clawedCash: string, receivable: string, clawbackTransactionId: string | null, createdAt: string, closedAt: string | null, evidence: Array<{ note: string, by: string, at: string }> };

export type PaymentProviderFieldsFragment = { id: string, code: string, enabled: boolean, currencies: Array<string>, minAmount: string, maxAmount: string, keyFingerprint: string, endpoint: string | null, webhookPath: string };

export type SetPaymentProviderMutationVariables = Exact<{
  input: SetPaymentProviderInput;
}>;


export type SetPaymentProviderMutation = { setPaymentProvider:
    | { __typename: 'PaymentProviderUnsupportedError', code: ErrorCode, message: string }
    | { __typename: 'SetPaymentProviderPayload', provider: { id: string, code: string, enabled: boolean, currencies: Array<string>, minAmount: string, maxAmount: string, keyFingerprint: string, endpoint: string | null, webhookPath: string } }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TenantSuspendedError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type PaymentProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type PaymentProvidersQuery = { paymentProviders: Array<{ id: string, code: string, enabled: boolean, currencies: Array<string>, minAmount: string, maxAmount: string, keyFingerprint: string, endpoint: string | null, webhookPath: string }> | null };

export type SetPaymentSettingsMutationVariables = Exact<{
  input: PaymentSettingsInput;
}>;


export type SetPaymentSettingsMutation = { setPaymentSettings:
    | { __typename: 'PaymentSettings', dualApprovalAbove: string | null, chargebackFreeze: ChargebackFreezePolicy, stalePendingMinutes: number }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TenantSuspendedError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type DepositOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type DepositOptionsQuery = { depositOptions: Array<{ provider: string, currencies: Array<string>, minAmount: string, maxAmount: string }> | null };

export type CreateDepositMutationVariables = Exact<{
  provider: string;
  currency: string;
  amount: string;
  returnUrl?: string | null | undefined;
}>;


export type CreateDepositMutation = { createDeposit:
    | { __typename: 'DepositLimitReachedError', code: ErrorCode, message: string }
    | { __typename: 'DepositPayload', clientSecret: string | null, sessionId: string | null, sessionData: string | null, payment: { id: string, playerId: string, provider: string, currency: string, amount: string, status: PaymentStatus, providerRef: string | null, confirmedAmount: string | null, refundedAmount: string, ledgerTransactionId: string | null, failureReason: string | null, createdAt: string, confirmedAt: string | null } }
    | { __typename: 'PaymentAmountOutOfBoundsError', code: ErrorCode, message: string }
    | { __typename: 'PaymentCurrencyUnsupportedError', code: ErrorCode, message: string }
    | { __typename: 'PaymentProviderFailedError', code: ErrorCode, message: string }
    | { __typename: 'PaymentProviderUnsupportedError', code: ErrorCode, message: string }
    | { __typename: 'SelfExcludedError', code: ErrorCode, message: string }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TenantSuspendedError', code: ErrorCode, message: string }
    | { __typename: 'TimeOutActiveError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type MyPaymentsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyPaymentsQuery = { myPayments: { edges: Array<{ node: { id: string, playerId: string, provider: string, currency: string, amount: string, status: PaymentStatus, providerRef: string | null, confirmedAmount: string | null, refundedAmount: string, ledgerTransactionId: string | null, failureReason: string | null, createdAt: string, confirmedAt: string | null } }> } | null };

export type PaymentsQueryVariables = Exact<{
  status?: PaymentStatus | null | undefined;
  playerId?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PaymentsQuery = { payments: { edges: Array<{ node: { id: string, playerId: string, provider: string, currency: string, amount: string, status: PaymentStatus, providerRef: string | null, confirmedAmount: string | null, refundedAmount: string, ledgerTransactionId: string | null, failureReason: string | null, createdAt: string, confirmedAt: string | null } }> } | null };

export type PaymentQueryVariables = Exact<{
  id: string;
}>;


export type PaymentQuery = { payment: { id: string, playerId: string, provider: string, currency: string, amount: string, status: PaymentStatus, providerRef: string | null, confirmedAmount: string | null, refundedAmount: string, ledgerTransactionId: string | null, failureReason: string | null, createdAt: string, confirmedAt: string | null } | null };

export type RequestWithdrawalMutationVariables = Exact<{
  idempotencyKey: string;
  currency: string;
  amount: string;
  provider?: string | null | undefined;
}>;


export type RequestWithdrawalMutation = { requestWithdrawal:
    | { __typename: 'AccountFrozenError', code: ErrorCode, message: string }
    | { __typename: 'IdempotencyConflictError', code: ErrorCode, message: string }
    | { __typename: 'InsufficientFundsError', code: ErrorCode, message: string }
    | { __typename: 'PaymentAmountOutOfBoundsError', code: ErrorCode, message: string }
    | { __typename: 'PaymentCurrencyUnsupportedError', code: ErrorCode, message: string }
    | { __typename: 'PaymentProviderUnsupportedError', code: ErrorCode, message: string }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TenantSuspendedError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'WithdrawalExceedsAvailableError', code: ErrorCode, message: string }
    | { __typename: 'WithdrawalNoRouteError', routable: string, code: ErrorCode, message: string }
    | { __typename: 'WithdrawalPayload', replay: boolean, withdrawal: { id: string, playerId: string, kind: WithdrawalKind, currency: string, amount: string, status: WithdrawalStatus, provider: string | null, route: string | null, sourcePaymentId: string | null, instrumentPaymentId: string | null, instrumentRef: string | null, paidReference: string | null, paidBy: string | null, requestId: string | null, holdId: string, requiredApprovals: number, requestedBy: string, decidedBy: string | null, note: string | null, failureReason: string | null, ledgerTransactionId: string | null, createdAt: string, approvals: Array<{ by: string, at: string }> }, parts: Array<{ id: string, playerId: string, kind: WithdrawalKind, currency: string, amount: string, status: WithdrawalStatus, provider: string | null, route: string | null, sourcePaymentId: string | null, instrumentPaymentId: string | null, instrumentRef: string | null, paidReference: string | null, paidBy: string | null, requestId: string | null, holdId: string, requiredApprovals: number, requestedBy: string, decidedBy: string | null, note: string | null, failureReason: string | null, ledgerTransactionId: string | null, createdAt: string, approvals: Array<{ by: string, at: string }> }> }
    | { __typename: 'WithdrawalProviderNotFundingError', code: ErrorCode, message: string }
   };

export type CancelWithdrawalMutationVariables = Exact<{
  id: string;
}>;


export type CancelWithdrawalMutation = { cancelWithdrawal:
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TenantSuspendedError', code: ErrorCode, message: string }
    | { __typename: 'Withdrawal', id: string, playerId: string, kind: WithdrawalKind, currency: string, amount: string, status: WithdrawalStatus, provider: string | null, route: string | null, sourcePaymentId: string | null, instrumentPaymentId: string | null, instrumentRef: string | null, paidReference: string | null, paidBy: string | null, requestId: string | null, holdId: string, requiredApprovals: number, requestedBy: string, decidedBy: string | null, note: string | null, failureReason: string | null, ledgerTransactionId: string | null, createdAt: string, approvals: Array<{ by: string, at: string }> }
    | { __typename: 'WithdrawalNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'WithdrawalNotPendingError', code: ErrorCode, message: string }
   };

export type ApproveWithdrawalMutationVariables = Exact<{
  id: string;
  note?: string | null | undefined;
}>;


export type ApproveWithdrawalMutation = { approveWithdrawal:
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TenantSuspendedError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'Withdrawal', id: string, playerId: string, kind: WithdrawalKind, currency: string, amount: string, status: WithdrawalStatus, provider: string | null, route: string | null, sourcePaymentId: string | null, instrumentPaymentId: string | null, instrumentRef: string | null, paidReference: string | null, paidBy: string | null, requestId: string | null, holdId: string, requiredApprovals: number, requestedBy: string, decidedBy: string | null, note: string | null, failureReason: string | null, ledgerTransactionId: string | null, createdAt: string, approvals: Array<{ by: string, at: string }> }
    | { __typename: 'WithdrawalAlreadyApprovedError', code: ErrorCode, message: string }
    | { __typename: 'WithdrawalNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'WithdrawalNotPendingError', code: ErrorCode, message: string }
    | { __typename: 'WithdrawalSelfApprovalError', code: ErrorCode, message: string }
   };

export type RejectWithdrawalMutationVariables = Exact<{
  id: string;
  note?: string | null | undefined;
}>;


export type RejectWithdrawalMutation = { rejectWithdrawal:
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TenantSuspendedError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'Withdrawal', id: string, playerId: string, kind: WithdrawalKind, currency: string, amount: string, status: WithdrawalStatus, provider: string | null, route: string | null, sourcePaymentId: string | null, instrumentPaymentId: string | null, instrumentRef: string | null, paidReference: string | null, paidBy: string | null, requestId: string | null, holdId: string, requiredApprovals: number, requestedBy: string, decidedBy: string | null, note: string | null, failureReason: string | null, ledgerTransactionId: string | null, createdAt: string, approvals: Array<{ by: string, at: string }> }
    | { __typename: 'WithdrawalAlreadyApprovedError', code: ErrorCode, message: string }
    | { __typename: 'WithdrawalNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'WithdrawalNotPendingError', code: ErrorCode, message: string }
    | { __typename: 'WithdrawalSelfApprovalError', code: ErrorCode, message: string }
   };

export type CompleteManualWithdrawalMutationVariables = Exact<{
  input: CompleteManualWithdrawalInput;
}>;


export type CompleteManualWithdrawalMutation = { completeManualWithdrawal:
    | { __typename: 'AccountFrozenError', code: ErrorCode, message: string }
    | { __typename: 'BalanceOverflowError', code: ErrorCode, message: string, ledgerAccount: { id: string } | null }
    | { __typename: 'IdempotencyConflictError', code: ErrorCode, message: string }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TenantSuspendedError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'WithdrawalCompleterApprovedError', code: ErrorCode, message: string }
    | { __typename: 'WithdrawalNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'WithdrawalNotParkedError', code: ErrorCode, message: string }
    | { __typename: 'WithdrawalPayload', replay: boolean, withdrawal: { id: string, playerId: string, kind: WithdrawalKind, currency: string, amount: string, status: WithdrawalStatus, provider: string | null, route: string | null, sourcePaymentId: string | null, instrumentPaymentId: string | null, instrumentRef: string | null, paidReference: string | null, paidBy: string | null, requestId: string | null, holdId: string, requiredApprovals: number, requestedBy: string, decidedBy: string | null, note: string | null, failureReason: string | null, ledgerTransactionId: string | null, createdAt: string, approvals: Array<{ by: string, at: string }> } }
   };

export type RejectManualWithdrawalMutationVariables = Exact<{
  input: RejectManualWithdrawalInput;
}>;


export type RejectManualWithdrawalMutation = { rejectManualWithdrawal:
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TenantSuspendedError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'Withdrawal', id: string, playerId: string, kind: WithdrawalKind, currency: string, amount: string, status: WithdrawalStatus, provider: string | null, route: string | null, sourcePaymentId: string | null, instrumentPaymentId: string | null, instrumentRef: string | null, paidReference: string | null, paidBy: string | null, requestId: string | null, holdId: string, requiredApprovals: number, requestedBy: string, decidedBy: string | null, note: string | null, failureReason: string | null, ledgerTransactionId: string | null, createdAt: string, approvals: Array<{ by: string, at: string }> }
    | { __typename: 'WithdrawalNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'WithdrawalNotParkedError', code: ErrorCode, message: string }
   };

export type RefundDepositMutationVariables = Exact<{
  idempotencyKey: string;
  paymentId: string;
  amount: string;
  reason: string;
}>;


export type RefundDepositMutation = { refundDeposit:
    | { __typename: 'AccountFrozenError', code: ErrorCode, message: string }
    | { __typename: 'BalanceOverflowError', code: ErrorCode, message: string, ledgerAccount: { id: string } | null }
    | { __typename: 'IdempotencyConflictError', code: ErrorCode, message: string }
    | { __typename: 'InsufficientFundsError', code: ErrorCode, message: string }
    | { __typename: 'PaymentNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'RefundExceedsPaymentError', code: ErrorCode, message: string }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TenantSuspendedError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'WithdrawalExceedsAvailableError', code: ErrorCode, message: string }
    | { __typename: 'WithdrawalPayload', replay: boolean, withdrawal: { id: string, playerId: string, kind: WithdrawalKind, currency: string, amount: string, status: WithdrawalStatus, provider: string | null, route: string | null, sourcePaymentId: string | null, instrumentPaymentId: string | null, instrumentRef: string | null, paidReference: string | null, paidBy: string | null, requestId: string | null, holdId: string, requiredApprovals: number, requestedBy: string, decidedBy: string | null, note: string | null, failureReason: string | null, ledgerTransactionId: string | null, createdAt: string, approvals: Array<{ by: string, at: string }> } }
   };

export type WithdrawalsQueryVariables = Exact<{
  status?: WithdrawalStatus | null | undefined;
  playerId?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WithdrawalsQuery = { withdrawals: { edges: Array<{ node: { id: string, playerId: string, kind: WithdrawalKind, currency: string, amount: string, status: WithdrawalStatus, provider: string | null, route: string | null, sourcePaymentId: string | null, instrumentPaymentId: string | null, instrumentRef: string | null, paidReference: string | null, paidBy: string | null, requestId: string | null, holdId: string, requiredApprovals: number, requestedBy: string, decidedBy: string | null, note: string | null, failureReason: string | null, ledgerTransactionId: string | null, createdAt: string, approvals: Array<{ by: string, at: string }> } }> } | null };

export type MyWithdrawalsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyWithdrawalsQuery = { myWithdrawals: { edges: Array<{ node: { id: string, playerId: string, kind: WithdrawalKind, currency: string, amount: string, status: WithdrawalStatus, provider: string | null, route: string | null, sourcePaymentId: string | null, instrumentPaymentId: string | null, instrumentRef: string | null, paidReference: string | null, paidBy: string | null, requestId: string | null, holdId: string, requiredApprovals: number, requestedBy: string, decidedBy: string | null, note: string | null, failureReason: string | null, ledgerTransactionId: string | null, createdAt: string, approvals: Array<{ by: string, at: string }> } }> } | null };

export type DisputesQueryVariables = Exact<{
  status?: DisputeStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DisputesQuery = { disputes: { edges: Array<{ node: { id: string, paymentId: string, playerId: string, provider: string, providerRef: string, status: DisputeStatus, reason: string | null, currency: string, amount: string, dueBy: string | null, clawedCash: string, receivable: string, clawbackTransactionId: string | null, createdAt: string, closedAt: string | null, evidence: Array<{ note: string, by: string, at: string }> } }> } | null };

export type DisputeQueryVariables = Exact<{
  id: string;
}>;


export type DisputeQuery = { dispute: { id: string, paymentId: string, playerId: string, provider: string, providerRef: string, status: DisputeStatus, reason: string | null, currency: string, amount: string, dueBy: string | null, clawedCash: string, receivable: string, clawbackTransactionId: string | null, createdAt: string, closedAt: string | null, evidence: Array<{ note: string, by: string, at: string }> } | null };

export type AddDisputeEvidenceMutationVariables = Exact<{
  id: string;
  note: string;
}>;


export type AddDisputeEvidenceMutation = { addDisputeEvidence:
    | { __typename: 'Dispute', id: string, paymentId: string, playerId: string, provider: string, providerRef: string, status: DisputeStatus, reason: string | null, currency: string, amount: string, dueBy: string | null, clawedCash: string, receivable: string, clawbackTransactionId: string | null, createdAt: string, closedAt: string | null, evidence: Array<{ note: string, by: string, at: string }> }
    | { __typename: 'DisputeClosedError', code: ErrorCode, message: string }
    | { __typename: 'DisputeNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TenantSuspendedError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type PaymentReconciliationQueryVariables = Exact<{
  day: string;
}>;


export type PaymentReconciliationQuery = { paymentReconciliation: Array<{ kind: ReconciliationMismatchKind, paymentId: string, playerId: string, provider: string, providerRef: string | null, currency: string, providerAmount: string | null, ledgerAmount: string, ledgerCredits: number, detail: string }> | null };

export type MyPaymentEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type MyPaymentEventsSubscription = { myPaymentEvents: { stream: string, seq: number, kind: PaymentEventKind, playerId: string, subjectId: string, status: string, amount: string, currency: string, provider: string | null, occurredAt: string } };

export type PaymentEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type PaymentEventsSubscription = { paymentEvents: { stream: string, seq: number, kind: PaymentEventKind, playerId: string, subjectId: string, status: string, amount: string, currency: string, provider: string | null, occurredAt: string } };

export type PokerTableFieldsFragment = { id: string, provider: string, name: string, variant: PokerVariant, currency: string, smallBlind: string, bigBlind: string, ante: string, maxSeats: number, minBuyIn: string, maxBuyIn: string, rakeBasisPoints: number, rakeCap: string | null, turnSeconds: number, status: PokerTableStatus, seatsTaken: number };

export type PokerSeatFieldsFragment = { seat: number, playerId: string, stack: string, status: PokerSeatStatus };

export type PokerTablesQueryVariables = Exact<{ [key: string]: never; }>;


export type PokerTablesQuery = { pokerTables: Array<{ id: string, provider: string, name: string, variant: PokerVariant, currency: string, smallBlind: string, bigBlind: string, ante: string, maxSeats: number, minBuyIn: string, maxBuyIn: string, rakeBasisPoints: number, rakeCap: string | null, turnSeconds: number, status: PokerTableStatus, seatsTaken: number }> | null };

export type PokerTableQueryVariables = Exact<{
  id: string;
}>;


export type PokerTableQuery = { pokerTable: { id: string, provider: string, name: string, variant: PokerVariant, currency: string, smallBlind: string, bigBlind: string, ante: string, maxSeats: number, minBuyIn: string, maxBuyIn: string, rakeBasisPoints: number, rakeCap: string | null, turnSeconds: number, status: PokerTableStatus, seatsTaken: number } | null };

export type PokerTableSnapshotQueryVariables = Exact<{
  tableId: string;
}>;


export type PokerTableSnapshotQuery = { pokerTableSnapshot: { seq: number, mySeat: number | null, turnDeadline: string | null, table: { id: string, provider: string, name: string, variant: PokerVariant, currency: string, smallBlind: string, bigBlind: string, ante: string, maxSeats: number, minBuyIn: string, maxBuyIn: string, rakeBasisPoints: number, rakeCap: string | null, turnSeconds: number, status: PokerTableStatus, seatsTaken: number }, seats: Array<{ seat: number, playerId: string, stack: string, status: PokerSeatStatus }>, hand: { handId: string, handNo: number, street: string, status: string, board: Array<string>, buttonSeat: number, seatToAct: number | null, currentBet: string, minRaiseIncrement: string, pot: string, pots: unknown, toCall: string | null, seq: number, players: Array<{ seat: number, playerId: string | null, stack: string, streetBet: string, totalBet: string, folded: boolean, allIn: boolean, holeCards: Array<string> | null, holeCount: number }>, legalActions: Array<{ type: PokerActionType, amount: string | null, min: string | null, max: string | null }> } | null } | null };

export type PokerHandHistoriesQueryVariables = Exact<{
  tableId: string;
  last?: number | null | undefined;
}>;


export type PokerHandHistoriesQuery = { pokerHandHistories: Array<{ handId: string, handNo: number, rake: string, phh: string, startedAt: string, endedAt: string | null }> | null };

export type CreatePokerTableMutationVariables = Exact<{
  input: CreatePokerTableInput;
}>;


export type CreatePokerTableMutation = { createPokerTable:
    | { __typename: 'PokerTablePayload', table: { id: string, provider: string, name: string, variant: PokerVariant, currency: string, smallBlind: string, bigBlind: string, ante: string, maxSeats: number, minBuyIn: string, maxBuyIn: string, rakeBasisPoints: number, rakeCap: string | null, turnSeconds: number, status: PokerTableStatus, seatsTaken: number } }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TenantSuspendedError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type ClosePokerTableMutationVariables = Exact<{
  tableId: string;
}>;


export type ClosePokerTableMutation = { closePokerTable:
    | { __typename: 'PokerTableNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'PokerTablePayload', table: { id: string, provider: string, name: string, variant: PokerVariant, currency: string, smallBlind: string, bigBlind: string, ante: string, maxSeats: number, minBuyIn: string, maxBuyIn: string, rakeBasisPoints: number, rakeCap: string | null, turnSeconds: number, status: PokerTableStatus, seatsTaken: number } }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TenantSuspendedError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type SitAtPokerTableMutationVariables = Exact<{
  tableId: string;
  buyIn: string;
  seat?: number | null | undefined;
}>;


export type SitAtPokerTableMutation = { sitAtPokerTable:
    | { __typename: 'AccountFrozenError', code: ErrorCode, message: string }
    | { __typename: 'BalanceOverflowError', code: ErrorCode, message: string, ledgerAccount: { id: string } | null }
    | { __typename: 'InsufficientFundsError', code: ErrorCode, message: string }
    | { __typename: 'PokerAlreadySeatedError', code: ErrorCode, message: string }
    | { __typename: 'PokerBuyInOutOfRangeError', min: string, max: string, code: ErrorCode, message: string }
    | { __typename: 'PokerProviderUnavailableError', code: ErrorCode, message: string }
    | { __typename: 'PokerSeatPayload', tableId: string, seq: number, seat: { seat: number, playerId: string, stack: string, status: PokerSeatStatus } }
    | { __typename: 'PokerSeatTakenError', code: ErrorCode, message: string }
    | { __typename: 'PokerTableClosedError', code: ErrorCode, message: string }
    | { __typename: 'PokerTableFullError', code: ErrorCode, message: string }
    | { __typename: 'PokerTableNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'SelfExcludedError', code: ErrorCode, message: string }
    | { __typename: 'SessionLimitReachedError', code: ErrorCode, message: string }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TenantSuspendedError', code: ErrorCode, message: string }
    | { __typename: 'TimeOutActiveError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type PokerActMutationVariables = Exact<{
  tableId: string;
  action: PokerActionType;
  amount?: string | null | undefined;
  handId?: string | null | undefined;
}>;


export type PokerActMutation = { pokerAct:
    | { __typename: 'PokerActPayload', tableId: string, handId: string, seq: number }
    | { __typename: 'PokerHandFinishedError', code: ErrorCode, message: string }
    | { __typename: 'PokerIllegalActionError', code: ErrorCode, message: string }
    | { __typename: 'PokerIllegalAmountError', min: string | null, max: string | null, code: ErrorCode, message: string }
    | { __typename: 'PokerNotInHandError', code: ErrorCode, message: string }
    | { __typename: 'PokerNotSeatedError', code: ErrorCode, message: string }
    | { __typename: 'PokerNotYourTurnError', code: ErrorCode, message: string }
    | { __typename: 'PokerProviderUnavailableError', code: ErrorCode, message: string }
    | { __typename: 'PokerTableNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TenantSuspendedError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type SitOutPokerTableMutationVariables = Exact<{
  tableId: string;
  away: boolean;
}>;


export type SitOutPokerTableMutation = { sitOutPokerTable:
    | { __typename: 'PokerNotSeatedError', code: ErrorCode, message: string }
    | { __typename: 'PokerProviderUnavailableError', code: ErrorCode, message: string }
    | { __typename: 'PokerSeatPayload', tableId: string, seq: number, seat: { seat: number, playerId: string, stack: string, status: PokerSeatStatus } }
    | { __typename: 'PokerTableNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TenantSuspendedError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type LeavePokerTableMutationVariables = Exact<{
  tableId: string;
}>;


export type LeavePokerTableMutation = { leavePokerTable:
    | { __typename: 'PokerLeavePayload', tableId: string, pending: boolean, cashedOut: string | null, seq: number }
    | { __typename: 'PokerNotSeatedError', code: ErrorCode, message: string }
    | { __typename: 'PokerProviderUnavailableError', code: ErrorCode, message: string }
    | { __typename: 'PokerTableNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TenantSuspendedError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type TableEventsSubscriptionVariables = Exact<{
  tableId: string;
  afterSeq?: number | null | undefined;
}>;


export type TableEventsSubscription = { tableEvents: { tableId: string, seq: number, type: string, handId: string | null, data: unknown, occurredAt: string } };

export type ResponsibleGamblingFieldsFragment = { playerId: string, timeOutUntil: string | null, selfExcludedFrom: string | null, selfExcludedUntil: string | null, sessionLimitMinutes: number | null, realityCheckMinutes: number | null, playRefusal: string | null, marketingAllowed: boolean, limits: Array<{ kind: RgLimitKind, currency: string, period: RgLimitPeriod, amount: string | null, pendingAmount: string | null, pendingRemoval: boolean, pendingEffectiveAt: string | null, used: string }>, allowances: Array<{ kind: RgLimitKind, currency: string, remaining: string, period: RgLimitPeriod }>, pendingSessionLimit: { minutes: number | null, effectiveAt: string } | null, session: { startedAt: string, lastActivityAt: string, nextNoticeAt: string | null } | null };

export type ResponsibleGamblingQueryVariables = Exact<{ [key: string]: never; }>;


export type ResponsibleGamblingQuery = { responsibleGambling: { playerId: string, timeOutUntil: string | null, selfExcludedFrom: string | null, selfExcludedUntil: string | null, sessionLimitMinutes: number | null, realityCheckMinutes: number | null, playRefusal: string | null, marketingAllowed: boolean, limits: Array<{ kind: RgLimitKind, currency: string, period: RgLimitPeriod, amount: string | null, pendingAmount: string | null, pendingRemoval: boolean, pendingEffectiveAt: string | null, used: string }>, allowances: Array<{ kind: RgLimitKind, currency: string, remaining: string, period: RgLimitPeriod }>, pendingSessionLimit: { minutes: number | null, effectiveAt: string } | null, session: { startedAt: string, lastActivityAt: string, nextNoticeAt: string | null } | null } | null };

export type PlayerResponsibleGamblingQueryVariables = Exact<{
  playerId: string;
}>;


export type PlayerResponsibleGamblingQuery = { playerResponsibleGambling: { playerId: string, timeOutUntil: string | null, selfExcludedFrom: string | null, selfExcludedUntil: string | null, sessionLimitMinutes: number | null, realityCheckMinutes: number | null, playRefusal: string | null, marketingAllowed: boolean, limits: Array<{ kind: RgLimitKind, currency: string, period: RgLimitPeriod, amount: string | null, pendingAmount: string | null, pendingRemoval: boolean, pendingEffectiveAt: string | null, used: string }>, allowances: Array<{ kind: RgLimitKind, currency: string, remaining: string, period: RgLimitPeriod }>, pendingSessionLimit: { minutes: number | null, effectiveAt: string } | null, session: { startedAt: string, lastActivityAt: string, nextNoticeAt: string | null } | null } | null };

export type SetResponsibleGamblingLimitMutationVariables = Exact<{
  input: SetRgLimitInput;
}>;


export type SetResponsibleGamblingLimitMutation = { setResponsibleGamblingLimit:
    | { __typename: 'ResponsibleGamblingPayload', appliesAt: string, responsibleGambling: { playerId: string, timeOutUntil: string | null, selfExcludedFrom: string | null, selfExcludedUntil: string | null, sessionLimitMinutes: number | null, realityCheckMinutes: number | null, playRefusal: string | null, marketingAllowed: boolean, limits: Array<{ kind: RgLimitKind, currency: string, period: RgLimitPeriod, amount: string | null, pendingAmount: string | null, pendingRemoval: boolean, pendingEffectiveAt: string | null, used: string }>, allowances: Array<{ kind: RgLimitKind, currency: string, remaining: string, period: RgLimitPeriod }>, pendingSessionLimit: { minutes: number | null, effectiveAt: string } | null, session: { startedAt: string, lastActivityAt: string, nextNoticeAt: string | null } | null } }
    | { __typename: 'TenantNotFoundError', message: string, code: ErrorCode }
    | { __typename: 'TenantRequiredError', message: string, code: ErrorCode }
    | { __typename: 'TenantSuspendedError', message: string, code: ErrorCode }
    | { __typename: 'ValidationError', message: string, code: ErrorCode, issues: Array<{ path: Array<string>, message: string }> }
   };

export type SetSessionTimeLimitMutationVariables = Exact<{
  minutes?: number | null | undefined;
}>;


export type SetSessionTimeLimitMutation = { setSessionTimeLimit:
    | { __typename: 'ResponsibleGamblingPayload', appliesAt: string, responsibleGambling: { playerId: string, timeOutUntil: string | null, selfExcludedFrom: string | null, selfExcludedUntil: string | null, sessionLimitMinutes: number | null, realityCheckMinutes: number | null, playRefusal: string | null, marketingAllowed: boolean, limits: Array<{ kind: RgLimitKind, currency: string, period: RgLimitPeriod, amount: string | null, pendingAmount: string | null, pendingRemoval: boolean, pendingEffectiveAt: string | null, used: string }>, allowances: Array<{ kind: RgLimitKind, currency: string, remaining: string, period: RgLimitPeriod }>, pendingSessionLimit: { minutes: number | null, effectiveAt: string } | null, session: { startedAt: string, lastActivityAt: string, nextNoticeAt: string | null } | null } }
    | { __typename: 'TenantNotFoundError', message: string, code: ErrorCode }
    | { __typename: 'TenantRequiredError', message: string, code: ErrorCode }
    | { __typename: 'TenantSuspendedError', message: string, code: ErrorCode }
    | { __typename: 'ValidationError', message: string, code: ErrorCode }
   };

export type SetRealityCheckIntervalMutationVariables = Exact<{
  minutes?: number | null | undefined;
}>;


export type SetRealityCheckIntervalMutation = { setRealityCheckInterval:
    | { __typename: 'ResponsibleGamblingPayload', appliesAt: string, responsibleGambling: { playerId: string, timeOutUntil: string | null, selfExcludedFrom: string | null, selfExcludedUntil: string | null, sessionLimitMinutes: number | null, realityCheckMinutes: number | null, playRefusal: string | null, marketingAllowed: boolean, limits: Array<{ kind: RgLimitKind, currency: string, period: RgLimitPeriod, amount: string | null, pendingAmount: string | null, pendingRemoval: boolean, pendingEffectiveAt: string | null, used: string }>, allowances: Array<{ kind: RgLimitKind, currency: string, remaining: string, period: RgLimitPeriod }>, pendingSessionLimit: { minutes: number | null, effectiveAt: string } | null, session: { startedAt: string, lastActivityAt: string, nextNoticeAt: string | null } | null } }
    | { __typename: 'TenantNotFoundError', message: string, code: ErrorCode }
    | { __typename: 'TenantRequiredError', message: string, code: ErrorCode }
    | { __typename: 'TenantSuspendedError', message: string, code: ErrorCode }
    | { __typename: 'ValidationError', message: string, code: ErrorCode }
   };

export type TakeTimeOutMutationVariables = Exact<{
  hours: number;
}>;


export type TakeTimeOutMutation = { takeTimeOut:
    | { __typename: 'ResponsibleGamblingPayload', appliesAt: string, responsibleGambling: { playerId: string, timeOutUntil: string | null, selfExcludedFrom: string | null, selfExcludedUntil: string | null, sessionLimitMinutes: number | null, realityCheckMinutes: number | null, playRefusal: string | null, marketingAllowed: boolean, limits: Array<{ kind: RgLimitKind, currency: string, period: RgLimitPeriod, amount: string | null, pendingAmount: string | null, pendingRemoval: boolean, pendingEffectiveAt: string | null, used: string }>, allowances: Array<{ kind: RgLimitKind, currency: string, remaining: string, period: RgLimitPeriod }>, pendingSessionLimit: { minutes: number | null, effectiveAt: string } | null, session: { startedAt: string, lastActivityAt: string, nextNoticeAt: string | null } | null } }
    | { __typename: 'RgCannotShortenError', message: string, code: ErrorCode }
    | { __typename: 'TenantNotFoundError', message: string, code: ErrorCode }
    | { __typename: 'TenantRequiredError', message: string, code: ErrorCode }
    | { __typename: 'TenantSuspendedError', message: string, code: ErrorCode }
    | { __typename: 'ValidationError', message: string, code: ErrorCode }
   };

export type SelfExcludeMutationVariables = Exact<{
  months: number;
}>;


export type SelfExcludeMutation = { selfExclude:
    | { __typename: 'ResponsibleGamblingPayload', appliesAt: string, responsibleGambling: { playerId: string, timeOutUntil: string | null, selfExcludedFrom: string | null, selfExcludedUntil: string | null, sessionLimitMinutes: number | null, realityCheckMinutes: number | null, playRefusal: string | null, marketingAllowed: boolean, limits: Array<{ kind: RgLimitKind, currency: string, period: RgLimitPeriod, amount: string | null, pendingAmount: string | null, pendingRemoval: boolean, pendingEffectiveAt: string | null, used: string }>, allowances: Array<{ kind: RgLimitKind, currency: string, remaining: string, period: RgLimitPeriod }>, pendingSessionLimit: { minutes: number | null, effectiveAt: string } | null, session: { startedAt: string, lastActivityAt: string, nextNoticeAt: string | null } | null } }
    | { __typename: 'RgCannotShortenError', message: string, code: ErrorCode }
    | { __typename: 'TenantNotFoundError', message: string, code: ErrorCode }
    | { __typename: 'TenantRequiredError', message: string, code: ErrorCode }
    | { __typename: 'TenantSuspendedError', message: string, code: ErrorCode }
    | { __typename: 'ValidationError', message: string, code: ErrorCode }
   };

export type RealityCheckSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type RealityCheckSubscription = { realityCheck: { kind: RgNoticeKind, seq: number, sessionStartedAt: string | null, elapsedMinutes: number | null, sessionLimitMinutes: number | null, until: string | null, occurredAt: string } };

export type GameProviderFieldsFragment = { id: string, code: string, dialect: SeamlessDialect, auth: GameProviderAuth, currencies: Array<string>, enabled: boolean, keyFingerprint: string };

export type GameProvidersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type GameProvidersQuery = { gameProviders: { totalCount: number, nodes: Array<{ id: string, code: string, dialect: SeamlessDialect, auth: GameProviderAuth, currencies: Array<string>, enabled: boolean, keyFingerprint: string }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } | null };

export type SetGameProviderMutationVariables = Exact<{
  input: SetGameProviderInput;
}>;


export type SetGameProviderMutation = { setGameProvider:
    | { __typename: 'SetGameProviderPayload', provider: { id: string, code: string, dialect: SeamlessDialect, auth: GameProviderAuth, currencies: Array<string>, enabled: boolean, keyFingerprint: string } }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type TenantFieldsFragment = { id: string, slug: string, name: string, status: TenantStatus, defaultCurrency: string, currencies: Array<string>, defaultLocale: string, locales: Array<string>, domains: Array<string>, createdAt: string, updatedAt: string };

export type CurrentTenantQueryVariables = Exact<{ [key: string]: never; }>;


export type CurrentTenantQuery = { currentTenant: { slug: string, name: string, defaultCurrency: string, currencies: Array<string>, defaultLocale: string, locales: Array<string> } | null };

export type TenantsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  status?: TenantStatus | null | undefined;
}>;


export type TenantsQuery = { tenants: { edges: Array<{ cursor: string, node: { id: string, slug: string, name: string, status: TenantStatus, defaultCurrency: string, currencies: Array<string>, defaultLocale: string, locales: Array<string>, domains: Array<string>, createdAt: string, updatedAt: string } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } | null };

export type CreateTenantMutationVariables = Exact<{
  input: CreateTenantInput;
}>;


export type CreateTenantMutation = { createTenant:
    | { __typename: 'TenantDomainTakenError', code: ErrorCode, message: string }
    | { __typename: 'TenantPayload', tenant: { id: string, slug: string, name: string, status: TenantStatus, defaultCurrency: string, currencies: Array<string>, defaultLocale: string, locales: Array<string>, domains: Array<string>, createdAt: string, updatedAt: string } }
    | { __typename: 'TenantSlugTakenError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type UpdateTenantMutationVariables = Exact<{
  id: string;
  input: UpdateTenantInput;
}>;


export type UpdateTenantMutation = { updateTenant:
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantDomainTakenError', code: ErrorCode, message: string }
    | { __typename: 'TenantPayload', tenant: { id: string, slug: string, name: string, status: TenantStatus, defaultCurrency: string, currencies: Array<string>, defaultLocale: string, locales: Array<string>, domains: Array<string>, createdAt: string, updatedAt: string } }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type SuspendTenantMutationVariables = Exact<{
  id: string;
}>;


export type SuspendTenantMutation = { suspendTenant:
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantPayload', tenant: { id: string, slug: string, name: string, status: TenantStatus, defaultCurrency: string, currencies: Array<string>, defaultLocale: string, locales: Array<string>, domains: Array<string>, createdAt: string, updatedAt: string } }
   };

export type ReactivateTenantMutationVariables = Exact<{
  id: string;
}>;


export type ReactivateTenantMutation = { reactivateTenant:
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantPayload', tenant: { id: string, slug: string, name: string, status: TenantStatus, defaultCurrency: string, currencies: Array<string>, defaultLocale: string, locales: Array<string>, domains: Array<string>, createdAt: string, updatedAt: string } }
   };

export type InvalidIdFieldsFragment = { expectedType: string, path: Array<string> };

export type WalletMoneyFieldsFragment = { amount: string, currency: string, decimal: string };

export type WalletActorFieldsFragment = { kind: WalletActorKind, providerCode: string | null, staffUser: { id: string, email: string } | null, apiKey: { id: string, name: string } | null, player: { id: string } | null };

export type LedgerTransactionFieldsFragment = { id: string, code: string, reference: string | null, createdAt: string, reverses: { id: string } | null, reversedBy: { id: string } | null, createdBy: { kind: WalletActorKind, providerCode: string | null, staffUser: { id: string, email: string } | null, apiKey: { id: string, name: string } | null, player: { id: string } | null }, entries: Array<{ seq: string, account: { id: string, ownerType: LedgerOwnerType, currency: string, kind: LedgerAccountKind }, amount: { amount: string, currency: string }, balanceAfter: { amount: string } }> };

export type LedgerHoldFieldsFragment = { id: string, status: HoldStatus, expiresAt: string | null, account: { id: string }, amount: { amount: string, currency: string }, captured: { amount: string } | null, transaction: { id: string } | null };

export type LedgerAccountFieldsFragment = { id: string, ownerType: LedgerOwnerType, ownerRef: string | null, currency: string, kind: LedgerAccountKind, stripe: number, floorPolicy: LedgerFloorPolicy, frozen: boolean, seq: string, owner: { id: string } | null, balance: { amount: string }, held: { amount: string }, available: { amount: string } };

export type WalletBalanceFieldsFragment = { currency: string, cash: { amount: string, currency: string, decimal: string }, bonus: { amount: string, currency: string, decimal: string }, held: { amount: string, currency: string, decimal: string }, available: { amount: string, currency: string, decimal: string } };

export type WalletQueryVariables = Exact<{ [key: string]: never; }>;


export type WalletQuery = { wallet: Array<{ currency: string, cash: { amount: string, currency: string, decimal: string }, bonus: { amount: string, currency: string, decimal: string }, held: { amount: string, currency: string, decimal: string }, available: { amount: string, currency: string, decimal: string } }> | null };

export type PlayerBalancesQueryVariables = Exact<{
  id: string;
}>;


export type PlayerBalancesQuery = { node:
    | { id: string, balances: Array<{ currency: string, cash: { amount: string, currency: string, decimal: string }, bonus: { amount: string, currency: string, decimal: string }, held: { amount: string, currency: string, decimal: string }, available: { amount: string, currency: string, decimal: string } }> }
    | Record<PropertyKey, never>
   | null };

export type WalletStatementQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: WalletStatementFilter | null | undefined;
}>;


export type WalletStatementQuery = { walletStatement: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, code: string, reference: string | null, currency: string, kind: LedgerAccountKind, createdAt: string, amount: { amount: string, currency: string }, balanceAfter: { amount: string } } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } | null };

export type WalletBalanceAtQueryVariables = Exact<{
  currency: string;
  at: string;
}>;


export type WalletBalanceAtQuery = { walletBalanceAt: { currency: string, at: string, cash: { amount: string }, bonus: { amount: string } } | null };

export type LedgerAccountsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: LedgerAccountFilter | null | undefined;
}>;


export type LedgerAccountsQuery = { ledgerAccounts: { totalCount: number, edges: Array<{ node: { id: string, ownerType: LedgerOwnerType, ownerRef: string | null, currency: string, kind: LedgerAccountKind, stripe: number, floorPolicy: LedgerFloorPolicy, frozen: boolean, seq: string, owner: { id: string } | null, balance: { amount: string }, held: { amount: string }, available: { amount: string } } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } | null };

export type LedgerTransactionQueryVariables = Exact<{
  id: string;
}>;


export type LedgerTransactionQuery = { ledgerTransaction: { id: string, code: string, reference: string | null, createdAt: string, reverses: { id: string } | null, reversedBy: { id: string } | null, createdBy: { kind: WalletActorKind, providerCode: string | null, staffUser: { id: string, email: string } | null, apiKey: { id: string, name: string } | null, player: { id: string } | null }, entries: Array<{ seq: string, account: { id: string, ownerType: LedgerOwnerType, currency: string, kind: LedgerAccountKind }, amount: { amount: string, currency: string }, balanceAfter: { amount: string } }> } | null };

export type LedgerTransactionsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: LedgerTransactionFilter | null | undefined;
}>;


export type LedgerTransactionsQuery = { ledgerTransactions: { totalCount: number, nodes: Array<{ id: string, code: string, reference: string | null, createdAt: string, reverses: { id: string } | null, reversedBy: { id: string } | null, createdBy: { kind: WalletActorKind, providerCode: string | null, staffUser: { id: string, email: string } | null, apiKey: { id: string, name: string } | null, player: { id: string } | null }, entries: Array<{ seq: string, account: { id: string, ownerType: LedgerOwnerType, currency: string, kind: LedgerAccountKind }, amount: { amount: string, currency: string }, balanceAfter: { amount: string } }> }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } | null };

export type LedgerNodeQueryVariables = Exact<{
  id: string;
}>;


export type LedgerNodeQuery = { node:
    | { __typename: 'ApiKey', id: string }
    | { __typename: 'GameProvider', id: string }
    | { __typename: 'LedgerAccount', currency: string, id: string, balance: { amount: string } }
    | { __typename: 'LedgerHold', id: string, holdStatus: HoldStatus }
    | { __typename: 'LedgerTransaction', code: string, id: string }
    | { __typename: 'Player', id: string }
    | { __typename: 'StaffUser', id: string }
    | { __typename: 'Tenant', id: string }
    | { __typename: 'WalletAdjustment', id: string, adjustmentStatus: WalletAdjustmentStatus }
    | { __typename: 'WalletStatementLine', code: string, id: string }
   | null };

export type PostTransfersMutationVariables = Exact<{
  input: PostTransfersInput;
}>;


export type PostTransfersMutation = { postTransfers:
    | { __typename: 'AccountFrozenError', code: ErrorCode, message: string }
    | { __typename: 'AccountNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'BalanceOverflowError', code: ErrorCode, message: string, ledgerAccount: { id: string } | null }
    | { __typename: 'CurrencyMismatchError', code: ErrorCode, message: string }
    | { __typename: 'DepositLimitReachedError', code: ErrorCode, message: string }
    | { __typename: 'IdempotencyConflictError', code: ErrorCode, message: string }
    | { __typename: 'InsufficientFundsError', code: ErrorCode, message: string }
    | { __typename: 'InvalidIdError', code: ErrorCode, message: string, expectedType: string, path: Array<string> }
    | { __typename: 'PostTransfersPayload', replay: boolean, transaction: { id: string, code: string, reference: string | null, createdAt: string, reverses: { id: string } | null, reversedBy: { id: string } | null, createdBy: { kind: WalletActorKind, providerCode: string | null, staffUser: { id: string, email: string } | null, apiKey: { id: string, name: string } | null, player: { id: string } | null }, entries: Array<{ seq: string, account: { id: string, ownerType: LedgerOwnerType, currency: string, kind: LedgerAccountKind }, amount: { amount: string, currency: string }, balanceAfter: { amount: string } }> } }
    | { __typename: 'SelfExcludedError', code: ErrorCode, message: string }
    | { __typename: 'TimeOutActiveError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type ReserveHoldMutationVariables = Exact<{
  input: ReserveHoldInput;
}>;


export type ReserveHoldMutation = { reserveHold:
    | { __typename: 'AccountFrozenError', code: ErrorCode, message: string }
    | { __typename: 'AccountNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'BalanceOverflowError', code: ErrorCode, message: string, ledgerAccount: { id: string } | null }
    | { __typename: 'IdempotencyConflictError', code: ErrorCode, message: string }
    | { __typename: 'InsufficientFundsError', code: ErrorCode, message: string }
    | { __typename: 'InvalidIdError', code: ErrorCode, message: string, expectedType: string, path: Array<string> }
    | { __typename: 'ReserveHoldPayload', replay: boolean, hold: { id: string, status: HoldStatus, expiresAt: string | null, account: { id: string }, amount: { amount: string, currency: string }, captured: { amount: string } | null, transaction: { id: string } | null } }
    | { __typename: 'UnsupportedCurrencyError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type CaptureHoldMutationVariables = Exact<{
  input: CaptureHoldInput;
}>;


export type CaptureHoldMutation = { captureHold:
    | { __typename: 'AccountFrozenError', code: ErrorCode, message: string }
    | { __typename: 'AccountNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'BalanceOverflowError', code: ErrorCode, message: string, ledgerAccount: { id: string } | null }
    | { __typename: 'CaptureExceedsHoldError', code: ErrorCode, message: string }
    | { __typename: 'CaptureHoldPayload', replay: boolean, hold: { id: string, status: HoldStatus, expiresAt: string | null, account: { id: string }, amount: { amount: string, currency: string }, captured: { amount: string } | null, transaction: { id: string } | null }, transaction: { id: string, code: string, reference: string | null, createdAt: string, reverses: { id: string } | null, reversedBy: { id: string } | null, createdBy: { kind: WalletActorKind, providerCode: string | null, staffUser: { id: string, email: string } | null, apiKey: { id: string, name: string } | null, player: { id: string } | null }, entries: Array<{ seq: string, account: { id: string, ownerType: LedgerOwnerType, currency: string, kind: LedgerAccountKind }, amount: { amount: string, currency: string }, balanceAfter: { amount: string } }> } }
    | { __typename: 'CurrencyMismatchError', code: ErrorCode, message: string }
    | { __typename: 'HoldNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'HoldNotOpenError', code: ErrorCode, message: string }
    | { __typename: 'IdempotencyConflictError', code: ErrorCode, message: string }
    | { __typename: 'InvalidIdError', code: ErrorCode, message: string, expectedType: string, path: Array<string> }
    | { __typename: 'UnsupportedCurrencyError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type ReleaseHoldMutationVariables = Exact<{
  input: ReleaseHoldInput;
}>;


export type ReleaseHoldMutation = { releaseHold:
    | { __typename: 'HoldNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'HoldNotOpenError', code: ErrorCode, message: string }
    | { __typename: 'IdempotencyConflictError', code: ErrorCode, message: string }
    | { __typename: 'InvalidIdError', code: ErrorCode, message: string, expectedType: string, path: Array<string> }
    | { __typename: 'ReleaseHoldPayload', replay: boolean, hold: { id: string, status: HoldStatus, expiresAt: string | null, account: { id: string }, amount: { amount: string, currency: string }, captured: { amount: string } | null, transaction: { id: string } | null } }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type ReverseLedgerTransactionMutationVariables = Exact<{
  input: ReverseLedgerTransactionInput;
}>;


export type ReverseLedgerTransactionMutation = { reverseLedgerTransaction:
    | { __typename: 'AlreadyReversedError', code: ErrorCode, message: string }
    | { __typename: 'BalanceOverflowError', code: ErrorCode, message: string, ledgerAccount: { id: string } | null }
    | { __typename: 'IdempotencyConflictError', code: ErrorCode, message: string }
    | { __typename: 'InsufficientFundsError', code: ErrorCode, message: string }
    | { __typename: 'InvalidIdError', code: ErrorCode, message: string, expectedType: string, path: Array<string> }
    | { __typename: 'ReverseLedgerTransactionPayload', replay: boolean, reversal: { id: string, code: string, reference: string | null, createdAt: string, reverses: { id: string } | null, reversedBy: { id: string } | null, createdBy: { kind: WalletActorKind, providerCode: string | null, staffUser: { id: string, email: string } | null, apiKey: { id: string, name: string } | null, player: { id: string } | null }, entries: Array<{ seq: string, account: { id: string, ownerType: LedgerOwnerType, currency: string, kind: LedgerAccountKind }, amount: { amount: string, currency: string }, balanceAfter: { amount: string } }> } }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TransactionNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type FreezeLedgerAccountMutationVariables = Exact<{
  input: FreezeLedgerAccountInput;
}>;


export type FreezeLedgerAccountMutation = { freezeLedgerAccount:
    | { __typename: 'AccountNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'FreezeLedgerAccountPayload', account: { id: string, ownerType: LedgerOwnerType, ownerRef: string | null, currency: string, kind: LedgerAccountKind, stripe: number, floorPolicy: LedgerFloorPolicy, frozen: boolean, seq: string, owner: { id: string } | null, balance: { amount: string }, held: { amount: string }, available: { amount: string } } }
    | { __typename: 'InvalidIdError', code: ErrorCode, message: string, expectedType: string, path: Array<string> }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type UnfreezeLedgerAccountMutationVariables = Exact<{
  input: UnfreezeLedgerAccountInput;
}>;


export type UnfreezeLedgerAccountMutation = { unfreezeLedgerAccount:
    | { __typename: 'AccountNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'InvalidIdError', code: ErrorCode, message: string, expectedType: string, path: Array<string> }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'UnfreezeLedgerAccountPayload', account: { id: string, ownerType: LedgerOwnerType, ownerRef: string | null, currency: string, kind: LedgerAccountKind, stripe: number, floorPolicy: LedgerFloorPolicy, frozen: boolean, seq: string, owner: { id: string } | null, balance: { amount: string }, held: { amount: string }, available: { amount: string } } }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type LedgerAccountEventFieldsFragment = { seq: number, currency: string, kind: LedgerAccountKind, code: string, account: { id: string }, balance: { amount: string }, held: { amount: string }, available: { amount: string }, transaction: { id: string } | null, hold: { id: string } | null };

export type WalletUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type WalletUpdatedSubscription = { walletUpdated: { seq: number, currency: string, kind: LedgerAccountKind, code: string, account: { id: string }, balance: { amount: string }, held: { amount: string }, available: { amount: string }, transaction: { id: string } | null, hold: { id: string } | null } };

export type LedgerEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type LedgerEventsSubscription = { ledgerEvents: { seq: number, currency: string, kind: LedgerAccountKind, code: string, account: { ownerType: LedgerOwnerType, id: string, owner: { id: string } | null }, balance: { amount: string }, held: { amount: string }, available: { amount: string }, transaction: { id: string } | null, hold: { id: string } | null } };

export type WalletAdjustmentFieldsFragment = { id: string, reason: string, status: WalletAdjustmentStatus, account: { id: string }, amount: { amount: string, currency: string }, requestedBy: { kind: WalletActorKind, providerCode: string | null, staffUser: { id: string, email: string } | null, apiKey: { id: string, name: string } | null, player: { id: string } | null }, decidedBy: { kind: WalletActorKind, providerCode: string | null, staffUser: { id: string, email: string } | null, apiKey: { id: string, name: string } | null, player: { id: string } | null } | null, transaction: { id: string } | null };

export type WalletAdjustmentsQueryVariables = Exact<{
  filter?: WalletAdjustmentFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type WalletAdjustmentsQuery = { walletAdjustments: { totalCount: number, edges: Array<{ node: { id: string, reason: string, status: WalletAdjustmentStatus, account: { id: string }, amount: { amount: string, currency: string }, requestedBy: { kind: WalletActorKind, providerCode: string | null, staffUser: { id: string, email: string } | null, apiKey: { id: string, name: string } | null, player: { id: string } | null }, decidedBy: { kind: WalletActorKind, providerCode: string | null, staffUser: { id: string, email: string } | null, apiKey: { id: string, name: string } | null, player: { id: string } | null } | null, transaction: { id: string } | null } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } | null };

export type RequestWalletAdjustmentMutationVariables = Exact<{
  input: RequestWalletAdjustmentInput;
}>;


export type RequestWalletAdjustmentMutation = { requestWalletAdjustment:
    | { __typename: 'AccountFrozenError', code: ErrorCode, message: string }
    | { __typename: 'AccountNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'BalanceOverflowError', code: ErrorCode, message: string, ledgerAccount: { id: string } | null }
    | { __typename: 'IdempotencyConflictError', code: ErrorCode, message: string }
    | { __typename: 'InsufficientFundsError', code: ErrorCode, message: string }
    | { __typename: 'InvalidIdError', code: ErrorCode, message: string, expectedType: string, path: Array<string> }
    | { __typename: 'RequestWalletAdjustmentPayload', replay: boolean, adjustment: { id: string, reason: string, status: WalletAdjustmentStatus, account: { id: string }, amount: { amount: string, currency: string }, requestedBy: { kind: WalletActorKind, providerCode: string | null, staffUser: { id: string, email: string } | null, apiKey: { id: string, name: string } | null, player: { id: string } | null }, decidedBy: { kind: WalletActorKind, providerCode: string | null, staffUser: { id: string, email: string } | null, apiKey: { id: string, name: string } | null, player: { id: string } | null } | null, transaction: { id: string } | null } }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'UnsupportedCurrencyError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type ApproveWalletAdjustmentMutationVariables = Exact<{
  input: ApproveWalletAdjustmentInput;
}>;


export type ApproveWalletAdjustmentMutation = { approveWalletAdjustment:
    | { __typename: 'AccountFrozenError', code: ErrorCode, message: string }
    | { __typename: 'AdjustmentNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'AdjustmentNotPendingError', code: ErrorCode, message: string }
    | { __typename: 'ApproveWalletAdjustmentPayload', replay: boolean, adjustment: { id: string, reason: string, status: WalletAdjustmentStatus, account: { id: string }, amount: { amount: string, currency: string }, requestedBy: { kind: WalletActorKind, providerCode: string | null, staffUser: { id: string, email: string } | null, apiKey: { id: string, name: string } | null, player: { id: string } | null }, decidedBy: { kind: WalletActorKind, providerCode: string | null, staffUser: { id: string, email: string } | null, apiKey: { id: string, name: string } | null, player: { id: string } | null } | null, transaction: { id: string } | null } }
    | { __typename: 'BalanceOverflowError', code: ErrorCode, message: string, ledgerAccount: { id: string } | null }
    | { __typename: 'IdempotencyConflictError', code: ErrorCode, message: string }
    | { __typename: 'InsufficientFundsError', code: ErrorCode, message: string }
    | { __typename: 'InvalidIdError', code: ErrorCode, message: string, expectedType: string, path: Array<string> }
    | { __typename: 'SelfApprovalError', code: ErrorCode, message: string }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type RejectWalletAdjustmentMutationVariables = Exact<{
  input: RejectWalletAdjustmentInput;
}>;


export type RejectWalletAdjustmentMutation = { rejectWalletAdjustment:
    | { __typename: 'AdjustmentNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'AdjustmentNotPendingError', code: ErrorCode, message: string }
    | { __typename: 'IdempotencyConflictError', code: ErrorCode, message: string }
    | { __typename: 'InvalidIdError', code: ErrorCode, message: string, expectedType: string, path: Array<string> }
    | { __typename: 'RejectWalletAdjustmentPayload', adjustment: { id: string, reason: string, status: WalletAdjustmentStatus, account: { id: string }, amount: { amount: string, currency: string }, requestedBy: { kind: WalletActorKind, providerCode: string | null, staffUser: { id: string, email: string } | null, apiKey: { id: string, name: string } | null, player: { id: string } | null }, decidedBy: { kind: WalletActorKind, providerCode: string | null, staffUser: { id: string, email: string } | null, apiKey: { id: string, name: string } | null, player: { id: string } | null } | null, transaction: { id: string } | null } }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type SetWalletApprovalThresholdMutationVariables = Exact<{
  input: SetWalletApprovalThresholdInput;
}>;


export type SetWalletApprovalThresholdMutation = { setWalletApprovalThreshold:
    | { __typename: 'SetWalletApprovalThresholdPayload', threshold: { amount: string, currency: string } }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export const AuditEventFieldsFragmentDoc = gql`
    fragment AuditEventFields on AuditEvent {
  id
  seq
  occurredAt
  actorKind
  actorId
  action
  targetType
  targetId
  diff
  requestId
  ip
  prevHash
  hash
}
    `;
export const ErrorFieldsFragmentDoc = gql`
    fragment ErrorFields on Error {
  __typename
  code
  message
  ... on ValidationError {
    issues {
      path
      message
    }
  }
  ... on BalanceOverflowError {
    ledgerAccount {
      id
    }
  }
}
    `;
export const TokenFieldsFragmentDoc = gql`
    fragment TokenFields on AuthTokens {
  accessToken
  accessTokenExpiresAt
  refreshToken
}
    `;
export const PageInfoFieldsFragmentDoc = gql`
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
    `;
export const GameFieldsFragmentDoc = gql`
    fragment GameFields on Game {
  id
  provider
  externalId
  name
  category
  currencies
  enabled
  launchUrlTemplate
}
    `;
export const PlayerFieldsFragmentDoc = gql`
    fragment PlayerFields on Player {
  id
  email
  displayName
  locale
  status
  createdAt
}
    `;
export const StaffUserFieldsFragmentDoc = gql`
    fragment StaffUserFields on StaffUser {
  id
  email
  name
  roles
  disabledAt
  createdAt
}
    `;
export const ApiKeyFieldsFragmentDoc = gql`
    fragment ApiKeyFields on ApiKey {
  id
  name
  permissions
  createdAt
  revokedAt
  lastUsedAt
}
    `;
export const TenantMenuItemFieldsFragmentDoc = gql`
    fragment TenantMenuItemFields on TenantMenuItem {
  key
  kind
  enabled
  position
  label
  labels {
    locale
    text
  }
  overridden
}
    `;
export const PaymentFieldsFragmentDoc = gql`
    fragment PaymentFields on Payment {
  id
  playerId
  provider
  currency
  amount
  status
  providerRef
  confirmedAmount
  refundedAmount
  ledgerTransactionId
  failureReason
  createdAt
  confirmedAt
}
    `;
export const WithdrawalFieldsFragmentDoc = gql`
    fragment WithdrawalFields on Withdrawal {
  id
  playerId
  kind
  currency
  amount
  status
  provider
  route
  sourcePaymentId
  instrumentPaymentId
  instrumentRef
  paidReference
  paidBy
  requestId
  holdId
  requiredApprovals
  approvals {
    by
    at
  }
  requestedBy
  decidedBy
  note
  failureReason
  ledgerTransactionId
  createdAt
}
    `;
export const DisputeFieldsFragmentDoc = gql`
    fragment DisputeFields on Dispute {
  id
  paymentId
  playerId
  provider
  providerRef
  status
  reason
  currency
  amount
  dueBy
  evidence {
    note
    by
    at
  }
  clawedCash
  receivable
  clawbackTransactionId
  createdAt
  closedAt
}
    `;
export const PaymentProviderFieldsFragmentDoc = gql`
    fragment PaymentProviderFields on PaymentProvider {
  id
  code
  enabled
  currencies
  minAmount
  maxAmount
  keyFingerprint
  endpoint
  webhookPath
}
    `;
export const PokerTableFieldsFragmentDoc = gql`
    fragment PokerTableFields on PokerTable {
  id
  provider
  name
  variant
  currency
  smallBlind
  bigBlind
  ante
  maxSeats
  minBuyIn
  maxBuyIn
  rakeBasisPoints
  rakeCap
  turnSeconds
  status
  seatsTaken
}
    `;
export const PokerSeatFieldsFragmentDoc = gql`
    fragment PokerSeatFields on PokerSeat {
  seat
  playerId
  stack
  status
}
    `;
export const ResponsibleGamblingFieldsFragmentDoc = gql`
    fragment ResponsibleGamblingFields on ResponsibleGambling {
  playerId
  limits {
    kind
    currency
    period
    amount
    pendingAmount
    pendingRemoval
    pendingEffectiveAt
    used
  }
  allowances {
    kind
    currency
    remaining
    period
  }
  timeOutUntil
  selfExcludedFrom
  selfExcludedUntil
  sessionLimitMinutes
  pendingSessionLimit {
    minutes
    effectiveAt
  }
  realityCheckMinutes
  session {
    startedAt
    lastActivityAt
    nextNoticeAt
  }
  playRefusal
  marketingAllowed
}
    `;
export const GameProviderFieldsFragmentDoc = gql`
    fragment GameProviderFields on GameProvider {
  id
  code
  dialect
  auth
  currencies
  enabled
  keyFingerprint
}
    `;
export const TenantFieldsFragmentDoc = gql`
    fragment TenantFields on Tenant {
  id
  slug
  name
  status
  defaultCurrency
  currencies
  defaultLocale
  locales
  domains
  createdAt
  updatedAt
}
    `;
export const InvalidIdFieldsFragmentDoc = gql`
    fragment InvalidIdFields on InvalidIdError {
  expectedType
  path
}
    `;
export const WalletActorFieldsFragmentDoc = gql`
    fragment WalletActorFields on WalletActor {
  kind
  providerCode
  staffUser {
    id
    email
  }
  apiKey {
    id
    name
  }
  player {
    id
  }
}
    `;
export const LedgerTransactionFieldsFragmentDoc = gql`
    fragment LedgerTransactionFields on LedgerTransaction {
  id
  code
  reference
  reverses {
    id
  }
  reversedBy {
    id
  }
  createdBy {
    ...WalletActorFields
  }
  createdAt
  entries {
    account {
      id
      ownerType
      currency
      kind
    }
    amount {
      amount
      currency
    }
    balanceAfter {
      amount
    }
    seq
  }
}
    ${WalletActorFieldsFragmentDoc}`;
export const LedgerHoldFieldsFragmentDoc = gql`
    fragment LedgerHoldFields on LedgerHold {
  id
  account {
    id
  }
  amount {
    amount
    currency
  }
  captured {
    amount
  }
  status
  expiresAt
  transaction {
    id
  }
}
    `;
export const LedgerAccountFieldsFragmentDoc = gql`
    fragment LedgerAccountFields on LedgerAccount {
  id
  ownerType
  owner {
    id
  }
  ownerRef
  currency
  kind
  stripe
  floorPolicy
  balance {
    amount
  }
  held {
    amount
  }
  available {
    amount
  }
  frozen
  seq
}
    `;
export const WalletMoneyFieldsFragmentDoc = gql`
    fragment WalletMoneyFields on Money {
  amount
  currency
  decimal
}
    `;
export const WalletBalanceFieldsFragmentDoc = gql`
    fragment WalletBalanceFields on WalletBalance {
  currency
  cash {
    ...WalletMoneyFields
  }
  bonus {
    ...WalletMoneyFields
  }
  held {
    ...WalletMoneyFields
  }
  available {
    ...WalletMoneyFields
  }
}
    ${WalletMoneyFieldsFragmentDoc}`;
export const LedgerAccountEventFieldsFragmentDoc = gql`
    fragment LedgerAccountEventFields on LedgerAccountEvent {
  account {
    id
  }
  seq
  currency
  kind
  balance {
    amount
  }
  held {
    amount
  }
  available {
    amount
  }
  code
  transaction {
    id
  }
  hold {
    id
  }
}
    `;
export const WalletAdjustmentFieldsFragmentDoc = gql`
    fragment WalletAdjustmentFields on WalletAdjustment {
  id
  account {
    id
  }
  amount {
    amount
    currency
  }
  reason
  status
  requestedBy {
    ...WalletActorFields
  }
  decidedBy {
    ...WalletActorFields
  }
  transaction {
    id
  }
}
    ${WalletActorFieldsFragmentDoc}`;
export const AuditEventsDocument = gql`
    query AuditEvents($first: Int, $after: String, $actorId: String, $action: String, $targetType: String, $targetId: String, $from: DateTime, $to: DateTime) {
  auditEvents(
    first: $first
    after: $after
    actorId: $actorId
    action: $action
    targetType: $targetType
    targetId: $targetId
    from: $from
    to: $to
  ) {
    edges {
      cursor
      node {
        ...AuditEventFields
      }
    }
    pageInfo {
      ...PageInfoFields
    }
  }
}
    ${AuditEventFieldsFragmentDoc}
${PageInfoFieldsFragmentDoc}`;
export const VerifyAuditChainDocument = gql`
    query VerifyAuditChain($fromSeq: Int, $toSeq: Int) {
  verifyAuditChain(fromSeq: $fromSeq, toSeq: $toSeq) {
    ok
    fromSeq
    toSeq
    headSeq
    checked
    checkpointsChecked
    broken {
      seq
      eventId
      reason
    }
  }
}
    `;
export const AuditCheckpointsDocument = gql`
    query AuditCheckpoints($first: Int, $after: String) {
  auditCheckpoints(first: $first, after: $after) {
    edges {
      node {
        id
        seq
        headHash
        signedAt
        keyId
        signature
        createdBy
      }
    }
  }
}
    `;
export const ExportAuditRangeDocument = gql`
    query ExportAuditRange($fromSeq: Int, $toSeq: Int) {
  exportAuditRange(fromSeq: $fromSeq, toSeq: $toSeq)
}
    `;
export const AuditSigningKeyDocument = gql`
    query AuditSigningKey {
  auditSigningKey {
    publicKey
    keyId
  }
}
    `;
export const CreateAuditCheckpointDocument = gql`
    mutation CreateAuditCheckpoint {
  createAuditCheckpoint {
    __typename
    ... on AuditCheckpointPayload {
      checkpoint {
        id
        seq
        headHash
        keyId
        signature
      }
    }
    ...ErrorFields
  }
}
    ${ErrorFieldsFragmentDoc}`;
export const NodesDocument = gql`
    query Nodes($ids: [ID!]!) {
  nodes(ids: $ids) {
    __typename
    id
    ... on Player {
      email
    }
    ... on StaffUser {
      email
    }
    ... on ApiKey {
      name
    }
    ... on Tenant {
      slug
    }
  }
}
    `;
export const GamesDocument = gql`
    query Games($first: Int, $after: String, $currency: String, $provider: String, $category: GameCategory, $includeDisabled: Boolean) {
  games(
    first: $first
    after: $after
    currency: $currency
    provider: $provider
    category: $category
    includeDisabled: $includeDisabled
  ) {
    edges {
      cursor
      node {
        ...GameFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    ${GameFieldsFragmentDoc}`;
export const GameDocument = gql`
    query Game($id: ID!) {
  game(id: $id) {
    ...GameFields
  }
}
    ${GameFieldsFragmentDoc}`;
export const AddGameDocument = gql`
    mutation AddGame($input: AddGameInput!) {
  addGame(input: $input) {
    __typename
    ... on GamePayload {
      game {
        ...GameFields
      }
    }
    ...ErrorFields
  }
}
    ${GameFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const UpdateGameDocument = gql`
    mutation UpdateGame($id: ID!, $input: UpdateGameInput!) {
  updateGame(id: $id, input: $input) {
    __typename
    ... on GamePayload {
      game {
        ...GameFields
      }
    }
    ...ErrorFields
  }
}
    ${GameFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const LaunchGameDocument = gql`
    mutation LaunchGame($gameId: ID!, $currency: String) {
  launchGame(gameId: $gameId, currency: $currency) {
    __typename
    ... on GameLaunch {
      currency
      url
      token
      expiresAt
      game {
        id
        name
      }
    }
    ...ErrorFields
  }
}
    ${ErrorFieldsFragmentDoc}`;
export const ViewerDocument = gql`
    query Viewer {
  viewer {
    kind
    id
    roles
    permissions
    tenant {
      id
      slug
    }
    player {
      ...PlayerFields
    }
  }
}
    ${PlayerFieldsFragmentDoc}`;
export const NodeDocument = gql`
    query Node($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Player {
      email
    }
    ... on StaffUser {
      email
    }
    ... on ApiKey {
      name
    }
    ... on Tenant {
      slug
    }
  }
}
    `;
export const PlayersDocument = gql`
    query Players($first: Int, $after: String) {
  players(first: $first, after: $after) {
    edges {
      cursor
      node {
        ...PlayerFields
      }
    }
    pageInfo {
      ...PageInfoFields
    }
  }
}
    ${PlayerFieldsFragmentDoc}
${PageInfoFieldsFragmentDoc}`;
export const StaffUsersDocument = gql`
    query StaffUsers($first: Int, $after: String) {
  staffUsers(first: $first, after: $after) {
    edges {
      node {
        ...StaffUserFields
      }
    }
    pageInfo {
      ...PageInfoFields
    }
  }
}
    ${StaffUserFieldsFragmentDoc}
${PageInfoFieldsFragmentDoc}`;
export const ApiKeysDocument = gql`
    query ApiKeys($first: Int, $after: String) {
  apiKeys(first: $first, after: $after) {
    edges {
      node {
        ...ApiKeyFields
      }
    }
    pageInfo {
      ...PageInfoFields
    }
  }
}
    ${ApiKeyFieldsFragmentDoc}
${PageInfoFieldsFragmentDoc}`;
export const RegisterPlayerDocument = gql`
    mutation RegisterPlayer($input: RegisterPlayerInput!) {
  registerPlayer(input: $input) {
    __typename
    ... on PlayerAuthPayload {
      player {
        ...PlayerFields
      }
      tokens {
        ...TokenFields
      }
    }
    ...ErrorFields
  }
}
    ${PlayerFieldsFragmentDoc}
${TokenFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const LoginDocument = gql`
    mutation Login($input: LoginInput!) {
  login(input: $input) {
    __typename
    ... on PlayerAuthPayload {
      player {
        ...PlayerFields
      }
      tokens {
        ...TokenFields
      }
    }
    ...ErrorFields
  }
}
    ${PlayerFieldsFragmentDoc}
${TokenFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const StaffLoginDocument = gql`
    mutation StaffLogin($input: StaffLoginInput!) {
  staffLogin(input: $input) {
    __typename
    ... on AuthTokens {
      ...TokenFields
    }
    ...ErrorFields
  }
}
    ${TokenFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const RefreshSessionDocument = gql`
    mutation RefreshSession($refreshToken: String!) {
  refreshSession(refreshToken: $refreshToken) {
    __typename
    ... on AuthTokens {
      ...TokenFields
    }
    ...ErrorFields
  }
}
    ${TokenFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const LogoutDocument = gql`
    mutation Logout {
  logout {
    ok
  }
}
    `;
export const CreateStaffUserDocument = gql`
    mutation CreateStaffUser($input: CreateStaffUserInput!) {
  createStaffUser(input: $input) {
    __typename
    ... on StaffUserPayload {
      staffUser {
        ...StaffUserFields
      }
    }
    ... on CannotGrantError {
      missing
    }
    ...ErrorFields
  }
}
    ${StaffUserFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const SetStaffRolesDocument = gql`
    mutation SetStaffRoles($id: ID!, $roles: [TenantRole!]!) {
  setStaffRoles(id: $id, roles: $roles) {
    __typename
    ... on StaffUserPayload {
      staffUser {
        ...StaffUserFields
      }
    }
    ... on CannotGrantError {
      missing
    }
    ...ErrorFields
  }
}
    ${StaffUserFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const DisableStaffUserDocument = gql`
    mutation DisableStaffUser($id: ID!) {
  disableStaffUser(id: $id) {
    __typename
    ... on StaffUserPayload {
      staffUser {
        ...StaffUserFields
      }
    }
    ...ErrorFields
  }
}
    ${StaffUserFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const CreateApiKeyDocument = gql`
    mutation CreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    __typename
    ... on CreateApiKeyPayload {
      key
      apiKey {
        ...ApiKeyFields
      }
    }
    ... on CannotGrantError {
      missing
    }
    ...ErrorFields
  }
}
    ${ApiKeyFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const RevokeApiKeyDocument = gql`
    mutation RevokeApiKey($id: ID!) {
  revokeApiKey(id: $id) {
    __typename
    ... on ApiKeyPayload {
      apiKey {
        ...ApiKeyFields
      }
    }
    ...ErrorFields
  }
}
    ${ApiKeyFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const MenuDocument = gql`
    query Menu {
  menu {
    items {
      key
      label
      position
    }
    features
  }
}
    `;
export const TenantMenuDocument = gql`
    query TenantMenu {
  tenantMenu {
    ...TenantMenuItemFields
  }
}
    ${TenantMenuItemFieldsFragmentDoc}`;
export const MenuChangesDocument = gql`
    query MenuChanges($first: Int, $after: String, $itemKey: String) {
  menuChanges(first: $first, after: $after, itemKey: $itemKey) {
    edges {
      cursor
      node {
        id
        itemKey
        action
        actorKind
        actorId
        createdAt
        before {
          enabled
          position
        }
        after {
          enabled
          position
        }
      }
    }
    pageInfo {
      ...PageInfoFields
    }
  }
}
    ${PageInfoFieldsFragmentDoc}`;
export const MenuCatalogueDocument = gql`
    query MenuCatalogue {
  menuCatalogue {
    key
    kind
    defaultEnabled
    defaultPosition
  }
}
    `;
export const SetMenuItemDocument = gql`
    mutation SetMenuItem($input: SetMenuItemInput!) {
  setMenuItem(input: $input) {
    __typename
    ... on MenuPayload {
      items {
        ...TenantMenuItemFields
      }
    }
    ...ErrorFields
  }
}
    ${TenantMenuItemFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const ReorderMenuDocument = gql`
    mutation ReorderMenu($keys: [String!]!) {
  reorderMenu(keys: $keys) {
    __typename
    ... on MenuPayload {
      items {
        ...TenantMenuItemFields
      }
    }
    ...ErrorFields
  }
}
    ${TenantMenuItemFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const ResetMenuItemDocument = gql`
    mutation ResetMenuItem($key: String!) {
  resetMenuItem(key: $key) {
    __typename
    ... on MenuPayload {
      items {
        ...TenantMenuItemFields
      }
    }
    ...ErrorFields
  }
}
    ${TenantMenuItemFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const DefineMenuCatalogueItemDocument = gql`
    mutation DefineMenuCatalogueItem($input: MenuCatalogueItemInput!) {
  defineMenuCatalogueItem(input: $input) {
    __typename
    ... on MenuCatalogueItemPayload {
      item {
        key
        kind
        defaultEnabled
        defaultPosition
      }
    }
    ...ErrorFields
  }
}
    ${ErrorFieldsFragmentDoc}`;
export const MenuUpdatedDocument = gql`
    subscription MenuUpdated {
  menuUpdated {
    seq
    menu {
      items {
        key
        label
        position
      }
      features
    }
  }
}
    `;
export const SetPaymentProviderDocument = gql`
    mutation SetPaymentProvider($input: SetPaymentProviderInput!) {
  setPaymentProvider(input: $input) {
    __typename
    ... on SetPaymentProviderPayload {
      provider {
        ...PaymentProviderFields
      }
    }
    ...ErrorFields
  }
}
    ${PaymentProviderFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const PaymentProvidersDocument = gql`
    query PaymentProviders {
  paymentProviders {
    ...PaymentProviderFields
  }
}
    ${PaymentProviderFieldsFragmentDoc}`;
export const SetPaymentSettingsDocument = gql`
    mutation SetPaymentSettings($input: PaymentSettingsInput!) {
  setPaymentSettings(input: $input) {
    __typename
    ... on PaymentSettings {
      dualApprovalAbove
      chargebackFreeze
      stalePendingMinutes
    }
    ...ErrorFields
  }
}
    ${ErrorFieldsFragmentDoc}`;
export const DepositOptionsDocument = gql`
    query DepositOptions {
  depositOptions {
    provider
    currencies
    minAmount
    maxAmount
  }
}
    `;
export const CreateDepositDocument = gql`
    mutation CreateDeposit($provider: String!, $currency: String!, $amount: MinorUnits!, $returnUrl: String) {
  createDeposit(
    provider: $provider
    currency: $currency
    amount: $amount
    returnUrl: $returnUrl
  ) {
    __typename
    ... on DepositPayload {
      payment {
        ...PaymentFields
      }
      clientSecret
      sessionId
      sessionData
    }
    ...ErrorFields
  }
}
    ${PaymentFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const MyPaymentsDocument = gql`
    query MyPayments($first: Int, $after: String) {
  myPayments(first: $first, after: $after) {
    edges {
      node {
        ...PaymentFields
      }
    }
  }
}
    ${PaymentFieldsFragmentDoc}`;
export const PaymentsDocument = gql`
    query Payments($status: PaymentStatus, $playerId: String, $first: Int, $after: String) {
  payments(status: $status, playerId: $playerId, first: $first, after: $after) {
    edges {
      node {
        ...PaymentFields
      }
    }
  }
}
    ${PaymentFieldsFragmentDoc}`;
export const PaymentDocument = gql`
    query Payment($id: ID!) {
  payment(id: $id) {
    ...PaymentFields
  }
}
    ${PaymentFieldsFragmentDoc}`;
export const RequestWithdrawalDocument = gql`
    mutation RequestWithdrawal($idempotencyKey: String!, $currency: String!, $amount: MinorUnits!, $provider: String) {
  requestWithdrawal(
    idempotencyKey: $idempotencyKey
    currency: $currency
    amount: $amount
    provider: $provider
  ) {
    __typename
    ... on WithdrawalPayload {
      replay
      withdrawal {
        ...WithdrawalFields
      }
      parts {
        ...WithdrawalFields
      }
    }
    ... on WithdrawalNoRouteError {
      routable
    }
    ...ErrorFields
  }
}
    ${WithdrawalFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const CancelWithdrawalDocument = gql`
    mutation CancelWithdrawal($id: ID!) {
  cancelWithdrawal(id: $id) {
    __typename
    ... on Withdrawal {
      ...WithdrawalFields
    }
    ...ErrorFields
  }
}
    ${WithdrawalFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const ApproveWithdrawalDocument = gql`
    mutation ApproveWithdrawal($id: ID!, $note: String) {
  approveWithdrawal(id: $id, note: $note) {
    __typename
    ... on Withdrawal {
      ...WithdrawalFields
    }
    ...ErrorFields
  }
}
    ${WithdrawalFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const RejectWithdrawalDocument = gql`
    mutation RejectWithdrawal($id: ID!, $note: String) {
  rejectWithdrawal(id: $id, note: $note) {
    __typename
    ... on Withdrawal {
      ...WithdrawalFields
    }
    ...ErrorFields
  }
}
    ${WithdrawalFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const CompleteManualWithdrawalDocument = gql`
    mutation CompleteManualWithdrawal($input: CompleteManualWithdrawalInput!) {
  completeManualWithdrawal(input: $input) {
    __typename
    ... on WithdrawalPayload {
      replay
      withdrawal {
        ...WithdrawalFields
      }
    }
    ...ErrorFields
  }
}
    ${WithdrawalFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const RejectManualWithdrawalDocument = gql`
    mutation RejectManualWithdrawal($input: RejectManualWithdrawalInput!) {
  rejectManualWithdrawal(input: $input) {
    __typename
    ... on Withdrawal {
      ...WithdrawalFields
    }
    ...ErrorFields
  }
}
    ${WithdrawalFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const RefundDepositDocument = gql`
    mutation RefundDeposit($idempotencyKey: String!, $paymentId: ID!, $amount: MinorUnits!, $reason: String!) {
  refundDeposit(
    idempotencyKey: $idempotencyKey
    paymentId: $paymentId
    amount: $amount
    reason: $reason
  ) {
    __typename
    ... on WithdrawalPayload {
      replay
      withdrawal {
        ...WithdrawalFields
      }
    }
    ...ErrorFields
  }
}
    ${WithdrawalFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const WithdrawalsDocument = gql`
    query Withdrawals($status: WithdrawalStatus, $playerId: String, $first: Int, $after: String) {
  withdrawals(status: $status, playerId: $playerId, first: $first, after: $after) {
    edges {
      node {
        ...WithdrawalFields
      }
    }
  }
}
    ${WithdrawalFieldsFragmentDoc}`;
export const MyWithdrawalsDocument = gql`
    query MyWithdrawals($first: Int, $after: String) {
  myWithdrawals(first: $first, after: $after) {
    edges {
      node {
        ...WithdrawalFields
      }
    }
  }
}
    ${WithdrawalFieldsFragmentDoc}`;
export const DisputesDocument = gql`
    query Disputes($status: DisputeStatus, $first: Int, $after: String) {
  disputes(status: $status, first: $first, after: $after) {
    edges {
      node {
        ...DisputeFields
      }
    }
  }
}
    ${DisputeFieldsFragmentDoc}`;
export const DisputeDocument = gql`
    query Dispute($id: ID!) {
  dispute(id: $id) {
    ...DisputeFields
  }
}
    ${DisputeFieldsFragmentDoc}`;
export const AddDisputeEvidenceDocument = gql`
    mutation AddDisputeEvidence($id: ID!, $note: String!) {
  addDisputeEvidence(id: $id, note: $note) {
    __typename
    ... on Dispute {
      ...DisputeFields
    }
    ...ErrorFields
  }
}
    ${DisputeFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const PaymentReconciliationDocument = gql`
    query PaymentReconciliation($day: String!) {
  paymentReconciliation(day: $day) {
    kind
    paymentId
    playerId
    provider
    providerRef
    currency
    providerAmount
    ledgerAmount
    ledgerCredits
    detail
  }
}
    `;
export const MyPaymentEventsDocument = gql`
    subscription MyPaymentEvents {
  myPaymentEvents {
    stream
    seq
    kind
    playerId
    subjectId
    status
    amount
    currency
    provider
    occurredAt
  }
}
    `;
export const PaymentEventsDocument = gql`
    subscription PaymentEvents {
  paymentEvents {
    stream
    seq
    kind
    playerId
    subjectId
    status
    amount
    currency
    provider
    occurredAt
  }
}
    `;
export const PokerTablesDocument = gql`
    query PokerTables {
  pokerTables {
    ...PokerTableFields
  }
}
    ${PokerTableFieldsFragmentDoc}`;
export const PokerTableDocument = gql`
    query PokerTable($id: ID!) {
  pokerTable(id: $id) {
    ...PokerTableFields
  }
}
    ${PokerTableFieldsFragmentDoc}`;
export const PokerTableSnapshotDocument = gql`
    query PokerTableSnapshot($tableId: ID!) {
  pokerTableSnapshot(tableId: $tableId) {
    seq
    mySeat
    turnDeadline
    table {
      ...PokerTableFields
    }
    seats {
      ...PokerSeatFields
    }
    hand {
      handId
      handNo
      street
      status
      board
      buttonSeat
      seatToAct
      currentBet
      minRaiseIncrement
      pot
      pots
      toCall
      seq
      players {
        seat
        playerId
        stack
        streetBet
        totalBet
        folded
        allIn
        holeCards
        holeCount
      }
      legalActions {
        type
        amount
        min
        max
      }
    }
  }
}
    ${PokerTableFieldsFragmentDoc}
${PokerSeatFieldsFragmentDoc}`;
export const PokerHandHistoriesDocument = gql`
    query PokerHandHistories($tableId: ID!, $last: Int) {
  pokerHandHistories(tableId: $tableId, last: $last) {
    handId
    handNo
    rake
    phh
    startedAt
    endedAt
  }
}
    `;
export const CreatePokerTableDocument = gql`
    mutation CreatePokerTable($input: CreatePokerTableInput!) {
  createPokerTable(input: $input) {
    __typename
    ... on PokerTablePayload {
      table {
        ...PokerTableFields
      }
    }
    ...ErrorFields
  }
}
    ${PokerTableFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const ClosePokerTableDocument = gql`
    mutation ClosePokerTable($tableId: ID!) {
  closePokerTable(tableId: $tableId) {
    __typename
    ... on PokerTablePayload {
      table {
        ...PokerTableFields
      }
    }
    ...ErrorFields
  }
}
    ${PokerTableFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const SitAtPokerTableDocument = gql`
    mutation SitAtPokerTable($tableId: ID!, $buyIn: MinorUnits!, $seat: Int) {
  sitAtPokerTable(tableId: $tableId, buyIn: $buyIn, seat: $seat) {
    __typename
    ... on PokerSeatPayload {
      tableId
      seq
      seat {
        ...PokerSeatFields
      }
    }
    ... on PokerBuyInOutOfRangeError {
      min
      max
    }
    ...ErrorFields
  }
}
    ${PokerSeatFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const PokerActDocument = gql`
    mutation PokerAct($tableId: ID!, $action: PokerActionType!, $amount: MinorUnits, $handId: ID) {
  pokerAct(tableId: $tableId, action: $action, amount: $amount, handId: $handId) {
    __typename
    ... on PokerActPayload {
      tableId
      handId
      seq
    }
    ... on PokerIllegalAmountError {
      min
      max
    }
    ...ErrorFields
  }
}
    ${ErrorFieldsFragmentDoc}`;
export const SitOutPokerTableDocument = gql`
    mutation SitOutPokerTable($tableId: ID!, $away: Boolean!) {
  sitOutPokerTable(tableId: $tableId, away: $away) {
    __typename
    ... on PokerSeatPayload {
      tableId
      seq
      seat {
        ...PokerSeatFields
      }
    }
    ...ErrorFields
  }
}
    ${PokerSeatFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const LeavePokerTableDocument = gql`
    mutation LeavePokerTable($tableId: ID!) {
  leavePokerTable(tableId: $tableId) {
    __typename
    ... on PokerLeavePayload {
      tableId
      pending
      cashedOut
      seq
    }
    ...ErrorFields
  }
}
    ${ErrorFieldsFragmentDoc}`;
export const TableEventsDocument = gql`
    subscription TableEvents($tableId: ID!, $afterSeq: Int) {
  tableEvents(tableId: $tableId, afterSeq: $afterSeq) {
    tableId
    seq
    type
    handId
    data
    occurredAt
  }
}
    `;
export const ResponsibleGamblingDocument = gql`
    query ResponsibleGambling {
  responsibleGambling {
    ...ResponsibleGamblingFields
  }
}
    ${ResponsibleGamblingFieldsFragmentDoc}`;
export const PlayerResponsibleGamblingDocument = gql`
    query PlayerResponsibleGambling($playerId: ID!) {
  playerResponsibleGambling(playerId: $playerId) {
    ...ResponsibleGamblingFields
  }
}
    ${ResponsibleGamblingFieldsFragmentDoc}`;
export const SetResponsibleGamblingLimitDocument = gql`
    mutation SetResponsibleGamblingLimit($input: SetRgLimitInput!) {
  setResponsibleGamblingLimit(input: $input) {
    __typename
    ... on ResponsibleGamblingPayload {
      appliesAt
      responsibleGambling {
        ...ResponsibleGamblingFields
      }
    }
    ... on Error {
      message
      code
    }
    ... on ValidationError {
      issues {
        path
        message
      }
    }
  }
}
    ${ResponsibleGamblingFieldsFragmentDoc}`;
export const SetSessionTimeLimitDocument = gql`
    mutation SetSessionTimeLimit($minutes: Int) {
  setSessionTimeLimit(minutes: $minutes) {
    __typename
    ... on ResponsibleGamblingPayload {
      appliesAt
      responsibleGambling {
        ...ResponsibleGamblingFields
      }
    }
    ... on Error {
      message
      code
    }
  }
}
    ${ResponsibleGamblingFieldsFragmentDoc}`;
export const SetRealityCheckIntervalDocument = gql`
    mutation SetRealityCheckInterval($minutes: Int) {
  setRealityCheckInterval(minutes: $minutes) {
    __typename
    ... on ResponsibleGamblingPayload {
      appliesAt
      responsibleGambling {
        ...ResponsibleGamblingFields
      }
    }
    ... on Error {
      message
      code
    }
  }
}
    ${ResponsibleGamblingFieldsFragmentDoc}`;
export const TakeTimeOutDocument = gql`
    mutation TakeTimeOut($hours: Int!) {
  takeTimeOut(hours: $hours) {
    __typename
    ... on ResponsibleGamblingPayload {
      appliesAt
      responsibleGambling {
        ...ResponsibleGamblingFields
      }
    }
    ... on Error {
      message
      code
    }
  }
}
    ${ResponsibleGamblingFieldsFragmentDoc}`;
export const SelfExcludeDocument = gql`
    mutation SelfExclude($months: Int!) {
  selfExclude(months: $months) {
    __typename
    ... on ResponsibleGamblingPayload {
      appliesAt
      responsibleGambling {
        ...ResponsibleGamblingFields
      }
    }
    ... on Error {
      message
      code
    }
  }
}
    ${ResponsibleGamblingFieldsFragmentDoc}`;
export const RealityCheckDocument = gql`
    subscription RealityCheck {
  realityCheck {
    kind
    seq
    sessionStartedAt
    elapsedMinutes
    sessionLimitMinutes
    until
    occurredAt
  }
}
    `;
export const GameProvidersDocument = gql`
    query GameProviders($first: Int, $after: String, $last: Int, $before: String) {
  gameProviders(first: $first, after: $after, last: $last, before: $before) {
    totalCount
    nodes {
      ...GameProviderFields
    }
    pageInfo {
      ...PageInfoFields
    }
  }
}
    ${GameProviderFieldsFragmentDoc}
${PageInfoFieldsFragmentDoc}`;
export const SetGameProviderDocument = gql`
    mutation SetGameProvider($input: SetGameProviderInput!) {
  setGameProvider(input: $input) {
    __typename
    ... on SetGameProviderPayload {
      provider {
        ...GameProviderFields
      }
    }
    ...ErrorFields
  }
}
    ${GameProviderFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const CurrentTenantDocument = gql`
    query CurrentTenant {
  currentTenant {
    slug
    name
    defaultCurrency
    currencies
    defaultLocale
    locales
  }
}
    `;
export const TenantsDocument = gql`
    query Tenants($first: Int, $after: String, $status: TenantStatus) {
  tenants(first: $first, after: $after, status: $status) {
    edges {
      cursor
      node {
        ...TenantFields
      }
    }
    pageInfo {
      ...PageInfoFields
    }
  }
}
    ${TenantFieldsFragmentDoc}
${PageInfoFieldsFragmentDoc}`;
export const CreateTenantDocument = gql`
    mutation CreateTenant($input: CreateTenantInput!) {
  createTenant(input: $input) {
    __typename
    ... on TenantPayload {
      tenant {
        ...TenantFields
      }
    }
    ...ErrorFields
  }
}
    ${TenantFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const UpdateTenantDocument = gql`
    mutation UpdateTenant($id: ID!, $input: UpdateTenantInput!) {
  updateTenant(id: $id, input: $input) {
    __typename
    ... on TenantPayload {
      tenant {
        ...TenantFields
      }
    }
    ...ErrorFields
  }
}
    ${TenantFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const SuspendTenantDocument = gql`
    mutation SuspendTenant($id: ID!) {
  suspendTenant(id: $id) {
    __typename
    ... on TenantPayload {
      tenant {
        ...TenantFields
      }
    }
    ...ErrorFields
  }
}
    ${TenantFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const ReactivateTenantDocument = gql`
    mutation ReactivateTenant($id: ID!) {
  reactivateTenant(id: $id) {
    __typename
    ... on TenantPayload {
      tenant {
        ...TenantFields
      }
    }
    ...ErrorFields
  }
}
    ${TenantFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const WalletDocument = gql`
    query Wallet {
  wallet {
    ...WalletBalanceFields
  }
}
    ${WalletBalanceFieldsFragmentDoc}`;
export const PlayerBalancesDocument = gql`
    query PlayerBalances($id: ID!) {
  node(id: $id) {
    ... on Player {
      id
      balances {
        ...WalletBalanceFields
      }
    }
  }
}
    ${WalletBalanceFieldsFragmentDoc}`;
export const WalletStatementDocument = gql`
    query WalletStatement($first: Int, $after: String, $last: Int, $before: String, $filter: WalletStatementFilter) {
  walletStatement(
    first: $first
    after: $after
    last: $last
    before: $before
    filter: $filter
  ) {
    totalCount
    edges {
      cursor
      node {
        id
        code
        reference
        currency
        kind
        amount {
          amount
          currency
        }
        balanceAfter {
          amount
        }
        createdAt
      }
    }
    pageInfo {
      ...PageInfoFields
    }
  }
}
    ${PageInfoFieldsFragmentDoc}`;
export const WalletBalanceAtDocument = gql`
    query WalletBalanceAt($currency: Currency!, $at: DateTime!) {
  walletBalanceAt(currency: $currency, at: $at) {
    currency
    at
    cash {
      amount
    }
    bonus {
      amount
    }
  }
}
    `;
export const LedgerAccountsDocument = gql`
    query LedgerAccounts($first: Int, $after: String, $last: Int, $before: String, $filter: LedgerAccountFilter) {
  ledgerAccounts(
    first: $first
    after: $after
    last: $last
    before: $before
    filter: $filter
  ) {
    totalCount
    edges {
      node {
        ...LedgerAccountFields
      }
    }
    pageInfo {
      ...PageInfoFields
    }
  }
}
    ${LedgerAccountFieldsFragmentDoc}
${PageInfoFieldsFragmentDoc}`;
export const LedgerTransactionDocument = gql`
    query LedgerTransaction($id: ID!) {
  ledgerTransaction(id: $id) {
    ...LedgerTransactionFields
  }
}
    ${LedgerTransactionFieldsFragmentDoc}`;
export const LedgerTransactionsDocument = gql`
    query LedgerTransactions($first: Int, $after: String, $last: Int, $before: String, $filter: LedgerTransactionFilter) {
  ledgerTransactions(
    first: $first
    after: $after
    last: $last
    before: $before
    filter: $filter
  ) {
    totalCount
    nodes {
      ...LedgerTransactionFields
    }
    pageInfo {
      ...PageInfoFields
    }
  }
}
    ${LedgerTransactionFieldsFragmentDoc}
${PageInfoFieldsFragmentDoc}`;
export const LedgerNodeDocument = gql`
    query LedgerNode($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on LedgerAccount {
      currency
      balance {
        amount
      }
    }
    ... on LedgerTransaction {
      code
    }
    ... on LedgerHold {
      holdStatus: status
    }
    ... on WalletAdjustment {
      adjustmentStatus: status
    }
    ... on WalletStatementLine {
      code
    }
  }
}
    `;
export const PostTransfersDocument = gql`
    mutation PostTransfers($input: PostTransfersInput!) {
  postTransfers(input: $input) {
    __typename
    ... on PostTransfersPayload {
      replay
      transaction {
        ...LedgerTransactionFields
      }
    }
    ...ErrorFields
    ...InvalidIdFields
  }
}
    ${LedgerTransactionFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}
${InvalidIdFieldsFragmentDoc}`;
export const ReserveHoldDocument = gql`
    mutation ReserveHold($input: ReserveHoldInput!) {
  reserveHold(input: $input) {
    __typename
    ... on ReserveHoldPayload {
      replay
      hold {
        ...LedgerHoldFields
      }
    }
    ...ErrorFields
    ...InvalidIdFields
  }
}
    ${LedgerHoldFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}
${InvalidIdFieldsFragmentDoc}`;
export const CaptureHoldDocument = gql`
    mutation CaptureHold($input: CaptureHoldInput!) {
  captureHold(input: $input) {
    __typename
    ... on CaptureHoldPayload {
      replay
      hold {
        ...LedgerHoldFields
      }
      transaction {
        ...LedgerTransactionFields
      }
    }
    ...ErrorFields
    ...InvalidIdFields
  }
}
    ${LedgerHoldFieldsFragmentDoc}
${LedgerTransactionFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}
${InvalidIdFieldsFragmentDoc}`;
export const ReleaseHoldDocument = gql`
    mutation ReleaseHold($input: ReleaseHoldInput!) {
  releaseHold(input: $input) {
    __typename
    ... on ReleaseHoldPayload {
      replay
      hold {
        ...LedgerHoldFields
      }
    }
    ...ErrorFields
    ...InvalidIdFields
  }
}
    ${LedgerHoldFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}
${InvalidIdFieldsFragmentDoc}`;
export const ReverseLedgerTransactionDocument = gql`
    mutation ReverseLedgerTransaction($input: ReverseLedgerTransactionInput!) {
  reverseLedgerTransaction(input: $input) {
    __typename
    ... on ReverseLedgerTransactionPayload {
      replay
      reversal {
        ...LedgerTransactionFields
      }
    }
    ...ErrorFields
    ...InvalidIdFields
  }
}
    ${LedgerTransactionFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}
${InvalidIdFieldsFragmentDoc}`;
export const FreezeLedgerAccountDocument = gql`
    mutation FreezeLedgerAccount($input: FreezeLedgerAccountInput!) {
  freezeLedgerAccount(input: $input) {
    __typename
    ... on FreezeLedgerAccountPayload {
      account {
        ...LedgerAccountFields
      }
    }
    ...ErrorFields
    ...InvalidIdFields
  }
}
    ${LedgerAccountFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}
${InvalidIdFieldsFragmentDoc}`;
export const UnfreezeLedgerAccountDocument = gql`
    mutation UnfreezeLedgerAccount($input: UnfreezeLedgerAccountInput!) {
  unfreezeLedgerAccount(input: $input) {
    __typename
    ... on UnfreezeLedgerAccountPayload {
      account {
        ...LedgerAccountFields
      }
    }
    ...ErrorFields
    ...InvalidIdFields
  }
}
    ${LedgerAccountFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}
${InvalidIdFieldsFragmentDoc}`;
export const WalletUpdatedDocument = gql`
    subscription WalletUpdated {
  walletUpdated {
    ...LedgerAccountEventFields
  }
}
    ${LedgerAccountEventFieldsFragmentDoc}`;
export const LedgerEventsDocument = gql`
    subscription LedgerEvents {
  ledgerEvents {
    ...LedgerAccountEventFields
    account {
      ownerType
      owner {
        id
      }
    }
  }
}
    ${LedgerAccountEventFieldsFragmentDoc}`;
export const WalletAdjustmentsDocument = gql`
    query WalletAdjustments($filter: WalletAdjustmentFilter, $first: Int, $after: String, $last: Int, $before: String) {
  walletAdjustments(
    filter: $filter
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    edges {
      node {
        ...WalletAdjustmentFields
      }
    }
    pageInfo {
      ...PageInfoFields
    }
  }
}
    ${WalletAdjustmentFieldsFragmentDoc}
${PageInfoFieldsFragmentDoc}`;
export const RequestWalletAdjustmentDocument = gql`
    mutation RequestWalletAdjustment($input: RequestWalletAdjustmentInput!) {
  requestWalletAdjustment(input: $input) {
    __typename
    ... on RequestWalletAdjustmentPayload {
      replay
      adjustment {
        ...WalletAdjustmentFields
      }
    }
    ...ErrorFields
    ...InvalidIdFields
  }
}
    ${WalletAdjustmentFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}
${InvalidIdFieldsFragmentDoc}`;
export const ApproveWalletAdjustmentDocument = gql`
    mutation ApproveWalletAdjustment($input: ApproveWalletAdjustmentInput!) {
  approveWalletAdjustment(input: $input) {
    __typename
    ... on ApproveWalletAdjustmentPayload {
      replay
      adjustment {
        ...WalletAdjustmentFields
      }
    }
    ...ErrorFields
    ...InvalidIdFields
  }
}
    ${WalletAdjustmentFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}
${InvalidIdFieldsFragmentDoc}`;
export const RejectWalletAdjustmentDocument = gql`
    mutation RejectWalletAdjustment($input: RejectWalletAdjustmentInput!) {
  rejectWalletAdjustment(input: $input) {
    __typename
    ... on RejectWalletAdjustmentPayload {
      adjustment {
        ...WalletAdjustmentFields
      }
    }
    ...ErrorFields
    ...InvalidIdFields
  }
}
    ${WalletAdjustmentFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}
${InvalidIdFieldsFragmentDoc}`;
export const SetWalletApprovalThresholdDocument = gql`
    mutation SetWalletApprovalThreshold($input: SetWalletApprovalThresholdInput!) {
  setWalletApprovalThreshold(input: $input) {
    __typename
    ... on SetWalletApprovalThresholdPayload {
      threshold {
        amount
        currency
      }
    }
    ...ErrorFields
  }
}
    ${ErrorFieldsFragmentDoc}`;

export type SdkFunctionWrapper = <T>(action: (requestHeaders?:Record<string, string>) => Promise<T>, operationName: string, operationType?: string, variables?: any) => Promise<T>;


const defaultWrapper: SdkFunctionWrapper = (action, _operationName, _operationType, _variables) => action();

export function getSdk(client: GraphQLClient, withWrapper: SdkFunctionWrapper = defaultWrapper) {
  return {
    AuditEvents(variables?: AuditEventsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<AuditEventsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<AuditEventsQuery>({ document: AuditEventsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'AuditEvents', 'query', variables);
    },
    VerifyAuditChain(variables?: VerifyAuditChainQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<VerifyAuditChainQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<VerifyAuditChainQuery>({ document: VerifyAuditChainDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'VerifyAuditChain', 'query', variables);
    },
    AuditCheckpoints(variables?: AuditCheckpointsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<AuditCheckpointsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<AuditCheckpointsQuery>({ document: AuditCheckpointsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'AuditCheckpoints', 'query', variables);
    },
    ExportAuditRange(variables?: ExportAuditRangeQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ExportAuditRangeQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<ExportAuditRangeQuery>({ document: ExportAuditRangeDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'ExportAuditRange', 'query', variables);
    },
    AuditSigningKey(variables?: AuditSigningKeyQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<AuditSigningKeyQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<AuditSigningKeyQuery>({ document: AuditSigningKeyDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'AuditSigningKey', 'query', variables);
    },
    CreateAuditCheckpoint(variables?: CreateAuditCheckpointMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<CreateAuditCheckpointMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<CreateAuditCheckpointMutation>({ document: CreateAuditCheckpointDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'CreateAuditCheckpoint', 'mutation', variables);
    },
    Nodes(variables: NodesQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<NodesQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<NodesQuery>({ document: NodesDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'Nodes', 'query', variables);
    },
    Games(variables?: GamesQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<GamesQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<GamesQuery>({ document: GamesDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'Games', 'query', variables);
    },
    Game(variables: GameQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<GameQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<GameQuery>({ document: GameDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'Game', 'query', variables);
    },
    AddGame(variables: AddGameMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<AddGameMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<AddGameMutation>({ document: AddGameDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'AddGame', 'mutation', variables);
    },
    UpdateGame(variables: UpdateGameMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<UpdateGameMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<UpdateGameMutation>({ document: UpdateGameDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'UpdateGame', 'mutation', variables);
    },
    LaunchGame(variables: LaunchGameMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<LaunchGameMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<LaunchGameMutation>({ document: LaunchGameDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'LaunchGame', 'mutation', variables);
    },
    Viewer(variables?: ViewerQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ViewerQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<ViewerQuery>({ document: ViewerDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'Viewer', 'query', variables);
    },
    Node(variables: NodeQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<NodeQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<NodeQuery>({ document: NodeDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'Node', 'query', variables);
    },
    Players(variables?: PlayersQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<PlayersQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<PlayersQuery>({ document: PlayersDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'Players', 'query', variables);
    },
    StaffUsers(variables?: StaffUsersQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<StaffUsersQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<StaffUsersQuery>({ document: StaffUsersDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'StaffUsers', 'query', variables);
    },
    ApiKeys(variables?: ApiKeysQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ApiKeysQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<ApiKeysQuery>({ document: ApiKeysDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'ApiKeys', 'query', variables);
    },
    RegisterPlayer(variables: RegisterPlayerMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<RegisterPlayerMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<RegisterPlayerMutation>({ document: RegisterPlayerDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'RegisterPlayer', 'mutation', variables);
    },
    Login(variables: LoginMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<LoginMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<LoginMutation>({ document: LoginDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'Login', 'mutation', variables);
    },
    StaffLogin(variables: StaffLoginMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<StaffLoginMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<StaffLoginMutation>({ document: StaffLoginDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'StaffLogin', 'mutation', variables);
    },
    RefreshSession(variables: RefreshSessionMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<RefreshSessionMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<RefreshSessionMutation>({ document: RefreshSessionDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'RefreshSession', 'mutation', variables);
    },
    Logout(variables?: LogoutMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<LogoutMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<LogoutMutation>({ document: LogoutDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'Logout', 'mutation', variables);
    },
    CreateStaffUser(variables: CreateStaffUserMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<CreateStaffUserMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<CreateStaffUserMutation>({ document: CreateStaffUserDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'CreateStaffUser', 'mutation', variables);
    },
    SetStaffRoles(variables: SetStaffRolesMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<SetStaffRolesMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<SetStaffRolesMutation>({ document: SetStaffRolesDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'SetStaffRoles', 'mutation', variables);
    },
    DisableStaffUser(variables: DisableStaffUserMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<DisableStaffUserMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<DisableStaffUserMutation>({ document: DisableStaffUserDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'DisableStaffUser', 'mutation', variables);
    },
    CreateApiKey(variables: CreateApiKeyMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<CreateApiKeyMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<CreateApiKeyMutation>({ document: CreateApiKeyDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'CreateApiKey', 'mutation', variables);
    },
    RevokeApiKey(variables: RevokeApiKeyMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<RevokeApiKeyMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<RevokeApiKeyMutation>({ document: RevokeApiKeyDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'RevokeApiKey', 'mutation', variables);
    },
    Menu(variables?: MenuQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<MenuQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<MenuQuery>({ document: MenuDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'Menu', 'query', variables);
    },
    TenantMenu(variables?: TenantMenuQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<TenantMenuQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<TenantMenuQuery>({ document: TenantMenuDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'TenantMenu', 'query', variables);
    },
    MenuChanges(variables?: MenuChangesQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<MenuChangesQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<MenuChangesQuery>({ document: MenuChangesDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'MenuChanges', 'query', variables);
    },
    MenuCatalogue(variables?: MenuCatalogueQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<MenuCatalogueQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<MenuCatalogueQuery>({ document: MenuCatalogueDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'MenuCatalogue', 'query', variables);
    },
    SetMenuItem(variables: SetMenuItemMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<SetMenuItemMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<SetMenuItemMutation>({ document: SetMenuItemDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'SetMenuItem', 'mutation', variables);
    },
    ReorderMenu(variables: ReorderMenuMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ReorderMenuMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<ReorderMenuMutation>({ document: ReorderMenuDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'ReorderMenu', 'mutation', variables);
    },
    ResetMenuItem(variables: ResetMenuItemMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ResetMenuItemMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<ResetMenuItemMutation>({ document: ResetMenuItemDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'ResetMenuItem', 'mutation', variables);
    },
    DefineMenuCatalogueItem(variables: DefineMenuCatalogueItemMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<DefineMenuCatalogueItemMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<DefineMenuCatalogueItemMutation>({ document: DefineMenuCatalogueItemDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'DefineMenuCatalogueItem', 'mutation', variables);
    },
    SetPaymentProvider(variables: SetPaymentProviderMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<SetPaymentProviderMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<SetPaymentProviderMutation>({ document: SetPaymentProviderDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'SetPaymentProvider', 'mutation', variables);
    },
    PaymentProviders(variables?: PaymentProvidersQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<PaymentProvidersQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<PaymentProvidersQuery>({ document: PaymentProvidersDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'PaymentProviders', 'query', variables);
    },
    SetPaymentSettings(variables: SetPaymentSettingsMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<SetPaymentSettingsMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<SetPaymentSettingsMutation>({ document: SetPaymentSettingsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'SetPaymentSettings', 'mutation', variables);
    },
    DepositOptions(variables?: DepositOptionsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<DepositOptionsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<DepositOptionsQuery>({ document: DepositOptionsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'DepositOptions', 'query', variables);
    },
    CreateDeposit(variables: CreateDepositMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<CreateDepositMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<CreateDepositMutation>({ document: CreateDepositDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'CreateDeposit', 'mutation', variables);
    },
    MyPayments(variables?: MyPaymentsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<MyPaymentsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<MyPaymentsQuery>({ document: MyPaymentsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'MyPayments', 'query', variables);
    },
    Payments(variables?: PaymentsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<PaymentsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<PaymentsQuery>({ document: PaymentsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'Payments', 'query', variables);
    },
    Payment(variables: PaymentQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<PaymentQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<PaymentQuery>({ document: PaymentDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'Payment', 'query', variables);
    },
    RequestWithdrawal(variables: RequestWithdrawalMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<RequestWithdrawalMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<RequestWithdrawalMutation>({ document: RequestWithdrawalDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'RequestWithdrawal', 'mutation', variables);
    },
    CancelWithdrawal(variables: CancelWithdrawalMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<CancelWithdrawalMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<CancelWithdrawalMutation>({ document: CancelWithdrawalDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'CancelWithdrawal', 'mutation', variables);
    },
    ApproveWithdrawal(variables: ApproveWithdrawalMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ApproveWithdrawalMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<ApproveWithdrawalMutation>({ document: ApproveWithdrawalDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'ApproveWithdrawal', 'mutation', variables);
    },
    RejectWithdrawal(variables: RejectWithdrawalMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<RejectWithdrawalMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<RejectWithdrawalMutation>({ document: RejectWithdrawalDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'RejectWithdrawal', 'mutation', variables);
    },
    CompleteManualWithdrawal(variables: CompleteManualWithdrawalMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<CompleteManualWithdrawalMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<CompleteManualWithdrawalMutation>({ document: CompleteManualWithdrawalDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'CompleteManualWithdrawal', 'mutation', variables);
    },
    RejectManualWithdrawal(variables: RejectManualWithdrawalMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<RejectManualWithdrawalMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<RejectManualWithdrawalMutation>({ document: RejectManualWithdrawalDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'RejectManualWithdrawal', 'mutation', variables);
    },
    RefundDeposit(variables: RefundDepositMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<RefundDepositMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<RefundDepositMutation>({ document: RefundDepositDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'RefundDeposit', 'mutation', variables);
    },
    Withdrawals(variables?: WithdrawalsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<WithdrawalsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<WithdrawalsQuery>({ document: WithdrawalsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'Withdrawals', 'query', variables);
    },
    MyWithdrawals(variables?: MyWithdrawalsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<MyWithdrawalsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<MyWithdrawalsQuery>({ document: MyWithdrawalsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'MyWithdrawals', 'query', variables);
    },
    Disputes(variables?: DisputesQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<DisputesQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<DisputesQuery>({ document: DisputesDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'Disputes', 'query', variables);
    },
    Dispute(variables: DisputeQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<DisputeQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<DisputeQuery>({ document: DisputeDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'Dispute', 'query', variables);
    },
    AddDisputeEvidence(variables: AddDisputeEvidenceMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<AddDisputeEvidenceMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<AddDisputeEvidenceMutation>({ document: AddDisputeEvidenceDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'AddDisputeEvidence', 'mutation', variables);
    },
    PaymentReconciliation(variables: PaymentReconciliationQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<PaymentReconciliationQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<PaymentReconciliationQuery>({ document: PaymentReconciliationDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'PaymentReconciliation', 'query', variables);
    },
    PokerTables(variables?: PokerTablesQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<PokerTablesQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<PokerTablesQuery>({ document: PokerTablesDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'PokerTables', 'query', variables);
    },
    PokerTable(variables: PokerTableQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<PokerTableQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<PokerTableQuery>({ document: PokerTableDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'PokerTable', 'query', variables);
    },
    PokerTableSnapshot(variables: PokerTableSnapshotQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<PokerTableSnapshotQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<PokerTableSnapshotQuery>({ document: PokerTableSnapshotDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'PokerTableSnapshot', 'query', variables);
    },
    PokerHandHistories(variables: PokerHandHistoriesQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<PokerHandHistoriesQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<PokerHandHistoriesQuery>({ document: PokerHandHistoriesDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'PokerHandHistories', 'query', variables);
    },
    CreatePokerTable(variables: CreatePokerTableMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<CreatePokerTableMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<CreatePokerTableMutation>({ document: CreatePokerTableDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'CreatePokerTable', 'mutation', variables);
    },
    ClosePokerTable(variables: ClosePokerTableMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ClosePokerTableMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<ClosePokerTableMutation>({ document: ClosePokerTableDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'ClosePokerTable', 'mutation', variables);
    },
    SitAtPokerTable(variables: SitAtPokerTableMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<SitAtPokerTableMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<SitAtPokerTableMutation>({ document: SitAtPokerTableDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'SitAtPokerTable', 'mutation', variables);
    },
    PokerAct(variables: PokerActMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<PokerActMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<PokerActMutation>({ document: PokerActDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'PokerAct', 'mutation', variables);
    },
    SitOutPokerTable(variables: SitOutPokerTableMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<SitOutPokerTableMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<SitOutPokerTableMutation>({ document: SitOutPokerTableDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'SitOutPokerTable', 'mutation', variables);
    },
    LeavePokerTable(variables: LeavePokerTableMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<LeavePokerTableMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<LeavePokerTableMutation>({ document: LeavePokerTableDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'LeavePokerTable', 'mutation', variables);
    },
    ResponsibleGambling(variables?: ResponsibleGamblingQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ResponsibleGamblingQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<ResponsibleGamblingQuery>({ document: ResponsibleGamblingDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'ResponsibleGambling', 'query', variables);
    },
    PlayerResponsibleGambling(variables: PlayerResponsibleGamblingQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<PlayerResponsibleGamblingQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<PlayerResponsibleGamblingQuery>({ document: PlayerResponsibleGamblingDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'PlayerResponsibleGambling', 'query', variables);
    },
    SetResponsibleGamblingLimit(variables: SetResponsibleGamblingLimitMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<SetResponsibleGamblingLimitMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<SetResponsibleGamblingLimitMutation>({ document: SetResponsibleGamblingLimitDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'SetResponsibleGamblingLimit', 'mutation', variables);
    },
    SetSessionTimeLimit(variables?: SetSessionTimeLimitMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<SetSessionTimeLimitMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<SetSessionTimeLimitMutation>({ document: SetSessionTimeLimitDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'SetSessionTimeLimit', 'mutation', variables);
    },
    SetRealityCheckInterval(variables?: SetRealityCheckIntervalMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<SetRealityCheckIntervalMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<SetRealityCheckIntervalMutation>({ document: SetRealityCheckIntervalDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'SetRealityCheckInterval', 'mutation', variables);
    },
    TakeTimeOut(variables: TakeTimeOutMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<TakeTimeOutMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<TakeTimeOutMutation>({ document: TakeTimeOutDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'TakeTimeOut', 'mutation', variables);
    },
    SelfExclude(variables: SelfExcludeMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<SelfExcludeMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<SelfExcludeMutation>({ document: SelfExcludeDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'SelfExclude', 'mutation', variables);
    },
    GameProviders(variables?: GameProvidersQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<GameProvidersQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<GameProvidersQuery>({ document: GameProvidersDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'GameProviders', 'query', variables);
    },
    SetGameProvider(variables: SetGameProviderMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<SetGameProviderMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<SetGameProviderMutation>({ document: SetGameProviderDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'SetGameProvider', 'mutation', variables);
    },
    CurrentTenant(variables?: CurrentTenantQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<CurrentTenantQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<CurrentTenantQuery>({ document: CurrentTenantDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'CurrentTenant', 'query', variables);
    },
    Tenants(variables?: TenantsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<TenantsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<TenantsQuery>({ document: TenantsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'Tenants', 'query', variables);
    },
    CreateTenant(variables: CreateTenantMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<CreateTenantMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<CreateTenantMutation>({ document: CreateTenantDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'CreateTenant', 'mutation', variables);
    },
    UpdateTenant(variables: UpdateTenantMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<UpdateTenantMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<UpdateTenantMutation>({ document: UpdateTenantDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'UpdateTenant', 'mutation', variables);
    },
    SuspendTenant(variables: SuspendTenantMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<SuspendTenantMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<SuspendTenantMutation>({ document: SuspendTenantDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'SuspendTenant', 'mutation', variables);
    },
    ReactivateTenant(variables: ReactivateTenantMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ReactivateTenantMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<ReactivateTenantMutation>({ document: ReactivateTenantDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'ReactivateTenant', 'mutation', variables);
    },
    Wallet(variables?: WalletQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<WalletQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<WalletQuery>({ document: WalletDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'Wallet', 'query', variables);
    },
    PlayerBalances(variables: PlayerBalancesQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<PlayerBalancesQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<PlayerBalancesQuery>({ document: PlayerBalancesDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'PlayerBalances', 'query', variables);
    },
    WalletStatement(variables?: WalletStatementQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<WalletStatementQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<WalletStatementQuery>({ document: WalletStatementDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'WalletStatement', 'query', variables);
    },
    WalletBalanceAt(variables: WalletBalanceAtQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<WalletBalanceAtQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<WalletBalanceAtQuery>({ document: WalletBalanceAtDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'WalletBalanceAt', 'query', variables);
    },
    LedgerAccounts(variables?: LedgerAccountsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<LedgerAccountsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<LedgerAccountsQuery>({ document: LedgerAccountsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'LedgerAccounts', 'query', variables);
    },
    LedgerTransaction(variables: LedgerTransactionQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<LedgerTransactionQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<LedgerTransactionQuery>({ document: LedgerTransactionDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'LedgerTransaction', 'query', variables);
    },
    LedgerTransactions(variables?: LedgerTransactionsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<LedgerTransactionsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<LedgerTransactionsQuery>({ document: LedgerTransactionsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'LedgerTransactions', 'query', variables);
    },
    LedgerNode(variables: LedgerNodeQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<LedgerNodeQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<LedgerNodeQuery>({ document: LedgerNodeDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'LedgerNode', 'query', variables);
    },
    PostTransfers(variables: PostTransfersMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<PostTransfersMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<PostTransfersMutation>({ document: PostTransfersDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'PostTransfers', 'mutation', variables);
    },
    ReserveHold(variables: ReserveHoldMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ReserveHoldMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<ReserveHoldMutation>({ document: ReserveHoldDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'ReserveHold', 'mutation', variables);
    },
    CaptureHold(variables: CaptureHoldMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<CaptureHoldMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<CaptureHoldMutation>({ document: CaptureHoldDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'CaptureHold', 'mutation', variables);
    },
    ReleaseHold(variables: ReleaseHoldMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ReleaseHoldMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<ReleaseHoldMutation>({ document: ReleaseHoldDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'ReleaseHold', 'mutation', variables);
    },
    ReverseLedgerTransaction(variables: ReverseLedgerTransactionMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ReverseLedgerTransactionMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<ReverseLedgerTransactionMutation>({ document: ReverseLedgerTransactionDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'ReverseLedgerTransaction', 'mutation', variables);
    },
    FreezeLedgerAccount(variables: FreezeLedgerAccountMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<FreezeLedgerAccountMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<FreezeLedgerAccountMutation>({ document: FreezeLedgerAccountDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'FreezeLedgerAccount', 'mutation', variables);
    },
    UnfreezeLedgerAccount(variables: UnfreezeLedgerAccountMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<UnfreezeLedgerAccountMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<UnfreezeLedgerAccountMutation>({ document: UnfreezeLedgerAccountDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'UnfreezeLedgerAccount', 'mutation', variables);
    },
    WalletAdjustments(variables?: WalletAdjustmentsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<WalletAdjustmentsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<WalletAdjustmentsQuery>({ document: WalletAdjustmentsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'WalletAdjustments', 'query', variables);
    },
    RequestWalletAdjustment(variables: RequestWalletAdjustmentMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<RequestWalletAdjustmentMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<RequestWalletAdjustmentMutation>({ document: RequestWalletAdjustmentDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'RequestWalletAdjustment', 'mutation', variables);
    },
    ApproveWalletAdjustment(variables: ApproveWalletAdjustmentMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ApproveWalletAdjustmentMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<ApproveWalletAdjustmentMutation>({ document: ApproveWalletAdjustmentDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'ApproveWalletAdjustment', 'mutation', variables);
    },
    RejectWalletAdjustment(variables: RejectWalletAdjustmentMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<RejectWalletAdjustmentMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<RejectWalletAdjustmentMutation>({ document: RejectWalletAdjustmentDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'RejectWalletAdjustment', 'mutation', variables);
    },
    SetWalletApprovalThreshold(variables: SetWalletApprovalThresholdMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<SetWalletApprovalThresholdMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<SetWalletApprovalThresholdMutation>({ document: SetWalletApprovalThresholdDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'SetWalletApprovalThreshold', 'mutation', variables);
    }
  };
}
export type Sdk = ReturnType<typeof getSdk>;