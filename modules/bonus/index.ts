/** The bonus engine's service API: what other modules (offers, VIP, affiliates) may use. */
export * from './bonus.terms.js';
export * from './bonus.cost.js';
export { grantBonus, grantBonusInTx, endGrantInTx, END_REASONS, type EndReason, type GrantRequest, type GrantOutcome, type GrantRow } from './bonus.grants.js';
export { BonusNotEligibleError, BonusTemplateArchivedError, BonusBudgetExceededError, BonusNotActiveError, GRANT_STATUSES, type GrantStatus } from './bonus.grant-errors.js';
export { bonusWithdrawalGuard, claimBonus, forfeitBonus, staffGrantBonus, forfeitPlayerBonus, approveBonusReview, rejectBonusReview } from './bonus.service.js';
export { BonusNotPendingReviewError } from './bonus.grant-errors.js';
