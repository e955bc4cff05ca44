import { z } from 'zod';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { requireTenant, tenantTx, type Context, type TenantTx } from '../../src/context.js';
import { NotFoundError, ValidationError, type FieldIssue } from '../../src/errors.js';
import { isUuid, newId } from '../../src/ids.js';
import { isCurrency } from '../../src/money.js';
import { keysetPage, type PageArgs } from '../../src/graphql/pagination.js';
import { parseInput } from '../../src/validation.js';
import { difference } from '../../src/audit/chain.js';
import { actorLabel } from '../../src/auth/principal.js';
import { GAME_CATEGORIES, knownGameCodes } from '../games/index.js';
import { currencyTermsSchema, frozenWeights, termsSchema, type BonusKind, type BonusProduct, type CurrencyTerms, type Terms } from './bonus.terms.js';
import { expectedCost, type GameMix } from './bonus.cost.js';
import { effectiveCap, readBonusSettings, type WageringCap } from './bonus.settings.js';
import { BonusTemplateArchivedError, BonusTemplateNameTakenError, WageringCapExceededError } from './bonus.errors.js';

/**
 * Bonus templates: what staff offer (table bonus_template). Terms are validated per kind and
 * against the tenant's wagering cap; an update bumps `version` (grants keep the terms they were
 * granted with, frozen in bonus_grant.terms); an archived template is granted no more.
 */

export const TEMPLATE_STATUSES = ['ACTIVE', 'ARCHIVED'] as const;
export type TemplateStatus = (typeof TEMPLATE_STATUSES)[number];

export interface BonusTemplateRow {
  id: string;
  tenant_id: string;
  name: string;
  kind: BonusKind;
  product: BonusProduct;
  status: TemplateStatus;
  terms: Terms;
  version: number;
  created_by: string;
  created_at: Date;
  updated_at: Date;
}

type StoredTemplateRow = Omit<BonusTemplateRow, 'terms'> & { terms: unknown };

function parsed(row: StoredTemplateRow): BonusTemplateRow {
  return { ...row, terms: termsSchema.parse(row.terms) };
}

// ------------------------------------------------------------------ input

const currencyEntry = currencyTermsSchema.extend({ currency: z.string().refine(isCurrency, 'must be an ISO 4217 code') });
/** The terms as a client sends them: currencies as a list (GraphQL has no maps), each naming its currency. */
const termsInput = termsSchema.omit({ currencies: true }).extend({ currencies: z.array(currencyEntry).min(1).max(50) });
export type TermsEntriesInput = z.input<typeof termsInput>;

const name = z.string().trim().min(1).max(120);
const createInput = z.object({ name, terms: termsInput });
const updateInput = z.object({ name: name.nullish(), terms: termsInput.nullish() });
export type CreateTemplateInput = z.input<typeof createInput>;
export type UpdateTemplateInput = z.input<typeof updateInput>;

/** The per-currency fields each kind takes; the kind's required ones first. */
const CURRENCY_FIELDS: Record<BonusKind, { required: (keyof CurrencyTerms)[]; allowed: (keyof CurrencyTerms)[] }> = {
  DEPOSIT_MATCH: { required: ['maxBonus'], allowed: ['maxBonus', 'minDeposit', 'maxBet'] },
  NO_DEPOSIT: { required: ['amount'], allowed: ['amount', 'maxBet'] },
  FREE_BETS: { required: ['freeBetStake'], allowed: ['freeBetStake', 'maxBet'] },
  CASHBACK: { required: ['maxBonus'], allowed: ['maxBonus', 'maxBet'] },
};
/** The template-wide fields that belong to one kind only. */
const KIND_FIELDS = { matchPercent: 'DEPOSIT_MATCH', cashbackPercent: 'CASHBACK', cashbackPeriod: 'CASHBACK', freeBets: 'FREE_BETS' } as const;
const CURRENCY_KEYS = ['amount', 'maxBonus', 'minDeposit', 'maxBet', 'freeBetStake'] as const;

type ParsedTermsInput = z.output<typeof termsInput>;

/**
 * Checks terms per kind, currencies against the tenant's, and game codes against its catalogue;
 * every issue carries the path of its field in the input. Returns the terms as stored.
 */
