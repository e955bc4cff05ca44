// Affiliate statements in GraphQL (docs/affiliates.md "Statements: approval and payout"). Thin: parse ids, authorize, call.
import { builder, type BuilderTypes } from '../../src/builder.js';
import type { Context } from '../../src/context.js';
import { holds } from '../../src/auth/principal.js';
import { InvalidIdError, NotFoundError, ValidationError } from '../../src/errors.js';
import { errorType, TENANT_ERRORS } from '../../src/graphql/errors.js';
import { connectionOf } from '../../src/graphql/connections.js';
import { localIdOf, optionalLocalIdOf } from '../../src/graphql/ids.js';
import { loadById } from '../../src/graphql/loaders.js';
import { money, MoneyType } from '../../src/graphql/money.js';
import { loadPlayer, loadStaffUser, PlayerType, StaffUserType } from '../identity/index.js';
import { AccountFrozenError, LedgerTransactionType, loadLedgerTransaction, UnsupportedCurrencyError } from '../wallet/index.js';
import type { CpaStatus, Exclusion, LineKind } from './affiliates.commission.js';
import { AffiliateRef } from './affiliates.schema.js';
import { affiliatesByIds } from './affiliates.service.js';
import { AffiliatePlanRef } from './affiliates.plans.schema.js';
import { plansByIds } from './affiliates.plans.js';
import * as approval from './affiliates.approval.js';
import { dayOf } from './affiliates.statements.js';
import { PAYOUT_METHODS, STATEMENT_STATUSES, type PayoutMethod, type StatementCurrencyRow, type StatementRow, type StatementStatus } from './affiliates.approval.js';
import * as queries from './affiliates.statements.queries.js';
import type { StatementLineRow, StatementPlayerRow } from './affiliates.statements.queries.js';
import {
  AffiliateStatementAlreadyPaidError,
  AffiliateStatementNothingPayableError,
  AffiliateStatementSameStaffError,
  AffiliateStatementStatusError,
} from './affiliates.statements.errors.js';

const readsStatements = (ctx: Context) => holds(ctx.principal, 'affiliates:read') || holds(ctx.principal, 'affiliates:statements');
const loadAffiliate = (ctx: Context, id: string | null) => loadById(ctx, 'affiliate', affiliatesByIds, id);
const loadPlan = (ctx: Context, id: string | null) => loadById(ctx, 'affiliatePlan', plansByIds, id);
export const loadCurrencyLines = async (ctx: Context, statementId: string) =>
  (await loadById(ctx, 'affiliateStatementCurrencies', queries.currencyLinesByStatements, statementId)) ?? [];
export const loadExplainedLines = async (ctx: Context, statementId: string) =>
  (await loadById(ctx, 'affiliateStatementLines', queries.explainedLinesByStatements, statementId)) ?? [];

/** The staff user behind an actor label (`STAFF:<id>`); null for platform staff and others. */
function staffOfActor(ctx: Context, actor: string | null) {
  const [kind, id] = actor?.split(':') ?? [];
  return kind === 'STAFF' ? loadStaffUser(ctx, id) : Promise.resolve(null);
}

// ---------------------------------------------------------------- enums and errors

