/**
 * The periodic jobs that act on every tenant, turned off for test servers (in-process ones,
 * tests/helpers/server.ts, and child processes, tests/helpers/instances.ts): test files run in
 * parallel on one database, so a job of one file's server would act under the others' feet.
 * The tests of each job call it directly or turn it on for their own server.
 */
export const TENANT_WIDE_JOBS_OFF: Record<string, string> = {
  // Email delivery off: every instance's job sends every tenant's due messages, so a test
  // that reads what was sent (passwords.test.ts) turns it on for its own server only.
  EMAIL_DELIVERY_INTERVAL_MS: '0',
  // Bonus sweeps off for the same reason: they end and grant in every tenant, under other
  // files' feet; tests/e2e/bonus-jobs.test.ts calls them directly and turns one on for itself.
  BONUS_EXPIRY_INTERVAL_MS: '0',
  BONUS_CASHBACK_INTERVAL_MS: '0',
  EXPERIMENT_OUTCOMES_INTERVAL_MS: '0',
  // The bandit job re-weights every tenant's due bandits: tests/e2e/bandits-*.test.ts call it directly.
  BANDIT_REWEIGHT_INTERVAL_MS: '0',
  // VIP accrual and expiry act on every tenant: tests/e2e/vip-*.test.ts call them directly.
  VIP_ACCRUAL_INTERVAL_MS: '0',
  VIP_EXPIRY_INTERVAL_MS: '0',
  // The VIP tier review retains, graces and downgrades in every tenant: tests/e2e/vip-status.test.ts calls it directly.
  VIP_REVIEW_INTERVAL_MS: '0',
  // VIP monthly rewards grant in every tenant: tests/e2e/vip-rewards.test.ts calls them directly.
  VIP_REWARDS_INTERVAL_MS: '0',
  // KPI roll-ups and their reconciliation act on every tenant: tests/e2e/kpis.test.ts calls them directly.
  KPI_ROLLUP_INTERVAL_MS: '0',
  KPI_RECONCILIATION_INTERVAL_MS: '0',
  // The collusion scan reads every tenant's hands: tests/e2e/risk-collusion.test.ts runs it with scanCollusion.
  COLLUSION_SCAN_INTERVAL_MS: '0',
};
