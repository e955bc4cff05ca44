/**
 * Bonus races with real concurrency (issue #16): grants against the last of a budget, one
 * idempotency key claimed ten times at once, a player's forfeit racing the expiry sweep, and
 * Hub88 bets spending bonus money racing a forfeit and an expiry. Each grant, end and sweep
 * runs in its own transaction on its own connection, as separate requests and job runs do.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { systemContext, tenantTx, type Context } from '../../src/context.js';
import { newId } from '../../src/ids.js';
import { BonusBudgetExceededError, BonusNotActiveError, endGrantInTx, grantBonus, sweepTenant, type GrantRow, type TermsInput } from '../../modules/bonus/index.js';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { checkLedgerInvariants, playerUuid, tenantUuid } from '../helpers/ledger-invariants.js';
import { newPlayer, newTenant, platformAdmin, type TestTenant } from '../helpers/world.js';
import { catalogueGame, newAggregator, partnerOf, seatedPlayer, HUB88_PER_CENT, type Aggregator } from '../helpers/seamless.js';
import { templateBySql } from '../helpers/bonus-fixtures.js';
import { IdempotencyConflictError } from '../../modules/wallet/index.js';

let server: TestServer;
let owner: pg.Client;
let tenant: TestTenant;
let partner: Sdk;
let hub: Aggregator;
const GAME = 'bonus-race-slot';
const NO_DEPOSIT: TermsInput = { kind: 'NO_DEPOSIT', currencies: { EUR: { amount: '1000' } }, wagering: { multiplier: 10 }, validityHours: 24 };

/** A context of its own per concurrent actor: its own EntityManager, so its own connection and transaction. */
function freshContext(): Promise<Context> {
  const services = server.platform.services;
  return services.tenants.byId(services, tenantUuid(tenant)).then((ref) => systemContext(services, ref));
}

beforeAll(async () => {
  server = await startServer({ env: { RATE_LIMIT_ENABLED: 'false' } });
  tenant = await newTenant(server, (await platformAdmin(server)).sdk);
  partner = await partnerOf(server, tenant);
  hub = await newAggregator(server, tenant);
  await catalogueGame(tenant, GAME);
  owner = new pg.Client({ connectionString: inject('databaseUrl') });
  await owner.connect();
});
afterAll(async () => {
  if (owner) {
    expect(await checkLedgerInvariants(owner, tenantUuid(tenant))).toEqual([]);
    await owner.end();
  }
  await server?.close();
});

const template = async (terms: TermsInput) => templateBySql(await freshContext(), terms);

async function grantsOf(templateId: string): Promise<GrantRow[]> {
  return (await owner.query(`select * from bonus_grant where template_id = $1 order by created_at`, [templateId])).rows;
}

async function bonusBalance(playerId: string): Promise<bigint> {
  const { rows } = await owner.query(`select coalesce(sum(balance), 0)::text as b from ledger_account where owner_type = 'PLAYER' and owner_id = $1 and kind = 'BONUS' and currency = 'EUR'`, [playerId]);
  return BigInt(rows[0].b);
}

/** Ledger transactions that ended a grant (conversion, forfeit, expiry). */
async function endPostings(grantId: string): Promise<string[]> {
  const { rows } = await owner.query(`select code from ledger_transaction where reference = $1 and code in ('BONUS_CONVERSION', 'BONUS_FORFEIT', 'BONUS_EXPIRY')`, [grantId]);
  return rows.map((r) => r.code);
}

/** The invariant of grant shares: a player's active grants never hold more than their BONUS account. */
async function grantSharesWithinAccounts(): Promise<{ player_id: string; shares: string; account: string }[]> {
  const { rows } = await owner.query(
    `select g.player_id, sum(g.balance)::text as shares, coalesce(max(a.balance), 0)::text as account
     from bonus_grant g
     left join ledger_account a on a.tenant_id = g.tenant_id and a.owner_type = 'PLAYER' and a.owner_id = g.player_id::text and a.kind = 'BONUS' and a.currency = g.currency
     where g.tenant_id = $1 and g.status = 'ACTIVE'
     group by g.player_id having sum(g.balance) > coalesce(max(a.balance), 0)`,
    [tenantUuid(tenant)],
  );
  return rows;
}

async function newPlayerId(): Promise<string> {
  return playerUuid((await newPlayer(server, tenant)).player);
}

