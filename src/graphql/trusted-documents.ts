import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { AppError } from '../errors.js';

/**
 * Trusted-documents mode (TRUSTED_DOCUMENTS=true): the server runs only the documents of
 * a manifest, `{ "<sha256 hex of the query text>": "<query text>" }`, which `npm run
 * codegen` writes from the SDK (src/cli/trusted-documents.ts). The hash is that of the
 * exact text a client sends, which is also Apollo's persisted-query hash, so a client may
 * send `extensions.persistedQuery.sha256Hash` alone instead of the text.
 */

export function documentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export class TrustedDocumentRequiredError extends AppError {
  constructor() {
    super(
      'TRUSTED_DOCUMENT_REQUIRED',
      {
        en: 'This server runs trusted documents only, and this document is not one of them.',
        tr: 'Bu sunucu yalnızca güvenilir belgeleri çalıştırır; bu belge onlardan biri değil.',
      },
      400,
    );
  }
}

/** What a request names as its document: the text, or a persisted-query hash. */
export interface DocumentRequest {
  query?: unknown;
  extensions?: unknown;
}

function persistedHash(extensions: unknown): string | undefined {
  const persisted = (extensions as { persistedQuery?: { sha256Hash?: unknown } } | null | undefined)?.persistedQuery;
  return typeof persisted?.sha256Hash === 'string' ? persisted.sha256Hash : undefined;
}

export class TrustedDocuments {
  constructor(private readonly byHash: ReadonlyMap<string, string>) {}

  /** Reads the manifest; a missing or malformed manifest stops the server from starting. */
  static load(path: string): TrustedDocuments {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new Error(`TRUSTED_DOCUMENTS is on but the manifest ${path} cannot be read (run \`npm run codegen\`): ${String(error)}`);
    }
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new Error(`trusted-documents manifest ${path} is not an object`);
    const byHash = new Map<string, string>();
    for (const [hash, text] of Object.entries(raw)) {
      if (typeof text !== 'string' || documentHash(text) !== hash) {
        throw new Error(`trusted-documents manifest ${path}: entry ${hash} is not the sha256 of its text`);
      }
      byHash.set(hash, text);
    }
    return new TrustedDocuments(byHash);
  }

  get size(): number {
    return this.byHash.size;
  }

  /**
   * The query text to run: the text sent when its hash is in the manifest, or the
   * manifest's text for a persisted-query hash sent alone. Anything else is refused.
   */
  resolve(request: DocumentRequest): string {
    if (typeof request.query === 'string' && request.query !== '') {
      if (this.byHash.has(documentHash(request.query))) return request.query;
      throw new TrustedDocumentRequiredError();
    }
    const hash = persistedHash(request.extensions);
    const text = hash === undefined ? undefined : this.byHash.get(hash);
    if (text === undefined) throw new TrustedDocumentRequiredError();
    return text;
  }

  /**
   * Apollo's persisted-query cache, read from the manifest: a hash sent alone finds its
   * text here; registering a new document (`set`) does nothing. Apollo prefixes its keys
   * (`apq:<hash>`), so the hash is what follows the last colon.
   */
  apolloCache() {
    return {
      get: async (key: string): Promise<string | undefined> => this.byHash.get(key.slice(key.lastIndexOf(':') + 1)),
      set: async (): Promise<void> => undefined,
      delete: async (): Promise<boolean> => false,
    };
  }
}
