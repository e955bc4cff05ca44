import type { TenantTx } from '../../src/context.js';
import { birthDatesOf, blockedPlayersOf } from '../identity/index.js';
import { marketingRefusalsOf } from '../responsible-gambling/index.js';

/**
 * Why a player gets no VIP rewards now (docs/vip.md "Safer gambling"): self-excluded, timed out,
 * blocked or closed, flagged for responsible gambling, or (when the tenant sets a minimum VIP age)
 * younger than it or of unknown birth date. Points still accrue; rewards (redemptions, monthly
 * rewards) wait. An under-age player is also kept at the lowest tier.
 */
export const SUPPRESSION_REASONS = ['SELF_EXCLUDED', 'TIMED_OUT', 'BLOCKED', 'RG_FLAGGED', 'UNDER_MIN_AGE'] as const;
export type VipSuppressionReason = (typeof SUPPRESSION_REASONS)[number];

/** Whole years from `born` (YYYY-MM-DD) to `at` (UTC). */
export function ageOn(born: string, at: Date): number {
  const [y, m, d] = born.split('-').map(Number) as [number, number, number];
  const years = at.getUTCFullYear() - y;
  const beforeBirthday = at.getUTCMonth() + 1 < m || (at.getUTCMonth() + 1 === m && at.getUTCDate() < d);
  return beforeBirthday ? years - 1 : years;
}

/** The players of `playerIds` under the tenant's minimum VIP age (unknown birth dates included). */
export async function underMinAgeOf(tx: TenantTx, playerIds: readonly string[], minAge: number | null, at: Date = new Date()): Promise<Set<string>> {
  if (minAge === null || playerIds.length === 0) return new Set();
  const born = await birthDatesOf(tx.em, tx.tenantId, playerIds);
  return new Set(playerIds.filter((id) => !born.has(id) || ageOn(born.get(id)!, at) < minAge));
}

/** The suppressed players among `playerIds`, each with the first reason that applies. */
export async function vipSuppressionsOf(tx: TenantTx, playerIds: readonly string[], minAge: number | null, at: Date = new Date()): Promise<Map<string, VipSuppressionReason>> {
  const suppressed = new Map<string, VipSuppressionReason>();
  if (playerIds.length === 0) return suppressed;
  // One connection: one query after another.
  const refusals = await marketingRefusalsOf(tx, playerIds);
  const blocked = await blockedPlayersOf(tx.em, tx.tenantId, playerIds);
  const young = await underMinAgeOf(tx, playerIds, minAge, at);
  for (const id of playerIds) {
    const refusal = refusals.get(id);
    if (refusal === 'SELF_EXCLUDED') suppressed.set(id, 'SELF_EXCLUDED');
    else if (refusal === 'TIME_OUT') suppressed.set(id, 'TIMED_OUT');
    else if (blocked.has(id)) suppressed.set(id, 'BLOCKED');
    else if (refusal === 'RG_FLAGGED') suppressed.set(id, 'RG_FLAGGED');
    else if (young.has(id)) suppressed.set(id, 'UNDER_MIN_AGE');
  }
  return suppressed;
}
