/**
 * Random play for tests, property checks and benchmarks: pick a legal action at random and
 * play a hand to the end. Not used by the engine itself.
 */
import { apply, createHand, legalActions } from './engine.js';
import { shuffleDeck, type RandomInt } from './shuffle.js';
import type { Action, HandConfig, HandState, SeatInput } from './types.js';

/** A random legal action of the player to act (null when the hand is over). */
export function randomLegalAction(state: HandState, random: RandomInt): Action | null {
  const legal = legalActions(state);
  if (!legal) return null;
  const choice = legal.actions[random(legal.actions.length)]!;
  switch (choice.type) {
    case 'fold':
    case 'check':
    case 'call':
      return { seat: legal.seat, type: choice.type };
    case 'bet':
    case 'raise': {
      // Mostly the minimum or the maximum (all-in / pot), sometimes anything between.
      const pick = random(4);
      const amount = pick === 0 ? choice.min : pick === 1 ? choice.max : choice.min + random(choice.max - choice.min + 1);
      return { seat: legal.seat, type: choice.type, amount };
    }
  }
}

/** Plays one hand with random legal actions; throws if the engine refuses a legal action. */
export function playRandomHand(config: HandConfig, seats: readonly SeatInput[], buttonSeat: number, random: RandomInt, maxSteps = 1000): HandState {
  const created = createHand(config, seats, buttonSeat, shuffleDeck(random));
  if (!created.ok) throw new Error(`createHand: ${created.error.code} ${created.error.message}`);
  let state = created.state;
  for (let step = 0; state.status !== 'COMPLETE'; step++) {
    if (step >= maxSteps) throw new Error('hand did not finish');
    const action = randomLegalAction(state, random)!;
    const next = apply(state, action);
    if (!next.ok) throw new Error(`apply ${JSON.stringify(action)}: ${next.error.code} ${next.error.message}`);
    state = next.state;
  }
  return state;
}
