import { z } from 'zod';
import { tenantTx, type Context, type TenantTx } from '../../src/context.js';
import { ValidationError } from '../../src/errors.js';
import { isUuid, newId } from '../../src/ids.js';
import { isCurrency, parseAmount } from '../../src/money.js';
import { keysetPage, type PageArgs } from '../../src/graphql/pagination.js';
import { loadById } from '../../src/graphql/loaders.js';
import { parseInput } from '../../src/validation.js';
import { AdjustmentNotFoundError, AdjustmentNotPendingError, SelfApprovalError } from './wallet.errors.js';
import { applyLegs, resolveAccount, accountById, lockAccounts, type AccountRow } from './wallet.ledger.js';
import { idempotencyKey, idempotent, resolve, selector, whoCreated } from './wallet.service.js';

/**
 * Staff adjustments (maker-checker): a member of staff with wallet:manage requests a credit or
 * debit of an account against the house, with a reason. Up to the tenant's threshold for the
 * currency it applies at once; above it, a second staff member (never the requester) approves.
 * Without a threshold set, every adjustment needs the second approval.
 */

export interface AdjustmentRow {
  id: string;
  account_id: string;
  amount: string;
  reason: string;
  status: 'PENDING' | 'APPLIED' | 'REJECTED';
  requested_by: string;
  decided_by: string | null;
  decision_note: string | null;
  transaction_id: string | null;
  created_at: Date;
  decided_at: Date | null;
}

const requestInput = z.object({
  idempotencyKey,
  account: selector,
  amount: z.string(),
  reason: z.string().trim().min(3).max(500),
});

/** A signed amount: "-250" debits, "250" credits. */
function signedAmount(value: string): bigint {
  const negative = value.startsWith('-');
  const magnitude = parseAmount(negative ? value.slice(1) : value, ['input', 'amount']);
  return negative ? -magnitude : magnitude;
}

async function thresholdOf(tx: TenantTx, currency: string): Promise<bigint | null> {
  const [row] = await tx.em.execute<{ threshold: string }[]>(`select threshold from wallet_approval_threshold where tenant_id = ? and currency = ?`, [tx.tenantId, currency]);
  return row ? BigInt(row.threshold) : null;
}

/** The house stripe an adjustment of `account` posts against. */
async function houseFor(ctx: Context, tx: TenantTx, account: AccountRow): Promise<AccountRow> {
  const house = await resolveAccount(tx, { ownerType: 'HOUSE', currency: account.currency }, account, ctx.services.config.walletHouseStripes, [account.currency]);
  if ('currencyRequired' in house) throw new Error('unreachable: the house account is named with its currency');
  return house;
}

async function applyAdjustment(ctx: Context, tx: TenantTx, adjustment: AdjustmentRow, decidedBy: string, idempotencyKeyOfDecision: string, accounts?: { account: AccountRow; house: AccountRow }): Promise<AdjustmentRow> {
  const account = accounts?.account ?? (await accountById(tx, adjustment.account_id));
  const house = accounts?.house ?? (await houseFor(ctx, tx, account));
  const amount = BigInt(adjustment.amount);
  const posted = await applyLegs(tx, [{ account: house, amount: -amount }, { account, amount }], {
    code: 'ADJUSTMENT',
    reference: adjustment.id,
    metadata: { reason: adjustment.reason, requestedBy: adjustment.requested_by, approvedBy: decidedBy },
    idempotencyKey: idempotencyKeyOfDecision,
    reversesId: null,
    createdBy: decidedBy,
  });
  const [applied] = await tx.em.execute<AdjustmentRow[]>(
    `update wallet_adjustment set status = 'APPLIED', decided_by = ?, transaction_id = ?, decided_at = now() where tenant_id = ? and id = ? returning *`,
    [decidedBy, posted.id, tx.tenantId, adjustment.id],
  );
  return applied!;
}

