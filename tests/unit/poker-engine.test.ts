/**
 * The poker engine's rules, hand by hand, on decks arranged so the winners are known.
 */
import { describe, expect, it } from 'vitest';
import {
  apply,
  CARD_NAMES,
  createHand,
  defaultAction,
  eventsForViewer,
  legalActions,
  parseCards,
  pots,
  secureShuffledDeck,
  seatToAct,
  shuffleDeck,
  seededRandomInt,
  viewFor,
  type Action,
  type Card,
  type HandConfig,
  type HandEvent,
  type HandState,
  type SeatInput,
} from '../../modules/poker/engine/index.js';

const NL: HandConfig = { variant: 'NLHE', smallBlind: 5, bigBlind: 10 };
const PLO: HandConfig = { variant: 'PLO', smallBlind: 5, bigBlind: 10 };

/**
 * A deck dealing `holes[i]` to the i-th player clockwise from the button's left (p1..pn), then
 * `board` with a burn card before the flop, turn and river; the rest in a fixed order.
 */
function deckFor(holes: string[], board = ''): Card[] {
  const n = holes.length;
  const per = holes.map((h) => parseCards(h));
  const count = per[0]!.length;
  const slots: (Card | null)[] = new Array(52).fill(null);
  per.forEach((cards, i) => cards.forEach((c, k) => (slots[k * n + i] = c)));
  let at = count * n;
  parseCards(board).forEach((c, k) => {
    if (k === 0 || k === 3 || k === 4) at++;
    slots[at++] = c;
  });
  const used = new Set(slots.filter(Boolean));
  const rest = CARD_NAMES.filter((c) => !used.has(c));
  return slots.map((c) => c ?? rest.shift()!);
}

function start(config: HandConfig, seats: SeatInput[], button: number, deck: Card[] = shuffleDeck(seededRandomInt(1))): HandState {
  const r = createHand(config, seats, button, deck);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.state;
}

function act(state: HandState, ...actions: Action[]): HandState {
  for (const a of actions) {
    const r = apply(state, a);
    if (!r.ok) throw new Error(`${JSON.stringify(a)}: ${r.error.code} ${r.error.message}`);
    state = r.state;
  }
  return state;
}

const fold = (seat: number): Action => ({ seat, type: 'fold' });
const check = (seat: number): Action => ({ seat, type: 'check' });
const call = (seat: number): Action => ({ seat, type: 'call' });
const bet = (seat: number, amount: number): Action => ({ seat, type: 'bet', amount });
const raise = (seat: number, amount: number): Action => ({ seat, type: 'raise', amount });

const stacks = (s: HandState) => Object.fromEntries(s.result!.players.map((p) => [p.seat, p.finalStack]));
const ofType = <T extends HandEvent['type']>(s: HandState, type: T) => s.events.filter((e): e is Extract<HandEvent, { type: T }> => e.type === type);
const raiseRange = (s: HandState) => {
  const a = legalActions(s)!.actions.find((x) => x.type === 'raise' || x.type === 'bet');
  return a && 'min' in a ? { min: a.min, max: a.max } : undefined;
};
const auto = (s: HandState) => act(s, defaultAction(s)!);

