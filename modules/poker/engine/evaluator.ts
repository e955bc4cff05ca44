/**
 * Poker hand evaluator: the best five-card high hand out of 5, 6 or 7 cards, and Omaha's
 * "exactly two hole cards and three board cards".
 *
 * A hand's value is an integer 1..7462, one per equivalence class of five-card hands; higher
 * is stronger, equal values tie. (7462 is the number of distinct five-card hands once suits
 * only matter for flushes.)
 *
 * Design (tables are built once at module load, in a few milliseconds):
 *
 *  - Flushes. Each card adds `1 << 3·suit` to a suit key (a 3-bit counter per suit, enough for
 *    seven cards); FLUSH_SUIT[suitKey] names the suit with five or more cards, or -1. With at
 *    most seven cards there is at most one such suit, and when there is one no hand beats it
 *    but a straight flush (the other two cards can make neither quads nor a full house), so the
 *    value is FLUSH_VALUE[13-bit rank mask of that suit].
 *  - Everything else depends only on the multiset of ranks. Each card adds a rank weight to a
 *    key; the ranks are split in two halves, deuce..eight (7 ranks) and nine..ace (6 ranks),
 *    and each half has its own weights, chosen (by a greedy search run once, offline) so that
 *    every multiset of at most seven cards of that half, at most four of a rank, has its own
 *    sum. Both sums live in one small integer: low half << 14 | high half (the high sum is at
 *    most 10551 < 2^14, the low one at most 43717, so the key stays below 2^30).
 *    The two sums then index a minimal perfect hash: the high multisets are numbered densely
 *    by size (all of size 0, then size 1, ...), so those that fit beside a low multiset of n
 *    cards form a prefix of that numbering; each low multiset owns a block of exactly that
 *    many slots. index = LOW_BASE[low] + HIGH_INDEX[high], and RANK_VALUE[index] is the value.
 *    The tables hold every rank multiset of 0..7 cards (76,155 slots, 152 KB) and fit in the
 *    L2 cache.
 *
 * A seven-card evaluation is 14 table reads and adds, one flush-table read and two or three
 * table reads for the value; no allocation.
 */

export const HAND_CATEGORIES = [
  'HIGH_CARD',
  'ONE_PAIR',
  'TWO_PAIR',
  'THREE_OF_A_KIND',
  'STRAIGHT',
  'FLUSH',
  'FULL_HOUSE',
  'FOUR_OF_A_KIND',
  'STRAIGHT_FLUSH',
] as const;
export type HandCategory = (typeof HAND_CATEGORIES)[number];

/** Category numbers 0..8 in the order of HAND_CATEGORIES. */
export const CATEGORY = {
  HIGH_CARD: 0,
  ONE_PAIR: 1,
  TWO_PAIR: 2,
  THREE_OF_A_KIND: 3,
  STRAIGHT: 4,
  FLUSH: 5,
  FULL_HOUSE: 6,
  FOUR_OF_A_KIND: 7,
  STRAIGHT_FLUSH: 8,
} as const satisfies Record<HandCategory, number>;

/** The number of distinct hand values (five-card equivalence classes). */
export const HAND_VALUE_COUNT = 7462;

// Rank weights of the two halves (greedy: each weight is the smallest keeping all sums of
// multisets of at most seven cards, at most four per rank, distinct).
const LOW_WEIGHTS = [1, 5, 24, 112, 521, 2247, 9244] as const; // ranks 2..8
const HIGH_WEIGHTS = [1, 5, 24, 112, 521, 2247] as const; // ranks 9..A
const LOW_RANKS = LOW_WEIGHTS.length;
const HIGH_SHIFT = 14;
const HIGH_MASK = (1 << HIGH_SHIFT) - 1;

