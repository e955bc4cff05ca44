import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startServer, type TestServer } from '../helpers/server.js';
import { newPlayer, platformAdmin } from '../helpers/world.js';
import { fundPlayer, houseSelector, playerSelector, walletCasino, type Casino } from '../helpers/wallet.js';
import { playerUuid } from '../helpers/ledger-invariants.js';

/**
 * Issue 22, faults: a slow database. DATABASE_STATEMENT_TIMEOUT_MS bounds every statement of the
 * API; one that waits past it (here behind a row lock held by another connection) is cancelled
 * by PostgreSQL and the request answers UNAVAILABLE (reason DATABASE_TIMEOUT, 503, Retry-After)
 * with nothing written; the same key succeeds once the lock is gone.
 */

let server: TestServer;
let casino: Casino;
let apiKey = '';
let locker: pg.Client;
let owner: pg.Client;

const POST = `mutation Bet($input: PostTransfersInput!) {
  postTransfers(input: $input) { __typename ... on PostTransfersPayload { replay transaction { id } } }
}`;

async function bet(key: string, player: string) {
  const response = await fetch(server.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': apiKey },
    body: JSON.stringify({ query: POST, variables: { input: { idempotencyKey: key, code: 'BET', transfers: [{ from: playerSelector(player), to: houseSelector(), amount: '5' }] } } }),
  });
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    body: (await response.json()) as {
      data?: { postTransfers?: { __typename: string; replay?: boolean } } | null;
      errors?: { message: string; extensions?: Record<string, unknown> }[];
    },
  };
}

const balanceOf = async (player: string) => {
  const { rows } = await owner.query<{ balance: string }>(
    `select coalesce(sum(balance), 0)::text as balance from ledger_account where tenant_id = $1 and owner_type = 'PLAYER' and owner_id = $2`,
    [casino.tenantId, player],
  );
  return BigInt(rows[0]!.balance);
};

beforeAll(async () => {
  server = await startServer({ env: { DATABASE_STATEMENT_TIMEOUT_MS: '500', RATE_LIMIT_ENABLED: 'false' } });
  casino = await walletCasino(server, (await platformAdmin(server)).sdk);
  const created = await casino.tenant.admin.sdk.CreateApiKey({ input: { name: 'raw client', permissions: ['WALLET_POST', 'WALLET_READ'] } });
  apiKey = (created.createApiKey as { key: string }).key;
  locker = new pg.Client({ connectionString: inject('databaseUrl') });
  owner = new pg.Client({ connectionString: inject('databaseUrl') });
  await locker.connect();
  await owner.connect();
}, 120_000);

afterAll(async () => {
  await locker?.end().catch(() => undefined);
  await owner?.end().catch(() => undefined);
  await server?.close();
});

describe('statement timeout', () => {
  it('cancels a statement stuck behind a row lock: UNAVAILABLE (DATABASE_TIMEOUT), nothing written, the key still usable', async () => {
    const registered = await newPlayer(server, casino.tenant);
    const player = playerUuid(registered.player);
    await fundPlayer(casino, player, '1000', `timeout-fund-${player}`);
    const key = `timeout-bet-${player}`;

    await locker.query('begin');
    await locker.query(`select id from ledger_account where tenant_id = $1 and owner_type = 'PLAYER' and owner_id = $2 for update`, [casino.tenantId, player]);
    let stuck: Awaited<ReturnType<typeof bet>>;
    try {
      stuck = await bet(key, player);
    } finally {
      await locker.query('rollback');
    }

    expect(stuck.status).toBe(503);
    expect(stuck.retryAfter).toBe('1');
    expect(stuck.body.errors?.[0]?.extensions).toMatchObject({ code: 'UNAVAILABLE', reason: 'DATABASE_TIMEOUT', retryAfter: 1 });
    expect(stuck.body.errors?.[0]?.message).toMatch(/took too long/);
    const written = await owner.query(`select 1 from ledger_transaction where tenant_id = $1 and idempotency_key = $2`, [casino.tenantId, key]);
    expect(written.rowCount).toBe(0);
    expect(await balanceOf(player)).toBe(1000n);

    // The lock is gone: the same key posts once.
    const retried = await bet(key, player);
    expect(retried.body.data?.postTransfers).toMatchObject({ __typename: 'PostTransfersPayload', replay: false });
    expect(await balanceOf(player)).toBe(995n);
  });

  it('sets statement_timeout on the API connections from DATABASE_STATEMENT_TIMEOUT_MS', async () => {
    const rows = await server.platform.services.orm.em.fork().getConnection().execute<{ statement_timeout: string }[]>('show statement_timeout');
    expect(rows[0]!.statement_timeout).toBe('500ms');
    const { rows: relayRows } = await server.platform.services.sql.query<{ statement_timeout: string }>('show statement_timeout');
    expect(relayRows[0]!.statement_timeout).toBe('500ms');
  });
});
