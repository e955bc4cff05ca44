import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Kind, print, type DocumentNode } from 'graphql';
import * as sdk from '../../codegen/sdk.js';
import { DEFAULT_TRUSTED_DOCUMENTS_PATH } from '../config.js';
import { documentHash } from '../graphql/trusted-documents.js';

/**
 * The trusted-documents manifest of the SDK: `{ "<sha256 hex>": "<query text>" }` for every
 * operation document of codegen/sdk.ts. The SDK hands its `gql` DocumentNodes to
 * graphql-request, which sends `print(document)`, so that string is what is hashed.
 */
export function trustedDocumentsOfSdk(): Record<string, string> {
  const manifest: Record<string, string> = {};
  const documents = Object.entries(sdk)
    .filter(([name, value]) => name.endsWith('Document') && isDocument(value))
    .sort(([a], [b]) => a.localeCompare(b));
  for (const [, document] of documents) {
    const text = print(document as DocumentNode);
    manifest[documentHash(text)] = text;
  }
  return manifest;
}

function isDocument(value: unknown): boolean {
  const document = value as DocumentNode | undefined;
  return document?.kind === Kind.DOCUMENT && document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION);
}

/** `npm run codegen` runs this after graphql-codegen: writes codegen/trusted-documents.json. */
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const manifest = trustedDocumentsOfSdk();
  writeFileSync(DEFAULT_TRUSTED_DOCUMENTS_PATH, `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`codegen/trusted-documents.json written (${Object.keys(manifest).length} documents)`);
}