describe('starting a hand', () => {
  it('heads-up: the button posts the small blind and acts first preflop, last after the flop', () => {
    let s = start(NL, [{ seat: 2, stack: 1000 }, { seat: 5, stack: 1000 }], 5);
    expect(s.players.map((p) => p.seat)).toEqual([2, 5]);
    expect(ofType(s, 'BLIND_POSTED').map((e) => [e.seat, e.blind, e.amount])).toEqual([
      [5, 'SMALL', 5],
      [2, 'BIG', 10],
    ]);
    expect(seatToAct(s)).toBe(5);
    expect(legalActions(s)!.actions).toEqual([
      { type: 'fold' },
      { type: 'call', amount: 5, allIn: false },
      { type: 'raise', min: 20, max: 1000 },
    ]);
    s = act(s, call(5));
    expect(seatToAct(s)).toBe(2);
    expect(legalActions(s)!.actions).toEqual([{ type: 'check' }, { type: 'raise', min: 20, max: 1000 }]);
    s = act(s, check(2));
    expect(s.street).toBe('flop');
    expect(s.board).toHaveLength(3);
    expect(seatToAct(s)).toBe(2);
  });

  it('six-handed: blinds left of the button, under the gun first, hole cards one at a time', () => {
    const seats = [0, 1, 2, 3, 4, 5].map((seat) => ({ seat, stack: 500 }));
    const deck = shuffleDeck(seededRandomInt(5));
    const s = start(NL, seats, 0, deck);
    expect(s.players.map((p) => p.seat)).toEqual([1, 2, 3, 4, 5, 0]);
    expect(ofType(s, 'BLIND_POSTED').map((e) => e.seat)).toEqual([1, 2]);
    expect(seatToAct(s)).toBe(3);
    expect(s.players[0]!.hole).toEqual([deck[0], deck[6]]);
    expect(s.players[5]!.hole).toEqual([deck[5], deck[11]]);
    const dealt = ofType(s, 'HOLE_CARDS_DEALT');
    expect(dealt.map((e) => e.seat)).toEqual([1, 2, 3, 4, 5, 0]);
    expect(s.events.map((e) => e.seq)).toEqual(s.events.map((_, i) => i + 1));
  });

  it('refuses bad input with typed errors', () => {
    const deck = shuffleDeck(seededRandomInt(2));
    const two = [
      { seat: 0, stack: 100 },
      { seat: 1, stack: 100 },
    ];
    const code = (r: ReturnType<typeof createHand>) => (r.ok ? 'OK' : r.error.code);
    expect(code(createHand(NL, [{ seat: 0, stack: 100 }], 0, deck))).toBe('INVALID_SEATS');
    expect(code(createHand(NL, Array.from({ length: 11 }, (_, i) => ({ seat: i, stack: 100 })), 0, deck))).toBe('INVALID_SEATS');
    expect(code(createHand(NL, [{ seat: 0, stack: 100 }, { seat: 0, stack: 100 }], 0, deck))).toBe('INVALID_SEATS');
    expect(code(createHand(NL, [{ seat: 0, stack: 100 }, { seat: 1, stack: 0 }], 0, deck))).toBe('INVALID_SEATS');
    expect(code(createHand(NL, [{ seat: 0, stack: 100 }, { seat: 1, stack: 10.5 }], 0, deck))).toBe('INVALID_SEATS');
    expect(code(createHand(NL, [{ seat: 0, stack: 100 }, { seat: 10, stack: 100 }], 0, deck))).toBe('INVALID_SEATS');
    expect(code(createHand(NL, two, 3, deck))).toBe('INVALID_BUTTON');
    expect(code(createHand(NL, two, 0, deck.slice(1)))).toBe('INVALID_DECK');
    expect(code(createHand(NL, two, 0, [...deck.slice(1), deck[1]!]))).toBe('INVALID_DECK');
    expect(code(createHand({ ...NL, smallBlind: 20 }, two, 0, deck))).toBe('INVALID_CONFIG');
    expect(code(createHand({ ...NL, bigBlind: 0 }, two, 0, deck))).toBe('INVALID_CONFIG');
    expect(code(createHand({ ...NL, rake: { basisPoints: 20000, cap: null } }, two, 0, deck))).toBe('INVALID_CONFIG');
    expect(code(createHand({ ...NL, variant: 'STUD' as 'NLHE' }, two, 0, deck))).toBe('INVALID_CONFIG');
    expect(code(createHand(NL, [{ seat: 0, stack: Number.MAX_SAFE_INTEGER }, { seat: 1, stack: 100 }], 0, deck))).toBe('INVALID_SEATS');
  });

  it('runs a hand out at once when the blinds put everyone all-in', () => {
    // Seat 1 (button) posts the small blind 5, all-in; seat 0 the big blind 10, all-in.
    const s = start(NL, [{ seat: 0, stack: 10 }, { seat: 1, stack: 5 }], 1);
    expect(s.status).toBe('COMPLETE');
    expect(s.board).toHaveLength(5);
    // The big blind's 5 that the all-in small blind could not match goes back.
    // (And a big blind all-in for no more than the small blind leaves nobody anything to decide.)
    expect(start(NL, [{ seat: 0, stack: 5 }, { seat: 1, stack: 10 }], 1).status).toBe('COMPLETE');
    expect(ofType(s, 'UNCALLED_BET_RETURNED')).toMatchObject([{ seat: 0, amount: 5 }]);
    expect(ofType(s, 'CARDS_EXPOSED')).toHaveLength(2);
    expect(s.result!.players.reduce((a, p) => a + p.finalStack, 0)).toBe(15);
  });
});

