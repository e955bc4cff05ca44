/**
 * Offers through GraphQL (issue #17, docs/offers.md): staff CRUD with audit, validation and
 * permissions; offersFor's ranking, schedule, each eligibility rule, impression caps; the decision
 * record (every field) for FIXED and SUPPRESSED answers; no offers for self-excluded, timed-out,
 * blocked or RG-flagged players; what players may and may not see.
 */
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '../../src/context.js';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import type { CreateOfferInput } from '../sdk.js';
import { ownerDb } from '../helpers/payments.js';
import { graphqlError } from '../helpers/errors.js';
import { expectType, globalId, localId, newStaff, newTenant, platformAdmin, type TestTenant, tenantContext } from '../helpers/world.js';
import { decisionRows, noDeposit, offer, offerPlayer, rewardTemplate, rgFlag, setFacts } from '../helpers/offers.js';

let server: TestServer;
let tenant: TestTenant;
let tenantId: string;
let admin: Sdk;
let support: Sdk;
let ctx: Context;
let db: pg.Client;
let reward: string;

const placement = () => `p-${randomUUID().slice(0, 8)}`;

beforeAll(async () => {
  server = await startServer({ env: { TRUST_PROXY: 'true' } });
  const platform = (await platformAdmin(server)).sdk;
  tenant = await newTenant(server, platform);
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
});

async function audits(offerGlobalId: string) {
  const { rows } = await db.query<{ action: string; diff: Record<string, unknown> }>(
    `select action, diff from audit_event where tenant_id = $1 and target_type = 'Offer' and target_id = $2 order by seq`,
    [tenantId, localId(offerGlobalId)],
  );
  return rows;
}

