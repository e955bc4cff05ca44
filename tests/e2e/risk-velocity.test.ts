import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { expectType, newStaff, platformAdmin } from '../helpers/world.js';
import { confirmedStripeDeposit, paymentsWorld, player, spend, type PaymentsWorld } from '../helpers/payments.js';
import { startFakeStripe, type FakeStripe } from '../helpers/fake-stripe.js';

/**
 * Velocity rules (docs/risk.md "Velocity rules") with small thresholds set for this server:
 * each fires and opens a VELOCITY case while the request goes through; below it nothing opens.
 */
let server: TestServer;
let stripe: FakeStripe;
let world: PaymentsWorld;
let risk: Sdk;

beforeAll(async () => {
  server = await startServer({
    env: {
      RISK_VELOCITY_DEPOSIT_COUNT: '3',
      RISK_VELOCITY_DEPOSIT_MINUTES: '10',
      RISK_VELOCITY_DEPOSIT_DAILY: 'EUR:5000,USD:100',
      RISK_VELOCITY_CYCLE_HOURS: '24',
      RISK_VELOCITY_CYCLE_MIN_PLAY_PERCENT: '50',
    },
  });
  const platform = await platformAdmin(server);
  stripe = await startFakeStripe();
  world = await paymentsWorld(server, platform.sdk, { code: 'stripe', endpoint: stripe.url, freeze: 'NEVER', dualApprovalAbove: null });
  risk = (await newStaff(server, platform.sdk, world.tenant.slug, ['RISK'])).sdk;
});
afterAll(async () => {
  await server?.close();
  await stripe?.close();
});

type Player = Awaited<ReturnType<typeof player>>;

async function velocityCases(p: Player) {
  return (await risk.RiskCases({ kind: 'VELOCITY', playerId: p.player.id })).riskCases!.nodes;
}

async function deposit(p: Player, amount: string) {
  // The rules never refuse: every deposit is created.
  return expectType((await p.sdk.CreateDeposit({ input: { provider: 'STRIPE', currency: 'EUR', amount } })).createDeposit, 'CreateDepositPayload');
}

async function withdraw(p: Player, amount: string) {
  return expectType((await p.sdk.RequestWithdrawal({ input: { idempotencyKey: `w-${randomUUID()}`, currency: 'EUR', amount } })).requestWithdrawal, 'RequestWithdrawalPayload');
}

describe('DEPOSIT_COUNT', () => {
  it('opens a case on the fourth deposit within ten minutes (more than 3), not before; later ones add evidence', async () => {
    const p = await player(server, world);
    for (let i = 0; i < 3; i += 1) await deposit(p, '100');
    expect(await velocityCases(p)).toEqual([]);
    await deposit(p, '100');
    const [found, ...more] = await velocityCases(p);
    expect(more).toEqual([]);
    expect(found).toMatchObject({ kind: 'VELOCITY', severity: 'LOW', status: 'OPEN', players: [{ id: p.player.id }] });
    expect(found!.evidence).toEqual([expect.objectContaining({ type: 'DEPOSIT_VELOCITY', data: { rule: 'DEPOSIT_COUNT', deposits: 4, minutes: 10, limit: 3 } })]);
    await deposit(p, '100');
    const [again] = await velocityCases(p);
    expect(again!.id).toBe(found!.id);
    expect(again!.evidence.map((e) => (e.data as { deposits: number }).deposits)).toEqual([4, 5]);
  });
});

describe('DEPOSIT_DAILY_SUM', () => {
  it('opens a case when the day\'s deposits in the currency pass its amount; reaching it exactly is not passing it', async () => {
    const p = await player(server, world);
    await deposit(p, '3000');
    await deposit(p, '2000');
    expect(await velocityCases(p)).toEqual([]);
    await deposit(p, '100');
    const [found] = await velocityCases(p);
    expect(found).toMatchObject({ severity: 'MEDIUM' });
    expect(found!.evidence[0]).toMatchObject({ type: 'DEPOSIT_VELOCITY', data: { rule: 'DEPOSIT_DAILY_SUM', currency: 'EUR', amount: '5100', limit: '5000', hours: 24 } });
  });
});

describe('DEPOSIT_WITHDRAW_CYCLE', () => {
  it('opens a case for a withdrawal soon after a deposit with less than half of it staked since', async () => {
    const p = await player(server, world);
    const { answer } = await confirmedStripeDeposit(stripe, world.webhookUrl, p.sdk, 2000);
    expect(answer.status).toBe(200);
    await spend(world, p.id, '400');
    await withdraw(p, '1000');
    const [found] = await velocityCases(p);
    expect(found).toMatchObject({ severity: 'MEDIUM', title: 'Withdrawal soon after a deposit with little play' });
    expect(found!.evidence[0]).toMatchObject({ type: 'WITHDRAWAL_VELOCITY', data: { rule: 'DEPOSIT_WITHDRAW_CYCLE', currency: 'EUR', withdrawal: '1000', deposit: '2000', staked: '400', minPlayPercent: 50 } });
  });

  it('opens nothing when at least half of the deposit was staked since, or without a deposit', async () => {
    const p = await player(server, world);
    expect((await confirmedStripeDeposit(stripe, world.webhookUrl, p.sdk, 2000)).answer.status).toBe(200);
    await spend(world, p.id, '600');
    await spend(world, p.id, '400');
    await withdraw(p, '500');
    expect(await velocityCases(p)).toEqual([]);
  });
});
