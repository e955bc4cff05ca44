import { z } from 'zod';
import { requireTenant, tenantTx, type Context, type TenantTx } from '../../src/context.js';
import { UnauthenticatedError, ValidationError } from '../../src/errors.js';
import { isUuid } from '../../src/ids.js';
import { keysetPage, type KeysetWindow, type PageArgs } from '../../src/graphql/pagination.js';
import { parseInput } from '../../src/validation.js';
import { loadById } from '../../src/graphql/loaders.js';
import { OWNER_TYPES, accountStream, type AccountRow } from './wallet.ledger.js';
import type { HoldRow } from './wallet.service.js';

/** A player's money in one currency. `available` is what they can spend: cash + bonus − held. */
export interface WalletBalance {
  currency: string;
  cash: string;
  bonus: string;
  held: string;
  available: string;
}

function signedInPlayer(ctx: Context): string {
  if (ctx.principal?.kind !== 'player') throw new UnauthenticatedError();
  return ctx.principal.playerId;
}

/** The signed-in player's balances, per currency (the tenant's default currency always listed). */
export async function playerWallet(ctx: Context): Promise<WalletBalance[]> {
  return (await walletsOf(ctx, [signedInPlayer(ctx)])).get(signedInPlayer(ctx)) ?? [];
}

/** Players' balances per currency, in one statement for all of them (Player.balances on a page of players). */
export async function walletsOf(ctx: Context, playerIds: readonly string[]): Promise<ReadonlyMap<string, WalletBalance[]>> {
  const ids = playerIds.filter(isUuid);
  const { rows, defaultCurrency } = await tenantTx(ctx, async ({ em, tenantId }) => {
    const rows = ids.length === 0 ? [] : await em.execute<AccountRow[]>(
      `select * from ledger_account where tenant_id = ? and owner_type = 'PLAYER' and owner_id = any(?::text[]) order by owner_id, currency, kind`,
      [tenantId, `{${ids.join(',')}}`],
    );
    const [tenant] = await em.execute<{ default_currency: string }[]>(`select default_currency from tenant where id = ?`, [ctx.tenant!.id]);
    return { rows, defaultCurrency: tenant?.default_currency ?? null };
  });
  const result = new Map<string, WalletBalance[]>();
  for (const id of ids) {
    const byCurrency = new Map<string, { cash: bigint; bonus: bigint; held: bigint }>();
    if (defaultCurrency) byCurrency.set(defaultCurrency, { cash: 0n, bonus: 0n, held: 0n });
    for (const row of rows) {
      if (row.owner_id !== id) continue;
      const sums = byCurrency.get(row.currency) ?? { cash: 0n, bonus: 0n, held: 0n };
      if (row.kind === 'CASH') sums.cash += BigInt(row.balance);
      else sums.bonus += BigInt(row.balance);
      sums.held += BigInt(row.held);
      byCurrency.set(row.currency, sums);
    }
    result.set(
      id,
      [...byCurrency].sort(([a], [b]) => a.localeCompare(b)).map(([currency, s]) => ({
        currency,
        cash: s.cash.toString(),
        bonus: s.bonus.toString(),
        held: s.held.toString(),
        available: (s.cash + s.bonus - s.held).toString(),
      })),
    );
  }
  return result;
}

/** A player's balances per currency, batched per operation. */
export async function loadWalletOf(ctx: Context, playerId: string): Promise<WalletBalance[]> {
  return (await loadById(ctx, 'wallet.balances', walletsOf, playerId)) ?? [];
}

/** One line of a statement: an entry of one of the player's accounts, with its transaction. */
export interface StatementLine {
  id: string;
  owner_id: string;
  transaction_id: string;
  code: string;
  reference: string | null;
  currency: string;
  kind: string;
  amount: string;
  balance_after: string;
  created_at: Date;
}

const STATEMENT_COLUMNS = `e.id, a.owner_id, e.transaction_id, t.code, t.reference, a.currency, a.kind, e.amount, e.balance_after, e.created_at`;

