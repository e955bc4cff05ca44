import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { isAllowedOrigin, type OriginPolicy } from '../../src/cors.js';

const policy = (production: boolean, configured: string[] = []): OriginPolicy => ({
  production,
  configured: new Set(configured),
  isTenantDomain: async (host) => host === 'play.casino.example',
});

describe('isAllowedOrigin', () => {
  it('allows a tenant domain over https, on any port, in every environment', async () => {
    for (const production of [false, true]) {
      expect(await isAllowedOrigin('https://play.casino.example', policy(production))).toBe(true);
      expect(await isAllowedOrigin('https://play.casino.example:8443', policy(production))).toBe(true);
    }
  });

  it('allows a tenant domain over http only outside production', async () => {
    expect(await isAllowedOrigin('http://play.casino.example', policy(false))).toBe(true);
    expect(await isAllowedOrigin('http://play.casino.example', policy(true))).toBe(false);
  });

  it('allows the configured origins exactly (scheme, host and port), in production too', async () => {
    const configured = policy(true, ['http://localhost:5173']);
    expect(await isAllowedOrigin('http://localhost:5173', configured)).toBe(true);
    expect(await isAllowedOrigin('http://localhost:5174', configured)).toBe(false);
    expect(await isAllowedOrigin('https://localhost:5173', configured)).toBe(false);
  });

  it('refuses other hosts, sub-domains, opaque and malformed origins', async () => {
    for (const origin of [undefined, '', 'null', 'evil', 'https://evil.example', 'https://x.play.casino.example', 'https://play.casino.example/path', 'ftp://play.casino.example']) {
      expect(await isAllowedOrigin(origin, policy(false)), String(origin)).toBe(false);
    }
  });
});

describe('CORS_ALLOWED_ORIGINS', () => {
  it('is a comma list of origins, normalised as browsers send them', () => {
    expect(loadConfig({}).corsAllowedOrigins).toEqual([]);
    expect(loadConfig({ CORS_ALLOWED_ORIGINS: 'https://Console.Example.com/ , http://localhost:5173,' }).corsAllowedOrigins).toEqual([
      'https://console.example.com',
      'http://localhost:5173',
    ]);
  });

  it('refuses anything that is not an origin', () => {
    for (const value of ['*', 'console.example.com', 'https://example.com/app', 'wss://example.com', 'https://user@example.com']) {
      expect(() => loadConfig({ CORS_ALLOWED_ORIGINS: value }), value).toThrow(/CORS_ALLOWED_ORIGINS/);
    }
  });
});
