import { z } from 'zod';
import { tenantTx, type Context, type TenantTx } from '../../src/context.js';
import { UnauthenticatedError, ValidationError } from '../../src/errors.js';
import { isUuid } from '../../src/ids.js';
import { isCurrency, parseAmount } from '../../src/money.js';
import { requireTenant } from '../../src/context.js';
import { parseInput } from '../../src/validation.js';
import { recordRgSignalInTx, signalActorOf, type RgFlag } from './responsible-gambling.flags.js';
import { CannotShortenError, refusalError, SessionLimitReachedError, SelfExcludedError, TimeOutActiveError } from './responsible-gambling.errors.js';

/**
 * Responsible gambling: limits, sessions, time-outs and self-exclusion (docs/responsible-gambling.md).
 * The rules that run on the bet path live in SQL (rg_bet_refusal, rg_record_plays); this file
 * keeps the same rules for launches, deposits and the player's own settings.
 */

export const LIMIT_KINDS = ['DEPOSIT', 'LOSS'] as const;
export type LimitKind = (typeof LIMIT_KINDS)[number];
export const LIMIT_PERIODS = ['DAY', 'WEEK', 'MONTH'] as const;
export type LimitPeriod = (typeof LIMIT_PERIODS)[number];

/** Event type of every RG notice (stream `rg:<playerId>`): reality checks, session limit, time-out, exclusion. */
export const RG_NOTICE = 'rg.notice';
/** Why play is refused now (rg_play_refusal). */
export const PLAY_REFUSAL_CODES = ['SELF_EXCLUDED', 'TIME_OUT', 'SESSION_LIMIT_REACHED'] as const;
export type PlayRefusal = (typeof PLAY_REFUSAL_CODES)[number];

export const NOTICE_KINDS = ['REALITY_CHECK', 'SESSION_LIMIT_REACHED', 'TIME_OUT_STARTED', 'SELF_EXCLUDED'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];
export interface RgNoticePayload {
  playerId: string;
  kind: NoticeKind;
  sessionStartedAt: string | null;
  elapsedMinutes: number | null;
  sessionLimitMinutes: number | null;
  until: string | null;
}

/** A loosening (raise, removal) of a limit waits this long; a tightening applies at once. */
export const COOLING_OFF_HOURS = 24;
export const TIME_OUT_HOURS = { min: 24, max: 6 * 7 * 24 } as const;
export const SELF_EXCLUSION_MONTHS = { min: 6, max: 60 } as const;
export const SESSION_LIMIT_MINUTES = { min: 5, max: 24 * 60 } as const;
export const REALITY_CHECK_MINUTES = { min: 5, max: 240 } as const;

interface StateRow {
  player_id: string;
  excluded_from: Date | null;
  excluded_until: Date | null;
  time_out_until: Date | null;
  session_limit_minutes: number | null;
  session_limit_pending: number | null;
  session_limit_pending_clear: boolean;
  session_limit_pending_at: Date | null;
  reality_check_minutes: number | null;
  session_started_at: Date | null;
  session_last_activity_at: Date | null;
  next_reality_check_at: Date | null;
  session_limit_notified: boolean;
  /** The staff RG flag (responsible-gambling.flags.ts). */
  flagged_at: Date | null;
  flag_reason: string | null;
  flagged_by: string | null;
  /** Computed: the session limit in force, the play refusal now, whether the session is live. */
  session_limit: number | null;
  refusal: PlayRefusal | null;
  session_active: boolean;
  now: Date;
}

interface LimitRow {
  kind: LimitKind;
  currency: string;
  period: LimitPeriod;
  in_force: string | null;
  pending_amount: string | null;
  pending_effective_at: Date | null;
  used: string;
}

export interface RgLimitView {
  kind: LimitKind;
  currency: string;
  period: LimitPeriod;
  /** The limit in force (minor units), or null when none. */
  amount: string | null;
  /** A loosening waiting for its cooling-off: the new amount (null with pendingRemoval). */
  pendingAmount: string | null;
  pendingRemoval: boolean;
  pendingEffectiveAt: Date | null;
  /** Deposits, or net loss (stakes − wins), in the period's window so far. */
  used: string;
}

export interface RgAllowanceView {
  kind: LimitKind;
  currency: string;
  /** What may still be deposited / lost now: the tightest of the limits in force. */
  remaining: string;
  period: LimitPeriod;
}

