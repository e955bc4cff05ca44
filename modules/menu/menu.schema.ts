import { builder } from '../../src/builder.js';
import { requireTenant, type Context } from '../../src/context.js';
import { ValidationError } from '../../src/errors.js';
import { errorType, TENANT_ERRORS } from '../../src/graphql/errors.js';
import { eventChannel, type PublishedEvent } from '../../src/events/outbox.js';
import { LOCALES } from '../../src/i18n.js';
import type { MenuItem, MenuItemState, TenantMenuChange } from './menu.entities.js';
import { UnknownMenuItemError } from './menu.errors.js';
import * as menu from './menu.service.js';

errorType(UnknownMenuItemError, 'UnknownMenuItemError', { code: 'UNKNOWN_MENU_ITEM', description: '' });

const MenuItemKind = builder.enumType('MenuItemKind', { values: ['MENU', 'FEATURE'] as const });

const LocalizedLabel = builder.objectRef<{ locale: string; text: string }>('LocalizedLabel').implement({
  fields: (t) => ({ locale: t.exposeString('locale'), text: t.exposeString('text') }),
});
const labelList = (labels: Partial<Record<string, string>>) =>
  LOCALES.filter((l) => labels[l] !== undefined).map((locale) => ({ locale, text: labels[locale]! }));

/** An entry of the menu a tenant frontend renders. */
const MenuEntry = builder.objectRef<menu.ResolvedMenuItem>('MenuEntry').implement({
  fields: (t) => ({
    key: t.exposeString('key'),
    label: t.string({ description: 'In the caller\'s language.', resolve: (item, _args, ctx) => menu.labelIn(item, ctx.locale) }),
    position: t.exposeInt('position'),
  }),
});

const Menu = builder.objectRef<menu.ResolvedMenuItem[]>('Menu').implement({
  description: 'What a tenant frontend shows: enabled menu entries in order, and enabled feature keys.',
  fields: (t) => ({
    items: t.field({ type: [MenuEntry], resolve: (items) => items.filter((i) => i.kind === 'MENU' && i.enabled) }),
    features: t.stringList({ resolve: (items) => items.filter((i) => i.kind === 'FEATURE' && i.enabled).map((i) => i.key) }),
  }),
});

/** An item as staff manage it: state, defaults overridden or not. */
const TenantMenuItem = builder.objectRef<menu.ResolvedMenuItem>('TenantMenuItem').implement({
  fields: (t) => ({
    key: t.exposeString('key'),
    kind: t.field({ type: MenuItemKind, resolve: (i) => i.kind }),
    enabled: t.exposeBoolean('enabled'),
    position: t.exposeInt('position'),
    label: t.string({ resolve: (item, _args, ctx) => menu.labelIn(item, ctx.locale) }),
    labels: t.field({ type: [LocalizedLabel], resolve: (i) => labelList(i.labels) }),
    overridden: t.exposeBoolean('overridden', { description: 'True when this tenant departs from the catalogue default.' }),
  }),
});

const MenuItemStateType = builder.objectRef<MenuItemState>('MenuItemState').implement({
  fields: (t) => ({
    enabled: t.exposeBoolean('enabled'),
    position: t.exposeInt('position'),
    labels: t.field({ type: [LocalizedLabel], resolve: (s) => labelList(s.labels) }),
  }),
});

