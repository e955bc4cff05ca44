/**
 * The bonus API through GraphQL (issue #16, docs/bonus.md "Grants"): claims of each kind, every
 * eligibility refusal leaving nothing behind, idempotency, budgets, the abuse hold and its
 * review, forfeits, the withdrawal rule, bonusUpdated, and the audit trail.
 */
import { randomUUID } from 'node:crypto';
import { print } from 'graphql';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BonusUpdatedDocument, type BonusUpdatedSubscription } from '../../codegen/sdk.js';
import { systemContext, tenantTx, type Context } from '../../src/context.js';
import { newId } from '../../src/ids.js';
import type { TermsInput } from '../../modules/bonus/index.js';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { startFakeStripe, type FakeStripe } from '../helpers/fake-stripe.js';
import { confirmedStripeDeposit, eur, ownerDb, paymentsWorld, type PaymentsWorld } from '../helpers/payments.js';
import { collect, settle } from '../helpers/subscriptions.js';
import { checkLedgerInvariants } from '../helpers/ledger-invariants.js';
import { bearer, expectType, localId, newStaff, platformAdmin, PASSWORD } from '../helpers/world.js';
import { templateBySql } from '../helpers/bonus-fixtures.js';

let server: TestServer;
let stripe: FakeStripe;
let world: PaymentsWorld;
let ctx: Context;
let db: pg.Client;
let tenantId: string;
let risk: Awaited<ReturnType<typeof newStaff>>;
let support: Awaited<ReturnType<typeof newStaff>>;
let admin: Sdk;

interface TestPlayer {
  id: string;
  globalId: string;
  token: string;
  sdk: Sdk;
}

let addressCounter = 10;

/** A registered player whose requests come from an address of their own (TRUST_PROXY), so claims share no IP unless a test wants it. */
async function player(options: { country?: string; ip?: string } = {}): Promise<TestPlayer> {
  const { registerPlayer } = await world.tenant.public.RegisterPlayer({
    input: { email: `b-${randomUUID().slice(0, 8)}@player.test`, password: PASSWORD, displayName: 'Player', ...(options.country ? { country: options.country } : {}) },
  });
  const registered = expectType(registerPlayer, 'RegisterPlayerPayload');
  const token = registered.tokens.accessToken;
  const ip = options.ip ?? `10.0.${Math.floor(addressCounter / 250)}.${(addressCounter++ % 250) + 1}`;
  return { id: localId(registered.player.id), globalId: registered.player.id, token, sdk: server.sdk({ ...bearer(token), 'x-forwarded-for': ip }) };
}

/** A template made behind the API's back (its own API is tested in bonus-templates), as its global id. */
async function template(terms: TermsInput): Promise<string> {
  return Buffer.from(`BonusTemplate:${await templateBySql(ctx, terms)}`).toString('base64');
}

async function budget(templateGlobalId: string | null, totalLimit: string): Promise<string> {
  const id = newId();
  await tenantTx(ctx, (tx) =>
    tx.em.execute(`insert into bonus_budget (id, tenant_id, template_id, currency, basis, period, total_limit) values (?, ?, ?, 'EUR', 'FACE_VALUE', 'TOTAL', ?)`, [
      id, tx.tenantId, templateGlobalId ? localId(templateGlobalId) : null, totalLimit,
    ]),
  );
  return id;
}

const noDeposit = (amount = '1000', extra: Partial<TermsInput> = {}): TermsInput => ({
  kind: 'NO_DEPOSIT',
  currencies: { EUR: { amount, maxBet: '500' }, USD: { amount } },
  wagering: { multiplier: 10 },
  validityHours: 24,
  ...extra,
});