export interface RgView {
  playerId: string;
  limits: RgLimitView[];
  allowances: RgAllowanceView[];
  timeOutUntil: Date | null;
  selfExcludedFrom: Date | null;
  selfExcludedUntil: Date | null;
  sessionLimitMinutes: number | null;
  pendingSessionLimit: { minutes: number | null; effectiveAt: Date } | null;
  realityCheckMinutes: number | null;
  session: { startedAt: Date; lastActivityAt: Date; nextNoticeAt: Date | null } | null;
  /** Why play is refused now, or null. */
  playRefusal: PlayRefusal | null;
  marketingAllowed: boolean;
  /** The staff RG flag; the schema shows it to staff only (the player never sees the reason). */
  flag: RgFlag | null;
}

const STATE_COLUMNS = `s.*, rg_session_limit_in_force(s) as session_limit, rg_play_refusal(s) as refusal,
  coalesce(s.session_started_at is not null and s.session_last_activity_at > now() - rg_session_gap(), false) as session_active, now() as now`;

function me(ctx: Context): string {
  if (ctx.principal?.kind !== 'player') throw new UnauthenticatedError();
  return ctx.principal.playerId;
}

/** Raw SQL answers timestamps as strings: these make them Dates. */
function date(value: Date | string | null): Date | null {
  return value === null ? null : value instanceof Date ? value : new Date(value);
}
const DATE_COLUMNS = ['excluded_from', 'excluded_until', 'time_out_until', 'session_limit_pending_at', 'session_started_at',
  'session_last_activity_at', 'next_reality_check_at', 'flagged_at', 'now'] as const;

async function readState(tx: TenantTx, playerId: string, lock = false): Promise<StateRow | null> {
  const [row] = await tx.em.execute<StateRow[]>(
    `select ${STATE_COLUMNS} from rg_state s where s.tenant_id = ? and s.player_id = ?${lock ? ' for update' : ''}`,
    [tx.tenantId, playerId],
  );
  if (!row) return null;
  for (const column of DATE_COLUMNS) (row as unknown as Record<string, Date | null>)[column] = date(row[column]);
  return row;
}

async function dbNow(tx: TenantTx): Promise<Date> {
  const [row] = await tx.em.execute<{ now: Date | string }[]>(`select now() as now`);
  return date(row!.now)!;
}

/** The player's state row, created on first use, locked for the rest of the transaction. */
async function lockState(tx: TenantTx, playerId: string): Promise<StateRow> {
  await tx.em.execute(
    `insert into rg_state (id, tenant_id, player_id) values (ledger_uuidv7(), ?, ?) on conflict (tenant_id, player_id) do nothing`,
    [tx.tenantId, playerId],
  );
  return (await readState(tx, playerId, true))!;
}

function refusalOf(state: StateRow, currency?: string) {
  return refusalError(state.refusal!, {
    excludedUntil: state.excluded_until,
    timeOutUntil: state.time_out_until,
    sessionLimitMinutes: state.session_limit,
    ...(currency ? { currency } : {}),
  });
}

const target = (playerId: string) => ({ type: 'Player' as const, id: playerId });

/** Recomputes when the live session's next notice is due (after a settings or session change). */
async function rescheduleNotice(tx: TenantTx, playerId: string): Promise<void> {
  await tx.em.execute(
    `update rg_state s set next_reality_check_at = case
       when s.session_started_at is not null and s.session_last_activity_at > now() - rg_session_gap() then rg_next_notice(s) end,
       updated_at = now()
     where s.tenant_id = ? and s.player_id = ?`,
    [tx.tenantId, playerId],
  );
}

// ---------------------------------------------------------------- play (launchGame)

/** Throws SelfExcludedError, TimeOutActiveError or SessionLimitReachedError when the player may not play now. */
export async function assertCanPlay(ctx: Context, playerId: string): Promise<void> {
  const state = await tenantTx(ctx, (tx) => readState(tx, playerId));
  if (state?.refusal) throw refusalOf(state);
}

/**
 * A game launch: refuses like assertCanPlay (under the player's lock), then continues the live
 * play session or starts a new one (after 30 minutes without play a session is over).
 */
export async function startPlaySession(ctx: Context, playerId: string): Promise<void> {
  await tenantTx(ctx, (tx) => startPlaySessionInTx(tx, playerId));
}

