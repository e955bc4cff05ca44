/** Off-policy evaluation from logged decisions (docs/offers.md, "The statistics: Off-policy evaluation"). */
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import { checkConfidence, checkWeights } from './validate.js';

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
  /** (Σ w)² / Σ w² (0 when Σ w = 0). */
  effectiveSampleSize: number;
}

/**
 * Inverse-propensity estimate of `target` (action → probability, summing to 1; an action it omits has
 * probability 0) from `logs`: w = π(a) / p, value = mean of w·r. n = 0 gives zeros throughout; n = 1 a
 * zero variance (no spread to measure), so callers should want more data before trusting the interval.
 */
export function inversePropensityEstimate(
  logs: readonly LoggedDecision[],
  target: Record<string, number>,
  confidence = 0.95,
): PolicyEstimate {
  const fn = 'inversePropensityEstimate';
  if (!Array.isArray(logs)) throw new Error(`${fn}: logs must be an array`);
  checkWeights(fn, 'target policy', target);
  checkConfidence(fn, confidence);
  const n = logs.length;
  const terms = new Float64Array(n);
  let sumW = 0;
  let sumW2 = 0;
  let sumWR = 0;
  logs.forEach((log, i) => {
    if (typeof log?.action !== 'string') throw new Error(`${fn}: log ${i}: action must be a string`);
    if (!(log.propensity > 0 && log.propensity <= 1)) throw new Error(`${fn}: log ${i}: propensity must be in (0, 1] (got ${log.propensity})`);
    if (!Number.isFinite(log.reward)) throw new Error(`${fn}: log ${i}: reward must be finite (got ${log.reward})`);
    const w = (target[log.action] ?? 0) / log.propensity;
    terms[i] = w * log.reward;
    sumW += w;
    sumW2 += w * w;
    sumWR += w * log.reward;
  });
  if (n === 0) return { n, value: 0, variance: 0, standardError: 0, lower: 0, upper: 0, selfNormalized: 0, effectiveSampleSize: 0 };
  const value = sumWR / n;
  let ss = 0;
  for (const t of terms) ss += (t - value) * (t - value);
  const variance = n > 1 ? ss / (n - 1) / n : 0;
  const standardError = Math.sqrt(variance);
  const q = normalQuantile(1 - (1 - confidence) / 2, 0, 1);
  return {
    n,
    value,
    variance,
    standardError,
    lower: value - q * standardError,
    upper: value + q * standardError,
    selfNormalized: sumW > 0 ? sumWR / sumW : 0,
    effectiveSampleSize: sumW > 0 ? (sumW * sumW) / sumW2 : 0,
  };
}
