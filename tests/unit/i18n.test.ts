import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { localeOf } from '../../src/context.js';
import {
  AppError,
  describeRequirement,
  ForbiddenError,
  NOT_FOUND_SUBJECTS,
  NotFoundError,
  SCOPE_NAMES,
  UNAUTHENTICATED_REASONS,
  UnauthenticatedError,
  ValidationError,
} from '../../src/errors.js';
import { LOCALES, localeFromAcceptLanguage, STATUS_NAMES, type Localized } from '../../src/i18n.js';
import { issueCatalogue, translateIssue } from '../../src/issue-texts.js';
import { parseInput } from '../../src/validation.js';
import { GRANT_STATUSES, NOT_ELIGIBLE_REASONS } from '../../modules/bonus/bonus.errors.js';
import { NOT_AVAILABLE_REASONS } from '../../modules/offers/offers.errors.js';

const ROOT = join(import.meta.dirname, '..', '..');

// ---------------------------------------------------------------- what a Turkish text may not hold

/** English words that betray an untranslated fragment in a Turkish text. */
const ENGLISH_WORDS = new Set([
  'the', 'is', 'are', 'and', 'or', 'of', 'to', 'in', 'with', 'for', 'your', 'you', 'not', 'no', 'this', 'that',
  'required', 'requires', 'invalid', 'access', 'must', 'found', 'token', 'permission', 'forbidden', 'failed', 'missing',
  'malformed', 'expired', 'ended', 'session', 'account', 'disabled', 'unknown', 'tenant', 'player', 'staff',
  'please', 'cannot', 'already', 'such', 'amount', 'limit', 'payment', 'withdrawal', 'available', 'pending', 'input',
  'expected', 'received', 'string', 'number', 'array', 'object', 'boolean', 'too', 'small', 'big', 'characters', 'items',
  'least', 'most', 'between', 'needs', 'names', 'twice', 'printable', 'without', 'spaces', 'letter', 'digit', 'key',
  'range', 'events', 'option', 'email', 'address', 'check', 'call', 'bet', 'raise', 'fold', 'turn', 'seat', 'table',
]);

/** Turkish texts that may equal their English (names and codes only). None today. */
const SAME_IN_TURKISH = new Set<string>();

function englishIn(text: string): string[] {
  return text
    // Quoted values, {placeholders} and identifiers (input.email, wallet:read, idempotencyKey, ISO) are names.
    .replace(/"[^"]*"|\{\w+\}|[\p{L}\d]+(?:[.:_/-][\p{L}\d]+)+|\b\w*[a-z][A-Z]\w*\b|\b[A-Z][A-Z\d]+\b/gu, ' ')
    .split(/[^\p{L}]+/u)
    .map((w) => w.toLowerCase())
    .filter((w) => ENGLISH_WORDS.has(w));
}

/** Fails with the label when a text is missing in a locale, empty, untranslated, or has English in Turkish. */
function expectComplete(label: string, text: Localized): void {
  for (const locale of LOCALES) {
    expect(typeof text[locale], `${label}: ${locale} missing`).toBe('string');
    expect(text[locale].trim(), `${label}: ${locale} empty`).not.toBe('');
  }
  if (!SAME_IN_TURKISH.has(text.en)) expect(text.tr, `${label}: tr is the English text`).not.toBe(text.en);
  expect(englishIn(text.tr), `${label}: English in "${text.tr}"`).toEqual([]);
}

// ---------------------------------------------------------------- Accept-Language

