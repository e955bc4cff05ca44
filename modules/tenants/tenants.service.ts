import { z } from 'zod';
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { auditPlatformAction, platformTx, systemContext, type Context, type Services, type TenantRef, type TenantTx } from '../../src/context.js';
import { difference } from '../../src/audit/chain.js';
import { NotFoundError, ValidationError, type FieldIssue } from '../../src/errors.js';
import { LOCALES, isLocale } from '../../src/i18n.js';
import { isUuid, newId } from '../../src/ids.js';
import { keysetPage, type PageArgs } from '../../src/graphql/pagination.js';
import { parseInput } from '../../src/validation.js';
import { TenantSchema, type Tenant } from './tenants.entities.js';
import { TenantDomainTakenError, TenantSlugTakenError } from './tenants.errors.js';

const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

const slug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{1,38}[a-z0-9]$/, 'must be 3-40 lowercase letters, digits or dashes, not starting or ending with a dash');
const currency = z.string().refine((c) => CURRENCIES.has(c), 'must be an ISO 4217 currency code');
const TIME_ZONES = new Set([...Intl.supportedValuesOf('timeZone'), 'UTC']);
const timeZone = z.string().refine((zone) => TIME_ZONES.has(zone), 'must be an IANA time zone, such as Europe/Istanbul or UTC');
const locale = z.string().refine(isLocale, `must be one of ${LOCALES.join(', ')}`);
const domain = z
  .string()
  .transform((d) => d.toLowerCase())
  .pipe(z.string().regex(/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, 'must be a host name'));

const tenantFields = {
  name: z.string().trim().min(1).max(120),
  defaultCurrency: currency,
  currencies: z.array(currency).min(1).max(50),
  defaultLocale: locale,
  locales: z.array(locale).min(1),
  domains: z.array(domain).max(20),
  timeZone,
};

const createInput = z
  .object({ slug, ...tenantFields, domains: tenantFields.domains.default([]), timeZone: timeZone.default('UTC') })
  .refine((t) => t.currencies.includes(t.defaultCurrency), { path: ['defaultCurrency'], message: 'must be one of currencies' })
  .refine((t) => t.locales.includes(t.defaultLocale), { path: ['defaultLocale'], message: 'must be one of locales' });
export type CreateTenantInput = z.input<typeof createInput>;

const updateInput = z.object({
  name: tenantFields.name.optional(),
  defaultCurrency: currency.optional(),
  currencies: tenantFields.currencies.optional(),
  defaultLocale: locale.optional(),
  locales: tenantFields.locales.optional(),
  domains: tenantFields.domains.optional(),
  timeZone: timeZone.optional(),
});
export type UpdateTenantInput = z.input<typeof updateInput>;

/** The fields of a tenant an audit event records. */
function auditedFields(tenant: Tenant): Record<string, unknown> {
  const { slug, name, status, defaultCurrency, currencies, defaultLocale, locales, domains, timeZone } = tenant;
  return { slug, name, status, defaultCurrency, currencies, defaultLocale, locales, domains, timeZone };
}

function toRef(tenant: Tenant): TenantRef {
  return { id: tenant.id, slug: tenant.slug, status: tenant.status, defaultLocale: tenant.defaultLocale, locales: tenant.locales, currencies: tenant.currencies, defaultCurrency: tenant.defaultCurrency };
}

/** Translates unique violations into the typed error of the field that collided. */
async function flushTenant(em: EntityManager, tenant: Tenant): Promise<void> {
  try {
    await em.flush();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw new TenantSlugTakenError(tenant.slug);
    throw error;
  }
}

/**
 * A domain belongs to at most one tenant. Arrays cannot carry a unique index, so the check runs
 * under a transaction-level advisory lock that every domain change takes: two transactions
 * claiming the same domain at once are serialised, and the second sees the first's commit.
 */
async function assertDomainsFree(em: EntityManager, domains: string[], exceptTenantId?: string): Promise<void> {
  if (domains.length === 0) return;
  await em.execute(`select pg_advisory_xact_lock(hashtext('croupier:tenant-domains'))`);
  const rows = await em.execute<{ domain: string }[]>(
    `select d as domain from tenant, unnest(domains) d where d = any (?::text[]) and id is distinct from ?::uuid limit 1`,
    [`{${domains.join(',')}}`, exceptTenantId ?? null],
  );
  if (rows[0]) throw new TenantDomainTakenError(rows[0].domain);
}

export async function createTenant(ctx: Context, input: CreateTenantInput): Promise<Tenant> {
  const data = parseInput(createInput, input);
  return platformTx(ctx, async (em) => {
    if (await em.findOne(TenantSchema, { slug: data.slug })) throw new TenantSlugTakenError(data.slug);
    await assertDomainsFree(em, data.domains);
    const tenant = em.create(TenantSchema, { id: newId(), status: 'ACTIVE', ...data });
    await flushTenant(em, tenant);
    await auditPlatformAction(ctx, em, tenant.id, {
      action: 'tenant.create',
      target: { type: 'Tenant', id: tenant.id },
      diff: difference(null, auditedFields(tenant)),
    });
    return tenant;
  });
}

