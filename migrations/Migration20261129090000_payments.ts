import { Migration } from '@mikro-orm/migrations';

/**
 * Payments (modules/payments): per-tenant provider configuration (credentials encrypted by the
 * app, never readable here), deposits, received webhooks (and refused attempts), withdrawals
 * and refunds (payouts), and disputes. Money moves only through the ledger's API; these
 * tables hold the provider side of the story, which reconciliation compares with the ledger.
 */
export class Migration20261129090000Payments extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table payment_provider (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        code text not null check (code ~ '^[a-z][a-z0-9]{1,30}$'),
        enabled boolean not null default true,
        currencies text[] not null,
        min_amount bigint not null check (min_amount > 0),
        max_amount bigint not null,
        credentials bytea not null,
        key_fingerprint text not null,
        endpoint text,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        check (max_amount >= min_amount)
      );`);
    this.addSql(`create unique index payment_provider_code_uq on payment_provider (tenant_id, code);`);

    this.addSql(`
      create table payment_settings (
        tenant_id uuid primary key references tenant (id),
        dual_approval_above bigint,
        chargeback_freeze text not null default 'ON_RECEIVABLE' check (chargeback_freeze in ('NEVER', 'ON_RECEIVABLE', 'ALWAYS')),
        stale_pending_minutes int not null default 60 check (stale_pending_minutes > 0),
        updated_by text not null,
        updated_at timestamptz not null default now()
      );`);

    this.addSql(`
      create table payment (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        player_id text not null,
        provider text not null,
        currency char(3) not null,
        amount bigint not null check (amount > 0),
        status text not null check (status in ('PENDING', 'SUCCEEDED', 'FAILED', 'CANCELLED', 'REFUSED')),
        provider_ref text,
        session_ref text,
        confirmed_amount bigint,
        refunded_amount bigint not null default 0,
        ledger_transaction_id uuid,
        failure_reason text,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        confirmed_at timestamptz
      );`);
    this.addSql(`create unique index payment_provider_ref_uq on payment (tenant_id, provider, provider_ref) where provider_ref is not null;`);
    this.addSql(`create index payment_player_idx on payment (tenant_id, player_id, created_at);`);
    this.addSql(`create index payment_status_idx on payment (tenant_id, status, created_at);`);

    this.addSql(`
      create table payment_webhook (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        provider text not null,
        accepted boolean not null,
        event_id text,
        event_type text,
        kind text,
        payment_ref text,
        merchant_ref text,
        status text,
        amount bigint,
        currency char(3),
        outcome text not null,
        remote_ip text,
        received_at timestamptz not null default now(),
        check (not accepted or event_id is not null)
      );`);
    this.addSql(`create unique index payment_webhook_event_uq on payment_webhook (tenant_id, provider, event_id) where accepted;`);
    this.addSql(`create index payment_webhook_received_idx on payment_webhook (tenant_id, received_at);`);

    this.addSql(`
      create table payment_withdrawal (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        player_id text not null,
        kind text not null check (kind in ('WITHDRAWAL', 'REFUND')),
        idempotency_key text not null,
        currency char(3) not null,
        amount bigint not null check (amount > 0),
        status text not null check (status in ('PENDING', 'PROCESSING', 'PAID', 'FAILED', 'REJECTED', 'CANCELLED')),
        hold_id uuid not null,
        provider text,
        route text check (route in ('REFUND', 'PAYOUT')),
        source_payment_id uuid references payment (id),
        provider_ref text,
        required_approvals int not null default 1,
        approvals jsonb not null default '[]',
        requested_by text not null,
        decided_by text,
        note text,
        failure_reason text,
        ledger_transaction_id uuid,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );`);
    this.addSql(`create unique index payment_withdrawal_key_uq on payment_withdrawal (tenant_id, idempotency_key);`);
    this.addSql(`create index payment_withdrawal_status_idx on payment_withdrawal (tenant_id, status, created_at);`);
    this.addSql(`create index payment_withdrawal_player_idx on payment_withdrawal (tenant_id, player_id, created_at);`);
    this.addSql(`create unique index payment_withdrawal_ref_uq on payment_withdrawal (tenant_id, provider, provider_ref) where provider_ref is not null;`);

    this.addSql(`
      create table payment_dispute (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        payment_id uuid not null references payment (id),
        player_id text not null,
        provider text not null,
        provider_ref text not null,
        status text not null check (status in ('OPENED', 'NEEDS_RESPONSE', 'WON', 'LOST')),
        reason text,
        currency char(3) not null,
        amount bigint not null,
        due_by timestamptz,
        evidence jsonb not null default '[]',
        clawed_cash bigint not null default 0,
        clawed_receivable bigint not null default 0,
        clawbacks int not null default 0,
        clawback_transaction_id uuid,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        closed_at timestamptz
      );`);
    this.addSql(`create unique index payment_dispute_ref_uq on payment_dispute (tenant_id, provider, provider_ref);`);
    this.addSql(`create index payment_dispute_status_idx on payment_dispute (tenant_id, status, created_at);`);

    for (const table of ['payment_provider', 'payment_settings', 'payment', 'payment_webhook', 'payment_withdrawal', 'payment_dispute']) {
      this.addSql(`alter table ${table} enable row level security;`);
      this.addSql(`
        create policy tenant_isolation on ${table}
          using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
          with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);
    }
  }
}