/** Everything a grant of the player would leave: grant rows, BONUS ledger entries, reservations of the tenant, bonus events. */
async function footprint(playerId: string) {
  const one = async (sql: string, params: unknown[]) => Number((await db.query<{ n: string }>(sql, params)).rows[0]!.n);
  return {
    grants: await one(`select count(*) as n from bonus_grant where tenant_id = $1 and player_id = $2`, [tenantId, playerId]),
    entries: await one(
      `select count(*) as n from ledger_entry e join ledger_account a on a.id = e.account_id where a.tenant_id = $1 and a.owner_id = $2 and a.kind = 'BONUS'`,
      [tenantId, playerId],
    ),
    reserved: await one(`select coalesce(sum(reserved + consumed), 0) as n from bonus_budget_usage where tenant_id = $1`, [tenantId]),
    events: await one(`select count(*) as n from outbox_event where tenant_id = $1 and type = 'bonus.updated'`, [tenantId]),
  };
}

async function auditActions(grantGlobalId: string): Promise<{ action: string; diff: Record<string, unknown> }[]> {
  const { rows } = await db.query<{ action: string; diff: Record<string, unknown> }>(
    `select action, diff from audit_event where tenant_id = $1 and target_type = 'BonusGrant' and target_id = $2 order by seq`,
    [tenantId, localId(grantGlobalId)],
  );
  return rows;
}

async function claim(p: TestPlayer, templateId: string, extra: { currency?: string; idempotencyKey?: string; depositTransactionId?: string; deviceFingerprint?: string } = {}) {
  const { claimBonus } = await p.sdk.ClaimBonus({
    input: { templateId, currency: extra.currency ?? 'EUR', idempotencyKey: extra.idempotencyKey ?? `claim-${randomUUID()}`, ...(extra.depositTransactionId ? { depositTransactionId: extra.depositTransactionId } : {}), ...(extra.deviceFingerprint ? { deviceFingerprint: extra.deviceFingerprint } : {}) },
  });
  return claimBonus;
}

beforeAll(async () => {
  stripe = await startFakeStripe();
  server = await startServer({ env: { TRUST_PROXY: 'true' } });
  const platform = (await platformAdmin(server)).sdk;
  world = await paymentsWorld(server, platform, { code: 'stripe', endpoint: stripe.url, dualApprovalAbove: null });
  admin = world.tenant.admin.sdk;
  tenantId = localId(world.tenant.id);
  risk = await newStaff(server, platform, world.tenant.slug, ['RISK']);
  support = await newStaff(server, platform, world.tenant.slug, ['SUPPORT']);
  const ref = await server.platform.services.tenants.bySlug(server.platform.services, world.tenant.slug);
  ctx = systemContext(server.platform.services, ref);
  db = await ownerDb();
  // A tenant-wide budget, large enough for every test: refusals must leave its usage untouched.
  await budget(null, '100000000');
}, 60_000);

afterAll(async () => {
  expect(await checkLedgerInvariants(db, tenantId)).toEqual([]);
  await db?.end();
  await server?.close();
  await stripe?.close();
});

