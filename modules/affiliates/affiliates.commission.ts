import { formatDecimal } from '../../src/money.js';
import {
  addComponents,
  applyRate,
  CommissionInputError,
  formatRate,
  ngrOf,
  parseRate,
  ZERO_COMPONENTS,
  type NgrBreakdown,
  type NgrComponents,
  type NgrRules,
  type Rate,
  type Ratio,
} from './affiliates.ngr.js';

export { CommissionInputError, ngrOf, parseRate, type NgrBreakdown, type NgrComponents, type NgrRules, type Rate } from './affiliates.ngr.js';

/**
 * The commission engine: one period's statement for a set of affiliates, pure and deterministic
 * (no database, no clock, no I/O). The statement job maps rows to a `StatementInput` and stores
 * the `Statement`; the same input always gives the same statement. Formulas, rounding and worked
 * examples: docs/affiliates.md.
 *
 * The input, in short (every amount a bigint in minor units of its currency, every day a
 * 'YYYY-MM-DD' UTC calendar day):
 *
 *   computeStatement({
 *     period: { start: '2026-03-01', end: '2026-04-01' },   // end exclusive
 *     plans: { [planId]: Plan },                              // see `Plan`
 *     affiliates: [{
 *       affiliateId, parentId | null,                         // parent: the affiliate who recruited this one
 *       planId, overrides?: Partial<Plan>,                    // an override replaces a whole top-level field
 *       clicks?: number,                                      // only echoed in the funnel
 *       carried: { [currency]: { revShare, debt } },          // the previous statement's carryOut (<= 0 each)
 *       players: [{                                           // the affiliate's attributed players that matter
 *         playerId, currency, revenueOnly?, registeredOn,     //   to this period: registered, active, on hold,
 *         firstDeposit: { on, amount } | null,                //   or with a CPA paid and not yet clawed back
 *         activity: [{ on, wagered, bets }],                  // per day, at least over the CPA window
 *         period: NgrComponents | null,                       // this period's activity (null: none)
 *         flags: { duplicate?, selfExcluded?, fraud? },       // as of the statement
 *         firstDepositChargedBackOn: day | null,              // when the qualifying deposit was charged back
 *         cpa: { paidOn, amount, clawedBack } | null,         // a CPA paid on an earlier statement
 *       }],
 *     }],
 *   })
 *
 * Money is never summed across currencies: every figure lives on a line per affiliate and
 * currency, and carries are per currency.
 */

export type TieringMode = 'WHOLE' | 'MARGINAL';

/** A RevShare tier: its rate applies from `from` (NGR in minor units, or a count of new paying players). */
export interface Tier<T extends bigint | number> {
  from: T;
  rate: Rate;
}

export type RevSharePlan =
  /** Tiers by the line's NGR in the period, one table per currency; WHOLE or MARGINAL. */
  | { basis: 'NGR'; mode: TieringMode; tiers: Readonly<Record<string, readonly Tier<bigint>[]>> }
  /** Tiers by the number of new paying players (first deposits in the period, all currencies); the reached tier's rate on all NGR. */
  | { basis: 'NEW_PAYING_PLAYERS'; tiers: readonly Tier<number>[] };

export interface CpaTerms {
  /** Amount paid per approved player. */
  amount: bigint;
  /** The least first deposit that qualifies. */
  baseline: bigint;
  /** Wagering within the window that qualifies (null: wagering does not qualify). */
  minWagered: bigint | null;
}

export interface CpaPlan {
  /** The first deposit and the activity must both happen within this many days of registration. */
  windowDays: number;
  /** A qualified player is approved (payable) this many days after qualifying. */
  holdDays: number;
  /** Bets within the window that qualify (null: the bet count does not qualify). */
  minBets: number | null;
  byCurrency: Readonly<Record<string, CpaTerms>>;
}

export interface Plan {
  cpa: CpaPlan | null;
  revShare: RevSharePlan | null;
  ngr: NgrRules;
  /** With it, a negative RevShare balance carries to the next period; without it, it is dropped. */
  negativeCarryover: boolean;
  /** The share of each direct sub-affiliate's commission this affiliate earns on top (paid by the operator). */
  subAffiliateRate: Rate | null;
  /** A paid CPA is clawed back when its qualifying deposit is charged back within this many days of it (null: never). */
  clawbackDays: number | null;
}

export interface PlayerFlags {
  duplicate?: boolean;
  selfExcluded?: boolean;
  fraud?: boolean;
}

