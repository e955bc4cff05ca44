/**
 * VIP accrual (issue #18, docs/vip.md "Accrual"): real Hub88 bets through the seamless callbacks,
 * read from the ledger feed into points: stake × game weight × tier rate, the bonus-funded part
 * earning nothing, rollbacks taking back exactly, exactly once whether accrual runs twice, at
 * once, or meets a ledger transaction that commits late; poker rake shares earn.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { accrueTenant } from '../../modules/vip/index.js';
import { rakeShares } from '../../modules/poker/poker.service.js';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { checkLedgerInvariants, tenantUuid } from '../helpers/ledger-invariants.js';
import { expectType, newTenant, platformAdmin, type TestTenant } from '../helpers/world.js';
import { catalogueGame, fund, HUB88_PER_CENT, newAggregator, partnerOf, seatedPlayer, type Aggregator } from '../helpers/seamless.js';
import { playerGlobalId } from '../helpers/wallet.js';
import { activeGrant } from '../helpers/bonus-fixtures.js';
import { accrualsOf, drainAccrual, ledgerTxOf, lotsOf, plantTier, pointsOf, pointsSum, postRawInTx, vipProgramme } from '../helpers/vip-points.js';

let server: TestServer;
let owner: pg.Client;
let tenant: TestTenant;
let tenantId: string;
let partner: Sdk;
let hub: Aggregator;

const SLOT = 'vip-slot';
const HEAVY = 'vip-heavy';
const TABLE = 'vip-table';

beforeAll(async () => {
  server = await startServer();
  tenant = await newTenant(server, (await platformAdmin(server)).sdk);
  tenantId = tenantUuid(tenant);
  partner = await partnerOf(server, tenant);
  hub = await newAggregator(server, tenant);
  await catalogueGame(tenant, SLOT);
  await catalogueGame(tenant, HEAVY);
  const { addGame } = await tenant.admin.sdk.AddGame({
    input: { provider: 'hub88', externalRef: TABLE, name: TABLE, category: 'TABLE', currencies: ['EUR', 'USD'], launchUrl: 'https://games.test/launch?token={token}' },
  });
  expectType(addGame, 'AddGamePayload');
  owner = new pg.Client({ connectionString: inject('databaseUrl') });
  await owner.connect();
  // 1.00 EUR of stake (100 cents) earns 1 point at 100% and 1x; HEAVY counts 200%, TABLE games 10%.
  await vipProgramme(owner, tenantId, { earnRates: { EUR: '100' }, rakeRates: { EUR: '50' }, gameWeights: { games: { [HEAVY]: 200 }, categories: { TABLE: 10 }, default: 100 } });
  // The first run opens the tenant's place in the feed and reads nothing.
  expect(await accrueTenant(server.platform.services, tenantId)).toEqual({ processed: 0, players: 0 });
});
afterAll(async () => {
  expect(await checkLedgerInvariants(owner, tenantId)).toEqual([]);
  expect(await pointsSum(owner, tenantId)).toBe(0n);
  await owner?.end();
  await server?.close();
});

type Player = Awaited<ReturnType<typeof seatedPlayer>>;
const id = () => randomUUID();
const base = (p: Player, game: string, extra: Record<string, unknown> = {}) => ({ user: p.id, token: p.token, currency: 'EUR', game_code: game, request_uuid: id(), ...extra });
async function bet(p: Player, cents: number, game = SLOT, tx = id()): Promise<string> {
  const { answer } = await hub.call('transaction/bet', base(p, game, { transaction_uuid: tx, round: id(), amount: cents * HUB88_PER_CENT }));
  expect(answer.status).toBe('RS_OK');
  return tx;
}
async function rollback(p: Player, ref: string): Promise<string> {
  const tx = id();
  const { answer } = await hub.call('transaction/rollback', base(p, SLOT, { transaction_uuid: tx, round: id(), reference_transaction_uuid: ref }));
  expect(answer.status).toBe('RS_OK');
  return tx;
}
/** Accrual until the feed is read to its end (another file's open transaction can hold it back a moment). */
const accrue = () => drainAccrual(server.platform.services, tenantId);

