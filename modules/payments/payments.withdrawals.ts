/**
 * Withdrawals and refunds: a player's request routed closed loop (refunds of their own deposits,
 * the rest parked for FINANCE), the review with maker-checker, the payout through the provider or
 * by hand, and a failure's release. docs/payments.md, "Withdrawals".
 */
import { z } from 'zod';
import { requireTenant, tenantTx, type Context, type TenantTx } from '../../src/context.js';
import { ValidationError } from '../../src/errors.js';
import { isUuid, newId } from '../../src/ids.js';
import { isCurrency, parseAmount } from '../../src/money.js';
import type { PageArgs } from '../../src/graphql/pagination.js';
import { parseInput } from '../../src/validation.js';
import { runWithdrawalGuards } from '../../src/withdrawal-guards.js';
import { runPlayerGates } from '../../src/player-gates.js';
import { captureHold, IdempotencyConflictError, InsufficientFundsError, releaseHold, reserveHold } from '../wallet/index.js';
import {
  PaymentProviderUnsupportedError,
  RefundExceedsPaymentError,
  WithdrawalAlreadyApprovedError,
  WithdrawalCompleterApprovedError,
  WithdrawalExceedsAvailableError,
  WithdrawalNotFoundError,
  WithdrawalNoRouteError,
  WithdrawalNotParkedError,
  WithdrawalNotPendingError,
  WithdrawalProviderNotFundingError,
  WithdrawalSelfApprovalError,
} from './payments.errors.js';
import { emitPaymentEvent } from './payments.events.js';
import { PayoutRouteUnavailableError } from './payments.gateway.js';
import { actorOfCtx, gatewayOf, providerRow, settingsOf, usableProvider } from './payments.providers.js';
import { cashOf, manualPayoutsOf, pageOfTable, paymentById, playerOf, type WithdrawalRow } from './payments.service.js';

const idempotencyKey = z.string().min(8, 'must be at least 8 characters').max(128).regex(/^[\x21-\x7e]+$/, 'must be printable ASCII without spaces');

const withdrawalInput = z.object({
  idempotencyKey,
  currency: z.string().refine(isCurrency, 'must be an ISO 4217 code'),
  amount: z.string(),
  /** Defaults to the provider of the player's latest deposit in the currency (closed loop). */
  provider: z.string().min(1).max(40).nullish(),
  /** The player confirms that the withdrawal forfeits what the guards name (src/withdrawal-guards.ts: active bonuses). */
  forfeitActiveBonuses: z.boolean().nullish(),
});

/** The player's cash not held, read from the ledger (no account is opened by reading). */
async function availableCash(tx: TenantTx, playerId: string, currency: string): Promise<bigint> {
  const [row] = await tx.em.execute<{ available: string }[]>(
    `select coalesce(sum(balance - held), 0)::text as available from ledger_account
      where tenant_id = ? and owner_type = 'PLAYER' and owner_id = ? and currency = ? and kind = 'CASH'`,
    [tx.tenantId, playerId, currency],
  );
  return BigInt(row?.available ?? '0');
}

/** The provider that funded the player in a currency: of their latest successful deposit. */
async function fundingProvider(tx: TenantTx, playerId: string, currency: string): Promise<string | null> {
  const [row] = await tx.em.execute<{ provider: string }[]>(
    `select provider from payment where tenant_id = ? and player_id = ? and currency = ? and status = 'SUCCEEDED' order by confirmed_at desc nulls last, id desc limit 1`,
    [tx.tenantId, playerId, currency],
  );
  return row?.provider ?? null;
}

async function withdrawalByKey(tx: TenantTx, key: string): Promise<WithdrawalRow | null> {
  const [row] = await tx.em.execute<WithdrawalRow[]>(`select * from payment_withdrawal where tenant_id = ? and idempotency_key = ?`, [tx.tenantId, key]);
  return row ?? null;
}

/**
 * One part of a withdrawal as routed: a refund of `paymentId` through `provider`, or (`manual`)
 * the rest that no refund can carry, parked for FINANCE to pay by hand to the instrument of
 * deposit `paymentId` (provider reference `instrumentRef`).
 */
export type RoutePart =
  | { manual: false; paymentId: string; provider: string; amount: bigint }
  | { manual: true; paymentId: string; instrumentRef: string; provider: string; amount: bigint };

