import { defineEntity, type InferEntity } from '@mikro-orm/core';

const p = defineEntity.properties;

/** A tenant (operator/brand). Platform-level: the one table every tenant row points to. */
export const TenantSchema = defineEntity({
  name: 'Tenant',
  tableName: 'tenant',
  properties: {
    id: p.uuid().primary(),
    slug: p.text(),
    name: p.text(),
    status: p.enum(['ACTIVE', 'SUSPENDED'] as const),
    defaultCurrency: p.character().length(3),
    currencies: p.array(),
    defaultLocale: p.text(),
    locales: p.array(),
    domains: p.array(),
    timeZone: p.text().default('UTC'),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});
export type Tenant = InferEntity<typeof TenantSchema>;
