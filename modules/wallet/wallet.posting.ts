import type { Services, TenantRef, TenantTx } from '../../src/context.js';
import type { AccountSelector, Outcome, SqlPosting } from './wallet.ledger.js';

/** One idempotent transfer request as SQL `ledger_post_transfers` takes it. */
export interface TransferRequest {
  key: string;
  /** Content hash of the request: the same key with another hash is IDEMPOTENCY_CONFLICT. */
  hash: string;
  code: string;
  reference: string | null;
  metadata: Record<string, unknown>;
  createdBy: string;
  /** Ids for the transaction and its entries (from then to of each transfer), made here so they sort in posting order. */
  transactionId: string;
  entryIds: string[];
  transfers: { from: AccountSelector; to: AccountSelector; amount: string }[];
}

/** What SQL answers for one request. */
export type TransferAnswer =
  | { conflict: true }
  | { replay: true; outcome: Outcome<{ transactionId: string }> }
  | { invalid: { error: { code: 'CURRENCY_REQUIRED' | 'SAME_ACCOUNT' }; transfer: number; end: 'from' | 'to' } }
  | { outcome: Outcome<{ transactionId: string }>; posting: SqlPosting }
  | { outcome: Outcome<{ transactionId: string }> };

interface Waiting {
  request: TransferRequest;
  resolve: (answer: TransferAnswer) => void;
  reject: (error: unknown) => void;
}

interface TenantQueue {
  tenant: TenantRef;
  waiting: Waiting[];
  inFlight: number;
}

/** Requests of one tenant posted by one SQL call, at most. */
const MAX_BATCH = 200;
/** SQL calls in flight per tenant: while they run, new requests gather into the next batch. */
const MAX_IN_FLIGHT = 2;

/**
 * Group commit for transfers. Concurrent requests of a tenant are posted together by one
 * call of `ledger_post_transfers`: one round trip, one commit, and the house account locked
 * once per batch rather than once per bet. Under light load a batch is a single request and
 * nothing waits; under heavy load requests gather while the previous batches commit.
 *
 * A batch commits all its requests or none. A request whose key is already in the batch
 * waits for the next one (its answer is then the first one's replay). If a batch fails as a
 * whole (a database error), each request is retried alone, so one bad request fails alone.
 */
export class TransferPoster {
  private readonly queues = new Map<string, TenantQueue>();

  constructor(
    private readonly services: Pick<Services, 'sql' | 'relay' | 'config'>,
  ) {}

  post(tenant: TenantRef, request: TransferRequest): Promise<TransferAnswer> {
    let queue = this.queues.get(tenant.id);
    if (!queue) {
      queue = { tenant, waiting: [], inFlight: 0 };
      this.queues.set(tenant.id, queue);
    }
    queue.tenant = tenant;
    const answer = new Promise<TransferAnswer>((resolve, reject) => queue.waiting.push({ request, resolve, reject }));
    // Let the requests that arrived in the same turn of the event loop join the batch.
    if (queue.inFlight < MAX_IN_FLIGHT && queue.waiting.length === 1) setImmediate(() => this.flush(queue));
    return answer;
  }

  private flush(queue: TenantQueue): void {
    if (queue.inFlight >= MAX_IN_FLIGHT || queue.waiting.length === 0) return;
    const batch: Waiting[] = [];
    const keys = new Set<string>();
    const later: Waiting[] = [];
    for (const waiting of queue.waiting) {
      if (batch.length < MAX_BATCH && !keys.has(waiting.request.key)) {
        keys.add(waiting.request.key);
        batch.push(waiting);
      } else {
        later.push(waiting);
      }
    }
    queue.waiting = later;
    queue.inFlight += 1;
    void this.run(queue.tenant, batch).finally(() => {
      queue.inFlight -= 1;
      if (queue.waiting.length > 0) this.flush(queue);
      else if (queue.inFlight === 0) this.queues.delete(queue.tenant.id);
    });
  }

  private async run(tenant: TenantRef, batch: Waiting[]): Promise<void> {
    try {
      const answers = await this.call(tenant, batch.map((w) => w.request));
      batch.forEach((waiting, i) => waiting.resolve(answers[i]!));
      this.services.relay.nudge();
    } catch (error) {
      if (batch.length === 1) {
        batch[0]!.reject(error);
        return;
      }
      for (const waiting of batch) await this.run(tenant, [waiting]);
    }
  }

  private async call(tenant: TenantRef, requests: TransferRequest[]): Promise<TransferAnswer[]> {
    const { rows } = await this.services.sql.query<{ answers: TransferAnswer[] }>({
      // Named: each connection parses and plans it once.
      name: 'ledger_post_transfers',
      text: 'select ledger_post_transfers($1, $2, $3, $4) as answers',
      values: [tenant.id, this.services.config.walletHouseStripes, tenant.currencies, JSON.stringify(requests)],
    });
    return rows[0]!.answers;
  }
}

const posters = new WeakMap<Services, TransferPoster>();

/** The instance's poster. */
export function transferPosterOf(services: Services): TransferPoster {
  let poster = posters.get(services);
  if (!poster) {
    poster = new TransferPoster(services);
    posters.set(services, poster);
  }
  return poster;
}

/**
 * Posts one request inside the caller's tenant transaction (no batching), for postings that
 * must commit together with other work of that transaction (a deposit and its
 * responsible-gambling count).
 */
export async function postTransferInTx(tx: TenantTx, stripes: number, currencies: string[], request: TransferRequest): Promise<TransferAnswer> {
  const [row] = await tx.em.execute<{ answers: TransferAnswer[] }[]>(`select ledger_post_transfers(?, ?, ?::text[], ?::jsonb) as answers`, [
    tx.tenantId,
    stripes,
    // A Postgres array literal: knex would spread a JS array into a list. Codes are [A-Z]{3}.
    `{${currencies.join(',')}}`,
    JSON.stringify([request]),
  ]);
  tx.outboxWritten();
  return row!.answers[0]!;
}
