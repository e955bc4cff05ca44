/**
 * Checks a player's withdrawal request runs in its own transaction, registered by the modules
 * that have a say (bonus: an active wagering bonus is forfeited by a withdrawal). Payments and
 * those modules stand on the same floor and never import each other: the composition root
 * (src/modules.ts) registers the guards, payments runs them.
 */
import type { Context, TenantTx } from './context.js';
import { AppError } from './errors.js';

/** One thing a withdrawal would take away, e.g. a bonus grant's balance. */
export interface WithdrawalForfeit {
  /** What it is, in the words of the module that owns it (e.g. BONUS). */
  kind: string;
  /** Its global ID (e.g. a BonusGrant's), for `node(id:)`. */
  id: string;
  /** What the player would lose, in minor units of the withdrawal's currency (a decimal string). */
  amount: string;
}

export interface WithdrawalRequestFacts {
  playerId: string;
  currency: string;
  amount: bigint;
}

export interface WithdrawalGuard {
  /** What the withdrawal would forfeit; empty when nothing. Read under the locks `forfeit` needs. */
  forfeits(ctx: Context, tx: TenantTx, request: WithdrawalRequestFacts): Promise<WithdrawalForfeit[]>;
  /** Forfeits them in the withdrawal's transaction (the player confirmed). */
  forfeit(ctx: Context, tx: TenantTx, request: WithdrawalRequestFacts): Promise<void>;
}

const guards: WithdrawalGuard[] = [];

/** Called once per guard at the composition root. */
export function registerWithdrawalGuard(guard: WithdrawalGuard): void {
  if (!guards.includes(guard)) guards.push(guard);
}

function totalOf(forfeits: WithdrawalForfeit[]): bigint {
  return forfeits.reduce((sum, f) => sum + BigInt(f.amount), 0n);
}

/** The player must confirm: the withdrawal would forfeit `forfeits`. Nothing was held or forfeited. */
export class WithdrawalNeedsConfirmationError extends AppError {
  constructor(
    readonly currency: string,
    readonly forfeits: WithdrawalForfeit[],
  ) {
    const total = totalOf(forfeits).toString();
    super(
      'WITHDRAWAL_NEEDS_CONFIRMATION',
      {
        en: `A withdrawal now forfeits ${forfeits.length} active bonus(es) worth ${total} (minor units of ${currency}); confirm to withdraw and forfeit them. Your own cash stays withdrawable.`,
        tr: `Şimdi çekim yapmak ${forfeits.length} etkin bonusu (${currency} cinsinden ${total} alt birim) geçersiz kılar; çekim yapmak ve bunlardan vazgeçmek için onaylayın. Kendi nakdiniz çekilebilir kalır.`,
      },
      409,
    );
  }

  get total(): bigint {
    return totalOf(this.forfeits);
  }
}

/**
 * Runs every guard in the withdrawal's transaction: without the player's confirmation, anything
 * to forfeit refuses the request (WithdrawalNeedsConfirmationError, the caller rolls back); with
 * it, each guard forfeits what it must.
 */
export async function runWithdrawalGuards(ctx: Context, tx: TenantTx, request: WithdrawalRequestFacts, confirmed: boolean): Promise<void> {
  if (confirmed) {
    for (const guard of guards) await guard.forfeit(ctx, tx, request);
    return;
  }
  const forfeits: WithdrawalForfeit[] = [];
  for (const guard of guards) forfeits.push(...(await guard.forfeits(ctx, tx, request)));
  if (forfeits.length > 0) throw new WithdrawalNeedsConfirmationError(request.currency, forfeits);
}
