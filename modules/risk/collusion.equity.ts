/**
 * Hold'em equity for collusion scoring (docs/risk.md "Poker collusion"), on the poker engine's
 * evaluator. Pure and deterministic: randomness comes from an injected seeded generator.
 *
 * Two questions are asked of a hand:
 * - `runouts`: with every hole card known (the house knows them all), the values of each
 *   player's best hand over the boards that may still come: exact when one card or none is
 *   missing (turn and river), a Monte Carlo sample otherwise. `equityAmong` then gives any
 *   subset of the players their share of the pot, so one set of runouts serves every decision
 *   of a street (who folds only changes the subset).
 * - `strength`: what a player can know, their hand against random hands of the opponents
 *   still in (Monte Carlo): the input of the baseline (honest) policy.
 */
import { cardCode, evaluate7, type Card, type RandomInt } from '../poker/engine/index.js';

/** Card codes of texts; throws on a hidden or bad card (the scorer only reads finished hands with every hole card). */
export function codesOf(cards: readonly Card[]): number[] {
  return cards.map((c) => {
    const code = cardCode(c);
    if (code < 0) throw new RangeError(`not a card: ${c}`);
    return code;
  });
}

/** Values of each player's best hand, runout by runout: values[r * players + p]. */
export interface Runouts {
  players: number;
  count: number;
  values: Uint16Array;
  /** Whether every possible runout was enumerated (no sampling). */
  exact: boolean;
}

/** The 52 codes minus the dead ones. */
function liveDeck(dead: readonly number[]): number[] {
  const out: number[] = [];
  const used = new Uint8Array(52);
  for (const c of dead) used[c] = 1;
  for (let c = 0; c < 52; c++) if (!used[c]) out.push(c);
  return out;
}

/**
 * The values of every player's hand over the runouts of the board: exact when at most one card
 * is missing, otherwise `samples` random runouts drawn from the cards not in anyone's hand.
 */
export function runouts(holes: readonly (readonly number[])[], board: readonly number[], random: RandomInt, samples: number): Runouts {
  const players = holes.length;
  const missing = 5 - board.length;
  const deck = liveDeck([...holes.flat(), ...board]);
  const full = [...board, 0, 0, 0, 0, 0].slice(0, 5);
  const valuesOf = (out: Uint16Array, r: number) => {
    for (let p = 0; p < players; p++) {
      const h = holes[p]!;
      out[r * players + p] = evaluate7(h[0]!, h[1]!, full[0]!, full[1]!, full[2]!, full[3]!, full[4]!);
    }
  };
  if (missing <= 1) {
    const count = missing === 0 ? 1 : deck.length;
    const values = new Uint16Array(count * players);
    for (let r = 0; r < count; r++) {
      if (missing === 1) full[4] = deck[r]!;
      valuesOf(values, r);
    }
    return { players, count, values, exact: true };
  }
  const values = new Uint16Array(samples * players);
  const pool = deck.slice();
  for (let r = 0; r < samples; r++) {
    // A partial Fisher–Yates: the last `missing` places of the pool become the runout.
    for (let k = 0; k < missing; k++) {
      const last = pool.length - 1 - k;
      const j = random(last + 1);
      const t = pool[last]!;
      pool[last] = pool[j]!;
      pool[j] = t;
      full[board.length + k] = pool[last]!;
    }
    valuesOf(values, r);
  }
  return { players, count: samples, values, exact: false };
}

/** Each player's share of the pot among the `live` players (others get 0), ties split; sums to 1. */
export function equityAmong(runs: Runouts, live: readonly boolean[]): number[] {
  const { players, count, values } = runs;
  const equity = new Array<number>(players).fill(0);
  const winners: number[] = [];
  for (let r = 0; r < count; r++) {
    let best = -1;
    winners.length = 0;
    for (let p = 0; p < players; p++) {
      if (!live[p]) continue;
      const v = values[r * players + p]!;
      if (v > best) {
        best = v;
        winners.length = 0;
        winners.push(p);
      } else if (v === best) winners.push(p);
    }
    for (const w of winners) equity[w]! += 1 / winners.length;
  }
  return equity.map((e) => e / count);
}

/**
 * A player's chance of winning (ties split) with `hole` on `board` against `opponents` random
 * hands, from `samples` Monte Carlo deals (exact on the river against one opponent is not
 * needed: the baseline only wants a smooth estimate).
 */
export function strength(hole: readonly number[], board: readonly number[], opponents: number, random: RandomInt, samples: number): number {
  if (opponents <= 0) return 1;
  const pool = liveDeck([...hole, ...board]);
  const missing = 5 - board.length;
  const draw = missing + 2 * opponents;
  const full = [...board, 0, 0, 0, 0, 0].slice(0, 5);
  let won = 0;
  for (let s = 0; s < samples; s++) {
    for (let k = 0; k < draw; k++) {
      const last = pool.length - 1 - k;
      const j = random(last + 1);
      const t = pool[last]!;
      pool[last] = pool[j]!;
      pool[j] = t;
    }
    const top = pool.length - 1;
    for (let k = 0; k < missing; k++) full[board.length + k] = pool[top - k]!;
    const mine = evaluate7(hole[0]!, hole[1]!, full[0]!, full[1]!, full[2]!, full[3]!, full[4]!);
    let ties = 1;
    let lost = false;
    for (let o = 0; o < opponents && !lost; o++) {
      const a = pool[top - missing - 2 * o]!;
      const b = pool[top - missing - 2 * o - 1]!;
      const theirs = evaluate7(a, b, full[0]!, full[1]!, full[2]!, full[3]!, full[4]!);
      if (theirs > mine) lost = true;
      else if (theirs === mine) ties += 1;
    }
    if (!lost) won += 1 / ties;
  }
  return won / samples;
}

/** A 32-bit seed from text (FNV-1a), so a hand's id fixes its Monte Carlo draws. */
export function seedOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}
