import { decodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../../src/builder.js';
import type { Context } from '../../src/context.js';
import { InvalidIdError, TenantNotFoundError, TenantRequiredError, ValidationError } from '../../src/errors.js';
import { errorType } from '../../src/graphql/errors.js';
import { connectionOf } from '../../src/graphql/connections.js';
import { loadById } from '../../src/graphql/loaders.js';
import { MoneyType, money } from '../../src/graphql/money.js';
import { keysetPage } from '../../src/graphql/pagination.js';
import { isUuid } from '../../src/ids.js';
import { holds } from '../../src/auth/principal.js';
import { AccountFrozenError, InsufficientFundsError } from '../wallet/index.js';
import { PLAY_REFUSALS } from '../responsible-gambling/index.js';
import { loadPlayer, PlayerType } from '../identity/index.js';
import type { LegalAction } from './engine/index.js';
import * as poker from './poker.service.js';
import * as gateway from './poker.gateway.js';
import {
  PokerBuyInOutOfRangeError,
  PokerIllegalActionError,
  PokerIllegalAmountError,
  PokerNoHandInProgressError,
  PokerNotInHandError,
  PokerNotSeatedError,
  PokerNotYourTurnError,
  PokerProviderUnavailableError,
  PokerSeatUnavailableError,
  PokerTableNotFoundError,
} from './poker.errors.js';

// ---------------------------------------------------------------- errors

errorType(PokerTableNotFoundError, 'PokerTableNotFoundError', {
  code: 'POKER_TABLE_NOT_FOUND',
  description: 'No table of the tenant has this id (or its provider is not registered). Reload the lobby (`pokerTables`).',
});
const SeatUnavailableReason = builder.enumType('PokerSeatUnavailableReason', {
  description: 'Why a seat cannot be had.',
  values: {
    TABLE_CLOSED: { description: 'The table is closed to new players (code POKER_TABLE_CLOSED).' },
    SEAT_TAKEN: { description: 'The seat asked for is taken (code POKER_SEAT_TAKEN): ask for another, or for none to get the first free one.' },
    TABLE_FULL: { description: 'Every seat is taken (code POKER_TABLE_FULL): try again when someone leaves.' },
    ALREADY_SEATED: { description: 'The player already sits at this table (code POKER_ALREADY_SEATED): one seat per player and table; leave first.' },
    LINKED_ACCOUNT_SEATED: { description: 'GLI-19: an account linked to the player (same device, address or payment instrument) sits at this table (code POKER_LINKED_ACCOUNT_SEATED): choose another table.' },
  } as const,
});
errorType(
  PokerSeatUnavailableError,
  'PokerSeatUnavailableError',
  {
    code: ['POKER_TABLE_CLOSED', 'POKER_SEAT_TAKEN', 'POKER_TABLE_FULL', 'POKER_ALREADY_SEATED', 'POKER_LINKED_ACCOUNT_SEATED'],
    description: 'The player cannot sit: the table is closed, the seat asked for is taken, the table is full, the player already sits there, or an account linked to theirs does (`reason`). Nothing was moved.',
  },
  (t) => ({
    reason: t.field({ type: SeatUnavailableReason, description: 'Which of the five it is.', resolve: (e: PokerSeatUnavailableError) => e.reason }),
    seatNumber: t.int({
      nullable: true,
      description: 'SEAT_TAKEN: the seat asked for; ALREADY_SEATED: the player\'s own seat; null otherwise.',
      resolve: (e: PokerSeatUnavailableError) => e.seatNo,
    }),
  }),
);
errorType(PokerNotSeatedError, 'PokerNotSeatedError', {
  code: 'POKER_NOT_SEATED',
  description: 'The player does not sit at this table, so they cannot act, sit out or leave there.',
});
errorType(PokerNoHandInProgressError, 'PokerHandFinishedError', {
  code: 'POKER_HAND_FINISHED',
  description: 'No hand is running, or the hand named in `handId` is over: the action is dropped. Read the snapshot for the current hand.',
});
errorType(PokerNotInHandError, 'PokerNotInHandError', {
  code: 'POKER_NOT_IN_HAND',
  description: 'The player sits at the table but was not dealt into the running hand (they sat down during it); wait for the next hand.',
});
errorType(PokerNotYourTurnError, 'PokerNotYourTurnError', {
  code: 'POKER_NOT_YOUR_TURN',
  description: 'Another seat is to act; the action is dropped. Wait for TO_ACT naming the player\'s seat.',
});
errorType(PokerIllegalActionError, 'PokerIllegalActionError', {
  code: 'POKER_ILLEGAL_ACTION',
  description: 'The action is not one of the player\'s legal actions now (checking facing a bet, betting when a bet is open); see `legalActions` of the snapshot.',
});
errorType(PokerProviderUnavailableError, 'PokerProviderUnavailableError', {
  code: 'POKER_PROVIDER_UNAVAILABLE',
  description: 'The external provider running this table failed to answer; nothing was done here. Try again later.',
});
errorType(
  PokerBuyInOutOfRangeError,
  'PokerBuyInOutOfRangeError',
  { code: 'POKER_BUY_IN_OUT_OF_RANGE', description: 'The buy-in is outside the table\'s range; nothing was moved. Sit again with an amount between `min` and `max`.' },
  (t) => ({
    min: t.field({ type: MoneyType, description: 'The smallest buy-in of the table.', resolve: (e: PokerBuyInOutOfRangeError) => money(e.min, e.currency) }),
    max: t.field({ type: MoneyType, description: 'The largest buy-in of the table.', resolve: (e: PokerBuyInOutOfRangeError) => money(e.max, e.currency) }),
  }),
);
errorType(
  PokerIllegalAmountError,
  'PokerIllegalAmountError',
  {
    code: 'POKER_ILLEGAL_AMOUNT',
    description: 'The amount of a BET or RAISE is missing, malformed, or outside the legal range ("to", the street total); act again within `min`..`max`.',
  },
  (t) => ({
    min: t.field({
      type: MoneyType,
      nullable: true,
      description: 'The smallest legal street total, when betting or raising is open.',
      resolve: (e: PokerIllegalAmountError) => (e.min !== null && e.currency ? money(e.min, e.currency) : null),
    }),
    max: t.field({
      type: MoneyType,
      nullable: true,
      description: 'The largest legal street total (all-in, or the pot limit of PLO), when betting or raising is open.',
      resolve: (e: PokerIllegalAmountError) => (e.max !== null && e.currency ? money(e.max, e.currency) : null),
    }),
  }),
);

// ---------------------------------------------------------------- ids, loaders, visibility

/**
 * The local id behind a PokerTable or PokerHand global ID. Engine rows have UUIDs; an external
 * provider's tables are `<code>:<its id>`, so `localIdOf` (UUIDs only) does not fit them.
 */
export function pokerIdOf(globalId: string, type: 'PokerTable' | 'PokerHand', path: string[]): string {
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalID(globalId);
  } catch {
    throw new InvalidIdError(type, path);
  }
  const external = type === 'PokerTable' && /^[a-z][a-z0-9-]{1,39}:[^\s]{1,200}$/.test(decoded.id);
  if (decoded.typename !== type || !(isUuid(decoded.id) || external)) throw new InvalidIdError(type, path);
  return decoded.id;
}

