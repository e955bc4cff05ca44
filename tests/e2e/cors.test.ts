import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { expectType, newTenant, platformAdmin, type TestTenant } from '../helpers/world.js';

/** A white-label frontend's origin that is not one of a tenant's domains (CORS_ALLOWED_ORIGINS). */
const CONFIGURED_ORIGIN = 'https://console.partner.test';
/** The headers a tenant frontend sends with its operations (docs/security.md, CORS). */
const API_HEADERS = ['content-type', 'authorization', 'x-api-key', 'x-tenant', 'accept-language', 'apollo-require-preflight', 'x-apollo-operation-name', 'x-device-fingerprint'];

let server: TestServer;
let platform: Sdk;
let tenant: TestTenant;
let tenantOrigin: string;

beforeAll(async () => {
  server = await startServer({ env: { CORS_ALLOWED_ORIGINS: `${CONFIGURED_ORIGIN}, http://localhost:5173` } });
  platform = (await platformAdmin(server)).sdk;
  tenant = await newTenant(server, platform);
  tenantOrigin = `https://${tenant.slug}.casino.test`;
});
afterAll(() => server?.close());

/** What a browser sends before a cross-origin POST with a JSON body and our headers. */
function preflight(origin: string, path = '/graphql', requestHeaders = 'content-type,authorization,x-tenant') {
  return fetch(`${server.url}${path}`, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': requestHeaders },
  });
}

function allowedHeadersOf(response: Response): string[] {
  return (response.headers.get('access-control-allow-headers') ?? '').split(',').map((h) => h.trim().toLowerCase());
}

describe('CORS preflights to /graphql', () => {
  it('allows an origin on one of the tenant\'s domains, with every header the API uses, no credentials, and a max-age', async () => {
    const response = await preflight(tenantOrigin);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(tenantOrigin);
    expect(response.headers.get('access-control-allow-methods')?.split(',').map((m) => m.trim())).toEqual(expect.arrayContaining(['GET', 'POST']));
    expect(allowedHeadersOf(response)).toEqual(expect.arrayContaining(API_HEADERS));
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    expect(Number(response.headers.get('access-control-max-age'))).toBeGreaterThan(0);
    expect(response.headers.get('vary')?.toLowerCase()).toContain('origin');
  });

  it('allows http origins of tenant domains outside production, and any port', async () => {
    const response = await preflight(`http://${tenant.slug}.casino.test:3000`);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(`http://${tenant.slug}.casino.test:3000`);
  });

  it('allows the origins of CORS_ALLOWED_ORIGINS', async () => {
    for (const origin of [CONFIGURED_ORIGIN, 'http://localhost:5173']) {
      const response = await preflight(origin);
      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe(origin);
    }
  });

  it('answers an unknown origin without CORS headers, never with 400 or 500', async () => {
    for (const origin of ['https://evil.test', `https://sub.${tenant.slug}.casino.test`, 'null', 'not a url', 'http://localhost:5174']) {
      const response = await preflight(origin);
      expect(response.status, origin).toBe(204);
      expect(response.headers.get('access-control-allow-origin'), origin).toBeNull();
    }
  });

  it('follows a tenant\'s domains as they change', async () => {
    const origin = `https://white-label-${tenant.slug}.casino.test`;
    expect((await preflight(origin)).headers.get('access-control-allow-origin')).toBeNull();
    const added = await platform.UpdateTenant({ input: { id: tenant.id, domains: [`${tenant.slug}.casino.test`, `white-label-${tenant.slug}.casino.test`] } });
    expectType(added.updateTenant, 'UpdateTenantPayload');
    expect((await preflight(origin)).headers.get('access-control-allow-origin')).toBe(origin);
    const removed = await platform.UpdateTenant({ input: { id: tenant.id, domains: [`${tenant.slug}.casino.test`] } });
    expectType(removed.updateTenant, 'UpdateTenantPayload');
    expect((await preflight(origin)).headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('CORS on operations', () => {
  it('answers a POST from an allowed origin with Access-Control-Allow-Origin', async () => {
    const response = await fetch(server.graphqlUrl, {
      method: 'POST',
      headers: { origin: tenantOrigin, 'content-type': 'application/json', 'x-tenant': tenant.slug },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(tenantOrigin);
    expect(response.headers.get('vary')?.toLowerCase()).toContain('origin');
    expect(response.headers.get('access-control-expose-headers')?.toLowerCase()).toContain('retry-after');
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('answers a POST from an unknown origin without Access-Control-Allow-Origin', async () => {
    const response = await fetch(server.graphqlUrl, {
      method: 'POST',
      headers: { origin: 'https://evil.test', 'content-type': 'application/json', 'x-tenant': tenant.slug },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('keeps the CSRF protection for allowed origins: a simple request without our headers is refused', async () => {
    const get = await fetch(`${server.graphqlUrl}?query=${encodeURIComponent('{ __typename }')}`, { headers: { origin: tenantOrigin } });
    expect(get.status).toBe(400);
    const textPost = await fetch(server.graphqlUrl, {
      method: 'POST',
      headers: { origin: tenantOrigin, 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(textPost.status).toBeGreaterThanOrEqual(400);
    expect(textPost.status).toBeLessThan(500);
  });
});

describe('server-to-server routes', () => {
  it('give no CORS headers to the payment webhooks and the seamless callbacks, even for an allowed origin', async () => {
    for (const path of [`/payments/${tenant.slug}/stripe/webhook`, `/seamless/${tenant.slug}/hub88/transaction/win`]) {
      const options = await preflight(tenantOrigin, path);
      expect(options.status, path).toBe(404);
      expect(options.headers.get('access-control-allow-origin'), path).toBeNull();
      const post = await fetch(`${server.url}${path}`, {
        method: 'POST',
        headers: { origin: tenantOrigin, 'content-type': 'application/json' },
        body: '{}',
      });
      expect(post.headers.get('access-control-allow-origin'), path).toBeNull();
    }
  });
});
