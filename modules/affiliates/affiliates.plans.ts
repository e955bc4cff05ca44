/**
 * Affiliate commission plans as staff keep them (docs/affiliates.md "Plans (API)"): the commission
 * engine's `Plan` (affiliates.commission.ts), checked field by field with the engine's own rate
 * parsing and stored with amounts as strings; versioned (a change of terms writes a new version
 * and never touches an old one); assigned to affiliates with overrides. Every change audited.
 */
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import canonicalize from 'canonicalize';
import { requireTenant, tenantTx, type Context, type TenantTx } from '../../src/context.js';
import { NotFoundError, ValidationError, type FieldIssue } from '../../src/errors.js';
import { isUuid, newId } from '../../src/ids.js';
import { difference } from '../../src/audit/chain.js';
import { actorOf } from '../../src/auth/principal.js';
import type { Connection, PageArgs } from '../../src/graphql/pagination.js';
import { rowsByIds, tablePage } from '../../src/graphql/table-rows.js';
import { CommissionInputError, computeStatement, effectivePlan, parseRate, revShareOf, type CpaTerms, type Plan, type Tier } from './affiliates.commission.js';
import type { AdminFee, NgrRules } from './affiliates.ngr.js';
import type { AffiliateRow } from './affiliates.service.js';
import { AffiliateClosedError } from './affiliates.errors.js';
import { AffiliatePlanArchivedError, AffiliatePlanNameTakenError } from './affiliates.plans.errors.js';

export interface PlanRow {
  tenant_id: string;
  id: string;
  name: string;
  /** The current version's terms, as stored (see `planFromJson`). */
  terms: unknown;
  version: number;
  archived_at: Date | null;
  created_by: string | null;
  updated_by: string | null;
  created_at: Date;
  updated_at: Date;
}

// ------------------------------------------------------------------ the typed input

export interface CurrencyAmountInput {
  currency: string;
  amount: string;
}

export interface CpaInput {
  windowDays: number;
  holdDays: number;
  minBets?: number | null;
  byCurrency: readonly { currency: string; amount: string; baseline: string; minWagered?: string | null }[];
}

export interface RevShareInput {
  basis: 'NGR' | 'NEW_PAYING_PLAYERS';
  mode?: 'WHOLE' | 'MARGINAL' | null;
  ngrTiers?: readonly { currency: string; tiers: readonly { from: string; rate: string }[] }[] | null;
  playerTiers?: readonly { from: number; rate: string }[] | null;
}

export interface NgrRulesInput {
  bonusCost: boolean;
  chargebacks: boolean;
  depositFee?: string | null;
  withdrawalFee?: string | null;
  gamingTax?: string | null;
  adminFee?: { kind: 'PERCENT_OF_GGR' | 'FIXED'; rate?: string | null; byCurrency?: readonly CurrencyAmountInput[] | null } | null;
}

/** A plan's terms as the API takes them: the engine's `Plan`, with per-currency maps as lists. */
export interface TermsInput {
  cpa?: CpaInput | null;
  revShare?: RevShareInput | null;
  ngr: NgrRulesInput;
  negativeCarryover: boolean;
  subAffiliateRate?: string | null;
  clawbackDays?: number | null;
}

/** Overrides: a field left out keeps the plan's; null turns a part off (cpa, revShare, subAffiliateRate, clawbackDays). */
export type OverridesInput = { [K in keyof TermsInput]?: TermsInput[K] | null };

// ------------------------------------------------------------------ checking

const MINOR_UNITS = /^(0|[1-9][0-9]{0,30})$/;

/** Collects the issues of one input with their paths, and builds the engine's values. */
class Checker {
  readonly issues: FieldIssue[] = [];

  constructor(private readonly currencies: readonly string[]) {}

  issue(path: string[], message: string): void {
    this.issues.push({ path, message });
  }

  /** A rate as the engine parses it: a decimal from 0 to 1. */
  rate(value: string, path: string[]): string {
    try {
      parseRate(value, path.join('.'));
    } catch (error) {
      if (!(error instanceof CommissionInputError)) throw error;
      this.issue(path, /^[0-9]+(\.[0-9]{1,12})?$/.test(value) ? 'must be at most 1 (100%)' : 'must be a decimal from 0 to 1 with at most 12 places, like "0.35"');
    }
    return value;
  }

