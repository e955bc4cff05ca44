import { builder } from '../../src/builder.js';
import type { Context } from '../../src/context.js';
import { InvalidIdError, NotFoundError, ValidationError, type FieldIssue } from '../../src/errors.js';
import { errorType } from '../../src/graphql/errors.js';
import { connectionOf } from '../../src/graphql/connections.js';
import { globalIdOf, localIdOf, optionalLocalIdOf } from '../../src/graphql/ids.js';
import { loadById } from '../../src/graphql/loaders.js';
import { money, MoneyType } from '../../src/graphql/money.js';
import { holds } from '../../src/auth/principal.js';
import { GameCategory } from '../games/games.schema.js';
import { GAME_CATEGORIES, type GameCategory as GameCategoryName } from '../games/index.js';
import { BONUS_KINDS, BONUS_PRODUCTS, CASHBACK_PERIODS, FREE_BET_WINS_TO, WAGERING_BASES, WEIGHT_SCOPES, type CurrencyTerms, type GameWeight, type Terms } from './bonus.terms.js';
import { DEFAULT_HOUSE_EDGE_BPS, DEFAULT_MIX, type GameMix } from './bonus.cost.js';
import * as templates from './bonus.templates.js';
import * as settings from './bonus.settings.js';
import * as budgets from './bonus.budgets.js';
import { BonusTemplateArchivedError, BonusTemplateNameTakenError, WAGERING_RULES, WageringCapExceededError } from './bonus.errors.js';
// One class for both refusals (an archived template is neither granted nor changed), registered here.
import { localize } from '../../src/i18n.js';

// ------------------------------------------------------------------ errors

errorType(WageringCapExceededError, 'WageringCapExceededError', {
  code: 'WAGERING_CAP_EXCEEDED',
  description:
    'The wagering requirement per unit of bonus passes the tenant\'s cap (`bonusSettings`: the strictest of its jurisdiction\'s rule, UKGC 10×, and its own multiplier); nothing was written. Lower `wagering.multiplier`, or use base BONUS.',
}, (t) => ({
  rule: t.string({
    description: 'The rule the cap comes from, in the caller\'s language, e.g. "UKGC rule (LCCP social responsibility code 5.1.1, in force since 19 January 2026)".',
    resolve: (e: WageringCapExceededError, _args: unknown, ctx: Context) => localize(WAGERING_RULES[e.rule], ctx.locale),
  }),
  cap: t.exposeInt('cap', { description: 'The largest requirement allowed, as a multiple of the bonus.' }),
  effectiveMultiple: t.exposeString('effectiveMultiple', {
    nullable: true,
    description: 'The template\'s worst-case requirement as a multiple of the bonus, a decimal rounded up to 2 places ("15", "17.34"); null when unbounded (a deposit counted in the base can grow past a capped bonus).',
  }),
}));
errorType(BonusTemplateNameTakenError, 'BonusTemplateNameTakenError', {
  code: 'BONUS_TEMPLATE_NAME_TAKEN',
  description: 'Another ACTIVE template of the tenant has this name (case-insensitive); nothing was written. Choose another name, or archive the other template.',
});
errorType(BonusTemplateArchivedError, 'BonusTemplateArchivedError', {
  code: 'BONUS_TEMPLATE_ARCHIVED',
  description: 'The template is archived: it is kept as it was, and can be neither granted nor changed. Create a new template instead.',
});

// ------------------------------------------------------------------ enums