export async function requestAdjustment(ctx: Context, input: z.input<typeof requestInput>) {
  const data = parseInput(requestInput, input);
  const amount = signedAmount(data.amount);
  const maker = whoCreated(ctx);
  return idempotent(ctx, data.idempotencyKey, 'adjustment.request', data, async (tx) => {
    const account = await resolve(ctx, tx, data.account, null, ['input', 'account']);
    const threshold = await thresholdOf(tx, account.currency);
    const magnitude = amount < 0n ? -amount : amount;
    const instant = threshold !== null && magnitude <= threshold;
    // An instant adjustment locks both its accounts (in id order) before anything else touches
    // them: the adjustment row's foreign key takes a key share lock on the account, which a
    // locker of the house-then-account kind (FOR UPDATE) would wait on while we wait on it.
    const house = instant ? await houseFor(ctx, tx, account) : null;
    if (house) await lockAccounts(tx, [account.id, house.id]);
    const [adjustment] = await tx.em.execute<AdjustmentRow[]>(
      `insert into wallet_adjustment (id, tenant_id, account_id, amount, reason, status, requested_by) values (?, ?, ?, ?, ?, 'PENDING', ?) returning *`,
      [newId(), tx.tenantId, account.id, amount.toString(), data.reason, maker],
    );
    const result = house ? await applyAdjustment(ctx, tx, adjustment!, maker, data.idempotencyKey, { account, house }) : adjustment!;
    await tx.audit({
      action: 'wallet.adjustment.request',
      target: { type: 'LedgerAccount', id: account.id },
      diff: { adjustment: adjustment!.id, amount: amount.toString(), reason: data.reason, status: result.status },
    });
    return { adjustmentId: result.id };
  });
}

const decideInput = z.object({ idempotencyKey, adjustmentId: z.string(), note: z.string().trim().max(500).nullish() });

async function pending(tx: TenantTx, id: string): Promise<AdjustmentRow> {
  if (!isUuid(id)) throw new AdjustmentNotFoundError(id);
  const [row] = await tx.em.execute<AdjustmentRow[]>(`select * from wallet_adjustment where tenant_id = ? and id = ? for update`, [tx.tenantId, id]);
  if (!row) throw new AdjustmentNotFoundError(id);
  if (row.status !== 'PENDING') throw new AdjustmentNotPendingError(id, row.status);
  return row;
}

/** The checker applies a pending adjustment; the maker may not. */
export async function approveAdjustment(ctx: Context, input: z.input<typeof decideInput>) {
  const data = parseInput(decideInput, input);
  const checker = whoCreated(ctx);
  return idempotent(ctx, data.idempotencyKey, 'adjustment.approve', data, async (tx) => {
    const adjustment = await pending(tx, data.adjustmentId);
    if (adjustment.requested_by === checker) throw new SelfApprovalError(adjustment.id);
    const applied = await applyAdjustment(ctx, tx, adjustment, checker, data.idempotencyKey);
    if (data.note) await tx.em.execute(`update wallet_adjustment set decision_note = ? where tenant_id = ? and id = ?`, [data.note, tx.tenantId, adjustment.id]);
    await tx.audit({
      action: 'wallet.adjustment.approve',
      target: { type: 'WalletAdjustment', id: adjustment.id },
      diff: { status: { from: 'PENDING', to: 'APPLIED' }, transaction: applied.transaction_id, amount: adjustment.amount },
    });
    return { adjustmentId: adjustment.id };
  });
}

export async function rejectAdjustment(ctx: Context, input: z.input<typeof decideInput>) {
  const data = parseInput(decideInput, input);
  const checker = whoCreated(ctx);
  return idempotent(ctx, data.idempotencyKey, 'adjustment.reject', data, async (tx) => {
    const adjustment = await pending(tx, data.adjustmentId);
    await tx.em.execute(
      `update wallet_adjustment set status = 'REJECTED', decided_by = ?, decision_note = ?, decided_at = now() where tenant_id = ? and id = ?`,
      [checker, data.note ?? null, tx.tenantId, adjustment.id],
    );
    await tx.audit({
      action: 'wallet.adjustment.reject',
      target: { type: 'WalletAdjustment', id: adjustment.id },
      diff: { status: { from: 'PENDING', to: 'REJECTED' }, note: data.note ?? null },
    });
    return { adjustmentId: adjustment.id };
  });
}

