import { getOperationAST, GraphQLError, parse, type ASTNode, type DocumentNode } from 'graphql';
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context.js';
import { AppError } from '../errors.js';
import type { Locale } from '../i18n.js';

/**
 * Subscriptions are served over WebSocket only (graphql-transport-ws, same path). Over HTTP
 * they are refused before any resolver runs: 405, as the GraphQL-over-HTTP spec asks for an
 * operation the method cannot carry (and as graphql-helix answers a subscription over POST).
 */
export class SubscriptionOverHttpError extends AppError {
  constructor() {
    super(
      'SUBSCRIPTION_REQUIRES_WEBSOCKET',
      {
        en: 'Subscriptions are served over WebSocket (graphql-transport-ws protocol) at this same URL, not over HTTP.',
        tr: 'Abonelikler HTTP üzerinden değil, aynı adreste WebSocket (graphql-transport-ws protokolü) üzerinden sunulur.',
      },
      405,
    );
  }

  override toGraphQLError(locale: Locale, nodes?: readonly ASTNode[]): GraphQLError {
    return new GraphQLError(this.localized(locale), {
      ...(nodes ? { nodes } : {}),
      originalError: this,
      // RFC 9110: a 405 names the methods the resource does allow (for queries and mutations).
      extensions: { code: this.code, http: { status: this.httpStatus, headers: new HeaderMap([['allow', 'GET, POST']]) } },
    });
  }
}

/** Whether an operation of this document named so is a subscription (false when it cannot tell). */
function selectsSubscription(document: DocumentNode, operationName: unknown): boolean {
  const name = typeof operationName === 'string' && operationName !== '' ? operationName : undefined;
  return getOperationAST(document, name)?.operation === 'subscription';
}

/**
 * The refusal for an HTTP request whose operation is a subscription, or null. Only a text
 * that mentions `subscription` is parsed, so ordinary requests pay one regular-expression
 * test; a text that does not parse is left to Apollo, which reports the syntax error.
 */
export function subscriptionOverHttpError(query: unknown, operationName: unknown): SubscriptionOverHttpError | null {
  if (typeof query !== 'string' || !/\bsubscription\b/.test(query)) return null;
  let document: DocumentNode;
  try {
    document = parse(query, { noLocation: true });
  } catch {
    return null;
  }
  return selectsSubscription(document, operationName) ? new SubscriptionOverHttpError() : null;
}

/**
 * The same rule once Apollo has resolved the operation: it catches a document the text test
 * could not see (a persisted-query hash sent alone). Runs before execution.
 */
export function noSubscriptionOverHttpPlugin(): ApolloServerPlugin<Context> {
  return {
    requestDidStart: async () => ({
      didResolveOperation: async ({ operation, contextValue }) => {
        if (operation?.operation === 'subscription') {
          throw new SubscriptionOverHttpError().toGraphQLError(contextValue.locale, [operation]);
        }
      },
    }),
  };
}
