/**
 * The bonus API's reads and actions for players and staff (docs/bonus.md, "Grants"): a player's
 * bonuses and their claim and forfeit, staff grants and forfeits, the RISK review queue, and the
 * withdrawal guard (a withdrawal while wagering forfeits the active bonuses, once confirmed).
 * Grants themselves go through bonus.grants.ts, the one entry point.
 */
import { z } from 'zod';
import { requireTenant, tenantTx, type Context, type TenantTx } from '../../src/context.js';
import { ForbiddenError, NotFoundError } from '../../src/errors.js';
import { isUuid } from '../../src/ids.js';
import { keysetPage, type Connection, type KeysetWindow, type PageArgs } from '../../src/graphql/pagination.js';
import { parseInput } from '../../src/validation.js';
import { globalIdOf } from '../../src/graphql/ids.js';
import { loadById } from '../../src/graphql/loaders.js';
import type { WithdrawalForfeit, WithdrawalGuard, WithdrawalRequestFacts } from '../../src/withdrawal-guards.js';
import { playerStanding } from '../identity/index.js';
import { lockPlayerForBonusInTx } from '../responsible-gambling/index.js';
import { idempotencyKey, whoCreated as actor } from '../wallet/index.js';
import { activateInTx, endGrantInTx, grantBonusInTx, grantById, publishInTx, type GrantOutcome, type GrantRow } from './bonus.grants.js';
import { BonusNotActiveError, BonusNotEligibleError, BonusNotPendingReviewError, type GrantStatus } from './bonus.errors.js';

const note = z.string().trim().min(3, 'must be at least 3 characters').max(500, 'must be at most 500 characters');

function playerOf(ctx: Context): string {
  if (ctx.principal?.kind !== 'player') throw new ForbiddenError('player');
  return ctx.principal.playerId;
}

// ---------------------------------------------------------------- reads

/** Grants by id (for the Node loader and events), as the tenant holds them. */
export async function grantsByIds(ctx: Context, ids: readonly string[]): Promise<ReadonlyMap<string, GrantRow>> {
  const valid = ids.filter(isUuid);
  if (valid.length === 0) return new Map();
  const rows = await tenantTx(ctx, (tx) => tx.em.execute<GrantRow[]>(`select * from bonus_grant where tenant_id = ? and id = any(?::uuid[])`, [tx.tenantId, `{${valid.join(',')}}`]));
  return new Map(rows.map((r) => [r.id, r]));
}

export interface GrantListing extends PageArgs {
  status?: GrantStatus | null;
}

/** A keyset page of grants matching `where`, newest first (ids are time-ordered), or oldest first. */
function pageOfGrants(ctx: Context, args: PageArgs, filters: { player_id?: string | null; status?: string | null }, oldestFirst: boolean): Promise<Connection<GrantRow>> {
  const columns = Object.entries(filters).filter((entry): entry is [string, string] => entry[1] != null);
  const where = columns.map(([column]) => `${column} = ?`);
  const params: unknown[] = columns.map(([, value]) => value);
  // In listing order, "after" a key is a smaller id when newest first, a larger one when oldest first.
  const [afterOp, beforeOp, forward] = oldestFirst ? ['>', '<', 'asc'] : ['<', '>', 'desc'];
  const backward = forward === 'asc' ? 'desc' : 'asc';
  return keysetPage<GrantRow>(args, {
    filters: { ...filters, oldestFirst },
    keyOf: (row) => row.id,
    fetch: (window: KeysetWindow) => {
      const conditions = [...where];
      const values = [...params];
      if (window.after !== undefined) {
        conditions.push(`id ${afterOp} ?`);
        values.push(window.after);
      }
      if (window.before !== undefined) {
        conditions.push(`id ${beforeOp} ?`);
        values.push(window.before);
      }
      const sql = `select * from bonus_grant where tenant_id = ?${conditions.map((condition) => ` and ${condition}`).join('')} order by id ${window.backward ? backward : forward} limit ?`;
      return tenantTx(ctx, (tx) => tx.em.execute<GrantRow[]>(sql, [tx.tenantId, ...values, window.limit]));
    },
    count: async () => {
      const sql = `select count(*)::int as count from bonus_grant where tenant_id = ?${where.map((condition) => ` and ${condition}`).join('')}`;
      const [row] = await tenantTx(ctx, (tx) => tx.em.execute<{ count: number }[]>(sql, [tx.tenantId, ...params]));
      return row?.count ?? 0;
    },
  });
}

