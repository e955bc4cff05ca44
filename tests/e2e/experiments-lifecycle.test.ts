/**
 * Experiments through GraphQL (issue #17, docs/offers.md, "Experiments"): create with validation,
 * update while DRAFT, start (a phase and its period 0), one running per placement, stop (the open
 * period closes), restart as a new phase, the audit trail, outbox events and permissions.
 */
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreateExperimentInput } from '../../codegen/sdk.js';
import type { Context } from '../../src/context.js';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { ownerDb } from '../helpers/payments.js';
import { graphqlError } from '../helpers/errors.js';
import { templateBySql } from '../helpers/bonus-fixtures.js';
import { expectType, globalId, localId, newPlayer, newStaff, newTenant, platformAdmin, type TestTenant, tenantContext } from '../helpers/world.js';

let server: TestServer;
let tenant: TestTenant;
let admin: Sdk;
let support: Sdk;
let db: pg.Client;
let ctx: Context;
let tenantId: string;

/** An offer made in SQL (the offers API is another part's), as its global ID. */
async function offer(placements: string[], status: 'ACTIVE' | 'ARCHIVED' = 'ACTIVE'): Promise<string> {
  const template = await templateBySql(ctx, { kind: 'NO_DEPOSIT', currencies: { EUR: { amount: '1000' } }, wagering: { multiplier: 10 }, validityHours: 24 });
  const id = randomUUID();
  await db.query(`insert into offer (id, tenant_id, name, reward_template_id, placements, status, created_by) values ($1, $2, $3, $4, $5, $6, 'TEST')`, [
    id, tenantId, `o-${id}`, template, placements, status,
  ]);
  return globalId('Offer', id);
}

function placement(): string {
  return `p-${randomUUID().slice(0, 8)}`;
}

function abInput(where: string, offerId: string, extra: Partial<CreateExperimentInput> = {}): CreateExperimentInput {
  return {
    name: `exp ${randomUUID().slice(0, 6)}`,
    placement: where,
    kind: 'AB',
    goal: 'CLAIM',
    arms: [
      { key: 'control', name: 'No offer', isControl: true, weight: 0.5 },
      { key: 'treat', name: 'Offer', offerId, weight: 0.5 },
    ],
    outcomeWindowHours: 24,
    ...extra,
  };
}

async function create(input: CreateExperimentInput) {
  return expectType((await admin.CreateExperiment({ input })).createExperiment, 'CreateExperimentPayload').experiment;
}

async function auditOf(experimentGlobalId: string) {
  const { rows } = await db.query<{ action: string; diff: Record<string, { from: unknown; to: unknown }> }>(
    `select action, diff from audit_event where tenant_id = $1 and target_type = 'Experiment' and target_id = $2 order by seq`,
    [tenantId, localId(experimentGlobalId)],
  );
  return rows;
}

beforeAll(async () => {
  server = await startServer();
  const platform = (await platformAdmin(server)).sdk;
  tenant = await newTenant(server, platform);
  admin = tenant.admin.sdk;
  support = (await newStaff(server, platform, tenant.slug, ['SUPPORT'])).sdk;
  tenantId = localId(tenant.id);
  ctx = await tenantContext(server, tenant);
  db = await ownerDb();
}, 60_000);

afterAll(async () => {
  await db?.end();
  await server?.close();
});

