// VIP settings, tiers and status in GraphQL (docs/vip.md). Thin: parse, authorize, call.
import { builder } from '../../src/builder.js';
import { requireTenant, type Context } from '../../src/context.js';
import { holds } from '../../src/auth/principal.js';
import { InvalidIdError, NotFoundError, ValidationError, type FieldIssue } from '../../src/errors.js';
import { errorType, TENANT_ERRORS } from '../../src/graphql/errors.js';
import { connectionOf } from '../../src/graphql/connections.js';
import { localIdOf, optionalLocalIdOf } from '../../src/graphql/ids.js';
import { loadById } from '../../src/graphql/loaders.js';
import { eventChannel, type PublishedEvent } from '../../src/events/outbox.js';
import { loadPlayer, loadStaffUser, PlayerType, StaffUserType } from '../identity/index.js';
import { BonusTemplateRef, templatesByIds, type BonusTemplateRow } from '../bonus/index.js';
import { GameCategory } from '../games/games.schema.js';
import { GAME_CATEGORIES, type GameCategory as GameCategoryName } from '../games/index.js';
import { CHECK_KINDS, DOWNGRADE_POLICIES, type CheckKind, type DowngradePolicy, type SettingsInput, type VipSettings } from './vip.settings.js';
import { SUPPRESSION_REASONS, type VipSuppressionReason } from './vip.suppression.js';
import { STATUS_CHANGE_KINDS, VIP_STATUS_CHANGED, type StatusChangeKind, type VipStatusChangedPayload } from './vip.events.js';
import { formatPoints, parsePoints } from './vip.units.js';
import * as settingsService from './vip.settings.service.js';
import * as tiers from './vip.tiers.js';
import * as status from './vip.status.js';
import {
  VipManagerNotABenefitError,
  VipManagerNotStaffError,
  VipRewardTemplateUnknownError,
  VipTierArchivedError,
  VipTierKeyTakenError,
  VipTierRankTakenError,
} from './vip.errors.js';

// ---------------------------------------------------------------- who may see what

const readsVip = (ctx: Context) => holds(ctx.principal, 'vip:read') || holds(ctx.principal, 'vip:manage');
const isPlayer = (ctx: Context, playerId: string) => ctx.principal?.kind === 'player' && ctx.principal.playerId === playerId;
const isTenantPrincipal = (ctx: Context) => ctx.principal?.kind === 'player' || ctx.principal?.kind === 'staff' || ctx.principal?.kind === 'platform';

const tiersBatch = (ctx: Context, ids: readonly string[]) => tiers.tiersByIds(ctx, ids);
const loadTier = (ctx: Context, id: string | null) => loadById(ctx, 'vipTier', tiersBatch, id);
/** A tier by id, loaded once per request (the checks' and rewards' references). */
export const loadVipTier = loadTier;
const templatesBatch = async (ctx: Context, ids: readonly string[]) => new Map((await templatesByIds(ctx, ids)).map((t) => [t.id, t]));
const loadTemplate = (ctx: Context, id: string | null) => (holds(ctx.principal, 'bonus:read') ? loadById<BonusTemplateRow>(ctx, 'vipRewardTemplate', templatesBatch, id) : null);

// ---------------------------------------------------------------- enums

const DOWNGRADE_TEXTS: Record<DowngradePolicy, string> = {
  ONE_TIER: 'A review that downgrades moves the player one tier down (to the next lower tier).',
  TO_EARNED: 'A review that downgrades moves the player straight to the tier their points in the window earn.',
};
const DowngradePolicyEnum = builder.enumType('VipDowngradePolicy', {
  description: 'How far a review downgrades a player whose points no longer reach their tier.',
  values: Object.fromEntries(DOWNGRADE_POLICIES.map((p) => [p, { value: p, description: DOWNGRADE_TEXTS[p] }])) as Record<DowngradePolicy, { value: DowngradePolicy; description: string }>,
});

const CHANGE_TEXTS: Record<StatusChangeKind, string> = {
  UPGRADE: 'The player\'s points in the window reached a higher tier: they moved up at once.',
  DOWNGRADE: 'A review found the player\'s points below their tier (after any grace): they moved down.',
  GRACE_STARTED: 'A review found the player\'s points below their tier: they keep it in a grace period.',
  GRACE_ENDED: 'The player\'s points reached their tier again during the grace period: the grace ended.',
  RETAINED: 'A review found the player\'s points still reach their tier: they keep it until the next review.',
  HELD_FOR_CHECKS: 'The player\'s points reach a high-value tier they may enter only after approved checks: they stay below it.',
  CHECKS_APPROVED: 'The checks of a high-value tier the player was held below are approved: they moved up into it.',
  STAFF: 'Staff set the player\'s tier.',
  CHECK_RECORDED: 'Staff recorded a high-value check of the player.',
  CHECK_DECIDED: 'Staff approved or rejected a high-value check of the player.',
};
const ChangeKindEnum = builder.enumType('VipStatusChangeKind', {
  description: 'What changed in a player\'s VIP standing.',
  values: Object.fromEntries(STATUS_CHANGE_KINDS.map((k) => [k, { value: k, description: CHANGE_TEXTS[k] }])) as Record<StatusChangeKind, { value: StatusChangeKind; description: string }>,
});