describe('points of bets', () => {
  it('earn stake × game weight × tier rate, per bet, rounded down', async () => {
    const p = await seatedPlayer(server, tenant, partner, 100_00);
    await plantTier(owner, tenantId, [p.id], 15_000); // 1.5x
    await bet(p, 2_00); // 2.00 EUR at 100% × 1.5 = 3.00 points
    await bet(p, 1_00, HEAVY); // 1.00 at 200% × 1.5 = 3.00
    await bet(p, 5_00, TABLE); // 5.00 at 10% (its category) × 1.5 = 0.75
    await bet(p, 1, SLOT); // 0.01 at 100% × 1.5 = 0.015 → 0.01
    const run = await accrue();
    expect(run.processed).toBeGreaterThanOrEqual(4);
    expect(await pointsOf(owner, tenantId, p.id)).toBe(300n + 300n + 75n + 1n);
    const rows = await accrualsOf(owner, tenantId, p.id);
    expect(rows.map((r) => [r.kind, r.basis, r.weight_pct, r.rate_bp, r.points]).sort()).toEqual(
      [
        ['BET', '200', 100, 15000, '300'],
        ['BET', '100', 200, 15000, '300'],
        ['BET', '500', 10, 15000, '75'],
        ['BET', '1', 100, 15000, '1'],
      ].sort(),
    );
    // One lot for today: earned and remaining alike.
    expect(await lotsOf(owner, tenantId, p.id)).toEqual([expect.objectContaining({ earned: '676', remaining: '676', expired: '0' })]);
    // One earn posting per player per page.
    const { rows: postings } = await owner.query(`select count(*)::int as n from ledger_transaction t join ledger_entry e on e.transaction_id = t.id join ledger_account a on a.id = e.account_id
       where t.tenant_id = $1 and t.code = 'VIP_EARN' and a.owner_id = $2`, [tenantId, p.id]);
    expect(postings[0].n).toBe(1);
  });

  it('a player without a tier earns at 1x; the bonus-funded part of a stake earns nothing', async () => {
    const p = await seatedPlayer(server, tenant, partner, 1_00);
    await activeGrant(owner, { tenantId, playerId: p.id, currency: 'EUR', amount: 10_00n, wageringRequired: 10n ** 9n });
    await bet(p, 3_00); // 1.00 cash (cash first) + 2.00 bonus
    await accrue();
    expect(await pointsOf(owner, tenantId, p.id)).toBe(100n);
    expect((await accrualsOf(owner, tenantId, p.id)).map((r) => [r.basis, r.rate_bp])).toEqual([['100', 10000]]);
    // All bonus now: nothing.
    await bet(p, 2_00);
    await accrue();
    expect(await pointsOf(owner, tenantId, p.id)).toBe(100n);
  });

  it('a currency without an earn rate earns nothing, a game weighted 0 neither', async () => {
    await vipProgramme(owner, tenantId, { earnRates: { EUR: '100' }, rakeRates: { EUR: '50' }, gameWeights: { games: { [HEAVY]: 0 }, categories: { TABLE: 10 }, default: 100 } });
    try {
      const p = await seatedPlayer(server, tenant, partner, 10_00);
      await bet(p, 1_00, HEAVY);
      await accrue();
      expect(await pointsOf(owner, tenantId, p.id)).toBe(0n);
      expect(await accrualsOf(owner, tenantId, p.id)).toEqual([]);
    } finally {
      await vipProgramme(owner, tenantId, { earnRates: { EUR: '100' }, rakeRates: { EUR: '50' }, gameWeights: { games: { [HEAVY]: 200 }, categories: { TABLE: 10 }, default: 100 } });
    }
  });
});

