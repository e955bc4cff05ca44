import { describe, expect, it } from 'vitest';
import { banditWeights, posteriorOf, probabilityBest, seededRng, type ArmSummary, type Rng } from '../../modules/offers/stats/index.js';

const rate = (key: string, n: number, successes: number): ArmSummary => {
  const mean = n > 0 ? successes / n : 0;
  return { key, n, mean, variance: mean * (1 - mean) };
};

/** Beta(a, b) density and cdf on a fine grid, normalised numerically (independent of the sampler). */
function betaOnGrid(a: number, b: number, xs: Float64Array): { pdf: Float64Array; cdf: Float64Array } {
  const h = xs[1]! - xs[0]!;
  const logs = Array.from(xs, (x) => (x <= 0 || x >= 1 ? -Infinity : (a - 1) * Math.log(x) + (b - 1) * Math.log(1 - x)));
  const top = logs.reduce((m, l) => Math.max(m, l), -Infinity);
  const pdf = new Float64Array(xs.length);
  logs.forEach((l, i) => { pdf[i] = Math.exp(l - top); });
  let total = 0;
  for (let i = 1; i < xs.length; i++) total += ((pdf[i - 1]! + pdf[i]!) / 2) * h;
  const cdf = new Float64Array(xs.length);
  for (let i = 0; i < xs.length; i++) {
    pdf[i] = pdf[i]! / total;
    if (i > 0) cdf[i] = cdf[i - 1]! + ((pdf[i - 1]! + pdf[i]!) / 2) * h;
  }
  return { pdf, cdf };
}

/** P(arm i is the largest) = ∫ f_i(x) Π_{j≠i} F_j(x) dx, trapezoid rule on [0, 1]. */
function exactBetaPBest(params: readonly [number, number][]): number[] {
  const m = 200_001;
  const xs = Float64Array.from({ length: m }, (_, i) => i / (m - 1));
  const h = 1 / (m - 1);
  const grids = params.map(([a, b]) => betaOnGrid(a, b, xs));
  return grids.map((gi, i) => {
    let sum = 0;
    let prev = 0;
    for (let x = 0; x < m; x++) {
      let v = gi.pdf[x]!;
      grids.forEach((gj, j) => { if (j !== i) v *= gj.cdf[x]!; });
      if (x > 0) sum += ((prev + v) / 2) * h;
      prev = v;
    }
    return sum;
  });
}

/** Φ by Abramowitz–Stegun 26.2.17 (|error| < 7.5e-8), independent of stdlib. */
function phi(x: number): number {
  const t = 1 / (1 + 0.2316419 * Math.abs(x));
  const d = Math.exp((-x * x) / 2) / Math.sqrt(2 * Math.PI);
  const p = d * t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  return x >= 0 ? 1 - p : p;
}

describe('posteriors (hand-computed from the published formulas)', () => {
  it('BINARY: Beta(1 + successes, 1 + failures)', () => {
    const p = posteriorOf(rate('a', 1000, 50), 'BINARY')!;
    expect(p.alpha).toBe(51);
    expect(p.beta).toBe(951);
    expect(p.mean).toBeCloseTo(51 / 1002, 15);
    expect(p.sd).toBeCloseTo(Math.sqrt((51 * 951) / (1002 * 1002 * 1003)), 15);
    const empty = posteriorOf(rate('b', 0, 0), 'BINARY')!;
    expect([empty.alpha, empty.beta, empty.mean]).toEqual([1, 1, 0.5]);
  });

  it('GAUSSIAN: flat prior, Normal(sample mean, sqrt(variance / n)); none below two observations', () => {
    expect(posteriorOf({ key: 'a', n: 400, mean: 12.5, variance: 900 }, 'GAUSSIAN')).toEqual({ key: 'a', mean: 12.5, sd: 1.5 });
    expect(posteriorOf({ key: 'a', n: 1, mean: 12.5, variance: 0 }, 'GAUSSIAN')).toBeNull();
  });
});

