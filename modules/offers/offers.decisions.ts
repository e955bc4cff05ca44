/**
 * offersFor: what a placement shows the signed-in player, and the decision record of every
 * answer (who, where, the candidates and why each was or was not eligible, what was shown, the
 * policy and the probability with which it chose). Staff read the records back.
 */
import { z } from 'zod';
import { requireTenant, tenantTx, type Context, type TenantTx } from '../../src/context.js';
import { ForbiddenError, ValidationError } from '../../src/errors.js';
import { isUuid, newId } from '../../src/ids.js';
import { keysetPage, type Connection, type PageArgs } from '../../src/graphql/pagination.js';
import { parseInput } from '../../src/validation.js';
import { playerStanding } from '../identity/index.js';
import { marketingRefusalsOf } from '../responsible-gambling/index.js';
import { depositFactsOf } from '../payments/index.js';
import { templatesByIdsInTx, type Terms } from '../bonus/index.js';
import { experimentChoiceInTx, recordExposureInTx } from './experiments.exposure.js';
import { parsedOffer, type OfferRow } from './offers.service.js';
import { ineligibilityOf, placementSchema, type IneligibleReason, type PlayerFacts, type SuppressionReason } from './offers.terms.js';

export const DECISION_POLICIES = ['FIXED', 'EXPERIMENT', 'BANDIT', 'SUPPRESSED'] as const;
export type DecisionPolicy = (typeof DECISION_POLICIES)[number];

export interface Candidate {
  offerId: string;
  eligible: boolean;
  reason?: IneligibleReason;
}

export interface DecisionRow {
  id: string;
  tenant_id: string;
  player_id: string;
  placement: string;
  currency: string | null;
  policy: DecisionPolicy;
  candidates: Candidate[];
  shown: string[];
  chosen_offer_id: string | null;
  probability: number;
  experiment_id: string | null;
  phase: number | null;
  arm_key: string | null;
  suppressed_reason: SuppressionReason | null;
  created_at: Date;
}

export interface OffersAnswer {
  decision: DecisionRow;
  /** The offers shown, in rank order. */
  offers: OfferRow[];
}

/** At most this many live offers of a placement are considered per decision. */
export const MAX_CANDIDATES = 100;

export function playerOf(ctx: Context): string {
  if (ctx.principal?.kind !== 'player') throw new ForbiddenError('player');
  return ctx.principal.playerId;
}

/** Why the player gets no marketing at all, or null. */
export async function suppressionOf(tx: TenantTx, playerId: string, standing: { status: string } | null): Promise<SuppressionReason | null> {
  if (!standing || standing.status === 'BLOCKED') return 'BLOCKED';
  return (await marketingRefusalsOf(tx, [playerId])).get(playerId) ?? null;
}

/** The player's facts for eligibility: country, tags, deposits. */
export async function playerFactsOf(tx: TenantTx, playerId: string, standing: { country: string | null; tags: string[] }): Promise<PlayerFacts> {
  return { country: standing.country, tags: standing.tags, deposits: await depositFactsOf(tx, playerId) };
}

/** Each offer's reward template (absent: gone), all read in one statement. */
export async function rewardsOf(tx: TenantTx, offers: readonly OfferRow[]): Promise<Map<string, { status: string; terms: Terms }>> {
  const templates = await templatesByIdsInTx(tx, [...new Set(offers.map((o) => o.reward_template_id))]);
  return new Map(templates.map((t) => [t.id, t]));
}

/** The player's claims of each offer. */
export async function claimCountsOf(tx: TenantTx, playerId: string, offerIds: readonly string[]): Promise<Map<string, number>> {
  if (offerIds.length === 0) return new Map();
  const rows = await tx.em.execute<{ offer_id: string; n: number }[]>(
    `select offer_id, count(*)::int as n from offer_claim where tenant_id = ? and player_id = ? and offer_id = any(?::uuid[]) group by offer_id`,
    [tx.tenantId, playerId, `{${offerIds.join(',')}}`],
  );
  return new Map(rows.map((r) => [r.offer_id, r.n]));
}

