import { z } from 'zod';
import { isCurrency } from '../../src/money.js';

/**
 * A bonus template's terms: what staff set, validated here, stored as `bonus_template.terms`
 * and frozen into every grant (`bonus_grant.terms`). Amounts are minor units as decimal strings.
 */

export const BONUS_KINDS = ['DEPOSIT_MATCH', 'NO_DEPOSIT', 'FREE_BETS', 'CASHBACK'] as const;
export type BonusKind = (typeof BONUS_KINDS)[number];
/** One product per offer (UKGC): casino games through the seamless wallet are the product that takes bonus money today. */
export const BONUS_PRODUCTS = ['CASINO'] as const;
export type BonusProduct = (typeof BONUS_PRODUCTS)[number];
export const WAGERING_BASES = ['BONUS', 'BONUS_PLUS_DEPOSIT'] as const;
export type WageringBase = (typeof WAGERING_BASES)[number];
export const WEIGHT_SCOPES = ['GAME', 'CATEGORY', 'PRODUCT', 'DEFAULT'] as const;
export type WeightScope = (typeof WEIGHT_SCOPES)[number];
export const CASHBACK_PERIODS = ['DAY', 'WEEK', 'MONTH'] as const;
export type CashbackPeriod = (typeof CASHBACK_PERIODS)[number];
export const FREE_BET_WINS_TO = ['BONUS', 'CASH'] as const;

const amount = z.string().regex(/^[1-9][0-9]{0,17}$/, 'must be a positive whole number of minor units, as a string');
const currencyCode = z.string().refine(isCurrency, 'must be an ISO 4217 code');
const country = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code');
const tag = z.string().min(1).max(40);

/** The amounts of one currency the template is offered in. */
export const currencyTermsSchema = z.object({
  /** NO_DEPOSIT: the bonus granted. */
  amount: amount.nullish(),
  /** DEPOSIT_MATCH: the largest bonus (the cap of the match). CASHBACK: the largest cashback per period. */
  maxBonus: amount.nullish(),
  /** DEPOSIT_MATCH: the smallest deposit that qualifies. */
  minDeposit: amount.nullish(),
  /** The largest stake of one bet while the grant is active; null: no limit. */
  maxBet: amount.nullish(),
  /** FREE_BETS: the stake of each free bet. */
  freeBetStake: amount.nullish(),
});
export type CurrencyTerms = z.output<typeof currencyTermsSchema>;

export const gameWeightSchema = z.object({
  scope: z.enum(WEIGHT_SCOPES),
  /** The game's code (GAME), category (CATEGORY: SLOTS, TABLE, ...) or product (PRODUCT); none for DEFAULT. */
  key: z.string().min(1).max(200).nullish(),
  /** How much of a stake counts toward wagering, 0 to 100. */
  percent: z.number().int().min(0).max(100),
});
export type GameWeight = z.output<typeof gameWeightSchema>;

export const termsSchema = z.object({
  kind: z.enum(BONUS_KINDS),
  product: z.enum(BONUS_PRODUCTS).default('CASINO'),
  currencies: z.record(currencyCode, currencyTermsSchema).refine((r) => Object.keys(r).length > 0 && Object.keys(r).length <= 50, 'must name 1 to 50 currencies'),
  /** DEPOSIT_MATCH: bonus = deposit × matchPercent / 100, capped at maxBonus. */
  matchPercent: z.number().int().min(1).max(1000).nullish(),
  /** CASHBACK: bonus = net losses of the period × cashbackPercent / 100, capped at maxBonus. */
  cashbackPercent: z.number().int().min(1).max(100).nullish(),
  cashbackPeriod: z.enum(CASHBACK_PERIODS).nullish(),
  /** FREE_BETS: how many, for which games (codes of the tenant's catalogue), and where their wins go. */
  freeBets: z
    .object({
      count: z.number().int().min(1).max(1000),
      games: z.array(z.string().min(1).max(200)).min(1).max(100),
      winsTo: z.enum(FREE_BET_WINS_TO),
      /**
       * The game aggregator (a seamless provider's code) that awards the free bets through its
       * operator API (Hub88's Freebets API); its reward id is what the callbacks carry. Absent: the
       * reward id is the platform's own, handed to the aggregator by other means.
       */
      provider: z.string().min(1).max(40).nullish(),
      /** Hub88: the prepaid (reward template) to award, when the game's supplier needs one. */
      prepaidUuid: z.string().uuid().nullish(),
    })
    .nullish(),
  wagering: z.object({
    /** The requirement is multiplier × base; 0 means wager-free. */
    multiplier: z.number().int().min(0).max(1000),
    base: z.enum(WAGERING_BASES).default('BONUS'),
  }),
  gameWeights: z.array(gameWeightSchema).max(500).default([]),
  /** At most this multiple of the granted amount converts to cash; null: no cap. */
  maxConversionMultiple: z.number().int().min(1).max(1000).nullish(),
  /** How long a grant lasts, from the moment it is granted. */
  validityHours: z.number().int().min(1).max(24 * 366),
  eligibility: z
    .object({
      /** Countries the player must be registered in (player.country); empty: no condition. */
      countries: z.array(country).max(250).default([]),
      /** The player must carry at least one of these tags; empty: no condition. */
      tags: z.array(tag).max(50).default([]),
      /** A player carrying any of these tags is not eligible. */
      excludedTags: z.array(tag).max(50).default([]),
    })
    .default({ countries: [], tags: [], excludedTags: [] }),
});
export type Terms = z.output<typeof termsSchema>;
export type TermsInput = z.input<typeof termsSchema>;

/** Frozen weights as a grant keeps them and SQL reads them: `game:<code>`, `category:<C>`, `product:<P>`, `default`. */
export type FrozenWeights = Record<string, number>;

export function frozenWeights(weights: readonly GameWeight[]): FrozenWeights {
  const frozen: FrozenWeights = {};
  for (const w of weights) {
    const key = w.scope === 'DEFAULT' ? 'default' : `${w.scope.toLowerCase()}:${w.key}`;
    frozen[key] = w.percent;
  }
  return frozen;
}

/**
 * The percent of a stake on a game that counts toward wagering: the game's row, else its
 * category's, else its product's, else the default row; no row at all counts 0, never 100.
 * (SQL `bonus_weight` applies the same rule in the bet's transaction.)
 */
export function weightFor(weights: FrozenWeights, game: string, category: string | null, product: string): number {
  return weights[`game:${game}`] ?? (category ? weights[`category:${category}`] : undefined) ?? weights[`product:${product}`] ?? weights['default'] ?? 0;
}

/** The wagering a stake adds: trunc(stake × pct / 100). */
export function weightedStake(stake: bigint, percent: number): bigint {
  return (stake * BigInt(percent)) / 100n;
}