const STATUS_TEXTS: Record<StatementStatus, string> = {
  COMPUTED: 'Computed (or sent back by a rejection); a staff member with affiliates:statements may submit it.',
  SUBMITTED: 'Submitted by the maker; another staff member with affiliates:statements approves or rejects it.',
  APPROVED: 'Approved: each payable amount was posted to the affiliate\'s payable account; waiting for payout.',
  PAID: 'Every currency line with something payable was paid out (or nothing was payable).',
};
export const StatusEnum = builder.enumType('AffiliateStatementStatus', {
  description: 'Where a commission statement stands in its workflow.',
  values: Object.fromEntries(STATEMENT_STATUSES.map((s) => [s, { value: s, description: STATUS_TEXTS[s] }])) as Record<StatementStatus, { value: StatementStatus; description: string }>,
});
const METHOD_TEXTS: Record<PayoutMethod, string> = {
  BANK_TRANSFER: 'A bank transfer.',
  E_WALLET: 'An e-wallet payment.',
  CRYPTO: 'A crypto-currency transfer.',
  OTHER: 'Any other way (say which in the reference).',
};
const PayoutMethodEnum = builder.enumType('AffiliatePayoutMethod', {
  description: 'How commission was paid out to an affiliate.',
  values: Object.fromEntries(PAYOUT_METHODS.map((m) => [m, { value: m, description: METHOD_TEXTS[m] }])) as Record<PayoutMethod, { value: PayoutMethod; description: string }>,
});
const LINE_KIND_TEXTS: Record<LineKind, string> = {
  CARRIED_REVSHARE: 'A negative RevShare balance carried from the previous statement.',
  REVSHARE: 'This period\'s RevShare on the line\'s NGR (its players are the line\'s `players`).',
  CPA: 'CPA for the players approved in the period.',
  CLAWBACK: 'CPA paid earlier, clawed back (the qualifying deposit was charged back).',
  CARRIED_DEBT: 'Clawbacks not yet recovered, carried from the previous statement.',
  SUB_AFFILIATE_OVERRIDE: 'A share of a sub-affiliate\'s own commission, paid by the operator.',
};
export const LineKindEnum = builder.enumType('AffiliateStatementLineKind', {
  description: 'What a statement line is.',
  values: Object.fromEntries(Object.entries(LINE_KIND_TEXTS).map(([k, d]) => [k, { value: k, description: d }])) as Record<LineKind, { value: LineKind; description: string }>,
});
const CPA_STATUS_TEXTS: Record<CpaStatus, string> = {
  NO_DEPOSIT: 'No first deposit yet.',
  BELOW_BASELINE: 'The first deposit is below the CPA baseline.',
  WINDOW_OPEN: 'Not qualified yet; the qualifying window is still open.',
  NOT_QUALIFIED: 'The window closed without qualifying.',
  EXCLUDED: 'Qualified, but excluded (see `exclusions`).',
  ON_HOLD: 'Qualified; the hold has not ended.',
  APPROVED: 'Approved: this statement pays its CPA.',
  ALREADY_PAID: 'Its CPA was paid on an earlier statement.',
};
const CpaStatusEnum = builder.enumType('AffiliateCpaStatus', {
  description: 'Where a player stands for CPA at the end of the period.',
  values: Object.fromEntries(Object.entries(CPA_STATUS_TEXTS).map(([k, d]) => [k, { value: k, description: d }])) as Record<CpaStatus, { value: CpaStatus; description: string }>,
});
const EXCLUSION_TEXTS: Record<Exclusion, string> = {
  DUPLICATE: 'A duplicate account.',
  SELF_EXCLUDED: 'Self-excluded.',
  FRAUD: 'Flagged for fraud.',
  CHARGED_BACK: 'The qualifying deposit was charged back.',
};
const ExclusionEnum = builder.enumType('AffiliateCpaExclusion', {
  description: 'Why a player is kept from CPA.',
  values: Object.fromEntries(Object.entries(EXCLUSION_TEXTS).map(([k, d]) => [k, { value: k, description: d }])) as Record<Exclusion, { value: Exclusion; description: string }>,
});

errorType(
  AffiliateStatementStatusError,
  'AffiliateStatementStatusError',
  { code: 'AFFILIATE_STATEMENT_STATUS', description: 'The statement is not in the status this step needs (another staff member may have acted first); nothing changed.' },
  (t) => ({
    status: t.field({ type: StatusEnum, description: 'Where the statement is.', resolve: (e: AffiliateStatementStatusError) => e.status as StatementStatus }),
    expected: t.field({ type: StatusEnum, description: 'Where this step needs it.', resolve: (e: AffiliateStatementStatusError) => e.expected as StatementStatus }),
  }),
);
errorType(AffiliateStatementSameStaffError, 'AffiliateStatementSameStaffError', {
  code: 'AFFILIATE_STATEMENT_SAME_STAFF',
  description: 'Maker-checker: whoever submitted a statement may not approve or reject it; nothing changed.',
});
errorType(
  AffiliateStatementNothingPayableError,
  'AffiliateStatementNothingPayableError',
  { code: 'AFFILIATE_STATEMENT_NOTHING_PAYABLE', description: 'The statement has no line with something payable in this currency; nothing was posted.' },
  (t) => ({ currency: t.field({ type: 'Currency', description: 'The currency asked for.', resolve: (e: AffiliateStatementNothingPayableError) => e.currency }) }),
);
errorType(
  AffiliateStatementAlreadyPaidError,
  'AffiliateStatementAlreadyPaidError',
  { code: 'AFFILIATE_STATEMENT_ALREADY_PAID', description: 'The statement\'s line in this currency was paid out already; nothing was posted.' },
  (t) => ({ currency: t.field({ type: 'Currency', description: 'The currency asked for.', resolve: (e: AffiliateStatementAlreadyPaidError) => e.currency }) }),
);