async function validatedTerms(tx: TenantTx, tenantCurrencies: readonly string[], input: ParsedTermsInput, root: string[]): Promise<Terms> {
  const issues: FieldIssue[] = [];
  const at = (...path: (string | number)[]) => [...root, ...path.map(String)];
  const kind = input.kind;

  for (const [field, owner] of Object.entries(KIND_FIELDS) as [keyof typeof KIND_FIELDS, BonusKind][]) {
    const present = input[field] != null;
    if (owner === kind && !present) issues.push({ path: at(field), message: `is required for ${kind}` });
    if (owner !== kind && present) issues.push({ path: at(field), message: `is not a term of ${kind}` });
  }

  const seen = new Set<string>();
  input.currencies.forEach((entry, i) => {
    if (seen.has(entry.currency)) issues.push({ path: at('currencies', i, 'currency'), message: 'names a currency twice' });
    seen.add(entry.currency);
    if (!tenantCurrencies.includes(entry.currency)) issues.push({ path: at('currencies', i, 'currency'), message: 'is not a currency of this tenant' });
    const fields = CURRENCY_FIELDS[kind];
    for (const key of fields.required) if (entry[key] == null) issues.push({ path: at('currencies', i, key), message: `is required for ${kind}` });
    for (const key of CURRENCY_KEYS) {
      if (entry[key] != null && !fields.allowed.includes(key)) issues.push({ path: at('currencies', i, key), message: `is not a term of ${kind}` });
    }
  });

  if (input.wagering.base === 'BONUS_PLUS_DEPOSIT' && kind !== 'DEPOSIT_MATCH') {
    issues.push({ path: at('wagering', 'base'), message: 'BONUS_PLUS_DEPOSIT applies only to DEPOSIT_MATCH' });
  }
  if (kind === 'FREE_BETS' && input.freeBets?.winsTo === 'CASH' && input.wagering.multiplier !== 0) {
    issues.push({ path: at('wagering', 'multiplier'), message: 'must be 0 when free-bet wins go to cash' });
  }

  const gameCodes = [...input.gameWeights.filter((w) => w.scope === 'GAME' && w.key).map((w) => w.key!), ...(input.freeBets?.games ?? [])];
  const known = await knownGameCodes(tx, [...new Set(gameCodes)]);
  const rows = new Set<string>();
  input.gameWeights.forEach((weight, i) => {
    const key = weight.key ?? null;
    if (weight.scope === 'DEFAULT') {
      if (key !== null) issues.push({ path: at('gameWeights', i, 'key'), message: 'must be empty for DEFAULT' });
    } else if (key === null) {
      issues.push({ path: at('gameWeights', i, 'key'), message: `is required for ${weight.scope}` });
    } else if (weight.scope === 'GAME' && !known.has(key)) {
      issues.push({ path: at('gameWeights', i, 'key'), message: "is not a game of this tenant's catalogue" });
    } else if (weight.scope === 'CATEGORY' && !(GAME_CATEGORIES as readonly string[]).includes(key)) {
      issues.push({ path: at('gameWeights', i, 'key'), message: `must be one of ${GAME_CATEGORIES.join(', ')}` });
    } else if (weight.scope === 'PRODUCT' && key !== input.product) {
      // One product per offer: a weight for another product would carry the offer into it.
      issues.push({ path: at('gameWeights', i, 'key'), message: `must be the offer's product, ${input.product}` });
    }
    const row = `${weight.scope}:${key ?? ''}`;
    if (rows.has(row)) issues.push({ path: at('gameWeights', i), message: 'repeats a weight row' });
    rows.add(row);
  });
  input.freeBets?.games.forEach((code, i) => {
    if (!known.has(code)) issues.push({ path: at('freeBets', 'games', i), message: "is not a game of this tenant's catalogue" });
  });

  if (issues.length > 0) throw new ValidationError(issues);
  const { currencies, ...rest } = input;
  return termsSchema.parse({ ...rest, currencies: Object.fromEntries(currencies.map(({ currency, ...amounts }) => [currency, amounts])) });
}

// ------------------------------------------------------------------ the wagering cap

/** The requirement over the bonus, as a fraction; null: unbounded. */
export interface WageringMultiple {
  numerator: bigint;
  denominator: bigint;
}

/**
 * The worst-case wagering requirement per unit of bonus. Base BONUS: the multiplier. Base
 * BONUS_PLUS_DEPOSIT on a deposit match of p%: the deposit is 100/p of the bonus, so
 * multiplier × (1 + 100/p); but once the bonus reaches its maxBonus the deposit keeps growing
 * and the bonus does not, so with a maxBonus the ratio is unbounded (null).
 */
