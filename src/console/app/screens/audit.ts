import type { AuditEventsQuery } from '../../../../codegen/sdk.js';
import { api } from '../api.js';
import { h, replace, when } from '../dom.js';
import { lang, t } from '../i18n.js';
import type { Screen } from '../screen.js';
import { pagedTable, refusal } from './common.js';

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
  const { list, load } = pagedTable<Edge>({
    testId: 'audit',
    fetch: async (after) => {
      const filter = action.value.trim();
      return (await api.AuditEvents({ first: 50, after, ...(filter ? { action: filter } : {}) })).auditEvents;
    },
    head: [
      h('th', { class: 'num' }, '#'), h('th', {}, t('audit.when')), h('th', {}, t('audit.actor')),
      h('th', {}, t('audit.action')), h('th', {}, t('audit.target')), h('th', {}, t('audit.changes')),
    ],
    row: ({ node }) => h('tr', {},
      h('td', { class: 'num' }, node.seq),
      h('td', {}, when(node.occurredAt, lang())),
      h('td', {}, actorOf(node.actor)),
      h('td', {}, node.action),
      h('td', {}, `${node.targetType} ${node.targetRef ?? ''}`),
      h('td', {}, h('pre', {}, node.diff === null || node.diff === undefined ? '' : JSON.stringify(node.diff))),
    ),
  });

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
