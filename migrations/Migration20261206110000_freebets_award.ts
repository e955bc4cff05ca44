import { Migration } from '@mikro-orm/migrations';

/**
 * Free bets awarded at the aggregator (issue #16, docs/bonus.md "Free bets"): Hub88's Freebets
 * API (`POST /operator/generic/v2/freebet/rewards/create`, signed RSA-SHA256 with the operator's
 * private key) creates the reward and answers its `reward_uuid`, which the wallet callbacks of the
 * free bets then carry.
 * - A provider's operator API: its base URL, our operator id there, and our private key, sealed
 *   like the other credentials (src/auth/sealed.ts).
 * - A free-bets grant awarded through a provider: which one, and where the award stands.
 */
export class Migration20261206110000FreebetsAward extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table seamless_provider
      add column operator_api_url text check (length(operator_api_url) between 1 and 2000),
      add column operator_id text check (length(operator_id) between 1 and 64),
      add column operator_private_key text,
      add check ((operator_api_url is null) = (operator_id is null) and (operator_id is null) = (operator_private_key is null));`);
    this.addSql(`alter table bonus_grant
      add column reward_provider text,
      add column reward_status text check (reward_status in ('PENDING', 'AWARDED', 'FAILED')),
      add column reward_error text check (length(reward_error) <= 500);`);
  }
}