/**
 * The closed-loop routing rule (docs/payments.md): money goes back only as refunds of the
 * player's confirmed deposits in the currency, through providers that are enabled for it.
 * The deposits of the provider the player chose come first, then the others; each group
 * newest first; each deposit takes at most its refundable remainder (confirmed - refunded -
 * what pending withdrawals already routed to it). The chosen provider must have funded the
 * player. What all deposits cannot take back (winnings) is one MANUAL part naming the
 * instrument of the player's latest deposit through the chosen provider, for FINANCE to pay by
 * hand; a player with no deposit at all has no instrument and no route (never a payout without
 * a destination).
 * Locks the player's deposits in the currency, so concurrent requests route one after the other.
 */
export async function closedLoopRoute(tx: TenantTx, playerId: string, currency: string, provider: string, amount: bigint): Promise<RoutePart[]> {
  await tx.em.execute(
    `select id from payment where tenant_id = ? and player_id = ? and currency = ? and status = 'SUCCEEDED' order by id for update`,
    [tx.tenantId, playerId, currency],
  );
  const deposits = await tx.em.execute<{ id: string; provider: string; provider_ref: string; refundable: string }[]>(
    `select p.id, p.provider, p.provider_ref,
            (coalesce(p.confirmed_amount, p.amount) - p.refunded_amount
              - coalesce((select sum(w.amount) from payment_withdrawal w where w.tenant_id = p.tenant_id and w.source_payment_id = p.id and w.status = 'PENDING'), 0))::text as refundable
       from payment p
       join payment_provider pp on pp.tenant_id = p.tenant_id and pp.code = p.provider and pp.enabled and p.currency = any (pp.currencies)
      where p.tenant_id = ? and p.player_id = ? and p.currency = ? and p.status = 'SUCCEEDED' and p.provider_ref is not null
      order by (p.provider = ?) desc, p.confirmed_at desc nulls last, p.id desc`,
    [tx.tenantId, playerId, currency, provider],
  );
  if (deposits.length === 0) throw new WithdrawalNoRouteError('0');
  // The chosen provider's deposits come first, newest first: the first is the instrument of a manual part.
  const instrument = deposits[0]!.provider === provider ? deposits[0]! : null;
  if (!instrument) throw new WithdrawalProviderNotFundingError(provider);
  const parts: RoutePart[] = [];
  let left = amount;
  let routable = 0n;
  for (const deposit of deposits) {
    const refundable = BigInt(deposit.refundable);
    if (refundable <= 0n) continue;
    routable += refundable;
    if (left === 0n) continue;
    const take = refundable < left ? refundable : left;
    parts.push({ manual: false, paymentId: deposit.id, provider: deposit.provider, amount: take });
    left -= take;
  }
  if (left > 0n) parts.push({ manual: true, paymentId: instrument.id, instrumentRef: instrument.provider_ref, provider, amount: left });
  return parts;
}

/** Every part of a withdrawal request (one row when it was not split), first part first. */
async function partsOf(tx: TenantTx, first: WithdrawalRow): Promise<WithdrawalRow[]> {
  if (!first.request_id) return [first];
  return tx.em.execute<WithdrawalRow[]>(`select * from payment_withdrawal where tenant_id = ? and request_id = ? order by created_at, id`, [tx.tenantId, first.request_id]);
}

/**
 * A player asks to withdraw cash: their available cash (never bonus money) is held at once;
 * staff with payments:manage review the queue. The amount is routed back to the payment
 * methods that funded the player (closedLoopRoute): one part per deposit refunded, each with
 * its own hold and review; `withdrawal` is the first part. Refused with a typed error, nothing
 * held, when no route takes the whole amount. Idempotent on the key: a replay returns the
 * same withdrawal. A withdrawal that would forfeit something (an active wagering bonus in the
 * currency, src/withdrawal-guards.ts) needs `forfeitActiveBonuses`: without it the typed
 * WithdrawalNeedsConfirmationError names what would be lost; with it, that is forfeited in the
 * withdrawal's own transaction. The player's cash stays withdrawable either way.
 */
