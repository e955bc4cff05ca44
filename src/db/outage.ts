import { AppError, UnavailableError, type UnavailableReason } from '../errors.js';

/**
 * Errors that mean "the database is not there right now", not "this request is wrong":
 * PostgreSQL down or restarting, a connection cut, no connection to be had in time, or a
 * statement cancelled by statement_timeout / lock_timeout. A timeout leaves the transaction
 * uncommitted; a connection cut during COMMIT may or may not have committed. Either way the
 * client may retry with the same idempotency key: a committed operation answers as a replay.
 */

/** Node socket errors of a connection that cannot be made or was cut. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/** SQLSTATEs of an unavailable server: 57P01-57P03 shutdown / crash / starting up, 53300 too many connections. */
const UNAVAILABLE_STATES = new Set(['57P01', '57P02', '57P03', '53300']);

/** SQLSTATEs of a statement stopped by a timeout: 57014 statement_timeout, 55P03 lock_timeout. */
const TIMEOUT_STATES = new Set(['57014', '55P03']);

/** Messages of node-postgres and knex (they carry no code) for a lost or unobtainable connection. */
const UNREACHABLE_MESSAGES = [
  /Connection terminated/i,
  /connection timeout/i,
  /Timeout acquiring a connection/i,
  /Client has encountered a connection error/i,
  /Client was closed and is not queryable/i,
  /Connection refused/i,
  // Knex, for a statement of a transaction whose connection was lost under it (the rollback
  // already happened). A bug (a statement after commit) would say the same, but fails every time.
  /Transaction query already complete/i,
];

function reasonOfOne(error: unknown): UnavailableReason | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const { code, name, message } = error as { code?: unknown; name?: unknown; message?: unknown };
  if (typeof code === 'string') {
    if (TIMEOUT_STATES.has(code)) return 'DATABASE_TIMEOUT';
    if (SOCKET_CODES.has(code) || UNAVAILABLE_STATES.has(code) || code.startsWith('08')) return 'DATABASE_UNREACHABLE';
  }
  if (name === 'KnexTimeoutError') return 'DATABASE_UNREACHABLE';
  if (typeof message === 'string' && UNREACHABLE_MESSAGES.some((pattern) => pattern.test(message))) return 'DATABASE_UNREACHABLE';
  return undefined;
}

/** Why the database failed this request, looking through wrappers (cause, originalError, AggregateError); undefined if it is not an outage. */
export function outageReasonOf(error: unknown): UnavailableReason | undefined {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0 && seen.size < 10) {
    const current = queue.shift();
    if (!current || typeof current !== 'object' || seen.has(current)) continue;
    seen.add(current);
    // An AppError is the request's own answer, whatever caused it.
    if (current instanceof AppError) return current instanceof UnavailableError ? current.reason : undefined;
    const reason = reasonOfOne(current);
    if (reason) return reason;
    const wrapper = current as { cause?: unknown; originalError?: unknown; errors?: unknown };
    queue.push(wrapper.originalError, wrapper.cause);
    if (Array.isArray(wrapper.errors)) queue.push(...(wrapper.errors as unknown[]));
  }
  return undefined;
}

/** The UnavailableError an outage error means, or undefined for any other error. */
export function outageErrorOf(error: unknown): UnavailableError | undefined {
  if (error instanceof UnavailableError) return error;
  const reason = outageReasonOf(error);
  return reason ? new UnavailableError(reason) : undefined;
}
