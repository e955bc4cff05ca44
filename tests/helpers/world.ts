import { randomUUID } from 'node:crypto';
import { systemContext, type Context } from '../../src/context.js';
import { createPlatformStaff } from '../../modules/identity/index.js';
import type { TenantRole } from '../../codegen/sdk.js';
import { uniqueSlug, type Sdk, type TestServer } from './server.js';

export const PASSWORD = 'correct-horse-battery';

/** Fails the test with the union member's code when a mutation did not return `typename`. */
export function expectType<T extends { __typename: string }, N extends T['__typename']>(
  result: T,
  typename: N,
): Extract<T, { __typename: N }> {
  if (result.__typename !== typename) {
    throw new Error(`expected ${typename}, got ${result.__typename}: ${JSON.stringify(result)}`);
  }
  return result as Extract<T, { __typename: N }>;
}

export function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}

/** The tenant's system context (as its jobs run), for calling services directly in a test. */
export async function tenantContext(server: TestServer, tenant: { slug: string }): Promise<Context> {
  const services = server.platform.services;
  return systemContext(services, await services.tenants.bySlug(services, tenant.slug));
}

/** A platform admin created directly (there is no sign-up for platform staff), signed in. */
export async function platformAdmin(server: TestServer): Promise<{ sdk: Sdk; token: string }> {
  const email = `platform-${randomUUID().slice(0, 8)}@croupier.test`;
  await createPlatformStaff(systemContext(server.platform.services), {
    email,
    name: 'Platform Admin',
    password: PASSWORD,
    roles: ['PLATFORM_ADMIN'],
  });
  const { staffLogin } = await server.sdk().StaffLogin({ input: { email, password: PASSWORD } });
  const token = expectType(staffLogin, 'StaffLoginPayload').tokens.accessToken;
  return { sdk: server.sdk(bearer(token)), token };
}

export interface TestTenant {
  id: string;
  slug: string;
  /** Anonymous SDK bound to the tenant by X-Tenant. */
  public: Sdk;
  admin: { sdk: Sdk; token: string; email: string };
}

/** A fresh tenant with a TENANT_ADMIN signed in. */
export async function newTenant(server: TestServer, platform: Sdk, overrides: { locales?: string[]; defaultLocale?: string } = {}): Promise<TestTenant> {
  const slug = uniqueSlug();
  const { createTenant } = await platform.CreateTenant({
    input: {
      slug,
      name: `Casino ${slug}`,
      defaultCurrency: 'EUR',
      currencies: ['EUR', 'USD'],
      defaultLocale: overrides.defaultLocale ?? 'en',
      locales: overrides.locales ?? ['en', 'tr'],
      domains: [`${slug}.casino.test`],
    },
  });
  const tenant = expectType(createTenant, 'CreateTenantPayload').tenant;
  const admin = await newStaff(server, platform, slug, ['TENANT_ADMIN']);
  return { id: tenant.id, slug, public: server.sdk({ 'x-tenant': slug }), admin };
}

/** A staff user of the tenant with the given roles, created by platform staff and signed in. */
export async function newStaff(server: TestServer, platform: Sdk, slug: string, roles: TenantRole[]) {
  const email = `staff-${randomUUID().slice(0, 8)}@${slug}.test`;
  const created = await platform.CreateStaffUser(
    { input: { email, name: 'Staff', password: PASSWORD, roles } },
    { 'x-tenant': slug },
  );
  const staffUser = expectType(created.createStaffUser, 'CreateStaffUserPayload').staffUser;
  const { staffLogin } = await server.sdk().StaffLogin({ input: { email, password: PASSWORD, tenant: slug } });
  const token = expectType(staffLogin, 'StaffLoginPayload').tokens.accessToken;
  return { sdk: server.sdk(bearer(token)), token, email, id: staffUser.id };
}

/** A registered, signed-in player of the tenant. */
export async function newPlayer(server: TestServer, tenant: TestTenant, email = `p-${randomUUID().slice(0, 8)}@player.test`) {
  const { registerPlayer } = await tenant.public.RegisterPlayer({
    input: { email, password: PASSWORD, displayName: 'Player' },
  });
  const payload = expectType(registerPlayer, 'RegisterPlayerPayload');
  return { ...payload, email, sdk: server.sdk(bearer(payload.tokens.accessToken)), token: payload.tokens.accessToken };
}

/** The local UUID inside a global ID (base64 of `Type:uuid`), for SQL and callbacks written behind the API's back. */
export function localId(globalId: string): string {
  const [, id] = Buffer.from(globalId, 'base64').toString('utf8').split(':');
  if (!id) throw new Error(`not a global id: ${globalId}`);
  return id;
}

/** The global ID the API writes for a row of a Node type. */
export function globalId(typename: string, uuid: string): string {
  return Buffer.from(`${typename}:${uuid}`).toString('base64');
}
