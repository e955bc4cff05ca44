// Commission plans in GraphQL (docs/affiliates.md "Plans (API)"). Thin: parse ids, authorize, call.
import { builder } from '../../src/builder.js';
import type { Context } from '../../src/context.js';
import { holds } from '../../src/auth/principal.js';
import { InvalidIdError, NotFoundError, ValidationError } from '../../src/errors.js';
import { errorType, TENANT_ERRORS } from '../../src/graphql/errors.js';
import { connectionOf } from '../../src/graphql/connections.js';
import { localIdOf } from '../../src/graphql/ids.js';
import { loadById } from '../../src/graphql/loaders.js';
import { money, MoneyType } from '../../src/graphql/money.js';
import type { CpaPlan, Plan, RevSharePlan } from './affiliates.commission.js';
import type { NgrRules } from './affiliates.ngr.js';
import { AffiliateRef } from './affiliates.schema.js';
import type { AffiliateRow } from './affiliates.service.js';
import { AffiliateClosedError } from './affiliates.errors.js';
import { AffiliatePlanArchivedError, AffiliatePlanNameTakenError } from './affiliates.plans.errors.js';
import * as plans from './affiliates.plans.js';
import type { PlanRow } from './affiliates.plans.js';

const readsAffiliates = (ctx: Context) => holds(ctx.principal, 'affiliates:read') || holds(ctx.principal, 'affiliates:manage');
const loadPlan = (ctx: Context, id: string | null) => loadById(ctx, 'affiliatePlan', plans.plansByIds, id);

// ---------------------------------------------------------------- enums and errors

const RevShareBasisEnum = builder.enumType('AffiliateRevShareBasis', {
  description: 'What decides a RevShare plan\'s tier.',
  values: {
    NGR: { description: 'The NGR of the affiliate\'s line in the period, with a tier table per currency.' },
    NEW_PAYING_PLAYERS: { description: 'The number of new paying players (first deposits in the period, all currencies); the reached tier\'s rate applies to all NGR.' },
  } as const,
});
const TieringModeEnum = builder.enumType('AffiliateTieringMode', {
  description: 'How NGR tiers apply.',
  values: {
    WHOLE: { description: 'The reached tier\'s rate on all of the NGR.' },
    MARGINAL: { description: 'Each band of NGR at its own tier\'s rate, like income-tax bands.' },
  } as const,
});
const AdminFeeKindEnum = builder.enumType('AffiliateAdminFeeKind', {
  description: 'How the admin fee is taken from GGR.',
  values: {
    PERCENT_OF_GGR: { description: 'A share of positive GGR.' },
    FIXED: { description: 'A fixed amount per period and currency with activity.' },
  } as const,
});

errorType(AffiliatePlanNameTakenError, 'AffiliatePlanNameTakenError', { code: 'AFFILIATE_PLAN_NAME_TAKEN', description: 'Another plan of the tenant has this name (ignoring case); nothing was written.' }, (t) => ({
  planName: t.exposeString('planName', { description: 'The name asked for.' }),
}));
errorType(AffiliatePlanArchivedError, 'AffiliatePlanArchivedError', { code: 'AFFILIATE_PLAN_ARCHIVED', description: 'The plan is archived: it can no longer change nor be assigned; nothing was written.' });

// ---------------------------------------------------------------- terms, as read back

const RATE = 'A decimal fraction from 0 to 1 as a string ("0.35" is 35%).';
const entries = <T>(record: Readonly<Record<string, T>>) => Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1));

