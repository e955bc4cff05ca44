import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { expectType, globalId, localId, newPlayer, newStaff, newTenant, platformAdmin, type TestTenant } from '../helpers/world.js';
import { graphqlError } from '../helpers/errors.js';
import { ownerDb } from '../helpers/payments.js';
import { auditRows } from '../helpers/audit-rows.js';
import { checkLedgerInvariants, tenantUuid } from '../helpers/ledger-invariants.js';
import { storeComputedPeriod } from '../helpers/affiliate-statements.js';
import type { AffiliatePlanTermsInput } from '../sdk.js';
import type { PlayerInput } from '../../modules/affiliates/affiliates.commission.js';

/**
 * Statements: approval (maker-checker) and payout through the ledger (issue #19, docs/affiliates.md
 * "Statements: approval and payout"). Statements are computed by the real commission engine from
 * hand-written input and stored as the monthly job stores them.
 */
let server: TestServer;
let platform: Sdk;
let owner: pg.Client;
let tenant: TestTenant;
/** Two FINANCE staff: the maker and the checker; a third for the concurrent approvals. */
let maker: Awaited<ReturnType<typeof newStaff>>;
let checker: Awaited<ReturnType<typeof newStaff>>;
let third: Awaited<ReturnType<typeof newStaff>>;
let support: Awaited<ReturnType<typeof newStaff>>;
let planId: string;

/** RevShare 25% of NGR (no deductions) in EUR and USD; CPA 50.00 EUR / 60.00 USD (EUR: first deposit ≥ 20.00, wagering ≥ 100.00 within 30 days, 7 days' hold). */
const TERMS: AffiliatePlanTermsInput = {
  cpa: { windowDays: 30, holdDays: 7, minBets: null, byCurrency: [
      { currency: 'EUR', amount: '5000', baseline: '2000', minWagered: '10000' },
      { currency: 'USD', amount: '6000', baseline: '2500', minWagered: '10000' },
    ] },
  revShare: {
    basis: 'NGR',
    mode: 'WHOLE',
    ngrTiers: [
      { currency: 'EUR', tiers: [{ from: '0', rate: '0.25' }] },
      { currency: 'USD', tiers: [{ from: '0', rate: '0.25' }] },
    ],
  },
  ngr: { bonusCost: false, chargebacks: false, depositFee: null, withdrawalFee: null, gamingTax: null, adminFee: null },
  negativeCarryover: false,
  subAffiliateRate: null,
  clawbackDays: null,
};

const NO_FLAGS = { flags: {}, firstDepositChargedBackOn: null, cpa: null } as const;
const components = (stakes: bigint, wins: bigint) => ({ stakes, wins, bonusCost: 0n, chargebacks: 0n, deposits: 0n, withdrawals: 0n });

/** A EUR player who wins the house 800.00 and qualifies for CPA in the month starting `start`; a USD player who loses it 40.00. */
function month(start: string, players: readonly string[]): { eur: PlayerInput; usd: PlayerInput } {
  const day = (d: number) => `${start.slice(0, 8)}${String(d).padStart(2, '0')}`;
  return {
    eur: {
      playerId: players[0]!,
      currency: 'EUR',
      registeredOn: day(2),
      firstDeposit: { on: day(2), amount: 3000n },
      activity: [{ on: day(3), wagered: 20000n, bets: 12 }],
      period: components(100000n, 20000n),
      ...NO_FLAGS,
    },
    usd: { playerId: players[1]!, currency: 'USD', registeredOn: day(2), firstDeposit: null, activity: [], period: components(1000n, 5000n), ...NO_FLAGS },
  };
}

