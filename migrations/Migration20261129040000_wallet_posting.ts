import { Migration } from '@mikro-orm/migrations';

/**
 * The ledger's posting path in SQL: one function call posts a transaction, one posts a batch
 * of idempotent transfers. They run as the caller (the app role), so row-level security
 * applies to every statement in them; the batch sets the tenant itself, so a caller outside
 * a transaction gets a one-statement transaction scoped to one tenant.
 *
 * Locks are always taken in this order: idempotency keys (in key order), then accounts (in
 * id order). Every posting path follows it, so concurrent postings never deadlock.
 */
export class Migration20261129040000WalletPosting extends Migration {
  override async up(): Promise<void> {
    // UUIDv7 (RFC 9562): 48 bits of Unix milliseconds, then version 7 and random bits.
    // Bits 52 and 53 turn gen_random_uuid()'s version nibble 0100 into 0111.
    this.addSql(`
      create function ledger_uuidv7() returns uuid language sql volatile as $$
        select encode(
          set_bit(set_bit(
            overlay(uuid_send(gen_random_uuid())
              placing substring(int8send((extract(epoch from clock_timestamp()) * 1000)::bigint) from 3)
              from 1 for 6),
            52, 1), 53, 1),
          'hex')::uuid
      $$;`);

    // An account as JSON, with bigints as strings (JSON numbers lose precision past 2^53).
    this.addSql(`
      create function ledger_account_json(a ledger_account) returns jsonb language sql stable as $$
        select jsonb_build_object(
          'id', a.id, 'tenant_id', a.tenant_id, 'owner_type', a.owner_type, 'owner_id', a.owner_id,
          'currency', a.currency, 'kind', a.kind, 'stripe', a.stripe, 'floor_policy', a.floor_policy,
          'floor_limit', a.floor_limit::text, 'balance', a.balance::text, 'held', a.held::text,
          'frozen', a.frozen, 'last_seq', a.last_seq::text, 'entry_count', a.entry_count::text,
          'created_at', a.created_at)
      $$;`);

    this.addSql(`
      create function ledger_failure(p_code text, p_data jsonb) returns jsonb language sql immutable as $$
        select jsonb_build_object('error', jsonb_build_object('code', p_code, 'data', p_data))
      $$;`);

    // The one definition of an account's change event (type wallet.account.changed).
    this.addSql(`
      create function ledger_change_payload(p_account_id uuid, p_owner_type text, p_owner_id text, p_currency text, p_kind text,
                                            p_balance bigint, p_held bigint, p_frozen boolean, p_cause jsonb)
      returns jsonb language sql immutable as $$
        select jsonb_build_object(
          'accountId', p_account_id, 'ownerType', p_owner_type, 'ownerId', p_owner_id, 'currency', p_currency,
          'kind', p_kind, 'balance', p_balance::text, 'held', p_held::text, 'available', (p_balance - p_held)::text,
          'frozen', p_frozen, 'cause', p_cause)
      $$;`);

    // The account's change as it now stands, numbered by the account's own sequence.
    this.addSql(`
      create function ledger_announce(p_account_id uuid, p_cause jsonb) returns void language sql as $$
        insert into outbox_event (id, tenant_id, stream, seq, type, payload)
        select ledger_uuidv7(), a.tenant_id, 'account:' || a.id, a.last_seq, 'wallet.account.changed',
          ledger_change_payload(a.id, a.owner_type, a.owner_id, a.currency, a.kind, a.balance, a.held, a.frozen, p_cause)
        from ledger_account a where a.id = p_account_id
      $$;`);

    // Finds the account a selector names, opening an owner's account on first use.
    // A HOUSE account named with a counterparty takes the posting session's stripe: batches
    // running side by side on other connections never queue on the same house row.
    // Returns {account} or {error}; the caller checks currencies it was given beforehand.
    this.addSql(`
      create function ledger_resolve(p_tenant uuid, p_selector jsonb, p_counterparty ledger_account, p_stripes integer, p_currencies text[])
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
          v_stripe := pg_backend_pid() % p_stripes;
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

    // Posts a batch of postings ([{legs: [{accountId, amount}], meta}], credit > 0) in order
    // (meta: code, reference, metadata, idempotencyKey, reversesId, createdBy, and optionally
    // transactionId and entryIds, one per leg),
    // each all or nothing, answering each with {posting} or {error}. Every account of the
    // batch is locked first, in id order; the checks (frozen, floor) run on the locked values
    // kept in arrays, so a refused posting has changed nothing; then each table is written by
    // one statement. Legs that do not balance per currency are a programming error: it raises.
    this.addSql(`
      create function ledger_post_batch(p_tenant uuid, p_postings jsonb) returns jsonb language plpgsql as $$
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
        v_meta jsonb; v_legs jsonb; v_positions integer[]; v_amounts bigint[]; v_currencies text[];
        v_legs_count integer; v_net bigint; v_sum bigint; v_position integer; v_failure jsonb;
        v_transaction_id uuid; v_entries jsonb;
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
            for update
          ) locked
        ) s;
        v_at := coalesce(v_at, '{}'::jsonb);