describe('Accept-Language', () => {
  it.each([
    ['tr', 'tr'],
    ['tr;q=0.9, en;q=0.8', 'tr'],
    ['en;q=0.8, tr;q=0.9', 'tr'],
    ['en;q=0.1, tr', 'tr'],
    ['en, tr', 'en'],
    ['tr, en', 'tr'],
    ['tr-TR', 'tr'],
    ['tr-TR,tr;q=0.9,en-US;q=0.8,en;q=0.7', 'tr'],
    ['EN-gb', 'en'],
    ['fr-FR, fr;q=0.9, tr;q=0.5', 'tr'],
    ['de, fr', undefined],
    ['tr;q=0', undefined],
    ['tr;q=0, en;q=0.001', 'en'],
    ['en;q=0, *', 'tr'],
    ['*;q=0.5, en;q=0.1', 'tr'],
    ['', undefined],
    ['tr;q=2, en;q=0.5', 'en'], // an out-of-range weight drops its range
    ['tr;q=abc, en', 'en'],
    [';;;,,,', undefined],
  ])('%j → %s', (header, expected) => {
    expect(localeFromAcceptLanguage(header)).toBe(expected);
  });

  it('reads `*` as the tenant default first, then any offered language', () => {
    expect(localeFromAcceptLanguage('*', ['en', 'tr'], 'tr')).toBe('tr');
    expect(localeFromAcceptLanguage('*', ['en', 'tr'], 'en')).toBe('en');
    expect(localeFromAcceptLanguage('*', ['en', 'tr'])).toBe('en');
    expect(localeFromAcceptLanguage('fr, *;q=0.1', ['tr'], 'tr')).toBe('tr');
  });

  it('only picks a language the tenant offers', () => {
    expect(localeFromAcceptLanguage('tr, en;q=0.5', ['en'])).toBe('en');
    expect(localeFromAcceptLanguage('tr', ['en'])).toBeUndefined();
  });
});

describe('the locale of an operation (localeOf)', () => {
  const tenant = { locales: ['en', 'tr'], defaultLocale: 'en' };
  it('is the signed-in player\'s stored locale, whatever the header says', () => {
    expect(localeOf('tr', 'en', tenant)).toBe('tr');
    expect(localeOf('en', 'tr', tenant)).toBe('en');
  });
  it('is the best of Accept-Language, else the tenant default, else English', () => {
    expect(localeOf(undefined, 'en;q=0.1, tr', tenant)).toBe('tr');
    expect(localeOf(undefined, 'de', { locales: ['en', 'tr'], defaultLocale: 'tr' })).toBe('tr');
    expect(localeOf(undefined, undefined, { locales: ['en', 'tr'], defaultLocale: 'tr' })).toBe('tr');
    expect(localeOf(undefined, 'tr', null)).toBe('tr');
    expect(localeOf(undefined, undefined, null)).toBe('en');
  });
  it('is always one the tenant offers', () => {
    const englishOnly = { locales: ['en'], defaultLocale: 'en' };
    expect(localeOf('tr', 'tr', englishOnly)).toBe('en');
    expect(localeOf('xx', undefined, tenant)).toBe('en');
  });
});

// ---------------------------------------------------------------- every error message

/** Source files (src/, modules/) as [path, text]. */
function sources(): Array<[string, string]> {
  const files: Array<[string, string]> = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith('.ts') && !path.endsWith('.d.ts')) files.push([relative(ROOT, path), readFileSync(path, 'utf8')]);
    }
  };
  walk(join(ROOT, 'src'));
  walk(join(ROOT, 'modules'));
  return files;
}

/**
 * Sample constructor arguments of the AppErrors whose arguments are not plain strings, or
 * whose text depends on them; each list is one instance to check. Any other error is built
 * with a neutral string per parameter ('ABC').
 */
