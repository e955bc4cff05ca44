/**
 * The tenant's VIP settings as staff read and change them (docs/vip.md "Settings"). The first
 * change sets the programme up: the row with the table's defaults, and the tenant's place in the
 * ledger feed (accrual counts bets from then on).
 */
import { requireTenant, tenantTx, type Context } from '../../src/context.js';
import { ValidationError, type FieldIssue } from '../../src/errors.js';
import { parseInput } from '../../src/validation.js';
import { actorLabel } from '../../src/auth/principal.js';
import { templatesByIdsInTx } from '../bonus/index.js';
import { settingsFromRow, settingsInput, startFeedCursorInTx, vipSettingsInTx, type SettingsInput, type VipSettings } from './vip.settings.js';
import { formatPoints } from './vip.units.js';

/** The tenant's VIP settings; null: no programme yet. */
export function vipSettings(ctx: Context): Promise<VipSettings | null> {
  return tenantTx(ctx, (tx) => vipSettingsInTx(tx));
}

const record = (r: Record<string, bigint>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v.toString()]));

/** What the audit record keeps of the settings. */
function audited(s: VipSettings): Record<string, unknown> {
  return {
    enabled: s.enabled,
    earnRates: record(s.earnRates),
    rakeRates: record(s.rakeRates),
    gameWeights: s.gameWeights,
    windowDays: s.windowDays,
    reviewDays: s.reviewDays,
    graceDays: s.graceDays,
    downgradePolicy: s.downgradePolicy,
    expiryDays: s.expiryDays,
    cashRedemption: record(s.cashRedemption),
    bonusRedemptions: s.bonusRedemptions.map((b) => ({ templateId: b.templateId, points: formatPoints(b.points) })),
    minAge: s.minAge,
    checkValidityDays: s.checkValidityDays,
  };
}

/**
 * Staff (vip:manage): changes the settings (absent fields keep their value); the first change
 * creates them with the defaults and starts the tenant's feed cursor. Currencies must be the
 * tenant's; bonus redemptions must name the tenant's templates. Bumps the version; audited.
 */
export async function updateVipSettings(ctx: Context, input: SettingsInput): Promise<VipSettings> {
  const data = parseInput(settingsInput, input);
  const tenant = requireTenant(ctx);
  const issues: FieldIssue[] = [];
  for (const field of ['earnRates', 'rakeRates', 'cashRedemption'] as const) {
    for (const currency of Object.keys(data[field] ?? {})) {
      if (!tenant.currencies.includes(currency)) issues.push({ path: ['input', field, currency], message: 'is not a currency of this tenant' });
    }
  }
  if (issues.length > 0) throw new ValidationError(issues);
  return tenantTx(ctx, async (tx) => {
    await tx.em.execute(`insert into vip_settings (tenant_id) values (?) on conflict (tenant_id) do nothing`, [tx.tenantId]);
    await startFeedCursorInTx(tx);
    const [row] = await tx.em.execute<(Parameters<typeof settingsFromRow>[0] & { updated_by: string | null })[]>(`select * from vip_settings where tenant_id = ? for update`, [tx.tenantId]);
    const before = settingsFromRow(row!);
    if (data.bonusRedemptions) {
      const found = new Set((await templatesByIdsInTx(tx, data.bonusRedemptions.map((b) => b.templateId))).map((t) => t.id));
      data.bonusRedemptions.forEach((b, i) => {
        if (!found.has(b.templateId)) issues.push({ path: ['input', 'bonusRedemptions', String(i), 'templateId'], message: 'is not a bonus template of this tenant' });
      });
      if (issues.length > 0) throw new ValidationError(issues);
    }
    const bigints = (r: Record<string, string> | undefined) => (r === undefined ? undefined : Object.fromEntries(Object.entries(r).map(([k, v]) => [k, BigInt(v)])));
    const after: VipSettings = {
      ...before,
      enabled: data.enabled ?? before.enabled,
      earnRates: bigints(data.earnRates) ?? before.earnRates,
      rakeRates: bigints(data.rakeRates) ?? before.rakeRates,
      gameWeights: data.gameWeights ?? before.gameWeights,
      windowDays: data.windowDays ?? before.windowDays,
      reviewDays: data.reviewDays ?? before.reviewDays,
      graceDays: data.graceDays ?? before.graceDays,
      downgradePolicy: data.downgradePolicy ?? before.downgradePolicy,
      expiryDays: data.expiryDays === undefined ? before.expiryDays : data.expiryDays,
      cashRedemption: bigints(data.cashRedemption) ?? before.cashRedemption,
      bonusRedemptions: data.bonusRedemptions?.map((b) => ({ templateId: b.templateId, points: BigInt(b.points) })) ?? before.bonusRedemptions,
      minAge: data.minAge === undefined ? before.minAge : data.minAge,
      checkValidityDays: data.checkValidityDays ?? before.checkValidityDays,
    };
    const from = audited(before);
    const to = audited(after);
    const changed = Object.fromEntries(Object.keys(to).filter((k) => JSON.stringify(from[k]) !== JSON.stringify(to[k])).map((k) => [k, { from: from[k], to: to[k] }]));
    const created = before.version === 1 && row!.updated_by === null;
    if (Object.keys(changed).length === 0 && !created) return before;
    const [updated] = await tx.em.execute<Parameters<typeof settingsFromRow>[0][]>(
      `update vip_settings set enabled = ?, earn_rates = ?::jsonb, rake_rates = ?::jsonb, game_weights = ?::jsonb, window_days = ?, review_days = ?, grace_days = ?,
         downgrade_policy = ?, expiry_days = ?, cash_redemption = ?::jsonb, bonus_redemptions = ?::jsonb, min_age = ?, check_validity_days = ?,
         version = version + ?, updated_by = ?, updated_at = now()
       where tenant_id = ? returning *`,
      [after.enabled, JSON.stringify(record(after.earnRates)), JSON.stringify(record(after.rakeRates)), JSON.stringify(after.gameWeights), after.windowDays,
        after.reviewDays, after.graceDays, after.downgradePolicy, after.expiryDays, JSON.stringify(record(after.cashRedemption)),
        JSON.stringify(after.bonusRedemptions.map((b) => ({ templateId: b.templateId, points: b.points.toString() }))), after.minAge, after.checkValidityDays,
        created ? 0 : 1, ctx.principal ? actorLabel(ctx.principal) : 'SYSTEM', tx.tenantId],
    );
    await tx.audit({ action: created ? 'vip.settings.create' : 'vip.settings.update', target: { type: 'VipSettings', id: tx.tenantId }, diff: created ? { ...changed, created: true } : changed });
    return settingsFromRow(updated!);
  });
}
