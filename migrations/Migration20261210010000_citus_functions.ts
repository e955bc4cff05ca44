import { Migration } from '@mikro-orm/migrations';

/**
 * Citus-ready SQL functions (issue #22, docs/scaling.md "Citus: sharding by tenant"): every
 * statement of a function on a tenant table names its tenant, so Citus can route it to the one
 * worker that holds the tenant (tests/unit/tenant-predicates.test.ts).
 *
 * - Functions that take the tenant (`p_tenant`) gain `tenant_id = p_tenant` where a statement
 *   found rows by id alone: ledger_resolve, ledger_post_batch, bonus_close, seamless_callbacks;
 *   bonus_budget_reserve's scope loop (whose body inserts the tenant's usage rows) says that the
 *   budget it walks is the tenant's.
 * - ledger_announce(p_account_id, p_cause) becomes ledger_announce(p_tenant, p_account_id, p_cause),
 *   and ledger_lock_accounts(p_ids) becomes ledger_lock_accounts(p_tenant, p_ids) (bonus_end, its
 *   one SQL caller, passes its p_tenant). The predicate test does not see the latter's statement
 *   (`perform … for no key update` reads to it as an update without a table), but Citus would:
 *   SELECT … FOR UPDATE works only on one shard.
 * - The platform-wide relays and jobs (outbox_claim, outbox_ack, outbox_prune, outbox_backlog,
 *   email_outbox_claim, email_outbox_settle, email_outbox_prune) and password_reset_scope (a reset
 *   link carries only its token) cross tenants by design; their statements say so with an
 *   `all-tenants` comment.
 * Each body is the previous definition (pg_get_functiondef of the migrated catalog) with only
 * those changes; `create or replace` keeps owners, grants, security definer and search_path.
 */
export class Migration20261210010000CitusFunctions extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
CREATE OR REPLACE FUNCTION public.ledger_resolve(p_tenant uuid, p_selector jsonb, p_counterparty ledger_account, p_stripes integer, p_currencies text[])
 RETURNS jsonb
 LANGUAGE plpgsql
AS $function$
      declare
        v_account ledger_account;
        v_owner_type text := p_selector->>'ownerType';
        v_owner_id text := coalesce(p_selector->>'ownerId', '');
        v_currency text := coalesce(p_selector->>'currency', p_counterparty.currency);
        v_kind text := coalesce(p_selector->>'kind', 'CASH');
        v_stripe integer := 0;
      begin
        if p_selector->>'accountId' is not null then
          select * into v_account from ledger_account where tenant_id = p_tenant and id = (p_selector->>'accountId')::uuid;
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
                  case when v_owner_type in ('PLAYER', 'ESCROW', 'AFFILIATE') and v_kind <> 'POINTS' then 'NON_NEGATIVE' else 'UNBOUNDED' end)
          on conflict (tenant_id, owner_type, owner_id, currency, kind, stripe) do nothing;
        end loop;
        raise exception 'ledger_resolve: account % % % % not found after insert', v_owner_type, v_owner_id, v_currency, v_kind;
      end $function$;`);
    this.addSql(`
CREATE OR REPLACE FUNCTION public.ledger_post_batch(p_tenant uuid, p_postings jsonb)
 RETURNS jsonb
 LANGUAGE plpgsql
