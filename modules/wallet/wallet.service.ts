import { z } from 'zod';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { requireTenant, tenantTx, type Context, type TenantTx } from '../../src/context.js';
import { ValidationError } from '../../src/errors.js';
import { isUuid, newId } from '../../src/ids.js';
import { isCurrency, MAX_AMOUNT, parseAmount } from '../../src/money.js';
import { parseInput } from '../../src/validation.js';
import { retryRaceLost } from '../../src/db/races.js';
import { actorLabel } from '../../src/auth/principal.js';
import { playerExists } from '../identity/index.js';
import {
  MONEY_KINDS,
  accountById,
  announce,
  applyLegs,
  assertSameCurrency,
  compact,
  postedTransaction,
  resolveAccount,
  lockAccounts,
  once,
  POSTABLE_OWNER_TYPES,
  refusal,
  requestHash,
  type AccountRow,
  type Leg,
  type Once,
} from './wallet.ledger.js';
import { postTransferInTx, transferPosterOf, type TransferRequest } from './wallet.posting.js';
import { recordDepositInTx } from '../responsible-gambling/index.js';
import {
  AccountNotFoundError,
  AlreadyReversedError,
  CaptureExceedsHoldError,
  HoldNotFoundError,
  HoldNotOpenError,
  IdempotencyConflictError,
  rebuildWalletError,
  TransactionNotFoundError,
  type WalletError,
} from './wallet.errors.js';

// ---------------------------------------------------------------- input

export const idempotencyKey = z.string().min(8, 'must be at least 8 characters').max(128).regex(/^[\x21-\x7e]+$/, 'must be printable ASCII without spaces');
const code = z.string().regex(/^[A-Z][A-Z0-9_]{1,39}$/, 'must be 2-40 of A-Z, 0-9, _ starting with a letter');
export const selector = z
  .object({
    accountId: z.string().nullish(),
    ownerType: z.enum(POSTABLE_OWNER_TYPES).nullish(),
    ownerId: z.string().max(200).nullish(),
    currency: z.string().nullish(),
    kind: z.enum(MONEY_KINDS).nullish(),
  })
  .refine((s) => !!s.accountId !== !!s.ownerType, 'name either accountId, or ownerType with currency');
export type AccountSelector = z.input<typeof selector>;

