import { builder } from '../../src/builder.js';
import type { Context } from '../../src/context.js';
import { holds } from '../../src/auth/principal.js';
import { InvalidIdError, NotFoundError, ValidationError } from '../../src/errors.js';
import { errorType, TENANT_ERRORS } from '../../src/graphql/errors.js';
import { connectionOf } from '../../src/graphql/connections.js';
import { globalIdOf, localIdOf, optionalLocalIdOf } from '../../src/graphql/ids.js';
import { loadById } from '../../src/graphql/loaders.js';
import { loadPlayer, PlayerType } from '../identity/index.js';
import { AccountFrozenError, IdempotencyConflictError } from '../wallet/index.js';
import { BonusBudgetExceededError, BonusNotEligibleError, BonusTemplateArchivedError, type GrantRow } from '../bonus/index.js';
// The bonus engine's GraphQL types and readers an offer refers to (its index exports the service API only).
import { BonusGrantType, BonusTemplateRef, grantsByIds, templatesByIds, type BonusTemplateRow } from '../bonus/index.js';
import * as offers from './offers.service.js';
import * as decisions from './offers.decisions.js';
import * as claims from './offers.claims.js';
import {
  NOT_AVAILABLE_REASONS,
  OfferArchivedError,
  OfferClaimLimitReachedError,
  OfferNameTakenError,
  OfferNotAvailableError,
  OfferNotShownError,
  type NotAvailableReason,
} from './offers.errors.js';
import { INELIGIBLE_REASONS, SUPPRESSION_REASONS, type Eligibility, type Frequency, type IneligibleReason, type SuppressionReason } from './offers.terms.js';

// ---------------------------------------------------------------- who may see what

/** Staff who read offers (offers:read or offers:manage): experiments and decision details are theirs. */
export function readsOffers(ctx: Context): boolean {
  return holds(ctx.principal, 'offers:read') || holds(ctx.principal, 'offers:manage');
}

function isPlayer(ctx: Context, playerId: string): boolean {
  return ctx.principal?.kind === 'player' && ctx.principal.playerId === playerId;
}

const offersBatch = (ctx: Context, ids: readonly string[]) => offers.offersByIds(ctx, ids);
const templatesBatch = async (ctx: Context, ids: readonly string[]) => new Map((await templatesByIds(ctx, ids)).map((t) => [t.id, t]));
const decisionsBatch = (ctx: Context, ids: readonly string[]) => decisions.decisionsByIds(ctx, ids);
const grantsBatch = (ctx: Context, ids: readonly string[]) => grantsByIds(ctx, ids);

const loadOffer = (ctx: Context, id: string | null) => loadById(ctx, 'offer', offersBatch, id);
const loadReward = (ctx: Context, id: string) => loadById<BonusTemplateRow>(ctx, 'offerReward', templatesBatch, id);

// ---------------------------------------------------------------- enums

const OfferStatusEnum = builder.enumType('OfferStatus', {
  description: 'Where an offer stands.',
  values: {
    ACTIVE: { value: 'ACTIVE' as const, description: 'Shown on its placements (within its schedule) to eligible players, and claimable.' },
    PAUSED: { value: 'PAUSED' as const, description: 'Neither shown nor claimable until resumed.' },
    ARCHIVED: { value: 'ARCHIVED' as const, description: 'Retired for good: neither shown, claimed nor changed.' },
  } satisfies Record<offers.OfferStatus, unknown>,
});

const POLICY_TEXTS: Record<decisions.DecisionPolicy, string> = {
  FIXED: 'The fixed ranking: eligible offers by priority (highest first), then creation; probability 1.',
  EXPERIMENT: 'An A/B/n experiment\'s arm (sticky by hashing); the probability is the arm\'s traffic weight.',
  BANDIT: 'A bandit\'s arm; the probability is the arm\'s weight in the period that assigned it.',
  SUPPRESSED: 'Nothing shown: the player is blocked, self-excluded, timed out or flagged for responsible gambling.',
};
const PolicyEnum = builder.enumType('OfferDecisionPolicy', {
  description: 'What chose the offers of a decision.',
  values: Object.fromEntries(Object.entries(POLICY_TEXTS).map(([k, d]) => [k, { value: k, description: d }])) as Record<decisions.DecisionPolicy, { value: decisions.DecisionPolicy; description: string }>,
});

