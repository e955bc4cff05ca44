import { z } from 'zod';
import type { EntityManager } from '@mikro-orm/postgresql';
import { platformTx, requireTenant, tenantTx, type Context, type TenantTx } from '../../src/context.js';
import { actorOf } from '../../src/auth/principal.js';
import { difference } from '../../src/audit/chain.js';
import { UnauthenticatedError, ValidationError } from '../../src/errors.js';
import { isLocale, LOCALES, type Locale, type Localized } from '../../src/i18n.js';
import { isUuid, newId } from '../../src/ids.js';
import { keysetPage, type PageArgs } from '../../src/graphql/pagination.js';
import { parseInput } from '../../src/validation.js';
import {
  MenuItemSchema,
  TenantMenuChangeSchema,
  TenantMenuOverrideSchema,
  type MenuItem,
  type MenuItemState,
  type TenantMenuChange,
  type TenantMenuOverride,
} from './menu.entities.js';
import { UnknownMenuItemError } from './menu.errors.js';

/** Event type published whenever a tenant's menu changes. */
export const MENU_UPDATED = 'menu.updated';
const MENU_STREAM = 'menu';

export interface ResolvedMenuItem extends MenuItemState {
  key: string;
  kind: MenuItem['kind'];
  overridden: boolean;
}

const label = z.string().trim().min(1).max(60);
const labelsInput = z
  .array(z.object({ locale: z.string().refine(isLocale, `must be one of ${LOCALES.join(', ')}`), text: label }))
  .max(LOCALES.length)
  .refine((list) => new Set(list.map((l) => l.locale)).size === list.length, 'names a locale twice');
const setInput = z.object({
  key: z.string().min(1).max(64),
  enabled: z.boolean().nullish(),
  position: z.number().int().min(0).max(100_000).nullish(),
  labels: labelsInput.nullish(),
});
const reorderInput = z
  .array(z.string().min(1).max(64))
  .min(1, 'needs at least one key')
  .max(200)
  .refine((keys) => new Set(keys).size === keys.length, 'names a key twice');
const catalogueInput = z.object({
  key: z.string().regex(/^[a-z][a-z0-9_.-]{1,62}$/, 'must be 2-63 of [a-z0-9_.-], starting with a letter'),
  kind: z.enum(['MENU', 'FEATURE']),
  defaultEnabled: z.boolean(),
  defaultPosition: z.number().int().min(0).max(100_000),
  defaultLabels: z.object({ en: label, tr: label }),
});

function resolveItem(item: MenuItem, override: TenantMenuOverride | undefined): ResolvedMenuItem {
  return {
    key: item.key,
    kind: item.kind,
    enabled: override?.enabled ?? item.defaultEnabled,
    position: override?.position ?? item.defaultPosition,
    labels: { ...item.defaultLabels, ...override?.labels },
    overridden: !!override,
  };
}

function stateOf(item: ResolvedMenuItem): MenuItemState {
  return { enabled: item.enabled, position: item.position, labels: item.labels };
}

async function loadMenu(em: EntityManager): Promise<ResolvedMenuItem[]> {
  const [items, overrides] = await Promise.all([em.find(MenuItemSchema, {}), em.find(TenantMenuOverrideSchema, {})]);
  const byKey = new Map(overrides.map((o) => [o.itemKey, o]));
  return items
    .map((item) => resolveItem(item, byKey.get(item.key)))
    .sort((a, b) => a.position - b.position || a.key.localeCompare(b.key));
}

/** The tenant's whole menu and feature set, resolved against the catalogue. */
export function tenantMenu(ctx: Context): Promise<ResolvedMenuItem[]> {
  return tenantTx(ctx, ({ em }) => loadMenu(em));
}

export function labelIn(item: ResolvedMenuItem, locale: Locale): string {
  return item.labels[locale] ?? item.labels.en;
}

function actor(ctx: Context) {
  if (!ctx.principal) throw new UnauthenticatedError();
  return actorOf(ctx.principal);
}

/**
 * Menu changes of one tenant happen one at a time: each reads the whole menu to compute
 * positions and history, and two first overrides of an item must not race to insert.
 */
