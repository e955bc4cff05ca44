import { describe, expect, it } from 'vitest';
import { cashbackKey, closedPeriods, periodContaining } from '../../modules/bonus/bonus.cashback.js';

describe('cashback periods (UTC)', () => {
  it('days, ISO weeks from Monday, and calendar months; the latest closed first', () => {
    const at = new Date('2026-03-04T15:30:00Z'); // a Wednesday
    expect(periodContaining('DAY', at)).toEqual({ start: new Date('2026-03-04T00:00:00Z'), end: new Date('2026-03-05T00:00:00Z') });
    expect(periodContaining('WEEK', at)).toEqual({ start: new Date('2026-03-02T00:00:00Z'), end: new Date('2026-03-09T00:00:00Z') });
    expect(periodContaining('MONTH', at)).toEqual({ start: new Date('2026-03-01T00:00:00Z'), end: new Date('2026-04-01T00:00:00Z') });
    expect(closedPeriods('MONTH', at, 2)).toEqual([
      { start: new Date('2026-02-01T00:00:00Z'), end: new Date('2026-03-01T00:00:00Z') },
      { start: new Date('2026-01-01T00:00:00Z'), end: new Date('2026-02-01T00:00:00Z') },
    ]);
    expect(closedPeriods('WEEK', new Date('2026-03-01T23:59:59Z'), 1)).toEqual([{ start: new Date('2026-02-16T00:00:00Z'), end: new Date('2026-02-23T00:00:00Z') }]);
    expect(closedPeriods('DAY', new Date('2026-01-01T00:00:00Z'), 1)).toEqual([{ start: new Date('2025-12-31T00:00:00Z'), end: new Date('2026-01-01T00:00:00Z') }]);
  });
});

describe('cashback keys', () => {
  it('name the template, player, currency and period start', () => {
    expect(cashbackKey('t', 'p', 'EUR', new Date('2026-03-02T00:00:00Z'))).toBe('cashback:t:p:EUR:2026-03-02T00:00:00.000Z');
  });
});
