/**
 * The monthly statement job (docs/affiliates.md "Statements"): for each tenant, every closed UTC
 * month not yet computed is computed once, oldest first (a month's carries and paid CPAs feed the
 * next), for all the tenant's affiliates together (a parent's override needs its subs'
 * statements): facts from the lower modules (affiliates.facts.ts) → the pure engine → the
 * statement tables (affiliates.statements.ts), in one transaction per tenant and month.
 */
import type { Context, Services, TenantTx } from '../../src/context.js';
import { tenantTx } from '../../src/context.js';
import { defineJob } from '../../src/jobs/job.js';
import { tenantContexts } from '../tenants/index.js';
import { computeStatement, effectivePlan, pricesCurrency, type AffiliateInput, type NgrComponents, type Plan, type PlayerInput } from './affiliates.commission.js';
import { addComponents, ZERO_COMPONENTS } from './affiliates.ngr.js';
import { playerFactsInTx, type AttributedPlayer } from './affiliates.facts.js';
import { overridesFromJson, planTermsInTx } from './affiliates.plans.js';
import { dayOf, periodComputedInTx, priorStatementsInTx, storeStatementsInTx, type StatementBasis, type UnpricedActivity } from './affiliates.statements.js';

export const STATEMENT_ACTOR = 'JOB:affiliate-statements';
/** At most this many months are computed per tenant and run (a long outage catches up over runs). */
export const CATCH_UP_MONTHS = 12;

/** A calendar month [start, end) as UTC days. */
export interface Month {
  start: string;
  end: string;
}

export function monthOf(at: Date): Month {
  return {
    start: dayOf(new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1))),
    end: dayOf(new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 1))),
  };
}

/**
 * The closed months to compute, oldest first: from the month after the latest computed one (or,
 * for a tenant never computed, the month of its first attribution) to the month before `now`.
 */
async function monthsDueInTx(tx: TenantTx, now: Date): Promise<Month[]> {
  const [row] = await tx.em.execute<{ next_start: Date | string | null }[]>(
    `select coalesce(
        (select max(period_end) from affiliate_statement_run where tenant_id = ?),
        (select date_trunc('month', min(created_at) at time zone 'UTC')::date from affiliate_attribution where tenant_id = ?)
      ) as next_start`,
    [tx.tenantId, tx.tenantId],
  );
  if (!row?.next_start) return [];
  const current = monthOf(now).start;
  const months: Month[] = [];
  let month = monthOf(new Date(`${dayOf(new Date(row.next_start))}T00:00:00Z`));
  while (month.start < current && months.length < CATCH_UP_MONTHS) {
    months.push(month);
    month = monthOf(new Date(`${month.end}T00:00:00Z`));
  }
  return months;
}

/**
 * An affiliate's player entries split by whether its plan prices their currency (`pricesCurrency`):
 * a player whose own currency is not priced is left out whole (their CPA and funnel live there);
 * a revenue-only entry in an unpriced currency is left out alone. What is left out is summed per
 * currency, so the statement says what no commission was computed on.
 */
export function splitByPricing(plan: Plan, entries: readonly PlayerInput[]): { priced: PlayerInput[]; unpriced: UnpricedActivity[] } {
  const unpricedMain = new Set(entries.filter((e) => !e.revenueOnly && !pricesCurrency(plan, e.currency)).map((e) => e.playerId));
  const priced: PlayerInput[] = [];
  const left = new Map<string, { players: Set<string>; components: NgrComponents }>();
  for (const entry of entries) {
    if (!unpricedMain.has(entry.playerId) && pricesCurrency(plan, entry.currency)) {
      priced.push(entry);
      continue;
    }
    const sum = left.get(entry.currency) ?? { players: new Set<string>(), components: ZERO_COMPONENTS };
    sum.players.add(entry.playerId);
    if (entry.period) sum.components = addComponents(sum.components, entry.period);
    left.set(entry.currency, sum);
  }
  const unpriced = [...left.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, sum]) => ({ currency, players: sum.players.size, components: sum.components }));
  return { priced, unpriced };
}

interface AffiliatePlanRow {
  id: string;
  parent_affiliate_id: string | null;
  plan_id: string;
  plan_version: number;
  plan_overrides: unknown;
}

/**
 * Computes and stores one month for the tenant, unless it is stored already. Affiliates that are
 * not CLOSED and have a plan take part; a sub whose parent does not take part has no parent for
 * the month (nobody earns its override). Returns how many statements were stored (null: the month
 * was computed before).
 */
