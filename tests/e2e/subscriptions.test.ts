import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { print } from 'graphql';
import { MenuUpdatedDocument, type MenuUpdatedSubscription } from '../../codegen/sdk.js';
import { startServer, type TestServer } from '../helpers/server.js';
import { collect, settle } from '../helpers/subscriptions.js';
import { expectType, newPlayer, newTenant, platformAdmin, type TestTenant } from '../helpers/world.js';

let server: TestServer;
let tenant: TestTenant;

beforeAll(async () => {
  server = await startServer();
  tenant = await newTenant(server, (await platformAdmin(server)).sdk);
});
afterAll(() => server?.close());

const query = print(MenuUpdatedDocument);

/** The codes of the errors a subscription ended with. */
async function failureCodes(subscription: ReturnType<typeof collect>): Promise<string[]> {
  for (let waited = 0; subscription.errors.length === 0 && waited < 3000; waited += 50) await settle(50);
  return subscription.errors.flatMap((error) =>
    Array.isArray(error)
      ? error.map((e: { extensions?: { code?: string } }) => String(e.extensions?.code))
      : [String((error as { extensions?: { code?: string }; code?: number }).extensions?.code ?? (error as { code?: number }).code)],
  );
}

describe('subscriptions over graphql-ws', () => {
  it('refuses a connection with a bad credential (4403)', async () => {
    const refused = collect(server.ws({ authorization: 'Bearer forged' }), query);
    expect(await failureCodes(refused)).toEqual(['4403']);
  });

  it('answers a subscription without a tenant with its typed code', async () => {
    const anonymous = collect(server.ws(), query);
    expect(await failureCodes(anonymous)).toEqual(['TENANT_REQUIRED']);
  });

  it('authenticates every operation: after logout, the same connection cannot subscribe again', async () => {
    const player = await newPlayer(server, tenant);
    const client = server.ws({ authorization: `Bearer ${player.token}` });
    const before = collect<MenuUpdatedSubscription>(client, query);
    await settle();
    expectType((await tenant.admin.sdk.SetMenuItem({ input: { key: 'vip', enabled: true } })).setMenuItem, 'SetMenuItemPayload');
    await before.waitFor(1);

    await player.sdk.Logout({ input: {} });
    // The running subscription ends with the session (4403), and the connection cannot be
    // opened again with it.
    expect(await failureCodes(before)).toEqual(['4403']);
    const after = collect(client, query);
    expect(await failureCodes(after)).toEqual(['4403']);
  });

  it('ends running subscriptions when their API key is revoked or their tenant suspended, not on other changes', async () => {
    const { sdk: platform } = await platformAdmin(server);
    const own = await newTenant(server, platform);
    const key = expectType((await own.admin.sdk.CreateApiKey({ input: { name: 'watcher', permissions: ['MENU_READ'] } })).createApiKey, 'CreateApiKeyPayload');
    const partner = collect<MenuUpdatedSubscription>(server.ws({ 'x-api-key': key.key }), query);
    const player = await newPlayer(server, own);
    const playing = collect<MenuUpdatedSubscription>(server.ws({ authorization: `Bearer ${player.token}` }), query);
    const staff = collect<MenuUpdatedSubscription>(server.ws({ authorization: `Bearer ${own.admin.token}` }), query);
    await settle();

    // A change that ends nothing: the tenant's name.
    expectType((await platform.UpdateTenant({ input: { id: own.id, name: 'Renamed casino' } })).updateTenant, 'UpdateTenantPayload');
    expectType((await own.admin.sdk.SetMenuItem({ input: { key: 'vip', enabled: true } })).setMenuItem, 'SetMenuItemPayload');
    await Promise.all([partner.waitFor(1), playing.waitFor(1), staff.waitFor(1)]);

    expectType((await own.admin.sdk.RevokeApiKey({ input: { apiKeyId: key.apiKey.id } })).revokeApiKey, 'RevokeApiKeyPayload');
    expect(await failureCodes(partner)).toEqual(['4403']);
    expect(playing.errors).toEqual([]);

    expectType((await platform.SuspendTenant({ id: own.id })).suspendTenant, 'SuspendTenantPayload');
    expect(await failureCodes(playing)).toEqual(['4403']);
    // Staff keep working during a suspension.
    await settle(200);
    expect(staff.errors).toEqual([]);
  });
});