describe('staff: offers', () => {
  it('creates, updates, pauses, resumes and archives an offer, each audited; archived is final', async () => {
    const created = await offer(admin, {
      name: 'Welcome 10',
      description: 'Ten euros on us',
      rewardTemplateId: reward,
      placements: ['lobby-banner', 'deposit-page'],
      priority: 5,
      eligibility: { currencies: ['EUR'], countries: ['DE'], tags: ['new'], minDeposits: 0, maxDaysSinceLastDeposit: 30 },
      frequency: { impressions: { max: 3, windowHours: 24 }, maxClaims: 2 },
    });
    expect(created).toMatchObject({
      name: 'Welcome 10',
      description: 'Ten euros on us',
      status: 'ACTIVE',
      reward: { id: reward },
      placements: ['lobby-banner', 'deposit-page'],
      priority: 5,
      startsAt: null,
      endsAt: null,
      eligibility: { currencies: ['EUR'], countries: ['DE'], tags: ['new'], excludedTags: [], minDeposits: 0, maxDeposits: null, minDaysSinceLastDeposit: null, maxDaysSinceLastDeposit: 30 },
      frequency: { impressions: { max: 3, windowHours: 24 }, maxClaims: 2 },
      version: 1,
    });
    expect(created.createdBy).toMatch(/^STAFF:/);

    const updated = expectType((await admin.UpdateOffer({ input: { offerId: created.id, priority: 7, endsAt: '2099-01-01T00:00:00.000Z' } })).updateOffer, 'UpdateOfferPayload').offer;
    expect(updated).toMatchObject({ priority: 7, endsAt: '2099-01-01T00:00:00.000Z', version: 2, name: 'Welcome 10' });
    // Nothing differs: no new version, no audit event.
    expect(expectType((await admin.UpdateOffer({ input: { offerId: created.id, priority: 7 } })).updateOffer, 'UpdateOfferPayload').offer.version).toBe(2);

    for (const status of ['PAUSED', 'ACTIVE', 'ARCHIVED'] as const) {
      expect(expectType((await admin.SetOfferStatus({ input: { offerId: created.id, status } })).setOfferStatus, 'SetOfferStatusPayload').offer.status).toBe(status);
    }
    expect((await admin.SetOfferStatus({ input: { offerId: created.id, status: 'ACTIVE' } })).setOfferStatus.__typename).toBe('OfferArchivedError');
    expect((await admin.UpdateOffer({ input: { offerId: created.id, priority: 1 } })).updateOffer.__typename).toBe('OfferArchivedError');
    // Archiving again changes nothing.
    expectType((await admin.SetOfferStatus({ input: { offerId: created.id, status: 'ARCHIVED' } })).setOfferStatus, 'SetOfferStatusPayload');

    const trail = await audits(created.id);
    expect(trail.map((a) => a.action)).toEqual(['offer.create', 'offer.update', 'offer.status', 'offer.status', 'offer.status']);
    expect(trail[0]!.diff).toMatchObject({ name: { from: null, to: 'Welcome 10' }, priority: { from: null, to: 5 } });
    expect(trail[1]!.diff).toEqual({ priority: { from: 5, to: 7 }, endsAt: { from: null, to: '2099-01-01T00:00:00.000Z' } });
    expect(trail.slice(2).map((a) => a.diff)).toEqual([
      { status: { from: 'ACTIVE', to: 'PAUSED' } },
      { status: { from: 'PAUSED', to: 'ACTIVE' } },
      { status: { from: 'ACTIVE', to: 'ARCHIVED' } },
    ]);
    // The name is free again once archived.
    await offer(admin, { name: 'Welcome 10', rewardTemplateId: reward });
  });

  it('refuses invalid input with a typed error naming each field, and writes nothing', async () => {
    const before = Number((await db.query(`select count(*) from offer where tenant_id = $1`, [tenantId])).rows[0].count);
    const issues = async (input: Parameters<Sdk['CreateOffer']>[0]['input']) => {
      const result = (await admin.CreateOffer({ input })).createOffer;
      return expectType(result, 'ValidationError').issues.map((i) => i.path.join('.'));
    };
    const base = { name: 'Bad', rewardTemplateId: reward, placements: ['lobby-banner'] };
    expect(await issues({ ...base, placements: ['Lobby Banner'] })).toEqual(['input.placements.0']);
    expect(await issues({ ...base, placements: [] })).toEqual(['input.placements']);
    expect(await issues({ ...base, placements: Array.from({ length: 21 }, (_, i) => `p-${i}`) })).toEqual(['input.placements']);
    expect(await issues({ ...base, placements: ['a', 'a'] })).toEqual(['input.placements']);
    expect(await issues({ ...base, name: '' })).toEqual(['input.name']);
    expect(await issues({ ...base, priority: 2_000_000 })).toEqual(['input.priority']);
    expect(await issues({ ...base, startsAt: '2030-01-02T00:00:00Z', endsAt: '2030-01-01T00:00:00Z' })).toEqual(['input.endsAt']);
    expect(await issues({ ...base, eligibility: { currencies: ['GBP'] } })).toEqual(['input.eligibility.currencies.0']);
    expect(await issues({ ...base, eligibility: { countries: ['deu'] } })).toEqual(['input.eligibility.countries.0']);
    expect(await issues({ ...base, eligibility: { minDeposits: 3, maxDeposits: 1 } })).toEqual(['input.eligibility.minDeposits']);
    expect(await issues({ ...base, frequency: { maxClaims: 0 } })).toEqual(['input.frequency.maxClaims']);
    expect(await issues({ ...base, frequency: { impressions: { max: 1, windowHours: 0 } } })).toEqual(['input.frequency.impressions.windowHours']);

    expect((await admin.CreateOffer({ input: { ...base, rewardTemplateId: localId(reward) } })).createOffer.__typename).toBe('InvalidIdError');
    expect((await admin.CreateOffer({ input: { ...base, rewardTemplateId: globalId('BonusTemplate', randomUUID()) } })).createOffer.__typename).toBe('NotFoundError');
    const archived = await rewardTemplate(ctx);
    await db.query(`update bonus_template set status = 'ARCHIVED' where id = $1`, [localId(archived)]);
    expect((await admin.CreateOffer({ input: { ...base, rewardTemplateId: archived } })).createOffer.__typename).toBe('BonusTemplateArchivedError');

    const taken = await offer(admin, { rewardTemplateId: reward });
    expect((await admin.CreateOffer({ input: { ...base, name: taken.name.toUpperCase() } })).createOffer.__typename).toBe('OfferNameTakenError');
    expect(Number((await db.query(`select count(*) from offer where tenant_id = $1`, [tenantId])).rows[0].count)).toBe(before + 1);
  });

  it('lets SUPPORT read offers but not change them; players read none', async () => {
    const where = placement();
    const live = await offer(admin, { rewardTemplateId: reward, placements: [where] });
    const paused = await offer(admin, { rewardTemplateId: reward, placements: [where] });
    expectType((await admin.SetOfferStatus({ input: { offerId: paused.id, status: 'PAUSED' } })).setOfferStatus, 'SetOfferStatusPayload');

    const listed = (await support.Offers({ placement: where })).offers!;
    expect(listed.nodes.map((o) => o.id)).toEqual([live.id, paused.id]);
    expect(listed.totalCount).toBe(2);
    expect((await support.Offers({ placement: where, status: 'PAUSED' })).offers!.nodes.map((o) => o.id)).toEqual([paused.id]);
    expect((await support.Offer({ id: live.id })).node).toMatchObject({ __typename: 'Offer', id: live.id });
    // SUPPORT has bonus:read: the reward shows.
    expect((await support.Offer({ id: live.id })).node).toMatchObject({ reward: { id: reward } });

    expect((await graphqlError(support.CreateOffer({ input: { name: 'x', rewardTemplateId: reward, placements: [where] } }))).code).toBe('FORBIDDEN');
    expect((await graphqlError(support.SetOfferStatus({ input: { offerId: live.id, status: 'PAUSED' } }))).code).toBe('FORBIDDEN');
    expect((await graphqlError(support.UpdateOffer({ input: { offerId: live.id, priority: 3 } }))).code).toBe('FORBIDDEN');
    expect((await admin.Offer({ id: live.id })).node).toMatchObject({ status: 'ACTIVE', priority: 0 });

    const p = await offerPlayer(server, tenant);
    expect((await graphqlError(p.sdk.Offers({}))).code).toBe('FORBIDDEN');
    expect((await p.sdk.Offer({ id: live.id })).node).toBeNull();
    expect((await graphqlError(p.sdk.OfferDecisions({}))).code).toBe('FORBIDDEN');
    // Staff are not players.
    expect((await graphqlError(admin.OffersFor({ placement: where, currency: 'EUR' }))).code).toBe('FORBIDDEN');
  });
});