const REASON_TEXTS: Record<status.StatusReasonCode, string> = {
  EARNED: 'The player\'s points in the window reach their tier (the message gives the points and the threshold).',
  BELOW_FIRST_TIER: 'The player\'s points in the window do not reach the lowest tier yet.',
  RETAINED_UNTIL_REVIEW: 'The player\'s points reach a lower tier than theirs; they keep their tier until the review date.',
  IN_GRACE: 'A review found the player below their tier; they keep it until the grace period ends.',
  HELD_FOR_CHECKS: 'The player\'s points reach a high-value tier that needs approved checks first; they stay below it.',
  UNDER_MIN_AGE: 'The player is under the tenant\'s minimum VIP age (or their date of birth is unknown): not admitted above the lowest tier.',
  SUPPRESSED: 'VIP rewards wait (self-excluded, timed out, blocked, flagged or under age); points still accrue.',
  NO_PROGRAMME: 'The tenant has no VIP programme (or it is switched off).',
  NO_TIERS: 'The tenant\'s VIP programme has no tiers yet.',
};
const ReasonCodeEnum = builder.enumType('VipStatusReasonCode', {
  description: 'Why a player\'s VIP status is what it is: the code a frontend translates.',
  values: Object.fromEntries(status.STATUS_REASON_CODES.map((c) => [c, { value: c, description: REASON_TEXTS[c] }])) as Record<status.StatusReasonCode, { value: status.StatusReasonCode; description: string }>,
});

const SUPPRESSION_TEXTS: Record<VipSuppressionReason, string> = {
  SELF_EXCLUDED: 'The player is self-excluded.',
  TIMED_OUT: 'The player is taking a time-out.',
  BLOCKED: 'The player\'s account is blocked or closed.',
  RG_FLAGGED: 'Staff flagged the player for responsible-gambling concerns.',
  UNDER_MIN_AGE: 'The player is under the minimum VIP age, or their date of birth is unknown.',
};
export const VipSuppressionReasonEnum = builder.enumType('VipSuppressionReason', {
  description: 'Why a player gets no VIP rewards now (points still accrue; rewards wait).',
  values: Object.fromEntries(SUPPRESSION_REASONS.map((r) => [r, { value: r, description: SUPPRESSION_TEXTS[r] }])) as Record<VipSuppressionReason, { value: VipSuppressionReason; description: string }>,
});

const CHECK_TEXTS: Record<CheckKind, string> = {
  IDENTITY: 'Identity verified.',
  AFFORDABILITY: 'Affordability and source of funds.',
  SAFER_GAMBLING_REVIEW: 'A safer-gambling review of the player\'s play.',
};
export const VipCheckKindEnum = builder.enumType('VipCheckKind', {
  description: 'A kind of staff check a high-value tier needs (each approved and unexpired).',
  values: Object.fromEntries(CHECK_KINDS.map((k) => [k, { value: k, description: CHECK_TEXTS[k] }])) as Record<CheckKind, { value: CheckKind; description: string }>,
});

// ---------------------------------------------------------------- errors

errorType(VipTierKeyTakenError, 'VipTierKeyTakenError', { code: 'VIP_TIER_KEY_TAKEN', description: 'Another tier of the tenant (archived ones included) has this key; nothing was written.' }, (t) => ({
  key: t.exposeString('key', { description: 'The key asked for.' }),
}));
errorType(VipTierRankTakenError, 'VipTierRankTakenError', { code: 'VIP_TIER_RANK_TAKEN', description: 'Another tier of the tenant that is not archived has this rank; nothing was written.' });
errorType(VipRewardTemplateUnknownError, 'VipRewardTemplateUnknownError', { code: 'VIP_REWARD_TEMPLATE_UNKNOWN', description: 'The monthly reward names a bonus template the tenant does not have; nothing was written.' });
errorType(VipTierArchivedError, 'VipTierArchivedError', { code: 'VIP_TIER_ARCHIVED', description: 'The tier is archived: it can no longer change.' });
errorType(VipManagerNotABenefitError, 'VipManagerNotABenefitError', { code: 'VIP_MANAGER_NOT_A_BENEFIT', description: 'The player\'s tier does not have the personal-manager benefit (or the player has no tier); nothing was written.' });
errorType(VipManagerNotStaffError, 'VipManagerNotStaffError', { code: 'VIP_MANAGER_NOT_STAFF', description: 'The manager is not an active staff user of the tenant; nothing was written.' });

// ---------------------------------------------------------------- settings

