import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { expectType, localId, newStaff, newTenant, platformAdmin, type TestTenant } from '../helpers/world.js';
import { graphqlError } from '../helpers/errors.js';
import { ownerDb } from '../helpers/payments.js';
import { auditRows } from '../helpers/audit-rows.js';
import type { AffiliatePlanTermsInput } from '../sdk.js';
import { overridesFromJson, planFromJson } from '../../modules/affiliates/affiliates.plans.js';
import { effectivePlan, type Plan } from '../../modules/affiliates/affiliates.commission.js';

/**
 * Commission plans as staff keep them (issue #19, docs/affiliates.md "Plans (API)"): typed terms
 * checked as the commission engine takes them, versioned, archived, assigned with overrides.
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

/** A hybrid plan: CPA in EUR and USD, marginal NGR RevShare, every NGR part on. */
const HYBRID: AffiliatePlanTermsInput = {
  cpa: {
    windowDays: 30,
    holdDays: 14,
    minBets: 10,
    byCurrency: [
      { currency: 'EUR', amount: '5000', baseline: '2000', minWagered: '10000' },
      { currency: 'USD', amount: '6000', baseline: '2500' },
    ],
  },
  revShare: {
    basis: 'NGR',
    mode: 'MARGINAL',
    ngrTiers: [{ currency: 'EUR', tiers: [{ from: '0', rate: '0.25' }, { from: '1000000', rate: '0.35' }] }],
  },
  ngr: { bonusCost: true, chargebacks: true, depositFee: '0.02', withdrawalFee: '0.01', gamingTax: '0.15', adminFee: { kind: 'FIXED', byCurrency: [{ currency: 'EUR', amount: '5000' }] } },
  negativeCarryover: true,
  subAffiliateRate: '0.05',
  clawbackDays: 90,
};

const money = (amount: string, currency: string) => ({ amount, currency });

async function createPlan(name: string, terms: AffiliatePlanTermsInput = HYBRID) {
  return (await tenant.admin.sdk.CreateAffiliatePlan({ input: { name, terms } })).createAffiliatePlan;
}

async function newAffiliate(code: string, on: TestTenant = tenant) {
  const made = await on.admin.sdk.CreateAffiliate({ input: { code, name: `Affiliate ${code}`, email: `${code}@plans.test` } });
  return expectType(made.createAffiliate, 'CreateAffiliatePayload').affiliate;
}