export async function updateTenant(ctx: Context, id: string, input: UpdateTenantInput): Promise<Tenant> {
  const data = parseInput(updateInput, input);
  const updated = await platformTx(ctx, async (em) => {
    const tenant = await em.findOne(TenantSchema, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!tenant) throw new NotFoundError('Tenant');
    if (data.domains) await assertDomainsFree(em, data.domains, id);
    const next = { ...tenant, ...Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined)) };
    const issues: FieldIssue[] = [];
    if (!next.currencies.includes(next.defaultCurrency)) issues.push({ path: ['input', 'defaultCurrency'], message: 'must be one of currencies' });
    if (!next.locales.includes(next.defaultLocale)) issues.push({ path: ['input', 'defaultLocale'], message: 'must be one of locales' });
    if (issues.length) throw new ValidationError(issues);
    const before = auditedFields(tenant);
    em.assign(tenant, data);
    await flushTenant(em, tenant);
    await auditPlatformAction(ctx, em, tenant.id, {
      action: 'tenant.update',
      target: { type: 'Tenant', id: tenant.id },
      diff: difference(before, auditedFields(tenant)),
    });
    return tenant;
  });
  await ctx.services.lookups.invalidate(`tenant:${updated.id}`);
  return updated;
}

export async function setTenantStatus(ctx: Context, id: string, status: Tenant['status']): Promise<Tenant> {
  const changed = await platformTx(ctx, async (em) => {
    const tenant = await em.findOne(TenantSchema, { id });
    if (!tenant) throw new NotFoundError('Tenant');
    const before = tenant.status;
    tenant.status = status;
    await em.flush();
    await auditPlatformAction(ctx, em, tenant.id, {
      action: status === 'SUSPENDED' ? 'tenant.suspend' : 'tenant.reactivate',
      target: { type: 'Tenant', id: tenant.id },
      diff: difference({ status: before }, { status }),
    });
    return tenant;
  });
  await ctx.services.lookups.invalidate(`tenant:${changed.id}`);
  return changed;
}

/** Every tenant, oldest first (ids are time-ordered), in pages both ways, with its count. */
export function listTenants(ctx: Context, args: PageArgs & { status?: Tenant['status'] | null }) {
  const filters = { status: args.status ?? null };
  const where = args.status ? { status: args.status } : {};
  return keysetPage<Tenant>(args, {
    filters,
    keyOf: (t) => t.id,
    fetch: ({ after, before, limit, backward }) =>
      platformTx(ctx, (em) =>
        em.find(
          TenantSchema,
          {
            ...where,
            ...(after || before ? { id: { ...(after ? { $gt: after } : {}), ...(before ? { $lt: before } : {}) } } : {}),
          },
          { orderBy: { id: backward ? 'desc' : 'asc' }, limit },
        ),
      ),
    count: () => platformTx(ctx, (em) => em.count(TenantSchema, where)),
  });
}

export function tenantsByIds(ctx: Context, ids: readonly string[]): Promise<Tenant[]> {
  const valid = ids.filter(isUuid);
  if (valid.length === 0) return Promise.resolve([]);
  return platformTx(ctx, (em) => em.find(TenantSchema, { id: { $in: valid } }));
}

const tenantTags = (tenant: TenantRef) => [`tenant:${tenant.id}`];

/** Lookups the request pipeline uses to find the operation's tenant (cached briefly; changes invalidate). */
export const tenantDirectory = {
  byId(services: Services, id: string): Promise<TenantRef | null> {
    return services.lookups.get(`tenant-by-id:${id}`, async () => {
      const tenant = await services.orm.em.fork().findOne(TenantSchema, { id });
      return tenant ? toRef(tenant) : null;
    }, tenantTags);
  },
  bySlug(services: Services, slug: string): Promise<TenantRef | null> {
    return services.lookups.get(`tenant-by-slug:${slug}`, async () => {
      const tenant = await services.orm.em.fork().findOne(TenantSchema, { slug });
      return tenant ? toRef(tenant) : null;
    }, tenantTags);
  },
  // Asked by every Host-addressed request and every CORS check: cached like the others. A
  // domain moving between tenants changes both, so `tenant:<id>` of the old owner drops it.
  byDomain(services: Services, host: string): Promise<TenantRef | null> {
    return services.lookups.get(`tenant-by-domain:${host}`, async () => {
      const em = services.orm.em.fork();
      const [row] = await em.execute<{ id: string }[]>(`select id from tenant where domains @> array[?]::text[] limit 1`, [host]);
      if (!row) return null;
      const tenant = await em.findOne(TenantSchema, { id: row.id });
      return tenant ? toRef(tenant) : null;
    }, tenantTags);
  },
};

export async function getTenant(ctx: Context, id: string): Promise<Tenant | null> {
  return platformTx(ctx, (em) => em.findOne(TenantSchema, { id }));
}

/** Every tenant's system context, one after another in id order: how platform jobs act tenant by tenant. */
export async function* tenantContexts(services: Services): AsyncGenerator<Context> {
  const tenants = await services.orm.em.fork().find(TenantSchema, {}, { fields: ['id'], orderBy: { id: 'asc' } });
  for (const { id } of tenants) {
    const tenant = await tenantDirectory.byId(services, id);
    if (tenant) yield systemContext(services, tenant);
  }
}

/** The caller's tenant's currencies and default currency, read in its own tenant transaction. */
export async function tenantCurrenciesInTx(tx: TenantTx): Promise<{ defaultCurrency: string; currencies: string[] }> {
  const [row] = await tx.em.execute<{ default_currency: string; currencies: string[] }[]>(`select default_currency, currencies from tenant where id = ?`, [tx.tenantId]);
  if (!row) throw new Error(`tenant ${tx.tenantId} not found`);
  return { defaultCurrency: row.default_currency.trim(), currencies: row.currencies };
}

/** The tenant's time zone (IANA), in `tx`: where its days begin and end. */
export async function tenantTimeZoneInTx(tx: TenantTx): Promise<string> {
  const [row] = await tx.em.execute<{ time_zone: string }[]>(`select time_zone from tenant where id = ?`, [tx.tenantId]);
  if (!row) throw new Error(`tenant ${tx.tenantId} not found`);
  return row.time_zone;
}