const statementFilters = z.object({
  code: z.string().max(40).nullish(),
  currency: z.string().length(3).nullish(),
  from: z.date().nullish(),
  to: z.date().nullish(),
});
export type StatementFilter = z.input<typeof statementFilters>;

/** The window of a listing ordered by id descending (newest first): `after` is older, `before` newer. */
function newestFirst(window: KeysetWindow, column: string): { sql: string; params: (string | null)[]; order: string } {
  return {
    sql: `(?::uuid is null or ${column} < ?) and (?::uuid is null or ${column} > ?)`,
    params: [window.after ?? null, window.after ?? null, window.before ?? null, window.before ?? null],
    order: window.backward ? `${column} asc` : `${column} desc`,
  };
}

/** The player's statement, newest first; filters by transaction code, currency and time. */
export function playerStatement(ctx: Context, args: PageArgs & { filter?: StatementFilter | null }) {
  const owner = signedInPlayer(ctx);
  const f = parseInput(statementFilters, args.filter ?? {}, 'filter');
  const where = `e.tenant_id = ? and a.owner_type = 'PLAYER' and a.owner_id = ?
    and (?::text is null or t.code = ?) and (?::text is null or a.currency = ?)
    and (?::timestamptz is null or e.created_at >= ?) and (?::timestamptz is null or e.created_at < ?)`;
  const params = [requireTenant(ctx).id, owner, f.code ?? null, f.code ?? null, f.currency ?? null, f.currency ?? null, f.from ?? null, f.from ?? null, f.to ?? null, f.to ?? null];
  return keysetPage<StatementLine>(args, {
    filters: { ...f, from: f.from?.toISOString() ?? null, to: f.to?.toISOString() ?? null },
    keyOf: (line) => line.id,
    fetch: (window) => {
      const page = newestFirst(window, 'e.id');
      return tenantTx(ctx, ({ em }) =>
        em.execute<StatementLine[]>(
          `select ${STATEMENT_COLUMNS}
           from ledger_entry e
           join ledger_account a on a.tenant_id = e.tenant_id and a.id = e.account_id
           join ledger_transaction t on t.tenant_id = e.tenant_id and t.id = e.transaction_id
           where ${where} and ${page.sql}
           order by ${page.order} limit ?`,
          [...params, ...page.params, window.limit],
        ),
      );
    },
    count: async () => {
      const [row] = await tenantTx(ctx, ({ em }) =>
        em.execute<{ n: string }[]>(
          `select count(*) as n from ledger_entry e
           join ledger_account a on a.tenant_id = e.tenant_id and a.id = e.account_id
           join ledger_transaction t on t.tenant_id = e.tenant_id and t.id = e.transaction_id
           where ${where}`,
          params,
        ),
      );
      return Number(row!.n);
    },
  });
}

async function statementLinesByIds(ctx: Context, ids: readonly string[]): Promise<ReadonlyMap<string, StatementLine>> {
  const valid = ids.filter(isUuid);
  if (valid.length === 0) return new Map();
  const rows = await tenantTx(ctx, ({ em, tenantId }) =>
    em.execute<StatementLine[]>(
      `select ${STATEMENT_COLUMNS} from ledger_entry e
       join ledger_account a on a.tenant_id = e.tenant_id and a.id = e.account_id
       join ledger_transaction t on t.tenant_id = e.tenant_id and t.id = e.transaction_id
       where e.tenant_id = ? and e.id = any(?::uuid[]) and a.owner_type = 'PLAYER'`,
      [tenantId, `{${valid.join(',')}}`],
    ),
  );
  return new Map(rows.map((l) => [l.id, l]));
}

/** Statement lines (entries of players' accounts) by entry id, batched per operation. */
export function loadStatementLine(ctx: Context, id: string): Promise<StatementLine | null> {
  return loadById(ctx, 'wallet.statementLine', statementLinesByIds, id);
}

