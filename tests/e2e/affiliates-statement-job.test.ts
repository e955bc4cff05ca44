import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { randomBytes } from 'node:crypto';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { expectType, globalId, localId, platformAdmin, tenantContext } from '../helpers/world.js';
import { sendStripeWebhook, startFakeStripe, type FakeStripe } from '../helpers/fake-stripe.js';
import { confirmedStripeDeposit, ownerDb, paymentsWorld, spend, STRIPE_SECRET, type PaymentsWorld } from '../helpers/payments.js';
import { playerGlobalId } from '../helpers/wallet.js';
import { fund } from '../helpers/seamless.js';
import { clickId, emailCapture, onboard, partner, trackedPlayer, type Partner } from '../helpers/affiliates.js';
import { auditRows } from '../helpers/audit-rows.js';
import { graphqlError } from '../helpers/errors.js';
import { computeDueStatements } from '../../modules/affiliates/index.js';
import type { AffiliatePlanTermsInput } from '../sdk.js';

/**
 * The monthly statement job end to end (issue #19, docs/affiliates.md "Statements"): real clicks,
 * tracked registrations, Stripe deposits, bets and wins, and a lost dispute, computed into stored
 * statements by the job; idempotent per tenant and month; a CPA clawed back on the next month's
 * statement after its qualifying deposit is charged back. Every figure is worked out by hand below.
 *
 * The activity happens now (December 2026); the job is told "now" is in a later month, so the
 * months it computes are closed. The one fact moved in time is the dispute's close (to January),
 * through the owner connection, so that the chargeback falls after the December statement.
 */
const capture = emailCapture();
let server: TestServer;
let stripe: FakeStripe;
let platform: Sdk;
let world: PaymentsWorld;
let owner: pg.Client;
let top: Partner;
let sub: Partner;

const PLAN: AffiliatePlanTermsInput = {
  cpa: { windowDays: 30, holdDays: 0, minBets: 1, byCurrency: [{ currency: 'EUR', amount: '5000', baseline: '2000' }] },
  revShare: { basis: 'NGR', mode: 'WHOLE', ngrTiers: [{ currency: 'EUR', tiers: [{ from: '0', rate: '0.25' }] }] },
  ngr: { bonusCost: true, chargebacks: true },
  negativeCarryover: true,
  subAffiliateRate: '0.10',
  clawbackDays: 90,
};

beforeAll(async () => {
  stripe = await startFakeStripe();
  server = await startServer({ logLevel: 'info', logStream: capture.logStream, env: capture.env });
  platform = (await platformAdmin(server)).sdk;
  world = await paymentsWorld(server, platform, { code: 'stripe', endpoint: stripe.url, freeze: 'NEVER' });
  owner = await ownerDb();
  const plan = expectType((await world.tenant.admin.sdk.CreateAffiliatePlan({ input: { name: 'Hybrid 25%', terms: PLAN } })).createAffiliatePlan, 'CreateAffiliatePlanPayload').plan;
  top = await partner(world.tenant, 'top');
  sub = await partner(world.tenant, 'sub', { parentId: top.id });
  for (const affiliate of [top, sub]) {
    expectType((await world.tenant.admin.sdk.AssignAffiliatePlan({ input: { affiliateId: affiliate.id, planId: plan.id } })).assignAffiliatePlan, 'AssignAffiliatePlanPayload');
  }
});
afterAll(async () => {
  await owner?.end();
  await server?.close();
  await stripe?.close();
});

/** A player registered with the given tracking, signed in. */
function trackedBy(tracking: { clickId?: string; affiliateCode?: string } | null) {
  return trackedPlayer(server, world.tenant, tracking);
}

async function deposit(p: { sdk: Sdk }, amount: number) {
  const made = await confirmedStripeDeposit(stripe, world.webhookUrl, p.sdk, amount);
  expect(made.answer.status).toBe(200);
  return made;
}

/** The player stakes cash with the house, as a game would. */
async function bet(playerId: string, amount: string, currency: string) {
  const result = await world.partner.PostTransfers({
    input: { idempotencyKey: `bet-${randomBytes(6).toString('hex')}`, code: 'BET', transfers: [{ from: { ownerType: 'PLAYER', ownerId: playerGlobalId(playerId), currency, kind: 'CASH' }, to: { ownerType: 'HOUSE', currency }, amount }] },
  });
  expectType(result.postTransfers, 'PostTransfersPayload');
}

