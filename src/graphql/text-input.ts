import { GraphQLError, Kind, visit, type ASTNode, type DocumentNode } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context.js';
import { AppError } from '../errors.js';
import type { Locale } from '../i18n.js';

/**
 * Text the database cannot store: a NUL character, or half of a UTF-16 surrogate pair (JSON
 * allows both as escapes). PostgreSQL refuses them in text and jsonb, so they are refused
 * here, at the edge, as bad input: with the place they were found, before any resolver runs.
 */
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const UNSTORABLE_ALL = new RegExp(UNSTORABLE.source, 'g');

/** Whether PostgreSQL can store `text` as it is (no NUL, no unpaired surrogate). */
export function isStorableText(text: string): boolean {
  return !UNSTORABLE.test(text);
}

/**
 * `text` with each character PostgreSQL cannot store replaced by U+FFFD: for text received from
 * partners (a provider's free-text reason), where refusing the whole message would be worse.
 */
export function storableText(text: string): string {
  return text.replace(UNSTORABLE_ALL, '\ufffd');
}

/** BAD_USER_INPUT naming where the text is (`variables.input.name`, or `query` for a literal). */
export class UnstorableTextError extends AppError {
  constructor(readonly where: string) {
    super('BAD_USER_INPUT', {
      en: `Text at ${where} contains a NUL character or an unpaired surrogate, which cannot be stored.`,
      tr: `${where} konumundaki metin saklanamayan bir NUL karakteri veya eşlenmemiş vekil karakter içeriyor.`,
    }, 400);
  }

  override toGraphQLError(locale: Locale, nodes?: readonly ASTNode[]): GraphQLError {
    return new GraphQLError(this.localized(locale), {
      ...(nodes ? { nodes } : {}),
      originalError: this,
      extensions: { code: this.code, at: this.where, http: { status: this.httpStatus } },
    });
  }
}

/** Where in a variables value an unstorable string is (object keys included), or null. */
function findInValue(value: unknown, path: string): string | null {
  if (typeof value === 'string') return UNSTORABLE.test(value) ? path : null;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = findInValue(item, `${path}.${i}`);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (UNSTORABLE.test(key)) return `${path} (a key)`;
      const found = findInValue(item, `${path}.${key}`);
      if (found) return found;
    }
  }
  return null;
}

/** The refusal for an operation's text input (literals in the document, then variables), or null. */
export function unstorableTextError(document: DocumentNode, variables: Readonly<Record<string, unknown>> | null | undefined): UnstorableTextError | null {
  if (hasUnstorableLiteral(document)) return new UnstorableTextError('query');
  const where = findInValue(variables ?? {}, 'variables');
  return where ? new UnstorableTextError(where) : null;
}

/** Whether a document's string literals hold unstorable text; remembered per parsed document (Apollo reuses them). */
const literalsChecked = new WeakMap<DocumentNode, boolean>();
function hasUnstorableLiteral(document: DocumentNode): boolean {
  let found = literalsChecked.get(document);
  if (found === undefined) {
    found = false;
    visit(document, {
      [Kind.STRING]: (node) => {
        if (UNSTORABLE.test(node.value)) found = true;
      },
    });
    literalsChecked.set(document, found);
  }
  return found;
}

/** Refuses an HTTP operation with unstorable text once Apollo has resolved it. */
export function textInputPlugin(): ApolloServerPlugin<Context> {
  return {
    requestDidStart: async () => ({
      didResolveOperation: async ({ document, request, contextValue, operation }) => {
        const error = unstorableTextError(document, request.variables);
        if (error) throw error.toGraphQLError(contextValue.locale, operation ? [operation] : undefined);
      },
    }),
  };
}
