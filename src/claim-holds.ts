/**
 * Reasons to hold a player's bonus claim for RISK review, registered by the modules that know
 * them (risk: the player's account is linked to another one). The bonus engine stands below
 * those modules and never imports them: the composition root (src/modules.ts) registers the
 * holds, the bonus engine asks them in the claim's transaction. A hold answers the reason (kept
 * on the grant as its review reason) or null; it never refuses the claim.
 */
import type { Context, TenantTx } from './context.js';

export type ClaimHold = (ctx: Context, tx: TenantTx, playerId: string) => Promise<string | null>;

const holds: ClaimHold[] = [];

/** Called once per hold at the composition root. */
export function registerClaimHold(hold: ClaimHold): void {
  if (!holds.includes(hold)) holds.push(hold);
}

/** The first reason any registered hold gives to hold the player's claim, or null. */
export async function claimHoldReason(ctx: Context, tx: TenantTx, playerId: string): Promise<string | null> {
  for (const hold of holds) {
    const reason = await hold(ctx, tx, playerId);
    if (reason) return reason;
  }
  return null;
}
