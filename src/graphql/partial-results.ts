import { GraphQLObjectType, GraphQLSchema, isNonNullType, type GraphQLFieldConfigMap } from 'graphql';

/**
 * Every root query field made nullable, as GitHub's and Shopify's are: a field the caller may
 * not read, or that fails, answers null with its error in `errors`, and the other root fields of
 * the same document still answer (a non-null root field would null the whole `data`).
 */
export function withNullableRootQueryFields(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  if (!query) return schema;
  const config = query.toConfig();
  const fields: GraphQLFieldConfigMap<unknown, unknown> = {};
  for (const [name, field] of Object.entries(config.fields)) {
    fields[name] = { ...field, type: isNonNullType(field.type) ? field.type.ofType : field.type };
  }
  const nullableQuery = new GraphQLObjectType({ ...config, fields });
  const schemaConfig = schema.toConfig();
  return new GraphQLSchema({
    ...schemaConfig,
    query: nullableQuery,
    types: schemaConfig.types.map((type) => (type === query ? nullableQuery : type)),
  });
}
