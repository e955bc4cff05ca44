import { builder } from '../../src/builder.js';
import { requireTenant, type Context } from '../../src/context.js';
import { holds } from '../../src/auth/principal.js';
import { InvalidIdError, NotFoundError, TenantNotFoundError, TenantRequiredError, ValidationError } from '../../src/errors.js';
import { errorType } from '../../src/graphql/errors.js';
import { connectionOf } from '../../src/graphql/connections.js';
import { localIdOf, optionalLocalIdOf } from '../../src/graphql/ids.js';
import { money, MoneyType } from '../../src/graphql/money.js';
import { loadById } from '../../src/graphql/loaders.js';
import { eventChannel, type PublishedEvent } from '../../src/events/outbox.js';
import { loadPlayer, loadStaffUser, PlayerType, StaffUserType } from '../identity/index.js';
import { SelfExcludedError, TimeOutActiveError } from '../responsible-gambling/index.js';
import { AccountFrozenError, IdempotencyConflictError } from '../wallet/index.js';
import {
  BonusBudgetExceededError,
  BonusNotActiveError,
  BonusNotEligibleError,
  BonusNotPendingReviewError,
  BonusTemplateArchivedError,
  BUDGET_SCOPES,
  NOT_ELIGIBLE_REASONS,
  type GrantStatus,
  type NotEligibleReason,
} from './bonus.errors.js';
import { END_REASONS, type EndReason, type GrantOutcome, type GrantRow } from './bonus.grants.js';
import * as bonuses from './bonus.service.js';
import { budgetsByIds } from './bonus.budgets.js';
import { templatesByIds } from './bonus.templates.js';
import { BonusBudgetRef, BonusTemplateRef } from './bonus.templates.schema.js';

const templatesBatch = async (ctx: Context, ids: readonly string[]) => new Map((await templatesByIds(ctx, ids)).map((t) => [t.id, t]));
const budgetsBatch = async (ctx: Context, ids: readonly string[]) => new Map((await budgetsByIds(ctx, ids)).map((b) => [b.id, b]));

// ---------------------------------------------------------------- who may see what

function isPlayer(ctx: Context, playerId: string): boolean {
  return ctx.principal?.kind === 'player' && ctx.principal.playerId === playerId;
}

function readsBonuses(ctx: Context): boolean {
  return holds(ctx.principal, 'bonus:read') || holds(ctx.principal, 'bonus:manage') || holds(ctx.principal, 'bonus:review');
}

async function requirePlayer(ctx: Context, id: string) {
  const player = await loadPlayer(ctx, id);
  if (!player) throw new Error(`player ${id} of a bonus grant not found`);
  return player;
}

// ---------------------------------------------------------------- enums

const GrantStatusEnum = builder.enumType('BonusGrantStatus', {
  description: 'Where a bonus grant stands.',
  values: {
    PENDING_REVIEW: { value: 'PENDING_REVIEW' as const, description: 'Held for RISK review (an abuse signal): nothing posted yet.' },
    ACTIVE: { value: 'ACTIVE' as const, description: 'Posted to the player\'s bonus balance and being wagered.' },
    COMPLETED: { value: 'COMPLETED' as const, description: 'Wagering done: the balance converted to cash (up to the max conversion).' },
    FORFEITED: { value: 'FORFEITED' as const, description: 'Given up (by the player, staff, a withdrawal or a responsible-gambling rule): the balance went back to the house.' },
    EXPIRED: { value: 'EXPIRED' as const, description: 'Not wagered in time: the balance went back to the house.' },
    REJECTED: { value: 'REJECTED' as const, description: 'A held grant RISK rejected: nothing was ever posted.' },
  } satisfies Record<GrantStatus, unknown>,
});