const CpaCurrencyTermsType = builder.objectRef<{ currency: string; amount: bigint; baseline: bigint; minWagered: bigint | null }>('AffiliateCpaCurrencyTerms').implement({
  description: 'CPA terms in one currency.',
  fields: (t) => ({
    currency: t.field({ type: 'Currency', description: 'The currency of the player.', resolve: (c) => c.currency }),
    amount: t.field({ type: MoneyType, description: 'Paid per approved player.', resolve: (c) => money(c.amount, c.currency) }),
    baseline: t.field({ type: MoneyType, description: 'The least first deposit that qualifies.', resolve: (c) => money(c.baseline, c.currency) }),
    minWagered: t.field({ type: MoneyType, nullable: true, description: 'Wagering within the window that qualifies; null: wagering does not qualify.', resolve: (c) => (c.minWagered === null ? null : money(c.minWagered, c.currency)) }),
  }),
});
const CpaTermsType = builder.objectRef<CpaPlan>('AffiliateCpaTerms').implement({
  description: 'A plan\'s CPA (cost per acquisition) part.',
  fields: (t) => ({
    windowDays: t.exposeInt('windowDays', { description: 'The first deposit and the activity must both happen within this many days of registration.' }),
    holdDays: t.exposeInt('holdDays', { description: 'A qualified player is approved this many days after qualifying.' }),
    minBets: t.exposeInt('minBets', { nullable: true, description: 'Bets within the window that qualify; null: the bet count does not qualify.' }),
    byCurrency: t.field({ type: [CpaCurrencyTermsType], description: 'The terms per currency, by currency code.', resolve: (c) => entries(c.byCurrency).map(([currency, terms]) => ({ currency, ...terms })) }),
  }),
});
const NgrTierType = builder.objectRef<{ currency: string; from: bigint; rate: string }>('AffiliateNgrTier').implement({
  description: 'An NGR tier: its rate applies from this NGR on.',
  fields: (t) => ({
    from: t.field({ type: MoneyType, description: 'The NGR the tier starts at.', resolve: (x) => money(x.from, x.currency) }),
    rate: t.exposeString('rate', { description: RATE }),
  }),
});
const NgrTierTableType = builder.objectRef<{ currency: string; tiers: { from: bigint; rate: string }[] }>('AffiliateNgrTierTable').implement({
  description: 'The NGR tiers of one currency, ascending.',
  fields: (t) => ({
    currency: t.field({ type: 'Currency', description: 'The currency.', resolve: (x) => x.currency }),
    tiers: t.field({ type: [NgrTierType], description: 'The tiers, the first from 0.', resolve: (x) => x.tiers.map((tier) => ({ currency: x.currency, ...tier })) }),
  }),
});
const PlayerTierType = builder.objectRef<{ from: number; rate: string }>('AffiliatePlayerTier').implement({
  description: 'A tier by new paying players: its rate applies from this count on.',
  fields: (t) => ({
    from: t.exposeInt('from', { description: 'The count of new paying players the tier starts at.' }),
    rate: t.exposeString('rate', { description: RATE }),
  }),
});
const RevShareTermsType = builder.objectRef<RevSharePlan>('AffiliateRevShareTerms').implement({
  description: 'A plan\'s RevShare part.',
  fields: (t) => ({
    basis: t.field({ type: RevShareBasisEnum, description: 'What decides the tier.', resolve: (r) => r.basis }),
    mode: t.field({ type: TieringModeEnum, nullable: true, description: 'How NGR tiers apply; null for NEW_PAYING_PLAYERS.', resolve: (r) => (r.basis === 'NGR' ? r.mode : null) }),
    ngrTiers: t.field({
      type: [NgrTierTableType],
      nullable: true,
      description: 'For basis NGR: the tiers per currency, by currency code.',
      resolve: (r) => (r.basis === 'NGR' ? entries(r.tiers).map(([currency, tiers]) => ({ currency, tiers: tiers.map((x) => ({ from: x.from, rate: String(x.rate) })) })) : null),
    }),
    playerTiers: t.field({
      type: [PlayerTierType],
      nullable: true,
      description: 'For basis NEW_PAYING_PLAYERS: the tiers.',
      resolve: (r) => (r.basis === 'NEW_PAYING_PLAYERS' ? r.tiers.map((x) => ({ from: x.from, rate: String(x.rate) })) : null),
    }),
  }),
});
const FixedFeeType = builder.objectRef<{ currency: string; amount: bigint }>('AffiliateFixedAdminFee').implement({
  description: 'A fixed admin fee in one currency.',
  fields: (t) => ({ amount: t.field({ type: MoneyType, description: 'The fee per period.', resolve: (f) => money(f.amount, f.currency) }) }),
});
const AdminFeeType = builder.objectRef<NonNullable<NgrRules['adminFee']>>('AffiliateAdminFee').implement({
  description: 'The admin fee taken from GGR.',
  fields: (t) => ({
    kind: t.field({ type: AdminFeeKindEnum, description: 'How it is taken.', resolve: (f) => f.kind }),
    rate: t.string({ nullable: true, description: `For PERCENT_OF_GGR: ${RATE}`, resolve: (f) => (f.kind === 'PERCENT_OF_GGR' ? String(f.rate) : null) }),
    byCurrency: t.field({
      type: [FixedFeeType],
      nullable: true,
      description: 'For FIXED: the fee per currency, by currency code.',
      resolve: (f) => (f.kind === 'FIXED' ? entries(f.byCurrency).map(([currency, amount]) => ({ currency, amount })) : null),
    }),
  }),
});
const rateOrNull = (rate: string | number | null) => (rate === null ? null : String(rate));
const NgrRulesType = builder.objectRef<NgrRules>('AffiliateNgrRules').implement({
  description: 'What the plan deducts from GGR to make NGR (a part left out is not deducted).',
  fields: (t) => ({
    bonusCost: t.exposeBoolean('bonusCost', { description: 'Bonus cost is deducted.' }),
    chargebacks: t.exposeBoolean('chargebacks', { description: 'Chargebacks are deducted.' }),
    depositFee: t.string({ nullable: true, description: `The payment fee on deposits. ${RATE}`, resolve: (n) => rateOrNull(n.depositFee) }),
    withdrawalFee: t.string({ nullable: true, description: `The payment fee on withdrawals. ${RATE}`, resolve: (n) => rateOrNull(n.withdrawalFee) }),
    gamingTax: t.string({ nullable: true, description: `Gaming tax on positive GGR. ${RATE}`, resolve: (n) => rateOrNull(n.gamingTax) }),
    adminFee: t.field({ type: AdminFeeType, nullable: true, description: 'The admin fee; null: none.', resolve: (n) => n.adminFee }),
  }),
});

