/**
 * Types of the poker engine's public API. Chips are JavaScript numbers holding safe integers
 * (Number.isSafeInteger): every amount is validated on the way in and the engine only adds,
 * subtracts and floors integer divisions, so amounts stay integers. Convert to and from the
 * ledger's bigint minor units at the boundary.
 */
import type { Card } from './cards.js';
import type { HandCategory } from './evaluator.js';

export type Variant = 'NLHE' | 'PLO';
export type Street = 'preflop' | 'flop' | 'turn' | 'river';

export interface RakeConfig {
  /** Rake as a percentage in basis points (500 = 5 %), an integer 0..10000. */
  basisPoints: number;
  /** The most rake taken from one hand, in chips; null for no cap. */
  cap: number | null;
  /** No rake when the hand ends before the flop is dealt (default true). */
  noFlopNoDrop?: boolean;
}

export interface HandConfig {
  variant: Variant;
  smallBlind: number;
  bigBlind: number;
  /** A dead ante posted by every player (default 0). */
  ante?: number;
  /** A dead ante posted by the big blind only (big-blind ante; default 0). */
  bigBlindAnte?: number;
  /** The smallest bet and the smallest raise increment (default: the big blind). */
  minBet?: number;
  rake?: RakeConfig | null;
  /** Burn one card before the flop, the turn and the river (default true). */
  burnCards?: boolean;
  /** An opaque id copied into the first event and the PHH export. */
  handId?: string;
}

/** The config with defaults filled in, as kept in the state. */
export interface ResolvedConfig {
  readonly variant: Variant;
  readonly smallBlind: number;
  readonly bigBlind: number;
  readonly ante: number;
  readonly bigBlindAnte: number;
  readonly minBet: number;
  readonly rake: Readonly<Required<RakeConfig>> | null;
  readonly burnCards: boolean;
  readonly handId: string | null;
  /** Hole cards per player: 2 for NLHE, 4 for PLO. */
  readonly holeCards: number;
}

export interface SeatInput {
  /** Physical seat number 0..9; clockwise is ascending seat number, wrapping round. */
  seat: number;
  stack: number;
  playerId?: string;
}

export interface PlayerState {
  readonly seat: number;
  readonly playerId: string | null;
  readonly startingStack: number;
  /** Chips behind (not yet put in). */
  readonly stack: number;
  readonly hole: readonly Card[];
  readonly folded: boolean;
  readonly allIn: boolean;
  /** Live chips put in on the current street (blinds count here). */
  readonly streetBet: number;
  /** Live chips put in during the hand, net of uncalled chips returned (antes excluded). */
  readonly totalBet: number;
  /** Dead chips posted as antes. */
  readonly ante: number;
  /** Acted voluntarily on the current street (posting a blind is not acting). */
  readonly acted: boolean;
  /** The bet to match when this player last acted on this street. */
  readonly matched: number;
  /** Hole cards shown to everyone (all-in or at showdown). */
  readonly exposed: boolean;
}

export interface HandState {
  readonly config: ResolvedConfig;
  readonly buttonSeat: number;
  /** Players clockwise starting left of the button, so the button is last (PHH order p1..pn). */
  readonly players: readonly PlayerState[];
  /** The deck as given to createHand; cards are dealt from the front. Secret: never show it. */
  readonly deck: readonly Card[];
  readonly nextCard: number;
  readonly board: readonly Card[];
  readonly street: Street;
  readonly status: 'BETTING' | 'COMPLETE';
  /** Index into players of the one to act, or -1. */
  readonly toAct: number;
  /** The bet to match on this street. */
  readonly currentBet: number;
  /** The size of the last full bet or raise on this street (the minimum raise increment). */
  readonly lastRaise: number;
  /** Index of the last player to bet or raise on this street, or -1. */
  readonly aggressor: number;
  /** Every event so far, in order (seq 1, 2, ...). */
  readonly events: readonly HandEvent[];
  readonly result: HandResult | null;
}

// ------------------------------------------------------------------ actions

export type ActionType = 'fold' | 'check' | 'call' | 'bet' | 'raise';

/** An action of the seat to act. `amount` of bet and raise is the street total after it ("to"). */
export type Action =
  | { seat: number; type: 'fold' }
  | { seat: number; type: 'check' }
  | { seat: number; type: 'call' }
  | { seat: number; type: 'bet'; amount: number }
  | { seat: number; type: 'raise'; amount: number };

