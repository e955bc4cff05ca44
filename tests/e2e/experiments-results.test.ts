/**
 * Experiment results, the sample-ratio-mismatch check and off-policy evaluation on exposures
 * planted in SQL (issue #17; docs/offers.md, "Experiments" "Results", "SRM", "Off-policy evaluation").
 */
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExperimentResultsQuery, ExperimentSrmFieldsFragment } from '../../codegen/sdk.js';
import { srmCheck } from '../../modules/offers/stats/index.js';
import { measureDueOutcomes } from '../../modules/offers/experiments.outcomes.js';
import { systemContext } from '../../src/context.js';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { ownerDb } from '../helpers/payments.js';
import { graphqlError } from '../helpers/errors.js';
import { expectType, localId, newTenant, platformAdmin, type TestTenant } from '../helpers/world.js';

const PLAYERS = 20_000;
const Z = 1.959963984540054;

let server: TestServer;
let tenant: TestTenant;
let admin: Sdk;
let db: pg.Client;
let tenantId: string;

/** A slice of planted exposures: `n` players on `arm` in `period`, the first `successes` of them claimed (and converted). */
interface Segment {
  arm: string;
  n: number;
  period?: number;
  probability?: number;
  successes?: number;
  /** Outcome window closed and measured (default true). */
  measured?: boolean;
  /** Revenue (minor units) of the first `successes` players, and of the others (default 0, 0). */
  revenue?: [number, number];
}

async function plant(experimentId: string, segments: Segment[], phase = 1): Promise<void> {
  let offset = 0;
  for (const s of segments) {
    await db.query(
      `insert into experiment_exposure (tenant_id, experiment_id, phase, player_id, arm_key, period, probability, exposed_at, outcome_due_at,
                                        claimed, converted, revenue, rg_signal, outcome_at)
       select $1, $2, $3, p.id, $4, $5, $6, now() - interval '10 days', now() - interval '3 days',
              case when $9 then p.rn - $7 <= $8 end, case when $9 then p.rn - $7 <= $8 end,
              case when $9 then (case when p.rn - $7 <= $8 then $11::bigint else $12::bigint end) end, case when $9 then false end,
              case when $9 then now() - interval '2 days' end
       from (select id, row_number() over (order by id) as rn from player where tenant_id = $1 and email like 'bulk-%') p
       where p.rn > $7 and p.rn <= $7 + $10`,
      [tenantId, experimentId, phase, s.arm, s.period ?? 0, s.probability ?? 0.5, offset, s.successes ?? 0, s.measured ?? true, s.n, s.revenue?.[0] ?? 0, s.revenue?.[1] ?? 0],
    );
    offset += s.n;
  }
  if (offset > PLAYERS) throw new Error('not enough players');
}

/** A started A/B CLAIM experiment with a no-offer control and a no-offer holdout arm (no offers needed), its local id and global id. */
async function experiment(weights: [number, number] = [0.5, 0.5], goal: 'CLAIM' | 'REVENUE' = 'CLAIM'): Promise<{ id: string; gid: string }> {
  const created = await admin.CreateExperiment({
    input: {
      name: `planted ${randomUUID().slice(0, 6)}`,
      placement: `p-${randomUUID().slice(0, 8)}`,
      kind: 'AB',
      goal,
      ...(goal === 'REVENUE' ? { currency: 'EUR' } : {}),
      arms: [
        { key: 'control', name: 'Control', isControl: true, weight: weights[0] },
        { key: 'treat', name: 'Treatment', weight: weights[1] },
      ],
    },
  });
  const gid = expectType(created.createExperiment, 'CreateExperimentPayload').experiment.id;
  expectType((await admin.StartExperiment({ input: { experimentId: gid } })).startExperiment, 'StartExperimentPayload');
  return { id: localId(gid), gid };
}

async function srmOf(gid: string): Promise<ExperimentSrmFieldsFragment> {
  const { node } = await admin.ExperimentSrm({ id: gid });
  if (node?.__typename !== 'Experiment') throw new Error('no experiment');
  return node.srm;
}

async function resultsOf(gid: string): Promise<Extract<NonNullable<ExperimentResultsQuery['node']>, { __typename: 'Experiment' }>['results']> {
  const { node } = await admin.ExperimentResults({ id: gid });
  if (node?.__typename !== 'Experiment') throw new Error('no experiment');
  return node.results;
}

