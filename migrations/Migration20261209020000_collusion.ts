import { Migration } from '@mikro-orm/migrations';

/**
 * Poker collusion scoring (issue #21, docs/risk.md "Poker collusion"):
 * - `risk_pair_stats`: per pair of players (player_a < player_b) the statistics of their hands
 *   together, the score and its parts, and the hands that weighed most (evidence);
 * - `collusion_cursor`: per poker table, the last hand number the collusion scan has read (a
 *   table's hands finish in number order, so the cursor misses none and reads none twice).
 */
export class Migration20261209020000Collusion extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table risk_pair_stats (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        player_a uuid not null references player (id),
        player_b uuid not null references player (id),
        hands integer not null check (hands >= 0),
        stats jsonb not null,
        score double precision not null,
        parts jsonb not null,
        top_hands jsonb not null default '[]' check (jsonb_typeof(top_hands) = 'array'),
        table_ids uuid[] not null default '{}',
        flagged boolean not null default false,
        last_hand_at timestamptz,
        updated_at timestamptz not null default now(),
        check (player_a < player_b)
      );`);
    this.addSql(`create unique index risk_pair_stats_pair_uq on risk_pair_stats (tenant_id, player_a, player_b);`);
    this.addSql(`create index risk_pair_stats_b_idx on risk_pair_stats (tenant_id, player_b);`);
    this.addSql(`create index risk_pair_stats_rank_idx on risk_pair_stats (tenant_id, score desc, id desc);`);

    this.addSql(`
      create table collusion_cursor (
        tenant_id uuid not null references tenant (id),
        table_id uuid not null references poker_table (id),
        last_hand_no integer not null check (last_hand_no >= 0),
        updated_at timestamptz not null default now(),
        primary key (tenant_id, table_id)
      );`);

    for (const table of ['risk_pair_stats', 'collusion_cursor']) {
      this.addSql(`alter table ${table} enable row level security;`);
      this.addSql(`
        create policy tenant_isolation on ${table}
          using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
          with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);
    }
  }
}
