import { Migration } from '@mikro-orm/migrations';

/**
 * The bonus engine's tables (issue #16, docs/bonus.md).
 *
 * - `bonus_settings`: a tenant's rule capping the wagering multiplier (UKGC: 10 × the bonus).
 * - `bonus_template`: what staff offer; `terms` holds the validated terms (modules/bonus/bonus.terms.ts).
 * - `bonus_grant`: one bonus of one player, its terms frozen at grant time. The hot-path columns
 *   (`wagering_required`, `wagered`, `max_bet`, `weights`, `balance`) are what the seamless
 *   callbacks read and update in the bet's transaction. `balance` is the grant's share of the
 *   player's BONUS account in its currency: the sum over a player's active grants never exceeds
 *   that account's balance (bonus money posted without a grant is nobody's grant).
 * - `bonus_contribution`: wagering per grant and game, for "per-game contribution".
 * - `bonus_budget` / `bonus_budget_usage`: promotion exposure limits, reserved by a conditional
 *   update in the grant's transaction.
 */
export class Migration20261206060000Bonus extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table bonus_settings (
        tenant_id uuid primary key references tenant (id),
        jurisdiction text check (jurisdiction in ('UKGC')),
        max_wagering_multiplier integer check (max_wagering_multiplier between 0 and 1000),
        updated_at timestamptz not null default now()
      );`);

    this.addSql(`
      create table bonus_template (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        name text not null check (length(name) between 1 and 120),
        kind text not null check (kind in ('DEPOSIT_MATCH', 'NO_DEPOSIT', 'FREE_BETS', 'CASHBACK')),
        product text not null check (product in ('CASINO')),
        status text not null default 'ACTIVE' check (status in ('ACTIVE', 'ARCHIVED')),
        terms jsonb not null,
        version integer not null default 1,
        created_by text not null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );`);
    this.addSql(`create unique index bonus_template_name_uq on bonus_template (tenant_id, lower(name)) where status = 'ACTIVE';`);
    this.addSql(`create index bonus_template_listing_idx on bonus_template (tenant_id, created_at, id);`);

    this.addSql(`
      create table bonus_grant (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        player_id uuid not null references player (id),
        template_id uuid not null references bonus_template (id),
        template_version integer not null,
        currency char(3) not null,
        kind text not null check (kind in ('DEPOSIT_MATCH', 'NO_DEPOSIT', 'FREE_BETS', 'CASHBACK')),
        product text not null check (product in ('CASINO')),
        status text not null check (status in ('PENDING_REVIEW', 'ACTIVE', 'COMPLETED', 'FORFEITED', 'EXPIRED', 'REJECTED')),
        -- Money granted into the BONUS account (free bets: their wins credited to bonus).
        granted bigint not null default 0 check (granted >= 0),
        -- The grant's share of the player's BONUS account.
        balance bigint not null default 0 check (balance >= 0),
        wagering_required bigint not null default 0 check (wagering_required >= 0),
        wagered bigint not null default 0 check (wagered >= 0 and wagered <= wagering_required),
        max_bet bigint check (max_bet > 0),
        -- Multiple of the granted amount that may convert to cash (null: no cap).
        max_conversion_multiple integer check (max_conversion_multiple > 0),
        -- Game weights frozen: {"game:<code>": pct, "category:<CATEGORY>": pct, "product:<PRODUCT>": pct, "default": pct}.
        weights jsonb not null,
        -- The template's terms as they were when granted.
        terms jsonb not null,
        idempotency_key text not null,
        request_hash text not null,
        -- The deposit a deposit match was granted for (its ledger transaction): one match per deposit.
        deposit_transaction_id uuid,
        deposit_amount bigint,
        -- Free bets: how many, the stake of each, for which games, how many used; the reward id the aggregator sends back.
        free_bets_total integer check (free_bets_total > 0),
        free_bets_used integer not null default 0,
        free_bet_stake bigint check (free_bet_stake > 0),
        free_bet_games text[],
        reward_uuid text,
        expires_at timestamptz not null,
        ended_at timestamptz,
        end_reason text check (end_reason in ('COMPLETED', 'EXPIRED', 'PLAYER', 'WITHDRAWAL', 'SELF_EXCLUSION', 'TIME_OUT', 'ACCOUNT_CLOSED', 'STAFF', 'REVIEW_REJECTED')),
        converted bigint,
        forfeited bigint,
        grant_transaction_id uuid,
        end_transaction_id uuid,
        -- Budget reservations made by this grant: [{"budgetId", "periodStart", "amount"}].
        reservations jsonb not null default '[]',
        -- Abuse signals at claim time, and the review of a held grant.
        ip text,
        device_fingerprint text,
        review_reason text,
        reviewed_by text,
        reviewed_at timestamptz,
        granted_by text not null,
        -- Per-grant event sequence (bonusUpdated), advanced under the grant's row lock.
        seq bigint not null default 0,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        check ((status in ('ACTIVE', 'PENDING_REVIEW')) = (ended_at is null))
      );`);
    this.addSql(`create unique index bonus_grant_key_uq on bonus_grant (tenant_id, idempotency_key);`);
    this.addSql(`create unique index bonus_grant_deposit_uq on bonus_grant (tenant_id, deposit_transaction_id) where deposit_transaction_id is not null and status not in ('REJECTED');`);
    this.addSql(`create unique index bonus_grant_reward_uq on bonus_grant (tenant_id, reward_uuid) where reward_uuid is not null;`);
    // The feed order of a bet: the player's active grants in a currency, earliest expiry first.
    this.addSql(`create index bonus_grant_feed_idx on bonus_grant (tenant_id, player_id, currency, expires_at, created_at, id) where status = 'ACTIVE';`);
    this.addSql(`create index bonus_grant_player_idx on bonus_grant (tenant_id, player_id, created_at, id);`);
    this.addSql(`create index bonus_grant_expiry_idx on bonus_grant (tenant_id, expires_at) where status = 'ACTIVE';`);
    this.addSql(`create index bonus_grant_due_idx on bonus_grant (expires_at) where status = 'ACTIVE';`);
    this.addSql(`create index bonus_grant_review_idx on bonus_grant (tenant_id, created_at, id) where status = 'PENDING_REVIEW';`);
    this.addSql(`create index bonus_grant_template_ip_idx on bonus_grant (tenant_id, template_id, ip) where ip is not null;`);
    this.addSql(`create index bonus_grant_template_device_idx on bonus_grant (tenant_id, template_id, device_fingerprint) where device_fingerprint is not null;`);

    this.addSql(`
      create table bonus_contribution (
        tenant_id uuid not null references tenant (id),
        grant_id uuid not null references bonus_grant (id),
        game text not null,
        staked bigint not null default 0,
        wagered bigint not null default 0,
        primary key (tenant_id, grant_id, game)
      );`);

    this.addSql(`
      create table bonus_budget (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        -- null: the tenant's budget over every promotion.
        template_id uuid references bonus_template (id),
        currency char(3) not null,
        basis text not null check (basis in ('FACE_VALUE', 'EXPECTED_COST')),
        period text not null check (period in ('TOTAL', 'DAY', 'WEEK', 'MONTH')),
        total_limit bigint check (total_limit >= 0),
        per_player_limit bigint check (per_player_limit >= 0),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );`);
    this.addSql(`create unique index bonus_budget_scope_uq on bonus_budget (tenant_id, coalesce(template_id, '00000000-0000-0000-0000-000000000000'::uuid), currency, period);`);

    this.addSql(`
      create table bonus_budget_usage (
        tenant_id uuid not null references tenant (id),
        budget_id uuid not null references bonus_budget (id),
        period_start timestamptz not null,
        -- The nil uuid: the budget's total; a player's id: that player's use.
        player_id uuid not null,
        reserved bigint not null default 0 check (reserved >= 0),
        consumed bigint not null default 0 check (consumed >= 0),
        primary key (tenant_id, budget_id, period_start, player_id)
      );`);

    for (const table of ['bonus_settings', 'bonus_template', 'bonus_grant', 'bonus_contribution', 'bonus_budget', 'bonus_budget_usage']) {
      this.addSql(`alter table ${table} enable row level security;`);
      this.addSql(`
        create policy tenant_isolation on ${table}
          using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
          with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);
    }

    // A stake's weight: the game's row, its category's, its product's, the default; none: 0.
    this.addSql(`
      create function bonus_weight(p_tenant uuid, p_weights jsonb, p_game text, p_product text) returns integer language sql stable as $$
        select coalesce(
          (p_weights->>('game:' || p_game))::integer,
          (select (p_weights->>('category:' || g.category))::integer from game g
            where g.tenant_id = p_tenant and g.external_id = p_game order by g.enabled desc, g.id limit 1),
          (p_weights->>('product:' || p_product))::integer,
          (p_weights->>'default')::integer,
          0)
      $$;`);

    // A grant's change as bonusUpdated carries it, numbered per grant (the caller advanced seq under the row lock).
    this.addSql(`
      create function bonus_publish(g bonus_grant) returns void language sql as $$
        insert into outbox_event (id, tenant_id, stream, seq, type, payload)
        values (ledger_uuidv7(), g.tenant_id, 'bonus-grant:' || g.id, g.seq, 'bonus.updated', jsonb_build_object(
          'grantId', g.id, 'playerId', g.player_id, 'currency', g.currency, 'status', g.status,
          'balance', g.balance::text, 'wagered', g.wagered::text, 'wageringRequired', g.wagering_required::text,
          'freeBetsUsed', g.free_bets_used, 'endReason', g.end_reason))
      $$;`);

    // Reserves a grant's amounts in every budget over it (the template's and the tenant's, in
    // its currency, per period: its total and the player's share), each by a conditional update:
    // the first one that would pass its limit answers BUDGET_EXCEEDED and the caller rolls back.
    this.addSql(`
      create function bonus_budget_reserve(p_tenant uuid, p_template uuid, p_player uuid, p_currency text,
        p_face_value bigint, p_expected_cost bigint) returns jsonb language plpgsql as $$
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
            where x.cap is not null
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
      end $$;`);

    // Settles a grant's reservations when it ends: the reservation is released, and what converted
    // to cash is consumed (at most the reservation).
    this.addSql(`
      create function bonus_budget_settle(p_tenant uuid, p_reservations jsonb, p_converted bigint) returns void language sql as $$
        update bonus_budget_usage u
        set reserved = greatest(0, u.reserved - (r->>'amount')::bigint),
            consumed = u.consumed + least(p_converted, (r->>'amount')::bigint)
        from jsonb_array_elements(p_reservations) r
        where u.tenant_id = p_tenant and u.budget_id = (r->>'budgetId')::uuid
          and u.period_start = (r->>'periodStart')::timestamptz and u.player_id = (r->>'playerId')::uuid
      $$;`);

    // The money half of ending a grant the caller has just claimed (status set, seq advanced,
    // under the row lock, the player's and house's accounts locked): converts min(balance,
    // granted × max_conversion_multiple) on completion, forfeits the rest to the house's cash
    // account, settles budgets, publishes. p_house: the house account the caller holds, if any.
    this.addSql(`
      create function bonus_close(p_tenant uuid, p_grant bonus_grant, p_by text, p_stripes integer, p_currencies text[], p_house uuid default null)
      returns jsonb language plpgsql as $$
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
        select greatest(0, a.balance - a.held) into v_available from ledger_account a where a.id = v_bonus;
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
      end $$;`);

    // The one path that ends an active grant: completion (converts min(balance, granted ×
    // maxConversionMultiple) to cash and forfeits the rest), forfeiture and expiry (forfeit the
    // whole balance). It locks the player's accounts and the house's first, in id order, as every
    // wallet path does; claims the grant by a conditional update, so a second claim answers
    // NOT_ACTIVE; then bonus_close moves the money. Forfeited bonus money goes back to the house's
    // cash account (where bonus-funded stakes go).
    this.addSql(`
      create function bonus_end(p_tenant uuid, p_grant uuid, p_status text, p_reason text, p_by text,
        p_stripes integer, p_currencies text[], p_house uuid default null) returns jsonb language plpgsql as $$
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
        perform ledger_lock_accounts(array[v_bonus, v_cash, v_house]);

        update bonus_grant set status = p_status, end_reason = p_reason, ended_at = now(), updated_at = now(), seq = seq + 1
        where tenant_id = p_tenant and id = p_grant and status = 'ACTIVE'
        returning * into g;
        if not found then
          select * into g from bonus_grant where tenant_id = p_tenant and id = p_grant;
          return jsonb_build_object('error', 'NOT_ACTIVE', 'status', g.status);
        end if;
        return bonus_close(p_tenant, g, p_by, p_stripes, p_currencies, v_house);
      end $$;`);

    // The grant a seamless bet fed (its round), and what the bet did to grants.
    this.addSql(`alter table seamless_round add column grant_id uuid, add column free_bet boolean not null default false;`);
    this.addSql(`alter table seamless_transaction
      add column grant_id uuid,
      -- Bonus money a bet took from grants: {"<grant id>": amount}; what a rollback gives back.
      add column grant_parts jsonb,
      add column weighted bigint not null default 0,
      add column free_bet boolean not null default false;`);
  }
}
