import { currencyExponent } from '../../../src/money.js';
import type { CallbackError, CallbackResult, Command, Dialect, Operation, Parsed, ParseError } from './dialect.js';

/**
 * Hub88's operator wallet API: POST /user/info, /user/balance, /transaction/bet,
 * /transaction/win, /transaction/rollback; JSON bodies; the signature in X-Hub88-Signature;
 * every answer is HTTP 200 (503 with RS_ERROR_UNKNOWN while the database is unavailable,
 * docs/operations.md#faults) with a `status` (RS_OK or RS_ERROR_*), echoing `user`,
 * `request_uuid` and `currency`, and the balance (cash + bonus) once the session is known.
 *
 * Hub88 amounts and balances are integers of 1/100000 of the currency's unit ($3.56 is 356000);
 * the ledger counts minor units (cents). The conversion is made here, at the edge, by the
 * currency's exponent: minor = hub88 / 10^(5 - exponent), hub88 = minor × 10^(5 - exponent).
 */
const OPERATIONS: Record<string, Operation | 'info'> = {
  'user/info': 'info',
  'user/balance': 'balance',
  'transaction/bet': 'bet',
  'transaction/win': 'win',
  'transaction/rollback': 'rollback',
};

const STATUS: Record<CallbackError, string> = {
  INVALID_SIGNATURE: 'RS_ERROR_INVALID_SIGNATURE',
  INVALID_PARTNER: 'RS_ERROR_INVALID_PARTNER',
  BAD_REQUEST: 'RS_ERROR_WRONG_SYNTAX',
  WRONG_TYPES: 'RS_ERROR_WRONG_TYPES',
  INVALID_GAME: 'RS_ERROR_INVALID_GAME',
  // Hub88 has no status for these: "general error status, for cases without a special error code"
  // (RS_ERROR_USER_DISABLED would tell Hub88 the player can place no bet at all).
  BET_LIMIT_EXCEEDED: 'RS_ERROR_UNKNOWN',
  FREE_BET_NOT_AVAILABLE: 'RS_ERROR_UNKNOWN',
  UNKNOWN_USER: 'RS_ERROR_UNKNOWN',
  INVALID_TOKEN: 'RS_ERROR_INVALID_TOKEN',
  TOKEN_EXPIRED: 'RS_ERROR_TOKEN_EXPIRED',
  WRONG_CURRENCY: 'RS_ERROR_WRONG_CURRENCY',
  INSUFFICIENT_FUNDS: 'RS_ERROR_NOT_ENOUGH_MONEY',
  // Hub88's "can't place any new bets": self-exclusion, time-out, loss and session limits.
  LIMIT_REACHED: 'RS_ERROR_USER_DISABLED',
  ACCOUNT_FROZEN: 'RS_ERROR_USER_DISABLED',
  DUPLICATE_TRANSACTION: 'RS_ERROR_DUPLICATE_TRANSACTION',
  TRANSACTION_NOT_FOUND: 'RS_ERROR_TRANSACTION_DOES_NOT_EXIST',
  // The id is taken by a tombstone: the bet was rolled back before it arrived.
  TRANSACTION_ROLLED_BACK: 'RS_ERROR_DUPLICATE_TRANSACTION',
  ROLLBACK_AFTER_WIN: 'RS_ERROR_UNKNOWN',
  ROUND_CLOSED: 'RS_ERROR_UNKNOWN',
  BALANCE_OVERFLOW: 'RS_ERROR_UNKNOWN',
  INTERNAL: 'RS_ERROR_UNKNOWN',
};

/** Hub88 counts 10^5 units per currency unit. */
const HUB88_DIGITS = 5;
const ID = /^[\x21-\x7e]{1,128}$/;
const CURRENCY = /^[A-Z]{3}$/;

type Fields = Record<string, unknown>;

/** A refusal found while parsing: its status and why. */
class Refusal {
  constructor(readonly error: ParseError, readonly message: string) {}
}

/** Hub88 units per ledger minor unit of a currency: 10^(5 - exponent), or null for a currency the platform does not know. */
function unitsPerMinor(currency: string): bigint | null {
  const exponent = currencyExponent(currency);
  return exponent === null || exponent > HUB88_DIGITS ? null : 10n ** BigInt(HUB88_DIGITS - exponent);
}

function text(body: Fields, name: string, required: boolean, pattern = ID): string | null | Refusal {
  const value = body[name];
  if (value === undefined || value === null) return required ? new Refusal('BAD_REQUEST', `${name} is required`) : null;
  if (typeof value !== 'string') return new Refusal('WRONG_TYPES', `${name} must be a string`);
  if (!pattern.test(value)) return new Refusal('BAD_REQUEST', `${name} must be 1-128 printable characters`);
  return value;
}

function flag(body: Fields, name: string): boolean | null | Refusal {
  const value = body[name];
  if (value === undefined || value === null) return null;
  return typeof value === 'boolean' ? value : new Refusal('WRONG_TYPES', `${name} must be a boolean`);
}

