import { GraphQLError } from 'graphql';
import { joinLocalized, type Locale, type Localized } from './i18n.js';
import { issueText } from './issue-texts.js';

/**
 * An expected failure with a stable code and a message in every player-facing language.
 * Mutations list the AppErrors they can return in their result union; an AppError
 * thrown elsewhere reaches the client as a GraphQL error with `extensions.code`.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly text: Localized,
    readonly httpStatus = 400,
  ) {
    super(text.en);
    this.name = new.target.name;
  }

  localized(locale: Locale): string {
    return this.text[locale] ?? this.text.en;
  }

  /** The error as a top-level GraphQL error (for failures outside a result union). */
  toGraphQLError(locale: Locale): GraphQLError {
    return new GraphQLError(this.localized(locale), {
      originalError: this,
      extensions: { code: this.code, http: { status: this.httpStatus } },
    });
  }
}

/** One invalid field of an input, as a service reports it: the message in English, or in every locale. */
export interface FieldIssue {
  path: string[];
  /**
   * What is wrong, in every locale; or in English, translated through the catalogue of issue
   * texts (src/issue-texts.ts), which a unit test checks covers every such text in the code.
   */
  message: string | Localized;
}

/** A FieldIssue with its text in every locale (`message` stays the English one). */
export interface LocalizedIssue {
  path: string[];
  message: string;
  text: Localized;
}

export class ValidationError extends AppError {
  readonly issues: LocalizedIssue[];

  constructor(issues: FieldIssue[]) {
    const localized = issues.map(({ path, message }) => {
      const text = typeof message === 'string' ? issueText(message) : message;
      return { path, message: text.en, text };
    });
    const first = localized[0];
    const where = first?.path.join('.');
    super(
      'VALIDATION_FAILED',
      first
        ? { en: `Invalid input at ${where}: ${first.text.en}`, tr: `Geçersiz giriş (${where}): ${first.text.tr}` }
        : { en: 'Invalid input.', tr: 'Geçersiz giriş.' },
    );
    this.issues = localized;
  }
}

/**
 * Why a credential was refused, keyed as the code says it (`new UnauthenticatedError('session
 * ended')`). A reason without an entry gets the general text, never an untranslated one; a unit
 * test checks that every reason the code names has one.
 */
export const UNAUTHENTICATED_REASONS: Record<string, Localized> = {
  'malformed Authorization header': {
    en: 'the Authorization header is not "Bearer <token>"',
    tr: 'Authorization başlığı "Bearer <belirteç>" biçiminde değil',
  },
  'malformed token': { en: 'the access token is malformed', tr: 'erişim belirteci bozuk' },
  'invalid token': { en: 'the access token is invalid', tr: 'erişim belirteci geçersiz' },
  'token expired': { en: 'the access token has expired', tr: 'erişim belirtecinin süresi doldu' },
  'invalid API key': { en: 'the API key is invalid or revoked', tr: 'API anahtarı geçersiz ya da iptal edilmiş' },
  'session ended': { en: 'the session has ended', tr: 'oturum sona erdi' },
  'account disabled': { en: 'the account is disabled', tr: 'hesap devre dışı' },
  'unknown tenant': { en: 'the credential names an unknown tenant', tr: 'kimlik bilgisi bilinmeyen bir operatöre ait' },
};

export class UnauthenticatedError extends AppError {
  constructor(readonly reason = 'missing') {
    const why = Object.hasOwn(UNAUTHENTICATED_REASONS, reason) ? UNAUTHENTICATED_REASONS[reason] : undefined;
    super(
      'UNAUTHENTICATED',
      reason === 'missing'
        ? { en: 'Authentication required.', tr: 'Kimlik doğrulaması gerekli.' }
        : why
          ? { en: `Authentication failed: ${why.en}.`, tr: `Kimlik doğrulaması başarısız: ${why.tr}.` }
          : { en: 'Authentication failed.', tr: 'Kimlik doğrulaması başarısız.' },
      401,
    );
  }
}

