/**
 * OpenTelemetry tracing (docs/observability.md, Tracing). Off unless TRACING=otlp, or a test
 * calls `startTracing({ exporter })`. When off, no OpenTelemetry SDK, exporter or
 * instrumentation is loaded, and every hook below answers at once: the log mixin is not installed,
 * the GraphQL operation span is not wrapped around the handler, resolver wrappers check one
 * boolean, `withSpan` calls its function.
 *
 * The tracer provider and the instrumentations are process-global: one `startTracing` per
 * process, before the platform opens its pools (createPlatform calls `startTracingFromConfig`).
 */
import { IncomingMessage, type ClientRequest } from 'node:http';
import { createRequire, syncBuiltinESMExports } from 'node:module';
import {
  INVALID_SPAN_CONTEXT,
  SpanKind,
  SpanStatusCode,
  context,
  createContextKey,
  diag,
  DiagLogLevel,
  trace,
  type Attributes,
  type Span,
} from '@opentelemetry/api';
import type { SpanExporter } from '@opentelemetry/sdk-trace-base';
import type { ApolloServerPlugin } from '@apollo/server';
import { createOpenTelemetryWrapper } from '@pothos/tracing-opentelemetry';
import type { GraphQLFieldResolver } from 'graphql';
import type { FastifyRequest } from 'fastify';
import type { TracingConfig } from '../config.js';
import type { Logger } from './logger.js';
import type { Context } from '../context.js';
import { scrubText } from './redact.js';

/** The tracer name of the platform's own spans (operations, jobs). */
export const TRACER_NAME = 'croupier';

export interface StartTracingOptions {
  /** service.name of the resource; default `croupier`. */
  serviceName?: string;
  /** OTLP/HTTP traces URL: spans are exported in batches (BatchSpanProcessor) as OTLP JSON. */
  otlpTracesUrl?: string;
  /** Spans go to this exporter one by one (SimpleSpanProcessor): tests, with an InMemorySpanExporter. */
  exporter?: SpanExporter;
  /** Default: parentbased_always_on (every trace, unless a caller's traceparent says not sampled). */
  sampler?: TracingConfig['sampler'];
}

export interface Tracing {
  /** Exports what is buffered. */
  forceFlush(): Promise<void>;
  /** Flushes, then stops the provider and unpatches the instrumented modules; for good. */
  shutdown(): Promise<void>;
  /**
   * Stops recording, the provider kept: instrumentations unpatched, no span started, what is
   * buffered flushed. `resume` undoes it. For a process that compares on and off (bench:wallet).
   */
  suspend(): Promise<void>;
  resume(): void;
}

/** The process's tracing once started; `running` while it records. */
let started: Tracing | null = null;
let running: Tracing | null = null;

/** Whether spans are being recorded (startTracing ran and shutdown did not). */
export function isTracing(): boolean {
  return running !== null;
}

/**
 * Tracing as configured (TRACING): started once per process, or null when off. With a
 * logger, the SDK's own problems (failed exports, dropped spans) are reported there.
 */
export async function startTracingFromConfig(config: TracingConfig, logger?: Logger): Promise<Tracing | null> {
  // Off leaves tracing started otherwise (a test's in-memory exporter) as it is.
  let tracing = running;
  if (config.exporter === 'otlp') {
    tracing = started ?? (await startTracing({ serviceName: config.serviceName, otlpTracesUrl: config.otlpTracesUrl, sampler: config.sampler }));
    tracing.resume();
  }
  if (tracing && logger) reportProblemsTo(logger);
  return tracing;
}

let problemLogger: Logger | null = null;
let lastProblemAt = 0;
let suppressedProblems = 0;

/**
 * Warnings and errors of the OpenTelemetry SDK (an export that failed, spans dropped from a
 * full queue) as `tracing problem` lines at `warn`: the first, then at most one a minute with
 * the count of those left out, since an unreachable collector fails every batch.
 */
