import { Migration } from '@mikro-orm/migrations';

/**
 * Responsible gambling (modules/responsible-gambling, docs/responsible-gambling.md).
 *
 * rg_state     one row per player who has any RG setting or has launched a game: time-out,
 *              self-exclusion, session limit, reality checks, the current play session.
 *              It is the per-player lock: rg_bet_refusal and rg_deposit_refusal lock it.
 * rg_limit     deposit and loss limits per (kind, currency, period); an increase (or removal)
 *              waits in pending_amount until pending_effective_at (24 hours of cooling-off).
 * rg_activity  hourly buckets of stakes, wins and deposits per player and currency; windows of
 *              24 hours / 7 days / 30 days are the current clock hour and the 23 / 167 / 719
 *              before it.
 *
 * The hot-path functions run as the caller (SECURITY INVOKER), so row-level security applies.
 */
export class Migration20261129050000ResponsibleGambling extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table rg_state (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        player_id text not null,
        excluded_from timestamptz,
        excluded_until timestamptz,
        time_out_until timestamptz,
        session_limit_minutes integer check (session_limit_minutes > 0),
        session_limit_pending integer check (session_limit_pending > 0),
        session_limit_pending_clear boolean not null default false,
        session_limit_pending_at timestamptz,
        reality_check_minutes integer check (reality_check_minutes > 0),
        session_started_at timestamptz,
        session_last_activity_at timestamptz,
        next_reality_check_at timestamptz,
        session_limit_notified boolean not null default false,
        has_loss_limit boolean not null default false,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        check (excluded_until is null or excluded_from is not null)
      );`);
    this.addSql(`create unique index rg_state_player_uq on rg_state (tenant_id, player_id);`);
    this.addSql(`create index rg_state_reality_check_idx on rg_state (tenant_id, next_reality_check_at) where next_reality_check_at is not null;`);

    this.addSql(`
      create table rg_limit (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        player_id text not null,
        kind text not null check (kind in ('DEPOSIT', 'LOSS')),
        currency char(3) not null,
        period text not null check (period in ('DAY', 'WEEK', 'MONTH')),
        amount bigint check (amount >= 0),
        pending_amount bigint check (pending_amount >= 0),
        pending_effective_at timestamptz,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );`);
    this.addSql(`create unique index rg_limit_uq on rg_limit (tenant_id, player_id, kind, currency, period);`);

    this.addSql(`
      create table rg_activity (
        tenant_id uuid not null references tenant (id),
        player_id text not null,
        currency char(3) not null,
        hour timestamptz not null,
        staked bigint not null default 0,
        won bigint not null default 0,
        deposited bigint not null default 0,
        primary key (tenant_id, player_id, currency, hour)
      );`);

    for (const table of ['rg_state', 'rg_limit', 'rg_activity']) {
      this.addSql(`alter table ${table} enable row level security;`);
      this.addSql(`
        create policy tenant_isolation on ${table}
          using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
          with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);
    }

    // A play session ends after this long without a game launch or a bet.
    this.addSql(`create function rg_session_gap() returns interval language sql immutable as $$ select interval '30 minutes' $$;`);

    // The hours a period's window reaches back (the current hour included).
    this.addSql(`
      create function rg_period_hours(p_period text) returns integer language sql immutable as $$
        select case p_period when 'DAY' then 24 when 'WEEK' then 168 when 'MONTH' then 720 end
      $$;`);

    // The limit in force now: a pending increase applies once its cooling-off has passed.
    this.addSql(`
      create function rg_limit_in_force(l rg_limit) returns bigint language sql stable as $$
        select case when l.pending_effective_at is not null and l.pending_effective_at <= now()
          then l.pending_amount else l.amount end
      $$;`);

    // The session limit in force now (minutes), with the same cooling-off rule.
    this.addSql(`
      create function rg_session_limit_in_force(s rg_state) returns integer language sql stable as $$
        select case when s.session_limit_pending_at is not null and s.session_limit_pending_at <= now()
          then (case when s.session_limit_pending_clear then null else s.session_limit_pending end)
          else s.session_limit_minutes end
      $$;`);

    // When the session's next notice is due: the next reality check (every reality_check_minutes
    // from the session's start) or the end of the session limit, whichever comes first.
    this.addSql(`
      create function rg_next_notice(s rg_state) returns timestamptz language sql stable as $$
        select case when s.session_started_at is not null then least(
          case when s.reality_check_minutes is not null then
            s.session_started_at + make_interval(mins => s.reality_check_minutes
              * (floor(extract(epoch from now() - s.session_started_at) / 60 / s.reality_check_minutes)::integer + 1))
          end,
          case when rg_session_limit_in_force(s) is not null and not s.session_limit_notified then
            s.session_started_at + make_interval(mins => rg_session_limit_in_force(s))
          end)
        end
      $$;`);

    // Why a player may not play now (locked state row given), or null.
    this.addSql(`
      create function rg_play_refusal(s rg_state) returns text language sql stable as $$
        select case
          when s.excluded_until is not null and s.excluded_until > now() then 'SELF_EXCLUDED'
          when s.time_out_until is not null and s.time_out_until > now() then 'TIME_OUT'
          when rg_session_limit_in_force(s) is not null and s.session_started_at is not null
            and s.session_last_activity_at > now() - rg_session_gap()
            and s.session_started_at + make_interval(mins => rg_session_limit_in_force(s)) <= now() then 'SESSION_LIMIT_REACHED'
        end
      $$;`);

    // Whether a bet of p_amount may proceed: null, or the reason it may not. Locks the player's
    // state row until the caller's transaction ends, so a player's bets are checked one at a
    // time against buckets that include every committed earlier bet.
    this.addSql(`
      create function rg_bet_refusal(p_tenant uuid, p_player text, p_currency text, p_amount bigint)
      returns text language plpgsql security invoker as $$
      declare
        v_state rg_state;
        v_refusal text;
        v_hour timestamptz := date_trunc('hour', now());
      begin
        select * into v_state from rg_state where tenant_id = p_tenant and player_id = p_player for update;
        if not found then
          return null;
        end if;
        v_refusal := rg_play_refusal(v_state);
        if v_refusal is not null or not v_state.has_loss_limit or p_amount <= 0 then
          return v_refusal;
        end if;
        if exists (
          select 1
          from rg_limit l,
            lateral (
              select coalesce(sum(a.staked - a.won) filter (where a.hour > v_hour - interval '24 hours'), 0) as day,
                     coalesce(sum(a.staked - a.won) filter (where a.hour > v_hour - interval '168 hours'), 0) as week,
                     coalesce(sum(a.staked - a.won), 0) as month
              from rg_activity a
              where a.tenant_id = p_tenant and a.player_id = p_player and a.currency = p_currency
                and a.hour > v_hour - interval '720 hours'
            ) n
          where l.tenant_id = p_tenant and l.player_id = p_player and l.kind = 'LOSS' and l.currency = p_currency
            and rg_limit_in_force(l) is not null
            and (case l.period when 'DAY' then n.day when 'WEEK' then n.week else n.month end) + p_amount > rg_limit_in_force(l)
        ) then
          return 'LOSS_LIMIT_REACHED';
        end if;
        return null;
      end $$;`);

    // Counts a bet (p_staked > 0), a win (p_won > 0) or a rollback (negative values) in the
    // current hour's bucket, and keeps the play session alive (at most one write a minute).
    // The keep-alive skips a state row another transaction holds (that one refreshes it), so a
    // win posted without rg_bet_refusal never waits on, or deadlocks with, a bet's RG lock.
    this.addSql(`
      create function rg_record_play(p_tenant uuid, p_player text, p_currency text, p_staked bigint, p_won bigint)
      returns void language sql security invoker as $$
        insert into rg_activity as a (tenant_id, player_id, currency, hour, staked, won)
        values (p_tenant, p_player, p_currency, date_trunc('hour', now()), p_staked, p_won)
        on conflict (tenant_id, player_id, currency, hour)
        do update set staked = a.staked + excluded.staked, won = a.won + excluded.won;
        update rg_state set session_last_activity_at = now()
        where id = (
          select id from rg_state
          where tenant_id = p_tenant and player_id = p_player
            and session_started_at is not null
            and session_last_activity_at > now() - rg_session_gap()
            and session_last_activity_at < now() - interval '1 minute'
          for update skip locked);
      $$;`);

    // Whether a deposit of p_amount may proceed: null, or 'SELF_EXCLUDED', 'TIME_OUT' or
    // 'DEPOSIT_LIMIT_REACHED'. Locks the player's state row like rg_bet_refusal.
    this.addSql(`
      create function rg_deposit_refusal(p_tenant uuid, p_player text, p_currency text, p_amount bigint)
      returns text language plpgsql security invoker as $$
      declare
        v_state rg_state;
        v_hour timestamptz := date_trunc('hour', now());
      begin
        select * into v_state from rg_state where tenant_id = p_tenant and player_id = p_player for update;
        if not found then
          return null;
        end if;
        if v_state.excluded_until is not null and v_state.excluded_until > now() then
          return 'SELF_EXCLUDED';
        end if;
        if v_state.time_out_until is not null and v_state.time_out_until > now() then
          return 'TIME_OUT';
        end if;
        if exists (
          select 1
          from rg_limit l,
            lateral (
              select coalesce(sum(a.deposited) filter (where a.hour > v_hour - interval '24 hours'), 0) as day,
                     coalesce(sum(a.deposited) filter (where a.hour > v_hour - interval '168 hours'), 0) as week,
                     coalesce(sum(a.deposited), 0) as month
              from rg_activity a
              where a.tenant_id = p_tenant and a.player_id = p_player and a.currency = p_currency
                and a.hour > v_hour - interval '720 hours'
            ) n
          where l.tenant_id = p_tenant and l.player_id = p_player and l.kind = 'DEPOSIT' and l.currency = p_currency
            and rg_limit_in_force(l) is not null
            and (case l.period when 'DAY' then n.day when 'WEEK' then n.week else n.month end) + p_amount > rg_limit_in_force(l)
        ) then
          return 'DEPOSIT_LIMIT_REACHED';
        end if;
        return null;
      end $$;`);

    // Counts a deposit (negative: undoes one) in the current hour's bucket.
    this.addSql(`
      create function rg_record_deposit(p_tenant uuid, p_player text, p_currency text, p_amount bigint)
      returns void language sql security invoker as $$
        insert into rg_activity as a (tenant_id, player_id, currency, hour, deposited)
        values (p_tenant, p_player, p_currency, date_trunc('hour', now()), p_amount)
        on conflict (tenant_id, player_id, currency, hour)
        do update set deposited = a.deposited + excluded.deposited;
      $$;`);
  }
}
