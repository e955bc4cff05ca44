/**
 * High-value checks through GraphQL (issue #18, docs/vip.md "Safer gambling"): the maker records
 * (vip:manage), another staff member decides (vip:approve) — never the maker, which the table
 * checks too; the queue, the audit trail, the vip.status.changed events, only high-value tiers,
 * and players never see the evidence.
 */
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { ownerDb } from '../helpers/payments.js';
import { expectType, globalId, localId, newPlayer, newStaff, newTenant, platformAdmin, type TestTenant } from '../helpers/world.js';
import { countRows, plantSettings, plantTier, plantVipPlayer, vipEvents } from '../helpers/vip-rewards.js';

let server: TestServer;
let tenant: TestTenant;
let tenantId: string;
let maker: Sdk;
let makerId: string;
let checker: Sdk;
let checkerId: string;
let support: Sdk;
let db: pg.Client;
let gold: string;
let diamond: string;

beforeAll(async () => {
  server = await startServer();
  const platform = (await platformAdmin(server)).sdk;
  tenant = await newTenant(server, platform);
  tenantId = localId(tenant.id);
  maker = tenant.admin.sdk;
  const admins = await db0();
  makerId = admins;
  const risk = await newStaff(server, platform, tenant.slug, ['RISK']);
  checker = risk.sdk;
  checkerId = localId(risk.id);
  support = (await newStaff(server, platform, tenant.slug, ['SUPPORT'])).sdk;
  await plantSettings(db, tenantId, { checkValidityDays: 30 });
  gold = await plantTier(db, tenantId, { rank: 1, threshold: 100_000n, key: 'gold', name: 'Gold' });
  diamond = await plantTier(db, tenantId, { rank: 2, threshold: 1_000_000n, highValue: true, key: 'diamond', name: 'Diamond' });
}, 60_000);

async function db0(): Promise<string> {
  db = await ownerDb();
  const { rows: [row] } = await db.query<{ id: string }>(`select id from staff_user where email = $1`, [tenant.admin.email]);
  return row!.id;
}

afterAll(async () => {
  await db?.end();
  await server?.close();
});

async function player() {
  const p = await newPlayer(server, tenant);
  return { ...p, id: localId(p.player.id) };
}

const record = (playerId: string, kind: 'IDENTITY' | 'AFFORDABILITY' | 'SAFER_GAMBLING_REVIEW', tier = diamond, as = maker) =>
  as.RecordVipCheck({ input: { playerId: globalId('Player', playerId), tierId: globalId('VipTier', tier), kind, evidence: `evidence of ${kind}`, evidenceReference: `docs://${kind}` } }).then((r) => r.recordVipCheck);

