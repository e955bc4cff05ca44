import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { newPlayer, newStaff, newTenant, platformAdmin, type TestTenant } from '../helpers/world.js';
import { LOCALES } from '../../src/i18n.js';

/**
 * Turkish is complete, end to end: refusals, bad credentials and validation details in the
 * caller's language, Accept-Language weights honoured, and a player's stored locale used.
 * Raw requests rather than the SDK, so each case sets exactly the headers it means.
 */

let server: TestServer;
let platform: Sdk;
let tenant: TestTenant;

beforeAll(async () => {
  server = await startServer();
  platform = (await platformAdmin(server)).sdk;
  tenant = await newTenant(server, platform);
});
afterAll(() => server?.close());

interface GraphQLResponse {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

async function graphql(query: string, headers: Record<string, string>, variables: Record<string, unknown> = {}): Promise<GraphQLResponse> {
  const response = await fetch(server.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse;
}

/** The first error of a response that must have one. */
async function firstError(query: string, headers: Record<string, string>): Promise<{ code: string | undefined; message: string }> {
  const { errors } = await graphql(query, headers);
  expect(errors?.length, JSON.stringify(errors)).toBeGreaterThan(0);
  return { code: errors![0]!.extensions?.code, message: errors![0]!.message };
}

const TENANTS = '{ tenants(first: 1) { edges { cursor } } }';
const AUDIT = '{ auditEvents(first: 1) { edges { cursor } } }';

describe('refusals in the caller\'s language', () => {
  it('names the missing scope or permission in Turkish, with no English fragment', async () => {
    const support = await newStaff(server, platform, tenant.slug, ['SUPPORT']);
    const auth = { authorization: `Bearer ${support.token}` };

    const platformOnly = await firstError(TENANTS, { ...auth, 'accept-language': 'tr' });
    expect(platformOnly).toEqual({ code: 'FORBIDDEN', message: 'Yasak: platform personeli yetkisi gerekli.' });
    expect(await firstError(TENANTS, { ...auth, 'accept-language': 'en' })).toEqual({
      code: 'FORBIDDEN',
      message: 'Forbidden: requires platform staff access.',
    });

    expect(await firstError(AUDIT, { ...auth, 'accept-language': 'tr' })).toEqual({ code: 'FORBIDDEN', message: 'Yasak: audit:read izni gerekli.' });
  });

  it('says why a credential failed in Turkish', async () => {
    const turkish = { 'accept-language': 'tr', 'x-tenant': tenant.slug };
    expect(await firstError(TENANTS, { ...turkish, authorization: 'Bearer not-a-token' })).toEqual({
      code: 'UNAUTHENTICATED',
      message: 'Kimlik doğrulaması başarısız: erişim belirteci geçersiz.',
    });
    expect(await firstError(TENANTS, { ...turkish, authorization: 'Basic abc' })).toEqual({
      code: 'UNAUTHENTICATED',
      message: 'Kimlik doğrulaması başarısız: Authorization başlığı "Bearer <belirteç>" biçiminde değil.',
    });
    expect(await firstError(TENANTS, { ...turkish, 'x-api-key': 'nope' })).toEqual({
      code: 'UNAUTHENTICATED',
      message: 'Kimlik doğrulaması başarısız: API anahtarı geçersiz ya da iptal edilmiş.',
    });
    expect(await firstError(TENANTS, turkish)).toEqual({ code: 'UNAUTHENTICATED', message: 'Kimlik doğrulaması gerekli.' });
  });
});

describe('validation details', () => {
  const REGISTER = `mutation Register($input: RegisterPlayerInput!) {
    registerPlayer(input: $input) { __typename ... on ValidationError { message issues { path message } } }
  }`;
  const bad = { input: { email: 'not-an-email', password: 'short', displayName: '  ' } };

  it('are in Turkish for a Turkish caller: our own texts and zod\'s', async () => {
    const { data } = await graphql(REGISTER, { 'x-tenant': tenant.slug, 'accept-language': 'tr' }, bad);
    const result = data!['registerPlayer'] as { __typename: string; message: string; issues: Array<{ path: string[]; message: string }> };
    expect(result.__typename).toBe('ValidationError');
    expect(result.issues).toEqual([
      { path: ['input', 'email'], message: 'bir e-posta adresi olmalı' },
      { path: ['input', 'password'], message: 'en az 10 karakter olmalı' },
      { path: ['input', 'displayName'], message: 'en az 1 karakter olmalı' },
    ]);
    expect(result.message).toBe('Geçersiz giriş (input.email): bir e-posta adresi olmalı');
  });

  it('are in English for an English caller', async () => {
    const { data } = await graphql(REGISTER, { 'x-tenant': tenant.slug, 'accept-language': 'en' }, bad);
    const result = data!['registerPlayer'] as { issues: Array<{ path: string[]; message: string }> };
    expect(result.issues.map((i) => i.message)).toEqual([
      'must be an email address',
      'must be at least 10 characters',
      'Too small: expected string to have >=1 characters',
    ]);
  });
});

describe('Accept-Language', () => {
  it.each([
    ['tr;q=0.9, en;q=0.8', 'tr'],
    ['en;q=0.1, tr', 'tr'],
    ['tr-TR', 'tr'],
    ['en-US,en;q=0.9,tr;q=0.8', 'en'],
    ['en;q=0, *', 'tr'],
    ['*', 'en'], // the tenant's default
    ['de, fr', 'en'],
  ])('%j answers in %s', async (header, expected) => {
    const { message } = await firstError(TENANTS, { 'x-tenant': tenant.slug, 'accept-language': header });
    expect(message).toBe(expected === 'tr' ? 'Kimlik doğrulaması gerekli.' : 'Authentication required.');
  });

  it('picks only a language the tenant offers, and `*` picks its default', async () => {
    const englishOnly = await newTenant(server, platform, { locales: ['en'], defaultLocale: 'en' });
    const turkishFirst = await newTenant(server, platform, { locales: ['en', 'tr'], defaultLocale: 'tr' });
    expect((await firstError(TENANTS, { 'x-tenant': englishOnly.slug, 'accept-language': 'tr' })).message).toBe('Authentication required.');
    expect((await firstError(TENANTS, { 'x-tenant': turkishFirst.slug, 'accept-language': '*' })).message).toBe('Kimlik doğrulaması gerekli.');
    expect((await firstError(TENANTS, { 'x-tenant': turkishFirst.slug })).message).toBe('Kimlik doğrulaması gerekli.');
  });
});

describe('a player\'s own locale', () => {
  it('is the stored one, read on every request: a change applies to the next request of the same token', async () => {
    const player = await newPlayer(server, tenant);
    const auth = { authorization: `Bearer ${player.token}` };
    // Registered without a locale: the tenant's default (en), which outranks the header.
    expect((await firstError(TENANTS, { ...auth, 'accept-language': 'tr' })).message).toBe('Forbidden: requires platform staff access.');

    const client = new pg.Client({ connectionString: inject('databaseUrl') });
    await client.connect();
    try {
      const updated = await client.query(`update player set locale = 'tr' where email = $1`, [player.email]);
      expect(updated.rowCount).toBe(1);
      expect((await firstError(TENANTS, { ...auth, 'accept-language': 'en' })).message).toBe('Yasak: platform personeli yetkisi gerekli.');
      expect((await firstError(TENANTS, auth)).message).toBe('Yasak: platform personeli yetkisi gerekli.');

      await client.query(`update player set locale = 'en' where email = $1`, [player.email]);
      expect((await firstError(TENANTS, { ...auth, 'accept-language': 'tr' })).message).toBe('Forbidden: requires platform staff access.');
    } finally {
      await client.end();
    }
  });

  it('is set at registration, and stays within the tenant\'s locales', async () => {
    const REGISTER = `mutation Register($input: RegisterPlayerInput!) {
      registerPlayer(input: $input) { __typename ... on LocaleNotOfferedError { code message } }
    }`;
    const englishOnly = await newTenant(server, platform, { locales: ['en'], defaultLocale: 'en' });
    const { data } = await graphql(REGISTER, { 'x-tenant': englishOnly.slug, 'accept-language': 'tr' }, {
      input: { email: 'locale@player.test', password: 'correct-horse-battery', displayName: 'P', locale: 'TR' },
    });
    // The casino offers English only, so the refusal is in English whatever the caller asks for.
    expect(data!['registerPlayer']).toEqual({
      __typename: 'LocaleNotOfferedError',
      code: 'LOCALE_NOT_OFFERED',
      message: 'This casino does not offer the language "tr"; choose one of: en.',
    });
  });
});

describe('player-facing texts outside errors', () => {
  // Names that read the same in Turkish.
  const SAME_IN_TURKISH = new Set(['casino', 'poker']);

  it('the menu catalogue labels every entry in every locale', async () => {
    const client = new pg.Client({ connectionString: inject('databaseUrl') });
    await client.connect();
    try {
      const { rows } = await client.query<{ key: string; default_labels: Record<string, string> }>('select key, default_labels from menu_item order by key');
      expect(rows.length).toBeGreaterThan(0);
      for (const { key, default_labels: labels } of rows) {
        for (const locale of LOCALES) expect(labels[locale]?.trim(), `${key}: ${locale}`).toBeTruthy();
        if (!SAME_IN_TURKISH.has(key)) expect(labels['tr'], `${key}: tr is the English label`).not.toBe(labels['en']);
      }
    } finally {
      await client.end();
    }
  });
});
