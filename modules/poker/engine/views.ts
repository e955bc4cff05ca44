/**
 * What one viewer may see. The state itself holds every hole card and the deck; a server sends
 * clients only these views: a seated player sees their own hole cards and the hands that were
 * tabled (all-in, or shown at showdown), never a mucked hand or the deck.
 */
import type { Card } from './cards.js';
import { legalActions, pots, potTotal } from './engine.js';
import type { HandEvent, HandResult, HandState, LegalActions, ResolvedConfig, Street } from './types.js';

export interface PlayerView {
  seat: number;
  playerId: string | null;
  stack: number;
  streetBet: number;
  totalBet: number;
  ante: number;
  folded: boolean;
  allIn: boolean;
  /** Own cards, or tabled cards; null when hidden. */
  hole: Card[] | null;
  holeCount: number;
}

export interface HandView {
  config: ResolvedConfig;
  buttonSeat: number;
  street: Street;
  status: HandState['status'];
  board: Card[];
  seatToAct: number | null;
  currentBet: number;
  minRaiseIncrement: number;
  pot: number;
  pots: { amount: number; eligibleSeats: number[] }[];
  players: PlayerView[];
  /** The viewer's options when it is the viewer's turn. */
  legal: LegalActions | null;
  result: HandResult | null;
  /** seq of the last event included in this view. */
  seq: number;
}

/** The state as `viewerSeat` may see it (null: a spectator, who sees only tabled cards). */
export function viewFor(state: HandState, viewerSeat: number | null): HandView {
  const toAct = state.toAct >= 0 ? state.players[state.toAct]! : null;
  return {
    config: state.config,
    buttonSeat: state.buttonSeat,
    street: state.street,
    status: state.status,
    board: state.board.slice(),
    seatToAct: toAct ? toAct.seat : null,
    currentBet: state.currentBet,
    minRaiseIncrement: state.lastRaise,
    pot: potTotal(state),
    pots: pots(state),
    players: state.players.map((p) => ({
      seat: p.seat,
      playerId: p.playerId,
      stack: p.stack,
      streetBet: p.streetBet,
      totalBet: p.totalBet,
      ante: p.ante,
      folded: p.folded,
      allIn: p.allIn,
      hole: p.seat === viewerSeat || p.exposed ? p.hole.slice() : null,
      holeCount: p.hole.length,
    })),
    legal: toAct && toAct.seat === viewerSeat ? legalActions(state) : null,
    result: state.result,
    seq: state.events.length,
  };
}

/** True when the event carries nothing secret from `viewerSeat`. */
export function isEventPublic(event: HandEvent): boolean {
  return event.type !== 'HOLE_CARDS_DEALT';
}

/** The event as `viewerSeat` may see it: other players' hole cards become null. */
export function eventForViewer(event: HandEvent, viewerSeat: number | null): HandEvent {
  if (event.type === 'HOLE_CARDS_DEALT' && event.seat !== viewerSeat) return { ...event, cards: null };
  return event;
}

export function eventsForViewer(events: readonly HandEvent[], viewerSeat: number | null): HandEvent[] {
  return events.map((e) => eventForViewer(e, viewerSeat));
}
