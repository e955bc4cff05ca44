import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { tenantTx, type Context, type TenantTx } from '../../src/context.js';
import { NotFoundError, ValidationError, type FieldIssue } from '../../src/errors.js';
import { isUuid, newId } from '../../src/ids.js';
import { isCurrency } from '../../src/money.js';
import { keysetPage, type PageArgs } from '../../src/graphql/pagination.js';
import { parseInput } from '../../src/validation.js';
import { difference } from '../../src/audit/chain.js';
import { actorLabel } from '../../src/auth/principal.js';
import type { ExperimentGoal } from './experiments.aggregates.js';
import { placementSchema } from './offers.terms.js';
import {
  ExperimentAlreadyRunningError,
  ExperimentArmOfferUnavailableError,
  ExperimentNotDraftError,
  ExperimentNotRunningError,
  ExperimentPlacementBusyError,
  type ExperimentStatus,
} from './experiments.errors.js';

/**
 * Experiments (docs/offers.md, "Experiments"): A/B/n tests and bandits on one placement. Staff define
 * them as DRAFT, change them only while DRAFT, start them (a new phase, period 0 with the starting
 * weights) and stop them (the open period closes). At most one runs per placement.
 */

export const EXPERIMENT_KINDS = ['AB', 'BANDIT'] as const;
export type ExperimentKind = (typeof EXPERIMENT_KINDS)[number];
export const EXPERIMENT_GOALS = ['CLAIM', 'CONVERSION', 'REVENUE'] as const;

export const EXPERIMENT_STARTED = 'experiment.started';
export const EXPERIMENT_STOPPED = 'experiment.stopped';

export interface ExperimentRow {
  id: string;
  tenant_id: string;
  name: string;
  description: string | null;
  placement: string;
  kind: ExperimentKind;
  goal: ExperimentGoal;
  currency: string | null;
  status: ExperimentStatus;
  phase: number;
  outcome_window_hours: number;
  min_exposures_per_arm: number;
  reweight_minutes: number;
  arm_floor: number;
  winner_threshold: number;
  hash_seed: string;
  started_at: Date | null;
  stopped_at: Date | null;
  stop_reason: string | null;
  next_reweight_at: Date | null;
  winner_arm_key: string | null;
  winner_declared_at: Date | null;
  version: number;
  created_by: string;
  created_at: Date;
  updated_at: Date;
}

export interface ArmRow {
  experiment_id: string;
  key: string;
  name: string;
  offer_id: string | null;
  is_control: boolean;
  weight: number;
  status: 'ACTIVE' | 'STOPPED';
  stopped_reason: string | null;
  stopped_at: Date | null;
  position: number;
}

export interface PeriodRow {
  experiment_id: string;
  phase: number;
  period: number;
  starts_at: Date;
  ends_at: Date | null;
  weights: Record<string, number>;
  stats: unknown;
  reason: 'START' | 'REWEIGHT' | 'GUARDRAIL' | 'WINNER';
}

// ------------------------------------------------------------------ input

const WEIGHT_TOLERANCE = 1e-9;
const ARM_KEY = /^[a-z0-9][a-z0-9_-]{0,31}$/;

const armInput = z.object({
  key: z.string().regex(ARM_KEY, 'must be 1-32 lowercase letters, digits, dashes or underscores, starting with a letter or digit'),
  name: z.string().trim().min(1).max(120),
  offerId: z.string().nullish(),
  isControl: z.boolean().nullish(),
  weight: z.number().min(0).max(1).nullish(),
});

const settings = {
  description: z.string().trim().max(2000).nullish(),
  currency: z.string().refine(isCurrency, 'must be an ISO 4217 code').nullish(),
  outcomeWindowHours: z.number().int().min(1).max(2160).nullish(),
  minExposuresPerArm: z.number().int().min(1).max(1_000_000).nullish(),
  reweightMinutes: z.number().int().min(1).max(15).nullish(),
  armFloor: z.number().min(0).max(0.2).nullish(),
  winnerThreshold: z.number().gt(0.5).lt(1).nullish(),
};

const createInput = z.object({
  name: z.string().trim().min(1).max(120),
  placement: placementSchema,
  kind: z.enum(EXPERIMENT_KINDS),
  goal: z.enum(EXPERIMENT_GOALS),
  arms: z.array(armInput).min(2).max(10),
  ...settings,
});
const updateInput = createInput.partial();