const INELIGIBLE_TEXTS: Record<IneligibleReason, string> = {
  CURRENCY: 'The offer is not made in the currency asked for (its eligibility lists others).',
  REWARD_CURRENCY: 'The reward template has no terms in the currency asked for.',
  REWARD_INACTIVE: 'The reward template is archived (or gone).',
  COUNTRY: 'The player\'s country is not one the offer is for.',
  TAGS: 'The player carries none of the tags the offer is for.',
  EXCLUDED_TAG: 'The player carries a tag the offer excludes.',
  TOO_FEW_DEPOSITS: 'The player has fewer confirmed deposits than minDeposits.',
  TOO_MANY_DEPOSITS: 'The player has more confirmed deposits than maxDeposits.',
  DEPOSITED_TOO_RECENTLY: 'Fewer than minDaysSinceLastDeposit days since the last deposit (or never deposited).',
  NO_RECENT_DEPOSIT: 'More than maxDaysSinceLastDeposit days since the last deposit (or never deposited).',
  IMPRESSION_CAP: 'Shown to the player as often as its impression cap allows in the window.',
  CLAIM_CAP: 'Claimed by the player as often as it allows.',
  SUPPRESSED: 'The player is shown no offers (see the decision\'s suppressedReason).',
};
const IneligibleReasonEnum = builder.enumType('OfferIneligibleReason', {
  description: 'Why an offer was not eligible for the player of a decision.',
  values: Object.fromEntries(INELIGIBLE_REASONS.map((r) => [r, { value: r, description: INELIGIBLE_TEXTS[r] }])) as Record<IneligibleReason, { value: IneligibleReason; description: string }>,
});

const SUPPRESSION_TEXTS: Record<SuppressionReason, string> = {
  BLOCKED: 'The player\'s account is blocked.',
  SELF_EXCLUDED: 'The player is self-excluded.',
  TIME_OUT: 'The player is taking a time-out.',
  RG_FLAGGED: 'Staff flagged the player for responsible-gambling concerns.',
};
const SuppressionReasonEnum = builder.enumType('OfferSuppressionReason', {
  description: 'Why a player is shown no offers at all.',
  values: Object.fromEntries(SUPPRESSION_REASONS.map((r) => [r, { value: r, description: SUPPRESSION_TEXTS[r] }])) as Record<SuppressionReason, { value: SuppressionReason; description: string }>,
});

const NOT_AVAILABLE_TEXTS: Record<NotAvailableReason, string> = {
  PAUSED: 'The offer is paused.',
  NOT_STARTED: 'The offer\'s schedule has not started.',
  ENDED: 'The offer\'s schedule has ended.',
  ...SUPPRESSION_TEXTS,
  CURRENCY: INELIGIBLE_TEXTS.CURRENCY,
  REWARD_CURRENCY: INELIGIBLE_TEXTS.REWARD_CURRENCY,
  REWARD_INACTIVE: INELIGIBLE_TEXTS.REWARD_INACTIVE,
  COUNTRY: INELIGIBLE_TEXTS.COUNTRY,
  TAGS: INELIGIBLE_TEXTS.TAGS,
  EXCLUDED_TAG: INELIGIBLE_TEXTS.EXCLUDED_TAG,
  TOO_FEW_DEPOSITS: INELIGIBLE_TEXTS.TOO_FEW_DEPOSITS,
  TOO_MANY_DEPOSITS: INELIGIBLE_TEXTS.TOO_MANY_DEPOSITS,
  DEPOSITED_TOO_RECENTLY: INELIGIBLE_TEXTS.DEPOSITED_TOO_RECENTLY,
  NO_RECENT_DEPOSIT: INELIGIBLE_TEXTS.NO_RECENT_DEPOSIT,
};
const NotAvailableReasonEnum = builder.enumType('OfferNotAvailableReason', {
  description: 'Why an offer cannot be claimed now.',
  values: Object.fromEntries(NOT_AVAILABLE_REASONS.map((r) => [r, { value: r, description: NOT_AVAILABLE_TEXTS[r] }])) as Record<NotAvailableReason, { value: NotAvailableReason; description: string }>,
});

const RewardKindEnum = builder.enumType('OfferRewardKind', {
  description: 'What an offer\'s reward is (its bonus template\'s kind).',
  values: {
    DEPOSIT_MATCH: { value: 'DEPOSIT_MATCH' as const, description: 'A percentage of a deposit, up to a cap: claim it with the deposit.' },
    NO_DEPOSIT: { value: 'NO_DEPOSIT' as const, description: 'A fixed bonus, no deposit needed.' },
    FREE_BETS: { value: 'FREE_BETS' as const, description: 'Free bets on given games.' },
    CASHBACK: { value: 'CASHBACK' as const, description: 'A percentage of a period\'s net losses.' },
  },
});

// ---------------------------------------------------------------- errors

