import SchemaBuilder from '@pothos/core';
import ScopeAuthPlugin, { type AuthFailure } from '@pothos/plugin-scope-auth';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import TracingPlugin, { isEnumField, isExposedField, isRootField, isScalarField } from '@pothos/plugin-tracing';
import type { PothosOutputFieldConfig, PothosOutputFieldType, SchemaTypes } from '@pothos/core';
import { GraphQLError, Kind, isObjectType, type GraphQLSchema } from 'graphql';
import type { Context } from './context.js';
import type { Permission } from './auth/permissions.js';
import { holds } from './auth/principal.js';
import { ForbiddenError, UnauthenticatedError, type Requirement, type ScopeName } from './errors.js';
import { isCalendarDate, isCurrency } from './money.js';
import { traceResolver } from './observability/tracing.js';

/** The scopes a field can require. Every root field must declare at least one. */
export interface AuthScopes {
  /** Anyone, signed in or not. */
  public: boolean;
  /** Any signed-in principal. */
  authenticated: boolean;
  player: boolean;
  /** Staff of the operation's tenant, or platform staff. */
  staff: boolean;
  platform: boolean;
  /** An affiliate signed in to its own portal. */
  affiliate: boolean;
  permission: Permission;
}

function isNodeType(schema: GraphQLSchema, typename: string): boolean {
  const type = schema.getType(typename);
  return isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Node');
}

/**
 * Which fields get a resolver span (when tracing is on): root queries and mutations, and
 * fields that resolve objects with a resolver of their own (references, loaders, lists), the
 * ones that may do I/O. Scalars, enums, exposed fields and the relay plumbing of connections
 * (edges, nodes, page info) get none. Subscription events have no operation span to join.
 */
function tracedField<Types extends SchemaTypes>(config: PothosOutputFieldConfig<Types>): boolean {
  if (isRootField(config)) return config.kind !== 'Subscription';
  if (isScalarField(config) || isEnumField(config) || isExposedField(config)) return false;
  if (/(Connection|Edge)$/.test(config.parentType)) return false;
  return !VALUE_TYPES.has(typeNameOf(config.type));
}

/** Object types that are values built from their parent, never read from anywhere. */
const VALUE_TYPES = new Set(['Money', 'PageInfo']);

function typeNameOf<Types extends SchemaTypes>(type: PothosOutputFieldType<Types>): string {
  if (type.kind === 'List') return typeNameOf(type.type);
  return typeof type.ref === 'string' ? type.ref : String((type.ref as { name?: unknown }).name);
}

function requirementOf(failure: AuthFailure): Requirement {
  switch (failure.kind) {
    case 'AuthScope':
      return failure.scope === 'permission' ? { permission: String(failure.parameter) } : (failure.scope as ScopeName);
    case 'AnyAuthScopes':
      return { anyOf: failure.failures.map(requirementOf) };
    case 'AllAuthScopes':
      return { allOf: failure.failures.map(requirementOf) };
    default:
      return 'access';
  }
}

