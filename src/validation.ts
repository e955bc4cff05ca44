import { z } from 'zod';
import type { core } from 'zod';
import { ValidationError, type FieldIssue } from './errors.js';
import type { Localized } from './i18n.js';

type Issue = core.$ZodIssue & { input?: unknown };

// zod's own English. Its Turkish (z.locales.tr) leaves type names in English ("beklenen
// string, alınan number"), so the Turkish below is ours.
const english = z.locales.en().localeError;

const TYPE_NAMES: Record<string, string> = {
  string: 'metin',
  number: 'sayı',
  int: 'tam sayı',
  bigint: 'tam sayı',
  boolean: 'doğru/yanlış değeri',
  object: 'nesne',
  array: 'liste',
  date: 'tarih',
  null: 'boş değer',
  undefined: 'boş değer',
  nan: 'geçersiz sayı',
  symbol: 'sembol',
  function: 'fonksiyon',
  map: 'eşlem',
  set: 'küme',
  file: 'dosya',
};

const FORMAT_NAMES: Record<string, string> = {
  email: 'e-posta adresi',
  url: 'URL',
  uuid: 'UUID',
  guid: 'GUID',
  datetime: 'ISO 8601 tarih ve saat',
  date: 'ISO 8601 tarih',
  time: 'ISO 8601 saat',
  duration: 'ISO 8601 süre',
  ipv4: 'IPv4 adresi',
  ipv6: 'IPv6 adresi',
  base64: 'base64 metni',
  base64url: 'base64url metni',
  jwt: 'JWT',
  e164: 'E.164 telefon numarası',
};

function typeName(type: string): string {
  return TYPE_NAMES[type] ?? type;
}

function receivedType(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'number' && Number.isNaN(input)) return 'nan';
  if (input instanceof Date) return 'date';
  return typeof input;
}

const quoted = (values: readonly unknown[]) => values.map((v) => (typeof v === 'string' ? `"${v}"` : String(v))).join(', ');

function turkish(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `${typeName(issue.expected)} olmalı (gelen: ${typeName(receivedType(issue.input))})`;
    case 'too_small': {
      const min = String(issue.minimum);
      switch (issue.origin) {
        case 'string':
          return issue.inclusive ? `en az ${min} karakter olmalı` : `${min} karakterden uzun olmalı`;
        case 'array':
        case 'set':
          return issue.inclusive ? `en az ${min} öğe içermeli` : `${min} öğeden fazla içermeli`;
        case 'date':
          return `${min} tarihinden önce olamaz`;
        default:
          return issue.inclusive ? `en az ${min} olmalı` : `${min} değerinden büyük olmalı`;
      }
    }
    case 'too_big': {
      const max = String(issue.maximum);
      switch (issue.origin) {
        case 'string':
          return issue.inclusive ? `en fazla ${max} karakter olmalı` : `${max} karakterden kısa olmalı`;
        case 'array':
        case 'set':
          return issue.inclusive ? `en fazla ${max} öğe içermeli` : `${max} öğeden az içermeli`;
        case 'date':
          return `${max} tarihinden sonra olamaz`;
        default:
          return issue.inclusive ? `en fazla ${max} olmalı` : `${max} değerinden küçük olmalı`;
      }
    }
    case 'invalid_format':
      if (issue.format === 'starts_with') return `"${(issue as { prefix?: string }).prefix}" ile başlamalı`;
      if (issue.format === 'ends_with') return `"${(issue as { suffix?: string }).suffix}" ile bitmeli`;
      if (issue.format === 'includes') return `"${(issue as { includes?: string }).includes}" içermeli`;
      if (issue.format === 'regex' || !FORMAT_NAMES[issue.format]) return 'beklenen biçimde değil';
      return `geçerli bir ${FORMAT_NAMES[issue.format]} olmalı`;
    case 'invalid_value':
      return issue.values.length === 1 ? `${quoted(issue.values)} olmalı` : `şunlardan biri olmalı: ${quoted(issue.values)}`;
    case 'not_multiple_of':
      return `${String(issue.divisor)} sayısının katı olmalı`;
    case 'unrecognized_keys':
      return `tanınmayan alan: ${quoted(issue.keys)}`;
    case 'invalid_key':
      return 'geçersiz anahtar';
    case 'invalid_element':
      return 'geçersiz öğe';
    default:
      return 'geçersiz değer';
  }
}

/** A built-in zod issue (no message of ours) in every locale. */
export function zodIssueText(issue: Issue): Localized {
  const en = english(issue as Parameters<typeof english>[0]);
  return { en: (typeof en === 'string' ? en : en?.message) ?? 'Invalid input', tr: turkish(issue) };
}

// Marks the issues zod words itself: schema messages of ours outrank a per-parse error map.
const BUILT_IN = '\u0000zod';

/**
 * Parses input with a zod schema; a failure becomes a ValidationError naming each field path,
 * with each message in every locale (rendered in the caller's when the error is resolved).
 * Our own messages in schemas are English texts of the catalogue in src/issue-texts.ts.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, root = 'input'): z.infer<S> {
  const result = schema.safeParse(input, { reportInput: true, error: () => BUILT_IN });
  if (result.success) return result.data;
  throw new ValidationError(
    result.error.issues.map((issue): FieldIssue => ({
      path: [root, ...issue.path.map(String)],
      message: issue.message === BUILT_IN ? zodIssueText(issue) : issue.message,
    })),
  );
}