/** Players of the tenant and its staff see its tables (watchers); API keys do not. */
const watchers = { $any: { player: true, staff: true } } as const;
const isWatcher = (ctx: Context) => ctx.principal?.kind === 'player' || ctx.principal?.kind === 'staff' || ctx.principal?.kind === 'platform';

async function tableMap(ctx: Context, ids: readonly string[]): Promise<ReadonlyMap<string, gateway.PokerTableInfo>> {
  const rows = await gateway.tablesByIds(ctx, ids);
  return new Map(rows.flatMap((row) => (row ? [[row.id, row] as const] : [])));
}
/** A table of any provider by id, batched per operation; null when unknown or not visible. */
export function loadPokerTable(ctx: Context, id: string | null | undefined): Promise<gateway.PokerTableInfo | null> {
  return isWatcher(ctx) ? loadById(ctx, 'poker.table', tableMap, id) : Promise.resolve(null);
}

async function handMap(ctx: Context, ids: readonly string[]): Promise<ReadonlyMap<string, poker.HandRecord>> {
  return new Map((await poker.handsByIds(ctx, ids)).map((h) => [h.id, h]));
}
/** A hand of an engine table by id, batched per operation; null when unknown, external or not visible. */
export function loadPokerHand(ctx: Context, id: string | null | undefined): Promise<poker.HandRecord | null> {
  return isWatcher(ctx) && id && isUuid(id) ? loadById(ctx, 'poker.hand', handMap, id) : Promise.resolve(null);
}

/**
 * The player at a seat, as the viewer may see them: themselves, or anyone for staff who may read
 * players. Other players at the table see the seat, not who sits there (no names or emails).
 */
function seatedPlayer(ctx: Context, playerId: string | null) {
  if (!playerId) return null;
  const self = ctx.principal?.kind === 'player' && ctx.principal.playerId === playerId;
  return self || holds(ctx.principal, 'player:read') ? loadPlayer(ctx, playerId) : null;
}

// ---------------------------------------------------------------- enums