function reportProblemsTo(logger: Logger): void {
  if (!problemLogger) {
    const report = (message: string) => {
      const now = Date.now();
      if (now - lastProblemAt < 60_000) {
        suppressedProblems++;
        return;
      }
      problemLogger?.warn({ problem: message, suppressed: suppressedProblems }, 'tracing problem');
      lastProblemAt = now;
      suppressedProblems = 0;
    };
    const forward = (message: string, ...args: unknown[]) => report([message, ...args.map((a) => (a instanceof Error ? a.message : String(a)))].join(' '));
    const ignore = () => undefined;
    diag.setLogger({ error: forward, warn: forward, info: ignore, debug: ignore, verbose: ignore }, DiagLogLevel.WARN);
  }
  problemLogger = logger;
}

/**
 * Creates and registers the tracer provider (AsyncLocalStorage context, W3C trace context and
 * baggage propagation), registers the instrumentations, then loads the modules they patch.
 * A second call returns the tracing already started, unchanged.
 */
export async function startTracing(options: StartTracingOptions): Promise<Tracing> {
  if (started) return started;
  // Loaded here, not at the top: a process with tracing off never loads the SDK.
  const sdk = await import('@opentelemetry/sdk-trace-node');
  const { NodeTracerProvider, BatchSpanProcessor, SimpleSpanProcessor } = sdk;
  const { defaultResource, resourceFromAttributes } = await import('@opentelemetry/resources');
  const { ATTR_SERVICE_NAME } = await import('@opentelemetry/semantic-conventions');
  const { registerInstrumentations } = await import('@opentelemetry/instrumentation');
  const { HttpInstrumentation } = await import('@opentelemetry/instrumentation-http');
  const { PgInstrumentation } = await import('@opentelemetry/instrumentation-pg');
  const { IORedisInstrumentation } = await import('@opentelemetry/instrumentation-ioredis');
  const { UndiciInstrumentation } = await import('@opentelemetry/instrumentation-undici');

  let processor;
  if (options.exporter) {
    processor = new SimpleSpanProcessor(options.exporter);
  } else {
    const { OTLPTraceExporter } = await import('@opentelemetry/exporter-trace-otlp-http');
    processor = new BatchSpanProcessor(new OTLPTraceExporter({ url: options.otlpTracesUrl ?? 'http://localhost:4318/v1/traces' }));
  }
  const { name: samplerName, ratio } = options.sampler ?? { name: 'parentbased_always_on', ratio: 1 };
  const root = samplerName.endsWith('always_off')
    ? new sdk.AlwaysOffSampler()
    : samplerName.endsWith('traceidratio')
      ? new sdk.TraceIdRatioBasedSampler(ratio)
      : new sdk.AlwaysOnSampler();
  const provider = new NodeTracerProvider({
    // Set here, so the provider does not read OTEL_TRACES_SAMPLER from the environment behind config.ts.
    sampler: samplerName.startsWith('parentbased_') ? new sdk.ParentBasedSampler({ root }) : root,
    resource: defaultResource().merge(resourceFromAttributes({ [ATTR_SERVICE_NAME]: options.serviceName ?? TRACER_NAME })),
    spanProcessors: [processor],
  });
  // The defaults: AsyncLocalStorageContextManager, W3C traceparent/tracestate and baggage.
  provider.register();

  const instrumentations = [
    new HttpInstrumentation({
      // Probes and scrapes are not traced.
      ignoreIncomingRequestHook: (request) => /^\/(healthz|readyz|metrics)(\?|$)/.test(request.url ?? ''),
      // Outbound calls outside a trace (nothing asked for them) start none.
      requireParentforOutgoingSpans: true,
      requestHook: redactQuery,
    }),
    new UndiciInstrumentation({ requireParentforSpans: true }),
    new PgInstrumentation({
      enhancedDatabaseReporting: false,
      // The outbox relay polls without a trace; its queries start none.
      requireParentSpan: true,
      // MikroORM sends its statements with the values inlined: the text keeps its shape only.
      requestHook: (span, { query }) => span.setAttribute('db.query.text', sqlShape(query.text)),
    }),
    new IORedisInstrumentation({
      requireParentSpan: true,
      // The command only: keys and values (published events, rate-limit keys) stay out.
      dbStatementSerializer: (command) => command,
    }),
  ];
  registerInstrumentations({ tracerProvider: provider, instrumentations });
  // The instrumentations patch on require. The app imports these as ESM before this runs;
  // requiring them here patches the shared CommonJS exports (prototypes) they use.
  const require = createRequire(import.meta.url);
  for (const name of ['http', 'https', 'pg', 'ioredis']) require(name);
  // `import { request } from 'node:https'` reads the ESM copies of a builtin's exports.
  syncBuiltinESMExports();

  let stopped = false;
  const unpatch = () => {
    for (const instrumentation of instrumentations) instrumentation.disable();
    syncBuiltinESMExports();
  };
  const tracing: Tracing = {
    forceFlush: () => provider.forceFlush(),
    shutdown: async () => {
      if (stopped) return;
      stopped = true;
      running = null;
      unpatch();
      await provider.shutdown();
    },
    suspend: async () => {
      if (running !== tracing) return;
      running = null;
      unpatch();
      await provider.forceFlush();
    },
    resume: () => {
      if (running === tracing || stopped) return;
      for (const instrumentation of instrumentations) instrumentation.enable();
      syncBuiltinESMExports();
      running = tracing;
    },
  };
  started = tracing;
  running = tracing;
  return tracing;
}

