/**
 * Chargebacks on frozen accounts (issue #13, item 7). A freeze stops the player's own spending,
 * not the platform's corrections: dispute outcomes and the receivable's settlement post on a
 * frozen account (the ledger says why, metadata.frozenOverride), settling the receivable lifts
 * the freeze the chargeback set and no other, and a webhook is never answered 5xx for a
 * business refusal. Default policy (ON_RECEIVABLE); signed webhooks through both fakes.
 */
import { playerGlobalId } from '../helpers/wallet.js';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { expectType, platformAdmin } from '../helpers/world.js';
import { sendStripeWebhook, startFakeStripe, type FakeStripe } from '../helpers/fake-stripe.js';
import { adyenNotification, pspRef, sendAdyenWebhook, startFakeAdyen, type FakeAdyen, type NotificationFields } from '../helpers/fake-adyen.js';
import { ADYEN_HMAC_KEY, ADYEN_MERCHANT, confirmedStripeDeposit, eur, ownerDb, type PaymentsWorld, paymentsWorld, player, setAdyenProvider, spend, STRIPE_SECRET, waitFor, localId } from '../helpers/payments.js';

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
  world = await paymentsWorld(server, platform, { code: 'stripe', endpoint: stripe.url, freeze: 'ON_RECEIVABLE' });
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

const notify = (...items: NotificationFields[]) => sendAdyenWebhook(adyenWebhookUrl, adyenNotification(items, ADYEN_HMAC_KEY));

async function adyenDeposit(p: Player, amount: number) {
  const deposit = expectType((await p.sdk.CreateDeposit({ input: { provider: 'ADYEN', currency: 'EUR', amount: String(amount), returnUrl: 'https://casino.test/back' } })).createDeposit, 'CreateDepositPayload');
  const psp = pspRef();
  expect(await notify({ eventCode: 'AUTHORISATION', success: true, pspReference: psp, merchantReference: localId(deposit.payment.id), merchantAccountCode: ADYEN_MERCHANT, amount: { value: amount, currency: 'EUR' } })).toEqual({ status: 200, text: '[accepted]' });
  return { paymentId: deposit.payment.id, psp };
}

const stripeDeposit = (p: Player, amount: number) => confirmedStripeDeposit(stripe, world.webhookUrl, p.sdk, amount);

async function cashAccount(playerId: string) {
  const { rows } = await db.query<{ id: string; frozen: boolean; balance: string }>(
    `select id, frozen, balance::text from ledger_account where owner_type = 'PLAYER' and owner_id = $1 and kind = 'CASH' and currency = 'EUR'`,
    [playerId],
  );
  return rows[0]!;
}

async function receivable(playerId: string) {
  const { rows } = await db.query<{ balance: string }>(`select balance::text from ledger_account where owner_id = $1`, [`receivable:${playerId}`]);
  return rows[0]?.balance ?? '0';
}

/** Staff freeze a player's cash account through the API, for a reason of their own. */
async function staffFreeze(playerId: string) {
  const { ledgerAccounts } = await world.tenant.admin.sdk.LedgerAccounts({ filter: { ownerType: 'PLAYER' } });
  const account = ledgerAccounts!.edges.map((e) => e.node).find((a) => a.owner?.id === playerGlobalId(playerId) && a.kind === 'CASH')!;
  expectType((await world.tenant.admin.sdk.FreezeLedgerAccount({ input: { accountId: account.id, reason: 'KYC review' } })).freezeLedgerAccount, 'FreezeLedgerAccountPayload');
}

