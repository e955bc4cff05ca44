import {
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  getOperationAST,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValidationRule,
} from 'graphql';
import type { GraphqlHardening } from '../config.js';
import type { Locale } from '../i18n.js';
import { AppError } from '../errors.js';
import { QueryLimitError, costLimitError, limitRules, withoutSuggestions } from './limits.js';
import { unstorableTextError } from './text-input.js';
import type { DocumentRequest, TrustedDocuments } from './trusted-documents.js';

/**
 * What Apollo does for an HTTP operation before executing it, done for a graphql-ws
 * operation: trusted documents, parse, validation with the same rules (query limits;
 * no introspection and no "Did you mean" when introspection is off), operation
 * resolution, cost. Refusals carry the codes Apollo gives them.
 */
export class WsOperationGuard {
  private readonly rules: ValidationRule[];

  constructor(
    private readonly hardening: GraphqlHardening,
    private readonly trusted: TrustedDocuments | null,
  ) {
    this.rules = [
      ...specifiedRules,
      ...limitRules(hardening),
      ...(hardening.introspection ? [] : [NoSchemaIntrospectionCustomRule]),
    ];
  }

  prepare(
    schema: GraphQLSchema,
    payload: DocumentRequest & { operationName?: string | null; variables?: Readonly<Record<string, unknown>> | null },
    locale: Locale,
  ): { document: DocumentNode; operation: OperationDefinitionNode } | readonly GraphQLError[] {
    let query: string;
    try {
      query = this.trusted ? this.trusted.resolve(payload) : String(payload.query ?? '');
    } catch (error) {
      if (error instanceof AppError) return [error.toGraphQLError(locale)];
      throw error;
    }

    let document: DocumentNode;
    try {
      document = parse(query);
    } catch (error) {
      if (error instanceof GraphQLError) return [withCode(error, 'GRAPHQL_PARSE_FAILED')];
      // graphql-js parses recursively: a literal nested past the stack is a syntax failure, as
      // Apollo answers it over HTTP, not a crash that closes the socket.
      if (error instanceof RangeError) return [withCode(new GraphQLError('Syntax Error: the document nests too deeply to parse.'), 'GRAPHQL_PARSE_FAILED')];
      throw error;
    }

    const invalid = validate(schema, document, this.rules);
    if (invalid.length) {
      return invalid.map((error) => {
        if (error.originalError instanceof QueryLimitError) return error.originalError.toGraphQLError(locale, error.nodes);
        if (!this.hardening.introspection) (error as { message: string }).message = withoutSuggestions(error.message);
        return withCode(error, 'GRAPHQL_VALIDATION_FAILED');
      });
    }

    const operation = getOperationAST(document, payload.operationName ?? undefined);
    if (!operation) {
      const message = payload.operationName
        ? `Unknown operation named "${payload.operationName}".`
        : 'Must provide operation name if query contains multiple operations.';
      return [new GraphQLError(message, { extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } })];
    }

    const tooCostly = costLimitError(schema, document, operation, payload.variables, this.hardening.maxCost);
    if (tooCostly) return [tooCostly.toGraphQLError(locale, [operation])];
    const unstorable = unstorableTextError(document, payload.variables);
    if (unstorable) return [unstorable.toGraphQLError(locale, [operation])];
    return { document, operation };
  }
}

function withCode(error: GraphQLError, code: string): GraphQLError {
  return new GraphQLError(error.message, {
    ...(error.nodes ? { nodes: error.nodes } : {}),
    ...(error.source ? { source: error.source } : {}),
    ...(error.positions ? { positions: error.positions } : {}),
    extensions: { ...error.extensions, code },
  });
}
