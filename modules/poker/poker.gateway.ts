import { requireTenant, type Context } from '../../src/context.js';
import { isUuid } from '../../src/ids.js';
import { AppError } from '../../src/errors.js';
import type { KeysetWindow } from '../../src/graphql/pagination.js';
import { eventChannel, type PublishedEvent } from '../../src/events/outbox.js';
import type { HandView } from './engine/index.js';
import * as engine from './poker.service.js';
import { PokerProviderUnavailableError, PokerTableNotFoundError } from './poker.errors.js';

/**
 * The poker gateway: GraphQL speaks to tables through a PokerProvider, whoever runs them. Our
 * engine is the provider `engine` (table ids are UUIDs); an external provider registers under
 * its code and its table ids are `<code>:<its id>`, so every call routes by the id alone.
 * Money of external tables is the provider's business (it settles through the seamless wallet
 * or its own ledger); the gateway only unifies lobby, snapshot, actions and events.
 */

export interface PokerTableInfo {
  id: string;
  provider: string;
  name: string;
  variant: 'NLHE' | 'PLO';
  currency: string;
  smallBlind: bigint;
  bigBlind: bigint;
  ante: bigint;
  maxSeats: number;
  minBuyIn: bigint;
  maxBuyIn: bigint;
  rakeBasisPoints: number;
  rakeCap: bigint | null;
  turnSeconds: number;
  status: 'OPEN' | 'CLOSED';
  seatsTaken: number;
}

export interface PokerSeatInfo {
  seat: number;
  playerId: string;
  stack: bigint;
  status: engine.SeatStatus;
}

export interface PokerHandInfo extends HandView {
  handId: string;
  handNo: number;
}

export interface PokerSnapshot {
  table: PokerTableInfo;
  seq: number;
  seats: PokerSeatInfo[];
  hand: PokerHandInfo | null;
  mySeat: number | null;
  turnDeadline: Date | null;
}

/** An event of a table's stream as a viewer receives it (already redacted for that viewer). */
export interface PokerTableEventView {
  tableId: string;
  seq: number;
  type: string;
  handId: string | null;
  data: unknown;
  occurredAt: string;
}

export interface PokerActionInput {
  type: engine.ActionType;
  amount: string | null;
  handId: string | null;
}

export interface PokerProvider {
  readonly code: string;
  listTables(ctx: Context): Promise<PokerTableInfo[]>;
  getTable(ctx: Context, tableId: string): Promise<PokerTableInfo | null>;
  /** The table as the caller may see it: their own hole cards only. */
  getSnapshot(ctx: Context, tableId: string): Promise<PokerSnapshot | null>;
  sit(ctx: Context, tableId: string, input: { seat: number | null; buyIn: string }): Promise<{ seat: PokerSeatInfo; seq: number }>;
  act(ctx: Context, tableId: string, action: PokerActionInput): Promise<{ handId: string; seq: number }>;
  setAway(ctx: Context, tableId: string, away: boolean): Promise<{ seat: PokerSeatInfo; seq: number }>;
  leave(ctx: Context, tableId: string): Promise<{ pending: boolean; cashedOut: bigint | null; seq: number }>;
  /**
   * The table's events after `afterSeq` (all later ones; from now when null), redacted for the
   * caller, in order, with no gaps or duplicates. Throws PokerTableNotFoundError for an unknown table.
   */
  events(ctx: Context, tableId: string, afterSeq: number | null): Promise<AsyncIterable<PokerTableEventView>>;
}

// ---------------------------------------------------------------- our engine

export function tableInfo(row: engine.TableRow): PokerTableInfo {
  return {
    id: row.id,
    provider: ENGINE,
    name: row.name,
    variant: row.variant,
    currency: row.currency.trim(),
    smallBlind: BigInt(row.small_blind),
    bigBlind: BigInt(row.big_blind),
    ante: BigInt(row.ante),
    maxSeats: row.max_seats,
    minBuyIn: BigInt(row.min_buy_in),
    maxBuyIn: BigInt(row.max_buy_in),
    rakeBasisPoints: row.rake_basis_points,
    rakeCap: row.rake_cap === null ? null : BigInt(row.rake_cap),
    turnSeconds: row.turn_seconds,
    status: row.status,
    seatsTaken: row.seats_taken ?? 0,
  };
}

const seatInfo = (s: engine.SeatRow): PokerSeatInfo => ({ seat: s.seat, playerId: s.player_id, stack: BigInt(s.stack), status: s.status });

const view = (e: engine.TableEvent): PokerTableEventView => ({ tableId: e.tableId, seq: e.seq, type: e.type, handId: e.handId, data: e.data, occurredAt: e.occurredAt });

/**
 * Replays the stored log after `afterSeq`, then follows live events. The PubSub subscription
 * is opened first, so nothing committed meanwhile is lost; live events at or below the last
 * delivered seq are dropped (duplicates), and a jump in seq is filled from the log (the relay
 * publishes at least once, and instances may publish out of order).
 */
async function engineEvents(ctx: Context, tableId: string, afterSeq: number | null): Promise<AsyncIterable<PokerTableEventView>> {
  if (!(await engine.tableExists(ctx, tableId))) throw new PokerTableNotFoundError(tableId);
  const viewer = engine.viewerOf(ctx);
  const live = ctx.services.pubsub.subscribe<PublishedEvent<engine.TableEventPayload>>(eventChannel(requireTenant(ctx).id, engine.TABLE_EVENT));
  let last = afterSeq ?? (await engine.snapshot(ctx, tableId))?.seq ?? 0;
  async function* stream(): AsyncGenerator<PokerTableEventView> {
    try {
      for (;;) {
        const stored = await engine.eventsAfter(ctx, tableId, last);
        for (const e of stored) yield view(engine.redact(e, viewer));
        if (stored.length > 0) last = stored[stored.length - 1]!.seq;
        if (stored.length < 500) break;
      }
      for await (const published of live) {
        if (published.payload.tableId !== tableId || published.seq <= last) continue;
        if (published.seq > last + 1) {
          for (const e of await engine.eventsAfter(ctx, tableId, last, 10_000, published.seq)) yield view(engine.redact(e, viewer));
        }
        const event: engine.TableEvent = { ...published.payload, seq: published.seq, occurredAt: published.occurredAt };
        yield view(engine.redact(event, viewer));
        last = published.seq;
      }
    } finally {
      await live.return?.();
    }
  }
  return stream();
}

