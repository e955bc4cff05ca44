/**
 * The affiliate's own portal (docs/affiliates.md "The affiliate's portal"): staff invite an
 * affiliate (a set-password link by email, identity's password links), the affiliate signs in with
 * its email and password (identity's sessions and tokens, subject kind AFFILIATE), and reads its
 * own figures: aggregates only, never a player's id, name, email, IP or user agent.
 */
import { z } from 'zod';
import type { EntityManager } from '@mikro-orm/postgresql';
import { requireTenant, tenantTx, auditActorOf, type Context } from '../../src/context.js';
import { NotFoundError, ValidationError } from '../../src/errors.js';
import { isUuid } from '../../src/ids.js';
import { isLocale, type Locale } from '../../src/i18n.js';
import { parseInput } from '../../src/validation.js';
import { appendAudit } from '../../src/audit/append.js';
import { dummyPasswordHash, verifyPassword } from '../../src/auth/passwords.js';
import { renderAffiliateInvitation, resetLink } from '../../src/email/templates.js';
import type { SessionSubject } from '../../src/session-subjects.js';
import { AccountDisabledError, InvalidCredentialsError, openTenantSession, sendPasswordLink, type IssuedTokens } from '../identity/index.js';
import { firstDepositsOf } from '../payments/index.js';
import { AffiliateClosedError } from './affiliates.errors.js';
import type { AffiliateRow } from './affiliates.service.js';

/** How long an invitation's link works: a week (a reset link works 30 minutes; an invitation waits for a partner to read it). */
export const INVITATION_VALID_MINUTES = 7 * 24 * 60;

/** The longest funnel range, in days (a year, leap day included). */
export const MAX_FUNNEL_DAYS = 366;

// ------------------------------------------------------------------ the account, for identity

/**
 * What identity asks of an affiliate's account (registered at the composition root). ACTIVE and
 * SUSPENDED affiliates keep their sessions (a suspended one still reads its figures); a CLOSED
 * one is refused at once, on its next request.
 */
export const affiliateSessionSubject: SessionSubject = {
  kind: 'AFFILIATE',
  auditType: 'Affiliate',
  async maySignIn(em: EntityManager, tenantId: string, affiliateId: string) {
    const [row] = await em.execute<{ status: string }[]>(`select status from affiliate where tenant_id = ? and id = ?`, [tenantId, affiliateId]);
    return row?.status === 'ACTIVE' || row?.status === 'SUSPENDED';
  },
  async setPasswordHash(em: EntityManager, tenantId: string, affiliateId: string, passwordHash: string) {
    await em.execute(`update affiliate set password_hash = ? where tenant_id = ? and id = ?`, [passwordHash, tenantId, affiliateId]);
  },
};

// ------------------------------------------------------------------ invitation and sign-in

/**
 * Staff: sends the affiliate a link to set its portal password (valid INVITATION_VALID_MINUTES,
 * once; a newer invitation retires the older link). An affiliate that already has a password may
 * be invited again (a forgotten password). Not for a CLOSED affiliate. Audited.
 */
export async function inviteAffiliate(ctx: Context, affiliateId: string): Promise<AffiliateRow> {
  const tenant = requireTenant(ctx);
  return tenantTx(ctx, async (tx) => {
    const [row] = isUuid(affiliateId)
      ? await tx.em.execute<AffiliateRow[]>(`select * from affiliate where tenant_id = ? and id = ? for update`, [tx.tenantId, affiliateId])
      : [];
    if (!row) throw new NotFoundError('Affiliate');
    if (row.status === 'CLOSED') throw new AffiliateClosedError();
    const locale: Locale = isLocale(tenant.defaultLocale) ? tenant.defaultLocale : 'en';
    await sendPasswordLink(tx.em, ctx.services, { tenantId: tx.tenantId, kind: 'AFFILIATE', id: row.id, email: row.email, locale }, {
      validMinutes: INVITATION_VALID_MINUTES,
      template: 'affiliate-invitation',
      render: (token) =>
        renderAffiliateInvitation(locale, {
          name: row.name,
          link: resetLink(ctx.services.config.passwordReset.affiliateUrl, token, tenant.slug),
          validMinutes: INVITATION_VALID_MINUTES,
        }),
    });
    await tx.audit({ action: 'affiliate.invite', target: { type: 'Affiliate', id: row.id }, diff: { email: row.email, hadPassword: row.password_hash !== null } });
    return row;
  });
}

const signInInput = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email({ message: 'must be an email address' })).pipe(z.string().max(254)),
  password: z.string().min(1).max(256),
});

/**
 * The affiliate signs in to the request's tenant with its email and password, as players do
 * (same hashing, timing and errors): an unknown email, no password set yet or a wrong password is
 * InvalidCredentialsError; a CLOSED affiliate AccountDisabledError. Audited (`affiliate.signIn`).
 */