const BonusKind = builder.enumType('BonusKind', {
  description: 'What a bonus template offers.',
  values: {
    DEPOSIT_MATCH: { description: 'A percent of a deposit (matchPercent), up to maxBonus per currency; minDeposit may be set.' },
    NO_DEPOSIT: { description: 'A fixed amount per currency (amount), with no deposit needed.' },
    FREE_BETS: { description: 'A number of free bets of a fixed stake (freeBetStake) on given games; their wins go to bonus or cash.' },
    CASHBACK: { description: 'A percent of the net losses of a period (cashbackPercent, cashbackPeriod), up to maxBonus per currency.' },
  } as const,
});
const BonusProduct = builder.enumType('BonusProduct', {
  description: 'The one gambling product an offer applies to (UKGC: an offer stays within one product).',
  values: { CASINO: { description: 'Casino games played through the seamless wallet.' } } as const,
});
const WageringBase = builder.enumType('WageringBase', {
  description: 'What the wagering multiplier multiplies.',
  values: {
    BONUS: { description: 'The bonus: requirement = multiplier × bonus.' },
    BONUS_PLUS_DEPOSIT: { description: 'DEPOSIT_MATCH only: requirement = multiplier × (bonus + deposit). Refused under a wagering cap when a maxBonus lets the deposit grow past the bonus.' },
  } as const,
});
const BonusWeightScope = builder.enumType('BonusWeightScope', {
  description: 'What a game-weight row applies to. A stake takes the row of its game, else its category, else its product, else the default; no row counts 0%.',
  values: {
    GAME: { description: 'One game, by its code (the provider\'s id, Game.externalRef).' },
    CATEGORY: { description: 'A category of games (GameCategory).' },
    PRODUCT: { description: 'The offer\'s product (BonusProduct).' },
    DEFAULT: { description: 'Every other game.' },
  } as const,
});
const CashbackPeriod = builder.enumType('CashbackPeriod', {
  description: 'The period over which cashback nets losses (UTC).',
  values: { DAY: { description: 'A calendar day.' }, WEEK: { description: 'A week from Monday.' }, MONTH: { description: 'A calendar month.' } } as const,
});
const FreeBetWinsTo = builder.enumType('FreeBetWinsTo', {
  description: 'Where the wins of free bets are credited.',
  values: { BONUS: { description: 'To the grant\'s bonus balance, with the template\'s wagering.' }, CASH: { description: 'To cash, withdrawable (no wagering).' } } as const,
});
const BonusTemplateStatus = builder.enumType('BonusTemplateStatus', {
  description: 'Whether a template may be granted.',
  values: { ACTIVE: { description: 'Offered: grants may be made.' }, ARCHIVED: { description: 'Withdrawn: no new grants; grants already made run on.' } } as const,
});
const BonusJurisdiction = builder.enumType('BonusJurisdiction', {
  description: 'A regulator whose bonus rules the tenant follows.',
  values: { UKGC: { description: 'UK Gambling Commission: wagering at most 10 × the bonus (LCCP SR code 5.1.1, in force 19 January 2026), one product per offer.' } } as const,
});
const BonusBudgetBasis = builder.enumType('BonusBudgetBasis', {
  description: 'What a budget counts of each grant.',
  values: {
    FACE_VALUE: { description: 'The amount granted.' },
    EXPECTED_COST: { description: 'The grant\'s expected cost (BonusTemplate.expectedCost for its amount, on the default mix).' },
  } as const,
});
const BonusBudgetPeriod = builder.enumType('BonusBudgetPeriod', {
  description: 'The period a budget\'s limits apply to (UTC); use starts again at each period.',
  values: {
    TOTAL: { description: 'For all time.' },
    DAY: { description: 'A calendar day.' },
    WEEK: { description: 'A week from Monday.' },
    MONTH: { description: 'A calendar month.' },
  } as const,
});

// ------------------------------------------------------------------ terms

const minor = (value: string | null | undefined, currency: string) => (value == null ? null : money(value, currency));