const Variant = builder.enumType('PokerVariant', {
  description: 'The poker game played at a table.',
  values: {
    NLHE: { description: 'No-limit Texas hold\'em: two hole cards, any bet up to all-in.' },
    PLO: { description: 'Pot-limit Omaha: four hole cards (exactly two used), bets up to the pot.' },
  } as const,
});
const TableStatus = builder.enumType('PokerTableStatus', {
  description: 'Whether a table takes players.',
  values: {
    OPEN: { description: 'Players may sit; hands are dealt while two or more are active.' },
    CLOSED: { description: 'Closed by staff: no new players or hands (a running hand was played out).' },
  } as const,
});
const SeatStatus = builder.enumType('PokerSeatStatus', {
  description: 'What a seated player is doing.',
  values: {
    SITTING: { description: 'Active: dealt into each new hand.' },
    SITTING_OUT: { description: 'Away: dealt no new hands; in a running hand they check when free, else fold.' },
    LEAVING: { description: 'Leaves (and is paid out) when the running hand ends.' },
  } as const,
});
const ActionType = builder.enumType('PokerActionType', {
  description: 'An action of the player to act.',
  values: {
    FOLD: { description: 'Give up the hand.' },
    CHECK: { description: 'Pass without betting, when nothing is to call.' },
    CALL: { description: 'Match the current bet.' },
    BET: { description: 'Open the betting on a street; `amount` is the street total.' },
    RAISE: { description: 'Raise the current bet; `amount` is the street total after the raise ("raise to").' },
  } as const,
});
const Street = builder.enumType('PokerStreet', {
  description: 'A betting round of a hand.',
  values: {
    PREFLOP: { value: 'preflop', description: 'Before the flop: hole cards only.' },
    FLOP: { value: 'flop', description: 'Three board cards.' },
    TURN: { value: 'turn', description: 'The fourth board card.' },
    RIVER: { value: 'river', description: 'The fifth and last board card.' },
  } as const,
});
const HandStatus = builder.enumType('PokerHandStatus', {
  description: 'Whether a hand is being played.',
  values: {
    RUNNING: { description: 'Being played.' },
    COMPLETE: { description: 'Over: pots awarded, rake taken, history written.' },
  } as const,
});

// ---------------------------------------------------------------- objects

export const PokerTableRef = builder.objectRef<gateway.PokerTableInfo>('PokerTable');
builder.node(PokerTableRef, {
  description: 'A poker table of any provider (`engine` for ours). Chips are minor units of `currency`, one for one.',
  id: { resolve: (t) => t.id },
  loadMany: async (ids, ctx) => {
    if (!isWatcher(ctx)) return ids.map(() => null);
    return gateway.tablesByIds(ctx, ids);
  },
  fields: (t) => ({
    provider: t.exposeString('provider', { description: 'Who runs the table: `engine` (ours) or an external provider\'s code.' }),
    name: t.exposeString('name', { description: 'The name shown in the lobby.' }),
    variant: t.field({ type: Variant, description: 'The game played.', resolve: (x) => x.variant }),
    currency: t.field({ type: 'Currency', description: 'The currency of the chips, buy-ins and pots.', resolve: (x) => x.currency }),
    smallBlind: t.field({ type: MoneyType, description: 'The small blind.', resolve: (x) => money(x.smallBlind, x.currency) }),
    bigBlind: t.field({ type: MoneyType, description: 'The big blind.', resolve: (x) => money(x.bigBlind, x.currency) }),
    ante: t.field({ type: MoneyType, description: 'The ante every dealt player posts (zero: none).', resolve: (x) => money(x.ante, x.currency) }),
    maxSeats: t.exposeInt('maxSeats', { description: 'The number of seats, 2 to 10 (seats are numbered from 0).' }),
    minBuyIn: t.field({ type: MoneyType, description: 'The smallest buy-in.', resolve: (x) => money(x.minBuyIn, x.currency) }),
    maxBuyIn: t.field({ type: MoneyType, description: 'The largest buy-in.', resolve: (x) => money(x.maxBuyIn, x.currency) }),
    rakeBasisPoints: t.exposeInt('rakeBasisPoints', { description: 'Rake in basis points of each pot (500 = 5 %).' }),
    rakeCap: t.field({
      type: MoneyType,
      nullable: true,
      description: 'The most rake taken from one hand; null when uncapped.',
      resolve: (x) => (x.rakeCap === null ? null : money(x.rakeCap, x.currency)),
    }),
    turnSeconds: t.exposeInt('turnSeconds', { description: 'Time to act; on timeout the player checks when free, else folds, and is sat out.' }),
    status: t.field({ type: TableStatus, description: 'Whether the table takes players.', resolve: (x) => x.status }),
    seatsTaken: t.exposeInt('seatsTaken', { description: 'Seats taken now.' }),
  }),
});
const PokerTableConnection = connectionOf(PokerTableRef, 'PokerTable', { totalCount: true });

export const PokerHandRef = builder.objectRef<poker.HandRecord>('PokerHand');
builder.node(PokerHandRef, {
  description: 'A hand dealt at one of our tables: its number, outcome and history. The live state of the running hand is `PokerTableSnapshot.hand`.',
  id: { resolve: (h) => h.id },
  loadMany: async (ids, ctx) => {
    if (!isWatcher(ctx)) return ids.map(() => null);
    const rows = await poker.handsByIds(ctx, ids);
    return ids.map((id) => rows.find((h) => h.id === id) ?? null);
  },
  fields: (t) => ({
    table: t.field({
      type: PokerTableRef,
      description: 'The table the hand was dealt at.',
      resolve: async (h, _args, ctx) => {
        const table = await loadPokerTable(ctx, h.table_id);
        if (!table) throw new Error(`poker: the table of hand ${h.id} is missing`);
        return table;
      },
    }),
    handNo: t.exposeInt('hand_no', { description: 'The hand\'s number at its table: 1, 2, ...' }),
    status: t.field({ type: HandStatus, description: 'Running or over.', resolve: (h) => h.status }),
    rake: t.field({
      type: MoneyType,
      nullable: true,
      description: 'The rake taken from the hand\'s pots; null while it runs.',
      resolve: (h) => (h.status === 'COMPLETE' ? money(h.rake, h.currency.trim()) : null),
    }),
    phh: t.string({
      nullable: true,
      description: 'The finished hand in the Poker Hand History format, with every hole card: staff with poker:manage only; null otherwise and while it runs.',
      resolve: (h, _args, ctx) => (holds(ctx.principal, 'poker:manage') ? h.phh : null),
    }),
    startedAt: t.expose('started_at', { type: 'DateTime', description: 'When the hand was dealt.' }),
    endedAt: t.expose('ended_at', { type: 'DateTime', nullable: true, description: 'When the hand ended; null while it runs.' }),
  }),
});
const PokerHandConnection = connectionOf(PokerHandRef, 'PokerHand', { totalCount: true });