export async function requestWithdrawal(ctx: Context, input: z.input<typeof withdrawalInput>) {
  const data = parseInput(withdrawalInput, input);
  const playerId = playerOf(ctx);
  const tenant = requireTenant(ctx);
  const amount = parseAmount(data.amount, ['input', 'amount']);
  if (!tenant.currencies.includes(data.currency)) throw new ValidationError([{ path: ['input', 'currency'], message: 'is not a currency of this tenant' }]);
  const key = `${playerId}:${data.idempotencyKey}`;
  const replayOf = async (tx: TenantTx, existing: WithdrawalRow) => {
    // A replay must ask for the same thing.
    const total = existing.requested_total ?? existing.amount;
    const provider = existing.requested_provider ?? existing.provider;
    if (existing.currency !== data.currency || BigInt(total) !== amount || (data.provider && provider !== data.provider)) throw new IdempotencyConflictError(data.idempotencyKey);
    return { withdrawal: existing, parts: await partsOf(tx, existing), replay: true };
  };
  const checked = await tenantTx(ctx, async (tx) => {
    const existing = await withdrawalByKey(tx, key);
    if (existing) return { existing: await replayOf(tx, existing) };
    // What the modules above require first (risk: a KYC level before the first withdrawal).
    await runPlayerGates('withdrawal', ctx, tx, { playerId, currency: data.currency, amount });
    const code = data.provider ?? (await fundingProvider(tx, playerId, data.currency));
    // No deposit in the currency: no instrument to pay back to, whatever the amount.
    if (!code) throw new WithdrawalNoRouteError('0');
    const provider = await usableProvider(tx, code, data.currency, amount);
    const available = await availableCash(tx, playerId, data.currency);
    if (amount > available) throw new WithdrawalExceedsAvailableError((available < 0n ? 0n : available).toString());
    const settings = await settingsOf(tx);
    // The review follows the amount asked for, whatever the number of parts it is split into.
    const required = settings.dualApprovalAbove !== null && amount > BigInt(settings.dualApprovalAbove) ? 2 : 1;
    return { provider: provider.code, required };
  });
  if ('existing' in checked && checked.existing) return checked.existing;
  const { provider, required } = checked as { provider: string; required: number };
  const id = newId();
  // The route, the holds and the withdrawal rows commit together: a crash leaves all or nothing.
  return tenantTx(ctx, async (tx) => {
    const parts = await closedLoopRoute(tx, playerId, data.currency, provider, amount);
    // A concurrent copy of this request may have committed while we waited for the deposits' locks.
    const raced = await withdrawalByKey(tx, key);
    if (raced) return replayOf(tx, raced);
    // What the withdrawal would forfeit (an active bonus): refused unless the player confirmed, else forfeited here, with the withdrawal.
    await runWithdrawalGuards(ctx, tx, { playerId, currency: data.currency, amount }, data.forfeitActiveBonuses === true);
    const requestId = parts.length > 1 ? id : null;
    const rows: WithdrawalRow[] = [];
    for (const [index, part] of parts.entries()) {
      const partId = index === 0 ? id : newId();
      // A space never occurs in a client's key, so a part's key cannot collide with another request's.
      const partKey = index === 0 ? key : `${key} part${index + 1}`;
      let holdId: string;
      try {
        const holdKey = index === 0 ? `payments:withdrawal:${key}` : `payments:withdrawal-part:${partId}`;
        ({ result: { holdId } } = await reserveHold(ctx, { idempotencyKey: holdKey, account: cashOf(playerId, data.currency), amount: part.amount.toString() }, tx));
      } catch (error) {
        if (error instanceof InsufficientFundsError) throw new WithdrawalExceedsAvailableError('0');
        throw error;
      }
      const [row] = await tx.em.execute<WithdrawalRow[]>(
        `insert into payment_withdrawal (id, tenant_id, player_id, kind, idempotency_key, currency, amount, status, hold_id, provider, route, source_payment_id,
           instrument_payment_id, instrument_ref, required_approvals, requested_by, request_id, requested_total, requested_provider)
         values (?, ?, ?, 'WITHDRAWAL', ?, ?, ?, 'PENDING', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning *`,
        [partId, tx.tenantId, playerId, partKey, data.currency, part.amount.toString(), holdId, part.provider, part.manual ? 'MANUAL' : null,
          part.manual ? null : part.paymentId, part.manual ? part.paymentId : null, part.manual ? part.instrumentRef : null,
          required, actorOfCtx(ctx), requestId, amount.toString(), provider],
      );
      await tx.audit({
        action: 'payments.withdrawal.request',
        target: { type: 'Withdrawal', id: partId },
        diff: {
          amount: part.amount.toString(), requested: amount.toString(), currency: data.currency, provider: part.provider, requestedProvider: provider,
          ...(part.manual ? { route: 'MANUAL', instrument: part.paymentId, instrumentRef: part.instrumentRef } : { source: part.paymentId }),
          part: index + 1, parts: parts.length, hold: holdId, requiredApprovals: required,
        },
      });
      await emitPaymentEvent(tx, { kind: 'WITHDRAWAL_REQUESTED', playerId, subjectId: partId, status: 'PENDING', amount: part.amount.toString(), currency: data.currency, provider: part.provider });
      rows.push(row!);
    }
    return { withdrawal: rows[0]!, parts: rows, replay: false };
  });
}

