import { randomUUID } from 'node:crypto';
import proxyAddr from '@fastify/proxy-addr';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance, type FastifyRequest } from 'fastify';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { fastifyApolloDrainPlugin, fastifyApolloHandler } from '@as-integrations/fastify';
import { WebSocketServer, type WebSocket } from 'ws';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { GraphQLError, subscribe, type ExecutionArgs, type GraphQLSchema } from 'graphql';
import type { IncomingMessage } from 'node:http';
import { buildContext, type Context, type RequestFacts, type Services } from './context.js';
import { AppError, UnauthenticatedError } from './errors.js';
import { subjectIdOf } from './auth/principal.js';
import { formatError, localizeError } from './graphql/format-error.js';
import { unavailablePlugin } from './graphql/unavailable.js';
import { outageErrorOf } from './db/outage.js';
import { costLimitPlugin, limitRules } from './graphql/limits.js';
import { textInputPlugin } from './graphql/text-input.js';
import { inputDepthError } from './graphql/input-depth.js';
import { noSubscriptionOverHttpPlugin, subscriptionOverHttpError } from './graphql/http-subscriptions.js';
import { TrustedDocuments, type DocumentRequest } from './graphql/trusted-documents.js';
import { WsOperationGuard } from './graphql/ws-operation.js';
import { registerGraphiql } from './graphiql.js';
import { registerConsole } from './console/index.js';
import { GRAPHQL_PATH, registerCors } from './cors.js';
import { DEMO_TENANT_SLUG } from './seed.js';
import { localeFromAcceptLanguage } from './i18n.js';
import { Metrics } from './observability/metrics.js';
import { logRefusedOperation, operationLogPlugin, withOperationLog } from './observability/operation-log.js';
import { isTracing, nameServerSpan, tracingPlugin, withOperationSpan } from './observability/tracing.js';

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
        localizeError(error, contextValue.locale);
      }
    },
  }),
};

/** The request facts of a WebSocket operation: upgrade headers, overridden by connectionParams. */
function wsFacts(
  ctx: { connectionParams?: Readonly<Record<string, unknown>>; extra: { request: IncomingMessage } },
  trusted: (address: string, hop: number) => boolean,
): RequestFacts {
  const params = Object.fromEntries(
    Object.entries(ctx.connectionParams ?? {}).map(([k, v]) => [k.toLowerCase(), typeof v === 'string' ? v : undefined]),
  );
  // The same rule as Fastify's request.ip for HTTP (TRUST_PROXY).
  return { headers: { ...ctx.extra.request.headers, ...params }, ip: proxyAddr(ctx.extra.request, trusted) };
}

/** TRUST_PROXY as a proxy-addr trust function (what Fastify builds from the same value). */
function trustFunction(trust: boolean | number | string[]): (address: string, hop: number) => boolean {
  if (trust === true) return () => true;
  if (trust === false) return () => false;
  if (typeof trust === 'number') return (_address, hop) => hop < trust;
  return proxyAddr.compile(trust);
}

/** The document an HTTP request names, as Apollo reads it: POST body, or GET parameters. */
function httpDocument(request: FastifyRequest): DocumentRequest & { operationName?: unknown; variables?: unknown } {
  const params = (request.method === 'GET' ? request.query : request.body) as Record<string, unknown> | null | undefined;
  if (!params || typeof params !== 'object' || Array.isArray(params)) return {};
  // GET carries them as JSON text; one that does not parse is left to Apollo to refuse.
  const json = (value: unknown): unknown => {
    if (typeof value !== 'string') return value;
    try {
      return JSON.parse(value) as unknown;
    } catch {
      return undefined;
    }
  };
  return { query: params['query'], extensions: json(params['extensions']), variables: json(params['variables']), operationName: params['operationName'] };
}

/** Plain HTTP endpoints a module serves beside /graphql (partner callbacks, webhooks). */
export type HttpRoutes = (app: FastifyInstance, services: Services) => Promise<void> | void;

