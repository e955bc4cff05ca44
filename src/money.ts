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

const EXPONENTS = new Map<string, number>();

/**
 * The ISO 4217 exponent of a currency the platform knows (EUR 2, JPY 0, KWD 3): how many digits
 * of its minor unit follow the decimal point. Read from Intl once per currency (building a
 * NumberFormat costs tens of microseconds, too much for a hot path).
 */
export function currencyExponent(code: string): number | null {
  if (!isCurrency(code)) return null;
  let exponent = EXPONENTS.get(code);
  if (exponent === undefined) {
    exponent = new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions().maximumFractionDigits ?? 2;
    EXPONENTS.set(code, exponent);
  }
  return exponent;
}

/** Whether a string is a real calendar date written YYYY-MM-DD. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * An amount of minor units written as a decimal by its currency's exponent: 1250 EUR → "12.50",
 * 1250 JPY → "1250", 1250 KWD → "1.250", -5 EUR → "-0.05". Exact (bigint arithmetic).
 */
export function formatDecimal(amount: bigint | string, currency: string): string {
  const value = typeof amount === 'bigint' ? amount : BigInt(amount);
  const exponent = currencyExponent(currency) ?? 2;
  const sign = value < 0n ? '-' : '';
  const digits = (value < 0n ? -value : value).toString();
  if (exponent === 0) return `${sign}${digits}`;
  const padded = digits.padStart(exponent + 1, '0');
  return `${sign}${padded.slice(0, -exponent)}.${padded.slice(-exponent)}`;
}
