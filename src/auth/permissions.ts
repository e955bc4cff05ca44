/**
 * Every permission of the platform. A field declares the permission it needs; a role or
 * an API key grants a set of them. Modules add theirs here so the catalogue stays one list.
 */
export const PERMISSIONS = [
  'staff:read',
  'staff:manage',
  'apikey:manage',
  'player:read',
  'player:manage',
  'menu:read',
  'menu:manage',
  'audit:read',
  'audit:checkpoint',
  'wallet:read',
  'wallet:manage',
  'wallet:post',
  'rg:read',
  'games:manage',
  'poker:manage',
  'payments:read',
  'payments:manage',
  'bonus:read',
  'bonus:manage',
  'bonus:review',
  'offers:read',
  'offers:manage',
  'rg:flag',
  'vip:read',
  'vip:manage',
  'vip:approve',
  'affiliates:read',
  'affiliates:manage',
  'affiliates:statements',
  'kpis:read',
  'risk:read',
  'risk:manage',
  'risk:approve',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const TENANT_ROLES = ['TENANT_ADMIN', 'FINANCE', 'SUPPORT', 'RISK'] as const;
export type TenantRole = (typeof TENANT_ROLES)[number];

export const PLATFORM_ROLES = ['PLATFORM_ADMIN'] as const;
export type PlatformRole = (typeof PLATFORM_ROLES)[number];

/**
 * Permissions for partner API keys only: no staff role may use them (staff move money through
 * adjustments instead), but the admin roles hold them *to delegate*, so they can hand them to
 * a partner key (see ROLE_DELEGABLE_PERMISSIONS).
 */
export const PARTNER_PERMISSIONS: readonly Permission[] = ['wallet:post'];
const STAFF_PERMISSIONS = PERMISSIONS.filter((p) => !PARTNER_PERMISSIONS.includes(p));

export const ROLE_PERMISSIONS: Record<TenantRole | PlatformRole, readonly Permission[]> = {
  PLATFORM_ADMIN: STAFF_PERMISSIONS,
  TENANT_ADMIN: STAFF_PERMISSIONS,
  FINANCE: ['player:read', 'menu:read', 'audit:read', 'wallet:read', 'wallet:manage', 'rg:read', 'payments:read', 'payments:manage', 'bonus:read', 'offers:read', 'vip:read', 'affiliates:read', 'affiliates:statements', 'kpis:read'],
  SUPPORT: ['player:read', 'player:manage', 'menu:read', 'wallet:read', 'rg:read', 'rg:flag', 'bonus:read', 'offers:read', 'vip:read', 'affiliates:read'],
  RISK: ['player:read', 'player:manage', 'menu:read', 'audit:read', 'wallet:read', 'wallet:manage', 'rg:read', 'rg:flag', 'bonus:read', 'bonus:review', 'offers:read', 'vip:read', 'vip:approve', 'affiliates:read', 'risk:read', 'risk:manage', 'risk:approve'],
};

/**
 * Permissions a role holds only to grant them on (to an API key), never to use. Nobody grants
 * a permission they do not hold, for use or for delegation (docs/auth.md, "Granting").
 */
export const ROLE_DELEGABLE_PERMISSIONS: Record<TenantRole | PlatformRole, readonly Permission[]> = {
  PLATFORM_ADMIN: PARTNER_PERMISSIONS,
  TENANT_ADMIN: PARTNER_PERMISSIONS,
  FINANCE: [],
  SUPPORT: [],
  RISK: [],
};

export function isPermission(value: string): value is Permission {
  return (PERMISSIONS as readonly string[]).includes(value);
}

export function permissionsOfRoles(roles: readonly (TenantRole | PlatformRole)[]): Set<Permission> {
  return new Set(roles.flatMap((role) => ROLE_PERMISSIONS[role]));
}

/** Everything a holder of these roles holds, to use or to delegate: what granting the roles hands over. */
export function grantOfRoles(roles: readonly (TenantRole | PlatformRole)[]): Set<Permission> {
  return new Set(roles.flatMap((role) => [...ROLE_PERMISSIONS[role], ...ROLE_DELEGABLE_PERMISSIONS[role]]));
}

/** The permissions of `wanted` that `grantable` lacks, in catalogue order. */
export function lacking(grantable: ReadonlySet<Permission>, wanted: Iterable<Permission>): Permission[] {
  const asked = new Set(wanted);
  return PERMISSIONS.filter((p) => asked.has(p) && !grantable.has(p));
}