/** The house pays the player a win, as a game would. */
async function win(playerId: string, amount: string) {
  const result = await world.partner.PostTransfers({
    input: { idempotencyKey: `win-${randomBytes(6).toString('hex')}`, code: 'WIN', transfers: [{ from: { ownerType: 'HOUSE', currency: 'EUR' }, to: { ownerType: 'PLAYER', ownerId: playerGlobalId(playerId), currency: 'EUR', kind: 'CASH' }, amount }] },
  });
  expectType(result.postTransfers, 'PostTransfersPayload');
}

async function statementOf(affiliateId: string, periodStart: string) {
  const { rows: [statement] } = await owner.query(
    `select s.id, s.status, s.funnel, s.plan_version from affiliate_statement s where s.affiliate_id = $1 and s.period_start = $2`,
    [localId(affiliateId), periodStart],
  );
  if (!statement) return null;
  const { rows: currencies } = await owner.query(
    `select currency, ngr->>'ngr' as ngr, rev_share->>'amount' as rev_share, own::text, sub_affiliate_override::text as override, due::text, payable::text,
            carry_out_rev_share::text, carry_out_debt::text
       from affiliate_statement_currency where statement_id = $1 order by currency`,
    [statement.id],
  );
  const { rows: lines } = await owner.query(`select kind, amount::text, players from affiliate_statement_line where statement_id = $1 order by currency, position`, [statement.id]);
  return { ...statement, currencies, lines };
}

