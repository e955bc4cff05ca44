import { builder } from '../../src/builder.js';
import type { Context } from '../../src/context.js';
import { InvalidIdError, NotFoundError, ValidationError } from '../../src/errors.js';
import { errorType } from '../../src/graphql/errors.js';
import { connectionOf } from '../../src/graphql/connections.js';
import { localIdOf, optionalLocalIdOf } from '../../src/graphql/ids.js';
import { loadById } from '../../src/graphql/loaders.js';
import { money, MoneyType } from '../../src/graphql/money.js';
import {
  ExperimentAlreadyRunningError,
  ExperimentArmOfferUnavailableError,
  ExperimentNotDraftError,
  ExperimentNotRunningError,
  ExperimentPlacementBusyError,
  EXPERIMENT_STATUSES,
  type ExperimentStatus,
} from './experiments.errors.js';
import * as experiments from './experiments.service.js';
import type { ArmRow, ExperimentRow, PeriodRow } from './experiments.service.js';
import { experimentResults, experimentSrm, type ArmResult, type ExperimentResults, type SrmStatus } from './experiments.results.js';
import { evaluateOfferPolicy, type LoggedValue, type PolicyEvaluation } from './experiments.ope.js';
import type { Comparison, Interval, PolicyEstimate } from './stats/index.js';
import { OfferDecisionRef, OfferRef, readsOffers } from './offers.schema.js';
import { offersByIds } from './offers.service.js';

const armsBatch = (ctx: Context, ids: readonly string[]) => experiments.armsByExperimentIds(ctx, ids);
const offersBatch = (ctx: Context, ids: readonly string[]) => offersByIds(ctx, ids);
const periodsBatch = (ctx: Context, ids: readonly string[]) => experiments.currentPeriodsByExperimentIds(ctx, ids);

// ------------------------------------------------------------------ enums

export const ExperimentStatusEnum = builder.enumType('ExperimentStatus', {
  description: 'Where an experiment stands.',
  values: {
    DRAFT: { value: 'DRAFT' as const, description: 'Being defined: it may change, and assigns nobody.' },
    RUNNING: { value: 'RUNNING' as const, description: 'Assigning players on its placement (at most one per placement).' },
    STOPPED: { value: 'STOPPED' as const, description: 'Stopped: it assigns nobody; starting it again opens a new phase.' },
  } satisfies Record<ExperimentStatus, unknown>,
});
void EXPERIMENT_STATUSES;

export const ExperimentKindEnum = builder.enumType('ExperimentKind', {
  description: 'How an experiment splits traffic.',
  values: {
    AB: { value: 'AB' as const, description: 'A fixed split (A/B/n): the arms\' weights, for the whole phase.' },
    BANDIT: { value: 'BANDIT' as const, description: 'A bandit: Thompson sampling re-weights the arms every `reweightMinutes`.' },
  },
});

export const ExperimentGoalEnum = builder.enumType('ExperimentGoal', {
  description: 'What an experiment optimises, per exposed player, over the outcome window.',
  values: {
    CLAIM: { value: 'CLAIM' as const, description: 'The claim rate: the share of exposed players who claimed the arm\'s offer.' },
    CONVERSION: { value: 'CONVERSION' as const, description: 'The conversion rate: the share whose claimed bonus completed its wagering.' },
    REVENUE: { value: 'REVENUE' as const, description: 'Net revenue per player in the experiment\'s currency: real-money stakes − wins, minus bonus cost (cash converted from bonuses).' },
  },
});

const MetricKindEnum = builder.enumType('ExperimentMetricKind', {
  description: 'How the goal metric is modelled.',
  values: {
    BINARY: { value: 'BINARY' as const, description: 'A rate (claim, conversion): Wilson intervals, two-proportion z tests, Beta-Bernoulli P(best).' },
    GAUSSIAN: { value: 'GAUSSIAN' as const, description: 'A mean (revenue per player): t intervals, Welch tests, normal P(best).' },
  },
});

const ArmStatusEnum = builder.enumType('ExperimentArmStatus', {
  description: 'Whether an arm still takes new players.',
  values: {
    ACTIVE: { value: 'ACTIVE' as const, description: 'It takes new players.' },
    STOPPED: { value: 'STOPPED' as const, description: 'Stopped (a guardrail): its players are shown the control\'s treatment.' },
  },
});

