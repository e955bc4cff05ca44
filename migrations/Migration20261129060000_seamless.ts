import { Migration } from '@mikro-orm/migrations';

/**
 * The seamless wallet for game aggregators (modules/seamless): providers, game sessions,
 * rounds and callback transactions, and the SQL that answers a batch of callbacks in one
 * statement. Money moves only through the ledger's SQL API (ledger_resolve, ledger_post_batch).
 *
 * Lock order (the ledger's, extended): every account a batch may touch, in id order, first;
 * then rg_state rows (rg_bet_refusal), rounds and transaction ids as items come.
 */
export class Migration20261129060000Seamless extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table seamless_provider (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        code text not null check (code ~ '^[a-z0-9][a-z0-9_-]{1,39}$'),
        dialect text not null,
        auth text not null check (auth in ('HMAC_SHA256', 'RSA_SHA256')),
        hmac_secret text, -- sealed with SECRETS_ENCRYPTION_KEY, base64 (src/auth/sealed.ts)
        public_key text,
        currencies text[] not null,
        enabled boolean not null default true,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        check ((auth = 'HMAC_SHA256' and hmac_secret is not null) or (auth = 'RSA_SHA256' and public_key is not null))
      );`);
    this.addSql(`create unique index seamless_provider_code_uq on seamless_provider (tenant_id, code);`);

    this.addSql(`
      create table seamless_session (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        token_hash text not null,
        player_id text not null,
        game_id text not null,
        currency char(3) not null,
        expires_at timestamptz not null,
        created_at timestamptz not null default now()
      );`);
    this.addSql(`create unique index seamless_session_token_uq on seamless_session (tenant_id, token_hash);`);
    this.addSql(`create index seamless_session_player_idx on seamless_session (tenant_id, player_id, created_at);`);

    this.addSql(`
      create table seamless_round (
        tenant_id uuid not null references tenant (id),
        provider_id uuid not null references seamless_provider (id),
        round_id text not null,
        player_id text not null,
        currency char(3) not null,
        game_id text not null,
        status text not null check (status in ('OPEN', 'CLOSED')),
        cash_staked bigint not null default 0,
        bonus_staked bigint not null default 0,
        won bigint not null default 0,
        has_win boolean not null default false,
        created_at timestamptz not null default now(),
        closed_at timestamptz,
        primary key (tenant_id, provider_id, round_id)
      );`);

    this.addSql(`
      create table seamless_transaction (
        tenant_id uuid not null references tenant (id),
        provider_id uuid not null references seamless_provider (id),
        transaction_id text not null,
        kind text not null check (kind in ('BET', 'WIN', 'ROLLBACK', 'TOMBSTONE', 'REFUSED')),
        player_id text not null,
        round_id text,
        currency char(3),
        amount bigint not null default 0,
        cash_amount bigint not null default 0,
        bonus_amount bigint not null default 0,
        reference_id text,
        request_hash text,
        response jsonb,
        ledger_transaction_id uuid references ledger_transaction (id),
        rolled_back_by text,
        created_at timestamptz not null default now(),
        primary key (tenant_id, provider_id, transaction_id)
      );`);
    this.addSql(`create index seamless_transaction_round_idx on seamless_transaction (tenant_id, provider_id, round_id);`);

    for (const table of ['seamless_provider', 'seamless_session', 'seamless_round', 'seamless_transaction']) {
      this.addSql(`alter table ${table} enable row level security;`);
      this.addSql(`
        create policy tenant_isolation on ${table}
          using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
          with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);
    }

    // A provider's configuration, for the callback path (sets the tenant itself, like the ledger's batch).
    this.addSql(`
      create function seamless_provider_of(p_tenant uuid, p_code text) returns setof seamless_provider language plpgsql as $$
      begin
        perform set_config('app.tenant_id', p_tenant::text, true);
        return query select * from seamless_provider where tenant_id = p_tenant and code = p_code;
      end $$;`);

    // A player's spendable money in one currency: {cash, bonus} as strings (balance - held).
    this.addSql(`
      create function seamless_balance(p_tenant uuid, p_player text, p_currency text) returns jsonb language sql stable as $$
        select jsonb_build_object(
          'cash', coalesce(sum(balance - held) filter (where kind = 'CASH'), 0)::text,
          'bonus', coalesce(sum(balance - held) filter (where kind = 'BONUS'), 0)::text)
        from ledger_account
        where tenant_id = p_tenant and owner_type = 'PLAYER' and owner_id = p_player and currency = p_currency and stripe = 0
      $$;`);

    this.addSql(`
      create function seamless_error(p_code text, p_tenant uuid, p_player text, p_currency text, p_detail jsonb default null)
      returns jsonb language sql stable as $$
        select jsonb_strip_nulls(jsonb_build_object('error', p_code, 'detail', p_detail, 'currency', p_currency,
          'balance', case when p_player is not null and p_currency is not null then seamless_balance(p_tenant, p_player, p_currency) end))
      $$;`);

    // A bet refused for the player's money or limits: its answer is kept under its transaction
    // id, so a retry gets the same answer (no money moved; a rollback of it undoes nothing).
    this.addSql(`
      create function seamless_refused_bet(p_tenant uuid, p_provider uuid, p_cmd jsonb, p_answer jsonb) returns jsonb language sql as $$
        insert into seamless_transaction (tenant_id, provider_id, transaction_id, kind, player_id, round_id, currency, amount, request_hash, response)
        values (p_tenant, p_provider, p_cmd->>'tx', 'REFUSED', p_cmd->>'player', p_cmd->>'round', p_cmd->>'currency',
                coalesce((p_cmd->>'amount')::bigint, 0), p_cmd->>'hash', p_answer);
        select p_answer;
      $$;`);

    // One callback (command: {op, player, token, currency, game, tx, round, amount, ref, closeRound,
    // hash, ledgerTx}), in the caller's transaction, its accounts already locked. Answers
    // {ok: true, balance, currency[, replay]} or {error, balance?, currency?, detail?}.
    // A success writes the transaction row with its answer; so does a bet refused for money or
    // limits (REFUSED); any other refusal writes nothing.
    this.addSql(`
      create function seamless_callback(p_tenant uuid, p_provider uuid, p_currencies text[], p_accounts jsonb, p_cmd jsonb)
      returns jsonb language plpgsql as $$
      declare
        v_op text := p_cmd->>'op';
        v_player text := p_cmd->>'player';
        v_currency text := p_cmd->>'currency';
        v_tx text := p_cmd->>'tx';
        v_round_id text := p_cmd->>'round';
        v_amount bigint := coalesce((p_cmd->>'amount')::bigint, 0);
        v_key text;
        v_session seamless_session;
        v_existing seamless_transaction;
        v_ref seamless_transaction;
        v_round seamless_round;
        v_cash_id uuid; v_bonus_id uuid; v_house_id uuid;
        v_cash_avail bigint; v_bonus_avail bigint;
        v_cash_part bigint := 0; v_bonus_part bigint := 0;
        v_legs jsonb;
        v_posted jsonb;
        v_ledger_tx uuid;
        v_refusal text;
        v_answer jsonb;
        v_kind text;
      begin
        -- The session: known, of this player; bets and balance also need it unexpired.
        select * into v_session from seamless_session where tenant_id = p_tenant and token_hash = p_cmd->>'token';
        if not found or v_session.player_id <> v_player then
          return seamless_error('INVALID_TOKEN', p_tenant, null, null);
        end if;
        if v_currency is null or v_currency <> v_session.currency or not (v_currency = any (p_currencies)) then
          return seamless_error('WRONG_CURRENCY', p_tenant, v_player, v_session.currency);
        end if;
        if v_op = 'balance' then
          if v_session.expires_at <= now() then
            return seamless_error('TOKEN_EXPIRED', p_tenant, v_player, v_currency);
          end if;
          return jsonb_build_object('ok', true, 'balance', seamless_balance(p_tenant, v_player, v_currency), 'currency', v_currency);
        end if;

        -- Idempotency on the transaction id: a replay answers as the first time; other content
        -- under the same id is a duplicate; a tombstone refuses the bet it stands for.
        select * into v_existing from seamless_transaction
        where tenant_id = p_tenant and provider_id = p_provider and transaction_id = v_tx;
        if found then
          if v_existing.kind = 'TOMBSTONE' then
            return seamless_error(case when v_op = 'rollback' then 'DUPLICATE_TRANSACTION' else 'TRANSACTION_ROLLED_BACK' end,
              p_tenant, v_player, v_currency);
          elsif v_existing.request_hash = p_cmd->>'hash' then
            return v_existing.response || jsonb_build_object('replay', true);
          end if;
          return seamless_error('DUPLICATE_TRANSACTION', p_tenant, v_player, v_currency);
        end if;
        -- A new bet needs a live session (a replay, above, does not).
        if v_op = 'bet' and v_session.expires_at <= now() then
          return seamless_error('TOKEN_EXPIRED', p_tenant, v_player, v_currency);
        end if;

        v_key := 'seamless:' || p_provider || ':' || v_tx;
        -- The accounts, opened and locked by seamless_callbacks.
        v_cash_id := (p_accounts->(v_player || '|' || v_currency)->>'cash')::uuid;
        v_bonus_id := (p_accounts->(v_player || '|' || v_currency)->>'bonus')::uuid;
        v_house_id := (p_accounts->(v_player || '|' || v_currency)->>'house')::uuid;
        if v_cash_id is null then
          raise exception 'seamless_callback: accounts of % % not resolved', v_player, v_currency;
        end if;

        if v_op = 'bet' then
          select * into v_round from seamless_round where tenant_id = p_tenant and provider_id = p_provider and round_id = v_round_id for update;
          if found and (v_round.player_id <> v_player or v_round.currency <> v_currency) then
            return seamless_error('DUPLICATE_TRANSACTION', p_tenant, v_player, v_currency, jsonb_build_object('round', 'belongs to another player or currency'));
          end if;
          if found and v_round.status = 'CLOSED' then
            return seamless_error('ROUND_CLOSED', p_tenant, v_player, v_currency);
          end if;
          v_refusal := rg_bet_refusal(p_tenant, v_player, v_currency, v_amount);
          if v_refusal is not null then
            return seamless_refused_bet(p_tenant, p_provider, p_cmd,
              seamless_error('LIMIT_REACHED', p_tenant, v_player, v_currency, jsonb_build_object('reason', v_refusal)));
          end if;
          -- Cash first, then bonus.
          select balance - held into v_cash_avail from ledger_account where id = v_cash_id;
          select balance - held into v_bonus_avail from ledger_account where id = v_bonus_id;
          v_cash_part := least(v_amount, greatest(v_cash_avail, 0));
          v_bonus_part := v_amount - v_cash_part;
          if v_bonus_part > v_bonus_avail then
            return seamless_refused_bet(p_tenant, p_provider, p_cmd, seamless_error('INSUFFICIENT_FUNDS', p_tenant, v_player, v_currency));
          end if;
          v_legs := '[]'::jsonb;
          if v_cash_part > 0 then v_legs := v_legs || jsonb_build_object('accountId', v_cash_id, 'amount', -v_cash_part); end if;
          if v_bonus_part > 0 then v_legs := v_legs || jsonb_build_object('accountId', v_bonus_id, 'amount', -v_bonus_part); end if;
          if v_amount > 0 then v_legs := v_legs || jsonb_build_object('accountId', v_house_id, 'amount', v_amount); end if;
          v_kind := 'BET';
        elsif v_op = 'win' then
          select * into v_round from seamless_round where tenant_id = p_tenant and provider_id = p_provider and round_id = v_round_id for update;
          if not found then
            return seamless_error('TRANSACTION_NOT_FOUND', p_tenant, v_player, v_currency, jsonb_build_object('round', v_round_id));
          end if;
          if v_round.player_id <> v_player or v_round.currency <> v_currency then
            return seamless_error('DUPLICATE_TRANSACTION', p_tenant, v_player, v_currency, jsonb_build_object('round', 'belongs to another player or currency'));
          end if;
          if v_round.status = 'CLOSED' then
            return seamless_error('ROUND_CLOSED', p_tenant, v_player, v_currency);
          end if;
          if p_cmd->>'ref' is not null then
            select * into v_ref from seamless_transaction where tenant_id = p_tenant and provider_id = p_provider and transaction_id = p_cmd->>'ref';
            if not found or v_ref.kind <> 'BET' or v_ref.round_id is distinct from v_round_id then
              return seamless_error('TRANSACTION_NOT_FOUND', p_tenant, v_player, v_currency, jsonb_build_object('reference', p_cmd->>'ref'));
            end if;
          end if;
          -- Back in proportion to the round's stakes: the bonus share floored, cash the rest.
          if v_round.cash_staked + v_round.bonus_staked > 0 then
            v_bonus_part := floor(v_amount::numeric * v_round.bonus_staked / (v_round.cash_staked + v_round.bonus_staked))::bigint;
          end if;
          v_cash_part := v_amount - v_bonus_part;
          v_legs := '[]'::jsonb;
          if v_amount > 0 then v_legs := v_legs || jsonb_build_object('accountId', v_house_id, 'amount', -v_amount); end if;
          if v_cash_part > 0 then v_legs := v_legs || jsonb_build_object('accountId', v_cash_id, 'amount', v_cash_part); end if;
          if v_bonus_part > 0 then v_legs := v_legs || jsonb_build_object('accountId', v_bonus_id, 'amount', v_bonus_part); end if;
          v_kind := 'WIN';
        elsif v_op = 'rollback' then
          if p_cmd->>'ref' = v_tx then
            return seamless_error('TRANSACTION_NOT_FOUND', p_tenant, v_player, v_currency, jsonb_build_object('reference', v_tx));
          end if;
          select * into v_ref from seamless_transaction
          where tenant_id = p_tenant and provider_id = p_provider and transaction_id = p_cmd->>'ref' for update;
          if not found then
            -- Unknown: a tombstone, so that the bet, should it come later, is refused.
            insert into seamless_transaction (tenant_id, provider_id, transaction_id, kind, player_id, round_id, currency, reference_id)
            values (p_tenant, p_provider, p_cmd->>'ref', 'TOMBSTONE', v_player, v_round_id, v_currency, v_tx);
            v_legs := '[]'::jsonb;
          elsif v_ref.player_id <> v_player then
            return seamless_error('TRANSACTION_NOT_FOUND', p_tenant, v_player, v_currency, jsonb_build_object('reference', p_cmd->>'ref'));
          elsif v_ref.kind in ('TOMBSTONE', 'REFUSED') or v_ref.rolled_back_by is not null then
            v_legs := '[]'::jsonb;  -- refused, or already rolled back: nothing to undo
          elsif v_ref.kind = 'ROLLBACK' then
            -- A rollback is not something to roll back.
            return seamless_error('TRANSACTION_NOT_FOUND', p_tenant, v_player, v_currency, jsonb_build_object('reference', p_cmd->>'ref'));
          elsif v_ref.kind <> 'BET' then
            return seamless_error('ROLLBACK_AFTER_WIN', p_tenant, v_player, v_currency, jsonb_build_object('reference', p_cmd->>'ref'));
          else
            select * into v_round from seamless_round where tenant_id = p_tenant and provider_id = p_provider and round_id = v_ref.round_id for update;
            if v_round.has_win then
              return seamless_error('ROLLBACK_AFTER_WIN', p_tenant, v_player, v_currency, jsonb_build_object('reference', p_cmd->>'ref'));
            end if;
            v_cash_part := v_ref.cash_amount;
            v_bonus_part := v_ref.bonus_amount;
            v_amount := v_ref.amount;
            v_round_id := v_ref.round_id;
            v_legs := '[]'::jsonb;
            if v_amount > 0 then v_legs := v_legs || jsonb_build_object('accountId', v_house_id, 'amount', -v_amount); end if;
            if v_cash_part > 0 then v_legs := v_legs || jsonb_build_object('accountId', v_cash_id, 'amount', v_cash_part); end if;
            if v_bonus_part > 0 then v_legs := v_legs || jsonb_build_object('accountId', v_bonus_id, 'amount', v_bonus_part); end if;
          end if;
          v_kind := 'ROLLBACK';
        else
          raise exception 'seamless_callback: unknown op %', v_op;
        end if;

        -- The money, through the ledger: all legs or none.
        if jsonb_array_length(v_legs) > 0 then
          v_posted := ledger_post_batch(p_tenant, jsonb_build_array(jsonb_build_object('legs', v_legs, 'meta', jsonb_build_object(
            'code', case v_kind when 'BET' then 'BET' when 'WIN' then 'WIN' else 'BET_ROLLBACK' end,
            'reference', v_round_id,
            'metadata', jsonb_build_object('provider', p_provider, 'transaction', v_tx, 'game', p_cmd->>'game'),
            'idempotencyKey', v_key,
            'reversesId', case when v_kind = 'ROLLBACK' then v_ref.ledger_transaction_id end,
            'createdBy', 'PROVIDER:' || p_provider,
            'transactionId', p_cmd->>'ledgerTx'))))->0;
          if v_posted ? 'error' then
            v_answer := seamless_error(case v_posted->'error'->>'code' when 'ACCOUNT_FROZEN' then 'ACCOUNT_FROZEN' else 'INSUFFICIENT_FUNDS' end,
              p_tenant, v_player, v_currency);
            return case when v_kind = 'BET' then seamless_refused_bet(p_tenant, p_provider, p_cmd, v_answer) else v_answer end;
          end if;
          v_ledger_tx := (v_posted->'posting'->>'id')::uuid;
        end if;

        -- The round and responsible gambling.
        if v_kind = 'BET' then
          insert into seamless_round as r (tenant_id, provider_id, round_id, player_id, currency, game_id, status, cash_staked, bonus_staked)
          values (p_tenant, p_provider, v_round_id, v_player, v_currency, coalesce(p_cmd->>'game', ''), 'OPEN', v_cash_part, v_bonus_part)
          on conflict (tenant_id, provider_id, round_id)
          do update set cash_staked = r.cash_staked + excluded.cash_staked, bonus_staked = r.bonus_staked + excluded.bonus_staked;
          if v_amount > 0 then perform rg_record_play(p_tenant, v_player, v_currency, v_amount, 0); end if;
        elsif v_kind = 'WIN' then
          update seamless_round set won = won + v_amount, has_win = true,
            status = case when coalesce((p_cmd->>'closeRound')::boolean, true) then 'CLOSED' else status end,
            closed_at = case when coalesce((p_cmd->>'closeRound')::boolean, true) then now() end
          where tenant_id = p_tenant and provider_id = p_provider and round_id = v_round_id;
          if v_amount > 0 then perform rg_record_play(p_tenant, v_player, v_currency, 0, v_amount); end if;
        elsif v_ledger_tx is not null then
          update seamless_round set cash_staked = cash_staked - v_cash_part, bonus_staked = bonus_staked - v_bonus_part
          where tenant_id = p_tenant and provider_id = p_provider and round_id = v_round_id;
          update seamless_transaction set rolled_back_by = v_tx
          where tenant_id = p_tenant and provider_id = p_provider and transaction_id = v_ref.transaction_id;
          perform rg_record_play(p_tenant, v_player, v_currency, -v_amount, 0);
        end if;

        v_answer := jsonb_build_object('ok', true, 'balance', seamless_balance(p_tenant, v_player, v_currency), 'currency', v_currency);
        insert into seamless_transaction (tenant_id, provider_id, transaction_id, kind, player_id, round_id, currency, amount,
          cash_amount, bonus_amount, reference_id, request_hash, response, ledger_transaction_id)
        values (p_tenant, p_provider, v_tx, v_kind, v_player, v_round_id, v_currency, v_amount,
          v_cash_part, v_bonus_part, p_cmd->>'ref', p_cmd->>'hash', v_answer, v_ledger_tx);
        return v_answer;
      end $$;`);

    // A batch of callbacks of one provider, as one transaction: the tenant is set, every
    // account the batch may touch is opened and locked in id order, then each callback runs in
    // arrival order. An unexpected error fails the whole batch (the caller retries one by one).
    this.addSql(`
      create function seamless_callbacks(p_tenant uuid, p_provider uuid, p_stripes integer, p_currencies text[], p_items jsonb)
      returns jsonb language plpgsql as $$
      declare
        v_answers jsonb[] := '{}';
        v_ids uuid[] := '{}';
        v_accounts jsonb := '{}';
        v_item record;
        v_cash jsonb;
        v_house jsonb;
        v_bonus jsonb;
      begin
        perform set_config('app.tenant_id', p_tenant::text, true);
        -- Open the accounts of money-moving callbacks whose session is real (a forged player id
        -- opens nothing), then lock them all at once, in id order.
        for v_item in
          select distinct c->>'player' as player, c->>'currency' as currency
          from jsonb_array_elements(p_items) c
          join seamless_session s on s.tenant_id = p_tenant and s.token_hash = c->>'token'
            and s.player_id = c->>'player' and s.currency = c->>'currency'
          where c->>'op' in ('bet', 'win', 'rollback') and c->>'currency' = any (p_currencies)
            -- Bounded by token first (an index probe per token), whatever the table's size.
            and s.token_hash = any (array(select i->>'token' from jsonb_array_elements(p_items) i))
          order by 1, 2
        loop
          v_cash := ledger_resolve(p_tenant, jsonb_build_object('ownerType', 'PLAYER', 'ownerId', v_item.player, 'currency', v_item.currency, 'kind', 'CASH'), null, p_stripes, p_currencies);
          v_bonus := ledger_resolve(p_tenant, jsonb_build_object('ownerType', 'PLAYER', 'ownerId', v_item.player, 'currency', v_item.currency, 'kind', 'BONUS'), null, p_stripes, p_currencies);
          v_house := ledger_resolve(p_tenant, jsonb_build_object('ownerType', 'HOUSE', 'currency', v_item.currency),
            jsonb_populate_record(null::ledger_account, v_cash->'account'), p_stripes, p_currencies);
          v_ids := v_ids || array[(v_cash->'account'->>'id')::uuid, (v_bonus->'account'->>'id')::uuid, (v_house->'account'->>'id')::uuid];
          v_accounts := v_accounts || jsonb_build_object(v_item.player || '|' || v_item.currency, jsonb_build_object(
            'cash', v_cash->'account'->>'id', 'bonus', v_bonus->'account'->>'id', 'house', v_house->'account'->>'id'));
        end loop;
        perform 1 from ledger_account where id = any (v_ids) order by id for update;
        for v_item in select c from jsonb_array_elements(p_items) c loop
          v_answers := v_answers || seamless_callback(p_tenant, p_provider, p_currencies, v_accounts, v_item.c);
        end loop;
        return to_jsonb(v_answers);
      end $$;`);
  }
}
