import { z } from 'zod';
import { tenantTx, type Context, type TenantTx } from '../../src/context.js';
import { difference } from '../../src/audit/chain.js';
import { parseInput } from '../../src/validation.js';
import type { WageringRule } from './bonus.errors.js';

/**
 * A tenant's bonus settings (table bonus_settings): the jurisdiction whose rules its offers
 * follow, and a wagering multiplier of its own. The cap a template must keep is the strictest
 * of the two; neither set: no cap.
 */

export const BONUS_JURISDICTIONS = ['UKGC'] as const;
export type BonusJurisdiction = (typeof BONUS_JURISDICTIONS)[number];

/** The cap of each jurisdiction's rule (the rule's name: WAGERING_RULES in bonus.errors.ts). */
export const JURISDICTION_CAPS: Readonly<Record<BonusJurisdiction, number>> = { UKGC: 10 };

export interface BonusSettingsRow {
  tenant_id: string;
  jurisdiction: BonusJurisdiction | null;
  max_wagering_multiplier: number | null;
  updated_at: Date | null;
}

/** The cap in force and the rule it comes from. */
export interface WageringCap {
  cap: number;
  rule: WageringRule;
}

/** The strictest of the jurisdiction's cap and the tenant's own; null: no cap. */
export function effectiveCap(settings: Pick<BonusSettingsRow, 'jurisdiction' | 'max_wagering_multiplier'>): WageringCap | null {
  const jurisdiction: WageringCap | null = settings.jurisdiction ? { cap: JURISDICTION_CAPS[settings.jurisdiction], rule: settings.jurisdiction } : null;
  const own = settings.max_wagering_multiplier;
  if (own !== null && (jurisdiction === null || own < jurisdiction.cap)) return { cap: own, rule: 'TENANT' };
  return jurisdiction;
}

/** The tenant's settings as read in a transaction of the tenant; defaults when never set. */
export async function readBonusSettings(tx: Pick<TenantTx, 'em' | 'tenantId'>): Promise<BonusSettingsRow> {
  const [row] = await tx.em.execute<BonusSettingsRow[]>(`select * from bonus_settings where tenant_id = ?`, [tx.tenantId]);
  return row ?? { tenant_id: tx.tenantId, jurisdiction: null, max_wagering_multiplier: null, updated_at: null };
}

export function getBonusSettings(ctx: Context): Promise<BonusSettingsRow> {
  return tenantTx(ctx, (tx) => readBonusSettings(tx));
}

const settingsInput = z.object({
  /** null: no jurisdiction's rule applies. */
  jurisdiction: z.enum(BONUS_JURISDICTIONS).nullable(),
  /** null: no cap of the tenant's own. */
  maxWageringMultiplier: z.number().int().min(0).max(1000).nullable(),
});
export type BonusSettingsInput = z.input<typeof settingsInput>;

const audited = (s: Pick<BonusSettingsRow, 'jurisdiction' | 'max_wagering_multiplier'>) => ({
  jurisdiction: s.jurisdiction,
  maxWageringMultiplier: s.max_wagering_multiplier,
});

/**
 * Staff: sets the tenant's jurisdiction and own multiplier (both replace the old values); audited.
 * Templates already active are not changed: the next update of one must keep the new cap (the
 * answer lists those that break it, so staff can archive or fix them).
 */
export async function setBonusSettings(ctx: Context, input: BonusSettingsInput): Promise<BonusSettingsRow> {
  const data = parseInput(settingsInput, input);
  return tenantTx(ctx, async (tx) => {
    const before = await readBonusSettings(tx);
    const [row] = await tx.em.execute<BonusSettingsRow[]>(
      `insert into bonus_settings (tenant_id, jurisdiction, max_wagering_multiplier) values (?, ?, ?)
       on conflict (tenant_id) do update set jurisdiction = excluded.jurisdiction,
         max_wagering_multiplier = excluded.max_wagering_multiplier, updated_at = now()
       returning *`,
      [tx.tenantId, data.jurisdiction, data.maxWageringMultiplier],
    );
    const diff = difference(audited(before), audited(row!));
    if (Object.keys(diff).length > 0) await tx.audit({ action: 'bonus.settings.set', target: { type: 'BonusSettings', id: tx.tenantId }, diff });
    return row!;
  });
}