export async function affiliateSignIn(ctx: Context, input: z.input<typeof signInInput>): Promise<{ tokens: IssuedTokens; affiliate: AffiliateRow }> {
  requireTenant(ctx);
  const data = parseInput(signInInput, input);
  return tenantTx(ctx, async ({ em, tenantId }) => {
    const [row] = await em.execute<(AffiliateRow & { password_hash: string | null })[]>(`select * from affiliate where tenant_id = ? and lower(email) = ?`, [tenantId, data.email]);
    const ok = await verifyPassword(row?.password_hash ?? (await dummyPasswordHash()), data.password);
    if (!row || !row.password_hash || !ok) throw new InvalidCredentialsError();
    if (row.status === 'CLOSED') throw new AccountDisabledError();
    const tokens = await openTenantSession(ctx, em, tenantId, { kind: 'AFFILIATE', id: row.id });
    await appendAudit(em, tenantId, { ...auditActorOf(ctx), kind: 'AFFILIATE', id: row.id }, { action: 'affiliate.signIn', target: { type: 'Affiliate', id: row.id }, diff: {} });
    return { tokens, affiliate: row };
  });
}

// ------------------------------------------------------------------ the affiliate's figures

/** The signed-in affiliate (the schema's `affiliate` scope lets only an affiliate principal here). */
export function myAffiliateId(ctx: Context): string {
  const p = ctx.principal;
  if (p?.kind !== 'affiliate') throw new Error('myAffiliateId outside an affiliate session');
  return p.affiliateId;
}

/** Clicks per link, ever (a loader's batch: one statement for a page of links). */
export async function clickCountsByLinks(ctx: Context, linkIds: readonly string[]): Promise<ReadonlyMap<string, number>> {
  const valid = linkIds.filter(isUuid);
  if (!ctx.tenant || valid.length === 0) return new Map();
  const rows = await tenantTx(ctx, (tx) =>
    tx.em.execute<{ link_id: string; n: number }[]>(
      `select link_id, count(*)::int as n from affiliate_click where tenant_id = ? and link_id = any (?::uuid[]) group by link_id`,
      [tx.tenantId, `{${valid.join(',')}}`],
    ),
  );
  return new Map(rows.map((r) => [r.link_id, r.n]));
}

export const FUNNEL_GRANULARITIES = ['DAY', 'MONTH'] as const;
export type FunnelGranularity = (typeof FUNNEL_GRANULARITIES)[number];

export interface FunnelBucket {
  /** The bucket's first day (a month's first day for MONTH; `from` when the range starts inside the month). */
  start: string;
  clicks: number;
  registrations: number;
  firstDepositors: number;
  /** Per currency, the sum of the first deposits, in minor units; never summed across currencies. */
  firstDeposits: Map<string, bigint>;
}

export interface FunnelRange {
  from: string;
  to: string;
  granularity: FunnelGranularity;
}

export interface Funnel extends FunnelRange {
  affiliateId: string;
  buckets: FunnelBucket[];
}

