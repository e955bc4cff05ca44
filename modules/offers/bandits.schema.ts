import { builder } from '../../src/builder.js';
import type { Context } from '../../src/context.js';
import { InvalidIdError, NotFoundError } from '../../src/errors.js';
import { errorType } from '../../src/graphql/errors.js';
import { localIdOf } from '../../src/graphql/ids.js';
import * as bandits from './bandits.js';
import { ExperimentRef, PeriodReasonEnum } from './experiments.schema.js';
import { ExperimentNotRunningBanditError } from './bandits.errors.js';

errorType(ExperimentNotRunningBanditError, 'ExperimentNotRunningBanditError', {
  code: 'EXPERIMENT_NOT_RUNNING_BANDIT',
  description: 'Only a RUNNING experiment of kind BANDIT is re-weighted; an A/B test keeps its split, a draft or stopped experiment assigns nobody. Nothing changed.',
});

export const BanditStopReason = builder.enumType('BanditStopReason', {
  description: 'Why a guardrail stopped a bandit arm (docs/offers.md, "The bandit optimizer", guardrails).',
  values: {
    GUARDRAIL_RG_SIGNAL_RATE: { description: 'Its responsible-gambling signal rate was higher than the control\'s (one-sided test at 95%).' },
    GUARDRAIL_NET_REVENUE: { description: 'Its net revenue per player was lower than the control\'s (one-sided test at 95%).' },
  } as const,
});

const ReweightOutcomeEnum = builder.enumType('BanditReweightOutcome', {
  description: 'What a re-weighting did.',
  values: {
    REWEIGHTED: { description: 'New weights (or a stopped arm): a new period began.' },
    UNCHANGED: { description: 'The weights came out the same and no arm stopped: nothing recorded.' },
    INSUFFICIENT_DATA: { description: 'Some live arm has fewer measured exposures than the minimum: the weights stay, nothing recorded.' },
    NOT_DUE: { description: 'Not due yet (re-weighted by another run).' },
  } as const,
});

type WeightEntry = { armKey: string; weight: number; pBest: number | null };
const weightList = (weights: Record<string, number>, pBest: Record<string, number>): WeightEntry[] =>
  Object.entries(weights).map(([armKey, weight]) => ({ armKey, weight, pBest: pBest[armKey] ?? null }));

const BanditWeight = builder.objectRef<WeightEntry>('BanditArmWeight').implement({
  description: 'An arm\'s weight in one period of a bandit, and its P(best) at the re-weighting that set it.',
  fields: (t) => ({
    armKey: t.exposeString('armKey', { description: 'The arm\'s key.' }),
    weight: t.exposeFloat('weight', { description: 'The share of new players assigned to it (0 to 1; the weights of a period sum to 1).' }),
    pBest: t.exposeFloat('pBest', { nullable: true, description: 'P(best) at this re-weighting; null in a period without enough data (START, or a guardrail stop before the minimum).' }),
  }),
});

const BanditArm = builder.objectRef<bandits.BanditArmView>('BanditArmState').implement({
  description: 'One arm of a bandit now.',
  fields: (t) => ({
    armKey: t.exposeString('key', { description: 'The arm\'s key.' }),
    isControl: t.exposeBoolean('isControl', { description: 'The control arm (guardrails compare the others with it).' }),
    stopped: t.boolean({ description: 'A guardrail stopped it: weight 0; its players are shown the control\'s treatment.', resolve: (a) => a.status === 'STOPPED' }),
    weight: t.exposeFloat('weight', { description: 'The share of new players assigned to it now.' }),
    pBest: t.exposeFloat('pBest', { nullable: true, description: 'P(best) at the latest re-weighting with enough data; null before the first.' }),
    exposed: t.exposeInt('exposed', { description: 'Players exposed to it in the current phase.' }),
    measured: t.exposeInt('measured', { description: 'Exposures whose outcome window has closed (what the bandit learns from).' }),
    stoppedReason: t.field({
      type: BanditStopReason,
      nullable: true,
      description: 'Why a guardrail stopped it; null while active.',
      resolve: (a) => (a.stoppedReason === 'GUARDRAIL_RG_SIGNAL_RATE' || a.stoppedReason === 'GUARDRAIL_NET_REVENUE' ? a.stoppedReason : null),
    }),
    stoppedAt: t.expose('stoppedAt', { type: 'DateTime', nullable: true, description: 'When it was stopped; null while active.' }),
  }),
});

const BanditPeriod = builder.objectRef<bandits.BanditPeriodView>('BanditPeriod').implement({
  description: 'A period of a bandit\'s phase: the weights new players were assigned by from startsAt to endsAt.',
  fields: (t) => ({
    period: t.exposeInt('period', { description: 'Its number in the phase (0: the start).' }),
    startsAt: t.expose('startsAt', { type: 'DateTime', description: 'When it began.' }),
    endsAt: t.expose('endsAt', { type: 'DateTime', nullable: true, description: 'When the next period replaced it; null for the period in force.' }),
    reason: t.field({ type: PeriodReasonEnum, description: 'Why it began.', resolve: (p) => p.reason }),
    weights: t.field({ type: [BanditWeight], description: 'Each arm\'s weight (stopped arms 0) and P(best).', resolve: (p) => weightList(p.weights, p.pBest) }),
  }),
});

