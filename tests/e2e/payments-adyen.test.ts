/**
 * Payments through Adyen, end to end: the real `@adyen/api-library` talks to a local fake of
 * Adyen's Checkout API; notifications are HMAC-signed with the SDK's own HmacValidator.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { expectType, platformAdmin } from '../helpers/world.js';
import { adyenNotification, pspRef, sendAdyenWebhook, startFakeAdyen, type FakeAdyen, type NotificationFields } from '../helpers/fake-adyen.js';
import { ADYEN_API_KEY, ADYEN_HMAC_KEY, ADYEN_MERCHANT, eur, ownerDb, paymentsWorld, player, spend, type PaymentsWorld, localId } from '../helpers/payments.js';

let server: TestServer;
let adyen: FakeAdyen;
let world: PaymentsWorld;
let platform: Sdk;
let db: pg.Client;

beforeAll(async () => {
  adyen = await startFakeAdyen();
  server = await startServer();
  platform = (await platformAdmin(server)).sdk;
  world = await paymentsWorld(server, platform, { code: 'adyen', endpoint: adyen.url, freeze: 'NEVER' });
  db = await ownerDb();
});

afterAll(async () => {
  await db?.end();
  await server?.close();
  await adyen?.close();
});

type Player = Awaited<ReturnType<typeof player>>;

const item = (fields: Partial<NotificationFields> & Pick<NotificationFields, 'eventCode' | 'pspReference' | 'merchantReference' | 'amount'>): NotificationFields => ({
  success: true,
  merchantAccountCode: ADYEN_MERCHANT,
  ...fields,
});

async function notify(...items: NotificationFields[]) {
  return sendAdyenWebhook(world.webhookUrl, adyenNotification(items, ADYEN_HMAC_KEY));
}

async function startDeposit(p: Player, amount: string) {
  const result = await p.sdk.CreateDeposit({ input: { provider: 'ADYEN', currency: 'EUR', amount, returnUrl: 'https://casino.test/back' } });
  return expectType(result.createDeposit, 'CreateDepositPayload');
}

async function deposited(p: Player, amount: string) {
  const deposit = await startDeposit(p, amount);
  const psp = pspRef();
  const answer = await notify(item({ eventCode: 'AUTHORISATION', pspReference: psp, merchantReference: localId(deposit.payment.id), amount: { value: Number(amount), currency: 'EUR' } }));
  expect(answer).toEqual({ status: 200, text: '[accepted]' });
  return { deposit, psp };
}

describe('Adyen deposits', () => {
  it('returns session data, then credits once on the HMAC-verified AUTHORISATION', async () => {
    const p = await player(server, world);
    const deposit = await startDeposit(p, '2500');
    expect(deposit.sessionId).toMatch(/^CS/);
    expect(deposit.sessionData).toBeTruthy();
    const sent = adyen.requests.find((r) => r.path.endsWith('/sessions') && r.body.reference === localId(deposit.payment.id))!;
    expect(sent).toMatchObject({ apiKey: ADYEN_API_KEY, body: { merchantAccount: ADYEN_MERCHANT, amount: { value: 2500, currency: 'EUR' } } });
    expect(sent.idempotencyKey).toBe(`deposit-${localId(deposit.payment.id)}`);

    const psp = pspRef();
    const auth = item({ eventCode: 'AUTHORISATION', pspReference: psp, merchantReference: localId(deposit.payment.id), amount: { value: 2500, currency: 'EUR' } });
    const answers = await Promise.all([notify(auth), notify(auth), notify(auth)]);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    expect(await eur(p.sdk)).toMatchObject({ cash: '2500' });
    const { payment } = await world.tenant.admin.sdk.Payment({ id: deposit.payment.id });
    expect(payment).toMatchObject({ status: 'SUCCEEDED', providerRef: psp });
  });

  it('credits nothing for a refused authorisation or a cancellation', async () => {
    const p = await player(server, world);
    const refused = await startDeposit(p, '800');
    expect((await notify(item({ eventCode: 'AUTHORISATION', success: false, reason: 'Refused', pspReference: pspRef(), merchantReference: localId(refused.payment.id), amount: { value: 800, currency: 'EUR' } }))).status).toBe(200);
    const cancelled = await startDeposit(p, '900');
    expect((await notify(item({ eventCode: 'CANCELLATION', pspReference: pspRef(), merchantReference: localId(cancelled.payment.id), amount: { value: 900, currency: 'EUR' } }))).status).toBe(200);
    expect(await eur(p.sdk)).toMatchObject({ cash: '0' });
    expect((await world.tenant.admin.sdk.Payment({ id: refused.payment.id })).payment).toMatchObject({ status: 'FAILED', failureReason: 'Refused' });
    expect((await world.tenant.admin.sdk.Payment({ id: cancelled.payment.id })).payment!.status).toBe('CANCELLED');
  });

  it('refuses a tampered or foreign notification with 4xx and books nothing', async () => {
    const p = await player(server, world);
    const deposit = await startDeposit(p, '1000');
    const notification = adyenNotification([item({ eventCode: 'AUTHORISATION', pspReference: pspRef(), merchantReference: localId(deposit.payment.id), amount: { value: 1000, currency: 'EUR' } })], ADYEN_HMAC_KEY);
    // The amount changed after signing.
    const items = notification.notificationItems as { NotificationRequestItem: { amount: { value: number } } }[];
    items[0]!.NotificationRequestItem.amount.value = 100000;
    expect((await sendAdyenWebhook(world.webhookUrl, notification)).status).toBe(401);
    // Signed with another key.
    const foreign = adyenNotification([item({ eventCode: 'AUTHORISATION', pspReference: pspRef(), merchantReference: localId(deposit.payment.id), amount: { value: 1000, currency: 'EUR' } })], 'AA'.repeat(32));
    expect((await sendAdyenWebhook(world.webhookUrl, foreign)).status).toBe(401);
    expect((await sendAdyenWebhook(world.webhookUrl, { notificationItems: [] })).status).toBe(401);
    expect(await eur(p.sdk)).toMatchObject({ cash: '0' });
    const { rows } = await db.query<{ n: number }>(
      `select count(*)::int as n from payment_webhook w join tenant t on t.id = w.tenant_id where t.slug = $1 and not accepted`,
      [world.tenant.slug],
    );
    expect(rows[0]!.n).toBeGreaterThanOrEqual(3);
  });
});

describe('Adyen story: deposit, withdrawal, chargeback', () => {
  it('pays out by refunding the funding payment, claws back a lost chargeback and reverses it when won', async () => {
    const p = await player(server, world);
    const { deposit, psp } = await deposited(p, '6000');

    // Withdrawal: held, approved, refunded to the card through Adyen, captured on REFUND.
    const w = expectType((await p.sdk.RequestWithdrawal({ input: { idempotencyKey: 'adyen-wd-001', currency: 'EUR', amount: '2000' } })).requestWithdrawal, 'RequestWithdrawalPayload').withdrawal;
    expect(w.provider).toBe('ADYEN');
    const approved = expectType((await world.finance.sdk.ApproveWithdrawal({ input: { withdrawalId: w.id } })).approveWithdrawal, 'ApproveWithdrawalPayload').withdrawal;
    expect(approved).toMatchObject({ status: 'PROCESSING', route: 'REFUND' });
    const refund = [...adyen.refunds.values()].find((r) => r.reference === localId(w.id))!;
    expect(refund).toMatchObject({ paymentPspReference: psp, amount: { value: 2000, currency: 'EUR' } });
    expect(await eur(p.sdk)).toMatchObject({ cash: '6000', held: '2000' });
    const paid = item({ eventCode: 'REFUND', pspReference: refund.pspReference as string, originalReference: psp, merchantReference: localId(w.id), amount: { value: 2000, currency: 'EUR' } });
    expect((await notify(paid)).status).toBe(200);
    expect((await notify(paid)).status).toBe(200);
    expect(await eur(p.sdk)).toMatchObject({ cash: '4000', held: '0' });

    // The player spends most of the rest; then the card holder disputes the deposit.
    await spend(world, p.id, '3000');
    const chargeback = { pspReference: psp, originalReference: psp, merchantReference: localId(deposit.payment.id), amount: { value: 6000, currency: 'EUR' } };
    expect((await notify(item({ ...chargeback, eventCode: 'NOTIFICATION_OF_CHARGEBACK', reason: 'Fraud', additionalData: { defensePeriodEndsAt: new Date(Date.now() + 10 * 86400_000).toISOString() } }))).status).toBe(200);
    const { disputes } = await world.finance.sdk.Disputes({});
    const dispute = disputes!.nodes.map((e) => e).find((d) => d.payment.id === deposit.payment.id)!;
    expect(dispute).toMatchObject({ status: 'NEEDS_RESPONSE', reason: 'Fraud', amount: { amount: '6000' } });
    expect(dispute.dueBy).not.toBeNull();

    expect((await notify(item({ ...chargeback, eventCode: 'CHARGEBACK' }))).status).toBe(200);
    expect((await world.finance.sdk.Dispute({ id: dispute.id })).dispute).toMatchObject({ status: 'LOST', clawedCash: { amount: '1000' }, receivable: { amount: '5000' } });
    expect(await eur(p.sdk)).toMatchObject({ cash: '0' });
    const frozen = await db.query<{ frozen: boolean }>(`select frozen from ledger_account where owner_type = 'PLAYER' and owner_id = $1 and kind = 'CASH'`, [p.id]);
    expect(frozen.rows[0]!.frozen).toBe(false); // this tenant's policy is NEVER

    // Won after all: the clawback is reversed, the receivable cleared.
    expect((await notify(item({ ...chargeback, eventCode: 'CHARGEBACK_REVERSED' }))).status).toBe(200);
    expect((await world.finance.sdk.Dispute({ id: dispute.id })).dispute).toMatchObject({ status: 'WON', clawedCash: { amount: '0' }, receivable: { amount: '0' } });
    expect(await eur(p.sdk)).toMatchObject({ cash: '1000' });
    const receivable = await db.query<{ balance: string }>(`select balance::text from ledger_account where owner_id = $1`, [`receivable:${p.id}`]);
    expect(receivable.rows[0]!.balance).toBe('0');
    expect((await world.finance.sdk.AddDisputeEvidence({ input: { disputeId: dispute.id, note: 'closed already' } })).addDisputeEvidence.__typename).toBe('DisputeClosedError');

    // Lost again at the second round (SECOND_CHARGEBACK): clawed back once more.
    expect((await notify(item({ ...chargeback, eventCode: 'SECOND_CHARGEBACK' }))).status).toBe(200);
    expect((await world.finance.sdk.Dispute({ id: dispute.id })).dispute).toMatchObject({ status: 'LOST', clawedCash: { amount: '1000' }, receivable: { amount: '5000' } });
    expect(await eur(p.sdk)).toMatchObject({ cash: '0' });
  });

  it('releases the hold when the refund fails at Adyen after approval, and when Adyen refuses the request', async () => {
    const p = await player(server, world);
    const { psp } = await deposited(p, '3000');
    const w = expectType((await p.sdk.RequestWithdrawal({ input: { idempotencyKey: 'adyen-wd-fail', currency: 'EUR', amount: '1000' } })).requestWithdrawal, 'RequestWithdrawalPayload').withdrawal;
    expectType((await world.finance.sdk.ApproveWithdrawal({ input: { withdrawalId: w.id } })).approveWithdrawal, 'ApproveWithdrawalPayload').withdrawal;
    const refund = [...adyen.refunds.values()].find((r) => r.reference === localId(w.id))!;
    expect((await notify(item({ eventCode: 'REFUND', success: false, reason: 'Insufficient balance on payment', pspReference: refund.pspReference as string, originalReference: psp, merchantReference: localId(w.id), amount: { value: 1000, currency: 'EUR' } }))).status).toBe(200);
    expect(await eur(p.sdk)).toMatchObject({ cash: '3000', held: '0' });
    const { myWithdrawals } = await p.sdk.MyWithdrawals();
    expect(myWithdrawals!.nodes.find((n) => n.id === w.id)!.status).toBe('FAILED');

    const again = expectType((await p.sdk.RequestWithdrawal({ input: { idempotencyKey: 'adyen-wd-fail-2', currency: 'EUR', amount: '1000' } })).requestWithdrawal, 'RequestWithdrawalPayload').withdrawal;
    adyen.failNextRefund = 422;
    expect(expectType((await world.finance.sdk.ApproveWithdrawal({ input: { withdrawalId: again.id } })).approveWithdrawal, 'ApproveWithdrawalPayload').withdrawal.status).toBe('FAILED');
    expect(await eur(p.sdk)).toMatchObject({ cash: '3000', held: '0' });
    // The failed refund gave its amount back to the deposit's refundable part: a new one can go.
    const third = expectType((await p.sdk.RequestWithdrawal({ input: { idempotencyKey: 'adyen-wd-fail-3', currency: 'EUR', amount: '3000' } })).requestWithdrawal, 'RequestWithdrawalPayload').withdrawal;
    expect(expectType((await world.finance.sdk.ApproveWithdrawal({ input: { withdrawalId: third.id } })).approveWithdrawal, 'ApproveWithdrawalPayload').withdrawal).toMatchObject({ status: 'PROCESSING', route: 'REFUND' });
  });
});
