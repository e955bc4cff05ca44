/**
 * A player's verification level (docs/risk.md "KYC"): the highest level of a PASSED verification
 * that has not expired. BASIC and FULL do not expire; ENHANCED lasts ENHANCED_VALID_DAYS (the
 * yearly re-check of enhanced due diligence), after which it counts as FULL (its document and
 * face checks stand; the screening and proof of address are what go stale).
 */
import type { TenantTx } from '../../src/context.js';
import { VERIFICATION_LEVELS, type VerificationLevel } from '../../src/player-gates.js';

export const ENHANCED_VALID_DAYS = 365;

export const rankOf = (level: VerificationLevel): number => VERIFICATION_LEVELS.indexOf(level);
export const higher = (a: VerificationLevel, b: VerificationLevel): VerificationLevel => (rankOf(a) >= rankOf(b) ? a : b);

/** What a passed verification of `level` that expires at `expiresAt` is worth at `now`. */
export function effectiveLevel(level: VerificationLevel, expiresAt: Date | null, now = new Date()): VerificationLevel {
  if (!expiresAt || expiresAt > now) return level;
  return level === 'ENHANCED' ? 'FULL' : 'NONE';
}

/** The player's level now, in the caller's transaction. */
export async function currentLevelInTx(tx: TenantTx, playerId: string): Promise<VerificationLevel> {
  const rows = await tx.em.execute<{ level: VerificationLevel; expires_at: Date | null }[]>(
    `select level, expires_at from kyc_verification where tenant_id = ? and player_id = ? and status = 'PASSED'`,
    [tx.tenantId, playerId],
  );
  let level: VerificationLevel = 'NONE';
  for (const row of rows) level = higher(level, effectiveLevel(row.level, row.expires_at ? new Date(row.expires_at) : null));
  return level;
}

/** Whether the tenant has an enabled KYC provider: without one no player can verify, so no rule applies. */
export async function kycEnabledInTx(tx: TenantTx): Promise<boolean> {
  const [row] = await tx.em.execute<{ n: number }[]>(`select count(*)::int as n from kyc_provider where tenant_id = ? and enabled`, [tx.tenantId]);
  return (row?.n ?? 0) > 0;
}