/** Sets the amount (minor units) up to which one staff member's adjustment applies at once. */
export async function setApprovalThreshold(ctx: Context, currency: string, amount: string): Promise<{ currency: string; threshold: string }> {
  if (!isCurrency(currency)) throw new ValidationError([{ path: ['input', 'currency'], message: 'must be an ISO 4217 code' }]);
  const threshold = amount === '0' ? 0n : parseAmount(amount, ['input', 'amount']);
  return tenantTx(ctx, async (tx) => {
    const before = await thresholdOf(tx, currency);
    await tx.em.execute(
      `insert into wallet_approval_threshold (tenant_id, currency, threshold, updated_by) values (?, ?, ?, ?)
       on conflict (tenant_id, currency) do update set threshold = excluded.threshold, updated_by = excluded.updated_by, updated_at = now()`,
      [tx.tenantId, currency, threshold.toString(), whoCreated(ctx)],
    );
    await tx.audit({
      action: 'wallet.threshold.set',
      target: { type: 'Currency', id: currency },
      diff: { threshold: { from: before?.toString() ?? null, to: threshold.toString() } },
    });
    return { currency, threshold: threshold.toString() };
  });
}

/** Staff adjustments, newest first, by status and account; both directions. */
export function listAdjustments(ctx: Context, args: PageArgs & { filter?: { status?: AdjustmentRow['status'] | null; accountId?: string | null } | null }) {
  const status = args.filter?.status ?? null;
  const accountId = args.filter?.accountId ?? null;
  const where = `(?::text is null or status = ?) and (?::uuid is null or account_id = ?)`;
  const params = [status, status, accountId, accountId];
  return keysetPage<AdjustmentRow>(args, {
    filters: { status, accountId },
    keyOf: (a) => a.id,
    fetch: (window) =>
      tenantTx(ctx, ({ em, tenantId }) =>
        em.execute<AdjustmentRow[]>(
          `select * from wallet_adjustment where tenant_id = ? and ${where}
             and (?::uuid is null or id < ?) and (?::uuid is null or id > ?)
           order by id ${window.backward ? 'asc' : 'desc'} limit ?`,
          [tenantId, ...params, window.after ?? null, window.after ?? null, window.before ?? null, window.before ?? null, window.limit],
        ),
      ),
    count: async () => {
      const [row] = await tenantTx(ctx, ({ em, tenantId }) => em.execute<{ n: string }[]>(`select count(*) as n from wallet_adjustment where tenant_id = ? and ${where}`, [tenantId, ...params]));
      return Number(row!.n);
    },
  });
}

export async function adjustmentById(ctx: Context, id: string): Promise<AdjustmentRow> {
  const row = (await adjustmentsByIds(ctx, [id])).get(id);
  if (!row) throw new AdjustmentNotFoundError(id);
  return row;
}

async function adjustmentsByIds(ctx: Context, ids: readonly string[]): Promise<ReadonlyMap<string, AdjustmentRow>> {
  const valid = ids.filter(isUuid);
  if (valid.length === 0) return new Map();
  const rows = await tenantTx(ctx, ({ em, tenantId }) => em.execute<AdjustmentRow[]>(`select * from wallet_adjustment where tenant_id = ? and id = any(?::uuid[])`, [tenantId, `{${valid.join(',')}}`]));
  return new Map(rows.map((a) => [a.id, a]));
}

/** Adjustments by id, batched per operation; null when absent from the tenant. */
export function loadWalletAdjustment(ctx: Context, id: string | null | undefined): Promise<AdjustmentRow | null> {
  return loadById(ctx, 'wallet.adjustment', adjustmentsByIds, id);
}
