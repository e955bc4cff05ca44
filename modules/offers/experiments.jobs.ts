import { defineJob } from '../../src/jobs/job.js';
import { measureAllDueOutcomes } from './experiments.outcomes.js';

export const experimentOutcomesJob = defineJob({
  name: 'experiment-outcomes',
  description: 'Measures the outcome (claim, conversion, net revenue, RG signal) of every experiment exposure whose outcome window has closed, tenant by tenant, in batches.',
  idempotency: 'An exposure is measured by a conditional update (outcome_at is null), its batch locked with skip locked: a rerun or a second instance finds it measured and skips it.',
  every: (config) => config.experimentOutcomesIntervalMs,
  expireInSeconds: 900,
  run: async (_data, services) => {
    await measureAllDueOutcomes(services);
  },
});