type SeatView = gateway.PokerSeatInfo & { currency: string };
const PokerSeat = builder.objectRef<SeatView>('PokerSeat').implement({
  description: 'A taken seat of a table.',
  fields: (t) => ({
    seat: t.exposeInt('seat', { description: '0-based seat number.' }),
    player: t.field({
      type: PlayerType,
      nullable: true,
      description: 'Who sits there: the viewer themselves, or anyone for staff with player:read; null for other viewers.',
      resolve: (s, _args, ctx) => seatedPlayer(ctx, s.playerId),
    }),
    stack: t.field({ type: MoneyType, description: 'Chips at the start of the running hand (or now, between hands).', resolve: (s) => money(s.stack, s.currency) }),
    status: t.field({ type: SeatStatus, description: 'Active, away, or leaving after the hand.', resolve: (s) => s.status }),
  }),
});

type HandPlayerView = gateway.PokerHandInfo['players'][number] & { currency: string };
const PokerHandPlayer = builder.objectRef<HandPlayerView>('PokerHandPlayer').implement({
  description: 'A player dealt into the running hand, as the viewer may see them.',
  fields: (t) => ({
    seat: t.exposeInt('seat', { description: '0-based seat number.' }),
    player: t.field({
      type: PlayerType,
      nullable: true,
      description: 'Who plays the seat: the viewer themselves, or anyone for staff with player:read; null for other viewers.',
      resolve: (p, _args, ctx) => seatedPlayer(ctx, p.playerId),
    }),
    stack: t.field({ type: MoneyType, description: 'Chips behind (not yet put in).', resolve: (p) => money(String(p.stack), p.currency) }),
    streetBet: t.field({ type: MoneyType, description: 'Chips put in on this street (blinds count here).', resolve: (p) => money(String(p.streetBet), p.currency) }),
    totalBet: t.field({ type: MoneyType, description: 'Chips put in during the whole hand.', resolve: (p) => money(String(p.totalBet), p.currency) }),
    folded: t.exposeBoolean('folded', { description: 'Whether the player folded.' }),
    allIn: t.exposeBoolean('allIn', { description: 'Whether the player has no chips behind.' }),
    holeCards: t.stringList({ nullable: true, description: 'The viewer\'s own cards, or cards tabled by the rules (e.g. "Ah", "Td"); null when hidden.', resolve: (p) => p.hole }),
    holeCount: t.exposeInt('holeCount', { description: 'How many hole cards the player holds (shown or not).' }),
  }),
});

type LegalActionView = LegalAction & { currency: string };
const PokerLegalAction = builder.objectRef<LegalActionView>('PokerLegalAction').implement({
  description: 'An action the viewer may take now, with its amounts.',
  fields: (t) => ({
    type: t.field({ type: ActionType, description: 'The action.', resolve: (a) => a.type.toUpperCase() as poker.ActionType }),
    amount: t.field({ type: MoneyType, nullable: true, description: 'CALL: the chips the call adds; null for other actions.', resolve: (a) => (a.type === 'call' ? money(String(a.amount), a.currency) : null) }),
    min: t.field({ type: MoneyType, nullable: true, description: 'BET/RAISE: the smallest street total ("to"); null for other actions.', resolve: (a) => ('min' in a ? money(String(a.min), a.currency) : null) }),
    max: t.field({ type: MoneyType, nullable: true, description: 'BET/RAISE: the largest street total (all-in or the pot limit); null for other actions.', resolve: (a) => ('max' in a ? money(String(a.max), a.currency) : null) }),
  }),
});

const PokerPot = builder.objectRef<{ amount: number; eligibleSeats: number[]; currency: string }>('PokerPot').implement({
  description: 'A pot of the running hand (the main pot first, then side pots).',
  fields: (t) => ({
    amount: t.field({ type: MoneyType, description: 'The chips in the pot.', resolve: (p) => money(String(p.amount), p.currency) }),
    eligibleSeats: t.exposeIntList('eligibleSeats', { description: 'The seats that can win it.' }),
  }),
});

