import { randomUUID } from 'node:crypto';
import { GraphQLClient } from 'graphql-request';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { inject } from 'vitest';
import type { DestinationStream } from 'pino';
import { appUrlFrom, loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/observability/logger.js';
import { createPlatform, type Platform, type PlatformOptions } from '../../src/platform.js';
import { getSdk } from '../sdk.js';
import { TEST_APP_PASSWORD } from '../setup/database.js';
import { TENANT_WIDE_JOBS_OFF } from './test-env.js';

export type Sdk = ReturnType<typeof getSdk>;

export interface TestServer {
  platform: Platform;
  url: string;
  graphqlUrl: string;
  /** The typed SDK with the given headers (x-tenant, authorization, x-api-key, ...). */
  sdk(headers?: Record<string, string>): Sdk;
  /** A graphql-ws client on the same port and path. */
  ws(connectionParams?: Record<string, string>): Client;
  close(): Promise<void>;
}

export interface StartServerOptions {
  /** false: no Redis (in-process PubSub). */
  redis?: boolean;
  /** The server's log level; default TEST_LOG_LEVEL, else silent. */
  logLevel?: string;
  /** Where the server's JSON log lines go instead of stdout (e.g. an in-memory stream). */
  logStream?: DestinationStream;
  /** Configuration variables set on top of the test defaults (e.g. GRAPHQL_MAX_DEPTH). */
  env?: Record<string, string>;
  /** Another migrated database than this run's (the owner's URL). */
  databaseUrl?: string;
  /** Job kinds of the test beside the platform's (their queues installed with installJobQueue). */
  extraJobs?: PlatformOptions['extraJobs'];
}

/** Starts a real API instance on a free port, against this run's database and real Redis. */
export async function startServer(options: StartServerOptions = {}): Promise<TestServer> {
  const databaseUrl = options.databaseUrl ?? inject('databaseUrl');
  const config = loadConfig({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    DATABASE_URL: databaseUrl,
    DATABASE_APP_PASSWORD: TEST_APP_PASSWORD,
    DATABASE_POOL_MAX: '10',
    LOG_LEVEL: options.logLevel ?? process.env.TEST_LOG_LEVEL ?? 'silent',
    OUTBOX_POLL_MS: '100',
    GRAPHIQL: 'true',
    ...(options.redis === false ? {} : { REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' }),
    // Rate-limit counters of their own: test files run in parallel from one address, and
    // Redis keeps counters across runs.
    RATE_LIMIT_KEY_PREFIX: `croupier-test:${randomUUID()}`,
    ...TENANT_WIDE_JOBS_OFF,
    ...options.env,
  });
  const platform = await createPlatform(config, appUrlFrom(databaseUrl, TEST_APP_PASSWORD), createLogger(config.logLevel, options.logStream), { extraJobs: options.extraJobs ?? [] });
  const url = await platform.listen();
  const graphqlUrl = `${url}/graphql`;
  const sockets: Client[] = [];
  return {
    platform,
    url,
    graphqlUrl,
    sdk: (headers = {}) => getSdk(new GraphQLClient(graphqlUrl, { headers })),
    ws: (connectionParams = {}) => {
      const client = createClient({
        url: graphqlUrl.replace(/^http/, 'ws'),
        webSocketImpl: WebSocket,
        connectionParams,
        retryAttempts: 0,
        lazy: false,
        // Connection failures reach each subscription's error handler; no console noise.
        onNonLazyError: () => undefined,
      });
      sockets.push(client);
      return client;
    },
    close: async () => {
      await Promise.all(sockets.map((s) => s.dispose()));
      await platform.close();
    },
  };
}

export function uniqueSlug(prefix = 't'): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

export { PRODUCTION_EMAIL_ENV } from './production-env.js';
