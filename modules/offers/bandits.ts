/**
 * The bandit optimizer (issue #17, docs/offers.md, "The bandit optimizer"): re-weighting a RUNNING BANDIT
 * experiment from the measured exposures of its current phase. One re-weighting, in one
 * transaction with the experiment row locked:
 *   1. arm summaries on the goal metric;
 *   2. guardrails: a non-control arm whose RG-signal rate is higher, or (with a currency) whose net
 *      revenue per player is lower, than control's at 95% (one-sided) is stopped, once both arms have
 *      the minimum of measured exposures;
 *   3. when every live arm has the minimum: Thompson-sampling weights (P(best), floor) over the live
 *      arms, seeded by experiment, phase and period; stopped arms weigh 0; otherwise weights stay;
 *   4. a new period only when the weights changed or an arm stopped;
 *   5. the winner, the first time an arm's P(best) reaches the threshold (the bandit keeps serving);
 *   6. the next re-weighting is due reweight_minutes later.
 */
import { tenantTx, type Context, type TenantTx } from '../../src/context.js';
import { NotFoundError } from '../../src/errors.js';
import { isUuid } from '../../src/ids.js';
import { armOutcomesInTx, metricKindOf, rgSummaryOf, summaryOf, type ArmOutcomes, type ExperimentGoal } from './experiments.aggregates.js';
import { banditWeights, worseThanControl, type ArmPosterior } from './stats/index.js';
import { ExperimentNotRunningBanditError } from './bandits.errors.js';

/** Event types on the stream `experiment:<id>`. */
export const EXPERIMENT_REWEIGHTED = 'experiment.reweighted';
export const EXPERIMENT_ARM_STOPPED = 'experiment.arm_stopped';
export const EXPERIMENT_WINNER_DECLARED = 'experiment.winner_declared';

/** Why a guardrail stopped an arm (experiment_arm.stopped_reason). */
export const GUARDRAIL_REASONS = ['GUARDRAIL_RG_SIGNAL_RATE', 'GUARDRAIL_NET_REVENUE'] as const;
export type GuardrailReason = (typeof GUARDRAIL_REASONS)[number];

/** Guardrails are one-sided tests at this confidence. */
export const GUARDRAIL_CONFIDENCE = 0.95;

export type PeriodReason = 'START' | 'REWEIGHT' | 'GUARDRAIL' | 'WINNER';

interface ExperimentRow {
  id: string;
  kind: 'AB' | 'BANDIT';
  status: 'DRAFT' | 'RUNNING' | 'STOPPED';
  goal: ExperimentGoal;
  currency: string | null;
  phase: number;
  min_exposures_per_arm: number;
  reweight_minutes: number;
  arm_floor: number;
  winner_threshold: number;
  next_reweight_at: Date | string | null;
  winner_arm_key: string | null;
  now: Date | string;
}

interface ArmRow {
  key: string;
  is_control: boolean;
  status: 'ACTIVE' | 'STOPPED';
  weight: number;
}

/** What one re-weighting saw of an arm (stored in the period's stats). */
export interface ArmPeriodStats {
  /** Measured exposures (window closed) and all exposures of the phase. */
  n: number;
  exposed: number;
  /** The goal metric's mean and sample variance. */
  mean: number;
  variance: number;
  posterior: Omit<ArmPosterior, 'key'> | null;
  pBest: number | null;
  /** The arm's RG-signal rate among measured exposures (the guardrail's metric). */
  rgRate: number;
  status: 'ACTIVE' | 'STOPPED';
}

export interface PeriodStats {
  enoughData: boolean;
  draws: number;
  arms: Record<string, ArmPeriodStats>;
  stopped: { key: string; reason: GuardrailReason }[];
  winner: string | null;
}

export type ReweightOutcome =
  /** Not a RUNNING bandit (any more). */
  | 'NOT_RUNNING'
  /** Its next re-weighting is not due yet (another run re-weighted it). */
  | 'NOT_DUE'
  /** Some live arm lacks the minimum of measured exposures and no arm stopped: weights kept, nothing recorded. */
  | 'INSUFFICIENT_DATA'
  /** New weights equal to the old ones, no arm stopped: nothing recorded. */
  | 'UNCHANGED'
  /** A new period was opened. */
  | 'REWEIGHTED';

export interface ReweightResult {
  experimentId: string;
  outcome: ReweightOutcome;
  phase: number;
  /** The period in force after the run. */
  period: number;
  weights: Record<string, number>;
  pBest: Record<string, number>;
  stopped: { key: string; reason: GuardrailReason }[];
  /** The winner declared by this run, if any. */
  winnerDeclared: string | null;
  nextReweightAt: Date | null;
}

