import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isUnionType, printSchema, type GraphQLObjectType } from 'graphql';
import { schema } from '../../src/modules.js';

describe('schema', () => {
  it('schema/schema.graphql is the printed schema (run `npm run schema` when this fails)', () => {
    const committed = readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8');
    expect(committed).toBe(`${printSchema(schema)}\n`);
  });

  it('declares an authorization rule on every root field', () => {
    const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter(
      (t): t is GraphQLObjectType => !!t,
    );
    const unguarded: string[] = [];
    let count = 0;
    for (const root of roots) {
      for (const field of Object.values(root.getFields())) {
        count += 1;
        const options = field.extensions?.['pothosOptions'] as { authScopes?: unknown } | undefined;
        if (!options?.authScopes) unguarded.push(`${root.name}.${field.name}`);
      }
    }
    expect(count).toBeGreaterThan(20);
    expect(unguarded).toEqual([]);
  });

  it('gives every mutation a result union whose members other than the payload implement Error', () => {
    const mutations = Object.values(schema.getMutationType()!.getFields());
    for (const mutation of mutations) {
      const union = schema.getType(mutation.type.toString().replace('!', ''));
      if (!isUnionType(union)) continue; // e.g. logout, which has no expected failure
      const members = union.getTypes();
      const errors = members.filter((m) => m.getInterfaces().some((i) => i.name === 'Error'));
      expect(members.length - errors.length, `${mutation.name} has one payload`).toBe(1);
    }
  });
});
