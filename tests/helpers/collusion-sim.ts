/**
 * Simulated 6-max NLHE play for collusion scoring (tests/unit/risk-collusion.test.ts and
 * tests/bench/collusion.ts): honest bots play the baseline policy with their own style and
 * noise; planted pairs collude. Seeded and deterministic; every hand goes through the real
 * engine (createHand/apply).
 *
 * - SOFT pairs never bet or raise against each other, and fold to each other's bets much more
 *   (they continue only with a strong hand, and then just call).
 * - DUMP pairs: after the flop, with the partner still in, the dumper bets the pot (at most once
 *   a hand, with probability 0.6); the receiver raises it; the dumper folds, whatever the cards.
 *
 * Players sit down in random tables of six each session; planted pairs always sit together
 * (seat following). Stacks are reset to 100 big blinds every hand.
 */
import { apply, createHand, legalActions, seededRandomInt, shuffleDeck, type Action, type HandState, type RandomInt } from '../../modules/poker/engine/index.js';
import { codesOf, strength } from '../../modules/risk/collusion.equity.js';
import { actionOdds, raiseTo, type PolicyStyle } from '../../modules/risk/collusion.policy.js';

export interface PlantedPair {
  a: string;
  b: string;
  /** DUMP: `a` dumps chips to `b`. */
  kind: 'SOFT' | 'DUMP';
}

export interface SimulationSpec {
  seed: number;
  players: number;
  sessions: number;
  handsPerSession: number;
  planted: readonly PlantedPair[];
  /** Monte Carlo deals of the bots' strength estimate (default 100). */
  strengthSamples?: number;
}

export const BIG_BLIND = 100;
const STACK = 100 * BIG_BLIND;

export const playerName = (k: number) => `p${String(k).padStart(3, '0')}`;

interface Bot {
  id: string;
  style: PolicyStyle;
  partner: string | null;
  role: 'SOFT' | 'DUMPER' | 'RECEIVER' | null;
}

function botsOf(spec: SimulationSpec, random: () => number): Map<string, Bot> {
  const bots = new Map<string, Bot>();
  for (let k = 0; k < spec.players; k++) {
    const id = playerName(k);
    bots.set(id, { id, style: { looseness: (random() - 0.5) * 0.12, aggression: 0.7 + random() * 0.6 }, partner: null, role: null });
  }
  for (const p of spec.planted) {
    const a = bots.get(p.a)!;
    const b = bots.get(p.b)!;
    a.partner = b.id;
    b.partner = a.id;
    a.role = p.kind === 'SOFT' ? 'SOFT' : 'DUMPER';
    b.role = p.kind === 'SOFT' ? 'SOFT' : 'RECEIVER';
  }
  return bots;
}

/** Tables of six for a session: pairs sit together, the rest at random. */
function tablesOf(spec: SimulationSpec, randomInt: RandomInt): string[][] {
  const units: string[][] = spec.planted.map((p) => [p.a, p.b]);
  const inPair = new Set(spec.planted.flatMap((p) => [p.a, p.b]));
  for (let k = 0; k < spec.players; k++) if (!inPair.has(playerName(k))) units.push([playerName(k)]);
  for (let i = units.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [units[i], units[j]] = [units[j]!, units[i]!];
  }
  const tables: string[][] = [];
  let current: string[] = [];
  for (const unit of units) {
    if (current.length + unit.length > 6) {
      tables.push(current);
      current = [];
    }
    current.push(...unit);
  }
  if (current.length >= 2) tables.push(current);
  return tables;
}

function sample(odds: { passive: number; call: number; raise: number }, random: () => number): 'passive' | 'call' | 'raise' {
  const x = random();
  return x < odds.raise ? 'raise' : x < odds.raise + odds.call ? 'call' : 'passive';
}