/** The issues of a refused plan, as "path: message". */
async function refusal(terms: AffiliatePlanTermsInput): Promise<string[]> {
  const refused = expectType(await createPlan(`refused-${Math.random()}`, terms), 'ValidationError');
  return refused.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('commission plans', () => {
  it('are created with typed terms, read back in the same shape, and audited', async () => {
    const plan = expectType(await createPlan('Hybrid'), 'CreateAffiliatePlanPayload').plan;
    expect(plan).toMatchObject({ name: 'Hybrid', version: 1, archived: false, archivedAt: null });
    expect(plan.terms).toEqual({
      cpa: {
        windowDays: 30,
        holdDays: 14,
        minBets: 10,
        byCurrency: [
          { currency: 'EUR', amount: money('5000', 'EUR'), baseline: money('2000', 'EUR'), minWagered: money('10000', 'EUR') },
          { currency: 'USD', amount: money('6000', 'USD'), baseline: money('2500', 'USD'), minWagered: null },
        ],
      },
      revShare: {
        basis: 'NGR',
        mode: 'MARGINAL',
        ngrTiers: [{ currency: 'EUR', tiers: [{ from: money('0', 'EUR'), rate: '0.25' }, { from: money('1000000', 'EUR'), rate: '0.35' }] }],
        playerTiers: null,
      },
      ngr: { bonusCost: true, chargebacks: true, depositFee: '0.02', withdrawalFee: '0.01', gamingTax: '0.15', adminFee: { kind: 'FIXED', rate: null, byCurrency: [{ amount: money('5000', 'EUR') }] } },
      negativeCarryover: true,
      subAffiliateRate: '0.05',
      clawbackDays: 90,
    });
    expect((await tenant.admin.sdk.AffiliatePlan({ id: plan.id })).affiliatePlan).toEqual(plan);

    // Stored as the engine's Plan, amounts as strings, with its first version.
    const { rows } = await owner.query(`select terms from affiliate_plan_version where tenant_id = $1 and plan_id = $2 and version = 1`, [localId(tenant.id), localId(plan.id)]);
    expect(rows[0].terms.cpa.byCurrency.EUR).toEqual({ amount: '5000', baseline: '2000', minWagered: '10000' });
    expect(rows[0].terms.revShare.tiers.EUR[1]).toEqual({ from: '1000000', rate: '0.35' });
    // ... and read back as exactly the engine's Plan.
    expect(planFromJson(rows[0].terms)).toEqual({
      cpa: {
        windowDays: 30,
        holdDays: 14,
        minBets: 10,
        byCurrency: { EUR: { amount: 5000n, baseline: 2000n, minWagered: 10000n }, USD: { amount: 6000n, baseline: 2500n, minWagered: null } },
      },
      revShare: { basis: 'NGR', mode: 'MARGINAL', tiers: { EUR: [{ from: 0n, rate: '0.25' }, { from: 1000000n, rate: '0.35' }] } },
      ngr: { bonusCost: true, chargebacks: true, depositFee: '0.02', withdrawalFee: '0.01', gamingTax: '0.15', adminFee: { kind: 'FIXED', byCurrency: { EUR: 5000n } } },
      negativeCarryover: true,
      subAffiliateRate: '0.05',
      clawbackDays: 90,
    } satisfies Plan);

    const created = await audits('affiliate.plan.create');
    expect(created).toEqual([expect.objectContaining({ target_type: 'AffiliatePlan', target_id: localId(plan.id) })]);
    expect(created[0]!.diff.name).toEqual({ from: null, to: 'Hybrid' });
    expect(created[0]!.diff.terms!.to).toMatchObject({ subAffiliateRate: '0.05', clawbackDays: 90 });

    expect(expectType(await createPlan('HYBRID'), 'AffiliatePlanNameTakenError').planName).toBe('HYBRID');

    // A RevShare-only plan by new paying players, nothing else.
    const byPlayers = expectType(
      await createPlan('Players', {
        revShare: { basis: 'NEW_PAYING_PLAYERS', playerTiers: [{ from: 0, rate: '0.2' }, { from: 10, rate: '0.3' }] },
        ngr: { bonusCost: false, chargebacks: false, adminFee: { kind: 'PERCENT_OF_GGR', rate: '0.1' } },
        negativeCarryover: false,
      }),
      'CreateAffiliatePlanPayload',
    ).plan;
    expect(byPlayers.terms).toMatchObject({
      cpa: null,
      revShare: { basis: 'NEW_PAYING_PLAYERS', mode: null, ngrTiers: null, playerTiers: [{ from: 0, rate: '0.2' }, { from: 10, rate: '0.3' }] },
      ngr: { depositFee: null, adminFee: { kind: 'PERCENT_OF_GGR', rate: '0.1', byCurrency: null } },
      subAffiliateRate: null,
      clawbackDays: null,
    });
  });

  it('refuse what the engine would, each issue at its field', async () => {
    const base = HYBRID;
    const eurTiers = (tiers: { from: string; rate: string }[]) => ({ ...base, revShare: { basis: 'NGR' as const, mode: 'WHOLE' as const, ngrTiers: [{ currency: 'EUR', tiers }] } });
    const tiersPath = 'input.terms.revShare.ngrTiers.0.tiers';

    expect(await refusal(eurTiers([{ from: '0', rate: '0.2' }, { from: '500', rate: '0.3' }, { from: '500', rate: '0.4' }]))).toEqual([`${tiersPath}.2.from: must be above the from of the tier before`]);
    expect(await refusal(eurTiers([{ from: '100', rate: '0.2' }]))).toEqual([`${tiersPath}.0.from: must be 0 for the first tier`]);
    expect(await refusal(eurTiers([]))).toEqual([`${tiersPath}: needs at least one tier`]);
    expect(await refusal(eurTiers([{ from: '0', rate: '1.5' }]))).toEqual([`${tiersPath}.0.rate: must be at most 1 (100%)`]);
    expect(await refusal(eurTiers([{ from: '0', rate: '35%' }]))).toEqual([`${tiersPath}.0.rate: must be a decimal from 0 to 1 with at most 12 places, like "0.35"`]);
    expect(await refusal(eurTiers([{ from: '-1', rate: '0.2' }]))).toEqual([`${tiersPath}.0.from: must be a whole number of minor units, 0 or more, as a string`]);
    expect(await refusal({ ...base, subAffiliateRate: '1.0001' })).toEqual(['input.terms.subAffiliateRate: must be at most 1 (100%)']);
    expect(await refusal({ ...base, ngr: { ...base.ngr, gamingTax: '2' } })).toEqual(['input.terms.ngr.gamingTax: must be at most 1 (100%)']);

    // Currencies: one the tenant does not offer, or one named twice.
    expect(await refusal({ ...base, revShare: { basis: 'NGR', mode: 'WHOLE', ngrTiers: [{ currency: 'GBP', tiers: [{ from: '0', rate: '0.2' }] }] } })).toEqual([
      'input.terms.revShare.ngrTiers.0.currency: is not a currency of this tenant',
    ]);
    const cpa = base.cpa!;
    expect(await refusal({ ...base, cpa: { ...cpa, byCurrency: [cpa.byCurrency[0]!, cpa.byCurrency[0]!] } })).toEqual(['input.terms.cpa.byCurrency.1.currency: names a currency twice']);
    expect(await refusal({ ...base, ngr: { ...base.ngr, adminFee: { kind: 'FIXED', byCurrency: [{ currency: 'GBP', amount: '100' }] } } })).toEqual([
      'input.terms.ngr.adminFee.byCurrency.0.currency: is not a currency of this tenant',
    ]);

    // CPA: the amount above 0, a qualifying condition, whole non-negative days.
    expect(await refusal({ ...base, cpa: { ...cpa, byCurrency: [{ currency: 'EUR', amount: '0', baseline: '100', minWagered: '1' }] } })).toEqual(['input.terms.cpa.byCurrency.0.amount: must be above 0']);
    expect(await refusal({ ...base, cpa: { ...cpa, minBets: null, byCurrency: [{ currency: 'EUR', amount: '10', baseline: '100' }] } })).toEqual([
      'input.terms.cpa.byCurrency.0.minWagered: is required when the plan has no minBets',
    ]);
    expect(await refusal({ ...base, cpa: { ...cpa, windowDays: -1, holdDays: 400 } })).toEqual(['input.terms.cpa.windowDays: must be 0 or more', 'input.terms.cpa.holdDays: must be at most 365']);
    expect(await refusal({ ...base, cpa: { ...cpa, byCurrency: [] } })).toEqual(['input.terms.cpa.byCurrency: needs at least one currency']);

    // RevShare: the parts of one basis only.
    expect(await refusal({ ...base, revShare: { basis: 'NGR', ngrTiers: [{ currency: 'EUR', tiers: [{ from: '0', rate: '0.2' }] }] } })).toEqual(['input.terms.revShare.mode: is required for basis NGR']);
    expect(await refusal({ ...base, revShare: { basis: 'NEW_PAYING_PLAYERS', mode: 'WHOLE', playerTiers: [{ from: 0, rate: '0.2' }] } })).toEqual([
      'input.terms.revShare.mode: must be left out for basis NEW_PAYING_PLAYERS',
    ]);
    expect(await refusal({ ...base, revShare: { basis: 'NEW_PAYING_PLAYERS' } })).toEqual(['input.terms.revShare.playerTiers: is required for basis NEW_PAYING_PLAYERS']);
    expect(await refusal({ ...base, ngr: { ...base.ngr, adminFee: { kind: 'PERCENT_OF_GGR' } } })).toEqual(['input.terms.ngr.adminFee.rate: is required for kind PERCENT_OF_GGR']);

    // Several issues at once, all listed; nothing was written.
    expect(await refusal({ ...base, subAffiliateRate: 'x', clawbackDays: -5 })).toEqual([
      'input.terms.subAffiliateRate: must be a decimal from 0 to 1 with at most 12 places, like "0.35"',
      'input.terms.clawbackDays: must be 0 or more',
    ]);
    const { rows } = await owner.query(`select count(*)::int as n from affiliate_plan where tenant_id = $1 and name like 'refused-%'`, [localId(tenant.id)]);
    expect(rows[0].n).toBe(0);

    // The Turkish of an issue.
    const turkish = server.sdk({ authorization: `Bearer ${tenant.admin.token}`, 'accept-language': 'tr' });
    const tr = await turkish.CreateAffiliatePlan({ input: { name: 'tr', terms: { ...base, subAffiliateRate: '3' } } });
    expect(expectType(tr.createAffiliatePlan, 'ValidationError').issues[0]!.message).toBe('en fazla 1 (%100) olmalı');
  });

  it('are versioned: new terms make a new version and keep the old one; a rename does not', async () => {
    const plan = expectType(await createPlan('Versioned'), 'CreateAffiliatePlanPayload').plan;
    const renamed = expectType((await tenant.admin.sdk.UpdateAffiliatePlan({ input: { planId: plan.id, name: 'Versioned 2' } })).updateAffiliatePlan, 'UpdateAffiliatePlanPayload').plan;
    expect(renamed).toMatchObject({ name: 'Versioned 2', version: 1 });

    const cheaper = { ...HYBRID, subAffiliateRate: '0.03', negativeCarryover: false };
    const changed = expectType((await tenant.admin.sdk.UpdateAffiliatePlan({ input: { planId: plan.id, terms: cheaper } })).updateAffiliatePlan, 'UpdateAffiliatePlanPayload').plan;
    expect(changed).toMatchObject({ version: 2, terms: { subAffiliateRate: '0.03', negativeCarryover: false } });
    // The same terms again change nothing.
    expect(expectType((await tenant.admin.sdk.UpdateAffiliatePlan({ input: { planId: plan.id, terms: cheaper } })).updateAffiliatePlan, 'UpdateAffiliatePlanPayload').plan.version).toBe(2);

    const { rows } = await owner.query<{ version: number; rate: string }>(
      `select version, terms->>'subAffiliateRate' as rate from affiliate_plan_version where tenant_id = $1 and plan_id = $2 order by version`,
      [localId(tenant.id), localId(plan.id)],
    );
    expect(rows).toEqual([{ version: 1, rate: '0.05' }, { version: 2, rate: '0.03' }]);
    const updates = (await audits('affiliate.plan.update')).filter((a) => a.target_id === localId(plan.id));
    expect(updates.map((u) => Object.keys(u.diff).sort())).toEqual([['name'], ['terms', 'version']]);
    expect(updates[1]!.diff.version).toEqual({ from: 1, to: 2 });

    // Bad new terms are refused with their path; an unknown plan is not found.
    const bad = expectType((await tenant.admin.sdk.UpdateAffiliatePlan({ input: { planId: plan.id, terms: { ...HYBRID, clawbackDays: -1 } } })).updateAffiliatePlan, 'ValidationError');
    expect(bad.issues.map((i) => i.path.join('.'))).toEqual(['input.terms.clawbackDays']);
    expectType((await tenant.admin.sdk.UpdateAffiliatePlan({ input: { planId: plan.id, name: 'hybrid' } })).updateAffiliatePlan, 'AffiliatePlanNameTakenError');
  });

  it('are archived once: then neither changed nor assigned; listed by archived', async () => {
    const plan = expectType(await createPlan('To archive'), 'CreateAffiliatePlanPayload').plan;
    const archived = expectType((await tenant.admin.sdk.ArchiveAffiliatePlan({ input: { planId: plan.id } })).archiveAffiliatePlan, 'ArchiveAffiliatePlanPayload').plan;
    expect(archived.archived).toBe(true);
    expect(archived.archivedAt).not.toBeNull();
    expectType((await tenant.admin.sdk.ArchiveAffiliatePlan({ input: { planId: plan.id } })).archiveAffiliatePlan, 'ArchiveAffiliatePlanPayload');
    expect((await audits('affiliate.plan.archive')).filter((a) => a.target_id === localId(plan.id))).toEqual([
      expect.objectContaining({ target_type: 'AffiliatePlan', diff: { archived: { from: false, to: true } } }),
    ]);

    expectType((await tenant.admin.sdk.UpdateAffiliatePlan({ input: { planId: plan.id, name: 'x' } })).updateAffiliatePlan, 'AffiliatePlanArchivedError');
    const a = await newAffiliate('on-archived');
    expectType((await tenant.admin.sdk.AssignAffiliatePlan({ input: { affiliateId: a.id, planId: plan.id } })).assignAffiliatePlan, 'AffiliatePlanArchivedError');

    const onlyArchived = (await tenant.admin.sdk.AffiliatePlans({ archived: true })).affiliatePlans!;
    expect(onlyArchived.nodes.map((p) => p.id)).toEqual([plan.id]);
    const current = (await tenant.admin.sdk.AffiliatePlans({ archived: false })).affiliatePlans!;
    expect(current.nodes.map((p) => p.id)).not.toContain(plan.id);
    expect((await tenant.admin.sdk.AffiliatePlans({})).affiliatePlans!.totalCount).toBe(current.totalCount + 1);
  });
});

describe('assigning a plan', () => {
  it('puts an affiliate on a plan with overrides (a null override turns a part off), audited', async () => {
    const plan = expectType(await createPlan('Assignable'), 'CreateAffiliatePlanPayload').plan;
    const a = await newAffiliate('assignee');
    const assigned = expectType(
      (await tenant.admin.sdk.AssignAffiliatePlan({ input: { affiliateId: a.id, planId: plan.id, overrides: { cpa: null, subAffiliateRate: '0.1' } } })).assignAffiliatePlan,
      'AssignAffiliatePlanPayload',
    ).affiliate;
    expect(assigned).toMatchObject({ version: 2, plan: { id: plan.id, version: 1 }, planOverrides: { overridden: ['cpa', 'subAffiliateRate'] } });
    const read = (await tenant.admin.sdk.AffiliateWithPlan({ id: a.id })).affiliate!;
    expect(read.planOverrides).toEqual({ overridden: ['cpa', 'subAffiliateRate'], cpa: null, revShare: null, ngr: null, negativeCarryover: null, subAffiliateRate: '0.1', clawbackDays: null });

    const { rows } = await owner.query(`select plan_overrides from affiliate where tenant_id = $1 and id = $2`, [localId(tenant.id), localId(a.id)]);
    expect(rows[0].plan_overrides).toEqual({ cpa: null, subAffiliateRate: '0.1' });
    // What the statement job will hand the engine: the plan with the overrides picked field by field.
    const stored = await owner.query(`select terms from affiliate_plan where tenant_id = $1 and id = $2`, [localId(tenant.id), localId(plan.id)]);
    const effective = effectivePlan(planFromJson(stored.rows[0].terms), overridesFromJson(rows[0].plan_overrides));
    expect(effective).toMatchObject({ cpa: null, subAffiliateRate: '0.1', clawbackDays: 90, revShare: { basis: 'NGR', mode: 'MARGINAL' } });
    const assigns = (await audits('affiliate.plan.assign')).filter((x) => x.target_id === localId(a.id));
    expect(assigns).toEqual([
      expect.objectContaining({
        target_type: 'Affiliate',
        diff: { plan: { from: null, to: localId(plan.id) }, overrides: { from: null, to: { cpa: null, subAffiliateRate: '0.1' } }, planVersion: 1 },
      }),
    ]);

    // Typed overrides of a whole part, read back; then none.
    const marginal = { basis: 'NGR' as const, mode: 'WHOLE' as const, ngrTiers: [{ currency: 'USD', tiers: [{ from: '0', rate: '0.4' }] }] };
    expectType((await tenant.admin.sdk.AssignAffiliatePlan({ input: { affiliateId: a.id, planId: plan.id, overrides: { revShare: marginal } } })).assignAffiliatePlan, 'AssignAffiliatePlanPayload');
    expect((await tenant.admin.sdk.AffiliateWithPlan({ id: a.id })).affiliate!.planOverrides).toMatchObject({
      overridden: ['revShare'],
      revShare: { basis: 'NGR', mode: 'WHOLE', ngrTiers: [{ currency: 'USD', tiers: [{ from: { amount: '0', currency: 'USD' }, rate: '0.4' }] }] },
    });
    const cleared = expectType((await tenant.admin.sdk.AssignAffiliatePlan({ input: { affiliateId: a.id, planId: plan.id } })).assignAffiliatePlan, 'AssignAffiliatePlanPayload');
    expect(cleared.affiliate.planOverrides).toBeNull();
  });

  it('refuses bad overrides at their path, and closed affiliates', async () => {
    const plan = expectType(await createPlan('Strict'), 'CreateAffiliatePlanPayload').plan;
    const a = await newAffiliate('strict');
    const refused = async (overrides: object) =>
      expectType((await tenant.admin.sdk.AssignAffiliatePlan({ input: { affiliateId: a.id, planId: plan.id, overrides } })).assignAffiliatePlan, 'ValidationError').issues.map(
        (i) => `${i.path.join('.')}: ${i.message}`,
      );
    expect(await refused({ subAffiliateRate: '1.5' })).toEqual(['input.overrides.subAffiliateRate: must be at most 1 (100%)']);
    expect(await refused({ ngr: null })).toEqual(["input.overrides.ngr: cannot be null: leave it out to keep the plan's"]);
    expect(await refused({ revShare: { basis: 'NGR', mode: 'WHOLE', ngrTiers: [{ currency: 'GBP', tiers: [{ from: '0', rate: '0.2' }] }] } })).toEqual([
      'input.overrides.revShare.ngrTiers.0.currency: is not a currency of this tenant',
    ]);
    expect((await owner.query(`select plan_id from affiliate where tenant_id = $1 and id = $2`, [localId(tenant.id), localId(a.id)])).rows[0].plan_id).toBeNull();

    expectType((await tenant.admin.sdk.UpdateAffiliate({ input: { affiliateId: a.id, status: 'CLOSED' } })).updateAffiliate, 'UpdateAffiliatePayload');
    expectType((await tenant.admin.sdk.AssignAffiliatePlan({ input: { affiliateId: a.id, planId: plan.id } })).assignAffiliatePlan, 'AffiliateClosedError');
  });

  it('never crosses tenants: another tenant\'s affiliate or plan is not found', async () => {
    const other = await newTenant(server, platform);
    const plan = expectType(await createPlan('Mine'), 'CreateAffiliatePlanPayload').plan;
    const mine = await newAffiliate('mine-x');
    const theirPlan = expectType((await other.admin.sdk.CreateAffiliatePlan({ input: { name: 'Theirs', terms: HYBRID } })).createAffiliatePlan, 'CreateAffiliatePlanPayload').plan;
    const theirs = await newAffiliate('theirs-x', other);

    const notFound = async (affiliateId: string, planId: string) =>
      expectType((await tenant.admin.sdk.AssignAffiliatePlan({ input: { affiliateId, planId } })).assignAffiliatePlan, 'NotFoundError').message;
    expect(await notFound(mine.id, theirPlan.id)).toMatch(/Commission plan/);
    expect(await notFound(theirs.id, plan.id)).toMatch(/Affiliate/);
    expect((await tenant.admin.sdk.AffiliatePlan({ id: theirPlan.id })).affiliatePlan).toBeNull();
    expect((await tenant.admin.sdk.AffiliatePlans({})).affiliatePlans!.nodes.map((p) => p.id)).not.toContain(theirPlan.id);
    expectType((await tenant.admin.sdk.UpdateAffiliatePlan({ input: { planId: theirPlan.id, name: 'stolen' } })).updateAffiliatePlan, 'NotFoundError');
    expectType((await tenant.admin.sdk.ArchiveAffiliatePlan({ input: { planId: theirPlan.id } })).archiveAffiliatePlan, 'NotFoundError');
    // The same name is free in another tenant, and nothing of theirs changed.
    expect((await other.admin.sdk.AffiliatePlan({ id: theirPlan.id })).affiliatePlan).toMatchObject({ name: 'Theirs', version: 1, archived: false });
    expect((await owner.query(`select plan_id from affiliate where id = $1`, [localId(theirs.id)])).rows[0].plan_id).toBeNull();
  });
});

describe('permissions', () => {
  it('affiliates:read reads plans but does not change them', async () => {
    const plan = expectType(await createPlan('Readable'), 'CreateAffiliatePlanPayload').plan;
    const finance = await newStaff(server, platform, tenant.slug, ['FINANCE']);
    expect((await finance.sdk.AffiliatePlan({ id: plan.id })).affiliatePlan).toMatchObject({ name: 'Readable' });
    expect((await graphqlError(finance.sdk.CreateAffiliatePlan({ input: { name: 'nope', terms: HYBRID } }))).code).toBe('FORBIDDEN');
    expect((await graphqlError(finance.sdk.ArchiveAffiliatePlan({ input: { planId: plan.id } }))).code).toBe('FORBIDDEN');
  });
});
