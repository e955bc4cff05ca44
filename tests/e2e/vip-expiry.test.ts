/**
 * VIP points expiry (issue #18, docs/vip.md "Expiry"): each day's points (a lot) expire
 * `expiryDays` after that day, so the oldest go first; a run expires nothing twice; a debt (points
 * taken back after they expired) is never expired and is repaid by the next earnings first.
 * Lot dates are moved back by owner SQL.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { accrueTenant, expireTenantPoints } from '../../modules/vip/index.js';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { checkLedgerInvariants, tenantUuid } from '../helpers/ledger-invariants.js';
import { newTenant, platformAdmin, type TestTenant } from '../helpers/world.js';
import { catalogueGame, HUB88_PER_CENT, newAggregator, partnerOf, seatedPlayer, type Aggregator } from '../helpers/seamless.js';
import { playerGlobalId } from '../helpers/wallet.js';
import { drainAccrual, lotsOf, pointsOf, pointsSum, vipProgramme } from '../helpers/vip-points.js';

let server: TestServer;
let owner: pg.Client;
let tenant: TestTenant;
let tenantId: string;
let partner: Sdk;
let hub: Aggregator;
const DAY = 86_400_000;

beforeAll(async () => {
  server = await startServer();
  tenant = await newTenant(server, (await platformAdmin(server)).sdk);
  tenantId = tenantUuid(tenant);
  partner = await partnerOf(server, tenant);
  hub = await newAggregator(server, tenant);
  await catalogueGame(tenant, 'x-slot');
  owner = new pg.Client({ connectionString: inject('databaseUrl') });
  await owner.connect();
  await vipProgramme(owner, tenantId, { earnRates: { EUR: '100' }, expiryDays: 30 });
  await accrueTenant(server.platform.services, tenantId);
});
afterAll(async () => {
  expect(await checkLedgerInvariants(owner, tenantId)).toEqual([]);
  expect(await pointsSum(owner, tenantId)).toBe(0n);
  await owner?.end();
  await server?.close();
});

type Player = Awaited<ReturnType<typeof seatedPlayer>>;
async function bet(p: Player, cents: number): Promise<string> {
  const tx = randomUUID();
  const { answer } = await hub.call('transaction/bet', { user: p.id, token: p.token, currency: 'EUR', game_code: 'x-slot', round: randomUUID(), request_uuid: randomUUID(), transaction_uuid: tx, amount: cents * HUB88_PER_CENT });
  expect(answer.status).toBe('RS_OK');
  return tx;
}
const accrue = () => drainAccrual(server.platform.services, tenantId);
const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);
/** Moves the player's lot of today back `days` days (its expiry with it: 30 days after its day). */
async function ageTodaysLot(p: Player, days: number): Promise<void> {
  const { rowCount } = await owner.query(
    `update vip_point_lot set earned_on = earned_on - $3::int, expires_at = expires_at - make_interval(days => $3::int)
     where tenant_id = $1 and player_id = $2 and earned_on = $4::date`,
    [tenantId, p.id, days, day(0)],
  );
  expect(rowCount).toBe(1);
}
async function expireCount(p: Player): Promise<number> {
  const { rows } = await owner.query(
    `select count(*)::int as n from ledger_transaction t where t.tenant_id = $1 and t.code = 'VIP_EXPIRE'
       and exists (select 1 from ledger_entry e join ledger_account a on a.id = e.account_id where e.transaction_id = t.id and a.owner_id = $2)`,
    [tenantId, p.id],
  );
  return rows[0].n;
}

let expiredPlayer: Player;

it('expires the oldest lots first, each on its own date, nothing twice', async () => {
  const p = await seatedPlayer(server, tenant, partner, 1_000_00);
  expiredPlayer = p;
  await bet(p, 5_00);
  await accrue();
  await ageTodaysLot(p, 40); // earned 40 days ago: expired 10 days ago
  await bet(p, 3_00);
  await accrue();
  await ageTodaysLot(p, 20); // 20 days ago: expires in 10 days
  await bet(p, 2_00);
  await accrue(); // today: expires in 30 days
  expect(await pointsOf(owner, tenantId, p.id)).toBe(1000n);
  const services = server.platform.services;

  expect(await expireTenantPoints(services, tenantId)).toMatchObject({ players: 1, points: 500n });
  expect(await pointsOf(owner, tenantId, p.id)).toBe(500n);
  expect(await lotsOf(owner, tenantId, p.id)).toEqual([
    { earned_on: day(-40), earned: '500', remaining: '0', expired: '500' },
    { earned_on: day(-20), earned: '300', remaining: '300', expired: '0' },
    { earned_on: day(0), earned: '200', remaining: '200', expired: '0' },
  ]);
  // Again: nothing.
  expect(await expireTenantPoints(services, tenantId)).toMatchObject({ players: 0, points: 0n });
  expect(await expireCount(p)).toBe(1);

  // Eleven days on, the second lot goes too; the newest stays.
  expect(await expireTenantPoints(services, tenantId, new Date(Date.now() + 11 * DAY))).toMatchObject({ players: 1, points: 300n });
  expect(await expireTenantPoints(services, tenantId, new Date(Date.now() + 11 * DAY))).toMatchObject({ players: 0 });
  expect(await pointsOf(owner, tenantId, p.id)).toBe(200n);
  expect(await expireCount(p)).toBe(2);
  // Expiry moves `remaining`, never `earned` (the tier window's sums).
  expect((await lotsOf(owner, tenantId, p.id)).map((l) => l.earned)).toEqual(['500', '300', '200']);
});