type HandStateView = gateway.PokerHandInfo & { currency: string };
const PokerHandState = builder.objectRef<HandStateView>('PokerHandState').implement({
  description: 'The running hand as the viewer may see it: only their own hole cards and cards tabled by the rules.',
  fields: (t) => ({
    hand: t.field({
      type: PokerHandRef,
      nullable: true,
      description: 'The hand (its global id is what `pokerAct` takes as `handId`); null for a hand of an external provider, which keeps its own records.',
      resolve: (h, _args, ctx) => loadPokerHand(ctx, h.handId),
    }),
    handNo: t.exposeInt('handNo', { description: 'The hand\'s number at its table.' }),
    street: t.field({ type: Street, description: 'The betting round.', resolve: (h) => h.street }),
    status: t.field({ type: HandStatus, description: 'RUNNING until the pots are awarded.', resolve: (h) => (h.status === 'COMPLETE' ? 'COMPLETE' : 'RUNNING') }),
    board: t.exposeStringList('board', { description: 'The community cards dealt so far (e.g. "Ah", "Td").' }),
    buttonSeat: t.exposeInt('buttonSeat', { description: 'The dealer button\'s seat.' }),
    seatToAct: t.exposeInt('seatToAct', { nullable: true, description: 'The seat to act; null when no one is (between streets, at the end).' }),
    currentBet: t.field({ type: MoneyType, description: 'The street total to match.', resolve: (h) => money(String(h.currentBet), h.currency) }),
    minRaiseIncrement: t.field({ type: MoneyType, description: 'The smallest raise increment on this street.', resolve: (h) => money(String(h.minRaiseIncrement), h.currency) }),
    pot: t.field({ type: MoneyType, description: 'All chips in the middle: pots, this street\'s bets, antes.', resolve: (h) => money(String(h.pot), h.currency) }),
    pots: t.field({ type: [PokerPot], description: 'The pots, main first.', resolve: (h) => h.pots.map((p) => ({ ...p, currency: h.currency })) }),
    players: t.field({ type: [PokerHandPlayer], description: 'The players dealt in, by seat.', resolve: (h) => h.players.map((p) => ({ ...p, currency: h.currency })) }),
    legalActions: t.field({
      type: [PokerLegalAction],
      description: 'The viewer\'s options when it is their turn; empty otherwise.',
      resolve: (h) => (h.legal?.actions ?? []).map((a) => ({ ...a, currency: h.currency })),
    }),
    toCall: t.field({ type: MoneyType, nullable: true, description: 'What the viewer must add to call, on their turn; null otherwise.', resolve: (h) => (h.legal ? money(String(h.legal.toCall), h.currency) : null) }),
    seq: t.exposeInt('seq', { description: 'The number of engine events of the hand so far.' }),
  }),
});

const PokerSnapshot = builder.objectRef<gateway.PokerSnapshot>('PokerTableSnapshot').implement({
  description: 'The table as the caller may see it. Subscribe to tableEvents with afterSeq = seq to continue from it.',
  fields: (t) => ({
    table: t.field({ type: PokerTableRef, description: 'The table.', resolve: (s) => s.table }),
    seq: t.exposeInt('seq', { description: 'The last table event the snapshot includes.' }),
    seats: t.field({ type: [PokerSeat], description: 'The taken seats, by seat number.', resolve: (s) => s.seats.map((seat) => ({ ...seat, currency: s.table.currency })) }),
    hand: t.field({ type: PokerHandState, nullable: true, description: 'The running hand; null between hands.', resolve: (s) => (s.hand ? { ...s.hand, currency: s.table.currency } : null) }),
    mySeat: t.exposeInt('mySeat', { nullable: true, description: 'The viewer\'s seat; null when they do not sit here.' }),
    turnDeadline: t.expose('turnDeadline', { type: 'DateTime', nullable: true, description: 'When the player to act times out; null when no one is to act.' }),
  }),
});

// ---------------------------------------------------------------- payloads and inputs

const tableField = (description: string) =>
  ({
    type: PokerTableRef,
    description,
    resolve: async (p: { tableId: string }, _args: unknown, ctx: Context) => {
      const table = await loadPokerTable(ctx, p.tableId);
      if (!table) throw new PokerTableNotFoundError(p.tableId);
      return table;
    },
  }) as const;

const CreatePokerTablePayload = builder.objectRef<{ table: gateway.PokerTableInfo }>('CreatePokerTablePayload').implement({
  description: 'The table opened.',
  fields: (t) => ({ table: t.field({ type: PokerTableRef, description: 'The new table, open and empty.', resolve: (p) => p.table }) }),
});
const ClosePokerTablePayload = builder.objectRef<{ table: gateway.PokerTableInfo }>('ClosePokerTablePayload').implement({
  description: 'The table closed.',
  fields: (t) => ({ table: t.field({ type: PokerTableRef, description: 'The table, now CLOSED.', resolve: (p) => p.table }) }),
});

type SeatResult = { tableId: string; seat: gateway.PokerSeatInfo; seq: number };
const seatPayload = (name: 'SitAtPokerTablePayload' | 'SitOutPokerTablePayload', description: string) =>
  builder.objectRef<SeatResult>(name).implement({
    description,
    fields: (t) => ({
      table: t.field(tableField('The table.')),
      seat: t.field({
        type: PokerSeat,
        description: 'The player\'s seat as it is now.',
        resolve: async (p, _args, ctx) => ({ ...p.seat, currency: (await loadPokerTable(ctx, p.tableId))?.currency ?? '' }),
      }),
      seq: t.exposeInt('seq', { description: 'The last table event this change wrote (0 when nothing changed).' }),
    }),
  });
