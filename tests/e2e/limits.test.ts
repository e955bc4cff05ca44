import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getIntrospectionQuery, getOperationAST, parse, print, specifiedRules, validate } from 'graphql';
import type { Client } from 'graphql-ws';
import { LoginDocument, MenuDocument } from '../../codegen/sdk.js';
import { DEFAULT_TRUSTED_DOCUMENTS_PATH, loadConfig } from '../../src/config.js';
import { limitRules, operationCost } from '../../src/graphql/limits.js';
import { documentHash } from '../../src/graphql/trusted-documents.js';
import { schema } from '../../src/modules.js';
import { trustedDocumentsOfSdk } from '../../src/cli/trusted-documents.js';
import { startServer, type TestServer } from '../helpers/server.js';
import { bearer, expectType, newPlayer, newTenant, PASSWORD, platformAdmin, type TestTenant } from '../helpers/world.js';

interface WireError {
  message: string;
  extensions?: Record<string, unknown>;
}
interface Answer {
  status: number;
  headers: Headers;
  data?: Record<string, unknown> | null;
  errors?: WireError[];
}

let server: TestServer;
let tenant: TestTenant;
let platformToken: string;
let player: Awaited<ReturnType<typeof newPlayer>>;

beforeAll(async () => {
  server = await startServer();
  const platform = await platformAdmin(server);
  platformToken = platform.token;
  tenant = await newTenant(server, platform.sdk);
  player = await newPlayer(server, tenant);
});
afterAll(() => server?.close());

