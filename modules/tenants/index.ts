export { TenantSchema, type Tenant } from './tenants.entities.js';
export { tenantDirectory, createTenant, getTenant } from './tenants.service.js';
export { TenantType } from './tenants.schema.js';
