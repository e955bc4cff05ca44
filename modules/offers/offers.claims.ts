/**
 * claimOffer: the signed-in player takes an offer they were shown; its reward is granted through
 * the bonus engine's one entry point, and the claim recorded, in one transaction (a refusal
 * leaves nothing). myOffers lists the player's claims.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { requireTenant, tenantTx, type Context, type TenantTx } from '../../src/context.js';
import { NotFoundError, ValidationError } from '../../src/errors.js';
import { isUuid, newId } from '../../src/ids.js';
import { keysetPage, type Connection, type PageArgs } from '../../src/graphql/pagination.js';
import { parseInput } from '../../src/validation.js';
import { playerStanding } from '../identity/index.js';
import { IdempotencyConflictError, idempotencyKey } from '../wallet/index.js';
import { BonusTemplateArchivedError, grantBonusInTx, type GrantRow } from '../bonus/index.js';
import { SelfExcludedError, TimeOutActiveError } from '../responsible-gambling/index.js';
import { OfferArchivedError, OfferClaimLimitReachedError, OfferNotAvailableError, OfferNotShownError, type ClaimRefusalReason } from './offers.errors.js';
import { claimCountsOf, playerFactsOf, playerOf, rewardsOf, suppressionOf } from './offers.decisions.js';
import { parsedOffer } from './offers.service.js';
import { ineligibilityOf } from './offers.terms.js';

/** The outbox event of a claim (consumed by KPIs, issue #20). */
export const OFFER_CLAIMED = 'offer.claimed';

/** How long after a showing the offer may be claimed. */
export const CLAIM_WINDOW_HOURS = 24;

export interface ClaimRow {
  id: string;
  tenant_id: string;
  offer_id: string;
  player_id: string;
  decision_id: string | null;
  grant_id: string;
  currency: string;
  idempotency_key: string;
  request_hash: string;
  created_at: Date;
}

export interface ClaimOutcome {
  claim: ClaimRow;
  grant: GrantRow;
  /** The key had claimed already: this is the original claim, nothing new happened. */
  replay: boolean;
}

export interface OfferClaimedPayload {
  claimId: string;
  offerId: string;
  playerId: string;
  grantId: string;
  decisionId: string | null;
  currency: string;
  claimedAt: string;
}

const claimInput = z.object({
  offerId: z.string(),
  currency: z.string(),
  idempotencyKey,
  depositTransactionId: z.string().nullish(),
  deviceFingerprint: z.string().trim().min(1).max(200).nullish(),
});
export type ClaimOfferInput = z.input<typeof claimInput>;

async function grantOf(tx: TenantTx, grantId: string): Promise<GrantRow> {
  const [row] = await tx.em.execute<GrantRow[]>(`select * from bonus_grant where tenant_id = ? and id = ?`, [tx.tenantId, grantId]);
  if (!row) throw new Error(`grant ${grantId} of an offer claim not found`);
  return row;
}

/**
 * The player claims an offer (ids local: the schema translated the global ones). In order: the
 * key (a replay answers the original claim; other content under it is IDEMPOTENCY_CONFLICT), the
 * offer (archived, paused, out of schedule), suppression, a showing to this player in the last
 * 24 hours, eligibility and the claim cap, then the grant (bonus refusals surface as they are:
 * not eligible, budget exceeded, self-excluded, timed out) and the claim row and its event.
 */
