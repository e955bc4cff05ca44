import { Migration } from '@mikro-orm/migrations';

/**
 * A batch of seamless callbacks posts its money with one ledger_post_batch call per group of
 * independent callbacks, instead of one call per callback (each call is five statements:
 * lock, update, and three inserts).
 *
 * seamless_callback is split in two: seamless_decide (reads, checks, and the legs to post, or
 * the final answer) and seamless_complete (what follows the posting: round, responsible
 * gambling, the transaction row and the answer). seamless_callbacks decides callbacks in
 * arrival order, gathers those that share no player, round or transaction id, posts them
 * together and completes them; a callback touching anything of the gathered group posts the
 * group first. So each callback is decided against the state every earlier callback left,
 * as before; the answers and the rows written are the same.
 *
 * The batch's player accounts that exist are found by one query (ledger_resolve opens the
 * others), and its house stripe is resolved once per currency, not once per player.
 */
export class Migration20261129110000SeamlessBatchPosting extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop function seamless_callback(uuid, uuid, text[], jsonb, jsonb);`);

    // One callback up to its money: {answer} when nothing is to be posted (refusals, replays,
    // balance: a refused bet has stored its answer), else {legs, ctx}: the legs for
    // ledger_post_batch ([] for a rollback that undoes nothing) and what seamless_complete needs.
    this.addSql(`
      create function seamless_decide(p_tenant uuid, p_provider uuid, p_currencies text[], p_accounts jsonb, p_cmd jsonb)
      returns jsonb language plpgsql as $$
      declare
        v_op text := p_cmd->>'op';
        v_player text := p_cmd->>'player';
        v_currency text := p_cmd->>'currency';
        v_tx text := p_cmd->>'tx';
        v_round_id text := p_cmd->>'round';
        v_amount bigint := coalesce((p_cmd->>'amount')::bigint, 0);
        v_session seamless_session;
        v_existing seamless_transaction;
        v_ref seamless_transaction;
        v_round seamless_round;
        v_cash_id uuid; v_bonus_id uuid; v_house_id uuid;
        v_cash_avail bigint; v_bonus_avail bigint;
        v_cash_part bigint := 0; v_bonus_part bigint := 0;
        v_legs jsonb := '[]'::jsonb;
        v_refusal text;
        v_kind text;
      begin
        -- The session: known, of this player; bets and balance also need it unexpired.
        select * into v_session from seamless_session where tenant_id = p_tenant and token_hash = p_cmd->>'token';
        if not found or v_session.player_id <> v_player then
          return jsonb_build_object('answer', seamless_error('INVALID_TOKEN', p_tenant, null, null));
        end if;
        if v_currency is null or v_currency <> v_session.currency or not (v_currency = any (p_currencies)) then
          return jsonb_build_object('answer', seamless_error('WRONG_CURRENCY', p_tenant, v_player, v_session.currency));
        end if;
        if v_op = 'balance' then
          if v_session.expires_at <= now() then
            return jsonb_build_object('answer', seamless_error('TOKEN_EXPIRED', p_tenant, v_player, v_currency));
          end if;
          return jsonb_build_object('answer', jsonb_build_object('ok', true, 'balance', seamless_balance(p_tenant, v_player, v_currency), 'currency', v_currency));
        end if;

        -- Idempotency on the transaction id: a replay answers as the first time; other content
        -- under the same id is a duplicate; a tombstone refuses the bet it stands for.
        select * into v_existing from seamless_transaction
        where tenant_id = p_tenant and provider_id = p_provider and transaction_id = v_tx;
        if found then
          if v_existing.kind = 'TOMBSTONE' then
            return jsonb_build_object('answer', seamless_error(case when v_op = 'rollback' then 'DUPLICATE_TRANSACTION' else 'TRANSACTION_ROLLED_BACK' end,
              p_tenant, v_player, v_currency));
          elsif v_existing.request_hash = p_cmd->>'hash' then
            return jsonb_build_object('answer', v_existing.response || jsonb_build_object('replay', true));
          end if;
          return jsonb_build_object('answer', seamless_error('DUPLICATE_TRANSACTION', p_tenant, v_player, v_currency));
        end if;
        -- A new bet needs a live session (a replay, above, does not).
        if v_op = 'bet' and v_session.expires_at <= now() then
          return jsonb_build_object('answer', seamless_error('TOKEN_EXPIRED', p_tenant, v_player, v_currency));
        end if;

        -- The accounts, opened and locked by seamless_callbacks.
        v_cash_id := (p_accounts->(v_player || '|' || v_currency)->>'cash')::uuid;
        v_bonus_id := (p_accounts->(v_player || '|' || v_currency)->>'bonus')::uuid;
        v_house_id := (p_accounts->(v_player || '|' || v_currency)->>'house')::uuid;
        if v_cash_id is null then
          raise exception 'seamless_decide: accounts of % % not resolved', v_player, v_currency;
        end if;

        if v_op = 'bet' then
          select * into v_round from seamless_round where tenant_id = p_tenant and provider_id = p_provider and round_id = v_round_id for update;
          if found and (v_round.player_id <> v_player or v_round.currency <> v_currency) then
            return jsonb_build_object('answer', seamless_error('DUPLICATE_TRANSACTION', p_tenant, v_player, v_currency, jsonb_build_object('round', 'belongs to another player or currency')));
          end if;
          if found and v_round.status = 'CLOSED' then
            return jsonb_build_object('answer', seamless_error('ROUND_CLOSED', p_tenant, v_player, v_currency));
          end if;
          v_refusal := rg_bet_refusal(p_tenant, v_player, v_currency, v_amount);
          if v_refusal is not null then
            return jsonb_build_object('answer', seamless_refused_bet(p_tenant, p_provider, p_cmd,
              seamless_error('LIMIT_REACHED', p_tenant, v_player, v_currency, jsonb_build_object('reason', v_refusal))));
          end if;
          -- Cash first, then bonus.
          select balance - held into v_cash_avail from ledger_account where id = v_cash_id;
          select balance - held into v_bonus_avail from ledger_account where id = v_bonus_id;
          v_cash_part := least(v_amount, greatest(v_cash_avail, 0));
          v_bonus_part := v_amount - v_cash_part;
          if v_bonus_part > v_bonus_avail then
            return jsonb_build_object('answer', seamless_refused_bet(p_tenant, p_provider, p_cmd, seamless_error('INSUFFICIENT_FUNDS', p_tenant, v_player, v_currency)));
          end if;
          if v_cash_part > 0 then v_legs := v_legs || jsonb_build_object('accountId', v_cash_id, 'amount', -v_cash_part); end if;
          if v_bonus_part > 0 then v_legs := v_legs || jsonb_build_object('accountId', v_bonus_id, 'amount', -v_bonus_part); end if;
          if v_amount > 0 then v_legs := v_legs || jsonb_build_object('accountId', v_house_id, 'amount', v_amount); end if;
          v_kind := 'BET';
        elsif v_op = 'win' then
          select * into v_round from seamless_round where tenant_id = p_tenant and provider_id = p_provider and round_id = v_round_id for update;
          if not found then
            return jsonb_build_object('answer', seamless_error('TRANSACTION_NOT_FOUND', p_tenant, v_player, v_currency, jsonb_build_object('round', v_round_id)));
          end if;
          if v_round.player_id <> v_player or v_round.currency <> v_currency then
            return jsonb_build_object('answer', seamless_error('DUPLICATE_TRANSACTION', p_tenant, v_player, v_currency, jsonb_build_object('round', 'belongs to another player or currency')));
          end if;
          if v_round.status = 'CLOSED' then
            return jsonb_build_object('answer', seamless_error('ROUND_CLOSED', p_tenant, v_player, v_currency));
          end if;
          if p_cmd->>'ref' is not null then
            select * into v_ref from seamless_transaction where tenant_id = p_tenant and provider_id = p_provider and transaction_id = p_cmd->>'ref';
            if not found or v_ref.kind <> 'BET' or v_ref.round_id is distinct from v_round_id then
              return jsonb_build_object('answer', seamless_error('TRANSACTION_NOT_FOUND', p_tenant, v_player, v_currency, jsonb_build_object('reference', p_cmd->>'ref')));
            end if;
          end if;
          -- Back in proportion to the round's stakes: the bonus share floored, cash the rest.
          if v_round.cash_staked + v_round.bonus_staked > 0 then
            v_bonus_part := floor(v_amount::numeric * v_round.bonus_staked / (v_round.cash_staked + v_round.bonus_staked))::bigint;
          end if;
          v_cash_part := v_amount - v_bonus_part;
          if v_amount > 0 then v_legs := v_legs || jsonb_build_object('accountId', v_house_id, 'amount', -v_amount); end if;
          if v_cash_part > 0 then v_legs := v_legs || jsonb_build_object('accountId', v_cash_id, 'amount', v_cash_part); end if;
          if v_bonus_part > 0 then v_legs := v_legs || jsonb_build_object('accountId', v_bonus_id, 'amount', v_bonus_part); end if;
          v_kind := 'WIN';
        elsif v_op = 'rollback' then
          if p_cmd->>'ref' = v_tx then
            return jsonb_build_object('answer', seamless_error('TRANSACTION_NOT_FOUND', p_tenant, v_player, v_currency, jsonb_build_object('reference', v_tx)));
          end if;
          select * into v_ref from seamless_transaction
          where tenant_id = p_tenant and provider_id = p_provider and transaction_id = p_cmd->>'ref' for update;
          if not found then
            -- Unknown: a tombstone, so that the bet, should it come later, is refused.
            insert into seamless_transaction (tenant_id, provider_id, transaction_id, kind, player_id, round_id, currency, reference_id)
            values (p_tenant, p_provider, p_cmd->>'ref', 'TOMBSTONE', v_player, v_round_id, v_currency, v_tx);
          elsif v_ref.player_id <> v_player then
            return jsonb_build_object('answer', seamless_error('TRANSACTION_NOT_FOUND', p_tenant, v_player, v_currency, jsonb_build_object('reference', p_cmd->>'ref')));
          elsif v_ref.kind in ('TOMBSTONE', 'REFUSED') or v_ref.rolled_back_by is not null then
            null;  -- refused, or already rolled back: nothing to undo
          elsif v_ref.kind = 'ROLLBACK' then
            -- A rollback is not something to roll back.
            return jsonb_build_object('answer', seamless_error('TRANSACTION_NOT_FOUND', p_tenant, v_player, v_currency, jsonb_build_object('reference', p_cmd->>'ref')));
          elsif v_ref.kind <> 'BET' then
            return jsonb_build_object('answer', seamless_error('ROLLBACK_AFTER_WIN', p_tenant, v_player, v_currency, jsonb_build_object('reference', p_cmd->>'ref')));
          else
            select * into v_round from seamless_round where tenant_id = p_tenant and provider_id = p_provider and round_id = v_ref.round_id for update;
            if v_round.has_win then
              return jsonb_build_object('answer', seamless_error('ROLLBACK_AFTER_WIN', p_tenant, v_player, v_currency, jsonb_build_object('reference', p_cmd->>'ref')));
            end if;
            v_cash_part := v_ref.cash_amount;
            v_bonus_part := v_ref.bonus_amount;
            v_amount := v_ref.amount;
            v_round_id := v_ref.round_id;
            if v_amount > 0 then v_legs := v_legs || jsonb_build_object('accountId', v_house_id, 'amount', -v_amount); end if;
            if v_cash_part > 0 then v_legs := v_legs || jsonb_build_object('accountId', v_cash_id, 'amount', v_cash_part); end if;
            if v_bonus_part > 0 then v_legs := v_legs || jsonb_build_object('accountId', v_bonus_id, 'amount', v_bonus_part); end if;
          end if;
          v_kind := 'ROLLBACK';
        else
          raise exception 'seamless_decide: unknown op %', v_op;
        end if;

        return jsonb_build_object(
          'legs', v_legs,
          'meta', jsonb_build_object(
            'code', case v_kind when 'BET' then 'BET' when 'WIN' then 'WIN' else 'BET_ROLLBACK' end,
            'reference', v_round_id,
            'metadata', jsonb_build_object('provider', p_provider, 'transaction', v_tx, 'game', p_cmd->>'game'),
            'idempotencyKey', 'seamless:' || p_provider || ':' || v_tx,
            'reversesId', case when v_kind = 'ROLLBACK' then v_ref.ledger_transaction_id end,
            'createdBy', 'PROVIDER:' || p_provider,
            'transactionId', p_cmd->>'ledgerTx'),
          'ctx', jsonb_build_object('kind', v_kind, 'round', v_round_id, 'amount', v_amount::text,
            'cash', v_cash_part::text, 'bonus', v_bonus_part::text, 'refTx', v_ref.transaction_id));
      end $$;`);

    // One decided callback after its posting (p_posted: ledger_post_batch's answer, or null when
    // it had no legs): a refused posting answers as a refusal (a bet keeps it as its answer);
    // a success updates the round and responsible gambling and writes the transaction row with
    // its answer.
    this.addSql(`
      create function seamless_complete(p_tenant uuid, p_provider uuid, p_cmd jsonb, p_ctx jsonb, p_posted jsonb)
      returns jsonb language plpgsql as $$
      declare
        v_player text := p_cmd->>'player';
        v_currency text := p_cmd->>'currency';
        v_tx text := p_cmd->>'tx';
        v_kind text := p_ctx->>'kind';
        v_round_id text := p_ctx->>'round';
        v_amount bigint := (p_ctx->>'amount')::bigint;
        v_cash_part bigint := (p_ctx->>'cash')::bigint;
        v_bonus_part bigint := (p_ctx->>'bonus')::bigint;
        v_ledger_tx uuid;
        v_answer jsonb;
      begin
        if p_posted is not null then
          if p_posted ? 'error' then
            v_answer := seamless_error(case p_posted->'error'->>'code' when 'ACCOUNT_FROZEN' then 'ACCOUNT_FROZEN' else 'INSUFFICIENT_FUNDS' end,
              p_tenant, v_player, v_currency);
            return case when v_kind = 'BET' then seamless_refused_bet(p_tenant, p_provider, p_cmd, v_answer) else v_answer end;
          end if;
          v_ledger_tx := (p_posted->'posting'->>'id')::uuid;
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
          where tenant_id = p_tenant and provider_id = p_provider and transaction_id = p_ctx->>'refTx';
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
    // account the batch may touch is opened and locked in id order, then the callbacks are
    // decided in arrival order and posted in groups (see above). An unexpected error fails the
    // whole batch (the caller retries one by one).
    this.addSql(`
      create or replace function seamless_callbacks(p_tenant uuid, p_provider uuid, p_stripes integer, p_currencies text[], p_items jsonb)
      returns jsonb language plpgsql as $$
      declare
        v_count integer := jsonb_array_length(p_items);
        v_answers jsonb[] := array_fill(null::jsonb, array[v_count]);
        v_ids uuid[] := '{}';
        v_accounts jsonb := '{}';
        v_item record;
        v_cash_id uuid;
        v_bonus_id uuid;
        v_houses jsonb := '{}';
        v_cmd jsonb;
        v_keys text[];
        v_decision jsonb;
        -- The group decided and not yet posted: item positions, decisions, and what they touch.
        g_items integer[] := '{}';
        g_decisions jsonb[] := '{}';
        g_keys text[] := '{}';
      begin
        perform set_config('app.tenant_id', p_tenant::text, true);
        -- Open the accounts of money-moving callbacks whose session is real (a forged player id
        -- opens nothing), then lock them all at once, in id order.
        for v_item in
          -- Accounts that exist already are found here (an index probe each); ledger_resolve opens the others.
          select p.player, p.currency,
            (select a.id from ledger_account a where a.tenant_id = p_tenant and a.owner_type = 'PLAYER' and a.owner_id = p.player
               and a.currency = p.currency and a.kind = 'CASH' and a.stripe = 0) as cash_id,
            (select a.id from ledger_account a where a.tenant_id = p_tenant and a.owner_type = 'PLAYER' and a.owner_id = p.player
               and a.currency = p.currency and a.kind = 'BONUS' and a.stripe = 0) as bonus_id
          from (
            select distinct c->>'player' as player, c->>'currency' as currency
            from jsonb_array_elements(p_items) c
            join seamless_session s on s.tenant_id = p_tenant and s.token_hash = c->>'token'
              and s.player_id = c->>'player' and s.currency = c->>'currency'
            where c->>'op' in ('bet', 'win', 'rollback') and c->>'currency' = any (p_currencies)
              -- Bounded by token first (an index probe per token), whatever the table's size.
              and s.token_hash = any (array(select i->>'token' from jsonb_array_elements(p_items) i))
          ) p
          order by 1, 2
        loop
          v_cash_id := coalesce(v_item.cash_id, (ledger_resolve(p_tenant, jsonb_build_object('ownerType', 'PLAYER', 'ownerId', v_item.player,
            'currency', v_item.currency, 'kind', 'CASH'), null, p_stripes, p_currencies)->'account'->>'id')::uuid);
          v_bonus_id := coalesce(v_item.bonus_id, (ledger_resolve(p_tenant, jsonb_build_object('ownerType', 'PLAYER', 'ownerId', v_item.player,
            'currency', v_item.currency, 'kind', 'BONUS'), null, p_stripes, p_currencies)->'account'->>'id')::uuid);
          -- One house stripe per currency for the whole batch (its counterparty: any of its accounts).
          if v_houses->>v_item.currency is null then
            v_houses := v_houses || jsonb_build_object(v_item.currency, ledger_resolve(p_tenant, jsonb_build_object('ownerType', 'HOUSE', 'currency', v_item.currency),
              jsonb_populate_record(null::ledger_account, jsonb_build_object('id', v_cash_id, 'currency', v_item.currency)), p_stripes, p_currencies)->'account'->>'id');
          end if;
          v_ids := v_ids || array[v_cash_id, v_bonus_id, (v_houses->>v_item.currency)::uuid];
          v_accounts := v_accounts || jsonb_build_object(v_item.player || '|' || v_item.currency, jsonb_build_object(
            'cash', v_cash_id, 'bonus', v_bonus_id, 'house', v_houses->>v_item.currency));
        end loop;
        perform 1 from ledger_account where id = any (v_ids) order by id for update;

        for i in 1..v_count + 1 loop
          if i <= v_count then
            v_cmd := p_items->(i - 1);
            -- What a callback reads or writes besides the house: its player, round and transaction ids.
            v_keys := array_remove(array['p:' || (v_cmd->>'player'), 'r:' || (v_cmd->>'round'),
              't:' || (v_cmd->>'tx'), 't:' || (v_cmd->>'ref')], null);
          end if;
          -- Post and complete the group before a callback that touches it, and at the end.
          if cardinality(g_items) > 0 and (i > v_count or g_keys && v_keys) then
            declare
              v_postings jsonb := '[]'::jsonb;
              v_posted jsonb;
              v_index integer[] := array_fill(0, array[cardinality(g_items)]);
            begin
              for j in 1..cardinality(g_items) loop
                if jsonb_array_length(g_decisions[j]->'legs') > 0 then
                  v_postings := v_postings || jsonb_build_array(jsonb_build_object('legs', g_decisions[j]->'legs', 'meta', g_decisions[j]->'meta'));
                  v_index[j] := jsonb_array_length(v_postings);
                end if;
              end loop;
              if jsonb_array_length(v_postings) > 0 then
                v_posted := ledger_post_batch(p_tenant, v_postings);
              end if;
              for j in 1..cardinality(g_items) loop
                v_answers[g_items[j]] := seamless_complete(p_tenant, p_provider, p_items->(g_items[j] - 1), g_decisions[j]->'ctx',
                  case when v_index[j] > 0 then v_posted->(v_index[j] - 1) end);
              end loop;
            end;
            g_items := '{}'; g_decisions := '{}'; g_keys := '{}';
          end if;
          exit when i > v_count;
          v_decision := seamless_decide(p_tenant, p_provider, p_currencies, v_accounts, v_cmd);
          if v_decision ? 'answer' then
            v_answers[i] := v_decision->'answer';
          else
            g_items := g_items || i;
            g_decisions := g_decisions || v_decision;
            g_keys := g_keys || v_keys;
          end if;
        end loop;
        return to_jsonb(v_answers);
      end $$;`);
  }
}