const transfersInput = z.object({
  idempotencyKey,
  code,
  reference: z.string().max(200).nullish(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
  transfers: z.array(z.object({ from: selector, to: selector, amount: z.string() })).min(1).max(20),
});
export type PostTransfersInput = z.input<typeof transfersInput>;

function amountAt(value: string, path: string[]): bigint {
  return parseAmount(value, ['input', ...path]);
}

// ---------------------------------------------------------------- accounts

/** Who acts, as stored in `created_by` / `requested_by`: KIND:id. */
export function whoCreated(ctx: Context): string {
  return ctx.principal ? actorLabel(ctx.principal) : 'SYSTEM';
}

/** Checks a selector as far as it can be checked without the ledger; a PLAYER must exist. */
export async function checkSelector(ctx: Context, s: z.output<typeof selector>, path: string[]): Promise<void> {
  if (s.accountId) {
    if (!isUuid(s.accountId)) throw new AccountNotFoundError(s.accountId);
    return;
  }
  if (s.currency && !isCurrency(s.currency)) throw new ValidationError([{ path: [...path, 'currency'], message: 'must be an ISO 4217 code' }]);
  const ownerType = s.ownerType!;
  if (ownerType === 'HOUSE' || ownerType === 'WORLD') return;
  if (!s.ownerId) throw new ValidationError([{ path: [...path, 'ownerId'], message: `is required for ${ownerType}` }]);
  if (ownerType === 'PLAYER' && !(await knownPlayer(ctx, s.ownerId))) throw new AccountNotFoundError(s.ownerId);
}

/** Whether a player exists; a player, once registered, is never deleted, so a yes is remembered. */
async function knownPlayer(ctx: Context, playerId: string): Promise<boolean> {
  const tenantId = requireTenant(ctx).id;
  const known = await ctx.services.lookups.get(
    `player:${tenantId}:${playerId}`,
    async () => ((await tenantTx(ctx, (tx) => playerExists(tx.em, playerId))) ? true : null),
    () => [`tenant:${tenantId}`],
  );
  return known === true;
}

export async function resolve(ctx: Context, tx: TenantTx, s: z.output<typeof selector>, counterparty: AccountRow | null, path: string[]): Promise<AccountRow> {
  await checkSelector(ctx, s, path);
  const account = await resolveAccount(tx, s, counterparty, ctx.services.config.walletHouseStripes, requireTenant(ctx).currencies);
  if ('currencyRequired' in account) throw new ValidationError([{ path: [...path, 'currency'], message: 'is required' }]);
  return account;
}

// ---------------------------------------------------------------- posting

/**
 * Runs an idempotent wallet operation in a tenant transaction of its own, and raises a failure
 * after its key is committed; or, given the caller's transaction (`within`), inside it, so the
 * operation commits or rolls back with the caller's other work (a failure then rolls it all back).
 */
export async function idempotent<R>(ctx: Context, key: string, operation: string, request: unknown, work: (tx: TenantTx) => Promise<R>, within?: TenantTx) {
  const hash = requestHash(operation, request);
  const run = (tx: TenantTx) => once(tx, key, operation, hash, () => work(tx));
  // In a transaction of its own, a lost race (a deadlock, say) is tried again: a copy that
  // committed meanwhile then answers as a replay. Inside the caller's transaction, the caller decides.
  const outcome: Once<R> = within ? await run(within) : await retryRaceLost(() => tenantTx(ctx, run), (error) => lostRace(ctx, operation, error));
  if (!outcome.ok) throw outcome.failure;
  return { result: outcome.result, replay: outcome.replay };
}

/** A transaction that lost a race and is tried again: logged, so that a deadlock never goes unseen. */
function lostRace(ctx: Context, operation: string, error: unknown): void {
  ctx.services.logger.warn({ operation, sqlState: (error as { code?: string }).code }, 'wallet: transaction lost a race, tried again');
}

/** The code of a deposit: money in from outside, counted against responsible-gambling deposit limits. */
export const DEPOSIT_CODE = 'DEPOSIT';

/**
 * A fresh deposit's credits to players' cash, checked and counted by responsible gambling in
 * the posting's transaction: a refusal (limit reached, time-out, self-exclusion) rolls the
 * posting back, and a replay is never counted twice.
 */
async function countDeposits(tx: TenantTx, entries: { accountId: string; amount: string }[]): Promise<void> {
  const credits = entries.filter((e) => BigInt(e.amount) > 0n);
  if (credits.length === 0) return;
  const accounts = await tx.em.execute<{ id: string; owner_type: string; owner_id: string; currency: string; kind: string }[]>(
    `select id, owner_type, owner_id, currency, kind from ledger_account where tenant_id = ? and id = any (?::uuid[])`,
    [tx.tenantId, `{${credits.map((c) => c.accountId).join(',')}}`],
  );
  for (const credit of credits) {
    const account = accounts.find((a) => a.id === credit.accountId);
    if (account?.owner_type === 'PLAYER' && account.kind === 'CASH') {
      await recordDepositInTx(tx, account.owner_id, account.currency, BigInt(credit.amount));
    }
  }
}

/**
 * Moves money: each transfer debits `from` and credits `to` by `amount` (same currency),
 * all transfers or none. Idempotent on `idempotencyKey`. Posted through the batching
 * poster (wallet.posting.ts): one SQL call posts many concurrent requests; a DEPOSIT is
 * posted alone, in a transaction that also counts it for responsible gambling.
 */
export async function postTransfers(ctx: Context, input: PostTransfersInput) {
  const data = parseInput(transfersInput, input);
  const tenant = requireTenant(ctx);
  const transfers = await Promise.all(
    data.transfers.map(async (t, i) => {
      const path = ['input', 'transfers', String(i)];
      const amount = amountAt(t.amount, ['transfers', String(i), 'amount']);
      await checkSelector(ctx, t.from, [...path, 'from']);
      await checkSelector(ctx, t.to, [...path, 'to']);
      return { from: compact(t.from), to: compact(t.to), amount: amount.toString() };
    }),
  );
  const meta = {
    code: data.code,
    reference: data.reference ?? null,
    metadata: data.metadata ?? {},
    idempotencyKey: data.idempotencyKey,
    reversesId: null,
    createdBy: whoCreated(ctx),
  };
  const request: TransferRequest = {
    key: data.idempotencyKey,
    hash: requestHash('transfer', data),
    code: meta.code,
    reference: meta.reference,
    metadata: meta.metadata,
    createdBy: meta.createdBy,
    transactionId: newId(),
    entryIds: transfers.flatMap(() => [newId(), newId()]),
    transfers,
  };
  const answer =
    data.code === DEPOSIT_CODE
      ? // A copy of this deposit committed first makes this one fail on the key's unique index; tried again, it is a replay.
        await retryRaceLost(() =>
          tenantTx(ctx, async (tx) => {
            const answer = await postTransferInTx(tx, ctx.services.config.walletHouseStripes, tenant.currencies, request);
            if ('posting' in answer) await countDeposits(tx, answer.posting.entries);
            return answer;
          }),
          (error) => lostRace(ctx, 'transfer', error),
        )
      : await transferPosterOf(ctx.services).post(tenant, request);
  if ('conflict' in answer) throw new IdempotencyConflictError(data.idempotencyKey);
  if ('invalid' in answer) {
    const path = ['input', 'transfers', String(answer.invalid.transfer), answer.invalid.end];
    throw answer.invalid.error.code === 'CURRENCY_REQUIRED'
      ? new ValidationError([{ path: [...path, 'currency'], message: 'is required' }])
      : new ValidationError([{ path, message: 'must differ from from' }]);
  }
  const outcome = answer.outcome;
  if (!outcome.ok) throw rebuildWalletError(outcome.code, outcome.data);
  const posting = 'posting' in answer ? postedTransaction(answer.posting, meta) : undefined;
  return { result: outcome.result, replay: 'replay' in answer, posting };
}

const reverseInput = z.object({ idempotencyKey, transactionId: z.string(), reason: z.string().trim().min(3).max(500) });

/**
 * Posts the mirror image of a transaction, linked to it. A transaction is reversed at most once.
 * A reversal is a correction: it posts on frozen accounts, with `frozenOverride` 'reversal'
 * unless the caller names another reason (a dispute won, say).
 */
export async function reverseTransaction(ctx: Context, input: z.input<typeof reverseInput>, options: { frozenOverride?: string } = {}) {
  const data = parseInput(reverseInput, input);
  return idempotent(ctx, data.idempotencyKey, 'reverse', data, async (tx) => {
    if (!isUuid(data.transactionId)) throw new TransactionNotFoundError(data.transactionId);
    const [original] = await tx.em.execute<{ id: string; code: string; reverses_id: string | null }[]>(
      `select id, code, reverses_id from ledger_transaction where tenant_id = ? and id = ?`,
      [tx.tenantId, data.transactionId],
    );
    if (!original) throw new TransactionNotFoundError(data.transactionId);
    const [already] = await tx.em.execute(`select 1 from ledger_transaction where tenant_id = ? and reverses_id = ?`, [tx.tenantId, original.id]);
    if (original.reverses_id || already) throw new AlreadyReversedError(original.id);
    const entries = await tx.em.execute<{ account_id: string; amount: string }[]>(
      `select account_id, amount from ledger_entry where tenant_id = ? and transaction_id = ? order by seq, id`,
      [tx.tenantId, original.id],
    );
    const legs: Leg[] = [];
    for (const entry of entries) legs.push({ account: await accountById(tx, entry.account_id), amount: -BigInt(entry.amount) });
    // Two reversals racing: the unique index on reverses_id lets one through.
    const posted = await applyLegs(tx, legs, {
      code: 'REVERSAL',
      reference: original.id,
      metadata: { reason: data.reason, reversedCode: original.code },
      idempotencyKey: data.idempotencyKey,
      reversesId: original.id,
      createdBy: whoCreated(ctx),
      frozenOverride: options.frozenOverride ?? 'reversal',
    }).catch((error: unknown) => {
      throw error instanceof UniqueConstraintViolationException ? new AlreadyReversedError(original.id) : error;
    });
    await tx.audit({ action: 'wallet.transaction.reverse', target: { type: 'LedgerTransaction', id: original.id }, diff: { reversal: { from: null, to: posted.id }, reason: data.reason } });
    return { transactionId: posted.id };
  });
}

// ---------------------------------------------------------------- holds

export interface HoldRow {
  id: string;
  account_id: string;
  amount: string;
  captured: string | null;
  status: 'OPEN' | 'CAPTURED' | 'RELEASED' | 'EXPIRED';
  expires_at: Date | null;
  transaction_id: string | null;
  created_at: Date;
  closed_at: Date | null;
}

const reserveInput = z.object({
  idempotencyKey,
  account: selector,
  amount: z.string(),
  expiresInSeconds: z.number().int().min(1).max(30 * 86_400).nullish(),
});

/** Reserves part of an account's available balance: the check and the reservation are one UPDATE. */
export async function reserveHold(ctx: Context, input: z.input<typeof reserveInput>, within?: TenantTx) {
  const data = parseInput(reserveInput, input);
  const amount = amountAt(data.amount, ['amount']);
  return idempotent(ctx, data.idempotencyKey, 'hold.reserve', data, async (tx) => {
    const account = await resolve(ctx, tx, data.account, null, ['input', 'account']);
    const [row] = await tx.em.execute<AccountRow[]>(
      // In numeric: held + amount past a bigint is BALANCE_OVERFLOW (refusal), not a statement error.
      `update ledger_account set held = held + ?::bigint, last_seq = last_seq + 1
       where tenant_id = ? and id = ? and not frozen and held::numeric + ?::numeric <= ${MAX_AMOUNT}
         and (floor_policy = 'UNBOUNDED' or balance::numeric - held - ?::numeric >= floor_limit)
       returning *`,
      [amount.toString(), tx.tenantId, account.id, amount.toString(), amount.toString()],
    );
    if (!row) throw await refusal(tx, account.id, amount);
    const holdId = newId();
    await tx.em.execute(
      `insert into ledger_hold (id, tenant_id, account_id, amount, status, expires_at)
       values (?, ?, ?, ?, 'OPEN', case when ?::int is null then null else now() + make_interval(secs => ?::int) end)`,
      [holdId, tx.tenantId, account.id, amount.toString(), data.expiresInSeconds ?? null, data.expiresInSeconds ?? null],
    );
    await announce(tx, row, { holdId, code: 'HOLD_RESERVED' });
    return { holdId };
  }, within);
}

async function openHold(tx: TenantTx, holdId: string): Promise<HoldRow> {
  if (!isUuid(holdId)) throw new HoldNotFoundError(holdId);
  const [hold] = await tx.em.execute<HoldRow[]>(`select * from ledger_hold where tenant_id = ? and id = ? for update`, [tx.tenantId, holdId]);
  if (!hold) throw new HoldNotFoundError(holdId);
  if (hold.status !== 'OPEN') throw new HoldNotOpenError(holdId, hold.status);
  return hold;
}

const captureInput = z.object({
  idempotencyKey,
  holdId: z.string(),
  amount: z.string().nullish(),
  to: selector,
  code,
  reference: z.string().max(200).nullish(),
});

/**
 * Captures part or all of an open hold, once, into `to`; what is not captured is released.
 * `frozenOverride` (never from client input): the capture records money that has already left
 * (a payout the provider made), so it posts on a frozen account, saying why.
 */
export async function captureHold(ctx: Context, input: z.input<typeof captureInput>, within?: TenantTx, options: { frozenOverride?: string } = {}) {
  const data = parseInput(captureInput, input);
  const requested = data.amount ? amountAt(data.amount, ['amount']) : null;
  return idempotent(ctx, data.idempotencyKey, 'hold.capture', data, async (tx) => {
    const hold = await openHold(tx, data.holdId);
    const held = BigInt(hold.amount);
    const amount = requested ?? held;
    if (amount > held) throw new CaptureExceedsHoldError(hold.id, hold.amount);
    const from = await accountById(tx, hold.account_id);
    const to = await resolve(ctx, tx, data.to, from, ['input', 'to']);
    assertSameCurrency(from, to);
    if (to.id === from.id) throw new ValidationError([{ path: ['input', 'to'], message: 'must differ from the held account' }]);
    // Both accounts locked at once, in id order, before the held update touches one of them:
    // locking the held account first and the other later would invert the order for one of them.
    await lockAccounts(tx, [from.id, to.id]);
    // Release the whole hold first (never refused), then move the captured part as a transfer.
    const [released] = await tx.em.execute<AccountRow[]>(
      `update ledger_account set held = held - ?::bigint where tenant_id = ? and id = ? returning *`,
      [held.toString(), tx.tenantId, from.id],
    );
    const posted = await applyLegs(tx, [{ account: released!, amount: -amount }, { account: to, amount }], {
      code: data.code,
      reference: data.reference ?? hold.id,
      metadata: { holdId: hold.id },
      idempotencyKey: data.idempotencyKey,
      reversesId: null,
      createdBy: whoCreated(ctx),
      ...(options.frozenOverride ? { frozenOverride: options.frozenOverride } : {}),
    });
    await tx.em.execute(
      `update ledger_hold set status = 'CAPTURED', captured = ?, transaction_id = ?, closed_at = now() where tenant_id = ? and id = ?`,
      [amount.toString(), posted.id, tx.tenantId, hold.id],
    );
    return { holdId: hold.id, transactionId: posted.id };
  }, within);
}

const releaseInput = z.object({ idempotencyKey, holdId: z.string() });

export async function releaseHold(ctx: Context, input: z.input<typeof releaseInput>, within?: TenantTx) {
  const data = parseInput(releaseInput, input);
  return idempotent(ctx, data.idempotencyKey, 'hold.release', data, async (tx) => {
    const hold = await openHold(tx, data.holdId);
    await closeHold(tx, hold, 'RELEASED');
    return { holdId: hold.id };
  }, within);
}

async function closeHold(tx: TenantTx, hold: HoldRow, status: 'RELEASED' | 'EXPIRED'): Promise<void> {
  const [row] = await tx.em.execute<AccountRow[]>(
    `update ledger_account set held = held - ?::bigint, last_seq = last_seq + 1 where tenant_id = ? and id = ? returning *`,
    [hold.amount, tx.tenantId, hold.account_id],
  );
  await tx.em.execute(`update ledger_hold set status = ?, closed_at = now() where tenant_id = ? and id = ?`, [status, tx.tenantId, hold.id]);
  await announce(tx, row!, { holdId: hold.id, code: status === 'RELEASED' ? 'HOLD_RELEASED' : 'HOLD_EXPIRED' });
}

/** Expires the tenant's open holds whose time has passed by the database clock. */
export async function expireHolds(ctx: Context, batch = 200): Promise<number> {
  return tenantTx(ctx, async (tx) => {
    const due = await tx.em.execute<HoldRow[]>(
      `select * from ledger_hold where tenant_id = ? and status = 'OPEN' and expires_at < now() order by account_id, id limit ? for update skip locked`,
      [tx.tenantId, batch],
    );
    for (const hold of due) await closeHold(tx, hold, 'EXPIRED');
    return due.length;
  });
}

// ---------------------------------------------------------------- freezing

export async function setFrozen(ctx: Context, accountId: string, frozen: boolean, reason: string): Promise<AccountRow> {
  const why = parseInput(z.string().trim().min(3).max(500), reason, 'reason');
  return tenantTx(ctx, (tx) => setFrozenInTx(tx, accountId, frozen, why));
}

/** setFrozen in the caller's transaction (risk freezes a player's accounts with its case action); `reason` already checked. */
export async function setFrozenInTx(tx: TenantTx, accountId: string, frozen: boolean, reason: string): Promise<AccountRow> {
  if (!isUuid(accountId)) throw new AccountNotFoundError(accountId);
  const [current] = await tx.em.execute<AccountRow[]>(`select * from ledger_account where tenant_id = ? and id = ? for no key update`, [tx.tenantId, accountId]);
  if (!current) throw new AccountNotFoundError(accountId);
  if (current.frozen === frozen) return current;
  const [row] = await tx.em.execute<AccountRow[]>(
    `update ledger_account set frozen = ?, last_seq = last_seq + 1 where tenant_id = ? and id = ? returning *`,
    [frozen, tx.tenantId, accountId],
  );
  await announce(tx, row!, { code: frozen ? 'ACCOUNT_FROZEN' : 'ACCOUNT_UNFROZEN' });
  await tx.audit({
    action: frozen ? 'wallet.account.freeze' : 'wallet.account.unfreeze',
    target: { type: 'LedgerAccount', id: accountId },
    diff: { frozen: { from: !frozen, to: frozen }, reason },
  });
  return row!;
}

export type { WalletError };
