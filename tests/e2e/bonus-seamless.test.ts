/**
 * Bonus wagering inside the seamless wallet (issue #16, docs/bonus.md "Wagering in the seamless
 * wallet"): which grant a bet feeds, weighted progress and completion with conversion, max bet,
 * the bonus part drawn from grants, wins and rollbacks by the grant's status, Hub88 free bets,
 * and concurrent bets on one grant. Real Hub88-signed callbacks over HTTP; grants made by SQL
 * (tests/helpers/bonus-fixtures.ts).
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { checkLedgerInvariants, tenantUuid } from '../helpers/ledger-invariants.js';
import { newTenant, platformAdmin, type TestTenant } from '../helpers/world.js';
import { catalogueGame, HUB88_PER_CENT, newAggregator, partnerOf, seatedPlayer, type Aggregator } from '../helpers/seamless.js';
import { activeGrant, endGrant, grantBalanceViolations, grantRow } from '../helpers/bonus-fixtures.js';

let server: TestServer;
let owner: pg.Client;
let tenant: TestTenant;
let tenantId: string;
let partner: Sdk;
let hub: Aggregator;
let stripes: number;

const id = () => randomUUID();
/** A game with its own weight row, one weighted by its category (SLOTS), and one weighted by neither. */
const HALF = 'bonus-half';
const SLOT = 'bonus-slot';
const OTHER = 'bonus-other';
const WEIGHTS = { [`game:${HALF}`]: 50, 'category:SLOTS': 20 };

beforeAll(async () => {
  server = await startServer();
  tenant = await newTenant(server, (await platformAdmin(server)).sdk);
  tenantId = tenantUuid(tenant);
  partner = await partnerOf(server, tenant);
  hub = await newAggregator(server, tenant);
  for (const game of [HALF, SLOT, OTHER]) await catalogueGame(tenant, game);
  owner = new pg.Client({ connectionString: inject('databaseUrl') });
  await owner.connect();
  stripes = server.platform.services.config.walletHouseStripes;
});
afterAll(async () => {
  expect(await checkLedgerInvariants(owner, tenantId)).toEqual([]);
  expect(await grantBalanceViolations(owner, tenantId)).toEqual([]);
  await owner?.end();
  await server?.close();
});

type Player = Awaited<ReturnType<typeof seatedPlayer>>;

const base = (p: Player, extra: Record<string, unknown> = {}) => ({ user: p.id, token: p.token, currency: 'EUR', game_code: SLOT, request_uuid: id(), ...extra });
/** Amounts in cents (converted to Hub88's units here). */
const bet = (p: Player, cents: number, round: string, tx = id(), extra: Record<string, unknown> = {}) =>
  hub.call('transaction/bet', base(p, { transaction_uuid: tx, round, amount: cents * HUB88_PER_CENT, ...extra }));
const win = (p: Player, cents: number, round: string, tx = id(), extra: Record<string, unknown> = {}) =>
  hub.call('transaction/win', base(p, { transaction_uuid: tx, round, amount: cents * HUB88_PER_CENT, ...extra }));
const rollback = (p: Player, ref: string, round: string, tx = id()) =>
  hub.call('transaction/rollback', base(p, { transaction_uuid: tx, round, reference_transaction_uuid: ref }));

async function wallet(p: Player): Promise<{ cash: string; bonus: string }> {
  const { wallet } = await p.registered.sdk.Wallet();
  const eur = wallet!.find((w) => w.currency === 'EUR');
  return { cash: eur?.cash.amount ?? '0', bonus: eur?.bonus.amount ?? '0' };
}

async function transaction(tx: string) {
  const { rows } = await owner.query(
    `select kind, grant_id, grant_parts, weighted::text, free_bet, cash_amount::text, bonus_amount::text from seamless_transaction where transaction_id = $1`,
    [tx],
  );
  return rows[0];
}

async function round(p: Player, roundId: string) {
  const { rows } = await owner.query(`select grant_id, free_bet, status, cash_staked::text, bonus_staked::text from seamless_round where player_id = $1 and round_id = $2`, [
    p.id,
    roundId,
  ]);
  return rows[0];
}

