/**
 * Thompson-sampling bandit weights after GrowthBook's gbstats (packages/stats/gbstats/bayesian/bandits.py;
 * docs/offers.md, "The statistics: Bandit"): a posterior per arm, 10,000 joint draws, P(best) = share of draws
 * in which the arm is the largest, top-two weights = (times best + times second best) / (2 × draws), then
 * gbstats' additive floor p = f + (1 − k·f)·w.
 */
import { seededRng, type Rng } from './random.js';
import type { ArmSummary, MetricKind } from './types.js';
import { checkArms, checkWeights } from './validate.js';

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
  /**
   * Top-two Thompson sampling weights (gbstats' top_two_weights); default false, as GrowthBook's own
   * server runs its bandits: weights = P(best) (before the floor). With two arms top-two is always ½, ½.
   */
  topTwo?: boolean;
}

/** One arm's posterior on the metric's mean. */
export interface ArmPosterior {
  key: string;
  /** Posterior mean (BINARY: alpha / (alpha + beta)). */
  mean: number;
  /** Posterior standard deviation. */
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
  /**
   * Share of draws where the arm is best. Empty when some arm has no proper posterior yet
   * (GAUSSIAN with n < 2), which can only happen when enoughData is false.
   */
  pBest: Record<string, number>;
  /** Posteriors of the arms that have a proper one (all arms when enoughData). */
  posteriors: ArmPosterior[];
  /** Draws behind pBest (0 when pBest is empty). */
  draws: number;
  /**
   * Share of draws where the arm is best or second best, halved (sums to 1): the top-two weights before
   * the floor. Empty with pBest.
   */
  topTwoShare?: Record<string, number>;
}

export const DEFAULT_DRAWS = 10_000;
export const DEFAULT_FLOOR = 0.01;

/** Successes behind a BINARY summary, snapped to the integer it came from when within rounding error. */
function successesOf(arm: ArmSummary): number {
  const s = arm.mean * arm.n;
  const r = Math.round(s);
  return Math.abs(s - r) < 1e-6 ? r : s;
}

/**
 * Each arm's posterior. BINARY: Beta(1 + successes, 1 + failures) (uniform prior). GAUSSIAN: gbstats'
 * default improper flat prior, so Normal(sample mean, sqrt(variance / n)); null when n < 2 (no variance).
 */
export function posteriorOf(arm: ArmSummary, kind: MetricKind): ArmPosterior | null {
  checkArms('posteriorOf', [arm], kind, 1);
  if (kind === 'BINARY') {
    const s = successesOf(arm);
    const alpha = 1 + s;
    const beta = 1 + (arm.n - s);
    const total = alpha + beta;
    return { key: arm.key, mean: alpha / total, sd: Math.sqrt((alpha * beta) / (total * total * (total + 1))), alpha, beta };
  }
  if (arm.n < 2) return null;
  return { key: arm.key, mean: arm.mean, sd: Math.sqrt(arm.variance / arm.n) };
}

function drawOf(rng: Rng, p: ArmPosterior): number {
  return p.alpha !== undefined && p.beta !== undefined ? rng.beta(p.alpha, p.beta) : rng.normal(p.mean, p.sd);
}

interface DrawCounts { best: number[]; second: number[]; draws: number }

/**
 * Joint posterior draws; per draw, which arm is largest and which second. Exact ties (only possible with a
 * point-mass posterior, sd = 0) are broken uniformly at random so the shares stay a distribution.
 */
function countDraws(posteriors: readonly ArmPosterior[], draws: number, rng: Rng): DrawCounts {
  const k = posteriors.length;
  const best = new Array<number>(k).fill(0);
  const second = new Array<number>(k).fill(0);
  const y = new Array<number>(k).fill(0);
  const order = Array.from({ length: k }, (_, i) => i);
  for (let d = 0; d < draws; d++) {
    for (let i = 0; i < k; i++) y[i] = drawOf(rng, posteriors[i]!);
    order.sort((a, b) => y[b]! - y[a]!);
    // Shuffle each run of equal values among the top two places (rare: point masses only).
    for (let start = 0; start < Math.min(2, k); ) {
      let end = start + 1;
      while (end < k && y[order[end]!] === y[order[start]!]) end++;
      for (let i = end - 1; i > start; i--) {
        const j = start + Math.floor(rng.uniform() * (i - start + 1));
        const t = order[i]!; order[i] = order[j]!; order[j] = t;
      }
      start = end;
    }
    best[order[0]!]!++;
    if (k > 1) second[order[1]!]!++;
  }
  return { best, second, draws };
}

