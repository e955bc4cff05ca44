import type { ApolloServerPlugin } from '@apollo/server';
import { UnavailableError } from '../errors.js';
import { appErrorOf } from './format-error.js';

/**
 * Over HTTP, an operation that failed because the database is unavailable (src/db/outage.ts)
 * answers 503 with Retry-After, like a failed context does: a client or load balancer retries
 * later instead of reading a 200. Apollo takes status and headers from `extensions.http`.
 */
export function unavailablePlugin<C extends object>(): ApolloServerPlugin<C> {
  return {
    requestDidStart: async () => ({
      didEncounterErrors: async ({ errors }) => {
        for (const error of errors) {
          const original = appErrorOf(error);
          if (original instanceof UnavailableError) (error.extensions as Record<string, unknown>)['http'] = original.http();
        }
      },
    }),
  };
}
