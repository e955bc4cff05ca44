/**
 * Monthly VIP rewards (issue #18, docs/vip.md "Monthly rewards"): granted once per player and UTC
 * month through the bonus engine, in the currency the player last played in; a suppressed
 * player's reward waits and is granted by a later run once the suppression lifts; a refusal of
 * the bonus engine is recorded as FAILED without stopping the others.
 */
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tenantTx, type Context } from '../../src/context.js';
import { newId } from '../../src/ids.js';
import { postTransferInTx, requestHash } from '../../modules/wallet/index.js';
import { grantMonthlyRewards } from '../../modules/vip/vip.rewards.js';
import { startServer, type TestServer } from '../helpers/server.js';
import { ownerDb } from '../helpers/payments.js';
import { templateBySql } from '../helpers/bonus-fixtures.js';
import { globalId, localId, newPlayer, newTenant, platformAdmin, tenantContext, type TestTenant } from '../helpers/world.js';
import { plantSettings, plantTier, plantVipPlayer } from '../helpers/vip-rewards.js';

let server: TestServer;
let tenant: TestTenant;
let tenantId: string;
let ctx: Context;
let db: pg.Client;
let silver: string;
let broken: string;
let brokenTemplate: string;

const DECEMBER = new Date('2026-12-15T12:00:00Z');
const JANUARY = new Date('2027-01-02T00:00:00Z');

beforeAll(async () => {
  server = await startServer();
  const platform = (await platformAdmin(server)).sdk;
  tenant = await newTenant(server, platform);
  tenantId = localId(tenant.id);
  ctx = await tenantContext(server, tenant);
  db = await ownerDb();
  await plantSettings(db, tenantId, {});
  const monthly = await templateBySql(ctx, { kind: 'NO_DEPOSIT', currencies: { EUR: { amount: '1000' }, USD: { amount: '1100' } }, wagering: { multiplier: 5 }, validityHours: 72 });
  brokenTemplate = await templateBySql(ctx, { kind: 'NO_DEPOSIT', currencies: { EUR: { amount: '2000' } }, wagering: { multiplier: 5 }, validityHours: 72 });
  silver = await plantTier(db, tenantId, { rank: 1, monthlyTemplateId: monthly, key: 'silver' });
  broken = await plantTier(db, tenantId, { rank: 2, monthlyTemplateId: brokenTemplate, key: 'broken' });
  // A tier without a monthly reward: its players get nothing.
  await plantTier(db, tenantId, { rank: 0, key: 'bronze' });
}, 60_000);

afterAll(async () => {
  await db?.end();
  await server?.close();
});

async function player(tierId: string | null) {
  const p = await newPlayer(server, tenant);
  const id = localId(p.player.id);
  await plantVipPlayer(db, tenantId, id, tierId);
  return { id, sdk: p.sdk };
}

async function rewardsOf(playerId: string) {
  const { rows } = await db.query<{ period: string; status: string; waiting_reason: string | null; grant_id: string | null; failure: string | null; currency: string | null }>(
    `select r.period, r.status, r.waiting_reason, r.grant_id, r.failure, g.currency::text
     from vip_reward r left join bonus_grant g on g.id = r.grant_id
     where r.tenant_id = $1 and r.player_id = $2 order by r.period`,
    [tenantId, playerId],
  );
  return rows;
}

/** Cash paid to the player in a currency (their last play in it, for the reward's currency). */
async function pay(playerId: string, currency: string, amount: bigint) {
  const transfer = {
    from: { ownerType: 'HOUSE' as const, currency, kind: 'CASH' as const },
    to: { ownerType: 'PLAYER' as const, ownerId: playerId, currency, kind: 'CASH' as const },
    amount: amount.toString(),
  };
  const key = `test-pay:${randomUUID()}`;
  await tenantTx(ctx, (tx) =>
    postTransferInTx(tx, ctx.services.config.walletHouseStripes, ctx.tenant!.currencies, {
      key, hash: requestHash('transfer', { key, transfer }), code: 'DEPOSIT', reference: null, metadata: {}, createdBy: 'TEST',
      transactionId: newId(), entryIds: [newId(), newId()], transfers: [transfer],
    }),
  );
}

