/**
 * Sticky assignment: a player's arm is a pure function of the experiment's seed, the phase, the
 * player and the weights in force, so every instance answers the same arm, and after restarts.
 * (Bandits re-weight between periods; a player keeps the arm of their first exposure in a phase,
 * which experiment_exposure records.)
 */
import { createHash } from 'node:crypto';

/** A uniform number in [0, 1) from sha256(seed:phase:player): the first 52 bits of the digest. */
export function bucketOf(seed: string, phase: number, playerId: string): number {
  const digest = createHash('sha256').update(`${seed}:${phase}:${playerId}`).digest();
  // 52 bits fit a double exactly: the high 20 bits of the first word, then 32 more.
  const high = digest.readUInt32BE(0) >>> 12;
  const low = digest.readUInt32BE(4);
  return (high * 2 ** 32 + low) / 2 ** 52;
}

/** An arm and its weight (weights of the arms offered sum to 1; a stopped arm has weight 0). */
export interface WeightedArm {
  key: string;
  weight: number;
}

/**
 * The arm whose cumulative-weight interval holds `bucket`, in the arms' given order; arms of
 * weight 0 are never chosen. Null when no arm has weight.
 */
export function armAt(arms: readonly WeightedArm[], bucket: number): WeightedArm | null {
  const live = arms.filter((arm) => arm.weight > 0);
  const total = live.reduce((sum, arm) => sum + arm.weight, 0);
  if (live.length === 0 || total <= 0) return null;
  let upper = 0;
  for (const arm of live) {
    upper += arm.weight / total;
    if (bucket < upper) return arm;
  }
  return live[live.length - 1]!;
}
