import { Migration } from '@mikro-orm/migrations';

/** The double-entry ledger: accounts, transactions and their entries, holds, idempotency. */
export class Migration20261129020000Wallet extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table ledger_account (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        owner_type text not null check (owner_type in ('PLAYER', 'HOUSE', 'PROVIDER', 'ESCROW', 'WORLD')),
        owner_id text not null,
        currency char(3) not null,
        kind text not null check (kind in ('CASH', 'BONUS')),
        stripe integer not null default 0 check (stripe >= 0),
        floor_policy text not null check (floor_policy in ('NON_NEGATIVE', 'LIMIT', 'UNBOUNDED')),
        floor_limit bigint not null default 0 check (floor_limit <= 0),
        balance bigint not null default 0,
        held bigint not null default 0 check (held >= 0),
        frozen boolean not null default false,
        last_seq bigint not null default 0,
        entry_count bigint not null default 0,
        created_at timestamptz not null default now(),
        -- The floor holds in the database itself, whatever the application does.
        check (floor_policy = 'UNBOUNDED' or balance - held >= floor_limit),
        check (floor_policy <> 'NON_NEGATIVE' or floor_limit = 0)
      );`);
    this.addSql(`create unique index ledger_account_owner_uq on ledger_account (tenant_id, owner_type, owner_id, currency, kind, stripe);`);

    this.addSql(`
      create table ledger_transaction (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        code text not null,
        reference text,
        metadata jsonb not null default '{}',
        idempotency_key text not null,
        reverses_id uuid references ledger_transaction (id),
        created_by text not null,
        created_at timestamptz not null default now()
      );`);
    this.addSql(`create unique index ledger_transaction_key_uq on ledger_transaction (tenant_id, idempotency_key);`);
    this.addSql(`create unique index ledger_transaction_reverses_uq on ledger_transaction (tenant_id, reverses_id) where reverses_id is not null;`);

    this.addSql(`
      create table ledger_entry (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        transaction_id uuid not null references ledger_transaction (id),
        account_id uuid not null references ledger_account (id),
        amount bigint not null check (amount <> 0),
        balance_after bigint not null,
        seq bigint not null,
        created_at timestamptz not null default now()
      );`);
    this.addSql(`create unique index ledger_entry_account_seq_uq on ledger_entry (tenant_id, account_id, seq);`);
    this.addSql(`create index ledger_entry_transaction_idx on ledger_entry (tenant_id, transaction_id);`);
    this.addSql(`create index ledger_entry_time_idx on ledger_entry (tenant_id, account_id, created_at);`);

    this.addSql(`
      create table ledger_hold (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        account_id uuid not null references ledger_account (id),
        amount bigint not null check (amount > 0),
        captured bigint,
        status text not null check (status in ('OPEN', 'CAPTURED', 'RELEASED', 'EXPIRED')),
        expires_at timestamptz,
        transaction_id uuid references ledger_transaction (id),
        created_at timestamptz not null default now(),
        closed_at timestamptz,
        check (captured is null or (captured >= 0 and captured <= amount))
      );`);
    this.addSql(`create index ledger_hold_account_idx on ledger_hold (tenant_id, account_id) where status = 'OPEN';`);
    this.addSql(`create index ledger_hold_expiry_idx on ledger_hold (tenant_id, expires_at) where status = 'OPEN';`);

    this.addSql(`
      create table idempotency_record (
        tenant_id uuid not null references tenant (id),
        key text not null,
        operation text not null,
        request_hash text not null,
        outcome jsonb,
        created_at timestamptz not null default now(),
        primary key (tenant_id, key)
      );`);

    for (const table of ['ledger_account', 'ledger_transaction', 'ledger_entry', 'ledger_hold', 'idempotency_record']) {
      this.addSql(`alter table ${table} enable row level security;`);
      this.addSql(`
        create policy tenant_isolation on ${table}
          using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
          with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);
    }
  }
}
