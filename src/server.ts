import { randomUUID } from 'node:crypto';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { fastifyApolloDrainPlugin, fastifyApolloHandler } from '@as-integrations/fastify';
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { PothosValidationError } from '@pothos/core';
import { buildContext, type Context, type Services } from './context.js';
import { AppError } from './errors.js';
import { registerGraphiql } from './graphiql.js';
import { localeFromAcceptLanguage } from './i18n.js';
import { Metrics } from './observability/metrics.js';

/** Codes of failures the client caused; anything else is masked. */
const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

export interface HttpServer {
  app: FastifyInstance;
  metrics: Metrics;
  close(): Promise<void>;
}

/** Rewrites AppError messages into the caller's language once the context is known. */
const localizeErrors: ApolloServerPlugin<Context> = {
  requestDidStart: async () => ({
    didEncounterErrors: async ({ errors, contextValue }) => {
      for (const error of errors) {
        const original = appErrorOf(error);
        if (original) (error as { message: string }).message = original.localized(contextValue.locale);
      }
    },
  }),
};

/** The AppError behind a GraphQL error, however deeply wrapped. */
function appErrorOf(error: unknown): AppError | undefined {
  let current: unknown = unwrapResolverError(error);
  for (let depth = 0; current && depth < 5; depth += 1) {
    if (current instanceof AppError) return current;
    current = (current as { originalError?: unknown }).originalError;
  }
  return undefined;
}

function maskError(services: Services) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = appErrorOf(error);
    if (original) {
      // Apollo prefixes failures of the context function; the client only needs the reason.
      const message = formatted.message.replace(/^Context creation failed: /, '');
      return { ...formatted, message, extensions: { ...formatted.extensions, code: original.code } };
    }
    // Pothos reports input it cannot map (such as a malformed or wrongly-typed global ID) this way.
    if (unwrapResolverError(error) instanceof PothosValidationError) {
      return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT' } };
    }
    const code = formatted.extensions?.['code'];
    if (typeof code === 'string' && (CLIENT_CODES.has(code) || code === 'UNAUTHENTICATED' || code === 'FORBIDDEN')) {
      return formatted;
    }
    services.logger.error({ err: unwrapResolverError(error) }, 'unexpected error in GraphQL operation');
    return {
      message: 'Internal server error',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

export async function createHttpServer(services: Services, schema: GraphQLSchema): Promise<HttpServer> {
  const { config, logger } = services;
  const app = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 1024 * 1024,
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    forceCloseConnections: 'idle',
  });
  const metrics = new Metrics();

  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      { method: request.method, url: request.url, statusCode: reply.statusCode, durationMs: Math.round(reply.elapsedTime) },
      'request completed',
    );
  });

  // A body Fastify cannot parse never reaches Apollo; answer it the GraphQL-over-HTTP way.
  app.setErrorHandler(async (error: { code?: string; statusCode?: number; message: string }, request, reply) => {
    const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500) request.log.error({ err: error }, 'request failed');
    const message = status === 500 ? 'Internal server error' : error.message;
    const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST';
    return reply
      .code(status)
      .type('application/json; charset=utf-8')
      .send({ errors: [{ message, extensions: { code } }] });
  });

  const wss = new WebSocketServer({ server: app.server, path: '/graphql' });
  const wsServer = useServer<Record<string, unknown>, { base: Context }>(
    {
      schema,
      // The principal is resolved once, when the connection opens; each operation then
      // gets its own request id and EntityManager fork.
      onConnect: async (ctx) => {
        const params = Object.fromEntries(
          Object.entries(ctx.connectionParams ?? {}).map(([k, v]) => [k.toLowerCase(), typeof v === 'string' ? v : undefined]),
        );
        try {
          ctx.extra.base = await buildContext(services, {
            headers: { ...ctx.extra.request.headers, ...params },
            ip: ctx.extra.request.socket.remoteAddress ?? '',
          });
          return true;
        } catch (error) {
          if (error instanceof AppError) return false;
          throw error;
        }
      },
      context: (ctx) => ({ ...ctx.extra.base!, requestId: randomUUID(), em: services.orm.em.fork() }),
    },
    wss,
  );

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: config.graphiql,
    includeStacktraceInErrorResponses: false,
    // main.ts owns shutdown order (HTTP and WebSocket drain, then pools, then the database).
    stopOnTerminationSignals: false,
    // Apollo refuses GET and simple-content-type requests that carry none of these headers,
    // so a browser cannot be tricked into a cross-site query; tenant frontends send X-Tenant.
    csrfPrevention: { requestHeaders: ['x-tenant', 'authorization', 'x-api-key', 'apollo-require-preflight', 'x-apollo-operation-name'] },
    formatError: maskError(services),
    plugins: [
      fastifyApolloDrainPlugin(app),
      { serverWillStart: async () => ({ drainServer: async () => void (await wsServer.dispose()) }) },
      metrics.apolloPlugin(),
      localizeErrors,
    ],
  });
  await apollo.start();

  app.route({
    url: '/graphql',
    method: ['GET', 'POST', 'OPTIONS'],
    handler: fastifyApolloHandler(apollo, {
      context: async (request) => {
        try {
          return await buildContext(services, { headers: request.headers, ip: request.ip, requestId: request.id });
        } catch (error) {
          if (error instanceof AppError) {
            throw error.toGraphQLError(localeFromAcceptLanguage(request.headers['accept-language']) ?? 'en');
          }
          throw error;
        }
      },
    }),
  });

  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) => {
    const checks: Record<string, 'ok' | string> = {};
    try {
      await services.orm.em.getConnection().execute('select 1');
      checks['postgres'] = 'ok';
    } catch (error) {
      checks['postgres'] = error instanceof Error ? error.message : 'unreachable';
    }
    if (services.redisPing) {
      try {
        checks['redis'] = (await services.redisPing()) ? 'ok' : 'no reply';
      } catch (error) {
        checks['redis'] = error instanceof Error ? error.message : 'unreachable';
      }
    }
    const ready = Object.values(checks).every((c) => c === 'ok');
    return reply.code(ready ? 200 : 503).send({ status: ready ? 'ready' : 'not ready', checks });
  });
  app.get('/metrics', async (_request, reply) =>
    reply.type(metrics.registry.contentType).send(await metrics.registry.metrics()),
  );
  if (config.graphiql) registerGraphiql(app);

  return {
    app,
    metrics,
    close: async () => {
      await app.close();
      wss.close();
      await apollo.stop();
    },
  };
}
