import type { Dialect } from './dialect.js';
import { hub88 } from './hub88.js';

/** Every dialect a provider may be configured with. A new aggregator: one file, one line here. */
export const DIALECTS: Record<string, Dialect> = { [hub88.name]: hub88 };

export function dialectOf(name: string): Dialect | null {
  return DIALECTS[name] ?? null;
}

/** The dialect an unknown tenant or provider is answered in (there is none of its own to use). */
export const DEFAULT_DIALECT: Dialect = hub88;
