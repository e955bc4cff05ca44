/**
 * The composition root of business modules: their entities, and their schema files
 * (imported for their side effect of adding types and fields to the builder).
 */
import './graphql/errors.js';
import '../modules/tenants/tenants.schema.js';
import '../modules/identity/identity.schema.js';
import '../modules/menu/menu.schema.js';
import { TenantSchema } from '../modules/tenants/index.js';
import { authenticate, identityEntities } from '../modules/identity/index.js';
import { tenantDirectory } from '../modules/tenants/index.js';
import { menuEntities } from '../modules/menu/index.js';
import { builder } from './builder.js';

export const entities = [TenantSchema, ...identityEntities, ...menuEntities];
export const authenticator = { authenticate };
export { tenantDirectory };

export const schema = builder.toSchema({ sortSchema: true });