/** The signed-in player's bonuses, newest first. */
export function myBonuses(ctx: Context, args: GrantListing): Promise<Connection<GrantRow>> {
  return pageOfGrants(ctx, args, { player_id: playerOf(ctx), status: args.status ?? null }, false);
}

/** A player's bonuses, newest first (the caller checked who may see them). */
export function playerBonuses(ctx: Context, playerId: string, args: GrantListing): Promise<Connection<GrantRow>> {
  return pageOfGrants(ctx, args, { player_id: playerId, status: args.status ?? null }, false);
}

/** Grants held for RISK review, oldest first. */
export function reviewQueue(ctx: Context, args: PageArgs): Promise<Connection<GrantRow>> {
  return pageOfGrants(ctx, args, { status: 'PENDING_REVIEW' }, true);
}

/** For each grant, the other players whose claims of the same promotion share its IP or device (the abuse signal), at most 50. */
async function sharedSignalByGrant(ctx: Context, grantIds: readonly string[]): Promise<ReadonlyMap<string, string[]>> {
  const rows = await tenantTx(ctx, (tx) =>
    tx.em.execute<{ grant_id: string; player_id: string }[]>(
      `select g.id as grant_id, o.player_id from bonus_grant g
       join lateral (
         select distinct other.player_id from bonus_grant other
         where other.tenant_id = g.tenant_id and other.template_id = g.template_id and other.player_id <> g.player_id
           and ((g.ip is not null and other.ip = g.ip) or (g.device_fingerprint is not null and other.device_fingerprint = g.device_fingerprint))
         order by other.player_id limit 50) o on true
       where g.tenant_id = ? and g.id = any(?::uuid[])`,
      [tx.tenantId, `{${grantIds.filter(isUuid).join(',')}}`],
    ),
  );
  const byGrant = new Map<string, string[]>(grantIds.map((id) => [id, []]));
  for (const row of rows) byGrant.get(row.grant_id)?.push(row.player_id);
  return byGrant;
}

/** The other players sharing the held grant's signal, batched per operation. */
export async function sharedSignalPlayers(ctx: Context, grantId: string): Promise<string[]> {
  return (await loadById(ctx, 'bonusSharedSignal', sharedSignalByGrant, grantId)) ?? [];
}

export interface Contribution {
  game: string;
  staked: string;
  wagered: string;
}

/** Wagering per game of each grant, most wagered first (one statement for a page of grants). */
async function contributionsByGrant(ctx: Context, grantIds: readonly string[]): Promise<ReadonlyMap<string, Contribution[]>> {
  const rows = await tenantTx(ctx, (tx) =>
    tx.em.execute<(Contribution & { grant_id: string })[]>(
      `select c.grant_id, c.game, c.staked::text as staked, c.wagered::text as wagered from bonus_contribution c
       where c.tenant_id = ? and c.grant_id = any(?::uuid[]) order by c.grant_id, c.wagered desc, c.game`,
      [tx.tenantId, `{${grantIds.filter(isUuid).join(',')}}`],
    ),
  );
  const byGrant = new Map<string, Contribution[]>(grantIds.map((id) => [id, []]));
  for (const { grant_id, ...contribution } of rows) byGrant.get(grant_id)?.push(contribution);
  return byGrant;
}

/** A grant's wagering per game, batched per operation. */
export async function contributionsOf(ctx: Context, grantId: string): Promise<Contribution[]> {
  return (await loadById(ctx, 'bonusContributions', contributionsByGrant, grantId)) ?? [];
}

// ---------------------------------------------------------------- the player's actions

const claimInput = z.object({
  templateId: z.string(),
  currency: z.string(),
  idempotencyKey,
  depositTransactionId: z.string().nullish(),
  deviceFingerprint: z.string().trim().min(1).max(200).nullish(),
});

/**
 * The player claims a bonus of a template: through the one grant entry point, with their key
 * namespaced by the player, their address and device (input, else X-Device-Fingerprint) as the
 * abuse signals. Ids are local here (the schema translated the global ones).
 */
