/** The bonus engine's service API: what other modules (offers, VIP, affiliates) may use. */
export * from './bonus.terms.js';
export * from './bonus.cost.js';
