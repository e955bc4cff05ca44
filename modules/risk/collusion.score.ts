/**
 * Collusion scoring of finished hands (docs/risk.md "Poker collusion"), in the spirit of
 * Mazrooei, Archibald and Bowling (AAAI 2013): for each decision of player i in a hand with
 * player j, how much i's action changed j's expected chips compared with what the baseline
 * (honest) policy would have done, valued with the equity at that point rather than the
 * hand's outcome (variance reduction). Colluders' actions help each other systematically;
 * honest players' deviations from the baseline help everyone alike and average out.
 *
 * Pure: a finished HandState (with every hole card, as poker_hand.state keeps it) in, per pair
 * statistics out. Deterministic: the Monte Carlo draws are seeded from the hand's id.
 */
import { apply, createHand, legalActions, seededRandomInt, type Action, type HandState } from '../poker/engine/index.js';
import { codesOf, equityAmong, runouts, seedOf, strength, type Runouts } from './collusion.equity.js';
import { actionOdds, raiseTo } from './collusion.policy.js';

/** One player's side of a pair's statistics (i's actions towards j). */
export interface SideStats {
  /** Decisions i made with j still in the hand. */
  decisions: number;
  /** Σ over those decisions of (j's expected chips after i's action − after the baseline's), in big blinds. */
  impactBb: number;
  /** Σ over the same decisions of the mean of that impact on the other players still in (0 when j was the only one): what i's play does to anyone. */
  fieldImpactBb: number;
  /** Times i faced a bet or raise made by j, and what i did. */
  facedPartner: number;
  foldsToPartner: number;
  raisesVsPartner: number;
  /** Times i faced a bet or raise made by someone else in a hand j was dealt in, and what i did. */
  facedField: number;
  foldsToField: number;
  raisesVsField: number;
  /** Chip-dumping patterns: i made a large bet or raise (≥ half the pot), then folded to j's aggression while i's equity was at least j's. */
  dumps: number;
}

/** A pair's statistics; `a` is the player whose id sorts first. */
export interface PairStats {
  hands: number;
  /** Net chips (in big blinds) that moved from a to b (negative: b to a), losers' losses shared among the winners by their wins. */
  flowBb: number;
  a: SideStats;
  b: SideStats;
}

export interface ScoringOptions {
  /** Monte Carlo runouts per street before the turn (default 100). */
  samples?: number;
  /** Monte Carlo deals of the strength estimate (default 50). */
  strengthSamples?: number;
}

/** A hand's contribution to each pair of its players, keyed `a:b` (a < b). */
export interface HandObservation {
  handId: string | null;
  pairs: Map<string, { a: string; b: string; stats: PairStats }>;
}

export const emptySide = (): SideStats => ({
  decisions: 0,
  impactBb: 0,
  fieldImpactBb: 0,
  facedPartner: 0,
  foldsToPartner: 0,
  raisesVsPartner: 0,
  facedField: 0,
  foldsToField: 0,
  raisesVsField: 0,
  dumps: 0,
});
export const emptyPair = (): PairStats => ({ hands: 0, flowBb: 0, a: emptySide(), b: emptySide() });

export const pairKey = (x: string, y: string) => (x < y ? `${x}:${y}` : `${y}:${x}`);

function addSide(into: SideStats, from: SideStats): void {
  for (const key of Object.keys(into) as (keyof SideStats)[]) into[key] += from[key];
}

/** Adds `from` into `into` (in place) and returns it. */
export function mergePair(into: PairStats, from: PairStats): PairStats {
  into.hands += from.hands;
  into.flowBb += from.flowBb;
  addSide(into.a, from.a);
  addSide(into.b, from.b);
  return into;
}

