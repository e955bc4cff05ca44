import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { DriverException } from '@mikro-orm/core';
import { outageErrorOf, outageReasonOf } from '../../src/db/outage.js';
import { NotFoundError, UnavailableError } from '../../src/errors.js';
import { clientCodeOf, formatError } from '../../src/graphql/format-error.js';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('database outage errors (src/db/outage.ts)', () => {
  it('reads lost or refused connections as DATABASE_UNREACHABLE', () => {
    for (const error of [
      withCode('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432'),
      withCode('57P01', 'terminating connection due to administrator command'),
      withCode('57P03', 'the database system is starting up'),
      withCode('08006'),
      withCode('53300', 'too many connections'),
      new Error('Connection terminated unexpectedly'),
      Object.assign(new Error('Knex: Timeout acquiring a connection. The pool is probably full.'), { name: 'KnexTimeoutError' }),
      new DriverException(withCode('ECONNREFUSED')),
    ]) {
      expect(outageReasonOf(error), error.message).toBe('DATABASE_UNREACHABLE');
    }
  });

  it('reads statement and lock timeouts as DATABASE_TIMEOUT, through wrappers', () => {
    expect(outageReasonOf(withCode('57014', 'canceling statement due to statement timeout'))).toBe('DATABASE_TIMEOUT');
    expect(outageReasonOf(new GraphQLError('wrapped', { originalError: withCode('55P03') }))).toBe('DATABASE_TIMEOUT');
    expect(outageReasonOf(new Error('outer', { cause: withCode('57014') }))).toBe('DATABASE_TIMEOUT');
  });

  it('leaves other errors alone: constraint violations, bugs, typed errors', () => {
    expect(outageErrorOf(withCode('23505', 'duplicate key'))).toBeUndefined();
    expect(outageErrorOf(new TypeError('x is undefined'))).toBeUndefined();
    expect(outageErrorOf(new NotFoundError('Player'))).toBeUndefined();
  });

  it('gives clients UNAVAILABLE with reason and retryAfter, never the driver message', () => {
    const raw = new GraphQLError('connect ECONNREFUSED 127.0.0.1:5432', { originalError: withCode('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432') });
    expect(clientCodeOf(raw)).toBe('UNAVAILABLE');
    const reported: unknown[] = [];
    const formatted = formatError(raw.toJSON(), raw, (error) => reported.push(error));
    expect(formatted.extensions).toMatchObject({ code: 'UNAVAILABLE', reason: 'DATABASE_UNREACHABLE', retryAfter: 1 });
    expect(formatted.message).toBe(new UnavailableError('DATABASE_UNREACHABLE').text.en);
    expect(reported).toEqual([]);
  });

  it('carries 503 and Retry-After as a top-level GraphQL error', () => {
    const error = new UnavailableError('DATABASE_TIMEOUT').toGraphQLError('tr');
    const http = error.extensions['http'] as { status: number; headers: Map<string, string> };
    expect(http.status).toBe(503);
    expect(http.headers.get('retry-after')).toBe('1');
    expect(error.message).toMatch(/Veritabanı/);
  });
});