/** How often each capped offer was shown to the player inside its impression window. */
async function impressionCountsOf(tx: TenantTx, playerId: string, offers: readonly OfferRow[]): Promise<Map<string, number>> {
  const capped = offers.filter((o) => o.frequency.impressions);
  if (capped.length === 0) return new Map();
  const rows = await tx.em.execute<{ offer_id: string; n: number }[]>(
    `select w.offer_id::text as offer_id,
            (select count(*)::int from offer_decision d
              where d.tenant_id = ? and d.player_id = ? and w.offer_id = any(d.shown) and d.created_at > now() - make_interval(hours => w.hours)) as n
     from unnest(?::uuid[], ?::int[]) as w (offer_id, hours)`,
    [tx.tenantId, playerId, `{${capped.map((o) => o.id).join(',')}}`, `{${capped.map((o) => o.frequency.impressions!.windowHours).join(',')}}`],
  );
  return new Map(rows.map((r) => [r.offer_id, r.n]));
}

const offersForInput = z.object({ placement: placementSchema, currency: z.string() });

/**
 * The offers a placement shows the signed-in player now, in one tenant transaction: suppression
 * (blocked, self-excluded, timed out, RG-flagged: nothing), the live candidates and their
 * eligibility, then the running experiment's arm if there is one, else the fixed ranking
 * (priority, then creation). Every answer is recorded as an offer_decision.
 */
export async function offersFor(ctx: Context, input: z.input<typeof offersForInput>): Promise<OffersAnswer> {
  const data = parseInput(offersForInput, input, 'args');
  const playerId = playerOf(ctx);
  const tenant = requireTenant(ctx);
  if (!tenant.currencies.includes(data.currency)) throw new ValidationError([{ path: ['args', 'currency'], message: 'is not a currency of this tenant' }]);
  return tenantTx(ctx, async (tx) => {
    const now = new Date();
    const live = (
      await tx.em.execute<Parameters<typeof parsedOffer>[0][]>(
        `select * from offer
         where tenant_id = ? and status = 'ACTIVE' and ? = any(placements)
           and (starts_at is null or starts_at <= now()) and (ends_at is null or ends_at > now())
         order by priority desc, created_at, id limit ?`,
        [tx.tenantId, data.placement, MAX_CANDIDATES],
      )
    ).map(parsedOffer);
    const standing = await playerStanding(tx.em, playerId);
    const suppressed = await suppressionOf(tx, playerId, standing);
    const base = { playerId, placement: data.placement, currency: data.currency };
    if (suppressed || !standing) {
      const candidates: Candidate[] = live.map((o) => ({ offerId: o.id, eligible: false, reason: 'SUPPRESSED' }));
      const decision = await insertDecision(tx, { ...base, policy: 'SUPPRESSED', candidates, shown: [], probability: 1, suppressedReason: suppressed ?? 'BLOCKED' });
      return { decision, offers: [] };
    }

    const facts = await playerFactsOf(tx, playerId, standing);
    const rewards = await rewardsOf(tx, live);
    const claims = await claimCountsOf(tx, playerId, live.map((o) => o.id));
    const impressions = await impressionCountsOf(tx, playerId, live);
    const candidates: Candidate[] = live.map((offer) => {
      const reason = ineligibilityOf(offer, rewards.get(offer.reward_template_id) ?? null, data.currency, facts,
        { impressions: impressions.get(offer.id) ?? null, claims: claims.get(offer.id) ?? 0 }, { now, checkImpressions: true });
      return reason ? { offerId: offer.id, eligible: false, reason } : { offerId: offer.id, eligible: true };
    });
    const eligible = live.filter((_, i) => candidates[i]!.eligible);
    const eligibleIds = new Set(eligible.map((o) => o.id));

    const choice = await experimentChoiceInTx(tx, { playerId, placement: data.placement, eligibleOfferIds: eligibleIds });
    if (choice) {
      const shown = choice.offerId && eligibleIds.has(choice.offerId) ? eligible.filter((o) => o.id === choice.offerId) : [];
      const decision = await insertDecision(tx, {
        ...base,
        policy: choice.kind === 'AB' ? 'EXPERIMENT' : 'BANDIT',
        candidates,
        shown: shown.map((o) => o.id),
        probability: choice.probability,
        experiment: { id: choice.experimentId, phase: choice.phase, armKey: choice.armKey },
      });
      await recordExposureInTx(tx, choice, playerId, decision.id);
      return { decision, offers: shown };
    }
    const decision = await insertDecision(tx, { ...base, policy: 'FIXED', candidates, shown: eligible.map((o) => o.id), probability: 1 });
    return { decision, offers: eligible };
  });
}

