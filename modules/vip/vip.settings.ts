import { z } from 'zod';
import type { TenantTx } from '../../src/context.js';
import { GAME_CATEGORIES, type GameCategory } from '../games/index.js';

/**
 * A tenant's VIP rules (table `vip_settings`, docs/vip.md "Settings"). A tenant without a row has
 * no VIP programme: nothing accrues and `vipStatus` says so.
 */
/** The checks a designated high-value tier needs, each approved and unexpired (UKGC high-value customer guidance). */
export const CHECK_KINDS = ['IDENTITY', 'AFFORDABILITY', 'SAFER_GAMBLING_REVIEW'] as const;
export type CheckKind = (typeof CHECK_KINDS)[number];

export const DOWNGRADE_POLICIES = ['ONE_TIER', 'TO_EARNED'] as const;
export type DowngradePolicy = (typeof DOWNGRADE_POLICIES)[number];

export interface GameWeights {
  /** Percent per game code (the catalogue's external id), then per category, then the default. */
  games: Record<string, number>;
  categories: Partial<Record<GameCategory, number>>;
  default: number;
}

export interface BonusRedemption {
  templateId: string;
  /** Points (hundredths) the bonus costs. */
  points: bigint;
}

export interface VipSettings {
  enabled: boolean;
  /** Per currency: minor units of real-money stake that earn one point at weight 100% and rate 1x. */
  earnRates: Record<string, bigint>;
  /** Per currency: minor units of poker rake paid that earn one point at rate 1x. */
  rakeRates: Record<string, bigint>;
  gameWeights: GameWeights;
  /** Tier thresholds count points earned in the last `windowDays` days (UTC days, today included). */
  windowDays: number;
  /** A player's tier is reviewed for a downgrade every `reviewDays` days from when they reached it. */
  reviewDays: number;
  /** A review that finds the player below their tier waits this many days before it downgrades. */
  graceDays: number;
  downgradePolicy: DowngradePolicy;
  /** Points expire this many days after the day they were earned (null: never). */
  expiryDays: number | null;
  /** Per currency: minor units paid per point redeemed for cash (absent: no cash redemption in it). */
  cashRedemption: Record<string, bigint>;
  bonusRedemptions: BonusRedemption[];
  /** Players younger than this (or of unknown birth date) are not admitted to tiers above the lowest. */
  minAge: number | null;
  checkValidityDays: number;
  version: number;
}

interface SettingsRow {
  enabled: boolean;
  earn_rates: Record<string, string>;
  rake_rates: Record<string, string>;
  game_weights: GameWeights;
  window_days: number;
  review_days: number;
  grace_days: number;
  downgrade_policy: DowngradePolicy;
  expiry_days: number | null;
  cash_redemption: Record<string, string>;
  bonus_redemptions: { templateId: string; points: string }[];
  min_age: number | null;
  check_validity_days: number;
  version: number;
}

const bigints = (record: Record<string, string>): Record<string, bigint> => Object.fromEntries(Object.entries(record).map(([k, v]) => [k, BigInt(v)]));

export function settingsFromRow(row: SettingsRow): VipSettings {
  return {
    enabled: row.enabled,
    earnRates: bigints(row.earn_rates),
    rakeRates: bigints(row.rake_rates),
    gameWeights: row.game_weights,
    windowDays: row.window_days,
    reviewDays: row.review_days,
    graceDays: row.grace_days,
    downgradePolicy: row.downgrade_policy,
    expiryDays: row.expiry_days,
    cashRedemption: bigints(row.cash_redemption),
    bonusRedemptions: row.bonus_redemptions.map((r) => ({ templateId: r.templateId, points: BigInt(r.points) })),
    minAge: row.min_age,
    checkValidityDays: row.check_validity_days,
    version: row.version,
  };
}

/** The tenant's VIP settings, or null when it has no VIP programme. */
export async function vipSettingsInTx(tx: TenantTx): Promise<VipSettings | null> {
  const [row] = await tx.em.execute<SettingsRow[]>(`select * from vip_settings where tenant_id = ?`, [tx.tenantId]);
  return row ? settingsFromRow(row) : null;
}

/** The weight (percent) of a game: by code, else by its category, else the default. */
export function weightOf(weights: GameWeights, gameCode: string | null, category: GameCategory | null): number {
  if (gameCode !== null && weights.games[gameCode] !== undefined) return weights.games[gameCode]!;
  if (category !== null && weights.categories[category] !== undefined) return weights.categories[category]!;
  return weights.default;
}

const percent = z.number().int().min(0).max(1000);
const perPoint = z.string().regex(/^[1-9][0-9]{0,15}$/, 'must be a positive whole number of minor units');

/** What staff may set (the GraphQL input, after ids are decoded); absent fields keep their value. */
export const settingsInput = z.object({
  enabled: z.boolean().optional(),
  earnRates: z.record(z.string().regex(/^[A-Z]{3}$/), perPoint).optional(),
  rakeRates: z.record(z.string().regex(/^[A-Z]{3}$/), perPoint).optional(),
  gameWeights: z
    .object({
      games: z.record(z.string().min(1).max(100), percent),
      categories: z.partialRecord(z.enum(GAME_CATEGORIES), percent),
      default: percent,
    })
    .optional(),
  windowDays: z.number().int().min(1).max(730).optional(),
  reviewDays: z.number().int().min(1).max(730).optional(),
  graceDays: z.number().int().min(0).max(365).optional(),
  downgradePolicy: z.enum(DOWNGRADE_POLICIES).optional(),
  expiryDays: z.number().int().min(1).max(3650).nullable().optional(),
  cashRedemption: z.record(z.string().regex(/^[A-Z]{3}$/), perPoint).optional(),
  bonusRedemptions: z.array(z.object({ templateId: z.string().uuid(), points: perPoint })).max(50).optional(),
  minAge: z.number().int().min(18).max(99).nullable().optional(),
  checkValidityDays: z.number().int().min(1).max(3650).optional(),
});
export type SettingsInput = z.infer<typeof settingsInput>;

/**
 * Opens the tenant's place in the ledger feed at the feed's horizon (once; later calls keep it):
 * accrual counts bets from when the programme was set up, not the tenant's whole history.
 */
export async function startFeedCursorInTx(tx: TenantTx): Promise<void> {
  await tx.em.execute(`insert into vip_feed_cursor (tenant_id, last_xid) values (?, ledger_feed_horizon()) on conflict (tenant_id) do nothing`, [tx.tenantId]);
}
