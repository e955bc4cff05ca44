/**
 * References are resolved in batches, not row by row (issue #14, section 1): a page of 100
 * withdrawals with their player, ledger account and funding payment (and that payment's player)
 * costs the same small number of SQL statements as a page of 10.
 *
 * The server runs in this process, so every statement it sends goes through pg's
 * `Client.prototype.query` (the ORM's driver and the ledger's pool alike): wrapped here, it
 * counts. Background work (the outbox relay, scheduled jobs) may add statements to a window, never
 * remove any, so each page is measured a few times and the smallest count kept.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { expectType, platformAdmin } from '../helpers/world.js';
import { startFakeStripe, type FakeStripe } from '../helpers/fake-stripe.js';
import { confirmedStripeDeposit, paymentsWorld, player, type PaymentsWorld } from '../helpers/payments.js';

/**
 * Statements a page may cost whatever its size: the page, one batch per reference, the request's
 * own (auth, tenant): about 32 on a quiet machine, with room for split batches and a background job's
 * tick under the full suite's load. One reference resolved row by row costs at least 90 more (a
 * trial reading the accounts row by row counted 101 for the page of 100).
 */
const MAX_STATEMENTS = 80;
/**
 * How much more a page of 100 may cost than a page of 10. A loader's batch is gathered per tick, and
 * under load the rows' nested references can arrive over a few ticks, so a batch may split (each
 * part a transaction of 4 statements: BEGIN, set_config, the select, COMMIT); a background job's
 * tick can land in one window and not the other. One reference resolved row by row adds at least
 * one statement per extra row: 90 here.
 */
const BATCH_SLACK = 40;

let server: TestServer;
let stripe: FakeStripe;
let world: PaymentsWorld;
let statements = 0;
const originalQuery = pg.Client.prototype.query;

beforeAll(async () => {
  // Counted from the first query on; a call with a callback or a stream is counted the same.
  pg.Client.prototype.query = function countedQuery(this: pg.Client, ...args: unknown[]) {
    statements += 1;
    return (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof pg.Client.prototype.query;
  stripe = await startFakeStripe();
  server = await startServer({ env: { OUTBOX_POLL_MS: '60000' } });
  const platform: Sdk = (await platformAdmin(server)).sdk;
  world = await paymentsWorld(server, platform, { code: 'stripe', endpoint: stripe.url, dualApprovalAbove: null });
  // 100 withdrawals of 5 players, each funded by a deposit (closed loop: every part names it).
  for (let i = 0; i < 5; i++) {
    const p = await player(server, world);
    const deposit = await confirmedStripeDeposit(stripe, world.webhookUrl, p.sdk, 50_000);
    expect(deposit.answer.status).toBe(200);
    for (let j = 0; j < 20; j++) {
      const asked = await p.sdk.RequestWithdrawal({ input: { idempotencyKey: `n1-${i}-${j}-withdrawal`, currency: 'EUR', amount: '100' } });
      expectType(asked.requestWithdrawal, 'RequestWithdrawalPayload');
    }
  }
}, 120_000);

afterAll(async () => {
  pg.Client.prototype.query = originalQuery;
  await server?.close();
  await stripe?.close();
});

/** The fewest statements one request for a page of `first` withdrawals cost, over six tries; and the page. */
async function measure(first: number) {
  let fewest = Number.POSITIVE_INFINITY;
  let page: Awaited<ReturnType<Sdk['WithdrawalReferences']>> | null = null;
  for (let attempt = 0; attempt < 6; attempt++) {
    const before = statements;
    page = await world.finance.sdk.WithdrawalReferences({ first });
    fewest = Math.min(fewest, statements - before);
  }
  return { count: fewest, nodes: page!.withdrawals!.nodes };
}

describe('references in a page of withdrawals', () => {
  it('resolves player, account and payment of 100 rows in a constant number of statements', async () => {
    const small = await measure(10);
    const large = await measure(100);
    expect(small.nodes).toHaveLength(10);
    expect(large.nodes).toHaveLength(100);
    // The references really were resolved, as objects.
    for (const w of large.nodes) {
      expect(w.player.id).toBeTruthy();
      expect(w.account).toMatchObject({ ownerType: 'PLAYER', kind: 'CASH', currency: 'EUR' });
      expect(w.sourcePayment).toMatchObject({ status: 'SUCCEEDED', player: { id: w.player.id } });
    }
    expect(new Set(large.nodes.map((w) => w.player.id)).size).toBe(5);
    expect(new Set(large.nodes.map((w) => w.account.id)).size).toBe(5);

    expect(small.count).toBeLessThanOrEqual(MAX_STATEMENTS);
    expect(large.count).toBeLessThanOrEqual(MAX_STATEMENTS);
    // Per-row resolution would add a transaction per extra row (90 here); see BATCH_SLACK.
    expect(Math.abs(large.count - small.count)).toBeLessThanOrEqual(BATCH_SLACK);
  });
});