async function insertDecision(
  tx: TenantTx,
  d: {
    playerId: string;
    placement: string;
    currency: string;
    policy: DecisionPolicy;
    candidates: Candidate[];
    shown: string[];
    probability: number;
    experiment?: { id: string; phase: number; armKey: string };
    suppressedReason?: SuppressionReason;
  },
): Promise<DecisionRow> {
  const [row] = await tx.em.execute<DecisionRow[]>(
    `insert into offer_decision (id, tenant_id, player_id, placement, currency, policy, candidates, shown, chosen_offer_id, probability,
       experiment_id, phase, arm_key, suppressed_reason)
     values (?, ?, ?, ?, ?, ?, ?::jsonb, ?::uuid[], ?, ?, ?, ?, ?, ?) returning *`,
    [newId(), tx.tenantId, d.playerId, d.placement, d.currency, d.policy, JSON.stringify(d.candidates), `{${d.shown.join(',')}}`, d.shown[0] ?? null,
      d.probability, d.experiment?.id ?? null, d.experiment?.phase ?? null, d.experiment?.armKey ?? null, d.suppressedReason ?? null],
  );
  return row!;
}

// ------------------------------------------------------------------ staff reads

export interface DecisionFilter {
  playerId?: string | null;
  placement?: string | null;
  offerId?: string | null;
  policy?: DecisionPolicy | null;
  experimentId?: string | null;
}

/** Decisions by id (the Node loader's batch). */
export async function decisionsByIds(ctx: Context, ids: readonly string[]): Promise<ReadonlyMap<string, DecisionRow>> {
  const valid = ids.filter(isUuid);
  if (!ctx.tenant || valid.length === 0) return new Map();
  const rows = await tenantTx(ctx, (tx) => tx.em.execute<DecisionRow[]>(`select * from offer_decision where tenant_id = ? and id = any(?::uuid[])`, [tx.tenantId, `{${valid.join(',')}}`]));
  return new Map(rows.map((r) => [r.id, r]));
}

/** The tenant's decisions, newest first, filtered; an offer filter matches decisions that considered it. */
export function listDecisions(ctx: Context, args: PageArgs & DecisionFilter): Promise<Connection<DecisionRow>> {
  const f = { playerId: args.playerId ?? null, placement: args.placement ?? null, offerId: args.offerId ?? null, policy: args.policy ?? null, experimentId: args.experimentId ?? null };
  const where = `(?::uuid is null or player_id = ?::uuid) and (?::text is null or placement = ?::text)
    and (?::text is null or candidates @> jsonb_build_array(jsonb_build_object('offerId', ?::text)))
    and (?::text is null or policy = ?::text) and (?::uuid is null or experiment_id = ?::uuid)`;
  const params = [f.playerId, f.playerId, f.placement, f.placement, f.offerId, f.offerId, f.policy, f.policy, f.experimentId, f.experimentId];
  return keysetPage<DecisionRow>(args, {
    filters: f,
    keyOf: (d) => d.id,
    fetch: async (window) => {
      if ([window.after, window.before].some((key) => key !== undefined && !isUuid(key))) throw new ValidationError([{ path: ['after'], message: 'is not a valid cursor' }]);
      // Newest first: "after" a key is an older (smaller) id.
      return tenantTx(ctx, (tx) =>
        tx.em.execute<DecisionRow[]>(
          `select * from offer_decision
           where tenant_id = ? and (?::uuid is null or id < ?::uuid) and (?::uuid is null or id > ?::uuid) and ${where}
           order by id ${window.backward ? 'asc' : 'desc'} limit ?`,
          [tx.tenantId, window.after ?? null, window.after ?? null, window.before ?? null, window.before ?? null, ...params, window.limit],
        ),
      );
    },
    count: async () => {
      const [row] = await tenantTx(ctx, (tx) => tx.em.execute<{ n: number }[]>(`select count(*)::int as n from offer_decision where tenant_id = ? and ${where}`, [tx.tenantId, ...params]));
      return row!.n;
    },
  });
}
