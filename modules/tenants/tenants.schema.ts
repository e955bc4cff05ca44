import { builder } from '../../src/builder.js';
import type { Context } from '../../src/context.js';
import { InvalidIdError, NotFoundError, ValidationError } from '../../src/errors.js';
import { connectionOf } from '../../src/graphql/connections.js';
import { errorType } from '../../src/graphql/errors.js';
import { localIdOf } from '../../src/graphql/ids.js';
import type { Tenant } from './tenants.entities.js';
import { TenantDomainTakenError, TenantSlugTakenError } from './tenants.errors.js';
import * as tenants from './tenants.service.js';

errorType(TenantSlugTakenError, 'TenantSlugTakenError', {
  code: 'TENANT_SLUG_TAKEN',
  description: 'Another tenant already has this slug (slugs are unique across the platform); nothing was written. Choose another slug.',
});
errorType(TenantDomainTakenError, 'TenantDomainTakenError', {
  code: 'TENANT_DOMAIN_TAKEN',
  description: 'One of the domains already belongs to another tenant (a domain names exactly one tenant); nothing was written. Remove it from the other tenant first, or leave it out.',
});

export const TenantStatusEnum = builder.enumType('TenantStatus', {
  description: 'Whether a tenant serves its players and partners.',
  values: {
    ACTIVE: { description: 'Open: players, partners and staff are served.' },
    SUSPENDED: { description: 'Suspended by platform staff: its players and partners are refused (TENANT_SUSPENDED); its staff keep access.' },
  } as const,
});

/** A principal may see its own tenant; platform staff see every tenant. */
function canSee(ctx: Context, tenant: Tenant): boolean {
  const p = ctx.principal;
  return !!p && (p.kind === 'platform' || p.tenantId === tenant.id);
}

const tenantFields = {
  slug: 'The tenant\'s unique, URL-safe short name (3-40 of a-z, 0-9 and "-"); sent as the X-Tenant header.',
  name: 'The brand name shown to players.',
  defaultCurrency: 'The currency of new wallets and of amounts given without one; one of `currencies`.',
  currencies: 'The ISO 4217 currencies the tenant\'s wallets may hold.',
  defaultLocale: 'The language of players who have not chosen one; one of `locales`.',
  locales: 'The languages the tenant offers its players (such as "en", "tr").',
  timeZone: 'The IANA time zone the tenant\'s days are counted in (KPIs, cohorts), such as "Europe/Istanbul"; "UTC" by default.',
} as const;

export const TenantType = builder.objectRef<Tenant>('Tenant');
builder.node(TenantType, {
  description: 'An operator or brand of the platform (a white-label casino). Every player, staff user and row belongs to exactly one tenant. Visible to platform staff, and to the principals of the tenant itself.',
  id: { resolve: (t) => t.id },
  loadMany: async (ids, ctx) => {
    const rows = await tenants.tenantsByIds(ctx, ids);
    return ids.map((id) => rows.find((t) => t.id === id && canSee(ctx, t)) ?? null);
  },
  fields: (t) => ({
    slug: t.exposeString('slug', { description: tenantFields.slug }),
    name: t.exposeString('name', { description: tenantFields.name }),
    status: t.field({ type: TenantStatusEnum, description: 'Whether the tenant serves its players and partners now.', resolve: (tenant) => tenant.status }),
    defaultCurrency: t.field({ type: 'Currency', description: tenantFields.defaultCurrency, resolve: (tenant) => tenant.defaultCurrency }),
    currencies: t.field({ type: ['Currency'], description: tenantFields.currencies, resolve: (tenant) => tenant.currencies }),
    defaultLocale: t.exposeString('defaultLocale', { description: tenantFields.defaultLocale }),
    locales: t.exposeStringList('locales', { description: tenantFields.locales }),
    timeZone: t.exposeString('timeZone', { description: tenantFields.timeZone }),
    domains: t.exposeStringList('domains', { description: 'Host names that address this tenant (a request to one needs no X-Tenant header); browsers on them may call the API (CORS).' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the tenant was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When the tenant\'s settings or status last changed.' }),
  }),
});

export const TenantConnection = connectionOf(TenantType, 'Tenant', { totalCount: true });

