/**
 * VIP tiers as staff keep them (table `vip_tier`, docs/vip.md "Tiers"): create, update and
 * archive, audited; the ladder as everyone of the tenant may read it.
 */
import { z } from 'zod';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { tenantTx, type Context, type TenantTx } from '../../src/context.js';
import { NotFoundError } from '../../src/errors.js';
import { isUuid, newId } from '../../src/ids.js';
import { parseInput } from '../../src/validation.js';
import { difference } from '../../src/audit/chain.js';
import { templatesByIdsInTx } from '../bonus/index.js';
import { formatPoints, parsePoints } from './vip.units.js';
import { VipRewardTemplateUnknownError, VipTierArchivedError, VipTierKeyTakenError, VipTierRankTakenError } from './vip.errors.js';

export interface TierRow {
  id: string;
  tenant_id: string;
  key: string;
  name: string;
  /** 0 is the entry tier; higher is better. */
  rank: number;
  /** Points (hundredths) earned in the window to reach it. */
  threshold: bigint;
  /** Basis points: 10000 = 1x. */
  point_rate_bp: number;
  monthly_reward_template_id: string | null;
  withdrawal_priority: boolean;
  personal_manager: boolean;
  high_value: boolean;
  archived_at: Date | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

type StoredTierRow = Omit<TierRow, 'threshold'> & { threshold: string };
const parsed = (row: StoredTierRow): TierRow => ({ ...row, threshold: BigInt(row.threshold) });

// ------------------------------------------------------------------ input

const threshold = z.string().transform((value, ctx) => {
  const points = parsePoints(value);
  if (points === null) {
    ctx.addIssue({ code: 'custom', message: 'must be a number of points with at most two decimals, as a string' });
    return z.NEVER;
  }
  return points;
});
const key = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'must be 1-40 lowercase letters, digits or dashes, starting with a letter or digit');
const name = z.string().trim().min(1).max(80);
const rank = z.number().int().min(0).max(100);
const pointRate = z.number().int().min(0).max(1_000_000);

const createInput = z.object({
  key,
  name,
  rank,
  threshold,
  pointRateBp: pointRate.default(10_000),
  monthlyRewardTemplateId: z.string().nullish(),
  withdrawalPriority: z.boolean().default(false),
  personalManager: z.boolean().default(false),
  highValue: z.boolean().default(false),
});
const updateInput = z.object({
  name: name.nullish(),
  rank: rank.nullish(),
  threshold: threshold.nullish(),
  pointRateBp: pointRate.nullish(),
  /** null clears it; absent keeps it. */
  monthlyRewardTemplateId: z.string().nullish(),
  withdrawalPriority: z.boolean().nullish(),
  personalManager: z.boolean().nullish(),
  highValue: z.boolean().nullish(),
});
export type CreateTierInput = z.input<typeof createInput>;
export type UpdateTierInput = z.input<typeof updateInput>;

function audited(t: TierRow): Record<string, unknown> {
  return {
    key: t.key,
    name: t.name,
    rank: t.rank,
    threshold: formatPoints(t.threshold),
    pointRateBp: t.point_rate_bp,
    monthlyRewardTemplate: t.monthly_reward_template_id,
    withdrawalPriority: t.withdrawal_priority,
    personalManager: t.personal_manager,
    highValue: t.high_value,
    archived: t.archived_at !== null,
  };
}

/** A unique violation as the typed error of the index it broke. */
function taken(tier: { key: string; rank: number }) {
  return (error: unknown): never => {
    if (error instanceof UniqueConstraintViolationException) {
      if (String(error.message).includes('vip_tier_rank_uq')) throw new VipTierRankTakenError(String(tier.rank));
      throw new VipTierKeyTakenError(tier.key);
    }
    throw error;
  };
}

async function checkTemplate(tx: TenantTx, templateId: string | null): Promise<void> {
  if (templateId === null) return;
  const [template] = await templatesByIdsInTx(tx, [templateId]);
  if (!template) throw new VipRewardTemplateUnknownError(templateId);
}

// ------------------------------------------------------------------ changes

/** Staff: a new tier; audited. */
export async function createTier(ctx: Context, input: CreateTierInput): Promise<TierRow> {
  const data = parseInput(createInput, input);
  return tenantTx(ctx, async (tx) => {
    await checkTemplate(tx, data.monthlyRewardTemplateId ?? null);
    const [row] = await tx.em
      .execute<StoredTierRow[]>(
        `insert into vip_tier (id, tenant_id, key, name, rank, threshold, point_rate_bp, monthly_reward_template_id, withdrawal_priority, personal_manager, high_value)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning *`,
        [newId(), tx.tenantId, data.key, data.name, data.rank, data.threshold.toString(), data.pointRateBp, data.monthlyRewardTemplateId ?? null,
          data.withdrawalPriority, data.personalManager, data.highValue],
      )
      .catch(taken(data));
    const tier = parsed(row!);
    await tx.audit({ action: 'vip.tier.create', target: { type: 'VipTier', id: tier.id }, diff: difference(null, audited(tier)) });
    return tier;
  });
}

