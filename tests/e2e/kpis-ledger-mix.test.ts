/**
 * KPI roll-ups against the ledger on a random mix of every code they read (docs/kpis.md
 * "Definitions"): bets paid from cash and bonus money, wins to both, rollbacks, poker buy-ins and
 * rake with its split, deposits, withdrawals and bonus conversions, in two currencies, posted by
 * concurrent partner requests while the roll-up runs. Two independent sums must agree with the
 * roll-ups: the reconciliation's SQL scan of the entries, and a model of what was posted.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rollUpTenant } from '../../modules/kpis/index.js';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { tenantUuid } from '../helpers/ledger-invariants.js';
import { expectType, localId, newPlayer, newStaff, newTenant, platformAdmin, type TestTenant } from '../helpers/world.js';
import { partnerOf } from '../helpers/seamless.js';
import { seededRandom } from '../helpers/random.js';

let server: TestServer;
let tenant: TestTenant;
let partner: Sdk;
let finance: Sdk;

type Leg = { from: Record<string, unknown>; to: Record<string, unknown>; amount: string };
interface Posting {
  code: string;
  transfers: Leg[];
  metadata?: Record<string, unknown>;
}

const player = (id: string, currency: string, kind: 'CASH' | 'BONUS') => ({ ownerType: 'PLAYER', ownerId: id, currency, kind });
const house = (currency: string) => ({ ownerType: 'HOUSE', currency });
const world = (currency: string) => ({ ownerType: 'WORLD', currency });

beforeAll(async () => {
  server = await startServer();
  const platform = (await platformAdmin(server)).sdk;
  tenant = await newTenant(server, platform);
  partner = await partnerOf(server, tenant);
  finance = (await newStaff(server, platform, tenant.slug, ['FINANCE'])).sdk;
});
afterAll(async () => {
  await server?.close();
});

describe('a random mix of ledger codes', () => {
  it('rolls up to what the entries say and to what was posted', async () => {
    const next = seededRandom(20); // the same mix every run
    const amount = () => BigInt(1 + Math.floor(next() * 5000));
    const players = await Promise.all(Array.from({ length: 6 }, () => newPlayer(server, tenant)));
    const ids = players.map((p) => p.player.id);
    const currencyOf = (i: number) => (i % 3 === 0 ? 'USD' : 'EUR');
    const expected = new Map<string, Record<string, bigint>>();
    const add = (currency: string, figure: string, value: bigint) => {
      const figures = expected.get(currency) ?? {};
      figures[figure] = (figures[figure] ?? 0n) + value;
      expected.set(currency, figures);
    };
    const postings: Posting[] = [];
    // Every player starts with a deposit and some bonus money, so the mix never overdraws.
    ids.forEach((id, i) => {
      const c = currencyOf(i);
      postings.push({ code: 'DEPOSIT', transfers: [{ from: world(c), to: player(id, c, 'CASH'), amount: '1000000' }] });
      postings.push({ code: 'BONUS_GRANT', transfers: [{ from: house(c), to: player(id, c, 'BONUS'), amount: '500000' }] });
      add(c, 'deposits', 1_000_000n);
      add(c, 'depositCount', 1n);
      add(c, 'ftd', 1n);
    });
    for (let n = 0; n < 240; n++) {
      const i = Math.floor(next() * ids.length);
      const id = ids[i]!;
      const c = currencyOf(i);
      const kind = Math.floor(next() * 8);
      const a = amount();
      if (kind <= 2) {
        const bonus = next() < 0.3 ? amount() : 0n;
        const legs: Leg[] = [{ from: player(id, c, 'CASH'), to: house(c), amount: a.toString() }];
        if (bonus > 0n) legs.push({ from: player(id, c, 'BONUS'), to: house(c), amount: bonus.toString() });
        const rolledBack = next() < 0.2;
        postings.push({ code: 'BET', transfers: legs });
        add(c, 'realStakes', a);
        add(c, 'bonusStakes', bonus);
        add(c, 'rounds', 1n);
        if (rolledBack) {
          postings.push({ code: 'BET_ROLLBACK', transfers: legs.map((l) => ({ from: l.to, to: l.from, amount: l.amount })) });
          add(c, 'realStakes', -a);
          add(c, 'bonusStakes', -bonus);
          add(c, 'rounds', -1n);
        }
      } else if (kind === 3) {
        const toBonus = next() < 0.3;
        postings.push({ code: 'WIN', transfers: [{ from: house(c), to: player(id, c, toBonus ? 'BONUS' : 'CASH'), amount: a.toString() }] });
        add(c, toBonus ? 'bonusWins' : 'realWins', a);
      } else if (kind === 4) {
        // A poker hand: a buy-in to the table's escrow, and rake split between two players.
        const other = ids[(i + 3) % ids.length]!;
        postings.push({ code: 'POKER_BUY_IN', transfers: [{ from: player(id, c, 'CASH'), to: { ownerType: 'ESCROW', ownerRef: `table-${c}`, currency: c }, amount: a.toString() }] });
        const first = a / 3n;
        postings.push({
          code: 'POKER_RAKE',
          transfers: [{ from: world(c), to: house(c), amount: a.toString() }],
          // The split names players by their raw ids, as a table writes it; a key that is no player id
          // (a partner's mistake) counts no one as active and breaks nothing.
          metadata: { currency: c, rakeShares: { [localId(id)]: first.toString(), [localId(other)]: (a - first - 1n).toString(), 'not-a-player': '1' } },
        });
        add(c, 'rake', a);
        add(c, 'hands', 1n);
      } else if (kind === 5) {
        postings.push({ code: 'WITHDRAWAL', transfers: [{ from: player(id, c, 'CASH'), to: world(c), amount: a.toString() }] });
        add(c, 'withdrawals', a);
        add(c, 'withdrawalCount', 1n);
      } else if (kind === 6) {
        postings.push({ code: 'BONUS_CONVERSION', transfers: [{ from: player(id, c, 'BONUS'), to: player(id, c, 'CASH'), amount: a.toString() }] });
        add(c, 'bonusCost', a);
      } else {
        postings.push({ code: 'DEPOSIT', transfers: [{ from: world(c), to: player(id, c, 'CASH'), amount: a.toString() }] });
        add(c, 'deposits', a);
        add(c, 'depositCount', 1n);
      }
    }

    // The first two postings of each player go first (deposits before play); the rest in parallel
    // batches while the roll-up keeps running.
    const post = async (p: Posting) => {
      const { postTransfers } = await partner.PostTransfers({ input: { idempotencyKey: `mix-${randomUUID()}`, code: p.code, transfers: p.transfers as never, ...(p.metadata ? { metadata: p.metadata } : {}) } });
      expectType(postTransfers, 'PostTransfersPayload');
    };
    const openings = postings.slice(0, ids.length * 2);
    const play = postings.slice(ids.length * 2);
    for (const p of openings) await post(p);
    let rolling = true;
    const roller = (async () => {
      while (rolling) await rollUpTenant(server.platform.services, tenantUuid(tenant));
    })();
    // Rollbacks must follow their bets: keep each BET_ROLLBACK right after its BET in one batch.
    const batches: Posting[][] = [];
    for (let k = 0; k < play.length; ) {
      const batch: Posting[] = [];
      while (batch.length < 8 && k < play.length) {
        batch.push(play[k]!);
        k++;
      }
      batches.push(batch);
    }
    try {
      for (const batch of batches) {
        const chains: Posting[][] = [];
        for (const p of batch) {
          if (p.code === 'BET_ROLLBACK' && chains.length > 0) chains[chains.length - 1]!.push(p);
          else chains.push([p]);
        }
        await Promise.all(chains.map(async (chain) => {
          for (const p of chain) await post(p);
        }));
      }
    } finally {
      rolling = false;
      await roller;
    }
    for (let attempt = 0; attempt < 50; attempt++) await rollUpTenant(server.platform.services, tenantUuid(tenant));

    const day = new Date().toISOString().slice(0, 10);
    const checked = expectType((await finance.ReconcileKpis({ input: { day } })).reconcileKpis, 'ReconcileKpisPayload').reconciliation!;
    expect(checked.differences).toEqual([]);

    const { kpis } = await finance.Kpis({ from: day, to: day });
    for (const c of ['EUR', 'USD']) {
      const e = expected.get(c)!;
      const f = kpis!.periods[0]!.currencies.find((x) => x.currency === c)!;
      const casino = f.products.find((p) => p.product === 'CASINO')!;
      const poker = f.products.find((p) => p.product === 'POKER')!;
      const got = {
        realStakes: BigInt(f.realTurnover.amount),
        bonusStakes: BigInt(f.bonusTurnover.amount),
        realWins: BigInt(f.realWins.amount),
        bonusWins: BigInt(f.wins.amount) - BigInt(f.realWins.amount),
        rounds: BigInt(casino.rounds),
        rake: BigInt(f.rake.amount),
        hands: BigInt(poker.rounds),
        bonusCost: BigInt(f.bonusCost.amount),
        deposits: BigInt(f.deposits.amount.amount),
        depositCount: BigInt(f.deposits.count),
        withdrawals: BigInt(f.withdrawals.amount.amount),
        withdrawalCount: BigInt(f.withdrawals.count),
        ftd: BigInt(f.firstDeposits.count),
      };
      const want = Object.fromEntries(Object.keys(got).map((k) => [k, e[k] ?? 0n]));
      expect(got, c).toEqual(want);
      // GGR = real stakes − real wins + rake; NGR = GGR − bonus cost.
      expect(BigInt(f.ggr.amount)).toBe(got.realStakes - got.realWins + got.rake);
      expect(BigInt(f.ngr.amount)).toBe(got.realStakes - got.realWins + got.rake - got.bonusCost);
    }
  });
});
