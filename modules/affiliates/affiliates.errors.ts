import { AppError } from '../../src/errors.js';

/** The affiliates module's typed failures, each with a stable code. */
export abstract class AffiliateError extends AppError {}

/** Another affiliate of the tenant has this code (ignoring case). */
export class AffiliateCodeTakenError extends AffiliateError {
  constructor(readonly affiliateCode: string) {
    super('AFFILIATE_CODE_TAKEN', { en: `An affiliate already has the code "${affiliateCode}".`, tr: `"${affiliateCode}" koduna sahip bir ortak zaten var.` }, 409);
  }
}

/** Another affiliate of the tenant has this email (ignoring case). */
export class AffiliateEmailTakenError extends AffiliateError {
  constructor() {
    super('AFFILIATE_EMAIL_TAKEN', { en: 'An affiliate already has this email.', tr: 'Bu e-posta adresine sahip bir ortak zaten var.' }, 409);
  }
}

/** Another link of the tenant has this code (ignoring case). */
export class AffiliateLinkCodeTakenError extends AffiliateError {
  constructor(readonly linkCode: string) {
    super('AFFILIATE_LINK_CODE_TAKEN', { en: `A tracking link already has the code "${linkCode}".`, tr: `"${linkCode}" koduna sahip bir izleme bağlantısı zaten var.` }, 409);
  }
}

/** The parent named is not an affiliate of the tenant. */
export class AffiliateParentUnknownError extends AffiliateError {
  constructor() {
    super('AFFILIATE_PARENT_UNKNOWN', { en: 'The parent affiliate does not exist.', tr: 'Üst ortak bulunamadı.' }, 404);
  }
}

/** The parent named is itself a sub-affiliate: sub-affiliates go two levels deep only. */
export class AffiliateParentIsSubError extends AffiliateError {
  constructor() {
    super('AFFILIATE_PARENT_IS_SUB', {
      en: 'The parent is itself a sub-affiliate: sub-affiliates go two levels deep only.',
      tr: 'Üst ortak zaten bir alt ortak: alt ortaklar yalnızca iki seviye olabilir.',
    }, 422);
  }
}

/** The affiliate has sub-affiliates of its own, so it cannot become a sub-affiliate. */
export class AffiliateHasSubsError extends AffiliateError {
  constructor() {
    super('AFFILIATE_HAS_SUBS', {
      en: 'This affiliate has sub-affiliates of its own, so it cannot become a sub-affiliate.',
      tr: 'Bu ortağın kendi alt ortakları var, bu yüzden alt ortak olamaz.',
    }, 422);
  }
}

/** An affiliate cannot be its own parent. */
export class AffiliateParentIsSelfError extends AffiliateError {
  constructor() {
    super('AFFILIATE_PARENT_IS_SELF', { en: 'An affiliate cannot be its own parent.', tr: 'Bir ortak kendi üst ortağı olamaz.' }, 422);
  }
}

/** The affiliate is closed: it can no longer change, nor get links. */
export class AffiliateClosedError extends AffiliateError {
  constructor() {
    super('AFFILIATE_CLOSED', { en: 'This affiliate is closed: it can no longer be changed.', tr: 'Bu ortak kapatıldı: artık değiştirilemez.' }, 409);
  }
}