const HISTORY_MAX = 100;

export const BanditState = builder.objectRef<bandits.BanditView>('BanditState').implement({
  description: 'A bandit experiment\'s optimizer state (docs/offers.md, "The bandit optimizer"): current weights and P(best) per arm, guardrail stops, the winner, and the history of its weights.',
  fields: (t) => ({
    phase: t.exposeInt('phase', { description: 'The phase (each start of the experiment opens one) the state is of.' }),
    arms: t.field({ type: [BanditArm], description: 'Every arm, in position order, with its weight now.', resolve: (s) => s.arms }),
    enoughData: t.exposeBoolean('enoughData', { description: 'Every live arm has minExposuresPerArm measured exposures: re-weighting moves the weights (before that they stay).' }),
    minExposuresPerArm: t.exposeInt('minExposuresPerArm', { description: 'Measured exposures each live arm needs before the weights move and before a guardrail can stop it.' }),
    lastReweightAt: t.expose('lastReweightAt', { type: 'DateTime', nullable: true, description: 'When the latest period opened by a re-weighting began; null before the first.' }),
    nextReweightAt: t.expose('nextReweightAt', { type: 'DateTime', nullable: true, description: 'When the next re-weighting is due; null unless RUNNING.' }),
    winnerArmKey: t.exposeString('winnerArmKey', { nullable: true, description: 'The arm declared the winner (the first with P(best) ≥ winnerThreshold); null until then. The bandit keeps serving: staff stop it and ship the winner.' }),
    winnerDeclaredAt: t.expose('winnerDeclaredAt', { type: 'DateTime', nullable: true, description: 'When the winner was declared.' }),
    stoppedArms: t.field({ type: [BanditArm], description: 'The arms a guardrail stopped, with their reasons.', resolve: (s) => s.arms.filter((a) => a.status === 'STOPPED') }),
    history: t.field({
      type: [BanditPeriod],
      description: `The phase's periods, newest first, at most \`first\` (1 to ${HISTORY_MAX}).`,
      args: { first: t.arg.int({ defaultValue: 20, description: `How many periods, newest first: 1 to ${HISTORY_MAX} (default 20).` }) },
      resolve: (s, { first }) => s.periods.slice(0, Math.min(Math.max(first ?? 20, 1), HISTORY_MAX)),
    }),
  }),
});

/** The state behind `bandit` fields: the newest HISTORY_MAX periods are loaded, `history` cuts them. */
export function banditOf(ctx: Context, experimentId: string): Promise<bandits.BanditView | null> {
  return bandits.banditStateOf(ctx, experimentId, HISTORY_MAX);
}

interface ReweightPayload {
  result: bandits.ReweightResult;
  ctx: Context;
}

const ReweightExperimentNowInput = builder.inputType('ReweightExperimentNowInput', {
  description: 'A running bandit to re-weight now.',
  fields: (t) => ({
    experimentId: t.id({ required: true, description: 'The global ID of the Experiment.' }),
  }),
});

const ReweightExperimentNowPayload = builder.objectRef<ReweightPayload>('ReweightExperimentNowPayload').implement({
  description: 'The result of `reweightExperimentNow`.',
  fields: (t) => ({
    outcome: t.field({ type: ReweightOutcomeEnum, description: 'What the re-weighting did.', resolve: (p) => (p.result.outcome === 'NOT_RUNNING' ? 'NOT_DUE' : p.result.outcome) }),
    period: t.int({ description: 'The period in force after it.', resolve: (p) => p.result.period }),
    winnerDeclared: t.string({ nullable: true, description: 'The arm this re-weighting declared the winner; null when none.', resolve: (p) => p.result.winnerDeclared }),
    bandit: t.field({
      type: BanditState,
      description: 'The bandit\'s state after it.',
      resolve: async (p) => {
        const state = await banditOf(p.ctx, p.result.experimentId);
        if (!state) throw new Error(`bandit ${p.result.experimentId} vanished after re-weighting`);
        return state;
      },
    }),
  }),
});

builder.objectFields(ExperimentRef, (t) => ({
  bandit: t.field({
    type: BanditState,
    nullable: true,
    description: 'The bandit optimizer\'s state (docs/offers.md, "The bandit optimizer"): weights and P(best) per arm, guardrail stops, the winner, the history of the current phase; null for an A/B test.',
    resolve: (experiment, _args, ctx) => banditOf(ctx, experiment.id),
  }),
}));

builder.mutationFields((t) => ({
  reweightExperimentNow: t.field({
    type: ReweightExperimentNowPayload,
    description: 'Re-weights a running bandit now instead of at its next due time (offers:manage): guardrails, weights, winner, as the job does. Audited.',
    authScopes: { permission: 'offers:manage' },
    errors: { types: [InvalidIdError, NotFoundError, ExperimentNotRunningBanditError] },
    args: { input: t.arg({ type: ReweightExperimentNowInput, required: true, description: 'The experiment.' }) },
    resolve: async (_root, { input }, ctx) => ({
      result: await bandits.reweightExperimentNow(ctx, localIdOf(String(input.experimentId), 'Experiment', ['input', 'experimentId'])),
      ctx,
    }),
  }),
}));
