/**
 * The hand state machine: No-Limit Texas Hold'em and Pot-Limit Omaha, 2 to 10 players.
 *
 *   createHand(config, seats, buttonSeat, deck) → StepResult   (blinds, antes, hole cards)
 *   legalActions(state)                         → LegalActions | null
 *   apply(state, action)                        → StepResult   (new state + the events of this step, or a typed error)
 *
 * States are immutable values: apply never changes the state it is given, so on an error the
 * caller simply keeps the old state. No I/O, no clock, no randomness: the deck is an input, so
 * a hand replays exactly from its deck and actions. See docs/poker-engine.md for the rules.
 */
import { cardCode, cardName, type Card } from './cards.js';
import { bestFive, bestFiveOmaha, categoryOf, evaluate7, evaluateOmaha } from './evaluator.js';
import { buildPots, rakeFor, splitPot, spreadRake, type Pot } from './pots.js';
import type {
  Action,
  EngineError,
  EngineErrorCode,
  HandConfig,
  HandEvent,
  HandResult,
  HandState,
  LegalAction,
  LegalActions,
  PlayerState,
  ResolvedConfig,
  SeatInput,
  StepResult,
} from './types.js';

export const MIN_PLAYERS = 2;
export const MAX_PLAYERS = 10;
export const MAX_SEAT = 9;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type DraftPlayer = Mutable<PlayerState>;
type Draft = Mutable<Omit<HandState, 'players' | 'events'>> & { players: DraftPlayer[]; events: HandEvent[] };
type EventBody = HandEvent extends infer E ? (E extends HandEvent ? Omit<E, 'seq'> : never) : never;

function failure(code: EngineErrorCode, message: string, extra?: { min?: number; max?: number }): StepResult {
  return { ok: false, error: { code, message, ...extra } };
}

const isChips = (x: unknown): x is number => typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;

function emit(d: Draft, body: EventBody): void {
  const event = body as HandEvent;
  event.seq = d.events.length + 1;
  d.events.push(event);
}

// ------------------------------------------------------------------ creating a hand

function resolveConfig(config: HandConfig): ResolvedConfig | EngineError {
  const bad = (message: string): EngineError => ({ code: 'INVALID_CONFIG', message });
  if (config === null || typeof config !== 'object') return bad('config must be an object');
  if (config.variant !== 'NLHE' && config.variant !== 'PLO') return bad(`unknown variant ${String(config.variant)}; NLHE or PLO`);
  const { smallBlind, bigBlind } = config;
  const ante = config.ante ?? 0;
  const bigBlindAnte = config.bigBlindAnte ?? 0;
  const minBet = config.minBet ?? bigBlind;
  if (!isChips(bigBlind) || bigBlind < 1) return bad('bigBlind must be a positive safe integer');
  if (!isChips(smallBlind) || smallBlind > bigBlind) return bad('smallBlind must be a safe integer from 0 to bigBlind');
  if (!isChips(ante)) return bad('ante must be a non-negative safe integer');
  if (!isChips(bigBlindAnte)) return bad('bigBlindAnte must be a non-negative safe integer');
  if (!isChips(minBet) || minBet < 1) return bad('minBet must be a positive safe integer');
  let rake: ResolvedConfig['rake'] = null;
  if (config.rake) {
    const { basisPoints, cap } = config.rake;
    if (!Number.isInteger(basisPoints) || basisPoints < 0 || basisPoints > 10000) return bad('rake.basisPoints must be an integer from 0 to 10000');
    if (cap !== null && !isChips(cap)) return bad('rake.cap must be null or a non-negative safe integer');
    rake = { basisPoints, cap, noFlopNoDrop: config.rake.noFlopNoDrop ?? true };
  }
  if (config.handId !== undefined && typeof config.handId !== 'string') return bad('handId must be a string');
  return {
    variant: config.variant,
    smallBlind,
    bigBlind,
    ante,
    bigBlindAnte,
    minBet,
    rake,
    burnCards: config.burnCards ?? true,
    handId: config.handId ?? null,
    holeCards: config.variant === 'PLO' ? 4 : 2,
  };
}

/**
 * Starts a hand: seats the players (2..10, seat numbers 0..9, stacks positive), posts the
 * blinds and antes, deals the hole cards from the front of the deck (one card at a time,
 * starting left of the button) and gives the turn to the first player to act.
 *
 * Heads-up, the button posts the small blind and acts first before the flop, last after it.
 * `deck` must hold all 52 cards exactly once; shuffle it with secureShuffledDeck().
 */
