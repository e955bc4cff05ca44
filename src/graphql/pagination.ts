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
  /** The number of rows of the whole listing (all pages), computed only when asked for. */
  totalCount?: () => Promise<number>;
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

function decodeCursor(cursor: string, filters: unknown, arg: 'after' | 'before'): string {
  let body: Partial<CursorBody>;
  try {
    body = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Partial<CursorBody>;
  } catch {
    throw new ValidationError([{ path: [arg], message: 'is not a valid cursor' }]);
  }
  if (typeof body.k !== 'string' || typeof body.f !== 'string') {
    throw new ValidationError([{ path: [arg], message: 'is not a valid cursor' }]);
  }
  if (body.f !== filtersDigest(filters)) {
    throw new ValidationError([{ path: [arg], message: 'belongs to a listing with other filters' }]);
  }
  return body.k;
}

/** What a listing's `fetch` is asked for: a window of the listing between two keys. */
export interface KeysetWindow {
  /** Rows strictly after this key in the listing's order. */
  after?: string;
  /** Rows strictly before this key in the listing's order. */
  before?: string;
  /** At most this many rows (one more than the page, to tell whether another page exists). */
  limit: number;
  /**
   * Read from the `before` end: return the rows nearest `before` (or the listing's end) first,
   * that is in reverse listing order. The page is put back in listing order here.
   */
  backward: boolean;
}

/**
 * A keyset page of a listing in both directions (`first`/`after` forward, `last`/`before`
 * backward), with `totalCount` when the listing gives `count`: counted only if asked for.
 */
export async function keysetPage<T>(
  args: PageArgs,
  options: {
    filters?: unknown;
    keyOf: (node: T) => string;
    fetch: (window: KeysetWindow) => Promise<T[]>;
    count?: () => Promise<number>;
  },
): Promise<Connection<T>> {
  if (args.first != null && args.last != null) {
    throw new ValidationError([{ path: ['last'], message: 'give first or last, not both' }]);
  }
  const backward = args.last != null || (args.before != null && args.first == null);
  const size = (backward ? args.last : args.first) ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw new ValidationError([{ path: [backward ? 'last' : 'first'], message: `must be between 1 and ${MAX_PAGE_SIZE}` }]);
  }
  const after = args.after ? decodeCursor(args.after, options.filters, 'after') : undefined;
  const before = args.before ? decodeCursor(args.before, options.filters, 'before') : undefined;
  const rows = await options.fetch({ ...(after === undefined ? {} : { after }), ...(before === undefined ? {} : { before }), limit: size + 1, backward });
  const more = rows.length > size;
  const page = backward ? rows.slice(0, size).reverse() : rows.slice(0, size);
  const edges = page.map((node) => ({ cursor: encodeCursor(options.keyOf(node), options.filters), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: backward ? before !== undefined : more,
      hasPreviousPage: backward ? more : after !== undefined,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    ...(options.count ? { totalCount: options.count } : {}),
  };
}
