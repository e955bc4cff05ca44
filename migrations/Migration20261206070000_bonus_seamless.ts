import { Migration } from '@mikro-orm/migrations';

/**
 * Issue #16: the seamless callbacks apply bonus wagering (docs/bonus.md, "Wagering in the
 * seamless wallet"), set-based and group-committed as before, with the lock order accounts
 * (id order), seamless rows, then grants (id order).
 *
 * - A bet feeds one grant: the player's active, unexpired grant in its currency (product
 *   CASINO) with wagering left, earliest expiry, then creation, then id. Its `max_bet` refuses a
 *   larger stake (BET_LIMIT_EXCEEDED, kept as the bet's answer); `weighted = trunc(stake ×
 *   bonus_weight / 100)`, capped at what is left, is its progress; the statement that adds the
 *   progress completes the grant that reaches its requirement, and `bonus_close` converts it in
 *   the callback's transaction.
 * - The bonus part of a stake (cash first, unchanged) comes out of the grants' balances, the fed
 *   grant's first (`seamless_transaction.grant_parts`); a rollback gives each part back to its
 *   grant while it is active, and takes back the progress the bet added (`weighted`).
 * - A win's bonus share goes to its round's grant while it is active; after the grant ended the
 *   win pays only its real-money share.
 * - Free bets (Hub88 `is_free` + `reward_uuid`) debit nothing: one of an active FREE_BETS grant's
 *   free bets; their wins come from the house, to the grant's bonus (with wagering) or to cash.
 * - A completion here calls `bonus_close` (migration 20261206060000), the money half of
 *   `bonus_end`: one path.
 */
