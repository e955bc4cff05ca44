/** The offers statistics: pure functions, no database (docs/offers-statistics.md). */
export type { ArmSummary, MetricKind } from './types.js';
export { seededRng, type Rng } from './random.js';
export { banditWeights, probabilityBest, posteriorOf, type BanditConfig, type ArmPosterior, type BanditResult } from './bandit.js';
export { srmCheck, type SrmPeriod, type SrmResult } from './srm.js';
export { armInterval, compareToControl, worseThanControl, type Interval, type Comparison } from './frequentist.js';
export { inversePropensityEstimate, type LoggedDecision, type PolicyEstimate } from './ope.js';