const PlanTermsType = builder.objectRef<Plan>('AffiliatePlanTerms').implement({
  description: 'A commission plan\'s terms, as the commission engine applies them (docs/affiliates.md).',
  fields: (t) => ({
    cpa: t.field({ type: CpaTermsType, nullable: true, description: 'The CPA part; null: no CPA.', resolve: (p) => p.cpa }),
    revShare: t.field({ type: RevShareTermsType, nullable: true, description: 'The RevShare part; null: no RevShare.', resolve: (p) => p.revShare }),
    ngr: t.field({ type: NgrRulesType, description: 'The NGR deductions.', resolve: (p) => p.ngr }),
    negativeCarryover: t.exposeBoolean('negativeCarryover', { description: 'A negative RevShare balance carries to the next period; without it, it is dropped.' }),
    subAffiliateRate: t.string({ nullable: true, description: `The share of each direct sub-affiliate's commission earned on top; null: none. ${RATE}`, resolve: (p) => rateOrNull(p.subAffiliateRate) }),
    clawbackDays: t.int({ nullable: true, description: 'A paid CPA is clawed back when its deposit is charged back within this many days of it; null: never.', resolve: (p) => p.clawbackDays }),
  }),
});
const OverridesType = builder.objectRef<{ overrides: Partial<Plan> }>('AffiliatePlanOverrides').implement({
  description: 'An affiliate\'s overrides of its plan: each field listed in `overridden` replaces the plan\'s whole (null turns that part off); the others are the plan\'s.',
  fields: (t) => ({
    overridden: t.stringList({ description: 'The names of the fields overridden.', resolve: (o) => Object.keys(o.overrides).sort() }),
    cpa: t.field({ type: CpaTermsType, nullable: true, description: 'The CPA part, when overridden.', resolve: (o) => o.overrides.cpa ?? null }),
    revShare: t.field({ type: RevShareTermsType, nullable: true, description: 'The RevShare part, when overridden.', resolve: (o) => o.overrides.revShare ?? null }),
    ngr: t.field({ type: NgrRulesType, nullable: true, description: 'The NGR deductions, when overridden.', resolve: (o) => o.overrides.ngr ?? null }),
    negativeCarryover: t.boolean({ nullable: true, description: 'The carryover, when overridden.', resolve: (o) => o.overrides.negativeCarryover ?? null }),
    subAffiliateRate: t.string({ nullable: true, description: `The sub-affiliate rate, when overridden. ${RATE}`, resolve: (o) => rateOrNull(o.overrides.subAffiliateRate ?? null) }),
    clawbackDays: t.int({ nullable: true, description: 'The clawback window, when overridden.', resolve: (o) => o.overrides.clawbackDays ?? null }),
  }),
});