export async function createHttpServer(services: Services, schema: GraphQLSchema, routes: HttpRoutes[] = []): Promise<HttpServer> {
  const { config, logger } = services;
  // One trust rule for the caller's address over HTTP (request.ip) and WebSocket.
  const trustedProxy = trustFunction(config.trustProxy);
  const app = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: config.bodyLimitBytes,
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    forceCloseConnections: 'idle',
    trustProxy: trustedProxy,
  });
  const metrics = new Metrics();
  // Decided once: a server built while tracing is off pays nothing for it.
  const tracing = isTracing();
  if (tracing) app.addHook('onRequest', nameServerSpan);
  const operationSpan = <H extends (...args: never[]) => unknown>(handler: H): H => (tracing ? withOperationSpan(handler) : handler);
  const reportUnexpected = (error: unknown) => logger.error({ err: error }, 'unexpected error in GraphQL operation');

  app.addHook('onResponse', async (request, reply) => {
    metrics.observeHttp(request, reply.statusCode, reply.elapsedTime);
    request.log.info(
      { method: request.method, url: request.url, statusCode: reply.statusCode, durationMs: Math.round(reply.elapsedTime) },
      'request completed',
    );
  });

  // A body Fastify cannot parse never reaches Apollo; answer it the GraphQL-over-HTTP way.
  app.setErrorHandler(async (error: { code?: string; statusCode?: number; message: string }, request, reply) => {
    const outage = outageErrorOf(error);
    if (outage) {
      // Partner callbacks and webhooks (module routes) retry on 503; see docs/operations.md, Faults.
      request.log.warn({ err: error }, 'request failed: database unavailable');
      return reply
        .code(503)
        .header('retry-after', String(outage.retryAfter))
        .type('application/json; charset=utf-8')
        .send({ errors: [{ message: outage.text.en, extensions: { code: outage.code, reason: outage.reason } }] });
    }
    const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500) request.log.error({ err: error }, 'request failed');
    const message = status === 500 ? 'Internal server error' : error.message;
    const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST';
    return reply
      .code(status)
      .type('application/json; charset=utf-8')
      .send({ errors: [{ message, extensions: { code } }] });
  });

  // GraphQL hardening (docs/security.md): the same checks over HTTP and WebSocket.
  const trusted = config.graphql.trustedDocuments ? TrustedDocuments.load(config.graphql.trustedDocuments) : null;
  const wsGuard = new WsOperationGuard(config.graphql, trusted);
  /**
   * The context of one operation (an HTTP request, a WebSocket subscribe): the caller is
   * authenticated, then charged one point of their rate limit. A refused credential is
   * charged to its address, so guessing tokens or keys is rate limited too.
   */
  const admit = async (facts: RequestFacts): Promise<Context> => {
    let context: Context;
    try {
      context = await buildContext(services, facts);
    } catch (error) {
      if (error instanceof UnauthenticatedError) await services.rateLimiter?.consume(null, facts.ip);
      throw error;
    }
    await services.rateLimiter?.consume(context.principal, context.ip);
    return context;
  };

  // Connections whose credential or tenant ends are closed (4403), on every instance.
  const liveConnections = new LiveConnections(services);

  // A WebSocket message may be as large as an HTTP body; a larger one closes the socket (1009).
  const wss = new WebSocketServer({ server: app.server, path: '/graphql', maxPayload: config.bodyLimitBytes });
  const wsServer = useServer<Record<string, unknown>, { base: Context }>(
    // One log line per WebSocket operation, in the shape of the HTTP one (operation-log.ts).
    withOperationLog(logger, {
      schema,
      // A typed error thrown by a subscription's `subscribe` fails that operation only. graphql-js
      // passes an error that already has an array `path` (InvalidIdError's, ValidationError's) through
      // without making it a GraphQLError, and graphql-ws would then close the whole connection (4500).
      subscribe: async (args: ExecutionArgs) => {
        try {
          return await subscribe(args);
        } catch (error) {
          if (error instanceof AppError) return { errors: [error.toGraphQLError((args.contextValue as Context).locale)] };
          throw error;
        }
      },
      // A connection whose credential fails is refused at once (4403). Each operation then
      // authenticates again, with its own request id and EntityManager fork; a failure
      // answers that operation with an error and leaves the connection open.
      onConnect: async (ctx) => {
        try {
          ctx.extra.base = await buildContext(services, wsFacts(ctx, trustedProxy));
          liveConnections.watch(ctx.extra.socket, ctx.extra.base);
          return true;
        } catch (error) {
          if (error instanceof AppError) return false;
          throw error;
        }
      },
      onSubscribe: async (ctx, _id, payload) => {
        let contextValue: Context;
        try {
          contextValue = await admit(wsFacts(ctx, trustedProxy));
        } catch (error) {
          const known = error instanceof AppError ? error : outageErrorOf(error);
          if (known) return [known.toGraphQLError(ctx.extra.base?.locale ?? 'en')];
          throw error;
        }
        // Nesting first: every later step walks the variables.
        const tooDeep = inputDepthError(payload, config.graphql.maxInputDepth);
        if (tooDeep) return [tooDeep.toGraphQLError(contextValue.locale)];
        // Trusted documents, parse, validation with Apollo's rules, query limits, cost.
        const prepared = wsGuard.prepare(schema, payload, contextValue.locale);
        if (!('document' in prepared)) return prepared;
        return {
          schema,
          document: prepared.document,
          contextValue,
          variableValues: payload.variables ?? null,
          operationName: payload.operationName ?? null,
        };
      },
      // Errors of subscriptions get what HTTP errors get: their code, localised, masked if unexpected.
      onNext: (ctx, _id, _payload, _args, result) => {
        if (!result.errors?.length) return result;
        const locale = ctx.extra.base?.locale ?? 'en';
        return {
          ...result,
          errors: result.errors.map((error) => {
            if (error instanceof GraphQLError) {
              localizeError(error, locale);
              return formatError(error.toJSON(), error, reportUnexpected);
            }
            return error;
          }),
        };
      },
      // Errors that end an operation (refused before execution, or a failing subscription)
      // are formatted as over HTTP: code kept, localised, masked if unexpected; no `http`.
      onError: (ctx, _id, _payload, errors) =>
        errors.map((error) => {
          localizeError(error, ctx.extra.base?.locale ?? 'en');
          const formatted = formatError(error.toJSON(), error, reportUnexpected);
          const { http: _http, ...extensions } = formatted.extensions ?? {};
          return { ...formatted, extensions };
        }),
    }),
    wss,
  );

  const apollo = new ApolloServer<Context>({
    schema,
    // Introspection and "Did you mean" suggestions reveal the schema: both follow GRAPHQL_INTROSPECTION.
    introspection: config.graphql.introspection,
    hideSchemaDetailsFromClientErrors: !config.graphql.introspection,
    allowBatchedHttpRequests: false,
    validationRules: limitRules(config.graphql),
    // Trusted-documents mode: a persisted-query hash is looked up in the manifest, and
    // nothing new can be registered.
    ...(trusted ? { persistedQueries: { cache: trusted.apolloCache() } } : {}),
    includeStacktraceInErrorResponses: false,
    // main.ts owns shutdown order (HTTP and WebSocket drain, then pools, then the database).
    stopOnTerminationSignals: false,
    // Apollo refuses GET and simple-content-type requests that carry none of these headers,
    // so a browser cannot be tricked into a cross-site query; tenant frontends send X-Tenant.
    csrfPrevention: { requestHeaders: ['x-tenant', 'authorization', 'x-api-key', 'apollo-require-preflight', 'x-apollo-operation-name'] },
    formatError: (formatted, error) => formatError(formatted, error, reportUnexpected),
    plugins: [
      // Apollo installs cache control unless told not to; it wraps every field resolver, and
      // this API sets no cache hints (responses are per caller and not cacheable).
      ApolloServerPluginCacheControlDisabled(),
      fastifyApolloDrainPlugin(app),
      { serverWillStart: async () => ({ drainServer: async () => void (await wsServer.dispose()) }) },
      metrics.apolloPlugin(),
      operationLogPlugin(logger),
      costLimitPlugin(config.graphql.maxCost),
      textInputPlugin(),
      noSubscriptionOverHttpPlugin(),
      localizeErrors,
      unavailablePlugin(),
      ...(tracing ? [tracingPlugin()] : []),
    ],
  });
  await apollo.start();

  // /graphql in a scope of its own with CORS (src/cors.ts): the modules' routes stay without.
  await app.register(async (graphqlScope) => {
    await registerCors(graphqlScope, services);
    graphqlScope.route({
      url: GRAPHQL_PATH,
      method: ['GET', 'POST', 'OPTIONS'],
      // The operation span, parent of the resolver spans (docs/observability.md, Tracing).
      handler: operationSpan(fastifyApolloHandler(apollo, {
        context: async (request, reply) => {
          try {
            const context = await admit({ headers: request.headers, ip: request.ip, requestId: request.id });
            const document = httpDocument(request);
            // Before anything walks them (docs/security.md, "Nesting of client values").
            const tooDeep = inputDepthError(document, config.graphql.maxInputDepth);
            if (tooDeep) throw tooDeep;
            // Refused before Apollo parses it: an untrusted document learns nothing of the schema.
            const text = trusted ? trusted.resolve(document) : document.query;
            // Subscriptions are served over WebSocket only: refused before any resolver runs.
            const overHttp = subscriptionOverHttpError(text, document.operationName);
            if (overHttp) throw overHttp;
            return context;
          } catch (error) {
            const params = request.method === 'GET' ? request.query : request.body;
            logRefusedOperation(logger, { reqId: request.id, durationMs: reply.elapsedTime, params, error });
            const known = error instanceof AppError ? error : outageErrorOf(error);
            if (known) throw known.toGraphQLError(localeFromAcceptLanguage(request.headers['accept-language']) ?? 'en');
            throw error;
          }
        },
      })),
    });
  });

  // Each module's routes in their own encapsulated context: their content-type parsers and
  // hooks (a raw body for signature checks, say) stay theirs.
  for (const register of routes) await app.register(async (scoped) => register(scoped, services));

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
  if (config.graphiql) registerGraphiql(app, config.seedDemo ? DEMO_TENANT_SLUG : undefined);
  // The staff console (docs/console.md): a client of this API, bundled on its first request.
  registerConsole(app, logger, config.seedDemo ? DEMO_TENANT_SLUG : undefined);

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