async function lockTenantMenu(tx: TenantTx): Promise<void> {
  await tx.em.execute(`select pg_advisory_xact_lock(hashtextextended('menu:' || ?, 0))`, [tx.tenantId]);
}

/** Writes the override and its change record, and announces the new menu. */
async function applyOverride(
  ctx: Context,
  tx: TenantTx,
  item: MenuItem,
  current: ResolvedMenuItem,
  patch: { enabled?: boolean; position?: number; labels?: Partial<Localized> },
  action: TenantMenuChange['action'],
): Promise<ResolvedMenuItem> {
  const who = actor(ctx);
  const { em, tenantId } = tx;
  let override = await em.findOne(TenantMenuOverrideSchema, { itemKey: item.key });
  if (!override) {
    override = em.create(TenantMenuOverrideSchema, {
      id: newId(),
      tenantId,
      itemKey: item.key,
      labels: {},
      updatedBy: `${who.kind}:${who.id}`,
    });
  }
  if (patch.enabled !== undefined) override.enabled = patch.enabled;
  if (patch.position !== undefined) override.position = patch.position;
  if (patch.labels) override.labels = { ...override.labels, ...patch.labels };
  override.updatedBy = `${who.kind}:${who.id}`;
  const next = resolveItem(item, override);
  em.create(TenantMenuChangeSchema, {
    id: newId(),
    tenantId,
    itemKey: item.key,
    action,
    before: stateOf(current),
    after: stateOf(next),
    actorKind: who.kind,
    actorId: who.id,
  });
  await em.flush();
  await tx.audit({
    action: action === 'SET' ? 'menu.item.set' : 'menu.item.move',
    target: { type: 'MenuItem', id: item.key },
    diff: difference({ ...stateOf(current) }, { ...stateOf(next) }),
  });
  return next;
}

export async function setMenuItem(ctx: Context, input: z.input<typeof setInput>): Promise<ResolvedMenuItem[]> {
  requireTenant(ctx);
  const data = parseInput(setInput, input);
  if (data.enabled == null && data.position == null && !data.labels?.length) {
    throw new ValidationError([{ path: ['input'], message: 'change at least one of enabled, position, labels' }]);
  }
  return tenantTx(ctx, async (tx) => {
    await lockTenantMenu(tx);
    const item = await tx.em.findOne(MenuItemSchema, { key: data.key });
    if (!item) throw new UnknownMenuItemError(data.key);
    const menu = await loadMenu(tx.em);
    const current = menu.find((m) => m.key === item.key)!;
    await applyOverride(
      ctx,
      tx,
      item,
      current,
      {
        ...(data.enabled != null ? { enabled: data.enabled } : {}),
        ...(data.position != null ? { position: data.position } : {}),
        ...(data.labels ? { labels: Object.fromEntries(data.labels.map((l) => [l.locale, l.text])) as Partial<Localized> } : {}),
      },
      'SET',
    );
    return announce(tx);
  });
}

/** Puts the named menu entries first, in the given order; the other entries keep their order after them. */
export async function reorderMenu(ctx: Context, keys: string[]): Promise<ResolvedMenuItem[]> {
  requireTenant(ctx);
  const order = parseInput(z.object({ keys: reorderInput }), { keys }).keys;
  return tenantTx(ctx, async (tx) => {
    await lockTenantMenu(tx);
    const items = await tx.em.find(MenuItemSchema, { key: { $in: order } });
    const missing = order.find((key) => !items.some((i) => i.key === key));
    if (missing) throw new UnknownMenuItemError(missing);
    const feature = items.find((i) => i.kind !== 'MENU');
    if (feature) throw new ValidationError([{ path: ['input', 'keys'], message: `"${feature.key}" is a feature flag; only menu entries have an order` }]);
    const menu = (await loadMenu(tx.em)).filter((m) => m.kind === 'MENU');
    const rest = menu.filter((m) => !order.includes(m.key));
    const sequence = [...order.map((key) => menu.find((m) => m.key === key)!), ...rest];
    for (const [index, current] of sequence.entries()) {
      const position = (index + 1) * 10;
      if (current.position === position) continue;
      const item = items.find((i) => i.key === current.key) ?? (await tx.em.findOneOrFail(MenuItemSchema, { key: current.key }));
      await applyOverride(ctx, tx, item, current, { position }, 'REORDER');
    }
    return announce(tx);
  });
}

