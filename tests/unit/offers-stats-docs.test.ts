import { describe, expect, it } from 'vitest';
import {
  armInterval, banditWeights, compareToControl, inversePropensityEstimate, seededRng, seedWords, srmCheck, type ArmSummary,
} from '../../modules/offers/stats/index.js';

// The worked example of docs/offers.md, "The statistics", number by number.
const rate = (key: string, n: number, successes: number): ArmSummary => ({ key, n, mean: successes / n, variance: (successes / n) * (1 - successes / n) });
const arms = [rate('A', 1000, 50), rate('B', 1000, 60), rate('C', 900, 45)];

describe('docs/offers.md, "The statistics" worked example', () => {
  it('bandit: posteriors, P(best), top-two shares, floored weights', () => {
    const r = banditWeights(arms, { kind: 'BINARY', minExposures: 100, seed: 'docs-example', topTwo: true }, { A: 1 / 3, B: 1 / 3, C: 1 / 3 });
    expect(r.posteriors.map((p) => [p.alpha, p.beta])).toEqual([[51, 951], [61, 941], [46, 856]]);
    expect(r.posteriors.map((p) => Number(p.mean.toFixed(5)))).toEqual([0.0509, 0.06088, 0.051]);
    expect(r.posteriors.map((p) => Number(p.sd.toFixed(5)))).toEqual([0.00694, 0.00755, 0.00732]);
    expect(r.pBest).toEqual({ A: 0.1276, B: 0.7375, C: 0.1349 });
    expect(r.topTwoShare).toEqual({ A: 0.26315, B: 0.46765, C: 0.2692 });
    expect(r.weights.A).toBeCloseTo(0.2652555, 12);
    expect(r.weights.B).toBeCloseTo(0.4636205, 12);
    expect(r.weights.C).toBeCloseTo(0.271124, 12);
    const plain = banditWeights(arms, { kind: 'BINARY', minExposures: 100, seed: 'docs-example' }).weights;
    expect(plain.A).toBeCloseTo(0.133772, 12);
    expect(plain.B).toBeCloseTo(0.725375, 12);
    expect(plain.C).toBeCloseTo(0.140853, 12);
  });

  it('frequentist: Wilson for B, B against A', () => {
    const w = armInterval(arms[1]!, 'BINARY');
    expect([w.lower, w.upper].map((x) => Number(x.toFixed(4)))).toEqual([0.0469, 0.0765]);
    const c = compareToControl(arms[0]!, arms[1]!, 'BINARY');
    expect(c.difference.estimate).toBeCloseTo(0.01, 12);
    expect([c.difference.lower, c.difference.upper].map((x) => Number(x.toFixed(4)))).toEqual([-0.01, 0.03]);
    expect(c.pValue).toBeCloseTo(0.327, 3);
    expect([c.relative!.estimate, c.relative!.lower, c.relative!.upper].map((x) => Number(x.toFixed(3)))).toEqual([0.2, -0.238, 0.638]);
  });

  it('SRM across two periods, and the naive check', () => {
    const r = srmCheck([
      { weights: { A: 1 / 3, B: 1 / 3, C: 1 / 3 }, counts: { A: 1010, B: 985, C: 1005 } },
      { weights: { A: 0.3, B: 0.5, C: 0.2 }, counts: { A: 2950, B: 5080, C: 1970 } },
    ]);
    expect(r.expected.A).toBeCloseTo(4000, 9);
    expect(r.expected.B).toBeCloseTo(6000, 9);
    expect(r.expected.C).toBeCloseTo(3000, 9);
    expect(r.observed).toEqual({ A: 3960, B: 6065, C: 2975 });
    expect(r.chiSquare).toBeCloseTo(1.3125, 9);
    expect(r.pValue).toBeCloseTo(0.519, 3);
    expect(r.mismatch).toBe(false);
    const naive = srmCheck([{ weights: { A: 0.3, B: 0.5, C: 0.2 }, counts: r.observed }]);
    expect(naive.chiSquare).toBeCloseTo(84.1, 1);
    expect(naive.mismatch).toBe(true);
  });

  it('IPS on three logs', () => {
    const e = inversePropensityEstimate([
      { action: 'a', propensity: 0.5, reward: 1 }, { action: 'b', propensity: 0.25, reward: 0 }, { action: 'a', propensity: 0.5, reward: 0 },
    ], { a: 1 });
    expect([e.value, e.standardError, e.selfNormalized, e.effectiveSampleSize].map((x) => Number(x.toFixed(6)))).toEqual([0.666667, 0.666667, 0.5, 2]);
  });

  it('randomness: the seed is SHA-256 words, the stream is reproducible', () => {
    // sha256("docs-example") read as eight big-endian words
    expect(seedWords('docs-example')).toHaveLength(8);
    expect(seedWords('docs-example')).toEqual(seedWords('docs-example'));
    expect(seedWords('docs-example')).not.toEqual(seedWords('docs-example2'));
    const a = seededRng('r');
    const b = seededRng('r');
    const seq = (g: typeof a) => [g.uniform(), g.normal(), g.beta(2, 5), g.normal(10, 0), g.uniform()];
    const x = seq(a);
    expect(x).toEqual(seq(b));
    expect(x[3]).toBe(10);
    expect(x.every((v) => Number.isFinite(v))).toBe(true);
    expect(() => a.beta(0, 1)).toThrow(/> 0/);
    expect(() => a.normal(0, -1)).toThrow(/sd/);
  });
});
