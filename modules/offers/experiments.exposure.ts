/**
 * Where offersFor meets a running experiment: which arm a player is in on a placement (sticky),
 * and the player's one exposure per phase.
 */
import type { TenantTx } from '../../src/context.js';
import { armAt, bucketOf } from './offers.assignment.js';

/** The arm a player gets on a placement while an experiment runs there. */
export interface ExperimentChoice {
  experimentId: string;
  kind: 'AB' | 'BANDIT';
  phase: number;
  /** The period whose weights assigned the arm. */
  period: number;
  armKey: string;
  /** What the placement shows: the arm's offer, null for "no offer" (or a stopped arm's player with a no-offer control). */
  offerId: string | null;
  /** The probability with which the arm was assigned (the logging propensity). */
  probability: number;
  /** True when the player was exposed before in this phase (no second exposure is recorded). */
  alreadyExposed: boolean;
  outcomeWindowHours: number;
}

interface ArmRow {
  key: string;
  offer_id: string | null;
  is_control: boolean;
  status: 'ACTIVE' | 'STOPPED';
}

/**
 * The player's arm in the experiment running on `placement`, or null when none runs or the
 * player is outside it. A player enters only when every live arm's offer is eligible for them,
 * so arms compare like with like. A player keeps the arm of their first exposure in the phase; a
 * new player's arm is the hash bucket against the latest period's weights. A player whose arm a
 * guardrail stopped is shown the control's treatment (their exposure stays with their arm).
 */
export async function experimentChoiceInTx(
  tx: TenantTx,
  request: { playerId: string; placement: string; eligibleOfferIds: ReadonlySet<string> },
): Promise<ExperimentChoice | null> {
  const [experiment] = await tx.em.execute<{ id: string; kind: 'AB' | 'BANDIT'; phase: number; hash_seed: string; outcome_window_hours: number }[]>(
    `select id, kind, phase, hash_seed, outcome_window_hours from experiment where tenant_id = ? and placement = ? and status = 'RUNNING'`,
    [tx.tenantId, request.placement],
  );
  if (!experiment) return null;
  const arms = await tx.em.execute<ArmRow[]>(
    `select key, offer_id, is_control, status from experiment_arm where tenant_id = ? and experiment_id = ? order by position`,
    [tx.tenantId, experiment.id],
  );
  const live = arms.filter((arm) => arm.status === 'ACTIVE');
  if (live.some((arm) => arm.offer_id !== null && !request.eligibleOfferIds.has(arm.offer_id))) return null;
  const control = arms.find((arm) => arm.is_control) ?? null;
  const base = { experimentId: experiment.id, kind: experiment.kind, phase: experiment.phase, outcomeWindowHours: experiment.outcome_window_hours };

  const [exposure] = await tx.em.execute<{ arm_key: string; period: number; probability: number }[]>(
    `select arm_key, period, probability from experiment_exposure where tenant_id = ? and experiment_id = ? and phase = ? and player_id = ?`,
    [tx.tenantId, experiment.id, experiment.phase, request.playerId],
  );
  if (exposure) {
    const arm = arms.find((a) => a.key === exposure.arm_key);
    const served = arm && arm.status === 'ACTIVE' ? arm : control;
    return { ...base, period: exposure.period, armKey: exposure.arm_key, offerId: served?.offer_id ?? null, probability: exposure.probability, alreadyExposed: true };
  }

  const [period] = await tx.em.execute<{ period: number; weights: Record<string, number> }[]>(
    `select period, weights from experiment_period where tenant_id = ? and experiment_id = ? and phase = ? order by period desc limit 1`,
    [tx.tenantId, experiment.id, experiment.phase],
  );
  if (!period) return null;
  const weighted = live.map((arm) => ({ key: arm.key, weight: period.weights[arm.key] ?? 0 }));
  const chosen = armAt(weighted, bucketOf(experiment.hash_seed, experiment.phase, request.playerId));
  if (!chosen) return null;
  const total = weighted.reduce((sum, arm) => sum + (arm.weight > 0 ? arm.weight : 0), 0);
  const arm = live.find((a) => a.key === chosen.key)!;
  return { ...base, period: period.period, armKey: arm.key, offerId: arm.offer_id, probability: chosen.weight / total, alreadyExposed: false };
}

/** Records the player's first exposure in the phase (a concurrent duplicate adds nothing). */
export async function recordExposureInTx(tx: TenantTx, choice: ExperimentChoice, playerId: string, decisionId: string): Promise<void> {
  if (choice.alreadyExposed) return;
  await tx.em.execute(
    `insert into experiment_exposure (tenant_id, experiment_id, phase, player_id, arm_key, period, probability, decision_id, exposed_at, outcome_due_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, now(), now() + make_interval(hours => ?))
     on conflict (tenant_id, experiment_id, phase, player_id) do nothing`,
    [tx.tenantId, choice.experimentId, choice.phase, playerId, choice.armKey, choice.period, choice.probability, decisionId, choice.outcomeWindowHours],
  );
}
