import { tenantTx, type Context, type TenantTx } from '../../src/context.js';
import { blockedPlayersOf } from '../identity/index.js';
import { playRefusalsOf } from '../responsible-gambling/index.js';
import { endGrantInTx, publishInTx, type EndReason } from './bonus.grants.js';
import { BonusNotActiveError } from './bonus.errors.js';

/**
 * The bonus sweep of one tenant (docs/bonus.md, "Ending a grant"): grants past their expiry end
 * (EXPIRED), held grants past their expiry are rejected, and the active grants of players who
 * may no longer have bonuses (self-excluded, timed out, blocked) are forfeited. Every grant is
 * ended in a transaction of its own, through the one ending path; a grant that a player, a bet
 * or another instance ended meanwhile answers BonusNotActiveError and is skipped.
 */

/** Who the ledger and the grant name as the ender. */
export const SWEEP_ACTOR = 'JOB:bonus-expiry';
/** Grants read per query; each is still ended in its own transaction. */
const BATCH = 100;

export interface SweepCounts {
  /** Active grants ended as EXPIRED. */
  expired: number;
  /** Held grants (PENDING_REVIEW) past their expiry, rejected with their reservations released. */
  rejected: number;
  /** Active grants forfeited because of the player's standing, by reason. */
  forfeited: Partial<Record<EndReason, number>>;
  /** Grants something else ended first: not failures. */
  skipped: number;
}

export function emptySweepCounts(): SweepCounts {
  return { expired: 0, rejected: 0, forfeited: {}, skipped: 0 };
}

/** Ends one active grant in its own transaction; false when it was no longer active. */
async function endOne(ctx: Context, grantId: string, status: 'EXPIRED' | 'FORFEITED', reason: EndReason): Promise<boolean> {
  try {
    await tenantTx(ctx, (tx) => endGrantInTx(ctx, tx, grantId, status, reason, SWEEP_ACTOR));
    return true;
  } catch (error) {
    if (error instanceof BonusNotActiveError) return false;
    throw error;
  }
}

/** Ends the tenant's active grants whose expiry has passed (database clock), earliest first. */
export async function expireDueGrants(ctx: Context, counts: SweepCounts): Promise<void> {
  // The cursor keeps the database's text of the time: a JS Date would drop its microseconds.
  let after: { expiresAt: string; id: string } | null = null;
  for (;;) {
    const cursor: { expiresAt: string; id: string } | null = after;
    const due: { id: string; expires_at: string }[] = await tenantTx(ctx, (tx) =>
      tx.em.execute<{ id: string; expires_at: string }[]>(
        `select id, expires_at::text as expires_at from bonus_grant
         where tenant_id = ? and status = 'ACTIVE' and expires_at <= now()
           ${cursor ? 'and (expires_at, id) > (?::timestamptz, ?::uuid)' : ''}
         order by expires_at, id limit ${BATCH}`,
        cursor ? [tx.tenantId, cursor.expiresAt, cursor.id] : [tx.tenantId],
      ),
    );
    for (const grant of due) {
      if (await endOne(ctx, grant.id, 'EXPIRED', 'EXPIRED')) counts.expired += 1;
      else counts.skipped += 1;
    }
    if (due.length < BATCH) return;
    const last = due[due.length - 1]!;
    after = { expiresAt: last.expires_at, id: last.id };
  }
}

/**
 * Rejects one held grant past its expiry: no money moved for it, so only its budget
 * reservations are released (nothing converted) and its state is published.
 */
async function rejectHeld(ctx: Context, tx: TenantTx, grantId: string): Promise<boolean> {
  const [claimed] = await tx.em.execute<{ reservations: unknown[] }[]>(
    `update bonus_grant set status = 'REJECTED', end_reason = 'EXPIRED', ended_at = now(), updated_at = now()
     where tenant_id = ? and id = ? and status = 'PENDING_REVIEW' and expires_at <= now()
     returning reservations`,
    [tx.tenantId, grantId],
  );
  if (!claimed) return false;
  await tx.em.execute(`select bonus_budget_settle(?, ?::jsonb, 0)`, [tx.tenantId, JSON.stringify(claimed.reservations)]);
  await publishInTx(tx, grantId);
  await tx.audit({
    action: 'bonus.expire',
    target: { type: 'BonusGrant', id: grantId },
    diff: { status: { from: 'PENDING_REVIEW', to: 'REJECTED' }, reason: 'EXPIRED' },
  });
  return true;
}