/** What a tenant frontend may know of its tenant before anyone signs in. */
const PublicTenant = builder.objectRef<Tenant>('PublicTenant').implement({
  description: 'What anyone may know of the request\'s tenant before signing in: its brand, currencies and languages (for a white-label frontend\'s first screen).',
  fields: (t) => ({
    slug: t.exposeString('slug', { description: tenantFields.slug }),
    name: t.exposeString('name', { description: tenantFields.name }),
    defaultCurrency: t.field({ type: 'Currency', description: tenantFields.defaultCurrency, resolve: (tenant) => tenant.defaultCurrency }),
    currencies: t.field({ type: ['Currency'], description: tenantFields.currencies, resolve: (tenant) => tenant.currencies }),
    defaultLocale: t.exposeString('defaultLocale', { description: tenantFields.defaultLocale }),
    locales: t.exposeStringList('locales', { description: tenantFields.locales }),
  }),
});

const payload = (name: string, description: string) =>
  builder.objectRef<{ tenant: Tenant }>(name).implement({
    description,
    fields: (t) => ({ tenant: t.field({ type: TenantType, description: 'The tenant as it is now.', resolve: (p) => p.tenant }) }),
  });
const CreateTenantPayload = payload('CreateTenantPayload', 'The tenant created by `createTenant`.');
const UpdateTenantPayload = payload('UpdateTenantPayload', 'The tenant changed by `updateTenant`.');
const SuspendTenantPayload = payload('SuspendTenantPayload', 'The tenant suspended by `suspendTenant`.');
const ReactivateTenantPayload = payload('ReactivateTenantPayload', 'The tenant reactivated by `reactivateTenant`.');

const CreateTenantInput = builder.inputType('CreateTenantInput', {
  description: 'A new tenant. It starts ACTIVE; its first staff user is created with `createStaffUser` under its X-Tenant.',
  fields: (t) => ({
    slug: t.string({ required: true, description: 'URL-safe identifier, 3-40 of [a-z0-9-], not starting or ending with "-"; unique on the platform and never changed.' }),
    name: t.string({ required: true, description: 'The brand name shown to players, 1-120 characters.' }),
    defaultCurrency: t.field({ type: 'Currency', required: true, description: 'One of `currencies`.' }),
    currencies: t.field({ type: ['Currency'], required: true, description: 'The currencies the tenant\'s wallets may hold: 1 to 50.' }),
    defaultLocale: t.string({ required: true, description: 'One of `locales`.' }),
    locales: t.stringList({ required: true, description: 'The languages offered to players: at least one of the supported locales ("en", "tr").' }),
    domains: t.stringList({ required: false, description: 'Host names of the tenant\'s frontends (at most 20), each owned by no other tenant. Default: none.' }),
    timeZone: t.string({ required: false, description: 'The IANA time zone the tenant\'s days are counted in (KPIs). Default: "UTC".' }),
  }),
});

const UpdateTenantInput = builder.inputType('UpdateTenantInput', {
  description: 'A change of a tenant\'s settings: absent (or null) fields stay as they are. The slug never changes.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The global ID of the Tenant to change.' }),
    name: t.string({ description: 'A new brand name, 1-120 characters.' }),
    defaultCurrency: t.field({ type: 'Currency', description: 'A new default currency; one of the currencies after the change.' }),
    currencies: t.field({ type: ['Currency'], description: 'The new list of currencies (replaces the old one): 1 to 50.' }),
    defaultLocale: t.string({ description: 'A new default language; one of the locales after the change.' }),
    locales: t.stringList({ description: 'The new list of languages (replaces the old one).' }),
    domains: t.stringList({ description: 'The new list of domains (replaces the old one; [] removes all), each owned by no other tenant.' }),
    timeZone: t.string({ description: 'A new IANA time zone for the tenant\'s days. Its KPI roll-ups are then rebuilt in the new zone (docs/kpis.md).' }),
  }),
});

