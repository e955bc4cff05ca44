import { Migration } from '@mikro-orm/migrations';

/**
 * KYC and AML (issue #21, docs/risk.md "KYC"):
 * - `kyc_provider`: a tenant's identity-verification provider (Onfido, or the sandbox), its
 *   credentials sealed like payment providers';
 * - `kyc_verification`: each verification a player started, with the provider's check and its
 *   reports (jsonb) and the result;
 * - `kyc_webhook`: the provider's notifications, one accepted row per event (idempotency);
 * - `kyc_requirement`: a level staff asked a player for (one standing request per player);
 * - `risk_settings`: the tenant's rules (one row, defaults when absent).
 */
export class Migration20261209010000Kyc extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table kyc_provider (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        code text not null check (code in ('onfido', 'sandbox')),
        enabled boolean not null default true,
        credentials bytea not null,
        key_fingerprint text not null,
        endpoint text check (length(endpoint) <= 300),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );`);
    this.addSql(`create unique index kyc_provider_code_uq on kyc_provider (tenant_id, code);`);

    this.addSql(`
      create table kyc_verification (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        player_id uuid not null references player (id),
        provider text not null,
        level text not null check (level in ('BASIC', 'FULL', 'ENHANCED')),
        status text not null default 'PENDING' check (status in ('PENDING', 'PASSED', 'FAILED', 'RETRY')),
        applicant_ref text not null check (length(applicant_ref) between 1 and 200),
        check_ref text check (length(check_ref) between 1 and 200),
        result text check (result in ('clear', 'consider')),
        under_age boolean not null default false,
        failure_reason text check (length(failure_reason) <= 500),
        reports jsonb not null default '[]' check (jsonb_typeof(reports) = 'array'),
        decided_by text,
        created_at timestamptz not null default now(),
        completed_at timestamptz,
        expires_at timestamptz,
        check ((status = 'PENDING') = (completed_at is null))
      );`);
    this.addSql(`create index kyc_verification_player_idx on kyc_verification (tenant_id, player_id, id);`);
    this.addSql(`create unique index kyc_verification_check_uq on kyc_verification (tenant_id, provider, check_ref);`);

    this.addSql(`
      create table kyc_webhook (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        provider text not null,
        accepted boolean not null,
        event_key text check (length(event_key) <= 300),
        event_type text,
        outcome text not null,
        remote_ip text,
        received_at timestamptz not null default now()
      );`);
    this.addSql(`create unique index kyc_webhook_event_uq on kyc_webhook (tenant_id, provider, event_key) where accepted;`);
    this.addSql(`create index kyc_webhook_received_idx on kyc_webhook (tenant_id, received_at);`);

    this.addSql(`
      create table kyc_requirement (
        tenant_id uuid not null references tenant (id),
        player_id uuid not null references player (id),
        level text not null check (level in ('BASIC', 'FULL', 'ENHANCED')),
        note text not null check (length(note) between 1 and 2000),
        requested_by uuid not null,
        requested_at timestamptz not null default now(),
        primary key (tenant_id, player_id)
      );`);

    this.addSql(`
      create table risk_settings (
        tenant_id uuid primary key references tenant (id),
        withdrawal_level text not null check (withdrawal_level in ('NONE', 'BASIC', 'FULL', 'ENHANCED')),
        deposit_thresholds jsonb not null check (jsonb_typeof(deposit_thresholds) = 'object'),
        deposit_level text not null check (deposit_level in ('NONE', 'BASIC', 'FULL', 'ENHANCED')),
        flag_severity text not null check (flag_severity in ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
        flag_level text not null check (flag_level in ('NONE', 'BASIC', 'FULL', 'ENHANCED')),
        minimum_age integer not null check (minimum_age between 18 and 25),
        updated_by text not null,
        updated_at timestamptz not null default now()
      );`);

    for (const table of ['kyc_provider', 'kyc_verification', 'kyc_webhook', 'kyc_requirement', 'risk_settings']) {
      this.addSql(`alter table ${table} enable row level security;`);
      this.addSql(`
        create policy tenant_isolation on ${table}
          using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
          with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);
    }
  }
}