export function createHand(config: HandConfig, seats: readonly SeatInput[], buttonSeat: number, deck: readonly Card[]): StepResult {
  const resolved = resolveConfig(config);
  if ('code' in resolved) return { ok: false, error: resolved };
  if (!Array.isArray(seats) || seats.length < MIN_PLAYERS || seats.length > MAX_PLAYERS) {
    return failure('INVALID_SEATS', `a hand needs ${MIN_PLAYERS} to ${MAX_PLAYERS} players`);
  }
  const seen = new Set<number>();
  let total = 0;
  for (const s of seats) {
    if (!Number.isInteger(s.seat) || s.seat < 0 || s.seat > MAX_SEAT) return failure('INVALID_SEATS', `seat numbers are integers 0..${MAX_SEAT}`);
    if (seen.has(s.seat)) return failure('INVALID_SEATS', `seat ${s.seat} is given twice`);
    seen.add(s.seat);
    if (!isChips(s.stack) || s.stack < 1) return failure('INVALID_SEATS', `seat ${s.seat}: the stack must be a positive safe integer`);
    if (s.playerId !== undefined && typeof s.playerId !== 'string') return failure('INVALID_SEATS', `seat ${s.seat}: playerId must be a string`);
    total += s.stack;
  }
  if (!Number.isSafeInteger(total)) return failure('INVALID_SEATS', 'the stacks together exceed the safe integer range');
  if (!seen.has(buttonSeat)) return failure('INVALID_BUTTON', `the button (${String(buttonSeat)}) must be on an occupied seat`);
  if (!Array.isArray(deck) || deck.length !== 52) return failure('INVALID_DECK', 'the deck must hold 52 cards');
  const inDeck = new Uint8Array(52);
  for (const card of deck) {
    const code = cardCode(card);
    if (code < 0) return failure('INVALID_DECK', `not a card: ${JSON.stringify(card)}`);
    if (inDeck[code]) return failure('INVALID_DECK', `card ${card} appears twice`);
    inDeck[code] = 1;
  }

  const bySeat = [...seats].sort((a, b) => a.seat - b.seat);
  const b = bySeat.findIndex((s) => s.seat === buttonSeat);
  const ordered = [...bySeat.slice(b + 1), ...bySeat.slice(0, b + 1)];
  const n = ordered.length;
  const d: Draft = {
    config: resolved,
    buttonSeat,
    players: ordered.map((s) => ({
      seat: s.seat,
      playerId: s.playerId ?? null,
      startingStack: s.stack,
      stack: s.stack,
      hole: [],
      folded: false,
      allIn: false,
      streetBet: 0,
      totalBet: 0,
      ante: 0,
      acted: false,
      matched: 0,
      exposed: false,
    })),
    deck: deck.slice(),
    nextCard: 0,
    board: [],
    street: 'preflop',
    status: 'BETTING',
    toAct: -1,
    currentBet: resolved.bigBlind,
    lastRaise: resolved.minBet,
    aggressor: -1,
    events: [],
    result: null,
  };
  emit(d, {
    type: 'HAND_STARTED',
    handId: resolved.handId,
    variant: resolved.variant,
    buttonSeat,
    smallBlind: resolved.smallBlind,
    bigBlind: resolved.bigBlind,
    ante: resolved.ante,
    bigBlindAnte: resolved.bigBlindAnte,
    players: d.players.map((p) => ({ seat: p.seat, playerId: p.playerId, stack: p.stack })),
  });

  // Forced bets. A player who cannot cover everything posts the blind first, then the ante.
  const sb = n === 2 ? 1 : 0;
  const bb = n === 2 ? 0 : 1;
  const postBlind = (i: number, amount: number, blind: 'SMALL' | 'BIG') => {
    const p = d.players[i]!;
    const x = Math.min(amount, p.stack);
    if (x === 0) return;
    p.stack -= x;
    p.streetBet += x;
    p.totalBet += x;
    p.allIn = p.stack === 0;
    emit(d, { type: 'BLIND_POSTED', seat: p.seat, blind, amount: x, allIn: p.allIn });
  };
  const postAnte = (i: number, amount: number) => {
    const p = d.players[i]!;
    const x = Math.min(amount, p.stack);
    if (x === 0) return;
    p.stack -= x;
    p.ante += x;
    p.allIn = p.stack === 0;
    emit(d, { type: 'ANTE_POSTED', seat: p.seat, amount: x, allIn: p.allIn });
  };
  postBlind(sb, resolved.smallBlind, 'SMALL');
  postBlind(bb, resolved.bigBlind, 'BIG');
  if (resolved.ante > 0) for (let i = 0; i < n; i++) postAnte(i, resolved.ante);
  if (resolved.bigBlindAnte > 0) postAnte(bb, resolved.bigBlindAnte);

  // Hole cards: one at a time round the table, starting left of the button.
  const holes: Card[][] = d.players.map(() => []);
  for (let round = 0; round < resolved.holeCards; round++) {
    for (let i = 0; i < n; i++) holes[i]!.push(d.deck[d.nextCard++]!);
  }
  for (let i = 0; i < n; i++) {
    d.players[i]!.hole = holes[i]!;
    emit(d, { type: 'HOLE_CARDS_DEALT', seat: d.players[i]!.seat, cards: holes[i]! });
  }

  advance(d, n === 2 ? sb : (bb + 1) % n);
  return { ok: true, state: d as HandState, events: d.events.slice() };
}

