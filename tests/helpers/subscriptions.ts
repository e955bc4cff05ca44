import type { Client } from 'graphql-ws';

/**
 * Subscribes and collects what arrives. `ready` resolves once the server has accepted the
 * subscription (so events caused afterwards are delivered); `next(ms)` waits for one.
 */
export function collect<T>(client: Client, query: string, variables?: Record<string, unknown>) {
  const received: T[] = [];
  const errors: unknown[] = [];
  const waiters: (() => void)[] = [];
  const unsubscribe = client.subscribe<T>(
    variables ? { query, variables } : { query },
    {
      next: (value) => {
        if (value.errors) errors.push(...value.errors);
        if (value.data) received.push(value.data as T);
        waiters.splice(0).forEach((w) => w());
      },
      error: (error) => {
        errors.push(error);
        waiters.splice(0).forEach((w) => w());
      },
      complete: () => undefined,
    },
  );
  return {
    received,
    errors,
    unsubscribe,
    /** Waits until `count` payloads arrived, or fails after `ms`. */
    async waitFor(count: number, ms = 5000): Promise<T[]> {
      const deadline = Date.now() + ms;
      while (received.length < count) {
        if (errors.length) throw new Error(`subscription failed: ${JSON.stringify(errors)}`);
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`expected ${count} events, got ${received.length}`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          waiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
      return received;
    },
  };
}

/** Waits for graphql-ws to be connected and the subscription to reach the server's PubSub. */
export async function settle(ms = 300): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
}