describe('create and update', () => {
  it('creates a DRAFT A/B experiment with its arms, audited', async () => {
    const where = placement();
    const offerId = await offer([where]);
    const experiment = await create(abInput(where, offerId, { description: 'Does a banner pay?' }));
    expect(experiment).toMatchObject({
      placement: where,
      kind: 'AB',
      goal: 'CLAIM',
      status: 'DRAFT',
      phase: 0,
      outcomeWindowHours: 24,
      minExposuresPerArm: 100,
      reweightMinutes: 15,
      armFloor: 0.01,
      winnerThreshold: 0.95,
      description: 'Does a banner pay?',
      periods: [],
      startedAt: null,
    });
    expect(experiment.arms).toEqual([
      { key: 'control', name: 'No offer', offer: null, isControl: true, weight: 0.5, status: 'ACTIVE' },
      { key: 'treat', name: 'Offer', offer: { id: offerId }, isControl: false, weight: 0.5, status: 'ACTIVE' },
    ]);
    const { rows } = await db.query(`select key, offer_id from experiment_arm where tenant_id = $1 and experiment_id = $2 order by position`, [tenantId, localId(experiment.id)]);
    expect(rows).toEqual([{ key: 'control', offer_id: null }, { key: 'treat', offer_id: localId(offerId) }]);
    const audit = await auditOf(experiment.id);
    expect(audit.map((a) => a.action)).toEqual(['experiment.create']);
    expect(audit[0]!.diff.placement).toEqual({ from: null, to: where });

    const read = await support.Experiment({ id: experiment.id });
    expect(read.node).toMatchObject({ __typename: 'Experiment', id: experiment.id, name: experiment.name });
  });

  it('starts a bandit with equal weights unless every arm has one', async () => {
    const where = placement();
    const [a, b] = [await offer([where]), await offer([where, 'elsewhere'])];
    const experiment = await create({
      name: 'bandit',
      placement: where,
      kind: 'BANDIT',
      goal: 'REVENUE',
      currency: 'EUR',
      reweightMinutes: 5,
      arms: [
        { key: 'hold', name: 'Holdout', isControl: true },
        { key: 'a', name: 'A', offerId: a },
        { key: 'b', name: 'B', offerId: b },
        { key: 'c', name: 'C', offerId: b },
      ],
    });
    expect(experiment.arms.map((arm) => arm.weight)).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(experiment.currency).toBe('EUR');
  });

  it('refuses invalid definitions with every issue at its path, and writes nothing', async () => {
    const where = placement();
    const good = await offer([where]);
    const elsewhere = await offer(['other-place']);
    const archived = await offer([where], 'ARCHIVED');
    const before = Number((await db.query(`select count(*) as n from experiment where tenant_id = $1`, [tenantId])).rows[0].n);
    const cases: [CreateExperimentInput, string[][]][] = [
      [
        abInput(where, good, { arms: [{ key: 'a', name: 'A', isControl: true, weight: 0.5 }, { key: 'a', name: 'B', offerId: good, isControl: true, weight: 0.4 }] }),
        [['input', 'arms'], ['input', 'arms', '1', 'key'], ['input', 'arms']],
      ],
      [abInput(where, elsewhere), [['input', 'arms', '1', 'offerId']]],
      [abInput(where, archived), [['input', 'arms', '1', 'offerId']]],
      [abInput(where, globalId('Offer', randomUUID())), [['input', 'arms', '1', 'offerId']]],
      [abInput(where, good, { goal: 'REVENUE' }), [['input', 'currency']]],
      [abInput(where, good, { goal: 'REVENUE', currency: 'GBP' }), [['input', 'currency']]],
      [abInput(where, good, { arms: [{ key: 'control', name: 'C', isControl: true, weight: 0.5 }, { key: 'treat', name: 'T', offerId: good }] }), [['input', 'arms']]],
      [abInput(where, good, { arms: [{ key: 'control', name: 'C', isControl: true }] }), [['input', 'arms']]],
      [abInput(where, good, { arms: [{ key: 'Bad Key', name: 'C', isControl: true, weight: 0.5 }, { key: 'treat', name: 'T', offerId: good, weight: 0.5 }] }), [['input', 'arms', '0', 'key']]],
      [abInput(where, good, { reweightMinutes: 16 }), [['input', 'reweightMinutes']]],
    ];
    for (const [input, paths] of cases) {
      const result = (await admin.CreateExperiment({ input })).createExperiment;
      const error = expectType(result, 'ValidationError');
      expect(error.issues.map((i) => i.path), JSON.stringify(input)).toEqual(paths);
    }
    const weights = expectType(
      (await admin.CreateExperiment({ input: abInput(where, good, { arms: [{ key: 'control', name: 'C', isControl: true, weight: 0.5 }, { key: 'treat', name: 'T', offerId: good, weight: 0.6 }] }) })).createExperiment,
      'ValidationError',
    );
    expect(weights.issues).toEqual([{ path: ['input', 'arms'], message: 'weights must sum to 1' }]);
    const turkish = await server.sdk({ authorization: `Bearer ${tenant.admin.token}`, 'accept-language': 'tr' }).CreateExperiment({ input: abInput(where, archived) });
    expect(expectType(turkish.createExperiment, 'ValidationError').issues[0]!.message).toBe('arşivlenmiş bir teklif');
    const after = Number((await db.query(`select count(*) as n from experiment where tenant_id = $1`, [tenantId])).rows[0].n);
    expect(after).toBe(before);
  });

  it('updates only a DRAFT, rechecking the whole definition; audited with the difference', async () => {
    const where = placement();
    const offerId = await offer([where]);
    const experiment = await create(abInput(where, offerId));
    const updated = expectType(
      (await admin.UpdateExperiment({ input: { experimentId: experiment.id, name: 'renamed', arms: [
        { key: 'control', name: 'No offer', isControl: true, weight: 0.2 },
        { key: 'treat', name: 'Offer', offerId, weight: 0.8 },
      ] } })).updateExperiment,
      'UpdateExperimentPayload',
    ).experiment;
    expect(updated.name).toBe('renamed');
    expect(updated.arms.map((a) => a.weight)).toEqual([0.2, 0.8]);
    expect(updated.placement).toBe(where);

    const refused = (await admin.UpdateExperiment({ input: { experimentId: experiment.id, goal: 'REVENUE' } })).updateExperiment;
    expect(expectType(refused, 'ValidationError').issues.map((i) => i.path)).toEqual([['input', 'currency']]);

    // The same again changes nothing and records nothing.
    const same = expectType((await admin.UpdateExperiment({ input: { experimentId: experiment.id, name: 'renamed', outcomeWindowHours: 24 } })).updateExperiment, 'UpdateExperimentPayload').experiment;
    expect(same.updatedAt).toBe(updated.updatedAt);

    const audit = await auditOf(experiment.id);
    expect(audit.map((a) => a.action)).toEqual(['experiment.create', 'experiment.update']);
    expect(audit[1]!.diff.name).toEqual({ from: experiment.name, to: 'renamed' });

    expectType((await admin.StartExperiment({ input: { experimentId: experiment.id } })).startExperiment, 'StartExperimentPayload');
    const running = (await admin.UpdateExperiment({ input: { experimentId: experiment.id, name: 'too late' } })).updateExperiment;
    expect(expectType(running, 'ExperimentNotDraftError')).toMatchObject({ code: 'EXPERIMENT_NOT_DRAFT', status: 'RUNNING' });
    expectType((await admin.StopExperiment({ input: { experimentId: experiment.id, reason: 'done here' } })).stopExperiment, 'StopExperimentPayload');
  });
});