const CurrencyRateType = builder.objectRef<{ currency: string; perPoint: bigint }>('VipCurrencyRate').implement({
  description: 'A rate in one currency: the minor units that make one point.',
  fields: (t) => ({
    currency: t.field({ type: 'Currency', description: 'The currency.', resolve: (r) => r.currency }),
    perPoint: t.field({ type: 'MinorUnits', description: 'Minor units per point.', resolve: (r) => r.perPoint.toString() }),
  }),
});
const GameWeightType = builder.objectRef<{ game: string; percent: number }>('VipGameWeight').implement({
  description: 'The weight of one game (by its code in the catalogue).',
  fields: (t) => ({
    game: t.exposeString('game', { description: 'The game\'s code (its external id in the catalogue).' }),
    percent: t.exposeInt('percent', { description: 'Percent of the stake that counts (0 to 1000).' }),
  }),
});
const CategoryWeightType = builder.objectRef<{ category: GameCategoryName; percent: number }>('VipCategoryWeight').implement({
  description: 'The weight of a category of games.',
  fields: (t) => ({
    category: t.field({ type: GameCategory, description: 'The category.', resolve: (w) => w.category }),
    percent: t.exposeInt('percent', { description: 'Percent of the stake that counts (0 to 1000).' }),
  }),
});
const GameWeightsType = builder.objectRef<VipSettings['gameWeights']>('VipGameWeights').implement({
  description: 'How much of a stake earns points: by game, else by category, else the default.',
  fields: (t) => ({
    games: t.field({ type: [GameWeightType], description: 'Weights per game.', resolve: (w) => Object.entries(w.games).map(([game, percent]) => ({ game, percent })) }),
    categories: t.field({
      type: [CategoryWeightType],
      description: 'Weights per category.',
      resolve: (w) => Object.entries(w.categories).map(([category, percent]) => ({ category: category as GameCategoryName, percent: percent! })),
    }),
    default: t.exposeInt('default', { description: 'The weight of every other game, in percent.' }),
  }),
});
const BonusRedemptionType = builder.objectRef<VipSettings['bonusRedemptions'][number]>('VipBonusRedemption').implement({
  description: 'A bonus players may redeem points for.',
  fields: (t) => ({
    template: t.field({
      type: BonusTemplateRef,
      nullable: true,
      description: 'The bonus template granted (null for staff without bonus:read).',
      resolve: (b, _args, ctx) => loadTemplate(ctx, b.templateId),
    }),
    points: t.string({ description: 'The points it costs, a decimal string ("500.00").', resolve: (b) => formatPoints(b.points) }),
  }),
});
const rates = (r: Record<string, bigint>) => Object.entries(r).map(([currency, perPoint]) => ({ currency, perPoint }));

const VipSettingsType = builder.objectRef<VipSettings>('VipSettings').implement({
  description: 'The tenant\'s VIP programme: how points are earned, the window and reviews of tiers, expiry, redemption and the minimum age.',
  fields: (t) => ({
    enabled: t.exposeBoolean('enabled', { description: 'Whether the programme runs (off: nothing accrues, nobody moves, vipStatus says NO_PROGRAMME).' }),
    earnRates: t.field({ type: [CurrencyRateType], description: 'Per currency: minor units of real-money stake that earn one point at weight 100% and rate 1x.', resolve: (s) => rates(s.earnRates) }),
    rakeRates: t.field({ type: [CurrencyRateType], description: 'Per currency: minor units of poker rake paid that earn one point at rate 1x.', resolve: (s) => rates(s.rakeRates) }),
    gameWeights: t.field({ type: GameWeightsType, description: 'The game weights.', resolve: (s) => s.gameWeights }),
    windowDays: t.exposeInt('windowDays', { description: 'Tier thresholds count the points earned in the last this many UTC days, today included.' }),
    reviewDays: t.exposeInt('reviewDays', { description: 'A tier is reviewed this many days after the player reached it (and after each review).' }),
    graceDays: t.exposeInt('graceDays', { description: 'A review that finds the player below their tier waits this many days before it downgrades (0: no grace).' }),
    downgradePolicy: t.field({ type: DowngradePolicyEnum, description: 'How far a downgrade goes.', resolve: (s) => s.downgradePolicy }),
    expiryDays: t.int({ nullable: true, description: 'Points expire this many days after the day they were earned; null: never.', resolve: (s) => s.expiryDays }),
    cashRedemption: t.field({ type: [CurrencyRateType], description: 'Per currency: minor units paid per point redeemed for cash.', resolve: (s) => rates(s.cashRedemption) }),
    bonusRedemptions: t.field({ type: [BonusRedemptionType], description: 'The bonuses points may be redeemed for.', resolve: (s) => s.bonusRedemptions }),
    minAge: t.int({ nullable: true, description: 'Players younger (or of unknown date of birth) stay at the lowest tier and get no VIP rewards; null: no minimum.', resolve: (s) => s.minAge }),
    checkValidityDays: t.exposeInt('checkValidityDays', { description: 'How long an approved high-value check stays valid, in days.' }),
    version: t.exposeInt('version', { description: 'Starts at 1; each change adds 1.' }),
  }),
});

// ---------------------------------------------------------------- tiers

const BenefitsType = builder.objectRef<tiers.TierRow>('VipTierBenefits').implement({
  description: 'What a tier gives.',
  fields: (t) => ({
    pointRate: t.int({ description: 'The point-rate multiplier in basis points (10000 = 1x, 15000 = 1.5x).', resolve: (r) => r.point_rate_bp }),
    monthlyRewardTemplate: t.field({
      type: BonusTemplateRef,
      nullable: true,
      description: 'The bonus granted each month to players of the tier (null: none, or staff without bonus:read and players).',
      resolve: (r, _args, ctx) => loadTemplate(ctx, r.monthly_reward_template_id),
    }),
    monthlyReward: t.boolean({ description: 'Whether the tier has a monthly reward.', resolve: (r) => r.monthly_reward_template_id !== null }),
    withdrawalPriority: t.exposeBoolean('withdrawal_priority', { description: 'Withdrawals of the tier\'s players go first in the staff queue.' }),
    personalManager: t.exposeBoolean('personal_manager', { description: 'Players of the tier may be given a personal manager (a staff user).' }),
    highValue: t.exposeBoolean('high_value', { description: 'A designated high-value tier: entry needs approved identity, affordability and safer-gambling checks.' }),
  }),
});

