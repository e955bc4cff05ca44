import { createHash } from 'node:crypto';
import { ValidationError } from '../errors.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

interface CursorBody {
  /** The sort key of the last row seen. */
  k: string;
  /** A digest of the filters the page was asked with: a cursor only continues its own listing. */
  f: string;
}

function filtersDigest(filters: unknown): string {
  return createHash('sha256').update(JSON.stringify(filters ?? null)).digest('base64url').slice(0, 12);
}

export function encodeCursor(key: string, filters: unknown): string {
  const body: CursorBody = { k: key, f: filtersDigest(filters) };
  return Buffer.from(JSON.stringify(body)).toString('base64url');
}

function decodeCursor(cursor: string, filters: unknown): string {
  let body: Partial<CursorBody>;
  try {
    body = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Partial<CursorBody>;
  } catch {
    throw new ValidationError([{ path: ['after'], message: 'is not a valid cursor' }]);
  }
  if (typeof body.k !== 'string' || typeof body.f !== 'string') {
    throw new ValidationError([{ path: ['after'], message: 'is not a valid cursor' }]);
  }
  if (body.f !== filtersDigest(filters)) {
    throw new ValidationError([{ path: ['after'], message: 'belongs to a listing with other filters' }]);
  }
  return body.k;
}

/**
 * A forward keyset page: `fetch(afterKey, limit)` returns rows strictly after the key in
 * the listing's order. One row more than asked tells whether another page exists.
 */
export async function keysetConnection<T>(
  args: PageArgs,
  options: { filters?: unknown; keyOf: (node: T) => string; fetch: (afterKey: string | undefined, limit: number) => Promise<T[]> },
): Promise<Connection<T>> {
  if (args.last != null || args.before != null) {
    throw new ValidationError([{ path: ['last'], message: 'backward pagination is not supported; use first/after' }]);
  }
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new ValidationError([{ path: ['first'], message: `must be between 1 and ${MAX_PAGE_SIZE}` }]);
  }
  const afterKey = args.after ? decodeCursor(args.after, options.filters) : undefined;
  const rows = await options.fetch(afterKey, first + 1);
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ cursor: encodeCursor(options.keyOf(node), options.filters), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: afterKey !== undefined,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
