import { describe, expect, it } from 'vitest';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLNamedType,
} from 'graphql';
import { schema } from '../../src/modules.js';

/** The schema's own types (not graphql's introspection types and built-in scalars). */
const ownTypes = Object.values(schema.getTypeMap()).filter((t) => !t.name.startsWith('__') && !['String', 'Int', 'Float', 'Boolean', 'ID'].includes(t.name));

/** `*Id` fields that name something outside the platform (a provider's, aggregator's or client's id), not one of our objects. */
const EXTERNAL_ID_FIELDS = new Set<string>([]);

function missingDescriptions(): string[] {
  const missing: string[] = [];
  const need = (what: string, description: string | null | undefined) => {
    if (!description?.trim()) missing.push(what);
  };
  for (const type of ownTypes) {
    need(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        need(`${type.name}.${field.name}`, field.description);
        for (const arg of field.args) need(`${type.name}.${field.name}(${arg.name})`, arg.description);
      }
    }
    if (isInputObjectType(type)) for (const field of Object.values(type.getFields())) need(`${type.name}.${field.name}`, field.description);
    if (isEnumType(type)) for (const value of type.getValues()) need(`${type.name}.${value.name}`, value.description);
  }
  return missing;
}

const capitalized = (name: string) => `${name[0]!.toUpperCase()}${name.slice(1)}`;

describe('schema conventions (docs/conventions.md)', () => {
  it('describes every type, field, argument, input field and enum value', () => {
    expect(missingDescriptions()).toEqual([]);
  });

  it('gives every mutation one `input: <Name>Input!` argument and a `<Name>Payload` result', () => {
    const wrong: string[] = [];
    for (const mutation of Object.values(schema.getMutationType()!.getFields())) {
      const name = capitalized(mutation.name);
      const [input, ...others] = mutation.args;
      if (others.length > 0 || input?.name !== 'input' || !isNonNullType(input.type) || getNamedType(input.type).name !== `${name}Input`) {
        wrong.push(`${mutation.name}(${mutation.args.map((a) => `${a.name}: ${a.type.toString()}`).join(', ')})`);
      }
      const result = getNamedType(mutation.type);
      const payloads = isUnionType(result) ? result.getTypes().filter((m) => !m.getInterfaces().some((i) => i.name === 'Error')) : [result];
      if (payloads.length !== 1 || payloads[0]!.name !== `${name}Payload`) wrong.push(`${mutation.name}: ${result.name} (payload ${payloads.map((p) => p.name).join(', ')})`);
    }
    expect(wrong).toEqual([]);
  });

  it('gives every object with an id the Node interface, and every reference as an object, not an *Id string', () => {
    const wrong: string[] = [];
    for (const type of ownTypes) {
      if (!isObjectType(type) || type.name.endsWith('Payload') || type.name.endsWith('Edge') || type.name.endsWith('Connection')) continue;
      const fields = type.getFields();
      if (fields['id'] && !type.getInterfaces().some((i) => i.name === 'Node')) wrong.push(`${type.name} has an id but is not a Node`);
      for (const field of Object.values(fields)) {
        const named = getNamedType(field.type);
        if (/[a-z]Ids?$/.test(field.name) && isScalarType(named) && !EXTERNAL_ID_FIELDS.has(`${type.name}.${field.name}`)) {
          wrong.push(`${type.name}.${field.name}: ${field.type.toString()} (a reference: expose the object)`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('takes every id argument and input field as a global ID!', () => {
    const wrong: string[] = [];
    const check = (where: string, name: string, typeName: string) => {
      if ((name === 'id' || name === 'ids' || /[a-z]Ids?$/.test(name)) && typeName !== 'ID' && !EXTERNAL_ID_FIELDS.has(where)) wrong.push(`${where}: ${typeName}`);
    };
    for (const type of ownTypes) {
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields())) for (const arg of field.args) check(`${type.name}.${field.name}(${arg.name})`, arg.name, getNamedType(arg.type).name);
      }
      if (isInputObjectType(type)) for (const field of Object.values(type.getFields())) check(`${type.name}.${field.name}`, field.name, getNamedType(field.type).name);
    }
    expect(wrong).toEqual([]);
  });

  it('names connections after their node type (PlayerConnection), never after the field', () => {
    const named = ownTypes.filter((t: GraphQLNamedType) => /^(Query|Mutation|Subscription)\w+(Connection|ConnectionEdge)$/.test(t.name)).map((t) => t.name);
    expect(named).toEqual([]);
  });

  it('lists only the errors a mutation can return: ValidationError and tenant errors are not added blindly', () => {
    // A sanity bound, not a proof: no union carries more than 12 members (sitAtPokerTable had 17).
    const wide = Object.values(schema.getMutationType()!.getFields())
      .map((m) => getNamedType(m.type))
      .filter((t) => isUnionType(t) && t.getTypes().length > 12)
      .map((t) => t.name);
    expect(wide).toEqual([]);
  });
});
