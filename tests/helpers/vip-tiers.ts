import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { tenantTx } from '../../src/context.js';
import { creditLotInTx, lockPointsAccountInTx, postPointsInTx, utcDay } from '../../modules/vip/vip.ledger.js';
import { upgradeTiersInTx } from '../../modules/vip/vip.tiering.js';
import { parsePoints } from '../../modules/vip/vip.units.js';
import type { CreateVipTierInput, UpdateVipSettingsInput } from '../sdk.js';
import type { TestServer } from './server.js';
import { expectType, localId, newTenant, tenantContext, type TestTenant } from './world.js';
import type { Sdk } from './server.js';

/** The ladder most tests use: bronze (entry, 0), silver 500, gold 1000, platinum 5000 (high-value, personal manager). */
export const LADDER: CreateVipTierInput[] = [
  { key: 'bronze', name: 'Bronze', rank: 0, threshold: '0' },
  { key: 'silver', name: 'Silver', rank: 1, threshold: '500', pointRate: 12_500 },
  { key: 'gold', name: 'Gold', rank: 2, threshold: '1000', pointRate: 15_000, withdrawalPriority: true, personalManager: true },
  { key: 'platinum', name: 'Platinum', rank: 3, threshold: '5000', pointRate: 20_000, withdrawalPriority: true, personalManager: true, highValue: true },
];

export interface VipTenant extends TestTenant {
  /** Tier global IDs by key. */
  tiers: Record<string, string>;
}

/** A fresh tenant with a VIP programme (settings as given) and the ladder. */
export async function vipTenant(server: TestServer, platform: Sdk, settings: UpdateVipSettingsInput = {}, ladder: CreateVipTierInput[] = LADDER): Promise<VipTenant> {
  const tenant = await newTenant(server, platform);
  const { updateVipSettings } = await tenant.admin.sdk.UpdateVipSettings({ input: { earnRates: [{ currency: 'EUR', perPoint: '100' }], ...settings } });
  expectType(updateVipSettings, 'UpdateVipSettingsPayload');
  const tiers: Record<string, string> = {};
  for (const input of ladder) {
    const { createVipTier } = await tenant.admin.sdk.CreateVipTier({ input });
    tiers[input.key] = expectType(createVipTier, 'CreateVipTierPayload').tier.id;
  }
  return { ...tenant, tiers };
}

/**
 * Earns `points` (a decimal string) for the player on `day` (default today, UTC) the way accrual
 * does: a VIP_EARN posting, its lot, then the upgrade seam, in one transaction.
 */
export async function earnPoints(server: TestServer, tenant: { slug: string }, playerGlobalId: string, points: string, day = utcDay(new Date())): Promise<void> {
  const ctx = await tenantContext(server, tenant);
  const playerId = localId(playerGlobalId);
  const amount = parsePoints(points)!;
  await tenantTx(ctx, async (tx) => {
    const balanceBefore = await lockPointsAccountInTx(tx, playerId);
    await postPointsInTx(tx, server.platform.services.config.walletHouseStripes, {
      key: `test-earn-${randomUUID()}`,
      code: 'VIP_EARN',
      playerId,
      points: amount,
      reference: null,
      metadata: { test: true },
      createdBy: 'SYSTEM',
    });
    await creditLotInTx(tx, { playerId, day, points: amount, balanceBefore, earned: true, expiryDays: null });
    await upgradeTiersInTx(ctx, tx, [playerId]);
  });
}

/** Runs the upgrade seam alone for the players (as a check's approval does). */
export async function upgradeNow(server: TestServer, tenant: { slug: string }, playerGlobalIds: string[]): Promise<void> {
  const ctx = await tenantContext(server, tenant);
  await tenantTx(ctx, (tx) => upgradeTiersInTx(ctx, tx, playerGlobalIds.map(localId)));
}

/**
 * Moves the tenant's VIP time back by `days` (as if that many days passed): lot days and expiries,
 * tier_since, review_at and grace_until. Lots move oldest first, so no two days of a player collide.
 */
export async function shiftVipDays(owner: pg.Client, tenantId: string, days: number): Promise<void> {
  const { rows } = await owner.query<{ player_id: string; earned_on: string }>(
    `select player_id, to_char(earned_on, 'YYYY-MM-DD') as earned_on from vip_point_lot where tenant_id = $1 order by earned_on`,
    [tenantId],
  );
  for (const lot of rows) {
    await owner.query(
      `update vip_point_lot set earned_on = earned_on - $4::int, expires_at = expires_at - make_interval(days => $4::int)
       where tenant_id = $1 and player_id = $2 and earned_on = $3::date`,
      [tenantId, lot.player_id, lot.earned_on, days],
    );
  }
  await owner.query(
    `update vip_player set tier_since = tier_since - make_interval(days => $2::int), review_at = review_at - make_interval(days => $2::int),
       grace_until = grace_until - make_interval(days => $2::int)
     where tenant_id = $1`,
    [tenantId, days],
  );
}

/** Plants a decided check by owner SQL (the rewards part builds the API): APPROVED unless said otherwise, valid for `validDays`. */
export async function plantCheck(
  owner: pg.Client,
  check: { tenantId: string; playerId: string; tierId: string; kind: string; recordedBy: string; decidedBy: string; status?: string; validDays?: number },
): Promise<void> {
  await owner.query(
    `insert into vip_check (id, tenant_id, player_id, tier_id, kind, evidence, status, recorded_by, decided_by, decided_at, valid_until)
     values ($1, $2, $3, $4, $5, 'planted by a test', $6, $7, $8, now(), now() + make_interval(days => $9::int))`,
    [randomUUID(), check.tenantId, check.playerId, check.tierId, check.kind, check.status ?? 'APPROVED', check.recordedBy, check.decidedBy, check.validDays ?? 365],
  );
}

/** The player's vip_status_change reasons, oldest first (owner SQL). */
export async function changeKinds(owner: pg.Client, tenantId: string, playerGlobalId: string): Promise<string[]> {
  const { rows } = await owner.query<{ reason: string }>(`select reason from vip_status_change where tenant_id = $1 and player_id = $2 order by id`, [tenantId, localId(playerGlobalId)]);
  return rows.map((r) => r.reason);
}
