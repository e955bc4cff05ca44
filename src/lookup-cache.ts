import { LRUCache } from 'lru-cache';
import type { PubSub } from './events/pubsub.js';
import type { Logger } from './observability/logger.js';

/** Where instances tell each other that cached lookups went stale. */
const INVALIDATION_CHANNEL = 'platform.lookup-cache.invalidate';

interface Cached {
  value: unknown;
  /** What the value depends on, such as `tenant:<id>` or `apiKey:<id>`. */
  tags: string[];
}

/**
 * A short-lived memo of the lookups every request makes before its own work: which tenant,
 * which API key. Entries live at most `ttlMs`; a change drops the entries it affects at once
 * in this instance and, through PubSub, in every other one, so a revoked key or a suspended
 * tenant is refused on the next request, and the TTL only bounds a lost invalidation. The same
 * tags announce ended sessions (`session:<id>`, `subject:<player or staff id>`), for the
 * connections that outlive a request.
 * Misses (unknown key, unknown tenant) are never cached. A TTL of 0 turns caching off.
 */
export class LookupCache {
  private readonly entries: LRUCache<string, Cached> | null;
  private readonly invalidations: AsyncIterableIterator<{ tag: string }>;
  /** Bumped by every invalidation: a load that overlapped one may have read the old row, so it is not kept. */
  private generation = 0;
  private readonly listeners = new Set<(tag: string) => void>();

  constructor(
    private readonly pubsub: PubSub,
    ttlMs: number,
    private readonly logger: Logger,
  ) {
    this.entries = ttlMs > 0 ? new LRUCache<string, Cached>({ max: 50_000, ttl: ttlMs }) : null;
    const invalidations = pubsub.subscribe<{ tag: string }>(INVALIDATION_CHANNEL);
    this.invalidations = invalidations;
    void (async () => {
      for await (const message of invalidations) this.drop(message.tag);
    })().catch((error: unknown) => logger.error({ err: error }, 'lookup cache invalidation listener stopped'));
  }

  /** The cached value of `key`, or `load()`'s, cached with the tags it names when not null. */
  async get<V>(key: string, load: () => Promise<V | null>, tagsOf: (value: V) => string[]): Promise<V | null> {
    const hit = this.entries?.get(key);
    if (hit) return hit.value as V;
    const generation = this.generation;
    const value = await load();
    if (value !== null && generation === this.generation) this.entries?.set(key, { value, tags: tagsOf(value) });
    return value;
  }

  /** Drops every entry tagged `tag` here and in every other instance. Call after the change commits. */
  async invalidate(tag: string): Promise<void> {
    this.drop(tag);
    try {
      await this.pubsub.publish(INVALIDATION_CHANNEL, { tag });
    } catch (error) {
      // Redis down: the change is committed and dropped here; other instances' copies expire
      // within LOOKUP_CACHE_TTL_MS. Failing the request would not undo the change.
      this.logger.warn({ err: error, tag }, 'lookup cache invalidation not published');
    }
  }

  /**
   * Calls `listener` with every tag invalidated here or in another instance: for state that
   * holds on to a credential longer than one request (live WebSocket connections).
   */
  onInvalidate(listener: (tag: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async close(): Promise<void> {
    this.listeners.clear();
    await this.invalidations.return?.();
  }

  private drop(tag: string): void {
    this.generation += 1;
    if (this.entries) {
      for (const [key, entry] of this.entries.entries()) {
        if (entry.tags.includes(tag)) this.entries.delete(key);
      }
    }
    // After the entries are gone, so a listener that looks the tenant up reads it afresh.
    for (const listener of this.listeners) listener(tag);
  }
}
