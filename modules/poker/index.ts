/** Poker tables: what other modules (and the composition root) may use. The engine is in ./engine. */
export { pokerTimerSweepJob, runPokerTimers, POKER_TIMER_SWEEP_INTERVAL_MS } from './poker.jobs.js';
export { pokerTableDueJob } from './poker.service.js';
export {
  registerPokerProvider,
  unregisterPokerProvider,
  type PokerProvider,
  type PokerTableInfo,
  type PokerSeatInfo,
  type PokerSnapshot,
  type PokerHandInfo,
  type PokerTableEventView,
  type PokerActionInput,
} from './poker.gateway.js';
export { TABLE_EVENT } from './poker.service.js';
export { rakeSharesOf } from './poker.rake-shares.js';
export { PokerLinkedAccountSeatedError } from './poker.errors.js';
export { finishedHandsAfterInTx, handHistoriesInTx, type FinishedHand } from './poker.history.js';
export { PokerHandRef, PokerTableRef, loadPokerHand, loadPokerTable } from './poker.schema.js';
