/**
 * redeemVipPoints and adjustVipPoints through GraphQL (issue #18, docs/vip.md "Redemption"):
 * cash at the tenant's rate and catalogue bonuses, the oldest lots spent first, idempotent replay
 * and conflict, every refusal leaving nothing behind, suppressed players refused, concurrent
 * redemptions never overspending; staff adjustments (not earned, below zero only when allowed).
 */
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '../../src/context.js';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { ownerDb } from '../helpers/payments.js';
import { templateBySql } from '../helpers/bonus-fixtures.js';
import { expectType, globalId, localId, newPlayer, newTenant, platformAdmin, tenantContext, type TestTenant } from '../helpers/world.js';
import { cashOf, countRows, givePoints, plantSettings, pointsOf } from '../helpers/vip-rewards.js';

let server: TestServer;
let tenant: TestTenant;
let tenantId: string;
let admin: Sdk;
let ctx: Context;
let db: pg.Client;
let catalogueBonus: string;
let otherTemplate: string;

const key = () => `k-${randomUUID()}`;

async function vipPlayer(lots: [string, number][] = []): Promise<{ id: string; sdk: Sdk }> {
  const p = await newPlayer(server, tenant);
  const id = localId(p.player.id);
  for (const [day, points] of lots) await givePoints(ctx, id, points, day);
  return { id, sdk: p.sdk };
}

beforeAll(async () => {
  server = await startServer();
  const platform = (await platformAdmin(server)).sdk;
  tenant = await newTenant(server, platform);
  tenantId = localId(tenant.id);
  admin = tenant.admin.sdk;
  ctx = await tenantContext(server, tenant);
  db = await ownerDb();
  catalogueBonus = await templateBySql(ctx, { kind: 'NO_DEPOSIT', currencies: { EUR: { amount: '500' } }, wagering: { multiplier: 1 }, validityHours: 24 });
  otherTemplate = await templateBySql(ctx, { kind: 'NO_DEPOSIT', currencies: { EUR: { amount: '900' } }, wagering: { multiplier: 1 }, validityHours: 24 });
  // 1 point = 5 cents in EUR; no cash in USD; the catalogue sells one bonus for 200 points.
  await plantSettings(db, tenantId, { cashRedemption: { EUR: 5 }, bonusRedemptions: [{ templateId: catalogueBonus, points: 20_000n }], expiryDays: 365 });
}, 60_000);

afterAll(async () => {
  await db?.end();
  await server?.close();
});