/** A POST (or, with `get`, a GET) to /graphql; the body as sent and the answer as received. */
async function http(
  target: TestServer,
  body: unknown,
  headers: Record<string, string> = {},
  options: { get?: boolean } = {},
): Promise<Answer> {
  let response: Response;
  if (options.get) {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
      params.set(key, typeof value === 'string' ? value : JSON.stringify(value));
    }
    response = await fetch(`${target.graphqlUrl}?${params}`, { headers: { 'x-tenant': tenant.slug, ...headers } });
  } else {
    response = await fetch(target.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-tenant': tenant.slug, ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  }
  const parsed = (await response.json()) as Omit<Answer, 'status' | 'headers'>;
  return { status: response.status, headers: response.headers, ...parsed };
}

/** One operation over graphql-ws: its data, or its errors, or the close code of the socket. */
function ws(
  client: Client,
  payload: { query: string; variables?: Record<string, unknown>; extensions?: Record<string, unknown> },
): Promise<{ data?: unknown; errors?: WireError[]; closeCode?: number }> {
  return new Promise((resolve) => {
    let data: unknown;
    let errors: WireError[] | undefined;
    client.subscribe(payload, {
      next: (value) => {
        data = value.data;
        if (value.errors) errors = value.errors as WireError[];
      },
      error: (error) =>
        resolve(Array.isArray(error) ? { errors: error as WireError[] } : { closeCode: (error as { code?: number }).code ?? -1 }),
      complete: () => resolve({ data, errors }),
    });
  });
}

/** The code, limit and value of the first error. */
function refusal(answer: { errors?: WireError[] }) {
  const first = answer.errors?.[0];
  return {
    code: first?.extensions?.['code'],
    limit: first?.extensions?.['limit'],
    value: first?.extensions?.['value'],
    message: first?.message,
  };
}

const DEEP_INTROSPECTION =
  '{ __schema { types { fields { type { fields { type { fields { type { fields { type { fields { name } } } } } } } } } } } }';
const PLAYERS_BY_VARIABLE = 'query($n: Int) { players(first: $n) { edges { cursor node { id email displayName } } } }';

describe('query limits at their defaults', () => {
  it('refuses a query deeper than 10 over HTTP and WebSocket (cyclic introspection)', async () => {
    // graphql's own MaxIntrospectionDepthRule refuses this document too; the depth limit is
    // the error with our code.
    const expected = { code: 'DEPTH_LIMIT_EXCEEDED', limit: 10, value: 12, message: 'Query depth 12 exceeds the limit of 10' };
    const depthError = (answer: { errors?: WireError[] }) =>
      refusal({ errors: answer.errors?.filter((e) => e.extensions?.['code'] === 'DEPTH_LIMIT_EXCEEDED') ?? [] });
    const overHttp = await http(server, { query: DEEP_INTROSPECTION });
    expect(overHttp.status).toBe(400);
    expect(overHttp.data).toBeUndefined();
    expect(depthError(overHttp)).toEqual(expected);
    expect(depthError(await ws(server.ws({ 'x-tenant': tenant.slug }), { query: DEEP_INTROSPECTION }))).toEqual(expected);
  });

  it('counts a connection by its `first` variable: 1000 is refused, 100 runs', async () => {
    const admin = bearer(tenant.admin.token);
    // 1 + 1000 × (edges 1 + cursor 1 + node 1 + 3 fields) = 6001
    const expected = { code: 'COST_LIMIT_EXCEEDED', limit: 5000, value: 6001, message: 'Query cost 6001 exceeds the limit of 5000' };
    const refused = await http(server, { query: PLAYERS_BY_VARIABLE, variables: { n: 1000 } }, admin);
    expect(refused.status).toBe(400);
    expect(refusal(refused)).toEqual(expected);
    const overWs = await ws(server.ws(admin), { query: PLAYERS_BY_VARIABLE, variables: { n: 1000 } });
    expect(refusal(overWs)).toEqual(expected);

    const fits = await http(server, { query: PLAYERS_BY_VARIABLE, variables: { n: 100 } }, admin);
    expect(fits.status).toBe(200);
    expect(fits.errors).toBeUndefined();
    expect((fits.data?.['players'] as { edges: unknown[] }).edges.length).toBeGreaterThan(0);
  });

  it('fits every SDK operation, at the largest page size, and GraphiQL introspection', async () => {
    const defaults = loadConfig({}).graphql;
    const manifest = JSON.parse(readFileSync(DEFAULT_TRUSTED_DOCUMENTS_PATH, 'utf8')) as Record<string, string>;
    expect(Object.keys(manifest).length).toBeGreaterThan(20);
    for (const text of Object.values(manifest)) {
      const document = parse(text);
      const operation = getOperationAST(document)!;
      expect(validate(schema, document, [...specifiedRules, ...limitRules(defaults)]), operation.name?.value).toEqual([]);
      expect(operationCost(schema, document, operation, { first: 100 }), operation.name?.value).toBeLessThanOrEqual(defaults.maxCost);
    }

    const introspection = await http(server, { query: getIntrospectionQuery({ inputValueDeprecation: true, schemaDescription: true }) });
    expect(introspection.status).toBe(200);
    expect(introspection.errors).toBeUndefined();

    const admin = tenant.admin.sdk;
    expect((await admin.Players({ first: 100 })).players!.edges.length).toBeGreaterThan(0);
    expect((await admin.MenuChanges({ first: 100 })).menuChanges!.edges).toBeDefined();
    expect((await server.sdk(bearer(platformToken)).Tenants({ first: 100 })).tenants!.edges.length).toBeGreaterThan(0);
  });

  it('keeps field suggestions while introspection is on', async () => {
    const answer = await http(server, { query: '{ menuu { features } }' });
    expect(answer.status).toBe(400);
    expect(answer.errors?.[0]?.message).toContain('Did you mean "menu"?');
  });
});

describe('query limits, introspection and body size when configured tight', () => {
  let tight: TestServer;
  beforeAll(async () => {
    tight = await startServer({
      env: {
        DATABASE_POOL_MAX: '3',
        GRAPHQL_MAX_DEPTH: '4',
        GRAPHQL_MAX_COST: '100',
        GRAPHQL_MAX_ALIASES: '2',
        GRAPHQL_MAX_DIRECTIVES: '2',
        GRAPHQL_INTROSPECTION: 'false',
        HTTP_BODY_LIMIT_BYTES: '4096',
      },
    });
  });
  afterAll(() => tight?.close());

  /** The same refusal over HTTP (status 400) and over WebSocket. */
  async function refusedBoth(query: string, expected: ReturnType<typeof refusal>, variables?: Record<string, unknown>) {
    const admin = bearer(tenant.admin.token);
    const overHttp = await http(tight, { query, variables }, admin);
    expect(overHttp.status).toBe(400);
    expect(overHttp.data).toBeUndefined();
    expect(refusal(overHttp)).toEqual(expected);
    const overWs = await ws(tight.ws(admin), { query, ...(variables ? { variables } : {}) });
    expect(overWs.data).toBeUndefined();
    expect(refusal(overWs)).toEqual(expected);
  }

  it('refuses depth', async () => {
    await refusedBoth('{ menuChanges { edges { node { before { enabled } } } } }', {
      code: 'DEPTH_LIMIT_EXCEEDED',
      limit: 4,
      value: 5,
      message: 'Query depth 5 exceeds the limit of 4',
    });
    const fits = await http(tight, { query: '{ menuChanges(first: 1) { edges { node { id } } } }' }, bearer(tenant.admin.token));
    expect(fits.status).toBe(200);
  });

  it('refuses cost, from a literal `first`, a variable, and counts the default page size', async () => {
    const expected = { code: 'COST_LIMIT_EXCEEDED', limit: 100, value: 151, message: 'Query cost 151 exceeds the limit of 100' };
    await refusedBoth('{ players(first: 50) { edges { node { id } } } }', expected);
    await refusedBoth('query($n: Int) { players(first: $n) { edges { node { id } } } }', expected, { n: 50 });
    // Two connections at the default 20: 2 × (1 + 20 × 3) = 122.
    await refusedBoth('{ players { edges { node { id } } } staffUsers { edges { node { id } } } }', {
      code: 'COST_LIMIT_EXCEEDED',
      limit: 100,
      value: 122,
      message: 'Query cost 122 exceeds the limit of 100',
    });

    const admin = bearer(tenant.admin.token);
    const small = await http(tight, { query: 'query($n: Int) { players(first: $n) { edges { node { id } } } }', variables: { n: 10 } }, admin);
    expect(small.status).toBe(200);
    expect(small.errors).toBeUndefined();
    const bySmallWs = await ws(tight.ws(admin), { query: 'query($n: Int) { players(first: $n) { edges { node { id } } } }', variables: { n: 10 } });
    expect(bySmallWs.errors).toBeUndefined();
    expect(bySmallWs.data).toHaveProperty('players');
  });

  it('refuses aliases, counting a fragment once per spread', async () => {
    await refusedBoth('{ a: __typename b: __typename c: __typename }', {
      code: 'ALIAS_LIMIT_EXCEEDED',
      limit: 2,
      value: 3,
      message: 'Query alias count 3 exceeds the limit of 2',
    });
    await refusedBoth('{ ...F menu { ... on Menu { ...F2 } } } fragment F on Query { ...F2Root } fragment F2Root on Query { a: __typename } fragment F2 on Menu { b: features c: features }', {
      code: 'ALIAS_LIMIT_EXCEEDED',
      limit: 2,
      value: 3,
      message: 'Query alias count 3 exceeds the limit of 2',
    });
    await refusedBoth('{ ...F ...F } fragment F on Query { a: __typename b: __typename }', {
      code: 'ALIAS_LIMIT_EXCEEDED',
      limit: 2,
      value: 4,
      message: 'Query alias count 4 exceeds the limit of 2',
    });
    expect((await http(tight, { query: '{ a: __typename b: __typename }' })).status).toBe(200);
  });

  it('refuses directives', async () => {
    await refusedBoth('query($yes: Boolean = true) { __typename @include(if: $yes) a: __typename @skip(if: false) menu @include(if: true) { features } }', {
      code: 'DIRECTIVE_LIMIT_EXCEEDED',
      limit: 2,
      value: 3,
      message: 'Query directive count 3 exceeds the limit of 2',
    });
    expect((await http(tight, { query: '{ __typename @include(if: true) a: __typename @skip(if: false) }' })).status).toBe(200);
  });

  it('refuses introspection, and gives no "Did you mean" for a typo', async () => {
    const introspection = await http(tight, { query: '{ __schema { types { name } } }' });
    expect(introspection.status).toBe(400);
    expect(refusal(introspection).code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(introspection.errors?.[0]?.message).toMatch(/introspection/i);
    const introspectionWs = await ws(tight.ws({ 'x-tenant': tenant.slug }), { query: '{ __schema { types { name } } }' });
    expect(refusal(introspectionWs).code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(introspectionWs.errors?.[0]?.message).toMatch(/introspection/i);
    // __typename is not introspection of the schema.
    expect((await http(tight, { query: '{ __typename }' })).status).toBe(200);

    const typo = await http(tight, { query: '{ menuu { features } }' });
    expect(typo.status).toBe(400);
    expect(typo.errors?.[0]?.message).toBe('Cannot query field "menuu" on type "Query".');
    const typoWs = await ws(tight.ws({ 'x-tenant': tenant.slug }), { query: '{ menuu { features } }' });
    expect(refusal(typoWs).code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(typoWs.errors?.[0]?.message).toBe('Cannot query field "menuu" on type "Query".');
  });

  it('refuses text the database cannot store (NUL, unpaired surrogates) as BAD_USER_INPUT naming where, over HTTP and WebSocket', async () => {
    const register = 'mutation Register($input: RegisterPlayerInput!) { registerPlayer(input: $input) { __typename } }';
    const refused = async (variables: unknown, query = register) => {
      const response = await fetch(server.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-tenant': tenant.slug },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { errors?: { extensions: { code: string; at?: string } }[] };
      return { status: response.status, error: body.errors?.[0]?.extensions };
    };
    const input = (displayName: string) => ({ input: { email: `t-${Date.now()}@x.test`, password: 'correct-horse-battery', displayName } });
    expect(await refused(input('a\u0000b'))).toEqual({ status: 400, error: expect.objectContaining({ code: 'BAD_USER_INPUT', at: 'variables.input.displayName' }) });
    expect(await refused(input('half \ud800'))).toEqual({ status: 400, error: expect.objectContaining({ code: 'BAD_USER_INPUT', at: 'variables.input.displayName' }) });
    expect(await refused(input('end \udc00'))).toEqual({ status: 400, error: expect.objectContaining({ code: 'BAD_USER_INPUT' }) });
    const literal = 'mutation { registerPlayer(input: { email: "l@x.test", password: "correct-horse-battery", displayName: "a\\u0000" }) { __typename } }';
    expect(await refused({}, literal)).toEqual({ status: 400, error: expect.objectContaining({ code: 'BAD_USER_INPUT', at: 'query' }) });
    // A whole pair (an emoji) is fine.
    expect((await refused(input('ok \ud83c\udfb0'))).error).toBeUndefined();

    const ws = server.ws({ 'x-tenant': tenant.slug });
    try {
      const error = await new Promise<unknown>((resolve) => {
        ws.subscribe({ query: register, variables: input('ws\u0000') }, { next: (value) => resolve(value.errors?.[0]), error: (e) => resolve(Array.isArray(e) ? e[0] : e), complete: () => undefined });
      });
      expect(error).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', at: 'variables.input.displayName' } });
    } finally {
      await ws.dispose();
    }
  });

  it('refuses a body or a WebSocket message over HTTP_BODY_LIMIT_BYTES', async () => {
    const padded = `{ __typename } # ${'x'.repeat(5000)}`;
    const overHttp = await http(tight, { query: padded });
    expect(overHttp.status).toBe(413);
    expect(refusal(overHttp).code).toBe('PAYLOAD_TOO_LARGE');
    expect((await http(tight, { query: `{ __typename } # ${'x'.repeat(3000)}` })).status).toBe(200);
    expect(await ws(tight.ws({ 'x-tenant': tenant.slug }), { query: padded })).toEqual({ closeCode: 1009 });
  });
});

describe('batched HTTP requests', () => {
  it('are refused with 400 and none of their operations runs', async () => {
    const email = `batch-${Date.now()}@player.test`;
    const register = {
      query: 'mutation($input: RegisterPlayerInput!) { registerPlayer(input: $input) { __typename } }',
      variables: { input: { email, password: PASSWORD, displayName: 'Batch' } },
    };
    const batch = await http(server, [register, register]);
    expect(batch.status).toBe(400);
    expect(refusal(batch).code).toBe('BAD_REQUEST');
    expect(batch.errors?.[0]?.message).toMatch(/batch/i);

    const { login } = await tenant.public.Login({ input: { email, password: PASSWORD } });
    expect(login.__typename).toBe('InvalidCredentialsError');
  });
});

describe('trusted documents', () => {
  let trusted: TestServer;
  beforeAll(async () => {
    trusted = await startServer({ env: { DATABASE_POOL_MAX: '3', TRUSTED_DOCUMENTS: 'true' } });
  });
  afterAll(() => trusted?.close());

  it('codegen/trusted-documents.json is the SDK manifest (run `npm run codegen` when this fails)', () => {
    const committed = JSON.parse(readFileSync(DEFAULT_TRUSTED_DOCUMENTS_PATH, 'utf8')) as Record<string, string>;
    expect(committed).toEqual(trustedDocumentsOfSdk());
    expect(committed[documentHash(print(MenuDocument))]).toBe(print(MenuDocument));
  });

  it('runs SDK operations over HTTP and WebSocket', async () => {
    const sdk = trusted.sdk({ 'x-tenant': tenant.slug });
    expect((await sdk.Menu()).menu!.features).toBeDefined();
    const { login } = await sdk.Login({ input: { email: player.email, password: PASSWORD } });
    expectType(login, 'LoginPayload');
    const overWs = await ws(trusted.ws({ 'x-tenant': tenant.slug }), { query: print(MenuDocument) });
    expect(overWs.errors).toBeUndefined();
    expect(overWs.data).toHaveProperty('menu');
  });

  it('refuses an ad-hoc document before validating it, over HTTP and WebSocket', async () => {
    for (const query of ['{ menu { features } }', '{ nope }', `${print(MenuDocument)} `]) {
      const overHttp = await http(trusted, { query });
      expect(overHttp.status, query).toBe(400);
      expect(refusal(overHttp).code, query).toBe('TRUSTED_DOCUMENT_REQUIRED');
      const overWs = await ws(trusted.ws({ 'x-tenant': tenant.slug }), { query });
      expect(refusal(overWs).code, query).toBe('TRUSTED_DOCUMENT_REQUIRED');
    }
    const unknownHash = { extensions: { persistedQuery: { version: 1, sha256Hash: documentHash('{ menu { features } }') } } };
    const overHttp = await http(trusted, unknownHash);
    expect(overHttp.status).toBe(400);
    expect(refusal(overHttp).code).toBe('TRUSTED_DOCUMENT_REQUIRED');
  });

  it('accepts a persisted-query hash alone (POST, GET and WebSocket)', async () => {
    const extensions = { persistedQuery: { version: 1, sha256Hash: documentHash(print(MenuDocument)) } };
    const post = await http(trusted, { extensions, operationName: 'Menu' });
    expect(post.errors).toBeUndefined();
    expect(post.data).toHaveProperty('menu');
    const get = await http(trusted, { extensions }, {}, { get: true });
    expect(get.status).toBe(200);
    expect(get.data).toHaveProperty('menu');
    const overWs = await ws(trusted.ws({ 'x-tenant': tenant.slug }), { query: '', extensions });
    expect(overWs.errors).toBeUndefined();
    expect(overWs.data).toHaveProperty('menu');
    // A mutation sent by hash runs too.
    const login = await http(trusted, {
      extensions: { persistedQuery: { version: 1, sha256Hash: documentHash(print(LoginDocument)) } },
      variables: { input: { email: player.email, password: PASSWORD } },
    });
    expect((login.data?.['login'] as { __typename: string }).__typename).toBe('LoginPayload');
  });

  it('is off by default: an ad-hoc document runs', async () => {
    const answer = await http(server, { query: '{ menu { features } }' });
    expect(answer.status).toBe(200);
  });
});

describe('rate limits', () => {
  /** A request as the given caller; the Retry-After header with the answer. */
  async function call(target: TestServer, headers: Record<string, string> = {}) {
    const answer = await http(target, { query: '{ viewer { kind } }' }, headers);
    return { ...answer, retryAfterHeader: answer.headers.get('retry-after') };
  }

  function expectLimited(answer: Awaited<ReturnType<typeof call>>, maxSeconds: number) {
    expect(answer.status).toBe(429);
    expect(refusal(answer).code).toBe('RATE_LIMITED');
    const retryAfter = answer.errors?.[0]?.extensions?.['retryAfter'];
    expect(Number.isInteger(retryAfter)).toBe(true);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(maxSeconds);
    expect(answer.retryAfterHeader).toBe(String(retryAfter));
    expect(answer.errors?.[0]?.message).toBe(`Too many requests: try again in ${String(retryAfter)} second${retryAfter === 1 ? '' : 's'}.`);
  }

  describe('with Redis', () => {
    let limited: TestServer;
    beforeAll(async () => {
      limited = await startServer({
        env: {
          DATABASE_POOL_MAX: '3',
          RATE_LIMIT_IP_POINTS: '3',
          RATE_LIMIT_PLAYER_POINTS: '4',
          RATE_LIMIT_STAFF_POINTS: '3',
          RATE_LIMIT_IP_DURATION_SECONDS: '60',
        },
      });
    });
    afterAll(() => limited?.close());

    it('limits a player by their own key, apart from the anonymous bucket of their address', async () => {
      const asPlayer = bearer(player.token);
      for (let i = 0; i < 4; i += 1) expect((await call(limited, asPlayer)).status).toBe(200);
      expectLimited(await call(limited, asPlayer), 60);

      // Same address, anonymous: its bucket is untouched by the player's five requests.
      for (let i = 0; i < 3; i += 1) expect((await call(limited)).status).toBe(200);
      const anonymous = await call(limited);
      expectLimited(anonymous, 60);
    });

    it('applies the same buckets to WebSocket operations', async () => {
      // The anonymous bucket of this address is empty (previous test): WebSocket shares it.
      const anonymous = await ws(limited.ws({ 'x-tenant': tenant.slug }), { query: '{ viewer { kind } }' });
      expect(refusal(anonymous).code).toBe('RATE_LIMITED');
      expect(anonymous.errors?.[0]?.extensions?.['retryAfter']).toBeGreaterThanOrEqual(1);
      expect(anonymous.errors?.[0]?.extensions).not.toHaveProperty('http');

      // Staff have a bucket per staff user: three operations, then refused, on any transport.
      const client = limited.ws(bearer(tenant.admin.token));
      for (let i = 0; i < 3; i += 1) {
        const ok = await ws(client, { query: '{ viewer { kind } }' });
        expect(ok.errors, `operation ${i + 1}`).toBeUndefined();
      }
      const refused = await ws(client, { query: '{ viewer { kind } }' });
      expect(refusal(refused).code).toBe('RATE_LIMITED');
      expectLimited(await call(limited, bearer(tenant.admin.token)), 60);
    });
  });

  describe('in memory (no Redis)', () => {
    let limited: TestServer;
    beforeAll(async () => {
      limited = await startServer({ redis: false, env: { DATABASE_POOL_MAX: '3', RATE_LIMIT_IP_POINTS: '2', RATE_LIMIT_IP_DURATION_SECONDS: '30' } });
    });
    afterAll(() => limited?.close());

    it('charges refused credentials to their address', async () => {
      const forged = { authorization: 'Bearer forged' };
      for (let i = 0; i < 2; i += 1) {
        const answer = await call(limited, forged);
        expect(answer.status).toBe(401);
        expect(refusal(answer).code).toBe('UNAUTHENTICATED');
      }
      expectLimited(await call(limited, forged), 30);
      expectLimited(await call(limited), 30);
      // A signed-in player from the same address is not affected.
      expect((await call(limited, bearer(player.token))).status).toBe(200);
    });
  });

  it('is on by default with separate buckets (defaults from config)', () => {
    const defaults = loadConfig({}).rateLimit;
    expect(defaults).toMatchObject({
      enabled: true,
      apiKey: { points: 600, durationSeconds: 60 },
      player: { points: 300, durationSeconds: 60 },
      staff: { points: 600, durationSeconds: 60 },
      ip: { points: 120, durationSeconds: 60 },
    });
  });
});
