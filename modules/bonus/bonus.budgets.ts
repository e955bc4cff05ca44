import { z } from 'zod';
import { requireTenant, tenantTx, type Context } from '../../src/context.js';
import { NotFoundError, ValidationError } from '../../src/errors.js';
import { isUuid, newId } from '../../src/ids.js';
import { isCurrency } from '../../src/money.js';
import { parseInput } from '../../src/validation.js';
import { difference } from '../../src/audit/chain.js';
import { templateById } from './bonus.templates.js';

/**
 * Promotion exposure limits, the staff side: budgets per template (a promotion) or per tenant
 * (template null), per currency and period, on face value or expected cost, with a total limit
 * and/or a limit per player. Reserving and settling are SQL (bonus_budget_reserve,
 * bonus_budget_settle) in the grant's transaction; here budgets are set, removed and shown with
 * their use in the current period (bonus_budget_usage).
 */

export const BUDGET_BASES = ['FACE_VALUE', 'EXPECTED_COST'] as const;
export type BudgetBasis = (typeof BUDGET_BASES)[number];
export const BUDGET_PERIODS = ['TOTAL', 'DAY', 'WEEK', 'MONTH'] as const;
export type BudgetPeriod = (typeof BUDGET_PERIODS)[number];

export interface BonusBudgetRow {
  id: string;
  tenant_id: string;
  template_id: string | null;
  currency: string;
  basis: BudgetBasis;
  period: BudgetPeriod;
  total_limit: string | null;
  per_player_limit: string | null;
  created_at: Date;
  updated_at: Date;
}

/** A budget with the use of its total in the current period (the nil player's row of bonus_budget_usage). */
export interface BonusBudgetWithUse extends BonusBudgetRow {
  period_start: Date;
  /** The start of the next period; null for TOTAL. */
  period_end: Date | null;
  reserved: string;
  consumed: string;
  /** total_limit − reserved − consumed, never below 0; null without a total limit. */
  remaining: string | null;
}

const amount = z.string().regex(/^(0|[1-9][0-9]{0,17})$/, 'must be a whole number of minor units, as a string');
const setInput = z.object({
  /** null: the tenant's budget over every promotion. */
  templateId: z.string().nullish(),
  currency: z.string().refine(isCurrency, 'must be an ISO 4217 code'),
  basis: z.enum(BUDGET_BASES),
  period: z.enum(BUDGET_PERIODS),
  totalLimit: amount.nullish(),
  perPlayerLimit: amount.nullish(),
});
export type SetBudgetInput = z.input<typeof setInput>;

const audited = (b: BonusBudgetRow) => ({
  templateId: b.template_id,
  currency: b.currency,
  basis: b.basis,
  period: b.period,
  totalLimit: b.total_limit,
  perPlayerLimit: b.per_player_limit,
});

/**
 * Staff: sets the budget of a scope (template or tenant, currency, period), creating it or
 * replacing its basis and limits; audited. What was reserved and consumed in the period stays
 * counted against the new limits.
 */
export async function setBonusBudget(ctx: Context, input: SetBudgetInput): Promise<BonusBudgetRow> {
  const data = parseInput(setInput, input);
  const tenant = requireTenant(ctx);
  if (data.totalLimit == null && data.perPlayerLimit == null) {
    throw new ValidationError([{ path: ['input', 'totalLimit'], message: 'give totalLimit, perPlayerLimit or both' }]);
  }
  if (!tenant.currencies.includes(data.currency)) throw new ValidationError([{ path: ['input', 'currency'], message: 'is not a currency of this tenant' }]);
  return tenantTx(ctx, async (tx) => {
    if (data.templateId != null) {
      const template = await templateById(tx, data.templateId);
      if (!template.terms.currencies[data.currency]) throw new ValidationError([{ path: ['input', 'currency'], message: 'is not a currency of this template' }]);
    }
    const templateId = data.templateId ?? null;
    const [before] = await tx.em.execute<BonusBudgetRow[]>(
      `select * from bonus_budget where tenant_id = ? and template_id is not distinct from ?::uuid and currency = ? and period = ? for update`,
      [tx.tenantId, templateId, data.currency, data.period],
    );
    const [row] = before
      ? await tx.em.execute<BonusBudgetRow[]>(
          `update bonus_budget set basis = ?, total_limit = ?, per_player_limit = ?, updated_at = now() where tenant_id = ? and id = ? returning *`,
          [data.basis, data.totalLimit ?? null, data.perPlayerLimit ?? null, tx.tenantId, before.id],
        )
      : await tx.em.execute<BonusBudgetRow[]>(
          `insert into bonus_budget (id, tenant_id, template_id, currency, basis, period, total_limit, per_player_limit)
           values (?, ?, ?, ?, ?, ?, ?, ?)
           on conflict (tenant_id, coalesce(template_id, '00000000-0000-0000-0000-000000000000'::uuid), currency, period)
           do update set basis = excluded.basis, total_limit = excluded.total_limit, per_player_limit = excluded.per_player_limit, updated_at = now()
           returning *`,
          [newId(), tx.tenantId, templateId, data.currency, data.basis, data.period, data.totalLimit ?? null, data.perPlayerLimit ?? null],
        );
    const diff = difference(before ? audited(before) : null, audited(row!));
    if (Object.keys(diff).length > 0) await tx.audit({ action: 'bonus.budget.set', target: { type: 'BonusBudget', id: row!.id }, diff });
    return row!;
  });
}

