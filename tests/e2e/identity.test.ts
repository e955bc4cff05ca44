import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClientError } from 'graphql-request';
import pg from 'pg';
import { inject } from 'vitest';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { graphqlError } from '../helpers/errors.js';
import { bearer, expectType, newPlayer, newStaff, newTenant, PASSWORD, platformAdmin, type TestTenant } from '../helpers/world.js';

/** The GraphQL error code of a rejected SDK call. */
const errorCode = async (call: Promise<unknown>): Promise<string> => (await graphqlError(call)).code;

let server: TestServer;
let platform: Sdk;
let tenant: TestTenant;
let other: TestTenant;

beforeAll(async () => {
  server = await startServer();
  platform = (await platformAdmin(server)).sdk;
  tenant = await newTenant(server, platform);
  other = await newTenant(server, platform);
});
afterAll(() => server?.close());

describe('players', () => {
  it('registers, signs in and sees themselves', async () => {
    const player = await newPlayer(server, tenant);
    const { viewer } = await player.sdk.Viewer();
    expect(viewer).toMatchObject({ kind: 'PLAYER', tenant: { slug: tenant.slug }, player: { email: player.email } });

    const { login } = await tenant.public.Login({ input: { email: player.email.toUpperCase(), password: PASSWORD } });
    expect(expectType(login, 'LoginPayload').player.id).toBe(player.player.id);
  });

  it('keeps email unique per tenant, not globally', async () => {
    const player = await newPlayer(server, tenant);
    const again = await tenant.public.RegisterPlayer({ input: { email: player.email, password: PASSWORD, displayName: 'x' } });
    expect(expectType(again.registerPlayer, 'EmailTakenError').code).toBe('EMAIL_TAKEN');
    const elsewhere = await other.public.RegisterPlayer({ input: { email: player.email, password: PASSWORD, displayName: 'x' } });
    expectType(elsewhere.registerPlayer, 'RegisterPlayerPayload');
  });

  it('stores the password with a memory-hard KDF, never in clear', async () => {
    const player = await newPlayer(server, tenant);
    const client = new pg.Client({ connectionString: inject('databaseUrl') });
    await client.connect();
    const { rows } = await client.query('select password_hash from player where email = $1', [player.email]);
    await client.end();
    expect(rows[0].password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(rows[0].password_hash).not.toContain(PASSWORD);
  });

  it('answers invalid input with a typed error naming the field path, and writes nothing', async () => {
    const { registerPlayer } = await tenant.public.RegisterPlayer({
      input: { email: 'not-an-email', password: PASSWORD, displayName: 'x' },
    });
    const error = expectType(registerPlayer, 'ValidationError');
    expect(error.issues[0]!.path).toEqual(['input', 'email']);
    const short = await tenant.public.RegisterPlayer({ input: { email: 'a@b.test', password: 'short', displayName: 'x' } });
    expect(expectType(short.registerPlayer, 'ValidationError').issues[0]!.path).toEqual(['input', 'password']);
    const retry = await tenant.public.RegisterPlayer({ input: { email: 'a@b.test', password: PASSWORD, displayName: 'x' } });
    expectType(retry.registerPlayer, 'RegisterPlayerPayload');
  });

  it('refuses a wrong password with one message for unknown emails and wrong passwords', async () => {
    const player = await newPlayer(server, tenant);
    const wrong = await tenant.public.Login({ input: { email: player.email, password: 'wrong-password' } });
    const unknown = await tenant.public.Login({ input: { email: 'nobody@x.test', password: 'wrong-password' } });
    expect(expectType(wrong.login, 'InvalidCredentialsError').message).toBe(expectType(unknown.login, 'InvalidCredentialsError').message);
  });

  it('localises player-facing messages (Turkish)', async () => {
    const turkish = server.sdk({ 'x-tenant': tenant.slug, 'accept-language': 'tr-TR,tr;q=0.9' });
    const { login } = await turkish.Login({ input: { email: 'nobody@x.test', password: 'wrong-password' } });
    expect(expectType(login, 'InvalidCredentialsError').message).toBe('E-posta veya şifre hatalı.');
  });
});

describe('tokens', () => {
  it('refreshes with rotation, and a reused refresh token ends the session', async () => {
    const player = await newPlayer(server, tenant);
    const first = player.tokens.refreshToken;
    const { refreshSession } = await server.sdk().RefreshSession({ input: { refreshToken: first } });
    const rotated = expectType(refreshSession, 'RefreshSessionPayload').tokens;
    expect(rotated.refreshToken).not.toBe(first);
    expect((await server.sdk(bearer(rotated.accessToken)).Viewer()).viewer?.kind).toBe('PLAYER');

    const reuse = await server.sdk().RefreshSession({ input: { refreshToken: first } });
    expectType(reuse.refreshSession, 'InvalidRefreshTokenError');
    const after = await server.sdk().RefreshSession({ input: { refreshToken: rotated.refreshToken } });
    expectType(after.refreshSession, 'InvalidRefreshTokenError');
    expect(await errorCode(server.sdk(bearer(rotated.accessToken)).Viewer())).toBe('UNAUTHENTICATED');
  });

  it('logout revokes the access token and the refresh token at once', async () => {
    const player = await newPlayer(server, tenant);
    const other = expectType((await tenant.public.Login({ input: { email: player.email, password: PASSWORD } })).login, 'LoginPayload');
    expect((await player.sdk.Logout({ input: {} })).logout.sessionsEnded).toBe(1);
    expect(await errorCode(player.sdk.Viewer())).toBe('UNAUTHENTICATED');
    const { refreshSession } = await server.sdk().RefreshSession({ input: { refreshToken: player.tokens.refreshToken } });
    expectType(refreshSession, 'InvalidRefreshTokenError');
    // Only this session ended: the other sign-in still works.
    expect((await server.sdk(bearer(other.tokens.accessToken)).Viewer()).viewer?.kind).toBe('PLAYER');
  });

  it('logout of all sessions ends every sign-in of the caller, and no one else\'s', async () => {
    const player = await newPlayer(server, tenant);
    const bystander = await newPlayer(server, tenant);
    const second = expectType((await tenant.public.Login({ input: { email: player.email, password: PASSWORD } })).login, 'LoginPayload');
    expect((await player.sdk.Logout({ input: { allSessions: true } })).logout.sessionsEnded).toBe(2);
    expect(await errorCode(player.sdk.Viewer())).toBe('UNAUTHENTICATED');
    expect(await errorCode(server.sdk(bearer(second.tokens.accessToken)).Viewer())).toBe('UNAUTHENTICATED');
    expectType((await server.sdk().RefreshSession({ input: { refreshToken: second.tokens.refreshToken } })).refreshSession, 'InvalidRefreshTokenError');
    expect((await bystander.sdk.Viewer()).viewer?.kind).toBe('PLAYER');
  });

  it('refuses forged and malformed tokens with UNAUTHENTICATED', async () => {
    const player = await newPlayer(server, tenant);
    const [h, p] = player.token.split('.');
    const forged = `${h}.${p}.${Buffer.from('not the signature').toString('base64url')}`;
    expect(await errorCode(server.sdk(bearer(forged)).Viewer())).toBe('UNAUTHENTICATED');
    expect(await errorCode(server.sdk(bearer('garbage')).Viewer())).toBe('UNAUTHENTICATED');
    expect(await errorCode(server.sdk({ authorization: 'Basic abc' }).Viewer())).toBe('UNAUTHENTICATED');
  });

  it('refuses an expired token with UNAUTHENTICATED', async () => {
    const player = await newPlayer(server, tenant);
    const { TokenService } = await import('../../src/auth/tokens.js');
    const { config } = server.platform.services;
    const expired = await new TokenService(config.jwtSecret, -60).sign({
      sub: player.player.id,
      kind: 'player',
      tid: tenant.id,
      sid: '00000000-0000-7000-8000-000000000000',
    });
    expect(await errorCode(server.sdk(bearer(expired.token)).Viewer())).toBe('UNAUTHENTICATED');
  });
});

describe('staff and permissions', () => {
  it('answers a missing permission with FORBIDDEN naming it', async () => {
    const support = await newStaff(server, platform, tenant.slug, ['SUPPORT']);
    try {
      await support.sdk.CreateApiKey({ input: { name: 'k', permissions: ['MENU_READ'] } });
      throw new Error('expected FORBIDDEN');
    } catch (error) {
      if (!(error instanceof ClientError)) throw error;
      const first = error.response.errors![0]!;
      expect(first.extensions?.['code']).toBe('FORBIDDEN');
      expect(first.message).toContain('apikey:manage');
    }
  });

  it('lets a tenant admin manage staff roles, and a disabled user loses access at once', async () => {
    const support = await newStaff(server, platform, tenant.slug, ['SUPPORT']);
    const { viewer } = await support.sdk.Viewer();
    const staff = await tenant.admin.sdk.StaffUsers({ first: 100 });
    const node = staff.staffUsers!.edges.find((e) => e.node.email === support.email)!.node;
    const raised = await tenant.admin.sdk.SetStaffRoles({ input: { staffUserId: node.id, roles: ['SUPPORT', 'FINANCE'] } });
    expect(expectType(raised.setStaffRoles, 'SetStaffRolesPayload').staffUser.roles).toEqual(['SUPPORT', 'FINANCE']);
    expect(viewer?.roles).toEqual(['SUPPORT']);
    expect(viewer?.staffUser?.id).toBe(node.id);
    expectType((await tenant.admin.sdk.DisableStaffUser({ input: { staffUserId: node.id } })).disableStaffUser, 'DisableStaffUserPayload');
    expect(await errorCode(support.sdk.Viewer())).toBe('UNAUTHENTICATED');
  });

  it('does not let staff grant what they do not hold', async () => {
    const finance = await newStaff(server, platform, tenant.slug, ['FINANCE']);
    const { createStaffUser } = await tenant.admin.sdk.CreateStaffUser({
      input: { email: 'new-admin@x.test', name: 'n', password: PASSWORD, roles: ['TENANT_ADMIN'] },
    });
    expectType(createStaffUser, 'CreateStaffUserPayload');
    expect(await errorCode(finance.sdk.CreateStaffUser({ input: { email: 'y@x.test', name: 'n', password: PASSWORD, roles: ['TENANT_ADMIN'] } }))).toBe('FORBIDDEN');
  });
});

describe('partner API keys', () => {
  it('shows the key once, stores only its hash, records last use, and stops working when revoked', async () => {
    const { createApiKey } = await tenant.admin.sdk.CreateApiKey({ input: { name: 'aggregator', permissions: ['PLAYER_READ'] } });
    const created = expectType(createApiKey, 'CreateApiKeyPayload');
    expect(created.apiKey.lastUsedAt).toBeNull();

    const client = new pg.Client({ connectionString: inject('databaseUrl') });
    await client.connect();
    const { rows } = await client.query('select * from api_key where id = (select id from api_key order by created_at desc limit 1)');
    await client.end();
    expect(JSON.stringify(rows)).not.toContain(created.key.slice(-43)); // the secret: 43 base64url characters, which may include '_'

    const partner = server.sdk({ 'x-api-key': created.key });
    expect((await partner.Viewer()).viewer).toMatchObject({ kind: 'API_KEY', permissions: ['PLAYER_READ'], apiKey: { id: created.apiKey.id, name: 'aggregator' } });
    await partner.Players({ first: 5 });
    expect(await errorCode(partner.TenantMenu())).toBe('FORBIDDEN');

    const listed = await tenant.admin.sdk.ApiKeys({});
    expect(listed.apiKeys!.edges.find((e) => e.node.id === created.apiKey.id)!.node.lastUsedAt).not.toBeNull();
    expect(JSON.stringify(listed)).not.toContain(created.key);

    expectType((await tenant.admin.sdk.RevokeApiKey({ input: { apiKeyId: created.apiKey.id } })).revokeApiKey, 'RevokeApiKeyPayload');
    expect(await errorCode(partner.Viewer())).toBe('UNAUTHENTICATED');
  });

  it('refuses a key with a wrong secret', async () => {
    const { createApiKey } = await tenant.admin.sdk.CreateApiKey({ input: { name: 'x', permissions: ['MENU_READ'] } });
    const key = expectType(createApiKey, 'CreateApiKeyPayload').key;
    const tampered = key.slice(0, -4) + (key.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    expect(await errorCode(server.sdk({ 'x-api-key': tampered }).Viewer())).toBe('UNAUTHENTICATED');
  });
});

describe('global ids as mutation arguments', () => {
  it('answers a malformed, raw or wrongly typed id with InvalidIdError naming the expected type and the path', async () => {
    const player = await newPlayer(server, tenant);
    const support = await newStaff(server, platform, tenant.slug, ['SUPPORT']);
    const rawUuid = Buffer.from(support.id, 'base64').toString().split(':')[1]!;
    for (const id of ['garbage!!', rawUuid, player.player.id]) {
      const { setStaffRoles } = await tenant.admin.sdk.SetStaffRoles({ input: { staffUserId: id, roles: ['SUPPORT'] } });
      expect(expectType(setStaffRoles, 'InvalidIdError')).toMatchObject({ code: 'INVALID_ID', expectedType: 'StaffUser', path: ['input', 'staffUserId'] });
      const { disableStaffUser } = await tenant.admin.sdk.DisableStaffUser({ input: { staffUserId: id } });
      expect(expectType(disableStaffUser, 'InvalidIdError').expectedType).toBe('StaffUser');
    }
    const { revokeApiKey } = await tenant.admin.sdk.RevokeApiKey({ input: { apiKeyId: player.player.id } });
    expect(expectType(revokeApiKey, 'InvalidIdError')).toMatchObject({ expectedType: 'ApiKey', path: ['input', 'apiKeyId'] });
    expect((await support.sdk.Viewer()).viewer?.roles).toEqual(['SUPPORT']);
  });
});

describe('listings', () => {
  it('pages staff users and API keys both ways, with totalCount', async () => {
    const own = await newTenant(server, platform);
    for (const role of ['SUPPORT', 'FINANCE', 'RISK'] as const) await newStaff(server, platform, own.slug, [role]);
    const all = (await own.admin.sdk.StaffUsers({ first: 100 })).staffUsers!;
    expect(all.totalCount).toBe(4);
    const ids = all.edges.map((e) => e.node.id);
    const last2 = (await own.admin.sdk.StaffUsers({ last: 2 })).staffUsers!;
    expect(last2.edges.map((e) => e.node.id)).toEqual(ids.slice(2));
    expect(last2.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    const before = (await own.admin.sdk.StaffUsers({ last: 5, before: last2.pageInfo.startCursor })).staffUsers!;
    expect(before.edges.map((e) => e.node.id)).toEqual(ids.slice(0, 2));
    expect(before.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });

    for (const name of ['k1', 'k2', 'k3']) expectType((await own.admin.sdk.CreateApiKey({ input: { name, permissions: ['MENU_READ'] } })).createApiKey, 'CreateApiKeyPayload');
    const keys = (await own.admin.sdk.ApiKeys({ last: 2 })).apiKeys!;
    expect(keys.totalCount).toBe(3);
    expect(keys.edges.map((e) => e.node.name)).toEqual(['k2', 'k3']);
  });
});

describe('locales', () => {
  it('registers with one of the tenant\'s languages, and refuses one it does not offer', async () => {
    const englishOnly = await newTenant(server, platform, { locales: ['en'] });
    const { registerPlayer } = await englishOnly.public.RegisterPlayer({ input: { email: 'tr@x.test', password: PASSWORD, displayName: 'x', locale: 'TR' } });
    expect(expectType(registerPlayer, 'LocaleNotOfferedError')).toMatchObject({ code: 'LOCALE_NOT_OFFERED', offered: ['EN'] });
    const ok = await tenant.public.RegisterPlayer({ input: { email: 'tr@x.test', password: PASSWORD, displayName: 'x', locale: 'TR' } });
    expect(expectType(ok.registerPlayer, 'RegisterPlayerPayload').player.locale).toBe('TR');
  });

  it('staff sign-in names the staff user', async () => {
    const support = await newStaff(server, platform, tenant.slug, ['SUPPORT']);
    const { staffLogin } = await server.sdk().StaffLogin({ input: { email: support.email, password: PASSWORD, tenant: tenant.slug } });
    expect(expectType(staffLogin, 'StaffLoginPayload').staffUser).toEqual({ id: support.id, email: support.email });
  });
});
