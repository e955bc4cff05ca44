/**
 * VIP and loyalty (docs/vip.md): what the composition root may use. VIP sits on the top floor;
 * it reads bets, rollbacks and rake from the ledger feed, and nothing below imports it.
 */
export { vipSettingsInTx, type VipSettings } from './vip.settings.js';
export { VIP_STATUS_CHANGED, type VipStatusChangedPayload } from './vip.events.js';
export { accrueTenant, accrueAllTenants, accrualLagInTx, accrualLag, type AccrualCounts } from './vip.accrual.js';
export { expireTenantPoints, type ExpiryCounts } from './vip.expiry.js';
export { vipAccrualJob, vipPointsExpiryJob, expireAllPoints } from './vip.points.jobs.js';
/** Tiers and status (docs/vip.md "Tiers", "Status"): the review job, and the readers other VIP parts use. */
export { vipTierReviewJob, reviewAllTiers } from './vip.status.jobs.js';
export { CHECK_KINDS, type CheckKind } from './vip.settings.js';
export { reviewTenantTiers, vipStatusInTx, recordStatusChangeInTx, type ReviewCounts, type VipStatusView } from './vip.status.js';
export { tiersInTx, tiersByIdsInTx, type TierRow } from './vip.tiers.js';
/** Redemption, adjustments, high-value checks and monthly rewards (the rewards part). */
export { redeemVipPoints, type RedemptionRow, type RedemptionOutcome } from './vip.redemption.js';
export { adjustVipPoints, type AdjustmentRow, type AdjustmentOutcome } from './vip.adjustments.js';
export { recordVipCheck, decideVipCheck, type CheckRow } from './vip.checks.js';
export { grantMonthlyRewards, periodOf, type RewardCounts, type RewardRow } from './vip.rewards.js';
export { vipMonthlyRewardsJob, grantAllMonthlyRewards } from './vip.rewards.jobs.js';
