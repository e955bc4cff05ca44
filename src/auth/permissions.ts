/**
 * Every permission of the platform. A field declares the permission it needs; a role or
 * an API key grants a set of them. Modules add theirs here so the catalogue stays one list.
 */
export const PERMISSIONS = [
  'staff:read',
  'staff:manage',
  'apikey:manage',
  'player:read',
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
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const TENANT_ROLES = ['TENANT_ADMIN', 'FINANCE', 'SUPPORT', 'RISK'] as const;
export type TenantRole = (typeof TENANT_ROLES)[number];

export const PLATFORM_ROLES = ['PLATFORM_ADMIN'] as const;
export type PlatformRole = (typeof PLATFORM_ROLES)[number];

/**
 * Permissions no staff role holds, for partner API keys only: a staff user with
 * apikey:manage may grant them to a key. Staff move money through adjustments instead.
 */
export const PARTNER_PERMISSIONS: readonly Permission[] = ['wallet:post'];
const STAFF_PERMISSIONS = PERMISSIONS.filter((p) => !PARTNER_PERMISSIONS.includes(p));

export const ROLE_PERMISSIONS: Record<TenantRole | PlatformRole, readonly Permission[]> = {
  PLATFORM_ADMIN: STAFF_PERMISSIONS,
  TENANT_ADMIN: STAFF_PERMISSIONS,
  FINANCE: ['player:read', 'menu:read', 'audit:read', 'wallet:read', 'wallet:manage', 'rg:read', 'payments:read', 'payments:manage'],
  SUPPORT: ['player:read', 'menu:read', 'wallet:read', 'rg:read'],
  RISK: ['player:read', 'menu:read', 'audit:read', 'wallet:read', 'wallet:manage', 'rg:read'],
};

export function isPermission(value: string): value is Permission {
  return (PERMISSIONS as readonly string[]).includes(value);
}

export function permissionsOfRoles(roles: readonly (TenantRole | PlatformRole)[]): Set<Permission> {
  return new Set(roles.flatMap((role) => ROLE_PERMISSIONS[role]));
}
