import { isRaceLost } from './races.js';

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
  /**
   * Whether a request that failed alone is tried again (at most `retries` times): by default
   * on a unique violation, a deadlock or a serialization failure (`isRaceLost`).
   */
  retryable?: (error: unknown) => boolean;
  /** Tries of a request that failed alone with a retryable error; default 3. */
  retries?: number;
  /** Told of every failed call (the batch's size), before its requests are tried again or rejected: to log it. */
  onFailure?: (error: unknown, batchSize: number) => void;
}

/**
 * Group commit. Requests that share a queue (a tenant, an aggregator) are answered together
 * by one call: one round trip and one commit for many, and a hot row locked once per batch.
 * Under light load a batch is one request and nothing waits (it leaves on the next turn of
 * the event loop); under load requests gather while the previous batches run.
 *
 * A batch succeeds or fails as a whole. When it fails (a database error, a key raced by
 * another transaction), each of its requests is tried alone, so one bad request fails alone.
 * A request that fails alone because its transaction lost a race (`isRaceLost`: say a copy of
 * it, same idempotency key, in a batch that committed first) is tried again, a few times, so
 * it gets the answer the winner left (a replay) instead of the database's error.
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

  private async run(scope: Scope, batch: Waiting<Request, Answer>[], tries = 0): Promise<void> {
    try {
      const answers = await this.options.call(scope, batch.map((w) => w.request));
      batch.forEach((waiting, i) => waiting.resolve(answers[i]!));
      this.options.afterBatch?.();
    } catch (error) {
      this.options.onFailure?.(error, batch.length);
      if (batch.length === 1) {
        const retryable = this.options.retryable ?? isRaceLost;
        if (tries < (this.options.retries ?? 3) && retryable(error)) await this.run(scope, batch, tries + 1);
        else batch[0]!.reject(error);
        return;
      }
      for (const waiting of batch) await this.run(scope, [waiting]);
    }
  }
}
