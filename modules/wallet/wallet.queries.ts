import { z } from 'zod';
import { tenantTx, type Context } from '../../src/context.js';
import { UnauthenticatedError, ValidationError } from '../../src/errors.js';
import { isUuid } from '../../src/ids.js';
import { keysetConnection, type PageArgs } from '../../src/graphql/pagination.js';
import { parseInput } from '../../src/validation.js';
import { loadById } from '../../src/graphql/loaders.js';
import { OWNER_TYPES, type AccountRow } from './wallet.ledger.js';

/** A player's money in one currency. `available` is what they can spend: cash + bonus − held. */
export interface WalletBalance {
  currency: string;
  cash: string;
  bonus: string;
  held: string;
  available: string;
}

function playerId(ctx: Context): string {
  if (ctx.principal?.kind !== 'player') throw new UnauthenticatedError();
  return ctx.principal.playerId;
}

export async function playerWallet(ctx: Context): Promise<WalletBalance[]> {
  const owner = playerId(ctx);
  const rows = await tenantTx(ctx, ({ em }) =>
    em.execute<AccountRow[]>(`select * from ledger_account where owner_type = 'PLAYER' and owner_id = ? order by currency, kind`, [owner]),
  );
  const byCurrency = new Map<string, { cash: bigint; bonus: bigint; held: bigint }>();
  for (const row of rows) {
    const sums = byCurrency.get(row.currency) ?? { cash: 0n, bonus: 0n, held: 0n };
    if (row.kind === 'CASH') sums.cash += BigInt(row.balance);
    else sums.bonus += BigInt(row.balance);
    sums.held += BigInt(row.held);
    byCurrency.set(row.currency, sums);
  }
  const defaultCurrency = ctx.tenant ? await defaultCurrencyOf(ctx) : null;
  if (defaultCurrency && !byCurrency.has(defaultCurrency)) byCurrency.set(defaultCurrency, { cash: 0n, bonus: 0n, held: 0n });
  return [...byCurrency].map(([currency, s]) => ({
    currency,
    cash: s.cash.toString(),
    bonus: s.bonus.toString(),
    held: s.held.toString(),
    available: (s.cash + s.bonus - s.held).toString(),
  }));
}

async function defaultCurrencyOf(ctx: Context): Promise<string | null> {
  const [row] = await ctx.em.execute<{ default_currency: string }[]>(`select default_currency from tenant where id = ?`, [ctx.tenant!.id]);
  return row?.default_currency ?? null;
}

/** One line of a statement: an entry of one of the player's accounts, with its transaction. */
export interface StatementLine {
  id: string;
  transaction_id: string;
  code: string;
  reference: string | null;
  currency: string;
  kind: string;
  amount: string;
  balance_after: string;
  created_at: Date;
}

const statementFilters = z.object({
  code: z.string().max(40).nullish(),
  currency: z.string().length(3).nullish(),
  from: z.date().nullish(),
  to: z.date().nullish(),
});

/** The player's statement, newest first; filters by transaction code (type), currency and time. */
export function playerStatement(ctx: Context, args: PageArgs & z.input<typeof statementFilters>) {
  const owner = playerId(ctx);
  const f = parseInput(statementFilters, { code: args.code, currency: args.currency, from: args.from, to: args.to }, 'filters');
  return keysetConnection<StatementLine>(args, {
    filters: { ...f, from: f.from?.toISOString() ?? null, to: f.to?.toISOString() ?? null },
    keyOf: (line) => line.id,
    fetch: (after, limit) =>
      tenantTx(ctx, ({ em }) =>
        em.execute<StatementLine[]>(
          `select e.id, e.transaction_id, t.code, t.reference, a.currency, a.kind, e.amount, e.balance_after, e.created_at
           from ledger_entry e
           join ledger_account a on a.id = e.account_id
           join ledger_transaction t on t.id = e.transaction_id
           where a.owner_type = 'PLAYER' and a.owner_id = ?
             and (?::text is null or t.code = ?) and (?::text is null or a.currency = ?)
             and (?::timestamptz is null or e.created_at >= ?) and (?::timestamptz is null or e.created_at < ?)
             and (?::uuid is null or e.id < ?)
           order by e.id desc limit ?`,
          [owner, f.code ?? null, f.code ?? null, f.currency ?? null, f.currency ?? null, f.from ?? null, f.from ?? null, f.to ?? null, f.to ?? null, after ?? null, after ?? null, limit],
        ),
      ),
  });
}

