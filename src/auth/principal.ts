import { grantOfRoles, type Permission, type PlatformRole, type TenantRole } from './permissions.js';

/** Who is calling. Resolved once per operation from a bearer token or an API key. */
export type Principal =
  | { kind: 'player'; playerId: string; tenantId: string; sessionId: string }
  | { kind: 'staff'; staffId: string; tenantId: string; sessionId: string; roles: TenantRole[]; permissions: Set<Permission> }
  | { kind: 'platform'; staffId: string; sessionId: string; roles: PlatformRole[]; permissions: Set<Permission> }
  | { kind: 'apiKey'; apiKeyId: string; tenantId: string; permissions: Set<Permission> }
  /** An affiliate of the tenant signed in to its own portal (modules/affiliates): no permissions, its own figures only. */
  | { kind: 'affiliate'; affiliateId: string; tenantId: string; sessionId: string };

/** Kind and id of the actor, as recorded in change histories. */
export function actorOf(principal: Principal): { kind: string; id: string } {
  switch (principal.kind) {
    case 'player':
      return { kind: 'PLAYER', id: principal.playerId };
    case 'staff':
      return { kind: 'STAFF', id: principal.staffId };
    case 'platform':
      return { kind: 'PLATFORM_STAFF', id: principal.staffId };
    case 'apiKey':
      return { kind: 'API_KEY', id: principal.apiKeyId };
    case 'affiliate':
      return { kind: 'AFFILIATE', id: principal.affiliateId };
  }
}

/** The id of the signed-in account behind a principal (its sessions' `subject_id`); null for an API key. */
export function subjectIdOf(principal: Principal): string | null {
  switch (principal.kind) {
    case 'player':
      return principal.playerId;
    case 'staff':
    case 'platform':
      return principal.staffId;
    case 'affiliate':
      return principal.affiliateId;
    case 'apiKey':
      return null;
  }
}

/** The actor as one string, `KIND:id` (stored in created_by / requested_by columns). */
export function actorLabel(principal: Principal): string {
  const { kind, id } = actorOf(principal);
  return `${kind}:${id}`;
}

/** Whether a principal holds a permission. Players and affiliates hold none: what they may do is their own. */
export function holds(principal: Principal | null, permission: Permission): boolean {
  return !!principal && principal.kind !== 'player' && principal.kind !== 'affiliate' && principal.permissions.has(permission);
}

/**
 * What a principal may grant to a key or a staff user: what it holds. Staff and platform
 * staff hold their roles' permissions, to use or to delegate; an API key exactly its own
 * permissions (a key may create keys, or staff, with a subset of them at most); players and
 * affiliates nothing.
 */
export function grantablePermissions(principal: Principal | null): Set<Permission> {
  if (!principal || principal.kind === 'player' || principal.kind === 'affiliate') return new Set();
  if (principal.kind === 'apiKey') return new Set(principal.permissions);
  return grantOfRoles(principal.roles);
}
