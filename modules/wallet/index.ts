/** The ledger's service API: the only way other modules move money. */
export { postTransfers, reserveHold, captureHold, releaseHold, reverseTransaction, setFrozen } from './wallet.service.js';
export { ACCOUNT_CHANGED, type AccountChangedPayload } from './wallet.ledger.js';
export { walletJobs, expireDueHolds } from './wallet.jobs.js';
