/**
 * Responsible-gambling signals and the staff flag (issue #17). A signal is a dated RG event of a
 * player (self-exclusion, time-out, staff flag): experiments count them per arm as a guardrail
 * (responsible-gambling.signals.ts reads them). The flag on rg_state is a staff member's concern
 * about a player: while it stands the player is shown no marketing (marketingRefusalsOf). The
 * player never sees the staff reason.
 */
import { z } from 'zod';
import { actorLabel } from '../../src/auth/principal.js';
import { tenantTx, type Context, type TenantTx } from '../../src/context.js';
import { NotFoundError } from '../../src/errors.js';
import { isUuid, newId } from '../../src/ids.js';
import { parseInput } from '../../src/validation.js';

export const RG_SIGNAL_KINDS = ['SELF_EXCLUSION', 'TIME_OUT', 'STAFF_FLAG'] as const;
export type RgSignalKind = (typeof RG_SIGNAL_KINDS)[number];

/** The staff flag of a player, as staff see it. */
export interface RgFlag {
  flaggedAt: Date;
  reason: string | null;
  flaggedBy: string | null;
}

/** Who did it, as the rg_signal and rg_state rows record it. */
export function signalActorOf(ctx: Context): string {
  return ctx.principal ? actorLabel(ctx.principal) : 'SYSTEM:-';
}

/** Writes a signal in the caller's transaction: it exists exactly when the change it records does. */
export async function recordRgSignalInTx(tx: TenantTx, signal: { playerId: string; kind: RgSignalKind; reason?: string | null; createdBy: string }): Promise<void> {
  await tx.em.execute(
    `insert into rg_signal (id, tenant_id, player_id, kind, reason, created_by) values (?, ?, ?, ?, ?, ?)`,
    [newId(), tx.tenantId, signal.playerId, signal.kind, signal.reason ?? null, signal.createdBy],
  );
}

function date(value: Date | string | null): Date | null {
  return value === null ? null : value instanceof Date ? value : new Date(value);
}

/** The player's flag, or null when not flagged. */
export async function flagOfInTx(tx: TenantTx, playerId: string): Promise<RgFlag | null> {
  const [row] = await tx.em.execute<{ flagged_at: Date | string | null; flag_reason: string | null; flagged_by: string | null }[]>(
    `select flagged_at, flag_reason, flagged_by from rg_state where tenant_id = ? and player_id = ?`,
    [tx.tenantId, playerId],
  );
  if (!row?.flagged_at) return null;
  return { flaggedAt: date(row.flagged_at)!, reason: row.flag_reason, flaggedBy: row.flagged_by };
}

/** The player of this tenant, its rg_state row created on first use (as the service's lockState does) and locked. */
async function lockPlayerState(tx: TenantTx, playerId: string): Promise<RgFlag | null> {
  if (!isUuid(playerId)) throw new NotFoundError('Player');
  const [player] = await tx.em.execute<{ id: string }[]>(`select id from player where tenant_id = ? and id = ?`, [tx.tenantId, playerId]);
  if (!player) throw new NotFoundError('Player');
  await tx.em.execute(
    `insert into rg_state (id, tenant_id, player_id) values (ledger_uuidv7(), ?, ?) on conflict (tenant_id, player_id) do nothing`,
    [tx.tenantId, playerId],
  );
  await tx.em.execute(`select 1 from rg_state where tenant_id = ? and player_id = ? for update`, [tx.tenantId, playerId]);
  return flagOfInTx(tx, playerId);
}

const flagInput = z.object({
  playerId: z.string(),
  reason: z.string().trim().min(1, 'must not be empty').max(500, 'must be at most 500 characters'),
});
const clearInput = z.object({
  playerId: z.string(),
  note: z.string().trim().min(1, 'must not be empty').max(500, 'must be at most 500 characters'),
});

/**
 * Flags a player for responsible-gambling concerns: no offers or other marketing while flagged,
 * and a STAFF_FLAG signal (the experiments' RG guardrail counts it). Flagging a flagged player
 * replaces the reason, keeps the first flaggedAt and writes no second signal. Audited on the Player.
 * Answers the flag and whether the player was not flagged before.
 */
export async function flagPlayer(ctx: Context, input: { playerId: string; reason: string }): Promise<{ flag: RgFlag; newlyFlagged: boolean }> {
  const data = parseInput(flagInput, input);
  const by = signalActorOf(ctx);
  return tenantTx(ctx, async (tx) => {
    const before = await lockPlayerState(tx, data.playerId);
    await tx.em.execute(
      `update rg_state set flagged_at = coalesce(flagged_at, now()), flag_reason = ?, flagged_by = ?, updated_at = now()
       where tenant_id = ? and player_id = ?`,
      [data.reason, by, tx.tenantId, data.playerId],
    );
    if (!before) await recordRgSignalInTx(tx, { playerId: data.playerId, kind: 'STAFF_FLAG', reason: data.reason, createdBy: by });
    await tx.audit({
      action: 'rg.flag.set',
      target: { type: 'Player', id: data.playerId },
      diff: { flagged: { from: before !== null, to: true }, reason: { from: before?.reason ?? null, to: data.reason } },
    });
    return { flag: (await flagOfInTx(tx, data.playerId))!, newlyFlagged: before === null };
  });
}

/**
 * Clears a player's flag, with a note for the audit trail. Clearing an unflagged player changes
 * nothing and records nothing; answers whether a flag was cleared.
 */
export async function clearPlayerFlag(ctx: Context, input: { playerId: string; note: string }): Promise<boolean> {
  const data = parseInput(clearInput, input);
  return tenantTx(ctx, async (tx) => {
    const before = await lockPlayerState(tx, data.playerId);
    if (!before) return false;
    await tx.em.execute(
      `update rg_state set flagged_at = null, flag_reason = null, flagged_by = null, updated_at = now() where tenant_id = ? and player_id = ?`,
      [tx.tenantId, data.playerId],
    );
    await tx.audit({
      action: 'rg.flag.clear',
      target: { type: 'Player', id: data.playerId },
      diff: { flagged: { from: true, to: false }, reason: { from: before.reason, to: null }, flaggedAt: before.flaggedAt.toISOString(), note: data.note },
    });
    return true;
  });
}

/** A player's flag for staff (null when none, or when the tenant has no such player). */
export async function playerFlag(ctx: Context, playerId: string): Promise<RgFlag | null> {
  if (!isUuid(playerId)) return null;
  return tenantTx(ctx, (tx) => flagOfInTx(tx, playerId));
}