export async function claimBonus(ctx: Context, input: z.input<typeof claimInput>): Promise<GrantOutcome> {
  const data = parseInput(claimInput, input);
  const playerId = playerOf(ctx);
  requireTenant(ctx);
  return tenantTx(ctx, (tx) =>
    grantBonusInTx(ctx, tx, {
      templateId: data.templateId,
      playerId,
      currency: data.currency,
      idempotencyKey: `player:${playerId}:${data.idempotencyKey}`,
      depositTransactionId: data.depositTransactionId ?? null,
      ip: ctx.ip,
      deviceFingerprint: data.deviceFingerprint ?? ctx.deviceFingerprint ?? null,
      grantedBy: `PLAYER:${playerId}`,
    }),
  );
}

/** The grant if it belongs to `playerId` (another player's is NotFound, never a hint it exists). */
async function ownGrant(tx: TenantTx, grantId: string, playerId: string): Promise<GrantRow> {
  // Not locked here: bonus_end locks the accounts first, then claims the grant, in the order bets take them.
  const grant = await grantById(tx, grantId);
  if (!grant || grant.player_id !== playerId) throw new NotFoundError('BonusGrant');
  return grant;
}

/** The player gives up one of their active bonuses: its balance is forfeited (reason PLAYER). */
export async function forfeitBonus(ctx: Context, grantId: string): Promise<GrantRow> {
  const playerId = playerOf(ctx);
  return tenantTx(ctx, async (tx) => {
    await ownGrant(tx, grantId, playerId);
    await endGrantInTx(ctx, tx, grantId, 'FORFEITED', 'PLAYER', `PLAYER:${playerId}`);
    return (await grantById(tx, grantId))!;
  });
}

// ---------------------------------------------------------------- staff

const staffGrantInput = z.object({
  playerId: z.string(),
  templateId: z.string(),
  currency: z.string(),
  idempotencyKey,
  depositTransactionId: z.string().nullish(),
});

/** Staff (bonus:manage) grant a bonus to a player; the key is namespaced for staff grants. */
export async function staffGrantBonus(ctx: Context, input: z.input<typeof staffGrantInput>): Promise<GrantOutcome> {
  const data = parseInput(staffGrantInput, input);
  requireTenant(ctx);
  return tenantTx(ctx, (tx) =>
    grantBonusInTx(ctx, tx, {
      templateId: data.templateId,
      playerId: data.playerId,
      currency: data.currency,
      idempotencyKey: `staff:${data.idempotencyKey}`,
      depositTransactionId: data.depositTransactionId ?? null,
      grantedBy: actor(ctx),
    }),
  );
}

const staffForfeitInput = z.object({ grantId: z.string(), reason: note });

/** Staff (bonus:manage) forfeit a player's active bonus, with a written reason (audited). */
export async function forfeitPlayerBonus(ctx: Context, input: z.input<typeof staffForfeitInput>): Promise<GrantRow> {
  const data = parseInput(staffForfeitInput, input);
  return tenantTx(ctx, async (tx) => {
    if (!(await grantById(tx, data.grantId))) throw new NotFoundError('BonusGrant');
    await endGrantInTx(ctx, tx, data.grantId, 'FORFEITED', 'STAFF', actor(ctx), data.reason);
    return (await grantById(tx, data.grantId))!;
  });
}

const reviewInput = z.object({ grantId: z.string(), note: note.nullish() });

async function heldGrant(tx: TenantTx, grantId: string): Promise<GrantRow> {
  const grant = await grantById(tx, grantId, true);
  if (!grant) throw new NotFoundError('BonusGrant');
  if (grant.status !== 'PENDING_REVIEW') throw new BonusNotPendingReviewError(grant.status);
  return grant;
}

/**
 * RISK approves a held grant: it becomes active now (posted, validity from now) through the same
 * activation as an unheld grant. A player who was blocked, self-excluded or timed out meanwhile
 * gets nothing (the grant stays held, for RISK to reject).
 */
