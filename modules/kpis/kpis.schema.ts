import { builder } from '../../src/builder.js';
import { requireTenant, tenantTx, tenantTxFor, type Context } from '../../src/context.js';
import { TenantNotFoundError, TenantRequiredError, ValidationError } from '../../src/errors.js';
import { money, MoneyType } from '../../src/graphql/money.js';
import { getTenant, tenantContexts, TenantType, type Tenant } from '../tenants/index.js';
import { kpiCohortsInTx, kpiFunnelInTx, tenantKpisInTx, type CurrencyFigures, type KpiCohort, type KpiFunnel, type KpiPeriod, type TenantKpis } from './kpis.queries.js';
import { rebuildKpis } from './kpis.rollup.js';
import { reconcileDay, reconciliationsInTx, type KpiDifference, type KpiReconciliation } from './kpis.reconcile.js';

/** KPIs, cohorts and the funnel for staff (docs/kpis.md "GraphQL"). Reads roll-ups only. */

const Granularity = builder.enumType('KpiGranularity', {
  description: 'How KPI periods are cut.',
  values: {
    DAY: { description: 'One period per day of the tenant\'s time zone.' },
    MONTH: { description: 'One period per calendar month of the tenant\'s time zone (whole months: the range is widened to them).' },
  },
});
const CohortKind = builder.enumType('KpiCohortKind', {
  description: 'The day-0 event that puts a player in a cohort.',
  values: {
    REGISTRATION: { description: 'The player registered.' },
    FIRST_DEPOSIT: { description: 'The player\'s first deposit was credited.' },
  },
});
const RetentionWindow = builder.enumType('KpiRetentionWindow', {
  description: 'How Day-N retention is measured (docs/kpis.md "Retention").',
  values: {
    ROLLING_24H: { description: 'Active in hours [24N, 24N + 24) after the day-0 event.' },
    CALENDAR_DAY: { description: 'Active on the N-th calendar day (tenant\'s time zone) after the day of the day-0 event.' },
  },
});
const Product = builder.enumType('KpiProduct', {
  description: 'A product of the platform.',
  values: {
    CASINO: { description: 'Casino games through the seamless wallet (bets and wins).' },
    POKER: { description: 'Poker tables (rake).' },
  },
});

interface ProductFigures {
  product: 'CASINO' | 'POKER';
  f: CurrencyFigures;
}

const money$ = (f: CurrencyFigures, amount: bigint) => money(amount, f.currency);
const ggrOf = (f: CurrencyFigures) => f.sums.casino_real_stakes - f.sums.casino_real_wins + f.sums.poker_rake;
const ngrOf = (f: CurrencyFigures) => ggrOf(f) - f.sums.bonus_cost;

const FlowType = builder.objectRef<{ count: bigint | number; amount: bigint; currency: string }>('KpiFlow').implement({
  description: 'A count of money movements and their total.',
  fields: (t) => ({
    count: t.int({ description: 'How many.', resolve: (f) => Number(f.count) }),
    amount: t.field({ type: MoneyType, description: 'Their total.', resolve: (f) => money(f.amount, f.currency) }),
  }),
});

const ProductFiguresType = builder.objectRef<ProductFigures>('KpiProductFigures').implement({
  description: 'One product\'s figures in one currency and period.',
  fields: (t) => ({
    product: t.field({ type: Product, description: 'The product.', resolve: (p) => p.product }),
    realTurnover: t.field({ type: MoneyType, description: 'Real-money stakes (casino; 0 for poker, whose revenue is rake).', resolve: (p) => money$(p.f, p.product === 'CASINO' ? p.f.sums.casino_real_stakes : 0n) }),
    bonusTurnover: t.field({ type: MoneyType, description: 'Bonus-money stakes (casino).', resolve: (p) => money$(p.f, p.product === 'CASINO' ? p.f.sums.casino_bonus_stakes : 0n) }),
    realWins: t.field({ type: MoneyType, description: 'Wins paid to cash (casino).', resolve: (p) => money$(p.f, p.product === 'CASINO' ? p.f.sums.casino_real_wins : 0n) }),
    ggr: t.field({
      type: MoneyType,
      description: 'Gross gaming revenue: casino real stakes − real wins; poker rake.',
      resolve: (p) => money$(p.f, p.product === 'CASINO' ? p.f.sums.casino_real_stakes - p.f.sums.casino_real_wins : p.f.sums.poker_rake),
    }),
    rounds: t.int({ description: 'Casino: bets placed less bets rolled back. Poker: raked hands.', resolve: (p) => Number(p.product === 'CASINO' ? p.f.sums.casino_bets : p.f.sums.poker_hands) }),
    activePlayers: t.int({ description: 'Players active on the product in the period (each once).', resolve: (p) => (p.product === 'CASINO' ? p.f.casinoActive : p.f.pokerActive) }),
  }),
});

