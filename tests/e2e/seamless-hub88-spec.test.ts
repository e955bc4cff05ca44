/**
 * The Hub88 dialect against Hub88's public wallet API (issue 13, items 9-11): amounts in
 * 1/100000 units, rounds shared by several players, /user/info, RS_ERROR_WRONG_TYPES,
 * RS_ERROR_INVALID_GAME, echoed fields, unknown partners answered in the dialect's shape,
 * free bets refused; and a win that would take a balance past 2^63 - 1 refused in the
 * dialect's shape with nothing written. Over real HTTP against the real server.
 */
import { playerGlobalId } from '../helpers/wallet.js';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { checkLedgerInvariants, tenantUuid } from '../helpers/ledger-invariants.js';
import { expectType, newTenant, platformAdmin, type TestTenant } from '../helpers/world.js';
import { catalogueGame, newAggregator, partnerOf, seatedPlayer, type Aggregator } from '../helpers/seamless.js';
import { postCallbacks, sqlCommandOf } from '../../modules/seamless/seamless.callbacks.js';
import { providerFor } from '../../modules/seamless/seamless.service.js';

let server: TestServer;
let owner: pg.Client;
let tenant: TestTenant;
let partner: Sdk;
let hub: Aggregator;

const id = () => randomUUID();
const GAME = 'hub88-spec-slot';
/** Hub88 units per EUR cent: EUR has two decimals, Hub88 five. */
const CENT = 1000;

beforeAll(async () => {
  server = await startServer();
  tenant = await newTenant(server, (await platformAdmin(server)).sdk);
  partner = await partnerOf(server, tenant);
  hub = await newAggregator(server, tenant);
  await catalogueGame(tenant, GAME);
  await catalogueGame(tenant, 'hub88-spec-off', false);
  owner = new pg.Client({ connectionString: inject('databaseUrl') });
  await owner.connect();
});
afterAll(async () => {
  expect(await checkLedgerInvariants(owner, tenantUuid(tenant))).toEqual([]);
  await owner?.end();
  await server?.close();
});

type Player = Awaited<ReturnType<typeof seatedPlayer>>;

const base = (p: Player, extra: Record<string, unknown> = {}) => ({ user: p.id, token: p.token, currency: 'EUR', game_code: GAME, request_uuid: id(), ...extra });
const bet = (p: Player, amount: unknown, round: string, tx = id(), extra: Record<string, unknown> = {}) =>
  hub.call('transaction/bet', base(p, { transaction_uuid: tx, round, amount, ...extra }));
const win = (p: Player, amount: unknown, round: string, tx = id(), extra: Record<string, unknown> = {}) =>
  hub.call('transaction/win', base(p, { transaction_uuid: tx, round, amount, ...extra }));
const rollback = (p: Player, ref: string, round: string, tx = id()) =>
  hub.call('transaction/rollback', base(p, { transaction_uuid: tx, round, reference_transaction_uuid: ref }));

async function wallet(p: Player): Promise<{ cash: string; bonus: string }> {
  const { wallet } = await p.registered.sdk.Wallet();
  const eur = wallet!.find((w) => w.currency === 'EUR');
  return { cash: eur?.cash.amount ?? '0', bonus: eur?.bonus.amount ?? '0' };
}

async function rowsOf(p: Player): Promise<{ transactions: number; rounds: number }> {
  const t = await owner.query(`select count(*)::int as n from seamless_transaction where player_id = $1`, [p.id]);
  const r = await owner.query(`select count(*)::int as n from seamless_round where player_id = $1`, [p.id]);
  return { transactions: t.rows[0].n, rounds: r.rows[0].n };
}

