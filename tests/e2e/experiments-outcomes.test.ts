/**
 * Experiment outcomes (issue #17, delayed reward; docs/offers.md, "Experiments" "Outcomes"): exposures,
 * claims, grants and ledger play set up around each exposure's window, then measureDueOutcomes
 * checked field by field against hand-computed values; an open window is not counted; a re-run
 * changes nothing; the results read the measured outcomes only.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '../../src/context.js';
import { measureDueOutcomes } from '../../modules/offers/experiments.outcomes.js';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { ownerDb } from '../helpers/payments.js';
import { activeGrant, templateBySql } from '../helpers/bonus-fixtures.js';
import { fund, partnerOf } from '../helpers/seamless.js';
import { playerGlobalId } from '../helpers/wallet.js';
import { expectType, globalId, localId, newPlayer, newTenant, platformAdmin, type TestTenant, tenantContext } from '../helpers/world.js';

const HOUR = 3600_000;

let server: TestServer;
let tenant: TestTenant;
let admin: Sdk;
let partner: Sdk;
let db: pg.Client;
let ctx: Context;
let tenantId: string;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function offer(placement: string): Promise<string> {
  const template = await templateBySql(ctx, { kind: 'NO_DEPOSIT', currencies: { EUR: { amount: '1000' } }, wagering: { multiplier: 10 }, validityHours: 24 });
  const id = randomUUID();
  await db.query(`insert into offer (id, tenant_id, name, reward_template_id, placements, created_by) values ($1, $2, $3, $4, $5, 'TEST')`, [id, tenantId, `o-${id}`, template, [placement]]);
  return id;
}

async function player(cash = 10_000): Promise<string> {
  const p = await newPlayer(server, tenant);
  const id = localId(p.player.id);
  await fund(partner, id, cash);
  await fund(partner, id, cash, 0, 'USD');
  return id;
}

/** A bet (player CASH → house) or a win (house → player CASH) through the ledger API. */
async function play(playerId: string, code: 'BET' | 'WIN', amount: number, currency = 'EUR'): Promise<void> {
  const me = { ownerType: 'PLAYER' as const, ownerId: playerGlobalId(playerId), currency, kind: 'CASH' as const };
  const house = { ownerType: 'HOUSE' as const, currency };
  const { postTransfers } = await partner.PostTransfers({
    input: { idempotencyKey: `play-${randomBytes(6).toString('hex')}`, code, transfers: [code === 'BET' ? { from: me, to: house, amount: String(amount) } : { from: house, to: me, amount: String(amount) }] },
  });
  expectType(postTransfers, 'PostTransfersPayload');
}

/** A claim of `offerId` by the player now, with an ACTIVE grant behind it; the grant's id. */
async function claim(playerId: string, offerId: string): Promise<string> {
  const grant = await activeGrant(db, { tenantId, playerId, amount: 0n });
  await db.query(
    `insert into offer_claim (id, tenant_id, offer_id, player_id, grant_id, currency, idempotency_key, request_hash) values ($1, $2, $3, $4, $5, 'EUR', $6, 'x')`,
    [randomUUID(), tenantId, offerId, playerId, grant, `claim-${randomUUID()}`],
  );
  return grant;
}

async function complete(grantId: string, converted: number): Promise<void> {
  await db.query(`update bonus_grant set status = 'COMPLETED', end_reason = 'COMPLETED', ended_at = now(), converted = $2 where id = $1`, [grantId, converted]);
}

async function expose(experimentId: string, playerId: string, armKey: string, exposedAt: Date, windowHours: number): Promise<void> {
  await db.query(
    `insert into experiment_exposure (tenant_id, experiment_id, phase, player_id, arm_key, period, probability, exposed_at, outcome_due_at)
     values ($1, $2, 1, $3, $4, 0, 0.5, $5, $5::timestamptz + make_interval(hours => $6))`,
    [tenantId, experimentId, playerId, armKey, exposedAt, windowHours],
  );
}

interface Outcome {
  player_id: string;
  claimed: boolean | null;
  converted: boolean | null;
  revenue: string | null;
  rg_signal: boolean | null;
  outcome_at: Date | null;
}

