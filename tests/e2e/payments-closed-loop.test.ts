/**
 * Closed-loop withdrawals (issue #13, item 8): money goes back only to the payment methods that
 * funded the player, as refunds of their deposits, split per the routing rule of
 * docs/payments.md; never a payout without a destination. One tenant with both providers, each
 * behind its fake (the real SDKs talk to them); deposits confirmed by signed webhooks.
 */
import { playerGlobalId } from '../helpers/wallet.js';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { expectType, platformAdmin } from '../helpers/world.js';
import { sendStripeWebhook, startFakeStripe, type FakeStripe } from '../helpers/fake-stripe.js';
import { adyenNotification, pspRef, sendAdyenWebhook, startFakeAdyen, type FakeAdyen } from '../helpers/fake-adyen.js';
import { ADYEN_API_KEY, ADYEN_HMAC_KEY, ADYEN_MERCHANT, confirmedStripeDeposit, eur, ownerDb, type PaymentsWorld, paymentsWorld, player, setAdyenProvider, STRIPE_API_KEY, STRIPE_SECRET, localId } from '../helpers/payments.js';
import { createGateway as stripeGateway } from '../../modules/payments/adapters/stripe.adapter.js';
import { createGateway as adyenGateway } from '../../modules/payments/adapters/adyen.adapter.js';
import { PayoutRouteUnavailableError } from '../../modules/payments/payments.gateway.js';

let server: TestServer;
let stripe: FakeStripe;
let adyen: FakeAdyen;
let world: PaymentsWorld;
let platform: Sdk;
let db: pg.Client;
let adyenWebhookUrl: string;

beforeAll(async () => {
  stripe = await startFakeStripe();
  adyen = await startFakeAdyen();
  server = await startServer();
  platform = (await platformAdmin(server)).sdk;
  world = await paymentsWorld(server, platform, { code: 'stripe', endpoint: stripe.url, dualApprovalAbove: null });
  adyenWebhookUrl = await setAdyenProvider(server, world.tenant, adyen.url);
  db = await ownerDb();
});

afterAll(async () => {
  await db?.end();
  await server?.close();
  await stripe?.close();
  await adyen?.close();
});

type Player = Awaited<ReturnType<typeof player>>;
const key = () => `cl-${randomBytes(6).toString('hex')}`;

async function stripeDeposit(p: Player, amount: number) {
  const deposit = await confirmedStripeDeposit(stripe, world.webhookUrl, p.sdk, amount);
  expect(deposit.answer.status).toBe(200);
  return deposit;
}

async function adyenDeposit(p: Player, amount: number) {
  const deposit = expectType((await p.sdk.CreateDeposit({ input: { provider: 'ADYEN', currency: 'EUR', amount: String(amount), returnUrl: 'https://casino.test/back' } })).createDeposit, 'CreateDepositPayload');
  const psp = pspRef();
  const notification = adyenNotification(
    [{ eventCode: 'AUTHORISATION', success: true, pspReference: psp, merchantReference: localId(deposit.payment.id), merchantAccountCode: ADYEN_MERCHANT, amount: { value: amount, currency: 'EUR' } }],
    ADYEN_HMAC_KEY,
  );
  expect((await sendAdyenWebhook(adyenWebhookUrl, notification)).status).toBe(200);
  return { paymentId: deposit.payment.id, psp };
}

/** Rows the player's withdrawal requests wrote. */
async function withdrawalRows(playerId: string) {
  const { rows } = await db.query(`select id, status, amount::text from payment_withdrawal where player_id = $1`, [playerId]);
  return rows;
}

const stripePayouts = () => stripe.requests.filter((r) => r.method === 'POST' && r.path === '/v1/payouts');

