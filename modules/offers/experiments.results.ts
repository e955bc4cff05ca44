import { tenantTx, type Context } from '../../src/context.js';
import { armOutcomesInTx, exposuresByPeriodInTx, metricKindOf, summaryOf, type ArmOutcomes, type PeriodExposures } from './experiments.aggregates.js';
import { armsInTx, experimentInTx, type ArmRow, type ExperimentRow } from './experiments.service.js';
import { armInterval, compareToControl, probabilityBest, srmCheck, type Comparison, type Interval, type MetricKind, type SrmResult } from './stats/index.js';

/**
 * An experiment's results in a phase (docs/offers.md, "Experiments", "Results"): per arm its
 * exposures, the measured ones (outcome window closed: delayed reward), claim and conversion
 * rates, revenue per player, the goal metric with its interval, the comparison to control and
 * P(best); and the sample-ratio-mismatch check across the phase's periods.
 */

export const SRM_THRESHOLD = 0.001;
export const PBEST_DRAWS = 10_000;

export interface ArmResult {
  arm: ArmRow;
  outcomes: ArmOutcomes;
  claimRate: number | null;
  conversionRate: number | null;
  revenuePerPlayer: number | null;
  /** The goal metric's mean and interval (null: no measured exposure, or too few for a t interval). */
  metric: Interval | null;
  /** Against control (null for the control itself, or when either side has too little data). */
  comparison: Comparison | null;
  probabilityBest: number | null;
}

export interface SrmStatus {
  result: SrmResult | null;
  threshold: number;
  periods: PeriodExposures[];
}

export interface ExperimentResults {
  experiment: ExperimentRow;
  phase: number;
  kind: MetricKind;
  arms: ArmResult[];
  srm: SrmStatus;
}

/** Enough measured exposures for the metric's interval: a rate needs 1, a mean 2 (its sample variance). */
function enough(kind: MetricKind, n: number): boolean {
  return kind === 'BINARY' ? n >= 1 : n >= 2;
}

const finite = (i: Interval | null): Interval | null => (i && [i.estimate, i.lower, i.upper].every(Number.isFinite) ? i : null);

/** A comparison with every number finite (a degenerate one, e.g. two rates of 0, has no interval). */
function finiteComparison(c: Comparison | null): Comparison | null {
  if (!c) return null;
  const difference = finite(c.difference);
  if (!difference || !Number.isFinite(c.pValue)) return null;
  return { difference, relative: finite(c.relative), pValue: c.pValue };
}

/** The SRM check over the periods' weights and exposures; null while nothing is exposed or fewer than two arms could be. */
export function srmOf(periods: readonly PeriodExposures[], threshold = SRM_THRESHOLD): SrmResult | null {
  const counted = periods.filter((p) => Object.values(p.counts).some((n) => n > 0));
  if (counted.length === 0) return null;
  const live = new Set(counted.flatMap((p) => Object.entries(p.weights).filter(([, w]) => w > 0).map(([key]) => key)));
  if (live.size < 2) return null;
  return srmCheck(counted.map((p) => ({ weights: p.weights, counts: p.counts })), threshold);
}

export async function experimentSrm(ctx: Context, experimentId: string, phase?: number | null): Promise<SrmStatus> {
  return tenantTx(ctx, async (tx) => {
    const experiment = await experimentInTx(tx, experimentId);
    const periods = await exposuresByPeriodInTx(tx, experimentId, phase ?? experiment.phase);
    return { result: srmOf(periods), threshold: SRM_THRESHOLD, periods };
  });
}

/** The results of `phase` (default: the current one). P(best) is seeded by experiment id and phase, so it reads the same each time. */
export async function experimentResults(ctx: Context, experimentId: string, phase?: number | null): Promise<ExperimentResults> {
  const { experiment, arms, outcomes, periods } = await tenantTx(ctx, async (tx) => {
    const experiment = await experimentInTx(tx, experimentId);
    const at = phase ?? experiment.phase;
    return {
      experiment,
      arms: await armsInTx(tx, [experimentId]),
      outcomes: await armOutcomesInTx(tx, experimentId, at),
      periods: await exposuresByPeriodInTx(tx, experimentId, at),
    };
  });
  const at = phase ?? experiment.phase;
  const kind = metricKindOf(experiment.goal);
  const summaries = outcomes.map((o) => summaryOf(experiment.goal, o));
  const controlIndex = arms.findIndex((a) => a.is_control);
  const control = controlIndex >= 0 ? summaries[outcomes.findIndex((o) => o.key === arms[controlIndex]!.key)] : undefined;
  const pBest = summaries.length > 1 && summaries.every((s) => enough(kind, s.n)) ? probabilityBest(summaries, kind, PBEST_DRAWS, `${experiment.id}:${at}`) : null;
  const revenueCounted = experiment.currency !== null;

  const results = outcomes.map((o, i): ArmResult => {
    const arm = arms.find((a) => a.key === o.key)!;
    const summary = summaries[i]!;
    return {
      arm,
      outcomes: o,
      claimRate: o.measured > 0 ? o.claims / o.measured : null,
      conversionRate: o.measured > 0 ? o.conversions / o.measured : null,
      revenuePerPlayer: revenueCounted && o.measured > 0 ? o.revenueMean : null,
      metric: enough(kind, summary.n) ? finite(armInterval(summary, kind)) : null,
      comparison: !arm.is_control && control && enough(kind, control.n) && enough(kind, summary.n) ? finiteComparison(compareToControl(control, summary, kind)) : null,
      probabilityBest: pBest ? (pBest[o.key] ?? 0) : null,
    };
  });
  return { experiment, phase: at, kind, arms: results, srm: { result: srmOf(periods), threshold: SRM_THRESHOLD, periods } };
}
