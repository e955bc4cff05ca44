/**
 * Offers as staff keep them (table `offer`, docs/offers.md): create, update, pause,
 * resume and archive (final), audited; reads for the Node loader and the staff listing.
 */
import { z } from 'zod';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { requireTenant, tenantTx, type Context, type TenantTx } from '../../src/context.js';
import { NotFoundError, ValidationError, type FieldIssue } from '../../src/errors.js';
import { isUuid, newId } from '../../src/ids.js';
import { keysetPage, type Connection, type PageArgs } from '../../src/graphql/pagination.js';
import { parseInput } from '../../src/validation.js';
import { difference } from '../../src/audit/chain.js';
import { whoCreated } from '../wallet/index.js';
import { BonusTemplateArchivedError, templateById } from '../bonus/index.js';
import { OfferArchivedError, OfferNameTakenError } from './offers.errors.js';
import { eligibilitySchema, frequencySchema, placementSchema, type Eligibility, type Frequency } from './offers.terms.js';

export const OFFER_STATUSES = ['ACTIVE', 'PAUSED', 'ARCHIVED'] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];

export interface OfferRow {
  id: string;
  tenant_id: string;
  name: string;
  description: string | null;
  status: OfferStatus;
  reward_template_id: string;
  placements: string[];
  priority: number;
  starts_at: Date | null;
  ends_at: Date | null;
  eligibility: Eligibility;
  frequency: Frequency;
  version: number;
  created_by: string;
  created_at: Date;
  updated_at: Date;
}

type StoredOfferRow = Omit<OfferRow, 'eligibility' | 'frequency'> & { eligibility: unknown; frequency: unknown };

/** A stored row with its rules parsed (stored `{}` reads as no conditions and one claim). */
export function parsedOffer(row: StoredOfferRow): OfferRow {
  return { ...row, eligibility: eligibilitySchema.parse(row.eligibility ?? {}), frequency: frequencySchema.parse(row.frequency ?? {}) };
}

// ------------------------------------------------------------------ input

const name = z.string().trim().min(1).max(120);
const description = z.string().trim().max(2000);
const placements = z
  .array(placementSchema)
  .min(1)
  .max(20)
  .refine((list) => new Set(list).size === list.length, 'must not repeat a placement');
const priority = z.number().int().min(-1_000_000).max(1_000_000);
const instant = z.coerce.date();

const createInput = z.object({
  name,
  description: description.nullish(),
  rewardTemplateId: z.string(),
  placements,
  priority: priority.default(0),
  startsAt: instant.nullish(),
  endsAt: instant.nullish(),
  eligibility: eligibilitySchema.default(eligibilitySchema.parse({})),
  frequency: frequencySchema.default(frequencySchema.parse({})),
});
const updateInput = z.object({
  name: name.nullish(),
  /** null clears it; absent keeps it. */
  description: description.nullish(),
  rewardTemplateId: z.string().nullish(),
  placements: placements.nullish(),
  priority: priority.nullish(),
  startsAt: instant.nullish(),
  endsAt: instant.nullish(),
  eligibility: eligibilitySchema.nullish(),
  frequency: frequencySchema.nullish(),
});
export type CreateOfferInput = z.input<typeof createInput>;
export type UpdateOfferInput = z.input<typeof updateInput>;

function nameTaken(offerName: string) {
  return (error: unknown): never => {
    throw error instanceof UniqueConstraintViolationException ? new OfferNameTakenError(offerName) : error;
  };
}

/** The reward must be a template of the tenant, ACTIVE. */
async function checkReward(tx: TenantTx, templateId: string): Promise<void> {
  const template = await templateById(tx, templateId);
  if (template.status !== 'ACTIVE') throw new BonusTemplateArchivedError(template.id);
}

/** Checks what zod cannot: the schedule's order and the currencies against the tenant's. */
function checkRules(tenantCurrencies: readonly string[], startsAt: Date | null, endsAt: Date | null, eligibility: Eligibility): void {
  const issues: FieldIssue[] = [];
  if (startsAt && endsAt && endsAt <= startsAt) issues.push({ path: ['input', 'endsAt'], message: 'must be after startsAt' });
  eligibility.currencies.forEach((currency, i) => {
    if (!tenantCurrencies.includes(currency)) issues.push({ path: ['input', 'eligibility', 'currencies', String(i)], message: 'is not a currency of this tenant' });
  });
  if (issues.length > 0) throw new ValidationError(issues);
}

