/**
 * The hand evaluator, checked exhaustively: every five-card hand (2,598,960) and every
 * seven-card hand (133,784,560) against the published counts, and against an independent
 * slow evaluator (reference-evaluator.ts).
 */
import { describe, expect, it } from 'vitest';
import { cardCode, parseCards } from '../../modules/poker/engine/cards.js';
import {
  bestFive,
  bestFiveOmaha,
  CARD_RANK_KEY,
  CARD_SUIT_KEY,
  CATEGORY_OF_VALUE,
  categoryOf,
  evaluate5,
  evaluate6,
  evaluate7,
  evaluateCodes,
  evaluateOmaha,
  FLUSH_SUIT,
  FLUSH_VALUE,
  HAND_CATEGORIES,
  HAND_VALUE_COUNT,
  HIGH_INDEX,
  LOW_BASE,
  RANK_VALUE,
} from '../../modules/poker/engine/evaluator.js';
import { referenceCategory, referenceScore, referenceScore5, referenceScoreOmaha } from '../../modules/poker/engine/reference-evaluator.js';
import { seededRandomInt } from '../../modules/poker/engine/shuffle.js';

const codes = (text: string) => parseCards(text).map(cardCode);
const value = (text: string) => evaluateCodes(codes(text));

/** Published counts, by category from high card to straight flush (royal flushes included). */
const SEVEN_CARD_HANDS = [23_294_460, 58_627_800, 31_433_400, 6_461_620, 6_180_020, 4_047_644, 3_473_184, 224_848, 41_584];
const FIVE_CARD_HANDS = [1_302_540, 1_098_240, 123_552, 54_912, 10_200, 5_108, 3_744, 624, 40];
const FIVE_CARD_CLASSES = [1_277, 2_860, 858, 858, 10, 1_277, 156, 156, 10];

describe('five-card hands, exhaustively', () => {
  it('2,598,960 hands fall into exactly 7,462 values with the published per-category counts, ordered as the reference evaluator orders them', () => {
    const hands = new Array<number>(9).fill(0);
    const scoreOfValue = new Float64Array(HAND_VALUE_COUNT + 1).fill(-1);
    let total = 0;
    let disagreements = 0;
    const five = [0, 0, 0, 0, 0];
    for (let a = 0; a < 48; a++)
      for (let b = a + 1; b < 49; b++)
        for (let c = b + 1; c < 50; c++)
          for (let d = c + 1; d < 51; d++)
            for (let e = d + 1; e < 52; e++) {
              const v = evaluate5(a, b, c, d, e);
              hands[CATEGORY_OF_VALUE[v]!]!++;
              total++;
              // One reference evaluation per value is enough to pin its place in the order; every
              // other hand with the same value must get the same reference score (checked on a
              // sample, the reference is slow).
              if (scoreOfValue[v] === -1 || (total & 31) === 0) {
                five[0] = a;
                five[1] = b;
                five[2] = c;
                five[3] = d;
                five[4] = e;
                const s = referenceScore5(five);
                if (scoreOfValue[v] === -1) scoreOfValue[v] = s;
                else if (scoreOfValue[v] !== s) disagreements++;
              }
            }
    expect(total).toBe(2_598_960);
    expect(hands).toEqual(FIVE_CARD_HANDS);
    expect(disagreements).toBe(0);
    // Every value 1..7462 occurs, and higher values have strictly higher reference scores.
    const classes = new Array<number>(9).fill(0);
    for (let v = 1; v <= HAND_VALUE_COUNT; v++) {
      expect(scoreOfValue[v]).toBeGreaterThanOrEqual(0);
      if (v > 1) expect(scoreOfValue[v]!).toBeGreaterThan(scoreOfValue[v - 1]!);
      expect(referenceCategory(scoreOfValue[v]!)).toBe(CATEGORY_OF_VALUE[v]);
      classes[CATEGORY_OF_VALUE[v]!]!++;
    }
    expect(classes).toEqual(FIVE_CARD_CLASSES);
    expect(classes.reduce((x, y) => x + y, 0)).toBe(7_462);
  });
});

