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
const LEASE_MS = 30_000;
const LEASE = `${LEASE_MS} milliseconds`;
const GATHER_MS = 5;

/** A claimed batch and when (by this process's clock, after the database's) its lease began. */
interface Claimed {
  rows: OutboxRow[];
  claimedAt: number;
}

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
  /** A batch whose publishing failed: tried again first while its lease lasts, so order holds. */
  private unpublished: Claimed | undefined;
  private failing = false;

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
      .then(() => {
        if (this.failing) this.logger.info('outbox relay recovered');
        this.failing = false;
      })
      .catch((error: unknown) => {
        // Once per outage: a down Redis or database would otherwise log every tick.
        if (!this.failing) this.logger.error({ err: error }, 'outbox relay failed');
        this.failing = true;
      })
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
      const batch = await this.nextBatch();
      if (!batch) return;
      const { rows } = batch;
      if (!this.pubsub.isReady()) {
        this.unpublished = batch;
        throw new Error('pubsub is not connected (Redis down?): events are kept in the outbox');
      }
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
      try {
        await Promise.all(published);
      } catch (error) {
        this.unpublished = batch;
        throw error;
      }
      this.unpublished = undefined;
      await this.sql.query('select outbox_ack($1::bigint[])', [rows.map((r) => r.position)]);
      if (rows.length < BATCH) return;
    }
  }

  /**
   * The batch that failed to publish while its lease holds (nobody else can claim it, and newer
   * rows must not overtake it), else a fresh claim; undefined when nothing is waiting. Once the
   * lease has run out, the rows are claimable again and a fresh claim returns them first.
   */
  private async nextBatch(): Promise<Claimed | undefined> {
    if (this.unpublished && Date.now() - this.unpublished.claimedAt < LEASE_MS) return this.unpublished;
    this.unpublished = undefined;
    const { rows } = await this.sql.query<OutboxRow>('select * from outbox_claim($1, $2::interval)', [BATCH, LEASE]);
    if (rows.length === 0) return undefined;
    rows.sort((a, b) => Number(a.position) - Number(b.position));
    return { rows, claimedAt: Date.now() };
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }
}