/** What the audit record keeps of an offer. */
function audited(o: OfferRow): Record<string, unknown> {
  return {
    name: o.name,
    description: o.description,
    status: o.status,
    reward: o.reward_template_id,
    placements: o.placements,
    priority: o.priority,
    startsAt: o.starts_at ? new Date(o.starts_at).toISOString() : null,
    endsAt: o.ends_at ? new Date(o.ends_at).toISOString() : null,
    eligibility: o.eligibility,
    frequency: o.frequency,
  };
}

// ------------------------------------------------------------------ changes

/** Staff: a new offer, ACTIVE at version 1; audited. */
export async function createOffer(ctx: Context, input: CreateOfferInput): Promise<OfferRow> {
  const data = parseInput(createInput, input);
  const tenant = requireTenant(ctx);
  checkRules(tenant.currencies, data.startsAt ?? null, data.endsAt ?? null, data.eligibility);
  return tenantTx(ctx, async (tx) => {
    await checkReward(tx, data.rewardTemplateId);
    const [row] = await tx.em
      .execute<StoredOfferRow[]>(
        `insert into offer (id, tenant_id, name, description, reward_template_id, placements, priority, starts_at, ends_at, eligibility, frequency, created_by)
         values (?, ?, ?, ?, ?, ?::text[], ?, ?, ?, ?::jsonb, ?::jsonb, ?) returning *`,
        [newId(), tx.tenantId, data.name, data.description ?? null, data.rewardTemplateId, `{${data.placements.join(',')}}`, data.priority,
          data.startsAt ?? null, data.endsAt ?? null, JSON.stringify(data.eligibility), JSON.stringify(data.frequency), whoCreated(ctx)],
      )
      .catch(nameTaken(data.name));
    const offer = parsedOffer(row!);
    await tx.audit({ action: 'offer.create', target: { type: 'Offer', id: offer.id }, diff: difference(null, audited(offer)) });
    return offer;
  });
}

async function lockedOffer(tx: TenantTx, id: string): Promise<OfferRow> {
  if (!isUuid(id)) throw new NotFoundError('Offer');
  const [row] = await tx.em.execute<StoredOfferRow[]>(`select * from offer where tenant_id = ? and id = ? for update`, [tx.tenantId, id]);
  if (!row) throw new NotFoundError('Offer');
  return parsedOffer(row);
}

/** Staff: changes an offer's fields (absent ones stay; null clears description and schedule); bumps its version; audited. */
export async function updateOffer(ctx: Context, id: string, input: UpdateOfferInput): Promise<OfferRow> {
  const data = parseInput(updateInput, input);
  const tenant = requireTenant(ctx);
  return tenantTx(ctx, async (tx) => {
    const before = await lockedOffer(tx, id);
    if (before.status === 'ARCHIVED') throw new OfferArchivedError();
    const after: OfferRow = {
      ...before,
      name: data.name ?? before.name,
      description: data.description === undefined ? before.description : data.description,
      reward_template_id: data.rewardTemplateId ?? before.reward_template_id,
      placements: data.placements ?? before.placements,
      priority: data.priority ?? before.priority,
      starts_at: data.startsAt === undefined ? before.starts_at : data.startsAt,
      ends_at: data.endsAt === undefined ? before.ends_at : data.endsAt,
      eligibility: data.eligibility ?? before.eligibility,
      frequency: data.frequency ?? before.frequency,
    };
    checkRules(tenant.currencies, after.starts_at, after.ends_at, after.eligibility);
    const changed = difference(audited(before), audited(after));
    if (Object.keys(changed).length === 0) return before;
    if (after.reward_template_id !== before.reward_template_id) await checkReward(tx, after.reward_template_id);
    const [row] = await tx.em
      .execute<StoredOfferRow[]>(
        `update offer set name = ?, description = ?, reward_template_id = ?, placements = ?::text[], priority = ?, starts_at = ?, ends_at = ?,
           eligibility = ?::jsonb, frequency = ?::jsonb, version = version + 1, updated_at = now()
         where tenant_id = ? and id = ? returning *`,
        [after.name, after.description, after.reward_template_id, `{${after.placements.join(',')}}`, after.priority, after.starts_at, after.ends_at,
          JSON.stringify(after.eligibility), JSON.stringify(after.frequency), tx.tenantId, id],
      )
      .catch(nameTaken(after.name));
    const updated = parsedOffer(row!);
    await tx.audit({ action: 'offer.update', target: { type: 'Offer', id }, diff: changed });
    return updated;
  });
}