/** The player's cash and bonus balances in a currency as they stood at an instant. */
export async function playerBalanceAt(ctx: Context, currency: string, at: Date): Promise<{ currency: string; at: Date; cash: string; bonus: string }> {
  const owner = signedInPlayer(ctx);
  const rows = await tenantTx(ctx, ({ em, tenantId }) =>
    em.execute<{ kind: string; balance: string | null }[]>(
      `select a.kind, (select e.balance_after from ledger_entry e where e.tenant_id = a.tenant_id and e.account_id = a.id and e.created_at <= ? order by e.seq desc limit 1) as balance
       from ledger_account a where a.tenant_id = ? and a.owner_type = 'PLAYER' and a.owner_id = ? and a.currency = ?`,
      [at, tenantId, owner, currency],
    ),
  );
  const of = (kind: string) => rows.find((r) => r.kind === kind)?.balance ?? '0';
  return { currency, at, cash: of('CASH'), bonus: of('BONUS') };
}

const accountFilters = z.object({
  ownerType: z.enum(OWNER_TYPES).nullish(),
  /** The owner as stored: a player's UUID, or a provider's or escrow's reference. */
  ownerId: z.string().max(200).nullish(),
  currency: z.string().length(3).nullish(),
});
export type AccountFilter = z.input<typeof accountFilters>;