export type CreateExperimentInput = z.input<typeof createInput>;
export type UpdateExperimentInput = z.input<typeof updateInput>;
type Definition = z.output<typeof createInput>;

/** A definition made whole: every setting with its value (defaults of the table for those not given). */
interface Resolved {
  name: string;
  description: string | null;
  placement: string;
  kind: ExperimentKind;
  goal: ExperimentGoal;
  currency: string | null;
  outcomeWindowHours: number;
  minExposuresPerArm: number;
  reweightMinutes: number;
  armFloor: number;
  winnerThreshold: number;
  arms: { key: string; name: string; offerId: string | null; isControl: boolean; weight: number }[];
}

/**
 * Checks what zod cannot: one control, unique keys, weights (A/B: every arm, summing to 1; bandit:
 * none (equal) or every arm summing to 1, each at least the floor), REVENUE's currency, and that
 * every arm's offer is an unarchived offer of the tenant listing the placement.
 */
async function validated(tx: TenantTx, currencies: readonly string[], data: Definition): Promise<Resolved> {
  const issues: FieldIssue[] = [];
  const at = (...path: (string | number)[]) => ['input', ...path.map(String)];
  const floor = data.armFloor ?? 0.01;

  const controls = data.arms.filter((arm) => arm.isControl);
  if (controls.length !== 1) issues.push({ path: at('arms'), message: 'must have exactly one control arm' });
  const keys = new Set<string>();
  data.arms.forEach((arm, i) => {
    if (keys.has(arm.key)) issues.push({ path: at('arms', i, 'key'), message: 'names an arm key twice' });
    keys.add(arm.key);
  });

  const given = data.arms.filter((arm) => arm.weight != null).length;
  let weights: number[];
  if (data.kind === 'AB' || given > 0) {
    if (given !== data.arms.length) {
      issues.push({ path: at('arms'), message: data.kind === 'AB' ? 'every arm of an A/B test needs a weight' : 'give a weight for every arm or for none' });
    }
    weights = data.arms.map((arm) => arm.weight ?? 0);
    const total = weights.reduce((sum, w) => sum + w, 0);
    if (given === data.arms.length && Math.abs(total - 1) > WEIGHT_TOLERANCE) issues.push({ path: at('arms'), message: 'weights must sum to 1' });
    data.arms.forEach((arm, i) => {
      if (arm.weight == null) return;
      if (data.kind === 'AB' && arm.weight <= 0) issues.push({ path: at('arms', i, 'weight'), message: 'must be above 0' });
      if (data.kind === 'BANDIT' && arm.weight < floor) issues.push({ path: at('arms', i, 'weight'), message: 'must be at least the arm floor' });
    });
  } else {
    weights = data.arms.map(() => 1 / data.arms.length);
  }
  if (data.kind === 'BANDIT' && floor * data.arms.length > 1) issues.push({ path: at('armFloor'), message: 'times the number of arms must be at most 1' });

  if (data.goal === 'REVENUE' && !data.currency) issues.push({ path: at('currency'), message: `is required for ${data.goal}` });
  if (data.currency && !currencies.includes(data.currency)) issues.push({ path: at('currency'), message: 'is not a currency of this tenant' });

  const offerIds = data.arms.map((arm) => arm.offerId ?? null);
  const wanted = [...new Set(offerIds.filter((id): id is string => id !== null && isUuid(id)))];
  const offers = wanted.length === 0 ? [] : await tx.em.execute<{ id: string; status: string; placements: string[] }[]>(
    `select id, status, placements from offer where tenant_id = ? and id = any(?::uuid[])`,
    [tx.tenantId, `{${wanted.join(',')}}`],
  );
  offerIds.forEach((id, i) => {
    if (id === null) return;
    const offer = offers.find((o) => o.id === id);
    if (!offer) issues.push({ path: at('arms', i, 'offerId'), message: 'is not an offer of this tenant' });
    else if (offer.status === 'ARCHIVED') issues.push({ path: at('arms', i, 'offerId'), message: 'is an archived offer' });
    else if (!offer.placements.includes(data.placement)) issues.push({ path: at('arms', i, 'offerId'), message: "does not list the experiment's placement" });
  });

  if (issues.length > 0) throw new ValidationError(issues);
  return {
    name: data.name,
    description: data.description ?? null,
    placement: data.placement,
    kind: data.kind,
    goal: data.goal,
    currency: data.currency ?? null,
    outcomeWindowHours: data.outcomeWindowHours ?? 168,
    minExposuresPerArm: data.minExposuresPerArm ?? 100,
    reweightMinutes: data.reweightMinutes ?? 15,
    armFloor: floor,
    winnerThreshold: data.winnerThreshold ?? 0.95,
    arms: data.arms.map((arm, i) => ({ key: arm.key, name: arm.name, offerId: offerIds[i] ?? null, isControl: !!arm.isControl, weight: weights[i]! })),
  };
}

