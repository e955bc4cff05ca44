import { pino } from 'pino';

export type Logger = pino.Logger;

/** Paths whose values never reach a log line, wherever they appear in a logged object. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'headers.authorization',
  'headers.cookie',
  'headers["x-api-key"]',
  '*.password',
  '*.refreshToken',
  '*.accessToken',
  '*.apiKey',
  '*.secret',
  'variables.*.password',
  'variables.*.refreshToken',
  'variables.password',
  'variables.refreshToken',
];

export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'croupier' },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
  });
}