describe('rollbacks', () => {
  it('take back exactly the points the bet earned, from its own day', async () => {
    const p = await seatedPlayer(server, tenant, partner, 100_00);
    await bet(p, 2_00);
    const rolled = await bet(p, 4_00);
    await accrue();
    expect(await pointsOf(owner, tenantId, p.id)).toBe(600n);
    const back = await rollback(p, rolled);
    await accrue();
    expect(await pointsOf(owner, tenantId, p.id)).toBe(200n);
    const rows = await accrualsOf(owner, tenantId, p.id);
    const betTx = await ledgerTxOf(owner, tenantId, rolled);
    expect(rows.find((r) => r.kind === 'ROLLBACK')).toMatchObject({ source_id: await ledgerTxOf(owner, tenantId, back), reverses_id: betTx, points: '-400' });
    expect(await lotsOf(owner, tenantId, p.id)).toEqual([expect.objectContaining({ earned: '200', remaining: '200' })]);
    // Nothing more on another run.
    expect((await accrueTenant(server.platform.services, tenantId)).processed).toBe(0);
    expect(await pointsOf(owner, tenantId, p.id)).toBe(200n);
  });

  it('a bet and its rollback read on the same page net to nothing', async () => {
    const p = await seatedPlayer(server, tenant, partner, 100_00);
    const rolled = await bet(p, 7_00);
    await rollback(p, rolled);
    await accrue();
    expect(await pointsOf(owner, tenantId, p.id)).toBe(0n);
    expect((await accrualsOf(owner, tenantId, p.id)).map((r) => [r.kind, r.points]).sort()).toEqual([['BET', '700'], ['ROLLBACK', '-700']]);
  });

  it('the rollback of a bet that earned nothing leaves a marker of 0', async () => {
    const p = await seatedPlayer(server, tenant, partner, 1_00);
    await activeGrant(owner, { tenantId, playerId: p.id, currency: 'EUR', amount: 10_00n, wageringRequired: 10n ** 9n });
    await bet(p, 1_00);
    const bonusOnly = await bet(p, 3_00);
    await rollback(p, bonusOnly);
    await accrue();
    expect(await pointsOf(owner, tenantId, p.id)).toBe(100n);
    expect((await accrualsOf(owner, tenantId, p.id)).find((r) => r.kind === 'ROLLBACK')).toMatchObject({ points: '0', reverses_id: await ledgerTxOf(owner, tenantId, bonusOnly) });
  });
});

describe('a rollback read before its bet', () => {
  // The feed is in database-transaction order: a rollback whose transaction began before the
  // bet's (and committed after it) is read first. The bet, read later, then earns nothing.
  for (const pageSize of [1, 2000]) {
    it(`leaves a marker, and the bet read after it earns nothing (page size ${pageSize})`, async () => {
      const p = await seatedPlayer(server, tenant, partner, 100_00);
      const early = new pg.Client({ connectionString: inject('databaseUrl') });
      await early.connect();
      let rollbackId: string;
      let betId: string;
      try {
        await early.query('begin');
        await early.query('select pg_current_xact_id()'); // its xid now: lower than the bet's
        betId = await ledgerTxOf(owner, tenantId, await bet(p, 5_00));
        rollbackId = await postRawInTx(early, tenantId, { code: 'BET_ROLLBACK', playerId: p.id, amount: 5_00n, metadata: { game: SLOT }, reversesId: betId });
        await early.query('commit');
      } finally {
        await early.end();
      }
      await drainAccrual(server.platform.services, tenantId, { pageSize });
      expect(await pointsOf(owner, tenantId, p.id)).toBe(0n);
      expect(await accrualsOf(owner, tenantId, p.id)).toEqual([expect.objectContaining({ kind: 'ROLLBACK', source_id: rollbackId, reverses_id: betId, points: '0' })]);
      const { rows } = await owner.query(`select count(*)::int as n from ledger_transaction where tenant_id = $1 and code in ('VIP_EARN', 'VIP_ROLLBACK') and metadata::text like $2`, [tenantId, `%${betId}%`]);
      expect(rows[0].n).toBe(0);
    });
  }
});

