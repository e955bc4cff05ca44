import { randomUUID } from 'node:crypto';
import { print } from 'graphql';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LedgerEventsDocument, WalletUpdatedDocument, type LedgerEventsSubscription, type WalletUpdatedSubscription } from '../../codegen/sdk.js';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { collect, settle } from '../helpers/subscriptions.js';
import { ownerDb } from '../helpers/payments.js';
import { expectType, localId, newPlayer, platformAdmin } from '../helpers/world.js';
import { fundPlayer, houseSelector, playerSelector, walletCasino, type Casino } from '../helpers/wallet.js';

/**
 * walletUpdated and ledgerEvents resume after the positions a client gives (`after`): the stored
 * events first, then the live ones, no gap, no duplicate; a position the outbox no longer
 * covers is a typed error. One instance here; tests/e2e/many-instances.test.ts resumes across
 * instances after one is killed.
 */

let server: TestServer;
let platform: Sdk;
let owner: pg.Client;

beforeAll(async () => {
  server = await startServer();
  platform = (await platformAdmin(server)).sdk;
  owner = await ownerDb();
});
afterAll(async () => {
  await owner?.end();
  await server?.close();
});

const key = (prefix: string) => `${prefix}-${randomUUID()}`;

async function bet(c: Casino, playerId: string, amount: string) {
  const { postTransfers } = await c.partner.PostTransfers({
    input: { idempotencyKey: key('bet'), code: 'BET', transfers: [{ from: playerSelector(playerId), to: houseSelector(), amount }] },
  });
  return expectType(postTransfers, 'PostTransfersPayload');
}

/** A funded player with three events on their cash account (seq 1..3), and that account's global ID. */
async function playerWithHistory(c: Casino) {
  const p = await newPlayer(server, c.tenant);
  const first = collect<WalletUpdatedSubscription>(server.ws({ authorization: `Bearer ${p.token}` }), print(WalletUpdatedDocument));
  await settle();
  await fundPlayer(c, p.player.id, '100', key('deposit'));
  const [event] = await first.waitFor(1);
  first.unsubscribe();
  await fundPlayer(c, p.player.id, '100', key('deposit'));
  await bet(c, p.player.id, '30');
  return { p, accountId: event!.walletUpdated.account.id };
}