const GrantKindEnum = builder.enumType('BonusGrantKind', {
  description: 'What kind of bonus a grant is (its template\'s kind).',
  values: {
    DEPOSIT_MATCH: { value: 'DEPOSIT_MATCH' as const, description: 'A percentage of a deposit, up to a cap.' },
    NO_DEPOSIT: { value: 'NO_DEPOSIT' as const, description: 'A fixed amount, no deposit needed.' },
    FREE_BETS: { value: 'FREE_BETS' as const, description: 'Free bets of a fixed stake on given games.' },
    CASHBACK: { value: 'CASHBACK' as const, description: 'A percentage of a period\'s net losses.' },
  },
});

const END_REASON_TEXTS: Record<EndReason, string> = {
  COMPLETED: 'Wagering was completed.',
  EXPIRED: 'It expired before wagering was completed.',
  PLAYER: 'The player forfeited it.',
  WITHDRAWAL: 'The player withdrew cash while wagering, and confirmed the forfeit.',
  SELF_EXCLUSION: 'The player self-excluded.',
  TIME_OUT: 'The player took a time-out.',
  ACCOUNT_CLOSED: 'The player\'s account was closed.',
  STAFF: 'Staff forfeited it, with a written reason.',
  REVIEW_REJECTED: 'RISK rejected it on review.',
};
const EndReasonEnum = builder.enumType('BonusGrantEndReason', {
  description: 'Why a grant ended.',
  values: Object.fromEntries(END_REASONS.map((r) => [r, { value: r, description: END_REASON_TEXTS[r] }])) as Record<EndReason, { value: EndReason; description: string }>,
});

const NOT_ELIGIBLE_TEXTS: Record<NotEligibleReason, string> = {
  PLAYER_BLOCKED: 'The player\'s account is blocked.',
  CURRENCY_NOT_OFFERED: 'The bonus is not offered in this currency.',
  COUNTRY: 'The bonus is not offered in the player\'s country.',
  TAGS: 'The bonus is for players with other tags (segments).',
  EXCLUDED_TAG: 'A tag of the player excludes them from the bonus.',
  DEPOSIT_REQUIRED: 'A deposit match needs `depositTransactionId`.',
  DEPOSIT_NOT_FOUND: 'No deposit of the player in this currency has that ledger transaction.',
  DEPOSIT_TOO_SMALL: 'The deposit is below the bonus\'s minimum deposit.',
  DEPOSIT_ALREADY_MATCHED: 'The deposit was matched by another grant already.',
  NOTHING_TO_GRANT: 'The bonus would be zero.',
};
const NotEligibleReasonEnum = builder.enumType('BonusNotEligibleReason', {
  description: 'Why a player cannot receive a bonus.',
  values: Object.fromEntries(NOT_ELIGIBLE_REASONS.map((r) => [r, { value: r, description: NOT_ELIGIBLE_TEXTS[r] }])) as Record<NotEligibleReason, { value: NotEligibleReason; description: string }>,
});

const BudgetScopeEnum = builder.enumType('BonusBudgetScope', {
  description: 'Which limit of a promotion budget a grant would pass.',
  values: {
    TOTAL: { value: 'TOTAL' as const, description: 'The budget\'s total for its period.' },
    PER_PLAYER: { value: 'PER_PLAYER' as const, description: 'The player\'s share of the budget for its period.' },
  } satisfies Record<(typeof BUDGET_SCOPES)[number], unknown>,
});

// ---------------------------------------------------------------- errors

