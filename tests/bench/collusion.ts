/**
 * Collusion scoring benchmark (npm run bench:collusion; docs/risk.md "Poker collusion"): a
 * larger simulated population than the unit test, with planted soft-play and chip-dumping pairs,
 * and an all-honest population of the same size. Prints the AUC of the planted pairs, the
 * false-positive rate of the flagging rule on the honest population, the scoring speed in hands
 * per second, and the same-run baseline: the time to only replay the hands through the engine,
 * as a ratio.
 *
 * Settings (environment): COLLUSION_BENCH_PLAYERS (default 36), COLLUSION_BENCH_SESSIONS (40),
 * COLLUSION_BENCH_HANDS (50 per table and session), COLLUSION_BENCH_SEED (11).
 */
import { performance } from 'node:perf_hooks';
import type { HandState } from '../../modules/poker/engine/index.js';
import { auc, emptyPair, isFlagged, mergePair, observeHand, pairKey, replay, scorePair, FLAG_THRESHOLD, MIN_HANDS, type PairStats } from '../../modules/risk/collusion.score.js';
import { playerName, simulate, type PlantedPair } from '../helpers/collusion-sim.js';

const players = Number(process.env.COLLUSION_BENCH_PLAYERS ?? 36);
const sessions = Number(process.env.COLLUSION_BENCH_SESSIONS ?? 40);
const handsPerSession = Number(process.env.COLLUSION_BENCH_HANDS ?? 50);
const seed = Number(process.env.COLLUSION_BENCH_SEED ?? 11);

const planted: PlantedPair[] = [0, 1, 2, 3, 4, 5].map((k) => ({ a: playerName(2 * k), b: playerName(2 * k + 1), kind: k < 3 ? 'SOFT' : 'DUMP' }));

function score(hands: readonly HandState[]): { pairs: Map<string, PairStats>; ms: number } {
  const started = performance.now();
  const pairs = new Map<string, PairStats>();
  for (const hand of hands) {
    for (const [key, { stats }] of observeHand(hand).pairs) {
      if (!pairs.has(key)) pairs.set(key, emptyPair());
      mergePair(pairs.get(key)!, stats);
    }
  }
  return { pairs, ms: performance.now() - started };
}

function replayMs(hands: readonly HandState[]): number {
  const started = performance.now();
  for (const hand of hands) replay(hand);
  return performance.now() - started;
}

const simStarted = performance.now();
const colluding = simulate({ seed, players, sessions, handsPerSession, planted });
const honest = simulate({ seed: seed + 1, players, sessions, handsPerSession, planted: [] });
const simMs = performance.now() - simStarted;

const withPlanted = score(colluding);
const allHonest = score(honest);
const replayed = replayMs(colluding) + replayMs(honest);

const keys = new Set(planted.map((p) => pairKey(p.a, p.b)));
const ranked = [...withPlanted.pairs].map(([key, stats]) => ({ key, stats, score: scorePair(stats).score })).sort((x, y) => y.score - x.score);
const positives = ranked.filter((r) => keys.has(r.key));
const negatives = ranked.filter((r) => !keys.has(r.key));
const honestPairs = [...allHonest.pairs.values()];
const falsePositives = honestPairs.filter((s) => isFlagged(s)).length;
const honestScores = honestPairs.map((s) => scorePair(s).score).sort((x, y) => y - x);
const totalHands = colluding.length + honest.length;
const scoringMs = withPlanted.ms + allHonest.ms;

console.log(`collusion bench: ${players} players, ${sessions} sessions x ${handsPerSession} hands per 6-max table, seed ${seed}`);
console.log(`hands: ${colluding.length} with ${planted.length} planted pairs (3 soft play, 3 chip dumping) + ${honest.length} all honest; simulated in ${(simMs / 1000).toFixed(1)} s`);
console.log(`AUC (planted vs other pairs of their population, ${positives.length} vs ${negatives.length}): ${auc(positives.map((r) => r.score), negatives.map((r) => r.score)).toFixed(4)}`);
console.log(`planted ranks: ${positives.map((r) => ranked.indexOf(r) + 1).join(', ')} of ${ranked.length}; flagged ${positives.filter((r) => isFlagged(r.stats)).length} of ${positives.length}`);
console.log(`false-positive rate (all honest, score >= ${FLAG_THRESHOLD} after >= ${MIN_HANDS} hands): ${falsePositives} of ${honestPairs.length} = ${((100 * falsePositives) / honestPairs.length).toFixed(2)} %; highest honest score ${honestScores[0]!.toFixed(3)}`);
console.log(`scoring: ${totalHands} hands in ${(scoringMs / 1000).toFixed(2)} s = ${Math.round(totalHands / (scoringMs / 1000))} hands/s`);
console.log(`baseline (replay only through the engine): ${(replayed / 1000).toFixed(2)} s = ${Math.round(totalHands / (replayed / 1000))} hands/s; scoring / replay = ${(scoringMs / replayed).toFixed(1)}x`);
