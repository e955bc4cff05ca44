import { z } from 'zod';
import { isCurrency } from '../../src/money.js';
import type { Terms } from '../bonus/index.js';

/**
 * An offer's rules as staff set them, validated here and stored as `offer.eligibility` and
 * `offer.frequency`; and the one check of a player against them (offersFor and claimOffer
 * both use `ineligibilityOf`).
 */

export const PLACEMENT_PATTERN = /^[a-z0-9][a-z0-9-]{0,47}$/;
export const placementSchema = z.string().regex(PLACEMENT_PATTERN, 'must be a placement key: lower-case letters, digits and dashes, 1 to 48 characters');

const country = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code');
const tag = z.string().min(1).max(40);
const count = z.number().int().min(0).max(100_000);
const days = z.number().int().min(0).max(3650);

/**
 * Who may see and claim an offer; every empty list or absent bound is no condition.
 * VIP offers select by tier with the tag VIP keeps on each player, `vip:<tier key>` (docs/vip.md).
 */
export const eligibilitySchema = z
  .object({
    /** The currencies the offer is shown in (and the reward template must offer each). */
    currencies: z.array(z.string().refine(isCurrency, 'must be an ISO 4217 code')).max(50).default([]),
    countries: z.array(country).max(250).default([]),
    /** The player must carry at least one of these tags. */
    tags: z.array(tag).max(50).default([]),
    /** A player carrying any of these tags is not eligible. */
    excludedTags: z.array(tag).max(50).default([]),
    /** Confirmed deposits, at least / at most. */
    minDeposits: count.nullish(),
    maxDeposits: count.nullish(),
    /** Whole days since the last confirmed deposit; a player who never deposited meets neither bound. */
    minDaysSinceLastDeposit: days.nullish(),
    maxDaysSinceLastDeposit: days.nullish(),
  })
  .refine((e) => e.minDeposits == null || e.maxDeposits == null || e.minDeposits <= e.maxDeposits, { message: 'minDeposits must not exceed maxDeposits', path: ['minDeposits'] })
  .refine((e) => e.minDaysSinceLastDeposit == null || e.maxDaysSinceLastDeposit == null || e.minDaysSinceLastDeposit <= e.maxDaysSinceLastDeposit, {
    message: 'minDaysSinceLastDeposit must not exceed maxDaysSinceLastDeposit',
    path: ['minDaysSinceLastDeposit'],
  });
export type Eligibility = z.output<typeof eligibilitySchema>;

/** Per player: at most `impressions.max` showings per `impressions.windowHours`, and `maxClaims` claims in all. */
export const frequencySchema = z.object({
  impressions: z
    .object({
      max: z.number().int().min(1).max(10_000),
      windowHours: z.number().int().min(1).max(24 * 366),
    })
    .nullish(),
  maxClaims: z.number().int().min(1).max(10_000).default(1),
});
export type Frequency = z.output<typeof frequencySchema>;

export const EMPTY_ELIGIBILITY: Eligibility = eligibilitySchema.parse({});
export const DEFAULT_FREQUENCY: Frequency = frequencySchema.parse({});

/** Why an offer was not eligible for a player (kept in the decision's candidates). */
export const INELIGIBLE_REASONS = [
  'CURRENCY',
  'REWARD_CURRENCY',
  'REWARD_INACTIVE',
  'COUNTRY',
  'TAGS',
  'EXCLUDED_TAG',
  'TOO_FEW_DEPOSITS',
  'TOO_MANY_DEPOSITS',
  'DEPOSITED_TOO_RECENTLY',
  'NO_RECENT_DEPOSIT',
  'IMPRESSION_CAP',
  'CLAIM_CAP',
  'SUPPRESSED',
] as const;
export type IneligibleReason = (typeof INELIGIBLE_REASONS)[number];

/** Why a player is shown no offers at all (marketing suppression). */
export const SUPPRESSION_REASONS = ['BLOCKED', 'SELF_EXCLUDED', 'TIME_OUT', 'RG_FLAGGED'] as const;
export type SuppressionReason = (typeof SUPPRESSION_REASONS)[number];

/** What the check knows of the player. */
export interface PlayerFacts {
  country: string | null;
  tags: readonly string[];
  deposits: { count: number; lastAt: Date | null };
}

/** What the check knows of the offer's use by the player. */
export interface UseFacts {
  /** Showings inside the impression window (null: the offer has no impression cap). */
  impressions: number | null;
  claims: number;
}

const DAY_MS = 86_400_000;

/**
 * The first rule the player breaks for the offer in `currency`, or null when eligible. Order:
 * currency, reward, who the player is, deposits, then the frequency caps. `checkImpressions`
 * is false at claim time (a claim follows a showing; only the claim cap binds).
 */
export function ineligibilityOf(
  offer: { eligibility: Eligibility; frequency: Frequency },
  reward: { status: string; terms: Terms } | null,
  currency: string,
  player: PlayerFacts,
  use: UseFacts,
  options: { now: Date; checkImpressions: boolean },
): IneligibleReason | null {
  const e = offer.eligibility;
  if (e.currencies.length > 0 && !e.currencies.includes(currency)) return 'CURRENCY';
  if (!reward || reward.status !== 'ACTIVE') return 'REWARD_INACTIVE';
  if (!reward.terms.currencies[currency]) return 'REWARD_CURRENCY';
  if (e.countries.length > 0 && (!player.country || !e.countries.includes(player.country))) return 'COUNTRY';
  if (e.excludedTags.some((t) => player.tags.includes(t))) return 'EXCLUDED_TAG';
  if (e.tags.length > 0 && !e.tags.some((t) => player.tags.includes(t))) return 'TAGS';
  if (e.minDeposits != null && player.deposits.count < e.minDeposits) return 'TOO_FEW_DEPOSITS';
  if (e.maxDeposits != null && player.deposits.count > e.maxDeposits) return 'TOO_MANY_DEPOSITS';
  const lastAt = player.deposits.lastAt;
  const daysSince = lastAt ? Math.floor((options.now.getTime() - lastAt.getTime()) / DAY_MS) : null;
  if (e.minDaysSinceLastDeposit != null && (daysSince === null || daysSince < e.minDaysSinceLastDeposit)) return 'DEPOSITED_TOO_RECENTLY';
  if (e.maxDaysSinceLastDeposit != null && (daysSince === null || daysSince > e.maxDaysSinceLastDeposit)) return 'NO_RECENT_DEPOSIT';
  const f = offer.frequency;
  if (options.checkImpressions && f.impressions && use.impressions !== null && use.impressions >= f.impressions.max) return 'IMPRESSION_CAP';
  if (use.claims >= f.maxClaims) return 'CLAIM_CAP';
  return null;
}