export const PeriodReasonEnum = builder.enumType('ExperimentPeriodReason', {
  description: 'Why a period of traffic weights began.',
  values: {
    START: { value: 'START' as const, description: 'The experiment started (period 0 of a phase).' },
    REWEIGHT: { value: 'REWEIGHT' as const, description: 'The bandit re-weighted the arms.' },
    GUARDRAIL: { value: 'GUARDRAIL' as const, description: 'A guardrail stopped an arm.' },
    WINNER: { value: 'WINNER' as const, description: 'A winner was declared.' },
  },
});

// ------------------------------------------------------------------ errors

errorType(ExperimentNotDraftError, 'ExperimentNotDraftError', {
  code: 'EXPERIMENT_NOT_DRAFT',
  description: 'Only a DRAFT experiment can be changed (a started one has exposures that depend on its definition); nothing changed. Create another experiment instead.',
}, (t) => ({ status: t.field({ type: ExperimentStatusEnum, description: 'Where the experiment stands.', resolve: (e: ExperimentNotDraftError) => e.status }) }));
errorType(ExperimentAlreadyRunningError, 'ExperimentAlreadyRunningError', {
  code: 'EXPERIMENT_ALREADY_RUNNING',
  description: 'The experiment is running already; nothing changed.',
});
errorType(ExperimentNotRunningError, 'ExperimentNotRunningError', {
  code: 'EXPERIMENT_NOT_RUNNING',
  description: 'The experiment is not running, so it cannot be stopped; nothing changed.',
}, (t) => ({ status: t.field({ type: ExperimentStatusEnum, description: 'Where the experiment stands.', resolve: (e: ExperimentNotRunningError) => e.status }) }));
errorType(ExperimentPlacementBusyError, 'ExperimentPlacementBusyError', {
  code: 'EXPERIMENT_PLACEMENT_BUSY',
  description: 'Another experiment runs on the placement (at most one runs per placement); nothing changed. Stop it first.',
}, (t) => ({
  placement: t.exposeString('placement', { description: 'The placement.' }),
  runningExperiment: t.field({
    type: ExperimentRef,
    nullable: true,
    description: 'The experiment running there (null when it started in the same instant).',
    resolve: (e: ExperimentPlacementBusyError, _args: unknown, ctx: Context) => (e.runningExperimentId ? loadExperiment(ctx, e.runningExperimentId) : null),
  }),
}));
errorType(ExperimentArmOfferUnavailableError, 'ExperimentArmOfferUnavailableError', {
  code: 'EXPERIMENT_ARM_OFFER_UNAVAILABLE',
  description: 'An arm\'s offer was archived, or no longer lists the placement, since the experiment was defined; nothing changed.',
}, (t) => ({ armKey: t.exposeString('armKey', { description: 'The arm whose offer is unavailable.' }) }));

// ------------------------------------------------------------------ the experiment

export const ExperimentArmRef = builder.objectRef<ArmRow>('ExperimentArm').implement({
  description: 'One arm of an experiment: an offer, or no offer (control or holdout).',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Its key, unique in the experiment (what decisions and exposures record).' }),
    name: t.exposeString('name', { description: 'Its name for staff.' }),
    offer: t.field({
      type: OfferRef,
      nullable: true,
      description: 'The offer it shows; null: no offer (control or holdout).',
      resolve: (a, _args, ctx) => (a.offer_id ? loadById(ctx, 'offer', offersBatch, a.offer_id) : null),
    }),
    isControl: t.exposeBoolean('is_control', { description: 'Whether it is the control the other arms are compared to (exactly one is).' }),
    weight: t.float({ description: 'Its starting weight: the A/B split, or a bandit\'s first period.', resolve: (a) => Number(a.weight) }),
    status: t.field({ type: ArmStatusEnum, description: 'Whether it takes new players.', resolve: (a) => a.status }),
    stoppedReason: t.exposeString('stopped_reason', { nullable: true, description: 'Why it was stopped; null while active.' }),
    stoppedAt: t.expose('stopped_at', { type: 'DateTime', nullable: true, description: 'When it was stopped; null while active.' }),
  }),
});

const ArmWeightType = builder.objectRef<{ armKey: string; weight: number }>('ExperimentArmWeight').implement({
  description: 'An arm\'s share of new players.',
  fields: (t) => ({
    armKey: t.exposeString('armKey', { description: 'The arm\'s key.' }),
    weight: t.exposeFloat('weight', { description: 'Its share, 0 to 1 (the arms\' shares sum to 1).' }),
  }),
});
/** Weights (or counts) per arm, by arm key. */
const weightsList = (weights: Record<string, number>) =>
  Object.entries(weights).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([armKey, weight]) => ({ armKey, weight: Number(weight) }));

