import {
  GraphQLError,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  getArgumentValues,
  getNamedType,
  getVariableValues,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  type ASTNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphqlHardening } from '../config.js';
import type { Context } from '../context.js';
import { AppError } from '../errors.js';
import type { Locale } from '../i18n.js';
import { DEFAULT_PAGE_SIZE } from './pagination.js';

/**
 * Query limits: depth, aliases and directives are GraphQL validation rules (they depend on
 * the document only, so Apollo caches their verdict with the document); cost depends on
 * the variables too (`first: $n`), so it is computed once the operation and its variables
 * are known: in an Apollo plugin at `didResolveOperation` over HTTP, and in `onSubscribe`
 * over WebSocket (src/graphql/ws-operation.ts). Each refusal happens before execution, with
 * a QueryLimitError. docs/security.md describes the rules; this file is their definition.
 */

export type QueryLimit = 'DEPTH' | 'COST' | 'ALIAS' | 'DIRECTIVE';

const TEXTS: Record<QueryLimit, (value: number, limit: number) => { en: string; tr: string }> = {
  DEPTH: (value, limit) => ({
    en: `Query depth ${value} exceeds the limit of ${limit}`,
    tr: `Sorgu derinliği ${value}, ${limit} sınırını aşıyor`,
  }),
  COST: (value, limit) => ({
    en: `Query cost ${value} exceeds the limit of ${limit}`,
    tr: `Sorgu maliyeti ${value}, ${limit} sınırını aşıyor`,
  }),
  ALIAS: (value, limit) => ({
    en: `Query alias count ${value} exceeds the limit of ${limit}`,
    tr: `Sorgudaki takma ad sayısı ${value}, ${limit} sınırını aşıyor`,
  }),
  DIRECTIVE: (value, limit) => ({
    en: `Query directive count ${value} exceeds the limit of ${limit}`,
    tr: `Sorgudaki yönerge sayısı ${value}, ${limit} sınırını aşıyor`,
  }),
};

/** DEPTH_LIMIT_EXCEEDED, COST_LIMIT_EXCEEDED, ALIAS_LIMIT_EXCEEDED, DIRECTIVE_LIMIT_EXCEEDED; HTTP 400. */
export class QueryLimitError extends AppError {
  readonly value: number;

  constructor(
    readonly limitKind: QueryLimit,
    value: number,
    readonly limit: number,
  ) {
    const shown = Math.min(value, Number.MAX_SAFE_INTEGER);
    super(`${limitKind}_LIMIT_EXCEEDED`, TEXTS[limitKind](shown, limit), 400);
    this.value = shown;
  }

  override toGraphQLError(locale: Locale, nodes?: readonly ASTNode[]): GraphQLError {
    return new GraphQLError(this.localized(locale), {
      ...(nodes ? { nodes } : {}),
      originalError: this,
      extensions: { code: this.code, limit: this.limit, value: this.value, http: { status: this.httpStatus } },
    });
  }
}

export const QUERY_LIMIT_CODES = [
  'DEPTH_LIMIT_EXCEEDED',
  'COST_LIMIT_EXCEEDED',
  'ALIAS_LIMIT_EXCEEDED',
  'DIRECTIVE_LIMIT_EXCEEDED',
] as const;

// ---------------------------------------------------------------------------------------
// Depth, aliases, directives: measured on the document alone.

interface Shape {
  /** Nesting of fields: `{ a { b } }` is 2. */
  depth: number;
  /** Fields with an alias (`x: a`), each fragment counted once per spread. */
  aliases: number;
  /** Directive applications (`@include`, `@skip`, ...), each fragment counted once per spread. */
  directives: number;
}

const NOTHING: Shape = { depth: 0, aliases: 0, directives: 0 };
const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);

/**
 * The shape of one operation, its fragments expanded in place. Each fragment is measured
 * once (memoised), so a document that spreads fragments inside fragments cannot make the
 * measure itself expensive; a fragment cycle (refused by the standard rules) counts 0.
 *
 * Inside an introspection selection (`__schema`, `__type`), `ofType` does not add depth:
 * a type reference unwraps at most a few list/non-null levels whatever the client asks,
 * and GraphiQL's introspection query nests `ofType` eight deep. Every other introspection
 * field counts, so cyclic introspection (`fields { type { fields { type ...` is limited.
 */
