import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../helpers/server.js';
import { graphqlError } from '../helpers/errors.js';
import { expectType, newPlayer, newTenant, platformAdmin, type TestTenant } from '../helpers/world.js';

let server: TestServer;
let tenant: TestTenant;

beforeAll(async () => {
  server = await startServer();
  tenant = await newTenant(server, (await platformAdmin(server)).sdk);
});
afterAll(() => server?.close());

function post(body: string, headers: Record<string, string> = {}) {
  return fetch(server.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-tenant': tenant.slug, ...headers },
    body,
  });
}

describe('GraphQL over HTTP', () => {
  it('answers malformed JSON with 400 and a GraphQL error body', async () => {
    const response = await post('{"query": ');
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { message: string }[] };
    expect(body.errors[0]!.message).toMatch(/JSON/);
  });

  it('answers a query that does not parse or validate with 400', async () => {
    const parse = await post(JSON.stringify({ query: '{ menu { ' }), { accept: 'application/graphql-response+json' });
    expect(parse.status).toBe(400);
    expect(parse.headers.get('content-type')).toContain('application/graphql-response+json');
    expect(((await parse.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    const invalid = await post(JSON.stringify({ query: '{ nope }' }), { accept: 'application/graphql-response+json' });
    expect(invalid.status).toBe(400);
  });

  it('answers a persisted-query extension that is wrong (version, hash) with 400 and BAD_REQUEST, not an internal error', async () => {
    const query = '{ currentTenant { slug } }';
    for (const persistedQuery of [{ version: 2, sha256Hash: 'x' }, { version: 1, sha256Hash: '0'.repeat(64) }, 'not an object']) {
      const response = await post(JSON.stringify({ query, extensions: { persistedQuery } }));
      expect(response.status).toBe(400);
      const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0]!.extensions.code, JSON.stringify(persistedQuery)).toBe('BAD_REQUEST');
    }
  });

  it('serves queries over GET, but never mutations', async () => {
    const query = encodeURIComponent('{ menu { features } }');
    const get = await fetch(`${server.graphqlUrl}?query=${query}`, { headers: { 'x-tenant': tenant.slug } });
    expect(get.status).toBe(200);
    expect(await get.json()).toEqual({ data: { menu: { features: ['feature.responsible-gambling'] } } });

    const mutation = encodeURIComponent('mutation { logout(input: {}) { __typename } }');
    const refused = await fetch(`${server.graphqlUrl}?query=${mutation}`, { headers: { 'x-tenant': tenant.slug } });
    expect(refused.status).toBe(405);
    expect(refused.headers.get('allow')).toBe('POST');
  });

  it('refuses a GET without any of our headers (CSRF protection)', async () => {
    const query = encodeURIComponent('{ __typename }');
    const response = await fetch(`${server.graphqlUrl}?query=${query}`);
    expect(response.status).toBe(400);
  });

  it('refuses batched requests and oversized bodies before any resolver runs', async () => {
    const batch = await post(JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]));
    expect(batch.status).toBe(400);
    const huge = await post(JSON.stringify({ query: `{ __typename } # ${'x'.repeat(2 * 1024 * 1024)}` }));
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as { errors: unknown[] }).errors).toHaveLength(1);
  });

  it('answers a credential failure with 401 and a suspended tenant with 403', async () => {
    const bad = await post(JSON.stringify({ query: '{ viewer { kind } }' }), { authorization: 'Bearer nonsense' });
    expect(bad.status).toBe(401);
    const body = (await bad.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
    expect(body.errors[0]!.message).not.toMatch(/Context creation/);

    const platform = (await platformAdmin(server)).sdk;
    const suspended = await newTenant(server, platform);
    const player = await newPlayer(server, suspended);
    expectType((await platform.SuspendTenant({ id: suspended.id })).suspendTenant, 'SuspendTenantPayload');
    const refused = await post(JSON.stringify({ query: '{ viewer { kind } }' }), { authorization: `Bearer ${player.token}` });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as typeof body).errors[0]!.extensions.code).toBe('TENANT_SUSPENDED');
  });

  it('masks unexpected errors: no stack, no SQL, a code', async () => {
    const broken = await startServer();
    const player = await newPlayer(broken, tenant);
    await broken.platform.services.orm.close(true);
    const error = await graphqlError(broken.sdk({ authorization: `Bearer ${player.token}`, 'x-tenant': tenant.slug }).Menu());
    await broken.close().catch(() => undefined);
    expect(error.code).toBe('INTERNAL_SERVER_ERROR');
    expect(error.message).toBe('Internal server error');
  });
});

describe('health, metrics and GraphiQL', () => {
  it('reports liveness and readiness of PostgreSQL and Redis', async () => {
    expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', checks: { postgres: 'ok', redis: 'ok' } });
  });

  it('exports Prometheus metrics per operation and errors by code', async () => {
    await tenant.public.Menu();
    await graphqlError(server.sdk().Tenants({}));
    const text = await (await fetch(`${server.url}/metrics`)).text();
    expect(text).toMatch(/croupier_graphql_operations_total\{operation="Menu",type="query"\} \d+/);
    expect(text).toMatch(/croupier_graphql_operation_duration_seconds_bucket\{le="0.05",operation="Menu",type="query"\}/);
    expect(text).toMatch(/croupier_graphql_errors_total\{code="UNAUTHENTICATED"\} \d+/);
  });

  it('serves GraphiQL from installed packages, with no CDN', async () => {
    const page = await (await fetch(`${server.url}/graphiql`)).text();
    expect(page).toContain('/graphiql/assets/graphiql.js');
    expect(page).not.toMatch(/https?:\/\//);
    for (const asset of ['react.js', 'react-dom.js', 'graphiql.js', 'graphiql.css']) {
      const response = await fetch(`${server.url}/graphiql/assets/${asset}`);
      expect(response.status, asset).toBe(200);
      expect((await response.arrayBuffer()).byteLength, asset).toBeGreaterThan(1000);
    }
  });

  it('returns payloads of mutations and typed errors side by side', async () => {
    const { registerPlayer } = await tenant.public.RegisterPlayer({ input: { email: 'x', password: 'y', displayName: '' } });
    expect(expectType(registerPlayer, 'ValidationError').issues.map((i) => i.path.join('.'))).toEqual([
      'input.email',
      'input.password',
      'input.displayName',
    ]);
  });
});

describe('the caller\'s address behind a proxy (TRUST_PROXY)', () => {
  /** The address the audit trail recorded for a staff change sent with this X-Forwarded-For. */
  async function recordedAddress(target: TestServer, forwardedFor: string): Promise<string | null> {
    const platform = (await platformAdmin(target)).sdk;
    const own = await newTenant(target, platform);
    const admin = target.sdk({ authorization: `Bearer ${own.admin.token}`, 'x-forwarded-for': forwardedFor });
    expectType((await admin.SetMenuItem({ input: { key: 'poker', enabled: true } })).setMenuItem, 'SetMenuItemPayload');
    const events = (await own.admin.sdk.AuditEvents({ action: 'menu.item.set' })).auditEvents!.edges.map((e) => e.node);
    return events[0]?.ip ?? null;
  }

  it('believes X-Forwarded-For only from trusted proxies', async () => {
    const behindProxy = await startServer({ env: { TRUST_PROXY: 'loopback' } });
    try {
      expect(await recordedAddress(behindProxy, '203.0.113.7')).toBe('203.0.113.7');
      // Not trusted by default: a client cannot pick its own address (and rate-limit bucket).
      expect(await recordedAddress(server, '203.0.113.7')).toBe('127.0.0.1');
    } finally {
      await behindProxy.close();
    }
  });
});
