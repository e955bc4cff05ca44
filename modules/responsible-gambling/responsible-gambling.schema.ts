import { builder } from '../../src/builder.js';
import { requireTenant, type Context } from '../../src/context.js';
import { InvalidIdError, NotFoundError, ValidationError } from '../../src/errors.js';
import { errorType } from '../../src/graphql/errors.js';
import { localIdOf } from '../../src/graphql/ids.js';
import { money, MoneyType } from '../../src/graphql/money.js';
import { holds } from '../../src/auth/principal.js';
import { eventChannel, type PublishedEvent } from '../../src/events/outbox.js';
import { loadPlayer, PlayerType } from '../identity/index.js';
import {
  CannotShortenError,
  DepositLimitReachedError,
  LossLimitReachedError,
  SelfExcludedError,
  SessionLimitReachedError,
  TimeOutActiveError,
} from './responsible-gambling.errors.js';
import * as rg from './responsible-gambling.service.js';
import * as flags from './responsible-gambling.flags.js';

errorType(
  CannotShortenError,
  'RgCannotShortenError',
  { code: 'RG_CANNOT_SHORTEN', description: 'A time-out or self-exclusion already in force ends later than the one asked for: it can be extended, never shortened. Nothing changed; `until` in the message says when the current one ends.' },
);
// The refusals other modules' mutations return as members of their result unions.
errorType(SelfExcludedError, 'SelfExcludedError', {
  code: 'SELF_EXCLUDED',
  description: 'The player is self-excluded: play, bets and deposits are refused until the exclusion ends (withdrawals stay possible). Nothing to retry; show the player when it ends.',
});
errorType(TimeOutActiveError, 'TimeOutActiveError', {
  code: 'TIME_OUT',
  description: 'The player is taking a time-out: play, bets and deposits are refused until it ends. Nothing to retry until then.',
});
errorType(SessionLimitReachedError, 'SessionLimitReachedError', {
  code: 'SESSION_LIMIT_REACHED',
  description: 'The player\'s session time limit is reached: play is refused until the session ends (30 minutes without play).',
});
errorType(DepositLimitReachedError, 'DepositLimitReachedError', {
  code: 'DEPOSIT_LIMIT_REACHED',
  description: 'The deposit would take the player past one of their deposit limits in its currency; nothing was charged. A smaller amount may pass (see ResponsibleGambling.allowances).',
});
errorType(LossLimitReachedError, 'LossLimitReachedError', {
  code: 'LOSS_LIMIT_REACHED',
  description: 'The bet would take the player past one of their loss limits in its currency; it was refused. A smaller stake may pass (see ResponsibleGambling.allowances).',
});

const LimitKind = builder.enumType('RgLimitKind', {
  description: 'What a responsible-gambling limit bounds.',
  values: {
    DEPOSIT: { description: 'Deposits made in the window.' },
    LOSS: { description: 'Net loss in the window: stakes minus wins.' },
  } as const,
});
const LimitPeriod = builder.enumType('RgLimitPeriod', {
  description: 'The rolling window of a limit, counted in whole clock hours.',
  values: {
    DAY: { description: 'The last 24 hours.' },
    WEEK: { description: 'The last 7 days.' },
    MONTH: { description: 'The last 30 days.' },
  } as const,
});
const NoticeKind = builder.enumType('RgNoticeKind', {
  description: 'What a responsible-gambling notice tells the player.',
  values: {
    REALITY_CHECK: { description: 'A reminder of how long the current play session has lasted (every realityCheckMinutes).' },
    SESSION_LIMIT_REACHED: { description: 'The session time limit is reached: play is refused until the session ends.' },
    TIME_OUT_STARTED: { description: 'A time-out has started (`until` says when it ends).' },
    SELF_EXCLUDED: { description: 'A self-exclusion has started (`until` says when it ends).' },
  } as const,
});
const PlayRefusalEnum = builder.enumType('RgPlayRefusal', {
  description: 'Why play is refused now.',
  values: {
    SELF_EXCLUDED: { description: 'The player is self-excluded.' },
    TIME_OUT: { description: 'The player is taking a time-out.' },
    SESSION_LIMIT_REACHED: { description: 'The session time limit of the current play session is reached.' },
  } as const,
});

