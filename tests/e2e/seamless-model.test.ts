/**
 * Property: for any order of bet, win, rollback and replayed callbacks (out-of-order ones
 * included), the player's cash and bonus equal those of a simple model of the rules
 * (cash before bonus; wins split by the round's stakes, bonus share floored; rollbacks undo a
 * bet unless its round has a win; tombstones; replays change nothing).
 */
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { checkLedgerInvariants, tenantUuid } from '../helpers/ledger-invariants.js';
import { newTenant, platformAdmin, type TestTenant } from '../helpers/world.js';
import { catalogueGame, HUB88_PER_CENT, newAggregator, partnerOf, seatedPlayer, type Aggregator } from '../helpers/seamless.js';
import { postCallbacks, sqlCommandOf, type SqlAnswer } from '../../modules/seamless/seamless.callbacks.js';
import { providerFor } from '../../modules/seamless/seamless.service.js';
import type { Command } from '../../modules/seamless/index.js';

let server: TestServer;
let owner: pg.Client;
let tenant: TestTenant;
let partner: Sdk;
let hub: Aggregator;

beforeAll(async () => {
  server = await startServer({ env: { RATE_LIMIT_ENABLED: 'false' } }); // shrinking registers many players
  tenant = await newTenant(server, (await platformAdmin(server)).sdk);
  partner = await partnerOf(server, tenant);
  hub = await newAggregator(server, tenant);
  await catalogueGame(tenant, 'g');
  owner = new pg.Client({ connectionString: inject('databaseUrl') });
  await owner.connect();
});
afterAll(async () => {
  await owner?.end();
  await server?.close();
});

type Step =
  | { kind: 'bet'; tx: number; round: number; amount: number }
  | { kind: 'win'; tx: number; round: number; amount: number; close: boolean }
  | { kind: 'rollback'; tx: number; ref: number };

/** Steps over `txs` transaction ids and `rounds` rounds. */
const stepOver = (txs: number, rounds: number): fc.Arbitrary<Step> =>
  fc.oneof(
    fc.record({ kind: fc.constant('bet' as const), tx: fc.nat(txs - 1), round: fc.nat(rounds - 1), amount: fc.integer({ min: 0, max: 400 }) }),
    fc.record({ kind: fc.constant('win' as const), tx: fc.nat(txs - 1), round: fc.nat(rounds - 1), amount: fc.integer({ min: 0, max: 600 }), close: fc.boolean() }),
    fc.record({ kind: fc.constant('rollback' as const), tx: fc.nat(txs - 1), ref: fc.nat(txs - 1) }),
  );
const step = stepOver(12, 3);

interface Tx {
  kind: 'BET' | 'WIN' | 'ROLLBACK' | 'TOMBSTONE' | 'REFUSED';
  content: string;
  cash: number;
  bonus: number;
  round: number | null;
  rolledBack: boolean;
}

/** The rules, in a few lines. */
class Model {
  txs = new Map<number, Tx>();
  rounds = new Map<number, { cash: number; bonus: number; hasWin: boolean; closed: boolean }>();
  constructor(public cash: number, public bonus: number) {}

  apply(s: Step): void {
    const content = JSON.stringify(s);
    const seen = this.txs.get(s.tx);
    if (seen) return; // replay (same content) or duplicate/tombstone refusal: nothing moves
    if (s.kind === 'bet') {
      const round = this.rounds.get(s.round);
      if (round?.closed) return;
      const cash = Math.min(s.amount, this.cash);
      const bonus = s.amount - cash;
      if (bonus > this.bonus) {
        // Refused for money: the refusal is the answer kept under this id.
        this.txs.set(s.tx, { kind: 'REFUSED', content, cash: 0, bonus: 0, round: null, rolledBack: false });
        return;
      }
      this.cash -= cash;
      this.bonus -= bonus;
      const r = round ?? { cash: 0, bonus: 0, hasWin: false, closed: false };
      r.cash += cash;
      r.bonus += bonus;
      this.rounds.set(s.round, r);
      this.txs.set(s.tx, { kind: 'BET', content, cash, bonus, round: s.round, rolledBack: false });
    } else if (s.kind === 'win') {
      const r = this.rounds.get(s.round);
      if (!r || r.closed) return;
      const bonus = r.cash + r.bonus > 0 ? Math.floor((s.amount * r.bonus) / (r.cash + r.bonus)) : 0;
      this.bonus += bonus;
      this.cash += s.amount - bonus;
      r.hasWin = true;
      if (s.close) r.closed = true;
      this.txs.set(s.tx, { kind: 'WIN', content, cash: s.amount - bonus, bonus, round: s.round, rolledBack: false });
    } else {
      if (s.ref === s.tx) return;
      const ref = this.txs.get(s.ref);
      if (!ref) {
        this.txs.set(s.ref, { kind: 'TOMBSTONE', content: '', cash: 0, bonus: 0, round: null, rolledBack: false });
      } else if (ref.kind === 'BET' && !ref.rolledBack) {
        const r = this.rounds.get(ref.round!)!;
        if (r.hasWin) return;
        this.cash += ref.cash;
        this.bonus += ref.bonus;
        r.cash -= ref.cash;
        r.bonus -= ref.bonus;
        ref.rolledBack = true;
      } else if (ref.kind === 'WIN' || ref.kind === 'ROLLBACK') {
        return; // refused: a win's round is settled; a rollback is not rolled back
      }
      this.txs.set(s.tx, { kind: 'ROLLBACK', content, cash: 0, bonus: 0, round: null, rolledBack: false });
    }
  }
}

