import { builder } from '../builder.js';
import { formatDecimal } from '../money.js';

/** An amount with its currency, as resolvers hand it to the `Money` type. */
export interface MoneyValue {
  amount: bigint | string;
  /** The currency, or how to read it when it lives on another row (read only if `currency` or `decimal` is selected). */
  currency: string | (() => Promise<string>);
}

export function money(amount: bigint | string, currency: string | (() => Promise<string>)): MoneyValue {
  return { amount, currency };
}

function currencyOf(value: MoneyValue): string | Promise<string> {
  return typeof value.currency === 'string' ? value.currency : value.currency();
}

/** `Money { amount currency decimal }`: every amount the API returns. */
export const MoneyType = builder.objectRef<MoneyValue>('Money').implement({
  description: 'An amount of money: exact minor units with their currency, and the same amount written as a decimal.',
  fields: (t) => ({
    amount: t.field({ type: 'MinorUnits', description: 'The amount in minor units (cents, kuruş, fils), as a string: exact, never a float.', resolve: (m) => m.amount }),
    currency: t.field({ type: 'Currency', description: 'The ISO 4217 code of the currency.', resolve: (m) => currencyOf(m) }),
    decimal: t.string({
      description: 'The amount as a decimal string by the currency\'s exponent: "12.50" EUR, "1250" JPY, "1.250" KWD. For display; compute with `amount`.',
      resolve: async (m) => formatDecimal(m.amount, await currencyOf(m)),
    }),
  }),
});

/** `MoneyInput { amount currency }`: an amount a client sends with its currency. */
export const MoneyInput = builder.inputType('MoneyInput', {
  description: 'An amount with its currency.',
  fields: (t) => ({
    amount: t.field({ type: 'MinorUnits', required: true, description: 'Minor units, a positive whole number as a string ("1250" is 12.50 EUR).' }),
    currency: t.field({ type: 'Currency', required: true, description: 'ISO 4217 code.' }),
  }),
});