const PeriodType = builder.objectRef<PeriodRow>('ExperimentPeriod').implement({
  description: 'A stretch of a phase with one set of traffic weights.',
  fields: (t) => ({
    phase: t.exposeInt('phase', { description: 'The phase it belongs to.' }),
    period: t.exposeInt('period', { description: 'Its number in the phase, from 0.' }),
    startsAt: t.expose('starts_at', { type: 'DateTime', description: 'When its weights took effect.' }),
    endsAt: t.expose('ends_at', { type: 'DateTime', nullable: true, description: 'When it ended; null while in force.' }),
    reason: t.field({ type: PeriodReasonEnum, description: 'Why it began.', resolve: (p) => p.reason }),
    weights: t.field({ type: [ArmWeightType], description: 'The weights new players were assigned by, by arm key.', resolve: (p) => weightsList(p.weights) }),
  }),
});

export const ExperimentRef = builder.objectRef<ExperimentRow>('Experiment');

async function loadExperiment(ctx: Context, id: string): Promise<ExperimentRow | null> {
  if (!readsOffers(ctx)) return null;
  return loadById(ctx, 'experiments', experiments.experimentsByIds, id);
}

builder.node(ExperimentRef, {
  description: 'An A/B/n test or a bandit on one placement (docs/offers.md, "Experiments"). Staff with offers:read.',
  id: { resolve: (e) => e.id },
  loadMany: async (ids, ctx) => {
    if (!readsOffers(ctx)) return ids.map(() => null);
    const rows = await experiments.experimentsByIds(ctx, ids);
    return ids.map((id) => rows.get(id) ?? null);
  },
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Its name for staff.' }),
    description: t.exposeString('description', { nullable: true, description: 'What it tests, for staff.' }),
    placement: t.exposeString('placement', { description: 'The placement it runs on (the key frontends ask offersFor with).' }),
    kind: t.field({ type: ExperimentKindEnum, description: 'A fixed split or a bandit.', resolve: (e) => e.kind }),
    goal: t.field({ type: ExperimentGoalEnum, description: 'What it optimises.', resolve: (e) => e.goal }),
    currency: t.field({ type: 'Currency', nullable: true, description: 'The currency revenue is counted in (required for REVENUE; null: revenue is not measured).', resolve: (e) => e.currency?.trim() ?? null }),
    status: t.field({ type: ExperimentStatusEnum, description: 'Where it stands.', resolve: (e) => e.status }),
    phase: t.exposeInt('phase', { description: 'How many times it was started (0 while never started); exposures and results count per phase.' }),
    outcomeWindowHours: t.exposeInt('outcome_window_hours', { description: 'Hours after an exposure its outcome is measured (delayed reward): until then it is not counted.' }),
    minExposuresPerArm: t.exposeInt('min_exposures_per_arm', { description: 'A bandit re-weights only once every arm has this many measured exposures.' }),
    reweightMinutes: t.exposeInt('reweight_minutes', { description: 'A bandit\'s re-weighting cadence, 1 to 15 minutes.' }),
    armFloor: t.float({ description: 'A bandit\'s least weight per arm (default 0.01).', resolve: (e) => Number(e.arm_floor) }),
    winnerThreshold: t.float({ description: 'The P(best) at which a bandit declares a winner (default 0.95).', resolve: (e) => Number(e.winner_threshold) }),
    arms: t.field({
      type: [ExperimentArmRef],
      description: 'Its arms, in order.',
      resolve: async (e, _args, ctx) => (await loadById(ctx, 'experiments.arms', armsBatch, e.id)) ?? [],
    }),
    periods: t.field({
      type: [PeriodType],
      description: 'The periods of the current phase, in order: the weights in force over time (empty while never started).',
      resolve: async (e, _args, ctx) => (await loadById(ctx, 'experiments.periods', periodsBatch, e.id)) ?? [],
    }),
    results: t.field({
      type: ResultsType,
      description: 'Its results in a phase: per arm the measured outcomes, intervals, comparison to control and P(best), and the SRM check. Exposures whose outcome window has not closed are not counted.',
      args: { phase: t.arg.int({ description: 'The phase (default: the current one).' }) },
      resolve: (e, args, ctx) => experimentResults(ctx, e.id, args.phase),
    }),
    srm: t.field({
      type: SrmType,
      description: 'The sample-ratio-mismatch check of a phase alone (cheaper than `results`).',
      args: { phase: t.arg.int({ description: 'The phase (default: the current one).' }) },
      resolve: (e, args, ctx) => experimentSrm(ctx, e.id, args.phase),
    }),
    startedAt: t.expose('started_at', { type: 'DateTime', nullable: true, description: 'When the current phase started; null while never started.' }),
    stoppedAt: t.expose('stopped_at', { type: 'DateTime', nullable: true, description: 'When it was last stopped; null while running or never started.' }),
    stopReason: t.exposeString('stop_reason', { nullable: true, description: 'Why it was last stopped.' }),
    createdBy: t.exposeString('created_by', { description: 'Who created it (the actor, as audit events name it).' }),
    createdAt: t.expose('created_at', { type: 'DateTime', description: 'When it was created.' }),
    updatedAt: t.expose('updated_at', { type: 'DateTime', description: 'When it was last changed.' }),
  }),
});
const ExperimentConnection = connectionOf(ExperimentRef, 'Experiment', { totalCount: true });

