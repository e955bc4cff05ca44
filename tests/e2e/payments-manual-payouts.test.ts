/**
 * Winnings are withdrawable (issue #13 item 8, follow-up): the part of a withdrawal beyond what
 * refunds of the player's deposits can carry is parked as a MANUAL part naming the instrument
 * that funded the player (their latest confirmed deposit through the requested provider); once
 * approved, FINANCE pays it by hand and completes it (hold captured, PAID, audited, event) or
 * rejects it (hold released). A player with no deposit has no instrument: WITHDRAWAL_NO_ROUTE.
 */
import { playerGlobalId } from '../helpers/wallet.js';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { expectType, newStaff, platformAdmin } from '../helpers/world.js';
import { sendStripeWebhook, startFakeStripe, type FakeStripe } from '../helpers/fake-stripe.js';
import { confirmedStripeDeposit, eur, ownerDb, paymentsWorld, player, STRIPE_SECRET, type PaymentsWorld, localId, globalId } from '../helpers/payments.js';
import { checkLedgerInvariants, tenantUuid } from '../helpers/ledger-invariants.js';

let server: TestServer;
let stripe: FakeStripe;
let world: PaymentsWorld;
let platform: Sdk;
/** A second FINANCE member: the one who approved a part may not also complete it. */
let payer: Sdk;
let db: pg.Client;

beforeAll(async () => {
  stripe = await startFakeStripe();
  server = await startServer();
  platform = (await platformAdmin(server)).sdk;
  world = await paymentsWorld(server, platform, { code: 'stripe', endpoint: stripe.url, dualApprovalAbove: null });
  payer = (await newStaff(server, platform, world.tenant.slug, ['FINANCE'])).sdk;
  db = await ownerDb();
});

afterAll(async () => {
  await db?.end();
  await server?.close();
  await stripe?.close();
});

type Player = Awaited<ReturnType<typeof player>>;
const key = () => `mp-${randomBytes(6).toString('hex')}`;

async function stripeDeposit(p: Player, amount: number) {
  const deposit = await confirmedStripeDeposit(stripe, world.webhookUrl, p.sdk, amount);
  expect(deposit.answer.status).toBe(200);
  return deposit;
}

/** A win: the house pays the player, through the partner API. */
async function win(p: Player, amount: number) {
  const won = await world.partner.PostTransfers({
    input: { idempotencyKey: key(), code: 'WIN', transfers: [{ from: { ownerType: 'HOUSE', currency: 'EUR' }, to: { ownerType: 'PLAYER', ownerId: playerGlobalId(p.id), currency: 'EUR', kind: 'CASH' }, amount: String(amount) }] },
  });
  expectType(won.postTransfers, 'PostTransfersPayload');
}

/** A player who deposited 50.00 through Stripe and won 200.00 asks to withdraw 150.00 through Stripe. */
async function winner() {
  const p = await player(server, world);
  const deposit = await stripeDeposit(p, 5000);
  await win(p, 20000);
  const asked = expectType((await p.sdk.RequestWithdrawal({ input: { idempotencyKey: key(), currency: 'EUR', amount: '15000', provider: 'STRIPE' } })).requestWithdrawal, 'RequestWithdrawalPayload');
  const [refund, manual] = asked.parts;
  return { p, deposit, asked, refund: refund!, manual: manual! };
}

/** What a refused operation must not have changed: the withdrawal rows, the ledger, the outbox and the audit chain. */
async function footprint(tenantId: string) {
  const { rows } = await db.query(
    `select (select count(*) from ledger_transaction where tenant_id = $1)::int as transactions,
            (select count(*) from outbox_event where tenant_id = $1)::int as events,
            (select count(*) from audit_event where tenant_id = $1)::int as audits,
            (select string_agg(id::text || status || coalesce(paid_reference, ''), ',' order by id) from payment_withdrawal where tenant_id = $1) as withdrawals`,
    [tenantId],
  );
  return rows[0];
}

async function manualPayoutsBalance(): Promise<string> {
  const { rows } = await db.query(
    `select coalesce(sum(balance), 0)::text as balance from ledger_account where tenant_id = $1 and owner_type = 'PROVIDER' and owner_id = 'manual-payouts' and currency = 'EUR'`,
    [tenantUuid(world.tenant)],
  );
  return rows[0].balance;
}