let affiliateCount = 0;
async function affiliateOnPlan() {
  affiliateCount += 1;
  const code = `stm-${affiliateCount}-${Date.now() % 100000}`;
  const made = await tenant.admin.sdk.CreateAffiliate({ input: { code, name: `Affiliate ${code}`, email: `${code}@statements.test` } });
  const affiliate = expectType(made.createAffiliate, 'CreateAffiliatePayload').affiliate;
  expectType((await tenant.admin.sdk.AssignAffiliatePlan({ input: { affiliateId: affiliate.id, planId } })).assignAffiliatePlan, 'AssignAffiliatePlanPayload');
  return affiliate;
}
/** A new affiliate on the plan, with two new players (a CPA is paid once per player), and one stored statement for the month starting `start`. */
async function statementFor(start: string, end: string, which: 'both' | 'usd' = 'both'): Promise<{ affiliateId: string; statementId: string; players: string[] }> {
  const affiliate = await affiliateOnPlan();
  const players = (await Promise.all([newPlayer(server, tenant), newPlayer(server, tenant)])).map((p) => localId(p.player.id));
  const m = month(start, players);
  const { statementIds } = await storeComputedPeriod(server, tenant, { start, end }, [
    { affiliateId: localId(affiliate.id), players: which === 'both' ? [m.eur, m.usd] : [m.usd] },
  ]);
  return { affiliateId: affiliate.id, statementId: globalId('AffiliateStatement', statementIds.get(localId(affiliate.id))!), players };
}

async function balanceOf(ownerType: string, ownerId: string, currency: string): Promise<string> {
  const { rows } = await owner.query(
    `select coalesce(sum(balance), 0)::text as balance from ledger_account where tenant_id = $1 and owner_type = $2 and owner_id = $3 and currency = $4`,
    [tenantUuid(tenant), ownerType, ownerId, currency],
  );
  return rows[0].balance;
}

async function postingsOf(statementId: string): Promise<{ code: string; n: number }[]> {
  const { rows } = await owner.query(
    `select code, count(*)::int as n from ledger_transaction where tenant_id = $1 and reference = $2 group by code order by code`,
    [tenantUuid(tenant), localId(statementId)],
  );
  return rows;
}

async function eventsOf(statementId: string): Promise<{ type: string; payload: Record<string, unknown> }[]> {
  const { rows } = await owner.query(`select type, payload from outbox_event where tenant_id = $1 and stream = $2 order by seq`, [tenantUuid(tenant), `affiliate-statement:${localId(statementId)}`]);
  return rows;
}

const eur = (amount: string) => ({ amount, currency: 'EUR' });
const usd = (amount: string) => ({ amount, currency: 'USD' });

beforeAll(async () => {
  server = await startServer();
  platform = (await platformAdmin(server)).sdk;
  owner = await ownerDb();
  tenant = await newTenant(server, platform);
  [maker, checker, third, support] = await Promise.all([
    newStaff(server, platform, tenant.slug, ['FINANCE']),
    newStaff(server, platform, tenant.slug, ['FINANCE']),
    newStaff(server, platform, tenant.slug, ['FINANCE']),
    newStaff(server, platform, tenant.slug, ['SUPPORT']),
  ]);
  const plan = expectType((await tenant.admin.sdk.CreateAffiliatePlan({ input: { name: 'Statements', terms: TERMS } })).createAffiliatePlan, 'CreateAffiliatePlanPayload').plan;
  planId = plan.id;
});
afterAll(async () => {
  await owner?.end();
  await server?.close();
});