export function wageringMultiple(terms: Pick<Terms, 'wagering' | 'matchPercent' | 'currencies'>): { atMatch: WageringMultiple; bounded: boolean } {
  const multiplier = BigInt(terms.wagering.multiplier);
  if (terms.wagering.base === 'BONUS' || !terms.matchPercent) return { atMatch: { numerator: multiplier, denominator: 1n }, bounded: true };
  const p = BigInt(terms.matchPercent);
  const capped = Object.values(terms.currencies).some((c) => c.maxBonus != null);
  return { atMatch: { numerator: multiplier * (p + 100n), denominator: p }, bounded: !capped };
}

/** A fraction as a decimal string, rounded up to two places: 17.34 for 52/3. */
export function formatMultiple(m: WageringMultiple): string {
  const hundredths = (m.numerator * 100n + m.denominator - 1n) / m.denominator;
  const whole = hundredths / 100n;
  const cents = hundredths % 100n;
  return cents === 0n ? whole.toString() : `${whole}.${cents.toString().padStart(2, '0').replace(/0$/, '')}`;
}

/** Refuses terms whose requirement per unit of bonus passes the cap, naming the rule and the numbers. */
export function assertWithinCap(terms: Terms, cap: WageringCap | null): void {
  if (!cap) return;
  const { atMatch, bounded } = wageringMultiple(terms);
  if (atMatch.numerator > BigInt(cap.cap) * atMatch.denominator) throw new WageringCapExceededError(cap.rule, cap.cap, formatMultiple(atMatch));
  if (!bounded) throw new WageringCapExceededError(cap.rule, cap.cap, null);
}

/** Whether terms keep a cap (for listing the templates a stricter cap would refuse). */
export function withinCap(terms: Terms, cap: WageringCap | null): boolean {
  try {
    assertWithinCap(terms, cap);
    return true;
  } catch (error) {
    if (error instanceof WageringCapExceededError) return false;
    throw error;
  }
}

// ------------------------------------------------------------------ writes

const audited = (t: Pick<BonusTemplateRow, 'name' | 'status' | 'version' | 'terms'>) => ({ name: t.name, status: t.status, version: t.version, terms: t.terms });

function nameTaken(name: string) {
  return (error: unknown): never => {
    throw error instanceof UniqueConstraintViolationException ? new BonusTemplateNameTakenError(name) : error;
  };
}

/** Staff: a new template, ACTIVE at version 1; audited. */
export async function createBonusTemplate(ctx: Context, input: CreateTemplateInput): Promise<BonusTemplateRow> {
  const data = parseInput(createInput, input);
  const tenant = requireTenant(ctx);
  return tenantTx(ctx, async (tx) => {
    const terms = await validatedTerms(tx, tenant.currencies, data.terms, ['input', 'terms']);
    assertWithinCap(terms, effectiveCap(await readBonusSettings(tx)));
    const [row] = await tx.em
      .execute<StoredTemplateRow[]>(
        `insert into bonus_template (id, tenant_id, name, kind, product, terms, created_by)
         values (?, ?, ?, ?, ?, ?::jsonb, ?) returning *`,
        [newId(), tx.tenantId, data.name, terms.kind, terms.product, JSON.stringify(terms), ctx.principal ? actorLabel(ctx.principal) : 'SYSTEM:-'],
      )
      .catch(nameTaken(data.name));
    const template = parsed(row!);
    await tx.audit({ action: 'bonus.template.create', target: { type: 'BonusTemplate', id: template.id }, diff: difference(null, audited(template)) });
    return template;
  });
}

async function lockedTemplate(tx: Pick<TenantTx, 'em' | 'tenantId'>, id: string): Promise<BonusTemplateRow> {
  return templateById(tx, id, { lock: 'update' });
}

/**
 * Staff: renames a template and/or replaces its terms (the kind stays: archive and create another
 * to offer a different kind). A change bumps `version`; grants already made keep their terms.
 */
export async function updateBonusTemplate(ctx: Context, id: string, input: UpdateTemplateInput): Promise<BonusTemplateRow> {
  const data = parseInput(updateInput, input);
  const tenant = requireTenant(ctx);
  return tenantTx(ctx, async (tx) => {
    const before = await lockedTemplate(tx, id);
    if (before.status === 'ARCHIVED') throw new BonusTemplateArchivedError(id);
    let terms = before.terms;
    if (data.terms) {
      if (data.terms.kind !== before.kind) throw new ValidationError([{ path: ['input', 'terms', 'kind'], message: 'cannot change: archive the template and create another' }]);
      terms = await validatedTerms(tx, tenant.currencies, data.terms, ['input', 'terms']);
      assertWithinCap(terms, effectiveCap(await readBonusSettings(tx)));
    }
    const newName = data.name ?? before.name;
    const changed = difference({ name: before.name, terms: before.terms }, { name: newName, terms });
    if (Object.keys(changed).length === 0) return before;
    const [row] = await tx.em
      .execute<StoredTemplateRow[]>(
        `update bonus_template set name = ?, terms = ?::jsonb, version = version + 1, updated_at = now() where tenant_id = ? and id = ? returning *`,
        [newName, JSON.stringify(terms), tx.tenantId, id],
      )
      .catch(nameTaken(newName));
    const after = parsed(row!);
    await tx.audit({ action: 'bonus.template.update', target: { type: 'BonusTemplate', id }, diff: difference(audited(before), audited(after)) });
    return after;
  });
}