/** Drops the tenant's override: the item goes back to the catalogue default. */
export async function resetMenuItem(ctx: Context, key: string): Promise<ResolvedMenuItem[]> {
  requireTenant(ctx);
  const who = actor(ctx);
  return tenantTx(ctx, async (tx) => {
    await lockTenantMenu(tx);
    const item = await tx.em.findOne(MenuItemSchema, { key });
    if (!item) throw new UnknownMenuItemError(key);
    const override = await tx.em.findOne(TenantMenuOverrideSchema, { itemKey: key });
    if (!override) return loadMenu(tx.em);
    const before = resolveItem(item, override);
    tx.em.remove(override);
    tx.em.create(TenantMenuChangeSchema, {
      id: newId(),
      tenantId: tx.tenantId,
      itemKey: key,
      action: 'RESET',
      before: stateOf(before),
      after: stateOf(resolveItem(item, undefined)),
      actorKind: who.kind,
      actorId: who.id,
    });
    await tx.em.flush();
    await tx.audit({
      action: 'menu.item.reset',
      target: { type: 'MenuItem', id: key },
      diff: difference({ ...stateOf(before) }, { ...stateOf(resolveItem(item, undefined)) }),
    });
    return announce(tx);
  });
}

/** The event carries the menu as this transaction left it, so subscribers see each state in turn. */
export interface MenuUpdatedPayload {
  items: ResolvedMenuItem[];
}

async function announce(tx: TenantTx): Promise<ResolvedMenuItem[]> {
  const menu = await loadMenu(tx.em);
  const payload: MenuUpdatedPayload = { items: menu };
  await tx.emit(MENU_STREAM, MENU_UPDATED, payload);
  return menu;
}

/** The tenant's menu changes, newest first, both ways, optionally of one item, with their count. */
export function listMenuChanges(ctx: Context, args: PageArgs & { itemKey?: string | null }) {
  const filters = { itemKey: args.itemKey ?? null };
  const byItem = filters.itemKey ? { itemKey: filters.itemKey } : {};
  return keysetPage<TenantMenuChange>(args, {
    filters,
    keyOf: (c) => c.id,
    fetch: (window) => {
      // Newest first: "after" a key is an older (smaller) id; reading backward walks toward newer ones.
      const id = {
        ...(window.after !== undefined ? { $lt: window.after } : {}),
        ...(window.before !== undefined ? { $gt: window.before } : {}),
      };
      if ([window.after, window.before].some((key) => key !== undefined && !isUuid(key))) {
        throw new ValidationError([{ path: ['after'], message: 'is not a valid cursor' }]);
      }
      return tenantTx(ctx, ({ em }) =>
        em.find(TenantMenuChangeSchema, { ...(Object.keys(id).length ? { id } : {}), ...byItem }, { orderBy: { id: window.backward ? 'asc' : 'desc' }, limit: window.limit }),
      );
    },
    count: () => tenantTx(ctx, ({ em }) => em.count(TenantMenuChangeSchema, byItem)),
  });
}

/** The tenant's menu changes with these ids (unknown ids are left out). */
export async function menuChangesByIds(ctx: Context, ids: readonly string[]): Promise<TenantMenuChange[]> {
  const valid = ids.filter(isUuid);
  if (!ctx.tenant || valid.length === 0) return [];
  return tenantTx(ctx, ({ em }) => em.find(TenantMenuChangeSchema, { id: { $in: valid } }));
}

/** Adds an item to the platform catalogue, or changes its defaults. */
export async function defineCatalogueItem(ctx: Context, input: z.input<typeof catalogueInput>): Promise<MenuItem> {
  const data = parseInput(catalogueInput, input);
  return platformTx(ctx, async (em) => {
    const existing = await em.findOne(MenuItemSchema, { key: data.key });
    const item = existing ?? em.create(MenuItemSchema, { ...data });
    if (existing) em.assign(existing, data);
    await em.flush();
    return item;
  });
}

export function catalogue(ctx: Context): Promise<MenuItem[]> {
  return platformTx(ctx, (em) => em.find(MenuItemSchema, {}, { orderBy: { defaultPosition: 'asc', key: 'asc' } }));
}
