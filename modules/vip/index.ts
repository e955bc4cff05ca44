/**
 * VIP and loyalty (docs/vip.md): what the composition root may use. VIP sits on the top floor;
 * it reads bets, rollbacks and rake from the ledger feed, and nothing below imports it.
 */
export { vipSettingsInTx, type VipSettings } from './vip.settings.js';
export { VIP_STATUS_CHANGED, type VipStatusChangedPayload } from './vip.events.js';
/** Redemption, adjustments, high-value checks and monthly rewards (the rewards part). */
export { redeemVipPoints, type RedemptionRow, type RedemptionOutcome } from './vip.redemption.js';
export { adjustVipPoints, type AdjustmentRow, type AdjustmentOutcome } from './vip.adjustments.js';
export { recordVipCheck, decideVipCheck, checksApprovedInTx, CHECK_KINDS, type CheckKind, type CheckRow } from './vip.checks.js';
export { grantMonthlyRewards, periodOf, type RewardCounts, type RewardRow } from './vip.rewards.js';
export { vipMonthlyRewardsJob, grantAllMonthlyRewards } from './vip.rewards.jobs.js';