const date = (v: Date | string) => (v instanceof Date ? v : new Date(v));

/** Weights with the stopped arms at 0 and the live ones rescaled to sum to 1 (equal when they had none). */
function withoutStopped(previous: Record<string, number>, live: readonly string[], all: readonly string[]): Record<string, number> {
  const total = live.reduce((sum, key) => sum + (previous[key] ?? 0), 0);
  return Object.fromEntries(all.map((key) => [key, !live.includes(key) ? 0 : total > 0 ? (previous[key] ?? 0) / total : 1 / live.length]));
}

function sameWeights(a: Record<string, number>, b: Record<string, number>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) if (Math.abs((a[key] ?? 0) - (b[key] ?? 0)) > 1e-9) return false;
  return true;
}

/** The guardrail that stops `arm` against `control`, or null (both need `min` measured exposures). */
function guardrailOf(experiment: ExperimentRow, control: ArmOutcomes, arm: ArmOutcomes): GuardrailReason | null {
  const min = experiment.min_exposures_per_arm;
  if (control.measured < min || arm.measured < min) return null;
  if (worseThanControl(rgSummaryOf(control), rgSummaryOf(arm), 'BINARY', 'HIGHER_IS_WORSE', GUARDRAIL_CONFIDENCE)) return 'GUARDRAIL_RG_SIGNAL_RATE';
  if (
    experiment.currency !== null &&
    worseThanControl(summaryOf('REVENUE', control), summaryOf('REVENUE', arm), 'GAUSSIAN', 'LOWER_IS_WORSE', GUARDRAIL_CONFIDENCE)
  ) {
    return 'GUARDRAIL_NET_REVENUE';
  }
  return null;
}

/**
 * Re-weights one bandit in the caller's tenant, if due at `now` (default: the database clock) or
 * when `force` is set (staff asking for it now). The experiment row is locked for the whole run
 * and its due time read under that lock, so two concurrent runs never both re-weight one period.
 */
export async function reweightExperiment(ctx: Context, experimentId: string, now?: Date, options: { force?: boolean } = {}): Promise<ReweightResult> {
  if (!isUuid(experimentId)) throw new NotFoundError('Experiment');
  return tenantTx(ctx, (tx) => reweightInTx(tx, experimentId, now, options.force ?? false));
}

/** Staff's "re-weight now": not waiting for the cadence; audited; ExperimentNotRunningBanditError unless a RUNNING bandit. */
export async function reweightExperimentNow(ctx: Context, experimentId: string): Promise<ReweightResult> {
  if (!isUuid(experimentId)) throw new NotFoundError('Experiment');
  return tenantTx(ctx, async (tx) => {
    const result = await reweightInTx(tx, experimentId, undefined, true);
    if (result.outcome === 'NOT_RUNNING') throw new ExperimentNotRunningBanditError();
    await tx.audit({
      action: 'experiment.reweight',
      target: { type: 'Experiment', id: experimentId },
      diff: { outcome: result.outcome, phase: result.phase, period: result.period, weights: result.weights },
    });
    return result;
  });
}

