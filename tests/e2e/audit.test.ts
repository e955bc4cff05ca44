import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { ClientError } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkpointAllTenants } from '../../modules/audit/index.js';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { graphqlError } from '../helpers/errors.js';
import { globalIdOf } from '../../src/graphql/ids.js';
import { expectType, localId, newPlayer, newStaff, newTenant, platformAdmin, type TestTenant } from '../helpers/world.js';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');

let server: TestServer;
let platform: Sdk;
let owner: pg.Client;

beforeAll(async () => {
  server = await startServer();
  platform = (await platformAdmin(server)).sdk;
  owner = new pg.Client({ connectionString: inject('databaseUrl') });
  await owner.connect();
});
afterAll(async () => {
  await owner?.end();
  await server?.close();
});

/** A tenant with some history: a staff user, a role change, an API key, menu changes. */
async function tenantWithHistory(): Promise<TestTenant & { supportEmail: string }> {
  const tenant = await newTenant(server, platform);
  const support = await newStaff(server, platform, tenant.slug, ['SUPPORT']);
  const staff = await tenant.admin.sdk.StaffUsers({ first: 100 });
  const supportId = staff.staffUsers!.edges.find((e) => e.node.email === support.email)!.node.id;
  expectType((await tenant.admin.sdk.SetStaffRoles({ input: { staffUserId: supportId, roles: ['SUPPORT', 'RISK'] } })).setStaffRoles, 'SetStaffRolesPayload');
  const key = expectType((await tenant.admin.sdk.CreateApiKey({ input: { name: 'partner', permissions: ['MENU_READ'] } })).createApiKey, 'CreateApiKeyPayload');
  expectType((await tenant.admin.sdk.RevokeApiKey({ input: { apiKeyId: key.apiKey.id } })).revokeApiKey, 'RevokeApiKeyPayload');
  expectType((await tenant.admin.sdk.SetMenuItem({ input: { key: 'poker', enabled: true } })).setMenuItem, 'SetMenuItemPayload');
  return { ...tenant, supportEmail: support.email };
}

/** The global ID of the tenant admin's StaffUser. */
async function adminStaffId(tenant: TestTenant): Promise<string> {
  const staff = await tenant.admin.sdk.StaffUsers({ first: 100 });
  return staff.staffUsers!.edges.find((e) => e.node.email === tenant.admin.email)!.node.id;
}

async function exportToFile(sdk: Sdk, range: { fromSeq?: number; toSeq?: number } = {}): Promise<string> {
  const { exportAuditRange } = await sdk.ExportAuditRange(range);
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'audit-')), 'export.json');
  writeFileSync(file, exportAuditRange!.document);
  return file;
}

/** Runs the offline verifier: exit code and what it printed. */
async function offlineVerify(file: string, publicKey: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'src/cli/audit-verify.ts', file, '--public-key', publicKey], { cwd: root });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

