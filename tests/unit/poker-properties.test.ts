/**
 * Invariants of the poker engine under random tables and random play (fast-check):
 * chips are conserved at every step and at the end (stacks + rake), the pots are exactly the
 * contributions, nobody's stack goes negative, every random legal sequence ends, and apply
 * accepts exactly the actions legalActions describes, leaving the state untouched otherwise.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  apply,
  createHand,
  legalActions,
  randomLegalAction,
  seededRandomInt,
  shuffleDeck,
  type Action,
  type HandConfig,
  type HandState,
  type SeatInput,
} from '../../modules/poker/engine/index.js';

const tableArb = fc
  .record({
    variant: fc.constantFrom('NLHE' as const, 'PLO' as const),
    players: fc.integer({ min: 2, max: 10 }),
    bigBlind: fc.integer({ min: 1, max: 50 }),
    sbRatio: fc.integer({ min: 0, max: 2 }), // small blind 0, half, or the whole big blind
    ante: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 20 })),
    bigBlindAnte: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 60 })),
    rake: fc.option(fc.record({ basisPoints: fc.integer({ min: 0, max: 1000 }), cap: fc.option(fc.integer({ min: 0, max: 100 })), noFlopNoDrop: fc.boolean() })),
    stacks: fc.array(fc.integer({ min: 1, max: 3000 }), { minLength: 10, maxLength: 10 }),
    seatOffset: fc.integer({ min: 0, max: 9 }),
    button: fc.nat(),
    seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
  })
  .map((t) => {
    const config: HandConfig = {
      variant: t.variant,
      bigBlind: t.bigBlind,
      smallBlind: t.sbRatio === 0 ? 0 : t.sbRatio === 1 ? Math.floor(t.bigBlind / 2) : t.bigBlind,
      ante: t.ante,
      bigBlindAnte: t.bigBlindAnte,
      rake: t.rake,
    };
    // Seats spread round a ten-seat table, not always starting at 0.
    const seats: SeatInput[] = Array.from({ length: t.players }, (_, i) => ({ seat: (t.seatOffset + i * 7) % 10, stack: t.stacks[i]! }));
    const distinct = [...new Set(seats.map((s) => s.seat))];
    const table = seats.filter((s, i) => distinct.indexOf(s.seat) === i);
    return { config, seats: table, button: table[t.button % table.length]!.seat, seed: t.seed };
  })
  .filter((t) => t.seats.length >= 2);

function totalChips(s: HandState): number {
  return s.players.reduce((a, p) => a + p.stack + p.totalBet + p.ante, 0);
}

function checkStep(s: HandState, startTotal: number): void {
  for (const p of s.players) {
    expect(p.stack).toBeGreaterThanOrEqual(0);
    expect(p.streetBet).toBeGreaterThanOrEqual(0);
    expect(p.totalBet).toBeGreaterThanOrEqual(p.streetBet);
    expect(Number.isSafeInteger(p.stack)).toBe(true);
  }
  if (s.status === 'BETTING') expect(totalChips(s)).toBe(startTotal);
}

function checkResult(s: HandState, startTotal: number): void {
  const r = s.result!;
  expect(s.status).toBe('COMPLETE');
  // Conservation: final stacks plus rake are the chips brought to the table.
  expect(r.players.reduce((a, p) => a + p.finalStack, 0) + r.rake).toBe(startTotal);
  for (const p of r.players) {
    expect(p.finalStack).toBeGreaterThanOrEqual(0);
    expect(p.finalStack).toBe(p.startingStack - p.contributed + p.won);
  }
  // The pots are exactly the contributions; what is awarded is the pots minus the rake.
  const potTotal = r.pots.reduce((a, p) => a + p.amount, 0);
  expect(potTotal).toBe(r.players.reduce((a, p) => a + p.contributed, 0));
  expect(r.pots.reduce((a, p) => a + p.rake, 0)).toBe(r.rake);
  for (const pot of r.pots) {
    expect(pot.amount).toBeGreaterThan(0);
    expect(pot.rake).toBeLessThanOrEqual(pot.amount);
    expect(pot.winners.reduce((a, w) => a + w.amount, 0)).toBe(pot.amount - pot.rake);
    for (const w of pot.winners) expect(pot.eligibleSeats).toContain(w.seat);
  }
  expect(r.players.reduce((a, p) => a + p.won, 0)).toBe(potTotal - r.rake);
  const rake = s.config.rake;
  if (!rake) expect(r.rake).toBe(0);
  else {
    if (rake.cap !== null) expect(r.rake).toBeLessThanOrEqual(rake.cap);
    expect(r.rake).toBeLessThanOrEqual(Math.floor((potTotal * rake.basisPoints) / 10000));
    if (rake.noFlopNoDrop && r.board.length < 3) expect(r.rake).toBe(0);
  }
  // Events are numbered without gaps and end with the result.
  expect(s.events.map((e) => e.seq)).toEqual(s.events.map((_, i) => i + 1));
  expect(s.events.at(-1)!.type).toBe('HAND_COMPLETED');
}

describe('poker engine properties', () => {
  it('random legal play: chips conserved at every step, pots equal contributions minus rake, no negative stacks, always ends', () => {
    fc.assert(
      fc.property(tableArb, ({ config, seats, button, seed }) => {
        const random = seededRandomInt(seed);
        const created = createHand(config, seats, button, shuffleDeck(random));
        expect(created.ok).toBe(true);
        if (!created.ok) return;
        let s = created.state;
        const startTotal = seats.reduce((a, x) => a + x.stack, 0);
        let steps = 0;
        checkStep(s, startTotal);
        while (s.status !== 'COMPLETE') {
          expect(++steps).toBeLessThan(5_000);
          const r = apply(s, randomLegalAction(s, random)!);
          expect(r.ok).toBe(true);
          if (!r.ok) return;
          s = r.state;
          checkStep(s, startTotal);
        }
        checkResult(s, startTotal);
      }),
      { numRuns: 1_500 },
    );
  });

  it('apply accepts exactly what legalActions offers; a refused action leaves the state unchanged', () => {
    const actionArb = fc.record({
      seatPick: fc.integer({ min: 0, max: 12 }),
      type: fc.constantFrom('fold', 'check', 'call', 'bet', 'raise'),
      amountPick: fc.integer({ min: -5, max: 4000 }),
      fraction: fc.boolean(),
    });
    fc.assert(
      fc.property(tableArb, fc.array(actionArb, { minLength: 1, maxLength: 60 }), ({ config, seats, button, seed }, tries) => {
        const random = seededRandomInt(seed);
        const created = createHand(config, seats, button, shuffleDeck(random));
        if (!created.ok) throw new Error(created.error.message);
        let s = created.state;
        for (const t of tries) {
          if (s.status === 'COMPLETE') {
            const r = apply(s, { seat: seats[0]!.seat, type: 'check' });
            expect(r.ok ? 'OK' : r.error.code).toBe('HAND_COMPLETE');
            break;
          }
          const legal = legalActions(s)!;
          // Mostly the seat to act, sometimes another or an empty one.
          const seat = t.seatPick < 8 ? legal.seat : t.seatPick < 11 ? seats[t.seatPick % seats.length]!.seat : 10 + t.seatPick;
          const amount = t.fraction ? t.amountPick + 0.5 : t.amountPick;
          const action = (t.type === 'bet' || t.type === 'raise' ? { seat, type: t.type, amount } : { seat, type: t.type }) as Action;
          const offered = legal.actions.find((a) => a.type === action.type);
          const allowed =
            seat === legal.seat &&
            offered !== undefined &&
            (!('min' in offered) || (Number.isInteger(amount) && amount >= offered.min && amount <= offered.max));
          const before = JSON.stringify(s);
          const r = apply(s, action);
          expect(r.ok).toBe(allowed);
          expect(JSON.stringify(s)).toBe(before);
          if (r.ok) {
            expect(r.events[0]).toMatchObject({ type: 'ACTION', seat, action: action.type });
            s = r.state;
          } else {
            const expected = seats.some((x) => x.seat === seat) ? (seat === legal.seat ? null : 'NOT_YOUR_TURN') : 'UNKNOWN_SEAT';
            if (expected) expect(r.error.code).toBe(expected);
            else expect(['ILLEGAL_ACTION', 'INVALID_AMOUNT', 'AMOUNT_TOO_SMALL', 'AMOUNT_TOO_LARGE']).toContain(r.error.code);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
