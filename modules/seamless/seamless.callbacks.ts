import { createHash, createHmac, timingSafeEqual, verify } from 'node:crypto';
import { systemContext, tenantTx, type Services, type TenantRef } from '../../src/context.js';
import { GroupCommit } from '../../src/db/group-commit.js';
import { hashSecret } from '../../src/auth/secrets.js';
import { isUuid, newId } from '../../src/ids.js';
import { playerExists } from '../identity/index.js';
import { outageErrorOf } from '../../src/db/outage.js';
import type { Balance, CallbackError, CallbackResult, Command, Dialect, DialectResponse } from './dialects/dialect.js';
import { DEFAULT_DIALECT, dialectOf } from './dialects/index.js';
import { providerFor, type ProviderRow } from './seamless.service.js';

/** One callback as SQL `seamless_callbacks` takes it: the canonical command, as JSON can carry it. */
export interface SqlCommand extends Omit<Command, 'amount'> {
  /** SHA-256 of the session token (the token itself is never sent to the database). */
  token: string;
  /** Minor units, as a decimal string. */
  amount: string;
  /** Content hash: the same transaction id with another hash is a duplicate. */
  hash: string;
  /** Id of the ledger transaction, made here so ids sort in posting order. */
  ledgerTx: string;
}

export type SqlAnswer =
  | { ok: true; balance: { cash: string; bonus: string }; currency: string; replay?: boolean }
  | { error: CallbackError; balance?: { cash: string; bonus: string }; currency?: string; detail?: Record<string, unknown> };

/** What a batch of callbacks runs for. */
interface Scope {
  tenant: TenantRef;
  provider: ProviderRow;
}

/**
 * Answers a batch of callbacks of one provider, in order, with one call of SQL
 * `seamless_callbacks` (one transaction).
 */
export async function postCallbacks(services: Pick<Services, 'sql' | 'config'>, tenant: TenantRef, provider: ProviderRow, commands: SqlCommand[]): Promise<SqlAnswer[]> {
  const currencies = provider.currencies.filter((c) => tenant.currencies.includes(c));
  const { rows } = await services.sql.query<{ answers: SqlAnswer[] }>({
    name: 'seamless_callbacks',
    text: 'select seamless_callbacks($1, $2, $3, $4, $5) as answers',
    values: [tenant.id, provider.id, services.config.walletHouseStripes, currencies, JSON.stringify(commands)],
  });
  return rows[0]!.answers;
}

/**
 * Group commit for callbacks (src/db/group-commit.ts), as the wallet's TransferPoster does for
 * transfers: concurrent callbacks of one provider are answered by one call of
 * `seamless_callbacks` (one round trip, one commit). Under light load a batch is one callback.
 * Two callbacks with one transaction id in a batch are fine: the second sees the first's row.
 */
export class CallbackPoster {
  private readonly batches: GroupCommit<Scope, SqlCommand, SqlAnswer>;

  constructor(services: Pick<Services, 'sql' | 'relay' | 'config'>) {
    this.batches = new GroupCommit({
      maxBatch: 100,
      maxInFlight: 2,
      afterBatch: () => services.relay.nudge(),
      call: ({ tenant, provider }, commands) => postCallbacks(services, tenant, provider, commands),
    });
  }

  post(tenant: TenantRef, provider: ProviderRow, command: SqlCommand): Promise<SqlAnswer> {
    return this.batches.submit(`${tenant.id}:${provider.id}`, { tenant, provider }, command);
  }
}

const posters = new WeakMap<Services, CallbackPoster>();

function posterOf(services: Services): CallbackPoster {
  let poster = posters.get(services);
  if (!poster) {
    poster = new CallbackPoster(services);
    posters.set(services, poster);
  }
  return poster;
}

/** Whether `signature` (base64) signs `body` for the provider: HMAC-SHA256 with its secret, or RSA-SHA256 with its key. */
export function signatureValid(provider: ProviderRow, body: Buffer, signature: string | undefined): boolean {
  if (!signature) return false;
  let given: Buffer;
  try {
    given = Buffer.from(signature.trim(), 'base64');
  } catch {
    return false;
  }
  if (given.length === 0) return false;
  if (provider.auth === 'HMAC_SHA256') {
    const expected = createHmac('sha256', provider.hmac_secret!).update(body).digest();
    return expected.length === given.length && timingSafeEqual(expected, given);
  }
  try {
    return verify('sha256', body, provider.public_key!, given);
  } catch {
    return false;
  }
}

/** The content of a command that must match on replay (the token and request id may differ). */
function contentHash(command: Command): string {
  const { op, player, currency, game, round, amount, ref, closeRound, free, reward } = command;
  return createHash('sha256')
    .update(JSON.stringify([op, player, currency, game, round, amount.toString(), ref, op === 'win' ? closeRound : null, ...(free === true ? [reward] : [])]))
    .digest('hex');
}

/** A command as SQL takes it: the token hashed, the content hash and the ledger transaction's id made here. */
export function sqlCommandOf(command: Command): SqlCommand {
  return {
    op: command.op,
    player: command.player,
    token: hashSecret(command.token),
    currency: command.currency,
    game: command.game,
    tx: command.tx,
    round: command.round,
    amount: command.amount.toString(),
    ref: command.ref,
    closeRound: command.closeRound,
    free: command.free === true,
    reward: command.reward ?? null,
    hash: contentHash(command),
    ledgerTx: newId(),
  };
}

