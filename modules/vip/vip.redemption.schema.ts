// VIP redemption, staff adjustments of points and monthly rewards in GraphQL (docs/vip.md).
import { builder } from '../../src/builder.js';
import { VipSuppressionReasonEnum } from './vip.schema.js';
import type { VipSuppressionReason } from './vip.suppression.js';
import type { Context } from '../../src/context.js';
import { holds } from '../../src/auth/principal.js';
import { InvalidIdError, NotFoundError, ValidationError } from '../../src/errors.js';
import { errorType, TENANT_ERRORS } from '../../src/graphql/errors.js';
import { connectionOf } from '../../src/graphql/connections.js';
import { money, MoneyType } from '../../src/graphql/money.js';
import { localIdOf, optionalLocalIdOf } from '../../src/graphql/ids.js';
import { loadById } from '../../src/graphql/loaders.js';
import { loadPlayer, PlayerType } from '../identity/index.js';
import { AccountFrozenError, IdempotencyConflictError, LedgerTransactionType, loadLedgerTransaction } from '../wallet/index.js';
import { BonusBudgetExceededError, BonusNotEligibleError, BonusGrantType, BonusTemplateRef, grantsByIds, templatesByIds, type BonusTemplateRow, type GrantRow } from '../bonus/index.js';
import { formatPoints } from './vip.units.js';
import * as redemption from './vip.redemption.js';
import * as adjustments from './vip.adjustments.js';
import * as rewards from './vip.rewards.js';
import {
  VipAdjustmentBelowZeroError,
  VipInsufficientPointsError,
  VipProgrammeOffError,
  VipRedemptionPriceMismatchError,
  VipRedemptionTooSmallError,
  VipRedemptionUnavailableError,
  VipRewardsSuppressedError,
} from './vip.rewards.errors.js';

/** Staff who read VIP data (vip:read, or vip:manage / vip:approve, which imply reading it). */
export function readsVip(ctx: Context): boolean {
  return holds(ctx.principal, 'vip:read') || holds(ctx.principal, 'vip:manage') || holds(ctx.principal, 'vip:approve');
}
const isPlayer = (ctx: Context, playerId: string) => ctx.principal?.kind === 'player' && ctx.principal.playerId === playerId;

const templatesBatch = async (ctx: Context, ids: readonly string[]) => new Map((await templatesByIds(ctx, ids)).map((t) => [t.id, t]));
const grantsBatch = (ctx: Context, ids: readonly string[]) => grantsByIds(ctx, ids);
export const loadVipTemplate = (ctx: Context, id: string | null) => loadById<BonusTemplateRow>(ctx, 'vipRewardTemplate', templatesBatch, id);
export const loadVipGrant = (ctx: Context, id: string | null) => loadById<GrantRow>(ctx, 'vipGrant', grantsBatch, id);

async function playerOfRow(ctx: Context, playerId: string) {
  const player = await loadPlayer(ctx, playerId);
  if (!player) throw new Error(`player ${playerId} of a VIP row not found`);
  return player;
}

// ---------------------------------------------------------------- errors

