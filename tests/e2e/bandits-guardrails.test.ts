/**
 * The bandit's guardrails (issue #17): an arm whose RG-signal rate is higher, or whose net revenue
 * per player is lower, than the control's at 95% is stopped (weight 0, reason, audited, an event,
 * a GUARDRAIL period), only once both have the minimum of measured exposures; the revenue guardrail
 * only with a currency. And the offers-bandit-reweight job, run through the durable queue.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { systemContext, type Context } from '../../src/context.js';
import { reweightExperiment } from '../../modules/offers/bandits.js';
import { banditReweightJob } from '../../modules/offers/bandits.jobs.js';
import { seededRng } from '../../modules/offers/stats/index.js';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { tenantUuid } from '../helpers/ledger-invariants.js';
import { waitFor } from '../helpers/payments.js';
import { globalId, newTenant, platformAdmin, type TestTenant } from '../helpers/world.js';
import { banditState, periodsOf, plantBandit, plantExposures, plantPlayers, revenues, withRate, type PlantedOutcome } from '../helpers/bandit-fixtures.js';

let server: TestServer;
let owner: pg.Client;
let tenant: TestTenant;
let tenantId: string;
let ctx: Context;
let platform: Sdk;

const T0 = new Date('2100-06-01T00:00:00Z');
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

beforeAll(async () => {
  // The re-weighting job works its queue in this instance (a period of 15 minutes, the longest allowed: it runs when enqueued).
  server = await startServer({ env: { BANDIT_REWEIGHT_INTERVAL_MS: '900000' } });
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

async function arms(experimentId: string) {
  const { rows } = await owner.query(`select key, status, weight, stopped_reason, stopped_at from experiment_arm where experiment_id = $1 order by position`, [experimentId]);
  return rows;
}

async function audit(experimentId: string) {
  const { rows } = await owner.query(`select action, diff from audit_event where tenant_id = $1 and target_id = $2 order by seq`, [tenantId, experimentId]);
  return rows;
}

async function plant(bandit: { id: string; phase: number; arms: string[] }, key: string, outcomes: PlantedOutcome[]) {
  await plantExposures(owner, tenantId, bandit, key, 0, await plantPlayers(owner, tenantId, outcomes.length), outcomes);
}

describe('guardrails', () => {
  it('stops an arm whose RG-signal rate is worse than control at 95%, once both have the minimum; audited; the control and the others keep serving', async () => {
    const bandit = await plantBandit(owner, tenantId, { arms: [{ key: 'control', control: true }, { key: 'safe' }, { key: 'risky' }], minExposures: 300, dueAt: T0 });
    // 1% vs 1.5% vs 8% RG signals, same claim rate; the risky arm has 200 measured only at first.
    await plant(bandit, 'control', withRate(400, 0.01, 'rgSignal', { claimed: false }).map((o, i) => ({ ...o, claimed: i % 10 === 0 })));
    await plant(bandit, 'safe', withRate(400, 0.015, 'rgSignal').map((o, i) => ({ ...o, claimed: i % 10 === 0 })));
    await plant(bandit, 'risky', withRate(200, 0.08, 'rgSignal').map((o, i) => ({ ...o, claimed: i % 10 === 0 })));

    const early = await reweightExperiment(ctx, bandit.id, minutes(0));
    expect(early.outcome).toBe('INSUFFICIENT_DATA');
    expect(early.stopped).toEqual([]);
    expect((await arms(bandit.id)).map((a) => a.status)).toEqual(['ACTIVE', 'ACTIVE', 'ACTIVE']);

    await plant(bandit, 'risky', withRate(200, 0.08, 'rgSignal').map((o, i) => ({ ...o, claimed: i % 10 === 0 })));
    const stopped = await reweightExperiment(ctx, bandit.id, minutes(15));
    expect(stopped.outcome).toBe('REWEIGHTED');
    expect(stopped.stopped).toEqual([{ key: 'risky', reason: 'GUARDRAIL_RG_SIGNAL_RATE' }]);
    expect(stopped.weights['risky']).toBe(0);
    expect(stopped.weights['control']! + stopped.weights['safe']!).toBeCloseTo(1, 12);
    expect(await arms(bandit.id)).toEqual([
      expect.objectContaining({ key: 'control', status: 'ACTIVE', stopped_reason: null }),
      expect.objectContaining({ key: 'safe', status: 'ACTIVE', stopped_reason: null }),
      expect.objectContaining({ key: 'risky', status: 'STOPPED', weight: 1 / 3, stopped_reason: 'GUARDRAIL_RG_SIGNAL_RATE', stopped_at: minutes(15) }),
    ]);
    const periods = await periodsOf(owner, bandit.id);
    expect(periods.map((p) => p.reason)).toEqual(['START', 'GUARDRAIL']);
    expect(periods[1]!.stats).toMatchObject({ stopped: [{ key: 'risky', reason: 'GUARDRAIL_RG_SIGNAL_RATE' }], arms: { risky: { rgRate: 0.08, status: 'STOPPED' } } });
    const events = await audit(bandit.id);
    expect(events.map((e) => e.action)).toEqual(['experiment.arm.stop']);
    expect(events[0]!.diff).toMatchObject({ arm: 'risky', reason: 'GUARDRAIL_RG_SIGNAL_RATE', arm_rg_signals: 32, control_rg_signals: 4 });
    const { rows: outbox } = await owner.query(`select payload from outbox_event where stream = $1 and type = 'experiment.arm_stopped'`, [`experiment:${bandit.id}`]);
    expect(outbox.map((r) => r.payload)).toEqual([{ experimentId: bandit.id, phase: 1, armKey: 'risky', reason: 'GUARDRAIL_RG_SIGNAL_RATE' }]);

    // Staff see the stopped arm and its reason; the next run stops nothing twice and weighs the live arms only.
    const state = (await banditState(tenant.admin.sdk, bandit.id))!;
    expect(state.stoppedArms).toEqual([{ armKey: 'risky', stoppedReason: 'GUARDRAIL_RG_SIGNAL_RATE', stoppedAt: minutes(15).toISOString() }]);
    expect(state.arms.find((a) => a.armKey === 'risky')).toMatchObject({ stopped: true, weight: 0 });
    const next = await reweightExperiment(ctx, bandit.id, minutes(30));
    expect(next.stopped).toEqual([]);
    expect(next.weights['risky'] ?? 0).toBe(0);
    expect((await audit(bandit.id)).map((e) => e.action)).toEqual(['experiment.arm.stop']);
  });

  it('stops an arm with lower net revenue per player than control at 95%, only when the experiment has a currency', async () => {
    const rng = seededRng('bandits-guardrails revenue');
    const make = async (currency: string | null) => {
      const bandit = await plantBandit(owner, tenantId, {
        arms: [{ key: 'control', control: true }, { key: 'generous' }, { key: 'fair' }],
        goal: 'CLAIM',
        currency,
        minExposures: 200,
        dueAt: T0,
      });
      // Net revenue per player (minor units): 500 ± 400 for control and "fair", 300 ± 400 for "generous" (a costly bonus).
      await plant(bandit, 'control', revenues(rng, 400, 500, 400).map((o, i) => ({ ...o, claimed: i % 5 === 0 })));
      await plant(bandit, 'fair', revenues(rng, 400, 500, 400).map((o, i) => ({ ...o, claimed: i % 5 === 0 })));
      await plant(bandit, 'generous', revenues(rng, 400, 300, 400).map((o, i) => ({ ...o, claimed: i % 4 === 0 })));
      return bandit;
    };
    const withCurrency = await make('EUR');
    const result = await reweightExperiment(ctx, withCurrency.id, minutes(0));
    expect(result.stopped).toEqual([{ key: 'generous', reason: 'GUARDRAIL_NET_REVENUE' }]);
    expect(result.weights['generous']).toBe(0);
    expect((await arms(withCurrency.id)).map((a) => a.status)).toEqual(['ACTIVE', 'STOPPED', 'ACTIVE']);
    expect((await audit(withCurrency.id))[0]!.diff).toMatchObject({ arm: 'generous', reason: 'GUARDRAIL_NET_REVENUE' });

    // Without a currency there is no revenue to guard: the same data stops nothing.
    const without = await make(null);
    const kept = await reweightExperiment(ctx, without.id, minutes(0));
    expect(kept.stopped).toEqual([]);
    expect((await arms(without.id)).map((a) => a.status)).toEqual(['ACTIVE', 'ACTIVE', 'ACTIVE']);
  });

  it('does not stop an arm that is not worse (a difference within noise)', async () => {
    const bandit = await plantBandit(owner, tenantId, { arms: [{ key: 'control', control: true }, { key: 'b' }, { key: 'c' }], currency: 'EUR', minExposures: 200, dueAt: T0 });
    const rng = seededRng('bandits-guardrails noise');
    await plant(bandit, 'control', revenues(rng, 300, 500, 400).map((o, i) => ({ ...o, rgSignal: i < 3 })));
    await plant(bandit, 'b', revenues(rng, 300, 480, 400).map((o, i) => ({ ...o, rgSignal: i < 5 })));
    await plant(bandit, 'c', revenues(rng, 300, 520, 400).map((o, i) => ({ ...o, rgSignal: i < 2 })));
    const result = await reweightExperiment(ctx, bandit.id, minutes(0));
    expect(result.stopped).toEqual([]);
  });
});

describe('the offers-bandit-reweight job', () => {
  it('runs through the durable queue: re-weights a due bandit, leaves one not yet due alone', async () => {
    const past = new Date(Date.now() - 60_000);
    const due = await plantBandit(owner, tenantId, { arms: [{ key: 'a', control: true }, { key: 'b' }, { key: 'c' }], minExposures: 50, dueAt: past });
    const later = await plantBandit(owner, tenantId, { arms: [{ key: 'a', control: true }, { key: 'b' }, { key: 'c' }], minExposures: 50, dueAt: new Date(Date.now() + 3_600_000) });
    for (const bandit of [due, later]) {
      for (const [key, rate] of [['a', 0.1], ['b', 0.2], ['c', 0.3]] as const) await plant(bandit, key, withRate(100, rate, 'claimed'));
    }
    await server.platform.services.jobs.enqueue(undefined, banditReweightJob, {});
    await waitFor(async () => (await periodsOf(owner, due.id)).length === 2, 15_000);
    const { rows } = await owner.query(`select next_reweight_at > now() + interval '14 minutes' as moved from experiment where id = $1`, [due.id]);
    expect(rows[0].moved).toBe(true);
    expect(await periodsOf(owner, later.id)).toHaveLength(1);
  });
});
