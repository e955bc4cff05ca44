/**
 * claimOffer and myOffers through GraphQL (issue #17, docs/offers.md): the reward granted
 * through the bonus engine, idempotent replay and conflict, only offers shown in the last 24
 * hours, the claim cap under real concurrent requests, and every refusal (state, suppression
 * after the showing, eligibility, bonus budget) leaving nothing behind.
 */
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '../../src/context.js';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { confirmedStripeDeposit, eur, ownerDb, paymentsWorld, type PaymentsWorld } from '../helpers/payments.js';
import { startFakeStripe, type FakeStripe } from '../helpers/fake-stripe.js';
import { expectType, globalId, localId, newStaff, platformAdmin, type TestTenant, tenantContext } from '../helpers/world.js';
import { offer, offerPlayer, rewardTemplate, rgFlag, type OfferPlayer } from '../helpers/offers.js';
import type { CreateOfferInput } from '../sdk.js';

let server: TestServer;
let stripe: FakeStripe;
let world: PaymentsWorld;
let tenant: TestTenant;
let tenantId: string;
let admin: Sdk;
let support: Sdk;
let ctx: Context;
let db: pg.Client;
let reward: string;

const placement = () => `c-${randomUUID().slice(0, 8)}`;

beforeAll(async () => {
  stripe = await startFakeStripe();
  server = await startServer({ env: { TRUST_PROXY: 'true' } });
  const platform = (await platformAdmin(server)).sdk;
  world = await paymentsWorld(server, platform, { code: 'stripe', endpoint: stripe.url, dualApprovalAbove: null });
  tenant = world.tenant;
  tenantId = localId(tenant.id);
  admin = tenant.admin.sdk;
  support = (await newStaff(server, platform, tenant.slug, ['SUPPORT'])).sdk;
  ctx = await tenantContext(server, tenant);
  db = await ownerDb();
  reward = await rewardTemplate(ctx);
}, 60_000);

afterAll(async () => {
  await db?.end();
  await server?.close();
  await stripe?.close();
});

/** An offer on a placement of its own, shown to the player: its PlayerOffer id and the decision. */
async function shownOffer(p: OfferPlayer, input: Partial<CreateOfferInput> = {}) {
  const where = placement();
  const created = await offer(admin, { rewardTemplateId: reward, placements: [where], ...input });
  const answer = (await p.sdk.OffersFor({ placement: where, currency: 'EUR' })).offersFor!;
  expect(answer.offers.map((o) => o.name)).toEqual([created.name]);
  return { offer: created, playerOfferId: answer.offers[0]!.id, decisionId: answer.decision.id, placement: where };
}

async function claim(p: OfferPlayer, offerId: string, extra: { idempotencyKey?: string; currency?: string } = {}) {
  return (await p.sdk.ClaimOffer({ input: { offerId, currency: extra.currency ?? 'EUR', idempotencyKey: extra.idempotencyKey ?? `claim-${randomUUID()}` } })).claimOffer;
}

/** Everything a claim of the player leaves: claim rows, grants, BONUS ledger entries, offer.claimed events. */
async function footprint(playerId: string) {
  const one = async (sql: string, params: unknown[]) => Number((await db.query<{ n: string }>(sql, params)).rows[0]!.n);
  return {
    claims: await one(`select count(*) as n from offer_claim where tenant_id = $1 and player_id = $2`, [tenantId, playerId]),
    grants: await one(`select count(*) as n from bonus_grant where tenant_id = $1 and player_id = $2`, [tenantId, playerId]),
    entries: await one(`select count(*) as n from ledger_entry e join ledger_account a on a.id = e.account_id where a.tenant_id = $1 and a.owner_id = $2 and a.kind = 'BONUS'`, [tenantId, playerId]),
    events: await one(`select count(*) as n from outbox_event where tenant_id = $1 and type = 'offer.claimed' and payload->>'playerId' = $2`, [tenantId, playerId]),
  };
}

