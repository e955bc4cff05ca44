/**
 * A statement's workflow (docs/affiliates.md "Statements: approval and payout"): staff with
 * affiliates:statements submit a COMPUTED statement (the maker); another of them approves it (the
 * checker), which posts each currency's payable from the house to the affiliate's payable account
 * in the approval's transaction, or rejects it back to COMPUTED with a reason; each payable line is
 * then paid out (the affiliate's account to the payout clearing account) and the statement is PAID
 * when every payable line is. Every step locks the statement's row, is audited on
 * `AffiliateStatement`, and a failure leaves nothing behind (one transaction).
 */
import { z } from 'zod';
import { tenantTx, type Context, type TenantTx } from '../../src/context.js';
import { ForbiddenError, NotFoundError } from '../../src/errors.js';
import { isUuid, newId } from '../../src/ids.js';
import { actorLabel } from '../../src/auth/principal.js';
import { parseInput } from '../../src/validation.js';
import { postTransferInTx, rebuildWalletError, requestHash, type AccountSelector } from '../wallet/index.js';
import { dayOf } from './affiliates.statements.js';
import {
  AffiliateStatementAlreadyPaidError,
  AffiliateStatementNothingPayableError,
  AffiliateStatementSameStaffError,
  AffiliateStatementStatusError,
} from './affiliates.statements.errors.js';

export const STATEMENT_STATUSES = ['COMPUTED', 'SUBMITTED', 'APPROVED', 'PAID'] as const;
export type StatementStatus = (typeof STATEMENT_STATUSES)[number];
export const PAYOUT_METHODS = ['BANK_TRANSFER', 'E_WALLET', 'CRYPTO', 'OTHER'] as const;
export type PayoutMethod = (typeof PAYOUT_METHODS)[number];

/** Events (outbox), on the stream `affiliate-statement:<id>`. */
export const AFFILIATE_STATEMENT_APPROVED = 'affiliates.statement.approved';
export const AFFILIATE_STATEMENT_PAID = 'affiliates.statement.paid';

/** The ledger transaction codes of the two postings. */
export const COMMISSION_CODE = 'AFFILIATE_COMMISSION';
export const PAYOUT_CODE = 'AFFILIATE_PAYOUT';

/** Where approved commission comes from: the operator's cash (the expense is told apart by the transaction code). */
export const commissionSourceOf = (currency: string): AccountSelector => ({ ownerType: 'HOUSE', currency, kind: 'CASH' });
/** What the operator owes an affiliate, approved and not yet paid out: never below zero. */
export const affiliatePayableOf = (affiliateId: string, currency: string): AccountSelector => ({ ownerType: 'AFFILIATE', ownerId: affiliateId, currency, kind: 'CASH' });
/** Where paid-out commission goes (it left by bank or another method): its balance is what was paid to affiliates. */
export const affiliatePayoutsOf = (currency: string): AccountSelector => ({ ownerType: 'PROVIDER', ownerId: 'affiliate-payouts', currency, kind: 'CASH' });