const MenuChangeAction = builder.enumType('MenuChangeAction', { values: ['SET', 'REORDER', 'RESET'] as const });
const MenuChange = builder.objectRef<TenantMenuChange>('MenuChange').implement({
  description: 'One recorded change of a tenant\'s menu: who, when, from what to what.',
  fields: (t) => ({
    id: t.exposeID('id'),
    itemKey: t.exposeString('itemKey'),
    action: t.field({ type: MenuChangeAction, resolve: (c) => c.action }),
    before: t.field({ type: MenuItemStateType, nullable: true, resolve: (c) => c.before ?? null }),
    after: t.field({ type: MenuItemStateType, nullable: true, resolve: (c) => c.after ?? null }),
    actorKind: t.exposeString('actorKind'),
    actorId: t.exposeString('actorId'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const CatalogueItem = builder.objectRef<MenuItem>('MenuCatalogueItem').implement({
  fields: (t) => ({
    key: t.exposeString('key'),
    kind: t.field({ type: MenuItemKind, resolve: (i) => i.kind }),
    defaultEnabled: t.exposeBoolean('defaultEnabled'),
    defaultPosition: t.exposeInt('defaultPosition'),
    defaultLabels: t.field({ type: [LocalizedLabel], resolve: (i) => labelList(i.defaultLabels) }),
  }),
});

const MenuPayload = builder.objectRef<menu.ResolvedMenuItem[]>('MenuPayload').implement({
  fields: (t) => ({ items: t.field({ type: [TenantMenuItem], resolve: (items) => items }) }),
});
const CatalogueItemPayload = builder.objectRef<MenuItem>('MenuCatalogueItemPayload').implement({
  fields: (t) => ({ item: t.field({ type: CatalogueItem, resolve: (i) => i }) }),
});

const LabelInput = builder.inputType('LocalizedLabelInput', {
  fields: (t) => ({ locale: t.string({ required: true }), text: t.string({ required: true }) }),
});
const SetMenuItemInput = builder.inputType('SetMenuItemInput', {
  fields: (t) => ({
    key: t.string({ required: true }),
    enabled: t.boolean(),
    position: t.int(),
    labels: t.field({ type: [LabelInput] }),
  }),
});
const CatalogueItemInput = builder.inputType('MenuCatalogueItemInput', {
  fields: (t) => ({
    key: t.string({ required: true }),
    kind: t.field({ type: MenuItemKind, required: true }),
    defaultEnabled: t.boolean({ required: true }),
    defaultPosition: t.int({ required: true }),
    defaultLabels: t.field({ type: [LabelInput], required: true, description: 'One per locale (en and tr).' }),
  }),
});

const MenuUpdate = builder.objectRef<{ event: PublishedEvent; items: menu.ResolvedMenuItem[] }>('MenuUpdate').implement({
  fields: (t) => ({
    seq: t.int({ description: 'Sequence number within the tenant\'s menu stream; a gap means missed updates.', resolve: (u) => u.event.seq }),
    menu: t.field({ type: Menu, resolve: (u) => u.items }),
  }),
});

builder.queryFields((t) => ({
  menu: t.field({
    type: Menu,
    description: 'The menu of the request\'s tenant, for its frontend.',
    authScopes: { public: true },
    resolve: (_root, _args, ctx) => menu.tenantMenu(ctx),
  }),
  tenantMenu: t.field({
    type: [TenantMenuItem],
    description: 'Every catalogue item as this tenant has it, enabled or not.',
    authScopes: { permission: 'menu:read' },
    resolve: (_root, _args, ctx) => menu.tenantMenu(ctx),
  }),
  menuChanges: t.connection({
    type: MenuChange,
    description: 'The history of this tenant\'s menu changes, newest first.',
    authScopes: { permission: 'menu:read' },
    args: { itemKey: t.arg.string() },
    resolve: (_root, args, ctx) => menu.listMenuChanges(ctx, args),
  }),
  menuCatalogue: t.field({
    type: [CatalogueItem],
    authScopes: { platform: true },
    resolve: (_root, _args, ctx) => menu.catalogue(ctx),
  }),
}));

builder.mutationFields((t) => ({
  setMenuItem: t.field({
    type: MenuPayload,
    description: 'Turns an item on or off, moves it, or relabels it for this tenant.',
    authScopes: { permission: 'menu:manage' },
    errors: { types: [ValidationError, UnknownMenuItemError, ...TENANT_ERRORS] },
    args: { input: t.arg({ type: SetMenuItemInput, required: true }) },
    resolve: (_root, { input }, ctx) => menu.setMenuItem(ctx, input),
  }),
  reorderMenu: t.field({
    type: MenuPayload,
    description: 'Puts the named items first, in this order; the others follow in their current order.',
    authScopes: { permission: 'menu:manage' },
    errors: { types: [ValidationError, UnknownMenuItemError, ...TENANT_ERRORS] },
    args: { keys: t.arg.stringList({ required: true }) },
    resolve: (_root, { keys }, ctx) => menu.reorderMenu(ctx, keys),
  }),
  resetMenuItem: t.field({
    type: MenuPayload,
    description: 'Returns an item to the catalogue default for this tenant.',
    authScopes: { permission: 'menu:manage' },
    errors: { types: [UnknownMenuItemError, ...TENANT_ERRORS] },
    args: { key: t.arg.string({ required: true }) },
    resolve: (_root, { key }, ctx) => menu.resetMenuItem(ctx, key),
  }),
  defineMenuCatalogueItem: t.field({
    type: CatalogueItemPayload,
    description: 'Adds an item to the platform catalogue or changes its defaults.',
    authScopes: { platform: true },
    errors: { types: [ValidationError] },
    args: { input: t.arg({ type: CatalogueItemInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      menu.defineCatalogueItem(ctx, {
        ...input,
        defaultLabels: Object.fromEntries(input.defaultLabels.map((l) => [l.locale, l.text])) as { en: string; tr: string },
      }),
  }),
}));

builder.subscriptionFields((t) => ({
  menuUpdated: t.field({
    type: MenuUpdate,
    description: 'The tenant\'s menu, each time it changes.',
    authScopes: { public: true },
    subscribe: (_root, _args, ctx: Context) =>
      ctx.services.pubsub.subscribe<PublishedEvent<menu.MenuUpdatedPayload>>(eventChannel(requireTenant(ctx).id, menu.MENU_UPDATED)),
    resolve: (event) => ({ event, items: event.payload.items }),
  }),
}));