const CurrencyFiguresType = builder.objectRef<CurrencyFigures>('KpiCurrencyFigures').implement({
  description: 'A period\'s figures in one currency (money is never summed across currencies). Formulas: docs/kpis.md.',
  fields: (t) => ({
    currency: t.field({ type: 'Currency', description: 'The currency.', resolve: (f) => f.currency }),
    turnover: t.field({ type: MoneyType, description: 'All casino stakes, real and bonus money.', resolve: (f) => money$(f, f.sums.casino_real_stakes + f.sums.casino_bonus_stakes) }),
    realTurnover: t.field({ type: MoneyType, description: 'Casino stakes paid from cash.', resolve: (f) => money$(f, f.sums.casino_real_stakes) }),
    bonusTurnover: t.field({ type: MoneyType, description: 'Casino stakes paid from bonus money.', resolve: (f) => money$(f, f.sums.casino_bonus_stakes) }),
    wins: t.field({ type: MoneyType, description: 'All casino wins, to cash and to bonus money.', resolve: (f) => money$(f, f.sums.casino_real_wins + f.sums.casino_bonus_wins) }),
    realWins: t.field({ type: MoneyType, description: 'Casino wins paid to cash.', resolve: (f) => money$(f, f.sums.casino_real_wins) }),
    rake: t.field({ type: MoneyType, description: 'Poker rake taken.', resolve: (f) => money$(f, f.sums.poker_rake) }),
    ggr: t.field({ type: MoneyType, description: 'Gross gaming revenue: real stakes − real wins + rake.', resolve: (f) => money$(f, ggrOf(f)) }),
    bonusCost: t.field({ type: MoneyType, description: 'Bonus money converted to cash (grants completed).', resolve: (f) => money$(f, f.sums.bonus_cost) }),
    ngr: t.field({ type: MoneyType, description: 'Net gaming revenue: GGR − bonus cost.', resolve: (f) => money$(f, ngrOf(f)) }),
    holdPercent: t.float({
      nullable: true,
      description: 'Casino hold: (real stakes − real wins) / real stakes × 100; null without real stakes.',
      resolve: (f) => (f.sums.casino_real_stakes === 0n ? null : Number(((f.sums.casino_real_stakes - f.sums.casino_real_wins) * 1_000_000n) / f.sums.casino_real_stakes) / 10_000),
    }),
    deposits: t.field({ type: FlowType, description: 'Deposits credited.', resolve: (f) => ({ count: f.sums.deposit_count, amount: f.sums.deposit_amount, currency: f.currency }) }),
    withdrawals: t.field({ type: FlowType, description: 'Withdrawals paid out (each part captured counts once).', resolve: (f) => ({ count: f.sums.withdrawal_count, amount: f.sums.withdrawal_amount, currency: f.currency }) }),
    firstDeposits: t.field({ type: FlowType, description: 'First-time depositors in this currency and their first deposits.', resolve: (f) => ({ count: f.ftdCount, amount: f.ftdAmount, currency: f.currency }) }),
    activePlayers: t.int({ description: 'Players who bet or played poker in the period in this currency, each once (daily or monthly active players).', resolve: (f) => f.activePlayers }),
    arpu: t.field({
      type: MoneyType,
      nullable: true,
      description: 'Average revenue per active player: NGR / active players, rounded toward zero; null without active players.',
      resolve: (f) => (f.activePlayers === 0 ? null : money$(f, ngrOf(f) / BigInt(f.activePlayers))),
    }),
    products: t.field({
      type: [ProductFiguresType],
      description: 'The figures by product.',
      resolve: (f) => [
        { product: 'CASINO' as const, f },
        { product: 'POKER' as const, f },
      ],
    }),
  }),
});

