import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { print } from 'graphql';
import { MenuUpdatedDocument, type MenuUpdatedSubscription } from '../../codegen/sdk.js';
import { startServer, type TestServer } from '../helpers/server.js';
import { collect, settle } from '../helpers/subscriptions.js';
import { bearer, expectType, newTenant, platformAdmin, type TestTenant } from '../helpers/world.js';

let first: TestServer;
let second: TestServer;
let tenant: TestTenant;

beforeAll(async () => {
  [first, second] = await Promise.all([startServer(), startServer()]);
  tenant = await newTenant(first, (await platformAdmin(first)).sdk);
});
afterAll(async () => {
  await Promise.all([first?.close(), second?.close()]);
});

describe('two API instances sharing PostgreSQL and Redis', () => {
  it('delivers to a subscriber on one instance an event caused through the other', async () => {
    const onFirst = collect<MenuUpdatedSubscription>(first.ws({ 'x-tenant': tenant.slug }), print(MenuUpdatedDocument));
    const onSecond = collect<MenuUpdatedSubscription>(second.ws({ 'x-tenant': tenant.slug }), print(MenuUpdatedDocument));
    await settle();

    // The token was issued by the first instance; the second accepts it (no per-instance state).
    const adminOnSecond = second.sdk(bearer(tenant.admin.token));
    expectType((await adminOnSecond.SetMenuItem({ input: { key: 'poker', enabled: true } })).setMenuItem, 'MenuPayload');

    const [event] = await onFirst.waitFor(1);
    expect(event!.menuUpdated.seq).toBe(1);
    expect(event!.menuUpdated.menu.items.map((i) => i.key)).toContain('poker');
    await onSecond.waitFor(1);
    await settle(300);
    expect(onFirst.received).toHaveLength(1);
    expect(onSecond.received).toHaveLength(1);
  });
});