errorType(
  OfferNotAvailableError,
  'OfferNotAvailableError',
  { code: 'OFFER_NOT_AVAILABLE', description: 'The offer cannot be claimed now (`reason` says why); nothing was granted or recorded.' },
  (t) => ({ reason: t.field({ type: NotAvailableReasonEnum, description: 'Why not.', resolve: (e: OfferNotAvailableError) => e.reason }) }),
);
errorType(
  OfferClaimLimitReachedError,
  'OfferClaimLimitReachedError',
  { code: 'OFFER_CLAIM_LIMIT_REACHED', description: 'The player has claimed the offer as often as it allows (`limit`); nothing was granted.' },
  (t) => ({ limit: t.exposeInt('limit', { description: 'The claims per player the offer allows.' }) }),
);
errorType(OfferNotShownError, 'OfferNotShownError', {
  code: 'OFFER_NOT_SHOWN',
  description: 'offersFor did not show this offer to the player in the last 24 hours: only offers shown can be claimed. Nothing was granted.',
});
errorType(OfferArchivedError, 'OfferArchivedError', { code: 'OFFER_ARCHIVED', description: 'The offer is archived: final, it can be neither changed nor claimed. Nothing was written.' });
errorType(OfferNameTakenError, 'OfferNameTakenError', {
  code: 'OFFER_NAME_TAKEN',
  description: 'Another offer of the tenant that is not archived has this name (case-insensitive); nothing was written.',
});

// ---------------------------------------------------------------- the offer (staff)

const ImpressionCapType = builder.objectRef<NonNullable<Frequency['impressions']>>('OfferImpressionCap').implement({
  description: 'At most `max` showings of the offer to one player per `windowHours`.',
  fields: (t) => ({
    max: t.exposeInt('max', { description: 'Showings allowed in the window.' }),
    windowHours: t.exposeInt('windowHours', { description: 'The sliding window, in hours.' }),
  }),
});
const FrequencyType = builder.objectRef<Frequency>('OfferFrequency').implement({
  description: 'How often one player may see and claim the offer.',
  fields: (t) => ({
    impressions: t.field({ type: ImpressionCapType, nullable: true, description: 'The impression cap; null: none.', resolve: (f) => f.impressions ?? null }),
    maxClaims: t.exposeInt('maxClaims', { description: 'Claims per player in all (default 1).' }),
  }),
});
const EligibilityType = builder.objectRef<Eligibility>('OfferEligibility').implement({
  description: 'Who may see and claim the offer; an empty list or a null bound is no condition. (VIP tiers: the tag `vip:<tier key>` VIP keeps on each player.)',
  fields: (t) => ({
    currencies: t.field({ type: ['Currency'], description: 'The currencies it is made in (the reward must offer each); empty: every currency its reward offers.', resolve: (e) => e.currencies }),
    countries: t.exposeStringList('countries', { description: 'ISO 3166-1 alpha-2 countries of the player.' }),
    tags: t.exposeStringList('tags', { description: 'The player must carry at least one of these tags.' }),
    excludedTags: t.exposeStringList('excludedTags', { description: 'A player carrying any of these is not eligible.' }),
    minDeposits: t.int({ nullable: true, description: 'At least this many confirmed deposits.', resolve: (e) => e.minDeposits ?? null }),
    maxDeposits: t.int({ nullable: true, description: 'At most this many confirmed deposits (0: players who never deposited).', resolve: (e) => e.maxDeposits ?? null }),
    minDaysSinceLastDeposit: t.int({ nullable: true, description: 'At least this many whole days since the last deposit (a player who never deposited is not eligible).', resolve: (e) => e.minDaysSinceLastDeposit ?? null }),
    maxDaysSinceLastDeposit: t.int({ nullable: true, description: 'At most this many whole days since the last deposit (a player who never deposited is not eligible).', resolve: (e) => e.maxDaysSinceLastDeposit ?? null }),
  }),
});