export class Migration20261206070000BonusSeamless extends Migration {
  override async up(): Promise<void> {
    // A grant as seamless_judge reads it.
    this.addSql(`
      create function seamless_grant_view(g bonus_grant) returns jsonb language sql stable as $$
        select jsonb_build_object('id', g.id, 'status', g.status, 'kind', g.kind, 'product', g.product, 'balance', g.balance,
          'required', g.wagering_required, 'wagered', g.wagered, 'maxBet', g.max_bet, 'weights', g.weights, 'live', g.expires_at > now(),
          'freeTotal', g.free_bets_total, 'freeUsed', g.free_bets_used, 'freeStake', g.free_bet_stake, 'freeGames', to_jsonb(g.free_bet_games),
          'reward', g.reward_uuid,
          -- The terms are read only for a free-bet grant (its wins' destination and wagering).
          'winsTo', case when g.kind = 'FREE_BETS' then g.terms->'freeBets'->>'winsTo' end,
          'multiplier', case when g.kind = 'FREE_BETS' then g.terms->'wagering'->>'multiplier' end)
      $$;`);

    // Adds an amount to one field of one grant's changes: {"<grant id>": {"<field>": amount}}.
    this.addSql(`
      -- Wagering progress in whole percent (0 while nothing is required): bonusUpdated publishes progress in these steps.
      create function bonus_percent(p_wagered numeric, p_required numeric) returns numeric language sql immutable as $$
        select case when p_required > 0 then trunc(p_wagered * 100 / p_required) else 0 end
      $$;`);
    this.addSql(`
      create function seamless_grant_change(p_changes jsonb, p_grant text, p_field text, p_amount bigint) returns jsonb language sql immutable as $$
        select p_changes || jsonb_build_object(p_grant, coalesce(p_changes->p_grant, '{}') || jsonb_build_object(p_field,
          coalesce((p_changes->p_grant->>p_field)::bigint, 0) + p_amount))
      $$;`);

    // A bet updates its grant and its contribution row in place: room on their pages keeps those
    // updates HOT (no new index entries per update; bonus_grant has many indexes).
    this.addSql(`alter table bonus_grant set (fillfactor = 70);`);
    this.addSql(`alter table bonus_contribution set (fillfactor = 70);`);

    // A FREE_BETS grant completes once its free rounds are settled: its open free rounds.
    this.addSql(`create index seamless_round_open_free_idx on seamless_round (tenant_id, grant_id) where free_bet and status = 'OPEN';`);

    // seamless_judge takes the grants a callback may touch (p_grants).
    this.addSql(`drop function seamless_judge(uuid, uuid, text[], jsonb, uuid, uuid, uuid, seamless_session, seamless_transaction, seamless_transaction, seamless_round, bigint, bigint, boolean);`);

    this.addSql(`
      create function seamless_judge(p_tenant uuid, p_provider uuid, p_currencies text[], p_cmd jsonb,
        p_cash_id uuid, p_bonus_id uuid, p_house_id uuid,
        p_session seamless_session, p_existing seamless_transaction, p_ref seamless_transaction, p_round seamless_round,
        p_cash_avail bigint, p_bonus_avail bigint, p_has_rg boolean, p_grants jsonb)
      returns jsonb language plpgsql as $$
      declare
        v_op text := p_cmd->>'op';
        v_player text := p_cmd->>'player';
        v_currency text := p_cmd->>'currency';
        v_tx text := p_cmd->>'tx';
        v_round_id text := p_cmd->>'round';
        v_amount bigint := coalesce((p_cmd->>'amount')::bigint, 0);
        v_free boolean := coalesce((p_cmd->>'free')::boolean, false);
        v_cash_part bigint := 0; v_bonus_part bigint := 0;
        v_legs jsonb := '[]'::jsonb;
        v_refusal text;
        v_kind text;
        v_round_found boolean := p_round.round_id is not null;
        -- What the callback does to grants: {"<grant id>": {"balance", "wagered", "granted", "required", "used"}} (deltas),
        -- the grant it concerns, the bonus money it took from (or gave back to) each grant, the
        -- wagering it added (or took back), and its per-game contribution.
        v_changes jsonb := '{}';
        v_grant jsonb;
        v_parts jsonb;
        v_weighted bigint := 0;
        v_contribution jsonb;
        v_left bigint;
        v_take bigint;
        v_part record;
        v_played boolean := true;
        -- A rollback that undid a bet (money moved back or not: a free bet moves none).
        v_undid boolean := false;
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
          if v_round_found and p_round.free_bet <> v_free then
            return jsonb_build_object('answer', seamless_error('DUPLICATE_TRANSACTION', p_tenant, v_player, v_currency,
              jsonb_build_object('round', case when v_free then 'was played with money' else 'is a free round' end)));
          end if;
          if p_has_rg then
            v_refusal := rg_bet_refusal(p_tenant, v_player, v_currency, case when v_free then 0 else v_amount end);
            if v_refusal is not null then
              return jsonb_build_object('answer', seamless_refused_bet(p_tenant, p_provider, p_cmd,
                seamless_error('LIMIT_REACHED', p_tenant, v_player, v_currency, jsonb_build_object('reason', v_refusal))));
            end if;
          end if;
          if v_free then
            -- A free bet debits nothing: it is one of the free bets of the player's active
            -- FREE_BETS grant with the callback's reward id, for one of its games, at its stake.
            select g into v_grant from jsonb_array_elements(p_grants) g
            where g->>'kind' = 'FREE_BETS' and g->>'reward' = p_cmd->>'reward' limit 1;
            v_refusal := case
              when v_grant is null then 'NO_ACTIVE_REWARD'
              when not (v_grant->>'live')::boolean then 'EXPIRED'
              when not (v_grant->'freeGames' ? (p_cmd->>'game')) then 'GAME_NOT_INCLUDED'
              when v_amount <> (v_grant->>'freeStake')::bigint then 'WRONG_STAKE'
              when (v_grant->>'freeUsed')::integer >= (v_grant->>'freeTotal')::integer then 'ALL_USED' end;
            if v_refusal is not null then
              return jsonb_build_object('answer', seamless_error('FREE_BET_NOT_AVAILABLE', p_tenant, v_player, v_currency,
                jsonb_build_object('reason', v_refusal, 'reward', p_cmd->>'reward')));
            end if;
            v_changes := seamless_grant_change(v_changes, v_grant->>'id', 'used', 1);
            v_played := false;
          else
            -- The grant the bet feeds: the first (earliest expiry, then creation, then id) active,
            -- unexpired grant with wagering left (p_grants: the player's active grants in that order).
            select g into v_grant from jsonb_array_elements(p_grants) with ordinality e(g, n)
            where g->>'product' = 'CASINO' and (g->>'live')::boolean and (g->>'required')::bigint > (g->>'wagered')::bigint
            order by n limit 1;
            if v_grant->>'maxBet' is not null and v_amount > (v_grant->>'maxBet')::bigint then
              return jsonb_build_object('answer', seamless_refused_bet(p_tenant, p_provider, p_cmd,
                seamless_error('BET_LIMIT_EXCEEDED', p_tenant, v_player, v_currency, jsonb_build_object('maxBet', v_grant->>'maxBet', 'grant', v_grant->>'id'))));
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
            -- The bonus part comes out of the grants' balances, the fed grant's first, then in feed
            -- order; what they do not cover is bonus money of no grant.
            v_left := v_bonus_part;
            if v_left > 0 then
              v_parts := '{}';
              for v_part in
                select g->>'id' as id, (g->>'balance')::bigint as balance from jsonb_array_elements(p_grants) with ordinality e(g, n)
                where (g->>'balance')::bigint > 0
                order by (g->>'id' = v_grant->>'id') desc, n
              loop
                exit when v_left = 0;
                v_take := least(v_left, v_part.balance);
                v_parts := v_parts || jsonb_build_object(v_part.id, v_take);
                v_changes := seamless_grant_change(v_changes, v_part.id, 'balance', -v_take);
                v_left := v_left - v_take;
              end loop;
            end if;
            if v_grant is not null then
              -- Weighted on the whole stake, capped at what is left to wager.
              v_weighted := least(trunc(v_amount::numeric * bonus_weight(p_tenant, v_grant->'weights', p_cmd->>'game', 'CASINO') / 100)::bigint,
                (v_grant->>'required')::bigint - (v_grant->>'wagered')::bigint);
              v_changes := seamless_grant_change(v_changes, v_grant->>'id', 'wagered', v_weighted);
              v_contribution := jsonb_build_object('grant', v_grant->>'id', 'game', p_cmd->>'game', 'staked', v_amount, 'wagered', v_weighted);
            end if;
          end if;
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
          -- The round's grant, whatever its status (p_grants: it alone; read when the round staked bonus money or is free).
          select g into v_grant from jsonb_array_elements(p_grants) g where g->>'id' = p_round.grant_id::text;
          v_free := p_round.free_bet;
          if p_round.free_bet then
            -- A free round's win comes from the house: to cash, or to its grant's bonus with the
            -- grant's wagering on it (while the grant is active; an ended grant's bonus win pays nothing).
            v_played := false;
            if v_grant is null or v_grant->>'winsTo' = 'CASH' then
              v_cash_part := v_amount;
            elsif v_grant->>'status' = 'ACTIVE' then
              v_bonus_part := v_amount;
              v_changes := seamless_grant_change(v_changes, v_grant->>'id', 'balance', v_amount);
              v_changes := seamless_grant_change(v_changes, v_grant->>'id', 'granted', v_amount);
              v_changes := seamless_grant_change(v_changes, v_grant->>'id', 'required', v_amount * coalesce((v_grant->>'multiplier')::bigint, 0));
            end if;
            -- The grant is looked at again once the round is settled (its last free round may complete it).
            if v_grant->>'status' = 'ACTIVE' then
              v_changes := seamless_grant_change(v_changes, v_grant->>'id', 'used', 0);
            end if;
          else
            -- Back in proportion to the round's stakes: the bonus share floored, cash the rest.
            if p_round.cash_staked + p_round.bonus_staked > 0 then
              v_bonus_part := floor(v_amount::numeric * p_round.bonus_staked / (p_round.cash_staked + p_round.bonus_staked))::bigint;
            end if;
            v_cash_part := v_amount - v_bonus_part;
            if v_grant is not null and v_bonus_part > 0 then
              if v_grant->>'status' = 'ACTIVE' then
                v_changes := seamless_grant_change(v_changes, v_grant->>'id', 'balance', v_bonus_part);
              else
                -- The round's grant ended (expired, forfeited, completed): only the real-money share is paid.
                v_bonus_part := 0;
              end if;
            end if;
          end if;
          if v_cash_part + v_bonus_part > 0 then v_legs := v_legs || jsonb_build_object('accountId', p_house_id, 'amount', -(v_cash_part + v_bonus_part)); end if;
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
            v_amount := p_ref.amount;
            v_round_id := p_ref.round_id;
            v_free := p_ref.free_bet;
            v_undid := true;
            -- p_grants: the bet's grant and the grants its bonus part came from, whatever their status.
            select g into v_grant from jsonb_array_elements(p_grants) g where g->>'id' = p_ref.grant_id::text;
            if p_ref.free_bet then
              -- The free bet is given back while its grant is active.
              v_played := false;
              if v_grant->>'status' = 'ACTIVE' then
                v_changes := seamless_grant_change(v_changes, v_grant->>'id', 'used', -1);
              end if;
            else
              v_cash_part := p_ref.cash_amount;
              -- Each grant's part goes back to it while it is active; an ended grant's part was
              -- forfeited or converted with it and stays with the house. Bonus money of no grant goes back.
              v_bonus_part := p_ref.bonus_amount;
              v_parts := '{}';
              for v_part in select e.key as id, e.value::bigint as amount from jsonb_each_text(coalesce(p_ref.grant_parts, '{}')) e loop
                if exists (select 1 from jsonb_array_elements(p_grants) g where g->>'id' = v_part.id and g->>'status' = 'ACTIVE') then
                  v_parts := v_parts || jsonb_build_object(v_part.id, v_part.amount);
                  v_changes := seamless_grant_change(v_changes, v_part.id, 'balance', v_part.amount);
                else
                  v_bonus_part := v_bonus_part - v_part.amount;
                end if;
              end loop;
              -- The wagering the bet added comes off its grant while it is active.
              if v_grant->>'status' = 'ACTIVE' and p_ref.weighted > 0 then
                v_weighted := least(p_ref.weighted, (v_grant->>'wagered')::bigint);
                v_changes := seamless_grant_change(v_changes, v_grant->>'id', 'wagered', -v_weighted);
                v_contribution := jsonb_build_object('grant', v_grant->>'id', 'game', p_round.game_id, 'staked', -v_amount, 'wagered', -v_weighted);
              end if;
              if v_cash_part + v_bonus_part > 0 then v_legs := v_legs || jsonb_build_object('accountId', p_house_id, 'amount', -(v_cash_part + v_bonus_part)); end if;
              if v_cash_part > 0 then v_legs := v_legs || jsonb_build_object('accountId', p_cash_id, 'amount', v_cash_part); end if;
              if v_bonus_part > 0 then v_legs := v_legs || jsonb_build_object('accountId', p_bonus_id, 'amount', v_bonus_part); end if;
            end if;
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
          'ctx', jsonb_strip_nulls(jsonb_build_object('kind', v_kind, 'round', v_round_id, 'amount', v_amount::text,
            'cash', v_cash_part::text, 'bonus', v_bonus_part::text, 'refTx', p_ref.transaction_id,
            -- A rollback takes the bet's whole stake out of its round (a forfeited part included).
            'roundCash', p_ref.cash_amount::text, 'roundBonus', p_ref.bonus_amount::text,
            'grant', v_grant->>'id', 'parts', v_parts, 'weighted', v_weighted::text, 'free', v_free, 'undid', v_undid,
            'played', v_played, 'changes', case when v_changes <> '{}' then v_changes end, 'contribution', v_contribution)));
      end $$;
`);

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
        -- The grants each callback may touch (seamless_judge's p_grants), and what the group locks.
        r_grants jsonb[];
        v_bet_players uuid[];
        v_grant_ids uuid[];
        v_grant bonus_grant;
        v_changed bonus_grant[];
        v_notable boolean[];
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
        s_grant uuid[]; s_parts jsonb[]; s_weighted bigint[]; s_free boolean[];
        b_item integer[]; b_round text[]; b_cash bigint[]; b_bonus bigint[]; b_grant uuid[]; b_free boolean[];
        w_item integer[]; w_round text[]; w_amount bigint[];
        u_round text[]; u_player text[]; u_cash bigint[]; u_bonus bigint[]; u_ref_tx text[]; u_tx text[]; u_free boolean[];
        -- What the group does to grants: each callback's changes and per-game contribution.
        g_changes jsonb[]; g_contributions jsonb[];
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

          -- The grants: the active ones of each bet's player (the bet feeds one and spends from
          -- them), a win's round's grant when the round staked bonus money or is a free round, a
          -- rollback's bet's grant and the grants of its parts, locked in id order after the
          -- accounts and the seamless rows. A group has one callback per player, so each grant
          -- is touched by one callback of the group at most.
          v_bet_players := '{}';
          v_grant_ids := '{}';
          for k in 1..v_last - v_first + 1 loop
            v_i := v_first + k - 1;
            if c_op[v_i] = 'bet' and c_cash[v_i] is not null then
              v_bet_players := v_bet_players || c_player[v_i]::uuid;
            end if;
            if c_op[v_i] = 'win' and ((r_round[k]).bonus_staked > 0 or (r_round[k]).free_bet) then
              v_grant_ids := v_grant_ids || (r_round[k]).grant_id;
            elsif c_op[v_i] = 'rollback' then
              v_grant_ids := v_grant_ids || (r_ref[k]).grant_id || array(select e::uuid from jsonb_object_keys(coalesce((r_ref[k]).grant_parts, '{}')) e);
            end if;
          end loop;
          r_grants := array_fill('[]'::jsonb, array[v_last - v_first + 1]);
          perform 1 from bonus_grant g
          where g.tenant_id = p_tenant and (g.id = any (v_grant_ids) or (g.player_id = any (v_bet_players) and g.status = 'ACTIVE'))
          order by g.id for update;
          if found then
            select array_agg(coalesce(case when c_op[s.i] = 'bet' then
                (select jsonb_agg(seamless_grant_view(x) order by x.expires_at, x.created_at, x.id) from bonus_grant x
                 where x.tenant_id = p_tenant and x.player_id = case when c_cash[s.i] is not null then c_player[s.i]::uuid end
                   and x.currency = c_currency[s.i] and x.status = 'ACTIVE')
              when c_op[s.i] = 'win' and ((r_round[s.k]).bonus_staked > 0 or (r_round[s.k]).free_bet) then
                (select jsonb_agg(seamless_grant_view(x)) from bonus_grant x where x.tenant_id = p_tenant and x.id = (r_round[s.k]).grant_id)
              when c_op[s.i] = 'rollback' then
                (select jsonb_agg(seamless_grant_view(x)) from bonus_grant x
                 where x.tenant_id = p_tenant and x.id in (select (r_ref[s.k]).grant_id
                   union select e::uuid from jsonb_object_keys(coalesce((r_ref[s.k]).grant_parts, '{}')) e))
              end, '[]') order by s.k)
            into r_grants
            from generate_series(v_first, v_last) with ordinality s(i, k);
          end if;

          v_decisions := '{}';
          v_postings := '[]'::jsonb;
          v_posting_of := '{}';
          for k in 1..v_last - v_first + 1 loop
            v_i := v_first + k - 1;
            v_decision := seamless_judge(p_tenant, p_provider, p_currencies, c_cmd[v_i], c_cash[v_i], c_bonus[v_i], c_house[v_i], c_session[v_i],
              r_existing[k], r_ref[k], r_round[k], r_cash[k], r_bonus[k], r_has_rg[k], r_grants[k]);
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
          s_grant := '{}'; s_parts := '{}'; s_weighted := '{}'; s_free := '{}';
          b_item := '{}'; b_round := '{}'; b_cash := '{}'; b_bonus := '{}'; b_grant := '{}'; b_free := '{}';
          w_item := '{}'; w_round := '{}'; w_amount := '{}';
          u_round := '{}'; u_player := '{}'; u_cash := '{}'; u_bonus := '{}'; u_ref_tx := '{}'; u_tx := '{}'; u_free := '{}';
          g_changes := '{}'; g_contributions := '{}';
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
            s_grant := s_grant || (v_ctx->>'grant')::uuid;
            s_parts := s_parts || (v_ctx->'parts');
            s_weighted := s_weighted || (v_ctx->>'weighted')::bigint;
            s_free := s_free || (v_ctx->>'free')::boolean;
            if v_ctx ? 'changes' then g_changes := g_changes || (v_ctx->'changes'); end if;
            if v_ctx ? 'contribution' then g_contributions := g_contributions || (v_ctx->'contribution'); end if;
            if v_kind = 'BET' then
              b_item := b_item || v_i;
              b_round := b_round || (v_ctx->>'round');
              b_cash := b_cash || (v_ctx->>'cash')::bigint;
              b_bonus := b_bonus || (v_ctx->>'bonus')::bigint;
              b_grant := b_grant || (v_ctx->>'grant')::uuid;
              b_free := b_free || (v_ctx->>'free')::boolean;
            elsif v_kind = 'WIN' then
              w_item := w_item || v_i;
              w_round := w_round || (v_ctx->>'round');
              w_amount := w_amount || v_amount;
            elsif (v_ctx->>'undid')::boolean then
              -- A rollback that undid a stake: the whole stake leaves its round.
              u_round := u_round || (v_ctx->>'round');
              u_player := u_player || c_player[v_i];
              u_cash := u_cash || (v_ctx->>'roundCash')::bigint;
              u_bonus := u_bonus || (v_ctx->>'roundBonus')::bigint;
              u_free := u_free || (v_ctx->>'free')::boolean;
              u_ref_tx := u_ref_tx || (v_ctx->>'refTx');
              u_tx := u_tx || c_tx[v_i];
            end if;
            -- Responsible gambling counts a stake, a win (what it paid), and a stake rolled back;
            -- not free bets nor their rounds' wins.
            if (v_ctx->>'played')::boolean and ((v_kind in ('BET', 'WIN') and v_amount > 0) or (v_kind = 'ROLLBACK' and (v_ctx->>'undid')::boolean)) then
              played_player := played_player || c_player[v_i];
              played_currency := played_currency || c_currency[v_i];
              played_staked := played_staked || case v_kind when 'BET' then v_amount when 'ROLLBACK' then -v_amount else 0 end;
              played_won := played_won || case when v_kind = 'WIN' then (v_ctx->>'cash')::bigint + (v_ctx->>'bonus')::bigint else 0 end;
            end if;
          end loop;
          continue when cardinality(s_item) = 0;

          -- Rounds: a bet opens its round or adds to its stakes; a win adds to it and closes it
          -- unless told not to; a rollback that undid a stake takes it back.
          if cardinality(b_item) > 0 then
            insert into seamless_round as r (tenant_id, provider_id, round_id, player_id, currency, game_id, status, cash_staked, bonus_staked, grant_id, free_bet)
            select p_tenant, p_provider, u.round, c_player[u.item], c_currency[u.item], coalesce(c_cmd[u.item]->>'game', ''), 'OPEN', u.cash, u.bonus, u.grant_id, u.free
            from unnest(b_item, b_round, b_cash, b_bonus, b_grant, b_free) u(item, round, cash, bonus, grant_id, free)
            on conflict (tenant_id, provider_id, round_id, player_id)
            do update set cash_staked = r.cash_staked + excluded.cash_staked, bonus_staked = r.bonus_staked + excluded.bonus_staked,
              grant_id = coalesce(r.grant_id, excluded.grant_id);
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
            -- A free round whose free bet is rolled back is void: it closes (the free bet is given back).
            update seamless_round r
            set cash_staked = r.cash_staked - u.cash, bonus_staked = r.bonus_staked - u.bonus,
              status = case when u.free then 'CLOSED' else r.status end,
              closed_at = case when u.free then now() else r.closed_at end
            from (select b.cash, b.bonus, b.free, found.ctid as target
                  from unnest(u_round, u_player, u_cash, u_bonus, u_free) b(round, player, cash, bonus, free)
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

          -- Grants: per-game contributions, then each changed grant in one statement that also
          -- completes it when its wagering is done (a FREE_BETS grant: also every free bet played
          -- and its free rounds settled); a completed grant converts (bonus_close, in this
          -- transaction, before the answers read balances), the others publish their change.
          if cardinality(g_contributions) > 0 then
            insert into bonus_contribution as b (tenant_id, grant_id, game, staked, wagered)
            select p_tenant, (c->>'grant')::uuid, c->>'game', sum((c->>'staked')::bigint), sum((c->>'wagered')::bigint)
            from unnest(g_contributions) c group by 2, 3
            on conflict (tenant_id, grant_id, game) do update set staked = b.staked + excluded.staked, wagered = b.wagered + excluded.wagered;
          end if;
          if cardinality(g_changes) > 0 then
            with changed as (
              update bonus_grant g
              set balance = g.balance + n.balance, granted = g.granted + n.granted, wagering_required = n.new_required,
                wagered = n.new_wagered, free_bets_used = n.new_used, seq = g.seq + case when n.notable then 1 else 0 end, updated_at = now(),
                status = case when n.done then 'COMPLETED' else g.status end,
                end_reason = case when n.done then 'COMPLETED' else g.end_reason end,
                ended_at = case when n.done then now() else g.ended_at end
              from (select t.*,
                        -- What bonusUpdated carries: every change of money, requirement, free bets or status, and wagering
                        -- progress in whole-percent steps (a bet that moves it less publishes nothing and takes no seq).
                        t.done or t.balance <> 0 or t.granted <> 0 or t.required <> 0 or t.new_used <> t.old_used
                          or bonus_percent(t.new_wagered, t.new_required) <> bonus_percent(t.old_wagered, t.old_required) as notable
                    from (select s.*, s.new_wagered >= s.new_required and (
                        (s.free_bets_total is null and s.new_required > 0)
                        or (s.free_bets_total is not null and s.new_used >= s.free_bets_total and not exists (select 1 from seamless_round r
                              where r.tenant_id = p_tenant and r.grant_id = s.id and r.free_bet and r.status = 'OPEN'))) as done
                    from (select x.id, x.free_bets_total, d.balance, d.granted, d.required, x.wagering_required + d.required as new_required,
                            x.wagered as old_wagered, x.wagering_required as old_required, x.free_bets_used as old_used,
                            least(x.wagering_required + d.required, greatest(0, x.wagered + d.wagered)) as new_wagered,
                            greatest(0, x.free_bets_used + d.used) as new_used
                          from (select e.key::uuid as id, coalesce(sum((e.value->>'balance')::bigint), 0) as balance,
                                  coalesce(sum((e.value->>'granted')::bigint), 0) as granted, coalesce(sum((e.value->>'required')::bigint), 0) as required,
                                  coalesce(sum((e.value->>'wagered')::bigint), 0) as wagered, coalesce(sum((e.value->>'used')::integer), 0) as used
                                from unnest(g_changes) c, jsonb_each(c) e group by e.key) d
                          join bonus_grant x on x.tenant_id = p_tenant and x.id = d.id) s) t) n
              where g.tenant_id = p_tenant and g.id = n.id and g.status = 'ACTIVE'
              returning g, n.notable)
            select array_agg(changed.g order by (changed.g).id), array_agg(changed.notable order by (changed.g).id)
            into v_changed, v_notable from changed;
            perform bonus_publish(v_changed[i]) from generate_subscripts(v_changed, 1) i where (v_changed[i]).status = 'ACTIVE' and v_notable[i];
            foreach v_grant in array coalesce(v_changed, '{}') loop
              if v_grant.status = 'COMPLETED' then
                perform bonus_close(p_tenant, v_grant, 'PROVIDER:' || p_provider, p_stripes, p_currencies, (v_houses->>v_grant.currency)::uuid);
              end if;
            end loop;
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
            cash_amount, bonus_amount, reference_id, request_hash, response, ledger_transaction_id, grant_id, grant_parts, weighted, free_bet)
          select p_tenant, p_provider, c_tx[u.item], u.kind, c_player[u.item], u.round, c_currency[u.item], u.amount,
            u.cash, u.bonus, c_ref[u.item], c_cmd[u.item]->>'hash', u.answer, u.ledger_tx, u.grant_id, u.parts, u.weighted, u.free
          from unnest(s_item, s_kind, s_round, s_amount, s_cash, s_bonus, s_answer, s_ledger_tx, s_grant, s_parts, s_weighted, s_free)
            u(item, kind, round, amount, cash, bonus, answer, ledger_tx, grant_id, parts, weighted, free);

          for k in 1..cardinality(s_item) loop
            v_answers[s_item[k]] := s_answer[k];
          end loop;
        end loop;
        return to_jsonb(v_answers);
      end $$;`);
  }
}