// ------------------------------------------------------------------ results

const IntervalType = builder.objectRef<Interval>('ExperimentInterval').implement({
  description: 'An estimate with its two-sided 95% interval.',
  fields: (t) => ({
    estimate: t.exposeFloat('estimate', { description: 'The point estimate.' }),
    lower: t.exposeFloat('lower', { description: 'The interval\'s lower end.' }),
    upper: t.exposeFloat('upper', { description: 'The interval\'s upper end.' }),
  }),
});

const ComparisonType = builder.objectRef<Comparison>('ExperimentComparison').implement({
  description: 'An arm against control on the goal metric.',
  fields: (t) => ({
    difference: t.field({ type: IntervalType, description: 'Arm − control, with a two-proportion z (rates) or Welch t (means) interval.', resolve: (c) => c.difference }),
    relative: t.field({ type: IntervalType, nullable: true, description: '(Arm − control) / control, with a delta-method interval; null when the control\'s mean is 0.', resolve: (c) => c.relative }),
    pValue: t.exposeFloat('pValue', { description: 'The two-sided p-value of "no difference".' }),
  }),
});

const ArmResultType = builder.objectRef<ArmResult & { currency: string | null }>('ExperimentArmResult').implement({
  description: 'One arm\'s results in a phase. Only measured exposures (outcome window closed) count in rates, means and tests.',
  fields: (t) => ({
    arm: t.field({ type: ExperimentArmRef, description: 'The arm.', resolve: (r) => r.arm }),
    exposed: t.int({ description: 'Players exposed in the phase, measured or not.', resolve: (r) => r.outcomes.exposed }),
    measured: t.int({ description: 'Exposures whose outcome window has closed and whose outcome is counted.', resolve: (r) => r.outcomes.measured }),
    claims: t.int({ description: 'Measured exposures whose player claimed the arm\'s offer in the window.', resolve: (r) => r.outcomes.claims }),
    conversions: t.int({ description: 'Measured exposures whose claimed bonus completed in the window.', resolve: (r) => r.outcomes.conversions }),
    rgSignals: t.int({ description: 'Measured exposures with a responsible-gambling signal in the window.', resolve: (r) => r.outcomes.rgSignals }),
    claimRate: t.float({ nullable: true, description: 'claims / measured; null while nothing is measured.', resolve: (r) => r.claimRate }),
    conversionRate: t.float({ nullable: true, description: 'conversions / measured; null while nothing is measured.', resolve: (r) => r.conversionRate }),
    revenuePerPlayer: t.float({
      nullable: true,
      description: 'Mean net revenue per measured player, in minor units of the experiment\'s currency; null without a currency or while nothing is measured.',
      resolve: (r) => r.revenuePerPlayer,
    }),
    revenue: t.field({
      type: MoneyType,
      nullable: true,
      description: 'Net revenue of the measured players, summed; null without a currency.',
      resolve: (r) => (r.currency ? money(r.outcomes.revenueSum, r.currency) : null),
    }),
    metric: t.field({ type: IntervalType, nullable: true, description: 'The goal metric with its 95% interval (Wilson for rates, t for means); null with too little data.', resolve: (r) => r.metric }),
    vsControl: t.field({ type: ComparisonType, nullable: true, description: 'The comparison to control on the goal metric; null for the control, or with too little data.', resolve: (r) => r.comparison }),
    probabilityBest: t.float({
      nullable: true,
      description: 'P(best): the share of 10,000 posterior draws (seeded by experiment and phase) in which this arm has the highest goal metric; null until every arm has data.',
      resolve: (r) => r.probabilityBest,
    }),
  }),
});

