import { requireTenant, tenantTx, type Context, type TenantTx } from '../context.js';
import { StreamPositionExpiredError } from '../errors.js';
import { eventChannel, type PublishedEvent } from './outbox.js';

/** Where a client stands in one stream: the last sequence number it has. */
export interface StreamPosition {
  stream: string;
  seq: number;
}

export interface ResumableEventsOptions<P> {
  /** The event type (and so the PubSub channel) of the caller's tenant. */
  type: string;
  /** What the caller may see; applied to stored and live events alike. */
  keep: (event: PublishedEvent<P>) => boolean;
  /** The streams to resume, each from after its seq; the others are followed from their first live event. */
  after: readonly StreamPosition[];
  /**
   * The last seq written to each of these streams, for the streams the caller may see (the
   * others left out). Read before the stored events, it tells "nothing happened since" from
   * "what happened was pruned": a stream whose head is past the cursor must have its next
   * event stored.
   */
  heads: (tx: TenantTx, streams: string[]) => Promise<Map<string, number>>;
}

interface StoredRow {
  id: string;
  stream: string;
  seq: string;
  type: string;
  payload: unknown;
  created_at: Date;
}

/** Stored events read per round; a longer backlog takes several rounds. */
const PAGE = 500;

/** A Postgres array literal of strings (passed as one parameter: the query builder would spread a JS array). */
function textArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}

async function storedAfter<P>(ctx: Context, type: string, positions: ReadonlyMap<string, number>, beforeSeq: number | null): Promise<PublishedEvent<P>[]> {
  const tenantId = requireTenant(ctx).id;
  const streams = [...positions.keys()];
  return tenantTx(ctx, async (tx) => {
    const rows = await tx.em.execute<StoredRow[]>(
      `select e.id, e.stream, e.seq, e.type, e.payload, e.created_at
         from outbox_event e
         join unnest(?::text[], ?::bigint[]) as c(stream, after) on c.stream = e.stream and e.seq > c.after
        where e.tenant_id = ? and e.type = ? and (?::bigint is null or e.seq < ?::bigint)
        order by e.stream, e.seq
        limit ?`,
      [textArray(streams), `{${streams.map((s) => positions.get(s)!).join(',')}}`, tenantId, type, beforeSeq, beforeSeq, PAGE],
    );
    return rows.map((r) => ({ id: r.id, tenantId, stream: r.stream, seq: Number(r.seq), type: r.type, payload: r.payload as P, occurredAt: new Date(r.created_at).toISOString() }));
  });
}

/**
 * A subscription source that resumes: the events of `type` after each given position, read
 * from the outbox, then the live ones, with no gap and no duplicate per stream.
 *
 * The PubSub subscription opens first (it buffers while the outbox is read), so an event
 * committed meanwhile arrives live if not stored. Per stream, a live event at or below the
 * last one yielded is dropped (the relay delivers at least once), and a jump is filled from
 * the outbox (instances may publish out of order). If the outbox no longer holds the next
 * event of a stream (pruned by retention), the subscription fails with
 * StreamPositionExpiredError rather than skipping it.
 */
export async function resumableEvents<P>(ctx: Context, options: ResumableEventsOptions<P>): Promise<AsyncGenerator<PublishedEvent<P>>> {
  const tenantId = requireTenant(ctx).id;
  const live = ctx.services.pubsub.subscribe<PublishedEvent<P>>(eventChannel(tenantId, options.type));
  const asked = new Map<string, number>();
  for (const position of options.after) asked.set(position.stream, Math.max(position.seq, asked.get(position.stream) ?? 0));

  let heads: Map<string, number>;
  try {
    heads = asked.size === 0 ? new Map() : await tenantTx(ctx, (tx) => options.heads(tx, [...asked.keys()]));
  } catch (error) {
    await live.return?.();
    throw error;
  }
  // A stream the caller may not see (or that does not exist) is not resumed: its cursor says nothing back.
  const last = new Map<string, number>();
  for (const [stream, seq] of asked) if (heads.has(stream)) last.set(stream, seq);

  /** Stored events of the tracked streams after their last yielded seq (below `beforeSeq` when given), in seq order per stream. */
  async function* fill(positions: Map<string, number>, beforeSeq: number | null, mustReach: ReadonlyMap<string, number>): AsyncGenerator<PublishedEvent<P>> {
    const pending = new Map(positions);
    while (pending.size > 0) {
      const rows = await storedAfter<P>(ctx, options.type, pending, beforeSeq);
      for (const event of rows) {
        const at = last.get(event.stream) ?? 0;
        if (event.seq <= at) continue;
        if (event.seq !== at + 1) throw new StreamPositionExpiredError(at);
        last.set(event.stream, event.seq);
        pending.set(event.stream, event.seq);
        if (options.keep(event)) yield event;
      }
      if (rows.length < PAGE) break;
    }
    for (const [stream, target] of mustReach) {
      const at = last.get(stream) ?? 0;
      if (at < target) throw new StreamPositionExpiredError(at);
    }
  }

  async function* stream(): AsyncGenerator<PublishedEvent<P>> {
    try {
      if (last.size > 0) yield* fill(new Map(last), null, heads);
      for await (const event of live) {
        if (!options.keep(event)) continue;
        const at = last.get(event.stream);
        if (at !== undefined && event.seq <= at) continue;
        if (at !== undefined && event.seq > at + 1) {
          yield* fill(new Map([[event.stream, at]]), event.seq, new Map([[event.stream, event.seq - 1]]));
        }
        last.set(event.stream, event.seq);
        yield event;
      }
    } finally {
      await live.return?.();
    }
  }
  return stream();
}