/** Staff: pauses, resumes or archives an offer. Archived is final; setting the status it has changes nothing. */
export async function setOfferStatus(ctx: Context, id: string, status: OfferStatus): Promise<OfferRow> {
  return tenantTx(ctx, async (tx) => {
    const before = await lockedOffer(tx, id);
    if (before.status === status) return before;
    if (before.status === 'ARCHIVED') throw new OfferArchivedError();
    const [row] = await tx.em
      .execute<StoredOfferRow[]>(`update offer set status = ?, updated_at = now() where tenant_id = ? and id = ? returning *`, [status, tx.tenantId, id])
      // Resuming a paused offer whose name an active one took meanwhile.
      .catch(nameTaken(before.name));
    await tx.audit({ action: 'offer.status', target: { type: 'Offer', id }, diff: { status: { from: before.status, to: status } } });
    return parsedOffer(row!);
  });
}

// ------------------------------------------------------------------ reads

/** Offers of the tenant by id, in the caller's transaction. */
export async function offersByIdsInTx(tx: TenantTx, ids: readonly string[]): Promise<Map<string, OfferRow>> {
  const valid = ids.filter(isUuid);
  if (valid.length === 0) return new Map();
  const rows = await tx.em.execute<StoredOfferRow[]>(`select * from offer where tenant_id = ? and id = any(?::uuid[])`, [tx.tenantId, `{${valid.join(',')}}`]);
  return new Map(rows.map((r) => [r.id, parsedOffer(r)]));
}

/** Offers of the tenant by id (the Node loader's batch). */
export async function offersByIds(ctx: Context, ids: readonly string[]): Promise<ReadonlyMap<string, OfferRow>> {
  if (!ctx.tenant || !ids.some(isUuid)) return new Map();
  return tenantTx(ctx, (tx) => offersByIdsInTx(tx, ids));
}

export interface OfferFilter {
  status?: OfferStatus | null;
  placement?: string | null;
}

const LIST_FILTER = `(?::text is null or status = ?::text) and (?::text is null or ?::text = any(placements))`;

/** The tenant's offers in creation order, filtered by status and placement, with their count. */
export function listOffers(ctx: Context, args: PageArgs & OfferFilter): Promise<Connection<OfferRow>> {
  const filters = { status: args.status ?? null, placement: args.placement ?? null };
  const params = [filters.status, filters.status, filters.placement, filters.placement];
  return keysetPage<OfferRow>(args, {
    filters,
    keyOf: (o) => o.id,
    fetch: async (window) => {
      if ([window.after, window.before].some((key) => key !== undefined && !isUuid(key))) throw new ValidationError([{ path: ['after'], message: 'is not a valid cursor' }]);
      const rows = await tenantTx(ctx, (tx) =>
        tx.em.execute<StoredOfferRow[]>(
          `select * from offer
           where tenant_id = ? and (?::uuid is null or id > ?::uuid) and (?::uuid is null or id < ?::uuid) and ${LIST_FILTER}
           order by id ${window.backward ? 'desc' : 'asc'} limit ?`,
          [tx.tenantId, window.after ?? null, window.after ?? null, window.before ?? null, window.before ?? null, ...params, window.limit],
        ),
      );
      return rows.map(parsedOffer);
    },
    count: async () => {
      const [row] = await tenantTx(ctx, (tx) => tx.em.execute<{ n: number }[]>(`select count(*)::int as n from offer where tenant_id = ? and ${LIST_FILTER}`, [tx.tenantId, ...params]));
      return row!.n;
    },
  });
}