describe('hub88 amounts are 1/100000 of the currency unit (item 9)', () => {
  it('takes 3.56 EUR for a bet of 356000 and answers balances in the same units', async () => {
    const p = await seatedPlayer(server, tenant, partner, 10_000); // 100.00 EUR
    const balance = await hub.call('user/balance', base(p));
    expect(balance.answer).toMatchObject({ status: 'RS_OK', balance: 10_000 * CENT });
    const round = id();
    expect((await bet(p, 356_000, round)).answer).toMatchObject({ status: 'RS_OK', balance: (10_000 - 356) * CENT });
    expect(await wallet(p)).toEqual({ cash: String(10_000 - 356), bonus: '0' });
    expect((await win(p, 1_000_000, round)).answer).toMatchObject({ status: 'RS_OK', balance: (10_000 - 356 + 1000) * CENT });
    expect(await wallet(p)).toEqual({ cash: String(10_000 - 356 + 1000), bonus: '0' });
  });

  it('refuses an amount that is not a whole minor unit, or past what a JSON number holds exactly, moving nothing', async () => {
    const p = await seatedPlayer(server, tenant, partner, 10_000);
    for (const amount of [356_001, 999, 2 ** 53, 1e21]) {
      const { status, answer } = await bet(p, amount, id());
      expect(status).toBe(200);
      expect(answer.status, String(amount)).toBe('RS_ERROR_WRONG_SYNTAX');
    }
    expect(await wallet(p)).toEqual({ cash: '10000', bonus: '0' });
    expect(await rowsOf(p)).toEqual({ transactions: 0, rounds: 0 });
  });
});

describe('rounds shared by several players (item 10)', () => {
  it('lets every player of a live table bet on one round, and settles each player\'s own stake', async () => {
    const a = await seatedPlayer(server, tenant, partner, 10_000);
    const b = await seatedPlayer(server, tenant, partner, 10_000);
    const c = await seatedPlayer(server, tenant, partner, 10_000);
    const round = `live-${id()}`;
    const betA = id();
    const betB = id();
    const betC = id();
    expect((await bet(a, 100 * CENT, round, betA)).answer.status).toBe('RS_OK');
    expect((await bet(b, 200 * CENT, round, betB)).answer).toMatchObject({ status: 'RS_OK', balance: 9_800 * CENT });
    expect((await bet(c, 300 * CENT, round, betC)).answer.status).toBe('RS_OK');
    // A wins (closing only A's round), B's bet is rolled back, C wins naming its own bet.
    expect((await win(a, 500 * CENT, round)).answer).toMatchObject({ status: 'RS_OK', balance: 10_400 * CENT });
    expect((await rollback(b, betB, round)).answer).toMatchObject({ status: 'RS_OK', balance: 10_000 * CENT });
    // C may not name another player's bet as its reference.
    expect((await win(c, 1 * CENT, round, id(), { reference_transaction_uuid: betA })).answer.status).toBe('RS_ERROR_TRANSACTION_DOES_NOT_EXIST');
    expect((await win(c, 600 * CENT, round, id(), { reference_transaction_uuid: betC })).answer).toMatchObject({ status: 'RS_OK', balance: 10_300 * CENT });
    expect([await wallet(a), await wallet(b), await wallet(c)]).toEqual([
      { cash: '10400', bonus: '0' },
      { cash: '10000', bonus: '0' },
      { cash: '10300', bonus: '0' },
    ]);
    const { rows } = await owner.query(
      `select player_id, status, cash_staked::int, won::int from seamless_round where round_id = $1 order by cash_staked`, [round]);
    expect(rows).toEqual([
      { player_id: b.id, status: 'OPEN', cash_staked: 0, won: 0 },
      { player_id: a.id, status: 'CLOSED', cash_staked: 100, won: 500 },
      { player_id: c.id, status: 'CLOSED', cash_staked: 300, won: 600 },
    ]);
    // Still: the same transaction id with other content is a duplicate, whoever sends it.
    expect((await bet(b, 100 * CENT, round, betA)).answer.status).toBe('RS_ERROR_DUPLICATE_TRANSACTION');
  });

  it('answers a batch of several players betting on one round as it answers them one by one', async () => {
    const services = server.platform.services;
    const tenantRef = (await services.tenants.byId(services, tenantUuid(tenant)))!;
    const provider = (await providerFor(services, tenantRef.id, hub.code))!;
    const players = await Promise.all([0, 1, 2].map(() => seatedPlayer(server, tenant, partner, 1_000)));
    const round = `live-${id()}`;
    const commands = players.map((p) => sqlCommandOf({ op: 'bet', player: p.id, token: p.token, currency: 'EUR', game: GAME, tx: id(), round, amount: 100n, ref: null, closeRound: false }));
    const answers = await postCallbacks(services, tenantRef, provider, commands);
    expect(answers).toEqual(players.map(() => ({ ok: true, balance: { cash: '900', bonus: '0' }, currency: 'EUR' })));
  });
});

