import { Migration } from '@mikro-orm/migrations';

/**
 * Affiliate commission plans (issue #19, docs/affiliates.md "Plans"). Tenant-led keys, as in
 * Migration20261207030000_affiliates.
 *
 * - `affiliate_plan`: a named plan (unique per tenant, ignoring case) and its current terms (the
 *   commission engine's `Plan`, amounts as strings). Plans are versioned: a change of terms adds 1
 *   to `version` and writes the new terms as a new `affiliate_plan_version` row; a version's row is
 *   never changed, so a statement that records (plan, version) can always be worked out again with
 *   the terms it was computed with.
 * - `affiliate.plan_id`, `affiliate.plan_overrides`: the affiliate's plan and its overrides (the
 *   engine's Partial<Plan>: a top-level field replaced whole, null turns a part off). The current
 *   state only; every assignment is in the audit trail.
 */
export class Migration20261207040000AffiliatePlans extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table affiliate_plan (
        tenant_id uuid not null references tenant (id),
        id uuid not null,
        name text not null check (length(name) between 1 and 120),
        terms jsonb not null,
        version integer not null default 1,
        archived_at timestamptz,
        created_by text,
        updated_by text,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (tenant_id, id)
      );`);
    this.addSql(`create unique index affiliate_plan_name_uq on affiliate_plan (tenant_id, lower(name));`);

    this.addSql(`
      create table affiliate_plan_version (
        tenant_id uuid not null references tenant (id),
        plan_id uuid not null,
        version integer not null check (version >= 1),
        terms jsonb not null,
        created_by text,
        created_at timestamptz not null default now(),
        primary key (tenant_id, plan_id, version),
        foreign key (tenant_id, plan_id) references affiliate_plan (tenant_id, id)
      );`);

    this.addSql(`
      alter table affiliate
        add column plan_id uuid,
        add column plan_overrides jsonb,
        add foreign key (tenant_id, plan_id) references affiliate_plan (tenant_id, id),
        add check (plan_overrides is null or plan_id is not null);`);
    this.addSql(`create index affiliate_plan_idx on affiliate (tenant_id, plan_id) where plan_id is not null;`);

    for (const table of ['affiliate_plan', 'affiliate_plan_version']) {
      this.addSql(`alter table ${table} enable row level security;`);
      this.addSql(`
        create policy tenant_isolation on ${table}
          using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
          with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);
    }
  }
}