const PeriodType = builder.objectRef<KpiPeriod>('KpiPeriod').implement({
  description: 'One day or month of a tenant\'s KPIs.',
  fields: (t) => ({
    start: t.field({ type: 'Date', description: 'Its first day (tenant\'s time zone).', resolve: (p) => p.start }),
    end: t.field({ type: 'Date', description: 'Its last day, included.', resolve: (p) => p.end }),
    registrations: t.int({ description: 'Players who registered in it.', resolve: (p) => p.registrations }),
    currencies: t.field({ type: [CurrencyFiguresType], description: 'The figures per currency: every currency of the tenant, and any other the ledger used.', resolve: (p) => p.currencies }),
  }),
});

const TenantKpisType = builder.objectRef<TenantKpis>('TenantKpis').implement({
  description: 'A tenant\'s KPIs over a range, read from the roll-ups (docs/kpis.md).',
  fields: (t) => ({
    tenant: t.field({ type: TenantType, description: 'The tenant.', resolve: (k, _args, ctx) => loadTenant(ctx, k.tenantId) }),
    timeZone: t.string({ description: 'The time zone its days are counted in.', resolve: (k) => k.timeZone }),
    granularity: t.field({ type: Granularity, description: 'How the periods are cut.', resolve: (k) => k.granularity }),
    from: t.field({ type: 'Date', description: 'The first day covered (a MONTH range starts on the 1st).', resolve: (k) => k.from }),
    to: t.field({ type: 'Date', description: 'The last day covered.', resolve: (k) => k.to }),
    fedUntil: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'The roll-ups hold every ledger transaction committed before this instant; null before their first run.',
      resolve: (k) => k.fedUntil,
    }),
    periods: t.field({ type: [PeriodType], description: 'The periods in order, every one of the range (empty ones with zeros).', resolve: (k) => k.periods }),
  }),
});

const RetentionType = builder.objectRef<KpiCohort['retention'][number]>('KpiRetention').implement({
  description: 'Day-N retention of a cohort.',
  fields: (t) => ({
    day: t.int({ description: 'N: 1, 7 or 30.', resolve: (r) => r.day }),
    players: t.int({ description: 'Players of the cohort active on day N.', resolve: (r) => r.players }),
    rate: t.float({ description: 'players / cohort size (0 to 1; 0 for an empty cohort).', resolve: (r) => r.rate }),
    complete: t.boolean({ description: 'Whether day N is over for the whole cohort (before that the figure can still grow).', resolve: (r) => r.complete }),
  }),
});

const CohortType = builder.objectRef<KpiCohort>('KpiCohort').implement({
  description: 'The players whose day-0 event fell in one period, and how many came back.',
  fields: (t) => ({
    start: t.field({ type: 'Date', description: 'The cohort\'s first day.', resolve: (c) => c.start }),
    end: t.field({ type: 'Date', description: 'The cohort\'s last day, included.', resolve: (c) => c.end }),
    size: t.int({ description: 'Players in the cohort.', resolve: (c) => c.size }),
    retention: t.field({ type: [RetentionType], description: 'D1, D7 and D30 retention.', resolve: (c) => c.retention }),
  }),
});

const FunnelType = builder.objectRef<KpiFunnel>('KpiFunnel').implement({
  description: 'The conversion funnel of the players registered in a range.',
  fields: (t) => ({
    registered: t.int({ description: 'Players registered in the range.', resolve: (f) => f.registered }),
    deposited: t.int({ description: 'Of them, players who have deposited since.', resolve: (f) => f.deposited }),
    played: t.int({ description: 'Of the depositors, players who have played (a bet or a poker hand) since.', resolve: (f) => f.played }),
  }),
});