/**
 * startPlaySession inside the caller's own tenant transaction, so that an operation refused
 * after it (a poker sit with a bad buy-in) leaves the play session as it was.
 */
export async function startPlaySessionInTx(tx: TenantTx, playerId: string): Promise<void> {
  const state = await lockState(tx, playerId);
  if (state.refusal) throw refusalOf(state);
  if (state.session_active) {
    await tx.em.execute(`update rg_state set session_last_activity_at = now() where tenant_id = ? and player_id = ?`, [tx.tenantId, playerId]);
    return;
  }
  await tx.em.execute(
    `update rg_state set session_started_at = now(), session_last_activity_at = now(), session_limit_notified = false where tenant_id = ? and player_id = ?`,
    [tx.tenantId, playerId],
  );
  await rescheduleNotice(tx, playerId);
}

// ---------------------------------------------------------------- bonuses

/**
 * Before a bonus is granted, in the grant's transaction: self-excluded and timed-out players get
 * none (SelfExcludedError, TimeOutActiveError). The player's state row stays locked until that
 * transaction ends, so a self-exclusion cannot slip between the check and the grant.
 */
export async function lockPlayerForBonusInTx(tx: TenantTx, playerId: string): Promise<void> {
  const state = await lockState(tx, playerId);
  if (state.refusal === 'SELF_EXCLUDED' || state.refusal === 'TIME_OUT') throw refusalOf(state);
}

/**
 * Which of these players are self-excluded or timed out now (the refusals that end their bonuses;
 * a session limit does not): one statement for a batch, for the bonus sweep.
 */
export async function playRefusalsOf(tx: TenantTx, playerIds: readonly string[]): Promise<Map<string, 'SELF_EXCLUDED' | 'TIME_OUT'>> {
  const ids = playerIds.filter(isUuid);
  if (ids.length === 0) return new Map();
  const rows = await tx.em.execute<{ player_id: string; refusal: 'SELF_EXCLUDED' | 'TIME_OUT' }[]>(
    `select s.player_id, rg_play_refusal(s) as refusal from rg_state s
     where s.tenant_id = ? and s.player_id = any(?::text[]) and rg_play_refusal(s) in ('SELF_EXCLUDED', 'TIME_OUT')`,
    [tx.tenantId, `{${ids.join(',')}}`],
  );
  return new Map(rows.map((r) => [r.player_id, r.refusal]));
}

// ---------------------------------------------------------------- deposits

async function depositRefusal(tx: TenantTx, playerId: string, currency: string, amount: bigint): Promise<void> {
  const [row] = await tx.em.execute<{ refusal: string | null }[]>(`select rg_deposit_refusal(?, ?, ?, ?) as refusal`, [
    tx.tenantId,
    playerId,
    currency,
    amount.toString(),
  ]);
  if (row?.refusal) {
    const state = await readState(tx, playerId);
    throw refusalError(row.refusal, { excludedUntil: state?.excluded_until ?? null, timeOutUntil: state?.time_out_until ?? null, currency });
  }
}

/**
 * Inside the caller's own tenant transaction (a payments module posting the deposit there):
 * refuses (SelfExcludedError, TimeOutActiveError, DepositLimitReachedError) or counts the
 * deposit, under the player's lock until that transaction ends. A negative amount undoes one.
 */
export async function recordDepositInTx(tx: TenantTx, playerId: string, currency: string, amount: bigint): Promise<void> {
  if (amount > 0n) await depositRefusal(tx, playerId, currency, amount);
  await tx.em.execute(`select rg_record_deposit(?, ?, ?, ?)`, [tx.tenantId, playerId, currency, amount.toString()]);
}

/** Whether a deposit may proceed now (nothing is counted): throws the refusal. For pre-checks and forms. */
export async function assertCanDeposit(ctx: Context, playerId: string, currency: string, amount: bigint): Promise<void> {
  await tenantTx(ctx, (tx) => depositRefusal(tx, playerId, currency, amount));
}

/**
 * Checks and counts a deposit in one transaction under the player's lock, so two concurrent
 * deposits cannot both slip under a limit. Call it before posting the DEPOSIT transfer; if the
 * posting then fails, call it again with the negative amount to give the allowance back.
 */