/** The hand as it was dealt: the engine's starting state, from which its actions are replayed. */
export function startOf(state: HandState): HandState {
  const { config } = state;
  const created = createHand(
    {
      variant: config.variant,
      smallBlind: config.smallBlind,
      bigBlind: config.bigBlind,
      ante: config.ante,
      bigBlindAnte: config.bigBlindAnte,
      minBet: config.minBet,
      rake: config.rake,
      burnCards: config.burnCards,
      ...(config.handId === null ? {} : { handId: config.handId }),
    },
    state.players.map((p) => ({ seat: p.seat, stack: p.startingStack, ...(p.playerId === null ? {} : { playerId: p.playerId }) })),
    state.buttonSeat,
    state.deck,
  );
  if (!created.ok) throw new Error(`hand ${config.handId ?? '?'} does not replay: ${created.error.code} ${created.error.message}`);
  return created.state;
}

/** The actions of a finished hand, in order, as the engine takes them. */
export function actionsOf(state: HandState): Action[] {
  const out: Action[] = [];
  for (const e of state.events) {
    if (e.type !== 'ACTION') continue;
    out.push(e.action === 'bet' || e.action === 'raise' ? { seat: e.seat, type: e.action, amount: e.to } : { seat: e.seat, type: e.action });
  }
  return out;
}

/** Replays a finished hand through the engine (what scoring costs beyond equity). */
export function replay(state: HandState): HandState {
  let s = startOf(state);
  for (const action of actionsOf(state)) {
    const next = apply(s, action);
    if (!next.ok) throw new Error(`hand ${state.config.handId ?? '?'} does not replay: ${next.error.code}`);
    s = next.state;
  }
  return s;
}

const potOf = (s: HandState) => s.players.reduce((sum, p) => sum + p.totalBet + p.ante, 0);

/**
 * Observes a finished NLHE hand: for every pair of its players (both with ids), the hand's
 * statistics. Hands of other variants, or without every hole card, give no pairs.
 */
