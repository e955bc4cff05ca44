/**
 * A dialect: one aggregator's wire format for the seamless wallet callbacks. It turns a
 * verified request into a canonical command, and a canonical result into its response.
 * The rules (idempotency, rounds, bonus split, limits) live in SQL and are the same for every
 * dialect; a second aggregator is one new file beside hub88.ts, registered in ./index.ts.
 */

/** The callbacks every dialect maps onto (money and balance; a player's details are a UserInfoRequest). */
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
  /** A free bet (a bet only; absent: not free): it debits nothing and is one of the free bets of the player's reward `reward`. */
  free?: boolean;
  /** The aggregator's id of the reward a free bet belongs to (a bonus grant's reward_uuid). */
  reward?: string | null;
}

/** Refusals, canonical; each dialect maps them to its own codes (docs/seamless-wallet.md). */
export const CALLBACK_ERRORS = [
  'INVALID_SIGNATURE',
  'INVALID_PARTNER',
  'BAD_REQUEST',
  /** A field of the wrong JSON type (a string where a number is due, ...). */
  'WRONG_TYPES',
  /** A game code that is not an enabled game of the tenant's catalogue. */
  'INVALID_GAME',
  /** A bet larger than the max bet of the bonus grant it would feed (docs/bonus.md). */
  'BET_LIMIT_EXCEEDED',
  /**
   * A free bet with no free bet to play: no active free-bet grant with its reward id, or the
   * grant expired, the game is not one of its games, the stake is not its stake, or all are used.
   */
  'FREE_BET_NOT_AVAILABLE',
  /** A player id unknown in the tenant (user info). */
  'UNKNOWN_USER',
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
  /** The posting would take a balance past 2^63 - 1 minor units (a huge win). */
  'BALANCE_OVERFLOW',
  'INTERNAL',
] as const;
export type CallbackError = (typeof CALLBACK_ERRORS)[number];

export interface Balance {
  cash: bigint;
  bonus: bigint;
}

export type CallbackResult =
  | { ok: true; balance: Balance; currency: string; replay: boolean }
  | { ok: true; userInfo: { player: string } }
  | { ok: false; error: CallbackError; balance?: Balance; currency?: string; detail?: Record<string, unknown> };

/** A request for a player's details (no money, no session). */
export interface UserInfoRequest {
  player: string;
}

/** Why a request makes no command: the refusals a dialect decides alone. */
export type ParseError = Extract<CallbackError, 'BAD_REQUEST' | 'WRONG_TYPES' | 'WRONG_CURRENCY'>;

/** What the dialect parsed: a command, a user-info request, or why there is neither. */
export type Parsed = { command: Command } | { userInfo: UserInfoRequest } | { error: ParseError; message: string };

export interface DialectResponse {
  status: number;
  /** JSON; a bigint is written as a JSON integer of its exact digits. */
  body: unknown;
  /** Seconds, sent as Retry-After: set on the 503 of a database outage (docs/seamless-wallet.md). */
  retryAfter?: number;
}

export interface Dialect {
  /** The name providers are configured with ('hub88'). */
  readonly name: string;
  /** The header carrying the signature over the raw body (base64). */
  readonly signatureHeader: string;
  /** The command a request makes: `operation` is the path after /seamless/<tenant>/<provider>/. */
  parse(operation: string, body: unknown): Parsed;
  /**
   * The response to a request (its parsed body, possibly not an object or null when it is not
   * JSON) for a result. Also the answer for an unknown tenant or provider (INVALID_PARTNER).
   */
  render(result: CallbackResult, body: unknown, command: Command | null): DialectResponse;
}