const SAMPLES: Record<string, unknown[][]> = {
  ValidationError: [[[{ path: ['input', 'email'], message: 'must be an email address' }]], [[]]],
  UnauthenticatedError: [[], ...Object.keys(UNAUTHENTICATED_REASONS).map((r) => [r]), ['some reason nobody wrote a text for']],
  ForbiddenError: [
    ...Object.keys(SCOPE_NAMES).map((s) => [s]),
    [{ permission: 'wallet:read' }],
    [{ anyOf: ['staff', { permission: 'player:read' }] }],
    [{ allOf: ['player', 'authenticated'] }],
  ],
  NotFoundError: [...Object.keys(NOT_FOUND_SUBJECTS).map((s) => [s]), ['SomethingElse']],
  LocaleNotOfferedError: [['fr', ['en', 'tr']]],
  // Built only through its subclasses (closed, taken, full, already seated), each with its own text.
  PokerSeatUnavailableError: [['TABLE_FULL', { en: 'This poker table is full.', tr: 'Bu poker masası dolu.' }]],
  InvalidIdError: [['Player', ['input', 'playerId']], ['Player or Payment', ['input', 'id']]],
  TenantNotFoundError: [['demo']],
  VerificationRequiredError: [['FULL', 'NONE', 'FIRST_WITHDRAWAL'], ['FULL', 'BASIC', 'DEPOSIT_THRESHOLD'], ['ENHANCED', 'FULL', 'RISK_FLAG']],
  WageringCapExceededError: [['UKGC', 10, '15'], ['UKGC', 10, null], ['TENANT', 5, '7.5']],
  TenantSuspendedError: [['demo']],
  CannotGrantError: [[['wallet:post']], [['wallet:post', 'staff:manage']]],
  PokerSeatTakenError: [[2]],
  PokerAlreadySeatedError: [[0]],
  PokerNotYourTurnError: [[3], [null]],
  PokerNoHandInProgressError: [[null]],
  PokerIllegalAmountError: [['100', '500'], [null, null]],
  PokerIllegalActionError: [
    ['nothing to call: check instead of folding'],
    ['cannot check: 50 to call'],
    ['nobody has bet: bet instead of raising'],
    ['there is a bet: raise instead of betting'],
    ['raising is not open to this player'],
    ['unknown action "dance"'],
  ],
  SelfExcludedError: [[new Date('2027-01-01T00:00:00Z')], [null]],
  BonusNotEligibleError: NOT_ELIGIBLE_REASONS.map((reason) => [reason]),
  BonusBudgetExceededError: [['0190a1b2-0000-7000-8000-000000000000', 'TOTAL', '100000', '0'], ['0190a1b2-0000-7000-8000-000000000000', 'PER_PLAYER', '5000', '250']],
  BonusNotActiveError: GRANT_STATUSES.filter((s) => s !== 'ACTIVE').map((status) => [status]),
  TimeOutActiveError: [[new Date('2027-01-01T00:00:00Z')], [null]],
  SessionLimitReachedError: [[60], [null]],
  CannotShortenError: [['TIME_OUT', new Date('2027-01-01T00:00:00Z')], ['SELF_EXCLUSION', new Date('2027-01-01T00:00:00Z')]],
  ChangeWhileExcludedError: [[new Date('2027-01-01T00:00:00Z')]],
  WithdrawalNotPendingError: [['w', 'PAID'], ['w', 'SOMETHING_NEW']],
  WithdrawalNotParkedError: [['w', 'PENDING'], ['w', 'PARKED, route REFUND']],
  DisputeClosedError: [['d', 'WON'], ['d', 'LOST']],
  HoldNotOpenError: [['h', 'CAPTURED'], ['h', 'RELEASED']],
  AdjustmentNotPendingError: [['a', 'APPLIED'], ['a', 'REJECTED']],
  InputTooDeepError: [[64, 'variables'], [64, 'extensions']],
  QueryLimitError: [
    ['DEPTH', 20, 10],
    ['COST', 2000, 1000],
    ['ALIAS', 40, 30],
    ['DIRECTIVE', 60, 50],
  ],
  RateLimitedError: [[1], [30]],
  UnavailableError: [['DATABASE_UNREACHABLE'], ['DATABASE_TIMEOUT', 5]],
  BonusNotPendingReviewError: [['ACTIVE'], ['REJECTED']],
  OfferNotAvailableError: NOT_AVAILABLE_REASONS.map((reason) => [reason]),
  OfferClaimLimitReachedError: [[1], [3]],
  WithdrawalNeedsConfirmationError: [['EUR', [{ kind: 'BONUS', id: 'g', amount: '1000' }]], ['EUR', [{ kind: 'BONUS', id: 'g', amount: '1000' }, { kind: 'BONUS', id: 'h', amount: '0' }]]],
};

// Built only through their subclasses.
const abstractClasses = new Set<string>();