export const VipTierRef = builder.objectRef<tiers.TierRow>('VipTier');
builder.node(VipTierRef, {
  description: 'A rung of the tenant\'s VIP ladder: reached by points earned in the window. Every principal of the tenant sees the ladder; archived tiers are for staff with vip:read.',
  id: { resolve: (t) => t.id },
  loadMany: async (ids, ctx) => {
    const rows = isTenantPrincipal(ctx) ? await tiers.tiersByIds(ctx, ids) : new Map<string, tiers.TierRow>();
    return ids.map((id) => {
      const row = rows.get(id);
      return row && (row.archived_at === null || readsVip(ctx)) ? row : null;
    });
  },
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Its stable key (lowercase letters, digits, dashes), for frontends; it never changes.' }),
    name: t.exposeString('name', { description: 'Its name.' }),
    rank: t.exposeInt('rank', { description: 'Its place on the ladder: 0 is the entry tier, higher is better.' }),
    threshold: t.string({ description: 'The points earned in the window that reach it, a decimal string ("1000.00").', resolve: (r) => formatPoints(r.threshold) }),
    benefits: t.field({ type: BenefitsType, description: 'What it gives.', resolve: (r) => r }),
    archivedAt: t.expose('archived_at', { type: 'DateTime', nullable: true, description: 'When it was archived (it left the ladder); null while on it.' }),
    version: t.exposeInt('version', { description: 'Starts at 1; each change adds 1.' }),
    createdAt: t.expose('created_at', { type: 'DateTime', description: 'When it was created.' }),
    updatedAt: t.expose('updated_at', { type: 'DateTime', description: 'When it last changed.' }),
  }),
});

// ---------------------------------------------------------------- status

const ReasonType = builder.objectRef<status.StatusReason>('VipStatusReason').implement({
  description: 'One reason the player stands where they do.',
  fields: (t) => ({
    code: t.field({ type: ReasonCodeEnum, description: 'The reason, for frontends to translate.', resolve: (r) => r.code }),
    message: t.exposeString('message', { description: 'The reason in a plain English sentence, with the numbers.' }),
  }),
});

const ManagerType = builder.objectRef<{ managerId: string; playerView: boolean }>('VipManager').implement({
  description: 'The player\'s personal manager.',
  fields: (t) => ({
    name: t.string({
      description: 'The manager\'s name.',
      resolve: async (m, _args, ctx) => (await loadStaffUser(ctx, m.managerId))?.name ?? '',
    }),
    staffUser: t.field({
      type: StaffUserType,
      nullable: true,
      description: 'The manager as a staff user (staff only; null for the player).',
      resolve: (m, _args, ctx) => (m.playerView ? null : loadStaffUser(ctx, m.managerId)),
    }),
  }),
});

export const VipStatusChangeRef = builder.objectRef<status.StatusChangeRow>('VipStatusChange');
builder.node(VipStatusChangeRef, {
  description: 'One change of a player\'s VIP standing (upgrade, review, grace, hold). The player, and staff with vip:read.',
  id: { resolve: (c) => c.id },
  loadMany: async (ids, ctx) => {
    const rows = await status.statusChangesByIds(ctx, ids);
    return ids.map((id) => {
      const row = rows.get(id);
      return row && (readsVip(ctx) || isPlayer(ctx, row.player_id)) ? row : null;
    });
  },
  fields: (t) => ({
    kind: t.field({ type: ChangeKindEnum, description: 'What changed.', resolve: (c) => c.reason }),
    fromTier: t.field({ type: VipTierRef, nullable: true, description: 'The tier before (null: none).', resolve: (c, _args, ctx) => loadTier(ctx, c.from_tier_id) }),
    toTier: t.field({
      type: VipTierRef,
      nullable: true,
      description: 'The tier after (null: none); for HELD_FOR_CHECKS the tier the player is held below.',
      resolve: (c, _args, ctx) => loadTier(ctx, c.to_tier_id),
    }),
    points: t.string({ nullable: true, description: 'The points in the window that decided it, a decimal string.', resolve: (c) => (typeof c.detail.points === 'string' ? c.detail.points : null) }),
    missingChecks: t.field({
      type: [VipCheckKindEnum],
      description: 'HELD_FOR_CHECKS: the checks missing when the player was held; empty otherwise.',
      resolve: (c) => (Array.isArray(c.detail.missingChecks) ? (c.detail.missingChecks as CheckKind[]) : []),
    }),
    createdAt: t.expose('created_at', { type: 'DateTime', description: 'When it happened.' }),
  }),
});
const VipStatusChangeConnection = connectionOf(VipStatusChangeRef, 'VipStatusChange', { totalCount: true });

