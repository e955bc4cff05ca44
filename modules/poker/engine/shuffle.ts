/**
 * Shuffling. The engine never shuffles: createHand takes a deck. These helpers make one.
 *
 * shuffleDeck is a Fisher–Yates shuffle over an injected integer source, so it is pure and
 * replayable (tests pass a seeded generator). secureShuffledDeck feeds it node:crypto's
 * randomInt, which draws uniformly (by rejection sampling) from a CSPRNG, so every one of the
 * 52! orders is equally likely. This file is the only one in the engine that touches
 * node:crypto.
 */
import { randomInt } from 'node:crypto';
import { orderedDeck, type Card } from './cards.js';

/** Returns a uniformly random integer in [0, maxExclusive). */
export type RandomInt = (maxExclusive: number) => number;

/** Fisher–Yates: a new array, the input is not changed. */
export function shuffleDeck(random: RandomInt, deck: readonly Card[] = orderedDeck()): Card[] {
  const out = deck.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = random(i + 1);
    if (!Number.isInteger(j) || j < 0 || j > i) throw new RangeError(`random(${i + 1}) returned ${j}`);
    const t = out[i]!;
    out[i] = out[j]!;
    out[j] = t;
  }
  return out;
}

/** A cryptographically secure uniformly shuffled 52-card deck. */
export function secureShuffledDeck(): Card[] {
  return shuffleDeck((max) => randomInt(max));
}

/**
 * A small seeded generator (xorshift32 with rejection sampling) for tests, simulations and
 * benchmarks. Not for dealing real hands: use secureShuffledDeck.
 */
export function seededRandomInt(seed: number): RandomInt {
  let x = seed >>> 0 || 0x9e3779b9;
  const next = () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x;
  };
  return (max) => {
    const limit = 0x100000000 - (0x100000000 % max);
    let r = next();
    while (r >= limit) r = next();
    return r % max;
  };
}
