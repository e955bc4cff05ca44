import { runPlayerGates } from '../../src/player-gates.js';
import { z } from 'zod';
import { requireTenant, systemContext, tenantTx, type Context, type Services, type TenantTx } from '../../src/context.js';
import { defineJob } from '../../src/jobs/job.js';
import { entityManagerExecutor } from '../../src/jobs/queue.js';
import { tenantDirectory } from '../tenants/index.js';
import { UnauthenticatedError, ValidationError } from '../../src/errors.js';
import { isUuid, newId } from '../../src/ids.js';
import { isCurrency, parseAmount } from '../../src/money.js';
import { parseInput } from '../../src/validation.js';
import type { KeysetWindow } from '../../src/graphql/pagination.js';
import { actorLabel } from '../../src/auth/principal.js';
import { difference } from '../../src/audit/chain.js';
import { applyLegs, resolveAccount, type AccountRow, type AccountSelector } from '../wallet/index.js';
import { startPlaySessionInTx } from '../responsible-gambling/index.js';
import {
  apply,
  createHand,
  defaultAction,
  eventForViewer,
  exportPhh,
  secureShuffledDeck,
  seatToAct,
  viewFor,
  type Action,
  type EngineError,
  type HandConfig,
  type HandEvent,
  type HandState,
  type HandView,
} from './engine/index.js';
import {
  PokerAlreadySeatedError,
  PokerBuyInOutOfRangeError,
  PokerIllegalActionError,
  PokerIllegalAmountError,
  PokerNoHandInProgressError,
  PokerNotInHandError,
  PokerNotSeatedError,
  PokerNotYourTurnError,
  PokerSeatTakenError,
  PokerTableClosedError,
  PokerTableFullError,
  PokerTableNotFoundError,
} from './poker.errors.js';

/**
 * Poker tables on the engine: configuration, seats, hands and the table's event log. Every
 * change of a table runs in one tenant transaction holding the table row's lock (SELECT ...
 * FOR UPDATE), so the actions at a table are serialised; the hand state, the events and the
 * ledger postings of a step commit together or not at all.
 *
 * Chips are minor units of the table's currency, 1:1. The chips at a table are the balance of
 * its ESCROW ledger account (owner id = table id): a buy-in moves cash from the player to the
 * escrow, leaving moves the stack back, rake moves from the escrow to the house. Between and
 * during hands the seats' `stack` (the stack at the start of the running hand) sum to the
 * escrow balance.
 */

/** The outbox event type of every table event (stream `table:<id>`, gap-free seq per table). */
export const TABLE_EVENT = 'poker.table.event';
/** Hands in a row one transaction may run before leaving the next start to the job. */
const MAX_CHAINED_HANDS = 10;
/** The largest buy-in: keeps every sum of stacks a safe integer for the engine. */
const MAX_CHIPS = 10n ** 12n;

export type SeatStatus = 'SITTING' | 'SITTING_OUT' | 'LEAVING';

export interface TableRow {
  id: string;
  tenant_id: string;
  name: string;
  variant: 'NLHE' | 'PLO';
  currency: string;
  small_blind: string;
  big_blind: string;
  ante: string;
  max_seats: number;
  min_buy_in: string;
  max_buy_in: string;
  rake_basis_points: number;
  rake_cap: string | null;
  no_flop_no_drop: boolean;
  turn_seconds: number;
  between_hands_ms: number;
  status: 'OPEN' | 'CLOSED';
  button_seat: number | null;
  hand_count: number;
  current_hand_id: string | null;
  turn_deadline: Date | null;
  next_hand_at: Date | null;
  created_by: string;
  created_at: Date;
  updated_at: Date;
  /** Seats taken (listing queries only). */
  seats_taken?: number;
}

export interface SeatRow {
  id: string;
  table_id: string;
  seat: number;
  player_id: string;
  stack: string;
  status: SeatStatus;
  joined_at: Date;
}

export interface HandRow {
  id: string;
  table_id: string;
  hand_no: number;
  state: HandState;
  status: 'RUNNING' | 'COMPLETE';
  rake: string;
  phh: string | null;
  started_at: Date;
  ended_at: Date | null;
}

/** One event of a table's log, as stored (private events unredacted). */
export interface TableEvent {
  tableId: string;
  seq: number;
  type: string;
  handId: string | null;
  /** The player an event is private to (HOLE_CARDS_DEALT): everyone else gets it redacted. */
  privateTo: string | null;
  data: unknown;
  occurredAt: string;
}

/** The outbox payload of a table event (seq and time come with the published event). */
export interface TableEventPayload {
  tableId: string;
  type: string;
  handId: string | null;
  privateTo: string | null;
  data: unknown;
}

// ---------------------------------------------------------------- who is asking

function playerOf(ctx: Context): string {
  if (ctx.principal?.kind !== 'player') throw new UnauthenticatedError();
  return ctx.principal.playerId;
}

/** The viewer's player id, or null for staff (spectators). */
export function viewerOf(ctx: Context): string | null {
  return ctx.principal?.kind === 'player' ? ctx.principal.playerId : null;
}

function createdBy(ctx: Context): string {
  return ctx.principal ? actorLabel(ctx.principal) : 'SYSTEM';
}

// ---------------------------------------------------------------- redaction

/**
 * The event as `viewer` may see it: hole cards only to the player they were dealt to (by
 * player id, not seat number, so a later occupant of the seat never sees them on replay).
 * Everything else in the log is public by the rules (shown hands, tabled all-in hands).
 */
export function redact(event: TableEvent, viewer: string | null): TableEvent {
  if (event.type !== 'HOLE_CARDS_DEALT') return event;
  const data = event.data as HandEvent;
  const own = event.privateTo !== null && event.privateTo === viewer;
  return { ...event, data: eventForViewer(data, own && data.type === 'HOLE_CARDS_DEALT' ? data.seat : null) };
}

