/** The ledger's service API: the only way other modules move money. */
export { postTransfers, reserveHold, captureHold, releaseHold, reverseTransaction, setFrozen, setFrozenInTx, idempotencyKey, whoCreated } from './wallet.service.js';
export { ACCOUNT_CHANGED, type AccountChangedPayload } from './wallet.ledger.js';
export { walletHoldExpiryJob, expireDueHolds } from './wallet.jobs.js';
/** Ledger pieces for postings that must commit with other work of the caller's transaction (payments: a deposit and its RG count). */
export { postTransferInTx, type TransferRequest, type TransferAnswer } from './wallet.posting.js';
export { POINTS_UNIT } from './wallet.ledger.js';
export { applyLegs, resolveAccount, availableOf, requestHash, type AccountRow, type AccountSelector, type PostingMeta } from './wallet.ledger.js';
export { rebuildWalletError, WalletError, InsufficientFundsError, AccountFrozenError, BalanceOverflowError, HoldNotOpenError, IdempotencyConflictError, UnsupportedCurrencyError } from './wallet.errors.js';
/** References to ledger rows, each resolved in one batch per operation. */
export { loadLedgerAccount, loadLedgerHold, loadLedgerTransaction, transactionById, playerAccountsInTx, netLossesInTx, netGamingRevenueInTx, dailyRealMoneyPlayInTx, PLAY_CODES, type NetLoss, type PlayerWindow, type DailyPlay } from './wallet.queries.js';
/** The ledger's GraphQL types, for other modules' references to accounts and transactions (payments: a withdrawal's account). */
export { LedgerAccountType, LedgerTransactionType } from './wallet.schema.js';
/** The ledger feed: committed transactions in a safe order, for readers that keep a cursor (VIP accrual). */
export { ledgerFeedInTx, FEED_START, type FeedCursor, type FeedRow, type FeedLeg } from './wallet.feed.js';
