import { Migration } from '@mikro-orm/migrations';

/**
 * One definition of what counts against a responsible-gambling limit: rg_limit_used, the sum
 * over the limit's rolling window of losses (staked − won) or deposits. The bet and deposit
 * refusals and the player's limits view each summed the hourly buckets themselves.
 */
export class Migration20261129120000RgLimitUsed extends Migration {
  override async up(): Promise<void> {
    // Both in plpgsql, so their plans are cached per session (a LANGUAGE sql function with a
    // FROM clause is planned on every call).
    this.addSql(`
      create function rg_limit_used(l rg_limit) returns bigint language plpgsql stable as $$
      begin
        return (
          select coalesce(sum(case when l.kind = 'DEPOSIT' then a.deposited else a.staked - a.won end), 0)::bigint
          from rg_activity a
          where a.tenant_id = l.tenant_id and a.player_id = l.player_id and a.currency = l.currency
            and a.hour > date_trunc('hour', now()) - make_interval(hours => rg_period_hours(l.period)));
      end $$;`);

    // Whether p_amount more would cross one of the player's limits of p_kind in force.
    this.addSql(`
      create function rg_limit_crossed(p_tenant uuid, p_player text, p_currency text, p_kind text, p_amount bigint)
      returns boolean language plpgsql stable as $$
      begin
        return exists (
          select 1 from rg_limit l
          where l.tenant_id = p_tenant and l.player_id = p_player and l.kind = p_kind and l.currency = p_currency
            and rg_limit_in_force(l) is not null
            and rg_limit_used(l) + p_amount > rg_limit_in_force(l));
      end $$;`);

    this.addSql(`
      create or replace function rg_bet_refusal(p_tenant uuid, p_player text, p_currency text, p_amount bigint)
      returns text language plpgsql security invoker as $$
      declare
        v_state rg_state;
        v_refusal text;
      begin
        select * into v_state from rg_state where tenant_id = p_tenant and player_id = p_player for update;
        if not found then
          return null;
        end if;
        v_refusal := rg_play_refusal(v_state);
        if v_refusal is not null or not v_state.has_loss_limit or p_amount <= 0 then
          return v_refusal;
        end if;
        if rg_limit_crossed(p_tenant, p_player, p_currency, 'LOSS', p_amount) then
          return 'LOSS_LIMIT_REACHED';
        end if;
        return null;
      end $$;`);

    this.addSql(`
      create or replace function rg_deposit_refusal(p_tenant uuid, p_player text, p_currency text, p_amount bigint)
      returns text language plpgsql security invoker as $$
      declare
        v_state rg_state;
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
        if rg_limit_crossed(p_tenant, p_player, p_currency, 'DEPOSIT', p_amount) then
          return 'DEPOSIT_LIMIT_REACHED';
        end if;
        return null;
      end $$;`);
  }
}