const Limit = builder.objectRef<rg.RgLimitView>('RgLimit').implement({
  description: 'A deposit or loss limit of one currency and period.',
  fields: (t) => ({
    kind: t.field({ type: LimitKind, description: 'What the limit bounds.', resolve: (l) => l.kind }),
    currency: t.field({ type: 'Currency', description: 'The currency it applies to (each currency has its own limits).', resolve: (l) => l.currency }),
    period: t.field({ type: LimitPeriod, description: 'Its rolling window.', resolve: (l) => l.period }),
    amount: t.field({
      type: MoneyType,
      nullable: true,
      description: 'The limit in force; null when none yet (a new limit that loosens nothing applies at once, so this is null only while a removal or raise waits).',
      resolve: (l) => (l.amount === null ? null : money(l.amount, l.currency)),
    }),
    pendingAmount: t.field({
      type: MoneyType,
      nullable: true,
      description: 'A raise waiting for its 24-hour cooling-off; null when none (or when the limit is being removed).',
      resolve: (l) => (l.pendingAmount === null ? null : money(l.pendingAmount, l.currency)),
    }),
    pendingRemoval: t.exposeBoolean('pendingRemoval', { description: 'The limit is being removed, after its 24-hour cooling-off.' }),
    pendingEffectiveAt: t.expose('pendingEffectiveAt', { type: 'DateTime', nullable: true, description: 'When the pending raise or removal takes effect.' }),
    used: t.field({ type: MoneyType, description: 'Deposits, or net loss (stakes − wins), in the current window.', resolve: (l) => money(l.used, l.currency) }),
  }),
});

const Allowance = builder.objectRef<rg.RgAllowanceView>('RgAllowance').implement({
  description: 'What may still be deposited or lost now in one currency: the tightest limit in force wins.',
  fields: (t) => ({
    kind: t.field({ type: LimitKind, description: 'Deposits or losses.', resolve: (a) => a.kind }),
    remaining: t.field({ type: MoneyType, description: 'What may still be deposited (or lost) now, never below zero.', resolve: (a) => money(a.remaining, a.currency) }),
    period: t.field({ type: LimitPeriod, description: 'The period whose limit is the tightest.', resolve: (a) => a.period }),
  }),
});

const PendingSessionLimit = builder.objectRef<NonNullable<rg.RgView['pendingSessionLimit']>>('RgPendingSessionLimit').implement({
  description: 'A longer session time limit (or its removal) waiting for its 24-hour cooling-off.',
  fields: (t) => ({
    minutes: t.exposeInt('minutes', { nullable: true, description: 'The new limit in minutes; null: the limit is being removed.' }),
    effectiveAt: t.expose('effectiveAt', { type: 'DateTime', description: 'When it takes effect.' }),
  }),
});

const PlaySession = builder.objectRef<NonNullable<rg.RgView['session']>>('RgPlaySession').implement({
  description: 'The player\'s live play session: it starts with a game launch or a poker sit and ends after 30 minutes without play.',
  fields: (t) => ({
    startedAt: t.expose('startedAt', { type: 'DateTime', description: 'When the session started.' }),
    lastActivityAt: t.expose('lastActivityAt', { type: 'DateTime', description: 'The last launch, sit or bet of the session.' }),
    nextNoticeAt: t.expose('nextNoticeAt', { type: 'DateTime', nullable: true, description: 'Next reality check or session-limit notice.' }),
  }),
});

const Flag = builder.objectRef<flags.RgFlag>('RgFlag').implement({
  description: 'A staff flag on a player for responsible-gambling concerns: while it stands the player is shown no offers or other marketing. Staff only.',
  fields: (t) => ({
    flaggedAt: t.expose('flaggedAt', { type: 'DateTime', description: 'When the player was first flagged (a new reason on a flagged player keeps this time).' }),
    reason: t.exposeString('reason', { nullable: true, description: 'Why, in the words of the staff member who flagged the player last.' }),
    flaggedBy: t.exposeString('flaggedBy', { nullable: true, description: 'Who flagged the player last, as `<kind>:<id>` (e.g. `STAFF:<staff id>`).' }),
  }),
});

