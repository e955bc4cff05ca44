import SchemaBuilder from '@pothos/core';
import ScopeAuthPlugin, { type AuthFailure } from '@pothos/plugin-scope-auth';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import { GraphQLError, Kind, isObjectType, type GraphQLSchema } from 'graphql';
import type { Context } from './context.js';
import type { Permission } from './auth/permissions.js';
import { ForbiddenError, UnauthenticatedError } from './errors.js';

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
  permission: Permission;
}

function isNodeType(schema: GraphQLSchema, typename: string): boolean {
  const type = schema.getType(typename);
  return isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Node');
}

function describeFailure(failure: AuthFailure): string {
  switch (failure.kind) {
    case 'AuthScope':
      return failure.scope === 'permission' ? `permission ${String(failure.parameter)}` : `${failure.scope} access`;
    case 'AnyAuthScopes':
      return failure.failures.map(describeFailure).join(' or ');
    case 'AllAuthScopes':
      return failure.failures.map(describeFailure).join(' and ');
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
    Money: { Input: string; Output: string | bigint };
  };
}>({
  plugins: [RelayPlugin, ScopeAuthPlugin, ErrorsPlugin],
  defaultFieldNullability: false,
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
        permission: (permission: Permission) =>
          !!p && p.kind !== 'player' && p.permissions.has(permission),
      };
    },
    unauthorizedError: (_parent, ctx, _info, result): GraphQLError => {
      const error = ctx.principal ? new ForbiddenError(describeFailure(result.failure)) : new UnauthenticatedError();
      return error.toGraphQLError(ctx.locale);
    },
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    // An id naming a type that is not a Node names nothing: null, like any unknown id.
    nodeQueryOptions: {
      authScopes: { authenticated: true },
      resolve: (_root, { id }, _ctx, info, resolveNode) => (isNodeType(info.schema, id.typename) ? resolveNode(id) : null),
    },
    nodesQueryOptions: {
      authScopes: { authenticated: true },
      resolve: async (_root, { ids }, _ctx, info, resolveNodes) => {
        const known = ids.map((id) => (isNodeType(info.schema, id.typename) ? id : null));
        const loaded = await resolveNodes(known.filter((id): id is NonNullable<typeof id> => id !== null));
        let next = 0;
        return known.map((id) => (id ? loaded[next++] ?? null : null));
      },
    },
  },
  errors: { directResult: true, defaultTypes: [] },
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
  description: 'A JSON value.',
  serialize: (value) => value,
  parseValue: (value) => value,
});

builder.scalarType('Money', {
  description: 'An amount in minor units of its currency (cents, kuruş), as a decimal string: never a float.',
  serialize: (value) => (typeof value === 'bigint' ? value.toString() : String(value)),
  parseValue: (value) => {
    if (typeof value !== 'string') throw new GraphQLError('Money must be a string of minor units, such as "1250"');
    return value;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('Money must be a string of minor units, such as "1250"');
    return ast.value;
  },
});

builder.queryType({});
builder.mutationType({});
builder.subscriptionType({});