const refundInput = z.object({ idempotencyKey, paymentId: z.string(), amount: z.string(), reason: z.string().trim().min(3).max(500) });

/**
 * Staff refund a deposit, in whole or in part, to where it came from: the amount is held on the
 * player's cash and goes through the same review (maker-checker) and payout as a withdrawal.
 */
export async function requestRefund(ctx: Context, input: z.input<typeof refundInput>) {
  const data = parseInput(refundInput, input);
  const amount = parseAmount(data.amount, ['input', 'amount']);
  const key = `staff:${data.idempotencyKey}`;
  const payment = await paymentById(ctx, data.paymentId);
  const checked = await tenantTx(ctx, async (tx) => {
    const existing = await withdrawalByKey(tx, key);
    if (existing) {
      if (existing.source_payment_id !== payment.id || BigInt(existing.amount) !== amount) throw new IdempotencyConflictError(data.idempotencyKey);
      return { existing };
    }
    const [pending] = await tx.em.execute<{ sum: string }[]>(
      `select coalesce(sum(amount), 0)::text as sum from payment_withdrawal where tenant_id = ? and source_payment_id = ? and status in ('PENDING')`,
      [tx.tenantId, payment.id],
    );
    const refundable = payment.status === 'SUCCEEDED' ? BigInt(payment.confirmed_amount ?? payment.amount) - BigInt(payment.refunded_amount) - BigInt(pending!.sum) : 0n;
    if (amount > refundable) throw new RefundExceedsPaymentError((refundable < 0n ? 0n : refundable).toString());
    const available = await availableCash(tx, payment.player_id, payment.currency);
    if (amount > available) throw new WithdrawalExceedsAvailableError((available < 0n ? 0n : available).toString());
    const settings = await settingsOf(tx);
    return { required: settings.dualApprovalAbove !== null && amount > BigInt(settings.dualApprovalAbove) ? 2 : 1 };
  });
  if ('existing' in checked && checked.existing) return { withdrawal: checked.existing, replay: true };
  const required = (checked as { required: number }).required;
  const id = newId();
  // The hold and the refund request commit together.
  const withdrawal = await tenantTx(ctx, async (tx) => {
    const { result: { holdId } } = await reserveHold(ctx, { idempotencyKey: `payments:refund:${key}`, account: cashOf(payment.player_id, payment.currency), amount: amount.toString() }, tx);
    const [row] = await tx.em.execute<WithdrawalRow[]>(
      `insert into payment_withdrawal (id, tenant_id, player_id, kind, idempotency_key, currency, amount, status, hold_id, provider, source_payment_id, required_approvals, requested_by, note)
       values (?, ?, ?, 'REFUND', ?, ?, ?, 'PENDING', ?, ?, ?, ?, ?, ?) on conflict (tenant_id, idempotency_key) do nothing returning *`,
      [id, tx.tenantId, payment.player_id, key, payment.currency, amount.toString(), holdId, payment.provider, payment.id, required, actorOfCtx(ctx), data.reason],
    );
    if (!row) return (await withdrawalByKey(tx, key))!;
    await tx.audit({ action: 'payments.refund.request', target: { type: 'Withdrawal', id }, diff: { payment: payment.id, amount: amount.toString(), reason: data.reason } });
    await emitPaymentEvent(tx, { kind: 'WITHDRAWAL_REQUESTED', playerId: payment.player_id, subjectId: id, status: 'PENDING', amount: amount.toString(), currency: payment.currency, provider: payment.provider });
    return row;
  });
  return { withdrawal, replay: withdrawal.id !== id };
}

