/**
 * Tenant KPIs (issue #20, docs/kpis.md): real registrations, deposits and Hub88 bets, wins and
 * rollbacks folded from the ledger feed into roll-ups; the figures of a day worked out by hand; the
 * reconciliation against the ledger (and the drift it finds when a roll-up is tampered with);
 * exactly-once folding under concurrent runs; retention, the funnel, months, time zones; who may read.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { rollUpTenant } from '../../modules/kpis/index.js';
import { localDay } from '../../modules/kpis/kpis.time.js';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { tenantUuid } from '../helpers/ledger-invariants.js';
import { expectType, newPlayer, newStaff, newTenant, platformAdmin, type TestTenant } from '../helpers/world.js';
import { catalogueGame, fund, HUB88_PER_CENT, newAggregator, partnerOf, seatedPlayer, type Aggregator } from '../helpers/seamless.js';
import { graphqlError } from '../helpers/errors.js';

let server: TestServer;
let owner: pg.Client;
let platform: Sdk;
let tenant: TestTenant;
let tenantId: string;
let partner: Sdk;
let hub: Aggregator;
let finance: Sdk;

const SLOT = 'kpi-slot';
const id = () => randomUUID();
type Player = Awaited<ReturnType<typeof seatedPlayer>>;

async function hubCall(p: Player, path: string, extra: Record<string, unknown>) {
  const { answer } = await hub.call(path, { user: p.id, token: p.token, currency: 'EUR', game_code: SLOT, request_uuid: id(), transaction_uuid: id(), ...extra });
  expect(answer.status).toBe('RS_OK');
}
const bet = (p: Player, cents: number, round: string, transaction = id()) => hubCall(p, 'transaction/bet', { round, amount: cents * HUB88_PER_CENT, transaction_uuid: transaction });
const win = (p: Player, cents: number, round: string) => hubCall(p, 'transaction/win', { round, amount: cents * HUB88_PER_CENT });
const rollback = (p: Player, ref: string, round: string) => hubCall(p, 'transaction/rollback', { round, reference_transaction_uuid: ref });

/** Folds until the feed is read to its end (another file's open transaction can hold it back a moment). */
async function rollUp(): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    await rollUpTenant(server.platform.services, tenantId);
    const [lag] = (
      await owner.query<{ n: string }>(
        `select count(*)::text as n from ledger_transaction t, kpi_cursor c
         where c.tenant_id = $1 and t.tenant_id = c.tenant_id and (t.xid, t.id) > (c.last_xid, c.last_id)
           and t.code = any ('{BET,BET_ROLLBACK,WIN,POKER_RAKE,POKER_BUY_IN,DEPOSIT,WITHDRAWAL,BONUS_CONVERSION}')`,
        [tenantId],
      )
    ).rows;
    if (lag!.n === '0') return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('the feed did not drain');
}

const today = () => localDay(new Date(), 'UTC');
async function dayFigures(day = today()) {
  const { kpis } = await finance.Kpis({ from: day, to: day });
  const period = kpis!.periods[0]!;
  return { period, eur: period.currencies.find((c) => c.currency === 'EUR')!, usd: period.currencies.find((c) => c.currency === 'USD')! };
}

beforeAll(async () => {
  server = await startServer();
  platform = (await platformAdmin(server)).sdk;
  tenant = await newTenant(server, platform);
  tenantId = tenantUuid(tenant);
  partner = await partnerOf(server, tenant);
  hub = await newAggregator(server, tenant);
  await catalogueGame(tenant, SLOT);
  finance = (await newStaff(server, platform, tenant.slug, ['FINANCE'])).sdk;
  owner = new pg.Client({ connectionString: inject('databaseUrl') });
  await owner.connect();
});
afterAll(async () => {
  await owner?.end();
  await server?.close();
});