export async function computeMonthInTx(tx: TenantTx, month: Month): Promise<number | null> {
  // One computation of a tenant's month at a time; the second finds the run row and stops.
  await tx.em.execute(`select pg_advisory_xact_lock(hashtext('affiliate-statements:' || ?::text))`, [tx.tenantId]);
  if (await periodComputedInTx(tx, month.start)) return null;

  const affiliates = await tx.em.execute<AffiliatePlanRow[]>(
    `select a.id, a.parent_affiliate_id, a.plan_id, p.version as plan_version, a.plan_overrides
       from affiliate a join affiliate_plan p on p.tenant_id = a.tenant_id and p.id = a.plan_id
      where a.tenant_id = ? and a.status <> 'CLOSED'
      order by a.id`,
    [tx.tenantId],
  );
  const taking = new Set(affiliates.map((a) => a.id));
  const attributions = await tx.em.execute<{ affiliate_id: string; player_id: string; created_at: Date }[]>(
    `select affiliate_id, player_id, created_at from affiliate_attribution
      where tenant_id = ? and affiliate_id = any(?::uuid[]) and created_at < ?::date
      order by affiliate_id, player_id`,
    [tx.tenantId, `{${[...taking].join(',')}}`, month.end],
  );
  const clicks = await tx.em.execute<{ affiliate_id: string; clicks: string }[]>(
    `select affiliate_id, count(*) as clicks from affiliate_click
      where tenant_id = ? and affiliate_id = any(?::uuid[]) and created_at >= ?::date and created_at < ?::date
      group by affiliate_id`,
    [tx.tenantId, `{${[...taking].join(',')}}`, month.start, month.end],
  );

  const plans: Record<string, Plan> = {};
  const overrides = new Map<string, Partial<Plan> | undefined>();
  const effective = new Map<string, Plan>();
  const bases = new Map<string, StatementBasis>();
  let activityDays = 0;
  for (const affiliate of affiliates) {
    const key = `${affiliate.plan_id}@${affiliate.plan_version}`;
    if (!plans[key]) {
      const terms = await planTermsInTx(tx, affiliate.plan_id, affiliate.plan_version);
      if (!terms) throw new Error(`plan ${affiliate.plan_id} has no version ${affiliate.plan_version}`);
      plans[key] = terms;
    }
    const parsed = affiliate.plan_overrides === null ? undefined : overridesFromJson(affiliate.plan_overrides);
    overrides.set(affiliate.id, parsed);
    const plan = effectivePlan(plans[key]!, parsed);
    effective.set(affiliate.id, plan);
    activityDays = Math.max(activityDays, plan.cpa?.windowDays ?? 0);
  }

  const players: AttributedPlayer[] = attributions.map((a) => ({ playerId: a.player_id, registeredAt: new Date(a.created_at) }));
  const facts = await playerFactsInTx(tx, { period: month, players, activityDays });
  const prior = await priorStatementsInTx(tx, month.start, [...taking], players.map((p) => p.playerId));
  const factsByPlayer = new Map<string, PlayerInput[]>();
  for (const fact of facts) {
    const list = factsByPlayer.get(fact.playerId) ?? [];
    // A revenue-only entry (the player's activity in another currency) never carries the CPA.
    list.push({ ...fact, cpa: fact.revenueOnly ? null : (prior.cpaPaid.get(fact.playerId) ?? null) });
    factsByPlayer.set(fact.playerId, list);
  }
  const clicksOf = new Map(clicks.map((c) => [c.affiliate_id, Number(c.clicks)]));
  const playersOf = new Map<string, PlayerInput[]>();
  for (const attribution of attributions) {
    const list = playersOf.get(attribution.affiliate_id) ?? [];
    list.push(...(factsByPlayer.get(attribution.player_id) ?? []));
    playersOf.set(attribution.affiliate_id, list);
  }

  const inputs: AffiliateInput[] = affiliates.map((affiliate) => {
    const { priced, unpriced } = splitByPricing(effective.get(affiliate.id)!, playersOf.get(affiliate.id) ?? []);
    bases.set(affiliate.id, { planId: affiliate.plan_id, planVersion: affiliate.plan_version, planOverrides: affiliate.plan_overrides, unpriced });
    return {
      affiliateId: affiliate.id,
      parentId: affiliate.parent_affiliate_id !== null && taking.has(affiliate.parent_affiliate_id) ? affiliate.parent_affiliate_id : null,
      planId: `${affiliate.plan_id}@${affiliate.plan_version}`,
      overrides: overrides.get(affiliate.id),
      clicks: clicksOf.get(affiliate.id) ?? 0,
      carried: prior.carried.get(affiliate.id) ?? {},
      players: priced,
    };
  });
  const statement = computeStatement({ period: month, plans, affiliates: inputs });
  const { stored } = await storeStatementsInTx(tx, statement, bases, STATEMENT_ACTOR);
  return stored ? statement.affiliates.length : null;
}

export interface StatementRunCounts {
  months: number;
  statements: number;
}

/** Computes the tenant's due months, one transaction each; `now` (tests) stands in for the clock. */
export async function computeDueStatements(ctx: Context, options: { now?: Date } = {}): Promise<StatementRunCounts> {
  const now = options.now ?? new Date();
  const months = await tenantTx(ctx, (tx) => monthsDueInTx(tx, now));
  const counts: StatementRunCounts = { months: 0, statements: 0 };
  for (const month of months) {
    const stored = await tenantTx(ctx, (tx) => computeMonthInTx(tx, month));
    if (stored !== null) {
      counts.months += 1;
      counts.statements += stored;
    }
  }
  return counts;
}

export async function computeAllDueStatements(services: Services, options: { now?: Date } = {}): Promise<StatementRunCounts> {
  const total: StatementRunCounts = { months: 0, statements: 0 };
  for await (const ctx of tenantContexts(services)) {
    const counts = await computeDueStatements(ctx, options);
    total.months += counts.months;
    total.statements += counts.statements;
  }
  return total;
}

export const affiliateStatementsJob = defineJob({
  name: 'affiliate-statements',
  description: 'Computes the monthly affiliate statements of every closed UTC month not yet computed, tenant by tenant, oldest first.',
  idempotency: 'One affiliate_statement_run row per tenant and month, written with the statements in one transaction under a per-tenant advisory lock: a rerun or a second instance finds it and computes nothing twice.',
  every: (config) => config.affiliateStatementsIntervalMs,
  expireInSeconds: 1800,
  run: async (_data, services) => {
    await computeAllDueStatements(services);
  },
});
