import type { TenantTx } from '../../src/context.js';

/** Event type of every payment state change (deposits, withdrawals, disputes); stream `payments:<playerId>`. */
export const PAYMENT_EVENT = 'payments.event';

/**
 * A lost chargeback, once clawed back: other modules (bonuses, affiliates) subscribe to it
 * to claw back their own share later. Payload: DisputeLostPayload.
 */
export const DISPUTE_LOST = 'payments.dispute.lost';

export type PaymentEventKind =
  | 'DEPOSIT_CREATED'
  | 'DEPOSIT_SUCCEEDED'
  | 'DEPOSIT_FAILED'
  | 'DEPOSIT_REFUSED'
  | 'WITHDRAWAL_REQUESTED'
  | 'WITHDRAWAL_APPROVED'
  | 'WITHDRAWAL_PAID'
  | 'WITHDRAWAL_FAILED'
  | 'WITHDRAWAL_REJECTED'
  | 'WITHDRAWAL_CANCELLED'
  | 'DISPUTE_OPENED'
  | 'DISPUTE_UPDATED'
  | 'DISPUTE_CLOSED';

export interface PaymentEventPayload {
  kind: PaymentEventKind;
  playerId: string;
  /** The deposit, withdrawal or dispute. */
  subjectId: string;
  status: string;
  amount: string;
  currency: string;
  provider: string | null;
}

export interface DisputeLostPayload {
  disputeId: string;
  paymentId: string;
  playerId: string;
  currency: string;
  amount: string;
  clawedCash: string;
  receivable: string;
}

export async function emitPaymentEvent(tx: TenantTx, payload: PaymentEventPayload): Promise<void> {
  await tx.emit(`payments:${payload.playerId}`, PAYMENT_EVENT, payload);
}