errorType(
  BonusNotEligibleError,
  'BonusNotEligibleError',
  { code: 'BONUS_NOT_ELIGIBLE', description: 'The player cannot receive this bonus (`reason` says why); nothing was granted, reserved or posted.' },
  (t) => ({ reason: t.field({ type: NotEligibleReasonEnum, description: 'Why not.', resolve: (e: BonusNotEligibleError) => e.reason }) }),
);
// BonusTemplateArchivedError's GraphQL type is registered with the templates (bonus.templates.schema.ts).
errorType(
  BonusBudgetExceededError,
  'BonusBudgetExceededError',
  { code: 'BONUS_BUDGET_EXCEEDED', description: 'The grant would pass a promotion budget\'s limit; nothing was granted, reserved or posted.' },
  (t) => ({
    budget: t.field({
      type: BonusBudgetRef,
      nullable: true,
      description: 'The budget whose limit would be passed (staff with bonus:read; null for players).',
      resolve: (e: BonusBudgetExceededError, _args: unknown, ctx: Context) => (readsBonuses(ctx) ? loadById(ctx, 'BonusBudget', budgetsBatch, e.budgetId) : null),
    }),
    scope: t.field({ type: BudgetScopeEnum, description: 'The total or the player\'s share.', resolve: (e: BonusBudgetExceededError) => e.scope }),
    limit: t.field({ type: 'MinorUnits', description: 'The limit, in minor units of the grant\'s currency (face value or expected cost, as the budget counts).', resolve: (e: BonusBudgetExceededError) => e.limit }),
    remaining: t.field({ type: 'MinorUnits', description: 'What is left of it.', resolve: (e: BonusBudgetExceededError) => e.remaining }),
  }),
);
errorType(
  BonusNotActiveError,
  'BonusNotActiveError',
  { code: 'BONUS_NOT_ACTIVE', description: 'The grant is not active (it ended already, or is held for review): it cannot be forfeited again. Nothing moved.' },
  (t) => ({ status: t.field({ type: GrantStatusEnum, description: 'Where the grant stands.', resolve: (e: BonusNotActiveError) => e.status }) }),
);
errorType(
  BonusNotPendingReviewError,
  'BonusNotPendingReviewError',
  { code: 'BONUS_NOT_PENDING_REVIEW', description: 'The grant is not held for review (it was decided already, or never held); nothing changed.' },
  (t) => ({ status: t.field({ type: GrantStatusEnum, description: 'Where the grant stands.', resolve: (e: BonusNotPendingReviewError) => e.status }) }),
);

// ---------------------------------------------------------------- the grant

interface Progress {
  grant: GrantRow;
}

const ContributionType = builder.objectRef<{ game: string; staked: string; wagered: string; currency: string }>('BonusGameContribution').implement({
  description: 'What bets on one game did for a grant\'s wagering.',
  fields: (t) => ({
    gameCode: t.exposeString('game', { description: 'The game\'s code at the aggregator (its external id).' }),
    staked: t.field({ type: MoneyType, description: 'Stakes on the game while the grant was fed.', resolve: (c) => money(c.staked, c.currency) }),
    wagered: t.field({ type: MoneyType, description: 'What those stakes counted toward the requirement, after the game\'s weight.', resolve: (c) => money(c.wagered, c.currency) }),
  }),
});

const ProgressType = builder.objectRef<Progress>('BonusProgress').implement({
  description: 'How far a grant\'s wagering is.',
  fields: (t) => ({
    wagered: t.field({ type: MoneyType, description: 'Weighted stakes counted so far (never above `required`).', resolve: ({ grant }) => money(grant.wagered, grant.currency) }),
    required: t.field({ type: MoneyType, description: 'The wagering requirement.', resolve: ({ grant }) => money(grant.wagering_required, grant.currency) }),
    percent: t.int({
      description: 'wagered / required as a whole percentage, rounded down (100 when nothing is required).',
      resolve: ({ grant }) => {
        const required = BigInt(grant.wagering_required);
        return required === 0n ? 100 : Number((BigInt(grant.wagered) * 100n) / required);
      },
    }),
    contributions: t.field({
      type: [ContributionType],
      description: 'Wagering per game, most wagered first.',
      resolve: async ({ grant }, _args, ctx) => (await bonuses.contributionsOf(ctx, grant.id)).map((c) => ({ ...c, currency: grant.currency })),
    }),
  }),
});

const FreeBetsType = builder.objectRef<GrantRow>('BonusGrantFreeBets').implement({
  description: 'The free bets of a FREE_BETS grant.',
  fields: (t) => ({
    total: t.int({ description: 'How many were granted.', resolve: (g) => g.free_bets_total ?? 0 }),
    used: t.int({ description: 'How many were played.', resolve: (g) => g.free_bets_used }),
    stake: t.field({ type: MoneyType, description: 'The stake of each.', resolve: (g) => money(g.free_bet_stake ?? '0', g.currency) }),
    games: t.stringList({ description: 'The codes of the games they may be played on.', resolve: (g) => g.free_bet_games ?? [] }),
  }),
});

