import { Migration } from '@mikro-orm/migrations';

/**
 * The risk case queue (issue #21, docs/risk.md "Cases"):
 * - `risk_case`: one case per kind and subject (a pair of players, a player) while it is open:
 *   a detector that finds the same subject again adds its evidence to the open case;
 * - `risk_case_action`: what RISK staff did about a case (freeze, unfreeze, close the account,
 *   confiscate bonus winnings), the severe ones asked by one staff member (the maker) and
 *   decided by another (the checker).
 */
export class Migration20261209000000RiskCases extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table risk_case (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        kind text not null check (kind in ('COLLUSION', 'MULTI_ACCOUNTING', 'KYC', 'VELOCITY', 'MANUAL')),
        subject_key text not null check (length(subject_key) between 1 and 400),
        player_ids uuid[] not null check (cardinality(player_ids) between 1 and 50),
        severity text not null check (severity in ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
        title text not null check (length(title) between 1 and 500),
        score double precision,
        evidence jsonb not null default '[]' check (jsonb_typeof(evidence) = 'array'),
        status text not null default 'OPEN' check (status in ('OPEN', 'CLOSED')),
        resolution text check (resolution in ('CLEARED', 'CONFIRMED')),
        resolution_note text check (length(resolution_note) <= 2000),
        opened_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        closed_at timestamptz,
        closed_by uuid,
        version integer not null default 1,
        check ((status = 'CLOSED') = (resolution is not null and closed_at is not null))
      );`);
    // One open case per kind and subject; a closed one never blocks a new one.
    this.addSql(`create unique index risk_case_open_uq on risk_case (tenant_id, kind, subject_key) where status = 'OPEN';`);
    this.addSql(`create index risk_case_queue_idx on risk_case (tenant_id, status, id);`);
    this.addSql(`create index risk_case_player_idx on risk_case using gin (player_ids);`);

    this.addSql(`
      create table risk_case_action (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        case_id uuid not null references risk_case (id),
        action text not null check (action in ('FREEZE', 'UNFREEZE', 'CLOSE_ACCOUNT', 'CONFISCATE')),
        player_id uuid not null references player (id),
        idempotency_key text not null check (length(idempotency_key) between 1 and 200),
        status text not null check (status in ('DONE', 'PENDING_APPROVAL', 'REJECTED')),
        note text not null check (length(note) between 1 and 2000),
        requested_by uuid not null,
        requested_at timestamptz not null default now(),
        decided_by uuid,
        decided_at timestamptz,
        decision_note text check (length(decision_note) <= 2000),
        result jsonb not null default '{}',
        check (decided_by is null or decided_by <> requested_by)
      );`);
    this.addSql(`create unique index risk_case_action_key_uq on risk_case_action (tenant_id, idempotency_key);`);
    this.addSql(`create index risk_case_action_case_idx on risk_case_action (tenant_id, case_id, id);`);
    this.addSql(`create index risk_case_action_pending_idx on risk_case_action (tenant_id, id) where status = 'PENDING_APPROVAL';`);

    this.addSql(`
      create table risk_signal (
        tenant_id uuid not null references tenant (id),
        player_id uuid not null references player (id),
        kind text not null check (kind in ('DEVICE', 'IP', 'INSTRUMENT')),
        value text not null check (length(value) between 1 and 200),
        first_source text not null check (first_source in ('REGISTRATION', 'LOGIN', 'DEPOSIT')),
        last_source text not null check (last_source in ('REGISTRATION', 'LOGIN', 'DEPOSIT')),
        first_seen_at timestamptz not null default now(),
        last_seen_at timestamptz not null default now(),
        times integer not null default 1 check (times > 0),
        primary key (tenant_id, player_id, kind, value)
      );`);
    // Who else was seen with a value: the lookup every new sighting makes.
    this.addSql(`create index risk_signal_value_idx on risk_signal (tenant_id, kind, value);`);

    for (const table of ['risk_case', 'risk_case_action', 'risk_signal']) {
      this.addSql(`alter table ${table} enable row level security;`);
      this.addSql(`
        create policy tenant_isolation on ${table}
          using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
          with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);
    }
  }
}