describe('closed-loop withdrawals', () => {
  it('refuses a withdrawal through a provider that never funded the player, with a typed error and nothing held', async () => {
    const p = await player(server, world);
    await adyenDeposit(p, 3000);
    const before = stripe.requests.length;
    const asked = await p.sdk.RequestWithdrawal({ input: { idempotencyKey: key(), currency: 'EUR', amount: '1000', provider: 'STRIPE' } });
    expect(asked.requestWithdrawal.__typename).toBe('WithdrawalProviderNotFundingError');
    expect(asked.requestWithdrawal).toMatchObject({ code: 'WITHDRAWAL_PROVIDER_NOT_FUNDING' });
    expect(await eur(p.sdk)).toMatchObject({ cash: '3000', held: '0', available: '3000' });
    expect(await withdrawalRows(p.id)).toEqual([]);
    expect(stripe.requests.length).toBe(before);
    // Through the provider that funded them it goes, as a refund of that deposit.
    const ok = expectType((await p.sdk.RequestWithdrawal({ input: { idempotencyKey: key(), currency: 'EUR', amount: '1000' } })).requestWithdrawal, 'RequestWithdrawalPayload');
    expect(ok.withdrawal).toMatchObject({ provider: 'ADYEN', amount: { amount: '1000' } });
  });

  it('splits a withdrawal over the deposits of both providers, the chosen one first, each refunded; no payout without a destination', async () => {
    const p = await player(server, world);
    const viaAdyen = await adyenDeposit(p, 3000);
    const viaStripe = await stripeDeposit(p, 2000);
    const payoutsBefore = stripePayouts().length;

    const asked = expectType((await p.sdk.RequestWithdrawal({ input: { idempotencyKey: 'cl-split-0001', currency: 'EUR', amount: '4000', provider: 'STRIPE' } })).requestWithdrawal, 'RequestWithdrawalPayload');
    expect(asked.parts.map((w) => ({ provider: w.provider, amount: w.amount.amount, source: w.sourcePayment?.id ?? null, status: w.status }))).toEqual([
      { provider: 'STRIPE', amount: '2000', source: viaStripe.paymentId, status: 'PENDING' },
      { provider: 'ADYEN', amount: '2000', source: viaAdyen.paymentId, status: 'PENDING' },
    ]);
    expect(asked.parts.every((w) => w.request?.id === asked.withdrawal.id)).toBe(true);
    expect(await eur(p.sdk)).toMatchObject({ cash: '5000', held: '4000', available: '1000' });
    // A replay answers the whole request; a different amount under the same key is a conflict.
    const replay = expectType((await p.sdk.RequestWithdrawal({ input: { idempotencyKey: 'cl-split-0001', currency: 'EUR', amount: '4000', provider: 'STRIPE' } })).requestWithdrawal, 'RequestWithdrawalPayload');
    expect(replay).toMatchObject({ replay: true, withdrawal: { id: asked.withdrawal.id } });
    expect(replay.parts.map((w) => w.id)).toEqual(asked.parts.map((w) => w.id));
    expect((await p.sdk.RequestWithdrawal({ input: { idempotencyKey: 'cl-split-0001', currency: 'EUR', amount: '2000', provider: 'STRIPE' } })).requestWithdrawal.__typename).toBe('IdempotencyConflictError');

    for (const part of asked.parts) {
      expect(expectType((await world.finance.sdk.ApproveWithdrawal({ input: { withdrawalId: part.id } })).approveWithdrawal, 'ApproveWithdrawalPayload').withdrawal).toMatchObject({ status: 'PROCESSING', route: 'REFUND' });
    }
    const [stripePart, adyenPart] = asked.parts;
    const stripeRefund = [...stripe.refunds.values()].find((r) => (r.metadata as Record<string, string>).withdrawalId === localId(stripePart!.id))!;
    expect(stripeRefund).toMatchObject({ payment_intent: viaStripe.intentId, amount: 2000 });
    const adyenRefund = [...adyen.refunds.values()].find((r) => r.reference === localId(adyenPart!.id))!;
    expect(adyenRefund).toMatchObject({ paymentPspReference: viaAdyen.psp, amount: { value: 2000, currency: 'EUR' } });
    expect(stripePayouts().length).toBe(payoutsBefore);

    // Both providers confirm: each part captured into its provider's account.
    expect((await sendStripeWebhook(world.webhookUrl, stripe.event('refund.updated', { ...stripeRefund, status: 'succeeded' }), STRIPE_SECRET)).status).toBe(200);
    const refunded = adyenNotification(
      [{ eventCode: 'REFUND', success: true, pspReference: adyenRefund.pspReference as string, originalReference: viaAdyen.psp, merchantReference: localId(adyenPart!.id), merchantAccountCode: ADYEN_MERCHANT, amount: { value: 2000, currency: 'EUR' } }],
      ADYEN_HMAC_KEY,
    );
    expect((await sendAdyenWebhook(adyenWebhookUrl, refunded)).status).toBe(200);
    expect(await eur(p.sdk)).toMatchObject({ cash: '1000', held: '0' });
    const { myWithdrawals } = await p.sdk.MyWithdrawals();
    expect(myWithdrawals!.nodes.map((e) => e.status)).toEqual(['PAID', 'PAID']);
  });

  it('parks what the funding deposits cannot take back (winnings) as a MANUAL part naming the funding deposit, never paid by a provider', async () => {
    const p = await player(server, world);
    const deposit = await stripeDeposit(p, 1000);
    // A win: the house pays the player, through the partner API.
    const won = await world.partner.PostTransfers({
      input: { idempotencyKey: key(), code: 'WIN', transfers: [{ from: { ownerType: 'HOUSE', currency: 'EUR' }, to: { ownerType: 'PLAYER', ownerId: playerGlobalId(p.id), currency: 'EUR', kind: 'CASH' }, amount: '4000' }] },
    });
    expectType(won.postTransfers, 'PostTransfersPayload');
    const payoutsBefore = stripePayouts().length;
    const refundsBefore = stripe.refunds.size;
    const asked = expectType((await p.sdk.RequestWithdrawal({ input: { idempotencyKey: key(), currency: 'EUR', amount: '3000' } })).requestWithdrawal, 'RequestWithdrawalPayload');
    expect(asked.parts.map((w) => ({ provider: w.provider, amount: w.amount.amount, route: w.route, source: w.sourcePayment?.id ?? null, instrument: w.instrumentPayment?.id ?? null, instrumentRef: w.instrumentRef }))).toEqual([
      { provider: 'STRIPE', amount: '1000', route: null, source: deposit.paymentId, instrument: null, instrumentRef: null },
      { provider: 'STRIPE', amount: '2000', route: 'MANUAL', source: null, instrument: deposit.paymentId, instrumentRef: deposit.intentId },
    ]);
    expect(await eur(p.sdk)).toMatchObject({ cash: '5000', held: '3000' });
    const [refundPart, manualPart] = asked.parts;
    expect(expectType((await world.finance.sdk.ApproveWithdrawal({ input: { withdrawalId: refundPart!.id } })).approveWithdrawal, 'ApproveWithdrawalPayload').withdrawal).toMatchObject({ status: 'PROCESSING', route: 'REFUND' });
    // The manual part is parked for FINANCE: no provider is asked to pay it.
    expect(expectType((await world.finance.sdk.ApproveWithdrawal({ input: { withdrawalId: manualPart!.id } })).approveWithdrawal, 'ApproveWithdrawalPayload').withdrawal).toMatchObject({ status: 'PARKED', route: 'MANUAL' });
    expect(stripe.refunds.size).toBe(refundsBefore + 1);
    expect(stripePayouts().length).toBe(payoutsBefore);
    // Once the deposit is refunded in full, a further request is all manual, still naming that deposit.
    const more = expectType((await p.sdk.RequestWithdrawal({ input: { idempotencyKey: key(), currency: 'EUR', amount: '500' } })).requestWithdrawal, 'RequestWithdrawalPayload');
    expect(more.parts.map((w) => ({ route: w.route, amount: w.amount.amount, instrument: w.instrumentPayment?.id ?? null }))).toEqual([{ route: 'MANUAL', amount: '500', instrument: deposit.paymentId }]);
    expect(await eur(p.sdk)).toMatchObject({ held: '3500' });
  });

  it('a player with no deposit at all has no route: WITHDRAWAL_NO_ROUTE, nothing held', async () => {
    const p = await player(server, world);
    await world.partner.PostTransfers({
      input: { idempotencyKey: key(), code: 'WIN', transfers: [{ from: { ownerType: 'HOUSE', currency: 'EUR' }, to: { ownerType: 'PLAYER', ownerId: playerGlobalId(p.id), currency: 'EUR', kind: 'CASH' }, amount: '4000' }] },
    });
    const asked = await p.sdk.RequestWithdrawal({ input: { idempotencyKey: key(), currency: 'EUR', amount: '3000' } });
    expect(expectType(asked.requestWithdrawal, 'WithdrawalNoRouteError')).toMatchObject({ code: 'WITHDRAWAL_NO_ROUTE', routable: '0' });
    expect(await eur(p.sdk)).toMatchObject({ cash: '4000', held: '0' });
    expect(await withdrawalRows(p.id)).toEqual([]);
  });

  it('the adapters refuse a payout without a destination and send nothing (defence in depth)', async () => {
    const request = { withdrawalId: '00000000-0000-7000-8000-000000000001', playerId: 'p', amount: 1000n, currency: 'EUR', sourcePaymentRef: null };
    const before = { stripe: stripe.requests.length, adyen: adyen.requests.length };
    const s = stripeGateway({ code: 'stripe', credentials: { apiKey: STRIPE_API_KEY, webhookSecret: STRIPE_SECRET }, endpoint: stripe.url });
    await expect(s.createPayout(request)).rejects.toBeInstanceOf(PayoutRouteUnavailableError);
    const a = adyenGateway({ code: 'adyen', credentials: { apiKey: ADYEN_API_KEY, webhookSecret: ADYEN_HMAC_KEY, merchantAccount: ADYEN_MERCHANT }, endpoint: adyen.url });
    await expect(a.createPayout(request)).rejects.toBeInstanceOf(PayoutRouteUnavailableError);
    expect({ stripe: stripe.requests.length, adyen: adyen.requests.length }).toEqual(before);
  });
});
