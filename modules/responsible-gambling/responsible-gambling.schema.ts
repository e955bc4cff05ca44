import { builder } from '../../src/builder.js';
import { requireTenant, type Context } from '../../src/context.js';
import { ValidationError } from '../../src/errors.js';
import { errorType, TENANT_ERRORS } from '../../src/graphql/errors.js';
import { eventChannel, type PublishedEvent } from '../../src/events/outbox.js';
import {
  CannotShortenError,
  DepositLimitReachedError,
  LossLimitReachedError,
  SelfExcludedError,
  SessionLimitReachedError,
  TimeOutActiveError,
} from './responsible-gambling.errors.js';
import * as rg from './responsible-gambling.service.js';

errorType(CannotShortenError, 'RgCannotShortenError', { code: 'RG_CANNOT_SHORTEN', description: '' });
// The refusals other modules' mutations return as members of their result unions.
errorType(SelfExcludedError, 'SelfExcludedError', { code: 'SELF_EXCLUDED', description: '' });
errorType(TimeOutActiveError, 'TimeOutActiveError', { code: 'TIME_OUT', description: '' });
errorType(SessionLimitReachedError, 'SessionLimitReachedError', { code: 'SESSION_LIMIT_REACHED', description: '' });
errorType(DepositLimitReachedError, 'DepositLimitReachedError', { code: 'DEPOSIT_LIMIT_REACHED', description: '' });
errorType(LossLimitReachedError, 'LossLimitReachedError', { code: 'LOSS_LIMIT_REACHED', description: '' });

const LimitKind = builder.enumType('RgLimitKind', { values: rg.LIMIT_KINDS });
const LimitPeriod = builder.enumType('RgLimitPeriod', {
  values: rg.LIMIT_PERIODS,
  description: 'DAY = 24 hours, WEEK = 7 days, MONTH = 30 days; rolling windows counted in whole clock hours.',
});
const NoticeKind = builder.enumType('RgNoticeKind', { values: rg.NOTICE_KINDS });

const Limit = builder.objectRef<rg.RgLimitView>('RgLimit').implement({
  description: 'A deposit or loss limit of one currency and period.',
  fields: (t) => ({
    kind: t.field({ type: LimitKind, resolve: (l) => l.kind }),
    currency: t.exposeString('currency'),
    period: t.field({ type: LimitPeriod, resolve: (l) => l.period }),
    amount: t.expose('amount', { type: 'MinorUnits', nullable: true, description: 'The limit in force; null when none (a new limit waits for its cooling-off).' }),
    pendingAmount: t.expose('pendingAmount', { type: 'MinorUnits', nullable: true, description: 'A raise waiting for its 24-hour cooling-off.' }),
    pendingRemoval: t.exposeBoolean('pendingRemoval', { description: 'The limit is being removed, after its 24-hour cooling-off.' }),
    pendingEffectiveAt: t.expose('pendingEffectiveAt', { type: 'DateTime', nullable: true }),
    used: t.expose('used', { type: 'MinorUnits', description: 'Deposits, or net loss (stakes − wins), in the current window.' }),
  }),
});

const Allowance = builder.objectRef<rg.RgAllowanceView>('RgAllowance').implement({
  description: 'What may still be deposited or lost now in one currency: the tightest limit in force wins.',
  fields: (t) => ({
    kind: t.field({ type: LimitKind, resolve: (a) => a.kind }),
    currency: t.exposeString('currency'),
    remaining: t.expose('remaining', { type: 'MinorUnits' }),
    period: t.field({ type: LimitPeriod, description: 'The period whose limit is the tightest.', resolve: (a) => a.period }),
  }),
});

const PendingSessionLimit = builder.objectRef<NonNullable<rg.RgView['pendingSessionLimit']>>('RgPendingSessionLimit').implement({
  fields: (t) => ({
    minutes: t.exposeInt('minutes', { nullable: true, description: 'Null: the limit is being removed.' }),
    effectiveAt: t.expose('effectiveAt', { type: 'DateTime' }),
  }),
});

const PlaySession = builder.objectRef<NonNullable<rg.RgView['session']>>('RgPlaySession').implement({
  fields: (t) => ({
    startedAt: t.expose('startedAt', { type: 'DateTime' }),
    lastActivityAt: t.expose('lastActivityAt', { type: 'DateTime' }),
    nextNoticeAt: t.expose('nextNoticeAt', { type: 'DateTime', nullable: true, description: 'Next reality check or session-limit notice.' }),
  }),
});

const State = builder.objectRef<rg.RgView>('ResponsibleGambling').implement({
  description: 'A player\'s responsible-gambling settings and state.',
  fields: (t) => ({
    playerId: t.exposeID('playerId'),
    limits: t.field({ type: [Limit], resolve: (s) => s.limits }),
    allowances: t.field({ type: [Allowance], resolve: (s) => s.allowances }),
    timeOutUntil: t.expose('timeOutUntil', { type: 'DateTime', nullable: true }),
    selfExcludedFrom: t.expose('selfExcludedFrom', { type: 'DateTime', nullable: true }),
    selfExcludedUntil: t.expose('selfExcludedUntil', { type: 'DateTime', nullable: true }),
    sessionLimitMinutes: t.exposeInt('sessionLimitMinutes', { nullable: true }),
    pendingSessionLimit: t.field({ type: PendingSessionLimit, nullable: true, resolve: (s) => s.pendingSessionLimit }),
    realityCheckMinutes: t.exposeInt('realityCheckMinutes', { nullable: true }),
    session: t.field({ type: PlaySession, nullable: true, resolve: (s) => s.session }),
    playRefusal: t.exposeString('playRefusal', { nullable: true, description: 'SELF_EXCLUDED, TIME_OUT or SESSION_LIMIT_REACHED when play is refused now.' }),
    marketingAllowed: t.exposeBoolean('marketingAllowed'),
  }),
});

