/**
 * Responsible gambling (docs/responsible-gambling.md): every rule, through the API, the
 * service API other modules call (launchGame, deposits) and the SQL the bet callback calls.
 * Time moves by shifting stored timestamps with the owner connection.
 */
import { playerGlobalId } from '../helpers/wallet.js';
import pg from 'pg';
import { ClientError } from 'graphql-request';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { RealityCheckDocument, type RealityCheckSubscription } from '../../codegen/sdk.js';
import { appUrlFrom } from '../../src/config.js';
import { systemContext, type Context } from '../../src/context.js';
import { tenantDirectory } from '../../modules/tenants/index.js';
import {
  assertCanDeposit,
  assertCanPlay,
  isMarketingAllowed,
  LossLimitReachedError,
  recordDeposit,
  SelfExcludedError,
  sendDueRealityChecks,
  startPlaySession,
} from '../../modules/responsible-gambling/index.js';
import { TEST_APP_PASSWORD } from '../setup/database.js';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { graphqlError } from '../helpers/errors.js';
import { collect, settle } from '../helpers/subscriptions.js';
import { playerUuid, tenantUuid } from '../helpers/ledger-invariants.js';
import { expectType, newPlayer, newStaff, newTenant, platformAdmin, type TestTenant } from '../helpers/world.js';

let server: TestServer;
let platform: Sdk;
let owner: pg.Client;
let app: pg.Client;
let app2: pg.Client;

interface Casino {
  tenant: TestTenant;
  tenantId: string;
  ctx: () => Context;
}
interface Gambler {
  /** The player's UUID (for services and SQL). */
  id: string;
  /** The player's global ID (for the API). */
  globalId: string;
  sdk: Sdk;
  token: string;
}

async function casino(): Promise<Casino> {
  const tenant = await newTenant(server, platform);
  const tenantId = tenantUuid(tenant);
  const ref = (await tenantDirectory.byId(server.platform.services, tenantId))!;
  return { tenant, tenantId, ctx: () => systemContext(server.platform.services, ref) };
}

async function gambler(c: Casino): Promise<Gambler> {
  const p = await newPlayer(server, c.tenant);
  return { id: playerUuid(p.player), globalId: p.player.id, sdk: p.sdk, token: p.token };
}

/** A Money answer in EUR with these minor units. */
const eur = (amount: string) => expect.objectContaining({ amount, currency: 'EUR' });

