import { pino } from 'pino';
import { nestsDeeperThan } from '../graphql/input-depth.js';

/**
 * Secret-safe logs. Three layers, all wired by `createLogger` (logger.ts):
 *
 * 1. `REDACT_PATHS`: pino `redact` paths for the places where known secret keys sit
 *    (headers, top-level fields, GraphQL variables). Fast, compiled by pino.
 * 2. `redactLogObject` / `errSerializer`: a copy of every logged object (pino
 *    `formatters.log`, `formatters.bindings`, `serializers.err`) in which the value of any
 *    secret-named key (`isSecretKey`), at any depth, is `[redacted]`; errors are serialised
 *    first, with their causes and own fields.
 * 3. `scrubLine`: the finished JSON line (pino `hooks.streamWrite`): every string in it
 *    (message, fields, serialised errors with message and stack, bindings, serializer
 *    output) goes through `scrubText`.
 *
 * `scrubText` masks by pattern, whatever key a value sits under: bearer/basic credentials,
 * JWTs and other three-segment tokens, our API keys and refresh tokens, card numbers that
 * pass Luhn, IBANs that pass mod-97, `key=value` / `"key": "value"` pairs whose key is
 * secret, URLs' query strings, and the literals of SQL statements quoted in error messages.
 * `redactObject` is layers 2 and 3 in one (`scrubUrl` uses it for GraphQL variables).
 */

export const CENSOR = '[redacted]';

/** Secret keys as they are usually spelled; `isSecretKey` also matches other spellings. */
export const SECRET_KEYS = [
  // credentials and sessions
  'authorization',
  'proxy-authorization',
  'cookie',
  'set-cookie',
  'x-api-key',
  'apiKey',
  'password',
  'newPassword',
  'currentPassword',
  'oldPassword',
  'passwordHash',
  'token',
  'accessToken',
  'refreshToken',
  'idToken',
  'secret',
  'clientSecret',
  'secretHash',
  'refreshHash',
  'privateKey',
  // card and bank data
  'cardNumber',
  'pan',
  'cvc',
  'cvv',
  'cvv2',
  'cvc2',
  'securityCode',
  'iban',
  'accountNumber',
  'bankAccount',
  'bankAccountNumber',
  // webhook signatures
  'stripe-signature',
  'x-hub-signature',
  'x-hub-signature-256',
  'x-signature',
  'x-webhook-signature',
  'webhook-signature',
  'x-hmac-signature',
  'hmac',
  'signature',
  // payment providers (modules/payments)
  'hmacKey',
  'credentials',
  'sessionData',
] as const;

const normalize = (key: string) => key.toLowerCase().replace(/[-_\s]/g, '');
const EXACT = new Set(SECRET_KEYS.map(normalize).concat(['passwd', 'pwd', 'pass', 'cookies', 'creditcard', 'cardno', 'ccnumber']));
/** Any key ending in one of these is secret too: webhookSecret, x-adyen-signature, csrfToken, ... */
const SUFFIXES = ['password', 'passwd', 'secret', 'token', 'apikey', 'signature', 'cardnumber', 'iban', 'cvv', 'cvc', 'accountnumber', 'privatekey', 'hmac'];

const keyCache = new Map<string, boolean>();

/** Whether a value under this key must never be logged (case, `-` and `_` do not matter). */
export function isSecretKey(key: string): boolean {
  const known = keyCache.get(key);
  if (known !== undefined) return known;
  const k = normalize(key);
  const secret = k.length > 0 && k.length <= 64 && (EXACT.has(k) || SUFFIXES.some((s) => k.endsWith(s)));
  if (keyCache.size >= 10_000) keyCache.clear();
  keyCache.set(key, secret);
  return secret;
}

/**
 * pino `redact` paths: the known places of secret keys (headers, top-level fields, GraphQL
 * variables). No leading-wildcard paths (`*.password`): they cost pino time on every line,
 * and `redactLogObject` masks secret keys at any depth anyway.
 */