describe('audit trail', () => {
  it('records staff mutations with actor, action, target, difference, request id and IP', async () => {
    const tenant = await tenantWithHistory();
    const { auditEvents } = await tenant.admin.sdk.AuditEvents({ first: 100 });
    const events = auditEvents!.edges.map((e) => e.node);
    expect(events.map((e) => e.action).reverse()).toEqual([
      'tenant.create',
      'staff.create',
      'staff.login',
      'staff.create',
      'staff.login',
      'staff.roles.set',
      'apikey.create',
      'apikey.revoke',
      'menu.item.set',
    ]);
    const adminId = await adminStaffId(tenant);
    const roles = events.find((e) => e.action === 'staff.roles.set')!;
    // The actor and the target are objects, resolved by their loaders.
    expect(roles).toMatchObject({ actorKind: 'STAFF', actor: { __typename: 'StaffUser', id: adminId }, targetType: 'StaffUser' });
    expect(roles.target).toEqual({ __typename: 'StaffUser', id: roles.targetRef });
    expect(roles.diff).toEqual({ roles: { from: ['SUPPORT'], to: ['SUPPORT', 'RISK'] } });
    expect(roles.requestRef).toMatch(/^[0-9a-f-]{36}$/);
    expect(roles.ip).toBe('127.0.0.1');
    expect(events.find((e) => e.action === 'tenant.create')).toMatchObject({
      actorKind: 'PLATFORM_STAFF',
      actor: { __typename: 'AuditSystemActor', kind: 'PLATFORM_STAFF' },
      target: { __typename: 'Tenant', id: tenant.id },
    });
    const key = events.find((e) => e.action === 'apikey.create')!;
    expect(key.target).toEqual({ __typename: 'ApiKey', id: key.targetRef });
    // A target that is not a Node: a menu item, named by its key.
    expect(events.find((e) => e.action === 'menu.item.set')).toMatchObject({ targetType: 'MenuItem', targetRef: 'poker', target: null });
    expect(JSON.stringify(events)).not.toMatch(/crk_|password/i);
    expect(events.map((e) => e.seq)).toEqual([...events.keys()].map((i) => events.length - i));
  });

  it('filters the trail by actor, action, target and time', async () => {
    const tenant = await tenantWithHistory();
    const sdk = tenant.admin.sdk;
    const adminId = await adminStaffId(tenant);
    const byActor = await sdk.AuditEvents({ actorId: adminId });
    expect(new Set(byActor.auditEvents!.edges.map((e) => e.node.actor?.__typename === 'StaffUser' && e.node.actor.id))).toEqual(new Set([adminId]));
    expect(byActor.auditEvents!.totalCount).toBe(byActor.auditEvents!.edges.length);
    const byKind = await sdk.AuditEvents({ actorKind: 'PLATFORM_STAFF' });
    expect(byKind.auditEvents!.edges.map((e) => e.node.action).sort()).toEqual(['staff.create', 'staff.create', 'tenant.create']);
    const byAction = await sdk.AuditEvents({ action: 'apikey.create' });
    expect(byAction.auditEvents!.edges).toHaveLength(1);
    const target = byAction.auditEvents!.edges[0]!.node.targetRef;
    const byTarget = await sdk.AuditEvents({ targetId: target });
    expect(byTarget.auditEvents!.edges.map((e) => e.node.action)).toEqual(['apikey.revoke', 'apikey.create']);
    expect((await sdk.AuditEvents({ targetType: 'MenuItem', targetRef: 'poker' })).auditEvents!.edges.map((e) => e.node.action)).toEqual(['menu.item.set']);
    const future = await sdk.AuditEvents({ from: new Date(Date.now() + 60_000).toISOString() });
    expect(future.auditEvents!.edges).toHaveLength(0);
    const page = await sdk.AuditEvents({ first: 2 });
    const next = await sdk.AuditEvents({ first: 2, after: page.auditEvents!.pageInfo.endCursor });
    expect(next.auditEvents!.edges[0]!.node.seq).toBe(page.auditEvents!.edges[1]!.node.seq - 1);
  });

  it('writes nothing for a failed mutation', async () => {
    const tenant = await tenantWithHistory();
    const before = (await tenant.admin.sdk.VerifyAuditChain({})).verifyAuditChain!.headSeq;
    expectType((await tenant.admin.sdk.SetMenuItem({ input: { key: 'no-such', enabled: true } })).setMenuItem, 'UnknownMenuItemError');
    expectType((await tenant.admin.sdk.CreateApiKey({ input: { name: '', permissions: ['MENU_READ'] } })).createApiKey, 'ValidationError');
    expect((await tenant.admin.sdk.VerifyAuditChain({})).verifyAuditChain!.headSeq).toBe(before);
  });

  it('serialises concurrent appends of one tenant into one gap-free chain, while other tenants append alongside', async () => {
    const [one, two] = await Promise.all([newTenant(server, platform), newTenant(server, platform)]);
    const flips = (t: TestTenant) =>
      Array.from({ length: 15 }, (_, i) => t.admin.sdk.SetMenuItem({ input: { key: 'vip', enabled: i % 2 === 0 } }));
    const results = await Promise.all([...flips(one), ...flips(two)]);
    for (const r of results) expectType(r.setMenuItem, 'SetMenuItemPayload');
    for (const t of [one, two]) {
      const verdict = (await t.admin.sdk.VerifyAuditChain({})).verifyAuditChain;
      expect(verdict).toMatchObject({ ok: true, broken: null });
      expect(verdict!.checked).toBe(verdict!.headSeq);
      expect(verdict!.headSeq).toBeGreaterThanOrEqual(15 + 3);
    }
  });

  it('verifies an intact chain, online and offline from a signed export', async () => {
    const tenant = await tenantWithHistory();
    const sdk = tenant.admin.sdk;
    const checkpoint = expectType((await sdk.CreateAuditCheckpoint()).createAuditCheckpoint, 'CreateAuditCheckpointPayload').checkpoint;
    const verdict = (await sdk.VerifyAuditChain({})).verifyAuditChain;
    expect(verdict).toMatchObject({ ok: true, checked: verdict!.headSeq, checkpointsChecked: 1, broken: null });
    expect(verdict!.headSeq).toBe(checkpoint.seq + 1); // the checkpoint itself is audited

    const { auditSigningKey } = await sdk.AuditSigningKey();
    const file = await exportToFile(sdk);
    const offline = await offlineVerify(file, auditSigningKey!.publicKey);
    expect(offline, offline.output).toMatchObject({ code: 0 });
    expect(offline.output).toContain(`vouch up to ${checkpoint.seq}`);

    const otherKey = Buffer.alloc(32, 7).toString('base64');
    expect((await offlineVerify(file, otherKey)).code).toBe(1);
  });

  it('catches a row edited behind the application\'s back, online and offline, naming the event', async () => {
    const tenant = await tenantWithHistory();
    const sdk = tenant.admin.sdk;
    expectType((await sdk.CreateAuditCheckpoint()).createAuditCheckpoint, 'CreateAuditCheckpointPayload');
    const file = await exportToFile(sdk);
    const { auditEvents } = await sdk.AuditEvents({ action: 'staff.roles.set' });
    const target = auditEvents!.edges[0]!.node;

    const edited = await owner.query(
      `update audit_event set diff = '{"roles":{"from":["SUPPORT"],"to":["TENANT_ADMIN"]}}' where id = $1`,
      [localId(target.id)],
    );
    expect(edited.rowCount).toBe(1);

    const verdict = (await sdk.VerifyAuditChain({})).verifyAuditChain;
    expect(verdict!.ok).toBe(false);
    expect(verdict!.broken).toMatchObject({ seq: target.seq, event: { id: target.id } });
    expect(verdict!.broken!.reason).toContain(`stored ${target.hash}`);
    expect(verdict!.checked).toBe(target.seq - 1);

    const { exportAuditRange } = await sdk.ExportAuditRange({});
    writeFileSync(file, exportAuditRange!.document);
    const { auditSigningKey } = await sdk.AuditSigningKey();
    const offline = await offlineVerify(file, auditSigningKey!.publicKey);
    expect(offline.code).toBe(1);
    expect(offline.output).toContain(`BROKEN at event ${target.seq} (${localId(target.id)})`);
  });

  it('catches an edit whose hash was recomputed, by the next link or by the signed checkpoint', async () => {
    const tenant = await tenantWithHistory();
    const sdk = tenant.admin.sdk;
    const checkpoint = expectType((await sdk.CreateAuditCheckpoint()).createAuditCheckpoint, 'CreateAuditCheckpointPayload').checkpoint;
    const { hashOf } = await import('../../src/audit/chain.js');
    const tenantId = localId(tenant.id);
    const stored = async (seq: number) => {
      const row = (await owner.query(`select * from audit_event where tenant_id = $1 and seq = $2`, [tenantId, seq])).rows[0] as Record<string, unknown>;
      return {
        id: row['id'] as string, tenantId, seq: Number(row['seq']), occurredAt: (row['occurred_at'] as Date).toISOString(),
        actorKind: row['actor_kind'] as string, actorId: row['actor_id'] as string, action: row['action'] as string,
        targetType: row['target_type'] as string, targetId: row['target_id'] as string, diff: row['diff'],
        requestId: row['request_id'] as string | null, ip: row['ip'] as string | null, prevHash: row['prev_hash'] as string, hash: row['hash'] as string,
      };
    };

    // Rewrite event 2 and its hash: event 3's prev_hash no longer matches.
    const second = await stored(2);
    const third = await stored(3);
    const forged = { ...second, actorId: 'someone-else' };
    await owner.query(`update audit_event set actor_id = $2, hash = $3 where id = $1`, [second.id, 'someone-else', hashOf(forged)]);
    const linkBroken = (await sdk.VerifyAuditChain({})).verifyAuditChain;
    expect(linkBroken!.broken).toMatchObject({ seq: 3, event: { id: globalIdOf('AuditEvent', third.id) } });
    expect(linkBroken!.broken!.reason).toContain('prev_hash');
    await owner.query(`update audit_event set actor_id = $2, hash = $3 where id = $1`, [second.id, second.actorId, second.hash]);
    expect((await sdk.VerifyAuditChain({})).verifyAuditChain!.ok).toBe(true);

    // Rewrite the checkpointed event and everything after it consistently: only the signature can tell.
    const rows = await owner.query(`select seq from audit_event where tenant_id = $1 and seq >= $2 order by seq`, [tenantId, checkpoint.seq]);
    let prevHash = (await stored(checkpoint.seq - 1)).hash;
    for (const { seq } of rows.rows as { seq: string }[]) {
      const content = { ...(await stored(Number(seq))), actorId: 'rewritten', prevHash };
      prevHash = hashOf(content);
      await owner.query(`update audit_event set actor_id = 'rewritten', prev_hash = $2, hash = $3 where id = $1`, [content.id, content.prevHash, prevHash]);
    }
    await owner.query(`update audit_chain_head set last_hash = $2 where tenant_id = $1`, [tenantId, prevHash]);
    const rewritten = (await sdk.VerifyAuditChain({})).verifyAuditChain;
    expect(rewritten!.ok).toBe(false);
    expect(rewritten!.broken!.seq).toBe(checkpoint.seq);
    expect(rewritten!.broken!.reason).toContain('signed checkpoint');
  });

  it('catches a deleted event as a gap', async () => {
    const tenant = await tenantWithHistory();
    const { auditEvents } = await tenant.admin.sdk.AuditEvents({ action: 'apikey.create' });
    const victim = auditEvents!.edges[0]!.node;
    await owner.query(`delete from audit_event where id = $1`, [localId(victim.id)]);
    const verdict = (await tenant.admin.sdk.VerifyAuditChain({})).verifyAuditChain;
    expect(verdict!.broken).toMatchObject({ seq: victim.seq, event: null });
    expect(verdict!.broken!.reason).toContain('missing');
  });

  it('signs every moved chain head in the checkpoint job, once', async () => {
    const tenant = await tenantWithHistory();
    await checkpointAllTenants(server.platform.services);
    await checkpointAllTenants(server.platform.services);
    const { auditCheckpoints } = await tenant.admin.sdk.AuditCheckpoints({});
    expect(auditCheckpoints!.edges).toHaveLength(1);
    expect(auditCheckpoints!.totalCount).toBe(1);
    expect(auditCheckpoints!.edges[0]!.node.createdBy).toEqual({ __typename: 'AuditSystemActor', kind: 'SYSTEM', job: 'audit-checkpoint' });
    const verdict = (await tenant.admin.sdk.VerifyAuditChain({})).verifyAuditChain;
    expect(verdict).toMatchObject({ ok: true, checkpointsChecked: 1 });
  });

  it('shows the trail to audit:read holders only', async () => {
    const tenant = await newTenant(server, platform);
    const support = await newStaff(server, platform, tenant.slug, ['SUPPORT']);
    await expect(support.sdk.AuditEvents({})).rejects.toThrow(/audit:read/);
    const risk = await newStaff(server, platform, tenant.slug, ['RISK']);
    expect((await risk.sdk.VerifyAuditChain({})).verifyAuditChain!.ok).toBe(true);
    await expect(risk.sdk.CreateAuditCheckpoint()).rejects.toThrow(/audit:checkpoint/);
  });

  it('pages the trail both ways, counts it, and looks events and checkpoints up by global id', async () => {
    const tenant = await tenantWithHistory();
    const sdk = tenant.admin.sdk;
    const all = (await sdk.AuditEvents({ first: 100 })).auditEvents!;
    const seqs = all.edges.map((e) => e.node.seq);
    expect(all.totalCount).toBe(seqs.length);
    // Backward (`last`): the end of the listing, i.e. the oldest three, still in listing order.
    const oldest = (await sdk.AuditEvents({ last: 3 })).auditEvents!;
    expect(oldest.edges.map((e) => e.node.seq)).toEqual(seqs.slice(-3));
    expect(oldest.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    const previous = (await sdk.AuditEvents({ last: 2, before: oldest.pageInfo.startCursor })).auditEvents!;
    expect(previous.edges.map((e) => e.node.seq)).toEqual(seqs.slice(-5, -3));
    const forward = (await sdk.AuditEvents({ first: 2, after: previous.pageInfo.endCursor })).auditEvents!;
    expect(forward.edges.map((e) => e.node.seq)).toEqual(seqs.slice(-3, -1));

    const event = all.edges[0]!.node;
    expect((await sdk.AuditEventNode({ id: event.id })).node).toMatchObject({ __typename: 'AuditEvent', seq: event.seq, hash: event.hash });
    const checkpoint = expectType((await sdk.CreateAuditCheckpoint({ input: { reason: 'monthly review' } })).createAuditCheckpoint, 'CreateAuditCheckpointPayload').checkpoint;
    expect(checkpoint.createdBy).toMatchObject({ __typename: 'StaffUser' });
    expect((await sdk.AuditEventNode({ id: checkpoint.id })).node).toMatchObject({ __typename: 'AuditCheckpoint', seq: checkpoint.seq });
    const signed = (await sdk.AuditEvents({ action: 'audit.checkpoint' })).auditEvents!.edges[0]!.node;
    expect(signed.diff).toMatchObject({ seq: checkpoint.seq, reason: 'monthly review' });
    expect(signed.target).toEqual({ __typename: 'AuditCheckpoint', id: checkpoint.id });
    // A staff user without audit:read sees neither through node(id:).
    const support = await newStaff(server, platform, tenant.slug, ['SUPPORT']);
    expect((await support.sdk.AuditEventNode({ id: event.id })).node).toBeNull();
  });

  it('refuses raw UUIDs and other types\' ids as filters, naming the expected type', async () => {
    const tenant = await tenantWithHistory();
    const sdk = tenant.admin.sdk;
    const raw = localId(await adminStaffId(tenant));
    const byRaw = await graphqlError(sdk.AuditEvents({ actorId: raw }));
    expect(byRaw.code).toBe('INVALID_ID');
    expect(byRaw.message).toMatch(/filter\.actorId.*Player or StaffUser or ApiKey/);
    expect((await graphqlError(sdk.AuditEvents({ actorId: tenant.id }))).code).toBe('INVALID_ID');
    expect((await graphqlError(sdk.AuditEvents({ targetId: raw }))).code).toBe('INVALID_ID');
    const first = (await sdk.AuditEvents({ first: 1 })).auditEvents!.edges[0]!.node;
    expect((await graphqlError(sdk.AuditEvents({ targetId: first.id }))).code).toBe('INVALID_ID');
  });

  it('exports a typed range whose document the offline verifier reads', async () => {
    const tenant = await tenantWithHistory();
    const sdk = tenant.admin.sdk;
    const checkpoint = expectType((await sdk.CreateAuditCheckpoint()).createAuditCheckpoint, 'CreateAuditCheckpointPayload').checkpoint;
    const exported = (await sdk.ExportAuditRange({})).exportAuditRange!;
    const { auditSigningKey } = await sdk.AuditSigningKey();
    expect(exported).toMatchObject({ format: 'croupier-audit-export/1', fromSeq: 1, toSeq: checkpoint.seq, signingKey: auditSigningKey });
    expect(auditSigningKey!.algorithm).toBe('Ed25519');
    expect(exported.events.map((e) => e.seq)).toEqual([...Array(checkpoint.seq).keys()].map((i) => i + 1));
    expect(exported.checkpoints).toEqual([{ id: checkpoint.id, seq: checkpoint.seq }]);
    const document = JSON.parse(exported.document) as { events: { id: string }[]; keyId: string };
    expect(document.events.map((e) => e.id)).toEqual(exported.events.map((e) => localId(e.id)));
    expect(document.keyId).toBe(auditSigningKey!.keyFingerprint);
  });

  it('shows a player\'s audit trail on the player, to audit:read holders only', async () => {
    const tenant = await newTenant(server, platform);
    const p = await newPlayer(server, tenant);
    for (const minutes of [60, 30]) await p.sdk.SetSessionTimeLimit({ minutes });
    const risk = await newStaff(server, platform, tenant.slug, ['RISK']);
    const detail = await risk.sdk.PlayerAuditTrail({ id: p.player.id, first: 1 });
    const node = detail.node!;
    if (node.__typename !== 'Player') throw new Error(`expected a Player, got ${node.__typename}`);
    expect(node.auditTrail!.totalCount).toBe(2);
    expect(node.auditTrail!.nodes).toEqual([
      expect.objectContaining({ action: 'rg.session_limit.set', actor: { __typename: 'Player', id: p.player.id, email: expect.any(String) }, target: { __typename: 'Player', id: p.player.id } }),
    ]);
    expect(node.auditTrail!.pageInfo.hasNextPage).toBe(true);
    // SUPPORT reads players but not the audit trail: the field is null with its error, the player still answers.
    const support = await newStaff(server, platform, tenant.slug, ['SUPPORT']);
    const refused = await support.sdk.PlayerAuditTrail({ id: p.player.id }).catch((error: unknown) => error);
    if (!(refused instanceof ClientError)) throw new Error('expected a partial answer with an error');
    expect(refused.response.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(refused.response.data).toEqual({ node: { __typename: 'Player', id: p.player.id, auditTrail: null } });
  });
});
