/** Confidence intervals and tests against control (docs/offers.md, "The statistics: Frequentist"). */
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import tCdf from '@stdlib/stats-base-dists-t-cdf';
import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import type { ArmSummary, MetricKind } from './types.js';
import { checkArms, checkConfidence } from './validate.js';

/** A point estimate and its two-sided interval. */
export interface Interval {
  estimate: number;
  lower: number;
  upper: number;
}

/** Arm minus control. */
export interface Comparison {
  /** arm mean − control mean, two-proportion z (BINARY) or Welch t (GAUSSIAN) interval. */
  difference: Interval;
  /** (arm − control) / control with a delta-method interval; null when the control mean is 0. */
  relative: Interval | null;
  /** Two-sided p-value of difference = 0. */
  pValue: number;
}

const z = (p: number): number => normalQuantile(p, 0, 1);

/**
 * An arm's mean with a Wilson score (BINARY) or Student t with n − 1 degrees of freedom (GAUSSIAN)
 * interval. n = 0: estimate 0 with the widest interval ([0, 1] BINARY, [−∞, ∞] GAUSSIAN); GAUSSIAN n = 1:
 * the single value with [−∞, ∞].
 */
export function armInterval(arm: ArmSummary, kind: MetricKind, confidence = 0.95): Interval {
  checkArms('armInterval', [arm], kind, 1);
  checkConfidence('armInterval', confidence);
  const { n, mean } = arm;
  if (kind === 'BINARY') {
    if (n === 0) return { estimate: 0, lower: 0, upper: 1 };
    const q = z(1 - (1 - confidence) / 2);
    const q2 = q * q;
    const centre = (mean + q2 / (2 * n)) / (1 + q2 / n);
    const half = (q / (1 + q2 / n)) * Math.sqrt((mean * (1 - mean)) / n + q2 / (4 * n * n));
    return { estimate: mean, lower: Math.max(0, centre - half), upper: Math.min(1, centre + half) };
  }
  if (n < 2) return { estimate: n === 0 ? 0 : mean, lower: -Infinity, upper: Infinity };
  const half = tQuantile(1 - (1 - confidence) / 2, n - 1) * Math.sqrt(arm.variance / n);
  return { estimate: mean, lower: mean - half, upper: mean + half };
}

interface Difference { d: number; se: number; df: number; varControlMean: number }

/** The difference and its standard error: unpooled two-proportion (z) or Welch with Satterthwaite df. */
function differenceOf(fn: string, control: ArmSummary, arm: ArmSummary, kind: MetricKind): Difference {
  const minN = kind === 'BINARY' ? 1 : 2;
  if (control.n < minN || arm.n < minN) throw new Error(`${fn}: both arms need n ≥ ${minN} (control ${control.n}, arm ${arm.n})`);
  const d = arm.mean - control.mean;
  if (kind === 'BINARY') {
    const vc = (control.mean * (1 - control.mean)) / control.n;
    const va = (arm.mean * (1 - arm.mean)) / arm.n;
    return { d, se: Math.sqrt(vc + va), df: Infinity, varControlMean: vc };
  }
  const vc = control.variance / control.n;
  const va = arm.variance / arm.n;
  const df = (vc + va) ** 2 / ((vc * vc) / (control.n - 1) + (va * va) / (arm.n - 1));
  return { d, se: Math.sqrt(vc + va), df: Number.isFinite(df) ? df : Infinity, varControlMean: vc };
}

function quantileOf(p: number, df: number): number {
  return Number.isFinite(df) ? tQuantile(p, df) : z(p);
}

function cdfOf(x: number, df: number): number {
  return Number.isFinite(df) ? tCdf(x, df) : normalCdf(x, 0, 1);
}

/**
 * The arm against control: difference with a two-proportion z (BINARY, unpooled standard error) or Welch t
 * (GAUSSIAN) interval and two-sided p-value; relative lift (arm − control) / control with a delta-method
 * interval (null when the control mean is 0). Both arms need n ≥ 1 (BINARY) or n ≥ 2 (GAUSSIAN).
 * A zero standard error gives a zero-width interval and p = 1 when the difference is 0, else 0.
 */
export function compareToControl(control: ArmSummary, arm: ArmSummary, kind: MetricKind, confidence = 0.95): Comparison {
  const fn = 'compareToControl';
  checkArms(fn, [control], kind, 1);
  checkArms(fn, [arm], kind, 1);
  checkConfidence(fn, confidence);
  const { d, se, df, varControlMean } = differenceOf(fn, control, arm, kind);
  const p = 1 - (1 - confidence) / 2;
  const q = quantileOf(p, df);
  const difference = { estimate: d, lower: d - q * se, upper: d + q * se };
  const pValue = se === 0 ? (d === 0 ? 1 : 0) : Math.min(1, 2 * (1 - cdfOf(Math.abs(d) / se, df)));
  let relative: Interval | null = null;
  if (control.mean !== 0) {
    // Delta method for g(c, a) = a / c − 1 with independent arms: Var ≈ Var(a)/c² + a²·Var(c)/c⁴.
    const c = control.mean;
    const varArmMean = se * se - varControlMean;
    const lift = arm.mean / c - 1;
    const seLift = Math.sqrt(varArmMean / (c * c) + (arm.mean * arm.mean * varControlMean) / c ** 4);
    const qr = quantileOf(p, df);
    relative = { estimate: lift, lower: lift - qr * seLift, upper: lift + qr * seLift };
  }
  return { difference, relative, pValue };
}

/**
 * One-sided test at `confidence`: is the arm worse than control (higher RG-flag rate, or lower revenue)?
 * True when the one-sided p-value of "arm not worse" is below 1 − confidence, i.e. the statistic
 * (arm − control) / se (sign flipped for LOWER_IS_WORSE) exceeds the z (BINARY) or Welch t quantile.
 * False while either arm has too little data (n < 1 BINARY, n < 2 GAUSSIAN).
 */
export function worseThanControl(
  control: ArmSummary,
  arm: ArmSummary,
  kind: MetricKind,
  direction: 'HIGHER_IS_WORSE' | 'LOWER_IS_WORSE',
  confidence = 0.95,
): boolean {
  const fn = 'worseThanControl';
  checkArms(fn, [control], kind, 1);
  checkArms(fn, [arm], kind, 1);
  checkConfidence(fn, confidence);
  if (direction !== 'HIGHER_IS_WORSE' && direction !== 'LOWER_IS_WORSE') throw new Error(`${fn}: direction must be HIGHER_IS_WORSE or LOWER_IS_WORSE (got ${String(direction)})`);
  const minN = kind === 'BINARY' ? 1 : 2;
  if (control.n < minN || arm.n < minN) return false;
  const { d, se, df } = differenceOf(fn, control, arm, kind);
  const worse = direction === 'HIGHER_IS_WORSE' ? d : -d;
  if (se === 0) return worse > 0;
  return worse / se > quantileOf(confidence, df);
}
