import { AffiliateError } from './affiliates.errors.js';

/** A workflow step found the statement in another status than the step needs (`status`: where it is). */
export class AffiliateStatementStatusError extends AffiliateError {
  constructor(readonly status: string, readonly expected: string) {
    super('AFFILIATE_STATEMENT_STATUS', {
      en: `This statement is ${status}; this step needs it ${expected}.`,
      tr: `Bu hesap özeti ${status} durumunda; bu adım için ${expected} olmalı.`,
    }, 409);
  }
}

/** Maker-checker: whoever submitted a statement may not approve or reject it. */
export class AffiliateStatementSameStaffError extends AffiliateError {
  constructor() {
    super('AFFILIATE_STATEMENT_SAME_STAFF', {
      en: 'A statement must be approved or rejected by another staff member than the one who submitted it.',
      tr: 'Bir hesap özeti, onu gönderen personelden başka biri tarafından onaylanmalı veya reddedilmelidir.',
    }, 409);
  }
}

/** The statement has no line in this currency with anything to pay (none, or payable 0). */
export class AffiliateStatementNothingPayableError extends AffiliateError {
  constructor(readonly currency: string) {
    super('AFFILIATE_STATEMENT_NOTHING_PAYABLE', {
      en: `This statement has nothing payable in ${currency}.`,
      tr: `Bu hesap özetinde ${currency} cinsinden ödenecek bir tutar yok.`,
    }, 422);
  }
}

/** The statement's line in this currency was paid already. */
export class AffiliateStatementAlreadyPaidError extends AffiliateError {
  constructor(readonly currency: string) {
    super('AFFILIATE_STATEMENT_ALREADY_PAID', {
      en: `This statement's ${currency} line was paid already.`,
      tr: `Bu hesap özetinin ${currency} satırı zaten ödendi.`,
    }, 409);
  }
}