const VipStatusType = builder.objectRef<status.VipStatusView>('VipStatus').implement({
  description: 'A player\'s VIP standing, explained: the tier, the points that decide it, what comes next and why.',
  fields: (t) => ({
    tier: t.field({ type: VipTierRef, nullable: true, description: 'The player\'s tier (null: none yet).', resolve: (s) => s.tier }),
    tierSince: t.field({ type: 'DateTime', nullable: true, description: 'Since when they are in it.', resolve: (s) => s.tierSince }),
    earnedTier: t.field({ type: VipTierRef, nullable: true, description: 'The tier the points in the window earn now (capped at the lowest tier under the minimum age).', resolve: (s) => s.earnedTier }),
    pointsInWindow: t.string({ description: 'Points earned (net of rollbacks) in the window, a decimal string.', resolve: (s) => formatPoints(s.pointsInWindow) }),
    windowDays: t.int({ description: 'The window in UTC days, today included.', resolve: (s) => s.windowDays }),
    nextTier: t.field({ type: VipTierRef, nullable: true, description: 'The next tier up (the held tier when held); null at the top.', resolve: (s) => s.nextTier }),
    pointsToNextTier: t.string({
      nullable: true,
      description: 'Points still to earn in the window for the next tier ("0.00" when reached but held); null at the top.',
      resolve: (s) => (s.pointsToNextTier === null ? null : formatPoints(s.pointsToNextTier)),
    }),
    windowRollsAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the oldest points in the window leave it (its earliest day with points + windowDays, midnight UTC); null with none.',
      resolve: (s) => s.windowRollsAt,
    }),
    reviewAt: t.field({ type: 'DateTime', nullable: true, description: 'When the tier is next reviewed (null: no tier).', resolve: (s) => s.reviewAt }),
    graceUntil: t.field({ type: 'DateTime', nullable: true, description: 'The end of the grace period the player is in; null: none.', resolve: (s) => s.graceUntil }),
    heldTier: t.field({ type: VipTierRef, nullable: true, description: 'The high-value tier the points reach but the checks hold back; null: none.', resolve: (s) => s.heldTier }),
    missingChecks: t.field({ type: [VipCheckKindEnum], description: 'The checks the held tier still needs (approved and unexpired).', resolve: (s) => s.missingChecks }),
    suppressed: t.field({ type: VipSuppressionReasonEnum, nullable: true, description: 'Why VIP rewards wait now; null: they do not.', resolve: (s) => s.suppressed }),
    benefits: t.field({ type: BenefitsType, nullable: true, description: 'What the player\'s tier gives (null: no tier).', resolve: (s) => s.tier }),
    manager: t.field({
      type: ManagerType,
      nullable: true,
      description: 'The player\'s personal manager; null: none.',
      resolve: (s, _args, ctx) => (s.managerId ? { managerId: s.managerId, playerView: ctx.principal?.kind === 'player' } : null),
    }),
    reasons: t.field({ type: [ReasonType], description: 'Why the player stands where they do, each with a code and a sentence.', resolve: (s) => s.reasons }),
    history: t.connection(
      { type: VipStatusChangeRef, description: 'The player\'s VIP status changes, newest first.', resolve: (s, args, ctx) => status.statusHistory(ctx, s.playerId, args) },
      VipStatusChangeConnection,
    ),
  }),
});

// ---------------------------------------------------------------- queries

builder.objectFields(PlayerType, (t) => ({
  vipStatus: t.field({
    type: VipStatusType,
    description: 'The player\'s VIP status, explained. Staff with vip:read.',
    authScopes: { permission: 'vip:read' },
    resolve: (player, _args, ctx) => status.vipStatusOf(ctx, player.id),
  }),
}));

builder.queryFields((t) => ({
  vipSettings: t.field({
    type: VipSettingsType,
    nullable: true,
    description: 'The tenant\'s VIP settings; null: no programme yet (updateVipSettings sets one up). Staff with vip:read.',
    authScopes: { permission: 'vip:read' },
    resolve: (_root, _args, ctx) => settingsService.vipSettings(ctx),
  }),
  vipTiers: t.field({
    type: [VipTierRef],
    description: 'The tenant\'s VIP ladder by rank, lowest first: its players see it too. `archived` (staff with vip:read) adds archived tiers.',
    authScopes: { player: true, staff: true },
    args: { archived: t.arg.boolean({ description: 'Include archived tiers (staff with vip:read only).' }) },
    resolve: (_root, args, ctx) => tiers.listTiers(ctx, { archived: !!args.archived && readsVip(ctx) }),
  }),
  myVipStatus: t.field({
    type: VipStatusType,
    description: 'The signed-in player\'s VIP status, explained.',
    authScopes: { player: true },
    resolve: (_root, _args, ctx) => status.vipStatusOf(ctx, ctx.principal?.kind === 'player' ? ctx.principal.playerId : ''),
  }),
}));

// ---------------------------------------------------------------- inputs

