import { unwrapResolverError } from '@apollo/server/errors';
import { PothosValidationError } from '@pothos/core';
import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import { AppError, UnavailableError } from '../errors.js';
import { outageErrorOf } from '../db/outage.js';
import type { Locale } from '../i18n.js';

/** Codes of failures the client caused, kept as they are; anything unknown is masked. */
const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  // GraphQL hardening (docs/security.md): query limits, trusted documents, rate limits.
  'DEPTH_LIMIT_EXCEEDED',
  'COST_LIMIT_EXCEEDED',
  'ALIAS_LIMIT_EXCEEDED',
  'DIRECTIVE_LIMIT_EXCEEDED',
  'TRUSTED_DOCUMENT_REQUIRED',
  'RATE_LIMITED',
  // Not the client's fault, but expected and retryable (src/db/outage.ts).
  'UNAVAILABLE',
]);

/**
 * The AppError behind a GraphQL error, however deeply wrapped; a database outage or timeout
 * reads as UnavailableError (src/db/outage.ts), so the client gets UNAVAILABLE, not a mask.
 */
export function appErrorOf(error: unknown): AppError | undefined {
  let current: unknown = unwrapResolverError(error);
  for (let depth = 0; current && depth < 5; depth += 1) {
    if (current instanceof AppError) return current;
    current = (current as { originalError?: unknown }).originalError;
  }
  return outageErrorOf(unwrapResolverError(error));
}

/** The code a client sees for an error: the AppError's, a client-fault code, or INTERNAL_SERVER_ERROR. */
export function clientCodeOf(error: unknown, formattedCode?: unknown): string {
  const original = appErrorOf(error);
  if (original) return original.code;
  // Pothos reports input it cannot map (a malformed or wrongly typed global ID) this way.
  if (unwrapResolverError(error) instanceof PothosValidationError) return 'BAD_USER_INPUT';
  const code = formattedCode ?? (error as { extensions?: { code?: unknown } }).extensions?.code;
  if (typeof code === 'string' && CLIENT_CODES.has(code)) return code;
  // Apollo refuses some requests with a bare GraphQLError that only carries a 4xx status (a
  // persisted-query extension of an unknown version, or whose hash is not the query's); Apollo
  // itself labels those INTERNAL_SERVER_ERROR in the formatted error.
  if (isClientStatus(error)) return 'BAD_REQUEST';
  return 'INTERNAL_SERVER_ERROR';
}

/** A GraphQLError raised by Apollo itself (no error behind it) with a 4xx HTTP status. */
function isClientStatus(error: unknown): boolean {
  const raised = error as { originalError?: unknown; extensions?: { code?: unknown; http?: { status?: unknown } } };
  const status = raised.extensions?.http?.status;
  return !raised.originalError && raised.extensions?.code === undefined && typeof status === 'number' && status >= 400 && status < 500;
}

/**
 * What the client receives for an error, over HTTP and WebSocket alike: expected failures
 * with their code, anything unexpected masked (no message, stack or SQL) and reported.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  report: (error: unknown) => void,
): GraphQLFormattedError {
  const code = clientCodeOf(error, formatted.extensions?.['code']);
  if (code !== 'INTERNAL_SERVER_ERROR') {
    // Apollo prefixes failures of the context function; the client only needs the reason.
    let message = formatted.message.replace(/^Context creation failed: /, '');
    const original = appErrorOf(error);
    if (original instanceof UnavailableError) {
      // A driver's message (addresses, SQL) never reaches the client, even where nothing localised it.
      if (!Object.values(original.text).includes(message)) message = original.text.en;
      return { ...formatted, message, extensions: { ...formatted.extensions, code, reason: original.reason, retryAfter: original.retryAfter } };
    }
    return { ...formatted, message, extensions: { ...formatted.extensions, code } };
  }
  report(unwrapResolverError(error));
  return {
    message: 'Internal server error',
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/** Puts AppError messages in the caller's language (the error object is not yet sent). */
export function localizeError(error: GraphQLError, locale: Locale): void {
  const original = appErrorOf(error);
  if (original) (error as { message: string }).message = original.localized(locale);
}
