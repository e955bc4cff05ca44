import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { expectType, localId, newPlayer, newStaff, newTenant, platformAdmin, type TestTenant } from '../helpers/world.js';
import { graphqlError } from '../helpers/errors.js';
import { ownerDb } from '../helpers/payments.js';
import { auditRows } from '../helpers/audit-rows.js';

/**
 * Affiliates and their tracking links as staff keep them (issue #19, docs/affiliates.md):
 * affiliates:manage creates and changes them, audited; affiliates:read reads them.
 */
let server: TestServer;
let platform: Sdk;
let owner: pg.Client;
let tenant: TestTenant;

beforeAll(async () => {
  server = await startServer();
  platform = (await platformAdmin(server)).sdk;
  owner = await ownerDb();
  tenant = await newTenant(server, platform);
});
afterAll(async () => {
  await owner?.end();
  await server?.close();
});

function audits(prefix: string) {
  return auditRows(owner, tenant.id, prefix);
}

async function create(code: string, parentAffiliateId?: string) {
  const { createAffiliate } = await tenant.admin.sdk.CreateAffiliate({ input: { code, name: `Affiliate ${code}`, email: `${code}@aff.test`, parentAffiliateId } });
  return createAffiliate;
}

describe('affiliates', () => {
  it('are created ACTIVE and audited; codes and emails are unique in the tenant ignoring case', async () => {
    const made = expectType(await create('Alpha'), 'CreateAffiliatePayload').affiliate;
    expect(made).toMatchObject({ code: 'Alpha', name: 'Affiliate Alpha', email: 'alpha@aff.test', status: 'ACTIVE', parent: null, version: 1 });
    expect(await audits('affiliate.create')).toEqual([
      expect.objectContaining({ target_type: 'Affiliate', target_id: localId(made.id), diff: expect.objectContaining({ code: { from: null, to: 'Alpha' } }) }),
    ]);

    expect(expectType(await create('ALPHA'), 'AffiliateCodeTakenError').affiliateCode).toBe('ALPHA');
    const sameEmail = await tenant.admin.sdk.CreateAffiliate({ input: { code: 'other', name: 'Other', email: 'ALPHA@aff.test' } });
    expectType(sameEmail.createAffiliate, 'AffiliateEmailTakenError');
    const bad = expectType((await tenant.admin.sdk.CreateAffiliate({ input: { code: '-x', name: '', email: 'nope' } })).createAffiliate, 'ValidationError');
    expect(bad.issues.map((i) => i.path.join('.')).sort()).toEqual(['input.code', 'input.email', 'input.name']);
    expect((await owner.query(`select count(*)::int as n from affiliate where tenant_id = $1`, [localId(tenant.id)])).rows[0].n).toBe(1);

    // Another tenant may use the same code.
    const other = await newTenant(server, platform);
    expectType((await other.admin.sdk.CreateAffiliate({ input: { code: 'Alpha', name: 'A', email: 'alpha@aff.test' } })).createAffiliate, 'CreateAffiliatePayload');
  });

  it('have sub-affiliates two levels deep only', async () => {
    const top = expectType(await create('top1'), 'CreateAffiliatePayload').affiliate;
    const sub = expectType(await create('sub1', top.id), 'CreateAffiliatePayload').affiliate;
    expect(sub.parent).toEqual({ id: top.id, code: 'top1' });

    // A sub of a sub: refused, at creation and by update.
    expectType(await create('subsub', sub.id), 'AffiliateParentIsSubError');
    const loose = expectType(await create('loose'), 'CreateAffiliatePayload').affiliate;
    expectType((await tenant.admin.sdk.UpdateAffiliate({ input: { affiliateId: loose.id, parentAffiliateId: sub.id } })).updateAffiliate, 'AffiliateParentIsSubError');
    // A parent with subs cannot become a sub.
    expectType((await tenant.admin.sdk.UpdateAffiliate({ input: { affiliateId: top.id, parentAffiliateId: loose.id } })).updateAffiliate, 'AffiliateHasSubsError');
    expectType((await tenant.admin.sdk.UpdateAffiliate({ input: { affiliateId: loose.id, parentAffiliateId: loose.id } })).updateAffiliate, 'AffiliateParentIsSelfError');
    // Unknown parent: a well-formed ID of no affiliate, and another type's ID.
    const nobody = Buffer.from('Affiliate:0190a0a0-0000-7000-8000-000000000000').toString('base64');
    expectType(await create('orphan', nobody), 'AffiliateParentUnknownError');
    expectType((await tenant.admin.sdk.CreateAffiliate({ input: { code: 'orphan2', name: 'O', email: 'o2@aff.test', parentAffiliateId: tenant.id } })).createAffiliate, 'InvalidIdError');

    // Moving a sub under another top-level affiliate, then making it top-level.
    const moved = expectType((await tenant.admin.sdk.UpdateAffiliate({ input: { affiliateId: sub.id, parentAffiliateId: loose.id } })).updateAffiliate, 'UpdateAffiliatePayload').affiliate;
    expect(moved).toMatchObject({ parent: { id: loose.id }, version: 2 });
    const freed = expectType((await tenant.admin.sdk.UpdateAffiliate({ input: { affiliateId: sub.id, parentAffiliateId: null } })).updateAffiliate, 'UpdateAffiliatePayload').affiliate;
    expect(freed).toMatchObject({ parent: null, version: 3 });
    // top1 has no subs now: it may become one.
    expectType((await tenant.admin.sdk.UpdateAffiliate({ input: { affiliateId: top.id, parentAffiliateId: loose.id } })).updateAffiliate, 'UpdateAffiliatePayload');
    const { affiliate } = await tenant.admin.sdk.Affiliate({ id: loose.id });
    expect(affiliate!.subAffiliates.nodes.map((n) => n.code)).toEqual(['top1']);
  });

  it('concurrent changes never build a third level', async () => {
    for (let round = 0; round < 5; round++) {
      const [x, y, z] = await Promise.all(['x', 'y', 'z'].map(async (n) => expectType(await create(`race${round}${n}`), 'CreateAffiliatePayload').affiliate));
      // x under y and y under z at once: one of the two must be refused.
      const [first, second] = await Promise.all([
        tenant.admin.sdk.UpdateAffiliate({ input: { affiliateId: x!.id, parentAffiliateId: y!.id } }),
        tenant.admin.sdk.UpdateAffiliate({ input: { affiliateId: y!.id, parentAffiliateId: z!.id } }),
      ]);
      const outcomes = [first.updateAffiliate.__typename, second.updateAffiliate.__typename].sort();
      expect(outcomes.filter((o) => o === 'UpdateAffiliatePayload')).toHaveLength(1);
      const { rows } = await owner.query(
        `select count(*)::int as n from affiliate a join affiliate p on p.tenant_id = a.tenant_id and p.id = a.parent_affiliate_id where a.tenant_id = $1 and p.parent_affiliate_id is not null`,
        [localId(tenant.id)],
      );
      expect(rows[0].n).toBe(0);
    }
  });

  it('two affiliates made each other\'s parent at once: one wins, the other is refused (no deadlock)', async () => {
    for (let round = 0; round < 5; round++) {
      const [x, y] = await Promise.all(['x', 'y'].map(async (n) => expectType(await create(`swap${round}${n}`), 'CreateAffiliatePayload').affiliate));
      const answers = await Promise.all([
        tenant.admin.sdk.UpdateAffiliate({ input: { affiliateId: x!.id, parentAffiliateId: y!.id } }),
        tenant.admin.sdk.UpdateAffiliate({ input: { affiliateId: y!.id, parentAffiliateId: x!.id } }),
      ]);
      const outcomes = answers.map((a) => a.updateAffiliate.__typename);
      expect(outcomes.filter((o) => o === 'UpdateAffiliatePayload')).toHaveLength(1);
      // The loser finds its new parent already a sub-affiliate (of itself).
      expect(outcomes.filter((o) => o !== 'UpdateAffiliatePayload')).toEqual(['AffiliateParentIsSubError']);
    }
  });

  it('change name and status, audited; CLOSED is final', async () => {
    const a = expectType(await create('statusy'), 'CreateAffiliatePayload').affiliate;
    const unchanged = expectType((await tenant.admin.sdk.UpdateAffiliate({ input: { affiliateId: a.id, name: a.name } })).updateAffiliate, 'UpdateAffiliatePayload').affiliate;
    expect(unchanged.version).toBe(1);
    const suspended = expectType((await tenant.admin.sdk.UpdateAffiliate({ input: { affiliateId: a.id, name: 'Renamed', status: 'SUSPENDED' } })).updateAffiliate, 'UpdateAffiliatePayload').affiliate;
    expect(suspended).toMatchObject({ name: 'Renamed', status: 'SUSPENDED', version: 2 });
    const updates = (await audits('affiliate.update')).filter((r) => r.target_id === localId(a.id));
    expect(updates).toEqual([expect.objectContaining({ diff: { name: { from: 'Affiliate statusy', to: 'Renamed' }, status: { from: 'ACTIVE', to: 'SUSPENDED' } } })]);
    expectType((await tenant.admin.sdk.UpdateAffiliate({ input: { affiliateId: a.id, status: 'CLOSED' } })).updateAffiliate, 'UpdateAffiliatePayload');
    expectType((await tenant.admin.sdk.UpdateAffiliate({ input: { affiliateId: a.id, status: 'ACTIVE' } })).updateAffiliate, 'AffiliateClosedError');
    expectType((await tenant.admin.sdk.CreateAffiliateLink({ input: { affiliateId: a.id, code: 'closed-link', landingUrl: '/x' } })).createAffiliateLink, 'AffiliateClosedError');
    const ghost = Buffer.from('Affiliate:0190a0a0-0000-7000-8000-000000000001').toString('base64');
    expectType((await tenant.admin.sdk.UpdateAffiliate({ input: { affiliateId: ghost, name: 'x' } })).updateAffiliate, 'NotFoundError');
  });

  it('are listed newest first with filters, and read by ID', async () => {
    const other = await newTenant(server, platform);
    const admin = other.admin.sdk;
    const top = expectType((await admin.CreateAffiliate({ input: { code: 'lst-top', name: 'Zeta Media', email: 'z@aff.test' } })).createAffiliate, 'CreateAffiliatePayload').affiliate;
    const sub = expectType((await admin.CreateAffiliate({ input: { code: 'lst-sub', name: 'Beta', email: 'b@aff.test', parentAffiliateId: top.id } })).createAffiliate, 'CreateAffiliatePayload').affiliate;
    const off = expectType((await admin.CreateAffiliate({ input: { code: 'lst-off', name: 'Gamma', email: 'g@aff.test' } })).createAffiliate, 'CreateAffiliatePayload').affiliate;
    expectType((await admin.UpdateAffiliate({ input: { affiliateId: off.id, status: 'SUSPENDED' } })).updateAffiliate, 'UpdateAffiliatePayload');

    const all = (await admin.Affiliates({})).affiliates!;
    expect(all.totalCount).toBe(3);
    expect(all.nodes.map((n) => n.code)).toEqual(['lst-off', 'lst-sub', 'lst-top']);
    expect((await admin.Affiliates({ status: 'SUSPENDED' })).affiliates!.nodes.map((n) => n.id)).toEqual([off.id]);
    expect((await admin.Affiliates({ parentAffiliateId: top.id })).affiliates!.nodes.map((n) => n.id)).toEqual([sub.id]);
    expect((await admin.Affiliates({ search: 'zeta' })).affiliates!.nodes.map((n) => n.id)).toEqual([top.id]);
    expect((await admin.Affiliates({ search: 'LST-S' })).affiliates!.nodes.map((n) => n.id)).toEqual([sub.id]);
    expect((await admin.Affiliates({ search: '%' })).affiliates!.totalCount).toBe(0);
    const page1 = (await admin.Affiliates({ first: 2 })).affiliates!;
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (await admin.Affiliates({ first: 2, after: page1.pageInfo.endCursor })).affiliates!;
    expect(page2.nodes.map((n) => n.code)).toEqual(['lst-top']);

    expect((await admin.Affiliate({ id: sub.id })).affiliate).toMatchObject({ code: 'lst-sub', parent: { id: top.id } });
    expect((await admin.AffiliateNode({ id: top.id })).node).toMatchObject({ __typename: 'Affiliate', code: 'lst-top' });
  });
});

