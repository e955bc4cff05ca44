import { tenantTx, type Context } from '../../src/context.js';
import { ValidationError } from '../../src/errors.js';
import { isUuid } from '../../src/ids.js';
import { keysetPage, type Connection, type PageArgs } from '../../src/graphql/pagination.js';

/**
 * A keyset page of a VIP table's rows of one player (or all pending checks), by id (ids are
 * UUIDv7: time order). `ascending` lists oldest first.
 */
export function pageOfRows<T extends { id: string }>(
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
