/**
 * Redemption (docs/vip.md "Redemption"): a player spends points for cash or for a bonus from the
 * tenant's catalogue, in one transaction: the points account's lock, the idempotency row, the
 * VIP_REDEEM posting, the lots (oldest first), then the cash transfer or the bonus grant. A refusal
 * (typed) leaves nothing behind.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { requireTenant, tenantTx, type Context, type TenantTx } from '../../src/context.js';
import { tablePage } from '../../src/graphql/table-rows.js';
import { ForbiddenError, ValidationError } from '../../src/errors.js';
import { isUuid, newId } from '../../src/ids.js';
import type { Connection, PageArgs } from '../../src/graphql/pagination.js';
import { parseInput } from '../../src/validation.js';
import { IdempotencyConflictError, idempotencyKey, postTransferInTx, rebuildWalletError, requestHash } from '../wallet/index.js';
import { grantBonusInTx } from '../bonus/index.js';
import { debitLotsInTx, lockPointsAccountInTx, postPointsInTx } from './vip.ledger.js';
import { vipSettingsInTx, type VipSettings } from './vip.settings.js';
import { vipSuppressionsOf } from './vip.suppression.js';
import { formatPoints, parsePoints, POINT } from './vip.units.js';
import {
  VipInsufficientPointsError,
  VipProgrammeOffError,
  VipRedemptionPriceMismatchError,
  VipRedemptionTooSmallError,
  VipRedemptionUnavailableError,
  VipRewardsSuppressedError,
} from './vip.rewards.errors.js';

export const REDEMPTION_KINDS = ['CASH', 'BONUS'] as const;
export type RedemptionKind = (typeof REDEMPTION_KINDS)[number];

export interface RedemptionRow {
  id: string;
  tenant_id: string;
  player_id: string;
  idempotency_key: string;
  request_hash: string;
  kind: RedemptionKind;
  points: string;
  currency: string;
  amount: string | null;
  template_id: string | null;
  grant_id: string | null;
  points_transaction_id: string;
  cash_transaction_id: string | null;
  created_at: Date;
}

export interface RedemptionOutcome {
  redemption: RedemptionRow;
  /** The key had redeemed already: this is the original redemption, nothing new happened. */
  replay: boolean;
}

const redeemInput = z.object({
  points: z.string(),
  to: z.enum(REDEMPTION_KINDS),
  currency: z.string(),
  bonusTemplateId: z.string().nullish(),
  idempotencyKey,
});
export type RedeemInput = z.input<typeof redeemInput>;

/** The signed-in player (redemption is the player's own act). */
export function signedInPlayer(ctx: Context): string {
  if (ctx.principal?.kind !== 'player') throw new ForbiddenError('player');
  return ctx.principal.playerId;
}

/** The tenant's running programme, or VipProgrammeOffError. */
export async function runningProgrammeInTx(tx: TenantTx): Promise<VipSettings> {
  const settings = await vipSettingsInTx(tx);
  if (!settings || !settings.enabled) throw new VipProgrammeOffError();
  return settings;
}

/** Cash for `points` (hundredths) at `rate` minor units per whole point, rounded down. */
export function cashFor(points: bigint, rate: bigint): bigint {
  return (points * rate) / POINT;
}

/**
 * The player redeems points. Checks in order: the input (points a positive decimal of at most two
 * places, a currency of the tenant), the key (a replay answers the original; other content is
 * IDEMPOTENCY_CONFLICT), the programme, suppression, the catalogue (cash rate / bonus and its
 * cost), the cash amount, then the balance under the points account's lock.
 */
