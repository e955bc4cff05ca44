import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkpointAllTenants } from '../../modules/audit/index.js';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { expectType, newStaff, newTenant, platformAdmin, type TestTenant } from '../helpers/world.js';

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
  expectType((await tenant.admin.sdk.SetStaffRoles({ id: supportId, roles: ['SUPPORT', 'RISK'] })).setStaffRoles, 'StaffUserPayload');
  const key = expectType((await tenant.admin.sdk.CreateApiKey({ input: { name: 'partner', permissions: ['MENU_READ'] } })).createApiKey, 'CreateApiKeyPayload');
  expectType((await tenant.admin.sdk.RevokeApiKey({ id: key.apiKey.id })).revokeApiKey, 'ApiKeyPayload');
  expectType((await tenant.admin.sdk.SetMenuItem({ input: { key: 'poker', enabled: true } })).setMenuItem, 'SetMenuItemPayload');
  return { ...tenant, supportEmail: support.email };
}

async function exportToFile(sdk: Sdk, range: { fromSeq?: number; toSeq?: number } = {}): Promise<string> {
  const { exportAuditRange } = await sdk.ExportAuditRange(range);
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'audit-')), 'export.json');
  writeFileSync(file, JSON.stringify(exportAuditRange));
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
    const { viewer } = await tenant.admin.sdk.Viewer();
    const roles = events.find((e) => e.action === 'staff.roles.set')!;
    expect(roles).toMatchObject({ actorKind: 'STAFF', actorId: viewer!.id, targetType: 'StaffUser' });
    expect(roles.diff).toEqual({ roles: { from: ['SUPPORT'], to: ['SUPPORT', 'RISK'] } });
    expect(roles.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(roles.ip).toBe('127.0.0.1');
    expect(events.find((e) => e.action === 'tenant.create')!.actorKind).toBe('PLATFORM_STAFF');
    expect(JSON.stringify(events)).not.toMatch(/crk_|password/i);
    expect(events.map((e) => e.seq)).toEqual([...events.keys()].map((i) => events.length - i));
  });

  it('filters the trail by actor, action, target and time', async () => {
    const tenant = await tenantWithHistory();
    const sdk = tenant.admin.sdk;
    const { viewer } = await sdk.Viewer();
    const byActor = await sdk.AuditEvents({ actorId: viewer!.id });
    expect(new Set(byActor.auditEvents!.edges.map((e) => e.node.actorId))).toEqual(new Set([viewer!.id]));
    const byAction = await sdk.AuditEvents({ action: 'apikey.create' });
    expect(byAction.auditEvents!.edges).toHaveLength(1);
    const target = byAction.auditEvents!.edges[0]!.node.targetId;
    const byTarget = await sdk.AuditEvents({ targetType: 'ApiKey', targetId: target });
    expect(byTarget.auditEvents!.edges.map((e) => e.node.action)).toEqual(['apikey.revoke', 'apikey.create']);
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
    const checkpoint = expectType((await sdk.CreateAuditCheckpoint()).createAuditCheckpoint, 'AuditCheckpointPayload').checkpoint;
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
    expectType((await sdk.CreateAuditCheckpoint()).createAuditCheckpoint, 'AuditCheckpointPayload');
    const file = await exportToFile(sdk);
    const { auditEvents } = await sdk.AuditEvents({ action: 'staff.roles.set' });
    const target = auditEvents!.edges[0]!.node;

    const edited = await owner.query(
      `update audit_event set diff = '{"roles":{"from":["SUPPORT"],"to":["TENANT_ADMIN"]}}' where id = $1`,
      [target.id],
    );
    expect(edited.rowCount).toBe(1);

    const verdict = (await sdk.VerifyAuditChain({})).verifyAuditChain;
    expect(verdict!.ok).toBe(false);
    expect(verdict!.broken).toMatchObject({ seq: target.seq, eventId: target.id });
    expect(verdict!.broken!.reason).toContain(`stored ${target.hash}`);
    expect(verdict!.checked).toBe(target.seq - 1);

    const { exportAuditRange } = await sdk.ExportAuditRange({});
    writeFileSync(file, JSON.stringify(exportAuditRange));
    const { auditSigningKey } = await sdk.AuditSigningKey();
    const offline = await offlineVerify(file, auditSigningKey!.publicKey);
    expect(offline.code).toBe(1);
    expect(offline.output).toContain(`BROKEN at event ${target.seq} (${target.id})`);
  });

  it('catches an edit whose hash was recomputed, by the next link or by the signed checkpoint', async () => {
    const tenant = await tenantWithHistory();
    const sdk = tenant.admin.sdk;
    const checkpoint = expectType((await sdk.CreateAuditCheckpoint()).createAuditCheckpoint, 'AuditCheckpointPayload').checkpoint;
    const { auditEvents } = await sdk.AuditEvents({ first: 100 });
    const bySeq = new Map(auditEvents!.edges.map((e) => [e.node.seq, e.node]));
    const { hashOf } = await import('../../src/audit/chain.js');
    const tenantId = (await owner.query(`select tenant_id from audit_event where id = $1`, [bySeq.get(1)!.id])).rows[0].tenant_id as string;

    // Rewrite event 2 and its hash: event 3's prev_hash no longer matches.
    const second = bySeq.get(2)!;
    const forged = { ...second, tenantId, actorId: 'someone-else' };
    await owner.query(`update audit_event set actor_id = $2, hash = $3 where id = $1`, [second.id, 'someone-else', hashOf(forged)]);
    const linkBroken = (await sdk.VerifyAuditChain({})).verifyAuditChain;
    expect(linkBroken!.broken).toMatchObject({ seq: 3, eventId: bySeq.get(3)!.id });
    expect(linkBroken!.broken!.reason).toContain('prev_hash');
    await owner.query(`update audit_event set actor_id = $2, hash = $3 where id = $1`, [second.id, second.actorId, second.hash]);
    expect((await sdk.VerifyAuditChain({})).verifyAuditChain!.ok).toBe(true);

    // Rewrite the checkpointed event and everything after it consistently: only the signature can tell.
    const rows = await owner.query(`select * from audit_event where tenant_id = $1 and seq >= $2 order by seq`, [tenantId, checkpoint.seq]);
    let prevHash = bySeq.get(checkpoint.seq - 1)!.hash;
    for (const row of rows.rows as Record<string, unknown>[]) {
      const content = {
        id: row['id'] as string, tenantId, seq: Number(row['seq']), occurredAt: (row['occurred_at'] as Date).toISOString(),
        actorKind: row['actor_kind'] as string, actorId: 'rewritten', action: row['action'] as string,
        targetType: row['target_type'] as string, targetId: row['target_id'] as string, diff: row['diff'],
        requestId: row['request_id'] as string | null, ip: row['ip'] as string | null, prevHash,
      };
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
    await owner.query(`delete from audit_event where id = $1`, [victim.id]);
    const verdict = (await tenant.admin.sdk.VerifyAuditChain({})).verifyAuditChain;
    expect(verdict!.broken).toMatchObject({ seq: victim.seq, eventId: null });
    expect(verdict!.broken!.reason).toContain('missing');
  });

  it('signs every moved chain head in the checkpoint job, once', async () => {
    const tenant = await tenantWithHistory();
    await checkpointAllTenants(server.platform.services);
    await checkpointAllTenants(server.platform.services);
    const { auditCheckpoints } = await tenant.admin.sdk.AuditCheckpoints({});
    expect(auditCheckpoints!.edges).toHaveLength(1);
    expect(auditCheckpoints!.edges[0]!.node.createdBy).toBe('JOB:audit-checkpoint');
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
});