describe('claims', () => {
  it('claims a no-deposit bonus: posted to the bonus balance, with progress, expiry, max bet and its forfeit cost', async () => {
    const p = await player();
    const templateId = await template(noDeposit());
    const grant = expectType(await claim(p, templateId), 'ClaimBonusPayload').grant;
    expect(grant).toMatchObject({
      player: { id: p.globalId },
      kind: 'NO_DEPOSIT',
      status: 'ACTIVE',
      currency: 'EUR',
      granted: { amount: '1000' },
      balance: { amount: '1000' },
      forfeitCost: { amount: '1000' },
      maxBet: { amount: '500' },
      progress: { wagered: { amount: '0' }, required: { amount: '10000' }, percent: 0, contributions: [] },
      freeBets: null,
      // The template is for staff: a player sees the grant's own terms.
      template: null,
      templateVersion: 1,
      endReason: null,
      converted: null,
    });
    expect(new Date(grant.expiresAt).getTime() - Date.now()).toBeGreaterThan(23 * 3600_000);
    expect((await eur(p.sdk)).bonus).toBe('1000');
    const mine = (await p.sdk.MyBonuses({})).myBonuses!;
    expect(mine.totalCount).toBe(1);
    expect(mine.nodes[0]).toMatchObject({ id: grant.id, status: 'ACTIVE', balance: { amount: '1000' }, forfeitCost: { amount: '1000' }, progress: { percent: 0 } });
    expect(await auditActions(grant.id)).toEqual([expect.objectContaining({ action: 'bonus.grant' })]);
  });

  it('shows the per-game contribution of the grant\'s wagering', async () => {
    const p = await player();
    const grant = expectType(await claim(p, await template(noDeposit())), 'ClaimBonusPayload').grant;
    // The seamless callbacks write these rows (another part of the issue); the API reads them.
    await db.query(`insert into bonus_contribution (tenant_id, grant_id, game, staked, wagered) values ($1, $2, 'slot-1', 1000, 1000), ($1, $2, 'roulette', 2000, 200)`, [tenantId, localId(grant.id)]);
    await db.query(`update bonus_grant set wagered = 1200 where id = $1`, [localId(grant.id)]);
    const { node } = await p.sdk.BonusGrant({ id: grant.id });
    expect(node).toMatchObject({
      progress: {
        wagered: { amount: '1200' },
        percent: 12,
        contributions: [
          { gameCode: 'slot-1', staked: { amount: '1000' }, wagered: { amount: '1000' } },
          { gameCode: 'roulette', staked: { amount: '2000' }, wagered: { amount: '200' } },
        ],
      },
    });
  });

  it('matches a real confirmed deposit, once', async () => {
    const p = await player();
    const deposit = await confirmedStripeDeposit(stripe, world.webhookUrl, p.sdk, 2000);
    expect(deposit.answer.status).toBe(200);
    const payment = (await world.finance.sdk.Payment({ id: deposit.paymentId })).payment!;
    const depositTransactionId = payment.ledgerTransaction!.id;
    const templateId = await template({
      kind: 'DEPOSIT_MATCH',
      matchPercent: 50,
      currencies: { EUR: { maxBonus: '5000', minDeposit: '1000' } },
      wagering: { multiplier: 5, base: 'BONUS_PLUS_DEPOSIT' },
      validityHours: 48,
    });
    const grant = expectType(await claim(p, templateId, { depositTransactionId }), 'ClaimBonusPayload').grant;
    expect(grant).toMatchObject({ kind: 'DEPOSIT_MATCH', granted: { amount: '1000' }, progress: { required: { amount: '15000' } } });
    expect(await eur(p.sdk)).toMatchObject({ cash: '2000', bonus: '1000' });
    const again = await claim(p, templateId, { depositTransactionId });
    expect(again).toMatchObject({ __typename: 'BonusNotEligibleError', reason: 'DEPOSIT_ALREADY_MATCHED' });
    // Without the deposit, and with a payment's id instead of its ledger transaction's.
    expect(await claim(p, templateId)).toMatchObject({ __typename: 'BonusNotEligibleError', reason: 'DEPOSIT_REQUIRED' });
    expect(await claim(p, templateId, { depositTransactionId: deposit.paymentId })).toMatchObject({ __typename: 'InvalidIdError', expectedType: 'LedgerTransaction' });
  });

  it('grants free bets with their count, stake and games, and refuses a cashback claim with nothing to pay back', async () => {
    const p = await player();
    const freeBets = await template({
      kind: 'FREE_BETS',
      currencies: { EUR: { freeBetStake: '100' } },
      freeBets: { count: 5, games: ['slot-1', 'slot-2'], winsTo: 'BONUS' },
      wagering: { multiplier: 1 },
      validityHours: 24,
    });
    const grant = expectType(await claim(p, freeBets), 'ClaimBonusPayload').grant;
    expect(grant).toMatchObject({ kind: 'FREE_BETS', status: 'ACTIVE', granted: { amount: '0' }, freeBets: { total: 5, used: 0, stake: { amount: '100' }, games: ['slot-1', 'slot-2'] } });
    const cashback = await template({ kind: 'CASHBACK', cashbackPercent: 10, cashbackPeriod: 'WEEK', currencies: { EUR: { maxBonus: '1000' } }, wagering: { multiplier: 1 }, validityHours: 24 });
    expect(await claim(p, cashback)).toMatchObject({ __typename: 'BonusNotEligibleError', reason: 'NOTHING_TO_GRANT' });
  });

  it('lists a player\'s bonuses newest first, by status, for the player and staff with bonus:read', async () => {
    const p = await player();
    const first = expectType(await claim(p, await template(noDeposit('100'))), 'ClaimBonusPayload').grant;
    const second = expectType(await claim(p, await template(noDeposit('200'))), 'ClaimBonusPayload').grant;
    expectType((await p.sdk.ForfeitBonus({ input: { grantId: first.id } })).forfeitBonus, 'ForfeitBonusPayload');
    const all = (await p.sdk.MyBonuses({ first: 1 })).myBonuses!;
    expect(all.totalCount).toBe(2);
    expect(all.nodes.map((g) => g.id)).toEqual([second.id]);
    const next = (await p.sdk.MyBonuses({ first: 1, after: all.pageInfo.endCursor })).myBonuses!;
    expect(next.nodes.map((g) => g.id)).toEqual([first.id]);
    expect((await p.sdk.MyBonuses({ status: 'FORFEITED' })).myBonuses!.nodes.map((g) => g.id)).toEqual([first.id]);
    const bySupport = (await support.sdk.PlayerBonuses({ id: p.globalId, status: 'ACTIVE' })).player!.bonuses;
    expect(bySupport.nodes.map((g) => g.id)).toEqual([second.id]);
    // Another player cannot read the grant by id.
    const other = await player();
    expect((await other.sdk.BonusGrant({ id: second.id })).node).toBeNull();
  });
});

