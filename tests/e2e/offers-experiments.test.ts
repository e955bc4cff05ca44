/**
 * offersFor with an experiment running on the placement (issue #17): the arm is sticky (the same
 * on repeated calls and from a second API instance on the same database), the exposure is
 * recorded once, a no-offer arm answers nothing, and the decision records the policy
 * (EXPERIMENT for A/B, BANDIT), the arm and the probability. The experiment rows are written in
 * SQL: their API belongs to the experiments part.
 */
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '../../src/context.js';
import { armAt, bucketOf } from '../../modules/offers/offers.assignment.js';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { ownerDb } from '../helpers/payments.js';
import { bearer, globalId, localId, newStaff, newTenant, platformAdmin, type TestTenant, tenantContext } from '../helpers/world.js';
import { decisionRows, offer, offerPlayer, rewardTemplate, type OfferPlayer } from '../helpers/offers.js';

let server: TestServer;
let second: TestServer;
let tenant: TestTenant;
let tenantId: string;
let admin: Sdk;
let support: Sdk;
let ctx: Context;
let db: pg.Client;
let reward: string;

beforeAll(async () => {
  server = await startServer({ env: { TRUST_PROXY: 'true' } });
  second = await startServer({ env: { TRUST_PROXY: 'true' } });
  const platform = (await platformAdmin(server)).sdk;
  tenant = await newTenant(server, platform);
  tenantId = localId(tenant.id);
  admin = tenant.admin.sdk;
  support = (await newStaff(server, platform, tenant.slug, ['SUPPORT'])).sdk;
  ctx = await tenantContext(server, tenant);
  db = await ownerDb();
  reward = await rewardTemplate(ctx);
}, 90_000);

afterAll(async () => {
  await db?.end();
  await second?.close();
  await server?.close();
});

interface Arm {
  key: string;
  offerId: string | null;
  weight: number;
  control?: boolean;
}

/** A RUNNING experiment of phase 1 on the placement, with its START period. */
async function runningExperiment(placement: string, kind: 'AB' | 'BANDIT', arms: Arm[]) {
  const id = randomUUID();
  const seed = `seed-${id}`;
  await db.query(
    `insert into experiment (id, tenant_id, name, placement, kind, goal, status, phase, hash_seed, started_at, created_by)
     values ($1, $2, $3, $4, $5, 'CLAIM', 'RUNNING', 1, $6, now(), 'TEST')`,
    [id, tenantId, `exp ${id}`, placement, kind, seed],
  );
  for (const [position, arm] of arms.entries()) {
    await db.query(
      `insert into experiment_arm (tenant_id, experiment_id, key, name, offer_id, is_control, weight, position) values ($1, $2, $3, $3, $4, $5, $6, $7)`,
      [tenantId, id, arm.key, arm.offerId, arm.control ?? false, arm.weight, position],
    );
  }
  await db.query(
    `insert into experiment_period (tenant_id, experiment_id, phase, period, starts_at, weights, reason) values ($1, $2, 1, 0, now(), $3, 'START')`,
    [tenantId, id, JSON.stringify(Object.fromEntries(arms.map((a) => [a.key, a.weight])))],
  );
  return { id, seed, armOf: (playerId: string) => armAt(arms, bucketOf(seed, 1, playerId))!.key };
}

/** Players until each arm has at least `each` of them (the arm is known in advance from the hash). */
async function playersInEveryArm(armOf: (id: string) => string, keys: string[], each = 2): Promise<Map<string, OfferPlayer[]>> {
  const byArm = new Map<string, OfferPlayer[]>(keys.map((k) => [k, []]));
  for (let i = 0; i < 60 && [...byArm.values()].some((list) => list.length < each); i++) {
    const p = await offerPlayer(server, tenant);
    const list = byArm.get(armOf(p.id))!;
    if (list.length < each) list.push(p);
  }
  if ([...byArm.values()].some((list) => list.length < each)) throw new Error('could not fill every arm');
  return byArm;
}

async function exposures(experimentId: string, playerId: string) {
  const { rows } = await db.query(`select * from experiment_exposure where tenant_id = $1 and experiment_id = $2 and player_id = $3`, [tenantId, experimentId, playerId]);
  return rows as Record<string, unknown>[];
}