export interface PlayerInput {
  playerId: string;
  /**
   * The player's currency: the line their CPA, registration and first deposit count on. A player
   * who also played in other currencies has one more entry per such currency, marked `revenueOnly`.
   */
  currency: string;
  /**
   * An entry that only brings the player's period activity in another currency to that currency's
   * line (NGR, RevShare). It never counts in the funnel, for CPA or as a new paying player: those
   * are evaluated on the player's one entry without the mark. It must have no first deposit, no
   * activity days, no charge-back day and no CPA.
   */
  revenueOnly?: boolean;
  registeredOn: string;
  firstDeposit: { on: string; amount: bigint } | null;
  activity: readonly { on: string; wagered: bigint; bets: number }[];
  period: NgrComponents | null;
  flags: PlayerFlags;
  firstDepositChargedBackOn: string | null;
  cpa: { paidOn: string; amount: bigint; clawedBack: boolean } | null;
}

export interface Carry {
  /** Negative RevShare balance carried (0 or less). */
  revShare: bigint;
  /** Money owed back (clawbacks not yet recovered), carried whatever the carryover setting (0 or less). */
  debt: bigint;
}

export interface AffiliateInput {
  affiliateId: string;
  parentId: string | null;
  planId: string;
  overrides?: Partial<Plan>;
  clicks?: number;
  carried: Readonly<Record<string, Carry>>;
  players: readonly PlayerInput[];
}

export interface StatementInput {
  period: { start: string; end: string };
  plans: Readonly<Record<string, Plan>>;
  affiliates: readonly AffiliateInput[];
}

export type CpaStatus =
  | 'NO_DEPOSIT'
  | 'BELOW_BASELINE'
  | 'WINDOW_OPEN'
  | 'NOT_QUALIFIED'
  | 'EXCLUDED'
  | 'ON_HOLD'
  | 'APPROVED'
  | 'ALREADY_PAID';

export type Exclusion = 'DUPLICATE' | 'SELF_EXCLUDED' | 'FRAUD' | 'CHARGED_BACK';

export interface CpaPlayer {
  playerId: string;
  status: CpaStatus;
  /** The day the player met the conditions (deposit and activity), when they did. */
  qualifiedOn: string | null;
  /** The day the hold ends, when qualified. */
  approvedOn: string | null;
  exclusions: Exclusion[];
  /** What this statement pays for the player (the CPA amount when APPROVED, else 0). */
  amount: bigint;
}

export interface RevShareBand {
  /** The NGR (or count) the band starts at, and where it ends (null: no end). */
  from: bigint;
  to: bigint | null;
  rate: string;
  /** The NGR taxed at this band's rate. */
  ngr: bigint;
}

export interface RevShareResult {
  basis: 'NGR' | 'NEW_PAYING_PLAYERS';
  mode: TieringMode;
  /** What decided the tier: the line's NGR, or the affiliate's new paying players. */
  measure: bigint;
  /** The index (from 0) of the tier reached. */
  tier: number;
  bands: RevShareBand[];
  /** Σ band NGR × band rate, rounded toward zero once. May be negative. */
  amount: bigint;
}

export type LineKind = 'CARRIED_REVSHARE' | 'REVSHARE' | 'CPA' | 'CLAWBACK' | 'CARRIED_DEBT' | 'SUB_AFFILIATE_OVERRIDE';

/** One line of a statement, with what it is made of. Amounts signed: negative lines reduce what is due. */
export interface StatementLine {
  kind: LineKind;
  amount: bigint;
  /** The players behind the line (CPA, CLAWBACK, REVSHARE), or the sub-affiliate (SUB_AFFILIATE_OVERRIDE). */
  players: string[];
  subAffiliateId: string | null;
  /** The line in words: components, tier, rate. */
  explanation: string;
}

export interface PlayerActivity {
  playerId: string;
  components: NgrComponents;
}

export interface CurrencyStatement {
  currency: string;
  /** The line's NGR, from the summed components of its players. */
  ngr: NgrBreakdown;
  players: PlayerActivity[];
  revShare: RevShareResult | null;
  cpa: CpaPlayer[];
  carriedIn: Carry;
  /** carried RevShare + this period's RevShare (with carryover), or this period's RevShare (without). */
  revShareBalance: bigint;
  /** max(0, RevShare balance). */
  revSharePayable: bigint;
  /** revSharePayable + CPA − clawbacks + carried debt: the affiliate's own commission, before any override. */
  own: bigint;
  subAffiliateOverride: bigint;
  /** own + subAffiliateOverride */
  due: bigint;
  /** max(0, due) */
  payable: bigint;
  carryOut: Carry;
  lines: StatementLine[];
}