const State = builder.objectRef<rg.RgView>('ResponsibleGambling').implement({
  description: 'A player\'s responsible-gambling settings and state: limits and what they leave, time-out, self-exclusion, session limits and the live play session.',
  fields: (t) => ({
    player: t.field({
      type: PlayerType,
      description: 'The player these settings belong to.',
      resolve: async (s, _args, ctx) => {
        const player = await loadPlayer(ctx, s.playerId);
        if (!player) throw new Error(`player ${s.playerId} of a responsible-gambling state is missing`);
        return player;
      },
    }),
    limits: t.field({ type: [Limit], description: 'Every deposit and loss limit in force or pending, by kind, currency and period (day, week, month).', resolve: (s) => s.limits }),
    allowances: t.field({ type: [Allowance], description: 'What each kind of limit still allows now, per currency.', resolve: (s) => s.allowances }),
    timeOutUntil: t.expose('timeOutUntil', { type: 'DateTime', nullable: true, description: 'The end of the time-out in force; null when none.' }),
    selfExcludedFrom: t.expose('selfExcludedFrom', { type: 'DateTime', nullable: true, description: 'The start of the self-exclusion in force; null when none.' }),
    selfExcludedUntil: t.expose('selfExcludedUntil', { type: 'DateTime', nullable: true, description: 'The end of the self-exclusion in force; null when none.' }),
    sessionLimitMinutes: t.exposeInt('sessionLimitMinutes', { nullable: true, description: 'The session time limit in force, in minutes; null when none.' }),
    pendingSessionLimit: t.field({ type: PendingSessionLimit, nullable: true, description: 'A longer session limit or a removal waiting for its cooling-off.', resolve: (s) => s.pendingSessionLimit }),
    realityCheckMinutes: t.exposeInt('realityCheckMinutes', { nullable: true, description: 'A reality check is sent every so many minutes of a play session; null when off.' }),
    session: t.field({ type: PlaySession, nullable: true, description: 'The live play session; null when none.', resolve: (s) => s.session }),
    playRefusal: t.field({ type: PlayRefusalEnum, nullable: true, description: 'Why play is refused now; null when play is allowed.', resolve: (s) => s.playRefusal }),
    marketingAllowed: t.exposeBoolean('marketingAllowed', { description: 'Whether the player may receive marketing (false while self-excluded or flagged by staff).' }),
    flag: t.field({
      type: Flag,
      nullable: true,
      description: 'The staff responsible-gambling flag, for staff; null when the player is not flagged, and always null for the player themself (they never see the staff reason).',
      resolve: (s, _args, ctx) => (ctx.principal && ctx.principal.kind !== 'player' && ctx.principal.kind !== 'affiliate' ? s.flag : null),
    }),
  }),
});

interface ChangePayload {
  appliesAt: Date;
  ctx: Context;
}
function changePayload(name: string, what: string) {
  return builder.objectRef<ChangePayload>(name).implement({
    description: `The result of \`${what}\`.`,
    fields: (t) => ({
      appliesAt: t.expose('appliesAt', { type: 'DateTime', description: 'When the change takes effect: now, or after the 24-hour cooling-off.' }),
      responsibleGambling: t.field({ type: State, description: 'The player\'s settings and state after the change.', resolve: (p) => rg.myResponsibleGambling(p.ctx) }),
    }),
  });
}

