import { randomUUID } from 'node:crypto';
import { playerGlobalId } from '../helpers/wallet.js';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expireDueHolds } from '../../modules/wallet/index.js';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { checkLedgerInvariants, playerUuid, tenantUuid } from '../helpers/ledger-invariants.js';
import { expectType, newPlayer, platformAdmin } from '../helpers/world.js';
import { catalogueGame, HUB88_PER_CENT, newAggregator, sessionFor, type Aggregator } from '../helpers/seamless.js';
import { confirmedStripeDeposit, paymentsWorld, type PaymentsWorld } from '../helpers/payments.js';
import { startFakeStripe, type FakeStripe } from '../helpers/fake-stripe.js';

/**
 * Issue 13, item 6: every money path takes its locks in the one documented order, so postings
 * that share accounts never deadlock. Mixed load on a few shared accounts (one house stripe,
 * six players): transfers, holds (reserve, capture into the house or another player, release,
 * expiry), reversals, instant adjustments, seamless bets and wins, withdrawals requested and
 * cancelled. Every answer must be a payload or a typed error; no transaction may have lost a
 * deadlock (the server logs each one it retries); the ledger invariants hold afterwards.
 */

const DURATION_MS = 8_000;
const WORKERS = 12;

let server: TestServer;
let platform: Sdk;
let owner: pg.Client;
let stripe: FakeStripe;
const logLines: string[] = [];
let seq = 0;
const key = (label: string) => `mix-${label}-${Date.now()}-${++seq}`;

beforeAll(async () => {
  stripe = await startFakeStripe();
  server = await startServer({
    env: { WALLET_HOUSE_STRIPES: '1', RATE_LIMIT_ENABLED: 'false', WALLET_HOLD_EXPIRY_INTERVAL_MS: '0' },
    logLevel: 'warn',
    logStream: { write: (line: string) => void logLines.push(line) },
  });
  platform = (await platformAdmin(server)).sdk;
  owner = new pg.Client({ connectionString: inject('databaseUrl') });
  await owner.connect();
});
afterAll(async () => {
  await owner?.end();
  await server?.close();
  await stripe?.close();
});

interface Seat {
  id: string;
  sdk: Sdk;
  token: string;
}

const player = (id: string) => ({ ownerType: 'PLAYER' as const, ownerId: playerGlobalId(id), currency: 'EUR' });
const house = { ownerType: 'HOUSE' as const, currency: 'EUR' };
const world = { ownerType: 'WORLD' as const, currency: 'EUR' };
const pick = <T>(items: T[]): T => items[Math.floor(Math.random() * items.length)]!;