const BonusCurrencyTerms = builder.objectRef<CurrencyTerms & { currency: string }>('BonusCurrencyTerms').implement({
  description: 'The amounts of one currency a template is offered in; which are set depends on its kind.',
  fields: (t) => ({
    currency: t.field({ type: 'Currency', description: 'The currency.', resolve: (c) => c.currency }),
    amount: t.field({ type: MoneyType, nullable: true, description: 'NO_DEPOSIT: the bonus granted.', resolve: (c) => minor(c.amount, c.currency) }),
    maxBonus: t.field({ type: MoneyType, nullable: true, description: 'DEPOSIT_MATCH: the largest bonus (the match\'s cap). CASHBACK: the largest cashback per period.', resolve: (c) => minor(c.maxBonus, c.currency) }),
    minDeposit: t.field({ type: MoneyType, nullable: true, description: 'DEPOSIT_MATCH: the smallest deposit that qualifies.', resolve: (c) => minor(c.minDeposit, c.currency) }),
    maxBet: t.field({ type: MoneyType, nullable: true, description: 'The largest stake of one bet while a grant is active; null: no limit.', resolve: (c) => minor(c.maxBet, c.currency) }),
    freeBetStake: t.field({ type: MoneyType, nullable: true, description: 'FREE_BETS: the stake of each free bet.', resolve: (c) => minor(c.freeBetStake, c.currency) }),
  }),
});
const BonusWagering = builder.objectRef<Terms['wagering']>('BonusWagering').implement({
  description: 'What must be wagered before a bonus converts: multiplier × base.',
  fields: (t) => ({
    multiplier: t.exposeInt('multiplier', { description: 'The multiplier; 0: wager-free.' }),
    base: t.field({ type: WageringBase, description: 'What it multiplies.', resolve: (w) => w.base }),
  }),
});
const BonusGameWeight = builder.objectRef<GameWeight>('BonusGameWeight').implement({
  description: 'How much of a stake counts toward wagering on some games.',
  fields: (t) => ({
    scope: t.field({ type: BonusWeightScope, description: 'What the row applies to.', resolve: (w) => w.scope }),
    key: t.string({ nullable: true, description: 'The game code, category or product; null for DEFAULT.', resolve: (w) => w.key ?? null }),
    percent: t.exposeInt('percent', { description: 'The percent of a stake that counts, 0 to 100.' }),
  }),
});
const BonusFreeBets = builder.objectRef<NonNullable<Terms['freeBets']>>('BonusFreeBets').implement({
  description: 'FREE_BETS: how many, on which games, and where their wins go.',
  fields: (t) => ({
    count: t.exposeInt('count', { description: 'The number of free bets per grant.' }),
    games: t.exposeStringList('games', { description: 'The codes of the games they can be played on (Game.externalRef).' }),
    winsTo: t.field({ type: FreeBetWinsTo, description: 'Where their wins are credited.', resolve: (f) => f.winsTo }),
  }),
});
const BonusEligibility = builder.objectRef<Terms['eligibility']>('BonusEligibility').implement({
  description: 'Who may be granted the bonus; empty lists set no condition.',
  fields: (t) => ({
    countries: t.exposeStringList('countries', { description: 'ISO 3166-1 alpha-2 countries the player must be registered in.' }),
    tags: t.exposeStringList('tags', { description: 'The player must carry at least one of these tags.' }),
    excludedTags: t.exposeStringList('excludedTags', { description: 'A player carrying any of these tags is not eligible.' }),
  }),
});
export const BonusTerms = builder.objectRef<Terms>('BonusTerms').implement({
  description: 'The terms of a bonus: a template\'s now, or a grant\'s as they were when granted.',
  fields: (t) => ({
    kind: t.field({ type: BonusKind, description: 'What it offers.', resolve: (x) => x.kind }),
    product: t.field({ type: BonusProduct, description: 'The one product the offer applies to.', resolve: (x) => x.product }),
    currencies: t.field({
      type: [BonusCurrencyTerms],
      description: 'The currencies it is offered in, with their amounts.',
      resolve: (x) => Object.entries(x.currencies).map(([currency, amounts]) => ({ ...amounts, currency })),
    }),
    matchPercent: t.int({ nullable: true, description: 'DEPOSIT_MATCH: bonus = deposit × matchPercent / 100, up to maxBonus.', resolve: (x) => x.matchPercent ?? null }),
    cashbackPercent: t.int({ nullable: true, description: 'CASHBACK: bonus = net losses of the period × cashbackPercent / 100, up to maxBonus.', resolve: (x) => x.cashbackPercent ?? null }),
    cashbackPeriod: t.field({ type: CashbackPeriod, nullable: true, description: 'CASHBACK: the period losses are netted over.', resolve: (x) => x.cashbackPeriod ?? null }),
    freeBets: t.field({ type: BonusFreeBets, nullable: true, description: 'FREE_BETS: count, games and where wins go.', resolve: (x) => x.freeBets ?? null }),
    wagering: t.field({ type: BonusWagering, description: 'The wagering requirement.', resolve: (x) => x.wagering }),
    gameWeights: t.field({ type: [BonusGameWeight], description: 'The game-weight table (game → category → product → default; no row: 0%).', resolve: (x) => x.gameWeights }),
    maxConversionMultiple: t.int({ nullable: true, description: 'At most this multiple of the granted amount converts to cash on completion; null: no cap.', resolve: (x) => x.maxConversionMultiple ?? null }),
    validityHours: t.exposeInt('validityHours', { description: 'How long a grant lasts from the moment it is granted.' }),
    eligibility: t.field({ type: BonusEligibility, description: 'Who may be granted it.', resolve: (x) => x.eligibility }),
  }),
});

// ------------------------------------------------------------------ nodes

const canRead = (ctx: Context) => holds(ctx.principal, 'bonus:read');

const GameShareInput = builder.inputType('BonusGameShareInput', {
  description: 'The share of wagering expected on one category of games.',
  fields: (t) => ({
    category: t.field({ type: GameCategory, required: true, description: 'The category.' }),
    percent: t.int({ required: true, description: 'Its share, 1 to 100; the shares of a mix sum to 100.' }),
  }),
});

function parseMix(mix: readonly { category: GameCategoryName; percent: number }[] | null | undefined): GameMix {
  if (!mix) return DEFAULT_MIX;
  const issues: FieldIssue[] = [];
  const parsed: GameMix = {};
  mix.forEach((share, i) => {
    if (share.percent < 1 || share.percent > 100) issues.push({ path: ['mix', String(i), 'percent'], message: 'must be between 1 and 100' });
    if (parsed[share.category] !== undefined) issues.push({ path: ['mix', String(i), 'category'], message: 'names a category twice' });
    parsed[share.category] = share.percent;
  });
  const total = mix.reduce((sum, share) => sum + share.percent, 0);
  if (issues.length === 0 && total !== 100) issues.push({ path: ['mix'], message: 'shares must sum to 100' });
  if (issues.length > 0) throw new ValidationError(issues);
  return parsed;
}

const edgesText = GAME_CATEGORIES.map((c) => `${c} ${DEFAULT_HOUSE_EDGE_BPS[c] / 100}%`).join(', ');

