/** Thompson-sampling bandit weights, after GrowthBook's gbstats (docs/offers-statistics.md, "Bandit"). */
import type { ArmSummary, MetricKind } from './types.js';

/** How the bandit re-weights arms. */
export interface BanditConfig {
  /** BINARY: Beta-Bernoulli posterior; GAUSSIAN: normal posterior. */
  kind: MetricKind;
  /** No re-weighting before every arm has this many measured exposures. */
  minExposures: number;
  /** Seed of the posterior draws (same inputs and seed, same weights). */
  seed: string;
  /** Posterior draws; default 10000. */
  draws?: number;
  /** Minimum weight per arm; default 0.01. */
  floor?: number;
  /** Top-two Thompson sampling weights; default true. false: weights = P(best). */
  topTwo?: boolean;
}

/** One arm's posterior on the metric's mean. */
export interface ArmPosterior {
  key: string;
  mean: number;
  sd: number;
  /** BINARY only: Beta(alpha, beta). */
  alpha?: number;
  beta?: number;
}

/** New weights and what they were computed from. */
export interface BanditResult {
  /** false: weights are `previous` (or equal) unchanged. */
  enoughData: boolean;
  /** Sum to 1, each ≥ floor. */
  weights: Record<string, number>;
  /** Share of draws where the arm is best. */
  pBest: Record<string, number>;
  posteriors: ArmPosterior[];
  draws: number;
}

/** Each arm's posterior: Beta(1 + successes, 1 + failures) or Normal(mean, sqrt(variance / n)). */
export function posteriorOf(arm: ArmSummary, kind: MetricKind): ArmPosterior {
  void arm; void kind;
  throw new Error('not implemented');
}

/** The bandit's new weights for `arms` (in their order), or `previous` when some arm lacks data. */
export function banditWeights(arms: readonly ArmSummary[], config: BanditConfig, previous?: Record<string, number>): BanditResult {
  void arms; void config; void previous;
  throw new Error('not implemented');
}

/** P(arm is best) per arm: share of `draws` posterior draws in which the arm's draw is the largest. */
export function probabilityBest(arms: readonly ArmSummary[], kind: MetricKind, draws: number, seed: string): Record<string, number> {
  void arms; void kind; void draws; void seed;
  throw new Error('not implemented');
}