describe('offersFor under an experiment', () => {
  it('keeps each player in one arm across calls and instances, records the exposure once, and shows nothing in a no-offer arm', async () => {
    const placement = `x-${randomUUID().slice(0, 8)}`;
    const treated = await offer(admin, { rewardTemplateId: reward, placements: [placement], priority: 1 });
    const other = await offer(admin, { rewardTemplateId: reward, placements: [placement], priority: 9 });
    const experiment = await runningExperiment(placement, 'AB', [
      { key: 'control', offerId: null, weight: 0.5, control: true },
      { key: 'treat', offerId: localId(treated.id), weight: 0.5 },
    ]);
    const byArm = await playersInEveryArm(experiment.armOf, ['control', 'treat']);

    for (const [arm, players] of byArm) {
      for (const p of players) {
        const onSecond = second.sdk(bearer(p.token));
        const answers = [
          await p.sdk.OffersFor({ placement, currency: 'EUR' }),
          await p.sdk.OffersFor({ placement, currency: 'EUR' }),
          await onSecond.OffersFor({ placement, currency: 'EUR' }),
        ].map((a) => a.offersFor!.offers.map((o) => o.name));
        // Treated: only the arm's offer (not the higher-priority one); control: nothing.
        expect(answers).toEqual(Array(3).fill(arm === 'treat' ? [treated.name] : []));

        const rows = await decisionRows(db, tenantId, p.id);
        expect(rows).toHaveLength(3);
        for (const row of rows) {
          expect(row).toMatchObject({
            player_id: p.id,
            placement,
            currency: 'EUR',
            policy: 'EXPERIMENT',
            candidates: [{ offerId: localId(other.id), eligible: true }, { offerId: localId(treated.id), eligible: true }],
            shown: arm === 'treat' ? [localId(treated.id)] : [],
            chosen_offer_id: arm === 'treat' ? localId(treated.id) : null,
            probability: 0.5,
            experiment_id: experiment.id,
            phase: 1,
            arm_key: arm,
            suppressed_reason: null,
          });
        }
        const exposed = await exposures(experiment.id, p.id);
        expect(exposed).toHaveLength(1);
        expect(exposed[0]).toMatchObject({ arm_key: arm, phase: 1, period: 0, probability: 0.5, decision_id: rows[0]!.id, outcome_at: null });
      }
    }
    // Staff filter the decisions by experiment and policy.
    const listed = (await support.OfferDecisions({ experimentId: Buffer.from(`Experiment:${experiment.id}`).toString('base64'), first: 100 })).offerDecisions!;
    expect(listed.totalCount).toBe(12);
    expect(listed.nodes.every((d) => d.policy === 'EXPERIMENT' && d.probability === 0.5)).toBe(true);
    expect(new Set(listed.nodes.map((d) => d.experiment?.id))).toEqual(new Set([globalId('Experiment', experiment.id)]));
    expect((await support.OfferDecisions({ placement, policy: 'FIXED' })).offerDecisions!.totalCount).toBe(0);
  });

  it('records a bandit\'s arm with the probability of its weight', async () => {
    const placement = `x-${randomUUID().slice(0, 8)}`;
    const a = await offer(admin, { rewardTemplateId: reward, placements: [placement] });
    const b = await offer(admin, { rewardTemplateId: reward, placements: [placement] });
    const experiment = await runningExperiment(placement, 'BANDIT', [
      { key: 'a', offerId: localId(a.id), weight: 0.8 },
      { key: 'b', offerId: localId(b.id), weight: 0.2 },
    ]);
    const byArm = await playersInEveryArm(experiment.armOf, ['a', 'b'], 1);
    for (const [arm, [p]] of byArm) {
      const shown = (await p!.sdk.OffersFor({ placement, currency: 'EUR' })).offersFor!.offers.map((o) => o.name);
      expect(shown).toEqual([arm === 'a' ? a.name : b.name]);
      const [row] = await decisionRows(db, tenantId, p!.id);
      expect(row).toMatchObject({ policy: 'BANDIT', arm_key: arm, probability: arm === 'a' ? 0.8 : 0.2, experiment_id: experiment.id, phase: 1 });
      expect(await exposures(experiment.id, p!.id)).toMatchObject([{ arm_key: arm, probability: arm === 'a' ? 0.8 : 0.2 }]);
    }
  });

  it('leaves a player not eligible for every arm\'s offer outside the experiment: fixed ranking, no exposure', async () => {
    const placement = `x-${randomUUID().slice(0, 8)}`;
    const open = await offer(admin, { rewardTemplateId: reward, placements: [placement] });
    const germanOnly = await offer(admin, { rewardTemplateId: reward, placements: [placement], eligibility: { countries: ['DE'] } });
    const experiment = await runningExperiment(placement, 'AB', [
      { key: 'open', offerId: localId(open.id), weight: 0.5 },
      { key: 'german', offerId: localId(germanOnly.id), weight: 0.5 },
    ]);
    const p = await offerPlayer(server, tenant);
    expect((await p.sdk.OffersFor({ placement, currency: 'EUR' })).offersFor!.offers.map((o) => o.name)).toEqual([open.name]);
    expect((await decisionRows(db, tenantId, p.id))[0]).toMatchObject({ policy: 'FIXED', experiment_id: null, arm_key: null, probability: 1 });
    expect(await exposures(experiment.id, p.id)).toEqual([]);
  });
});