export async function recordDeposit(ctx: Context, playerId: string, currency: string, amount: bigint): Promise<void> {
  await tenantTx(ctx, (tx) => recordDepositInTx(tx, playerId, currency, amount));
}

/** Whether the player may receive marketing: not while self-excluded or flagged by staff for RG concerns. */
export async function isMarketingAllowed(ctx: Context, playerId: string): Promise<boolean> {
  const state = await tenantTx(ctx, (tx) => readState(tx, playerId));
  return !(state?.excluded_until && state.excluded_until > state.now) && !state?.flagged_at;
}

// ---------------------------------------------------------------- the player's settings

const limitInput = z.object({
  kind: z.enum(LIMIT_KINDS),
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code in upper case').refine(isCurrency, 'unknown currency'),
  period: z.enum(LIMIT_PERIODS),
  amount: z.string().nullable(),
});

export interface SetLimitInput {
  kind: LimitKind;
  currency: string;
  period: LimitPeriod;
  /** Minor units; "0" allowed (nothing at all); null removes the limit (after the cooling-off). */
  amount: string | null;
}

/** The result of a change: when it applies (now, or after the cooling-off). */
export interface ChangeResult {
  appliesAt: Date;
}

/** Sets one of the signed-in player's deposit or loss limits: lower at once, higher (or removed) after 24 hours. */
export async function setLimit(ctx: Context, input: SetLimitInput): Promise<ChangeResult> {
  const playerId = me(ctx);
  const parsed = parseInput(limitInput, input);
  const amount = parsed.amount === null ? null : parsed.amount === '0' ? 0n : parseAmount(parsed.amount, ['input', 'amount']);
  if (!requireTenant(ctx).currencies.includes(parsed.currency)) {
    throw new ValidationError([{ path: ['input', 'currency'], message: 'is not a currency of this casino' }]);
  }
  return tenantTx(ctx, async (tx) => {
    await lockState(tx, playerId);
    const [current] = await tx.em.execute<{ in_force: string | null }[]>(
      `select rg_limit_in_force(l) as in_force
       from rg_limit l where l.tenant_id = ? and l.player_id = ? and l.kind = ? and l.currency = ? and l.period = ?`,
      [tx.tenantId, playerId, parsed.kind, parsed.currency, parsed.period],
    );
    const now = await dbNow(tx);
    const inForce = current?.in_force == null ? null : BigInt(current.in_force);
    if (amount === null && inForce === null) {
      // No limit to remove: drop any leftovers and record nothing.
      await tx.em.execute(`delete from rg_limit where tenant_id = ? and player_id = ? and kind = ? and currency = ? and period = ?`, [
        tx.tenantId, playerId, parsed.kind, parsed.currency, parsed.period,
      ]);
      return { appliesAt: now };
    }
    const tightening = amount !== null && (inForce === null || amount <= inForce);
    const unchanged = amount === inForce;
    const appliesAt = tightening ? now : new Date(now.getTime() + COOLING_OFF_HOURS * 3600_000);
    if (tightening) {
      await tx.em.execute(
        `insert into rg_limit (id, tenant_id, player_id, kind, currency, period, amount)
         values (ledger_uuidv7(), ?, ?, ?, ?, ?, ?)
         on conflict (tenant_id, player_id, kind, currency, period)
         do update set amount = excluded.amount, pending_amount = null, pending_effective_at = null, updated_at = now()`,
        [tx.tenantId, playerId, parsed.kind, parsed.currency, parsed.period, amount!.toString()],
      );
    } else {
      await tx.em.execute(
        `update rg_limit set amount = ?, pending_amount = ?, pending_effective_at = ?, updated_at = now()
         where tenant_id = ? and player_id = ? and kind = ? and currency = ? and period = ?`,
        [inForce?.toString() ?? null, amount?.toString() ?? null, appliesAt, tx.tenantId, playerId, parsed.kind, parsed.currency, parsed.period],
      );
    }
    await tx.em.execute(
      `update rg_state set has_loss_limit = exists (
         select 1 from rg_limit l where l.tenant_id = ? and l.player_id = ? and l.kind = 'LOSS' and (l.amount is not null or l.pending_amount is not null)),
       updated_at = now() where tenant_id = ? and player_id = ?`,
      [tx.tenantId, playerId, tx.tenantId, playerId],
    );
    await tx.audit({
      action: 'rg.limit.set',
      target: target(playerId),
      diff: {
        kind: parsed.kind,
        currency: parsed.currency,
        period: parsed.period,
        amount: { from: inForce?.toString() ?? null, to: amount?.toString() ?? null },
        applies: unchanged ? 'UNCHANGED' : tightening ? 'NOW' : 'AFTER_COOLING_OFF',
        appliesAt: appliesAt.toISOString(),
      },
    });
    return { appliesAt };
  });
}

