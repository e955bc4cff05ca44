export { TenantSchema, type Tenant } from './tenants.entities.js';
export { tenantDirectory, tenantContexts, createTenant, getTenant } from './tenants.service.js';
export { TenantType } from './tenants.schema.js';