async function lockedTier(tx: TenantTx, id: string): Promise<TierRow> {
  if (!isUuid(id)) throw new NotFoundError('VipTier');
  const [row] = await tx.em.execute<StoredTierRow[]>(`select * from vip_tier where tenant_id = ? and id = ? for update`, [tx.tenantId, id]);
  if (!row) throw new NotFoundError('VipTier');
  return parsed(row);
}

/** Staff: changes a tier (absent fields stay; its key never changes); bumps its version; audited. */
export async function updateTier(ctx: Context, id: string, input: UpdateTierInput): Promise<TierRow> {
  const data = parseInput(updateInput, input);
  return tenantTx(ctx, async (tx) => {
    const before = await lockedTier(tx, id);
    if (before.archived_at !== null) throw new VipTierArchivedError();
    const after: TierRow = {
      ...before,
      name: data.name ?? before.name,
      rank: data.rank ?? before.rank,
      threshold: data.threshold ?? before.threshold,
      point_rate_bp: data.pointRateBp ?? before.point_rate_bp,
      monthly_reward_template_id: data.monthlyRewardTemplateId === undefined ? before.monthly_reward_template_id : data.monthlyRewardTemplateId,
      withdrawal_priority: data.withdrawalPriority ?? before.withdrawal_priority,
      personal_manager: data.personalManager ?? before.personal_manager,
      high_value: data.highValue ?? before.high_value,
    };
    const changed = difference(audited(before), audited(after));
    if (Object.keys(changed).length === 0) return before;
    if (after.monthly_reward_template_id !== before.monthly_reward_template_id) await checkTemplate(tx, after.monthly_reward_template_id);
    const [row] = await tx.em
      .execute<StoredTierRow[]>(
        `update vip_tier set name = ?, rank = ?, threshold = ?, point_rate_bp = ?, monthly_reward_template_id = ?, withdrawal_priority = ?, personal_manager = ?,
           high_value = ?, version = version + 1, updated_at = now()
         where tenant_id = ? and id = ? returning *`,
        [after.name, after.rank, after.threshold.toString(), after.point_rate_bp, after.monthly_reward_template_id, after.withdrawal_priority,
          after.personal_manager, after.high_value, tx.tenantId, id],
      )
      .catch(taken(after));
    await tx.audit({ action: 'vip.tier.update', target: { type: 'VipTier', id }, diff: changed });
    return parsed(row!);
  });
}

/**
 * Staff: archives a tier (final): it leaves the ladder, its rank is free again. Players in it keep
 * it until their review, which moves them down (ONE_TIER: to the next lower tier) or to their
 * earned tier; accrual moves them up as usual. Archiving an archived tier changes nothing.
 */
export async function archiveTier(ctx: Context, id: string): Promise<TierRow> {
  return tenantTx(ctx, async (tx) => {
    const before = await lockedTier(tx, id);
    if (before.archived_at !== null) return before;
    const [row] = await tx.em.execute<StoredTierRow[]>(
      `update vip_tier set archived_at = now(), version = version + 1, updated_at = now() where tenant_id = ? and id = ? returning *`,
      [tx.tenantId, id],
    );
    await tx.audit({ action: 'vip.tier.archive', target: { type: 'VipTier', id }, diff: { archived: { from: false, to: true } } });
    return parsed(row!);
  });
}

// ------------------------------------------------------------------ reads

/** The tenant's tiers by rank (lowest first): the ladder (not archived), or every tier. */
export async function tiersInTx(tx: TenantTx, options: { archived?: boolean } = {}): Promise<TierRow[]> {
  const rows = await tx.em.execute<StoredTierRow[]>(
    `select * from vip_tier where tenant_id = ? ${options.archived ? '' : 'and archived_at is null'} order by rank, created_at`,
    [tx.tenantId],
  );
  return rows.map(parsed);
}

export async function tiersByIdsInTx(tx: TenantTx, ids: readonly string[]): Promise<Map<string, TierRow>> {
  const valid = ids.filter(isUuid);
  if (valid.length === 0) return new Map();
  const rows = await tx.em.execute<StoredTierRow[]>(`select * from vip_tier where tenant_id = ? and id = any (?::uuid[])`, [tx.tenantId, `{${valid.join(',')}}`]);
  return new Map(rows.map((r) => [r.id, parsed(r)]));
}

/** Tiers by id (the Node loader's batch). */
export async function tiersByIds(ctx: Context, ids: readonly string[]): Promise<ReadonlyMap<string, TierRow>> {
  if (!ctx.tenant || !ids.some(isUuid)) return new Map();
  return tenantTx(ctx, (tx) => tiersByIdsInTx(tx, ids));
}

/** The ladder (tiers not archived, by rank), or with `archived` every tier. */
export function listTiers(ctx: Context, options: { archived?: boolean } = {}): Promise<TierRow[]> {
  return tenantTx(ctx, (tx) => tiersInTx(tx, options));
}
