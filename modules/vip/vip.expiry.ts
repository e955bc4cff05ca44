import { newId } from '../../src/ids.js';
import type { Services } from '../../src/context.js';
import { systemContext, tenantTxFor } from '../../src/context.js';
import { lockPointsAccountInTx, postPointsInTx } from './vip.ledger.js';

/**
 * Expiry (docs/vip.md "Expiry"): a lot (a player's points of one UTC day) expires `expiryDays`
 * after its day, so the oldest points always go first. What is left of each due lot is posted
 * back to the house (VIP_EXPIRE, one posting per player and lot day) and the lot keeps what
 * expired. A debt (a negative balance) has no lots and never expires. Each player is one
 * transaction: the POINTS account's lock first, then the lots (the lock order of every path).
 */
export interface ExpiryCounts {
  players: number;
  /** Hundredths of points expired. */
  points: bigint;
}

const CREATED_BY = 'SYSTEM:vip-points-expiry';

export async function expireTenantPoints(services: Services, tenantId: string, asOf: Date = new Date()): Promise<ExpiryCounts> {
  const counts: ExpiryCounts = { players: 0, points: 0n };
  const tenant = await services.tenants.byId(services, tenantId);
  if (!tenant) return counts;
  const ctx = systemContext(services, tenant);
  const due = await tenantTxFor(ctx, tenantId, (tx) =>
    tx.em.execute<{ player_id: string }[]>(
      `select distinct player_id from vip_point_lot where tenant_id = ? and expires_at <= ? and remaining > 0 order by player_id limit 10000`,
      [tenantId, asOf.toISOString()],
    ),
  );
  for (const { player_id: playerId } of due) {
    const expired = await tenantTxFor(ctx, tenantId, async (tx) => {
      await lockPointsAccountInTx(tx, playerId);
      const lots = await tx.em.execute<{ earned_on: string; remaining: string; expired: string }[]>(
        `select to_char(earned_on, 'YYYY-MM-DD') as earned_on, remaining::text, expired::text from vip_point_lot
         where tenant_id = ? and player_id = ? and expires_at <= ? and remaining > 0
         order by earned_on for update`,
        [tenantId, playerId, asOf.toISOString()],
      );
      let total = 0n;
      for (const lot of lots) {
        const points = BigInt(lot.remaining);
        await postPointsInTx(tx, services.config.walletHouseStripes, {
          // A key of its own: the lot emptied in this transaction is what keeps a rerun from expiring it twice
          // (a lot can expire more than once: a late bet of its day can refill it).
          key: `vip:expire:${playerId}:${lot.earned_on}:${newId()}`,
          code: 'VIP_EXPIRE',
          playerId,
          points: -points,
          reference: null,
          metadata: { earnedOn: lot.earned_on },
          createdBy: CREATED_BY,
        });
        await tx.em.execute(`update vip_point_lot set remaining = 0, expired = expired + ? where tenant_id = ? and player_id = ? and earned_on = ?::date`, [
          points.toString(), tenantId, playerId, lot.earned_on,
        ]);
        total += points;
      }
      return total;
    });
    if (expired > 0n) {
      counts.players += 1;
      counts.points += expired;
    }
  }
  return counts;
}
