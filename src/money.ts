import { ValidationError } from './errors.js';

/** The largest amount a bigint column holds: 2^63 − 1 minor units. */
export const MAX_AMOUNT = 2n ** 63n - 1n;

const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

/**
 * A positive amount in minor units, from its decimal string (how amounts cross GraphQL).
 * No sign, no fraction, no exponent, no leading zeros; at most 2^63 − 1.
 */
export function parseAmount(value: string, path: string[]): bigint {
  if (!/^[1-9][0-9]{0,18}$/.test(value)) {
    throw new ValidationError([{ path, message: 'must be a positive whole number of minor units, as a string' }]);
  }
  const amount = BigInt(value);
  if (amount > MAX_AMOUNT) throw new ValidationError([{ path, message: `must be at most ${MAX_AMOUNT}` }]);
  return amount;
}

/** An ISO 4217 code the platform knows, upper case. */
export function isCurrency(code: string): boolean {
  return CURRENCIES.has(code);
}