export function observeHand(state: HandState, options: ScoringOptions = {}): HandObservation {
  const handId = state.config.handId;
  const pairs: HandObservation['pairs'] = new Map();
  const players = state.players;
  const n = players.length;
  if (state.config.variant !== 'NLHE' || state.status !== 'COMPLETE' || players.some((p) => p.playerId === null || p.hole.length !== 2)) return { handId, pairs };
  const ids = players.map((p) => p.playerId!);
  const bb = state.config.bigBlind;
  const samples = options.samples ?? 100;
  const strengthSamples = options.strengthSamples ?? 50;
  const random = seededRandomInt(seedOf(handId ?? JSON.stringify(state.deck)));
  const holes = players.map((p) => codesOf(p.hole));

  // side[i][j]: i's actions towards j.
  const side: SideStats[][] = Array.from({ length: n }, () => Array.from({ length: n }, emptySide));
  const bigBet = new Array<boolean>(n).fill(false);
  const runsByStreet = new Map<number, Runouts>();
  const strengthCache = new Map<string, number>();

  let s = startOf(state);
  for (const action of actionsOf(state)) {
    const i = s.toAct;
    const legal = legalActions(s)!;
    const boardCodes = codesOf(s.board);
    let runs = runsByStreet.get(boardCodes.length);
    if (!runs) runsByStreet.set(boardCodes.length, (runs = runouts(holes, boardCodes, random, samples)));
    const live = s.players.map((p) => !p.folded);
    const equityNow = equityAmong(runs, live);
    const equityIfFold = equityAmong(runs, live.map((l, k) => l && k !== i));
    const opponents = live.filter(Boolean).length - 1;
    const key = `${i}:${boardCodes.length}:${opponents}`;
    let mine = strengthCache.get(key);
    if (mine === undefined) strengthCache.set(key, (mine = strength(holes[i]!, boardCodes, opponents, random, strengthSamples)));
    const pot = potOf(s);
    const me = s.players[i]!;
    const raiseRange = legal.actions.find((a) => a.type === 'bet' || a.type === 'raise') as { min: number; max: number } | undefined;
    const callAdds = Math.min(legal.toCall, me.stack);
    const odds = actionOdds({ strength: mine, opponents, toCall: legal.toCall, pot, canRaise: raiseRange !== undefined });
    const baselineTo = raiseRange ? raiseTo(s.currentBet, legal.toCall, pot, raiseRange.min, raiseRange.max) : 0;
    const actualAdds = action.type === 'call' ? callAdds : action.type === 'bet' || action.type === 'raise' ? action.amount - me.streetBet : 0;
    const raiseAdds = action.type === 'bet' || action.type === 'raise' ? actualAdds : baselineTo - me.streetBet;
    const aggressor = legal.toCall > 0 && s.aggressor >= 0 && s.aggressor !== i ? s.aggressor : -1;

    const impact = new Array<number>(n).fill(0);
    for (let j = 0; j < n; j++) {
      if (j === i || !live[j]) continue;
      // j's expected chips at a point: equity × pot − what j put in. A call adds chips to the pot;
      // a fold hands i's equity to the others; a bet or raise of `adds` chips makes j answer, and
      // j answers as the baseline would: folds (losing its share of the pot) or pays to stay in.
      const eq = equityNow[j]!;
      const folded = (equityIfFold[j]! - eq) * pot;
      const raised = (adds: number) => {
        const owes = Math.min(s.players[j]!.stack, me.streetBet + adds - s.players[j]!.streetBet);
        const keyJ = `${j}:${boardCodes.length}:${opponents}`;
        let theirs = strengthCache.get(keyJ);
        if (theirs === undefined) strengthCache.set(keyJ, (theirs = strength(holes[j]!, boardCodes, opponents, random, strengthSamples)));
        const answer = actionOdds({ strength: theirs, opponents, toCall: owes, pot: pot + adds, canRaise: false });
        return answer.passive * -eq * pot + (1 - answer.passive) * (eq * (adds + owes) - owes);
      };
      const passive = legal.toCall > 0 ? folded : 0;
      const actual = action.type === 'fold' ? folded : action.type === 'bet' || action.type === 'raise' ? raised(actualAdds) : eq * actualAdds;
      const expected = odds.passive * passive + odds.call * eq * callAdds + (odds.raise > 0 ? odds.raise * raised(raiseAdds) : 0);
      impact[j] = (actual - expected) / bb;
    }
    const impactSum = impact.reduce((sum, x) => sum + x, 0);
    for (let j = 0; j < n; j++) {
      if (j === i || !live[j]) continue;
      const st = side[i]![j]!;
      st.decisions += 1;
      st.impactBb += impact[j]!;
      if (opponents > 1) st.fieldImpactBb += (impactSum - impact[j]!) / (opponents - 1);
    }
    if (aggressor >= 0) {
      for (let j = 0; j < n; j++) {
        if (j === i) continue;
        const st = side[i]![j]!;
        const raised = action.type === 'raise' || action.type === 'bet';
        if (aggressor === j) {
          st.facedPartner += 1;
          if (action.type === 'fold') st.foldsToPartner += 1;
          if (raised) st.raisesVsPartner += 1;
          if (action.type === 'fold' && bigBet[i] && equityNow[i]! >= equityNow[j]!) st.dumps += 1;
        } else {
          st.facedField += 1;
          if (action.type === 'fold') st.foldsToField += 1;
          if (raised) st.raisesVsField += 1;
        }
      }
    }
    if ((action.type === 'bet' || action.type === 'raise') && actualAdds * 2 >= pot) bigBet[i] = true;

    const next = apply(s, action);
    if (!next.ok) throw new Error(`hand ${handId ?? '?'} does not replay: ${next.error.code} ${next.error.message}`);
    s = next.state;
  }

  // Chip flow: each loser's loss shared among the winners in proportion to their wins.
  const net = state.result!.players.map((p) => p.net);
  const gains = net.reduce((sum, x) => sum + Math.max(0, x), 0);
  const flow = (from: number, to: number) => (gains > 0 && net[from]! < 0 && net[to]! > 0 ? (-net[from]! * net[to]!) / gains : 0);
  for (let x = 0; x < n; x++) {
    for (let y = x + 1; y < n; y++) {
      const [a, b] = ids[x]! < ids[y]! ? [x, y] : [y, x];
      pairs.set(pairKey(ids[a]!, ids[b]!), {
        a: ids[a]!,
        b: ids[b]!,
        stats: { hands: 1, flowBb: (flow(a, b) - flow(b, a)) / bb, a: side[a]![b]!, b: side[b]![a]! },
      });
    }
  }
  return { handId, pairs };
}

