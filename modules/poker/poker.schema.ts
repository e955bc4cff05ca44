import { builder } from '../../src/builder.js';
import { ValidationError } from '../../src/errors.js';
import { ErrorInterface, errorType, TENANT_ERRORS } from '../../src/graphql/errors.js';
import { AccountFrozenError, BalanceOverflowError, InsufficientFundsError } from '../wallet/index.js';
import { PLAY_REFUSALS } from '../responsible-gambling/index.js';
import type { LegalAction } from './engine/index.js';
import * as poker from './poker.service.js';
import * as gateway from './poker.gateway.js';
import {
  PokerAlreadySeatedError,
  PokerBuyInOutOfRangeError,
  PokerIllegalActionError,
  PokerIllegalAmountError,
  PokerNoHandInProgressError,
  PokerNotInHandError,
  PokerNotSeatedError,
  PokerNotYourTurnError,
  PokerProviderUnavailableError,
  PokerSeatTakenError,
  PokerTableClosedError,
  PokerTableFullError,
  PokerTableNotFoundError,
} from './poker.errors.js';

errorType(PokerTableNotFoundError, 'PokerTableNotFoundError', { code: 'POKER_TABLE_NOT_FOUND', description: '' });
errorType(PokerTableClosedError, 'PokerTableClosedError', { code: 'POKER_TABLE_CLOSED', description: '' });
errorType(PokerSeatTakenError, 'PokerSeatTakenError', { code: 'POKER_SEAT_TAKEN', description: '' });
errorType(PokerTableFullError, 'PokerTableFullError', { code: 'POKER_TABLE_FULL', description: '' });
errorType(PokerAlreadySeatedError, 'PokerAlreadySeatedError', { code: 'POKER_ALREADY_SEATED', description: '' });
errorType(PokerNotSeatedError, 'PokerNotSeatedError', { code: 'POKER_NOT_SEATED', description: '' });
errorType(PokerNoHandInProgressError, 'PokerHandFinishedError', { code: 'POKER_HAND_FINISHED', description: '' });
errorType(PokerNotInHandError, 'PokerNotInHandError', { code: 'POKER_NOT_IN_HAND', description: '' });
errorType(PokerNotYourTurnError, 'PokerNotYourTurnError', { code: 'POKER_NOT_YOUR_TURN', description: '' });
errorType(PokerIllegalActionError, 'PokerIllegalActionError', { code: 'POKER_ILLEGAL_ACTION', description: '' });
errorType(PokerProviderUnavailableError, 'PokerProviderUnavailableError', { code: 'POKER_PROVIDER_UNAVAILABLE', description: '' });
errorType(PokerBuyInOutOfRangeError, 'PokerBuyInOutOfRangeError', { code: 'POKER_BUY_IN_OUT_OF_RANGE', description: '' }, (t) => ({
  min: t.expose('min', { type: 'MinorUnits' }),
  max: t.expose('max', { type: 'MinorUnits' }),
}));
errorType(PokerIllegalAmountError, 'PokerIllegalAmountError', { code: 'POKER_ILLEGAL_AMOUNT', description: '' }, (t) => ({
    min: t.expose('min', { type: 'MinorUnits', nullable: true, description: 'The smallest legal amount ("to"), when betting or raising is open.' }),
    max: t.expose('max', { type: 'MinorUnits', nullable: true }),
}));

const Variant = builder.enumType('PokerVariant', { values: ['NLHE', 'PLO'] as const });
const TableStatus = builder.enumType('PokerTableStatus', { values: ['OPEN', 'CLOSED'] as const });
const SeatStatus = builder.enumType('PokerSeatStatus', { values: ['SITTING', 'SITTING_OUT', 'LEAVING'] as const });
const ActionType = builder.enumType('PokerActionType', { values: poker.ACTION_TYPES });