const SuspendTenantInput = builder.inputType('SuspendTenantInput', {
  description: 'The tenant to suspend.',
  fields: (t) => ({ id: t.id({ required: true, description: 'The global ID of the Tenant to suspend.' }) }),
});
const ReactivateTenantInput = builder.inputType('ReactivateTenantInput', {
  description: 'The tenant to reactivate.',
  fields: (t) => ({ id: t.id({ required: true, description: 'The global ID of the Tenant to reactivate.' }) }),
});

const TenantFilter = builder.inputType('TenantFilter', {
  description: 'Which tenants to list.',
  fields: (t) => ({
    status: t.field({ type: TenantStatusEnum, description: 'Only tenants with this status.' }),
  }),
});

/** Drops GraphQL nulls: in an update, an absent or null field means "leave as is". */
function definedOnly<T extends object>(input: T): { [K in keyof T]?: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== null && v !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], null>;
  };
}

builder.queryFields((t) => ({
  currentTenant: t.field({
    type: PublicTenant,
    nullable: true,
    description: 'The tenant of this request (X-Tenant header or domain); null when there is none.',
    authScopes: { public: true },
    resolve: async (_root, _args, ctx) => (ctx.tenant ? tenants.getTenant(ctx, ctx.tenant.id) : null),
  }),
  tenants: t.connection(
    {
      type: TenantType,
      description: 'Every tenant, oldest first (`last` pages from the newest). Platform staff only.',
      authScopes: { platform: true },
      args: { filter: t.arg({ type: TenantFilter, description: 'Which tenants to list; all when absent.' }) },
      resolve: (_root, args, ctx) => tenants.listTenants(ctx, { ...args, status: args.filter?.status ?? null }),
    },
    TenantConnection,
  ),
}));

builder.mutationFields((t) => ({
  createTenant: t.field({
    type: CreateTenantPayload,
    description: 'Creates a tenant (an operator or brand), ACTIVE at once. Platform staff only. Audited in the new tenant\'s trail.',
    authScopes: { platform: true },
    errors: { types: [ValidationError, TenantSlugTakenError, TenantDomainTakenError] },
    args: { input: t.arg({ type: CreateTenantInput, required: true, description: 'The new tenant.' }) },
    resolve: async (_root, { input }, ctx) => ({
      tenant: await tenants.createTenant(ctx, { ...input, domains: input.domains ?? [], timeZone: input.timeZone ?? 'UTC' }),
    }),
  }),
  updateTenant: t.field({
    type: UpdateTenantPayload,
    description: 'Changes a tenant\'s name, currencies, languages or domains. Platform staff only. Audited.',
    authScopes: { platform: true },
    errors: { types: [ValidationError, InvalidIdError, NotFoundError, TenantDomainTakenError] },
    args: { input: t.arg({ type: UpdateTenantInput, required: true, description: 'The tenant and what changes.' }) },
    resolve: async (_root, { input }, ctx) => {
      const { id, ...changes } = input;
      return { tenant: await tenants.updateTenant(ctx, localIdOf(id, 'Tenant', ['input', 'id']), definedOnly(changes)) };
    },
  }),
  suspendTenant: t.field({
    type: SuspendTenantPayload,
    description: 'Refuses the tenant\'s players and partners (TENANT_SUSPENDED) until reactivated; its staff keep access. Platform staff only. Audited.',
    authScopes: { platform: true },
    errors: { types: [InvalidIdError, NotFoundError] },
    args: { input: t.arg({ type: SuspendTenantInput, required: true, description: 'The tenant to suspend.' }) },
    resolve: async (_root, { input }, ctx) => ({
      tenant: await tenants.setTenantStatus(ctx, localIdOf(input.id, 'Tenant', ['input', 'id']), 'SUSPENDED'),
    }),
  }),
  reactivateTenant: t.field({
    type: ReactivateTenantPayload,
    description: 'Serves a suspended tenant\'s players and partners again. Platform staff only. Audited.',
    authScopes: { platform: true },
    errors: { types: [InvalidIdError, NotFoundError] },
    args: { input: t.arg({ type: ReactivateTenantInput, required: true, description: 'The tenant to reactivate.' }) },
    resolve: async (_root, { input }, ctx) => ({
      tenant: await tenants.setTenantStatus(ctx, localIdOf(input.id, 'Tenant', ['input', 'id']), 'ACTIVE'),
    }),
  }),
}));
