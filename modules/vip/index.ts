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
export { reviewTenantTiers, vipStatusInTx, recordStatusChangeInTx, CHECK_KINDS, type CheckKind, type ReviewCounts, type VipStatusView } from './vip.status.js';
export { tiersInTx, tiersByIdsInTx, type TierRow } from './vip.tiers.js';
