/** Seeded, reproducible random numbers for the statistics (docs/offers-statistics.md, "Randomness"). */

/** A seeded source of uniform, normal and beta variates. Same seed, same sequence. */
export interface Rng {
  /** Uniform on [0, 1). */
  uniform(): number;
  /** Normal with `mean` (default 0) and standard deviation `sd` (default 1). */
  normal(mean?: number, sd?: number): number;
  /** Beta(a, b), a > 0, b > 0. */
  beta(a: number, b: number): number;
}

/**
 * A generator seeded from a string: the string's UTF-8 bytes are hashed with FNV-1a (32 bit) and the
 * hash (made non-zero) seeds stdlib's MT19937-backed beta and normal factories.
 */
export function seededRng(seed: string): Rng {
  void seed;
  throw new Error('not implemented');
}
