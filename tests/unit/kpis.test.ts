/** KPI definitions (docs/kpis.md): what each ledger code adds, retention windows, periods, days in a zone. */
import { describe, expect, it } from 'vitest';
import { effectOf } from '../../modules/kpis/kpis.figures.js';
import { periodsOf } from '../../modules/kpis/kpis.queries.js';
import { localDay, retentionOf } from '../../modules/kpis/kpis.time.js';
import type { FeedRow } from '../../modules/wallet/index.js';

const P = '01a22627-870d-702e-a2df-437036a8426e';
const Q = '01a22627-870d-702e-a2df-437036a8426f';
const row = (code: string, legs: FeedRow['playerLegs'], metadata: Record<string, unknown> = {}): FeedRow => ({
  cursor: { xid: '1', id: P },
  id: P,
  code,
  reference: null,
  metadata,
  reversesId: null,
  createdBy: 'PROVIDER:hub88',
  createdAt: new Date('2026-12-06T12:00:00Z'),
  playerLegs: legs,
});
const leg = (kind: 'CASH' | 'BONUS', amount: bigint, currency = 'EUR', playerId = P) => ({ playerId, currency, kind, amount });

describe('what each code adds', () => {
  it('a bet paid from cash and bonus: both stakes, one round, one active player', () => {
    expect(effectOf(row('BET', [leg('CASH', -300n), leg('BONUS', -200n)]))).toEqual({
      sums: [
        { currency: 'EUR', column: 'casino_real_stakes', amount: 300n },
        { currency: 'EUR', column: 'casino_bonus_stakes', amount: 200n },
        { currency: 'EUR', column: 'casino_bets', amount: 1n },
      ],
      active: [
        { playerId: P, currency: 'EUR', product: 'CASINO' },
        { playerId: P, currency: 'EUR', product: 'CASINO' },
      ],
      deposits: [],
    });
  });

  it('a rollback takes its stakes and its round back, and makes no one active', () => {
    const effect = effectOf(row('BET_ROLLBACK', [leg('CASH', 300n)]));
    expect(effect.sums).toEqual([
      { currency: 'EUR', column: 'casino_real_stakes', amount: -300n },
      { currency: 'EUR', column: 'casino_bets', amount: -1n },
    ]);
    expect(effect.active).toEqual([]);
  });

  it('wins to cash and to bonus money are told apart', () => {
    expect(effectOf(row('WIN', [leg('CASH', 50n), leg('BONUS', 7n)])).sums).toEqual([
      { currency: 'EUR', column: 'casino_real_wins', amount: 50n },
      { currency: 'EUR', column: 'casino_bonus_wins', amount: 7n },
    ]);
  });

  it('rake is the hand\'s split, in the table\'s currency; a key that is no player id makes no one active', () => {
    const effect = effectOf(row('POKER_RAKE', [], { currency: 'USD', rakeShares: { [P]: '4', [Q]: '3', junk: '3', bad: 'x' } }));
    expect(effect.sums).toEqual([
      { currency: 'USD', column: 'poker_rake', amount: 10n },
      { currency: 'USD', column: 'poker_hands', amount: 1n },
    ]);
    expect(effect.active.map((a) => a.playerId)).toEqual([P, Q]);
    expect(effectOf(row('POKER_RAKE', [], { rakeShares: { [P]: '4' } })).sums).toEqual([]); // no currency: nothing
  });

  it('deposits, withdrawals and bonus conversions', () => {
    expect(effectOf(row('DEPOSIT', [leg('CASH', 1000n)]))).toEqual({
      sums: [
        { currency: 'EUR', column: 'deposit_amount', amount: 1000n },
        { currency: 'EUR', column: 'deposit_count', amount: 1n },
      ],
      active: [],
      deposits: [{ playerId: P, currency: 'EUR', amount: 1000n }],
    });
    expect(effectOf(row('WITHDRAWAL', [leg('CASH', -400n)])).sums).toEqual([
      { currency: 'EUR', column: 'withdrawal_amount', amount: 400n },
      { currency: 'EUR', column: 'withdrawal_count', amount: 1n },
    ]);
    expect(effectOf(row('BONUS_CONVERSION', [leg('BONUS', -90n), leg('CASH', 60n)])).sums).toEqual([{ currency: 'EUR', column: 'bonus_cost', amount: 60n }]);
  });

  it('a poker buy-in makes its player active on poker, and moves no figure', () => {
    expect(effectOf(row('POKER_BUY_IN', [leg('CASH', -500n)]))).toEqual({ sums: [], active: [{ playerId: P, currency: 'EUR', product: 'POKER' }], deposits: [] });
  });
});