const PokerTable = builder.objectRef<gateway.PokerTableInfo>('PokerTable').implement({
  description: 'A poker table of any provider (`engine` for ours). Amounts are chips = minor units of `currency`.',
  fields: (t) => ({
    id: t.exposeID('id'),
    provider: t.exposeString('provider'),
    name: t.exposeString('name'),
    variant: t.field({ type: Variant, resolve: (x) => x.variant }),
    currency: t.exposeString('currency'),
    smallBlind: t.expose('smallBlind', { type: 'MinorUnits' }),
    bigBlind: t.expose('bigBlind', { type: 'MinorUnits' }),
    ante: t.expose('ante', { type: 'MinorUnits' }),
    maxSeats: t.exposeInt('maxSeats'),
    minBuyIn: t.expose('minBuyIn', { type: 'MinorUnits' }),
    maxBuyIn: t.expose('maxBuyIn', { type: 'MinorUnits' }),
    rakeBasisPoints: t.exposeInt('rakeBasisPoints', { description: 'Rake in basis points of each pot (500 = 5 %).' }),
    rakeCap: t.expose('rakeCap', { type: 'MinorUnits', nullable: true }),
    turnSeconds: t.exposeInt('turnSeconds'),
    status: t.field({ type: TableStatus, resolve: (x) => x.status }),
    seatsTaken: t.exposeInt('seatsTaken'),
  }),
});

const PokerSeat = builder.objectRef<gateway.PokerSeatInfo>('PokerSeat').implement({
  fields: (t) => ({
    seat: t.exposeInt('seat', { description: '0-based seat number.' }),
    playerId: t.exposeID('playerId'),
    stack: t.expose('stack', { type: 'MinorUnits', description: 'Chips at the start of the running hand (or now, between hands).' }),
    status: t.field({ type: SeatStatus, resolve: (s) => s.status }),
  }),
});

type HandPlayer = gateway.PokerHandInfo['players'][number];
const PokerHandPlayer = builder.objectRef<HandPlayer>('PokerHandPlayer').implement({
  fields: (t) => ({
    seat: t.exposeInt('seat'),
    playerId: t.exposeID('playerId', { nullable: true }),
    stack: t.field({ type: 'MinorUnits', resolve: (p) => String(p.stack) }),
    streetBet: t.field({ type: 'MinorUnits', resolve: (p) => String(p.streetBet) }),
    totalBet: t.field({ type: 'MinorUnits', resolve: (p) => String(p.totalBet) }),
    folded: t.exposeBoolean('folded'),
    allIn: t.exposeBoolean('allIn'),
    holeCards: t.stringList({ nullable: true, description: 'The viewer\'s own cards, or cards tabled by the rules; null when hidden.', resolve: (p) => p.hole }),
    holeCount: t.exposeInt('holeCount'),
  }),
});

const PokerLegalAction = builder.objectRef<LegalAction>('PokerLegalAction').implement({
  fields: (t) => ({
    type: t.field({ type: ActionType, resolve: (a) => a.type.toUpperCase() as poker.ActionType }),
    amount: t.field({ type: 'MinorUnits', nullable: true, description: 'CALL: the chips the call adds.', resolve: (a) => (a.type === 'call' ? String(a.amount) : null) }),
    min: t.field({ type: 'MinorUnits', nullable: true, description: 'BET/RAISE: the smallest street total ("to").', resolve: (a) => ('min' in a ? String(a.min) : null) }),
    max: t.field({ type: 'MinorUnits', nullable: true, resolve: (a) => ('max' in a ? String(a.max) : null) }),
  }),
});

const PokerHand = builder.objectRef<gateway.PokerHandInfo>('PokerHand').implement({
  fields: (t) => ({
    handId: t.exposeID('handId'),
    handNo: t.exposeInt('handNo'),
    street: t.exposeString('street'),
    status: t.exposeString('status'),
    board: t.exposeStringList('board'),
    buttonSeat: t.exposeInt('buttonSeat'),
    seatToAct: t.exposeInt('seatToAct', { nullable: true }),
    currentBet: t.field({ type: 'MinorUnits', resolve: (h) => String(h.currentBet) }),
    minRaiseIncrement: t.field({ type: 'MinorUnits', resolve: (h) => String(h.minRaiseIncrement) }),
    pot: t.field({ type: 'MinorUnits', resolve: (h) => String(h.pot) }),
    pots: t.field({ type: 'JSON', resolve: (h) => h.pots }),
    players: t.field({ type: [PokerHandPlayer], resolve: (h) => h.players }),
    legalActions: t.field({ type: [PokerLegalAction], description: 'The viewer\'s options when it is their turn; empty otherwise.', resolve: (h) => h.legal?.actions ?? [] }),
    toCall: t.field({ type: 'MinorUnits', nullable: true, resolve: (h) => (h.legal ? String(h.legal.toCall) : null) }),
    seq: t.exposeInt('seq', { description: 'Engine event number within the hand.' }),
  }),
});

