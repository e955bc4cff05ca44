/**
 * Property: for any sequence of grants, bets on weighted games, wins, rollbacks, expiries,
 * forfeits and withdrawals, the player's cash, bonus and every grant (status, balance, wagering)
 * equal those of an in-memory model of docs/bonus.md's rules, compared after every step; and the
 * ledger's invariants hold at the end.
 */
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { systemContext, tenantTx, type Context } from '../../src/context.js';
import { newId } from '../../src/ids.js';
import { BonusNotActiveError, endGrantInTx, grantBonus, type TermsInput } from '../../modules/bonus/index.js';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { checkLedgerInvariants, tenantUuid } from '../helpers/ledger-invariants.js';
import { expectType, newTenant, platformAdmin, type TestTenant } from '../helpers/world.js';
import { HUB88_PER_CENT, newAggregator, partnerOf, seatedPlayer, type Aggregator } from '../helpers/seamless.js';
import { playerGlobalId } from '../helpers/wallet.js';
import { templateBySql } from '../helpers/bonus-fixtures.js';

let server: TestServer;
let owner: pg.Client;
let tenant: TestTenant;
let partner: Sdk;
let hub: Aggregator;
let ctx: Context;

/** The games: a slot counted 100% (its category), a table game 10% (its own row), a live game with no row (0%). */
const GAMES = [
  { code: 'model-slot', category: 'SLOTS', percent: 100 },
  { code: 'model-table', category: 'TABLE', percent: 10 },
  { code: 'model-live', category: 'LIVE', percent: 0 },
] as const;

/** Two promotions: a short one with a max bet and a conversion cap, a longer one without. */
const TEMPLATES: { terms: TermsInput; amount: number; multiplier: number; maxBet: number | null; maxConversion: number | null; id?: string }[] = [
  {
    amount: 300, multiplier: 2, maxBet: 250, maxConversion: 2,
    terms: {
      kind: 'NO_DEPOSIT', currencies: { EUR: { amount: '300', maxBet: '250' } }, wagering: { multiplier: 2 }, validityHours: 24, maxConversionMultiple: 2,
      gameWeights: [{ scope: 'CATEGORY', key: 'SLOTS', percent: 100 }, { scope: 'GAME', key: 'model-table', percent: 10 }],
    },
  },
  {
    amount: 200, multiplier: 3, maxBet: null, maxConversion: null,
    terms: {
      kind: 'NO_DEPOSIT', currencies: { EUR: { amount: '200' } }, wagering: { multiplier: 3 }, validityHours: 48,
      gameWeights: [{ scope: 'CATEGORY', key: 'SLOTS', percent: 100 }, { scope: 'GAME', key: 'model-table', percent: 10 }],
    },
  },
];

beforeAll(async () => {
  server = await startServer({ env: { RATE_LIMIT_ENABLED: 'false', JOBS_WORK: 'false' } });
  tenant = await newTenant(server, (await platformAdmin(server)).sdk);
  partner = await partnerOf(server, tenant);
  hub = await newAggregator(server, tenant);
  for (const game of GAMES) {
    const { addGame } = await tenant.admin.sdk.AddGame({
      input: { provider: 'hub88', externalRef: game.code, name: game.code, category: game.category, currencies: ['EUR'], launchUrl: 'https://games.test/launch?token={token}' },
    });
    expectType(addGame, 'AddGamePayload');
  }
  const services = server.platform.services;
  ctx = systemContext(services, await services.tenants.byId(services, tenantUuid(tenant)));
  for (const template of TEMPLATES) {
    template.id = await templateBySql(ctx, template.terms);
  }
  owner = new pg.Client({ connectionString: inject('databaseUrl') });
  await owner.connect();
});
afterAll(async () => {
  await owner?.end();
  await server?.close();
});

type Step =
  | { kind: 'grant'; template: number }
  | { kind: 'bet'; tx: number; round: number; game: number; amount: number }
  | { kind: 'win'; tx: number; round: number; amount: number; close: boolean }
  | { kind: 'rollback'; tx: number; ref: number }
  | { kind: 'expire'; grant: number }
  | { kind: 'forfeit'; grant: number }
  | { kind: 'withdraw'; amount: number };