/**
 * Staff: removes a budget and its use; audited. Grants that reserved in it keep their
 * reservations on record; settling them later finds no usage row and changes nothing.
 */
export async function removeBonusBudget(ctx: Context, id: string): Promise<BonusBudgetRow> {
  return tenantTx(ctx, async (tx) => {
    if (!isUuid(id)) throw new NotFoundError('BonusBudget');
    // Locking the budget first: a grant reserving in it at this moment finishes first (its usage
    // insert holds the row's key share lock), or waits and then finds the budget gone.
    const [row] = await tx.em.execute<BonusBudgetRow[]>(`select * from bonus_budget where tenant_id = ? and id = ? for update`, [tx.tenantId, id]);
    if (!row) throw new NotFoundError('BonusBudget');
    await tx.em.execute(`delete from bonus_budget_usage where tenant_id = ? and budget_id = ?`, [tx.tenantId, id]);
    await tx.em.execute(`delete from bonus_budget where tenant_id = ? and id = ?`, [tx.tenantId, id]);
    await tx.audit({ action: 'bonus.budget.remove', target: { type: 'BonusBudget', id }, diff: difference(audited(row), null) });
    return row;
  });
}

// The period arithmetic is the same as bonus_budget_reserve's: UTC, TOTAL from the epoch.
const WITH_USE = `
  select b.*, p.period_start,
         case b.period when 'TOTAL' then null else (p.period_start at time zone 'UTC' + ('1 ' || lower(b.period))::interval) at time zone 'UTC' end as period_end,
         coalesce(u.reserved, 0)::text as reserved, coalesce(u.consumed, 0)::text as consumed,
         case when b.total_limit is null then null
              else greatest(0, b.total_limit - coalesce(u.reserved, 0) - coalesce(u.consumed, 0))::text end as remaining
  from bonus_budget b
  cross join lateral (select case b.period when 'TOTAL' then 'epoch'::timestamptz
    else date_trunc(lower(b.period), now() at time zone 'UTC') at time zone 'UTC' end as period_start) p
  left join bonus_budget_usage u on u.tenant_id = b.tenant_id and u.budget_id = b.id and u.period_start = p.period_start
    and u.player_id = '00000000-0000-0000-0000-000000000000'`;

type StoredBudgetWithUse = Omit<BonusBudgetWithUse, 'total_limit' | 'per_player_limit'> & { total_limit: string | null; per_player_limit: string | null };

function asStrings(row: StoredBudgetWithUse): BonusBudgetWithUse {
  // bigint columns arrive as strings from pg; keep them so.
  return { ...row, total_limit: row.total_limit == null ? null : String(row.total_limit), per_player_limit: row.per_player_limit == null ? null : String(row.per_player_limit) };
}

/** The tenant's budgets (optionally those of one template, or only the tenant-wide ones), with their use now. */
export async function listBonusBudgets(ctx: Context, filter: { templateId?: string | null; tenantWideOnly?: boolean } = {}): Promise<BonusBudgetWithUse[]> {
  if (filter.templateId != null && !isUuid(filter.templateId)) return [];
  const rows = await tenantTx(ctx, (tx) =>
    tx.em.execute<StoredBudgetWithUse[]>(
      `${WITH_USE}
       where b.tenant_id = ? and (?::uuid is null or b.template_id = ?::uuid) and (not ?::boolean or b.template_id is null)
       order by b.template_id nulls first, b.currency, b.period, b.id`,
      [tx.tenantId, filter.templateId ?? null, filter.templateId ?? null, !!filter.tenantWideOnly],
    ),
  );
  return rows.map(asStrings);
}

export async function budgetsByIds(ctx: Context, ids: readonly string[]): Promise<BonusBudgetWithUse[]> {
  const valid = ids.filter(isUuid);
  if (!ctx.tenant || valid.length === 0) return [];
  const rows = await tenantTx(ctx, (tx) =>
    tx.em.execute<StoredBudgetWithUse[]>(`${WITH_USE} where b.tenant_id = ? and b.id = any (?::uuid[])`, [tx.tenantId, `{${valid.join(',')}}`]),
  );
  return rows.map(asStrings);
}

/** A budget as just written, with its use now (for a mutation's payload). */
export async function budgetWithUse(ctx: Context, id: string): Promise<BonusBudgetWithUse> {
  const [row] = await budgetsByIds(ctx, [id]);
  if (!row) throw new NotFoundError('BonusBudget');
  return row;
}
