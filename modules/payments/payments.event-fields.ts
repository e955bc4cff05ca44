import { z } from 'zod';
import { isStorableText, storableText } from '../../src/graphql/text-input.js';
import { isCurrency, MAX_AMOUNT } from '../../src/money.js';
import type { ProviderEvent } from './payments.gateway.js';

/**
 * The field types a provider's event is checked against at its adapter's edge, once, so that
 * what reaches payments.webhooks.ts is a ProviderEvent with exact types: ids are non-empty,
 * bounded, storable strings; amounts are bigints in [0, 2^63 − 1]; currencies are upper-case
 * ISO 4217 codes; dates are valid; free text is cleaned (never refused) and bounded.
 */

/** A provider's or our own identifier (Stripe ids are at most 255 characters; Adyen's pspReference 16). */
export const providerId = z
  .string()
  .min(1)
  .max(255)
  .refine(isStorableText, 'must not hold a NUL or an unpaired surrogate');

/** A provider's code word: an event type or code (`payment_intent.succeeded`, `AUTHORISATION`), a status. */
export const providerWord = z
  .string()
  .min(1)
  .max(100)
  .refine(isStorableText, 'must not hold a NUL or an unpaired surrogate');

/** A provider's free text (a refusal reason): characters PostgreSQL cannot store become U+FFFD; at most 500 characters. */
export const freeText = z.string().transform((text) => storableText(text.slice(0, 500)));

/** An ISO 4217 code, any case (Stripe sends `eur`), normalised to upper case. */
export const currencyCode = z
  .string()
  .regex(/^[A-Za-z]{3}$/, 'must be a three-letter ISO 4217 code')
  .transform((code) => code.toUpperCase())
  .refine(isCurrency, 'must be an ISO 4217 code');

/**
 * An amount in minor units sent as a JSON number. JSON.parse gives a double, exact only up to
 * 2^53 − 1, so a larger number is refused rather than rounded (no provider sends such amounts).
 */
export const jsonIntegerAmount = z
  .number()
  .refine((n) => Number.isSafeInteger(n), 'must be a whole number of minor units, at most 2^53 − 1 as a JSON number')
  .refine((n) => n >= 0, 'must not be negative')
  .transform((n) => BigInt(n));

/** An amount in minor units sent as a decimal string: digits only, no sign, no leading zero, at most 2^63 − 1. */
export const decimalStringAmount = z
  .string()
  .regex(/^(0|[1-9][0-9]{0,18})$/, 'must be a whole number of minor units')
  .transform((text) => BigInt(text))
  .refine((n) => n <= MAX_AMOUNT, `must be at most ${MAX_AMOUNT}`);

/** Seconds since the epoch (Stripe's timestamps), up to the year 9999. */
export const unixSeconds = z
  .number()
  .int()
  .min(0)
  .max(253_402_300_799, 'must be a date before the year 10000')
  .transform((seconds) => new Date(seconds * 1000));

/** An ISO 8601 date and time (Adyen's), up to the year 9999. */
export const isoDateTime = z
  .string()
  .max(64)
  .transform((text) => new Date(text))
  .refine((date) => !Number.isNaN(date.getTime()) && date.getUTCFullYear() >= 1970 && date.getUTCFullYear() <= 9999, 'must be an ISO 8601 date and time');

/** The first problem of a failed parse, as a short storable reason (`data.object.amount: must not be negative`). */
export function malformedReason(error: z.ZodError): string {
  const issue = error.issues[0];
  const where = issue?.path.map(String).join('.') || 'event';
  return storableText(`${where}: ${issue?.message ?? 'invalid'}`.slice(0, 300));
}

/**
 * The checks that depend on the event's meaning rather than on one field: money that moves
 * must be more than zero (a succeeded deposit, a paid payout). A failed authorisation or a
 * dispute may carry 0 (the dispute then takes the payment's amount).
 */
export function meaningProblem(event: ProviderEvent): string | null {
  if (event.kind === 'payment' && event.status === 'SUCCEEDED' && event.amount <= 0n) return 'amount: must be more than zero for a succeeded payment';
  if (event.kind === 'payout' && event.status === 'PAID' && event.amount <= 0n) return 'amount: must be more than zero for a paid payout';
  return null;
}