export const BonusTemplateRef = builder.objectRef<templates.BonusTemplateRow>('BonusTemplate');
builder.node(BonusTemplateRef, {
  description: 'A bonus offer of the tenant: its terms, validated per kind and against the tenant\'s wagering cap. Staff with bonus:read.',
  id: { resolve: (t) => t.id },
  loadMany: async (ids, ctx) => {
    if (!canRead(ctx)) return ids.map(() => null);
    const rows = await templates.templatesByIds(ctx, ids);
    return ids.map((id) => rows.find((t) => t.id === id) ?? null);
  },
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The name staff know it by; unique among the tenant\'s active templates.' }),
    kind: t.field({ type: BonusKind, description: 'What it offers.', resolve: (x) => x.kind }),
    product: t.field({ type: BonusProduct, description: 'The one product it applies to.', resolve: (x) => x.product }),
    status: t.field({ type: BonusTemplateStatus, description: 'ACTIVE (may be granted) or ARCHIVED.', resolve: (x) => x.status }),
    version: t.exposeInt('version', { description: 'Starts at 1; each update adds 1. A grant records the version (and the terms) it was granted with.' }),
    terms: t.field({ type: BonusTerms, description: 'The terms now.', resolve: (x) => x.terms }),
    wageringMultiple: t.string({
      nullable: true,
      description:
        'The worst-case requirement as a multiple of the bonus, what the wagering cap is checked against: the multiplier for base BONUS; multiplier × (1 + 100 / matchPercent) for BONUS_PLUS_DEPOSIT. Null when unbounded (a maxBonus lets the deposit grow past the bonus).',
      resolve: (x) => {
        const { atMatch, bounded } = templates.wageringMultiple(x.terms);
        return bounded ? templates.formatMultiple(atMatch) : null;
      },
    }),
    expectedCost: t.field({
      type: MoneyType,
      nullable: true,
      description:
        'What one grant at face value (NO_DEPOSIT: amount; DEPOSIT_MATCH and CASHBACK: maxBonus; FREE_BETS: count × stake, less the edge) is expected to cost once wagered: ' +
        'bonus × max(0, 1 − L × requirement / bonus), where L, the expected loss per unit of requirement, is Σ share × houseEdge / weight over the categories of the mix that count (weight > 0); ' +
        `at most bonus × maxConversionMultiple. Default edges: ${edgesText}. At 10× on slots (4%) 60% of the face value; at 35× nothing. ` +
        'An estimate, low near zero (a lucky player still finishes). Null when the template is not offered in the currency.',
      args: {
        currency: t.arg({ type: 'Currency', required: true, description: 'The currency of the grant.' }),
        mix: t.arg({ type: [GameShareInput], description: 'Where the wagering is expected to be played: shares by category summing to 100. Default: all on SLOTS.' }),
      },
      resolve: (x, args) => {
        const cost = templates.templateExpectedCost(x.terms, args.currency, parseMix(args.mix));
        return cost === null ? null : money(cost, args.currency);
      },
    }),
    createdBy: t.exposeString('created_by', { description: 'Who created it (the actor, as audit events name it).' }),
    createdAt: t.expose('created_at', { type: 'DateTime', description: 'When it was created.' }),
    updatedAt: t.expose('updated_at', { type: 'DateTime', description: 'When it was last changed.' }),
  }),
});
const BonusTemplateConnection = connectionOf(BonusTemplateRef, 'BonusTemplate', { totalCount: true });

const templatesBatch = async (ctx: Context, ids: readonly string[]) => new Map((await templates.templatesByIds(ctx, ids)).map((t) => [t.id, t]));

const BonusBudgetUsage = builder.objectRef<budgets.BonusBudgetWithUse>('BonusBudgetUsage').implement({
  description: 'The use of a budget\'s total in the current period: what active grants hold reserved and what converted.',
  fields: (t) => ({
    periodStart: t.expose('period_start', { type: 'DateTime', description: 'The start of the current period (UTC; the epoch for TOTAL).' }),
    periodEnd: t.expose('period_end', { type: 'DateTime', nullable: true, description: 'The start of the next period; null for TOTAL.' }),
    reserved: t.field({ type: MoneyType, description: 'Reserved by grants still active (or held for review).', resolve: (b) => money(b.reserved, b.currency) }),
    consumed: t.field({ type: MoneyType, description: 'Converted to cash by completed grants (at most what each reserved).', resolve: (b) => money(b.consumed, b.currency) }),
    remaining: t.field({ type: MoneyType, nullable: true, description: 'totalLimit − reserved − consumed, never below 0; null without a total limit.', resolve: (b) => minor(b.remaining, b.currency) }),
  }),
});

