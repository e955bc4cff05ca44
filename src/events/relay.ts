import type pg from 'pg';
import type { Logger } from '../observability/logger.js';
import { eventChannel, type PublishedEvent } from './outbox.js';
import type { PubSub } from './pubsub.js';

interface OutboxRow {
  position: string;
  id: string;
  tenant_id: string;
  stream: string;
  seq: string;
  type: string;
  payload: unknown;
  created_at: Date;
}

const BATCH = 200;
const LEASE = '30 seconds';
const GATHER_MS = 5;

/**
 * Publishes committed outbox rows to PubSub, at least once, in outbox order. Any instance
 * may run it: rows are leased with SKIP LOCKED, and acknowledged after publishing.
 * A commit nudges it; a timer catches whatever a crashed instance left behind.
 */
export class OutboxRelay {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;

  constructor(
    private readonly sql: pg.Pool,
    private readonly pubsub: PubSub,
    private readonly logger: Logger,
    private readonly pollMs: number,
  ) {}

  start(): void {
    this.timer = setInterval(() => this.nudge(), this.pollMs);
    this.timer.unref();
    this.nudge();
  }

  nudge(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    // A short wait gathers the commits of a busy moment into one claim and one publish batch.
    this.running = new Promise((resolve) => setTimeout(resolve, GATHER_MS))
      .then(() => this.drain())
      .catch((error: unknown) => this.logger.error({ err: error }, 'outbox relay failed'))
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.nudge();
        }
      });
  }

  private async drain(): Promise<void> {
    for (;;) {
      const { rows } = await this.sql.query<OutboxRow>('select * from outbox_claim($1, $2::interval)', [BATCH, LEASE]);
      if (rows.length === 0) return;
      rows.sort((a, b) => Number(a.position) - Number(b.position));
      // Issued together, in order, over one connection: delivered in outbox order.
      const published: Promise<void>[] = [];
      for (const row of rows) {
        const event: PublishedEvent = {
          id: row.id,
          tenantId: row.tenant_id,
          stream: row.stream,
          seq: Number(row.seq),
          type: row.type,
          payload: row.payload,
          occurredAt: new Date(row.created_at).toISOString(),
        };
        published.push(this.pubsub.publish(eventChannel(event.tenantId, event.type), event));
      }
      await Promise.all(published);
      await this.sql.query('select outbox_ack($1::bigint[])', [rows.map((r) => r.position)]);
      if (rows.length < BATCH) return;
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }
}
