import { builder } from '../../src/builder.js';
import type { Context } from '../../src/context.js';
import { NotFoundError, ValidationError } from '../../src/errors.js';
import { errorType } from '../../src/graphql/errors.js';
import { decodeIdOf } from '../../src/graphql/ids.js';
import type { Tenant } from './tenants.entities.js';
import { TenantDomainTakenError, TenantSlugTakenError } from './tenants.errors.js';
import * as tenants from './tenants.service.js';

errorType(TenantSlugTakenError, 'TenantSlugTakenError', { code: 'TENANT_SLUG_TAKEN', description: '' });
errorType(TenantDomainTakenError, 'TenantDomainTakenError', { code: 'TENANT_DOMAIN_TAKEN', description: '' });

const TenantStatus = builder.enumType('TenantStatus', { values: ['ACTIVE', 'SUSPENDED'] as const });

/** A principal may see its own tenant; platform staff see every tenant. */
function canSee(ctx: Context, tenant: Tenant): boolean {
  const p = ctx.principal;
  return !!p && (p.kind === 'platform' || p.tenantId === tenant.id);
}

export const TenantType = builder.objectRef<Tenant>('Tenant');
builder.node(TenantType, {
  id: { resolve: (t) => t.id },
  loadMany: async (ids, ctx) => {
    const rows = await tenants.tenantsByIds(ctx, ids);
    return ids.map((id) => rows.find((t) => t.id === id && canSee(ctx, t)) ?? null);
  },
  fields: (t) => ({
    slug: t.exposeString('slug'),
    name: t.exposeString('name'),
    status: t.field({ type: TenantStatus, resolve: (tenant) => tenant.status }),
    defaultCurrency: t.exposeString('defaultCurrency'),
    currencies: t.exposeStringList('currencies'),
    defaultLocale: t.exposeString('defaultLocale'),
    locales: t.exposeStringList('locales'),
    domains: t.exposeStringList('domains'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

/** What a tenant frontend may know of its tenant before anyone signs in. */
const PublicTenant = builder.objectRef<Tenant>('PublicTenant').implement({
  fields: (t) => ({
    slug: t.exposeString('slug'),
    name: t.exposeString('name'),
    defaultCurrency: t.exposeString('defaultCurrency'),
    currencies: t.exposeStringList('currencies'),
    defaultLocale: t.exposeString('defaultLocale'),
    locales: t.exposeStringList('locales'),
  }),
});

const TenantPayload = builder.objectRef<{ tenant: Tenant }>('TenantPayload').implement({
  fields: (t) => ({ tenant: t.field({ type: TenantType, resolve: (p) => p.tenant }) }),
});

const CreateTenantInput = builder.inputType('CreateTenantInput', {
  fields: (t) => ({
    slug: t.string({ required: true, description: 'URL-safe identifier, 3-40 of [a-z0-9-].' }),
    name: t.string({ required: true }),
    defaultCurrency: t.string({ required: true, description: 'ISO 4217 code; one of currencies.' }),
    currencies: t.stringList({ required: true }),
    defaultLocale: t.string({ required: true, description: 'One of locales.' }),
    locales: t.stringList({ required: true }),
    domains: t.stringList({ required: false }),
  }),
});

const UpdateTenantInput = builder.inputType('UpdateTenantInput', {
  fields: (t) => ({
    name: t.string(),
    defaultCurrency: t.string(),
    currencies: t.stringList(),
    defaultLocale: t.string(),
    locales: t.stringList(),
    domains: t.stringList(),
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
  tenants: t.connection({
    type: TenantType,
    description: 'Every tenant, oldest first. Platform staff only.',
    authScopes: { platform: true },
    args: { status: t.arg({ type: TenantStatus, required: false }) },
    resolve: (_root, args, ctx) => tenants.listTenants(ctx, args),
  }),
}));

const tenantIdArg = (t: Parameters<Parameters<typeof builder.mutationFields>[0]>[0]) =>
  t.arg.globalID({ required: true, for: [TenantType] });

builder.mutationFields((t) => ({
  createTenant: t.field({
    type: TenantPayload,
    authScopes: { platform: true },
    errors: { types: [ValidationError, TenantSlugTakenError, TenantDomainTakenError] },
    args: { input: t.arg({ type: CreateTenantInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({
      tenant: await tenants.createTenant(ctx, { ...input, domains: input.domains ?? [] }),
    }),
  }),
  updateTenant: t.field({
    type: TenantPayload,
    authScopes: { platform: true },
    errors: { types: [ValidationError, NotFoundError, TenantDomainTakenError] },
    args: { id: tenantIdArg(t), input: t.arg({ type: UpdateTenantInput, required: true }) },
    resolve: async (_root, { id, input }, ctx) => ({
      tenant: await tenants.updateTenant(ctx, decodeIdOf(id), definedOnly(input)),
    }),
  }),
  suspendTenant: t.field({
    type: TenantPayload,
    description: 'Refuses the tenant\'s players and partners until reactivated. Staff keep access.',
    authScopes: { platform: true },
    errors: { types: [NotFoundError] },
    args: { id: tenantIdArg(t) },
    resolve: async (_root, { id }, ctx) => ({ tenant: await tenants.setTenantStatus(ctx, decodeIdOf(id), 'SUSPENDED') }),
  }),
  reactivateTenant: t.field({
    type: TenantPayload,
    authScopes: { platform: true },
    errors: { types: [NotFoundError] },
    args: { id: tenantIdArg(t) },
    resolve: async (_root, { id }, ctx) => ({ tenant: await tenants.setTenantStatus(ctx, decodeIdOf(id), 'ACTIVE') }),
  }),
}));
