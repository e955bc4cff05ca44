/**
 * The tenant's KYC rules (docs/risk.md "KYC rules"), one risk_settings row per tenant; the
 * defaults below hold while there is none. Staff with risk:manage change them (audited as
 * RiskSettings).
 */
import { z } from 'zod';
import { requireTenant, tenantTx, type Context, type TenantTx } from '../../src/context.js';
import { ValidationError } from '../../src/errors.js';
import { actorLabel } from '../../src/auth/principal.js';
import { parseAmount } from '../../src/money.js';
import { parseInput } from '../../src/validation.js';
import { VERIFICATION_LEVELS, type VerificationLevel } from '../../src/player-gates.js';
import { SEVERITIES, type Severity } from './risk.cases.js';

export interface RiskSettings {
  /** The level every withdrawal needs (so before the first one). */
  withdrawalLevel: VerificationLevel;
  /** Per currency: once a player's succeeded deposits with the new one reach this (minor units), `depositLevel` is needed. */
  depositThresholds: Record<string, bigint>;
  depositLevel: VerificationLevel;
  /** A player with an open risk case of at least this severity needs `flagLevel` to withdraw. */
  flagSeverity: Severity;
  flagLevel: VerificationLevel;
  /** Below this age (from the document's date of birth) a verification fails and the account is blocked. */
  minimumAge: number;
}

/** EUR 2,000: the EU anti-money-laundering directives' customer due diligence threshold for gambling. */
export const DEFAULT_EUR_THRESHOLD = 200_000n;
export const DEFAULT_RISK_SETTINGS: Readonly<RiskSettings> = {
  withdrawalLevel: 'FULL',
  depositThresholds: { EUR: DEFAULT_EUR_THRESHOLD },
  depositLevel: 'FULL',
  flagSeverity: 'HIGH',
  flagLevel: 'ENHANCED',
  minimumAge: 18,
};

interface SettingsRow {
  withdrawal_level: VerificationLevel;
  deposit_thresholds: Record<string, string>;
  deposit_level: VerificationLevel;
  flag_severity: Severity;
  flag_level: VerificationLevel;
  minimum_age: number;
}

export async function riskSettingsInTx(tx: TenantTx): Promise<RiskSettings> {
  const [row] = await tx.em.execute<SettingsRow[]>(`select * from risk_settings where tenant_id = ?`, [tx.tenantId]);
  if (!row) return { ...DEFAULT_RISK_SETTINGS, depositThresholds: { ...DEFAULT_RISK_SETTINGS.depositThresholds } };
  return {
    withdrawalLevel: row.withdrawal_level,
    depositThresholds: Object.fromEntries(Object.entries(row.deposit_thresholds).map(([c, a]) => [c, BigInt(a)])),
    depositLevel: row.deposit_level,
    flagSeverity: row.flag_severity,
    flagLevel: row.flag_level,
    minimumAge: row.minimum_age,
  };
}

export function riskSettings(ctx: Context): Promise<RiskSettings> {
  return tenantTx(ctx, (tx) => riskSettingsInTx(tx));
}

const level = z.enum(VERIFICATION_LEVELS);
const settingsInput = z.object({
  withdrawalLevel: level.nullish(),
  depositThresholds: z
    .array(z.object({ currency: z.string(), amount: z.string() }))
    .max(50, 'must name at most 50 currencies')
    .nullish(),
  depositLevel: level.nullish(),
  flagSeverity: z.enum(SEVERITIES).nullish(),
  flagLevel: level.nullish(),
  minimumAge: z.number().int().min(18, 'must be at least 18').max(25, 'must be at most 25').nullish(),
});
export type UpdateRiskSettingsInput = z.input<typeof settingsInput>;

const view = (s: RiskSettings) => ({ ...s, depositThresholds: Object.fromEntries(Object.entries(s.depositThresholds).map(([c, a]) => [c, a.toString()])) });

/** Changes the fields given (the others keep their value); audited with the settings before and after. */
export async function updateRiskSettings(ctx: Context, input: UpdateRiskSettingsInput): Promise<RiskSettings> {
  const data = parseInput(settingsInput, input);
  const tenant = requireTenant(ctx);
  let thresholds: Record<string, bigint> | undefined;
  if (data.depositThresholds) {
    thresholds = {};
    for (const [i, t] of data.depositThresholds.entries()) {
      const path = ['input', 'depositThresholds', String(i)];
      if (!tenant.currencies.includes(t.currency)) throw new ValidationError([{ path: [...path, 'currency'], message: 'must be one of currencies' }]);
      if (t.currency in thresholds) throw new ValidationError([{ path: [...path, 'currency'], message: 'must not repeat a currency' }]);
      thresholds[t.currency] = parseAmount(t.amount, [...path, 'amount']);
    }
  }
  const by = ctx.principal ? actorLabel(ctx.principal) : 'SYSTEM';
  return tenantTx(ctx, async (tx) => {
    const before = await riskSettingsInTx(tx);
    const after: RiskSettings = {
      withdrawalLevel: data.withdrawalLevel ?? before.withdrawalLevel,
      depositThresholds: thresholds ?? before.depositThresholds,
      depositLevel: data.depositLevel ?? before.depositLevel,
      flagSeverity: data.flagSeverity ?? before.flagSeverity,
      flagLevel: data.flagLevel ?? before.flagLevel,
      minimumAge: data.minimumAge ?? before.minimumAge,
    };
    await tx.em.execute(
      `insert into risk_settings (tenant_id, withdrawal_level, deposit_thresholds, deposit_level, flag_severity, flag_level, minimum_age, updated_by)
       values (?, ?, ?::jsonb, ?, ?, ?, ?, ?)
       on conflict (tenant_id) do update set withdrawal_level = excluded.withdrawal_level, deposit_thresholds = excluded.deposit_thresholds,
         deposit_level = excluded.deposit_level, flag_severity = excluded.flag_severity, flag_level = excluded.flag_level,
         minimum_age = excluded.minimum_age, updated_by = excluded.updated_by, updated_at = now()`,
      [tx.tenantId, after.withdrawalLevel, JSON.stringify(view(after).depositThresholds), after.depositLevel, after.flagSeverity, after.flagLevel, after.minimumAge, by],
    );
    await tx.audit({ action: 'risk.settings.update', target: { type: 'RiskSettings', id: tx.tenantId }, diff: { before: view(before), after: view(after) } });
    return after;
  });
}