/** Staff: archives a template: no new grants; grants already made run on. Archiving twice changes nothing. */
export async function archiveBonusTemplate(ctx: Context, id: string): Promise<BonusTemplateRow> {
  return tenantTx(ctx, async (tx) => {
    const before = await lockedTemplate(tx, id);
    if (before.status === 'ARCHIVED') return before;
    const [row] = await tx.em.execute<StoredTemplateRow[]>(
      `update bonus_template set status = 'ARCHIVED', updated_at = now() where tenant_id = ? and id = ? returning *`,
      [tx.tenantId, id],
    );
    const after = parsed(row!);
    await tx.audit({ action: 'bonus.template.archive', target: { type: 'BonusTemplate', id }, diff: difference({ status: before.status }, { status: after.status }) });
    return after;
  });
}

// ------------------------------------------------------------------ reads

/**
 * A template of the tenant with its parsed terms, in the caller's transaction; NotFoundError when
 * there is none. The grant service takes it `for share`, so an archive or update waits for the
 * grant (and a grant made after an archive sees ARCHIVED).
 */
export async function templateById(tx: Pick<TenantTx, 'em' | 'tenantId'>, id: string, options: { lock?: 'share' | 'update' } = {}): Promise<BonusTemplateRow> {
  if (!isUuid(id)) throw new NotFoundError('BonusTemplate');
  const lock = options.lock === 'update' ? 'for update' : options.lock === 'share' ? 'for share' : '';
  const [row] = await tx.em.execute<StoredTemplateRow[]>(`select * from bonus_template where tenant_id = ? and id = ? ${lock}`, [tx.tenantId, id]);
  if (!row) throw new NotFoundError('BonusTemplate');
  return parsed(row);
}

/** Templates by id in the caller's transaction, one statement (unknown ids are left out). */
export async function templatesByIdsInTx(tx: Pick<TenantTx, 'em' | 'tenantId'>, ids: readonly string[]): Promise<BonusTemplateRow[]> {
  const valid = ids.filter(isUuid);
  if (valid.length === 0) return [];
  const rows = await tx.em.execute<StoredTemplateRow[]>(`select * from bonus_template where tenant_id = ? and id = any (?::uuid[])`, [tx.tenantId, `{${valid.join(',')}}`]);
  return rows.map(parsed);
}

export async function templatesByIds(ctx: Context, ids: readonly string[]): Promise<BonusTemplateRow[]> {
  if (!ctx.tenant || !ids.some(isUuid)) return [];
  return tenantTx(ctx, (tx) => templatesByIdsInTx(tx, ids));
}

export interface TemplateFilter {
  status?: TemplateStatus | null;
  kind?: BonusKind | null;
}

const LIST_FILTER = `(?::text is null or status = ?::text) and (?::text is null or kind = ?::text)`;

/** The tenant's templates in id (creation) order, filtered by status and kind, both ways, with their count. */
export function listBonusTemplates(ctx: Context, args: PageArgs & TemplateFilter) {
  const filters = { status: args.status ?? null, kind: args.kind ?? null };
  const params = [filters.status, filters.status, filters.kind, filters.kind];
  return keysetPage<BonusTemplateRow>(args, {
    filters,
    keyOf: (t) => t.id,
    fetch: async (window) => {
      if ([window.after, window.before].some((key) => key !== undefined && !isUuid(key))) throw new ValidationError([{ path: ['after'], message: 'is not a valid cursor' }]);
      const rows = await tenantTx(ctx, (tx) =>
        tx.em.execute<StoredTemplateRow[]>(
          `select * from bonus_template
           where tenant_id = ? and (?::uuid is null or id > ?::uuid) and (?::uuid is null or id < ?::uuid) and ${LIST_FILTER}
           order by id ${window.backward ? 'desc' : 'asc'} limit ?`,
          [tx.tenantId, window.after ?? null, window.after ?? null, window.before ?? null, window.before ?? null, ...params, window.limit],
        ),
      );
      return rows.map(parsed);
    },
    count: async () => {
      const [row] = await tenantTx(ctx, (tx) => tx.em.execute<{ n: number }[]>(`select count(*)::int as n from bonus_template where tenant_id = ? and ${LIST_FILTER}`, [tx.tenantId, ...params]));
      return row!.n;
    },
  });
}