export const OfferRef = builder.objectRef<offers.OfferRow>('Offer');
builder.node(OfferRef, {
  description: 'A promotion of the tenant shown on placements: its reward is a bonus template, granted through the bonus engine (whose promotion budgets apply). Staff with offers:read.',
  id: { resolve: (o) => o.id },
  loadMany: async (ids, ctx) => {
    if (!readsOffers(ctx)) return ids.map(() => null);
    const rows = await offers.offersByIds(ctx, ids);
    return ids.map((id) => rows.get(id) ?? null);
  },
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Its name, unique among the tenant\'s offers that are not archived.' }),
    description: t.exposeString('description', { nullable: true, description: 'What players are told about it.' }),
    status: t.field({ type: OfferStatusEnum, description: 'Where it stands.', resolve: (o) => o.status }),
    reward: t.field({
      type: BonusTemplateRef,
      nullable: true,
      description: 'The bonus template granted on a claim (null for staff without bonus:read).',
      resolve: (o, _args, ctx) => (holds(ctx.principal, 'bonus:read') ? loadReward(ctx, o.reward_template_id) : null),
    }),
    placements: t.exposeStringList('placements', { description: 'The placement keys it is shown on.' }),
    priority: t.exposeInt('priority', { description: 'Higher first in the fixed ranking.' }),
    startsAt: t.expose('starts_at', { type: 'DateTime', nullable: true, description: 'Shown from then; null: from creation.' }),
    endsAt: t.expose('ends_at', { type: 'DateTime', nullable: true, description: 'Shown until then; null: no end.' }),
    eligibility: t.field({ type: EligibilityType, description: 'Who may see and claim it.', resolve: (o) => o.eligibility }),
    frequency: t.field({ type: FrequencyType, description: 'The caps per player.', resolve: (o) => o.frequency }),
    version: t.exposeInt('version', { description: 'Starts at 1; each update adds 1.' }),
    createdBy: t.exposeString('created_by', { description: 'Who created it (the actor, as audit events name it).' }),
    createdAt: t.expose('created_at', { type: 'DateTime', description: 'When it was created.' }),
    updatedAt: t.expose('updated_at', { type: 'DateTime', description: 'When it was last changed.' }),
  }),
});
const OfferConnection = connectionOf(OfferRef, 'Offer', { totalCount: true });

// ---------------------------------------------------------------- the offer (player)

export const PlayerOfferRef = builder.objectRef<offers.OfferRow>('PlayerOffer');
builder.node(PlayerOfferRef, {
  description: 'An offer as a player sees it: what it is, without the staff-only rules. Claim it with its ID (claimOffer). Players see ACTIVE offers; staff with offers:read any.',
  id: { resolve: (o) => o.id },
  loadMany: async (ids, ctx) => {
    const rows = await offers.offersByIds(ctx, ids);
    return ids.map((id) => {
      const row = rows.get(id);
      return row && (readsOffers(ctx) || (ctx.principal?.kind === 'player' && row.status === 'ACTIVE')) ? row : null;
    });
  },
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Its name.' }),
    description: t.exposeString('description', { nullable: true, description: 'What it is.' }),
    rewardKind: t.field({
      type: RewardKindEnum,
      nullable: true,
      description: 'What its reward is (null if the reward was removed).',
      resolve: async (o, _args, ctx) => (await loadReward(ctx, o.reward_template_id))?.kind ?? null,
    }),
    endsAt: t.expose('ends_at', { type: 'DateTime', nullable: true, description: 'When it ends; null: no end.' }),
  }),
});

// ---------------------------------------------------------------- decisions

const CandidateType = builder.objectRef<decisions.Candidate>('OfferCandidate').implement({
  description: 'An offer a decision considered, and whether it was eligible.',
  fields: (t) => ({
    offer: t.field({ type: OfferRef, nullable: true, description: 'The offer.', resolve: (c, _args, ctx) => loadOffer(ctx, c.offerId) }),
    eligible: t.exposeBoolean('eligible', { description: 'Whether the player was eligible for it (eligible offers may still go unshown under an experiment).' }),
    reason: t.field({ type: IneligibleReasonEnum, nullable: true, description: 'Why it was not eligible; null when eligible.', resolve: (c) => c.reason ?? null }),
  }),
});

