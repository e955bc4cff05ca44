/**
 * Payments through Stripe, end to end: the real `stripe` SDK talks to a local fake of Stripe's
 * API; webhooks reach our endpoint signed as Stripe signs them (the SDK's own helper).
 */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { expectType, platformAdmin } from '../helpers/world.js';
import { collect, settle } from '../helpers/subscriptions.js';
import { sendStripeWebhook, startFakeStripe, type FakeStripe } from '../helpers/fake-stripe.js';
import { eur, ownerDb, paymentsWorld, player, spend, STRIPE_API_KEY, STRIPE_SECRET, waitFor, type PaymentsWorld, localId } from '../helpers/payments.js';

let server: TestServer;
let stripe: FakeStripe;
let world: PaymentsWorld;
let platform: Sdk;
let db: pg.Client;
const logLines: string[] = [];

beforeAll(async () => {
  stripe = await startFakeStripe();
  const stream = new Writable({
    write(chunk, _encoding, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  server = await startServer({ logLevel: 'info', logStream: stream });
  platform = (await platformAdmin(server)).sdk;
  world = await paymentsWorld(server, platform, { code: 'stripe', endpoint: stripe.url });
  db = await ownerDb();
});

afterAll(async () => {
  await db?.end();
  await server?.close();
  await stripe?.close();
});

type Player = Awaited<ReturnType<typeof player>>;

/** A deposit started through the API; the fake's PaymentIntent behind it. */
async function startDeposit(p: Player, amount: string) {
  const result = await p.sdk.CreateDeposit({ input: { provider: 'STRIPE', currency: 'EUR', amount } });
  const deposit = expectType(result.createDeposit, 'CreateDepositPayload');
  const intent = stripe.intents.get(deposit.payment.providerRef!)!;
  return { deposit, intent };
}

const succeeded = (intent: Record<string, unknown>, amount = intent.amount) =>
  stripe.event('payment_intent.succeeded', { ...intent, status: 'succeeded', amount_received: amount });

async function deposited(p: Player, amount: string) {
  const { deposit, intent } = await startDeposit(p, amount);
  expect((await sendStripeWebhook(world.webhookUrl, succeeded(intent), STRIPE_SECRET)).status).toBe(200);
  return { deposit, intent };
}

describe('provider configuration', () => {
  it('never shows the credentials, only a fingerprint', async () => {
    const { paymentProviders } = await world.tenant.admin.sdk.PaymentProviders();
    expect(paymentProviders).toHaveLength(1);
    const text = JSON.stringify(paymentProviders);
    expect(text).not.toContain(STRIPE_API_KEY);
    expect(text).not.toContain(STRIPE_SECRET);
    expect(paymentProviders![0]!.keyFingerprint).toMatch(/^[0-9a-f]{16}$/);
    const { rows } = await db.query<{ credentials: Buffer }>(`select credentials from payment_provider where code = 'stripe'`);
    for (const row of rows) {
      expect(row.credentials.toString('latin1')).not.toContain(STRIPE_API_KEY);
      expect(row.credentials.toString('latin1')).not.toContain(STRIPE_SECRET);
    }
  });

  it('refuses bad input with typed errors and writes nothing', async () => {
    const p = await player(server, world);
    const low = await p.sdk.CreateDeposit({ input: { provider: 'STRIPE', currency: 'EUR', amount: '99' } });
    expect(low.createDeposit.__typename).toBe('PaymentAmountOutOfBoundsError');
    const high = await p.sdk.CreateDeposit({ input: { provider: 'STRIPE', currency: 'EUR', amount: '100001' } });
    expect(high.createDeposit.__typename).toBe('PaymentAmountOutOfBoundsError');
    const usd = await p.sdk.CreateDeposit({ input: { provider: 'STRIPE', currency: 'USD', amount: '1000' } });
    expect(usd.createDeposit.__typename).toBe('PaymentCurrencyUnsupportedError');
    const paypal = await p.sdk.CreateDeposit({ input: { provider: 'SANDBOX', currency: 'EUR', amount: '1000' } });
    expect(paypal.createDeposit.__typename).toBe('PaymentProviderUnsupportedError');
    const before = stripe.requests.length;
    const nothing = await p.sdk.RequestWithdrawal({ input: { idempotencyKey: 'wd-nothing-1', currency: 'EUR', amount: '100', provider: 'STRIPE' } });
    expect(nothing.requestWithdrawal.__typename).toBe('WithdrawalExceedsAvailableError');
    expect(stripe.requests.length).toBe(before);
    const { myPayments } = await p.sdk.MyPayments();
    expect(myPayments!.nodes).toHaveLength(0);
    const { myWithdrawals } = await p.sdk.MyWithdrawals();
    expect(myWithdrawals!.nodes).toHaveLength(0);
  });
});

describe('deposits', () => {
  it('credits once, on the verified webhook, whatever the number of deliveries', async () => {
    const p = await player(server, world);
    const staffEvents = collect<{ paymentEvents: { kind: string; subject: { __typename: string; id?: string } | null; player: { id: string } } }>(server.ws({ authorization: `Bearer ${world.finance.token}` }), 'subscription { paymentEvents { kind subject { __typename ... on Payment { id } } player { id } } }');
    const mine = collect<{ myPaymentEvents: { kind: string } }>(server.ws({ authorization: `Bearer ${p.token}` }), 'subscription { myPaymentEvents { kind subject { __typename } } }');
    await settle();
    const { deposit, intent } = await startDeposit(p, '2000');
    expect(deposit.clientSecret).toBe(intent.client_secret);
    expect(deposit.payment.status).toBe('PENDING');
    expect((await eur(p.sdk)).cash).toBe('0');

    const event = succeeded(intent);
    const deliveries = await Promise.all(Array.from({ length: 5 }, () => sendStripeWebhook(world.webhookUrl, event, STRIPE_SECRET)));
    expect(deliveries.map((d) => d.status)).toEqual([200, 200, 200, 200, 200]);
    // The same verdict under another event id (a resend) changes nothing either.
    expect((await sendStripeWebhook(world.webhookUrl, succeeded(intent), STRIPE_SECRET)).status).toBe(200);
    // A late failure after the success changes nothing.
    expect((await sendStripeWebhook(world.webhookUrl, stripe.event('payment_intent.payment_failed', { ...intent, status: 'requires_payment_method' }), STRIPE_SECRET)).status).toBe(200);
    expect(await eur(p.sdk)).toMatchObject({ cash: '2000', held: '0' });
    const { payment } = await world.tenant.admin.sdk.Payment({ id: deposit.payment.id });
    expect(payment).toMatchObject({ status: 'SUCCEEDED', confirmedAmount: { amount: '2000' } });
    const { rows } = await db.query(`select count(*)::int as n from ledger_transaction where code = 'DEPOSIT' and reference = $1`, [localId(deposit.payment.id)]);
    expect(rows[0].n).toBe(1);

    await staffEvents.waitFor(2);
    expect(staffEvents.received.map((e) => e.paymentEvents.kind)).toEqual(expect.arrayContaining(['DEPOSIT_CREATED', 'DEPOSIT_SUCCEEDED']));
    await mine.waitFor(2);
    expect(mine.received.map((e) => e.myPaymentEvents.kind)).toContain('DEPOSIT_SUCCEEDED');
  });

  it('handles out-of-order verdicts: a failure then a success credits once; a cancellation credits nothing', async () => {
    const p = await player(server, world);
    const first = await startDeposit(p, '700');
    expect((await sendStripeWebhook(world.webhookUrl, stripe.event('payment_intent.payment_failed', { ...first.intent, last_payment_error: { message: 'card declined' } }), STRIPE_SECRET)).status).toBe(200);
    expect((await eur(p.sdk)).cash).toBe('0');
    expect((await sendStripeWebhook(world.webhookUrl, succeeded(first.intent), STRIPE_SECRET)).status).toBe(200);
    expect((await eur(p.sdk)).cash).toBe('700');

    const second = await startDeposit(p, '300');
    expect((await sendStripeWebhook(world.webhookUrl, stripe.event('payment_intent.canceled', { ...second.intent, status: 'canceled' }), STRIPE_SECRET)).status).toBe(200);
    expect((await eur(p.sdk)).cash).toBe('700');
    const { payment } = await world.tenant.admin.sdk.Payment({ id: second.deposit.payment.id });
    expect(payment!.status).toBe('CANCELLED');
  });

  it('refuses bad signatures and stale timestamps with 4xx, books nothing, logs the attempt without the secret', async () => {
    const p = await player(server, world);
    const { deposit, intent } = await startDeposit(p, '900');
    const event = succeeded(intent);
    const forged = await sendStripeWebhook(world.webhookUrl, event, 'whsec_not_the_right_secret_at_all');
    expect(forged.status).toBe(401);
    const stale = await sendStripeWebhook(world.webhookUrl, event, STRIPE_SECRET, { timestamp: Math.floor(Date.now() / 1000) - 3600 });
    expect(stale.status).toBe(401);
    const garbage = await sendStripeWebhook(world.webhookUrl, event, STRIPE_SECRET, { signature: 't=1,v1=deadbeef' });
    expect(garbage.status).toBe(401);
    expect((await eur(p.sdk)).cash).toBe('0');
    const { payment } = await world.tenant.admin.sdk.Payment({ id: deposit.payment.id });
    expect(payment!.status).toBe('PENDING');
    const { rows } = await db.query<{ outcome: string }>(
      `select outcome from payment_webhook w join tenant t on t.id = w.tenant_id where t.slug = $1 and not accepted order by received_at`,
      [world.tenant.slug],
    );
    expect(rows.map((r) => r.outcome)).toEqual(expect.arrayContaining(['REFUSED: signature mismatch', 'REFUSED: timestamp outside the tolerance zone']));
    const refused = await waitFor(async () => logLines.filter((l) => l.includes('payment webhook refused')).length >= 3 && logLines);
    const text = refused.join('\n');
    expect(text).toContain('payment webhook refused');
    expect(text).not.toContain(STRIPE_SECRET);
    expect(text).not.toContain(STRIPE_API_KEY);
  });

  it('records webhooks of unknown payments and books nothing', async () => {
    const ghost = stripe.event('payment_intent.succeeded', { id: 'pi_unknown_to_us', object: 'payment_intent', amount: 5000, amount_received: 5000, currency: 'eur', metadata: {} });
    expect((await sendStripeWebhook(world.webhookUrl, ghost, STRIPE_SECRET)).status).toBe(200);
    const { rows } = await db.query<{ outcome: string }>(`select outcome from payment_webhook where event_id = $1`, [ghost.id]);
    expect(rows).toEqual([{ outcome: 'UNKNOWN_PAYMENT' }]);
  });

  it('respects the player\'s responsible-gambling deposit limit', async () => {
    const p = await player(server, world);
    const limit = await p.sdk.SetResponsibleGamblingLimit({ input: { kind: 'DEPOSIT', period: 'DAY', currency: 'EUR', amount: '1000' } });
    expectType(limit.setResponsibleGamblingLimit, 'SetResponsibleGamblingLimitPayload');
    const over = await p.sdk.CreateDeposit({ input: { provider: 'STRIPE', currency: 'EUR', amount: '1500' } });
    expect(over.createDeposit.__typename).toBe('DepositLimitReachedError');
    // Two deposits started within the limit; confirmed, the second would cross it: refused, not credited.
    const a = await startDeposit(p, '800');
    const b = await startDeposit(p, '800');
    expect((await sendStripeWebhook(world.webhookUrl, succeeded(a.intent), STRIPE_SECRET)).status).toBe(200);
    expect((await sendStripeWebhook(world.webhookUrl, succeeded(b.intent), STRIPE_SECRET)).status).toBe(200);
    expect((await eur(p.sdk)).cash).toBe('800');
    const { payment } = await world.tenant.admin.sdk.Payment({ id: b.deposit.payment.id });
    expect(payment).toMatchObject({ status: 'REFUSED', refusal: 'DEPOSIT_LIMIT_REACHED' });
    // ... and its money goes back through a refund at Stripe.
    await waitFor(async () => [...stripe.refunds.values()].some((r) => r.payment_intent === b.intent.id));
  });
});

describe('withdrawals', () => {
  it('reserves the hold in the same commit as the request: a request refused by the database holds nothing', async () => {
    const p = await player(server, world);
    await deposited(p, '2000');
    const heldBefore = (await p.sdk.Wallet()).wallet!.find((w) => w.currency === 'EUR')!;
    // A real refusal by PostgreSQL after the hold is reserved: a CHECK on this request's amount only.
    const marker = `hold_atomic_${Date.now()}`;
    await db.query(`alter table payment_withdrawal add constraint ${marker} check (amount <> 1234) not valid`);
    try {
      await expect(p.sdk.RequestWithdrawal({ input: { idempotencyKey: 'wd-atomic-001', currency: 'EUR', amount: '1234' } })).rejects.toThrow();
    } finally {
      await db.query(`alter table payment_withdrawal drop constraint ${marker}`);
    }
    const after = (await p.sdk.Wallet()).wallet!.find((w) => w.currency === 'EUR')!;
    expect({ held: after.held, available: after.available }).toEqual({ held: heldBefore.held, available: heldBefore.available });
    // The key was not used up: the same request now goes through, and holds once.
    const done = expectType((await p.sdk.RequestWithdrawal({ input: { idempotencyKey: 'wd-atomic-001', currency: 'EUR', amount: '1234' } })).requestWithdrawal, 'RequestWithdrawalPayload');
    expect(done.replay).toBe(false);
    expect((await p.sdk.Wallet()).wallet!.find((w) => w.currency === 'EUR')!.held.amount).toBe(String(BigInt(heldBefore.held.amount) + 1234n));
  });

  it('holds cash, pays out through the funding deposit on approval, captures on the provider\'s confirmation', async () => {
    const p = await player(server, world);
    await deposited(p, '3000');
    const tooMuch = await p.sdk.RequestWithdrawal({ input: { idempotencyKey: 'wd-too-much-1', currency: 'EUR', amount: '3001' } });
    expect(tooMuch.requestWithdrawal.__typename).toBe('WithdrawalExceedsAvailableError');
    const requested = expectType((await p.sdk.RequestWithdrawal({ input: { idempotencyKey: 'wd-one-0001', currency: 'EUR', amount: '1200' } })).requestWithdrawal, 'RequestWithdrawalPayload');
    expect(requested.withdrawal).toMatchObject({ status: 'PENDING', requiredApprovals: 1, provider: 'STRIPE' });
    const replay = expectType((await p.sdk.RequestWithdrawal({ input: { idempotencyKey: 'wd-one-0001', currency: 'EUR', amount: '1200' } })).requestWithdrawal, 'RequestWithdrawalPayload');
    expect(replay).toMatchObject({ replay: true, withdrawal: { id: requested.withdrawal.id } });
    const conflict = await p.sdk.RequestWithdrawal({ input: { idempotencyKey: 'wd-one-0001', currency: 'EUR', amount: '1300' } });
    expect(conflict.requestWithdrawal.__typename).toBe('IdempotencyConflictError');
    expect(await eur(p.sdk)).toMatchObject({ cash: '3000', held: '1200', available: '1800' });

    const { withdrawals } = await world.finance.sdk.Withdrawals({ filter: { status: 'PENDING' } });
    expect(withdrawals!.nodes.map((e) => e.id)).toContain(requested.withdrawal.id);
    const approved = expectType((await world.finance.sdk.ApproveWithdrawal({ input: { withdrawalId: requested.withdrawal.id } })).approveWithdrawal, 'ApproveWithdrawalPayload').withdrawal;
    expect(approved).toMatchObject({ status: 'PROCESSING', route: 'REFUND' });
    const refund = [...stripe.refunds.values()].find((r) => (r.metadata as Record<string, string>).withdrawalId === localId(approved.id))!;
    expect(refund).toBeDefined();
    // Still held until Stripe confirms.
    expect(await eur(p.sdk)).toMatchObject({ cash: '3000', held: '1200' });
    const paid = stripe.event('refund.updated', { ...refund, status: 'succeeded' });
    expect((await sendStripeWebhook(world.webhookUrl, paid, STRIPE_SECRET)).status).toBe(200);
    expect((await sendStripeWebhook(world.webhookUrl, paid, STRIPE_SECRET)).status).toBe(200);
    expect(await eur(p.sdk)).toMatchObject({ cash: '1800', held: '0', available: '1800' });
    const { myWithdrawals } = await p.sdk.MyWithdrawals();
    expect(myWithdrawals!.nodes[0]!).toMatchObject({ status: 'PAID' });
  });

  it('needs two different approvers above the threshold; a requester never approves their own', async () => {
    const p = await player(server, world);
    const { deposit } = await deposited(p, '9000');
    const big = expectType((await p.sdk.RequestWithdrawal({ input: { idempotencyKey: 'wd-big-0001', currency: 'EUR', amount: '6000' } })).requestWithdrawal, 'RequestWithdrawalPayload').withdrawal;
    expect(big.requiredApprovals).toBe(2);
    const once = expectType((await world.tenant.admin.sdk.ApproveWithdrawal({ input: { withdrawalId: big.id } })).approveWithdrawal, 'ApproveWithdrawalPayload').withdrawal;
    expect(once).toMatchObject({ status: 'PENDING', approvals: [expect.objectContaining({})] });
    const twice = await world.tenant.admin.sdk.ApproveWithdrawal({ input: { withdrawalId: big.id } });
    expect(twice.approveWithdrawal.__typename).toBe('WithdrawalAlreadyApprovedError');
    const done = expectType((await world.finance.sdk.ApproveWithdrawal({ input: { withdrawalId: big.id } })).approveWithdrawal, 'ApproveWithdrawalPayload').withdrawal;
    expect(done.status).toBe('PROCESSING');

    // A staff refund: requested by FINANCE, which may not approve it itself.
    const refund = expectType((await world.finance.sdk.RefundDeposit({ input: { idempotencyKey: 'refund-0001', paymentId: deposit.payment.id, amount: '500', reason: 'goodwill' } })).refundDeposit, 'RefundDepositPayload').withdrawal;
    expect(refund.kind).toBe('REFUND');
    const self = await world.finance.sdk.ApproveWithdrawal({ input: { withdrawalId: refund.id } });
    expect(self.approveWithdrawal.__typename).toBe('WithdrawalSelfApprovalError');
    const tooMuch = await world.finance.sdk.RefundDeposit({ input: { idempotencyKey: 'refund-0002', paymentId: deposit.payment.id, amount: '9000', reason: 'too much' } });
    expect(tooMuch.refundDeposit.__typename).toBe('RefundExceedsPaymentError');
    // A player cannot approve anything.
    await expect(p.sdk.ApproveWithdrawal({ input: { withdrawalId: refund.id } })).rejects.toThrow(/FORBIDDEN|Forbidden/);
  });

  it('partially refunds a deposit', async () => {
    const p = await player(server, world);
    const { deposit } = await deposited(p, '4000');
    const refund = expectType((await world.finance.sdk.RefundDeposit({ input: { idempotencyKey: 'refund-part-1', paymentId: deposit.payment.id, amount: '1500', reason: 'partial refund' } })).refundDeposit, 'RefundDepositPayload').withdrawal;
    const approved = expectType((await world.tenant.admin.sdk.ApproveWithdrawal({ input: { withdrawalId: refund.id } })).approveWithdrawal, 'ApproveWithdrawalPayload').withdrawal;
    expect(approved).toMatchObject({ status: 'PROCESSING', route: 'REFUND', sourcePayment: { id: deposit.payment.id } });
    const stripeRefund = [...stripe.refunds.values()].find((r) => (r.metadata as Record<string, string>).withdrawalId === localId(refund.id))!;
    expect(stripeRefund).toMatchObject({ amount: 1500, payment_intent: deposit.payment.providerRef });
    expect((await sendStripeWebhook(world.webhookUrl, stripe.event('charge.refund.updated', { ...stripeRefund, status: 'succeeded' }), STRIPE_SECRET)).status).toBe(200);
    expect(await eur(p.sdk)).toMatchObject({ cash: '2500', held: '0' });
    const { payment } = await world.tenant.admin.sdk.Payment({ id: deposit.payment.id });
    expect(payment).toMatchObject({ refundedAmount: { amount: '1500' }, status: 'SUCCEEDED' });
  });

  it('lets the player cancel while pending, releases on rejection and on failure at the provider after approval', async () => {
    const p = await player(server, world);
    await deposited(p, '3000');
    const a = expectType((await p.sdk.RequestWithdrawal({ input: { idempotencyKey: 'wd-cancel-01', currency: 'EUR', amount: '1000' } })).requestWithdrawal, 'RequestWithdrawalPayload').withdrawal;
    expect(expectType((await p.sdk.CancelWithdrawal({ input: { withdrawalId: a.id } })).cancelWithdrawal, 'CancelWithdrawalPayload').withdrawal.status).toBe('CANCELLED');
    expect((await p.sdk.CancelWithdrawal({ input: { withdrawalId: a.id } })).cancelWithdrawal.__typename).toBe('WithdrawalNotPendingError');
    expect(await eur(p.sdk)).toMatchObject({ cash: '3000', held: '0' });

    const b = expectType((await p.sdk.RequestWithdrawal({ input: { idempotencyKey: 'wd-reject-01', currency: 'EUR', amount: '1000' } })).requestWithdrawal, 'RequestWithdrawalPayload').withdrawal;
    expect(expectType((await world.finance.sdk.RejectWithdrawal({ input: { withdrawalId: b.id, note: 'KYC pending' } })).rejectWithdrawal, 'RejectWithdrawalPayload').withdrawal.status).toBe('REJECTED');
    expect(await eur(p.sdk)).toMatchObject({ cash: '3000', held: '0' });

    const c = expectType((await p.sdk.RequestWithdrawal({ input: { idempotencyKey: 'wd-fail-0001', currency: 'EUR', amount: '2000' } })).requestWithdrawal, 'RequestWithdrawalPayload').withdrawal;
    expect(expectType((await world.finance.sdk.ApproveWithdrawal({ input: { withdrawalId: c.id } })).approveWithdrawal, 'ApproveWithdrawalPayload').withdrawal.status).toBe('PROCESSING');
    expect((await p.sdk.CancelWithdrawal({ input: { withdrawalId: c.id } })).cancelWithdrawal.__typename).toBe('WithdrawalNotPendingError');
    const refund = [...stripe.refunds.values()].find((r) => (r.metadata as Record<string, string>).withdrawalId === localId(c.id))!;
    expect((await sendStripeWebhook(world.webhookUrl, stripe.event('refund.failed', { ...refund, status: 'failed', failure_reason: 'expired_or_canceled_card' }), STRIPE_SECRET)).status).toBe(200);
    const { myWithdrawals } = await p.sdk.MyWithdrawals();
    expect(myWithdrawals!.nodes.find((n) => n.id === c.id)!).toMatchObject({ status: 'FAILED', failureReason: 'expired_or_canceled_card' });
    expect(await eur(p.sdk)).toMatchObject({ cash: '3000', held: '0', available: '3000' });

    // A provider refusing the payout request itself fails it at once and releases the hold.
    const d = expectType((await p.sdk.RequestWithdrawal({ input: { idempotencyKey: 'wd-refused-1', currency: 'EUR', amount: '500' } })).requestWithdrawal, 'RequestWithdrawalPayload').withdrawal;
    stripe.failNextPayout = 402;
    expect(expectType((await world.finance.sdk.ApproveWithdrawal({ input: { withdrawalId: d.id } })).approveWithdrawal, 'ApproveWithdrawalPayload').withdrawal.status).toBe('FAILED');
    expect(await eur(p.sdk)).toMatchObject({ held: '0', available: '3000' });
  });
});

describe('disputes', () => {
  it('runs deposit, withdrawal, then a chargeback after the money was spent: clawback, receivable, freeze', async () => {
    const p = await player(server, world);
    const { deposit, intent } = await deposited(p, '5000');
    // Withdraw part, then spend most of the rest.
    const w = expectType((await p.sdk.RequestWithdrawal({ input: { idempotencyKey: 'wd-story-001', currency: 'EUR', amount: '1000' } })).requestWithdrawal, 'RequestWithdrawalPayload').withdrawal;
    expectType((await world.finance.sdk.ApproveWithdrawal({ input: { withdrawalId: w.id } })).approveWithdrawal, 'ApproveWithdrawalPayload').withdrawal;
    const refund = [...stripe.refunds.values()].find((r) => (r.metadata as Record<string, string>).withdrawalId === localId(w.id))!;
    expect((await sendStripeWebhook(world.webhookUrl, stripe.event('refund.updated', { ...refund, status: 'succeeded' }), STRIPE_SECRET)).status).toBe(200);
    await spend(world, p.id, '3500');
    expect(await eur(p.sdk)).toMatchObject({ cash: '500' });

    const staffEvents = collect<{ paymentEvents: { kind: string; status: string } }>(server.ws({ authorization: `Bearer ${world.finance.token}` }), 'subscription { paymentEvents { kind status } }');
    await settle();
    const dispute = { id: 'dp_story_1', object: 'dispute', amount: 5000, currency: 'eur', payment_intent: intent.id, reason: 'fraudulent', status: 'needs_response', evidence_details: { due_by: Math.floor(Date.now() / 1000) + 7 * 86400 } };
    const lost = stripe.event('charge.dispute.closed', { ...dispute, status: 'lost' });
    const created = stripe.event('charge.dispute.created', dispute);
    expect((await sendStripeWebhook(world.webhookUrl, created, STRIPE_SECRET)).status).toBe(200);
    const { disputes } = await world.finance.sdk.Disputes({ filter: { status: 'NEEDS_RESPONSE' } });
    const open = disputes!.nodes.map((e) => e).find((d) => d.payment.id === deposit.payment.id)!;
    expect(open).toMatchObject({ status: 'NEEDS_RESPONSE', amount: { amount: '5000' }, reason: 'fraudulent' });
    expect(open.dueBy).not.toBeNull();
    const noted = expectType((await world.finance.sdk.AddDisputeEvidence({ input: { disputeId: open.id, note: 'IP matches previous deposits' } })).addDisputeEvidence, 'AddDisputeEvidencePayload').dispute;
    expect(noted.evidence).toHaveLength(1);

    expect((await sendStripeWebhook(world.webhookUrl, lost, STRIPE_SECRET)).status).toBe(200);
    expect((await sendStripeWebhook(world.webhookUrl, lost, STRIPE_SECRET)).status).toBe(200);
    // A late "created" after the close reopens nothing.
    expect((await sendStripeWebhook(world.webhookUrl, created, STRIPE_SECRET)).status).toBe(200);
    const { dispute: closed } = await world.finance.sdk.Dispute({ id: open.id });
    expect(closed).toMatchObject({ status: 'LOST', clawedCash: { amount: '500' }, receivable: { amount: '4500' } });
    expect(closed!.closedAt).not.toBeNull();
    // Never a negative cash balance: what was left is taken, the rest is owed.
    expect(await eur(p.sdk)).toMatchObject({ cash: '0' });
    const { rows } = await db.query<{ balance: string; frozen: boolean; owner_id: string }>(
      `select a.owner_id, a.balance::text, a.frozen from ledger_account a join tenant t on t.id = a.tenant_id
        where t.slug = $1 and a.currency = 'EUR' and a.owner_id in ($2, $3)`,
      [world.tenant.slug, p.id, `receivable:${p.id}`],
    );
    expect(rows.find((r) => r.owner_id === `receivable:${p.id}`)).toMatchObject({ balance: '-4500' });
    // ON_RECEIVABLE: part could not be clawed back, so the cash account is frozen.
    expect(rows.find((r) => r.owner_id === p.id)).toMatchObject({ balance: '0', frozen: true });
    const { rows: lostEvents } = await db.query(`select payload from outbox_event where type = 'payments.dispute.lost' and payload->>'disputeId' = $1`, [localId(open.id)]);
    expect(lostEvents).toHaveLength(1);
    expect(lostEvents[0].payload).toMatchObject({ clawedCash: '500', receivable: '4500', amount: '5000' });
    // Acting on a closed dispute is a typed error.
    expect((await world.finance.sdk.AddDisputeEvidence({ input: { disputeId: open.id, note: 'too late now' } })).addDisputeEvidence.__typename).toBe('DisputeClosedError');
    await staffEvents.waitFor(2);
    expect(staffEvents.received.map((e) => e.paymentEvents.kind)).toEqual(expect.arrayContaining(['DISPUTE_OPENED', 'DISPUTE_CLOSED']));
  });
});

describe('reconciliation against Stripe', () => {
  it('fetches the status of a payment pending too long', async () => {
    const p = await player(server, world);
    const { deposit, intent } = await startDeposit(p, '1234');
    // The day it was created on, UTC (yesterday's, two hours after midnight).
    const created = await db.query<{ day: string }>(
      `update payment set created_at = now() - interval '2 hours' where id = $1 returning to_char(created_at at time zone 'UTC', 'YYYY-MM-DD') as day`,
      [localId(deposit.payment.id)],
    );
    const day = created.rows[0]!.day;
    const stale = (await world.finance.sdk.PaymentReconciliation({ day })).paymentReconciliation!.filter((m) => m.payment?.id === deposit.payment.id);
    expect(stale).toMatchObject([{ kind: 'STALE_PENDING' }]);
    // Stripe says it succeeded, but no webhook came: a missing credit.
    intent.status = 'succeeded';
    intent.amount_received = 1234;
    const missing = (await world.finance.sdk.PaymentReconciliation({ day })).paymentReconciliation!.filter((m) => m.payment?.id === deposit.payment.id);
    expect(missing).toMatchObject([{ kind: 'MISSING_CREDIT', providerAmount: { amount: '1234' }, ledgerAmount: { amount: '0' } }]);
    // The late webhook heals it.
    expect((await sendStripeWebhook(world.webhookUrl, succeeded(intent), STRIPE_SECRET)).status).toBe(200);
    const healed = (await world.finance.sdk.PaymentReconciliation({ day })).paymentReconciliation!.filter((m) => m.payment?.id === deposit.payment.id);
    expect(healed).toEqual([]);
  });
});
