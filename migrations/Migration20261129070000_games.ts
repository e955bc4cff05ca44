import { Migration } from '@mikro-orm/migrations';

/** The games catalogue of each tenant: games of aggregators' providers, enabled per tenant and currency. */
export class Migration20261129070000Games extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table game (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        provider text not null check (provider ~ '^[a-z0-9][a-z0-9-]{0,38}[a-z0-9]$'),
        external_id text not null check (length(external_id) between 1 and 200),
        name text not null check (length(name) between 1 and 200),
        category text not null check (category in ('SLOTS', 'TABLE', 'LIVE', 'INSTANT', 'OTHER')),
        currencies text[] not null check (cardinality(currencies) > 0),
        enabled boolean not null default true,
        launch_url text not null check (length(launch_url) between 1 and 2000),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );`);
    this.addSql(`create unique index game_provider_external_uq on game (tenant_id, provider, external_id);`);
    this.addSql(`alter table game enable row level security;`);
    this.addSql(`
      create policy tenant_isolation on game
        using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
        with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);
  }
}