/** The active templates whose terms break a cap (after a stricter cap was set). */
export async function activeTemplatesOverCap(ctx: Context, cap: WageringCap | null): Promise<BonusTemplateRow[]> {
  if (!cap) return [];
  const rows = await tenantTx(ctx, (tx) => tx.em.execute<StoredTemplateRow[]>(`select * from bonus_template where tenant_id = ? and status = 'ACTIVE' order by id`, [tx.tenantId]));
  return rows.map(parsed).filter((t) => !withinCap(t.terms, cap));
}

// ------------------------------------------------------------------ expected cost

/**
 * The largest bonus one grant of the template can carry in a currency (its face value), the
 * requirement that comes with it, and the cap on conversion; null when the template does not
 * offer the currency. Deposit match and cashback: their maxBonus (a deposit match at its cap
 * needs a deposit of maxBonus × 100 / matchPercent). Free bets: count × stake, whose expected
 * wins (stakes less the house edge) are the bonus the wagering applies to.
 */
export function faceValueOf(terms: Terms, currency: string): { faceValue: bigint; deposit: bigint } | null {
  const amounts = terms.currencies[currency];
  if (!amounts) return null;
  switch (terms.kind) {
    case 'NO_DEPOSIT':
      return { faceValue: BigInt(amounts.amount ?? 0), deposit: 0n };
    case 'DEPOSIT_MATCH': {
      const bonus = BigInt(amounts.maxBonus ?? 0);
      return { faceValue: bonus, deposit: terms.matchPercent ? (bonus * 100n) / BigInt(terms.matchPercent) : 0n };
    }
    case 'CASHBACK':
      return { faceValue: BigInt(amounts.maxBonus ?? 0), deposit: 0n };
    case 'FREE_BETS':
      return { faceValue: BigInt(terms.freeBets?.count ?? 0) * BigInt(amounts.freeBetStake ?? 0), deposit: 0n };
  }
}

/** The requirement of a grant of `bonus` on a deposit of `deposit`: multiplier × the base. */
export function requirementOf(terms: Terms, bonus: bigint, deposit: bigint): bigint {
  const base = terms.wagering.base === 'BONUS_PLUS_DEPOSIT' ? bonus + deposit : bonus;
  return BigInt(terms.wagering.multiplier) * base;
}

type HouseEdges = Parameters<typeof expectedCost>[0]['edges'];

/**
 * The expected cost of one grant of `bonus` (on a deposit of `deposit`) under the terms
 * (bonus.cost.ts `expectedCost`): ≈ bonus × max(0, 1 − edge per unit of requirement ×
 * multiplier), at most bonus × maxConversionMultiple. Free bets: `bonus` is their stakes, and
 * the bonus wagered is what they are expected to win back; wins paid to cash cost that as is.
 * What a grant reserves in budgets on EXPECTED_COST.
 */
export function grantExpectedCost(terms: Terms, grant: { bonus: bigint; deposit: bigint }, mix?: GameMix, edges?: HouseEdges): bigint {
  let bonus = grant.bonus;
  if (terms.kind === 'FREE_BETS') {
    // A free bet's stake counts in full: its expected win is the stakes less the mix's edge.
    bonus = expectedCost({ bonus, requirement: bonus, weights: { default: 100 }, product: terms.product, mix, edges });
    if (terms.freeBets?.winsTo === 'CASH') return bonus;
  }
  const maxConversion = terms.maxConversionMultiple != null ? bonus * BigInt(terms.maxConversionMultiple) : null;
  const weights = frozenWeights(terms.gameWeights);
  return expectedCost({ bonus, requirement: requirementOf(terms, bonus, grant.deposit), weights, product: terms.product, maxConversion, mix, edges });
}

/** The expected cost of one grant at face value in a currency; null when the template does not offer it. */
export function templateExpectedCost(terms: Terms, currency: string, mix?: GameMix, edges?: HouseEdges): bigint | null {
  const face = faceValueOf(terms, currency);
  return face ? grantExpectedCost(terms, { bonus: face.faceValue, deposit: face.deposit }, mix, edges) : null;
}