function minutesInput(bounds: { min: number; max: number }, value: number | null): number | null {
  return parseInput(z.object({ minutes: z.number().int().min(bounds.min).max(bounds.max).nullable() }), { minutes: value }).minutes;
}

/** Sets (or removes, with null) the session time limit: shorter at once, longer or removed after 24 hours. */
export async function setSessionLimit(ctx: Context, minutes: number | null): Promise<ChangeResult> {
  const playerId = me(ctx);
  const value = minutesInput(SESSION_LIMIT_MINUTES, minutes);
  return tenantTx(ctx, async (tx) => {
    const state = await lockState(tx, playerId);
    const inForce = state.session_limit;
    const tightening = value !== null && (inForce === null || value <= inForce);
    const appliesAt = tightening ? state.now : new Date(state.now.getTime() + COOLING_OFF_HOURS * 3600_000);
    if (tightening) {
      await tx.em.execute(
        `update rg_state set session_limit_minutes = ?, session_limit_pending = null, session_limit_pending_clear = false,
           session_limit_pending_at = null where tenant_id = ? and player_id = ?`,
        [value, tx.tenantId, playerId],
      );
    } else {
      await tx.em.execute(
        `update rg_state set session_limit_minutes = ?, session_limit_pending = ?, session_limit_pending_clear = ?,
           session_limit_pending_at = ? where tenant_id = ? and player_id = ?`,
        [inForce, value, value === null, appliesAt, tx.tenantId, playerId],
      );
    }
    await rescheduleNotice(tx, playerId);
    await tx.audit({
      action: 'rg.session_limit.set',
      target: target(playerId),
      diff: { minutes: { from: inForce, to: value }, applies: tightening ? 'NOW' : 'AFTER_COOLING_OFF', appliesAt: appliesAt.toISOString() },
    });
    return { appliesAt };
  });
}

/** Sets (or turns off, with null) the reality-check interval; applies at once. */
export async function setRealityCheck(ctx: Context, minutes: number | null): Promise<ChangeResult> {
  const playerId = me(ctx);
  const value = minutesInput(REALITY_CHECK_MINUTES, minutes);
  return tenantTx(ctx, async (tx) => {
    const state = await lockState(tx, playerId);
    await tx.em.execute(`update rg_state set reality_check_minutes = ? where tenant_id = ? and player_id = ?`, [value, tx.tenantId, playerId]);
    await rescheduleNotice(tx, playerId);
    await tx.audit({
      action: 'rg.reality_check.set',
      target: target(playerId),
      diff: { minutes: { from: state.reality_check_minutes, to: value } },
    });
    return { appliesAt: state.now };
  });
}

async function notice(tx: TenantTx, payload: RgNoticePayload): Promise<void> {
  await tx.emit(`rg:${payload.playerId}`, RG_NOTICE, payload);
}

/** A time-out of 24 hours to 6 weeks, at once; it can be extended, never shortened. Ends the play session. */
export async function takeTimeOut(ctx: Context, hours: number): Promise<ChangeResult> {
  const playerId = me(ctx);
  const value = parseInput(z.object({ hours: z.number().int().min(TIME_OUT_HOURS.min).max(TIME_OUT_HOURS.max) }), { hours }).hours;
  return tenantTx(ctx, async (tx) => {
    const state = await lockState(tx, playerId);
    const until = new Date(state.now.getTime() + value * 3600_000);
    if (state.time_out_until && state.time_out_until > until) throw new CannotShortenError('TIME_OUT', state.time_out_until);
    await tx.em.execute(
      `update rg_state set time_out_until = ?, session_started_at = null, next_reality_check_at = null, updated_at = now() where tenant_id = ? and player_id = ?`,
      [until, tx.tenantId, playerId],
    );
    await recordRgSignalInTx(tx, { playerId, kind: 'TIME_OUT', createdBy: signalActorOf(ctx) });
    await tx.audit({
      action: 'rg.time_out.take',
      target: target(playerId),
      diff: { timeOutUntil: { from: state.time_out_until?.toISOString() ?? null, to: until.toISOString() }, hours: value },
    });
    await notice(tx, { playerId, kind: 'TIME_OUT_STARTED', sessionStartedAt: null, elapsedMinutes: null, sessionLimitMinutes: null, until: until.toISOString() });
    return { appliesAt: state.now };
  });
}

