import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { tenantFilter } from '../../src/db/tenancy.js';
import type { Localized } from '../../src/i18n.js';

const p = defineEntity.properties;

/** The platform catalogue: every menu entry and feature a tenant can have, with defaults. */
export const MenuItemSchema = defineEntity({
  name: 'MenuItem',
  tableName: 'menu_item',
  properties: {
    key: p.text().primary(),
    kind: p.enum(['MENU', 'FEATURE'] as const),
    defaultEnabled: p.boolean(),
    defaultPosition: p.integer(),
    defaultLabels: p.json<Localized>(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type MenuItem = InferEntity<typeof MenuItemSchema>;

/** A tenant's departure from the catalogue default; null fields keep the default. */
export const TenantMenuOverrideSchema = defineEntity({
  name: 'TenantMenuOverride',
  tableName: 'tenant_menu_override',
  filters: tenantFilter,
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid(),
    itemKey: p.text(),
    enabled: p.boolean().nullable(),
    position: p.integer().nullable(),
    labels: p.json<Partial<Localized>>(),
    updatedBy: p.text(),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});
export type TenantMenuOverride = InferEntity<typeof TenantMenuOverrideSchema>;

/** Who changed which menu item when, and from what to what. Append-only. */
export const TenantMenuChangeSchema = defineEntity({
  name: 'TenantMenuChange',
  tableName: 'tenant_menu_change',
  filters: tenantFilter,
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid(),
    itemKey: p.text(),
    action: p.enum(['SET', 'REORDER', 'RESET'] as const),
    before: p.json<MenuItemState>().nullable(),
    after: p.json<MenuItemState>().nullable(),
    actorKind: p.text(),
    actorId: p.text(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type TenantMenuChange = InferEntity<typeof TenantMenuChangeSchema>;

/** The resolved state of one item for one tenant. */
export interface MenuItemState {
  enabled: boolean;
  position: number;
  labels: Localized;
}

export const menuEntities = [MenuItemSchema, TenantMenuOverrideSchema, TenantMenuChangeSchema];