const ReviewType = builder.objectRef<GrantRow>('BonusGrantReview').implement({
  description: 'Why a grant was held for review, and how RISK decided. Staff only.',
  fields: (t) => ({
    reason: t.string({ description: 'The abuse signal that held it.', resolve: (g) => g.review_reason ?? '' }),
    ip: t.exposeString('ip', { nullable: true, description: 'The address the claim came from.' }),
    deviceFingerprint: t.exposeString('device_fingerprint', { nullable: true, description: 'The device fingerprint the claim came with.' }),
    sharedWith: t.field({
      type: [PlayerType],
      description: 'The other players whose claims of the same promotion share the address or the device (at most 50).',
      resolve: async (g, _args, ctx) => (await Promise.all((await bonuses.sharedSignalPlayers(ctx, g.id)).map((id) => loadPlayer(ctx, id)))).filter((p) => p !== null),
    }),
    decidedBy: t.field({
      type: StaffUserType,
      nullable: true,
      description: 'The staff user who approved or rejected it; null while pending (or when platform staff decided).',
      resolve: (g, _args, ctx) => (g.reviewed_by?.startsWith('STAFF:') ? loadStaffUser(ctx, g.reviewed_by.slice('STAFF:'.length)) : null),
    }),
    decidedAt: t.expose('reviewed_at', { type: 'DateTime', nullable: true, description: 'When it was decided; null while pending.' }),
    note: t.exposeString('review_note', { nullable: true, description: 'The reviewer\'s note.' }),
  }),
});

export const BonusGrantType = builder.objectRef<GrantRow>('BonusGrant');
builder.node(BonusGrantType, {
  description: 'One bonus of one player, with its terms frozen when granted. Visible to the player and to staff with bonus:read.',
  id: { resolve: (g) => g.id },
  loadMany: async (ids, ctx) => {
    const rows = await bonuses.grantsByIds(ctx, ids);
    return ids.map((id) => {
      const row = rows.get(id);
      return row && (readsBonuses(ctx) || isPlayer(ctx, row.player_id)) ? row : null;
    });
  },
  fields: (t) => ({
    player: t.field({ type: PlayerType, description: 'The player it was granted to.', resolve: (g, _args, ctx) => requirePlayer(ctx, g.player_id) }),
    template: t.field({
      type: BonusTemplateRef,
      nullable: true,
      description: 'The template (promotion) it was granted from, as it stands now (the grant keeps the terms of its `templateVersion`). Staff with bonus:read; null for players.',
      resolve: (g, _args, ctx) => (readsBonuses(ctx) ? loadById(ctx, 'BonusTemplate', templatesBatch, g.template_id) : null),
    }),
    templateVersion: t.exposeInt('template_version', { description: 'The version of the template whose terms it was granted with.' }),
    currency: t.field({ type: 'Currency', description: 'Its currency.', resolve: (g) => g.currency }),
    kind: t.field({ type: GrantKindEnum, description: 'What kind of bonus it is.', resolve: (g) => g.kind }),
    status: t.field({ type: GrantStatusEnum, description: 'Where it stands.', resolve: (g) => g.status }),
    granted: t.field({
      type: MoneyType,
      description: 'The bonus posted to the player\'s bonus balance (PENDING_REVIEW, REJECTED: what it would post; free bets: their bonus wins).',
      resolve: (g) => money(g.granted, g.currency),
    }),
    balance: t.field({ type: MoneyType, description: 'Its share of the player\'s bonus balance now.', resolve: (g) => money(g.balance, g.currency) }),
    converted: t.field({ type: MoneyType, nullable: true, description: 'What converted to cash when it completed; null until it ended.', resolve: (g) => (g.converted === null ? null : money(g.converted, g.currency)) }),
    forfeited: t.field({ type: MoneyType, nullable: true, description: 'What went back to the house when it ended; null until it ended.', resolve: (g) => (g.forfeited === null ? null : money(g.forfeited, g.currency)) }),
    forfeitCost: t.field({
      type: MoneyType,
      description: 'What forfeiting it now would take away from the player: its balance while ACTIVE, else nothing.',
      resolve: (g) => money(g.status === 'ACTIVE' ? g.balance : '0', g.currency),
    }),
    progress: t.field({ type: ProgressType, description: 'Its wagering: counted, required, per game.', resolve: (grant) => ({ grant }) }),
    maxBet: t.field({ type: MoneyType, nullable: true, description: 'The largest stake allowed while it is active; null: no cap.', resolve: (g) => (g.max_bet === null ? null : money(g.max_bet, g.currency)) }),
    freeBets: t.field({ type: FreeBetsType, nullable: true, description: 'Its free bets; null unless FREE_BETS.', resolve: (g) => (g.kind === 'FREE_BETS' ? g : null) }),
    expiresAt: t.expose('expires_at', { type: 'DateTime', description: 'When it expires if not wagered (a held grant\'s validity starts on approval).' }),
    endReason: t.field({ type: EndReasonEnum, nullable: true, description: 'Why it ended; null while pending or active.', resolve: (g) => g.end_reason as EndReason | null }),
    endedAt: t.expose('ended_at', { type: 'DateTime', nullable: true, description: 'When it ended; null while pending or active.' }),
    createdAt: t.expose('created_at', { type: 'DateTime', description: 'When it was granted (or held).' }),
    review: t.field({
      type: ReviewType,
      nullable: true,
      description: 'Its abuse review, for staff with bonus:read: null for players and for grants never held.',
      resolve: (g, _args, ctx) => (readsBonuses(ctx) && g.review_reason ? g : null),
    }),
  }),
});
const BonusGrantConnection = connectionOf(BonusGrantType, 'BonusGrant', { totalCount: true });

