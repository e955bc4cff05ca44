import { describe, expect, it } from 'vitest';
import { appUrlFrom, ConfigError, loadConfig } from '../../src/config.js';

describe('config', () => {
  it('defaults to the embedded database and in-process events', () => {
    const config = loadConfig({});
    expect(config.database.kind).toBe('embedded');
    expect(config.redisUrl).toBeUndefined();
    expect(config.migrateOnStart).toBe(true);
    expect(config.seedDemo).toBe(true);
    expect(config.port).toBe(4000);
  });

  it('fails fast naming the bad variable', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ REDIS_URL: 'http://x' })).toThrow(/REDIS_URL/);
    expect(() => loadConfig({ JWT_SECRET: 'short' })).toThrow(/JWT_SECRET/);
  });

  it('requires real secrets in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://a@b/c' })).toThrow(/JWT_SECRET/);
  });

  it('derives the app role URL from the owner URL', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://owner:pw@db.example:5432/casino', DATABASE_APP_PASSWORD: 'app-secret-1' });
    expect(config.database.kind === 'external' && config.database.appUrl).toBe('postgres://croupier_app:app-secret-1@db.example:5432/casino');
    expect(appUrlFrom('postgres://o@h/d', undefined)).toBe('postgres://croupier_app@h/d');
  });
});
