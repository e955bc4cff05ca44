/**
 * Conformance of the seamless wallet's Hub88 dialect, over real HTTP against the real server:
 * signatures (HMAC and RSA), idempotency, ordering, session expiry, bonus split, rounds, and
 * responsible-gambling refusals. Balances are read back through the player's own wallet query.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { checkLedgerInvariants, tenantUuid } from '../helpers/ledger-invariants.js';
import { newTenant, platformAdmin, type TestTenant } from '../helpers/world.js';
import { catalogueGame, fund, HUB88_PER_CENT, newAggregator, partnerOf, seatedPlayer, sessionFor, type Aggregator } from '../helpers/seamless.js';

let server: TestServer;
let owner: pg.Client;
let tenant: TestTenant;
let partner: Sdk;
let hub: Aggregator;

const id = () => randomUUID();
/** Amounts below are EUR cents, sent and answered as Hub88 units (1/100000 EUR). */
const CENT = HUB88_PER_CENT;

beforeAll(async () => {
  server = await startServer();
  const platform = (await platformAdmin(server)).sdk;
  tenant = await newTenant(server, platform);
  partner = await partnerOf(server, tenant);
  hub = await newAggregator(server, tenant);
  await catalogueGame(tenant, 'starburst');
  owner = new pg.Client({ connectionString: inject('databaseUrl') });
  await owner.connect();
});
afterAll(async () => {
  expect(await checkLedgerInvariants(owner, tenantUuid(tenant))).toEqual([]);
  await owner?.end();
  await server?.close();
});

type Player = Awaited<ReturnType<typeof seatedPlayer>>;

const bet = (p: Player, amount: number, round: string, tx = id(), extra: Record<string, unknown> = {}) =>
  hub.call('transaction/bet', { user: p.id, token: p.token, currency: 'EUR', game_code: 'starburst', transaction_uuid: tx, round, amount: amount * CENT, request_uuid: id(), ...extra });
const win = (p: Player, amount: number, round: string, tx = id(), extra: Record<string, unknown> = {}) =>
  hub.call('transaction/win', { user: p.id, token: p.token, currency: 'EUR', game_code: 'starburst', transaction_uuid: tx, round, amount: amount * CENT, request_uuid: id(), ...extra });
const rollback = (p: Player, ref: string, round: string, tx = id()) =>
  hub.call('transaction/rollback', { user: p.id, token: p.token, currency: 'EUR', game_code: 'starburst', transaction_uuid: tx, round, reference_transaction_uuid: ref, request_uuid: id() });
const balance = (p: Player) => hub.call('user/balance', { user: p.id, token: p.token, currency: 'EUR', game_code: 'starburst', request_uuid: id() });

async function wallet(p: Player): Promise<{ cash: string; bonus: string }> {
  const { wallet } = await p.registered.sdk.Wallet();
  const eur = wallet!.find((w) => w.currency === 'EUR');
  return { cash: eur?.cash.amount ?? '0', bonus: eur?.bonus.amount ?? '0' };
}

