import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { print } from 'graphql';
import { MenuUpdatedDocument, type MenuUpdatedSubscription } from '../../codegen/sdk.js';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { graphqlError } from '../helpers/errors.js';
import { collect, settle } from '../helpers/subscriptions.js';
import { expectType, newPlayer, newStaff, newTenant, platformAdmin, type TestTenant } from '../helpers/world.js';

let server: TestServer;
let platform: Sdk;
let tenant: TestTenant;

beforeAll(async () => {
  server = await startServer();
  platform = (await platformAdmin(server)).sdk;
  tenant = await newTenant(server, platform);
});
afterAll(() => server?.close());

describe('tenant menu and feature flags', () => {
  it('serves the catalogue defaults to a tenant frontend, in its language', async () => {
    const { menu } = await tenant.public.Menu();
    expect(menu!.items.map((i) => i.key)).toEqual(['lobby', 'casino', 'live-casino', 'promotions', 'wallet', 'support']);
    expect(menu!.features).toEqual(['feature.responsible-gambling']);
    const turkish = await server.sdk({ 'x-tenant': tenant.slug, 'accept-language': 'tr' }).Menu();
    expect(turkish.menu!.items.find((i) => i.key === 'live-casino')!.label).toBe('Canlı Casino');
  });

  it('staff toggle, relabel and reorder; the change history says who and when', async () => {
    const fresh = await newTenant(server, platform);
    const admin = fresh.admin.sdk;
    const on = await admin.SetMenuItem({ input: { key: 'poker', enabled: true, labels: [{ locale: 'en', text: 'Poker Room' }] } });
    const poker = expectType(on.setMenuItem, 'SetMenuItemPayload').items.find((i) => i.key === 'poker')!;
    expect(poker).toMatchObject({ enabled: true, overridden: true, label: 'Poker Room' });
    expect(poker.labels).toEqual([
      { locale: 'en', text: 'Poker Room' },
      { locale: 'tr', text: 'Poker' },
    ]);
    expectType((await admin.SetMenuItem({ input: { key: 'feature.bonuses', enabled: true } })).setMenuItem, 'SetMenuItemPayload');

    const reordered = await admin.ReorderMenu({ input: { keys: ['wallet', 'poker'] } });
    const order = expectType(reordered.reorderMenu, 'ReorderMenuPayload').items.filter((i) => i.kind === 'MENU').map((i) => i.key);
    expect(order.slice(0, 3)).toEqual(['wallet', 'poker', 'lobby']);

    const { menu } = await fresh.public.Menu();
    expect(menu!.items.slice(0, 2)).toEqual([
      expect.objectContaining({ key: 'wallet' }),
      expect.objectContaining({ key: 'poker', label: 'Poker Room' }),
    ]);
    expect(menu!.features).toContain('feature.bonuses');

    const changes = await admin.MenuChanges({ first: 100 });
    const nodes = changes.menuChanges!.edges.map((e) => e.node);
    expect(changes.menuChanges!.totalCount).toBe(nodes.length);
    expect(nodes[0]).toMatchObject({ action: 'REORDER', actorKind: 'STAFF', actor: { __typename: 'StaffUser', email: fresh.admin.email } });
    // A change is a Node: node(id) answers it to staff who may read menus, and nothing to a player.
    const asNode = await admin.MenuChange({ id: nodes[0]!.id });
    expect(asNode.node).toMatchObject({ __typename: 'MenuChange', id: nodes[0]!.id, action: 'REORDER' });
    const player = await newPlayer(server, fresh);
    expect((await player.sdk.MenuChange({ id: nodes[0]!.id })).node).toBeNull();
    // An API key with menu:manage is the actor of its own changes; staff without staff:read see no actor.
    const key = await admin.CreateApiKey({ input: { name: 'menu bot', permissions: ['MENU_MANAGE', 'MENU_READ'] } });
    const bot = server.sdk({ 'x-api-key': expectType(key.createApiKey, 'CreateApiKeyPayload').key });
    expectType((await bot.SetMenuItem({ input: { key: 'support', position: 7 } })).setMenuItem, 'SetMenuItemPayload');
    const byBot = (await admin.MenuChanges({ first: 1 })).menuChanges!.edges[0]!.node;
    expect(byBot).toMatchObject({ actorKind: 'API_KEY', actor: { __typename: 'ApiKey', name: 'menu bot' } });
    expect((await bot.MenuChanges({ first: 1 })).menuChanges!.edges[0]!.node).toMatchObject({ actorKind: 'API_KEY', actor: null });
    const set = nodes.find((n) => n.itemKey === 'poker' && n.action === 'SET')!;
    expect(set.before).toMatchObject({ enabled: false });
    expect(set.after).toMatchObject({ enabled: true });
    expect(Date.now() - new Date(set.createdAt).getTime()).toBeLessThan(60_000);

    const reset = await admin.ResetMenuItem({ input: { key: 'poker' } });
    expect(expectType(reset.resetMenuItem, 'ResetMenuItemPayload').items.find((i) => i.key === 'poker')).toMatchObject({ enabled: false, overridden: false });
    const onlyPoker = await admin.MenuChanges({ first: 100, itemKey: 'poker' });
    expect(onlyPoker.menuChanges!.edges.map((e) => e.node.action)).toEqual(['RESET', 'REORDER', 'SET']);
  });

  it('pages the change history with keyset cursors that belong to their filters', async () => {
    const fresh = await newTenant(server, platform);
    for (const enabled of [true, false, true]) {
      expectType((await fresh.admin.sdk.SetMenuItem({ input: { key: 'vip', enabled } })).setMenuItem, 'SetMenuItemPayload');
    }
    const first = await fresh.admin.sdk.MenuChanges({ first: 2 });
    expect(first.menuChanges!.edges).toHaveLength(2);
    expect(first.menuChanges!.pageInfo.hasNextPage).toBe(true);
    const second = await fresh.admin.sdk.MenuChanges({ first: 2, after: first.menuChanges!.pageInfo.endCursor });
    expect(second.menuChanges!.edges).toHaveLength(1);
    expect(second.menuChanges!.pageInfo.hasNextPage).toBe(false);
    const ids = [...first.menuChanges!.edges, ...second.menuChanges!.edges].map((e) => e.node.id);
    expect(new Set(ids).size).toBe(3);
    expect(first.menuChanges!.totalCount).toBe(3);

    // Backward: the oldest two, then the newest one before them.
    const last = await fresh.admin.sdk.MenuChanges({ last: 2 });
    expect(last.menuChanges!.edges.map((e) => e.node.id)).toEqual(ids.slice(1));
    expect(last.menuChanges!.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    const before = await fresh.admin.sdk.MenuChanges({ last: 2, before: last.menuChanges!.pageInfo.startCursor });
    expect(before.menuChanges!.edges.map((e) => e.node.id)).toEqual(ids.slice(0, 1));
    expect(before.menuChanges!.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
    expect((await fresh.admin.sdk.MenuChanges({ first: 1, itemKey: 'lobby' })).menuChanges!.totalCount).toBe(0);

    const wrongFilter = await graphqlError(fresh.admin.sdk.MenuChanges({ first: 2, after: first.menuChanges!.pageInfo.endCursor, itemKey: 'vip' }));
    expect(wrongFilter.code).toBe('VALIDATION_FAILED');
    expect((await graphqlError(fresh.admin.sdk.MenuChanges({ first: 101 }))).code).toBe('VALIDATION_FAILED');
  });

  it('answers unknown items and bad input with typed errors and changes nothing', async () => {
    const admin = tenant.admin.sdk;
    expectType((await admin.SetMenuItem({ input: { key: 'no-such-item', enabled: true } })).setMenuItem, 'UnknownMenuItemError');
    expectType((await admin.ReorderMenu({ input: { keys: ['lobby', 'nope'] } })).reorderMenu, 'UnknownMenuItemError');
    const dup = await admin.ReorderMenu({ input: { keys: ['lobby', 'lobby'] } });
    expect(expectType(dup.reorderMenu, 'ValidationError').issues[0]!.path).toEqual(['input', 'keys']);
    const badLabel = await admin.SetMenuItem({ input: { key: 'lobby', labels: [{ locale: 'de', text: 'Lobby' }] } });
    expect(expectType(badLabel.setMenuItem, 'ValidationError').issues[0]!.path).toEqual(['input', 'labels', '0', 'locale']);
    const nothing = await admin.SetMenuItem({ input: { key: 'lobby' } });
    expectType(nothing.setMenuItem, 'ValidationError');
    expect((await admin.MenuChanges({})).menuChanges!.edges).toHaveLength(0);
  });

  it('lets only staff with menu:manage change the menu', async () => {
    const support = await newStaff(server, platform, tenant.slug, ['SUPPORT']);
    expect((await support.sdk.TenantMenu()).tenantMenu!.length).toBeGreaterThan(0);
    const denied = await graphqlError(support.sdk.SetMenuItem({ input: { key: 'poker', enabled: true } }));
    expect(denied.code).toBe('FORBIDDEN');
    expect(denied.message).toContain('menu:manage');
    const player = await newPlayer(server, tenant);
    expect((await graphqlError(player.sdk.SetMenuItem({ input: { key: 'poker', enabled: true } }))).code).toBe('FORBIDDEN');
    expect((await graphqlError(tenant.public.SetMenuItem({ input: { key: 'poker', enabled: true } }))).code).toBe('UNAUTHENTICATED');
  });

  it('pushes the new menu to subscribed frontends, in sequence', async () => {
    const fresh = await newTenant(server, platform);
    const subscriber = collect<MenuUpdatedSubscription>(server.ws({ 'x-tenant': fresh.slug }), print(MenuUpdatedDocument));
    await settle();
    expectType((await fresh.admin.sdk.SetMenuItem({ input: { key: 'vip', enabled: true } })).setMenuItem, 'SetMenuItemPayload');
    expectType((await fresh.admin.sdk.SetMenuItem({ input: { key: 'vip', enabled: false } })).setMenuItem, 'SetMenuItemPayload');
    const [first, second] = await subscriber.waitFor(2);
    expect(first!.menuUpdated.seq).toBe(1);
    expect(second!.menuUpdated.seq).toBe(2);
    expect(second!.menuUpdated.menu.items.map((i) => i.key)).not.toContain('vip');

    expectType((await fresh.admin.sdk.SetMenuItem({ input: { key: 'no-such', enabled: true } })).setMenuItem, 'UnknownMenuItemError');
    await settle(500);
    expect(subscriber.received).toHaveLength(2);
    subscriber.unsubscribe();
  });
});