async function lockedWithdrawal(tx: TenantTx, id: string): Promise<WithdrawalRow> {
  if (!isUuid(id)) throw new WithdrawalNotFoundError(id);
  const [row] = await tx.em.execute<WithdrawalRow[]>(`select * from payment_withdrawal where tenant_id = ? and id = ? for update`, [tx.tenantId, id]);
  if (!row) throw new WithdrawalNotFoundError(id);
  return row;
}

export async function withdrawalById(ctx: Context, id: string): Promise<WithdrawalRow> {
  if (!isUuid(id)) throw new WithdrawalNotFoundError(id);
  const [row] = await tenantTx(ctx, (tx) => tx.em.execute<WithdrawalRow[]>(`select * from payment_withdrawal where tenant_id = ? and id = ?`, [tx.tenantId, id]));
  if (!row) throw new WithdrawalNotFoundError(id);
  return row;
}

/** Ends a pending withdrawal without paying: the status and the hold's release in one commit. */
async function closeUnpaid(ctx: Context, id: string, status: 'CANCELLED' | 'REJECTED', check: (w: WithdrawalRow) => void, note: string | null): Promise<WithdrawalRow> {
  const closed = await tenantTx(ctx, async (tx) => {
    const w = await lockedWithdrawal(tx, id);
    check(w);
    if (w.status !== 'PENDING') throw new WithdrawalNotPendingError(w.id, w.status);
    const [row] = await tx.em.execute<WithdrawalRow[]>(
      `update payment_withdrawal set status = ?, decided_by = ?, note = coalesce(?, note), updated_at = now() where tenant_id = ? and id = ? returning *`,
      [status, actorOfCtx(ctx), note, tx.tenantId, w.id],
    );
    // Released in the same commit as the status: never a closed withdrawal with money still held.
    // First: ledger accounts are locked before the player's event stream (docs/wallet.md, lock order).
    await releaseHold(ctx, { idempotencyKey: `payments:release:${w.id}`, holdId: w.hold_id }, tx);
    await tx.audit({ action: status === 'CANCELLED' ? 'payments.withdrawal.cancel' : 'payments.withdrawal.reject', target: { type: 'Withdrawal', id: w.id }, diff: { status: { from: 'PENDING', to: status }, note } });
    await emitPaymentEvent(tx, { kind: status === 'CANCELLED' ? 'WITHDRAWAL_CANCELLED' : 'WITHDRAWAL_REJECTED', playerId: w.player_id, subjectId: w.id, status, amount: w.amount, currency: w.currency, provider: w.provider });
    return row!;
  });
  return closed;
}

/** The player cancels their own withdrawal while it is pending. */
export async function cancelWithdrawal(ctx: Context, id: string): Promise<WithdrawalRow> {
  const playerId = playerOf(ctx);
  return closeUnpaid(ctx, id, 'CANCELLED', (w) => {
    if (w.player_id !== playerId || w.kind !== 'WITHDRAWAL') throw new WithdrawalNotFoundError(id);
  }, null);
}

const decideInput = z.object({ withdrawalId: z.string(), note: z.string().trim().max(500).nullish() });

export async function rejectWithdrawal(ctx: Context, input: z.input<typeof decideInput>): Promise<WithdrawalRow> {
  const data = parseInput(decideInput, input);
  return closeUnpaid(ctx, data.withdrawalId, 'REJECTED', () => undefined, data.note ?? null);
}

/**
 * An approval of a pending withdrawal (never by its requester). When the approvals reach what
 * the amount needs (two above the tenant's threshold), it pays out: as a refund of the deposit
 * that funded the player where one can take it (closed loop), else as a payout; the provider's
 * confirmation (webhook) then captures the hold, a failure releases it.
 */
