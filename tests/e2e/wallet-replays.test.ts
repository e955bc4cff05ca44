import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { checkLedgerInvariants, tenantUuid } from '../helpers/ledger-invariants.js';
import { expectType, newPlayer, newTenant, platformAdmin } from '../helpers/world.js';
import { houseSelector, playerSelector, walletCasino, worldSelector } from '../helpers/wallet.js';
import { catalogueGame, HUB88_PER_CENT, newAggregator, partnerOf, seatedPlayer } from '../helpers/seamless.js';
import { randomUUID } from 'node:crypto';

/**
 * Issue 13, item 5: identical requests (same idempotency key, same body) sent at the same
 * moment are one posting, and every copy gets its answer: the original or its replay, never
 * an internal error. Real concurrent HTTP requests, many groups.
 */

let server: TestServer;
let platform: Sdk;
let owner: pg.Client;
let seq = 0;
const key = (label: string) => `replay-${label}-${Date.now()}-${++seq}`;

const casino = () => walletCasino(server, platform);
const player = playerSelector;
const house = houseSelector;
const world = worldSelector;

async function postingsWithKey(tenantId: string, idempotencyKey: string): Promise<number> {
  const { rows } = await owner.query<{ n: number }>(`select count(*)::int as n from ledger_transaction where tenant_id = $1 and idempotency_key = $2`, [tenantId, idempotencyKey]);
  return rows[0]!.n;
}

/** What one copy answered, reduced to what every copy must agree on. */
type Answer = { typename: string; id: string | null; replay: boolean | null };

/** A GraphQL error (an internal error, say) as an answer: its code stands in for the typename. */
function errorAnswer(error: unknown): { __typename: string } {
  const errors = (error as { response?: { errors?: { extensions?: { code?: string } }[] } }).response?.errors;
  return { __typename: `GraphQLError:${errors?.[0]?.extensions?.code ?? String(error)}` };
}

/** Checks a group of copies: the same answer for all, exactly one of them not a replay. */
function agree(answers: Answer[]): void {
  expect(new Set(answers.map((a) => `${a.typename}:${a.id}`)).size, JSON.stringify(answers)).toBe(1);
  expect(answers.filter((a) => a.replay === false), JSON.stringify(answers)).toHaveLength(1);
}

beforeAll(async () => {
  // Thousands of requests from one address: the rate limiter is not what this file tests.
  server = await startServer({ env: { RATE_LIMIT_ENABLED: 'false' } });
  platform = (await platformAdmin(server)).sdk;
  owner = new pg.Client({ connectionString: inject('databaseUrl') });
  await owner.connect();
});
afterAll(async () => {
  await owner?.end();
  await server?.close();
});