const DifferenceType = builder.objectRef<KpiDifference>('KpiDifference').implement({
  description: 'A figure on which the roll-ups and the ledger disagree.',
  fields: (t) => ({
    currency: t.string({ nullable: true, description: 'The currency; null for registrations.', resolve: (d) => d.currency || null }),
    figure: t.string({ description: 'The figure (a roll-up column such as casino_real_stakes, or registrations).', resolve: (d) => d.figure }),
    rollup: t.string({ description: 'What the roll-ups hold (minor units or a count, as a decimal string).', resolve: (d) => d.rollup.toString() }),
    ledger: t.string({ description: 'What the ledger says.', resolve: (d) => d.ledger.toString() }),
  }),
});

const ReconciliationType = builder.objectRef<KpiReconciliation>('KpiReconciliation').implement({
  description: 'A check of one day\'s roll-ups against the ledger.',
  fields: (t) => ({
    day: t.field({ type: 'Date', description: 'The day checked (tenant\'s time zone).', resolve: (r) => r.day }),
    checkedAt: t.field({ type: 'DateTime', description: 'When.', resolve: (r) => r.checkedAt }),
    matches: t.boolean({ description: 'Whether every figure matched.', resolve: (r) => r.matches }),
    fedUntil: t.field({ type: 'DateTime', nullable: true, description: 'How far the roll-ups had read the ledger: the comparison covers exactly that part.', resolve: (r) => r.fedUntil }),
    differences: t.field({ type: [DifferenceType], description: 'What differed.', resolve: (r) => r.differences }),
  }),
});

async function loadTenant(ctx: Context, id: string): Promise<Tenant> {
  const tenant = await getTenant(ctx, id);
  if (!tenant) throw new TenantNotFoundError(id);
  return tenant;
}

builder.queryFields((t) => ({
  kpis: t.field({
    type: TenantKpisType,
    description: 'The tenant\'s KPIs per day or month of its time zone (at most 366 days or 36 months). Staff with kpis:read.',
    authScopes: { permission: 'kpis:read' },
    args: {
      from: t.arg({ type: 'Date', required: true, description: 'The first day.' }),
      to: t.arg({ type: 'Date', required: true, description: 'The last day, included.' }),
      granularity: t.arg({ type: Granularity, required: false, defaultValue: 'DAY', description: 'Days or months; DAY by default.' }),
    },
    resolve: (_root, { from, to, granularity }, ctx) => tenantTx(ctx, (tx) => tenantKpisInTx(tx, from, to, granularity ?? 'DAY')),
  }),
  kpiCohorts: t.field({
    type: [CohortType],
    description: 'Retention D1/D7/D30 of the cohorts whose day-0 event fell in the range, one per day or month. Staff with kpis:read.',
    authScopes: { permission: 'kpis:read' },
    args: {
      from: t.arg({ type: 'Date', required: true, description: 'The first cohort day.' }),
      to: t.arg({ type: 'Date', required: true, description: 'The last cohort day, included.' }),
      kind: t.arg({ type: CohortKind, required: false, defaultValue: 'REGISTRATION', description: 'The day-0 event; REGISTRATION by default.' }),
      window: t.arg({ type: RetentionWindow, required: false, defaultValue: 'ROLLING_24H', description: 'How a day N is measured; ROLLING_24H by default.' }),
      granularity: t.arg({ type: Granularity, required: false, defaultValue: 'DAY', description: 'Daily or monthly cohorts; DAY by default.' }),
    },
    resolve: (_root, a, ctx) => tenantTx(ctx, (tx) => kpiCohortsInTx(tx, a.from, a.to, a.kind ?? 'REGISTRATION', a.window ?? 'ROLLING_24H', a.granularity ?? 'DAY')),
  }),
  kpiFunnel: t.field({
    type: FunnelType,
    description: 'Registered → deposited → played, for the players registered in the range (at most 366 days). Staff with kpis:read.',
    authScopes: { permission: 'kpis:read' },
    args: {
      from: t.arg({ type: 'Date', required: true, description: 'The first registration day.' }),
      to: t.arg({ type: 'Date', required: true, description: 'The last registration day, included.' }),
    },
    resolve: (_root, { from, to }, ctx) => tenantTx(ctx, (tx) => kpiFunnelInTx(tx, from, to)),
  }),
  kpiReconciliations: t.field({
    type: [ReconciliationType],
    description: 'The latest check of each day in the range that has one (the kpi-reconciliation job checks yesterday and today). Staff with kpis:read.',
    authScopes: { permission: 'kpis:read' },
    args: {
      from: t.arg({ type: 'Date', required: true, description: 'The first day.' }),
      to: t.arg({ type: 'Date', required: true, description: 'The last day, included.' }),
    },
    resolve: (_root, { from, to }, ctx) => tenantTx(ctx, (tx) => reconciliationsInTx(tx, from, to)),
  }),
  platformKpis: t.field({
    type: [TenantKpisType],
    description: 'Every active tenant\'s KPIs side by side, each in its own time zone, oldest tenant first. Platform staff only.',
    authScopes: { platform: true },
    args: {
      from: t.arg({ type: 'Date', required: true, description: 'The first day.' }),
      to: t.arg({ type: 'Date', required: true, description: 'The last day, included.' }),
      granularity: t.arg({ type: Granularity, required: false, defaultValue: 'MONTH', description: 'Days or months; MONTH by default.' }),
    },
    resolve: async (_root, { from, to, granularity }, ctx) => {
      const all: TenantKpis[] = [];
      for await (const tenantCtx of tenantContexts(ctx.services)) {
        if (!tenantCtx.tenant || tenantCtx.tenant.status !== 'ACTIVE') continue;
        all.push(await tenantTxFor(tenantCtx, tenantCtx.tenant.id, (tx) => tenantKpisInTx(tx, from, to, granularity ?? 'MONTH')));
      }
      return all;
    },
  }),
}));

