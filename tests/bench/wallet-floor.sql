-- The database floor of a batch of wallet transfers (tests/bench/wallet.ts runs it with
-- pgbench): the rows a postTransfers BET (player CASH -> house stripe, 1.00 EUR) must read and
-- write, as one set-based statement per batch, with none of the posting's decisions (no account
-- resolution beyond the update's own probe, no floor or frozen checks, no replays). Per
-- transfer: its idempotency key probed, its player account updated, a ledger transaction, two
-- entries, two change events (the player's and the house's: one per account per posting, as
-- ledger_post_batch writes them) and its idempotency record; the house stripe updated once per
-- batch. Variables: tenant, batch (-D); client_id (pgbench's). Runs as the app role with
-- app.tenant_id set, so row-level security and the foreign keys apply as in the real path.
with pick as (
  select p.player_id, 'floor-' || :client_id || '-' || p.n || '-' || md5(random()::text) as key
  from bench_floor_player p
  where p.n >= (:client_id)::int * (:batch)::int and p.n < ((:client_id)::int + 1) * (:batch)::int
),
fresh as (
  select pick.player_id, pick.key from pick
  where not exists (select 1 from idempotency_record r where r.tenant_id = (:tenant)::uuid and r.key = pick.key)
),
player as (
  update ledger_account a set balance = a.balance - 100, last_seq = a.last_seq + 1, entry_count = a.entry_count + 1
  from fresh
  where a.tenant_id = (:tenant)::uuid and a.owner_type = 'PLAYER' and a.owner_id = fresh.player_id
    and a.currency = 'EUR' and a.kind = 'CASH' and a.stripe = 0
  returning a.id, a.balance, a.last_seq, a.entry_count, a.owner_id, fresh.key, gen_random_uuid() as transaction_id
),
transfer as (select player.*, row_number() over (order by player.id) as k, count(*) over () as n from player),
house as (
  update ledger_account a set balance = a.balance + 100 * (:batch)::int, last_seq = a.last_seq + (:batch)::int, entry_count = a.entry_count + (:batch)::int
  where a.tenant_id = (:tenant)::uuid and a.owner_type = 'HOUSE' and a.owner_id = '' and a.currency = 'EUR'
    and a.kind = 'CASH' and a.stripe = (:client_id)::int
  returning a.id, a.balance, a.last_seq, a.entry_count
),
ledger_tx as (
  insert into ledger_transaction (id, tenant_id, code, reference, metadata, idempotency_key, created_by)
  -- Split: pgbench would read a colon followed by a name as one of its variables, even in a literal or comment.
  select transfer.transaction_id, (:tenant)::uuid, 'BET', 'round-floor-' || transfer.k, '{}'::jsonb, transfer.key, 'API_KEY:' || 'floor'
  from transfer
  returning 1
),
entries as (
  insert into ledger_entry (id, tenant_id, transaction_id, account_id, amount, balance_after, seq)
  select gen_random_uuid(), (:tenant)::uuid, transfer.transaction_id, transfer.id, -100, transfer.balance, transfer.entry_count from transfer
  union all
  select gen_random_uuid(), (:tenant)::uuid, transfer.transaction_id, house.id, 100,
    house.balance - 100 * (transfer.n - transfer.k), house.entry_count - (transfer.n - transfer.k)
  from transfer, house
  returning 1
),
events as (
  insert into outbox_event (id, tenant_id, stream, seq, type, payload)
  select gen_random_uuid(), (:tenant)::uuid, 'account:' || transfer.id, transfer.last_seq, 'wallet.account.changed',
    ledger_change_payload(transfer.id, 'PLAYER', transfer.owner_id, 'EUR', 'CASH', transfer.balance, 0, false,
      jsonb_build_object('transactionId', transfer.transaction_id, 'code', 'BET'))
  from transfer
  union all
  select gen_random_uuid(), (:tenant)::uuid, 'account:' || house.id, house.last_seq - (transfer.n - transfer.k), 'wallet.account.changed',
    ledger_change_payload(house.id, 'HOUSE', '', 'EUR', 'CASH', house.balance - 100 * (transfer.n - transfer.k), 0, false,
      jsonb_build_object('transactionId', transfer.transaction_id, 'code', 'BET'))
  from transfer, house
  returning 1
),
records as (
  insert into idempotency_record (tenant_id, key, operation, request_hash, outcome)
  select (:tenant)::uuid, transfer.key, 'transfer', md5(transfer.key),
    jsonb_build_object('ok', true, 'result', jsonb_build_object('transactionId', transfer.transaction_id))
  from transfer
  returning 1
)
select (select count(*) from transfer) as transfers, (select count(*) from entries) as entries, (select count(*) from events) as events,
  (select count(*) from ledger_tx) + (select count(*) from records) as rows;