describe('seven-card hands, exhaustively', () => {
  it('all 133,784,560 hands by category match the published counts (incremental walk and evaluate7 agree on each)', () => {
    // Nested loops with the keys summed incrementally (the same tables evaluate7 reads); no
    // allocation per hand. The flush mask is only built for the ~3% of hands with a flush.
    const counts = new Float64Array(9);
    const cards = new Int32Array(7);
    // Local aliases: imported bindings are property reads on the module namespace under vitest.
    const RK = CARD_RANK_KEY;
    const SK = CARD_SUIT_KEY;
    const FS = FLUSH_SUIT;
    const FV = FLUSH_VALUE;
    const RV = RANK_VALUE;
    const LB = LOW_BASE;
    const HI = HIGH_INDEX;
    const CAT = CATEGORY_OF_VALUE;
    const E7 = evaluate7;
    let total = 0;
    let differ = 0;
    for (let a = 0; a < 46; a++) {
      cards[0] = a;
      const ra = RK[a]!;
      const sa = SK[a]!;
      for (let b = a + 1; b < 47; b++) {
        cards[1] = b;
        const rb = ra + RK[b]!;
        const sb = sa + SK[b]!;
        for (let c = b + 1; c < 48; c++) {
          cards[2] = c;
          const rc = rb + RK[c]!;
          const sc = sb + SK[c]!;
          for (let d = c + 1; d < 49; d++) {
            cards[3] = d;
            const rd = rc + RK[d]!;
            const sd = sc + SK[d]!;
            for (let e = d + 1; e < 50; e++) {
              cards[4] = e;
              const re = rd + RK[e]!;
              const se = sd + SK[e]!;
              for (let f = e + 1; f < 51; f++) {
                cards[5] = f;
                const rf = re + RK[f]!;
                const sf = se + SK[f]!;
                for (let g = f + 1; g < 52; g++) {
                  const suits = sf + SK[g]!;
                  const flush = FS[suits]!;
                  let v: number;
                  if (flush >= 0) {
                    cards[6] = g;
                    let mask = 0;
                    for (let k = 0; k < 7; k++) if ((cards[k]! & 3) === flush) mask |= 1 << (cards[k]! >> 2);
                    v = FV[mask]!;
                  } else {
                    const key = rf + RK[g]!;
                    v = RV[LB[key >>> 14]! + HI[key & 16383]!]!;
                  }
                  counts[CAT[v]!]!++;
                  // The public evaluate7 (not incremental) must agree on every hand too.
                  if (E7(a, b, c, d, e, f, g) !== v) differ++;
                  total++;
                }
              }
            }
          }
        }
      }
    }
    expect(total).toBe(133_784_560);
    expect(differ).toBe(0);
    expect(Array.from(counts)).toEqual(SEVEN_CARD_HANDS);
  }, 120_000);

  it('evaluate7 agrees with the incremental walk and with the reference evaluator on random hands', () => {
    const random = seededRandomInt(7);
    for (let n = 0; n < 100_000; n++) {
      const hand: number[] = [];
      while (hand.length < 7) {
        const c = random(52);
        if (!hand.includes(c)) hand.push(c);
      }
      const [a, b, c, d, e, f, g] = hand as [number, number, number, number, number, number, number];
      const v = evaluate7(a, b, c, d, e, f, g);
      // Order does not matter.
      expect(evaluate7(g, f, e, d, c, b, a)).toBe(v);
      if (n % 10 === 0) {
        const ref = referenceScore(hand);
        expect(CATEGORY_OF_VALUE[v]).toBe(referenceCategory(ref));
        // The best five named by bestFive is worth the same, and the reference agrees on it.
        const best = bestFive(hand);
        expect(best.value).toBe(v);
        expect(referenceScore5(best.cards)).toBe(ref);
        const six = hand.slice(0, 6);
        expect(evaluate6(six[0]!, six[1]!, six[2]!, six[3]!, six[4]!, six[5]!)).toBe(bestFive(six).value);
      }
    }
  });

  it('orders pairs of random seven-card hands like the reference evaluator', () => {
    const random = seededRandomInt(11);
    const deal = (): number[] => {
      const hand: number[] = [];
      while (hand.length < 7) {
        const c = random(52);
        if (!hand.includes(c)) hand.push(c);
      }
      return hand;
    };
    for (let n = 0; n < 5_000; n++) {
      const x = deal();
      const y = deal();
      expect(Math.sign(evaluateCodes(x) - evaluateCodes(y))).toBe(Math.sign(referenceScore(x) - referenceScore(y)));
    }
  });
});

