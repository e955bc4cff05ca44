import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { print } from 'graphql';
import type pg from 'pg';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { expectType, globalId, localId, newPlayer, newStaff, newTenant, platformAdmin, tenantContext } from '../helpers/world.js';
import { ownerDb } from '../helpers/payments.js';
import { collect, settle } from '../helpers/subscriptions.js';
import { changeKinds, earnPoints, plantCheck, shiftVipDays, upgradeNow, vipTenant, type VipTenant } from '../helpers/vip-tiers.js';
import { reviewTenantTiers } from '../../modules/vip/vip.status.js';
import { VipStatusChangedDocument, type VipStatusChangedSubscription } from '../sdk.js';
import { offer, rewardTemplate } from '../helpers/offers.js';

/**
 * VIP status (issue #18, docs/vip.md "Status"): upgrades at once, holds below high-value tiers
 * until the checks are approved, the minimum age, reviews (retain, grace, downgrade by policy),
 * the window's roll, the explanation, the manager and the vipStatusChanged event. Time moves by
 * shifting the tenant's VIP dates back (owner SQL) and by the review's `asOf`.
 */
let server: TestServer;
let platform: Sdk;
let owner: pg.Client;

beforeAll(async () => {
  server = await startServer();
  platform = (await platformAdmin(server)).sdk;
  owner = await ownerDb();
});
afterAll(async () => {
  await owner?.end();
  await server?.close();
});