export async function approveBonusReview(ctx: Context, input: z.input<typeof reviewInput>): Promise<GrantRow> {
  const data = parseInput(reviewInput, input);
  return tenantTx(ctx, async (tx) => {
    const found = await grantById(tx, data.grantId);
    if (!found) throw new NotFoundError('BonusGrant');
    // The player's responsible-gambling lock first, then the grant's: the order a grant takes them.
    await lockPlayerForBonusInTx(tx, found.player_id);
    const grant = await heldGrant(tx, data.grantId);
    if ((await playerStanding(tx.em, grant.player_id))?.status === 'BLOCKED') throw new BonusNotEligibleError('PLAYER_BLOCKED');
    await tx.em.execute(`update bonus_grant set reviewed_by = ?, reviewed_at = now(), review_note = ? where tenant_id = ? and id = ?`, [actor(ctx), data.note ?? null, tx.tenantId, grant.id]);
    const activated = await activateInTx(ctx, tx, grant, BigInt(grant.granted));
    await tx.audit({
      action: 'bonus.review.approve',
      target: { type: 'BonusGrant', id: grant.id },
      diff: { status: { from: 'PENDING_REVIEW', to: activated.status }, reviewer: actor(ctx), note: data.note ?? null, reviewReason: grant.review_reason, amount: grant.granted },
    });
    return activated;
  });
}

/**
 * RISK rejects a held grant: REJECTED with end reason REVIEW_REJECTED, its budget reservations
 * released; nothing was ever posted, so nothing moves.
 */
export async function rejectBonusReview(ctx: Context, input: z.input<typeof reviewInput>): Promise<GrantRow> {
  const data = parseInput(reviewInput, input);
  return tenantTx(ctx, async (tx) => {
    const grant = await heldGrant(tx, data.grantId);
    await tx.em.execute(
      `update bonus_grant set status = 'REJECTED', end_reason = 'REVIEW_REJECTED', ended_at = now(), reviewed_by = ?, reviewed_at = now(), review_note = ?
       where tenant_id = ? and id = ?`,
      [actor(ctx), data.note ?? null, tx.tenantId, grant.id],
    );
    await tx.em.execute(`select bonus_budget_settle(?, ?::jsonb, 0)`, [tx.tenantId, JSON.stringify(grant.reservations)]);
    const rejected = await publishInTx(tx, grant.id);
    await tx.audit({
      action: 'bonus.review.reject',
      target: { type: 'BonusGrant', id: grant.id },
      diff: { status: { from: 'PENDING_REVIEW', to: 'REJECTED' }, reviewer: actor(ctx), note: data.note ?? null, reviewReason: grant.review_reason, amount: grant.granted },
    });
    return rejected;
  });
}

// ---------------------------------------------------------------- withdrawals

/**
 * The player's active grants in the currency (earliest expiry first, as bets feed them). Not
 * locked: bonus_end takes the accounts' locks, then claims each grant by a conditional update.
 */
async function activeGrants(tx: TenantTx, playerId: string, currency: string): Promise<GrantRow[]> {
  return tx.em.execute<GrantRow[]>(
    `select * from bonus_grant where tenant_id = ? and player_id = ? and currency = ? and status = 'ACTIVE' order by expires_at, created_at, id`,
    [tx.tenantId, playerId, currency],
  );
}

/**
 * A withdrawal while wagering forfeits the player's active bonuses in its currency (their
 * deposits stay withdrawable): the player is told what they would lose and confirms.
 */
export const bonusWithdrawalGuard: WithdrawalGuard = {
  async forfeits(_ctx, tx, request: WithdrawalRequestFacts): Promise<WithdrawalForfeit[]> {
    const grants = await activeGrants(tx, request.playerId, request.currency);
    return grants.map((g) => ({ kind: 'BONUS', id: globalIdOf('BonusGrant', g.id), amount: g.balance }));
  },
  async forfeit(ctx, tx, request: WithdrawalRequestFacts): Promise<void> {
    for (const grant of await activeGrants(tx, request.playerId, request.currency)) {
      try {
        await endGrantInTx(ctx, tx, grant.id, 'FORFEITED', 'WITHDRAWAL', `PLAYER:${request.playerId}`);
      } catch (error) {
        // Ended meanwhile (expired, completed): nothing left to forfeit, the withdrawal goes on.
        if (!(error instanceof BonusNotActiveError)) throw error;
      }
    }
  },
};
