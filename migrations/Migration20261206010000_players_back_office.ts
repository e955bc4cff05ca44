import { Migration } from '@mikro-orm/migrations';

/**
 * Players in the back-office, issue #14 section 2:
 * - A block records when, by whom and why (`blocked_at`, `blocked_by`, `blocked_reason`).
 * - Sessions record the address they were opened from and their last refresh (`ip`, `last_used_at`).
 * - Notes (`player_note`): written by staff, never changed or deleted: the application role may
 *   only insert them (APPEND_ONLY_TABLES in src/db/migrate.ts).
 * - Tags (`player_tag`): a tenant's free labels on players.
 * - Search and sort indexes. pg_trgm is not guaranteed to be installed, so the search is a
 *   case-insensitive prefix match on the email or the display name, served by btree indexes on
 *   `lower(...) collate "C"`: in the "C" collation a btree answers both `like 'abc%'` and the
 *   ordering of the listing (byte order of the lower-cased text), so one index per sort field.
 */
export class Migration20261206010000PlayersBackOffice extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table player
      add column blocked_at timestamptz,
      add column blocked_by uuid,
      add column blocked_reason text;`);
    this.addSql(`alter table auth_session
      add column ip text,
      add column last_used_at timestamptz;`);

    this.addSql(`create index player_created_idx on player (tenant_id, created_at, id);`);
    this.addSql(`create index player_email_search_idx on player (tenant_id, (lower(email) collate "C"), id);`);
    this.addSql(`create index player_name_search_idx on player (tenant_id, (lower(display_name) collate "C"), id);`);
    this.addSql(`create index auth_session_active_idx on auth_session (tenant_id, subject_id, created_at) where revoked_at is null;`);

    this.addSql(`
      create table player_note (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        player_id uuid not null references player (id),
        body text not null check (length(body) between 1 and 4000),
        author_kind text not null check (author_kind in ('STAFF', 'PLATFORM_STAFF', 'API_KEY')),
        author_id uuid not null,
        created_at timestamptz not null default now()
      );`);
    this.addSql(`create index player_note_player_idx on player_note (tenant_id, player_id, created_at, id);`);

    this.addSql(`
      create table player_tag (
        tenant_id uuid not null references tenant (id),
        player_id uuid not null references player (id),
        tag text not null check (length(tag) between 1 and 40),
        created_at timestamptz not null default now(),
        primary key (tenant_id, player_id, tag)
      );`);
    this.addSql(`create index player_tag_tag_idx on player_tag (tenant_id, tag, player_id);`);

    for (const table of ['player_note', 'player_tag']) {
      this.addSql(`alter table ${table} enable row level security;`);
      this.addSql(`
        create policy tenant_isolation on ${table}
          using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
          with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);
    }
  }
}
