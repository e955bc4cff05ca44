/** The seamless wallet for game aggregators: what other modules may use. */
export { createGameSession, DEFAULT_SESSION_TTL_SECONDS } from './seamless.service.js';
export { seamlessRoutes } from './seamless.http.js';
export { awardFreeBets, type FreeBetAward } from './seamless.freebets.js';
export { FreeBetAwardError, type FreeBetAwardFailure } from './seamless.errors.js';
export type { Dialect, Command, CallbackResult, CallbackError } from './dialects/dialect.js';
