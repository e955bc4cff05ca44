import { api } from '../api.js';
import { h, replace } from '../dom.js';
import { t } from '../i18n.js';
import type { Screen } from '../screen.js';
import { failure, loading } from './common.js';

/** The durable job queues (platform staff only: jobQueues reads across tenants). */
export const jobsScreen: Screen = (root, { viewer }) => {
  if (viewer.tenant) {
    replace(root, h('h1', {}, t('jobs.title')), h('p', { class: 'notice', 'data-testid': 'platform-only' }, t('jobs.platformOnly')));
    return;
  }
  const list = h('div', {}, loading());
  async function load(): Promise<void> {
    try {
      const { jobQueues } = await api.JobQueues();
      const queues = jobQueues ?? [];
      replace(list, queues.length === 0 ? h('p', { class: 'notice' }, t('common.none')) : h('table', { 'data-testid': 'jobs' },
        h('thead', {}, h('tr', {},
          h('th', {}, t('jobs.queue')), h('th', {}, t('jobs.schedule')), h('th', { class: 'num' }, t('jobs.waiting')),
          h('th', { class: 'num' }, t('jobs.retry')), h('th', { class: 'num' }, t('jobs.active')), h('th', { class: 'num' }, t('jobs.completed')),
          h('th', { class: 'num' }, t('jobs.failed')), h('th', { class: 'num' }, t('jobs.oldest')))),
        h('tbody', {}, queues.map((q) => h('tr', { 'data-queue': q.name },
          h('td', {}, h('div', {}, q.name), h('div', { class: 'muted' }, q.description)),
          h('td', {}, q.schedule ?? ''),
          h('td', { class: 'num' }, q.counts.created),
          h('td', { class: 'num' }, q.counts.retry),
          h('td', { class: 'num' }, q.counts.active),
          h('td', { class: 'num' }, q.counts.completed),
          h('td', { class: 'num' }, q.counts.failed),
          h('td', { class: 'num' }, q.oldestWaitingSeconds ?? ''),
        )))));
    } catch (error) {
      replace(list, failure(error));
    }
  }
  replace(root, h('h1', {}, t('jobs.title')), h('button', { type: 'button', onclick: () => void load() }, t('jobs.refresh')), list);
  void load();
};