describe('mixed money load on shared accounts', () => {
  it('never deadlocks, never answers an internal error, and keeps the ledger invariants', async () => {
    const payments: PaymentsWorld = await paymentsWorld(server, platform, { code: 'stripe', endpoint: stripe.url, dualApprovalAbove: null, freeze: 'NEVER' });
    const { tenant, partner } = payments;
    const tenantId = tenantUuid(tenant);
    const hub: Aggregator = await newAggregator(server, tenant);
    await catalogueGame(tenant, 'starburst');
    expectType((await tenant.admin.sdk.SetWalletApprovalThreshold({ input: { currency: 'EUR', amount: '1000' } })).setWalletApprovalThreshold, 'SetWalletApprovalThresholdPayload');
    const seats: Seat[] = await Promise.all(
      Array.from({ length: 6 }, async () => {
        const registered = await newPlayer(server, tenant);
        const id = playerUuid(registered.player);
        const { postTransfers } = await partner.PostTransfers({ input: { idempotencyKey: key('fund'), code: 'DEPOSIT', transfers: [{ from: world, to: player(id), amount: '10000000' }] } });
        expectType(postTransfers, 'PostTransfersPayload');
        // A confirmed Stripe deposit: withdrawals go back to what funded the player (closed loop).
        expect((await confirmedStripeDeposit(stripe, payments.webhookUrl, registered.sdk, 100_000)).answer.status).toBe(200);
        return { id, sdk: registered.sdk, token: await sessionFor(server, tenant, id) };
      }),
    );

    const failures: string[] = [];
    const counts: Record<string, number> = {};
    const reversible: string[] = [];
    /** A GraphQL answer: a payload or a typed error; a thrown error (an internal error) is a failure. */
    const answer = async <T extends { __typename: string }>(op: string, send: () => Promise<T>): Promise<T | null> => {
      try {
        const result = await send();
        counts[`${op}:${result.__typename}`] = (counts[`${op}:${result.__typename}`] ?? 0) + 1;
        return result;
      } catch (error) {
        failures.push(`${op}: ${String(error).slice(0, 300)}`);
        return null;
      }
    };
    const seamless = async (operation: string, body: Record<string, unknown>) => {
      const { status, answer: a } = await hub.call(operation, body);
      counts[`${operation}:${a.status}`] = (counts[`${operation}:${a.status}`] ?? 0) + 1;
      if (status >= 500 || a.status === 'RS_ERROR_UNKNOWN') failures.push(`${operation}: HTTP ${status} ${JSON.stringify(a)}`);
    };

    const operations: (() => Promise<void>)[] = [
      // Transfers: bets and wins against the house, and player to player.
      async () => {
        const p = pick(seats);
        const r = await answer('bet', async () => (await partner.PostTransfers({ input: { idempotencyKey: key('bet'), code: 'BET', transfers: [{ from: player(p.id), to: house, amount: '3' }] } })).postTransfers);
        if (r?.__typename === 'PostTransfersPayload') reversible.push(r.transaction.id);
      },
      async () => {
        const [a, b] = [pick(seats), pick(seats)];
        if (a === b) return;
        await answer('p2p', async () => (await partner.PostTransfers({ input: { idempotencyKey: key('p2p'), code: 'GIFT', transfers: [{ from: player(a.id), to: player(b.id), amount: '2' }, { from: house, to: player(a.id), amount: '1' }] } })).postTransfers);
      },
      // Holds: reserve, then capture into the house or another player, or release, or leave to expire.
      async () => {
        const p = pick(seats);
        const expiring = Math.random() < 0.3;
        const reserved = await answer('reserve', async () => (await partner.ReserveHold({ input: { idempotencyKey: key('reserve'), account: player(p.id), amount: '5', expiresInSeconds: expiring ? 1 : null } })).reserveHold);
        if (reserved?.__typename !== 'ReserveHoldPayload' || expiring) return;
        const roll = Math.random();
        if (roll < 0.4) {
          await answer('capture-house', async () => (await partner.CaptureHold({ input: { idempotencyKey: key('capture'), holdId: reserved.hold.id, amount: '3', to: house, code: 'BET' } })).captureHold);
        } else if (roll < 0.8) {
          const other = pick(seats.filter((s) => s !== p));
          await answer('capture-player', async () => (await partner.CaptureHold({ input: { idempotencyKey: key('capture'), holdId: reserved.hold.id, to: player(other.id), code: 'PAYOUT' } })).captureHold);
        } else {
          await answer('release', async () => (await partner.ReleaseHold({ input: { idempotencyKey: key('release'), holdId: reserved.hold.id } })).releaseHold);
        }
      },
      // Reversals of earlier bets.
      async () => {
        const id = reversible.shift();
        if (!id) return;
        await answer('reverse', async () => (await tenant.admin.sdk.ReverseLedgerTransaction({ input: { idempotencyKey: key('reverse'), transactionId: id, reason: 'bet voided' } })).reverseLedgerTransaction);
      },
      // Instant adjustments, credits and debits, of different players against the one house stripe.
      async () => {
        const p = pick(seats);
        await answer('adjust', async () => (await tenant.admin.sdk.RequestWalletAdjustment({ input: { idempotencyKey: key('adjust'), account: player(p.id), amount: Math.random() < 0.5 ? '-4' : '4', reason: 'load test correction' } })).requestWalletAdjustment);
      },
      // Seamless bets and wins (the aggregator's door).
      async () => {
        const p = pick(seats);
        const round = randomUUID();
        const common = { user: p.id, token: p.token, currency: 'EUR', game_code: 'starburst', round };
        await seamless('transaction/bet', { ...common, transaction_uuid: randomUUID(), amount: 2 * HUB88_PER_CENT, request_uuid: randomUUID() });
        if (Math.random() < 0.5) await seamless('transaction/win', { ...common, transaction_uuid: randomUUID(), amount: 3 * HUB88_PER_CENT, request_uuid: randomUUID() });
      },
      // Payments: a withdrawal requested (a hold in the payments transaction) and cancelled (released).
      async () => {
        const p = pick(seats);
        const requested = await answer('withdraw', async () => (await p.sdk.RequestWithdrawal({ input: { idempotencyKey: key('withdraw'), currency: 'EUR', amount: '100' } })).requestWithdrawal);
        if (requested?.__typename === 'RequestWithdrawalPayload') await answer('cancel-withdrawal', async () => (await p.sdk.CancelWithdrawal({ input: { withdrawalId: requested.withdrawal.id } })).cancelWithdrawal);
      },
    ];

    // Enough of each kind must run to have met each other: on a loaded machine the load runs on
    // past DURATION_MS (up to three times as long) until each kind ran more than 5 times.
    const KINDS = ['bet', 'p2p', 'reserve', 'capture-house', 'capture-player', 'reverse', 'adjust', 'withdraw'];
    const ran = (op: string) => Object.entries(counts).filter(([k]) => k.startsWith(`${op}:`)).reduce((n, [, v]) => n + v, 0);
    const deadline = Date.now() + DURATION_MS;
    const hardDeadline = Date.now() + 3 * DURATION_MS;
    const running = () => Date.now() < deadline || (Date.now() < hardDeadline && KINDS.some((op) => ran(op) <= 5));
    const worker = async () => {
      while (running()) await pick(operations)();
    };
    const expiry = async () => {
      while (running()) {
        await expireDueHolds(server.platform.services).catch((error: unknown) => failures.push(`expiry: ${String(error).slice(0, 300)}`));
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    };
    await Promise.all([...Array.from({ length: WORKERS }, worker), expiry()]);
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    await expireDueHolds(server.platform.services);

    const deadlocks = logLines.filter((line) => line.includes('40P01') || line.includes('deadlock'));
    expect(failures).toEqual([]);
    expect(deadlocks).toEqual([]);
    // Enough of each kind ran to have met each other.
    for (const op of KINDS) expect(ran(op), `${op} ${JSON.stringify(counts)}`).toBeGreaterThan(5);
    expect(counts['transaction/bet:RS_OK'] ?? 0, JSON.stringify(counts)).toBeGreaterThan(5);
    expect(await checkLedgerInvariants(owner, tenantId)).toEqual([]);
  }, 90_000);
});
