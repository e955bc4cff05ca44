import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { TenantTx } from '../../src/context.js';
import { newId } from '../../src/ids.js';
import {
  AccountFrozenError,
  AccountNotFoundError,
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

export const OWNER_TYPES = ['PLAYER', 'HOUSE', 'PROVIDER', 'ESCROW', 'WORLD'] as const;
export type OwnerType = (typeof OWNER_TYPES)[number];
export const ACCOUNT_KINDS = ['CASH', 'BONUS'] as const;
export type AccountKind = (typeof ACCOUNT_KINDS)[number];
export type FloorPolicy = 'NON_NEGATIVE' | 'LIMIT' | 'UNBOUNDED';

/** Player and escrow money may never go below zero; house, provider and world are unbounded. */
export const DEFAULT_FLOOR: Record<OwnerType, FloorPolicy> = {
  PLAYER: 'NON_NEGATIVE',
  ESCROW: 'NON_NEGATIVE',
  HOUSE: 'UNBOUNDED',
  PROVIDER: 'UNBOUNDED',
  WORLD: 'UNBOUNDED',
};

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

export interface AccountKey {
  ownerType: OwnerType;
  ownerId: string;
  currency: string;
  kind: AccountKind;
  stripe?: number;
}

/** The account of an owner, created on first use with its owner type's floor policy. */
export async function ensureAccount(tx: TenantTx, key: AccountKey): Promise<AccountRow> {
  const stripe = key.stripe ?? 0;
  const params = [tx.tenantId, key.ownerType, key.ownerId, key.currency, key.kind, stripe];
  const found = await tx.em.execute<AccountRow[]>(
    `select * from ledger_account where tenant_id = ? and owner_type = ? and owner_id = ? and currency = ? and kind = ? and stripe = ?`,
    params,
  );
  if (found[0]) return found[0];
  await tx.em.execute(
    `insert into ledger_account (id, tenant_id, owner_type, owner_id, currency, kind, stripe, floor_policy)
     values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (tenant_id, owner_type, owner_id, currency, kind, stripe) do nothing`,
    [newId(), ...params, DEFAULT_FLOOR[key.ownerType]],
  );
  const created = await tx.em.execute<AccountRow[]>(
    `select * from ledger_account where tenant_id = ? and owner_type = ? and owner_id = ? and currency = ? and kind = ? and stripe = ?`,
    params,
  );
  return created[0]!;
}

export async function accountById(tx: TenantTx, id: string): Promise<AccountRow> {
  const [row] = await tx.em.execute<AccountRow[]>(`select * from ledger_account where id = ?`, [id]);
  if (!row) throw new AccountNotFoundError(id);
  return row;
}

/**
 * The house account of a currency that takes this counterparty's postings. The house is
 * striped: each counterparty always lands on the same stripe, and stripes share the load,
 * so bets and wins do not queue on one row. The house balance is the sum of its stripes.
 */
export function houseStripe(counterpartyId: string, stripes: number): number {
  const digest = createHash('sha1').update(counterpartyId).digest();
  return digest.readUInt32BE(0) % stripes;
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
  accounts: AccountRow[];
  entries: { accountId: string; amount: string; balanceAfter: string; seq: string }[];
}

/**
 * Applies legs atomically: per currency they must sum to zero; accounts are changed in id
 * order (so concurrent postings never deadlock), each by one guarded UPDATE; then the
 * transaction, its immutable entries with running balances, and one event per account.
 */
export async function applyLegs(
  tx: TenantTx,
  legs: Leg[],
  meta: { code: string; reference: string | null; metadata: Record<string, unknown>; idempotencyKey: string; reversesId: string | null; createdBy: string },
): Promise<PostedTransaction> {
  const sums = new Map<string, bigint>();
  for (const leg of legs) sums.set(leg.account.currency, (sums.get(leg.account.currency) ?? 0n) + leg.amount);
  for (const [currency, sum] of sums) {
    if (sum !== 0n) throw new Error(`legs in ${currency} do not balance (${sum})`);
  }

  const byAccount = new Map<string, { account: AccountRow; net: bigint; count: number }>();
  for (const leg of legs) {
    const entry = byAccount.get(leg.account.id) ?? { account: leg.account, net: 0n, count: 0 };
    entry.net += leg.amount;
    entry.count += 1;
    byAccount.set(leg.account.id, entry);
  }
  const updated = new Map<string, AccountRow>();
  for (const id of [...byAccount.keys()].sort()) {
    const { net, count } = byAccount.get(id)!;
    const [row] = await tx.em.execute<AccountRow[]>(
      `update ledger_account set balance = balance + ?::bigint, last_seq = last_seq + 1, entry_count = entry_count + ?
       where id = ? and not frozen and (floor_policy = 'UNBOUNDED' or balance + ?::bigint - held >= floor_limit)
       returning *`,
      [net.toString(), count, id, net.toString()],
    );
    if (!row) throw await refusal(tx, id);
    updated.set(id, row);
  }

  const transactionId = newId();
  const [created] = await tx.em.execute<{ created_at: Date }[]>(
    `insert into ledger_transaction (id, tenant_id, code, reference, metadata, idempotency_key, reverses_id, created_by)
     values (?, ?, ?, ?, ?::jsonb, ?, ?, ?) returning created_at`,
    [transactionId, tx.tenantId, meta.code, meta.reference, JSON.stringify(meta.metadata), meta.idempotencyKey, meta.reversesId, meta.createdBy],
  );

  // Entries in leg order, each with the balance it left and the account's next entry number.
  const running = new Map<string, { balance: bigint; seq: bigint }>();
  for (const [id, row] of updated) {
    const { net, count } = byAccount.get(id)!;
    running.set(id, { balance: BigInt(row.balance) - net, seq: BigInt(row.entry_count) - BigInt(count) });
  }
  const values: unknown[] = [];
  const entries: PostedTransaction['entries'] = [];
  for (const leg of legs) {
    const state = running.get(leg.account.id)!;
    state.balance += leg.amount;
    state.seq += 1n;
    values.push(newId(), tx.tenantId, transactionId, leg.account.id, leg.amount.toString(), state.balance.toString(), state.seq.toString());
    entries.push({ accountId: leg.account.id, amount: leg.amount.toString(), balanceAfter: state.balance.toString(), seq: state.seq.toString() });
  }
  await tx.em.execute(
    `insert into ledger_entry (id, tenant_id, transaction_id, account_id, amount, balance_after, seq) values ${legs.map(() => '(?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
    values,
  );

  for (const row of updated.values()) await announce(tx, row, { transactionId, code: meta.code });
  return {
    id: transactionId,
    code: meta.code,
    reference: meta.reference,
    metadata: meta.metadata,
    reversesId: meta.reversesId,
    createdBy: meta.createdBy,
    createdAt: created!.created_at,
    accounts: [...updated.values()],
    entries,
  };
}

/** Why a guarded UPDATE changed nothing: the account is frozen, or the floor would be crossed. */
export async function refusal(tx: TenantTx, accountId: string): Promise<WalletError> {
  const [row] = await tx.em.execute<{ frozen: boolean }[]>(`select frozen from ledger_account where id = ?`, [accountId]);
  if (!row) return new AccountNotFoundError(accountId);
  return row.frozen ? new AccountFrozenError(accountId) : new InsufficientFundsError(accountId);
}

export function assertSameCurrency(a: AccountRow, b: AccountRow): void {
  if (a.currency !== b.currency) throw new CurrencyMismatchError(a.currency, b.currency);
}

/** Event type of every change of an account; its payload is the account as it now stands. */
export const ACCOUNT_CHANGED = 'wallet.account.changed';

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

/** Writes the account's change to the outbox, numbered by the account's own sequence. */
export async function announce(tx: TenantTx, row: AccountRow, cause: AccountChangedPayload['cause']): Promise<void> {
  const payload: AccountChangedPayload = {
    accountId: row.id,
    ownerType: row.owner_type,
    ownerId: row.owner_id,
    currency: row.currency,
    kind: row.kind,
    balance: row.balance,
    held: row.held,
    available: availableOf(row).toString(),
    frozen: row.frozen,
    cause,
  };
  await tx.emit(`account:${row.id}`, ACCOUNT_CHANGED, payload, Number(row.last_seq));
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
      `select operation, request_hash, outcome from idempotency_record where key = ?`,
      [key],
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
  await tx.em.execute(`update idempotency_record set outcome = ?::jsonb where key = ?`, [JSON.stringify(outcome), key]);
  return outcome.ok
    ? { ok: true, result: outcome.result, replay: false }
    : { ok: false, failure: rebuildWalletError(outcome.code, outcome.data) };
}