/** Per card code: the packed rank key (low-half weight << 14, or high-half weight). */
export const CARD_RANK_KEY = new Int32Array(52);
/** Per card code: 1 << 3·suit. */
export const CARD_SUIT_KEY = new Int32Array(52);
/** Per suit key: the suit holding five or more of the cards, or -1. */
export const FLUSH_SUIT = new Int8Array(1 << 12);
/** Per 13-bit rank mask (of one suit): the value of the best flush or straight flush. */
export const FLUSH_VALUE = new Uint16Array(1 << 13);
/** Per low-half key: the first slot of its block in RANK_VALUE. */
export const LOW_BASE = new Int32Array(43718);
/** Per high-half key: its rank in the dense numbering of high multisets by size. */
export const HIGH_INDEX = new Int32Array(10552);
/** Per value 1..7462: its category number 0..8 (index 0 unused). */
export const CATEGORY_OF_VALUE = new Uint8Array(HAND_VALUE_COUNT + 1);
/** Per category number: the lowest and highest value in it. */
export const CATEGORY_RANGE: readonly { min: number; max: number }[] = [];

// ------------------------------------------------------------------ building the tables

const B = 13;
const B5 = B ** 5;

/** Straight with this high rank (3 = five-high wheel .. 12 = ace-high) in a 13-bit mask, or -1. */
function straightHigh(mask: number): number {
  for (let high = 12; high >= 4; high--) {
    const run = 0x1f << (high - 4);
    if ((mask & run) === run) return high;
  }
  if ((mask & 0x100f) === 0x100f) return 3; // A-2-3-4-5
  return -1;
}

function score(category: number, kickers: readonly number[]): number {
  let s = category;
  for (let i = 0; i < 5; i++) s = s * B + (kickers[i] ?? 0);
  return s;
}

/** Best flush / straight flush of a one-suit rank mask with at least five ranks. */
function flushScore(mask: number): number {
  const high = straightHigh(mask);
  if (high >= 0) return score(CATEGORY.STRAIGHT_FLUSH, [high]);
  const kickers: number[] = [];
  for (let r = 12; r >= 0 && kickers.length < 5; r--) if (mask & (1 << r)) kickers.push(r);
  return score(CATEGORY.FLUSH, kickers);
}

/** Best non-flush five out of a rank multiset (counts per rank, 5..7 cards). */
function multisetScore(counts: readonly number[]): number {
  // Ranks holding at least 1, 2, 3, 4 cards, highest first.
  const ge: number[][] = [[], [], [], []];
  let mask = 0;
  for (let r = 12; r >= 0; r--) {
    const c = counts[r]!;
    if (c > 0) mask |= 1 << r;
    for (let k = 0; k < c; k++) ge[k]!.push(r);
  }
  const [singles, pairs, trips, quads] = ge as [number[], number[], number[], number[]];
  /** The n highest ranks of `list` other than x and y. */
  const top = (list: number[], n: number, x = -1, y = -1): number[] => {
    const out: number[] = [];
    for (const r of list) if (r !== x && r !== y && out.length < n) out.push(r);
    return out;
  };
  if (quads.length > 0) return score(CATEGORY.FOUR_OF_A_KIND, [quads[0]!, ...top(singles, 1, quads[0])]);
  if (trips.length > 0) {
    const pair = top(pairs, 1, trips[0]);
    if (pair.length > 0) return score(CATEGORY.FULL_HOUSE, [trips[0]!, pair[0]!]);
  }
  const high = straightHigh(mask);
  if (high >= 0) return score(CATEGORY.STRAIGHT, [high]);
  if (trips.length > 0) return score(CATEGORY.THREE_OF_A_KIND, [trips[0]!, ...top(singles, 2, trips[0])]);
  if (pairs.length >= 2) return score(CATEGORY.TWO_PAIR, [pairs[0]!, pairs[1]!, ...top(singles, 1, pairs[0], pairs[1])]);
  if (pairs.length === 1) return score(CATEGORY.ONE_PAIR, [pairs[0]!, ...top(singles, 3, pairs[0])]);
  return score(CATEGORY.HIGH_CARD, top(singles, 5));
}

interface Multiset {
  key: number;
  size: number;
  counts: number[];
}

