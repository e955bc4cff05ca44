import { Migration } from '@mikro-orm/migrations';

/**
 * Accounts, issue #14 section 2: password changes and resets, an email outbox, and the
 * production bootstrap's one-time password.
 *
 * - `must_change_password` on platform and tenant staff: set for an account whose password
 *   was handed out (npm run bootstrap-admin); until it is changed, only changePassword, logout
 *   and viewer answer (docs/accounts.md).
 * - `password_reset`: one-time reset tokens, stored only as the SHA-256 of the token.
 * - `email_outbox`: messages written in the transaction of their cause and delivered after
 *   commit by the email-delivery job (src/email/delivery.ts). The body may hold a secret (a
 *   reset link), so it is sealed with SECRETS_ENCRYPTION_KEY and erased once the message is
 *   sent or given up.
 *
 * Both tables hold the rows of tenants (players, tenant staff) and of the platform (platform
 * staff, who have no tenant): `tenant_id` is null for the platform's rows. Row-level security
 * shows a tenant transaction its own rows only; the platform's rows only to a transaction that
 * says so (app.tenant_id = 'platform', set by identity.passwords.ts); and nothing to a
 * transaction that names no tenant, as for every tenant table. One table and one rule for both
 * kinds of account, and no platform row is ever visible to a tenant. Like the event outbox, the
 * delivery job crosses tenants only through owner-run functions.
 */
/** The row-level rule of both tables: a tenant's rows, or the platform's when the transaction says 'platform'. */
const SCOPE = `case current_setting('app.tenant_id', true)
      when 'platform' then tenant_id is null
      else tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid
    end`;

export class Migration20261206020000PasswordsEmailOutbox extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table platform_staff add column must_change_password boolean not null default false;`);
    this.addSql(`alter table staff_user add column must_change_password boolean not null default false;`);

    this.addSql(`
      create table password_reset (
        id uuid primary key,
        tenant_id uuid references tenant (id),
        subject_kind text not null check (subject_kind in ('PLAYER', 'STAFF', 'PLATFORM_STAFF')),
        subject_id uuid not null,
        token_hash text not null,
        expires_at timestamptz not null,
        used_at timestamptz,
        created_at timestamptz not null default now(),
        check ((tenant_id is null) = (subject_kind = 'PLATFORM_STAFF'))
      );`);
    this.addSql(`create unique index password_reset_token_uq on password_reset (token_hash);`);
    this.addSql(`create index password_reset_subject_idx on password_reset (tenant_id, subject_id);`);

    this.addSql(`
      create table email_outbox (
        id uuid primary key,
        tenant_id uuid references tenant (id),
        recipient text not null,
        locale text not null,
        template text not null,
        subject text not null,
        body_sealed bytea,
        status text not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED')),
        attempts integer not null default 0,
        next_attempt_at timestamptz not null default now(),
        lease_until timestamptz,
        last_error text,
        sent_at timestamptz,
        created_at timestamptz not null default now()
      );`);
    this.addSql(`create index email_outbox_due_idx on email_outbox (next_attempt_at) where status = 'PENDING';`);
    this.addSql(`create index email_outbox_tenant_idx on email_outbox (tenant_id, created_at);`);

    for (const table of ['password_reset', 'email_outbox']) {
      this.addSql(`alter table ${table} enable row level security;`);
      this.addSql(`
        create policy tenant_isolation on ${table}
          using (${SCOPE})
          with check (${SCOPE});`);
    }

    // The tenant of a live reset token (null for platform staff), found by the token's hash:
    // resetPassword learns from the token alone which tenant's transaction to open. It answers
    // nothing for an unknown, used or expired token.
    this.addSql(`
      create function password_reset_scope(p_token_hash text) returns table (id uuid, tenant_id uuid)
      language sql security definer set search_path = public as $$
        select r.id, r.tenant_id from password_reset r
        where r.token_hash = p_token_hash and r.used_at is null and r.expires_at > now();
      $$;`);

    // Leases up to p_batch due messages of every tenant for p_lease, counting the attempt.
    this.addSql(`
      create function email_outbox_claim(p_batch integer, p_lease interval) returns setof email_outbox
      language sql security definer set search_path = public as $$
        update email_outbox set lease_until = now() + p_lease, attempts = attempts + 1
        where id in (
          select id from email_outbox
          where status = 'PENDING' and next_attempt_at <= now() and (lease_until is null or lease_until < now())
          order by next_attempt_at limit p_batch
          for update skip locked)
        returning *;
      $$;`);
    // Records an attempt's outcome: sent; failed with a retry at p_retry_at; or given up
    // (p_retry_at null). A sent or given-up message's sealed body is erased.
    this.addSql(`
      create function email_outbox_settle(p_id uuid, p_sent boolean, p_error text, p_retry_at timestamptz) returns void
      language sql security definer set search_path = public as $$
        update email_outbox set
          status = case when p_sent then 'SENT' when p_retry_at is null then 'FAILED' else 'PENDING' end,
          sent_at = case when p_sent then now() else null end,
          last_error = case when p_sent then null else p_error end,
          next_attempt_at = coalesce(p_retry_at, next_attempt_at),
          lease_until = null,
          body_sealed = case when p_sent or p_retry_at is null then null else body_sealed end
        where id = p_id;
      $$;`);
    // Retention: settled messages and dead reset tokens older than p_before go, at most
    // p_limit of each per call; answers how many rows were deleted.
    this.addSql(`create index email_outbox_settled_idx on email_outbox (created_at) where status <> 'PENDING';`);
    this.addSql(`create index password_reset_expires_idx on password_reset (expires_at);`);
    this.addSql(`
      create function email_outbox_prune(p_before timestamptz, p_limit integer) returns integer
      language sql security definer set search_path = public as $$
        with emails as (
          delete from email_outbox where id in (
            select id from email_outbox where status <> 'PENDING' and created_at < p_before order by created_at limit p_limit)
          returning 1
        ), resets as (
          delete from password_reset where id in (
            select id from password_reset where expires_at < p_before order by expires_at limit p_limit)
          returning 1
        )
        select ((select count(*) from emails) + (select count(*) from resets))::integer;
      $$;`);
    for (const fn of [
      'password_reset_scope(text)',
      'email_outbox_claim(integer, interval)',
      'email_outbox_settle(uuid, boolean, text, timestamptz)',
      'email_outbox_prune(timestamptz, integer)',
    ]) {
      this.addSql(`revoke all on function ${fn} from public;`);
    }
  }
}