export const OfferDecisionRef = builder.objectRef<decisions.DecisionRow>('OfferDecision');
builder.node(OfferDecisionRef, {
  description:
    'One answer of offersFor, recorded: who, where, the candidates, what was shown, the policy and the probability with which it chose. Staff with offers:read; the player it was made for sees it without the policy details (candidates, probability, arm: null).',
  id: { resolve: (d) => d.id },
  loadMany: async (ids, ctx) => {
    const rows = await decisions.decisionsByIds(ctx, ids);
    return ids.map((id) => {
      const row = rows.get(id);
      return row && (readsOffers(ctx) || isPlayer(ctx, row.player_id)) ? row : null;
    });
  },
  fields: (t) => ({
    player: t.field({
      type: PlayerType,
      description: 'The player it was made for.',
      resolve: async (d, _args, ctx) => {
        const player = await loadPlayer(ctx, d.player_id);
        if (!player) throw new Error(`player ${d.player_id} of an offer decision not found`);
        return player;
      },
    }),
    placement: t.exposeString('placement', { description: 'The placement asked for.' }),
    currency: t.field({ type: 'Currency', nullable: true, description: 'The currency asked for.', resolve: (d) => d.currency }),
    policy: t.field({ type: PolicyEnum, description: 'What chose.', resolve: (d) => d.policy }),
    candidates: t.field({
      type: [CandidateType],
      nullable: true,
      description: 'Every live offer of the placement considered, in fixed rank order, with its eligibility. Staff with offers:read (null for the player).',
      resolve: (d, _args, ctx) => (readsOffers(ctx) ? d.candidates : null),
    }),
    shown: t.field({
      type: [PlayerOfferRef],
      description: 'The offers answered, in rank order.',
      resolve: async (d, _args, ctx) => (await Promise.all(d.shown.map((id) => loadOffer(ctx, id)))).filter((o) => o !== null),
    }),
    chosenOffer: t.field({ type: PlayerOfferRef, nullable: true, description: 'The first offer shown; null when none.', resolve: (d, _args, ctx) => loadOffer(ctx, d.chosen_offer_id) }),
    probability: t.float({
      nullable: true,
      description: 'The probability with which the policy chose this answer (FIXED and SUPPRESSED: 1): the logging propensity off-policy evaluation divides by. Staff with offers:read.',
      resolve: (d, _args, ctx) => (readsOffers(ctx) ? d.probability : null),
    }),
    phase: t.int({ nullable: true, description: 'The experiment\'s phase; null without an experiment. Staff with offers:read.', resolve: (d, _args, ctx) => (readsOffers(ctx) ? d.phase : null) }),
    armKey: t.string({ nullable: true, description: 'The experiment arm the player is in; null without an experiment. Staff with offers:read.', resolve: (d, _args, ctx) => (readsOffers(ctx) ? d.arm_key : null) }),
    suppressedReason: t.field({
      type: SuppressionReasonEnum,
      nullable: true,
      description: 'Why nothing was shown (SUPPRESSED); null otherwise. Staff with offers:read.',
      resolve: (d, _args, ctx) => (readsOffers(ctx) ? d.suppressed_reason : null),
    }),
    createdAt: t.expose('created_at', { type: 'DateTime', description: 'When it was made.' }),
  }),
});
const OfferDecisionConnection = connectionOf(OfferDecisionRef, 'OfferDecision', { totalCount: true });

const OffersForType = builder.objectRef<decisions.OffersAnswer>('OffersForAnswer').implement({
  description: 'What a placement shows the player, and the decision record of it.',
  fields: (t) => ({
    decision: t.field({ type: OfferDecisionRef, description: 'The decision record of this answer (its policy details are for staff).', resolve: (a) => a.decision }),
    offers: t.field({ type: [PlayerOfferRef], description: 'The offers shown, in rank order (empty when none).', resolve: (a) => a.offers }),
  }),
});


// ---------------------------------------------------------------- claims

export const OfferClaimRef = builder.objectRef<claims.ClaimRow>('OfferClaim');
builder.node(OfferClaimRef, {
  description: 'An offer a player claimed, and the bonus grant it made. The player, and staff with offers:read.',
  id: { resolve: (c) => c.id },
  loadMany: async (ids, ctx) => {
    const rows = await claims.claimsByIds(ctx, ids);
    return ids.map((id) => {
      const row = rows.get(id);
      return row && (readsOffers(ctx) || isPlayer(ctx, row.player_id)) ? row : null;
    });
  },
  fields: (t) => ({
    offer: t.field({
      type: PlayerOfferRef,
      description: 'The offer claimed, as players see it.',
      resolve: async (c, _args, ctx) => {
        const offer = await loadOffer(ctx, c.offer_id);
        if (!offer) throw new Error(`offer ${c.offer_id} of a claim not found`);
        return offer;
      },
    }),
    grant: t.field({
      type: BonusGrantType,
      description: 'The bonus grant the claim made.',
      resolve: async (c, _args, ctx) => {
        const grant = await loadById<GrantRow>(ctx, 'offerClaimGrant', grantsBatch, c.grant_id);
        if (!grant) throw new Error(`grant ${c.grant_id} of a claim not found`);
        return grant;
      },
    }),
    currency: t.field({ type: 'Currency', description: 'The currency it was claimed in.', resolve: (c) => c.currency }),
    decision: t.field({
      type: OfferDecisionRef,
      nullable: true,
      description: 'The decision that showed the offer before the claim.',
      resolve: (c, _args, ctx) => loadById(ctx, 'offerDecision', decisionsBatch, c.decision_id),
    }),
    claimedAt: t.expose('created_at', { type: 'DateTime', description: 'When it was claimed.' }),
  }),
});
const OfferClaimConnection = connectionOf(OfferClaimRef, 'OfferClaim', { totalCount: true });

// ---------------------------------------------------------------- queries

builder.objectFields(PlayerType, (t) => ({
  offerDecisions: t.connection(
    {
      type: OfferDecisionRef,
      description: 'The offer decisions made for the player, newest first. Staff with offers:read.',
      authScopes: { permission: 'offers:read' },
      resolve: (player, args, ctx) => decisions.listDecisions(ctx, { ...args, playerId: player.id }),
    },
    OfferDecisionConnection,
  ),
}));

