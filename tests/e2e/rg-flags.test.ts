/**
 * The responsible-gambling staff flag and RG signals (issue #17): flagging and clearing through the
 * API (permission rg:flag, audited on the Player), the signals written by self-exclusion, time-out
 * and flagging, and what the offers module reads from them (marketingRefusalsOf,
 * playersWithRgSignal). Cross-tenant: another tenant's staff cannot flag a player.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { systemContext, tenantTx, type Context } from '../../src/context.js';
import { tenantDirectory } from '../../modules/tenants/index.js';
import { marketingRefusalsOf, playersWithRgSignal } from '../../modules/responsible-gambling/index.js';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { graphqlError } from '../helpers/errors.js';
import { playerUuid, tenantUuid } from '../helpers/ledger-invariants.js';
import { expectType, globalId, localId, newPlayer, newStaff, newTenant, platformAdmin, type TestTenant } from '../helpers/world.js';

let server: TestServer;
let platform: Sdk;
let owner: pg.Client;

interface Casino {
  tenant: TestTenant;
  tenantId: string;
  ctx: () => Context;
}
interface Gambler {
  id: string;
  globalId: string;
  sdk: Sdk;
}

async function casino(): Promise<Casino> {
  const tenant = await newTenant(server, platform);
  const tenantId = tenantUuid(tenant);
  const ref = (await tenantDirectory.byId(server.platform.services, tenantId))!;
  return { tenant, tenantId, ctx: () => systemContext(server.platform.services, ref) };
}

async function gambler(c: Casino): Promise<Gambler> {
  const p = await newPlayer(server, c.tenant);
  return { id: playerUuid(p.player), globalId: p.player.id, sdk: p.sdk };
}

async function signals(c: Casino, p: Gambler): Promise<{ kind: string; reason: string | null; created_by: string }[]> {
  const { rows } = await owner.query(`select kind, reason, created_by from rg_signal where tenant_id = $1 and player_id = $2 order by created_at, id`, [c.tenantId, p.id]);
  return rows;
}

async function rgAudit(c: Casino, p: Gambler) {
  const events = await c.tenant.admin.sdk.AuditEvents({ targetId: p.globalId, first: 100 });
  return events.auditEvents!.edges.map((e) => e.node).filter((n) => n.action.startsWith('rg.flag'));
}

const refusals = (c: Casino, ids: string[]) => tenantTx(c.ctx(), (tx) => marketingRefusalsOf(tx, ids));

let a: Casino;
let b: Casino;

beforeAll(async () => {
  server = await startServer();
  platform = (await platformAdmin(server)).sdk;
  owner = new pg.Client({ connectionString: inject('databaseUrl') });
  await owner.connect();
  a = await casino();
  b = await casino();
});
afterAll(async () => {
  await owner?.end();
  await server?.close();
});

describe('the staff flag', () => {
  it('flags and clears, audited on the Player; a STAFF_FLAG signal once; the player never sees the reason', async () => {
    const p = await gambler(a);
    const risk = await newStaff(server, platform, a.tenant.slug, ['RISK']);
    expect(await refusals(a, [p.id])).toEqual(new Map());

    const flagged = expectType(
      (await risk.sdk.FlagPlayerForResponsibleGambling({ input: { playerId: p.globalId, reason: 'Chasing losses at 3am, per support chat' } })).flagPlayerForResponsibleGambling,
      'FlagPlayerForResponsibleGamblingPayload',
    );
    expect(flagged.changed).toBe(true);
    expect(flagged.responsibleGambling.marketingAllowed).toBe(false);
    expect(flagged.responsibleGambling.flag).toMatchObject({ reason: 'Chasing losses at 3am, per support chat', flaggedBy: `STAFF:${localId(risk.id)}` });
    const firstAt = flagged.responsibleGambling.flag!.flaggedAt;

    // Staff with rg:read see it; the player sees marketing refused but neither the flag nor its reason.
    const staffView = (await a.tenant.admin.sdk.PlayerResponsibleGambling({ playerId: p.globalId })).playerResponsibleGambling!;
    expect(staffView.flag?.reason).toBe('Chasing losses at 3am, per support chat');
    const own = (await p.sdk.ResponsibleGambling()).responsibleGambling!;
    expect(own.flag).toBeNull();
    expect(own.marketingAllowed).toBe(false);
    expect(JSON.stringify(own)).not.toContain('Chasing');

    expect(await refusals(a, [p.id])).toEqual(new Map([[p.id, 'RG_FLAGGED']]));
    expect(await signals(a, p)).toEqual([{ kind: 'STAFF_FLAG', reason: 'Chasing losses at 3am, per support chat', created_by: `STAFF:${localId(risk.id)}` }]);

    // A second flag replaces the reason, keeps the first time, and writes no second signal.
    const again = expectType(
      (await risk.sdk.FlagPlayerForResponsibleGambling({ input: { playerId: p.globalId, reason: 'Also asked for a deposit limit raise twice' } })).flagPlayerForResponsibleGambling,
      'FlagPlayerForResponsibleGamblingPayload',
    );
    expect(again.changed).toBe(false);
    expect(again.responsibleGambling.flag).toMatchObject({ flaggedAt: firstAt, reason: 'Also asked for a deposit limit raise twice' });
    expect(await signals(a, p)).toHaveLength(1);

    const cleared = expectType(
      (await risk.sdk.ClearResponsibleGamblingFlag({ input: { playerId: p.globalId, note: 'Reviewed with the player; limits set' } })).clearResponsibleGamblingFlag,
      'ClearResponsibleGamblingFlagPayload',
    );
    expect(cleared.changed).toBe(true);
    expect(cleared.responsibleGambling.flag).toBeNull();
    expect(cleared.responsibleGambling.marketingAllowed).toBe(true);
    expect(await refusals(a, [p.id])).toEqual(new Map());
    // Clearing again changes nothing and audits nothing.
    const noop = expectType(
      (await risk.sdk.ClearResponsibleGamblingFlag({ input: { playerId: p.globalId, note: 'again' } })).clearResponsibleGamblingFlag,
      'ClearResponsibleGamblingFlagPayload',
    );
    expect(noop.changed).toBe(false);

    const audit = await rgAudit(a, p);
    expect(audit.map((e) => e.action).sort()).toEqual(['rg.flag.clear', 'rg.flag.set', 'rg.flag.set']);
    const clear = audit.find((e) => e.action === 'rg.flag.clear')!;
    expect(clear).toMatchObject({ actorKind: 'STAFF', targetType: 'Player', target: { __typename: 'Player', id: p.globalId } });
    expect(clear.diff).toMatchObject({ flagged: { from: true, to: false }, note: 'Reviewed with the player; limits set' });
  });

  it('needs rg:flag; validates its input; unknown and foreign players are not found', async () => {
    const p = await gambler(a);
    const finance = await newStaff(server, platform, a.tenant.slug, ['FINANCE']);
    expect((await graphqlError(finance.sdk.FlagPlayerForResponsibleGambling({ input: { playerId: p.globalId, reason: 'x' } }))).code).toBe('FORBIDDEN');
    expect((await graphqlError(finance.sdk.ClearResponsibleGamblingFlag({ input: { playerId: p.globalId, note: 'x' } }))).code).toBe('FORBIDDEN');
    expect((await graphqlError(p.sdk.FlagPlayerForResponsibleGambling({ input: { playerId: p.globalId, reason: 'x' } }))).code).toBe('FORBIDDEN');

    const empty = (await a.tenant.admin.sdk.FlagPlayerForResponsibleGambling({ input: { playerId: p.globalId, reason: '   ' } })).flagPlayerForResponsibleGambling;
    expect(expectType(empty, 'ValidationError').issues).toEqual([{ path: ['input', 'reason'], message: 'must not be empty' }]);
    const long = (await a.tenant.admin.sdk.FlagPlayerForResponsibleGambling({ input: { playerId: p.globalId, reason: 'x'.repeat(501) } })).flagPlayerForResponsibleGambling;
    expect(long.__typename).toBe('ValidationError');
    const unknown = (await a.tenant.admin.sdk.FlagPlayerForResponsibleGambling({ input: { playerId: globalId('Player', '0190f5a2-0000-7000-8000-000000000000'), reason: 'x' } })).flagPlayerForResponsibleGambling;
    expect(unknown.__typename).toBe('NotFoundError');
    const badId = (await a.tenant.admin.sdk.FlagPlayerForResponsibleGambling({ input: { playerId: 'nonsense', reason: 'x' } })).flagPlayerForResponsibleGambling;
    expect(badId.__typename).toBe('InvalidIdError');

    // Tenant B's staff (with rg:flag) cannot flag or clear tenant A's player; nothing is written.
    const foreign = (await b.tenant.admin.sdk.FlagPlayerForResponsibleGambling({ input: { playerId: p.globalId, reason: 'not mine' } })).flagPlayerForResponsibleGambling;
    expect(foreign.__typename).toBe('NotFoundError');
    const foreignClear = (await b.tenant.admin.sdk.ClearResponsibleGamblingFlag({ input: { playerId: p.globalId, note: 'not mine' } })).clearResponsibleGamblingFlag;
    expect(foreignClear.__typename).toBe('NotFoundError');
    expect(await signals(a, p)).toEqual([]);
    const { rows } = await owner.query(`select flagged_at from rg_state where player_id = $1`, [p.id]);
    expect(rows.every((r) => r.flagged_at === null)).toBe(true);
    expect(await rgAudit(a, p)).toEqual([]);
  });
});

describe('signals', () => {
  it('self-exclusion and time-out write their signal in the same transaction; refused changes write none', async () => {
    const out = await gambler(a);
    const excluded = await gambler(a);
    expectType((await out.sdk.TakeTimeOut({ hours: 48 })).takeTimeOut, 'TakeTimeOutPayload');
    expectType((await excluded.sdk.SelfExclude({ months: 6 })).selfExclude, 'SelfExcludePayload');
    expect(await signals(a, out)).toEqual([{ kind: 'TIME_OUT', reason: null, created_by: `PLAYER:${out.id}` }]);
    expect(await signals(a, excluded)).toEqual([{ kind: 'SELF_EXCLUSION', reason: null, created_by: `PLAYER:${excluded.id}` }]);

    // A refused (shorter) time-out rolls back: no second signal.
    expect((await out.sdk.TakeTimeOut({ hours: 24 })).takeTimeOut.__typename).toBe('RgCannotShortenError');
    expect(await signals(a, out)).toHaveLength(1);

    const clean = await gambler(a);
    expect(await refusals(a, [out.id, excluded.id, clean.id])).toEqual(new Map([[out.id, 'TIME_OUT'], [excluded.id, 'SELF_EXCLUDED']]));
  });

  it('playersWithRgSignal counts a signal inside [from, to) only, per player, in the tenant only', async () => {
    const p = await gambler(a);
    const q = await gambler(a);
    expectType((await p.sdk.TakeTimeOut({ hours: 24 })).takeTimeOut, 'TakeTimeOutPayload');
    const { rows } = await owner.query(`select created_at from rg_signal where tenant_id = $1 and player_id = $2`, [a.tenantId, p.id]);
    const at = rows[0].created_at as Date;
    const minute = 60_000;
    const before = new Date(at.getTime() - 10 * minute);
    const after = new Date(at.getTime() + 10 * minute);
    const inWindow = (c: Casino, windows: { playerId: string; from: Date; to: Date }[]) => tenantTx(c.ctx(), (tx) => playersWithRgSignal(tx, windows));

    expect(await inWindow(a, [{ playerId: p.id, from: before, to: after }, { playerId: q.id, from: before, to: after }])).toEqual(new Set([p.id]));
    // Outside: the window ended before the signal, or starts after it; `to` is exclusive.
    expect(await inWindow(a, [{ playerId: p.id, from: before, to: new Date(at.getTime() - minute) }])).toEqual(new Set());
    expect(await inWindow(a, [{ playerId: p.id, from: new Date(at.getTime() + 1), to: after }])).toEqual(new Set());
    expect(await inWindow(a, [{ playerId: p.id, from: before, to: at }])).toEqual(new Set());
    expect(await inWindow(a, [{ playerId: p.id, from: at, to: after }])).toEqual(new Set([p.id]));
    // Tenant B does not see tenant A's signals.
    expect(await inWindow(b, [{ playerId: p.id, from: before, to: after }])).toEqual(new Set());
  });
});
