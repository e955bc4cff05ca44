import DataLoader from 'dataloader';
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { Context } from '../context.js';

const LOADERS = new WeakMap<Context, Map<string, DataLoader<string, unknown>>>();

/**
 * The per-operation DataLoader named `name`: every `load(id)` made while one field list
 * resolves becomes one call of `batch` (one SQL statement for a page of 100 rows, not 100).
 * Batches run in the operation's tenant, so they are batched by tenant. No cache across
 * batches: a mutation's payload and each event of a subscription read fresh rows.
 */
export function loaderFor<V>(
  ctx: Context,
  name: string,
  batch: (ctx: Context, ids: readonly string[]) => Promise<ReadonlyMap<string, V>>,
): DataLoader<string, V | null> {
  let loaders = LOADERS.get(ctx);
  if (!loaders) {
    loaders = new Map();
    LOADERS.set(ctx, loaders);
  }
  let loader = loaders.get(name) as DataLoader<string, V | null> | undefined;
  if (!loader) {
    loader = new DataLoader<string, V | null>(
      async (ids) => {
        const found = await batch(ctx, [...new Set(ids)]);
        return ids.map((id) => found.get(id) ?? null);
      },
      { cache: false, maxBatchSize: 500 },
    );
    loaders.set(name, loader as DataLoader<string, unknown>);
  }
  return loader;
}

/** Loads `id` through the named loader; null when absent (or not visible to the caller). */
export function loadById<V>(ctx: Context, name: string, batch: (ctx: Context, ids: readonly string[]) => Promise<ReadonlyMap<string, V>>, id: string | null | undefined): Promise<V | null> {
  return id == null ? Promise.resolve(null) : loaderFor(ctx, name, batch).load(id);
}

function onlyId(selections: SelectionSetNode | undefined, info: GraphQLResolveInfo): boolean {
  if (!selections) return false;
  return selections.selections.every((selection) => {
    if (selection.kind === Kind.FIELD) return selection.name.value === 'id' || selection.name.value === '__typename';
    if (selection.kind === Kind.INLINE_FRAGMENT) return onlyId(selection.selectionSet, info);
    const fragment = info.fragments[selection.name.value];
    return !!fragment && onlyId(fragment.selectionSet, info);
  });
}

/**
 * Whether the field being resolved selects nothing of its object but `id` (and `__typename`):
 * then a reference whose id is known needs no read (`account { id }` of a ledger entry).
 */
export function selectsOnlyId(info: GraphQLResolveInfo): boolean {
  return info.fieldNodes.every((node) => onlyId(node.selectionSet, info));
}
