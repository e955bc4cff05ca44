import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startServer, type TestServer } from '../helpers/server.js';
import { newTenant, platformAdmin, type TestTenant } from '../helpers/world.js';

/**
 * Deeply nested client values (issue #13, item 3): 100,000 levels of arrays or objects, in
 * `variables` or `extensions`, over HTTP and WebSocket, get INPUT_DEPTH_LIMIT_EXCEEDED (HTTP
 * 400; over WebSocket an `error` for that operation, the socket kept open), never a crash.
 */

const LEVELS = 100_000;
const LIMIT = 64;

/** JSON text of a value nested `levels` deep: `[[[...]]]` or `{"a":{"a":...}}`. */
function nestedText(kind: 'array' | 'object', levels: number): string {
  return kind === 'array' ? `${'['.repeat(levels)}${']'.repeat(levels)}` : `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;
}

let server: TestServer;
let tenant: TestTenant;

beforeAll(async () => {
  server = await startServer();
  const platform = await platformAdmin(server);
  tenant = await newTenant(server, platform.sdk);
});
afterAll(() => server?.close());

// Variables the operation does not declare are still walked by every check (and were by the crash).
const QUERY = 'query Deep { currentTenant { slug } }';

/** A POST whose body puts the nested text raw in `where` (JSON.stringify could not build it). */
async function post(where: 'variables' | 'extensions', nested: string) {
  const body = `{"query":${JSON.stringify(QUERY)},"${where}":{"deep":${nested}}}`;
  const response = await fetch(server.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'x-tenant': tenant.slug }, body });
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } };
}

async function get(where: 'variables' | 'extensions', nested: string) {
  const params = new URLSearchParams({ query: QUERY, [where]: `{"deep":${nested}}` });
  const response = await fetch(`${server.graphqlUrl}?${params}`, { headers: { 'x-tenant': tenant.slug } });
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } };
}

/**
 * A raw graphql-transport-ws connection: the test sends message text itself, since no client
 * (JSON.stringify) can serialise 100,000 levels. `next(type)` waits for a message of that type.
 */
async function rawSocket() {
  const socket = new WebSocket(server.graphqlUrl.replace(/^http/, 'ws'), 'graphql-transport-ws');
  const inbox: { type: string; id?: string; payload?: unknown }[] = [];
  let closed: { code: number; reason: string } | null = null;
  const waiters: (() => void)[] = [];
  socket.on('message', (data) => {
    inbox.push(JSON.parse(String(data)) as { type: string });
    waiters.splice(0).forEach((w) => w());
  });
  socket.on('close', (code, reason) => {
    closed = { code, reason: String(reason) };
    waiters.splice(0).forEach((w) => w());
  });
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  const next = async (type: string, ms = 10_000) => {
    const deadline = Date.now() + ms;
    for (;;) {
      const found = inbox.findIndex((m) => m.type === type);
      if (found >= 0) return inbox.splice(found, 1)[0]!;
      if (closed) throw new Error(`socket closed ${JSON.stringify(closed)} while waiting for ${type}`);
      if (Date.now() > deadline) throw new Error(`no ${type} message`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 50);
        waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  };
  socket.send(JSON.stringify({ type: 'connection_init', payload: { 'x-tenant': tenant.slug } }));
  await next('connection_ack');
  return { socket, next, closed: () => closed };
}

const refusal = (at: string) => [
  expect.objectContaining({ extensions: expect.objectContaining({ code: 'INPUT_DEPTH_LIMIT_EXCEEDED', limit: LIMIT, at }) }),
];

describe('HTTP', () => {
  for (const where of ['variables', 'extensions'] as const) {
    for (const kind of ['array', 'object'] as const) {
      it(`POST: ${LEVELS} levels of ${kind}s in ${where} → 400 INPUT_DEPTH_LIMIT_EXCEEDED`, async () => {
        const answer = await post(where, nestedText(kind, LEVELS));
        expect(answer.status).toBe(400);
        expect(answer.body.errors).toEqual(refusal(where));
        expect(answer.body).not.toHaveProperty('data');
      });

      // A URL cannot carry 100,000 levels (Node refuses headers past 16 KiB); one past the limit can.
      it(`GET: ${LIMIT + 1} levels of ${kind}s in ${where} → 400, ${LIMIT} levels run`, async () => {
        const refused = await get(where, nestedText(kind, LIMIT + 1));
        expect(refused.status).toBe(400);
        expect(refused.body.errors).toEqual(refusal(where));
        // The variables object itself is one level: `{"deep": <LIMIT - 1 levels>}` is LIMIT deep.
        const allowed = await get(where, nestedText(kind, LIMIT - 1));
        expect(allowed.status).toBe(200);
        expect(allowed.body.data).toEqual({ currentTenant: { slug: tenant.slug } });
      });
    }
  }

  for (const kind of ['array', 'object'] as const) {
    it(`a literal of ${LEVELS} levels of ${kind}s in the document is a 4xx, never a 500`, async () => {
      const literal = kind === 'array' ? nestedText('array', LEVELS) : `${'{a:'.repeat(LEVELS)}1${'}'.repeat(LEVELS)}`;
      const response = await fetch(server.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-tenant': tenant.slug },
        body: JSON.stringify({ query: `{ currentTenant(deep: ${literal}) { slug } }` }),
      });
      const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
      expect(response.status).toBe(400);
      expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    });
  }

  it('a body that nests past what JSON.parse can take is a 4xx, never a 500', async () => {
    const response = await fetch(server.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-tenant': tenant.slug },
      body: `{"query":"{ __typename }","variables":{"deep":${nestedText('array', 500_000)}}}`,
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
  });
});

describe('WebSocket', () => {
  for (const where of ['variables', 'extensions'] as const) {
    for (const kind of ['array', 'object'] as const) {
      it(`${LEVELS} levels of ${kind}s in ${where}: an error for that operation, the socket stays open`, async () => {
        const ws = await rawSocket();
        try {
          ws.socket.send(`{"id":"deep","type":"subscribe","payload":{"query":${JSON.stringify(QUERY)},"${where}":{"deep":${nestedText(kind, LEVELS)}}}}`);
          const refused = await ws.next('error');
          expect(refused).toEqual({ type: 'error', id: 'deep', payload: refusal(where) });
          ws.socket.send(JSON.stringify({ id: 'after', type: 'subscribe', payload: { query: QUERY } }));
          expect(await ws.next('next')).toEqual({ type: 'next', id: 'after', payload: { data: { currentTenant: { slug: tenant.slug } } } });
          expect(ws.closed()).toBeNull();
        } finally {
          ws.socket.close();
        }
      });
    }
  }

  it(`a literal of ${LEVELS} levels in the document: an error for that operation, the socket stays open`, async () => {
    const ws = await rawSocket();
    try {
      ws.socket.send(JSON.stringify({ id: 'deep', type: 'subscribe', payload: { query: `{ currentTenant(deep: ${nestedText('array', LEVELS)}) { slug } }` } }));
      const refused = (await ws.next('error')) as { payload: { extensions?: { code?: string } }[] };
      expect(refused.payload[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
      ws.socket.send(JSON.stringify({ id: 'after', type: 'subscribe', payload: { query: QUERY } }));
      expect(await ws.next('next')).toEqual({ type: 'next', id: 'after', payload: { data: { currentTenant: { slug: tenant.slug } } } });
      expect(ws.closed()).toBeNull();
    } finally {
      ws.socket.close();
    }
  });
});