const TXS = 10;
const ROUNDS = 3;
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('grant' as const), template: fc.nat(TEMPLATES.length - 1) }) },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('bet' as const), tx: fc.nat(TXS - 1), round: fc.nat(ROUNDS - 1), game: fc.nat(GAMES.length - 1), amount: fc.integer({ min: 1, max: 300 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('win' as const), tx: fc.nat(TXS - 1), round: fc.nat(ROUNDS - 1), amount: fc.integer({ min: 0, max: 500 }), close: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('rollback' as const), tx: fc.nat(TXS - 1), ref: fc.nat(TXS - 1) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('expire' as const), grant: fc.nat(3) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('forfeit' as const), grant: fc.nat(3) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('withdraw' as const), amount: fc.integer({ min: 1, max: 300 }) }) },
);

interface ModelGrant {
  template: number;
  status: 'ACTIVE' | 'COMPLETED' | 'FORFEITED' | 'EXPIRED';
  granted: number;
  balance: number;
  wagered: number;
  required: number;
  /** Creation order: grants of one template expire in creation order; the short template first. */
  order: number;
}

interface ModelTx {
  kind: 'BET' | 'WIN' | 'ROLLBACK' | 'TOMBSTONE' | 'REFUSED';
  cash: number;
  /** Bonus money the bet took: per grant (index), and unattributed. */
  parts: Map<number, number>;
  round: number | null;
  grant: number | null;
  weighted: number;
  rolledBack: boolean;
}

/** The rules of docs/bonus.md, in a few lines. */
class Model {
  cash: number;
  bonus = 0;
  grants: ModelGrant[] = [];
  txs = new Map<number, ModelTx>();
  rounds = new Map<number, { cash: number; bonus: number; hasWin: boolean; closed: boolean; grant: number | null }>();

  constructor(cash: number) {
    this.cash = cash;
  }

  /** Active grants in feed order: earliest expiry (the 24 h template before the 48 h one; then creation). */
  feedOrder(): number[] {
    return this.grants
      .map((g, i) => ({ g, i }))
      .filter(({ g }) => g.status === 'ACTIVE')
      .sort((a, b) => TEMPLATES[a.g.template]!.terms.validityHours - TEMPLATES[b.g.template]!.terms.validityHours || a.g.order - b.g.order)
      .map(({ i }) => i);
  }

  grant(template: number): void {
    const t = TEMPLATES[template]!;
    this.grants.push({ template, status: 'ACTIVE', granted: t.amount, balance: t.amount, wagered: 0, required: t.amount * t.multiplier, order: this.grants.length });
    this.bonus += t.amount;
  }

  end(index: number, status: 'COMPLETED' | 'FORFEITED' | 'EXPIRED'): boolean {
    const g = this.grants[index];
    if (!g || g.status !== 'ACTIVE') return false;
    const cap = TEMPLATES[g.template]!.maxConversion;
    const converted = status === 'COMPLETED' ? (cap === null ? g.balance : Math.min(g.balance, g.granted * cap)) : 0;
    this.bonus -= g.balance;
    this.cash += converted;
    g.balance = 0;
    g.status = status;
    return true;
  }

