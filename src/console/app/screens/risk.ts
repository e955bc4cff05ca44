import {
  RiskCaseUpdatedDocument,
  type ConsoleRiskCaseQuery,
  type ConsoleRiskCasesQuery,
  type RiskCaseActionKind,
  type RiskCaseStatus,
  type RiskCaseUpdatedSubscription,
} from '../../../../codegen/sdk.js';
import { api, errorMessage, subscribe } from '../api.js';
import { h, replace, when } from '../dom.js';
import { lang, t } from '../i18n.js';
import type { Screen } from '../screen.js';
import { can, failure, loading, pagedTable, refusal } from './common.js';

type Edge = NonNullable<ConsoleRiskCasesQuery['riskCases']>['edges'][number];
type Case = Extract<NonNullable<ConsoleRiskCaseQuery['node']>, { __typename: 'RiskCase' }>;
type Action = Case['actions']['nodes'][number];

const ACTIONS: RiskCaseActionKind[] = ['FREEZE', 'UNFREEZE', 'CLOSE_ACCOUNT', 'CONFISCATE'];

/** Reloads on each change of a case (once per burst); answers the unsubscribe. */
function liveReload(live: HTMLElement, reload: () => void, only?: (e: RiskCaseUpdatedSubscription) => boolean): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const unsubscribe = subscribe<RiskCaseUpdatedSubscription>(
    RiskCaseUpdatedDocument,
    (event) => {
      if (only && !only(event)) return;
      clearTimeout(timer);
      timer = setTimeout(reload, 200);
    },
    (reason) => {
      live.className = 'error';
      live.textContent = reason;
    },
  );
  live.textContent = t('risk.live');
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}

/** The risk case queue (OPEN, oldest first) or the cases of another status; live through riskCaseUpdated. */
export const riskScreen: Screen = (root, { viewer }) => {
  const refused = refusal(viewer, 'RISK_READ');
  if (refused) {
    replace(root, h('h1', {}, t('risk.title')), refused);
    return;
  }
  let status: RiskCaseStatus | null = 'OPEN';
  const live = h('p', { class: 'live', 'data-testid': 'live' });
  const { list, load } = pagedTable<Edge>({
    testId: 'risk-cases',
    fetch: async (after) => (await api.ConsoleRiskCases({ status, first: 50, after })).riskCases,
    head: [
      h('th', {}, t('risk.case')), h('th', {}, t('risk.kind')), h('th', {}, t('risk.severity')), h('th', { class: 'num' }, t('risk.score')),
      h('th', {}, t('risk.players')), h('th', {}, t('risk.status')), h('th', {}, t('risk.updated')),
    ],
    row: ({ node }) => h('tr', { 'data-id': node.id, 'data-severity': node.severity },
      h('td', {}, h('a', { href: `#/risk/${encodeURIComponent(node.id)}` }, node.title)),
      h('td', {}, node.kind),
      h('td', {}, node.severity),
      h('td', { class: 'num' }, node.score === null || node.score === undefined ? '' : node.score.toFixed(2)),
      h('td', {}, node.players.map((p) => p.email).join(', ')),
      h('td', {}, node.status),
      h('td', {}, when(node.updatedAt, lang())),
    ),
  });
  const statusSelect = h(
    'select',
    { name: 'status', onchange: () => {
      status = (statusSelect.value || null) as RiskCaseStatus | null;
      void load(null);
    } },
    h('option', { value: '' }, t('risk.all')),
    (['OPEN', 'CLOSED'] as RiskCaseStatus[]).map((s) => h('option', { value: s, selected: s === status }, s)),
  );
  replace(
    root,
    h('h1', {}, t('risk.title')),
    h('form', { class: 'inline', onsubmit: (e: Event) => e.preventDefault() }, h('label', {}, t('risk.status'), statusSelect)),
    live,
    list,
  );
  void load(null);
  return liveReload(live, () => void load(null));
};

