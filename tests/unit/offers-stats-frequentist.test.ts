import { describe, expect, it } from 'vitest';
import { armInterval, compareToControl, seededRng, worseThanControl, type ArmSummary } from '../../modules/offers/stats/index.js';

const rate = (key: string, n: number, successes: number): ArmSummary => {
  const mean = n > 0 ? successes / n : 0;
  return { key, n, mean, variance: mean * (1 - mean) };
};

/** Φ by Abramowitz–Stegun 26.2.17 (|error| < 7.5e-8), independent of stdlib. */
function phi(x: number): number {
  const t = 1 / (1 + 0.2316419 * Math.abs(x));
  const d = Math.exp((-x * x) / 2) / Math.sqrt(2 * Math.PI);
  const p = d * t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  return x >= 0 ? 1 - p : p;
}
const Z975 = 1.959963985; // table value

describe('arm intervals', () => {
  it('BINARY: Wilson score intervals match Newcombe (1998), method 3', () => {
    const cases: [number, number, number, number][] = [
      [81, 263, 0.2553, 0.3662],
      [15, 148, 0.0624, 0.1605],
      [0, 20, 0, 0.1611],
      [1, 29, 0.0061, 0.1718],
      [29, 29, 0.8830, 1],
    ];
    for (const [x, n, lower, upper] of cases) {
      const i = armInterval(rate('a', n, x), 'BINARY');
      expect(i.estimate).toBe(x / n);
      expect(i.lower).toBeCloseTo(lower, 4);
      expect(i.upper).toBeCloseTo(upper, 4);
    }
    expect(armInterval(rate('a', 0, 0), 'BINARY')).toEqual({ estimate: 0, lower: 0, upper: 1 });
  });

  it('GAUSSIAN: Student t with n − 1 df (t.975,9 = 2.262157)', () => {
    const i = armInterval({ key: 'a', n: 10, mean: 5, variance: 4 }, 'GAUSSIAN');
    expect(i.upper - i.estimate).toBeCloseTo(2.262157 * Math.sqrt(0.4), 5);
    expect(i.estimate - i.lower).toBeCloseTo(2.262157 * Math.sqrt(0.4), 5);
    const i90 = armInterval({ key: 'a', n: 10, mean: 5, variance: 4 }, 'GAUSSIAN', 0.9);
    expect(i90.upper - 5).toBeCloseTo(1.833113 * Math.sqrt(0.4), 5);
    expect(armInterval({ key: 'a', n: 1, mean: 7, variance: 0 }, 'GAUSSIAN')).toEqual({ estimate: 7, lower: -Infinity, upper: Infinity });
  });
});

describe('compare to control', () => {
  it('BINARY: two-proportion z (unpooled) difference, two-sided p, delta-method relative lift', () => {
    const control = rate('c', 10_000, 500);
    const arm = rate('t', 10_000, 600);
    const vc = (0.05 * 0.95) / 10_000;
    const va = (0.06 * 0.94) / 10_000;
    const se = Math.sqrt(vc + va);
    const r = compareToControl(control, arm, 'BINARY');
    expect(r.difference.estimate).toBeCloseTo(0.01, 15);
    expect(r.difference.lower).toBeCloseTo(0.01 - Z975 * se, 8);
    expect(r.difference.upper).toBeCloseTo(0.01 + Z975 * se, 8);
    expect(r.pValue).toBeCloseTo(2 * (1 - phi(0.01 / se)), 6);
    expect(r.pValue).toBeCloseTo(0.00192, 4);
    const seLift = Math.sqrt(va / 0.05 ** 2 + (0.06 ** 2 * vc) / 0.05 ** 4);
    expect(r.relative!.estimate).toBeCloseTo(0.2, 12);
    expect(r.relative!.lower).toBeCloseTo(0.2 - Z975 * seLift, 8);
    expect(r.relative!.upper).toBeCloseTo(0.2 + Z975 * seLift, 8);
    expect(compareToControl(rate('c', 100, 0), rate('t', 100, 3), 'BINARY').relative).toBeNull();
  });

  it('GAUSSIAN: Welch t; equal n and variances give 2(n − 1) df, so t = t.975,10 = 2.228139 is p = 0.05', () => {
    const control = { key: 'c', n: 6, mean: 10, variance: 9 };
    const d = 2.228139 * Math.sqrt(3);
    const r = compareToControl(control, { key: 't', n: 6, mean: 10 + d, variance: 9 }, 'GAUSSIAN');
    expect(r.pValue).toBeCloseTo(0.05, 6);
    expect(r.difference.lower).toBeCloseTo(0, 5);
    expect(r.difference.upper).toBeCloseTo(2 * d, 5);
  });

  it('GAUSSIAN: unequal variances use the Welch–Satterthwaite df (11.31 here: between the df 11 and 12 quantiles)', () => {
    const r = compareToControl({ key: 'c', n: 20, mean: 50, variance: 25 }, { key: 't', n: 10, mean: 56, variance: 100 }, 'GAUSSIAN');
    const se = Math.sqrt(25 / 20 + 100 / 10);
    const q = (r.difference.upper - 6) / se;
    expect(q).toBeLessThan(2.200985); // t.975,11
    expect(q).toBeGreaterThan(2.178813); // t.975,12
    // t = 6 / √11.25 = 1.7889 lies between t.95,12 = 1.7823 and t.95,11 = 1.7959: two-sided p ≈ 0.10.
    expect(r.pValue).toBeGreaterThan(0.097);
    expect(r.pValue).toBeLessThan(0.103);
  });

  it('refuses too little data and bad input', () => {
    expect(() => compareToControl(rate('c', 0, 0), rate('t', 10, 1), 'BINARY')).toThrow(/n ≥ 1/);
    expect(() => compareToControl({ key: 'c', n: 1, mean: 1, variance: 0 }, { key: 't', n: 5, mean: 1, variance: 1 }, 'GAUSSIAN')).toThrow(/n ≥ 2/);
    expect(() => armInterval(rate('a', 10, 1), 'BINARY', 1)).toThrow(/confidence/);
    expect(() => armInterval({ key: 'a', n: 10, mean: 1, variance: -1 }, 'GAUSSIAN')).toThrow(/variance/);
  });
});