describe('high-value checks', () => {
  it('maker records, checker approves: valid for checkValidityDays, audited, announced', async () => {
    const p = await player();
    await plantVipPlayer(db, tenantId, p.id, gold, diamond);
    const recorded = expectType(await record(p.id, 'AFFORDABILITY'), 'RecordVipCheckPayload').check;
    expect(recorded).toMatchObject({ status: 'PENDING', kind: 'AFFORDABILITY', tier: { key: 'diamond', name: 'Diamond' }, evidence: 'evidence of AFFORDABILITY', evidenceReference: 'docs://AFFORDABILITY', decidedBy: null, validUntil: null });
    expect(localId(recorded.recordedBy!.id)).toBe(makerId);

    const before = Date.now();
    const approved = expectType((await checker.ApproveVipCheck({ input: { checkId: recorded.id, note: 'payslips seen' } })).approveVipCheck, 'ApproveVipCheckPayload').check;
    expect(approved).toMatchObject({ status: 'APPROVED', decisionNote: 'payslips seen' });
    expect(localId(approved.decidedBy!.id)).toBe(checkerId);
    const validFor = new Date(approved.validUntil!).getTime() - before;
    expect(validFor).toBeGreaterThan(29.9 * 86_400_000);
    expect(validFor).toBeLessThan(30.1 * 86_400_000);

    const { rows: audits } = await db.query(`select action, actor_id from audit_event where tenant_id = $1 and target_type = 'VipCheck' and target_id = $2 order by seq`, [tenantId, localId(recorded.id)]);
    expect(audits.map((a) => a.action)).toEqual(['vip.check.record', 'vip.check.approve']);
    expect(audits.map((a) => a.actor_id)).toEqual([makerId, checkerId]);
    const events = await vipEvents(db, p.id);
    expect(events.map((e) => [e.type, e.payload.kind, e.payload.checkId, e.payload.tierId])).toEqual([
      ['vip.status.changed', 'CHECK_RECORDED', localId(recorded.id), gold],
      ['vip.status.changed', 'CHECK_DECIDED', localId(recorded.id), gold],
    ]);

    // Decided once: a second decision is refused.
    const again = (await checker.RejectVipCheck({ input: { checkId: recorded.id } })).rejectVipCheck;
    expect(again).toMatchObject({ __typename: 'VipCheckNotPendingError', checkStatus: 'APPROVED' });
  });

  it('refuses the maker as checker (and so does the table)', async () => {
    const p = await player();
    const recorded = expectType(await record(p.id, 'IDENTITY'), 'RecordVipCheckPayload').check;
    // The tenant admin holds vip:approve too, but recorded this check.
    const own = (await maker.ApproveVipCheck({ input: { checkId: recorded.id } })).approveVipCheck;
    expect(own.__typename).toBe('VipCheckSameStaffError');
    const { rows: [row] } = await db.query(`select status, decided_by from vip_check where id = $1`, [localId(recorded.id)]);
    expect(row).toEqual({ status: 'PENDING', decided_by: null });
    await expect(db.query(`update vip_check set status = 'APPROVED', decided_by = recorded_by where id = $1`, [localId(recorded.id)])).rejects.toThrow(/check constraint/);
    const rejected = expectType((await checker.RejectVipCheck({ input: { checkId: recorded.id, note: 'documents expired' } })).rejectVipCheck, 'RejectVipCheckPayload').check;
    expect(rejected).toMatchObject({ status: 'REJECTED', validUntil: null, decisionNote: 'documents expired' });
  });

  it('records checks only for a high-value tier, and only with vip:manage', async () => {
    const p = await player();
    expect((await record(p.id, 'IDENTITY', gold)).__typename).toBe('VipCheckTierNotHighValueError');
    await expect(record(p.id, 'IDENTITY', diamond, support)).rejects.toThrow(/FORBIDDEN|Forbidden/);
    expect(await countRows(db, 'vip_check', tenantId, p.id)).toBe(0);
    expect(await vipEvents(db, p.id)).toEqual([]);
    // A checker without vip:manage cannot be a maker either.
    await expect(record(p.id, 'IDENTITY', diamond, checker)).rejects.toThrow(/FORBIDDEN|Forbidden/);
  });

  it('lists pending checks oldest first in the queue, and a player\'s checks for staff; players never see evidence', async () => {
    const p = await player();
    const first = expectType(await record(p.id, 'IDENTITY'), 'RecordVipCheckPayload').check;
    const second = expectType(await record(p.id, 'SAFER_GAMBLING_REVIEW'), 'RecordVipCheckPayload').check;
    // The tenant is this file's: its queue is a few checks, one page.
    const page = (await checker.VipCheckQueue({ first: 100 })).vipCheckQueue!;
    expect(page.pageInfo.hasNextPage).toBe(false);
    const queue = page.nodes.map((n) => n.id);
    expect(queue.indexOf(first.id)).toBeGreaterThanOrEqual(0);
    expect(queue.indexOf(second.id)).toBeGreaterThan(queue.indexOf(first.id));

    expectType((await checker.ApproveVipCheck({ input: { checkId: first.id } })).approveVipCheck, 'ApproveVipCheckPayload');
    const { vipCheckQueue } = await checker.VipCheckQueue({ first: 100 });
    expect(vipCheckQueue!.nodes.map((n) => n.id)).not.toContain(first.id);

    const staffView = await support.PlayerVipChecks({ id: globalId('Player', p.id) });
    expect(staffView.node?.__typename === 'Player' && staffView.node.vipChecks.nodes.map((c) => [c.kind, c.status])).toEqual([
      ['SAFER_GAMBLING_REVIEW', 'PENDING'],
      ['IDENTITY', 'APPROVED'],
    ]);
    // The player: neither the node nor the list.
    expect((await p.sdk.VipNode({ id: first.id })).node).toBeNull();
    await expect(p.sdk.VipCheckQueue({ first: 10 })).rejects.toThrow(/FORBIDDEN|Forbidden/);
  });
});