describe('the figures of a day', () => {
  let alice: Player;
  let bob: Player;

  beforeAll(async () => {
    await rollUp(); // opens the tenant's cursor: nothing yet
    alice = await seatedPlayer(server, tenant, partner, 100_00); // deposit 100.00
    bob = await seatedPlayer(server, tenant, partner, 20_00); // deposit 20.00
    await newPlayer(server, tenant); // registers, never deposits
    const r1 = id();
    await bet(alice, 10_00, r1);
    await win(alice, 4_00, r1);
    const r2 = id();
    const refunded = id();
    await bet(alice, 2_00, r2, refunded);
    await rollback(alice, refunded, r2);
    const r3 = id();
    await bet(bob, 5_00, r3);
    await win(bob, 0, r3);
    await fund(partner, bob.id, 0, 0); // nothing
    await rollUp();
  });

  it('are the hand-worked sums, per currency', async () => {
    const { period, eur, usd } = await dayFigures();
    expect(period.registrations).toBe(3);
    // Stakes 10.00 + 2.00 − 2.00 (rolled back) + 5.00 = 15.00; wins 4.00; GGR 11.00; no bonus: NGR 11.00.
    expect(eur.realTurnover.amount).toBe('1500');
    expect(eur.bonusTurnover.amount).toBe('0');
    expect(eur.turnover.amount).toBe('1500');
    expect(eur.realWins.amount).toBe('400');
    expect(eur.ggr.amount).toBe('1100');
    expect(eur.ngr.amount).toBe('1100');
    expect(eur.holdPercent).toBeCloseTo(73.3333, 3); // 11 / 15
    expect(eur.deposits).toEqual({ count: 2, amount: { amount: '12000', currency: 'EUR' } });
    expect(eur.firstDeposits).toEqual({ count: 2, amount: { amount: '12000', currency: 'EUR' } });
    expect(eur.withdrawals.count).toBe(0);
    expect(eur.activePlayers).toBe(2);
    expect(eur.arpu).toEqual({ amount: '550', currency: 'EUR' }); // 11.00 / 2
    const casino = eur.products.find((p) => p.product === 'CASINO')!;
    expect(casino.rounds).toBe(2); // 3 bets, one rolled back
    expect(casino.ggr.amount).toBe('1100');
    expect(eur.products.find((p) => p.product === 'POKER')!.ggr.amount).toBe('0');
    // USD is a currency of the tenant with nothing in it: zeros, never mixed into EUR.
    expect(usd.turnover.amount).toBe('0');
    expect(usd.activePlayers).toBe(0);
    expect(usd.arpu).toBeNull();
  });

  it('equal what the ledger says (reconciliation), and a tampered roll-up is drift', async () => {
    const clean = await finance.ReconcileKpis({ input: { day: today() } });
    const ok = expectType(clean.reconcileKpis, 'ReconcileKpisPayload').reconciliation!;
    expect(ok.differences).toEqual([]);
    expect(ok.matches).toBe(true);

    await owner.query(`update kpi_day set casino_real_stakes = casino_real_stakes + 1 where tenant_id = $1 and day = $2 and currency = 'EUR'`, [tenantId, today()]);
    try {
      const drift = expectType((await finance.ReconcileKpis({ input: { day: today() } })).reconcileKpis, 'ReconcileKpisPayload').reconciliation!;
      expect(drift.matches).toBe(false);
      expect(drift.differences).toEqual([{ currency: 'EUR', figure: 'casino_real_stakes', rollup: '1501', ledger: '1500' }]);
      const { kpiReconciliations } = await finance.KpiReconciliations({ from: today(), to: today() });
      expect(kpiReconciliations!.map((r) => r.matches)).toEqual([false]);
    } finally {
      await owner.query(`update kpi_day set casino_real_stakes = casino_real_stakes - 1 where tenant_id = $1 and day = $2 and currency = 'EUR'`, [tenantId, today()]);
    }
  });

  it('count each ledger transaction once when runs overlap', async () => {
    const r = id();
    await Promise.all([bet(alice, 1_00, r), rollUpTenant(server.platform.services, tenantId), rollUpTenant(server.platform.services, tenantId)]);
    await Promise.all([rollUp(), rollUp(), rollUp()]);
    const { eur } = await dayFigures();
    expect(eur.realTurnover.amount).toBe('1600');
    const check = expectType((await finance.ReconcileKpis({ input: { day: today() } })).reconcileKpis, 'ReconcileKpisPayload').reconciliation!;
    expect(check.differences).toEqual([]);
  });

  it('give the funnel: registered → deposited → played', async () => {
    const { kpiFunnel } = await finance.KpiFunnel({ from: today(), to: today() });
    expect(kpiFunnel).toEqual({ registered: 3, deposited: 2, played: 2 });
  });

  it('add up to months', async () => {
    const { kpis } = await finance.Kpis({ from: today(), to: today(), granularity: 'MONTH' });
    const month = kpis!.periods[0]!;
    expect(month.start).toBe(`${today().slice(0, 7)}-01`);
    expect(month.start <= today() && today() <= month.end).toBe(true);
    const eur = month.currencies.find((c) => c.currency === 'EUR')!;
    expect(eur.realTurnover.amount).toBe('1600');
    expect(eur.activePlayers).toBe(2); // monthly active: each player once
  });

  it('are shown side by side to platform staff only', async () => {
    const { platformKpis } = await platform.PlatformKpis({ from: today(), to: today(), granularity: 'DAY' });
    const mine = platformKpis!.find((k) => k.tenant.slug === tenant.slug)!;
    expect(mine.periods[0]!.currencies.find((c) => c.currency === 'EUR')!.realTurnover.amount).toBe('1600');
    expect((await graphqlError(finance.PlatformKpis({ from: today(), to: today() }))).code).toBe('FORBIDDEN');
  });

  it('are refused to staff without kpis:read and to players', async () => {
    const support = (await newStaff(server, platform, tenant.slug, ['SUPPORT'])).sdk;
    expect((await graphqlError(support.Kpis({ from: today(), to: today() }))).code).toBe('FORBIDDEN');
    expect((await graphqlError(alice.registered.sdk.Kpis({ from: today(), to: today() }))).code).toBe('FORBIDDEN');
  });

  it('refuse a range that is too long or backwards, precisely', async () => {
    expect((await graphqlError(finance.Kpis({ from: '2026-01-02', to: '2026-01-01' }))).code).toBe('VALIDATION_FAILED');
    expect((await graphqlError(finance.Kpis({ from: '2024-01-01', to: '2026-01-01' }))).code).toBe('VALIDATION_FAILED');
  });
});

