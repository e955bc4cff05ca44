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
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const TENANT_ROLES = ['TENANT_ADMIN', 'FINANCE', 'SUPPORT', 'RISK'] as const;
export type TenantRole = (typeof TENANT_ROLES)[number];

export const PLATFORM_ROLES = ['PLATFORM_ADMIN'] as const;
export type PlatformRole = (typeof PLATFORM_ROLES)[number];

export const ROLE_PERMISSIONS: Record<TenantRole | PlatformRole, readonly Permission[]> = {
  PLATFORM_ADMIN: PERMISSIONS,
  TENANT_ADMIN: PERMISSIONS,
  FINANCE: ['player:read', 'menu:read', 'audit:read'],
  SUPPORT: ['player:read', 'menu:read'],
  RISK: ['player:read', 'menu:read', 'audit:read'],
};

export function isPermission(value: string): value is Permission {
  return (PERMISSIONS as readonly string[]).includes(value);
}

export function permissionsOfRoles(roles: readonly (TenantRole | PlatformRole)[]): Set<Permission> {
  return new Set(roles.flatMap((role) => ROLE_PERMISSIONS[role]));
}