/** One link's part of a funnel: its clicks, and the players attributed by a click of it. */
export interface LinkFunnel {
  code: string;
  buckets: { start: string; clicks: number; registrations: number }[];
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function checkedDay(value: string, field: string): string {
  const ok = DAY.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
  if (!ok) throw new ValidationError([{ path: [field], message: 'must be a calendar day, YYYY-MM-DD' }]);
  return value;
}

function checkedRange(range: FunnelRange): FunnelRange {
  const from = checkedDay(range.from, 'from');
  const to = checkedDay(range.to, 'to');
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 + 1;
  if (days < 1) throw new ValidationError([{ path: ['to'], message: 'must not be before from' }]);
  if (days > MAX_FUNNEL_DAYS) throw new ValidationError([{ path: ['to'], message: `must be at most ${MAX_FUNNEL_DAYS} days from from (both included)` }]);
  return { from, to, granularity: range.granularity };
}

/** The key of the bucket a UTC day falls in. */
function bucketOf(day: string, range: FunnelRange): string {
  if (range.granularity === 'DAY') return day;
  const monthStart = `${day.slice(0, 7)}-01`;
  return monthStart < range.from ? range.from : monthStart;
}

/**
 * The SQL of a range's buckets, and of the rows of an affiliate's table (clicks, attributions)
 * in range by bucket: buckets start on the unit's boundary, the first clipped to `from`, in UTC.
 * `table` and `extra` are this file's own SQL, never input.
 */
function bucketSql(range: FunnelRange) {
  const unit = range.granularity === 'DAY' ? 'day' : 'month';
  return {
    buckets: {
      sql: `select greatest(d::date, ?::date) as start from generate_series(date_trunc(?, ?::date::timestamp), ?::date::timestamp, ('1 ' || ?)::interval) d`,
      params: [range.from, unit, range.from, range.to, unit],
    },
    rows: (table: string, tenantId: string, affiliateId: string, columns: string, extra = '') => ({
      sql: `select ${columns}greatest(date_trunc(?, created_at at time zone 'UTC')::date, ?::date) as start, count(*)::int as n from ${table}
             where tenant_id = ? and affiliate_id = ?${extra} and created_at >= (?::date)::timestamp at time zone 'UTC' and created_at < (?::date + 1)::timestamp at time zone 'UTC'
             group by ${columns}start`,
      params: [unit, range.from, tenantId, affiliateId, range.from, range.to],
    }),
  };
}

/**
 * The affiliate's funnel over the UTC days `from`..`to` (both included, at most MAX_FUNNEL_DAYS):
 * per day or month, clicks on its links, players attributed to it (registrations), and its
 * attributed players whose first succeeded deposit falls in the bucket (first-time depositors,
 * with their first deposits summed per currency). Three statements whatever the range: clicks and
 * registrations grouped by bucket in SQL, the affiliate's attributed players, and their first
 * deposits (payments' `firstDepositsOf`). No player is named in the answer.
 */
export async function funnelOf(ctx: Context, affiliateId: string, asked: FunnelRange): Promise<Funnel> {
  const range = checkedRange(asked);
  const sql = bucketSql(range);
  return tenantTx(ctx, async (tx) => {
    const clicks = sql.rows('affiliate_click', tx.tenantId, affiliateId, '');
    const registrations = sql.rows('affiliate_attribution', tx.tenantId, affiliateId, '');
    const rows = await tx.em.execute<{ start: string; clicks: number; registrations: number }[]>(
      `with buckets as (${sql.buckets.sql}), clicks as (${clicks.sql}), registrations as (${registrations.sql})
       select to_char(b.start, 'YYYY-MM-DD') as start, coalesce(c.n, 0) as clicks, coalesce(r.n, 0) as registrations
         from buckets b left join clicks c on c.start = b.start left join registrations r on r.start = b.start
        order by b.start`,
      [...sql.buckets.params, ...clicks.params, ...registrations.params],
    );
    const buckets = new Map<string, FunnelBucket>(
      rows.map((r) => [r.start, { start: r.start, clicks: r.clicks, registrations: r.registrations, firstDepositors: 0, firstDeposits: new Map() }]),
    );

    // A first deposit in range may be of a player attributed before it: every player attributed by the range's end counts.
    const players = await tx.em.execute<{ player_id: string }[]>(
      `select player_id from affiliate_attribution where tenant_id = ? and affiliate_id = ? and created_at < (?::date + 1)::timestamp at time zone 'UTC'`,
      [tx.tenantId, affiliateId, range.to],
    );
    const firsts = await firstDepositsOf(tx, players.map((p) => p.player_id));
    for (const deposit of firsts.values()) {
      const day = deposit.at.toISOString().slice(0, 10);
      if (day < range.from || day > range.to) continue;
      const bucket = buckets.get(bucketOf(day, range))!;
      bucket.firstDepositors += 1;
      bucket.firstDeposits.set(deposit.currency, (bucket.firstDeposits.get(deposit.currency) ?? 0n) + deposit.amount);
    }
    return { ...range, affiliateId, buckets: [...buckets.values()] };
  });
}

/**
 * The funnel per link, for the links with a click or a click-attributed registration in range
 * (newest link first), every bucket of the range each: one statement. A registration by code
 * belongs to no link.
 */
export async function linkFunnelsOf(ctx: Context, funnel: Funnel): Promise<LinkFunnel[]> {
  const sql = bucketSql(funnel);
  return tenantTx(ctx, async (tx) => {
    const clicks = sql.rows('affiliate_click', tx.tenantId, funnel.affiliateId, 'link_id, ');
    const registrations = sql.rows('affiliate_attribution', tx.tenantId, funnel.affiliateId, 'link_id, ', ` and method = 'CLICK'`);
    const rows = await tx.em.execute<{ code: string; start: string; clicks: number; registrations: number }[]>(
      `with buckets as (${sql.buckets.sql}), clicks as (${clicks.sql}), registrations as (${registrations.sql}),
            links as (select id, code from affiliate_link where tenant_id = ? and affiliate_id = ?
                       and (id in (select link_id from clicks) or id in (select link_id from registrations)))
       select l.code, to_char(b.start, 'YYYY-MM-DD') as start, coalesce(c.n, 0) as clicks, coalesce(r.n, 0) as registrations
         from links l cross join buckets b
         left join clicks c on c.link_id = l.id and c.start = b.start
         left join registrations r on r.link_id = l.id and r.start = b.start
        order by l.id desc, b.start`,
      [...sql.buckets.params, ...clicks.params, ...registrations.params, tx.tenantId, funnel.affiliateId],
    );
    const links = new Map<string, LinkFunnel>();
    for (const row of rows) {
      const link = links.get(row.code) ?? { code: row.code, buckets: [] };
      link.buckets.push({ start: row.start, clicks: row.clicks, registrations: row.registrations });
      links.set(row.code, link);
    }
    return [...links.values()];
  });
}
