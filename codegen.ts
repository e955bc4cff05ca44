import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The typed client SDK: every operation in codegen/operations becomes a method of
 * `getSdk(client)`. The e2e tests use it, and partners get the same file.
 */
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: 'codegen/operations/**/*.graphql',
  generates: {
    'codegen/sdk.ts': {
      plugins: ['typescript-operations', 'typescript-graphql-request'],
      config: {
        useTypeImports: true,
        gqlImport: 'graphql-tag#gql',
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { DateTime: 'string', JSON: 'unknown', ID: 'string', Money: 'string' },
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
      },
    },
  },
};

export default config;