// ---------------------------------------------------------------- types

const m = (field: keyof StatementCurrencyRow) => (line: StatementCurrencyRow) => money(line[field] as string, line.currency);

export const FunnelType = builder.objectRef<Record<string, number | null>>('AffiliateStatementFunnel').implement({
  description: 'The affiliate\'s funnel in the period.',
  fields: (t) => ({
    clicks: t.int({ nullable: true, description: 'Clicks on its links (null when not counted).', resolve: (f) => f.clicks ?? null }),
    registrations: t.int({ description: 'Attributed players who registered in the period.', resolve: (f) => f.registrations ?? 0 }),
    firstDeposits: t.int({ description: 'Of its players, first deposits made in the period.', resolve: (f) => f.firstDeposits ?? 0 }),
    qualified: t.int({ description: 'Players who met the CPA conditions in the period.', resolve: (f) => f.qualified ?? 0 }),
    excluded: t.int({ description: 'Of those, players excluded from CPA.', resolve: (f) => f.excluded ?? 0 }),
    approved: t.int({ description: 'Players whose CPA this statement pays.', resolve: (f) => f.approved ?? 0 }),
  }),
});

type NgrValue = { ngr: Record<string, string>; currency: string };
export const NgrType = builder.objectRef<NgrValue>('AffiliateStatementNgr').implement({
  description: 'A line\'s NGR and how it was made: GGR (stakes − wins) minus the plan\'s deductions.',
  fields: (t) => {
    const part = (key: string, description: string) => t.field({ type: MoneyType, description, resolve: (n: NgrValue) => money(n.ngr[key] ?? '0', n.currency) });
    return {
      stakes: part('stakes', 'Stakes of the line\'s players.'),
      wins: part('wins', 'Their wins.'),
      ggr: part('ggr', 'stakes − wins.'),
      bonusCost: part('bonusCost', 'Bonus cost deducted.'),
      chargebacks: part('chargebacks', 'Chargebacks deducted.'),
      depositFees: part('depositFees', 'Deposit fees deducted.'),
      withdrawalFees: part('withdrawalFees', 'Withdrawal fees deducted.'),
      gamingTax: part('gamingTax', 'Gaming tax deducted.'),
      adminFee: part('adminFee', 'The admin fee deducted.'),
      ngr: part('ngr', 'GGR − every deduction.'),
    };
  },
});

type RevShareValue = NonNullable<StatementCurrencyRow['rev_share']> & { currency: string };
type BandValue = RevShareValue['bands'][number] & { currency: string };
const BandType = builder.objectRef<BandValue>('AffiliateRevShareBand').implement({
  description: 'A band of RevShare tiering: the NGR taxed at one rate.',
  fields: (t) => ({
    from: t.string({ description: 'Where the band starts: NGR in minor units, or a count of new paying players.', resolve: (b) => b.from }),
    to: t.string({ nullable: true, description: 'Where it ends (null: no end).', resolve: (b) => b.to }),
    rate: t.exposeString('rate', { description: 'Its rate, a decimal fraction.' }),
    ngr: t.field({ type: MoneyType, description: 'The NGR taxed at this rate.', resolve: (b) => money(b.ngr, b.currency) }),
  }),
});
export const RevShareType = builder.objectRef<RevShareValue>('AffiliateStatementRevShare').implement({
  description: 'RevShare on a line: the tier reached and the bands.',
  fields: (t) => ({
    basis: t.exposeString('basis', { description: 'NGR or NEW_PAYING_PLAYERS.' }),
    mode: t.exposeString('mode', { description: 'WHOLE (the reached tier\'s rate on all NGR) or MARGINAL (each band at its rate).' }),
    measure: t.string({ description: 'What decided the tier: the NGR in minor units, or the number of new paying players.', resolve: (r) => r.measure }),
    tier: t.int({ description: 'The tier reached, from 1.', resolve: (r) => r.tier + 1 }),
    bands: t.field({ type: [BandType], description: 'The bands, lowest first.', resolve: (r) => r.bands.map((b) => ({ ...b, currency: r.currency })) }),
    amount: t.field({ type: MoneyType, description: 'Σ band NGR × rate, rounded toward zero once; may be negative.', resolve: (r) => money(r.amount, r.currency) }),
  }),
});