const SitAtPokerTablePayload = seatPayload('SitAtPokerTablePayload', 'The player sat down: their seat, with the buy-in as its stack.');
const SitOutPokerTablePayload = seatPayload('SitOutPokerTablePayload', 'The player\'s seat after sitting out or back in.');

const PokerActPayload = builder.objectRef<{ tableId: string; handId: string; seq: number }>('PokerActPayload').implement({
  description: 'The action was taken.',
  fields: (t) => ({
    table: t.field(tableField('The table.')),
    hand: t.field({
      type: PokerHandRef,
      nullable: true,
      description: 'The hand acted in; null for a hand of an external provider.',
      resolve: (p, _args, ctx) => loadPokerHand(ctx, p.handId),
    }),
    seq: t.exposeInt('seq', { description: 'The last table event the action wrote (follow with tableEvents).' }),
  }),
});
const LeavePokerTablePayload = builder.objectRef<{ tableId: string; pending: boolean; cashedOut: bigint | null; seq: number }>('LeavePokerTablePayload').implement({
  description: 'The player left, or will when the running hand ends.',
  fields: (t) => ({
    table: t.field(tableField('The table left.')),
    pending: t.exposeBoolean('pending', { description: 'True while the player is in the running hand: they leave and are paid when it ends.' }),
    cashedOut: t.field({
      type: MoneyType,
      nullable: true,
      description: 'Chips moved back to the wallet; null while pending.',
      resolve: async (p, _args, ctx) => (p.cashedOut === null ? null : money(p.cashedOut, (await loadPokerTable(ctx, p.tableId))?.currency ?? '')),
    }),
    seq: t.exposeInt('seq', { description: 'The last table event this change wrote.' }),
  }),
});

const CreatePokerTableInput = builder.inputType('CreatePokerTableInput', {
  description: 'A table of our engine to open.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'The name shown in the lobby, 1 to 100 characters.' }),
    variant: t.field({ type: Variant, required: true, description: 'The game played.' }),
    currency: t.field({ type: 'Currency', required: true, description: 'One of the tenant\'s currencies.' }),
    smallBlind: t.field({ type: 'MinorUnits', required: true, description: 'The small blind, at most the big blind ("0" for none).' }),
    bigBlind: t.field({ type: 'MinorUnits', required: true, description: 'The big blind, positive.' }),
    ante: t.field({ type: 'MinorUnits', description: 'The ante each dealt player posts (default none).' }),
    maxSeats: t.int({ required: true, description: '2 to 10.' }),
    minBuyIn: t.field({ type: 'MinorUnits', required: true, description: 'The smallest buy-in, at least the big blind.' }),
    maxBuyIn: t.field({ type: 'MinorUnits', required: true, description: 'The largest buy-in, at least minBuyIn.' }),
    rakeBasisPoints: t.int({ description: 'Rake per pot in basis points (default 0: no rake).' }),
    rakeCap: t.field({ type: 'MinorUnits', description: 'The most rake of one hand; none when absent.' }),
    noFlopNoDrop: t.boolean({ description: 'No rake when the hand ends before the flop (default true).' }),
    turnSeconds: t.int({ required: true, description: 'Time to act, 1 to 600 seconds; on timeout the player checks if free, else folds, and is sat out.' }),
    betweenHandsMs: t.int({ description: 'Pause between hands, 0 to 60000 ms (default 0).' }),
  }),
});
const ClosePokerTableInput = builder.inputType('ClosePokerTableInput', {
  description: 'The table to close.',
  fields: (t) => ({ tableId: t.id({ required: true, description: 'The global ID of one of our tables (PokerTable).' }) }),
});
const SitAtPokerTableInput = builder.inputType('SitAtPokerTableInput', {
  description: 'Where to sit and with how much.',
  fields: (t) => ({
    tableId: t.id({ required: true, description: 'The global ID of the table (PokerTable).' }),
    buyIn: t.field({ type: 'MinorUnits', required: true, description: 'Chips to bring, moved from the player\'s cash in the table\'s currency; within the table\'s buy-in range.' }),
    seat: t.int({ description: '0-based seat; the first free seat when absent.' }),
  }),
});
const PokerActInput = builder.inputType('PokerActInput', {
  description: 'An action in the running hand.',
  fields: (t) => ({
    tableId: t.id({ required: true, description: 'The global ID of the table (PokerTable).' }),
    action: t.field({ type: ActionType, required: true, description: 'The action.' }),
    amount: t.field({ type: 'MinorUnits', description: 'BET and RAISE: the street total after the action ("to"). Ignored for the others.' }),
    handId: t.id({ description: 'The global ID of the hand meant (PokerHand): refused with PokerHandFinishedError when that hand is over.' }),
  }),
});
const SitOutPokerTableInput = builder.inputType('SitOutPokerTableInput', {
  description: 'Away from the table, or back.',
  fields: (t) => ({
    tableId: t.id({ required: true, description: 'The global ID of the table (PokerTable).' }),
    away: t.boolean({ required: true, description: 'True sits the player out (default actions, no new hands); false sits them back in.' }),
  }),
});
const LeavePokerTableInput = builder.inputType('LeavePokerTableInput', {
  description: 'The table to leave.',
  fields: (t) => ({ tableId: t.id({ required: true, description: 'The global ID of the table (PokerTable).' }) }),
});