async function errorClasses(): Promise<Array<{ file: string; name: string; cls: new (...args: unknown[]) => AppError }>> {
  const found: Array<{ file: string; name: string; cls: new (...args: unknown[]) => AppError }> = [];
  for (const [file, text] of sources()) {
    if (!/class \w+ extends \w*Error\b/.test(text)) continue;
    for (const m of text.matchAll(/export abstract class (\w+)/g)) abstractClasses.add(m[1]!);
    const exports = (await import(pathToFileURL(join(ROOT, file)).href)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exports)) {
      if (typeof value !== 'function' || !(value.prototype instanceof AppError) || abstractClasses.has(name)) continue;
      found.push({ file, name, cls: value as new (...args: unknown[]) => AppError });
    }
  }
  return found;
}

describe('every error message is complete in every locale', () => {
  it('finds the error classes of src/ and every module', async () => {
    const classes = await errorClasses();
    const files = new Set(classes.map((c) => c.file));
    expect(files).toContain('src/errors.ts');
    for (const module of readdirSync(join(ROOT, 'modules'))) {
      const errorsFile = `modules/${module}/${module}.errors.ts`;
      if (statSync(join(ROOT, 'modules', module)).isDirectory() && readdirSync(join(ROOT, 'modules', module)).includes(`${module}.errors.ts`)) {
        expect(files, errorsFile).toContain(errorsFile);
      }
    }
    expect(classes.length).toBeGreaterThan(60);
  });

  it('has an English and a Turkish text, different, with no English left in the Turkish', async () => {
    for (const { file, name, cls } of await errorClasses()) {
      const samples = SAMPLES[name] ?? [Array.from({ length: cls.length }, () => 'ABC')];
      for (const args of samples) {
        let error: AppError;
        try {
          error = new cls(...args);
        } catch (cause) {
          throw new Error(`${file}: cannot build ${name}(${JSON.stringify(args)}); add sample arguments to SAMPLES`, { cause });
        }
        expect(error.code, `${name}: code`).toMatch(/^[A-Z][A-Z0-9_]+$/);
        expectComplete(`${file} ${name}(${JSON.stringify(args)})`, error.text);
      }
    }
  });

  it('localises through `localized(locale)`, and the thrown message is the English one', () => {
    const error = new ForbiddenError({ anyOf: ['staff', { permission: 'wallet:read' }] });
    expect(error.localized('en')).toBe('Forbidden: requires staff access or the permission wallet:read.');
    expect(error.localized('tr')).toBe('Yasak: personel yetkisi veya wallet:read izni gerekli.');
    expect(error.message).toBe(error.localized('en'));
    expect(new UnauthenticatedError('invalid token').localized('tr')).toBe('Kimlik doğrulaması başarısız: erişim belirteci geçersiz.');
    expect(new UnauthenticatedError('nobody wrote this').localized('tr')).toBe('Kimlik doğrulaması başarısız.');
    expect(new NotFoundError('Staff user').localized('tr')).toBe('Personel kullanıcısı bulunamadı.');
  });

  it('names every scope, reason, subject and status in every locale', () => {
    for (const [key, text] of Object.entries(SCOPE_NAMES)) expectComplete(`scope ${key}`, text);
    for (const [key, text] of Object.entries(UNAUTHENTICATED_REASONS)) expectComplete(`reason ${key}`, text);
    for (const [key, text] of Object.entries(STATUS_NAMES)) expectComplete(`status ${key}`, text);
    for (const [key, text] of Object.entries(NOT_FOUND_SUBJECTS)) {
      expect(text.en, key).not.toBe('');
      expectComplete(`subject ${key}`, { en: `${text.en} not found.`, tr: `${text.tr} bulunamadı.` });
    }
    expectComplete('permission', describeRequirement({ permission: 'wallet:read' }));
  });

  /** String arguments of `new Name('...')` in the code: the keys it passes. */
  function literalArguments(className: string): Array<{ file: string; key: string }> {
    const found: Array<{ file: string; key: string }> = [];
    const call = new RegExp(`new ${className}\\((['"\`])([^'"\`\\n]*)\\1\\)`, 'g');
    for (const [file, text] of sources()) for (const m of text.matchAll(call)) found.push({ file, key: m[2]! });
    return found;
  }

  it('has a text for every authentication reason, not-found subject and scope the code names', () => {
    for (const { file, key } of literalArguments('UnauthenticatedError')) {
      expect(Object.keys(UNAUTHENTICATED_REASONS), `${file}: reason "${key}"`).toContain(key);
    }
    for (const { file, key } of literalArguments('NotFoundError')) {
      expect(Object.keys(NOT_FOUND_SUBJECTS), `${file}: subject "${key}"`).toContain(key);
    }
    for (const { file, key } of literalArguments('ForbiddenError')) {
      expect(Object.keys(SCOPE_NAMES), `${file}: scope "${key}"`).toContain(key);
    }
    // The reasons the token service gives (src/auth/tokens.ts, `{ invalid: '...' }`).
    const tokens = readFileSync(join(ROOT, 'src/auth/tokens.ts'), 'utf8');
    const reasons = [...tokens.matchAll(/invalid: '([^']+)'/g)].map((m) => m[1]!);
    expect(reasons.length).toBeGreaterThan(0);
    for (const reason of reasons) expect(Object.keys(UNAUTHENTICATED_REASONS), `tokens.ts: reason "${reason}"`).toContain(reason);
  });
});