describe('claimOffer', () => {
  it('grants the reward template\'s bonus, records the claim with its showing, publishes offer.claimed, and lists it in myOffers', async () => {
    const p = await offerPlayer(server, tenant);
    const shown = await shownOffer(p);
    const claimed = expectType(await claim(p, shown.playerOfferId, { idempotencyKey: 'first-claim-1' }), 'ClaimOfferPayload');
    expect(claimed).toMatchObject({
      replay: false,
      claim: { currency: 'EUR', decision: { id: shown.decisionId }, offer: { id: shown.playerOfferId, name: shown.offer.name, rewardKind: 'NO_DEPOSIT' } },
      grant: { status: 'ACTIVE', kind: 'NO_DEPOSIT', currency: 'EUR', granted: { amount: '1000', currency: 'EUR' } },
    });
    expect((await eur(p.sdk)).bonus).toBe('1000');

    const { rows: [grant] } = await db.query(`select template_id, idempotency_key, granted_by from bonus_grant where id = $1`, [localId(claimed.grant.id)]);
    expect(grant).toEqual({ template_id: localId(reward), idempotency_key: `offer:${p.id}:first-claim-1`, granted_by: `PLAYER:${p.id}` });
    const { rows: [row] } = await db.query(`select * from offer_claim where id = $1`, [localId(claimed.claim.id)]);
    expect(row).toMatchObject({ tenant_id: tenantId, offer_id: localId(shown.offer.id), player_id: p.id, decision_id: localId(shown.decisionId), grant_id: localId(claimed.grant.id), currency: 'EUR', idempotency_key: `${p.id}:first-claim-1` });
    const { rows: events } = await db.query(`select stream, payload from outbox_event where tenant_id = $1 and type = 'offer.claimed' and payload->>'playerId' = $2`, [tenantId, p.id]);
    expect(events).toEqual([{
      stream: `offers:${p.id}`,
      payload: { claimId: localId(claimed.claim.id), offerId: localId(shown.offer.id), playerId: p.id, grantId: localId(claimed.grant.id), decisionId: localId(shown.decisionId), currency: 'EUR', claimedAt: expect.any(String) },
    }]);

    const mine = (await p.sdk.MyOffers({})).myOffers!;
    expect(mine.totalCount).toBe(1);
    expect(mine.nodes).toMatchObject([{ id: claimed.claim.id, offer: { id: shown.playerOfferId }, grant: { id: claimed.grant.id, status: 'ACTIVE' } }]);
    // One claim by default: the offer is no longer eligible for the player.
    await p.sdk.OffersFor({ placement: shown.placement, currency: 'EUR' });
    const { rows: [last] } = await db.query(`select candidates, shown from offer_decision where tenant_id = $1 and player_id = $2 order by created_at desc, id desc limit 1`, [tenantId, p.id]);
    expect(last).toEqual({ candidates: [{ offerId: localId(shown.offer.id), eligible: false, reason: 'CLAIM_CAP' }], shown: [] });
    // Another player does not see this player's claims.
    const other = await offerPlayer(server, tenant);
    expect((await other.sdk.MyOffers({})).myOffers!.nodes).toEqual([]);
    expect((await other.sdk.Node({ id: claimed.claim.id })).node).toBeNull();
  });

  it('answers a replay with the original claim; other content under the key is IDEMPOTENCY_CONFLICT', async () => {
    const p = await offerPlayer(server, tenant);
    const first = await shownOffer(p, { frequency: { maxClaims: 5 } });
    const second = await shownOffer(p);
    const original = expectType(await claim(p, first.playerOfferId, { idempotencyKey: 'replay-key-1' }), 'ClaimOfferPayload');
    const replay = expectType(await claim(p, first.playerOfferId, { idempotencyKey: 'replay-key-1' }), 'ClaimOfferPayload');
    expect(replay).toMatchObject({ replay: true, claim: { id: original.claim.id }, grant: { id: original.grant.id } });
    // The staff Offer ID names the same offer: the same content.
    expect(expectType(await claim(p, first.offer.id, { idempotencyKey: 'replay-key-1' }), 'ClaimOfferPayload').replay).toBe(true);
    const before = await footprint(p.id);
    expect((await claim(p, second.playerOfferId, { idempotencyKey: 'replay-key-1' })).__typename).toBe('IdempotencyConflictError');
    expect((await claim(p, first.playerOfferId, { idempotencyKey: 'replay-key-1', currency: 'USD' })).__typename).toBe('IdempotencyConflictError');
    expect(await footprint(p.id)).toEqual(before);
    expect(before).toEqual({ claims: 1, grants: 1, entries: 1, events: 1 });
    // The same key of another player is another claim.
    const other = await offerPlayer(server, tenant);
    await other.sdk.OffersFor({ placement: first.placement, currency: 'EUR' });
    expect(expectType(await claim(other, first.playerOfferId, { idempotencyKey: 'replay-key-1' }), 'ClaimOfferPayload').replay).toBe(false);
  });

  it('refuses an offer not shown to the player in the last 24 hours', async () => {
    const p = await offerPlayer(server, tenant);
    const shownToOther = await shownOffer(await offerPlayer(server, tenant));
    expect((await claim(p, shownToOther.playerOfferId)).__typename).toBe('OfferNotShownError');
    const stale = await shownOffer(p);
    await db.query(`update offer_decision set created_at = now() - interval '25 hours' where id = $1`, [localId(stale.decisionId)]);
    expect((await claim(p, stale.playerOfferId)).__typename).toBe('OfferNotShownError');
    expect(await footprint(p.id)).toEqual({ claims: 0, grants: 0, entries: 0, events: 0 });
    // Unknown and foreign ids.
    expect((await claim(p, globalId('PlayerOffer', randomUUID()))).__typename).toBe('NotFoundError');
    expect((await claim(p, localId(stale.playerOfferId))).__typename).toBe('InvalidIdError');
  });

  it('grants at most the cap to concurrent claims of one player with different keys', async () => {
    const p = await offerPlayer(server, tenant);
    const shown = await shownOffer(p, { frequency: { maxClaims: 2 } });
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => claim(p, shown.playerOfferId, { idempotencyKey: `race-${i}-${randomUUID()}` })));
    const kinds = results.map((r) => r.__typename).sort();
    expect(kinds).toEqual(['ClaimOfferPayload', 'ClaimOfferPayload', 'OfferClaimLimitReachedError', 'OfferClaimLimitReachedError', 'OfferClaimLimitReachedError', 'OfferClaimLimitReachedError']);
    expect(results.find((r) => r.__typename === 'OfferClaimLimitReachedError')).toMatchObject({ code: 'OFFER_CLAIM_LIMIT_REACHED', limit: 2 });
    expect(await footprint(p.id)).toEqual({ claims: 2, grants: 2, entries: 2, events: 2 });
    expect((await eur(p.sdk)).bonus).toBe('2000');
  });

  const refusals: { name: string; change: (p: OfferPlayer, shown: Awaited<ReturnType<typeof shownOffer>>) => Promise<unknown>; expected: Record<string, unknown>; ownReward?: boolean }[] = [
    { name: 'paused', change: async (_p, s) => admin.SetOfferStatus({ input: { offerId: s.offer.id, status: 'PAUSED' } }), expected: { __typename: 'OfferNotAvailableError', notAvailable: 'PAUSED' } },
    { name: 'archived', change: async (_p, s) => admin.SetOfferStatus({ input: { offerId: s.offer.id, status: 'ARCHIVED' } }), expected: { __typename: 'OfferArchivedError' } },
    { name: 'ended', change: async (_p, s) => db.query(`update offer set ends_at = now() - interval '1 second' where id = $1`, [localId(s.offer.id)]), expected: { __typename: 'OfferNotAvailableError', notAvailable: 'ENDED' } },
    { name: 'self-excluded after the showing', change: async (p) => p.sdk.SelfExclude({ months: 6 }), expected: { __typename: 'OfferNotAvailableError', notAvailable: 'SELF_EXCLUDED' } },
    { name: 'timed out after the showing', change: async (p) => p.sdk.TakeTimeOut({ hours: 24 }), expected: { __typename: 'OfferNotAvailableError', notAvailable: 'TIME_OUT' } },
    { name: 'RG-flagged after the showing', change: async (p) => rgFlag(db, tenantId, p.id), expected: { __typename: 'OfferNotAvailableError', notAvailable: 'RG_FLAGGED' } },
    {
      name: 'no longer eligible',
      change: async (_p, s) => admin.UpdateOffer({ input: { offerId: s.offer.id, eligibility: { countries: ['TR'] } } }),
      expected: { __typename: 'OfferNotAvailableError', notAvailable: 'COUNTRY' },
    },
    {
      name: 'reward archived',
      change: async () => db.query(`update bonus_template set status = 'ARCHIVED' where id = $1`, [localId(ownReward)]),
      expected: { __typename: 'OfferNotAvailableError', notAvailable: 'REWARD_INACTIVE' },
      ownReward: true,
    },
    {
      name: 'over the promotion budget',
      change: async () =>
        db.query(`insert into bonus_budget (id, tenant_id, template_id, currency, basis, period, total_limit) values ($1, $2, $3, 'EUR', 'FACE_VALUE', 'TOTAL', 500)`, [randomUUID(), tenantId, localId(ownReward)]),
      expected: { __typename: 'BonusBudgetExceededError', code: 'BONUS_BUDGET_EXCEEDED' },
      ownReward: true,
    },
  ];
  // A reward template of the test's own, for the refusals that change it.
  let ownReward: string;
  for (const r of refusals) {
    it(`refuses a claim when ${r.name}, and leaves nothing behind`, async () => {
      ownReward = await rewardTemplate(ctx);
      const p = await offerPlayer(server, tenant);
      const shown = await shownOffer(p, r.ownReward ? { rewardTemplateId: ownReward } : {});
      await r.change(p, shown);
      const before = await footprint(p.id);
      expect(await claim(p, shown.playerOfferId)).toMatchObject(r.expected);
      expect(await footprint(p.id)).toEqual(before);
      expect(before).toEqual({ claims: 0, grants: 0, entries: 0, events: 0 });
    });
  }

  it('matches a confirmed deposit with a DEPOSIT_MATCH reward, as claimBonus does; without the deposit nothing is granted', async () => {
    const match = await rewardTemplate(ctx, { kind: 'DEPOSIT_MATCH', matchPercent: 50, currencies: { EUR: { maxBonus: '5000', minDeposit: '1000' } }, wagering: { multiplier: 5 }, validityHours: 48 });
    const p = await offerPlayer(server, tenant);
    const deposit = await confirmedStripeDeposit(stripe, world.webhookUrl, p.sdk, 2000);
    expect(deposit.answer.status).toBe(200);
    const depositTransactionId = (await world.finance.sdk.Payment({ id: deposit.paymentId })).payment!.ledgerTransaction!.id;
    const shown = await shownOffer(p, { rewardTemplateId: match, eligibility: { minDeposits: 1 }, frequency: { maxClaims: 2 } });

    const before = await footprint(p.id);
    expect(await claim(p, shown.playerOfferId)).toMatchObject({ __typename: 'BonusNotEligibleError', notEligible: 'DEPOSIT_REQUIRED' });
    expect(await footprint(p.id)).toEqual(before);
    const claimed = (await p.sdk.ClaimOffer({ input: { offerId: shown.playerOfferId, currency: 'EUR', idempotencyKey: `match-${randomUUID()}`, depositTransactionId } })).claimOffer;
    expect(expectType(claimed, 'ClaimOfferPayload').grant).toMatchObject({ kind: 'DEPOSIT_MATCH', status: 'ACTIVE', granted: { amount: '1000' } });
    expect(await eur(p.sdk)).toMatchObject({ cash: '2000', bonus: '1000' });
    const again = (await p.sdk.ClaimOffer({ input: { offerId: shown.playerOfferId, currency: 'EUR', idempotencyKey: `match-${randomUUID()}`, depositTransactionId } })).claimOffer;
    expect(again).toMatchObject({ __typename: 'BonusNotEligibleError', notEligible: 'DEPOSIT_ALREADY_MATCHED' });
    expect(await footprint(p.id)).toMatchObject({ claims: 1, grants: 1 });
  });

  it('lets staff with offers:read see a claim node; players only their own', async () => {
    const p = await offerPlayer(server, tenant);
    const shown = await shownOffer(p);
    const claimed = expectType(await claim(p, shown.playerOfferId), 'ClaimOfferPayload');
    expect((await support.Node({ id: claimed.claim.id })).node).toMatchObject({ __typename: 'OfferClaim', id: claimed.claim.id });
    expect((await p.sdk.Node({ id: claimed.claim.id })).node).toMatchObject({ __typename: 'OfferClaim' });
  });
});