errorType(VipProgrammeOffError, 'VipProgrammeOffError', { code: 'VIP_PROGRAMME_OFF', description: 'The tenant has no VIP programme, or it is disabled; nothing was written.' });
errorType(
  VipRewardsSuppressedError,
  'VipRewardsSuppressedError',
  { code: 'VIP_REWARDS_SUPPRESSED', description: 'VIP rewards wait for this player (self-excluded, timed out, blocked, flagged for safer gambling, or under the minimum VIP age); their points stay. Nothing was written.' },
  (t) => ({ reason: t.field({ type: VipSuppressionReasonEnum, description: 'Why the player\'s rewards wait.', resolve: (e: VipRewardsSuppressedError) => e.reason as VipSuppressionReason }) }),
);
errorType(
  VipInsufficientPointsError,
  'VipInsufficientPointsError',
  { code: 'VIP_INSUFFICIENT_POINTS', description: 'The points balance is less than the points asked for; nothing was written.' },
  (t) => ({
    balance: t.string({ description: 'The balance, decimal points.', resolve: (e: VipInsufficientPointsError) => e.balance }),
    requested: t.string({ description: 'The points asked for, decimal.', resolve: (e: VipInsufficientPointsError) => e.requested }),
  }),
);
const UnavailableReasonEnum = builder.enumType('VipRedemptionUnavailableReason', {
  description: 'Why a redemption is not on offer.',
  values: {
    NO_CASH_RATE: { value: 'NO_CASH_RATE', description: 'The tenant sets no cash rate for points in the currency asked for.' },
    NOT_IN_CATALOGUE: { value: 'NOT_IN_CATALOGUE', description: 'The bonus template is not in the tenant\'s catalogue of bonuses bought with points.' },
  },
});
errorType(
  VipRedemptionUnavailableError,
  'VipRedemptionUnavailableError',
  { code: 'VIP_REDEMPTION_UNAVAILABLE', description: 'The redemption is not on offer (`reason`); nothing was written.' },
  (t) => ({
    reason: t.field({ type: UnavailableReasonEnum, description: 'Why not.', resolve: (e: VipRedemptionUnavailableError) => e.reason }),
    currency: t.field({ type: 'Currency', description: 'The currency asked for.', resolve: (e: VipRedemptionUnavailableError) => e.currency }),
  }),
);
errorType(
  VipRedemptionPriceMismatchError,
  'VipRedemptionPriceMismatchError',
  { code: 'VIP_REDEMPTION_PRICE_MISMATCH', description: 'The points offered are not the catalogue\'s price of the bonus; nothing was written.' },
  (t) => ({ cost: t.string({ description: 'What the bonus costs, decimal points.', resolve: (e: VipRedemptionPriceMismatchError) => e.cost }) }),
);
errorType(VipRedemptionTooSmallError, 'VipRedemptionTooSmallError', {
  code: 'VIP_REDEMPTION_TOO_SMALL',
  description: 'The points are worth less than one minor unit of the currency at the tenant\'s rate; nothing was written.',
});
errorType(
  VipAdjustmentBelowZeroError,
  'VipAdjustmentBelowZeroError',
  { code: 'VIP_ADJUSTMENT_BELOW_ZERO', description: 'A negative adjustment would take the balance below zero and allowNegative was not set; nothing was written.' },
  (t) => ({
    balance: t.string({ description: 'The balance, decimal points.', resolve: (e: VipAdjustmentBelowZeroError) => e.balance }),
    requested: t.string({ description: 'The points the adjustment takes, decimal.', resolve: (e: VipAdjustmentBelowZeroError) => e.requested }),
  }),
);

// ---------------------------------------------------------------- enums

const RedemptionKindEnum = builder.enumType('VipRedemptionKind', {
  description: 'What points are redeemed for.',
  values: {
    CASH: { value: 'CASH' as const, description: 'Cash into the player\'s CASH account, at the tenant\'s rate per point in the currency.' },
    BONUS: { value: 'BONUS' as const, description: 'A bonus from the tenant\'s catalogue, granted through the bonus engine, at its price in points.' },
  } satisfies Record<redemption.RedemptionKind, unknown>,
});

const RewardStatusEnum = builder.enumType('VipRewardStatus', {
  description: 'Where a monthly VIP reward stands.',
  values: {
    WAITING: { value: 'WAITING' as const, description: 'Held while the player is suppressed (`waitingReason`); a later run grants it once the suppression lifts.' },
    GRANTED: { value: 'GRANTED' as const, description: 'Granted through the bonus engine (`grant`).' },
    FAILED: { value: 'FAILED' as const, description: 'The bonus engine refused it (`failure`); final.' },
  } satisfies Record<rewards.RewardStatus, unknown>,
});

// ---------------------------------------------------------------- objects