beforeAll(async () => {
  server = await startServer();
  const platform = (await platformAdmin(server)).sdk;
  tenant = await newTenant(server, platform);
  admin = tenant.admin.sdk;
  tenantId = localId(tenant.id);
  db = await ownerDb();
  await db.query(
    `insert into player (id, tenant_id, email, display_name, password_hash, locale)
     select gen_random_uuid(), $1, 'bulk-' || g || '@planted.test', 'Planted', 'x', 'en' from generate_series(1, $2) g`,
    [tenantId, PLAYERS],
  );
}, 120_000);

afterAll(async () => {
  await db?.end();
  await server?.close();
});

describe('sample ratio mismatch', () => {
  it('flags a 52/48 split on 50/50 at 20,000 exposures', async () => {
    const { id, gid } = await experiment();
    await plant(id, [{ arm: 'control', n: 10_400 }, { arm: 'treat', n: 9_600 }]);
    const srm = await srmOf(gid);
    // χ² = 2 × 400² / 10,000 = 32 on 1 degree of freedom: p ≈ 1.6e-8.
    expect(srm).toMatchObject({ checked: true, degreesOfFreedom: 1, mismatch: true, threshold: 0.001 });
    expect(srm.chiSquare).toBeCloseTo(32, 9);
    expect(srm.pValue!).toBeLessThan(1e-7);
    expect(srm.arms).toEqual(expect.arrayContaining([{ armKey: 'control', observed: 10_400, expected: 10_000 }, { armKey: 'treat', observed: 9_600, expected: 10_000 }]));
    expect(srm.periods).toEqual([
      { period: 0, startsAt: expect.any(String), weights: [{ armKey: 'control', weight: 0.5 }, { armKey: 'treat', weight: 0.5 }], exposures: [{ armKey: 'control', weight: 10_400 }, { armKey: 'treat', weight: 9_600 }] },
    ]);
  });

  it('does not flag a fair split', async () => {
    const { id, gid } = await experiment();
    await plant(id, [{ arm: 'control', n: 10_050 }, { arm: 'treat', n: 9_950 }]);
    const srm = await srmOf(gid);
    // χ² = 2 × 50² / 10,000 = 0.5: p ≈ 0.4795.
    expect(srm.mismatch).toBe(false);
    expect(srm.chiSquare).toBeCloseTo(0.5, 9);
    expect(srm.pValue!).toBeCloseTo(0.4795, 3);
  });

  it('judges each period by its own weights', async () => {
    const follows = await experiment();
    const breaks = await experiment();
    for (const e of [follows, breaks]) {
      await db.query(`update experiment_period set ends_at = now() where tenant_id = $1 and experiment_id = $2`, [tenantId, e.id]);
      await db.query(
        `insert into experiment_period (tenant_id, experiment_id, phase, period, starts_at, weights, reason) values ($1, $2, 1, 1, now(), '{"control": 0.2, "treat": 0.8}', 'REWEIGHT')`,
        [tenantId, e.id],
      );
    }
    // Period 0 at 50/50, period 1 at 20/80, counts following the weights: pooled 4,500 / 10,500 of 15,000.
    await plant(follows.id, [{ arm: 'control', n: 2_500 }, { arm: 'treat', n: 2_500 }, { arm: 'control', n: 2_000, period: 1, probability: 0.2 }, { arm: 'treat', n: 8_000, period: 1, probability: 0.8 }]);
    const fine = await srmOf(follows.gid);
    expect(fine).toMatchObject({ checked: true, mismatch: false });
    expect(fine.chiSquare).toBeCloseTo(0, 9);
    expect(fine.periods.map((p) => p.period)).toEqual([0, 1]);
    // The naive check, pooled against the first weights, would cry wolf.
    expect(srmCheck([{ weights: { control: 0.5, treat: 0.5 }, counts: { control: 4_500, treat: 10_500 } }]).mismatch).toBe(true);

    // Period 1 off by 400 (2,400 / 7,600 on 20/80): χ² = 400²/2,000 + 400²/8,000 = 100.
    await plant(breaks.id, [{ arm: 'control', n: 2_500 }, { arm: 'treat', n: 2_500 }, { arm: 'control', n: 2_400, period: 1, probability: 0.2 }, { arm: 'treat', n: 7_600, period: 1, probability: 0.8 }]);
    const broken = await srmOf(breaks.gid);
    expect(broken.mismatch).toBe(true);
    expect(broken.chiSquare).toBeCloseTo(400 ** 2 / 4_500 + 400 ** 2 / 10_500, 6);
  });

  it('is not checked while nothing is exposed', async () => {
    const { gid } = await experiment();
    expect(await srmOf(gid)).toMatchObject({ checked: false, chiSquare: null, pValue: null, mismatch: false, arms: [] });
  });
});