// ---------------------------------------------------------------- creating tables

const chips = (path: string) =>
  z.string().transform((value, issue) => {
    try {
      const amount = parseAmount(value, [path]);
      if (amount > MAX_CHIPS) {
        issue.addIssue({ code: 'custom', message: `must be at most ${MAX_CHIPS}` });
        return z.NEVER;
      }
      return amount;
    } catch (error) {
      if (error instanceof ValidationError) {
        issue.addIssue({ code: 'custom', message: error.issues[0]?.message ?? 'invalid amount' });
        return z.NEVER;
      }
      throw error;
    }
  });
const chipsOrZero = (path: string) => z.union([z.literal('0'), chips(path)]).transform((v) => (typeof v === 'bigint' ? v : 0n));

const createInput = z
  .object({
    name: z.string().trim().min(1).max(100),
    variant: z.enum(['NLHE', 'PLO']),
    currency: z.string().refine(isCurrency, 'must be an ISO 4217 code'),
    smallBlind: chipsOrZero('smallBlind'),
    bigBlind: chips('bigBlind'),
    ante: chipsOrZero('ante').nullish(),
    maxSeats: z.number().int().min(2).max(10),
    minBuyIn: chips('minBuyIn'),
    maxBuyIn: chips('maxBuyIn'),
    rakeBasisPoints: z.number().int().min(0).max(10000).nullish(),
    rakeCap: chipsOrZero('rakeCap').nullish(),
    noFlopNoDrop: z.boolean().nullish(),
    turnSeconds: z.number().int().min(1).max(600),
    betweenHandsMs: z.number().int().min(0).max(60000).nullish(),
  })
  .superRefine((d, issue) => {
    if (d.smallBlind > d.bigBlind) issue.addIssue({ code: 'custom', path: ['smallBlind'], message: 'must not exceed the big blind' });
    if (d.maxBuyIn < d.minBuyIn) issue.addIssue({ code: 'custom', path: ['maxBuyIn'], message: 'must be at least minBuyIn' });
    if (d.minBuyIn < d.bigBlind) issue.addIssue({ code: 'custom', path: ['minBuyIn'], message: 'must be at least the big blind' });
  });
export type CreateTableInput = z.input<typeof createInput>;

const audited = (t: TableRow) => ({
  name: t.name,
  variant: t.variant,
  currency: t.currency,
  smallBlind: t.small_blind,
  bigBlind: t.big_blind,
  ante: t.ante,
  maxSeats: t.max_seats,
  minBuyIn: t.min_buy_in,
  maxBuyIn: t.max_buy_in,
  rakeBasisPoints: t.rake_basis_points,
  rakeCap: t.rake_cap,
  noFlopNoDrop: t.no_flop_no_drop,
  turnSeconds: t.turn_seconds,
  betweenHandsMs: t.between_hands_ms,
  status: t.status,
});

/** Staff: opens a table; audited. */
export async function createTable(ctx: Context, input: CreateTableInput): Promise<TableRow> {
  const d = parseInput(createInput, input);
  if (!requireTenant(ctx).currencies.includes(d.currency)) {
    throw new ValidationError([{ path: ['input', 'currency'], message: 'is not a currency of this tenant' }]);
  }
  return tenantTx(ctx, async (tx) => {
    const [row] = await tx.em.execute<TableRow[]>(
      `insert into poker_table (id, tenant_id, name, variant, currency, small_blind, big_blind, ante, max_seats, min_buy_in, max_buy_in,
                                rake_basis_points, rake_cap, no_flop_no_drop, turn_seconds, between_hands_ms, created_by)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning *`,
      [
        newId(), tx.tenantId, d.name, d.variant, d.currency, d.smallBlind.toString(), d.bigBlind.toString(), (d.ante ?? 0n).toString(), d.maxSeats,
        d.minBuyIn.toString(), d.maxBuyIn.toString(), d.rakeBasisPoints ?? 0, d.rakeCap === null || d.rakeCap === undefined ? null : d.rakeCap.toString(),
        d.noFlopNoDrop ?? true, d.turnSeconds, d.betweenHandsMs ?? 0, createdBy(ctx),
      ],
    );
    await tx.audit({ action: 'poker.table.create', target: { type: 'PokerTable', id: row!.id }, diff: difference(null, audited(row!)) });
    return row!;
  });
}

/** Staff: closes a table to new players and new hands (the running hand is played out); audited. */
export async function closeTable(ctx: Context, tableId: string): Promise<TableRow> {
  return tenantTx(ctx, async (tx) => {
    const before = await lockTable(tx, tableId);
    if (before.status === 'CLOSED') return before;
    const [row] = await tx.em.execute<TableRow[]>(`update poker_table set status = 'CLOSED', next_hand_at = null, updated_at = now() where tenant_id = ? and id = ? returning *`, [tx.tenantId, tableId]);
    await tx.audit({ action: 'poker.table.close', target: { type: 'PokerTable', id: tableId }, diff: difference(audited(before), audited(row!)) });
    await record(tx, tableId, 'TABLE_CLOSED', {});
    return row!;
  });
}

// ---------------------------------------------------------------- reading

const TABLE_COLUMNS = `t.*, (select count(*)::int from poker_seat s where s.tenant_id = t.tenant_id and s.table_id = t.id) as seats_taken`;

/** Filters of the table listing. */
export interface TableFilter {
  status?: TableRow['status'] | null;
  variant?: TableRow['variant'] | null;
}

/**
 * A window of the tenant's engine tables in id order (as text in the C collation, the order
 * the gateway merges providers' tables in). `after`/`before` may be another provider's key.
 */