export type LegalAction =
  | { type: 'fold' }
  | { type: 'check' }
  /** amount: chips this call adds (less than owed when the caller is all-in). */
  | { type: 'call'; amount: number; allIn: boolean }
  /** min/max: street totals ("bet to"); max is all-in (NLHE) or the pot limit (PLO). */
  | { type: 'bet'; min: number; max: number }
  | { type: 'raise'; min: number; max: number };

export interface LegalActions {
  seat: number;
  actions: LegalAction[];
  /** Chips owed to call (before capping at the stack). */
  toCall: number;
  stack: number;
  streetBet: number;
  currentBet: number;
  /** All chips in the middle (pots, this street's bets, antes). */
  pot: number;
}

// ------------------------------------------------------------------ errors

export type EngineErrorCode =
  | 'INVALID_CONFIG'
  | 'INVALID_SEATS'
  | 'INVALID_BUTTON'
  | 'INVALID_DECK'
  | 'HAND_COMPLETE'
  | 'UNKNOWN_SEAT'
  | 'NOT_YOUR_TURN'
  | 'ILLEGAL_ACTION'
  | 'INVALID_AMOUNT'
  | 'AMOUNT_TOO_SMALL'
  | 'AMOUNT_TOO_LARGE';

export interface EngineError {
  readonly code: EngineErrorCode;
  readonly message: string;
  /** For amount errors: the legal range. */
  readonly min?: number;
  readonly max?: number;
}

export type StepResult = { ok: true; state: HandState; events: readonly HandEvent[] } | { ok: false; error: EngineError };

// ------------------------------------------------------------------ events

export interface HandHolding {
  category: HandCategory;
  /** 1..7462, higher is stronger; equal values tie. */
  value: number;
  /** The five cards making the hand. */
  best: Card[];
}

interface EventBase {
  /** 1, 2, ... within the hand, so a client can detect gaps. */
  seq: number;
}

export type HandEvent = EventBase &
  (
    | {
        type: 'HAND_STARTED';
        handId: string | null;
        variant: Variant;
        buttonSeat: number;
        smallBlind: number;
        bigBlind: number;
        ante: number;
        bigBlindAnte: number;
        players: { seat: number; playerId: string | null; stack: number }[];
      }
    | { type: 'BLIND_POSTED'; seat: number; blind: 'SMALL' | 'BIG'; amount: number; allIn: boolean }
    | { type: 'ANTE_POSTED'; seat: number; amount: number; allIn: boolean }
    /** Private to `seat`: use eventForViewer to hide the cards from everyone else. */
    | { type: 'HOLE_CARDS_DEALT'; seat: number; cards: Card[] | null }
    | { type: 'TO_ACT'; seat: number; street: Street }
    /** amount: chips added; to: the seat's street total after it. */
    | { type: 'ACTION'; seat: number; action: ActionType; amount: number; to: number; allIn: boolean; street: Street }
    | { type: 'UNCALLED_BET_RETURNED'; seat: number; amount: number }
    | { type: 'POTS'; street: Street; pots: { amount: number; eligibleSeats: number[] }[] }
    | { type: 'BOARD_DEALT'; street: Exclude<Street, 'preflop'>; cards: Card[]; board: Card[] }
    /** Hands tabled because a player is all-in and no more betting can happen. */
    | { type: 'CARDS_EXPOSED'; seat: number; cards: Card[] }
    /** In showdown order; a shown hand with its value. */
    | { type: 'SHOWDOWN_SHOW'; seat: number; cards: Card[]; hand: HandHolding }
    /** In showdown order; the cards are not revealed. */
    | { type: 'SHOWDOWN_MUCK'; seat: number }
    | { type: 'RAKE_TAKEN'; amount: number; perPot: number[] }
    | { type: 'POT_AWARDED'; pot: number; amount: number; winners: { seat: number; amount: number }[]; uncontested: boolean }
    | { type: 'HAND_COMPLETED'; result: HandResult }
  );

export type HandEventType = HandEvent['type'];

// ------------------------------------------------------------------ result

export interface PotResult {
  /** Chips in the pot before rake (antes are dead money in pot 0, the main pot). */
  amount: number;
  rake: number;
  eligibleSeats: number[];
  winners: { seat: number; amount: number }[];
}

export interface HandResult {
  players: {
    seat: number;
    playerId: string | null;
    startingStack: number;
    finalStack: number;
    /** finalStack - startingStack */
    net: number;
    /** Chips put in (antes + live bets net of returns). */
    contributed: number;
    /** Chips collected from pots (after rake). */
    won: number;
  }[];
  pots: PotResult[];
  rake: number;
  board: Card[];
  wentToShowdown: boolean;
  /** Seats whose hole cards everyone saw, with the cards. */
  shown: { seat: number; cards: Card[] }[];
}
