import type { Services } from '../../src/context.js';
import { defineJob } from '../../src/jobs/job.js';
import { TenantSchema } from '../tenants/index.js';
import { runTenantTimers } from './poker.service.js';

/** How often the sweep looks for due tables that have no job (tables timed before the job queue existed). */
export const POKER_TIMER_SWEEP_INTERVAL_MS = 60_000;

/**
 * Every table whose turn deadline or next-hand time has passed (by the database clock), tenant
 * by tenant. Deadlines live in the database, so a restart (or another instance) picks them up.
 */
export async function runPokerTimers(services: Services): Promise<void> {
  const tenants = await services.orm.em.fork().find(TenantSchema, {}, { fields: ['id'] });
  for (const { id } of tenants) await runTenantTimers(services, id);
}

/** The safety net of the per-deadline jobs (poker-table-due). */
export const pokerTimerSweepJob = defineJob({
  name: 'poker-timers',
  description: 'Acts on every table whose deadline has passed, in every tenant: the safety net of poker-table-due.',
  idempotency: 'As poker-table-due: only tables whose deadline has passed are acted on, each locked (SKIP LOCKED); acting clears or moves the deadline.',
  every: () => POKER_TIMER_SWEEP_INTERVAL_MS,
  run: (_data, services) => runPokerTimers(services),
});