describe('redeemVipPoints', () => {
  it('pays cash at the tenant rate (rounded down), spending the oldest lots first', async () => {
    const p = await vipPlayer([['2026-10-01', 100], ['2026-11-01', 100], ['2026-12-01', 100]]);
    const { redeemVipPoints } = await p.sdk.RedeemVipPoints({ input: { points: '150.55', to: 'CASH', currency: 'EUR', idempotencyKey: key() } });
    const payload = expectType(redeemVipPoints, 'RedeemVipPointsPayload');
    expect(payload.replay).toBe(false);
    // floor(15055 hundredths × 5 / 100) = 752 cents.
    expect(payload.redemption.cash).toEqual({ amount: '752', currency: 'EUR' });
    expect(payload.redemption.points).toBe('150.55');
    expect(payload.redemption.kind).toBe('CASH');
    expect(await cashOf(db, tenantId, p.id)).toBe(752n);
    const after = await pointsOf(db, tenantId, p.id);
    expect(after.balance).toBe(30_000n - 15_055n);
    expect(after.lots).toEqual({ '2026-10-01': 0n, '2026-11-01': 10_000n - 5_055n, '2026-12-01': 10_000n });
    const { rows } = await db.query(`select code from ledger_transaction where id = any($1::uuid[]) order by code`, [[localId(payload.redemption.pointsTransaction!.id), localId(payload.redemption.cashTransaction!.id)]]);
    expect(rows.map((r) => r.code)).toEqual(['VIP_REDEEM', 'VIP_REDEMPTION']);

    const { myVipRedemptions } = await p.sdk.MyVipRedemptions({});
    expect(myVipRedemptions!.totalCount).toBe(1);
    expect(myVipRedemptions!.nodes[0]!.id).toBe(payload.redemption.id);
    const staffView = await admin.PlayerVipRedemptions({ id: globalId('Player', p.id) });
    expect(staffView.node?.__typename === 'Player' && staffView.node.vipRedemptions.totalCount).toBe(1);
  });

  it('grants a catalogue bonus for exactly its price, through the bonus engine', async () => {
    const p = await vipPlayer([['2026-11-15', 250]]);
    const { redeemVipPoints } = await p.sdk.RedeemVipPoints({ input: { points: '200', to: 'BONUS', currency: 'EUR', bonusTemplateId: globalId('BonusTemplate', catalogueBonus), idempotencyKey: key() } });
    const payload = expectType(redeemVipPoints, 'RedeemVipPointsPayload');
    expect(payload.redemption.kind).toBe('BONUS');
    expect(payload.redemption.grant?.granted).toEqual({ amount: '500', currency: 'EUR' });
    expect(payload.redemption.cash).toBeNull();
    expect((await pointsOf(db, tenantId, p.id)).balance).toBe(5_000n);
    const { rows: [grant] } = await db.query(`select idempotency_key from bonus_grant where id = $1`, [localId(payload.redemption.grant!.id)]);
    expect(grant.idempotency_key).toMatch(/^vip-redeem:/);
  });

  it('answers a replay with the same redemption, and the same key with other content is a conflict', async () => {
    const p = await vipPlayer([['2026-11-20', 100]]);
    const k = key();
    const first = expectType((await p.sdk.RedeemVipPoints({ input: { points: '10', to: 'CASH', currency: 'EUR', idempotencyKey: k } })).redeemVipPoints, 'RedeemVipPointsPayload');
    const again = expectType((await p.sdk.RedeemVipPoints({ input: { points: '10', to: 'CASH', currency: 'EUR', idempotencyKey: k } })).redeemVipPoints, 'RedeemVipPointsPayload');
    expect(again.replay).toBe(true);
    expect(again.redemption.id).toBe(first.redemption.id);
    const other = (await p.sdk.RedeemVipPoints({ input: { points: '11', to: 'CASH', currency: 'EUR', idempotencyKey: k } })).redeemVipPoints;
    expect(other.__typename).toBe('IdempotencyConflictError');
    expect((await pointsOf(db, tenantId, p.id)).balance).toBe(9_000n);
    expect(await cashOf(db, tenantId, p.id)).toBe(50n);
    expect(await countRows(db, 'vip_redemption', tenantId, p.id)).toBe(1);
  });

  it('refuses with typed errors and leaves nothing behind', async () => {
    const p = await vipPlayer([['2026-11-21', 50]]);
    const redeem = async (input: Record<string, unknown>) =>
      (await p.sdk.RedeemVipPoints({ input: { points: '10', to: 'CASH', currency: 'EUR', idempotencyKey: key(), ...input } as never })).redeemVipPoints;

    const poor = await redeem({ points: '50.01' });
    expect(poor).toMatchObject({ __typename: 'VipInsufficientPointsError', balance: '50.00', requested: '50.01' });
    expect((await redeem({ points: '0' })).__typename).toBe('ValidationError');
    expect((await redeem({ points: '1.234' })).__typename).toBe('ValidationError');
    expect((await redeem({ points: '-5' })).__typename).toBe('ValidationError');
    expect(await redeem({ currency: 'USD' })).toMatchObject({ __typename: 'VipRedemptionUnavailableError', unavailable: 'NO_CASH_RATE', currency: 'USD' });
    // 0.19 points × 5 cents = 0.95 cents: rounds to nothing.
    expect((await redeem({ points: '0.19' })).__typename).toBe('VipRedemptionTooSmallError');
    expect(await redeem({ to: 'BONUS', points: '50', bonusTemplateId: globalId('BonusTemplate', otherTemplate) })).toMatchObject({ __typename: 'VipRedemptionUnavailableError', unavailable: 'NOT_IN_CATALOGUE' });
    expect(await redeem({ to: 'BONUS', points: '20', bonusTemplateId: globalId('BonusTemplate', catalogueBonus) })).toMatchObject({ __typename: 'VipRedemptionPriceMismatchError', cost: '200.00' });

    const after = await pointsOf(db, tenantId, p.id);
    expect(after.balance).toBe(5_000n);
    expect(after.lots).toEqual({ '2026-11-21': 5_000n });
    expect(await countRows(db, 'vip_redemption', tenantId, p.id)).toBe(0);
    expect(await cashOf(db, tenantId, p.id)).toBe(0n);
  });

  it('aborts the whole redemption when the bonus engine refuses the grant', async () => {
    const p = await vipPlayer([['2026-11-24', 300]]);
    // The catalogue's bonus has terms in EUR only: in USD the bonus engine refuses it, after the points were posted.
    const { redeemVipPoints } = await p.sdk.RedeemVipPoints({ input: { points: '200', to: 'BONUS', currency: 'USD', bonusTemplateId: globalId('BonusTemplate', catalogueBonus), idempotencyKey: key() } });
    expect(redeemVipPoints.__typename).toBe('BonusNotEligibleError');
    expect(await pointsOf(db, tenantId, p.id)).toEqual({ balance: 30_000n, lots: { '2026-11-24': 30_000n } });
    expect(await countRows(db, 'vip_redemption', tenantId, p.id)).toBe(0);
    expect(await countRows(db, 'bonus_grant', tenantId, p.id)).toBe(0);
  });

  it('refuses a self-excluded player (their points stay) and leaves nothing behind', async () => {
    const p = await vipPlayer([['2026-11-22', 100]]);
    expectType((await p.sdk.SelfExclude({ months: 6 })).selfExclude, 'SelfExcludePayload');
    const { redeemVipPoints } = await p.sdk.RedeemVipPoints({ input: { points: '10', to: 'CASH', currency: 'EUR', idempotencyKey: key() } });
    expect(redeemVipPoints).toMatchObject({ __typename: 'VipRewardsSuppressedError', suppressedReason: 'SELF_EXCLUDED' });
    expect((await pointsOf(db, tenantId, p.id)).balance).toBe(10_000n);
    expect(await countRows(db, 'vip_redemption', tenantId, p.id)).toBe(0);
    expect(await cashOf(db, tenantId, p.id)).toBe(0n);
    const { rows } = await db.query(`select count(*)::int as n from ledger_transaction where tenant_id = $1 and code in ('VIP_REDEEM', 'VIP_REDEMPTION') and metadata->>'redemption' is not null and created_by = $2`, [tenantId, `PLAYER:${p.id}`]);
    expect(rows[0].n).toBe(0);
  });

  it('never overspends: 10 concurrent redemptions against a balance for 3', async () => {
    const p = await vipPlayer([['2026-11-01', 15], ['2026-11-02', 15]]);
    const results = await Promise.all(
      Array.from({ length: 10 }, () => p.sdk.RedeemVipPoints({ input: { points: '10', to: 'CASH', currency: 'EUR', idempotencyKey: key() } }).then((r) => r.redeemVipPoints.__typename)),
    );
    expect(results.filter((t) => t === 'RedeemVipPointsPayload')).toHaveLength(3);
    expect(results.filter((t) => t === 'VipInsufficientPointsError')).toHaveLength(7);
    const after = await pointsOf(db, tenantId, p.id);
    expect(after.balance).toBe(0n);
    expect(after.lots).toEqual({ '2026-11-01': 0n, '2026-11-02': 0n });
    expect(await cashOf(db, tenantId, p.id)).toBe(150n);
    expect(await countRows(db, 'vip_redemption', tenantId, p.id)).toBe(3);
  });

  it('refuses every redemption while the programme is disabled', async () => {
    const p = await vipPlayer([['2026-11-23', 100]]);
    await plantSettings(db, tenantId, { enabled: false, cashRedemption: { EUR: 5 }, bonusRedemptions: [{ templateId: catalogueBonus, points: 20_000n }], expiryDays: 365 });
    try {
      const { redeemVipPoints } = await p.sdk.RedeemVipPoints({ input: { points: '10', to: 'CASH', currency: 'EUR', idempotencyKey: key() } });
      expect(redeemVipPoints.__typename).toBe('VipProgrammeOffError');
    } finally {
      await plantSettings(db, tenantId, { cashRedemption: { EUR: 5 }, bonusRedemptions: [{ templateId: catalogueBonus, points: 20_000n }], expiryDays: 365 });
    }
    expect(await countRows(db, 'vip_redemption', tenantId, p.id)).toBe(0);
  });
});