export interface Funnel {
  clicks: number | null;
  registrations: number;
  firstDeposits: number;
  qualified: number;
  excluded: number;
  approved: number;
}

export interface AffiliateStatement {
  affiliateId: string;
  parentId: string | null;
  planId: string;
  funnel: Funnel;
  /** First deposits in the period by players not excluded: the measure of NEW_PAYING_PLAYERS tiering. */
  newPayingPlayers: number;
  currencies: CurrencyStatement[];
}

export interface Statement {
  period: { start: string; end: string };
  affiliates: AffiliateStatement[];
}

const DAY_MS = 86_400_000;

function dayNumber(day: string, where: string): number {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new CommissionInputError(`${where}: "${day}" is not a YYYY-MM-DD day`);
  const ms = Date.parse(`${day}T00:00:00Z`);
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== day) {
    throw new CommissionInputError(`${where}: "${day}" is not a calendar day`);
  }
  return ms / DAY_MS;
}

function dayString(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

function nonNegativeInteger(value: number, where: string): void {
  if (!Number.isInteger(value) || value < 0) throw new CommissionInputError(`${where} must be a whole number of 0 or more, got ${value}`);
}

/** The plan with the affiliate's overrides: each overridden top-level field replaces the plan's. */
export function effectivePlan(plan: Plan, overrides: Partial<Plan> | undefined): Plan {
  if (!overrides) return plan;
  // null is a real override (e.g. `cpa: null` turns CPA off); only an absent field keeps the plan's.
  const pick = <K extends keyof Plan>(key: K): Plan[K] => {
    const value = overrides[key];
    return value === undefined ? plan[key] : (value as Plan[K]);
  };
  return {
    cpa: pick('cpa'),
    revShare: pick('revShare'),
    ngr: pick('ngr'),
    negativeCarryover: pick('negativeCarryover'),
    subAffiliateRate: pick('subAffiliateRate'),
    clawbackDays: pick('clawbackDays'),
  };
}

/**
 * Whether the plan can price a line in `currency`: its CPA has terms for it, its NGR RevShare has
 * tiers for it, and a fixed admin fee has an amount for it (the parts the plan has). A plan need
 * not price every currency of the tenant; the statement job leaves a player's entries in a
 * currency their affiliate's plan does not price out of the engine's input and records them.
 */
export function pricesCurrency(plan: Plan, currency: string): boolean {
  if (plan.cpa !== null && plan.cpa.byCurrency[currency] === undefined) return false;
  if (plan.revShare?.basis === 'NGR' && plan.revShare.tiers[currency] === undefined) return false;
  if (plan.ngr.adminFee?.kind === 'FIXED' && plan.ngr.adminFee.byCurrency[currency] === undefined) return false;
  return true;
}

function exclusionsOf(player: PlayerInput, periodEnd: number): Exclusion[] {
  const out: Exclusion[] = [];
  if (player.flags.duplicate) out.push('DUPLICATE');
  if (player.flags.selfExcluded) out.push('SELF_EXCLUDED');
  if (player.flags.fraud) out.push('FRAUD');
  if (player.firstDepositChargedBackOn !== null && dayNumber(player.firstDepositChargedBackOn, `${player.playerId}.firstDepositChargedBackOn`) < periodEnd) {
    out.push('CHARGED_BACK');
  }
  return out;
}

/**
 * Where a player stands for CPA at the end of the period. Qualification ignores the flags (a
 * flagged player still counts as qualified in the funnel); the flags keep them from approval.
 */
function cpaStatus(player: PlayerInput, cpa: CpaPlan, periodEnd: number): Omit<CpaPlayer, 'amount'> & { terms: CpaTerms } {
  const terms = cpa.byCurrency[player.currency];
  if (!terms) throw new CommissionInputError(`the CPA plan has no terms for ${player.currency} (player ${player.playerId})`);
  const exclusions = exclusionsOf(player, periodEnd);
  const base = { playerId: player.playerId, exclusions, terms };
  const registered = dayNumber(player.registeredOn, `${player.playerId}.registeredOn`);
  const windowEnd = registered + cpa.windowDays; // the last day of the window (inclusive)
  const windowOpen = windowEnd >= periodEnd;
  const pending = (status: CpaStatus) => ({ ...base, status: windowOpen ? 'WINDOW_OPEN' as const : status, qualifiedOn: null, approvedOn: null });

  if (player.cpa !== null) {
    dayNumber(player.cpa.paidOn, `${player.playerId}.cpa.paidOn`);
    return { ...base, status: 'ALREADY_PAID', qualifiedOn: null, approvedOn: null };
  }
  const deposit = player.firstDeposit;
  if (deposit === null || dayNumber(deposit.on, `${player.playerId}.firstDeposit.on`) >= periodEnd) return pending('NO_DEPOSIT');
  const depositDay = dayNumber(deposit.on, `${player.playerId}.firstDeposit.on`);
  if (depositDay > windowEnd) return { ...base, status: 'NOT_QUALIFIED', qualifiedOn: null, approvedOn: null };
  if (deposit.amount < terms.baseline) return { ...base, status: 'BELOW_BASELINE', qualifiedOn: null, approvedOn: null };

  // The first day, within the window and before the period's end, on which the running wagering or
  // bet count reached its threshold.
  const days = player.activity
    .map((a) => ({ day: dayNumber(a.on, `${player.playerId}.activity.on`), wagered: a.wagered, bets: a.bets }))
    .sort((a, b) => a.day - b.day);
  let wagered = 0n;
  let bets = 0;
  let activeOn: number | null = null;
  for (const a of days) {
    if (a.day < registered || a.day > windowEnd || a.day >= periodEnd) continue;
    if (a.wagered < 0n) throw new CommissionInputError(`${player.playerId}: wagered must not be negative`);
    nonNegativeInteger(a.bets, `${player.playerId}: bets`);
    wagered += a.wagered;
    bets += a.bets;
    if ((terms.minWagered !== null && wagered >= terms.minWagered) || (cpa.minBets !== null && bets >= cpa.minBets)) {
      activeOn = a.day;
      break;
    }
  }
  if (activeOn === null) return pending('NOT_QUALIFIED');
  const qualified = Math.max(depositDay, activeOn);
  const approved = qualified + cpa.holdDays;
  const status: CpaStatus = exclusions.length > 0 ? 'EXCLUDED' : approved < periodEnd ? 'APPROVED' : 'ON_HOLD';
  return { ...base, status, qualifiedOn: dayString(qualified), approvedOn: dayString(approved) };
}

function validateTiers<T extends bigint | number>(tiers: readonly Tier<T>[], where: string): Ratio[] {
  if (tiers.length === 0) throw new CommissionInputError(`${where}: at least one tier`);
  for (const t of tiers) {
    if (typeof t.from === 'number') nonNegativeInteger(t.from, `${where}: a tier's from`);
  }
  if (BigInt(tiers[0]!.from) !== 0n) throw new CommissionInputError(`${where}: the first tier must start at 0`);
  for (let i = 1; i < tiers.length; i++) {
    if (BigInt(tiers[i]!.from) <= BigInt(tiers[i - 1]!.from)) throw new CommissionInputError(`${where}: tiers must start at strictly ascending values`);
  }
  return tiers.map((t, i) => parseRate(t.rate, `${where}[${i}]`));
}

/**
 * RevShare on one line. The tier reached is the last whose `from` <= the measure (a measure at a
 * tier's edge is in that tier). WHOLE: the reached tier's rate on all NGR. MARGINAL: each band
 * [from_i, from_i+1) of NGR at its own rate, summed exactly and rounded once. NGR at or below zero
 * is taken whole at the first tier's rate in either mode (so a loss is shared at the entry rate).
 */
export function revShareOf(plan: RevSharePlan, ngr: bigint, currency: string, newPayingPlayers: number): RevShareResult {
  if (plan.basis === 'NEW_PAYING_PLAYERS') {
    const ratios = validateTiers(plan.tiers, 'revShare.tiers');
    let tier = 0;
    plan.tiers.forEach((t, i) => {
      if (newPayingPlayers >= t.from) tier = i;
    });
    const ratio = ratios[tier]!;
    const next = plan.tiers[tier + 1];
    return {
      basis: 'NEW_PAYING_PLAYERS',
      mode: 'WHOLE',
      measure: BigInt(newPayingPlayers),
      tier,
      bands: [{ from: BigInt(plan.tiers[tier]!.from), to: next ? BigInt(next.from) : null, rate: formatRate(ratio), ngr }],
      amount: applyRate(ngr, ratio),
    };
  }
  const tiers = plan.tiers[currency];
  if (!tiers) throw new CommissionInputError(`the RevShare plan has no NGR tiers for ${currency}`);
  const ratios = validateTiers(tiers, `revShare.tiers.${currency}`);
  let tier = 0;
  tiers.forEach((t, i) => {
    if (ngr >= t.from) tier = i;
  });
  const upper = (i: number): bigint | null => (tiers[i + 1] ? tiers[i + 1]!.from : null);
  if (plan.mode === 'WHOLE' || ngr <= 0n) {
    const ratio = ratios[tier]!;
    return {
      basis: 'NGR',
      mode: plan.mode,
      measure: ngr,
      tier,
      bands: [{ from: tiers[tier]!.from, to: upper(tier), rate: formatRate(ratio), ngr }],
      amount: applyRate(ngr, ratio),
    };
  }
  // Σ portion_i × num_i / den_i over a common denominator, so the line is rounded once.
  const common = ratios.reduce((d, r) => (d % r.den === 0n ? d : d * r.den), 1n);
  let numerator = 0n;
  const bands: RevShareBand[] = [];
  for (let i = 0; i <= tier; i++) {
    const from = tiers[i]!.from;
    const to = upper(i);
    const portion = (to === null || ngr < to ? ngr : to) - from;
    const ratio = ratios[i]!;
    numerator += portion * ratio.num * (common / ratio.den);
    bands.push({ from, to, rate: formatRate(ratio), ngr: portion });
  }
  return { basis: 'NGR', mode: 'MARGINAL', measure: ngr, tier, bands, amount: numerator / common };
}

/** An amount for the explanations, in its currency's decimals: 98000 EUR → "980.00". */
function formatAmount(amount: bigint, currency: string): string {
  return formatDecimal(amount, currency);
}

function explainRevShare(result: RevShareResult, ngr: NgrBreakdown, currency: string): string {
  const deductions = [
    ['bonus cost', ngr.bonusCost],
    ['chargebacks', ngr.chargebacks],
    ['deposit fees', ngr.depositFees],
    ['withdrawal fees', ngr.withdrawalFees],
    ['gaming tax', ngr.gamingTax],
    ['admin fee', ngr.adminFee],
  ] as const;
  const components = `NGR ${formatAmount(ngr.ngr, currency)} ${currency} = GGR ${formatAmount(ngr.ggr, currency)} (stakes ${formatAmount(ngr.stakes, currency)} − wins ${formatAmount(ngr.wins, currency)})${deductions
    .filter(([, v]) => v !== 0n)
    .map(([name, v]) => ` − ${name} ${formatAmount(v, currency)}`)
    .join('')}`;
  const measure = result.basis === 'NGR' ? `NGR ${formatAmount(result.measure, currency)}` : `${result.measure} new paying players`;
  const bands = result.bands.map((b) => `${formatAmount(b.ngr, currency)} × ${b.rate}`).join(' + ');
  return `${components}; tier ${result.tier + 1} (${measure}, ${result.mode === 'WHOLE' ? 'whole amount' : 'marginal'}): ${bands} = ${formatAmount(result.amount, currency)} (rounded toward zero)`;
}

/** A currency's line before the sub-affiliate override: what the affiliate earned on their own. */
type OwnLine = Pick<CurrencyStatement, 'currency' | 'ngr' | 'players' | 'revShare' | 'cpa' | 'carriedIn' | 'revShareBalance' | 'revSharePayable' | 'own' | 'lines'> & {
  carriedRevShareOut: bigint;
};

function ownLines(affiliate: AffiliateInput, plan: Plan, periodStart: number, periodEnd: number, newPayingPlayers: number): { lines: OwnLine[]; funnel: Funnel } {
  const funnel: Funnel = { clicks: affiliate.clicks ?? null, registrations: 0, firstDeposits: 0, qualified: 0, excluded: 0, approved: 0 };
  const currencies = new Set<string>(Object.keys(affiliate.carried));
  const byCurrency = new Map<string, PlayerInput[]>();
  const seen = new Set<string>();
  const main = new Set<string>();
  for (const player of affiliate.players) {
    if (player.revenueOnly) {
      if (player.firstDeposit !== null || player.activity.length > 0 || player.firstDepositChargedBackOn !== null || player.cpa !== null) {
        throw new CommissionInputError(`player ${player.playerId}: a revenue-only entry (${player.currency}) carries only period activity`);
      }
    } else {
      if (main.has(player.playerId)) throw new CommissionInputError(`player ${player.playerId} appears twice for affiliate ${affiliate.affiliateId}`);
      main.add(player.playerId);
    }
    const key = `${player.playerId} ${player.currency}`;
    if (seen.has(key)) throw new CommissionInputError(`player ${player.playerId} appears twice in ${player.currency} for affiliate ${affiliate.affiliateId}`);
    seen.add(key);
    currencies.add(player.currency);
    const list = byCurrency.get(player.currency) ?? [];
    list.push(player);
    byCurrency.set(player.currency, list);
  }
  for (const player of affiliate.players) {
    if (player.revenueOnly && !main.has(player.playerId)) {
      throw new CommissionInputError(`player ${player.playerId}: a revenue-only entry (${player.currency}) without the player's own entry`);
    }
  }

  const lines: OwnLine[] = [];
  for (const currency of [...currencies].sort()) {
    const players = [...(byCurrency.get(currency) ?? [])].sort((a, b) => (a.playerId < b.playerId ? -1 : a.playerId > b.playerId ? 1 : 0));
    const carriedIn = affiliate.carried[currency] ?? { revShare: 0n, debt: 0n };
    if (carriedIn.revShare > 0n || carriedIn.debt > 0n) throw new CommissionInputError(`carried balances must be 0 or less (${affiliate.affiliateId}, ${currency})`);
    const out: StatementLine[] = [];

    for (const p of players) {
      if (p.revenueOnly) continue;
      const registered = dayNumber(p.registeredOn, `${p.playerId}.registeredOn`);
      if (registered >= periodStart && registered < periodEnd) funnel.registrations += 1;
      if (p.firstDeposit !== null) {
        const d = dayNumber(p.firstDeposit.on, `${p.playerId}.firstDeposit.on`);
        if (d >= periodStart && d < periodEnd) funnel.firstDeposits += 1;
      }
    }

    // NGR: the components of every player active in the period, summed, then the plan's deductions.
    const active = players.filter((p) => p.period !== null);
    const activity = active.map((p) => ({ playerId: p.playerId, components: p.period! }));
    const summed = activity.reduce((sum, a) => addComponents(sum, a.components), ZERO_COMPONENTS);
    const ngr = active.length > 0 ? ngrOf(summed, plan.ngr, currency) : ngrOf(ZERO_COMPONENTS, { ...plan.ngr, adminFee: null }, currency);

    // Without carryover a negative carry in (left while an earlier plan had it) is dropped.
    const carriedRevShare = plan.negativeCarryover ? carriedIn.revShare : 0n;
    if (carriedRevShare < 0n) {
      out.push({ kind: 'CARRIED_REVSHARE', amount: carriedRevShare, players: [], subAffiliateId: null, explanation: 'negative RevShare balance carried from the previous statement' });
    }

    let revShare: RevShareResult | null = null;
    let revShareBalance = carriedRevShare;
    if (plan.revShare !== null && active.length > 0) {
      revShare = revShareOf(plan.revShare, ngr.ngr, currency, newPayingPlayers);
      out.push({ kind: 'REVSHARE', amount: revShare.amount, players: activity.map((a) => a.playerId), subAffiliateId: null, explanation: explainRevShare(revShare, ngr, currency) });
      revShareBalance += revShare.amount;
    }
    const revSharePayable = revShareBalance > 0n ? revShareBalance : 0n;
    const carriedRevShareOut = plan.negativeCarryover && revShareBalance < 0n ? revShareBalance : 0n;

    // CPA: approved players are paid once.
    const cpa: CpaPlayer[] = [];
    let cpaTotal = 0n;
    if (plan.cpa !== null) {
      for (const p of players) {
        if (p.revenueOnly) continue;
        const status = cpaStatus(p, plan.cpa, periodEnd);
        const qualifiedIn = status.qualifiedOn !== null && dayNumber(status.qualifiedOn, 'qualifiedOn') >= periodStart;
        if (qualifiedIn) funnel.qualified += 1;
        if (qualifiedIn && status.status === 'EXCLUDED') funnel.excluded += 1;
        const amount = status.status === 'APPROVED' ? status.terms.amount : 0n;
        if (status.status === 'APPROVED') funnel.approved += 1;
        cpaTotal += amount;
        cpa.push({ playerId: status.playerId, status: status.status, qualifiedOn: status.qualifiedOn, approvedOn: status.approvedOn, exclusions: status.exclusions, amount });
      }
      const approved = cpa.filter((c) => c.status === 'APPROVED');
      if (approved.length > 0) {
        const terms = plan.cpa.byCurrency[currency]!;
        out.push({
          kind: 'CPA',
          amount: cpaTotal,
          players: approved.map((c) => c.playerId),
          subAffiliateId: null,
          explanation: `${approved.length} approved players × ${formatAmount(terms.amount, currency)} ${currency} (first deposit >= ${formatAmount(terms.baseline, currency)}, ${
            [terms.minWagered !== null ? `wagering >= ${formatAmount(terms.minWagered, currency)}` : null, plan.cpa.minBets !== null ? `${plan.cpa.minBets} bets` : null].filter((x) => x !== null).join(' or ')
          } within ${plan.cpa.windowDays} days of registration, ${plan.cpa.holdDays} days' hold) = ${formatAmount(cpaTotal, currency)}`,
        });
      }
    }

    // Clawback: a CPA paid earlier whose qualifying deposit was charged back within the window.
    let clawback = 0n;
    const clawed: string[] = [];
    for (const p of players) {
      if (p.cpa === null || p.cpa.clawedBack || p.firstDepositChargedBackOn === null || plan.clawbackDays === null) continue;
      if (p.firstDeposit === null) throw new CommissionInputError(`player ${p.playerId} has a CPA paid but no first deposit`);
      if (p.cpa.amount < 0n) throw new CommissionInputError(`player ${p.playerId}: a paid CPA must not be negative`);
      const chargedBack = dayNumber(p.firstDepositChargedBackOn, `${p.playerId}.firstDepositChargedBackOn`);
      if (chargedBack >= periodEnd) continue;
      if (chargedBack - dayNumber(p.firstDeposit.on, `${p.playerId}.firstDeposit.on`) > plan.clawbackDays) continue;
      clawback += p.cpa.amount;
      clawed.push(p.playerId);
    }
    if (clawed.length > 0) {
      out.push({
        kind: 'CLAWBACK',
        amount: -clawback,
        players: clawed,
        subAffiliateId: null,
        explanation: `${clawed.length} paid CPA clawed back: the qualifying deposit was charged back within ${plan.clawbackDays} days of it`,
      });
    }
    if (carriedIn.debt < 0n) {
      out.push({ kind: 'CARRIED_DEBT', amount: carriedIn.debt, players: [], subAffiliateId: null, explanation: 'clawbacks not yet recovered, carried from the previous statement' });
    }

    lines.push({
      currency,
      ngr,
      players: activity,
      revShare,
      cpa,
      carriedIn: { revShare: carriedRevShare, debt: carriedIn.debt },
      revShareBalance,
      revSharePayable,
      own: revSharePayable + cpaTotal - clawback + carriedIn.debt,
      carriedRevShareOut,
      lines: out,
    });
  }
  return { lines, funnel };
}

/** The number of players not excluded whose first deposit falls in the period (all currencies). */
function newPayingPlayersOf(affiliate: AffiliateInput, periodStart: number, periodEnd: number): number {
  let count = 0;
  for (const p of affiliate.players) {
    if (p.firstDeposit === null) continue;
    const d = dayNumber(p.firstDeposit.on, `${p.playerId}.firstDeposit.on`);
    if (d >= periodStart && d < periodEnd && exclusionsOf(p, periodEnd).length === 0) count += 1;
  }
  return count;
}

function validatePlan(plan: Plan, where: string): void {
  if (plan.cpa !== null) {
    nonNegativeInteger(plan.cpa.windowDays, `${where}.cpa.windowDays`);
    nonNegativeInteger(plan.cpa.holdDays, `${where}.cpa.holdDays`);
    if (plan.cpa.minBets !== null) nonNegativeInteger(plan.cpa.minBets, `${where}.cpa.minBets`);
    for (const [currency, terms] of Object.entries(plan.cpa.byCurrency)) {
      if (terms.minWagered === null && plan.cpa.minBets === null) throw new CommissionInputError(`${where}.cpa: ${currency} has neither a wagering nor a bet-count condition`);
      if (terms.amount < 0n || terms.baseline < 0n || (terms.minWagered !== null && terms.minWagered < 0n)) {
        throw new CommissionInputError(`${where}.cpa.${currency}: amounts must not be negative`);
      }
    }
  }
  if (plan.clawbackDays !== null) nonNegativeInteger(plan.clawbackDays, `${where}.clawbackDays`);
  if (plan.subAffiliateRate !== null) parseRate(plan.subAffiliateRate, `${where}.subAffiliateRate`);
}

/**
 * One period's statement for every affiliate in the input. Each affiliate's own commission per
 * currency is worked out first; then each parent earns its rate on what each direct sub earns of
 * its own (never on the sub's own override income, so nothing reaches a grand-parent).
 */
export function computeStatement(input: StatementInput): Statement {
  const periodStart = dayNumber(input.period.start, 'period.start');
  const periodEnd = dayNumber(input.period.end, 'period.end');
  if (periodEnd <= periodStart) throw new CommissionInputError('period.end must be after period.start');

  const byId = new Map<string, AffiliateInput>();
  for (const a of input.affiliates) {
    if (byId.has(a.affiliateId)) throw new CommissionInputError(`affiliate ${a.affiliateId} appears twice`);
    byId.set(a.affiliateId, a);
  }
  const plans = new Map<string, Plan>();
  const own = new Map<string, { plan: Plan; lines: OwnLine[]; funnel: Funnel; newPayingPlayers: number }>();
  for (const a of input.affiliates) {
    const base = input.plans[a.planId];
    if (!base) throw new CommissionInputError(`affiliate ${a.affiliateId}: no plan ${a.planId}`);
    if (a.parentId === a.affiliateId) throw new CommissionInputError(`affiliate ${a.affiliateId} cannot be its own parent`);
    if (a.parentId !== null && !byId.has(a.parentId)) throw new CommissionInputError(`affiliate ${a.affiliateId}: its parent ${a.parentId} is not in the input`);
    const plan = effectivePlan(base, a.overrides);
    validatePlan(plan, `affiliate ${a.affiliateId}`);
    plans.set(a.affiliateId, plan);
    const newPayingPlayers = newPayingPlayersOf(a, periodStart, periodEnd);
    own.set(a.affiliateId, { plan, newPayingPlayers, ...ownLines(a, plan, periodStart, periodEnd, newPayingPlayers) });
  }

  // Overrides, per parent and currency: rate × max(0, the sub's own commission).
  const overrides = new Map<string, Map<string, StatementLine[]>>();
  for (const a of [...input.affiliates].sort((x, y) => (x.affiliateId < y.affiliateId ? -1 : 1))) {
    if (a.parentId === null) continue;
    const parentPlan = plans.get(a.parentId)!;
    if (parentPlan.subAffiliateRate === null) continue;
    const ratio = parseRate(parentPlan.subAffiliateRate, `affiliate ${a.parentId}.subAffiliateRate`);
    for (const line of own.get(a.affiliateId)!.lines) {
      const base = line.own > 0n ? line.own : 0n;
      const amount = applyRate(base, ratio);
      if (amount === 0n) continue;
      const forParent = overrides.get(a.parentId) ?? new Map<string, StatementLine[]>();
      const list = forParent.get(line.currency) ?? [];
      list.push({
        kind: 'SUB_AFFILIATE_OVERRIDE',
        amount,
        players: [],
        subAffiliateId: a.affiliateId,
        explanation: `${formatRate(ratio)} of sub-affiliate ${a.affiliateId}'s own commission ${formatAmount(base, line.currency)} ${line.currency} (paid by the operator; the sub's commission is not reduced)`,
      });
      forParent.set(line.currency, list);
      overrides.set(a.parentId, forParent);
    }
  }

  const affiliates: AffiliateStatement[] = [];
  for (const a of input.affiliates) {
    const mine = own.get(a.affiliateId)!;
    const extra = overrides.get(a.affiliateId) ?? new Map<string, StatementLine[]>();
    const currencies = new Set([...mine.lines.map((l) => l.currency), ...extra.keys()]);
    const result: CurrencyStatement[] = [];
    for (const currency of [...currencies].sort()) {
      const line = mine.lines.find((l) => l.currency === currency);
      const overrideLines = extra.get(currency) ?? [];
      const subAffiliateOverride = overrideLines.reduce((sum, l) => sum + l.amount, 0n);
      const ownAmount = line?.own ?? 0n;
      const due = ownAmount + subAffiliateOverride;
      result.push({
        currency,
        ngr: line?.ngr ?? ngrOf(ZERO_COMPONENTS, { ...mine.plan.ngr, adminFee: null }, currency),
        players: line?.players ?? [],
        revShare: line?.revShare ?? null,
        cpa: line?.cpa ?? [],
        carriedIn: line?.carriedIn ?? { revShare: 0n, debt: 0n },
        revShareBalance: line?.revShareBalance ?? 0n,
        revSharePayable: line?.revSharePayable ?? 0n,
        own: ownAmount,
        subAffiliateOverride,
        due,
        payable: due > 0n ? due : 0n,
        carryOut: { revShare: line?.carriedRevShareOut ?? 0n, debt: due < 0n ? due : 0n },
        lines: [...(line?.lines ?? []), ...overrideLines],
      });
    }
    affiliates.push({ affiliateId: a.affiliateId, parentId: a.parentId, planId: a.planId, funnel: mine.funnel, newPayingPlayers: mine.newPayingPlayers, currencies: result });
  }
  return { period: { start: input.period.start, end: input.period.end }, affiliates };
}
