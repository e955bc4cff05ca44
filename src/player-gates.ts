/**
 * Checks a player's request must pass before money moves or a seat is taken, registered by the
 * modules that have a say (risk: a KYC level the tenant's rules require, linked accounts at one
 * poker table). Payments and poker stand below those modules and never import them: the
 * composition root (src/modules.ts) registers the gates, payments and poker run them in the
 * request's transaction. A gate refuses by throwing a typed AppError (which rolls the
 * transaction back, so nothing is left behind); it returns to let the request through.
 */
import type { Context, TenantTx } from './context.js';
import { AppError } from './errors.js';

export interface DepositRequestFacts {
  playerId: string;
  currency: string;
  amount: bigint;
  provider: string;
}

export interface WithdrawalGateFacts {
  playerId: string;
  currency: string;
  amount: bigint;
}

export interface SeatRequestFacts {
  playerId: string;
  tableId: string;
  /** The players seated at the table now (under the table's lock). */
  seatedPlayerIds: readonly string[];
}

export interface PlayerGateFacts {
  deposit: DepositRequestFacts;
  withdrawal: WithdrawalGateFacts;
  seat: SeatRequestFacts;
}
export type PlayerGateKind = keyof PlayerGateFacts;

export type PlayerGate<K extends PlayerGateKind> = (ctx: Context, tx: TenantTx, facts: PlayerGateFacts[K]) => Promise<void>;

const gates: { [K in PlayerGateKind]: PlayerGate<K>[] } = { deposit: [], withdrawal: [], seat: [] };

/** Called once per gate at the composition root. */
export function registerPlayerGate<K extends PlayerGateKind>(kind: K, gate: PlayerGate<K>): void {
  const list = gates[kind] as PlayerGate<K>[];
  if (!list.includes(gate)) list.push(gate);
}

/** Runs every gate of the kind, in registration order; the first refusal throws. */
export async function runPlayerGates<K extends PlayerGateKind>(kind: K, ctx: Context, tx: TenantTx, facts: PlayerGateFacts[K]): Promise<void> {
  for (const gate of gates[kind] as PlayerGate<K>[]) await gate(ctx, tx, facts);
}

// ---------------------------------------------------------------- refusals

/** How well a player's identity is verified, lowest first (docs/risk.md "KYC"). */
export const VERIFICATION_LEVELS = ['NONE', 'BASIC', 'FULL', 'ENHANCED'] as const;
export type VerificationLevel = (typeof VERIFICATION_LEVELS)[number];
/** Why a level is required. */
export const VERIFICATION_REASONS = ['FIRST_WITHDRAWAL', 'DEPOSIT_THRESHOLD', 'RISK_FLAG'] as const;
export type VerificationReason = (typeof VERIFICATION_REASONS)[number];

const LEVEL_TEXT: Record<VerificationLevel, { en: string; tr: string }> = {
  NONE: { en: 'no verification', tr: 'doğrulama yok' },
  BASIC: { en: 'basic (age) verification', tr: 'temel (yaş) doğrulaması' },
  FULL: { en: 'full identity verification', tr: 'tam kimlik doğrulaması' },
  ENHANCED: { en: 'enhanced due diligence', tr: 'geliştirilmiş durum tespiti' },
};
const REASON_TEXT: Record<VerificationReason, { en: string; tr: string }> = {
  FIRST_WITHDRAWAL: { en: 'before a withdrawal', tr: 'para çekmeden önce' },
  DEPOSIT_THRESHOLD: { en: 'once your deposits pass the threshold', tr: 'yatırımlarınız eşiği geçtiğinde' },
  RISK_FLAG: { en: 'for a review of your account', tr: 'hesabınızın incelenmesi için' },
};

/** A deposit or withdrawal needs a higher verification level first; nothing was held, moved or written. */
export class VerificationRequiredError extends AppError {
  constructor(
    readonly requiredLevel: VerificationLevel,
    readonly currentLevel: VerificationLevel,
    readonly reason: VerificationReason,
  ) {
    super(
      'VERIFICATION_REQUIRED',
      {
        en: `This needs ${LEVEL_TEXT[requiredLevel].en} ${REASON_TEXT[reason].en}; your account has ${LEVEL_TEXT[currentLevel].en}. Start a verification to go on.`,
        tr: `Bu işlem ${REASON_TEXT[reason].tr} ${LEVEL_TEXT[requiredLevel].tr} gerektirir; hesabınızda ${LEVEL_TEXT[currentLevel].tr} var. Devam etmek için doğrulama başlatın.`,
      },
      403,
    );
  }
}