AS $function$
      declare
        v_count integer := jsonb_array_length(p_postings);
        v_answers jsonb[] := array_fill(null::jsonb, array[v_count]);
        v_now timestamptz := now();
        -- The batch's accounts, locked, in id order; v_at maps an id to its index.
        v_at jsonb;
        a_id uuid[]; a_currency text[]; a_policy text[]; a_floor bigint[]; a_balance bigint[]; a_held bigint[];
        a_frozen boolean[]; a_seq bigint[]; a_entries bigint[]; a_owner_type text[]; a_owner_id text[]; a_kind text[];
        a_changed boolean[];
        -- The rows to write.
        t_id uuid[] := '{}'; t_code text[] := '{}'; t_reference text[] := '{}'; t_metadata jsonb[] := '{}';
        t_key text[] := '{}'; t_reverses uuid[] := '{}'; t_created_by text[] := '{}';
        e_id uuid[] := '{}'; e_transaction uuid[] := '{}'; e_account uuid[] := '{}'; e_amount bigint[] := '{}'; e_balance bigint[] := '{}'; e_seq bigint[] := '{}';
        o_position integer[] := '{}'; o_seq bigint[] := '{}'; o_balance bigint[] := '{}'; o_held bigint[] := '{}'; o_cause jsonb[] := '{}';
        -- One posting.
        -- Amounts and sums in numeric: a sum past a bigint is BALANCE_OVERFLOW, not an error of the statement.
        v_meta jsonb; v_legs jsonb; v_positions integer[]; v_amounts numeric[]; v_currencies text[];
        v_legs_count integer; v_net numeric; v_sum numeric; v_running numeric; v_overflow boolean; v_position integer; v_failure jsonb;
        v_transaction_id uuid; v_entries jsonb; v_override text; v_overridden boolean; v_metadata jsonb;
      begin
        select jsonb_object_agg(s.id, s.n), array_agg(s.id order by s.n), array_agg(s.currency::text order by s.n),
               array_agg(s.floor_policy order by s.n), array_agg(s.floor_limit order by s.n), array_agg(s.balance order by s.n),
               array_agg(s.held order by s.n), array_agg(s.frozen order by s.n), array_agg(s.last_seq order by s.n),
               array_agg(s.entry_count order by s.n), array_agg(s.owner_type order by s.n), array_agg(s.owner_id order by s.n),
               array_agg(s.kind order by s.n), array_agg(false order by s.n)
        into v_at, a_id, a_currency, a_policy, a_floor, a_balance, a_held, a_frozen, a_seq, a_entries, a_owner_type, a_owner_id, a_kind, a_changed
        from (
          select locked.*, row_number() over (order by locked.id)::integer as n
          from (
            -- An array, so the lookup is by primary key however the planner guesses the JSON's size.
            select * from ledger_account
            where tenant_id = p_tenant and id = any (array(select distinct (leg->>'accountId')::uuid
                                  from jsonb_array_elements(p_postings) posting, jsonb_array_elements(posting->'legs') leg))
            order by id
            -- NO KEY UPDATE, not UPDATE: no key of an account ever changes, and the key share
            -- locks that inserts referencing an account take (a hold, an adjustment, an entry)
            -- then never wait on a posting, nor a posting on them.
            for no key update
          ) locked
        ) s;
        v_at := coalesce(v_at, '{}'::jsonb);

        for i in 1..v_count loop
          v_legs := p_postings->(i - 1)->'legs';
          v_meta := p_postings->(i - 1)->'meta';
          v_legs_count := jsonb_array_length(v_legs);
          v_positions := '{}'; v_amounts := '{}'; v_currencies := '{}';
          v_failure := null;
          -- A correction by the platform (reversal, dispute outcome, settlement) moves money on frozen accounts.
          v_override := nullif(v_meta->>'frozenOverride', '');
          v_overridden := false;
          for j in 0..v_legs_count - 1 loop
            v_position := (v_at->>(v_legs->j->>'accountId'))::integer;
            if v_position is null then
              v_failure := ledger_failure('ACCOUNT_NOT_FOUND', jsonb_build_object('accountId', v_legs->j->>'accountId'));
              exit;
            end if;
            v_positions := array_append(v_positions, v_position);
            v_amounts := array_append(v_amounts, (v_legs->j->>'amount')::numeric);
            if v_amounts[j + 1] <> trunc(v_amounts[j + 1]) then
              raise exception 'ledger_post_batch: amount % is not a whole number of minor units', v_amounts[j + 1];
            end if;
          end loop;

          if v_failure is null then
            for j in 1..v_legs_count loop
              -- The first leg of each currency checks that the currency balances.
              if not (a_currency[v_positions[j]] = any (v_currencies)) then
                v_currencies := array_append(v_currencies, a_currency[v_positions[j]]);
                v_sum := 0;
                for k in j..v_legs_count loop
                  if a_currency[v_positions[k]] = a_currency[v_positions[j]] then v_sum := v_sum + v_amounts[k]; end if;
                end loop;
                if v_sum <> 0 then
                  raise exception 'ledger_post_batch: legs in % do not balance (%)', a_currency[v_positions[j]], v_sum;
                end if;
              end if;
              -- The first leg of each account checks the account's net change.
              continue when v_positions[j] = any (v_positions[1:j - 1]);
              v_position := v_positions[j];
              v_net := 0;
              -- Every running balance the entries will show must fit a bigint, not only the last.
              v_running := a_balance[v_position];
              v_overflow := false;
              for k in j..v_legs_count loop
                if v_positions[k] = v_position then
                  v_net := v_net + v_amounts[k];
                  v_running := v_running + v_amounts[k];
                  v_overflow := v_overflow or v_amounts[k] not between -9223372036854775807 and 9223372036854775807
                    or v_running not between -9223372036854775807 and 9223372036854775807;
                end if;
              end loop;
              if a_frozen[v_position] and v_override is null then
                v_failure := ledger_failure('ACCOUNT_FROZEN', jsonb_build_object('accountId', a_id[v_position]));
              elsif v_overflow then
                v_failure := ledger_failure('BALANCE_OVERFLOW', jsonb_build_object('accountId', a_id[v_position]));
              elsif a_policy[v_position] <> 'UNBOUNDED' and a_balance[v_position]::numeric + v_net - a_held[v_position] < a_floor[v_position] then
                v_failure := ledger_failure('INSUFFICIENT_FUNDS', jsonb_build_object('accountId', a_id[v_position]));
              end if;
              exit when v_failure is not null;
              v_overridden := v_overridden or a_frozen[v_position];
            end loop;
          end if;

          if v_failure is not null then
            v_answers[i] := v_failure;
            continue;
          end if;

          -- Ids come from the caller when it has them: its generator is monotonic, so ids sort in posting order.
          v_transaction_id := coalesce((v_meta->>'transactionId')::uuid, ledger_uuidv7());
          t_id := array_append(t_id, v_transaction_id);
          t_code := array_append(t_code, v_meta->>'code');
          t_reference := array_append(t_reference, v_meta->>'reference');
          v_metadata := coalesce(v_meta->'metadata', '{}'::jsonb)
            || case when v_overridden then jsonb_build_object('frozenOverride', v_override) else '{}'::jsonb end;
          t_metadata := array_append(t_metadata, v_metadata);
          t_key := array_append(t_key, v_meta->>'idempotencyKey');
          t_reverses := array_append(t_reverses, (v_meta->>'reversesId')::uuid);
          t_created_by := array_append(t_created_by, v_meta->>'createdBy');
          -- Entries in leg order, each with the balance it left and the account's entry number.
          v_entries := '[]'::jsonb;
          for j in 1..v_legs_count loop
            v_position := v_positions[j];
            a_balance[v_position] := a_balance[v_position] + v_amounts[j]::bigint;
            a_entries[v_position] := a_entries[v_position] + 1;
            e_id := array_append(e_id, coalesce((v_meta->'entryIds'->>(j - 1))::uuid, ledger_uuidv7()));
            e_transaction := array_append(e_transaction, v_transaction_id);
            e_account := array_append(e_account, a_id[v_position]);
            e_amount := array_append(e_amount, v_amounts[j]::bigint);
            e_balance := array_append(e_balance, a_balance[v_position]);
            e_seq := array_append(e_seq, a_entries[v_position]);
            v_entries := v_entries || jsonb_build_object('accountId', a_id[v_position], 'amount', v_amounts[j]::text,
              'balanceAfter', a_balance[v_position]::text, 'seq', a_entries[v_position]::text);
          end loop;
          -- One change event per account, as the posting left it.
          for j in 1..v_legs_count loop
            continue when v_positions[j] = any (v_positions[1:j - 1]);
            v_position := v_positions[j];
            a_seq[v_position] := a_seq[v_position] + 1;
            a_changed[v_position] := true;
            o_position := array_append(o_position, v_position);
            o_seq := array_append(o_seq, a_seq[v_position]);
            o_balance := array_append(o_balance, a_balance[v_position]);
            o_held := array_append(o_held, a_held[v_position]);
            o_cause := array_append(o_cause, jsonb_build_object('transactionId', v_transaction_id, 'code', v_meta->>'code'));
          end loop;
          v_answers[i] := jsonb_build_object('posting', jsonb_build_object('id', v_transaction_id, 'createdAt', v_now, 'entries', v_entries,
            'metadata', v_metadata));
        end loop;

        if cardinality(t_id) = 0 then
          return to_jsonb(v_answers);
        end if;

        update ledger_account a
        set balance = u.balance, last_seq = u.seq, entry_count = u.entries
        from unnest(a_id, a_balance, a_seq, a_entries, a_changed) as u(id, balance, seq, entries, changed)
        where a.tenant_id = p_tenant and a.id = u.id and u.changed;

        insert into ledger_transaction (id, tenant_id, code, reference, metadata, idempotency_key, reverses_id, created_by, created_at)
        select u.id, p_tenant, u.code, u.reference, u.metadata, u.key, u.reverses, u.created_by, v_now
        from unnest(t_id, t_code, t_reference, t_metadata, t_key, t_reverses, t_created_by)
          as u(id, code, reference, metadata, key, reverses, created_by);

        insert into ledger_entry (id, tenant_id, transaction_id, account_id, amount, balance_after, seq, created_at)
        select u.id, p_tenant, u.transaction_id, u.account_id, u.amount, u.balance, u.seq, v_now
        from unnest(e_id, e_transaction, e_account, e_amount, e_balance, e_seq) with ordinality
          as u(id, transaction_id, account_id, amount, balance, seq, ord)
        order by u.ord;

        insert into outbox_event (id, tenant_id, stream, seq, type, payload)
        select ledger_uuidv7(), p_tenant, 'account:' || a_id[u.position], u.seq, 'wallet.account.changed',
          ledger_change_payload(a_id[u.position], a_owner_type[u.position], a_owner_id[u.position], a_currency[u.position],
                                a_kind[u.position], u.balance, u.held, a_frozen[u.position], u.cause)
        from unnest(o_position, o_seq, o_balance, o_held, o_cause) with ordinality as u(position, seq, balance, held, cause, ord)
        order by u.ord;

        return to_jsonb(v_answers);
      end $function$;`);
    this.addSql(`
