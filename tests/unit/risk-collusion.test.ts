/**
 * Poker collusion scoring (docs/risk.md "Poker collusion"): the equity it stands on, and the
 * score on simulated 6-max play through the real engine: planted colluding pairs (soft play,
 * chip dumping) rank at the top (AUC >= 0.95) and an all-honest population has at most 1 % of
 * its pairs flagged.
 */
import { describe, expect, it } from 'vitest';
import { apply, createHand, evaluate7, orderedDeck, parseCards, seededRandomInt, type Action } from '../../modules/poker/engine/index.js';
import { codesOf, equityAmong, runouts, strength } from '../../modules/risk/collusion.equity.js';
import { actionOdds } from '../../modules/risk/collusion.policy.js';
import { auc, emptyPair, isFlagged, mergePair, observeHand, pairKey, scorePair, type PairStats } from '../../modules/risk/collusion.score.js';
import { playerName, simulate, type PlantedPair, type SimulationSpec } from '../helpers/collusion-sim.js';

const cards = (text: string) => codesOf(parseCards(text));

describe('equity', () => {
  it('is exact on the river: the better hand has it all, a tie splits', () => {
    const board = cards('2c7d9hJsKc');
    const runs = runouts([cards('KdKh'), cards('AsQs'), cards('3c4d')], board, seededRandomInt(1), 100);
    expect(runs).toMatchObject({ count: 1, exact: true });
    expect(equityAmong(runs, [true, true, true])).toEqual([1, 0, 0]);
    expect(equityAmong(runs, [false, true, true])).toEqual([0, 1, 0]);
    const tie = runouts([cards('AhQd'), cards('AdQh')], board, seededRandomInt(1), 100);
    expect(equityAmong(tie, [true, true])).toEqual([0.5, 0.5]);
  });

  it('enumerates every river on the turn', () => {
    const holes = [cards('AhAd'), cards('9s8s')];
    const board = cards('2s7sKd3c');
    const runs = runouts(holes, board, seededRandomInt(1), 100);
    expect(runs).toMatchObject({ count: 44, exact: true });
    // Counted river by river with the evaluator: the share of the rivers on which 9s8s wins.
    let wins = 0;
    for (let r = 0; r < 52; r++) {
      if ([...holes.flat(), ...board].includes(r)) continue;
      if (evaluate7(holes[1]![0]!, holes[1]![1]!, board[0]!, board[1]!, board[2]!, board[3]!, r) > evaluate7(holes[0]![0]!, holes[0]![1]!, board[0]!, board[1]!, board[2]!, board[3]!, r)) wins++;
    }
    expect(wins).toBeGreaterThan(0);
    expect(equityAmong(runs, [true, true])[1]).toBeCloseTo(wins / 44, 10);
  });

  it('samples the flop and preflop with a seeded generator: deterministic and near the known figures', () => {
    const holes = [cards('AsAh'), cards('KsKh')];
    const a = equityAmong(runouts(holes, [], seededRandomInt(7), 4000), [true, true]);
    const b = equityAmong(runouts(holes, [], seededRandomInt(7), 4000), [true, true]);
    expect(a).toEqual(b);
    expect(a[0]).toBeGreaterThan(0.79); // AA v KK is 82 % all-in preflop
    expect(a[0]).toBeLessThan(0.85);
    expect(strength(cards('AsAh'), [], 1, seededRandomInt(3), 4000)).toBeGreaterThan(0.82); // 85 % against one random hand
    expect(strength(cards('7c2d'), [], 5, seededRandomInt(3), 4000)).toBeLessThan(0.12);
  });
});

describe('baseline policy', () => {
  it('raises strong hands, folds weak ones facing a bet, and its odds sum to one', () => {
    const strong = actionOdds({ strength: 0.95, opponents: 1, toCall: 100, pot: 300, canRaise: true });
    const weak = actionOdds({ strength: 0.1, opponents: 1, toCall: 300, pot: 300, canRaise: true });
    expect(strong.raise).toBeGreaterThan(0.7);
    expect(weak.passive).toBeGreaterThan(0.95);
    for (const o of [strong, weak]) expect(o.passive + o.call + o.raise).toBeCloseTo(1, 12);
  });
});

function scoreAll(spec: SimulationSpec): { key: string; stats: PairStats; score: number; flagged: boolean }[] {
  const pairs = new Map<string, PairStats>();
  for (const hand of simulate(spec)) {
    for (const [key, { stats }] of observeHand(hand).pairs) {
      if (!pairs.has(key)) pairs.set(key, emptyPair());
      mergePair(pairs.get(key)!, stats);
    }
  }
  return [...pairs]
    .map(([key, stats]) => {
      const parts = scorePair(stats);
      return { key, stats, score: parts.score, flagged: isFlagged(stats, parts) };
    })
    .sort((x, y) => y.score - x.score);
}

