import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, validate } from 'graphql';
import { schema } from '../../src/modules.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** Every GraphQL document of the README's curl examples: JSON bodies (-d '...') and GET query strings. */
function readmeDocuments(): string[] {
  const documents: string[] = [];
  for (const match of readme.matchAll(/-d '(\{[\s\S]*?\})'/g)) {
    const body = JSON.parse(match[1]!) as { query?: string };
    if (body.query) documents.push(body.query);
  }
  for (const match of readme.matchAll(/graphql\?query=([^'\s&]+)/g)) documents.push(decodeURIComponent(match[1]!));
  return documents;
}

describe('README examples', () => {
  it('are valid against the schema as written', () => {
    const documents = readmeDocuments();
    expect(documents.length).toBeGreaterThan(5);
    const invalid = documents
      .map((document) => ({ document, errors: validate(schema, parse(document)).map((e) => e.message) }))
      .filter((r) => r.errors.length > 0);
    expect(invalid).toEqual([]);
  });
});
