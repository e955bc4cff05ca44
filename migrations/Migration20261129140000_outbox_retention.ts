import { Migration } from '@mikro-orm/migrations';

/**
 * Published events are deleted once they are older than the retention (the outbox_prune job,
 * src/jobs/outbox-retention.ts): the outbox kept every event forever.
 */
export class Migration20261129140000OutboxRetention extends Migration {
  override async up(): Promise<void> {
    // Deletes events published before p_before among the p_limit oldest published ones, and
    // answers how many it deleted. Events not yet published are never touched. Like
    // outbox_claim and outbox_ack, it runs as the owner: it is a door across tenants.
    this.addSql(`
      create function outbox_prune(p_before timestamptz, p_limit integer) returns integer
      language sql security definer set search_path = public as $$
        with oldest as (
          select position, published_at from outbox_event
          where published_at is not null
          order by position limit p_limit
        ), deleted as (
          delete from outbox_event e using oldest o
          where e.position = o.position and o.published_at < p_before
          returning 1
        )
        select count(*)::integer from deleted;
      $$;`);
    this.addSql(`revoke all on function outbox_prune(timestamptz, integer) from public;`);
  }
}
