import type { AuditEventsQuery } from '../../../../codegen/sdk.js';
import { api } from '../api.js';
import { h, replace, when } from '../dom.js';
import { lang, t } from '../i18n.js';
import type { Screen } from '../screen.js';
import { failure, loading, refusal } from './common.js';

type Edge = NonNullable<AuditEventsQuery['auditEvents']>['edges'][number];

function actorOf(actor: Edge['node']['actor']): string {
  if (!actor) return '';
  switch (actor.__typename) {
    case 'Player':
    case 'StaffUser':
      return actor.email;
    case 'ApiKey':
      return actor.name;
    case 'AuditSystemActor':
      return actor.job ? `${actor.kind} (${actor.job})` : actor.kind;
    default:
      return '';
  }
}

/** The tenant's audit trail, newest first, 50 a page, optionally one action. */
export const auditScreen: Screen = (root, { viewer }) => {
  const refused = refusal(viewer, 'AUDIT_READ');
  if (refused) {
    replace(root, h('h1', {}, t('audit.title')), refused);
    return;
  }
  const action = h('input', { name: 'action', placeholder: 'withdrawal.approve' });
  const list = h('div', {});
  let rows: Edge[] = [];
  let generation = 0;

  async function load(after: string | null): Promise<void> {
    const mine = ++generation;
    if (!after) replace(list, loading());
    try {
      const filter = action.value.trim();
      const { auditEvents } = await api.AuditEvents({ first: 50, after, ...(filter ? { action: filter } : {}) });
      if (mine !== generation) return;
      rows = after ? [...rows, ...(auditEvents?.edges ?? [])] : (auditEvents?.edges ?? []);
      const more = auditEvents?.pageInfo.hasNextPage ? auditEvents.pageInfo.endCursor : null;
      replace(list, table(auditEvents?.totalCount ?? 0, more));
    } catch (error) {
      if (mine === generation) replace(list, failure(error));
    }
  }

  function table(total: number, more: string | null): HTMLElement {
    if (rows.length === 0) return h('p', { class: 'notice' }, t('common.none'));
    return h(
      'div',
      {},
      h('p', { class: 'muted' }, `${t('common.total')}: ${total}`),
      h('table', { 'data-testid': 'audit' },
        h('thead', {}, h('tr', {},
          h('th', { class: 'num' }, '#'), h('th', {}, t('audit.when')), h('th', {}, t('audit.actor')),
          h('th', {}, t('audit.action')), h('th', {}, t('audit.target')), h('th', {}, t('audit.changes')))),
        h('tbody', {}, rows.map(({ node }) => h('tr', {},
          h('td', { class: 'num' }, node.seq),
          h('td', {}, when(node.occurredAt, lang())),
          h('td', {}, actorOf(node.actor)),
          h('td', {}, node.action),
          h('td', {}, `${node.targetType} ${node.targetRef ?? ''}`),
          h('td', {}, h('pre', {}, node.diff === null || node.diff === undefined ? '' : JSON.stringify(node.diff))),
        ))),
      ),
      more ? h('button', { type: 'button', onclick: () => void load(more) }, t('common.more')) : null,
    );
  }

  replace(
    root,
    h('h1', {}, t('audit.title')),
    h('form', { class: 'inline', onsubmit: (e: Event) => {
      e.preventDefault();
      void load(null);
    } }, h('label', {}, t('audit.filter'), action), h('button', { type: 'submit', class: 'primary' }, t('common.search'))),
    list,
  );
  void load(null);
};
