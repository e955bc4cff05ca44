/**
 * The staff web console (docs/console.md) in a real browser: Debian's chromium driven by
 * playwright-core, against a real server. Signs in, approves a withdrawal (and checks through
 * the API that it moved on), sees a new one arrive live, searches a player and opens their
 * page, reads the audit trail, is told job status is for platform staff, switches to Turkish,
 * and checks the KPI dashboard. A failing test leaves a screenshot in artifacts/console/.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { randomUUID } from 'node:crypto';
import { expectType, PASSWORD, platformAdmin } from '../helpers/world.js';
import { systemContext } from '../../src/context.js';
import { createPlatformStaff } from '../../modules/identity/index.js';
import { startFakeStripe, type FakeStripe } from '../helpers/fake-stripe.js';
import { confirmedStripeDeposit, paymentsWorld, player, type PaymentsWorld } from '../helpers/payments.js';
import { consoleAccessToken, openBrowser, screenshot, setConsoleAccessToken, type ConsoleBrowser } from '../helpers/console.js';

let server: TestServer;
let stripe: FakeStripe;
let world: PaymentsWorld;
let platform: Sdk;
let alice: Awaited<ReturnType<typeof player>>;
let pendingId: string;
let ui: ConsoleBrowser;
/** The browser code's type check, started first and run beside the browser tests (it takes ~10 s). */
let typecheck: Promise<unknown>;

async function requestWithdrawal(amount: string, key: string): Promise<string> {
  const result = await alice.sdk.RequestWithdrawal({ input: { idempotencyKey: key, currency: 'EUR', amount } });
  return expectType(result.requestWithdrawal, 'RequestWithdrawalPayload').withdrawal.id;
}

beforeAll(async () => {
  typecheck = promisify(execFile)('npx', ['tsc', '-p', 'src/console/app', '--noEmit'], { timeout: 120_000 });
  typecheck.catch(() => undefined); // awaited by its own test
  // Fails at once, with the install command, when chromium is missing.
  ui = await openBrowser();
  stripe = await startFakeStripe();
  server = await startServer();
  platform = (await platformAdmin(server)).sdk;
  world = await paymentsWorld(server, platform, { code: 'stripe', endpoint: stripe.url, dualApprovalAbove: null });
  alice = await player(server, world);
  const deposit = await confirmedStripeDeposit(stripe, world.webhookUrl, alice.sdk, 3000);
  expect(deposit.answer.status).toBe(200);
  pendingId = await requestWithdrawal('500', `console-wd-${world.tenant.slug}`);
}, 60_000);

afterAll(async () => {
  await ui?.close();
  await server?.close();
  await stripe?.close();
});

beforeEach(({ task, onTestFailed }) => {
  onTestFailed(async () => {
    const file = await screenshot(ui.page, task.name).catch(() => null);
    if (file) console.error(`console test failed: screenshot at ${file}`);
  });
});