export const AffiliatePlanRef = builder.objectRef<PlanRow>('AffiliatePlan');
const AffiliatePlanConnection = connectionOf(AffiliatePlanRef, 'AffiliatePlan', { totalCount: true });

builder.node(AffiliatePlanRef, {
  description: 'A commission plan: CPA and/or RevShare terms that affiliates are put on. Versioned: new terms make a new version, old versions stay as they were. Staff with affiliates:read.',
  id: { resolve: (p) => p.id },
  loadMany: async (ids, ctx) => {
    const rows = readsAffiliates(ctx) ? await plans.plansByIds(ctx, ids) : new Map<string, PlanRow>();
    return ids.map((id) => rows.get(id) ?? null);
  },
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Its name, unique in the tenant ignoring case.' }),
    terms: t.field({ type: PlanTermsType, description: 'The current version\'s terms.', resolve: (p) => plans.planFromJson(p.terms) }),
    version: t.exposeInt('version', { description: 'The terms\' version: 1 at creation, 1 more for each change of terms.' }),
    archived: t.boolean({ description: 'Archived: it can no longer change nor be assigned (affiliates on it keep it).', resolve: (p) => p.archived_at !== null }),
    archivedAt: t.expose('archived_at', { type: 'DateTime', nullable: true, description: 'When it was archived.' }),
    createdAt: t.expose('created_at', { type: 'DateTime', description: 'When it was created.' }),
    updatedAt: t.expose('updated_at', { type: 'DateTime', description: 'When it last changed.' }),
  }),
});

builder.objectFields(AffiliateRef, (t) => ({
  plan: t.field({
    type: AffiliatePlanRef,
    nullable: true,
    description: 'The commission plan the affiliate is on; null until one is assigned.',
    resolve: (a, _args, ctx) => loadPlan(ctx, a.plan_id),
  }),
  planOverrides: t.field({
    type: OverridesType,
    nullable: true,
    description: 'Its overrides of the plan; null when it has none.',
    resolve: (a) => (a.plan_overrides === null ? null : { overrides: plans.overridesFromJson(a.plan_overrides) }),
  }),
}));

// ---------------------------------------------------------------- inputs

