/**
 * Affiliates and their tracking links as staff keep them (docs/affiliates.md "Affiliates"):
 * create and change, audited; reads for the schema's listings and loaders; the tenant's
 * attribution window.
 */
import { z } from 'zod';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { tenantTx, type Context, type TenantTx } from '../../src/context.js';
import { NotFoundError, ValidationError } from '../../src/errors.js';
import { isUuid, newId } from '../../src/ids.js';
import { parseInput } from '../../src/validation.js';
import { difference } from '../../src/audit/chain.js';
import { actorOf } from '../../src/auth/principal.js';
import { announceEnded, endTenantSessions } from '../identity/index.js';
import type { Connection, PageArgs } from '../../src/graphql/pagination.js';
import { rowsByIds, tablePage } from '../../src/graphql/table-rows.js';
import {
  AffiliateClosedError,
  AffiliateCodeTakenError,
  AffiliateEmailTakenError,
  AffiliateHasSubsError,
  AffiliateLinkCodeTakenError,
  AffiliateParentIsSelfError,
  AffiliateParentIsSubError,
  AffiliateParentUnknownError,
} from './affiliates.errors.js';

export const AFFILIATE_STATUSES = ['ACTIVE', 'SUSPENDED', 'CLOSED'] as const;
export type AffiliateStatus = (typeof AFFILIATE_STATUSES)[number];

