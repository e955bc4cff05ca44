import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 13 for the Hub88 dialect (docs/seamless-wallet.md).
 *
 * Rounds are per player: a live table's round id is shared by every player seated at it, so
 * the round row's key now holds the player (the old key was unique without it, so existing rows
 * stay unique). seamless_judge no longer refuses another player's bet or win on a round id it
 * has seen, and a win's reference must be a bet of its own player; seamless_callbacks reads,
 * opens and settles the callback's player's round. The grouping of a batch is unchanged (a
 * round id shared by players still starts a new group, which is more than it needs).
 *
 * A bet needs a game of the tenant's catalogue (enabled; the `game` table, read only), and so
 * does a balance that names one: INVALID_GAME otherwise, nothing written.
 *
 * A posting the ledger refuses with BALANCE_OVERFLOW (a win past 2^63 - 1) answers
 * BALANCE_OVERFLOW naming the account, and a bet refused so is not kept as the bet's answer
 * (only refusals for money or a freeze are).
 */
export class Migration20261205030000SeamlessHub88 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table seamless_round drop constraint seamless_round_pkey, add primary key (tenant_id, provider_id, round_id, player_id);`);

    // Whether a game code is an enabled game of the tenant's catalogue (modules/games; its externalId).
    this.addSql(`
      create function seamless_game_playable(p_tenant uuid, p_code text) returns boolean language sql stable as $$
        select exists (select 1 from game g where g.tenant_id = p_tenant and g.external_id = p_code and g.enabled)
      $$;`);

    this.addSql(`
      create or replace function seamless_judge(p_tenant uuid, p_provider uuid, p_currencies text[], p_cmd jsonb,
        p_cash_id uuid, p_bonus_id uuid, p_house_id uuid,
        p_session seamless_session, p_existing seamless_transaction, p_ref seamless_transaction, p_round seamless_round,
        p_cash_avail bigint, p_bonus_avail bigint, p_has_rg boolean)
      returns jsonb language plpgsql as $$
      declare
        v_op text := p_cmd->>'op';
        v_player text := p_cmd->>'player';
        v_currency text := p_cmd->>'currency';
        v_tx text := p_cmd->>'tx';
        v_round_id text := p_cmd->>'round';
        v_amount bigint := coalesce((p_cmd->>'amount')::bigint, 0);
        v_cash_part bigint := 0; v_bonus_part bigint := 0;
        v_legs jsonb := '[]'::jsonb;
        v_refusal text;
        v_kind text;
        v_round_found boolean := p_round.round_id is not null;
      begin
        -- The session: known, of this player; bets and balance also need it unexpired.
        if p_session.id is null or p_session.player_id <> v_player then
          return jsonb_build_object('answer', seamless_error('INVALID_TOKEN', p_tenant, null, null));
        end if;
        if v_currency is null or v_currency <> p_session.currency or not (v_currency = any (p_currencies)) then
          return jsonb_build_object('answer', seamless_error('WRONG_CURRENCY', p_tenant, v_player, p_session.currency));
        end if;
        if v_op = 'balance' and p_cmd->>'game' is not null and not seamless_game_playable(p_tenant, p_cmd->>'game') then
          return jsonb_build_object('answer', seamless_error('INVALID_GAME', p_tenant, v_player, v_currency, jsonb_build_object('game', p_cmd->>'game')));
        end if;
        if v_op = 'balance' then
          if p_session.expires_at <= now() then
            return jsonb_build_object('answer', seamless_error('TOKEN_EXPIRED', p_tenant, v_player, v_currency));
          end if;
          return jsonb_build_object('answer', jsonb_build_object('ok', true, 'balance', seamless_balance(p_tenant, v_player, v_currency), 'currency', v_currency));
        end if;

        -- Idempotency on the transaction id: a replay answers as the first time; other content
        -- under the same id is a duplicate; a tombstone refuses the bet it stands for.
        if p_existing.transaction_id is not null then
          if p_existing.kind = 'TOMBSTONE' then
            return jsonb_build_object('answer', seamless_error(case when v_op = 'rollback' then 'DUPLICATE_TRANSACTION' else 'TRANSACTION_ROLLED_BACK' end,
              p_tenant, v_player, v_currency));
          elsif p_existing.request_hash = p_cmd->>'hash' then
            return jsonb_build_object('answer', p_existing.response || jsonb_build_object('replay', true));
          end if;
          return jsonb_build_object('answer', seamless_error('DUPLICATE_TRANSACTION', p_tenant, v_player, v_currency));
        end if;
        -- A new bet needs a live session (a replay, above, does not).
        if v_op = 'bet' and p_session.expires_at <= now() then
          return jsonb_build_object('answer', seamless_error('TOKEN_EXPIRED', p_tenant, v_player, v_currency));
        end if;
        -- A new bet needs a game of the tenant's catalogue, enabled (wins and rollbacks settle whatever became of it).
        if v_op = 'bet' and (p_cmd->>'game' is null or not seamless_game_playable(p_tenant, p_cmd->>'game')) then
          return jsonb_build_object('answer', seamless_error('INVALID_GAME', p_tenant, v_player, v_currency, jsonb_build_object('game', p_cmd->>'game')));
        end if;

        if p_cash_id is null then
          raise exception 'seamless_judge: accounts of % % not resolved', v_player, v_currency;
        end if;

        if v_op = 'bet' then
          if v_round_found and p_round.currency <> v_currency then
            return jsonb_build_object('answer', seamless_error('DUPLICATE_TRANSACTION', p_tenant, v_player, v_currency, jsonb_build_object('round', 'was played in another currency')));
          end if;
          if v_round_found and p_round.status = 'CLOSED' then
            return jsonb_build_object('answer', seamless_error('ROUND_CLOSED', p_tenant, v_player, v_currency));
          end if;
          if p_has_rg then
            v_refusal := rg_bet_refusal(p_tenant, v_player, v_currency, v_amount);
            if v_refusal is not null then
              return jsonb_build_object('answer', seamless_refused_bet(p_tenant, p_provider, p_cmd,
                seamless_error('LIMIT_REACHED', p_tenant, v_player, v_currency, jsonb_build_object('reason', v_refusal))));
            end if;
          end if;
          -- Cash first, then bonus.
          v_cash_part := least(v_amount, greatest(p_cash_avail, 0));
          v_bonus_part := v_amount - v_cash_part;
          if v_bonus_part > p_bonus_avail then
            return jsonb_build_object('answer', seamless_refused_bet(p_tenant, p_provider, p_cmd, seamless_error('INSUFFICIENT_FUNDS', p_tenant, v_player, v_currency)));
          end if;
          if v_cash_part > 0 then v_legs := v_legs || jsonb_build_object('accountId', p_cash_id, 'amount', -v_cash_part); end if;
          if v_bonus_part > 0 then v_legs := v_legs || jsonb_build_object('accountId', p_bonus_id, 'amount', -v_bonus_part); end if;
          if v_amount > 0 then v_legs := v_legs || jsonb_build_object('accountId', p_house_id, 'amount', v_amount); end if;
          v_kind := 'BET';
        elsif v_op = 'win' then
          if not v_round_found then
            return jsonb_build_object('answer', seamless_error('TRANSACTION_NOT_FOUND', p_tenant, v_player, v_currency, jsonb_build_object('round', v_round_id)));
          end if;
          if p_round.currency <> v_currency then
            return jsonb_build_object('answer', seamless_error('DUPLICATE_TRANSACTION', p_tenant, v_player, v_currency, jsonb_build_object('round', 'was played in another currency')));
          end if;
          if p_round.status = 'CLOSED' then
            return jsonb_build_object('answer', seamless_error('ROUND_CLOSED', p_tenant, v_player, v_currency));
          end if;
          if p_cmd->>'ref' is not null then
            if p_ref.transaction_id is null or p_ref.kind <> 'BET' or p_ref.round_id is distinct from v_round_id or p_ref.player_id <> v_player then
              return jsonb_build_object('answer', seamless_error('TRANSACTION_NOT_FOUND', p_tenant, v_player, v_currency, jsonb_build_object('reference', p_cmd->>'ref')));
            end if;
          end if;
          -- Back in proportion to the round's stakes: the bonus share floored, cash the rest.
          if p_round.cash_staked + p_round.bonus_staked > 0 then
            v_bonus_part := floor(v_amount::numeric * p_round.bonus_staked / (p_round.cash_staked + p_round.bonus_staked))::bigint;
          end if;
          v_cash_part := v_amount - v_bonus_part;
          if v_amount > 0 then v_legs := v_legs || jsonb_build_object('accountId', p_house_id, 'amount', -v_amount); end if;
          if v_cash_part > 0 then v_legs := v_legs || jsonb_build_object('accountId', p_cash_id, 'amount', v_cash_part); end if;
          if v_bonus_part > 0 then v_legs := v_legs || jsonb_build_object('accountId', p_bonus_id, 'amount', v_bonus_part); end if;
          v_kind := 'WIN';
        elsif v_op = 'rollback' then
          if p_cmd->>'ref' = v_tx then
            return jsonb_build_object('answer', seamless_error('TRANSACTION_NOT_FOUND', p_tenant, v_player, v_currency, jsonb_build_object('reference', v_tx)));
          end if;
          if p_ref.transaction_id is null then
            -- Unknown: a tombstone, so that the bet, should it come later, is refused.
            insert into seamless_transaction (tenant_id, provider_id, transaction_id, kind, player_id, round_id, currency, reference_id)
            values (p_tenant, p_provider, p_cmd->>'ref', 'TOMBSTONE', v_player, v_round_id, v_currency, v_tx);
          elsif p_ref.player_id <> v_player then
            return jsonb_build_object('answer', seamless_error('TRANSACTION_NOT_FOUND', p_tenant, v_player, v_currency, jsonb_build_object('reference', p_cmd->>'ref')));
          elsif p_ref.kind in ('TOMBSTONE', 'REFUSED') or p_ref.rolled_back_by is not null then
            null;  -- refused, or already rolled back: nothing to undo
          elsif p_ref.kind = 'ROLLBACK' then
            -- A rollback is not something to roll back.
            return jsonb_build_object('answer', seamless_error('TRANSACTION_NOT_FOUND', p_tenant, v_player, v_currency, jsonb_build_object('reference', p_cmd->>'ref')));
          elsif p_ref.kind <> 'BET' then
            return jsonb_build_object('answer', seamless_error('ROLLBACK_AFTER_WIN', p_tenant, v_player, v_currency, jsonb_build_object('reference', p_cmd->>'ref')));
          else
            if p_round.has_win then
              return jsonb_build_object('answer', seamless_error('ROLLBACK_AFTER_WIN', p_tenant, v_player, v_currency, jsonb_build_object('reference', p_cmd->>'ref')));
            end if;
            v_cash_part := p_ref.cash_amount;
            v_bonus_part := p_ref.bonus_amount;
            v_amount := p_ref.amount;
            v_round_id := p_ref.round_id;
            if v_amount > 0 then v_legs := v_legs || jsonb_build_object('accountId', p_house_id, 'amount', -v_amount); end if;
            if v_cash_part > 0 then v_legs := v_legs || jsonb_build_object('accountId', p_cash_id, 'amount', v_cash_part); end if;
            if v_bonus_part > 0 then v_legs := v_legs || jsonb_build_object('accountId', p_bonus_id, 'amount', v_bonus_part); end if;
          end if;
          v_kind := 'ROLLBACK';
        else
          raise exception 'seamless_judge: unknown op %', v_op;
        end if;

        return jsonb_build_object(
          'legs', v_legs,
          'meta', jsonb_build_object(
            'code', case v_kind when 'BET' then 'BET' when 'WIN' then 'WIN' else 'BET_ROLLBACK' end,
            'reference', v_round_id,
            'metadata', jsonb_build_object('provider', p_provider, 'transaction', v_tx, 'game', p_cmd->>'game'),
            'idempotencyKey', 'seamless:' || p_provider || ':' || v_tx,
            'reversesId', case when v_kind = 'ROLLBACK' then p_ref.ledger_transaction_id end,
            'createdBy', 'PROVIDER:' || p_provider,
            'transactionId', p_cmd->>'ledgerTx'),
          'ctx', jsonb_build_object('kind', v_kind, 'round', v_round_id, 'amount', v_amount::text,
            'cash', v_cash_part::text, 'bonus', v_bonus_part::text, 'refTx', p_ref.transaction_id));
      end $$;`);

    this.addSql(`
      create or replace function seamless_callbacks(p_tenant uuid, p_provider uuid, p_stripes integer, p_currencies text[], p_items jsonb)
      returns jsonb language plpgsql as $$
      declare
        v_count integer := jsonb_array_length(p_items);
        v_answers jsonb[] := array_fill(null::jsonb, array[v_count]);
        -- The commands, one element per callback, and each one's session and accounts.
        c_cmd jsonb[]; c_op text[]; c_player text[]; c_currency text[]; c_tx text[]; c_ref text[]; c_round text[]; c_token text[];
        c_session seamless_session[];
        c_cash uuid[] := array_fill(null::uuid, array[v_count]);
        c_bonus uuid[] := array_fill(null::uuid, array[v_count]);
        c_house uuid[] := array_fill(null::uuid, array[v_count]);
        -- Accounts by 'player|currency': {cash, bonus, house}.
        v_accounts jsonb := '{}';
        v_ids uuid[] := '{}';
        v_houses jsonb := '{}';
        v_item record;
        v_cash_id uuid;
        v_bonus_id uuid;
        -- The groups: g_end[k] is the last callback of group k.
        g_end integer[] := '{}';
        g_keys text[] := '{}';
        v_keys text[];
        v_first integer;
        v_next integer := 1;
        v_last integer;
        -- What a group read, one element per callback of the group.
        r_existing seamless_transaction[]; r_ref seamless_transaction[]; r_round seamless_round[];
        r_cash bigint[]; r_bonus bigint[]; r_has_rg boolean[];
        -- A group's decisions and postings.
        v_decisions jsonb[];
        v_decision jsonb;
        v_postings jsonb;
        v_posting_of integer[];
        v_posted jsonb;
        v_result jsonb;
        v_ctx jsonb;
        v_kind text;
        v_i integer;
        v_amount bigint;
        -- What the group's successful callbacks write: their transaction rows (s_), the rounds
        -- bets open or add to (b_), wins (w_) and stakes rolled back (u_), and the plays
        -- responsible gambling counts.
        s_item integer[]; s_kind text[]; s_round text[]; s_amount bigint[]; s_cash bigint[]; s_bonus bigint[];
        s_ledger_tx uuid[]; s_answer jsonb[];
        b_item integer[]; b_round text[]; b_cash bigint[]; b_bonus bigint[];
        w_item integer[]; w_round text[]; w_amount bigint[];
        u_round text[]; u_player text[]; u_cash bigint[]; u_bonus bigint[]; u_ref_tx text[]; u_tx text[];
        played_player text[]; played_currency text[]; played_staked bigint[]; played_won bigint[];
      begin
        perform set_config('app.tenant_id', p_tenant::text, true);

        select array_agg(e.c order by e.ord), array_agg(e.c->>'op' order by e.ord), array_agg(e.c->>'player' order by e.ord),
               array_agg(e.c->>'currency' order by e.ord), array_agg(e.c->>'tx' order by e.ord), array_agg(e.c->>'ref' order by e.ord),
               array_agg(e.c->>'round' order by e.ord), array_agg(e.c->>'token' order by e.ord)
        into c_cmd, c_op, c_player, c_currency, c_tx, c_ref, c_round, c_token
        from jsonb_array_elements(p_items) with ordinality e(c, ord);
        select array_agg(s.row order by i) into c_session
        from generate_series(1, v_count) i
        left join lateral (select x as row from seamless_session x where x.tenant_id = p_tenant and x.token_hash = c_token[i] limit 1) s on true;

        -- Open the accounts of money-moving callbacks whose session is real (a forged player id
        -- opens nothing), then lock them all at once, in id order.
        for v_item in
          select p.player, p.currency,
            (select a.id from ledger_account a where a.tenant_id = p_tenant and a.owner_type = 'PLAYER' and a.owner_id = p.player
               and a.currency = p.currency and a.kind = 'CASH' and a.stripe = 0) as cash_id,
            (select a.id from ledger_account a where a.tenant_id = p_tenant and a.owner_type = 'PLAYER' and a.owner_id = p.player
               and a.currency = p.currency and a.kind = 'BONUS' and a.stripe = 0) as bonus_id
          from (
            select distinct c_player[i] as player, c_currency[i] as currency
            from generate_series(1, v_count) i
            where c_op[i] in ('bet', 'win', 'rollback') and c_currency[i] = any (p_currencies)
              and (c_session[i]).player_id = c_player[i] and (c_session[i]).currency = c_currency[i]
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

        -- Each callback's accounts (none for a callback whose session is not its player's); and
        -- the groups in arrival order: a callback sharing its player, round or a transaction id
        -- (its own or its reference) with the current group starts the next one.
        for i in 1..v_count loop
          c_cash[i] := (v_accounts->(c_player[i] || '|' || c_currency[i])->>'cash')::uuid;
          c_bonus[i] := (v_accounts->(c_player[i] || '|' || c_currency[i])->>'bonus')::uuid;
          c_house[i] := (v_accounts->(c_player[i] || '|' || c_currency[i])->>'house')::uuid;
          v_keys := array_remove(array['p:' || c_player[i], 'r:' || c_round[i], 't:' || c_tx[i], 't:' || c_ref[i]], null);
          if g_keys && v_keys then
            g_end := g_end || (i - 1);
            g_keys := '{}';
          end if;
          g_keys := g_keys || v_keys;
        end loop;
        g_end := g_end || v_count;

        foreach v_last in array g_end loop
          v_first := v_next;
          v_next := v_last + 1;

          -- What the group's callbacks read: their transaction ids' rows, their references' rows,
          -- their rounds (a rollback: its referenced bet's), locked, and for bets the player's
          -- spendable money and whether they have responsible-gambling state.
          select array_agg(e.row order by g.k), array_agg(r.row order by g.k), array_agg(d.row order by g.k),
                 array_agg(case when c_op[g.i] = 'bet' then (select a.balance - a.held from ledger_account a where a.id = c_cash[g.i]) end order by g.k),
                 array_agg(case when c_op[g.i] = 'bet' then (select a.balance - a.held from ledger_account a where a.id = c_bonus[g.i]) end order by g.k),
                 array_agg(c_op[g.i] = 'bet' and exists (select 1 from rg_state s where s.tenant_id = p_tenant and s.player_id = c_player[g.i]) order by g.k)
          into r_existing, r_ref, r_round, r_cash, r_bonus, r_has_rg
          from generate_series(v_first, v_last) with ordinality g(i, k)
          left join lateral (select t as row from seamless_transaction t
            where t.tenant_id = p_tenant and t.provider_id = p_provider and t.transaction_id = c_tx[g.i] limit 1) e on true
          left join lateral (select t as row from seamless_transaction t
            where t.tenant_id = p_tenant and t.provider_id = p_provider and t.transaction_id = c_ref[g.i]
            for update) r on true
          left join lateral (select x as row from seamless_round x
            where x.tenant_id = p_tenant and x.provider_id = p_provider
              and x.round_id = case when c_op[g.i] = 'rollback' then (r.row).round_id else c_round[g.i] end
              and x.player_id = c_player[g.i]
            for update) d on true;

          v_decisions := '{}';
          v_postings := '[]'::jsonb;
          v_posting_of := '{}';
          for k in 1..v_last - v_first + 1 loop
            v_i := v_first + k - 1;
            v_decision := seamless_judge(p_tenant, p_provider, p_currencies, c_cmd[v_i], c_cash[v_i], c_bonus[v_i], c_house[v_i], c_session[v_i],
              r_existing[k], r_ref[k], r_round[k], r_cash[k], r_bonus[k], r_has_rg[k]);
            v_decisions := v_decisions || v_decision;
            v_posting_of := v_posting_of || 0;
            if v_decision ? 'answer' then
              v_answers[v_i] := v_decision->'answer';
            elsif jsonb_array_length(v_decision->'legs') > 0 then
              v_postings := v_postings || jsonb_build_array(jsonb_build_object('legs', v_decision->'legs', 'meta', v_decision->'meta'));
              v_posting_of[k] := jsonb_array_length(v_postings);
            end if;
          end loop;
          v_posted := case when jsonb_array_length(v_postings) > 0 then ledger_post_batch(p_tenant, v_postings) end;

          -- The group's outcomes: a refused posting answers as a refusal (a bet keeps it as its
          -- answer); the others are written below.
          s_item := '{}'; s_kind := '{}'; s_round := '{}'; s_amount := '{}'; s_cash := '{}'; s_bonus := '{}'; s_ledger_tx := '{}';
          b_item := '{}'; b_round := '{}'; b_cash := '{}'; b_bonus := '{}';
          w_item := '{}'; w_round := '{}'; w_amount := '{}';
          u_round := '{}'; u_player := '{}'; u_cash := '{}'; u_bonus := '{}'; u_ref_tx := '{}'; u_tx := '{}';
          played_player := '{}'; played_currency := '{}'; played_staked := '{}'; played_won := '{}';
          for k in 1..v_last - v_first + 1 loop
            continue when v_decisions[k] ? 'answer';
            v_i := v_first + k - 1;
            v_ctx := v_decisions[k]->'ctx';
            v_kind := v_ctx->>'kind';
            v_result := case when v_posting_of[k] > 0 then v_posted->(v_posting_of[k] - 1) end;
            if v_result ? 'error' then
              v_answers[v_i] := seamless_error(case v_result->'error'->>'code'
                  when 'ACCOUNT_FROZEN' then 'ACCOUNT_FROZEN' when 'BALANCE_OVERFLOW' then 'BALANCE_OVERFLOW' else 'INSUFFICIENT_FUNDS' end,
                p_tenant, c_player[v_i], c_currency[v_i],
                case when v_result->'error'->>'code' = 'BALANCE_OVERFLOW' then v_result->'error'->'data' end);
              if v_kind = 'BET' and v_result->'error'->>'code' <> 'BALANCE_OVERFLOW' then
                v_answers[v_i] := seamless_refused_bet(p_tenant, p_provider, c_cmd[v_i], v_answers[v_i]);
              end if;
              continue;
            end if;
            v_amount := (v_ctx->>'amount')::bigint;
            s_item := s_item || v_i;
            s_kind := s_kind || v_kind;
            s_round := s_round || (v_ctx->>'round');
            s_amount := s_amount || v_amount;
            s_cash := s_cash || (v_ctx->>'cash')::bigint;
            s_bonus := s_bonus || (v_ctx->>'bonus')::bigint;
            s_ledger_tx := s_ledger_tx || (v_result->'posting'->>'id')::uuid;
            if v_kind = 'BET' then
              b_item := b_item || v_i;
              b_round := b_round || (v_ctx->>'round');
              b_cash := b_cash || (v_ctx->>'cash')::bigint;
              b_bonus := b_bonus || (v_ctx->>'bonus')::bigint;
            elsif v_kind = 'WIN' then
              w_item := w_item || v_i;
              w_round := w_round || (v_ctx->>'round');
              w_amount := w_amount || v_amount;
            elsif v_result is not null then
              -- A rollback that undid a stake.
              u_round := u_round || (v_ctx->>'round');
              u_player := u_player || c_player[v_i];
              u_cash := u_cash || (v_ctx->>'cash')::bigint;
              u_bonus := u_bonus || (v_ctx->>'bonus')::bigint;
              u_ref_tx := u_ref_tx || (v_ctx->>'refTx');
              u_tx := u_tx || c_tx[v_i];
            end if;
            -- Responsible gambling counts a stake, a win, and a stake rolled back.
            if (v_kind in ('BET', 'WIN') and v_amount > 0) or (v_kind = 'ROLLBACK' and v_result is not null) then
              played_player := played_player || c_player[v_i];
              played_currency := played_currency || c_currency[v_i];
              played_staked := played_staked || case v_kind when 'BET' then v_amount when 'ROLLBACK' then -v_amount else 0 end;
              played_won := played_won || case when v_kind = 'WIN' then v_amount else 0 end;
            end if;
          end loop;
          continue when cardinality(s_item) = 0;

          -- Rounds: a bet opens its round or adds to its stakes; a win adds to it and closes it
          -- unless told not to; a rollback that undid a stake takes it back.
          if cardinality(b_item) > 0 then
            insert into seamless_round as r (tenant_id, provider_id, round_id, player_id, currency, game_id, status, cash_staked, bonus_staked)
            select p_tenant, p_provider, u.round, c_player[u.item], c_currency[u.item], coalesce(c_cmd[u.item]->>'game', ''), 'OPEN', u.cash, u.bonus
            from unnest(b_item, b_round, b_cash, b_bonus) u(item, round, cash, bonus)
            on conflict (tenant_id, provider_id, round_id, player_id)
            do update set cash_staked = r.cash_staked + excluded.cash_staked, bonus_staked = r.bonus_staked + excluded.bonus_staked;
          end if;
          if cardinality(w_item) > 0 then
            update seamless_round r
            set won = r.won + u.amount, has_win = true,
              status = case when u.close then 'CLOSED' else r.status end,
              closed_at = case when u.close then now() end
            from (select w.amount, coalesce((c_cmd[w.item]->>'closeRound')::boolean, true) as close, found.ctid as target
                  from unnest(w_item, w_round, w_amount) w(item, round, amount)
                  cross join lateral (select x.ctid from seamless_round x
                    where x.tenant_id = p_tenant and x.provider_id = p_provider and x.round_id = w.round
                      and x.player_id = c_player[w.item] limit 1) found) u
            where r.ctid = u.target;
          end if;
          if cardinality(u_round) > 0 then
            update seamless_round r
            set cash_staked = r.cash_staked - u.cash, bonus_staked = r.bonus_staked - u.bonus
            from (select b.cash, b.bonus, found.ctid as target
                  from unnest(u_round, u_player, u_cash, u_bonus) b(round, player, cash, bonus)
                  cross join lateral (select x.ctid from seamless_round x
                    where x.tenant_id = p_tenant and x.provider_id = p_provider and x.round_id = b.round
                      and x.player_id = b.player limit 1) found) u
            where r.ctid = u.target;
            update seamless_transaction t
            set rolled_back_by = u.tx
            from (select b.tx, found.ctid as target
                  from unnest(u_ref_tx, u_tx) b(ref_tx, tx)
                  cross join lateral (select x.ctid from seamless_transaction x
                    where x.tenant_id = p_tenant and x.provider_id = p_provider and x.transaction_id = b.ref_tx limit 1) found) u
            where t.ctid = u.target;
          end if;

          -- Responsible gambling: what the group played.
          if cardinality(played_player) > 0 then
            perform rg_record_plays(p_tenant, played_player, played_currency, played_staked, played_won);
          end if;

          -- The answers, with the balance each callback left, kept with the transaction rows.
          select array_agg(jsonb_build_object('ok', true, 'balance', jsonb_build_object(
                   'cash', coalesce((select a.balance - a.held from ledger_account a where a.id = c_cash[u.item]), 0)::text,
                   'bonus', coalesce((select a.balance - a.held from ledger_account a where a.id = c_bonus[u.item]), 0)::text),
                 'currency', c_currency[u.item]) order by u.ord)
          into s_answer
          from unnest(s_item) with ordinality u(item, ord);

          insert into seamless_transaction (tenant_id, provider_id, transaction_id, kind, player_id, round_id, currency, amount,
            cash_amount, bonus_amount, reference_id, request_hash, response, ledger_transaction_id)
          select p_tenant, p_provider, c_tx[u.item], u.kind, c_player[u.item], u.round, c_currency[u.item], u.amount,
            u.cash, u.bonus, c_ref[u.item], c_cmd[u.item]->>'hash', u.answer, u.ledger_tx
          from unnest(s_item, s_kind, s_round, s_amount, s_cash, s_bonus, s_answer, s_ledger_tx)
            u(item, kind, round, amount, cash, bonus, answer, ledger_tx);

          for k in 1..cardinality(s_item) loop
            v_answers[s_item[k]] := s_answer[k];
          end loop;
        end loop;
        return to_jsonb(v_answers);
      end $$;`);
  }
}