const CurrencyRateInput = builder.inputType('VipCurrencyRateInput', {
  description: 'A rate in one currency.',
  fields: (t) => ({
    currency: t.field({ type: 'Currency', required: true, description: 'A currency of the tenant.' }),
    perPoint: t.field({ type: 'MinorUnits', required: true, description: 'Minor units per point, a positive whole number.' }),
  }),
});
const GameWeightInput = builder.inputType('VipGameWeightInput', {
  description: 'The weight of one game.',
  fields: (t) => ({
    game: t.string({ required: true, description: 'The game\'s code.' }),
    percent: t.int({ required: true, description: '0 to 1000.' }),
  }),
});
const CategoryWeightInput = builder.inputType('VipCategoryWeightInput', {
  description: 'The weight of a category of games.',
  fields: (t) => ({
    category: t.field({ type: GameCategory, required: true, description: 'The category.' }),
    percent: t.int({ required: true, description: '0 to 1000.' }),
  }),
});
const GameWeightsInput = builder.inputType('VipGameWeightsInput', {
  description: 'Game weights, whole.',
  fields: (t) => ({
    games: t.field({ type: [GameWeightInput], description: 'Per game.' }),
    categories: t.field({ type: [CategoryWeightInput], description: 'Per category.' }),
    default: t.int({ required: true, description: 'Every other game, 0 to 1000 percent.' }),
  }),
});
const BonusRedemptionInput = builder.inputType('VipBonusRedemptionInput', {
  description: 'A bonus points may be redeemed for.',
  fields: (t) => ({
    templateId: t.id({ required: true, description: 'The BonusTemplate ID.' }),
    points: t.string({ required: true, description: 'What it costs in points, a decimal string ("500" or "500.00").' }),
  }),
});
const UpdateVipSettingsInput = builder.inputType('UpdateVipSettingsInput', {
  description: 'Changes to the VIP settings: absent fields keep their value (the first change starts from the defaults).',
  fields: (t) => ({
    enabled: t.boolean({ description: 'Run the programme or not.' }),
    earnRates: t.field({ type: [CurrencyRateInput], description: 'Earn rates, whole.' }),
    rakeRates: t.field({ type: [CurrencyRateInput], description: 'Rake rates, whole.' }),
    gameWeights: t.field({ type: GameWeightsInput, description: 'Game weights, whole.' }),
    windowDays: t.int({ description: '1 to 730.' }),
    reviewDays: t.int({ description: '1 to 730.' }),
    graceDays: t.int({ description: '0 to 365.' }),
    downgradePolicy: t.field({ type: DowngradePolicyEnum, description: 'How far a downgrade goes.' }),
    expiryDays: t.int({ description: '1 to 3650; null: points never expire.' }),
    cashRedemption: t.field({ type: [CurrencyRateInput], description: 'Cash redemption rates, whole.' }),
    bonusRedemptions: t.field({ type: [BonusRedemptionInput], description: 'Bonus redemptions, whole (at most 50).' }),
    minAge: t.int({ description: '18 to 99; null: no minimum.' }),
    checkValidityDays: t.int({ description: '1 to 3650.' }),
  }),
});
const CreateVipTierInput = builder.inputType('CreateVipTierInput', {
  description: 'A new tier.',
  fields: (t) => ({
    key: t.string({ required: true, description: '1-40 lowercase letters, digits or dashes; unique, for good.' }),
    name: t.string({ required: true, description: '1 to 80 characters.' }),
    rank: t.int({ required: true, description: '0 (the entry tier) to 100; unique among tiers not archived.' }),
    threshold: t.string({ required: true, description: 'Points in the window that reach it, a decimal string ("1000" or "1000.00").' }),
    pointRate: t.int({ description: 'The point-rate multiplier in basis points, 0 to 1000000; default 10000 (1x).' }),
    monthlyRewardTemplateId: t.id({ description: 'The BonusTemplate ID of the monthly reward; absent: none.' }),
    withdrawalPriority: t.boolean({ description: 'Withdrawal priority; default false.' }),
    personalManager: t.boolean({ description: 'A personal manager may be assigned; default false.' }),
    highValue: t.boolean({ description: 'A designated high-value tier (entry needs approved checks); default false.' }),
  }),
});
const UpdateVipTierInput = builder.inputType('UpdateVipTierInput', {
  description: 'Changes to a tier: absent fields stay; the key never changes.',
  fields: (t) => ({
    tierId: t.id({ required: true, description: 'The VipTier ID.' }),
    name: t.string({ description: 'A new name.' }),
    rank: t.int({ description: 'A new rank.' }),
    threshold: t.string({ description: 'A new threshold (decimal string).' }),
    pointRate: t.int({ description: 'A new point rate (basis points).' }),
    monthlyRewardTemplateId: t.id({ description: 'A new monthly reward (BonusTemplate ID); null removes it.' }),
    withdrawalPriority: t.boolean({ description: 'Withdrawal priority.' }),
    personalManager: t.boolean({ description: 'Personal manager.' }),
    highValue: t.boolean({ description: 'High-value tier.' }),
  }),
});
const ArchiveVipTierInput = builder.inputType('ArchiveVipTierInput', {
  description: 'A tier to archive.',
  fields: (t) => ({ tierId: t.id({ required: true, description: 'The VipTier ID.' }) }),
});
const AssignVipManagerInput = builder.inputType('AssignVipManagerInput', {
  description: 'A player and their personal manager.',
  fields: (t) => ({
    playerId: t.id({ required: true, description: 'The Player ID.' }),
    managerId: t.id({ description: 'The StaffUser ID of the manager; null or absent removes the player\'s manager.' }),
  }),
});

type RateArg = { currency: string; perPoint: string }[] | null | undefined;
function rateRecord(list: RateArg): Record<string, string> | undefined {
  return list == null ? undefined : Object.fromEntries(list.map((r) => [r.currency, r.perPoint]));
}

// ---------------------------------------------------------------- payloads

