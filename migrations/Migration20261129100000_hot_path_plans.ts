import { Migration } from '@mikro-orm/migrations';

/**
 * Plans of the posting and callback paths, found by reading pg_stat_statements under
 * `npm run bench:seamless`:
 *
 * - A plan made while seamless_transaction was small looked transactions up through the round
 *   index (its (tenant_id, provider_id) prefix ties with the primary key's when the table has
 *   no rows) and then filtered every transaction of the provider: each callback's lookup grew
 *   with the table. The round index now leads with round_id, so only the primary key serves
 *   a lookup by transaction id.
 * - A LANGUAGE sql function that cannot be inlined is parsed and planned on every call;
 *   rg_record_play and seamless_balance, called once per callback, are plpgsql now (plans
 *   cached per session). ledger_change_payload and ledger_failure were IMMUTABLE around a
 *   STABLE jsonb_build_object, which kept them from being inlined; they are STABLE.
 * - The house stripe was pg_backend_pid() mod stripes: two posting sessions whose pids agree
 *   mod the stripe count queued on one house row (one run in sixteen, per pair of sessions).
 *   A posting transaction now claims a stripe no other open transaction holds (a transaction
 *   advisory lock per stripe, tried from its pid's stripe on), and keeps it to its end.
 */
export class Migration20261129100000HotPathPlans extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop index seamless_transaction_round_idx;`);
    this.addSql(`create index seamless_transaction_round_idx on seamless_transaction (round_id, tenant_id, provider_id);`);

    this.addSql(`alter function ledger_change_payload(uuid, text, text, text, text, bigint, bigint, boolean, jsonb) stable;`);
    this.addSql(`alter function ledger_failure(text, jsonb) stable;`);

    // ledger_resolve as before but for the house stripe (ledger_house_stripe).
    this.addSql(`
      create function ledger_house_stripe(p_tenant uuid, p_currency text, p_stripes integer) returns integer language plpgsql as $$
      declare
        v_space integer := hashtext('ledger_house_stripe:' || p_tenant || ':' || p_currency);
        v_first integer := pg_backend_pid() % p_stripes;
      begin
        -- Tried in the same order by every call of this session, so a transaction that calls
        -- this again finds the stripe it already holds first.
        for i in 0..p_stripes - 1 loop
          if pg_try_advisory_xact_lock(v_space, (v_first + i) % p_stripes) then
            return (v_first + i) % p_stripes;
          end if;
        end loop;
        -- Every stripe is taken: share one (the house row's lock orders the postings).
        return v_first;
      end $$;`);
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
                  case when v_owner_type in ('PLAYER', 'ESCROW') then 'NON_NEGATIVE' else 'UNBOUNDED' end)
          on conflict (tenant_id, owner_type, owner_id, currency, kind, stripe) do nothing;
        end loop;
        raise exception 'ledger_resolve: account % % % % not found after insert', v_owner_type, v_owner_id, v_currency, v_kind;
      end $$;`);

    this.addSql(`
      create or replace function rg_record_play(p_tenant uuid, p_player text, p_currency text, p_staked bigint, p_won bigint)
      returns void language plpgsql security invoker as $$
      begin
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
      end $$;`);

    this.addSql(`
      create or replace function seamless_balance(p_tenant uuid, p_player text, p_currency text) returns jsonb language plpgsql stable as $$
      begin
        return (
          select jsonb_build_object(
            'cash', coalesce(sum(balance - held) filter (where kind = 'CASH'), 0)::text,
            'bonus', coalesce(sum(balance - held) filter (where kind = 'BONUS'), 0)::text)
          from ledger_account
          where tenant_id = p_tenant and owner_type = 'PLAYER' and owner_id = p_player and currency = p_currency and stripe = 0);
      end $$;`);
  }
}
