/**
 * VIP accrual under concurrency (issue #18): many bets of one player at once (200 Hub88 bets over
 * 20 concurrent requests, some of them rolled back, some on a weighted game), with accrual running
 * while they arrive; afterwards the player's points are exactly Σ pointsFor per bet, and the
 * tenant's points balances sum to zero.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { accrueTenant } from '../../modules/vip/index.js';
import { pointsFor } from '../../modules/vip/vip.units.js';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { checkLedgerInvariants, tenantUuid } from '../helpers/ledger-invariants.js';
import { newTenant, platformAdmin, type TestTenant } from '../helpers/world.js';
import { catalogueGame, HUB88_PER_CENT, newAggregator, partnerOf, seatedPlayer, type Aggregator } from '../helpers/seamless.js';
import { accrualsOf, drainAccrual, lotsOf, plantTier, pointsOf, pointsSum, vipProgramme } from '../helpers/vip-points.js';

let server: TestServer;
let owner: pg.Client;
let tenant: TestTenant;
let tenantId: string;
let partner: Sdk;
let hub: Aggregator;

beforeAll(async () => {
  server = await startServer();
  tenant = await newTenant(server, (await platformAdmin(server)).sdk);
  tenantId = tenantUuid(tenant);
  partner = await partnerOf(server, tenant);
  hub = await newAggregator(server, tenant);
  await catalogueGame(tenant, 'c-slot');
  await catalogueGame(tenant, 'c-heavy');
  owner = new pg.Client({ connectionString: inject('databaseUrl') });
  await owner.connect();
  // 0.30 EUR earns a point: most stakes leave a remainder, so rounding per bet shows.
  await vipProgramme(owner, tenantId, { earnRates: { EUR: '30' }, gameWeights: { games: { 'c-heavy': 150 }, categories: {}, default: 100 } });
  await accrueTenant(server.platform.services, tenantId);
});
afterAll(async () => {
  await owner?.end();
  await server?.close();
});

it('200 concurrent bets of one player (some rolled back) accrue exactly Σ pointsFor per bet; the points ledger sums to zero', async () => {
  const p = await seatedPlayer(server, tenant, partner, 10_000_00);
  await plantTier(owner, tenantId, [p.id], 12_500); // 1.25x
  const bets = Array.from({ length: 200 }, (_, i) => ({ tx: randomUUID(), cents: 1 + ((i * 37) % 250), game: i % 3 === 0 ? 'c-heavy' : 'c-slot', rolledBack: i % 10 === 4 }));
  const services = server.platform.services;
  let stop = false;
  // Accrual runs all the while, as the job would.
  const accruing = (async () => {
    while (!stop) {
      await accrueTenant(services, tenantId);
      await new Promise((r) => setTimeout(r, 10));
    }
  })();
  let next = 0;
  await Promise.all(
    Array.from({ length: 20 }, async () => {
      while (next < bets.length) {
        const b = bets[next++]!;
        const base = { user: p.id, token: p.token, currency: 'EUR', game_code: b.game, round: randomUUID() };
        const placed = await hub.call('transaction/bet', { ...base, request_uuid: randomUUID(), transaction_uuid: b.tx, amount: b.cents * HUB88_PER_CENT });
        expect(placed.answer.status).toBe('RS_OK');
        if (b.rolledBack) {
          const back = await hub.call('transaction/rollback', { ...base, request_uuid: randomUUID(), transaction_uuid: randomUUID(), reference_transaction_uuid: b.tx });
          expect(back.answer.status).toBe('RS_OK');
        }
      }
    }),
  );
  stop = true;
  await accruing;
  await drainAccrual(services, tenantId);

  const expected = bets.filter((b) => !b.rolledBack).reduce((sum, b) => sum + pointsFor(BigInt(b.cents), b.game === 'c-heavy' ? 150 : 100, 12_500, 30n), 0n);
  expect(expected).toBeGreaterThan(0n);
  expect(await pointsOf(owner, tenantId, p.id)).toBe(expected);
  const rows = await accrualsOf(owner, tenantId, p.id);
  expect(rows.filter((r) => r.kind === 'BET' || Number(r.points) !== 0).reduce((s, r) => s + BigInt(r.points), 0n)).toBe(expected);
  // Each rolled-back bet has exactly one ROLLBACK row; each bet at most one BET row.
  expect(rows.filter((r) => r.kind === 'ROLLBACK')).toHaveLength(20);
  expect(new Set(rows.filter((r) => r.kind === 'BET').map((r) => r.source_id)).size).toBe(rows.filter((r) => r.kind === 'BET').length);
  // The lots hold the balance.
  const lots = await lotsOf(owner, tenantId, p.id);
  expect(lots.reduce((s, l) => s + BigInt(l.remaining), 0n)).toBe(expected);
  expect(lots.reduce((s, l) => s + BigInt(l.earned), 0n)).toBe(expected);
  expect(await pointsSum(owner, tenantId)).toBe(0n);
  expect(await checkLedgerInvariants(owner, tenantId)).toEqual([]);
});
