/**
 * The sandbox payment provider (modules/payments/adapters/sandbox.adapter.ts): deposits and
 * payouts complete by themselves, through a signed webhook the sandbox posts to the platform's
 * own webhook route (the same verification and application path as Stripe's and Adyen's), and
 * the sandbox is refused in production. Actions go through the services (the schema of payments
 * is not what is under test here); the webhooks go over HTTP to a real server.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { PRODUCTION_EMAIL_ENV, startServer, uniqueSlug, type TestServer } from '../helpers/server.js';
import { ownerDb, waitFor } from '../helpers/payments.js';
import { systemContext, type Context, type Services } from '../../src/context.js';
import { createTenant } from '../../modules/tenants/index.js';
import { registerPlayer } from '../../modules/identity/index.js';
import { setPaymentProvider } from '../../modules/payments/payments.providers.js';
import { createDeposit, paymentById } from '../../modules/payments/payments.service.js';
import { approveWithdrawal, requestWithdrawal, withdrawalById } from '../../modules/payments/payments.withdrawals.js';
import { SANDBOX_SIGNATURE_HEADER, SandboxRefusedInProductionError, sandboxSignature } from '../../modules/payments/adapters/sandbox.adapter.js';
import { PaymentProviderUnsupportedError } from '../../modules/payments/payments.errors.js';

const SECRET = `sandbox-${randomUUID()}`;

let server: TestServer;
let db: pg.Client;
let staff: Context;
let slug: string;
let webhookUrl: string;

async function tenantContext(services: Services, tenantSlug: string): Promise<Context> {
  const tenant = await services.tenants.bySlug(services, tenantSlug);
  return systemContext(services, tenant);
}

async function newPlayerContext(): Promise<Context> {
  const { player } = await registerPlayer(staff, { email: `p-${randomUUID().slice(0, 8)}@player.test`, password: 'correct-horse-battery', displayName: 'Player' });
  return { ...staff, principal: { kind: 'player', playerId: player.id, tenantId: staff.tenant!.id, sessionId: 'test' } };
}

async function cash(playerId: string): Promise<{ balance: bigint; held: bigint }> {
  const { rows } = await db.query<{ balance: string; held: string }>(
    `select coalesce(sum(balance), 0)::text as balance, coalesce(sum(held), 0)::text as held from ledger_account
      where owner_type = 'PLAYER' and owner_id = $1 and currency = 'EUR' and kind = 'CASH'`,
    [playerId],
  );
  return { balance: BigInt(rows[0]!.balance), held: BigInt(rows[0]!.held) };
}

async function webhooksOf(ref: string) {
  const { rows } = await db.query<{ accepted: boolean; outcome: string; kind: string }>(
    `select accepted, outcome, kind from payment_webhook where provider = 'sandbox' and payment_ref = $1`,
    [ref],
  );
  return rows;
}

beforeAll(async () => {
  server = await startServer();
  db = await ownerDb();
  const services = server.platform.services;
  slug = uniqueSlug('sbx');
  await createTenant(systemContext(services), {
    slug, name: 'Sandbox Casino', domains: [], defaultCurrency: 'EUR', currencies: ['EUR'], defaultLocale: 'en', locales: ['en'],
  });
  staff = await tenantContext(services, slug);
  webhookUrl = `${server.url}/payments/${slug}/sandbox/webhook`;
  await setPaymentProvider(staff, { code: 'sandbox', currencies: ['EUR'], minAmount: '100', maxAmount: '100000', apiKey: 'sandbox-test-key', webhookSecret: SECRET, endpoint: webhookUrl });
});

afterAll(async () => {
  await db?.end();
  await server?.close();
});

describe('sandbox provider', () => {
  it('completes a deposit by itself, through a signed webhook on the providers’ path', async () => {
    const player = await newPlayerContext();
    const playerId = (player.principal as { playerId: string }).playerId;
    const { payment } = await createDeposit(player, { provider: 'sandbox', currency: 'EUR', amount: '2500' });
    expect(payment.status).toBe('PENDING');
    expect(await cash(playerId)).toEqual({ balance: 0n, held: 0n });

    const done = await waitFor(async () => {
      const row = await paymentById(staff, payment.id);
      return row.status === 'PENDING' ? null : row;
    }, 10_000);
    expect(done.status).toBe('SUCCEEDED');
    expect(String(done.confirmed_amount)).toBe('2500');
    expect(done.ledger_transaction_id).not.toBeNull();
    expect(await cash(playerId)).toEqual({ balance: 2500n, held: 0n });
    // Recorded as an accepted, verified webhook and applied like any provider's.
    expect(await webhooksOf(payment.provider_ref!)).toEqual([{ accepted: true, outcome: 'CREDITED', kind: 'payment' }]);
  });

  it('declines an amount ending in 13, also through the webhook', async () => {
    const player = await newPlayerContext();
    const { payment } = await createDeposit(player, { provider: 'sandbox', currency: 'EUR', amount: '1013' });
    const done = await waitFor(async () => {
      const row = await paymentById(staff, payment.id);
      return row.status === 'PENDING' ? null : row;
    }, 10_000);
    expect(done.status).toBe('FAILED');
    expect(await webhooksOf(payment.provider_ref!)).toEqual([{ accepted: true, outcome: 'FAILED', kind: 'payment' }]);
  });

  it('pays an approved withdrawal out by itself: refund of the deposit, hold captured on the webhook', async () => {
    const player = await newPlayerContext();
    const playerId = (player.principal as { playerId: string }).playerId;
    const { payment } = await createDeposit(player, { provider: 'sandbox', currency: 'EUR', amount: '3000' });
    await waitFor(async () => (await paymentById(staff, payment.id)).status === 'SUCCEEDED', 10_000);

    const { withdrawal } = await requestWithdrawal(player, { idempotencyKey: `wd-${randomUUID()}`, currency: 'EUR', amount: '1200' });
    expect(withdrawal.status).toBe('PENDING');
    expect(await cash(playerId)).toEqual({ balance: 3000n, held: 1200n });
    const approved = await approveWithdrawal(staff, { withdrawalId: withdrawal.id });
    expect(approved.status).toBe('PROCESSING');
    expect(approved.route).toBe('REFUND');

    const paid = await waitFor(async () => {
      const row = await withdrawalById(staff, withdrawal.id);
      return row.status === 'PROCESSING' ? null : row;
    }, 10_000);
    expect(paid.status).toBe('PAID');
    expect(paid.ledger_transaction_id).not.toBeNull();
    expect(await cash(playerId)).toEqual({ balance: 1800n, held: 0n });
    // A payout's webhook is logged after the withdrawal's update (payments.webhooks.ts, applyPayout).
    const logged = await waitFor(async () => {
      const rows = await webhooksOf(paid.provider_ref!);
      return rows.length ? rows : null;
    }, 5000);
    expect(logged).toEqual([{ accepted: true, outcome: 'PAID', kind: 'payout' }]);
  });

  it('refuses a webhook that is not signed with the provider’s secret', async () => {
    const body = JSON.stringify({ id: `sbx_evt_${randomUUID()}`, type: 'payment.succeeded', ref: 'sbx_pay_forged', merchantRef: null, amount: '100000', currency: 'EUR', reason: null });
    const forged = await fetch(webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json', [SANDBOX_SIGNATURE_HEADER]: sandboxSignature('not-the-secret', body) }, body });
    expect(forged.status).toBe(401);
    const stale = await fetch(webhookUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [SANDBOX_SIGNATURE_HEADER]: sandboxSignature(SECRET, body, Math.floor(Date.now() / 1000) - 3600) },
      body,
    });
    expect(stale.status).toBe(401);
    const unsigned = await fetch(webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(unsigned.status).toBe(401);
  });
});

describe('sandbox provider in production', () => {
  let production: TestServer;
  beforeAll(async () => {
    production = await startServer({
      env: {
        NODE_ENV: 'production',
        ...PRODUCTION_EMAIL_ENV,
        JWT_SECRET: 'p'.repeat(40),
        AUDIT_SIGNING_KEY: Buffer.alloc(32, 'audit-prod-test').toString('base64'),
        // The development key: the rows configured above must still decrypt, so the refusal comes from the sandbox rule.
        SECRETS_ENCRYPTION_KEY: Buffer.alloc(32, 'croupier-dev-secrets-key').toString('base64'),
      },
    });
  });
  afterAll(async () => {
    await production?.close();
  });

  it('is refused when configured, with a typed error (PAYMENT_PROVIDER_UNSUPPORTED to GraphQL callers)', async () => {
    const ctx = await tenantContext(production.platform.services, slug);
    const attempt = setPaymentProvider(ctx, { code: 'sandbox', currencies: ['EUR'], minAmount: '100', maxAmount: '100000', apiKey: 'sandbox-test-key', webhookSecret: SECRET, endpoint: webhookUrl });
    await expect(attempt).rejects.toBeInstanceOf(SandboxRefusedInProductionError);
    await expect(attempt).rejects.toBeInstanceOf(PaymentProviderUnsupportedError);
    await expect(attempt).rejects.toMatchObject({ code: 'PAYMENT_PROVIDER_UNSUPPORTED' });
  });

  it('moves no money through a sandbox row configured before: deposits refused, webhooks not applied', async () => {
    const ctx = await tenantContext(production.platform.services, slug);
    const { player } = await registerPlayer(ctx, { email: `p-${randomUUID().slice(0, 8)}@player.test`, password: 'correct-horse-battery', displayName: 'Player' });
    const asPlayer: Context = { ...ctx, principal: { kind: 'player', playerId: player.id, tenantId: ctx.tenant!.id, sessionId: 'test' } };
    await expect(createDeposit(asPlayer, { provider: 'sandbox', currency: 'EUR', amount: '2500' })).rejects.toBeInstanceOf(SandboxRefusedInProductionError);

    const body = JSON.stringify({ id: `sbx_evt_${randomUUID()}`, type: 'payment.succeeded', ref: 'sbx_pay_x', merchantRef: null, amount: '2500', currency: 'EUR', reason: null });
    const answer = await fetch(`${production.url}/payments/${slug}/sandbox/webhook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [SANDBOX_SIGNATURE_HEADER]: sandboxSignature(SECRET, body) },
      body,
    });
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(await webhooksOf('sbx_pay_x')).toEqual([]);
  });
});
