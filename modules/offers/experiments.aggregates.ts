/**
 * An experiment's data per arm, as the results, the SRM check and the bandit read it: exposures
 * (all, and those whose outcome window has closed), and the outcomes of the closed ones.
 */
import type { TenantTx } from '../../src/context.js';
import type { ArmSummary, MetricKind } from './stats/types.js';

export type ExperimentGoal = 'CLAIM' | 'CONVERSION' | 'REVENUE';

/** One arm's exposures and their outcomes in a phase. */
export interface ArmOutcomes {
  key: string;
  /** Every exposure, measured or not. */
  exposed: number;
  /** Exposures whose window has closed and whose outcome is counted. */
  measured: number;
  claims: number;
  conversions: number;
  /** Net revenue of the measured exposures, summed (minor units of the experiment's currency). */
  revenueSum: bigint;
  revenueMean: number;
  revenueVariance: number;
  /** Measured exposures with an RG signal inside their window. */
  rgSignals: number;
}

/** Every arm of the experiment (in position order) with its exposures and outcomes in `phase`. */
export async function armOutcomesInTx(tx: TenantTx, experimentId: string, phase: number): Promise<ArmOutcomes[]> {
  const rows = await tx.em.execute<{
    key: string; exposed: string; measured: string; claims: string; conversions: string;
    revenue_sum: string | null; revenue_mean: string | null; revenue_variance: string | null; rg_signals: string;
  }[]>(
    `select a.key,
            count(x.player_id) as exposed,
            count(x.outcome_at) as measured,
            count(*) filter (where x.outcome_at is not null and x.claimed) as claims,
            count(*) filter (where x.outcome_at is not null and x.converted) as conversions,
            sum(x.revenue) filter (where x.outcome_at is not null) as revenue_sum,
            avg(x.revenue) filter (where x.outcome_at is not null) as revenue_mean,
            var_samp(x.revenue) filter (where x.outcome_at is not null) as revenue_variance,
            count(*) filter (where x.outcome_at is not null and x.rg_signal) as rg_signals
     from experiment_arm a
     left join experiment_exposure x on x.tenant_id = a.tenant_id and x.experiment_id = a.experiment_id and x.phase = ? and x.arm_key = a.key
     where a.tenant_id = ? and a.experiment_id = ?
     group by a.key, a.position
     order by a.position`,
    [phase, tx.tenantId, experimentId],
  );
  return rows.map((r) => ({
    key: r.key,
    exposed: Number(r.exposed),
    measured: Number(r.measured),
    claims: Number(r.claims),
    conversions: Number(r.conversions),
    revenueSum: BigInt(r.revenue_sum ?? 0),
    revenueMean: Number(r.revenue_mean ?? 0),
    revenueVariance: Number(r.revenue_variance ?? 0),
    rgSignals: Number(r.rg_signals),
  }));
}

/** How a goal is modelled: claims and conversions are rates, revenue a mean. */
export function metricKindOf(goal: ExperimentGoal): MetricKind {
  return goal === 'REVENUE' ? 'GAUSSIAN' : 'BINARY';
}

function rate(key: string, n: number, successes: number): ArmSummary {
  const mean = n > 0 ? successes / n : 0;
  return { key, n, mean, variance: mean * (1 - mean) };
}

/** The arm's summary on a goal's metric. */
export function summaryOf(goal: ExperimentGoal, arm: ArmOutcomes): ArmSummary {
  if (goal === 'CLAIM') return rate(arm.key, arm.measured, arm.claims);
  if (goal === 'CONVERSION') return rate(arm.key, arm.measured, arm.conversions);
  return { key: arm.key, n: arm.measured, mean: arm.revenueMean, variance: arm.measured > 1 ? arm.revenueVariance : 0 };
}

/** The arm's responsible-gambling signal rate (a guardrail). */
export function rgSummaryOf(arm: ArmOutcomes): ArmSummary {
  return rate(arm.key, arm.measured, arm.rgSignals);
}

/** Exposures per period and arm, with the weights each period assigned by (the SRM check's input). */
export interface PeriodExposures {
  period: number;
  startsAt: Date;
  weights: Record<string, number>;
  counts: Record<string, number>;
}

export async function exposuresByPeriodInTx(tx: TenantTx, experimentId: string, phase: number): Promise<PeriodExposures[]> {
  const periods = await tx.em.execute<{ period: number; starts_at: Date | string; weights: Record<string, number> }[]>(
    `select period, starts_at, weights from experiment_period where tenant_id = ? and experiment_id = ? and phase = ? order by period`,
    [tx.tenantId, experimentId, phase],
  );
  const counts = await tx.em.execute<{ period: number; arm_key: string; n: string }[]>(
    `select period, arm_key, count(*) as n from experiment_exposure
     where tenant_id = ? and experiment_id = ? and phase = ? group by period, arm_key`,
    [tx.tenantId, experimentId, phase],
  );
  return periods.map((p) => ({
    period: p.period,
    startsAt: new Date(p.starts_at),
    weights: p.weights,
    counts: Object.fromEntries(counts.filter((c) => c.period === p.period).map((c) => [c.arm_key, Number(c.n)])),
  }));
}