async function outcomes(experimentId: string): Promise<Map<string, Outcome>> {
  const { rows } = await db.query<Outcome>(
    `select player_id, claimed, converted, revenue::text, rg_signal, outcome_at from experiment_exposure where tenant_id = $1 and experiment_id = $2`,
    [tenantId, experimentId],
  );
  return new Map(rows.map((r) => [r.player_id, r]));
}

beforeAll(async () => {
  server = await startServer();
  const platform = (await platformAdmin(server)).sdk;
  tenant = await newTenant(server, platform);
  admin = tenant.admin.sdk;
  tenantId = localId(tenant.id);
  partner = await partnerOf(server, tenant);
  ctx = await tenantContext(server, tenant);
  db = await ownerDb();
}, 60_000);

afterAll(async () => {
  await db?.end();
  await server?.close();
});

describe('measureDueOutcomes', () => {
  it('fills claimed, converted, revenue net of bonus cost and the RG signal of closed windows, once', async () => {
    const placement = `lobby-${randomUUID().slice(0, 6)}`;
    const offerId = await offer(placement);
    const otherOffer = await offer(placement);
    const created = await admin.CreateExperiment({
      input: {
        name: 'outcomes',
        placement,
        kind: 'AB',
        goal: 'REVENUE',
        currency: 'EUR',
        outcomeWindowHours: 2,
        arms: [
          { key: 'control', name: 'No offer', isControl: true, weight: 0.5 },
          { key: 'treat', name: 'Offer', offerId: globalId('Offer', offerId), weight: 0.5 },
        ],
      },
    });
    const experiment = expectType(created.createExperiment, 'CreateExperimentPayload').experiment;
    expectType((await admin.StartExperiment({ input: { experimentId: experiment.id } })).startExperiment, 'StartExperimentPayload');
    const experimentId = localId(experiment.id);

    const [p1, p2, p3, p4, p5] = [await player(), await player(), await player(), await player(), await player()];
    // Before the exposures: play and a claim that must not count.
    await play(p1, 'BET', 1000);
    await claim(p5, offerId);
    await sleep(30);
    const exposedAt = new Date();
    await sleep(30);
    for (const [p, arm] of [[p1, 'treat'], [p2, 'treat'], [p3, 'control'], [p5, 'treat']] as const) await expose(experimentId, p, arm, exposedAt, 2);
    await expose(experimentId, p4, 'treat', exposedAt, 5);

    // p1: bets 500, wins 200 (NGR 300), claims the offer, its bonus completes converting 120: revenue 180.
    await play(p1, 'BET', 500);
    await play(p1, 'WIN', 200);
    await complete(await claim(p1, offerId), 120);
    // p2: claims (not completed), bets 100, wins 400: revenue −300.
    await claim(p2, offerId);
    await play(p2, 'BET', 100);
    await play(p2, 'WIN', 400);
    // p3 (control, no offer): a claim of the treatment's offer counts nothing; bets 50; an RG flag.
    await claim(p3, offerId);
    await play(p3, 'BET', 50);
    await db.query(`insert into rg_signal (id, tenant_id, player_id, kind, created_by) values ($1, $2, $3, 'STAFF_FLAG', 'TEST')`, [randomUUID(), tenantId, p3]);
    // p4: window still open at measurement. p5: claims another offer; plays in USD only.
    await play(p4, 'BET', 999);
    await claim(p5, otherOffer);
    await play(p5, 'BET', 700, 'USD');

    // p3 is also in another experiment whose window closed before the RG flag: its own window decides.
    const earlier = expectType(
      (await admin.CreateExperiment({ input: { name: 'earlier', placement: `${placement}-2`, kind: 'AB', goal: 'CLAIM', arms: [
        { key: 'control', name: 'Control', isControl: true, weight: 0.5 },
        { key: 'holdout', name: 'Holdout', weight: 0.5 },
      ] } })).createExperiment,
      'CreateExperimentPayload',
    ).experiment;
    await expose(localId(earlier.id), p3, 'control', new Date(exposedAt.getTime() - 10 * HOUR), 1);

    const now = new Date(exposedAt.getTime() + 3 * HOUR);
    expect(await measureDueOutcomes(ctx, now)).toEqual({ measured: 5 });
    expect((await outcomes(localId(earlier.id))).get(p3)).toMatchObject({ claimed: false, converted: false, revenue: null, rg_signal: false });
    const first = await outcomes(experimentId);
    const fields = (p: string) => {
      const o = first.get(p)!;
      return { claimed: o.claimed, converted: o.converted, revenue: o.revenue, rg: o.rg_signal, measured: o.outcome_at !== null };
    };
    expect(fields(p1)).toEqual({ claimed: true, converted: true, revenue: '180', rg: false, measured: true });
    expect(fields(p2)).toEqual({ claimed: true, converted: false, revenue: '-300', rg: false, measured: true });
    expect(fields(p3)).toEqual({ claimed: false, converted: false, revenue: '50', rg: true, measured: true });
    expect(fields(p4)).toEqual({ claimed: null, converted: null, revenue: null, rg: null, measured: false });
    expect(fields(p5)).toEqual({ claimed: false, converted: false, revenue: '0', rg: false, measured: true });

    // Again: nothing new is measured and nothing changes.
    expect(await measureDueOutcomes(ctx, now)).toEqual({ measured: 0 });
    expect(await outcomes(experimentId)).toEqual(first);

    // The results count measured exposures only.
    const { node } = await admin.ExperimentResults({ id: experiment.id });
    if (node?.__typename !== 'Experiment') throw new Error('no experiment');
    const [control, treat] = node.results.arms;
    expect(control).toMatchObject({ arm: { key: 'control', isControl: true }, exposed: 1, measured: 1, claims: 0, rgSignals: 1, revenue: { amount: '50', currency: 'EUR' }, revenuePerPlayer: 50, vsControl: null });
    expect(treat).toMatchObject({ arm: { key: 'treat' }, exposed: 4, measured: 3, claims: 2, conversions: 1, revenue: { amount: '-120', currency: 'EUR' }, revenuePerPlayer: -40 });
    expect(treat!.claimRate).toBeCloseTo(2 / 3, 12);
    expect(treat!.conversionRate).toBeCloseTo(1 / 3, 12);
    expect(treat!.metric!.estimate).toBeCloseTo(-40, 9);
    // The control has one measured player: no variance, no t interval, no comparison or P(best).
    expect(control!.metric).toBeNull();
    expect(treat!.vsControl).toBeNull();
    expect(treat!.probabilityBest).toBeNull();

    // Once p4's window closes it is measured: its 999 bet, no claim.
    expect(await measureDueOutcomes(ctx, new Date(exposedAt.getTime() + 6 * HOUR))).toEqual({ measured: 1 });
    expect((await outcomes(experimentId)).get(p4)).toMatchObject({ claimed: false, converted: false, revenue: '999', rg_signal: false });
  });

  it('leaves revenue null without a currency, and measures a CLAIM experiment\'s claims', async () => {
    const placement = `deposit-${randomUUID().slice(0, 6)}`;
    const offerId = await offer(placement);
    const created = await admin.CreateExperiment({
      input: {
        name: 'claims',
        placement,
        kind: 'AB',
        goal: 'CLAIM',
        outcomeWindowHours: 1,
        arms: [
          { key: 'control', name: 'No offer', isControl: true, weight: 0.5 },
          { key: 'treat', name: 'Offer', offerId: globalId('Offer', offerId), weight: 0.5 },
        ],
      },
    });
    const experiment = expectType(created.createExperiment, 'CreateExperimentPayload').experiment;
    expectType((await admin.StartExperiment({ input: { experimentId: experiment.id } })).startExperiment, 'StartExperimentPayload');
    const experimentId = localId(experiment.id);
    const p = await player();
    const exposedAt = new Date(Date.now() - 1000);
    await expose(experimentId, p, 'treat', exposedAt, 1);
    await claim(p, offerId);
    await play(p, 'BET', 10);
    await measureDueOutcomes(ctx, new Date(exposedAt.getTime() + 2 * HOUR));
    expect((await outcomes(experimentId)).get(p)).toMatchObject({ claimed: true, converted: false, revenue: null, rg_signal: false });
  });
});