describe('seamless wallet, hub88 dialect', () => {
  it('answers balance, bet and win with the balance, echoing user, request and currency', async () => {
    const p = await seatedPlayer(server, tenant, partner, 1000);
    const request = id();
    const b = await hub.call('user/balance', { user: p.id, token: p.token, currency: 'EUR', game_code: 'starburst', request_uuid: request });
    expect(b).toEqual({ status: 200, answer: { user: p.id, status: 'RS_OK', request_uuid: request, currency: 'EUR', balance: 1000 * CENT } });
    const round = id();
    expect((await bet(p, 300, round)).answer).toMatchObject({ status: 'RS_OK', balance: 700 * CENT });
    expect((await win(p, 500, round)).answer).toMatchObject({ status: 'RS_OK', balance: 1200 * CENT });
    expect(await wallet(p)).toEqual({ cash: '1200', bonus: '0' });
  });

  it('spends cash before bonus, and splits a win back in proportion (bonus share floored)', async () => {
    const p = await seatedPlayer(server, tenant, partner, 100, 300);
    const round = id();
    expect((await bet(p, 200, round)).answer).toMatchObject({ status: 'RS_OK', balance: 200 * CENT });
    expect(await wallet(p)).toEqual({ cash: '0', bonus: '200' });
    // Stakes: cash 100, bonus 100. Win 151: bonus floor(151 * 100 / 200) = 75, cash 76.
    expect((await win(p, 151, round)).answer).toMatchObject({ status: 'RS_OK', balance: 351 * CENT });
    expect(await wallet(p)).toEqual({ cash: '76', bonus: '275' });
    const { rows } = await owner.query(`select status, cash_staked::int, bonus_staked::int, won::int from seamless_round where round_id = $1`, [round]);
    expect(rows).toEqual([{ status: 'CLOSED', cash_staked: 100, bonus_staked: 100, won: 151 }]);
  });

  it('keeps a round open while the aggregator says so, and refuses bets on a closed round', async () => {
    const p = await seatedPlayer(server, tenant, partner, 1000);
    const round = id();
    expect((await bet(p, 100, round)).answer.status).toBe('RS_OK');
    expect((await win(p, 10, round, id(), { round_closed: false })).answer.status).toBe('RS_OK');
    expect((await bet(p, 100, round)).answer.status).toBe('RS_OK');
    expect((await win(p, 10, round)).answer.status).toBe('RS_OK');
    expect((await bet(p, 100, round)).answer).toMatchObject({ status: 'RS_ERROR_UNKNOWN', balance: 820 * CENT });
    expect((await win(p, 10, round)).answer).toMatchObject({ status: 'RS_ERROR_UNKNOWN', balance: 820 * CENT });
  });

  it('answers insufficient funds with the current balance, and moves nothing', async () => {
    const p = await seatedPlayer(server, tenant, partner, 100, 50);
    expect((await bet(p, 151, id())).answer).toMatchObject({ status: 'RS_ERROR_NOT_ENOUGH_MONEY', balance: 150 * CENT });
    expect(await wallet(p)).toEqual({ cash: '100', bonus: '50' });
    expect((await bet(p, 150, id())).answer).toMatchObject({ status: 'RS_OK', balance: 0 * CENT });
  });

  it('keeps a bet refused for money as its answer: a retry is refused alike after a deposit, and its rollback undoes nothing', async () => {
    const p = await seatedPlayer(server, tenant, partner, 100, 0);
    const refused = id();
    expect((await bet(p, 300, 'r-refused', refused)).answer).toMatchObject({ status: 'RS_ERROR_NOT_ENOUGH_MONEY', balance: 100 * CENT });
    await fund(partner, p.id, 500);
    const retry = (await bet(p, 300, 'r-refused', refused)).answer;
    expect(retry).toMatchObject({ status: 'RS_ERROR_NOT_ENOUGH_MONEY', balance: 100 * CENT });
    expect(await wallet(p)).toEqual({ cash: '600', bonus: '0' });
    expect((await rollback(p, refused, 'r-refused')).answer).toMatchObject({ status: 'RS_OK', balance: 600 * CENT });
    expect(await wallet(p)).toEqual({ cash: '600', bonus: '0' });
  });

  describe('idempotency', () => {
    it('replays a transaction with its original answer, and refuses the same id with other content', async () => {
      const p = await seatedPlayer(server, tenant, partner, 1000);
      const round = id();
      const tx = id();
      const first = await bet(p, 100, round, tx);
      expect(first.answer).toMatchObject({ status: 'RS_OK', balance: 900 * CENT });
      await bet(p, 50, id());
      // A replay (another request id) answers as the first time, even though the balance moved since.
      expect((await bet(p, 100, round, tx)).answer).toMatchObject({ status: 'RS_OK', balance: 900 * CENT });
      expect((await bet(p, 101, round, tx)).answer).toMatchObject({ status: 'RS_ERROR_DUPLICATE_TRANSACTION', balance: 850 * CENT });
      expect((await bet(p, 100, id(), tx)).answer.status).toBe('RS_ERROR_DUPLICATE_TRANSACTION');
      expect((await win(p, 100, round, tx)).answer.status).toBe('RS_ERROR_DUPLICATE_TRANSACTION');
      expect(await wallet(p)).toEqual({ cash: '850', bonus: '0' });
      const winTx = id();
      expect((await win(p, 40, round, winTx)).answer).toMatchObject({ status: 'RS_OK', balance: 890 * CENT });
      expect((await win(p, 40, round, winTx)).answer).toMatchObject({ status: 'RS_OK', balance: 890 * CENT });
      expect(await wallet(p)).toEqual({ cash: '890', bonus: '0' });
    });

    it('debits once when the same bet arrives many times at once', async () => {
      const p = await seatedPlayer(server, tenant, partner, 1000);
      const round = id();
      const tx = id();
      const answers = await Promise.all(Array.from({ length: 12 }, () => bet(p, 100, round, tx)));
      expect(answers.map((a) => a.answer.status)).toEqual(Array(12).fill('RS_OK'));
      expect(new Set(answers.map((a) => a.answer.balance))).toEqual(new Set([900 * CENT]));
      expect(await wallet(p)).toEqual({ cash: '900', bonus: '0' });
    });

    it('never overdraws when many bets of several players arrive at once, and every answer agrees with the final state', async () => {
      // 1,200 each (1,000 cash, 200 bonus) and 30 bets of 100 each, all at once: exactly 12 per
      // player pass, each leaving its own balance; the rest are refused at 0.
      const players = await Promise.all([0, 1, 2].map(() => seatedPlayer(server, tenant, partner, 1000, 200)));
      const answers = await Promise.all(players.flatMap((p) => Array.from({ length: 30 }, () => bet(p, 100, id()).then((a) => ({ p, a: a.answer })))));
      for (const p of players) {
        const own = answers.filter((x) => x.p === p).map((x) => x.a);
        const passed = own.filter((a) => a.status === 'RS_OK');
        expect(passed).toHaveLength(12);
        expect(passed.map((a) => a.balance).sort((x, y) => Number(y) - Number(x))).toEqual(Array.from({ length: 12 }, (_, i) => (1100 - 100 * i) * CENT));
        expect(own.filter((a) => a.status !== 'RS_OK').map((a) => [a.status, a.balance])).toEqual(Array(18).fill(['RS_ERROR_NOT_ENOUGH_MONEY', 0]));
        expect(await wallet(p)).toEqual({ cash: '0', bonus: '0' });
      }
    });

    it('finds a transaction by its primary key in a plan made for any parameters (a lookup that does not grow with the table)', async () => {
      // A session's cached plan is generic after a few calls; one made while the table was
      // small once chose the round index and filtered every transaction of the provider.
      await owner.query('begin');
      try {
        await owner.query(`set local plan_cache_mode = force_generic_plan`);
        await owner.query(`prepare seamless_lookup (uuid, uuid, text) as
          select * from seamless_transaction where tenant_id = $1 and provider_id = $2 and transaction_id = $3`);
        const { rows } = await owner.query<{ 'QUERY PLAN': unknown }>(`explain (format json) execute seamless_lookup (null, null, null)`);
        const plan = JSON.stringify(rows[0]!['QUERY PLAN']);
        expect(plan).toContain('"Index Name":"seamless_transaction_pkey"');
      } finally {
        await owner.query('deallocate seamless_lookup').catch(() => undefined);
        await owner.query('rollback');
      }
    });
  });

  describe('out-of-order arrival', () => {
    it('refuses a win before its bet, leaving nothing behind, and takes it once the bet is in', async () => {
      const p = await seatedPlayer(server, tenant, partner, 1000);
      const round = id();
      const winTx = id();
      expect((await win(p, 300, round, winTx)).answer).toMatchObject({ status: 'RS_ERROR_TRANSACTION_DOES_NOT_EXIST', balance: 1000 * CENT });
      expect((await owner.query(`select 1 from seamless_transaction where transaction_id = $1`, [winTx])).rowCount).toBe(0);
      expect((await bet(p, 100, round)).answer.status).toBe('RS_OK');
      expect((await win(p, 300, round, winTx)).answer).toMatchObject({ status: 'RS_OK', balance: 1200 * CENT });
    });

    it('a rollback before its bet leaves a tombstone: the bet, when it comes, is refused', async () => {
      const p = await seatedPlayer(server, tenant, partner, 1000);
      const round = id();
      const betTx = id();
      const rollbackTx = id();
      expect((await rollback(p, betTx, round, rollbackTx)).answer).toMatchObject({ status: 'RS_OK', balance: 1000 * CENT });
      expect((await bet(p, 100, round, betTx)).answer).toMatchObject({ status: 'RS_ERROR_DUPLICATE_TRANSACTION', balance: 1000 * CENT });
      // The rollback replays; the tombstone stays.
      expect((await rollback(p, betTx, round, rollbackTx)).answer).toMatchObject({ status: 'RS_OK', balance: 1000 * CENT });
      expect(await wallet(p)).toEqual({ cash: '1000', bonus: '0' });
    });

    it('rolls a bet back once, back to cash and bonus as it was paid, and refuses a rollback after the round\'s win', async () => {
      const p = await seatedPlayer(server, tenant, partner, 100, 100);
      const round = id();
      const betTx = id();
      await bet(p, 150, round, betTx);
      expect(await wallet(p)).toEqual({ cash: '0', bonus: '50' });
      expect((await rollback(p, betTx, round)).answer).toMatchObject({ status: 'RS_OK', balance: 200 * CENT });
      expect((await rollback(p, betTx, round)).answer).toMatchObject({ status: 'RS_OK', balance: 200 * CENT });
      expect(await wallet(p)).toEqual({ cash: '100', bonus: '100' });

      const round2 = id();
      const bet2 = id();
      await bet(p, 50, round2, bet2);
      const winTx = id();
      await win(p, 80, round2, winTx);
      expect((await rollback(p, bet2, round2)).answer).toMatchObject({ status: 'RS_ERROR_UNKNOWN', balance: 230 * CENT });
      expect((await rollback(p, winTx, round2)).answer).toMatchObject({ status: 'RS_ERROR_UNKNOWN', balance: 230 * CENT });
      expect(await wallet(p)).toEqual({ cash: '130', bonus: '100' });
    });
  });

  describe('sessions', () => {
    it('after the token expired: new bets and balance refused; wins, rollbacks and replays accepted', async () => {
      const p = await seatedPlayer(server, tenant, partner, 1000);
      const short = { ...p, token: await sessionFor(server, tenant, p.id, 'EUR', 1) };
      const round = id();
      const betTx = id();
      const other = id();
      expect((await bet(short, 100, round, betTx)).answer.status).toBe('RS_OK');
      expect((await bet(short, 100, id(), other)).answer.status).toBe('RS_OK');
      await new Promise((r) => setTimeout(r, 1300));
      expect((await balance(short)).answer).toMatchObject({ status: 'RS_ERROR_TOKEN_EXPIRED', balance: 800 * CENT });
      expect((await bet(short, 100, id())).answer).toMatchObject({ status: 'RS_ERROR_TOKEN_EXPIRED', balance: 800 * CENT });
      expect((await bet(short, 100, round, betTx)).answer).toMatchObject({ status: 'RS_OK', balance: 900 * CENT });
      expect((await rollback(short, other, round)).answer).toMatchObject({ status: 'RS_OK', balance: 900 * CENT });
      expect((await win(short, 250, round)).answer).toMatchObject({ status: 'RS_OK', balance: 1150 * CENT });
    });

    it('refuses an unknown token, another player\'s token, and a currency other than the session\'s', async () => {
      const p = await seatedPlayer(server, tenant, partner, 1000);
      const q = await seatedPlayer(server, tenant, partner, 1000);
      expect((await bet({ ...p, token: 'no-such-token' }, 10, id())).answer.status).toBe('RS_ERROR_INVALID_TOKEN');
      expect((await bet({ ...p, token: q.token }, 10, id())).answer.status).toBe('RS_ERROR_INVALID_TOKEN');
      const usd = await hub.call('transaction/bet', { user: p.id, token: p.token, currency: 'USD', game_code: 'starburst', transaction_uuid: id(), round: id(), amount: 10 * CENT });
      expect(usd.answer).toMatchObject({ status: 'RS_ERROR_WRONG_CURRENCY', currency: 'EUR', balance: 1000 * CENT });
      expect(await wallet(p)).toEqual({ cash: '1000', bonus: '0' });
      expect(await wallet(q)).toEqual({ cash: '1000', bonus: '0' });
    });
  });

  describe('signatures', () => {
    it('refuses bad and missing signatures before anything else', async () => {
      const p = await seatedPlayer(server, tenant, partner, 1000);
      const body = { user: p.id, token: p.token, currency: 'EUR', game_code: 'starburst', transaction_uuid: id(), round: id(), amount: 10 * CENT, request_uuid: id() };
      const other = JSON.stringify({ ...body, amount: 11 * CENT });
      for (const signature of [null, '', 'not base64 at all!', hub.sign(other), Buffer.alloc(32).toString('base64')]) {
        const { status, answer } = await hub.call('transaction/bet', body, { signature });
        expect(status).toBe(200);
        expect(answer.status).toBe('RS_ERROR_INVALID_SIGNATURE');
        expect(answer.balance).toBeUndefined();
      }
      // Whitespace changes the bytes: the signature covers the raw body, not its JSON meaning.
      const raw = JSON.stringify(body, null, 2);
      expect((await hub.call('transaction/bet', body, { raw, signature: hub.sign(JSON.stringify(body)) })).answer.status).toBe('RS_ERROR_INVALID_SIGNATURE');
      expect(await wallet(p)).toEqual({ cash: '1000', bonus: '0' });
      expect((await hub.call('transaction/bet', body, { raw })).answer.status).toBe('RS_OK');
    });

    it('verifies RSA-SHA256 for a provider configured with a public key', async () => {
      const rsa = await newAggregator(server, tenant, 'RSA_SHA256');
      const p = await seatedPlayer(server, tenant, partner, 500);
      const body = { user: p.id, token: p.token, currency: 'EUR', request_uuid: id() };
      expect((await rsa.call('user/balance', body)).answer).toMatchObject({ status: 'RS_OK', balance: 500 * CENT });
      expect((await rsa.call('user/balance', body, { signature: hub.sign(JSON.stringify(body)) })).answer.status).toBe('RS_ERROR_INVALID_SIGNATURE');
    });

    it('answers an unknown tenant or provider with RS_ERROR_INVALID_PARTNER, and never shows the secret', async () => {
      const r = await fetch(`${server.url}/seamless/${tenant.slug}/nobody/user/balance`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
      expect([r.status, ((await r.json()) as { status: string }).status]).toEqual([200, 'RS_ERROR_INVALID_PARTNER']);
      const s = await fetch(`${server.url}/seamless/no-such-tenant/${hub.code}/user/balance`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
      expect([s.status, ((await s.json()) as { status: string }).status]).toEqual([200, 'RS_ERROR_INVALID_PARTNER']);
      const { gameProviders } = await tenant.admin.sdk.GameProviders();
      expect(gameProviders!.totalCount).toBe(gameProviders!.nodes.length);
      const listed = gameProviders!.nodes.find((g) => g.code === hub.code)!;
      expect(listed).toMatchObject({ dialect: 'HUB88', auth: 'HMAC_SHA256', enabled: true });
      // A GameProvider is a Node: fetched again by its global ID, by staff who manage games only.
      expect((await tenant.admin.sdk.LedgerNode({ id: listed.id })).node).toMatchObject({ __typename: 'GameProvider', id: listed.id });
      const { rows } = await owner.query<{ hmac_secret: string }>(`select hmac_secret from seamless_provider where code = $1`, [hub.code]);
      expect(JSON.stringify(gameProviders)).not.toContain(hub.secret!);
      // At rest the secret is sealed (AES-256-GCM), not stored as given.
      expect(rows[0]!.hmac_secret).not.toContain(hub.secret!);
      expect(Buffer.from(rows[0]!.hmac_secret, 'base64').length).toBeGreaterThan(29);
    });

    it('answers malformed requests with a syntax error, and values of the wrong type with a type error', async () => {
      const p = await seatedPlayer(server, tenant, partner, 100);
      const betBody = { user: p.id, token: p.token, currency: 'EUR', game_code: 'starburst', transaction_uuid: id(), round: id() };
      expect((await hub.call('transaction/bet', null, { raw: '{not json' })).answer.status).toBe('RS_ERROR_WRONG_SYNTAX');
      expect((await hub.call('transaction/bet', { ...betBody, amount: -5 * CENT })).answer.status).toBe('RS_ERROR_WRONG_SYNTAX');
      expect((await hub.call('transaction/bet', { ...betBody })).answer.status).toBe('RS_ERROR_WRONG_SYNTAX');
      expect((await hub.call('transaction/bet', { ...betBody, amount: 1.5 })).answer.status).toBe('RS_ERROR_WRONG_TYPES');
      expect((await hub.call('transaction/nothing', { user: p.id })).answer.status).toBe('RS_ERROR_WRONG_SYNTAX');
    });
  });

  describe('responsible gambling', () => {
    it('refuses a bet once the loss limit is reached mid-session, with the balance; wins still land', async () => {
      const p = await seatedPlayer(server, tenant, partner, 10_000);
      const set = await p.registered.sdk.SetResponsibleGamblingLimit({ input: { kind: 'LOSS', currency: 'EUR', period: 'DAY', amount: '500' } });
      expect(set.setResponsibleGamblingLimit.__typename).toBe('SetResponsibleGamblingLimitPayload');
      const round = id();
      expect((await bet(p, 300, round)).answer.status).toBe('RS_OK');
      expect((await bet(p, 200, round)).answer.status).toBe('RS_OK');
      expect((await bet(p, 1, round)).answer).toMatchObject({ status: 'RS_ERROR_USER_DISABLED', balance: 9500 * CENT });
      expect((await win(p, 100, round)).answer).toMatchObject({ status: 'RS_OK', balance: 9600 * CENT });
      // The win brought the day's loss to 400: 100 more may be staked.
      expect((await bet(p, 100, id())).answer.status).toBe('RS_OK');
      expect((await bet(p, 1, id())).answer.status).toBe('RS_ERROR_USER_DISABLED');
    });

    it('refuses every bet of a self-excluded player', async () => {
      const p = await seatedPlayer(server, tenant, partner, 1000);
      const round = id();
      const open = id();
      expect((await bet(p, 100, round, open)).answer.status).toBe('RS_OK');
      const excluded = await p.registered.sdk.SelfExclude({ months: 6 });
      expect(excluded.selfExclude.__typename).toBe('SelfExcludePayload');
      expect((await bet(p, 100, id())).answer).toMatchObject({ status: 'RS_ERROR_USER_DISABLED', balance: 900 * CENT });
      // The open round still settles.
      expect((await win(p, 50, round)).answer).toMatchObject({ status: 'RS_OK', balance: 950 * CENT });
      expect(await wallet(p)).toEqual({ cash: '950', bonus: '0' });
    });
  });
});