/** Exports what the running tracing has buffered, if any. */
export async function forceFlushTracing(): Promise<void> {
  await running?.forceFlush();
}

/** Flushes and stops the tracing, if started (main.ts at shutdown). */
export async function shutdownTracing(): Promise<void> {
  await started?.shutdown();
}

/** Suspends the tracing, if started (see `Tracing.suspend`). */
export async function suspendTracing(): Promise<void> {
  await started?.suspend();
}

/**
 * A SQL statement without its values: string and numeric literals become `?`
 * (`$1` placeholders, identifiers, keywords stay).
 */
export function sqlShape(text: string): string {
  return text.replace(/(?:\b[Ee])?'(?:[^'\\]|''|\\.)*'/g, '?').replace(/(?<![\w$."])-?\d+(?:\.\d+)?(?![\w."])/g, '?');
}

/** A query string as parameter names only: callers put anything there (GET /graphql's variables). */
function namesOnly(search: string): string {
  return [...new URLSearchParams(search).keys()].map((name) => `${encodeURIComponent(name)}=REDACTED`).join('&');
}

function redactQuery(span: Span, request: ClientRequest | IncomingMessage): void {
  if (request instanceof IncomingMessage) {
    const at = request.url?.indexOf('?') ?? -1;
    if (at >= 0) span.setAttribute('url.query', namesOnly(request.url!.slice(at + 1)));
  }
}

/** The active span's ids for a log line (the pino mixin, installed only when tracing is on). */
export function traceIdsOfActiveSpan(): { trace_id?: string; span_id?: string } {
  const span = trace.getSpan(context.active());
  if (!span) return {};
  const { traceId, spanId } = span.spanContext();
  return { trace_id: traceId, span_id: spanId };
}

const noopSpan = trace.wrapSpanContext(INVALID_SPAN_CONTEXT);

/**
 * Runs `fn` inside a span of the `croupier` tracer, the active span while it runs (so SQL,
 * Redis and HTTP calls inside are its children). A thrown error marks the span as failed,
 * with the error's name and its message scrubbed of secrets; it is rethrown. Tracing off:
 * `fn` runs with a span that records nothing.
 */
export async function withSpan<T>(name: string, attributes: Attributes, fn: (span: Span) => Promise<T> | T): Promise<T> {
  if (!running) return fn(noopSpan);
  return trace.getTracer(TRACER_NAME).startActiveSpan(name, { attributes }, async (span) => {
    try {
      return await fn(span);
    } catch (error) {
      markFailed(span, error);
      throw error;
    } finally {
      span.end();
    }
  });
}

function markFailed(span: Span, error: unknown): void {
  const name = error instanceof Error ? error.name : 'Error';
  const message = error instanceof Error ? scrubText(error.message) : 'non-error thrown';
  span.setAttribute('error.type', name);
  span.setStatus({ code: SpanStatusCode.ERROR, message });
}

