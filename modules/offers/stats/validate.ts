/** Input checks shared by the statistics; each throws a plain Error naming the function and the problem. */
import type { ArmSummary, MetricKind } from './types.js';

export function checkKind(fn: string, kind: MetricKind): void {
  if (kind !== 'BINARY' && kind !== 'GAUSSIAN') throw new Error(`${fn}: kind must be BINARY or GAUSSIAN (got ${String(kind)})`);
}

export function checkArm(fn: string, arm: ArmSummary, kind: MetricKind): void {
  const key = typeof arm?.key === 'string' ? arm.key : '?';
  if (typeof arm?.key !== 'string' || arm.key.length === 0) throw new Error(`${fn}: every arm needs a non-empty key`);
  if (!Number.isInteger(arm.n) || arm.n < 0) throw new Error(`${fn}: arm ${key}: n must be an integer ≥ 0 (got ${arm.n})`);
  if (!Number.isFinite(arm.mean)) throw new Error(`${fn}: arm ${key}: mean must be finite (got ${arm.mean})`);
  if (!Number.isFinite(arm.variance) || arm.variance < 0) throw new Error(`${fn}: arm ${key}: variance must be finite and ≥ 0 (got ${arm.variance})`);
  if (kind === 'BINARY' && (arm.mean < 0 || arm.mean > 1)) throw new Error(`${fn}: arm ${key}: a BINARY mean is a rate in [0, 1] (got ${arm.mean})`);
}

export function checkArms(fn: string, arms: readonly ArmSummary[], kind: MetricKind, minArms: number): void {
  checkKind(fn, kind);
  if (!Array.isArray(arms) || arms.length < minArms) throw new Error(`${fn}: needs at least ${minArms} arm(s) (got ${Array.isArray(arms) ? arms.length : 'none'})`);
  const seen = new Set<string>();
  for (const arm of arms) {
    checkArm(fn, arm, kind);
    if (seen.has(arm.key)) throw new Error(`${fn}: arm key ${arm.key} appears twice`);
    seen.add(arm.key);
  }
}

export const WEIGHT_TOLERANCE = 1e-9;

/** Weights over exactly `keys` (when given), each finite and ≥ 0, summing to 1 within 1e-9. */
export function checkWeights(fn: string, what: string, weights: Record<string, number>, keys?: readonly string[]): void {
  if (weights === null || typeof weights !== 'object') throw new Error(`${fn}: ${what} must be an object of weights`);
  const entries = Object.entries(weights);
  if (entries.length === 0) throw new Error(`${fn}: ${what} has no weights`);
  let sum = 0;
  for (const [k, w] of entries) {
    if (typeof w !== 'number' || !Number.isFinite(w) || w < 0) throw new Error(`${fn}: ${what}: weight of ${k} must be finite and ≥ 0 (got ${String(w)})`);
    sum += w;
  }
  if (Math.abs(sum - 1) > WEIGHT_TOLERANCE) throw new Error(`${fn}: ${what} must sum to 1 within 1e-9 (sum ${sum})`);
  if (keys) {
    const missing = keys.filter((k) => !(k in weights));
    const extra = entries.map(([k]) => k).filter((k) => !keys.includes(k));
    if (missing.length || extra.length) {
      throw new Error(`${fn}: ${what} must have exactly the arms' keys (missing: ${missing.join(', ') || 'none'}; unknown: ${extra.join(', ') || 'none'})`);
    }
  }
}

export function checkConfidence(fn: string, confidence: number): void {
  if (!(confidence > 0 && confidence < 1)) throw new Error(`${fn}: confidence must be in (0, 1) (got ${confidence})`);
}
