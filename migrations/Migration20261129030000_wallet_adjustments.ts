import { Migration } from '@mikro-orm/migrations';

/** Staff adjustments of balances, with a tenant-set amount above which a second staff member must approve. */
export class Migration20261129030000WalletAdjustments extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table wallet_approval_threshold (
        tenant_id uuid not null references tenant (id),
        currency char(3) not null,
        threshold bigint not null check (threshold >= 0),
        updated_by text not null,
        updated_at timestamptz not null default now(),
        primary key (tenant_id, currency)
      );`);
    this.addSql(`
      create table wallet_adjustment (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        account_id uuid not null references ledger_account (id),
        amount bigint not null check (amount <> 0),
        reason text not null,
        status text not null check (status in ('PENDING', 'APPLIED', 'REJECTED')),
        requested_by text not null,
        decided_by text,
        decision_note text,
        transaction_id uuid references ledger_transaction (id),
        created_at timestamptz not null default now(),
        decided_at timestamptz,
        check (status = 'PENDING' or decided_by is not null)
      );`);
    this.addSql(`create index wallet_adjustment_status_idx on wallet_adjustment (tenant_id, status, id);`);
    for (const table of ['wallet_approval_threshold', 'wallet_adjustment']) {
      this.addSql(`alter table ${table} enable row level security;`);
      this.addSql(`
        create policy tenant_isolation on ${table}
          using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
          with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);
    }
  }
}
