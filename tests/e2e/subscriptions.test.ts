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
    expectType((await tenant.admin.sdk.SetMenuItem({ input: { key: 'vip', enabled: true } })).setMenuItem, 'MenuPayload');
    await before.waitFor(1);

    await player.sdk.Logout();
    const after = collect(client, query);
    expect(await failureCodes(after)).toEqual(['UNAUTHENTICATED']);
  });
});
