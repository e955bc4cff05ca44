import type { Permission } from '../../../../codegen/sdk.js';
import type { Viewer } from '../api.js';
import { errorMessage } from '../api.js';
import { h, replace } from '../dom.js';
import { t } from '../i18n.js';

export function can(viewer: Viewer, permission: Permission): boolean {
  return viewer.permissions.includes(permission);
}

/** The reason a tenant screen cannot be shown to this viewer, or null when it can. */
export function refusal(viewer: Viewer, permission: Permission): HTMLElement | null {
  if (!viewer.tenant) return h('p', { class: 'notice', 'data-testid': 'needs-tenant' }, t('common.needsTenant'));
  if (!can(viewer, permission)) return h('p', { class: 'notice', 'data-testid': 'forbidden' }, t('common.forbidden'));
  return null;
}

export function failure(error: unknown): HTMLElement {
  return h('p', { class: 'error', role: 'alert' }, `${t('common.error')}: ${errorMessage(error)}`);
}

export function loading(): HTMLElement {
  return h('p', { class: 'notice' }, t('common.loading'));
}

/** A page of a connection as the list screens read it. */
export interface ListPage<E> {
  edges: readonly E[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  totalCount: number;
}

/**
 * A table of a connection with a "more" button (audit trail, player search). `load(null)` reads
 * the first page again (a new filter); an answer that a newer load has overtaken is dropped.
 */
export function pagedTable<E>(options: {
  testId: string;
  fetch: (after: string | null) => Promise<ListPage<E> | null | undefined>;
  head: readonly HTMLElement[];
  row: (edge: E) => HTMLElement;
}): { list: HTMLElement; load: (after: string | null) => Promise<void> } {
  const list = h('div', {});
  let rows: E[] = [];
  let generation = 0;

  function table(total: number, more: string | null): HTMLElement {
    if (rows.length === 0) return h('p', { class: 'notice' }, t('common.none'));
    return h(
      'div',
      {},
      h('p', { class: 'muted' }, `${t('common.total')}: ${total}`),
      h('table', { 'data-testid': options.testId }, h('thead', {}, h('tr', {}, options.head)), h('tbody', {}, rows.map(options.row))),
      more ? h('button', { type: 'button', onclick: () => void load(more) }, t('common.more')) : null,
    );
  }

  async function load(after: string | null): Promise<void> {
    const mine = ++generation;
    if (!after) replace(list, loading());
    try {
      const page = await options.fetch(after);
      if (mine !== generation) return;
      rows = after ? [...rows, ...(page?.edges ?? [])] : [...(page?.edges ?? [])];
      replace(list, table(page?.totalCount ?? 0, page?.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null));
    } catch (error) {
      if (mine === generation) replace(list, failure(error));
    }
  }

  return { list, load };
}