/**
 * The open WebSocket connections and who opened them. A running subscription outlives the
 * request that authenticated it, so when a credential ends (logout, a reused refresh token,
 * a disabled staff user, a revoked API key) or a tenant is suspended, the connections that
 * rest on it are closed with 4403, here and, through the lookup cache's invalidations, on
 * every instance. Each new operation still authenticates on its own.
 */
class LiveConnections {
  private readonly sockets = new Map<WebSocket, Context>();

  constructor(private readonly services: Services) {
    services.lookups.onInvalidate((tag) => void this.ended(tag));
  }

  watch(socket: WebSocket, context: Context): void {
    this.sockets.set(socket, context);
    socket.once('close', () => this.sockets.delete(socket));
  }

  private async ended(tag: string): Promise<void> {
    const [kind, id] = tag.split(':') as [string, string | undefined];
    if (!id) return;
    let suspended: boolean | undefined;
    for (const [socket, context] of this.sockets) {
      const p = context.principal;
      let close = false;
      if (kind === 'session') close = !!p && p.kind !== 'apiKey' && p.sessionId === id;
      else if (kind === 'subject') close = !!p && subjectIdOf(p) === id;
      else if (kind === 'apiKey') close = p?.kind === 'apiKey' && p.apiKeyId === id;
      else if (kind === 'tenant' && context.tenant?.id === id && (!p || p.kind === 'player' || p.kind === 'apiKey' || p.kind === 'affiliate')) {
        // Any change of a tenant drops it from the cache; only a suspension ends its connections.
        suspended ??= (await this.services.tenants.byId(this.services, id).catch(() => null))?.status === 'SUSPENDED';
        close = suspended;
      }
      if (close) socket.close(CloseCode.Forbidden, 'Forbidden');
    }
  }
}