describe('seamless wallet against a model', () => {
  it('balances equal the model\'s for any sequence of callbacks', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 16 }), fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 600 }), async (steps, cash, bonus) => {
        const p = await seatedPlayer(server, tenant, partner, cash, bonus);
        const model = new Model(cash, bonus);
        const run = randomUUID().slice(0, 8);
        const name = (n: number) => `${run}-${n}`;
        // Each step is sent, then (sometimes) sent again: replays must change nothing.
        for (const s of [...steps, ...steps.slice(0, 3)]) {
          const base = { user: p.id, token: p.token, currency: 'EUR', game_code: 'g', transaction_uuid: name(s.tx), request_uuid: randomUUID() };
          const body =
            s.kind === 'bet' ? { ...base, round: name(100 + s.round), amount: s.amount * HUB88_PER_CENT }
            : s.kind === 'win' ? { ...base, round: name(100 + s.round), amount: s.amount * HUB88_PER_CENT, round_closed: s.close }
            : { ...base, round: name(100), reference_transaction_uuid: name(s.ref) };
          const { answer } = await hub.call(`transaction/${s.kind}`, body);
          model.apply(s);
          // Every answer carries a balance (a replay: the one it first answered with).
          expect(typeof answer.balance, JSON.stringify({ s, answer })).toBe('number');
        }
        const { wallet } = await p.registered.sdk.Wallet();
        const eur = wallet!.find((w) => w.currency === 'EUR');
        expect({ cash: Number(eur?.cash.amount ?? 0), bonus: Number(eur?.bonus.amount ?? 0) }).toEqual({ cash: model.cash, bonus: model.bonus });
      }),
      { numRuns: 25 },
    );
    expect(await checkLedgerInvariants(owner, tenantUuid(tenant))).toEqual([]);
  });

  it('answers a batch of callbacks of several players exactly as it answers them one by one', async () => {
    // One SQL call decides a batch in order and posts independent callbacks together; players
    // here share round and transaction ids, so some callbacks of a batch depend on others.
    const services = server.platform.services;
    const tenantRef = (await services.tenants.byId(services, tenantUuid(tenant)))!;
    const provider = (await providerFor(services, tenantRef.id, hub.code))!;
    const playerStep = fc.record({ player: fc.nat(2), step: stepOver(20, 8) });
    const funds = fc.tuple(fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 300 }));
    const normal = (a: SqlAnswer) => ('ok' in a ? { ok: true, balance: a.balance, replay: a.replay === true } : { error: a.error, balance: a.balance ?? null });
    await fc.assert(
      fc.asyncProperty(fc.array(playerStep, { minLength: 2, maxLength: 24 }), fc.array(funds, { minLength: 3, maxLength: 3 }), async (steps, money) => {
        const world = async () => ({
          run: randomUUID().slice(0, 8),
          players: await Promise.all(money.map(([cash, bonus]) => seatedPlayer(server, tenant, partner, cash, bonus))),
        });
        const [batched, oneByOne] = [await world(), await world()];
        const commandsOf = (w: Awaited<ReturnType<typeof world>>): Command[] =>
          [...steps, ...steps.slice(0, 3)].map(({ player, step: s }) => {
            const name = (n: number) => `${w.run}-${n}`;
            return {
              op: s.kind,
              player: w.players[player]!.id,
              token: w.players[player]!.token,
              currency: 'EUR',
              game: 'g',
              tx: name(s.tx),
              round: s.kind === 'rollback' ? name(100) : name(100 + s.round),
              amount: BigInt(s.kind === 'rollback' ? 0 : s.amount),
              ref: s.kind === 'rollback' ? name(s.ref) : null,
              closeRound: s.kind === 'win' ? s.close : true,
            };
          });
        const together = await postCallbacks(services, tenantRef, provider, commandsOf(batched).map(sqlCommandOf));
        const alone: SqlAnswer[] = [];
        for (const command of commandsOf(oneByOne)) alone.push(...(await postCallbacks(services, tenantRef, provider, [sqlCommandOf(command)])));
        expect(together.map(normal)).toEqual(alone.map(normal));
      }),
      { numRuns: 25 },
    );
    expect(await checkLedgerInvariants(owner, tenantUuid(tenant))).toEqual([]);
  });
});