  minorUnits(value: string, path: string[], positive = false): bigint {
    if (!MINOR_UNITS.test(value)) {
      this.issue(path, 'must be a whole number of minor units, 0 or more, as a string');
      return 0n;
    }
    const amount = BigInt(value);
    if (positive && amount === 0n) this.issue(path, 'must be above 0');
    return amount;
  }

  days(value: number, path: string[], max: number): number {
    if (value < 0) this.issue(path, 'must be 0 or more');
    else if (value > max) this.issue(path, `must be at most ${max}`);
    return value;
  }

  /** Each currency once, and one the tenant offers. */
  currencyList(items: readonly { currency: string }[], path: string[]): void {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (!this.currencies.includes(item.currency)) this.issue([...path, String(i), 'currency'], 'is not a currency of this tenant');
      else if (seen.has(item.currency)) this.issue([...path, String(i), 'currency'], 'names a currency twice');
      seen.add(item.currency);
    });
  }

  tiers<T extends bigint | number>(tiers: readonly { from: T; rate: string }[], path: string[]): Tier<T>[] {
    if (tiers.length === 0) this.issue(path, 'needs at least one tier');
    tiers.forEach((tier, i) => {
      if (i === 0 && BigInt(tier.from) !== 0n) this.issue([...path, '0', 'from'], 'must be 0 for the first tier');
      if (i > 0 && BigInt(tier.from) <= BigInt(tiers[i - 1]!.from)) this.issue([...path, String(i), 'from'], 'must be above the from of the tier before');
      this.rate(tier.rate, [...path, String(i), 'rate']);
    });
    return tiers.map((t) => ({ from: t.from, rate: t.rate }));
  }

  cpa(input: CpaInput, path: string[]): Plan['cpa'] {
    const minBets = input.minBets ?? null;
    if (minBets !== null) this.days(minBets, [...path, 'minBets'], 1_000_000);
    if (input.byCurrency.length === 0) this.issue([...path, 'byCurrency'], 'needs at least one currency');
    this.currencyList(input.byCurrency, [...path, 'byCurrency']);
    const byCurrency: Record<string, CpaTerms> = {};
    input.byCurrency.forEach((terms, i) => {
      const at = [...path, 'byCurrency', String(i)];
      const minWagered = terms.minWagered == null ? null : this.minorUnits(terms.minWagered, [...at, 'minWagered']);
      if (minWagered === null && minBets === null) this.issue([...at, 'minWagered'], 'is required when the plan has no minBets');
      byCurrency[terms.currency] = { amount: this.minorUnits(terms.amount, [...at, 'amount'], true), baseline: this.minorUnits(terms.baseline, [...at, 'baseline']), minWagered };
    });
    return {
      windowDays: this.days(input.windowDays, [...path, 'windowDays'], 365),
      holdDays: this.days(input.holdDays, [...path, 'holdDays'], 365),
      minBets,
      byCurrency,
    };
  }

  revShare(input: RevShareInput, path: string[]): Plan['revShare'] {
    if (input.basis === 'NEW_PAYING_PLAYERS') {
      if (input.mode != null) this.issue([...path, 'mode'], 'must be left out for basis NEW_PAYING_PLAYERS');
      if (input.ngrTiers != null) this.issue([...path, 'ngrTiers'], 'must be left out for basis NEW_PAYING_PLAYERS');
      if (input.playerTiers == null) {
        this.issue([...path, 'playerTiers'], 'is required for basis NEW_PAYING_PLAYERS');
        return null;
      }
      input.playerTiers.forEach((t, i) => {
        if (t.from < 0) this.issue([...path, 'playerTiers', String(i), 'from'], 'must be 0 or more');
      });
      return { basis: 'NEW_PAYING_PLAYERS', tiers: this.tiers(input.playerTiers, [...path, 'playerTiers']) };
    }
    if (input.playerTiers != null) this.issue([...path, 'playerTiers'], 'must be left out for basis NGR');
    if (input.mode == null) this.issue([...path, 'mode'], 'is required for basis NGR');
    if (input.ngrTiers == null || input.ngrTiers.length === 0) {
      this.issue([...path, 'ngrTiers'], 'is required for basis NGR');
      return null;
    }
    this.currencyList(input.ngrTiers, [...path, 'ngrTiers']);
    const tiers: Record<string, Tier<bigint>[]> = {};
    input.ngrTiers.forEach((table, i) => {
      const at = [...path, 'ngrTiers', String(i), 'tiers'];
      const parsed = table.tiers.map((t, j) => ({ from: this.minorUnits(t.from, [...at, String(j), 'from']), rate: t.rate }));
      tiers[table.currency] = this.tiers(parsed, at);
    });
    return { basis: 'NGR', mode: input.mode ?? 'WHOLE', tiers };
  }

  ngr(input: NgrRulesInput, path: string[]): NgrRules {
    const rate = (value: string | null | undefined, field: string) => (value == null ? null : this.rate(value, [...path, field]));
    let adminFee: AdminFee | null = null;
    const fee = input.adminFee;
    if (fee != null) {
      const at = [...path, 'adminFee'];
      if (fee.kind === 'PERCENT_OF_GGR') {
        if (fee.byCurrency != null) this.issue([...at, 'byCurrency'], 'must be left out for kind PERCENT_OF_GGR');
        if (fee.rate == null) this.issue([...at, 'rate'], 'is required for kind PERCENT_OF_GGR');
        else adminFee = { kind: 'PERCENT_OF_GGR', rate: this.rate(fee.rate, [...at, 'rate']) };
      } else {
        if (fee.rate != null) this.issue([...at, 'rate'], 'must be left out for kind FIXED');
        if (fee.byCurrency == null || fee.byCurrency.length === 0) this.issue([...at, 'byCurrency'], 'is required for kind FIXED');
        else {
          this.currencyList(fee.byCurrency, [...at, 'byCurrency']);
          adminFee = { kind: 'FIXED', byCurrency: Object.fromEntries(fee.byCurrency.map((f, i) => [f.currency, this.minorUnits(f.amount, [...at, 'byCurrency', String(i), 'amount'])])) };
        }
      }
    }
    return {
      bonusCost: input.bonusCost,
      chargebacks: input.chargebacks,
      depositFee: rate(input.depositFee, 'depositFee'),
      withdrawalFee: rate(input.withdrawalFee, 'withdrawalFee'),
      gamingTax: rate(input.gamingTax, 'gamingTax'),
      adminFee,
    };
  }

  /** The overrides given: only the fields present, null kept where it turns a part off. */
  overrides(input: OverridesInput, path: string[]): Partial<Plan> {
    const out: Partial<Plan> = {};
    if (input.cpa !== undefined) out.cpa = input.cpa === null ? null : this.cpa(input.cpa, [...path, 'cpa']);
    if (input.revShare !== undefined) out.revShare = input.revShare === null ? null : this.revShare(input.revShare, [...path, 'revShare']);
    if (input.ngr !== undefined) {
      if (input.ngr === null) this.issue([...path, 'ngr'], 'cannot be null: leave it out to keep the plan\'s');
      else out.ngr = this.ngr(input.ngr, [...path, 'ngr']);
    }
    if (input.negativeCarryover !== undefined) {
      if (input.negativeCarryover === null) this.issue([...path, 'negativeCarryover'], 'cannot be null: leave it out to keep the plan\'s');
      else out.negativeCarryover = input.negativeCarryover;
    }
    if (input.subAffiliateRate !== undefined) out.subAffiliateRate = input.subAffiliateRate === null ? null : this.rate(input.subAffiliateRate, [...path, 'subAffiliateRate']);
    if (input.clawbackDays !== undefined) out.clawbackDays = input.clawbackDays === null ? null : this.days(input.clawbackDays, [...path, 'clawbackDays'], 3650);
    return out;
  }

  done(): void {
    if (this.issues.length > 0) throw new ValidationError(this.issues);
  }
}