const SetLimitInput = builder.inputType('SetResponsibleGamblingLimitInput', {
  description: 'One deposit or loss limit of the signed-in player.',
  fields: (t) => ({
    kind: t.field({ type: LimitKind, required: true, description: 'Deposits or losses.' }),
    currency: t.field({ type: 'Currency', required: true, description: 'The currency the limit applies to: one of the casino\'s currencies.' }),
    period: t.field({ type: LimitPeriod, required: true, description: 'The rolling window.' }),
    amount: t.field({ type: 'MinorUnits', description: 'The limit in minor units ("0" allowed); null or absent removes the limit after the cooling-off.' }),
  }),
});
const SetSessionTimeLimitInput = builder.inputType('SetSessionTimeLimitInput', {
  description: 'The signed-in player\'s session time limit.',
  fields: (t) => ({
    minutes: t.int({ description: `Minutes of play per session, ${rg.SESSION_LIMIT_MINUTES.min} to ${rg.SESSION_LIMIT_MINUTES.max}; null or absent removes the limit (after the cooling-off).` }),
  }),
});
const SetRealityCheckIntervalInput = builder.inputType('SetRealityCheckIntervalInput', {
  description: 'The signed-in player\'s reality-check interval.',
  fields: (t) => ({
    minutes: t.int({ description: `A reminder every so many minutes of a play session, ${rg.REALITY_CHECK_MINUTES.min} to ${rg.REALITY_CHECK_MINUTES.max}; null or absent turns it off.` }),
  }),
});
const TakeTimeOutInput = builder.inputType('TakeTimeOutInput', {
  description: 'A time-out of the signed-in player.',
  fields: (t) => ({
    hours: t.int({ required: true, description: `Its length in hours, ${rg.TIME_OUT_HOURS.min} (a day) to ${rg.TIME_OUT_HOURS.max} (6 weeks), from now.` }),
  }),
});
const SelfExcludeInput = builder.inputType('SelfExcludeInput', {
  description: 'A self-exclusion of the signed-in player.',
  fields: (t) => ({
    months: t.int({ required: true, description: `Its length in months, ${rg.SELF_EXCLUSION_MONTHS.min} to ${rg.SELF_EXCLUSION_MONTHS.max}, from now.` }),
  }),
});

/** Staff with rg:read, or the player themself. */
function mayReadOf(ctx: Context, playerId: string): boolean {
  const p = ctx.principal;
  if (p?.kind === 'player') return p.playerId === playerId;
  return holds(p, 'rg:read');
}

builder.queryFields((t) => ({
  responsibleGambling: t.field({
    type: State,
    description: 'The signed-in player\'s limits, pending raises, time-out, exclusion and play session.',
    authScopes: { player: true },
    resolve: (_root, _args, ctx) => rg.myResponsibleGambling(ctx),
  }),
  playerResponsibleGambling: t.field({
    type: State,
    nullable: true,
    description: 'A player\'s responsible-gambling state, for staff with rg:read; null when the tenant has no such player. Read only: staff cannot change a player\'s limits. Same as `Player.responsibleGambling`.',
    authScopes: { permission: 'rg:read' },
    args: { playerId: t.arg.id({ required: true, description: 'The global ID of the Player.' }) },
    resolve: (_root, { playerId }, ctx) => rg.playerResponsibleGambling(ctx, localIdOf(playerId, 'Player', ['playerId'])),
  }),
}));

// A player's detail (issue #14, section 2): their responsible-gambling state.
builder.objectFields(PlayerType, (t) => ({
  responsibleGambling: t.field({
    type: State,
    nullable: true,
    description: 'The player\'s responsible-gambling settings and state: for staff with rg:read and for the player themself; null with a FORBIDDEN error for anyone else.',
    authScopes: (player, _args, ctx) => mayReadOf(ctx, player.id),
    resolve: (player, _args, ctx) => rg.playerResponsibleGambling(ctx, player.id),
  }),
}));

const SetLimitPayload = changePayload('SetResponsibleGamblingLimitPayload', 'setResponsibleGamblingLimit');
const SetSessionTimeLimitPayload = changePayload('SetSessionTimeLimitPayload', 'setSessionTimeLimit');
const SetRealityCheckIntervalPayload = changePayload('SetRealityCheckIntervalPayload', 'setRealityCheckInterval');
const TakeTimeOutPayload = changePayload('TakeTimeOutPayload', 'takeTimeOut');
const SelfExcludePayload = changePayload('SelfExcludePayload', 'selfExclude');