describe('start and stop', () => {
  it('starts as phase 1 with period 0, one running per placement, stops closing the period, restarts as phase 2', async () => {
    const where = placement();
    const offerId = await offer([where]);
    const experiment = await create(abInput(where, offerId));
    const other = await create(abInput(where, offerId));

    const started = expectType((await admin.StartExperiment({ input: { experimentId: experiment.id } })).startExperiment, 'StartExperimentPayload').experiment;
    expect(started).toMatchObject({ status: 'RUNNING', phase: 1, stoppedAt: null });
    expect(started.startedAt).not.toBeNull();
    expect(started.periods).toEqual([
      { phase: 1, period: 0, startsAt: expect.any(String), endsAt: null, reason: 'START', weights: [{ armKey: 'control', weight: 0.5 }, { armKey: 'treat', weight: 0.5 }] },
    ]);

    const again = (await admin.StartExperiment({ input: { experimentId: experiment.id } })).startExperiment;
    expect(expectType(again, 'ExperimentAlreadyRunningError').code).toBe('EXPERIMENT_ALREADY_RUNNING');
    const busy = expectType((await admin.StartExperiment({ input: { experimentId: other.id } })).startExperiment, 'ExperimentPlacementBusyError');
    expect(busy).toMatchObject({ code: 'EXPERIMENT_PLACEMENT_BUSY', placement: where, runningExperiment: { id: experiment.id } });

    const listed = await support.Experiments({ status: 'RUNNING', placement: where });
    expect(listed.experiments!.nodes.map((e) => e.id)).toEqual([experiment.id]);
    expect(listed.experiments!.totalCount).toBe(1);
    const drafts = await support.Experiments({ status: 'DRAFT', placement: where });
    expect(drafts.experiments!.nodes.map((e) => e.id)).toEqual([other.id]);

    const stopped = expectType((await admin.StopExperiment({ input: { experimentId: experiment.id, reason: 'enough data' } })).stopExperiment, 'StopExperimentPayload').experiment;
    expect(stopped).toMatchObject({ status: 'STOPPED', phase: 1, stopReason: 'enough data' });
    expect(stopped.periods[0]!.endsAt).not.toBeNull();
    const notRunning = expectType((await admin.StopExperiment({ input: { experimentId: experiment.id, reason: 'twice' } })).stopExperiment, 'ExperimentNotRunningError');
    expect(notRunning.status).toBe('STOPPED');

    // The placement is free now: the other one starts; then this one cannot restart until it stops.
    expectType((await admin.StartExperiment({ input: { experimentId: other.id } })).startExperiment, 'StartExperimentPayload');
    expectType((await admin.StartExperiment({ input: { experimentId: experiment.id } })).startExperiment, 'ExperimentPlacementBusyError');
    expectType((await admin.StopExperiment({ input: { experimentId: other.id, reason: 'make room' } })).stopExperiment, 'StopExperimentPayload');

    const restarted = expectType((await admin.StartExperiment({ input: { experimentId: experiment.id } })).startExperiment, 'StartExperimentPayload').experiment;
    expect(restarted).toMatchObject({ status: 'RUNNING', phase: 2, stopReason: null, stoppedAt: null });
    expect(restarted.periods.map((p) => [p.phase, p.period, p.endsAt])).toEqual([[2, 0, null]]);
    const { rows: periods } = await db.query(
      `select phase, period, ends_at is not null as closed from experiment_period where tenant_id = $1 and experiment_id = $2 order by phase, period`,
      [tenantId, localId(experiment.id)],
    );
    expect(periods).toEqual([{ phase: 1, period: 0, closed: true }, { phase: 2, period: 0, closed: false }]);

    const audit = await auditOf(experiment.id);
    expect(audit.map((a) => a.action)).toEqual(['experiment.create', 'experiment.start', 'experiment.stop', 'experiment.start']);
    expect(audit[2]!.diff.stopReason).toEqual({ from: null, to: 'enough data' });
    expect(audit[3]!.diff.phase).toEqual({ from: 1, to: 2 });

    const { rows: events } = await db.query<{ type: string; payload: { phase: number } }>(
      `select type, payload from outbox_event where tenant_id = $1 and stream = $2 order by seq`,
      [tenantId, `experiment:${localId(experiment.id)}`],
    );
    expect(events.map((e) => [e.type, e.payload.phase])).toEqual([['experiment.started', 1], ['experiment.stopped', 1], ['experiment.started', 2]]);
    expectType((await admin.StopExperiment({ input: { experimentId: experiment.id, reason: 'clean up' } })).stopExperiment, 'StopExperimentPayload');
  });

  it('two experiments started at once on one placement: one runs, the other is told the placement is busy', async () => {
    const where = placement();
    const offerId = await offer([where]);
    const experiments = [await create(abInput(where, offerId)), await create(abInput(where, offerId)), await create(abInput(where, offerId))];
    const answers = await Promise.all(experiments.map((e) => admin.StartExperiment({ input: { experimentId: e.id } })));
    const kinds = answers.map((a) => a.startExperiment.__typename).sort();
    expect(kinds).toEqual(['ExperimentPlacementBusyError', 'ExperimentPlacementBusyError', 'StartExperimentPayload']);
    const { rows } = await db.query(`select count(*)::int as n from experiment where tenant_id = $1 and placement = $2 and status = 'RUNNING'`, [tenantId, where]);
    expect(rows[0].n).toBe(1);
    const { rows: periods } = await db.query(
      `select count(*)::int as n from experiment_period p join experiment e on e.id = p.experiment_id where e.tenant_id = $1 and e.placement = $2`,
      [tenantId, where],
    );
    expect(periods[0].n).toBe(1);
    const winner = experiments[answers.findIndex((a) => a.startExperiment.__typename === 'StartExperimentPayload')]!;
    expectType((await admin.StopExperiment({ input: { experimentId: winner.id, reason: 'clean up' } })).stopExperiment, 'StopExperimentPayload');
  });

  it('a bandit is due for re-weighting after its cadence', async () => {
    const where = placement();
    const offerId = await offer([where]);
    const experiment = await create({ ...abInput(where, offerId), kind: 'BANDIT', reweightMinutes: 7 });
    expectType((await admin.StartExperiment({ input: { experimentId: experiment.id } })).startExperiment, 'StartExperimentPayload');
    const { rows } = await db.query<{ minutes: number }>(
      `select round(extract(epoch from next_reweight_at - started_at) / 60)::int as minutes from experiment where tenant_id = $1 and id = $2`,
      [tenantId, localId(experiment.id)],
    );
    expect(rows[0]!.minutes).toBe(7);
    expectType((await admin.StopExperiment({ input: { experimentId: experiment.id, reason: 'clean up' } })).stopExperiment, 'StopExperimentPayload');
  });

  it('refuses to start when an arm\'s offer was archived since', async () => {
    const where = placement();
    const offerId = await offer([where]);
    const experiment = await create(abInput(where, offerId));
    await db.query(`update offer set status = 'ARCHIVED' where id = $1`, [localId(offerId)]);
    const refused = expectType((await admin.StartExperiment({ input: { experimentId: experiment.id } })).startExperiment, 'ExperimentArmOfferUnavailableError');
    expect(refused.armKey).toBe('treat');
    expect((await admin.Experiment({ id: experiment.id })).node).toMatchObject({ status: 'DRAFT', phase: 0 });
  });
});