/** The auth scopes a field can require (src/builder.ts), named in a refusal. */
export const SCOPE_NAMES: Record<'public' | 'authenticated' | 'player' | 'staff' | 'platform' | 'affiliate' | 'access', Localized> = {
  public: { en: 'public access', tr: 'herkese açık erişim' },
  authenticated: { en: 'a signed-in caller', tr: 'oturum açmış bir kullanıcı' },
  player: { en: 'a player session', tr: 'bir oyuncu oturumu' },
  staff: { en: 'staff access', tr: 'personel yetkisi' },
  platform: { en: 'platform staff access', tr: 'platform personeli yetkisi' },
  affiliate: { en: 'an affiliate session', tr: 'bir ortak oturumu' },
  // A refusal that names no scope (a scope function's).
  access: { en: 'access', tr: 'erişim yetkisi' },
};
export type ScopeName = keyof typeof SCOPE_NAMES;

/** What a refused field requires: a scope, a permission (named by its code), or a combination. */
export type Requirement =
  | ScopeName
  | { permission: string }
  | { anyOf: Requirement[] }
  | { allOf: Requirement[] };

export function describeRequirement(requirement: Requirement): Localized {
  // A scope added to the builder without a name here still reads as a refusal.
  if (typeof requirement === 'string') return SCOPE_NAMES[requirement] ?? SCOPE_NAMES.access;
  if ('permission' in requirement) {
    return { en: `the permission ${requirement.permission}`, tr: `${requirement.permission} izni` };
  }
  if ('anyOf' in requirement) return joinLocalized(requirement.anyOf.map(describeRequirement), { en: 'or', tr: 'veya' });
  return joinLocalized(requirement.allOf.map(describeRequirement), { en: 'and', tr: 've' });
}

export class ForbiddenError extends AppError {
  constructor(readonly requirement: Requirement) {
    const missing = describeRequirement(requirement);
    super('FORBIDDEN', { en: `Forbidden: requires ${missing.en}.`, tr: `Yasak: ${missing.tr} gerekli.` }, 403);
  }
}

/**
 * What NotFoundError names, keyed as the code says it (`new NotFoundError('Staff user')`). A
 * subject without an entry gets a general text in Turkish; a unit test checks that every
 * subject the code names has one.
 */
export const NOT_FOUND_SUBJECTS: Record<string, Localized> = {
  Tenant: { en: 'Tenant', tr: 'Operatör' },
  BackgroundJob: { en: 'Background job', tr: 'Arka plan işi' },
  KycVerification: { en: 'Verification', tr: 'Doğrulama' },
  RiskCase: { en: 'Risk case', tr: 'Risk vakası' },
  RiskCaseAction: { en: 'Risk case action', tr: 'Risk vakası işlemi' },
  'Staff user': { en: 'Staff user', tr: 'Personel kullanıcısı' },
  StaffUser: { en: 'Staff user', tr: 'Personel kullanıcısı' },
  'API key': { en: 'API key', tr: 'API anahtarı' },
  ApiKey: { en: 'API key', tr: 'API anahtarı' },
  Player: { en: 'Player', tr: 'Oyuncu' },
  BonusTemplate: { en: 'Bonus template', tr: 'Bonus şablonu' },
  BonusGrant: { en: 'Bonus', tr: 'Bonus' },
  BonusBudget: { en: 'Bonus budget', tr: 'Bonus bütçesi' },
  Offer: { en: 'Offer', tr: 'Teklif' },
  OfferClaim: { en: 'Offer claim', tr: 'Teklif talebi' },
  OfferDecision: { en: 'Offer decision', tr: 'Teklif kararı' },
  VipTier: { en: 'VIP tier', tr: 'VIP seviyesi' },
  VipCheck: { en: 'VIP check', tr: 'VIP kontrolü' },
  Experiment: { en: 'Experiment', tr: 'Deney' },
  Affiliate: { en: 'Affiliate', tr: 'Ortak' },
  AffiliateLink: { en: 'Affiliate link', tr: 'Ortak bağlantısı' },
  AffiliatePlan: { en: 'Commission plan', tr: 'Komisyon planı' },
  AffiliateAttribution: { en: 'Affiliate attribution', tr: 'Ortak ataması' },
  AffiliateStatement: { en: 'Affiliate statement', tr: 'Ortak hesap özeti' },
};

export class NotFoundError extends AppError {
  constructor(readonly what: string) {
    const subject = Object.hasOwn(NOT_FOUND_SUBJECTS, what) ? NOT_FOUND_SUBJECTS[what] : undefined;
    super(
      'NOT_FOUND',
      { en: `${subject?.en ?? what} not found.`, tr: subject ? `${subject.tr} bulunamadı.` : 'Aranan kayıt bulunamadı.' },
      404,
    );
  }
}

