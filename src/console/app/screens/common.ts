import type { Permission } from '../../../../codegen/sdk.js';
import type { Viewer } from '../api.js';
import { errorMessage } from '../api.js';
import { h } from '../dom.js';
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