describe('eligibility refusals leave nothing behind', () => {
  const cases: { name: string; terms: Partial<TermsInput>; prepare: (p: TestPlayer) => Promise<void>; country?: string; expected: Record<string, unknown> }[] = [
    { name: 'country', terms: { eligibility: { countries: ['GB'] } }, country: 'TR', prepare: async () => undefined, expected: { __typename: 'BonusNotEligibleError', reason: 'COUNTRY' } },
    { name: 'tags', terms: { eligibility: { tags: ['vip'] } }, prepare: async () => undefined, expected: { __typename: 'BonusNotEligibleError', reason: 'TAGS' } },
    {
      name: 'excluded tag',
      terms: { eligibility: { excludedTags: ['bonus-abuser'] } },
      prepare: async (p) => void expectType((await admin.AddPlayerTags({ input: { playerId: p.globalId, tags: ['bonus-abuser'] } })).addPlayerTags, 'AddPlayerTagsPayload'),
      expected: { __typename: 'BonusNotEligibleError', reason: 'EXCLUDED_TAG' },
    },
    {
      name: 'blocked',
      terms: {},
      // A blocked player cannot sign in; staff grant to them instead.
      prepare: async (p) => void expectType((await admin.BlockPlayer({ input: { playerId: p.globalId, reason: 'fraud review' } })).blockPlayer, 'BlockPlayerPayload'),
      expected: { __typename: 'BonusNotEligibleError', reason: 'PLAYER_BLOCKED' },
    },
    {
      name: 'self-excluded',
      terms: {},
      prepare: async (p) => void expectType((await p.sdk.SelfExclude({ months: 6 })).selfExclude, 'SelfExcludePayload'),
      expected: { __typename: 'SelfExcludedError' },
    },
    {
      name: 'timed out',
      terms: {},
      prepare: async (p) => void expectType((await p.sdk.TakeTimeOut({ hours: 24 })).takeTimeOut, 'TakeTimeOutPayload'),
      expected: { __typename: 'TimeOutActiveError' },
    },
  ];
  for (const c of cases) {
    it(`refuses a ${c.name} player: no grant, no ledger entry, no budget use, no event`, async () => {
      const p = await player(c.country ? { country: c.country } : {});
      const templateId = await template(noDeposit('1000', c.terms));
      await c.prepare(p);
      const before = await footprint(p.id);
      // Staff grant (the same rules as a claim), so a blocked player is covered too.
      const { grantBonus } = await admin.GrantBonus({ input: { playerId: p.globalId, templateId, currency: 'EUR', idempotencyKey: `staff-${randomUUID()}` } });
      expect(grantBonus).toMatchObject(c.expected);
      expect(await footprint(p.id)).toEqual(before);
      expect(before.grants).toBe(0);
      expect(before.entries).toBe(0);
    });
  }
});

