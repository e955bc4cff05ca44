import { builder } from '../../src/builder.js';
import { requireTenant, type Context } from '../../src/context.js';
import { TenantNotFoundError, TenantRequiredError, ValidationError } from '../../src/errors.js';
import { errorType } from '../../src/graphql/errors.js';
import { connectionOf } from '../../src/graphql/connections.js';
import { eventChannel, type PublishedEvent } from '../../src/events/outbox.js';
import { holds } from '../../src/auth/principal.js';
import { LOCALES } from '../../src/i18n.js';
import { ApiKeyType, loadApiKey, loadStaffUser, StaffUserType } from '../identity/index.js';
import type { ApiKey, StaffUser } from '../identity/identity.entities.js';
import type { MenuItem, MenuItemState, TenantMenuChange } from './menu.entities.js';
import { UnknownMenuItemError } from './menu.errors.js';
import * as menu from './menu.service.js';

errorType(UnknownMenuItemError, 'UnknownMenuItemError', {
  code: 'UNKNOWN_MENU_ITEM',
  description: 'The platform catalogue has no menu item or feature with this key; nothing was changed. See `tenantMenu` for the keys.',
});

const MenuItemKind = builder.enumType('MenuItemKind', {
  description: 'What a catalogue item is.',
  values: {
    MENU: { description: 'An entry of the frontend\'s menu: it has a label and a position.' },
    FEATURE: { description: 'A feature flag: on or off, never shown as an entry.' },
  } as const,
});

const LocalizedLabel = builder.objectRef<{ locale: string; text: string }>('LocalizedLabel').implement({
  description: 'A label in one language.',
  fields: (t) => ({
    locale: t.exposeString('locale', { description: `The language: one of ${LOCALES.join(', ')}.` }),
    text: t.exposeString('text', { description: 'The label in that language.' }),
  }),
});
const labelList = (labels: Partial<Record<string, string>>) =>
  LOCALES.filter((l) => labels[l] !== undefined).map((locale) => ({ locale, text: labels[locale]! }));

const MenuEntry = builder.objectRef<menu.ResolvedMenuItem>('MenuEntry').implement({
  description: 'An entry of the menu a tenant frontend renders.',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'The item\'s stable key (e.g. "poker"): what the frontend routes by.' }),
    label: t.string({ description: 'The label in the caller\'s language.', resolve: (item, _args, ctx) => menu.labelIn(item, ctx.locale) }),
    position: t.exposeInt('position', { description: 'Its place: entries come in ascending position.' }),
  }),
});

const Menu = builder.objectRef<menu.ResolvedMenuItem[]>('Menu').implement({
  description: 'What a tenant frontend shows: enabled menu entries in order, and enabled feature keys.',
  fields: (t) => ({
    items: t.field({ type: [MenuEntry], description: 'The enabled menu entries, in order.', resolve: (items) => items.filter((i) => i.kind === 'MENU' && i.enabled) }),
    features: t.stringList({
      description: 'The keys of the enabled feature flags.',
      resolve: (items) => items.filter((i) => i.kind === 'FEATURE' && i.enabled).map((i) => i.key),
    }),
  }),
});

const TenantMenuItem = builder.objectRef<menu.ResolvedMenuItem>('TenantMenuItem').implement({
  description: 'A catalogue item as this tenant has it, for staff: its state, and whether it departs from the default.',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'The item\'s stable key.' }),
    kind: t.field({ type: MenuItemKind, description: 'Menu entry or feature flag.', resolve: (i) => i.kind }),
    enabled: t.exposeBoolean('enabled', { description: 'Whether the tenant\'s frontend shows it (or the feature is on).' }),
    position: t.exposeInt('position', { description: 'Its place among the menu entries.' }),
    label: t.string({ description: 'The label in the caller\'s language.', resolve: (item, _args, ctx) => menu.labelIn(item, ctx.locale) }),
    labels: t.field({ type: [LocalizedLabel], description: 'The label in every language.', resolve: (i) => labelList(i.labels) }),
    overridden: t.exposeBoolean('overridden', { description: 'True when this tenant departs from the catalogue default.' }),
  }),
});