export async function approveWithdrawal(ctx: Context, input: z.input<typeof decideInput>): Promise<WithdrawalRow> {
  const data = parseInput(decideInput, input);
  const approver = actorOfCtx(ctx);
  const decided = await tenantTx(ctx, async (tx) => {
    const w = await lockedWithdrawal(tx, data.withdrawalId);
    if (w.status !== 'PENDING') throw new WithdrawalNotPendingError(w.id, w.status);
    if (w.requested_by === approver || approver === `PLAYER:${w.player_id}`) throw new WithdrawalSelfApprovalError(w.id);
    if (w.approvals.some((a) => a.by === approver)) throw new WithdrawalAlreadyApprovedError(w.id);
    const approvals = [...w.approvals, { by: approver, at: new Date().toISOString() }];
    const ready = approvals.length >= w.required_approvals;
    if (w.route === 'MANUAL') return { row: await parkManual(tx, w, approvals, ready, approver, data.note ?? null), sourceRef: null };
    let source: { id: string; provider_ref: string | null } | null | undefined = null;
    if (ready) {
      if (w.source_payment_id) {
        // Routed at request time (a staff refund, or a part of a closed-loop withdrawal): that
        // deposit, if it can still take the amount; else there is no route and the payout fails.
        [source] = await tx.em.execute<{ id: string; provider_ref: string | null }[]>(
          `select id, provider_ref from payment where tenant_id = ? and id = ? and status = 'SUCCEEDED' and provider_ref is not null
              and coalesce(confirmed_amount, amount) - refunded_amount >= ? for update`,
          [tx.tenantId, w.source_payment_id, w.amount],
        );
      } else {
        // A withdrawal requested before the routing rule: the latest deposit of this provider that can still take the whole refund.
        [source] = await tx.em.execute<{ id: string; provider_ref: string | null }[]>(
          `select id, provider_ref from payment
            where tenant_id = ? and player_id = ? and provider = ? and currency = ? and status = 'SUCCEEDED' and provider_ref is not null
              and coalesce(confirmed_amount, amount) - refunded_amount >= ?
            order by confirmed_at desc nulls last, id desc limit 1 for update`,
          [tx.tenantId, w.player_id, w.provider, w.currency, w.amount],
        );
      }
      if (source) await tx.em.execute(`update payment set refunded_amount = refunded_amount + ?, updated_at = now() where tenant_id = ? and id = ?`, [w.amount, tx.tenantId, source.id]);
    }
    const [row] = await tx.em.execute<WithdrawalRow[]>(
      `update payment_withdrawal set approvals = ?::jsonb, status = ?, decided_by = case when ? then ? else decided_by end,
         source_payment_id = case when ? then ?::uuid else source_payment_id end, note = coalesce(?, note), updated_at = now() where tenant_id = ? and id = ? returning *`,
      // When paying, the source is the deposit whose refundable part this withdrawal now takes (null: none could).
      [JSON.stringify(approvals), ready ? 'PROCESSING' : 'PENDING', ready, approver, ready, source?.id ?? null, data.note ?? null, tx.tenantId, w.id],
    );
    await tx.audit({ action: 'payments.withdrawal.approve', target: { type: 'Withdrawal', id: w.id }, diff: { approvals: approvals.length, required: w.required_approvals, status: { from: 'PENDING', to: row!.status } } });
    if (ready) await emitPaymentEvent(tx, { kind: 'WITHDRAWAL_APPROVED', playerId: w.player_id, subjectId: w.id, status: 'PROCESSING', amount: w.amount, currency: w.currency, provider: w.provider });
    return { row: row!, sourceRef: source?.provider_ref ?? null };
  });
  if (decided.row.status !== 'PROCESSING') return decided.row;
  return payOut(ctx, decided.row, decided.sourceRef);
}

/**
 * An approval of a MANUAL part: with enough approvals it is PARKED for FINANCE to pay by hand
 * (completeManualWithdrawal); no provider is asked, no deposit's refundable part is taken.
 */
async function parkManual(tx: TenantTx, w: WithdrawalRow, approvals: { by: string; at: string }[], ready: boolean, approver: string, note: string | null): Promise<WithdrawalRow> {
  const [row] = await tx.em.execute<WithdrawalRow[]>(
    `update payment_withdrawal set approvals = ?::jsonb, status = ?, decided_by = case when ? then ? else decided_by end, note = coalesce(?, note), updated_at = now()
      where tenant_id = ? and id = ? returning *`,
    [JSON.stringify(approvals), ready ? 'PARKED' : 'PENDING', ready, approver, note, tx.tenantId, w.id],
  );
  await tx.audit({ action: 'payments.withdrawal.approve', target: { type: 'Withdrawal', id: w.id }, diff: { approvals: approvals.length, required: w.required_approvals, route: 'MANUAL', status: { from: 'PENDING', to: row!.status } } });
  if (ready) await emitPaymentEvent(tx, { kind: 'WITHDRAWAL_APPROVED', playerId: w.player_id, subjectId: w.id, status: 'PARKED', amount: w.amount, currency: w.currency, provider: w.provider });
  return row!;
}

