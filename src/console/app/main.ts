/**
 * The staff web console (docs/console.md). Plain DOM, hash routes (#/withdrawals, #/players/<id>),
 * every string in English and Turkish (i18n.ts), every request through the generated SDK (api.ts).
 */
import { Chart } from 'chart.js/auto';
import { api, errorMessage, sessionEmail, signedIn, signIn, signOut, whenSignedOut, type Viewer } from './api.js';
import { h, replace } from './dom.js';
import { initialLang, lang, setLang, t, type Key, type Lang } from './i18n.js';
import type { Screen } from './screen.js';
import { dashboardScreen } from './screens/dashboard.js';
import { withdrawalsScreen } from './screens/withdrawals.js';
import { playersScreen, playerScreen } from './screens/players.js';
import { auditScreen } from './screens/audit.js';
import { jobsScreen } from './screens/jobs.js';
import { riskCaseScreen, riskScreen } from './screens/risk.js';

// For the browser tests and for staff debugging a chart: Chart.getChart(canvas).data.
(window as unknown as { CroupierConsole: unknown }).CroupierConsole = { Chart };

const root = document.getElementById('console')!;
const defaultTenant = document.body.dataset['defaultTenant'] ?? '';

interface Route {
  path: string;
  label: Key;
  screen: Screen;
  /** The screen of one item (#/<path>/<id>), when the route has one. */
  detail?: Screen;
}

const ROUTES: Route[] = [
  { path: 'dashboard', label: 'nav.dashboard', screen: dashboardScreen },
  { path: 'withdrawals', label: 'nav.withdrawals', screen: withdrawalsScreen },
  { path: 'players', label: 'nav.players', screen: playersScreen, detail: playerScreen },
  { path: 'risk', label: 'nav.risk', screen: riskScreen, detail: riskCaseScreen },
  { path: 'audit', label: 'nav.audit', screen: auditScreen },
  { path: 'jobs', label: 'nav.jobs', screen: jobsScreen },
];

let viewer: Viewer | null = null;
let cleanup: (() => void) | void = undefined;

function languageSwitch(): HTMLElement {
  const select = h(
    'select',
    { 'aria-label': t('lang.label'), 'data-testid': 'lang', onchange: (event: Event) => {
      setLang((event.target as HTMLSelectElement).value as Lang);
      render();
    } },
    h('option', { value: 'en', selected: lang() === 'en' }, 'English'),
    h('option', { value: 'tr', selected: lang() === 'tr' }, 'Türkçe'),
  );
  return select;
}

function signInForm(message?: string): void {
  document.title = t('app.title');
  const error = h('div', { class: 'error', role: 'alert' }, message ?? '');
  const tenant = h('input', { name: 'tenant', value: defaultTenant, autocomplete: 'organization' });
  const email = h('input', { name: 'email', type: 'email', required: true, autocomplete: 'username' });
  const password = h('input', { name: 'password', type: 'password', required: true, autocomplete: 'current-password' });
  const submit = h('button', { class: 'primary', type: 'submit' }, t('signin.submit'));
  const form = h(
    'form',
    { onsubmit: async (event: Event) => {
      event.preventDefault();
      submit.disabled = true;
      error.textContent = '';
      try {
        const refused = await signIn(email.value.trim(), password.value, tenant.value.trim());
        if (refused) error.textContent = refused;
        else await start();
      } catch (failure) {
        error.textContent = errorMessage(failure);
      } finally {
        submit.disabled = false;
      }
    } },
    h('label', {}, t('signin.tenant'), tenant, h('span', { class: 'muted' }, t('signin.tenantHint'))),
    h('label', {}, t('signin.email'), email),
    h('label', {}, t('signin.password'), password),
    submit,
    error,
  );
  replace(
    root,
    h('header', {}, h('span', { class: 'brand' }, t('app.title')), h('nav'), languageSwitch()),
    h('main', {}, h('div', { class: 'card signin' }, h('h1', {}, t('signin.title')), form)),
  );
}

function currentRoute(): { route: Route; params: string[] } {
  const [path = '', ...params] = location.hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  const route = ROUTES.find((r) => r.path === path);
  if (route) return { route, params };
  // Platform staff have no tenant: their first screen is the job queues.
  return { route: viewer?.tenant ? ROUTES[0]! : ROUTES.find((r) => r.path === 'jobs')!, params: [] };
}

function render(): void {
  if (typeof cleanup === 'function') cleanup();
  cleanup = undefined;
  if (!viewer) {
    signInForm();
    return;
  }
  const { route, params } = currentRoute();
  document.title = `${t(route.label)} · ${t('app.title')}`;
  const who = `${viewer.staffUser?.email ?? sessionEmail()}${viewer.tenant ? ` @ ${viewer.tenant.slug}` : ''}`;
  const content = h('main', { 'data-screen': route.path });
  replace(
    root,
    h(
      'header',
      {},
      h('span', { class: 'brand' }, t('app.title')),
      h('nav', {}, ROUTES.map((r) => h('a', { href: `#/${r.path}`, class: r === route ? 'active' : null }, t(r.label)))),
      h('span', { class: 'who' }, who),
      languageSwitch(),
      h('button', { type: 'button', onclick: () => signOut() }, t('signout')),
    ),
    content,
  );
  const screen = route.detail && params[0] ? route.detail : route.screen;
  cleanup = screen(content, { viewer, params });
}

async function start(): Promise<void> {
  try {
    const result = await api.Viewer();
    // Tenant staff and platform staff; a token of any other kind is not for the console.
    const kind = result.viewer?.kind;
    viewer = kind === 'STAFF' || kind === 'PLATFORM_STAFF' ? result.viewer : null;
    if (!viewer) {
      signOut();
      return;
    }
    render();
  } catch (failure) {
    signInForm(errorMessage(failure));
  }
}

setLang(initialLang());
whenSignedOut(() => {
  viewer = null;
  // The next sign-in (maybe someone else's) starts on its own first screen.
  history.replaceState(null, '', location.pathname);
  render();
});
window.addEventListener('hashchange', () => render());
if (signedIn()) void start();
else signInForm();