describe('P(best)', () => {
  it('two and three Beta arms agree with numerical integration within Monte Carlo error', () => {
    const arms = [rate('a', 1000, 50), rate('b', 1000, 60)];
    const exact = exactBetaPBest([[51, 951], [61, 941]]);
    const mc = probabilityBest(arms, 'BINARY', 10_000, 'pbest-2');
    // 4 standard errors of a share of 10,000 draws.
    const tol = (p: number) => 4 * Math.sqrt((p * (1 - p)) / 10_000);
    expect(exact[0]! + exact[1]!).toBeCloseTo(1, 6);
    expect(exact[1]!).toBeGreaterThan(0.8);
    expect(exact[1]!).toBeLessThan(0.9);
    expect(Math.abs(mc.b! - exact[1]!)).toBeLessThan(tol(exact[1]!));

    const three = [rate('a', 800, 40), rate('b', 900, 50), rate('c', 700, 42)];
    const exact3 = exactBetaPBest([[41, 761], [51, 851], [43, 659]]);
    const mc3 = probabilityBest(three, 'BINARY', 10_000, 'pbest-3');
    three.forEach((arm, i) => expect(Math.abs(mc3[arm.key]! - exact3[i]!)).toBeLessThan(tol(exact3[i]!)));
    expect(Object.values(mc3).reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
  });

  it('two normal arms agree with Φ((μb − μa) / √(σa² + σb²))', () => {
    const arms: ArmSummary[] = [{ key: 'a', n: 400, mean: 100, variance: 400 * 36 }, { key: 'b', n: 900, mean: 105, variance: 900 * 16 }];
    const exact = phi(5 / Math.sqrt(36 + 16));
    const mc = probabilityBest(arms, 'GAUSSIAN', 10_000, 'pbest-normal');
    expect(Math.abs(mc.b! - exact)).toBeLessThan(4 * Math.sqrt((exact * (1 - exact)) / 10_000));
  });

  it('is reproducible from the seed and changes with it', () => {
    const arms = [rate('a', 500, 25), rate('b', 500, 30)];
    expect(probabilityBest(arms, 'BINARY', 10_000, 's1')).toEqual(probabilityBest(arms, 'BINARY', 10_000, 's1'));
    expect(probabilityBest(arms, 'BINARY', 10_000, 's1')).not.toEqual(probabilityBest(arms, 'BINARY', 10_000, 's2'));
  });

  it('splits exact ties evenly (point-mass posteriors)', () => {
    const arms: ArmSummary[] = [{ key: 'a', n: 10, mean: 5, variance: 0 }, { key: 'b', n: 10, mean: 5, variance: 0 }];
    const p = probabilityBest(arms, 'GAUSSIAN', 10_000, 'ties');
    expect(p.a! + p.b!).toBe(1);
    expect(Math.abs(p.a! - 0.5)).toBeLessThan(0.02);
  });
});

describe('weights: top-two, floor, minimum data', () => {
  const config = { kind: 'BINARY' as const, minExposures: 100, seed: 'w' };

  it('top-two share = (times best + times second best) / (2 × draws), replayed from the same seeded draws', () => {
    const arms = [rate('a', 800, 40), rate('b', 900, 50), rate('c', 700, 42), rate('d', 600, 33)];
    const result = banditWeights(arms, config);
    // Replay: draw d takes one Beta draw per arm, in the arms' order, from seededRng(seed).
    const rng: Rng = seededRng('w');
    const best = [0, 0, 0, 0];
    const second = [0, 0, 0, 0];
    for (let d = 0; d < 10_000; d++) {
      const y = arms.map((a) => rng.beta(1 + a.n * a.mean, 1 + a.n * (1 - a.mean)));
      const order = [0, 1, 2, 3].sort((i, j) => y[j]! - y[i]!);
      best[order[0]!]!++;
      second[order[1]!]!++;
    }
    arms.forEach((arm, i) => {
      expect(result.pBest[arm.key]).toBe(best[i]! / 10_000);
      const share = (best[i]! + second[i]!) / 20_000;
      expect(result.topTwoShare?.[arm.key]).toBe(share);
      expect(result.weights[arm.key]).toBeCloseTo(0.01 + 0.96 * share, 14);
    });
    expect(Object.values(result.weights).reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
    expect(result.enoughData).toBe(true);
    expect(result.draws).toBe(10_000);
  });

  it('an arm that is never best nor second gets exactly the floor; without top-two the leader takes the rest', () => {
    const arms = [rate('a', 10_000, 1000), rate('b', 10_000, 200), rate('c', 10_000, 100)];
    const plain = banditWeights(arms, { ...config, topTwo: false });
    expect(plain.pBest).toEqual({ a: 1, b: 0, c: 0 });
    expect(plain.weights.b).toBe(0.01);
    expect(plain.weights.c).toBe(0.01);
    expect(plain.weights.a).toBeCloseTo(0.98, 15);

    const topTwo = banditWeights(arms, config);
    expect(topTwo.weights.c).toBe(0.01);
    expect(topTwo.weights.a).toBeCloseTo(0.01 + 0.97 * 0.5, 15);
    expect(topTwo.weights.b).toBeCloseTo(0.01 + 0.97 * 0.5, 15);

    const floored = banditWeights(arms, { ...config, topTwo: false, floor: 0.05 });
    expect(floored.weights).toEqual({ a: 0.05 + 0.85, b: 0.05, c: 0.05 });
    expect(banditWeights(arms, { ...config, topTwo: false, floor: 0 }).weights).toEqual({ a: 1, b: 0, c: 0 });
  });

  it('with two arms, top-two weights are always one half each (each draw has one best and one second: gbstats)', () => {
    const arms = [rate('a', 10_000, 1000), rate('b', 10_000, 100)];
    expect(banditWeights(arms, config).weights).toEqual({ a: 0.5, b: 0.5 });
    expect(banditWeights(arms, { ...config, topTwo: false }).weights.b).toBe(0.01);
  });

  it('keeps the previous (or equal) weights until every arm has the minimum of measured exposures', () => {
    const arms = [rate('a', 150, 10), rate('b', 99, 2), rate('c', 300, 30)];
    const previous = { a: 0.5, b: 0.3, c: 0.2 };
    const kept = banditWeights(arms, config, previous);
    expect(kept.enoughData).toBe(false);
    expect(kept.weights).toEqual(previous);
    expect(kept.weights).not.toBe(previous);
    expect(Object.keys(kept.pBest)).toEqual(['a', 'b', 'c']);
    const equal = banditWeights(arms, config).weights;
    expect(equal).toEqual({ a: 1 / 3, b: 1 / 3, c: 1 / 3 });
    expect(banditWeights([...arms.slice(0, 1), rate('b', 100, 2), arms[2]!], config, previous).enoughData).toBe(true);

    const gaussian = banditWeights([{ key: 'a', n: 500, mean: 3, variance: 4 }, { key: 'b', n: 1, mean: 9, variance: 0 }], { ...config, kind: 'GAUSSIAN', minExposures: 0 });
    expect(gaussian).toMatchObject({ enoughData: false, pBest: {}, draws: 0, weights: { a: 0.5, b: 0.5 } });
    expect(gaussian.posteriors.map((p) => p.key)).toEqual(['a']);
  });

  it('refuses bad input with a clear message', () => {
    const arms = [rate('a', 100, 5), rate('b', 100, 6)];
    expect(() => banditWeights([arms[0]!], config)).toThrow(/at least 2 arm/);
    expect(() => banditWeights([arms[0]!, arms[0]!], config)).toThrow(/appears twice/);
    expect(() => banditWeights(arms, config, { a: 0.5, b: 0.4 })).toThrow(/sum to 1 within 1e-9/);
    expect(() => banditWeights(arms, config, { a: 0.5, c: 0.5 })).toThrow(/missing: b; unknown: c/);
    expect(() => banditWeights(arms, { ...config, floor: 0.6 })).toThrow(/floor/);
    expect(() => banditWeights(arms, { ...config, draws: 0 })).toThrow(/draws/);
    expect(() => banditWeights([{ key: 'a', n: 10, mean: 1.5, variance: 0 }, arms[1]!], config)).toThrow(/\[0, 1\]/);
    expect(() => banditWeights([{ key: 'a', n: -1, mean: 0, variance: 0 }, arms[1]!], config)).toThrow(/n must be an integer ≥ 0/);
    expect(() => probabilityBest([{ key: 'a', n: 1, mean: 3, variance: 0 }], 'GAUSSIAN', 100, 's')).toThrow(/n ≥ 2/);
  });
});

/** Running per-arm sums for the simulations (Welford for the variance). */
class Tally {
  n = 0; mean = 0; m2 = 0;
  add(x: number): void { this.n++; const d = x - this.mean; this.mean += d / this.n; this.m2 += d * (x - this.mean); }
  summary(key: string): ArmSummary { return { key, n: this.n, mean: this.mean, variance: this.n > 1 ? this.m2 / (this.n - 1) : 0 }; }
}

/**
 * Batches of exposures assigned by the current weights; after each batch the bandit re-weights from all
 * outcomes so far (outcomes are immediate here). Returns the final result and the last batches' traffic share.
 */
function simulate(keys: string[], outcome: (arm: number, rng: Rng) => number, opts: { kind: 'BINARY' | 'GAUSSIAN'; batches: number; batchSize: number; topTwo: boolean; seed: string }) {
  const rng = seededRng(`${opts.seed}:world`);
  const tallies = keys.map(() => new Tally());
  let weights: Record<string, number> = Object.fromEntries(keys.map((k) => [k, 1 / keys.length]));
  let result = banditWeights(keys.map((k, i) => tallies[i]!.summary(k)), { kind: opts.kind, minExposures: 100, seed: `${opts.seed}:0`, topTwo: opts.topTwo }, weights);
  const lastCounts = keys.map(() => 0);
  for (let b = 0; b < opts.batches; b++) {
    for (let e = 0; e < opts.batchSize; e++) {
      let u = rng.uniform();
      let arm = keys.length - 1;
      for (let i = 0; i < keys.length; i++) { u -= weights[keys[i]!]!; if (u < 0) { arm = i; break; } }
      tallies[arm]!.add(outcome(arm, rng));
      if (b >= opts.batches - 5) lastCounts[arm]!++;
    }
    result = banditWeights(keys.map((k, i) => tallies[i]!.summary(k)), { kind: opts.kind, minExposures: 100, seed: `${opts.seed}:${b + 1}`, topTwo: opts.topTwo }, weights);
    weights = result.weights;
  }
  const recent = lastCounts.reduce((s, c) => s + c, 0);
  return { result, recentShare: Object.fromEntries(keys.map((k, i) => [k, lastCounts[i]! / recent])), tallies };
}

describe('simulation with planted arms (seeded)', () => {
  const rates = [0.04, 0.05, 0.07];
  const claims = (arm: number, rng: Rng) => (rng.uniform() < rates[arm]! ? 1 : 0);

  it('BINARY, plain Thompson: after 60,000 exposures the 7% arm holds ≥ 0.8 of traffic with P(best) ≥ 0.95', () => {
    const { result, recentShare } = simulate(['c4', 'c5', 'c7'], claims, { kind: 'BINARY', batches: 30, batchSize: 2000, topTwo: false, seed: 'sim-binary' });
    expect(result.enoughData).toBe(true);
    expect(result.pBest.c7).toBeGreaterThanOrEqual(0.95);
    expect(result.weights.c7).toBeGreaterThanOrEqual(0.8);
    expect(recentShare.c7).toBeGreaterThanOrEqual(0.8);
  });

  it('BINARY, top-two (the default): P(best) ≥ 0.95, the leader gets about half and the worst arm about the floor', () => {
    const { result, recentShare } = simulate(['c4', 'c5', 'c7'], claims, { kind: 'BINARY', batches: 30, batchSize: 2000, topTwo: true, seed: 'sim-binary' });
    expect(result.pBest.c7).toBeGreaterThanOrEqual(0.95);
    expect(result.weights.c7).toBeGreaterThanOrEqual(0.45);
    expect(result.weights.c7).toBeLessThanOrEqual(0.51);
    expect(result.weights.c4).toBeLessThan(0.15);
    expect(recentShare.c7).toBeGreaterThanOrEqual(0.4);
  });

  it('GAUSSIAN revenue (means 100, 110, 130, sd 300): after 60,000 exposures the best arm holds ≥ 0.8 with P(best) ≥ 0.95', () => {
    const means = [100, 110, 130];
    const revenue = (arm: number, rng: Rng) => rng.normal(means[arm]!, 300);
    const { result, recentShare, tallies } = simulate(['r100', 'r110', 'r130'], revenue, { kind: 'GAUSSIAN', batches: 30, batchSize: 2000, topTwo: false, seed: 'sim-gauss' });
    expect(result.pBest.r130).toBeGreaterThanOrEqual(0.95);
    expect(result.weights.r130).toBeGreaterThanOrEqual(0.8);
    expect(recentShare.r130).toBeGreaterThanOrEqual(0.8);
    expect(tallies.reduce((s, t) => s + t.n, 0)).toBe(60_000);
  });
});
