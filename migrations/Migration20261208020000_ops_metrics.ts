import { Migration } from '@mikro-orm/migrations';

/**
 * What the operations metrics read (issue #20, docs/operations.md): the last result of each
 * periodic platform check, and the outbox backlog across tenants.
 */
export class Migration20261208020000OpsMetrics extends Migration {
  override async up(): Promise<void> {
    // One row per check (payments-reconciliation, audit-chain, ...): platform-wide, no tenant rows.
    this.addSql(`
      create table ops_check (
        check_name text primary key,
        value double precision not null,
        detail jsonb not null default '{}',
        checked_at timestamptz not null default now()
      );`);
    // The outbox backlog of every tenant, for /metrics. Like outbox_claim and outbox_ack it runs
    // as the owner: the app role gets these two figures, not the rows. Both read the partial
    // index outbox_event_pending_idx; the count stops at p_cap.
    this.addSql(`
      create function outbox_backlog(p_cap integer)
      returns table (unpublished bigint, oldest_age_seconds double precision)
      language sql stable security definer set search_path = public as $$
        select
          (select count(*) from (select 1 from outbox_event where published_at is null limit p_cap) capped),
          coalesce((select extract(epoch from now() - created_at)::float8 from outbox_event
                     where published_at is null order by position limit 1), 0);
      $$;`);
    this.addSql(`revoke all on function outbox_backlog(integer) from public;`);
  }
}
