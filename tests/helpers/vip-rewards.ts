/**
 * VIP worlds for the rewards part's tests (redemption, checks, monthly rewards): until the settings
 * and tiers API exists, vip_settings, vip_tier and vip_player rows are planted by owner SQL, and
 * points are posted with the core's postPointsInTx + creditLotInTx in the tenant's context.
 */
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { tenantTx, type Context } from '../../src/context.js';
import { newId } from '../../src/ids.js';
import { creditLotInTx, lockPointsAccountInTx, postPointsInTx } from '../../modules/vip/vip.ledger.js';
import { POINT } from '../../modules/vip/vip.units.js';

export interface PlantedSettings {
  enabled?: boolean;
  /** Per currency: minor units per whole point. */
  cashRedemption?: Record<string, number>;
  bonusRedemptions?: { templateId: string; points: bigint }[];
  expiryDays?: number | null;
  minAge?: number | null;
  checkValidityDays?: number;
}

/** The tenant's vip_settings row (replaced when there is one). */
export async function plantSettings(db: pg.Client, tenantId: string, s: PlantedSettings = {}): Promise<void> {
  await db.query(
    `insert into vip_settings (tenant_id, enabled, cash_redemption, bonus_redemptions, expiry_days, min_age, check_validity_days)
     values ($1, $2, $3, $4, $5, $6, $7)
     on conflict (tenant_id) do update set enabled = excluded.enabled, cash_redemption = excluded.cash_redemption, bonus_redemptions = excluded.bonus_redemptions,
       expiry_days = excluded.expiry_days, min_age = excluded.min_age, check_validity_days = excluded.check_validity_days, version = vip_settings.version + 1`,
    [
      tenantId,
      s.enabled ?? true,
      JSON.stringify(Object.fromEntries(Object.entries(s.cashRedemption ?? {}).map(([c, r]) => [c, String(r)]))),
      JSON.stringify((s.bonusRedemptions ?? []).map((b) => ({ templateId: b.templateId, points: b.points.toString() }))),
      s.expiryDays ?? null,
      s.minAge ?? null,
      s.checkValidityDays ?? 365,
    ],
  );
}

/** A tier of the tenant; its id. */
export async function plantTier(db: pg.Client, tenantId: string, t: { rank: number; threshold?: bigint; highValue?: boolean; monthlyTemplateId?: string | null; key?: string; name?: string }): Promise<string> {
  const id = newId();
  const key = t.key ?? `tier-${randomUUID().slice(0, 8)}`;
  await db.query(
    `insert into vip_tier (id, tenant_id, key, name, rank, threshold, high_value, monthly_reward_template_id) values ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [id, tenantId, key, t.name ?? `Tier ${key}`, t.rank, (t.threshold ?? 0n).toString(), t.highValue ?? false, t.monthlyTemplateId ?? null],
  );
  return id;
}

/** The player's vip_player row at the tier (or moved to it). */
export async function plantVipPlayer(db: pg.Client, tenantId: string, playerId: string, tierId: string | null, heldTierId: string | null = null): Promise<void> {
  await db.query(
    `insert into vip_player (tenant_id, player_id, tier_id, held_tier_id) values ($1, $2, $3, $4)
     on conflict (tenant_id, player_id) do update set tier_id = excluded.tier_id, held_tier_id = excluded.held_tier_id`,
    [tenantId, playerId, tierId, heldTierId],
  );
}

/** Earned points posted for the player on `day` (YYYY-MM-DD): a VIP_EARN posting and its lot. */
export async function givePoints(ctx: Context, playerId: string, whole: number, day: string): Promise<void> {
  const points = BigInt(whole) * POINT;
  await tenantTx(ctx, async (tx) => {
    const before = await lockPointsAccountInTx(tx, playerId);
    await postPointsInTx(tx, ctx.services.config.walletHouseStripes, {
      key: `test-earn:${randomUUID()}`,
      code: 'VIP_EARN',
      playerId,
      points,
      reference: null,
      metadata: { test: true },
      createdBy: 'TEST',
    });
    await creditLotInTx(tx, { playerId, day, points, balanceBefore: before, earned: true, expiryDays: null });
  });
}

/** The player's points balance (hundredths) and lots (day → remaining), as the owner reads them. */
export async function pointsOf(db: pg.Client, tenantId: string, playerId: string): Promise<{ balance: bigint; lots: Record<string, bigint> }> {
  const { rows: [account] } = await db.query<{ balance: string }>(
    `select balance::text from ledger_account where tenant_id = $1 and owner_type = 'PLAYER' and owner_id = $2 and kind = 'POINTS' and stripe = 0`,
    [tenantId, playerId],
  );
  const { rows: lots } = await db.query<{ day: string; remaining: string }>(
    `select to_char(earned_on, 'YYYY-MM-DD') as day, remaining::text from vip_point_lot where tenant_id = $1 and player_id = $2 order by earned_on`,
    [tenantId, playerId],
  );
  return { balance: BigInt(account?.balance ?? '0'), lots: Object.fromEntries(lots.map((l) => [l.day, BigInt(l.remaining)])) };
}

/** The player's CASH balance in a currency (minor units). */
export async function cashOf(db: pg.Client, tenantId: string, playerId: string, currency = 'EUR'): Promise<bigint> {
  const { rows: [row] } = await db.query<{ balance: string }>(
    `select coalesce(sum(balance), 0)::text as balance from ledger_account where tenant_id = $1 and owner_type = 'PLAYER' and owner_id = $2 and kind = 'CASH' and currency = $3`,
    [tenantId, playerId, currency],
  );
  return BigInt(row!.balance);
}

/** Rows of a VIP table of a player (to show a refusal left nothing behind). */
export async function countRows(db: pg.Client, table: 'vip_redemption' | 'vip_adjustment' | 'vip_check' | 'vip_reward' | 'bonus_grant', tenantId: string, playerId: string): Promise<number> {
  const { rows: [row] } = await db.query<{ n: number }>(`select count(*)::int as n from ${table} where tenant_id = $1 and player_id = $2`, [tenantId, playerId]);
  return row!.n;
}

/** The player's outbox events on `vip:<player>`, in order. */
export async function vipEvents(db: pg.Client, playerId: string): Promise<{ type: string; payload: Record<string, unknown> }[]> {
  const { rows } = await db.query<{ type: string; payload: Record<string, unknown> }>(`select type, payload from outbox_event where stream = $1 order by position`, [`vip:${playerId}`]);
  return rows;
}
