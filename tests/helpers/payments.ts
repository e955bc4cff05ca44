import { randomBytes } from 'node:crypto';
import { playerGlobalId } from './wallet.js';
import { inject } from 'vitest';
import pg from 'pg';
import type { Sdk, TestServer } from './server.js';
import { sendStripeWebhook, type FakeStripe } from './fake-stripe.js';
import { expectType, localId, newPlayer, newStaff, newTenant, type TestTenant } from './world.js';

export const STRIPE_SECRET = `whsec_${randomBytes(24).toString('base64url')}`;
export const STRIPE_API_KEY = `sk_test_${randomBytes(24).toString('hex')}`;
export const ADYEN_HMAC_KEY = randomBytes(32).toString('hex').toUpperCase();
export const ADYEN_API_KEY = `AQE_${randomBytes(24).toString('hex')}`;
export const ADYEN_MERCHANT = 'CroupierECOM';

export interface PaymentsWorld {
  tenant: TestTenant;
  finance: { sdk: Sdk; token: string };
  /** A partner key with wallet:post: stands in for games spending a player's money. */
  partner: Sdk;
  webhookUrl: string;
}

/** A tenant with one provider configured (through the API), a FINANCE staff member and a partner key. */
export async function paymentsWorld(
  server: TestServer,
  platform: Sdk,
  provider: { code: 'stripe' | 'adyen'; endpoint: string; dualApprovalAbove?: string | null; freeze?: 'NEVER' | 'ON_RECEIVABLE' | 'ALWAYS' },
): Promise<PaymentsWorld> {
  const tenant = await newTenant(server, platform);
  const finance = await newStaff(server, platform, tenant.slug, ['FINANCE']);
  const set = await tenant.admin.sdk.SetPaymentProvider({
    input: {
      adapter: provider.code === 'stripe' ? 'STRIPE' : 'ADYEN',
      currencies: ['EUR'],
      minAmount: '100',
      maxAmount: '100000',
      apiKey: provider.code === 'stripe' ? STRIPE_API_KEY : ADYEN_API_KEY,
      webhookSecret: provider.code === 'stripe' ? STRIPE_SECRET : ADYEN_HMAC_KEY,
      ...(provider.code === 'adyen' ? { merchantAccount: ADYEN_MERCHANT } : {}),
      endpoint: provider.endpoint,
    },
  });
  const configured = expectType(set.setPaymentProvider, 'SetPaymentProviderPayload').provider;
  const settings = await tenant.admin.sdk.SetPaymentSettings({
    input: { dualApprovalAbove: provider.dualApprovalAbove === undefined ? '5000' : provider.dualApprovalAbove, chargebackFreeze: provider.freeze ?? 'ON_RECEIVABLE' },
  });
  expectType(settings.setPaymentSettings, 'SetPaymentSettingsPayload');
  const created = await tenant.admin.sdk.CreateApiKey({ input: { name: 'games', permissions: ['WALLET_POST'] } });
  const partner = server.sdk({ 'x-api-key': expectType(created.createApiKey, 'CreateApiKeyPayload').key });
  return { tenant, finance, partner, webhookUrl: `${server.url}${configured.webhookPath}` };
}

export { globalId, localId } from './world.js';

export async function player(server: TestServer, world: PaymentsWorld) {
  const p = await newPlayer(server, world.tenant);
  return { ...p, id: localId(p.player.id) };
}

export async function eur(sdk: Sdk): Promise<{ cash: string; bonus: string; held: string; available: string }> {
  const { wallet } = await sdk.Wallet();
  const row = wallet!.find((w) => w.currency === 'EUR');
  return { cash: row?.cash.amount ?? '0', bonus: row?.bonus.amount ?? '0', held: row?.held.amount ?? '0', available: row?.available.amount ?? '0' };
}

/** The player spends cash (a bet the house keeps), through the partner API. */
export async function spend(world: PaymentsWorld, playerId: string, amount: string, key = `spend-${randomBytes(6).toString('hex')}`) {
  const result = await world.partner.PostTransfers({
    input: { idempotencyKey: key, code: 'BET', transfers: [{ from: { ownerType: 'PLAYER', ownerId: playerGlobalId(playerId), currency: 'EUR', kind: 'CASH' }, to: { ownerType: 'HOUSE', currency: 'EUR' }, amount }] },
  });
  expectType(result.postTransfers, 'PostTransfersPayload');
}