const SrmArmType = builder.objectRef<{ armKey: string; observed: number; expected: number }>('ExperimentSrmArm').implement({
  description: 'One arm\'s exposures, seen and expected from the periods\' weights.',
  fields: (t) => ({
    armKey: t.exposeString('armKey', { description: 'The arm\'s key.' }),
    observed: t.exposeInt('observed', { description: 'Exposures it got.' }),
    expected: t.exposeFloat('expected', { description: 'Σ over periods of (the period\'s exposures × the arm\'s weight in it).' }),
  }),
});

const SrmPeriodType = builder.objectRef<SrmStatus['periods'][number]>('ExperimentSrmPeriod').implement({
  description: 'One period\'s weights and the exposures each arm got in it.',
  fields: (t) => ({
    period: t.exposeInt('period', { description: 'Its number in the phase.' }),
    startsAt: t.expose('startsAt', { type: 'DateTime', description: 'When its weights took effect.' }),
    weights: t.field({ type: [ArmWeightType], description: 'The weights of the period.', resolve: (p) => weightsList(p.weights) }),
    exposures: t.field({
      type: [ArmWeightType],
      description: 'Exposures per arm in the period (`weight` holds the count).',
      resolve: (p) => weightsList(p.counts),
    }),
  }),
});

const SrmType = builder.objectRef<SrmStatus>('ExperimentSrm').implement({
  description: 'The sample-ratio-mismatch check: are the arms\' exposures what the weights of each period promise? Pearson χ² across periods, flagged at p < threshold.',
  fields: (t) => ({
    checked: t.boolean({ description: 'False while nothing is exposed (or fewer than two arms could be): the numbers below are then null.', resolve: (s) => s.result !== null }),
    chiSquare: t.float({ nullable: true, description: 'Pearson χ² = Σ (observed − expected)² / expected over arms with expected > 0.', resolve: (s) => s.result?.chiSquare ?? null }),
    degreesOfFreedom: t.int({ nullable: true, description: 'Arms with expected > 0, minus 1.', resolve: (s) => s.result?.degreesOfFreedom ?? null }),
    pValue: t.float({ nullable: true, description: 'P(χ² ≥ observed) under the weights.', resolve: (s) => s.result?.pValue ?? null }),
    mismatch: t.boolean({ description: 'True when pValue < threshold: the assignment is broken and the results are not to be trusted.', resolve: (s) => s.result?.mismatch ?? false }),
    threshold: t.exposeFloat('threshold', { description: 'The p-value below which a mismatch is flagged (0.001).' }),
    arms: t.field({
      type: [SrmArmType],
      description: 'Observed and expected exposures per arm.',
      resolve: (s) => (s.result ? Object.keys(s.result.observed).map((armKey) => ({ armKey, observed: s.result!.observed[armKey] ?? 0, expected: s.result!.expected[armKey] ?? 0 })) : []),
    }),
    periods: t.field({ type: [SrmPeriodType], description: 'The periods of the phase with their weights and exposures.', resolve: (s) => s.periods }),
  }),
});

const ResultsType = builder.objectRef<ExperimentResults>('ExperimentResults').implement({
  description: 'An experiment\'s results in one phase. Delayed reward: an exposure counts in rates, means, tests and P(best) only once its outcome window has closed and the experiment-outcomes job measured it.',
  fields: (t) => ({
    phase: t.exposeInt('phase', { description: 'The phase.' }),
    goal: t.field({ type: ExperimentGoalEnum, description: 'The goal metric.', resolve: (r) => r.experiment.goal }),
    metricKind: t.field({ type: MetricKindEnum, description: 'How the goal metric is modelled.', resolve: (r) => r.kind }),
    arms: t.field({ type: [ArmResultType], description: 'Per arm, in order.', resolve: (r) => r.arms.map((a) => ({ ...a, currency: r.experiment.currency?.trim() ?? null })) }),
    srm: t.field({ type: SrmType, description: 'The sample-ratio-mismatch check of the phase.', resolve: (r) => r.srm }),
  }),
});

// ------------------------------------------------------------------ off-policy evaluation