/** The code an awaited service call threw, or null when it succeeded. */
async function refusal(call: Promise<unknown>): Promise<string | null> {
  try {
    await call;
    return null;
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}

async function setLimit(p: Gambler, kind: 'DEPOSIT' | 'LOSS', period: 'DAY' | 'WEEK' | 'MONTH', amount: string | null, currency = 'EUR') {
  return (await p.sdk.SetResponsibleGamblingLimit({ input: { kind, period, currency, amount } })).setResponsibleGamblingLimit;
}

const state = async (p: Gambler) => (await p.sdk.ResponsibleGambling()).responsibleGambling;

/** In an app-role transaction of the tenant (as the bet callback runs), then commit. */
async function inTenant<T>(client: pg.Client, tenantId: string, fn: (q: (sql: string, params: unknown[]) => Promise<pg.QueryResult>) => Promise<T>): Promise<T> {
  await client.query('begin');
  try {
    await client.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
    const result = await fn((sql, params) => client.query(sql, params));
    await client.query('commit');
    return result;
  } catch (error) {
    await client.query('rollback');
    throw error;
  }
}

async function betRefusal(c: Casino, p: Gambler, amount: number, client = app): Promise<string | null> {
  return inTenant(client, c.tenantId, async (q) => (await q(`select rg_bet_refusal($1, $2, 'EUR', $3) as r`, [c.tenantId, p.id, amount])).rows[0].r);
}
async function recordPlay(c: Casino, p: Gambler, staked: number, won: number): Promise<void> {
  await inTenant(app, c.tenantId, (q) => q(`select rg_record_plays($1, array[$2::text], array['EUR'], array[$3::bigint], array[$4::bigint])`, [c.tenantId, p.id, staked, won]));
}

/** Moves the player's activity buckets `hours` into the past. */
async function ageActivity(c: Casino, p: Gambler, hours: number) {
  await owner.query(`update rg_activity set hour = hour - make_interval(hours => $3) where tenant_id = $1 and player_id = $2`, [c.tenantId, p.id, hours]);
}

async function auditActions(c: Casino, p: Gambler): Promise<string[]> {
  const events = await c.tenant.admin.sdk.AuditEvents({ targetId: p.globalId, first: 100 });
  return events.auditEvents!.edges.map((e) => e.node.action).filter((a) => a.startsWith('rg.'));
}

beforeAll(async () => {
  server = await startServer();
  platform = (await platformAdmin(server)).sdk;
  owner = new pg.Client({ connectionString: inject('databaseUrl') });
  await owner.connect();
  app = new pg.Client({ connectionString: appUrlFrom(inject('databaseUrl'), TEST_APP_PASSWORD) });
  await app.connect();
  app2 = new pg.Client({ connectionString: appUrlFrom(inject('databaseUrl'), TEST_APP_PASSWORD) });
  await app2.connect();
});
afterAll(async () => {
  await app2?.end();
  await app?.end();
  await owner?.end();
  await server?.close();
});

describe('deposit and loss limits', () => {
  it('a decrease applies at once; an increase or a removal only after 24 hours of cooling-off', async () => {
    const c = await casino();
    const p = await gambler(c);
    const first = expectType(await setLimit(p, 'DEPOSIT', 'DAY', '1000'), 'SetResponsibleGamblingLimitPayload');
    expect(first.responsibleGambling.limits).toEqual([
      expect.objectContaining({ kind: 'DEPOSIT', period: 'DAY', currency: 'EUR', amount: { amount: '1000', currency: 'EUR', decimal: '10.00' }, pendingAmount: null, pendingRemoval: false, used: eur('0') }),
    ]);
    expect(Math.abs(new Date(first.appliesAt).getTime() - Date.now())).toBeLessThan(60_000);

    const raise = expectType(await setLimit(p, 'DEPOSIT', 'DAY', '2000'), 'SetResponsibleGamblingLimitPayload');
    const hours = (new Date(raise.appliesAt).getTime() - Date.now()) / 3600_000;
    expect(hours).toBeGreaterThan(23.9);
    expect(hours).toBeLessThan(24.1);
    expect(raise.responsibleGambling.limits[0]).toMatchObject({ amount: eur('1000'), pendingAmount: eur('2000'), pendingEffectiveAt: raise.appliesAt });
    expect(await refusal(assertCanDeposit(c.ctx(), p.id, 'EUR', 1500n))).toBe('DEPOSIT_LIMIT_REACHED');

    // 24 hours later the raise is in force.
    await owner.query(`update rg_limit set pending_effective_at = now() - interval '1 minute' where tenant_id = $1 and player_id = $2`, [c.tenantId, p.id]);
    expect((await state(p))!.limits[0]).toMatchObject({ amount: eur('2000'), pendingAmount: null, pendingEffectiveAt: null });
    expect(await refusal(assertCanDeposit(c.ctx(), p.id, 'EUR', 1500n))).toBeNull();

    // A decrease cancels nothing but applies at once; a pending raise is dropped by it.
    expectType(await setLimit(p, 'DEPOSIT', 'DAY', '3000'), 'SetResponsibleGamblingLimitPayload');
    const lower = expectType(await setLimit(p, 'DEPOSIT', 'DAY', '500'), 'SetResponsibleGamblingLimitPayload');
    expect(lower.responsibleGambling.limits[0]).toMatchObject({ amount: eur('500'), pendingAmount: null, pendingRemoval: false });

    // A removal waits too.
    const removal = expectType(await setLimit(p, 'DEPOSIT', 'DAY', null), 'SetResponsibleGamblingLimitPayload');
    expect(removal.responsibleGambling.limits[0]).toMatchObject({ amount: eur('500'), pendingRemoval: true });
    await owner.query(`update rg_limit set pending_effective_at = now() - interval '1 minute' where tenant_id = $1 and player_id = $2`, [c.tenantId, p.id]);
    expect((await state(p))!.limits).toEqual([]);
    expect(await refusal(assertCanDeposit(c.ctx(), p.id, 'EUR', 10_000_000n))).toBeNull();

    expect(await auditActions(c, p)).toEqual(['rg.limit.set', 'rg.limit.set', 'rg.limit.set', 'rg.limit.set', 'rg.limit.set']);
    const events = await c.tenant.admin.sdk.AuditEvents({ action: 'rg.limit.set', targetId: p.globalId, first: 1 });
    expect(events.auditEvents!.edges[0]!.node).toMatchObject({ actorKind: 'PLAYER', actor: { __typename: 'Player', id: p.globalId }, targetType: 'Player', target: { __typename: 'Player', id: p.globalId } });
    expect(events.auditEvents!.edges[0]!.node.diff).toMatchObject({ kind: 'DEPOSIT', period: 'DAY', amount: { from: '500', to: null }, applies: 'AFTER_COOLING_OFF' });
  });

  it('several limits apply together and the tightest wins, over windows counted in hours', async () => {
    const c = await casino();
    const p = await gambler(c);
    expectType(await setLimit(p, 'DEPOSIT', 'DAY', '1000'), 'SetResponsibleGamblingLimitPayload');
    expectType(await setLimit(p, 'DEPOSIT', 'WEEK', '700'), 'SetResponsibleGamblingLimitPayload');
    expectType(await setLimit(p, 'DEPOSIT', 'MONTH', '5000'), 'SetResponsibleGamblingLimitPayload');
    expect((await state(p))!.allowances).toEqual([{ kind: 'DEPOSIT', remaining: eur('700'), period: 'WEEK' }]);

    await recordDeposit(c.ctx(), p.id, 'EUR', 600n);
    expect(await refusal(recordDeposit(c.ctx(), p.id, 'EUR', 200n))).toBe('DEPOSIT_LIMIT_REACHED');
    expect((await state(p))!.allowances).toEqual([{ kind: 'DEPOSIT', remaining: eur('100'), period: 'WEEK' }]);
    // Another currency has no limit.
    expect(await refusal(recordDeposit(c.ctx(), p.id, 'USD', 100_000n))).toBeNull();

    // Two days later: out of the 24-hour window, still in the week's.
    await ageActivity(c, p, 48);
    const limits = (await state(p))!.limits.filter((l) => l.currency === 'EUR');
    expect(limits.map((l) => [l.period, l.used.amount])).toEqual([['DAY', '0'], ['WEEK', '600'], ['MONTH', '600']]);
    expect(await refusal(recordDeposit(c.ctx(), p.id, 'EUR', 200n))).toBe('DEPOSIT_LIMIT_REACHED');
    await recordDeposit(c.ctx(), p.id, 'EUR', 100n);
    // Undoing a deposit (the posting failed) gives the allowance back.
    await recordDeposit(c.ctx(), p.id, 'EUR', -100n);
    expect((await state(p))!.allowances[0]).toMatchObject({ remaining: eur('100') });

    // A week and a day later only the month's limit counts the deposits.
    await ageActivity(c, p, 24 * 7);
    expect((await state(p))!.allowances).toEqual([{ kind: 'DEPOSIT', remaining: eur('700'), period: 'WEEK' }]);
  });

  it('the bet callback\'s SQL refuses a bet past the loss limit: net loss = stakes − wins, rollbacks undo', async () => {
    const c = await casino();
    const p = await gambler(c);
    expect(await betRefusal(c, p, 1_000_000)).toBeNull();
    await recordPlay(c, p, 300, 0); // before any limit: still counted
    expectType(await setLimit(p, 'LOSS', 'DAY', '1000'), 'SetResponsibleGamblingLimitPayload');
    expect(await betRefusal(c, p, 700)).toBeNull();
    expect(await betRefusal(c, p, 701)).toBe('LOSS_LIMIT_REACHED');
    await recordPlay(c, p, 500, 0);
    expect(await betRefusal(c, p, 201)).toBe('LOSS_LIMIT_REACHED');
    await recordPlay(c, p, 0, 400); // a win
    expect(await betRefusal(c, p, 600)).toBeNull();
    expect(await betRefusal(c, p, 601)).toBe('LOSS_LIMIT_REACHED');
    await recordPlay(c, p, -500, 0); // the 500 bet rolled back
    expect(await betRefusal(c, p, 1100)).toBeNull();
    expect((await state(p))!.limits[0]).toMatchObject({ kind: 'LOSS', used: eur('-100') });

    // A week limit tighter than the day's wins.
    expectType(await setLimit(p, 'LOSS', 'WEEK', '200'), 'SetResponsibleGamblingLimitPayload');
    expect(await betRefusal(c, p, 300)).toBeNull();
    expect(await betRefusal(c, p, 301)).toBe('LOSS_LIMIT_REACHED');
    // Limits are per currency.
    const usd = await inTenant(app, c.tenantId, async (q) => (await q(`select rg_bet_refusal($1, $2, 'USD', 100000) as r`, [c.tenantId, p.id])).rows[0].r);
    expect(usd).toBeNull();
  });

  it('two concurrent bets of one player cannot both slip under the loss limit (the state row is locked)', async () => {
    const c = await casino();
    const p = await gambler(c);
    expectType(await setLimit(p, 'LOSS', 'DAY', '1000'), 'SetResponsibleGamblingLimitPayload');
    await app.query('begin');
    await app.query(`select set_config('app.tenant_id', $1, true)`, [c.tenantId]);
    expect((await app.query(`select rg_bet_refusal($1, $2, 'EUR', 600) as r`, [c.tenantId, p.id])).rows[0].r).toBeNull();
    await app.query(`select rg_record_plays($1, array[$2::text], array['EUR'], array[600::bigint], array[0::bigint])`, [c.tenantId, p.id]);
    let second: string | null | undefined;
    const concurrent = betRefusal(c, p, 600, app2).then((r) => (second = r));
    await settle(300);
    expect(second).toBeUndefined(); // waiting for the first bet's transaction
    await app.query('commit');
    await concurrent;
    expect(second).toBe('LOSS_LIMIT_REACHED');
  });

  it('refuses bad input with typed errors and writes nothing', async () => {
    const c = await casino();
    const p = await gambler(c);
    const bad = [
      { kind: 'DEPOSIT' as const, period: 'DAY' as const, currency: 'EUR', amount: '-5' },
      { kind: 'DEPOSIT' as const, period: 'DAY' as const, currency: 'EUR', amount: '1.5' },
      { kind: 'LOSS' as const, period: 'WEEK' as const, currency: 'GBP', amount: '100' }, // not a currency of this casino
    ];
    for (const input of bad) {
      const result = (await p.sdk.SetResponsibleGamblingLimit({ input })).setResponsibleGamblingLimit;
      expect(expectType(result, 'ValidationError').code, JSON.stringify(input)).toBe('VALIDATION_FAILED');
    }
    // A malformed currency is refused by the Currency scalar before any resolver runs.
    for (const currency of ['eur', 'XYZ']) {
      await expect(p.sdk.SetResponsibleGamblingLimit({ input: { kind: 'DEPOSIT', period: 'DAY', currency, amount: '100' } })).rejects.toThrow(/Currency/);
    }
    const minutes = expectType((await p.sdk.SetSessionTimeLimit({ minutes: 4 })).setSessionTimeLimit, 'ValidationError');
    expect(minutes.issues).toEqual([expect.objectContaining({ path: ['input', 'minutes'] })]);
    for (const minutes of [0, 4, 1441]) {
      expectType((await p.sdk.SetSessionTimeLimit({ minutes })).setSessionTimeLimit, 'ValidationError');
      expectType((await p.sdk.SetRealityCheckInterval({ minutes })).setRealityCheckInterval, 'ValidationError');
    }
    for (const hours of [0, 23, 6 * 7 * 24 + 1]) expectType((await p.sdk.TakeTimeOut({ hours })).takeTimeOut, 'ValidationError');
    for (const months of [0, 5, 61]) expectType((await p.sdk.SelfExclude({ months })).selfExclude, 'ValidationError');
    // Refusals speak the player's language.
    expect(new SelfExcludedError(null).localized('tr')).toBe('Kendinizi oyundan men ettiniz.');
    expect(new LossLimitReachedError('EUR').localized('tr')).toBe('Bu bahis EUR kayıp sınırınızı aşar.');

    for (const table of ['rg_state', 'rg_limit', 'rg_activity']) {
      expect((await owner.query(`select count(*)::int as n from ${table} where tenant_id = $1`, [c.tenantId])).rows[0].n, table).toBe(0);
    }
    expect(await auditActions(c, p)).toEqual([]);
  });
});

describe('time-out and self-exclusion', () => {
  it('a time-out of 24 hours to 6 weeks stops play, bets and deposits at once; it can be extended, not shortened', async () => {
    const c = await casino();
    const p = await gambler(c);
    await startPlaySession(c.ctx(), p.id);
    const taken = expectType((await p.sdk.TakeTimeOut({ hours: 48 })).takeTimeOut, 'TakeTimeOutPayload');
    const until = new Date(taken.responsibleGambling.timeOutUntil!).getTime();
    expect((until - Date.now()) / 3600_000).toBeGreaterThan(47.9);
    expect(taken.responsibleGambling).toMatchObject({ playRefusal: 'TIME_OUT', session: null, marketingAllowed: true });

    expect(await refusal(assertCanPlay(c.ctx(), p.id))).toBe('TIME_OUT');
    expect(await refusal(startPlaySession(c.ctx(), p.id))).toBe('TIME_OUT');
    expect(await betRefusal(c, p, 1)).toBe('TIME_OUT');
    expect(await refusal(assertCanDeposit(c.ctx(), p.id, 'EUR', 1n))).toBe('TIME_OUT');

    const shorter = expectType((await p.sdk.TakeTimeOut({ hours: 24 })).takeTimeOut, 'RgCannotShortenError');
    expect(shorter.code).toBe('RG_CANNOT_SHORTEN');
    expectType((await p.sdk.TakeTimeOut({ hours: 6 * 7 * 24 })).takeTimeOut, 'TakeTimeOutPayload');
    expect(await auditActions(c, p)).toEqual(['rg.time_out.take', 'rg.time_out.take']);

    // When it ends, play resumes.
    await owner.query(`update rg_state set time_out_until = now() - interval '1 second' where tenant_id = $1 and player_id = $2`, [c.tenantId, p.id]);
    expect(await refusal(assertCanPlay(c.ctx(), p.id))).toBeNull();
    expect(await betRefusal(c, p, 1)).toBeNull();
    expect((await state(p))!.timeOutUntil).toBeNull();
  });

  it('self-exclusion (at least 6 months) stops play, bets, deposits and marketing at once; withdrawals still work', async () => {
    const c = await casino();
    const p = await gambler(c);
    const created = await c.tenant.admin.sdk.CreateApiKey({ input: { name: 'payments', permissions: ['WALLET_POST'] } });
    const partner = server.sdk({ 'x-api-key': expectType(created.createApiKey, 'CreateApiKeyPayload').key });
    const me = { ownerType: 'PLAYER' as const, ownerId: playerGlobalId(p.id), currency: 'EUR' };
    const world = { ownerType: 'WORLD' as const, currency: 'EUR' };
    await recordDeposit(c.ctx(), p.id, 'EUR', 1000n);
    expectType((await partner.PostTransfers({ input: { idempotencyKey: `rg-dep-${p.id}`, code: 'DEPOSIT', transfers: [{ from: world, to: me, amount: '1000' }] } })).postTransfers, 'PostTransfersPayload');

    const excluded = expectType((await p.sdk.SelfExclude({ months: 7 })).selfExclude, 'SelfExcludePayload');
    const rg = excluded.responsibleGambling;
    const months = (new Date(rg.selfExcludedUntil!).getTime() - Date.now()) / (30.5 * 24 * 3600_000);
    expect(months).toBeGreaterThan(6.8);
    expect(months).toBeLessThan(7.2);
    expect(rg).toMatchObject({ playRefusal: 'SELF_EXCLUDED', marketingAllowed: false });

    expect(await refusal(assertCanPlay(c.ctx(), p.id))).toBe('SELF_EXCLUDED');
    expect(await refusal(startPlaySession(c.ctx(), p.id))).toBe('SELF_EXCLUDED');
    expect(await betRefusal(c, p, 1)).toBe('SELF_EXCLUDED');
    expect(await refusal(recordDeposit(c.ctx(), p.id, 'EUR', 1n))).toBe('SELF_EXCLUDED');
    expect(await isMarketingAllowed(c.ctx(), p.id)).toBe(false);
    // Irreversible until it ends: no shorter exclusion; a longer one is accepted.
    expectType((await p.sdk.SelfExclude({ months: 6 })).selfExclude, 'RgCannotShortenError');
    expectType((await p.sdk.SelfExclude({ months: 12 })).selfExclude, 'SelfExcludePayload');
    // The player can still withdraw.
    const withdrawal = await partner.PostTransfers({ input: { idempotencyKey: `rg-wd-${p.id}`, code: 'WITHDRAWAL', transfers: [{ from: me, to: world, amount: '400' }] } });
    expectType(withdrawal.postTransfers, 'PostTransfersPayload');
    expect((await p.sdk.Wallet()).wallet![0]!.cash.amount).toBe('600');
    expect(await auditActions(c, p)).toEqual(['rg.self_exclusion.take', 'rg.self_exclusion.take']);

    await owner.query(`update rg_state set excluded_until = now() - interval '1 second' where tenant_id = $1 and player_id = $2`, [c.tenantId, p.id]);
    expect(await refusal(assertCanPlay(c.ctx(), p.id))).toBeNull();
    expect(await isMarketingAllowed(c.ctx(), p.id)).toBe(true);
  });
});

describe('play sessions', () => {
  it('pushes reality checks when the interval elapses, then the session limit, which stops play', async () => {
    const c = await casino();
    const p = await gambler(c);
    const other = await gambler(c);
    expectType((await p.sdk.SetRealityCheckInterval({ minutes: 10 })).setRealityCheckInterval, 'SetRealityCheckIntervalPayload');
    expectType((await p.sdk.SetSessionTimeLimit({ minutes: 30 })).setSessionTimeLimit, 'SetSessionTimeLimitPayload');
    expectType((await other.sdk.SetRealityCheckInterval({ minutes: 5 })).setRealityCheckInterval, 'SetRealityCheckIntervalPayload');
    const notices = collect<RealityCheckSubscription>(server.ws({ authorization: `Bearer ${p.token}` }), print(RealityCheckDocument));
    await settle();

    await startPlaySession(c.ctx(), p.id);
    await startPlaySession(c.ctx(), other.id);
    const session = (await state(p))!.session!;
    expect(new Date(session.nextNoticeAt!).getTime() - new Date(session.startedAt).getTime()).toBe(10 * 60_000);

    // 11 minutes into the session (and the other player's): a reality check for each.
    const shift = async (who: Gambler, minutes: number) =>
      owner.query(
        `update rg_state set session_started_at = session_started_at - make_interval(mins => $3),
           next_reality_check_at = next_reality_check_at - make_interval(mins => $3) where tenant_id = $1 and player_id = $2`,
        [c.tenantId, who.id, minutes],
      );
    await shift(p, 11);
    await shift(other, 11);
    await sendDueRealityChecks(server.platform.services);
    const [first] = await notices.waitFor(1);
    expect(first!.realityCheck).toMatchObject({ kind: 'REALITY_CHECK', elapsedMinutes: 11, sessionLimitMinutes: 30 });
    const after = (await state(p))!.session!;
    expect(new Date(after.nextNoticeAt!).getTime() - new Date(after.startedAt).getTime()).toBe(20 * 60_000);
    expect(await refusal(assertCanPlay(c.ctx(), p.id))).toBeNull();

    // 30 minutes in: the session limit is reached; play and bets are refused.
    await shift(p, 20);
    await sendDueRealityChecks(server.platform.services);
    const [, second] = await notices.waitFor(2);
    expect(second!.realityCheck).toMatchObject({ kind: 'SESSION_LIMIT_REACHED', elapsedMinutes: 31, sessionLimitMinutes: 30 });
    expect(second!.realityCheck.seq).toBe(first!.realityCheck.seq + 1);
    expect(await refusal(assertCanPlay(c.ctx(), p.id))).toBe('SESSION_LIMIT_REACHED');
    expect(await refusal(startPlaySession(c.ctx(), p.id))).toBe('SESSION_LIMIT_REACHED');
    expect(await betRefusal(c, p, 1)).toBe('SESSION_LIMIT_REACHED');
    expect((await state(p))!.playRefusal).toBe('SESSION_LIMIT_REACHED');

    // After a 30-minute break the session is over and a new one may start.
    await owner.query(`update rg_state set session_last_activity_at = now() - interval '31 minutes' where tenant_id = $1 and player_id = $2`, [c.tenantId, p.id]);
    expect(await betRefusal(c, p, 1)).toBeNull();
    await startPlaySession(c.ctx(), p.id);
    expect((await state(p))!.session).not.toBeNull();
    await settle(200);
    // Only the player's own notices reached them.
    expect(notices.received).toHaveLength(2);
    notices.unsubscribe();
  });

  it('bets and wins keep the session alive; a launch after 30 minutes without play starts a new one', async () => {
    const c = await casino();
    const p = await gambler(c);
    await startPlaySession(c.ctx(), p.id);
    const started = (await state(p))!.session!.startedAt;
    await owner.query(`update rg_state set session_last_activity_at = now() - interval '20 minutes' where tenant_id = $1 and player_id = $2`, [c.tenantId, p.id]);
    await recordPlay(c, p, 10, 0);
    const kept = (await state(p))!.session!;
    expect(Date.now() - new Date(kept.lastActivityAt).getTime()).toBeLessThan(60_000);
    expect(kept.startedAt).toBe(started);
    await owner.query(`update rg_state set session_last_activity_at = now() - interval '31 minutes' where tenant_id = $1 and player_id = $2`, [c.tenantId, p.id]);
    expect((await state(p))!.session).toBeNull();
    await recordPlay(c, p, 10, 0); // play outside a session revives nothing
    expect((await state(p))!.session).toBeNull();
    await startPlaySession(c.ctx(), p.id);
    expect((await state(p))!.session!.startedAt).not.toBe(started);
  });

  it('a longer session limit waits 24 hours; a shorter one applies at once', async () => {
    const c = await casino();
    const p = await gambler(c);
    expectType((await p.sdk.SetSessionTimeLimit({ minutes: 60 })).setSessionTimeLimit, 'SetSessionTimeLimitPayload');
    const longer = expectType((await p.sdk.SetSessionTimeLimit({ minutes: 120 })).setSessionTimeLimit, 'SetSessionTimeLimitPayload');
    expect(longer.responsibleGambling).toMatchObject({ sessionLimitMinutes: 60, pendingSessionLimit: { minutes: 120 } });
    const removed = expectType((await p.sdk.SetSessionTimeLimit({ minutes: null })).setSessionTimeLimit, 'SetSessionTimeLimitPayload');
    expect(removed.responsibleGambling).toMatchObject({ sessionLimitMinutes: 60, pendingSessionLimit: { minutes: null } });
    const shorter = expectType((await p.sdk.SetSessionTimeLimit({ minutes: 15 })).setSessionTimeLimit, 'SetSessionTimeLimitPayload');
    expect(shorter.responsibleGambling).toMatchObject({ sessionLimitMinutes: 15, pendingSessionLimit: null });
    expectType((await p.sdk.SetSessionTimeLimit({ minutes: 45 })).setSessionTimeLimit, 'SetSessionTimeLimitPayload');
    await owner.query(`update rg_state set session_limit_pending_at = now() - interval '1 minute' where tenant_id = $1 and player_id = $2`, [c.tenantId, p.id]);
    expect(await state(p)).toMatchObject({ sessionLimitMinutes: 45, pendingSessionLimit: null });
    expect(await auditActions(c, p)).toHaveLength(5);
  });
});

describe('staff', () => {
  it('see a player\'s limits and state but cannot change them', async () => {
    const c = await casino();
    const p = await gambler(c);
    expectType(await setLimit(p, 'LOSS', 'DAY', '1000'), 'SetResponsibleGamblingLimitPayload');
    expectType(await setLimit(p, 'LOSS', 'DAY', '5000'), 'SetResponsibleGamblingLimitPayload');
    expectType((await p.sdk.TakeTimeOut({ hours: 24 })).takeTimeOut, 'TakeTimeOutPayload');
    const support = await newStaff(server, platform, c.tenant.slug, ['SUPPORT']);
    const seen = (await support.sdk.PlayerResponsibleGambling({ playerId: p.globalId })).playerResponsibleGambling!;
    expect(seen).toMatchObject({ player: { id: p.globalId }, playRefusal: 'TIME_OUT', limits: [expect.objectContaining({ amount: eur('1000'), pendingAmount: eur('5000') })] });
    expect(seen).toEqual(await state(p));
    // The same on the player's detail, for staff with rg:read and for the player themself.
    for (const sdk of [support.sdk, p.sdk]) {
      const detail = (await sdk.PlayerDetailResponsibleGambling({ id: p.globalId })).node;
      expect(detail).toEqual({ __typename: 'Player', id: p.globalId, responsibleGambling: seen });
    }
    // Global ids only: a raw UUID or another type's id is refused, naming the type; an unknown player is null.
    const raw = await graphqlError(c.tenant.admin.sdk.PlayerResponsibleGambling({ playerId: p.id }));
    expect(raw).toMatchObject({ code: 'INVALID_ID', message: expect.stringMatching(/playerId.*Player/) });
    expect((await graphqlError(support.sdk.PlayerResponsibleGambling({ playerId: c.tenant.id }))).code).toBe('INVALID_ID');
    const unknown = Buffer.from('Player:0190b0c0-0000-7000-8000-000000000000').toString('base64');
    expect((await support.sdk.PlayerResponsibleGambling({ playerId: unknown })).playerResponsibleGambling).toBeNull();

    // No staff write: the mutations are the player's own.
    for (const staff of [support.sdk, c.tenant.admin.sdk]) {
      expect((await graphqlError(staff.SetResponsibleGamblingLimit({ input: { kind: 'LOSS', period: 'DAY', currency: 'EUR', amount: '9999' } }))).code).toBe('FORBIDDEN');
      expect((await graphqlError(staff.SetSessionTimeLimit({ minutes: null }))).code).toBe('FORBIDDEN');
    }
    // Players cannot read another player's state.
    const nosy = await gambler(c);
    expect((await graphqlError(nosy.sdk.PlayerResponsibleGambling({ playerId: p.globalId }))).code).toBe('FORBIDDEN');
    expect((await nosy.sdk.PlayerDetailResponsibleGambling({ id: p.globalId })).node).toBeNull();
    // A partner key that reads players but not RG state gets the player without it (null with FORBIDDEN).
    const created = await c.tenant.admin.sdk.CreateApiKey({ input: { name: 'crm', permissions: ['PLAYER_READ'] } });
    const crm = server.sdk({ 'x-api-key': expectType(created.createApiKey, 'CreateApiKeyPayload').key });
    const refused = await crm.PlayerDetailResponsibleGambling({ id: p.globalId }).catch((error: unknown) => error);
    if (!(refused instanceof ClientError)) throw new Error('expected a partial answer with an error');
    expect(refused.response.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(refused.response.data).toEqual({ node: { __typename: 'Player', id: p.globalId, responsibleGambling: null } });
    expect((await state(p))!.limits[0]).toMatchObject({ amount: eur('1000'), pendingAmount: eur('5000') });
  });
});
