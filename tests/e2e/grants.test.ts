import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClientError } from 'graphql-request';
import type { Permission as WirePermission, TenantRole } from '../../codegen/sdk.js';
import {
  grantOfRoles,
  PERMISSIONS,
  PLATFORM_ROLES,
  TENANT_ROLES,
  type Permission,
  type PlatformRole,
} from '../../src/auth/permissions.js';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { expectType, newStaff, newTenant, platformAdmin, type TestTenant } from '../helpers/world.js';

/**
 * Nobody grants more than they hold (issue #13, item 1): every principal kind against every
 * permission of the catalogue it lacks, through createApiKey, createStaffUser and
 * setStaffRoles over HTTP. The matrix is generated from src/auth/permissions.ts.
 */

const wire = (p: Permission) => p.replace(/[:\-.]/g, '_').toUpperCase() as WirePermission;

/** How a grant attempt ended: the union member (with what it names as missing) or the top-level code. */
type Outcome = { typename: string; missing?: string[] } | { code: string };

async function outcome(call: Promise<Record<string, { __typename: string; missing?: string[] }>>): Promise<Outcome> {
  try {
    const result = Object.values(await call)[0]!;
    return { typename: result.__typename, ...(result.missing ? { missing: result.missing } : {}) };
  } catch (error) {
    if (error instanceof ClientError) return { code: String(error.response.errors?.[0]?.extensions?.['code']) };
    throw error;
  }
}

/** A refusal: CANNOT_GRANT naming exactly `missing` when the caller may reach the mutation, else FORBIDDEN. */
function expectRefused(result: Outcome, reachable: boolean, missing: Permission[]): void {
  if (reachable) expect(result).toEqual({ typename: 'CannotGrantError', missing: missing.map(wire) });
  else expect(result).toEqual({ code: 'FORBIDDEN' });
}

/** Roles whose grant hands over `permission` (to use or to delegate). */
const rolesCarrying = (permission: Permission): TenantRole[] => TENANT_ROLES.filter((r) => grantOfRoles([r]).has(permission));

let server: TestServer;
let platform: { sdk: Sdk; token: string };
let tenant: TestTenant;
/** A SUPPORT staff user whose roles the matrix tries to raise. */
let target: { id: string };

async function written(): Promise<{ keys: string[]; staff: string[] }> {
  const keys = await tenant.admin.sdk.ApiKeys({ first: 100 });
  const staff = await tenant.admin.sdk.StaffUsers({ first: 100 });
  return {
    keys: keys.apiKeys!.edges.map((e) => e.node.id).sort(),
    staff: staff.staffUsers!.edges.map((e) => `${e.node.id}:${[...e.node.roles].sort().join(',')}`).sort(),
  };
}

/** Tries every grant path with `permission` as `caller`; `holds` is what the caller holds. */
async function tryEveryGrant(caller: Sdk, holds: ReadonlySet<Permission>, permission: Permission, headers: Record<string, string> = {}) {
  const canManageKeys = holds.has('apikey:manage');
  const canManageStaff = holds.has('staff:manage');
  // The permission alone, then beside one the caller does hold: only the lacking one is named.
  expectRefused(await outcome(caller.CreateApiKey({ input: { name: 'escalation', permissions: [wire(permission)] } }, headers)), canManageKeys, [permission]);
  const held = PERMISSIONS.find((p) => holds.has(p) && p !== permission);
  if (held) {
    expectRefused(
      await outcome(caller.CreateApiKey({ input: { name: 'escalation', permissions: [wire(held), wire(permission)] } }, headers)),
      canManageKeys,
      [permission],
    );
  }
  for (const role of rolesCarrying(permission)) {
    const missing = PERMISSIONS.filter((p) => grantOfRoles([role]).has(p) && !holds.has(p));
    expectRefused(
      await outcome(caller.CreateStaffUser({ input: { email: `esc-${role.toLowerCase()}-${Math.random().toString(36).slice(2, 8)}@x.test`, name: 'Escalated', password: 'correct-horse-battery', roles: [role] } }, headers)),
      canManageStaff,
      missing,
    );
    expectRefused(await outcome(caller.SetStaffRoles({ input: { staffUserId: target.id, roles: [role] } }, headers)), canManageStaff, missing);
  }
}

