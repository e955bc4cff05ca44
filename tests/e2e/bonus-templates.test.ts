import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BonusTermsInput } from '../../codegen/sdk.js';
import { systemContext } from '../../src/context.js';
import { newId } from '../../src/ids.js';
import { BonusBudgetExceededError, BonusTemplateArchivedError, grantBonus } from '../../modules/bonus/index.js';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { graphqlError } from '../helpers/errors.js';
import { expectType, localId, newPlayer, newStaff, newTenant, platformAdmin, type TestTenant } from '../helpers/world.js';

let server: TestServer;
let platform: Sdk;
/** The database owner: calls the grant service's budget SQL directly, as a grant would. */
let owner: pg.Client;

beforeAll(async () => {
  server = await startServer();
  platform = (await platformAdmin(server)).sdk;
  owner = new pg.Client({ connectionString: inject('databaseUrl') });
  await owner.connect();
});
afterAll(async () => {
  await owner?.end();
  await server?.close();
});

const LAUNCH_URL = 'https://games.provider.test/launch?game={game}&token={token}';

/** A tenant with two games in its catalogue: a slot `sweet-1` and a roulette `roulette-1`. */
async function casino(): Promise<TestTenant> {
  const tenant = await newTenant(server, platform);
  for (const [externalRef, category] of [['sweet-1', 'SLOTS'], ['roulette-1', 'TABLE']] as const) {
    const added = await tenant.admin.sdk.AddGame({ input: { provider: 'pragmatic', externalRef, name: externalRef, category, currencies: ['EUR'], launchUrl: LAUNCH_URL } });
    expectType(added.addGame, 'AddGamePayload');
  }
  return tenant;
}

const noDeposit = (over: Partial<BonusTermsInput> = {}): BonusTermsInput => ({
  kind: 'NO_DEPOSIT',
  currencies: [{ currency: 'EUR', amount: '10000' }],
  wagering: { multiplier: 10 },
  gameWeights: [{ scope: 'DEFAULT', percent: 100 }],
  validityHours: 72,
  ...over,
});
const depositMatch = (over: Partial<BonusTermsInput> = {}): BonusTermsInput => ({
  kind: 'DEPOSIT_MATCH',
  matchPercent: 100,
  currencies: [{ currency: 'EUR', maxBonus: '20000', minDeposit: '1000', maxBet: '500' }],
  wagering: { multiplier: 10 },
  gameWeights: [{ scope: 'CATEGORY', key: 'SLOTS', percent: 100 }, { scope: 'GAME', key: 'roulette-1', percent: 10 }],
  maxConversionMultiple: 2,
  validityHours: 168,
  ...over,
});
const freeBets = (over: Partial<BonusTermsInput> = {}): BonusTermsInput => ({
  kind: 'FREE_BETS',
  currencies: [{ currency: 'EUR', freeBetStake: '20' }],
  freeBets: { count: 50, games: ['sweet-1'], winsTo: 'BONUS' },
  wagering: { multiplier: 5 },
  gameWeights: [{ scope: 'PRODUCT', key: 'CASINO', percent: 100 }],
  validityHours: 24,
  ...over,
});
const cashback = (over: Partial<BonusTermsInput> = {}): BonusTermsInput => ({
  kind: 'CASHBACK',
  cashbackPercent: 10,
  cashbackPeriod: 'WEEK',
  currencies: [{ currency: 'EUR', maxBonus: '50000' }, { currency: 'USD', maxBonus: '60000' }],
  wagering: { multiplier: 1 },
  validityHours: 48,
  eligibility: { countries: ['DE', 'TR'], tags: ['vip'], excludedTags: ['abuser'] },
  ...over,
});

let names = 0;
async function create(tenant: TestTenant, terms: BonusTermsInput, name = `Offer ${++names}`) {
  return (await tenant.admin.sdk.CreateBonusTemplate({ input: { name, terms } })).createBonusTemplate;
}
async function created(tenant: TestTenant, terms: BonusTermsInput, name?: string) {
  return expectType(await create(tenant, terms, name), 'CreateBonusTemplatePayload').template;
}
async function templateCount(tenant: TestTenant): Promise<number> {
  return (await tenant.admin.sdk.BonusTemplates({ first: 1 })).bonusTemplates!.totalCount;
}
async function auditOf(tenant: TestTenant, targetId: string) {
  return (await tenant.admin.sdk.AuditEvents({ targetId, first: 50 })).auditEvents!.edges.map((e) => e.node);
}