function shapeOf(operation: OperationDefinitionNode, fragment: (name: string) => FragmentDefinitionNode | undefined): Shape {
  const memo = new Map<string, Shape>();
  const visiting = new Set<string>();

  const selections = (set: SelectionSetNode, introspection: boolean): Shape => {
    let depth = 0;
    let aliases = 0;
    let directives = 0;
    for (const selection of set.selections) {
      directives += selection.directives?.length ?? 0;
      let inner: Shape;
      let own = 0;
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (selection.alias) aliases += 1;
        const nested = introspection || INTROSPECTION_ROOTS.has(name);
        inner = selection.selectionSet ? selections(selection.selectionSet, nested) : NOTHING;
        own = introspection && name === 'ofType' ? 0 : 1;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        inner = selections(selection.selectionSet, introspection);
      } else {
        inner = spread(selection.name.value, introspection);
      }
      depth = Math.max(depth, own + inner.depth);
      aliases += inner.aliases;
      directives += inner.directives;
    }
    return { depth, aliases, directives };
  };

  const spread = (name: string, introspection: boolean): Shape => {
    const key = `${introspection ? 'i' : 'd'}:${name}`;
    const known = memo.get(key);
    if (known) return known;
    const definition = fragment(name);
    if (!definition || visiting.has(key)) return NOTHING;
    visiting.add(key);
    const inner = selections(definition.selectionSet, introspection);
    visiting.delete(key);
    const shape = { ...inner, directives: inner.directives + (definition.directives?.length ?? 0) };
    memo.set(key, shape);
    return shape;
  };

  const body = selections(operation.selectionSet, false);
  const ownDirectives =
    (operation.directives?.length ?? 0) +
    (operation.variableDefinitions ?? []).reduce((n, v) => n + (v.directives?.length ?? 0), 0);
  return { ...body, directives: body.directives + ownDirectives };
}

/** One validation pass measures each operation once for all three rules. */
const shapes = new WeakMap<OperationDefinitionNode, Shape>();

function measured(context: ValidationContext, operation: OperationDefinitionNode): Shape {
  let shape = shapes.get(operation);
  if (!shape) {
    shape = shapeOf(operation, (name) => context.getFragment(name) ?? undefined);
    shapes.set(operation, shape);
  }
  return shape;
}

function limitRule(kind: Exclude<QueryLimit, 'COST'>, limit: number, pick: (shape: Shape) => number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const value = pick(measured(context, operation));
      if (value > limit) context.reportError(new QueryLimitError(kind, value, limit).toGraphQLError('en', [operation]));
    },
  });
}

export const depthLimitRule = (limit: number): ValidationRule => limitRule('DEPTH', limit, (s) => s.depth);
export const aliasLimitRule = (limit: number): ValidationRule => limitRule('ALIAS', limit, (s) => s.aliases);
export const directiveLimitRule = (limit: number): ValidationRule => limitRule('DIRECTIVE', limit, (s) => s.directives);

/** The limit rules, used as Apollo's `validationRules` and by the WebSocket path alike. */
export function limitRules(limits: Pick<GraphqlHardening, 'maxDepth' | 'maxAliases' | 'maxDirectives'>): ValidationRule[] {
  return [depthLimitRule(limits.maxDepth), aliasLimitRule(limits.maxAliases), directiveLimitRule(limits.maxDirectives)];
}

// ---------------------------------------------------------------------------------------
// Cost: needs the schema (which fields are connections) and the variables (their `first`).

function fieldDefinition(
  schema: GraphQLSchema,
  parent: GraphQLCompositeType | undefined,
  name: string,
): GraphQLField<unknown, unknown> | undefined {
  if (name === TypeNameMetaFieldDef.name) return TypeNameMetaFieldDef;
  if (parent && parent === schema.getQueryType()) {
    if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
    if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
  }
  if (parent && (isObjectType(parent) || isInterfaceType(parent))) return parent.getFields()[name];
  return undefined;
}