// ------------------------------------------------------------------ legal actions

function potOf(players: readonly PlayerState[]): number {
  let pot = 0;
  for (const p of players) pot += p.totalBet + p.ante;
  return pot;
}

interface Legal {
  toCall: number;
  raise: { min: number; max: number } | null;
}

function legalFor(s: HandState, i: number): Legal {
  const p = s.players[i]!;
  const toCall = Math.max(0, s.currentBet - p.streetBet);
  const allInTo = p.streetBet + p.stack;
  let raise: Legal['raise'] = null;
  // A player may bet or raise if someone else could still answer, the player holds more than
  // the bet, and the betting is open to them: they have not acted on this street yet, or the
  // bet has grown by at least a full raise since they last acted (the incomplete all-in rule).
  const reopened = !p.acted || s.currentBet - p.matched >= s.lastRaise;
  if (reopened && allInTo > s.currentBet && s.players.some((q, j) => j !== i && !q.folded && !q.allIn)) {
    let min = s.currentBet === 0 ? s.config.minBet : s.currentBet + s.lastRaise;
    let max = allInTo;
    if (s.config.variant === 'PLO') max = Math.min(max, s.currentBet + potOf(s.players) + toCall);
    if (min > allInTo) min = allInTo; // all-in for less than a full raise is always allowed
    if (max < min) max = min; // a minimum bet or raise is allowed even above the pot
    raise = { min, max };
  }
  return { toCall, raise };
}

/** What the player to act may do, with bet and raise ranges; null when the hand is over. */
export function legalActions(state: HandState): LegalActions | null {
  if (state.status === 'COMPLETE' || state.toAct < 0) return null;
  const i = state.toAct;
  const p = state.players[i]!;
  const { toCall, raise } = legalFor(state, i);
  const actions: LegalAction[] = [];
  if (toCall > 0) {
    actions.push({ type: 'fold' });
    actions.push({ type: 'call', amount: Math.min(toCall, p.stack), allIn: toCall >= p.stack });
  } else {
    actions.push({ type: 'check' });
  }
  if (raise) actions.push({ type: state.currentBet === 0 ? 'bet' : 'raise', min: raise.min, max: raise.max });
  return { seat: p.seat, actions, toCall, stack: p.stack, streetBet: p.streetBet, currentBet: state.currentBet, pot: potOf(state.players) };
}

/** The action a server takes for a player whose time ran out: check if free, else fold. */
export function defaultAction(state: HandState): Action | null {
  if (state.status === 'COMPLETE' || state.toAct < 0) return null;
  const p = state.players[state.toAct]!;
  return p.streetBet >= state.currentBet ? { seat: p.seat, type: 'check' } : { seat: p.seat, type: 'fold' };
}

// ------------------------------------------------------------------ applying an action

function clonePlayer(p: PlayerState): DraftPlayer {
  return {
    seat: p.seat,
    playerId: p.playerId,
    startingStack: p.startingStack,
    stack: p.stack,
    hole: p.hole,
    folded: p.folded,
    allIn: p.allIn,
    streetBet: p.streetBet,
    totalBet: p.totalBet,
    ante: p.ante,
    acted: p.acted,
    matched: p.matched,
    exposed: p.exposed,
  };
}