export async function claimOffer(ctx: Context, input: ClaimOfferInput): Promise<ClaimOutcome> {
  const data = parseInput(claimInput, input);
  const playerId = playerOf(ctx);
  const tenant = requireTenant(ctx);
  if (!tenant.currencies.includes(data.currency)) throw new ValidationError([{ path: ['input', 'currency'], message: 'is not a currency of this tenant' }]);
  // Unique per tenant: the player's own key, namespaced by the player.
  const key = `${playerId}:${data.idempotencyKey}`;
  const hash = createHash('sha256').update(JSON.stringify([data.offerId, data.currency, data.depositTransactionId ?? null])).digest('hex');
  return tenantTx(ctx, async (tx) => {
    const replayOf = async (): Promise<ClaimOutcome | null> => {
      const [existing] = await tx.em.execute<ClaimRow[]>(`select * from offer_claim where tenant_id = ? and idempotency_key = ?`, [tx.tenantId, key]);
      if (!existing) return null;
      if (existing.request_hash !== hash) throw new IdempotencyConflictError(data.idempotencyKey);
      return { claim: existing, grant: await grantOf(tx, existing.grant_id), replay: true };
    };
    const replay = await replayOf();
    if (replay) return replay;
    if (!isUuid(data.offerId)) throw new NotFoundError('Offer');
    // One claim of an offer by a player at a time, so concurrent claims with different keys
    // count each other against the cap. A transaction-scoped advisory lock: it touches no row
    // another path locks, so it adds no lock-order constraint.
    await tx.em.execute(`select pg_advisory_xact_lock(hashtextextended(?, 0))`, [`offer-claim:${tx.tenantId}:${playerId}:${data.offerId}`]);
    const raced = await replayOf();
    if (raced) return raced;

    // Shared: a status change or an update waits for the claim in flight.
    const [stored] = await tx.em.execute<Parameters<typeof parsedOffer>[0][]>(`select * from offer where tenant_id = ? and id = ? for share`, [tx.tenantId, data.offerId]);
    if (!stored) throw new NotFoundError('Offer');
    const offer = parsedOffer(stored);
    if (offer.status === 'ARCHIVED') throw new OfferArchivedError();
    if (offer.status === 'PAUSED') throw new OfferNotAvailableError('PAUSED');
    const now = new Date();
    if (offer.starts_at && new Date(offer.starts_at) > now) throw new OfferNotAvailableError('NOT_STARTED');
    if (offer.ends_at && new Date(offer.ends_at) <= now) throw new OfferNotAvailableError('ENDED');

    const standing = await playerStanding(tx.em, playerId);
    const suppressed = await suppressionOf(tx, playerId, standing);
    if (suppressed || !standing) throw new OfferNotAvailableError(suppressed ?? 'BLOCKED');

    const [shown] = await tx.em.execute<{ id: string }[]>(
      `select id from offer_decision
       where tenant_id = ? and player_id = ? and ?::uuid = any(shown) and created_at > now() - make_interval(hours => ?)
       order by created_at desc, id desc limit 1`,
      [tx.tenantId, playerId, offer.id, CLAIM_WINDOW_HOURS],
    );
    if (!shown) throw new OfferNotShownError();

    const facts = await playerFactsOf(tx, playerId, standing);
    const rewards = await rewardsOf(tx, [offer]);
    const claims = (await claimCountsOf(tx, playerId, [offer.id])).get(offer.id) ?? 0;
    const reason = ineligibilityOf(offer, rewards.get(offer.reward_template_id) ?? null, data.currency, facts, { impressions: null, claims }, { now, checkImpressions: false });
    if (reason === 'CLAIM_CAP') throw new OfferClaimLimitReachedError(offer.frequency.maxClaims);
    // Impressions are not checked at claim time, and suppression was checked above.
    if (reason) throw new OfferNotAvailableError(reason as ClaimRefusalReason);

    const outcome = await grantBonusInTx(ctx, tx, {
      templateId: offer.reward_template_id,
      playerId,
      currency: data.currency,
      idempotencyKey: `offer:${key}`,
      depositTransactionId: data.depositTransactionId ?? null,
      ip: ctx.ip,
      deviceFingerprint: data.deviceFingerprint ?? ctx.deviceFingerprint ?? null,
      grantedBy: `PLAYER:${playerId}`,
    }).catch((error: unknown): never => {
      // Checked above already; the grant re-checks them under its locks, for what changed meanwhile.
      if (error instanceof SelfExcludedError) throw new OfferNotAvailableError('SELF_EXCLUDED');
      if (error instanceof TimeOutActiveError) throw new OfferNotAvailableError('TIME_OUT');
      if (error instanceof BonusTemplateArchivedError) throw new OfferNotAvailableError('REWARD_INACTIVE');
      throw error;
    });
    let claim: ClaimRow;
    try {
      [claim] = (await tx.em.execute<ClaimRow[]>(
        `insert into offer_claim (id, tenant_id, offer_id, player_id, decision_id, grant_id, currency, idempotency_key, request_hash)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning *`,
        [newId(), tx.tenantId, offer.id, playerId, shown.id, outcome.grant.id, data.currency, key, hash],
      )) as [ClaimRow];
    } catch (error) {
      // The same key taken at the same moment by a claim of another offer.
      if (error instanceof UniqueConstraintViolationException) throw new IdempotencyConflictError(data.idempotencyKey);
      throw error;
    }
    const payload: OfferClaimedPayload = {
      claimId: claim.id,
      offerId: offer.id,
      playerId,
      grantId: outcome.grant.id,
      decisionId: shown.id,
      currency: data.currency,
      claimedAt: new Date(claim.created_at).toISOString(),
    };
    await tx.emit(`offers:${playerId}`, OFFER_CLAIMED, payload);
    return { claim, grant: outcome.grant, replay: false };
  });
}

// ------------------------------------------------------------------ reads

/** Claims by id (the Node loader's batch). */
export async function claimsByIds(ctx: Context, ids: readonly string[]): Promise<ReadonlyMap<string, ClaimRow>> {
  const valid = ids.filter(isUuid);
  if (!ctx.tenant || valid.length === 0) return new Map();
  const rows = await tenantTx(ctx, (tx) => tx.em.execute<ClaimRow[]>(`select * from offer_claim where tenant_id = ? and id = any(?::uuid[])`, [tx.tenantId, `{${valid.join(',')}}`]));
  return new Map(rows.map((r) => [r.id, r]));
}

/** A player's claims, newest first. */
export function claimsOf(ctx: Context, playerId: string, args: PageArgs): Promise<Connection<ClaimRow>> {
  return keysetPage<ClaimRow>(args, {
    filters: { playerId },
    keyOf: (c) => c.id,
    fetch: async (window) => {
      if ([window.after, window.before].some((k) => k !== undefined && !isUuid(k))) throw new ValidationError([{ path: ['after'], message: 'is not a valid cursor' }]);
      return tenantTx(ctx, (tx) =>
        tx.em.execute<ClaimRow[]>(
          `select * from offer_claim
           where tenant_id = ? and player_id = ? and (?::uuid is null or id < ?::uuid) and (?::uuid is null or id > ?::uuid)
           order by id ${window.backward ? 'asc' : 'desc'} limit ?`,
          [tx.tenantId, playerId, window.after ?? null, window.after ?? null, window.before ?? null, window.before ?? null, window.limit],
        ),
      );
    },
    count: async () => {
      const [row] = await tenantTx(ctx, (tx) => tx.em.execute<{ n: number }[]>(`select count(*)::int as n from offer_claim where tenant_id = ? and player_id = ?`, [tx.tenantId, playerId]));
      return row!.n;
    },
  });
}

/** The signed-in player's claims, newest first. */
export function myOffers(ctx: Context, args: PageArgs): Promise<Connection<ClaimRow>> {
  return claimsOf(ctx, playerOf(ctx), args);
}
