import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { TenantTx } from '../../src/context.js';
import { newId } from '../../src/ids.js';
import { MAX_AMOUNT } from '../../src/money.js';
import {
  AccountFrozenError,
  AccountNotFoundError,
  BalanceOverflowError,
  CurrencyMismatchError,
  IdempotencyConflictError,
  InsufficientFundsError,
  rebuildWalletError,
  WalletError,
} from './wallet.errors.js';

/**
 * The ledger's core, in SQL: accounts, legs, idempotency. Every function runs inside the
 * caller's tenant transaction. Balances change only in `applyLegs` and the hold statements,
 * each a single UPDATE whose WHERE clause is the floor check: no check-then-write race,
 * and the table's CHECK constraint backs it up.
 */

/** The owners the wallet's own API moves money of. */
export const POSTABLE_OWNER_TYPES = ['PLAYER', 'HOUSE', 'PROVIDER', 'ESCROW', 'WORLD'] as const;
/** Every owner; AFFILIATE: an affiliate's payable account, moved only by the affiliates module through postTransferInTx (docs/affiliates.md). */
export const OWNER_TYPES = [...POSTABLE_OWNER_TYPES, 'AFFILIATE'] as const;
export type OwnerType = (typeof OWNER_TYPES)[number];
export const ACCOUNT_KINDS = ['CASH', 'BONUS', 'POINTS'] as const;
/** The kinds of money (POINTS accounts are VIP's, in the points unit PTS, and are not moved through the wallet's own API). */
export const MONEY_KINDS = ['CASH', 'BONUS'] as const;
/** The unit of POINTS accounts: a hundredth of a loyalty point per ledger unit. */
export const POINTS_UNIT = 'PTS';
export type AccountKind = (typeof ACCOUNT_KINDS)[number];
export type FloorPolicy = 'NON_NEGATIVE' | 'LIMIT' | 'UNBOUNDED';

/** Player, escrow and affiliate money may never go below zero; house, provider and world are unbounded (set by SQL `ledger_resolve`). */

/** An account row as the SQL returns it (bigints as strings). */
export interface AccountRow {
  id: string;
  tenant_id: string;
  owner_type: OwnerType;
  owner_id: string;
  currency: string;
  kind: AccountKind;
  stripe: number;
  floor_policy: FloorPolicy;
  floor_limit: string;
  balance: string;
  held: string;
  frozen: boolean;
  last_seq: string;
  entry_count: string;
  created_at: Date;
}

/** Names an account: by id, or by owner and currency (the owner's account opens on first use). */
export interface AccountSelector {
  accountId?: string | null;
  ownerType?: OwnerType | null;
  ownerId?: string | null;
  currency?: string | null;
  kind?: AccountKind | null;
}

type SqlAnswer<T> = T | { error: { code: string; data: Record<string, string> } };

/** Raw account JSON from SQL (created_at as an ISO string) as the row type the code uses. */
function accountFromJson(json: Omit<AccountRow, 'created_at'> & { created_at: string }): AccountRow {
  return { ...json, created_at: new Date(json.created_at) };
}

/**
 * The account a selector names (SQL `ledger_resolve`). A HOUSE account is striped: a posting
 * with a counterparty takes its database session's stripe, so concurrent batches do not
 * queue on one row; the house balance is the sum of its stripes. CURRENCY_REQUIRED comes
 * back as { currencyRequired }.
 */
export async function resolveAccount(tx: TenantTx, selector: AccountSelector, counterparty: AccountRow | null, stripes: number, currencies: string[]): Promise<AccountRow | { currencyRequired: true }> {
  const [row] = await tx.em.execute<{ r: SqlAnswer<{ account: Omit<AccountRow, 'created_at'> & { created_at: string } }> }[]>(
    `select ledger_resolve(?, ?::jsonb, ${counterparty ? 'jsonb_populate_record(null::ledger_account, ?::jsonb)' : 'null'}, ?, ?::text[]) as r`,
    // A Postgres array literal: knex would spread a JS array into a list. Codes are [A-Z]{3}.
    [tx.tenantId, JSON.stringify(compact(selector)), ...(counterparty ? [JSON.stringify(counterparty)] : []), stripes, `{${currencies.join(',')}}`],
  );
  const answer = row!.r;
  if ('error' in answer) {
    if (answer.error.code === 'CURRENCY_REQUIRED') return { currencyRequired: true };
    throw rebuildWalletError(answer.error.code, answer.error.data);
  }
  return accountFromJson(answer.account);
}