// ---------------------------------------------------------------- field issues

/**
 * The issue texts the code writes: `message: '...'` in files that build ValidationErrors or zod
 * schemas, and the message argument of zod checks (`.min(10, '...')`, `.refine(f, '...')`).
 * A `${...}` part becomes a sample value. Left out: messages nobody reads in a player's
 * language (see NOT_ISSUE_TEXTS).
 */
const NOT_ISSUE_TEXTS = new Set([
  // Settings refused at start-up, for operators reading the log.
  'src/config.ts',
  // A command-line tool's arguments, for the operator running it.
  'src/cli/bootstrap-admin.ts',
  // The masked message of unexpected errors.
  'src/graphql/format-error.ts',
  // The catalogue itself.
  'src/issue-texts.ts',
  // Why a provider's webhook event was refused: stored and logged, answered to the provider.
  'modules/payments/payments.event-fields.ts',
]);

function issueTextsInCode(): Array<{ file: string; text: string }> {
  const found: Array<{ file: string; text: string }> = [];
  const literal = String.raw`(['"\`])((?:(?!\1)[^\\]|\\.)*)\1`;
  const messageProperty = new RegExp(String.raw`message:\s*` + literal, 'g');
  // Parentheses nested up to four deep inside the call, and regex literals.
  let nested = String.raw`[^()]*`;
  for (let depth = 0; depth < 4; depth++) nested = String.raw`(?:[^()]|\(${nested}\))*`;
  const zodCheck = new RegExp(
    String.raw`\.(?:min|max|length|regex|refine|email|nonempty|startsWith|endsWith|includes|gte|lte|gt|lt|int|positive|nonnegative)\((?:\/[^/\n]+\/|[^()]|\(${nested}\))*?,\s*` + literal + String.raw`\s*\)`,
    'g',
  );
  for (const [file, text] of sources()) {
    if (NOT_ISSUE_TEXTS.has(file)) continue;
    const buildsIssues = /ValidationError|FieldIssue|from 'zod'|addIssue/.test(text);
    if (!buildsIssues) continue;
    for (const line of text.split('\n')) {
      const candidates = [
        ...(/ValidationError|issues\.push|addIssue|refine|\bz\.|^\s*message:/.test(line) ? [...line.matchAll(messageProperty)] : []),
        ...(/\bz\.|\.refine\(|\.regex\(|\.min\(|\.max\(/.test(line) ? [...line.matchAll(zodCheck)] : []),
      ];
      for (const m of candidates) found.push({ file, text: m[2]!.replace(/\$\{[^}]*\}/g, 'X1') });
    }
  }
  return found;
}

describe('field issues', () => {
  it('finds the issue texts written in the code', () => {
    const texts = issueTextsInCode().map((t) => t.text);
    expect(texts).toContain('must be an email address');
    expect(texts).toContain('must be at least 10 characters');
    expect(texts).toContain('is not a currency of this tenant');
    expect(texts).toContain('must be below X1');
    expect(texts).toContain('names a locale twice');
    expect(texts).toContain('must be at least minBuyIn');
  });

  it('has a Turkish text for every issue text in the code', () => {
    const missing = issueTextsInCode().filter(({ text }) => translateIssue(text) === undefined);
    expect(missing.map(({ file, text }) => `${file}: "${text}"`), 'add them to src/issue-texts.ts').toEqual([]);
  });

  it('has complete catalogue entries', () => {
    for (const [en, tr] of issueCatalogue()) {
      expectComplete(`issue "${en}"`, { en, tr });
      expect(tr.match(/\{\w+\}/g)?.sort() ?? [], `issue "${en}": placeholders`).toEqual(en.match(/\{\w+\}/g)?.sort() ?? []);
    }
  });

  it('fills run-time parts into the Turkish', () => {
    expect(translateIssue('must be below 9')).toBe('9 değerinden küçük olmalı');
    expect(translateIssue('must be at most 256 characters')).toBe('en fazla 256 karakter olmalı');
    expect(translateIssue('must be at most 1000')).toBe('en fazla 1000 olmalı');
    expect(translateIssue('must be one of en, tr')).toBe('şunlardan biri olmalı: en, tr');
    expect(translateIssue('no such text')).toBeUndefined();
  });

  it('words zod\'s own issues in every locale, per parse', () => {
    const schema = z
      .object({
        name: z.string().min(3),
        age: z.number().int().max(120),
        email: z.email(),
        kind: z.enum(['A', 'B']),
        tags: z.array(z.string()).min(1),
        code: z.string().regex(/^[A-Z]+$/),
        note: z.string(),
      })
      .strict();
    let error: unknown;
    try {
      parseInput(schema, { name: 'x', age: 300, email: 'nope', kind: 'C', tags: [], code: 'abc', note: 5, extra: true });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    const issues = (error as ValidationError).issues;
    expect(issues.map((i) => i.path.join('.')).sort()).toEqual(
      ['input', 'input.age', 'input.code', 'input.email', 'input.kind', 'input.name', 'input.note', 'input.tags'].sort(),
    );
    for (const issue of issues) expectComplete(`zod issue at ${issue.path.join('.')}`, issue.text);
    const at = (path: string) => issues.find((i) => i.path.join('.') === path)!;
    expect(at('input.name').text).toEqual({ en: 'Too small: expected string to have >=3 characters', tr: 'en az 3 karakter olmalı' });
    expect(at('input.note').text.tr).toBe('metin olmalı (gelen: sayı)');
    expect(at('input.email').text.tr).toBe('geçerli bir e-posta adresi olmalı');
    expect(at('input.kind').text.tr).toBe('şunlardan biri olmalı: "A", "B"');
    // `message` stays the English text, for code that reads it.
    expect(at('input.name').message).toBe(at('input.name').text.en);
  });

  it('translates our own schema messages and keeps them over zod\'s', () => {
    const schema = z.object({ currency: z.string().refine(() => false, 'must be an ISO 4217 code'), password: z.string().min(10, 'must be at least 10 characters') });
    try {
      parseInput(schema, { currency: 'eur', password: 'short' });
      expect.fail('parsed');
    } catch (e) {
      const issues = (e as ValidationError).issues;
      expect(issues.map((i) => i.text)).toEqual([
        { en: 'must be an ISO 4217 code', tr: 'bir ISO 4217 para birimi kodu olmalı' },
        { en: 'must be at least 10 characters', tr: 'en az 10 karakter olmalı' },
      ]);
      expect((e as ValidationError).localized('tr')).toBe('Geçersiz giriş (input.currency): bir ISO 4217 para birimi kodu olmalı');
    }
  });
});
