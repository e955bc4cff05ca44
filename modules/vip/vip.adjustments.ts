/**
 * Staff adjustments of a player's points (docs/vip.md "Adjustments"), audited. A positive
 * adjustment is a VIP_ADJUST posting and a lot that is NOT earned: staff corrections move the
 * balance but never the points that count towards tiers. A negative one spends lots oldest first,
 * and may take the balance below zero only with allowNegative.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { tenantTx, type Context } from '../../src/context.js';
import { NotFoundError, ValidationError } from '../../src/errors.js';
import { isUuid, newId } from '../../src/ids.js';
import { parseInput } from '../../src/validation.js';
import { playerStanding } from '../identity/index.js';
import { IdempotencyConflictError, idempotencyKey, whoCreated } from '../wallet/index.js';
import { creditLotInTx, debitLotsInTx, lockPointsAccountInTx, postPointsInTx, utcDay } from './vip.ledger.js';
import { vipSettingsInTx } from './vip.settings.js';
import { formatPoints, parsePoints } from './vip.units.js';
import { VipAdjustmentBelowZeroError, VipProgrammeOffError } from './vip.rewards.errors.js';

export interface AdjustmentRow {
  id: string;
  tenant_id: string;
  player_id: string;
  idempotency_key: string;
  request_hash: string;
  points: string;
  reason: string;
  transaction_id: string;
  created_by: string;
  created_at: Date;
}

export interface AdjustmentOutcome {
  adjustment: AdjustmentRow;
  /** The player's points balance after it (hundredths); on a replay, the balance now. */
  balanceAfter: bigint;
  replay: boolean;
}

const adjustInput = z.object({
  playerId: z.string(),
  points: z.string(),
  reason: z.string().trim().min(1, 'must not be empty').max(500),
  allowNegative: z.boolean().nullish(),
  idempotencyKey,
});
export type AdjustInput = z.input<typeof adjustInput>;

/** "-12.5" → -1250n; null unless a non-zero signed decimal of at most two places. */
export function parseSignedPoints(value: string): bigint | null {
  const negative = value.startsWith('-');
  const units = parsePoints(negative ? value.slice(1) : value.startsWith('+') ? value.slice(1) : value);
  if (units === null || units === 0n) return null;
  return negative ? -units : units;
}

/** Staff (vip:manage) adjust a player's points; a replay of the key answers the original adjustment. */
export async function adjustVipPoints(ctx: Context, input: AdjustInput): Promise<AdjustmentOutcome> {
  const data = parseInput(adjustInput, input);
  const points = parseSignedPoints(data.points);
  if (points === null) throw new ValidationError([{ path: ['input', 'points'], message: 'must be a non-zero decimal with at most two places' }]);
  const allowNegative = data.allowNegative ?? false;
  const hash = createHash('sha256').update(JSON.stringify([data.playerId, points.toString(), data.reason, allowNegative])).digest('hex');
  const key = data.idempotencyKey;

  return tenantTx(ctx, async (tx) => {
    const replayOf = async (): Promise<AdjustmentOutcome | null> => {
      const [existing] = await tx.em.execute<AdjustmentRow[]>(`select * from vip_adjustment where tenant_id = ? and idempotency_key = ?`, [tx.tenantId, key]);
      if (!existing) return null;
      if (existing.request_hash !== hash) throw new IdempotencyConflictError(key);
      const [balance] = await tx.em.execute<{ balance: string }[]>(
        `select balance::text from ledger_account where tenant_id = ? and owner_type = 'PLAYER' and owner_id = ? and kind = 'POINTS' and stripe = 0`,
        [tx.tenantId, existing.player_id],
      );
      return { adjustment: existing, balanceAfter: BigInt(balance?.balance ?? '0'), replay: true };
    };
    const replay = await replayOf();
    if (replay) return replay;
    const settings = await vipSettingsInTx(tx);
    if (!settings) throw new VipProgrammeOffError();
    if (!isUuid(data.playerId) || !(await playerStanding(tx.em, data.playerId))) throw new NotFoundError('Player');
    const playerId = data.playerId;

    const balance = await lockPointsAccountInTx(tx, playerId);
    const raced = await replayOf();
    if (raced) return raced;
    if (points < 0n && balance + points < 0n && !allowNegative) throw new VipAdjustmentBelowZeroError(formatPoints(balance), formatPoints(-points));

    const id = newId();
    const createdBy = whoCreated(ctx);
    const posted = await postPointsInTx(tx, ctx.services.config.walletHouseStripes, {
      key: `vip-adjust:${id}`,
      code: 'VIP_ADJUST',
      playerId,
      points,
      reference: id,
      metadata: { adjustment: id, reason: data.reason },
      createdBy,
    });
    if (points > 0n) {
      await creditLotInTx(tx, { playerId, day: utcDay(new Date()), points, balanceBefore: balance, earned: false, expiryDays: settings.expiryDays });
    } else {
      await debitLotsInTx(tx, { playerId, points: -points });
    }
    let row: AdjustmentRow;
    try {
      [row] = (await tx.em.execute<AdjustmentRow[]>(
        `insert into vip_adjustment (id, tenant_id, player_id, idempotency_key, request_hash, points, reason, transaction_id, created_by)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning *`,
        [id, tx.tenantId, playerId, key, hash, points.toString(), data.reason, posted.transactionId, createdBy],
      )) as [AdjustmentRow];
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw new IdempotencyConflictError(key);
      throw error;
    }
    await tx.audit({
      action: 'vip.points.adjust',
      target: { type: 'VipPlayer', id: playerId },
      diff: { points: { from: formatPoints(balance), to: formatPoints(posted.balanceAfter) }, adjustment: id, change: formatPoints(points), reason: data.reason, allowNegative },
    });
    return { adjustment: row, balanceAfter: posted.balanceAfter, replay: false };
  });
}

export async function adjustmentsByIds(ctx: Context, ids: readonly string[]): Promise<ReadonlyMap<string, AdjustmentRow>> {
  const valid = ids.filter(isUuid);
  if (!ctx.tenant || valid.length === 0) return new Map();
  const rows = await tenantTx(ctx, (tx) => tx.em.execute<AdjustmentRow[]>(`select * from vip_adjustment where tenant_id = ? and id = any(?::uuid[])`, [tx.tenantId, `{${valid.join(',')}}`]));
  return new Map(rows.map((r) => [r.id, r]));
}