describe('results', () => {
  it('per arm: rates, Wilson interval, comparison to control, P(best); unmeasured exposures not counted', async () => {
    const { id, gid } = await experiment();
    await plant(id, [
      { arm: 'control', n: 2_000, successes: 200 },
      { arm: 'treat', n: 2_000, successes: 300 },
      { arm: 'treat', n: 100, measured: false },
      { arm: 'control', n: 100, measured: false },
    ]);
    const results = await resultsOf(gid);
    expect(results).toMatchObject({ phase: 1, goal: 'CLAIM', metricKind: 'BINARY' });
    const [control, treat] = results.arms;
    expect(control).toMatchObject({ arm: { key: 'control', isControl: true }, exposed: 2_100, measured: 2_000, claims: 200, conversions: 200, claimRate: 0.1, vsControl: null, revenue: null, revenuePerPlayer: null });
    expect(treat).toMatchObject({ arm: { key: 'treat', isControl: false }, exposed: 2_100, measured: 2_000, claims: 300, claimRate: 0.15 });

    // Wilson score interval at 95%, by hand.
    const wilson = (p: number, n: number) => {
      const denominator = 1 + Z ** 2 / n;
      const centre = (p + Z ** 2 / (2 * n)) / denominator;
      const half = (Z * Math.sqrt((p * (1 - p)) / n + Z ** 2 / (4 * n ** 2))) / denominator;
      return [centre - half, centre + half];
    };
    const [lower, upper] = wilson(0.15, 2_000);
    expect(treat!.metric!.estimate).toBeCloseTo(0.15, 12);
    expect(treat!.metric!.lower).toBeCloseTo(lower!, 6);
    expect(treat!.metric!.upper).toBeCloseTo(upper!, 6);

    // Two-proportion difference: 0.05 with SE √(0.1·0.9/2000 + 0.15·0.85/2000) ≈ 0.01043; z ≈ 4.79.
    const se = Math.sqrt((0.1 * 0.9) / 2_000 + (0.15 * 0.85) / 2_000);
    expect(treat!.vsControl!.difference.estimate).toBeCloseTo(0.05, 12);
    expect(treat!.vsControl!.difference.lower).toBeCloseTo(0.05 - Z * se, 4);
    expect(treat!.vsControl!.difference.upper).toBeCloseTo(0.05 + Z * se, 4);
    expect(treat!.vsControl!.pValue).toBeLessThan(1e-4);
    expect(treat!.vsControl!.relative!.estimate).toBeCloseTo(0.5, 9);

    expect(treat!.probabilityBest!).toBeGreaterThan(0.99);
    expect(control!.probabilityBest! + treat!.probabilityBest!).toBeCloseTo(1, 9);
    // Seeded by experiment and phase: the same answer every time.
    expect((await resultsOf(gid)).arms.map((a) => a.probabilityBest)).toEqual(results.arms.map((a) => a.probabilityBest));
  });
});

describe('revenue results', () => {
  it('per arm: revenue per player with a t interval, Welch difference to control, and a normal P(best)', async () => {
    const { id, gid } = await experiment([0.5, 0.5], 'REVENUE');
    // Control: 500 players at 100, 500 at 0 (mean 50); treatment: 500 at 200, 500 at 0 (mean 100).
    await plant(id, [{ arm: 'control', n: 1_000, successes: 500, revenue: [100, 0] }, { arm: 'treat', n: 1_000, successes: 500, revenue: [200, 0] }]);
    const results = await resultsOf(gid);
    expect(results).toMatchObject({ goal: 'REVENUE', metricKind: 'GAUSSIAN' });
    const [control, treat] = results.arms;
    expect(control).toMatchObject({ measured: 1_000, revenuePerPlayer: 50, revenue: { amount: '50000', currency: 'EUR' } });
    expect(treat).toMatchObject({ measured: 1_000, revenuePerPlayer: 100, revenue: { amount: '100000', currency: 'EUR' } });
    // Sample variances: 100² × 500·500 / (1000 · 999) and 200² × the same.
    const v = (x: number) => (x ** 2 * 250) / 999;
    const t999 = 1.962341461;
    expect(treat!.metric!.estimate).toBeCloseTo(100, 9);
    expect(treat!.metric!.upper - treat!.metric!.estimate).toBeCloseTo(t999 * Math.sqrt(v(200) / 1_000), 3);
    const se = Math.sqrt(v(100) / 1_000 + v(200) / 1_000);
    expect(treat!.vsControl!.difference.estimate).toBeCloseTo(50, 9);
    expect(treat!.vsControl!.difference.upper - 50).toBeCloseTo(1.96 * se, 0);
    expect(treat!.vsControl!.pValue).toBeLessThan(1e-6);
    expect(treat!.vsControl!.relative!.estimate).toBeCloseTo(1, 9);
    expect(treat!.probabilityBest!).toBeGreaterThan(0.999);
  });
});