describe('winnings through the parked manual route', () => {
  it('routes what refunds cannot carry to a MANUAL part naming the Stripe deposit; FINANCE completes it: PAID, captured, audited, ledger balanced', async () => {
    const { p, deposit, asked, refund, manual } = await winner();
    expect(asked.parts).toHaveLength(2);
    expect(refund).toMatchObject({ provider: 'STRIPE', amount: { amount: '5000' }, sourcePayment: { id: deposit.paymentId }, status: 'PENDING' });
    expect(manual).toMatchObject({ provider: 'STRIPE', amount: { amount: '10000' }, route: 'MANUAL', status: 'PENDING', sourcePayment: null, instrumentPayment: { id: deposit.paymentId }, instrumentRef: deposit.intentId, request: { id: asked.withdrawal.id } });
    expect(await eur(p.sdk)).toMatchObject({ cash: '25000', held: '15000', available: '10000' });

    // Approved, the refund goes to Stripe and the manual part is parked for FINANCE; Stripe is not asked about it.
    expect(expectType((await world.finance.sdk.ApproveWithdrawal({ input: { withdrawalId: refund.id } })).approveWithdrawal, 'ApproveWithdrawalPayload').withdrawal).toMatchObject({ status: 'PROCESSING', route: 'REFUND' });
    const refundsBefore = stripe.refunds.size;
    expect(expectType((await world.finance.sdk.ApproveWithdrawal({ input: { withdrawalId: manual.id } })).approveWithdrawal, 'ApproveWithdrawalPayload').withdrawal).toMatchObject({ status: 'PARKED', route: 'MANUAL' });
    expect(stripe.refunds.size).toBe(refundsBefore);
    const parked = await world.finance.sdk.Withdrawals({ filter: { status: 'PARKED' } });
    expect(parked.withdrawals!.nodes.map((e) => e.id)).toContain(manual.id);

    // The approver may not also record the payment (maker-checker); nothing written.
    const tenantId = tenantUuid(world.tenant);
    const before = await footprint(tenantId);
    const same = await world.finance.sdk.CompleteManualWithdrawal({ input: { withdrawalId: manual.id, paidReference: 'BANK-0001', idempotencyKey: key() } });
    expect(same.completeManualWithdrawal).toMatchObject({ __typename: 'WithdrawalCompleterApprovedError', code: 'WITHDRAWAL_COMPLETER_APPROVED' });
    expect(await footprint(tenantId)).toEqual(before);

    const completionKey = key();
    const done = expectType((await payer.CompleteManualWithdrawal({ input: { withdrawalId: manual.id, paidReference: 'BANK-0001', idempotencyKey: completionKey } })).completeManualWithdrawal, 'CompleteManualWithdrawalPayload');
    expect(done.replay).toBe(false);
    expect(done.withdrawal).toMatchObject({ id: manual.id, status: 'PAID', route: 'MANUAL', paidReference: 'BANK-0001' });
    expect(done.withdrawal.ledgerTransaction?.id).toBeTruthy();
    expect(await eur(p.sdk)).toMatchObject({ cash: '15000', held: '5000' });
    expect(await manualPayoutsBalance()).toBe('10000');

    // The Stripe refund confirms: the player's cash is down by the 150.00 asked for.
    const stripeRefund = [...stripe.refunds.values()].find((r) => (r.metadata as Record<string, string>).withdrawalId === localId(refund.id))!;
    expect(stripeRefund).toMatchObject({ payment_intent: deposit.intentId, amount: 5000 });
    expect((await sendStripeWebhook(world.webhookUrl, stripe.event('refund.updated', { ...stripeRefund, status: 'succeeded' }), STRIPE_SECRET)).status).toBe(200);
    expect(await eur(p.sdk)).toMatchObject({ cash: '10000', held: '0', available: '10000' });
    const { myWithdrawals } = await p.sdk.MyWithdrawals();
    expect(myWithdrawals!.nodes.map((e) => e.status).sort()).toEqual(['PAID', 'PAID']);

    expect(await checkLedgerInvariants(db, tenantId)).toEqual([]);
    const { rows: events } = await db.query(
      `select payload->>'status' as status from outbox_event where tenant_id = $1 and type = 'payments.event' and payload->>'subjectId' = $2 and payload->>'kind' = 'WITHDRAWAL_PAID'`,
      [tenantId, localId(manual.id)],
    );
    expect(events).toEqual([{ status: 'PAID' }]);
    const { rows: audits } = await db.query(`select action from audit_event where tenant_id = $1 and target_id = $2 and action = 'payments.withdrawal.manual.paid'`, [tenantId, localId(manual.id)]);
    expect(audits).toHaveLength(1);

    // A double completion replays (the same transaction); the same key with another reference is a conflict; nothing more written.
    const settled = await footprint(tenantId);
    const again = expectType((await payer.CompleteManualWithdrawal({ input: { withdrawalId: manual.id, paidReference: 'BANK-0001', idempotencyKey: completionKey } })).completeManualWithdrawal, 'CompleteManualWithdrawalPayload');
    expect(again).toMatchObject({ replay: true, withdrawal: { id: manual.id, status: 'PAID', ledgerTransaction: { id: done.withdrawal.ledgerTransaction!.id } } });
    const conflict = await payer.CompleteManualWithdrawal({ input: { withdrawalId: manual.id, paidReference: 'BANK-9999', idempotencyKey: completionKey } });
    expect(conflict.completeManualWithdrawal.__typename).toBe('IdempotencyConflictError');
    const other = await payer.CompleteManualWithdrawal({ input: { withdrawalId: manual.id, paidReference: 'BANK-0001', idempotencyKey: key() } });
    expect(other.completeManualWithdrawal).toMatchObject({ __typename: 'WithdrawalNotParkedError', code: 'WITHDRAWAL_NOT_PARKED' });
    expect(await footprint(tenantId)).toEqual(settled);
    expect(await eur(p.sdk)).toMatchObject({ cash: '10000', held: '0' });
  });

  it('refuses to complete what is not parked (pending, a refund part), with a typed error and nothing written', async () => {
    const { refund, manual } = await winner();
    const tenantId = tenantUuid(world.tenant);
    const before = await footprint(tenantId);
    const pending = await payer.CompleteManualWithdrawal({ input: { withdrawalId: manual.id, paidReference: 'BANK-0002', idempotencyKey: key() } });
    expect(pending.completeManualWithdrawal).toMatchObject({ __typename: 'WithdrawalNotParkedError', code: 'WITHDRAWAL_NOT_PARKED' });
    const notManual = await payer.CompleteManualWithdrawal({ input: { withdrawalId: refund.id, paidReference: 'BANK-0002', idempotencyKey: key() } });
    expect(notManual.completeManualWithdrawal).toMatchObject({ __typename: 'WithdrawalNotParkedError' });
    const rejectPending = await payer.RejectManualWithdrawal({ input: { withdrawalId: manual.id } });
    expect(rejectPending.rejectManualWithdrawal).toMatchObject({ __typename: 'WithdrawalNotParkedError' });
    const unknown = await payer.CompleteManualWithdrawal({ input: { withdrawalId: globalId('Withdrawal', '00000000-0000-7000-8000-000000000000'), paidReference: 'BANK-0002', idempotencyKey: key() } });
    expect(unknown.completeManualWithdrawal.__typename).toBe('WithdrawalNotFoundError');
    // A raw UUID, or another type's global id, is not a Withdrawal ID: a typed error naming what is expected.
    for (const withdrawalId of [localId(manual.id), refund.sourcePayment!.id]) {
      const invalid = await payer.CompleteManualWithdrawal({ input: { withdrawalId, paidReference: 'BANK-0002', idempotencyKey: key() } });
      expect(invalid.completeManualWithdrawal).toMatchObject({ __typename: 'InvalidIdError', code: 'INVALID_ID', expectedType: 'Withdrawal', path: ['input', 'withdrawalId'] });
    }
    expect(await footprint(tenantId)).toEqual(before);
  });

  it('FINANCE rejects a parked part: the hold is released, the refund part goes on', async () => {
    const { p, refund, manual } = await winner();
    expectType((await world.finance.sdk.ApproveWithdrawal({ input: { withdrawalId: manual.id } })).approveWithdrawal, 'ApproveWithdrawalPayload').withdrawal;
    const rejected = expectType((await payer.RejectManualWithdrawal({ input: { withdrawalId: manual.id, note: 'KYC not complete' } })).rejectManualWithdrawal, 'RejectManualWithdrawalPayload').withdrawal;
    expect(rejected).toMatchObject({ status: 'REJECTED', route: 'MANUAL', note: 'KYC not complete' });
    expect(await eur(p.sdk)).toMatchObject({ cash: '25000', held: '5000', available: '20000' });
    // Closed: neither completed nor rejected again.
    const late = await payer.CompleteManualWithdrawal({ input: { withdrawalId: manual.id, paidReference: 'BANK-0003', idempotencyKey: key() } });
    expect(late.completeManualWithdrawal).toMatchObject({ __typename: 'WithdrawalNotParkedError' });
    expect((await payer.RejectManualWithdrawal({ input: { withdrawalId: manual.id } })).rejectManualWithdrawal.__typename).toBe('WithdrawalNotParkedError');
    expect(expectType((await world.finance.sdk.ApproveWithdrawal({ input: { withdrawalId: refund.id } })).approveWithdrawal, 'ApproveWithdrawalPayload').withdrawal).toMatchObject({ status: 'PROCESSING', route: 'REFUND' });
    expect(await checkLedgerInvariants(db, tenantUuid(world.tenant))).toEqual([]);
  });

  it('a player who never deposited has no instrument: WITHDRAWAL_NO_ROUTE, nothing held or written', async () => {
    const p = await player(server, world);
    await win(p, 20000);
    for (const provider of [undefined, 'STRIPE' as const]) {
      const asked = await p.sdk.RequestWithdrawal({ input: { idempotencyKey: key(), currency: 'EUR', amount: '15000', provider } });
      expect(expectType(asked.requestWithdrawal, 'WithdrawalNoRouteError')).toMatchObject({ code: 'WITHDRAWAL_NO_ROUTE', routable: '0' });
    }
    expect(await eur(p.sdk)).toMatchObject({ cash: '20000', held: '0' });
    const { rows } = await db.query(`select id from payment_withdrawal where player_id = $1`, [p.id]);
    expect(rows).toEqual([]);
  });

  it('another tenant\'s FINANCE cannot see, complete or reject a parked part', async () => {
    const { p, manual } = await winner();
    expectType((await world.finance.sdk.ApproveWithdrawal({ input: { withdrawalId: manual.id } })).approveWithdrawal, 'ApproveWithdrawalPayload').withdrawal;
    const other = await paymentsWorld(server, platform, { code: 'stripe', endpoint: stripe.url, dualApprovalAbove: null });
    const before = await footprint(tenantUuid(world.tenant));
    const complete = await other.finance.sdk.CompleteManualWithdrawal({ input: { withdrawalId: manual.id, paidReference: 'BANK-0005', idempotencyKey: key() } });
    expect(complete.completeManualWithdrawal.__typename).toBe('WithdrawalNotFoundError');
    expect((await other.finance.sdk.RejectManualWithdrawal({ input: { withdrawalId: manual.id } })).rejectManualWithdrawal.__typename).toBe('WithdrawalNotFoundError');
    expect((await other.finance.sdk.Withdrawals({ filter: { status: 'PARKED' } })).withdrawals!.nodes).toEqual([]);
    expect(await footprint(tenantUuid(world.tenant))).toEqual(before);
    expect(await eur(p.sdk)).toMatchObject({ held: '15000' });
  });

  it('players cannot complete or reject a manual payout', async () => {
    const { p, manual } = await winner();
    const tried = await p.sdk.CompleteManualWithdrawal({ input: { withdrawalId: manual.id, paidReference: 'BANK-0004', idempotencyKey: key() } }).catch((e: unknown) => e);
    expect(JSON.stringify(tried)).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
  });
});