function draftOf(s: HandState): Draft {
  const players: DraftPlayer[] = new Array(s.players.length);
  for (let i = 0; i < players.length; i++) players[i] = clonePlayer(s.players[i]!);
  return {
    config: s.config,
    buttonSeat: s.buttonSeat,
    players,
    deck: s.deck,
    nextCard: s.nextCard,
    board: s.board,
    street: s.street,
    status: s.status,
    toAct: s.toAct,
    currentBet: s.currentBet,
    lastRaise: s.lastRaise,
    aggressor: s.aggressor,
    events: s.events.slice(),
    result: s.result,
  };
}

/**
 * Applies the action of the player to act. Returns the new state and the events of this step
 * (the action, then any dealing, showdown and awards it triggers), or a typed error and no
 * state (the given state is never modified).
 */
export function apply(state: HandState, action: Action): StepResult {
  if (state.status === 'COMPLETE') return failure('HAND_COMPLETE', 'the hand is over');
  if (action === null || typeof action !== 'object') return failure('ILLEGAL_ACTION', 'an action must be an object');
  const i = state.players.findIndex((p) => p.seat === action.seat);
  if (i < 0) return failure('UNKNOWN_SEAT', `seat ${String(action.seat)} is not in this hand`);
  if (i !== state.toAct) {
    const turn = state.players[state.toAct];
    return failure('NOT_YOUR_TURN', `it is seat ${turn ? turn.seat : '-'}'s turn, not seat ${action.seat}'s`);
  }
  const p = state.players[i]!;
  const { toCall, raise } = legalFor(state, i);
  let to = p.streetBet;
  switch (action.type) {
    case 'fold':
      if (toCall === 0) return failure('ILLEGAL_ACTION', 'nothing to call: check instead of folding');
      break;
    case 'check':
      if (toCall > 0) return failure('ILLEGAL_ACTION', `cannot check: ${toCall} to call`);
      break;
    case 'call':
      if (toCall === 0) return failure('ILLEGAL_ACTION', 'nothing to call: check');
      to = p.streetBet + Math.min(toCall, p.stack);
      break;
    case 'bet':
    case 'raise': {
      const wanted = state.currentBet === 0 ? 'bet' : 'raise';
      if (action.type !== wanted) {
        return failure('ILLEGAL_ACTION', wanted === 'bet' ? 'nobody has bet: bet instead of raising' : 'there is a bet: raise instead of betting');
      }
      if (!raise) return failure('ILLEGAL_ACTION', `${wanted === 'bet' ? 'betting' : 'raising'} is not open to this player`);
      const amount = action.amount;
      if (typeof amount !== 'number' || !Number.isSafeInteger(amount) || amount <= 0) {
        return failure('INVALID_AMOUNT', 'the amount must be a positive safe integer (the street total after the action)', raise);
      }
      if (amount < raise.min) return failure('AMOUNT_TOO_SMALL', `the ${wanted} must be to at least ${raise.min}`, raise);
      if (amount > raise.max) return failure('AMOUNT_TOO_LARGE', `the ${wanted} can be to at most ${raise.max}`, raise);
      to = amount;
      break;
    }
    default:
      return failure('ILLEGAL_ACTION', `unknown action ${JSON.stringify((action as { type?: unknown }).type)}`);
  }

  const d = draftOf(state);
  const start = d.events.length;
  const q = d.players[i]!;
  const added = to - q.streetBet;
  q.stack -= added;
  q.streetBet = to;
  q.totalBet += added;
  q.acted = true;
  if (q.stack === 0 && added > 0) q.allIn = true;
  if (action.type === 'fold') q.folded = true;
  if (action.type === 'bet' || action.type === 'raise') {
    if (to - d.currentBet >= d.lastRaise) d.lastRaise = to - d.currentBet; // a full raise; else an incomplete all-in
    d.currentBet = to;
    d.aggressor = i;
  }
  q.matched = d.currentBet;
  emit(d, { type: 'ACTION', seat: q.seat, action: action.type, amount: added, to, allIn: q.allIn, street: d.street });

  let live = 0;
  for (const x of d.players) if (!x.folded) live++;
  if (live === 1) {
    returnUncalled(d);
    settle(d, false);
  } else {
    advance(d, (i + 1) % d.players.length);
  }
  return { ok: true, state: d as HandState, events: d.events.slice(start) };
}

// ------------------------------------------------------------------ progress

