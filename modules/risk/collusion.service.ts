/**
 * Reads of the collusion pair statistics for RISK staff, and the scan staff run by hand
 * (docs/risk.md "Poker collusion").
 */
import { z } from 'zod';
import { tenantTx, type Context } from '../../src/context.js';
import { ValidationError } from '../../src/errors.js';
import type { Connection, PageArgs } from '../../src/graphql/pagination.js';
import { rowsByIds, scoredTablePage } from '../../src/graphql/table-rows.js';
import { parseInput } from '../../src/validation.js';
import { rulesOf, scanCollusionTenant, type PairRow, type ScanCounts } from './collusion.scan.js';

export function pairsByIds(ctx: Context, ids: readonly string[]): Promise<ReadonlyMap<string, PairRow>> {
  return rowsByIds<PairRow>(ctx, 'risk_pair_stats', 'id', ids);
}

export interface PairFilter {
  playerId?: string | undefined;
  minHands?: number | null | undefined;
  flagged?: boolean | null | undefined;
}

/** The tenant's pairs by score, highest first (ties: newest row first). The key of a row is `score|id`. */
export function rankedPairs(ctx: Context, filter: PairFilter, args: PageArgs): Promise<Connection<PairRow>> {
  if (filter.minHands != null && (!Number.isInteger(filter.minHands) || filter.minHands < 0)) throw new ValidationError([{ path: ['minHands'], message: 'must not be negative' }]);
  const where: string[] = ['true'];
  const params: unknown[] = [];
  if (filter.playerId !== undefined) (where.push('(player_a = ? or player_b = ?)'), params.push(filter.playerId, filter.playerId));
  if (filter.minHands != null) (where.push('hands >= ?'), params.push(filter.minHands));
  if (filter.flagged != null) (where.push('flagged = ?'), params.push(filter.flagged));
  return scoredTablePage<PairRow>(ctx, args, { table: 'risk_pair_stats', where: where.join(' and '), params, filters: filter });
}

const scanInput = z.object({ reason: z.string().trim().min(1, 'must not be empty').max(500, 'must be at most 500 characters') });

/** Staff run the tenant's scan now (audited with their reason), with the tenant's rules. */
export async function scanCollusionNow(ctx: Context, input: z.input<typeof scanInput>): Promise<ScanCounts> {
  const data = parseInput(scanInput, input);
  const tenantId = await tenantTx(ctx, async (tx) => {
    await tx.audit({ action: 'risk.collusion.scan', target: { type: 'Tenant', id: tx.tenantId }, diff: { reason: { from: null, to: data.reason } } });
    return tx.tenantId;
  });
  return scanCollusionTenant(ctx, tenantId, rulesOf(ctx.services));
}
