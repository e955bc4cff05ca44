import { AppError } from '../../src/errors.js';

/** The experiments' typed failures, each with a stable code. */
export abstract class ExperimentError extends AppError {}

export const EXPERIMENT_STATUSES = ['DRAFT', 'RUNNING', 'STOPPED'] as const;
export type ExperimentStatus = (typeof EXPERIMENT_STATUSES)[number];

/** Only a DRAFT experiment's definition may change (a started one has exposures that depend on it). */
export class ExperimentNotDraftError extends ExperimentError {
  constructor(readonly status: ExperimentStatus) {
    super('EXPERIMENT_NOT_DRAFT', {
      en: `Only a draft experiment can be changed; this one is ${status}.`,
      tr: `Yalnızca taslak bir deney değiştirilebilir; bu deneyin durumu: ${status}.`,
    }, 409);
  }
}

/** Start of an experiment that is already running. */
export class ExperimentAlreadyRunningError extends ExperimentError {
  constructor() {
    super('EXPERIMENT_ALREADY_RUNNING', { en: 'This experiment is already running.', tr: 'Bu deney zaten çalışıyor.' }, 409);
  }
}

/** Stop of an experiment that is not running. */
export class ExperimentNotRunningError extends ExperimentError {
  constructor(readonly status: ExperimentStatus) {
    super('EXPERIMENT_NOT_RUNNING', {
      en: `This experiment is not running (it is ${status}).`,
      tr: `Bu deney çalışmıyor (durumu: ${status}).`,
    }, 409);
  }
}

/** Another experiment already runs on the placement: at most one runs per placement. */
export class ExperimentPlacementBusyError extends ExperimentError {
  constructor(readonly placement: string, readonly runningExperimentId: string | null) {
    super('EXPERIMENT_PLACEMENT_BUSY', {
      en: `Another experiment is already running on the placement "${placement}"; stop it first.`,
      tr: `"${placement}" yerleşiminde zaten başka bir deney çalışıyor; önce onu durdurun.`,
    }, 409);
  }
}

/** An arm's offer was archived (or no longer lists the placement) since the experiment was defined. */
export class ExperimentArmOfferUnavailableError extends ExperimentError {
  constructor(readonly armKey: string) {
    super('EXPERIMENT_ARM_OFFER_UNAVAILABLE', {
      en: `The offer of arm "${armKey}" is archived or no longer shown on the experiment's placement.`,
      tr: `"${armKey}" kolunun teklifi arşivlenmiş ya da artık deneyin yerleşiminde gösterilmiyor.`,
    }, 409);
  }
}
