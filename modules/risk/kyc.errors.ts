import { AppError } from '../../src/errors.js';

/** The typed refusals of KYC (docs/risk.md "KYC"). Each leaves nothing behind. */
export abstract class KycError extends AppError {}

/** The tenant has no enabled KYC provider: no verification can start. */
export class KycProviderNotConfiguredError extends KycError {
  constructor() {
    super('KYC_PROVIDER_NOT_CONFIGURED', {
      en: 'Identity verification is not available yet; please contact support.',
      tr: 'Kimlik doğrulaması henüz kullanılamıyor; lütfen destek ekibiyle iletişime geçin.',
    }, 409);
  }
}

/** The provider cannot be used here (the sandbox where the platform runs in production). */
export class KycProviderUnsupportedError extends KycError {
  constructor(readonly provider: string) {
    super('KYC_PROVIDER_UNSUPPORTED', {
      en: `The KYC provider ${provider} cannot be used here.`,
      tr: `${provider} KYC sağlayıcısı burada kullanılamaz.`,
    }, 422);
  }
}

/** The provider's API failed or could not be reached; nothing was recorded. */
export class KycProviderFailedError extends KycError {
  constructor() {
    super('KYC_PROVIDER_FAILED', {
      en: 'The identity verification service did not answer; please try again later.',
      tr: 'Kimlik doğrulama hizmeti yanıt vermedi; lütfen daha sonra tekrar deneyin.',
    }, 502);
  }
}

/** The player already has the level asked for (or a higher one). */
export class KycLevelAlreadyReachedError extends KycError {
  constructor(readonly level: string) {
    super('KYC_LEVEL_ALREADY_REACHED', {
      en: `Your account is already verified at this level (${level}).`,
      tr: `Hesabınız bu seviyede zaten doğrulanmış (${level}).`,
    }, 409);
  }
}

/** A staff decision on a verification that is not waiting for one. */
export class KycVerificationNotPendingError extends KycError {
  constructor(readonly status: string) {
    super('KYC_VERIFICATION_NOT_PENDING', {
      en: `This verification is not pending (it is ${status}).`,
      tr: `Bu doğrulama beklemede değil (durumu: ${status}).`,
    }, 409);
  }
}