const redemptionsBatch = (ctx: Context, ids: readonly string[]) => redemption.redemptionsByIds(ctx, ids);
export const VipRedemptionRef = builder.objectRef<redemption.RedemptionRow>('VipRedemption');
builder.node(VipRedemptionRef, {
  description: 'Points a player redeemed for cash or a bonus. The player, and staff with vip:read.',
  id: { resolve: (r) => r.id },
  loadMany: async (ids, ctx) => {
    const rows = await loadRows(ctx, ids, redemptionsBatch);
    return rows.map((row) => (row && (readsVip(ctx) || isPlayer(ctx, row.player_id)) ? row : null));
  },
  fields: (t) => ({
    player: t.field({ type: PlayerType, description: 'Who redeemed.', resolve: (r, _a, ctx) => playerOfRow(ctx, r.player_id) }),
    kind: t.field({ type: RedemptionKindEnum, description: 'Cash or a bonus.', resolve: (r) => r.kind }),
    points: t.string({ description: 'The points spent, decimal with two places.', resolve: (r) => formatPoints(BigInt(r.points)) }),
    currency: t.field({ type: 'Currency', description: 'The currency of the cash or the bonus.', resolve: (r) => r.currency }),
    cash: t.field({ type: MoneyType, nullable: true, description: 'CASH: what was paid; null for a bonus.', resolve: (r) => (r.amount === null ? null : money(r.amount, r.currency)) }),
    bonusTemplate: t.field({ type: BonusTemplateRef, nullable: true, description: 'BONUS: the catalogue\'s template.', resolve: (r, _a, ctx) => loadVipTemplate(ctx, r.template_id) }),
    grant: t.field({ type: BonusGrantType, nullable: true, description: 'BONUS: the grant made.', resolve: (r, _a, ctx) => loadVipGrant(ctx, r.grant_id) }),
    pointsTransaction: t.field({ type: LedgerTransactionType, nullable: true, description: 'The VIP_REDEEM posting on the points ledger (null when you may not read it).', resolve: (r, _a, ctx) => loadLedgerTransaction(ctx, r.points_transaction_id) }),
    cashTransaction: t.field({ type: LedgerTransactionType, nullable: true, description: 'CASH: the VIP_REDEMPTION transfer HOUSE → PLAYER (null for a bonus, or when you may not read it).', resolve: (r, _a, ctx) => loadLedgerTransaction(ctx, r.cash_transaction_id) }),
    createdAt: t.expose('created_at', { type: 'DateTime', description: 'When.' }),
  }),
});
const VipRedemptionConnection = connectionOf(VipRedemptionRef, 'VipRedemption', { totalCount: true });

async function loadRows<T>(ctx: Context, ids: readonly (string | number)[], batch: (ctx: Context, ids: readonly string[]) => Promise<ReadonlyMap<string, T>>): Promise<(T | null)[]> {
  const rows = await batch(ctx, ids.map(String));
  return ids.map((id) => rows.get(String(id)) ?? null);
}

const adjustmentsBatch = (ctx: Context, ids: readonly string[]) => adjustments.adjustmentsByIds(ctx, ids);
export const VipPointsAdjustmentRef = builder.objectRef<adjustments.AdjustmentRow>('VipPointsAdjustment');
builder.node(VipPointsAdjustmentRef, {
  description: 'A staff correction of a player\'s points (never counted towards tiers). Staff with vip:read.',
  id: { resolve: (a) => a.id },
  loadMany: async (ids, ctx) => (readsVip(ctx) ? loadRows(ctx, ids, adjustmentsBatch) : ids.map(() => null)),
  fields: (t) => ({
    player: t.field({ type: PlayerType, description: 'Whose points.', resolve: (a, _x, ctx) => playerOfRow(ctx, a.player_id) }),
    points: t.string({ description: 'The change, signed decimal with two places.', resolve: (a) => formatPoints(BigInt(a.points)) }),
    reason: t.exposeString('reason', { description: 'Why, as staff wrote it.' }),
    transaction: t.field({ type: LedgerTransactionType, nullable: true, description: 'The VIP_ADJUST posting (null when you may not read the ledger).', resolve: (a, _x, ctx) => loadLedgerTransaction(ctx, a.transaction_id) }),
    createdBy: t.exposeString('created_by', { description: 'Who made it, as the ledger names actors (STAFF:<id>).' }),
    createdAt: t.expose('created_at', { type: 'DateTime', description: 'When.' }),
  }),
});

