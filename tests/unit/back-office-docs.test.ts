import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, validate } from 'graphql';
import { schema } from '../../src/modules.js';

describe('docs/back-office.md', () => {
  it('shows a player detail query that is valid against the schema', () => {
    const page = readFileSync(new URL('../../docs/back-office.md', import.meta.url), 'utf8');
    const documents = [...page.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(documents.some((d) => d.includes('query PlayerDetail'))).toBe(true);
    for (const document of documents) expect(validate(schema, parse(document)).map((e) => e.message)).toEqual([]);
  });
});