const MenuItemStateType = builder.objectRef<MenuItemState>('MenuItemState').implement({
  description: 'An item\'s state at one moment, as a menu change records it.',
  fields: (t) => ({
    enabled: t.exposeBoolean('enabled', { description: 'Whether it was shown (or on).' }),
    position: t.exposeInt('position', { description: 'Its place.' }),
    labels: t.field({ type: [LocalizedLabel], description: 'Its labels.', resolve: (s) => labelList(s.labels) }),
  }),
});

const MenuChangeAction = builder.enumType('MenuChangeAction', {
  description: 'What a menu change did.',
  values: {
    SET: { description: 'An item was turned on or off, moved or relabelled (setMenuItem).' },
    REORDER: { description: 'An entry was moved by reorderMenu.' },
    RESET: { description: 'An item went back to the catalogue default (resetMenuItem).' },
  } as const,
});

const ActorKind = builder.enumType('MenuChangeActorKind', {
  description: 'Who made a menu change.',
  values: {
    STAFF: { description: 'A staff user of the tenant.' },
    PLATFORM_STAFF: { description: 'A member of the platform\'s staff.' },
    API_KEY: { description: 'A partner integration, with an API key of the tenant.' },
    PLAYER: { description: 'A player (not expected: players cannot change menus).' },
  } as const,
});
type ActorKindValue = 'STAFF' | 'PLATFORM_STAFF' | 'API_KEY' | 'PLAYER';

/** A platform staff member as tenants see them: that they acted, not who. */
interface PlatformOperatorValue {
  platformOperator: true;
}
const PlatformOperator = builder.objectRef<PlatformOperatorValue>('PlatformOperator').implement({
  description: 'A member of the platform\'s staff. Tenants see that the platform acted, not who.',
  fields: (t) => ({
    name: t.string({ description: 'Always "Platform staff".', resolve: () => 'Platform staff' }),
  }),
});

const MenuChangeActor = builder.unionType('MenuChangeActor', {
  description: 'Who made a menu change: a staff user, an API key, or the platform.',
  types: [StaffUserType, ApiKeyType, PlatformOperator],
  resolveType: (value) => ('platformOperator' in value ? PlatformOperator : 'permissions' in value ? ApiKeyType : StaffUserType),
});

/** The actor of a change as the caller may see them: staff users with staff:read, API keys with apikey:manage. */
async function actorOf(ctx: Context, change: TenantMenuChange): Promise<StaffUser | ApiKey | PlatformOperatorValue | null> {
  switch (change.actorKind as ActorKindValue) {
    case 'STAFF':
      return holds(ctx.principal, 'staff:read') ? loadStaffUser(ctx, change.actorId) : null;
    case 'API_KEY':
      return holds(ctx.principal, 'apikey:manage') ? loadApiKey(ctx, change.actorId) : null;
    case 'PLATFORM_STAFF':
      return { platformOperator: true };
    default:
      return null;
  }
}

export const MenuChangeRef = builder.objectRef<TenantMenuChange>('MenuChange');
builder.node(MenuChangeRef, {
  description: 'One recorded change of a tenant\'s menu: who, when, from what to what.',
  id: { resolve: (c) => c.id },
  loadMany: async (ids, ctx) => {
    const rows = holds(ctx.principal, 'menu:read') ? await menu.menuChangesByIds(ctx, ids) : [];
    return ids.map((id) => rows.find((c) => c.id === id) ?? null);
  },
  fields: (t) => ({
    itemKey: t.exposeString('itemKey', { description: 'The key of the item changed.' }),
    action: t.field({ type: MenuChangeAction, description: 'What the change did.', resolve: (c) => c.action }),
    before: t.field({ type: MenuItemStateType, nullable: true, description: 'The item\'s state before.', resolve: (c) => c.before ?? null }),
    after: t.field({ type: MenuItemStateType, nullable: true, description: 'The item\'s state after.', resolve: (c) => c.after ?? null }),
    actorKind: t.field({ type: ActorKind, description: 'What kind of caller made the change.', resolve: (c) => c.actorKind as ActorKindValue }),
    actor: t.field({
      type: MenuChangeActor,
      nullable: true,
      description: 'Who made the change; null when the caller may not see them (staff users need staff:read, API keys apikey:manage) or they were deleted.',
      resolve: (c, _args, ctx) => actorOf(ctx, c),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the change was made.' }),
  }),
});
const MenuChangeConnection = connectionOf(MenuChangeRef, 'MenuChange', { totalCount: true });

const CatalogueItem = builder.objectRef<MenuItem>('MenuCatalogueItem').implement({
  description: 'An item of the platform catalogue, with the defaults every tenant starts from.',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'The item\'s stable key.' }),
    kind: t.field({ type: MenuItemKind, description: 'Menu entry or feature flag.', resolve: (i) => i.kind }),
    defaultEnabled: t.exposeBoolean('defaultEnabled', { description: 'Whether tenants have it on unless they turn it off.' }),
    defaultPosition: t.exposeInt('defaultPosition', { description: 'Its place unless a tenant moves it.' }),
    defaultLabels: t.field({ type: [LocalizedLabel], description: 'Its labels unless a tenant relabels it.', resolve: (i) => labelList(i.defaultLabels) }),
  }),
});

