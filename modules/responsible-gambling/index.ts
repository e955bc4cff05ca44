/**
 * Responsible gambling: what other modules may use. Enforcement points:
 * - launchGame: startPlaySession (refuses and starts/continues the play session) or assertCanPlay (check only);
 * - a poker sit: startPlaySessionInTx, in the sit's own transaction (a refused sit starts no session);
 * - deposits: recordDeposit / recordDepositInTx (check and count under the player's lock), assertCanDeposit (check only);
 * - the bet callback: SQL rg_bet_refusal(tenant, player, currency, amount) then rg_record_plays(...) in the bet's transaction.
 */
export {
  assertCanPlay,
  startPlaySession,
  startPlaySessionInTx,
  assertCanDeposit,
  recordDeposit,
  recordDepositInTx,
  isMarketingAllowed,
  lockPlayerForBonusInTx,
  playRefusalsOf,
  RG_NOTICE,
  type RgNoticePayload,
  type NoticeKind,
} from './responsible-gambling.service.js';
export {
  ResponsibleGamblingError,
  SelfExcludedError,
  TimeOutActiveError,
  SessionLimitReachedError,
  DepositLimitReachedError,
  LossLimitReachedError,
  refusalError,
  PLAY_REFUSALS,
  DEPOSIT_REFUSALS,
} from './responsible-gambling.errors.js';
export { realityCheckJob, sendDueRealityChecks } from './responsible-gambling.jobs.js';
/** Marketing suppression (offers), RG signals in a window (experiments' guardrails), self-exclusions taken by a time (affiliates' CPA exclusions). */
export { marketingRefusalsOf, playersWithRgSignal, selfExcludedBefore, type MarketingRefusal, type SignalWindow } from './responsible-gambling.signals.js';
/** RG signals (self-exclusion, time-out, staff flag) and the staff flag (issue #17). */
export { recordRgSignalInTx, playerFlag, RG_SIGNAL_KINDS, type RgSignalKind, type RgFlag } from './responsible-gambling.flags.js';
