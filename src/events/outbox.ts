import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '../ids.js';

/** What a subscriber receives: the event with its stream's sequence number. */
export interface PublishedEvent<P = unknown> {
  id: string;
  tenantId: string;
  stream: string;
  seq: number;
  type: string;
  payload: P;
  occurredAt: string;
}

/** The PubSub channel of one event type within one tenant. */
export function eventChannel(tenantId: string, type: string): string {
  return `t:${tenantId}:${type}`;
}

/**
 * Writes an event to the outbox inside the caller's tenant transaction. The stream's
 * sequence row is locked by the upsert, so events of one stream get gap-free numbers in
 * commit order; a rolled-back transaction leaves neither the event nor the number.
 * A stream that keeps its own counter under a row lock it already holds (a ledger
 * account's `last_seq`) passes `seq` and skips the shared sequence row.
 */
export async function writeOutboxEvent(
  em: EntityManager,
  event: { tenantId: string; stream: string; type: string; payload: unknown; seq?: number },
): Promise<number> {
  let seq = event.seq;
  if (seq === undefined) {
    const rows = await em.execute<{ last_seq: string }[]>(
      `insert into stream_sequence (tenant_id, stream, last_seq) values (?, ?, 1)
       on conflict (tenant_id, stream) do update set last_seq = stream_sequence.last_seq + 1
       returning last_seq`,
      [event.tenantId, event.stream],
    );
    seq = Number(rows[0]!.last_seq);
  }
  await em.execute(
    `insert into outbox_event (id, tenant_id, stream, seq, type, payload) values (?, ?, ?, ?, ?, ?::jsonb)`,
    [newId(), event.tenantId, event.stream, seq, event.type, JSON.stringify(event.payload)],
  );
  return seq;
}