const CpaCurrencyTermsInput = builder.inputType('AffiliateCpaCurrencyTermsInput', {
  description: 'CPA terms in one currency (one the tenant offers).',
  fields: (t) => ({
    currency: t.field({ type: 'Currency', required: true, description: 'The currency.' }),
    amount: t.field({ type: 'MinorUnits', required: true, description: 'Paid per approved player, above 0.' }),
    baseline: t.field({ type: 'MinorUnits', required: true, description: 'The least first deposit that qualifies (0 or more).' }),
    minWagered: t.field({ type: 'MinorUnits', description: 'Wagering within the window that qualifies; required when the plan has no minBets.' }),
  }),
});
const CpaInput = builder.inputType('AffiliateCpaInput', {
  description: 'A plan\'s CPA part.',
  fields: (t) => ({
    windowDays: t.int({ required: true, description: 'Days after registration for the first deposit and the activity, 0 to 365.' }),
    holdDays: t.int({ required: true, description: 'Days from qualifying to approval, 0 to 365.' }),
    minBets: t.int({ description: 'Bets within the window that qualify; left out: the bet count does not qualify.' }),
    byCurrency: t.field({ type: [CpaCurrencyTermsInput], required: true, description: 'The terms per currency, each currency once.' }),
  }),
});
const NgrTierInput = builder.inputType('AffiliateNgrTierInput', {
  description: 'An NGR tier.',
  fields: (t) => ({
    from: t.field({ type: 'MinorUnits', required: true, description: 'The NGR it starts at: 0 for the first tier, then strictly ascending.' }),
    rate: t.string({ required: true, description: RATE }),
  }),
});
const NgrTierTableInput = builder.inputType('AffiliateNgrTierTableInput', {
  description: 'The NGR tiers of one currency.',
  fields: (t) => ({
    currency: t.field({ type: 'Currency', required: true, description: 'The currency (one the tenant offers).' }),
    tiers: t.field({ type: [NgrTierInput], required: true, description: 'At least one tier, ascending.' }),
  }),
});
const PlayerTierInput = builder.inputType('AffiliatePlayerTierInput', {
  description: 'A tier by new paying players.',
  fields: (t) => ({
    from: t.int({ required: true, description: 'The count it starts at: 0 for the first tier, then strictly ascending.' }),
    rate: t.string({ required: true, description: RATE }),
  }),
});
const RevShareInput = builder.inputType('AffiliateRevShareInput', {
  description: 'A plan\'s RevShare part: basis NGR with `mode` and `ngrTiers`, or basis NEW_PAYING_PLAYERS with `playerTiers`.',
  fields: (t) => ({
    basis: t.field({ type: RevShareBasisEnum, required: true, description: 'What decides the tier.' }),
    mode: t.field({ type: TieringModeEnum, description: 'For basis NGR (required there).' }),
    ngrTiers: t.field({ type: [NgrTierTableInput], description: 'For basis NGR (required there): the tiers per currency, each currency once.' }),
    playerTiers: t.field({ type: [PlayerTierInput], description: 'For basis NEW_PAYING_PLAYERS (required there).' }),
  }),
});
const FixedFeeInput = builder.inputType('AffiliateFixedAdminFeeInput', {
  description: 'A fixed admin fee in one currency.',
  fields: (t) => ({
    currency: t.field({ type: 'Currency', required: true, description: 'The currency (one the tenant offers).' }),
    amount: t.field({ type: 'MinorUnits', required: true, description: 'The fee per period, 0 or more.' }),
  }),
});
const AdminFeeInput = builder.inputType('AffiliateAdminFeeInput', {
  description: 'The admin fee: PERCENT_OF_GGR with `rate`, or FIXED with `byCurrency`.',
  fields: (t) => ({
    kind: t.field({ type: AdminFeeKindEnum, required: true, description: 'How it is taken.' }),
    rate: t.string({ description: `For PERCENT_OF_GGR. ${RATE}` }),
    byCurrency: t.field({ type: [FixedFeeInput], description: 'For FIXED: the fee per currency.' }),
  }),
});
const NgrRulesInput = builder.inputType('AffiliateNgrRulesInput', {
  description: 'What to deduct from GGR to make NGR; a rate left out is not deducted.',
  fields: (t) => ({
    bonusCost: t.boolean({ required: true, description: 'Deduct bonus cost.' }),
    chargebacks: t.boolean({ required: true, description: 'Deduct chargebacks.' }),
    depositFee: t.string({ description: `The payment fee on deposits. ${RATE}` }),
    withdrawalFee: t.string({ description: `The payment fee on withdrawals. ${RATE}` }),
    gamingTax: t.string({ description: `Gaming tax on positive GGR. ${RATE}` }),
    adminFee: t.field({ type: AdminFeeInput, description: 'An admin fee.' }),
  }),
});
const PlanTermsInput = builder.inputType('AffiliatePlanTermsInput', {
  description: 'A commission plan\'s terms (the commission engine\'s plan; docs/affiliates.md). CPA and RevShare may each be left out.',
  fields: (t) => ({
    cpa: t.field({ type: CpaInput, description: 'The CPA part; left out: no CPA.' }),
    revShare: t.field({ type: RevShareInput, description: 'The RevShare part; left out: no RevShare.' }),
    ngr: t.field({ type: NgrRulesInput, required: true, description: 'The NGR deductions.' }),
    negativeCarryover: t.boolean({ required: true, description: 'Carry a negative RevShare balance to the next period.' }),
    subAffiliateRate: t.string({ description: `The share of each direct sub-affiliate's commission earned on top; left out: none. ${RATE}` }),
    clawbackDays: t.int({ description: 'Claw a paid CPA back when its deposit is charged back within this many days of it (0 to 3650); left out: never.' }),
  }),
});
const PlanOverridesInput = builder.inputType('AffiliatePlanOverridesInput', {
  description: 'Overrides of a plan for one affiliate: a field given replaces the plan\'s whole; null turns cpa, revShare, subAffiliateRate or clawbackDays off; a field left out keeps the plan\'s.',
  fields: (t) => ({
    cpa: t.field({ type: CpaInput, description: 'The CPA part (null: no CPA).' }),
    revShare: t.field({ type: RevShareInput, description: 'The RevShare part (null: no RevShare).' }),
    ngr: t.field({ type: NgrRulesInput, description: 'The NGR deductions (never null).' }),
    negativeCarryover: t.boolean({ description: 'The carryover (never null).' }),
    subAffiliateRate: t.string({ description: `The sub-affiliate rate (null: none). ${RATE}` }),
    clawbackDays: t.int({ description: 'The clawback window (null: never).' }),
  }),
});