describe('idempotency and budgets', () => {
  it('answers a replay with the same grant and a conflicting replay with a typed conflict; keys are per player', async () => {
    const p = await player();
    const templateId = await template(noDeposit());
    const idempotencyKey = `same-${randomUUID()}`;
    const first = expectType(await claim(p, templateId, { idempotencyKey }), 'ClaimBonusPayload');
    expect(first.replay).toBe(false);
    const replay = expectType(await claim(p, templateId, { idempotencyKey }), 'ClaimBonusPayload');
    expect(replay).toMatchObject({ replay: true, grant: { id: first.grant.id } });
    const before = await footprint(p.id);
    expect(await claim(p, templateId, { idempotencyKey, currency: 'USD' })).toMatchObject({ __typename: 'IdempotencyConflictError' });
    expect(await footprint(p.id)).toEqual(before);
    expect((await eur(p.sdk)).bonus).toBe('1000');
    // Another player's key of the same text is their own.
    const other = await player();
    const theirs = expectType(await claim(other, templateId, { idempotencyKey }), 'ClaimBonusPayload');
    expect(theirs).toMatchObject({ replay: false, grant: { status: 'ACTIVE' } });
    expect(theirs.grant.id).not.toBe(first.grant.id);
  });

  it('refuses a grant beyond the promotion budget with a typed error, nothing moved', async () => {
    const templateId = await template(noDeposit('1000'));
    await budget(templateId, '1500');
    expectType(await claim(await player(), templateId), 'ClaimBonusPayload');
    const late = await player();
    const before = await footprint(late.id);
    expect(await claim(late, templateId)).toMatchObject({ __typename: 'BonusBudgetExceededError', scope: 'TOTAL', limit: '1500', remaining: '500', budget: null });
    expect(await footprint(late.id)).toEqual(before);
  });
});