// ------------------------------------------------------------------ GraphQL over HTTP

const OPERATION_SPAN = createContextKey('croupier.graphql.operation-span');

/**
 * Wraps the /graphql handler: each call runs inside a `graphql` span, the parent of the
 * resolver spans; `tracingPlugin` names it once the operation is known.
 */
export function withOperationSpan<H extends (...args: never[]) => unknown>(handler: H): H {
  const tracer = trace.getTracer(TRACER_NAME);
  const wrapped = function (this: unknown, ...args: Parameters<H>) {
    if (!running) return handler.apply(this, args);
    return tracer.startActiveSpan('graphql', { kind: SpanKind.INTERNAL }, async (span) => {
      try {
        return await context.with(context.active().setValue(OPERATION_SPAN, span), () => handler.apply(this, args));
      } finally {
        span.end();
      }
    });
  };
  // The same parameters; the result is awaited, as Fastify does with a handler's.
  return wrapped as unknown as H;
}

/** Names the operation span `graphql <operation>` and sets its type, name, tenant and outcome. */
export function tracingPlugin(): ApolloServerPlugin<Context> {
  return {
    requestDidStart: async ({ contextValue }) => {
      const span = context.active().getValue(OPERATION_SPAN) as Span | undefined;
      if (!span) return {};
      const attributes: Attributes = {};
      if (contextValue.tenant) {
        attributes['croupier.tenant'] = contextValue.tenant.slug;
        attributes['croupier.tenant.id'] = contextValue.tenant.id;
      }
      attributes['croupier.principal.kind'] = contextValue.principal?.kind ?? 'anonymous';
      attributes['croupier.request_id'] = contextValue.requestId;
      span.setAttributes(attributes);
      return {
        didResolveOperation: async ({ operation }) => {
          if (!operation) return;
          const name = operation.name?.value;
          span.updateName(`graphql ${name ?? 'anonymous'}`);
          span.setAttributes({ 'graphql.operation.type': operation.operation, ...(name ? { 'graphql.operation.name': name } : {}) });
        },
        willSendResponse: async ({ operation, response }) => {
          if (!operation) span.setAttribute('graphql.operation.type', 'unknown');
          // The errors as the client receives them, formatted: their codes are the client's.
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          if (errors?.length) {
            const codes = [...new Set(errors.map((error) => String(error.extensions?.['code'] ?? 'INTERNAL_SERVER_ERROR')))];
            span.setAttribute('graphql.error.codes', codes);
            span.setStatus({ code: SpanStatusCode.ERROR, message: codes.join(',') });
          }
        },
      };
    },
  };
}

/** Fastify onRequest hook: the server span is named after the route (`POST /graphql`). */
export async function nameServerSpan(request: FastifyRequest): Promise<void> {
  const route = request.routeOptions.url;
  const span = trace.getActiveSpan();
  if (!span || !route) return;
  span.updateName(`${request.method} ${route}`);
  span.setAttribute('http.route', route);
}

// ------------------------------------------------------------------ resolvers (Pothos)

const wrapInSpan = createOpenTelemetryWrapper(trace.getTracer(TRACER_NAME), {
  // Never the arguments (they carry the input) nor the document.
  includeArgs: false,
  includeSource: false,
  // An error's message can quote values; the operation span records the error codes instead.
  ignoreError: true,
});

/**
 * The Pothos tracing plugin's `wrap`: a `graphql.resolve` span per call inside a recorded trace
 * (an HTTP operation that was sampled). The schema is built when its modules are imported,
 * before configuration is read, so the choice is made per call: with tracing off, one boolean.
 */
export function traceResolver<C extends object>(
  resolver: GraphQLFieldResolver<unknown, C, Record<string, unknown>>,
): GraphQLFieldResolver<unknown, C, Record<string, unknown>> {
  const traced = wrapInSpan(resolver, true);
  return (parent, args, ctx, info) =>
    running && trace.getSpan(context.active())?.isRecording() ? traced(parent, args, ctx, info) : resolver(parent, args, ctx, info);
}
