/** The shapes the statistics read and answer (docs/offers.md, "The statistics"). */

/** What an experiment optimises: a rate (claim, conversion: Beta-Bernoulli) or a mean (revenue per player: Gaussian). */
export type MetricKind = 'BINARY' | 'GAUSSIAN';

/** One arm's data on one metric: exposures with a closed window, their mean, and its sample variance. */
export interface ArmSummary {
  key: string;
  /** Measured exposures (their outcome window has closed). */
  n: number;
  /** BINARY: successes / n; GAUSSIAN: the mean per player (minor units for revenue). */
  mean: number;
  /** Sample variance per player (BINARY: mean × (1 − mean)); 0 when n < 2. */
  variance: number;
}