describe('worse than control (one-sided at 95%)', () => {
  it('RG flag rate, HIGHER_IS_WORSE: 3.5% against 2% (z = 2.05) is worse, 2.8% (z = 1.17) is not', () => {
    const control = rate('c', 1000, 20);
    expect(worseThanControl(control, rate('t', 1000, 35), 'BINARY', 'HIGHER_IS_WORSE')).toBe(true);
    expect(worseThanControl(control, rate('t', 1000, 28), 'BINARY', 'HIGHER_IS_WORSE')).toBe(false);
    expect(worseThanControl(control, rate('t', 1000, 35), 'BINARY', 'LOWER_IS_WORSE')).toBe(false);
    expect(worseThanControl(control, rate('t', 1000, 5), 'BINARY', 'HIGHER_IS_WORSE')).toBe(false);
    expect(worseThanControl(rate('c', 0, 0), rate('t', 1000, 35), 'BINARY', 'HIGHER_IS_WORSE')).toBe(false);
  });

  it('is one-sided: z = 1.70 is worse at 95% though its two-sided p is 0.09', () => {
    // control 10%, arm p with (p − 0.1) / se = 1.70 on n = 10,000 each
    const control = rate('c', 10_000, 1000);
    const arm = rate('t', 10_000, 1073);
    const se = Math.sqrt((0.1 * 0.9 + 0.1073 * 0.8927) / 10_000);
    expect(0.0073 / se).toBeGreaterThan(1.645);
    expect(0.0073 / se).toBeLessThan(1.96);
    expect(worseThanControl(control, arm, 'BINARY', 'HIGHER_IS_WORSE')).toBe(true);
    expect(compareToControl(control, arm, 'BINARY').pValue).toBeGreaterThan(0.05);
    expect(worseThanControl(control, rate('t', 10_000, 1060), 'BINARY', 'HIGHER_IS_WORSE')).toBe(false);
  });

  it('revenue, LOWER_IS_WORSE: 95 against 100 (sd 50, n 1000 each, t = −2.24) is worse', () => {
    const control = { key: 'c', n: 1000, mean: 100, variance: 2500 };
    expect(worseThanControl(control, { key: 't', n: 1000, mean: 95, variance: 2500 }, 'GAUSSIAN', 'LOWER_IS_WORSE')).toBe(true);
    expect(worseThanControl(control, { key: 't', n: 1000, mean: 97, variance: 2500 }, 'GAUSSIAN', 'LOWER_IS_WORSE')).toBe(false);
    expect(worseThanControl(control, { key: 't', n: 1000, mean: 95, variance: 2500 }, 'GAUSSIAN', 'HIGHER_IS_WORSE')).toBe(false);
    expect(() => worseThanControl(control, control, 'GAUSSIAN', 'SIDEWAYS' as 'LOWER_IS_WORSE')).toThrow(/direction/);
  });
});

describe('coverage by simulation (seeded)', () => {
  it('Wilson 95% covers a 5% rate at n = 200, and the z interval a 3-point difference, in 93–97.5% of 1,000 samples', () => {
    let wilson = 0;
    let difference = 0;
    for (let s = 0; s < 1000; s++) {
      const rng = seededRng(`wilson-${s}`);
      const successes = (n: number, p: number) => { let x = 0; for (let i = 0; i < n; i++) if (rng.uniform() < p) x++; return x; };
      const w = armInterval(rate('a', 200, successes(200, 0.05)), 'BINARY');
      if (w.lower <= 0.05 && 0.05 <= w.upper) wilson++;
      const c = compareToControl(rate('c', 2000, successes(2000, 0.05)), rate('t', 2000, successes(2000, 0.08)), 'BINARY');
      if (c.difference.lower <= 0.03 && 0.03 <= c.difference.upper) difference++;
    }
    for (const covered of [wilson, difference]) {
      expect(covered / 1000).toBeGreaterThanOrEqual(0.93);
      expect(covered / 1000).toBeLessThanOrEqual(0.975);
    }
  });

  it('Welch 95% covers the true difference of skewed revenue (exponential, means 40 and 50) in 93–97% of 1,000 samples', () => {
    let covered = 0;
    for (let s = 0; s < 1000; s++) {
      const rng = seededRng(`welch-${s}`);
      const draw = (n: number, mean: number): ArmSummary => {
        let m = 0;
        let m2 = 0;
        for (let i = 1; i <= n; i++) {
          const v = -mean * Math.log(1 - rng.uniform());
          const d = v - m;
          m += d / i;
          m2 += d * (v - m);
        }
        return { key: String(mean), n, mean: m, variance: m2 / (n - 1) };
      };
      const r = compareToControl(draw(300, 40), draw(150, 50), 'GAUSSIAN');
      if (r.difference.lower <= 10 && 10 <= r.difference.upper) covered++;
    }
    expect(covered / 1000).toBeGreaterThanOrEqual(0.93);
    expect(covered / 1000).toBeLessThanOrEqual(0.97);
  });
});