export interface AffiliateRow {
  tenant_id: string;
  id: string;
  code: string;
  name: string;
  email: string;
  status: AffiliateStatus;
  parent_affiliate_id: string | null;
  /** The commission plan (affiliates.plans.ts assigns it) and its overrides as stored: null until assigned. */
  plan_id: string | null;
  plan_overrides: unknown;
  /** The portal password's hash (affiliates.portal.ts): null until the affiliate sets it. Never exposed. */
  password_hash: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export interface LinkRow {
  tenant_id: string;
  id: string;
  affiliate_id: string;
  code: string;
  landing_url: string;
  campaign: string | null;
  created_at: Date;
}

export const DEFAULT_ATTRIBUTION_WINDOW_DAYS = 30;

// ------------------------------------------------------------------ input

/** An affiliate's or a link's code (the migration checks the same on both tables). */
export const AFFILIATE_CODE = /^[A-Za-z0-9][A-Za-z0-9_-]{1,39}$/;

const code = z.string().trim().regex(AFFILIATE_CODE, 'must be 2-40 letters, digits, dashes or underscores, starting with a letter or digit');
const name = z.string().trim().min(1).max(120);
const email = z.string().trim().toLowerCase().pipe(z.email({ message: 'must be an email address' })).pipe(z.string().max(254));
const campaign = z.string().trim().min(1).max(120);

const createInput = z.object({ code, name, email, parentAffiliateId: z.string().nullish() });
const updateInput = z.object({
  name: name.nullish(),
  status: z.enum(AFFILIATE_STATUSES).nullish(),
  /** null makes it a top-level affiliate; absent keeps its parent. */
  parentAffiliateId: z.string().nullish(),
});
const linkInput = z.object({ code, landingUrl: z.string().trim().min(1).max(2000), campaign: campaign.nullish() });
const settingsInput = z.object({ attributionWindowDays: z.number().int().min(1).max(365) });
export type CreateAffiliateInput = z.input<typeof createInput>;
export type UpdateAffiliateInput = z.input<typeof updateInput>;
export type CreateLinkInput = z.input<typeof linkInput>;

function audited(a: AffiliateRow): Record<string, unknown> {
  return { code: a.code, name: a.name, email: a.email, status: a.status, parent: a.parent_affiliate_id };
}

function taken(what: { code: string }) {
  return (error: unknown): never => {
    if (error instanceof UniqueConstraintViolationException) {
      if (String(error.message).includes('affiliate_email_uq')) throw new AffiliateEmailTakenError();
      throw new AffiliateCodeTakenError(what.code);
    }
    throw error;
  };
}

/**
 * A landing URL is a path on the tenant's site ("/welcome?x=1") or an absolute http(s) URL whose
 * host is one of the tenant's domains: a link never sends a visitor off the tenant's sites.
 */
async function checkedLandingUrl(tx: TenantTx, value: string): Promise<string> {
  const bad = () => new ValidationError([{ path: ['input', 'landingUrl'], message: 'must be a path or an http(s) URL on one of the domains of the tenant' }]);
  if (value.startsWith('/')) {
    if (value.startsWith('//') || value.includes('\\')) throw bad();
    return value;
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw bad();
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw bad();
  if (url.username || url.password) throw bad();
  const [tenant] = await tx.em.execute<{ domains: string[] }[]>(`select domains from tenant where id = ?`, [tx.tenantId]);
  if (!tenant || !tenant.domains.map((d) => d.toLowerCase()).includes(url.hostname.toLowerCase())) throw bad();
  return url.toString();
}

async function lockedAffiliate(tx: TenantTx, id: string): Promise<AffiliateRow | null> {
  if (!isUuid(id)) return null;
  const [row] = await tx.em.execute<AffiliateRow[]>(`select * from affiliate where tenant_id = ? and id = ? for update`, [tx.tenantId, id]);
  return row ?? null;
}

/**
 * Checks that `parentId` may be the parent of `childId` (null for a new affiliate), under the
 * parent's lock: every change that makes or unmakes a sub-affiliate locks the parent, so two
 * changes cannot together build a third level.
 */
async function checkParent(tx: TenantTx, parentId: string, childId: string | null): Promise<void> {
  if (parentId === childId) throw new AffiliateParentIsSelfError();
  const parent = await lockedAffiliate(tx, parentId);
  if (!parent) throw new AffiliateParentUnknownError();
  if (parent.parent_affiliate_id !== null) throw new AffiliateParentIsSubError();
  if (childId !== null) {
    const [subs] = await tx.em.execute<{ n: number }[]>(`select count(*)::int as n from affiliate where tenant_id = ? and parent_affiliate_id = ?`, [tx.tenantId, childId]);
    if (subs!.n > 0) throw new AffiliateHasSubsError();
  }
}

// ------------------------------------------------------------------ changes

/** Staff: a new affiliate (ACTIVE), optionally a sub-affiliate of a top-level one; audited. */
export async function createAffiliate(ctx: Context, input: CreateAffiliateInput): Promise<AffiliateRow> {
  const data = parseInput(createInput, input);
  return tenantTx(ctx, async (tx) => {
    const parentId = data.parentAffiliateId ?? null;
    if (parentId !== null) await checkParent(tx, parentId, null);
    const [row] = await tx.em
      .execute<AffiliateRow[]>(
        `insert into affiliate (tenant_id, id, code, name, email, parent_affiliate_id) values (?, ?, ?, ?, ?, ?) returning *`,
        [tx.tenantId, newId(), data.code, data.name, data.email, parentId],
      )
      .catch(taken(data));
    await tx.audit({ action: 'affiliate.create', target: { type: 'Affiliate', id: row!.id }, diff: difference(null, audited(row!)) });
    return row!;
  });
}

/** Staff: changes an affiliate's name, status or parent (absent fields stay); CLOSED is final; audited. */
export async function updateAffiliate(ctx: Context, id: string, input: UpdateAffiliateInput): Promise<AffiliateRow> {
  const data = parseInput(updateInput, input);
  const updated = await tenantTx(ctx, async (tx): Promise<{ row: AffiliateRow; ended: string[] }> => {
    // A new parent is locked with the affiliate, in id order: two changes that each make one of
    // a pair the other's parent wait for each other instead of deadlocking.
    const parentId = typeof data.parentAffiliateId === 'string' && isUuid(data.parentAffiliateId) ? data.parentAffiliateId : null;
    if (parentId !== null && isUuid(id)) {
      await tx.em.execute(`select id from affiliate where tenant_id = ? and id = any (?::uuid[]) order by id for update`, [tx.tenantId, `{${[id, parentId].join(',')}}`]);
    }
    const before = await lockedAffiliate(tx, id);
    if (!before) throw new NotFoundError('Affiliate');
    if (before.status === 'CLOSED') throw new AffiliateClosedError();
    const after: AffiliateRow = {
      ...before,
      name: data.name ?? before.name,
      status: data.status ?? before.status,
      parent_affiliate_id: data.parentAffiliateId === undefined ? before.parent_affiliate_id : data.parentAffiliateId,
    };
    const changed = difference(audited(before), audited(after));
    if (Object.keys(changed).length === 0) return { row: before, ended: [] };
    if (after.parent_affiliate_id !== null && after.parent_affiliate_id !== before.parent_affiliate_id) await checkParent(tx, after.parent_affiliate_id, id);
    const [row] = await tx.em.execute<AffiliateRow[]>(
      `update affiliate set name = ?, status = ?, parent_affiliate_id = ?, version = version + 1, updated_at = now() where tenant_id = ? and id = ? returning *`,
      [after.name, after.status, after.parent_affiliate_id, tx.tenantId, id],
    );
    // Closing ends the affiliate's portal sessions (suspending keeps them: a suspended affiliate still reads its figures).
    const ended = after.status === 'CLOSED' ? await endTenantSessions(tx.em, tx.tenantId, id, null) : [];
    await tx.audit({ action: 'affiliate.update', target: { type: 'Affiliate', id }, diff: ended.length ? { ...changed, sessionsEnded: ended.length } : changed });
    return { row: row!, ended };
  });
  await announceEnded(ctx.services, updated.ended);
  return updated.row;
}

/** Staff: a new tracking link of an affiliate that is not closed; audited. */
export async function createLink(ctx: Context, affiliateId: string, input: CreateLinkInput): Promise<LinkRow> {
  const data = parseInput(linkInput, input);
  return tenantTx(ctx, async (tx) => {
    // Locked: a link is never added to an affiliate being closed at the same time.
    const affiliate = await lockedAffiliate(tx, affiliateId);
    if (!affiliate) throw new NotFoundError('Affiliate');
    if (affiliate.status === 'CLOSED') throw new AffiliateClosedError();
    const landingUrl = await checkedLandingUrl(tx, data.landingUrl);
    const [row] = await tx.em
      .execute<LinkRow[]>(
        `insert into affiliate_link (tenant_id, id, affiliate_id, code, landing_url, campaign) values (?, ?, ?, ?, ?, ?) returning *`,
        [tx.tenantId, newId(), affiliateId, data.code, landingUrl, data.campaign ?? null],
      )
      .catch((error: unknown) => {
        if (error instanceof UniqueConstraintViolationException) throw new AffiliateLinkCodeTakenError(data.code);
        throw error;
      });
    await tx.audit({
      action: 'affiliate.link.create',
      target: { type: 'AffiliateLink', id: row!.id },
      diff: difference(null, { affiliate: affiliateId, code: row!.code, landingUrl: row!.landing_url, campaign: row!.campaign }),
    });
    return row!;
  });
}

// ------------------------------------------------------------------ settings

export async function attributionWindowDaysInTx(tx: TenantTx): Promise<number> {
  const [row] = await tx.em.execute<{ attribution_window_days: number }[]>(`select attribution_window_days from affiliate_settings where tenant_id = ?`, [tx.tenantId]);
  return row?.attribution_window_days ?? DEFAULT_ATTRIBUTION_WINDOW_DAYS;
}

export interface AffiliateSettings {
  attributionWindowDays: number;
  version: number;
}

export function affiliateSettings(ctx: Context): Promise<AffiliateSettings> {
  return tenantTx(ctx, async (tx) => {
    const [row] = await tx.em.execute<{ attribution_window_days: number; version: number }[]>(`select * from affiliate_settings where tenant_id = ?`, [tx.tenantId]);
    return { attributionWindowDays: row?.attribution_window_days ?? DEFAULT_ATTRIBUTION_WINDOW_DAYS, version: row?.version ?? 0 };
  });
}

/** Staff: sets the attribution window (the first change writes the tenant's row); audited. */
export function updateAffiliateSettings(ctx: Context, input: z.input<typeof settingsInput>): Promise<AffiliateSettings> {
  const data = parseInput(settingsInput, input);
  const actor = ctx.principal ? actorOf(ctx.principal) : null;
  return tenantTx(ctx, async (tx) => {
    const before = await attributionWindowDaysInTx(tx);
    const [row] = await tx.em.execute<{ attribution_window_days: number; version: number }[]>(
      `insert into affiliate_settings (tenant_id, attribution_window_days, updated_by) values (?, ?, ?)
       on conflict (tenant_id) do update set attribution_window_days = excluded.attribution_window_days, updated_by = excluded.updated_by,
         version = affiliate_settings.version + 1, updated_at = now()
       returning attribution_window_days, version`,
      [tx.tenantId, data.attributionWindowDays, actor && `${actor.kind}:${actor.id}`],
    );
    await tx.audit({
      action: 'affiliate.settings.update',
      target: { type: 'AffiliateSettings', id: tx.tenantId },
      diff: difference({ attributionWindowDays: before }, { attributionWindowDays: row!.attribution_window_days }),
    });
    return { attributionWindowDays: row!.attribution_window_days, version: row!.version };
  });
}

// ------------------------------------------------------------------ reads

export function affiliatesByIds(ctx: Context, ids: readonly string[]): Promise<ReadonlyMap<string, AffiliateRow>> {
  return rowsByIds<AffiliateRow>(ctx, 'affiliate', 'id', ids);
}

export function linksByIds(ctx: Context, ids: readonly string[]): Promise<ReadonlyMap<string, LinkRow>> {
  return rowsByIds<LinkRow>(ctx, 'affiliate_link', 'id', ids);
}

export interface AffiliateFilters {
  status?: AffiliateStatus | null;
  /** Only the sub-affiliates of this affiliate. */
  parentAffiliateId?: string | null;
  /** Matches the start of the code or the name, ignoring case. */
  search?: string | null;
}

const likePrefix = (text: string) => `${text.replace(/[\\%_]/g, (c) => `\\${c}`).toLowerCase()}%`;

/** The tenant's affiliates, newest first, filtered. */
export function listAffiliates(ctx: Context, filters: AffiliateFilters, args: PageArgs): Promise<Connection<AffiliateRow>> {
  const search = filters.search?.trim() || null;
  return tablePage<AffiliateRow>(ctx, args, {
    table: 'affiliate',
    where: `(?::text is null or status = ?) and (?::uuid is null or parent_affiliate_id = ?::uuid) and (?::text is null or lower(code) like ? or lower(name) like ?)`,
    params: [filters.status ?? null, filters.status ?? null, filters.parentAffiliateId ?? null, filters.parentAffiliateId ?? null, search, search && likePrefix(search), search && likePrefix(search)],
    filters: { status: filters.status ?? null, parent: filters.parentAffiliateId ?? null, search },
  });
}

/** An affiliate's links, newest first. */
export function linksOf(ctx: Context, affiliateId: string, args: PageArgs): Promise<Connection<LinkRow>> {
  return tablePage<LinkRow>(ctx, args, { table: 'affiliate_link', where: 'affiliate_id = ?', params: [affiliateId], filters: { affiliate: affiliateId } });
}

/** Per affiliate, its rows of a table of clicks or attributions (a loader's batch: one statement for a page of affiliates). */
export async function countsOf(ctx: Context, table: 'affiliate_click' | 'affiliate_attribution', affiliateIds: readonly string[]): Promise<ReadonlyMap<string, number>> {
  const valid = affiliateIds.filter(isUuid);
  if (!ctx.tenant || valid.length === 0) return new Map();
  const rows = await tenantTx(ctx, (tx) =>
    tx.em.execute<{ affiliate_id: string; n: number }[]>(
      `select affiliate_id, count(*)::int as n from ${table} where tenant_id = ? and affiliate_id = any (?::uuid[]) group by affiliate_id`,
      [tx.tenantId, `{${valid.join(',')}}`],
    ),
  );
  return new Map(rows.map((r) => [r.affiliate_id, r.n]));
}