export async function listTables(ctx: Context, filter: TableFilter, window: KeysetWindow): Promise<TableRow[]> {
  return tenantTx(ctx, ({ em, tenantId }) =>
    em.execute<TableRow[]>(
      `select ${TABLE_COLUMNS} from poker_table t
        where t.tenant_id = ? and (?::text is null or t.status = ?::text) and (?::text is null or t.variant = ?::text)
          and (?::text is null or t.id::text collate "C" > ?::text collate "C")
          and (?::text is null or t.id::text collate "C" < ?::text collate "C")
        order by t.id ${window.backward ? 'desc' : 'asc'} limit ?`,
      [
        tenantId, filter.status ?? null, filter.status ?? null, filter.variant ?? null, filter.variant ?? null,
        window.after ?? null, window.after ?? null, window.before ?? null, window.before ?? null, window.limit,
      ],
    ),
  );
}

/** The number of the tenant's engine tables with the filters. */
export async function countTables(ctx: Context, filter: TableFilter): Promise<number> {
  const [row] = await tenantTx(ctx, ({ em, tenantId }) =>
    em.execute<{ n: number }[]>(
      `select count(*)::int as n from poker_table where tenant_id = ? and (?::text is null or status = ?::text) and (?::text is null or variant = ?::text)`,
      [tenantId, filter.status ?? null, filter.status ?? null, filter.variant ?? null, filter.variant ?? null],
    ),
  );
  return row!.n;
}

/** The tenant's engine tables with these ids (unknown ids are left out). */
export async function tablesByIds(ctx: Context, ids: readonly string[]): Promise<TableRow[]> {
  const valid = ids.filter(isUuid);
  if (!ctx.tenant || valid.length === 0) return [];
  return tenantTx(ctx, ({ em, tenantId }) => em.execute<TableRow[]>(`select ${TABLE_COLUMNS} from poker_table t where t.tenant_id = ? and t.id = any (?::uuid[])`, [tenantId, `{${valid.join(',')}}`]));
}

export async function getTable(ctx: Context, tableId: string): Promise<TableRow | null> {
  return (await tablesByIds(ctx, [tableId]))[0] ?? null;
}

export interface Snapshot {
  table: TableRow;
  seats: SeatRow[];
  /** The seq of the last event the snapshot includes: subscribe with afterSeq = seq. */
  seq: number;
  hand: (HandView & { handId: string; handNo: number }) | null;
  mySeat: number | null;
  turnDeadline: Date | null;
}

/** The table as the caller may see it, consistent with `seq` (writers are held off by a share lock). */
export async function snapshot(ctx: Context, tableId: string): Promise<Snapshot | null> {
  if (!isUuid(tableId)) return null;
  const viewer = viewerOf(ctx);
  return tenantTx(ctx, async (tx) => {
    const [table] = await tx.em.execute<TableRow[]>(`select * from poker_table where tenant_id = ? and id = ? for share`, [tx.tenantId, tableId]);
    if (!table) return null;
    const seats = await seatsOf(tx, tableId);
    const [last] = await tx.em.execute<{ seq: string }[]>(`select coalesce(max(seq), 0)::text as seq from poker_table_event where tenant_id = ? and table_id = ?`, [tx.tenantId, tableId]);
    let hand: Snapshot['hand'] = null;
    if (table.current_hand_id) {
      const row = await handById(tx, table.current_hand_id);
      const mine = row.state.players.find((p) => p.playerId !== null && p.playerId === viewer);
      hand = { ...viewFor(row.state, mine ? mine.seat : null), handId: row.id, handNo: row.hand_no };
    }
    return {
      table: { ...table, seats_taken: seats.length },
      seats,
      seq: Number(last!.seq),
      hand,
      mySeat: seats.find((s) => s.player_id === viewer)?.seat ?? null,
      turnDeadline: table.turn_deadline,
    };
  });
}

/** Stored events after `afterSeq`, in order (unredacted: callers redact per viewer). */
export async function eventsAfter(ctx: Context, tableId: string, afterSeq: number, limit = 500, beforeSeq: number | null = null): Promise<TableEvent[]> {
  const rows = await tenantTx(ctx, ({ em, tenantId }) =>
    em.execute<{ table_id: string; seq: string; type: string; hand_id: string | null; private_to: string | null; payload: unknown; created_at: Date }[]>(
      `select table_id, seq, type, hand_id, private_to, payload, created_at from poker_table_event
        where tenant_id = ? and table_id = ? and seq > ? and (?::bigint is null or seq < ?::bigint) order by seq limit ?`,
      [tenantId, tableId, afterSeq, beforeSeq, beforeSeq, limit],
    ),
  );
  return rows.map((r) => ({
    tableId: r.table_id,
    seq: Number(r.seq),
    type: r.type,
    handId: r.hand_id,
    privateTo: r.private_to,
    data: r.payload,
    occurredAt: new Date(r.created_at).toISOString(),
  }));
}

/** Whether the table exists for the caller's tenant. */
export async function tableExists(ctx: Context, tableId: string): Promise<boolean> {
  if (!isUuid(tableId)) return false;
  const rows = await tenantTx(ctx, ({ em, tenantId }) => em.execute(`select 1 from poker_table where tenant_id = ? and id = ?`, [tenantId, tableId]));
  return rows.length > 0;
}

/** A hand of an engine table as the API shows it: its record, without the engine state. */
export interface HandRecord {
  id: string;
  table_id: string;
  hand_no: number;
  status: HandRow['status'];
  rake: string;
  currency: string;
  phh: string | null;
  started_at: Date;
  ended_at: Date | null;
}

const HAND_COLUMNS = `h.id, h.table_id, h.hand_no, h.status, h.rake::text as rake, t.currency, h.phh, h.started_at, h.ended_at`;