export const builder = new SchemaBuilder<{
  Context: Context;
  AuthScopes: AuthScopes;
  DefaultFieldNullability: false;
  Scalars: {
    ID: { Input: string; Output: string | number };
    DateTime: { Input: Date; Output: Date | string };
    JSON: { Input: unknown; Output: unknown };
    MinorUnits: { Input: string; Output: string | bigint };
    Currency: { Input: string; Output: string };
    Date: { Input: string; Output: string };
  };
}>({
  // Tracing first: its span covers what the other plugins add (authorization, error unions).
  plugins: [TracingPlugin, RelayPlugin, ScopeAuthPlugin, ErrorsPlugin],
  defaultFieldNullability: false,
  tracing: {
    default: (config) => tracedField(config),
    wrap: (resolver) => traceResolver(resolver),
  },
  scopeAuth: {
    authorizeOnSubscribe: true,
    authScopes: (ctx) => {
      const p = ctx.principal;
      return {
        public: true,
        authenticated: p !== null,
        player: p?.kind === 'player',
        staff: p?.kind === 'staff' || p?.kind === 'platform',
        platform: p?.kind === 'platform',
        affiliate: p?.kind === 'affiliate',
        permission: (permission: Permission) => holds(p, permission),
      };
    },
    unauthorizedError: (_parent, ctx, _info, result): GraphQLError => {
      const error = ctx.principal ? new ForbiddenError(requirementOf(result.failure)) : new UnauthenticatedError();
      return error.toGraphQLError(ctx.locale);
    },
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    nodesOnConnection: { description: 'The nodes of the page, in order: `edges` without the cursors.' },
    nodeTypeOptions: { description: 'An object with a global ID, fetchable with `node(id:)` and `nodes(ids:)`.' },
    idFieldOptions: { description: 'The global ID of the object: opaque, stable, accepted by every argument that names it.' },
    pageInfoTypeOptions: { description: 'Where a page sits in its listing.' },
    hasNextPageFieldOptions: { description: 'Whether rows follow this page (ask again with `after: endCursor`).' },
    hasPreviousPageFieldOptions: { description: 'Whether rows precede this page (ask again with `before: startCursor`).' },
    startCursorFieldOptions: { description: 'The cursor of the first row of the page.' },
    endCursorFieldOptions: { description: 'The cursor of the last row of the page.' },
    cursorFieldOptions: { description: 'Where this row sits in the listing: pass it as `after` or `before`.' },
    nodeFieldOptions: { description: 'The row.' },
    edgesFieldOptions: { description: 'The rows of the page with their cursors.' },
    pageInfoFieldOptions: { description: 'Where the page sits in its listing.' },
    firstArgOptions: { description: 'Rows after `after`, 1 to 100 (20 when neither first nor last is given).' },
    afterArgOptions: { description: 'A cursor from this listing: rows after it.' },
    lastArgOptions: { description: 'Rows before `before`, 1 to 100: the end of the listing when `before` is absent.' },
    beforeArgOptions: { description: 'A cursor from this listing: rows before it.' },
    // An id naming a type that is not a Node names nothing: null, like any unknown id.
    nodeQueryOptions: {
      description: 'The object with this global ID, or null when it does not exist or is not visible to the caller.',
      args: { id: { description: 'The global ID of any object that implements Node.' } },
      authScopes: { authenticated: true },
      resolve: (_root, { id }, _ctx, info, resolveNode) => (isNodeType(info.schema, id.typename) ? resolveNode(id) : null),
    },
    nodesQueryOptions: {
      description: 'The objects with these global IDs, in order; null for each that does not exist or is not visible.',
      args: { ids: { description: 'Global IDs of objects that implement Node, of one type or several.' } },
      authScopes: { authenticated: true },
      resolve: async (_root, { ids }, _ctx, info, resolveNodes) => {
        const known = ids.map((id) => (isNodeType(info.schema, id.typename) ? id : null));
        const loaded = await resolveNodes(known.filter((id): id is NonNullable<typeof id> => id !== null));
        let next = 0;
        return known.map((id) => (id ? loaded[next++] ?? null : null));
      },
    },
  },
  errors: {
    directResult: true,
    defaultTypes: [],
    defaultUnionOptions: {
      name: ({ fieldName }) => `${fieldName[0]!.toUpperCase()}${fieldName.slice(1)}Result`,
      description: 'The payload of the mutation of the same name, or one of the errors it can return.',
    },
  },
});

builder.scalarType('DateTime', {
  description: 'An instant, as an ISO 8601 string in UTC.',
  serialize: (value) => (value instanceof Date ? value.toISOString() : new Date(value).toISOString()),
  parseValue: (value) => {
    const date = typeof value === 'string' ? new Date(value) : new Date(NaN);
    if (Number.isNaN(date.getTime())) throw new GraphQLError('DateTime must be an ISO 8601 string');
    return date;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING || Number.isNaN(new Date(ast.value).getTime())) {
      throw new GraphQLError('DateTime must be an ISO 8601 string');
    }
    return new Date(ast.value);
  },
});

builder.scalarType('JSON', {
  description: 'A JSON value, where its shape is the caller\'s own (metadata they attached).',
  serialize: (value) => value,
  parseValue: (value) => value,
});

builder.scalarType('MinorUnits', {
  description: 'An amount in minor units of its currency (cents, kuruş, fils), as a decimal integer string: never a float.',
  serialize: (value) => (typeof value === 'bigint' ? value.toString() : String(value)),
  parseValue: (value) => {
    if (typeof value !== 'string') throw new GraphQLError('MinorUnits must be a string of minor units, such as "1250"');
    return value;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('MinorUnits must be a string of minor units, such as "1250"');
    return ast.value;
  },
});

function parseCurrency(value: unknown): string {
  if (typeof value !== 'string' || !isCurrency(value)) throw new GraphQLError('Currency must be an ISO 4217 code in upper case, such as "EUR"');
  return value;
}

builder.scalarType('Currency', {
  description: 'An ISO 4217 currency code in upper case, such as "EUR", "TRY" or "JPY".',
  serialize: (value) => String(value),
  parseValue: parseCurrency,
  parseLiteral: (ast) => parseCurrency(ast.kind === Kind.STRING ? ast.value : null),
});

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isCalendarDate(value)) throw new GraphQLError('Date must be a calendar date as YYYY-MM-DD, such as "2026-12-06"');
  return value;
}

builder.scalarType('Date', {
  description: 'A calendar date, as YYYY-MM-DD (ISO 8601), without a time or zone.',
  serialize: (value) => String(value),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : null),
});

builder.queryType({ description: 'Reads. Each root field fails alone: a forbidden or failing field is null with its error, the others answer.' });
builder.mutationType({ description: 'Writes. Each takes one `input` and returns its payload or one of its own errors.' });
builder.subscriptionType({ description: 'Live events over the WebSocket (graphql-transport-ws), filtered by tenant and by what the viewer may see.' });

/** The builder's schema types, for helpers that take Pothos refs (ObjectRef<BuilderTypes, T>). */
export type BuilderTypes = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
