/** The offers statistics: pure functions, no database (docs/offers.md, "The statistics"). */
export type { ArmSummary, MetricKind } from './types.js';
export { seededRng, seedWords, type Rng } from './random.js';
export {
  banditWeights, probabilityBest, posteriorOf, DEFAULT_DRAWS, DEFAULT_FLOOR,
  type BanditConfig, type ArmPosterior, type BanditResult,
} from './bandit.js';
export { srmCheck, SRM_THRESHOLD, type SrmPeriod, type SrmResult } from './srm.js';
export { chiSquareSurvival } from './chisquare.js';
export { armInterval, compareToControl, worseThanControl, type Interval, type Comparison } from './frequentist.js';
export { inversePropensityEstimate, type LoggedDecision, type PolicyEstimate } from './ope.js';
