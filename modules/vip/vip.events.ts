import type { TenantTx } from '../../src/context.js';

/**
 * `vip.status.changed` (docs/vip.md "Events"): every tier change and every high-value check
 * recorded or decided, on the player's stream `vip:<playerId>` (numbered, so a subscriber can
 * resume). GraphQL's `vipStatusChanged` subscription carries it to the player and to staff.
 */
export const VIP_STATUS_CHANGED = 'vip.status.changed';

export const STATUS_CHANGE_KINDS = ['UPGRADE', 'DOWNGRADE', 'GRACE_STARTED', 'GRACE_ENDED', 'RETAINED', 'HELD_FOR_CHECKS', 'CHECKS_APPROVED', 'STAFF', 'CHECK_RECORDED', 'CHECK_DECIDED'] as const;
export type StatusChangeKind = (typeof STATUS_CHANGE_KINDS)[number];

export interface VipStatusChangedPayload {
  playerId: string;
  kind: StatusChangeKind;
  /** The player's tier after the change (null: none). */
  tierId: string | null;
  previousTierId: string | null;
  /** For CHECK_*: the check. */
  checkId?: string;
}

export async function announceVipStatusInTx(tx: TenantTx, payload: VipStatusChangedPayload): Promise<void> {
  await tx.emit(`vip:${payload.playerId}`, VIP_STATUS_CHANGED, payload);
}