describe('exactly once', () => {
  it('two runs at once, and a run after, count each bet once', async () => {
    const p = await seatedPlayer(server, tenant, partner, 100_00);
    for (let i = 0; i < 10; i++) await bet(p, 1_00);
    const services = server.platform.services;
    await Promise.all([accrueTenant(services, tenantId), accrueTenant(services, tenantId), accrueTenant(services, tenantId)]);
    const runs = await Promise.all([accrue(), accrue()]);
    expect(runs.every((r) => r.processed >= 0)).toBe(true);
    await accrue();
    expect(await pointsOf(owner, tenantId, p.id)).toBe(1000n);
    expect(await accrualsOf(owner, tenantId, p.id)).toHaveLength(10);
  });

  it('pages: a small page size reads the feed in many transactions, each bet once', async () => {
    const p = await seatedPlayer(server, tenant, partner, 100_00);
    for (let i = 0; i < 7; i++) await bet(p, 1_00);
    const run = await drainAccrual(server.platform.services, tenantId, { pageSize: 2 });
    expect(run.processed).toBeGreaterThanOrEqual(7);
    expect(await pointsOf(owner, tenantId, p.id)).toBe(700n);
    // Seven pages with this player: seven earn postings.
    const { rows } = await owner.query(`select count(*)::int as n from ledger_transaction where tenant_id = $1 and code = 'VIP_EARN' and metadata ? 'through'
       and id in (select e.transaction_id from ledger_entry e join ledger_account a on a.id = e.account_id where a.owner_id = $2)`, [tenantId, p.id]);
    expect(rows[0].n).toBeGreaterThanOrEqual(4);
  });

  it('a ledger transaction that commits late is still counted, once', async () => {
    const p = await seatedPlayer(server, tenant, partner, 100_00);
    const q = await seatedPlayer(server, tenant, partner, 100_00);
    const late = new pg.Client({ connectionString: inject('databaseUrl') });
    await late.connect();
    try {
      await late.query('begin');
      await postRawInTx(late, tenantId, { code: 'BET', playerId: q.id, amount: 3_00n, metadata: { game: SLOT } });
      // A bet that commits while the first is still open: its xid is higher.
      await bet(p, 1_00);
      await accrueTenant(server.platform.services, tenantId);
      // Neither is below the horizon yet (the open transaction holds it).
      expect(await pointsOf(owner, tenantId, p.id)).toBe(0n);
      expect(await pointsOf(owner, tenantId, q.id)).toBe(0n);
      await late.query('commit');
    } finally {
      await late.end();
    }
    await accrue();
    expect(await pointsOf(owner, tenantId, p.id)).toBe(100n);
    expect(await pointsOf(owner, tenantId, q.id)).toBe(300n);
    await accrue();
    expect(await pointsOf(owner, tenantId, p.id) + (await pointsOf(owner, tenantId, q.id))).toBe(400n);
    expect(await accrualsOf(owner, tenantId, p.id)).toHaveLength(1);
    expect(await accrualsOf(owner, tenantId, q.id)).toHaveLength(1);
  });
});