export const REDACT_PATHS: string[] = (() => {
  const headers = SECRET_KEYS.filter((k) => k === k.toLowerCase() && k !== 'pan' && k !== 'hmac' && k !== 'signature' && k !== 'secret' && k !== 'token' && k !== 'password' && k !== 'iban' && k !== 'cvc' && k !== 'cvv' && k !== 'cvv2' && k !== 'cvc2');
  const fields = SECRET_KEYS.filter((k) => !k.includes('-'));
  const at = (prefix: string, key: string) => (key.includes('-') ? `${prefix}["${key}"]` : `${prefix}.${key}`);
  const common = ['password', 'token', 'accessToken', 'refreshToken', 'apiKey', 'secret', 'cardNumber', 'cvc', 'cvv', 'iban', 'accountNumber'];
  return [
    ...headers.flatMap((h) => [at('req.headers', h), at('headers', h)]),
    ...fields,
    ...fields.map((f) => `variables.${f}`),
    ...common.map((f) => `variables.*.${f}`),
  ];
})();

// ------------------------------------------------------------------ patterns

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

/** Our partner API keys: crk_<tenant uuid>_<key uuid>_<43 base64url chars>; also partial or tampered ones. */
const API_KEY = /\bcrk_[A-Za-z0-9_-]{8,}/g;
/** Our refresh tokens: <tenant uuid | platform>.<session uuid>.<secret>. */
const REFRESH_TOKEN = new RegExp(`(?<![A-Za-z0-9_-])(?:${UUID}|platform)\\.${UUID}\\.[A-Za-z0-9_-]{16,}`, 'g');
/** JWTs (the header always starts with `{"`, base64url `eyJ`), signed or not. */
const JWT = /\beyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*/g;
/** Any other token of three long base64url segments. */
const THREE_SEGMENTS = /(?<![A-Za-z0-9_.-])[A-Za-z0-9_-]{12,}\.[A-Za-z0-9_-]{12,}\.[A-Za-z0-9_-]{12,}(?![A-Za-z0-9_-])/g;
/** The credential of an Authorization-style value. */
const AUTH_SCHEME = /\b(Bearer|bearer|BEARER|Basic|basic|BASIC|Digest|Token)(\s+)[A-Za-z0-9._~+/=-]{4,}/g;
/** A Stripe-style webhook signature (t=<time>,v1=<hex>[,v0=<hex>]), wherever it is quoted. */
const STRIPE_SIGNATURE = /\bt=\d+(?:,v\d+=[0-9A-Za-z+/=]+)+/g;
/** 13 to 19 digits, optionally grouped by single spaces or dashes; kept only if Luhn passes. */
const PAN = /(?<![0-9A-Za-z-])\d(?:[ -]?\d){12,18}(?![0-9A-Za-z-])/g;
/** Country code, check digits, then 11 to 30 alphanumerics, run together or in groups of four; kept only if mod-97 passes. */
const IBAN = /\b[A-Za-z]{2}\d{2}(?:[A-Za-z0-9]{11,30}|(?: [A-Za-z0-9]{4}){2,7}(?: [A-Za-z0-9]{1,4})?)\b/g;
/** `key=value`, `key: value`, `"key":"value"` with a secret key. */
const PAIR =
  /(?<![\w-])([A-Za-z][\w-]{0,63})((?:\\*["'])?\s*[:=]\s*)((?:Bearer|Basic|bearer|basic)\s+[^\s"',;&}\]]+|t=\d+(?:,v\d+=[^\s"',;&}\])]+)+|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\\+"[^"]*?\\+"|[^\s"',;&}\])\\]+)/g;
/** A URL with a query string, inside free text. */
const URL_IN_TEXT = /(?:\bhttps?:\/\/[^\s"'<>?]*|(?<![\w.-])\/[\w./-]*)\?[^\s"'<>]*=[^\s"'<>]*/g;
/** An SQL statement quoted in an error message (MikroORM puts the query, with its parameters, there). */
const SQL = /\b(?:select\b[\s\S]{0,4000}?\bfrom|insert\s+into|update\s+\S+\s+set|delete\s+from)\b/i;
const SQL_LITERAL = /'(?:[^']|'')*'/g;
/** PostgreSQL error details that quote a value: `Key (email)=(x@y) already exists`, `for type uuid: "x"`. */
const PG_KEY_DETAIL = /\b(Key \([^)]*\)=\()([^)]*)(\))/g;
const PG_TYPE_DETAIL = /(invalid input (?:syntax|value) for (?:type|enum) [\w ]+: )"(?:[^"\\]|\\.)*"/g;

export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i -= 1) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/**
 * The length of an IBAN in each country that issues them (the SWIFT IBAN registry). Checking the
 * country and its length as well as mod-97 keeps random identifiers (a 32-hex trace id such as
 * `ca71…`: mod-97 alone passes one in 97) from being masked as IBANs.
 */