export const BonusBudgetRef = builder.objectRef<budgets.BonusBudgetWithUse>('BonusBudget');
builder.node(BonusBudgetRef, {
  description: 'A promotion exposure limit: of one template (or of every promotion of the tenant), in one currency and period. A grant that would pass a limit is refused.',
  id: { resolve: (b) => b.id },
  loadMany: async (ids, ctx) => {
    if (!canRead(ctx)) return ids.map(() => null);
    const rows = await budgets.budgetsByIds(ctx, ids);
    return ids.map((id) => rows.find((b) => b.id === id) ?? null);
  },
  fields: (t) => ({
    template: t.field({
      type: BonusTemplateRef,
      nullable: true,
      description: 'The template (promotion) it limits; null: every promotion of the tenant.',
      resolve: (b, _args, ctx) => loadById(ctx, 'BonusTemplate', templatesBatch, b.template_id),
    }),
    currency: t.field({ type: 'Currency', description: 'The currency of the grants it counts.', resolve: (b) => b.currency }),
    basis: t.field({ type: BonusBudgetBasis, description: 'What it counts of each grant.', resolve: (b) => b.basis }),
    period: t.field({ type: BonusBudgetPeriod, description: 'The period its limits apply to.', resolve: (b) => b.period }),
    totalLimit: t.field({ type: MoneyType, nullable: true, description: 'The most all grants together may reserve and consume in a period; null: none.', resolve: (b) => minor(b.total_limit, b.currency) }),
    perPlayerLimit: t.field({ type: MoneyType, nullable: true, description: 'The most one player\'s grants may reserve and consume in a period; null: none.', resolve: (b) => minor(b.per_player_limit, b.currency) }),
    usage: t.field({ type: BonusBudgetUsage, description: 'The use of its total in the current period.', resolve: (b) => b }),
    createdAt: t.expose('created_at', { type: 'DateTime', description: 'When it was first set.' }),
    updatedAt: t.expose('updated_at', { type: 'DateTime', description: 'When it was last set.' }),
  }),
});

const BonusSettings = builder.objectRef<settings.BonusSettingsRow>('BonusSettings').implement({
  description: 'The tenant\'s bonus settings: the wagering cap its templates must keep.',
  fields: (t) => ({
    jurisdiction: t.field({ type: BonusJurisdiction, nullable: true, description: 'The regulator whose rules apply; null: none.', resolve: (s) => s.jurisdiction }),
    maxWageringMultiplier: t.int({ nullable: true, description: 'The tenant\'s own cap on the requirement, as a multiple of the bonus; null: none.', resolve: (s) => s.max_wagering_multiplier }),
    wageringCap: t.int({ nullable: true, description: 'The cap in force: the strictest of the jurisdiction\'s (UKGC: 10) and the tenant\'s own; null: no cap.', resolve: (s) => settings.effectiveCap(s)?.cap ?? null }),
    wageringCapRule: t.string({ nullable: true, description: 'The rule the cap in force comes from, as a refusal names it.', resolve: (s, _args, ctx) => {
        const cap = settings.effectiveCap(s);
        return cap ? localize(WAGERING_RULES[cap.rule], ctx.locale) : null;
      } }),
    updatedAt: t.expose('updated_at', { type: 'DateTime', nullable: true, description: 'When they were last set; null: never.' }),
  }),
});

// ------------------------------------------------------------------ inputs

