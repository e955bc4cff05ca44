import { Migration } from '@mikro-orm/migrations';

/**
 * The ledger feed reads a page the same way whatever the planner's statistics say
 * (docs/wallet.md "The ledger feed").
 *
 * bench:seamless found a page of 2,000 rows taking 5 to 10 seconds where it takes 30 ms. The VIP
 * tenant was younger than the tables' last ANALYZE, so for its id the statistics promised one row:
 * every index that starts with tenant_id looked equally cheap. The planner read all of the tenant's
 * bets and sorted them, and for each row of the page it walked the tenant's player accounts and
 * probed ledger_entry once per account. Any new tenant on a large database is in that state until
 * autovacuum analyses again, after a tenth of the table has changed.
 *
 * The function now plans once per session for the average tenant (a generic plan, which does not
 * look the tenant up in the statistics), with sorting off, so:
 * - the page is read in (tenant_id, xid, id) order from ledger_transaction_feed_idx and costs its
 *   own rows, however large the tenant;
 * - a row's PLAYER legs are its entries (ledger_entry_transaction_idx), each account looked up by
 *   its primary key: the lookup names no other column an index of ledger_account starts with
 *   after tenant_id (owner_type was one, and a plan made while the table was small walked the
 *   tenant's player accounts for every entry).
 * JIT is off: it compiled the generic plan of a 30 ms query for 30 ms.
 */
export class Migration20261207020000LedgerFeedPlan extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create or replace function ledger_feed(p_tenant uuid, p_after_xid xid8, p_after_id uuid, p_codes text[], p_limit integer)
      returns table (xid xid8, id uuid, code text, reference text, metadata jsonb, reverses_id uuid, created_by text, created_at timestamptz, player_legs jsonb)
      language plpgsql stable
      set enable_sort = off
      set plan_cache_mode = force_generic_plan
      set jit = off
      as $$
      declare
        -- Read once: every database transaction below it has ended.
        v_horizon xid8 := pg_snapshot_xmin(pg_current_snapshot());
      begin
        return query
        select page.xid, page.id, page.code, page.reference, page.metadata, page.reverses_id, page.created_by, page.created_at,
               coalesce((select jsonb_agg(legs.leg) filter (where legs.leg is not null)
                         from (select (select case when a.owner_type = 'PLAYER'
                                                   then jsonb_build_object('playerId', a.owner_id, 'currency', a.currency, 'kind', a.kind, 'amount', e.amount::text) end
                                       from ledger_account a
                                       where a.tenant_id = p_tenant and a.id = e.account_id) as leg
                               from ledger_entry e
                               where e.tenant_id = p_tenant and e.transaction_id = page.id) legs), '[]'::jsonb)
        from (
          select t.xid, t.id, t.code, t.reference, t.metadata, t.reverses_id, t.created_by, t.created_at
          from ledger_transaction t
          where t.tenant_id = p_tenant
            and (t.xid, t.id) > (p_after_xid, p_after_id)
            and t.xid < v_horizon
            and t.code = any (p_codes)
          order by t.xid, t.id
          limit p_limit
        ) page
        order by page.xid, page.id;
      end $$;`);
  }
}
