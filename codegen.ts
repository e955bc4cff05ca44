import { concatAST, Kind, type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { oldVisit, type CodegenPlugin, type PluginFunction, type Types } from '@graphql-codegen/plugin-helpers';
import * as graphqlRequest from '@graphql-codegen/typescript-graphql-request';

/**
 * typescript-graphql-request, without SDK methods for subscriptions: graphql-request speaks
 * HTTP, and the server refuses subscriptions over HTTP (SUBSCRIPTION_REQUIRES_WEBSOCKET,
 * docs/security.md). Subscription documents keep their typed `...Document` constants and
 * result types, for graphql-ws clients (tests/helpers/subscriptions.ts).
 */
class RequestVisitorWithoutSubscriptions extends graphqlRequest.GraphQLRequestVisitor {
  override buildOperation(node: OperationDefinitionNode, ...rest: [string, string, string, string]): string {
    // The base class returns nothing either (it collects the operation for sdkContent).
    if (node.operation === 'subscription') return '';
    return super.buildOperation(node, ...rest);
  }
}

// The plugin's own entry point, with the visitor above (the package does not let one filter operations).
const withoutSubscriptions: PluginFunction<Parameters<typeof graphqlRequest.plugin>[2]> = (
  schema: GraphQLSchema,
  documents: Types.DocumentFile[],
  config,
) => {
  const allAst = concatAST(documents.map((file) => file.document).filter((doc): doc is DocumentNode => !!doc));
  const fragments = allAst.definitions
    .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
    .map((node) => ({ node, name: node.name.value, onType: node.typeCondition.name.value, isExternal: false }));
  const visitor = new RequestVisitorWithoutSubscriptions(schema, fragments, config);
  const result = oldVisit(allAst, { leave: visitor as never }) as { definitions: unknown[] };
  return {
    prepend: visitor.getImports(),
    content: [visitor.fragments, ...result.definitions.filter((d) => typeof d === 'string'), visitor.sdkContent].join('\n'),
  };
};
const SDK_PLUGIN = 'graphql-request-without-subscriptions';

const sdkConfig = {
  useTypeImports: true,
  gqlImport: 'graphql-tag#gql',
  enumsAsTypes: true,
  strictScalars: true,
  scalars: { DateTime: 'string', JSON: 'unknown', ID: 'string', MinorUnits: 'string', Currency: 'string', Date: 'string' },
  avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
};

/**
 * Two typed SDKs of the same shape: every query and mutation becomes a method of
 * `getSdk(client)`; subscriptions get typed documents only.
 * - codegen/sdk.ts, the partners' SDK (codegen/package.json, docs/sdk.md): the operations of
 *   codegen/operations only. Its documents are the trusted-documents manifest.
 * - tests/sdk.ts, the tests' SDK: the same operations plus the test-only ones of
 *   tests/operations (probes the suites need that no client should be given).
 */
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  pluginLoader: async (name: string): Promise<CodegenPlugin> =>
    name.endsWith(SDK_PLUGIN) ? { plugin: withoutSubscriptions, validate: graphqlRequest.validate } : ((await import(name)) as CodegenPlugin),
  generates: {
    'codegen/sdk.ts': {
      documents: 'codegen/operations/**/*.graphql',
      plugins: ['typescript-operations', SDK_PLUGIN],
      config: sdkConfig,
    },
    'tests/sdk.ts': {
      documents: ['codegen/operations/**/*.graphql', 'tests/operations/**/*.graphql'],
      plugins: ['typescript-operations', SDK_PLUGIN],
      config: sdkConfig,
    },
  },
};

export default config;