describe('typed errors leave the state as it was', () => {
  it('out of turn, unknown seat, illegal actions and amounts, finished hand', () => {
    const seats = [0, 1, 2, 3].map((seat) => ({ seat, stack: 1000 }));
    const s = start(NL, seats, 3); // order 0 SB, 1 BB, 2 UTG, 3 BTN
    const before = JSON.stringify(s);
    const code = (a: Action) => {
      const r = apply(s, a);
      return r.ok ? 'OK' : r.error.code;
    };
    expect(code(call(3))).toBe('NOT_YOUR_TURN');
    expect(code(call(7))).toBe('UNKNOWN_SEAT');
    expect(code(check(2))).toBe('ILLEGAL_ACTION');
    expect(code(bet(2, 50))).toBe('ILLEGAL_ACTION');
    expect(code(raise(2, 15))).toBe('AMOUNT_TOO_SMALL');
    expect(code(raise(2, 1001))).toBe('AMOUNT_TOO_LARGE');
    expect(code(raise(2, 25.5))).toBe('INVALID_AMOUNT');
    expect(code({ seat: 2, type: 'shove' } as unknown as Action)).toBe('ILLEGAL_ACTION');
    const small = apply(s, raise(2, 15));
    expect(small.ok ? null : small.error).toMatchObject({ code: 'AMOUNT_TOO_SMALL', min: 20, max: 1000 });
    expect(JSON.stringify(s)).toBe(before);

    const done = act(s, fold(2), fold(3), fold(0));
    expect(done.status).toBe('COMPLETE');
    const r = apply(done, check(1));
    expect(r.ok ? 'OK' : r.error.code).toBe('HAND_COMPLETE');
    // Folding when checking is free is refused (it could only hand chips to nobody).
    const limped = act(s, call(2), call(3), call(0));
    expect(apply(limped, fold(1)).ok ? 'OK' : 'ILLEGAL_ACTION').toBe('ILLEGAL_ACTION');
  });
});