const completeManualInput = z.object({
  idempotencyKey,
  withdrawalId: z.string(),
  /** FINANCE's reference of the payment made by hand (the bank transfer's, say). */
  paidReference: z.string().trim().min(1).max(200),
});

/**
 * FINANCE records a parked MANUAL part as paid by hand to the instrument it names: the hold is
 * captured into the manual payouts account, the part is PAID with the reference, audited and its
 * event emitted, all in one commit. Maker-checker: nobody who approved the part completes it.
 * Idempotent on the key (unique per tenant): a replay with the same withdrawal and reference
 * answers the completion again; anything else under that key is a conflict.
 */
export async function completeManualWithdrawal(ctx: Context, input: z.input<typeof completeManualInput>): Promise<{ withdrawal: WithdrawalRow; replay: boolean }> {
  const data = parseInput(completeManualInput, input);
  const actor = actorOfCtx(ctx);
  return tenantTx(ctx, async (tx) => {
    // One completion per key at a time (then the row's lock): a concurrent copy waits and replays.
    await tx.em.execute(`select pg_advisory_xact_lock(hashtextextended(?, 0))`, [`payments:manual:${tx.tenantId}:${data.idempotencyKey}`]);
    const w = await lockedWithdrawal(tx, data.withdrawalId);
    const [keyed] = await tx.em.execute<WithdrawalRow[]>(`select * from payment_withdrawal where tenant_id = ? and completion_key = ?`, [tx.tenantId, data.idempotencyKey]);
    if (keyed) {
      if (keyed.id !== w.id || keyed.paid_reference !== data.paidReference) throw new IdempotencyConflictError(data.idempotencyKey);
      return { withdrawal: keyed, replay: true };
    }
    if (w.route !== 'MANUAL' || w.status !== 'PARKED') throw new WithdrawalNotParkedError(w.id, w.route === 'MANUAL' ? w.status : `${w.status}, route ${w.route ?? 'REFUND'}`);
    if (w.requested_by === actor || w.approvals.some((a) => a.by === actor)) throw new WithdrawalCompleterApprovedError(w.id);
    const { result: captured } = await captureHold(ctx, {
      idempotencyKey: `payments:manual:${w.id}`,
      holdId: w.hold_id,
      to: manualPayoutsOf(w.currency),
      code: 'WITHDRAWAL',
      reference: w.id,
    }, tx);
    const [row] = await tx.em.execute<WithdrawalRow[]>(
      `update payment_withdrawal set status = 'PAID', ledger_transaction_id = ?, paid_reference = ?, paid_by = ?, completion_key = ?, updated_at = now() where tenant_id = ? and id = ? returning *`,
      [captured.transactionId, data.paidReference, actor, data.idempotencyKey, tx.tenantId, w.id],
    );
    await tx.audit({
      action: 'payments.withdrawal.manual.paid',
      target: { type: 'Withdrawal', id: w.id },
      diff: { status: { from: 'PARKED', to: 'PAID' }, paidReference: data.paidReference, instrument: w.instrument_payment_id, instrumentRef: w.instrument_ref, transaction: captured.transactionId },
    });
    await emitPaymentEvent(tx, { kind: 'WITHDRAWAL_PAID', playerId: w.player_id, subjectId: w.id, status: 'PAID', amount: w.amount, currency: w.currency, provider: w.provider });
    return { withdrawal: row!, replay: false };
  });
}

/** FINANCE decides not to pay a parked MANUAL part: REJECTED and its hold released, in one commit. */
export async function rejectManualWithdrawal(ctx: Context, input: z.input<typeof decideInput>): Promise<WithdrawalRow> {
  const data = parseInput(decideInput, input);
  return tenantTx(ctx, async (tx) => {
    const w = await lockedWithdrawal(tx, data.withdrawalId);
    if (w.route !== 'MANUAL' || w.status !== 'PARKED') throw new WithdrawalNotParkedError(w.id, w.route === 'MANUAL' ? w.status : `${w.status}, route ${w.route ?? 'REFUND'}`);
    const [row] = await tx.em.execute<WithdrawalRow[]>(
      `update payment_withdrawal set status = 'REJECTED', decided_by = ?, note = coalesce(?, note), updated_at = now() where tenant_id = ? and id = ? returning *`,
      [actorOfCtx(ctx), data.note ?? null, tx.tenantId, w.id],
    );
    // The hold first: ledger accounts are locked before the player's event stream (docs/wallet.md, lock order).
    await releaseHold(ctx, { idempotencyKey: `payments:release:${w.id}`, holdId: w.hold_id }, tx);
    await tx.audit({ action: 'payments.withdrawal.manual.reject', target: { type: 'Withdrawal', id: w.id }, diff: { status: { from: 'PARKED', to: 'REJECTED' }, note: data.note ?? null } });
    await emitPaymentEvent(tx, { kind: 'WITHDRAWAL_REJECTED', playerId: w.player_id, subjectId: w.id, status: 'REJECTED', amount: w.amount, currency: w.currency, provider: w.provider });
    return row!;
  });
}

