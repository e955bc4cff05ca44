import { GraphQLError } from 'graphql';
import type { Locale, Localized } from './i18n.js';

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

export interface FieldIssue {
  path: string[];
  message: string;
}

export class ValidationError extends AppError {
  constructor(readonly issues: FieldIssue[]) {
    const first = issues[0];
    const where = first ? first.path.join('.') : 'input';
    super('VALIDATION_FAILED', {
      en: `Invalid input at ${where}: ${first?.message ?? 'invalid'}`,
      tr: `Geçersiz giriş (${where}): ${first?.message ?? 'geçersiz'}`,
    });
  }
}

export class UnauthenticatedError extends AppError {
  constructor(reason = 'missing') {
    super(
      'UNAUTHENTICATED',
      {
        en: reason === 'missing' ? 'Authentication required.' : `Authentication failed: ${reason}.`,
        tr: reason === 'missing' ? 'Kimlik doğrulaması gerekli.' : `Kimlik doğrulaması başarısız: ${reason}.`,
      },
      401,
    );
  }
}

export class ForbiddenError extends AppError {
  constructor(readonly missing: string) {
    super(
      'FORBIDDEN',
      { en: `Forbidden: requires ${missing}.`, tr: `Yasak: ${missing} yetkisi gerekli.` },
      403,
    );
  }
}

export class NotFoundError extends AppError {
  constructor(readonly what: string) {
    super('NOT_FOUND', { en: `${what} not found.`, tr: `${what} bulunamadı.` }, 404);
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
    super('INVALID_ID', {
      en: `${where} must be the global ID of a ${expectedType}, as returned in its id field.`,
      tr: `${where}, bir ${expectedType} nesnesinin id alanında dönen genel kimliği olmalıdır.`,
    });
  }
}
