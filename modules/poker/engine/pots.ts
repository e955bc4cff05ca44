/**
 * Pots from contributions, rake, and splitting a pot among tied winners. Pure functions over
 * plain numbers; indices are positions in the hand's player order (clockwise from the seat
 * left of the button).
 */

export interface Contribution {
  /** Live chips put in (blinds, calls, bets, raises) net of uncalled chips returned. */
  live: number;
  /** Dead chips (antes): they go to the main pot whoever posted them. */
  dead: number;
  folded: boolean;
  allIn: boolean;
}

export interface Pot {
  amount: number;
  /** Player indices that can win this pot, ascending. */
  eligible: number[];
}

/**
 * Main pot and side pots. Live contributions are cut into layers at the totals of the all-in
 * players still in the hand; each layer is a pot won only by the players still in who reached
 * it. All dead money (antes) is added to the main pot (the first layer), so a player all-in
 * on the ante alone competes for the antes only.
 */
export function buildPots(players: readonly Contribution[]): Pot[] {
  let dead = 0;
  let top = 0;
  const levels: number[] = [];
  for (const p of players) {
    dead += p.dead;
    if (p.live > top) top = p.live;
    if (p.allIn && !p.folded && !levels.includes(p.live)) levels.push(p.live);
  }
  if (!levels.includes(top)) levels.push(top);
  levels.sort((a, b) => a - b);

  const pots: Pot[] = [];
  let previous = 0;
  for (const level of levels) {
    let amount = 0;
    const eligible: number[] = [];
    for (let i = 0; i < players.length; i++) {
      const p = players[i]!;
      amount += Math.min(p.live, level) - Math.min(p.live, previous);
      if (!p.folded && p.live >= level) eligible.push(i);
    }
    if (pots.length === 0) {
      amount += dead;
    }
    previous = level;
    if (amount === 0 && pots.length > 0) continue;
    if (amount === 0 && dead === 0) continue;
    const last = pots[pots.length - 1];
    if (eligible.length === 0 && last) {
      // Chips above every remaining player's total (cannot happen after uncalled bets are
      // returned); they stay with the pot below rather than vanish.
      last.amount += amount;
      continue;
    }
    pots.push({ amount, eligible });
  }
  return pots;
}

/** Total rake for the pots: basis points of the total, floored, capped. */
export function rakeFor(total: number, basisPoints: number, cap: number | null): number {
  if (total <= 0 || basisPoints <= 0) return 0;
  const raw = Number((BigInt(total) * BigInt(basisPoints)) / 10000n);
  return cap === null ? raw : Math.min(raw, cap);
}

/**
 * Spreads a hand's rake over its pots in proportion to their sizes (floored), the chips left
 * over going one each to the main pot first, then the next.
 */
export function spreadRake(amounts: readonly number[], rake: number): number[] {
  const total = amounts.reduce((a, b) => a + b, 0);
  if (rake === 0 || total === 0) return amounts.map(() => 0);
  const per = amounts.map((a) => Number((BigInt(rake) * BigInt(a)) / BigInt(total)));
  let left = rake - per.reduce((a, b) => a + b, 0);
  for (let i = 0; left > 0; i = (i + 1) % amounts.length) {
    if (per[i]! < amounts[i]!) {
      per[i]!++;
      left--;
    }
  }
  return per;
}

/**
 * Splits `amount` among `winners` (player indices, in clockwise order from the button's left).
 * Odd-chip rule: the chips that do not divide evenly go one each to the winners first in
 * clockwise order from the button (the first winner left of the button gets the first one).
 */
export function splitPot(amount: number, winners: readonly number[]): { index: number; amount: number }[] {
  const sorted = [...winners].sort((a, b) => a - b);
  const share = Math.floor(amount / sorted.length);
  const odd = amount - share * sorted.length;
  return sorted.map((index, k) => ({ index, amount: share + (k < odd ? 1 : 0) }));
}
