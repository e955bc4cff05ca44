/** Off-policy evaluation from logged decisions (docs/offers-statistics.md, "Off-policy evaluation"). */

/** One logged decision: the action taken, the probability the logging policy gave it, the reward seen. */
export interface LoggedDecision {
  action: string;
  /** In (0, 1]. */
  propensity: number;
  reward: number;
}

/** A target policy's estimated value. */
export interface PolicyEstimate {
  n: number;
  /** IPS: mean of r · π(a) / p. */
  value: number;
  /** Sample variance of the IPS terms / n (the variance of `value`). */
  variance: number;
  standardError: number;
  /** Normal interval at `confidence`. */
  lower: number;
  upper: number;
  /** Self-normalised IPS: Σ w·r / Σ w (0 when Σ w = 0). */
  selfNormalized: number;
  /** (Σ w)² / Σ w². */
  effectiveSampleSize: number;
}

/** Inverse-propensity estimate of `target` (action → probability, summing to 1) from `logs`. */
export function inversePropensityEstimate(
  logs: readonly LoggedDecision[],
  target: Record<string, number>,
  confidence = 0.95,
): PolicyEstimate {
  void logs; void target; void confidence;
  throw new Error('not implemented');
}