const BonusCurrencyTermsInput = builder.inputType('BonusCurrencyTermsInput', {
  description: 'The amounts of one currency; set those the kind takes (see BonusKind), leave the others out.',
  fields: (t) => ({
    currency: t.field({ type: 'Currency', required: true, description: 'A currency of the tenant.' }),
    amount: t.field({ type: 'MinorUnits', description: 'NO_DEPOSIT: the bonus.' }),
    maxBonus: t.field({ type: 'MinorUnits', description: 'DEPOSIT_MATCH and CASHBACK: the largest bonus.' }),
    minDeposit: t.field({ type: 'MinorUnits', description: 'DEPOSIT_MATCH: the smallest qualifying deposit.' }),
    maxBet: t.field({ type: 'MinorUnits', description: 'Any kind: the largest stake while a grant is active.' }),
    freeBetStake: t.field({ type: 'MinorUnits', description: 'FREE_BETS: the stake of each free bet.' }),
  }),
});
const BonusWageringInput = builder.inputType('BonusWageringInput', {
  description: 'The wagering requirement.',
  fields: (t) => ({
    multiplier: t.int({ required: true, description: '0 to 1000; within the tenant\'s cap.' }),
    base: t.field({ type: WageringBase, description: 'Default BONUS.' }),
  }),
});
const BonusGameWeightInput = builder.inputType('BonusGameWeightInput', {
  description: 'One row of the game-weight table.',
  fields: (t) => ({
    scope: t.field({ type: BonusWeightScope, required: true, description: 'What it applies to.' }),
    key: t.string({ description: 'GAME: a game code of the tenant\'s catalogue; CATEGORY: a GameCategory; PRODUCT: the offer\'s product; DEFAULT: none.' }),
    percent: t.int({ required: true, description: 'The percent of a stake that counts, 0 to 100.' }),
  }),
});
const BonusFreeBetsInput = builder.inputType('BonusFreeBetsInput', {
  description: 'FREE_BETS: how many, on which games, where wins go.',
  fields: (t) => ({
    count: t.int({ required: true, description: '1 to 1000 free bets per grant.' }),
    games: t.stringList({ required: true, description: 'Game codes of the tenant\'s catalogue (Game.externalRef), 1 to 100.' }),
    winsTo: t.field({ type: FreeBetWinsTo, required: true, description: 'BONUS (with the wagering) or CASH (then the multiplier must be 0).' }),
  }),
});
const BonusEligibilityInput = builder.inputType('BonusEligibilityInput', {
  description: 'Who may be granted the bonus; empty or absent lists set no condition.',
  fields: (t) => ({
    countries: t.stringList({ description: 'ISO 3166-1 alpha-2 countries.' }),
    tags: t.stringList({ description: 'The player must carry one of these tags.' }),
    excludedTags: t.stringList({ description: 'A player carrying one of these tags is not eligible.' }),
  }),
});
const BonusTermsInput = builder.inputType('BonusTermsInput', {
  description: 'The whole terms of a template (an update replaces them all). Fields of other kinds are refused.',
  fields: (t) => ({
    kind: t.field({ type: BonusKind, required: true, description: 'What it offers; cannot change on update.' }),
    product: t.field({ type: BonusProduct, description: 'Default CASINO.' }),
    currencies: t.field({ type: [BonusCurrencyTermsInput], required: true, description: '1 to 50 currencies of the tenant, each once.' }),
    matchPercent: t.int({ description: 'DEPOSIT_MATCH (required): 1 to 1000.' }),
    cashbackPercent: t.int({ description: 'CASHBACK (required): 1 to 100.' }),
    cashbackPeriod: t.field({ type: CashbackPeriod, description: 'CASHBACK (required).' }),
    freeBets: t.field({ type: BonusFreeBetsInput, description: 'FREE_BETS (required).' }),
    wagering: t.field({ type: BonusWageringInput, required: true, description: 'The wagering requirement.' }),
    gameWeights: t.field({ type: [BonusGameWeightInput], description: 'The game-weight table; empty: nothing counts toward wagering.' }),
    maxConversionMultiple: t.int({ description: 'At most this multiple of the granted amount converts; absent: no cap.' }),
    validityHours: t.int({ required: true, description: 'How long a grant lasts, 1 hour to 366 days.' }),
    eligibility: t.field({ type: BonusEligibilityInput, description: 'Who may be granted it.' }),
  }),
});

type TermsArg = typeof BonusTermsInput.$inferInput;

/** The GraphQL input as the service takes it: absent optional fields stay absent. */
function termsOf(input: TermsArg): templates.TermsEntriesInput {
  const { eligibility, gameWeights, wagering, freeBets, ...rest } = input;
  // An explicit null reads as absent (zod's defaults apply to absent fields only).
  const present = Object.fromEntries(Object.entries(rest).filter(([, value]) => value != null));
  return {
    ...present,
    wagering: { multiplier: wagering.multiplier, ...(wagering.base ? { base: wagering.base } : {}) },
    ...(freeBets ? { freeBets } : {}),
    ...(gameWeights ? { gameWeights } : {}),
    ...(eligibility ? { eligibility: { countries: eligibility.countries ?? [], tags: eligibility.tags ?? [], excludedTags: eligibility.excludedTags ?? [] } } : {}),
  } as templates.TermsEntriesInput;
}

