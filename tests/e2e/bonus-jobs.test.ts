/**
 * The bonus jobs (issue #16): the expiry and forfeiture sweep, and cashback per closed period.
 * Their run functions are called directly for this file's tenant; the expiry job runs once
 * through the durable queue as well. Real PostgreSQL, real Hub88-signed callbacks for the bets.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { systemContext, tenantTx, type Context } from '../../src/context.js';
import { newId } from '../../src/ids.js';
import {
  bonusExpiryJob,
  endGrantInTx,
  grantBonus,
  payCashback,
  periodContaining,
  sweepTenant,
  type GrantRow,
  type TermsInput,
} from '../../modules/bonus/index.js';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { checkLedgerInvariants, playerUuid, tenantUuid } from '../helpers/ledger-invariants.js';
import { expectType, globalId, newPlayer, newTenant, platformAdmin, type TestTenant } from '../helpers/world.js';
import { catalogueGame, fund, newAggregator, partnerOf, seatedPlayer, HUB88_PER_CENT, type Aggregator } from '../helpers/seamless.js';
import { waitFor } from '../helpers/payments.js';
import { templateBySql } from '../helpers/bonus-fixtures.js';

let server: TestServer;
let owner: pg.Client;
let tenant: TestTenant;
let ctx: Context;
let partner: Sdk;
let hub: Aggregator;
const GAME = 'bonus-jobs-slot';

beforeAll(async () => {
  // The sweep works its queue in this instance (a period of an hour: it runs when enqueued).
  server = await startServer({ env: { BONUS_EXPIRY_INTERVAL_MS: '3600000', RATE_LIMIT_ENABLED: 'false' } });
  tenant = await newTenant(server, (await platformAdmin(server)).sdk);
  const services = server.platform.services;
  ctx = systemContext(services, await services.tenants.byId(services, tenantUuid(tenant)));
  partner = await partnerOf(server, tenant);
  hub = await newAggregator(server, tenant);
  await catalogueGame(tenant, GAME);
  owner = new pg.Client({ connectionString: inject('databaseUrl') });
  await owner.connect();
});
afterAll(async () => {
  if (owner) {
    expect(await checkLedgerInvariants(owner, tenantUuid(tenant))).toEqual([]);
    await owner.end();
  }
  await server?.close();
});

const template = (terms: TermsInput) => templateBySql(ctx, terms);

async function budget(templateId: string, totalLimit: string): Promise<string> {
  const id = newId();
  await owner.query(
    `insert into bonus_budget (id, tenant_id, template_id, currency, basis, period, total_limit) values ($1, $2, $3, 'EUR', 'FACE_VALUE', 'TOTAL', $4)`,
    [id, tenantUuid(tenant), templateId, totalLimit],
  );
  return id;
}

async function usage(budgetId: string): Promise<{ reserved: string; consumed: string }> {
  const { rows } = await owner.query(`select reserved::text, consumed::text from bonus_budget_usage where budget_id = $1 and player_id = '00000000-0000-0000-0000-000000000000'`, [budgetId]);
  return rows[0];
}

async function grantRow(id: string): Promise<GrantRow> {
  const { rows } = await owner.query(`select * from bonus_grant where id = $1`, [id]);
  return rows[0];
}

async function bonusBalance(playerId: string): Promise<bigint> {
  const { rows } = await owner.query(`select coalesce(sum(balance), 0)::text as b from ledger_account where owner_type = 'PLAYER' and owner_id = $1 and kind = 'BONUS' and currency = 'EUR'`, [playerId]);
  return BigInt(rows[0].b);
}

async function lastEvent(grantId: string): Promise<{ type: string; seq: string; payload: Record<string, unknown> }> {
  const { rows } = await owner.query(`select type, seq::text, payload from outbox_event where stream = $1 order by seq desc limit 1`, [`bonus-grant:${grantId}`]);
  return rows[0];
}

/** Moves a grant's expiry into the past (the sweep reads the database clock). */
async function backdate(grantId: string): Promise<void> {
  await owner.query(`update bonus_grant set expires_at = now() - interval '1 minute' where id = $1`, [grantId]);
}