describe('betting', () => {
  const four = [0, 1, 2, 3].map((seat) => ({ seat, stack: 1000 }));

  it('minimum raise is the last full raise; the big blind is the first', () => {
    let s = start(NL, four, 3);
    expect(raiseRange(s)).toEqual({ min: 20, max: 1000 });
    s = act(s, raise(2, 30)); // raise by 20
    expect(raiseRange(s)).toEqual({ min: 50, max: 1000 });
    s = act(s, raise(3, 100)); // raise by 70
    expect(raiseRange(s)).toEqual({ min: 170, max: 1000 });
    s = act(s, call(0), call(1), call(2));
    expect(s.street).toBe('flop');
    expect(raiseRange(s)).toEqual({ min: 10, max: 900 }); // a bet: at least the big blind
    expect(legalActions(s)!.actions[1]!.type).toBe('bet');
    s = act(s, bet(0, 40));
    expect(raiseRange(s)).toEqual({ min: 80, max: 900 });
  });

  it('an all-in below a full raise does not reopen the betting for those who acted', () => {
    const seats = [
      { seat: 0, stack: 150 }, // SB
      { seat: 1, stack: 1000 }, // BB
      { seat: 2, stack: 1000 }, // BTN
    ];
    let s = start(NL, seats, 2);
    s = act(s, raise(2, 100)); // full raise by 90
    s = act(s, raise(0, 150)); // all-in: only 50 more, an incomplete raise
    expect(s.currentBet).toBe(150);
    expect(s.lastRaise).toBe(90);
    // The big blind has not acted: it may raise, by at least the last full raise.
    expect(raiseRange(s)).toEqual({ min: 240, max: 1000 });
    s = act(s, call(1));
    // The button already acted and faces only the incomplete raise: call or fold.
    expect(legalActions(s)!.actions.map((a) => a.type)).toEqual(['fold', 'call']);
    const refused = apply(s, raise(2, 300));
    expect(refused.ok ? 'OK' : refused.error.code).toBe('ILLEGAL_ACTION');
    s = act(s, call(2));
    expect(s.street).toBe('flop');
  });

  it('incomplete all-ins that add up to a full raise reopen the betting', () => {
    const seats = [
      { seat: 0, stack: 220 }, // SB
      { seat: 1, stack: 1000 }, // BB
      { seat: 2, stack: 1000 }, // UTG
      { seat: 3, stack: 150 }, // BTN
    ];
    let s = start(NL, seats, 3);
    s = act(s, raise(2, 100)); // full raise by 90
    s = act(s, raise(3, 150)); // all-in, +50: incomplete
    s = act(s, raise(0, 220)); // all-in, +70: incomplete
    s = act(s, call(1));
    // UTG faces 120 more than it matched: at least a full raise (90), so it may raise again.
    expect(seatToAct(s)).toBe(2);
    expect(raiseRange(s)).toEqual({ min: 310, max: 1000 });
  });

  it('a short big blind still sets the full bet to call; nobody raises against all-in players only', () => {
    const seats = [
      { seat: 0, stack: 1000 }, // SB
      { seat: 1, stack: 6 }, // BB, all-in posting 6
      { seat: 2, stack: 1000 }, // BTN
    ];
    let s = start(NL, seats, 2);
    expect(s.players[1]!.allIn).toBe(true);
    expect(legalActions(s)!.actions.find((a) => a.type === 'call')).toEqual({ type: 'call', amount: 10, allIn: false });
    s = act(s, call(2), call(0));
    expect(s.street).toBe('flop');
    expect(pots(s)).toEqual([
      { amount: 18, eligibleSeats: [0, 1, 2] },
      { amount: 8, eligibleSeats: [0, 2] },
    ]);
    // Heads-up with an all-in player: when one side is all-in, the other cannot raise.
    const hu = act(start(NL, [{ seat: 0, stack: 1000 }, { seat: 1, stack: 50 }], 0), raise(0, 1000));
    expect(legalActions(hu)!.actions.map((a) => a.type)).toEqual(['fold', 'call']);
    const done = act(hu, call(1));
    expect(done.status).toBe('COMPLETE');
    expect(ofType(done, 'UNCALLED_BET_RETURNED')).toMatchObject([{ seat: 0, amount: 950 }]);
  });

  it('pot limit: the largest raise is the pot after calling, antes included', () => {
    const seats = [0, 1, 2].map((seat) => ({ seat, stack: 10_000 }));
    let s = start(PLO, seats, 2); // order 0 SB, 1 BB, 2 BTN
    expect(s.players[0]!.hole).toHaveLength(4);
    expect(raiseRange(s)).toEqual({ min: 20, max: 35 }); // 10 + (5 + 10 + 10)
    s = act(s, raise(2, 35));
    expect(raiseRange(s)).toEqual({ min: 60, max: 115 }); // 35 + (50 + 30)
    const refused = apply(s, raise(0, 116));
    expect(refused.ok ? 'OK' : refused.error.code).toBe('AMOUNT_TOO_LARGE');
    s = act(s, call(0), call(1));
    expect(raiseRange(s)).toEqual({ min: 10, max: 105 }); // a pot-sized bet
    const ante = start({ ...PLO, bigBlindAnte: 10 }, seats, 2);
    expect(raiseRange(ante)).toEqual({ min: 20, max: 45 });
  });
});