/** A Hub88 amount (an integer of 1/100000 units) in ledger minor units, or why it is refused. */
function amount(body: Fields, currency: string): bigint | Refusal {
  const value = body['amount'];
  if (value === undefined || value === null) return new Refusal('BAD_REQUEST', 'amount is required');
  if (typeof value !== 'number' || !Number.isInteger(value)) return new Refusal('WRONG_TYPES', 'amount must be an integer');
  if (value < 0) return new Refusal('BAD_REQUEST', 'amount must not be negative');
  // Past 2^53 a JSON number is no longer exact: the amount meant cannot be known.
  if (!Number.isSafeInteger(value)) return new Refusal('BAD_REQUEST', `amount must be at most ${Number.MAX_SAFE_INTEGER}`);
  const perMinor = unitsPerMinor(currency);
  if (perMinor === null) return new Refusal('WRONG_CURRENCY', `${currency} is not a currency of the platform`);
  const units = BigInt(value);
  if (units % perMinor !== 0n) return new Refusal('BAD_REQUEST', `amount must be a multiple of ${perMinor} in ${currency} (a whole minor unit)`);
  return units / perMinor;
}

function parse(operation: string, raw: unknown): Parsed {
  const op = OPERATIONS[operation];
  if (!op) return { error: 'BAD_REQUEST', message: `unknown operation ${operation}` };
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { error: 'BAD_REQUEST', message: 'the body must be a JSON object' };
  const body = raw as Fields;
  if (op === 'info') {
    const player = text(body, 'user', true);
    const request = text(body, 'request_uuid', false);
    for (const value of [player, request]) if (value instanceof Refusal) return { error: value.error, message: value.message };
    return { userInfo: { player: player as string } };
  }
  const moves = op !== 'balance';
  const fields = {
    player: text(body, 'user', true),
    token: text(body, 'token', true, /^[\x21-\x7e]{1,256}$/),
    currency: text(body, 'currency', true, CURRENCY),
    game: text(body, 'game_code', op === 'bet'),
    tx: text(body, 'transaction_uuid', moves),
    round: text(body, 'round', op === 'bet' || op === 'win'),
    ref: text(body, 'reference_transaction_uuid', op === 'rollback'),
    request: text(body, 'request_uuid', false),
    reward: text(body, 'reward_uuid', false),
  };
  for (const value of Object.values(fields)) if (value instanceof Refusal) return { error: value.error, message: value.message };
  const closed = flag(body, 'round_closed');
  if (closed instanceof Refusal) return { error: closed.error, message: closed.message };
  const free = flag(body, 'is_free');
  if (free instanceof Refusal) return { error: free.error, message: free.message };
  const value = op === 'bet' || op === 'win' ? amount(body, fields.currency as string) : 0n;
  if (value instanceof Refusal) return { error: value.error, message: value.message };
  // A free bet debits nothing: it is played from the reward (a free-bet grant) it names; one that
  // names none matches none (FREE_BET_NOT_AVAILABLE), and never takes cash.
  const isFree = op === 'bet' && free === true;
  const command: Command = {
    op,
    player: fields.player as string,
    token: fields.token as string,
    currency: fields.currency as string,
    game: fields.game as string | null,
    tx: fields.tx as string | null,
    round: fields.round as string | null,
    amount: value,
    ref: fields.ref as string | null,
    closeRound: op === 'win' ? closed !== false : false,
    free: isFree,
    reward: isFree ? (fields.reward as string | null) : null,
  };
  return { command };
}

/** A string field of the request, echoed; anything else (absent, not a string, too long) echoes as null. */
function echo(body: unknown, name: string): string | null {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return null;
  const value = (body as Fields)[name];
  return typeof value === 'string' && value.length <= 256 ? value : null;
}

export const hub88: Dialect = {
  name: 'hub88',
  signatureHeader: 'x-hub88-signature',
  parse,
  render(result: CallbackResult, body: unknown, command: Command | null) {
    if (result.ok && 'userInfo' in result) {
      return { status: 200, body: { user: result.userInfo.player, status: 'RS_OK', request_uuid: echo(body, 'request_uuid') } };
    }
    const currency = result.currency ?? command?.currency ?? echo(body, 'currency');
    const perMinor = currency ? unitsPerMinor(currency) : null;
    const balance = result.balance && perMinor !== null ? (result.balance.cash + result.balance.bonus) * perMinor : null;
    return {
      status: 200,
      body: {
        user: command?.player ?? echo(body, 'user'),
        status: result.ok ? 'RS_OK' : STATUS[result.error],
        request_uuid: echo(body, 'request_uuid'),
        currency,
        ...(balance === null ? {} : { balance }),
        ...(command?.tx ? { transaction_uuid: command.tx } : {}),
      },
    };
  },
};