// ---------------------------------------------------------------- queries

const STAFF_TENANT_ERRORS = [TenantRequiredError, TenantNotFoundError] as const;

builder.queryFields((t) => ({
  pokerTables: t.connection(
    {
      type: PokerTableRef,
      description: 'The tenant\'s poker tables of every provider, in one listing ordered by table id.',
      authScopes: watchers,
      args: {
        status: t.arg({ type: TableStatus, description: 'Only tables with this status.' }),
        variant: t.arg({ type: Variant, description: 'Only tables of this game.' }),
      },
      resolve: (_root, args, ctx) => {
        const filter = { status: args.status ?? null, variant: args.variant ?? null };
        return keysetPage<gateway.PokerTableInfo>(args, {
          filters: filter,
          keyOf: (table) => table.id,
          fetch: (window) => gateway.tablesWindow(ctx, filter, window),
          count: () => gateway.countTables(ctx, filter),
        });
      },
    },
    PokerTableConnection,
  ),
  pokerTable: t.field({
    type: PokerTableRef,
    nullable: true,
    description: 'A table by its global ID; null when it does not exist or is not visible.',
    authScopes: watchers,
    args: { id: t.arg.id({ required: true, description: 'The global ID of the table (PokerTable).' }) },
    resolve: (_root, { id }, ctx) => loadPokerTable(ctx, pokerIdOf(String(id), 'PokerTable', ['id'])),
  }),
  pokerTableSnapshot: t.field({
    type: PokerSnapshot,
    nullable: true,
    description: 'The table now, with the caller\'s own hole cards only, and the seq to resume tableEvents from; null when the table does not exist.',
    authScopes: watchers,
    args: { tableId: t.arg.id({ required: true, description: 'The global ID of the table (PokerTable).' }) },
    resolve: async (_root, args, ctx) => {
      const tableId = pokerIdOf(String(args.tableId), 'PokerTable', ['tableId']);
      try {
        return await gateway.routed(tableId, (p) => p.getSnapshot(ctx, tableId));
      } catch (error) {
        if (error instanceof PokerTableNotFoundError) return null;
        throw error;
      }
    },
  }),
  pokerHands: t.connection(
    {
      type: PokerHandRef,
      description: 'Staff: the finished hands of one of our tables, newest first, with their histories (PHH).',
      authScopes: { permission: 'poker:manage' },
      args: { tableId: t.arg.id({ required: true, description: 'The global ID of the table (PokerTable).' }) },
      resolve: (_root, args, ctx) => {
        const tableId = pokerIdOf(String(args.tableId), 'PokerTable', ['tableId']);
        return keysetPage<poker.HandRecord>(args, {
          filters: { tableId },
          keyOf: (hand) => String(hand.hand_no),
          fetch: (window) => poker.listFinishedHands(ctx, tableId, window),
          count: () => poker.countFinishedHands(ctx, tableId),
        });
      },
    },
    PokerHandConnection,
  ),
}));

// ---------------------------------------------------------------- mutations

const tableIdOf = (input: { tableId: string | number }) => pokerIdOf(String(input.tableId), 'PokerTable', ['input', 'tableId']);