const LineType = builder.objectRef<StatementLineRow>('AffiliateStatementLine').implement({
  description: 'An explained line of a statement.',
  fields: (t) => ({
    kind: t.field({ type: LineKindEnum, description: 'What it is.', resolve: (l) => l.kind }),
    amount: t.field({ type: MoneyType, description: 'Its amount (negative lines reduce what is due).', resolve: (l) => money(l.amount, l.currency) }),
    players: t.field({
      type: [PlayerType],
      description: 'The players behind a CPA or CLAWBACK line (a REVSHARE line\'s players are the currency line\'s `players`).',
      resolve: async (l, _a, ctx) => (await Promise.all(l.players.map((id) => loadPlayer(ctx, id)))).filter((p) => p !== null),
    }),
    subAffiliate: t.field({ type: AffiliateRef, nullable: true, description: 'The sub-affiliate of a SUB_AFFILIATE_OVERRIDE line.', resolve: (l, _a, ctx) => loadAffiliate(ctx, l.sub_affiliate_id) }),
    explanation: t.exposeString('explanation', { description: 'The line in words: components, tier, rate.' }),
  }),
});

const StatementPlayerType = builder.objectRef<StatementPlayerRow>('AffiliateStatementPlayer').implement({
  description: 'A player behind a statement\'s currency line: NGR components in the period and CPA standing.',
  fields: (t) => {
    const part = (key: keyof StatementPlayerRow, description: string) => t.field({ type: MoneyType, description, resolve: (p: StatementPlayerRow) => money(p[key] as string, p.currency) });
    return {
      player: t.field({ type: PlayerType, nullable: true, description: 'The player.', resolve: (p, _a, ctx) => loadPlayer(ctx, p.player_id) }),
      stakes: part('stakes', 'Stakes in the period.'),
      wins: part('wins', 'Wins in the period.'),
      bonusCost: part('bonus_cost', 'Bonus cost in the period.'),
      chargebacks: part('chargebacks', 'Chargebacks in the period.'),
      deposits: part('deposits', 'Deposits in the period.'),
      withdrawals: part('withdrawals', 'Withdrawals in the period.'),
      cpaStatus: t.field({ type: CpaStatusEnum, nullable: true, description: 'Its CPA standing (null when the plan has no CPA).', resolve: (p) => p.cpa_status }),
      qualifiedOn: t.field({ type: 'Date', nullable: true, description: 'When it met the CPA conditions.', resolve: (p) => (p.qualified_on === null ? null : dayOf(p.qualified_on)) }),
      approvedOn: t.field({ type: 'Date', nullable: true, description: 'When its hold ends.', resolve: (p) => (p.approved_on === null ? null : dayOf(p.approved_on)) }),
      exclusions: t.field({ type: [ExclusionEnum], description: 'Why it is kept from CPA.', resolve: (p) => p.exclusions }),
      cpaAmount: part('cpa_amount', 'The CPA this statement pays for it.'),
    };
  },
});
const StatementPlayerConnection = connectionOf(StatementPlayerType, 'AffiliateStatementPlayer', { totalCount: true });

