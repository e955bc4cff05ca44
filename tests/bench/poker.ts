/**
 * Poker benchmark (`npm run bench:poker`): the hand evaluator and the engine, on one core (one
 * thread, no workers). Never part of `npm test`.
 *
 * Figures, each with a baseline measured in the same run:
 *   eval7          seven-card evaluations per second over pre-dealt random hands (a typed array
 *                  of 7-card hands read in order), against a plain loop of the same iteration count
 *                  that reads the same cards and only sums them, and against the naive reference
 *                  evaluator (best of 21 five-card subsets, sort and group);
 *   exhaustive7    the 133,784,560 seven-card hands enumerated with nested loops and incremental
 *                  keys, as the test does, per second;
 *   omaha          PLO showdown evaluations (4 hole cards x 5 board cards, 60 subsets) per second;
 *   hands6max      simulated 6-max NLHE hands per second through the engine (createHand, random
 *                  legal actions, showdown, result), against the bare minimum work of a hand:
 *                  shuffling a deck and evaluating six seven-card hands;
 *   hands6maxPlo   the same for PLO;
 *   secureShuffle  node:crypto decks per second, against the seeded shuffle.
 * The last line of the output is one JSON object with every figure.
 *
 * Settings (environment): BENCH_EVAL_HANDS (1048576), BENCH_EVAL_PASSES (10), BENCH_HANDS
 * (50000), BENCH_REPEATS (5: each figure is the median of this many timed runs), BENCH_SKIP_EXHAUSTIVE=1.
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { intEnv, round } from './common.js';

const loadStart = performance.now();
const evaluator = await import('../../modules/poker/engine/evaluator.js');
const loadMs = performance.now() - loadStart;
const { playRandomHand } = await import('../../modules/poker/engine/simulate.js');
const { seededRandomInt, shuffleDeck, secureShuffledDeck } = await import('../../modules/poker/engine/shuffle.js');
const { referenceScore } = await import('../../modules/poker/engine/reference-evaluator.js');
const { cardCode, orderedDeck } = await import('../../modules/poker/engine/cards.js');
const { evaluate7, evaluateOmaha, CARD_RANK_KEY, CARD_SUIT_KEY, FLUSH_SUIT, FLUSH_VALUE, RANK_VALUE, LOW_BASE, HIGH_INDEX } = evaluator;

const EVAL_HANDS = intEnv('BENCH_EVAL_HANDS', 1 << 20);
const EVAL_PASSES = intEnv('BENCH_EVAL_PASSES', 10);
const HANDS = intEnv('BENCH_HANDS', 50_000);
const REPEATS = intEnv('BENCH_REPEATS', 5);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Runs `body` REPEATS times (after one warm-up) and returns the median rate of `count / seconds`. */
function rate(count: number, body: () => number): { perSecond: number; check: number } {
  let check = body(); // warm-up (and JIT)
  const rates: number[] = [];
  for (let r = 0; r < REPEATS; r++) {
    const t = performance.now();
    check = body();
    rates.push(count / ((performance.now() - t) / 1000));
  }
  return { perSecond: median(rates), check };
}

const line = (label: string, value: number, unit: string, extra = '') => console.log(`${label.padEnd(44)} ${Math.round(value).toLocaleString('en-US').padStart(14)} ${unit}${extra}`);

// ---------------------------------------------------------------- seven-card evaluation

const random = seededRandomInt(20261129);
const hands = new Uint8Array(EVAL_HANDS * 7);
{
  const deck = Array.from({ length: 52 }, (_, i) => i);
  for (let h = 0; h < EVAL_HANDS; h++) {
    for (let k = 0; k < 7; k++) {
      const j = k + random(52 - k);
      const t = deck[k]!;
      deck[k] = deck[j]!;
      deck[j] = t;
      hands[h * 7 + k] = deck[k]!;
    }
  }
}
const evalCount = EVAL_HANDS * EVAL_PASSES;

const eval7 = rate(evalCount, () => {
  let acc = 0;
  for (let p = 0; p < EVAL_PASSES; p++) {
    for (let o = 0; o < hands.length; o += 7) {
      acc += evaluate7(hands[o]!, hands[o + 1]!, hands[o + 2]!, hands[o + 3]!, hands[o + 4]!, hands[o + 5]!, hands[o + 6]!);
    }
  }
  return acc;
});

const plainLoop = rate(evalCount, () => {
  let acc = 0;
  for (let p = 0; p < EVAL_PASSES; p++) {
    for (let o = 0; o < hands.length; o += 7) {
      acc += hands[o]! + hands[o + 1]! + hands[o + 2]! + hands[o + 3]! + hands[o + 4]! + hands[o + 5]! + hands[o + 6]!;
    }
  }
  return acc;
});