/** The selector without null fields, as the SQL functions read it. */
export function compact(selector: AccountSelector): Record<string, string> {
  return Object.fromEntries(Object.entries(selector).filter(([, v]) => v !== null && v !== undefined)) as Record<string, string>;
}

export async function accountById(tx: TenantTx, id: string): Promise<AccountRow> {
  const [row] = await tx.em.execute<AccountRow[]>(`select * from ledger_account where tenant_id = ? and id = ?`, [tx.tenantId, id]);
  if (!row) throw new AccountNotFoundError(id);
  return row;
}

/** One side of a movement: a signed amount on an account (credit > 0, debit < 0). */
export interface Leg {
  account: AccountRow;
  amount: bigint;
}

/** A transaction as just posted: everything a caller shows, without reading it back. */
export interface PostedTransaction {
  id: string;
  code: string;
  reference: string | null;
  metadata: Record<string, unknown>;
  reversesId: string | null;
  createdBy: string;
  createdAt: Date;
  entries: { accountId: string; amount: string; balanceAfter: string; seq: string }[];
}

/** The posting as SQL returns it (`ledger_apply_legs`). */
export interface SqlPosting {
  id: string;
  createdAt: string;
  entries: PostedTransaction['entries'];
  /** The metadata as stored (with `frozenOverride` when the posting moved money on a frozen account). */
  metadata?: Record<string, unknown>;
}

export interface PostingMeta {
  code: string;
  reference: string | null;
  metadata: Record<string, unknown>;
  idempotencyKey: string;
  reversesId: string | null;
  createdBy: string;
  /**
   * A correction by the platform (a reversal, a dispute outcome, a receivable's settlement):
   * the reason it may move money on frozen accounts. A freeze stops the player's own spending,
   * not these; when it did override a freeze, the ledger keeps the reason as `metadata.frozenOverride`.
   */
  frozenOverride?: string;
}

export function postedTransaction(posting: SqlPosting, meta: PostingMeta): PostedTransaction {
  return {
    id: posting.id,
    code: meta.code,
    reference: meta.reference,
    metadata: posting.metadata ?? meta.metadata,
    reversesId: meta.reversesId,
    createdBy: meta.createdBy,
    createdAt: new Date(posting.createdAt),
    entries: posting.entries,
  };
}

/**
 * Applies legs atomically (SQL `ledger_apply_legs`): accounts locked in id order (so
 * concurrent postings never deadlock) and checked before anything is written; then the
 * transaction, its immutable entries with running balances, and one event per account.
 */
export async function applyLegs(tx: TenantTx, legs: Leg[], meta: PostingMeta): Promise<PostedTransaction> {
  const [row] = await tx.em.execute<{ r: SqlAnswer<{ posting: SqlPosting }> }[]>(`select ledger_apply_legs(?, ?::jsonb, ?::jsonb) as r`, [
    tx.tenantId,
    JSON.stringify(legs.map((leg) => ({ accountId: leg.account.id, amount: leg.amount.toString() }))),
    JSON.stringify({ ...meta, transactionId: newId(), entryIds: legs.map(() => newId()) }),
  ]);
  const answer = row!.r;
  if ('error' in answer) throw rebuildWalletError(answer.error.code, answer.error.data);
  tx.outboxWritten();
  return postedTransaction(answer.posting, meta);
}

/**
 * Locks accounts in id order (SQL `ledger_lock_accounts`, FOR NO KEY UPDATE as `ledger_post_batch`
 * takes them), for a path that writes an account by other statements before it posts: it then
 * holds every account lock it needs, taken at once and in the one order (docs/wallet.md, Concurrency).
 */
export async function lockAccounts(tx: TenantTx, accountIds: string[]): Promise<void> {
  await tx.em.execute(`select ledger_lock_accounts(?, ?::uuid[])`, [tx.tenantId, `{${accountIds.join(',')}}`]);
}