const PokerSnapshot = builder.objectRef<gateway.PokerSnapshot>('PokerTableSnapshot').implement({
  description: 'The table as the caller may see it. Subscribe to tableEvents with afterSeq = seq to continue from it.',
  fields: (t) => ({
    table: t.field({ type: PokerTable, resolve: (s) => s.table }),
    seq: t.exposeInt('seq', { description: 'The last table event the snapshot includes.' }),
    seats: t.field({ type: [PokerSeat], resolve: (s) => s.seats }),
    hand: t.field({ type: PokerHand, nullable: true, resolve: (s) => s.hand }),
    mySeat: t.exposeInt('mySeat', { nullable: true }),
    turnDeadline: t.expose('turnDeadline', { type: 'DateTime', nullable: true }),
  }),
});

const PokerHandHistory = builder.objectRef<poker.HandRow>('PokerHandHistory').implement({
  fields: (t) => ({
    handId: t.exposeID('id'),
    handNo: t.exposeInt('hand_no'),
    rake: t.expose('rake', { type: 'MinorUnits' }),
    phh: t.string({ description: 'The hand in the Poker Hand History format (all hole cards: staff only).', resolve: (h) => h.phh ?? '' }),
    startedAt: t.expose('started_at', { type: 'DateTime' }),
    endedAt: t.expose('ended_at', { type: 'DateTime', nullable: true }),
  }),
});

const PokerTablePayload = builder.objectRef<{ table: gateway.PokerTableInfo }>('PokerTablePayload').implement({
  fields: (t) => ({ table: t.field({ type: PokerTable, resolve: (p) => p.table }) }),
});
const PokerSeatPayload = builder.objectRef<{ tableId: string; seat: gateway.PokerSeatInfo; seq: number }>('PokerSeatPayload').implement({
  fields: (t) => ({
    tableId: t.exposeID('tableId'),
    seat: t.field({ type: PokerSeat, resolve: (p) => p.seat }),
    seq: t.exposeInt('seq', { description: 'The last table event this change wrote (0 when nothing changed).' }),
  }),
});
const PokerActPayload = builder.objectRef<{ tableId: string; handId: string; seq: number }>('PokerActPayload').implement({
  fields: (t) => ({ tableId: t.exposeID('tableId'), handId: t.exposeID('handId'), seq: t.exposeInt('seq') }),
});
const PokerLeavePayload = builder.objectRef<{ tableId: string; pending: boolean; cashedOut: bigint | null; seq: number }>('PokerLeavePayload').implement({
  fields: (t) => ({
    tableId: t.exposeID('tableId'),
    pending: t.exposeBoolean('pending', { description: 'True while the player is in the running hand: they leave and are paid when it ends.' }),
    cashedOut: t.expose('cashedOut', { type: 'MinorUnits', nullable: true, description: 'Chips moved back to the wallet.' }),
    seq: t.exposeInt('seq'),
  }),
});

const CreateInput = builder.inputType('CreatePokerTableInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    variant: t.field({ type: Variant, required: true }),
    currency: t.string({ required: true }),
    smallBlind: t.field({ type: 'MinorUnits', required: true }),
    bigBlind: t.field({ type: 'MinorUnits', required: true }),
    ante: t.field({ type: 'MinorUnits' }),
    maxSeats: t.int({ required: true, description: '2 to 10.' }),
    minBuyIn: t.field({ type: 'MinorUnits', required: true }),
    maxBuyIn: t.field({ type: 'MinorUnits', required: true }),
    rakeBasisPoints: t.int({ description: 'Rake per pot in basis points (default 0: no rake).' }),
    rakeCap: t.field({ type: 'MinorUnits', description: 'The most rake of one hand; none when absent.' }),
    noFlopNoDrop: t.boolean({ description: 'No rake when the hand ends before the flop (default true).' }),
    turnSeconds: t.int({ required: true, description: 'Time to act, 1 to 600 seconds; on timeout the player checks if free, else folds, and is sat out.' }),
    betweenHandsMs: t.int({ description: 'Pause between hands, 0 to 60000 ms (default 0).' }),
  }),
});

