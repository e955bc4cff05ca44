/**
 * Staff exclusions of attributed players (docs/affiliates.md "Excluding a player"): a player
 * found to be a duplicate account or fraudulent is marked on their attribution, and from then on
 * never qualifies for CPA (the statement job passes the mark to the engine as a flag). Audited on
 * the affiliate the player is attributed to.
 */
import { z } from 'zod';
import { tenantTx, type Context, type TenantTx } from '../../src/context.js';
import { NotFoundError } from '../../src/errors.js';
import { difference } from '../../src/audit/chain.js';
import { actorLabel } from '../../src/auth/principal.js';
import { parseInput } from '../../src/validation.js';
import type { PlayerFlags } from './affiliates.commission.js';
import type { AttributionRow } from './affiliates.tracking.js';

export const EXCLUSION_REASONS = ['DUPLICATE', 'FRAUD'] as const;
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];

const exclusionInput = z.object({
  reason: z.enum(EXCLUSION_REASONS).nullable(),
  note: z.string().trim().min(1, 'must not be empty').max(2000, 'must be at most 2000 characters').nullish(),
});

/**
 * Sets (reason) or clears (null) the exclusion of an attributed player. Setting the same reason
 * again keeps the first time; a change is audited as `affiliate.player.exclude` or `.include`.
 */
export async function setPlayerExclusion(ctx: Context, playerId: string, input: z.input<typeof exclusionInput>): Promise<AttributionRow> {
  const data = parseInput(exclusionInput, input);
  return tenantTx(ctx, async (tx) => {
    const [before] = await tx.em.execute<AttributionRow[]>(`select * from affiliate_attribution where tenant_id = ? and player_id = ? for update`, [tx.tenantId, playerId]);
    if (!before) throw new NotFoundError('AffiliateAttribution');
    if (before.excluded_reason === data.reason && (data.reason === null || before.excluded_note === (data.note ?? null))) return before;
    const [after] = await tx.em.execute<AttributionRow[]>(
      `update affiliate_attribution
          set excluded_reason = ?, excluded_note = ?, excluded_by = ?,
              excluded_at = case when ?::text is null then null when excluded_reason = ?::text then excluded_at else now() end
        where tenant_id = ? and player_id = ? returning *`,
      [data.reason, data.reason === null ? null : (data.note ?? null), data.reason === null ? null : ctx.principal ? actorLabel(ctx.principal) : 'SYSTEM', data.reason, data.reason, tx.tenantId, playerId],
    );
    await tx.audit({
      action: data.reason === null ? 'affiliate.player.include' : 'affiliate.player.exclude',
      target: { type: 'Affiliate', id: before.affiliate_id },
      diff: difference({ player: playerId, reason: before.excluded_reason, note: before.excluded_note }, { player: playerId, reason: after!.excluded_reason, note: after!.excluded_note }),
    });
    return after!;
  });
}

/** The exclusions staff recorded before `before`, as the engine's flags, by player. */
export async function exclusionFlagsInTx(tx: TenantTx, playerIds: readonly string[], before: Date): Promise<ReadonlyMap<string, Pick<PlayerFlags, 'fraud' | 'duplicate'>>> {
  if (playerIds.length === 0) return new Map();
  const rows = await tx.em.execute<{ player_id: string; excluded_reason: ExclusionReason }[]>(
    `select player_id, excluded_reason from affiliate_attribution
      where tenant_id = ? and player_id = any(?::uuid[]) and excluded_reason is not null and excluded_at < ?`,
    [tx.tenantId, `{${playerIds.join(',')}}`, before],
  );
  return new Map(rows.map((row) => [row.player_id, { fraud: row.excluded_reason === 'FRAUD', duplicate: row.excluded_reason === 'DUPLICATE' }]));
}
