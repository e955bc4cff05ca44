/**
 * A dialect: one aggregator's wire format for the seamless wallet callbacks. It turns a
 * verified request into a canonical command, and a canonical result into its response.
 * The rules (idempotency, rounds, bonus split, limits) live in SQL and are the same for every
 * dialect; a second aggregator is one new file beside hub88.ts, registered in ./index.ts.
 */

/** The callbacks every dialect maps onto. */
export type Operation = 'balance' | 'bet' | 'win' | 'rollback';

/** A callback, canonical. Amounts are integer minor units. */
export interface Command {
  op: Operation;
  /** The player's id as the session names it (the ledger's owner id). */
  player: string;
  /** The session token, as issued by createGameSession. */
  token: string;
  currency: string;
  game: string | null;
  /** The aggregator's transaction id (idempotency key); null for balance. */
  tx: string | null;
  round: string | null;
  amount: bigint;
  /** The transaction a win or rollback refers to. */
  ref: string | null;
  /** A win closes its round unless the aggregator says otherwise. */
  closeRound: boolean;
}

/** Refusals, canonical; each dialect maps them to its own codes (docs/seamless-wallet.md). */
export const CALLBACK_ERRORS = [
  'INVALID_SIGNATURE',
  'INVALID_PARTNER',
  'BAD_REQUEST',
  'INVALID_TOKEN',
  'TOKEN_EXPIRED',
  'WRONG_CURRENCY',
  'INSUFFICIENT_FUNDS',
  'LIMIT_REACHED',
  'ACCOUNT_FROZEN',
  'DUPLICATE_TRANSACTION',
  'TRANSACTION_NOT_FOUND',
  'TRANSACTION_ROLLED_BACK',
  'ROLLBACK_AFTER_WIN',
  'ROUND_CLOSED',
  'INTERNAL',
] as const;
export type CallbackError = (typeof CALLBACK_ERRORS)[number];

export interface Balance {
  cash: bigint;
  bonus: bigint;
}

export type CallbackResult =
  | { ok: true; balance: Balance; currency: string; replay: boolean }
  | { ok: false; error: CallbackError; balance?: Balance; currency?: string; detail?: Record<string, unknown> };

/** What the dialect parsed: a command, or why there is none. */
export type Parsed = { command: Command } | { error: 'BAD_REQUEST'; message: string };

export interface DialectResponse {
  status: number;
  body: unknown;
}

export interface Dialect {
  /** The name providers are configured with ('hub88'). */
  readonly name: string;
  /** The header carrying the signature over the raw body (base64). */
  readonly signatureHeader: string;
  /** The command a request makes: `operation` is the path after /seamless/<tenant>/<provider>/. */
  parse(operation: string, body: unknown): Parsed;
  /** The response to a request (its parsed body, possibly not an object) for a result. */
  render(result: CallbackResult, body: unknown, command: Command | null): DialectResponse;
}