const PolicyEstimateType = builder.objectRef<PolicyEstimate>('OfferPolicyEstimate').implement({
  description: 'A proposed policy\'s value estimated by inverse propensity from the measured exposures.',
  fields: (t) => ({
    n: t.exposeInt('n', { description: 'Measured exposures used.' }),
    value: t.exposeFloat('value', { description: 'IPS: mean of reward × target(arm) / propensity.' }),
    variance: t.exposeFloat('variance', { description: 'The variance of `value`: the sample variance of the terms / n.' }),
    standardError: t.exposeFloat('standardError', { description: 'The square root of `variance`.' }),
    lower: t.exposeFloat('lower', { description: 'Lower end of the 95% normal interval.' }),
    upper: t.exposeFloat('upper', { description: 'Upper end of the 95% normal interval.' }),
    selfNormalized: t.exposeFloat('selfNormalized', { description: 'Self-normalised IPS: Σ w·r / Σ w.' }),
    effectiveSampleSize: t.exposeFloat('effectiveSampleSize', { description: '(Σ w)² / Σ w²: how many exposures the estimate is worth.' }),
  }),
});

const LoggedValueType = builder.objectRef<LoggedValue>('OfferPolicyLoggedValue').implement({
  description: 'What the policy that ran (the logging policy) earned: the mean reward of the measured exposures.',
  fields: (t) => ({
    n: t.exposeInt('n', { description: 'Measured exposures.' }),
    value: t.exposeFloat('value', { description: 'Their mean reward.' }),
    standardError: t.exposeFloat('standardError', { description: 'Its standard error.' }),
    lower: t.exposeFloat('lower', { description: 'Lower end of the 95% normal interval.' }),
    upper: t.exposeFloat('upper', { description: 'Upper end of the 95% normal interval.' }),
  }),
});

const PolicyEvaluationType = builder.objectRef<PolicyEvaluation>('OfferPolicyEvaluation').implement({
  description: 'A proposed split of traffic over an experiment\'s arms, evaluated off-policy. Reward: claim or conversion 0/1, revenue in minor units.',
  fields: (t) => ({
    experiment: t.field({ type: ExperimentRef, description: 'The experiment whose exposures were used.', resolve: (e) => e.experiment }),
    phase: t.exposeInt('phase', { description: 'The phase whose measured exposures were used.' }),
    weights: t.field({ type: [ArmWeightType], description: 'The proposed policy (arms left out at 0).', resolve: (e) => weightsList(e.target) }),
    estimate: t.field({ type: PolicyEstimateType, nullable: true, description: 'Its estimated value; null while nothing is measured.', resolve: (e) => e.estimate }),
    logging: t.field({ type: LoggedValueType, nullable: true, description: 'The value of the policy that ran, beside it; null while nothing is measured.', resolve: (e) => e.logging }),
  }),
});

const ArmWeightInput = builder.inputType('ExperimentArmWeightInput', {
  description: 'An arm\'s share in a proposed policy.',
  fields: (t) => ({
    armKey: t.string({ required: true, description: 'The arm\'s key.' }),
    weight: t.float({ required: true, description: 'Its share, 0 to 1; the shares sum to 1.' }),
  }),
});

// ------------------------------------------------------------------ operations

const experimentIdOf = (id: string | number, path: string[] = ['input', 'experimentId']) => localIdOf(String(id), 'Experiment', path);

builder.queryFields((t) => ({
  experiments: t.connection(
    {
      type: ExperimentRef,
      description: 'The tenant\'s experiments in creation order, filtered. Staff with offers:read. One experiment: `node(id)`.',
      authScopes: { permission: 'offers:read' },
      args: {
        status: t.arg({ type: ExperimentStatusEnum, description: 'Only experiments in this status.' }),
        placement: t.arg.string({ description: 'Only experiments on this placement.' }),
      },
      resolve: (_root, args, ctx) => experiments.listExperiments(ctx, args),
    },
    ExperimentConnection,
  ),
  evaluateOfferPolicy: t.field({
    type: PolicyEvaluationType,
    description: 'Off-policy evaluation: what a proposed split of traffic over an experiment\'s arms would have earned, by inverse propensity over the measured exposures of a phase, beside what the policy that ran earned. Staff with offers:read.',
    authScopes: { permission: 'offers:read' },
    args: {
      experimentId: t.arg.id({ required: true, description: 'The Experiment ID.' }),
      weights: t.arg({ type: [ArmWeightInput], required: true, description: 'The proposed policy: known arms, each at most once, shares summing to 1 (arms left out get 0).' }),
      phase: t.arg.int({ description: 'The phase (default: the current one).' }),
    },
    resolve: (_root, args, ctx) => evaluateOfferPolicy(ctx, experimentIdOf(args.experimentId, ['experimentId']), { weights: args.weights, phase: args.phase }),
  }),
}));