const CreateBonusTemplateInput = builder.inputType('CreateBonusTemplateInput', {
  description: 'A new bonus template.',
  fields: (t) => ({
    name: t.string({ required: true, description: '1 to 120 characters; unique among active templates.' }),
    terms: t.field({ type: BonusTermsInput, required: true, description: 'Its terms.' }),
  }),
});
const UpdateBonusTemplateInput = builder.inputType('UpdateBonusTemplateInput', {
  description: 'A template to change: a new name and/or new terms (replacing the old ones; the kind stays).',
  fields: (t) => ({
    templateId: t.id({ required: true, description: 'The global ID of the template (BonusTemplate).' }),
    name: t.string({ description: 'A new name.' }),
    terms: t.field({ type: BonusTermsInput, description: 'The new terms, whole.' }),
  }),
});
const ArchiveBonusTemplateInput = builder.inputType('ArchiveBonusTemplateInput', {
  description: 'The template to archive.',
  fields: (t) => ({ templateId: t.id({ required: true, description: 'The global ID of the template (BonusTemplate).' }) }),
});
const SetBonusSettingsInput = builder.inputType('SetBonusSettingsInput', {
  description: 'The tenant\'s bonus settings, whole: an absent field clears it.',
  fields: (t) => ({
    jurisdiction: t.field({ type: BonusJurisdiction, description: 'The regulator whose rules apply; absent: none.' }),
    maxWageringMultiplier: t.int({ description: 'The tenant\'s own cap, 0 to 1000 × the bonus; absent: none.' }),
  }),
});
const SetBonusBudgetInput = builder.inputType('SetBonusBudgetInput', {
  description: 'A budget to create, or to replace: one per template (or tenant), currency and period.',
  fields: (t) => ({
    templateId: t.id({ description: 'The global ID of the template (BonusTemplate) it limits; absent: every promotion of the tenant.' }),
    currency: t.field({ type: 'Currency', required: true, description: 'A currency of the tenant (and of the template).' }),
    basis: t.field({ type: BonusBudgetBasis, required: true, description: 'What it counts of each grant.' }),
    period: t.field({ type: BonusBudgetPeriod, required: true, description: 'The period its limits apply to.' }),
    totalLimit: t.field({ type: 'MinorUnits', description: 'The most all grants may reserve and consume per period.' }),
    perPlayerLimit: t.field({ type: 'MinorUnits', description: 'The most one player\'s grants may reserve and consume per period. At least one of the two limits.' }),
  }),
});
const RemoveBonusBudgetInput = builder.inputType('RemoveBonusBudgetInput', {
  description: 'The budget to remove.',
  fields: (t) => ({ budgetId: t.id({ required: true, description: 'The global ID of the budget (BonusBudget).' }) }),
});

// ------------------------------------------------------------------ payloads

const templatePayload = (name: string, what: string) =>
  builder.objectRef<{ template: templates.BonusTemplateRow }>(name).implement({
    description: what,
    fields: (t) => ({ template: t.field({ type: BonusTemplateRef, description: 'The template as it is now.', resolve: (p) => p.template }) }),
  });
const CreateBonusTemplatePayload = templatePayload('CreateBonusTemplatePayload', 'The template created.');
const UpdateBonusTemplatePayload = templatePayload('UpdateBonusTemplatePayload', 'The template changed (or unchanged, when nothing differed).');
const ArchiveBonusTemplatePayload = templatePayload('ArchiveBonusTemplatePayload', 'The template archived.');

const SetBonusSettingsPayload = builder.objectRef<{ settings: settings.BonusSettingsRow; overCap: templates.BonusTemplateRow[] }>('SetBonusSettingsPayload').implement({
  description: 'The settings as they are now.',
  fields: (t) => ({
    settings: t.field({ type: BonusSettings, description: 'The tenant\'s bonus settings.', resolve: (p) => p.settings }),
    activeTemplatesOverCap: t.field({
      type: [BonusTemplateRef],
      description: 'Active templates whose terms break the cap now in force: they are not changed, but their next update must keep the cap; archive or fix them.',
      resolve: (p) => p.overCap,
    }),
  }),
});
const SetBonusBudgetPayload = builder.objectRef<{ budget: budgets.BonusBudgetWithUse }>('SetBonusBudgetPayload').implement({
  description: 'The budget as it is now.',
  fields: (t) => ({ budget: t.field({ type: BonusBudgetRef, description: 'The budget, with its use.', resolve: (p) => p.budget }) }),
});
const RemoveBonusBudgetPayload = builder.objectRef<{ id: string }>('RemoveBonusBudgetPayload').implement({
  description: 'The budget removed.',
  fields: (t) => ({ removedBudgetId: t.id({ description: 'The global ID the removed budget had.', resolve: (p) => globalIdOf('BonusBudget', p.id) }) }),
});

// ------------------------------------------------------------------ operations

builder.queryFields((t) => ({
  bonusTemplates: t.connection(
    {
      type: BonusTemplateRef,
      description: 'The tenant\'s bonus templates in creation order, filtered. Staff with bonus:read.',
      authScopes: { permission: 'bonus:read' },
      args: {
        status: t.arg({ type: BonusTemplateStatus, description: 'Only templates of this status.' }),
        kind: t.arg({ type: BonusKind, description: 'Only templates of this kind.' }),
      },
      resolve: (_root, args, ctx) => templates.listBonusTemplates(ctx, args),
    },
    BonusTemplateConnection,
  ),
  bonusSettings: t.field({
    type: BonusSettings,
    description: 'The tenant\'s bonus settings and the wagering cap in force. Staff with bonus:read.',
    authScopes: { permission: 'bonus:read' },
    resolve: (_root, _args, ctx) => settings.getBonusSettings(ctx),
  }),
  bonusBudgets: t.field({
    type: [BonusBudgetRef],
    description: 'The tenant\'s promotion budgets with their use in the current period (tenant-wide first, then by template, currency and period). Staff with bonus:read.',
    authScopes: { permission: 'bonus:read' },
    args: {
      templateId: t.arg.id({ description: 'Only the budgets of this template (BonusTemplate).' }),
      tenantWideOnly: t.arg.boolean({ description: 'Only the budgets over every promotion of the tenant.' }),
    },
    resolve: (_root, args, ctx) =>
      budgets.listBonusBudgets(ctx, { templateId: optionalLocalIdOf(args.templateId == null ? null : String(args.templateId), 'BonusTemplate', ['templateId']), tenantWideOnly: !!args.tenantWideOnly }),
  }),
}));

