/**
 * Exact rates and net gaming revenue (NGR), the pure arithmetic under the commission engine
 * (affiliates.commission.ts; formulas and worked examples in docs/affiliates.md "NGR").
 *
 * Every product of an amount and a rate is taken exactly (a rate is a rational, the amount a bigint)
 * and rounded once, toward zero, to the minor unit: a positive product is rounded down, a negative
 * one up (so neither side is credited a fraction it did not earn or lose).
 */

/** A thrown error for a malformed engine input: the caller (the statement job) built it wrongly. */
export class CommissionInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CommissionInputError';
  }
}

/**
 * A rate between 0 and 1: an integer number of basis points (`3500` = 35%), or a decimal fraction
 * as a string (`"0.35"`, `"0.0125"`), parsed exactly (never through a float).
 */
export type Rate = number | string;

/** A rate as an exact fraction num / den, 0 <= num <= den. */
export interface Ratio {
  readonly num: bigint;
  readonly den: bigint;
}

export function parseRate(rate: Rate, where: string): Ratio {
  if (typeof rate === 'number') {
    if (!Number.isInteger(rate) || rate < 0 || rate > 10_000) {
      throw new CommissionInputError(`${where}: a rate in basis points must be an integer from 0 to 10000, got ${rate}`);
    }
    return { num: BigInt(rate), den: 10_000n };
  }
  const match = /^(0|1)(?:\.([0-9]{1,12}))?$/.exec(rate);
  if (!match) throw new CommissionInputError(`${where}: a decimal rate must be written like "0.35" (0 to 1), got "${rate}"`);
  const fraction = match[2] ?? '';
  const den = 10n ** BigInt(fraction.length);
  const num = BigInt(match[1]!) * den + (fraction === '' ? 0n : BigInt(fraction));
  if (num > den) throw new CommissionInputError(`${where}: a rate must be at most 1, got "${rate}"`);
  return { num, den };
}

/** rate × amount, rounded toward zero to the minor unit (bigint division truncates toward zero). */
export function applyRate(amount: bigint, ratio: Ratio): bigint {
  return (amount * ratio.num) / ratio.den;
}

/** A rate written for people: "35%", "12.5%", "0.0125%". */
export function formatRate(ratio: Ratio): string {
  // percent = num × 100 / den, written with as many decimals as it needs (den is a power of ten).
  const scaled = ratio.num * 100n;
  let decimals = 0;
  let den = ratio.den;
  while (den > 1n && scaled % den !== 0n) {
    den /= 10n;
    decimals += 1;
  }
  const whole = (ratio.num * 100n * 10n ** BigInt(decimals)) / ratio.den;
  const digits = whole.toString().padStart(decimals + 1, '0');
  return decimals === 0 ? `${digits}%` : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}%`;
}

/** A player's (or a line's) activity in one currency and one period, in minor units, all >= 0. */
export interface NgrComponents {
  /** Real-money stakes. */
  stakes: bigint;
  /** Real-money wins paid. */
  wins: bigint;
  /** Bonus cost: bonus money converted to cash (what the bonus engine counts as cost). */
  bonusCost: bigint;
  /** Deposits charged back (disputes lost) in the period. */
  chargebacks: bigint;
  /** Deposits made. */
  deposits: bigint;
  /** Withdrawals paid. */
  withdrawals: bigint;
}

export const ZERO_COMPONENTS: NgrComponents = { stakes: 0n, wins: 0n, bonusCost: 0n, chargebacks: 0n, deposits: 0n, withdrawals: 0n };

export function addComponents(a: NgrComponents, b: NgrComponents): NgrComponents {
  return {
    stakes: a.stakes + b.stakes,
    wins: a.wins + b.wins,
    bonusCost: a.bonusCost + b.bonusCost,
    chargebacks: a.chargebacks + b.chargebacks,
    deposits: a.deposits + b.deposits,
    withdrawals: a.withdrawals + b.withdrawals,
  };
}

/** The admin fee: a share of positive GGR, or a fixed amount per period and currency. */
export type AdminFee = { kind: 'PERCENT_OF_GGR'; rate: Rate } | { kind: 'FIXED'; byCurrency: Readonly<Record<string, bigint>> };

/** Which deductions a plan takes from GGR. A component left out (false / null) is not deducted. */
export interface NgrRules {
  bonusCost: boolean;
  chargebacks: boolean;
  /** Payment fee, a share of deposits. */
  depositFee: Rate | null;
  /** Payment fee, a share of withdrawals. */
  withdrawalFee: Rate | null;
  /** Gaming tax, a share of GGR when GGR is positive. */
  gamingTax: Rate | null;
  adminFee: AdminFee | null;
}

export interface NgrBreakdown {
  stakes: bigint;
  wins: bigint;
  /** stakes − wins */
  ggr: bigint;
  bonusCost: bigint;
  chargebacks: bigint;
  depositFees: bigint;
  withdrawalFees: bigint;
  gamingTax: bigint;
  adminFee: bigint;
  /** ggr − every deduction above */
  ngr: bigint;
}

/**
 * NGR = GGR − bonus cost − chargebacks − deposit fees − withdrawal fees − gaming tax − admin fee,
 * each deduction only when the rules take it. Percent deductions are rounded toward zero each on
 * its own; gaming tax and a percent admin fee are taken on positive GGR only (no tax and no fee on a
 * losing period, and no refund either). A fixed admin fee is taken whenever this is called for a
 * line: the commission engine calls it once per affiliate, period and currency with activity.
 */
export function ngrOf(components: NgrComponents, rules: NgrRules, currency: string): NgrBreakdown {
  for (const [name, value] of Object.entries(components) as [string, bigint][]) {
    if (value < 0n) throw new CommissionInputError(`NGR component ${name} must not be negative, got ${value}`);
  }
  const ggr = components.stakes - components.wins;
  const positiveGgr = ggr > 0n ? ggr : 0n;
  const bonusCost = rules.bonusCost ? components.bonusCost : 0n;
  const chargebacks = rules.chargebacks ? components.chargebacks : 0n;
  const depositFees = rules.depositFee === null ? 0n : applyRate(components.deposits, parseRate(rules.depositFee, 'depositFee'));
  const withdrawalFees = rules.withdrawalFee === null ? 0n : applyRate(components.withdrawals, parseRate(rules.withdrawalFee, 'withdrawalFee'));
  const gamingTax = rules.gamingTax === null ? 0n : applyRate(positiveGgr, parseRate(rules.gamingTax, 'gamingTax'));
  let adminFee = 0n;
  if (rules.adminFee?.kind === 'PERCENT_OF_GGR') {
    adminFee = applyRate(positiveGgr, parseRate(rules.adminFee.rate, 'adminFee'));
  } else if (rules.adminFee?.kind === 'FIXED') {
    const fixed = rules.adminFee.byCurrency[currency];
    if (fixed === undefined) throw new CommissionInputError(`the fixed admin fee has no amount for ${currency}`);
    if (fixed < 0n) throw new CommissionInputError(`the fixed admin fee for ${currency} must not be negative`);
    adminFee = fixed;
  }
  return {
    stakes: components.stakes,
    wins: components.wins,
    ggr,
    bonusCost,
    chargebacks,
    depositFees,
    withdrawalFees,
    gamingTax,
    adminFee,
    ngr: ggr - bonusCost - chargebacks - depositFees - withdrawalFees - gamingTax - adminFee,
  };
}
