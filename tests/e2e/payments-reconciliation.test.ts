/**
 * Reconciliation: the provider's side (webhooks received, and a status fetch for payments
 * pending too long) against the ledger, per tenant and day. One mismatch of each kind is
 * planted, and each is found.
 */
import { playerGlobalId } from '../helpers/wallet.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { startServer, type TestServer } from '../helpers/server.js';
import { expectType, platformAdmin } from '../helpers/world.js';
import { sendStripeWebhook, startFakeStripe, type FakeStripe } from '../helpers/fake-stripe.js';
import { ownerDb, paymentsWorld, player, STRIPE_SECRET, type PaymentsWorld, localId } from '../helpers/payments.js';
import { reconcileAllTenants } from '../../modules/payments/index.js';

let server: TestServer;
let stripe: FakeStripe;
let world: PaymentsWorld;
let db: pg.Client;

beforeAll(async () => {
  stripe = await startFakeStripe();
  server = await startServer();
  const platform = (await platformAdmin(server)).sdk;
  world = await paymentsWorld(server, platform, { code: 'stripe', endpoint: stripe.url });
  db = await ownerDb();
});

afterAll(async () => {
  await db?.end();
  await server?.close();
  await stripe?.close();
});

describe('reconciliation', () => {
  it('finds a planted mismatch of each kind, and nothing for a clean payment', async () => {
    const p = await player(server, world);
    const start = async (amount: string) => {
      const deposit = expectType((await p.sdk.CreateDeposit({ input: { provider: 'STRIPE', currency: 'EUR', amount } })).createDeposit, 'CreateDepositPayload');
      return { id: localId(deposit.payment.id), intent: stripe.intents.get(deposit.payment.providerRef!)! };
    };
    const confirm = async (intent: Record<string, unknown>) =>
      expect((await sendStripeWebhook(world.webhookUrl, stripe.event('payment_intent.succeeded', { ...intent, status: 'succeeded', amount_received: intent.amount }), STRIPE_SECRET)).status).toBe(200);

    const clean = await start('1000');
    await confirm(clean.intent);

    // Missing credit: the provider's success was received, the ledger credit is gone (as if lost).
    const missing = await start('1100');
    await db.query(
      `insert into payment_webhook (id, tenant_id, provider, accepted, event_id, event_type, kind, payment_ref, merchant_ref, status, amount, currency, outcome)
       select gen_random_uuid(), tenant_id, 'stripe', true, 'evt_planted_missing', 'payment_intent.succeeded', 'payment', provider_ref, id::text, 'SUCCEEDED', 1100, 'EUR', 'PLANTED'
         from payment where id = $1`,
      [missing.id],
    );

    // Double credit: a second DEPOSIT posting referencing a payment already credited.
    const double = await start('1200');
    await confirm(double.intent);
    const posted = await world.partner.PostTransfers({
      input: {
        idempotencyKey: `planted-double-${double.id}`,
        code: 'DEPOSIT',
        reference: double.id,
        transfers: [{ from: { ownerType: 'PROVIDER', ownerRef: 'stripe', currency: 'EUR' }, to: { ownerType: 'PLAYER', ownerId: playerGlobalId(p.id), currency: 'EUR', kind: 'CASH' }, amount: '1200' }],
      },
    });
    expectType(posted.postTransfers, 'PostTransfersPayload');

    // Amount mismatch: the provider's confirmed amount differs from the ledger's credit.
    const mismatch = await start('1300');
    await confirm(mismatch.intent);
    await db.query(`update payment set confirmed_amount = 1350 where id = $1`, [mismatch.id]);

    // Stale pending: started long ago, no verdict, and Stripe still says it is processing.
    const stale = await start('1400');
    stale.intent.status = 'processing';
    const created = await db.query<{ staleDay: string }>(
      `update payment set created_at = now() - interval '3 hours' where id = $1 returning to_char(created_at at time zone 'UTC', 'YYYY-MM-DD') as "staleDay"`,
      [stale.id],
    );
    const staleDay = created.rows[0]!.staleDay;

    // Reconciliation is per UTC day of creation: in the first three hours after midnight the
    // stale payment belongs to yesterday.
    const day = new Date().toISOString().slice(0, 10);
    const days = [...new Set([day, staleDay])];
    const paymentReconciliation = (await Promise.all(days.map((d) => world.finance.sdk.PaymentReconciliation({ day: d })))).flatMap((r) => r.paymentReconciliation);
    const byPayment = new Map(paymentReconciliation.map((m) => [localId(m!.payment!.id), m]));
    expect(byPayment.get(missing.id)).toMatchObject({ kind: 'MISSING_CREDIT', providerAmount: { amount: '1100' }, ledgerAmount: { amount: '0' }, ledgerCredits: 0 });
    expect(byPayment.get(double.id)).toMatchObject({ kind: 'DOUBLE_CREDIT', ledgerAmount: { amount: '2400' }, ledgerCredits: 2 });
    expect(byPayment.get(mismatch.id)).toMatchObject({ kind: 'AMOUNT_MISMATCH', providerAmount: { amount: '1350' }, ledgerAmount: { amount: '1300' } });
    expect(byPayment.get(stale.id)).toMatchObject({ kind: 'STALE_PENDING', ledgerCredits: 0 });
    expect(byPayment.has(clean.id)).toBe(false);
    expect(paymentReconciliation).toHaveLength(4);
    // The status fetch went to Stripe for the stale one only.
    expect(stripe.requests.filter((r) => r.method === 'GET').map((r) => r.path)).toEqual([`/v1/payment_intents/${stale.intent.id as string}`]);

    // Another day has nothing; a malformed day is refused.
    expect((await world.finance.sdk.PaymentReconciliation({ day: '2001-01-01' })).paymentReconciliation).toEqual([]);
    await expect(world.finance.sdk.PaymentReconciliation({ day: 'yesterday' })).rejects.toThrow(/day/);
    // Players may not look.
    await expect(p.sdk.PaymentReconciliation({ day })).rejects.toThrow(/FORBIDDEN|Forbidden/);
  });

  it('runs as a scheduled job over every tenant and announces what does not reconcile', async () => {
    const found = await reconcileAllTenants(server.platform.services);
    expect(found).toBeGreaterThanOrEqual(4);
    const { rows } = await db.query<{ n: number }>(
      `select count(*)::int as n from outbox_event o join tenant t on t.id = o.tenant_id where t.slug = $1 and o.type = 'payments.reconciliation.mismatches'`,
      [world.tenant.slug],
    );
    expect(rows[0]!.n).toBeGreaterThanOrEqual(1);
  });
});
