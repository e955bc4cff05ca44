-- The database floor of a batch of seamless bets (tests/bench/seamless.ts runs it with pgbench):
-- every row a bet callback reads and writes, as one set-based statement per batch, with none of
-- the callback's decisions (no refusals, no bonus, no limits, no round or replay checks beyond
-- one probe each). Per bet: its session and its transaction id looked up, its player account
-- found and updated, the house stripe updated once per batch, a ledger transaction, two
-- entries, one change event for the player (one for the house per batch), the seamless
-- transaction row with its answer, its round and its responsible-gambling bucket.
-- Variables: tenant, provider, batch (-D); client_id (pgbench's). Runs as the app role with
-- app.tenant_id set, so row-level security and the foreign keys apply as in the real path.
with pick as (
  select p.player_id, 'floor-' || :client_id || '-' || p.n || '-' || md5(random()::text) as tx
  from bench_floor_player p
  where p.n >= (:client_id)::int * (:batch)::int and p.n < ((:client_id)::int + 1) * (:batch)::int
),
cmd as (
  select pick.player_id, pick.tx, s.token_hash
  from pick
  cross join lateral (select x.token_hash from seamless_session x
                      where x.tenant_id = (:tenant)::uuid and x.player_id = pick.player_id limit 1) s
  where (select 1 from seamless_transaction t
         where t.tenant_id = (:tenant)::uuid and t.provider_id = (:provider)::uuid and t.transaction_id = pick.tx limit 1) is null
),
player as (
  update ledger_account a set balance = a.balance - 100, last_seq = a.last_seq + 1, entry_count = a.entry_count + 1
  from cmd
  where a.tenant_id = (:tenant)::uuid and a.owner_type = 'PLAYER' and a.owner_id = cmd.player_id
    and a.currency = 'EUR' and a.kind = 'CASH' and a.stripe = 0
  returning a.id, a.balance, a.last_seq, a.entry_count, a.owner_id, cmd.tx, gen_random_uuid() as transaction_id
),
bet as (select player.*, row_number() over (order by player.id) as k, count(*) over () as n from player),
house as (
  update ledger_account a set balance = a.balance + 100 * (:batch)::int, last_seq = a.last_seq + 1, entry_count = a.entry_count + (:batch)::int
  where a.tenant_id = (:tenant)::uuid and a.owner_type = 'HOUSE' and a.owner_id = '' and a.currency = 'EUR'
    and a.kind = 'CASH' and a.stripe = (:client_id)::int
  returning a.id, a.balance, a.last_seq, a.entry_count
),
ledger_tx as (
  insert into ledger_transaction (id, tenant_id, code, reference, metadata, idempotency_key, created_by)
  select bet.transaction_id, (:tenant)::uuid, 'BET', bet.tx,
    jsonb_build_object('provider', (:provider)::uuid, 'transaction', bet.tx, 'game', 'bench-slot'),
    'seamless:' || (:provider)::uuid || ':' || bet.tx, 'PROVIDER:' || (:provider)::uuid
  from bet
  returning 1
),
entries as (
  insert into ledger_entry (id, tenant_id, transaction_id, account_id, amount, balance_after, seq)
  select gen_random_uuid(), (:tenant)::uuid, bet.transaction_id, bet.id, -100, bet.balance, bet.entry_count from bet
  union all
  select gen_random_uuid(), (:tenant)::uuid, bet.transaction_id, house.id, 100,
    house.balance - 100 * (bet.n - bet.k), house.entry_count - (bet.n - bet.k)
  from bet, house
  returning 1
),
events as (
  insert into outbox_event (id, tenant_id, stream, seq, type, payload)
  select gen_random_uuid(), (:tenant)::uuid, 'account:' || bet.id, bet.last_seq, 'wallet.account.changed',
    ledger_change_payload(bet.id, 'PLAYER', bet.owner_id, 'EUR', 'CASH', bet.balance, 0, false,
      jsonb_build_object('transactionId', bet.transaction_id, 'code', 'BET'))
  from bet
  union all
  select gen_random_uuid(), (:tenant)::uuid, 'account:' || house.id, house.last_seq, 'wallet.account.changed',
    ledger_change_payload(house.id, 'HOUSE', '', 'EUR', 'CASH', house.balance, 0, false, jsonb_build_object('code', 'BET'))
  from house
  returning 1
),
seamless_tx as (
  insert into seamless_transaction (tenant_id, provider_id, transaction_id, kind, player_id, round_id, currency, amount,
    cash_amount, bonus_amount, request_hash, response, ledger_transaction_id)
  select (:tenant)::uuid, (:provider)::uuid, bet.tx, 'BET', bet.owner_id, bet.tx, 'EUR', 100, 100, 0, md5(bet.tx),
    jsonb_build_object('ok', true, 'balance', jsonb_build_object('cash', bet.balance::text, 'bonus', '0'), 'currency', 'EUR'),
    bet.transaction_id
  from bet
  returning 1
),
rounds as (
  insert into seamless_round as r (tenant_id, provider_id, round_id, player_id, currency, game_id, status, cash_staked, bonus_staked)
  select (:tenant)::uuid, (:provider)::uuid, bet.tx, bet.owner_id, 'EUR', 'bench-slot', 'OPEN', 100, 0 from bet
  on conflict (tenant_id, provider_id, round_id, player_id) do update set cash_staked = r.cash_staked + excluded.cash_staked
  returning 1
),
buckets as (
  insert into rg_activity as a (tenant_id, player_id, currency, hour, staked, won)
  select (:tenant)::uuid, bet.owner_id, 'EUR', date_trunc('hour', now()), 100, 0 from bet
  on conflict (tenant_id, player_id, currency, hour) do update set staked = a.staked + excluded.staked
  returning 1
)
select (select count(*) from bet) as bets, (select count(*) from entries) as entries, (select count(*) from events) as events,
  (select count(*) from ledger_tx) + (select count(*) from seamless_tx) + (select count(*) from rounds) + (select count(*) from buckets) as rows;