const menuPayload = (name: 'SetMenuItemPayload' | 'ReorderMenuPayload' | 'ResetMenuItemPayload', description: string) =>
  builder.objectRef<menu.ResolvedMenuItem[]>(name).implement({
    description,
    fields: (t) => ({ items: t.field({ type: [TenantMenuItem], description: 'Every catalogue item as the tenant has it now.', resolve: (items) => items }) }),
  });
const SetMenuItemPayload = menuPayload('SetMenuItemPayload', 'The tenant\'s menu after the change.');
const ReorderMenuPayload = menuPayload('ReorderMenuPayload', 'The tenant\'s menu in its new order.');
const ResetMenuItemPayload = menuPayload('ResetMenuItemPayload', 'The tenant\'s menu after the reset.');
const DefineMenuCatalogueItemPayload = builder.objectRef<MenuItem>('DefineMenuCatalogueItemPayload').implement({
  description: 'The catalogue item as defined now.',
  fields: (t) => ({ item: t.field({ type: CatalogueItem, description: 'The item.', resolve: (i) => i }) }),
});

const LabelInput = builder.inputType('LocalizedLabelInput', {
  description: 'A label in one language.',
  fields: (t) => ({
    locale: t.string({ required: true, description: `The language: one of ${LOCALES.join(', ')}; each at most once.` }),
    text: t.string({ required: true, description: 'The label, 1 to 60 characters.' }),
  }),
});
const SetMenuItemInput = builder.inputType('SetMenuItemInput', {
  description: 'An item to change for this tenant: at least one of enabled, position, labels.',
  fields: (t) => ({
    key: t.string({ required: true, description: 'The item\'s key.' }),
    enabled: t.boolean({ description: 'Turn it on or off.' }),
    position: t.int({ description: 'Its new place, 0 to 100000.' }),
    labels: t.field({ type: [LabelInput], description: 'New labels; languages not named keep theirs.' }),
  }),
});
const ReorderMenuInput = builder.inputType('ReorderMenuInput', {
  description: 'A new order of the menu.',
  fields: (t) => ({
    keys: t.stringList({ required: true, description: 'Menu entry keys (1 to 200, each once) to put first, in this order; the others follow in their current order.' }),
  }),
});
const ResetMenuItemInput = builder.inputType('ResetMenuItemInput', {
  description: 'The item to return to the catalogue default.',
  fields: (t) => ({ key: t.string({ required: true, description: 'The item\'s key.' }) }),
});
const DefineMenuCatalogueItemInput = builder.inputType('DefineMenuCatalogueItemInput', {
  description: 'A catalogue item to add, or the new defaults of an existing one.',
  fields: (t) => ({
    key: t.string({ required: true, description: '2 to 63 of a-z, 0-9, _ . -, starting with a letter.' }),
    kind: t.field({ type: MenuItemKind, required: true, description: 'Menu entry or feature flag.' }),
    defaultEnabled: t.boolean({ required: true, description: 'Whether tenants have it on by default.' }),
    defaultPosition: t.int({ required: true, description: 'Its default place, 0 to 100000.' }),
    defaultLabels: t.field({ type: [LabelInput], required: true, description: 'One per locale (en and tr).' }),
  }),
});