function playHand(handId: string, table: string[], button: number, bots: Map<string, Bot>, spec: SimulationSpec, randomInt: RandomInt, random: () => number): HandState {
  const created = createHand(
    { variant: 'NLHE', smallBlind: BIG_BLIND / 2, bigBlind: BIG_BLIND, handId },
    table.map((id, seat) => ({ seat, stack: STACK, playerId: id })),
    button,
    shuffleDeck(randomInt),
  );
  if (!created.ok) throw new Error(created.error.message);
  let s = created.state;
  const dumpStarted = new Set<string>();
  const strengthCache = new Map<string, number>();
  while (s.status !== 'COMPLETE') {
    const legal = legalActions(s)!;
    const i = s.toAct;
    const me = s.players[i]!;
    const bot = bots.get(me.playerId!)!;
    const live = s.players.filter((p) => !p.folded);
    const opponents = live.length - 1;
    const board = codesOf(s.board);
    const key = `${i}:${board.length}:${opponents}`;
    let mine = strengthCache.get(key);
    if (mine === undefined) strengthCache.set(key, (mine = strength(codesOf(me.hole), board, opponents, randomInt, spec.strengthSamples ?? 100)));
    const pot = s.players.reduce((sum, p) => sum + p.totalBet + p.ante, 0);
    const range = legal.actions.find((a) => a.type === 'bet' || a.type === 'raise') as { type: 'bet' | 'raise'; min: number; max: number } | undefined;
    let choice = sample(actionOdds({ strength: mine, opponents, toCall: legal.toCall, pot, canRaise: range !== undefined }, bot.style), random);
    let size = range ? raiseTo(s.currentBet, legal.toCall, pot, range.min, range.max) : 0;

    const partnerIndex = bot.partner ? s.players.findIndex((p) => p.playerId === bot.partner) : -1;
    const partnerLive = partnerIndex >= 0 && !s.players[partnerIndex]!.folded;
    const facingPartner = legal.toCall > 0 && s.aggressor === partnerIndex && partnerIndex >= 0;
    if (partnerLive && bot.role === 'SOFT') {
      if (facingPartner) choice = mine * (opponents + 1) > 2.2 ? 'call' : 'passive';
      else if (choice === 'raise' && live.length === 2) choice = legal.toCall > 0 ? 'call' : 'passive';
    }
    if (partnerLive && bot.role === 'DUMPER') {
      if (facingPartner && dumpStarted.has(handId)) choice = 'passive';
      else if (s.street !== 'preflop' && !dumpStarted.has(handId) && range && random() < 0.6) {
        dumpStarted.add(handId);
        choice = 'raise';
      }
    }
    if (partnerLive && bot.role === 'RECEIVER' && facingPartner && dumpStarted.has(handId)) {
      choice = range ? 'raise' : 'call';
      if (range) size = range.min;
    }

    let action: Action;
    if (choice === 'raise' && range) action = { seat: me.seat, type: range.type, amount: size };
    else if (choice === 'call' && legal.toCall > 0) action = { seat: me.seat, type: 'call' };
    else action = legal.toCall > 0 ? { seat: me.seat, type: 'fold' } : { seat: me.seat, type: 'check' };
    const next = apply(s, action);
    if (!next.ok) throw new Error(`${handId}: ${JSON.stringify(action)} refused: ${next.error.message}`);
    s = next.state;
  }
  return s;
}

/** Plays the whole simulation; every finished hand, in order. */
export function simulate(spec: SimulationSpec): HandState[] {
  const randomInt = seededRandomInt(spec.seed);
  const random = () => randomInt(0x40000000) / 0x40000000;
  const bots = botsOf(spec, random);
  const hands: HandState[] = [];
  for (let session = 0; session < spec.sessions; session++) {
    const tables = tablesOf(spec, randomInt);
    tables.forEach((table, t) => {
      for (let h = 0; h < spec.handsPerSession; h++) {
        hands.push(playHand(`s${session}-t${t}-h${h}`, table, h % table.length, bots, spec, randomInt, random));
      }
    });
  }
  return hands;
}
