import type { RegistrationListener } from '../../src/registration-listeners.js';
import { defineJob } from '../../src/jobs/job.js';
import { recordRegistrationInTx, rollUpAllTenants } from './kpis.rollup.js';

export const kpiRollupJob = defineJob({
  name: 'kpi-rollup',
  description: "Folds each tenant's new ledger-feed rows into the KPI roll-ups (one page of the feed per transaction); rebuilds a tenant whose time zone changed.",
  idempotency: "The tenant's kpi_cursor moves in the transaction that writes the page's figures, and is locked (SKIP LOCKED) while it does: a rerun or a second instance counts nothing twice.",
  every: (config) => config.kpiRollupIntervalMs,
  expireInSeconds: 300,
  retryLimit: 0,
  run: async (_data, services) => {
    await rollUpAllTenants(services);
  },
});

/** The KPI row of a new player, written in the registration's transaction (registrations, cohorts). */
export const kpiRegistrationListener: RegistrationListener = async (_ctx, tx, registration) => {
  await recordRegistrationInTx(tx, registration.playerId);
};