const TABLE_ERRORS = [ValidationError, PokerTableNotFoundError, PokerProviderUnavailableError, ...TENANT_ERRORS] as const;
const watchers = { $any: { player: true, staff: true } } as const;

builder.queryFields((t) => ({
  pokerTables: t.field({
    type: [PokerTable],
    description: 'The tenant\'s poker tables, of every provider.',
    authScopes: watchers,
    resolve: (_root, _args, ctx) => gateway.listAllTables(ctx),
  }),
  pokerTable: t.field({
    type: PokerTable,
    nullable: true,
    authScopes: watchers,
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx) => {
      try {
        return await gateway.routed(String(id), (p) => p.getTable(ctx, String(id)));
      } catch (error) {
        if (error instanceof PokerTableNotFoundError) return null;
        throw error;
      }
    },
  }),
  pokerTableSnapshot: t.field({
    type: PokerSnapshot,
    nullable: true,
    description: 'The table now, with the caller\'s own hole cards only, and the seq to resume tableEvents from.',
    authScopes: watchers,
    args: { tableId: t.arg.id({ required: true }) },
    resolve: async (_root, { tableId }, ctx) => {
      try {
        return await gateway.routed(String(tableId), (p) => p.getSnapshot(ctx, String(tableId)));
      } catch (error) {
        if (error instanceof PokerTableNotFoundError) return null;
        throw error;
      }
    },
  }),
  pokerHandHistories: t.field({
    type: [PokerHandHistory],
    description: 'Staff: the last finished hands of one of our tables, newest first, as PHH.',
    authScopes: { permission: 'poker:manage' },
    args: { tableId: t.arg.id({ required: true }), last: t.arg.int({ description: '1 to 100, default 20.' }) },
    resolve: (_root, { tableId, last }, ctx) => poker.handHistories(ctx, String(tableId), last ?? 20),
  }),
}));

