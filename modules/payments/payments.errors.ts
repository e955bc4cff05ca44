import { AppError } from '../../src/errors.js';
import { statusName } from '../../src/i18n.js';

/** The payments module's typed failures, each with a stable code. */
export abstract class PaymentsError extends AppError {}

export class PaymentProviderUnsupportedError extends PaymentsError {
  constructor(readonly provider: string) {
    super('PAYMENT_PROVIDER_UNSUPPORTED', { en: `Payment provider ${provider} is not available.`, tr: `${provider} ödeme sağlayıcısı kullanılamıyor.` });
  }
}

export class PaymentCurrencyUnsupportedError extends PaymentsError {
  constructor(readonly provider: string, readonly currency: string) {
    super('PAYMENT_CURRENCY_UNSUPPORTED', { en: `${provider} does not take ${currency} here.`, tr: `${provider} burada ${currency} kabul etmiyor.` });
  }
}

export class PaymentAmountOutOfBoundsError extends PaymentsError {
  constructor(readonly min: string, readonly max: string) {
    super('PAYMENT_AMOUNT_OUT_OF_BOUNDS', { en: `The amount must be between ${min} and ${max}.`, tr: `Tutar ${min} ile ${max} arasında olmalı.` });
  }
}

export class PaymentNotFoundError extends PaymentsError {
  constructor(readonly paymentId: string) {
    super('PAYMENT_NOT_FOUND', { en: 'No such payment.', tr: 'Böyle bir ödeme yok.' }, 404);
  }
}

export class PaymentProviderFailedError extends PaymentsError {
  constructor(readonly provider: string) {
    super('PAYMENT_PROVIDER_FAILED', { en: `${provider} could not be reached or refused the request.`, tr: `${provider} yanıt vermedi veya isteği reddetti.` }, 502);
  }
}

export class RefundExceedsPaymentError extends PaymentsError {
  constructor(readonly refundable: string) {
    super('REFUND_EXCEEDS_PAYMENT', { en: `At most ${refundable} can be refunded.`, tr: `En fazla ${refundable} iade edilebilir.` });
  }
}

export class WithdrawalExceedsAvailableError extends PaymentsError {
  constructor(readonly available: string) {
    super('WITHDRAWAL_EXCEEDS_AVAILABLE', {
      en: `At most ${available} can be withdrawn (bonus money is not withdrawable).`,
      tr: `En fazla ${available} çekilebilir (bonus para çekilemez).`,
    });
  }
}

export class WithdrawalNotFoundError extends PaymentsError {
  constructor(readonly withdrawalId: string) {
    super('WITHDRAWAL_NOT_FOUND', { en: 'No such withdrawal.', tr: 'Böyle bir çekim yok.' }, 404);
  }
}

export class WithdrawalNotPendingError extends PaymentsError {
  constructor(readonly withdrawalId: string, readonly status: string) {
    const name = statusName(status);
    super('WITHDRAWAL_NOT_PENDING', {
      en: `The withdrawal is ${name?.en ?? status}, not pending.`,
      tr: name ? `Çekim beklemede değil (durumu: ${name.tr}).` : 'Çekim beklemede değil.',
    });
  }
}

export class WithdrawalSelfApprovalError extends PaymentsError {
  constructor(readonly withdrawalId: string) {
    super('WITHDRAWAL_SELF_APPROVAL', { en: 'The requester of a withdrawal cannot approve it.', tr: 'Çekimi talep eden onaylayamaz.' }, 403);
  }
}

export class WithdrawalAlreadyApprovedError extends PaymentsError {
  constructor(readonly withdrawalId: string) {
    super('WITHDRAWAL_ALREADY_APPROVED', { en: 'You already approved this withdrawal; another approver is needed.', tr: 'Bu çekimi zaten onayladınız; başka bir onaylayan gerekli.' }, 409);
  }
}

export class DisputeNotFoundError extends PaymentsError {
  constructor(readonly disputeId: string) {
    super('DISPUTE_NOT_FOUND', { en: 'No such dispute.', tr: 'Böyle bir itiraz yok.' }, 404);
  }
}

export class DisputeClosedError extends PaymentsError {
  constructor(readonly disputeId: string, readonly status: string) {
    const name = statusName(status);
    super('DISPUTE_CLOSED', { en: `The dispute is closed (${name?.en ?? status}).`, tr: name ? `İtiraz kapandı (${name.tr}).` : 'İtiraz kapandı.' }, 409);
  }
}

export class WithdrawalProviderNotFundingError extends PaymentsError {
  constructor(readonly provider: string) {
    super('WITHDRAWAL_PROVIDER_NOT_FUNDING', {
      en: `Money goes back only to a payment method that funded your account; ${provider} did not.`,
      tr: `Para yalnızca hesabınıza para yatırdığınız ödeme yöntemine geri gönderilir; ${provider} ile para yatırılmadı.`,
    });
  }
}

export class WithdrawalNoRouteError extends PaymentsError {
  constructor(readonly routable: string) {
    super('WITHDRAWAL_NO_ROUTE', {
      en: `At most ${routable} can go back to the payment methods that funded your account.`,
      tr: `Hesabınıza para yatırdığınız ödeme yöntemlerine en fazla ${routable} geri gönderilebilir.`,
    });
  }
}

/** A manual operation on a withdrawal that is not a MANUAL part parked for FINANCE (still pending review, a refund part, or closed). */
export class WithdrawalNotParkedError extends PaymentsError {
  constructor(readonly withdrawalId: string, readonly status: string) {
    // `status` is a status, or `STATUS, route ROUTE` for a part that is not paid by hand.
    const name = statusName(status);
    super('WITHDRAWAL_NOT_PARKED', {
      en: `The withdrawal is not parked for a manual payout (it is ${status}).`,
      tr: name
        ? `Çekim elle ödeme için bekletilmiyor (durumu: ${name.tr}).`
        : status.includes(', route ')
          ? 'Çekim elle ödeme için bekletilmiyor: elle ödenecek bir çekim değil.'
          : 'Çekim elle ödeme için bekletilmiyor.',
    }, 409);
  }
}

/** Maker-checker: who approved a manual payout does not also record it as paid. */
export class WithdrawalCompleterApprovedError extends PaymentsError {
  constructor(readonly withdrawalId: string) {
    super('WITHDRAWAL_COMPLETER_APPROVED', {
      en: 'You approved this withdrawal; another member of staff must record its payment.',
      tr: 'Bu çekimi siz onayladınız; ödemesini başka bir personel kaydetmeli.',
    }, 403);
  }
}
