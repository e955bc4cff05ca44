/** Confidence intervals and tests against control (docs/offers-statistics.md, "Frequentist"). */
import type { ArmSummary, MetricKind } from './types.js';

/** A point estimate and its two-sided interval. */
export interface Interval {
  estimate: number;
  lower: number;
  upper: number;
}

/** An arm's mean with a Wilson score (BINARY) or t (GAUSSIAN) interval. */
export function armInterval(arm: ArmSummary, kind: MetricKind, confidence = 0.95): Interval {
  void arm; void kind; void confidence;
  throw new Error('not implemented');
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

/** The arm against control. */
export function compareToControl(control: ArmSummary, arm: ArmSummary, kind: MetricKind, confidence = 0.95): Comparison {
  void control; void arm; void kind; void confidence;
  throw new Error('not implemented');
}

/** One-sided test at `confidence`: is the arm worse than control (higher RG-flag rate, or lower revenue)? */
export function worseThanControl(
  control: ArmSummary,
  arm: ArmSummary,
  kind: MetricKind,
  direction: 'HIGHER_IS_WORSE' | 'LOWER_IS_WORSE',
  confidence = 0.95,
): boolean {
  void control; void arm; void kind; void direction; void confidence;
  throw new Error('not implemented');
}
