/**
 * A slow, obviously correct evaluator, written independently of evaluator.ts (no tables): it
 * classifies five cards by sorting and grouping, and takes the best of every five-card subset.
 * Used by the tests to cross-check the fast evaluator and by the benchmark as its baseline.
 * Its scores order hands like evaluator.ts values do, but are not 1..7462.
 */

/** Score of exactly five card codes: category * 13^5 + tie-break ranks in base 13. */
export function referenceScore5(cards: readonly number[]): number {
  const ranks = cards.map((c) => c >> 2).sort((a, b) => b - a);
  const flush = cards.every((c) => (c & 3) === (cards[0]! & 3));
  const distinct = [...new Set(ranks)];
  let straightHigh = -1;
  if (distinct.length === 5) {
    if (ranks[0]! - ranks[4]! === 4) straightHigh = ranks[0]!;
    else if (ranks.join(',') === '12,3,2,1,0') straightHigh = 3; // wheel: A-5-4-3-2
  }
  // Groups of equal rank, biggest group first, then higher rank first.
  const groups = distinct.map((r) => ({ r, k: ranks.filter((x) => x === r).length })).sort((a, b) => b.k - a.k || b.r - a.r);
  const shape = groups.map((g) => g.k).join('');
  let category: number;
  let order: number[];
  if (straightHigh >= 0 && flush) [category, order] = [8, [straightHigh]];
  else if (shape === '41') [category, order] = [7, groups.map((g) => g.r)];
  else if (shape === '32') [category, order] = [6, groups.map((g) => g.r)];
  else if (flush) [category, order] = [5, ranks];
  else if (straightHigh >= 0) [category, order] = [4, [straightHigh]];
  else if (shape === '311') [category, order] = [3, groups.map((g) => g.r)];
  else if (shape === '221') [category, order] = [2, groups.map((g) => g.r)];
  else if (shape === '2111') [category, order] = [1, groups.map((g) => g.r)];
  else [category, order] = [0, ranks];
  let score = category;
  for (let i = 0; i < 5; i++) score = score * 13 + (order[i] ?? 0);
  return score;
}

/** Best score over all five-card subsets of 5..7 cards. */
export function referenceScore(cards: readonly number[]): number {
  let best = -1;
  const pick: number[] = [];
  const walk = (from: number) => {
    if (pick.length === 5) {
      best = Math.max(best, referenceScore5(pick));
      return;
    }
    for (let i = from; i < cards.length; i++) {
      pick.push(cards[i]!);
      walk(i + 1);
      pick.pop();
    }
  };
  walk(0);
  return best;
}

/** Omaha: best over two of the hole cards with three of the board. */
export function referenceScoreOmaha(hole: readonly number[], board: readonly number[]): number {
  let best = -1;
  for (let a = 0; a < hole.length; a++)
    for (let b = a + 1; b < hole.length; b++)
      for (let x = 0; x < board.length; x++)
        for (let y = x + 1; y < board.length; y++)
          for (let z = y + 1; z < board.length; z++) best = Math.max(best, referenceScore5([hole[a]!, hole[b]!, board[x]!, board[y]!, board[z]!]));
  return best;
}

/** The category 0..8 of a reference score. */
export const referenceCategory = (score: number): number => Math.floor(score / 13 ** 5);
