import { Migration } from '@mikro-orm/migrations';

/**
 * A seamless bet names its game by code (Hub88's game_code, the catalogue's external_id) without
 * the catalogue's provider, so seamless_game_playable looked through every game of the tenant in
 * game_provider_external_uq. This index makes it one probe per bet, whatever the catalogue's size.
 */
export class Migration20261205060000GameCodeIndex extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index game_tenant_external_idx on game (tenant_id, external_id);`);
  }
}