async function rowsOf(p: Player): Promise<{ transactions: number; rounds: number }> {
  const t = await owner.query(`select count(*)::int as n from seamless_transaction where player_id = $1`, [p.id]);
  const r = await owner.query(`select count(*)::int as n from seamless_round where player_id = $1`, [p.id]);
  return { transactions: t.rows[0].n, rounds: r.rows[0].n };
}

async function events(grantId: string): Promise<{ seq: string; payload: Record<string, unknown> }[]> {
  const { rows } = await owner.query(`select seq::text, payload from outbox_event e where stream = $1 order by e.seq`, [`bonus-grant:${grantId}`]);
  return rows;
}

async function contributions(grantId: string) {
  const { rows } = await owner.query(`select game, staked::text, wagered::text from bonus_contribution where grant_id = $1 order by game`, [grantId]);
  return rows;
}

const HOUR = 3600_000;

describe('which grant a bet feeds', () => {
  it('feeds the active grant with the earliest expiry (then creation, then id), skipping expired ones and ones with nothing left to wager', async () => {
    const p = await seatedPlayer(server, tenant, partner, 100_000);
    const later = await activeGrant(owner, { tenantId, playerId: p.id, amount: 100n, wageringRequired: 1000n, expiresAt: new Date(Date.now() + 48 * HOUR) });
    const sooner = await activeGrant(owner, { tenantId, playerId: p.id, amount: 100n, wageringRequired: 1000n, expiresAt: new Date(Date.now() + 24 * HOUR) });
    const done = await activeGrant(owner, { tenantId, playerId: p.id, amount: 100n, wageringRequired: 0n, expiresAt: new Date(Date.now() + 1 * HOUR) });
    const expired = await activeGrant(owner, { tenantId, playerId: p.id, amount: 100n, wageringRequired: 1000n, expiresAt: new Date(Date.now() - 1000) });

    const r = id();
    const tx = id();
    expect((await bet(p, 200, r, tx)).answer.status).toBe('RS_OK');
    expect(await transaction(tx)).toMatchObject({ kind: 'BET', grant_id: sooner, weighted: '200', grant_parts: null });
    expect((await round(p, r)).grant_id).toBe(sooner);
    expect(await grantRow(owner, sooner)).toMatchObject({ wagered: '200', status: 'ACTIVE' });
    for (const other of [later, done, expired]) expect((await grantRow(owner, other)).wagered).toBe('0');
    expect(await contributions(sooner)).toEqual([{ game: SLOT, staked: '200', wagered: '200' }]);
  });

  it('weighs the whole stake by game, then category, then default; a game with no row counts 0', async () => {
    const p = await seatedPlayer(server, tenant, partner, 100_000);
    const grant = await activeGrant(owner, { tenantId, playerId: p.id, amount: 100n, wageringRequired: 100_000n, weights: WEIGHTS });
    expect((await bet(p, 333, id(), id(), { game_code: HALF })).answer.status).toBe('RS_OK'); // trunc(333 × 50 / 100) = 166
    expect((await bet(p, 333, id(), id(), { game_code: SLOT })).answer.status).toBe('RS_OK'); // trunc(333 × 20 / 100) = 66
    expect((await grantRow(owner, grant)).wagered).toBe(String(166 + 66));
    expect(await contributions(grant)).toEqual([
      { game: HALF, staked: '333', wagered: '166' },
      { game: SLOT, staked: '333', wagered: '66' },
    ]);
    const none = await seatedPlayer(server, tenant, partner, 100_000);
    const unweighted = await activeGrant(owner, { tenantId, playerId: none.id, amount: 100n, wageringRequired: 1000n, weights: { [`game:${HALF}`]: 100 } });
    expect((await bet(none, 500, id(), id(), { game_code: OTHER })).answer.status).toBe('RS_OK');
    expect((await grantRow(owner, unweighted)).wagered).toBe('0');
  });
});