// ---------------------------------------------------------------- the pair score

/** Weights of the parts and the flagging rule (docs/risk.md states them). */
export const SCORE_WEIGHTS = { impact: 1, softPlay: 1, dumping: 0.5 } as const;
/** Pseudo-observations pulling a partner rate towards the field rate (shrinkage of small samples). */
export const SHRINK = 10;
/** Pseudo-hands of no impact and no dumping added to a pair's hands, so few hands cannot make a high score. */
export const SHRINK_HANDS = 100;
/** A pair is flagged when it has played at least this many hands together and its score is at least the threshold. */
export const MIN_HANDS = 200;
export const FLAG_THRESHOLD = 0.8;

export interface ScoreParts {
  /** Σ of both players' impact on each other less their impact on the rest of the table, big blinds per (hand together + SHRINK_HANDS). */
  impact: number;
  /** Fold-to-partner excess plus raise-vs-partner deficit, both players, against their field rates. */
  softPlay: number;
  /** Dumping patterns per 100 (hands together + SHRINK_HANDS). */
  dumping: number;
  /** SCORE_WEIGHTS-weighted sum. */
  score: number;
}

function softPlayOf(s: SideStats): number {
  const fieldFold = (s.foldsToField + 1) / (s.facedField + 2);
  const fieldRaise = (s.raisesVsField + 1) / (s.facedField + 2);
  const partnerFold = (s.foldsToPartner + SHRINK * fieldFold) / (s.facedPartner + SHRINK);
  const partnerRaise = (s.raisesVsPartner + SHRINK * fieldRaise) / (s.facedPartner + SHRINK);
  return partnerFold - fieldFold + (fieldRaise - partnerRaise);
}

/** A pair's score and its parts; 0 for a pair without hands. */
export function scorePair(stats: PairStats): ScoreParts {
  if (stats.hands === 0) return { impact: 0, softPlay: 0, dumping: 0, score: 0 };
  const impact = (stats.a.impactBb - stats.a.fieldImpactBb + stats.b.impactBb - stats.b.fieldImpactBb) / (stats.hands + SHRINK_HANDS);
  const softPlay = softPlayOf(stats.a) + softPlayOf(stats.b);
  const dumping = ((stats.a.dumps + stats.b.dumps) * 100) / (stats.hands + SHRINK_HANDS);
  const score = SCORE_WEIGHTS.impact * impact + SCORE_WEIGHTS.softPlay * softPlay + SCORE_WEIGHTS.dumping * dumping;
  return { impact, softPlay, dumping, score };
}

/** Whether the pair is flagged (enough hands together and a score at the threshold). */
export function isFlagged(stats: PairStats, parts: ScoreParts = scorePair(stats)): boolean {
  return stats.hands >= MIN_HANDS && parts.score >= FLAG_THRESHOLD;
}

/** The area under the ROC curve of scores for positives against negatives (ties count half). */
export function auc(positives: readonly number[], negatives: readonly number[]): number {
  if (positives.length === 0 || negatives.length === 0) return NaN;
  let wins = 0;
  for (const p of positives) for (const q of negatives) wins += p > q ? 1 : p === q ? 0.5 : 0;
  return wins / (positives.length * negatives.length);
}