CREATE OR REPLACE FUNCTION public.bonus_close(p_tenant uuid, p_grant bonus_grant, p_by text, p_stripes integer, p_currencies text[], p_house uuid DEFAULT NULL::uuid)
 RETURNS jsonb
 LANGUAGE plpgsql
AS $function$
      declare
        g bonus_grant := p_grant;
        v_bonus uuid; v_cash uuid; v_house uuid;
        v_available bigint;
        v_balance bigint;
        v_converted bigint := 0;
        v_forfeited bigint := 0;
        v_legs jsonb := '[]';
        v_posted jsonb;
        v_tx uuid;
      begin
        v_bonus := (ledger_resolve(p_tenant, jsonb_build_object('ownerType', 'PLAYER', 'ownerId', g.player_id, 'currency', g.currency, 'kind', 'BONUS'),
          null, p_stripes, p_currencies)->'account'->>'id')::uuid;
        v_cash := (ledger_resolve(p_tenant, jsonb_build_object('ownerType', 'PLAYER', 'ownerId', g.player_id, 'currency', g.currency, 'kind', 'CASH'),
          null, p_stripes, p_currencies)->'account'->>'id')::uuid;
        v_house := coalesce(p_house, (ledger_resolve(p_tenant, jsonb_build_object('ownerType', 'HOUSE', 'currency', g.currency),
          jsonb_populate_record(null::ledger_account, jsonb_build_object('id', v_bonus, 'currency', g.currency)), p_stripes, p_currencies)->'account'->>'id')::uuid);

        -- The grant's share, never more than the account holds (money posted to BONUS without a grant is nobody's).
        select greatest(0, a.balance - a.held) into v_available from ledger_account a where a.tenant_id = p_tenant and a.id = v_bonus;
        v_balance := least(g.balance, v_available);
        if g.status = 'COMPLETED' then
          v_converted := case when g.max_conversion_multiple is null then v_balance
            else least(v_balance, g.granted * g.max_conversion_multiple) end;
        end if;
        v_forfeited := v_balance - v_converted;
        if v_balance > 0 then
          v_legs := v_legs || jsonb_build_object('accountId', v_bonus, 'amount', -v_balance);
          if v_converted > 0 then v_legs := v_legs || jsonb_build_object('accountId', v_cash, 'amount', v_converted); end if;
          if v_forfeited > 0 then v_legs := v_legs || jsonb_build_object('accountId', v_house, 'amount', v_forfeited); end if;
          v_posted := ledger_post_batch(p_tenant, jsonb_build_array(jsonb_build_object('legs', v_legs, 'meta', jsonb_build_object(
            'code', case g.status when 'COMPLETED' then 'BONUS_CONVERSION' when 'EXPIRED' then 'BONUS_EXPIRY' else 'BONUS_FORFEIT' end,
            'reference', g.id::text,
            'metadata', jsonb_build_object('grant', g.id, 'reason', g.end_reason, 'converted', v_converted::text, 'forfeited', v_forfeited::text),
            'idempotencyKey', 'bonus-end:' || g.id,
            'createdBy', p_by,
            -- A platform rule applied to the player's bonus: a freeze does not keep a forfeited bonus alive.
            'frozenOverride', 'bonus ' || lower(g.status)))))->0;
          if v_posted ? 'error' then
            raise exception 'bonus_close: the ledger refused ending grant %: %', g.id, v_posted->'error';
          end if;
          v_tx := (v_posted->'posting'->>'id')::uuid;
        end if;

        update bonus_grant set balance = 0, converted = v_converted, forfeited = v_forfeited, end_transaction_id = v_tx
        where tenant_id = p_tenant and id = g.id
        returning * into g;
        perform bonus_budget_settle(p_tenant, g.reservations, v_converted);
        perform bonus_publish(g);
        return jsonb_build_object('ok', true, 'converted', v_converted::text, 'forfeited', v_forfeited::text, 'transactionId', v_tx);
      end $function$;`);
    this.addSql(`
