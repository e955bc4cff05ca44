/**
 * The staff console against a server in trusted-documents mode (TRUSTED_DOCUMENTS=true,
 * docs/security.md): every document it sends, over HTTP and over the WebSocket, is one of the
 * SDK's manifest, so each screen loads without a TRUSTED_DOCUMENT_REQUIRED refusal.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../helpers/server.js';
import { expectType, PASSWORD, platformAdmin, type TestTenant } from '../helpers/world.js';
import { startFakeStripe, type FakeStripe } from '../helpers/fake-stripe.js';
import { confirmedStripeDeposit, paymentsWorld, player, type PaymentsWorld } from '../helpers/payments.js';
import { openBrowser, screenshot, type ConsoleBrowser } from '../helpers/console.js';

let server: TestServer;
let stripe: FakeStripe;
let world: PaymentsWorld;
let tenant: TestTenant;
let alice: Awaited<ReturnType<typeof player>>;
let ui: ConsoleBrowser;

beforeAll(async () => {
  ui = await openBrowser();
  stripe = await startFakeStripe();
  server = await startServer({ env: { TRUSTED_DOCUMENTS: 'true' } });
  world = await paymentsWorld(server, (await platformAdmin(server)).sdk, { code: 'stripe', endpoint: stripe.url, dualApprovalAbove: null });
  tenant = world.tenant;
  alice = await player(server, world);
  expect((await confirmedStripeDeposit(stripe, world.webhookUrl, alice.sdk, 2000)).answer.status).toBe(200);
}, 60_000);

afterAll(async () => {
  await ui?.close();
  await server?.close();
  await stripe?.close();
});

beforeEach(({ task, onTestFailed }) => {
  onTestFailed(async () => {
    const file = await screenshot(ui.page, `trusted-${task.name}`).catch(() => null);
    if (file) console.error(`console test failed: screenshot at ${file}`);
  });
});

describe('console in trusted-documents mode', () => {
  it('signs in and loads every tenant screen, the live subscription included', async () => {
    const page = ui.page;
    // The server does refuse a document outside the manifest.
    const refused = await fetch(server.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'x-tenant': tenant.slug }, body: JSON.stringify({ query: '{ currentTenant { slug } }' }) });
    expect(await refused.text()).toContain('TRUSTED_DOCUMENT_REQUIRED');

    await page.goto(`${server.url}/console`);
    await page.locator('input[name=tenant]').fill(tenant.slug);
    await page.locator('input[name=email]').fill(tenant.admin.email);
    await page.locator('input[name=password]').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: 'Withdrawals' }).click();
    await page.getByText('Nothing to show.').waitFor();
    // The paymentEvents subscription is accepted: a withdrawal asked for now appears by itself.
    const asked = await alice.sdk.RequestWithdrawal({ input: { idempotencyKey: `trusted-${tenant.slug}`, currency: 'EUR', amount: '800' } });
    const id = expectType(asked.requestWithdrawal, 'RequestWithdrawalPayload').withdrawal.id;
    await page.locator(`tr[data-id="${id}"]`).waitFor({ timeout: 10_000 });
    expect(await page.getByTestId('live').getAttribute('class')).toBe('live');
    await page.getByRole('link', { name: 'Players' }).click();
    await page.getByTestId('players').waitFor();
    await page.getByRole('link', { name: 'Audit trail' }).click();
    await page.getByTestId('audit').waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
  });
});
