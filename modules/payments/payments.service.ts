import { runPlayerGates } from '../../src/player-gates.js';
import { reportPlayerSignal, requestSignalOf } from '../../src/player-signals.js';
import { z } from 'zod';
import { requireTenant, tenantTx, type Context } from '../../src/context.js';
import { ForbiddenError, ValidationError } from '../../src/errors.js';
import { isUuid, newId } from '../../src/ids.js';
import { isCurrency, parseAmount } from '../../src/money.js';
import { keysetPage, type KeysetWindow, type PageArgs } from '../../src/graphql/pagination.js';
import { loadById } from '../../src/graphql/loaders.js';
import { parseInput } from '../../src/validation.js';
import { assertCanDeposit } from '../responsible-gambling/index.js';
import { DisputeClosedError, DisputeNotFoundError, PaymentNotFoundError, PaymentProviderFailedError } from './payments.errors.js';
import { emitPaymentEvent } from './payments.events.js';
import { actorOfCtx, gatewayOf, usableProvider } from './payments.providers.js';

// ---------------------------------------------------------------- rows

export interface PaymentRow {
  id: string;
  tenant_id: string;
  player_id: string;
  provider: string;
  currency: string;
  amount: string;
  status: 'PENDING' | 'SUCCEEDED' | 'FAILED' | 'CANCELLED' | 'REFUSED';
  provider_ref: string | null;
  session_ref: string | null;
  confirmed_amount: string | null;
  refunded_amount: string;
  ledger_transaction_id: string | null;
  failure_reason: string | null;
  created_at: Date;
  updated_at: Date;
  confirmed_at: Date | null;
}

export interface WithdrawalRow {
  id: string;
  tenant_id: string;
  player_id: string;
  kind: 'WITHDRAWAL' | 'REFUND';
  idempotency_key: string;
  currency: string;
  amount: string;
  /** PARKED: a MANUAL part approved and waiting for FINANCE to pay it by hand. */
  status: 'PENDING' | 'PROCESSING' | 'PARKED' | 'PAID' | 'FAILED' | 'REJECTED' | 'CANCELLED';
  hold_id: string;
  provider: string | null;
  /** REFUND of source_payment_id; MANUAL: paid by FINANCE by hand to the instrument named; PAYOUT: rows from before the closed-loop rule. */
  route: 'REFUND' | 'PAYOUT' | 'MANUAL' | null;
  source_payment_id: string | null;
  provider_ref: string | null;
  required_approvals: number;
  approvals: { by: string; at: string }[];
  requested_by: string;
  decided_by: string | null;
  note: string | null;
  failure_reason: string | null;
  ledger_transaction_id: string | null;
  /** The first part's id when the request was split into several parts by the routing rule. */
  request_id: string | null;
  /** What the player asked for (all parts together), and through which provider. */
  requested_total: string | null;
  requested_provider: string | null;
  /** A MANUAL part: the deposit whose instrument FINANCE must pay (the player's latest through the requested provider), and its provider reference. */
  instrument_payment_id: string | null;
  instrument_ref: string | null;
  /** A completed MANUAL part: FINANCE's reference of the payment made, who recorded it, and under which idempotency key. */
  paid_reference: string | null;
  paid_by: string | null;
  completion_key: string | null;
  created_at: Date;
  updated_at: Date;
}

export interface DisputeRow {
  id: string;
  tenant_id: string;
  payment_id: string;
  player_id: string;
  provider: string;
  provider_ref: string;
  status: 'OPENED' | 'NEEDS_RESPONSE' | 'WON' | 'LOST';
  reason: string | null;
  currency: string;
  amount: string;
  due_by: Date | null;
  evidence: { note: string; by: string; at: string }[];
  clawed_cash: string;
  clawed_receivable: string;
  clawbacks: number;
  clawback_transaction_id: string | null;
  created_at: Date;
  updated_at: Date;
  closed_at: Date | null;
}

/** The signed-in player's id, or FORBIDDEN. */
export function playerOf(ctx: Context): string {
  if (ctx.principal?.kind !== 'player') throw new ForbiddenError('player');
  return ctx.principal.playerId;
}

/** The ledger account a player's cash sits in (the only withdrawable money). */
export const cashOf = (playerId: string, currency: string) => ({ ownerType: 'PLAYER' as const, ownerId: playerId, currency, kind: 'CASH' as const });
/** The provider's account: the counterparty of deposits, payouts and chargebacks. */
export const providerAccountOf = (code: string, currency: string) => ({ ownerType: 'PROVIDER' as const, ownerId: code, currency });
/** What a player owes after a chargeback their balance could not cover: a negative balance here. */
export const receivableOf = (playerId: string, currency: string) => ({ ownerType: 'PROVIDER' as const, ownerId: `receivable:${playerId}`, currency });
/**
 * Where manual payouts (winnings FINANCE pays by hand, outside any provider) are captured: its
 * balance is what the operator paid out that way. Not a provider's account, whose balance is what
 * that provider holds for us, which a bank transfer of ours does not change.
 */