describe('spending order and grant parts', () => {
  it('spends cash first, then the grants\' balances in feed order (the fed grant first), then bonus money of no grant', async () => {
    const p = await seatedPlayer(server, tenant, partner, 100, 50); // 50 cents of bonus money of no grant
    const first = await activeGrant(owner, { tenantId, playerId: p.id, amount: 300n, wageringRequired: 10_000n, expiresAt: new Date(Date.now() + 2 * HOUR) });
    const second = await activeGrant(owner, { tenantId, playerId: p.id, amount: 500n, wageringRequired: 10_000n, expiresAt: new Date(Date.now() + 3 * HOUR) });
    const tx = id();
    const { answer } = await bet(p, 920, id(), tx);
    expect(answer).toMatchObject({ status: 'RS_OK', balance: (100 + 50 + 300 + 500 - 920) * HUB88_PER_CENT });
    expect(await transaction(tx)).toMatchObject({ grant_id: first, cash_amount: '100', bonus_amount: '820', grant_parts: { [first]: 300, [second]: 500 } });
    expect(await grantRow(owner, first)).toMatchObject({ balance: '0', wagered: '920' });
    expect(await grantRow(owner, second)).toMatchObject({ balance: '0', wagered: '0' });
    expect(await wallet(p)).toEqual({ cash: '0', bonus: '30' });
    // More than there is: refused, nothing moved.
    expect((await bet(p, 31, id())).answer.status).toBe('RS_ERROR_NOT_ENOUGH_MONEY');
    expect(await wallet(p)).toEqual({ cash: '0', bonus: '30' });
  });
});

describe('completion', () => {
  it('completes in the statement that reaches the requirement, converts up to granted × max conversion, forfeits the rest, before answering', async () => {
    const p = await seatedPlayer(server, tenant, partner, 0);
    const grant = await activeGrant(owner, { tenantId, playerId: p.id, amount: 1000n, wageringRequired: 1500n, maxConversionMultiple: 1 });
    const r = id();
    expect((await bet(p, 600, r)).answer.status).toBe('RS_OK'); // bonus 1000 → 400, wagered 600
    expect((await win(p, 1800, r)).answer.status).toBe('RS_OK'); // all-bonus round: the grant's balance 400 → 2200
    expect(await grantRow(owner, grant)).toMatchObject({ balance: '2200', wagered: '600', status: 'ACTIVE' });
    const last = id();
    const { answer } = await bet(p, 1000, id(), last); // wagered 600 + 1000, capped at 1500: completes
    // Balance 1200 left: 1000 (granted × 1) converts to cash, 200 is forfeited; the answer already shows it.
    expect(answer).toMatchObject({ status: 'RS_OK', balance: 1000 * HUB88_PER_CENT });
    expect(await transaction(last)).toMatchObject({ weighted: '900', grant_id: grant });
    expect(await grantRow(owner, grant)).toMatchObject({
      status: 'COMPLETED',
      end_reason: 'COMPLETED',
      wagered: '1500',
      balance: '0',
      converted: '1000',
      forfeited: '200',
    });
    expect(await wallet(p)).toEqual({ cash: '1000', bonus: '0' });
    // One event per change, numbered without gaps; the last one says COMPLETED.
    const stream = await events(grant);
    expect(stream.map((e) => e.seq)).toEqual(['1', '2', '3']);
    expect(stream[2]!.payload).toMatchObject({ status: 'COMPLETED', endReason: 'COMPLETED', balance: '0', wagered: '1500' });
    // A later bet feeds nothing (the grant ended) and takes cash.
    expect((await bet(p, 100, id())).answer.status).toBe('RS_OK');
    expect((await grantRow(owner, grant)).wagered).toBe('1500');
  });
});

describe('max bet', () => {
  it('refuses a stake above the fed grant\'s max bet with nothing moved, answers a replay the same, and takes one at the limit', async () => {
    const p = await seatedPlayer(server, tenant, partner, 10_000);
    const grant = await activeGrant(owner, { tenantId, playerId: p.id, amount: 100n, wageringRequired: 10_000n, maxBet: 500n });
    const before = await grantRow(owner, grant);
    const tx = id();
    const r = id();
    const refused = await bet(p, 501, r, tx);
    expect(refused.answer).toMatchObject({ status: 'RS_ERROR_UNKNOWN', balance: (10_000 + 100) * HUB88_PER_CENT });
    expect(await wallet(p)).toEqual({ cash: '10000', bonus: '100' });
    expect(await grantRow(owner, grant)).toEqual(before);
    expect(await round(p, r)).toBeUndefined();
    expect(await events(grant)).toEqual([]);
    const replay = await hub.call('transaction/bet', base(p, { transaction_uuid: tx, round: r, amount: 501 * HUB88_PER_CENT }));
    expect(replay.answer.status).toBe('RS_ERROR_UNKNOWN');
    expect(await wallet(p)).toEqual({ cash: '10000', bonus: '100' });
    expect((await bet(p, 500, id())).answer.status).toBe('RS_OK');
    expect((await grantRow(owner, grant)).wagered).toBe('500');
  });
});

