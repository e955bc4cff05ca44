import { Migration } from '@mikro-orm/migrations';

/** Tables under tenant row-level security; kept here, frozen with this migration. */
const TENANT_TABLES = [
  'staff_user',
  'player',
  'auth_session',
  'api_key',
  'tenant_menu_override',
  'tenant_menu_change',
  'outbox_event',
  'stream_sequence',
];

export class Migration20261129000000Spine extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table tenant (
        id uuid primary key,
        slug text not null unique check (slug ~ '^[a-z0-9][a-z0-9-]{1,38}[a-z0-9]$'),
        name text not null check (length(name) between 1 and 120),
        status text not null check (status in ('ACTIVE', 'SUSPENDED')),
        default_currency char(3) not null,
        currencies text[] not null check (cardinality(currencies) > 0),
        default_locale text not null,
        locales text[] not null check (cardinality(locales) > 0),
        domains text[] not null default '{}',
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        check (default_currency = any (currencies)),
        check (default_locale = any (locales))
      );`);
    this.addSql(`create index tenant_domains_idx on tenant using gin (domains);`);

    this.addSql(`
      create table platform_staff (
        id uuid primary key,
        email text not null,
        name text not null,
        password_hash text not null,
        roles text[] not null,
        disabled_at timestamptz,
        created_at timestamptz not null default now()
      );`);
    this.addSql(`create unique index platform_staff_email_uq on platform_staff (lower(email));`);

    this.addSql(`
      create table platform_session (
        id uuid primary key,
        staff_id uuid not null references platform_staff (id),
        refresh_hash text not null,
        expires_at timestamptz not null,
        revoked_at timestamptz,
        created_at timestamptz not null default now()
      );`);
    this.addSql(`create index platform_session_staff_idx on platform_session (staff_id);`);

    this.addSql(`
      create table staff_user (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        email text not null,
        name text not null,
        password_hash text not null,
        roles text[] not null check (cardinality(roles) > 0),
        disabled_at timestamptz,
        created_at timestamptz not null default now()
      );`);
    this.addSql(`create unique index staff_user_email_uq on staff_user (tenant_id, lower(email));`);

    this.addSql(`
      create table player (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        email text not null,
        display_name text not null,
        password_hash text not null,
        locale text not null,
        status text not null default 'ACTIVE' check (status in ('ACTIVE', 'BLOCKED')),
        created_at timestamptz not null default now()
      );`);
    this.addSql(`create unique index player_email_uq on player (tenant_id, lower(email));`);
    this.addSql(`create index player_tenant_id_idx on player (tenant_id, id);`);

    this.addSql(`
      create table auth_session (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        subject_kind text not null check (subject_kind in ('PLAYER', 'STAFF')),
        subject_id uuid not null,
        refresh_hash text not null,
        expires_at timestamptz not null,
        revoked_at timestamptz,
        created_at timestamptz not null default now()
      );`);
    this.addSql(`create index auth_session_subject_idx on auth_session (tenant_id, subject_id);`);

    this.addSql(`
      create table api_key (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        name text not null,
        secret_hash text not null,
        permissions text[] not null,
        created_by uuid not null,
        created_at timestamptz not null default now(),
        revoked_at timestamptz,
        last_used_at timestamptz
      );`);
    this.addSql(`create index api_key_tenant_idx on api_key (tenant_id, id);`);

    this.addSql(`
      create table menu_item (
        key text primary key check (key ~ '^[a-z][a-z0-9_.-]{1,62}$'),
        kind text not null check (kind in ('MENU', 'FEATURE')),
        default_enabled boolean not null,
        default_position integer not null,
        default_labels jsonb not null,
        created_at timestamptz not null default now()
      );`);

    this.addSql(`
      create table tenant_menu_override (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        item_key text not null references menu_item (key),
        enabled boolean,
        position integer,
        labels jsonb not null default '{}',
        updated_by text not null,
        updated_at timestamptz not null default now()
      );`);
    this.addSql(`create unique index tenant_menu_override_uq on tenant_menu_override (tenant_id, item_key);`);

    this.addSql(`
      create table tenant_menu_change (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        item_key text not null,
        action text not null,
        before jsonb,
        after jsonb,
        actor_kind text not null,
        actor_id text not null,
        created_at timestamptz not null default now()
      );`);
    this.addSql(`create index tenant_menu_change_idx on tenant_menu_change (tenant_id, id);`);

    this.addSql(`
      create table stream_sequence (
        tenant_id uuid not null references tenant (id),
        stream text not null,
        last_seq bigint not null,
        primary key (tenant_id, stream)
      );`);
    this.addSql(`
      create table outbox_event (
        position bigserial primary key,
        id uuid not null unique,
        tenant_id uuid not null references tenant (id),
        stream text not null,
        seq bigint not null,
        type text not null,
        payload jsonb not null,
        created_at timestamptz not null default now(),
        lease_until timestamptz,
        published_at timestamptz
      );`);
    this.addSql(`create unique index outbox_event_stream_uq on outbox_event (tenant_id, stream, seq);`);
    this.addSql(`create index outbox_event_pending_idx on outbox_event (position) where published_at is null;`);

    for (const table of TENANT_TABLES) {
      this.addSql(`alter table ${table} enable row level security;`);
      this.addSql(`
        create policy tenant_isolation on ${table}
          using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
          with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);
    }

    // The relay publishes every tenant's events. Rather than letting the app role bypass
    // row-level security, these two owner-run functions are its only cross-tenant door.
    this.addSql(`
      create function outbox_claim(batch integer, lease interval) returns setof outbox_event
      language sql security definer set search_path = public as $$
        update outbox_event set lease_until = now() + lease
        where position in (
          select position from outbox_event
          where published_at is null and (lease_until is null or lease_until < now())
          order by position limit batch
          for update skip locked)
        returning *;
      $$;`);
    this.addSql(`
      create function outbox_ack(positions bigint[]) returns void
      language sql security definer set search_path = public as $$
        update outbox_event set published_at = now(), lease_until = null where position = any (positions);
      $$;`);
    // Functions are executable by every role unless revoked; only the app role gets them back.
    this.addSql(`revoke all on function outbox_claim(integer, interval) from public;`);
    this.addSql(`revoke all on function outbox_ack(bigint[]) from public;`);

    this.addSql(`
      insert into menu_item (key, kind, default_enabled, default_position, default_labels) values
        ('lobby', 'MENU', true, 10, '{"en":"Lobby","tr":"Lobi"}'),
        ('casino', 'MENU', true, 20, '{"en":"Casino","tr":"Casino"}'),
        ('live-casino', 'MENU', true, 30, '{"en":"Live Casino","tr":"Canlı Casino"}'),
        ('poker', 'MENU', false, 40, '{"en":"Poker","tr":"Poker"}'),
        ('promotions', 'MENU', true, 50, '{"en":"Promotions","tr":"Promosyonlar"}'),
        ('vip', 'MENU', false, 60, '{"en":"VIP Club","tr":"VIP Kulübü"}'),
        ('wallet', 'MENU', true, 70, '{"en":"Wallet","tr":"Cüzdan"}'),
        ('support', 'MENU', true, 80, '{"en":"Support","tr":"Destek"}'),
        ('feature.bonuses', 'FEATURE', false, 1000, '{"en":"Bonuses","tr":"Bonuslar"}'),
        ('feature.affiliates', 'FEATURE', false, 1010, '{"en":"Affiliates","tr":"İş ortakları"}'),
        ('feature.poker-tables', 'FEATURE', false, 1020, '{"en":"Poker tables","tr":"Poker masaları"}'),
        ('feature.responsible-gambling', 'FEATURE', true, 1030, '{"en":"Responsible gambling tools","tr":"Sorumlu oyun araçları"}');`);
  }
}