describe('retention', () => {
  it('counts Day-1 by the rolling 24-hour window and by calendar day, per cohort', async () => {
    const p = await seatedPlayer(server, tenant, partner, 10_00);
    await rollUp();
    // Move the player's day 0 back 30 hours (owner access: time cannot pass in a test).
    await owner.query(
      `update kpi_player set registered_at = registered_at - interval '30 hours', registered_on = ((registered_at - interval '30 hours') at time zone 'UTC')::date,
         first_deposit_at = first_deposit_at - interval '30 hours', first_deposit_on = ((first_deposit_at - interval '30 hours') at time zone 'UTC')::date
       where tenant_id = $1 and player_id = $2`,
      [tenantId, p.id],
    );
    await bet(p, 1_00, id());
    await rollUp();
    const { rows } = await owner.query<{ registered_on: string; registration_retained: number[]; deposit_retained: number[] }>(
      `select to_char(registered_on, 'YYYY-MM-DD') as registered_on, registration_retained, deposit_retained from kpi_player where tenant_id = $1 and player_id = $2`,
      [tenantId, p.id],
    );
    expect(rows[0]!.registration_retained).toEqual([1]);
    expect(rows[0]!.deposit_retained).toEqual([1]);
    const cohortDay = rows[0]!.registered_on;
    const { kpiCohorts } = await finance.KpiCohorts({ from: cohortDay, to: cohortDay });
    const d1 = kpiCohorts![0]!.retention.find((r) => r.day === 1)!;
    expect(d1.players).toBeGreaterThanOrEqual(1);
    expect(d1.rate).toBeGreaterThan(0);
    const { kpiCohorts: byDeposit } = await finance.KpiCohorts({ from: cohortDay, to: cohortDay, kind: 'FIRST_DEPOSIT', window: 'CALENDAR_DAY' });
    expect(byDeposit![0]!.size).toBeGreaterThanOrEqual(1);
    // Put day 0 back where it was (the registration is checked against identity's).
    await owner.query(
      `update kpi_player set registered_at = registered_at + interval '30 hours', registered_on = ((registered_at + interval '30 hours') at time zone 'UTC')::date
       where tenant_id = $1 and player_id = $2`,
      [tenantId, p.id],
    );
  });
});