describe('abuse hold and review', () => {
  it('holds a claim sharing a device with another account; RISK approves it, SUPPORT cannot; audited with reviewer and note', async () => {
    const templateId = await template(noDeposit('1000'));
    const first = await player();
    expectType(await claim(first, templateId, { deviceFingerprint: 'device-shared-1' }), 'ClaimBonusPayload');
    const second = await player();
    // The fingerprint from the header, as a frontend sends it.
    const headerSdk = server.sdk({ ...bearer(second.token), 'x-forwarded-for': '10.9.9.9', 'x-device-fingerprint': 'device-shared-1' });
    const held = expectType((await headerSdk.ClaimBonus({ input: { templateId, currency: 'EUR', idempotencyKey: `held-${randomUUID()}` } })).claimBonus, 'ClaimBonusPayload').grant;
    expect(held).toMatchObject({ status: 'PENDING_REVIEW', granted: { amount: '1000' }, balance: { amount: '0' }, forfeitCost: { amount: '0' } });
    expect((await eur(second.sdk)).bonus).toBe('0');
    // The player does not see the review; a forfeit of a held grant is a typed conflict.
    expect((await second.sdk.BonusGrant({ id: held.id })).node).toMatchObject({ review: null });
    expect((await second.sdk.ForfeitBonus({ input: { grantId: held.id } })).forfeitBonus).toMatchObject({ __typename: 'BonusNotActiveError', status: 'PENDING_REVIEW' });

    const queue = (await risk.sdk.BonusReviewQueue({})).bonusReviewQueue!;
    const entry = queue.nodes.find((g) => g.id === held.id)!;
    expect(entry.review).toMatchObject({ deviceFingerprint: 'device-shared-1', sharedWith: [{ id: first.globalId }], decidedBy: null });
    expect(entry.review!.reason).toMatch(/device/);

    await expect(support.sdk.BonusReviewQueue({})).rejects.toThrow(/FORBIDDEN|bonus:review/);
    await expect(support.sdk.ApproveBonusReview({ input: { grantId: held.id } })).rejects.toThrow(/FORBIDDEN|bonus:review/);

    const approved = expectType((await risk.sdk.ApproveBonusReview({ input: { grantId: held.id, note: 'same household, allowed' } })).approveBonusReview, 'ApproveBonusReviewPayload').grant;
    expect(approved).toMatchObject({ status: 'ACTIVE', balance: { amount: '1000' }, review: { decidedBy: { id: risk.id }, note: 'same household, allowed' } });
    expect(new Date(approved.expiresAt).getTime() - Date.now()).toBeGreaterThan(23 * 3600_000);
    expect((await eur(second.sdk)).bonus).toBe('1000');
    expect((await risk.sdk.ApproveBonusReview({ input: { grantId: held.id } })).approveBonusReview).toMatchObject({ __typename: 'BonusNotPendingReviewError', status: 'ACTIVE' });
    expect((await risk.sdk.BonusReviewQueue({})).bonusReviewQueue!.nodes.map((g) => g.id)).not.toContain(held.id);
    const actions = await auditActions(held.id);
    expect(actions.map((a) => a.action)).toEqual(['bonus.grant.hold', 'bonus.review.approve']);
    expect(actions[1]!.diff).toMatchObject({ note: 'same household, allowed', reviewer: `STAFF:${localId(risk.id)}` });
  });

  it('rejects a held claim: REJECTED, nothing posted, its budget reservation released', async () => {
    const templateId = await template(noDeposit('700'));
    await budget(templateId, '100000');
    await claim(await player({ ip: '10.200.0.1' }), templateId);
    const late = await player({ ip: '10.200.0.1' });
    const before = await footprint(late.id);
    const held = expectType(await claim(late, templateId), 'ClaimBonusPayload').grant;
    expect(held.status).toBe('PENDING_REVIEW');
    const during = await footprint(late.id);
    expect(during.reserved).toBe(before.reserved + 2 * 700);
    const rejected = expectType((await risk.sdk.RejectBonusReview({ input: { grantId: held.id, note: 'multi-accounting' } })).rejectBonusReview, 'RejectBonusReviewPayload').grant;
    expect(rejected).toMatchObject({ status: 'REJECTED', endReason: 'REVIEW_REJECTED', balance: { amount: '0' }, review: { note: 'multi-accounting', decidedBy: { id: risk.id } } });
    const after = await footprint(late.id);
    expect(after).toMatchObject({ entries: 0, reserved: before.reserved });
    expect((await eur(late.sdk)).bonus).toBe('0');
    expect((await risk.sdk.RejectBonusReview({ input: { grantId: held.id } })).rejectBonusReview).toMatchObject({ __typename: 'BonusNotPendingReviewError', status: 'REJECTED' });
    expect((await auditActions(held.id)).map((a) => a.action)).toEqual(['bonus.grant.hold', 'bonus.review.reject']);
  });

  it('refuses to approve a held grant of a player who self-excluded meanwhile; it stays held, nothing posted', async () => {
    const templateId = await template(noDeposit('600'));
    await claim(await player({ ip: '10.201.0.1' }), templateId);
    const late = await player({ ip: '10.201.0.1' });
    const held = expectType(await claim(late, templateId), 'ClaimBonusPayload').grant;
    expect(held.status).toBe('PENDING_REVIEW');
    expectType((await late.sdk.SelfExclude({ months: 6 })).selfExclude, 'SelfExcludePayload');
    const before = await footprint(late.id);
    expect((await risk.sdk.ApproveBonusReview({ input: { grantId: held.id, note: 'looks fine' } })).approveBonusReview).toMatchObject({ __typename: 'SelfExcludedError' });
    expect(await footprint(late.id)).toEqual(before);
    expect((await risk.sdk.BonusGrant({ id: held.id })).node).toMatchObject({ status: 'PENDING_REVIEW', review: { decidedBy: null } });
    expectType((await risk.sdk.RejectBonusReview({ input: { grantId: held.id, note: 'self-excluded' } })).rejectBonusReview, 'RejectBonusReviewPayload');
  });
});