describe('console', () => {
  it('is served by the API process: the page and its bundle, with no request leaving the machine', async () => {
    const external: string[] = [];
    ui.page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin !== new URL(server.url).origin && url.protocol !== 'data:') external.push(request.url());
    });
    const answer = await ui.page.goto(`${server.url}/console`);
    expect(answer?.status()).toBe(200);
    await ui.page.getByRole('heading', { name: 'Staff sign-in' }).waitFor();
    expect(external).toEqual([]);
  });

  it('refuses a wrong password with the API\'s message, then signs the tenant admin in', async () => {
    const page = ui.page;
    await page.locator('input[name=tenant]').fill(world.tenant.slug);
    await page.locator('input[name=email]').fill(world.tenant.admin.email);
    await page.locator('input[name=password]').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const wrong = await server.sdk().StaffLogin({ input: { email: world.tenant.admin.email, password: 'not-the-password', tenant: world.tenant.slug } }).then(
      (r) => ('message' in r.staffLogin ? r.staffLogin.message : ''),
      (e: { response?: { errors?: { message: string }[] } }) => e.response?.errors?.[0]?.message ?? '',
    );
    expect(wrong).not.toBe('');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain(wrong);

    await page.locator('input[name=password]').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: 'Withdrawals' }).waitFor();
    await expect.poll(() => page.locator('header .who').textContent()).toContain(world.tenant.slug);
  });

  it('approves a pending withdrawal, which the API then shows moved on', async () => {
    const page = ui.page;
    await page.getByRole('link', { name: 'Withdrawals' }).click();
    const row = page.locator(`tr[data-id="${pendingId}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain(alice.email);
    expect(await row.textContent()).toContain('5.00 EUR');
    await row.locator('input[name=note]').fill('checked by the console test');
    await row.locator('button[data-action=approve]').click();
    await expect.poll(() => page.getByTestId('withdrawal-message').textContent()).toMatch(/Done: the withdrawal is now [A-Z]+\./);
    const { withdrawal } = await world.finance.sdk.Withdrawal({ id: pendingId });
    expect(withdrawal?.status).not.toBe('PENDING');
    expect(withdrawal?.decidedBy?.id).toBeTruthy();
    expect(withdrawal?.note).toBe('checked by the console test');
    // The PENDING queue no longer lists it.
    await row.waitFor({ state: 'detached' });
  });

  it('shows a withdrawal requested meanwhile without a reload (paymentEvents over graphql-ws)', async () => {
    const page = ui.page;
    await page.getByTestId('live').waitFor();
    const id = await requestWithdrawal('700', `console-live-${world.tenant.slug}`);
    await page.locator(`tr[data-id="${id}"]`).waitFor({ timeout: 10_000 });
    expect(await page.locator(`tr[data-id="${id}"]`).textContent()).toContain('7.00 EUR');

    // And rejects it, with a note the API keeps.
    const row = page.locator(`tr[data-id="${id}"]`);
    await row.locator('input[name=note]').fill('rejected by the console test');
    await row.locator('button[data-action=reject]').click();
    await expect.poll(() => page.getByTestId('withdrawal-message').textContent()).toBe('Done: the withdrawal is now REJECTED.');
    const { withdrawal } = await world.finance.sdk.Withdrawal({ id });
    expect(withdrawal).toMatchObject({ status: 'REJECTED', note: 'rejected by the console test' });
  });

  it('finds a player by the start of their email and opens their page with balances', async () => {
    const page = ui.page;
    await page.getByRole('link', { name: 'Players' }).click();
    await page.locator('input[name=search]').fill(alice.email.slice(0, 6));
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('link', { name: alice.email }).click();
    await page.getByTestId('profile').waitFor();
    expect(await page.getByTestId('profile').textContent()).toContain(alice.email);
    const { node } = await world.finance.sdk.PlayerBalances({ id: alice.player.id });
    const eur = node && 'balances' in node ? node.balances?.find((b) => b.currency === 'EUR') : undefined;
    expect(eur).toBeTruthy();
    const balances = await page.getByTestId('balances').textContent();
    expect(balances).toContain(eur!.cash.decimal);
    expect(balances).toContain(eur!.held.decimal);
  });

  it('reads the audit trail, newest first, with the approval in it', async () => {
    const page = ui.page;
    await page.getByRole('link', { name: 'Audit trail' }).click();
    await page.getByTestId('audit').waitFor();
    const { auditEvents } = await world.tenant.admin.sdk.AuditEvents({ first: 1 });
    const newest = auditEvents!.edges[0]!.node;
    expect(await page.getByTestId('audit').locator('tbody tr').first().textContent()).toContain(newest.action);
    expect(await page.getByTestId('audit').textContent()).toMatch(/withdrawal/i);
  });

  it('renews a refused access token with the refresh token; the list and its subscription go on', async () => {
    const page = ui.page;
    // As if the access token had expired: the API refuses it (UNAUTHENTICATED). The page reads
    // its session from sessionStorage when it loads.
    await setConsoleAccessToken(page, 'expired');
    await page.goto(`${server.url}/console#/withdrawals`);
    await page.reload();
    await page.getByTestId('live').waitFor();
    await expect.poll(() => consoleAccessToken(page)).not.toBe('expired');
    const id = await requestWithdrawal('400', `console-renewed-${world.tenant.slug}`);
    await page.locator(`tr[data-id="${id}"]`).waitFor({ timeout: 10_000 });
    expect(await page.getByTestId('live').getAttribute('class')).toBe('live');
  });

  it('tells tenant staff that job status is for platform staff', async () => {
    const page = ui.page;
    await page.getByRole('link', { name: 'Jobs' }).click();
    await expect.poll(() => page.getByTestId('platform-only').textContent()).toContain('platform staff only');
  });

  it('switches to Turkish: the labels, and the API\'s own messages', async () => {
    const page = ui.page;
    await page.getByTestId('lang').selectOption('tr');
    await page.getByRole('link', { name: 'Para çekmeler' }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('İş kuyrukları');
    await page.getByRole('link', { name: 'Oyuncular' }).click();
    await page.getByRole('button', { name: 'Ara' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('tr');
    // The API's own messages follow the language too (Accept-Language): signed out, a wrong
    // password is refused with the API's Turkish text, not the English one.
    const refusal = async (language: string) =>
      server.sdk({ 'accept-language': language }).StaffLogin({ input: { email: world.tenant.admin.email, password: 'not-the-password', tenant: world.tenant.slug } }).then(
        (r) => ('message' in r.staffLogin ? r.staffLogin.message : ''),
        (e: { response?: { errors?: { message: string }[] } }) => e.response?.errors?.[0]?.message ?? '',
      );
    const [english, turkish] = await Promise.all([refusal('en'), refusal('tr')]);
    expect(turkish).not.toBe(english);
    await page.getByRole('button', { name: 'Çıkış yap' }).click();
    await page.getByRole('heading', { name: 'Personel girişi' }).waitFor();
    await page.locator('input[name=tenant]').fill(world.tenant.slug);
    await page.locator('input[name=email]').fill(world.tenant.admin.email);
    await page.locator('input[name=password]').fill('not-the-password');
    await page.getByRole('button', { name: 'Giriş yap' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain(turkish);
    await page.locator('input[name=password]').fill(PASSWORD);
    await page.getByRole('button', { name: 'Giriş yap' }).click();
    await page.getByRole('link', { name: 'Oyuncular' }).waitFor();
    // The choice is kept: a reload stays in Turkish and signed in.
    await page.reload();
    await page.getByRole('link', { name: 'Denetim kaydı' }).waitFor();
    await page.getByTestId('lang').selectOption('en');
    await page.getByRole('link', { name: 'Audit trail' }).waitFor();
  });

  it('signs platform staff in without a tenant, to the job queues as the API lists them', async () => {
    const page = ui.page;
    const email = `platform-${randomUUID().slice(0, 8)}@croupier.test`;
    await createPlatformStaff(systemContext(server.platform.services), { email, name: 'Platform Ops', password: PASSWORD, roles: ['PLATFORM_ADMIN'] });
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.locator('input[name=tenant]').fill('');
    await page.locator('input[name=email]').fill(email);
    await page.locator('input[name=password]').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('jobs').waitFor();
    const { jobQueues } = await platform.JobQueues();
    expect(jobQueues!.length).toBeGreaterThan(0);
    const shown = await page.getByTestId('jobs').locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-queue')));
    expect(shown).toEqual(jobQueues!.map((q) => q.name));
    // Tenant screens say they need a tenant's staff.
    await page.getByRole('link', { name: 'Withdrawals' }).click();
    await page.getByTestId('needs-tenant').waitFor();
  });

  it('typechecks (its browser code has a tsconfig of its own, with DOM types)', async () => {
    await expect(typecheck).resolves.toBeTruthy();
  }, 120_000);
});
