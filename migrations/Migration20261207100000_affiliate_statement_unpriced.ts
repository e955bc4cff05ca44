import { Migration } from '@mikro-orm/migrations';

/**
 * What a statement left out because the affiliate's plan does not price the currency (issue #19,
 * docs/affiliates.md "Statements"): per currency, how many players and their NGR components, so
 * staff see activity no commission was computed on instead of a month that cannot be computed.
 */
export class Migration20261207100000AffiliateStatementUnpriced extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table affiliate_statement add column unpriced jsonb not null default '[]';`);
  }
}