const PayoutType = builder.objectRef<StatementCurrencyRow>('AffiliateStatementPayout').implement({
  description: 'How a currency line was paid out.',
  fields: (t) => ({
    amount: t.field({ type: MoneyType, description: 'What was paid (the line\'s payable).', resolve: m('payable') }),
    method: t.field({ type: PayoutMethodEnum, description: 'How.', resolve: (l) => l.payout_method! }),
    reference: t.string({ description: 'The reference of the money sent (a bank reference, say).', resolve: (l) => l.payout_reference! }),
    paidBy: t.field({ type: StaffUserType, nullable: true, description: 'Who recorded it (null for platform staff).', resolve: (l, _a, ctx) => staffOfActor(ctx, l.paid_by) }),
    paidAt: t.field({ type: 'DateTime', description: 'When.', resolve: (l) => l.paid_at! }),
    transaction: t.field({ type: LedgerTransactionType, nullable: true, description: 'The AFFILIATE_PAYOUT ledger transaction (null when you may not read it).', resolve: (l, _a, ctx) => loadLedgerTransaction(ctx, l.payout_transaction_id) }),
  }),
});

/** A currency line's figures, shared by staff's statement and the affiliate's own (the portal). */
export function currencyFigureFields(t: PothosSchemaTypes.ObjectFieldBuilder<BuilderTypes, StatementCurrencyRow>) {
  return {
    currency: t.field({ type: 'Currency', description: 'The currency.', resolve: (l) => l.currency }),
    ngr: t.field({ type: NgrType, description: 'The line\'s NGR and its parts.', resolve: (l) => ({ ngr: l.ngr, currency: l.currency }) }),
    revShare: t.field({ type: RevShareType, nullable: true, description: 'RevShare tiering (null: no RevShare on the line).', resolve: (l) => (l.rev_share === null ? null : { ...l.rev_share, currency: l.currency }) }),
    carriedInRevShare: t.field({ type: MoneyType, description: 'Negative RevShare balance carried in.', resolve: m('carried_in_rev_share') }),
    carriedInDebt: t.field({ type: MoneyType, description: 'Debt (clawbacks not yet recovered) carried in.', resolve: m('carried_in_debt') }),
    own: t.field({ type: MoneyType, description: 'The affiliate\'s own commission: RevShare payable + CPA − clawbacks + carried debt.', resolve: m('own') }),
    subAffiliateOverride: t.field({ type: MoneyType, description: 'Earned on its sub-affiliates\' commission.', resolve: m('sub_affiliate_override') }),
    due: t.field({ type: MoneyType, description: 'own + sub-affiliate override.', resolve: m('due') }),
    payable: t.field({ type: MoneyType, description: 'max(0, due): what approval posts and payout pays.', resolve: m('payable') }),
    carryOutRevShare: t.field({ type: MoneyType, description: 'Negative RevShare balance carried to the next statement.', resolve: m('carry_out_rev_share') }),
    carryOutDebt: t.field({ type: MoneyType, description: 'Debt carried to the next statement.', resolve: m('carry_out_debt') }),
  };
}

const CurrencyType = builder.objectRef<StatementCurrencyRow>('AffiliateStatementCurrency').implement({
  description: 'A statement\'s line in one currency: what was earned, due and payable, and how.',
  fields: (t) => ({
    ...currencyFigureFields(t),
    revShareBalance: t.field({ type: MoneyType, description: 'Carried RevShare + this period\'s RevShare.', resolve: m('rev_share_balance') }),
    revSharePayable: t.field({ type: MoneyType, description: 'max(0, RevShare balance).', resolve: m('rev_share_payable') }),
    lines: t.field({
      type: [LineType],
      description: 'The explained lines, in order.',
      resolve: async (l, _a, ctx) => (await loadExplainedLines(ctx, l.statement_id)).filter((x) => x.currency === l.currency),
    }),
    commissionTransaction: t.field({
      type: LedgerTransactionType,
      nullable: true,
      description: 'The AFFILIATE_COMMISSION ledger transaction posted on approval (null before, when nothing is payable, or when you may not read it).',
      resolve: (l, _a, ctx) => loadLedgerTransaction(ctx, l.commission_transaction_id),
    }),
    payout: t.field({ type: PayoutType, nullable: true, description: 'The payout; null until paid.', resolve: (l) => (l.paid_at === null ? null : l) }),
    players: t.connection(
      { type: StatementPlayerType, description: 'The players behind the line, by player id (one page per line: read it on one statement).', resolve: (l, args, ctx) => queries.statementPlayers(ctx, l.statement_id, l.currency, args) },
      StatementPlayerConnection,
    ),
  }),
});