builder.objectFields(PlayerType, (t) => ({
  bonuses: t.connection(
    {
      type: BonusGrantType,
      description: 'The player\'s bonuses, newest first. Staff with bonus:read, or the player themself.',
      authScopes: (player, _args, ctx) => (isPlayer(ctx, player.id) ? true : { permission: 'bonus:read' }),
      args: { status: t.arg({ type: GrantStatusEnum, description: 'Only grants in this status.' }) },
      resolve: (player, args, ctx) => bonuses.playerBonuses(ctx, player.id, args),
    },
    BonusGrantConnection,
  ),
}));

// ---------------------------------------------------------------- queries

builder.queryFields((t) => ({
  myBonuses: t.connection(
    {
      type: BonusGrantType,
      description: 'The signed-in player\'s bonuses with their progress, newest first.',
      authScopes: { player: true },
      args: { status: t.arg({ type: GrantStatusEnum, description: 'Only grants in this status.' }) },
      resolve: (_root, args, ctx) => bonuses.myBonuses(ctx, args),
    },
    BonusGrantConnection,
  ),
  bonusReviewQueue: t.connection(
    {
      type: BonusGrantType,
      description: 'Grants held for review (abuse signals), oldest first. RISK staff (bonus:review).',
      authScopes: { permission: 'bonus:review' },
      resolve: (_root, args, ctx) => bonuses.reviewQueue(ctx, args),
    },
    BonusGrantConnection,
  ),
}));

// ---------------------------------------------------------------- mutations

const GRANT_REFUSALS = [
  BonusNotEligibleError, BonusTemplateArchivedError, BonusBudgetExceededError, SelfExcludedError, TimeOutActiveError, IdempotencyConflictError, AccountFrozenError,
] as const;
const TENANT_ERRORS = [TenantRequiredError, TenantNotFoundError] as const;

