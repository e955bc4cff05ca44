/**
 * Reads of stored statements for the staff API: a page of statements, statements by id, and per
 * statement its currency lines, explained lines and players. Every list is one statement for a
 * page (the loaders batch by statement id).
 */
import { tenantTx, type Context } from '../../src/context.js';
import { ValidationError } from '../../src/errors.js';
import { isUuid } from '../../src/ids.js';
import { keysetPage, type Connection, type PageArgs } from '../../src/graphql/pagination.js';
import { rowsByIds, tablePage } from '../../src/graphql/table-rows.js';
import type { CpaStatus, Exclusion, LineKind } from './affiliates.commission.js';
import type { StatementCurrencyRow, StatementRow, StatementStatus } from './affiliates.approval.js';

export interface StatementLineRow {
  statement_id: string;
  currency: string;
  position: number;
  kind: LineKind;
  amount: string;
  players: string[];
  sub_affiliate_id: string | null;
  explanation: string;
}

export interface StatementPlayerRow {
  statement_id: string;
  currency: string;
  player_id: string;
  stakes: string;
  wins: string;
  bonus_cost: string;
  chargebacks: string;
  deposits: string;
  withdrawals: string;
  cpa_status: CpaStatus | null;
  qualified_on: Date | string | null;
  approved_on: Date | string | null;
  exclusions: Exclusion[];
  cpa_amount: string;
}

export interface StatementFilters {
  /** Only statements of the period starting on this day (YYYY-MM-DD). */
  periodStart?: string | null;
  status?: StatementStatus | null;
  affiliateId?: string | null;
}

export function statementsByIds(ctx: Context, ids: readonly string[]): Promise<ReadonlyMap<string, StatementRow>> {
  return rowsByIds<StatementRow>(ctx, 'affiliate_statement', 'id', ids);
}

/** The tenant's statements, newest first, filtered. */
export function listStatements(ctx: Context, filters: StatementFilters, args: PageArgs): Promise<Connection<StatementRow>> {
  const periodStart = filters.periodStart ?? null;
  const status = filters.status ?? null;
  const affiliateId = filters.affiliateId ?? null;
  if (affiliateId !== null && !isUuid(affiliateId)) return Promise.resolve({ edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null }, totalCount: async () => 0 });
  return tablePage<StatementRow>(ctx, args, {
    table: 'affiliate_statement',
    where: `(?::date is null or period_start = ?::date) and (?::text is null or status = ?) and (?::uuid is null or affiliate_id = ?::uuid)`,
    params: [periodStart, periodStart, status, status, affiliateId, affiliateId],
    filters: { periodStart, status, affiliateId },
  });
}

/** Rows of a statement's child table for a batch of statements, grouped by statement (in the order given). */
async function childRowsByStatements<T extends { statement_id: string }>(ctx: Context, table: string, orderBy: string, ids: readonly string[]): Promise<ReadonlyMap<string, T[]>> {
  const valid = ids.filter(isUuid);
  if (!ctx.tenant || valid.length === 0) return new Map();
  const rows = await tenantTx(ctx, (tx) =>
    tx.em.execute<T[]>(`select * from ${table} where tenant_id = ? and statement_id = any (?::uuid[]) order by ${orderBy}`, [tx.tenantId, `{${valid.join(',')}}`]),
  );
  const grouped = new Map<string, T[]>();
  for (const row of rows) {
    const list = grouped.get(row.statement_id) ?? [];
    list.push(row);
    grouped.set(row.statement_id, list);
  }
  return grouped;
}

/** Per statement, its currency lines by currency. */
export function currencyLinesByStatements(ctx: Context, ids: readonly string[]): Promise<ReadonlyMap<string, StatementCurrencyRow[]>> {
  return childRowsByStatements<StatementCurrencyRow>(ctx, 'affiliate_statement_currency', 'statement_id, currency', ids);
}

/** Per statement, its explained lines (every currency) in the engine's order. */
export function explainedLinesByStatements(ctx: Context, ids: readonly string[]): Promise<ReadonlyMap<string, StatementLineRow[]>> {
  return childRowsByStatements<StatementLineRow>(ctx, 'affiliate_statement_line', 'statement_id, currency, position', ids);
}

/** The players behind one currency line of a statement, by player id. */
export function statementPlayers(ctx: Context, statementId: string, currency: string, args: PageArgs): Promise<Connection<StatementPlayerRow>> {
  const filters = { statementId, currency };
  return keysetPage<StatementPlayerRow>(args, {
    filters,
    keyOf: (row) => row.player_id,
    fetch: (window) =>
      tenantTx(ctx, (tx) => {
        if ([window.after, window.before].some((k) => k !== undefined && k.length > 200)) throw new ValidationError([{ path: ['after'], message: 'is not a valid cursor' }]);
        return tx.em.execute<StatementPlayerRow[]>(
          `select * from affiliate_statement_player
            where tenant_id = ? and statement_id = ? and currency = ?
              and (?::text is null or player_id ${window.backward ? '<' : '>'} ?::text) and (?::text is null or player_id ${window.backward ? '>' : '<'} ?::text)
            order by player_id ${window.backward ? 'desc' : 'asc'} limit ?`,
          [tx.tenantId, statementId, currency, window.backward ? (window.before ?? null) : (window.after ?? null), window.backward ? (window.before ?? null) : (window.after ?? null),
            window.backward ? (window.after ?? null) : (window.before ?? null), window.backward ? (window.after ?? null) : (window.before ?? null), window.limit],
        );
      }),
    count: async () => {
      const [row] = await tenantTx(ctx, (tx) =>
        tx.em.execute<{ n: number }[]>(`select count(*)::int as n from affiliate_statement_player where tenant_id = ? and statement_id = ? and currency = ?`, [tx.tenantId, statementId, currency]),
      );
      return row!.n;
    },
  });
}