async function reweightInTx(tx: TenantTx, experimentId: string, nowArg: Date | undefined, force: boolean): Promise<ReweightResult> {
  const [experiment] = await tx.em.execute<ExperimentRow[]>(
    `select id, kind, status, goal, currency, phase, min_exposures_per_arm, reweight_minutes, arm_floor, winner_threshold,
            next_reweight_at, winner_arm_key, now() as now
     from experiment where tenant_id = ? and id = ? for update`,
    [tx.tenantId, experimentId],
  );
  if (!experiment) throw new NotFoundError('Experiment');
  const now = nowArg ?? date(experiment.now);
  const phase = experiment.phase;
  const [current] = await tx.em.execute<{ period: number; weights: Record<string, number> }[]>(
    `select period, weights from experiment_period where tenant_id = ? and experiment_id = ? and phase = ? order by period desc limit 1`,
    [tx.tenantId, experimentId, phase],
  );
  const arms = await tx.em.execute<ArmRow[]>(
    `select key, is_control, status, weight from experiment_arm where tenant_id = ? and experiment_id = ? order by position`,
    [tx.tenantId, experimentId],
  );
  const previous = current?.weights ?? Object.fromEntries(arms.map((a) => [a.key, a.weight]));
  const base = {
    experimentId,
    phase,
    period: current?.period ?? 0,
    weights: previous,
    pBest: {},
    stopped: [],
    winnerDeclared: null,
  };
  if (experiment.status !== 'RUNNING' || experiment.kind !== 'BANDIT' || !current) {
    return { ...base, outcome: 'NOT_RUNNING', nextReweightAt: null };
  }
  const due = experiment.next_reweight_at === null || date(experiment.next_reweight_at) <= now;
  if (!force && !due) return { ...base, outcome: 'NOT_DUE', nextReweightAt: date(experiment.next_reweight_at!) };

  // 1. What each arm has shown so far in this phase.
  const outcomes = await armOutcomesInTx(tx, experimentId, phase);
  const byKey = new Map(outcomes.map((o) => [o.key, o]));
  const control = arms.find((a) => a.is_control);
  const controlOutcomes = control ? byKey.get(control.key) : undefined;

  // 2. Guardrails.
  const stopped: { key: string; reason: GuardrailReason }[] = [];
  for (const arm of arms) {
    if (arm.is_control || arm.status !== 'ACTIVE' || !controlOutcomes) continue;
    const reason = guardrailOf(experiment, controlOutcomes, byKey.get(arm.key)!);
    if (!reason) continue;
    stopped.push({ key: arm.key, reason });
    arm.status = 'STOPPED';
    // Its weight goes to 0 in the new period; experiment_arm.weight stays the configured starting
    // weight, which a restart (a new phase, every arm active again) begins from.
    await tx.em.execute(
      `update experiment_arm set status = 'STOPPED', stopped_reason = ?, stopped_at = ?
       where tenant_id = ? and experiment_id = ? and key = ?`,
      [reason, now, tx.tenantId, experimentId, arm.key],
    );
    const armData = byKey.get(arm.key)!;
    await tx.audit({
      action: 'experiment.arm.stop',
      target: { type: 'Experiment', id: experimentId },
      diff: {
        arm: arm.key,
        status: { from: 'ACTIVE', to: 'STOPPED' },
        reason,
        phase,
        arm_measured: armData.measured,
        arm_rg_signals: armData.rgSignals,
        arm_revenue_mean: armData.revenueMean,
        control_measured: controlOutcomes.measured,
        control_rg_signals: controlOutcomes.rgSignals,
        control_revenue_mean: controlOutcomes.revenueMean,
      },
    });
    await tx.emit(`experiment:${experimentId}`, EXPERIMENT_ARM_STOPPED, { experimentId, phase, armKey: arm.key, reason });
  }

  // 3. Weights over the live arms.
  const allKeys = arms.map((a) => a.key);
  const live = arms.filter((a) => a.status === 'ACTIVE').map((a) => a.key);
  const kind = metricKindOf(experiment.goal);
  const summaries = live.map((key) => summaryOf(experiment.goal, byKey.get(key)!));
  const enough = summaries.every((s) => s.n >= experiment.min_exposures_per_arm);
  const nextPeriod = current.period + 1;
  let weights = withoutStopped(previous, live, allKeys);
  let pBest: Record<string, number> = {};
  let posteriors: ArmPosterior[] = [];
  let draws = 0;
  let enoughData = false;
  // Two live arms at least (the control is never stopped, so one means a one-armed bandit: nothing to weigh).
  if (enough && live.length >= 2) {
    const result = banditWeights(
      summaries,
      { kind, minExposures: experiment.min_exposures_per_arm, seed: `${experimentId}:${phase}:${nextPeriod}`, floor: Math.min(experiment.arm_floor, 1 / live.length) },
      Object.fromEntries(live.map((key) => [key, weights[key]!])),
    );
    if (result.enoughData) {
      enoughData = true;
      weights = Object.fromEntries(allKeys.map((key) => [key, result.weights[key] ?? 0]));
      pBest = result.pBest;
      posteriors = result.posteriors;
      draws = result.draws;
    }
  }

  // 5. The winner, once.
  let winnerDeclared: string | null = null;
  if (enoughData && experiment.winner_arm_key === null) {
    const [best] = live.map((key) => ({ key, p: pBest[key] ?? 0 })).sort((a, b) => b.p - a.p);
    if (best && best.p >= experiment.winner_threshold) {
      winnerDeclared = best.key;
      await tx.em.execute(`update experiment set winner_arm_key = ?, winner_declared_at = ? where tenant_id = ? and id = ?`, [
        best.key, now, tx.tenantId, experimentId,
      ]);
      await tx.audit({
        action: 'experiment.winner.declare',
        target: { type: 'Experiment', id: experimentId },
        diff: { winner: { from: null, to: best.key }, pBest: best.p, threshold: experiment.winner_threshold, phase },
      });
      await tx.emit(`experiment:${experimentId}`, EXPERIMENT_WINNER_DECLARED, { experimentId, phase, armKey: best.key, pBest: best.p });
    }
  }

  // 6. The next due time.
  const nextReweightAt = new Date(now.getTime() + experiment.reweight_minutes * 60_000);
  await tx.em.execute(`update experiment set next_reweight_at = ?, updated_at = now() where tenant_id = ? and id = ?`, [nextReweightAt, tx.tenantId, experimentId]);

  // 4. A new period only when something changed.
  const changed = stopped.length > 0 || (enoughData && !sameWeights(weights, previous));
  if (!changed) {
    return { ...base, outcome: enoughData ? 'UNCHANGED' : 'INSUFFICIENT_DATA', pBest, nextReweightAt, winnerDeclared };
  }
  const reason: PeriodReason = stopped.length > 0 ? 'GUARDRAIL' : winnerDeclared ? 'WINNER' : 'REWEIGHT';
  const stats: PeriodStats = {
    enoughData,
    draws,
    stopped,
    winner: winnerDeclared,
    arms: Object.fromEntries(
      arms.map((arm) => {
        const o = byKey.get(arm.key)!;
        const s = summaryOf(experiment.goal, o);
        const posterior = posteriors.find((p) => p.key === arm.key);
        return [
          arm.key,
          {
            n: s.n,
            exposed: o.exposed,
            mean: s.mean,
            variance: s.variance,
            posterior: posterior ? { mean: posterior.mean, sd: posterior.sd, alpha: posterior.alpha, beta: posterior.beta } : null,
            pBest: pBest[arm.key] ?? null,
            rgRate: rgSummaryOf(o).mean,
            status: arm.status,
          } satisfies ArmPeriodStats,
        ];
      }),
    ),
  };
  await tx.em.execute(
    `update experiment_period set ends_at = ? where tenant_id = ? and experiment_id = ? and phase = ? and period = ? and ends_at is null`,
    [now, tx.tenantId, experimentId, phase, current.period],
  );
  await tx.em.execute(
    `insert into experiment_period (tenant_id, experiment_id, phase, period, starts_at, weights, stats, reason) values (?, ?, ?, ?, ?, ?, ?, ?)`,
    [tx.tenantId, experimentId, phase, nextPeriod, now, JSON.stringify(weights), JSON.stringify(stats), reason],
  );
  await tx.emit(`experiment:${experimentId}`, EXPERIMENT_REWEIGHTED, { experimentId, phase, period: nextPeriod, weights, pBest, reason });
  return { experimentId, outcome: 'REWEIGHTED', phase, period: nextPeriod, weights, pBest, stopped, winnerDeclared, nextReweightAt };
}