const CreatePlanInput = builder.inputType('CreateAffiliatePlanInput', {
  description: 'A new commission plan (version 1).',
  fields: (t) => ({
    name: t.string({ required: true, description: '1 to 120 characters, unique in the tenant ignoring case.' }),
    terms: t.field({ type: PlanTermsInput, required: true, description: 'Its terms.' }),
  }),
});
const UpdatePlanInput = builder.inputType('UpdateAffiliatePlanInput', {
  description: 'Changes to a plan (not archived): absent fields stay. New terms replace the old whole and make a new version.',
  fields: (t) => ({
    planId: t.id({ required: true, description: 'The AffiliatePlan ID.' }),
    name: t.string({ description: 'A new name.' }),
    terms: t.field({ type: PlanTermsInput, description: 'New terms (a new version).' }),
  }),
});
const ArchivePlanInput = builder.inputType('ArchiveAffiliatePlanInput', {
  description: 'The plan to archive.',
  fields: (t) => ({ planId: t.id({ required: true, description: 'The AffiliatePlan ID.' }) }),
});
const AssignPlanInput = builder.inputType('AssignAffiliatePlanInput', {
  description: 'Puts an affiliate on a plan, with overrides.',
  fields: (t) => ({
    affiliateId: t.id({ required: true, description: 'The Affiliate ID (not closed).' }),
    planId: t.id({ required: true, description: 'The AffiliatePlan ID (not archived).' }),
    overrides: t.field({ type: PlanOverridesInput, description: 'Its overrides; left out or null: none (any earlier overrides are dropped).' }),
  }),
});

const planPayload = (name: string, what: string) =>
  builder.objectRef<{ plan: PlanRow }>(name).implement({
    description: what,
    fields: (t) => ({ plan: t.field({ type: AffiliatePlanRef, description: 'The plan as it is now.', resolve: (p) => p.plan }) }),
  });
const CreatePlanPayload = planPayload('CreateAffiliatePlanPayload', 'The plan created.');
const UpdatePlanPayload = planPayload('UpdateAffiliatePlanPayload', 'The plan changed (or unchanged, when nothing differed).');
const ArchivePlanPayload = planPayload('ArchiveAffiliatePlanPayload', 'The plan archived.');
const AssignPlanPayload = builder.objectRef<{ affiliate: AffiliateRow }>('AssignAffiliatePlanPayload').implement({
  description: 'The affiliate on its plan.',
  fields: (t) => ({ affiliate: t.field({ type: AffiliateRef, description: 'The affiliate as it is now.', resolve: (p) => p.affiliate }) }),
});

