/**
 * The ledger feed's plan does not depend on what the statistics say about the tenant
 * (migrations/Migration20261207020000_ledger_feed_plan.ts, docs/wallet.md "The ledger feed").
 *
 * A tenant younger than the last ANALYZE is, to the planner, a tenant of one row: the old feed
 * then sorted all of the tenant's bets and walked its player accounts for every entry (seconds a
 * page under bench:seamless). Here a large tenant is analysed, a new one writes after it, and the
 * plan of the feed (auto_explain, nested statements) must read the page, the entries and the
 * accounts through the indexes that cost a page its own rows. Everything happens in one
 * transaction that is rolled back, the statistics with it.
 */
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ROLE } from '../../src/config.js';
import { ownerDb } from '../helpers/payments.js';

let owner: pg.Client;

beforeAll(async () => {
  owner = await ownerDb();
});

afterAll(async () => {
  await owner?.end();
});

/** A tenant with `players` player accounts, a house account, and `bets` BET/WIN transactions of two entries each. */
async function plantTenant(players: number, transactions: number): Promise<string> {
  const tenantId = randomUUID();
  await owner.query(
    `insert into tenant (id, slug, name, status, default_currency, currencies, default_locale, locales)
     values ($1, $2, 'Feed plan', 'ACTIVE', 'EUR', '{EUR}', 'en', '{en}')`,
    [tenantId, `feed-plan-${tenantId.slice(0, 8)}`],
  );
  await owner.query(
    `insert into ledger_account (id, tenant_id, owner_type, owner_id, currency, kind, floor_policy)
     select gen_random_uuid(), $1::uuid, 'PLAYER', gen_random_uuid()::text, 'EUR', 'CASH', 'NON_NEGATIVE' from generate_series(1, $2::integer)
     union all select gen_random_uuid(), $1::uuid, 'HOUSE', 'house', 'EUR', 'CASH', 'UNBOUNDED'`,
    [tenantId, players],
  );
  await owner.query(
    `with accounts as (select id, row_number() over (order by id) - 1 as n from ledger_account where tenant_id = $1::uuid and owner_type = 'PLAYER'),
          house as (select id from ledger_account where tenant_id = $1::uuid and owner_type = 'HOUSE'),
          txs as (select gen_random_uuid() as id, g, case when g % 2 = 0 then 'BET' else 'WIN' end as code from generate_series(1, $3::integer) g),
          written as (
            -- Written by a database transaction long ended (the feed answers only those), not by this open one.
            insert into ledger_transaction (id, tenant_id, code, metadata, idempotency_key, created_by, xid)
            select id, $1::uuid, code, '{}', 'feed-plan-' || id, 'PROVIDER:feed-plan', '3'::xid8 from txs returning id)
     insert into ledger_entry (id, tenant_id, transaction_id, account_id, amount, seq, balance_after)
     select gen_random_uuid(), $1::uuid, t.id, a.id, case when t.code = 'BET' then -100 else 100 end, t.g, 0
     from txs t join accounts a on a.n = t.g % $2::integer
     union all
     select gen_random_uuid(), $1::uuid, t.id, (select id from house), case when t.code = 'BET' then 100 else -100 end, t.g, 0 from txs t`,
    [tenantId, players, transactions],
  );
  return tenantId;
}

describe('ledger feed plan', () => {
  it('reads a page in index order, entries by transaction and accounts by key, for a tenant the statistics do not know', async () => {
    const plans: string[] = [];
    const collect = (notice: { message?: string }) => plans.push(notice.message ?? '');
    await owner.query('begin');
    try {
      await plantTenant(300, 6000);
      await owner.query('analyze ledger_transaction, ledger_entry, ledger_account');
      const fresh = await plantTenant(200, 4000);

      owner.on('notice', collect);
      await owner.query(`load 'auto_explain'`);
      await owner.query(`set local auto_explain.log_min_duration = 0`);
      await owner.query(`set local auto_explain.log_nested_statements = on`);
      await owner.query(`set local client_min_messages = log`);
      await owner.query(`set local role ${APP_ROLE}`);
      await owner.query(`select set_config('app.tenant_id', $1, true)`, [fresh]);
      const { rows } = await owner.query<{ n: string; legs: string }>(
        `select count(*)::text as n, sum(jsonb_array_length(player_legs))::text as legs
         from ledger_feed($1, '0'::xid8, '00000000-0000-0000-0000-000000000000', '{BET,BET_ROLLBACK,POKER_RAKE}', 2000)`,
        [fresh],
      );
      expect(rows[0]).toEqual({ n: '2000', legs: '2000' });
    } finally {
      owner.off('notice', collect);
      await owner.query('rollback');
    }

    const feed = plans.find((p) => p.includes('from ledger_transaction t'));
    expect(feed, plans.join('\n\n')).toBeDefined();
    expect(feed).toMatch(/Index Scan using ledger_transaction_feed_idx on ledger_transaction t/);
    expect(feed).toMatch(/ledger_entry_transaction_idx/);
    expect(feed).toMatch(/Index Scan using ledger_account_pkey on ledger_account/);
    expect(feed).not.toMatch(/\bSort\b/);
    expect(feed).not.toMatch(/ledger_account_owner_uq|ledger_entry_time_idx|ledger_entry_account_seq_uq|ledger_transaction_code_time_idx/);
  });
});