const ClaimBonusInput = builder.inputType('ClaimBonusInput', {
  description: 'A bonus the signed-in player claims.',
  fields: (t) => ({
    templateId: t.id({ required: true, description: 'The BonusTemplate ID of the promotion.' }),
    currency: t.field({ type: 'Currency', required: true, description: 'The currency to receive it in.' }),
    idempotencyKey: t.string({ required: true, description: 'Unique per player (8-128 printable characters): a replay answers the same grant.' }),
    depositTransactionId: t.id({ description: 'DEPOSIT_MATCH: the LedgerTransaction ID of the deposit to match (a Payment\'s `ledgerTransaction`).' }),
    deviceFingerprint: t.string({ description: 'The device\'s fingerprint (default: the X-Device-Fingerprint header), an abuse signal.' }),
  }),
});
const GrantBonusInput = builder.inputType('GrantBonusInput', {
  description: 'A bonus staff grant to a player.',
  fields: (t) => ({
    playerId: t.id({ required: true, description: 'The Player ID.' }),
    templateId: t.id({ required: true, description: 'The BonusTemplate ID.' }),
    currency: t.field({ type: 'Currency', required: true, description: 'The currency to grant it in.' }),
    idempotencyKey: t.string({ required: true, description: 'Unique among staff grants of the tenant (8-128 printable characters): a replay answers the same grant.' }),
    depositTransactionId: t.id({ description: 'DEPOSIT_MATCH: the LedgerTransaction ID of the player\'s deposit to match.' }),
  }),
});
const ForfeitBonusInput = builder.inputType('ForfeitBonusInput', {
  description: 'One of the signed-in player\'s active bonuses to give up.',
  fields: (t) => ({ grantId: t.id({ required: true, description: 'The BonusGrant ID.' }) }),
});
const ForfeitPlayerBonusInput = builder.inputType('ForfeitPlayerBonusInput', {
  description: 'A player\'s active bonus staff forfeit.',
  fields: (t) => ({
    grantId: t.id({ required: true, description: 'The BonusGrant ID.' }),
    reason: t.string({ required: true, description: 'Why (3-500 characters), for the record.' }),
  }),
});
const ApproveBonusReviewInput = builder.inputType('ApproveBonusReviewInput', {
  description: 'RISK approves a grant held for review.',
  fields: (t) => ({
    grantId: t.id({ required: true, description: 'The BonusGrant ID (from bonusReviewQueue).' }),
    note: t.string({ description: 'Why (3-500 characters), for the record.' }),
  }),
});
const RejectBonusReviewInput = builder.inputType('RejectBonusReviewInput', {
  description: 'RISK rejects a grant held for review.',
  fields: (t) => ({
    grantId: t.id({ required: true, description: 'The BonusGrant ID (from bonusReviewQueue).' }),
    note: t.string({ description: 'Why (3-500 characters), for the record.' }),
  }),
});

function grantPayload(name: string, description: string) {
  return builder.objectRef<GrantOutcome>(name).implement({
    description,
    fields: (t) => ({
      grant: t.field({ type: BonusGrantType, description: 'The grant as it now stands (PENDING_REVIEW when held for RISK review).', resolve: (p) => p.grant }),
      replay: t.exposeBoolean('replay', { description: 'True when the idempotency key had been used: this is the original grant, nothing new happened.' }),
    }),
  });
}
function grantStatePayload(name: string, description: string) {
  return builder.objectRef<{ grant: GrantRow }>(name).implement({
    description,
    fields: (t) => ({ grant: t.field({ type: BonusGrantType, description: 'The grant as it now stands.', resolve: (p) => p.grant }) }),
  });
}
const ClaimBonusPayload = grantPayload('ClaimBonusPayload', 'The claimed bonus.');
const GrantBonusPayload = grantPayload('GrantBonusPayload', 'The granted bonus.');
const ForfeitBonusPayload = grantStatePayload('ForfeitBonusPayload', 'The forfeited bonus.');
const ForfeitPlayerBonusPayload = grantStatePayload('ForfeitPlayerBonusPayload', 'The forfeited bonus.');
const ApproveBonusReviewPayload = grantStatePayload('ApproveBonusReviewPayload', 'The approved grant, now active (or completed at once when it has nothing to wager).');
const RejectBonusReviewPayload = grantStatePayload('RejectBonusReviewPayload', 'The rejected grant.');