describe('offersFor', () => {
  it('ranks eligible offers by priority then creation, only live ones of the placement, and records a complete FIXED decision', async () => {
    const where = placement();
    const low = await offer(admin, { rewardTemplateId: reward, placements: [where], priority: 5 });
    const highFirst = await offer(admin, { rewardTemplateId: reward, placements: [where, 'elsewhere'], priority: 10 });
    const highSecond = await offer(admin, { rewardTemplateId: reward, placements: [where], priority: 10 });
    const paused = await offer(admin, { rewardTemplateId: reward, placements: [where], priority: 99 });
    expectType((await admin.SetOfferStatus({ input: { offerId: paused.id, status: 'PAUSED' } })).setOfferStatus, 'SetOfferStatusPayload');
    await offer(admin, { rewardTemplateId: reward, placements: ['elsewhere'], priority: 50 });
    const p = await offerPlayer(server, tenant);

    const answer = (await p.sdk.OffersFor({ placement: where, currency: 'EUR' })).offersFor!;
    expect(answer.offers.map((o) => o.id)).toEqual([highFirst, highSecond, low].map((o) => globalId('PlayerOffer', localId(o.id))));
    expect(answer.offers[0]).toEqual({ id: globalId('PlayerOffer', localId(highFirst.id)), name: highFirst.name, description: null, rewardKind: 'NO_DEPOSIT', endsAt: null });

    const [row] = await decisionRows(db, tenantId, p.id);
    expect(row).toMatchObject({
      id: localId(answer.decision.id),
      tenant_id: tenantId,
      player_id: p.id,
      placement: where,
      currency: 'EUR',
      policy: 'FIXED',
      candidates: [highFirst, highSecond, low].map((o) => ({ offerId: localId(o.id), eligible: true })),
      shown: [highFirst, highSecond, low].map((o) => localId(o.id)),
      chosen_offer_id: localId(highFirst.id),
      probability: 1,
      experiment_id: null,
      phase: null,
      arm_key: null,
      suppressed_reason: null,
    });
    expect(row!.created_at).toBeInstanceOf(Date);

    // Staff read the same record through the API.
    const decision = (await support.OfferDecision({ id: answer.decision.id })).node;
    expect(decision).toMatchObject({
      __typename: 'OfferDecision',
      player: { id: p.globalId },
      placement: where,
      currency: 'EUR',
      policy: 'FIXED',
      shown: [highFirst, highSecond, low].map((o) => ({ id: globalId('PlayerOffer', localId(o.id)) })),
      chosenOffer: { id: globalId('PlayerOffer', localId(highFirst.id)) },
      probability: 1,
      phase: null,
      armKey: null,
      suppressedReason: null,
    });
    expect(decision!.__typename === 'OfferDecision' && decision.candidates!.map((c) => [c.offer!.id, c.eligible, c.reason])).toEqual(
      [highFirst, highSecond, low].map((o) => [o.id, true, null]),
    );
    // The player sees their own decision, without the policy details.
    expect((await p.sdk.OfferDecision({ id: answer.decision.id })).node).toMatchObject({ policy: 'FIXED', candidates: null, probability: null, armKey: null });
    expect((await support.OfferDecisions({ playerId: p.globalId })).offerDecisions!.nodes.map((d) => d.id)).toEqual([answer.decision.id]);
    expect((await support.OfferDecisions({ offerId: low.id, placement: where })).offerDecisions!.nodes.map((d) => d.id)).toEqual([answer.decision.id]);
    expect((await support.OfferDecisions({ playerId: p.globalId, policy: 'SUPPRESSED' })).offerDecisions!.nodes).toEqual([]);
    expect((await support.PlayerOfferDecisions({ id: p.globalId })).node).toMatchObject({ offerDecisions: { totalCount: 1, nodes: [{ id: answer.decision.id, policy: 'FIXED' }] } });
  });

  it('shows an offer only inside its schedule, and records nothing shown when nothing is eligible', async () => {
    const where = placement();
    const hour = 3600_000;
    const future = await offer(admin, { rewardTemplateId: reward, placements: [where], startsAt: new Date(Date.now() + hour).toISOString() });
    const past = await offer(admin, { rewardTemplateId: reward, placements: [where], startsAt: new Date(Date.now() - 2 * hour).toISOString(), endsAt: new Date(Date.now() - hour).toISOString() });
    const now = await offer(admin, { rewardTemplateId: reward, placements: [where], startsAt: new Date(Date.now() - hour).toISOString(), endsAt: new Date(Date.now() + hour).toISOString() });
    const p = await offerPlayer(server, tenant);
    expect((await p.sdk.OffersFor({ placement: where, currency: 'EUR' })).offersFor!.offers.map((o) => o.name)).toEqual([now.name]);

    await db.query(`update offer set starts_at = now() - interval '1 minute' where id = $1`, [localId(future.id)]);
    // Same priority: creation order.
    expect((await p.sdk.OffersFor({ placement: where, currency: 'EUR' })).offersFor!.offers.map((o) => o.name)).toEqual([future.name, now.name]);
    await db.query(`update offer set ends_at = now() + interval '1 hour' where id = $1`, [localId(past.id)]);
    expect((await p.sdk.OffersFor({ placement: where, currency: 'EUR' })).offersFor!.offers.map((o) => o.name)).toEqual([future.name, past.name, now.name]);

    const empty = (await p.sdk.OffersFor({ placement: placement(), currency: 'EUR' })).offersFor!;
    expect(empty.offers).toEqual([]);
    const rows = await decisionRows(db, tenantId, p.id);
    expect(rows.at(-1)).toMatchObject({ policy: 'FIXED', candidates: [], shown: [], chosen_offer_id: null, probability: 1 });
  });

  it('checks each eligibility rule and keeps the reason of each ineligible candidate', async () => {
    const where = placement();
    const usdOnly = await rewardTemplate(ctx, { ...noDeposit(), currencies: { USD: { amount: '1000' } } });
    const rules = {
      currency: { eligibility: { currencies: ['USD'] } },
      rewardCurrency: { rewardTemplateId: usdOnly },
      countryNo: { eligibility: { countries: ['TR'] } },
      countryYes: { eligibility: { countries: ['DE'] } },
      tagsNo: { eligibility: { tags: ['gold'] } },
      tagsYes: { eligibility: { tags: ['silver', 'vip'] } },
      excluded: { eligibility: { excludedTags: ['vip'] } },
      fewDeposits: { eligibility: { minDeposits: 3 } },
      enoughDeposits: { eligibility: { minDeposits: 2 } },
      manyDeposits: { eligibility: { maxDeposits: 1 } },
      recent: { eligibility: { minDaysSinceLastDeposit: 7 } },
      lapsedEnough: { eligibility: { minDaysSinceLastDeposit: 1 } },
      stale: { eligibility: { maxDaysSinceLastDeposit: 1 } },
      freshEnough: { eligibility: { maxDaysSinceLastDeposit: 3 } },
    } satisfies Record<string, Partial<CreateOfferInput>>;
    const ids: Record<string, string> = {};
    for (const [name, rule] of Object.entries(rules)) ids[name] = localId((await offer(admin, { rewardTemplateId: reward, placements: [where], name: `${name}-${where}`, ...rule })).id);

    const p = await offerPlayer(server, tenant);
    await setFacts(db, tenantId, p.id, { country: 'DE', tags: ['vip'], depositsDaysAgo: [40, 2] });
    const answer = (await p.sdk.OffersFor({ placement: where, currency: 'EUR' })).offersFor!;
    const [row] = await decisionRows(db, tenantId, p.id);
    const reasons = Object.fromEntries((row!.candidates as { offerId: string; eligible: boolean; reason?: string }[]).map((c) => [c.offerId, c.eligible ? 'ELIGIBLE' : c.reason]));
    expect(Object.fromEntries(Object.entries(ids).map(([name, id]) => [name, reasons[id]]))).toEqual({
      currency: 'CURRENCY',
      rewardCurrency: 'REWARD_CURRENCY',
      countryNo: 'COUNTRY',
      countryYes: 'ELIGIBLE',
      tagsNo: 'TAGS',
      tagsYes: 'ELIGIBLE',
      excluded: 'EXCLUDED_TAG',
      fewDeposits: 'TOO_FEW_DEPOSITS',
      enoughDeposits: 'ELIGIBLE',
      manyDeposits: 'TOO_MANY_DEPOSITS',
      recent: 'DEPOSITED_TOO_RECENTLY',
      lapsedEnough: 'ELIGIBLE',
      stale: 'NO_RECENT_DEPOSIT',
      freshEnough: 'ELIGIBLE',
    });
    expect(answer.offers.map((o) => localId(o.id)).sort()).toEqual([ids.countryYes, ids.tagsYes, ids.enoughDeposits, ids.lapsedEnough, ids.freshEnough].sort());
    // Through the API, for staff.
    const staffView = (await support.OfferDecision({ id: answer.decision.id })).node;
    expect(staffView!.__typename === 'OfferDecision' && staffView.candidates!.find((c) => c.offer!.id === globalId('Offer', ids.excluded!))).toEqual({ offer: { id: globalId('Offer', ids.excluded!) }, eligible: false, reason: 'EXCLUDED_TAG' });

    // A player with no country, no tags and no deposit: neither deposit-recency bound holds.
    const bare = await offerPlayer(server, tenant);
    await bare.sdk.OffersFor({ placement: where, currency: 'EUR' });
    const bareReasons = Object.fromEntries(((await decisionRows(db, tenantId, bare.id))[0]!.candidates as { offerId: string; reason?: string }[]).map((c) => [c.offerId, c.reason ?? 'ELIGIBLE']));
    expect([bareReasons[ids.countryYes!], bareReasons[ids.tagsYes!], bareReasons[ids.enoughDeposits!], bareReasons[ids.lapsedEnough!], bareReasons[ids.freshEnough!], bareReasons[ids.manyDeposits!]]).toEqual([
      'COUNTRY', 'TAGS', 'TOO_FEW_DEPOSITS', 'DEPOSITED_TOO_RECENTLY', 'NO_RECENT_DEPOSIT', 'ELIGIBLE',
    ]);
  });

  it('caps impressions per player per window', async () => {
    const where = placement();
    const capped = await offer(admin, { rewardTemplateId: reward, placements: [where], frequency: { impressions: { max: 2, windowHours: 24 } } });
    const free = await offer(admin, { rewardTemplateId: reward, placements: [where] });
    const p = await offerPlayer(server, tenant);
    const other = await offerPlayer(server, tenant);
    const shown = async (who = p) => (await who.sdk.OffersFor({ placement: where, currency: 'EUR' })).offersFor!.offers.map((o) => o.name);
    expect(await shown()).toEqual([capped.name, free.name]);
    expect(await shown()).toEqual([capped.name, free.name]);
    expect(await shown()).toEqual([free.name]);
    expect((await decisionRows(db, tenantId, p.id)).at(-1)!.candidates).toEqual([
      { offerId: localId(capped.id), eligible: false, reason: 'IMPRESSION_CAP' },
      { offerId: localId(free.id), eligible: true },
    ]);
    // Per player: another player still sees it.
    expect(await shown(other)).toEqual([capped.name, free.name]);
    // Showings older than the window do not count.
    await db.query(`update offer_decision set created_at = created_at - interval '25 hours' where tenant_id = $1 and player_id = $2`, [tenantId, p.id]);
    expect(await shown()).toEqual([capped.name, free.name]);
  });

  const suppressions = [
    { name: 'self-excluded', reason: 'SELF_EXCLUDED', prepare: async (p: { sdk: Sdk }) => void expectType((await p.sdk.SelfExclude({ months: 6 })).selfExclude, 'SelfExcludePayload') },
    { name: 'timed-out', reason: 'TIME_OUT', prepare: async (p: { sdk: Sdk }) => void expectType((await p.sdk.TakeTimeOut({ hours: 24 })).takeTimeOut, 'TakeTimeOutPayload') },
    { name: 'RG-flagged', reason: 'RG_FLAGGED', prepare: async (p: { id: string }) => rgFlag(db, tenantId, p.id) },
  ] as const;

  it('answers a blocked player nothing at all: the account is refused before any decision', async () => {
    const where = placement();
    await offer(admin, { rewardTemplateId: reward, placements: [where] });
    const p = await offerPlayer(server, tenant);
    expect((await p.sdk.OffersFor({ placement: where, currency: 'EUR' })).offersFor!.offers).toHaveLength(1);
    // Blocked behind the API's back too, so only the account's status stops it (blockPlayer also ends the sessions).
    await db.query(`update player set status = 'BLOCKED' where id = $1`, [p.id]);
    expect((await graphqlError(p.sdk.OffersFor({ placement: where, currency: 'EUR' }))).code).toBe('UNAUTHENTICATED');
    expect(await decisionRows(db, tenantId, p.id)).toHaveLength(1);
  });
  for (const s of suppressions) {
    it(`shows a ${s.name} player nothing and records a complete SUPPRESSED decision`, async () => {
      const where = placement();
      const a = await offer(admin, { rewardTemplateId: reward, placements: [where] });
      const b = await offer(admin, { rewardTemplateId: reward, placements: [where], priority: 3 });
      const p = await offerPlayer(server, tenant);
      // Control: the player sees both offers first.
      expect((await p.sdk.OffersFor({ placement: where, currency: 'EUR' })).offersFor!.offers).toHaveLength(2);
      await s.prepare(p);
      const answer = (await p.sdk.OffersFor({ placement: where, currency: 'EUR' })).offersFor!;
      expect(answer.offers).toEqual([]);
      const row = (await decisionRows(db, tenantId, p.id)).at(-1)!;
      expect(row).toMatchObject({
        id: localId(answer.decision.id),
        player_id: p.id,
        placement: where,
        currency: 'EUR',
        policy: 'SUPPRESSED',
        candidates: [b, a].map((o) => ({ offerId: localId(o.id), eligible: false, reason: 'SUPPRESSED' })),
        shown: [],
        chosen_offer_id: null,
        probability: 1,
        experiment_id: null,
        phase: null,
        arm_key: null,
        suppressed_reason: s.reason,
      });
      expect((await support.OfferDecision({ id: answer.decision.id })).node).toMatchObject({ policy: 'SUPPRESSED', suppressedReason: s.reason, shown: [], chosenOffer: null, probability: 1 });
    });
  }
});