type UnpricedValue = StatementRow['unpriced'][number];
const UnpricedType = builder.objectRef<UnpricedValue>('AffiliateUnpricedActivity').implement({
  description: 'Activity of the affiliate\'s players in a currency its plan does not price: left out of the statement (no commission, no funnel), shown so it is not lost from sight.',
  fields: (t) => {
    const part = (key: string, description: string) => t.field({ type: MoneyType, description, resolve: (u: UnpricedValue) => money(u.components[key] ?? '0', u.currency) });
    return {
      currency: t.field({ type: 'Currency', description: 'The currency.', resolve: (u) => u.currency }),
      players: t.exposeInt('players', { description: 'How many of its players were left out in it.' }),
      stakes: part('stakes', 'Their stakes in the period.'),
      wins: part('wins', 'Their wins.'),
      bonusCost: part('bonusCost', 'Their bonus cost.'),
      chargebacks: part('chargebacks', 'Their chargebacks.'),
      deposits: part('deposits', 'Their deposits.'),
      withdrawals: part('withdrawals', 'Their withdrawals.'),
    };
  },
});

export const AffiliateStatementRef = builder.objectRef<StatementRow>('AffiliateStatement');
const AffiliateStatementConnection = connectionOf(AffiliateStatementRef, 'AffiliateStatement', { totalCount: true });

builder.node(AffiliateStatementRef, {
  description: 'An affiliate\'s commission statement for one period: computed, submitted, approved by another staff member, paid out. Staff with affiliates:read or affiliates:statements.',
  id: { resolve: (s) => s.id },
  loadMany: async (ids, ctx) => {
    const rows = readsStatements(ctx) ? await queries.statementsByIds(ctx, ids) : new Map<string, StatementRow>();
    return ids.map((id) => rows.get(id) ?? null);
  },
  fields: (t) => ({
    affiliate: t.field({ type: AffiliateRef, nullable: true, description: 'The affiliate.', resolve: (s, _a, ctx) => loadAffiliate(ctx, s.affiliate_id) }),
    periodStart: t.field({ type: 'Date', description: 'The period\'s first day.', resolve: (s) => dayOf(s.period_start) }),
    periodEnd: t.field({ type: 'Date', description: 'The day after the period\'s last (exclusive).', resolve: (s) => dayOf(s.period_end) }),
    plan: t.field({ type: AffiliatePlanRef, nullable: true, description: 'The commission plan it was computed with.', resolve: (s, _a, ctx) => loadPlan(ctx, s.plan_id) }),
    planVersion: t.exposeInt('plan_version', { description: 'The version of the plan\'s terms it was computed with.' }),
    status: t.field({ type: StatusEnum, description: 'Where it stands.', resolve: (s) => s.status }),
    submittedBy: t.field({ type: StaffUserType, nullable: true, description: 'Who submitted it (the maker); null when not submitted, or platform staff.', resolve: (s, _a, ctx) => staffOfActor(ctx, s.submitted_by) }),
    submittedAt: t.expose('submitted_at', { type: 'DateTime', nullable: true, description: 'When it was submitted.' }),
    approvedBy: t.field({ type: StaffUserType, nullable: true, description: 'Who approved it (the checker); null until approved, or platform staff.', resolve: (s, _a, ctx) => staffOfActor(ctx, s.approved_by) }),
    approvedAt: t.expose('approved_at', { type: 'DateTime', nullable: true, description: 'When it was approved.' }),
    rejectedBy: t.field({ type: StaffUserType, nullable: true, description: 'Who last rejected it; null when never rejected, or platform staff.', resolve: (s, _a, ctx) => staffOfActor(ctx, s.rejected_by) }),
    rejectedAt: t.expose('rejected_at', { type: 'DateTime', nullable: true, description: 'When it was last rejected.' }),
    rejectionReason: t.exposeString('rejection_reason', { nullable: true, description: 'Why it was last rejected.' }),
    paidAt: t.expose('paid_at', { type: 'DateTime', nullable: true, description: 'When it became PAID.' }),
    funnel: t.field({ type: FunnelType, description: 'The funnel in the period.', resolve: (s) => s.funnel }),
    newPayingPlayers: t.exposeInt('new_paying_players', { description: 'First deposits in the period by players not excluded (the measure of NEW_PAYING_PLAYERS tiering).' }),
    currencies: t.field({ type: [CurrencyType], description: 'Its line per currency.', resolve: (s, _a, ctx) => loadCurrencyLines(ctx, s.id) }),
    unpriced: t.field({ type: [UnpricedType], description: 'Activity in currencies the plan does not price, left out of the statement (empty: none).', resolve: (s) => s.unpriced }),
    createdAt: t.expose('created_at', { type: 'DateTime', description: 'When it was computed.' }),
    updatedAt: t.expose('updated_at', { type: 'DateTime', description: 'When it last changed.' }),
  }),
});

