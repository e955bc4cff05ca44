import { AppError } from '../../src/errors.js';
import type { Localized } from '../../src/i18n.js';

/** The bonus module's typed failures, each with a stable code. */
export abstract class BonusError extends AppError {}

/** The rules a wagering cap comes from, as a refusal names them. */
export const WAGERING_RULES = {
  // UKGC's 2025 revision of LCCP social responsibility code 5.1.1, in force 19 January 2026:
  // wagering at most 10 × the bonus, and an offer within one product.
  UKGC: {
    en: 'UKGC rule (LCCP social responsibility code 5.1.1, in force since 19 January 2026)',
    tr: 'UKGC kuralı (LCCP sosyal sorumluluk kodu 5.1.1, yürürlük tarihi 19 Ocak 2026)',
  },
  TENANT: { en: "The tenant's own maximum wagering multiplier", tr: 'Operatörün kendi azami çevrim çarpanı' },
} as const satisfies Record<string, Localized>;
export type WageringRule = keyof typeof WAGERING_RULES;

/**
 * A template whose wagering requirement per unit of bonus passes the tenant's cap. `rule` names
 * the rule the cap comes from; `effectiveMultiple` is the requirement over the bonus as a decimal
 * string (null: unbounded, a deposit that can grow past a capped bonus).
 */
export class WageringCapExceededError extends BonusError {
  constructor(
    readonly rule: WageringRule,
    readonly cap: number,
    readonly effectiveMultiple: string | null,
  ) {
    const name = WAGERING_RULES[rule];
    super(
      'WAGERING_CAP_EXCEEDED',
      effectiveMultiple === null
        ? {
            en: `${name.en}: the wagering requirement may be at most ${cap} × the bonus, and here it is unbounded (the deposit counted can grow past the capped bonus).`,
            tr: `${name.tr}: çevrim şartı en fazla bonusun ${cap} katı olabilir; burada sınırsız (hesaba katılan yatırım, üst sınırlı bonusun ötesine büyüyebilir).`,
          }
        : {
            en: `${name.en}: the wagering requirement may be at most ${cap} × the bonus, and here it is ${effectiveMultiple} × the bonus.`,
            tr: `${name.tr}: çevrim şartı en fazla bonusun ${cap} katı olabilir; burada bonusun ${effectiveMultiple} katı.`,
          },
    );
  }
}

/** An ACTIVE template of the tenant already has this name (names are unique among active templates). */
export class BonusTemplateNameTakenError extends BonusError {
  constructor(readonly templateName: string) {
    super('BONUS_TEMPLATE_NAME_TAKEN', {
      en: `An active bonus template is already named "${templateName}".`,
      tr: `"${templateName}" adında etkin bir bonus şablonu zaten var.`,
    }, 409);
  }
}

/** Why a player cannot receive a bonus (besides responsible gambling, which has errors of its own). */
export const NOT_ELIGIBLE_REASONS = [
  'PLAYER_BLOCKED',
  'CURRENCY_NOT_OFFERED',
  'COUNTRY',
  'TAGS',
  'EXCLUDED_TAG',
  'DEPOSIT_REQUIRED',
  'DEPOSIT_NOT_FOUND',
  'DEPOSIT_TOO_SMALL',
  'DEPOSIT_ALREADY_MATCHED',
  'NOTHING_TO_GRANT',
] as const;
export type NotEligibleReason = (typeof NOT_ELIGIBLE_REASONS)[number];

const REASON_TEXTS: Record<NotEligibleReason, { en: string; tr: string }> = {
  PLAYER_BLOCKED: { en: 'the account is blocked', tr: 'hesap engellenmiş' },
  CURRENCY_NOT_OFFERED: { en: 'the bonus is not offered in this currency', tr: 'bonus bu para biriminde sunulmuyor' },
  COUNTRY: { en: 'the bonus is not offered in the player\'s country', tr: 'bonus oyuncunun ülkesinde sunulmuyor' },
  TAGS: { en: 'the bonus is for other players', tr: 'bonus başka oyunculara yönelik' },
  EXCLUDED_TAG: { en: 'the player is excluded from this bonus', tr: 'oyuncu bu bonustan hariç tutulmuş' },
  DEPOSIT_REQUIRED: { en: 'a deposit match needs the deposit it matches', tr: 'yatırım eşleşmesi için eşleşecek yatırım gerekir' },
  DEPOSIT_NOT_FOUND: { en: 'no such deposit of the player in this currency', tr: 'oyuncunun bu para biriminde böyle bir yatırımı yok' },
  DEPOSIT_TOO_SMALL: { en: 'the deposit is below the bonus\'s minimum', tr: 'yatırım bonusun alt sınırının altında' },
  DEPOSIT_ALREADY_MATCHED: { en: 'this deposit has already been matched', tr: 'bu yatırım zaten eşleştirilmiş' },
  NOTHING_TO_GRANT: { en: 'the bonus would be zero', tr: 'bonus tutarı sıfır olurdu' },
};

export class BonusNotEligibleError extends BonusError {
  constructor(readonly reason: NotEligibleReason) {
    super('BONUS_NOT_ELIGIBLE', {
      en: `This bonus cannot be granted: ${REASON_TEXTS[reason].en}.`,
      tr: `Bu bonus verilemez: ${REASON_TEXTS[reason].tr}.`,
    });
  }
}

export class BonusTemplateArchivedError extends BonusError {
  constructor(readonly templateId: string) {
    super('BONUS_TEMPLATE_ARCHIVED', { en: 'This bonus template is archived: it grants nothing new.', tr: 'Bu bonus şablonu arşivlendi: yeni bonus vermez.' }, 409);
  }
}

export const BUDGET_SCOPES = ['TOTAL', 'PER_PLAYER'] as const;
export type BudgetScope = (typeof BUDGET_SCOPES)[number];

export class BonusBudgetExceededError extends BonusError {
  constructor(
    readonly budgetId: string,
    readonly scope: BudgetScope,
    /** Minor units, as decimal strings. */
    readonly limit: string,
    readonly remaining: string,
  ) {
    super(
      'BONUS_BUDGET_EXCEEDED',
      {
        en: scope === 'TOTAL' ? `The promotion budget is spent: ${remaining} of ${limit} remains.` : `This player's share of the promotion budget is spent: ${remaining} of ${limit} remains.`,
        tr: scope === 'TOTAL' ? `Promosyon bütçesi tükendi: ${limit} tutarından ${remaining} kaldı.` : `Bu oyuncunun promosyon bütçesindeki payı tükendi: ${limit} tutarından ${remaining} kaldı.`,
      },
      409,
    );
  }
}

export const GRANT_STATUSES = ['PENDING_REVIEW', 'ACTIVE', 'COMPLETED', 'FORFEITED', 'EXPIRED', 'REJECTED'] as const;
export type GrantStatus = (typeof GRANT_STATUSES)[number];

/** A second claim on a grant that already ended (or is not yet active): a typed conflict, nothing moves. */
export class BonusNotActiveError extends BonusError {
  constructor(readonly status: GrantStatus) {
    super('BONUS_NOT_ACTIVE', { en: `This bonus is not active (it is ${status}).`, tr: `Bu bonus etkin değil (durumu: ${status}).` }, 409);
  }
}

/** A review decision on a grant that is not (or no longer) held for review: nothing changes. */
export class BonusNotPendingReviewError extends BonusError {
  constructor(readonly status: GrantStatus) {
    super('BONUS_NOT_PENDING_REVIEW', { en: `This bonus is not waiting for review (it is ${status}).`, tr: `Bu bonus inceleme beklemiyor (durumu: ${status}).` }, 409);
  }
}
