import cors, { type FastifyCorsOptions } from '@fastify/cors';
import type { FastifyInstance } from 'fastify';
import type { Services } from './context.js';

export const GRAPHQL_PATH = '/graphql';

/** Every request header the API reads from a browser (credentials, tenant, language, CSRF). */
export const CORS_ALLOWED_HEADERS = [
  'content-type',
  'authorization',
  'x-api-key',
  'x-tenant',
  'accept-language',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  // The device fingerprint a bonus claim carries as an abuse signal (docs/bonus.md).
  'x-device-fingerprint',
] as const;

/**
 * How long a browser may reuse a preflight's answer, in seconds: Chromium's cap (Firefox
 * allows a day). A removed origin stays preflighted that long, but its responses lose
 * Access-Control-Allow-Origin at once, so the browser still withholds them.
 */
export const CORS_MAX_AGE_SECONDS = 7200;

export interface OriginPolicy {
  production: boolean;
  /** CORS_ALLOWED_ORIGINS, as `URL.origin` writes them. */
  configured: ReadonlySet<string>;
  /** Whether a host name is one of a tenant's domains. */
  isTenantDomain(host: string): Promise<boolean>;
}

/**
 * Whether a browser on `origin` may read the API's answers: one of the configured origins,
 * or a tenant's domain over https (and over http outside production), on any port. A
 * missing, opaque (`null`) or malformed origin is refused.
 */
export async function isAllowedOrigin(origin: string | undefined, policy: OriginPolicy): Promise<boolean> {
  if (!origin) return false;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.origin !== origin.toLowerCase()) return false;
  if (policy.configured.has(url.origin)) return true;
  const secure = url.protocol === 'https:' || (url.protocol === 'http:' && !policy.production);
  return secure && (await policy.isTenantDomain(url.hostname));
}

/**
 * Registers CORS on `scope`, the encapsulated context that holds /graphql, so the partners'
 * server-to-server routes (payment webhooks, seamless callbacks) get none. Preflights are
 * answered here, before authentication: 204 with the CORS headers for an allowed origin,
 * 204 without them for any other (the browser then blocks the call; never 400 or 500).
 */
export async function registerCors(scope: FastifyInstance, services: Services): Promise<void> {
  const policy: OriginPolicy = {
    production: services.config.env === 'production',
    configured: new Set(services.config.corsAllowedOrigins),
    isTenantDomain: async (host) => (await services.tenants.byDomain(services, host)) !== null,
  };
  const options: FastifyCorsOptions = {
    // An allowed origin is reflected; for any other, an empty list of allowed origins: the
    // plugin still answers the preflight but writes no Access-Control-Allow-Origin. (`false`
    // would hand the preflight to Apollo, which answers OPTIONS with 400.)
    origin: (origin, callback) => {
      if (origin === undefined) return callback(null, false);
      isAllowedOrigin(origin, policy).then(
        (allowed) => callback(null, allowed ? true : []),
        (error: unknown) => {
          services.logger.error({ err: error }, 'CORS origin check failed; origin refused');
          callback(null, []);
        },
      );
    },
    methods: ['GET', 'POST'],
    allowedHeaders: [...CORS_ALLOWED_HEADERS],
    // Retry-After comes with RATE_LIMITED (429); a frontend needs it to back off.
    exposedHeaders: ['retry-after'],
    // Bearer tokens and API keys travel in headers, never in cookies.
    credentials: false,
    maxAge: CORS_MAX_AGE_SECONDS,
  };
  // The plugin also routes OPTIONS on every other path (`*`) through this scope: those
  // (webhooks, callbacks) get no CORS, and a 404 as before.
  await scope.register(cors, {
    delegator: (request, callback) => callback(null, request.routeOptions.url === GRAPHQL_PATH ? options : { origin: false }),
  });
}
