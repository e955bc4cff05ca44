import { AppError } from '../../src/errors.js';
import { statusName } from '../../src/i18n.js';

/**
 * Wallet failures. Each can be stored as the outcome of an idempotency key and raised again
 * on replay, so each knows how to rebuild itself from its code and data.
 */
export abstract class WalletError extends AppError {
  abstract readonly data: Record<string, string>;
}

export class InsufficientFundsError extends WalletError {
  constructor(readonly accountId: string) {
    super('INSUFFICIENT_FUNDS', {
      en: 'Insufficient funds: the amount exceeds the available balance.',
      tr: 'Yetersiz bakiye: tutar kullanılabilir bakiyeyi aşıyor.',
    });
  }
  get data() {
    return { accountId: this.accountId };
  }
}

export class AccountFrozenError extends WalletError {
  constructor(readonly accountId: string) {
    super('ACCOUNT_FROZEN', { en: 'The account is frozen.', tr: 'Hesap donduruldu.' }, 403);
  }
  get data() {
    return { accountId: this.accountId };
  }
}

/** A posting or hold would take an account's balance or held amount past what a bigint holds (±(2^63 − 1)). */
export class BalanceOverflowError extends WalletError {
  constructor(readonly accountId: string) {
    super('BALANCE_OVERFLOW', {
      en: 'The amount would take the account past the largest balance the ledger can hold.',
      tr: 'Tutar, hesabı defterin tutabileceği en büyük bakiyenin ötesine taşır.',
    });
  }
  get data() {
    return { accountId: this.accountId };
  }
}

export class AccountNotFoundError extends WalletError {
  constructor(readonly accountId: string) {
    super('ACCOUNT_NOT_FOUND', { en: 'No such account.', tr: 'Böyle bir hesap yok.' }, 404);
  }
  get data() {
    return { accountId: this.accountId };
  }
}

export class CurrencyMismatchError extends WalletError {
  constructor(readonly expected: string, readonly actual: string) {
    super('CURRENCY_MISMATCH', {
      en: `Currency mismatch: expected ${expected}, got ${actual}.`,
      tr: `Para birimi uyuşmazlığı: ${expected} bekleniyordu, ${actual} geldi.`,
    });
  }
  get data() {
    return { expected: this.expected, actual: this.actual };
  }
}

export class UnsupportedCurrencyError extends WalletError {
  constructor(readonly currency: string) {
    super('UNSUPPORTED_CURRENCY', {
      en: `The currency ${currency} is not supported here.`,
      tr: `${currency} para birimi burada desteklenmiyor.`,
    });
  }
  get data() {
    return { currency: this.currency };
  }
}

export class IdempotencyConflictError extends WalletError {
  constructor(readonly key: string) {
    super('IDEMPOTENCY_CONFLICT', {
      en: 'This idempotency key was already used for a different request.',
      tr: 'Bu tekrar koruma anahtarı (idempotencyKey) farklı bir istek için zaten kullanıldı.',
    }, 409);
  }
  get data() {
    return { key: this.key };
  }
}

export class HoldNotFoundError extends WalletError {
  constructor(readonly holdId: string) {
    super('HOLD_NOT_FOUND', { en: 'No such hold.', tr: 'Böyle bir blokaj yok.' }, 404);
  }
  get data() {
    return { holdId: this.holdId };
  }
}

export class HoldNotOpenError extends WalletError {
  constructor(readonly holdId: string, readonly status: string) {
    super('HOLD_NOT_OPEN', {
      en: `The hold is already ${statusName(status)?.en ?? status.toLowerCase()}.`,
      tr: statusName(status) ? `Blokaj zaten kapalı (durumu: ${statusName(status)!.tr}).` : 'Blokaj zaten kapalı.',
    });
  }
  get data() {
    return { holdId: this.holdId, status: this.status };
  }
}

export class CaptureExceedsHoldError extends WalletError {
  constructor(readonly holdId: string, readonly held: string) {
    super('CAPTURE_EXCEEDS_HOLD', {
      en: `Cannot capture more than the ${held} held.`,
      tr: `Bloke edilen ${held} tutarından fazlası tahsil edilemez.`,
    });
  }
  get data() {
    return { holdId: this.holdId, held: this.held };
  }
}