/** The database as its owner, to look at what was (not) written. */
export async function ownerDb(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: inject('databaseUrl') });
  await client.connect();
  return client;
}

export async function waitFor<T>(probe: () => Promise<T | null | undefined | false>, ms = 5000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Payments rows of a tenant made through the API (for the RLS and cross-tenant suites): a
 * Stripe provider and settings, a confirmed deposit (webhook recorded), a pending withdrawal
 * and an open dispute.
 */
export async function seedPayments(server: TestServer, tenant: TestTenant, stripe: import('./fake-stripe.js').FakeStripe, secret = STRIPE_SECRET) {
  const { sendStripeWebhook } = await import('./fake-stripe.js');
  const set = await tenant.admin.sdk.SetPaymentProvider({
    input: { adapter: 'STRIPE', currencies: ['EUR'], minAmount: '100', maxAmount: '100000', apiKey: STRIPE_API_KEY, webhookSecret: secret, endpoint: stripe.url },
  });
  const webhookUrl = `${server.url}${expectType(set.setPaymentProvider, 'SetPaymentProviderPayload').provider.webhookPath}`;
  expectType((await tenant.admin.sdk.SetPaymentSettings({ input: { dualApprovalAbove: '5000', chargebackFreeze: 'NEVER' } })).setPaymentSettings, 'SetPaymentSettingsPayload');
  const p = await newPlayer(server, tenant);
  const deposit = expectType((await p.sdk.CreateDeposit({ input: { provider: 'STRIPE', currency: 'EUR', amount: '2000' } })).createDeposit, 'CreateDepositPayload');
  const intent = stripe.intents.get(deposit.payment.providerRef!)!;
  const ok = await sendStripeWebhook(webhookUrl, stripe.event('payment_intent.succeeded', { ...intent, status: 'succeeded', amount_received: 2000 }), secret);
  if (ok.status !== 200) throw new Error(`deposit webhook answered ${ok.status}`);
  const withdrawal = expectType((await p.sdk.RequestWithdrawal({ input: { idempotencyKey: `seed-wd-${tenant.slug}`, currency: 'EUR', amount: '500' } })).requestWithdrawal, 'RequestWithdrawalPayload');
  const dispute = { id: `dp_${tenant.slug}`, object: 'dispute', amount: 2000, currency: 'eur', payment_intent: intent.id, reason: 'fraudulent', status: 'needs_response' };
  const opened = await sendStripeWebhook(webhookUrl, stripe.event('charge.dispute.created', dispute), secret);
  if (opened.status !== 200) throw new Error(`dispute webhook answered ${opened.status}`);
  return { player: p, paymentId: deposit.payment.id, withdrawalId: withdrawal.withdrawal.id, webhookUrl, intent, secret };
}

/**
 * A Stripe deposit of `amount` cents in EUR, asked for by the player and confirmed by a signed
 * `payment_intent.succeeded`; with the webhook's answer (the caller checks it).
 */
export async function confirmedStripeDeposit(stripe: FakeStripe, webhookUrl: string, sdk: Sdk, amount: number) {
  const deposit = expectType((await sdk.CreateDeposit({ input: { provider: 'STRIPE', currency: 'EUR', amount: String(amount) } })).createDeposit, 'CreateDepositPayload');
  const intent = stripe.intents.get(deposit.payment.providerRef!)!;
  const answer = await sendStripeWebhook(webhookUrl, stripe.event('payment_intent.succeeded', { ...intent, status: 'succeeded', amount_received: amount }), STRIPE_SECRET);
  return { paymentId: deposit.payment.id, intent, intentId: intent.id as string, answer };
}

/** Adyen configured for the tenant (through the API) in EUR, behind the fake at `endpoint`; its webhook URL. */
export async function setAdyenProvider(server: TestServer, tenant: TestTenant, endpoint: string): Promise<string> {
  const set = await tenant.admin.sdk.SetPaymentProvider({
    input: { adapter: 'ADYEN', currencies: ['EUR'], minAmount: '100', maxAmount: '100000', apiKey: ADYEN_API_KEY, webhookSecret: ADYEN_HMAC_KEY, merchantAccount: ADYEN_MERCHANT, endpoint },
  });
  return `${server.url}${expectType(set.setPaymentProvider, 'SetPaymentProviderPayload').provider.webhookPath}`;
}