const ReconcileKpisInput = builder.inputType('ReconcileKpisInput', {
  description: 'The day to check now.',
  fields: (t) => ({ day: t.field({ type: 'Date', required: true, description: 'A day of the tenant\'s time zone.' }) }),
});
const ReconcileKpisPayload = builder.objectRef<{ reconciliation: KpiReconciliation | null }>('ReconcileKpisPayload').implement({
  description: 'The check made by `reconcileKpis`.',
  fields: (t) => ({
    reconciliation: t.field({
      type: ReconciliationType,
      nullable: true,
      description: 'The result; null when the roll-ups have not started yet or are being rebuilt in a new time zone.',
      resolve: (p) => p.reconciliation,
    }),
  }),
});

const RebuildKpisInput = builder.inputType('RebuildKpisInput', {
  description: 'Why the tenant\'s KPI roll-ups are rebuilt (kept in the audit trail).',
  fields: (t) => ({ reason: t.string({ required: true, description: 'Why, 1-500 characters (e.g. the drift found on a day).' }) }),
});
const RebuildKpisPayload = builder.objectRef<{ rebuiltAt: Date }>('RebuildKpisPayload').implement({
  description: 'The rebuild started by `rebuildKpis`.',
  fields: (t) => ({
    rebuiltAt: t.field({ type: 'DateTime', description: 'When the roll-ups were cleared; the kpi-rollup job fills them again from the start of the ledger.', resolve: (p) => p.rebuiltAt }),
  }),
});

builder.mutationFields((t) => ({
  rebuildKpis: t.field({
    type: RebuildKpisPayload,
    description: 'Clears the tenant\'s KPI roll-ups and counts them again from the start of its ledger (after drift). Figures read zero until the kpi-rollup job has caught up. Platform staff only, with X-Tenant. Audited.',
    authScopes: { platform: true },
    errors: { types: [ValidationError, TenantRequiredError, TenantNotFoundError] },
    args: { input: t.arg({ type: RebuildKpisInput, required: true, description: 'Why.' }) },
    resolve: async (_root, { input }, ctx) => ({ rebuiltAt: await rebuildKpis(ctx, input.reason) }),
  }),
  reconcileKpis: t.field({
    type: ReconcileKpisPayload,
    description: 'Checks one day\'s KPI roll-ups against the ledger now and records the result (it changes no figure). Staff with kpis:read.',
    authScopes: { permission: 'kpis:read' },
    errors: { types: [ValidationError, TenantRequiredError, TenantNotFoundError] },
    args: { input: t.arg({ type: ReconcileKpisInput, required: true, description: 'The day.' }) },
    resolve: async (_root, { input }, ctx) => ({ reconciliation: await reconcileDay(ctx, requireTenant(ctx).id, input.day) }),
  }),
}));
