import { Migration } from '@mikro-orm/migrations';

/** A player's country (ISO 3166-1 alpha-2), given at registration: bonus eligibility may depend on it (issue #16). */
export class Migration20261206065000PlayerCountry extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table player add column country char(2) check (country ~ '^[A-Z]{2}$');`);
  }
}
