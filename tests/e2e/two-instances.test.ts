import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { print } from 'graphql';
import { MenuUpdatedDocument, type MenuUpdatedSubscription } from '../../codegen/sdk.js';
import { startServer, type TestServer } from '../helpers/server.js';
import { collect, settle } from '../helpers/subscriptions.js';
import { graphqlError } from '../helpers/errors.js';
import { bearer, expectType, newTenant, platformAdmin, type TestTenant } from '../helpers/world.js';

let first: TestServer;
let second: TestServer;
let tenant: TestTenant;

beforeAll(async () => {
  // The second instance remembers lookups for a minute: only an invalidation can refresh them in a test.
  [first, second] = await Promise.all([startServer(), startServer({ env: { LOOKUP_CACHE_TTL_MS: '60000' } })]);
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
    expectType((await adminOnSecond.SetMenuItem({ input: { key: 'poker', enabled: true } })).setMenuItem, 'SetMenuItemPayload');

    const [event] = await onFirst.waitFor(1);
    expect(event!.menuUpdated.seq).toBe(1);
    expect(event!.menuUpdated.menu.items.map((i) => i.key)).toContain('poker');
    await onSecond.waitFor(1);
    await settle(300);
    expect(onFirst.received).toHaveLength(1);
    expect(onSecond.received).toHaveLength(1);
  });

  /** Retries `probe` until it answers `code` (the invalidation travels through Redis); fails after 2 s. */
  async function refusedSoon(probe: () => Promise<unknown>, code: string): Promise<void> {
    for (let attempt = 0; attempt < 40; attempt++) {
      const error = await graphqlError(probe()).catch(() => null);
      if (error?.code === code) return;
      await settle(50);
    }
    throw new Error(`still not ${code} after 2 s`);
  }

  it('refuses on the other instance, at once, an API key revoked and a tenant suspended through this one', async () => {
    const { sdk: platform } = await platformAdmin(first);
    const other = await newTenant(first, platform);
    const createKey = async (name: string) =>
      expectType((await other.admin.sdk.CreateApiKey({ input: { name, permissions: ['MENU_READ'] } })).createApiKey, 'CreateApiKeyPayload');
    const revoked = await createKey('to revoke');
    const kept = await createKey('to keep');
    const revokedOnSecond = second.sdk({ 'x-api-key': revoked.key });
    const keptOnSecond = second.sdk({ 'x-api-key': kept.key });
    // Both keys and the tenant are now remembered by the second instance.
    expect((await revokedOnSecond.TenantMenu()).tenantMenu!.length).toBeGreaterThan(0);
    expect((await keptOnSecond.TenantMenu()).tenantMenu!.length).toBeGreaterThan(0);

    expectType((await other.admin.sdk.RevokeApiKey({ input: { apiKeyId: revoked.apiKey.id } })).revokeApiKey, 'RevokeApiKeyPayload');
    await refusedSoon(() => revokedOnSecond.TenantMenu(), 'UNAUTHENTICATED');
    expect((await keptOnSecond.TenantMenu()).tenantMenu!.length).toBeGreaterThan(0);

    expectType((await platform.SuspendTenant({ id: other.id })).suspendTenant, 'SuspendTenantPayload');
    await refusedSoon(() => keptOnSecond.TenantMenu(), 'TENANT_SUSPENDED');
    expectType((await platform.ReactivateTenant({ id: other.id })).reactivateTenant, 'ReactivateTenantPayload');
    for (let attempt = 0; attempt < 40 && (await keptOnSecond.TenantMenu().catch(() => null)) === null; attempt++) await settle(50);
    expect((await keptOnSecond.TenantMenu()).tenantMenu!.length).toBeGreaterThan(0);
  });
});
