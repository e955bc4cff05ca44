/**
 * Poker collusion end to end (docs/risk.md "Poker collusion"): four players play real hands
 * through the API at one table; one pair dumps chips (after the flop the dumper bets the pot,
 * the receiver raises, the dumper folds), the other two play straight. RISK staff run the scan:
 * the dumping pair gets a COLLUSION case whose evidence packet holds the statistics, the score,
 * the shared signals and the top hands as PHH (which parsePhh reads); the honest pair gets none.
 * A second scan reads no hand twice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PokerActionType, PokerTableSnapshotQuery } from '../../codegen/sdk.js';
import { parsePhh } from '../../modules/poker/engine/index.js';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { playerGlobalId } from '../helpers/wallet.js';
import { expectType, localId, newPlayer, newStaff, newTenant, platformAdmin, type TestTenant } from '../helpers/world.js';

let server: TestServer;
let platform: Sdk;

// Scoring needs hands together; a real table in a test plays a few, so the minimum is lowered here.
const MIN_HANDS = 8;
const HANDS = 16;

beforeAll(async () => {
  server = await startServer({ env: { COLLUSION_MIN_HANDS: String(MIN_HANDS) } });
  platform = (await platformAdmin(server)).sdk;
});
afterAll(async () => {
  await server?.close();
});

type Player = Awaited<ReturnType<typeof newPlayer>> & { uuid: string };
type Hand = NonNullable<NonNullable<PokerTableSnapshotQuery['pokerTableSnapshot']>['hand']>;
type Choice = { action: PokerActionType; amount?: string };

let keys = 0;
async function fundedPlayer(tenant: TestTenant, partner: Sdk): Promise<Player> {
  const p = await newPlayer(server, tenant);
  const uuid = localId(p.player.id);
  const deposit = await partner.PostTransfers({
    input: {
      idempotencyKey: `collusion-${Date.now()}-${keys++}`,
      code: 'DEPOSIT',
      transfers: [{ from: { ownerType: 'WORLD', currency: 'EUR' }, to: { ownerType: 'PLAYER', ownerId: playerGlobalId(uuid), currency: 'EUR' }, amount: '5000' }],
    },
  });
  expectType(deposit.postTransfers, 'PostTransfersPayload');
  return { ...p, uuid };
}

const has = (hand: Hand, type: string) => hand.legalActions.find((a) => a.type === type);
const checkOr = (hand: Hand, otherwise: PokerActionType): Choice => (has(hand, 'CHECK') ? { action: 'CHECK' } : { action: otherwise });

/** Plays `hands` hands; each player to act asks its own snapshot and `choose` decides. */
async function play(staff: Sdk, tableId: string, players: Player[], hands: number, choose: (player: Player, hand: Hand) => Choice): Promise<void> {
  for (let step = 0; step < 2000; step++) {
    const snap = (await staff.PokerTableSnapshot({ tableId })).pokerTableSnapshot!;
    if (!snap.hand || snap.hand.handNo > hands) return;
    const seat = snap.hand.seatToAct!;
    const pid = snap.hand.players.find((p) => p.seat === seat)!.player!.id;
    const player = players.find((p) => p.player.id === pid)!;
    const mine = (await player.sdk.PokerTableSnapshot({ tableId })).pokerTableSnapshot!.hand!;
    const choice = choose(player, mine);
    const acted = await player.sdk.PokerAct({ input: { tableId, handId: mine.hand!.id, action: choice.action, ...(choice.amount ? { amount: choice.amount } : {}) } });
    expectType(acted.pokerAct, 'PokerActPayload');
  }
  throw new Error('hands did not finish');
}

