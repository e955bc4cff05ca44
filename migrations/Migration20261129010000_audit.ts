import { Migration } from '@mikro-orm/migrations';

/** The tamper-evident audit trail: per-tenant hash chains and signed checkpoints. */
export class Migration20261129010000Audit extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table audit_chain_head (
        tenant_id uuid primary key references tenant (id),
        last_seq bigint not null,
        last_hash text not null
      );`);
    this.addSql(`
      create table audit_event (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        seq bigint not null check (seq > 0),
        occurred_at timestamptz not null,
        actor_kind text not null,
        actor_id text not null,
        action text not null,
        target_type text not null,
        target_id text not null,
        diff jsonb not null,
        request_id text,
        ip text,
        prev_hash text not null,
        hash text not null
      );`);
    this.addSql(`create unique index audit_event_seq_uq on audit_event (tenant_id, seq);`);
    this.addSql(`create index audit_event_actor_idx on audit_event (tenant_id, actor_id, seq);`);
    this.addSql(`create index audit_event_action_idx on audit_event (tenant_id, action, seq);`);
    this.addSql(`create index audit_event_target_idx on audit_event (tenant_id, target_type, target_id, seq);`);
    this.addSql(`create index audit_event_time_idx on audit_event (tenant_id, occurred_at);`);
    this.addSql(`
      create table audit_checkpoint (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        seq bigint not null,
        head_hash text not null,
        signed_at timestamptz not null,
        key_id text not null,
        signature text not null,
        created_by text not null
      );`);
    this.addSql(`create unique index audit_checkpoint_seq_uq on audit_checkpoint (tenant_id, seq);`);

    for (const table of ['audit_chain_head', 'audit_event', 'audit_checkpoint']) {
      this.addSql(`alter table ${table} enable row level security;`);
      this.addSql(`
        create policy tenant_isolation on ${table}
          using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
          with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);
    }
  }
}