const rewardsBatch = (ctx: Context, ids: readonly string[]) => rewards.rewardsByIds(ctx, ids);
export const VipRewardRef = builder.objectRef<rewards.RewardRow>('VipReward');
builder.node(VipRewardRef, {
  description: 'A monthly VIP reward of a player\'s tier for one UTC month. The player, and staff with vip:read.',
  id: { resolve: (r) => r.id },
  loadMany: async (ids, ctx) => {
    const rows = await loadRows(ctx, ids, rewardsBatch);
    return rows.map((row) => (row && (readsVip(ctx) || isPlayer(ctx, row.player_id)) ? row : null));
  },
  fields: (t) => ({
    player: t.field({ type: PlayerType, description: 'Whose reward.', resolve: (r, _a, ctx) => playerOfRow(ctx, r.player_id) }),
    period: t.exposeString('period', { description: 'The UTC month it is for, YYYY-MM.' }),
    status: t.field({ type: RewardStatusEnum, description: 'Where it stands.', resolve: (r) => r.status }),
    waitingReason: t.field({ type: VipSuppressionReasonEnum, nullable: true, description: 'WAITING: why the reward waits.', resolve: (r) => r.waiting_reason as VipSuppressionReason | null }),
    template: t.field({ type: BonusTemplateRef, nullable: true, description: 'The tier\'s reward template.', resolve: (r, _a, ctx) => loadVipTemplate(ctx, r.template_id) }),
    grant: t.field({ type: BonusGrantType, nullable: true, description: 'GRANTED: the grant.', resolve: (r, _a, ctx) => loadVipGrant(ctx, r.grant_id) }),
    failure: t.string({ nullable: true, description: 'FAILED: the bonus engine\'s refusal (code: message).', resolve: (r) => r.failure }),
    createdAt: t.expose('created_at', { type: 'DateTime', description: 'When the run first found it due.' }),
    grantedAt: t.expose('granted_at', { type: 'DateTime', nullable: true, description: 'GRANTED: when.' }),
  }),
});
const VipRewardConnection = connectionOf(VipRewardRef, 'VipReward', { totalCount: true });

builder.objectFields(PlayerType, (t) => ({
  vipRedemptions: t.connection(
    {
      type: VipRedemptionRef,
      description: 'The player\'s points redemptions, newest first. Staff with vip:read.',
      authScopes: { permission: 'vip:read' },
      resolve: (player, args, ctx) => redemption.redemptionsOf(ctx, player.id, args),
    },
    VipRedemptionConnection,
  ),
  vipRewards: t.connection(
    {
      type: VipRewardRef,
      description: 'The player\'s monthly VIP rewards, newest first. Staff with vip:read.',
      authScopes: { permission: 'vip:read' },
      resolve: (player, args, ctx) => rewards.rewardsOf(ctx, player.id, args),
    },
    VipRewardConnection,
  ),
}));

builder.queryFields((t) => ({
  myVipRedemptions: t.connection(
    {
      type: VipRedemptionRef,
      description: 'The signed-in player\'s points redemptions, newest first. Players only.',
      authScopes: { player: true },
      resolve: (_root, args, ctx) => redemption.myVipRedemptions(ctx, args),
    },
    VipRedemptionConnection,
  ),
  myVipRewards: t.connection(
    {
      type: VipRewardRef,
      description: 'The signed-in player\'s monthly VIP rewards, newest first. Players only.',
      authScopes: { player: true },
      resolve: (_root, args, ctx) => rewards.myVipRewards(ctx, args),
    },
    VipRewardConnection,
  ),
}));

// ---------------------------------------------------------------- mutations

