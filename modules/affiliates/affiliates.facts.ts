import type { TenantTx } from '../../src/context.js';
import { bonusConversionsInTx } from '../bonus/index.js';
import { blockedPlayersOf } from '../identity/index.js';
import { firstDepositsOf, paymentTotalsInTx } from '../payments/index.js';
import { selfExcludedBefore } from '../responsible-gambling/index.js';
import { tenantCurrenciesInTx } from '../tenants/index.js';
import { dailyRealMoneyPlayInTx, type DailyPlay, type PlayerWindow } from '../wallet/index.js';
import { exclusionFlagsInTx } from './affiliates.exclusions.js';
import { dayOf } from './affiliates.statements.js';
import { CommissionInputError, type NgrComponents, type PlayerFlags, type PlayerInput } from './affiliates.commission.js';

/**
 * The statement job's player facts: what the ledger, payments, bonus, RG and identity record of
 * each attributed player, turned into the commission engine's `PlayerInput` (all but the CPA
 * marks, which the statements keep). Every figure, its source and its limits: docs/affiliates.md
 * "Where the figures come from". Days are UTC calendar days.
 */

export interface AttributedPlayer {
  playerId: string;
  registeredAt: Date;
}

/** The engine's PlayerInput without the CPA marks (the statements keep those). */
export type PlayerFacts = Omit<PlayerInput, 'cpa'>;

const DAY_MS = 86_400_000;

