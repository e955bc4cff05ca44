import type { FeedRow } from '../wallet/index.js';
import { isUuid } from '../../src/ids.js';
import { rakeSharesOf } from '../poker/index.js';

/**
 * What each ledger transaction adds to the KPIs (docs/kpis.md "Definitions"). One pure function
 * says it for the roll-ups; the reconciliation's ledger scan (kpis.scan.ts) says the same in SQL,
 * and a test holds the two equal on real play.
 */

/** The ledger codes the roll-ups read from the feed. */
export const KPI_FEED_CODES = ['BET', 'BET_ROLLBACK', 'WIN', 'POKER_RAKE', 'POKER_BUY_IN', 'DEPOSIT', 'WITHDRAWAL', 'BONUS_CONVERSION'] as const;

/** The summed figures of a day and currency (`kpi_day` columns). */
export const SUM_COLUMNS = [
  'casino_real_stakes',
  'casino_bonus_stakes',
  'casino_real_wins',
  'casino_bonus_wins',
  'casino_bets',
  'poker_rake',
  'poker_hands',
  'bonus_cost',
  'deposit_count',
  'deposit_amount',
  'withdrawal_count',
  'withdrawal_amount',
] as const;
export type SumColumn = (typeof SUM_COLUMNS)[number];

/** The counters of first deposits and active players, kept beside the sums. */
export const COUNT_COLUMNS = ['ftd_count', 'ftd_amount', 'active_players', 'casino_active', 'poker_active'] as const;
export type CountColumn = (typeof COUNT_COLUMNS)[number];

export type Product = 'CASINO' | 'POKER';

export interface RowEffect {
  /** Amounts added to the row's day, per currency and column. */
  sums: { currency: string; column: SumColumn; amount: bigint }[];
  /** Players the row makes active, on a product. */
  active: { playerId: string; currency: string; product: Product }[];
  /** A deposit credited to a player's cash (a first deposit when the player has none before it). */
  deposits: { playerId: string; currency: string; amount: bigint }[];
}

/** What one fed transaction adds. Amounts are the player's legs (minor units); rake is the hand's. */
export function effectOf(row: FeedRow): RowEffect {
  const effect: RowEffect = { sums: [], active: [], deposits: [] };
  const add = (currency: string, column: SumColumn, amount: bigint) => {
    if (amount !== 0n) effect.sums.push({ currency, column, amount });
  };
  const money = row.playerLegs.filter((l) => l.kind === 'CASH' || l.kind === 'BONUS');
  const cash = money.filter((l) => l.kind === 'CASH');
  const currencies = (legs: typeof money) => [...new Set(legs.map((l) => l.currency))];
  switch (row.code) {
    case 'BET':
    case 'BET_ROLLBACK': {
      // A bet's legs are negative (the stake leaves the player); a rollback's give it back.
      for (const l of money) add(l.currency, l.kind === 'CASH' ? 'casino_real_stakes' : 'casino_bonus_stakes', -l.amount);
      for (const currency of currencies(money)) add(currency, 'casino_bets', row.code === 'BET' ? 1n : -1n);
      if (row.code === 'BET') {
        for (const l of money) effect.active.push({ playerId: l.playerId, currency: l.currency, product: 'CASINO' });
      }
      break;
    }
    case 'WIN':
      for (const l of money) add(l.currency, l.kind === 'CASH' ? 'casino_real_wins' : 'casino_bonus_wins', l.amount);
      break;
    case 'POKER_RAKE': {
      const currency = typeof row.metadata.currency === 'string' ? row.metadata.currency : null;
      if (currency === null) break;
      const shares = rakeSharesOf(row.metadata);
      add(currency, 'poker_rake', Object.values(shares).reduce((sum, share) => sum + share, 0n));
      add(currency, 'poker_hands', 1n);
      // Partners may post POKER_RAKE with any metadata: only a player id can make a player active.
      for (const playerId of Object.keys(shares)) if (isUuid(playerId)) effect.active.push({ playerId, currency, product: 'POKER' });
      break;
    }
    case 'POKER_BUY_IN':
      for (const l of cash) effect.active.push({ playerId: l.playerId, currency: l.currency, product: 'POKER' });
      break;
    case 'DEPOSIT': {
      const credits = cash.filter((l) => l.amount > 0n);
      for (const l of credits) {
        add(l.currency, 'deposit_amount', l.amount);
        effect.deposits.push({ playerId: l.playerId, currency: l.currency, amount: l.amount });
      }
      for (const currency of currencies(credits)) add(currency, 'deposit_count', 1n);
      break;
    }
    case 'WITHDRAWAL': {
      const debits = cash.filter((l) => l.amount < 0n);
      for (const l of debits) add(l.currency, 'withdrawal_amount', -l.amount);
      for (const currency of currencies(debits)) add(currency, 'withdrawal_count', 1n);
      break;
    }
    case 'BONUS_CONVERSION':
      for (const l of cash) if (l.amount > 0n) add(l.currency, 'bonus_cost', l.amount);
      break;
  }
  return effect;
}
