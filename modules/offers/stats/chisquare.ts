/**
 * The χ² upper tail P(X ≥ x) = Q(k/2, x/2), the regularised upper incomplete gamma, computed directly
 * so tiny p-values keep their digits (1 − cdf reads 0 below about 1e-16): a series for P when
 * x < a + 1, else a Lentz continued fraction for Q (Numerical Recipes §6.2).
 */
import chisquareCdf from '@stdlib/stats-base-dists-chisquare-cdf';

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(z) for z > 0 (Lanczos, g = 7). */
function lnGamma(z: number): number {
  if (z < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * z)) - lnGamma(1 - z);
  const x = z - 1;
  let a = LANCZOS[0]!;
  const t = x + 7.5;
  for (let i = 1; i < 9; i++) a += LANCZOS[i]! / (x + i);
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}

function upperGammaQ(a: number, x: number): number {
  if (x <= 0) return 1;
  const front = -x + a * Math.log(x) - lnGamma(a);
  if (x < a + 1) {
    let sum = 1 / a;
    let term = sum;
    for (let n = 1; n < 10_000; n++) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * 1e-16) break;
    }
    return Math.max(0, 1 - sum * Math.exp(front));
  }
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 10_000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(front) * h;
}

/** P(χ²_df ≥ x). Where the tail is not small, stdlib's cdf answers (1 − cdf); below 1e-3 the direct tail. */
export function chiSquareSurvival(x: number, df: number): number {
  if (!(df > 0) || !Number.isFinite(df)) throw new Error(`chiSquareSurvival: df must be finite and > 0 (got ${df})`);
  if (!(x >= 0)) throw new Error(`chiSquareSurvival: x must be ≥ 0 (got ${x})`);
  const viaCdf = 1 - chisquareCdf(x, df);
  return viaCdf > 1e-3 ? viaCdf : upperGammaQ(df / 2, x / 2);
}