describe('rollbacks', () => {
  it('take back the progress the bet added and give each grant part back while its grant is active', async () => {
    const p = await seatedPlayer(server, tenant, partner, 100);
    const grant = await activeGrant(owner, { tenantId, playerId: p.id, amount: 400n, wageringRequired: 10_000n, weights: WEIGHTS });
    const r = id();
    const tx = id();
    expect((await bet(p, 300, r, tx, { game_code: HALF })).answer.status).toBe('RS_OK');
    expect(await grantRow(owner, grant)).toMatchObject({ balance: '200', wagered: '150' });
    const back = id();
    expect((await rollback(p, tx, r, back)).answer).toMatchObject({ status: 'RS_OK', balance: 500 * HUB88_PER_CENT });
    expect(await grantRow(owner, grant)).toMatchObject({ balance: '400', wagered: '0' });
    expect(await transaction(back)).toMatchObject({ kind: 'ROLLBACK', grant_id: grant, weighted: '150', grant_parts: { [grant]: 200 } });
    expect(await contributions(grant)).toEqual([{ game: HALF, staked: '0', wagered: '0' }]);
    expect(await wallet(p)).toEqual({ cash: '100', bonus: '400' });
    // A replay of the rollback answers the same and moves nothing more.
    expect((await rollback(p, tx, r, back)).answer.status).toBe('RS_OK');
    expect(await grantRow(owner, grant)).toMatchObject({ balance: '400', wagered: '0' });
    expect(await wallet(p)).toEqual({ cash: '100', bonus: '400' });
  });

  it('after the grant ended, give back only the cash part (the grant\'s part went with the grant) and no progress', async () => {
    const p = await seatedPlayer(server, tenant, partner, 100);
    const grant = await activeGrant(owner, { tenantId, playerId: p.id, amount: 400n, wageringRequired: 10_000n });
    const r = id();
    const tx = id();
    expect((await bet(p, 300, r, tx)).answer.status).toBe('RS_OK'); // cash 100, grant 200
    expect(await endGrant(owner, tenantId, grant, 'FORFEITED', stripes)).toMatchObject({ ok: true, forfeited: '200' });
    expect(await wallet(p)).toEqual({ cash: '0', bonus: '0' });
    expect((await rollback(p, tx, r)).answer).toMatchObject({ status: 'RS_OK', balance: 100 * HUB88_PER_CENT });
    expect(await wallet(p)).toEqual({ cash: '100', bonus: '0' });
    expect(await grantRow(owner, grant)).toMatchObject({ status: 'FORFEITED', balance: '0', wagered: '300' });
  });
});