/** The tenant's ledger accounts in creation (id) order, filtered by owner and currency. */
export function listAccounts(ctx: Context, args: PageArgs & { filter?: AccountFilter | null }) {
  const f = parseInput(accountFilters, args.filter ?? {}, 'filter');
  const where = `(?::text is null or owner_type = ?) and (?::text is null or owner_id = ?) and (?::text is null or currency = ?)`;
  const params = [f.ownerType ?? null, f.ownerType ?? null, f.ownerId ?? null, f.ownerId ?? null, f.currency ?? null, f.currency ?? null];
  return keysetPage<AccountRow>(args, {
    filters: f,
    keyOf: (a) => a.id,
    fetch: (window) =>
      tenantTx(ctx, ({ em, tenantId }) =>
        em.execute<AccountRow[]>(
          `select * from ledger_account
           where tenant_id = ? and ${where} and (?::uuid is null or id > ?) and (?::uuid is null or id < ?)
           order by id ${window.backward ? 'desc' : 'asc'} limit ?`,
          [tenantId, ...params, window.after ?? null, window.after ?? null, window.before ?? null, window.before ?? null, window.limit],
        ),
      ),
    count: async () => {
      const [row] = await tenantTx(ctx, ({ em, tenantId }) => em.execute<{ n: string }[]>(`select count(*) as n from ledger_account where tenant_id = ? and ${where}`, [tenantId, ...params]));
      return Number(row!.n);
    },
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
  /** Where the transaction sits in a listing (ledgerTransactions' sort key), when it came from one. */
  listingKey?: string;
}

interface TransactionRow {
  id: string;
  code: string;
  reference: string | null;
  metadata: unknown;
  reverses_id: string | null;
  created_by: string;
  created_at: Date;
}

/** Transactions with their entries and reversal links, three statements for any number of them. */
async function transactionsByIds(ctx: Context, ids: readonly string[]): Promise<ReadonlyMap<string, TransactionView>> {
  const valid = ids.filter(isUuid);
  if (valid.length === 0) return new Map();
  const list = `{${valid.join(',')}}`;
  return tenantTx(ctx, async ({ em, tenantId }) => {
    const rows = await em.execute<TransactionRow[]>(`select * from ledger_transaction where tenant_id = ? and id = any(?::uuid[])`, [tenantId, list]);
    if (rows.length === 0) return new Map();
    const found = `{${rows.map((r) => r.id).join(',')}}`;
    const reversals = await em.execute<{ id: string; reverses_id: string }[]>(
      `select id, reverses_id from ledger_transaction where tenant_id = ? and reverses_id = any(?::uuid[])`,
      [tenantId, found],
    );
    const entries = await em.execute<{ transaction_id: string; account_id: string; amount: string; balance_after: string; seq: string }[]>(
      `select transaction_id, account_id, amount, balance_after, seq from ledger_entry where tenant_id = ? and transaction_id = any(?::uuid[]) order by id`,
      [tenantId, found],
    );
    return new Map(
      rows.map((t) => [
        t.id,
        {
          id: t.id,
          code: t.code,
          reference: t.reference,
          metadata: t.metadata,
          reversesId: t.reverses_id,
          reversedById: reversals.find((r) => r.reverses_id === t.id)?.id ?? null,
          createdBy: t.created_by,
          createdAt: t.created_at,
          entries: entries
            .filter((e) => e.transaction_id === t.id)
            .map((e) => ({ accountId: e.account_id, amount: e.amount, balanceAfter: e.balance_after, seq: e.seq })),
        },
      ]),
    );
  });
}

/** A ledger transaction by id, batched per operation; null when it does not exist in the tenant. */
export function loadLedgerTransaction(ctx: Context, id: string | null | undefined): Promise<TransactionView | null> {
  return loadById(ctx, 'wallet.ledgerTransaction', transactionsByIds, id);
}

export async function transactionById(ctx: Context, id: string): Promise<TransactionView | null> {
  return (await transactionsByIds(ctx, [id])).get(id) ?? null;
}

const transactionFilters = z.object({
  accountId: z.string().uuid().nullish(),
  playerId: z.string().uuid().nullish(),
  code: z.string().max(40).nullish(),
  reference: z.string().max(200).nullish(),
  from: z.date().nullish(),
  to: z.date().nullish(),
});
export type TransactionFilter = z.input<typeof transactionFilters>;

/**
 * The tenant's ledger transactions, newest first (by `created_at`, then id), for staff. Each filter
 * is served by an index: an account or a player through the entries' (tenant, account, created_at)
 * index (an entry carries its transaction's `created_at`: both are written in one database
 * transaction), a code, a reference or the time range through ledger_transaction's own
 * (migration 20261206050000). The sort key is (created_at, id): a page continues exactly where
 * the last one ended, backward as well as forward.
 */
export function listTransactions(ctx: Context, args: PageArgs & { filter?: TransactionFilter | null }) {
  const f = parseInput(transactionFilters, args.filter ?? {}, 'filter');
  const tenantId = requireTenant(ctx).id;
  const byAccount = f.accountId != null || f.playerId != null;
  // The rows the listing walks: the transactions themselves, or the entries of one account / a player's accounts.
  const source = byAccount
    ? `(select distinct e.transaction_id as id, e.created_at from ledger_entry e
        where e.tenant_id = ? and e.account_id in (
          select a.id from ledger_account a where a.tenant_id = ? and (?::uuid is null or a.id = ?)
            and (?::text is null or (a.owner_type = 'PLAYER' and a.owner_id = ?)))) s
       join ledger_transaction t on t.id = s.id`
    : `ledger_transaction t`;
  const sourceParams = byAccount ? [tenantId, tenantId, f.accountId ?? null, f.accountId ?? null, f.playerId ?? null, f.playerId ?? null] : [];
  const where = `t.tenant_id = ? and (?::text is null or t.code = ?) and (?::text is null or t.reference = ?)
    and (?::timestamptz is null or t.created_at >= ?) and (?::timestamptz is null or t.created_at < ?)`;
  const params = [...sourceParams, tenantId, f.code ?? null, f.code ?? null, f.reference ?? null, f.reference ?? null, f.from ?? null, f.from ?? null, f.to ?? null, f.to ?? null];
  // The key is the exact created_at as Postgres writes it (microseconds; a JS Date keeps only milliseconds) and the id.
  const keyOf = (t: TransactionView) => t.listingKey!;
  const split = (key: string | undefined): [string | null, string | null] => {
    if (key === undefined) return [null, null];
    const [at, id] = key.split('|');
    if (!isUuid(id ?? '') || !at) throw new ValidationError([{ path: ['after'], message: 'is not a valid cursor' }]);
    return [at, id!];
  };
  return keysetPage<TransactionView>(args, {
    filters: { ...f, from: f.from?.toISOString() ?? null, to: f.to?.toISOString() ?? null },
    keyOf,
    fetch: async (window) => {
      const [afterAt, afterId] = split(window.after);
      const [beforeAt, beforeId] = split(window.before);
      const direction = window.backward ? 'asc' : 'desc';
      const rows = await tenantTx(ctx, ({ em }) =>
        em.execute<{ id: string; k: string }[]>(
          `select t.id, t.created_at::text || '|' || t.id as k from ${source}
           where ${where}
             and (?::timestamptz is null or (t.created_at, t.id) < (?::timestamptz, ?::uuid))
             and (?::timestamptz is null or (t.created_at, t.id) > (?::timestamptz, ?::uuid))
           order by t.created_at ${direction}, t.id ${direction} limit ?`,
          [...params, afterAt, afterAt, afterId, beforeAt, beforeAt, beforeId, window.limit],
        ),
      );
      const views = await transactionsByIds(ctx, rows.map((r) => r.id));
      return rows.flatMap((r) => { const view = views.get(r.id); return view ? [{ ...view, listingKey: r.k }] : []; });
    },
    count: async () => {
      const [row] = await tenantTx(ctx, ({ em }) => em.execute<{ n: string }[]>(`select count(*) as n from ${source} where ${where}`, params));
      return Number(row!.n);
    },
  });
}

async function holdsByIds(ctx: Context, ids: readonly string[]): Promise<ReadonlyMap<string, HoldRow>> {
  const valid = ids.filter(isUuid);
  if (valid.length === 0) return new Map();
  const rows = await tenantTx(ctx, ({ em, tenantId }) => em.execute<HoldRow[]>(`select * from ledger_hold where tenant_id = ? and id = any(?::uuid[])`, [tenantId, `{${valid.join(',')}}`]));
  return new Map(rows.map((h) => [h.id, h]));
}

/** A hold by id, batched per operation; null when it does not exist in the tenant. */
export function loadLedgerHold(ctx: Context, id: string | null | undefined): Promise<HoldRow | null> {
  return loadById(ctx, 'wallet.ledgerHold', holdsByIds, id);
}

export async function holdById(ctx: Context, id: string): Promise<HoldRow | null> {
  return (await holdsByIds(ctx, [id])).get(id) ?? null;
}

async function accountsByIds(ctx: Context, ids: readonly string[]): Promise<ReadonlyMap<string, AccountRow>> {
  const valid = ids.filter(isUuid);
  if (valid.length === 0) return new Map();
  const rows = await tenantTx(ctx, ({ em, tenantId }) => em.execute<AccountRow[]>(`select * from ledger_account where tenant_id = ? and id = any(?::uuid[])`, [tenantId, `{${valid.join(',')}}`]));
  return new Map(rows.map((a) => [a.id, a]));
}

/** A ledger account by id, batched per operation (one statement for a page of references). */
export function loadLedgerAccount(ctx: Context, id: string | null | undefined): Promise<AccountRow | null> {
  return loadById(ctx, 'wallet.ledgerAccount', accountsByIds, id);
}

/** A player's real-money net loss in one currency over a window: what left their CASH account in play. */
export interface NetLoss {
  playerId: string;
  currency: string;
  /** Minor units, > 0. */
  netLoss: bigint;
}

/** The ledger codes of play (seamless bets, wins, rollbacks): net loss is −(their sum) on a player's CASH account. */
export const PLAY_CODES = ['BET', 'WIN', 'BET_ROLLBACK'] as const;

/**
 * Every player's real-money net loss per currency over [from, to), set-based for the whole tenant:
 * −(sum of the BET, WIN and BET_ROLLBACK entries on their CASH accounts), only where it is a loss.
 * Bonus-funded stakes sit on BONUS accounts and never count. It walks the window's play
 * transactions by ledger_transaction_code_time_idx (tenant, code, created_at), then their entries.
 */
export async function netLossesInTx(tx: TenantTx, window: { from: Date; to: Date; currencies: readonly string[] }): Promise<NetLoss[]> {
  if (window.currencies.length === 0) return [];
  const rows = await tx.em.execute<{ player_id: string; currency: string; net_loss: string }[]>(
    `select a.owner_id as player_id, a.currency, -sum(e.amount) as net_loss
     from ledger_transaction t
     join ledger_entry e on e.tenant_id = t.tenant_id and e.transaction_id = t.id
     join ledger_account a on a.tenant_id = e.tenant_id and a.id = e.account_id
     where t.tenant_id = ? and t.code = any(?::text[]) and t.created_at >= ? and t.created_at < ?
       and a.owner_type = 'PLAYER' and a.kind = 'CASH' and a.currency = any(?::text[])
     group by a.owner_id, a.currency
     having sum(e.amount) < 0
     order by a.owner_id, a.currency`,
    [tx.tenantId, `{${PLAY_CODES.join(',')}}`, window.from, window.to, `{${window.currencies.join(',')}}`],
  );
  return rows.map((r) => ({ playerId: r.player_id, currency: r.currency.trim(), netLoss: BigInt(r.net_loss) }));
}

/** A player and a window [from, to) of their play (an experiment exposure's outcome window). */
export interface PlayerWindow {
  playerId: string;
  from: Date;
  to: Date;
}

/**
 * Each window's real-money net gaming revenue for the house in one currency: −(sum of the BET, WIN
 * and BET_ROLLBACK entries on the player's CASH accounts) in [from, to): stakes − wins, negative when
 * the player won. Set-based, one statement for all windows, by ledger_entry_time_idx (tenant,
 * account, created_at); answers one amount per window, in the windows' order (0n without play).
 */
export async function netGamingRevenueInTx(tx: TenantTx, request: { currency: string; windows: readonly PlayerWindow[] }): Promise<bigint[]> {
  if (request.windows.length === 0) return [];
  const rows = await tx.em.execute<{ i: string; ngr: string }[]>(
    `select w.i, -sum(e.amount) as ngr
     from unnest(?::text[], ?::timestamptz[], ?::timestamptz[]) with ordinality as w (player_id, from_at, to_at, i)
     join ledger_account a on a.tenant_id = ? and a.owner_type = 'PLAYER' and a.owner_id = w.player_id and a.kind = 'CASH' and a.currency = ?
     join ledger_entry e on e.tenant_id = a.tenant_id and e.account_id = a.id and e.created_at >= w.from_at and e.created_at < w.to_at
     join ledger_transaction t on t.tenant_id = e.tenant_id and t.id = e.transaction_id
     where t.code = any(?::text[])
     group by w.i`,
    [
      `{${request.windows.map((w) => `"${w.playerId}"`).join(',')}}`,
      `{${request.windows.map((w) => `"${w.from.toISOString()}"`).join(',')}}`,
      `{${request.windows.map((w) => `"${w.to.toISOString()}"`).join(',')}}`,
      tx.tenantId,
      request.currency,
      `{${PLAY_CODES.join(',')}}`,
    ],
  );
  const result = request.windows.map(() => 0n);
  for (const row of rows) result[Number(row.i) - 1] = BigInt(row.ngr);
  return result;
}

/** A player's real-money play on one UTC day in one currency (a window's day, see dailyRealMoneyPlayInTx). */
export interface DailyPlay {
  /** The window's position in the request (0-based). */
  window: number;
  currency: string;
  /** The UTC calendar day, 'YYYY-MM-DD'. */
  day: string;
  /** CASH staked by bets not reversed (minor units, >= 0). */
  staked: bigint;
  /** Bets that took CASH and were not reversed. */
  bets: number;
  /** CASH paid by wins not reversed (minor units, >= 0). */
  won: bigint;
}

/**
 * Each window's real-money play per currency and UTC day, set-based (one statement for all the
 * windows) by ledger_entry_time_idx (tenant, account, created_at) bounded by the window: the entries of the players'
 * CASH accounts in [from, to) of BET and WIN transactions. A bet or win that was reversed (a
 * provider's BET_ROLLBACK, or a staff reversal: a transaction whose reverses_id names it) does not
 * count at all, on whatever day the reversal came; so no day is ever negative. Bonus money (BONUS
 * accounts) and free bets (no CASH entry) are not real money and never count; a bet paid partly
 * with bonus money counts its CASH part and counts as one bet. Days with no such play are absent.
 */
export async function dailyRealMoneyPlayInTx(tx: TenantTx, windows: readonly PlayerWindow[]): Promise<DailyPlay[]> {
  if (windows.length === 0) return [];
  const rows = await tx.em.execute<{ i: string; currency: string; day: string; staked: string; bets: string; won: string }[]>(
    `select w.i, a.currency, to_char(e.created_at at time zone 'UTC', 'YYYY-MM-DD') as day,
            coalesce(-sum(e.amount) filter (where t.code = 'BET'), 0) as staked,
            count(*) filter (where t.code = 'BET' and e.amount < 0) as bets,
            coalesce(sum(e.amount) filter (where t.code = 'WIN'), 0) as won
     from unnest(?::text[], ?::timestamptz[], ?::timestamptz[]) with ordinality as w (player_id, from_at, to_at, i)
     join ledger_account a on a.tenant_id = ? and a.owner_type = 'PLAYER' and a.owner_id = w.player_id and a.kind = 'CASH'
     -- A lateral subquery kept apart (offset 0), so that each window's time range bounds the index
     -- scan; joined flat, the planner read all of the tenant's entries and filtered them by time.
     cross join lateral (
       select e.amount, e.created_at, e.transaction_id from ledger_entry e
       where e.tenant_id = a.tenant_id and e.account_id = a.id and e.created_at >= w.from_at and e.created_at < w.to_at
       offset 0) e
     join ledger_transaction t on t.tenant_id = a.tenant_id and t.id = e.transaction_id
     where t.code in ('BET', 'WIN')
       and not exists (select 1 from ledger_transaction r where r.tenant_id = t.tenant_id and r.reverses_id = t.id)
     group by w.i, a.currency, day
     order by w.i, a.currency, day`,
    [
      `{${windows.map((w) => `"${w.playerId}"`).join(',')}}`,
      `{${windows.map((w) => `"${w.from.toISOString()}"`).join(',')}}`,
      `{${windows.map((w) => `"${w.to.toISOString()}"`).join(',')}}`,
      tx.tenantId,
    ],
  );
  return rows.map((r) => ({ window: Number(r.i) - 1, currency: r.currency.trim(), day: r.day, staked: BigInt(r.staked), bets: Number(r.bets), won: BigInt(r.won) }));
}

/** A player's own accounts (CASH, BONUS, POINTS) in every currency, in the caller's transaction (risk: freezing a player). */
export function playerAccountsInTx(tx: TenantTx, playerId: string): Promise<AccountRow[]> {
  if (!isUuid(playerId)) return Promise.resolve([]);
  return tx.em.execute<AccountRow[]>(`select * from ledger_account where tenant_id = ? and owner_type = 'PLAYER' and owner_id = ? order by id`, [tx.tenantId, playerId]);
}

/**
 * The last event seq of the accounts behind these outbox streams (`account:<id>`), keyed by
 * stream; only the given player's accounts when `ownerPlayerId` is set. Unknown streams are left out.
 */
export async function accountStreamHeads(tx: TenantTx, streams: readonly string[], ownerPlayerId: string | null): Promise<Map<string, number>> {
  const ids = streams.map((s) => s.slice('account:'.length)).filter((id, i) => streams[i]!.startsWith('account:') && isUuid(id));
  if (ids.length === 0) return new Map();
  const rows = await tx.em.execute<{ id: string; last_seq: string }[]>(
    `select id, last_seq from ledger_account
      where tenant_id = ? and id = any(?::uuid[]) and (?::text is null or (owner_type = 'PLAYER' and owner_id = ?::text))`,
    [tx.tenantId, `{${ids.join(',')}}`, ownerPlayerId, ownerPlayerId],
  );
  return new Map(rows.map((r) => [accountStream(r.id), Number(r.last_seq)]));
}