/** Why a guarded hold UPDATE of `amount` changed nothing: the account is frozen, held would overflow, or the floor would be crossed. */
export async function refusal(tx: TenantTx, accountId: string, amount: bigint): Promise<WalletError> {
  const [row] = await tx.em.execute<{ frozen: boolean; held: string }[]>(`select frozen, held::text from ledger_account where tenant_id = ? and id = ?`, [tx.tenantId, accountId]);
  if (!row) return new AccountNotFoundError(accountId);
  if (row.frozen) return new AccountFrozenError(accountId);
  return BigInt(row.held) + amount > MAX_AMOUNT ? new BalanceOverflowError(accountId) : new InsufficientFundsError(accountId);
}

export function assertSameCurrency(a: AccountRow, b: AccountRow): void {
  if (a.currency !== b.currency) throw new CurrencyMismatchError(a.currency, b.currency);
}

/** Event type of every change of an account; its payload is the account as it now stands. */
export const ACCOUNT_CHANGED = 'wallet.account.changed';

/** The outbox stream of one account's changes (SQL `ledger_announce` writes `'account:' || id`). */
export function accountStream(accountId: string): string {
  return `account:${accountId}`;
}

/** The payload SQL `ledger_announce` writes. */
export interface AccountChangedPayload {
  accountId: string;
  ownerType: OwnerType;
  ownerId: string;
  currency: string;
  kind: AccountKind;
  balance: string;
  held: string;
  available: string;
  frozen: boolean;
  cause: { transactionId?: string; holdId?: string; code: string };
}

export function availableOf(row: AccountRow): bigint {
  return BigInt(row.balance) - BigInt(row.held);
}

/** Writes the account's change to the outbox, numbered by the account's own sequence (SQL `ledger_announce`). */
export async function announce(tx: TenantTx, row: AccountRow, cause: AccountChangedPayload['cause']): Promise<void> {
  await tx.em.execute(`select ledger_announce(?, ?, ?::jsonb)`, [tx.tenantId, row.id, JSON.stringify(cause)]);
  tx.outboxWritten();
}

// ---------------------------------------------------------------- idempotency

export type Outcome<R> = { ok: true; result: R } | { ok: false; code: string; data: Record<string, string> };

export function requestHash(operation: string, request: unknown): string {
  return createHash('sha256').update(canonicalize({ operation, request })!).digest('hex');
}

export type Once<R> = { ok: true; result: R; replay: boolean } | { ok: false; failure: WalletError };

/**
 * Runs `work` at most once per idempotency key. The key row is claimed first (a concurrent
 * duplicate waits on it); the work runs under a savepoint, so a typed failure undoes the
 * work but keeps the key, with the failure as its answer, in the same commit. A replay
 * returns the stored answer; the same key with other content is IDEMPOTENCY_CONFLICT.
 * Failures are returned, not thrown, so that the caller commits the key before raising them.
 */
export async function once<R>(tx: TenantTx, key: string, operation: string, hash: string, work: () => Promise<R>): Promise<Once<R>> {
  const claimed = await tx.em.execute<{ key: string }[]>(
    `insert into idempotency_record (tenant_id, key, operation, request_hash) values (?, ?, ?, ?)
     on conflict (tenant_id, key) do nothing returning key`,
    [tx.tenantId, key, operation, hash],
  );
  if (claimed.length === 0) {
    const [stored] = await tx.em.execute<{ operation: string; request_hash: string; outcome: Outcome<R> | null }[]>(
      `select operation, request_hash, outcome from idempotency_record where tenant_id = ? and key = ?`,
      [tx.tenantId, key],
    );
    if (!stored || stored.operation !== operation || stored.request_hash !== hash || !stored.outcome) {
      return { ok: false, failure: new IdempotencyConflictError(key) };
    }
    if (!stored.outcome.ok) return { ok: false, failure: rebuildWalletError(stored.outcome.code, stored.outcome.data) };
    return { ok: true, result: stored.outcome.result, replay: true };
  }

  await tx.em.execute('savepoint idempotent_work');
  let outcome: Outcome<R>;
  try {
    outcome = { ok: true, result: await work() };
  } catch (error) {
    if (!(error instanceof WalletError)) throw error;
    await tx.em.execute('rollback to savepoint idempotent_work');
    outcome = { ok: false, code: error.code, data: error.data };
  }
  await tx.em.execute(`update idempotency_record set outcome = ?::jsonb where tenant_id = ? and key = ?`, [JSON.stringify(outcome), tx.tenantId, key]);
  return outcome.ok
    ? { ok: true, result: outcome.result, replay: false }
    : { ok: false, failure: rebuildWalletError(outcome.code, outcome.data) };
}