describe('pots, showdown, awards', () => {
  it('side pots for any number of all-ins, the uncalled excess returned', () => {
    const seats = [
      { seat: 0, stack: 1000 }, // SB: worst hand
      { seat: 1, stack: 300 }, // BB: third best
      { seat: 2, stack: 100 }, // UTG: best
      { seat: 3, stack: 200 }, // BTN: second best
    ];
    const deck = deckFor(['7c4h', 'QsQd', 'AsAd', 'KsKd'], '2c3d8h9sJd');
    let s = start(NL, seats, 3, deck);
    s = act(s, raise(2, 100), raise(3, 200), raise(0, 1000), call(1));
    expect(s.status).toBe('COMPLETE');
    expect(ofType(s, 'UNCALLED_BET_RETURNED')).toMatchObject([{ seat: 0, amount: 700 }]);
    expect(ofType(s, 'CARDS_EXPOSED').map((e) => e.seat)).toEqual([0, 1, 2, 3]);
    expect(s.result!.pots).toEqual([
      { amount: 400, rake: 0, eligibleSeats: [0, 1, 2, 3], winners: [{ seat: 2, amount: 400 }] },
      { amount: 300, rake: 0, eligibleSeats: [0, 1, 3], winners: [{ seat: 3, amount: 300 }] },
      { amount: 200, rake: 0, eligibleSeats: [0, 1], winners: [{ seat: 1, amount: 200 }] },
    ]);
    expect(stacks(s)).toEqual({ 0: 700, 1: 200, 2: 400, 3: 300 });
  });

  it('odd chip of a split pot goes to the first winner clockwise from the button', () => {
    const seats = [0, 1, 2].map((seat) => ({ seat, stack: 100 }));
    const deck = deckFor(['2c3c', '4d5d', '6s7s'], 'AhKhQhJhTh'); // the board plays: everyone ties
    let s = start(NL, seats, 2, deck); // order 0 SB, 1 BB, 2 BTN
    s = act(s, call(2), fold(0), check(1));
    for (const street of ['flop', 'turn', 'river']) {
      expect(s.street).toBe(street);
      s = act(s, check(1), check(2));
    }
    // Pot 25 (5 + 10 + 10) split by seat 1 and seat 2; seat 1 is first left of the button among them.
    expect(s.result!.pots[0]!.winners).toEqual([
      { seat: 1, amount: 13 },
      { seat: 2, amount: 12 },
    ]);
    expect(stacks(s)).toEqual({ 0: 95, 1: 103, 2: 102 });
  });

  it('big-blind ante: dead money in the main pot, not part of the amount to call', () => {
    const seats = [
      { seat: 0, stack: 1000 }, // SB
      { seat: 1, stack: 150 }, // BB: posts the blind 100, then 50 of the 100 ante, all-in
      { seat: 2, stack: 1000 }, // BTN
    ];
    const deck = deckFor(['2c7d', 'AsAd', '3h8s'], 'KcQd9h5s4c');
    let s = start({ variant: 'NLHE', smallBlind: 50, bigBlind: 100, bigBlindAnte: 100 }, seats, 2, deck);
    expect(ofType(s, 'ANTE_POSTED')).toMatchObject([{ seat: 1, amount: 50, allIn: true }]);
    expect(legalActions(s)!.toCall).toBe(100);
    s = act(s, call(2), call(0));
    // The big blind's ante goes into the one pot every player can win.
    expect(pots(s)).toEqual([{ amount: 350, eligibleSeats: [0, 1, 2] }]);
    while (s.status !== 'COMPLETE') s = act(s, check(seatToAct(s)!));
    expect(stacks(s)).toEqual({ 0: 900, 1: 350, 2: 900 });
  });

  it('classic antes from everyone, and a player all-in on the ante plays for the antes only', () => {
    const seats = [
      { seat: 0, stack: 1000 },
      { seat: 1, stack: 1000 },
      { seat: 2, stack: 3 }, // BTN: all-in for 3 of the 5 ante, best hand
    ];
    const deck = deckFor(['2c7d', '3h8s', 'AsAd'], 'KcQd9h5s4c');
    let s = start({ ...NL, ante: 5 }, seats, 2, deck);
    expect(s.players[2]!.allIn).toBe(true);
    s = act(s, call(0), check(1));
    while (s.status !== 'COMPLETE') s = act(s, check(seatToAct(s)!));
    // Antes 5 + 5 + 3 = 13 to the button; the blinds' 20 to the best of the other two (7-high vs 8-high).
    expect(s.result!.pots.map((p) => [p.amount, p.winners])).toEqual([
      [13, [{ seat: 2, amount: 13 }]],
      [20, [{ seat: 1, amount: 20 }]],
    ]);
    expect(stacks(s)).toEqual({ 0: 985, 1: 1005, 2: 13 });
  });

  it('showdown order: the river bettor first, then clockwise; a beaten hand is mucked unseen', () => {
    const seats = [0, 1, 2].map((seat) => ({ seat, stack: 1000 }));
    // seat 0 (SB): two pair; seat 1 (BB): a pair; seat 2 (BTN): trips.
    const deck = deckFor(['KcQd', '8c8d', '5h5s'], 'Ks5cQh2d3c');
    let s = start(NL, seats, 2, deck);
    s = act(s, call(2), call(0), check(1));
    s = act(s, check(0), check(1), check(2)); // flop
    s = act(s, check(0), check(1), check(2)); // turn
    s = act(s, check(0), bet(1, 50), call(2), call(0)); // river: seat 1 bets
    const order = s.events.filter((e) => e.type === 'SHOWDOWN_SHOW' || e.type === 'SHOWDOWN_MUCK').map((e) => [e.type, e.seat]);
    // Seat 1 shows first; seat 2 beats it and shows; seat 0 cannot beat trips and mucks.
    expect(order).toEqual([
      ['SHOWDOWN_SHOW', 1],
      ['SHOWDOWN_SHOW', 2],
      ['SHOWDOWN_MUCK', 0],
    ]);
    const muck = ofType(s, 'SHOWDOWN_MUCK')[0]!;
    expect(Object.keys(muck).sort()).toEqual(['seat', 'seq', 'type']);
    expect(s.result!.shown.map((x) => x.seat)).toEqual([1, 2]);
    expect(ofType(s, 'SHOWDOWN_SHOW')[1]!.hand).toMatchObject({ category: 'THREE_OF_A_KIND' });
    expect(stacks(s)).toEqual({ 0: 940, 1: 940, 2: 1120 });
    // The seat-0 player's own view of the events keeps their cards; seat 1's does not.
    const seen = eventsForViewer(s.events, 1).filter((e) => e.type === 'HOLE_CARDS_DEALT');
    expect(seen.map((e) => (e.type === 'HOLE_CARDS_DEALT' ? e.cards : 'x'))).toEqual([null, ['8c', '8d'], null]);
    const view = viewFor(s, 1);
    expect(view.players.map((p) => p.hole)).toEqual([null, ['8c', '8d'], ['5h', '5s']]);
  });

  it('with no river bet the first player left of the button shows first; a side-pot winner shows though beaten in the main pot', () => {
    const seats = [
      { seat: 0, stack: 100 }, // SB: best hand, all-in preflop
      { seat: 1, stack: 1000 }, // BB: second
      { seat: 2, stack: 1000 }, // BTN: third
    ];
    const deck = deckFor(['AsAd', 'KsKd', 'QsQd'], '2c5d8h9sJc');
    let s = start(NL, seats, 2, deck);
    s = act(s, call(2), raise(0, 100), call(1), call(2));
    expect(ofType(s, 'CARDS_EXPOSED')).toHaveLength(0); // two players can still bet
    s = act(s, bet(1, 50), call(2)); // flop: a side pot
    s = act(s, check(1), check(2), check(1), check(2)); // turn and river checked
    const order = s.events.filter((e) => e.type === 'SHOWDOWN_SHOW' || e.type === 'SHOWDOWN_MUCK').map((e) => [e.type, e.seat]);
    expect(order).toEqual([
      ['SHOWDOWN_SHOW', 0],
      ['SHOWDOWN_SHOW', 1],
      ['SHOWDOWN_MUCK', 2],
    ]);
    expect(s.result!.pots.map((p) => [p.amount, p.winners])).toEqual([
      [300, [{ seat: 0, amount: 300 }]],
      [100, [{ seat: 1, amount: 100 }]],
    ]);
  });

  it('a hand won without showdown shows nothing', () => {
    const seats = [0, 1, 2].map((seat) => ({ seat, stack: 1000 }));
    let s = start(NL, seats, 2);
    s = act(s, raise(2, 30), fold(0), fold(1));
    expect(s.status).toBe('COMPLETE');
    expect(s.result!.wentToShowdown).toBe(false);
    expect(s.result!.shown).toEqual([]);
    expect(ofType(s, 'UNCALLED_BET_RETURNED')).toMatchObject([{ seat: 2, amount: 20 }]);
    expect(stacks(s)).toEqual({ 0: 995, 1: 990, 2: 1015 });
    expect(ofType(s, 'POT_AWARDED')).toMatchObject([{ amount: 25, uncontested: true, winners: [{ seat: 2, amount: 25 }] }]);
  });
});