describe('forfeits', () => {
  it('lets a player forfeit their own active bonus once; a second forfeit is a typed conflict, another player\'s grant is not found', async () => {
    const p = await player();
    const grant = expectType(await claim(p, await template(noDeposit('900'))), 'ClaimBonusPayload').grant;
    const other = await player();
    expect((await other.sdk.ForfeitBonus({ input: { grantId: grant.id } })).forfeitBonus).toMatchObject({ __typename: 'NotFoundError' });
    const forfeited = expectType((await p.sdk.ForfeitBonus({ input: { grantId: grant.id } })).forfeitBonus, 'ForfeitBonusPayload').grant;
    expect(forfeited).toMatchObject({ status: 'FORFEITED', endReason: 'PLAYER', forfeited: { amount: '900' }, balance: { amount: '0' }, forfeitCost: { amount: '0' } });
    expect((await eur(p.sdk)).bonus).toBe('0');
    expect((await p.sdk.ForfeitBonus({ input: { grantId: grant.id } })).forfeitBonus).toMatchObject({ __typename: 'BonusNotActiveError', status: 'FORFEITED' });
    expect((await auditActions(grant.id)).map((a) => a.action)).toEqual(['bonus.grant', 'bonus.forfeit']);
  });

  it('ends a grant once when two forfeits race: one payload, one typed conflict', async () => {
    const p = await player();
    const grant = expectType(await claim(p, await template(noDeposit('800'))), 'ClaimBonusPayload').grant;
    const answers = await Promise.all([
      p.sdk.ForfeitBonus({ input: { grantId: grant.id } }).then((r) => r.forfeitBonus.__typename),
      admin.ForfeitPlayerBonus({ input: { grantId: grant.id, reason: 'racing the player' } }).then((r) => r.forfeitPlayerBonus.__typename),
    ]);
    expect(answers.filter((t) => t.endsWith('Payload'))).toHaveLength(1);
    expect(answers.filter((t) => t === 'BonusNotActiveError')).toHaveLength(1);
    const { rows } = await db.query(`select count(*)::int as n from ledger_transaction where tenant_id = $1 and reference = $2 and code = 'BONUS_FORFEIT'`, [tenantId, localId(grant.id)]);
    expect(rows[0].n).toBe(1);
    expect((await eur(p.sdk)).bonus).toBe('0');
  });

  it('lets staff with bonus:manage forfeit a player\'s bonus with a written reason; SUPPORT cannot', async () => {
    const p = await player();
    const granted = expectType((await admin.GrantBonus({ input: { playerId: p.globalId, templateId: await template(noDeposit('300')), currency: 'EUR', idempotencyKey: `staff-${randomUUID()}` } })).grantBonus, 'GrantBonusPayload').grant;
    expect(granted).toMatchObject({ status: 'ACTIVE', templateVersion: 1, template: { id: expect.any(String) } });
    await expect(support.sdk.ForfeitPlayerBonus({ input: { grantId: granted.id, reason: 'terms breach' } })).rejects.toThrow(/FORBIDDEN|bonus:manage/);
    await expect(p.sdk.GrantBonus({ input: { playerId: p.globalId, templateId: await template(noDeposit('300')), currency: 'EUR', idempotencyKey: `self-${randomUUID()}` } })).rejects.toThrow(/FORBIDDEN|bonus:manage/);
    expect((await admin.ForfeitPlayerBonus({ input: { grantId: granted.id, reason: 'x' } })).forfeitPlayerBonus).toMatchObject({ __typename: 'ValidationError' });
    const forfeited = expectType((await admin.ForfeitPlayerBonus({ input: { grantId: granted.id, reason: 'bonus abuse confirmed' } })).forfeitPlayerBonus, 'ForfeitPlayerBonusPayload').grant;
    expect(forfeited).toMatchObject({ status: 'FORFEITED', endReason: 'STAFF', forfeited: { amount: '300' } });
    const actions = await auditActions(granted.id);
    expect(actions.at(-1)).toMatchObject({ action: 'bonus.forfeit', diff: { reason: 'STAFF', note: 'bonus abuse confirmed' } });
  });
});

