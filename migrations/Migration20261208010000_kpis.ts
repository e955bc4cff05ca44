import { Migration } from '@mikro-orm/migrations';

/**
 * Tenant KPIs (issue #20, docs/kpis.md): roll-up tables kept by the `kpi-rollup` job from the ledger
 * feed and by the registration hook, so a KPI read never scans the ledger.
 *
 * - `tenant.time_zone`: the IANA zone a tenant's days are counted in.
 * - `kpi_cursor`: per tenant, the last ledger-feed row folded into the roll-ups, and the zone they
 *   were built in (a tenant whose zone changed is rebuilt from the start of its ledger).
 * - `kpi_day`: the money and counters of one tenant-local day in one currency.
 * - `kpi_month`: the distinct active players of one tenant-local month in one currency.
 * - `kpi_active_day`, `kpi_active_month`: which players were active (and on which product), so each
 *   is counted once per day and month.
 * - `kpi_player`: one row per player: registration, first deposit, first play and the retention
 *   flags of both cohorts (rolling 24-hour windows and calendar days).
 * - `kpi_reconciliation`: each check of a day's roll-ups against the ledger, and what differed.
 */
export class Migration20261208010000Kpis extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table tenant add column time_zone text not null default 'UTC';`);

    this.addSql(`
      create table kpi_cursor (
        tenant_id uuid primary key references tenant (id),
        last_xid xid8 not null,
        last_id uuid not null,
        time_zone text not null,
        fed_until timestamptz,
        rebuilt_at timestamptz not null default now()
      );`);

    const money = [
      'casino_real_stakes', 'casino_bonus_stakes', 'casino_real_wins', 'casino_bonus_wins', 'casino_bets',
      'poker_rake', 'poker_hands', 'bonus_cost', 'deposit_count', 'deposit_amount', 'withdrawal_count', 'withdrawal_amount',
      'ftd_count', 'ftd_amount', 'active_players', 'casino_active', 'poker_active',
    ];
    this.addSql(`
      create table kpi_day (
        tenant_id uuid not null references tenant (id),
        day date not null,
        currency char(3) not null,
        ${money.map((c) => `${c} bigint not null default 0`).join(',\n        ')},
        primary key (tenant_id, day, currency)
      );`);
    this.addSql(`
      create table kpi_month (
        tenant_id uuid not null references tenant (id),
        month date not null check (extract(day from month) = 1),
        currency char(3) not null,
        active_players bigint not null default 0,
        casino_active bigint not null default 0,
        poker_active bigint not null default 0,
        primary key (tenant_id, month, currency)
      );`);
    for (const [table, period] of [['kpi_active_day', 'day'], ['kpi_active_month', 'month']] as const) {
      this.addSql(`
        create table ${table} (
          tenant_id uuid not null references tenant (id),
          ${period} date not null,
          currency char(3) not null,
          player_id uuid not null,
          casino boolean not null default false,
          poker boolean not null default false,
          primary key (tenant_id, ${period}, currency, player_id)
        );`);
    }
    this.addSql(`
      create table kpi_player (
        tenant_id uuid not null references tenant (id),
        player_id uuid not null,
        registered_at timestamptz not null,
        registered_on date not null,
        first_deposit_at timestamptz,
        first_deposit_on date,
        first_deposit_currency char(3),
        first_deposit_amount bigint,
        first_played_at timestamptz,
        registration_retained smallint[] not null default '{}',
        registration_retained_calendar smallint[] not null default '{}',
        deposit_retained smallint[] not null default '{}',
        deposit_retained_calendar smallint[] not null default '{}',
        primary key (tenant_id, player_id),
        check ((first_deposit_at is null) = (first_deposit_on is null))
      );`);
    this.addSql(`create index kpi_player_registered_idx on kpi_player (tenant_id, registered_on);`);
    this.addSql(`create index kpi_player_first_deposit_idx on kpi_player (tenant_id, first_deposit_on) where first_deposit_on is not null;`);
    this.addSql(`
      create table kpi_reconciliation (
        tenant_id uuid not null references tenant (id),
        day date not null,
        checked_at timestamptz not null default now(),
        matches boolean not null,
        fed_until timestamptz,
        differences jsonb not null default '[]',
        primary key (tenant_id, day, checked_at)
      );`);
    this.addSql(`create index kpi_reconciliation_latest_idx on kpi_reconciliation (tenant_id, day, checked_at desc);`);

    for (const table of ['kpi_cursor', 'kpi_day', 'kpi_month', 'kpi_active_day', 'kpi_active_month', 'kpi_player', 'kpi_reconciliation']) {
      this.addSql(`alter table ${table} enable row level security;`);
      this.addSql(`
        create policy tenant_isolation on ${table}
          using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
          with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);
    }
  }
}