const grantIdOf = (id: string | number) => localIdOf(String(id), 'BonusGrant', ['input', 'grantId']);

builder.mutationFields((t) => ({
  claimBonus: t.field({
    type: ClaimBonusPayload,
    description: 'The signed-in player claims a bonus of a promotion: granted at once, or held for RISK review when another account claimed it from the same device or address.',
    authScopes: { player: true },
    errors: { types: [InvalidIdError, ValidationError, NotFoundError, ...GRANT_REFUSALS] },
    args: { input: t.arg({ type: ClaimBonusInput, required: true, description: 'The claim.' }) },
    resolve: async (_root, { input }, ctx) =>
      bonuses.claimBonus(ctx, {
        ...input,
        templateId: localIdOf(String(input.templateId), 'BonusTemplate', ['input', 'templateId']),
        depositTransactionId: optionalLocalIdOf(input.depositTransactionId == null ? null : String(input.depositTransactionId), 'LedgerTransaction', ['input', 'depositTransactionId']) ?? null,
      }),
  }),
  forfeitBonus: t.field({
    type: ForfeitBonusPayload,
    description: 'The signed-in player gives up one of their active bonuses: its balance (`forfeitCost`) goes back to the house.',
    authScopes: { player: true },
    errors: { types: [InvalidIdError, NotFoundError, BonusNotActiveError] },
    args: { input: t.arg({ type: ForfeitBonusInput, required: true, description: 'The bonus.' }) },
    resolve: async (_root, { input }, ctx) => ({ grant: await bonuses.forfeitBonus(ctx, grantIdOf(input.grantId)) }),
  }),
  grantBonus: t.field({
    type: GrantBonusPayload,
    description: 'Staff grant a bonus of a template to a player, through the same rules as a claim (eligibility, budgets, responsible gambling).',
    authScopes: { permission: 'bonus:manage' },
    // TenantNotFoundError left out: the union stays within 12 members, and staff sign in to their tenant.
    errors: { types: [InvalidIdError, ValidationError, NotFoundError, ...GRANT_REFUSALS, TenantRequiredError] },
    args: { input: t.arg({ type: GrantBonusInput, required: true, description: 'The grant.' }) },
    resolve: async (_root, { input }, ctx) =>
      bonuses.staffGrantBonus(ctx, {
        ...input,
        playerId: localIdOf(String(input.playerId), 'Player', ['input', 'playerId']),
        templateId: localIdOf(String(input.templateId), 'BonusTemplate', ['input', 'templateId']),
        depositTransactionId: optionalLocalIdOf(input.depositTransactionId == null ? null : String(input.depositTransactionId), 'LedgerTransaction', ['input', 'depositTransactionId']) ?? null,
      }),
  }),
  forfeitPlayerBonus: t.field({
    type: ForfeitPlayerBonusPayload,
    description: 'Staff forfeit a player\'s active bonus with a written reason (audited).',
    authScopes: { permission: 'bonus:manage' },
    errors: { types: [InvalidIdError, ValidationError, NotFoundError, BonusNotActiveError, ...TENANT_ERRORS] },
    args: { input: t.arg({ type: ForfeitPlayerBonusInput, required: true, description: 'The bonus and the reason.' }) },
    resolve: async (_root, { input }, ctx) => ({ grant: await bonuses.forfeitPlayerBonus(ctx, { ...input, grantId: grantIdOf(input.grantId) }) }),
  }),
  approveBonusReview: t.field({
    type: ApproveBonusReviewPayload,
    description: 'RISK approves a held grant: it is posted and its validity starts now (audited with the reviewer and note). Refused while the player is blocked, self-excluded or timed out.',
    authScopes: { permission: 'bonus:review' },
    errors: { types: [InvalidIdError, ValidationError, NotFoundError, BonusNotPendingReviewError, BonusNotEligibleError, SelfExcludedError, TimeOutActiveError, AccountFrozenError, ...TENANT_ERRORS] },
    args: { input: t.arg({ type: ApproveBonusReviewInput, required: true, description: 'The decision.' }) },
    resolve: async (_root, { input }, ctx) => ({ grant: await bonuses.approveBonusReview(ctx, { ...input, grantId: grantIdOf(input.grantId) }) }),
  }),
  rejectBonusReview: t.field({
    type: RejectBonusReviewPayload,
    description: 'RISK rejects a held grant: nothing is posted, its budget reservations are released (audited with the reviewer and note).',
    authScopes: { permission: 'bonus:review' },
    errors: { types: [InvalidIdError, ValidationError, NotFoundError, BonusNotPendingReviewError, ...TENANT_ERRORS] },
    args: { input: t.arg({ type: RejectBonusReviewInput, required: true, description: 'The decision.' }) },
    resolve: async (_root, { input }, ctx) => ({ grant: await bonuses.rejectBonusReview(ctx, { ...input, grantId: grantIdOf(input.grantId) }) }),
  }),
}));

