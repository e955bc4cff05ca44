/** The bonus engine's service API: what other modules (offers, VIP, affiliates) may use. */
export * from './bonus.terms.js';
export * from './bonus.cost.js';
export { grantBonus, grantBonusInTx, endGrantInTx, END_REASONS, type EndReason, type GrantRequest, type GrantOutcome, type GrantRow } from './bonus.grants.js';
export { BonusNotEligibleError, BonusTemplateArchivedError, BonusBudgetExceededError, BonusNotActiveError, BonusNotPendingReviewError, WageringCapExceededError, GRANT_STATUSES, type GrantStatus } from './bonus.errors.js';
export { bonusWithdrawalGuard, claimBonus, forfeitBonus, staffGrantBonus, forfeitPlayerBonus, approveBonusReview, rejectBonusReview } from './bonus.service.js';
/** The bonus jobs: the expiry and forfeiture sweep, and cashback. */
export { bonusExpiryJob, bonusCashbackJob, sweepBonuses, payAllCashback } from './bonus.jobs.js';
export { sweepTenant, type SweepCounts } from './bonus.sweeps.js';
export { payCashback, periodContaining, closedPeriods, cashbackKey, type CashbackCounts, type Period } from './bonus.cashback.js';
export { bonusFreeBetsAwardJob, awardGrantFreeBets } from './bonus.freebets.js';
/** Read-only grant facts for the offers module's experiment outcomes. */
export { grantStatesInTx, bonusConversionsInTx, activeGrantIdsInTx, type GrantState } from './bonus.queries.js';
/** Bonus rows and GraphQL types for other modules' references (offers: an offer's reward template, a claim's grant). */
export { templateById, templatesByIds, templatesByIdsInTx, type BonusTemplateRow } from './bonus.templates.js';
export { grantsByIds } from './bonus.service.js';
export { BonusGrantType } from './bonus.schema.js';
export { BonusTemplateRef } from './bonus.templates.schema.js';