export const manualPayoutsOf = (currency: string) => ({ ownerType: 'PROVIDER' as const, ownerId: 'manual-payouts', currency });

// ---------------------------------------------------------------- deposits

const depositInput = z.object({
  provider: z.string().min(1).max(40),
  currency: z.string().refine(isCurrency, 'must be an ISO 4217 code'),
  amount: z.string(),
  returnUrl: z.string().url().max(500).nullish(),
});

/**
 * Starts a deposit: checks the provider, currency, bounds and the player's responsible-gambling
 * deposit limits, asks the provider for a payment, and returns what the frontend needs. Nothing
 * is credited here: the ledger moves only when the provider confirms by a verified webhook.
 */
export async function createDeposit(ctx: Context, input: z.input<typeof depositInput>) {
  const data = parseInput(depositInput, input);
  const playerId = playerOf(ctx);
  const tenant = requireTenant(ctx);
  const amount = parseAmount(data.amount, ['input', 'amount']);
  if (!tenant.currencies.includes(data.currency)) throw new ValidationError([{ path: ['input', 'currency'], message: 'is not a currency of this tenant' }]);
  const provider = await tenantTx(ctx, async (tx) => {
    const usable = await usableProvider(tx, data.provider, data.currency, amount);
    // What the modules above require first (risk: a KYC level past the tenant's deposit threshold).
    await runPlayerGates('deposit', ctx, tx, { playerId, currency: data.currency, amount, provider: usable.code });
    return usable;
  });
  await assertCanDeposit(ctx, playerId, data.currency, amount);
  const gateway = await gatewayOf(ctx, provider);
  const paymentId = newId();
  let created;
  try {
    created = await gateway.createDeposit({ paymentId, playerId, amount, currency: data.currency, returnUrl: data.returnUrl ?? null });
  } catch (error) {
    ctx.services.logger.warn({ err: error, provider: provider.code, paymentId }, 'payment provider refused a deposit');
    throw new PaymentProviderFailedError(provider.code);
  }
  const payment = await tenantTx(ctx, async (tx) => {
    const [row] = await tx.em.execute<PaymentRow[]>(
      `insert into payment (id, tenant_id, player_id, provider, currency, amount, status, provider_ref, session_ref)
       values (?, ?, ?, ?, ?, ?, 'PENDING', ?, ?) returning *`,
      [paymentId, tx.tenantId, playerId, provider.code, data.currency, amount.toString(), created.paymentRef, created.sessionRef],
    );
    await tx.audit({ action: 'payments.deposit.create', target: { type: 'Payment', id: paymentId }, diff: { provider: provider.code, currency: data.currency, amount: amount.toString(), providerRef: created.paymentRef } });
    await reportPlayerSignal(ctx, tx, { playerId, source: 'DEPOSIT', ...requestSignalOf(ctx), instrumentFingerprint: null });
    await emitPaymentEvent(tx, { kind: 'DEPOSIT_CREATED', playerId, subjectId: paymentId, status: 'PENDING', amount: amount.toString(), currency: data.currency, provider: provider.code });
    return row!;
  });
  return { payment, clientData: created.clientData };
}

export async function paymentById(ctx: Context, id: string): Promise<PaymentRow> {
  const row = await findPayment(ctx, id);
  if (!row) throw new PaymentNotFoundError(id);
  return row;
}

/** A payment of the operation's tenant, or null when there is none with this id. */
export async function findPayment(ctx: Context, id: string): Promise<PaymentRow | null> {
  return (await rowsByIds<PaymentRow>(ctx, 'payment', [id])).get(id) ?? null;
}

/** A Postgres array literal of checked UUIDs (the driver would spread a JS array into a list). */
const uuidArray = (ids: readonly string[]) => `{${ids.join(',')}}`;

/** Rows of one of the module's tables by id, in one statement (the operation's tenant's). */
export async function rowsByIds<T extends { id: string }>(ctx: Context, table: 'payment' | 'payment_withdrawal' | 'payment_dispute', ids: readonly string[]): Promise<ReadonlyMap<string, T>> {
  const valid = ids.filter(isUuid);
  if (valid.length === 0 || !ctx.tenant) return new Map();
  const rows = await tenantTx(ctx, ({ em, tenantId }) => em.execute<T[]>(`select * from ${table} where tenant_id = ? and id = any(?::uuid[])`, [tenantId, uuidArray(valid)]));
  return new Map(rows.map((r) => [r.id, r]));
}

/** A payment by id, batched per operation (references from withdrawals, disputes, other modules). */
export function loadPayment(ctx: Context, id: string | null | undefined): Promise<PaymentRow | null> {
  return loadById(ctx, 'payments.payment', (c, ids) => rowsByIds<PaymentRow>(c, 'payment', ids), id);
}

/** A withdrawal by id, batched per operation. */
export function loadWithdrawal(ctx: Context, id: string | null | undefined): Promise<WithdrawalRow | null> {
  return loadById(ctx, 'payments.withdrawal', (c, ids) => rowsByIds<WithdrawalRow>(c, 'payment_withdrawal', ids), id);
}