/**
 * Asks the provider to pay an approved withdrawal back to where the money came from (a refund
 * of the source deposit); a refusal fails it and releases the hold. Without a source there is
 * no route: it fails without asking the provider (never a payout without a destination).
 */
async function payOut(ctx: Context, w: WithdrawalRow, sourceRef: string | null): Promise<WithdrawalRow> {
  let failure: string | null = null;
  let created: { payoutRef: string; route: 'REFUND' | 'PAYOUT' } | null = null;
  if (!sourceRef) return failWithdrawal(ctx, w.id, 'no payout route', null);
  try {
    const provider = await tenantTx(ctx, (tx) => providerRow(tx, w.provider!));
    if (!provider) throw new PaymentProviderUnsupportedError(w.provider!);
    const gateway = await gatewayOf(ctx, provider);
    created = await gateway.createPayout({ withdrawalId: w.id, playerId: w.player_id, amount: BigInt(w.amount), currency: w.currency, sourcePaymentRef: sourceRef });
  } catch (error) {
    failure = error instanceof PayoutRouteUnavailableError ? 'no payout route' : 'provider refused the payout';
    ctx.services.logger.warn({ err: error, withdrawal: w.id, provider: w.provider }, 'payout request failed');
  }
  if (created) {
    const [row] = await tenantTx(ctx, (tx) =>
      tx.em.execute<WithdrawalRow[]>(
        `update payment_withdrawal set provider_ref = ?, route = ?, updated_at = now() where tenant_id = ? and id = ? returning *`,
        [created!.payoutRef, created!.route, tx.tenantId, w.id],
      ),
    );
    return row!;
  }
  return failWithdrawal(ctx, w.id, failure ?? 'failed', null);
}

/** A withdrawal in PROCESSING fails: the status, the source deposit's refundable part and the hold's release in one commit. */
export async function failWithdrawal(ctx: Context, id: string, reason: string, eventId: string | null): Promise<WithdrawalRow> {
  const failed = await tenantTx(ctx, async (tx) => {
    const w = await lockedWithdrawal(tx, id);
    if (w.status !== 'PROCESSING') return null;
    const [row] = await tx.em.execute<WithdrawalRow[]>(
      `update payment_withdrawal set status = 'FAILED', failure_reason = ?, updated_at = now() where tenant_id = ? and id = ? returning *`,
      [reason, tx.tenantId, w.id],
    );
    if (w.source_payment_id) await tx.em.execute(`update payment set refunded_amount = refunded_amount - ?, updated_at = now() where tenant_id = ? and id = ?`, [w.amount, tx.tenantId, w.source_payment_id]);
    // The hold first: ledger accounts are locked before the player's event stream (docs/wallet.md, lock order).
    await releaseHold(ctx, { idempotencyKey: `payments:release:${w.id}`, holdId: w.hold_id }, tx);
    await tx.audit({ action: 'payments.withdrawal.fail', target: { type: 'Withdrawal', id: w.id }, diff: { status: { from: 'PROCESSING', to: 'FAILED' }, reason, event: eventId } });
    await emitPaymentEvent(tx, { kind: 'WITHDRAWAL_FAILED', playerId: w.player_id, subjectId: w.id, status: 'FAILED', amount: w.amount, currency: w.currency, provider: w.provider });
    return row!;
  });
  if (!failed) return withdrawalById(ctx, id);
  return failed;
}

export function listWithdrawals(ctx: Context, args: PageArgs & { status?: WithdrawalRow['status'] | null; kind?: WithdrawalRow['kind'] | null; playerId?: string | null }) {
  return pageOfTable<WithdrawalRow>(ctx, 'payment_withdrawal', args, { status: args.status ?? null, kind: args.kind ?? null, player_id: args.playerId ?? null });
}
