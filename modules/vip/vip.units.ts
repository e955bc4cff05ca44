import { POINTS_UNIT } from '../wallet/index.js';

/**
 * Points are kept on the ledger in hundredths (POINTS accounts, unit PTS): 1 point = 100 units.
 * Every amount of points in the code is a bigint of hundredths; GraphQL shows them as a decimal
 * string with two places ("12.34").
 */
export const POINT = 100n;
export { POINTS_UNIT };

const DECIMAL = /^(0|[1-9][0-9]{0,15})(\.[0-9]{1,2})?$/;

/** "12.3" → 1230n; null when it is not a non-negative decimal of at most two places. */
export function parsePoints(value: string): bigint | null {
  if (!DECIMAL.test(value)) return null;
  const [whole, fraction = ''] = value.split('.');
  return BigInt(whole!) * POINT + BigInt(fraction.padEnd(2, '0'));
}

/** 1230n → "12.30"; negative amounts keep their sign. */
export function formatPoints(units: bigint): string {
  const sign = units < 0n ? '-' : '';
  const abs = units < 0n ? -units : units;
  return `${sign}${abs / POINT}.${(abs % POINT).toString().padStart(2, '0')}`;
}

/**
 * The points (hundredths) a real-money stake or rake share earns: `basis` minor units at
 * `weightPct` percent and the tier's `rateBp` (10000 = 1x), where `perPoint` minor units earn one
 * point. Rounded down per source event.
 */
export function pointsFor(basis: bigint, weightPct: number, rateBp: number, perPoint: bigint): bigint {
  if (basis <= 0n || weightPct <= 0 || rateBp <= 0 || perPoint <= 0n) return 0n;
  return (basis * BigInt(weightPct) * BigInt(rateBp) * POINT) / (perPoint * 100n * 10_000n);
}