/** A dispute by id, batched per operation. */
export function loadDispute(ctx: Context, id: string | null | undefined): Promise<DisputeRow | null> {
  return loadById(ctx, 'payments.dispute', (c, ids) => rowsByIds<DisputeRow>(c, 'payment_dispute', ids), id);
}

async function holdAccounts(ctx: Context, ids: readonly string[]): Promise<ReadonlyMap<string, string>> {
  const valid = ids.filter(isUuid);
  if (valid.length === 0 || !ctx.tenant) return new Map();
  const rows = await tenantTx(ctx, ({ em, tenantId }) =>
    em.execute<{ id: string; account_id: string }[]>(`select id, account_id from ledger_hold where tenant_id = ? and id = any(?::uuid[])`, [tenantId, uuidArray(valid)]),
  );
  return new Map(rows.map((r) => [r.id, r.account_id]));
}

/** The ledger account a withdrawal's hold sits on (the player's cash account), batched per operation. */
export function loadHoldAccountId(ctx: Context, holdId: string): Promise<string | null> {
  return loadById(ctx, 'payments.holdAccount', holdAccounts, holdId);
}

/**
 * One keyset page of a payments table, newest first (ids are time-ordered), under equality
 * filters on its columns (null: not filtered), with its count. Backward pages read from the
 * `before` end in ascending order (keysetPage puts them back in listing order).
 */
export function pageOfTable<T extends { id: string }>(
  ctx: Context,
  table: 'payment' | 'payment_withdrawal' | 'payment_dispute',
  args: PageArgs,
  filters: Record<string, string | null>,
) {
  const columns = Object.entries(filters).filter(([, value]) => value !== null);
  const where = columns.map(([column]) => `${column} = ?`);
  const params: unknown[] = columns.map(([, value]) => value);
  return keysetPage<T>(args, {
    filters,
    keyOf: (row) => row.id,
    fetch: (window: KeysetWindow) => {
      const conditions = [...where];
      const values = [...params];
      if (window.after !== undefined) {
        conditions.push('id < ?');
        values.push(window.after);
      }
      if (window.before !== undefined) {
        conditions.push('id > ?');
        values.push(window.before);
      }
      const sql = `select * from ${table} where tenant_id = ?${conditions.map((c) => ` and ${c}`).join('')} order by id ${window.backward ? 'asc' : 'desc'} limit ?`;
      return tenantTx(ctx, ({ em, tenantId }) => em.execute<T[]>(sql, [tenantId, ...values, window.limit]));
    },
    count: async () => {
      const sql = `select count(*)::int as count from ${table} where tenant_id = ?${where.map((c) => ` and ${c}`).join('')}`;
      const [row] = await tenantTx(ctx, ({ em, tenantId }) => em.execute<{ count: number }[]>(sql, [tenantId, ...params]));
      return row?.count ?? 0;
    },
  });
}

export function listPayments(ctx: Context, args: PageArgs & { playerId?: string | null; status?: PaymentRow['status'] | null }) {
  return pageOfTable<PaymentRow>(ctx, 'payment', args, { status: args.status ?? null, player_id: args.playerId ?? null });
}

// ---------------------------------------------------------------- disputes (staff side)

export async function disputeById(ctx: Context, id: string): Promise<DisputeRow> {
  const row = (await rowsByIds<DisputeRow>(ctx, 'payment_dispute', [id])).get(id);
  if (!row) throw new DisputeNotFoundError(id);
  return row;
}

const evidenceInput = z.object({ disputeId: z.string(), note: z.string().trim().min(3).max(2000) });

/** Staff add an evidence note to an open dispute; a closed one refuses. */
export async function addDisputeEvidence(ctx: Context, input: z.input<typeof evidenceInput>): Promise<DisputeRow> {
  const data = parseInput(evidenceInput, input);
  return tenantTx(ctx, async (tx) => {
    if (!isUuid(data.disputeId)) throw new DisputeNotFoundError(data.disputeId);
    const [d] = await tx.em.execute<DisputeRow[]>(`select * from payment_dispute where tenant_id = ? and id = ? for update`, [tx.tenantId, data.disputeId]);
    if (!d) throw new DisputeNotFoundError(data.disputeId);
    if (d.status === 'WON' || d.status === 'LOST') throw new DisputeClosedError(d.id, d.status);
    const note = { note: data.note, by: actorOfCtx(ctx), at: new Date().toISOString() };
    const [row] = await tx.em.execute<DisputeRow[]>(
      `update payment_dispute set evidence = evidence || ?::jsonb, updated_at = now() where tenant_id = ? and id = ? returning *`,
      [JSON.stringify([note]), tx.tenantId, d.id],
    );
    await tx.audit({ action: 'payments.dispute.evidence', target: { type: 'Dispute', id: d.id }, diff: { note: data.note } });
    return row!;
  });
}

export function listDisputes(ctx: Context, args: PageArgs & { status?: DisputeRow['status'] | null; playerId?: string | null; paymentId?: string | null }) {
  return pageOfTable<DisputeRow>(ctx, 'payment_dispute', args, { status: args.status ?? null, player_id: args.playerId ?? null, payment_id: args.paymentId ?? null });
}
