import type { CallbackError, CallbackResult, Command, Dialect, Operation, Parsed } from './dialect.js';

/**
 * Hub88's operator wallet API: POST /user/balance, /transaction/bet, /transaction/win,
 * /transaction/rollback; JSON bodies; the signature in X-Hub88-Signature; every answer is
 * HTTP 200 with a `status` (RS_OK or RS_ERROR_*) and the balance (cash + bonus).
 */
const OPERATIONS: Record<string, Operation> = {
  'user/balance': 'balance',
  'transaction/bet': 'bet',
  'transaction/win': 'win',
  'transaction/rollback': 'rollback',
};

const STATUS: Record<CallbackError, string> = {
  INVALID_SIGNATURE: 'RS_ERROR_INVALID_SIGNATURE',
  INVALID_PARTNER: 'RS_ERROR_INVALID_PARTNER',
  BAD_REQUEST: 'RS_ERROR_WRONG_SYNTAX',
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
  INTERNAL: 'RS_ERROR_UNKNOWN',
};

const ID = /^[\x21-\x7e]{1,128}$/;
const CURRENCY = /^[A-Z]{3}$/;

type Fields = Record<string, unknown>;

function text(body: Fields, name: string, required: boolean, pattern = ID): string | null | Error {
  const value = body[name];
  if (value === undefined || value === null) return required ? new Error(`${name} is required`) : null;
  if (typeof value !== 'string' || !pattern.test(value)) return new Error(`${name} must be a string of 1-128 printable characters`);
  return value;
}

function amount(body: Fields): bigint | Error {
  const value = body['amount'];
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return BigInt(value);
  if (typeof value === 'string' && /^\d{1,18}$/.test(value)) return BigInt(value);
  return new Error('amount must be a non-negative integer of minor units');
}

function parse(operation: string, raw: unknown): Parsed {
  const op = OPERATIONS[operation];
  if (!op) return { error: 'BAD_REQUEST', message: `unknown operation ${operation}` };
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { error: 'BAD_REQUEST', message: 'the body must be a JSON object' };
  const body = raw as Fields;
  const moves = op !== 'balance';
  const fields = {
    player: text(body, 'user', true),
    token: text(body, 'token', true, /^[\x21-\x7e]{1,256}$/),
    currency: text(body, 'currency', true, CURRENCY),
    game: text(body, 'game_code', false),
    tx: text(body, 'transaction_uuid', moves),
    round: text(body, 'round', op === 'bet' || op === 'win'),
    ref: text(body, 'reference_transaction_uuid', op === 'rollback'),
  };
  for (const [, value] of Object.entries(fields)) if (value instanceof Error) return { error: 'BAD_REQUEST', message: value.message };
  const value = op === 'bet' || op === 'win' ? amount(body) : 0n;
  if (value instanceof Error) return { error: 'BAD_REQUEST', message: value.message };
  const closed = body['round_closed'];
  if (closed !== undefined && closed !== null && typeof closed !== 'boolean') return { error: 'BAD_REQUEST', message: 'round_closed must be a boolean' };
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
  };
  return { command };
}

function echo(body: unknown, name: string): unknown {
  return body && typeof body === 'object' && !Array.isArray(body) ? ((body as Fields)[name] ?? null) : null;
}

export const hub88: Dialect = {
  name: 'hub88',
  signatureHeader: 'x-hub88-signature',
  parse,
  render(result: CallbackResult, body: unknown, command: Command | null) {
    const balance = result.balance ? result.balance.cash + result.balance.bonus : null;
    return {
      status: 200,
      body: {
        user: command?.player ?? echo(body, 'user'),
        status: result.ok ? 'RS_OK' : STATUS[result.error],
        request_uuid: echo(body, 'request_uuid'),
        currency: result.currency ?? command?.currency ?? echo(body, 'currency'),
        ...(balance === null ? {} : { balance: Number(balance) }),
        ...(command?.tx ? { transaction_uuid: command.tx } : {}),
      },
    };
  },
};