/** One case: its evidence, its actions (approve or reject a severe one), a new action, closing it. */
export const riskCaseScreen: Screen = (root, { viewer, params }) => {
  const refused = refusal(viewer, 'RISK_READ');
  if (refused) {
    replace(root, h('h1', {}, t('risk.title')), refused);
    return;
  }
  const caseId = params[0] ?? '';
  const mayAct = can(viewer, 'RISK_MANAGE');
  const mayApprove = can(viewer, 'RISK_APPROVE');
  const live = h('p', { class: 'live', 'data-testid': 'live' });
  const message = h('p', { class: 'notice', role: 'status', 'data-testid': 'risk-message' });
  const body = h('div', {}, loading());

  /** Runs a mutation and shows its typed error (or done), then reloads. */
  async function run(call: () => Promise<{ __typename: string; message?: string }>): Promise<void> {
    message.textContent = '';
    message.className = 'notice';
    try {
      const result = await call();
      if ('message' in result && result.message) {
        message.className = 'error';
        message.textContent = result.message;
      } else message.textContent = t('risk.done');
    } catch (error) {
      message.className = 'error';
      message.textContent = errorMessage(error);
    }
    await load();
  }

  function actionRow(action: Action): HTMLElement {
    const decide = mayApprove && action.status === 'PENDING_APPROVAL';
    const note = h('input', { name: 'decision-note', placeholder: t('risk.note'), maxlength: 2000 });
    const approve = h('button', { type: 'button', class: 'primary', 'data-action': 'approve' }, t('risk.approve'));
    const reject = h('button', { type: 'button', class: 'danger', 'data-action': 'reject' }, t('risk.reject'));
    approve.addEventListener('click', () => void run(async () => (await api.ApproveRiskCaseAction({ input: { actionId: action.id, note: note.value.trim() || null } })).approveRiskCaseAction));
    reject.addEventListener('click', () => void run(async () => (await api.RejectRiskCaseAction({ input: { actionId: action.id, note: note.value.trim() || null } })).rejectRiskCaseAction));
    return h('tr', { 'data-id': action.id, 'data-status': action.status },
      h('td', {}, action.action),
      h('td', {}, action.player.email),
      h('td', {}, action.status),
      h('td', {}, action.note),
      h('td', {}, `${action.requestedBy?.email ?? ''}${action.decidedBy ? ` / ${action.decidedBy.email}` : ''}`),
      h('td', {}, when(action.requestedAt, lang())),
      h('td', {}, decide ? [note, ' ', approve, ' ', reject] : h('pre', {}, JSON.stringify(action.result))),
    );
  }

  function actionForm(c: Case): HTMLElement {
    const player = h('select', { name: 'player' }, c.players.map((p) => h('option', { value: p.id }, p.email)));
    const kind = h('select', { name: 'action' }, ACTIONS.map((a) => h('option', { value: a }, a)));
    const note = h('input', { name: 'note', required: true, maxlength: 2000, placeholder: t('risk.why') });
    return h('form', { class: 'inline', 'data-testid': 'risk-action', onsubmit: (e: Event) => {
      e.preventDefault();
      // One key per submission: a double click or a retry of this form is the same action.
      const idempotencyKey = `console-${crypto.randomUUID()}`;
      void run(async () => (await api.TakeRiskCaseAction({ input: { caseId: c.id, playerId: player.value, action: kind.value as RiskCaseActionKind, note: note.value.trim(), idempotencyKey } })).takeRiskCaseAction);
    } }, h('label', {}, t('risk.player'), player), h('label', {}, t('risk.action'), kind), note, h('button', { type: 'submit', class: 'primary' }, t('risk.take')));
  }

  function resolveForm(c: Case): HTMLElement {
    const resolution = h('select', { name: 'resolution' }, h('option', { value: 'CLEARED' }, 'CLEARED'), h('option', { value: 'CONFIRMED' }, 'CONFIRMED'));
    const note = h('input', { name: 'resolution-note', required: true, maxlength: 2000, placeholder: t('risk.why') });
    return h('form', { class: 'inline', 'data-testid': 'risk-resolve', onsubmit: (e: Event) => {
      e.preventDefault();
      void run(async () => (await api.ResolveRiskCase({ input: { caseId: c.id, resolution: resolution.value as 'CLEARED' | 'CONFIRMED', note: note.value.trim() } })).resolveRiskCase);
    } }, h('label', {}, t('risk.resolution'), resolution), note, h('button', { type: 'submit' }, t('risk.close')));
  }

  // The forms are kept across live reloads, so a reload never throws away what the staff member
  // is typing; they are made again only when the case's players change, and go when it closes.
  let forms: HTMLElement[] | null = null;
  let formsFor = '';
  const formsBox = h('div', {});

  function draw(c: Case): void {
    const players = c.players.map((p) => p.id).join(',');
    if (!mayAct || c.status !== 'OPEN') forms = null;
    else if (!forms || formsFor !== players) forms = [actionForm(c), resolveForm(c)];
    formsFor = players;
    replace(formsBox, forms);
    replace(
      body,
      h('dl', { 'data-testid': 'risk-case' },
        h('dt', {}, t('risk.kind')), h('dd', {}, c.kind),
        h('dt', {}, t('risk.severity')), h('dd', {}, c.severity),
        h('dt', {}, t('risk.status')), h('dd', { 'data-testid': 'risk-status' }, c.resolution ? `${c.status} (${c.resolution}: ${c.resolutionNote ?? ''})` : c.status),
        h('dt', {}, t('risk.players')), h('dd', {}, c.players.map((p) => h('a', { href: `#/players/${encodeURIComponent(p.id)}` }, p.email, ' '))),
        h('dt', {}, t('risk.opened')), h('dd', {}, when(c.openedAt, lang())),
      ),
      h('h2', {}, t('risk.evidence')),
      h('table', { 'data-testid': 'risk-evidence' },
        h('thead', {}, h('tr', {}, h('th', {}, t('risk.when')), h('th', {}, t('risk.kind')), h('th', {}, t('risk.summary')), h('th', {}, t('risk.data')))),
        h('tbody', {}, c.evidence.map((e) => h('tr', {},
          h('td', {}, when(e.at, lang())), h('td', {}, e.type), h('td', {}, e.summary),
          h('td', {}, h('details', {}, h('summary', {}, t('risk.show')), h('pre', {}, JSON.stringify(e.data, null, 2)))),
        ))),
      ),
      h('h2', {}, t('risk.actions')),
      c.actions.nodes.length === 0
        ? h('p', { class: 'notice' }, t('common.none'))
        : h('table', { 'data-testid': 'risk-actions' },
          h('thead', {}, h('tr', {}, h('th', {}, t('risk.action')), h('th', {}, t('risk.player')), h('th', {}, t('risk.status')), h('th', {}, t('risk.note')), h('th', {}, t('risk.by')), h('th', {}, t('risk.when')), h('th', {}, ''))),
          h('tbody', {}, c.actions.nodes.map(actionRow)),
        ),
    );
  }

  let generation = 0;
  async function load(): Promise<void> {
    const mine = ++generation;
    try {
      const { node } = await api.ConsoleRiskCase({ id: caseId });
      if (mine !== generation) return;
      if (node?.__typename !== 'RiskCase') replace(body, h('p', { class: 'notice' }, t('risk.notFound')));
      else draw(node);
    } catch (error) {
      if (mine === generation) replace(body, failure(error));
    }
  }

  replace(root, h('h1', {}, h('a', { href: '#/risk' }, t('risk.title'))), live, message, body, formsBox);
  void load();
  return liveReload(live, () => void load(), (e) => e.riskCaseUpdated.riskCase.id === caseId);
};
