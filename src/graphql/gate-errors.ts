// The refusals of player gates (src/player-gates.ts) as GraphQL error types: they stand in the
// result unions of the mutations that run the gates (deposits, withdrawals). The seat gate's
// refusal is poker's own PokerLinkedAccountSeatedError.
import { builder } from '../builder.js';
import { VERIFICATION_LEVELS, VERIFICATION_REASONS, VerificationRequiredError, type VerificationLevel, type VerificationReason } from '../player-gates.js';
import { errorType } from './errors.js';

const LEVEL_DESCRIPTIONS: Record<VerificationLevel, string> = {
  NONE: 'Not verified.',
  BASIC: 'Basic: age and identity document checked.',
  FULL: 'Full: document and a live selfie matched to it.',
  ENHANCED: 'Enhanced due diligence: full, plus sanctions and PEP screening and proof of address.',
};
export const VerificationLevelEnum = builder.enumType('VerificationLevel', {
  description: 'How well a player\'s identity is verified (KYC), lowest first (docs/risk.md "KYC").',
  values: Object.fromEntries(VERIFICATION_LEVELS.map((level) => [level, { value: level, description: LEVEL_DESCRIPTIONS[level] }])) as Record<
    VerificationLevel,
    { value: VerificationLevel; description: string }
  >,
});

const REASON_DESCRIPTIONS: Record<VerificationReason, string> = {
  FIRST_WITHDRAWAL: 'The tenant requires the level before a player\'s first withdrawal.',
  DEPOSIT_THRESHOLD: 'The player\'s deposits (with this one) pass the tenant\'s threshold in the currency (EUR 2,000 by default).',
  RISK_FLAG: 'The player is the subject of an open risk case of the severity the tenant\'s rule names.',
};
export const VerificationReasonEnum = builder.enumType('VerificationReason', {
  description: 'Why a verification level is required.',
  values: Object.fromEntries(VERIFICATION_REASONS.map((reason) => [reason, { value: reason, description: REASON_DESCRIPTIONS[reason] }])) as Record<
    VerificationReason,
    { value: VerificationReason; description: string }
  >,
});

errorType(
  VerificationRequiredError,
  'VerificationRequiredError',
  { code: 'VERIFICATION_REQUIRED', description: 'The tenant\'s KYC rules require a higher verification level first (startVerification); nothing was held, moved or written.' },
  (t) => ({
    requiredLevel: t.field({ type: VerificationLevelEnum, description: 'The level needed.', resolve: (e: VerificationRequiredError) => e.requiredLevel }),
    currentLevel: t.field({ type: VerificationLevelEnum, description: 'The player\'s level now.', resolve: (e: VerificationRequiredError) => e.currentLevel }),
    reason: t.field({ type: VerificationReasonEnum, description: 'Which rule asks for it.', resolve: (e: VerificationRequiredError) => e.reason }),
  }),
);
