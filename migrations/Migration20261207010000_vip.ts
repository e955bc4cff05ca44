import { Migration } from '@mikro-orm/migrations';

/**
 * VIP and loyalty (issue #18, docs/vip.md).
 *
 * The ledger gains what the points need:
 * - a third account kind, POINTS, in the points unit `PTS` (two decimals: a ledger amount is a
 *   hundredth of a point). A player's points account may go below zero (a rolled-back bet whose
 *   points were already spent leaves a debt that later earnings repay); VIP checks the balance
 *   itself, under the account's lock, before it spends points;
 * - the ledger feed: each transaction keeps the id of the database transaction that wrote it
 *   (`xid`), and `ledger_feed` answers committed transactions in (xid, id) order up to the oldest
 *   database transaction still running, so a reader that keeps its place never misses one that
 *   commits late. VIP accrual (and later KPIs) read bets, rollbacks and rake from it.
 *
 * VIP's own tables:
 * - `vip_settings`: one row per tenant: earn rates, game weights, the tier window and review
 *   period, grace, the downgrade policy, expiry, redemption rates, a minimum age;
 * - `vip_tier`: ranked tiers with a threshold on points earned in the window and their benefits;
 * - `vip_player`: a player's tier, since when, the next review, grace, manager, and the tier
 *   earned but held back for high-value checks;
 * - `vip_feed_cursor`: where a tenant's accrual stands in the ledger feed;
 * - `vip_accrual`: the points of each source event (a bet, a rake share, a rollback), exactly once;
 * - `vip_point_lot`: points earned per player and day (UTC): earned net of rollbacks (the
 *   window's sums) and what remains to spend or expire (oldest first);
 * - `vip_redemption`, `vip_adjustment`: points spent for cash or a bonus, and staff corrections;
 * - `vip_check`: the high-value checks with their evidence, recorded by one staff member and
 *   decided by another;
 * - `vip_reward`: a tier's monthly reward per player and month (waiting while the player is suppressed);
 * - `vip_status_change`: every tier change with its reason.
 */