/** All multisets over `weights.length` ranks with at most `max` cards, at most four per rank. */
function multisets(weights: readonly number[], max = 7): Multiset[] {
  const out: Multiset[] = [];
  const counts = new Array<number>(weights.length).fill(0);
  const walk = (r: number, size: number, key: number) => {
    if (r === weights.length) {
      out.push({ key, size, counts: counts.slice() });
      return;
    }
    for (let k = 0; k <= 4 && size + k <= max; k++) {
      counts[r] = k;
      walk(r + 1, size + k, key + k * weights[r]!);
    }
    counts[r] = 0;
  };
  walk(0, 0, 0);
  return out;
}

function buildTables(): Uint16Array {
  // Card keys.
  for (let code = 0; code < 52; code++) {
    const rank = code >> 2;
    CARD_RANK_KEY[code] = rank < LOW_RANKS ? LOW_WEIGHTS[rank]! << HIGH_SHIFT : HIGH_WEIGHTS[rank - LOW_RANKS]!;
    CARD_SUIT_KEY[code] = 1 << (3 * (code & 3));
  }
  FLUSH_SUIT.fill(-1);
  for (let key = 0; key < 1 << 12; key++) {
    for (let suit = 0; suit < 4; suit++) if (((key >> (3 * suit)) & 7) >= 5) FLUSH_SUIT[key] = suit;
  }

  // The ordered classes: every five-card hand's score, sorted, numbered 1..7462.
  const classScores = new Set<number>();
  for (let mask = 0; mask < 1 << 13; mask++) if (popcount(mask) === 5) classScores.add(flushScore(mask));
  for (const m of multisets(new Array<number>(13).fill(0), 5)) if (m.size === 5) classScores.add(multisetScore(m.counts));
  const sorted = [...classScores].sort((a, b) => a - b);
  // Score → value, as a direct table (scores are below 9 · 13^5).
  const valueOfScore = new Uint16Array(9 * B5);
  sorted.forEach((s, i) => (valueOfScore[s] = i + 1));
  const valueOf = { get: (s: number) => valueOfScore[s] };
  const ranges: { min: number; max: number }[] = [];
  for (const [i, s] of sorted.entries()) {
    const category = Math.floor(s / B5);
    CATEGORY_OF_VALUE[i + 1] = category;
    const range = (ranges[category] ??= { min: i + 1, max: i + 1 });
    range.max = i + 1;
  }
  (CATEGORY_RANGE as { min: number; max: number }[]).push(...ranges);

  for (let mask = 0; mask < 1 << 13; mask++) if (popcount(mask) >= 5) FLUSH_VALUE[mask] = valueOf.get(flushScore(mask))!;

  // The perfect hash of rank multisets.
  const lows = multisets(LOW_WEIGHTS);
  const highs = multisets(HIGH_WEIGHTS).sort((a, b) => a.size - b.size || a.key - b.key);
  const prefix = new Array<number>(8).fill(0); // prefix[m]: high multisets with at most m cards
  HIGH_INDEX.fill(-1);
  highs.forEach((h, i) => {
    if (HIGH_INDEX[h.key] !== -1) throw new Error('poker evaluator: high-half rank weights collide');
    HIGH_INDEX[h.key] = i;
    for (let m = h.size; m <= 7; m++) prefix[m]!++;
  });
  LOW_BASE.fill(-1);
  let slots = 0;
  for (const l of lows) {
    if (LOW_BASE[l.key] !== -1) throw new Error('poker evaluator: low-half rank weights collide');
    LOW_BASE[l.key] = slots;
    slots += prefix[7 - l.size]!;
  }
  const rankValue = new Uint16Array(slots);
  const counts = new Array<number>(13).fill(0);
  for (const l of lows) {
    for (const h of highs) {
      const size = l.size + h.size;
      if (size > 7) break; // highs are sorted by size
      if (size < 5) continue;
      for (let r = 0; r < LOW_RANKS; r++) counts[r] = l.counts[r]!;
      for (let r = LOW_RANKS; r < 13; r++) counts[r] = h.counts[r - LOW_RANKS]!;
      rankValue[LOW_BASE[l.key]! + HIGH_INDEX[h.key]!] = valueOf.get(multisetScore(counts))!;
    }
  }
  if (sorted.length !== HAND_VALUE_COUNT) throw new Error(`poker evaluator: ${sorted.length} classes, expected ${HAND_VALUE_COUNT}`);
  return rankValue;
}

