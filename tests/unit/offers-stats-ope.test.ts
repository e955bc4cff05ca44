import { describe, expect, it } from 'vitest';
import { inversePropensityEstimate, seededRng, type LoggedDecision, type Rng } from '../../modules/offers/stats/index.js';

describe('IPS by hand', () => {
  it('value, variance, SNIPS and ESS on three logs', () => {
    const logs: LoggedDecision[] = [
      { action: 'a', propensity: 0.5, reward: 1 },
      { action: 'b', propensity: 0.25, reward: 0 },
      { action: 'a', propensity: 0.5, reward: 0 },
    ];
    // w = (2, 0, 2); terms (2, 0, 0): mean 2/3, sample variance 4/3, variance of the mean 4/9.
    const e = inversePropensityEstimate(logs, { a: 1 });
    expect(e.n).toBe(3);
    expect(e.value).toBeCloseTo(2 / 3, 15);
    expect(e.variance).toBeCloseTo(4 / 9, 15);
    expect(e.standardError).toBeCloseTo(2 / 3, 15);
    expect(e.lower).toBeCloseTo(2 / 3 - 1.959963985 * (2 / 3), 8);
    expect(e.upper).toBeCloseTo(2 / 3 + 1.959963985 * (2 / 3), 8);
    expect(e.selfNormalized).toBeCloseTo(0.5, 15);
    expect(e.effectiveSampleSize).toBeCloseTo(2, 15);
    expect(inversePropensityEstimate([], { a: 1 })).toMatchObject({ n: 0, value: 0, effectiveSampleSize: 0 });
    expect(inversePropensityEstimate(logs, { c: 1 })).toMatchObject({ value: 0, selfNormalized: 0, effectiveSampleSize: 0 });
  });

  it('refuses bad propensities and a target that is not a distribution', () => {
    const ok = { action: 'a', propensity: 0.5, reward: 1 };
    expect(() => inversePropensityEstimate([{ ...ok, propensity: 0 }], { a: 1 })).toThrow(/propensity must be in \(0, 1\]/);
    expect(() => inversePropensityEstimate([{ ...ok, propensity: 1.2 }], { a: 1 })).toThrow(/propensity/);
    expect(() => inversePropensityEstimate([{ ...ok, reward: Number.NaN }], { a: 1 })).toThrow(/reward/);
    expect(() => inversePropensityEstimate([ok], { a: 0.6, b: 0.3 })).toThrow(/sum to 1 within 1e-9/);
    expect(() => inversePropensityEstimate([ok], { a: 1 }, 0)).toThrow(/confidence/);
  });
});

describe('IPS on a simulated logging policy', () => {
  // Two segments with different logging policies (so propensities vary by decision) and claim rates.
  const segments = [
    { share: 0.7, logging: { a: 0.6, b: 0.3, c: 0.1 }, rate: { a: 0.05, b: 0.08, c: 0.2 } },
    { share: 0.3, logging: { a: 0.2, b: 0.2, c: 0.6 }, rate: { a: 0.3, b: 0.1, c: 0.15 } },
  ] as const;
  const target = { a: 0.2, b: 0.2, c: 0.6 };
  const actions = ['a', 'b', 'c'] as const;
  // The target's true value, analytically: Σ_s P(s) Σ_a π(a) r(s, a).
  const truth = segments.reduce((v, s) => v + s.share * actions.reduce((u, a) => u + target[a] * s.rate[a], 0), 0);

  function logsOf(rng: Rng, n: number): LoggedDecision[] {
    const logs: LoggedDecision[] = [];
    for (let i = 0; i < n; i++) {
      const s = rng.uniform() < segments[0].share ? segments[0] : segments[1];
      let u = rng.uniform();
      let action: (typeof actions)[number] = 'c';
      for (const a of actions) { u -= s.logging[a]; if (u < 0) { action = a; break; } }
      logs.push({ action, propensity: s.logging[action], reward: rng.uniform() < s.rate[action] ? 1 : 0 });
    }
    return logs;
  }

  it('the 95% interval covers the true value in ≥ 90% of 200 seeded repetitions, and the estimate is unbiased', () => {
    expect(truth).toBeCloseTo(0.7 * (0.01 + 0.016 + 0.12) + 0.3 * (0.06 + 0.02 + 0.09), 12);
    const estimates: number[] = [];
    const snips: number[] = [];
    let covered = 0;
    for (let r = 0; r < 200; r++) {
      const e = inversePropensityEstimate(logsOf(seededRng(`ips-${r}`), 2000), target);
      estimates.push(e.value);
      snips.push(e.selfNormalized);
      if (e.lower <= truth && truth <= e.upper) covered++;
      expect(e.effectiveSampleSize).toBeGreaterThan(0);
      expect(e.effectiveSampleSize).toBeLessThanOrEqual(2000);
    }
    expect(covered / 200).toBeGreaterThanOrEqual(0.9);
    const mean = estimates.reduce((s, v) => s + v, 0) / 200;
    const sd = Math.sqrt(estimates.reduce((s, v) => s + (v - mean) ** 2, 0) / 199);
    // Unbiased: the mean of 200 estimates is within 4 standard errors of the mean (≈ 0.003) of the truth.
    expect(Math.abs(mean - truth)).toBeLessThan((4 * sd) / Math.sqrt(200));
    const snipsMean = snips.reduce((s, v) => s + v, 0) / 200;
    expect(Math.abs(snipsMean - truth)).toBeLessThan(0.01);
  });

  it('a target equal to the logging policy has every weight 1: value = SNIPS = mean reward, ESS = n', () => {
    const logging = segments[0].logging;
    const rng = seededRng('ips-self');
    // The two segments' propensities never coincide, so this keeps exactly the first segment's decisions.
    const onlyFirst = logsOf(rng, 3000).filter((l) => l.propensity === logging[l.action as 'a']);
    expect(onlyFirst.length).toBeGreaterThan(1800);
    const e = inversePropensityEstimate(onlyFirst, logging);
    const meanReward = onlyFirst.reduce((s, l) => s + l.reward, 0) / onlyFirst.length;
    expect(e.value).toBeCloseTo(meanReward, 12);
    expect(e.selfNormalized).toBeCloseTo(meanReward, 12);
    expect(e.effectiveSampleSize).toBeCloseTo(onlyFirst.length, 8);
  });
});
