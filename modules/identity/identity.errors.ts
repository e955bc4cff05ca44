import { AppError } from '../../src/errors.js';
import type { Permission } from '../../src/auth/permissions.js';

export class EmailTakenError extends AppError {
  constructor() {
    super('EMAIL_TAKEN', {
      en: 'An account with this email already exists.',
      tr: 'Bu e-posta adresiyle kayıtlı bir hesap zaten var.',
    });
  }
}

export class InvalidCredentialsError extends AppError {
  constructor() {
    super('INVALID_CREDENTIALS', { en: 'Email or password is incorrect.', tr: 'E-posta veya şifre hatalı.' }, 401);
  }
}

export class AccountDisabledError extends AppError {
  constructor() {
    super('ACCOUNT_DISABLED', { en: 'This account is disabled.', tr: 'Bu hesap devre dışı bırakıldı.' }, 403);
  }
}

export class InvalidRefreshTokenError extends AppError {
  constructor() {
    super(
      'INVALID_REFRESH_TOKEN',
      { en: 'The session has expired or was ended; sign in again.', tr: 'Oturum sona erdi; lütfen tekrar giriş yapın.' },
      401,
    );
  }
}

/** Refusal of a grant (a key's permissions, a staff user's roles) that exceeds what the grantor holds. */
export class CannotGrantError extends AppError {
  constructor(readonly missing: readonly Permission[]) {
    const list = missing.join(', ');
    super('CANNOT_GRANT', {
      en: `You cannot grant ${list}: you do not hold ${missing.length === 1 ? 'it' : 'them'} yourself.`,
      tr: `${list} yetkisini veremezsiniz: bu yetkiye kendiniz sahip değilsiniz.`,
    }, 403);
  }
}

/** A player asked for a language their tenant does not offer. */
export class LocaleNotOfferedError extends AppError {
  constructor(
    readonly locale: string,
    readonly offered: readonly string[],
  ) {
    super('LOCALE_NOT_OFFERED', {
      en: `This casino does not offer the language "${locale}"; choose one of: ${offered.join(', ')}.`,
      tr: `Bu casino "${locale}" dilini sunmuyor; şunlardan birini seçin: ${offered.join(', ')}.`,
    });
  }
}
