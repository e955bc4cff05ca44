import type { ObjectRef } from '@pothos/core';
import { builder, type BuilderTypes } from '../builder.js';
import type { Connection } from './pagination.js';

/** Ascending or descending, for every `orderBy` input. */
export const OrderDirection = builder.enumType('OrderDirection', {
  description: 'The direction of an ordering.',
  values: {
    ASC: { description: 'Smallest (oldest, first in the alphabet) first.' },
    DESC: { description: 'Largest (newest, last in the alphabet) first.' },
  } as const,
});

/**
 * The shared `<Name>Connection` / `<Name>Edge` pair of a node type, used by every field that
 * lists it (GitHub's and Shopify's convention): `edges`, `nodes`, `pageInfo`, and `totalCount`
 * when the listing can count cheaply (the resolver's connection carries `totalCount`).
 */
export function connectionOf<T>(node: ObjectRef<BuilderTypes, T>, name: string, options: { totalCount?: boolean } = {}) {
  return builder.connectionObject(
    {
      type: node,
      name: `${name}Connection`,
      description: `A page of ${name} rows.`,
      ...(options.totalCount
        ? {
            fields: (t) => ({
              totalCount: t.int({
                description: 'The number of rows in the whole listing with its filters, over all pages.',
                resolve: async (connection) => {
                  const count = (connection as Connection<T>).totalCount;
                  if (!count) throw new Error(`${name}Connection without totalCount`);
                  return count();
                },
              }),
            }),
          }
        : {}),
    },
    { name: `${name}Edge`, description: `A ${name} row of a page, with its cursor.` },
  );
}
