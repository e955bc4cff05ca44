/**
 * The bandit's re-weighting (issue #17, docs/offers.md, "The bandit optimizer"): a seeded simulation with planted
 * claim rates 3% / 5% / 9%, measured exposures planted with SQL between runs by the current
 * weights; the minimum of exposures; the floor; the history and the winner through the API; two
 * concurrent runs of one due period. Re-weighting is called directly with an explicit clock in
 * the future, so no job of another file's server finds these bandits due.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { systemContext, type Context } from '../../src/context.js';
import { reweightExperiment } from '../../modules/offers/bandits.js';
import { seededRng } from '../../modules/offers/stats/index.js';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { tenantUuid } from '../helpers/ledger-invariants.js';
import { expectType, globalId, newStaff, newTenant, platformAdmin, type TestTenant } from '../helpers/world.js';
import { allocate, banditState, periodsOf, plantBandit, plantExposures, plantPlayers, withRate } from '../helpers/bandit-fixtures.js';

let server: TestServer;
let owner: pg.Client;
let tenant: TestTenant;
let tenantId: string;
let ctx: Context;
let platform: Sdk;

/** A clock far from the database's: these bandits are never due for a real job run. */
const T0 = new Date('2100-01-01T00:00:00Z');
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

beforeAll(async () => {
  server = await startServer();
  platform = (await platformAdmin(server)).sdk;
  tenant = await newTenant(server, platform);
  tenantId = tenantUuid(tenant);
  const services = server.platform.services;
  ctx = systemContext(services, await services.tenants.byId(services, tenantId));
  owner = new pg.Client({ connectionString: inject('databaseUrl') });
  await owner.connect();
});
afterAll(async () => {
  await owner?.end();
  await server?.close();
});

const RATES: Record<string, number> = { low: 0.03, mid: 0.05, high: 0.09 };