/**
 * The engine's own check of a plan, after ours: a plan the engine would refuse is never stored.
 * It runs the engine on an affiliate without players (which checks the plan) and RevShare on a
 * zero NGR in each currency (which checks the tiers).
 */
function engineAccepts(plan: Plan, path: string[]): void {
  try {
    computeStatement({
      period: { start: '2026-01-01', end: '2026-01-02' },
      plans: { plan },
      affiliates: [{ affiliateId: 'check', parentId: null, planId: 'plan', carried: {}, players: [] }],
    });
    if (plan.revShare?.basis === 'NGR') for (const currency of Object.keys(plan.revShare.tiers)) revShareOf(plan.revShare, 0n, currency, 0);
    // The currency plays no part in tiering by new paying players.
    if (plan.revShare?.basis === 'NEW_PAYING_PLAYERS') revShareOf(plan.revShare, 0n, 'EUR', 0);
  } catch (error) {
    if (!(error instanceof CommissionInputError)) throw error;
    throw new ValidationError([{ path, message: `is refused by the commission engine: ${error.message}` }]);
  }
}

/** Staff input → the engine's `Plan`, or a ValidationError listing every issue with its path. */
export function termsOf(input: TermsInput, currencies: readonly string[], path: string[] = ['input', 'terms']): Plan {
  const check = new Checker(currencies);
  const plan: Plan = {
    cpa: input.cpa == null ? null : check.cpa(input.cpa, [...path, 'cpa']),
    revShare: input.revShare == null ? null : check.revShare(input.revShare, [...path, 'revShare']),
    ngr: check.ngr(input.ngr, [...path, 'ngr']),
    negativeCarryover: input.negativeCarryover,
    subAffiliateRate: input.subAffiliateRate == null ? null : check.rate(input.subAffiliateRate, [...path, 'subAffiliateRate']),
    clawbackDays: input.clawbackDays == null ? null : check.days(input.clawbackDays, [...path, 'clawbackDays'], 3650),
  };
  check.done();
  engineAccepts(plan, path);
  return plan;
}

