/** Seeded, reproducible random numbers for the statistics (docs/offers.md, "The statistics: Randomness"). */
import { createHash } from 'node:crypto';
import betaRandom from '@stdlib/random-base-beta';
import normalRandom from '@stdlib/random-base-normal';

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
 * The MT19937 seed of a string: the SHA-256 digest of its UTF-8 bytes read as eight big-endian
 * 32-bit words (MT19937's init_by_array takes them all, so distinct strings give unrelated streams).
 */
export function seedWords(seed: string): number[] {
  const digest = createHash('sha256').update(seed, 'utf8').digest();
  return Array.from({ length: 8 }, (_, i) => digest.readUInt32BE(i * 4));
}

/**
 * A generator seeded from a string (see seedWords). One MT19937 stream feeds all three: stdlib's beta
 * generator owns it, the normal generator (improved ziggurat) and `uniform` read the same stream.
 */
export function seededRng(seed: string): Rng {
  if (typeof seed !== 'string') throw new Error('seededRng: the seed must be a string');
  const beta = betaRandom.factory({ seed: seedWords(seed) });
  // beta.PRNG is stdlib's MT19937 (integer outputs); its `normalized` view gives [0, 1) from the same state.
  const uniform = (beta.PRNG as unknown as { normalized?: () => number }).normalized;
  if (typeof uniform !== 'function') throw new Error('seededRng: stdlib beta generator exposes no normalized MT19937');
  const normal = normalRandom.factory({ prng: uniform });
  return {
    uniform: () => uniform(),
    normal(mean = 0, sd = 1) {
      if (!Number.isFinite(mean) || !Number.isFinite(sd) || sd < 0) {
        throw new Error(`Rng.normal: mean must be finite and sd finite and ≥ 0 (got ${mean}, ${sd})`);
      }
      return sd === 0 ? mean : normal(mean, sd);
    },
    beta(a: number, b: number) {
      if (!(a > 0) || !(b > 0) || !Number.isFinite(a) || !Number.isFinite(b)) {
        throw new Error(`Rng.beta: both parameters must be finite and > 0 (got ${a}, ${b})`);
      }
      return beta(a, b);
    },
  };
}