describe('rake', () => {
  const seats = [0, 1, 2].map((seat) => ({ seat, stack: 1000 }));
  const rake = { basisPoints: 500, cap: 3 };

  it('no flop, no drop', () => {
    const s = act(start({ ...NL, rake }, seats, 2), raise(2, 100), call(0), fold(1));
    expect(s.street).toBe('flop'); // the flop was dealt: rake applies
    const pre = act(start({ ...NL, rake }, seats, 2), raise(2, 100), fold(0), fold(1));
    expect(pre.result!.rake).toBe(0);
    expect(ofType(pre, 'RAKE_TAKEN')).toEqual([]);
  });

  it('a percentage of the pot, floored, capped, taken before the split', () => {
    let s = act(start({ ...NL, rake }, seats, 2), call(2), call(0), check(1));
    while (s.status !== 'COMPLETE') s = act(s, check(seatToAct(s)!));
    // Pot 30: 5% is 1.5, floored to 1.
    expect(s.result!.rake).toBe(1);
    expect(s.result!.players.reduce((a, p) => a + p.finalStack, 0) + s.result!.rake).toBe(3000);
    let big = act(start({ ...NL, rake }, seats, 2), raise(2, 200), call(0), call(1));
    while (big.status !== 'COMPLETE') big = act(big, check(seatToAct(big)!));
    expect(big.result!.rake).toBe(3); // 5% of 600 is 30: capped at 3
    expect(ofType(big, 'RAKE_TAKEN')).toMatchObject([{ amount: 3, perPot: [3] }]);
    let uncapped = act(start({ ...NL, rake: { basisPoints: 1000, cap: null } }, seats, 2), raise(2, 200), call(0), call(1));
    while (uncapped.status !== 'COMPLETE') uncapped = act(uncapped, check(seatToAct(uncapped)!));
    expect(uncapped.result!.rake).toBe(60);
    expect(uncapped.result!.pots[0]!.winners.reduce((a, w) => a + w.amount, 0)).toBe(540);
  });
});