describe('permissions', () => {
  it('offers:read reads, offers:manage changes; players and outsiders see nothing', async () => {
    const where = placement();
    const experiment = await create(abInput(where, await offer([where])));
    expect((await graphqlError(support.CreateExperiment({ input: abInput(where, await offer([where])) }))).code).toBe('FORBIDDEN');
    expect((await graphqlError(support.StartExperiment({ input: { experimentId: experiment.id } }))).code).toBe('FORBIDDEN');
    expect((await graphqlError(support.StopExperiment({ input: { experimentId: experiment.id, reason: 'nope' } }))).code).toBe('FORBIDDEN');
    expect((await graphqlError(support.UpdateExperiment({ input: { experimentId: experiment.id, name: 'x' } }))).code).toBe('FORBIDDEN');
    const player = await newPlayer(server, tenant);
    expect(['FORBIDDEN', 'UNAUTHENTICATED']).toContain((await graphqlError(player.sdk.Experiments({}))).code);
    expect((await player.sdk.Experiment({ id: experiment.id })).node).toBeNull();
    expect(['FORBIDDEN', 'UNAUTHENTICATED']).toContain((await graphqlError(tenant.public.Experiments({}))).code);
    expect((await admin.Experiment({ id: experiment.id })).node).toMatchObject({ status: 'DRAFT' });
  });
});
