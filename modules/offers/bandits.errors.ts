import { AppError } from '../../src/errors.js';

/** The bandit optimizer's typed failures, each with a stable code (docs/offers.md, "The bandit optimizer"). */
export abstract class BanditError extends AppError {}

/** Re-weighting asked of an experiment that is not a RUNNING bandit (an A/B test, a draft, a stopped one). */
export class ExperimentNotRunningBanditError extends BanditError {
  constructor() {
    super(
      'EXPERIMENT_NOT_RUNNING_BANDIT',
      {
        en: 'Only a running bandit experiment can be re-weighted.',
        tr: 'Yalnızca çalışan bir bandit deneyinin ağırlıkları yeniden hesaplanabilir.',
      },
      409,
    );
  }
}