/** Rejects the tenant's held grants that nobody reviewed before their expiry. */
export async function rejectExpiredHolds(ctx: Context, counts: SweepCounts): Promise<void> {
  let after: string | null = null;
  for (;;) {
    const cursor: string | null = after;
    const due: { id: string }[] = await tenantTx(ctx, (tx) =>
      tx.em.execute<{ id: string }[]>(
        `select id from bonus_grant where tenant_id = ? and status = 'PENDING_REVIEW' and expires_at <= now()
         ${cursor ? 'and id > ?' : ''} order by id limit ${BATCH}`,
        cursor ? [tx.tenantId, cursor] : [tx.tenantId],
      ),
    );
    for (const grant of due) {
      if (await tenantTx(ctx, (tx) => rejectHeld(ctx, tx, grant.id))) counts.rejected += 1;
      else counts.skipped += 1;
    }
    if (due.length < BATCH) return;
    after = due[due.length - 1]!.id;
  }
}

/** Why a player's bonuses must end now, or null: self-exclusion, then time-out, then a blocked account. */
function standingReason(refusal: 'SELF_EXCLUDED' | 'TIME_OUT' | undefined, blocked: boolean): EndReason | null {
  if (refusal === 'SELF_EXCLUDED') return 'SELF_EXCLUSION';
  if (refusal === 'TIME_OUT') return 'TIME_OUT';
  if (blocked) return 'ACCOUNT_CLOSED';
  return null;
}

/**
 * Forfeits the active grants of players who are now self-excluded, timed out or blocked. It walks
 * the players holding active grants (bonus_grant_feed_idx) in batches, asks responsible gambling
 * and identity about each batch in one statement each, and ends each affected grant on its own.
 */
export async function forfeitRefusedPlayers(ctx: Context, counts: SweepCounts): Promise<void> {
  let after: string | null = null;
  for (;;) {
    const cursor: string | null = after;
    const batch: { playerIds: string[]; ended: { playerId: string; reason: EndReason }[] } = await tenantTx(ctx, async (tx) => {
      const players = await tx.em.execute<{ player_id: string }[]>(
        `select distinct player_id from bonus_grant where tenant_id = ? and status = 'ACTIVE'
         ${cursor ? 'and player_id > ?' : ''} order by player_id limit ${BATCH}`,
        cursor ? [tx.tenantId, cursor] : [tx.tenantId],
      );
      const playerIds = players.map((p) => p.player_id);
      const refusals = await playRefusalsOf(tx, playerIds);
      const blocked = await blockedPlayersOf(tx.em, tx.tenantId, playerIds);
      const ended: { playerId: string; reason: EndReason }[] = [];
      for (const playerId of playerIds) {
        const reason = standingReason(refusals.get(playerId), blocked.has(playerId));
        if (reason) ended.push({ playerId, reason });
      }
      return { playerIds, ended };
    });
    for (const { playerId, reason } of batch.ended) {
      const grants = await tenantTx(ctx, (tx) =>
        tx.em.execute<{ id: string }[]>(`select id from bonus_grant where tenant_id = ? and player_id = ? and status = 'ACTIVE' order by id`, [tx.tenantId, playerId]),
      );
      for (const grant of grants) {
        if (await endOne(ctx, grant.id, 'FORFEITED', reason)) counts.forfeited[reason] = (counts.forfeited[reason] ?? 0) + 1;
        else counts.skipped += 1;
      }
    }
    if (batch.playerIds.length < BATCH) return;
    after = batch.playerIds[batch.playerIds.length - 1]!;
  }
}

/** The whole sweep of one tenant. */
export async function sweepTenant(ctx: Context, counts: SweepCounts = emptySweepCounts()): Promise<SweepCounts> {
  await expireDueGrants(ctx, counts);
  await rejectExpiredHolds(ctx, counts);
  await forfeitRefusedPlayers(ctx, counts);
  return counts;
}