// ---------------------------------------------------------------- bonusUpdated

/** What SQL `bonus_publish` writes (stream `bonus-grant:<id>`, seq per grant). */
interface BonusUpdatedPayload {
  grantId: string;
  playerId: string;
  currency: string;
  status: GrantStatus;
  balance: string;
  wagered: string;
  wageringRequired: string;
  freeBetsUsed: number;
  endReason: EndReason | null;
}
export const BONUS_UPDATED = 'bonus.updated';

const BonusEventType = builder.objectRef<PublishedEvent<BonusUpdatedPayload>>('BonusGrantEvent').implement({
  description: 'A change of one bonus grant: its state just after the change.',
  fields: (t) => ({
    grant: t.field({
      type: BonusGrantType,
      nullable: true,
      description: 'The grant (as it stands when read).',
      resolve: (e, _args, ctx) => loadById(ctx, 'bonusGrants', bonuses.grantsByIds, e.payload.grantId),
    }),
    seq: t.int({ description: 'Per-grant sequence number: in order, a gap means a missed event (read the grant to catch up).', resolve: (e) => e.seq }),
    status: t.field({ type: GrantStatusEnum, description: 'Its status after the change.', resolve: (e) => e.payload.status }),
    balance: t.field({ type: MoneyType, description: 'Its balance after the change.', resolve: (e) => money(e.payload.balance, e.payload.currency) }),
    wagered: t.field({ type: MoneyType, description: 'Wagering counted after the change.', resolve: (e) => money(e.payload.wagered, e.payload.currency) }),
    required: t.field({ type: MoneyType, description: 'The wagering requirement.', resolve: (e) => money(e.payload.wageringRequired, e.payload.currency) }),
    freeBetsUsed: t.int({ description: 'Free bets played so far.', resolve: (e) => e.payload.freeBetsUsed }),
    endReason: t.field({ type: EndReasonEnum, nullable: true, description: 'Why it ended, once it did.', resolve: (e) => e.payload.endReason }),
    occurredAt: t.field({ type: 'DateTime', description: 'When the change was committed.', resolve: (e) => e.occurredAt }),
  }),
});

async function* ownEvents(ctx: Context) {
  const me = ctx.principal?.kind === 'player' ? ctx.principal.playerId : '';
  const events = ctx.services.pubsub.subscribe<PublishedEvent<BonusUpdatedPayload>>(eventChannel(requireTenant(ctx).id, BONUS_UPDATED));
  try {
    for await (const event of events) if (event.payload.playerId === me) yield event;
  } finally {
    await events.return?.();
  }
}

builder.subscriptionFields((t) => ({
  bonusUpdated: t.field({
    type: BonusEventType,
    description: 'Each change of the signed-in player\'s own bonus grants (granted, wagered, completed, forfeited, expired, reviewed), with a per-grant seq.',
    authScopes: { player: true },
    subscribe: (_root, _args, ctx) => ownEvents(ctx),
    resolve: (event) => event,
  }),
}));