  bet(s: Extract<Step, { kind: 'bet' }>): void {
    const round = this.rounds.get(s.round);
    if (round?.closed) return;
    const order = this.feedOrder();
    const fed = order[0] ?? null;
    const refuse = () => this.txs.set(s.tx, { kind: 'REFUSED', cash: 0, parts: new Map(), round: null, grant: null, weighted: 0, rolledBack: false });
    if (fed !== null) {
      const maxBet = TEMPLATES[this.grants[fed]!.template]!.maxBet;
      if (maxBet !== null && s.amount > maxBet) return void refuse();
    }
    const cash = Math.min(s.amount, this.cash);
    let rest = s.amount - cash;
    if (rest > this.bonus) return void refuse();
    this.cash -= cash;
    this.bonus -= rest;
    const parts = new Map<number, number>();
    for (const i of order) {
      const g = this.grants[i]!;
      const take = Math.min(rest, g.balance);
      if (take > 0) parts.set(i, take);
      g.balance -= take;
      rest -= take;
    }
    let weighted = 0;
    if (fed !== null) {
      const g = this.grants[fed]!;
      weighted = Math.min(Math.trunc((s.amount * GAMES[s.game]!.percent) / 100), g.required - g.wagered);
      g.wagered += weighted;
      if (g.wagered === g.required) this.end(fed, 'COMPLETED');
    }
    const r = round ?? { cash: 0, bonus: 0, hasWin: false, closed: false, grant: fed };
    r.cash += cash;
    r.bonus += s.amount - cash;
    this.rounds.set(s.round, r);
    this.txs.set(s.tx, { kind: 'BET', cash, parts, round: s.round, grant: fed, weighted, rolledBack: false });
  }

  win(s: Extract<Step, { kind: 'win' }>): void {
    const r = this.rounds.get(s.round);
    if (!r || r.closed) return;
    const share = r.cash + r.bonus > 0 ? Math.floor((s.amount * r.bonus) / (r.cash + r.bonus)) : 0;
    this.cash += s.amount - share;
    const g = r.grant === null ? null : this.grants[r.grant]!;
    if (g === null) this.bonus += share;
    else if (g.status === 'ACTIVE') {
      g.balance += share;
      this.bonus += share;
    }
    r.hasWin = true;
    if (s.close) r.closed = true;
    this.txs.set(s.tx, { kind: 'WIN', cash: 0, parts: new Map(), round: s.round, grant: null, weighted: 0, rolledBack: false });
  }

  rollback(s: Extract<Step, { kind: 'rollback' }>): void {
    if (s.ref === s.tx) return;
    const ref = this.txs.get(s.ref);
    if (!ref) {
      this.txs.set(s.ref, { kind: 'TOMBSTONE', cash: 0, parts: new Map(), round: null, grant: null, weighted: 0, rolledBack: false });
    } else if (ref.kind === 'BET' && !ref.rolledBack) {
      const r = this.rounds.get(ref.round!)!;
      if (r.hasWin) return;
      this.cash += ref.cash;
      r.cash -= ref.cash;
      for (const [i, part] of ref.parts) {
        r.bonus -= part;
        const g = this.grants[i]!;
        if (g.status === 'ACTIVE') {
          g.balance += part;
          this.bonus += part;
        }
      }
      if (ref.grant !== null) {
        const g = this.grants[ref.grant]!;
        if (g.status === 'ACTIVE') g.wagered -= ref.weighted;
      }
      ref.rolledBack = true;
    } else if (ref.kind === 'WIN' || ref.kind === 'ROLLBACK') {
      return;
    }
    this.txs.set(s.tx, { kind: 'ROLLBACK', cash: 0, parts: new Map(), round: null, grant: null, weighted: 0, rolledBack: false });
  }

  /** A withdrawal while wagering forfeits every active grant (the player confirmed), then takes what cash there is. */
  withdraw(amount: number): number {
    for (const i of this.feedOrder()) this.end(i, 'FORFEITED');
    const taken = Math.min(amount, this.cash);
    this.cash -= taken;
    return taken;
  }
}