export interface StatementRow {
  tenant_id: string;
  id: string;
  affiliate_id: string;
  period_start: Date | string;
  period_end: Date | string;
  plan_id: string;
  plan_version: number;
  plan_overrides: unknown;
  /** Activity in currencies the plan does not price, left out (UnpricedActivity with amounts as strings). */
  unpriced: { currency: string; players: number; components: Record<string, string> }[];
  status: StatementStatus;
  funnel: Record<string, number | null>;
  new_paying_players: number;
  submitted_by: string | null;
  submitted_at: Date | null;
  approved_by: string | null;
  approved_at: Date | null;
  rejected_by: string | null;
  rejected_at: Date | null;
  rejection_reason: string | null;
  paid_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

/** A statement's line in one currency as stored (bigints as strings; the breakdowns as jsonb with string amounts). */
export interface StatementCurrencyRow {
  tenant_id: string;
  statement_id: string;
  currency: string;
  ngr: Record<string, string>;
  rev_share: { basis: string; mode: string; measure: string; tier: number; amount: string; bands: { from: string; to: string | null; rate: string; ngr: string }[] } | null;
  carried_in_rev_share: string;
  carried_in_debt: string;
  rev_share_balance: string;
  rev_share_payable: string;
  own: string;
  sub_affiliate_override: string;
  due: string;
  payable: string;
  carry_out_rev_share: string;
  carry_out_debt: string;
  commission_transaction_id: string | null;
  payout_method: PayoutMethod | null;
  payout_reference: string | null;
  payout_transaction_id: string | null;
  paid_by: string | null;
  paid_at: Date | null;
}

const statementInput = z.object({ statementId: z.string() });
const rejectInput = z.object({ statementId: z.string(), reason: z.string().trim().min(1, 'must not be empty').max(2000) });
const payInput = z.object({
  statementId: z.string(),
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code'),
  method: z.enum(PAYOUT_METHODS),
  reference: z.string().trim().min(1, 'must not be empty').max(200),
});
export type PayStatementInput = z.input<typeof payInput>;

/** Who acts, as stored (`KIND:id`): staff or platform staff holding affiliates:statements. */
function actorOfStep(ctx: Context): string {
  if (!ctx.principal || ctx.principal.kind === 'player') throw new ForbiddenError('staff');
  return actorLabel(ctx.principal);
}

async function lockedStatement(tx: TenantTx, id: string): Promise<StatementRow> {
  if (!isUuid(id)) throw new NotFoundError('AffiliateStatement');
  const [row] = await tx.em.execute<StatementRow[]>(`select * from affiliate_statement where tenant_id = ? and id = ? for update`, [tx.tenantId, id]);
  if (!row) throw new NotFoundError('AffiliateStatement');
  return row;
}

function expectStatus(row: StatementRow, expected: StatementStatus): void {
  if (row.status !== expected) throw new AffiliateStatementStatusError(row.status, expected);
}

async function currencyLinesInTx(tx: TenantTx, statementId: string): Promise<StatementCurrencyRow[]> {
  return tx.em.execute<StatementCurrencyRow[]>(
    `select * from affiliate_statement_currency where tenant_id = ? and statement_id = ? order by currency for update`,
    [tx.tenantId, statementId],
  );
}

/** One transfer posted in the caller's transaction; its transaction id (the original one on a replay of the key). */
async function postInTx(
  ctx: Context,
  tx: TenantTx,
  posting: { key: string; code: string; from: AccountSelector; to: AccountSelector; amount: bigint; reference: string; metadata: Record<string, unknown>; createdBy: string },
): Promise<string> {
  const transfer = { from: posting.from, to: posting.to, amount: posting.amount.toString() };
  const answer = await postTransferInTx(tx, ctx.services.config.walletHouseStripes, ctx.tenant!.currencies, {
    key: posting.key,
    hash: requestHash('transfer', { key: posting.key, transfer }),
    code: posting.code,
    reference: posting.reference,
    metadata: posting.metadata,
    createdBy: posting.createdBy,
    transactionId: newId(),
    entryIds: [newId(), newId()],
    transfers: [transfer],
  });
  if ('conflict' in answer || 'invalid' in answer) throw new Error(`affiliates: posting ${posting.key} refused: ${JSON.stringify(answer)}`);
  if (!answer.outcome.ok) throw rebuildWalletError(answer.outcome.code, answer.outcome.data);
  return answer.outcome.result.transactionId;
}

function eventOf(tx: TenantTx, row: StatementRow, amounts: { currency: string; amount: bigint }[]) {
  return {
    tenantId: tx.tenantId,
    statementId: row.id,
    affiliateId: row.affiliate_id,
    periodStart: dayOf(row.period_start),
    periodEnd: dayOf(row.period_end),
    amounts: amounts.map((a) => ({ currency: a.currency, amount: a.amount.toString() })),
  };
}

async function updatedStatement(tx: TenantTx, id: string, set: string, params: unknown[]): Promise<StatementRow> {
  const [row] = await tx.em.execute<StatementRow[]>(`update affiliate_statement set ${set}, updated_at = now() where tenant_id = ? and id = ? returning *`, [...params, tx.tenantId, id]);
  return row!;
}

/** The maker submits a COMPUTED statement for approval. */
export async function submitAffiliateStatement(ctx: Context, input: z.input<typeof statementInput>): Promise<StatementRow> {
  const data = parseInput(statementInput, input);
  const maker = actorOfStep(ctx);
  return tenantTx(ctx, async (tx) => {
    const before = await lockedStatement(tx, data.statementId);
    expectStatus(before, 'COMPUTED');
    const row = await updatedStatement(tx, before.id, `status = 'SUBMITTED', submitted_by = ?, submitted_at = now()`, [maker]);
    await tx.audit({ action: 'affiliate.statement.submit', target: { type: 'AffiliateStatement', id: row.id }, diff: { status: { from: 'COMPUTED', to: 'SUBMITTED' } } });
    return row;
  });
}

/** The checker (not the maker) sends a SUBMITTED statement back to COMPUTED with a reason. */
export async function rejectAffiliateStatement(ctx: Context, input: z.input<typeof rejectInput>): Promise<StatementRow> {
  const data = parseInput(rejectInput, input);
  const checker = actorOfStep(ctx);
  return tenantTx(ctx, async (tx) => {
    const before = await lockedStatement(tx, data.statementId);
    expectStatus(before, 'SUBMITTED');
    if (before.submitted_by === checker) throw new AffiliateStatementSameStaffError();
    const row = await updatedStatement(
      tx,
      before.id,
      `status = 'COMPUTED', submitted_by = null, submitted_at = null, rejected_by = ?, rejected_at = now(), rejection_reason = ?`,
      [checker, data.reason],
    );
    await tx.audit({
      action: 'affiliate.statement.reject',
      target: { type: 'AffiliateStatement', id: row.id },
      diff: { status: { from: 'SUBMITTED', to: 'COMPUTED' }, reason: data.reason, submittedBy: before.submitted_by },
    });
    return row;
  });
}

/**
 * The checker (not the maker) approves a SUBMITTED statement: each currency line with payable > 0
 * is posted HOUSE → the affiliate's payable account (key per statement and currency, so nothing is
 * ever posted twice). A statement with nothing payable is PAID at once.
 */
export async function approveAffiliateStatement(ctx: Context, input: z.input<typeof statementInput>): Promise<StatementRow> {
  const data = parseInput(statementInput, input);
  const checker = actorOfStep(ctx);
  return tenantTx(ctx, async (tx) => {
    const before = await lockedStatement(tx, data.statementId);
    expectStatus(before, 'SUBMITTED');
    if (before.submitted_by === checker) throw new AffiliateStatementSameStaffError();
    const payable = (await currencyLinesInTx(tx, before.id)).filter((line) => BigInt(line.payable) > 0n);
    for (const line of payable) {
      const transactionId = await postInTx(ctx, tx, {
        key: `affiliate-commission:${before.id}:${line.currency}`,
        code: COMMISSION_CODE,
        from: commissionSourceOf(line.currency),
        to: affiliatePayableOf(before.affiliate_id, line.currency),
        amount: BigInt(line.payable),
        reference: before.id,
        metadata: { statement: before.id, affiliate: before.affiliate_id, periodStart: dayOf(before.period_start), currency: line.currency },
        createdBy: checker,
      });
      await tx.em.execute(`update affiliate_statement_currency set commission_transaction_id = ? where tenant_id = ? and statement_id = ? and currency = ?`, [
        transactionId,
        tx.tenantId,
        before.id,
        line.currency,
      ]);
    }
    const status: StatementStatus = payable.length > 0 ? 'APPROVED' : 'PAID';
    const row = await updatedStatement(tx, before.id, `status = ?, approved_by = ?, approved_at = now(), paid_at = case when ? = 'PAID' then now() end`, [status, checker, status]);
    const amounts = payable.map((line) => ({ currency: line.currency, amount: BigInt(line.payable) }));
    await tx.audit({
      action: 'affiliate.statement.approve',
      target: { type: 'AffiliateStatement', id: row.id },
      diff: { status: { from: 'SUBMITTED', to: status }, submittedBy: before.submitted_by, payable: Object.fromEntries(amounts.map((a) => [a.currency, a.amount.toString()])) },
    });
    await tx.emit(`affiliate-statement:${row.id}`, AFFILIATE_STATEMENT_APPROVED, eventOf(tx, row, amounts));
    if (status === 'PAID') await tx.emit(`affiliate-statement:${row.id}`, AFFILIATE_STATEMENT_PAID, eventOf(tx, row, []));
    return row;
  });
}

/**
 * Pays out one currency line of an APPROVED statement: the affiliate's payable account → the
 * payout clearing account, with the method and the reference of the money sent; the statement is
 * PAID when every line with payable > 0 is.
 */
export async function payAffiliateStatement(ctx: Context, input: PayStatementInput): Promise<StatementRow> {
  const data = parseInput(payInput, input);
  const payer = actorOfStep(ctx);
  return tenantTx(ctx, async (tx) => {
    const before = await lockedStatement(tx, data.statementId);
    if (before.status !== 'APPROVED' && before.status !== 'PAID') throw new AffiliateStatementStatusError(before.status, 'APPROVED');
    const lines = await currencyLinesInTx(tx, before.id);
    const line = lines.find((l) => l.currency.trim() === data.currency);
    if (!line || BigInt(line.payable) === 0n) throw new AffiliateStatementNothingPayableError(data.currency);
    if (line.paid_at !== null) throw new AffiliateStatementAlreadyPaidError(data.currency);
    const amount = BigInt(line.payable);
    const transactionId = await postInTx(ctx, tx, {
      key: `affiliate-payout:${before.id}:${data.currency}`,
      code: PAYOUT_CODE,
      from: affiliatePayableOf(before.affiliate_id, data.currency),
      to: affiliatePayoutsOf(data.currency),
      amount,
      reference: before.id,
      metadata: { statement: before.id, affiliate: before.affiliate_id, currency: data.currency, method: data.method, reference: data.reference },
      createdBy: payer,
    });
    await tx.em.execute(
      `update affiliate_statement_currency set payout_method = ?, payout_reference = ?, payout_transaction_id = ?, paid_by = ?, paid_at = now()
        where tenant_id = ? and statement_id = ? and currency = ?`,
      [data.method, data.reference, transactionId, payer, tx.tenantId, before.id, data.currency],
    );
    const unpaid = lines.filter((l) => l !== line && BigInt(l.payable) > 0n && l.paid_at === null);
    const row = unpaid.length === 0 ? await updatedStatement(tx, before.id, `status = 'PAID', paid_at = now()`, []) : await updatedStatement(tx, before.id, `status = status`, []);
    await tx.audit({
      action: 'affiliate.statement.pay',
      target: { type: 'AffiliateStatement', id: row.id },
      diff: { currency: data.currency, amount: amount.toString(), method: data.method, reference: data.reference, ...(row.status === 'PAID' ? { status: { from: 'APPROVED', to: 'PAID' } } : {}) },
    });
    if (row.status === 'PAID') {
      const paid = lines.filter((l) => BigInt(l.payable) > 0n).map((l) => ({ currency: l.currency.trim(), amount: BigInt(l.payable) }));
      await tx.emit(`affiliate-statement:${row.id}`, AFFILIATE_STATEMENT_PAID, eventOf(tx, row, paid));
    }
    return row;
  });
}
