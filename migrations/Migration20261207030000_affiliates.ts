import { Migration } from '@mikro-orm/migrations';

/**
 * Affiliates: who they are, their tracking links, clicks and players' attribution (issue #19,
 * docs/affiliates.md). Every table is tenant-led: keys are (tenant_id, id) and references carry
 * the tenant, so a row can never point at another tenant's row.
 *
 * - `affiliate_settings`: one row per tenant, written on first change; no row means the defaults
 *   (a 30-day attribution window). A table of affiliates' own rather than a column of `tenant`,
 *   which belongs to the tenants module below; commission settings may join it later.
 * - `affiliate`: code (unique per tenant, ignoring case), name, email (unique per tenant,
 *   ignoring case), status, and an optional parent: two levels only (a sub-affiliate has no
 *   subs); the service enforces it under the rows' locks.
 * - `affiliate_link`: a tracking link: a code (unique per tenant, ignoring case), the landing URL
 *   (an absolute URL on a tenant domain, or a path), a campaign label.
 */
export class Migration20261207030000Affiliates extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table affiliate_settings (
        tenant_id uuid primary key references tenant (id),
        attribution_window_days integer not null default 30 check (attribution_window_days between 1 and 365),
        version integer not null default 1,
        updated_by text,
        updated_at timestamptz not null default now()
      );`);

    this.addSql(`
      create table affiliate (
        tenant_id uuid not null references tenant (id),
        id uuid not null,
        code text not null check (code ~ '^[A-Za-z0-9][A-Za-z0-9_-]{1,39}$'),
        name text not null check (length(name) between 1 and 120),
        email text not null check (length(email) between 3 and 254),
        status text not null default 'ACTIVE' check (status in ('ACTIVE', 'SUSPENDED', 'CLOSED')),
        parent_affiliate_id uuid,
        version integer not null default 1,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (tenant_id, id),
        foreign key (tenant_id, parent_affiliate_id) references affiliate (tenant_id, id),
        check (parent_affiliate_id is null or parent_affiliate_id <> id)
      );`);
    this.addSql(`create unique index affiliate_code_uq on affiliate (tenant_id, lower(code));`);
    this.addSql(`create unique index affiliate_email_uq on affiliate (tenant_id, lower(email));`);
    this.addSql(`create index affiliate_parent_idx on affiliate (tenant_id, parent_affiliate_id) where parent_affiliate_id is not null;`);

    this.addSql(`
      create table affiliate_link (
        tenant_id uuid not null references tenant (id),
        id uuid not null,
        affiliate_id uuid not null,
        code text not null check (code ~ '^[A-Za-z0-9][A-Za-z0-9_-]{1,39}$'),
        landing_url text not null check (length(landing_url) between 1 and 2000),
        campaign text check (length(campaign) between 1 and 120),
        created_at timestamptz not null default now(),
        primary key (tenant_id, id),
        foreign key (tenant_id, affiliate_id) references affiliate (tenant_id, id)
      );`);
    this.addSql(`create unique index affiliate_link_code_uq on affiliate_link (tenant_id, lower(code));`);
    this.addSql(`create index affiliate_link_affiliate_idx on affiliate_link (tenant_id, affiliate_id, id);`);

    for (const table of ['affiliate_settings', 'affiliate', 'affiliate_link']) {
      this.addSql(`alter table ${table} enable row level security;`);
      this.addSql(`
        create policy tenant_isolation on ${table}
          using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
          with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);
    }
  }
}