describe('bonus engine against a model', () => {
  it('cash, bonus and every grant equal the model\'s after each step of any sequence', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 20 }), fc.integer({ min: 0, max: 400 }), async (steps, cash) => {
        const p = await seatedPlayer(server, tenant, partner, cash, 0);
        const model = new Model(cash);
        const grantIds: string[] = [];
        const run = randomUUID().slice(0, 8);
        const name = (n: number) => `${run}-${n}`;
        for (const s of steps) {
          if (s.kind === 'grant') {
            const { grant } = await grantBonus(ctx, { templateId: TEMPLATES[s.template]!.id!, playerId: p.id, currency: 'EUR', idempotencyKey: `model-${newId()}`, grantedBy: 'STAFF:model' });
            grantIds.push(grant.id);
            model.grant(s.template);
          } else if (s.kind === 'expire' || s.kind === 'forfeit') {
            const id = grantIds[s.grant];
            if (id) {
              const ended = await tenantTx(ctx, (tx) =>
                endGrantInTx(ctx, tx, id, s.kind === 'expire' ? 'EXPIRED' : 'FORFEITED', s.kind === 'expire' ? 'EXPIRED' : 'PLAYER', 'STAFF:model'),
              ).then(() => true, (error: unknown) => {
                if (error instanceof BonusNotActiveError) return false;
                throw error;
              });
              expect(ended).toBe(model.end(s.grant, s.kind === 'expire' ? 'EXPIRED' : 'FORFEITED'));
            }
          } else if (s.kind === 'withdraw') {
            for (const i of model.feedOrder()) await tenantTx(ctx, (tx) => endGrantInTx(ctx, tx, grantIds[i]!, 'FORFEITED', 'WITHDRAWAL', 'STAFF:model'));
            const taken = model.withdraw(s.amount);
            if (taken > 0) {
              const { postTransfers } = await partner.PostTransfers({
                input: {
                  idempotencyKey: `withdraw-${randomUUID()}`,
                  code: 'WITHDRAWAL',
                  transfers: [{ from: { ownerType: 'PLAYER', ownerId: playerGlobalId(p.id), currency: 'EUR' }, to: { ownerType: 'WORLD', currency: 'EUR' }, amount: String(taken) }],
                },
              });
              expectType(postTransfers, 'PostTransfersPayload');
            }
          } else {
            const base = { user: p.id, token: p.token, currency: 'EUR', transaction_uuid: name(s.tx), request_uuid: randomUUID() };
            const body =
              s.kind === 'bet' ? { ...base, game_code: GAMES[s.game]!.code, round: name(100 + s.round), amount: s.amount * HUB88_PER_CENT }
              : s.kind === 'win' ? { ...base, game_code: GAMES[0]!.code, round: name(100 + s.round), amount: s.amount * HUB88_PER_CENT, round_closed: s.close }
              : { ...base, game_code: GAMES[0]!.code, round: name(100), reference_transaction_uuid: name(s.ref) };
            await hub.call(`transaction/${s.kind}`, body);
            // A transaction id seen before (a replay, a duplicate, a tombstone) moves nothing.
            if (model.txs.has(s.tx)) {
              // nothing to apply
            } else if (s.kind === 'bet') model.bet(s);
            else if (s.kind === 'win') model.win(s);
            else model.rollback(s);
          }
          const actual = await observed(p.id, grantIds);
          expect(actual, JSON.stringify({ step: s, steps })).toEqual({
            cash: model.cash,
            bonus: model.bonus,
            grants: model.grants.map((g) => ({ status: g.status, balance: g.balance, wagered: g.wagered })),
          });
        }
      }),
      { numRuns: 60 },
    );
    expect(await checkLedgerInvariants(owner, tenantUuid(tenant))).toEqual([]);
  });
});

async function observed(playerId: string, grantIds: string[]) {
  const accounts = await owner.query<{ kind: string; balance: string }>(
    `select kind, balance from ledger_account where tenant_id = $1 and owner_type = 'PLAYER' and owner_id = $2 and currency = 'EUR'`,
    [tenantUuid(tenant), playerId],
  );
  const of = (kind: string) => Number(accounts.rows.find((r) => r.kind === kind)?.balance ?? 0);
  const grants = await owner.query<{ id: string; status: string; balance: string; wagered: string }>(
    `select id, status, balance, wagered from bonus_grant where id = any ($1::uuid[])`,
    [grantIds],
  );
  const byId = new Map(grants.rows.map((g) => [g.id, g]));
  return {
    cash: of('CASH'),
    bonus: of('BONUS'),
    grants: grantIds.map((id) => {
      const g = byId.get(id)!;
      return { status: g.status, balance: Number(g.balance), wagered: Number(g.wagered) };
    }),
  };
}