CREATE OR REPLACE FUNCTION public.bonus_budget_reserve(p_tenant uuid, p_template uuid, p_player uuid, p_currency text, p_face_value bigint, p_expected_cost bigint)
 RETURNS jsonb
 LANGUAGE plpgsql
AS $function$
      declare
        v_budget bonus_budget;
        v_start timestamptz;
        v_amount bigint;
        v_scope record;
        v_reservations jsonb := '[]';
      begin
        for v_budget in
          select * from bonus_budget b
          where b.tenant_id = p_tenant and b.currency = p_currency and (b.template_id = p_template or b.template_id is null)
          order by b.id
        loop
          v_start := case v_budget.period when 'TOTAL' then 'epoch'::timestamptz
            else date_trunc(lower(v_budget.period), now() at time zone 'UTC') at time zone 'UTC' end;
          v_amount := case v_budget.basis when 'FACE_VALUE' then p_face_value else p_expected_cost end;
          continue when v_amount = 0;
          -- The budget's total is the nil player's row; the player's share, their own.
          for v_scope in
            select * from (values ('TOTAL', '00000000-0000-0000-0000-000000000000'::uuid, v_budget.total_limit),
                                  ('PER_PLAYER', p_player, v_budget.per_player_limit)) x(scope, player, cap)
            where x.cap is not null and v_budget.tenant_id = p_tenant
          loop
            insert into bonus_budget_usage (tenant_id, budget_id, period_start, player_id) values (p_tenant, v_budget.id, v_start, v_scope.player)
            on conflict do nothing;
            update bonus_budget_usage set reserved = reserved + v_amount
            where tenant_id = p_tenant and budget_id = v_budget.id and period_start = v_start and player_id = v_scope.player
              and reserved + consumed + v_amount <= v_scope.cap;
            if not found then
              return jsonb_build_object('error', 'BUDGET_EXCEEDED', 'budgetId', v_budget.id, 'scope', v_scope.scope,
                'limit', v_scope.cap::text, 'remaining', (select greatest(0, v_scope.cap - reserved - consumed)::text
                  from bonus_budget_usage where tenant_id = p_tenant and budget_id = v_budget.id and period_start = v_start and player_id = v_scope.player));
            end if;
            v_reservations := v_reservations || jsonb_build_object('budgetId', v_budget.id, 'periodStart', v_start, 'playerId', v_scope.player, 'amount', v_amount::text);
          end loop;
        end loop;
        return jsonb_build_object('reservations', v_reservations);
      end $function$;`);
    this.addSql(`