// ------------------------------------------------------------------ reads

async function rowById(tx: Pick<TenantTx, 'em' | 'tenantId'>, id: string, lock = false): Promise<ExperimentRow> {
  if (!isUuid(id)) throw new NotFoundError('Experiment');
  const [row] = await tx.em.execute<ExperimentRow[]>(`select * from experiment where tenant_id = ? and id = ? ${lock ? 'for update' : ''}`, [tx.tenantId, id]);
  if (!row) throw new NotFoundError('Experiment');
  return row;
}

export async function armsInTx(tx: Pick<TenantTx, 'em' | 'tenantId'>, experimentIds: readonly string[]): Promise<ArmRow[]> {
  const valid = experimentIds.filter(isUuid);
  if (valid.length === 0) return [];
  return tx.em.execute<ArmRow[]>(
    `select experiment_id, key, name, offer_id, is_control, weight, status, stopped_reason, stopped_at, position
     from experiment_arm where tenant_id = ? and experiment_id = any(?::uuid[]) order by experiment_id, position`,
    [tx.tenantId, `{${valid.join(',')}}`],
  );
}

/** The experiment in the caller's transaction (NotFoundError when the tenant has none by that id). */
export function experimentInTx(tx: Pick<TenantTx, 'em' | 'tenantId'>, id: string): Promise<ExperimentRow> {
  return rowById(tx, id);
}

export async function experimentsByIds(ctx: Context, ids: readonly string[]): Promise<ReadonlyMap<string, ExperimentRow>> {
  const valid = ids.filter(isUuid);
  if (!ctx.tenant || valid.length === 0) return new Map();
  const rows = await tenantTx(ctx, (tx) =>
    tx.em.execute<ExperimentRow[]>(`select * from experiment where tenant_id = ? and id = any(?::uuid[])`, [tx.tenantId, `{${valid.join(',')}}`]),
  );
  return new Map(rows.map((r) => [r.id, r]));
}

/** The arms of experiments, in position order, per experiment (batched). */
export async function armsByExperimentIds(ctx: Context, ids: readonly string[]): Promise<ReadonlyMap<string, ArmRow[]>> {
  if (!ctx.tenant) return new Map();
  const rows = await tenantTx(ctx, (tx) => armsInTx(tx, ids));
  const map = new Map<string, ArmRow[]>();
  for (const row of rows) map.set(row.experiment_id, [...(map.get(row.experiment_id) ?? []), row]);
  return map;
}

/** The periods of experiments' current phases, in order (batched). */
export async function currentPeriodsByExperimentIds(ctx: Context, ids: readonly string[]): Promise<ReadonlyMap<string, PeriodRow[]>> {
  const valid = ids.filter(isUuid);
  if (!ctx.tenant || valid.length === 0) return new Map();
  const rows = await tenantTx(ctx, (tx) =>
    tx.em.execute<PeriodRow[]>(
      `select p.experiment_id, p.phase, p.period, p.starts_at, p.ends_at, p.weights, p.stats, p.reason
       from experiment_period p join experiment e on e.tenant_id = p.tenant_id and e.id = p.experiment_id and e.phase = p.phase
       where p.tenant_id = ? and p.experiment_id = any(?::uuid[]) order by p.experiment_id, p.period`,
      [tx.tenantId, `{${valid.join(',')}}`],
    ),
  );
  const map = new Map<string, PeriodRow[]>();
  for (const row of rows) map.set(row.experiment_id, [...(map.get(row.experiment_id) ?? []), row]);
  return map;
}

