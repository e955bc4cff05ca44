export { TenantSchema, type Tenant } from './tenants.entities.js';
export { tenantDirectory, tenantContexts, createTenant, getTenant, tenantCurrenciesInTx, tenantTimeZoneInTx } from './tenants.service.js';
export { TenantType } from './tenants.schema.js';
