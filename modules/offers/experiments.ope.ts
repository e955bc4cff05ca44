import { z } from 'zod';
import { tenantTx, type Context } from '../../src/context.js';
import { ValidationError, type FieldIssue } from '../../src/errors.js';
import { parseInput } from '../../src/validation.js';
import type { ExperimentGoal } from './experiments.aggregates.js';
import { armsInTx, experimentInTx, type ExperimentRow } from './experiments.service.js';
import { inversePropensityEstimate, type LoggedDecision, type PolicyEstimate } from './stats/index.js';

/**
 * Off-policy evaluation (docs/offers.md, "Experiments", "Off-policy evaluation"): what a proposed
 * split of traffic over the arms would have earned, estimated by inverse propensity from the
 * phase's measured exposures: action = the arm, propensity = the probability with which the arm
 * was assigned, reward = the goal metric (claim or conversion 0/1, revenue in minor units).
 */

const WEIGHT_TOLERANCE = 1e-9;
/** z for a two-sided 95% normal interval. */
const Z95 = 1.959963984540054;

const weightsInput = z.array(z.object({ armKey: z.string().max(32), weight: z.number().min(0).max(1) })).min(1).max(10);

/** The logging policy's own value: the mean reward of the measured exposures, with a normal 95% interval. */
export interface LoggedValue {
  n: number;
  value: number;
  standardError: number;
  lower: number;
  upper: number;
}

export interface PolicyEvaluation {
  experiment: ExperimentRow;
  phase: number;
  target: Record<string, number>;
  estimate: PolicyEstimate | null;
  logging: LoggedValue | null;
}

function rewardOf(goal: ExperimentGoal, row: { claimed: boolean | null; converted: boolean | null; revenue: string | null }): number {
  if (goal === 'CLAIM') return row.claimed ? 1 : 0;
  if (goal === 'CONVERSION') return row.converted ? 1 : 0;
  return Number(row.revenue ?? 0);
}

function loggedValue(rewards: readonly number[]): LoggedValue | null {
  const n = rewards.length;
  if (n === 0) return null;
  const value = rewards.reduce((s, r) => s + r, 0) / n;
  const variance = n > 1 ? rewards.reduce((s, r) => s + (r - value) ** 2, 0) / (n - 1) : 0;
  const standardError = Math.sqrt(variance / n);
  return { n, value, standardError, lower: value - Z95 * standardError, upper: value + Z95 * standardError };
}

/**
 * Staff: the IPS estimate of `weights` (every arm key known, each at most once, summing to 1; arms
 * left out get 0) over the measured exposures of `phase` (default: the current one), and the
 * logging policy's value beside it. Null estimates while no exposure is measured.
 */
export async function evaluateOfferPolicy(
  ctx: Context,
  experimentId: string,
  input: { weights: readonly { armKey: string; weight: number }[]; phase?: number | null },
): Promise<PolicyEvaluation> {
  const weights = parseInput(weightsInput, input.weights, 'weights');
  return tenantTx(ctx, async (tx) => {
    const experiment = await experimentInTx(tx, experimentId);
    const arms = await armsInTx(tx, [experimentId]);
    const issues: FieldIssue[] = [];
    const seen = new Set<string>();
    weights.forEach((w, i) => {
      if (!arms.some((a) => a.key === w.armKey)) issues.push({ path: ['weights', String(i), 'armKey'], message: 'is not an arm of this experiment' });
      if (seen.has(w.armKey)) issues.push({ path: ['weights', String(i), 'armKey'], message: 'names an arm twice' });
      seen.add(w.armKey);
    });
    if (Math.abs(weights.reduce((s, w) => s + w.weight, 0) - 1) > WEIGHT_TOLERANCE) issues.push({ path: ['weights'], message: 'weights must sum to 1' });
    if (issues.length > 0) throw new ValidationError(issues);

    const target = Object.fromEntries(arms.map((a) => [a.key, weights.find((w) => w.armKey === a.key)?.weight ?? 0]));
    const phase = input.phase ?? experiment.phase;
    const rows = await tx.em.execute<{ arm_key: string; probability: number; claimed: boolean | null; converted: boolean | null; revenue: string | null }[]>(
      `select arm_key, probability, claimed, converted, revenue from experiment_exposure
       where tenant_id = ? and experiment_id = ? and phase = ? and outcome_at is not null`,
      [tx.tenantId, experimentId, phase],
    );
    const logs: LoggedDecision[] = rows.map((r) => ({ action: r.arm_key, propensity: Number(r.probability), reward: rewardOf(experiment.goal, r) }));
    return {
      experiment,
      phase,
      target,
      estimate: logs.length > 0 ? inversePropensityEstimate(logs, target) : null,
      logging: loggedValue(logs.map((l) => l.reward)),
    };
  });
}