/** Gives the turn to the first player from index `from` (clockwise) who must act, or ends the round. */
function advance(d: Draft, from: number): void {
  const n = d.players.length;
  let actors = 0;
  for (const p of d.players) if (!p.folded && !p.allIn) actors++;
  for (let k = 0; k < n; k++) {
    const i = (from + k) % n;
    const p = d.players[i]!;
    if (p.folded || p.allIn) continue;
    let behind = p.streetBet < d.currentBet;
    if (behind && actors === 1) {
      // Everyone else is all-in: only what they actually put in can be called (a big blind
      // all-in for less than the small blind leaves the small blind nothing to decide).
      let most = 0;
      for (const q of d.players) if (q !== p && !q.folded && q.streetBet > most) most = q.streetBet;
      behind = p.streetBet < most;
    }
    // Alone with chips and nothing to call: there is nobody left to bet against.
    if (behind || (!p.acted && actors >= 2)) {
      d.toAct = i;
      emit(d, { type: 'TO_ACT', seat: p.seat, street: d.street });
      return;
    }
  }
  endRound(d);
}

/** Returns the part of the largest bet of the street that nobody matched. */
function returnUncalled(d: Draft): void {
  let high = -1;
  let top = 0;
  let second = 0;
  d.players.forEach((p, i) => {
    if (p.streetBet > top) {
      second = top;
      top = p.streetBet;
      high = i;
    } else if (p.streetBet > second) {
      second = p.streetBet;
    }
  });
  if (high < 0 || top === second) return;
  const p = d.players[high]!;
  const back = top - second;
  p.streetBet -= back;
  p.totalBet -= back;
  p.stack += back;
  p.allIn = false;
  if (d.currentBet > p.streetBet) d.currentBet = p.streetBet;
  emit(d, { type: 'UNCALLED_BET_RETURNED', seat: p.seat, amount: back });
}

function emitPots(d: Draft): void {
  const pots = currentPots(d.players);
  emit(d, { type: 'POTS', street: d.street, pots: pots.map((pot) => ({ amount: pot.amount, eligibleSeats: pot.eligible.map((i) => d.players[i]!.seat) })) });
}

function currentPots(players: readonly PlayerState[]): Pot[] {
  return buildPots(players.map((p) => ({ live: p.totalBet, dead: p.ante, folded: p.folded, allIn: p.allIn })));
}

function endRound(d: Draft): void {
  d.toAct = -1;
  returnUncalled(d);
  emitPots(d);
  let actors = 0;
  for (const p of d.players) if (!p.folded && !p.allIn) actors++;
  if (actors <= 1) {
    // Someone is all-in and no more betting can happen: every hand is tabled, then the board is run out.
    for (const p of d.players) {
      if (!p.folded && !p.exposed) {
        p.exposed = true;
        emit(d, { type: 'CARDS_EXPOSED', seat: p.seat, cards: p.hole.slice() });
      }
    }
    while (d.street !== 'river') nextStreet(d);
    showdown(d);
    return;
  }
  if (d.street === 'river') {
    showdown(d);
    return;
  }
  nextStreet(d);
  advance(d, 0);
}

const NEXT_STREET = { preflop: 'flop', flop: 'turn', turn: 'river' } as const;

function nextStreet(d: Draft): void {
  if (d.street === 'river') return;
  const street = NEXT_STREET[d.street];
  if (d.config.burnCards) d.nextCard++;
  const count = street === 'flop' ? 3 : 1;
  const cards = d.deck.slice(d.nextCard, d.nextCard + count);
  d.nextCard += count;
  d.board = [...d.board, ...cards];
  d.street = street;
  d.currentBet = 0;
  d.lastRaise = d.config.minBet;
  d.aggressor = -1;
  for (const p of d.players) {
    p.streetBet = 0;
    p.acted = false;
    p.matched = 0;
  }
  emit(d, { type: 'BOARD_DEALT', street, cards, board: d.board.slice() });
}

function handValue(d: Draft, p: DraftPlayer): number {
  const hole = p.hole.map(cardCode);
  const board = d.board.map(cardCode);
  if (d.config.variant === 'PLO') return evaluateOmaha(hole, board);
  return evaluate7(hole[0]!, hole[1]!, board[0]!, board[1]!, board[2]!, board[3]!, board[4]!);
}

/**
 * Showdown order: the last player to bet or raise on the river shows first; if nobody did,
 * the first player still in clockwise from the button. Then clockwise. A player shows if the
 * hand was already tabled, or if it wins or ties against the best hand shown so far in at
 * least one pot the player can win; otherwise the hand is mucked unseen.
 */