function dayStart(day: string, where: string): Date {
  const at = new Date(`${day}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(at.getTime()) || at.toISOString().slice(0, 10) !== day) {
    throw new CommissionInputError(`${where}: "${day}" is not a YYYY-MM-DD calendar day`);
  }
  return at;
}

function isZero(c: NgrComponents): boolean {
  return Object.values(c).every((v) => v === 0n);
}

function emptyComponents(): NgrComponents {
  return { stakes: 0n, wins: 0n, bonusCost: 0n, chargebacks: 0n, deposits: 0n, withdrawals: 0n };
}

/**
 * The facts of each player for the period [period.start, period.end) (UTC days, 'YYYY-MM-DD'),
 * in the caller's tenant transaction. `activityDays`: the longest CPA window of the plans in use;
 * per-day activity is reported from the registration day over that many days (cut at period end).
 *
 * Each player has one entry in their currency (their first deposit's; without one, the currency
 * they staked most real money in over the days read; else the tenant's default), with the
 * registration, first deposit, per-day activity, period components and flags. Period activity in
 * any other currency is not dropped: it comes as one more entry per currency, marked
 * `revenueOnly` (the engine puts it on that currency's line and counts the player once).
 *
 * Set-based: a fixed number of statements whatever the number of players (one per source, and
 * one bonus read per tenant currency).
 */
export async function playerFactsInTx(
  tx: TenantTx,
  request: { period: { start: string; end: string }; players: readonly AttributedPlayer[]; activityDays: number },
): Promise<PlayerFacts[]> {
  const start = dayStart(request.period.start, 'period.start');
  const end = dayStart(request.period.end, 'period.end');
  if (end <= start) throw new CommissionInputError('period.end must be after period.start');
  if (!Number.isInteger(request.activityDays) || request.activityDays < 0) {
    throw new CommissionInputError(`activityDays must be a whole number of 0 or more, got ${request.activityDays}`);
  }
  const players = request.players;
  if (players.length === 0) return [];
  const ids = players.map((p) => p.playerId);

  // Windows 0..n-1: each player's activity window, from the registration day over activityDays
  // more days (the engine's CPA window is the registration day plus windowDays, inclusive), cut
  // at the period's end. Windows n..2n-1: the period, for each player.
  const registeredOn = players.map((p) => dayOf(p.registeredAt));
  const activityWindows: PlayerWindow[] = players.map((p, i) => {
    const from = dayStart(registeredOn[i]!, `${p.playerId}.registeredAt`);
    const windowEnd = new Date(from.getTime() + (request.activityDays + 1) * DAY_MS);
    return { playerId: p.playerId, from, to: windowEnd < end ? windowEnd : end };
  });
  const periodWindows: PlayerWindow[] = players.map((p) => ({ playerId: p.playerId, from: start, to: end }));

  const play = await dailyRealMoneyPlayInTx(tx, [...activityWindows, ...periodWindows]);
  const firstDeposits = await firstDepositsOf(tx, ids);
  const money = await paymentTotalsInTx(tx, { playerIds: ids, from: start, to: end });
  const { defaultCurrency, currencies } = await tenantCurrenciesInTx(tx);
  const bonusCost = new Map<string, bigint[]>();
  for (const currency of currencies) {
    bonusCost.set(currency, await bonusConversionsInTx(tx, { currency, windows: periodWindows }));
  }
  const selfExcluded = await selfExcludedBefore(tx, ids, end);
  const blocked = await blockedPlayersOf(tx.em, tx.tenantId, ids);
  // Staff exclusions recorded before the period's end; the risk module's verdicts (a later issue) will join them here.
  const excluded = await exclusionFlagsInTx(tx, ids, end);

  const activityOf = new Map<number, DailyPlay[]>();
  const periodOf = new Map<number, Map<string, NgrComponents>>();
  const componentsOf = (i: number, currency: string): NgrComponents => {
    const byCurrency = periodOf.get(i) ?? new Map<string, NgrComponents>();
    periodOf.set(i, byCurrency);
    const found = byCurrency.get(currency) ?? emptyComponents();
    byCurrency.set(currency, found);
    return found;
  };
  for (const day of play) {
    if (day.window < players.length) {
      const days = activityOf.get(day.window) ?? [];
      days.push(day);
      activityOf.set(day.window, days);
    } else {
      const c = componentsOf(day.window - players.length, day.currency);
      c.stakes += day.staked;
      c.wins += day.won;
    }
  }
  const indexOf = new Map(ids.map((id, i) => [id, i]));
  for (const row of money) {
    const c = componentsOf(indexOf.get(row.playerId)!, row.currency);
    c.deposits += row.deposits;
    c.withdrawals += row.withdrawals;
    c.chargebacks += row.chargebacks;
  }
  for (const [currency, amounts] of bonusCost) {
    amounts.forEach((amount, i) => {
      if (amount !== 0n) componentsOf(i, currency).bonusCost += amount;
    });
  }

  const facts: PlayerFacts[] = [];
  players.forEach((p, i) => {
    const deposit = firstDeposits.get(p.playerId) ?? null;
    const period = periodOf.get(i) ?? new Map<string, NgrComponents>();
    const currency = deposit?.currency ?? mostStakedCurrency(activityOf.get(i) ?? [], period) ?? defaultCurrency;
    const flags: PlayerFlags = {
      duplicate: excluded.get(p.playerId)?.duplicate ?? false,
      selfExcluded: selfExcluded.has(p.playerId),
      fraud: blocked.has(p.playerId) || (excluded.get(p.playerId)?.fraud ?? false),
    };
    const own = period.get(currency);
    facts.push({
      playerId: p.playerId,
      currency,
      registeredOn: registeredOn[i]!,
      firstDeposit: deposit ? { on: dayOf(deposit.at), amount: deposit.amount } : null,
      activity: (activityOf.get(i) ?? []).filter((d) => d.currency === currency).map((d) => ({ on: d.day, wagered: d.staked, bets: d.bets })),
      period: own && !isZero(own) ? own : null,
      flags,
      firstDepositChargedBackOn: deposit?.chargedBackAt ? dayOf(deposit.chargedBackAt) : null,
    });
    for (const [other, components] of [...period].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (other === currency || isZero(components)) continue;
      facts.push({
        playerId: p.playerId,
        currency: other,
        revenueOnly: true,
        registeredOn: registeredOn[i]!,
        firstDeposit: null,
        activity: [],
        period: components,
        flags,
        firstDepositChargedBackOn: null,
      });
    }
  });
  return facts;
}

/**
 * The currency with the most real money staked in the activity window and the period (a day in
 * both counts twice; ties: the first code), or null without stakes.
 */
function mostStakedCurrency(activity: readonly DailyPlay[], period: ReadonlyMap<string, NgrComponents>): string | null {
  const staked = new Map<string, bigint>();
  for (const d of activity) staked.set(d.currency, (staked.get(d.currency) ?? 0n) + d.staked);
  for (const [currency, c] of period) staked.set(currency, (staked.get(currency) ?? 0n) + c.stakes);
  let best: string | null = null;
  for (const [currency, amount] of [...staked].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (amount > 0n && (best === null || amount > staked.get(best)!)) best = currency;
  }
  return best;
}