builder.mutationFields((t) => ({
  createPokerTable: t.field({
    type: CreatePokerTablePayload,
    description: 'Staff: opens a table of our engine; audited.',
    authScopes: { permission: 'poker:manage' },
    errors: { types: [ValidationError, ...STAFF_TENANT_ERRORS] },
    args: { input: t.arg({ type: CreatePokerTableInput, required: true, description: 'The table\'s settings.' }) },
    resolve: async (_root, { input }, ctx) => ({ table: gateway.tableInfo(await poker.createTable(ctx, input)) }),
  }),
  closePokerTable: t.field({
    type: ClosePokerTablePayload,
    description: 'Staff: closes one of our tables to new players and hands (the running hand is played out); audited.',
    authScopes: { permission: 'poker:manage' },
    errors: { types: [InvalidIdError, PokerTableNotFoundError, ...STAFF_TENANT_ERRORS] },
    args: { input: t.arg({ type: ClosePokerTableInput, required: true, description: 'The table.' }) },
    resolve: async (_root, { input }, ctx) => {
      const tableId = tableIdOf(input);
      if (!isUuid(tableId)) throw new PokerTableNotFoundError(tableId);
      return { table: gateway.tableInfo(await poker.closeTable(ctx, tableId)) };
    },
  }),
  sitAtPokerTable: t.field({
    type: SitAtPokerTablePayload,
    description: 'The signed-in player sits down; the buy-in moves from their cash to the table\'s escrow. Responsible-gambling limits apply.',
    authScopes: { player: true },
    errors: {
      types: [
        ValidationError,
        InvalidIdError,
        PokerTableNotFoundError,
        PokerSeatUnavailableError,
        PokerBuyInOutOfRangeError,
        InsufficientFundsError,
        AccountFrozenError,
        PokerProviderUnavailableError,
        ...PLAY_REFUSALS,
      ],
    },
    args: { input: t.arg({ type: SitAtPokerTableInput, required: true, description: 'The table, the buy-in, and the seat.' }) },
    resolve: async (_root, { input }, ctx) => {
      const tableId = tableIdOf(input);
      const r = await gateway.routed(tableId, (p) => p.sit(ctx, tableId, { seat: input.seat ?? null, buyIn: input.buyIn }));
      return { tableId, ...r };
    },
  }),
  pokerAct: t.field({
    type: PokerActPayload,
    description: 'The signed-in player acts in the running hand. BET and RAISE take `amount`, the street total after the action ("to").',
    authScopes: { player: true },
    errors: {
      types: [
        ValidationError,
        InvalidIdError,
        PokerTableNotFoundError,
        PokerNotSeatedError,
        PokerNoHandInProgressError,
        PokerNotInHandError,
        PokerNotYourTurnError,
        PokerIllegalActionError,
        PokerIllegalAmountError,
        PokerProviderUnavailableError,
      ],
    },
    args: { input: t.arg({ type: PokerActInput, required: true, description: 'The table, the action, and the hand meant.' }) },
    resolve: async (_root, { input }, ctx) => {
      const tableId = tableIdOf(input);
      const handId = input.handId == null ? null : pokerIdOf(String(input.handId), 'PokerHand', ['input', 'handId']);
      const r = await gateway.routed(tableId, (p) => p.act(ctx, tableId, { type: input.action, amount: input.amount ?? null, handId }));
      return { tableId, ...r };
    },
  }),
  sitOutPokerTable: t.field({
    type: SitOutPokerTablePayload,
    description: 'Sits the signed-in player out (default actions, no new hands) or back in.',
    authScopes: { player: true },
    errors: { types: [InvalidIdError, PokerTableNotFoundError, PokerNotSeatedError, PokerProviderUnavailableError] },
    args: { input: t.arg({ type: SitOutPokerTableInput, required: true, description: 'The table, and away or back.' }) },
    resolve: async (_root, { input }, ctx) => {
      const tableId = tableIdOf(input);
      const r = await gateway.routed(tableId, (p) => p.setAway(ctx, tableId, input.away));
      return { tableId, ...r };
    },
  }),
  leavePokerTable: t.field({
    type: LeavePokerTablePayload,
    description: 'The signed-in player leaves; the stack goes back to their wallet (when the running hand ends, if they are in it).',
    authScopes: { player: true },
    errors: { types: [InvalidIdError, PokerTableNotFoundError, PokerNotSeatedError, PokerProviderUnavailableError] },
    args: { input: t.arg({ type: LeavePokerTableInput, required: true, description: 'The table.' }) },
    resolve: async (_root, { input }, ctx) => {
      const tableId = tableIdOf(input);
      const r = await gateway.routed(tableId, (p) => p.leave(ctx, tableId));
      return { tableId, ...r };
    },
  }),
}));

// ---------------------------------------------------------------- subscription

const PokerTableEvent = builder.objectRef<gateway.PokerTableEventView>('PokerTableEvent').implement({
  description: 'One event of a table, numbered per table (seq 1, 2, ... without gaps). `data` is redacted for the viewer: only their own hole cards.',
  fields: (t) => ({
    table: t.field(tableField('The table of the event.')),
    seq: t.exposeInt('seq', { description: 'The event\'s number in the table\'s stream: resume with afterSeq = the last seq seen.' }),
    type: t.exposeString('type', {
      description: 'SEAT_TAKEN, SEAT_STATUS, SEAT_LEFT, TABLE_CLOSED, HAND_STARTED, BLIND_POSTED, ANTE_POSTED, HOLE_CARDS_DEALT, TO_ACT, TURN_TIMER, TURN_TIMED_OUT, ACTION, BOARD_DEALT, POTS, ... (docs/poker.md); an external provider may add its own.',
    }),
    hand: t.field({
      type: PokerHandRef,
      nullable: true,
      description: 'The hand the event belongs to; null for table events (seats, timers between hands) and hands of external providers.',
      resolve: (e, _args, ctx) => loadPokerHand(ctx, e.handId),
    }),
    data: t.field({ type: 'JSON', description: 'The event\'s fields by `type`, as listed in docs/poker.md (seat numbers, cards, chip amounts in minor units).', resolve: (e) => e.data }),
    occurredAt: t.field({ type: 'DateTime', description: 'When the event was recorded.', resolve: (e) => e.occurredAt }),
  }),
});

builder.subscriptionFields((t) => ({
  tableEvents: t.field({
    type: PokerTableEvent,
    description: 'A table\'s events after afterSeq (stored ones first, then live), for players of the tenant and staff. Spectators see no hole cards.',
    authScopes: watchers,
    args: {
      tableId: t.arg.id({ required: true, description: 'The global ID of the table (PokerTable).' }),
      afterSeq: t.arg.int({ description: 'The last seq the client has (from a snapshot or an earlier stream); absent: from now on.' }),
    },
    subscribe: (_root, args, ctx) => {
      const tableId = pokerIdOf(String(args.tableId), 'PokerTable', ['tableId']);
      return gateway.routed(tableId, (p) => p.events(ctx, tableId, args.afterSeq ?? null));
    },
    resolve: (event) => event,
  }),
}));