const NAIVE_HANDS = Math.min(EVAL_HANDS, 100_000);
const naive = rate(NAIVE_HANDS, () => {
  let acc = 0;
  const seven = [0, 0, 0, 0, 0, 0, 0];
  for (let h = 0; h < NAIVE_HANDS; h++) {
    for (let k = 0; k < 7; k++) seven[k] = hands[h * 7 + k]!;
    acc += referenceScore(seven) % 1000;
  }
  return acc;
});

line('seven-card evaluations (random hands)', eval7.perSecond, '/s');
line('  baseline: plain loop summing the same cards', plainLoop.perSecond, '/s', `  (evaluator runs at ${round(eval7.perSecond / plainLoop.perSecond, 3)}x the plain loop)`);
line('  baseline: naive reference evaluator', naive.perSecond, '/s', `  (evaluator is ${round(eval7.perSecond / naive.perSecond, 1)}x faster)`);

// ---------------------------------------------------------------- exhaustive enumeration

let exhaustivePerSecond: number | null = null;
if (process.env.BENCH_SKIP_EXHAUSTIVE !== '1') {
  const t = performance.now();
  const counts = new Float64Array(9);
  const cards = new Int32Array(7);
  for (let a = 0; a < 46; a++) {
    cards[0] = a;
    for (let b = a + 1; b < 47; b++) {
      cards[1] = b;
      const rb = CARD_RANK_KEY[a]! + CARD_RANK_KEY[b]!;
      const sb = CARD_SUIT_KEY[a]! + CARD_SUIT_KEY[b]!;
      for (let c = b + 1; c < 48; c++) {
        cards[2] = c;
        const rc = rb + CARD_RANK_KEY[c]!;
        const sc = sb + CARD_SUIT_KEY[c]!;
        for (let d = c + 1; d < 49; d++) {
          cards[3] = d;
          const rd = rc + CARD_RANK_KEY[d]!;
          const sd = sc + CARD_SUIT_KEY[d]!;
          for (let e = d + 1; e < 50; e++) {
            cards[4] = e;
            const re = rd + CARD_RANK_KEY[e]!;
            const se = sd + CARD_SUIT_KEY[e]!;
            for (let f = e + 1; f < 51; f++) {
              cards[5] = f;
              const rf = re + CARD_RANK_KEY[f]!;
              const sf = se + CARD_SUIT_KEY[f]!;
              for (let g = f + 1; g < 52; g++) {
                const flush = FLUSH_SUIT[sf + CARD_SUIT_KEY[g]!]!;
                let v: number;
                if (flush >= 0) {
                  cards[6] = g;
                  let mask = 0;
                  for (let k = 0; k < 7; k++) if ((cards[k]! & 3) === flush) mask |= 1 << (cards[k]! >> 2);
                  v = FLUSH_VALUE[mask]!;
                } else {
                  const key = rf + CARD_RANK_KEY[g]!;
                  v = RANK_VALUE[LOW_BASE[key >>> 14]! + HIGH_INDEX[key & 16383]!]!;
                }
                counts[evaluator.CATEGORY_OF_VALUE[v]!]!++;
              }
            }
          }
        }
      }
    }
  }
  exhaustivePerSecond = 133_784_560 / ((performance.now() - t) / 1000);
  if (counts[8] !== 41_584) throw new Error('exhaustive enumeration: wrong straight-flush count');
  line('seven-card hands enumerated (all 133,784,560)', exhaustivePerSecond, '/s', `  (${round(exhaustivePerSecond / plainLoop.perSecond, 3)}x the plain loop)`);
}

// ---------------------------------------------------------------- Omaha

const OMAHA = Math.min(EVAL_HANDS, 200_000);
const omahaCards = new Uint8Array(OMAHA * 9);
{
  const deck = Array.from({ length: 52 }, (_, i) => i);
  for (let h = 0; h < OMAHA; h++) {
    for (let k = 0; k < 9; k++) {
      const j = k + random(52 - k);
      const t = deck[k]!;
      deck[k] = deck[j]!;
      deck[j] = t;
      omahaCards[h * 9 + k] = deck[k]!;
    }
  }
}
const omaha = rate(OMAHA, () => {
  let acc = 0;
  const hole = [0, 0, 0, 0];
  const board = [0, 0, 0, 0, 0];
  for (let h = 0; h < OMAHA; h++) {
    const o = h * 9;
    for (let k = 0; k < 4; k++) hole[k] = omahaCards[o + k]!;
    for (let k = 0; k < 5; k++) board[k] = omahaCards[o + 4 + k]!;
    acc += evaluateOmaha(hole, board);
  }
  return acc;
});
line('Omaha evaluations (2 of 4 + 3 of 5)', omaha.perSecond, '/s', `  (${round(omaha.perSecond / eval7.perSecond, 3)}x seven-card evaluations)`);