CREATE OR REPLACE FUNCTION public.seamless_callbacks(p_tenant uuid, p_provider uuid, p_stripes integer, p_currencies text[], p_items jsonb)
 RETURNS jsonb
 LANGUAGE plpgsql
AS $function$
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
        perform 1 from ledger_account where tenant_id = p_tenant and id = any (v_ids) order by id for update;

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
                 array_agg(case when c_op[g.i] = 'bet' then (select a.balance - a.held from ledger_account a where a.tenant_id = p_tenant and a.id = c_cash[g.i]) end order by g.k),
                 array_agg(case when c_op[g.i] = 'bet' then (select a.balance - a.held from ledger_account a where a.tenant_id = p_tenant and a.id = c_bonus[g.i]) end order by g.k),
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
                   'cash', coalesce((select a.balance - a.held from ledger_account a where a.tenant_id = p_tenant and a.id = c_cash[u.item]), 0)::text,
                   'bonus', coalesce((select a.balance - a.held from ledger_account a where a.tenant_id = p_tenant and a.id = c_bonus[u.item]), 0)::text),
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
      end $function$;`);
    // A new signature with the tenant first; the old one goes (its one caller, announce() in
    // modules/wallet/wallet.ledger.ts, passes the transaction's tenant).
    this.addSql(`drop function ledger_announce(uuid, jsonb);`);
    this.addSql(`
