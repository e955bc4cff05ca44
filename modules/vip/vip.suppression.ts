import type { TenantTx } from '../../src/context.js';

/**
 * Why a player gets no VIP rewards now (docs/vip.md "Safer gambling"): self-excluded, timed out,
 * blocked or closed, flagged for responsible gambling, or below the tenant's minimum VIP age.
 * Points still accrue; rewards (redemptions, monthly rewards) wait.
 */
export const SUPPRESSION_REASONS = ['SELF_EXCLUDED', 'TIMED_OUT', 'BLOCKED', 'RG_FLAGGED', 'UNDER_MIN_AGE'] as const;
export type VipSuppressionReason = (typeof SUPPRESSION_REASONS)[number];

/** The players among `playerIds` who are suppressed, each with the first reason. Filled in by the tiers half. */
export async function vipSuppressionsOf(tx: TenantTx, playerIds: readonly string[]): Promise<Map<string, VipSuppressionReason>> {
  void tx;
  void playerIds;
  return new Map();
}
