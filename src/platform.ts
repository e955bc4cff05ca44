import pg from 'pg';
import type { Config } from './config.js';
import type { Services } from './context.js';
import { connectionLimits, openOrm } from './db/orm.js';
import { InProcessPubSub, RedisPubSub, type PubSub } from './events/pubsub.js';
import { OutboxRelay } from './events/relay.js';
import { TokenService } from './auth/tokens.js';
import type { Logger } from './observability/logger.js';
import { authenticator, entities, httpRoutes, jobDefinitions, schema, scrapeGauges, tenantDirectory } from './modules.js';
import { registerScrapeGauges } from './observability/scrape.js';
import { outboxGauges } from './events/outbox-metrics.js';
import { JobQueue } from './jobs/queue.js';
import type { AnyJobDefinition } from './jobs/job.js';
import { createHttpServer, type HttpServer } from './server.js';
import { RateLimiter } from './rate-limit.js';
import { LookupCache } from './lookup-cache.js';
import { isAddressInUse, isPortFree, PortInUseError } from './ports.js';
import { startTracingFromConfig } from './observability/tracing.js';

export interface Platform {
  services: Services;
  http: HttpServer;
  /** Where it listens, once `listen` resolved. */
  url: string;
  listen(): Promise<string>;
  /** Graceful stop: refuse new work, drain HTTP and WebSocket, then close pools. */
  close(): Promise<void>;
}

/** Wires one API instance: database pool as the app role, PubSub, outbox relay, HTTP/WS server. */
export interface PlatformOptions {
  /** Job kinds beside the platform's own (tests: a job that records its runs). */
  extraJobs?: readonly AnyJobDefinition[];
}

export async function createPlatform(config: Config, appUrl: string, logger: Logger, options: PlatformOptions = {}): Promise<Platform> {
  // Before any pool opens: the instrumentations patch pg, ioredis and http (TRACING; once per process).
  await startTracingFromConfig(config.tracing, logger);
  const orm = await openOrm({ url: appUrl, entities, poolMax: config.database.poolMax, timeouts: config.databaseTimeouts });
  const sql = new pg.Pool({ connectionString: appUrl, max: 6, ...connectionLimits(config.databaseTimeouts) });
  sql.on('error', (error) => logger.error({ err: error }, 'idle database connection failed'));
  let pubsub: PubSub;
  let redisPing: (() => Promise<boolean>) | undefined;
  if (config.redisUrl) {
    const redis = new RedisPubSub(config.redisUrl);
    pubsub = redis;
    redisPing = () => redis.ping();
  } else {
    pubsub = new InProcessPubSub();
  }
  const relay = new OutboxRelay(sql, pubsub, logger, config.outboxPollMs);
  const jobs = new JobQueue(appUrl, [...jobDefinitions, ...(options.extraJobs ?? [])], logger.child({ component: 'jobs' }), {
    ...config.jobs,
    // Half the shutdown grace: the rest is for HTTP, the relay and the pools.
    stopTimeoutMs: Math.max(1000, config.shutdownGraceMs / 2),
  });
  const services: Services = {
    config,
    orm,
    sql,
    pubsub,
    relay,
    tokens: new TokenService(config.jwtSecret, config.accessTokenTtlSeconds),
    logger,
    authenticator,
    tenants: tenantDirectory,
    lookups: new LookupCache(pubsub, config.lookupCacheTtlMs, logger),
    jobs,
    ...(redisPing ? { redisPing } : {}),
    ...(config.rateLimit.enabled ? { rateLimiter: RateLimiter.create(config.rateLimit, config.redisUrl, logger) } : {}),
  };
  const http = await createHttpServer(services, schema, httpRoutes);
  jobs.registerMetrics(http.metrics.registry);
  registerScrapeGauges(http.metrics.registry, [...outboxGauges, ...scrapeGauges], services);
  await jobs.start(services);

  const platform: Platform = {
    services,
    http,
    url: '',
    async listen() {
      const address = await listenOrExplain(http, config.host, config.port);
      relay.start();
      platform.url = address;
      return address;
    },
    async close() {
      await http.close();
      await jobs.stop();
      await relay.stop();
      await services.lookups.close();
      await pubsub.close();
      await services.rateLimiter?.close();
      await orm.close(true);
      await sql.end();
    },
  };
  return platform;
}

/** Listens, or throws PortInUseError naming PORT when the port is taken. */
async function listenOrExplain(http: HttpServer, host: string, port: number): Promise<string> {
  const portInUse = () => new PortInUseError(port, host, 'PORT', 'the HTTP server');
  if (port !== 0 && !(await isPortFree(host, port))) throw portInUse();
  try {
    return await http.app.listen({ host, port });
  } catch (error) {
    // Taken between the check and the listen.
    if (isAddressInUse(error)) throw portInUse();
    throw error;
  }
}
