import { randomUUID } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, getOperationAST, parse, type DocumentNode, type ExecutionArgs, type GraphQLFormattedError } from 'graphql';
import type { ConnectionInitMessage, ServerOptions, SubscribePayload } from 'graphql-ws';
import { actorOf } from '../auth/principal.js';
import type { Context } from '../context.js';
import { AppError } from '../errors.js';
import { clientCodeOf } from '../graphql/format-error.js';
import type { Logger } from './logger.js';

/** The message of the one line logged per GraphQL operation. */
export const OPERATION_LOG_MESSAGE = 'graphql operation';

/** The fields of that line. No token, variable, document or result ever goes in it. */
export interface OperationLogLine {
  transport: 'http' | 'ws';
  /** The request id: Fastify's `reqId` (X-Request-Id or a UUID) over HTTP; one per operation over WebSocket. */
  reqId: string;
  /** The client's id of the operation on its WebSocket connection. */
  wsOperationId?: string;
  tenantId?: string;
  tenantSlug?: string;
  /** PLAYER, STAFF, PLATFORM_STAFF, API_KEY, or ANONYMOUS (also when the credential was refused). */
  principalKind: string;
  principalId?: string;
  /** The operation's name when it is a valid GraphQL name, else null. */
  operationName: string | null;
  /** query, mutation, subscription, or unknown (the document did not parse). */
  operationType: string;
  durationMs: number;
  outcome: 'ok' | 'error';
  /** The distinct error codes the client received, when the outcome is error. */
  errorCodes?: string[];
  /** Results sent over WebSocket (a subscription's events). */
  results?: number;
  /** The WebSocket closed while the operation was still running (a subscription). */
  closed?: boolean;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,99}$/;

function elapsedMs(started: bigint): number {
  return Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10;
}

function who(context: Context | undefined): Pick<OperationLogLine, 'tenantId' | 'tenantSlug' | 'principalKind' | 'principalId'> {
  const actor = context?.principal ? actorOf(context.principal) : undefined;
  return {
    ...(context?.tenant ? { tenantId: context.tenant.id, tenantSlug: context.tenant.slug } : {}),
    principalKind: actor?.kind ?? 'ANONYMOUS',
    ...(actor ? { principalId: actor.id } : {}),
  };
}

function safeName(name: unknown): string | null {
  return typeof name === 'string' && NAME.test(name) ? name : null;
}

/** Name and type of the operation a document selects (operationName, or its only operation). */
export function describeOperation(document: DocumentNode | string | undefined, operationName: unknown): { operationName: string | null; operationType: string } {
  let doc: DocumentNode | undefined;
  if (typeof document === 'string') {
    try {
      doc = parse(document, { noLocation: true, maxTokens: 10_000 });
    } catch {
      doc = undefined;
    }
  } else {
    doc = document;
  }
  const operation = doc ? getOperationAST(doc, safeName(operationName)) : null;
  return {
    operationName: safeName(operation?.name?.value ?? operationName),
    operationType: operation?.operation ?? 'unknown',
  };
}

function write(logger: Logger, line: OperationLogLine): void {
  logger.info(line, OPERATION_LOG_MESSAGE);
}

function outcome(codes: Iterable<string>): Pick<OperationLogLine, 'outcome' | 'errorCodes'> {
  const errorCodes = [...new Set(codes)];
  return errorCodes.length ? { outcome: 'error', errorCodes } : { outcome: 'ok' };
}

function formattedCodes(errors: readonly GraphQLFormattedError[] | undefined): string[] {
  return (errors ?? []).map((e) => (typeof e.extensions?.['code'] === 'string' ? e.extensions['code'] : 'INTERNAL_SERVER_ERROR'));
}

/** The code of an error refused before execution (a credential, a document that does not parse or validate). */
function refusalCode(error: GraphQLError): string {
  const code = error.extensions?.['code'];
  if (typeof code === 'string') return code;
  return error.message.startsWith('Syntax Error') ? 'GRAPHQL_PARSE_FAILED' : 'GRAPHQL_VALIDATION_FAILED';
}

/** An Apollo plugin: one line per HTTP operation, after the response is formatted. */
export function operationLogPlugin(logger: Logger): ApolloServerPlugin<Context> {
  return {
    requestDidStart: async () => {
      const started = process.hrtime.bigint();
      const raw: string[] = [];
      return {
        didEncounterErrors: async ({ errors }) => {
          for (const error of errors) raw.push(clientCodeOf(error));
        },
        willSendResponse: async ({ contextValue, operationName, operation, request, response }) => {
          const body = response.body;
          const sent = body.kind === 'single' ? body.singleResult.errors : body.initialResult.errors;
          write(logger, {
            transport: 'http',
            reqId: contextValue.requestId,
            ...who(contextValue),
            operationName: safeName(operationName ?? request.operationName),
            operationType: operation?.operation ?? 'unknown',
            durationMs: elapsedMs(started),
            ...outcome(sent?.length ? formattedCodes(sent) : raw),
          });
        },
      };
    },
  };
}

