import { Migration } from '@mikro-orm/migrations';

/**
 * Payments, issue #13 item 8 follow-up: winnings are withdrawable through a parked, manual route.
 * - The part of a withdrawal beyond what refunds of the player's deposits can carry is a row with
 *   route MANUAL. Once approved it is PARKED: FINANCE pays it by hand to the instrument it names
 *   (`instrument_payment_id`, the player's latest confirmed deposit through the requested
 *   provider, and that deposit's provider reference `instrument_ref`), then completes it.
 * - A completion records what FINANCE paid (`paid_reference`), who (`paid_by`) and under which
 *   idempotency key (`completion_key`, unique per tenant like every idempotency key).
 */
export class Migration20261205050000PaymentsManualPayouts extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table payment_withdrawal drop constraint payment_withdrawal_status_check;`);
    this.addSql(`alter table payment_withdrawal add constraint payment_withdrawal_status_check
      check (status in ('PENDING', 'PROCESSING', 'PARKED', 'PAID', 'FAILED', 'REJECTED', 'CANCELLED'));`);
    this.addSql(`alter table payment_withdrawal drop constraint payment_withdrawal_route_check;`);
    this.addSql(`alter table payment_withdrawal add constraint payment_withdrawal_route_check check (route in ('REFUND', 'PAYOUT', 'MANUAL'));`);
    this.addSql(`alter table payment_withdrawal
      add column instrument_payment_id uuid references payment (id),
      add column instrument_ref text,
      add column paid_reference text,
      add column paid_by text,
      add column completion_key text;`);
    this.addSql(`alter table payment_withdrawal add constraint payment_withdrawal_manual_instrument_check
      check (route is distinct from 'MANUAL' or (instrument_payment_id is not null and instrument_ref is not null));`);
    this.addSql(`create unique index payment_withdrawal_completion_key_uq on payment_withdrawal (tenant_id, completion_key) where completion_key is not null;`);
  }
}