builder.mutationFields((t) => ({
  setResponsibleGamblingLimit: t.field({
    type: SetLimitPayload,
    description: 'Sets a deposit or loss limit of the signed-in player: a lower one applies at once, a higher one (or a removal) after 24 hours. Audited.',
    authScopes: { player: true },
    errors: { types: [ValidationError] },
    args: { input: t.arg({ type: SetLimitInput, required: true, description: 'The limit.' }) },
    resolve: async (_root, { input }, ctx) => ({
      ...(await rg.setLimit(ctx, { kind: input.kind, currency: input.currency, period: input.period, amount: input.amount ?? null })),
      ctx,
    }),
  }),
  setSessionTimeLimit: t.field({
    type: SetSessionTimeLimitPayload,
    description: 'Sets the minutes of play per session of the signed-in player: shorter at once, longer (or removed) after 24 hours. Audited.',
    authScopes: { player: true },
    errors: { types: [ValidationError] },
    args: { input: t.arg({ type: SetSessionTimeLimitInput, required: true, description: 'The limit.' }) },
    resolve: async (_root, { input }, ctx) => ({ ...(await rg.setSessionLimit(ctx, input.minutes ?? null)), ctx }),
  }),
  setRealityCheckInterval: t.field({
    type: SetRealityCheckIntervalPayload,
    description: 'Sets how often the signed-in player is reminded of their session\'s length (the realityCheck subscription); applies at once. Audited.',
    authScopes: { player: true },
    errors: { types: [ValidationError] },
    args: { input: t.arg({ type: SetRealityCheckIntervalInput, required: true, description: 'The interval.' }) },
    resolve: async (_root, { input }, ctx) => ({ ...(await rg.setRealityCheck(ctx, input.minutes ?? null)), ctx }),
  }),
  takeTimeOut: t.field({
    type: TakeTimeOutPayload,
    description: 'No play, bets or deposits for 24 hours to 6 weeks, at once; ends the play session. It can be extended, not shortened. Audited.',
    authScopes: { player: true },
    errors: { types: [ValidationError, CannotShortenError] },
    args: { input: t.arg({ type: TakeTimeOutInput, required: true, description: 'The time-out.' }) },
    resolve: async (_root, { input }, ctx) => ({ ...(await rg.takeTimeOut(ctx, input.hours)), ctx }),
  }),
  selfExclude: t.field({
    type: SelfExcludePayload,
    description: 'Self-exclusion for 6 to 60 months, at once and irreversible until it ends: no play, bets, deposits or marketing; withdrawals stay possible. Audited.',
    authScopes: { player: true },
    errors: { types: [ValidationError, CannotShortenError] },
    args: { input: t.arg({ type: SelfExcludeInput, required: true, description: 'The self-exclusion.' }) },
    resolve: async (_root, { input }, ctx) => ({ ...(await rg.selfExclude(ctx, input.months)), ctx }),
  }),
}));

const Notice = builder.objectRef<PublishedEvent<rg.RgNoticePayload>>('RgNotice').implement({
  description: 'A responsible-gambling notice for the signed-in player.',
  fields: (t) => ({
    kind: t.field({ type: NoticeKind, description: 'What the notice tells.', resolve: (e) => e.payload.kind }),
    seq: t.int({ description: 'Per-player sequence number: a gap means a missed notice.', resolve: (e) => e.seq }),
    sessionStartedAt: t.field({ type: 'DateTime', nullable: true, description: 'When the play session started (reality checks and session-limit notices).', resolve: (e) => e.payload.sessionStartedAt }),
    elapsedMinutes: t.int({ nullable: true, description: 'Minutes played in this session.', resolve: (e) => e.payload.elapsedMinutes }),
    sessionLimitMinutes: t.int({ nullable: true, description: 'The session time limit in force, in minutes; null when none.', resolve: (e) => e.payload.sessionLimitMinutes }),
    until: t.field({ type: 'DateTime', nullable: true, description: 'End of a time-out or self-exclusion.', resolve: (e) => e.payload.until }),
    occurredAt: t.field({ type: 'DateTime', description: 'When the notice was sent.', resolve: (e) => e.occurredAt }),
  }),
});

async function* mine(ctx: Context) {
  const playerId = ctx.principal?.kind === 'player' ? ctx.principal.playerId : '';
  const events = ctx.services.pubsub.subscribe<PublishedEvent<rg.RgNoticePayload>>(eventChannel(requireTenant(ctx).id, rg.RG_NOTICE));
  try {
    for await (const event of events) if (event.payload.playerId === playerId) yield event;
  } finally {
    await events.return?.();
  }
}