export function overridesOf(input: OverridesInput, currencies: readonly string[], path: string[] = ['input', 'overrides']): Partial<Plan> {
  const check = new Checker(currencies);
  const overrides = check.overrides(input, path);
  check.done();
  return overrides;
}

// ------------------------------------------------------------------ storage (amounts as strings)

/** A plan (or overrides) as stored: the engine's shape with every bigint written as a string. */
export function planToJson(plan: Partial<Plan>): unknown {
  return JSON.parse(JSON.stringify(plan, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value)));
}

type Json = Record<string, unknown>;
const big = (value: unknown) => BigInt(value as string);
const mapValues = <A, B>(record: Record<string, A>, fn: (a: A) => B): Record<string, B> => Object.fromEntries(Object.entries(record).map(([k, v]) => [k, fn(v)]));

function cpaFromJson(json: Json | null): Plan['cpa'] {
  if (json === null) return null;
  return {
    windowDays: json.windowDays as number,
    holdDays: json.holdDays as number,
    minBets: json.minBets as number | null,
    byCurrency: mapValues(json.byCurrency as Record<string, Json>, (t) => ({ amount: big(t.amount), baseline: big(t.baseline), minWagered: t.minWagered === null ? null : big(t.minWagered) })),
  };
}

function revShareFromJson(json: Json | null): Plan['revShare'] {
  if (json === null) return null;
  if (json.basis === 'NEW_PAYING_PLAYERS') return { basis: 'NEW_PAYING_PLAYERS', tiers: json.tiers as Tier<number>[] };
  return {
    basis: 'NGR',
    mode: json.mode as 'WHOLE' | 'MARGINAL',
    tiers: mapValues(json.tiers as Record<string, Json[]>, (tiers) => tiers.map((t) => ({ from: big(t.from), rate: t.rate as string }))),
  };
}

function ngrFromJson(json: Json): NgrRules {
  const fee = json.adminFee as Json | null;
  return {
    bonusCost: json.bonusCost as boolean,
    chargebacks: json.chargebacks as boolean,
    depositFee: json.depositFee as string | null,
    withdrawalFee: json.withdrawalFee as string | null,
    gamingTax: json.gamingTax as string | null,
    adminFee:
      fee === null ? null : fee.kind === 'FIXED' ? { kind: 'FIXED', byCurrency: mapValues(fee.byCurrency as Record<string, string>, big) } : { kind: 'PERCENT_OF_GGR', rate: fee.rate as string },
  };
}

/** Stored overrides (or a whole plan's terms) back into the engine's values: only the fields stored. */
export function overridesFromJson(value: unknown): Partial<Plan> {
  const json = value as Json;
  const out: Partial<Plan> = {};
  if ('cpa' in json) out.cpa = cpaFromJson(json.cpa as Json | null);
  if ('revShare' in json) out.revShare = revShareFromJson(json.revShare as Json | null);
  if ('ngr' in json) out.ngr = ngrFromJson(json.ngr as Json);
  if ('negativeCarryover' in json) out.negativeCarryover = json.negativeCarryover as boolean;
  if ('subAffiliateRate' in json) out.subAffiliateRate = json.subAffiliateRate as string | null;
  if ('clawbackDays' in json) out.clawbackDays = json.clawbackDays as number | null;
  return out;
}

export function planFromJson(value: unknown): Plan {
  const json = value as Json;
  return {
    cpa: cpaFromJson(json.cpa as Json | null),
    revShare: revShareFromJson(json.revShare as Json | null),
    ngr: ngrFromJson(json.ngr as Json),
    negativeCarryover: json.negativeCarryover as boolean,
    subAffiliateRate: json.subAffiliateRate as string | null,
    clawbackDays: json.clawbackDays as number | null,
  };
}

