import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { expectType, globalId, localId, newPlayer, newStaff, newTenant, platformAdmin, tenantContext, type TestTenant } from '../helpers/world.js';
import { ownerDb } from '../helpers/payments.js';
import { templateBySql } from '../helpers/bonus-fixtures.js';
import { auditRows } from '../helpers/audit-rows.js';

/**
 * VIP settings and the tier ladder (issue #18, docs/vip.md "Settings", "Tiers"): staff with
 * vip:manage set them, audited; players read the ladder.
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

function audits(tenantId: string, prefix: string) {
  return auditRows(owner, tenantId, prefix);
}

async function bonusTemplate(tenant: TestTenant): Promise<string> {
  const ctx = await tenantContext(server, tenant);
  return templateBySql(ctx, { kind: 'NO_DEPOSIT', currencies: { EUR: { amount: '1000' } }, wagering: { multiplier: 10 }, validityHours: 24 });
}

describe('VIP settings', () => {
  let tenant: TestTenant;
  beforeAll(async () => {
    tenant = await newTenant(server, platform);
  });

  it('a tenant without settings has no programme; the first change creates them with the defaults and opens the feed cursor', async () => {
    expect((await tenant.admin.sdk.VipSettings()).vipSettings).toBeNull();
    expect((await owner.query(`select 1 from vip_feed_cursor where tenant_id = $1`, [localId(tenant.id)])).rowCount).toBe(0);
    const { updateVipSettings } = await tenant.admin.sdk.UpdateVipSettings({ input: { earnRates: [{ currency: 'EUR', perPoint: '100' }], graceDays: 7 } });
    const settings = expectType(updateVipSettings, 'UpdateVipSettingsPayload').settings;
    expect(settings).toMatchObject({
      enabled: true,
      earnRates: [{ currency: 'EUR', perPoint: '100' }],
      windowDays: 90,
      reviewDays: 30,
      graceDays: 7,
      downgradePolicy: 'ONE_TIER',
      expiryDays: null,
      minAge: null,
      checkValidityDays: 365,
      version: 1,
      gameWeights: { games: [], categories: [], default: 100 },
    });
    expect((await owner.query(`select 1 from vip_feed_cursor where tenant_id = $1`, [localId(tenant.id)])).rowCount).toBe(1);
    const [created] = await audits(tenant.id, 'vip.settings');
    expect(created).toMatchObject({ action: 'vip.settings.create', target_type: 'VipSettings', target_id: localId(tenant.id) });
  });

  it('absent fields keep their value; a change bumps the version and is audited; nothing changed changes nothing', async () => {
    const template = await bonusTemplate(tenant);
    const { updateVipSettings } = await tenant.admin.sdk.UpdateVipSettings({
      input: {
        windowDays: 30,
        downgradePolicy: 'TO_EARNED',
        minAge: 21,
        gameWeights: { games: [{ game: 'roulette-1', percent: 10 }], categories: [{ category: 'LIVE', percent: 50 }], default: 100 },
        bonusRedemptions: [{ templateId: globalId('BonusTemplate', template), points: '250.5' }],
        cashRedemption: [{ currency: 'USD', perPoint: '1' }],
      },
    });
    const settings = expectType(updateVipSettings, 'UpdateVipSettingsPayload').settings;
    expect(settings).toMatchObject({
      windowDays: 30,
      graceDays: 7,
      downgradePolicy: 'TO_EARNED',
      minAge: 21,
      earnRates: [{ currency: 'EUR', perPoint: '100' }],
      cashRedemption: [{ currency: 'USD', perPoint: '1' }],
      gameWeights: { games: [{ game: 'roulette-1', percent: 10 }], categories: [{ category: 'LIVE', percent: 50 }], default: 100 },
      bonusRedemptions: [{ template: { id: globalId('BonusTemplate', template) }, points: '250.50' }],
      version: 2,
    });
    const updates = await audits(tenant.id, 'vip.settings.update');
    expect(updates).toHaveLength(1);
    expect(updates[0]!.diff.windowDays).toEqual({ from: 90, to: 30 });
    expect(updates[0]!.diff.graceDays).toBeUndefined();

    const again = await tenant.admin.sdk.UpdateVipSettings({ input: { windowDays: 30 } });
    expect(expectType(again.updateVipSettings, 'UpdateVipSettingsPayload').settings.version).toBe(2);
    const cleared = await tenant.admin.sdk.UpdateVipSettings({ input: { minAge: null } });
    expect(expectType(cleared.updateVipSettings, 'UpdateVipSettingsPayload').settings).toMatchObject({ minAge: null, version: 3, windowDays: 30 });
  });

  it('refuses currencies of other tenants, unknown templates and out-of-range numbers, writing nothing', async () => {
    const before = (await tenant.admin.sdk.VipSettings()).vipSettings!.version;
    const currency = await tenant.admin.sdk.UpdateVipSettings({ input: { earnRates: [{ currency: 'GBP', perPoint: '100' }] } });
    const e1 = expectType(currency.updateVipSettings, 'ValidationError');
    expect(e1.issues).toEqual([{ path: ['input', 'earnRates', 'GBP'], message: 'is not a currency of this tenant' }]);
    const template = await tenant.admin.sdk.UpdateVipSettings({
      input: { bonusRedemptions: [{ templateId: globalId('BonusTemplate', '0193e3b0-0000-7000-8000-000000000000'), points: '10' }] },
    });
    expect(expectType(template.updateVipSettings, 'ValidationError').issues[0]!.path).toEqual(['input', 'bonusRedemptions', '0', 'templateId']);
    const points = await tenant.admin.sdk.UpdateVipSettings({ input: { bonusRedemptions: [{ templateId: globalId('BonusTemplate', '0193e3b0-0000-7000-8000-000000000000'), points: '1.234' }] } });
    expect(expectType(points.updateVipSettings, 'ValidationError').issues[0]!.path).toEqual(['input', 'bonusRedemptions', '0', 'points']);
    const range = await tenant.admin.sdk.UpdateVipSettings({ input: { windowDays: 0, minAge: 12 } });
    expect(expectType(range.updateVipSettings, 'ValidationError').issues.map((i) => i.path.join('.')).sort()).toEqual(['input.minAge', 'input.windowDays']);
    expect((await tenant.admin.sdk.VipSettings()).vipSettings!.version).toBe(before);
  });

  it('vip:read reads the settings, vip:manage changes them; players neither', async () => {
    const finance = await newStaff(server, platform, tenant.slug, ['FINANCE']);
    expect((await finance.sdk.VipSettings()).vipSettings?.windowDays).toBe(30);
    await expect(finance.sdk.UpdateVipSettings({ input: { windowDays: 10 } })).rejects.toThrow(/vip:manage/);
    const player = await newPlayer(server, tenant);
    await expect(player.sdk.VipSettings()).rejects.toThrow();
  });
});

describe('VIP tiers', () => {
  let tenant: TestTenant;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    tenant = await newTenant(server, platform);
    await tenant.admin.sdk.UpdateVipSettings({ input: {} });
  });

  it('staff create tiers with their benefits; audited', async () => {
    const template = await bonusTemplate(tenant);
    for (const input of [
      { key: 'bronze', name: 'Bronze', rank: 0, threshold: '0' },
      { key: 'silver', name: 'Silver', rank: 1, threshold: '500.5', pointRate: 12_500 },
      {
        key: 'gold', name: 'Gold', rank: 2, threshold: '1000', pointRate: 15_000, monthlyRewardTemplateId: globalId('BonusTemplate', template),
        withdrawalPriority: true, personalManager: true, highValue: true,
      },
    ]) {
      const { createVipTier } = await tenant.admin.sdk.CreateVipTier({ input });
      ids[input.key] = expectType(createVipTier, 'CreateVipTierPayload').tier.id;
    }
    const tiers = (await tenant.admin.sdk.VipTiers()).vipTiers!;
    expect(tiers.map((t) => [t.key, t.rank, t.threshold, t.benefits.pointRate])).toEqual([
      ['bronze', 0, '0.00', 10_000],
      ['silver', 1, '500.50', 12_500],
      ['gold', 2, '1000.00', 15_000],
    ]);
    expect(tiers[2]!.benefits).toMatchObject({
      monthlyReward: true, monthlyRewardTemplate: { id: globalId('BonusTemplate', template) }, withdrawalPriority: true, personalManager: true, highValue: true,
    });
    const created = await audits(tenant.id, 'vip.tier.create');
    expect(created.map((a) => a.target_id)).toEqual([localId(ids.bronze!), localId(ids.silver!), localId(ids.gold!)]);
    expect(created[1]!.diff.threshold).toEqual({ from: null, to: '500.50' });
  });

  it('typed errors: key taken, rank taken, unknown reward template, bad threshold; nothing written', async () => {
    const key = await tenant.admin.sdk.CreateVipTier({ input: { key: 'silver', name: 'Other', rank: 9, threshold: '1' } });
    expect(expectType(key.createVipTier, 'VipTierKeyTakenError').key).toBe('silver');
    const rank = await tenant.admin.sdk.CreateVipTier({ input: { key: 'other', name: 'Other', rank: 1, threshold: '1' } });
    expectType(rank.createVipTier, 'VipTierRankTakenError');
    const template = await tenant.admin.sdk.CreateVipTier({
      input: { key: 'other', name: 'Other', rank: 9, threshold: '1', monthlyRewardTemplateId: globalId('BonusTemplate', '0193e3b0-0000-7000-8000-000000000000') },
    });
    expectType(template.createVipTier, 'VipRewardTemplateUnknownError');
    const threshold = await tenant.admin.sdk.CreateVipTier({ input: { key: 'other', name: 'Other', rank: 9, threshold: '1.234' } });
    expect(expectType(threshold.createVipTier, 'ValidationError').issues).toEqual([
      { path: ['input', 'threshold'], message: 'must be a number of points with at most two decimals, as a string' },
    ]);
    const badKey = await tenant.admin.sdk.CreateVipTier({ input: { key: 'Other Tier', name: 'Other', rank: 101, threshold: '1' } });
    expect(expectType(badKey.createVipTier, 'ValidationError').issues.map((i) => i.path.join('.')).sort()).toEqual(['input.key', 'input.rank']);
    const moved = await tenant.admin.sdk.UpdateVipTier({ input: { tierId: ids.silver!, rank: 2 } });
    expectType(moved.updateVipTier, 'VipTierRankTakenError');
    expect((await tenant.admin.sdk.VipTiers()).vipTiers).toHaveLength(3);
  });

  it('an update changes what it names, bumps the version and is audited; null removes the monthly reward', async () => {
    const { updateVipTier } = await tenant.admin.sdk.UpdateVipTier({ input: { tierId: ids.gold!, name: 'Golden', threshold: '1200', monthlyRewardTemplateId: null } });
    const tier = expectType(updateVipTier, 'UpdateVipTierPayload').tier;
    expect(tier).toMatchObject({ key: 'gold', name: 'Golden', threshold: '1200.00', version: 2, benefits: { monthlyReward: false, monthlyRewardTemplate: null, highValue: true } });
    const [audit] = await audits(tenant.id, 'vip.tier.update');
    expect(audit!.diff).toMatchObject({ name: { from: 'Gold', to: 'Golden' }, threshold: { from: '1000.00', to: '1200.00' } });
    const same = await tenant.admin.sdk.UpdateVipTier({ input: { tierId: ids.gold!, name: 'Golden' } });
    expect(expectType(same.updateVipTier, 'UpdateVipTierPayload').tier.version).toBe(2);
  });

  it('archiving takes a tier off the ladder (final) and frees its rank; staff still see it with archived', async () => {
    const { archiveVipTier } = await tenant.admin.sdk.ArchiveVipTier({ input: { tierId: ids.silver! } });
    expect(expectType(archiveVipTier, 'ArchiveVipTierPayload').tier.archivedAt).not.toBeNull();
    expect((await tenant.admin.sdk.VipTiers()).vipTiers!.map((t) => t.key)).toEqual(['bronze', 'gold']);
    expect((await tenant.admin.sdk.VipTiers({ archived: true })).vipTiers!.map((t) => t.key)).toEqual(['bronze', 'silver', 'gold']);
    const change = await tenant.admin.sdk.UpdateVipTier({ input: { tierId: ids.silver!, name: 'Silver 2' } });
    expectType(change.updateVipTier, 'VipTierArchivedError');
    const reuse = await tenant.admin.sdk.CreateVipTier({ input: { key: 'silver-2', name: 'Silver', rank: 1, threshold: '600' } });
    ids['silver-2'] = expectType(reuse.createVipTier, 'CreateVipTierPayload').tier.id;
    const key = await tenant.admin.sdk.CreateVipTier({ input: { key: 'silver', name: 'Silver', rank: 5, threshold: '600' } });
    expectType(key.createVipTier, 'VipTierKeyTakenError');
    expect((await audits(tenant.id, 'vip.tier.archive')).map((a) => a.target_id)).toEqual([localId(ids.silver!)]);
  });

  it('players read the ladder (not archived tiers), cannot change it; other tenants see none of it', async () => {
    const player = await newPlayer(server, tenant);
    const seen = (await player.sdk.VipTiers({ archived: true })).vipTiers!;
    expect(seen.map((t) => t.key)).toEqual(['bronze', 'silver-2', 'gold']);
    expect(seen[2]!.benefits.monthlyRewardTemplate).toBeNull();
    await expect(player.sdk.CreateVipTier({ input: { key: 'mine', name: 'Mine', rank: 50, threshold: '1' } })).rejects.toThrow();
    const support = await newStaff(server, platform, tenant.slug, ['SUPPORT']);
    await expect(support.sdk.ArchiveVipTier({ input: { tierId: ids.gold! } })).rejects.toThrow(/vip:manage/);
    const other = await newTenant(server, platform);
    expect((await other.admin.sdk.VipTiers()).vipTiers).toEqual([]);
    const stolen = await other.admin.sdk.UpdateVipTier({ input: { tierId: ids.gold!, name: 'Mine' } });
    expectType(stolen.updateVipTier, 'NotFoundError');
  });
});