describe('a statement', () => {
  it('is read with its figures, submitted by one staff member, approved by another (posting each payable), and paid out', async () => {
    const { affiliateId, statementId, players } = await statementFor('2026-01-01', '2026-02-01');
    const affiliate = localId(affiliateId);

    // As computed: EUR NGR 800.00 × 25% = 200.00 RevShare + 50.00 CPA; USD NGR −40.00 → −10.00, nothing payable.
    const read = (await maker.sdk.AffiliateStatement({ id: statementId })).affiliateStatement!;
    expect(read).toMatchObject({ status: 'COMPUTED', periodStart: '2026-01-01', periodEnd: '2026-02-01', planVersion: 1, affiliate: { id: affiliateId }, plan: { id: planId, name: 'Statements' } });
    expect(read.funnel).toEqual({ clicks: null, registrations: 2, firstDeposits: 1, qualified: 1, excluded: 0, approved: 1 });
    const [eurLine, usdLine] = read.currencies;
    expect(eurLine).toMatchObject({
      currency: 'EUR',
      ngr: { stakes: eur('100000'), wins: eur('20000'), ggr: eur('80000'), bonusCost: eur('0'), ngr: eur('80000') },
      revShare: { basis: 'NGR', mode: 'WHOLE', measure: '80000', tier: 1, bands: [{ from: '0', to: null, rate: '25%', ngr: eur('80000') }], amount: eur('20000') },
      carriedInRevShare: eur('0'),
      revSharePayable: eur('20000'),
      own: eur('25000'),
      subAffiliateOverride: eur('0'),
      due: eur('25000'),
      payable: eur('25000'),
      carryOutRevShare: eur('0'),
      carryOutDebt: eur('0'),
      commissionTransaction: null,
      payout: null,
    });
    expect(eurLine!.lines.map((l) => [l.kind, l.amount.amount, l.players.map((p) => p.id)])).toEqual([
      ['REVSHARE', '20000', []],
      ['CPA', '5000', [globalId('Player', players[0]!)]],
    ]);
    expect(usdLine).toMatchObject({ currency: 'USD', ngr: { ngr: usd('-4000') }, revShare: { amount: usd('-1000') }, due: usd('0'), payable: usd('0'), carryOutRevShare: usd('0') });

    const playersPage = (await maker.sdk.AffiliateStatementPlayers({ id: statementId, first: 10 })).affiliateStatement!.currencies;
    expect(playersPage[0]!.players.totalCount).toBe(1);
    expect(playersPage[0]!.players.nodes[0]).toMatchObject({
      player: { id: globalId('Player', players[0]!) },
      stakes: eur('100000'),
      wins: eur('20000'),
      cpaStatus: 'APPROVED',
      qualifiedOn: '2026-01-03',
      approvedOn: '2026-01-10',
      exclusions: [],
      cpaAmount: eur('5000'),
    });
    expect(playersPage[1]!.players.nodes.map((p) => [p.player?.id, p.cpaStatus, p.wins.amount])).toEqual([[globalId('Player', players[1]!), 'WINDOW_OPEN', '5000']]);

    // The maker submits; the maker may not approve it.
    const submitted = expectType((await maker.sdk.SubmitAffiliateStatement({ input: { statementId } })).submitAffiliateStatement, 'SubmitAffiliateStatementPayload');
    expect(submitted.statement.status).toBe('SUBMITTED');
    expectType((await maker.sdk.ApproveAffiliateStatement({ input: { statementId } })).approveAffiliateStatement, 'AffiliateStatementSameStaffError');
    expect(await postingsOf(statementId)).toEqual([]);

    // The checker approves: 250.00 EUR from the house to the affiliate's payable account; nothing for USD.
    const approved = expectType((await checker.sdk.ApproveAffiliateStatement({ input: { statementId } })).approveAffiliateStatement, 'ApproveAffiliateStatementPayload').statement;
    expect(approved).toMatchObject({ status: 'APPROVED', submittedBy: { id: maker.id }, approvedBy: { id: checker.id }, paidAt: null });
    expect(approved.currencies[0]!.commissionTransaction).not.toBeNull();
    expect(approved.currencies[1]!.commissionTransaction).toBeNull();
    expect(await balanceOf('AFFILIATE', affiliate, 'EUR')).toBe('25000');
    expect(await balanceOf('AFFILIATE', affiliate, 'USD')).toBe('0');
    expect(await balanceOf('HOUSE', '', 'EUR')).toBe('-25000');
    expect(await postingsOf(statementId)).toEqual([{ code: 'AFFILIATE_COMMISSION', n: 1 }]);
    const { rows: floors } = await owner.query(`select floor_policy from ledger_account where tenant_id = $1 and owner_type = 'AFFILIATE' and owner_id = $2`, [tenantUuid(tenant), affiliate]);
    expect(floors).toEqual([{ floor_policy: 'NON_NEGATIVE' }]);

    // A retried approval is refused and posts nothing more.
    const again = expectType((await checker.sdk.ApproveAffiliateStatement({ input: { statementId } })).approveAffiliateStatement, 'AffiliateStatementStatusError');
    expect(again).toMatchObject({ status: 'APPROVED', expected: 'SUBMITTED' });
    expect(await postingsOf(statementId)).toEqual([{ code: 'AFFILIATE_COMMISSION', n: 1 }]);

    // Payout: nothing payable in USD; EUR moves to the payout clearing account and the statement is PAID.
    expect(expectType((await maker.sdk.PayAffiliateStatement({ input: { statementId, currency: 'USD', method: 'BANK_TRANSFER', reference: 'SEPA-1' } })).payAffiliateStatement, 'AffiliateStatementNothingPayableError').currency).toBe('USD');
    const paid = expectType(
      (await maker.sdk.PayAffiliateStatement({ input: { statementId, currency: 'EUR', method: 'BANK_TRANSFER', reference: 'SEPA-2026-01-0042' } })).payAffiliateStatement,
      'PayAffiliateStatementPayload',
    ).statement;
    expect(paid.status).toBe('PAID');
    expect(paid.paidAt).not.toBeNull();
    expect(paid.currencies[0]!.payout).toMatchObject({ amount: eur('25000'), method: 'BANK_TRANSFER', reference: 'SEPA-2026-01-0042', paidBy: { id: maker.id } });
    expect(paid.currencies[0]!.payout!.transaction).not.toBeNull();
    expect(paid.currencies[1]!.payout).toBeNull();
    expect(await balanceOf('AFFILIATE', affiliate, 'EUR')).toBe('0');
    expect(await balanceOf('PROVIDER', 'affiliate-payouts', 'EUR')).toBe('25000');
    expect(await balanceOf('HOUSE', '', 'EUR')).toBe('-25000');
    expect(await postingsOf(statementId)).toEqual([
      { code: 'AFFILIATE_COMMISSION', n: 1 },
      { code: 'AFFILIATE_PAYOUT', n: 1 },
    ]);
    expect(expectType((await maker.sdk.PayAffiliateStatement({ input: { statementId, currency: 'EUR', method: 'BANK_TRANSFER', reference: 'again' } })).payAffiliateStatement, 'AffiliateStatementAlreadyPaidError').currency).toBe('EUR');
    expect(await checkLedgerInvariants(owner, tenantUuid(tenant))).toEqual([]);

    // Audited, and announced.
    const audits = (await auditRows(owner, tenant.id, 'affiliate.statement.')).filter((a) => a.target_id === localId(statementId));
    expect(audits.map((a) => [a.action, a.target_type])).toEqual([
      ['affiliate.statement.submit', 'AffiliateStatement'],
      ['affiliate.statement.approve', 'AffiliateStatement'],
      ['affiliate.statement.pay', 'AffiliateStatement'],
    ]);
    expect(audits[2]!.diff).toMatchObject({ currency: 'EUR', amount: '25000', method: 'BANK_TRANSFER', reference: 'SEPA-2026-01-0042', status: { from: 'APPROVED', to: 'PAID' } });
    const common = { tenantId: tenantUuid(tenant), statementId: localId(statementId), affiliateId: affiliate, periodStart: '2026-01-01', periodEnd: '2026-02-01' };
    expect(await eventsOf(statementId)).toEqual([
      { type: 'affiliates.statement.approved', payload: { ...common, amounts: [{ currency: 'EUR', amount: '25000' }] } },
      { type: 'affiliates.statement.paid', payload: { ...common, amounts: [{ currency: 'EUR', amount: '25000' }] } },
    ]);

    // Listed, filtered, and on the affiliate.
    const listed = (await maker.sdk.AffiliateStatements({ filter: { periodStart: '2026-01-01', status: 'PAID' }, first: 100 })).affiliateStatements!;
    expect(listed.nodes.map((s) => s.id)).toEqual([statementId]);
    expect((await maker.sdk.AffiliateStatements({ filter: { affiliateId, status: 'COMPUTED' } })).affiliateStatements!.totalCount).toBe(0);
    expect((await maker.sdk.AffiliateWithStatements({ id: affiliateId, first: 10 })).affiliate!.statements.nodes.map((s) => [s.id, s.currencies.map((c) => c.payable.amount)])).toEqual([[statementId, ['25000', '0']]]);
  });

  it('may be rejected back to COMPUTED with a reason by another staff member, and submitted again', async () => {
    const { statementId } = await statementFor('2026-02-01', '2026-03-01');
    expectType((await checker.sdk.RejectAffiliateStatement({ input: { statementId, reason: 'not yet' } })).rejectAffiliateStatement, 'AffiliateStatementStatusError');
    expectType((await maker.sdk.SubmitAffiliateStatement({ input: { statementId } })).submitAffiliateStatement, 'SubmitAffiliateStatementPayload');
    expectType((await maker.sdk.SubmitAffiliateStatement({ input: { statementId } })).submitAffiliateStatement, 'AffiliateStatementStatusError');
    expectType((await maker.sdk.RejectAffiliateStatement({ input: { statementId, reason: 'mine' } })).rejectAffiliateStatement, 'AffiliateStatementSameStaffError');
    const empty = expectType((await checker.sdk.RejectAffiliateStatement({ input: { statementId, reason: '  ' } })).rejectAffiliateStatement, 'ValidationError');
    expect(empty.issues.map((i) => i.path.join('.'))).toEqual(['input.reason']);

    const rejected = expectType((await checker.sdk.RejectAffiliateStatement({ input: { statementId, reason: 'CPA of player 1 under review' } })).rejectAffiliateStatement, 'RejectAffiliateStatementPayload').statement;
    expect(rejected).toMatchObject({ status: 'COMPUTED', rejectionReason: 'CPA of player 1 under review', rejectedBy: { id: checker.id }, submittedAt: null, approvedAt: null });
    expect(await postingsOf(statementId)).toEqual([]);
    const audits = (await auditRows(owner, tenant.id, 'affiliate.statement.reject')).filter((a) => a.target_id === localId(statementId));
    expect(audits.map((a) => a.diff)).toEqual([{ status: { from: 'SUBMITTED', to: 'COMPUTED' }, reason: 'CPA of player 1 under review', submittedBy: `STAFF:${localId(maker.id)}` }]);

    // Submitted again, now by the checker, and approved by the first maker.
    expectType((await checker.sdk.SubmitAffiliateStatement({ input: { statementId } })).submitAffiliateStatement, 'SubmitAffiliateStatementPayload');
    expect(expectType((await maker.sdk.ApproveAffiliateStatement({ input: { statementId } })).approveAffiliateStatement, 'ApproveAffiliateStatementPayload').statement.status).toBe('APPROVED');
    expect(await postingsOf(statementId)).toEqual([{ code: 'AFFILIATE_COMMISSION', n: 1 }]);
  });

  it('with nothing payable needs no payout: it is PAID on approval, posting nothing', async () => {
    const { statementId } = await statementFor('2026-03-01', '2026-04-01', 'usd');
    expectType((await maker.sdk.SubmitAffiliateStatement({ input: { statementId } })).submitAffiliateStatement, 'SubmitAffiliateStatementPayload');
    const approved = expectType((await checker.sdk.ApproveAffiliateStatement({ input: { statementId } })).approveAffiliateStatement, 'ApproveAffiliateStatementPayload').statement;
    expect(approved.status).toBe('PAID');
    expect(approved.currencies.map((c) => [c.currency, c.payable.amount, c.commissionTransaction])).toEqual([['USD', '0', null]]);
    expect(await postingsOf(statementId)).toEqual([]);
    expect((await eventsOf(statementId)).map((e) => [e.type, e.payload['amounts']])).toEqual([
      ['affiliates.statement.approved', []],
      ['affiliates.statement.paid', []],
    ]);
    expectType((await maker.sdk.PayAffiliateStatement({ input: { statementId, currency: 'USD', method: 'OTHER', reference: 'x' } })).payAffiliateStatement, 'AffiliateStatementNothingPayableError');
  });

  it('approved by two checkers at once is approved once: one wins, the other is told, one posting', async () => {
    const { affiliateId, statementId } = await statementFor('2026-04-01', '2026-05-01');
    expectType((await maker.sdk.SubmitAffiliateStatement({ input: { statementId } })).submitAffiliateStatement, 'SubmitAffiliateStatementPayload');
    const answers = await Promise.all([checker, third].map(async (s) => (await s.sdk.ApproveAffiliateStatement({ input: { statementId } })).approveAffiliateStatement.__typename));
    expect(answers.sort()).toEqual(['AffiliateStatementStatusError', 'ApproveAffiliateStatementPayload']);
    expect(await postingsOf(statementId)).toEqual([{ code: 'AFFILIATE_COMMISSION', n: 1 }]);
    expect(await balanceOf('AFFILIATE', localId(affiliateId), 'EUR')).toBe('25000');
    expect(await checkLedgerInvariants(owner, tenantUuid(tenant))).toEqual([]);
  });

  it('is acted on only with affiliates:statements, and a failed approval leaves nothing behind', async () => {
    const { affiliateId, statementId } = await statementFor('2026-05-01', '2026-06-01');
    expect((await graphqlError(support.sdk.SubmitAffiliateStatement({ input: { statementId } }))).code).toBe('FORBIDDEN');
    expect((await support.sdk.AffiliateStatement({ id: statementId })).affiliateStatement?.id).toBe(statementId);
    expectType((await maker.sdk.SubmitAffiliateStatement({ input: { statementId } })).submitAffiliateStatement, 'SubmitAffiliateStatementPayload');

    // The affiliate's payable account frozen: the approval fails whole (no posting, still SUBMITTED, no event).
    const ledgerAccount = await owner.query(
      `insert into ledger_account (id, tenant_id, owner_type, owner_id, currency, kind, stripe, floor_policy, frozen)
       values (gen_random_uuid(), $1, 'AFFILIATE', $2, 'EUR', 'CASH', 0, 'NON_NEGATIVE', true) returning id`,
      [tenantUuid(tenant), localId(affiliateId)],
    );
    expect(ledgerAccount.rowCount).toBe(1);
    expectType((await checker.sdk.ApproveAffiliateStatement({ input: { statementId } })).approveAffiliateStatement, 'AccountFrozenError');
    expect(await postingsOf(statementId)).toEqual([]);
    expect(await eventsOf(statementId)).toEqual([]);
    expect((await maker.sdk.AffiliateStatement({ id: statementId })).affiliateStatement!.status).toBe('SUBMITTED');
    expect((await auditRows(owner, tenant.id, 'affiliate.statement.approve')).filter((a) => a.target_id === localId(statementId))).toEqual([]);

    // The wallet's own API does not move affiliate money: only the workflow does.
    const created = expectType((await tenant.admin.sdk.CreateApiKey({ input: { name: 'poster', permissions: ['WALLET_POST'] } })).createApiKey, 'CreateApiKeyPayload');
    const partner = server.sdk({ 'x-api-key': created.key });
    const refused = (
      await partner.PostTransfers({
        input: {
          idempotencyKey: `affiliate-steal-${Date.now()}`,
          code: 'ADJUST',
          transfers: [{ from: { ownerType: 'AFFILIATE', ownerRef: localId(affiliateId), currency: 'EUR' }, to: { ownerType: 'WORLD', currency: 'EUR' }, amount: '1' }],
        },
      })
    ).postTransfers;
    expect(expectType(refused, 'ValidationError').issues.map((i) => [i.path.join('.'), i.message])).toEqual([['input.transfers.0.from.ownerType', 'AFFILIATE accounts are moved only by the affiliates module']]);
  });

  it('refuses unknown and other tenants\' statements', async () => {
    const other = await newTenant(server, platform);
    const missing = globalId('AffiliateStatement', '00000000-0000-7000-8000-000000000000');
    expectType((await other.admin.sdk.SubmitAffiliateStatement({ input: { statementId: missing } })).submitAffiliateStatement, 'NotFoundError');
    const { statementId } = await statementFor('2026-06-01', '2026-07-01');
    expect((await other.admin.sdk.AffiliateStatement({ id: statementId })).affiliateStatement).toBeNull();
    expectType((await other.admin.sdk.SubmitAffiliateStatement({ input: { statementId } })).submitAffiliateStatement, 'NotFoundError');
  });
});

