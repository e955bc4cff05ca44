import { AppError } from '../../src/errors.js';

/**
 * The typed refusals of VIP redemption, adjustments, high-value checks and monthly rewards
 * (docs/vip.md). Each leaves nothing behind: no posting, no row, no event.
 */
export abstract class VipRewardsError extends AppError {}

/** The tenant has no VIP programme, or it is switched off. */
export class VipProgrammeOffError extends VipRewardsError {
  constructor() {
    super('VIP_PROGRAMME_OFF', { en: 'This casino has no VIP programme running.', tr: 'Bu casinoda çalışan bir VIP programı yok.' }, 409);
  }
}

const SUPPRESSION_TEXTS: Record<string, { en: string; tr: string }> = {
  SELF_EXCLUDED: { en: 'the player is self-excluded', tr: 'oyuncu kendini oyundan men etmiş' },
  TIMED_OUT: { en: 'the player is taking a time-out', tr: 'oyuncu mola veriyor' },
  BLOCKED: { en: 'the account is blocked', tr: 'hesap engellenmiş' },
  RG_FLAGGED: { en: 'the account is flagged for safer gambling', tr: 'hesap sorumlu oyun için işaretlenmiş' },
  UNDER_MIN_AGE: { en: 'the player is under the VIP programme\'s minimum age', tr: 'oyuncu VIP programının asgari yaşının altında' },
};

/** VIP rewards wait for this player (`reason`: SELF_EXCLUDED, TIMED_OUT, BLOCKED, RG_FLAGGED, UNDER_MIN_AGE); their points stay. */
export class VipRewardsSuppressedError extends VipRewardsError {
  constructor(readonly reason: string) {
    const text = SUPPRESSION_TEXTS[reason] ?? { en: 'the account may not receive rewards now', tr: 'hesap şu anda ödül alamaz' };
    super('VIP_REWARDS_SUPPRESSED', {
      en: `VIP rewards are paused: ${text.en}. Your points are kept.`,
      tr: `VIP ödülleri duraklatıldı: ${text.tr}. Puanlarınız korunuyor.`,
    }, 409);
  }
}

/** Not enough points for the redemption (or the debit): `balance` and `requested` are decimal points. */
export class VipInsufficientPointsError extends VipRewardsError {
  constructor(readonly balance: string, readonly requested: string) {
    super('VIP_INSUFFICIENT_POINTS', {
      en: `Not enough points: ${requested} asked for, ${balance} held.`,
      tr: `Yeterli puan yok: ${requested} istendi, ${balance} mevcut.`,
    }, 409);
  }
}

/**
 * The redemption is not on offer: NO_CASH_RATE (no cash rate for points in `currency` in the
 * tenant's settings) or NOT_IN_CATALOGUE (the bonus is not one the tenant sells for points).
 */
export class VipRedemptionUnavailableError extends VipRewardsError {
  constructor(readonly reason: string, readonly currency: string) {
    super('VIP_REDEMPTION_UNAVAILABLE', reason === 'NO_CASH_RATE'
      ? { en: `Points cannot be redeemed for cash in ${currency}.`, tr: `Puanlar ${currency} cinsinden nakde çevrilemez.` }
      : { en: 'This bonus cannot be bought with points.', tr: 'Bu bonus puanla alınamaz.' }, 409);
  }
}

/** The points offered are not what the catalogue's bonus costs (`cost`, decimal points). */
export class VipRedemptionPriceMismatchError extends VipRewardsError {
  constructor(readonly cost: string) {
    super('VIP_REDEMPTION_PRICE_MISMATCH', {
      en: `This bonus costs exactly ${cost} points.`,
      tr: `Bu bonusun bedeli tam olarak ${cost} puandır.`,
    }, 409);
  }
}

/** The points redeemed are worth less than one minor unit of cash. */
export class VipRedemptionTooSmallError extends VipRewardsError {
  constructor() {
    super('VIP_REDEMPTION_TOO_SMALL', {
      en: 'These points are worth less than the smallest unit of the currency.',
      tr: 'Bu puanlar para biriminin en küçük biriminden daha az değerde.',
    }, 409);
  }
}

/** A negative adjustment would take the balance below zero, and allowNegative was not set (`balance`, decimal points). */
export class VipAdjustmentBelowZeroError extends VipRewardsError {
  constructor(readonly balance: string, readonly requested: string) {
    super('VIP_ADJUSTMENT_BELOW_ZERO', {
      en: `This adjustment would take the balance of ${balance} points below zero (by ${requested}); set allowNegative to do it.`,
      tr: `Bu düzeltme ${balance} puanlık bakiyeyi sıfırın altına düşürür (${requested} kadar); bunun için allowNegative ayarlayın.`,
    }, 409);
  }
}

/** Checks are recorded only for designated high-value tiers. */
export class VipCheckTierNotHighValueError extends VipRewardsError {
  constructor() {
    super('VIP_CHECK_TIER_NOT_HIGH_VALUE', {
      en: 'High-value checks are recorded only for a high-value tier.',
      tr: 'Yüksek değerli müşteri kontrolleri yalnızca yüksek değerli bir seviye için kaydedilir.',
    }, 409);
  }
}

/** The check was decided already (`status`). */
export class VipCheckNotPendingError extends VipRewardsError {
  constructor(readonly status: string) {
    super('VIP_CHECK_NOT_PENDING', {
      en: `This check is no longer pending (it is ${status}).`,
      tr: `Bu kontrol artık beklemede değil (durumu: ${status}).`,
    }, 409);
  }
}

/** Maker-checker: whoever recorded a check may not decide it. */
export class VipCheckSameStaffError extends VipRewardsError {
  constructor() {
    super('VIP_CHECK_SAME_STAFF', {
      en: 'A check must be decided by another staff member than the one who recorded it.',
      tr: 'Bir kontrol, onu kaydeden personelden başka biri tarafından karara bağlanmalıdır.',
    }, 409);
  }
}