const NO_DEPOSIT: TermsInput = { kind: 'NO_DEPOSIT', currencies: { EUR: { amount: '1000' } }, wagering: { multiplier: 10 }, validityHours: 24 };

async function playerWithGrant(templateId: string, extra: { ip?: string } = {}) {
  const registered = await newPlayer(server, tenant);
  const playerId = playerUuid(registered.player);
  const { grant } = await grantBonus(ctx, { templateId, playerId, currency: 'EUR', idempotencyKey: `k-${randomUUID()}`, grantedBy: 'STAFF:test', ...extra });
  return { registered, playerId, grant };
}

describe('the expiry sweep', () => {
  it('ends due grants (money back to the house, budget released, event published), and not the others', async () => {
    const templateId = await template(NO_DEPOSIT);
    const budgetId = await budget(templateId, '100000');
    const due = await playerWithGrant(templateId);
    const live = await playerWithGrant(templateId);
    expect(await usage(budgetId)).toEqual({ reserved: '2000', consumed: '0' });
    await backdate(due.grant.id);

    const counts = await sweepTenant(ctx);
    expect(counts.expired).toBe(1);

    const ended = await grantRow(due.grant.id);
    expect(ended).toMatchObject({ status: 'EXPIRED', end_reason: 'EXPIRED', balance: '0', forfeited: '1000', converted: '0' });
    expect(await bonusBalance(due.playerId)).toBe(0n);
    const { rows: posting } = await owner.query(
      `select a.owner_type, a.kind, e.amount::text from ledger_transaction t join ledger_entry e on e.transaction_id = t.id join ledger_account a on a.id = e.account_id
       where t.id = $1 order by e.amount`,
      [ended.end_transaction_id],
    );
    expect(posting).toEqual([
      { owner_type: 'PLAYER', kind: 'BONUS', amount: '-1000' },
      { owner_type: 'HOUSE', kind: 'CASH', amount: '1000' },
    ]);
    expect(await usage(budgetId)).toEqual({ reserved: '1000', consumed: '0' });
    const event = await lastEvent(due.grant.id);
    expect(event.type).toBe('bonus.updated');
    expect(event.payload).toMatchObject({ status: 'EXPIRED', endReason: 'EXPIRED', balance: '0' });

    expect(await grantRow(live.grant.id)).toMatchObject({ status: 'ACTIVE', balance: '1000' });
    expect(await bonusBalance(live.playerId)).toBe(1000n);

    // A second sweep finds nothing due.
    const again = await sweepTenant(ctx);
    expect(again.expired).toBe(0);
  });

  it('rejects a held grant past its expiry and releases its reservation; no money ever moved', async () => {
    const templateId = await template(NO_DEPOSIT);
    const budgetId = await budget(templateId, '100000');
    const ip = `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    await playerWithGrant(templateId, { ip });
    const held = await playerWithGrant(templateId, { ip });
    expect(held.grant.status).toBe('PENDING_REVIEW');
    expect(await usage(budgetId)).toEqual({ reserved: '2000', consumed: '0' });
    await backdate(held.grant.id);

    const counts = await sweepTenant(ctx);
    expect(counts.rejected).toBe(1);
    expect(await grantRow(held.grant.id)).toMatchObject({ status: 'REJECTED', end_reason: 'EXPIRED', balance: '0', end_transaction_id: null });
    expect(await usage(budgetId)).toEqual({ reserved: '1000', consumed: '0' });
    expect(await bonusBalance(held.playerId)).toBe(0n);
    expect((await lastEvent(held.grant.id)).payload).toMatchObject({ status: 'REJECTED' });
  });

  it('forfeits the grants of self-excluded, timed-out and blocked players with their reasons, and no one else\'s', async () => {
    const templateId = await template(NO_DEPOSIT);
    const excluded = await playerWithGrant(templateId);
    const timedOut = await playerWithGrant(templateId);
    const blocked = await playerWithGrant(templateId);
    const fine = await playerWithGrant(templateId);
    expectType((await excluded.registered.sdk.SelfExclude({ months: 6 })).selfExclude, 'SelfExcludePayload');
    expectType((await timedOut.registered.sdk.TakeTimeOut({ hours: 24 })).takeTimeOut, 'TakeTimeOutPayload');
    expectType(
      (await tenant.admin.sdk.BlockPlayer({ input: { playerId: globalId('Player', blocked.playerId), reason: 'closed at their request' } })).blockPlayer,
      'BlockPlayerPayload',
    );

    const counts = await sweepTenant(ctx);
    expect(counts.forfeited).toEqual({ SELF_EXCLUSION: 1, TIME_OUT: 1, ACCOUNT_CLOSED: 1 });
    expect(await grantRow(excluded.grant.id)).toMatchObject({ status: 'FORFEITED', end_reason: 'SELF_EXCLUSION', forfeited: '1000' });
    expect(await grantRow(timedOut.grant.id)).toMatchObject({ status: 'FORFEITED', end_reason: 'TIME_OUT', forfeited: '1000' });
    expect(await grantRow(blocked.grant.id)).toMatchObject({ status: 'FORFEITED', end_reason: 'ACCOUNT_CLOSED', forfeited: '1000' });
    expect(await grantRow(fine.grant.id)).toMatchObject({ status: 'ACTIVE', balance: '1000' });
    for (const p of [excluded, timedOut, blocked]) expect(await bonusBalance(p.playerId)).toBe(0n);
  });

  it('skips a grant its player ended meanwhile: not a failure', async () => {
    const templateId = await template(NO_DEPOSIT);
    const p = await playerWithGrant(templateId);
    await backdate(p.grant.id);
    // The player forfeits between the sweep's read and its end: the end answers NOT_ACTIVE.
    await tenantTx(ctx, (tx) => endGrantInTx(ctx, tx, p.grant.id, 'FORFEITED', 'PLAYER', `PLAYER:${p.playerId}`));
    const counts = await sweepTenant(ctx);
    expect(counts.expired).toBe(0);
    expect(await grantRow(p.grant.id)).toMatchObject({ status: 'FORFEITED', end_reason: 'PLAYER' });
  });

  it('runs through the durable queue', async () => {
    const templateId = await template(NO_DEPOSIT);
    const p = await playerWithGrant(templateId);
    await backdate(p.grant.id);
    await server.platform.services.jobs.enqueue(undefined, bonusExpiryJob, {});
    await waitFor(async () => (await grantRow(p.grant.id)).status === 'EXPIRED', 15_000);
    expect(await bonusBalance(p.playerId)).toBe(0n);
  });
});

describe('cashback', () => {
  const CASHBACK: TermsInput = {
    kind: 'CASHBACK',
    currencies: { EUR: { maxBonus: '500' } },
    cashbackPercent: 10,
    cashbackPeriod: 'DAY',
    wagering: { multiplier: 1 },
    validityHours: 72,
  };
  const round = () => randomUUID();
  const base = (p: { id: string; token: string }, extra: Record<string, unknown>) => ({ user: p.id, token: p.token, currency: 'EUR', game_code: GAME, request_uuid: randomUUID(), ...extra });
  const bet = async (p: { id: string; token: string }, cents: number, r: string) => {
    const { answer } = await hub.call('transaction/bet', base(p, { transaction_uuid: randomUUID(), round: r, amount: cents * HUB88_PER_CENT }));
    expect(answer.status).toBe('RS_OK');
  };
  const win = async (p: { id: string; token: string }, cents: number, r: string) => {
    const { answer } = await hub.call('transaction/win', base(p, { transaction_uuid: randomUUID(), round: r, amount: cents * HUB88_PER_CENT }));
    expect(answer.status).toBe('RS_OK');
  };

  async function cashbackOf(templateId: string, playerId: string): Promise<GrantRow[]> {
    const { rows } = await owner.query(`select * from bonus_grant where template_id = $1 and player_id = $2`, [templateId, playerId]);
    return rows;
  }

  it('grants percent × real-money net loss capped, nothing to winners or for bonus-funded stakes, and nothing twice', async () => {
    const templateId = await template(CASHBACK);
    // Loses 30.00 of cash: 10% = 3.00.
    const loser = await seatedPlayer(server, tenant, partner, 5_000);
    await bet(loser, 3_000, round());
    // Loses 80.00 over two rounds, wins 10.00 back: net 70.00, 10% = 7.00, capped at 5.00.
    const bigLoser = await seatedPlayer(server, tenant, partner, 10_000);
    const r1 = round();
    await bet(bigLoser, 5_000, r1);
    await win(bigLoser, 1_000, r1);
    await bet(bigLoser, 3_000, round());
    // Bets 10.00 and wins 50.00: no loss.
    const winner = await seatedPlayer(server, tenant, partner, 1_000);
    const r2 = round();
    await bet(winner, 1_000, r2);
    await win(winner, 5_000, r2);
    // Only bonus money (posted to BONUS directly): loses 20.00 of it, no real loss.
    const bonusOnly = await seatedPlayer(server, tenant, partner, 0, 2_000);
    await bet(bonusOnly, 2_000, round());
    // 10.00 cash + 10.00 bonus in one 20.00 stake (cash first): only the 10.00 of cash counts.
    const mixed = await seatedPlayer(server, tenant, partner, 1_000, 1_000);
    await bet(mixed, 2_000, round());
    // Loses, then self-excludes: refused and counted, not a failure.
    const excluded = await seatedPlayer(server, tenant, partner, 1_000);
    await bet(excluded, 1_000, round());
    expectType((await excluded.registered.sdk.SelfExclude({ months: 6 })).selfExclude, 'SelfExcludePayload');

    // A day later by the job's clock: today's period has closed.
    const tomorrow = new Date(Date.now() + 86_400_000);
    const first = await payCashback(ctx, { now: tomorrow });
    expect(first.failed).toBe(0);
    expect(first.refused).toMatchObject({ SELF_EXCLUDED: 1 });

    const granted = async (p: { id: string }) => (await cashbackOf(templateId, p.id)).map((g) => ({ granted: g.granted, status: g.status, by: g.granted_by }));
    expect(await granted(loser)).toEqual([{ granted: '300', status: 'ACTIVE', by: 'JOB:bonus-cashback' }]);
    expect(await granted(bigLoser)).toEqual([{ granted: '500', status: 'ACTIVE', by: 'JOB:bonus-cashback' }]);
    expect(await granted(winner)).toEqual([]);
    expect(await granted(bonusOnly)).toEqual([]);
    expect(await granted(mixed)).toEqual([{ granted: '100', status: 'ACTIVE', by: 'JOB:bonus-cashback' }]);
    expect(await granted(excluded)).toEqual([]);
    const [loserGrant] = await cashbackOf(templateId, loser.id);
    const today = periodContaining('DAY', new Date());
    expect(loserGrant!.idempotency_key).toBe(`cashback:${templateId}:${loser.id}:EUR:${today.start.toISOString()}`);
    expect(loserGrant!.wagering_required).toBe('300');
    expect(await bonusBalance(loser.id)).toBe(300n);

    // A rerun (or a second instance) grants nothing new.
    const second = await payCashback(ctx, { now: tomorrow });
    expect(second.granted).toBe(0);
    expect(second.alreadyGranted).toBe(first.granted);
    expect((await cashbackOf(templateId, loser.id)).length).toBe(1);
    expect(await bonusBalance(loser.id)).toBe(300n);
  });

  it('two instances paying at once grant each cashback once', async () => {
    const templateId = await template({ ...CASHBACK, cashbackPeriod: 'WEEK' });
    const players = await Promise.all([1, 2, 3].map(() => seatedPlayer(server, tenant, partner, 2_000)));
    for (const p of players) await bet(p, 1_000, round());
    const nextWeek = new Date(Date.now() + 7 * 86_400_000);
    const runs = await Promise.all([payCashback(ctx, { now: nextWeek }), payCashback(ctx, { now: nextWeek })]);
    expect(runs.every((r) => r.failed === 0)).toBe(true);
    for (const p of players) expect((await cashbackOf(templateId, p.id)).map((g) => g.granted)).toEqual(['100']);
  });

  it('pays nothing for a period that has not closed', async () => {
    const templateId = await template({ ...CASHBACK, cashbackPeriod: 'MONTH' });
    const p = await seatedPlayer(server, tenant, partner, 2_000);
    await bet(p, 1_000, round());
    await payCashback(ctx);
    expect(await cashbackOf(templateId, p.id)).toEqual([]);
  });
});
