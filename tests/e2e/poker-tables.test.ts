/**
 * Poker tables end to end: staff open tables, players sit (buy-in through the ledger), play
 * full hands over GraphQL while everyone follows tableEvents over WebSocket, and leave. Proves
 * that no hole card reaches another seat or a spectator (against the hands' true cards read
 * from the database), that chips reconcile with the ledger, that timers survive a restart,
 * that a reconnecting client resumes without gaps or duplicates, and the provider seam.
 */
import { playerGlobalId } from '../helpers/wallet.js';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import { print } from 'graphql';
import { TableEventsDocument, type PokerActionType, type PokerTableSnapshotQuery, type TableEventsSubscription } from '../../codegen/sdk.js';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { graphqlError } from '../helpers/errors.js';
import { checkLedgerInvariants } from '../helpers/ledger-invariants.js';
import { expectType, globalId, localId, newPlayer, newTenant, platformAdmin, type TestTenant } from '../helpers/world.js';
import { registerPokerProvider, unregisterPokerProvider, type PokerProvider, type PokerTableEventView } from '../../modules/poker/index.js';

let server: TestServer;
let platform: Sdk;
let owner: pg.Client;

beforeAll(async () => {
  owner = new pg.Client({ connectionString: inject('databaseUrl') });
  await owner.connect();
  server = await startServer();
  platform = (await platformAdmin(server)).sdk;
});
afterAll(async () => {
  await owner?.end();
  await server?.close();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let keys = 0;
const key = (p: string) => `poker-${p}-${Date.now()}-${keys++}`;

interface Casino {
  tenant: TestTenant;
  partner: Sdk;
  tenantId: string;
}

async function casino(srv: TestServer = server): Promise<Casino> {
  const tenant = await newTenant(srv, platform);
  const created = await tenant.admin.sdk.CreateApiKey({ input: { name: 'cashier', permissions: ['WALLET_POST'] } });
  const partner = srv.sdk({ 'x-api-key': expectType(created.createApiKey, 'CreateApiKeyPayload').key });
  return { tenant, partner, tenantId: localId(tenant.id) };
}

type Player = Awaited<ReturnType<typeof newPlayer>> & { uuid: string };

async function fundedPlayer(c: Casino, amount: string, srv: TestServer = server): Promise<Player> {
  const p = await newPlayer(srv, c.tenant);
  const uuid = localId(p.player.id);
  if (amount !== '0') {
    const deposit = await c.partner.PostTransfers({
      input: { idempotencyKey: key('dep'), code: 'DEPOSIT', transfers: [{ from: { ownerType: 'WORLD', currency: 'EUR' }, to: { ownerType: 'PLAYER', ownerId: playerGlobalId(uuid), currency: 'EUR' }, amount }] },
    });
    expectType(deposit.postTransfers, 'PostTransfersPayload');
  }
  return { ...p, uuid };
}

const cash = async (p: Player) => (await p.sdk.Wallet()).wallet!.find((w) => w.currency === 'EUR')?.cash.amount ?? '0';

async function openTable(c: Casino, overrides: Record<string, unknown> = {}) {
  const { createPokerTable } = await c.tenant.admin.sdk.CreatePokerTable({
    input: {
      name: 'Main table',
      variant: 'NLHE',
      currency: 'EUR',
      smallBlind: '10',
      bigBlind: '20',
      maxSeats: 6,
      minBuyIn: '200',
      maxBuyIn: '2000',
      rakeBasisPoints: 500,
      rakeCap: '30',
      turnSeconds: 60,
      ...overrides,
    },
  });
  return expectType(createPokerTable, 'CreatePokerTablePayload').table;
}

async function sit(p: Player, tableId: string, buyIn: string, seat?: number) {
  return expectType((await p.sdk.SitAtPokerTable({ input: { tableId, buyIn, ...(seat === undefined ? {} : { seat }) } })).sitAtPokerTable, 'SitAtPokerTablePayload');
}

type Event = TableEventsSubscription['tableEvents'];

/** A tableEvents subscription with variables, collecting what arrives. */
function follow(srv: TestServer, token: string, tableId: string, afterSeq?: number) {
  const client = srv.ws({ authorization: `Bearer ${token}` });
  const received: Event[] = [];
  const errors: unknown[] = [];
  const dispose = client.subscribe<TableEventsSubscription>(
    { query: print(TableEventsDocument), variables: { tableId, ...(afterSeq === undefined ? {} : { afterSeq }) } },
    {
      next: (value) => {
        if (value.errors) errors.push(...value.errors);
        if (value.data) received.push(value.data.tableEvents);
      },
      error: (error) => errors.push(error),
      complete: () => undefined,
    },
  );
  return {
    received,
    errors,
    async stop() {
      dispose();
      await client.dispose();
    },
    /** Waits until the stream has delivered seq `seq`. */
    async upTo(seq: number, ms = 10_000) {
      const deadline = Date.now() + ms;
      while ((received.at(-1)?.seq ?? 0) < seq) {
        if (errors.length) throw new Error(`subscription failed: ${JSON.stringify(errors)}`);
        if (Date.now() > deadline) throw new Error(`stream reached seq ${received.at(-1)?.seq ?? 0}, expected ${seq}`);
        await sleep(25);
      }
      return received;
    },
  };
}

async function maxSeq(tableId: string): Promise<number> {
  const { rows } = await owner.query<{ seq: string }>(`select coalesce(max(seq), 0)::text as seq from poker_table_event where table_id = $1`, [localId(tableId)]);
  return Number(rows[0]!.seq);
}

async function escrowBalance(tableId: string): Promise<bigint> {
  const { rows } = await owner.query<{ balance: string }>(`select balance::text from ledger_account where owner_type = 'ESCROW' and owner_id = $1`, [localId(tableId)]);
  return BigInt(rows[0]?.balance ?? '0');
}

async function seatStacks(tableId: string): Promise<bigint> {
  const { rows } = await owner.query<{ total: string }>(`select coalesce(sum(stack), 0)::text as total from poker_seat where table_id = $1`, [localId(tableId)]);
  return BigInt(rows[0]!.total);
}

/** Each hand's chips reconcile: the seats' stacks equal the escrow, and every finished hand's rake was posted to the house. */
async function expectReconciled(c: Casino, tableId: string): Promise<void> {
  expect(await seatStacks(tableId)).toBe(await escrowBalance(tableId));
  const { rows: hands } = await owner.query<{ id: string; rake: string; state: { result: { players: { net: number; playerId: string; contributed: number }[]; rake: number } } }>(
    `select id, rake::text, state from poker_hand where table_id = $1 and status = 'COMPLETE'`,
    [localId(tableId)],
  );
  const { rows: rakes } = await owner.query<{ amount: string; hand: string; currency: string; shares: Record<string, string> | null }>(
    `select e.amount::text, t.metadata->>'handId' as hand, t.metadata->>'currency' as currency, t.metadata->'rakeShares' as shares
       from ledger_transaction t join ledger_entry e on e.transaction_id = t.id
       join ledger_account a on a.id = e.account_id
      where t.code = 'POKER_RAKE' and a.owner_type = 'HOUSE' and t.reference = $1`,
    [localId(tableId)],
  );
  for (const hand of hands) {
    const net = hand.state.result.players.reduce((sum, p) => sum + p.net, 0);
    expect(net + Number(hand.rake)).toBe(0);
    const posted = rakes.filter((r) => r.hand === hand.id).reduce((sum, r) => sum + BigInt(r.amount), 0n);
    expect(posted).toBe(BigInt(hand.rake));
    // Who paid the rake (VIP points earn on it): shares by contribution, summing to the rake exactly.
    for (const r of rakes.filter((x) => x.hand === hand.id)) {
      expect(r.currency).toBe('EUR');
      const shares = Object.entries(r.shares ?? {});
      expect(shares.reduce((sum, [, v]) => sum + BigInt(v), 0n)).toBe(BigInt(hand.rake));
      const contributed = new Map(hand.state.result.players.map((p) => [p.playerId, p.contributed]));
      const total = [...contributed.values()].reduce((sum, c) => sum + c, 0);
      for (const [player, share] of shares) {
        // Within one chip of rake × contributed / Σ contributed.
        expect(Math.abs(Number(share) - (Number(hand.rake) * contributed.get(player)!) / total)).toBeLessThan(1);
      }
    }
  }
  expect(await checkLedgerInvariants(owner, c.tenantId)).toEqual([]);
}

type Snapshot = NonNullable<PokerTableSnapshotQuery['pokerTableSnapshot']>;
type Legal = NonNullable<Snapshot['hand']>['legalActions'][number];
type Choice = { action: PokerActionType; amount?: string };

/** Check or call everywhere: hands go to showdown. */
const passive = (legal: Legal[]): Choice => (legal.some((a) => a.type === 'CHECK') ? { action: 'CHECK' } : { action: 'CALL' });
/** The first player raises the minimum, everyone else folds: hands end without a showdown. */
const aggressive = (legal: Legal[], hand: NonNullable<Snapshot['hand']>): Choice => {
  const raise = legal.find((a) => a.type === 'RAISE' || a.type === 'BET');
  if (raise && Number(hand.currentBet.amount) <= 20 && hand.street === 'PREFLOP') return { action: raise.type, amount: raise.min!.amount };
  return legal.some((a) => a.type === 'CHECK') ? { action: 'CHECK' } : { action: 'FOLD' };
};

/** Plays through the GraphQL API until hand `lastHand` is over; the player to act asks their own snapshot for their options. */
async function playHands(staff: Sdk, tableId: string, players: Player[], lastHand: number, choose: (legal: Legal[], hand: NonNullable<Snapshot['hand']>) => Choice) {
  for (let step = 0; step < 400; step++) {
    const snap = (await staff.PokerTableSnapshot({ tableId })).pokerTableSnapshot!;
    if (!snap.hand || snap.hand.handNo > lastHand) return snap;
    expect(snap.hand.legalActions).toEqual([]);
    const seat = snap.hand.seatToAct!;
    const pid = snap.hand.players.find((p) => p.seat === seat)!.player!.id;
    const player = players.find((p) => p.player.id === pid)!;
    const mine = (await player.sdk.PokerTableSnapshot({ tableId })).pokerTableSnapshot!.hand!;
    expect(mine.players.find((p) => p.seat === seat)!.holeCards).toHaveLength(2);
    const choice = choose(mine.legalActions, mine);
    const acted = await player.sdk.PokerAct({ input: { tableId, handId: mine.hand!.id, action: choice.action, ...(choice.amount ? { amount: choice.amount } : {}) } });
    expectType(acted.pokerAct, 'PokerActPayload');
  }
  throw new Error('hands did not finish');
}

interface HandTruth {
  id: string;
  holes: Map<number, { playerId: string; cards: string[] }>;
  shown: Set<number>;
}

async function handsOf(tableId: string): Promise<HandTruth[]> {
  const { rows } = await owner.query<{ id: string; state: { players: { seat: number; playerId: string; hole: string[] }[]; result: { shown: { seat: number }[] } | null } }>(
    `select id, state from poker_hand where table_id = $1 order by hand_no`,
    [localId(tableId)],
  );
  return rows.map((r) => ({
    id: r.id,
    holes: new Map(r.state.players.map((p) => [p.seat, { playerId: p.playerId, cards: p.hole }])),
    shown: new Set((r.state.result?.shown ?? []).map((s) => s.seat)),
  }));
}

/**
 * The privacy check of one viewer's stream against the true cards: the viewer's own hole cards
 * arrive with the deal; another player's cards appear only if the rules exposed them (shown at
 * showdown or tabled all-in), and never before that exposure event.
 */
function expectPrivate(stream: Event[], hands: HandTruth[], viewer: string | null): void {
  for (const hand of hands) {
    const events = stream.filter((e) => e.hand?.id === globalId('PokerHand', hand.id));
    expect(events.length).toBeGreaterThan(0);
    for (const [seat, hole] of hand.holes) {
      const deal = events.find((e) => e.type === 'HOLE_CARDS_DEALT' && (e.data as { seat: number }).seat === seat)!;
      const dealt = (deal.data as { cards: string[] | null }).cards;
      if (hole.playerId === viewer) {
        expect(dealt).toEqual(hole.cards);
        continue;
      }
      expect(dealt).toBeNull();
      const firstExposure = events.findIndex((e) => (e.type === 'SHOWDOWN_SHOW' || e.type === 'CARDS_EXPOSED') && (e.data as { seat: number }).seat === seat);
      const secretUntil = hand.shown.has(seat) ? firstExposure : events.length;
      if (hand.shown.has(seat)) expect(firstExposure).toBeGreaterThan(-1);
      for (const event of events.slice(0, secretUntil)) {
        const text = JSON.stringify(event.data);
        for (const card of hole.cards) expect(text, `${event.type} leaks ${card} of seat ${seat}`).not.toContain(`"${card}"`);
      }
    }
  }
}

function expectGapFree(stream: Event[], from = 1): void {
  expect(stream.map((e) => e.seq)).toEqual(Array.from({ length: stream.length }, (_, i) => from + i));
}

describe('poker tables', () => {
  it('plays full multi-player hands over WebSocket: each seat sees only its own hole cards, spectators none, and chips reconcile with the ledger', async () => {
    const c = await casino();
    const table = await openTable(c);
    expect(table).toMatchObject({ provider: 'engine', variant: 'NLHE', smallBlind: { amount: '10', currency: 'EUR' }, bigBlind: { amount: '20' }, seatsTaken: 0, status: 'OPEN' });
    const players = [await fundedPlayer(c, '5000'), await fundedPlayer(c, '5000'), await fundedPlayer(c, '5000')];
    const railbird = await fundedPlayer(c, '0');

    const streams = players.map((p) => follow(server, p.token, table.id, 0));
    const spectator = follow(server, railbird.token, table.id, 0);
    const staff = follow(server, c.tenant.admin.token, table.id, 0);
    await sleep(300);

    await sit(players[0]!, table.id, '1000', 0);
    await sit(players[1]!, table.id, '1000', 1);
    await sit(players[2]!, table.id, '1000', 3);
    expect(await cash(players[0]!)).toBe('4000');
    expect(await escrowBalance(table.id)).toBe(3000n);

    // Hand 1 (two players: the third sat down while it ran) and hand 3 go to showdown; hands 2 and 4 end with a raise and folds.
    await playHands(c.tenant.admin.sdk, table.id, players, 1, passive);
    await playHands(c.tenant.admin.sdk, table.id, players, 2, aggressive);
    await playHands(c.tenant.admin.sdk, table.id, players, 3, passive);
    const after = await playHands(c.tenant.admin.sdk, table.id, players, 4, aggressive);
    expect(after.hand?.handNo).toBe(5);
    expect(after.hand!.players).toHaveLength(3);
    expect(after.hand!.players.every((p) => p.holeCards === null)).toBe(true);

    const last = await maxSeq(table.id);
    for (const s of [...streams, spectator, staff]) await s.upTo(last);
    const hands = (await handsOf(table.id)).slice(0, 4);
    expect(hands.some((h) => h.shown.size > 0)).toBe(true);
    expect(hands.filter((h) => h.holes.size === 3)).toHaveLength(3);
    players.forEach((p, i) => {
      expectGapFree(streams[i]!.received);
      expectPrivate(streams[i]!.received, hands, p.uuid);
    });
    for (const watcher of [spectator, staff]) {
      expectGapFree(watcher.received);
      expectPrivate(watcher.received, hands, null);
      expect(watcher.received.filter((e) => e.type === 'HOLE_CARDS_DEALT').every((e) => (e.data as { cards: unknown }).cards === null)).toBe(true);
    }
    const types = new Set(staff.received.map((e) => e.type));
    for (const t of ['SEAT_TAKEN', 'HAND_STARTED', 'BLIND_POSTED', 'HOLE_CARDS_DEALT', 'TO_ACT', 'TURN_TIMER', 'ACTION', 'BOARD_DEALT', 'POTS', 'SHOWDOWN_SHOW', 'POT_AWARDED', 'RAKE_TAKEN', 'HAND_COMPLETED']) {
      expect(types, t).toContain(t);
    }

    // The chips reconcile with the ledger, and the rake reached the house.
    await expectReconciled(c, table.id);
    const { rows: histories } = await owner.query<{ phh: string }>(`select phh from poker_hand where table_id = $1 and status = 'COMPLETE'`, [localId(table.id)]);
    expect(histories).toHaveLength(4);
    const listed = (await c.tenant.admin.sdk.PokerHands({ tableId: table.id, first: 10 })).pokerHands!;
    expect(listed.nodes.map((h) => h.handNo)).toEqual([4, 3, 2, 1]);
    expect(listed.totalCount).toBe(4);
    expect(listed.nodes[0]!.phh).toContain("variant = 'NT'");
    expect(listed.nodes[0]).toMatchObject({ status: 'COMPLETE', table: { id: table.id }, rake: { currency: 'EUR' } });
    expect((await graphqlError(players[0]!.sdk.PokerHands({ tableId: table.id }))).code).toBe('FORBIDDEN');
    // A player may look a hand up by id, without its history (every hole card is in it).
    const asPlayer = (await players[0]!.sdk.PokerHand({ id: listed.nodes[0]!.id })).node;
    expect(asPlayer).toMatchObject({ __typename: 'PokerHand', handNo: 4, phh: null });

    // Everyone leaves: those in the running hand when it ends; every chip goes back to a wallet or the house.
    for (const p of players) expectType((await p.sdk.LeavePokerTable({ input: { tableId: table.id } })).leavePokerTable, 'LeavePokerTablePayload');
    const { rows: seatsLeft } = await owner.query(`select 1 from poker_seat where table_id = $1`, [localId(table.id)]);
    expect(seatsLeft).toEqual([]);
    expect(await escrowBalance(table.id)).toBe(0n);
    const totalRake = (await owner.query<{ r: string }>(`select coalesce(sum(rake), 0)::text as r from poker_hand where table_id = $1`, [localId(table.id)])).rows[0]!.r;
    const wallets = (await Promise.all(players.map(cash))).reduce((sum, x) => sum + BigInt(x), 0n);
    expect(wallets + BigInt(totalRake)).toBe(15000n);
    await expectReconciled(c, table.id);
    for (const s of [...streams, spectator, staff]) await s.stop();
  }, 120_000);

  it('refuses bad input with typed errors and changes nothing', async () => {
    const c = await casino();
    const table = await openTable(c, { minBuyIn: '200', maxBuyIn: '1000' });
    const [a, b, poor] = [await fundedPlayer(c, '3000'), await fundedPlayer(c, '3000'), await fundedPlayer(c, '300')];
    const seq = async () => (await c.tenant.admin.sdk.PokerTableSnapshot({ tableId: table.id })).pokerTableSnapshot!.seq;

    // Buy-ins: outside the range, above the balance, twice, on a taken seat.
    const low = expectType((await a.sdk.SitAtPokerTable({ input: { tableId: table.id, buyIn: '100' } })).sitAtPokerTable, 'PokerBuyInOutOfRangeError');
    expect(low).toMatchObject({ code: 'POKER_BUY_IN_OUT_OF_RANGE', min: { amount: '200', currency: 'EUR' }, max: { amount: '1000', currency: 'EUR' } });
    expectType((await a.sdk.SitAtPokerTable({ input: { tableId: table.id, buyIn: '1001' } })).sitAtPokerTable, 'PokerBuyInOutOfRangeError');
    expect(expectType((await poor.sdk.SitAtPokerTable({ input: { tableId: table.id, buyIn: '500' } })).sitAtPokerTable, 'InsufficientFundsError').code).toBe('INSUFFICIENT_FUNDS');
    expect(await cash(poor)).toBe('300');
    expect(await seq()).toBe(0);
    expect(await escrowBalance(table.id)).toBe(0n);
    expectType((await a.sdk.SitAtPokerTable({ input: { tableId: table.id, buyIn: 'ten' } })).sitAtPokerTable, 'ValidationError');
    expectType((await a.sdk.SitAtPokerTable({ input: { tableId: table.id, buyIn: '500', seat: 7 } })).sitAtPokerTable, 'ValidationError');
    const unknown = globalId('PokerTable', '01a22600-0000-7000-8000-000000000000');
    expectType((await a.sdk.SitAtPokerTable({ input: { tableId: unknown, buyIn: '500' } })).sitAtPokerTable, 'PokerTableNotFoundError');
    // A raw UUID, or another type's global id, is an InvalidIdError naming the argument.
    const raw = await a.sdk.SitAtPokerTable({ input: { tableId: localId(table.id), buyIn: '500' } });
    expect(expectType(raw.sitAtPokerTable, 'InvalidIdError')).toMatchObject({ code: 'INVALID_ID', expectedType: 'PokerTable', path: ['input', 'tableId'] });
    const wrongType = await a.sdk.LeavePokerTable({ input: { tableId: globalId('Player', localId(table.id)) } });
    expect(expectType(wrongType.leavePokerTable, 'InvalidIdError').expectedType).toBe('PokerTable');
    const badHand = await a.sdk.PokerAct({ input: { tableId: table.id, action: 'CHECK', handId: table.id } });
    expect(expectType(badHand.pokerAct, 'InvalidIdError')).toMatchObject({ expectedType: 'PokerHand', path: ['input', 'handId'] });
    expect((await graphqlError(a.sdk.PokerTable({ id: localId(table.id) }))).code).toBe('INVALID_ID');
    expect((await a.sdk.PokerTable({ id: unknown })).pokerTable).toBeNull();

    await sit(a, table.id, '500', 0);
    expect(expectType((await a.sdk.SitAtPokerTable({ input: { tableId: table.id, buyIn: '500' } })).sitAtPokerTable, 'PokerSeatUnavailableError')).toMatchObject({ code: 'POKER_ALREADY_SEATED', reason: 'ALREADY_SEATED', seatNumber: 0 });
    expect(expectType((await b.sdk.SitAtPokerTable({ input: { tableId: table.id, buyIn: '500', seat: 0 } })).sitAtPokerTable, 'PokerSeatUnavailableError')).toMatchObject({ code: 'POKER_SEAT_TAKEN', reason: 'SEAT_TAKEN', seatNumber: 0 });
    expect(await cash(a)).toBe('2500');
    expect(await cash(b)).toBe('3000');
    expectType((await a.sdk.PokerAct({ input: { tableId: table.id, action: 'CHECK' } })).pokerAct, 'PokerHandFinishedError');
    await sit(b, table.id, '500', 1);

    const snap = (await a.sdk.PokerTableSnapshot({ tableId: table.id })).pokerTableSnapshot!;
    const hand = snap.hand!;
    const toAct = hand.seatToAct === 0 ? a : b;
    const waiting = toAct === a ? b : a;
    const before = await seq();
    const refusals: [Promise<{ pokerAct: { __typename: string; code?: string } }>, string][] = [
      [waiting.sdk.PokerAct({ input: { tableId: table.id, action: 'CALL' } }), 'POKER_NOT_YOUR_TURN'],
      [toAct.sdk.PokerAct({ input: { tableId: table.id, action: 'CHECK' } }), 'POKER_ILLEGAL_ACTION'],
      [toAct.sdk.PokerAct({ input: { tableId: table.id, action: 'RAISE', amount: '25' } }), 'POKER_ILLEGAL_AMOUNT'],
      [toAct.sdk.PokerAct({ input: { tableId: table.id, action: 'RAISE', amount: '100000' } }), 'POKER_ILLEGAL_AMOUNT'],
      [toAct.sdk.PokerAct({ input: { tableId: table.id, action: 'RAISE' } }), 'POKER_ILLEGAL_AMOUNT'],
      [toAct.sdk.PokerAct({ input: { tableId: table.id, action: 'BET', amount: '60' } }), 'POKER_ILLEGAL_ACTION'],
      [poor.sdk.PokerAct({ input: { tableId: table.id, action: 'FOLD' } }), 'POKER_NOT_SEATED'],
    ];
    for (const [call, code] of refusals) expect(((await call).pokerAct as { code?: string }).code).toBe(code);
    const tooSmall = await toAct.sdk.PokerAct({ input: { tableId: table.id, action: 'RAISE', amount: '25' } });
    expect(expectType(tooSmall.pokerAct, 'PokerIllegalAmountError')).toMatchObject({ min: { amount: '40' }, max: { amount: '500' } });
    expect(await seq()).toBe(before);
    expect((await a.sdk.PokerTableSnapshot({ tableId: table.id })).pokerTableSnapshot!.hand).toEqual(snap.hand);

    // The hand ends; an action meant for it is refused though the next hand runs.
    expectType((await toAct.sdk.PokerAct({ input: { tableId: table.id, action: 'FOLD', handId: hand.hand!.id } })).pokerAct, 'PokerActPayload');
    const next = (await a.sdk.PokerTableSnapshot({ tableId: table.id })).pokerTableSnapshot!.hand!;
    expect(next.handNo).toBe(2);
    const stale = await toAct.sdk.PokerAct({ input: { tableId: table.id, action: 'CALL', handId: hand.hand!.id } });
    expect(expectType(stale.pokerAct, 'PokerHandFinishedError').code).toBe('POKER_HAND_FINISHED');
    expect((await a.sdk.PokerTableSnapshot({ tableId: table.id })).pokerTableSnapshot!.hand).toEqual(next);

    // Only staff with poker:manage open tables; only players sit.
    expect((await graphqlError(a.sdk.CreatePokerTable({ input: { name: 'x', variant: 'NLHE', currency: 'EUR', smallBlind: '1', bigBlind: '2', maxSeats: 2, minBuyIn: '2', maxBuyIn: '4', turnSeconds: 5 } }))).code).toBe('FORBIDDEN');
    expect((await graphqlError(c.tenant.admin.sdk.SitAtPokerTable({ input: { tableId: table.id, buyIn: '500' } }))).code).toBe('FORBIDDEN');
    const bad = await c.tenant.admin.sdk.CreatePokerTable({
      input: { name: 'x', variant: 'NLHE', currency: 'GBP', smallBlind: '5', bigBlind: '2', maxSeats: 11, minBuyIn: '10', maxBuyIn: '4', turnSeconds: 0 },
    });
    expect(expectType(bad.createPokerTable, 'ValidationError').issues.map((i) => i.path.join('.')).sort()).toEqual(
      ['input.maxBuyIn', 'input.maxSeats', 'input.smallBlind', 'input.turnSeconds'],
    );
    const gbp = await c.tenant.admin.sdk.CreatePokerTable({
      input: { name: 'x', variant: 'NLHE', currency: 'GBP', smallBlind: '1', bigBlind: '2', maxSeats: 2, minBuyIn: '2', maxBuyIn: '4', turnSeconds: 5 },
    });
    expect(expectType(gbp.createPokerTable, 'ValidationError').issues.map((i) => i.path.join('.'))).toEqual(['input.currency']);
    const audit = (await c.tenant.admin.sdk.AuditEvents({ targetId: table.id })).auditEvents!.edges.map((e) => e.node.action);
    expect(audit).toContain('poker.table.create');
    await expectReconciled(c, table.id);
  });

  it('a turn timer survives a restart: another instance checks or folds for the player when the deadline passes', async () => {
    const first = await startServer();
    const c = await casino(first);
    const table = await openTable(c, { turnSeconds: 4 });
    const [a, b] = [await fundedPlayer(c, '1000', first), await fundedPlayer(c, '1000', first)];
    await sit(a, table.id, '500', 0);
    await sit(b, table.id, '500', 1);
    const hand = (await a.sdk.PokerTableSnapshot({ tableId: table.id })).pokerTableSnapshot!.hand!;
    // Heads-up the button posts the small blind and acts first: 10 to call, so the default is a fold.
    const late = hand.seatToAct;
    await first.close();
    const { rows } = await owner.query<{ pending: boolean }>(`select turn_deadline > now() as pending from poker_table where id = $1`, [localId(table.id)]);
    expect(rows[0]!.pending).toBe(true);

    const second = await startServer();
    try {
      const watcher = follow(second, c.tenant.admin.token, table.id, 0);
      const deadline = Date.now() + 15_000;
      while (!watcher.received.some((e) => e.type === 'TURN_TIMED_OUT')) {
        if (Date.now() > deadline) throw new Error(`no timeout: ${JSON.stringify(watcher.errors)}`);
        await sleep(100);
      }
      await watcher.upTo(await maxSeq(table.id));
      const timedOut = watcher.received.find((e) => e.type === 'TURN_TIMED_OUT')!;
      expect(timedOut.data).toEqual({ seat: late, action: 'fold' });
      const action = watcher.received.find((e) => e.type === 'ACTION' && e.seq > timedOut.seq)!;
      expect(action.data).toMatchObject({ seat: late, action: 'fold' });
      expect(watcher.received.some((e) => e.type === 'SEAT_STATUS' && (e.data as { status: string }).status === 'SITTING_OUT')).toBe(true);
      // The timed-out player is sat out: no new hand until they come back.
      const snap = (await second.sdk({ authorization: `Bearer ${a.token}` }).PokerTableSnapshot({ tableId: table.id })).pokerTableSnapshot!;
      expect(snap.hand).toBeNull();
      expect(snap.seats.map((s) => s.stack.amount).sort()).toEqual(['490', '510']);
      await expectReconciled(c, table.id);
      await watcher.stop();
    } finally {
      await second.close();
    }
  });

  it('the timer job acts on an expired deadline when called directly (deadline moved into the past)', async () => {
    const c = await casino();
    const table = await openTable(c, { turnSeconds: 600 });
    const [a, b] = [await fundedPlayer(c, '1000'), await fundedPlayer(c, '1000')];
    await sit(a, table.id, '500', 0);
    await sit(b, table.id, '500', 1);
    const snap = (await a.sdk.PokerTableSnapshot({ tableId: table.id })).pokerTableSnapshot!;
    const toAct = snap.hand!.seatToAct === 0 ? a : b;
    expectType((await toAct.sdk.PokerAct({ input: { tableId: table.id, action: 'CALL' } })).pokerAct, 'PokerActPayload');
    // Now the big blind may check: on timeout they check (free), and the flop comes.
    await owner.query(`update poker_table set turn_deadline = now() - interval '1 second' where id = $1`, [localId(table.id)]);
    const { runPokerTimers } = await import('../../modules/poker/index.js');
    await runPokerTimers(server.platform.services);
    // The server's own timer job may have taken the table first (the direct call then skips a
    // table locked by another run): wait for whichever run acted to commit.
    const eventsNow = async () => (await owner.query<{ type: string; payload: { action?: string } }>(`select type, payload from poker_table_event where table_id = $1 order by seq`, [localId(table.id)])).rows;
    let events = await eventsNow();
    for (let waited = 0; !events.some((e) => e.type === 'TURN_TIMED_OUT') && waited < 5000; waited += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      events = await eventsNow();
    }
    const timedOut = events.findIndex((e) => e.type === 'TURN_TIMED_OUT');
    expect(events[timedOut]!.payload.action).toBe('check');
    expect(events.slice(timedOut).map((e) => e.type)).toContain('BOARD_DEALT');
  });

  it('a reconnecting client gets a snapshot and continues from its seq: missed events replayed, no gaps, no duplicates', async () => {
    const c = await casino();
    const table = await openTable(c);
    const players = [await fundedPlayer(c, '3000'), await fundedPlayer(c, '3000'), await fundedPlayer(c, '3000')];
    const [p0] = players;
    const staff = follow(server, c.tenant.admin.token, table.id, 0);
    for (const [i, p] of players.entries()) await sit(p, table.id, '1000', i);
    const first = follow(server, p0!.token, table.id, 0);
    await first.upTo(await maxSeq(table.id));
    const seen = first.received.at(-1)!.seq;
    await first.stop();

    // Play on while p0 is away, then p0 resumes from what it had seen.
    await playHands(c.tenant.admin.sdk, table.id, players, 1, passive);
    const resumed = follow(server, p0!.token, table.id, seen);
    await resumed.upTo(await maxSeq(table.id));
    expectGapFree(resumed.received, seen + 1);

    // A fresh client: snapshot, then events after its seq while play continues.
    const snap = (await p0!.sdk.PokerTableSnapshot({ tableId: table.id })).pokerTableSnapshot!;
    expect(snap.mySeat).toBe(0);
    // Seats name the player only to themselves (and to staff with player:read).
    expect(snap.seats.find((seat) => seat.seat === 0)!.player?.id).toBe(p0!.player.id);
    expect(snap.seats.filter((seat) => seat.seat !== 0).map((seat) => seat.player)).toEqual([null, null]);
    const staffView = (await c.tenant.admin.sdk.PokerTableSnapshot({ tableId: table.id })).pokerTableSnapshot!;
    expect(staffView.seats.map((seat) => seat.player?.id)).toEqual(players.map((p) => p.player.id));
    const mine = snap.hand!.players.find((p) => p.seat === 0)!;
    expect(mine.holeCards).toHaveLength(2);
    expect(snap.hand!.players.filter((p) => p.seat !== 0).every((p) => p.holeCards === null)).toBe(true);
    const fresh = follow(server, p0!.token, table.id, snap.seq);
    await sleep(200);
    await playHands(c.tenant.admin.sdk, table.id, players, 2, aggressive);
    const last = await maxSeq(table.id);
    await fresh.upTo(last);
    await resumed.upTo(last);
    await staff.upTo(last);
    expectGapFree(fresh.received, snap.seq + 1);
    expectGapFree(resumed.received, seen + 1);
    expectGapFree(staff.received);
    // The same events as the staff stream saw, but with p0's own cards.
    expect(fresh.received.map((e) => [e.seq, e.type])).toEqual(staff.received.filter((e) => e.seq > snap.seq).map((e) => [e.seq, e.type]));
    expectPrivate(resumed.received, (await handsOf(table.id)).slice(1, 2), p0!.uuid);
    for (const s of [staff, resumed, fresh]) await s.stop();
  });
});

describe('the poker gateway', () => {
  /** A stand-in for an external poker network: its tables appear and its actions are routed to it. */
  class FakeExternalProvider implements PokerProvider {
    readonly code = 'fakenet';
    readonly actions: { playerId: string | null; tableId: string; type: string; amount: string | null }[] = [];
    private readonly table = {
      id: 'fakenet:t-1',
      provider: 'fakenet',
      name: 'Far away',
      variant: 'PLO' as const,
      currency: 'EUR',
      smallBlind: 50n,
      bigBlind: 100n,
      ante: 0n,
      maxSeats: 6,
      minBuyIn: 1000n,
      maxBuyIn: 10000n,
      rakeBasisPoints: 0,
      rakeCap: null,
      turnSeconds: 20,
      status: 'OPEN' as const,
      seatsTaken: 2,
    };
    async listTables() {
      return [this.table];
    }
    async getTable(_ctx: unknown, id: string) {
      return id === this.table.id ? this.table : null;
    }
    async getSnapshot(_ctx: unknown, id: string) {
      return id === this.table.id ? { table: this.table, seq: 7, seats: [], hand: null, mySeat: null, turnDeadline: null } : null;
    }
    async sit(): Promise<never> {
      throw new Error('the fake network is down');
    }
    async act(ctx: { principal: { kind: string; playerId?: string } | null }, tableId: string, action: { type: string; amount: string | null }) {
      this.actions.push({ playerId: ctx.principal?.playerId ?? null, tableId, type: action.type, amount: action.amount });
      return { handId: 'fake-hand-1', seq: 8 };
    }
    async setAway(): Promise<never> {
      throw new Error('unsupported');
    }
    async leave() {
      return { pending: false, cashedOut: 0n, seq: 9 };
    }
    async events(_ctx: unknown, tableId: string, afterSeq: number | null) {
      async function* stream(): AsyncGenerator<PokerTableEventView> {
        yield { tableId, seq: (afterSeq ?? 0) + 1, type: 'ACTION', handId: 'fake-hand-1', data: { seat: 2, action: 'call' }, occurredAt: new Date().toISOString() };
        await new Promise(() => undefined);
      }
      return stream();
    }
  }

  it('shows an external provider\'s tables beside ours and routes actions and events to it', async () => {
    const fake = new FakeExternalProvider();
    registerPokerProvider(fake as unknown as PokerProvider);
    try {
      const c = await casino();
      const ours = await openTable(c);
      const p = await fundedPlayer(c, '0');
      const fakeId = globalId('PokerTable', 'fakenet:t-1');
      const tables = (await p.sdk.PokerTables()).pokerTables!;
      expect(tables.nodes.map((t) => [t.id, t.provider])).toEqual(expect.arrayContaining([[ours.id, 'engine'], [fakeId, 'fakenet']]));
      expect(tables.totalCount).toBe(2);
      // One listing across providers, in table id order, both ways.
      expect((await p.sdk.PokerTables({ last: 1 })).pokerTables!.nodes.map((t) => t.id)).toEqual([fakeId]);
      expect((await p.sdk.PokerTables({ first: 1 })).pokerTables!.nodes.map((t) => t.id)).toEqual([ours.id]);
      const end = (await p.sdk.PokerTables({ last: 1 })).pokerTables!;
      expect(end.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
      const earlier = (await p.sdk.PokerTables({ last: 1, before: end.pageInfo.startCursor })).pokerTables!;
      expect(earlier.nodes.map((t) => t.id)).toEqual([ours.id]);
      expect(earlier.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
      expect((await p.sdk.PokerTables({ variant: 'PLO' })).pokerTables).toMatchObject({ totalCount: 1, nodes: [{ id: fakeId }] });
      expect((await p.sdk.PokerTable({ id: fakeId })).pokerTable).toMatchObject({ variant: 'PLO', bigBlind: { amount: '100', currency: 'EUR' } });
      expect((await p.sdk.PokerTableSnapshot({ tableId: fakeId })).pokerTableSnapshot?.seq).toBe(7);

      const acted = await p.sdk.PokerAct({ input: { tableId: fakeId, action: 'RAISE', amount: '300' } });
      expect(expectType(acted.pokerAct, 'PokerActPayload')).toMatchObject({ table: { id: fakeId }, hand: null, seq: 8 });
      expect(fake.actions).toEqual([{ playerId: p.uuid, tableId: 'fakenet:t-1', type: 'RAISE', amount: '300' }]);
      // A provider's own failure becomes a typed error; an unknown provider names no table.
      expect(expectType((await p.sdk.SitAtPokerTable({ input: { tableId: fakeId, buyIn: '1000' } })).sitAtPokerTable, 'PokerProviderUnavailableError').code).toBe('POKER_PROVIDER_UNAVAILABLE');
      expectType((await p.sdk.PokerAct({ input: { tableId: globalId('PokerTable', 'nobody:t-1'), action: 'FOLD' } })).pokerAct, 'PokerTableNotFoundError');

      const stream = follow(server, p.token, fakeId, 3);
      await stream.upTo(4);
      expect(stream.received[0]).toMatchObject({ seq: 4, type: 'ACTION', hand: null });
      await stream.stop();
    } finally {
      unregisterPokerProvider('fakenet');
    }
  });
});