export class TransactionNotFoundError extends WalletError {
  constructor(readonly transactionId: string) {
    super('TRANSACTION_NOT_FOUND', { en: 'No such transaction.', tr: 'Böyle bir işlem yok.' }, 404);
  }
  get data() {
    return { transactionId: this.transactionId };
  }
}

export class AlreadyReversedError extends WalletError {
  constructor(readonly transactionId: string) {
    super('ALREADY_REVERSED', {
      en: 'This transaction was already reversed, or is itself a reversal.',
      tr: 'Bu işlem zaten iptal edildi ya da kendisi bir iptal işlemi.',
    });
  }
  get data() {
    return { transactionId: this.transactionId };
  }
}

export class AdjustmentNotFoundError extends WalletError {
  constructor(readonly adjustmentId: string) {
    super('ADJUSTMENT_NOT_FOUND', { en: 'No such adjustment.', tr: 'Böyle bir düzeltme yok.' }, 404);
  }
  get data() {
    return { adjustmentId: this.adjustmentId };
  }
}

export class AdjustmentNotPendingError extends WalletError {
  constructor(readonly adjustmentId: string, readonly status: string) {
    super('ADJUSTMENT_NOT_PENDING', {
      en: `The adjustment is already ${statusName(status)?.en ?? status.toLowerCase()}.`,
      tr: statusName(status) ? `Düzeltme zaten sonuçlandı (durumu: ${statusName(status)!.tr}).` : 'Düzeltme zaten sonuçlandı.',
    });
  }
  get data() {
    return { adjustmentId: this.adjustmentId, status: this.status };
  }
}

export class SelfApprovalError extends WalletError {
  constructor(readonly adjustmentId: string) {
    super('SELF_APPROVAL', {
      en: 'A second staff member must approve this adjustment: the requester cannot.',
      tr: 'Bu düzeltmeyi ikinci bir personel onaylamalı: talep eden onaylayamaz.',
    }, 403);
  }
  get data() {
    return { adjustmentId: this.adjustmentId };
  }
}

type Rebuild = (data: Record<string, string>) => WalletError;
const REBUILD: Record<string, Rebuild> = {
  INSUFFICIENT_FUNDS: (d) => new InsufficientFundsError(d['accountId']!),
  ACCOUNT_FROZEN: (d) => new AccountFrozenError(d['accountId']!),
  ACCOUNT_NOT_FOUND: (d) => new AccountNotFoundError(d['accountId']!),
  BALANCE_OVERFLOW: (d) => new BalanceOverflowError(d['accountId']!),
  CURRENCY_MISMATCH: (d) => new CurrencyMismatchError(d['expected']!, d['actual']!),
  UNSUPPORTED_CURRENCY: (d) => new UnsupportedCurrencyError(d['currency']!),
  HOLD_NOT_FOUND: (d) => new HoldNotFoundError(d['holdId']!),
  HOLD_NOT_OPEN: (d) => new HoldNotOpenError(d['holdId']!, d['status']!),
  CAPTURE_EXCEEDS_HOLD: (d) => new CaptureExceedsHoldError(d['holdId']!, d['held']!),
  TRANSACTION_NOT_FOUND: (d) => new TransactionNotFoundError(d['transactionId']!),
  ALREADY_REVERSED: (d) => new AlreadyReversedError(d['transactionId']!),
  ADJUSTMENT_NOT_FOUND: (d) => new AdjustmentNotFoundError(d['adjustmentId']!),
  ADJUSTMENT_NOT_PENDING: (d) => new AdjustmentNotPendingError(d['adjustmentId']!, d['status']!),
  SELF_APPROVAL: (d) => new SelfApprovalError(d['adjustmentId']!),
};

/** The stored failure of an idempotency key, raised again. */
export function rebuildWalletError(code: string, data: Record<string, string>): WalletError {
  const rebuild = REBUILD[code];
  if (!rebuild) throw new Error(`cannot rebuild wallet error ${code}`);
  return rebuild(data);
}