/** A connection is a field with a `first` argument; its page size is `first`, else `last`, else 20. */
function pageSize(definition: GraphQLField<unknown, unknown>, node: FieldNode, variables: () => Record<string, unknown>): number | null {
  if (!definition.args.some((arg) => arg.name === 'first')) return null;
  let args: Record<string, unknown> = {};
  try {
    args = getArgumentValues(definition, node, variables());
  } catch {
    // An argument that does not coerce fails execution anyway; count the default.
  }
  const size = args['first'] ?? args['last'];
  return typeof size === 'number' && Number.isFinite(size) ? Math.max(0, Math.trunc(size)) : DEFAULT_PAGE_SIZE;
}

/**
 * The estimated cost of an operation:
 *
 *   cost(field)      = 1 + multiplier × cost(its selections)
 *   multiplier       = page size for a connection field (one with a `first` argument):
 *                      the value of `first` (literal, variable or argument default), else
 *                      `last`, else the default page size 20; 1 for every other field,
 *                      lists without pagination included
 *   cost(selections) = the sum over its fields; fragments are expanded in place and every
 *                      type condition is added (an upper bound for unions and interfaces);
 *                      `@skip`/`@include` are ignored (also an upper bound)
 *
 * `{ players(first: 50) { edges { node { id } } } }` costs 1 + 50 × (1 + (1 + 1)) = 151.
 * Variables are taken as sent; a value that does not coerce fails execution anyway, and
 * its field is counted at the default page size. A `first` above the maximum page size
 * (100) is counted as asked, so asking for more never costs less.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Readonly<Record<string, unknown>> | null | undefined,
): number {
  const known = costWithoutPaging.get(operation);
  if (known !== undefined) return known;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  // Variables matter only for page sizes: coerced on first need, and an operation without a
  // connection field has one cost whatever its variables, remembered for its parsed document.
  let variables: Record<string, unknown> | undefined;
  let paged = false;
  const variablesNow = () => {
    paged = true;
    return (variables ??= getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {}).coerced ?? {});
  };
  const memo = new Map<string, number>();
  const visiting = new Set<string>();

  const selections = (set: SelectionSetNode, parent: GraphQLCompositeType | undefined): number => {
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const definition = fieldDefinition(schema, parent, selection.name.value);
        const type = definition ? getNamedType(definition.type) : undefined;
        const inner = selection.selectionSet
          ? selections(selection.selectionSet, type && isCompositeType(type) ? type : undefined)
          : 0;
        const multiplier = definition ? (pageSize(definition, selection, variablesNow) ?? 1) : 1;
        cost += 1 + multiplier * inner;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        cost += selections(selection.selectionSet, type && isCompositeType(type) ? type : undefined);
      } else {
        const name = selection.name.value;
        const known = memo.get(name);
        if (known !== undefined) {
          cost += known;
          continue;
        }
        const definition = fragments.get(name);
        if (!definition || visiting.has(name)) continue;
        visiting.add(name);
        const type = schema.getType(definition.typeCondition.name.value);
        const inner = selections(definition.selectionSet, type && isCompositeType(type) ? type : undefined);
        visiting.delete(name);
        memo.set(name, inner);
        cost += inner;
      }
    }
    return cost;
  };

  const root = schema.getRootType(operation.operation) ?? undefined;
  const cost = selections(operation.selectionSet, root);
  if (!paged) costWithoutPaging.set(operation, cost);
  return cost;
}

/** Costs of operations without connection fields, by their parsed operation (Apollo reuses parsed documents). */
const costWithoutPaging = new WeakMap<OperationDefinitionNode, number>();

/** The cost refusal of an operation, or null when it fits. */
export function costLimitError(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>> | null | undefined,
  limit: number,
): QueryLimitError | null {
  const cost = operationCost(schema, document, operation, variables);
  return cost > limit ? new QueryLimitError('COST', cost, limit) : null;
}

/** Refuses an HTTP operation over the cost limit once Apollo has resolved it (variables known). */
export function costLimitPlugin(limit: number): ApolloServerPlugin<Context> {
  return {
    requestDidStart: async () => ({
      didResolveOperation: async ({ schema, document, operation, request, contextValue }) => {
        if (!operation) return;
        const error = costLimitError(schema, document, operation, request.variables, limit);
        if (error) throw error.toGraphQLError(contextValue.locale, [operation]);
      },
    }),
  };
}

/** Apollo's `hideSchemaDetailsFromClientErrors`, for the WebSocket path: no "Did you mean ...?". */
export function withoutSuggestions(message: string): string {
  return message.replace(/ ?Did you mean(.+?)\?$/, '');
}