/** The tenant's hands with these ids (unknown ids are left out). */
export async function handsByIds(ctx: Context, ids: readonly string[]): Promise<HandRecord[]> {
  const valid = ids.filter(isUuid);
  if (!ctx.tenant || valid.length === 0) return [];
  return tenantTx(ctx, ({ em, tenantId }) =>
    em.execute<HandRecord[]>(
      `select ${HAND_COLUMNS} from poker_hand h join poker_table t on t.tenant_id = h.tenant_id and t.id = h.table_id where h.tenant_id = ? and h.id = any (?::uuid[])`,
      [tenantId, `{${valid.join(',')}}`],
    ),
  );
}

/** A window of a table's finished hands, newest first (keyed by hand number). */
export async function listFinishedHands(ctx: Context, tableId: string, window: KeysetWindow): Promise<HandRecord[]> {
  if (!isUuid(tableId)) return [];
  const after = window.after === undefined ? null : Number(window.after);
  const before = window.before === undefined ? null : Number(window.before);
  return tenantTx(ctx, ({ em, tenantId }) =>
    em.execute<HandRecord[]>(
      `select ${HAND_COLUMNS} from poker_hand h join poker_table t on t.tenant_id = h.tenant_id and t.id = h.table_id
        where h.tenant_id = ? and h.table_id = ? and h.status = 'COMPLETE'
          and (?::int is null or h.hand_no < ?::int) and (?::int is null or h.hand_no > ?::int)
        order by h.hand_no ${window.backward ? 'asc' : 'desc'} limit ?`,
      [tenantId, tableId, after, after, before, before, window.limit],
    ),
  );
}

/** The number of a table's finished hands. */
export async function countFinishedHands(ctx: Context, tableId: string): Promise<number> {
  if (!isUuid(tableId)) return 0;
  const [row] = await tenantTx(ctx, ({ em, tenantId }) =>
    em.execute<{ n: number }[]>(`select count(*)::int as n from poker_hand where tenant_id = ? and table_id = ? and status = 'COMPLETE'`, [tenantId, tableId]),
  );
  return row!.n;
}

// ---------------------------------------------------------------- SQL helpers

async function lockTable(tx: TenantTx, tableId: string): Promise<TableRow> {
  if (!isUuid(tableId)) throw new PokerTableNotFoundError(tableId);
  const [row] = await tx.em.execute<TableRow[]>(`select * from poker_table where tenant_id = ? and id = ? for update`, [tx.tenantId, tableId]);
  if (!row) throw new PokerTableNotFoundError(tableId);
  return row;
}

async function reloadTable(tx: TenantTx, tableId: string): Promise<TableRow> {
  const [row] = await tx.em.execute<TableRow[]>(`select * from poker_table where tenant_id = ? and id = ?`, [tx.tenantId, tableId]);
  return row!;
}

function seatsOf(tx: TenantTx, tableId: string): Promise<SeatRow[]> {
  return tx.em.execute<SeatRow[]>(`select * from poker_seat where tenant_id = ? and table_id = ? order by seat`, [tx.tenantId, tableId]);
}

async function handById(tx: TenantTx, handId: string): Promise<HandRow> {
  const [row] = await tx.em.execute<HandRow[]>(`select * from poker_hand where tenant_id = ? and id = ?`, [tx.tenantId, handId]);
  return row!;
}

/** Appends an event to the table's log and the outbox, numbered by the table's stream. */
async function record(tx: TenantTx, tableId: string, type: string, data: unknown, handId: string | null = null, privateTo: string | null = null): Promise<number> {
  const payload: TableEventPayload = { tableId, type, handId, privateTo, data };
  const seq = await tx.emit(`table:${tableId}`, TABLE_EVENT, payload);
  await tx.em.execute(
    `insert into poker_table_event (id, tenant_id, table_id, seq, hand_id, type, private_to, payload) values (?, ?, ?, ?, ?, ?, ?, ?::jsonb)`,
    [newId(), tx.tenantId, tableId, seq, handId, type, privateTo, JSON.stringify(data)],
  );
  return seq;
}

// ---------------------------------------------------------------- the ledger

interface Locked {
  ctx: Context;
  tx: TenantTx;
  table: TableRow;
  /** The seq of the last event recorded by this operation. */
  lastSeq: number;
}

/** The table locked for this operation, and the caller's seat at it (PokerNotSeatedError without one). */
async function lockedSeat(ctx: Context, tx: TenantTx, tableId: string, playerId: string): Promise<{ l: Locked; seat: SeatRow }> {
  const table = await lockTable(tx, tableId);
  const [seat] = await tx.em.execute<SeatRow[]>(`select * from poker_seat where tenant_id = ? and table_id = ? and player_id = ?`, [tx.tenantId, tableId, playerId]);
  if (!seat) throw new PokerNotSeatedError(tableId);
  return { l: { ctx, tx, table, lastSeq: 0 }, seat };
}

async function account(l: Locked, selector: AccountSelector, counterparty: AccountRow | null): Promise<AccountRow> {
  const found = await resolveAccount(l.tx, { currency: l.table.currency, ...selector }, counterparty, l.ctx.services.config.walletHouseStripes, requireTenant(l.ctx).currencies);
  if ('currencyRequired' in found) throw new Error('poker: the table currency is always named');
  return found;
}

const escrowOf = (l: Locked) => account(l, { ownerType: 'ESCROW', ownerId: l.table.id }, null);

