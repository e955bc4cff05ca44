import { Migration } from '@mikro-orm/migrations';

/**
 * Affiliate statements (issue #19, docs/affiliates.md "Statements"): what the monthly job stores
 * from the commission engine's `Statement`. Tenant-led keys, as in Migration20261207030000_affiliates.
 *
 * - `affiliate_statement_run`: one row per tenant and period; the job computes a period once, for
 *   every affiliate of the tenant together (a parent's override needs its subs' statements), so
 *   this row is the period's idempotency key.
 * - `affiliate_statement`: one per affiliate and period, with the plan version and overrides it
 *   was computed with and the funnel.
 * - `affiliate_statement_currency`: the statement's line per currency (NGR breakdown, RevShare
 *   tiering, carries in and out, what is due and payable).
 * - `affiliate_statement_line`: the explained lines of a currency, in the engine's order.
 * - `affiliate_statement_player`: each player behind a currency line: NGR components and CPA
 *   standing (the explanation of the REVSHARE and CPA lines).
 * - `affiliate_cpa`: the CPA paid per player (at most once ever), and the statement that clawed it
 *   back; the next statements read it as the engine's `cpa` input.
 */
export class Migration20261207060000AffiliateStatements extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table affiliate_statement_run (
        tenant_id uuid not null references tenant (id),
        period_start date not null,
        period_end date not null check (period_end > period_start),
        statements integer not null check (statements >= 0),
        created_by text,
        created_at timestamptz not null default now(),
        primary key (tenant_id, period_start)
      );`);

    this.addSql(`
      create table affiliate_statement (
        tenant_id uuid not null references tenant (id),
        id uuid not null,
        affiliate_id uuid not null,
        period_start date not null,
        period_end date not null,
        plan_id uuid not null,
        plan_version integer not null,
        plan_overrides jsonb,
        status text not null default 'COMPUTED',
        funnel jsonb not null,
        new_paying_players integer not null check (new_paying_players >= 0),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (tenant_id, id),
        unique (tenant_id, affiliate_id, period_start),
        foreign key (tenant_id, affiliate_id) references affiliate (tenant_id, id),
        foreign key (tenant_id, period_start) references affiliate_statement_run (tenant_id, period_start),
        foreign key (tenant_id, plan_id, plan_version) references affiliate_plan_version (tenant_id, plan_id, version)
      );`);
    this.addSql(`create index affiliate_statement_period_idx on affiliate_statement (tenant_id, period_start, id);`);
    this.addSql(`create index affiliate_statement_status_idx on affiliate_statement (tenant_id, status, period_start);`);

    this.addSql(`
      create table affiliate_statement_currency (
        tenant_id uuid not null references tenant (id),
        statement_id uuid not null,
        currency char(3) not null,
        ngr jsonb not null,
        rev_share jsonb,
        carried_in_rev_share bigint not null check (carried_in_rev_share <= 0),
        carried_in_debt bigint not null check (carried_in_debt <= 0),
        rev_share_balance bigint not null,
        rev_share_payable bigint not null check (rev_share_payable >= 0),
        own bigint not null,
        sub_affiliate_override bigint not null,
        due bigint not null,
        payable bigint not null check (payable >= 0),
        carry_out_rev_share bigint not null check (carry_out_rev_share <= 0),
        carry_out_debt bigint not null check (carry_out_debt <= 0),
        primary key (tenant_id, statement_id, currency),
        foreign key (tenant_id, statement_id) references affiliate_statement (tenant_id, id)
      );`);

    this.addSql(`
      create table affiliate_statement_line (
        tenant_id uuid not null references tenant (id),
        statement_id uuid not null,
        currency char(3) not null,
        position smallint not null check (position >= 0),
        kind text not null check (kind in ('CARRIED_REVSHARE', 'REVSHARE', 'CPA', 'CLAWBACK', 'CARRIED_DEBT', 'SUB_AFFILIATE_OVERRIDE')),
        amount bigint not null,
        players text[] not null default '{}',
        sub_affiliate_id uuid,
        explanation text not null,
        primary key (tenant_id, statement_id, currency, position),
        foreign key (tenant_id, statement_id, currency) references affiliate_statement_currency (tenant_id, statement_id, currency),
        foreign key (tenant_id, sub_affiliate_id) references affiliate (tenant_id, id)
      );`);

    this.addSql(`
      create table affiliate_statement_player (
        tenant_id uuid not null references tenant (id),
        statement_id uuid not null,
        currency char(3) not null,
        player_id text not null,
        stakes bigint not null default 0,
        wins bigint not null default 0,
        bonus_cost bigint not null default 0,
        chargebacks bigint not null default 0,
        deposits bigint not null default 0,
        withdrawals bigint not null default 0,
        cpa_status text check (cpa_status in ('NO_DEPOSIT', 'BELOW_BASELINE', 'WINDOW_OPEN', 'NOT_QUALIFIED', 'EXCLUDED', 'ON_HOLD', 'APPROVED', 'ALREADY_PAID')),
        qualified_on date,
        approved_on date,
        exclusions text[] not null default '{}',
        cpa_amount bigint not null default 0,
        primary key (tenant_id, statement_id, currency, player_id),
        foreign key (tenant_id, statement_id, currency) references affiliate_statement_currency (tenant_id, statement_id, currency)
      );`);
    this.addSql(`create index affiliate_statement_player_idx on affiliate_statement_player (tenant_id, player_id);`);

    this.addSql(`
      create table affiliate_cpa (
        tenant_id uuid not null references tenant (id),
        player_id text not null,
        affiliate_id uuid not null,
        statement_id uuid not null,
        currency char(3) not null,
        amount bigint not null check (amount > 0),
        paid_on date not null,
        clawed_back_statement_id uuid,
        primary key (tenant_id, player_id),
        foreign key (tenant_id, affiliate_id) references affiliate (tenant_id, id),
        foreign key (tenant_id, statement_id) references affiliate_statement (tenant_id, id),
        foreign key (tenant_id, clawed_back_statement_id) references affiliate_statement (tenant_id, id)
      );`);
    this.addSql(`create index affiliate_cpa_affiliate_idx on affiliate_cpa (tenant_id, affiliate_id);`);

    for (const table of ['affiliate_statement_run', 'affiliate_statement', 'affiliate_statement_currency', 'affiliate_statement_line', 'affiliate_statement_player', 'affiliate_cpa']) {
      this.addSql(`alter table ${table} enable row level security;`);
      this.addSql(`
        create policy tenant_isolation on ${table}
          using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
          with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);
    }
  }
}