describe('poker rake', () => {
  it('splits the rake by contribution: floor, then the largest remainders (lower seat on a tie); the shares sum to the rake', () => {
    const players = [
      { seat: 1, playerId: 'a', contributed: 100 },
      { seat: 2, playerId: 'b', contributed: 100 },
      { seat: 3, playerId: 'c', contributed: 100 },
      { seat: 4, playerId: null, contributed: 50 },
      { seat: 5, playerId: 'e', contributed: 0 },
    ];
    // 10 × 100/300 = 3.33 each: one chip left, seat 1 takes it.
    expect(Object.fromEntries(rakeShares(10n, players))).toEqual({ a: 4n, b: 3n, c: 3n });
    const uneven = [
      { seat: 2, playerId: 'x', contributed: 600 },
      { seat: 7, playerId: 'y', contributed: 300 },
      { seat: 1, playerId: 'z', contributed: 100 },
    ];
    // 7 × 0.6 = 4.2, 7 × 0.3 = 2.1, 7 × 0.1 = 0.7: z has the largest remainder.
    expect(Object.fromEntries(rakeShares(7n, uneven))).toEqual({ x: 4n, y: 2n, z: 1n });
    for (let rake = 0n; rake < 50n; rake += 7n) {
      const shares = rakeShares(rake, uneven);
      expect([...shares.values()].reduce((s, v) => s + v, 0n)).toBe(rake);
      for (const [player, share] of shares) {
        const c = BigInt(uneven.find((u) => u.playerId === player)!.contributed);
        // Proportional within one chip.
        expect(share * 1000n - rake * c).toBeGreaterThan(-1000n);
        expect(share * 1000n - rake * c).toBeLessThan(1000n);
      }
    }
  });

  it('each share earns at the rake rate and the player\'s tier rate', async () => {
    const a = await seatedPlayer(server, tenant, partner, 0);
    const b = await seatedPlayer(server, tenant, partner, 0);
    await plantTier(owner, tenantId, [b.id], 20_000, 2); // 2x
    await owner.query('begin');
    try {
      // 50 cents of rake earn one point (rakeRates EUR 50).
      await postRawInTx(owner, tenantId, { code: 'POKER_RAKE', amount: 3_00n, metadata: { currency: 'EUR', handId: id(), rakeShares: { [a.id]: '200', [b.id]: '100' } } });
      await owner.query('commit');
    } catch (error) {
      await owner.query('rollback');
      throw error;
    }
    await accrue();
    expect(await pointsOf(owner, tenantId, a.id)).toBe(400n); // 2.00 / 0.50 = 4 points
    expect(await pointsOf(owner, tenantId, b.id)).toBe(400n); // 1.00 / 0.50 × 2 = 4 points
    expect((await accrualsOf(owner, tenantId, b.id)).map((r) => [r.kind, r.basis, r.rate_bp])).toEqual([['RAKE', '100', 20000]]);
  });
  it('a BET or POKER_RAKE written by anyone but its platform writer (a partner\'s postTransfers) earns nothing', async () => {
    const p = await seatedPlayer(server, tenant, partner, 0);
    await owner.query('begin');
    try {
      await postRawInTx(owner, tenantId, { code: 'POKER_RAKE', amount: 3_00n, metadata: { currency: 'EUR', handId: id(), rakeShares: { [p.id]: '300' } }, createdBy: `API_KEY:${id()}` });
      await postRawInTx(owner, tenantId, { code: 'POKER_RAKE', amount: 3_00n, metadata: { currency: 'EUR', handId: id(), rakeShares: { [p.id]: '300' } }, createdBy: 'SYSTEM' });
      await owner.query('commit');
    } catch (error) {
      await owner.query('rollback');
      throw error;
    }
    await fund(partner, p.id, 1_000);
    const { postTransfers } = await partner.PostTransfers({
      input: {
        idempotencyKey: `forged-bet-${id()}`,
        code: 'BET',
        metadata: { game: 'vip-slot' },
        transfers: [{ from: { ownerType: 'PLAYER', ownerId: playerGlobalId(p.id), currency: 'EUR' }, to: { ownerType: 'HOUSE', currency: 'EUR' }, amount: '500' }],
      },
    });
    expectType(postTransfers, 'PostTransfersPayload');
    await accrue();
    expect(await pointsOf(owner, tenantId, p.id)).toBe(0n);
    expect(await accrualsOf(owner, tenantId, p.id)).toEqual([]);
  });
});
