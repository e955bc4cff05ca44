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
import { expectType, newStaff, PASSWORD, platformAdmin } from '../helpers/world.js';
import { systemContext } from '../../src/context.js';
import { createPlatformStaff } from '../../modules/identity/index.js';
import { startFakeStripe, type FakeStripe } from '../helpers/fake-stripe.js';
import { confirmedStripeDeposit, localId, paymentsWorld, player, waitFor, type PaymentsWorld } from '../helpers/payments.js';
import { rollUpTenant } from '../../modules/kpis/index.js';
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

  it('works a risk case: the queue, its evidence, a freeze, approving another staff member\'s closure, closing the case; live', async () => {
    const page = ui.page;
    const suspect = await player(server, world);
    const risk = await newStaff(server, platform, world.tenant.slug, ['RISK']);
    const opened = expectType((await risk.sdk.OpenRiskCase({ input: { playerIds: [suspect.player.id], title: 'Console case', severity: 'HIGH', note: 'bonus hunting pattern' } })).openRiskCase, 'OpenRiskCasePayload').riskCase;
    await page.getByRole('link', { name: 'Risk' }).click();
    const row = page.locator(`tr[data-id="${opened.id}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain(suspect.email);
    await row.getByRole('link', { name: 'Console case' }).click();
    await expect.poll(() => page.getByTestId('risk-evidence').textContent()).toContain('bonus hunting pattern');

    // A freeze through the form, done at once.
    const form = page.getByTestId('risk-action');
    await form.locator('select[name=action]').selectOption('FREEZE');
    await form.locator('input[name=note]').fill('frozen from the console');
    await form.getByRole('button', { name: 'Take action' }).click();
    await expect.poll(() => page.getByTestId('risk-message').textContent()).toBe('Done.');
    const afterFreeze = (await risk.sdk.RiskCase({ id: opened.id })).node;
    expect(afterFreeze && 'actions' in afterFreeze ? afterFreeze.actions.nodes.map((a) => [a.action, a.status, a.note]) : []).toEqual([['FREEZE', 'DONE', 'frozen from the console']]);

    // Another staff member asks for a closure meanwhile: it appears live, and the admin approves it.
    const asked = expectType(
      (await risk.sdk.TakeRiskCaseAction({ input: { caseId: opened.id, playerId: suspect.player.id, action: 'CLOSE_ACCOUNT', note: 'multi-accounting confirmed', idempotencyKey: `console-${randomUUID()}` } })).takeRiskCaseAction,
      'TakeRiskCaseActionPayload',
    ).action;
    const pending = page.locator(`tr[data-id="${asked.id}"]`);
    await pending.waitFor({ timeout: 10_000 });
    await pending.locator('button[data-action=approve]').click();
    await expect.poll(async () => (await risk.sdk.RiskCase({ id: opened.id })).node).toMatchObject({ actions: { nodes: [{}, { id: asked.id, status: 'DONE' }] } });

    const resolve = page.getByTestId('risk-resolve');
    await resolve.locator('select[name=resolution]').selectOption('CONFIRMED');
    await resolve.locator('input[name=resolution-note]').fill('closed from the console');
    await resolve.getByRole('button', { name: 'Close case' }).click();
    await expect.poll(() => page.getByTestId('risk-status').textContent()).toBe('CLOSED (CONFIRMED: closed from the console)');
  });

  it('draws the KPI charts with the figures the API gives, one currency at a time', async () => {
    const page = ui.page;
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const [from, to] = [day(-6), day(1)];
    // The roll-ups are fed by the kpi-rollup job (off in tests): run it until today's deposit shows.
    const figures = await waitFor(async () => {
      await rollUpTenant(server.platform.services, localId(world.tenant.id));
      const answer = await world.tenant.admin.sdk.ConsoleKpis({ from, to });
      const deposited = answer.kpis?.periods.some((p) => p.currencies.some((c) => c.currency === 'EUR' && c.deposits.count > 0));
      return deposited ? answer : null;
    }, 15_000);
    const { kpis, kpiCohorts } = figures;

    await page.getByRole('link', { name: 'Dashboard' }).click();
    await page.locator('input[name=from]').fill(from);
    await page.locator('input[name=to]').fill(to);
    await page.getByRole('button', { name: 'Show' }).click();
    await page.locator('select[name=currency] option[value=EUR]').waitFor({ state: 'attached' });
    await page.locator('select[name=currency]').selectOption('EUR');

    type Drawn = { labels: string[]; datasets: { label: string; data: number[] }[] };
    const chart = (name: string) =>
      page.evaluate(`(() => {
        const chart = CroupierConsole.Chart.getChart(document.querySelector('canvas[data-chart=${name}]'));
        return chart ? { labels: chart.data.labels, datasets: chart.data.datasets.map((d) => ({ label: d.label, data: d.data })) } : null;
      })()`) as Promise<Drawn | null>;
    const eur = kpis!.periods.map((p) => p.currencies.find((c) => c.currency === 'EUR'));
    const days = kpis!.periods.map((p) => p.start);
    // The chart of the range asked for (the first drawing, of the default range, is replaced).
    const drawn = async (name: string): Promise<Drawn> =>
      waitFor(async () => {
        const found = await chart(name);
        return found && JSON.stringify(found.labels) === JSON.stringify(name === 'retention' ? ['D1', 'D7', 'D30'] : days) ? found : null;
      }, 10_000);
    const flows = await drawn('flows');
    expect(flows.labels).toEqual(days);
    expect(flows.datasets.map((d) => d.label)).toEqual(['Deposits', 'Withdrawals']);
    expect(flows.datasets[0]!.data).toEqual(eur.map((c) => Number(c?.deposits.amount.decimal ?? 0)));
    expect(flows.datasets[1]!.data).toEqual(eur.map((c) => Number(c?.withdrawals.amount.decimal ?? 0)));
    // Not all zeros: today's 30.00 EUR deposit is in it.
    expect(flows.datasets[0]!.data).toContain(30);

    const money = await drawn('ggr-ngr');
    expect(money.labels).toEqual(days);
    expect(money.datasets[0]!.data).toEqual(eur.map((c) => Number(c?.ggr.decimal ?? 0)));
    expect(money.datasets[1]!.data).toEqual(eur.map((c) => Number(c?.ngr.decimal ?? 0)));

    const active = await drawn('active');
    expect(active.datasets[0]!.data).toEqual(eur.map((c) => c?.activePlayers ?? 0));

    const retention = await drawn('retention');
    expect(retention.labels).toEqual(['D1', 'D7', 'D30']);
    // One curve per cohort that has players (alice and the others registered today).
    const cohorts = kpiCohorts!.filter((c) => c.size > 0);
    expect(cohorts.length).toBeGreaterThan(0);
    expect(retention.datasets.map((d) => d.label)).toEqual(cohorts.map((c) => `${c.start} (${c.size})`));
    expect(retention.datasets.map((d) => d.data)).toEqual(cohorts.map((c) => [1, 7, 30].map((n) => (c.retention.find((r) => r.day === n)?.rate ?? 0) * 100)));
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