builder.mutationFields((t) => ({
  createPokerTable: t.field({
    type: PokerTablePayload,
    description: 'Staff: opens a table of our engine; audited.',
    authScopes: { permission: 'poker:manage' },
    errors: { types: [ValidationError, ...TENANT_ERRORS] },
    args: { input: t.arg({ type: CreateInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({ table: gateway.tableInfo(await poker.createTable(ctx, input)) }),
  }),
  closePokerTable: t.field({
    type: PokerTablePayload,
    description: 'Staff: closes a table to new players and hands (the running hand is played out); audited.',
    authScopes: { permission: 'poker:manage' },
    errors: { types: [ValidationError, PokerTableNotFoundError, ...TENANT_ERRORS] },
    args: { tableId: t.arg.id({ required: true }) },
    resolve: async (_root, { tableId }, ctx) => ({ table: gateway.tableInfo(await poker.closeTable(ctx, String(tableId))) }),
  }),
  sitAtPokerTable: t.field({
    type: PokerSeatPayload,
    description: 'The signed-in player sits down; the buy-in moves from their cash to the table\'s escrow.',
    authScopes: { player: true },
    errors: {
      types: [
        ...TABLE_ERRORS,
        PokerTableClosedError,
        PokerSeatTakenError,
        PokerTableFullError,
        PokerAlreadySeatedError,
        PokerBuyInOutOfRangeError,
        InsufficientFundsError,
        AccountFrozenError,
        BalanceOverflowError,
        ...PLAY_REFUSALS,
      ],
    },
    args: { tableId: t.arg.id({ required: true }), buyIn: t.arg({ type: 'MinorUnits', required: true }), seat: t.arg.int({ description: '0-based; the first free seat when absent.' }) },
    resolve: async (_root, { tableId, buyIn, seat }, ctx) => {
      const id = String(tableId);
      const r = await gateway.routed(id, (p) => p.sit(ctx, id, { seat: seat ?? null, buyIn }));
      return { tableId: id, ...r };
    },
  }),
  pokerAct: t.field({
    type: PokerActPayload,
    description: 'The signed-in player acts in the running hand. BET and RAISE take `amount`, the street total after the action ("to").',
    authScopes: { player: true },
    errors: {
      types: [...TABLE_ERRORS, PokerNotSeatedError, PokerNoHandInProgressError, PokerNotInHandError, PokerNotYourTurnError, PokerIllegalActionError, PokerIllegalAmountError],
    },
    args: {
      tableId: t.arg.id({ required: true }),
      action: t.arg({ type: ActionType, required: true }),
      amount: t.arg({ type: 'MinorUnits' }),
      handId: t.arg.id({ description: 'The hand meant: refused with PokerHandFinishedError when it is over.' }),
    },
    resolve: async (_root, { tableId, action, amount, handId }, ctx) => {
      const id = String(tableId);
      const r = await gateway.routed(id, (p) => p.act(ctx, id, { type: action, amount: amount ?? null, handId: handId ? String(handId) : null }));
      return { tableId: id, ...r };
    },
  }),
  sitOutPokerTable: t.field({
    type: PokerSeatPayload,
    description: 'away: true sits the player out (default actions, no new hands); false sits them back in.',
    authScopes: { player: true },
    errors: { types: [...TABLE_ERRORS, PokerNotSeatedError] },
    args: { tableId: t.arg.id({ required: true }), away: t.arg.boolean({ required: true }) },
    resolve: async (_root, { tableId, away }, ctx) => {
      const id = String(tableId);
      const r = await gateway.routed(id, (p) => p.setAway(ctx, id, away));
      return { tableId: id, ...r };
    },
  }),
  leavePokerTable: t.field({
    type: PokerLeavePayload,
    description: 'The signed-in player leaves; the stack goes back to their wallet (when the running hand ends, if they are in it).',
    authScopes: { player: true },
    errors: { types: [...TABLE_ERRORS, PokerNotSeatedError] },
    args: { tableId: t.arg.id({ required: true }) },
    resolve: async (_root, { tableId }, ctx) => {
      const id = String(tableId);
      const r = await gateway.routed(id, (p) => p.leave(ctx, id));
      return { tableId: id, ...r };
    },
  }),
}));

const PokerTableEvent = builder.objectRef<gateway.PokerTableEventView>('PokerTableEvent').implement({
  description: 'One event of a table, numbered per table (seq 1, 2, ... without gaps). `data` is redacted for the viewer: only their own hole cards.',
  fields: (t) => ({
    tableId: t.exposeID('tableId'),
    seq: t.exposeInt('seq'),
    type: t.exposeString('type', { description: 'SEAT_TAKEN, SEAT_STATUS, SEAT_LEFT, HAND_STARTED, BLIND_POSTED, HOLE_CARDS_DEALT, TO_ACT, TURN_TIMER, ACTION, ... (docs/poker.md).' }),
    handId: t.exposeID('handId', { nullable: true }),
    data: t.field({ type: 'JSON', resolve: (e) => e.data }),
    occurredAt: t.field({ type: 'DateTime', resolve: (e) => e.occurredAt }),
  }),
});

builder.subscriptionFields((t) => ({
  tableEvents: t.field({
    type: PokerTableEvent,
    description: 'A table\'s events after afterSeq (stored ones first, then live), for players of the tenant and staff. Spectators see no hole cards.',
    authScopes: watchers,
    args: { tableId: t.arg.id({ required: true }), afterSeq: t.arg.int() },
    subscribe: (_root, { tableId, afterSeq }, ctx) => {
      const id = String(tableId);
      return gateway.routed(id, (p) => p.events(ctx, id, afterSeq ?? null));
    },
    resolve: (event) => event,
  }),
}));