/** The RUNNING bandits of the caller's tenant due at `now` (default: the database clock). */
export async function dueBandits(ctx: Context, now?: Date): Promise<string[]> {
  return tenantTx(ctx, async (tx) => {
    const rows = await tx.em.execute<{ id: string }[]>(
      `select id from experiment
       where tenant_id = ? and status = 'RUNNING' and kind = 'BANDIT' and next_reweight_at <= coalesce(?::timestamptz, now())
       order by next_reweight_at, id`,
      [tx.tenantId, now ?? null],
    );
    return rows.map((r) => r.id);
  });
}

export interface ReweightCounts {
  reweighted: number;
  unchanged: number;
  failed: number;
}

/** Re-weights every due bandit of the caller's tenant, each in its own transaction; one failure does not stop the others. */
export async function reweightDueBandits(ctx: Context, now?: Date, counts: ReweightCounts = { reweighted: 0, unchanged: 0, failed: 0 }): Promise<ReweightCounts> {
  for (const id of await dueBandits(ctx, now)) {
    try {
      const result = await reweightExperiment(ctx, id, now);
      if (result.outcome === 'REWEIGHTED') counts.reweighted++;
      else counts.unchanged++;
    } catch (error) {
      counts.failed++;
      ctx.services.logger.error({ err: error, experimentId: id, tenantId: ctx.tenant?.id }, 'bandit re-weighting failed');
    }
  }
  return counts;
}

// ---------------------------------------------------------------- reading (staff: Experiment.bandit)

export interface BanditArmView {
  key: string;
  isControl: boolean;
  status: 'ACTIVE' | 'STOPPED';
  /** The weight new players are assigned by now (the latest period's). */
  weight: number;
  /** P(best) at the latest re-weighting; null before the first one with enough data. */
  pBest: number | null;
  exposed: number;
  measured: number;
  stoppedReason: string | null;
  stoppedAt: Date | null;
}

export interface BanditPeriodView {
  period: number;
  startsAt: Date;
  endsAt: Date | null;
  weights: Record<string, number>;
  pBest: Record<string, number>;
  reason: PeriodReason;
}