builder.mutationFields((t) => ({
  createBonusTemplate: t.field({
    type: CreateBonusTemplatePayload,
    description: 'Creates a bonus template (ACTIVE, version 1) after checking its terms per kind, its currencies and games, and the tenant\'s wagering cap; audited.',
    authScopes: { permission: 'bonus:manage' },
    errors: { types: [ValidationError, WageringCapExceededError, BonusTemplateNameTakenError] },
    args: { input: t.arg({ type: CreateBonusTemplateInput, required: true, description: 'The template.' }) },
    resolve: async (_root, { input }, ctx) => ({ template: await templates.createBonusTemplate(ctx, { name: input.name, terms: termsOf(input.terms) }) }),
  }),
  updateBonusTemplate: t.field({
    type: UpdateBonusTemplatePayload,
    description: 'Renames a template and/or replaces its terms, checked as on creation; bumps its version (grants keep the terms they were granted with); audited.',
    authScopes: { permission: 'bonus:manage' },
    errors: { types: [ValidationError, InvalidIdError, NotFoundError, WageringCapExceededError, BonusTemplateNameTakenError, BonusTemplateArchivedError] },
    args: { input: t.arg({ type: UpdateBonusTemplateInput, required: true, description: 'The template and its changes.' }) },
    resolve: async (_root, { input }, ctx) => {
      const id = localIdOf(String(input.templateId), 'BonusTemplate', ['input', 'templateId']);
      return { template: await templates.updateBonusTemplate(ctx, id, { name: input.name, terms: input.terms ? termsOf(input.terms) : null }) };
    },
  }),
  archiveBonusTemplate: t.field({
    type: ArchiveBonusTemplatePayload,
    description: 'Archives a template: no new grants; grants already made run on. Archiving an archived template changes nothing; audited.',
    authScopes: { permission: 'bonus:manage' },
    errors: { types: [InvalidIdError, NotFoundError] },
    args: { input: t.arg({ type: ArchiveBonusTemplateInput, required: true, description: 'The template.' }) },
    resolve: async (_root, { input }, ctx) => ({
      template: await templates.archiveBonusTemplate(ctx, localIdOf(String(input.templateId), 'BonusTemplate', ['input', 'templateId'])),
    }),
  }),
  setBonusSettings: t.field({
    type: SetBonusSettingsPayload,
    description: 'Sets the tenant\'s jurisdiction and own wagering multiplier (the cap is the strictest of the two); audited. Lists the active templates the new cap would refuse.',
    authScopes: { permission: 'bonus:manage' },
    errors: { types: [ValidationError] },
    args: { input: t.arg({ type: SetBonusSettingsInput, required: true, description: 'The settings.' }) },
    resolve: async (_root, { input }, ctx) => {
      const row = await settings.setBonusSettings(ctx, { jurisdiction: input.jurisdiction ?? null, maxWageringMultiplier: input.maxWageringMultiplier ?? null });
      const overCap = await templates.activeTemplatesOverCap(ctx, settings.effectiveCap(row));
      return { settings: row, overCap };
    },
  }),
  setBonusBudget: t.field({
    type: SetBonusBudgetPayload,
    description: 'Creates or replaces the budget of a template (or of the tenant) in a currency and period; audited. What was already reserved and consumed in the period counts against the new limits.',
    authScopes: { permission: 'bonus:manage' },
    errors: { types: [ValidationError, InvalidIdError, NotFoundError] },
    args: { input: t.arg({ type: SetBonusBudgetInput, required: true, description: 'The budget.' }) },
    resolve: async (_root, { input }, ctx) => {
      const templateId = optionalLocalIdOf(input.templateId == null ? null : String(input.templateId), 'BonusTemplate', ['input', 'templateId']);
      const row = await budgets.setBonusBudget(ctx, { ...input, templateId: templateId ?? null });
      return { budget: await budgets.budgetWithUse(ctx, row.id) };
    },
  }),
  removeBonusBudget: t.field({
    type: RemoveBonusBudgetPayload,
    description: 'Removes a budget and its use; audited. Grants already made keep their reservations on record.',
    authScopes: { permission: 'bonus:manage' },
    errors: { types: [InvalidIdError, NotFoundError] },
    args: { input: t.arg({ type: RemoveBonusBudgetInput, required: true, description: 'The budget.' }) },
    resolve: async (_root, { input }, ctx) => ({ id: (await budgets.removeBonusBudget(ctx, localIdOf(String(input.budgetId), 'BonusBudget', ['input', 'budgetId']))).id }),
  }),
}));