builder.queryFields((t) => ({
  offers: t.connection(
    {
      type: OfferRef,
      description: 'The tenant\'s offers in creation order, filtered. Staff with offers:read.',
      authScopes: { permission: 'offers:read' },
      args: {
        status: t.arg({ type: OfferStatusEnum, description: 'Only offers of this status.' }),
        placement: t.arg.string({ description: 'Only offers shown on this placement.' }),
      },
      resolve: (_root, args, ctx) => offers.listOffers(ctx, args),
    },
    OfferConnection,
  ),
  offerDecisions: t.connection(
    {
      type: OfferDecisionRef,
      description: 'The tenant\'s offer decisions, newest first, filtered. Staff with offers:read.',
      authScopes: { permission: 'offers:read' },
      args: {
        playerId: t.arg.id({ description: 'Only this player\'s decisions (Player ID).' }),
        placement: t.arg.string({ description: 'Only decisions on this placement.' }),
        offerId: t.arg.id({ description: 'Only decisions that considered this offer (Offer ID).' }),
        policy: t.arg({ type: PolicyEnum, description: 'Only decisions of this policy.' }),
        experimentId: t.arg.id({ description: 'Only decisions of this experiment (Experiment ID).' }),
      },
      resolve: (_root, args, ctx) =>
        decisions.listDecisions(ctx, {
          ...args,
          playerId: optionalLocalIdOf(args.playerId == null ? null : String(args.playerId), 'Player', ['playerId']) ?? null,
          offerId: optionalLocalIdOf(args.offerId == null ? null : String(args.offerId), 'Offer', ['offerId']) ?? null,
          experimentId: optionalLocalIdOf(args.experimentId == null ? null : String(args.experimentId), 'Experiment', ['experimentId']) ?? null,
        }),
    },
    OfferDecisionConnection,
  ),
  offersFor: t.field({
    type: OffersForType,
    description:
      'The offers a placement shows the signed-in player now, ranked, and the record of the decision (every call is recorded). Nothing for blocked, self-excluded, timed-out or RG-flagged players. Players only.',
    authScopes: { player: true },
    args: {
      placement: t.arg.string({ required: true, description: 'The placement key, e.g. "lobby-banner".' }),
      currency: t.arg({ type: 'Currency', required: true, description: 'The currency the player plays in: offers whose reward is not offered in it are not shown.' }),
    },
    resolve: (_root, args, ctx) => decisions.offersFor(ctx, args),
  }),
  myOffers: t.connection(
    {
      type: OfferClaimRef,
      description: 'The offers the signed-in player claimed, newest first, with the grant each made.',
      authScopes: { player: true },
      resolve: (_root, args, ctx) => claims.myOffers(ctx, args),
    },
    OfferClaimConnection,
  ),
}));

// ---------------------------------------------------------------- inputs