export interface ExperimentFilter {
  status?: ExperimentStatus | null;
  placement?: string | null;
}

const LIST_FILTER = `(?::text is null or status = ?::text) and (?::text is null or placement = ?::text)`;

/** The tenant's experiments in creation (id) order, filtered by status and placement. */
export function listExperiments(ctx: Context, args: PageArgs & ExperimentFilter) {
  const filters = { status: args.status ?? null, placement: args.placement ?? null };
  const params = [filters.status, filters.status, filters.placement, filters.placement];
  return keysetPage<ExperimentRow>(args, {
    filters,
    keyOf: (e) => e.id,
    fetch: async (window) => {
      if ([window.after, window.before].some((key) => key !== undefined && !isUuid(key))) throw new ValidationError([{ path: ['after'], message: 'is not a valid cursor' }]);
      return tenantTx(ctx, (tx) =>
        tx.em.execute<ExperimentRow[]>(
          `select * from experiment
           where tenant_id = ? and (?::uuid is null or id > ?::uuid) and (?::uuid is null or id < ?::uuid) and ${LIST_FILTER}
           order by id ${window.backward ? 'desc' : 'asc'} limit ?`,
          [tx.tenantId, window.after ?? null, window.after ?? null, window.before ?? null, window.before ?? null, ...params, window.limit],
        ),
      );
    },
    count: async () => {
      const [row] = await tenantTx(ctx, (tx) => tx.em.execute<{ n: number }[]>(`select count(*)::int as n from experiment where tenant_id = ? and ${LIST_FILTER}`, [tx.tenantId, ...params]));
      return row!.n;
    },
  });
}

// ------------------------------------------------------------------ writes

function audited(e: ExperimentRow, arms: readonly Pick<ArmRow, 'key' | 'name' | 'offer_id' | 'is_control' | 'weight'>[]) {
  return {
    name: e.name,
    description: e.description,
    placement: e.placement,
    kind: e.kind,
    goal: e.goal,
    currency: e.currency,
    status: e.status,
    phase: e.phase,
    outcomeWindowHours: e.outcome_window_hours,
    minExposuresPerArm: e.min_exposures_per_arm,
    reweightMinutes: e.reweight_minutes,
    armFloor: e.arm_floor,
    winnerThreshold: e.winner_threshold,
    arms: arms.map((a) => ({ key: a.key, name: a.name, offerId: a.offer_id, isControl: a.is_control, weight: a.weight })),
  };
}

async function writeArms(tx: TenantTx, experimentId: string, arms: Resolved['arms']): Promise<void> {
  await tx.em.execute(`delete from experiment_arm where tenant_id = ? and experiment_id = ?`, [tx.tenantId, experimentId]);
  for (const [position, arm] of arms.entries()) {
    await tx.em.execute(
      `insert into experiment_arm (tenant_id, experiment_id, key, name, offer_id, is_control, weight, position) values (?, ?, ?, ?, ?, ?, ?, ?)`,
      [tx.tenantId, experimentId, arm.key, arm.name, arm.offerId, arm.isControl, arm.weight, position],
    );
  }
}

/** Staff: a new DRAFT experiment with its arms; audited. */
export async function createExperiment(ctx: Context, input: CreateExperimentInput): Promise<ExperimentRow> {
  const data = parseInput(createInput, input);
  const currencies = ctx.tenant?.currencies ?? [];
  return tenantTx(ctx, async (tx) => {
    const def = await validated(tx, currencies, data);
    const [row] = await tx.em.execute<ExperimentRow[]>(
      `insert into experiment (id, tenant_id, name, description, placement, kind, goal, currency, outcome_window_hours, min_exposures_per_arm,
                               reweight_minutes, arm_floor, winner_threshold, hash_seed, created_by)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning *`,
      [
        newId(), tx.tenantId, def.name, def.description, def.placement, def.kind, def.goal, def.currency, def.outcomeWindowHours, def.minExposuresPerArm,
        def.reweightMinutes, def.armFloor, def.winnerThreshold, randomBytes(16).toString('hex'), ctx.principal ? actorLabel(ctx.principal) : 'SYSTEM:-',
      ],
    );
    await writeArms(tx, row!.id, def.arms);
    const arms = await armsInTx(tx, [row!.id]);
    await tx.audit({ action: 'experiment.create', target: { type: 'Experiment', id: row!.id }, diff: difference(null, audited(row!, arms)) });
    return row!;
  });
}