describe('Adyen: a chargeback reversed on a frozen account', () => {
  it('answers 2xx, reverses the clawback on the frozen account (the ledger says why) and lifts the freeze the chargeback set', async () => {
    const p = await player(server, world);
    const { paymentId, psp } = await adyenDeposit(p, 5000);
    await spend(world, p.id, '4000');
    const chargeback = { success: true, merchantAccountCode: ADYEN_MERCHANT, pspReference: psp, originalReference: psp, merchantReference: localId(paymentId), amount: { value: 5000, currency: 'EUR' } };
    expect((await notify({ ...chargeback, eventCode: 'NOTIFICATION_OF_CHARGEBACK', reason: 'Fraud' })).status).toBe(200);
    expect((await notify({ ...chargeback, eventCode: 'CHARGEBACK' })).status).toBe(200);
    const { disputes } = await world.finance.sdk.Disputes({});
    const dispute = disputes!.nodes.map((e) => e).find((d) => d.payment.id === paymentId)!;
    expect(dispute).toMatchObject({ status: 'LOST', clawedCash: { amount: '1000' }, receivable: { amount: '4000' } });
    // ON_RECEIVABLE: frozen, and the dispute remembers that it froze the account.
    await waitFor(async () => (await cashAccount(p.id)).frozen);

    const reversed = await notify({ ...chargeback, eventCode: 'CHARGEBACK_REVERSED' });
    expect(reversed).toEqual({ status: 200, text: '[accepted]' });
    expect((await world.finance.sdk.Dispute({ id: dispute.id })).dispute).toMatchObject({ status: 'WON', clawedCash: { amount: '0' }, receivable: { amount: '0' } });
    expect(await receivable(p.id)).toBe('0');
    const cash = await cashAccount(p.id);
    expect(cash).toMatchObject({ balance: '1000', frozen: false });
    const { rows } = await db.query<{ metadata: Record<string, unknown> }>(`select metadata from ledger_transaction where code = 'CHARGEBACK_REVERSAL' and reference = $1`, [localId(dispute.id)]);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.metadata.frozenOverride).toBe(`chargeback reversed (dispute ${localId(dispute.id)})`);
    // Lost again at the second round: clawed back on the account, frozen again.
    expect((await notify({ ...chargeback, eventCode: 'SECOND_CHARGEBACK' })).status).toBe(200);
    expect((await world.finance.sdk.Dispute({ id: dispute.id })).dispute).toMatchObject({ status: 'LOST', clawedCash: { amount: '1000' }, receivable: { amount: '4000' } });
    await waitFor(async () => (await cashAccount(p.id)).frozen);
  });

  it('keeps a freeze that staff set for another reason when the chargeback is reversed', async () => {
    const p = await player(server, world);
    const { paymentId, psp } = await adyenDeposit(p, 3000);
    await spend(world, p.id, '2000');
    await staffFreeze(p.id);
    const chargeback = { success: true, merchantAccountCode: ADYEN_MERCHANT, pspReference: psp, originalReference: psp, merchantReference: localId(paymentId), amount: { value: 3000, currency: 'EUR' } };
    // The clawback posts on the frozen account: its cash is taken, the rest owed.
    expect((await notify({ ...chargeback, eventCode: 'CHARGEBACK' })).status).toBe(200);
    expect(await cashAccount(p.id)).toMatchObject({ balance: '0', frozen: true });
    expect(await receivable(p.id)).toBe('-2000');
    expect((await notify({ ...chargeback, eventCode: 'CHARGEBACK_REVERSED' })).status).toBe(200);
    expect(await receivable(p.id)).toBe('0');
    expect(await cashAccount(p.id)).toMatchObject({ balance: '1000', frozen: true });
  });
});

describe('Stripe: the receivable settled by deposits on a frozen account', () => {
  it('credits deposits past the chargeback freeze, settles what is owed first, and lifts the freeze once nothing is owed', async () => {
    const p = await player(server, world);
    const first = await stripeDeposit(p, 3000);
    expect(first.answer.status).toBe(200);
    await spend(world, p.id, '2500');
    const dispute = { id: `dp_${randomBytes(6).toString('hex')}`, object: 'dispute', amount: 3000, currency: 'eur', payment_intent: first.intent.id, reason: 'fraudulent', status: 'needs_response' };
    expect((await sendStripeWebhook(world.webhookUrl, stripe.event('charge.dispute.created', dispute), STRIPE_SECRET)).status).toBe(200);
    expect((await sendStripeWebhook(world.webhookUrl, stripe.event('charge.dispute.closed', { ...dispute, status: 'lost' }), STRIPE_SECRET)).status).toBe(200);
    expect(await receivable(p.id)).toBe('-2500');
    await waitFor(async () => (await cashAccount(p.id)).frozen);

    // A deposit while frozen: credited, all of it settles the receivable; still owing, still frozen.
    const second = await stripeDeposit(p, 1000);
    expect(second.answer.status).toBe(200);
    expect((await world.tenant.admin.sdk.Payment({ id: second.paymentId })).payment!.status).toBe('SUCCEEDED');
    expect(await receivable(p.id)).toBe('-1500');
    expect(await cashAccount(p.id)).toMatchObject({ balance: '0', frozen: true });
    // The next one settles the rest: the freeze the chargeback set is lifted.
    const third = await stripeDeposit(p, 2000);
    expect(third.answer.status).toBe(200);
    expect(await receivable(p.id)).toBe('0');
    await waitFor(async () => !(await cashAccount(p.id)).frozen);
    expect(await eur(p.sdk)).toMatchObject({ cash: '500' });
    const { rows } = await db.query<{ metadata: Record<string, unknown> }>(`select metadata from ledger_transaction where code = 'RECEIVABLE_SETTLEMENT' and reference = any($1::text[]) order by created_at`, [[localId(second.paymentId), localId(third.paymentId)]]);
    expect(rows.map((r) => r.metadata.frozenOverride)).toEqual(['chargeback receivable settlement', 'chargeback receivable settlement']);
  });

  it('refuses (and refunds) a deposit to an account staff froze, answering 2xx, with the outcome recorded', async () => {
    const p = await player(server, world);
    await stripeDeposit(p, 1000);
    await staffFreeze(p.id);
    const refused = await stripeDeposit(p, 700);
    expect(refused.answer.status).toBe(200);
    expect((await world.tenant.admin.sdk.Payment({ id: refused.paymentId })).payment).toMatchObject({ status: 'REFUSED', refusal: 'ACCOUNT_FROZEN' });
    expect(await cashAccount(p.id)).toMatchObject({ balance: '1000', frozen: true });
    await waitFor(async () => [...stripe.refunds.values()].some((r) => r.payment_intent === refused.intent.id));
  });
});