        for i in 1..v_count loop
          v_legs := p_postings->(i - 1)->'legs';
          v_meta := p_postings->(i - 1)->'meta';
          v_legs_count := jsonb_array_length(v_legs);
          v_positions := '{}'; v_amounts := '{}'; v_currencies := '{}';
          v_failure := null;
          for j in 0..v_legs_count - 1 loop
            v_position := (v_at->>(v_legs->j->>'accountId'))::integer;
            if v_position is null then
              v_failure := ledger_failure('ACCOUNT_NOT_FOUND', jsonb_build_object('accountId', v_legs->j->>'accountId'));
              exit;
            end if;
            v_positions := array_append(v_positions, v_position);
            v_amounts := array_append(v_amounts, (v_legs->j->>'amount')::bigint);
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
              for k in j..v_legs_count loop
                if v_positions[k] = v_position then v_net := v_net + v_amounts[k]; end if;
              end loop;
              if a_frozen[v_position] then
                v_failure := ledger_failure('ACCOUNT_FROZEN', jsonb_build_object('accountId', a_id[v_position]));
              elsif a_policy[v_position] <> 'UNBOUNDED' and a_balance[v_position] + v_net - a_held[v_position] < a_floor[v_position] then
                v_failure := ledger_failure('INSUFFICIENT_FUNDS', jsonb_build_object('accountId', a_id[v_position]));
              end if;
              exit when v_failure is not null;
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
          t_metadata := array_append(t_metadata, coalesce(v_meta->'metadata', '{}'::jsonb));
          t_key := array_append(t_key, v_meta->>'idempotencyKey');
          t_reverses := array_append(t_reverses, (v_meta->>'reversesId')::uuid);
          t_created_by := array_append(t_created_by, v_meta->>'createdBy');
          -- Entries in leg order, each with the balance it left and the account's entry number.
          v_entries := '[]'::jsonb;
          for j in 1..v_legs_count loop
            v_position := v_positions[j];
            a_balance[v_position] := a_balance[v_position] + v_amounts[j];
            a_entries[v_position] := a_entries[v_position] + 1;
            e_id := array_append(e_id, coalesce((v_meta->'entryIds'->>(j - 1))::uuid, ledger_uuidv7()));
            e_transaction := array_append(e_transaction, v_transaction_id);
            e_account := array_append(e_account, a_id[v_position]);
            e_amount := array_append(e_amount, v_amounts[j]);
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
          v_answers[i] := jsonb_build_object('posting', jsonb_build_object('id', v_transaction_id, 'createdAt', v_now, 'entries', v_entries));
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

    // One posting: {posting} or {error}.
    this.addSql(`
      create function ledger_apply_legs(p_tenant uuid, p_legs jsonb, p_meta jsonb) returns jsonb language sql as $$
        select ledger_post_batch(p_tenant, jsonb_build_array(jsonb_build_object('legs', p_legs, 'meta', p_meta)))->0
      $$;`);

    // A batch of idempotent transfer requests of one tenant, as one database transaction.
    // Items: [{key, hash, code, reference, metadata, createdBy, transactionId, entryIds (one per
    // leg: from then to of each transfer), transfers: [{from, to, amount}]}],
    // each answered in order with {conflict}, {replay, outcome}, {invalid} (the key is not
    // kept) or {outcome[, posting]} (the outcome as idempotency_record keeps it). A refused
    // item changes no balance; its refusal is kept as its key's answer. Keys are not claimed
    // up front: a key that a concurrent transaction takes first makes this batch fail on the
    // unique index, and the caller then posts the batch's requests one by one.
    this.addSql(`
      create function ledger_post_transfers(p_tenant uuid, p_stripes integer, p_currencies text[], p_items jsonb)
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
              'transactionId', v_item.item->>'transactionId', 'entryIds', v_item.item->'entryIds')));
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
  }
}
