import { AppError } from '../../src/errors.js';
import type { IneligibleReason, SuppressionReason } from './offers.terms.js';

/** The offers module's typed failures, each with a stable code. */
export abstract class OfferError extends AppError {}

/** Why an offer cannot be claimed now: its state, the player's suppression, or a rule of its eligibility. */
export const NOT_AVAILABLE_REASONS = ['PAUSED', 'NOT_STARTED', 'ENDED', 'BLOCKED', 'SELF_EXCLUDED', 'TIME_OUT', 'RG_FLAGGED', 'CURRENCY', 'REWARD_CURRENCY', 'REWARD_INACTIVE', 'COUNTRY', 'TAGS', 'EXCLUDED_TAG', 'TOO_FEW_DEPOSITS', 'TOO_MANY_DEPOSITS', 'DEPOSITED_TOO_RECENTLY', 'NO_RECENT_DEPOSIT'] as const;
export type NotAvailableReason = (typeof NOT_AVAILABLE_REASONS)[number];
type Covered<T extends NotAvailableReason> = T;
/** The suppressions and eligibility rules a claim checks: each is a reason here (the compiler checks it). */
export type ClaimRefusalReason = Covered<SuppressionReason | Exclude<IneligibleReason, 'IMPRESSION_CAP' | 'CLAIM_CAP' | 'SUPPRESSED'>>;

const REASON_TEXTS: Record<NotAvailableReason, { en: string; tr: string }> = {
  PAUSED: { en: 'the offer is paused', tr: 'teklif duraklatıldı' },
  NOT_STARTED: { en: 'the offer has not started yet', tr: 'teklif henüz başlamadı' },
  ENDED: { en: 'the offer has ended', tr: 'teklifin süresi doldu' },
  BLOCKED: { en: 'the account is blocked', tr: 'hesap engellenmiş' },
  SELF_EXCLUDED: { en: 'the player is self-excluded', tr: 'oyuncu kendini oyundan men etmiş' },
  TIME_OUT: { en: 'the player is taking a time-out', tr: 'oyuncu mola veriyor' },
  RG_FLAGGED: { en: 'offers are not shown to this account', tr: 'bu hesaba teklif gösterilmiyor' },
  CURRENCY: { en: 'the offer is not made in this currency', tr: 'teklif bu para biriminde sunulmuyor' },
  REWARD_CURRENCY: { en: 'the reward is not offered in this currency', tr: 'ödül bu para biriminde sunulmuyor' },
  REWARD_INACTIVE: { en: 'the reward is no longer offered', tr: 'ödül artık sunulmuyor' },
  COUNTRY: { en: 'the offer is not made in the player\'s country', tr: 'teklif oyuncunun ülkesinde sunulmuyor' },
  TAGS: { en: 'the offer is for other players', tr: 'teklif başka oyunculara yönelik' },
  EXCLUDED_TAG: { en: 'the player is excluded from this offer', tr: 'oyuncu bu tekliften hariç tutulmuş' },
  TOO_FEW_DEPOSITS: { en: 'the offer needs more deposits', tr: 'teklif için daha fazla yatırım gerekir' },
  TOO_MANY_DEPOSITS: { en: 'the offer is for players with fewer deposits', tr: 'teklif daha az yatırımı olan oyunculara yönelik' },
  DEPOSITED_TOO_RECENTLY: { en: 'the offer is for players who have not deposited for a while', tr: 'teklif bir süredir yatırım yapmamış oyunculara yönelik' },
  NO_RECENT_DEPOSIT: { en: 'the offer needs a recent deposit', tr: 'teklif için yakın zamanda yapılmış bir yatırım gerekir' },
};

/** The offer cannot be claimed now (`reason` says why); nothing was granted. */
export class OfferNotAvailableError extends OfferError {
  constructor(readonly reason: NotAvailableReason) {
    super('OFFER_NOT_AVAILABLE', { en: `This offer cannot be claimed: ${REASON_TEXTS[reason].en}.`, tr: `Bu teklif alınamaz: ${REASON_TEXTS[reason].tr}.` }, 409);
  }
}

/** The player has claimed the offer as often as it allows. */
export class OfferClaimLimitReachedError extends OfferError {
  constructor(readonly limit: number) {
    super('OFFER_CLAIM_LIMIT_REACHED', {
      en: `This offer can be claimed at most ${limit} time(s), and that is reached.`,
      tr: `Bu teklif en fazla ${limit} kez alınabilir ve bu sınıra ulaşıldı.`,
    }, 409);
  }
}

/** The offer was not shown to the player in the last 24 hours: it can only be claimed after offersFor answered it. */
export class OfferNotShownError extends OfferError {
  constructor() {
    super('OFFER_NOT_SHOWN', { en: 'This offer was not shown to you in the last 24 hours.', tr: 'Bu teklif size son 24 saat içinde gösterilmedi.' }, 409);
  }
}

/** The offer is archived: final, neither changed nor claimed. */
export class OfferArchivedError extends OfferError {
  constructor() {
    super('OFFER_ARCHIVED', { en: 'This offer is archived: it can be neither changed nor claimed.', tr: 'Bu teklif arşivlendi: değiştirilemez ve alınamaz.' }, 409);
  }
}

/** Another offer of the tenant (not archived) has this name. */
export class OfferNameTakenError extends OfferError {
  constructor(readonly offerName: string) {
    super('OFFER_NAME_TAKEN', { en: `An offer is already named "${offerName}".`, tr: `"${offerName}" adında bir teklif zaten var.` }, 409);
  }
}