// ---------------------------------------------------------------- engine

const seats = Array.from({ length: 6 }, (_, i) => ({ seat: i, stack: 10_000 }));
const simulate = (variant: 'NLHE' | 'PLO') => {
  const r = seededRandomInt(7);
  let showdowns = 0;
  let events = 0;
  for (let h = 0; h < HANDS; h++) {
    const s = playRandomHand({ variant, smallBlind: 50, bigBlind: 100, rake: { basisPoints: 500, cap: 300 } }, seats, h % 6, r);
    if (s.result!.wentToShowdown) showdowns++;
    events += s.events.length;
  }
  return showdowns + events / 1e9;
};
const nlhe = rate(HANDS, () => simulate('NLHE'));
const plo = rate(HANDS, () => simulate('PLO'));
const minimal = rate(HANDS, () => {
  const r = seededRandomInt(7);
  let acc = 0;
  const codes = orderedDeck().map(cardCode);
  for (let h = 0; h < HANDS; h++) {
    const deck = shuffleDeck(r).map(cardCode);
    for (let p = 0; p < 6; p++) acc += evaluate7(deck[p]!, deck[p + 6]!, deck[13]!, deck[14]!, deck[15]!, deck[17]!, deck[19]!);
  }
  return acc + codes.length;
});
const showdownShare = Math.floor(nlhe.check) / HANDS;
line('6-max NLHE hands through the engine', nlhe.perSecond, '/s', `  (${round(100 * showdownShare, 1)}% to showdown)`);
line('6-max PLO hands through the engine', plo.perSecond, '/s');
line('  baseline: shuffle + six 7-card evaluations', minimal.perSecond, '/s', `  (engine NLHE at ${round(nlhe.perSecond / minimal.perSecond, 3)}x that)`);

const SHUFFLES = 20_000;
const secure = rate(SHUFFLES, () => {
  let acc = 0;
  for (let i = 0; i < SHUFFLES; i++) acc += secureShuffledDeck().length;
  return acc;
});
const seeded = rate(SHUFFLES, () => {
  const r = seededRandomInt(3);
  let acc = 0;
  for (let i = 0; i < SHUFFLES; i++) acc += shuffleDeck(r).length;
  return acc;
});
line('secure (node:crypto) shuffled decks', secure.perSecond, '/s', `  (${round(secure.perSecond / seeded.perSecond, 3)}x the seeded shuffle, ${Math.round(seeded.perSecond).toLocaleString('en-US')}/s)`);
line('evaluator module load incl. table build', loadMs, 'ms');

console.log(
  JSON.stringify({
    machine: { cpu: os.cpus()[0]?.model ?? 'unknown', node: process.version, threads: 1 },
    settings: { evalHands: EVAL_HANDS, evalPasses: EVAL_PASSES, hands: HANDS, repeats: REPEATS },
    eval7PerSecond: Math.round(eval7.perSecond),
    eval7PlainLoopBaselinePerSecond: Math.round(plainLoop.perSecond),
    eval7VsPlainLoop: round(eval7.perSecond / plainLoop.perSecond, 3),
    eval7NaiveBaselinePerSecond: Math.round(naive.perSecond),
    eval7VsNaive: round(eval7.perSecond / naive.perSecond, 1),
    exhaustive7PerSecond: exhaustivePerSecond === null ? null : Math.round(exhaustivePerSecond),
    exhaustive7VsPlainLoop: exhaustivePerSecond === null ? null : round(exhaustivePerSecond / plainLoop.perSecond, 3),
    omahaPerSecond: Math.round(omaha.perSecond),
    omahaVsEval7: round(omaha.perSecond / eval7.perSecond, 3),
    hands6maxNlhePerSecond: Math.round(nlhe.perSecond),
    hands6maxPloPerSecond: Math.round(plo.perSecond),
    hands6maxShowdownShare: round(showdownShare, 3),
    handsMinimalBaselinePerSecond: Math.round(minimal.perSecond),
    hands6maxNlheVsMinimal: round(nlhe.perSecond / minimal.perSecond, 3),
    secureShufflesPerSecond: Math.round(secure.perSecond),
    seededShufflesPerSecond: Math.round(seeded.perSecond),
    secureVsSeededShuffle: round(secure.perSecond / seeded.perSecond, 3),
    evaluatorLoadMs: round(loadMs, 1),
  }),
);