describe('adjustVipPoints', () => {
  it('credits a lot that does not count towards tiers, audited, idempotent', async () => {
    const p = await vipPlayer();
    const k = key();
    const input = { playerId: globalId('Player', p.id), points: '25.50', reason: 'goodwill after an outage', idempotencyKey: k };
    const { adjustVipPoints } = await admin.AdjustVipPoints({ input });
    const payload = expectType(adjustVipPoints, 'AdjustVipPointsPayload');
    expect(payload).toMatchObject({ replay: false, balance: '25.50', adjustment: { points: '25.50', reason: 'goodwill after an outage' } });
    const { rows: lots } = await db.query(`select earned::text, remaining::text from vip_point_lot where tenant_id = $1 and player_id = $2`, [tenantId, p.id]);
    expect(lots).toEqual([{ earned: '0', remaining: '2550' }]);
    const again = expectType((await admin.AdjustVipPoints({ input })).adjustVipPoints, 'AdjustVipPointsPayload');
    expect(again).toMatchObject({ replay: true, adjustment: { id: payload.adjustment.id } });
    expect((await admin.AdjustVipPoints({ input: { ...input, points: '26' } })).adjustVipPoints.__typename).toBe('IdempotencyConflictError');
    const { rows: audits } = await db.query(`select action, target_type, target_id from audit_event where tenant_id = $1 and action = 'vip.points.adjust' and target_id = $2`, [tenantId, p.id]);
    expect(audits).toHaveLength(1);
  });

  it('debits oldest first, and goes below zero only with allowNegative', async () => {
    const p = await vipPlayer([['2026-10-10', 10], ['2026-10-20', 10]]);
    const adjust = (points: string, allowNegative?: boolean) =>
      admin.AdjustVipPoints({ input: { playerId: globalId('Player', p.id), points, reason: 'correction', idempotencyKey: key(), allowNegative } }).then((r) => r.adjustVipPoints);
    expectType(await adjust('-15'), 'AdjustVipPointsPayload');
    expect((await pointsOf(db, tenantId, p.id)).lots).toEqual({ '2026-10-10': 0n, '2026-10-20': 500n });
    expect(await adjust('-6')).toMatchObject({ __typename: 'VipAdjustmentBelowZeroError', belowZeroBalance: '5.00', belowZeroRequested: '6.00' });
    expect((await pointsOf(db, tenantId, p.id)).balance).toBe(500n);
    expect(await adjust('-6', true)).toMatchObject({ __typename: 'AdjustVipPointsPayload', balance: '-1.00' });
    expect(await pointsOf(db, tenantId, p.id)).toMatchObject({ balance: -100n, lots: { '2026-10-10': 0n, '2026-10-20': 0n } });
    expect((await adjust('0')).__typename).toBe('ValidationError');
  });

  it('is for staff with vip:manage only', async () => {
    const p = await vipPlayer();
    await expect(p.sdk.AdjustVipPoints({ input: { playerId: globalId('Player', p.id), points: '5', reason: 'me', idempotencyKey: key() } })).rejects.toThrow(/FORBIDDEN|Forbidden/);
  });
});
