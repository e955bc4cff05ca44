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

  it('bounds database connections and provider calls (docs/operations.md, Faults)', () => {
    expect(loadConfig({}).databaseTimeouts).toEqual({ statementMs: 5000, connectMs: 3000, acquireMs: 10_000 });
    expect(loadConfig({}).paymentsProviderTimeoutMs).toBe(15_000);
    const set = loadConfig({ DATABASE_STATEMENT_TIMEOUT_MS: '0', DATABASE_CONNECT_TIMEOUT_MS: '500', DATABASE_ACQUIRE_TIMEOUT_MS: '1500', PAYMENTS_PROVIDER_TIMEOUT_MS: '2000' });
    expect(set.databaseTimeouts).toEqual({ statementMs: 0, connectMs: 500, acquireMs: 1500 });
    expect(set.paymentsProviderTimeoutMs).toBe(2000);
    expect(() => loadConfig({ DATABASE_CONNECT_TIMEOUT_MS: '10' })).toThrow(/DATABASE_CONNECT_TIMEOUT_MS/);
    expect(() => loadConfig({ DATABASE_STATEMENT_TIMEOUT_MS: '-1' })).toThrow(/DATABASE_STATEMENT_TIMEOUT_MS/);
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

  it('reports every invalid or missing setting at once, one line per variable', () => {
    let error: unknown;
    try {
      loadConfig({ NODE_ENV: 'production', PORT: 'eighty', REDIS_URL: 'http://x', JWT_SECRET: 'short', OUTBOX_POLL_MS: '1' });
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const { problems, message } = error as ConfigError;
    expect(problems.map((p) => p.variable).sort()).toEqual(
      [
        'AUDIT_SIGNING_KEY',
        'DATABASE_APP_PASSWORD',
        'DATABASE_URL',
        'JWT_SECRET',
        'OUTBOX_POLL_MS',
        'PORT',
        'REDIS_URL',
        'SECRETS_ENCRYPTION_KEY',
        'SMTP_HOST',
        'EMAIL_FROM',
        'PASSWORD_RESET_URL',
        'STAFF_PASSWORD_RESET_URL',
      ].sort(),
    );
    const lines = message.split('\n');
    expect(lines[0]).toBe('Invalid configuration (12 settings):');
    expect(lines).toHaveLength(1 + 12);
    expect(lines).toContain('  PORT: must be a number');
    expect(lines).toContain('  JWT_SECRET: must be at least 32 characters');
    expect(lines).toContain('  DATABASE_URL: is required in production');
    expect(lines).toContain('  DATABASE_APP_PASSWORD: is required in production (or DATABASE_APP_URL)');
    // A value is never echoed: it may be a secret.
    expect(message).not.toContain('short');
  });

  it('sends email through SMTP in production, and logs it elsewhere unless SMTP is set', () => {
    expect(loadConfig({}).email).toMatchObject({ sender: 'development', smtp: null });
    expect(loadConfig({ SMTP_HOST: 'mail.example', SMTP_PORT: '465' }).email).toMatchObject({ sender: 'smtp', smtp: { host: 'mail.example', port: 465, secure: true } });
    expect(() => loadConfig({ EMAIL_SENDER: 'smtp' })).toThrow(/SMTP_HOST: is required when EMAIL_SENDER is smtp/);
    expect(() => loadConfig({ PASSWORD_RESET_URL: 'ftp://x' })).toThrow(/PASSWORD_RESET_URL/);
    let error: unknown;
    try {
      loadConfig({ NODE_ENV: 'production', EMAIL_SENDER: 'development' });
    } catch (thrown) {
      error = thrown;
    }
    expect((error as ConfigError).problems).toContainEqual({
      variable: 'EMAIL_SENDER',
      reason: 'cannot be development in production: it writes messages, reset links included, to the log',
    });
  });

  it('derives the app role URL from the owner URL', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://owner:pw@db.example:5432/casino', DATABASE_APP_PASSWORD: 'app-secret-1' });
    expect(config.database.kind === 'external' && config.database.appUrl).toBe('postgres://croupier_app:app-secret-1@db.example:5432/casino');
    expect(appUrlFrom('postgres://o@h/d', undefined)).toBe('postgres://croupier_app@h/d');
  });
});