const SettingsPayload = builder.objectRef<{ settings: VipSettings }>('UpdateVipSettingsPayload').implement({
  description: 'The VIP settings as they now are.',
  fields: (t) => ({ settings: t.field({ type: VipSettingsType, description: 'The settings.', resolve: (p) => p.settings }) }),
});
const tierPayload = (name: string, what: string) =>
  builder.objectRef<{ tier: tiers.TierRow }>(name).implement({
    description: what,
    fields: (t) => ({ tier: t.field({ type: VipTierRef, description: 'The tier as it is now.', resolve: (p) => p.tier }) }),
  });
const CreateTierPayload = tierPayload('CreateVipTierPayload', 'The tier created.');
const UpdateTierPayload = tierPayload('UpdateVipTierPayload', 'The tier changed (or unchanged, when nothing differed).');
const ArchiveTierPayload = tierPayload('ArchiveVipTierPayload', 'The tier archived.');
const AssignManagerPayload = builder.objectRef<{ status: status.VipStatusView }>('AssignVipManagerPayload').implement({
  description: 'The player\'s VIP status with their manager.',
  fields: (t) => ({ status: t.field({ type: VipStatusType, description: 'The status.', resolve: (p) => p.status }) }),
});

const tierIdOf = (id: string | number) => localIdOf(String(id), 'VipTier', ['input', 'tierId']);
const templateIdOf = (id: string | number | null | undefined) =>
  id === undefined ? undefined : id === null ? null : localIdOf(String(id), 'BonusTemplate', ['input', 'monthlyRewardTemplateId']);

builder.mutationFields((t) => ({
  updateVipSettings: t.field({
    type: SettingsPayload,
    description: 'Changes the tenant\'s VIP settings (absent fields keep their value); the first change sets the programme up. Bumps the version; audited.',
    authScopes: { permission: 'vip:manage' },
    errors: { types: [ValidationError, InvalidIdError, ...TENANT_ERRORS] },
    args: { input: t.arg({ type: UpdateVipSettingsInput, required: true, description: 'The changes.' }) },
    resolve: async (_root, { input }, ctx) => {
      requireTenant(ctx);
      const issues: FieldIssue[] = [];
      const bonusRedemptions = input.bonusRedemptions?.map((b, i) => {
        const points = parsePoints(b.points);
        if (points === null || points === 0n) issues.push({ path: ['input', 'bonusRedemptions', String(i), 'points'], message: 'must be a number of points above 0 with at most two decimals, as a string' });
        return { templateId: localIdOf(String(b.templateId), 'BonusTemplate', ['input', 'bonusRedemptions', String(i), 'templateId']), points: (points ?? 0n).toString() };
      });
      if (issues.length > 0) throw new ValidationError(issues);
      const weights = input.gameWeights;
      const changes: SettingsInput = {
        ...(input.enabled == null ? {} : { enabled: input.enabled }),
        ...(input.earnRates == null ? {} : { earnRates: rateRecord(input.earnRates) }),
        ...(input.rakeRates == null ? {} : { rakeRates: rateRecord(input.rakeRates) }),
        ...(weights == null
          ? {}
          : {
              gameWeights: {
                games: Object.fromEntries((weights.games ?? []).map((w) => [w.game, w.percent])),
                categories: Object.fromEntries((weights.categories ?? []).map((w) => [w.category, w.percent])) as Partial<Record<GameCategoryName, number>>,
                default: weights.default,
              },
            }),
        ...(input.windowDays == null ? {} : { windowDays: input.windowDays }),
        ...(input.reviewDays == null ? {} : { reviewDays: input.reviewDays }),
        ...(input.graceDays == null ? {} : { graceDays: input.graceDays }),
        ...(input.downgradePolicy == null ? {} : { downgradePolicy: input.downgradePolicy }),
        ...(input.expiryDays === undefined ? {} : { expiryDays: input.expiryDays }),
        ...(input.cashRedemption == null ? {} : { cashRedemption: rateRecord(input.cashRedemption) }),
        ...(bonusRedemptions === undefined || bonusRedemptions === null ? {} : { bonusRedemptions }),
        ...(input.minAge === undefined ? {} : { minAge: input.minAge }),
        ...(input.checkValidityDays == null ? {} : { checkValidityDays: input.checkValidityDays }),
      };
      void GAME_CATEGORIES;
      return { settings: await settingsService.updateVipSettings(ctx, changes) };
    },
  }),
  createVipTier: t.field({
    type: CreateTierPayload,
    description: 'Adds a tier to the ladder; audited.',
    authScopes: { permission: 'vip:manage' },
    errors: { types: [ValidationError, InvalidIdError, VipTierKeyTakenError, VipTierRankTakenError, VipRewardTemplateUnknownError, ...TENANT_ERRORS] },
    args: { input: t.arg({ type: CreateVipTierInput, required: true, description: 'The tier.' }) },
    resolve: async (_root, { input }, ctx) => ({
      tier: await tiers.createTier(ctx, {
        key: input.key,
        name: input.name,
        rank: input.rank,
        threshold: input.threshold,
        pointRateBp: input.pointRate ?? undefined,
        monthlyRewardTemplateId: templateIdOf(input.monthlyRewardTemplateId) ?? null,
        withdrawalPriority: input.withdrawalPriority ?? undefined,
        personalManager: input.personalManager ?? undefined,
        highValue: input.highValue ?? undefined,
      }),
    }),
  }),
  updateVipTier: t.field({
    type: UpdateTierPayload,
    description: 'Changes a tier (its key never changes); bumps its version; audited. Players move by the new thresholds on their next accrual (up) or review (down).',
    authScopes: { permission: 'vip:manage' },
    errors: { types: [ValidationError, InvalidIdError, NotFoundError, VipTierRankTakenError, VipRewardTemplateUnknownError, VipTierArchivedError, ...TENANT_ERRORS] },
    args: { input: t.arg({ type: UpdateVipTierInput, required: true, description: 'The tier and its changes.' }) },
    resolve: async (_root, { input }, ctx) => ({
      tier: await tiers.updateTier(ctx, tierIdOf(input.tierId), {
        name: input.name,
        rank: input.rank,
        threshold: input.threshold,
        pointRateBp: input.pointRate,
        monthlyRewardTemplateId: templateIdOf(input.monthlyRewardTemplateId),
        withdrawalPriority: input.withdrawalPriority,
        personalManager: input.personalManager,
        highValue: input.highValue,
      }),
    }),
  }),
  archiveVipTier: t.field({
    type: ArchiveTierPayload,
    description: 'Archives a tier (final): it leaves the ladder and frees its rank; its players keep it until their review. Audited.',
    authScopes: { permission: 'vip:manage' },
    errors: { types: [InvalidIdError, NotFoundError, ...TENANT_ERRORS] },
    args: { input: t.arg({ type: ArchiveVipTierInput, required: true, description: 'The tier.' }) },
    resolve: async (_root, { input }, ctx) => ({ tier: await tiers.archiveTier(ctx, tierIdOf(input.tierId)) }),
  }),
  assignVipManager: t.field({
    type: AssignManagerPayload,
    description: 'Gives a player whose tier has the personal-manager benefit a manager (an active staff user of the tenant), or removes theirs (managerId null). Audited.',
    authScopes: { permission: 'vip:manage' },
    errors: { types: [InvalidIdError, NotFoundError, VipManagerNotABenefitError, VipManagerNotStaffError, ...TENANT_ERRORS] },
    args: { input: t.arg({ type: AssignVipManagerInput, required: true, description: 'The player and the manager.' }) },
    resolve: async (_root, { input }, ctx) => ({
      status: await status.assignVipManager(ctx, {
        playerId: localIdOf(String(input.playerId), 'Player', ['input', 'playerId']),
        managerId: optionalLocalIdOf(input.managerId == null ? null : String(input.managerId), 'StaffUser', ['input', 'managerId']) ?? null,
      }),
    }),
  }),
}));