export const ENGINE = 'engine';

export const engineProvider: PokerProvider = {
  code: ENGINE,
  listTables: async (ctx) => (await engine.listTables(ctx, {}, { limit: 200, backward: false })).map(tableInfo),
  getTable: async (ctx, id) => {
    const row = await engine.getTable(ctx, id);
    return row ? tableInfo(row) : null;
  },
  getSnapshot: async (ctx, id) => {
    const s = await engine.snapshot(ctx, id);
    if (!s) return null;
    return { table: tableInfo(s.table), seq: s.seq, seats: s.seats.map(seatInfo), hand: s.hand, mySeat: s.mySeat, turnDeadline: s.turnDeadline };
  },
  sit: async (ctx, id, input) => {
    const r = await engine.sit(ctx, id, input);
    return { seat: seatInfo(r.seat), seq: r.seq };
  },
  act: (ctx, id, action) => engine.act(ctx, id, action),
  setAway: async (ctx, id, away) => {
    const r = await engine.setAway(ctx, id, away);
    return { seat: seatInfo(r.seat), seq: r.seq };
  },
  leave: (ctx, id) => engine.leave(ctx, id),
  events: engineEvents,
};

// ---------------------------------------------------------------- the registry

const providers = new Map<string, PokerProvider>([[ENGINE, engineProvider]]);

/** Adds an external provider; its table ids must be `<code>:<id>`. */
export function registerPokerProvider(provider: PokerProvider): void {
  if (!/^[a-z][a-z0-9-]{1,39}$/.test(provider.code) || provider.code === ENGINE) throw new Error(`bad poker provider code ${provider.code}`);
  providers.set(provider.code, provider);
}

export function unregisterPokerProvider(code: string): void {
  if (code !== ENGINE) providers.delete(code);
}

/** The provider running a table, by the table id; PokerTableNotFoundError when none claims it. */
export function providerOf(tableId: string): PokerProvider {
  if (isUuid(tableId)) return engineProvider;
  const code = tableId.split(':', 1)[0]!;
  const provider = tableId.includes(':') ? providers.get(code) : undefined;
  if (!provider) throw new PokerTableNotFoundError(tableId);
  return provider;
}

/** External providers' tables, each filtered; a provider that fails is left out of the lobby rather than failing it. */
async function externalTables(ctx: Context, filter: engine.TableFilter): Promise<PokerTableInfo[]> {
  const lists = await Promise.all(
    [...providers.values()]
      .filter((p) => p.code !== ENGINE)
      .map((p) =>
        p.listTables(ctx).catch((error: unknown) => {
          ctx.services.logger.warn({ err: error, provider: p.code }, 'poker provider failed to list tables');
          return [];
        }),
      ),
  );
  return lists.flat().filter((t) => (!filter.status || t.status === filter.status) && (!filter.variant || t.variant === filter.variant));
}

/** Code-unit order of table ids: the order of Postgres's "C" collation, in which engine tables are read. */
const byId = (a: PokerTableInfo, b: PokerTableInfo) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * A window of every provider's tables in one listing ordered by table id: our engine's window
 * from SQL, merged with external providers' lists (which are small: a provider returns the
 * tables of a lobby), so forward and backward paging work across providers.
 */
export async function tablesWindow(ctx: Context, filter: engine.TableFilter, window: KeysetWindow): Promise<PokerTableInfo[]> {
  const [ours, theirs] = await Promise.all([engine.listTables(ctx, filter, window), externalTables(ctx, filter)]);
  const inWindow = theirs.filter((t) => (window.after === undefined || t.id > window.after) && (window.before === undefined || t.id < window.before));
  const merged = [...ours.map(tableInfo), ...inWindow].sort(byId);
  if (window.backward) merged.reverse();
  return merged.slice(0, window.limit);
}

/** The number of every provider's tables with the filters. */
export async function countTables(ctx: Context, filter: engine.TableFilter): Promise<number> {
  const [ours, theirs] = await Promise.all([engine.countTables(ctx, filter), externalTables(ctx, filter)]);
  return ours + theirs.length;
}

/** Tables by id, of any provider; null for an id no provider knows (or whose provider fails). */
export async function tablesByIds(ctx: Context, ids: readonly string[]): Promise<(PokerTableInfo | null)[]> {
  const ours = new Map((await engine.tablesByIds(ctx, ids.filter(isUuid))).map((row) => [row.id, tableInfo(row)]));
  return Promise.all(
    ids.map(async (id) => {
      if (isUuid(id)) return ours.get(id) ?? null;
      try {
        return await routed(id, (p) => p.getTable(ctx, id));
      } catch (error) {
        if (error instanceof AppError) return null;
        throw error;
      }
    }),
  );
}

/** Wraps an external provider's failure that is not one of our typed errors. */
export async function routed<T>(tableId: string, call: (provider: PokerProvider) => Promise<T>): Promise<T> {
  const provider = providerOf(tableId);
  try {
    return await call(provider);
  } catch (error) {
    if (provider.code === ENGINE || error instanceof AppError) throw error;
    throw new PokerProviderUnavailableError(provider.code);
  }
}