/**
 * Self-exclusion for 6 to 60 months, at once and irreversible until it ends: no play, bets,
 * deposits or marketing; withdrawals stay possible. It can be extended, never shortened.
 */
export async function selfExclude(ctx: Context, months: number): Promise<ChangeResult> {
  const playerId = me(ctx);
  const value = parseInput(z.object({ months: z.number().int().min(SELF_EXCLUSION_MONTHS.min).max(SELF_EXCLUSION_MONTHS.max) }), { months }).months;
  return tenantTx(ctx, async (tx) => {
    const state = await lockState(tx, playerId);
    const [row] = await tx.em.execute<{ until: Date | string }[]>(`select now() + make_interval(months => ?) as until`, [value]);
    const until = date(row!.until)!;
    const active = state.excluded_until && state.excluded_until > state.now;
    if (active && state.excluded_until! > until) throw new CannotShortenError('SELF_EXCLUSION', state.excluded_until!);
    await tx.em.execute(
      `update rg_state set excluded_from = ?, excluded_until = ?, session_started_at = null, next_reality_check_at = null,
         updated_at = now() where tenant_id = ? and player_id = ?`,
      [active ? state.excluded_from : state.now, until, tx.tenantId, playerId],
    );
    await recordRgSignalInTx(tx, { playerId, kind: 'SELF_EXCLUSION', createdBy: signalActorOf(ctx) });
    await tx.audit({
      action: 'rg.self_exclusion.take',
      target: target(playerId),
      diff: { excludedUntil: { from: active ? state.excluded_until!.toISOString() : null, to: until.toISOString() }, months: value },
    });
    await notice(tx, { playerId, kind: 'SELF_EXCLUDED', sessionStartedAt: null, elapsedMinutes: null, sessionLimitMinutes: null, until: until.toISOString() });
    return { appliesAt: state.now };
  });
}

// ---------------------------------------------------------------- reading

async function viewIn(tx: TenantTx, playerId: string): Promise<RgView> {
  const state = await readState(tx, playerId);
  const limits = await tx.em.execute<LimitRow[]>(
    `select l.kind, l.currency, l.period, rg_limit_in_force(l)::text as in_force,
       case when l.pending_effective_at > now() then l.pending_amount::text end as pending_amount,
       case when l.pending_effective_at > now() then l.pending_effective_at end as pending_effective_at,
       rg_limit_used(l)::text as used
     from rg_limit l where l.tenant_id = ? and l.player_id = ?
       and (l.amount is not null or (l.pending_effective_at is not null and l.pending_amount is not null))
     order by l.kind, l.currency, case l.period when 'DAY' then 1 when 'WEEK' then 2 else 3 end`,
    [tx.tenantId, playerId],
  );
  for (const l of limits) l.pending_effective_at = date(l.pending_effective_at);
  const views: RgLimitView[] = limits
    .filter((l) => l.in_force !== null || l.pending_effective_at !== null)
    .map((l) => ({
      kind: l.kind,
      currency: l.currency,
      period: l.period,
      amount: l.in_force,
      pendingAmount: l.pending_amount,
      pendingRemoval: l.pending_effective_at !== null && l.pending_amount === null,
      pendingEffectiveAt: l.pending_effective_at,
      used: l.used,
    }));
  const tightest = new Map<string, RgAllowanceView>();
  for (const l of views) {
    if (l.amount === null) continue;
    const left = BigInt(l.amount) - BigInt(l.used);
    const remaining = left > 0n ? left : 0n;
    const key = `${l.kind}:${l.currency}`;
    const best = tightest.get(key);
    if (!best || remaining < BigInt(best.remaining)) tightest.set(key, { kind: l.kind, currency: l.currency, remaining: remaining.toString(), period: l.period });
  }
  const now = state?.now ?? new Date();
  const pendingAt = state?.session_limit_pending_at;
  return {
    playerId,
    limits: views,
    allowances: [...tightest.values()],
    timeOutUntil: state?.time_out_until && state.time_out_until > now ? state.time_out_until : null,
    selfExcludedFrom: state?.excluded_until && state.excluded_until > now ? state.excluded_from : null,
    selfExcludedUntil: state?.excluded_until && state.excluded_until > now ? state.excluded_until : null,
    sessionLimitMinutes: state?.session_limit ?? null,
    pendingSessionLimit:
      state && pendingAt && pendingAt > now
        ? { minutes: state.session_limit_pending_clear ? null : state.session_limit_pending, effectiveAt: pendingAt }
        : null,
    realityCheckMinutes: state?.reality_check_minutes ?? null,
    session:
      state?.session_active && state.session_started_at && state.session_last_activity_at
        ? { startedAt: state.session_started_at, lastActivityAt: state.session_last_activity_at, nextNoticeAt: state.next_reality_check_at }
        : null,
    playRefusal: state?.refusal ?? null,
    marketingAllowed: !(state?.excluded_until && state.excluded_until > now) && !state?.flagged_at,
    flag: state?.flagged_at ? { flaggedAt: state.flagged_at, reason: state.flag_reason, flaggedBy: state.flagged_by } : null,
  };
}