describe('re-weighting', () => {
  it('waits for the minimum of measured exposures per arm (open windows do not count)', async () => {
    const bandit = await plantBandit(owner, tenantId, { arms: [{ key: 'low', control: true }, { key: 'mid' }, { key: 'high' }], minExposures: 100, dueAt: T0 });
    for (const key of bandit.arms) {
      // 99 measured and 200 whose window is still open: not enough.
      const players = await plantPlayers(owner, tenantId, 299);
      await plantExposures(owner, tenantId, bandit, key, 0, players, [
        ...withRate(99, RATES[key]!, 'claimed'),
        ...Array.from({ length: 200 }, () => ({ measured: false })),
      ]);
    }
    const first = await reweightExperiment(ctx, bandit.id, minutes(0));
    expect(first.outcome).toBe('INSUFFICIENT_DATA');
    expect(first.nextReweightAt).toEqual(minutes(15));
    expect(await periodsOf(owner, bandit.id)).toHaveLength(1);
    // Not due again before its cadence.
    expect((await reweightExperiment(ctx, bandit.id, minutes(14))).outcome).toBe('NOT_DUE');

    // One more measured exposure on two arms only: still not enough.
    for (const key of ['low', 'mid']) await plantExposures(owner, tenantId, bandit, key, 0, await plantPlayers(owner, tenantId, 1), [{ claimed: false }]);
    expect((await reweightExperiment(ctx, bandit.id, minutes(15))).outcome).toBe('INSUFFICIENT_DATA');
    // The third arm reaches 100: the weights move.
    await plantExposures(owner, tenantId, bandit, 'high', 0, await plantPlayers(owner, tenantId, 1), [{ claimed: true }]);
    const moved = await reweightExperiment(ctx, bandit.id, minutes(30));
    expect(moved.outcome).toBe('REWEIGHTED');
    expect(moved.period).toBe(1);
    const periods = await periodsOf(owner, bandit.id);
    expect(periods.map((p) => p.reason)).toEqual(['START', 'REWEIGHT']);
    expect(periods[0]!.ends_at).toEqual(minutes(30));
    expect(periods[1]!.starts_at).toEqual(minutes(30));
    expect(periods[1]!.stats).toMatchObject({ enoughData: true, draws: 10_000, arms: { high: { n: 100, exposed: 300 } } });
  });

  it('moves traffic to the best of 3% / 5% / 9% (seeded), keeps the 1% floor, declares the winner, and lists the history', async () => {
    const bandit = await plantBandit(owner, tenantId, {
      arms: [{ key: 'low', control: true }, { key: 'mid' }, { key: 'high' }],
      minExposures: 100,
      floor: 0.01,
      winnerThreshold: 0.95,
      reweightMinutes: 15,
      dueAt: T0,
      id: '0190f5a2-5eed-7000-8000-00000000b001',
    });
    const rng = seededRng('bandits-reweight simulation');
    let weights: Record<string, number> = { low: 1 / 3, mid: 1 / 3, high: 1 / 3 };
    let period = 0;
    const BATCH = 600;
    const ROUNDS = 10;
    let winnerAt: number | null = null;
    let lastReweightRound = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const counts = allocate(rng, BATCH, weights);
      for (const key of bandit.arms) {
        const n = counts[key]!;
        const players = await plantPlayers(owner, tenantId, n);
        await plantExposures(owner, tenantId, bandit, key, period, players, Array.from({ length: n }, () => ({ claimed: rng.uniform() < RATES[key]! })));
      }
      const result = await reweightExperiment(ctx, bandit.id, minutes(15 * round));
      // Once every draw ranks the arms alike the weights come out the same: nothing recorded.
      if (round < 3) expect(result.outcome).toBe('REWEIGHTED');
      expect(['REWEIGHTED', 'UNCHANGED']).toContain(result.outcome);
      expect(result.period).toBe(result.outcome === 'REWEIGHTED' ? period + 1 : period);
      if (result.outcome === 'REWEIGHTED') lastReweightRound = round;
      for (const key of bandit.arms) expect(result.weights[key]).toBeGreaterThanOrEqual(0.01 - 1e-12);
      expect(Object.values(result.weights).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
      if (result.winnerDeclared) {
        expect(winnerAt).toBeNull();
        expect(result.winnerDeclared).toBe('high');
        expect(result.pBest['high']).toBeGreaterThanOrEqual(0.95);
        winnerAt = round;
      }
      weights = result.weights;
      period = result.period;
    }
    // After 6,000 exposures the 9% arm holds at least 90% of the traffic (Thompson weights = P(best)
    // floored; this seed gives 0.979), the others at or near the 1% floor.
    expect(weights['high']).toBeGreaterThanOrEqual(0.9);
    expect(weights['low']).toBeLessThan(0.05);
    expect(weights['mid']).toBeLessThan(0.05);
    expect(winnerAt).not.toBeNull();

    const periods = await periodsOf(owner, bandit.id);
    expect(periods).toHaveLength(period + 1);
    expect(period).toBeGreaterThanOrEqual(3);
    expect(periods.filter((p) => p.reason === 'WINNER')).toHaveLength(1);
    for (const [i, p] of periods.entries()) {
      expect(p.period).toBe(i);
      expect(p.ends_at).toEqual(periods[i + 1]?.starts_at ?? null);
      for (const w of Object.values(p.weights)) expect(w).toBeGreaterThanOrEqual(0.01 - 1e-12);
    }

    // The state through the API (offers:read), the history capped by `first`.
    const finance = await newStaff(server, platform, tenant.slug, ['FINANCE']);
    const state = (await banditState(finance.sdk, bandit.id, 4))!;
    expect(state.winnerArmKey).toBe('high');
    expect(state.winnerDeclaredAt).toBe(minutes(15 * winnerAt!).toISOString());
    expect(state.enoughData).toBe(true);
    expect(state.lastReweightAt).toBe(minutes(15 * lastReweightRound).toISOString());
    expect(state.nextReweightAt).toBe(minutes(15 * ROUNDS).toISOString());
    expect(state.arms.map((a) => a.armKey)).toEqual(['low', 'mid', 'high']);
    const high = state.arms.find((a) => a.armKey === 'high')!;
    expect(high.weight).toBeCloseTo(weights['high']!, 12);
    expect(high.pBest).toBeGreaterThanOrEqual(0.95);
    expect(state.arms.reduce((sum, a) => sum + a.exposed, 0)).toBe(BATCH * ROUNDS);
    expect(state.stoppedArms).toEqual([]);
    expect(state.history.map((h) => h.period)).toEqual([period, period - 1, period - 2, period - 3]);
    expect(state.history[0]!.endsAt).toBeNull();
    expect(state.history[0]!.weights.map((w) => w.armKey)).toEqual(['low', 'mid', 'high']);
    const full = (await banditState(finance.sdk, bandit.id, 100))!;
    expect(full.history.map((h) => h.reason).at(-1)).toBe('START');
    expect(full.history).toHaveLength(period + 1);

    // Winner audited once; an outbox event per period.
    const { rows: audit } = await owner.query(`select action from audit_event where tenant_id = $1 and target_id = $2 order by seq`, [tenantId, bandit.id]);
    expect(audit.map((r) => r.action)).toEqual(['experiment.winner.declare']);
    const { rows: events } = await owner.query(`select type, count(*)::int as n from outbox_event where stream = $1 group by type order by type`, [`experiment:${bandit.id}`]);
    expect(events).toEqual([{ type: 'experiment.reweighted', n: period }, { type: 'experiment.winner_declared', n: 1 }]);
  });

  it('the same inputs give the same weights (seed = experiment, phase, period)', async () => {
    const twins = [];
    for (let i = 0; i < 2; i++) twins.push(await plantBandit(owner, tenantId, { arms: [{ key: 'a', control: true }, { key: 'b' }, { key: 'c' }], minExposures: 50, dueAt: T0 }));
    const results = [];
    for (const bandit of twins) {
      for (const [key, rate] of [['a', 0.1], ['b', 0.12], ['c', 0.13]] as const) {
        await plantExposures(owner, tenantId, bandit, key, 0, await plantPlayers(owner, tenantId, 200), withRate(200, rate, 'claimed'));
      }
      results.push(await reweightExperiment(ctx, bandit.id, minutes(0)));
    }
    // Different experiments draw with different seeds; a replay of one is exact.
    expect(results[0]!.weights).not.toEqual(results[1]!.weights);
    // 10% / 12% / 13% on 200 each: no arm is best with P ≥ 0.95, so no winner.
    for (const r of results) {
      expect(Math.max(...Object.values(r.pBest))).toBeLessThan(0.95);
      expect(r.winnerDeclared).toBeNull();
    }
    const { rows } = await owner.query(`select weights from experiment_period where experiment_id = $1 and period = 1`, [twins[0]!.id]);
    await owner.query(`delete from experiment_period where experiment_id = $1 and period = 1`, [twins[0]!.id]);
    await owner.query(`update experiment_period set ends_at = null where experiment_id = $1`, [twins[0]!.id]);
    const replay = await reweightExperiment(ctx, twins[0]!.id, minutes(15));
    expect(replay.weights).toEqual(rows[0].weights);
  });

  it('two concurrent runs of one due period add one period', async () => {
    const bandit = await plantBandit(owner, tenantId, { arms: [{ key: 'a', control: true }, { key: 'b' }, { key: 'c' }], minExposures: 50, dueAt: T0 });
    for (const [key, rate] of [['a', 0.05], ['b', 0.06], ['c', 0.08]] as const) {
      await plantExposures(owner, tenantId, bandit, key, 0, await plantPlayers(owner, tenantId, 300), withRate(300, rate, 'claimed'));
    }
    for (let attempt = 0; attempt < 3; attempt++) {
      const at = minutes(15 * attempt);
      const both = await Promise.all([reweightExperiment(ctx, bandit.id, at), reweightExperiment(ctx, bandit.id, at)]);
      expect(both.map((r) => r.outcome).sort()).toEqual(['NOT_DUE', 'REWEIGHTED']);
    }
    const periods = await periodsOf(owner, bandit.id);
    expect(periods.map((p) => p.period)).toEqual([0, 1, 2, 3]);
    expect(periods.filter((p) => p.ends_at === null)).toHaveLength(1);
  });

  it('reweightExperimentNow: offers:manage, audited; typed errors for an A/B test and an unknown experiment', async () => {
    const bandit = await plantBandit(owner, tenantId, { arms: [{ key: 'a', control: true }, { key: 'b' }, { key: 'c' }], minExposures: 10, dueAt: minutes(60) });
    for (const [key, rate] of [['a', 0.2], ['b', 0.3], ['c', 0.1]] as const) {
      await plantExposures(owner, tenantId, bandit, key, 0, await plantPlayers(owner, tenantId, 50), withRate(50, rate, 'claimed'));
    }
    const id = globalId('Experiment', bandit.id);
    const finance = await newStaff(server, platform, tenant.slug, ['FINANCE']);
    const refused = await finance.sdk.ReweightExperimentNow({ input: { experimentId: id } }).catch((e: { response: { errors: { extensions: { code: string } }[] } }) => e.response.errors[0]!.extensions.code);
    expect(refused).toBe('FORBIDDEN');

    const done = expectType((await tenant.admin.sdk.ReweightExperimentNow({ input: { experimentId: id } })).reweightExperimentNow, 'ReweightExperimentNowPayload');
    expect(done.outcome).toBe('REWEIGHTED');
    expect(done.period).toBe(1);
    expect(done.bandit.history.map((h) => h.reason)).toEqual(['REWEIGHT', 'START']);
    const { rows } = await owner.query(`select action, diff from audit_event where tenant_id = $1 and target_id = $2`, [tenantId, bandit.id]);
    expect(rows.map((r) => r.action)).toEqual(['experiment.reweight']);

    await owner.query(`update experiment set kind = 'AB' where id = $1`, [bandit.id]);
    const ab = (await tenant.admin.sdk.ReweightExperimentNow({ input: { experimentId: id } })).reweightExperimentNow;
    expect(ab.__typename).toBe('ExperimentNotRunningBanditError');
    expect((await banditState(tenant.admin.sdk, bandit.id))).toBeNull();
    const unknown = (await tenant.admin.sdk.ReweightExperimentNow({ input: { experimentId: globalId('Experiment', '0190f5a2-0000-7000-8000-000000000001') } })).reweightExperimentNow;
    expect(unknown.__typename).toBe('NotFoundError');

    // Another tenant's staff cannot see or re-weight it.
    const other = await newTenant(server, platform);
    expect((await banditState(other.admin.sdk, bandit.id))).toBeNull();
    await owner.query(`update experiment set kind = 'BANDIT' where id = $1`, [bandit.id]);
    expect((await other.admin.sdk.ReweightExperimentNow({ input: { experimentId: id } })).reweightExperimentNow.__typename).toBe('NotFoundError');
  });
});
