import { Migration } from '@mikro-orm/migrations';

/**
 * Staff exclusions of attributed players from affiliate commission (issue #19, docs/affiliates.md
 * "Excluding a player"): a player found to be a duplicate account or fraudulent never qualifies
 * for CPA. Kept on the attribution itself (one per player); a cleared exclusion leaves the
 * columns null and stays in the audit trail.
 */
export class Migration20261207090000AffiliateExclusions extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      alter table affiliate_attribution
        add column excluded_reason text check (excluded_reason in ('DUPLICATE', 'FRAUD')),
        add column excluded_note text check (length(excluded_note) <= 2000),
        add column excluded_by text,
        add column excluded_at timestamptz,
        add check ((excluded_reason is null) = (excluded_at is null));`);
  }
}
