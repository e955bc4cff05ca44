import { randomBytes, randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { pino } from 'pino';
import { createLogger } from '../../src/observability/logger.js';
import { startServer, type TestServer } from '../helpers/server.js';
import { collect, settle } from '../helpers/subscriptions.js';
import { bearer, expectType, localId, newTenant, PASSWORD, platformAdmin, type TestTenant } from '../helpers/world.js';

/**
 * Drives real traffic full of known secrets through a server whose logs (at debug) go to
 * memory, then checks that none of them reached a log line, that the traffic was logged,
 * and (negative control) that the same traffic logged without the scrubber does leak them.
 */

function memoryStream() {
  let text = '';
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      text += String(chunk);
      callback();
    },
  });
  return { stream, text: () => text };
}

type Line = Record<string, unknown> & { msg?: string };
const parseLines = (text: string): Line[] => text.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Line);

/** The forms a secret could take in a log line: as sent, JSON-escaped, URL-encoded. */
function forms(secret: string): string[] {
  return [...new Set([secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret)])];
}
function leaks(text: string, secrets: Record<string, string>): string[] {
  return Object.entries(secrets)
    .filter(([, value]) => forms(value).some((form) => text.includes(form)))
    .map(([name]) => name);
}

// What every request and WebSocket connection of this file sent, as text.
const sent: string[] = [];
const realFetch = globalThis.fetch;
vi.stubGlobal('fetch', async (input: string | URL | Request, init?: RequestInit) => {
  const headers = Object.fromEntries(new Headers(init?.headers).entries());
  sent.push(JSON.stringify({ url: String(input instanceof Request ? input.url : input), headers, body: typeof init?.body === 'string' ? init.body : '' }));
  return realFetch(input, init);
});

const log = memoryStream();
let server: TestServer;
let tenant: TestTenant;

// Secrets the test makes up, and secrets the server issues (filled in as they are issued).
const playerEmail = `leak-${randomUUID().slice(0, 8)}@player.test`;
const secrets: Record<string, string> = {
  helperPassword: PASSWORD,
  playerPassword: `Pw-${randomUUID()}`,
  wrongPassword: `Wrong-${randomUUID()}`,
  malformedBodyPassword: `Malformed-${randomUUID()}`,
  variablesPassword: `Vars-${randomUUID()}`,
  getUrlPassword: `Get-${randomUUID()}`,
  cardNumber: '4242424242424242',
  iban: 'DE89370400440532013000',
  stripeSignature: randomBytes(32).toString('hex'),
  hmacSignature: randomBytes(32).toString('hex'),
  badBearer: `garbage-${randomUUID()}`,
  errorCardNumber: '5555555555554444',
};
const requestId = `leak-test-${randomUUID()}`;
/** The local id (a UUID) of a Relay global id, as logs carry it. */

function post(body: string, headers: Record<string, string> = {}) {
  return fetch(server.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'x-tenant': tenant.slug, ...headers }, body });
}

beforeAll(async () => {
  server = await startServer({ logLevel: 'debug', logStream: log.stream });
  tenant = await newTenant(server, (await platformAdmin(server)).sdk);
});
afterAll(async () => {
  vi.unstubAllGlobals();
  await server?.close();
});

