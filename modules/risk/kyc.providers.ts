/**
 * A tenant's KYC providers (one per code), configured by staff with risk:manage. Credentials are
 * sealed at rest like payment providers' (src/auth/sealed.ts: AES-256-GCM, the tenant and code as
 * additional data) and never shown, only a fingerprint of them.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { tenantTx, type Context, type TenantTx } from '../../src/context.js';
import { seal, unseal } from '../../src/auth/sealed.js';
import { newId } from '../../src/ids.js';
import { parseInput } from '../../src/validation.js';
import { KYC_PROVIDER_CODES, type KycCredentials, type KycGateway, type KycProviderCode } from './kyc.gateway.js';
import { createOnfidoGateway } from './kyc.onfido.js';
import { createSandboxGateway } from './kyc.sandbox.js';
import { KycProviderNotConfiguredError, KycProviderUnsupportedError } from './kyc.errors.js';

export interface KycProviderRow {
  id: string;
  tenant_id: string;
  code: KycProviderCode;
  enabled: boolean;
  credentials: Buffer;
  key_fingerprint: string;
  endpoint: string | null;
  created_at: Date;
  updated_at: Date;
}

const aadOf = (tenantId: string, code: string) => `kyc:${tenantId}:${code}`;
const fingerprintOf = (c: KycCredentials) => createHash('sha256').update(`${c.apiToken}\n${c.webhookToken}`).digest('hex').slice(0, 16);

function assertUsable(ctx: Context, code: KycProviderCode): void {
  // The sandbox passes everyone whose name it likes: never where real players are.
  if (code === 'sandbox' && ctx.services.config.env === 'production') throw new KycProviderUnsupportedError(code);
}

const providerInput = z.object({
  code: z.enum(KYC_PROVIDER_CODES),
  enabled: z.boolean().nullish(),
  apiToken: z.string().min(8, 'must be at least 8 characters').max(512, 'must be at most 512 characters'),
  webhookToken: z.string().min(8, 'must be at least 8 characters').max(512, 'must be at most 512 characters'),
  endpoint: z.string().url('must be an http(s) URL').max(300, 'must be at most 300 characters').refine((u) => /^https?:\/\//.test(u), 'must be an http(s) URL').nullish(),
});
export type SetKycProviderInput = z.input<typeof providerInput>;

/** Creates or replaces (by code) a KYC provider of the tenant; the credentials are write-only. Audited (KycProvider). */
export async function setKycProvider(ctx: Context, input: SetKycProviderInput): Promise<KycProviderRow> {
  const data = parseInput(providerInput, input);
  assertUsable(ctx, data.code);
  return tenantTx(ctx, async (tx) => {
    const credentials: KycCredentials = { apiToken: data.apiToken, webhookToken: data.webhookToken };
    const sealed = seal(ctx.services.config.secretsEncryptionKey, aadOf(tx.tenantId, data.code), JSON.stringify(credentials));
    const [row] = await tx.em.execute<KycProviderRow[]>(
      `insert into kyc_provider (id, tenant_id, code, enabled, credentials, key_fingerprint, endpoint) values (?, ?, ?, ?, ?, ?, ?)
       on conflict (tenant_id, code) do update set enabled = excluded.enabled, credentials = excluded.credentials,
         key_fingerprint = excluded.key_fingerprint, endpoint = excluded.endpoint, updated_at = now()
       returning *`,
      [newId(), tx.tenantId, data.code, data.enabled ?? true, sealed, fingerprintOf(credentials), data.endpoint ?? null],
    );
    await tx.audit({
      action: 'kyc.provider.set',
      target: { type: 'KycProvider', id: row!.id },
      diff: { code: row!.code, enabled: row!.enabled, keyFingerprint: row!.key_fingerprint, endpoint: row!.endpoint },
    });
    return row!;
  });
}

export function listKycProviders(ctx: Context): Promise<KycProviderRow[]> {
  return tenantTx(ctx, (tx) => tx.em.execute<KycProviderRow[]>(`select * from kyc_provider where tenant_id = ? order by code`, [tx.tenantId]));
}

export async function kycProviderRow(tx: TenantTx, code: string): Promise<KycProviderRow | null> {
  if (!(KYC_PROVIDER_CODES as readonly string[]).includes(code)) return null;
  const [row] = await tx.em.execute<KycProviderRow[]>(`select * from kyc_provider where tenant_id = ? and code = ?`, [tx.tenantId, code]);
  return row ?? null;
}

/** The provider players verify with: the enabled one (Onfido before the sandbox when both are). */
export async function activeKycProvider(tx: TenantTx): Promise<KycProviderRow> {
  const [row] = await tx.em.execute<KycProviderRow[]>(`select * from kyc_provider where tenant_id = ? and enabled order by code limit 1`, [tx.tenantId]);
  if (!row) throw new KycProviderNotConfiguredError();
  return row;
}

/** The gateway of a configured provider (credentials decrypted in memory only). */
export function kycGatewayOf(ctx: Context, row: KycProviderRow): KycGateway {
  assertUsable(ctx, row.code);
  const credentials = JSON.parse(unseal(ctx.services.config.secretsEncryptionKey, aadOf(row.tenant_id, row.code), Buffer.from(row.credentials))) as KycCredentials;
  return row.code === 'onfido' ? createOnfidoGateway({ code: row.code, credentials, endpoint: row.endpoint }) : createSandboxGateway();
}