function popcount(x: number): number {
  let n = 0;
  for (; x; x &= x - 1) n++;
  return n;
}

/** Per slot: the value of the best non-flush five of the rank multiset. */
export const RANK_VALUE = buildTables();

// ------------------------------------------------------------------ evaluating

/** Value of the best five of seven card codes (0..51, all distinct). */
export function evaluate7(a: number, b: number, c: number, d: number, e: number, f: number, g: number): number {
  const suits = CARD_SUIT_KEY[a]! + CARD_SUIT_KEY[b]! + CARD_SUIT_KEY[c]! + CARD_SUIT_KEY[d]! + CARD_SUIT_KEY[e]! + CARD_SUIT_KEY[f]! + CARD_SUIT_KEY[g]!;
  const flush = FLUSH_SUIT[suits]!;
  if (flush >= 0) {
    let mask = 0;
    if ((a & 3) === flush) mask |= 1 << (a >> 2);
    if ((b & 3) === flush) mask |= 1 << (b >> 2);
    if ((c & 3) === flush) mask |= 1 << (c >> 2);
    if ((d & 3) === flush) mask |= 1 << (d >> 2);
    if ((e & 3) === flush) mask |= 1 << (e >> 2);
    if ((f & 3) === flush) mask |= 1 << (f >> 2);
    if ((g & 3) === flush) mask |= 1 << (g >> 2);
    return FLUSH_VALUE[mask]!;
  }
  const key = CARD_RANK_KEY[a]! + CARD_RANK_KEY[b]! + CARD_RANK_KEY[c]! + CARD_RANK_KEY[d]! + CARD_RANK_KEY[e]! + CARD_RANK_KEY[f]! + CARD_RANK_KEY[g]!;
  return RANK_VALUE[LOW_BASE[key >>> HIGH_SHIFT]! + HIGH_INDEX[key & HIGH_MASK]!]!;
}

/** Value of the best five of six card codes. */
export function evaluate6(a: number, b: number, c: number, d: number, e: number, f: number): number {
  const suits = CARD_SUIT_KEY[a]! + CARD_SUIT_KEY[b]! + CARD_SUIT_KEY[c]! + CARD_SUIT_KEY[d]! + CARD_SUIT_KEY[e]! + CARD_SUIT_KEY[f]!;
  const flush = FLUSH_SUIT[suits]!;
  if (flush >= 0) {
    let mask = 0;
    if ((a & 3) === flush) mask |= 1 << (a >> 2);
    if ((b & 3) === flush) mask |= 1 << (b >> 2);
    if ((c & 3) === flush) mask |= 1 << (c >> 2);
    if ((d & 3) === flush) mask |= 1 << (d >> 2);
    if ((e & 3) === flush) mask |= 1 << (e >> 2);
    if ((f & 3) === flush) mask |= 1 << (f >> 2);
    return FLUSH_VALUE[mask]!;
  }
  const key = CARD_RANK_KEY[a]! + CARD_RANK_KEY[b]! + CARD_RANK_KEY[c]! + CARD_RANK_KEY[d]! + CARD_RANK_KEY[e]! + CARD_RANK_KEY[f]!;
  return RANK_VALUE[LOW_BASE[key >>> HIGH_SHIFT]! + HIGH_INDEX[key & HIGH_MASK]!]!;
}