CREATE FUNCTION public.ledger_announce(p_tenant uuid, p_account_id uuid, p_cause jsonb)
 RETURNS void
 LANGUAGE sql
AS $function$
        insert into outbox_event (id, tenant_id, stream, seq, type, payload)
        select ledger_uuidv7(), a.tenant_id, 'account:' || a.id, a.last_seq, 'wallet.account.changed',
          ledger_change_payload(a.id, a.owner_type, a.owner_id, a.currency, a.kind, a.balance, a.held, a.frozen, p_cause)
        from ledger_account a where a.tenant_id = p_tenant and a.id = p_account_id
      $function$;`);
    // The same for ledger_lock_accounts: its callers are lockAccounts() in wallet.ledger.ts and
    // bonus_end below. Its statement (a multi-row FOR NO KEY UPDATE) must stay on one shard.
    this.addSql(`drop function ledger_lock_accounts(uuid[]);`);
    this.addSql(`
CREATE FUNCTION public.ledger_lock_accounts(p_tenant uuid, p_ids uuid[])
 RETURNS void
 LANGUAGE plpgsql
AS $function$
      begin
        perform 1 from ledger_account where tenant_id = p_tenant and id = any (p_ids) order by id for no key update;
      end $function$;`);
    this.addSql(`
CREATE OR REPLACE FUNCTION public.bonus_end(p_tenant uuid, p_grant uuid, p_status text, p_reason text, p_by text, p_stripes integer, p_currencies text[], p_house uuid DEFAULT NULL::uuid)
 RETURNS jsonb
 LANGUAGE plpgsql
