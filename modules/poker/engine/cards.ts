/**
 * Cards. A card is written as two characters, rank then suit, as in the PHH format:
 * ranks `23456789TJQKA`, suits `c d h s` (for example `Ah`, `Td`, `2c`).
 *
 * Inside the evaluator a card is a code 0..51: `code = rank * 4 + suit`, with rank 0 = deuce
 * .. 12 = ace and suit 0 = clubs, 1 = diamonds, 2 = hearts, 3 = spades.
 */

export const RANKS = '23456789TJQKA';
export const SUITS = 'cdhs';

export type Rank = '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9' | 'T' | 'J' | 'Q' | 'K' | 'A';
export type Suit = 'c' | 'd' | 'h' | 's';
export type Card = `${Rank}${Suit}`;

/** Card text by code 0..51. */
export const CARD_NAMES: readonly Card[] = Array.from({ length: 52 }, (_, code) => `${RANKS[code >> 2]}${SUITS[code & 3]}` as Card);

const CODE_BY_NAME = new Map<string, number>(CARD_NAMES.map((name, code) => [name, code]));

/** The code 0..51 of a card, or -1 if the text is not a card. */
export function cardCode(card: string): number {
  return CODE_BY_NAME.get(card) ?? -1;
}

export function cardName(code: number): Card {
  const name = CARD_NAMES[code];
  if (name === undefined) throw new RangeError(`not a card code: ${code}`);
  return name;
}

export function isCard(value: unknown): value is Card {
  return typeof value === 'string' && CODE_BY_NAME.has(value);
}

/** Splits concatenated card text (`AhKd` → [`Ah`, `Kd`]); throws on anything that is not cards. */
export function parseCards(text: string): Card[] {
  if (text.length % 2 !== 0) throw new SyntaxError(`not a list of cards: ${JSON.stringify(text)}`);
  const cards: Card[] = [];
  for (let i = 0; i < text.length; i += 2) {
    const card = text.slice(i, i + 2);
    if (!isCard(card)) throw new SyntaxError(`not a card: ${JSON.stringify(card)} in ${JSON.stringify(text)}`);
    cards.push(card);
  }
  return cards;
}

/** The 52 cards in a fixed order (deuce of clubs first, ace of spades last). */
export function orderedDeck(): Card[] {
  return CARD_NAMES.slice();
}
