/**
 * Velocity rules on deposits and withdrawals (docs/risk.md "Velocity rules"), run as 'deposit'
 * and 'withdrawal' player gates that never refuse: a rule that fires opens (or adds evidence to)
 * a VELOCITY case on the player, subject `velocity:<rule>:<player>`, in the request's
 * transaction. Thresholds are configuration (RISK_VELOCITY_*).
 */
import type { Context, TenantTx } from '../../src/context.js';
import type { DepositRequestFacts, WithdrawalGateFacts } from '../../src/player-gates.js';
import { recentDepositsInTx } from '../payments/index.js';
import { dailyRealMoneyPlayInTx } from '../wallet/index.js';
import { openRiskCaseInTx, type Severity } from './risk.cases.js';

export const VELOCITY_RULES = ['DEPOSIT_COUNT', 'DEPOSIT_DAILY_SUM', 'DEPOSIT_WITHDRAW_CYCLE'] as const;
export type VelocityRule = (typeof VELOCITY_RULES)[number];

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

async function fire(ctx: Context, tx: TenantTx, playerId: string, rule: VelocityRule, severity: Severity, evidenceType: string, title: string, summary: string, data: Record<string, unknown>): Promise<void> {
  await openRiskCaseInTx(ctx, tx, {
    kind: 'VELOCITY',
    subjectKey: `velocity:${rule}:${playerId}`,
    playerIds: [playerId],
    severity,
    title,
    evidence: { type: evidenceType, summary, data: { rule, ...data } },
  });
}

/**
 * The 'deposit' gate: DEPOSIT_COUNT (more than RISK_VELOCITY_DEPOSIT_COUNT deposits asked for,
 * this one included, within RISK_VELOCITY_DEPOSIT_MINUTES) and DEPOSIT_DAILY_SUM (deposits in the
 * currency over the last 24 hours, not failed, this one included, above the currency's amount
 * in RISK_VELOCITY_DEPOSIT_DAILY).
 */
export async function depositVelocityGate(ctx: Context, tx: TenantTx, facts: DepositRequestFacts): Promise<void> {
  const rules = ctx.services.config.risk;
  const now = Date.now();
  const recent = await recentDepositsInTx(tx, { playerId: facts.playerId, currency: facts.currency, countSince: new Date(now - rules.depositMinutes * MINUTE), sumSince: new Date(now - 24 * HOUR) });
  const asked = recent.asked + 1;
  if (asked > rules.depositCount) {
    await fire(ctx, tx, facts.playerId, 'DEPOSIT_COUNT', 'LOW', 'DEPOSIT_VELOCITY', 'Many deposits in a short time',
      `${asked} deposits asked for within ${rules.depositMinutes} minutes (more than ${rules.depositCount})`,
      { deposits: asked, minutes: rules.depositMinutes, limit: rules.depositCount });
  }
  const daily = rules.depositDaily.get(facts.currency);
  const total = recent.amount + facts.amount;
  if (daily !== undefined && total > daily) {
    await fire(ctx, tx, facts.playerId, 'DEPOSIT_DAILY_SUM', 'MEDIUM', 'DEPOSIT_VELOCITY', `Deposits over the daily amount in ${facts.currency}`,
      `Deposits of ${total} (minor units, ${facts.currency}) within 24 hours, above ${daily}`,
      { currency: facts.currency, amount: total.toString(), limit: daily.toString(), hours: 24 });
  }
}

/**
 * The 'withdrawal' gate: DEPOSIT_WITHDRAW_CYCLE, a withdrawal asked for within
 * RISK_VELOCITY_CYCLE_HOURS of the last succeeded deposit in the currency when the real money
 * staked since that deposit is less than RISK_VELOCITY_CYCLE_MIN_PLAY_PERCENT of it (money
 * passed through the casino with little play: the laundering pattern).
 */
export async function withdrawalVelocityGate(ctx: Context, tx: TenantTx, facts: WithdrawalGateFacts): Promise<void> {
  const rules = ctx.services.config.risk;
  const now = Date.now();
  const { last } = await recentDepositsInTx(tx, { playerId: facts.playerId, currency: facts.currency, countSince: new Date(now), sumSince: new Date(now) });
  if (!last || now - last.at.getTime() > rules.cycleHours * HOUR) return;
  const play = await dailyRealMoneyPlayInTx(tx, [{ playerId: facts.playerId, from: last.at, to: new Date(now + 1) }]);
  const staked = play.filter((d) => d.currency === facts.currency).reduce((sum, d) => sum + d.staked, 0n);
  if (staked * 100n >= last.amount * BigInt(rules.cycleMinPlayPercent)) return;
  const minutes = Math.round((now - last.at.getTime()) / MINUTE);
  await fire(ctx, tx, facts.playerId, 'DEPOSIT_WITHDRAW_CYCLE', 'MEDIUM', 'WITHDRAWAL_VELOCITY', 'Withdrawal soon after a deposit with little play',
    `Withdrawal of ${facts.amount} ${facts.currency} ${minutes} minutes after a deposit of ${last.amount}, with ${staked} staked since (less than ${rules.cycleMinPlayPercent}%)`,
    { currency: facts.currency, withdrawal: facts.amount.toString(), deposit: last.amount.toString(), depositAt: last.at.toISOString(), staked: staked.toString(), minPlayPercent: rules.cycleMinPlayPercent, hours: rules.cycleHours });
}