describe('a page of statements', () => {
  it('costs the same number of SQL statements for 20 statements as for 2 (references and currency lines batched)', async () => {
    const affiliates = [];
    for (let i = 0; i < 20; i++) affiliates.push(await affiliateOnPlan());
    await storeComputedPeriod(
      server,
      tenant,
      { start: '2026-09-01', end: '2026-10-01' },
      affiliates.map((a) => ({
        affiliateId: localId(a.id),
        players: [{ playerId: randomUUID(), currency: 'USD', registeredOn: '2026-09-02', firstDeposit: null, activity: [], period: components(5000n, 1000n), ...NO_FLAGS }],
      })),
    );
    let statements = 0;
    const originalQuery = pg.Client.prototype.query;
    pg.Client.prototype.query = function countedQuery(this: pg.Client, ...args: unknown[]) {
      statements += 1;
      return (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof pg.Client.prototype.query;
    try {
      // The fewest statements of a few tries: background work may add to a window, never remove.
      const measure = async (first: number) => {
        let fewest = Number.POSITIVE_INFINITY;
        for (let attempt = 0; attempt < 4; attempt++) {
          const before = statements;
          const page = (await maker.sdk.AffiliateStatements({ filter: { periodStart: '2026-09-01' }, first })).affiliateStatements!;
          expect(page.nodes).toHaveLength(first);
          expect(page.nodes.every((n) => n.currencies[0]!.payable.amount === '1000' && n.affiliate !== null && n.plan !== null)).toBe(true);
          fewest = Math.min(fewest, statements - before);
        }
        return fewest;
      };
      const small = await measure(2);
      const large = await measure(20);
      // Row by row, the 18 extra rows would cost at least 18 × 3 more (affiliate, plan, currency lines).
      expect(large - small).toBeLessThan(12);
    } finally {
      pg.Client.prototype.query = originalQuery;
    }
  });
});

describe('a statement in a currency the tenant has since dropped', () => {
  it('is refused at approval with UnsupportedCurrencyError, leaving nothing behind', async () => {
    const { statementId } = await statementFor('2026-07-01', '2026-08-01');
    expectType((await maker.sdk.SubmitAffiliateStatement({ input: { statementId } })).submitAffiliateStatement, 'SubmitAffiliateStatementPayload');
    const dropEur = await platform.UpdateTenant({ input: { id: tenant.id, currencies: ['USD'], defaultCurrency: 'USD' } });
    expectType(dropEur.updateTenant, 'UpdateTenantPayload');
    try {
      const refused = expectType((await checker.sdk.ApproveAffiliateStatement({ input: { statementId } })).approveAffiliateStatement, 'UnsupportedCurrencyError');
      expect(refused.message).toContain('EUR');
      expect(await postingsOf(statementId)).toEqual([]);
      expect(await eventsOf(statementId)).toEqual([]);
      expect((await checker.sdk.AffiliateStatement({ id: statementId })).affiliateStatement!.status).toBe('SUBMITTED');
    } finally {
      expectType((await platform.UpdateTenant({ input: { id: tenant.id, currencies: ['EUR', 'USD'], defaultCurrency: 'EUR' } })).updateTenant, 'UpdateTenantPayload');
    }
  });
});