// ------------------------------------------------------------------ changes

const NAME_MAX = 120;

function checkedName(name: string, path: string[]): string {
  const trimmed = name.trim();
  if (trimmed.length < 1) throw new ValidationError([{ path, message: 'must be at least 1 characters' }]);
  if (trimmed.length > NAME_MAX) throw new ValidationError([{ path, message: `must be at most ${NAME_MAX} characters` }]);
  return trimmed;
}

function nameTaken(name: string) {
  return (error: unknown): never => {
    if (error instanceof UniqueConstraintViolationException) throw new AffiliatePlanNameTakenError(name);
    throw error;
  };
}

function actorText(ctx: Context): string | null {
  const actor = ctx.principal ? actorOf(ctx.principal) : null;
  return actor && `${actor.kind}:${actor.id}`;
}

async function lockedPlan(tx: TenantTx, id: string): Promise<PlanRow | null> {
  if (!isUuid(id)) return null;
  const [row] = await tx.em.execute<PlanRow[]>(`select * from affiliate_plan where tenant_id = ? and id = ? for update`, [tx.tenantId, id]);
  return row ?? null;
}

async function writeVersion(tx: TenantTx, plan: PlanRow, by: string | null): Promise<void> {
  await tx.em.execute(`insert into affiliate_plan_version (tenant_id, plan_id, version, terms, created_by) values (?, ?, ?, ?::jsonb, ?)`, [
    tx.tenantId,
    plan.id,
    plan.version,
    JSON.stringify(plan.terms),
    by,
  ]);
}

/** Staff: a new plan (version 1); audited. */
export async function createPlan(ctx: Context, input: { name: string; terms: TermsInput }): Promise<PlanRow> {
  const name = checkedName(input.name, ['input', 'name']);
  const terms = planToJson(termsOf(input.terms, requireTenant(ctx).currencies));
  const by = actorText(ctx);
  return tenantTx(ctx, async (tx) => {
    const [row] = await tx.em
      .execute<PlanRow[]>(`insert into affiliate_plan (tenant_id, id, name, terms, created_by, updated_by) values (?, ?, ?, ?::jsonb, ?, ?) returning *`, [
        tx.tenantId,
        newId(),
        name,
        JSON.stringify(terms),
        by,
        by,
      ])
      .catch(nameTaken(name));
    await writeVersion(tx, row!, by);
    await tx.audit({ action: 'affiliate.plan.create', target: { type: 'AffiliatePlan', id: row!.id }, diff: difference(null, { name, version: 1, terms }) });
    return row!;
  });
}

/**
 * Staff: renames a plan and/or gives it new terms. New terms make a new version (the old one is
 * kept as it was, for the statements computed with it); a rename alone keeps the version. An
 * archived plan cannot change. Audited.
 */
export async function updatePlan(ctx: Context, id: string, input: { name?: string | null; terms?: TermsInput | null }): Promise<PlanRow> {
  const name = input.name == null ? null : checkedName(input.name, ['input', 'name']);
  const terms = input.terms == null ? null : planToJson(termsOf(input.terms, requireTenant(ctx).currencies));
  const by = actorText(ctx);
  return tenantTx(ctx, async (tx) => {
    const before = await lockedPlan(tx, id);
    if (!before) throw new NotFoundError('AffiliatePlan');
    if (before.archived_at !== null) throw new AffiliatePlanArchivedError();
    // Compared canonically: jsonb does not keep the order keys were written in.
    const newTerms = terms !== null && canonicalize(terms) !== canonicalize(before.terms);
    const after = { name: name ?? before.name, terms: newTerms ? terms : before.terms, version: before.version + (newTerms ? 1 : 0) };
    const changed = difference({ name: before.name, terms: before.terms, version: before.version }, after);
    if (Object.keys(changed).length === 0) return before;
    const [row] = await tx.em
      .execute<PlanRow[]>(`update affiliate_plan set name = ?, terms = ?::jsonb, version = ?, updated_by = ?, updated_at = now() where tenant_id = ? and id = ? returning *`, [
        after.name,
        JSON.stringify(after.terms),
        after.version,
        by,
        tx.tenantId,
        id,
      ])
      .catch(nameTaken(after.name));
    if (newTerms) await writeVersion(tx, row!, by);
    await tx.audit({ action: 'affiliate.plan.update', target: { type: 'AffiliatePlan', id }, diff: changed });
    return row!;
  });
}

