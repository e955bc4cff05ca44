import { z } from 'zod';
import { systemContext, tenantTx, type Context, type Services } from '../../src/context.js';
import { defineJob } from '../../src/jobs/job.js';
import { parseInput } from '../../src/validation.js';
import { checkGauges, recordCheck } from '../../src/observability/checks.js';
import { tenantDirectory, TenantSchema } from '../tenants/index.js';
import { gatewayOf, providerRow, settingsOf } from './payments.providers.js';
import type { PaymentRow } from './payments.service.js';

export type MismatchKind = 'MISSING_CREDIT' | 'DOUBLE_CREDIT' | 'AMOUNT_MISMATCH' | 'STALE_PENDING';

export interface Mismatch {
  kind: MismatchKind;
  paymentId: string;
  playerId: string;
  provider: string;
  providerRef: string | null;
  currency: string;
  /** What the provider confirmed (null: nothing confirmed). */
  providerAmount: string | null;
  /** What the ledger credited, summed over its DEPOSIT credits of this payment. */
  ledgerAmount: string;
  ledgerCredits: number;
  detail: string;
}

const dayInput = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day, YYYY-MM-DD');

/**
 * The provider's side against the ledger for one tenant and one UTC day (payments created that
 * day). The provider's side is what its verified webhooks said (payment rows and recorded
 * events), and, for payments pending longer than the tenant's stale threshold, a status fetched
 * from the provider now. The ledger's side is its DEPOSIT credits referencing each payment.
 */
export async function reconcile(ctx: Context, day: string): Promise<Mismatch[]> {
  const date = parseInput(dayInput, day, 'day');
  const { payments, credits, confirmed, staleMinutes } = await tenantTx(ctx, async (tx) => {
    const payments = await tx.em.execute<PaymentRow[]>(
      `select * from payment where tenant_id = ? and created_at >= ?::date and created_at < ?::date + 1 order by id`,
      [tx.tenantId, date, date],
    );
    const ids = `{${payments.map((p) => p.id).join(',')}}`;
    // The ledger's side, read only: DEPOSIT credits of player cash referencing these payments.
    const credits = await tx.em.execute<{ reference: string; n: string; total: string }[]>(
      `select t.reference, count(distinct t.id)::text as n, coalesce(sum(e.amount), 0)::text as total
         from ledger_transaction t
         join ledger_entry e on e.tenant_id = t.tenant_id and e.transaction_id = t.id
         join ledger_account a on a.tenant_id = e.tenant_id and a.id = e.account_id and a.owner_type = 'PLAYER'
        where t.tenant_id = ? and t.code = 'DEPOSIT' and t.reference = any (?::text[]) and e.amount > 0
        group by t.reference`,
      [tx.tenantId, ids],
    );
    const confirmed = await tx.em.execute<{ merchant_ref: string | null; payment_ref: string | null; amount: string }[]>(
      `select merchant_ref, payment_ref, amount::text from payment_webhook
        where tenant_id = ? and accepted and kind = 'payment' and status = 'SUCCEEDED' and (merchant_ref = any (?::text[]) or payment_ref = any (string_to_array(?, ',')))`,
      // Provider references are [A-Za-z0-9_] (Stripe ids, Adyen PSP references): a comma list is safe.
      [tx.tenantId, ids, payments.map((p) => p.provider_ref ?? '').filter(Boolean).join(',')],
    );
    return { payments, credits, confirmed, staleMinutes: (await settingsOf(tx)).stalePendingMinutes };
  });
  const mismatches: Mismatch[] = [];
  const staleBefore = Date.now() - staleMinutes * 60_000;
  for (const p of payments) {
    const credit = credits.find((c) => c.reference === p.id);
    const n = credit ? Number(credit.n) : 0;
    const ledgerAmount = credit?.total ?? '0';
    const hook = confirmed.find((c) => c.merchant_ref === p.id || (p.provider_ref !== null && c.payment_ref === p.provider_ref));
    let providerAmount: string | null = p.status === 'SUCCEEDED' ? (p.confirmed_amount !== null ? String(p.confirmed_amount) : p.amount) : hook ? hook.amount : null;
    const base = { paymentId: p.id, playerId: p.player_id, provider: p.provider, providerRef: p.provider_ref, currency: p.currency, ledgerAmount, ledgerCredits: n };
    if (p.status === 'PENDING' && !hook && new Date(p.created_at).getTime() < staleBefore) {
      const fetched = await fetchStatus(ctx, p);
      if (fetched.status === 'SUCCEEDED') {
        providerAmount = fetched.amount?.toString() ?? p.amount;
      } else if (n === 0) {
        mismatches.push({ ...base, kind: 'STALE_PENDING', providerAmount: null, detail: `pending since ${new Date(p.created_at).toISOString()}; provider says ${fetched.status}` });
        continue;
      }
    }
    if (n > 1) {
      mismatches.push({ ...base, kind: 'DOUBLE_CREDIT', providerAmount, detail: `${n} ledger credits for one payment` });
    } else if (providerAmount !== null && n === 0 && p.status !== 'REFUSED') {
      mismatches.push({ ...base, kind: 'MISSING_CREDIT', providerAmount, detail: 'the provider confirmed the payment; the ledger has no credit' });
    } else if (n === 1 && providerAmount === null) {
      mismatches.push({ ...base, kind: 'AMOUNT_MISMATCH', providerAmount: '0', detail: 'credited, but the provider confirmed nothing' });
    } else if (n === 1 && providerAmount !== null && BigInt(providerAmount) !== BigInt(ledgerAmount)) {
      mismatches.push({ ...base, kind: 'AMOUNT_MISMATCH', providerAmount, detail: `provider ${providerAmount}, ledger ${ledgerAmount}` });
    }
  }
  return mismatches;
}

