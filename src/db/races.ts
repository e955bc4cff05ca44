/**
 * PostgreSQL errors by which a transaction lost a race rather than met bad input: a unique
 * violation (a concurrent transaction committed the same idempotency key first), a deadlock,
 * a serialization failure. Tried again, the request sees the winner's commit: a key posted
 * meanwhile then answers as a replay, as the idempotency contract promises.
 */
const RACE_LOST = new Set(['23505', '40P01', '40001']);

export function isRaceLost(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && RACE_LOST.has(code);
}

/**
 * Runs `work` (one whole database transaction) again when its transaction lost a race
 * (`isRaceLost`), at most `tries` times in all: the same rule as a group commit's lone request,
 * for the paths that post in a transaction of their own.
 */
export async function retryRaceLost<T>(work: () => Promise<T>, onRetry?: (error: unknown) => void, tries = 4): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= tries || !isRaceLost(error)) throw error;
      onRetry?.(error);
    }
  }
}