describe('grantMonthlyRewards', () => {
  it('grants once per month, waits while suppressed, grants once the suppression lifts, records failures', async () => {
    const plain = await player(silver);
    const usd = await player(silver);
    await pay(usd.id, 'EUR', 100n);
    await pay(usd.id, 'USD', 100n);
    const blocked = await player(silver);
    await db.query(`update player set status = 'BLOCKED' where id = $1`, [blocked.id]);
    const failing = await player(broken);
    await db.query(`update bonus_template set status = 'ARCHIVED' where id = $1`, [brokenTemplate]);
    const bronze = await player(null);

    const first = await grantMonthlyRewards(server.platform.services, tenantId, DECEMBER);
    expect(first).toEqual({ granted: 2, waiting: 1, failed: 1 });
    expect(await rewardsOf(plain.id)).toMatchObject([{ period: '2026-12', status: 'GRANTED', currency: 'EUR' }]);
    // The currency of the player's latest CASH entry that the template has terms in.
    expect(await rewardsOf(usd.id)).toMatchObject([{ period: '2026-12', status: 'GRANTED', currency: 'USD' }]);
    expect(await rewardsOf(blocked.id)).toMatchObject([{ period: '2026-12', status: 'WAITING', waiting_reason: 'BLOCKED', grant_id: null }]);
    expect(await rewardsOf(failing.id)).toMatchObject([{ period: '2026-12', status: 'FAILED', grant_id: null }]);
    expect((await rewardsOf(failing.id))[0]!.failure).toMatch(/^BONUS_TEMPLATE_ARCHIVED/);
    expect(await rewardsOf(bronze.id)).toEqual([]);
    const { rows: [plainGrant] } = await db.query(`select idempotency_key, granted_by from bonus_grant where id = $1`, [(await rewardsOf(plain.id))[0]!.grant_id]);
    expect(plainGrant).toEqual({ idempotency_key: `vip-monthly:${plain.id}:2026-12`, granted_by: 'JOB:vip-monthly-rewards' });

    // Again in the same month: nothing new; the blocked player still waits.
    expect(await grantMonthlyRewards(server.platform.services, tenantId, DECEMBER)).toEqual({ granted: 0, waiting: 1, failed: 0 });
    const { rows: [grants] } = await db.query(`select count(*)::int as n from bonus_grant where tenant_id = $1 and player_id = any($2::uuid[])`, [tenantId, [plain.id, usd.id, blocked.id, failing.id]]);
    expect(grants.n).toBe(2);

    // The suppression lifts: the waiting reward is granted by the next run, for its own month.
    await db.query(`update player set status = 'ACTIVE' where id = $1`, [blocked.id]);
    expect(await grantMonthlyRewards(server.platform.services, tenantId, DECEMBER)).toEqual({ granted: 1, waiting: 0, failed: 0 });
    expect(await rewardsOf(blocked.id)).toMatchObject([{ period: '2026-12', status: 'GRANTED', waiting_reason: null, currency: 'EUR' }]);

    // A new month: everyone with a reward tier again (the failing template still refuses).
    expect(await grantMonthlyRewards(server.platform.services, tenantId, JANUARY)).toEqual({ granted: 3, waiting: 0, failed: 1 });
    expect((await rewardsOf(plain.id)).map((r) => [r.period, r.status])).toEqual([['2026-12', 'GRANTED'], ['2027-01', 'GRANTED']]);

    // The player sees their rewards; staff see them on the player.
    const { myVipRewards } = await plain.sdk.MyVipRewards({});
    expect(myVipRewards!.nodes.map((r) => [r.period, r.status])).toEqual([['2027-01', 'GRANTED'], ['2026-12', 'GRANTED']]);
    const staffView = await tenant.admin.sdk.PlayerVipRewards({ id: globalId('Player', blocked.id) });
    expect(staffView.node?.__typename === 'Player' && staffView.node.vipRewards.nodes.map((r) => r.status)).toEqual(['GRANTED', 'GRANTED']);
  });

  it('does nothing while the programme is disabled', async () => {
    const p = await player(silver);
    await plantSettings(db, tenantId, { enabled: false });
    try {
      expect(await grantMonthlyRewards(server.platform.services, tenantId, new Date('2027-02-01T00:00:00Z'))).toEqual({ granted: 0, waiting: 0, failed: 0 });
    } finally {
      await plantSettings(db, tenantId, {});
    }
    expect(await rewardsOf(p.id)).toEqual([]);
  });
});
