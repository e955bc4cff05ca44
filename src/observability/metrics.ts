import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { ApolloServerPlugin } from '@apollo/server';
import { clientCodeOf } from '../graphql/format-error.js';

/** Operation names come from clients: keep only plausible ones, so series stay bounded. */
function operationLabel(name: string | null | undefined): string {
  return name && /^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name) ? name : 'anonymous';
}

const HTTP_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/** Prometheus metrics of one server instance (a registry each, so tests can run two). */
export class Metrics {
  readonly registry = new Registry();
  readonly operations = new Counter({
    name: 'croupier_graphql_operations_total',
    help: 'GraphQL operations served, by operation name and type',
    labelNames: ['operation', 'type'] as const,
    registers: [this.registry],
  });
  readonly duration = new Histogram({
    name: 'croupier_graphql_operation_duration_seconds',
    help: 'GraphQL operation latency, by operation name and type',
    labelNames: ['operation', 'type'] as const,
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });
  readonly errors = new Counter({
    name: 'croupier_graphql_errors_total',
    help: 'GraphQL errors returned, by code',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });
  /** Every HTTP request (GraphQL, the seamless wallet's callbacks, webhooks, ...), by route pattern. */
  readonly http = new Histogram({
    name: 'croupier_http_request_duration_seconds',
    help: 'HTTP request latency, by method, route pattern (unmatched: no route) and status class',
    labelNames: ['method', 'route', 'status_class'] as const,
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'croupier_' });
  }

  /**
   * Times one answered HTTP request (a Fastify onResponse hook calls it). The route is the
   * pattern it matched (`/seamless/:tenant/:provider/*`), never the URL, so series stay bounded.
   */
  observeHttp(request: { method: string; routeOptions: { url?: string | undefined } }, statusCode: number, elapsedMs: number): void {
    const route = request.routeOptions.url ?? 'unmatched';
    const method = HTTP_METHODS.has(request.method) ? request.method : 'OTHER';
    this.http.observe({ method, route, status_class: `${Math.floor(statusCode / 100)}xx` }, elapsedMs / 1000);
  }

  /** An Apollo plugin that counts and times every HTTP operation. */
  apolloPlugin(): ApolloServerPlugin {
    return {
      requestDidStart: async () => {
        const started = process.hrtime.bigint();
        return {
          didEncounterErrors: async ({ errors }) => {
            for (const error of errors) {
              this.errors.inc({ code: clientCodeOf(error) });
            }
          },
          willSendResponse: async ({ operationName, operation }) => {
            const labels = { operation: operationLabel(operationName), type: operation?.operation ?? 'unknown' };
            this.operations.inc(labels);
            this.duration.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
          },
        };
      },
    };
  }
}
