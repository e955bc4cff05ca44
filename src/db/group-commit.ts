/** One queued request and the promise that waits for its answer. */
interface Waiting<Request, Answer> {
  request: Request;
  resolve: (answer: Answer) => void;
  reject: (error: unknown) => void;
}

interface Queue<Scope, Request, Answer> {
  scope: Scope;
  waiting: Waiting<Request, Answer>[];
  inFlight: number;
}

export interface GroupCommitOptions<Scope, Request, Answer> {
  /** Requests answered by one call, at most. */
  maxBatch: number;
  /** Calls in flight per queue: while they run, new requests gather into the next batch. */
  maxInFlight: number;
  /** Answers a batch, in order, as one unit of work (one SQL statement, one commit). */
  call(scope: Scope, requests: Request[]): Promise<Answer[]>;
  /**
   * A request whose key is already in the batch being formed waits for the next one (say an
   * idempotency key: the later copy is then answered as a replay of the first).
   */
  keyOf?: (request: Request) => string;
  /** After a batch committed (nudge the outbox relay). */
  afterBatch?: () => void;
}

/**
 * Group commit. Requests that share a queue (a tenant, an aggregator) are answered together
 * by one call: one round trip and one commit for many, and a hot row locked once per batch.
 * Under light load a batch is one request and nothing waits (it leaves on the next turn of
 * the event loop); under load requests gather while the previous batches run.
 *
 * A batch succeeds or fails as a whole. When it fails (a database error, a key raced by
 * another transaction), each of its requests is tried alone, so one bad request fails alone.
 */
export class GroupCommit<Scope, Request, Answer> {
  private readonly queues = new Map<string, Queue<Scope, Request, Answer>>();

  constructor(private readonly options: GroupCommitOptions<Scope, Request, Answer>) {}

  /** Queues `request` under `queueKey`; `scope` (the latest given) is what the call runs for. */
  submit(queueKey: string, scope: Scope, request: Request): Promise<Answer> {
    let queue = this.queues.get(queueKey);
    if (!queue) {
      queue = { scope, waiting: [], inFlight: 0 };
      this.queues.set(queueKey, queue);
    }
    queue.scope = scope;
    const target = queue;
    const answer = new Promise<Answer>((resolve, reject) => target.waiting.push({ request, resolve, reject }));
    // Let the requests that arrive in the same turn of the event loop join the batch.
    if (target.inFlight < this.options.maxInFlight && target.waiting.length === 1) setImmediate(() => this.flush(queueKey, target));
    return answer;
  }

  private flush(queueKey: string, queue: Queue<Scope, Request, Answer>): void {
    if (queue.inFlight >= this.options.maxInFlight || queue.waiting.length === 0) return;
    const batch: Waiting<Request, Answer>[] = [];
    const later: Waiting<Request, Answer>[] = [];
    const keys = new Set<string>();
    for (const waiting of queue.waiting) {
      const key = this.options.keyOf?.(waiting.request);
      if (batch.length < this.options.maxBatch && (key === undefined || !keys.has(key))) {
        if (key !== undefined) keys.add(key);
        batch.push(waiting);
      } else {
        later.push(waiting);
      }
    }
    queue.waiting = later;
    queue.inFlight += 1;
    void this.run(queue.scope, batch).finally(() => {
      queue.inFlight -= 1;
      if (queue.waiting.length > 0) this.flush(queueKey, queue);
      else if (queue.inFlight === 0) this.queues.delete(queueKey);
    });
  }

  private async run(scope: Scope, batch: Waiting<Request, Answer>[]): Promise<void> {
    try {
      const answers = await this.options.call(scope, batch.map((w) => w.request));
      batch.forEach((waiting, i) => waiting.resolve(answers[i]!));
      this.options.afterBatch?.();
    } catch (error) {
      if (batch.length === 1) {
        batch[0]!.reject(error);
        return;
      }
      for (const waiting of batch) await this.run(scope, [waiting]);
    }
  }
}
