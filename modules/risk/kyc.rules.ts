/**
 * The tenant's KYC rules applied (docs/risk.md "KYC rules"): the deposit and withdrawal gates
 * (registered at the composition root, run by payments in the request's transaction) and what the
 * rules will ask of a player next. The rules apply once the tenant has an enabled KYC provider:
 * without one no player could ever verify, so no rule could be met.
 */
import type { Context, TenantTx } from '../../src/context.js';
import { VerificationRequiredError, type DepositRequestFacts, type VerificationLevel, type VerificationReason, type WithdrawalGateFacts } from '../../src/player-gates.js';
import { paymentTotalsInTx, pendingDepositsInTx } from '../payments/index.js';
import { SEVERITIES } from './risk.cases.js';
import { currentLevelInTx, kycEnabledInTx, rankOf } from './kyc.levels.js';
import { riskSettingsInTx, type RiskSettings } from './risk.settings.js';

/** One rule's demand on a player. */
export interface Requirement {
  level: VerificationLevel;
  reason: VerificationReason;
  /** DEPOSIT_THRESHOLD: the currency, its threshold and the player's deposits in it so far, succeeded and pending (minor units). */
  currency: string | null;
  threshold: bigint | null;
  deposited: bigint | null;
}

const rule = (level: VerificationLevel, reason: VerificationReason): Requirement => ({ level, reason, currency: null, threshold: null, deposited: null });

/**
 * What the threshold counts, per currency: the player's succeeded deposits, all time (payments'
 * totals), and the deposits still pending, so that deposits started together cannot pass the
 * threshold unchecked (a pending one that later fails stops counting).
 */
async function depositsOf(tx: TenantTx, playerId: string): Promise<Map<string, bigint>> {
  const totals = await paymentTotalsInTx(tx, { playerIds: [playerId], from: new Date(0), to: new Date('9999-01-01T00:00:00Z') });
  const counted = new Map(totals.map((t) => [t.currency, t.deposits]));
  for (const [currency, amount] of await pendingDepositsInTx(tx, playerId)) counted.set(currency, (counted.get(currency) ?? 0n) + amount);
  return counted;
}

/** What a withdrawal needs: the tenant's level, the risk-flag level while a serious case is open, and a level staff asked for. */
async function withdrawalRequirements(tx: TenantTx, playerId: string, settings: RiskSettings): Promise<Requirement[]> {
  const out = [rule(settings.withdrawalLevel, 'FIRST_WITHDRAWAL')];
  const serious = SEVERITIES.slice(SEVERITIES.indexOf(settings.flagSeverity));
  const [flagged] = await tx.em.execute<{ n: number }[]>(
    `select count(*)::int as n from risk_case where tenant_id = ? and status = 'OPEN' and player_ids @> array[?]::uuid[] and severity = any(?::text[])`,
    [tx.tenantId, playerId, `{${serious.join(',')}}`],
  );
  if ((flagged?.n ?? 0) > 0) out.push(rule(settings.flagLevel, 'RISK_FLAG'));
  const [asked] = await tx.em.execute<{ level: VerificationLevel }[]>(`select level from kyc_requirement where tenant_id = ? and player_id = ?`, [tx.tenantId, playerId]);
  if (asked) out.push(rule(asked.level, 'RISK_FLAG'));
  return out;
}

/** The highest requirement above `current`, if any. */
function unmet(current: VerificationLevel, requirements: Requirement[]): Requirement | null {
  let worst: Requirement | null = null;
  for (const r of requirements) if (rankOf(r.level) > rankOf(current) && (!worst || rankOf(r.level) > rankOf(worst.level))) worst = r;
  return worst;
}

/** Deposit gate: a deposit that brings the player's deposits in its currency (succeeded and pending) to the threshold or past it needs the deposit level. */
export async function kycDepositGate(_ctx: Context, tx: TenantTx, facts: DepositRequestFacts): Promise<void> {
  if (!(await kycEnabledInTx(tx))) return;
  const settings = await riskSettingsInTx(tx);
  const threshold = settings.depositThresholds[facts.currency];
  if (threshold === undefined) return;
  const deposited = (await depositsOf(tx, facts.playerId)).get(facts.currency) ?? 0n;
  if (deposited + facts.amount < threshold) return;
  const current = await currentLevelInTx(tx, facts.playerId);
  if (rankOf(current) < rankOf(settings.depositLevel)) throw new VerificationRequiredError(settings.depositLevel, current, 'DEPOSIT_THRESHOLD');
}

/** Withdrawal gate: the highest level any withdrawal rule asks for that the player lacks. */
export async function kycWithdrawalGate(_ctx: Context, tx: TenantTx, facts: WithdrawalGateFacts): Promise<void> {
  if (!(await kycEnabledInTx(tx))) return;
  const settings = await riskSettingsInTx(tx);
  const current = await currentLevelInTx(tx, facts.playerId);
  const missing = unmet(current, await withdrawalRequirements(tx, facts.playerId, settings));
  if (missing) throw new VerificationRequiredError(missing.level, current, missing.reason);
}

/**
 * The player's level and every rule that asks for more (empty when the tenant has no enabled
 * provider): the withdrawal rules, and the deposit threshold of each currency with one.
 */
export async function requirementsInTx(tx: TenantTx, playerId: string): Promise<{ level: VerificationLevel; requirements: Requirement[] }> {
  const level = await currentLevelInTx(tx, playerId);
  if (!(await kycEnabledInTx(tx))) return { level, requirements: [] };
  const settings = await riskSettingsInTx(tx);
  const requirements = await withdrawalRequirements(tx, playerId, settings);
  const deposits = await depositsOf(tx, playerId);
  for (const [currency, threshold] of Object.entries(settings.depositThresholds)) {
    requirements.push({ level: settings.depositLevel, reason: 'DEPOSIT_THRESHOLD', currency, threshold, deposited: deposits.get(currency) ?? 0n });
  }
  return { level, requirements: requirements.filter((r) => rankOf(r.level) > rankOf(level)) };
}
