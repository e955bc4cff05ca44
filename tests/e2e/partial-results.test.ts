import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../helpers/server.js';
import { newPlayer, newTenant, platformAdmin, type TestTenant } from '../helpers/world.js';

let server: TestServer;
let tenant: TestTenant;

beforeAll(async () => {
  server = await startServer();
  tenant = await newTenant(server, (await platformAdmin(server)).sdk);
  await newPlayer(server, tenant);
});
afterAll(() => server?.close());

interface Answer {
  data: Record<string, unknown> | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
}

async function ask(query: string, token: string): Promise<Answer> {
  const response = await fetch(server.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as Answer;
}

describe('partial results', () => {
  it('answers the root fields the caller may read beside one it may not', async () => {
    const answer = await ask('{ tenants(first: 1) { nodes { id } } players(first: 5) { nodes { id } } }', tenant.admin.token);
    expect(answer.data).not.toBeNull();
    expect(answer.data!['tenants']).toBeNull();
    expect((answer.data!['players'] as { nodes: unknown[] }).nodes.length).toBeGreaterThan(0);
    expect(answer.errors).toHaveLength(1);
    expect(answer.errors![0]).toMatchObject({ path: ['tenants'], extensions: { code: 'FORBIDDEN' } });
  });

  it('answers null, not an error, for a by-id lookup of something that does not exist', async () => {
    const missing = Buffer.from('Player:0193a4b2-7c1d-7e2f-8a3b-4c5d6e7f8091').toString('base64');
    const answer = await ask(`{ node(id: "${missing}") { id } }`, tenant.admin.token);
    expect(answer).toEqual({ data: { node: null } });
  });
});
