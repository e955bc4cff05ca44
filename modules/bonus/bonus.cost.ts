import type { GameCategory } from '../games/index.js';
import { weightFor, type FrozenWeights } from './bonus.terms.js';

/**
 * The expected cost of a bonus to the operator: what of it is expected to convert to cash.
 *
 * Wagering R (the requirement) on games with house edge e loses e × R on average, so a bonus B is
 * expected to keep `B − e × R` of itself, and never less than nothing:
 *
 *     expected cost ≈ B × max(0, 1 − e × multiplier)          (base BONUS, every stake counting 100%)
 *
 * A game weighted w% needs R / w stakes to count R, so its edge counts e / w. With a mix of games
 * (shares by category) the edge per unit of requirement is Σ share × e / w. At 10× on slots with a
 * 4% edge, 60% of the face value is expected to convert; at 35× nothing is.
 *
 * It is an estimate: near zero the real mean is higher (a lucky player can still finish), which
 * tests/unit/bonus-cost.test.ts measures with a Monte Carlo simulation. All arithmetic is integer
 * (basis points, minor units), so a budget set on expected cost reserves the same amount everywhere.
 */

/** Default house edges in basis points, by game category (a slot: 4%). */
export const DEFAULT_HOUSE_EDGE_BPS: Readonly<Record<GameCategory, number>> = {
  SLOTS: 400,
  TABLE: 150,
  LIVE: 200,
  INSTANT: 300,
  OTHER: 500,
};

/** Where the wagering is expected to be played: percent shares by category (summing to 100). */
export type GameMix = Partial<Record<GameCategory, number>>;
export const DEFAULT_MIX: GameMix = { SLOTS: 100 };

const MICRO = 1_000_000n;

/**
 * Expected loss per unit of requirement, in millionths: Σ share × edge / weight over the mix's
 * categories that count (weight > 0), shares renormalised over those. Null: nothing in the mix counts.
 */
export function lossPerUnitMicro(weights: FrozenWeights, product: string, mix: GameMix = DEFAULT_MIX, edges: Readonly<Record<GameCategory, number>> = DEFAULT_HOUSE_EDGE_BPS): bigint | null {
  let numerator = 0n;
  let counted = 0n;
  for (const [category, share] of Object.entries(mix) as [GameCategory, number][]) {
    const weight = weightFor(weights, '', category, product);
    if (!share || weight <= 0) continue;
    counted += BigInt(share);
    // share% × edge(bps) / weight%, in millionths: share/100 × edge/10000 / (weight/100) × 10^6.
    numerator += (BigInt(share) * BigInt(edges[category]) * 100n * MICRO) / (BigInt(weight) * 10_000n);
  }
  if (counted === 0n) return null;
  return numerator / counted;
}

/**
 * What of `bonus` is expected to convert, in minor units, when `requirement` must be wagered:
 * max(0, bonus − requirement × loss per unit), at most `maxConversion` when there is one.
 */
export function expectedCost(input: {
  bonus: bigint;
  requirement: bigint;
  weights: FrozenWeights;
  product: string;
  maxConversion?: bigint | null;
  mix?: GameMix;
  edges?: Readonly<Record<GameCategory, number>>;
}): bigint {
  const loss = lossPerUnitMicro(input.weights, input.product, input.mix, input.edges);
  // Nothing in the mix counts toward wagering: the bonus can never complete (unless nothing is required).
  if (loss === null) return input.requirement === 0n ? input.bonus : 0n;
  const kept = input.bonus - (input.requirement * loss) / MICRO;
  const cost = kept > 0n ? kept : 0n;
  return input.maxConversion != null && cost > input.maxConversion ? input.maxConversion : cost;
}
