-- The database floor of a batch of seamless bets WITH VIP accrual in the bet's own transaction
-- (tests/bench/seamless.ts runs it beside seamless-floor.sql, to measure what accruing in the bet's
-- transaction would cost the bet; docs/vip.md "Where accrual runs"). Everything seamless-floor.sql
-- writes, plus what accrual must write per bet if it ran there: its vip_accrual row, the player's
-- lot of the day, a points ledger transaction with its two entries, the player's POINTS account
-- and the house's POINTS stripe updated, and the POINTS account's change event.
-- Variables as seamless-floor.sql; the players' POINTS accounts and the house's POINTS stripes exist beforehand.
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
),
points_player as (
  update ledger_account a set balance = a.balance + 100, last_seq = a.last_seq + 1, entry_count = a.entry_count + 1
  from bet
  where a.tenant_id = (:tenant)::uuid and a.owner_type = 'PLAYER' and a.owner_id = bet.owner_id
    and a.currency = 'PTS' and a.kind = 'POINTS' and a.stripe = 0
  returning a.id, a.balance, a.last_seq, a.entry_count, a.owner_id, bet.transaction_id as bet_id, gen_random_uuid() as points_tx
),
points_bet as (select points_player.*, row_number() over (order by points_player.id) as k, count(*) over () as n from points_player),
points_house as (
  update ledger_account a set balance = a.balance - 100 * (:batch)::int, last_seq = a.last_seq + 1, entry_count = a.entry_count + (:batch)::int
  where a.tenant_id = (:tenant)::uuid and a.owner_type = 'HOUSE' and a.owner_id = '' and a.currency = 'PTS'
    and a.kind = 'POINTS' and a.stripe = (:client_id)::int
  returning a.id, a.balance, a.last_seq, a.entry_count
),
points_ledger_tx as (
  insert into ledger_transaction (id, tenant_id, code, reference, metadata, idempotency_key, created_by)
  select points_bet.points_tx, (:tenant)::uuid, 'VIP_EARN', points_bet.bet_id::text, jsonb_build_object('bet', points_bet.bet_id),
    'vip-earn-' || points_bet.bet_id, 'SYSTEM'
  from points_bet
  returning 1
),
points_entries as (
  insert into ledger_entry (id, tenant_id, transaction_id, account_id, amount, balance_after, seq)
  select gen_random_uuid(), (:tenant)::uuid, points_bet.points_tx, points_bet.id, 100, points_bet.balance, points_bet.entry_count from points_bet
  union all
  select gen_random_uuid(), (:tenant)::uuid, points_bet.points_tx, points_house.id, -100,
    points_house.balance + 100 * (points_bet.n - points_bet.k), points_house.entry_count - (points_bet.n - points_bet.k)
  from points_bet, points_house
  returning 1
),
points_events as (
  insert into outbox_event (id, tenant_id, stream, seq, type, payload)
  select gen_random_uuid(), (:tenant)::uuid, 'account:' || points_bet.id, points_bet.last_seq, 'wallet.account.changed',
    ledger_change_payload(points_bet.id, 'PLAYER', points_bet.owner_id, 'PTS', 'POINTS', points_bet.balance, 0, false,
      jsonb_build_object('transactionId', points_bet.points_tx, 'code', 'VIP_EARN'))
  from points_bet
  returning 1
),
accruals as (
  insert into vip_accrual (tenant_id, source_id, player_id, kind, currency, basis, weight_pct, rate_bp, points, earned_on)
  select (:tenant)::uuid, bet.transaction_id, bet.owner_id::uuid, 'BET', 'EUR', 100, 100, 10000, 100, current_date from bet
  returning 1
),
lots as (
  insert into vip_point_lot as l (tenant_id, player_id, earned_on, earned, remaining)
  select (:tenant)::uuid, bet.owner_id::uuid, current_date, 100, 100 from bet
  on conflict (tenant_id, player_id, earned_on) do update set earned = l.earned + excluded.earned, remaining = l.remaining + excluded.remaining
  returning 1
)
select (select count(*) from bet) as bets, (select count(*) from entries) + (select count(*) from points_entries) as entries,
  (select count(*) from events) + (select count(*) from points_events) as events,
  (select count(*) from ledger_tx) + (select count(*) from seamless_tx) + (select count(*) from rounds) + (select count(*) from buckets)
  + (select count(*) from points_ledger_tx) + (select count(*) from accruals) + (select count(*) from lots) as rows;