describe('collusion scan', () => {
  it('opens a COLLUSION case with its evidence packet for a chip-dumping pair, none for an honest pair, and reads no hand twice', async () => {
    const tenant = await newTenant(server, platform);
    const created = await tenant.admin.sdk.CreateApiKey({ input: { name: 'cashier', permissions: ['WALLET_POST'] } });
    const partner = server.sdk({ 'x-api-key': expectType(created.createApiKey, 'CreateApiKeyPayload').key });
    const risk = await newStaff(server, platform, tenant.slug, ['RISK']);
    const { createPokerTable } = await tenant.admin.sdk.CreatePokerTable({
      input: { name: 'Collusion table', variant: 'NLHE', currency: 'EUR', smallBlind: '10', bigBlind: '20', maxSeats: 6, minBuyIn: '200', maxBuyIn: '2000', turnSeconds: 60 },
    });
    const tableId = expectType(createPokerTable, 'CreatePokerTablePayload').table.id;
    const [dumper, receiver, honestA, honestB] = [await fundedPlayer(tenant, partner), await fundedPlayer(tenant, partner), await fundedPlayer(tenant, partner), await fundedPlayer(tenant, partner)];
    const players = [dumper!, receiver!, honestA!, honestB!];
    for (const [seat, p] of players.entries()) {
      expectType((await p.sdk.SitAtPokerTable({ input: { tableId, buyIn: '2000', seat } })).sitAtPokerTable, 'SitAtPokerTablePayload');
    }

    await play(tenant.admin.sdk, tableId, players, HANDS, (player, hand) => {
      if (hand.street === 'PREFLOP') return checkOr(hand, 'CALL');
      // Players see seats, not who sits there: the receiver sits at seat 1.
      const receiverIn = hand.players.some((p) => p.seat === 1 && !p.folded);
      const facing = Number(hand.toCall?.amount ?? 0) > 0;
      if (player === dumper && receiverIn) {
        // Bet the pot once the receiver is still in; fold to the receiver's raise.
        const bet = has(hand, 'BET');
        if (bet && !facing) return { action: 'BET', amount: String(Math.min(Number(bet.max!.amount), Math.max(Number(bet.min!.amount), Number(hand.pot.amount)))) };
        return facing ? { action: 'FOLD' } : { action: 'CHECK' };
      }
      if (player === receiver && facing) {
        const raise = has(hand, 'RAISE');
        return raise ? { action: 'RAISE', amount: raise.min!.amount } : { action: 'CALL' };
      }
      // Straight players (and the pair otherwise): check when free, fold to a bet after the flop.
      return checkOr(hand, 'FOLD');
    });

    const scanned = expectType((await risk.sdk.ScanCollusion({ input: { reason: 'e2e' } })).scanCollusion, 'ScanCollusionPayload');
    expect(scanned.hands).toBeGreaterThanOrEqual(HANDS);
    expect(scanned.flagged).toBeGreaterThanOrEqual(1);

    const ranked = (await risk.sdk.CollusionPairs({ first: 10 })).collusionPairs!;
    expect(ranked.totalCount).toBe(6);
    // Paged by score: pages of two give the same order, and the filters apply.
    const paged: string[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 5; page++) {
      const { collusionPairs } = await risk.sdk.CollusionPairs({ first: 2, after: cursor });
      paged.push(...collusionPairs!.nodes.map((n) => n.id));
      if (!collusionPairs!.pageInfo.hasNextPage) break;
      cursor = collusionPairs!.pageInfo.endCursor ?? undefined;
    }
    expect(paged).toEqual(ranked.nodes.map((n) => n.id));
    expect(ranked.nodes.map((n) => n.score)).toEqual([...ranked.nodes.map((n) => n.score)].sort((x, y) => y - x));
    expect((await risk.sdk.CollusionPairs({ flagged: true })).collusionPairs!.nodes.every((n) => n.flagged)).toBe(true);
    expect((await risk.sdk.CollusionPairs({ minHands: 1000 })).collusionPairs!.totalCount).toBe(0);
    const key = (a: Player, b: Player) => [a.player.id, b.player.id].sort().join(':');
    const pairOf = (a: Player, b: Player) => ranked.nodes.find((n) => [n.playerA.id, n.playerB.id].sort().join(':') === key(a, b))!;
    const dumping = pairOf(dumper!, receiver!);
    const honest = pairOf(honestA!, honestB!);
    expect(ranked.nodes[0]!.id).toBe(dumping.id);
    expect(dumping).toMatchObject({ hands: scanned.hands, flagged: true });
    expect(dumping.score).toBeGreaterThanOrEqual(0.8);
    expect(dumping.dumping).toBeGreaterThan(0);
    expect(dumping.tables.map((t) => t.id)).toEqual([tableId]);
    expect(dumping.topHands.length).toBeGreaterThan(0);
    expect(honest).toMatchObject({ flagged: false });
    expect(honest.score).toBeLessThan(0.8);
    // The chips went from the dumper to the receiver.
    const towardsReceiver = dumping.playerA.id === dumper!.player.id ? dumping.flowBigBlinds : -dumping.flowBigBlinds;
    expect(towardsReceiver).toBeGreaterThan(0);

    const cases = (await risk.sdk.RiskCases({ kind: 'COLLUSION', status: 'OPEN', first: 50 })).riskCases!.nodes;
    const theirs = cases.filter((c) => c.players.map((p) => p.id).sort().join(':') === key(dumper!, receiver!));
    expect(theirs).toHaveLength(1);
    expect(cases.some((c) => c.players.map((p) => p.id).sort().join(':') === key(honestA!, honestB!))).toBe(false);
    const evidence = theirs[0]!.evidence.at(-1)!;
    expect(evidence.type).toBe('COLLUSION_SCORE');
    const data = evidence.data as { hands: number; score: { score: number; impact: number; softPlay: number; dumping: number }; statistics: { a: { dumps: number }; b: { dumps: number } }; sharedSignals: unknown[]; topHands: { handId: string; phh: string | null }[] };
    expect(data.hands).toBe(scanned.hands);
    expect(data.score.score).toBeCloseTo(dumping.score, 9);
    expect(data.statistics.a.dumps + data.statistics.b.dumps).toBeGreaterThan(0);
    expect(Array.isArray(data.sharedSignals)).toBe(true);
    expect(data.topHands.length).toBeGreaterThan(0);
    for (const hand of data.topHands) {
      const phh = parsePhh(hand.phh!);
      expect(phh.variant).toBe('NT');
      expect(phh.players).toEqual(expect.arrayContaining([dumper!.uuid, receiver!.uuid]));
    }

    // Nothing new: a second scan reads no hand again and leaves the statistics alone.
    const again = expectType((await risk.sdk.ScanCollusion({ input: { reason: 'again' } })).scanCollusion, 'ScanCollusionPayload');
    expect(again.hands).toBeLessThanOrEqual(1);
    const after = (await risk.sdk.CollusionPairNode({ id: dumping.id })).node;
    expect(after).toMatchObject({ hands: dumping.hands + again.hands });

    // The player's view, and nothing for staff without risk:read.
    const mine = (await risk.sdk.PlayerCollusionPairs({ id: dumper!.player.id })).node;
    expect(mine && 'collusionPairs' in mine ? mine.collusionPairs.totalCount : null).toBe(3);
    expect((await dumper!.sdk.CollusionPairNode({ id: dumping.id })).node).toBeNull();
  }, 240_000);
});