AS $function$
      declare
        g bonus_grant;
        v_bonus uuid; v_cash uuid; v_house uuid;
      begin
        perform set_config('app.tenant_id', p_tenant::text, true);
        if p_status not in ('COMPLETED', 'FORFEITED', 'EXPIRED') then
          raise exception 'bonus_end: % is not an end', p_status;
        end if;
        select * into g from bonus_grant where tenant_id = p_tenant and id = p_grant;
        if not found then
          return jsonb_build_object('error', 'NOT_FOUND');
        end if;
        v_bonus := (ledger_resolve(p_tenant, jsonb_build_object('ownerType', 'PLAYER', 'ownerId', g.player_id, 'currency', g.currency, 'kind', 'BONUS'),
          null, p_stripes, p_currencies)->'account'->>'id')::uuid;
        v_cash := (ledger_resolve(p_tenant, jsonb_build_object('ownerType', 'PLAYER', 'ownerId', g.player_id, 'currency', g.currency, 'kind', 'CASH'),
          null, p_stripes, p_currencies)->'account'->>'id')::uuid;
        v_house := coalesce(p_house, (ledger_resolve(p_tenant, jsonb_build_object('ownerType', 'HOUSE', 'currency', g.currency),
          jsonb_populate_record(null::ledger_account, jsonb_build_object('id', v_bonus, 'currency', g.currency)), p_stripes, p_currencies)->'account'->>'id')::uuid);
        perform ledger_lock_accounts(p_tenant, array[v_bonus, v_cash, v_house]);

        update bonus_grant set status = p_status, end_reason = p_reason, ended_at = now(), updated_at = now(), seq = seq + 1
        where tenant_id = p_tenant and id = p_grant and status = 'ACTIVE'
        returning * into g;
        if not found then
          select * into g from bonus_grant where tenant_id = p_tenant and id = p_grant;
          return jsonb_build_object('error', 'NOT_ACTIVE', 'status', g.status);
        end if;
        return bonus_close(p_tenant, g, p_by, p_stripes, p_currencies, v_house);
      end $function$;`);
    this.addSql(`
CREATE OR REPLACE FUNCTION public.outbox_claim(batch integer, lease interval)
 RETURNS SETOF outbox_event
 LANGUAGE sql
 SECURITY DEFINER
 SET search_path TO 'public'
AS $function$
        update /* all-tenants: the relay publishes every tenant's events, oldest position first */ outbox_event set lease_until = now() + lease
        where position in (
          select position from outbox_event
          where published_at is null and (lease_until is null or lease_until < now())
          order by position limit batch
          for update skip locked)
        returning *;
      $function$;`);
    this.addSql(`
CREATE OR REPLACE FUNCTION public.outbox_ack(positions bigint[])
 RETURNS void
 LANGUAGE sql
 SECURITY DEFINER
 SET search_path TO 'public'
AS $function$
        update /* all-tenants: the relay acknowledges the rows it claimed, by position */ outbox_event set published_at = now(), lease_until = null where position = any (positions);
      $function$;`);
    this.addSql(`