export class Migration20261207010000Vip extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table ledger_account drop constraint ledger_account_kind_check;`);
    this.addSql(`alter table ledger_account add constraint ledger_account_kind_check check (kind in ('CASH', 'BONUS', 'POINTS'));`);
    this.addSql(`alter table ledger_transaction add column xid xid8 not null default pg_current_xact_id();`);
    this.addSql(`create index ledger_transaction_feed_idx on ledger_transaction (tenant_id, xid, id);`);

    // As in Migration20261129100000_hot_path_plans, except that a player's POINTS account is unbounded.
    this.addSql(`
      create or replace function ledger_resolve(p_tenant uuid, p_selector jsonb, p_counterparty ledger_account, p_stripes integer, p_currencies text[])
      returns jsonb language plpgsql as $$
      declare
        v_account ledger_account;
        v_owner_type text := p_selector->>'ownerType';
        v_owner_id text := coalesce(p_selector->>'ownerId', '');
        v_currency text := coalesce(p_selector->>'currency', p_counterparty.currency);
        v_kind text := coalesce(p_selector->>'kind', 'CASH');
        v_stripe integer := 0;
      begin
        if p_selector->>'accountId' is not null then
          select * into v_account from ledger_account where id = (p_selector->>'accountId')::uuid;
          if not found then
            return ledger_failure('ACCOUNT_NOT_FOUND', jsonb_build_object('accountId', p_selector->>'accountId'));
          end if;
          return jsonb_build_object('account', ledger_account_json(v_account));
        end if;
        if v_currency is null then
          return ledger_failure('CURRENCY_REQUIRED', '{}'::jsonb);
        end if;
        if not (v_currency = any (p_currencies)) then
          return ledger_failure('UNSUPPORTED_CURRENCY', jsonb_build_object('currency', v_currency));
        end if;
        if v_owner_type in ('HOUSE', 'WORLD') then
          v_owner_id := '';
        end if;
        if v_owner_type = 'HOUSE' and p_counterparty.id is not null then
          v_stripe := ledger_house_stripe(p_tenant, v_currency, p_stripes);
        end if;
        for attempt in 1..2 loop
          select * into v_account from ledger_account
          where tenant_id = p_tenant and owner_type = v_owner_type and owner_id = v_owner_id
            and currency = v_currency and kind = v_kind and stripe = v_stripe;
          if found then
            return jsonb_build_object('account', ledger_account_json(v_account));
          end if;
          insert into ledger_account (id, tenant_id, owner_type, owner_id, currency, kind, stripe, floor_policy)
          values (ledger_uuidv7(), p_tenant, v_owner_type, v_owner_id, v_currency, v_kind, v_stripe,
                  case when v_owner_type in ('PLAYER', 'ESCROW') and v_kind <> 'POINTS' then 'NON_NEGATIVE' else 'UNBOUNDED' end)
          on conflict (tenant_id, owner_type, owner_id, currency, kind, stripe) do nothing;
        end loop;
        raise exception 'ledger_resolve: account % % % % not found after insert', v_owner_type, v_owner_id, v_currency, v_kind;
      end $$;`);

    // The ledger feed. Every database transaction with an xid below the snapshot's xmin has
    // ended, so the rows answered here can never be joined later by a row that sorts before
    // them: the reader's (xid, id) cursor is safe. Rows come with their PLAYER legs.
    this.addSql(`
      create function ledger_feed(p_tenant uuid, p_after_xid xid8, p_after_id uuid, p_codes text[], p_limit integer)
      returns table (xid xid8, id uuid, code text, reference text, metadata jsonb, reverses_id uuid, created_by text, created_at timestamptz, player_legs jsonb)
      language plpgsql stable as $$
      declare
        -- Read once: every database transaction below it has ended.
        v_horizon xid8 := pg_snapshot_xmin(pg_current_snapshot());
      begin
        return query
        with page as (
          select t.xid, t.id, t.code, t.reference, t.metadata, t.reverses_id, t.created_by, t.created_at
          from ledger_transaction t
          where t.tenant_id = p_tenant
            and (t.xid, t.id) > (p_after_xid, p_after_id)
            and t.xid < v_horizon
            and t.code = any (p_codes)
          order by t.xid, t.id
          limit p_limit
        )
        select page.xid, page.id, page.code, page.reference, page.metadata, page.reverses_id, page.created_by, page.created_at,
               coalesce((select jsonb_agg(jsonb_build_object('playerId', a.owner_id, 'currency', a.currency, 'kind', a.kind, 'amount', e.amount::text))
                         from ledger_entry e join ledger_account a on a.id = e.account_id
                         where e.tenant_id = p_tenant and e.transaction_id = page.id and a.owner_type = 'PLAYER'), '[]'::jsonb)
        from page
        order by page.xid, page.id;
      end $$;`);
    // Where the feed may safely stand after a page that answered fewer rows than asked: the horizon.
    this.addSql(`create function ledger_feed_horizon() returns xid8 language sql stable as $$ select pg_snapshot_xmin(pg_current_snapshot()) $$;`);

    this.addSql(`alter table player add column date_of_birth date;`);

    this.addSql(`
      create table vip_settings (
        tenant_id uuid primary key references tenant (id),
        enabled boolean not null default true,
        -- Per currency: how many minor units of real-money stake earn one point at weight 100% and rate 1x; and of rake.
        earn_rates jsonb not null default '{}',
        rake_rates jsonb not null default '{}',
        -- Game weights in percent: {"games": {code: pct}, "categories": {SLOTS: pct}, "default": pct}.
        game_weights jsonb not null default '{"games": {}, "categories": {}, "default": 100}',
        window_days integer not null default 90 check (window_days between 1 and 730),
        review_days integer not null default 30 check (review_days between 1 and 730),
        grace_days integer not null default 0 check (grace_days between 0 and 365),
        downgrade_policy text not null default 'ONE_TIER' check (downgrade_policy in ('ONE_TIER', 'TO_EARNED')),
        expiry_days integer check (expiry_days between 1 and 3650),
        -- Per currency: minor units paid per point redeemed for cash; bonus rewards: [{"templateId", "points"}].
        cash_redemption jsonb not null default '{}',
        bonus_redemptions jsonb not null default '[]',
        min_age integer check (min_age between 18 and 99),
        -- How long an approved high-value check stays valid.
        check_validity_days integer not null default 365 check (check_validity_days between 1 and 3650),
        version integer not null default 1,
        updated_by text,
        updated_at timestamptz not null default now()
      );`);

    this.addSql(`
      create table vip_tier (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        key text not null check (key ~ '^[a-z0-9][a-z0-9-]{0,39}$'),
        name text not null check (length(name) between 1 and 80),
        rank integer not null check (rank between 0 and 100),
        -- Points (hundredths) earned in the window to reach the tier.
        threshold bigint not null check (threshold >= 0),
        -- The point-rate multiplier in basis points: 10000 = 1x.
        point_rate_bp integer not null default 10000 check (point_rate_bp between 0 and 1000000),
        monthly_reward_template_id uuid references bonus_template (id),
        withdrawal_priority boolean not null default false,
        personal_manager boolean not null default false,
        -- A designated high-value tier: entry needs approved checks (identity, affordability, safer-gambling review).
        high_value boolean not null default false,
        archived_at timestamptz,
        version integer not null default 1,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );`);
    this.addSql(`create unique index vip_tier_key_uq on vip_tier (tenant_id, key);`);
    this.addSql(`create unique index vip_tier_rank_uq on vip_tier (tenant_id, rank) where archived_at is null;`);

    this.addSql(`
      create table vip_player (
        tenant_id uuid not null references tenant (id),
        player_id uuid not null references player (id),
        tier_id uuid references vip_tier (id),
        tier_since timestamptz not null default now(),
        -- Downgrades are judged at the review; grace_until is set when a review found the player below their tier.
        review_at timestamptz not null default now(),
        grace_until timestamptz,
        -- The tier the player's points earn but that waits for high-value checks.
        held_tier_id uuid references vip_tier (id),
        manager_id uuid references staff_user (id),
        version integer not null default 1,
        updated_at timestamptz not null default now(),
        primary key (tenant_id, player_id)
      );`);
    this.addSql(`create index vip_player_review_idx on vip_player (tenant_id, review_at);`);
    this.addSql(`create index vip_player_tier_idx on vip_player (tenant_id, tier_id);`);

    this.addSql(`
      create table vip_feed_cursor (
        tenant_id uuid primary key references tenant (id),
        last_xid xid8 not null default '0',
        last_id uuid not null default '00000000-0000-0000-0000-000000000000',
        updated_at timestamptz not null default now()
      );`);

    this.addSql(`
      create table vip_accrual (
        tenant_id uuid not null references tenant (id),
        -- The ledger transaction that caused it (a bet, a hand's rake, a rollback).
        source_id uuid not null,
        player_id uuid not null references player (id),
        kind text not null check (kind in ('BET', 'RAKE', 'ROLLBACK')),
        currency char(3) not null,
        -- The real-money stake or rake share (minor units), and what made the points of it.
        basis bigint not null,
        weight_pct integer not null,
        rate_bp integer not null,
        points bigint not null,
        earned_on date not null,
        -- A rollback's bet.
        reverses_id uuid,
        created_at timestamptz not null default now(),
        primary key (tenant_id, source_id, player_id)
      );`);
    this.addSql(`create unique index vip_accrual_reverses_uq on vip_accrual (tenant_id, reverses_id, player_id) where reverses_id is not null;`);
    this.addSql(`create index vip_accrual_player_idx on vip_accrual (tenant_id, player_id, created_at);`);

    this.addSql(`
      create table vip_point_lot (
        tenant_id uuid not null references tenant (id),
        player_id uuid not null references player (id),
        earned_on date not null,
        -- Earned that day net of rollbacks (the window sums it); what is left to spend or expire.
        earned bigint not null default 0,
        remaining bigint not null default 0 check (remaining >= 0),
        expired bigint not null default 0 check (expired >= 0),
        expires_at timestamptz,
        primary key (tenant_id, player_id, earned_on)
      );`);
    this.addSql(`create index vip_point_lot_expiry_idx on vip_point_lot (tenant_id, expires_at) where remaining > 0;`);

    this.addSql(`
      create table vip_redemption (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        player_id uuid not null references player (id),
        idempotency_key text not null,
        request_hash text not null,
        kind text not null check (kind in ('CASH', 'BONUS')),
        points bigint not null check (points > 0),
        currency char(3) not null,
        amount bigint,
        template_id uuid references bonus_template (id),
        grant_id uuid,
        points_transaction_id uuid not null references ledger_transaction (id),
        cash_transaction_id uuid references ledger_transaction (id),
        created_at timestamptz not null default now()
      );`);
    this.addSql(`create unique index vip_redemption_key_uq on vip_redemption (tenant_id, idempotency_key);`);
    this.addSql(`create index vip_redemption_player_idx on vip_redemption (tenant_id, player_id, created_at);`);

    this.addSql(`
      create table vip_adjustment (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        player_id uuid not null references player (id),
        idempotency_key text not null,
        request_hash text not null,
        points bigint not null check (points <> 0),
        reason text not null check (length(reason) between 1 and 500),
        transaction_id uuid not null references ledger_transaction (id),
        created_by text not null,
        created_at timestamptz not null default now()
      );`);
    this.addSql(`create unique index vip_adjustment_key_uq on vip_adjustment (tenant_id, idempotency_key);`);

    this.addSql(`
      create table vip_check (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        player_id uuid not null references player (id),
        tier_id uuid not null references vip_tier (id),
        kind text not null check (kind in ('IDENTITY', 'AFFORDABILITY', 'SAFER_GAMBLING_REVIEW')),
        evidence text not null check (length(evidence) between 1 and 4000),
        evidence_reference text check (length(evidence_reference) <= 500),
        status text not null default 'PENDING' check (status in ('PENDING', 'APPROVED', 'REJECTED')),
        recorded_by uuid not null references staff_user (id),
        recorded_at timestamptz not null default now(),
        decided_by uuid references staff_user (id),
        decided_at timestamptz,
        decision_note text check (length(decision_note) <= 2000),
        valid_until timestamptz,
        check (decided_by is null or decided_by <> recorded_by)
      );`);
    this.addSql(`create index vip_check_player_idx on vip_check (tenant_id, player_id, kind, status);`);
    this.addSql(`create index vip_check_queue_idx on vip_check (tenant_id, recorded_at) where status = 'PENDING';`);

    this.addSql(`
      create table vip_reward (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        player_id uuid not null references player (id),
        tier_id uuid not null references vip_tier (id),
        -- The month (UTC) the reward is for: YYYY-MM.
        period text not null check (period ~ '^[0-9]{4}-[0-9]{2}$'),
        template_id uuid not null references bonus_template (id),
        status text not null check (status in ('WAITING', 'GRANTED', 'FAILED')),
        waiting_reason text,
        grant_id uuid,
        failure text,
        created_at timestamptz not null default now(),
        granted_at timestamptz
      );`);
    this.addSql(`create unique index vip_reward_period_uq on vip_reward (tenant_id, player_id, period);`);
    this.addSql(`create index vip_reward_waiting_idx on vip_reward (tenant_id, created_at) where status = 'WAITING';`);

    this.addSql(`
      create table vip_status_change (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        player_id uuid not null references player (id),
        from_tier_id uuid references vip_tier (id),
        to_tier_id uuid references vip_tier (id),
        reason text not null check (reason in ('UPGRADE', 'DOWNGRADE', 'GRACE_STARTED', 'GRACE_ENDED', 'RETAINED', 'HELD_FOR_CHECKS', 'CHECKS_APPROVED', 'STAFF')),
        detail jsonb not null default '{}',
        created_at timestamptz not null default now()
      );`);
    this.addSql(`create index vip_status_change_player_idx on vip_status_change (tenant_id, player_id, created_at);`);

    for (const table of ['vip_settings', 'vip_tier', 'vip_player', 'vip_feed_cursor', 'vip_accrual', 'vip_point_lot', 'vip_redemption', 'vip_adjustment', 'vip_check', 'vip_reward', 'vip_status_change']) {
      this.addSql(`alter table ${table} enable row level security;`);
      this.addSql(`
        create policy tenant_isolation on ${table}
          using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
          with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);
    }
  }
}
