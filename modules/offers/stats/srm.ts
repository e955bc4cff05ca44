/** Sample ratio mismatch across re-weighting periods (docs/offers.md, "The statistics: SRM"). */
import { chiSquareSurvival } from './chisquare.js';
import { checkWeights } from './validate.js';

/** One period: the weights it assigned by and the exposures each arm got. */
export interface SrmPeriod {
  weights: Record<string, number>;
  counts: Record<string, number>;
}

/** Pearson χ² of observed against expected exposures. */
export interface SrmResult {
  chiSquare: number;
  /** Arms with expected > 0, minus 1 (0: nothing to test, pValue 1). */
  degreesOfFreedom: number;
  pValue: number;
  /** pValue < threshold. */
  mismatch: boolean;
  expected: Record<string, number>;
  observed: Record<string, number>;
}

export const SRM_THRESHOLD = 0.001;

/**
 * Expected exposures of an arm = Σ over periods of (the period's exposures × the arm's weight in it);
 * Pearson χ² over arms with expected > 0, k − 1 degrees of freedom; mismatch when p < threshold (0.001).
 * An arm with exposures in a period whose weight for it is 0 (or absent) is an error: the assignment
 * could not have produced it.
 */
export function srmCheck(periods: readonly SrmPeriod[], threshold = SRM_THRESHOLD): SrmResult {
  const fn = 'srmCheck';
  if (!Array.isArray(periods)) throw new Error(`${fn}: periods must be an array`);
  if (!(threshold > 0 && threshold < 1)) throw new Error(`${fn}: threshold must be in (0, 1) (got ${threshold})`);
  const expected: Record<string, number> = {};
  const observed: Record<string, number> = {};
  periods.forEach((period, i) => {
    checkWeights(fn, `period ${i} weights`, period.weights);
    if (period.counts === null || typeof period.counts !== 'object') throw new Error(`${fn}: period ${i} counts must be an object`);
    let total = 0;
    for (const [key, c] of Object.entries<number>(period.counts)) {
      if (!Number.isInteger(c) || c < 0) throw new Error(`${fn}: period ${i}: count of ${key} must be an integer ≥ 0 (got ${c})`);
      if (c > 0 && !((period.weights[key] ?? 0) > 0)) throw new Error(`${fn}: period ${i}: arm ${key} has ${c} exposures but no weight`);
      total += c;
      observed[key] = (observed[key] ?? 0) + c;
    }
    for (const [key, w] of Object.entries<number>(period.weights)) {
      expected[key] = (expected[key] ?? 0) + total * w;
      observed[key] ??= 0;
    }
  });
  let chiSquare = 0;
  let tested = 0;
  for (const [key, e] of Object.entries(expected)) {
    if (!(e > 0)) continue;
    tested++;
    const o = observed[key] ?? 0;
    chiSquare += ((o - e) * (o - e)) / e;
  }
  const degreesOfFreedom = Math.max(0, tested - 1);
  const pValue = degreesOfFreedom === 0 ? 1 : chiSquareSurvival(chiSquare, degreesOfFreedom);
  return { chiSquare, degreesOfFreedom, pValue, mismatch: pValue < threshold, expected, observed };
}
