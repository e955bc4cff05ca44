import { pino } from 'pino';
import { CENSOR, REDACT_PATHS, errSerializer, redactLogObject, scrubLine } from './redact.js';
import { isTracing, traceIdsOfActiveSpan } from './tracing.js';

export type Logger = pino.Logger;

/** Paths whose values never reach a log line (pino `redact`); see redact.ts for the other layers. */
export const REDACTED_PATHS = REDACT_PATHS;

/**
 * The process logger: pino JSON lines with `service: croupier`, secret-safe (redact.ts):
 * pino `redact` paths; secret keys masked at any depth (`formatters.log`, `formatters.bindings`,
 * and `serializers.err` for errors); every string of the finished line scrubbed by pattern
 * (`hooks.streamWrite`). `destination` defaults to stdout; tests pass an in-memory stream.
 * When tracing is on as the logger is made, a line written inside a span carries its
 * `trace_id` and `span_id`; a logger made while tracing is off has no mixin at all.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { service: 'croupier' },
    redact: { paths: REDACTED_PATHS, censor: CENSOR },
    serializers: { err: errSerializer },
    formatters: {
      log: redactLogObject,
      bindings: redactLogObject,
    },
    hooks: { streamWrite: scrubLine },
    ...(isTracing() ? { mixin: traceIdsOfActiveSpan } : {}),
  };
  return destination ? pino(options, destination) : pino(options);
}
