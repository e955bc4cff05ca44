/**
 * The poker engine: pure TypeScript, no I/O. What the poker module's service (tables,
 * GraphQL, ledger) uses. See docs/poker-engine.md.
 */
export * from './cards.js';
export * from './types.js';
export { createHand, apply, legalActions, defaultAction, potTotal, pots, seatToAct, MIN_PLAYERS, MAX_PLAYERS, MAX_SEAT } from './engine.js';
export { viewFor, eventForViewer, eventsForViewer, isEventPublic, type HandView, type PlayerView } from './views.js';
export {
  evaluate5,
  evaluate6,
  evaluate7,
  evaluateCodes,
  evaluateOmaha,
  bestFive,
  bestFiveOmaha,
  categoryOf,
  HAND_CATEGORIES,
  HAND_VALUE_COUNT,
  CATEGORY,
  type HandCategory,
} from './evaluator.js';
export { buildPots, splitPot, rakeFor, spreadRake, type Pot, type Contribution } from './pots.js';
export { shuffleDeck, secureShuffledDeck, seededRandomInt, type RandomInt } from './shuffle.js';
export { exportPhh, parsePhh, replayPhh, PhhError, type PhhErrorCode, type PhhReplay, type PhhReplayOptions, type PhhExportOptions, type PhhValue } from './phh.js';
export { randomLegalAction, playRandomHand } from './simulate.js';