builder.objectFields(AffiliateRef, (t) => ({
  statements: t.connection(
    {
      type: AffiliateStatementRef,
      description: 'Its commission statements, newest first.',
      resolve: (a, args, ctx) => queries.listStatements(ctx, { affiliateId: a.id }, args),
    },
    AffiliateStatementConnection,
  ),
}));

// ---------------------------------------------------------------- queries

const StatementFilter = builder.inputType('AffiliateStatementFilter', {
  description: 'Which statements to list.',
  fields: (t) => ({
    periodStart: t.field({ type: 'Date', description: 'Only those of the period starting on this day.' }),
    status: t.field({ type: StatusEnum, description: 'Only those in this status.' }),
    affiliateId: t.id({ description: 'Only those of this Affiliate ID.' }),
  }),
});

builder.queryFields((t) => ({
  affiliateStatements: t.connection(
    {
      type: AffiliateStatementRef,
      description: 'The tenant\'s commission statements, newest first, filtered. Staff with affiliates:read.',
      authScopes: { permission: 'affiliates:read' },
      args: { filter: t.arg({ type: StatementFilter, description: 'Filters.' }) },
      resolve: (_root, args, ctx) =>
        queries.listStatements(
          ctx,
          {
            periodStart: args.filter?.periodStart ?? null,
            status: args.filter?.status ?? null,
            affiliateId: optionalLocalIdOf(args.filter?.affiliateId == null ? null : String(args.filter.affiliateId), 'Affiliate', ['filter', 'affiliateId']) ?? null,
          },
          args,
        ),
    },
    AffiliateStatementConnection,
  ),
  affiliateStatement: t.field({
    type: AffiliateStatementRef,
    nullable: true,
    description: 'A commission statement by its ID; null when the tenant has none such. Staff with affiliates:read.',
    authScopes: { permission: 'affiliates:read' },
    args: { id: t.arg.id({ required: true, description: 'The AffiliateStatement ID.' }) },
    resolve: (_root, args, ctx) => loadById(ctx, 'affiliateStatement', queries.statementsByIds, localIdOf(String(args.id), 'AffiliateStatement', ['id'])),
  }),
}));

// ---------------------------------------------------------------- mutations

const StatementInput = (name: string, description: string) =>
  builder.inputType(name, {
    description,
    fields: (t) => ({ statementId: t.id({ required: true, description: 'The AffiliateStatement ID.' }) }),
  });
const SubmitInput = StatementInput('SubmitAffiliateStatementInput', 'The COMPUTED statement to submit.');
const ApproveInput = StatementInput('ApproveAffiliateStatementInput', 'The SUBMITTED statement to approve.');
const RejectInput = builder.inputType('RejectAffiliateStatementInput', {
  description: 'The SUBMITTED statement to send back, and why.',
  fields: (t) => ({
    statementId: t.id({ required: true, description: 'The AffiliateStatement ID.' }),
    reason: t.string({ required: true, description: 'Why (1 to 2000 characters).' }),
  }),
});
const PayInput = builder.inputType('PayAffiliateStatementInput', {
  description: 'The payout of one currency line of an APPROVED statement.',
  fields: (t) => ({
    statementId: t.id({ required: true, description: 'The AffiliateStatement ID.' }),
    currency: t.field({ type: 'Currency', required: true, description: 'The line\'s currency.' }),
    method: t.field({ type: PayoutMethodEnum, required: true, description: 'How the money was sent.' }),
    reference: t.string({ required: true, description: 'The reference of the money sent (1 to 200 characters).' }),
  }),
});