/** One ledger transaction moving `amount` from `from` to `to`. */
async function move(l: Locked, from: AccountRow, to: AccountRow, amount: bigint, code: string, metadata: Record<string, unknown>, by: string = createdBy(l.ctx)): Promise<string> {
  const posted = await applyLegs(l.tx, [{ account: from, amount: -amount }, { account: to, amount }], {
    code,
    reference: l.table.id,
    metadata: { tableId: l.table.id, ...metadata },
    idempotencyKey: `poker:${code}:${newId()}`,
    reversesId: null,
    createdBy: by,
  });
  return posted.id;
}

async function cashOut(l: Locked, seat: SeatRow, reason: string): Promise<bigint> {
  const stack = BigInt(seat.stack);
  if (stack > 0n) {
    const escrow = await escrowOf(l);
    const cash = await account(l, { ownerType: 'PLAYER', ownerId: seat.player_id, kind: 'CASH' }, escrow);
    await move(l, escrow, cash, stack, 'POKER_CASH_OUT', { seat: seat.seat, playerId: seat.player_id });
  }
  await l.tx.em.execute(`delete from poker_seat where tenant_id = ? and id = ?`, [l.tx.tenantId, seat.id]);
  l.lastSeq = await record(l.tx, l.table.id, 'SEAT_LEFT', { seat: seat.seat, playerId: seat.player_id, stack: Number(stack), reason });
  return stack;
}

// ---------------------------------------------------------------- hands

function handConfig(table: TableRow, handId: string): HandConfig {
  return {
    variant: table.variant,
    smallBlind: Number(table.small_blind),
    bigBlind: Number(table.big_blind),
    ante: Number(table.ante),
    rake:
      table.rake_basis_points > 0
        ? { basisPoints: table.rake_basis_points, cap: table.rake_cap === null ? null : Number(table.rake_cap), noFlopNoDrop: table.no_flop_no_drop }
        : null,
    handId,
  };
}

/** Starts a hand when none runs, the table is open and at least two seated players are active. */
async function maybeStartHand(l: Locked, depth = 0): Promise<void> {
  const table = await reloadTable(l.tx, l.table.id);
  if (table.status !== 'OPEN' || table.current_hand_id) return;
  const seats = (await seatsOf(l.tx, table.id)).filter((s) => s.status === 'SITTING' && BigInt(s.stack) > 0n);
  if (seats.length < 2) {
    await l.tx.em.execute(`update poker_table set next_hand_at = null, turn_deadline = null where tenant_id = ? and id = ?`, [l.tx.tenantId, table.id]);
    return;
  }
  if (depth >= MAX_CHAINED_HANDS) {
    const [due] = await l.tx.em.execute<{ next_hand_at: Date }[]>(`update poker_table set next_hand_at = now() where tenant_id = ? and id = ? returning next_hand_at`, [l.tx.tenantId, table.id]);
    await wakeTableAt(l, due!.next_hand_at);
    return;
  }
  const button = seats.find((s) => table.button_seat === null || s.seat > table.button_seat) ?? seats[0]!;
  const handId = newId();
  const handNo = table.hand_count + 1;
  const created = createHand(
    handConfig(table, handId),
    seats.map((s) => ({ seat: s.seat, stack: Number(s.stack), playerId: s.player_id })),
    button.seat,
    secureShuffledDeck(),
  );
  if (!created.ok) throw new Error(`poker: the engine refused a hand: ${created.error.code} ${created.error.message}`);
  await l.tx.em.execute(`insert into poker_hand (id, tenant_id, table_id, hand_no, state, status) values (?, ?, ?, ?, ?::jsonb, 'RUNNING')`, [
    handId, l.tx.tenantId, table.id, handNo, JSON.stringify(created.state),
  ]);
  await l.tx.em.execute(
    `update poker_table set current_hand_id = ?, button_seat = ?, hand_count = ?, next_hand_at = null, updated_at = now() where tenant_id = ? and id = ?`,
    [handId, button.seat, handNo, l.tx.tenantId, table.id],
  );
  await drive(l, { id: handId, hand_no: handNo }, created.state, created.events, depth);
}

/**
 * Records a step's events and moves the hand on: players who are away (sitting out, leaving)
 * act by default at once; a seated player to act gets a turn deadline (by the database clock);
 * a finished hand is settled.
 */
async function drive(l: Locked, hand: { id: string; hand_no: number }, state: HandState, events: readonly HandEvent[], depth = 0): Promise<void> {
  let current = state;
  let pending = events;
  for (;;) {
    for (const event of pending) {
      const privateTo = event.type === 'HOLE_CARDS_DEALT' ? (current.players.find((p) => p.seat === event.seat)?.playerId ?? null) : null;
      l.lastSeq = await record(l.tx, l.table.id, event.type, event, hand.id, privateTo);
    }
    if (current.status === 'COMPLETE') {
      await finishHand(l, hand, current, depth);
      return;
    }
    const seat = seatToAct(current)!;
    const [row] = await l.tx.em.execute<SeatRow[]>(`select * from poker_seat where tenant_id = ? and table_id = ? and seat = ?`, [l.tx.tenantId, l.table.id, seat]);
    if (row && row.status === 'SITTING') {
      await l.tx.em.execute(`update poker_hand set state = ?::jsonb where tenant_id = ? and id = ?`, [JSON.stringify(current), l.tx.tenantId, hand.id]);
      const [timed] = await l.tx.em.execute<{ turn_deadline: Date }[]>(
        `update poker_table set turn_deadline = now() + make_interval(secs => ?), updated_at = now() where tenant_id = ? and id = ? returning turn_deadline`,
        [l.table.turn_seconds, l.tx.tenantId, l.table.id],
      );
      l.lastSeq = await record(l.tx, l.table.id, 'TURN_TIMER', { seat, deadline: new Date(timed!.turn_deadline).toISOString(), seconds: l.table.turn_seconds }, hand.id);
      await wakeTableAt(l, timed!.turn_deadline);
      return;
    }
    const step = apply(current, defaultAction(current)!);
    if (!step.ok) throw new Error(`poker: the default action was refused: ${step.error.code}`);
    current = step.state;
    pending = step.events;
  }
}