describe('bonus templates', () => {
  it('creates each kind with its terms as typed fields, lists them by status and kind, audited', async () => {
    const tenant = await casino();
    const match = await created(tenant, depositMatch(), 'Welcome 100%');
    expect(match).toMatchObject({ name: 'Welcome 100%', kind: 'DEPOSIT_MATCH', product: 'CASINO', status: 'ACTIVE', version: 1, wageringMultiple: '10' });
    expect(match.terms).toMatchObject({
      matchPercent: 100,
      cashbackPercent: null,
      freeBets: null,
      wagering: { multiplier: 10, base: 'BONUS' },
      maxConversionMultiple: 2,
      validityHours: 168,
      eligibility: { countries: [], tags: [], excludedTags: [] },
      gameWeights: [{ scope: 'CATEGORY', key: 'SLOTS', percent: 100 }, { scope: 'GAME', key: 'roulette-1', percent: 10 }],
    });
    expect(match.terms.currencies).toEqual([
      { currency: 'EUR', amount: null, maxBonus: { amount: '20000', currency: 'EUR' }, minDeposit: { amount: '1000', currency: 'EUR' }, maxBet: { amount: '500', currency: 'EUR' }, freeBetStake: null },
    ]);
    expect(match.createdBy).toMatch(/^STAFF:/);
    const spins = await created(tenant, freeBets());
    expect(spins.terms.freeBets).toEqual({ count: 50, games: ['sweet-1'], winsTo: 'BONUS' });
    const back = await created(tenant, cashback());
    expect(back.terms).toMatchObject({ cashbackPercent: 10, cashbackPeriod: 'WEEK', eligibility: { countries: ['DE', 'TR'], tags: ['vip'], excludedTags: ['abuser'] } });
    expect(back.terms.currencies.map((c) => c.currency)).toEqual(['EUR', 'USD']);
    const free = await created(tenant, noDeposit());
    expect(free.terms.currencies[0]!.amount).toEqual({ amount: '10000', currency: 'EUR' });

    const all = (await tenant.admin.sdk.BonusTemplates({ first: 10 })).bonusTemplates!;
    expect(all.totalCount).toBe(4);
    expect(all.edges.map((e) => e.node.id)).toEqual([match.id, spins.id, back.id, free.id]);
    const page = (await tenant.admin.sdk.BonusTemplates({ first: 2 })).bonusTemplates!;
    const next = (await tenant.admin.sdk.BonusTemplates({ first: 2, after: page.pageInfo.endCursor })).bonusTemplates!;
    expect([...page.edges, ...next.edges].map((e) => e.node.id)).toEqual([match.id, spins.id, back.id, free.id]);
    expect((await tenant.admin.sdk.BonusTemplates({ kind: 'CASHBACK' })).bonusTemplates!.edges.map((e) => e.node.id)).toEqual([back.id]);
    expect((await tenant.admin.sdk.BonusTemplates({ status: 'ARCHIVED' })).bonusTemplates!.totalCount).toBe(0);

    const [event] = await auditOf(tenant, match.id);
    expect(event).toMatchObject({ action: 'bonus.template.create' });
    expect(event!.diff).toMatchObject({ name: { from: null, to: 'Welcome 100%' }, status: { from: null, to: 'ACTIVE' }, version: { from: null, to: 1 } });
  });

  it('refuses terms that break a rule of their kind, naming each field, and writes nothing', async () => {
    const tenant = await casino();
    const paths = async (terms: BonusTermsInput, name = 'Bad offer') =>
      expectType(await create(tenant, terms, name), 'ValidationError').issues.map((i) => i.path.join('.'));
    const t = 'input.terms';
    // DEPOSIT_MATCH: matchPercent, each currency's maxBonus; no amounts of other kinds.
    expect(await paths(depositMatch({ matchPercent: null }))).toEqual([`${t}.matchPercent`]);
    expect(await paths(depositMatch({ currencies: [{ currency: 'EUR', minDeposit: '1000' }] }))).toEqual([`${t}.currencies.0.maxBonus`]);
    expect(await paths(depositMatch({ currencies: [{ currency: 'EUR', maxBonus: '100', amount: '100', freeBetStake: '5' }] }))).toEqual([`${t}.currencies.0.amount`, `${t}.currencies.0.freeBetStake`]);
    expect(await paths(depositMatch({ cashbackPercent: 5, freeBets: { count: 1, games: ['sweet-1'], winsTo: 'CASH' } }))).toEqual([`${t}.cashbackPercent`, `${t}.freeBets`]);
    // NO_DEPOSIT: each currency's amount; no match, no minDeposit.
    expect(await paths(noDeposit({ currencies: [{ currency: 'EUR', maxBet: '100' }] }))).toEqual([`${t}.currencies.0.amount`]);
    expect(await paths(noDeposit({ matchPercent: 50, currencies: [{ currency: 'EUR', amount: '100', minDeposit: '10' }] }))).toEqual([`${t}.matchPercent`, `${t}.currencies.0.minDeposit`]);
    // FREE_BETS: freeBets and each currency's stake; games of the catalogue; wins to cash are wager-free.
    expect(await paths(freeBets({ freeBets: null, currencies: [{ currency: 'EUR' }] }))).toEqual([`${t}.freeBets`, `${t}.currencies.0.freeBetStake`]);
    expect(await paths(freeBets({ freeBets: { count: 5, games: ['sweet-1', 'nowhere-9'], winsTo: 'BONUS' } }))).toEqual([`${t}.freeBets.games.1`]);
    expect(await paths(freeBets({ freeBets: { count: 5, games: ['sweet-1'], winsTo: 'CASH' } }))).toEqual([`${t}.wagering.multiplier`]);
    // CASHBACK: percent, period, each currency's maxBonus.
    expect(await paths(cashback({ cashbackPeriod: null, currencies: [{ currency: 'EUR' }] }))).toEqual([`${t}.cashbackPeriod`, `${t}.currencies.0.maxBonus`]);
    // Currencies: the tenant's, each once.
    expect(await paths(noDeposit({ currencies: [{ currency: 'GBP', amount: '100' }] }))).toEqual([`${t}.currencies.0.currency`]);
    expect(await paths(noDeposit({ currencies: [{ currency: 'EUR', amount: '100' }, { currency: 'EUR', amount: '200' }] }))).toEqual([`${t}.currencies.1.currency`]);
    // Weights: keys that exist, one product, no repeated row.
    expect(
      await paths(
        noDeposit({
          gameWeights: [
            { scope: 'GAME', key: 'nowhere-9', percent: 100 },
            { scope: 'CATEGORY', key: 'POKER', percent: 100 },
            { scope: 'PRODUCT', key: 'SPORTS', percent: 100 },
            { scope: 'DEFAULT', key: 'x', percent: 100 },
            { scope: 'GAME', percent: 50 },
            { scope: 'CATEGORY', key: 'SLOTS', percent: 100 },
            { scope: 'CATEGORY', key: 'SLOTS', percent: 50 },
          ],
        }),
      ),
    ).toEqual([0, 1, 2, 3, 4].map((i) => `${t}.gameWeights.${i}.key`).concat(`${t}.gameWeights.6`));
    // The deposit is a base of deposit matches only.
    expect(await paths(noDeposit({ wagering: { multiplier: 1, base: 'BONUS_PLUS_DEPOSIT' } }))).toEqual([`${t}.wagering.base`]);
    // The shapes of terms.ts: ranges, formats.
    expect(await paths(depositMatch({ matchPercent: 0 }))).toEqual([`${t}.matchPercent`]);
    expect(await paths(noDeposit({ currencies: [{ currency: 'EUR', amount: '-5' }] }))).toEqual([`${t}.currencies.0.amount`]);
    expect(await paths(noDeposit({ eligibility: { countries: ['gb'] } }))).toEqual([`${t}.eligibility.countries.0`]);
    expect(await paths(noDeposit({ validityHours: 0, wagering: { multiplier: 1001 } }))).toEqual(expect.arrayContaining([`${t}.validityHours`, `${t}.wagering.multiplier`]));
    expect(await paths(noDeposit(), '  ')).toEqual(['input.name']);
    // A Turkish caller reads the same issues in Turkish.
    const turkish = server.sdk({ authorization: `Bearer ${tenant.admin.token}`, 'accept-language': 'tr' });
    const tr = await turkish.CreateBonusTemplate({ input: { name: 'X', terms: noDeposit({ matchPercent: 5 }) } });
    expect(expectType(tr.createBonusTemplate, 'ValidationError').issues[0]!.message).toBe('NO_DEPOSIT türünün bir koşulu değil');

    expect(await templateCount(tenant)).toBe(0);
  });

  it('a UKGC tenant refuses wagering above 10 × the bonus, naming the rule; the tenant\'s own stricter multiplier applies', async () => {
    const tenant = await casino();
    // No cap yet: 35× is accepted, and is expected to cost nothing.
    const old = await created(tenant, noDeposit({ wagering: { multiplier: 35 } }), 'Old 35x');
    const { setBonusSettings } = await tenant.admin.sdk.SetBonusSettings({ input: { jurisdiction: 'UKGC' } });
    const set = expectType(setBonusSettings, 'SetBonusSettingsPayload');
    expect(set.settings).toMatchObject({ jurisdiction: 'UKGC', maxWageringMultiplier: null, wageringCap: 10 });
    expect(set.settings.wageringCapRule).toContain('LCCP social responsibility code 5.1.1');
    // Templates already active are listed, not changed.
    expect(set.activeTemplatesOverCap.map((x) => x.id)).toEqual([old.id]);

    const before = await templateCount(tenant);
    const refused = expectType(await create(tenant, noDeposit({ wagering: { multiplier: 35 } })), 'WageringCapExceededError');
    expect(refused).toMatchObject({ code: 'WAGERING_CAP_EXCEEDED', cap: 10, effectiveMultiple: '35' });
    expect(refused.rule).toBe('UKGC rule (LCCP social responsibility code 5.1.1, in force since 19 January 2026)');
    expect(refused.message).toBe(`${refused.rule}: the wagering requirement may be at most 10 × the bonus, and here it is 35 × the bonus.`);
    expect(expectType(await create(tenant, noDeposit({ wagering: { multiplier: 11 } })), 'WageringCapExceededError').effectiveMultiple).toBe('11');
    // Bonus + deposit on a 100% match at 6×: 6 × (1 + 100/100) = 12 × the bonus.
    const plusDeposit = expectType(await create(tenant, depositMatch({ wagering: { multiplier: 6, base: 'BONUS_PLUS_DEPOSIT' } })), 'WageringCapExceededError');
    expect(plusDeposit.effectiveMultiple).toBe('12');
    // On a 30% match at 3×: 3 × (1 + 100/30) = 13, rounded up: 13.
    expect(expectType(await create(tenant, depositMatch({ matchPercent: 30, wagering: { multiplier: 3, base: 'BONUS_PLUS_DEPOSIT' } })), 'WageringCapExceededError').effectiveMultiple).toBe('13');
    // 5 × (1 + 100/100) = 10 is within 10, but the maxBonus lets the deposit grow past the bonus: unbounded.
    const unbounded = expectType(await create(tenant, depositMatch({ wagering: { multiplier: 5, base: 'BONUS_PLUS_DEPOSIT' } })), 'WageringCapExceededError');
    expect(unbounded.effectiveMultiple).toBeNull();
    expect(unbounded.message).toContain('unbounded');
    expect(await templateCount(tenant)).toBe(before);
    // The old template's next update must keep the cap.
    expect(expectType((await tenant.admin.sdk.UpdateBonusTemplate({ input: { templateId: old.id, terms: noDeposit({ wagering: { multiplier: 35 } }) } })).updateBonusTemplate, 'WageringCapExceededError').cap).toBe(10);
    // 10× on the bonus is within the rule; so is wager-free.
    const ten = await created(tenant, depositMatch({ wagering: { multiplier: 10 } }));
    await created(tenant, noDeposit({ wagering: { multiplier: 0 } }));

    // The tenant's own 5× is stricter than UKGC's 10×.
    const stricter = expectType((await tenant.admin.sdk.SetBonusSettings({ input: { jurisdiction: 'UKGC', maxWageringMultiplier: 5 } })).setBonusSettings, 'SetBonusSettingsPayload');
    expect(stricter.settings).toMatchObject({ wageringCap: 5, wageringCapRule: "The tenant's own maximum wagering multiplier" });
    expect(stricter.activeTemplatesOverCap.map((x) => x.id).sort()).toEqual([old.id, ten.id].sort());
    const own = expectType(await create(tenant, noDeposit({ wagering: { multiplier: 6 } })), 'WageringCapExceededError');
    expect(own).toMatchObject({ cap: 5, effectiveMultiple: '6', rule: "The tenant's own maximum wagering multiplier" });
    // Turkish, rule and numbers included.
    const turkish = server.sdk({ authorization: `Bearer ${tenant.admin.token}`, 'accept-language': 'tr' });
    const tr = expectType((await turkish.CreateBonusTemplate({ input: { name: 'X', terms: noDeposit({ wagering: { multiplier: 6 } }) } })).createBonusTemplate, 'WageringCapExceededError');
    expect(tr.message).toBe('Operatörün kendi azami çevrim çarpanı: çevrim şartı en fazla bonusun 5 katı olabilir; burada bonusun 6 katı.');

    // Settings are read back and audited.
    expect((await tenant.admin.sdk.BonusSettings()).bonusSettings).toMatchObject({ jurisdiction: 'UKGC', maxWageringMultiplier: 5, wageringCap: 5 });
    const cleared = expectType((await tenant.admin.sdk.SetBonusSettings({ input: {} })).setBonusSettings, 'SetBonusSettingsPayload');
    expect(cleared.settings).toMatchObject({ jurisdiction: null, maxWageringMultiplier: null, wageringCap: null, wageringCapRule: null });
    expect(cleared.activeTemplatesOverCap).toEqual([]);
    const settingsEvents = (await tenant.admin.sdk.AuditEvents({ action: 'bonus.settings.set', first: 50 })).auditEvents!.edges.map((e) => e.node);
    expect(settingsEvents).toHaveLength(3);
    expect(settingsEvents.map((e) => e.diff)).toEqual(
      expect.arrayContaining([{ jurisdiction: { from: null, to: 'UKGC' } }, { maxWageringMultiplier: { from: 5, to: null }, jurisdiction: { from: 'UKGC', to: null } }]),
    );
  });

  it('an update bumps the version; a kind cannot change; an archived template is kept as it was', async () => {
    const tenant = await casino();
    const template = await created(tenant, noDeposit(), 'Spring');
    const { updateBonusTemplate } = await tenant.admin.sdk.UpdateBonusTemplate({
      input: { templateId: template.id, name: 'Spring 2027', terms: noDeposit({ currencies: [{ currency: 'EUR', amount: '5000' }], wagering: { multiplier: 3 } }) },
    });
    const updated = expectType(updateBonusTemplate, 'UpdateBonusTemplatePayload').template;
    expect(updated).toMatchObject({ id: template.id, name: 'Spring 2027', version: 2, terms: { wagering: { multiplier: 3 } } });
    expect(updated.terms.currencies[0]!.amount!.amount).toBe('5000');
    const { node: readBack } = await tenant.admin.sdk.BonusTemplate({ id: template.id });
    expect(readBack).toMatchObject({ __typename: 'BonusTemplate', name: 'Spring 2027', version: 2, terms: { wagering: { multiplier: 3 } } });
    // Nothing different: no new version, no audit event.
    const same = expectType((await tenant.admin.sdk.UpdateBonusTemplate({ input: { templateId: template.id, name: 'Spring 2027' } })).updateBonusTemplate, 'UpdateBonusTemplatePayload');
    expect(same.template.version).toBe(2);
    // The kind stays.
    const kind = expectType((await tenant.admin.sdk.UpdateBonusTemplate({ input: { templateId: template.id, terms: cashback() } })).updateBonusTemplate, 'ValidationError');
    expect(kind.issues.map((i) => i.path.join('.'))).toEqual(['input.terms.kind']);
    // A name of another active template is taken (case-insensitive).
    await created(tenant, noDeposit(), 'Summer');
    expectType((await tenant.admin.sdk.UpdateBonusTemplate({ input: { templateId: template.id, name: 'SUMMER' } })).updateBonusTemplate, 'BonusTemplateNameTakenError');
    expectType(await create(tenant, noDeposit(), 'summer'), 'BonusTemplateNameTakenError');

    const events = await auditOf(tenant, template.id);
    const update = events.filter((e) => e.action === 'bonus.template.update');
    expect(update).toHaveLength(1);
    expect(update[0]!.diff).toMatchObject({ name: { from: 'Spring', to: 'Spring 2027' }, version: { from: 1, to: 2 } });

    const { archiveBonusTemplate } = await tenant.admin.sdk.ArchiveBonusTemplate({ input: { templateId: template.id } });
    expect(expectType(archiveBonusTemplate, 'ArchiveBonusTemplatePayload').template).toMatchObject({ status: 'ARCHIVED', version: 2 });
    // Archiving again changes nothing; changing an archived template is refused.
    expectType((await tenant.admin.sdk.ArchiveBonusTemplate({ input: { templateId: template.id } })).archiveBonusTemplate, 'ArchiveBonusTemplatePayload');
    expectType((await tenant.admin.sdk.UpdateBonusTemplate({ input: { templateId: template.id, name: 'Again' } })).updateBonusTemplate, 'BonusTemplateArchivedError');
    expect((await auditOf(tenant, template.id)).filter((e) => e.action === 'bonus.template.archive')).toHaveLength(1);
    // Its name is free again for an active template.
    await created(tenant, noDeposit(), 'Spring 2027');
    expect((await tenant.admin.sdk.BonusTemplates({ status: 'ARCHIVED' })).bonusTemplates!.edges.map((e) => e.node.id)).toEqual([template.id]);

    // Ids: another type's, a raw UUID, and one that names nothing.
    expectType((await tenant.admin.sdk.ArchiveBonusTemplate({ input: { templateId: tenant.id } })).archiveBonusTemplate, 'InvalidIdError');
    expectType((await tenant.admin.sdk.ArchiveBonusTemplate({ input: { templateId: localId(template.id) } })).archiveBonusTemplate, 'InvalidIdError');
    const nothing = Buffer.from('BonusTemplate:01900000-0000-7000-8000-000000000000').toString('base64');
    expectType((await tenant.admin.sdk.ArchiveBonusTemplate({ input: { templateId: nothing } })).archiveBonusTemplate, 'NotFoundError');
  });

  it('shows the expected cost: bonus × max(0, 1 − edge × multiplier), per game mix', async () => {
    const tenant = await casino();
    const cost = async (id: string, currency: string, mix?: { category: 'SLOTS' | 'TABLE' | 'LIVE'; percent: number }[]) => {
      const { node } = await tenant.admin.sdk.BonusTemplateExpectedCost({ id, currency, mix });
      return node?.__typename === 'BonusTemplate' ? (node.expectedCost?.amount ?? null) : undefined;
    };
    // 100.00 EUR at 10× on slots (4%): 100 − 10 × 100 × 4% = 60.
    const ten = await created(tenant, noDeposit());
    expect(await cost(ten.id, 'EUR')).toBe('6000');
    // At 35× it would lose 140: nothing converts.
    const high = await created(tenant, noDeposit({ wagering: { multiplier: 35 } }));
    expect(await cost(high.id, 'EUR')).toBe('0');
    // Half on slots (4%), half on tables (1.5%), both counting 100%: 100 − 1000 × 2.75% = 72.50.
    expect(await cost(ten.id, 'EUR', [{ category: 'SLOTS', percent: 50 }, { category: 'TABLE', percent: 50 }])).toBe('7250');
    // Tables counting 10%: every 1 of requirement takes 10 of stakes: 1.5% / 10% = 15% per unit; 100 − 150 < 0.
    const weighted = await created(tenant, noDeposit({ gameWeights: [{ scope: 'CATEGORY', key: 'SLOTS', percent: 100 }, { scope: 'CATEGORY', key: 'TABLE', percent: 10 }] }));
    expect(await cost(weighted.id, 'EUR', [{ category: 'TABLE', percent: 100 }])).toBe('0');
    // Live games carry no row of the table: they count 0% and are left out of the mix's loss.
    expect(await cost(weighted.id, 'EUR', [{ category: 'SLOTS', percent: 50 }, { category: 'LIVE', percent: 50 }])).toBe('6000');
    // A deposit match at its cap: 200 EUR bonus, conversion capped at 2 × 200.
    const match = await created(tenant, depositMatch({ gameWeights: [{ scope: 'DEFAULT', percent: 100 }] }));
    expect(await cost(match.id, 'EUR')).toBe('12000');
    // 50 free bets of 0.20: 10.00 of stakes, expected to win back 9.60, wagered 5×: 9.60 − 5 × 9.60 × 4% = 7.68.
    expect(await cost((await created(tenant, freeBets())).id, 'EUR')).toBe('768');
    // Their wins paid to cash: 9.60 as they are.
    expect(await cost((await created(tenant, freeBets({ freeBets: { count: 50, games: ['sweet-1'], winsTo: 'CASH' }, wagering: { multiplier: 0 } }))).id, 'EUR')).toBe('960');
    // A currency it is not offered in: null.
    expect(await cost(match.id, 'USD')).toBeNull();
    // A mix must sum to 100.
    expect((await graphqlError(tenant.admin.sdk.BonusTemplateExpectedCost({ id: ten.id, currency: 'EUR', mix: [{ category: 'SLOTS', percent: 60 }] }))).code).toBe('VALIDATION_FAILED');
  });

  it('budgets per promotion and per tenant, with their use in the current period; set, replaced, removed, audited', async () => {
    const tenant = await casino();
    const template = await created(tenant, noDeposit({ currencies: [{ currency: 'EUR', amount: '10000' }] }));
    const player = await newPlayer(server, tenant);
    const set = async (input: Parameters<Sdk['SetBonusBudget']>[0]['input']) => (await tenant.admin.sdk.SetBonusBudget({ input })).setBonusBudget;

    const promo = expectType(await set({ templateId: template.id, currency: 'EUR', basis: 'FACE_VALUE', period: 'DAY', totalLimit: '50000', perPlayerLimit: '20000' }), 'SetBonusBudgetPayload').budget;
    const dayStart = new Date(new Date().toISOString().slice(0, 10) + 'T00:00:00.000Z');
    expect(promo).toMatchObject({
      template: { id: template.id },
      currency: 'EUR',
      basis: 'FACE_VALUE',
      period: 'DAY',
      totalLimit: { amount: '50000' },
      perPlayerLimit: { amount: '20000' },
      usage: { reserved: { amount: '0' }, consumed: { amount: '0' }, remaining: { amount: '50000' } },
    });
    expect(new Date(promo.usage.periodStart).getTime()).toBe(dayStart.getTime());
    expect(new Date(promo.usage.periodEnd!).getTime()).toBe(dayStart.getTime() + 86_400_000);
    const wide = expectType(await set({ currency: 'EUR', basis: 'EXPECTED_COST', period: 'TOTAL', totalLimit: '100000' }), 'SetBonusBudgetPayload').budget;
    expect(wide).toMatchObject({ template: null, perPlayerLimit: null, usage: { periodEnd: null } });
    expect(new Date(wide.usage.periodStart).getTime()).toBe(0);

    // A grant reserves in both as the grant service does: by SQL in its transaction, rolled back when
    // a budget refuses (face 100, expected cost 60).
    const reserve = async (face: string, expected: string) => {
      await owner.query('begin');
      const { rows } = await owner.query<{ r: { reservations?: unknown[]; error?: string; scope?: string } }>(`select bonus_budget_reserve($1, $2, $3, 'EUR', $4, $5) as r`, [
        localId(tenant.id),
        localId(template.id),
        localId(player.player.id),
        face,
        expected,
      ]);
      await owner.query(rows[0]!.r.error ? 'rollback' : 'commit');
      return rows[0]!.r;
    };
    const first = await reserve('10000', '6000');
    expect(first.reservations).toHaveLength(3);
    let listed = (await tenant.admin.sdk.BonusBudgets({})).bonusBudgets!;
    expect(listed.map((b) => b.id)).toEqual([wide.id, promo.id]);
    expect(listed[0]!.usage).toMatchObject({ reserved: { amount: '6000' }, consumed: { amount: '0' }, remaining: { amount: '94000' } });
    expect(listed[1]!.usage).toMatchObject({ reserved: { amount: '10000' }, remaining: { amount: '40000' } });
    // The player's limit (200) passes at the third grant of 100.
    expect((await reserve('10000', '6000')).reservations).toHaveLength(3);
    expect(await reserve('10000', '6000')).toMatchObject({ error: 'BUDGET_EXCEEDED', scope: 'PER_PLAYER' });
    // Completion of the first grant: 60 converted; its reservation released, what converted consumed.
    await owner.query(`select bonus_budget_settle($1, $2::jsonb, 6000)`, [localId(tenant.id), JSON.stringify(first.reservations)]);
    listed = (await tenant.admin.sdk.BonusBudgets({ templateId: template.id })).bonusBudgets!;
    expect(listed.map((b) => b.id)).toEqual([promo.id]);
    expect(listed[0]!.usage).toMatchObject({ reserved: { amount: '10000' }, consumed: { amount: '6000' }, remaining: { amount: '34000' } });
    expect((await tenant.admin.sdk.BonusBudgets({ tenantWideOnly: true })).bonusBudgets!.map((b) => b.id)).toEqual([wide.id]);

    // Set again: the same budget, new limits; the use stays counted.
    const replaced = expectType(await set({ templateId: template.id, currency: 'EUR', basis: 'FACE_VALUE', period: 'DAY', totalLimit: '20000' }), 'SetBonusBudgetPayload').budget;
    expect(replaced).toMatchObject({ id: promo.id, perPlayerLimit: null, usage: { remaining: { amount: '4000' } } });
    const audit = await auditOf(tenant, promo.id);
    expect(audit.map((e) => e.action)).toEqual(expect.arrayContaining(['bonus.budget.set']));
    expect(audit.find((e) => (e.diff as Record<string, unknown> | null)?.["totalLimit"])!.diff).toMatchObject({ totalLimit: { from: '50000', to: '20000' }, perPlayerLimit: { from: '20000', to: null } });

    // Refusals write nothing.
    expect(expectType(await set({ currency: 'EUR', basis: 'FACE_VALUE', period: 'WEEK' }), 'ValidationError').issues.map((i) => i.path.join('.'))).toEqual(['input.totalLimit']);
    expect(expectType(await set({ templateId: template.id, currency: 'USD', basis: 'FACE_VALUE', period: 'WEEK', totalLimit: '1' }), 'ValidationError').issues.map((i) => i.path.join('.'))).toEqual(['input.currency']);
    expect(expectType(await set({ currency: 'GBP', basis: 'FACE_VALUE', period: 'WEEK', totalLimit: '1' }), 'ValidationError').issues.map((i) => i.path.join('.'))).toEqual(['input.currency']);
    expect(expectType(await set({ currency: 'EUR', basis: 'FACE_VALUE', period: 'WEEK', totalLimit: '-1' }), 'ValidationError').issues.map((i) => i.path.join('.'))).toEqual(['input.totalLimit']);
    const nothing = Buffer.from('BonusTemplate:01900000-0000-7000-8000-000000000000').toString('base64');
    expectType(await set({ templateId: nothing, currency: 'EUR', basis: 'FACE_VALUE', period: 'WEEK', totalLimit: '1' }), 'NotFoundError');
    expect((await tenant.admin.sdk.BonusBudgets({})).bonusBudgets!).toHaveLength(2);

    // Removed, with its use; audited; a second removal finds nothing.
    const { removeBonusBudget } = await tenant.admin.sdk.RemoveBonusBudget({ input: { budgetId: promo.id } });
    expect(expectType(removeBonusBudget, 'RemoveBonusBudgetPayload').removedBudgetId).toBe(promo.id);
    expect((await tenant.admin.sdk.BonusBudgets({})).bonusBudgets!.map((b) => b.id)).toEqual([wide.id]);
    expect((await owner.query(`select count(*)::int as n from bonus_budget_usage where budget_id = $1`, [localId(promo.id)])).rows[0].n).toBe(0);
    expect((await auditOf(tenant, promo.id)).map((e) => e.action)).toContain('bonus.budget.remove');
    expectType((await tenant.admin.sdk.RemoveBonusBudget({ input: { budgetId: promo.id } })).removeBonusBudget, 'NotFoundError');
  });

  it('a grant keeps the version and terms it was granted with; its budget shows it; an archived template grants nothing', async () => {
    const tenant = await casino();
    const player = await newPlayer(server, tenant);
    const ctx = systemContext(server.platform.services, await server.platform.services.tenants.bySlug(server.platform.services, tenant.slug));
    const template = await created(tenant, noDeposit());
    expectType(
      (await tenant.admin.sdk.SetBonusBudget({ input: { templateId: template.id, currency: 'EUR', basis: 'FACE_VALUE', period: 'TOTAL', totalLimit: '15000' } })).setBonusBudget,
      'SetBonusBudgetPayload',
    );
    const grant = (request: { key?: string } = {}) =>
      grantBonus(ctx, { templateId: localId(template.id), playerId: localId(player.player.id), currency: 'EUR', idempotencyKey: request.key ?? `k-${newId()}`, grantedBy: 'STAFF:test' });
    const first = (await grant()).grant;
    expect(first).toMatchObject({ granted: '10000', wagering_required: '100000' });

    // Version 2: 50.00 at 3×. The grant made under version 1 keeps version 1's terms.
    const updated = await tenant.admin.sdk.UpdateBonusTemplate({ input: { templateId: template.id, terms: noDeposit({ currencies: [{ currency: 'EUR', amount: '5000' }], wagering: { multiplier: 3 } }) } });
    expect(expectType(updated.updateBonusTemplate, 'UpdateBonusTemplatePayload').template.version).toBe(2);
    const { rows } = await owner.query(`select template_version, terms, wagering_required::text from bonus_grant where id = $1`, [first.id]);
    expect(rows[0]).toMatchObject({ template_version: 1, wagering_required: '100000', terms: { currencies: { EUR: { amount: '10000' } }, wagering: { multiplier: 10 } } });
    const second = (await grant()).grant;
    expect(second).toMatchObject({ granted: '5000', wagering_required: '15000' });
    expect((await owner.query(`select template_version from bonus_grant where id = $1`, [second.id])).rows[0].template_version).toBe(2);

    // The budget: 100.00 + 50.00 reserved of 150.00; a third grant passes it and gets nothing.
    const [budget] = (await tenant.admin.sdk.BonusBudgets({ templateId: template.id })).bonusBudgets!;
    expect(budget!.usage).toMatchObject({ reserved: { amount: '15000' }, consumed: { amount: '0' }, remaining: { amount: '0' } });
    await expect(grant()).rejects.toBeInstanceOf(BonusBudgetExceededError);

    // Archived: no new grants.
    expectType((await tenant.admin.sdk.ArchiveBonusTemplate({ input: { templateId: template.id } })).archiveBonusTemplate, 'ArchiveBonusTemplatePayload');
    await expect(grant()).rejects.toBeInstanceOf(BonusTemplateArchivedError);
    expect((await owner.query(`select count(*)::int as n from bonus_grant where template_id = $1`, [localId(template.id)])).rows[0].n).toBe(2);
  });

  it('bonus:read to read, bonus:manage to change; players and visitors neither', async () => {
    const tenant = await casino();
    const template = await created(tenant, noDeposit());
    const support = await newStaff(server, platform, tenant.slug, ['SUPPORT']);
    const risk = await newStaff(server, platform, tenant.slug, ['RISK']);
    const player = await newPlayer(server, tenant);
    for (const reader of [support.sdk, risk.sdk]) {
      expect((await reader.BonusTemplates({})).bonusTemplates!.edges.map((e) => e.node.id)).toEqual([template.id]);
      expect((await reader.BonusSettings()).bonusSettings!).toMatchObject({ wageringCap: null });
      expect((await reader.BonusBudgets({})).bonusBudgets!).toEqual([]);
      expect((await graphqlError(reader.CreateBonusTemplate({ input: { name: 'X', terms: noDeposit() } }))).code).toBe('FORBIDDEN');
      expect((await graphqlError(reader.ArchiveBonusTemplate({ input: { templateId: template.id } }))).code).toBe('FORBIDDEN');
      expect((await graphqlError(reader.SetBonusSettings({ input: { jurisdiction: 'UKGC' } }))).code).toBe('FORBIDDEN');
      expect((await graphqlError(reader.SetBonusBudget({ input: { currency: 'EUR', basis: 'FACE_VALUE', period: 'DAY', totalLimit: '1' } }))).code).toBe('FORBIDDEN');
    }
    for (const outsider of [player.sdk, tenant.public]) {
      expect(['FORBIDDEN', 'UNAUTHENTICATED']).toContain((await graphqlError(outsider.BonusTemplates({}))).code);
      expect(['FORBIDDEN', 'UNAUTHENTICATED']).toContain((await graphqlError(outsider.BonusSettings())).code);
      expect(['FORBIDDEN', 'UNAUTHENTICATED']).toContain((await graphqlError(outsider.CreateBonusTemplate({ input: { name: 'X', terms: noDeposit() } }))).code);
    }
    // By node id a player gets nothing.
    expect((await player.sdk.Node({ id: template.id })).node).toBeNull();
    expect(await templateCount(tenant)).toBe(1);
    expect((await tenant.admin.sdk.BonusSettings()).bonusSettings!.jurisdiction).toBeNull();
  });
});