function showdown(d: Draft): void {
  const n = d.players.length;
  const pots = currentPots(d.players);
  const values = d.players.map((p) => (p.folded ? 0 : handValue(d, p)));
  let first = d.aggressor >= 0 && !d.players[d.aggressor]!.folded ? d.aggressor : -1;
  if (first < 0) first = d.players.findIndex((p) => !p.folded);
  const bestShown = pots.map(() => 0);
  for (let k = 0; k < n; k++) {
    const i = (first + k) % n;
    const p = d.players[i]!;
    if (p.folded) continue;
    const v = values[i]!;
    const show = p.exposed || pots.some((pot, j) => pot.eligible.includes(i) && v >= bestShown[j]!);
    if (show) {
      p.exposed = true;
      pots.forEach((pot, j) => {
        if (pot.eligible.includes(i) && v > bestShown[j]!) bestShown[j] = v;
      });
      const best =
        d.config.variant === 'PLO'
          ? bestFiveOmaha(p.hole.map(cardCode), d.board.map(cardCode))
          : bestFive([...p.hole, ...d.board].map(cardCode));
      emit(d, {
        type: 'SHOWDOWN_SHOW',
        seat: p.seat,
        cards: p.hole.slice(),
        hand: { category: categoryOf(v), value: v, best: best.cards.map(cardName) },
      });
    } else {
      emit(d, { type: 'SHOWDOWN_MUCK', seat: p.seat });
    }
  }
  settle(d, true, values);
}

/** Rake, awards, final stacks, result. */
function settle(d: Draft, showdownReached: boolean, values?: number[]): void {
  d.toAct = -1;
  const pots = currentPots(d.players);
  const amounts = pots.map((p) => p.amount);
  const total = amounts.reduce((a, b) => a + b, 0);
  const rakeConfig = d.config.rake;
  let rake = 0;
  if (rakeConfig && !(rakeConfig.noFlopNoDrop && d.board.length < 3)) rake = rakeFor(total, rakeConfig.basisPoints, rakeConfig.cap);
  const perPot = spreadRake(amounts, rake);
  if (rake > 0) emit(d, { type: 'RAKE_TAKEN', amount: rake, perPot });

  const won = d.players.map(() => 0);
  const results: HandResult['pots'] = [];
  const sole = showdownReached ? -1 : d.players.findIndex((p) => !p.folded);
  pots.forEach((pot, j) => {
    const net = pot.amount - perPot[j]!;
    let winners: number[];
    if (sole >= 0) {
      winners = [sole];
    } else {
      let best = 0;
      for (const i of pot.eligible) if (values![i]! > best) best = values![i]!;
      winners = pot.eligible.filter((i) => values![i] === best);
    }
    const shares = splitPot(net, winners);
    for (const s of shares) won[s.index]! += s.amount;
    const list = shares.map((s) => ({ seat: d.players[s.index]!.seat, amount: s.amount }));
    emit(d, { type: 'POT_AWARDED', pot: j, amount: net, winners: list, uncontested: sole >= 0 });
    results.push({ amount: pot.amount, rake: perPot[j]!, eligibleSeats: pot.eligible.map((i) => d.players[i]!.seat), winners: list });
  });

  d.players.forEach((p, i) => {
    p.stack += won[i]!;
  });
  const result: HandResult = {
    players: d.players.map((p, i) => ({
      seat: p.seat,
      playerId: p.playerId,
      startingStack: p.startingStack,
      finalStack: p.stack,
      net: p.stack - p.startingStack,
      contributed: p.totalBet + p.ante,
      won: won[i]!,
    })),
    pots: results,
    rake,
    board: d.board.slice(),
    wentToShowdown: showdownReached,
    shown: d.players.filter((p) => p.exposed).map((p) => ({ seat: p.seat, cards: p.hole.slice() })),
  };
  d.result = result;
  d.status = 'COMPLETE';
  emit(d, { type: 'HAND_COMPLETED', result });
}

// ------------------------------------------------------------------ reading a state

/** All chips in the middle: bets of every street and antes. */
export function potTotal(state: HandState): number {
  return potOf(state.players);
}

/** The pots as they stand (main pot first), with the seats that can win each. */
export function pots(state: HandState): { amount: number; eligibleSeats: number[] }[] {
  return currentPots(state.players).map((p) => ({ amount: p.amount, eligibleSeats: p.eligible.map((i) => state.players[i]!.seat) }));
}

export function seatToAct(state: HandState): number | null {
  return state.toAct >= 0 ? state.players[state.toAct]!.seat : null;
}

