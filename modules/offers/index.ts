/**
 * Offers, experiments and the bandit optimizer (docs/offers.md): what other modules and the
 * composition root may use. Offers sit on the top floor; nothing below imports them. Their facts
 * reach KPIs (#20) through these outbox events.
 */
export { OFFER_CLAIMED } from './offers.claims.js';
export { EXPERIMENT_STARTED, EXPERIMENT_STOPPED } from './experiments.service.js';
export { EXPERIMENT_REWEIGHTED, EXPERIMENT_ARM_STOPPED, EXPERIMENT_WINNER_DECLARED } from './bandits.js';
export { experimentOutcomesJob } from './experiments.jobs.js';
export { banditReweightJob, reweightAllBandits } from './bandits.jobs.js';