const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BI: 27, BR: 29, BY: 28, CH: 21, CR: 22, CY: 28, CZ: 24,
  DE: 22, DJ: 27, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FK: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27,
  GT: 28, HN: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20,
  LU: 20, LV: 21, LY: 25, MC: 27, MD: 24, ME: 22, MK: 19, MN: 20, MR: 27, MT: 31, MU: 30, NI: 28, NL: 18, NO: 15, OM: 23, PK: 24,
  PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, RU: 33, SA: 24, SC: 31, SD: 18, SE: 24, SI: 19, SK: 24, SM: 27, SO: 23, ST: 25,
  SV: 28, TL: 23, TN: 24, TR: 26, UA: 29, VA: 22, VG: 24, XK: 20, YE: 30,
};

export function ibanValid(candidate: string): boolean {
  const iban = candidate.replace(/ /g, '').toUpperCase();
  if (IBAN_LENGTHS[iban.slice(0, 2)] !== iban.length || !/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const value = char >= 'A' ? String(char.charCodeAt(0) - 55) : char;
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

/** An IBAN written in groups may be followed by a word of four: drop trailing groups until it checks. */
function maskIban(match: string): string {
  let candidate = match;
  while (candidate.replace(/ /g, '').length >= 15) {
    if (ibanValid(candidate)) return CENSOR + match.slice(candidate.length);
    const space = candidate.lastIndexOf(' ');
    if (space < 0) break;
    candidate = candidate.slice(0, space);
  }
  return match;
}

/**
 * Masks the values of secret keys. A pair whose key is not secret does not consume its value,
 * so pairs inside it (a JSON body quoted in a string) are still looked at.
 */
function maskPairs(text: string): string {
  let out = '';
  let copied = 0;
  PAIR.lastIndex = 0;
  for (let match = PAIR.exec(text); match; match = PAIR.exec(text)) {
    const [whole, key, separator, value] = match as unknown as [string, string, string, string];
    if (!isSecretKey(key) || value.includes('[redacted')) {
      PAIR.lastIndex = match.index + key.length + separator.length;
      continue;
    }
    const quote = /^\\*["']/.exec(value)?.[0] ?? '';
    out += text.slice(copied, match.index) + `${key}${separator}${quote}${CENSOR}${quote}`;
    copied = match.index + whole.length;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

const PAN_HINT = /\d(?:[ -]?\d){12}/;
const IBAN_HINT = /[A-Za-z]{2}\d{2}[A-Za-z0-9 ]{11}/;

/** Masks secrets in free text by pattern. Idempotent; text without secrets comes back unchanged. */
export function scrubText(text: string): string {
  if (text.length < 4) return text;
  const punctuated = /[.:=\s'?_]/.test(text);
  const panLike = PAN_HINT.test(text);
  const ibanLike = IBAN_HINT.test(text);
  // Most strings (ids, names, codes) hold no separator and no long digit run: nothing to do.
  if (!punctuated && !panLike && !ibanLike) return text;
  let out = text;
  if (out.includes('?')) out = out.replace(URL_IN_TEXT, scrubUrl);
  if (out.includes('crk_')) out = out.replace(API_KEY, `crk_${CENSOR}`);
  if (out.includes('.')) out = out.replace(REFRESH_TOKEN, CENSOR).replace(JWT, CENSOR).replace(THREE_SEGMENTS, CENSOR);
  if (/\s/.test(out)) out = out.replace(AUTH_SCHEME, `$1$2${CENSOR}`);
  if (out.includes('t=')) out = out.replace(STRIPE_SIGNATURE, CENSOR);
  if (out.includes(':') || out.includes('=')) out = maskPairs(out);
  if (panLike) {
    out = out.replace(PAN, (match) => {
      const digits = match.replace(/[ -]/g, '');
      return digits.length >= 13 && digits.length <= 19 && luhnValid(digits) ? CENSOR : match;
    });
  }
  if (ibanLike) out = out.replace(IBAN, maskIban);
  if (out.includes("'") && SQL.test(out)) out = out.replace(SQL_LITERAL, `'${CENSOR}'`);
  if (out.includes('Key (')) out = out.replace(PG_KEY_DETAIL, `$1${CENSOR}$3`);
  if (out.includes('invalid input')) out = out.replace(PG_TYPE_DETAIL, `$1"${CENSOR}"`);
  return out;
}

/**
 * A URL (absolute or a path) with its query string made safe: values of secret parameters
 * masked, GraphQL `variables` redacted by key, every other value scrubbed by pattern.
 */
export function scrubUrl(url: string): string {
  const at = url.indexOf('?');
  if (at < 0) return url;
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(url.slice(at + 1));
  } catch {
    return url;
  }
  const safe = new URLSearchParams();
  let changed = false;
  for (const [name, value] of params) {
    let clean: string;
    if (isSecretKey(name)) {
      clean = CENSOR;
    } else if (name === 'variables' || name === 'extensions') {
      try {
        const parsed = JSON.parse(value) as unknown;
        clean = JSON.stringify(redactObject(parsed));
        // The original text is kept when nothing was masked; compared only when it is shallow
        // enough for JSON.stringify, which recurses (redactObject stops at MAX_DEPTH).
        if (!nestsDeeperThan(parsed, MAX_DEPTH) && JSON.stringify(parsed) === clean) clean = value;
      } catch {
        clean = scrubText(value);
      }
    } else {
      clean = scrubText(value);
    }
    if (clean !== value) changed = true;
    safe.append(name, clean);
  }
  return changed ? `${url.slice(0, at)}?${safe.toString()}` : url;
}

// ------------------------------------------------------------------ objects

const MAX_DEPTH = 10;

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** pino's error serialisation (type, message and stack with causes, own fields), then redacted. */
export function serializeError(error: Error, depth = 0, seen = new WeakSet<object>(), scrub = true): Record<string, unknown> {
  const serialized = pino.stdSerializers.err(error) as unknown as Record<string, unknown>;
  return walk({ ...serialized }, depth + 1, seen, scrub) as Record<string, unknown>;
}

const masked = (key: string, value: unknown) => isSecretKey(key) && value !== undefined && value !== null && value !== '';

function walk(value: unknown, depth: number, seen: WeakSet<object>, scrub: boolean): unknown {
  if (typeof value === 'string') return scrub ? scrubText(value) : value;
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return '[Circular]';
  if (depth >= MAX_DEPTH) return '[too deep]';
  if (value instanceof Error) return serializeError(value, depth, seen, scrub);
  if (Array.isArray(value)) {
    seen.add(value);
    const copy = value.map((item) => walk(item, depth + 1, seen, scrub));
    seen.delete(value);
    return copy;
  }
  const isErrorShape = Object.getPrototypeOf(value) !== Object.prototype && 'message' in value && 'stack' in value;
  if (!isPlainObject(value) && !isErrorShape) return value;
  seen.add(value);
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const item = (value as Record<string, unknown>)[key];
    copy[key] = masked(key, item) ? CENSOR : walk(item, depth + 1, seen, scrub);
  }
  seen.delete(value);
  return copy;
}

/**
 * A copy of `value` that is safe to log: secret keys masked at any depth, strings scrubbed
 * by pattern, errors serialised and redacted. Other class instances (a Fastify request, a
 * Buffer) are left as they are, to pino's serializers.
 */
export function redactObject(value: unknown): unknown {
  return walk(value, 0, new WeakSet(), true);
}

/**
 * pino `formatters.log` and `formatters.bindings`: the merging object of a log call with
 * secret keys masked at any depth (strings are scrubbed by pattern later, in `scrubLine`).
 * `err` is left to the err serializer.
 */
export function redactLogObject(object: Record<string, unknown>): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  const seen = new WeakSet<object>();
  for (const key of Object.keys(object)) {
    const value = object[key];
    if (key === 'err' && value instanceof Error) copy[key] = value;
    else copy[key] = masked(key, value) ? CENSOR : typeof value === 'object' && value !== null ? walk(value, 1, seen, false) : value;
  }
  return copy;
}

/** pino `serializers.err`: pino's own serialisation, secret keys masked (strings: `scrubLine`). */
export function errSerializer(error: unknown): unknown {
  return error instanceof Error ? serializeError(error, 0, new WeakSet(), false) : walk(error, 0, new WeakSet(), false);
}

const JSON_STRING = /"(?:[^"\\]|\\.)*"/g;

/** pino `hooks.streamWrite`: every string of a finished JSON log line, scrubbed by pattern. */
export function scrubLine(line: string): string {
  return line.replace(JSON_STRING, (literal) => {
    if (literal.length < 7) return literal;
    let value: string;
    if (!literal.includes('\\')) {
      value = literal.slice(1, -1);
    } else {
      try {
        value = JSON.parse(literal) as string;
      } catch {
        return literal;
      }
    }
    const scrubbed = scrubText(value);
    return scrubbed === value ? literal : JSON.stringify(scrubbed);
  });
}
