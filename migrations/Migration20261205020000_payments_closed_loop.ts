import { Migration } from '@mikro-orm/migrations';

/**
 * Payments, issue #13 items 7 and 8.
 * - A withdrawal split by the closed-loop routing rule is several rows (one per funding deposit
 *   refunded); `request_id` links every part to the first one (null when not split), and
 *   `requested_total` / `requested_provider` keep what the player asked for, so a replay of the
 *   request is compared with the request and not with one of its parts.
 * - A dispute remembers the cash account its chargeback froze, so settling the receivable lifts
 *   only that freeze, never one that staff set for another reason.
 */
export class Migration20261205020000PaymentsClosedLoop extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table payment_withdrawal add column request_id uuid, add column requested_total bigint, add column requested_provider text;`);
    this.addSql(`create index payment_withdrawal_request_idx on payment_withdrawal (tenant_id, request_id) where request_id is not null;`);
    this.addSql(`create index payment_withdrawal_source_idx on payment_withdrawal (tenant_id, source_payment_id) where source_payment_id is not null;`);
    this.addSql(`alter table payment_dispute add column froze_account_id uuid;`);
    this.addSql(`create index payment_dispute_froze_idx on payment_dispute (tenant_id, player_id) where froze_account_id is not null;`);
  }
}
