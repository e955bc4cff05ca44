import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { tenantTx, type Context } from '../../src/context.js';
import { AppError } from '../../src/errors.js';
import { IdempotencyConflictError, netLossesInTx, type NetLoss } from '../wallet/index.js';
import { grantBonus } from './bonus.grants.js';
import { BonusNotEligibleError } from './bonus.errors.js';
import { termsSchema, type CashbackPeriod } from './bonus.terms.js';

/**
 * Cashback (docs/bonus.md, "Cashback"): after each period of an active CASHBACK template closes,
 * every player with a real-money net loss in that period, in a currency the template offers,
 * gets `cashbackPercent` of it (capped at the currency's `maxBonus`) through the one grant
 * entry point, keyed `cashback:<template>:<player>:<currency>:<period start>`: a rerun, a retry
 * or a second instance grants nothing twice.
 */

/** Who the ledger and the grant name as the granter. */
export const CASHBACK_ACTOR = 'JOB:bonus-cashback';
/**
 * How many of the latest closed periods a run looks at: the one that just closed, and the one
 * before it, so a job that was down for a whole period still pays it.
 */
export const CASHBACK_CATCH_UP_PERIODS = 2;

/** A period [start, end) in UTC. */
export interface Period {
  start: Date;
  end: Date;
}

/** The period (UTC day, ISO week from Monday, calendar month) that contains `at`. */
export function periodContaining(period: CashbackPeriod, at: Date): Period {
  const year = at.getUTCFullYear();
  const month = at.getUTCMonth();
  const day = at.getUTCDate();
  switch (period) {
    case 'DAY':
      return { start: new Date(Date.UTC(year, month, day)), end: new Date(Date.UTC(year, month, day + 1)) };
    case 'WEEK': {
      const sinceMonday = (at.getUTCDay() + 6) % 7;
      return { start: new Date(Date.UTC(year, month, day - sinceMonday)), end: new Date(Date.UTC(year, month, day - sinceMonday + 7)) };
    }
    case 'MONTH':
      return { start: new Date(Date.UTC(year, month, 1)), end: new Date(Date.UTC(year, month + 1, 1)) };
  }
}

/** The `count` latest periods that have closed by `now`, the latest first. */
export function closedPeriods(period: CashbackPeriod, now: Date, count: number): Period[] {
  const periods: Period[] = [];
  let current = periodContaining(period, now);
  for (let i = 0; i < count; i++) {
    // The period before `current` contains the millisecond before its start.
    current = periodContaining(period, new Date(current.start.getTime() - 1));
    periods.push(current);
  }
  return periods;
}

/** The idempotency key of one player's cashback of one template, currency and period. */
export function cashbackKey(templateId: string, playerId: string, currency: string, periodStart: Date): string {
  return `cashback:${templateId}:${playerId}:${currency}:${periodStart.toISOString()}`;
}

export interface CashbackCounts {
  /** Cashback grants made by this run. */
  granted: number;
  /** Players whose cashback of that period was granted already (a rerun or another instance). */
  alreadyGranted: number;
  /** Players refused, by the refusal's code (`BONUS_NOT_ELIGIBLE:<reason>`, SELF_EXCLUDED, BONUS_BUDGET_EXCEEDED, ...). */
  refused: Record<string, number>;
  /** Unexpected failures (logged); the run fails after finishing the others, and its retry picks them up. */
  failed: number;
}

export function emptyCashbackCounts(): CashbackCounts {
  return { granted: 0, alreadyGranted: 0, refused: {}, failed: 0 };
}

interface CashbackTemplate {
  id: string;
  terms: unknown;
  created_at: Date | string;
}

/**
 * Pays the closed periods of every active CASHBACK template of the context's tenant.
 * `now` defaults to the database clock; a period is paid once it has ended by `now`, and only
 * periods that ended after the template was created (its first period is the one it was created in).
 */
export async function payCashback(ctx: Context, options: { now?: Date } = {}, counts: CashbackCounts = emptyCashbackCounts()): Promise<CashbackCounts> {
  const tenantCurrencies = ctx.tenant!.currencies;
  const { now, templates } = await tenantTx(ctx, async (tx) => {
    const [clock] = await tx.em.execute<{ now: Date | string }[]>(`select now() as now`);
    const rows = await tx.em.execute<CashbackTemplate[]>(
      `select id, terms, created_at from bonus_template where tenant_id = ? and kind = 'CASHBACK' and status = 'ACTIVE' order by id`,
      [tx.tenantId],
    );
    return { now: options.now ?? new Date(clock!.now), templates: rows };
  });
  // Net losses of one window and currency set, shared by the templates with the same period.
  const losses = new Map<string, Promise<NetLoss[]>>();
  const lossesOf = (period: Period, currencies: string[]) => {
    const key = `${period.start.toISOString()}/${period.end.toISOString()}/${currencies.join(',')}`;
    let found = losses.get(key);
    if (!found) {
      found = tenantTx(ctx, (tx) => netLossesInTx(tx, { from: period.start, to: period.end, currencies }));
      losses.set(key, found);
    }
    return found;
  };

  for (const template of templates) {
    const parsed = termsSchema.safeParse(template.terms);
    if (!parsed.success || !parsed.data.cashbackPeriod || !parsed.data.cashbackPercent) continue;
    const terms = parsed.data;
    const createdAt = new Date(template.created_at);
    const currencies = Object.keys(terms.currencies).filter((c) => tenantCurrencies.includes(c)).sort();
    for (const period of closedPeriods(terms.cashbackPeriod!, now, CASHBACK_CATCH_UP_PERIODS)) {
      if (period.end <= createdAt) continue;
      for (const loss of await lossesOf(period, currencies)) {
        await grantOne(ctx, template.id, period, loss, counts);
      }
    }
  }
  return counts;
}

async function grantOne(ctx: Context, templateId: string, period: Period, loss: NetLoss, counts: CashbackCounts): Promise<void> {
  try {
    const { replay } = await grantBonus(ctx, {
      templateId,
      playerId: loss.playerId,
      currency: loss.currency,
      idempotencyKey: cashbackKey(templateId, loss.playerId, loss.currency, period.start),
      netLoss: loss.netLoss,
      grantedBy: CASHBACK_ACTOR,
    });
    if (replay) counts.alreadyGranted += 1;
    else counts.granted += 1;
  } catch (error) {
    // The key granted already: a concurrent instance (unique key), or the period's net loss changed
    // since (a late rollback): the period was paid once, and stays so.
    if (error instanceof UniqueConstraintViolationException || error instanceof IdempotencyConflictError) {
      counts.alreadyGranted += 1;
    } else if (error instanceof AppError) {
      const refusal = error instanceof BonusNotEligibleError ? `${error.code}:${error.reason}` : error.code;
      counts.refused[refusal] = (counts.refused[refusal] ?? 0) + 1;
    } else {
      counts.failed += 1;
      ctx.services.logger.error({ err: error, templateId, playerId: loss.playerId, currency: loss.currency }, 'cashback grant failed');
    }
  }
}