describe('wins', () => {
  it('pay the bonus share to the round\'s grant while it is active, and only the real-money share once it ended', async () => {
    const p = await seatedPlayer(server, tenant, partner, 100);
    const grant = await activeGrant(owner, { tenantId, playerId: p.id, amount: 1000n, wageringRequired: 100_000n });
    const r1 = id();
    expect((await bet(p, 400, r1)).answer.status).toBe('RS_OK'); // cash 100, bonus 300: 3/4 bonus
    expect((await win(p, 801, r1)).answer.status).toBe('RS_OK'); // bonus floor(801 × 3/4) = 600, cash 201
    expect(await grantRow(owner, grant)).toMatchObject({ balance: String(700 + 600) });
    expect(await wallet(p)).toEqual({ cash: '201', bonus: '1300' });

    const r2 = id();
    expect((await bet(p, 401, r2)).answer.status).toBe('RS_OK'); // cash 201, bonus 200
    expect(await endGrant(owner, tenantId, grant, 'EXPIRED', stripes)).toMatchObject({ ok: true, forfeited: '1100' });
    expect(await wallet(p)).toEqual({ cash: '0', bonus: '0' });
    const late = id();
    // Share: bonus floor(1000 × 200/401) = 498, cash 502: only the cash is paid.
    expect((await win(p, 1000, r2, late)).answer).toMatchObject({ status: 'RS_OK', balance: 502 * HUB88_PER_CENT });
    expect(await transaction(late)).toMatchObject({ cash_amount: '502', bonus_amount: '0' });
    expect(await wallet(p)).toEqual({ cash: '502', bonus: '0' });
    expect(await grantRow(owner, grant)).toMatchObject({ status: 'EXPIRED', balance: '0' });
  });

  it('rounds staked with bonus money of no grant pay as before', async () => {
    const p = await seatedPlayer(server, tenant, partner, 100, 300);
    const r = id();
    expect((await bet(p, 400, r)).answer.status).toBe('RS_OK');
    expect((await round(p, r)).grant_id).toBeNull();
    expect((await win(p, 800, r)).answer.status).toBe('RS_OK');
    expect(await wallet(p)).toEqual({ cash: '200', bonus: '600' });
  });
});

describe('free bets (Hub88 is_free + reward_uuid)', () => {
  const freeBet = (p: Player, cents: number, round: string, reward: string, tx = id(), extra: Record<string, unknown> = {}) =>
    bet(p, cents, round, tx, { is_free: true, reward_uuid: reward, game_code: HALF, ...extra });

  it('debits nothing, counts the free bet, and pays its win from the house to the grant with the template\'s wagering', async () => {
    const p = await seatedPlayer(server, tenant, partner, 1000);
    const reward = id();
    const grant = await activeGrant(owner, {
      tenantId,
      playerId: p.id,
      amount: 0n,
      multiplier: 10,
      weights: WEIGHTS,
      freeBets: { total: 2, stake: 100n, games: [HALF], reward, winsTo: 'BONUS' },
    });
    const r = id();
    const tx = id();
    expect((await freeBet(p, 100, r, reward, tx)).answer).toMatchObject({ status: 'RS_OK', balance: 1000 * HUB88_PER_CENT });
    expect(await wallet(p)).toEqual({ cash: '1000', bonus: '0' });
    expect(await transaction(tx)).toMatchObject({ free_bet: true, grant_id: grant, cash_amount: '0', bonus_amount: '0' });
    expect(await round(p, r)).toMatchObject({ free_bet: true, grant_id: grant, status: 'OPEN' });
    expect((await grantRow(owner, grant)).free_bets_used).toBe(1);
    // A replay debits nothing and uses no other free bet.
    expect((await freeBet(p, 100, r, reward, tx)).answer.status).toBe('RS_OK');
    expect((await grantRow(owner, grant)).free_bets_used).toBe(1);

    expect((await win(p, 250, r, id(), { game_code: HALF })).answer).toMatchObject({ status: 'RS_OK', balance: 1250 * HUB88_PER_CENT });
    expect(await grantRow(owner, grant)).toMatchObject({ status: 'ACTIVE', balance: '250', granted: '250', wagering_required: '2500' });
    expect(await wallet(p)).toEqual({ cash: '1000', bonus: '250' });
    // The free bet's win is bonus money with wagering: real bets feed it now.
    expect((await bet(p, 300, id(), id(), { game_code: HALF })).answer.status).toBe('RS_OK');
    expect((await grantRow(owner, grant)).wagered).toBe('150');
  });

  it('refuses a free bet with no free bet to play (unknown reward, other game, other stake, all used), nothing moved or kept', async () => {
    const p = await seatedPlayer(server, tenant, partner, 1000);
    const reward = id();
    const grant = await activeGrant(owner, { tenantId, playerId: p.id, amount: 0n, freeBets: { total: 1, stake: 100n, games: [HALF], reward, winsTo: 'CASH' } });
    const refusals = [
      () => freeBet(p, 100, id(), id()),
      () => freeBet(p, 100, id(), reward, id(), { game_code: SLOT }),
      () => freeBet(p, 99, id(), reward),
      () => bet(p, 100, id(), id(), { is_free: true, game_code: HALF }),
    ];
    for (const attempt of refusals) expect((await attempt()).answer).toMatchObject({ status: 'RS_ERROR_UNKNOWN', balance: 1000 * HUB88_PER_CENT });
    expect(await rowsOf(p)).toEqual({ transactions: 0, rounds: 0 });
    expect((await grantRow(owner, grant)).free_bets_used).toBe(0);
    expect((await freeBet(p, 100, id(), reward)).answer.status).toBe('RS_OK');
    expect((await freeBet(p, 100, id(), reward)).answer.status).toBe('RS_ERROR_UNKNOWN'); // all used
    expect(await wallet(p)).toEqual({ cash: '1000', bonus: '0' });
    expect(await rowsOf(p)).toEqual({ transactions: 1, rounds: 1 });
  });

  it('gives a rolled-back free bet back, and completes a grant whose free rounds are all played and settled (wins to cash)', async () => {
    const p = await seatedPlayer(server, tenant, partner, 0);
    const reward = id();
    const grant = await activeGrant(owner, { tenantId, playerId: p.id, amount: 0n, freeBets: { total: 1, stake: 100n, games: [HALF], reward, winsTo: 'CASH' } });
    const r1 = id();
    const tx = id();
    expect((await freeBet(p, 100, r1, reward, tx)).answer.status).toBe('RS_OK');
    expect((await rollback(p, tx, r1)).answer.status).toBe('RS_OK');
    expect((await grantRow(owner, grant)).free_bets_used).toBe(0);
    expect((await round(p, r1)).status).toBe('CLOSED');

    const r2 = id();
    expect((await freeBet(p, 100, r2, reward)).answer.status).toBe('RS_OK');
    expect((await grantRow(owner, grant)).status).toBe('ACTIVE'); // its round is open
    expect((await win(p, 340, r2, id(), { game_code: HALF })).answer).toMatchObject({ status: 'RS_OK', balance: 340 * HUB88_PER_CENT });
    expect(await wallet(p)).toEqual({ cash: '340', bonus: '0' });
    expect(await grantRow(owner, grant)).toMatchObject({ status: 'COMPLETED', end_reason: 'COMPLETED', balance: '0', converted: '0', free_bets_used: 1 });
  });
});