async function fetchStatus(ctx: Context, p: PaymentRow) {
  try {
    const provider = await tenantTx(ctx, (tx) => providerRow(tx, p.provider));
    if (!provider) return { status: 'UNKNOWN' as const, amount: null };
    const gateway = await gatewayOf(ctx, provider);
    return await gateway.fetchPaymentStatus({ paymentRef: p.provider_ref, sessionRef: p.session_ref, paymentId: p.id });
  } catch (error) {
    ctx.services.logger.warn({ err: error, payment: p.id, provider: p.provider }, 'payment status fetch failed');
    return { status: 'UNKNOWN' as const, amount: null };
  }
}

/** Event type the job emits to staff when a day does not reconcile. */
export const RECONCILIATION_MISMATCHES = 'payments.reconciliation.mismatches';

/** Every tenant, yesterday and today (UTC): mismatches are logged and announced to staff. */
export async function reconcileAllTenants(services: Services): Promise<number> {
  const tenants = await services.orm.em.fork().find(TenantSchema, {}, { fields: ['id'] });
  const today = new Date();
  const days = [new Date(today.getTime() - 86_400_000), today].map((d) => d.toISOString().slice(0, 10));
  let total = 0;
  for (const { id } of tenants) {
    const tenant = await tenantDirectory.byId(services, id);
    if (!tenant || tenant.status !== 'ACTIVE') continue;
    const ctx = systemContext(services, tenant);
    for (const day of days) {
      const mismatches = await reconcile(ctx, day);
      if (mismatches.length === 0) continue;
      total += mismatches.length;
      services.logger.warn({ tenant: tenant.slug, day, mismatches: mismatches.length, kinds: [...new Set(mismatches.map((m) => m.kind))] }, 'payments do not reconcile');
      await tenantTx(ctx, (tx) => tx.emit(`reconciliation:${day}`, RECONCILIATION_MISMATCHES, { day, mismatches }));
    }
  }
  return total;
}

export const paymentsReconciliationJob = defineJob({
  name: 'payments-reconciliation',
  description: "Reconciles every active tenant's payments with the ledger for yesterday and today (UTC) and announces mismatches to staff.",
  idempotency: 'Reads and compares only, and moves no money; a second run announces the same mismatches again on the day\'s stream.',
  every: (config) => config.paymentsReconciliationIntervalMs,
  run: async (_data, services) => {
    const mismatches = await reconcileAllTenants(services);
    // What /metrics reports as croupier_payments_reconciliation_mismatches, on every instance.
    await recordCheck(services.sql, RECONCILIATION_CHECK, mismatches);
  },
});

/** The name of the job's result in `ops_check` (src/observability/checks.ts). */
export const RECONCILIATION_CHECK = 'payments-reconciliation';

/** The mismatches the last run found, all tenants, and when it ran. */
export const reconciliationGauges = checkGauges(
  RECONCILIATION_CHECK,
  { name: 'croupier_payments_reconciliation_mismatches', help: 'Payments that did not reconcile with the ledger at the last payments-reconciliation run, all tenants (yesterday and today, UTC)' },
  { name: 'croupier_payments_reconciliation_last_run_timestamp_seconds', help: 'When the payments-reconciliation job last completed (Unix seconds)' },
);
