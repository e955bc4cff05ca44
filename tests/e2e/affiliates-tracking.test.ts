import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { randomUUID } from 'node:crypto';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { expectType, globalId, localId, newTenant, PASSWORD, platformAdmin, type TestTenant } from '../helpers/world.js';
import { ownerDb } from '../helpers/payments.js';
import { click, clickId, partner, registerTracked, type Partner } from '../helpers/affiliates.js';

/**
 * The click endpoint and attribution at registration (issue #19, docs/affiliates.md "Tracking"):
 * last click within the tenant's window, else the code, else none; never across tenants; one
 * click row per request and one attribution per player under concurrent requests.
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

async function attributionOf(tenant: TestTenant, playerId: string) {
  return (await tenant.admin.sdk.PlayerAffiliateAttribution({ id: playerId })).player!.affiliateAttribution;
}

async function clicksOf(tenant: TestTenant) {
  const { rows } = await owner.query<{ id: string; link_id: string; affiliate_id: string; ip_hash: string; user_agent: string | null }>(
    `select id, link_id, affiliate_id, ip_hash, user_agent from affiliate_click where tenant_id = $1 order by id`,
    [localId(tenant.id)],
  );
  return rows;
}

describe('the click endpoint', () => {
  it('records a click (hashed IP, user agent cut to 256) and redirects to the landing URL with the click ID', async () => {
    const tenant = await newTenant(server, platform);
    const onDomain = await partner(tenant, 'dom', { landingUrl: `https://${tenant.slug}.casino.test/promo?x=1` });
    const onPath = await partner(tenant, 'pth', { landingUrl: '/welcome?lang=en' });

    const first = await click(server, tenant.slug, onDomain.linkCode, 'a'.repeat(1000));
    expect(first.status).toBe(302);
    expect(first.headers.get('cache-control')).toBe('no-store');
    const location = new URL(first.headers.get('location')!);
    expect(`${location.origin}${location.pathname}`).toBe(`https://${tenant.slug}.casino.test/promo`);
    expect(location.searchParams.get('x')).toBe('1');
    const [row] = await clicksOf(tenant);
    expect(location.searchParams.get('aff_click')).toBe(globalId('AffiliateClick', row!.id));
    expect(row).toMatchObject({ affiliate_id: localId(onDomain.id), user_agent: 'a'.repeat(256) });
    expect(row!.ip_hash).not.toContain('127.0.0.1');
    expect(row!.ip_hash.length).toBeGreaterThan(20);

    // A path lands on the tenant's domain; codes ignore case.
    const second = await click(server, tenant.slug, onPath.linkCode.toUpperCase());
    expect(second.status).toBe(302);
    const landed = new URL(second.headers.get('location')!);
    expect(`${landed.origin}${landed.pathname}`).toBe(`https://${tenant.slug}.casino.test/welcome`);
    expect(landed.searchParams.get('lang')).toBe('en');
    const rows = await clicksOf(tenant);
    expect(rows).toHaveLength(2);
    // The same caller hashes the same within a tenant.
    expect(rows[1]!.ip_hash).toBe(rows[0]!.ip_hash);
  });

  it('answers 404 and writes nothing for an unknown link, a link of an affiliate not ACTIVE, or an unknown tenant', async () => {
    const tenant = await newTenant(server, platform);
    const paused = await partner(tenant, 'paused');
    expectType((await tenant.admin.sdk.UpdateAffiliate({ input: { affiliateId: paused.id, status: 'SUSPENDED' } })).updateAffiliate, 'UpdateAffiliatePayload');
    for (const [slug, code] of [[tenant.slug, 'nope-link'], [tenant.slug, paused.linkCode], ['no-such-tenant', paused.linkCode], [tenant.slug, 'bad code'], [tenant.slug, 'x'.repeat(90)]]) {
      expect((await click(server, slug!, code!)).status, `${slug}/${code}`).toBe(404);
    }
    expect(await clicksOf(tenant)).toEqual([]);
  });
});

describe('attribution at registration', () => {
  let tenant: TestTenant;
  let alpha: Partner;
  let beta: Partner;
  beforeAll(async () => {
    tenant = await newTenant(server, platform);
    alpha = await partner(tenant, 'alpha');
    beta = await partner(tenant, 'beta');
  });

  it('is by the click, within the window', async () => {
    const id = await clickId(server, tenant.slug, alpha.linkCode);
    const player = await registerTracked(tenant, { clickId: id });
    expect(await attributionOf(tenant, player.id)).toMatchObject({ method: 'CLICK', affiliate: { id: alpha.id }, link: { code: alpha.linkCode } });
    expect((await tenant.admin.sdk.Affiliate({ id: alpha.id })).affiliate).toMatchObject({ clickCount: 1, registrationCount: 1 });
    expect((await tenant.admin.sdk.Affiliate({ id: beta.id })).affiliate).toMatchObject({ clickCount: 0, registrationCount: 0 });
  });

  it('is by the code without a click, and the click wins over a code', async () => {
    const byCode = await registerTracked(tenant, { affiliateCode: 'BETA' });
    expect(await attributionOf(tenant, byCode.id)).toMatchObject({ method: 'CODE', affiliate: { id: beta.id }, link: null });
    const id = await clickId(server, tenant.slug, alpha.linkCode);
    const both = await registerTracked(tenant, { clickId: id, affiliateCode: beta.code });
    expect(await attributionOf(tenant, both.id)).toMatchObject({ method: 'CLICK', affiliate: { id: alpha.id } });
  });

  it('is none without tracking, and an unknown click or code never fails the registration', async () => {
    expect(await attributionOf(tenant, (await registerTracked(tenant, null)).id)).toBeNull();
    for (const tracking of [
      { clickId: globalId('AffiliateClick', randomUUID()) },
      { clickId: 'not an id at all' },
      { clickId: globalId('Player', randomUUID()) },
      { affiliateCode: 'nobody' },
      { affiliateCode: '%' },
      { clickId: 'x'.repeat(5000), affiliateCode: 'y'.repeat(5000) },
      { clickId: globalId('AffiliateClick', 'not-a-uuid'), affiliateCode: 'ä-ö' },
      { clickId: globalId('AffiliateClick', randomUUID()), affiliateCode: 'nobody' },
    ]) {
      expect(await attributionOf(tenant, (await registerTracked(tenant, tracking)).id), JSON.stringify(tracking)).toBeNull();
    }
    // An unknown click falls back to a good code.
    const fallback = await registerTracked(tenant, { clickId: globalId('AffiliateClick', randomUUID()), affiliateCode: alpha.code });
    expect(await attributionOf(tenant, fallback.id)).toMatchObject({ method: 'CODE', affiliate: { id: alpha.id } });
  });

  it('ignores a click older than the window (falling back to the code) and a click or code of an affiliate not ACTIVE', async () => {
    const other = await newTenant(server, platform);
    const old = await partner(other, 'old');
    const fresh = await partner(other, 'fresh');
    expectType((await other.admin.sdk.UpdateAffiliateSettings({ input: { attributionWindowDays: 3 } })).updateAffiliateSettings, 'UpdateAffiliateSettingsPayload');
    const id = await clickId(server, other.slug, old.linkCode);
    // The click is now four days old.
    await owner.query(`update affiliate_click set created_at = now() - interval '4 days' where tenant_id = $1 and id = $2`, [localId(other.id), localId(id)]);
    expect(await attributionOf(other, (await registerTracked(other, { clickId: id })).id)).toBeNull();
    expect(await attributionOf(other, (await registerTracked(other, { clickId: id, affiliateCode: fresh.code })).id)).toMatchObject({ method: 'CODE', affiliate: { id: fresh.id } });
    // Two days old: inside the window.
    await owner.query(`update affiliate_click set created_at = now() - interval '2 days' where tenant_id = $1 and id = $2`, [localId(other.id), localId(id)]);
    expect(await attributionOf(other, (await registerTracked(other, { clickId: id })).id)).toMatchObject({ method: 'CLICK', affiliate: { id: old.id } });

    expectType((await other.admin.sdk.UpdateAffiliate({ input: { affiliateId: old.id, status: 'SUSPENDED' } })).updateAffiliate, 'UpdateAffiliatePayload');
    expect(await attributionOf(other, (await registerTracked(other, { clickId: id })).id)).toBeNull();
    expect(await attributionOf(other, (await registerTracked(other, { affiliateCode: old.code })).id)).toBeNull();
  });

  it('never crosses tenants: B\'s click or code attributes nothing in A', async () => {
    const b = await newTenant(server, platform);
    const ofB = await partner(b, 'only-b');
    const idOfB = await clickId(server, b.slug, ofB.linkCode);
    const player = await registerTracked(tenant, { clickId: idOfB, affiliateCode: ofB.code });
    expect(await attributionOf(tenant, player.id)).toBeNull();
    const { rows } = await owner.query(`select count(*)::int as n from affiliate_attribution where player_id = $1`, [localId(player.id)]);
    expect(rows[0].n).toBe(0);
    // Control: in B the same click attributes.
    expect(await attributionOf(b, (await registerTracked(b, { clickId: idOfB })).id)).toMatchObject({ affiliate: { id: ofB.id } });
  });
});

describe('under concurrent requests', () => {
  it('records one click row per request and exactly one attribution per player', async () => {
    const tenant = await newTenant(server, platform);
    const partners = await Promise.all(['c1', 'c2', 'c3'].map((code) => partner(tenant, code)));
    const first = await Promise.all(Array.from({ length: 30 }, (_, i) => clickId(server, tenant.slug, partners[i % 3]!.linkCode)));
    // More clicks while players register with the first clicks (two players per click for some).
    const [more, players] = await Promise.all([
      Promise.all(Array.from({ length: 30 }, (_, i) => click(server, tenant.slug, partners[i % 3]!.linkCode))),
      Promise.all(Array.from({ length: 40 }, async (_, i) => ({ player: await registerTracked(tenant, { clickId: first[i % 30]!, affiliateCode: 'c1' }), click: first[i % 30]! }))),
    ]);
    expect(more.map((r) => r.status)).toEqual(Array(30).fill(302));
    expect(new Set(first).size).toBe(30);
    expect(await clicksOf(tenant)).toHaveLength(60);

    const { rows } = await owner.query<{ player_id: string; click_id: string; method: string; n: number }>(
      `select player_id, click_id, method, count(*) over (partition by player_id)::int as n from affiliate_attribution where tenant_id = $1`,
      [localId(tenant.id)],
    );
    expect(rows).toHaveLength(40);
    expect(rows.every((r) => r.n === 1 && r.method === 'CLICK')).toBe(true);
    const byPlayer = new Map(rows.map((r) => [r.player_id, r.click_id]));
    for (const { player, click: id } of players) expect(byPlayer.get(localId(player.id))).toBe(localId(id));
    // The staff listing counts them per affiliate (players 0, 3, 6... clicked c1's link).
    const listed = (await tenant.admin.sdk.Affiliates({})).affiliates!.nodes;
    expect(Object.fromEntries(listed.map((n) => [n.code, [n.clickCount, n.registrationCount]]))).toEqual({ c1: [20, 14], c2: [20, 13], c3: [20, 13] });
  });
});
