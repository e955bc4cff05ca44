import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, uniqueSlug, type Sdk, type TestServer } from '../helpers/server.js';
import { graphqlError } from '../helpers/errors.js';
import { expectType, newPlayer, newStaff, newTenant, PASSWORD, platformAdmin } from '../helpers/world.js';

function postWithHost(url: string, host: string, query: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: 'POST', headers: { host, 'content-type': 'application/json' } }, (response) => {
      let text = '';
      response.on('data', (chunk: Buffer) => (text += chunk.toString()));
      response.on('end', () => resolve(JSON.parse(text)));
    });
    request.on('error', reject);
    request.end(JSON.stringify({ query }));
  });
}

let server: TestServer;
let platform: Sdk;

beforeAll(async () => {
  server = await startServer();
  platform = (await platformAdmin(server)).sdk;
});
afterAll(() => server?.close());

const validInput = () => ({
  slug: uniqueSlug(),
  name: 'Casino',
  defaultCurrency: 'EUR',
  currencies: ['EUR', 'TRY'],
  defaultLocale: 'tr',
  locales: ['en', 'tr'],
  domains: [] as string[],
});

describe('tenants', () => {
  it('platform staff create, list, update and read tenants', async () => {
    const input = { ...validInput(), domains: ['Play.Example.com'] };
    const created = expectType((await platform.CreateTenant({ input })).createTenant, 'CreateTenantPayload').tenant;
    expect(created).toMatchObject({ slug: input.slug, status: 'ACTIVE', domains: ['play.example.com'], defaultLocale: 'tr' });

    const updated = await platform.UpdateTenant({ input: { id: created.id, name: 'Renamed', currencies: ['EUR', 'TRY', 'USD'] } });
    expect(expectType(updated.updateTenant, 'UpdateTenantPayload').tenant).toMatchObject({ name: 'Renamed', currencies: ['EUR', 'TRY', 'USD'] });

    // Oldest first, and the other test files share this database: page to the end.
    const slugs: string[] = [];
    let after: string | null | undefined = null;
    let more = true;
    while (more) {
      const { tenants } = await platform.Tenants({ first: 100, after });
      slugs.push(...tenants!.edges.map((e) => e.node.slug));
      more = tenants!.pageInfo.hasNextPage;
      after = tenants!.pageInfo.endCursor;
    }
    expect(slugs).toContain(input.slug);
    const byNode = await platform.Node({ id: created.id });
    expect(byNode.node).toMatchObject({ __typename: 'Tenant', slug: input.slug });
  });

  it('resolves the tenant of a public request from its domain', async () => {
    const slug = uniqueSlug();
    expectType((await platform.CreateTenant({ input: { ...validInput(), slug, domains: [`${slug}.example.org`] } })).createTenant, 'CreateTenantPayload');
    // fetch may not send a Host of our choosing, so this one goes over node:http.
    const body = await postWithHost(server.graphqlUrl, `${slug}.example.org`, '{ currentTenant { slug } }');
    expect(body).toEqual({ data: { currentTenant: { slug } } });
    const unknown = await postWithHost(server.graphqlUrl, 'elsewhere.example.org', '{ currentTenant { slug } }');
    expect(unknown).toEqual({ data: { currentTenant: null } });
  });

  it('answers invalid slug, currency, locale and domain with field paths, and creates nothing', async () => {
    const cases: [Record<string, unknown>, string[]][] = [
      [{ slug: 'Bad Slug!' }, ['input', 'slug']],
      [{ defaultLocale: 'de', locales: ['de'] }, ['input', 'defaultLocale']],
      [{ defaultCurrency: 'USD' }, ['input', 'defaultCurrency']],
      [{ domains: ['not a domain'] }, ['input', 'domains', '0']],
    ];
    for (const [patch, path] of cases) {
      const input = { ...validInput(), ...patch };
      const result = (await platform.CreateTenant({ input: input as ReturnType<typeof validInput> })).createTenant;
      expect(expectType(result, 'ValidationError').issues[0]!.path, JSON.stringify(patch)).toEqual(path);
    }
    // A malformed currency code is refused by the Currency scalar, before any resolver runs.
    for (const patch of [{ defaultCurrency: 'XXX1', currencies: ['XXX1'] }, { currencies: ['EUR', 'eur'] }]) {
      await expect(platform.CreateTenant({ input: { ...validInput(), ...patch } })).rejects.toThrow(/Currency/);
    }
    const listed = await platform.Tenants({ first: 100 });
    expect(listed.tenants!.edges.some((e) => e.node.slug === 'Bad Slug!')).toBe(false);
  });

  it('refuses a taken slug or domain with a typed error', async () => {
    const input = { ...validInput(), domains: [`${uniqueSlug()}.example.net`] };
    expectType((await platform.CreateTenant({ input })).createTenant, 'CreateTenantPayload');
    const sameSlug = await platform.CreateTenant({ input: { ...input, domains: [] } });
    expectType(sameSlug.createTenant, 'TenantSlugTakenError');
    const sameDomain = await platform.CreateTenant({ input: { ...validInput(), domains: input.domains } });
    expectType(sameDomain.createTenant, 'TenantDomainTakenError');
  });

  it('gives a domain to one tenant only when several claim it at once', async () => {
    const domain = `${uniqueSlug()}.example.net`;
    const results = await Promise.all(Array.from({ length: 6 }, () => platform.CreateTenant({ input: { ...validInput(), domains: [domain] } })));
    const kinds = results.map((r) => r.createTenant.__typename).sort();
    expect(kinds).toEqual(['CreateTenantPayload', 'TenantDomainTakenError', 'TenantDomainTakenError', 'TenantDomainTakenError', 'TenantDomainTakenError', 'TenantDomainTakenError']);
  });

  it('is for platform staff only', async () => {
    const tenant = await newTenant(server, platform);
    const forbidden = await graphqlError(tenant.admin.sdk.CreateTenant({ input: validInput() }));
    expect(forbidden.code).toBe('FORBIDDEN');
    expect((await graphqlError(server.sdk().Tenants({}))).code).toBe('UNAUTHENTICATED');
  });

  it('suspending a tenant refuses its players and partners, keeps its staff, and reactivation restores them', async () => {
    const tenant = await newTenant(server, platform);
    const player = await newPlayer(server, tenant);
    const key = expectType(
      (await tenant.admin.sdk.CreateApiKey({ input: { name: 'partner', permissions: ['MENU_READ'] } })).createApiKey,
      'CreateApiKeyPayload',
    ).key;
    const partner = server.sdk({ 'x-api-key': key });

    expectType((await platform.SuspendTenant({ id: tenant.id })).suspendTenant, 'SuspendTenantPayload');

    expect(await graphqlError(player.sdk.Viewer())).toEqual({ code: 'TENANT_SUSPENDED', message: expect.stringContaining(tenant.slug) });
    expect((await graphqlError(partner.TenantMenu())).code).toBe('TENANT_SUSPENDED');
    const login = await tenant.public.Login({ input: { email: player.email, password: PASSWORD } });
    expectType(login.login, 'TenantSuspendedError');
    const register = await tenant.public.RegisterPlayer({ input: { email: 'new@x.test', password: PASSWORD, displayName: 'n' } });
    expectType(register.registerPlayer, 'TenantSuspendedError');
    expect((await graphqlError(tenant.public.Menu())).code).toBe('TENANT_SUSPENDED');
    expect((await tenant.admin.sdk.TenantMenu()).tenantMenu!.length).toBeGreaterThan(0);

    expectType((await platform.ReactivateTenant({ id: tenant.id })).reactivateTenant, 'ReactivateTenantPayload');
    expect((await player.sdk.Viewer()).viewer?.kind).toBe('PLAYER');
    expect((await partner.TenantMenu()).tenantMenu!.length).toBeGreaterThan(0);
  });

  it('answers an unknown tenant with a typed error', async () => {
    const anon = server.sdk({ 'x-tenant': 'no-such-tenant' });
    const register = await anon.RegisterPlayer({ input: { email: 'a@b.test', password: PASSWORD, displayName: 'n' } });
    expect(expectType(register.registerPlayer, 'TenantNotFoundError').code).toBe('TENANT_NOT_FOUND');
    expect((await graphqlError(anon.Menu())).code).toBe('TENANT_NOT_FOUND');
    expect((await graphqlError(server.sdk().Menu())).code).toBe('TENANT_REQUIRED');
    const staff = await server.sdk().StaffLogin({ input: { email: 'a@b.test', password: PASSWORD, tenant: 'no-such-tenant' } });
    expectType(staff.staffLogin, 'TenantNotFoundError');
  });

  it('platform staff act on a tenant they name with X-Tenant', async () => {
    const tenant = await newTenant(server, platform);
    const support = await newStaff(server, platform, tenant.slug, ['SUPPORT']);
    const staff = await platform.StaffUsers({ first: 100 }, { 'x-tenant': tenant.slug });
    expect(staff.staffUsers!.edges.map((e) => e.node.email)).toContain(support.email);
  });

  it('pages tenants both ways with a total count and a status filter', async () => {
    const mine = [await newTenant(server, platform), await newTenant(server, platform), await newTenant(server, platform)];
    // Other test files create tenants meanwhile: compare with one page read at one moment.
    const page = (await platform.Tenants({ last: 100 })).tenants!;
    expect(page.pageInfo.hasNextPage).toBe(false);
    const ids = page.edges.map((e) => e.node.id);
    const at = mine.map((t) => ids.indexOf(t.id));
    expect(at[0]).toBeGreaterThanOrEqual(0);
    expect(at).toEqual([...at].sort((x, y) => x - y));
    const last = at[2]!;
    const before = (await platform.Tenants({ last: 2, before: page.edges[last]!.cursor })).tenants!;
    expect(before.nodes.map((t) => t.id)).toEqual(ids.slice(last - 2, last));
    expect(before.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    const forward = (await platform.Tenants({ first: 2, after: before.pageInfo.startCursor })).tenants!;
    expect(forward.nodes.map((t) => t.id)).toEqual(ids.slice(last - 1, last + 1));
    expect(page.totalCount).toBeGreaterThanOrEqual(page.edges.length);

    expectType((await platform.SuspendTenant({ id: mine[2]!.id })).suspendTenant, 'SuspendTenantPayload');
    const suspended = (await platform.Tenants({ last: 100, status: 'SUSPENDED' })).tenants!;
    expect(suspended.nodes.map((t) => t.id)).toContain(mine[2]!.id);
    expect(suspended.nodes.every((t) => t.status === 'SUSPENDED')).toBe(true);
    expect(suspended.totalCount).toBeGreaterThanOrEqual(1);
    expect(suspended.totalCount).toBeLessThan((await platform.Tenants({ first: 1 })).tenants!.totalCount);
    expectType((await platform.ReactivateTenant({ id: mine[2]!.id })).reactivateTenant, 'ReactivateTenantPayload');
  });

  it('takes global Tenant ids only, and shows a tenant to its own principals and platform staff', async () => {
    const [one, two] = [await newTenant(server, platform), await newTenant(server, platform)];
    const raw = Buffer.from(one.id, 'base64').toString('utf8').split(':')[1]!;
    const byRaw = expectType((await platform.SuspendTenant({ id: raw })).suspendTenant, 'InvalidIdError');
    expect(byRaw).toMatchObject({ code: 'INVALID_ID', expectedType: 'Tenant', path: ['input', 'id'] });
    const player = await newPlayer(server, one);
    const byOtherType = expectType((await platform.SuspendTenant({ id: player.player.id })).suspendTenant, 'InvalidIdError');
    expect(byOtherType.path).toEqual(['input', 'id']);
    const update = (await platform.UpdateTenant({ input: { id: raw, name: 'x' } })).updateTenant;
    expect(expectType(update, 'InvalidIdError').path).toEqual(['input', 'id']);
    const gone = Buffer.from('Tenant:0190b0c0-0000-7000-8000-000000000000').toString('base64');
    expectType((await platform.ReactivateTenant({ id: gone })).reactivateTenant, 'NotFoundError');
    // Nothing was suspended.
    expect((await one.admin.sdk.TenantNode({ id: one.id })).node).toMatchObject({ __typename: 'Tenant', status: 'ACTIVE', currencies: ['EUR', 'USD'] });
    expect((await one.admin.sdk.TenantNode({ id: two.id })).node).toBeNull();
    expect((await platform.TenantNode({ id: two.id })).node).toMatchObject({ __typename: 'Tenant', slug: two.slug });
  });
});