function checkDraws(fn: string, draws: number): void {
  if (!Number.isInteger(draws) || draws < 1 || draws > 10_000_000) throw new Error(`${fn}: draws must be an integer in [1, 10,000,000] (got ${draws})`);
}

/** P(arm is best) per arm: share of `draws` posterior draws in which the arm's draw is the largest. */
export function probabilityBest(arms: readonly ArmSummary[], kind: MetricKind, draws: number, seed: string): Record<string, number> {
  checkArms('probabilityBest', arms, kind, 1);
  checkDraws('probabilityBest', draws);
  const posteriors = arms.map((a) => posteriorOf(a, kind));
  const missing = arms.filter((_, i) => posteriors[i] === null).map((a) => a.key);
  if (missing.length) throw new Error(`probabilityBest: GAUSSIAN arms need n ≥ 2 for a posterior (${missing.join(', ')})`);
  const counts = countDraws(posteriors as ArmPosterior[], draws, seededRng(seed));
  return Object.fromEntries(arms.map((a, i) => [a.key, counts.best[i]! / draws]));
}

/** The bandit's new weights for `arms` (in their order), or `previous` when some arm lacks data. */
export function banditWeights(arms: readonly ArmSummary[], config: BanditConfig, previous?: Record<string, number>): BanditResult {
  const fn = 'banditWeights';
  if (config === null || typeof config !== 'object') throw new Error(`${fn}: config is required`);
  checkArms(fn, arms, config.kind, 2);
  const k = arms.length;
  const keys = arms.map((a) => a.key);
  const draws = config.draws ?? DEFAULT_DRAWS;
  checkDraws(fn, draws);
  const floor = config.floor ?? DEFAULT_FLOOR;
  if (!Number.isFinite(floor) || floor < 0 || floor * k > 1 + 1e-12) {
    throw new Error(`${fn}: floor must be ≥ 0 with floor × arms ≤ 1 (got ${floor} for ${k} arms)`);
  }
  if (!Number.isInteger(config.minExposures) || config.minExposures < 0) throw new Error(`${fn}: minExposures must be an integer ≥ 0 (got ${config.minExposures})`);
  if (typeof config.seed !== 'string') throw new Error(`${fn}: seed must be a string`);
  if (previous !== undefined) checkWeights(fn, 'previous weights', previous, keys);
  const topTwo = config.topTwo ?? false;

  const maybe = arms.map((a) => posteriorOf(a, config.kind));
  const posteriors = maybe.filter((p): p is ArmPosterior => p !== null);
  const allProper = posteriors.length === k;
  const enoughData = allProper && arms.every((a) => a.n >= config.minExposures);

  let pBest: Record<string, number> = {};
  let share: Record<string, number> = {};
  let weights: Record<string, number>;
  if (allProper) {
    const counts = countDraws(posteriors, draws, seededRng(config.seed));
    pBest = Object.fromEntries(keys.map((key, i) => [key, counts.best[i]! / draws]));
    share = Object.fromEntries(keys.map((key, i) => [key, (counts.best[i]! + counts.second[i]!) / (2 * draws)]));
  }
  if (enoughData) {
    const raw = topTwo ? share : pBest;
    const total = keys.reduce((s, key) => s + raw[key]!, 0);
    // gbstats' additive floor: every arm gets f, the rest (1 − k·f) is split by the Thompson weights.
    weights = Object.fromEntries(keys.map((key) => [key, floor + (1 - k * floor) * (raw[key]! / total)]));
  } else {
    weights = previous ? { ...previous } : Object.fromEntries(keys.map((key) => [key, 1 / k]));
  }
  return {
    enoughData,
    weights,
    pBest,
    posteriors,
    draws: allProper ? draws : 0,
    ...(allProper ? { topTwoShare: share } : {}),
  };
}