describe('the rest of the Hub88 specification (item 11)', () => {
  it('answers /user/info for a player of the tenant, and an unknown user with an error', async () => {
    const p = await seatedPlayer(server, tenant, partner, 0);
    const request = id();
    expect(await hub.call('user/info', { user: p.id, request_uuid: request })).toEqual({ status: 200, answer: { user: p.id, status: 'RS_OK', request_uuid: request } });
    const other = await hub.call('user/info', { user: randomUUID(), request_uuid: request });
    expect(other).toMatchObject({ status: 200, answer: { status: 'RS_ERROR_UNKNOWN', request_uuid: request } });
  });

  it('answers a field of the wrong JSON type with RS_ERROR_WRONG_TYPES, echoing user, request and currency', async () => {
    const p = await seatedPlayer(server, tenant, partner, 10_000);
    const cases: Record<string, unknown>[] = [
      { amount: '100000' },
      { amount: 1.5 },
      { amount: true },
      { round: 12345 },
      { transaction_uuid: { id: 1 } },
      { round_closed: 'yes' },
      { is_free: 'no' },
    ];
    for (const extra of cases) {
      const request = id();
      const { status, answer } = await bet(p, 100 * CENT, id(), id(), { ...extra, request_uuid: request });
      expect(status).toBe(200);
      expect(answer, JSON.stringify(extra)).toMatchObject({ status: 'RS_ERROR_WRONG_TYPES', user: p.id, request_uuid: request, currency: 'EUR' });
    }
    expect((await hub.call('user/balance', { ...base(p), user: 42 })).answer.status).toBe('RS_ERROR_WRONG_TYPES');
    expect(await wallet(p)).toEqual({ cash: '10000', bonus: '0' });
    expect(await rowsOf(p)).toEqual({ transactions: 0, rounds: 0 });
  });

  it('checks game_code against the tenant\'s catalogue: unknown or disabled games take no bet', async () => {
    const p = await seatedPlayer(server, tenant, partner, 10_000);
    for (const game of ['no-such-game', 'hub88-spec-off']) {
      expect((await bet(p, 100 * CENT, id(), id(), { game_code: game })).answer).toMatchObject({ status: 'RS_ERROR_INVALID_GAME', balance: 10_000 * CENT });
    }
    expect((await hub.call('user/balance', base(p, { game_code: 'no-such-game' }))).answer.status).toBe('RS_ERROR_INVALID_GAME');
    expect(await wallet(p)).toEqual({ cash: '10000', bonus: '0' });
    expect(await rowsOf(p)).toEqual({ transactions: 0, rounds: 0 });
  });

  it('refuses a free bet (is_free: true) and never takes cash for it', async () => {
    const p = await seatedPlayer(server, tenant, partner, 10_000);
    const request = id();
    const { status, answer } = await bet(p, 100 * CENT, id(), id(), { is_free: true, request_uuid: request });
    expect(status).toBe(200);
    expect(answer).toMatchObject({ status: 'RS_ERROR_UNKNOWN', user: p.id, request_uuid: request, currency: 'EUR' });
    expect(await wallet(p)).toEqual({ cash: '10000', bonus: '0' });
    expect(await rowsOf(p)).toEqual({ transactions: 0, rounds: 0 });
    expect((await bet(p, 100 * CENT, id(), id(), { is_free: false })).answer.status).toBe('RS_OK');
  });

  it('answers an unknown tenant or provider in the dialect\'s shape, HTTP 200, echoing the body', async () => {
    const request = id();
    const body = JSON.stringify({ user: 'someone', token: 't', currency: 'EUR', request_uuid: request });
    for (const path of [`${tenant.slug}/nobody`, `no-such-tenant/${hub.code}`]) {
      const response = await fetch(`${server.url}/seamless/${path}/user/balance`, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ user: 'someone', status: 'RS_ERROR_INVALID_PARTNER', request_uuid: request, currency: 'EUR' });
    }
  });

  it('answers what the HTTP layer refuses (a body over the size limit) in the dialect\'s shape, not as a bare HTTP error', async () => {
    const huge = JSON.stringify({ user: 'u-1', padding: 'x'.repeat(server.platform.services.config.bodyLimitBytes + 10) });
    const response = await fetch(`${server.url}/seamless/${tenant.slug}/${hub.code}/user/balance`, { method: 'POST', body: huge, headers: { 'content-type': 'application/json' } });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'RS_ERROR_WRONG_SYNTAX' });
  });

  it('echoes user, request and currency on a refused signature when the body is JSON', async () => {
    const request = id();
    const { status, answer } = await hub.call('user/balance', { user: 'u-1', token: 't', currency: 'EUR', request_uuid: request }, { signature: 'AAAA' });
    expect(status).toBe(200);
    expect(answer).toEqual({ user: 'u-1', status: 'RS_ERROR_INVALID_SIGNATURE', request_uuid: request, currency: 'EUR' });
  });
});

