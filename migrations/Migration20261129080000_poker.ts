import { Migration } from '@mikro-orm/migrations';

/**
 * Poker tables (issue #7): table configuration, seats, hands (the engine's state as JSON and
 * the PHH history of each finished hand) and a per-table event log numbered by the outbox's
 * per-stream sequence. Money never lives here: stacks mirror the table's ESCROW ledger account.
 */
export class Migration20261129080000Poker extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table poker_table (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        name text not null check (length(name) between 1 and 100),
        variant text not null check (variant in ('NLHE', 'PLO')),
        currency char(3) not null,
        small_blind bigint not null check (small_blind >= 0),
        big_blind bigint not null check (big_blind > 0 and big_blind >= small_blind),
        ante bigint not null default 0 check (ante >= 0),
        max_seats int not null check (max_seats between 2 and 10),
        min_buy_in bigint not null check (min_buy_in > 0),
        max_buy_in bigint not null check (max_buy_in >= min_buy_in),
        rake_basis_points int not null default 0 check (rake_basis_points between 0 and 10000),
        rake_cap bigint check (rake_cap >= 0),
        no_flop_no_drop boolean not null default true,
        turn_seconds int not null check (turn_seconds between 1 and 600),
        between_hands_ms int not null default 0 check (between_hands_ms between 0 and 60000),
        status text not null default 'OPEN' check (status in ('OPEN', 'CLOSED')),
        button_seat int,
        hand_count int not null default 0,
        current_hand_id uuid,
        turn_deadline timestamptz,
        next_hand_at timestamptz,
        created_by text not null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );`);
    this.addSql(`create index poker_table_tenant_idx on poker_table (tenant_id, id);`);
    this.addSql(`create index poker_table_due_idx on poker_table (tenant_id, turn_deadline) where turn_deadline is not null;`);
    this.addSql(`create index poker_table_next_hand_idx on poker_table (tenant_id, next_hand_at) where next_hand_at is not null;`);

    this.addSql(`
      create table poker_seat (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        table_id uuid not null references poker_table (id),
        seat int not null check (seat between 0 and 9),
        player_id uuid not null,
        stack bigint not null check (stack >= 0),
        status text not null check (status in ('SITTING', 'SITTING_OUT', 'LEAVING')),
        joined_at timestamptz not null default now()
      );`);
    this.addSql(`create unique index poker_seat_seat_uq on poker_seat (tenant_id, table_id, seat);`);
    this.addSql(`create unique index poker_seat_player_uq on poker_seat (tenant_id, table_id, player_id);`);

    this.addSql(`
      create table poker_hand (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        table_id uuid not null references poker_table (id),
        hand_no int not null,
        state jsonb not null,
        status text not null check (status in ('RUNNING', 'COMPLETE')),
        rake bigint not null default 0,
        phh text,
        started_at timestamptz not null default now(),
        ended_at timestamptz
      );`);
    this.addSql(`create unique index poker_hand_no_uq on poker_hand (tenant_id, table_id, hand_no);`);

    this.addSql(`
      create table poker_table_event (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        table_id uuid not null references poker_table (id),
        seq bigint not null,
        hand_id uuid,
        type text not null,
        private_to uuid,
        payload jsonb not null,
        created_at timestamptz not null default now()
      );`);
    this.addSql(`create unique index poker_table_event_seq_uq on poker_table_event (tenant_id, table_id, seq);`);

    for (const table of ['poker_table', 'poker_seat', 'poker_hand', 'poker_table_event']) {
      this.addSql(`alter table ${table} enable row level security;`);
      this.addSql(`
        create policy tenant_isolation on ${table}
          using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
          with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);
    }
  }
}