/**
 * Who paid the rake (docs/vip.md "Poker"): the rake split by what each player put in. Each share
 * is floor(rake × contributed / Σ contributed); the chips left over go one each to the largest
 * remainders (ties: the lower seat first), so the shares sum to the rake exactly. Players with
 * nothing in (or no player id) get no share.
 */
export function rakeShares(rake: bigint, players: readonly { seat: number; playerId: string | null; contributed: number }[]): Map<string, bigint> {
  const payers = players.filter((p) => p.playerId !== null && p.contributed > 0);
  const total = payers.reduce((sum, p) => sum + BigInt(p.contributed), 0n);
  const shares = new Map<string, bigint>();
  if (rake <= 0n || total === 0n) return shares;
  const parts = payers.map((p) => {
    const exact = rake * BigInt(p.contributed);
    return { p, share: exact / total, remainder: exact % total };
  });
  let left = rake - parts.reduce((sum, x) => sum + x.share, 0n);
  const byRemainder = [...parts].sort((a, b) => (a.remainder === b.remainder ? a.p.seat - b.p.seat : a.remainder > b.remainder ? -1 : 1));
  for (const x of byRemainder) {
    if (left === 0n) break;
    x.share += 1n;
    left -= 1n;
  }
  for (const x of parts) shares.set(x.p.playerId!, (shares.get(x.p.playerId!) ?? 0n) + x.share);
  return shares;
}

/** Settles a finished hand: stacks, rake to the house, PHH history, departures; then the next hand. */
async function finishHand(l: Locked, hand: { id: string; hand_no: number }, state: HandState, depth: number): Promise<void> {
  const result = state.result!;
  for (const p of result.players) {
    await l.tx.em.execute(`update poker_seat set stack = ? where tenant_id = ? and table_id = ? and seat = ? and player_id = ?`, [p.finalStack, l.tx.tenantId, l.table.id, p.seat, p.playerId]);
  }
  if (result.rake > 0) {
    const escrow = await escrowOf(l);
    const house = await account(l, { ownerType: 'HOUSE' }, escrow);
    await move(l, escrow, house, BigInt(result.rake), 'POKER_RAKE', {
      handId: hand.id,
      handNo: hand.hand_no,
      currency: l.table.currency,
      rakeShares: Object.fromEntries([...rakeShares(BigInt(result.rake), result.players)].map(([playerId, share]) => [playerId, share.toString()])),
      // Written by the table, not by whoever acted last: a label no principal has, which VIP accrual trusts (docs/wallet.md, the ledger feed).
    }, `POKER:${l.table.id}`);
  }
  const phh = exportPhh(state, { fields: { table: l.table.id, currency: l.table.currency, hand_number: hand.hand_no } });
  await l.tx.em.execute(`update poker_hand set state = ?::jsonb, status = 'COMPLETE', rake = ?, phh = ?, ended_at = now() where tenant_id = ? and id = ?`, [
    JSON.stringify(state), result.rake, phh, l.tx.tenantId, hand.id,
  ]);
  await l.tx.em.execute(`update poker_table set current_hand_id = null, turn_deadline = null, updated_at = now() where tenant_id = ? and id = ?`, [l.tx.tenantId, l.table.id]);
  for (const seat of await seatsOf(l.tx, l.table.id)) {
    if (seat.status === 'LEAVING') await cashOut(l, seat, 'LEFT');
    else if (BigInt(seat.stack) === 0n) await cashOut(l, seat, 'BUSTED');
  }
  if (l.table.between_hands_ms === 0) {
    await maybeStartHand(l, depth + 1);
  } else {
    const [due] = await l.tx.em.execute<{ next_hand_at: Date | null }[]>(
      `update poker_table set next_hand_at = case when status = 'OPEN' then now() + make_interval(secs => ?::double precision / 1000) end where tenant_id = ? and id = ? returning next_hand_at`,
      [l.table.between_hands_ms, l.tx.tenantId, l.table.id],
    );
    if (due?.next_hand_at) await wakeTableAt(l, due.next_hand_at);
  }
}

/**
 * Turn timers and hand starts: when a table gets a deadline, a job to act on it at that time is
 * enqueued in the same transaction (rolled back with it). The job runs the tenant's due tables.
 */
export const pokerTableDueJob = defineJob<{ tenantId: string }>({
  name: 'poker-table-due',
  description: "Acts on a table's turn deadline or next-hand time when it comes: the default action for a player who timed out, or the next hand.",
  idempotency: 'It acts only on tables whose deadline has passed, locking each (SKIP LOCKED), and acting clears or moves the deadline; a second run finds nothing due.',
  pollingIntervalSeconds: 0.5,
  run: ({ tenantId }, services) => runTenantTimers(services, tenantId),
});

/** Acts on every due table of an active tenant, in batches of 50 until none is due. */
export async function runTenantTimers(services: Services, tenantId: string): Promise<void> {
  const tenant = await tenantDirectory.byId(services, tenantId);
  if (!tenant || tenant.status !== 'ACTIVE') return;
  while ((await runDueTables(systemContext(services, tenant))) >= 50) {
    // Another batch.
  }
}

async function wakeTableAt(l: Locked, at: Date): Promise<void> {
  const when = new Date(at);
  await l.ctx.services.jobs.enqueue(entityManagerExecutor(l.tx.em), pokerTableDueJob, { tenantId: l.tx.tenantId }, { startAfter: when, key: `${l.table.id}:${when.toISOString()}` });
}

