import { Migration } from '@mikro-orm/migrations';

/**
 * Ledger faults found from outside (issue 13):
 * - frozenOverride: a posting whose meta carries `frozenOverride` (the reason) is a platform
 *   correction (a reversal, a dispute outcome, a receivable's settlement): a freeze stops the
 *   player's own spending, not those. It is not refused for ACCOUNT_FROZEN, and when it did
 *   move money on a frozen account the reason is kept as the transaction's
 *   `metadata.frozenOverride`.
 * - BALANCE_OVERFLOW: amounts and sums in numeric; an entry's balance past ±(2^63 − 1) is
 *   answered `ledger_failure('BALANCE_OVERFLOW', {accountId})` instead of failing the statement.
 * - Lock order: accounts are locked FOR NO KEY UPDATE (ledger_post_batch, ledger_lock_accounts),
 *   in id order, by every wallet path before any other statement touches them.
 */
export class Migration20261205010000LedgerFaults extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create or replace function ledger_post_batch(p_tenant uuid, p_postings jsonb) returns jsonb language plpgsql as $$
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
            where id = any (array(select distinct (leg->>'accountId')::uuid
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
        where a.id = u.id and u.changed;

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
      end $$;`);


    this.addSql(`
      create or replace function ledger_post_transfers(p_tenant uuid, p_stripes integer, p_currencies text[], p_items jsonb)
      returns jsonb language plpgsql as $$
      declare
        v_count integer := jsonb_array_length(p_items);
        v_answers jsonb[] := array_fill(null::jsonb, array[v_count]);
        v_postings jsonb[] := '{}';
        v_item_of_posting integer[] := '{}';
        v_results jsonb;
        v_item record;
        v_transfer record;
        v_to_first boolean;
        v_from jsonb;
        v_to jsonb;
        v_legs jsonb;
        v_failure jsonb;
        v_answer jsonb;
        r_key text[] := '{}'; r_hash text[] := '{}'; r_outcome jsonb[] := '{}';
      begin
        perform set_config('app.tenant_id', p_tenant::text, true);

        -- 1. A key used before answers from its record.
        for v_item in
          select t.ord::integer as ord, t.item->>'hash' as hash, r.operation, r.request_hash, r.outcome
          from jsonb_array_elements(p_items) with ordinality as t(item, ord)
          join idempotency_record r on r.tenant_id = p_tenant and r.key = t.item->>'key'
          -- Bounded by key first (an index probe per key), whatever the table's size.
          where r.tenant_id = p_tenant and r.key = any (array(select i->>'key' from jsonb_array_elements(p_items) i))
        loop
          if v_item.operation <> 'transfer' or v_item.request_hash <> v_item.hash or v_item.outcome is null then
            v_answers[v_item.ord] := jsonb_build_object('conflict', true);
          else
            v_answers[v_item.ord] := jsonb_build_object('replay', true, 'outcome', v_item.outcome);
          end if;
        end loop;

        -- 2. Resolve each new item's accounts: an accountId end before an owner end (so a
        --    transfer naming an unknown account opens none), a HOUSE end after its
        --    counterparty (it takes that account's stripe).
        for v_item in select t.ord::integer as ord, t.item from jsonb_array_elements(p_items) with ordinality as t(item, ord) loop
          continue when v_answers[v_item.ord] is not null;
          v_legs := '[]'::jsonb;
          v_failure := null;
          for v_transfer in select t.ord::integer - 1 as i, t.transfer from jsonb_array_elements(v_item.item->'transfers') with ordinality as t(transfer, ord) loop
            v_to_first := (v_transfer.transfer->'to'->>'accountId' is not null and v_transfer.transfer->'from'->>'accountId' is null)
              or (coalesce(v_transfer.transfer->'from'->>'ownerType', '') = 'HOUSE' and coalesce(v_transfer.transfer->'to'->>'ownerType', '') <> 'HOUSE');
            v_from := null;
            v_to := null;
            if v_to_first then
              v_to := ledger_resolve(p_tenant, v_transfer.transfer->'to', null, p_stripes, p_currencies);
              if v_to ? 'account' then
                v_from := ledger_resolve(p_tenant, v_transfer.transfer->'from',
                  jsonb_populate_record(null::ledger_account, v_to->'account'), p_stripes, p_currencies);
              end if;
            else
              v_from := ledger_resolve(p_tenant, v_transfer.transfer->'from', null, p_stripes, p_currencies);
              if v_from ? 'account' then
                v_to := ledger_resolve(p_tenant, v_transfer.transfer->'to',
                  jsonb_populate_record(null::ledger_account, v_from->'account'), p_stripes, p_currencies);
              end if;
            end if;
            if v_from is not null and not (v_from ? 'account') then
              v_failure := v_from || jsonb_build_object('transfer', v_transfer.i, 'end', 'from');
            elsif v_to is not null and not (v_to ? 'account') then
              v_failure := v_to || jsonb_build_object('transfer', v_transfer.i, 'end', 'to');
            elsif v_from->'account'->>'currency' <> v_to->'account'->>'currency' then
              v_failure := ledger_failure('CURRENCY_MISMATCH', jsonb_build_object(
                'expected', v_from->'account'->>'currency', 'actual', v_to->'account'->>'currency'));
            elsif v_from->'account'->>'id' = v_to->'account'->>'id' then
              v_failure := ledger_failure('SAME_ACCOUNT', '{}'::jsonb) || jsonb_build_object('transfer', v_transfer.i, 'end', 'to');
            end if;
            exit when v_failure is not null;
            v_legs := v_legs
              || jsonb_build_object('accountId', v_from->'account'->>'id', 'amount', '-' || (v_transfer.transfer->>'amount'))
              || jsonb_build_object('accountId', v_to->'account'->>'id', 'amount', v_transfer.transfer->>'amount');
          end loop;
          if v_failure is not null then
            v_answers[v_item.ord] := jsonb_build_object('failure', v_failure);
          else
            v_postings := array_append(v_postings, jsonb_build_object('legs', v_legs, 'meta', jsonb_build_object(
              'code', v_item.item->>'code', 'reference', v_item.item->>'reference',
              'metadata', coalesce(v_item.item->'metadata', '{}'::jsonb), 'idempotencyKey', v_item.item->>'key',
              'reversesId', null, 'createdBy', v_item.item->>'createdBy',
              'transactionId', v_item.item->>'transactionId', 'entryIds', v_item.item->'entryIds',
              'frozenOverride', v_item.item->>'frozenOverride')));
            v_item_of_posting := array_append(v_item_of_posting, v_item.ord);
          end if;
        end loop;

        -- 3. Post them.
        v_results := ledger_post_batch(p_tenant, coalesce(to_jsonb(v_postings), '[]'::jsonb));
        for i in 1..coalesce(cardinality(v_item_of_posting), 0) loop
          v_answers[v_item_of_posting[i]] := case when v_results->(i - 1) ? 'error'
            then jsonb_build_object('failure', v_results->(i - 1)) else v_results->(i - 1) end;
        end loop;

        -- 4. Keep each new key's answer; a request found invalid keeps no key.
        for v_item in select t.ord::integer as ord, t.item from jsonb_array_elements(p_items) with ordinality as t(item, ord) loop
          v_answer := v_answers[v_item.ord];
          continue when v_answer ? 'replay' or v_answer ? 'conflict';
          if v_answer ? 'posting' then
            v_answer := v_answer || jsonb_build_object('outcome', jsonb_build_object(
              'ok', true, 'result', jsonb_build_object('transactionId', v_answer->'posting'->>'id')));
          elsif v_answer->'failure'->'error'->>'code' in ('CURRENCY_REQUIRED', 'SAME_ACCOUNT') then
            v_answers[v_item.ord] := jsonb_build_object('invalid', v_answer->'failure');
            continue;
          else
            v_answer := jsonb_build_object('outcome', jsonb_build_object('ok', false,
              'code', v_answer->'failure'->'error'->>'code', 'data', v_answer->'failure'->'error'->'data'));
          end if;
          v_answers[v_item.ord] := v_answer;
          r_key := array_append(r_key, v_item.item->>'key');
          r_hash := array_append(r_hash, v_item.item->>'hash');
          r_outcome := array_append(r_outcome, v_answer->'outcome');
        end loop;
        insert into idempotency_record (tenant_id, key, operation, request_hash, outcome)
        select p_tenant, u.key, 'transfer', u.hash, u.outcome from unnest(r_key, r_hash, r_outcome) as u(key, hash, outcome);

        return to_jsonb(v_answers);
      end $$;`);

    // available = balance − held in numeric: on an UNBOUNDED account (house, world) far below
    // zero with money held, the difference may not fit a bigint though both sides do.
    this.addSql(`
      create or replace function ledger_change_payload(p_account_id uuid, p_owner_type text, p_owner_id text, p_currency text, p_kind text,
                                                       p_balance bigint, p_held bigint, p_frozen boolean, p_cause jsonb)
      returns jsonb language sql stable as $$
        select jsonb_build_object(
          'accountId', p_account_id, 'ownerType', p_owner_type, 'ownerId', p_owner_id, 'currency', p_currency,
          'kind', p_kind, 'balance', p_balance::text, 'held', p_held::text, 'available', (p_balance::numeric - p_held)::text,
          'frozen', p_frozen, 'cause', p_cause)
      $$;`);

    // Locks accounts, in id order, as ledger_post_batch does: for a path that changes an account
    // by other statements before it posts (a capture releases its hold first), so that it takes
    // all its account locks at once and in the one order.
    this.addSql(`
      create function ledger_lock_accounts(p_ids uuid[]) returns void language plpgsql as $$
      begin
        perform 1 from ledger_account where id = any (p_ids) order by id for no key update;
      end $$;`);
  }
}