describe('the tenant time zone', () => {
  it('rebuilds the roll-ups in the new zone, with the same totals', async () => {
    const before = await finance.Kpis({ from: localDay(new Date(Date.now() - 3 * 86_400_000), 'UTC'), to: today(), granularity: 'MONTH' });
    const zone = 'Pacific/Kiritimati'; // UTC+14: most instants fall on another day than in UTC
    const { updateTenant } = await platform.UpdateTenant({ input: { id: tenant.id, timeZone: zone } });
    expect(expectType(updateTenant, 'UpdateTenantPayload').tenant.timeZone).toBe(zone);
    expect((await rollUpTenant(server.platform.services, tenantId)).rebuilt).toBe(true);
    await rollUp();
    const localToday = localDay(new Date(), zone);
    const { kpis } = await finance.Kpis({ from: localToday, to: localToday });
    expect(kpis!.timeZone).toBe(zone);
    const check = expectType((await finance.ReconcileKpis({ input: { day: localToday } })).reconcileKpis, 'ReconcileKpisPayload').reconciliation!;
    expect(check.differences).toEqual([]);
    // Over a wide range the totals do not depend on the zone.
    const after = await finance.Kpis({ from: localDay(new Date(Date.now() - 3 * 86_400_000), 'UTC'), to: localToday, granularity: 'MONTH' });
    const total = (k: typeof before) => k.kpis!.periods.flatMap((p) => p.currencies.filter((c) => c.currency === 'EUR').map((c) => BigInt(c.realTurnover.amount))).reduce((a, b) => a + b, 0n);
    expect(total(after)).toBe(total(before));
    await platform.UpdateTenant({ input: { id: tenant.id, timeZone: 'UTC' } });
    await rollUp();
  });

  it('refuses a zone that does not exist', async () => {
    const { updateTenant } = await platform.UpdateTenant({ input: { id: tenant.id, timeZone: 'Mars/Olympus' } });
    expect(expectType(updateTenant, 'ValidationError').message).toMatch(/time zone/);
  });
});

describe('rebuilding', () => {
  it('clears the roll-ups and counts them again from the ledger, for platform staff only, audited', async () => {
    const before = await dayFigures();
    expect(['FORBIDDEN', 'UNAUTHENTICATED']).toContain((await graphqlError(finance.RebuildKpis({ input: { reason: 'drift' } }))).code);
    const asPlatform = (await platformAdmin(server)).token;
    const onTenant = server.sdk({ authorization: `Bearer ${asPlatform}`, 'x-tenant': tenant.slug });
    expectType((await onTenant.RebuildKpis({ input: { reason: ' ' } })).rebuildKpis, 'ValidationError');
    expectType((await onTenant.RebuildKpis({ input: { reason: 'drift found on a day' } })).rebuildKpis, 'RebuildKpisPayload');
    expect((await dayFigures()).eur.realTurnover.amount).toBe('0');
    await rollUp();
    const after = await dayFigures();
    expect(after.eur).toEqual(before.eur);
    expect(after.period.registrations).toBe(before.period.registrations);
    const { rows } = await owner.query(`select action from audit_event where tenant_id = $1 and action = 'kpis.rebuild'`, [tenantId]);
    expect(rows).toHaveLength(1);
  });
});
