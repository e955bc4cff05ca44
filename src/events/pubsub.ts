import { EventEmitter, on } from 'node:events';
import { Redis } from 'ioredis';

/**
 * Fan-out of published events to subscribers. In-process when there is one instance;
 * over Redis pub/sub so every instance sees every event when REDIS_URL is set.
 * Both deliver through a local emitter; Redis only bridges instances.
 */
export interface PubSub {
  publish(channel: string, message: unknown): Promise<void>;
  subscribe<T>(channel: string): AsyncIterableIterator<T>;
  /**
   * Whether a publish now would reach this instance's subscribers. Redis keeps no message for
   * a subscriber that is not connected, so while Redis restarts the outbox relay waits for this
   * instead of publishing events that would be lost.
   */
  isReady(): boolean;
  close(): Promise<void>;
}

function localIterator<T>(emitter: EventEmitter, channel: string, onDone: () => void): AsyncIterableIterator<T> {
  const controller = new AbortController();
  const events = on(emitter, channel, { signal: controller.signal });
  const finish = () => {
    if (controller.signal.aborted) return;
    controller.abort();
    onDone();
  };
  const iterator: AsyncIterableIterator<T> = {
    async next() {
      try {
        const result = await events.next();
        if (result.done) return { done: true, value: undefined };
        return { done: false, value: (result.value as unknown[])[0] as T };
      } catch (error) {
        if (controller.signal.aborted) return { done: true, value: undefined };
        throw error;
      }
    },
    async return() {
      finish();
      return { done: true, value: undefined };
    },
    async throw(error) {
      finish();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}

export class InProcessPubSub implements PubSub {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  async publish(channel: string, message: unknown): Promise<void> {
    this.emitter.emit(channel, message);
  }

  subscribe<T>(channel: string): AsyncIterableIterator<T> {
    return localIterator<T>(this.emitter, channel, () => undefined);
  }

  isReady(): boolean {
    return true;
  }

  async close(): Promise<void> {
    this.emitter.removeAllListeners();
  }
}

export class RedisPubSub implements PubSub {
  private readonly emitter = new EventEmitter().setMaxListeners(0);
  private readonly publisher: Redis;
  private readonly subscriber: Redis;

  constructor(url: string) {
    // Auto-pipelining sends the commands of one event-loop turn in one write: the relay publishes a batch at once.
    this.publisher = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 3, enableAutoPipelining: true });
    // Re-subscribes to its channels by itself after a reconnect (ioredis autoResubscribe).
    this.subscriber = new Redis(url, { lazyConnect: false });
    // Connection errors are retried by ioredis; the outbox relay and /readyz report the outage.
    this.subscriber.on('error', () => undefined);
    this.publisher.on('error', () => undefined);
    this.subscriber.on('message', (channel: string, raw: string) => {
      this.emitter.emit(channel, JSON.parse(raw));
    });
  }

  async publish(channel: string, message: unknown): Promise<void> {
    await this.publisher.publish(channel, JSON.stringify(message));
  }

  subscribe<T>(channel: string): AsyncIterableIterator<T> {
    if (this.emitter.listenerCount(channel) === 0) void this.subscriber.subscribe(channel);
    return localIterator<T>(this.emitter, channel, () => {
      if (this.emitter.listenerCount(channel) === 0) void this.subscriber.unsubscribe(channel).catch(() => undefined);
    });
  }

  isReady(): boolean {
    return this.publisher.status === 'ready' && this.subscriber.status === 'ready';
  }

  async ping(): Promise<boolean> {
    return (await this.publisher.ping()) === 'PONG';
  }

  async close(): Promise<void> {
    this.emitter.removeAllListeners();
    this.subscriber.disconnect();
    await this.publisher.quit().catch(() => undefined);
  }
}