const ArmInput = builder.inputType('ExperimentArmInput', {
  description: 'One arm of an experiment.',
  fields: (t) => ({
    key: t.string({ required: true, description: 'Its key: 1-32 lowercase letters, digits, dashes or underscores; unique in the experiment.' }),
    name: t.string({ required: true, description: 'Its name for staff (1-120 characters).' }),
    offerId: t.id({ description: 'The Offer ID it shows (an unarchived offer listing the placement); absent: no offer (control or holdout).' }),
    isControl: t.boolean({ description: 'Whether it is the control (exactly one arm is).' }),
    weight: t.float({ description: 'Its share of traffic: required on every arm of an A/B test (summing to 1); a bandit starts equal unless every arm has one (each at least armFloor).' }),
  }),
});


const CreateExperimentInput = builder.inputType('CreateExperimentInput', {
  description: 'A new experiment (DRAFT).',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Its name for staff (1-120 characters).' }),
    placement: t.string({ required: true, description: 'The placement it runs on.' }),
    kind: t.field({ type: ExperimentKindEnum, required: true, description: 'A fixed split or a bandit.' }),
    goal: t.field({ type: ExperimentGoalEnum, required: true, description: 'What it optimises.' }),
    arms: t.field({ type: [ArmInput], required: true, description: '2 to 10 arms, exactly one of them the control.' }),
  description: t.string({ description: 'What it tests (at most 2000 characters).' }),
  currency: t.field({ type: 'Currency', description: 'The currency revenue is counted in: required for REVENUE; optional otherwise (revenue is then measured too).' }),
  outcomeWindowHours: t.int({ description: 'Hours after exposure its outcome is measured, 1-2160 (default 168, a week).' }),
  minExposuresPerArm: t.int({ description: 'Bandit: measured exposures every arm needs before re-weighting (default 100).' }),
  reweightMinutes: t.int({ description: 'Bandit: re-weighting cadence in minutes, 1-15 (default 15).' }),
  armFloor: t.float({ description: 'Bandit: the least weight per arm, 0-0.2 (default 0.01).' }),
  winnerThreshold: t.float({ description: 'Bandit: the P(best) that declares a winner, above 0.5 and below 1 (default 0.95).' }),
  }),
});
const UpdateExperimentInput = builder.inputType('UpdateExperimentInput', {
  description: 'Changes to a DRAFT experiment; fields left out stay as they are.',
  fields: (t) => ({
    experimentId: t.id({ required: true, description: 'The Experiment ID.' }),
    name: t.string({ description: 'Its name for staff (1-120 characters).' }),
    placement: t.string({ description: 'The placement it runs on.' }),
    kind: t.field({ type: ExperimentKindEnum, description: 'A fixed split or a bandit.' }),
    goal: t.field({ type: ExperimentGoalEnum, description: 'What it optimises.' }),
    arms: t.field({ type: [ArmInput], description: 'Its arms, replacing all of them: 2 to 10, exactly one the control.' }),
  description: t.string({ description: 'What it tests (at most 2000 characters).' }),
  currency: t.field({ type: 'Currency', description: 'The currency revenue is counted in: required for REVENUE; optional otherwise (revenue is then measured too).' }),
  outcomeWindowHours: t.int({ description: 'Hours after exposure its outcome is measured, 1-2160 (default 168, a week).' }),
  minExposuresPerArm: t.int({ description: 'Bandit: measured exposures every arm needs before re-weighting (default 100).' }),
  reweightMinutes: t.int({ description: 'Bandit: re-weighting cadence in minutes, 1-15 (default 15).' }),
  armFloor: t.float({ description: 'Bandit: the least weight per arm, 0-0.2 (default 0.01).' }),
  winnerThreshold: t.float({ description: 'Bandit: the P(best) that declares a winner, above 0.5 and below 1 (default 0.95).' }),
  }),
});
const StartExperimentInput = builder.inputType('StartExperimentInput', {
  description: 'The experiment to start.',
  fields: (t) => ({ experimentId: t.id({ required: true, description: 'The Experiment ID.' }) }),
});
const StopExperimentInput = builder.inputType('StopExperimentInput', {
  description: 'The experiment to stop, and why.',
  fields: (t) => ({
    experimentId: t.id({ required: true, description: 'The Experiment ID.' }),
    reason: t.string({ required: true, description: 'Why (3-500 characters), kept on the experiment.' }),
  }),
});