// ---------------------------------------------------------------- vipStatusChanged

const StatusEventType = builder.objectRef<PublishedEvent<VipStatusChangedPayload>>('VipStatusEvent').implement({
  description: 'A change of a player\'s VIP standing (a tier change, grace, hold, or a check recorded or decided).',
  fields: (t) => ({
    player: t.field({ type: PlayerType, nullable: true, description: 'The player.', resolve: (e, _args, ctx) => loadPlayer(ctx, e.payload.playerId) }),
    seq: t.int({ description: 'Per-player sequence number: in order, a gap means a missed event (read vipStatus to catch up).', resolve: (e) => e.seq }),
    kind: t.field({ type: ChangeKindEnum, description: 'What changed.', resolve: (e) => e.payload.kind }),
    tier: t.field({ type: VipTierRef, nullable: true, description: 'The player\'s tier after the change (for HELD_FOR_CHECKS: the held tier).', resolve: (e, _args, ctx) => loadTier(ctx, e.payload.tierId) }),
    previousTier: t.field({ type: VipTierRef, nullable: true, description: 'The tier before.', resolve: (e, _args, ctx) => loadTier(ctx, e.payload.previousTierId) }),
    occurredAt: t.field({ type: 'DateTime', description: 'When the change was committed.', resolve: (e) => e.occurredAt }),
  }),
});

async function* statusEvents(ctx: Context, keep: (e: PublishedEvent<VipStatusChangedPayload>) => boolean) {
  const events = ctx.services.pubsub.subscribe<PublishedEvent<VipStatusChangedPayload>>(eventChannel(requireTenant(ctx).id, VIP_STATUS_CHANGED));
  try {
    for await (const event of events) if (keep(event)) yield event;
  } finally {
    await events.return?.();
  }
}

builder.subscriptionFields((t) => ({
  vipStatusChanged: t.field({
    type: StatusEventType,
    description: 'VIP status changes: a player gets their own; staff with vip:read get the tenant\'s (or one player\'s, with `playerId`).',
    authScopes: { player: true, permission: 'vip:read' },
    args: { playerId: t.arg.id({ description: 'Staff: only this player\'s changes (Player ID).' }) },
    subscribe: (_root, args, ctx) => {
      if (ctx.principal?.kind === 'player') {
        const me = ctx.principal.playerId;
        return statusEvents(ctx, (e) => e.payload.playerId === me);
      }
      const only = optionalLocalIdOf(args.playerId == null ? null : String(args.playerId), 'Player', ['playerId']);
      return statusEvents(ctx, (e) => only === undefined || e.payload.playerId === only);
    },
    resolve: (event) => event,
  }),
}));
