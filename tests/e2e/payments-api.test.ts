/**
 * The payments API in the house conventions (issue #14): global ids in and out (a raw or
 * wrong-type id is a typed error), references as objects, by-id lookups that answer null,
 * listings paged both ways with totalCount and filters, and a player's detail carrying their
 * payments and withdrawals.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { expectType, newStaff, platformAdmin } from '../helpers/world.js';
import { startFakeStripe, type FakeStripe } from '../helpers/fake-stripe.js';
import { confirmedStripeDeposit, globalId, localId, paymentsWorld, player, type PaymentsWorld } from '../helpers/payments.js';

let server: TestServer;
let stripe: FakeStripe;
let world: PaymentsWorld;
let platform: Sdk;
let alice: Awaited<ReturnType<typeof player>>;
let bob: Awaited<ReturnType<typeof player>>;
/** Alice's five deposits, oldest first (global ids). */
const deposits: string[] = [];

beforeAll(async () => {
  stripe = await startFakeStripe();
  server = await startServer();
  platform = (await platformAdmin(server)).sdk;
  world = await paymentsWorld(server, platform, { code: 'stripe', endpoint: stripe.url, dualApprovalAbove: null });
  alice = await player(server, world);
  bob = await player(server, world);
  for (let i = 0; i < 5; i++) deposits.push((await confirmedStripeDeposit(stripe, world.webhookUrl, alice.sdk, 1000 + i)).paymentId);
  await confirmedStripeDeposit(stripe, world.webhookUrl, bob.sdk, 2000);
}, 60_000);

afterAll(async () => {
  await server?.close();
  await stripe?.close();
});

describe('ids', () => {
  it('answers null for a payment that does not exist, and refuses a raw UUID or another type\'s id', async () => {
    expect((await world.finance.sdk.Payment({ id: globalId('Payment', '00000000-0000-7000-8000-000000000000') })).payment).toBeNull();
    expect((await world.finance.sdk.Payment({ id: deposits[0]! })).payment).toMatchObject({ id: deposits[0], player: { id: alice.player.id }, amount: { amount: '1000', currency: 'EUR', decimal: '10.00' } });
    await expect(world.finance.sdk.Payment({ id: localId(deposits[0]!) })).rejects.toThrow(/INVALID_ID|Payment/);
    await expect(world.finance.sdk.Payment({ id: alice.player.id })).rejects.toThrow(/INVALID_ID|Payment/);
  });

  it('filters by a global Player id, and refuses the raw one with a typed error', async () => {
    const { payments } = await world.finance.sdk.Payments({ filter: { playerId: bob.player.id } });
    expect(payments!.nodes.map((p) => p.player.id)).toEqual([bob.player.id]);
    await expect(world.finance.sdk.Payments({ filter: { playerId: bob.id } })).rejects.toThrow(/INVALID_ID|Player/);
  });

  it('takes a refund\'s payment as a Payment ID: a raw UUID is an InvalidIdError naming the input', async () => {
    const raw = await world.finance.sdk.RefundDeposit({ input: { idempotencyKey: 'api-refund-raw-1', paymentId: localId(deposits[0]!), amount: '100', reason: 'raw id' } });
    expect(raw.refundDeposit).toMatchObject({ __typename: 'InvalidIdError', expectedType: 'Payment', path: ['input', 'paymentId'] });
    const refund = expectType((await world.finance.sdk.RefundDeposit({ input: { idempotencyKey: 'api-refund-ok-1', paymentId: deposits[0]!, amount: '100', reason: 'goodwill' } })).refundDeposit, 'RefundDepositPayload');
    // References come back as objects: the deposit, the player, the held account, the requester.
    expect(refund.withdrawal).toMatchObject({ kind: 'REFUND', sourcePayment: { id: deposits[0] }, player: { id: alice.player.id }, requestedBy: { id: expect.any(String) } });
    expect(refund.withdrawal.account.id).toBeTruthy();
    const wrongType = await world.tenant.admin.sdk.RejectWithdrawal({ input: { withdrawalId: deposits[0]!, note: 'wrong type' } });
    expect(wrongType.rejectWithdrawal).toMatchObject({ __typename: 'InvalidIdError', expectedType: 'Withdrawal' });
    const rejected = expectType((await world.tenant.admin.sdk.RejectWithdrawal({ input: { withdrawalId: refund.withdrawal.id, note: 'not now' } })).rejectWithdrawal, 'RejectWithdrawalPayload');
    expect(rejected.withdrawal).toMatchObject({ status: 'REJECTED', decidedBy: { id: expect.any(String) } });
  });
});

describe('listings', () => {
  it('pages forward and backward with a totalCount for the filters', async () => {
    const first = (await alice.sdk.MyPayments({ first: 2 })).myPayments!;
    expect(first.totalCount).toBe(5);
    expect(first.nodes.map((p) => p.id)).toEqual([deposits[4], deposits[3]]);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = (await alice.sdk.MyPayments({ first: 2, after: first.pageInfo.endCursor })).myPayments!;
    expect(second.nodes.map((p) => p.id)).toEqual([deposits[2], deposits[1]]);
    // Backward from the end of the listing: the oldest two, in listing order.
    const last = (await alice.sdk.MyPayments({ last: 2 })).myPayments!;
    expect(last.nodes.map((p) => p.id)).toEqual([deposits[1], deposits[0]]);
    expect(last.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    // Backward from a cursor: the rows just before it.
    const before = (await alice.sdk.MyPayments({ last: 2, before: second.pageInfo.endCursor })).myPayments!;
    expect(before.nodes.map((p) => p.id)).toEqual([deposits[3], deposits[2]]);
    expect(before.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    const staff = (await world.finance.sdk.Payments({ filter: { status: 'SUCCEEDED' }, first: 1 })).payments!;
    expect(staff.totalCount).toBe(6);
  });

  it('shows a player\'s payments and withdrawals on their detail, to payments staff and to themselves only', async () => {
    const staff = await world.finance.sdk.PlayerPayments({ id: alice.player.id, first: 10 });
    expect(staff.node).toMatchObject({ __typename: 'Player', payments: { totalCount: 5 }, withdrawals: { totalCount: 1 } });
    const self = await alice.sdk.PlayerPayments({ id: alice.player.id, first: 3 });
    expect(self.node).toMatchObject({ payments: { totalCount: 5, nodes: [{ id: deposits[4] }, { id: deposits[3] }, { id: deposits[2] }] } });
    const backward = await alice.sdk.PlayerPayments({ id: alice.player.id, last: 1 });
    expect(backward.node).toMatchObject({ payments: { nodes: [{ id: deposits[0] }] } });
    // Staff who may read players but not payments (SUPPORT) are refused those fields.
    const support = (await newStaff(server, platform, world.tenant.slug, ['SUPPORT'])).sdk;
    await expect(support.PlayerPayments({ id: alice.player.id, first: 1 })).rejects.toThrow(/payments:read|FORBIDDEN|Forbidden/);
    // Another player sees nothing of Alice (not even that she exists).
    expect((await bob.sdk.PlayerPayments({ id: alice.player.id, first: 1 })).node).toBeNull();
  });
});