describe('retention windows', () => {
  const zero = new Date('2026-12-01T22:00:00Z');
  it('rolling: hours [24N, 24N + 24) after the event', () => {
    expect(retentionOf(zero, new Date('2026-12-02T21:59:59Z'), 'UTC').rolling).toBeNull(); // hour 23
    expect(retentionOf(zero, new Date('2026-12-02T22:00:00Z'), 'UTC').rolling).toBe(1); // hour 24
    expect(retentionOf(zero, new Date('2026-12-03T21:59:59Z'), 'UTC').rolling).toBe(1); // hour 47
    expect(retentionOf(zero, new Date('2026-12-03T22:00:00Z'), 'UTC').rolling).toBeNull(); // hour 48
    expect(retentionOf(zero, new Date('2026-12-08T23:00:00Z'), 'UTC').rolling).toBe(7);
    expect(retentionOf(zero, new Date('2026-12-31T22:00:00Z'), 'UTC').rolling).toBe(30);
  });
  it('calendar: the N-th day after the event\'s day, in the tenant\'s zone', () => {
    // 22:00 UTC on Dec 1 is Dec 2 01:00 in Istanbul (UTC+3).
    expect(retentionOf(zero, new Date('2026-12-02T01:00:00Z'), 'UTC').calendar).toBe(1);
    expect(retentionOf(zero, new Date('2026-12-02T01:00:00Z'), 'Europe/Istanbul').calendar).toBeNull(); // same local day
    expect(retentionOf(zero, new Date('2026-12-02T21:30:00Z'), 'Europe/Istanbul').calendar).toBe(1); // Dec 3 00:30 local
  });
});

describe('days and periods', () => {
  it('a day is the tenant\'s', () => {
    expect(localDay(new Date('2026-12-06T22:30:00Z'), 'UTC')).toBe('2026-12-06');
    expect(localDay(new Date('2026-12-06T22:30:00Z'), 'Europe/Istanbul')).toBe('2026-12-07');
    expect(localDay(new Date('2026-12-06T09:30:00Z'), 'America/New_York')).toBe('2026-12-06');
  });
  it('MONTH periods are whole months; ranges are bounded', () => {
    expect(periodsOf('2026-01-15', '2026-03-02', 'MONTH')).toEqual([
      { start: '2026-01-01', end: '2026-01-31' },
      { start: '2026-02-01', end: '2026-02-28' },
      { start: '2026-03-01', end: '2026-03-31' },
    ]);
    expect(periodsOf('2026-02-27', '2026-03-01', 'DAY').map((p) => p.start)).toEqual(['2026-02-27', '2026-02-28', '2026-03-01']);
    expect(() => periodsOf('2026-01-02', '2026-01-01', 'DAY')).toThrow(/must not be before from/);
    expect(periodsOf('2025-01-01', '2026-01-01', 'DAY')).toHaveLength(366);
    expect(() => periodsOf('2024-12-31', '2026-01-01', 'DAY')).toThrow(/at most 366 days/);
    expect(periodsOf('2025-01-01', '2025-12-31', 'DAY')).toHaveLength(365);
    expect(() => periodsOf('2020-01-01', '2026-01-01', 'MONTH')).toThrow(/at most 36 months/);
  });
});
