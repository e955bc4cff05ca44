/**
 * The two SDKs (docs/sdk.md): the partners' codegen/sdk.ts holds no test-only operation, the
 * tests' tests/sdk.ts sends every partner operation with the same text (so what the tests
 * send through it is in the trusted-documents manifest, which hashes that text), and
 * codegen/package.json declares every package codegen/sdk.ts imports.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { Kind, parse, print, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as partnerSdk from '../../codegen/sdk.js';
import * as testSdk from '../sdk.js';
import { trustedDocumentsOfSdk } from '../../src/cli/trusted-documents.js';
import { documentHash } from '../../src/graphql/trusted-documents.js';

const root = new URL('../../', import.meta.url);

function documents(module: Record<string, unknown>): Map<string, string> {
  const found = new Map<string, string>();
  for (const [name, value] of Object.entries(module)) {
    const doc = value as DocumentNode | undefined;
    if (name.endsWith('Document') && doc?.kind === Kind.DOCUMENT) found.set(name, print(doc));
  }
  return found;
}

function operationNames(dir: URL): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .flatMap((f) => parse(readFileSync(new URL(f, dir), 'utf8')).definitions)
    .flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION && d.name ? [d.name.value] : []));
}

describe('SDK packaging', () => {
  const partner = documents(partnerSdk);
  const tests = documents(testSdk);

  it('keeps test-only operations out of the partners’ SDK and its manifest', () => {
    const testOnly = operationNames(new URL('tests/operations/', root));
    expect(testOnly.length).toBeGreaterThan(0);
    const manifest = Object.values(trustedDocumentsOfSdk());
    for (const name of testOnly) {
      expect(partner.has(`${name}Document`), name).toBe(false);
      expect(tests.has(`${name}Document`), name).toBe(true);
      expect(manifest.some((text) => text === tests.get(`${name}Document`)), name).toBe(false);
    }
  });

  it('sends every partner operation from the tests’ SDK with the text the manifest trusts', () => {
    const manifest = trustedDocumentsOfSdk();
    expect(partner.size).toBeGreaterThan(50);
    for (const [name, text] of partner) {
      expect(tests.get(name), name).toBe(text);
      if (/^\s*(query|mutation|subscription)\b/m.test(text)) expect(manifest[documentHash(text)], name).toBe(text);
    }
  });

  it('declares what codegen/sdk.ts imports as peer dependencies of @croupier/sdk', () => {
    const source = readFileSync(new URL('codegen/sdk.ts', root), 'utf8');
    const imported = [...source.matchAll(/from '([^'.][^']*)'/g)].map((m) => m[1]!);
    const pkg = JSON.parse(readFileSync(new URL('codegen/package.json', root), 'utf8')) as { peerDependencies: Record<string, string>; dependencies?: unknown };
    expect(imported.sort()).toEqual(['graphql-request', 'graphql-tag']);
    for (const name of [...imported, 'graphql']) expect(pkg.peerDependencies[name], name).toBeDefined();
    expect(pkg.dependencies).toBeUndefined();
  });
});
