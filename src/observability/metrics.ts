import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { ApolloServerPlugin } from '@apollo/server';
import { clientCodeOf } from '../graphql/format-error.js';

/** Operation names come from clients: keep only plausible ones, so series stay bounded. */
function operationLabel(name: string | null | undefined): string {
  return name && /^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name) ? name : 'anonymous';
}

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

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'croupier_' });
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