it('shows the player their points: balance, next expiry, lots and history (newest first, paged); staff see them on Player', async () => {
  const p = expiredPlayer;
  const { myVipPoints } = await p.registered.sdk.MyVipPoints({ first: 2 });
  expect(myVipPoints!.balance).toBe('2.00');
  expect(myVipPoints!.expiring).toEqual({ at: new Date(`${day(30)}T00:00:00.000Z`).toISOString(), points: '2.00' });
  expect(myVipPoints!.lots).toEqual([{ earnedOn: day(0), earned: '2.00', remaining: '2.00', expired: '0.00', expiresAt: new Date(`${day(30)}T00:00:00.000Z`).toISOString() }]);
  const firstPage = myVipPoints!.history;
  expect(firstPage.nodes.map((n) => [n.kind, n.points, n.balanceAfter])).toEqual([
    ['EXPIRE', '-3.00', '2.00'],
    ['EXPIRE', '-5.00', '5.00'],
  ]);
  expect(firstPage.pageInfo.hasNextPage).toBe(true);
  const { myVipPoints: next } = await p.registered.sdk.MyVipPoints({ first: 5, after: firstPage.pageInfo.endCursor });
  expect(next!.history.nodes.map((n) => [n.kind, n.points, n.balanceAfter])).toEqual([
    ['EARN', '2.00', '10.00'],
    ['EARN', '3.00', '8.00'],
    ['EARN', '5.00', '5.00'],
  ]);
  expect(next!.history.pageInfo.hasNextPage).toBe(false);

  const { player } = await tenant.admin.sdk.PlayerVipPoints({ id: playerGlobalId(p.id), first: 10 });
  expect(player!.vipPoints.balance).toBe('2.00');
  expect(player!.vipPoints.history.nodes).toHaveLength(5);
  // A player cannot read another player's through Player: the player is not there for them.
  const other = await seatedPlayer(server, tenant, partner, 0);
  expect((await other.registered.sdk.PlayerVipPoints({ id: playerGlobalId(p.id) })).player).toBeNull();
  // A player with no points: zero, nothing expiring, no lots, no history.
  const { myVipPoints: none } = await other.registered.sdk.MyVipPoints({});
  expect(none).toMatchObject({ balance: '0.00', expiring: null, lots: [], history: { nodes: [] } });
});

it('a debt (a rollback of points that already expired) is never expired, and later earnings repay it first', async () => {
  const p = await seatedPlayer(server, tenant, partner, 1_000_00);
  const first = await bet(p, 4_00);
  await accrue();
  await ageTodaysLot(p, 31);
  const services = server.platform.services;
  expect(await expireTenantPoints(services, tenantId)).toMatchObject({ players: 1, points: 400n });
  // The bet is rolled back after its points expired: they are taken back all the same.
  const { answer } = await hub.call('transaction/rollback', {
    user: p.id, token: p.token, currency: 'EUR', game_code: 'x-slot', round: randomUUID(), request_uuid: randomUUID(), transaction_uuid: randomUUID(), reference_transaction_uuid: first,
  });
  expect(answer.status).toBe('RS_OK');
  await accrue();
  expect(await pointsOf(owner, tenantId, p.id)).toBe(-400n);
  // A run far in the future (it expires the other test's player's last lot) leaves the debt as it is.
  await expireTenantPoints(services, tenantId, new Date(Date.now() + 400 * DAY));
  expect(await pointsOf(owner, tenantId, p.id)).toBe(-400n);
  expect(await expireCount(p)).toBe(1);
  // 6.00 earned: 4.00 repay the debt, 2.00 fill today's lot.
  await bet(p, 6_00);
  await accrue();
  expect(await pointsOf(owner, tenantId, p.id)).toBe(200n);
  const today = (await lotsOf(owner, tenantId, p.id)).find((l) => l.earned_on === day(0));
  expect(today).toMatchObject({ earned: '600', remaining: '200' });
});