describe('a win past the largest balance (items 4/5 for the seamless path)', () => {
  it('is refused in the dialect\'s shape with nothing written, and does not fail the other callbacks of its batch', async () => {
    const max = 2n ** 63n - 1n;
    const rich = await seatedPlayer(server, tenant, partner, 0);
    const { postTransfers } = await partner.PostTransfers({
      input: {
        idempotencyKey: `rich-${id()}`,
        code: 'DEPOSIT',
        transfers: [{ from: { ownerType: 'WORLD', currency: 'EUR' }, to: { ownerType: 'PLAYER', ownerId: playerGlobalId(rich.id), currency: 'EUR', kind: 'CASH' }, amount: String(max - 1_000_000_000n) }],
      },
    });
    expectType(postTransfers, 'PostTransfersPayload');
    const other = await seatedPlayer(server, tenant, partner, 1_000);
    const round = id();
    expect((await bet(rich, 1 * CENT, round)).answer.status).toBe('RS_OK');
    const before = await rowsOf(rich);

    // Over HTTP: 2,000,000,000 cents won would pass 2^63 - 1.
    const huge = await win(rich, 2_000_000_000 * CENT, round);
    expect(huge.status).toBe(200);
    expect(huge.answer.status).toBe('RS_ERROR_UNKNOWN');
    expect(await rowsOf(rich)).toEqual(before);
    expect((await wallet(rich)).cash).toBe(String(max - 1_000_000_000n - 1n));

    // In one batch with another player's bet: that bet still passes.
    const services = server.platform.services;
    const tenantRef = (await services.tenants.byId(services, tenantUuid(tenant)))!;
    const provider = (await providerFor(services, tenantRef.id, hub.code))!;
    const answers = await postCallbacks(services, tenantRef, provider, [
      sqlCommandOf({ op: 'win', player: rich.id, token: rich.token, currency: 'EUR', game: GAME, tx: id(), round, amount: 2_000_000_000n, ref: null, closeRound: true }),
      sqlCommandOf({ op: 'bet', player: other.id, token: other.token, currency: 'EUR', game: GAME, tx: id(), round: id(), amount: 100n, ref: null, closeRound: false }),
    ]);
    expect(answers[0]).toMatchObject({ error: 'BALANCE_OVERFLOW' });
    expect(answers[1]).toMatchObject({ ok: true, balance: { cash: '900', bonus: '0' } });
    expect(await rowsOf(rich)).toEqual(before);
    // The balance answers exactly, past what a JavaScript number holds.
    const body = JSON.stringify(base(rich));
    const raw = await fetch(`${server.url}/seamless/${tenant.slug}/${hub.code}/user/balance`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', 'x-hub88-signature': hub.sign(body) },
    });
    expect(await raw.text()).toContain(`"balance":${(max - 1_000_000_000n - 1n) * 1000n}`);
  });
});
