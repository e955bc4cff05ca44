/**
 * Bandit experiments and measured exposures planted with SQL (the owner connection), for the
 * bandit tests: the experiment's lifecycle and outcome measuring belong to other files; these
 * tests start from a RUNNING bandit whose exposures' outcomes are known.
 */
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { newId } from '../../src/ids.js';
import type { Rng } from '../../modules/offers/stats/index.js';
import type { Sdk } from './server.js';
import { globalId } from './world.js';

export interface PlantedArm {
  key: string;
  control?: boolean;
}

export interface PlantedBandit {
  id: string;
  phase: number;
  arms: string[];
}

/** A RUNNING bandit in phase 1 with period 0 (START) at equal weights, due at `dueAt`. */
export async function plantBandit(
  owner: pg.Client,
  tenantId: string,
  options: {
    arms: PlantedArm[];
    goal?: 'CLAIM' | 'CONVERSION' | 'REVENUE';
    currency?: string | null;
    minExposures?: number;
    floor?: number;
    winnerThreshold?: number;
    reweightMinutes?: number;
    dueAt: Date;
    startedAt?: Date;
    /** A fixed id makes the bandit's draws reproducible (they are seeded by experiment, phase and period). */
    id?: string;
  },
): Promise<PlantedBandit> {
  const id = options.id ?? newId();
  const startedAt = options.startedAt ?? new Date(options.dueAt.getTime() - 15 * 60_000);
  await owner.query(
    `insert into experiment (id, tenant_id, name, placement, kind, goal, currency, status, phase, min_exposures_per_arm, reweight_minutes,
       arm_floor, winner_threshold, hash_seed, started_at, next_reweight_at, created_by)
     values ($1, $2, $3, $4, 'BANDIT', $5, $6, 'RUNNING', 1, $7, $8, $9, $10, $11, $12, $13, 'STAFF:test')`,
    [
      id, tenantId, `bandit ${id.slice(-8)}`, `placement-${randomUUID().slice(0, 8)}`, options.goal ?? 'CLAIM', options.currency ?? null,
      options.minExposures ?? 100, options.reweightMinutes ?? 15, options.floor ?? 0.01, options.winnerThreshold ?? 0.95, randomUUID(),
      startedAt, options.dueAt,
    ],
  );
  const weight = 1 / options.arms.length;
  for (const [position, arm] of options.arms.entries()) {
    await owner.query(
      `insert into experiment_arm (tenant_id, experiment_id, key, name, is_control, weight, position) values ($1, $2, $3, $3, $4, $5, $6)`,
      [tenantId, id, arm.key, arm.control ?? false, weight, position],
    );
  }
  await owner.query(
    `insert into experiment_period (tenant_id, experiment_id, phase, period, starts_at, weights, reason) values ($1, $2, 1, 0, $3, $4, 'START')`,
    [tenantId, id, startedAt, JSON.stringify(Object.fromEntries(options.arms.map((a) => [a.key, weight])))],
  );
  return { id, phase: 1, arms: options.arms.map((a) => a.key) };
}

/** `count` new players of the tenant (an exposure needs its own player per experiment and phase). */
export async function plantPlayers(owner: pg.Client, tenantId: string, count: number): Promise<string[]> {
  const { rows } = await owner.query<{ id: string }>(
    `insert into player (id, tenant_id, email, display_name, password_hash, locale)
     select gen_random_uuid(), $1, 'sim-' || gen_random_uuid() || '@bandit.test', 'Sim', '-', 'en' from generate_series(1, $2)
     returning id`,
    [tenantId, count],
  );
  return rows.map((r) => r.id);
}

/** One exposure's outcome; `measured: false` leaves the window open (not counted). */
export interface PlantedOutcome {
  claimed?: boolean;
  converted?: boolean;
  revenue?: bigint | number;
  rgSignal?: boolean;
  measured?: boolean;
}

/** Inserts exposures of one arm in `period`, one per player, with the given outcomes (one statement). */
export async function plantExposures(
  owner: pg.Client,
  tenantId: string,
  bandit: PlantedBandit,
  armKey: string,
  period: number,
  players: readonly string[],
  outcomes: readonly PlantedOutcome[],
): Promise<void> {
  if (players.length === 0) return;
  if (players.length !== outcomes.length) throw new Error('one outcome per player');
  await owner.query(
    `insert into experiment_exposure (tenant_id, experiment_id, phase, player_id, arm_key, period, probability, exposed_at, outcome_due_at,
       claimed, converted, revenue, rg_signal, outcome_at)
     select $1, $2, $3, p.player_id, $4, $5, 0.5, now() - interval '8 days', now() - interval '1 day',
            case when p.measured then p.claimed end, case when p.measured then p.converted end,
            case when p.measured then p.revenue end, case when p.measured then p.rg_signal end,
            case when p.measured then now() - interval '1 hour' end
     from unnest($6::uuid[], $7::boolean[], $8::boolean[], $9::bigint[], $10::boolean[], $11::boolean[])
       as p (player_id, claimed, converted, revenue, rg_signal, measured)`,
    [
      tenantId, bandit.id, bandit.phase, armKey, period,
      players,
      outcomes.map((o) => o.claimed ?? false),
      outcomes.map((o) => o.converted ?? false),
      outcomes.map((o) => String(o.revenue ?? 0)),
      outcomes.map((o) => o.rgSignal ?? false),
      outcomes.map((o) => o.measured ?? true),
    ],
  );
}

/** `n` outcomes where exactly round(n × rate) of them have `flag` set (deterministic counts). */
export function withRate(n: number, rate: number, flag: 'claimed' | 'rgSignal' | 'converted', rest: PlantedOutcome = {}): PlantedOutcome[] {
  const hits = Math.round(n * rate);
  return Array.from({ length: n }, (_, i) => ({ ...rest, [flag]: i < hits }));
}

/** `n` seeded normal revenues (minor units, rounded) with this mean and standard deviation. */
export function revenues(rng: Rng, n: number, mean: number, sd: number): PlantedOutcome[] {
  return Array.from({ length: n }, () => ({ revenue: Math.round(rng.normal(mean, sd)) }));
}

/** Splits `n` new exposures over the arms by the weights (a seeded multinomial draw). */
export function allocate(rng: Rng, n: number, weights: Record<string, number>): Record<string, number> {
  const keys = Object.keys(weights);
  const counts = Object.fromEntries(keys.map((k) => [k, 0]));
  for (let i = 0; i < n; i++) {
    let u = rng.uniform();
    let chosen = keys[keys.length - 1]!;
    for (const key of keys) {
      u -= weights[key]!;
      if (u < 0) {
        chosen = key;
        break;
      }
    }
    counts[chosen]!++;
  }
  return counts;
}

export async function periodsOf(owner: pg.Client, experimentId: string): Promise<{ period: number; reason: string; weights: Record<string, number>; stats: Record<string, unknown> | null; starts_at: Date; ends_at: Date | null }[]> {
  const { rows } = await owner.query(
    `select period, reason, weights, stats, starts_at, ends_at from experiment_period where experiment_id = $1 order by phase, period`,
    [experimentId],
  );
  return rows;
}

/** `Experiment.bandit` through the API (null: not visible to the caller, or an A/B test). */
export async function banditState(sdk: Sdk, experimentId: string, historyFirst = 20) {
  const { node } = await sdk.ExperimentBandit({ id: globalId('Experiment', experimentId), historyFirst });
  return node?.__typename === 'Experiment' ? node.bandit : null;
}