/** Staff: changes a DRAFT experiment (arms, when given, replace all of its arms); checked as on creation; audited. A change to nothing writes nothing. */
export async function updateExperiment(ctx: Context, id: string, input: UpdateExperimentInput): Promise<ExperimentRow> {
  const data = parseInput(updateInput, input);
  const currencies = ctx.tenant?.currencies ?? [];
  return tenantTx(ctx, async (tx) => {
    const before = await rowById(tx, id, true);
    if (before.status !== 'DRAFT') throw new ExperimentNotDraftError(before.status);
    const armsBefore = await armsInTx(tx, [id]);
    const merged: Definition = {
      name: data.name ?? before.name,
      description: data.description !== undefined ? data.description : before.description,
      placement: data.placement ?? before.placement,
      kind: data.kind ?? before.kind,
      goal: data.goal ?? before.goal,
      currency: data.currency !== undefined ? data.currency : before.currency,
      outcomeWindowHours: data.outcomeWindowHours ?? before.outcome_window_hours,
      minExposuresPerArm: data.minExposuresPerArm ?? before.min_exposures_per_arm,
      reweightMinutes: data.reweightMinutes ?? before.reweight_minutes,
      armFloor: data.armFloor ?? before.arm_floor,
      winnerThreshold: data.winnerThreshold ?? before.winner_threshold,
      arms: data.arms ?? armsBefore.map((a) => ({ key: a.key, name: a.name, offerId: a.offer_id, isControl: a.is_control, weight: a.weight })),
    };
    const def = await validated(tx, currencies, merged);
    const proposed = {
      name: def.name, description: def.description, placement: def.placement, kind: def.kind, goal: def.goal, currency: def.currency,
      outcome_window_hours: def.outcomeWindowHours, min_exposures_per_arm: def.minExposuresPerArm, reweight_minutes: def.reweightMinutes,
      arm_floor: def.armFloor, winner_threshold: def.winnerThreshold,
    };
    const proposedArms = def.arms.map((a) => ({ key: a.key, name: a.name, offer_id: a.offerId, is_control: a.isControl, weight: a.weight }));
    if (Object.keys(difference(audited(before, armsBefore), audited({ ...before, ...proposed }, proposedArms))).length === 0) return before;
    const [row] = await tx.em.execute<ExperimentRow[]>(
      `update experiment set name = ?, description = ?, placement = ?, kind = ?, goal = ?, currency = ?, outcome_window_hours = ?, min_exposures_per_arm = ?,
              reweight_minutes = ?, arm_floor = ?, winner_threshold = ?, version = version + 1, updated_at = now()
       where tenant_id = ? and id = ? returning *`,
      [def.name, def.description, def.placement, def.kind, def.goal, def.currency, def.outcomeWindowHours, def.minExposuresPerArm,
        def.reweightMinutes, def.armFloor, def.winnerThreshold, tx.tenantId, id],
    );
    await writeArms(tx, id, def.arms);
    const armsAfter = await armsInTx(tx, [id]);
    await tx.audit({ action: 'experiment.update', target: { type: 'Experiment', id }, diff: difference(audited(before, armsBefore), audited(row!, armsAfter)) });
    return row!;
  });
}

async function runningOn(tx: TenantTx, placement: string, except: string): Promise<string | null> {
  const [row] = await tx.em.execute<{ id: string }[]>(
    `select id from experiment where tenant_id = ? and placement = ? and status = 'RUNNING' and id <> ?`,
    [tx.tenantId, placement, except],
  );
  return row?.id ?? null;
}

/**
 * Staff: starts a DRAFT or STOPPED experiment: phase + 1 (exposures count per phase), every arm live
 * again, period 0 of the phase with the arms' starting weights (reason START); a bandit's first
 * re-weighting is due after its cadence. Audited; an `experiment.started` event.
 */