export interface BanditView {
  experimentId: string;
  phase: number;
  arms: BanditArmView[];
  /** Every live arm has the minimum of measured exposures now (re-weighting moves the weights). */
  enoughData: boolean;
  minExposuresPerArm: number;
  /** When the latest period opened by a re-weighting began; null before the first. */
  lastReweightAt: Date | null;
  nextReweightAt: Date | null;
  winnerArmKey: string | null;
  winnerDeclaredAt: Date | null;
  /** The phase's periods, newest first (loaded in full: at most 4 × 24 × 60 / reweight_minutes a day). */
  periods: BanditPeriodView[];
}

interface PeriodRow {
  period: number;
  starts_at: Date | string;
  ends_at: Date | string | null;
  weights: Record<string, number>;
  stats: PeriodStats | null;
  reason: PeriodReason;
}

/** A bandit experiment's state for staff; null for an A/B test or an unknown experiment. Periods: the newest `historyLimit`. */
export async function banditStateOf(ctx: Context, experimentId: string, historyLimit = 20): Promise<BanditView | null> {
  if (!isUuid(experimentId)) return null;
  return tenantTx(ctx, async (tx) => {
    const [e] = await tx.em.execute<{
      kind: 'AB' | 'BANDIT'; goal: ExperimentGoal; phase: number; min_exposures_per_arm: number; status: string;
      next_reweight_at: Date | string | null; winner_arm_key: string | null; winner_declared_at: Date | string | null;
    }[]>(
      `select kind, goal, phase, min_exposures_per_arm, status, next_reweight_at, winner_arm_key, winner_declared_at
       from experiment where tenant_id = ? and id = ?`,
      [tx.tenantId, experimentId],
    );
    if (!e || e.kind !== 'BANDIT') return null;
    const arms = await tx.em.execute<{ key: string; is_control: boolean; status: 'ACTIVE' | 'STOPPED'; weight: number; stopped_reason: string | null; stopped_at: Date | string | null }[]>(
      `select key, is_control, status, weight, stopped_reason, stopped_at from experiment_arm where tenant_id = ? and experiment_id = ? order by position`,
      [tx.tenantId, experimentId],
    );
    const periods = await tx.em.execute<PeriodRow[]>(
      `select period, starts_at, ends_at, weights, stats, reason from experiment_period
       where tenant_id = ? and experiment_id = ? and phase = ? order by period desc limit ?`,
      [tx.tenantId, experimentId, e.phase, Math.max(1, historyLimit)],
    );
    const outcomes = new Map((await armOutcomesInTx(tx, experimentId, e.phase)).map((o) => [o.key, o]));
    const latest = periods[0];
    const withData = periods.find((p) => p.stats?.enoughData);
    const pBestOf = (p: PeriodRow | undefined): Record<string, number> =>
      Object.fromEntries(Object.entries(p?.stats?.arms ?? {}).filter(([, a]) => a.pBest !== null).map(([key, a]) => [key, a.pBest!]));
    const currentPBest = pBestOf(withData);
    const view: BanditView = {
      experimentId,
      phase: e.phase,
      arms: arms.map((a) => ({
        key: a.key,
        isControl: a.is_control,
        status: a.status,
        weight: latest ? (latest.weights[a.key] ?? 0) : a.weight,
        pBest: currentPBest[a.key] ?? null,
        exposed: outcomes.get(a.key)?.exposed ?? 0,
        measured: outcomes.get(a.key)?.measured ?? 0,
        stoppedReason: a.stopped_reason,
        stoppedAt: a.stopped_at === null ? null : date(a.stopped_at),
      })),
      enoughData: arms.filter((a) => a.status === 'ACTIVE').every((a) => (outcomes.get(a.key)?.measured ?? 0) >= e.min_exposures_per_arm),
      minExposuresPerArm: e.min_exposures_per_arm,
      lastReweightAt: latest && latest.reason !== 'START' ? date(latest.starts_at) : null,
      nextReweightAt: e.status === 'RUNNING' && e.next_reweight_at !== null ? date(e.next_reweight_at) : null,
      winnerArmKey: e.winner_arm_key,
      winnerDeclaredAt: e.winner_declared_at === null ? null : date(e.winner_declared_at),
      periods: periods.map((p) => ({
        period: p.period,
        startsAt: date(p.starts_at),
        endsAt: p.ends_at === null ? null : date(p.ends_at),
        weights: p.weights,
        pBest: pBestOf(p),
        reason: p.reason,
      })),
    };
    return view;
  });
}
