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

    // The one definition of an account's change event, numbered by the account's own sequence.
    this.addSql(`
      create function ledger_announce(p_account_id uuid, p_cause jsonb) returns void language sql as $$
        insert into outbox_event (id, tenant_id, stream, seq, type, payload)
        select ledger_uuidv7(), a.tenant_id, 'account:' || a.id, a.last_seq, 'wallet.account.changed',
          jsonb_build_object(
            'accountId', a.id, 'ownerType', a.owner_type, 'ownerId', a.owner_id, 'currency', a.currency,
            'kind', a.kind, 'balance', a.balance::text, 'held', a.held::text,
            'available', (a.balance - a.held)::text, 'frozen', a.frozen, 'cause', p_cause)
        from ledger_account a where a.id = p_account_id
      $$;`);

    // Finds the account a selector names, opening an owner's account on first use.
    // A HOUSE account is striped by its counterparty, so bets and wins spread over the stripes.
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
          v_stripe := ((hashtext(p_counterparty.id::text)::bigint % p_stripes) + p_stripes) % p_stripes;
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

    // Applies legs ([{accountId, amount}], credit > 0) as one transaction, all or nothing:
    // the accounts are locked in id order and checked (frozen, floor) before anything is
    // written, so a refusal returns {error} having changed nothing. Legs that do not sum to
    // zero per currency are a programming error and raise.
    this.addSql(`
      create function ledger_apply_legs(p_tenant uuid, p_legs jsonb, p_meta jsonb) returns jsonb language plpgsql as $$
      declare
        v_account record;
        v_expected integer;
        v_found integer := 0;
        v_transaction_id uuid := ledger_uuidv7();
        v_created_at timestamptz;
        v_entries jsonb;
        v_accounts jsonb;
      begin
        select count(distinct l->>'accountId') into v_expected from jsonb_array_elements(p_legs) l;
        for v_account in
          select a.id, a.frozen, a.floor_policy, a.floor_limit, a.balance, a.held, n.net
          from ledger_account a
          join (select (l->>'accountId')::uuid as id, sum((l->>'amount')::bigint) as net
                from jsonb_array_elements(p_legs) l group by 1) n on n.id = a.id
          order by a.id
          for update of a
        loop
          v_found := v_found + 1;
          if v_account.frozen then
            return ledger_failure('ACCOUNT_FROZEN', jsonb_build_object('accountId', v_account.id));
          end if;
          if v_account.floor_policy <> 'UNBOUNDED' and v_account.balance + v_account.net - v_account.held < v_account.floor_limit then
            return ledger_failure('INSUFFICIENT_FUNDS', jsonb_build_object('accountId', v_account.id));
          end if;
        end loop;
        if v_found <> v_expected then
          return ledger_failure('ACCOUNT_NOT_FOUND', jsonb_build_object('accountId', ''));
        end if;
        if exists (
          select 1 from jsonb_array_elements(p_legs) l join ledger_account a on a.id = (l->>'accountId')::uuid
          group by a.currency having sum((l->>'amount')::bigint) <> 0
        ) then
          raise exception 'ledger_apply_legs: legs do not balance per currency';
        end if;

        update ledger_account a
        set balance = a.balance + n.net, last_seq = a.last_seq + 1, entry_count = a.entry_count + n.legs
        from (select (l->>'accountId')::uuid as id, sum((l->>'amount')::bigint) as net, count(*) as legs
              from jsonb_array_elements(p_legs) l group by 1) n
        where a.id = n.id;

        insert into ledger_transaction (id, tenant_id, code, reference, metadata, idempotency_key, reverses_id, created_by)
        values (v_transaction_id, p_tenant, p_meta->>'code', p_meta->>'reference', coalesce(p_meta->'metadata', '{}'::jsonb),
                p_meta->>'idempotencyKey', (p_meta->>'reversesId')::uuid, p_meta->>'createdBy')
        returning created_at into v_created_at;

        -- Entries in leg order, each with the balance it left and the account's entry number.
        with legs as (
          select t.ord, (t.leg->>'accountId')::uuid as account_id, (t.leg->>'amount')::bigint as amount
          from jsonb_array_elements(p_legs) with ordinality as t(leg, ord)
        ), numbered as (
          select legs.ord, legs.account_id, legs.amount,
            a.balance - sum(legs.amount) over (partition by legs.account_id)
              + sum(legs.amount) over (partition by legs.account_id order by legs.ord) as balance_after,
            a.entry_count - count(*) over (partition by legs.account_id)
              + row_number() over (partition by legs.account_id order by legs.ord) as seq
          from legs join ledger_account a on a.id = legs.account_id
        ), inserted as (
          insert into ledger_entry (id, tenant_id, transaction_id, account_id, amount, balance_after, seq)
          select ledger_uuidv7(), p_tenant, v_transaction_id, account_id, amount, balance_after, seq
          from numbered order by ord
          returning account_id, amount, balance_after, seq
        )
        select jsonb_agg(jsonb_build_object('accountId', account_id, 'amount', amount::text,
                                            'balanceAfter', balance_after::text, 'seq', seq::text) order by account_id, seq)
        into v_entries from inserted;

        perform ledger_announce(ids.id, jsonb_build_object('transactionId', v_transaction_id, 'code', p_meta->>'code'))
        from (select distinct (l->>'accountId')::uuid as id from jsonb_array_elements(p_legs) l order by 1) ids;

        select jsonb_agg(ledger_account_json(a) order by a.id) into v_accounts
        from ledger_account a where a.id in (select (l->>'accountId')::uuid from jsonb_array_elements(p_legs) l);

        return jsonb_build_object('posting', jsonb_build_object(
          'id', v_transaction_id, 'createdAt', v_created_at, 'accounts', v_accounts, 'entries', v_entries));
      end $$;`);

    // A batch of idempotent transfer requests of one tenant, as one database transaction.
    // Items: [{key, hash, code, reference, metadata, createdBy, transfers: [{from, to, amount}]}], each
    // answered in order with {replay, outcome} or {outcome} (outcome as idempotency_record
    // keeps it) or {invalid} (the key is not kept). A refused item changes no balance; its
    // refusal is kept as its key's answer.
    this.addSql(`
      create function ledger_post_transfers(p_tenant uuid, p_stripes integer, p_currencies text[], p_items jsonb)
      returns jsonb language plpgsql as $$
      declare
        v_count integer := jsonb_array_length(p_items);
        v_answers jsonb[] := array_fill(null::jsonb, array[v_count]);
        v_legs jsonb[] := array_fill(null::jsonb, array[v_count]);
        v_ids uuid[] := '{}';
        v_item record;
        v_stored record;
        v_transfer record;
        v_to_first boolean;
        v_from jsonb;
        v_to jsonb;
        v_legs_of_item jsonb;
        v_failure jsonb;
        v_result jsonb;
      begin
        perform set_config('app.tenant_id', p_tenant::text, true);

        -- 1. Claim the keys, in key order; a key already used answers from its record.
        for v_item in
          select t.ord::integer as ord, t.item from jsonb_array_elements(p_items) with ordinality as t(item, ord)
          order by t.item->>'key'
        loop
          insert into idempotency_record (tenant_id, key, operation, request_hash)
          values (p_tenant, v_item.item->>'key', 'transfer', v_item.item->>'hash')
          on conflict (tenant_id, key) do nothing;
          if not found then
            select operation, request_hash, outcome into v_stored from idempotency_record
            where tenant_id = p_tenant and key = v_item.item->>'key';
            if v_stored.operation <> 'transfer' or v_stored.request_hash <> v_item.item->>'hash' or v_stored.outcome is null then
              v_answers[v_item.ord] := jsonb_build_object('conflict', true);
            else
              v_answers[v_item.ord] := jsonb_build_object('replay', true, 'outcome', v_stored.outcome);
            end if;
          end if;
        end loop;

        -- 2. Resolve each claimed item's accounts: an accountId end before an owner end (so a
        --    refused request opens no account), a HOUSE end after its counterparty (it takes
        --    that account's stripe).
        for v_item in select t.ord::integer as ord, t.item from jsonb_array_elements(p_items) with ordinality as t(item, ord) loop
          continue when v_answers[v_item.ord] is not null;
          v_legs_of_item := '[]'::jsonb;
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
            v_legs_of_item := v_legs_of_item
              || jsonb_build_object('accountId', v_from->'account'->>'id', 'amount', '-' || (v_transfer.transfer->>'amount'))
              || jsonb_build_object('accountId', v_to->'account'->>'id', 'amount', v_transfer.transfer->>'amount');
          end loop;
          if v_failure is not null then
            v_answers[v_item.ord] := jsonb_build_object('failure', v_failure);
          else
            v_legs[v_item.ord] := v_legs_of_item;
            v_ids := v_ids || array(select (l->>'accountId')::uuid from jsonb_array_elements(v_legs_of_item) l);
          end if;
        end loop;

        -- 3. Lock every account of the batch, in id order, before changing any.
        perform 1 from ledger_account where id = any (v_ids) order by id for update;

        -- 4. Post each item in request order.
        for v_item in select t.ord::integer as ord, t.item from jsonb_array_elements(p_items) with ordinality as t(item, ord) loop
          continue when v_legs[v_item.ord] is null;
          v_result := ledger_apply_legs(p_tenant, v_legs[v_item.ord], jsonb_build_object(
            'code', v_item.item->>'code', 'reference', v_item.item->>'reference', 'metadata', coalesce(v_item.item->'metadata', '{}'::jsonb),
            'idempotencyKey', v_item.item->>'key', 'reversesId', null, 'createdBy', v_item.item->>'createdBy'));
          v_answers[v_item.ord] := case when v_result ? 'error' then jsonb_build_object('failure', v_result) else v_result end;
        end loop;

        -- 5. Keep each claimed key's answer; a request found invalid gives its key back.
        for v_item in select t.ord::integer as ord, t.item from jsonb_array_elements(p_items) with ordinality as t(item, ord) loop
          continue when v_answers[v_item.ord] ? 'replay' or v_answers[v_item.ord] ? 'conflict';
          if v_answers[v_item.ord] ? 'posting' then
            v_answers[v_item.ord] := v_answers[v_item.ord] || jsonb_build_object('outcome', jsonb_build_object(
              'ok', true, 'result', jsonb_build_object('transactionId', v_answers[v_item.ord]->'posting'->>'id')));
          elsif v_answers[v_item.ord]->'failure'->'error'->>'code' in ('CURRENCY_REQUIRED', 'SAME_ACCOUNT') then
            delete from idempotency_record where tenant_id = p_tenant and key = v_item.item->>'key';
            v_answers[v_item.ord] := jsonb_build_object('invalid', v_answers[v_item.ord]->'failure');
            continue;
          else
            v_answers[v_item.ord] := jsonb_build_object('outcome', jsonb_build_object('ok', false,
              'code', v_answers[v_item.ord]->'failure'->'error'->>'code', 'data', v_answers[v_item.ord]->'failure'->'error'->'data'));
          end if;
          update idempotency_record set outcome = v_answers[v_item.ord]->'outcome'
          where tenant_id = p_tenant and key = v_item.item->>'key';
        end loop;

        return to_jsonb(v_answers);
      end $$;`);
  }
}
