import { PaymentEventsDocument, type ConsoleWithdrawalsQuery, type PaymentEventsSubscription, type WithdrawalStatus } from '../../../../codegen/sdk.js';
import { api, errorMessage, subscribe } from '../api.js';
import { h, replace, when } from '../dom.js';
import { lang, t } from '../i18n.js';
import type { Screen } from '../screen.js';
import { failure, loading, refusal } from './common.js';

type Row = NonNullable<ConsoleWithdrawalsQuery['withdrawals']>['nodes'][number];

const STATUSES: WithdrawalStatus[] = ['PENDING', 'PROCESSING', 'PARKED', 'PAID', 'REJECTED', 'CANCELLED', 'FAILED'];

/** The review queue (PENDING by default) with approve and reject; live through paymentEvents. */
export const withdrawalsScreen: Screen = (root, { viewer }) => {
  const refused = refusal(viewer, 'PAYMENTS_READ');
  if (refused) {
    replace(root, h('h1', {}, t('withdrawals.title')), refused);
    return;
  }
  const mayDecide = viewer.permissions.includes('PAYMENTS_MANAGE');
  let status: WithdrawalStatus | null = 'PENDING';
  const message = h('p', { class: 'notice', role: 'status', 'data-testid': 'withdrawal-message' });
  const live = h('p', { class: 'live', 'data-testid': 'live' });
  const list = h('div', {}, loading());
  const statusSelect = h(
    'select',
    { name: 'status', onchange: () => {
      status = (statusSelect.value || null) as WithdrawalStatus | null;
      void load();
    } },
    h('option', { value: '' }, t('withdrawals.all')),
    STATUSES.map((s) => h('option', { value: s, selected: s === status }, s)),
  );

  let generation = 0;
  async function load(): Promise<void> {
    const mine = ++generation;
    try {
      const { withdrawals } = await api.ConsoleWithdrawals({ status, first: 50 });
      if (mine !== generation) return;
      replace(list, table(withdrawals?.nodes ?? [], withdrawals?.totalCount ?? 0));
    } catch (error) {
      if (mine === generation) replace(list, failure(error));
    }
  }

  async function decide(row: Row, approve: boolean, note: string, buttons: HTMLButtonElement[]): Promise<void> {
    for (const b of buttons) b.disabled = true;
    message.textContent = '';
    message.className = 'notice';
    try {
      const input = { withdrawalId: row.id, ...(note ? { note } : {}) };
      const result = approve ? (await api.ApproveWithdrawal({ input })).approveWithdrawal : (await api.RejectWithdrawal({ input })).rejectWithdrawal;
      if ('withdrawal' in result) message.textContent = t('withdrawals.done', { status: result.withdrawal.status });
      else {
        message.className = 'error';
        message.textContent = result.message;
      }
    } catch (error) {
      message.className = 'error';
      message.textContent = errorMessage(error);
    }
    await load();
  }

  function table(rows: Row[], total: number): HTMLElement {
    if (rows.length === 0) return h('p', { class: 'notice' }, t('common.none'));
    return h(
      'div',
      {},
      h('p', { class: 'muted' }, `${t('common.total')}: ${total}`),
      h(
        'table',
        { 'data-testid': 'withdrawals' },
        h('thead', {}, h('tr', {},
          h('th', {}, t('withdrawals.player')),
          h('th', { class: 'num' }, t('withdrawals.amount')),
          h('th', {}, t('withdrawals.kind')),
          h('th', {}, t('withdrawals.status')),
          h('th', {}, t('withdrawals.approvals')),
          h('th', {}, t('withdrawals.requested')),
          mayDecide ? h('th', {}, t('withdrawals.actions')) : null,
        )),
        h('tbody', {}, rows.map((row) => {
          const note = h('input', { name: 'note', placeholder: t('withdrawals.note'), maxlength: 500 });
          const approve = h('button', { type: 'button', class: 'primary', 'data-action': 'approve' }, t('withdrawals.approve'));
          const reject = h('button', { type: 'button', class: 'danger', 'data-action': 'reject' }, t('withdrawals.reject'));
          approve.addEventListener('click', () => void decide(row, true, note.value.trim(), [approve, reject]));
          reject.addEventListener('click', () => void decide(row, false, note.value.trim(), [approve, reject]));
          return h('tr', { 'data-id': row.id, 'data-status': row.status },
            h('td', {}, h('a', { href: `#/players/${encodeURIComponent(row.player.id)}` }, row.player.email)),
            h('td', { class: 'num' }, `${row.amount.decimal} ${row.amount.currency}`),
            h('td', {}, row.kind),
            h('td', {}, row.status),
            h('td', {}, `${row.approvals.length}/${row.requiredApprovals}`),
            h('td', {}, when(row.createdAt, lang())),
            mayDecide ? h('td', {}, row.status === 'PENDING' ? [note, ' ', approve, ' ', reject] : null) : null,
          );
        })),
      ),
    );
  }

  replace(
    root,
    h('h1', {}, t('withdrawals.title')),
    h('form', { class: 'inline', onsubmit: (e: Event) => e.preventDefault() }, h('label', {}, t('withdrawals.status'), statusSelect)),
    live,
    message,
    list,
  );
  void load();

  // Live: any payment change of the tenant reloads the list (once per burst of events).
  let timer: ReturnType<typeof setTimeout> | undefined;
  const unsubscribe = subscribe<PaymentEventsSubscription>(
    PaymentEventsDocument,
    () => {
      clearTimeout(timer);
      timer = setTimeout(() => void load(), 200);
    },
    (reason) => {
      live.className = 'error';
      live.textContent = reason;
    },
  );
  live.textContent = t('withdrawals.live');
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
};