/** Value of a five-card hand. */
export function evaluate5(a: number, b: number, c: number, d: number, e: number): number {
  const suits = CARD_SUIT_KEY[a]! + CARD_SUIT_KEY[b]! + CARD_SUIT_KEY[c]! + CARD_SUIT_KEY[d]! + CARD_SUIT_KEY[e]!;
  if (FLUSH_SUIT[suits]! >= 0) return FLUSH_VALUE[(1 << (a >> 2)) | (1 << (b >> 2)) | (1 << (c >> 2)) | (1 << (d >> 2)) | (1 << (e >> 2))]!;
  const key = CARD_RANK_KEY[a]! + CARD_RANK_KEY[b]! + CARD_RANK_KEY[c]! + CARD_RANK_KEY[d]! + CARD_RANK_KEY[e]!;
  return RANK_VALUE[LOW_BASE[key >>> HIGH_SHIFT]! + HIGH_INDEX[key & HIGH_MASK]!]!;
}

/** Value of the best five of 5..7 card codes. */
export function evaluateCodes(codes: readonly number[]): number {
  const [a, b, c, d, e, f, g] = codes as [number, number, number, number, number, number?, number?];
  switch (codes.length) {
    case 5:
      return evaluate5(a, b, c, d, e);
    case 6:
      return evaluate6(a, b, c, d, e, f!);
    case 7:
      return evaluate7(a, b, c, d, e, f!, g!);
    default:
      throw new RangeError(`evaluate needs 5 to 7 cards, got ${codes.length}`);
  }
}

/**
 * Omaha: the best hand using exactly two of the hole cards and exactly three of the board
 * cards (hole: 2 or more cards, board: 3 to 5 cards).
 */
export function evaluateOmaha(hole: readonly number[], board: readonly number[]): number {
  if (hole.length < 2 || board.length < 3 || board.length > 5) throw new RangeError('Omaha needs at least 2 hole cards and 3 to 5 board cards');
  let best = 0;
  for (let i = 0; i < board.length - 2; i++) {
    for (let j = i + 1; j < board.length - 1; j++) {
      for (let k = j + 1; k < board.length; k++) {
        const x = board[i]!;
        const y = board[j]!;
        const z = board[k]!;
        for (let p = 0; p < hole.length - 1; p++) {
          for (let q = p + 1; q < hole.length; q++) {
            const v = evaluate5(hole[p]!, hole[q]!, x, y, z);
            if (v > best) best = v;
          }
        }
      }
    }
  }
  return best;
}

export function categoryOf(value: number): HandCategory {
  const category = HAND_CATEGORIES[CATEGORY_OF_VALUE[value]!];
  if (value < 1 || value > HAND_VALUE_COUNT || category === undefined) throw new RangeError(`not a hand value: ${value}`);
  return category;
}

/** The five cards (codes) making the best hand, strongest-first order not guaranteed. */
export function bestFive(codes: readonly number[]): { value: number; cards: number[] } {
  if (codes.length < 5 || codes.length > 7) throw new RangeError(`bestFive needs 5 to 7 cards, got ${codes.length}`);
  let best = { value: 0, cards: [] as number[] };
  const n = codes.length;
  for (let a = 0; a < n; a++)
    for (let b = a + 1; b < n; b++)
      for (let c = b + 1; c < n; c++)
        for (let d = c + 1; d < n; d++)
          for (let e = d + 1; e < n; e++) {
            const cards = [codes[a]!, codes[b]!, codes[c]!, codes[d]!, codes[e]!];
            const value = evaluate5(cards[0]!, cards[1]!, cards[2]!, cards[3]!, cards[4]!);
            if (value > best.value) best = { value, cards };
          }
  return best;
}

/** Omaha's best five: exactly two hole cards and three board cards. */
export function bestFiveOmaha(hole: readonly number[], board: readonly number[]): { value: number; cards: number[] } {
  let best = { value: 0, cards: [] as number[] };
  for (let p = 0; p < hole.length; p++)
    for (let q = p + 1; q < hole.length; q++)
      for (let i = 0; i < board.length; i++)
        for (let j = i + 1; j < board.length; j++)
          for (let k = j + 1; k < board.length; k++) {
            const cards = [hole[p]!, hole[q]!, board[i]!, board[j]!, board[k]!];
            const value = evaluate5(cards[0]!, cards[1]!, cards[2]!, cards[3]!, cards[4]!);
            if (value > best.value) best = { value, cards };
          }
  return best;
}