const planIdOf = (id: string | number) => localIdOf(String(id), 'AffiliatePlan', ['input', 'planId']);

// ---------------------------------------------------------------- queries and mutations

builder.queryFields((t) => ({
  affiliatePlans: t.connection(
    {
      type: AffiliatePlanRef,
      description: 'The tenant\'s commission plans, newest first. Staff with affiliates:read.',
      authScopes: { permission: 'affiliates:read' },
      args: { archived: t.arg.boolean({ description: 'true: only archived plans; false: only the others; left out: all.' }) },
      resolve: (_root, args, ctx) => plans.listPlans(ctx, { archived: args.archived ?? null }, args),
    },
    AffiliatePlanConnection,
  ),
  affiliatePlan: t.field({
    type: AffiliatePlanRef,
    nullable: true,
    description: 'A commission plan by its ID; null when the tenant has none such. Staff with affiliates:read.',
    authScopes: { permission: 'affiliates:read' },
    args: { id: t.arg.id({ required: true, description: 'The AffiliatePlan ID.' }) },
    resolve: (_root, args, ctx) => loadPlan(ctx, localIdOf(String(args.id), 'AffiliatePlan', ['id'])),
  }),
}));

builder.mutationFields((t) => ({
  createAffiliatePlan: t.field({
    type: CreatePlanPayload,
    description: 'Adds a commission plan (version 1), its terms checked as the commission engine takes them; audited.',
    authScopes: { permission: 'affiliates:manage' },
    errors: { types: [ValidationError, AffiliatePlanNameTakenError, ...TENANT_ERRORS] },
    args: { input: t.arg({ type: CreatePlanInput, required: true, description: 'The plan.' }) },
    resolve: async (_root, { input }, ctx) => ({ plan: await plans.createPlan(ctx, { name: input.name, terms: input.terms }) }),
  }),
  updateAffiliatePlan: t.field({
    type: UpdatePlanPayload,
    description: 'Renames a plan and/or gives it new terms (a new version; statements of earlier versions are not affected); audited.',
    authScopes: { permission: 'affiliates:manage' },
    errors: { types: [ValidationError, InvalidIdError, NotFoundError, AffiliatePlanNameTakenError, AffiliatePlanArchivedError, ...TENANT_ERRORS] },
    args: { input: t.arg({ type: UpdatePlanInput, required: true, description: 'The plan and its changes.' }) },
    resolve: async (_root, { input }, ctx) => ({
      plan: await plans.updatePlan(ctx, planIdOf(input.planId), { name: input.name, terms: input.terms }),
    }),
  }),
  archiveAffiliatePlan: t.field({
    type: ArchivePlanPayload,
    description: 'Archives a plan: it can no longer change nor be assigned; affiliates on it keep it. Audited.',
    authScopes: { permission: 'affiliates:manage' },
    errors: { types: [ValidationError, InvalidIdError, NotFoundError, ...TENANT_ERRORS] },
    args: { input: t.arg({ type: ArchivePlanInput, required: true, description: 'The plan.' }) },
    resolve: async (_root, { input }, ctx) => ({ plan: await plans.archivePlan(ctx, planIdOf(input.planId)) }),
  }),
  assignAffiliatePlan: t.field({
    type: AssignPlanPayload,
    description: 'Puts an affiliate (not closed) on a plan (not archived) with overrides, checked with the plan as the engine takes them; bumps the affiliate\'s version; audited.',
    authScopes: { permission: 'affiliates:manage' },
    errors: { types: [ValidationError, InvalidIdError, NotFoundError, AffiliateClosedError, AffiliatePlanArchivedError, ...TENANT_ERRORS] },
    args: { input: t.arg({ type: AssignPlanInput, required: true, description: 'The affiliate, the plan and the overrides.' }) },
    resolve: async (_root, { input }, ctx) => ({
      affiliate: await plans.assignPlan(
        ctx,
        localIdOf(String(input.affiliateId), 'Affiliate', ['input', 'affiliateId']),
        planIdOf(input.planId),
        input.overrides ?? null,
      ),
    }),
  }),
}));