const ImpressionCapInput = builder.inputType('OfferImpressionCapInput', {
  description: 'An impression cap.',
  fields: (t) => ({
    max: t.int({ required: true, description: 'Showings allowed per window, 1 to 10000.' }),
    windowHours: t.int({ required: true, description: 'The window in hours, 1 to 8784.' }),
  }),
});
const FrequencyInput = builder.inputType('OfferFrequencyInput', {
  description: 'The caps per player, whole.',
  fields: (t) => ({
    impressions: t.field({ type: ImpressionCapInput, description: 'The impression cap; absent: none.' }),
    maxClaims: t.int({ description: 'Claims per player in all, 1 to 10000; default 1.' }),
  }),
});
const EligibilityInput = builder.inputType('OfferEligibilityInput', {
  description: 'Who may see and claim the offer, whole; absent lists and bounds are no condition.',
  fields: (t) => ({
    currencies: t.field({ type: ['Currency'], description: 'Currencies of the tenant it is made in.' }),
    countries: t.stringList({ description: 'ISO 3166-1 alpha-2 countries.' }),
    tags: t.stringList({ description: 'The player must carry one of these tags.' }),
    excludedTags: t.stringList({ description: 'A player with any of these tags is not eligible.' }),
    minDeposits: t.int({ description: 'At least this many confirmed deposits.' }),
    maxDeposits: t.int({ description: 'At most this many confirmed deposits.' }),
    minDaysSinceLastDeposit: t.int({ description: 'At least this many whole days since the last deposit.' }),
    maxDaysSinceLastDeposit: t.int({ description: 'At most this many whole days since the last deposit.' }),
  }),
});
const CreateOfferInput = builder.inputType('CreateOfferInput', {
  description: 'A new offer.',
  fields: (t) => ({
    name: t.string({ required: true, description: '1 to 120 characters; unique among offers not archived.' }),
    description: t.string({ description: 'What players are told, up to 2000 characters.' }),
    rewardTemplateId: t.id({ required: true, description: 'The BonusTemplate ID of the reward (ACTIVE).' }),
    placements: t.stringList({ required: true, description: '1 to 20 placement keys (^[a-z0-9][a-z0-9-]{0,47}$).' }),
    priority: t.int({ description: 'Higher first in the fixed ranking; default 0.' }),
    startsAt: t.field({ type: 'DateTime', description: 'Shown from then; absent: at once.' }),
    endsAt: t.field({ type: 'DateTime', description: 'Shown until then; absent: no end.' }),
    eligibility: t.field({ type: EligibilityInput, description: 'Who may see and claim it; absent: everyone.' }),
    frequency: t.field({ type: FrequencyInput, description: 'Caps per player; absent: one claim, no impression cap.' }),
  }),
});
const UpdateOfferInput = builder.inputType('UpdateOfferInput', {
  description: 'Changes to an offer: absent fields stay; null clears description, startsAt and endsAt.',
  fields: (t) => ({
    offerId: t.id({ required: true, description: 'The Offer ID.' }),
    name: t.string({ description: 'A new name.' }),
    description: t.string({ description: 'A new description (null clears it).' }),
    rewardTemplateId: t.id({ description: 'A new reward (BonusTemplate ID, ACTIVE).' }),
    placements: t.stringList({ description: 'New placements, whole.' }),
    priority: t.int({ description: 'A new priority.' }),
    startsAt: t.field({ type: 'DateTime', description: 'A new start (null: at once).' }),
    endsAt: t.field({ type: 'DateTime', description: 'A new end (null: no end).' }),
    eligibility: t.field({ type: EligibilityInput, description: 'New eligibility, whole.' }),
    frequency: t.field({ type: FrequencyInput, description: 'New caps, whole.' }),
  }),
});
const SetOfferStatusInput = builder.inputType('SetOfferStatusInput', {
  description: 'An offer to pause, resume or archive.',
  fields: (t) => ({
    offerId: t.id({ required: true, description: 'The Offer ID.' }),
    status: t.field({ type: OfferStatusEnum, required: true, description: 'The new status (ARCHIVED is final).' }),
  }),
});
const ClaimOfferInput = builder.inputType('ClaimOfferInput', {
  description: 'An offer the signed-in player claims.',
  fields: (t) => ({
    offerId: t.id({ required: true, description: 'The PlayerOffer ID (from offersFor), or the Offer ID.' }),
    currency: t.field({ type: 'Currency', required: true, description: 'The currency to receive the reward in.' }),
    idempotencyKey: t.string({ required: true, description: 'Unique per player (8-128 printable characters): a replay answers the same claim.' }),
    depositTransactionId: t.id({ description: 'DEPOSIT_MATCH rewards: the LedgerTransaction ID of the deposit to match (a Payment\'s `ledgerTransaction`).' }),
    deviceFingerprint: t.string({ description: 'The device\'s fingerprint (default: the X-Device-Fingerprint header), an abuse signal.' }),
  }),
});

type Bound = number | null | undefined;
type EligibilityArg = {
  currencies?: string[] | null; countries?: string[] | null; tags?: string[] | null; excludedTags?: string[] | null;
  minDeposits?: Bound; maxDeposits?: Bound; minDaysSinceLastDeposit?: Bound; maxDaysSinceLastDeposit?: Bound;
};
type FrequencyArg = { impressions?: { max: number; windowHours: number } | null; maxClaims?: number | null };

/** GraphQL's nulls as absences, for zod's defaults. */
function present<T extends object>(value: T | null | undefined): { [K in keyof T]?: Exclude<T[K], null> } | undefined {
  if (value == null) return undefined;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v != null)) as { [K in keyof T]?: Exclude<T[K], null> };
}
const eligibilityOf = (e: EligibilityArg | null | undefined) => present(e);
const frequencyOf = (f: FrequencyArg | null | undefined) => present(f);

// ---------------------------------------------------------------- payloads

const offerPayload = (name: string, what: string) =>
  builder.objectRef<{ offer: offers.OfferRow }>(name).implement({
    description: what,
    fields: (t) => ({ offer: t.field({ type: OfferRef, description: 'The offer as it is now.', resolve: (p) => p.offer }) }),
  });
const CreateOfferPayload = offerPayload('CreateOfferPayload', 'The offer created.');
const UpdateOfferPayload = offerPayload('UpdateOfferPayload', 'The offer changed (or unchanged, when nothing differed).');
const SetOfferStatusPayload = offerPayload('SetOfferStatusPayload', 'The offer with its new status.');
const ClaimOfferPayload = builder.objectRef<claims.ClaimOutcome>('ClaimOfferPayload').implement({
  description: 'The claim and the grant it made.',
  fields: (t) => ({
    claim: t.field({ type: OfferClaimRef, description: 'The claim.', resolve: (p) => p.claim }),
    grant: t.field({ type: BonusGrantType, description: 'The bonus granted (PENDING_REVIEW when held for RISK review).', resolve: (p) => p.grant }),
    replay: t.exposeBoolean('replay', { description: 'True when the idempotency key had claimed already: this is the original claim, nothing new happened.' }),
  }),
});