builder.subscriptionFields((t) => ({
  realityCheck: t.field({
    type: Notice,
    description: 'The signed-in player\'s reality checks (every realityCheckMinutes of a play session), session-limit, time-out and exclusion notices.',
    authScopes: { player: true },
    subscribe: (_root, _args, ctx) => mine(ctx),
    resolve: (event) => event,
  }),
}));

// ---------------------------------------------------------------- the staff flag (issue #17)

const FlagPlayerInput = builder.inputType('FlagPlayerForResponsibleGamblingInput', {
  description: 'A player to flag for responsible-gambling concerns.',
  fields: (t) => ({
    playerId: t.id({ required: true, description: 'The global ID of the Player.' }),
    reason: t.string({ required: true, description: 'Why, 1 to 500 characters; staff only, never shown to the player.' }),
  }),
});
const ClearFlagInput = builder.inputType('ClearResponsibleGamblingFlagInput', {
  description: 'A flagged player whose flag to clear.',
  fields: (t) => ({
    playerId: t.id({ required: true, description: 'The global ID of the Player.' }),
    note: t.string({ required: true, description: 'Why the flag is cleared, 1 to 500 characters (kept in the audit trail).' }),
  }),
});

interface FlagChange {
  playerId: string;
  changed: boolean;
  ctx: Context;
}
function flagPayload(name: string, what: string, changed: string) {
  return builder.objectRef<FlagChange>(name).implement({
    description: `The result of \`${what}\`.`,
    fields: (t) => ({
      changed: t.exposeBoolean('changed', { description: changed }),
      responsibleGambling: t.field({
        type: State,
        description: 'The player\'s responsible-gambling state after the change, with its flag.',
        resolve: async (p) => {
          const view = await rg.playerResponsibleGambling(p.ctx, p.playerId);
          if (!view) throw new Error(`player ${p.playerId} vanished after an RG flag change`);
          return view;
        },
      }),
    }),
  });
}
const FlagPlayerPayload = flagPayload('FlagPlayerForResponsibleGamblingPayload', 'flagPlayerForResponsibleGambling', 'False when the player was flagged already (the reason was replaced; no second signal).');
const ClearFlagPayload = flagPayload('ClearResponsibleGamblingFlagPayload', 'clearResponsibleGamblingFlag', 'False when the player was not flagged (nothing changed, nothing audited).');

builder.mutationFields((t) => ({
  flagPlayerForResponsibleGambling: t.field({
    type: FlagPlayerPayload,
    description: 'Flags a player for responsible-gambling concerns (rg:flag): no offers or other marketing while flagged, and an RG signal that experiments count as a guardrail. Audited on the Player.',
    authScopes: { permission: 'rg:flag' },
    errors: { types: [ValidationError, InvalidIdError, NotFoundError] },
    args: { input: t.arg({ type: FlagPlayerInput, required: true, description: 'The player and the reason.' }) },
    resolve: async (_root, { input }, ctx) => {
      const playerId = localIdOf(String(input.playerId), 'Player', ['input', 'playerId']);
      const { newlyFlagged } = await flags.flagPlayer(ctx, { playerId, reason: input.reason });
      return { playerId, changed: newlyFlagged, ctx };
    },
  }),
  clearResponsibleGamblingFlag: t.field({
    type: ClearFlagPayload,
    description: 'Clears a player\'s responsible-gambling flag (rg:flag), with a note: they may be shown offers again. Audited on the Player.',
    authScopes: { permission: 'rg:flag' },
    errors: { types: [ValidationError, InvalidIdError, NotFoundError] },
    args: { input: t.arg({ type: ClearFlagInput, required: true, description: 'The player and the note.' }) },
    resolve: async (_root, { input }, ctx) => {
      const playerId = localIdOf(String(input.playerId), 'Player', ['input', 'playerId']);
      return { playerId, changed: await flags.clearPlayerFlag(ctx, { playerId, note: input.note }), ctx };
    },
  }),
}));