async function runningHand(l: Locked): Promise<HandRow | null> {
  const table = await reloadTable(l.tx, l.table.id);
  return table.current_hand_id ? handById(l.tx, table.current_hand_id) : null;
}

// ---------------------------------------------------------------- players

const sitInput = z.object({ seat: z.number().int().min(0).max(9).nullish(), buyIn: z.string() });

export interface SitResult {
  seat: SeatRow;
  seq: number;
}

/**
 * The signed-in player sits down with `buyIn` chips moved from their cash to the table's
 * escrow (refused with InsufficientFundsError when the cash does not cover it). A hand starts
 * when two or more seated players are active and none runs.
 */
export async function sit(ctx: Context, tableId: string, input: z.input<typeof sitInput>): Promise<SitResult> {
  const me = playerOf(ctx);
  const data = parseInput(sitInput, input);
  const buyIn = parseAmount(data.buyIn, ['buyIn']);
  return tenantTx(ctx, async (tx) => {
    const table = await lockTable(tx, tableId);
    if (table.status !== 'OPEN') throw new PokerTableClosedError(tableId);
    const seats = await seatsOf(tx, tableId);
    const mine = seats.find((s) => s.player_id === me);
    if (mine) throw new PokerAlreadySeatedError(mine.seat);
    if (buyIn < BigInt(table.min_buy_in) || buyIn > BigInt(table.max_buy_in)) throw new PokerBuyInOutOfRangeError(table.min_buy_in, table.max_buy_in, table.currency.trim());
    let seat: number;
    if (data.seat !== null && data.seat !== undefined) {
      if (data.seat >= table.max_seats) throw new ValidationError([{ path: ['seat'], message: `must be below ${table.max_seats}` }]);
      if (seats.some((s) => s.seat === data.seat)) throw new PokerSeatTakenError(data.seat);
      seat = data.seat;
    } else {
      const free = Array.from({ length: table.max_seats }, (_, i) => i).find((i) => !seats.some((s) => s.seat === i));
      if (free === undefined) throw new PokerTableFullError(tableId);
      seat = free;
    }
    // What the modules above forbid (risk: accounts linked to one already seated, GLI-19).
    await runPlayerGates('seat', ctx, tx, { playerId: me, tableId, seatedPlayerIds: seats.map((s) => s.player_id) });
    // Responsible gambling last, in this transaction (after the table's lock, as when a hand
    // settles): a sit refused above starts no play session and writes nothing.
    await startPlaySessionInTx(tx, me);
    const l: Locked = { ctx, tx, table, lastSeq: 0 };
    const escrow = await escrowOf(l);
    const cash = await account(l, { ownerType: 'PLAYER', ownerId: me, kind: 'CASH' }, escrow);
    await move(l, cash, escrow, buyIn, 'POKER_BUY_IN', { seat, playerId: me });
    const [row] = await tx.em.execute<SeatRow[]>(
      `insert into poker_seat (id, tenant_id, table_id, seat, player_id, stack, status) values (?, ?, ?, ?, ?, ?, 'SITTING') returning *`,
      [newId(), tx.tenantId, tableId, seat, me, buyIn.toString()],
    );
    l.lastSeq = await record(tx, tableId, 'SEAT_TAKEN', { seat, playerId: me, stack: Number(buyIn) });
    await maybeStartHand(l);
    return { seat: row!, seq: l.lastSeq };
  });
}

export const ACTION_TYPES = ['FOLD', 'CHECK', 'CALL', 'BET', 'RAISE'] as const;
export type ActionType = (typeof ACTION_TYPES)[number];

export interface ActInput {
  type: ActionType;
  /** For BET and RAISE: the street total after the action ("to"), in chips. */
  amount?: string | null;
  /** The hand the action is meant for: refused when that hand is over. */
  handId?: string | null;
}

function engineError(error: EngineError, state: HandState, currency: string): Error {
  switch (error.code) {
    case 'NOT_YOUR_TURN':
      return new PokerNotYourTurnError(seatToAct(state));
    case 'HAND_COMPLETE':
      return new PokerNoHandInProgressError(null);
    case 'UNKNOWN_SEAT':
      return new PokerNotInHandError();
    case 'INVALID_AMOUNT':
    case 'AMOUNT_TOO_SMALL':
    case 'AMOUNT_TOO_LARGE':
      return new PokerIllegalAmountError(error.min === undefined ? null : String(error.min), error.max === undefined ? null : String(error.max), currency);
    default:
      return new PokerIllegalActionError(error.message);
  }
}

/** The signed-in player acts in the running hand; the amount is checked against the legal range. */
export async function act(ctx: Context, tableId: string, input: ActInput): Promise<{ handId: string; seq: number }> {
  const me = playerOf(ctx);
  let amount: number | null = null;
  if (input.type === 'BET' || input.type === 'RAISE') {
    if (input.amount === null || input.amount === undefined) throw new PokerIllegalAmountError(null, null);
    const parsed = parseAmount(input.amount, ['amount']);
    if (parsed > MAX_CHIPS) throw new PokerIllegalAmountError(null, null);
    amount = Number(parsed);
  }
  return tenantTx(ctx, async (tx) => {
    const { l } = await lockedSeat(ctx, tx, tableId, me);
    const hand = await runningHand(l);
    if (!hand || (input.handId && input.handId !== hand.id)) throw new PokerNoHandInProgressError(input.handId ?? null);
    const player = hand.state.players.find((p) => p.playerId === me);
    if (!player) throw new PokerNotInHandError();
    const type = input.type.toLowerCase() as Action['type'];
    const action = (type === 'bet' || type === 'raise' ? { seat: player.seat, type, amount: amount! } : { seat: player.seat, type }) as Action;
    const step = apply(hand.state, action);
    if (!step.ok) throw engineError(step.error, hand.state, l.table.currency.trim());
    await drive(l, hand, step.state, step.events);
    return { handId: hand.id, seq: l.lastSeq };
  });
}