beforeAll(async () => {
  server = await startServer();
  platform = await platformAdmin(server);
  tenant = await newTenant(server, platform.sdk);
  const support = await newStaff(server, platform.sdk, tenant.slug, ['SUPPORT']);
  const viewer = await server.sdk({ authorization: `Bearer ${support.token}` }).Viewer();
  const staff = await tenant.admin.sdk.StaffUsers({ first: 100 });
  const found = staff.staffUsers!.edges.find((e) => e.node.email === support.email);
  expect(viewer.viewer?.kind).toBe('STAFF');
  target = { id: found!.node.id };
});
afterAll(() => server?.close());

describe('an API key grants a subset of its own permissions at most', () => {
  it('the reported escalation: apikey:manage + wallet:read cannot mint wallet:post; a subset is allowed', async () => {
    const created = await tenant.admin.sdk.CreateApiKey({ input: { name: 'key manager', permissions: ['APIKEY_MANAGE', 'WALLET_READ'] } });
    const manager = server.sdk({ 'x-api-key': expectType(created.createApiKey, 'CreateApiKeyPayload').key });
    const before = await written();
    expect(await outcome(manager.CreateApiKey({ input: { name: 'mover', permissions: ['WALLET_POST'] } }))).toEqual({
      typename: 'CannotGrantError',
      missing: ['WALLET_POST'],
    });
    expect(await outcome(manager.CreateApiKey({ input: { name: 'mover', permissions: ['WALLET_POST', 'WALLET_MANAGE', 'WALLET_READ'] } }))).toEqual({
      typename: 'CannotGrantError',
      missing: ['WALLET_MANAGE', 'WALLET_POST'],
    });
    expect(await written()).toEqual(before);
    const subset = await manager.CreateApiKey({ input: { name: 'reader', permissions: ['WALLET_READ'] } });
    expect(expectType(subset.createApiKey, 'CreateApiKeyPayload').apiKey.permissions).toEqual(['WALLET_READ']);
  });

  for (const permission of PERMISSIONS) {
    it(`a key holding everything but ${permission} cannot grant it by any path`, async () => {
      const holds = new Set(PERMISSIONS.filter((p) => p !== permission));
      const created = await tenant.admin.sdk.CreateApiKey({ input: { name: `all but ${permission}`, permissions: [...holds].map(wire) } });
      const key = server.sdk({ 'x-api-key': expectType(created.createApiKey, 'CreateApiKeyPayload').key });
      const before = await written();
      await tryEveryGrant(key, holds, permission);
      expect(await written()).toEqual(before);
    });
  }
});

describe('staff grant only what their roles hold', () => {
  const cases = TENANT_ROLES.flatMap((role) =>
    PERMISSIONS.filter((p) => !grantOfRoles([role]).has(p)).map((permission) => ({ role, permission })),
  );
  // TENANT_ADMIN holds every permission (wallet:post to delegate only), so it lacks none.
  it('the matrix covers every role that lacks something', () => {
    expect(new Set(cases.map((c) => c.role))).toEqual(new Set(TENANT_ROLES.filter((r) => grantOfRoles([r]).size < PERMISSIONS.length)));
  });

  for (const role of TENANT_ROLES) {
    const lacks = cases.filter((c) => c.role === role).map((c) => c.permission);
    if (!lacks.length) continue;
    it(`a ${role} staff user cannot grant any of the ${lacks.length} permissions the role lacks`, async () => {
      const staff = await newStaff(server, platform.sdk, tenant.slug, [role]);
      const before = await written();
      for (const permission of lacks) await tryEveryGrant(staff.sdk, grantOfRoles([role]), permission);
      expect(await written()).toEqual(before);
    });
  }

  it('a TENANT_ADMIN may hand wallet:post to a partner key, and still cannot use it', async () => {
    const created = await tenant.admin.sdk.CreateApiKey({ input: { name: 'partner', permissions: ['WALLET_POST'] } });
    expectType(created.createApiKey, 'CreateApiKeyPayload');
    const viewer = await tenant.admin.sdk.Viewer();
    expect(viewer.viewer?.permissions).not.toContain('WALLET_POST');
  });
});

describe('platform staff grant only what their roles hold', () => {
  for (const role of PLATFORM_ROLES) {
    const held = grantOfRoles([role as PlatformRole]);
    const lacks = PERMISSIONS.filter((p) => !held.has(p));
    it(`${role}: refused for each of the ${lacks.length} permissions the role lacks`, async () => {
      const before = await written();
      for (const permission of lacks) await tryEveryGrant(platform.sdk, held, permission, { 'x-tenant': tenant.slug });
      expect(await written()).toEqual(before);
    });
  }
});