describe('helpers for a server', () => {
  it('default action: check when free, else fold; none when the hand is over', () => {
    const seats = [0, 1, 2].map((seat) => ({ seat, stack: 1000 }));
    let s = start(NL, seats, 2);
    expect(defaultAction(s)).toEqual({ seat: 2, type: 'fold' });
    s = act(s, call(2), call(0));
    expect(defaultAction(s)).toEqual({ seat: 1, type: 'check' });
    s = auto(s);
    expect(s.street).toBe('flop');
    s = act(s, bet(0, 10));
    expect(defaultAction(s)).toEqual({ seat: 1, type: 'fold' });
    s = auto(auto(s));
    expect(s.status).toBe('COMPLETE');
    expect(defaultAction(s)).toBeNull();
    expect(legalActions(s)).toBeNull();
  });

  it('replays exactly from the same deck and actions', () => {
    const seats = [0, 1, 2, 3, 4, 5].map((seat) => ({ seat, stack: 2000 }));
    const play = () => {
      const random = seededRandomInt(99);
      let s = start(NL, seats, 3, shuffleDeck(seededRandomInt(4)));
      const actions: Action[] = [];
      while (s.status !== 'COMPLETE') {
        const legal = legalActions(s)!;
        const a = legal.actions[random(legal.actions.length)]!;
        const action: Action = a.type === 'bet' || a.type === 'raise' ? { seat: legal.seat, type: a.type, amount: a.min } : ({ seat: legal.seat, type: a.type } as Action);
        actions.push(action);
        s = act(s, action);
      }
      return { s, actions };
    };
    const first = play();
    const again = act(start(NL, seats, 3, shuffleDeck(seededRandomInt(4))), ...first.actions);
    expect(again.events).toEqual(first.s.events);
    expect(again.result).toEqual(first.s.result);
  });

  it('a spectator view shows no hole cards until they are tabled, and never the deck', () => {
    const seats = [0, 1].map((seat) => ({ seat, stack: 100 }));
    let s = start(NL, seats, 0);
    const view = viewFor(s, null);
    expect(view.players.every((p) => p.hole === null && p.holeCount === 2)).toBe(true);
    expect(JSON.stringify(view)).not.toContain('deck');
    s = act(s, raise(0, 100), call(1));
    expect(viewFor(s, null).players.every((p) => p.hole !== null)).toBe(true); // all-in: tabled
    expect(viewFor(start(NL, seats, 0), 0).legal).not.toBeNull();
    expect(viewFor(start(NL, seats, 0), 1).legal).toBeNull();
  });
});

describe('secure shuffle', () => {
  it('is a permutation of the 52 cards', () => {
    const deck = secureShuffledDeck();
    expect(new Set(deck).size).toBe(52);
    expect([...deck].sort()).toEqual([...CARD_NAMES].sort());
  });

  it('puts a card in every position equally often (chi-square, 20,000 shuffles)', () => {
    const n = 20_000;
    const counts = new Array<number>(52).fill(0);
    for (let i = 0; i < n; i++) counts[secureShuffledDeck().indexOf('As')]!++;
    const expected = n / 52;
    const chi2 = counts.reduce((a, c) => a + (c - expected) ** 2 / expected, 0);
    // 51 degrees of freedom: P(chi2 > 110) is about 3e-6.
    expect(chi2).toBeLessThan(110);
  });
});
