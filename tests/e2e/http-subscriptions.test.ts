import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kind, print, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { GraphQLClient } from 'graphql-request';
import * as sdk from '../../codegen/sdk.js';
import { startServer, type TestServer } from '../helpers/server.js';
import { bearer, newTenant, platformAdmin, type TestTenant } from '../helpers/world.js';

/**
 * Subscriptions over HTTP (issue #13, item 2): refused before any resolver runs, with
 * SUBSCRIPTION_REQUIRES_WEBSOCKET and 405, for every subscription of the SDK, POST and GET.
 */

const subscriptions = Object.entries(sdk)
  .filter(([name, value]) => name.endsWith('Document') && (value as DocumentNode)?.kind === Kind.DOCUMENT)
  .map(([, value]) => value as DocumentNode)
  .filter((doc) => doc.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION && d.operation === 'subscription'))
  .map((doc) => {
    const operation = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
    return { name: operation.name!.value, text: print(doc) };
  });

/** Variables that satisfy any subscription of the SDK (only TableEvents takes one). */
const VARIABLES = { tableId: 'VGFibGU6MDE5M2UzYjAtMDAwMC03MDAwLTgwMDAtMDAwMDAwMDAwMDAw' };

let server: TestServer;
let tenant: TestTenant;
const logLines: string[] = [];

beforeAll(async () => {
  server = await startServer({
    logLevel: 'info',
    logStream: new Writable({
      write(chunk, _encoding, done) {
        logLines.push(String(chunk));
        done();
      },
    }),
  });
  const platform = await platformAdmin(server);
  tenant = await newTenant(server, platform.sdk);
});
afterAll(() => server?.close());

async function send(method: 'GET' | 'POST', body: Record<string, unknown>, headers: Record<string, string>) {
  let response: Response;
  if (method === 'GET') {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(body)) params.set(key, typeof value === 'string' ? value : JSON.stringify(value));
    response = await fetch(`${server.graphqlUrl}?${params}`, { headers });
  } else {
    response = await fetch(server.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  }
  return { status: response.status, allow: response.headers.get('allow'), body: (await response.json()) as Record<string, unknown> };
}

describe('a subscription over HTTP is refused before any resolver runs', () => {
  it('the SDK has subscription documents to test', () => {
    expect(subscriptions.map((s) => s.name).sort()).toEqual(
      ['BonusUpdated', 'LedgerEvents', 'MenuUpdated', 'MyPaymentEvents', 'MyVerificationUpdated', 'PaymentEvents', 'RealityCheck', 'RiskCaseUpdated', 'TableEvents', 'VipStatusChanged', 'WalletUpdated'].sort(),
    );
  });

  for (const method of ['POST', 'GET'] as const) {
    for (const { name, text } of subscriptions) {
      it(`${method} ${name}: 405 SUBSCRIPTION_REQUIRES_WEBSOCKET, no data, no internal error`, async () => {
        const before = logLines.length;
        for (const headers of [{ 'x-tenant': tenant.slug }, { ...bearer(tenant.admin.token) }]) {
          const answer = await send(method, { query: text, operationName: name, variables: VARIABLES }, headers);
          expect(answer.status).toBe(405);
          expect(answer.allow).toBe('GET, POST');
          // No `data` key at all: execution never started (a resolver that ran and failed leaves `data`).
          expect(answer.body).not.toHaveProperty('data');
          expect(answer.body['errors']).toEqual([
            expect.objectContaining({ extensions: { code: 'SUBSCRIPTION_REQUIRES_WEBSOCKET' } }),
          ]);
        }
        expect(logLines.slice(before).join('')).not.toContain('unexpected error');
      });
    }
  }

  it('a query of a document that also holds a subscription still runs (GraphiQL sends the whole editor)', async () => {
    const text = `query Here { currentTenant { slug } }\nsubscription There { menuUpdated { seq } }`;
    const answer = await send('POST', { query: text, operationName: 'Here' }, { 'x-tenant': tenant.slug });
    expect(answer.status).toBe(200);
    expect(answer.body['data']).toEqual({ currentTenant: { slug: tenant.slug } });
  });

  it('the generated SDK offers no subscription methods, and keeps their typed documents', () => {
    const methods = Object.keys(sdk.getSdk(new GraphQLClient(server.graphqlUrl)));
    for (const { name } of subscriptions) {
      expect(methods).not.toContain(name);
      expect(sdk).toHaveProperty(`${name}Document`);
    }
    expect(methods).toContain('Menu');
  });

  it('GraphiQL sends subscriptions over the WebSocket of the same path', async () => {
    const page = await (await fetch(`${server.url}/graphiql`)).text();
    expect(page).toMatch(/subscriptionUrl: \(location\.protocol === 'https:' \? 'wss:\/\/' : 'ws:\/\/'\) \+ location\.host \+ '\/graphql'/);
  });
});