const templateIdOf = (id: string | number) => localIdOf(String(id), 'BonusTemplate', ['input', 'rewardTemplateId']);
const offerIdOf = (id: string | number) => localIdOf(String(id), 'Offer', ['input', 'offerId']);
const claimedOfferIdOf = (id: string | number) => localIdOf(String(id), ['PlayerOffer', 'Offer'], ['input', 'offerId']);

builder.mutationFields((t) => ({
  createOffer: t.field({
    type: CreateOfferPayload,
    description: 'Creates an offer (ACTIVE, version 1) after checking its fields and that its reward template exists and is ACTIVE; audited.',
    authScopes: { permission: 'offers:manage' },
    errors: { types: [ValidationError, InvalidIdError, NotFoundError, BonusTemplateArchivedError, OfferNameTakenError, ...TENANT_ERRORS] },
    args: { input: t.arg({ type: CreateOfferInput, required: true, description: 'The offer.' }) },
    resolve: async (_root, { input }, ctx) => ({
      offer: await offers.createOffer(ctx, {
        ...input,
        rewardTemplateId: templateIdOf(input.rewardTemplateId),
        priority: input.priority ?? undefined,
        eligibility: eligibilityOf(input.eligibility),
        frequency: frequencyOf(input.frequency),
      }),
    }),
  }),
  updateOffer: t.field({
    type: UpdateOfferPayload,
    description: 'Changes an offer (checked as on creation); bumps its version; audited. An archived offer cannot change.',
    authScopes: { permission: 'offers:manage' },
    errors: { types: [ValidationError, InvalidIdError, NotFoundError, BonusTemplateArchivedError, OfferNameTakenError, OfferArchivedError, ...TENANT_ERRORS] },
    args: { input: t.arg({ type: UpdateOfferInput, required: true, description: 'The offer and its changes.' }) },
    resolve: async (_root, { input }, ctx) => {
      const { offerId, ...changes } = input;
      return {
        offer: await offers.updateOffer(ctx, offerIdOf(offerId), {
          ...changes,
          name: changes.name ?? undefined,
          rewardTemplateId: changes.rewardTemplateId == null ? undefined : templateIdOf(changes.rewardTemplateId),
          placements: changes.placements ?? undefined,
          priority: changes.priority ?? undefined,
          eligibility: eligibilityOf(changes.eligibility),
          frequency: frequencyOf(changes.frequency),
        }),
      };
    },
  }),
  setOfferStatus: t.field({
    type: SetOfferStatusPayload,
    description: 'Pauses (PAUSED), resumes (ACTIVE) or archives (ARCHIVED, final) an offer; audited. Setting its status again changes nothing.',
    authScopes: { permission: 'offers:manage' },
    errors: { types: [InvalidIdError, NotFoundError, OfferArchivedError, OfferNameTakenError, ...TENANT_ERRORS] },
    args: { input: t.arg({ type: SetOfferStatusInput, required: true, description: 'The offer and its new status.' }) },
    resolve: async (_root, { input }, ctx) => ({ offer: await offers.setOfferStatus(ctx, offerIdOf(input.offerId), input.status) }),
  }),
  claimOffer: t.field({
    type: ClaimOfferPayload,
    description:
      'The signed-in player claims an offer shown to them in the last 24 hours: its reward is granted through the bonus engine (eligibility, budgets, responsible gambling) and the claim recorded, in one transaction; a refusal leaves nothing.',
    authScopes: { player: true },
    errors: {
      types: [
        InvalidIdError, ValidationError, NotFoundError, OfferNotAvailableError, OfferClaimLimitReachedError, OfferNotShownError, OfferArchivedError,
        BonusNotEligibleError, BonusBudgetExceededError, IdempotencyConflictError, AccountFrozenError,
      ],
    },
    args: { input: t.arg({ type: ClaimOfferInput, required: true, description: 'The claim.' }) },
    resolve: async (_root, { input }, ctx) =>
      claims.claimOffer(ctx, {
        ...input,
        offerId: claimedOfferIdOf(input.offerId),
        depositTransactionId: optionalLocalIdOf(input.depositTransactionId == null ? null : String(input.depositTransactionId), 'LedgerTransaction', ['input', 'depositTransactionId']) ?? null,
      }),
  }),
}));