/**
 * The line of an HTTP operation refused while its context was built (a bad credential, a
 * suspended tenant, an unexpected failure): Apollo's request pipeline never starts for it.
 */
export function logRefusedOperation(
  logger: Logger,
  refused: { reqId: string; durationMs: number; params: unknown; error: unknown },
): void {
  const params = (refused.params ?? {}) as { query?: unknown; operationName?: unknown };
  write(logger, {
    transport: 'http',
    reqId: refused.reqId,
    principalKind: 'ANONYMOUS',
    ...describeOperation(typeof params.query === 'string' ? params.query : undefined, params.operationName),
    durationMs: Math.round(refused.durationMs * 10) / 10,
    ...outcome([refused.error instanceof AppError ? refused.error.code : 'INTERNAL_SERVER_ERROR']),
  });
}

interface WsOperation {
  started: bigint;
  context?: Context;
  operationName: string | null;
  operationType: string;
  codes: string[];
  results: number;
  executing: boolean;
}

/**
 * Wraps graphql-ws server options so that each operation on a connection logs one line,
 * in the shape of the HTTP one, when it completes (a subscription: when it ends), fails
 * before execution, or is cut short by the connection closing.
 */
export function withOperationLog<P extends ConnectionInitMessage['payload'], E>(logger: Logger, options: ServerOptions<P, E>): ServerOptions<P, E> {
  const connections = new WeakMap<object, Map<string, WsOperation>>();
  const operationsOf = (ctx: object) => {
    let map = connections.get(ctx);
    if (!map) connections.set(ctx, (map = new Map()));
    return map;
  };
  const finish = (ctx: object, id: string, extra: Partial<OperationLogLine> = {}) => {
    const operations = operationsOf(ctx);
    const op = operations.get(id);
    if (!op) return;
    operations.delete(id);
    write(logger, {
      transport: 'ws',
      reqId: op.context?.requestId ?? randomUUID(),
      wsOperationId: id,
      ...who(op.context),
      operationName: op.operationName,
      operationType: op.operationType,
      durationMs: elapsedMs(op.started),
      ...outcome(op.codes),
      results: op.results,
      ...extra,
    });
  };
  const described = (payload: SubscribePayload) => describeOperation(payload.query, payload.operationName);

  return {
    ...options,
    onSubscribe: async (ctx, id, payload) => {
      const op: WsOperation = { started: process.hrtime.bigint(), operationName: null, operationType: 'unknown', codes: [], results: 0, executing: false };
      operationsOf(ctx).set(id, op);
      let result: Awaited<ReturnType<NonNullable<ServerOptions<P, E>['onSubscribe']>>>;
      try {
        result = await options.onSubscribe?.(ctx, id, payload);
      } catch (error) {
        Object.assign(op, described(payload));
        op.codes.push(error instanceof AppError ? error.code : 'INTERNAL_SERVER_ERROR');
        finish(ctx, id);
        throw error;
      }
      if (Array.isArray(result)) {
        Object.assign(op, described(payload));
        op.codes.push(...(result as readonly GraphQLError[]).map(refusalCode));
        finish(ctx, id);
      } else if (result) {
        const args = result as ExecutionArgs;
        op.context = args.contextValue as Context | undefined;
        Object.assign(op, describeOperation(args.document, args.operationName ?? payload.operationName));
      } else {
        Object.assign(op, described(payload));
      }
      return result;
    },
    onOperation: async (ctx, id, payload, args, result) => {
      const op = operationsOf(ctx).get(id);
      if (op) op.executing = true;
      return options.onOperation?.(ctx, id, payload, args, result);
    },
    onNext: async (ctx, id, payload, args, result) => {
      const formatted = await options.onNext?.(ctx, id, payload, args, result);
      const op = operationsOf(ctx).get(id);
      if (op) {
        op.results += 1;
        if (formatted) op.codes.push(...formattedCodes(formatted.errors));
        else op.codes.push(...(result.errors ?? []).map((e) => clientCodeOf(e)));
      }
      return formatted;
    },
    onError: async (ctx, id, payload, errors) => {
      const formatted = await options.onError?.(ctx, id, payload, errors);
      const op = operationsOf(ctx).get(id);
      if (op) {
        op.codes.push(...(formatted ? formattedCodes(formatted) : errors.map((e) => (op.executing ? clientCodeOf(e) : refusalCode(e)))));
        // An error before execution ends the operation without onComplete; after it, onComplete follows.
        if (!op.executing) finish(ctx, id);
      }
      return formatted;
    },
    onComplete: async (ctx, id, payload) => {
      await options.onComplete?.(ctx, id, payload);
      finish(ctx, id);
    },
    onClose: async (ctx, code, reason) => {
      await options.onClose?.(ctx, code, reason);
      for (const id of [...operationsOf(ctx).keys()]) finish(ctx, id, { closed: true });
    },
  };
}