describe('bonus races', () => {
  it('two concurrent grants against the last of a budget: exactly one wins, the other is refused and leaves nothing behind', async () => {
    const templateId = await template(NO_DEPOSIT);
    const budgetId = newId();
    await owner.query(
      `insert into bonus_budget (id, tenant_id, template_id, currency, basis, period, total_limit) values ($1, $2, $3, 'EUR', 'FACE_VALUE', 'TOTAL', 1500)`,
      [budgetId, tenantUuid(tenant), templateId],
    );
    const players = [await newPlayerId(), await newPlayerId()];
    const bonusEvents = async () => Number((await owner.query(`select count(*) from outbox_event where tenant_id = $1 and type = 'bonus.updated'`, [tenantUuid(tenant)])).rows[0].count);
    const eventsBefore = await bonusEvents();
    const contexts = await Promise.all(players.map(() => freshContext()));
    const results = await Promise.allSettled(
      players.map((playerId, i) => grantBonus(contexts[i]!, { templateId, playerId, currency: 'EUR', idempotencyKey: `race-${randomUUID()}`, grantedBy: 'STAFF:test' })),
    );
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]!.reason).toBeInstanceOf(BonusBudgetExceededError);
    expect((lost[0]!.reason as BonusBudgetExceededError).remaining).toBe('500');

    const winner = players[results.findIndex((r) => r.status === 'fulfilled')]!;
    const loser = players[results.findIndex((r) => r.status === 'rejected')]!;
    const grants = await grantsOf(templateId);
    expect(grants.map((g) => [g.player_id, g.status])).toEqual([[winner, 'ACTIVE']]);
    expect(await bonusBalance(winner)).toBe(1000n);
    expect(await bonusBalance(loser)).toBe(0n);
    const { rows: use } = await owner.query(`select player_id, reserved::text from bonus_budget_usage where budget_id = $1`, [budgetId]);
    expect(use).toEqual([{ player_id: '00000000-0000-0000-0000-000000000000', reserved: '1000' }]);
    // One grant: one ledger posting and one event stream; the loser's transaction left none.
    const { rows: postings } = await owner.query(`select count(*)::int as n from ledger_transaction where tenant_id = $1 and code = 'BONUS_GRANT' and metadata->>'template' = $2`, [tenantUuid(tenant), templateId]);
    expect(postings[0].n).toBe(1);
    expect((await bonusEvents()) - eventsBefore).toBe(1);
    const { rows: loserEvents } = await owner.query(`select count(*)::int as n from outbox_event where tenant_id = $1 and payload::text like $2`, [tenantUuid(tenant), `%${loser}%`]);
    expect(loserEvents[0].n).toBe(0);
  });

  it('ten concurrent grants with one idempotency key make one grant', async () => {
    const templateId = await template(NO_DEPOSIT);
    const playerId = await newPlayerId();
    const key = `same-${randomUUID()}`;
    const contexts = await Promise.all(Array.from({ length: 10 }, () => freshContext()));
    const results = await Promise.allSettled(contexts.map((c) => grantBonus(c, { templateId, playerId, currency: 'EUR', idempotencyKey: key, grantedBy: 'STAFF:test' })));
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => String(r.reason));
    expect(rejected).toEqual([]);
    const ids = new Set(results.map((r) => (r as PromiseFulfilledResult<{ grant: GrantRow }>).value.grant.id));
    expect(ids.size).toBe(1);
    expect(await grantsOf(templateId)).toHaveLength(1);
    expect(await bonusBalance(playerId)).toBe(1000n);
  });

  it('one idempotency key taken by two players at the same moment: one grant, the other a typed conflict', async () => {
    const templateId = await template(NO_DEPOSIT);
    const players = [await newPlayerId(), await newPlayerId()];
    const key = `shared-${randomUUID()}`;
    const contexts = await Promise.all(players.map(() => freshContext()));
    const results = await Promise.allSettled(players.map((playerId, i) => grantBonus(contexts[i]!, { templateId, playerId, currency: 'EUR', idempotencyKey: key, grantedBy: 'STAFF:test' })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const [refused] = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(refused?.reason).toBeInstanceOf(IdempotencyConflictError);
    expect(await grantsOf(templateId)).toHaveLength(1);
  });

  it("a player's forfeit racing the expiry sweep: exactly one ends each grant", async () => {
    const templateId = await template(NO_DEPOSIT);
    const players = await Promise.all(Array.from({ length: 6 }, () => newPlayerId()));
    const grants: GrantRow[] = [];
    const setup = await freshContext();
    for (const playerId of players) {
      grants.push((await grantBonus(setup, { templateId, playerId, currency: 'EUR', idempotencyKey: `k-${randomUUID()}`, grantedBy: 'STAFF:test' })).grant);
    }
    await owner.query(`update bonus_grant set expires_at = now() - interval '1 second' where template_id = $1`, [templateId]);

    const forfeits = grants.map(async (grant) => {
      const ctx = await freshContext();
      return tenantTx(ctx, (tx) => endGrantInTx(ctx, tx, grant.id, 'FORFEITED', 'PLAYER', `PLAYER:${grant.player_id}`));
    });
    const sweep = freshContext().then((ctx) => sweepTenant(ctx));
    const [sweepResult, ...forfeitResults] = await Promise.allSettled([sweep, ...forfeits]);
    expect(sweepResult!.status).toBe('fulfilled');
    const swept = (sweepResult as PromiseFulfilledResult<Awaited<typeof sweep>>).value;

    let forfeited = 0;
    for (const [i, result] of forfeitResults.entries()) {
      const row = (await grantsOf(templateId)).find((g) => g.id === grants[i]!.id)!;
      if (result.status === 'fulfilled') {
        forfeited += 1;
        expect(row).toMatchObject({ status: 'FORFEITED', end_reason: 'PLAYER' });
      } else {
        expect(result.reason).toBeInstanceOf(BonusNotActiveError);
        expect(row).toMatchObject({ status: 'EXPIRED', end_reason: 'EXPIRED' });
      }
      expect(await endPostings(row.id)).toHaveLength(1);
      expect(row.forfeited).toBe('1000');
      expect(await bonusBalance(row.player_id)).toBe(0n);
    }
    expect(forfeited + swept.expired).toBe(grants.length);
  });

  it('bets spending bonus money racing a forfeit and an expiry: ledger invariants hold, each grant ends once, no money is made or lost', async () => {
    const templateId = await template(NO_DEPOSIT);
    const setup = await freshContext();
    // 1.00 of cash and a 10.00 bonus each: bets of 3.00 take 1.00 of cash, then bonus.
    const players = await Promise.all(Array.from({ length: 4 }, () => seatedPlayer(server, tenant, partner, 100)));
    const grants: GrantRow[] = [];
    for (const p of players) {
      grants.push((await grantBonus(setup, { templateId, playerId: p.id, currency: 'EUR', idempotencyKey: `k-${randomUUID()}`, grantedBy: 'STAFF:test' })).grant);
    }
    await owner.query(`update bonus_grant set expires_at = now() - interval '1 second' where template_id = $1`, [templateId]);

    const bets = players.flatMap((p) =>
      Array.from({ length: 4 }, () =>
        hub.call('transaction/bet', {
          user: p.id, token: p.token, currency: 'EUR', game_code: GAME, request_uuid: randomUUID(),
          transaction_uuid: randomUUID(), round: randomUUID(), amount: 300 * HUB88_PER_CENT,
        }),
      ),
    );
    const forfeits = grants.map(async (grant) => {
      const ctx = await freshContext();
      return tenantTx(ctx, (tx) => endGrantInTx(ctx, tx, grant.id, 'FORFEITED', 'PLAYER', `PLAYER:${grant.player_id}`)).catch((error: unknown) => {
        if (error instanceof BonusNotActiveError) return null;
        throw error;
      });
    });
    const sweep = freshContext().then((ctx) => sweepTenant(ctx));
    const answers = await Promise.all(bets);
    await Promise.all([...forfeits, sweep]);

    for (const { answer } of answers) expect(['RS_OK', 'RS_ERROR_NOT_ENOUGH_MONEY']).toContain(answer.status);
    for (const [i, grant] of grants.entries()) {
      const row = (await grantsOf(templateId)).find((g) => g.id === grant.id)!;
      expect(['FORFEITED', 'EXPIRED']).toContain(row.status);
      expect(row.balance).toBe('0');
      expect(await endPostings(row.id)).toHaveLength(1);
      // The bonus money is either staked, forfeited, or still in the account: nothing made or lost.
      const { rows } = await owner.query(`select coalesce(sum(bonus_staked), 0)::text as staked from seamless_round where player_id = $1`, [players[i]!.id]);
      const staked = BigInt(rows[0].staked);
      const left = await bonusBalance(players[i]!.id);
      expect(left).toBeGreaterThanOrEqual(0n);
      expect(staked + BigInt(row.forfeited!) + left).toBe(1000n);
    }
    expect(await grantSharesWithinAccounts()).toEqual([]);
    expect(await checkLedgerInvariants(owner, tenantUuid(tenant))).toEqual([]);
  });
});