describe('tracking links', () => {
  it('are created on a tenant domain or a path, audited, and listed with their affiliate', async () => {
    const a = expectType(await create('linker'), 'CreateAffiliatePayload').affiliate;
    const link = (input: { code: string; landingUrl: string; campaign?: string }) => tenant.admin.sdk.CreateAffiliateLink({ input: { affiliateId: a.id, ...input } });
    const onDomain = expectType((await link({ code: 'L-home', landingUrl: `https://${tenant.slug}.casino.test/welcome?lang=en`, campaign: 'spring' })).createAffiliateLink, 'CreateAffiliateLinkPayload').link;
    expect(onDomain).toMatchObject({ code: 'L-home', landingUrl: `https://${tenant.slug}.casino.test/welcome?lang=en`, campaign: 'spring', affiliate: { id: a.id } });
    expect(onDomain.clickPath).toBe(`/affiliates/${tenant.slug}/click/L-home`);
    const onPath = expectType((await link({ code: 'L-path', landingUrl: '/promo/slots' })).createAffiliateLink, 'CreateAffiliateLinkPayload').link;
    expect(onPath.campaign).toBeNull();

    for (const landingUrl of ['https://evil.test/welcome', `https://${tenant.slug}.casino.test.evil.test/`, '//evil.test/x', 'javascript:alert(1)', `ftp://${tenant.slug}.casino.test/`, 'welcome', `https://u:p@${tenant.slug}.casino.test/`]) {
      const refused = expectType((await link({ code: 'L-bad', landingUrl })).createAffiliateLink, 'ValidationError');
      expect(refused.issues, landingUrl).toEqual([{ path: ['input', 'landingUrl'], message: 'must be a path or an http(s) URL on one of the domains of the tenant' }]);
    }
    expect(expectType((await link({ code: 'l-HOME', landingUrl: '/x' })).createAffiliateLink, 'AffiliateLinkCodeTakenError').linkCode).toBe('l-HOME');

    const { affiliate } = await tenant.admin.sdk.Affiliate({ id: a.id });
    expect(affiliate!.links.totalCount).toBe(2);
    expect(affiliate!.links.nodes.map((l) => l.code)).toEqual(['L-path', 'L-home']);
    expect((await audits('affiliate.link.create')).filter((r) => r.diff.affiliate?.to === localId(a.id)).map((r) => r.target_id)).toEqual([localId(onDomain.id), localId(onPath.id)]);
  });
});

