import { GraphQLError } from 'graphql';
import { AppError } from '../errors.js';
import type { Locale } from '../i18n.js';

/**
 * Client values (an operation's `variables` and `extensions`) nested deeper than
 * GRAPHQL_MAX_INPUT_DEPTH are refused at the edge, before anything walks them: the walks
 * after this check (graphql-js coercion, the text and cost checks, zod, logging) recurse, and
 * 100,000 levels overflowed the stack (HTTP 500, WebSocket closed with 4500).
 */
export class InputTooDeepError extends AppError {
  constructor(
    readonly limit: number,
    readonly at: 'variables' | 'extensions',
  ) {
    super('INPUT_DEPTH_LIMIT_EXCEEDED', {
      en: `The ${at} nest arrays and objects deeper than the limit of ${limit} levels.`,
      tr: `${at === 'variables' ? 'Değişkenlerdeki' : 'Uzantılardaki'} (${at}) diziler ve nesneler ${limit} düzey sınırından daha derin iç içe geçmiş.`,
    }, 400);
  }

  override toGraphQLError(locale: Locale): GraphQLError {
    return new GraphQLError(this.localized(locale), {
      originalError: this,
      extensions: { code: this.code, limit: this.limit, at: this.at, http: { status: this.httpStatus } },
    });
  }
}

/**
 * Whether a value nests arrays and objects more than `limit` levels deep (a scalar is 0
 * levels, `{}` and `[]` are 1). Iterative, with an explicit stack, so any depth is safe; it
 * stops at the first path past the limit.
 */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  for (let top = stack.pop(); top; top = stack.pop()) {
    if (top.value === null || typeof top.value !== 'object') continue;
    const depth = top.depth + 1;
    if (depth > limit) return true;
    const children = Array.isArray(top.value) ? top.value : Object.values(top.value);
    for (const child of children) {
      if (child !== null && typeof child === 'object') stack.push({ value: child, depth });
    }
  }
  return false;
}

/** The refusal for an operation whose variables or extensions nest too deep, or null. */
export function inputDepthError(
  request: { variables?: unknown; extensions?: unknown },
  limit: number,
): InputTooDeepError | null {
  if (nestsDeeperThan(request.variables, limit)) return new InputTooDeepError(limit, 'variables');
  if (nestsDeeperThan(request.extensions, limit)) return new InputTooDeepError(limit, 'extensions');
  return null;
}
