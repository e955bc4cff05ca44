import { tenantTx, type Context } from '../context.js';
import { ValidationError } from '../errors.js';
import { isUuid } from '../ids.js';
import { keysetPage, type Connection, type PageArgs } from './pagination.js';

/**
 * Reads of a tenant table whose rows have a UUIDv7 `id` (time order), for the schema's listings
 * and loaders. `table` and `where` are the caller's own SQL, never user input.
 */

/** A keyset page of the table's rows matching `where`, by id: newest first, or oldest first when `ascending`. */
export function tablePage<T extends { id: string }>(
  ctx: Context,
  args: PageArgs,
  listing: { table: string; where: string; params: unknown[]; filters: unknown; ascending?: boolean },
): Promise<Connection<T>> {
  const forward = listing.ascending ? 'asc' : 'desc';
  const reverse = listing.ascending ? 'desc' : 'asc';
  const [afterOp, beforeOp] = listing.ascending ? ['>', '<'] : ['<', '>'];
  return keysetPage<T>(args, {
    filters: listing.filters,
    keyOf: (r) => r.id,
    fetch: async (window) => {
      if ([window.after, window.before].some((k) => k !== undefined && !isUuid(k))) throw new ValidationError([{ path: ['after'], message: 'is not a valid cursor' }]);
      return tenantTx(ctx, (tx) =>
        tx.em.execute<T[]>(
          `select * from ${listing.table}
           where tenant_id = ? and ${listing.where} and (?::uuid is null or id ${afterOp} ?::uuid) and (?::uuid is null or id ${beforeOp} ?::uuid)
           order by id ${window.backward ? reverse : forward} limit ?`,
          [tx.tenantId, ...listing.params, window.after ?? null, window.after ?? null, window.before ?? null, window.before ?? null, window.limit],
        ),
      );
    },
    count: async () => {
      const [row] = await tenantTx(ctx, (tx) => tx.em.execute<{ n: number }[]>(`select count(*)::int as n from ${listing.table} where tenant_id = ? and ${listing.where}`, [tx.tenantId, ...listing.params]));
      return row!.n;
    },
  });
}

/**
 * A keyset page of the table's rows matching `where`, ranked by a numeric `score` column, highest
 * first (ties: newest id first); a row's cursor is `score|id` (risk's collusion pairs and links).
 */
export function scoredTablePage<T extends { id: string; score: number }>(
  ctx: Context,
  args: PageArgs,
  listing: { table: string; where: string; params: unknown[]; filters: unknown },
): Promise<Connection<T>> {
  const keyOf = (key: string | undefined): [number, string] | null => {
    if (key === undefined) return null;
    const [score, id] = key.split('|');
    if (!id || !isUuid(id) || !Number.isFinite(Number(score))) throw new ValidationError([{ path: ['after'], message: 'is not a valid cursor' }]);
    return [Number(score), id];
  };
  return keysetPage<T>(args, {
    filters: listing.filters,
    keyOf: (r) => `${r.score}|${r.id}`,
    fetch: (window) => {
      const after = keyOf(window.after);
      const before = keyOf(window.before);
      const order = window.backward ? 'asc' : 'desc';
      return tenantTx(ctx, (tx) =>
        tx.em.execute<T[]>(
          `select * from ${listing.table} where tenant_id = ? and ${listing.where}
             and (?::float8 is null or (score, id) < (?::float8, ?::uuid)) and (?::float8 is null or (score, id) > (?::float8, ?::uuid))
           order by score ${order}, id ${order} limit ?`,
          [tx.tenantId, ...listing.params, after?.[0] ?? null, after?.[0] ?? null, after?.[1] ?? null, before?.[0] ?? null, before?.[0] ?? null, before?.[1] ?? null, window.limit],
        ),
      );
    },
    count: async () => {
      const [row] = await tenantTx(ctx, (tx) => tx.em.execute<{ n: number }[]>(`select count(*)::int as n from ${listing.table} where tenant_id = ? and ${listing.where}`, [tx.tenantId, ...listing.params]));
      return row!.n;
    },
  });
}

/** The table's rows whose `column` (a uuid column: `id`, or another key such as `player_id`) is one of `ids`, by that column: a loader's batch in one statement. */
export async function rowsByIds<T extends object>(ctx: Context, table: string, column: Extract<keyof T, string>, ids: readonly string[]): Promise<ReadonlyMap<string, T>> {
  const valid = ids.filter(isUuid);
  if (!ctx.tenant || valid.length === 0) return new Map();
  const rows = await tenantTx(ctx, (tx) => tx.em.execute<T[]>(`select * from ${table} where tenant_id = ? and ${column} = any (?::uuid[])`, [tx.tenantId, `{${valid.join(',')}}`]));
  return new Map(rows.map((r) => [String(r[column]), r]));
}