describe('secret-safe logs', () => {
  it('logs the traffic but none of the secrets in it', async () => {
    // Players: register and log in with a known password; refresh; use and drop the tokens.
    const registered = await tenant.public.RegisterPlayer(
      { input: { email: playerEmail, password: secrets.playerPassword!, displayName: 'Leak Test' } },
      { 'x-request-id': requestId },
    );
    const first = expectType(registered.registerPlayer, 'RegisterPlayerPayload').tokens;
    const login = await tenant.public.Login({ input: { email: playerEmail, password: secrets.playerPassword! } });
    const tokens = expectType(login.login, 'LoginPayload').tokens;
    expectType((await tenant.public.Login({ input: { email: playerEmail, password: secrets.wrongPassword! } })).login, 'InvalidCredentialsError');
    expect((await server.sdk(bearer(tokens.accessToken)).Viewer()).viewer?.kind).toBe('PLAYER');
    const refreshed = expectType((await server.sdk().RefreshSession({ input: { refreshToken: tokens.refreshToken } })).refreshSession, 'RefreshSessionPayload').tokens;
    Object.assign(secrets, {
      registerAccessToken: first.accessToken,
      registerRefreshToken: first.refreshToken,
      accessToken: tokens.accessToken,
      accessTokenSignature: tokens.accessToken.split('.')[2]!,
      refreshToken: tokens.refreshToken,
      refreshTokenSecret: tokens.refreshToken.split('.')[2]!,
      rotatedAccessToken: refreshed.accessToken,
      rotatedRefreshToken: refreshed.refreshToken,
    });
    const player = server.sdk(bearer(refreshed.accessToken));
    expect((await player.Viewer()).viewer?.kind).toBe('PLAYER');
    expect((await server.sdk(bearer(first.accessToken)).Viewer()).viewer?.kind).toBe('PLAYER');
    expectType((await server.sdk().RefreshSession({ input: { refreshToken: first.refreshToken } })).refreshSession, 'RefreshSessionPayload');

    // WebSocket: a subscription and a query with the player's token, a document that does not parse.
    const ws = server.ws({ authorization: `Bearer ${refreshed.accessToken}` });
    sent.push(JSON.stringify({ ws: { authorization: `Bearer ${refreshed.accessToken}` } }));
    const menu = collect(ws, 'subscription MenuUpdated { menuUpdated { seq } }');
    await settle();
    const viewerOverWs = collect<{ viewer: { kind: string } }>(ws, 'query ViewerOverWs { viewer { kind } }');
    expect((await viewerOverWs.waitFor(1))[0]!.viewer.kind).toBe('PLAYER');
    const broken = collect(ws, '{ viewer { ');
    await settle(200);
    expect(broken.errors.length).toBeGreaterThan(0);
    expectType((await tenant.admin.sdk.SetMenuItem({ input: { key: 'poker', enabled: true } })).setMenuItem, 'SetMenuItemPayload');
    await menu.waitFor(1);
    menu.unsubscribe();
    const badWs = server.ws({ authorization: `Bearer ${secrets.badBearer}` });
    sent.push(JSON.stringify({ ws: { authorization: `Bearer ${secrets.badBearer}` } }));
    const refusedWs = collect(badWs, '{ viewer { kind } }');
    await settle(200);
    expect(refusedWs.errors.length).toBeGreaterThan(0);

    expect((await player.Logout({ input: {} })).logout.sessionsEnded).toBe(1);
    expectType((await server.sdk().RefreshSession({ input: { refreshToken: tokens.refreshToken } })).refreshSession, 'InvalidRefreshTokenError');
    expectType((await server.sdk().RefreshSession({ input: { refreshToken: refreshed.refreshToken } })).refreshSession, 'InvalidRefreshTokenError');

    // A partner API key: created, then used.
    const created = expectType(
      (await tenant.admin.sdk.CreateApiKey({ input: { name: 'leak-test', permissions: ['PLAYER_READ'] } })).createApiKey,
      'CreateApiKeyPayload',
    );
    Object.assign(secrets, { apiKey: created.key, apiKeySecret: created.key.slice(-43), adminToken: tenant.admin.token });
    expect((await server.sdk({ 'x-api-key': created.key }).Viewer()).viewer?.kind).toBe('API_KEY');

    // Bad bearer tokens: garbage, and a JWT with a forged signature.
    const forged = `${tokens.accessToken.split('.').slice(0, 2).join('.')}.${randomBytes(32).toString('base64url')}`;
    secrets.forgedToken = forged;
    expect((await post(JSON.stringify({ query: '{ viewer { kind } }' }), { authorization: `Bearer ${secrets.badBearer}` })).status).toBe(401);
    expect((await post(JSON.stringify({ query: 'query ForgedViewer { viewer { kind } }' }), { authorization: `Bearer ${forged}` })).status).toBe(401);

    // A body that is not JSON, with a password in it.
    const malformed = await post(
      `{"query":"mutation { login(input: {email: \\"${playerEmail}\\", password: \\"${secrets.malformedBodyPassword}\\"}) { __typename } }","variables":{"password":"${secrets.malformedBodyPassword}"`,
    );
    expect(malformed.status).toBe(400);

    // Variables carrying a password, a card, an IBAN; webhook signature headers.
    const withVariables = await post(
      JSON.stringify({
        query: 'mutation LoginWithCard($input: LoginInput!) { login(input: $input) { __typename } }',
        operationName: 'LoginWithCard',
        variables: {
          input: { email: playerEmail, password: secrets.variablesPassword },
          password: secrets.variablesPassword,
          cardNumber: secrets.cardNumber,
          cvc: '737',
          iban: secrets.iban,
        },
      }),
      { 'stripe-signature': `t=1700000000,v1=${secrets.stripeSignature}`, 'x-hub-signature-256': `sha256=${secrets.hmacSignature}` },
    );
    expect(withVariables.status).toBe(200);
    const badInput = await post(
      JSON.stringify({
        query: 'mutation LoginBadInput($input: LoginInput!) { login(input: $input) { __typename } }',
        variables: { input: { email: playerEmail, password: secrets.variablesPassword, cardNumber: secrets.cardNumber } },
      }),
    );
    expect(badInput.status).toBe(400);
    // Over GET the variables travel in the URL, which the "request completed" line logs.
    const getVariables = encodeURIComponent(JSON.stringify({ password: secrets.getUrlPassword, cardNumber: secrets.cardNumber }));
    const get = await fetch(`${server.graphqlUrl}?query=${encodeURIComponent('query GetMenu { menu { features } }')}&variables=${getVariables}`, {
      headers: { 'x-tenant': tenant.slug },
    });
    expect(get.status).toBe(200);

    // An unexpected error whose message carries secrets: a CHECK constraint, added for this
    // test's marker only, makes PostgreSQL refuse the insert, and MikroORM's error message
    // quotes the statement with its parameters (the card number in the name, the password
    // hash). The checks below insist that none of it reaches the log or the client.
    const marker = `leak${randomUUID().slice(0, 8)}`;
    const owner = new pg.Client({ connectionString: inject('databaseUrl') });
    await owner.connect();
    await owner.query(`alter table player add constraint ${marker} check (display_name not like '%${marker}%') not valid`);
    try {
      const failing = await post(
        JSON.stringify({
          query: 'mutation RegisterRefusedByDatabase($input: RegisterPlayerInput!) { registerPlayer(input: $input) { __typename } }',
          variables: { input: { email: `refused-${randomUUID().slice(0, 8)}@player.test`, password: secrets.playerPassword, displayName: `card ${secrets.errorCardNumber} ${marker}` } },
        }),
      );
      const failed = (await failing.json()) as { errors?: { extensions: { code: string } }[] };
      expect(failed.errors?.[0]?.extensions.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await owner.query(`alter table player drop constraint ${marker}`);
      await owner.end();
    }

    await ws.dispose();
    await badWs.dispose();
    await settle(200);

    const text = log.text();
    const lines = parseLines(text);

    // 1. No secret, in any form, anywhere in the log.
    expect(leaks(text, secrets)).toEqual([]);
    expect(text).not.toContain('$argon2id$');

    // 2. The traffic was logged: one operation line per operation, with request ids and names.
    const operations = lines.filter((l) => l.msg === 'graphql operation');
    const named = (name: string) => operations.filter((l) => l['operationName'] === name);
    for (const name of ['RegisterPlayer', 'Login', 'RefreshSession', 'Viewer', 'Logout', 'CreateApiKey', 'LoginWithCard', 'GetMenu', 'RegisterRefusedByDatabase', 'ForgedViewer', 'MenuUpdated', 'ViewerOverWs']) {
      expect(named(name).length, name).toBeGreaterThan(0);
    }
    for (const line of operations) {
      expect(line['reqId'], JSON.stringify(line)).toEqual(expect.any(String));
      expect(line).toHaveProperty('durationMs');
      expect(['ok', 'error']).toContain(line['outcome']);
    }
    expect(named('RegisterPlayer').find((l) => l['reqId'] === requestId)).toMatchObject({
      transport: 'http',
      tenantId: localId(tenant.id),
      tenantSlug: tenant.slug,
      principalKind: 'ANONYMOUS',
      operationType: 'mutation',
      outcome: 'ok',
    });
    expect(lines.find((l) => l.msg === 'request completed' && l['reqId'] === requestId)).toMatchObject({ statusCode: 200 });
    expect(named('Viewer').find((l) => l['principalKind'] === 'PLAYER')).toMatchObject({ principalId: expect.any(String), tenantSlug: tenant.slug });
    expect(named('Viewer').find((l) => l['principalKind'] === 'API_KEY')).toMatchObject({ principalId: localId(created.apiKey.id), tenantId: localId(tenant.id) });
    expect(named('ForgedViewer')[0]).toMatchObject({ principalKind: 'ANONYMOUS', outcome: 'error', errorCodes: ['UNAUTHENTICATED'] });
    expect(named('RegisterRefusedByDatabase')[0]).toMatchObject({ outcome: 'error', errorCodes: ['INTERNAL_SERVER_ERROR'] });
    expect(operations.find((l) => l['errorCodes'] && (l['errorCodes'] as string[]).includes('BAD_USER_INPUT'))).toBeDefined();
    expect(named('MenuUpdated')[0]).toMatchObject({ transport: 'ws', operationType: 'subscription', principalKind: 'PLAYER', outcome: 'ok' });
    expect(named('MenuUpdated')[0]!['results']).toBeGreaterThanOrEqual(1);
    expect(named('ViewerOverWs')[0]).toMatchObject({ transport: 'ws', operationType: 'query', outcome: 'ok', results: 1 });
    expect(operations.find((l) => l['transport'] === 'ws' && (l['errorCodes'] as string[] | undefined)?.includes('GRAPHQL_PARSE_FAILED'))).toBeDefined();
    // No operation line carries a document, variables or a result.
    expect(operations.some((l) => 'variables' in l || 'query' in l || 'data' in l)).toBe(false);

    // 3. The scrubber acted on real server lines (the server did log where the secrets were).
    const unexpected = lines.find((l) => l.msg === 'unexpected error in GraphQL operation');
    expect(unexpected, 'the unexpected error was logged').toBeDefined();
    expect(String((unexpected!['err'] as { message: string }).message)).toMatch(/insert into "player".*values \('\[redacted\]'/);
    const getLine = lines.find((l) => l.msg === 'request completed' && String(l['url']).includes('GetMenu'));
    expect(String(getLine?.['url'])).toContain(encodeURIComponent('"password":"[redacted]"'));

    // 4. Negative control: every secret really was in the traffic sent, and the same traffic
    //    logged by a plain pino logger leaks every one of them; through ours, none.
    const traffic = sent.join('\n');
    const notSent = Object.keys(secrets).filter((name) => !forms(secrets[name]!).some((form) => traffic.includes(form)));
    expect(notSent).toEqual([]);
    const plain = memoryStream();
    const scrubbed = memoryStream();
    const plainLogger = pino({ level: 'debug' }, plain.stream);
    const ourLogger = createLogger('debug', scrubbed.stream);
    for (const item of sent) {
      const request = JSON.parse(item) as Record<string, unknown>;
      plainLogger.info({ request }, 'sent');
      ourLogger.info({ request }, 'sent');
      ourLogger.info(`sent ${item}`);
    }
    expect(leaks(plain.text(), secrets).sort()).toEqual(Object.keys(secrets).sort());
    expect(leaks(scrubbed.text(), secrets)).toEqual([]);
  }, 60_000);
});
