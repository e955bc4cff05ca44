/**
 * The baseline (honest) policy of collusion scoring (docs/risk.md "Poker collusion"): what a
 * plain equity-minded player does at a decision, as probabilities, from what the player can
 * know (their hand's strength against the opponents still in) and the price of the call. The
 * scorer measures each real action against this policy's expectation; the simulated honest
 * bots of the tests play it with their own style.
 */

/** What the player knows at a decision. */
export interface DecisionView {
  /** Chance of winning against random hands of the opponents still in (0..1). */
  strength: number;
  /** Opponents still in the hand. */
  opponents: number;
  /** Chips to call (0: a check is free). */
  toCall: number;
  /** All chips in the middle before the action. */
  pot: number;
  /** Whether a bet or raise is legal. */
  canRaise: boolean;
}

/** A style of play: the baseline is { looseness: 0, aggression: 1 }. */
export interface PolicyStyle {
  /** Added to the strength when deciding to continue (positive: calls lighter). */
  looseness: number;
  /** Multiplies the chance of betting or raising. */
  aggression: number;
}

export const BASELINE_STYLE: PolicyStyle = { looseness: 0, aggression: 1 };

/** Probabilities of the three kinds of action; they sum to 1. `passive` is a fold, or a check when the call is free. */
export interface ActionOdds {
  passive: number;
  call: number;
  raise: number;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/**
 * The policy: strength relative to a fair share r = strength × (opponents + 1); bet or raise
 * with probability aggression × σ(6 (r − 1.7)) (at most 0.95); facing a bet, continue with
 * probability σ(12 (strength + looseness − pot odds)), pot odds = toCall / (pot + toCall).
 */
export function actionOdds(view: DecisionView, style: PolicyStyle = BASELINE_STYLE): ActionOdds {
  const relative = view.strength * (view.opponents + 1);
  const raise = view.canRaise ? Math.min(0.95, style.aggression * sigmoid(6 * (relative - 1.7))) : 0;
  if (view.toCall <= 0) return { passive: 1 - raise, call: 0, raise };
  const odds = view.toCall / (view.pot + view.toCall);
  const carryOn = sigmoid(12 * (view.strength + style.looseness - odds));
  const r = Math.min(raise, carryOn);
  return { passive: 1 - carryOn, call: carryOn - r, raise: r };
}

/** The size of the policy's bet or raise: the pot after a call ("pot-sized"), as a street total within the legal range. */
export function raiseTo(currentBet: number, toCall: number, pot: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, currentBet + pot + toCall));
}