export async function redeemVipPoints(ctx: Context, input: RedeemInput): Promise<RedemptionOutcome> {
  const data = parseInput(redeemInput, input);
  const playerId = signedInPlayer(ctx);
  const tenant = requireTenant(ctx);
  const points = parsePoints(data.points);
  if (points === null || points <= 0n) throw new ValidationError([{ path: ['input', 'points'], message: 'must be a positive decimal with at most two places' }]);
  if (!tenant.currencies.includes(data.currency)) throw new ValidationError([{ path: ['input', 'currency'], message: 'is not a currency of this tenant' }]);
  if (data.to === 'BONUS' && !data.bonusTemplateId) throw new ValidationError([{ path: ['input', 'bonusTemplateId'], message: 'is required' }]);
  const templateId = data.to === 'BONUS' ? data.bonusTemplateId! : null;
  // Unique per tenant: the player's own key, namespaced by the player.
  const key = `${playerId}:${data.idempotencyKey}`;
  const hash = createHash('sha256').update(JSON.stringify([points.toString(), data.to, data.currency, templateId])).digest('hex');

  return tenantTx(ctx, async (tx) => {
    const replayOf = async (): Promise<RedemptionOutcome | null> => {
      const [existing] = await tx.em.execute<RedemptionRow[]>(`select * from vip_redemption where tenant_id = ? and idempotency_key = ?`, [tx.tenantId, key]);
      if (!existing) return null;
      if (existing.request_hash !== hash) throw new IdempotencyConflictError(data.idempotencyKey);
      return { redemption: existing, replay: true };
    };
    const replay = await replayOf();
    if (replay) return replay;

    const settings = await runningProgrammeInTx(tx);
    const suppressed = (await vipSuppressionsOf(tx, [playerId], settings.minAge)).get(playerId);
    if (suppressed) throw new VipRewardsSuppressedError(suppressed);

    let amount: bigint | null = null;
    if (data.to === 'CASH') {
      const rate = settings.cashRedemption[data.currency];
      if (rate === undefined || rate <= 0n) throw new VipRedemptionUnavailableError('NO_CASH_RATE', data.currency);
      amount = cashFor(points, rate);
      if (amount <= 0n) throw new VipRedemptionTooSmallError();
    } else {
      const offered = isUuid(templateId!) ? settings.bonusRedemptions.find((b) => b.templateId === templateId) : undefined;
      if (!offered) throw new VipRedemptionUnavailableError('NOT_IN_CATALOGUE', data.currency);
      if (offered.points !== points) throw new VipRedemptionPriceMismatchError(formatPoints(offered.points));
    }

    // The lock first (docs/vip.md lock order): concurrent redemptions of the player queue here,
    // and each reads the balance the previous one left.
    const balance = await lockPointsAccountInTx(tx, playerId);
    const raced = await replayOf();
    if (raced) return raced;
    if (balance < points) throw new VipInsufficientPointsError(formatPoints(balance), formatPoints(points));

    const id = newId();
    const createdBy = `PLAYER:${playerId}`;
    const posted = await postPointsInTx(tx, ctx.services.config.walletHouseStripes, {
      key: `vip-redeem:${id}`,
      code: 'VIP_REDEEM',
      playerId,
      points: -points,
      reference: id,
      metadata: { redemption: id, to: data.to, currency: data.currency },
      createdBy,
    });
    await debitLotsInTx(tx, { playerId, points });

    let cashTransactionId: string | null = null;
    let grantId: string | null = null;
    if (data.to === 'CASH') {
      const transfer = {
        from: { ownerType: 'HOUSE' as const, currency: data.currency, kind: 'CASH' as const },
        to: { ownerType: 'PLAYER' as const, ownerId: playerId, currency: data.currency, kind: 'CASH' as const },
        amount: amount!.toString(),
      };
      const cashKey = `vip-redeem-cash:${id}`;
      const answer = await postTransferInTx(tx, ctx.services.config.walletHouseStripes, tenant.currencies, {
        key: cashKey,
        hash: requestHash('transfer', { key: cashKey, transfer }),
        code: 'VIP_REDEMPTION',
        reference: id,
        metadata: { redemption: id, points: points.toString() },
        createdBy,
        transactionId: newId(),
        entryIds: [newId(), newId()],
        transfers: [transfer],
      });
      if ('conflict' in answer || 'invalid' in answer) throw new Error(`vip: cash of redemption ${id} refused: ${JSON.stringify(answer)}`);
      if (!answer.outcome.ok) throw rebuildWalletError(answer.outcome.code, answer.outcome.data);
      cashTransactionId = answer.outcome.result.transactionId;
    } else {
      // A refusal of the bonus engine (not eligible, budget exceeded) aborts the whole redemption.
      const outcome = await grantBonusInTx(ctx, tx, {
        templateId: templateId!,
        playerId,
        currency: data.currency,
        idempotencyKey: `vip-redeem:${key}`,
        ip: ctx.ip,
        deviceFingerprint: ctx.deviceFingerprint ?? null,
        grantedBy: createdBy,
      });
      grantId = outcome.grant.id;
    }

    try {
      const [row] = await tx.em.execute<RedemptionRow[]>(
        `insert into vip_redemption (id, tenant_id, player_id, idempotency_key, request_hash, kind, points, currency, amount, template_id, grant_id, points_transaction_id, cash_transaction_id)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning *`,
        [id, tx.tenantId, playerId, key, hash, data.to, points.toString(), data.currency, amount?.toString() ?? null, templateId, grantId, posted.transactionId, cashTransactionId],
      );
      return { redemption: row!, replay: false };
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw new IdempotencyConflictError(data.idempotencyKey);
      throw error;
    }
  });
}

// ------------------------------------------------------------------ reads

export async function redemptionsByIds(ctx: Context, ids: readonly string[]): Promise<ReadonlyMap<string, RedemptionRow>> {
  const valid = ids.filter(isUuid);
  if (!ctx.tenant || valid.length === 0) return new Map();
  const rows = await tenantTx(ctx, (tx) => tx.em.execute<RedemptionRow[]>(`select * from vip_redemption where tenant_id = ? and id = any(?::uuid[])`, [tx.tenantId, `{${valid.join(',')}}`]));
  return new Map(rows.map((r) => [r.id, r]));
}

/** A player's redemptions, newest first. */
export function redemptionsOf(ctx: Context, playerId: string, args: PageArgs): Promise<Connection<RedemptionRow>> {
  return tablePage<RedemptionRow>(ctx, args, { table: 'vip_redemption', where: 'player_id = ?', params: [playerId], filters: { playerId } });
}

/** The signed-in player's redemptions, newest first. */
export function myVipRedemptions(ctx: Context, args: PageArgs): Promise<Connection<RedemptionRow>> {
  return redemptionsOf(ctx, signedInPlayer(ctx), args);
}