/** The signed-in player's own RG state. */
export async function myResponsibleGambling(ctx: Context): Promise<RgView> {
  const playerId = me(ctx);
  return tenantTx(ctx, (tx) => viewIn(tx, playerId));
}

/** A player's RG state (read only: staff cannot change a player's limits); null when the tenant has no such player. */
export async function playerResponsibleGambling(ctx: Context, playerId: string): Promise<RgView | null> {
  if (!isUuid(playerId)) return null;
  return tenantTx(ctx, async (tx) => {
    const [player] = await tx.em.execute<{ id: string }[]>(`select id from player where tenant_id = ? and id = ?`, [tx.tenantId, playerId]);
    return player ? viewIn(tx, playerId) : null;
  });
}

// ---------------------------------------------------------------- reality checks (job)

interface DueRow {
  player_id: string;
  session_started_at: Date;
  session_limit: number | null;
  session_limit_notified: boolean;
  session_active: boolean;
  limit_reached: boolean;
  now: Date;
}

/**
 * Sends the tenant's due notices (reality checks, session limit reached), up to `batch`; answers
 * how many rows it handled. SKIP LOCKED lets several instances share the work.
 */
export async function sendDueNotices(ctx: Context, batch = 200): Promise<number> {
  return tenantTx(ctx, async (tx) => {
    const due = await tx.em.execute<DueRow[]>(
      `select s.player_id, s.session_started_at, rg_session_limit_in_force(s) as session_limit, s.session_limit_notified,
         coalesce(s.session_started_at is not null and s.session_last_activity_at > now() - rg_session_gap(), false) as session_active,
         coalesce(s.session_started_at + make_interval(mins => rg_session_limit_in_force(s)) <= now(), false) as limit_reached,
         now() as now
       from rg_state s where s.tenant_id = ? and s.next_reality_check_at <= now()
       order by s.next_reality_check_at limit ? for update skip locked`,
      [tx.tenantId, batch],
    );
    for (const row of due) {
      row.session_started_at = date(row.session_started_at)!;
      row.now = date(row.now)!;
      if (row.session_active) {
        const elapsedMinutes = Math.floor((row.now.getTime() - row.session_started_at.getTime()) / 60_000);
        const limitNotice = row.limit_reached && !row.session_limit_notified;
        await notice(tx, {
          playerId: row.player_id,
          kind: limitNotice ? 'SESSION_LIMIT_REACHED' : 'REALITY_CHECK',
          sessionStartedAt: row.session_started_at.toISOString(),
          elapsedMinutes,
          sessionLimitMinutes: row.session_limit,
          until: null,
        });
        if (limitNotice) await tx.em.execute(`update rg_state set session_limit_notified = true where tenant_id = ? and player_id = ?`, [tx.tenantId, row.player_id]);
      }
      // A session that is over gets no more notices; a live one is scheduled again.
      await rescheduleNotice(tx, row.player_id);
    }
    return due.length;
  });
}

export { SelfExcludedError, TimeOutActiveError, SessionLimitReachedError };