/** Sits the player out (they act by default when their turn comes and get no new hands) or back in. */
export async function setAway(ctx: Context, tableId: string, away: boolean): Promise<SitResult> {
  const me = playerOf(ctx);
  return tenantTx(ctx, async (tx) => {
    const { l, seat } = await lockedSeat(ctx, tx, tableId, me);
    const status: SeatStatus = away ? 'SITTING_OUT' : 'SITTING';
    if (seat.status === status || seat.status === 'LEAVING') return { seat, seq: 0 };
    const [row] = await tx.em.execute<SeatRow[]>(`update poker_seat set status = ? where tenant_id = ? and id = ? returning *`, [status, tx.tenantId, seat.id]);
    l.lastSeq = await record(tx, tableId, 'SEAT_STATUS', { seat: seat.seat, playerId: me, status });
    await actForAway(l, seat.seat);
    if (!away) await maybeStartHand(l);
    const [now] = await tx.em.execute<SeatRow[]>(`select * from poker_seat where tenant_id = ? and id = ?`, [tx.tenantId, row!.id]);
    return { seat: now ?? row!, seq: l.lastSeq };
  });
}

/** When it is the turn of a seat that just went away, it acts by default at once. */
async function actForAway(l: Locked, seat: number): Promise<void> {
  const hand = await runningHand(l);
  if (!hand || seatToAct(hand.state) !== seat) return;
  const step = apply(hand.state, defaultAction(hand.state)!);
  if (!step.ok) throw new Error(`poker: the default action was refused: ${step.error.code}`);
  await drive(l, hand, step.state, step.events);
}

export interface LeaveResult {
  /** True when the player is in the running hand: they leave (and are paid) when it ends. */
  pending: boolean;
  cashedOut: bigint | null;
  seq: number;
}

/** The player leaves; the stack goes back to their cash (at the end of the hand if they are in it). */
export async function leave(ctx: Context, tableId: string): Promise<LeaveResult> {
  const me = playerOf(ctx);
  return tenantTx(ctx, async (tx) => {
    const { l, seat } = await lockedSeat(ctx, tx, tableId, me);
    const hand = await runningHand(l);
    if (hand && hand.state.players.some((p) => p.playerId === me)) {
      if (seat.status !== 'LEAVING') {
        await tx.em.execute(`update poker_seat set status = 'LEAVING' where tenant_id = ? and id = ?`, [tx.tenantId, seat.id]);
        l.lastSeq = await record(tx, tableId, 'SEAT_STATUS', { seat: seat.seat, playerId: me, status: 'LEAVING' });
        await actForAway(l, seat.seat);
      }
      const [still] = await tx.em.execute<SeatRow[]>(`select * from poker_seat where tenant_id = ? and id = ?`, [tx.tenantId, seat.id]);
      if (still) return { pending: true, cashedOut: null, seq: l.lastSeq };
      const [left] = await tx.em.execute<{ payload: { stack: number } }[]>(
        `select payload from poker_table_event where tenant_id = ? and table_id = ? and type = 'SEAT_LEFT' and payload->>'playerId' = ? order by seq desc limit 1`,
        [tx.tenantId, tableId, me],
      );
      return { pending: false, cashedOut: BigInt(left?.payload.stack ?? 0), seq: l.lastSeq };
    }
    const stack = await cashOut(l, seat, 'LEFT');
    return { pending: false, cashedOut: stack, seq: l.lastSeq };
  });
}

// ---------------------------------------------------------------- timers

/**
 * The tenant's tables whose turn deadline has passed (by the database clock): the player to act
 * checks if free, else folds, and is sat out; and tables whose next hand is due. SKIP LOCKED
 * lets several instances share the work; deadlines live in the database, so they survive a
 * restart. Returns the number of tables handled.
 */
export async function runDueTables(ctx: Context, batch = 50): Promise<number> {
  return tenantTx(ctx, async (tx) => {
    const due = await tx.em.execute<TableRow[]>(
      `select * from poker_table
        where tenant_id = ? and (turn_deadline <= now() or next_hand_at <= now())
        order by id limit ? for update skip locked`,
      [tx.tenantId, batch],
    );
    for (const table of due) {
      const l: Locked = { ctx, tx, table, lastSeq: 0 };
      const hand = table.current_hand_id ? await handById(tx, table.current_hand_id) : null;
      if (hand && table.turn_deadline && hand.status === 'RUNNING') {
        const seat = seatToAct(hand.state);
        const action = defaultAction(hand.state);
        if (seat === null || !action) continue;
        l.lastSeq = await record(tx, table.id, 'TURN_TIMED_OUT', { seat, action: action.type }, hand.id);
        await tx.em.execute(`update poker_seat set status = 'SITTING_OUT' where tenant_id = ? and table_id = ? and seat = ? and status = 'SITTING'`, [tx.tenantId, table.id, seat]);
        const [player] = await tx.em.execute<SeatRow[]>(`select * from poker_seat where tenant_id = ? and table_id = ? and seat = ?`, [tx.tenantId, table.id, seat]);
        if (player?.status === 'SITTING_OUT') l.lastSeq = await record(tx, table.id, 'SEAT_STATUS', { seat, playerId: player.player_id, status: 'SITTING_OUT' });
        const step = apply(hand.state, action);
        if (!step.ok) throw new Error(`poker: the default action was refused: ${step.error.code}`);
        await drive(l, hand, step.state, step.events);
      } else if (!hand) {
        await maybeStartHand(l);
      }
    }
    return due.length;
  });
}
