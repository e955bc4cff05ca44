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