const balanceOf = (b: { cash: string; bonus: string }): Balance => ({ cash: BigInt(b.cash), bonus: BigInt(b.bonus) });

/** A canonical command answered (the tenant and provider are known, the signature checked). */
export async function executeCommand(services: Services, tenant: TenantRef, provider: ProviderRow, command: Command): Promise<CallbackResult> {
  const answer = await posterOf(services).post(tenant, provider, sqlCommandOf(command));
  if ('ok' in answer) return { ok: true, balance: balanceOf(answer.balance), currency: answer.currency, replay: answer.replay === true };
  return {
    ok: false,
    error: answer.error,
    ...(answer.balance ? { balance: balanceOf(answer.balance) } : {}),
    ...(answer.currency ? { currency: answer.currency } : {}),
    ...(answer.detail ? { detail: answer.detail } : {}),
  };
}

export interface CallbackRequest {
  tenantSlug: string;
  providerCode: string;
  /** The path after /seamless/<tenant>/<provider>/. */
  operation: string;
  body: Buffer;
  headers: Record<string, string | string[] | undefined>;
}

/** Parses a body for echoing its fields in an answer; null when it is not JSON. */
function parsedForEcho(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return null;
  }
}

/** Whether a player of the tenant has this id (a Hub88 `user`), for user info. */
async function playerKnown(services: Services, tenant: TenantRef, playerId: string): Promise<boolean> {
  if (!isUuid(playerId)) return false;
  return tenantTx(systemContext(services, tenant), (tx) => playerExists(tx.em, playerId));
}

/**
 * One callback, end to end: tenant and provider from the path, the signature over the raw
 * body verified before anything else is read, then the dialect's command, executed. Every
 * answer is in a dialect's shape: an unknown tenant or provider, having no dialect of its own,
 * is answered in the default one (INVALID_PARTNER); refusals echo what the body says when it
 * is JSON.
 */
/**
 * The dialect's INTERNAL answer (Hub88: RS_ERROR_UNKNOWN) with HTTP 503 and Retry-After: the
 * database is unavailable, nothing committed, and the aggregator may retry or roll back.
 */
export function unavailableAnswer(answer: DialectResponse, retryAfter: number): DialectResponse {
  return { ...answer, status: 503, retryAfter };
}

export async function handleCallback(services: Services, request: CallbackRequest): Promise<DialectResponse> {
  let tenant: TenantRef | null;
  let provider: Awaited<ReturnType<typeof providerFor>> | null;
  try {
    tenant = await services.tenants.bySlug(services, request.tenantSlug.toLowerCase());
    provider = tenant && tenant.status === 'ACTIVE' ? await providerFor(services, tenant.id, request.providerCode) : null;
  } catch (error) {
    const outage = outageErrorOf(error);
    if (!outage) throw error;
    services.logger.warn({ err: error, operation: request.operation }, 'seamless callback: database unavailable');
    return unavailableAnswer(DEFAULT_DIALECT.render({ ok: false, error: 'INTERNAL' }, parsedForEcho(request.body), null), outage.retryAfter);
  }
  const dialect: Dialect | null = provider ? dialectOf(provider.dialect) : null;
  if (!tenant || !provider || !dialect) {
    return DEFAULT_DIALECT.render({ ok: false, error: 'INVALID_PARTNER' }, parsedForEcho(request.body), null);
  }
  const header = request.headers[dialect.signatureHeader];
  const signature = Array.isArray(header) ? header[0] : header;
  if (!signatureValid(provider, request.body, signature)) {
    return dialect.render({ ok: false, error: 'INVALID_SIGNATURE' }, parsedForEcho(request.body), null);
  }
  let body: unknown;
  try {
    body = JSON.parse(request.body.toString('utf8'));
  } catch {
    return dialect.render({ ok: false, error: 'BAD_REQUEST', detail: { message: 'the body is not JSON' } }, null, null);
  }
  if (!provider.enabled) return dialect.render({ ok: false, error: 'INVALID_PARTNER' }, body, null);
  const parsed = dialect.parse(request.operation, body);
  if ('error' in parsed) return dialect.render({ ok: false, error: parsed.error, detail: { message: parsed.message } }, body, null);
  try {
    if ('userInfo' in parsed) {
      const known = await playerKnown(services, tenant, parsed.userInfo.player);
      return dialect.render(known ? { ok: true, userInfo: parsed.userInfo } : { ok: false, error: 'UNKNOWN_USER' }, body, null);
    }
    return dialect.render(await executeCommand(services, tenant, provider, parsed.command), body, parsed.command);
  } catch (error) {
    const answer = dialect.render({ ok: false, error: 'INTERNAL' }, body, 'command' in parsed ? parsed.command : null);
    const outage = outageErrorOf(error);
    if (outage) {
      services.logger.warn({ err: error, provider: provider.code, operation: request.operation }, 'seamless callback: database unavailable');
      return unavailableAnswer(answer, outage.retryAfter);
    }
    services.logger.error({ err: error, provider: provider.code, operation: request.operation }, 'seamless callback failed');
    return answer;
  }
}