describe('withdrawal while wagering', () => {
  it('tells the player what a withdrawal would forfeit, and with their confirmation forfeits it and withdraws their deposit', async () => {
    const p = await player();
    expect((await confirmedStripeDeposit(stripe, world.webhookUrl, p.sdk, 3000)).answer.status).toBe(200);
    const grant = expectType(await claim(p, await template(noDeposit('1200'))), 'ClaimBonusPayload').grant;
    // Another currency's bonus is not in the way.
    expectType(await claim(p, await template(noDeposit('50')), { currency: 'USD' }), 'ClaimBonusPayload');

    const asked = (await p.sdk.RequestWithdrawal({ input: { idempotencyKey: `wd-${randomUUID()}`, currency: 'EUR', amount: '3000' } })).requestWithdrawal;
    expect(asked).toMatchObject({
      __typename: 'WithdrawalNeedsConfirmationError',
      code: 'WITHDRAWAL_NEEDS_CONFIRMATION',
      forfeits: [{ kind: 'BONUS', subjectRef: grant.id, amount: { amount: '1200', currency: 'EUR' } }],
      total: { amount: '1200' },
    });
    // Nothing held, nothing forfeited.
    expect(await eur(p.sdk)).toMatchObject({ cash: '3000', bonus: '1200', held: '0' });
    expect((await p.sdk.BonusGrant({ id: grant.id })).node).toMatchObject({ status: 'ACTIVE' });

    const confirmed = expectType(
      (await p.sdk.RequestWithdrawal({ input: { idempotencyKey: `wd-${randomUUID()}`, currency: 'EUR', amount: '3000', forfeitActiveBonuses: true } })).requestWithdrawal,
      'RequestWithdrawalPayload',
    );
    expect(confirmed.withdrawal).toMatchObject({ status: 'PENDING', amount: { amount: '3000' } });
    expect(await eur(p.sdk)).toMatchObject({ cash: '3000', bonus: '0', held: '3000' });
    expect((await p.sdk.BonusGrant({ id: grant.id })).node).toMatchObject({ status: 'FORFEITED', endReason: 'WITHDRAWAL', forfeited: { amount: '1200' } });
    expect((await p.sdk.MyBonuses({ status: 'ACTIVE' })).myBonuses!.nodes.map((g) => g.currency)).toEqual(['USD']);
  });
});

describe('bonusUpdated', () => {
  it('delivers the signed-in player\'s own grant changes in order with their seq, and nobody else\'s', async () => {
    const p = await player();
    const other = await player();
    const events = collect<BonusUpdatedSubscription>(server.ws({ authorization: `Bearer ${p.token}` }), print(BonusUpdatedDocument));
    await settle();
    const templateId = await template(noDeposit('400'));
    expectType(await claim(other, templateId), 'ClaimBonusPayload');
    const grant = expectType(await claim(p, templateId), 'ClaimBonusPayload').grant;
    expectType((await p.sdk.ForfeitBonus({ input: { grantId: grant.id } })).forfeitBonus, 'ForfeitBonusPayload');
    const received = await events.waitFor(2);
    await settle(300);
    expect(received.map((e) => ({ seq: e.bonusUpdated.seq, status: e.bonusUpdated.status, grant: e.bonusUpdated.grant?.id, balance: e.bonusUpdated.balance.amount }))).toEqual([
      { seq: 1, status: 'ACTIVE', grant: grant.id, balance: '400' },
      { seq: 2, status: 'FORFEITED', grant: grant.id, balance: '0' },
    ]);
    expect(received[1]!.bonusUpdated.endReason).toBe('PLAYER');
    events.unsubscribe();
  });
});
