-- What VIP accrual in the bet's own transaction would add to the seamless database floor
-- (tests/bench/seamless.ts runs seamless-floor.sql's statement with these CTEs and this final
-- select in place of its own, to measure what that alternative would cost each bet; docs/vip.md
-- "Where accrual runs"): per bet its vip_accrual row, the player's lot of the day, a points ledger
-- transaction with its two entries, the player's POINTS account and the house's POINTS stripe
-- updated, and the POINTS account's change event. The players' POINTS accounts and the house's
-- POINTS stripes exist beforehand.
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