CREATE OR REPLACE FUNCTION public.outbox_prune(p_before timestamp with time zone, p_limit integer)
 RETURNS integer
 LANGUAGE sql
 SECURITY DEFINER
 SET search_path TO 'public'
AS $function$
        with /* all-tenants: retention deletes every tenant's old published events */ oldest as (
          select position, published_at from outbox_event
          where published_at is not null
          order by position limit p_limit
        ), deleted as (
          delete from outbox_event e using oldest o
          where e.position = o.position and o.published_at < p_before
          returning 1
        )
        select count(*)::integer from deleted;
      $function$;`);
    this.addSql(`
CREATE OR REPLACE FUNCTION public.outbox_backlog(p_cap integer)
 RETURNS TABLE(unpublished bigint, oldest_age_seconds double precision)
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'public'
AS $function$
        select /* all-tenants: the relay's backlog gauge counts every tenant's unpublished events */
          (select count(*) from (select 1 from outbox_event where published_at is null limit p_cap) capped),
          coalesce((select extract(epoch from now() - created_at)::float8 from outbox_event
                     where published_at is null order by position limit 1), 0);
      $function$;`);
    this.addSql(`
CREATE OR REPLACE FUNCTION public.email_outbox_claim(p_batch integer, p_lease interval)
 RETURNS SETOF email_outbox
 LANGUAGE sql
 SECURITY DEFINER
 SET search_path TO 'public'
AS $function$
        update /* all-tenants: the email relay delivers every tenant's and the platform's mail */ email_outbox set lease_until = now() + p_lease, attempts = attempts + 1
        where id in (
          select id from email_outbox
          where status = 'PENDING' and next_attempt_at <= now() and (lease_until is null or lease_until < now())
          order by next_attempt_at limit p_batch
          for update skip locked)
        returning *;
      $function$;`);
    this.addSql(`
CREATE OR REPLACE FUNCTION public.email_outbox_settle(p_id uuid, p_sent boolean, p_error text, p_retry_at timestamp with time zone)
 RETURNS void
 LANGUAGE sql
 SECURITY DEFINER
 SET search_path TO 'public'
AS $function$
        update /* all-tenants: the email relay settles the message it claimed, by id */ email_outbox set
          status = case when p_sent then 'SENT' when p_retry_at is null then 'FAILED' else 'PENDING' end,
          sent_at = case when p_sent then now() else null end,
          last_error = case when p_sent then null else p_error end,
          next_attempt_at = coalesce(p_retry_at, next_attempt_at),
          lease_until = null,
          body_sealed = case when p_sent or p_retry_at is null then null else body_sealed end
        where id = p_id;
      $function$;`);
    this.addSql(`
CREATE OR REPLACE FUNCTION public.email_outbox_prune(p_before timestamp with time zone, p_limit integer)
 RETURNS integer
 LANGUAGE sql
 SECURITY DEFINER
 SET search_path TO 'public'
AS $function$
        with /* all-tenants: retention deletes every tenant's old mail and expired reset tokens */ emails as (
          delete from email_outbox where id in (
            select id from email_outbox where status <> 'PENDING' and created_at < p_before order by created_at limit p_limit)
          returning 1
        ), resets as (
          delete from password_reset where id in (
            select id from password_reset where expires_at < p_before order by expires_at limit p_limit)
          returning 1
        )
        select ((select count(*) from emails) + (select count(*) from resets))::integer;
      $function$;`);
    this.addSql(`
CREATE OR REPLACE FUNCTION public.password_reset_scope(p_token_hash text)
 RETURNS TABLE(id uuid, tenant_id uuid)
 LANGUAGE sql
 SECURITY DEFINER
 SET search_path TO 'public'
AS $function$
        select /* all-tenants: the token alone finds its reset, and with it the tenant */ r.id, r.tenant_id from password_reset r
        where r.token_hash = p_token_hash and r.used_at is null and r.expires_at > now();
      $function$;`);
  }
}