const DAY = 86_400_000;
const today = () => new Date().toISOString().slice(0, 10);
const dayPlus = (days: number, from = today()) => new Date(Date.parse(`${from}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
const review = (tenant: VipTenant, asOf?: Date) => reviewTenantTiers(server.platform.services, localId(tenant.id), asOf);

async function status(sdk: Sdk) {
  const { myVipStatus } = await sdk.MyVipStatus();
  return myVipStatus!;
}
async function staffStatus(tenant: VipTenant, playerId: string) {
  const { player } = await tenant.admin.sdk.PlayerVipStatus({ id: playerId });
  return player!.vipStatus;
}

describe('without a programme or tiers', () => {
  it('says NO_PROGRAMME, then NO_TIERS', async () => {
    const tenant = await newTenant(server, platform);
    const player = await newPlayer(server, tenant);
    expect((await status(player.sdk)).reasons).toEqual([{ code: 'NO_PROGRAMME', message: 'This casino has no VIP programme.' }]);
    await tenant.admin.sdk.UpdateVipSettings({ input: {} });
    const s = await status(player.sdk);
    expect(s.reasons.map((r) => r.code)).toEqual(['NO_TIERS']);
    expect(s.tier).toBeNull();
  });
});

describe('upgrades at once, explained', () => {
  let tenant: VipTenant;
  beforeAll(async () => {
    tenant = await vipTenant(server, platform);
  });

  it('points in the window move the player up at once, past tiers in between; vipStatus says why with the numbers', async () => {
    const p = await newPlayer(server, tenant);
    await earnPoints(server, tenant, p.player.id, '600');
    let s = await status(p.sdk);
    expect(s).toMatchObject({
      tier: { key: 'silver' }, earnedTier: { key: 'silver' }, pointsInWindow: '600.00', windowDays: 90, nextTier: { key: 'gold' }, pointsToNextTier: '400.00',
      heldTier: null, graceUntil: null, suppressed: null, benefits: { pointRate: 12_500, personalManager: false }, manager: null,
    });
    expect(s.reasons).toEqual([{ code: 'EARNED', message: '600.00 points in the last 90 days reach Silver (threshold 500.00).' }]);
    expect(new Date(s.windowRollsAt!).toISOString()).toBe(`${dayPlus(90)}T00:00:00.000Z`);
    expect(Date.parse(s.reviewAt!) - Date.now()).toBeGreaterThan(29 * DAY);
    expect(Date.parse(s.reviewAt!) - Date.now()).toBeLessThanOrEqual(30 * DAY);

    await earnPoints(server, tenant, p.player.id, '700');
    s = await status(p.sdk);
    expect(s.tier?.key).toBe('gold');
    expect(s.reasons).toEqual([{ code: 'EARNED', message: '1,300.00 points in the last 90 days reach Gold (threshold 1,000.00).' }]);
    expect(s.history.totalCount).toBe(2);
    expect(s.history.nodes.map((c) => [c.kind, c.fromTier?.key ?? null, c.toTier?.key ?? null, c.points])).toEqual([
      ['UPGRADE', 'silver', 'gold', '1300.00'],
      ['UPGRADE', null, 'silver', '600.00'],
    ]);
    // Staff read the same, and the audit names the player.
    expect((await staffStatus(tenant, p.player.id)).tier?.key).toBe('gold');
    const { rows } = await owner.query(`select action, target_type from audit_event where tenant_id = $1 and target_id = $2 order by seq`, [localId(tenant.id), localId(p.player.id)]);
    expect(rows.filter((r) => r.target_type === 'VipPlayer').map((r) => r.action)).toEqual(['vip.tier.upgrade', 'vip.tier.upgrade']);
    // The tier is also the player's tag vip:<key> (offers and staff search select by tags), one at a time.
    expect(await vipTags(tenant, p.player.id)).toEqual(['vip:gold']);
    // Players cannot read other players' status.
    await expect(p.sdk.PlayerVipStatus({ id: p.player.id })).rejects.toThrow();
  });

  it('the window rolls when its oldest points leave it', async () => {
    const p = await newPlayer(server, tenant);
    await earnPoints(server, tenant, p.player.id, '300', dayPlus(-80));
    await earnPoints(server, tenant, p.player.id, '300', dayPlus(-10));
    const s = await status(p.sdk);
    expect(s.tier?.key).toBe('silver');
    expect(new Date(s.windowRollsAt!).toISOString()).toBe(`${dayPlus(10)}T00:00:00.000Z`);
    // Points older than the window do not count.
    await shiftVipDays(owner, localId(tenant.id), 11);
    const after = await status(p.sdk);
    expect(after.pointsInWindow).toBe('300.00');
    expect(new Date(after.windowRollsAt!).toISOString()).toBe(`${dayPlus(69)}T00:00:00.000Z`);
    expect(after.reasons).toEqual([
      { code: 'RETAINED_UNTIL_REVIEW', message: `300.00 points in the last 90 days reach Bronze, below Silver: Silver is kept until the review on ${new Date(after.reviewAt!).toISOString().slice(0, 10)}.` },
    ]);
  });

  it('vipStatusChanged: the player gets their own events, staff the tenant\'s or one player\'s', async () => {
    const p = await newPlayer(server, tenant);
    const other = await newPlayer(server, tenant);
    const mine = collect<VipStatusChangedSubscription>(server.ws({ authorization: `Bearer ${p.token}` }), print(VipStatusChangedDocument));
    const staffAll = collect<VipStatusChangedSubscription>(server.ws({ authorization: `Bearer ${tenant.admin.token}` }), print(VipStatusChangedDocument));
    const staffOne = collect<VipStatusChangedSubscription>(
      server.ws({ authorization: `Bearer ${tenant.admin.token}` }),
      print(VipStatusChangedDocument).replace('($playerId: ID)', '').replace('vipStatusChanged(playerId: $playerId)', `vipStatusChanged(playerId: "${other.player.id}")`),
    );
    await settle();
    await earnPoints(server, tenant, other.player.id, '550');
    await earnPoints(server, tenant, p.player.id, '1000');
    const [event] = await mine.waitFor(1);
    expect(event!.vipStatusChanged).toMatchObject({ kind: 'UPGRADE', player: { id: p.player.id }, tier: { key: 'gold' }, previousTier: null, seq: 1 });
    expect((await staffAll.waitFor(2)).map((e) => e.vipStatusChanged.player?.id)).toEqual([other.player.id, p.player.id]);
    expect((await staffOne.waitFor(1))[0]!.vipStatusChanged).toMatchObject({ kind: 'UPGRADE', tier: { key: 'silver' } });
    await settle();
    expect(mine.received).toHaveLength(1);
    expect(staffOne.received).toHaveLength(1);
    mine.unsubscribe();
    staffAll.unsubscribe();
    staffOne.unsubscribe();
  });

  it('a personal manager only for tiers with the benefit, only staff of the tenant; the player sees the name only', async () => {
    const p = await newPlayer(server, tenant);
    await earnPoints(server, tenant, p.player.id, '600');
    const manager = await newStaff(server, platform, tenant.slug, ['SUPPORT']);
    const refused = await tenant.admin.sdk.AssignVipManager({ input: { playerId: p.player.id, managerId: manager.id } });
    expectType(refused.assignVipManager, 'VipManagerNotABenefitError');
    await earnPoints(server, tenant, p.player.id, '500');
    const stranger = await tenant.admin.sdk.AssignVipManager({ input: { playerId: p.player.id, managerId: globalId('StaffUser', '0193e3b0-0000-7000-8000-000000000000') } });
    expectType(stranger.assignVipManager, 'VipManagerNotStaffError');
    const { assignVipManager } = await tenant.admin.sdk.AssignVipManager({ input: { playerId: p.player.id, managerId: manager.id } });
    expect(expectType(assignVipManager, 'AssignVipManagerPayload').status.manager).toEqual({ name: 'Staff', staffUser: { id: manager.id } });
    expect((await status(p.sdk)).manager).toEqual({ name: 'Staff', staffUser: null });
    const { rows } = await owner.query(`select diff from audit_event where tenant_id = $1 and action = 'vip.manager.assign' and target_id = $2`, [localId(tenant.id), localId(p.player.id)]);
    expect(rows).toEqual([{ diff: { manager: { from: null, to: localId(manager.id) } } }]);
    const removed = await tenant.admin.sdk.AssignVipManager({ input: { playerId: p.player.id, managerId: null } });
    expect(expectType(removed.assignVipManager, 'AssignVipManagerPayload').status.manager).toBeNull();
    await expect(manager.sdk.AssignVipManager({ input: { playerId: p.player.id, managerId: manager.id } })).rejects.toThrow(/vip:manage/);
  });
});

describe('high-value tiers wait for approved checks', () => {
  it('holds the player below the tier (recorded once) until all three checks are approved and unexpired', async () => {
    const tenant = await vipTenant(server, platform);
    const maker = await newStaff(server, platform, tenant.slug, ['SUPPORT']);
    const checker = await newStaff(server, platform, tenant.slug, ['RISK']);
    const p = await newPlayer(server, tenant);
    await earnPoints(server, tenant, p.player.id, '6000');
    let s = await status(p.sdk);
    expect(s).toMatchObject({ tier: { key: 'gold' }, heldTier: { key: 'platinum' }, nextTier: { key: 'platinum' }, pointsToNextTier: '0.00' });
    expect(s.missingChecks).toEqual(['IDENTITY', 'AFFORDABILITY', 'SAFER_GAMBLING_REVIEW']);
    expect(s.reasons).toEqual([
      {
        code: 'HELD_FOR_CHECKS',
        message: '6,000.00 points in the last 90 days reach Platinum (threshold 5,000.00), a high-value tier entered only after staff checks (missing: identity, affordability, safer-gambling review); until then the player stays at Gold.',
      },
    ]);
    await earnPoints(server, tenant, p.player.id, '10');
    expect(await changeKinds(owner, localId(tenant.id), p.player.id)).toEqual(['UPGRADE', 'HELD_FOR_CHECKS']);

    const base = { tenantId: localId(tenant.id), playerId: localId(p.player.id), tierId: localId(tenant.tiers.platinum!), recordedBy: localId(maker.id), decidedBy: localId(checker.id) };
    await plantCheck(owner, { ...base, kind: 'IDENTITY' });
    await plantCheck(owner, { ...base, kind: 'AFFORDABILITY' });
    await plantCheck(owner, { ...base, kind: 'SAFER_GAMBLING_REVIEW', validDays: -1 });
    await plantCheck(owner, { ...base, kind: 'SAFER_GAMBLING_REVIEW', status: 'REJECTED' });
    await plantCheck(owner, { ...base, kind: 'SAFER_GAMBLING_REVIEW', tierId: localId(tenant.tiers.gold!) });
    await upgradeNow(server, tenant, [p.player.id]);
    s = await status(p.sdk);
    expect(s.tier?.key).toBe('gold');
    expect(s.missingChecks).toEqual(['SAFER_GAMBLING_REVIEW']);

    await plantCheck(owner, { ...base, kind: 'SAFER_GAMBLING_REVIEW' });
    await upgradeNow(server, tenant, [p.player.id]);
    s = await status(p.sdk);
    expect(s).toMatchObject({ tier: { key: 'platinum' }, heldTier: null, missingChecks: [], nextTier: null, pointsToNextTier: null });
    expect(await changeKinds(owner, localId(tenant.id), p.player.id)).toEqual(['UPGRADE', 'HELD_FOR_CHECKS', 'CHECKS_APPROVED']);
  });
});

describe('the minimum VIP age', () => {
  it('keeps an under-age player (or one of unknown birth date) at the lowest tier; a date of birth set by staff or at registration lets them up', async () => {
    const tenant = await vipTenant(server, platform, { minAge: 21 });
    const p = await newPlayer(server, tenant);
    await earnPoints(server, tenant, p.player.id, '600');
    let s = await status(p.sdk);
    expect(s).toMatchObject({ tier: { key: 'bronze' }, earnedTier: { key: 'bronze' }, suppressed: 'UNDER_MIN_AGE' });
    expect(s.reasons.map((r) => r.code)).toEqual(['EARNED', 'UNDER_MIN_AGE', 'SUPPRESSED']);
    expect(s.reasons[1]!.message).toBe('600.00 points in the last 90 days would reach Silver, but tiers above Bronze need an age of 21 or more (and a known date of birth).');

    const young = `${new Date().getUTCFullYear() - 20}-01-01`;
    const set = await tenant.admin.sdk.SetPlayerDateOfBirth({ input: { playerId: p.player.id, dateOfBirth: young } });
    expectType(set.setPlayerDateOfBirth, 'SetPlayerDateOfBirthPayload');
    await earnPoints(server, tenant, p.player.id, '1');
    expect((await status(p.sdk)).tier?.key).toBe('bronze');
    await tenant.admin.sdk.SetPlayerDateOfBirth({ input: { playerId: p.player.id, dateOfBirth: '1990-06-15' } });
    await earnPoints(server, tenant, p.player.id, '1');
    s = await status(p.sdk);
    expect(s).toMatchObject({ tier: { key: 'silver' }, suppressed: null });
    const { rows } = await owner.query(`select diff from audit_event where tenant_id = $1 and action = 'player.dateOfBirth.set' order by seq`, [localId(tenant.id)]);
    expect(rows.map((r) => r.diff.dateOfBirth)).toEqual([{ from: null, to: young }, { from: young, to: '1990-06-15' }]);

    const future = await tenant.admin.sdk.SetPlayerDateOfBirth({ input: { playerId: p.player.id, dateOfBirth: dayPlus(1) } });
    expect(expectType(future.setPlayerDateOfBirth, 'ValidationError').issues).toEqual([{ path: ['input', 'dateOfBirth'], message: 'must be a date between 1900-01-01 and today' }]);
    await expect(p.sdk.SetPlayerDateOfBirth({ input: { playerId: p.player.id, dateOfBirth: '1970-01-01' } })).rejects.toThrow(/player:manage/);

    const { registerPlayer } = await tenant.public.RegisterPlayer({ input: { email: `dob-${Date.now()}@player.test`, password: 'correct-horse-battery', displayName: 'Adult', dateOfBirth: '1980-05-05' } });
    const adult = expectType(registerPlayer, 'RegisterPlayerPayload');
    await earnPoints(server, tenant, adult.player.id, '600');
    expect((await staffStatus(tenant, adult.player.id)).tier?.key).toBe('silver');
  });
});

describe('reviews', () => {
  it('retains a player whose points still reach their tier, until the next review', async () => {
    const tenant = await vipTenant(server, platform);
    const p = await newPlayer(server, tenant);
    await earnPoints(server, tenant, p.player.id, '600');
    expect(await review(tenant)).toMatchObject({ reviewed: 0 });
    const asOf = new Date(Date.now() + 31 * DAY);
    expect(await review(tenant, asOf)).toEqual({ reviewed: 1, retained: 1, graceStarted: 0, downgraded: 0 });
    const s = await status(p.sdk);
    expect(s.tier?.key).toBe('silver');
    expect(new Date(s.reviewAt!).getTime()).toBe(asOf.getTime() + 30 * DAY);
    expect(await changeKinds(owner, localId(tenant.id), p.player.id)).toEqual(['UPGRADE', 'RETAINED']);
    expect(await review(tenant, asOf)).toMatchObject({ reviewed: 0 });
  });

  it('ONE_TIER moves down one tier per review; never on accrual', async () => {
    const tenant = await vipTenant(server, platform);
    const p = await newPlayer(server, tenant);
    await earnPoints(server, tenant, p.player.id, '1300');
    const manager = await newStaff(server, platform, tenant.slug, ['SUPPORT']);
    expectType((await tenant.admin.sdk.AssignVipManager({ input: { playerId: p.player.id, managerId: manager.id } })).assignVipManager, 'AssignVipManagerPayload');
    await shiftVipDays(owner, localId(tenant.id), 91);
    await earnPoints(server, tenant, p.player.id, '1');
    expect((await status(p.sdk)).tier?.key).toBe('gold');
    expect(await review(tenant)).toEqual({ reviewed: 1, retained: 0, graceStarted: 0, downgraded: 1 });
    let s = await status(p.sdk);
    expect(s).toMatchObject({ tier: { key: 'silver' }, earnedTier: { key: 'bronze' }, pointsInWindow: '1.00' });
    expect(s.reasons.map((r) => r.code)).toEqual(['RETAINED_UNTIL_REVIEW']);
    // Silver has no personal manager: the downgrade removed the player's.
    expect(s.manager).toBeNull();
    expect(await review(tenant)).toMatchObject({ reviewed: 0 });
    expect(await review(tenant, new Date(Date.now() + 31 * DAY))).toMatchObject({ downgraded: 1 });
    s = await status(p.sdk);
    expect(s.tier?.key).toBe('bronze');
    expect(await vipTags(tenant, p.player.id)).toEqual(['vip:bronze']);
    expect(s.history.nodes.map((c) => [c.kind, c.fromTier?.key, c.toTier?.key])).toEqual([
      ['DOWNGRADE', 'silver', 'bronze'],
      ['DOWNGRADE', 'gold', 'silver'],
      ['UPGRADE', undefined, 'gold'],
    ]);
  });

  it('TO_EARNED moves straight to the earned tier', async () => {
    const tenant = await vipTenant(server, platform, { downgradePolicy: 'TO_EARNED' });
    const p = await newPlayer(server, tenant);
    await earnPoints(server, tenant, p.player.id, '1300');
    await shiftVipDays(owner, localId(tenant.id), 91);
    expect(await review(tenant)).toMatchObject({ downgraded: 1 });
    expect((await status(p.sdk)).tier?.key).toBe('bronze');
    expect(await changeKinds(owner, localId(tenant.id), p.player.id)).toEqual(['UPGRADE', 'DOWNGRADE']);
  });

  it('grace: a review below the tier starts it; points that reach the tier again end it; after it the next review downgrades', async () => {
    const tenant = await vipTenant(server, platform, { graceDays: 7 });
    const stays = await newPlayer(server, tenant);
    const falls = await newPlayer(server, tenant);
    await earnPoints(server, tenant, stays.player.id, '1300');
    await earnPoints(server, tenant, falls.player.id, '1300');
    await shiftVipDays(owner, localId(tenant.id), 91);
    expect(await review(tenant)).toEqual({ reviewed: 2, retained: 0, graceStarted: 2, downgraded: 0 });
    let s = await status(falls.sdk);
    expect(s.tier?.key).toBe('gold');
    const graceDay = new Date(s.graceUntil!).toISOString().slice(0, 10);
    expect(graceDay).toBe(dayPlus(7));
    expect(s.reasons).toEqual([{ code: 'IN_GRACE', message: `0.00 points in the last 90 days reach Bronze, below Gold: Gold is kept in a grace period until ${graceDay}.` }]);
    expect(await review(tenant)).toMatchObject({ reviewed: 0 });

    await earnPoints(server, tenant, stays.player.id, '1000');
    expect((await status(stays.sdk)).graceUntil).toBeNull();

    expect(await review(tenant, new Date(Date.now() + 8 * DAY))).toEqual({ reviewed: 2, retained: 1, graceStarted: 0, downgraded: 1 });
    s = await status(falls.sdk);
    expect(s).toMatchObject({ tier: { key: 'silver' }, graceUntil: null });
    expect(await changeKinds(owner, localId(tenant.id), falls.player.id)).toEqual(['UPGRADE', 'GRACE_STARTED', 'DOWNGRADE']);
    expect(await changeKinds(owner, localId(tenant.id), stays.player.id)).toEqual(['UPGRADE', 'GRACE_STARTED', 'GRACE_ENDED', 'RETAINED']);
    const { rows } = await owner.query(`select action from audit_event where tenant_id = $1 and target_id = $2 order by seq`, [localId(tenant.id), localId(falls.player.id)]);
    expect(rows.map((r) => r.action)).toEqual(['vip.tier.upgrade', 'vip.tier.grace.start', 'vip.tier.downgrade']);
  });
});


describe('VIP offers', () => {
  it('an offer for the tag vip:gold is shown to Gold players only, and follows the player down', async () => {
    const tenant = await vipTenant(server, platform);
    const reward = await rewardTemplate(await tenantContext(server, tenant));
    await offer(tenant.admin.sdk, { rewardTemplateId: reward, placements: ['vip-lounge'], eligibility: { tags: ['vip:gold'] } });
    const gold = await newPlayer(server, tenant);
    const silver = await newPlayer(server, tenant);
    await earnPoints(server, tenant, gold.player.id, '1300');
    await earnPoints(server, tenant, silver.player.id, '600');
    const shown = async (sdk: Sdk) => (await sdk.OffersFor({ placement: 'vip-lounge', currency: 'EUR' })).offersFor!.offers.length;
    expect(await shown(gold.sdk)).toBe(1);
    expect(await shown(silver.sdk)).toBe(0);
    // A review 91 days on finds no points in the window: one tier down, and the tag with it.
    await shiftVipDays(owner, localId(tenant.id), 91);
    expect(await review(tenant)).toMatchObject({ downgraded: 2 });
    expect(await vipTags(tenant, gold.player.id)).toEqual(['vip:silver']);
    expect(await shown(gold.sdk)).toBe(0);
  });
});
/** The player's tags that VIP keeps (vip:<tier key>). */
async function vipTags(tenant: { id: string }, playerGlobalId: string): Promise<string[]> {
  const { rows } = await owner.query<{ tag: string }>(`select tag from player_tag where tenant_id = $1 and player_id = $2 and tag like 'vip:%' order by tag`, [localId(tenant.id), localId(playerGlobalId)]);
  return rows.map((r) => r.tag);
}
