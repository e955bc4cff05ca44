import { z } from 'zod';
import { requireTenant, tenantTx, type Context, type TenantTx } from '../../src/context.js';
import { ValidationError } from '../../src/errors.js';
import { newId } from '../../src/ids.js';
import { isCurrency, parseAmount } from '../../src/money.js';
import { parseInput } from '../../src/validation.js';
import { actorLabel } from '../../src/auth/principal.js';
import { decryptCredentials, encryptCredentials, fingerprintOf } from './payments.crypto.js';
import { PaymentAmountOutOfBoundsError, PaymentCurrencyUnsupportedError, PaymentProviderUnsupportedError } from './payments.errors.js';
import { gatewayFactory, type PaymentGateway } from './payments.gateway.js';
import { assertSandboxAllowed } from './adapters/sandbox.adapter.js';

/** A tenant's configuration of one provider, as stored (credentials encrypted). */
export interface ProviderRow {
  id: string;
  tenant_id: string;
  code: string;
  enabled: boolean;
  currencies: string[];
  min_amount: string;
  max_amount: string;
  credentials: Buffer;
  key_fingerprint: string;
  endpoint: string | null;
  created_at: Date;
  updated_at: Date;
}

/** A provider as the API shows it: never the credentials, only their fingerprint. */
export interface ProviderView {
  id: string;
  code: string;
  enabled: boolean;
  currencies: string[];
  minAmount: string;
  maxAmount: string;
  keyFingerprint: string;
  endpoint: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export function providerView(row: ProviderRow): ProviderView {
  return {
    id: row.id,
    code: row.code,
    enabled: row.enabled,
    currencies: row.currencies,
    minAmount: String(row.min_amount),
    maxAmount: String(row.max_amount),
    keyFingerprint: row.key_fingerprint,
    endpoint: row.endpoint,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
  };
}

const aadOf = (tenantId: string, code: string) => `payments:${tenantId}:${code}`;

const providerInput = z.object({
  code: z.string().regex(/^[a-z][a-z0-9]{1,30}$/, 'must be 2-31 of a-z and 0-9, starting with a letter'),
  enabled: z.boolean().nullish(),
  currencies: z.array(z.string().refine(isCurrency, 'must be an ISO 4217 code')).min(1).max(50),
  minAmount: z.string(),
  maxAmount: z.string(),
  apiKey: z.string().min(8).max(512),
  webhookSecret: z.string().min(8).max(512),
  merchantAccount: z.string().min(1).max(200).nullish(),
  endpoint: z.string().url().max(300).nullish(),
});
export type SetProviderInput = z.input<typeof providerInput>;

/** Creates or replaces (by code) a payment provider of the tenant. The credentials are write-only. */
export async function setPaymentProvider(ctx: Context, input: SetProviderInput): Promise<ProviderView> {
  const data = parseInput(providerInput, input);
  const tenant = requireTenant(ctx);
  const min = parseAmount(data.minAmount, ['input', 'minAmount']);
  const max = parseAmount(data.maxAmount, ['input', 'maxAmount']);
  if (max < min) throw new ValidationError([{ path: ['input', 'maxAmount'], message: 'must be at least minAmount' }]);
  if (!(await gatewayFactory(data.code))) throw new PaymentProviderUnsupportedError(data.code);
  assertSandboxAllowed(ctx.services.config, data.code);
  const foreign = data.currencies.filter((c) => !tenant.currencies.includes(c));
  if (foreign.length) throw new ValidationError([{ path: ['input', 'currencies'], message: `${foreign.join(', ')} not a currency of this tenant` }]);
  const credentials = { apiKey: data.apiKey, webhookSecret: data.webhookSecret, merchantAccount: data.merchantAccount ?? undefined };
  const sealed = encryptCredentials(ctx.services.config.secretsEncryptionKey, aadOf(tenant.id, data.code), credentials);
  const row = await tenantTx(ctx, async (tx) => {
    const [saved] = await tx.em.execute<ProviderRow[]>(
      `insert into payment_provider (id, tenant_id, code, enabled, currencies, min_amount, max_amount, credentials, key_fingerprint, endpoint)
       values (?, ?, ?, ?, ?::text[], ?, ?, ?, ?, ?)
       on conflict (tenant_id, code) do update set enabled = excluded.enabled, currencies = excluded.currencies,
         min_amount = excluded.min_amount, max_amount = excluded.max_amount, credentials = excluded.credentials,
         key_fingerprint = excluded.key_fingerprint, endpoint = excluded.endpoint, updated_at = now()
       returning *`,
      [newId(), tx.tenantId, data.code, data.enabled ?? true, `{${[...new Set(data.currencies)].join(',')}}`, min.toString(), max.toString(),
        sealed, fingerprintOf(credentials), data.endpoint ?? null],
    );
    const view = providerView(saved!);
    await tx.audit({
      action: 'payments.provider.set',
      target: { type: 'PaymentProvider', id: view.id },
      diff: { code: view.code, enabled: view.enabled, currencies: view.currencies, minAmount: view.minAmount, maxAmount: view.maxAmount, keyFingerprint: view.keyFingerprint, endpoint: view.endpoint },
    });
    return saved!;
  });
  return providerView(row);
}

export async function listPaymentProviders(ctx: Context): Promise<ProviderView[]> {
  const rows = await tenantTx(ctx, (tx) => tx.em.execute<ProviderRow[]>(`select * from payment_provider where tenant_id = ? order by code`, [tx.tenantId]));
  return rows.map(providerView);
}

export async function providerRow(tx: TenantTx, code: string): Promise<ProviderRow | null> {
  const [row] = await tx.em.execute<ProviderRow[]>(`select * from payment_provider where tenant_id = ? and code = ?`, [tx.tenantId, code]);
  return row ?? null;
}

/** The gateway of a configured provider (credentials decrypted in memory only). */
export async function gatewayOf(ctx: Context, row: ProviderRow): Promise<PaymentGateway> {
  const factory = await gatewayFactory(row.code);
  if (!factory) throw new PaymentProviderUnsupportedError(row.code);
  // A sandbox row left in a database that now runs in production must not move money.
  assertSandboxAllowed(ctx.services.config, row.code);
  const credentials = decryptCredentials(ctx.services.config.secretsEncryptionKey, aadOf(row.tenant_id, row.code), Buffer.from(row.credentials));
  return factory({ code: row.code, credentials, endpoint: row.endpoint, timeoutMs: ctx.services.config.paymentsProviderTimeoutMs });
}

/** An enabled provider that takes `currency` and `amount`, or the typed reason it does not. */
export async function usableProvider(tx: TenantTx, code: string, currency: string, amount: bigint): Promise<ProviderRow> {
  const row = await providerRow(tx, code);
  if (!row || !row.enabled) throw new PaymentProviderUnsupportedError(code);
  if (!row.currencies.includes(currency)) throw new PaymentCurrencyUnsupportedError(code, currency);
  if (amount < BigInt(row.min_amount) || amount > BigInt(row.max_amount)) throw new PaymentAmountOutOfBoundsError(String(row.min_amount), String(row.max_amount));
  return row;
}

// ---------------------------------------------------------------- settings

export type ChargebackFreeze = 'NEVER' | 'ON_RECEIVABLE' | 'ALWAYS';

export interface Settings {
  dualApprovalAbove: string | null;
  chargebackFreeze: ChargebackFreeze;
  stalePendingMinutes: number;
}

export async function settingsOf(tx: TenantTx): Promise<Settings> {
  const [row] = await tx.em.execute<{ dual_approval_above: string | null; chargeback_freeze: ChargebackFreeze; stale_pending_minutes: number }[]>(
    `select dual_approval_above, chargeback_freeze, stale_pending_minutes from payment_settings where tenant_id = ?`,
    [tx.tenantId],
  );
  return {
    dualApprovalAbove: row?.dual_approval_above != null ? String(row.dual_approval_above) : null,
    chargebackFreeze: row?.chargeback_freeze ?? 'ON_RECEIVABLE',
    stalePendingMinutes: row?.stale_pending_minutes ?? 60,
  };
}

const settingsInput = z.object({
  dualApprovalAbove: z.string().nullish(),
  chargebackFreeze: z.enum(['NEVER', 'ON_RECEIVABLE', 'ALWAYS']),
  stalePendingMinutes: z.number().int().min(1).max(7 * 24 * 60).nullish(),
});

/** The tenant's payment policy: above what amount a withdrawal needs two approvals; freezing after a chargeback. */
export async function setPaymentSettings(ctx: Context, input: z.input<typeof settingsInput>): Promise<Settings> {
  const data = parseInput(settingsInput, input);
  const threshold = data.dualApprovalAbove == null ? null : data.dualApprovalAbove === '0' ? 0n : parseAmount(data.dualApprovalAbove, ['input', 'dualApprovalAbove']);
  return tenantTx(ctx, async (tx) => {
    const before = await settingsOf(tx);
    await tx.em.execute(
      `insert into payment_settings (tenant_id, dual_approval_above, chargeback_freeze, stale_pending_minutes, updated_by) values (?, ?, ?, ?, ?)
       on conflict (tenant_id) do update set dual_approval_above = excluded.dual_approval_above, chargeback_freeze = excluded.chargeback_freeze,
         stale_pending_minutes = excluded.stale_pending_minutes, updated_by = excluded.updated_by, updated_at = now()`,
      [tx.tenantId, threshold?.toString() ?? null, data.chargebackFreeze, data.stalePendingMinutes ?? 60, actorOfCtx(ctx)],
    );
    const after = await settingsOf(tx);
    await tx.audit({ action: 'payments.settings.set', target: { type: 'PaymentSettings', id: tx.tenantId }, diff: { before, after } });
    return after;
  });
}

/** Who acts, as recorded: KIND:id, or SYSTEM. */
export function actorOfCtx(ctx: Context): string {
  return ctx.principal ? actorLabel(ctx.principal) : 'SYSTEM';
}
