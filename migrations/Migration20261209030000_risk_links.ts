import { Migration } from '@mikro-orm/migrations';

/**
 * The linked-accounts graph (issue #21, docs/risk.md "Multi-accounting"): `risk_link`, one row
 * per pair of players of a tenant seen with the same device, address or payment instrument
 * (`player_a` < `player_b`), with the pair's score and the shared signals behind it.
 */
export class Migration20261209030000RiskLinks extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table risk_link (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        player_a uuid not null references player (id),
        player_b uuid not null references player (id),
        score double precision not null check (score >= 0 and score <= 1),
        reasons jsonb not null default '[]' check (jsonb_typeof(reasons) = 'array'),
        first_linked_at timestamptz not null default now(),
        last_linked_at timestamptz not null default now(),
        check (player_a < player_b)
      );`);
    this.addSql(`create unique index risk_link_pair_uq on risk_link (tenant_id, player_a, player_b);`);
    // A player's links from either side, and the strongest first (riskLinks).
    this.addSql(`create index risk_link_b_idx on risk_link (tenant_id, player_b);`);
    this.addSql(`create index risk_link_score_idx on risk_link (tenant_id, score desc, id desc);`);
    this.addSql(`alter table risk_link enable row level security;`);
    this.addSql(`
      create policy tenant_isolation on risk_link
        using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
        with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);
  }
}