describe('resuming account events by sequence number', () => {
  it('replays the stored events after the position, then the live ones, each once and in order', async () => {
    const c = await walletCasino(server, platform);
    const { p, accountId } = await playerWithHistory(c);

    const resumed = collect<WalletUpdatedSubscription>(server.ws({ authorization: `Bearer ${p.token}` }), print(WalletUpdatedDocument), { after: [{ accountId, seq: 1 }] });
    await resumed.waitFor(2);
    await bet(c, p.player.id, '20');
    await resumed.waitFor(3);
    await settle(400);
    expect(resumed.errors).toEqual([]);
    expect(resumed.received.map((e) => [e.walletUpdated.seq, e.walletUpdated.balance.amount, e.walletUpdated.code])).toEqual([
      [2, '200', 'DEPOSIT'],
      [3, '170', 'BET'],
      [4, '150', 'BET'],
    ]);
  });

  it('gives staff the account\'s whole kept history from 0, and the other accounts from now', async () => {
    const c = await walletCasino(server, platform);
    const { p, accountId } = await playerWithHistory(c);
    const staff = collect<LedgerEventsSubscription>(server.ws({ authorization: `Bearer ${c.tenant.admin.token}` }), print(LedgerEventsDocument), { after: [{ accountId, seq: 0 }] });
    await staff.waitFor(3);
    await bet(c, p.player.id, '5');
    // The bet changes the player's account (seq 4) and a house account (live only).
    await staff.waitFor(5);
    await settle(400);
    const mine = staff.received.filter((e) => e.ledgerEvents.account.id === accountId).map((e) => e.ledgerEvents.seq);
    expect(mine).toEqual([1, 2, 3, 4]);
    expect(staff.received.map((e) => e.ledgerEvents.account.ownerType).sort()).toEqual(['HOUSE', 'PLAYER', 'PLAYER', 'PLAYER', 'PLAYER']);
  });

  it('ignores a position on another player\'s account', async () => {
    const c = await walletCasino(server, platform);
    const { accountId } = await playerWithHistory(c);
    const other = await newPlayer(server, c.tenant);
    const theirs = collect<WalletUpdatedSubscription>(server.ws({ authorization: `Bearer ${other.token}` }), print(WalletUpdatedDocument), { after: [{ accountId, seq: 0 }] });
    await settle(500);
    await fundPlayer(c, other.player.id, '7', key('deposit'));
    await theirs.waitFor(1);
    await settle(300);
    expect(theirs.errors).toEqual([]);
    expect(theirs.received.map((e) => [e.walletUpdated.seq, e.walletUpdated.balance.amount])).toEqual([[1, '7']]);
  });

  it('replays nothing of another tenant\'s account named in a position', async () => {
    const a = await walletCasino(server, platform);
    const { accountId } = await playerWithHistory(a);
    const b = await walletCasino(server, platform);
    const staffOfB = collect<LedgerEventsSubscription>(server.ws({ authorization: `Bearer ${b.tenant.admin.token}` }), print(LedgerEventsDocument), { after: [{ accountId, seq: 0 }] });
    await settle(800);
    expect(staffOfB.errors).toEqual([]);
    expect(staffOfB.received).toEqual([]);
  });

  it('refuses a position whose next events were pruned (STREAM_POSITION_EXPIRED), and resumes from a later one', async () => {
    const c = await walletCasino(server, platform);
    const { p, accountId } = await playerWithHistory(c);
    // What retention does to old published events, done at once.
    await owner.query(`delete from outbox_event where tenant_id = $1 and stream = $2 and seq <= 2`, [c.tenantId, `account:${localId(accountId)}`]);

    const tooOld = collect<WalletUpdatedSubscription>(server.ws({ authorization: `Bearer ${p.token}` }), print(WalletUpdatedDocument), { after: [{ accountId, seq: 0 }] });
    await expect(tooOld.waitFor(1)).rejects.toThrow(/STREAM_POSITION_EXPIRED/);
    expect(tooOld.received).toEqual([]);

    const fine = collect<WalletUpdatedSubscription>(server.ws({ authorization: `Bearer ${p.token}` }), print(WalletUpdatedDocument), { after: [{ accountId, seq: 2 }] });
    expect((await fine.waitFor(1)).map((e) => e.walletUpdated.seq)).toEqual([3]);

    // Every event pruned and the account moved on past the position: refused too, not silent.
    await owner.query(`delete from outbox_event where tenant_id = $1 and stream = $2`, [c.tenantId, `account:${localId(accountId)}`]);
    const allGone = collect<WalletUpdatedSubscription>(server.ws({ authorization: `Bearer ${p.token}` }), print(WalletUpdatedDocument), { after: [{ accountId, seq: 1 }] });
    await expect(allGone.waitFor(1)).rejects.toThrow(/STREAM_POSITION_EXPIRED/);
  });

  it('refuses a negative seq and an id that is not an account\'s, and only that operation: the connection serves the next', async () => {
    const c = await walletCasino(server, platform);
    const { p, accountId } = await playerWithHistory(c);
    const socket = server.ws({ authorization: `Bearer ${p.token}` });
    const negative = collect<WalletUpdatedSubscription>(socket, print(WalletUpdatedDocument), { after: [{ accountId, seq: -1 }] });
    await expect(negative.waitFor(1)).rejects.toThrow(/VALIDATION_FAILED/);
    const wrongType = collect<WalletUpdatedSubscription>(socket, print(WalletUpdatedDocument), { after: [{ accountId: p.player.id, seq: 0 }] });
    await expect(wrongType.waitFor(1)).rejects.toThrow(/INVALID_ID/);
    const fine = collect<WalletUpdatedSubscription>(socket, print(WalletUpdatedDocument), { after: [{ accountId, seq: 0 }] });
    expect((await fine.waitFor(1))[0]!.walletUpdated.seq).toBe(1);
  });
});