describe('named hands', () => {
  it('ranks the categories and their edges', () => {
    expect(categoryOf(value('AhKhQhJhTh9c2d'))).toBe('STRAIGHT_FLUSH');
    expect(value('AhKhQhJhTh')).toBe(HAND_VALUE_COUNT); // royal flush is the top value
    expect(value('7c5d4h3s2c')).toBe(1); // the worst high card
    expect(categoryOf(value('Ah2h3h4h5h'))).toBe('STRAIGHT_FLUSH');
    expect(value('Ah2h3h4h5h')).toBeLessThan(value('2h3h4h5h6h')); // steel wheel is the lowest straight flush
    expect(categoryOf(value('Ad2c3h4s5d'))).toBe('STRAIGHT');
    expect(value('Ad2c3h4s5d')).toBeLessThan(value('2d3c4h5s6d'));
    expect(categoryOf(value('AdKcQhJsTd'))).toBe('STRAIGHT');
    expect(categoryOf(value('KdAc2h3s4d'))).toBe('HIGH_CARD'); // no wrap-around straight
    expect(categoryOf(value('AsAhAdAcKs'))).toBe('FOUR_OF_A_KIND');
    expect(categoryOf(value('AsAhAdKcKs'))).toBe('FULL_HOUSE');
    expect(categoryOf(value('AsAhAdKcKsKdQc'))).toBe('FULL_HOUSE'); // two trips: the best full house
    expect(value('AsAhAdKcKsKdQc')).toBe(value('AsAhAdKcKs'));
    expect(categoryOf(value('2s4s6s8sTs'))).toBe('FLUSH');
    expect(categoryOf(value('2s2h2d9cTs'))).toBe('THREE_OF_A_KIND');
    expect(categoryOf(value('2s2h9d9cTs'))).toBe('TWO_PAIR');
    expect(value('2s2h9d9cTsTcAd')).toBe(value('Ts9d9cTcAd')); // three pairs: the best two and the best kicker
    expect(categoryOf(value('2s2h8d9cTs'))).toBe('ONE_PAIR');
    expect(value('2s2h8d9cTsJcQc')).toBeGreaterThan(value('2s2h8d9cTs'));
    expect(value('AsKsQsJs9s8s7s')).toBe(value('AsKsQsJs9s')); // flush: the top five of the suit
    expect(value('9s8s7s6s5s4sAh')).toBe(value('9s8s7s6s5s')); // the higher straight flush
    expect(HAND_CATEGORIES).toHaveLength(9);
  });
});

describe('Omaha', () => {
  it('uses exactly two hole cards and three board cards', () => {
    // Four hearts on the board, one heart in hand: no flush.
    expect(categoryOf(evaluateOmaha(codes('Ah2c3d4s'), codes('KhQhJh9h2d')))).not.toBe('FLUSH');
    // Two hearts in hand, three on the board: flush.
    expect(categoryOf(evaluateOmaha(codes('Ah2h3d4s'), codes('KhQh9h5c7d')))).toBe('FLUSH');
    // Four of a kind on the board is only trips... plus two of the hand.
    expect(categoryOf(evaluateOmaha(codes('AhAd2c3d'), codes('KsKhKdKc7d')))).toBe('FULL_HOUSE');
    // Quads in the hand: only a pair of them plays.
    expect(categoryOf(evaluateOmaha(codes('9s9h9d9c'), codes('2c5d7hJsQs')))).toBe('ONE_PAIR');
    // A straight on the board does not play without two hole cards that fit.
    expect(categoryOf(evaluateOmaha(codes('2c2d3h3s'), codes('9hTdJcQsKh')))).toBe('ONE_PAIR');
  });

  it('agrees with the reference on random hands, and bestFiveOmaha names the cards', () => {
    const random = seededRandomInt(3);
    for (let n = 0; n < 3_000; n++) {
      const cards: number[] = [];
      while (cards.length < 9) {
        const c = random(52);
        if (!cards.includes(c)) cards.push(c);
      }
      const hole = cards.slice(0, 4);
      const board = cards.slice(4);
      const v = evaluateOmaha(hole, board);
      expect(CATEGORY_OF_VALUE[v]).toBe(referenceCategory(referenceScoreOmaha(hole, board)));
      const best = bestFiveOmaha(hole, board);
      expect(best.value).toBe(v);
      expect(best.cards.filter((c) => hole.includes(c))).toHaveLength(2);
    }
  });
});