const MenuUpdate = builder.objectRef<{ event: PublishedEvent; items: menu.ResolvedMenuItem[] }>('MenuUpdate').implement({
  description: 'The tenant\'s menu after a change.',
  fields: (t) => ({
    seq: t.int({ description: 'Sequence number within the tenant\'s menu stream; a gap means missed updates.', resolve: (u) => u.event.seq }),
    menu: t.field({ type: Menu, description: 'The menu as it is now.', resolve: (u) => u.items }),
  }),
});

/** Staff mutations of a tenant's menu: platform staff must name the tenant (X-Tenant). */
const STAFF_TENANT_ERRORS = [TenantRequiredError, TenantNotFoundError] as const;

builder.queryFields((t) => ({
  menu: t.field({
    type: Menu,
    description: 'The menu of the request\'s tenant, for its frontend.',
    authScopes: { public: true },
    resolve: (_root, _args, ctx) => menu.tenantMenu(ctx),
  }),
  tenantMenu: t.field({
    type: [TenantMenuItem],
    description: 'Every catalogue item as this tenant has it, enabled or not (a bounded list: the platform catalogue).',
    authScopes: { permission: 'menu:read' },
    resolve: (_root, _args, ctx) => menu.tenantMenu(ctx),
  }),
  menuChanges: t.connection(
    {
      type: MenuChangeRef,
      description: 'The history of this tenant\'s menu changes, newest first.',
      authScopes: { permission: 'menu:read' },
      args: { itemKey: t.arg.string({ description: 'Only the changes of this item.' }) },
      resolve: (_root, args, ctx) => menu.listMenuChanges(ctx, args),
    },
    MenuChangeConnection,
  ),
  menuCatalogue: t.field({
    type: [CatalogueItem],
    description: 'Platform staff: the whole catalogue with its defaults (a bounded list, defined by the platform).',
    authScopes: { platform: true },
    resolve: (_root, _args, ctx) => menu.catalogue(ctx),
  }),
}));

builder.mutationFields((t) => ({
  setMenuItem: t.field({
    type: SetMenuItemPayload,
    description: 'Turns an item on or off, moves it, or relabels it for this tenant; recorded in menuChanges and announced to menuUpdated.',
    authScopes: { permission: 'menu:manage' },
    errors: { types: [ValidationError, UnknownMenuItemError, ...STAFF_TENANT_ERRORS] },
    args: { input: t.arg({ type: SetMenuItemInput, required: true, description: 'The item and its changes.' }) },
    resolve: (_root, { input }, ctx) => menu.setMenuItem(ctx, input),
  }),
  reorderMenu: t.field({
    type: ReorderMenuPayload,
    description: 'Puts the named entries first, in this order; the others follow in their current order.',
    authScopes: { permission: 'menu:manage' },
    errors: { types: [ValidationError, UnknownMenuItemError, ...STAFF_TENANT_ERRORS] },
    args: { input: t.arg({ type: ReorderMenuInput, required: true, description: 'The order.' }) },
    resolve: (_root, { input }, ctx) => menu.reorderMenu(ctx, input.keys),
  }),
  resetMenuItem: t.field({
    type: ResetMenuItemPayload,
    description: 'Returns an item to the catalogue default for this tenant.',
    authScopes: { permission: 'menu:manage' },
    errors: { types: [UnknownMenuItemError, ...STAFF_TENANT_ERRORS] },
    args: { input: t.arg({ type: ResetMenuItemInput, required: true, description: 'The item.' }) },
    resolve: (_root, { input }, ctx) => menu.resetMenuItem(ctx, input.key),
  }),
  defineMenuCatalogueItem: t.field({
    type: DefineMenuCatalogueItemPayload,
    description: 'Platform staff: adds an item to the platform catalogue or changes its defaults.',
    authScopes: { platform: true },
    errors: { types: [ValidationError] },
    args: { input: t.arg({ type: DefineMenuCatalogueItemInput, required: true, description: 'The item and its defaults.' }) },
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
    description: 'The tenant\'s menu, each time it changes (the request\'s tenant: X-Tenant, the domain, or the signed-in caller\'s).',
    authScopes: { public: true },
    subscribe: (_root, _args, ctx: Context) =>
      ctx.services.pubsub.subscribe<PublishedEvent<menu.MenuUpdatedPayload>>(eventChannel(requireTenant(ctx).id, menu.MENU_UPDATED)),
    resolve: (event) => ({ event, items: event.payload.items }),
  }),
}));
