/**
 * An experiment end to end through the API (issue #17): staff create and start an A/B test on a
 * placement, players ask offersFor (exposed once, sticky) and claim what they are shown, the
 * outcomes are measured once the window closes, the results read them; a restart is a new phase
 * whose exposures start afresh.
 */
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '../../src/context.js';
import { measureDueOutcomes } from '../../modules/offers/experiments.outcomes.js';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { ownerDb } from '../helpers/payments.js';
import { expectType, localId, newTenant, platformAdmin, type TestTenant, tenantContext } from '../helpers/world.js';
import { offer, offerPlayer, rewardTemplate, type OfferPlayer } from '../helpers/offers.js';

const HOUR = 3600_000;

let server: TestServer;
let tenant: TestTenant;
let admin: Sdk;
let db: pg.Client;
let ctx: Context;
let tenantId: string;

beforeAll(async () => {
  server = await startServer({ env: { TRUST_PROXY: 'true' } });
  const platform = (await platformAdmin(server)).sdk;
  tenant = await newTenant(server, platform);
  admin = tenant.admin.sdk;
  tenantId = localId(tenant.id);
  ctx = await tenantContext(server, tenant);
  db = await ownerDb();
}, 60_000);

afterAll(async () => {
  await db?.end();
  await server?.close();
});

describe('an A/B test through offersFor and claimOffer', () => {
  it('exposes each player once per phase, measures their claims after the window, and reports them', async () => {
    const placement = `flow-${randomUUID().slice(0, 6)}`;
    const shown = await offer(admin, { rewardTemplateId: await rewardTemplate(ctx), placements: [placement] });
    const created = await admin.CreateExperiment({
      input: {
        name: 'banner or not',
        placement,
        kind: 'AB',
        goal: 'CLAIM',
        outcomeWindowHours: 1,
        arms: [
          { key: 'control', name: 'No offer', isControl: true, weight: 0.5 },
          { key: 'banner', name: 'Banner', offerId: shown.id, weight: 0.5 },
        ],
      },
    });
    const experiment = expectType(created.createExperiment, 'CreateExperimentPayload').experiment;
    expectType((await admin.StartExperiment({ input: { experimentId: experiment.id } })).startExperiment, 'StartExperimentPayload');

    // Players until there are 10 and each arm has at least 2 (the hash decides; at most 40).
    const players: OfferPlayer[] = [];
    const armOf = new Map<string, string>();
    const count = (arm: string) => [...armOf.values()].filter((a) => a === arm).length;
    while (players.length < 40 && (players.length < 10 || count('banner') < 2 || count('control') < 2)) {
      const p = await offerPlayer(server, tenant);
      players.push(p);
      const first = (await p.sdk.OffersFor({ placement, currency: 'EUR' })).offersFor!;
      const again = (await p.sdk.OffersFor({ placement, currency: 'EUR' })).offersFor!;
      expect(again.offers.map((o) => o.id)).toEqual(first.offers.map((o) => o.id));
      armOf.set(p.id, first.offers.length > 0 ? 'banner' : 'control');
      if (first.offers.length > 0) {
        const claimed = await p.sdk.ClaimOffer({ input: { offerId: first.offers[0]!.id, currency: 'EUR', idempotencyKey: `flow-${randomUUID()}` } });
        expectType(claimed.claimOffer, 'ClaimOfferPayload');
      }
    }
    const n = players.length;
    const banner = count('banner');
    expect(banner).toBeGreaterThanOrEqual(2);
    expect(n - banner).toBeGreaterThanOrEqual(2);

    const { rows: exposures } = await db.query<{ player_id: string; arm_key: string; probability: number; phase: number }>(
      `select player_id, arm_key, probability, phase from experiment_exposure where tenant_id = $1 and experiment_id = $2`,
      [tenantId, localId(experiment.id)],
    );
    expect(exposures).toHaveLength(n);
    for (const x of exposures) expect(x).toMatchObject({ arm_key: armOf.get(x.player_id), probability: 0.5, phase: 1 });

    // Before the window closes nothing is measured; after, every exposure once.
    expect(await measureDueOutcomes(ctx)).toEqual({ measured: 0 });
    expect(await measureDueOutcomes(ctx, new Date(Date.now() + 2 * HOUR))).toEqual({ measured: n });

    const { node } = await admin.ExperimentResults({ id: experiment.id });
    if (node?.__typename !== 'Experiment') throw new Error('no experiment');
    expect(node.results.arms.map((a) => [a.arm.key, a.exposed, a.measured, a.claims, a.claimRate])).toEqual([
      ['control', n - banner, n - banner, 0, 0],
      ['banner', banner, banner, banner, 1],
    ]);
    expect(node.results.srm.checked).toBe(true);

    // Stop and start again: phase 2, and the next offersFor exposes the player afresh. (A player
    // of the control arm: one who claimed the banner has used its one claim, so its offer is no
    // longer eligible for them and they stay outside the experiment.)
    expectType((await admin.StopExperiment({ input: { experimentId: experiment.id, reason: 'new phase' } })).stopExperiment, 'StopExperimentPayload');
    expectType((await admin.StartExperiment({ input: { experimentId: experiment.id } })).startExperiment, 'StartExperimentPayload');
    const unclaimed = players.find((p) => armOf.get(p.id) === 'control')!;
    await unclaimed.sdk.OffersFor({ placement, currency: 'EUR' });
    const { rows: phases } = await db.query<{ phase: number }>(
      `select phase from experiment_exposure where tenant_id = $1 and experiment_id = $2 and player_id = $3 order by phase`,
      [tenantId, localId(experiment.id), unclaimed.id],
    );
    expect(phases.map((r) => r.phase)).toEqual([1, 2]);
    const phase2 = await admin.ExperimentResults({ id: experiment.id });
    if (phase2.node?.__typename !== 'Experiment') throw new Error('no experiment');
    expect(phase2.node.results.phase).toBe(2);
    expect(phase2.node.results.arms.reduce((sum, a) => sum + a.exposed, 0)).toBe(1);
    const phase1 = await admin.ExperimentResults({ id: experiment.id, phase: 1 });
    if (phase1.node?.__typename !== 'Experiment') throw new Error('no experiment');
    expect(phase1.node.results.arms.reduce((sum, a) => sum + a.measured, 0)).toBe(n);
  });
});