describe('settings', () => {
  it('default to a 30-day window; a change is audited', async () => {
    const other = await newTenant(server, platform);
    expect((await other.admin.sdk.AffiliateSettings()).affiliateSettings).toEqual({ attributionWindowDays: 30, version: 0 });
    const set = expectType((await other.admin.sdk.UpdateAffiliateSettings({ input: { attributionWindowDays: 7 } })).updateAffiliateSettings, 'UpdateAffiliateSettingsPayload');
    expect(set.settings).toEqual({ attributionWindowDays: 7, version: 1 });
    expectType((await other.admin.sdk.UpdateAffiliateSettings({ input: { attributionWindowDays: 0 } })).updateAffiliateSettings, 'ValidationError');
    const { rows } = await owner.query(`select diff from audit_event where tenant_id = $1 and action = 'affiliate.settings.update'`, [localId(other.id)]);
    expect(rows.map((r) => r.diff)).toEqual([{ attributionWindowDays: { from: 30, to: 7 } }]);
  });
});

describe('permissions', () => {
  it('FINANCE and SUPPORT read but do not manage; players read nothing', async () => {
    const a = expectType(await create('perm'), 'CreateAffiliatePayload').affiliate;
    for (const role of ['FINANCE', 'SUPPORT'] as const) {
      const staff = await newStaff(server, platform, tenant.slug, [role]);
      expect((await staff.sdk.Affiliate({ id: a.id })).affiliate).toMatchObject({ code: 'perm' });
      expect((await graphqlError(staff.sdk.CreateAffiliate({ input: { code: `by-${role}`, name: 'x', email: `${role}@x.test` } }))).code).toBe('FORBIDDEN');
    }
    const player = await newPlayer(server, tenant);
    expect((await graphqlError(player.sdk.Affiliates({}))).code).toBe('FORBIDDEN');
    expect((await player.sdk.AffiliateNode({ id: a.id })).node).toBeNull();
  });
});