describe('off-policy evaluation', () => {
  it('recovers each logged arm\'s value and the logging policy\'s own', async () => {
    const { id, gid } = await experiment();
    await plant(id, [{ arm: 'control', n: 4_000, successes: 400 }, { arm: 'treat', n: 4_000, successes: 800 }, { arm: 'treat', n: 500, measured: false }]);
    const evaluate = async (weights: { armKey: string; weight: number }[]) => (await admin.EvaluateOfferPolicy({ experimentId: gid, weights })).evaluateOfferPolicy!;

    const treatOnly = await evaluate([{ armKey: 'treat', weight: 1 }]);
    expect(treatOnly.phase).toBe(1);
    expect(treatOnly.weights).toEqual([{ armKey: 'control', weight: 0 }, { armKey: 'treat', weight: 1 }]);
    expect(treatOnly.estimate!.n).toBe(8_000);
    // IPS: 800 claims × 1 / 0.5, over 8,000 measured exposures = 0.2, the treatment's rate.
    expect(treatOnly.estimate!.value).toBeCloseTo(0.2, 12);
    expect(treatOnly.estimate!.selfNormalized).toBeCloseTo(0.2, 12);
    expect(treatOnly.estimate!.lower).toBeLessThan(0.2);
    expect(treatOnly.estimate!.upper).toBeGreaterThan(0.2);
    // Terms: 800 of 2, 7,200 of 0 → sample variance (800·4 − 8000·0.04) / 7999, over n.
    const variance = (800 * 4 - 8_000 * 0.2 ** 2) / 7_999 / 8_000;
    expect(treatOnly.estimate!.variance).toBeCloseTo(variance, 12);

    const controlOnly = await evaluate([{ armKey: 'control', weight: 1 }]);
    expect(controlOnly.estimate!.value).toBeCloseTo(0.1, 12);

    const logged = await evaluate([{ armKey: 'control', weight: 0.5 }, { armKey: 'treat', weight: 0.5 }]);
    expect(logged.estimate!.value).toBeCloseTo(0.15, 12);
    expect(logged.logging).toMatchObject({ n: 8_000 });
    expect(logged.logging!.value).toBeCloseTo(0.15, 12);
    expect(logged.logging!.lower).toBeLessThan(0.15);
  });

  it('validates the proposed weights', async () => {
    const { gid } = await experiment();
    const refused = await graphqlError(admin.EvaluateOfferPolicy({ experimentId: gid, weights: [{ armKey: 'nope', weight: 1 }] }));
    expect(refused.code).toBe('VALIDATION_FAILED');
    expect((await graphqlError(admin.EvaluateOfferPolicy({ experimentId: gid, weights: [{ armKey: 'treat', weight: 0.7 }] }))).code).toBe('VALIDATION_FAILED');
    expect((await graphqlError(admin.EvaluateOfferPolicy({ experimentId: gid, weights: [{ armKey: 'treat', weight: 0.5 }, { armKey: 'treat', weight: 0.5 }] }))).code).toBe('VALIDATION_FAILED');
    const empty = (await admin.EvaluateOfferPolicy({ experimentId: gid, weights: [{ armKey: 'treat', weight: 1 }] })).evaluateOfferPolicy!;
    expect(empty).toMatchObject({ estimate: null, logging: null });
  });
});

describe('the outcomes job at volume', () => {
  it('measures every due exposure of the tenant, batch after batch, and then nothing', async () => {
    const { id, gid } = await experiment();
    await plant(id, [{ arm: 'control', n: 700, measured: false }, { arm: 'treat', n: 600, measured: false }]);
    const { rows } = await db.query<{ n: number }>(`select count(*)::int as n from experiment_exposure where tenant_id = $1 and outcome_at is null`, [tenantId]);
    expect(rows[0]!.n).toBeGreaterThan(1_300);
    const services = server.platform.services;
    const ctx = systemContext(services, await services.tenants.bySlug(services, tenant.slug));
    expect(await measureDueOutcomes(ctx)).toEqual({ measured: rows[0]!.n });
    expect(await measureDueOutcomes(ctx)).toEqual({ measured: 0 });
    const arms = (await resultsOf(gid)).arms.map((a) => [a.arm.key, a.exposed, a.measured, a.claims]);
    expect(arms).toEqual([['control', 700, 700, 0], ['treat', 600, 600, 0]]);
  });
});
