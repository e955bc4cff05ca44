import { describe, expect, it } from 'vitest';
import { formatDecimal, isCalendarDate } from '../../src/money.js';
import { keysetPage, type KeysetWindow } from '../../src/graphql/pagination.js';
import { localIdOf, globalIdOf } from '../../src/graphql/ids.js';
import { InvalidIdError, ValidationError } from '../../src/errors.js';

describe('Money.decimal', () => {
  it('writes minor units by the currency exponent, exactly', () => {
    expect(formatDecimal(1250n, 'EUR')).toBe('12.50');
    expect(formatDecimal('1250', 'TRY')).toBe('12.50');
    expect(formatDecimal(1250n, 'JPY')).toBe('1250');
    expect(formatDecimal(1250n, 'KWD')).toBe('1.250');
    expect(formatDecimal(5n, 'EUR')).toBe('0.05');
    expect(formatDecimal(-5n, 'EUR')).toBe('-0.05');
    expect(formatDecimal(0n, 'KWD')).toBe('0.000');
    expect(formatDecimal(9223372036854775807n, 'EUR')).toBe('92233720368547758.07');
  });
});

describe('Date', () => {
  it('takes real calendar days only', () => {
    expect(isCalendarDate('2026-12-06')).toBe(true);
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('2026-12-6')).toBe(false);
    expect(isCalendarDate('2026-12-06T00:00:00Z')).toBe(false);
  });
});

describe('global id arguments', () => {
  const uuid = '0193a4b2-7c1d-7e2f-8a3b-4c5d6e7f8091';
  it('decodes a global id of the expected type', () => {
    expect(localIdOf(globalIdOf('Player', uuid), 'Player', ['input', 'playerId'])).toBe(uuid);
    expect(localIdOf(globalIdOf('Payment', uuid), ['Player', 'Payment'], ['id'])).toBe(uuid);
  });
  it('refuses a raw uuid, garbage, or another type\'s id, naming the expected type and path', () => {
    for (const value of [uuid, 'garbage', '', globalIdOf('Payment', uuid), globalIdOf('Player', 'not-a-uuid')]) {
      let thrown: unknown;
      try {
        localIdOf(value, 'Player', ['input', 'playerId']);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(InvalidIdError);
      expect(thrown).toMatchObject({ code: 'INVALID_ID', expectedType: 'Player', path: ['input', 'playerId'] });
    }
  });
});

describe('keysetPage', () => {
  // A listing of 1..25 in ascending order, keyed by the number itself.
  const listing = Array.from({ length: 25 }, (_, i) => i + 1);
  const fetch = async (w: KeysetWindow) => {
    const inWindow = listing.filter((n) => (w.after === undefined || n > Number(w.after)) && (w.before === undefined || n < Number(w.before)));
    return (w.backward ? [...inWindow].reverse() : inWindow).slice(0, w.limit);
  };
  const page = (args: Parameters<typeof keysetPage>[0]) => keysetPage<number>(args, { keyOf: String, fetch, count: async () => listing.length });

  it('pages forward and backward over the same rows, in listing order', async () => {
    const first = await page({ first: 10 });
    expect(first.edges.map((e) => e.node)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });

    const last = await page({ last: 10 });
    expect(last.edges.map((e) => e.node)).toEqual([16, 17, 18, 19, 20, 21, 22, 23, 24, 25]);
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });

    const beforeThat = await page({ last: 10, before: last.pageInfo.startCursor });
    expect(beforeThat.edges.map((e) => e.node)).toEqual([6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
    expect(beforeThat.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });

    const start = await page({ last: 10, before: beforeThat.pageInfo.startCursor });
    expect(start.edges.map((e) => e.node)).toEqual([1, 2, 3, 4, 5]);
    expect(start.pageInfo.hasPreviousPage).toBe(false);
    expect(await start.totalCount!()).toBe(25);
  });

  it('refuses first with last, sizes out of range, and foreign cursors', async () => {
    await expect(page({ first: 5, last: 5 })).rejects.toBeInstanceOf(ValidationError);
    await expect(page({ last: 0 })).rejects.toBeInstanceOf(ValidationError);
    await expect(page({ first: 101 })).rejects.toBeInstanceOf(ValidationError);
    const cursor = (await keysetPage<number>({ first: 1 }, { keyOf: String, fetch, filters: { status: 'A' } })).pageInfo.endCursor!;
    await expect(page({ last: 5, before: cursor })).rejects.toThrow(/other filters/);
  });
});