/** The player's cash and bonus balances in a currency as they stood at an instant. */
export async function playerBalanceAt(ctx: Context, currency: string, at: Date): Promise<{ currency: string; at: Date; cash: string; bonus: string }> {
  const owner = playerId(ctx);
  const rows = await tenantTx(ctx, ({ em }) =>
    em.execute<{ kind: string; balance: string | null }[]>(
      `select a.kind, (select e.balance_after from ledger_entry e where e.account_id = a.id and e.created_at <= ? order by e.seq desc limit 1) as balance
       from ledger_account a where a.owner_type = 'PLAYER' and a.owner_id = ? and a.currency = ?`,
      [at, owner, currency],
    ),
  );
  const of = (kind: string) => rows.find((r) => r.kind === kind)?.balance ?? '0';
  return { currency, at, cash: of('CASH'), bonus: of('BONUS') };
}

const accountFilters = z.object({
  ownerType: z.enum(OWNER_TYPES).nullish(),
  ownerId: z.string().max(200).nullish(),
  currency: z.string().length(3).nullish(),
});

export function listAccounts(ctx: Context, args: PageArgs & z.input<typeof accountFilters>) {
  const f = parseInput(accountFilters, { ownerType: args.ownerType, ownerId: args.ownerId, currency: args.currency }, 'filters');
  return keysetConnection<AccountRow>(args, {
    filters: f,
    keyOf: (a) => a.id,
    fetch: (after, limit) =>
      tenantTx(ctx, ({ em }) =>
        em.execute<AccountRow[]>(
          `select * from ledger_account
           where (?::text is null or owner_type = ?) and (?::text is null or owner_id = ?) and (?::text is null or currency = ?)
             and (?::uuid is null or id > ?)
           order by id limit ?`,
          [f.ownerType ?? null, f.ownerType ?? null, f.ownerId ?? null, f.ownerId ?? null, f.currency ?? null, f.currency ?? null, after ?? null, after ?? null, limit],
        ),
      ),
  });
}

export interface TransactionView {
  id: string;
  code: string;
  reference: string | null;
  metadata: unknown;
  reversesId: string | null;
  reversedById: string | null;
  createdBy: string;
  createdAt: Date;
  entries: { accountId: string; amount: string; balanceAfter: string; seq: string }[];
}

export async function transactionById(ctx: Context, id: string): Promise<TransactionView | null> {
  if (!isUuid(id)) return null;
  return tenantTx(ctx, async ({ em }) => {
    const [t] = await em.execute<{ id: string; code: string; reference: string | null; metadata: unknown; reverses_id: string | null; created_by: string; created_at: Date }[]>(
      `select * from ledger_transaction where id = ?`,
      [id],
    );
    if (!t) return null;
    const [reversal] = await em.execute<{ id: string }[]>(`select id from ledger_transaction where reverses_id = ?`, [id]);
    const entries = await em.execute<{ account_id: string; amount: string; balance_after: string; seq: string }[]>(
      `select account_id, amount, balance_after, seq from ledger_entry where transaction_id = ? order by id`,
      [id],
    );
    return {
      id: t.id,
      code: t.code,
      reference: t.reference,
      metadata: t.metadata,
      reversesId: t.reverses_id,
      reversedById: reversal?.id ?? null,
      createdBy: t.created_by,
      createdAt: t.created_at,
      entries: entries.map((e) => ({ accountId: e.account_id, amount: e.amount, balanceAfter: e.balance_after, seq: e.seq })),
    };
  });
}

export async function holdById(ctx: Context, id: string) {
  if (!isUuid(id)) throw new ValidationError([{ path: ['id'], message: 'is not a hold id' }]);
  return tenantTx(ctx, async ({ em }) => {
    const [hold] = await em.execute<import('./wallet.service.js').HoldRow[]>(`select * from ledger_hold where id = ?`, [id]);
    return hold ?? null;
  });
}

async function accountsByIds(ctx: Context, ids: readonly string[]): Promise<ReadonlyMap<string, AccountRow>> {
  const valid = ids.filter(isUuid);
  if (valid.length === 0) return new Map();
  const rows = await tenantTx(ctx, ({ em }) => em.execute<AccountRow[]>(`select * from ledger_account where id = any(?::uuid[])`, [`{${valid.join(",")}}`]));
  return new Map(rows.map((a) => [a.id, a]));
}

/** A ledger account by id, batched per operation (one statement for a page of references). */
export function loadLedgerAccount(ctx: Context, id: string | null | undefined): Promise<AccountRow | null> {
  return loadById(ctx, 'wallet.ledgerAccount', accountsByIds, id);
}