/** Staff: archives a plan: it can no longer change nor be assigned; affiliates on it keep it. Audited once. */
export async function archivePlan(ctx: Context, id: string): Promise<PlanRow> {
  const by = actorText(ctx);
  return tenantTx(ctx, async (tx) => {
    const before = await lockedPlan(tx, id);
    if (!before) throw new NotFoundError('AffiliatePlan');
    if (before.archived_at !== null) return before;
    const [row] = await tx.em.execute<PlanRow[]>(`update affiliate_plan set archived_at = now(), updated_by = ?, updated_at = now() where tenant_id = ? and id = ? returning *`, [
      by,
      tx.tenantId,
      id,
    ]);
    await tx.audit({ action: 'affiliate.plan.archive', target: { type: 'AffiliatePlan', id }, diff: difference({ archived: false }, { archived: true }) });
    return row!;
  });
}

/**
 * Staff: puts an affiliate (not closed) on a plan (not archived) with overrides (null or absent:
 * none); the plan with the overrides must be one the engine accepts. Bumps the affiliate's
 * version; audited on the affiliate.
 */
export async function assignPlan(ctx: Context, affiliateId: string, planId: string, overridesInput: OverridesInput | null): Promise<AffiliateRow> {
  const currencies = requireTenant(ctx).currencies;
  const overrides = overridesInput === null ? null : overridesOf(overridesInput, currencies);
  return tenantTx(ctx, async (tx) => {
    const [affiliate] = isUuid(affiliateId)
      ? await tx.em.execute<AffiliateRow[]>(`select * from affiliate where tenant_id = ? and id = ? for update`, [tx.tenantId, affiliateId])
      : [];
    if (!affiliate) throw new NotFoundError('Affiliate');
    if (affiliate.status === 'CLOSED') throw new AffiliateClosedError();
    // Shared lock: the plan cannot be archived while it is being assigned.
    const [plan] = isUuid(planId) ? await tx.em.execute<PlanRow[]>(`select * from affiliate_plan where tenant_id = ? and id = ? for share`, [tx.tenantId, planId]) : [];
    if (!plan) throw new NotFoundError('AffiliatePlan');
    if (plan.archived_at !== null) throw new AffiliatePlanArchivedError();
    const stored = overrides === null || Object.keys(overrides).length === 0 ? null : planToJson(overrides);
    if (stored !== null) engineAccepts(effectivePlan(planFromJson(plan.terms), overrides ?? undefined), ['input', 'overrides']);
    const changed = difference({ plan: affiliate.plan_id, overrides: affiliate.plan_overrides }, { plan: planId, overrides: stored });
    if (Object.keys(changed).length === 0) return affiliate;
    const [row] = await tx.em.execute<AffiliateRow[]>(
      `update affiliate set plan_id = ?, plan_overrides = ?::jsonb, version = version + 1, updated_at = now() where tenant_id = ? and id = ? returning *`,
      [planId, stored === null ? null : JSON.stringify(stored), tx.tenantId, affiliateId],
    );
    await tx.audit({ action: 'affiliate.plan.assign', target: { type: 'Affiliate', id: affiliateId }, diff: { ...changed, planVersion: plan.version } });
    return row!;
  });
}

// ------------------------------------------------------------------ reads

export function plansByIds(ctx: Context, ids: readonly string[]): Promise<ReadonlyMap<string, PlanRow>> {
  return rowsByIds<PlanRow>(ctx, 'affiliate_plan', 'id', ids);
}

/**
 * The terms of one version of a plan, as the engine takes them: what the statement job reads for
 * the version it records.
 */
export async function planTermsInTx(tx: TenantTx, planId: string, version: number): Promise<Plan | null> {
  const [row] = await tx.em.execute<{ terms: unknown }[]>(`select terms from affiliate_plan_version where tenant_id = ? and plan_id = ? and version = ?`, [tx.tenantId, planId, version]);
  return row ? planFromJson(row.terms) : null;
}

/** The tenant's plans, newest first; archived ones only when asked. */
export function listPlans(ctx: Context, filters: { archived: boolean | null }, args: PageArgs): Promise<Connection<PlanRow>> {
  const archived = filters.archived;
  return tablePage<PlanRow>(ctx, args, { table: 'affiliate_plan', where: `(?::boolean is null or (archived_at is not null) = ?::boolean)`, params: [archived, archived], filters: { archived } });
}