const RedeemVipPointsInput = builder.inputType('RedeemVipPointsInput', {
  description: 'Points the signed-in player redeems.',
  fields: (t) => ({
    points: t.string({ required: true, description: 'Points to spend: a positive decimal with at most two places ("150", "12.5"). For a bonus: exactly its price.' }),
    to: t.field({ type: RedemptionKindEnum, required: true, description: 'Cash or a bonus.' }),
    currency: t.field({ type: 'Currency', required: true, description: 'The currency of the cash or the bonus.' }),
    bonusTemplateId: t.id({ description: 'BONUS: the BonusTemplate ID, one of the tenant\'s catalogue.' }),
    idempotencyKey: t.string({ required: true, description: 'Unique per player (8-128 printable characters): a replay answers the same redemption.' }),
  }),
});
const AdjustVipPointsInput = builder.inputType('AdjustVipPointsInput', {
  description: 'A staff correction of a player\'s points.',
  fields: (t) => ({
    playerId: t.id({ required: true, description: 'The Player ID.' }),
    points: t.string({ required: true, description: 'The signed change: a non-zero decimal with at most two places ("25", "-10.50").' }),
    reason: t.string({ required: true, description: 'Why, 1-500 characters (audited, shown to staff).' }),
    allowNegative: t.boolean({ description: 'A negative change may take the balance below zero (a debt later points repay); default false.' }),
    idempotencyKey: t.string({ required: true, description: 'Unique per tenant (8-128 printable characters): a replay answers the same adjustment.' }),
  }),
});

const RedeemVipPointsPayload = builder.objectRef<redemption.RedemptionOutcome>('RedeemVipPointsPayload').implement({
  description: 'The redemption made (or the original one, on a replay).',
  fields: (t) => ({
    redemption: t.field({ type: VipRedemptionRef, description: 'The redemption.', resolve: (p) => p.redemption }),
    replay: t.exposeBoolean('replay', { description: 'True when the idempotency key had redeemed already: nothing new happened.' }),
  }),
});
const AdjustVipPointsPayload = builder.objectRef<adjustments.AdjustmentOutcome>('AdjustVipPointsPayload').implement({
  description: 'The adjustment made (or the original one, on a replay).',
  fields: (t) => ({
    adjustment: t.field({ type: VipPointsAdjustmentRef, description: 'The adjustment.', resolve: (p) => p.adjustment }),
    balance: t.string({ description: 'The player\'s points balance after it (on a replay: now), decimal.', resolve: (p) => formatPoints(p.balanceAfter) }),
    replay: t.exposeBoolean('replay', { description: 'True when the idempotency key had adjusted already: nothing new happened.' }),
  }),
});

builder.mutationFields((t) => ({
  redeemVipPoints: t.field({
    type: RedeemVipPointsPayload,
    description:
      'The signed-in player spends points (oldest first) for cash at the tenant\'s rate or for a bonus of the catalogue, in one transaction; a refusal leaves nothing. Suppressed players (self-excluded, timed out, blocked, RG-flagged, under the VIP age) are refused: their points stay.',
    authScopes: { player: true },
    errors: {
      types: [
        ValidationError, InvalidIdError, VipProgrammeOffError, VipRewardsSuppressedError, VipInsufficientPointsError, VipRedemptionUnavailableError,
        VipRedemptionPriceMismatchError, VipRedemptionTooSmallError, BonusNotEligibleError, BonusBudgetExceededError,
        IdempotencyConflictError,
      ],
    },
    args: { input: t.arg({ type: RedeemVipPointsInput, required: true, description: 'The redemption.' }) },
    resolve: (_root, { input }, ctx) =>
      redemption.redeemVipPoints(ctx, {
        ...input,
        bonusTemplateId: optionalLocalIdOf(input.bonusTemplateId == null ? null : String(input.bonusTemplateId), 'BonusTemplate', ['input', 'bonusTemplateId']) ?? null,
      }),
  }),
  adjustVipPoints: t.field({
    type: AdjustVipPointsPayload,
    description:
      'Staff correct a player\'s points: a positive change is a lot that never counts towards tiers; a negative one spends the oldest lots first and goes below zero only with allowNegative. Audited (VipPlayer, vip.points.adjust).',
    authScopes: { permission: 'vip:manage' },
    errors: { types: [ValidationError, InvalidIdError, NotFoundError, VipProgrammeOffError, VipAdjustmentBelowZeroError, IdempotencyConflictError, AccountFrozenError, ...TENANT_ERRORS] },
    args: { input: t.arg({ type: AdjustVipPointsInput, required: true, description: 'The adjustment.' }) },
    resolve: (_root, { input }, ctx) =>
      adjustments.adjustVipPoints(ctx, { ...input, playerId: localIdOf(String(input.playerId), 'Player', ['input', 'playerId']) }),
  }),
}));
