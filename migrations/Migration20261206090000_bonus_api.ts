import { Migration } from '@mikro-orm/migrations';

/**
 * The bonus API (issue #16): a held grant's review keeps the reviewer's note beside who decided
 * and when (the audit chain records it too), and the player's listing reads newest first by id.
 */
export class Migration20261206090000BonusApi extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table bonus_grant add column review_note text check (length(review_note) <= 500);`);
    this.addSql(`create index bonus_grant_player_status_idx on bonus_grant (tenant_id, player_id, status, id);`);
  }
}