const payload = (name: string, description: string) =>
  builder.objectRef<{ statement: StatementRow }>(name).implement({
    description,
    fields: (t) => ({ statement: t.field({ type: AffiliateStatementRef, description: 'The statement as it is now.', resolve: (p) => p.statement }) }),
  });
const SubmitPayload = payload('SubmitAffiliateStatementPayload', 'The statement submitted.');
const ApprovePayload = payload('ApproveAffiliateStatementPayload', 'The statement approved (or PAID, when nothing was payable).');
const RejectPayload = payload('RejectAffiliateStatementPayload', 'The statement sent back to COMPUTED.');
const PayPayload = payload('PayAffiliateStatementPayload', 'The statement with the line paid out (PAID when every payable line is).');

const statementIdOf = (id: string | number) => localIdOf(String(id), 'AffiliateStatement', ['input', 'statementId']);
const STEP_ERRORS = [ValidationError, InvalidIdError, NotFoundError, AffiliateStatementStatusError] as const;

builder.mutationFields((t) => ({
  submitAffiliateStatement: t.field({
    type: SubmitPayload,
    description: 'The maker submits a COMPUTED statement for approval. Audited (AffiliateStatement).',
    authScopes: { permission: 'affiliates:statements' },
    errors: { types: [...STEP_ERRORS, ...TENANT_ERRORS] },
    args: { input: t.arg({ type: SubmitInput, required: true, description: 'The statement.' }) },
    resolve: async (_root, { input }, ctx) => ({ statement: await approval.submitAffiliateStatement(ctx, { statementId: statementIdOf(input.statementId) }) }),
  }),
  approveAffiliateStatement: t.field({
    type: ApprovePayload,
    description:
      'The checker (not the maker) approves a SUBMITTED statement: each payable amount is posted HOUSE → the affiliate\'s payable account (AFFILIATE_COMMISSION) in the same transaction; with nothing payable it is PAID at once. Audited; publishes affiliates.statement.approved.',
    authScopes: { permission: 'affiliates:statements' },
    errors: { types: [...STEP_ERRORS, AffiliateStatementSameStaffError, AccountFrozenError, UnsupportedCurrencyError, ...TENANT_ERRORS] },
    args: { input: t.arg({ type: ApproveInput, required: true, description: 'The statement.' }) },
    resolve: async (_root, { input }, ctx) => ({ statement: await approval.approveAffiliateStatement(ctx, { statementId: statementIdOf(input.statementId) }) }),
  }),
  rejectAffiliateStatement: t.field({
    type: RejectPayload,
    description: 'The checker (not the maker) sends a SUBMITTED statement back to COMPUTED with a reason. Audited.',
    authScopes: { permission: 'affiliates:statements' },
    errors: { types: [...STEP_ERRORS, AffiliateStatementSameStaffError, ...TENANT_ERRORS] },
    args: { input: t.arg({ type: RejectInput, required: true, description: 'The statement and the reason.' }) },
    resolve: async (_root, { input }, ctx) => ({ statement: await approval.rejectAffiliateStatement(ctx, { statementId: statementIdOf(input.statementId), reason: input.reason }) }),
  }),
  payAffiliateStatement: t.field({
    type: PayPayload,
    description:
      'Records the payout of one currency line of an APPROVED statement: its payable moves from the affiliate\'s payable account to the affiliate-payouts clearing account (AFFILIATE_PAYOUT); PAID when every payable line is. Audited; publishes affiliates.statement.paid when PAID.',
    authScopes: { permission: 'affiliates:statements' },
    // No InsufficientFundsError: the payable account received exactly this line's payable at approval,
    // only this module moves AFFILIATE accounts, and a line is paid once; a shortfall would be a fault.
    errors: { types: [...STEP_ERRORS, AffiliateStatementNothingPayableError, AffiliateStatementAlreadyPaidError, AccountFrozenError, UnsupportedCurrencyError, ...TENANT_ERRORS] },
    args: { input: t.arg({ type: PayInput, required: true, description: 'The statement, currency, method and reference.' }) },
    resolve: async (_root, { input }, ctx) => ({
      statement: await approval.payAffiliateStatement(ctx, { statementId: statementIdOf(input.statementId), currency: input.currency, method: input.method, reference: input.reference }),
    }),
  }),
}));
