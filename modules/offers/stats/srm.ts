/** Sample ratio mismatch across re-weighting periods (docs/offers-statistics.md, "SRM"). */

/** One period: the weights it assigned by and the exposures each arm got. */
export interface SrmPeriod {
  weights: Record<string, number>;
  counts: Record<string, number>;
}

/** Pearson χ² of observed against expected exposures. */
export interface SrmResult {
  chiSquare: number;
  degreesOfFreedom: number;
  pValue: number;
  /** pValue < threshold. */
  mismatch: boolean;
  expected: Record<string, number>;
  observed: Record<string, number>;
}

/**
 * Expected exposures of an arm = Σ over periods of (the period's exposures × the arm's weight in it);
 * Pearson χ² over arms with expected > 0, k − 1 degrees of freedom; mismatch when p < threshold (0.001).
 */
export function srmCheck(periods: readonly SrmPeriod[], threshold = 0.001): SrmResult {
  void periods; void threshold;
  throw new Error('not implemented');
}