describe('identical requests sent at the same moment', () => {
  const transfersCase = (title: string, code: 'BET' | 'DEPOSIT', waves: number, groupsPerWave: number) =>
    it(title, async () => {
      const c = await casino();
      const players = await Promise.all(Array.from({ length: groupsPerWave }, () => newPlayer(server, c.tenant)));
      for (const p of players) {
        const { postTransfers } = await c.partner.PostTransfers({ input: { idempotencyKey: key('fund'), code: 'DEPOSIT', transfers: [{ from: world(), to: player(p.player.id), amount: '100000' }] } });
        expectType(postTransfers, 'PostTransfersPayload');
      }
      const keys: string[] = [];
      // Waves of groups: each group is three copies of one request, sent together with the other
      // groups of its wave. A copy that reaches the poster a turn of the event loop after the
      // first goes out in a batch of its own while the first's batch is still in flight: the race.
      for (let wave = 0; wave < waves; wave++) {
        const groups = await Promise.all(
          players.map(async (p) => {
            const idempotencyKey = key(code);
            keys.push(idempotencyKey);
            const transfer = code === 'BET' ? { from: player(p.player.id), to: house(), amount: '3' } : { from: world(), to: player(p.player.id), amount: '3' };
            const input = { idempotencyKey, code, transfers: [transfer] };
            const copies = await Promise.all([0, 1, 2].map(() => c.partner.PostTransfers({ input }).then(({ postTransfers }) => postTransfers, errorAnswer)));
            return copies.map((r): Answer => ('transaction' in r ? { typename: r.__typename, id: r.transaction.id, replay: r.replay } : { typename: r.__typename, id: null, replay: null }));
          }),
        );
        for (const group of groups) agree(group);
      }
      for (const k of keys) expect(await postingsWithKey(c.tenantId, k)).toBe(1);
      expect(await checkLedgerInvariants(owner, c.tenantId)).toEqual([]);
    });

  transfersCase('answers every copy of a new postTransfers (group commit) with the one posting or its replay, in every group', 'BET', 150, 1);
  transfersCase('answers every copy of a new DEPOSIT (posted alone, in its own transaction) with the one posting or its replay', 'DEPOSIT', 25, 4);

  it('answers every copy of a seamless bet (the callbacks\' group commit) alike, with one posting', async () => {
    const tenant = await newTenant(server, platform);
    const hub = await newAggregator(server, tenant);
    await catalogueGame(tenant, 'starburst');
    const seated = await seatedPlayer(server, tenant, await partnerOf(server, tenant), 1_000_000);
    for (let group = 0; group < 100; group++) {
      const body = { user: seated.id, token: seated.token, currency: 'EUR', game_code: 'starburst', round: randomUUID(), transaction_uuid: randomUUID(), amount: HUB88_PER_CENT, request_uuid: randomUUID() };
      const copies = await Promise.all([0, 1, 2].map(() => hub.call('transaction/bet', body)));
      expect(copies.map((c) => c.status), JSON.stringify(copies)).toEqual([200, 200, 200]);
      expect(new Set(copies.map((c) => JSON.stringify(c.answer))).size, JSON.stringify(copies)).toBe(1);
      expect(copies[0]!.answer.status).toBe('RS_OK');
    }
    const { rows } = await owner.query<{ n: number }>(`select count(*)::int as n from ledger_transaction where tenant_id = $1 and code = 'BET'`, [tenantUuid(tenant)]);
    expect(rows[0]!.n).toBe(100);
    expect(await checkLedgerInvariants(owner, tenantUuid(tenant))).toEqual([]);
  });

  it('does the same for holds, captures, releases, reversals and adjustments', async () => {
    const c = await casino();
    const p = await newPlayer(server, c.tenant);
    await c.partner.PostTransfers({ input: { idempotencyKey: key('fund'), code: 'DEPOSIT', transfers: [{ from: world(), to: player(p.player.id), amount: '1000000' }] } });
    expectType((await c.tenant.admin.sdk.SetWalletApprovalThreshold({ input: { currency: 'EUR', amount: '1000' } })).setWalletApprovalThreshold, 'SetWalletApprovalThresholdPayload');
    const thrice = <T>(send: () => Promise<T>) => Promise.all([send(), send(), send()]);
    for (let round = 0; round < 10; round++) {
      const reserveKey = key('reserve');
      const reserves = await thrice(async () => (await c.partner.ReserveHold({ input: { idempotencyKey: reserveKey, account: player(p.player.id), amount: '10' } })).reserveHold);
      const holds = reserves.map((r) => expectType(r, 'ReserveHoldPayload'));
      agree(holds.map((h) => ({ typename: h.__typename, id: h.hold.id, replay: h.replay })));

      const captureKey = key('capture');
      const captures = await thrice(async () => (await c.partner.CaptureHold({ input: { idempotencyKey: captureKey, holdId: holds[0]!.hold.id, amount: '4', to: house(), code: 'BET' } })).captureHold);
      agree(captures.map((r) => { const h = expectType(r, 'CaptureHoldPayload'); return { typename: h.__typename, id: h.transaction?.id ?? null, replay: h.replay }; }));
      expect(await postingsWithKey(c.tenantId, captureKey)).toBe(1);

      const reverseKey = key('reverse');
      const captured = expectType(captures[0]!, 'CaptureHoldPayload').transaction.id;
      const reversals = await thrice(async () => (await c.tenant.admin.sdk.ReverseLedgerTransaction({ input: { idempotencyKey: reverseKey, transactionId: captured, reason: 'bet voided' } })).reverseLedgerTransaction);
      agree(reversals.map((r) => { const t = expectType(r, 'ReverseLedgerTransactionPayload'); return { typename: t.__typename, id: t.reversal.id, replay: t.replay }; }));

      const adjustKey = key('adjust');
      const adjustments = await thrice(async () => (await c.tenant.admin.sdk.RequestWalletAdjustment({ input: { idempotencyKey: adjustKey, account: player(p.player.id), amount: '5', reason: 'goodwill credit' } })).requestWalletAdjustment);
      agree(adjustments.map((r) => { const a = expectType(r, 'RequestWalletAdjustmentPayload'); return { typename: a.__typename, id: a.adjustment.id, replay: a.replay }; }));
      expect(await postingsWithKey(c.tenantId, adjustKey)).toBe(1);

      const other = expectType((await c.partner.ReserveHold({ input: { idempotencyKey: key('reserve'), account: player(p.player.id), amount: '10' } })).reserveHold, 'ReserveHoldPayload');
      const releaseKey = key('release');
      const releases = await thrice(async () => (await c.partner.ReleaseHold({ input: { idempotencyKey: releaseKey, holdId: other.hold.id } })).releaseHold);
      agree(releases.map((r) => { const h = expectType(r, 'ReleaseHoldPayload'); return { typename: h.__typename, id: h.hold.id, replay: h.replay }; }));
    }
    expect(await checkLedgerInvariants(owner, c.tenantId)).toEqual([]);
  });
});