export async function startExperiment(ctx: Context, id: string): Promise<ExperimentRow> {
  return tenantTx(ctx, async (tx) => {
    const before = await rowById(tx, id, true);
    if (before.status === 'RUNNING') throw new ExperimentAlreadyRunningError();
    const other = await runningOn(tx, before.placement, id);
    if (other) throw new ExperimentPlacementBusyError(before.placement, other);
    const arms = await armsInTx(tx, [id]);
    const offerIds = arms.map((a) => a.offer_id).filter((o): o is string => o !== null);
    const offers = offerIds.length === 0 ? [] : await tx.em.execute<{ id: string; status: string; placements: string[] }[]>(
      `select id, status, placements from offer where tenant_id = ? and id = any(?::uuid[])`,
      [tx.tenantId, `{${offerIds.join(',')}}`],
    );
    for (const arm of arms) {
      if (arm.offer_id === null) continue;
      const offer = offers.find((o) => o.id === arm.offer_id);
      if (!offer || offer.status === 'ARCHIVED' || !offer.placements.includes(before.placement)) throw new ExperimentArmOfferUnavailableError(arm.key);
    }
    const phase = before.phase + 1;
    const [row] = await tx.em
      .execute<ExperimentRow[]>(
        `update experiment set status = 'RUNNING', phase = ?, started_at = now(), stopped_at = null, stop_reason = null,
                next_reweight_at = case when kind = 'BANDIT' then now() + make_interval(mins => reweight_minutes) end,
                winner_arm_key = null, winner_declared_at = null, version = version + 1, updated_at = now()
         where tenant_id = ? and id = ? returning *`,
        [phase, tx.tenantId, id],
      )
      .catch((error: unknown) => {
        // Two starts on one placement at once: the unique index holds where the check above raced.
        throw error instanceof UniqueConstraintViolationException ? new ExperimentPlacementBusyError(before.placement, null) : error;
      });
    await tx.em.execute(
      `update experiment_arm set status = 'ACTIVE', stopped_reason = null, stopped_at = null where tenant_id = ? and experiment_id = ? and status <> 'ACTIVE'`,
      [tx.tenantId, id],
    );
    const weights = Object.fromEntries(arms.map((a) => [a.key, a.weight]));
    await tx.em.execute(
      `insert into experiment_period (tenant_id, experiment_id, phase, period, starts_at, weights, reason) values (?, ?, ?, 0, now(), ?::jsonb, 'START')`,
      [tx.tenantId, id, phase, JSON.stringify(weights)],
    );
    await tx.audit({ action: 'experiment.start', target: { type: 'Experiment', id }, diff: difference({ status: before.status, phase: before.phase }, { status: row!.status, phase, weights }) });
    await tx.emit(`experiment:${id}`, EXPERIMENT_STARTED, { experimentId: id, placement: row!.placement, phase, weights });
    return row!;
  });
}

const stopInput = z.object({ reason: z.string().trim().min(3).max(500) });

/** Staff: stops a running experiment; the open period ends now; the reason is kept. Audited; an `experiment.stopped` event. */
export async function stopExperiment(ctx: Context, id: string, input: { reason: string }): Promise<ExperimentRow> {
  const { reason } = parseInput(stopInput, input);
  return tenantTx(ctx, async (tx) => {
    const before = await rowById(tx, id, true);
    if (before.status !== 'RUNNING') throw new ExperimentNotRunningError(before.status);
    const [row] = await tx.em.execute<ExperimentRow[]>(
      `update experiment set status = 'STOPPED', stopped_at = now(), stop_reason = ?, next_reweight_at = null, version = version + 1, updated_at = now()
       where tenant_id = ? and id = ? returning *`,
      [reason, tx.tenantId, id],
    );
    await tx.em.execute(
      `update experiment_period set ends_at = now() where tenant_id = ? and experiment_id = ? and phase = ? and ends_at is null`,
      [tx.tenantId, id, before.phase],
    );
    await tx.audit({ action: 'experiment.stop', target: { type: 'Experiment', id }, diff: difference({ status: before.status, stopReason: before.stop_reason }, { status: row!.status, stopReason: reason }) });
    await tx.emit(`experiment:${id}`, EXPERIMENT_STOPPED, { experimentId: id, placement: row!.placement, phase: row!.phase, reason });
    return row!;
  });
}
