/**
 * The rake split of a hand as its POKER_RAKE ledger transaction records it (`metadata.rakeShares`:
 * player id -> minor units as a decimal string; docs/poker.md). Readers of the ledger feed (VIP
 * accrual, KPI roll-ups) use this one parser; a malformed share is left out.
 */
export function rakeSharesOf(metadata: Record<string, unknown>): Record<string, bigint> {
  const shares = metadata.rakeShares;
  if (!shares || typeof shares !== 'object') return {};
  const out: Record<string, bigint> = {};
  for (const [playerId, share] of Object.entries(shares as Record<string, unknown>)) {
    if (typeof share === 'string' && /^[0-9]+$/.test(share)) out[playerId] = BigInt(share);
  }
  return out;
}