const payload = (name: string, description: string) =>
  builder.objectRef<{ experiment: ExperimentRow }>(name).implement({
    description,
    fields: (t) => ({ experiment: t.field({ type: ExperimentRef, description: 'The experiment as it is now.', resolve: (p) => p.experiment }) }),
  });
const CreateExperimentPayload = payload('CreateExperimentPayload', 'The experiment created.');
const UpdateExperimentPayload = payload('UpdateExperimentPayload', 'The experiment changed.');
const StartExperimentPayload = payload('StartExperimentPayload', 'The experiment started (a new phase).');
const StopExperimentPayload = payload('StopExperimentPayload', 'The experiment stopped.');

type ArmArg = { key: string; name: string; offerId?: string | number | null; isControl?: boolean | null; weight?: number | null };
const armsOf = (arms: readonly ArmArg[] | null | undefined) =>
  arms?.map((arm, i) => ({
    key: arm.key,
    name: arm.name,
    offerId: optionalLocalIdOf(arm.offerId == null ? null : String(arm.offerId), 'Offer', ['input', 'arms', String(i), 'offerId']) ?? null,
    isControl: arm.isControl ?? false,
    weight: arm.weight ?? null,
  }));

builder.mutationFields((t) => ({
  createExperiment: t.field({
    type: CreateExperimentPayload,
    description: 'Creates an experiment (DRAFT) on a placement after checking its arms (offers of the tenant, unarchived, listing the placement; one control; weights); audited.',
    authScopes: { permission: 'offers:manage' },
    errors: { types: [ValidationError, InvalidIdError] },
    args: { input: t.arg({ type: CreateExperimentInput, required: true, description: 'The experiment.' }) },
    resolve: async (_root, { input }, ctx) => ({ experiment: await experiments.createExperiment(ctx, { ...input, arms: armsOf(input.arms)! }) }),
  }),
  updateExperiment: t.field({
    type: UpdateExperimentPayload,
    description: 'Changes a DRAFT experiment, checked as on creation; audited.',
    authScopes: { permission: 'offers:manage' },
    errors: { types: [ValidationError, InvalidIdError, NotFoundError, ExperimentNotDraftError] },
    args: { input: t.arg({ type: UpdateExperimentInput, required: true, description: 'The experiment and its changes.' }) },
    resolve: async (_root, { input }, ctx) => {
      const { experimentId, arms, ...rest } = input;
      const id = experimentIdOf(experimentId);
      const changes = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
      return { experiment: await experiments.updateExperiment(ctx, id, { ...changes, ...(arms ? { arms: armsOf(arms) } : {}) }) };
    },
  }),
  startExperiment: t.field({
    type: StartExperimentPayload,
    description: 'Starts a DRAFT or STOPPED experiment: a new phase whose period 0 has the arms\' starting weights; at most one experiment runs per placement. Audited; an experiment.started event.',
    authScopes: { permission: 'offers:manage' },
    errors: { types: [InvalidIdError, NotFoundError, ExperimentAlreadyRunningError, ExperimentPlacementBusyError, ExperimentArmOfferUnavailableError] },
    args: { input: t.arg({ type: StartExperimentInput, required: true, description: 'The experiment.' }) },
    resolve: async (_root, { input }, ctx) => ({ experiment: await experiments.startExperiment(ctx, experimentIdOf(input.experimentId)) }),
  }),
  stopExperiment: t.field({
    type: StopExperimentPayload,
    description: 'Stops a running experiment with a reason: it assigns nobody; its open period ends; measured outcomes stay. Audited; an experiment.stopped event.',
    authScopes: { permission: 'offers:manage' },
    errors: { types: [ValidationError, InvalidIdError, NotFoundError, ExperimentNotRunningError] },
    args: { input: t.arg({ type: StopExperimentInput, required: true, description: 'The experiment and why.' }) },
    resolve: async (_root, { input }, ctx) => ({ experiment: await experiments.stopExperiment(ctx, experimentIdOf(input.experimentId), { reason: input.reason }) }),
  }),
}));

builder.objectField(OfferDecisionRef, 'experiment', (t) =>
  t.field({
    type: ExperimentRef,
    nullable: true,
    description: 'The experiment or bandit whose arm chose this answer; null under the fixed policy or suppression. Staff with offers:read.',
    resolve: (d, _args, ctx) => (d.experiment_id ? loadExperiment(ctx, d.experiment_id) : null),
  }),
);