describe('concurrency', () => {
  it('many concurrent bets on one grant: each feeds it once, parts and progress add up, the grant completes exactly once', async () => {
    const p = await seatedPlayer(server, tenant, partner, 500);
    const grant = await activeGrant(owner, { tenantId, playerId: p.id, amount: 3000n, wageringRequired: 2000n, weights: WEIGHTS });
    const stakes = Array.from({ length: 40 }, (_, i) => 50 + i * 5);
    const txs = stakes.map(() => id());
    const answers = await Promise.all(stakes.map((stake, i) => bet(p, stake, id(), txs[i], { game_code: HALF })));
    const ok = answers.map((a, i) => (a.answer.status === 'RS_OK' ? i : -1)).filter((i) => i >= 0);
    for (const a of answers) expect(['RS_OK', 'RS_ERROR_NOT_ENOUGH_MONEY']).toContain(a.answer.status);
    const rows = await Promise.all(ok.map((i) => transaction(txs[i]!)));
    const weighted = rows.reduce((sum, row) => sum + BigInt(row.weighted), 0n);
    const parts = rows.reduce((sum, row) => sum + Object.values((row.grant_parts ?? {}) as Record<string, number>).reduce((s, v) => s + BigInt(v), 0n), 0n);
    const final = await grantRow(owner, grant);
    expect(weighted).toBe(BigInt(final.wagered));
    if (final.status === 'COMPLETED') {
      expect(final.wagered).toBe('2000');
      expect(BigInt(final.converted!) + BigInt(final.forfeited!)).toBe(3000n - parts);
      expect((await events(grant)).filter((e) => e.payload.status === 'COMPLETED')).toHaveLength(1);
    } else {
      expect(BigInt(final.balance)).toBe(3000n - parts);
    }
    const stream = await events(grant);
    expect(stream.map((e) => Number(e.seq))).toEqual(stream.map((_, i) => i + 1));
    expect(await checkLedgerInvariants(owner, tenantId)).toEqual([]);
    expect(await grantBalanceViolations(owner, tenantId)).toEqual([]);
  });
});