interface ChangePayload {
  appliesAt: Date;
  ctx: Context;
}
const Payload = builder.objectRef<ChangePayload>('ResponsibleGamblingPayload').implement({
  fields: (t) => ({
    appliesAt: t.expose('appliesAt', { type: 'DateTime', description: 'When the change takes effect: now, or after the 24-hour cooling-off.' }),
    responsibleGambling: t.field({ type: State, resolve: (p) => rg.myResponsibleGambling(p.ctx) }),
  }),
});

const LimitInput = builder.inputType('SetRgLimitInput', {
  fields: (t) => ({
    kind: t.field({ type: LimitKind, required: true }),
    currency: t.string({ required: true }),
    period: t.field({ type: LimitPeriod, required: true }),
    amount: t.field({ type: 'MinorUnits', description: 'Minor units ("0" allowed); null removes the limit after the cooling-off.' }),
  }),
});

const ERRORS = [ValidationError, ...TENANT_ERRORS] as const;

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
    description: 'A player\'s responsible-gambling state, for staff. Read only: staff cannot change a player\'s limits.',
    authScopes: { permission: 'rg:read' },
    args: { playerId: t.arg.id({ required: true }) },
    resolve: (_root, { playerId }, ctx) => rg.playerResponsibleGambling(ctx, String(playerId)),
  }),
}));

builder.mutationFields((t) => ({
  setResponsibleGamblingLimit: t.field({
    type: Payload,
    description: 'Sets a deposit or loss limit: a lower one applies at once, a higher one (or a removal) after 24 hours. Audited.',
    authScopes: { player: true },
    errors: { types: [...ERRORS] },
    args: { input: t.arg({ type: LimitInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({
      ...(await rg.setLimit(ctx, { kind: input.kind, currency: input.currency, period: input.period, amount: input.amount ?? null })),
      ctx,
    }),
  }),
  setSessionTimeLimit: t.field({
    type: Payload,
    description: `Minutes of play per session (${rg.SESSION_LIMIT_MINUTES.min}..${rg.SESSION_LIMIT_MINUTES.max}); null removes it. Shorter at once, longer after 24 hours. Audited.`,
    authScopes: { player: true },
    errors: { types: [...ERRORS] },
    args: { minutes: t.arg.int() },
    resolve: async (_root, { minutes }, ctx) => ({ ...(await rg.setSessionLimit(ctx, minutes ?? null)), ctx }),
  }),
  setRealityCheckInterval: t.field({
    type: Payload,
    description: `A reminder every so many minutes of a play session (${rg.REALITY_CHECK_MINUTES.min}..${rg.REALITY_CHECK_MINUTES.max}); null turns it off. Audited.`,
    authScopes: { player: true },
    errors: { types: [...ERRORS] },
    args: { minutes: t.arg.int() },
    resolve: async (_root, { minutes }, ctx) => ({ ...(await rg.setRealityCheck(ctx, minutes ?? null)), ctx }),
  }),
  takeTimeOut: t.field({
    type: Payload,
    description: 'No play, bets or deposits for 24 hours to 6 weeks, at once. It can be extended, not shortened. Audited.',
    authScopes: { player: true },
    errors: { types: [...ERRORS, CannotShortenError] },
    args: { hours: t.arg.int({ required: true }) },
    resolve: async (_root, { hours }, ctx) => ({ ...(await rg.takeTimeOut(ctx, hours)), ctx }),
  }),
  selfExclude: t.field({
    type: Payload,
    description: 'Self-exclusion for 6 to 60 months, at once and irreversible until it ends: no play, bets, deposits or marketing; withdrawals stay possible. Audited.',
    authScopes: { player: true },
    errors: { types: [...ERRORS, CannotShortenError] },
    args: { months: t.arg.int({ required: true }) },
    resolve: async (_root, { months }, ctx) => ({ ...(await rg.selfExclude(ctx, months)), ctx }),
  }),
}));

const Notice = builder.objectRef<PublishedEvent<rg.RgNoticePayload>>('RgNotice').implement({
  description: 'A responsible-gambling notice for the signed-in player.',
  fields: (t) => ({
    kind: t.field({ type: NoticeKind, resolve: (e) => e.payload.kind }),
    seq: t.int({ description: 'Per-player sequence number: a gap means a missed notice.', resolve: (e) => e.seq }),
    sessionStartedAt: t.field({ type: 'DateTime', nullable: true, resolve: (e) => e.payload.sessionStartedAt }),
    elapsedMinutes: t.int({ nullable: true, description: 'Minutes played in this session.', resolve: (e) => e.payload.elapsedMinutes }),
    sessionLimitMinutes: t.int({ nullable: true, resolve: (e) => e.payload.sessionLimitMinutes }),
    until: t.field({ type: 'DateTime', nullable: true, description: 'End of a time-out or self-exclusion.', resolve: (e) => e.payload.until }),
    occurredAt: t.field({ type: 'DateTime', resolve: (e) => e.occurredAt }),
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