export class TenantRequiredError extends AppError {
  constructor() {
    super('TENANT_REQUIRED', {
      en: 'This operation needs a tenant: send the X-Tenant header or use a tenant domain.',
      tr: 'Bu işlem bir operatör gerektirir: X-Tenant başlığını gönderin veya operatör alan adını kullanın.',
    });
  }
}

export class TenantNotFoundError extends AppError {
  constructor(readonly slug: string) {
    super('TENANT_NOT_FOUND', { en: `Unknown tenant "${slug}".`, tr: `Bilinmeyen operatör "${slug}".` }, 404);
  }
}

export class TenantSuspendedError extends AppError {
  constructor(readonly slug: string) {
    super(
      'TENANT_SUSPENDED',
      { en: `Tenant "${slug}" is suspended.`, tr: `"${slug}" operatörü askıya alındı.` },
      403,
    );
  }
}

/**
 * An id argument that is not a global ID of the type the argument takes: a raw UUID, a
 * malformed string, or the global ID of another type (a Payment's where a Player's belongs).
 */
export class InvalidIdError extends AppError {
  constructor(
    readonly expectedType: string,
    readonly path: string[],
  ) {
    const where = path.join('.');
    // `Player or Payment` when the argument takes either (localIdOf joins the names so).
    const types = expectedType.split(' or ');
    super('INVALID_ID', {
      en: `${where} must be the global ID of a ${expectedType}, as returned in its id field.`,
      tr: `${where}, ${types.map((t) => `"${t}"`).join(' veya ')} türünde bir nesnenin id alanında dönen genel kimliği olmalıdır.`,
    });
  }
}

/** Why a request could not be served; each says what the client may do. */
export type UnavailableReason = 'DATABASE_UNREACHABLE' | 'DATABASE_TIMEOUT';

const UNAVAILABLE_TEXTS: Record<UnavailableReason, Localized> = {
  DATABASE_UNREACHABLE: {
    en: 'The service is briefly unavailable (its database cannot be reached). Try again shortly; with the same idempotency key a retry never applies anything twice.',
    tr: 'Hizmet kısa süreliğine kullanılamıyor (veritabanına ulaşılamıyor). Birazdan tekrar deneyin; aynı idempotency anahtarıyla yapılan bir deneme hiçbir işlemi iki kez uygulamaz.',
  },
  DATABASE_TIMEOUT: {
    en: 'The database took too long to answer and the request was stopped; nothing of it was written. Try again shortly.',
    tr: 'Veritabanı çok geç yanıt verdi ve istek durduruldu; hiçbir kısmı yazılmadı. Birazdan tekrar deneyin.',
  },
};

/**
 * The database is down, restarting, out of connections, or a statement ran past its timeout
 * (src/db/outage.ts recognises these). A request cut off by a lost connection may or may not
 * have committed; retrying with the same idempotency key is safe either way. Carries `extensions.reason` and `extensions.retryAfter` and,
 * over HTTP, status 503 with a Retry-After header.
 */
export class UnavailableError extends AppError {
  constructor(
    readonly reason: UnavailableReason,
    readonly retryAfter = 1,
  ) {
    super('UNAVAILABLE', UNAVAILABLE_TEXTS[reason], 503);
  }

  override toGraphQLError(locale: Locale): GraphQLError {
    return new GraphQLError(this.localized(locale), {
      originalError: this,
      extensions: { code: this.code, reason: this.reason, retryAfter: this.retryAfter, http: this.http() },
    });
  }

  /** The `extensions.http` Apollo turns into the response's status and headers. */
  http(): { status: number; headers: Map<string, string> } {
    return { status: this.httpStatus, headers: new Map([['retry-after', String(this.retryAfter)]]) };
  }
}

/**
 * A subscription asked to resume a stream after a sequence number whose next events the outbox
 * no longer keeps (pruned after OUTBOX_RETENTION_HOURS): resuming would skip them silently.
 * The client reads the current state and subscribes again without that position.
 */
export class StreamPositionExpiredError extends AppError {
  constructor(readonly afterSeq: number) {
    super(
      'STREAM_POSITION_EXPIRED',
      {
        en: `The events after sequence number ${afterSeq} are no longer kept: read the current state, then subscribe again without that position.`,
        tr: `${afterSeq} sıra numarasından sonraki olaylar artık saklanmıyor: güncel durumu okuyun, ardından bu konum olmadan yeniden abone olun.`,
      },
      410,
    );
  }
}