// 18 players in three 6-max tables a session, 30 sessions of 25 hands: 2,250 hands, 153 pairs.
const SIZE = { players: 18, sessions: 30, handsPerSession: 25 };

describe('collusion score on simulated play', () => {
  it('ranks the planted pairs at the top (AUC >= 0.95) and flags them', () => {
    const planted: PlantedPair[] = [
      { a: playerName(0), b: playerName(1), kind: 'SOFT' },
      { a: playerName(2), b: playerName(3), kind: 'SOFT' },
      { a: playerName(4), b: playerName(5), kind: 'DUMP' },
      { a: playerName(6), b: playerName(7), kind: 'DUMP' },
    ];
    const rows = scoreAll({ seed: 1, ...SIZE, planted });
    const keys = new Set(planted.map((p) => pairKey(p.a, p.b)));
    const positives = rows.filter((r) => keys.has(r.key));
    const negatives = rows.filter((r) => !keys.has(r.key));
    const measured = auc(positives.map((r) => r.score), negatives.map((r) => r.score));
    // Measured 0.9966 (seed 1): the two dumping pairs first, the soft-play pairs 3rd and 6th of 153.
    expect(measured).toBeGreaterThanOrEqual(0.95);
    expect(positives.every((r) => r.flagged)).toBe(true);
    expect(rows.slice(0, 2).every((r) => keys.has(r.key))).toBe(true);
  }, 60_000);

  it('flags at most 1 % of the pairs of an all-honest population', () => {
    const rows = scoreAll({ seed: 2, ...SIZE, planted: [] });
    const flagged = rows.filter((r) => r.flagged).length;
    // Measured 0 of 153 (seed 2; the highest honest score 0.70 against the threshold 0.8).
    expect(flagged / rows.length).toBeLessThanOrEqual(0.01);
    expect(rows.every((r) => r.stats.hands > 0)).toBe(true);
  }, 60_000);
});

describe('one hand', () => {
  it('counts a chip dump: a pot-sized bet with the best hand folded to the partner\'s raise, the chips flowing to the partner', () => {
    // Three players (blinds 1/2); seat 0 (small blind) holds aces and dumps to seat 1 (big blind, 7-2).
    // Hole cards go one at a time from the left of the button: seat 0, 1, 2, then again.
    const holes = { 0: parseCards('AsAd'), 1: parseCards('7c2d'), 2: parseCards('9h8h') };
    const top = [holes[0][0]!, holes[1][0]!, holes[2][0]!, holes[0][1]!, holes[1][1]!, holes[2][1]!, ...parseCards('Jc3c4sKhQcTdQd6c')];
    const deck = [...top, ...orderedDeck().filter((c) => !top.includes(c))];
    const created = createHand({ variant: 'NLHE', smallBlind: 1, bigBlind: 2, handId: 'dump-1' }, [
      { seat: 0, stack: 200, playerId: 'a-dumper' },
      { seat: 1, stack: 200, playerId: 'b-receiver' },
      { seat: 2, stack: 200, playerId: 'c-third' },
    ], 2, deck);
    if (!created.ok) throw new Error(created.error.message);
    let s = created.state;
    const actions: Action[] = [
      { seat: 2, type: 'call' },
      { seat: 0, type: 'call' },
      { seat: 1, type: 'check' },
      { seat: 0, type: 'bet', amount: 6 },
      { seat: 1, type: 'raise', amount: 12 },
      { seat: 2, type: 'fold' },
      { seat: 0, type: 'fold' },
    ];
    for (const action of actions) {
      const next = apply(s, action);
      if (!next.ok) throw new Error(`${JSON.stringify(action)}: ${next.error.message}`);
      s = next.state;
    }
    expect(s.status).toBe('COMPLETE');
    const pair = observeHand(s).pairs.get('a-dumper:b-receiver')!;
    expect(pair.a).toBe('a-dumper');
    expect(pair.stats.hands).toBe(1);
    expect(pair.stats.a).toMatchObject({ facedPartner: 1, foldsToPartner: 1, dumps: 1 });
    expect(pair.stats.a.impactBb).toBeGreaterThan(0);
    // The dumper lost 8 (2 + 6), the third player 2; the receiver won all 10: 8 chips = 4 big blinds from a to b.
    expect(pair.stats.flowBb).toBeCloseTo(4, 10);
    expect(observeHand(s).pairs.get('a-dumper:c-third')!.stats.a.dumps).toBe(0);
    // Deterministic: the same hand scores the same.
    expect(observeHand(s).pairs.get('a-dumper:b-receiver')!.stats).toEqual(pair.stats);
  });
});
