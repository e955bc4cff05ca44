import { AppError } from '../../src/errors.js';

/**
 * The typed refusals of the risk module (docs/risk.md). Each leaves nothing behind: no row, no
 * action taken, no event.
 */
export abstract class RiskError extends AppError {}

/** The case is closed: nothing more can be done on it (a detector opens a new one when it finds the subject again). */
export class RiskCaseClosedError extends RiskError {
  constructor() {
    super('RISK_CASE_CLOSED', {
      en: 'This risk case is closed; nothing more can be done on it.',
      tr: 'Bu risk vakası kapatılmış; üzerinde başka işlem yapılamaz.',
    }, 409);
  }
}

/** The action names a player who is not a subject of the case. */
export class RiskCasePlayerNotInCaseError extends RiskError {
  constructor() {
    super('RISK_CASE_PLAYER_NOT_IN_CASE', {
      en: 'The player is not a subject of this risk case.',
      tr: 'Oyuncu bu risk vakasının konusu değil.',
    }, 422);
  }
}

/** The action was decided already (`status`). */
export class RiskActionNotPendingError extends RiskError {
  constructor(readonly status: string) {
    super('RISK_ACTION_NOT_PENDING', {
      en: `This action is no longer waiting for approval (it is ${status}).`,
      tr: `Bu işlem artık onay beklemiyor (durumu: ${status}).`,
    }, 409);
  }
}

/** Maker-checker: whoever asked for a severe action may not decide it. */
export class RiskActionSameStaffError extends RiskError {
  constructor() {
    super('RISK_ACTION_SAME_STAFF', {
      en: 'A severe action must be approved or rejected by another staff member than the one who asked for it.',
      tr: 'Ağır bir işlem, onu talep eden personelden başka biri tarafından onaylanmalı veya reddedilmelidir.',
    }, 409);
  }
}

/** The case has actions waiting for a checker: decide them before closing the case. */
export class RiskCaseHasPendingActionsError extends RiskError {
  constructor(readonly pending: number) {
    super('RISK_CASE_HAS_PENDING_ACTIONS', {
      en: `This case has ${pending} action(s) waiting for approval; approve or reject them before closing it.`,
      tr: `Bu vakada onay bekleyen ${pending} işlem var; kapatmadan önce onaylayın veya reddedin.`,
    }, 409);
  }
}