describe('the monthly statement job', () => {
  let qualified: { id: string; sdk: Sdk };
  let qualifyingIntent: string;

  it('computes December from live facts: RevShare, CPA and the sub-affiliate override', async () => {
    // The top affiliate's players come by clicks on its link; the sub's by its code.
    qualified = await trackedBy({ clickId: await clickId(server, world.tenant.slug, top.linkCode) });
    const small = await trackedBy({ clickId: await clickId(server, world.tenant.slug, top.linkCode) });
    const ofSub = await trackedBy({ affiliateCode: sub.code });
    const stranger = await trackedBy(null);
    const duplicate = await trackedBy({ clickId: await clickId(server, world.tenant.slug, top.linkCode) });
    const inDollars = await trackedBy({ affiliateCode: sub.code }); // plays in USD, which the plan does not price

    qualifyingIntent = (await deposit(qualified, 5000)).intentId; // ≥ the 20.00 baseline
    await spend(world, qualified.id, '3000');
    await deposit(small, 1000); // below the baseline: no CPA
    await spend(world, small.id, '1000');
    await deposit(ofSub, 4000);
    await spend(world, ofSub.id, '2000');
    await win(ofSub.id, '500');
    await deposit(stranger, 9000); // attributed to nobody: in no statement
    await spend(world, stranger.id, '9000');
    await deposit(duplicate, 3000); // would qualify, but staff exclude it as a duplicate account
    await fund(world.partner, inDollars.id, 5000, 0, 'USD');
    await bet(inDollars.id, '2000', 'USD');
    await spend(world, duplicate.id, '1000');

    // Excluding a player: affiliates:manage only; audited on the affiliate; a player attributed to nobody is not found.
    const exclude = (sdk: Sdk, playerId: string) => sdk.SetAffiliatePlayerExclusion({ input: { playerId: playerGlobalId(playerId), reason: 'DUPLICATE', note: 'same device as another account' } });
    expect((await graphqlError(exclude(world.finance.sdk, duplicate.id))).code).toBe('FORBIDDEN');
    expect((await exclude(world.tenant.admin.sdk, stranger.id)).setAffiliatePlayerExclusion.__typename).toBe('NotFoundError');
    const excluded = expectType((await exclude(world.tenant.admin.sdk, duplicate.id)).setAffiliatePlayerExclusion, 'SetAffiliatePlayerExclusionPayload').attribution;
    expect(excluded).toMatchObject({ affiliate: { id: top.id }, exclusion: { reason: 'DUPLICATE', note: 'same device as another account' } });
    expect(await auditRows(owner, world.tenant.id, 'affiliate.player.')).toEqual([
      { action: 'affiliate.player.exclude', target_type: 'Affiliate', target_id: localId(top.id), diff: { reason: { from: null, to: 'DUPLICATE' }, note: { from: null, to: 'same device as another account' } } },
    ]);

    const ctx = await tenantContext(server, world.tenant);
    expect(await computeDueStatements(ctx, { now: new Date('2027-01-15T00:00:00Z') })).toEqual({ months: 1, statements: 2 });

    // Sub: GGR 20.00 − 5.00 = 15.00 = NGR; RevShare 25% = 3.75; CPA 50.00 (4,000 ≥ 2,000, one bet). Own 53.75.
    const ofSubStatement = await statementOf(sub.id, '2026-12-01');
    // The USD player is left out (the plan prices EUR only) and shown as such, instead of failing the month.
    const { affiliateStatement: staffView } = await world.finance.sdk.AffiliateStatement({ id: globalId('AffiliateStatement', ofSubStatement!.id) });
    expect(staffView!.unpriced).toEqual([{ currency: 'USD', players: 1, stakes: { amount: '2000' }, wins: { amount: '0' }, deposits: { amount: '0' } }]);
    expect(ofSubStatement!.currencies).toEqual([
      { currency: 'EUR', ngr: '1500', rev_share: '375', own: '5375', override: '0', due: '5375', payable: '5375', carry_out_rev_share: '0', carry_out_debt: '0' },
    ]);
    // Top: NGR 30.00 + 10.00 + 10.00 (the excluded player's play still counts) = 50.00; RevShare
    // 25% = 12.50; CPA 50.00 for one of three depositors (one below the baseline, one excluded);
    // override 10% × 53.75 = 5.375 → 5.37 (toward zero). Due 67.87.
    const ofTop = await statementOf(top.id, '2026-12-01');
    expect(ofTop!.status).toBe('COMPUTED');
    expect(ofTop!.funnel).toEqual({ clicks: 3, registrations: 3, firstDeposits: 3, qualified: 2, excluded: 1, approved: 1 });
    expect(ofTop!.currencies).toEqual([
      { currency: 'EUR', ngr: '5000', rev_share: '1250', own: '6250', override: '537', due: '6787', payable: '6787', carry_out_rev_share: '0', carry_out_debt: '0' },
    ]);
    expect(ofTop!.lines.map((l: { kind: string; amount: string }) => `${l.kind} ${l.amount}`)).toEqual(['REVSHARE 1250', 'CPA 5000', 'SUB_AFFILIATE_OVERRIDE 537']);
    expect(ofTop!.lines.find((l: { kind: string }) => l.kind === 'CPA').players).toEqual([qualified.id]);
    const { rows: standing } = await owner.query(`select cpa_status, exclusions from affiliate_statement_player where statement_id = $1 and player_id = $2`, [ofTop!.id, duplicate.id]);
    expect(standing).toEqual([{ cpa_status: 'EXCLUDED', exclusions: ['DUPLICATE'] }]);
    const { rows: cpa } = await owner.query(`select player_id, amount::text, paid_on::text, clawed_back_statement_id from affiliate_cpa where affiliate_id = $1`, [localId(top.id)]);
    expect(cpa).toEqual([{ player_id: qualified.id, amount: '5000', paid_on: '2027-01-01', clawed_back_statement_id: null }]);
  });

  it('is idempotent: a rerun and concurrent runs compute nothing twice', async () => {
    const ctx = await tenantContext(server, world.tenant);
    const runs = await Promise.all([1, 2, 3].map(() => computeDueStatements(ctx, { now: new Date('2027-01-20T00:00:00Z') })));
    expect(runs).toEqual([1, 2, 3].map(() => ({ months: 0, statements: 0 })));
    const { rows } = await owner.query(`select count(*)::int as n from affiliate_statement s join tenant t on t.id = s.tenant_id where t.slug = $1`, [world.tenant.slug]);
    expect(rows[0].n).toBe(2);
  });

  it('claws back the paid CPA on January\'s statement when the qualifying deposit is charged back', async () => {
    const dispute = { id: `dp_aff_${randomBytes(4).toString('hex')}`, object: 'dispute', amount: 5000, currency: 'eur', payment_intent: qualifyingIntent, reason: 'fraudulent', status: 'needs_response' };
    expect((await sendStripeWebhook(world.webhookUrl, stripe.event('charge.dispute.created', dispute), STRIPE_SECRET)).status).toBe(200);
    expect((await sendStripeWebhook(world.webhookUrl, stripe.event('charge.dispute.closed', { ...dispute, status: 'lost' }), STRIPE_SECRET)).status).toBe(200);
    // Lost on 10 January (35 days after the 6 December deposit, inside the 90-day window).
    await owner.query(`update payment_dispute set closed_at = '2027-01-10T12:00:00Z', updated_at = '2027-01-10T12:00:00Z' where provider_ref = $1`, [dispute.id]);

    const ctx = await tenantContext(server, world.tenant);
    expect(await computeDueStatements(ctx, { now: new Date('2027-02-03T00:00:00Z') })).toEqual({ months: 1, statements: 2 });
    // January: the chargeback is the period's only fact: NGR −50.00; RevShare 25% = −12.50, carried;
    // the 50.00 CPA clawed back: due −50.00 (RevShare payable 0), carried as debt.
    const january = await statementOf(top.id, '2027-01-01');
    expect(january!.currencies).toEqual([
      { currency: 'EUR', ngr: '-5000', rev_share: '-1250', own: '-5000', override: '0', due: '-5000', payable: '0', carry_out_rev_share: '-1250', carry_out_debt: '-5000' },
    ]);
    expect(january!.lines.find((l: { kind: string }) => l.kind === 'CLAWBACK')).toMatchObject({ amount: '-5000', players: [qualified.id] });
    const { rows: cpa } = await owner.query(`select clawed_back_statement_id from affiliate_cpa where player_id = $1`, [qualified.id]);
    expect(cpa[0].clawed_back_statement_id).toBe(january!.id);
  });

  it('shows each affiliate its own statements in its portal: NGR and commission by month, aggregates only', async () => {
    const topPortal = (await onboard(server, world.tenant, capture.emails, { id: top.id, email: `${top.code}@aff.test` })).sdk;
    const subPortal = (await onboard(server, world.tenant, capture.emails, { id: sub.id, email: `${sub.code}@aff.test` })).sdk;
    const answer = (await topPortal.MyAffiliateStatements({ first: 10 })).myAffiliate!.statements;
    expect(answer.totalCount).toBe(2);
    const [january, december] = answer.nodes;
    expect(december).toMatchObject({
      periodStart: '2026-12-01',
      periodEnd: '2027-01-01',
      status: 'COMPUTED',
      funnel: { clicks: 3, registrations: 3, firstDeposits: 3, qualified: 2, excluded: 1, approved: 1 },
      newPayingPlayers: 2,
    });
    expect(december!.currencies).toEqual([
      {
        currency: 'EUR',
        ngr: { ggr: { amount: '5000' }, ngr: { amount: '5000' } },
        own: { amount: '6250' },
        subAffiliateOverride: { amount: '537' },
        due: { amount: '6787' },
        payable: { amount: '6787' },
        carryOutRevShare: { amount: '0' },
        carryOutDebt: { amount: '0' },
        lines: [
          expect.objectContaining({ kind: 'REVSHARE', amount: { amount: '1250' }, playerCount: 0 }),
          expect.objectContaining({ kind: 'CPA', amount: { amount: '5000' }, playerCount: 1 }),
          expect.objectContaining({ kind: 'SUB_AFFILIATE_OVERRIDE', amount: { amount: '537' }, playerCount: 0 }),
        ],
        paidAt: null,
      },
    ]);
    expect(january!.currencies[0]).toMatchObject({ due: { amount: '-5000' }, payable: { amount: '0' }, carryOutRevShare: { amount: '-1250' }, carryOutDebt: { amount: '-5000' } });
    expect(january!.currencies[0]!.lines.find((l) => l.kind === 'CLAWBACK')).toMatchObject({ amount: { amount: '-5000' }, playerCount: 1 });
    // No player's id, in either form, reaches the affiliate.
    const text = JSON.stringify(answer);
    for (const id of [qualified.id, playerGlobalId(qualified.id)]) expect(text).not.toContain(id);
    // The sub sees its own two months only.
    const ofSub = (await subPortal.MyAffiliateStatements({ first: 10 })).myAffiliate!.statements;
    expect(ofSub.nodes.map((n) => [n.periodStart, n.currencies.map((c) => c.due.amount)])).toEqual([['2027-01-01', ['0']], ['2026-12-01', ['5375']]]);
  });
});
