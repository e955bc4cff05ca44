import type { Context, Services, TenantTx } from '../../src/context.js';
import { systemContext, tenantTx, tenantTxFor } from '../../src/context.js';
import { ValidationError } from '../../src/errors.js';
import { playerRegistrationsInTx } from '../identity/index.js';
import { tenantContexts, tenantTimeZoneInTx } from '../tenants/index.js';
import { FEED_START, ledgerFeedInTx, type FeedCursor, type FeedRow } from '../wallet/index.js';
import { COUNT_COLUMNS, KPI_FEED_CODES, SUM_COLUMNS, effectOf, type CountColumn, type Product, type SumColumn } from './kpis.figures.js';
import { localDay, monthOf, retentionOf } from './kpis.time.js';

/**
 * The roll-ups (docs/kpis.md "How the figures are kept"): the `kpi-rollup` job folds each tenant's
 * ledger feed, page by page, into per-day figures. A tenant's cursor (`kpi_cursor`) moves in the
 * transaction that writes the page's figures and is taken FOR UPDATE SKIP LOCKED, so every ledger
 * transaction is counted exactly once whatever runs twice or at once. The bet path writes nothing
 * for KPIs: they cost it one index entry of the feed, which VIP already reads.
 */
export const ROLLUP_PAGE = 2000;
const BACKFILL_PAGE = 5000;

type Figures = Partial<Record<SumColumn | CountColumn, bigint>>;

interface PlayerState {
  registeredAt: Date;
  firstDepositAt: Date | null;
  firstDepositOn: string | null;
  firstDepositCurrency: string | null;
  firstDepositAmount: bigint | null;
  firstPlayedAt: Date | null;
  registrationRetained: number[];
  registrationRetainedCalendar: number[];
  depositRetained: number[];
  depositRetainedCalendar: number[];
}

interface ActiveFlags {
  casino: boolean;
  poker: boolean;
}

export interface RollupCounts {
  /** Feed rows folded. */
  read: number;
  /** Whether the tenant's roll-ups were rebuilt (its time zone changed). */
  rebuilt: boolean;
}

/** Folds the tenant's new feed rows until the feed has no full page left. */
export async function rollUpTenant(services: Services, tenantId: string, options: { pageSize?: number } = {}): Promise<RollupCounts> {
  const tenant = await services.tenants.byId(services, tenantId);
  const counts: RollupCounts = { read: 0, rebuilt: false };
  if (!tenant) return counts;
  const ctx = systemContext(services, tenant);
  const pageSize = options.pageSize ?? ROLLUP_PAGE;
  for (;;) {
    const step = await tenantTxFor(ctx, tenantId, async (tx): Promise<'locked' | 'again' | number> => {
      const timeZone = await tenantTimeZoneInTx(tx);
      const [cursor] = await tx.em.execute<{ last_xid: string; last_id: string; time_zone: string }[]>(
        `select last_xid::text as last_xid, last_id, time_zone from kpi_cursor where tenant_id = ? for update skip locked`,
        [tenantId],
      );
      if (!cursor) {
        const [exists] = await tx.em.execute<{ n: number }[]>(`select 1 as n from kpi_cursor where tenant_id = ?`, [tenantId]);
        if (exists) return 'locked';
        await openCursorInTx(tx, timeZone);
        return 'again';
      }
      if (cursor.time_zone !== timeZone) {
        await rebuildInTx(tx, timeZone);
        counts.rebuilt = true;
        return 'again';
      }
      const rows = await ledgerFeedInTx(tx, { xid: cursor.last_xid, id: cursor.last_id }, KPI_FEED_CODES, pageSize);
      if (rows.length > 0) await foldPageInTx(tx, timeZone, rows);
      const last: FeedCursor = rows.length > 0 ? rows[rows.length - 1]!.cursor : { xid: cursor.last_xid, id: cursor.last_id };
      // Caught up: every committed transaction before this one's snapshot horizon is in.
      await tx.em.execute(`update kpi_cursor set last_xid = ?::xid8, last_id = ?::uuid, fed_until = case when ? then now() else ? end where tenant_id = ?`, [
        last.xid,
        last.id,
        rows.length < pageSize,
        rows.length > 0 ? rows[rows.length - 1]!.createdAt : null,
        tenantId,
      ]);
      return rows.length;
    });
    if (step === 'locked') return counts;
    if (step === 'again') continue;
    counts.read += step;
    if (step < pageSize) return counts;
  }
}

/** Rolls up every active tenant (the kpi-rollup job); one tenant's failure does not hold up the others. */
export async function rollUpAllTenants(services: Services): Promise<number> {
  let read = 0;
  let failed = 0;
  for await (const ctx of tenantContexts(services)) {
    if (!ctx.tenant || ctx.tenant.status !== 'ACTIVE') continue;
    try {
      read += (await rollUpTenant(services, ctx.tenant.id)).read;
    } catch (error) {
      failed += 1;
      services.logger.error({ err: error, tenantId: ctx.tenant.id }, 'kpi roll-up failed for a tenant');
    }
  }
  if (failed > 0) throw new Error(`kpi roll-up: ${failed} tenant(s) failed (see the log)`);
  return read;
}

/** Starts a tenant's roll-ups at the beginning of its ledger, with a row for every player it has. */
async function openCursorInTx(tx: TenantTx, timeZone: string): Promise<void> {
  await tx.em.execute(
    `insert into kpi_cursor (tenant_id, last_xid, last_id, time_zone) values (?, ?::xid8, ?::uuid, ?) on conflict (tenant_id) do nothing`,
    [tx.tenantId, FEED_START.xid, FEED_START.id, timeZone],
  );
  let afterId: string | null = null;
  for (;;) {
    const page = await playerRegistrationsInTx(tx, { afterId, limit: BACKFILL_PAGE });
    if (page.length === 0) return;
    await insertPlayersInTx(tx, timeZone, page);
    afterId = page[page.length - 1]!.playerId;
  }
}

/** A new time zone: every day is counted again from the start of the ledger, in the new zone. */
async function rebuildInTx(tx: TenantTx, timeZone: string): Promise<void> {
  for (const table of ['kpi_day', 'kpi_month', 'kpi_active_day', 'kpi_active_month']) {
    await tx.em.execute(`delete from ${table} where tenant_id = ?`, [tx.tenantId]);
  }
  await tx.em.execute(
    `update kpi_player set registered_on = (registered_at at time zone ?)::date, first_deposit_at = null, first_deposit_on = null,
       first_deposit_currency = null, first_deposit_amount = null, first_played_at = null, registration_retained = '{}',
       registration_retained_calendar = '{}', deposit_retained = '{}', deposit_retained_calendar = '{}'
     where tenant_id = ?`,
    [timeZone, tx.tenantId],
  );
  await tx.em.execute(`update kpi_cursor set last_xid = ?::xid8, last_id = ?::uuid, time_zone = ?, fed_until = null, rebuilt_at = now() where tenant_id = ?`, [
    FEED_START.xid,
    FEED_START.id,
    timeZone,
    tx.tenantId,
  ]);
}

/**
 * Rebuilds the tenant's roll-ups from the start of its ledger (the CroupierKpiDrift runbook,
 * docs/kpis.md "Rebuilding"): figures are cleared at once and come back as the kpi-rollup job
 * reads the feed again. Waits for a running page or check (it takes the cursor FOR UPDATE). Audited.
 */
export async function rebuildKpis(ctx: Context, reason: string): Promise<Date> {
  const trimmed = reason.trim();
  if (trimmed.length === 0 || trimmed.length > 500) throw new ValidationError([{ path: ['input', 'reason'], message: 'must be 1-500 characters' }]);
  return tenantTx(ctx, async (tx) => {
    const [cursor] = await tx.em.execute<{ n: number }[]>(`select 1 as n from kpi_cursor where tenant_id = ? for update`, [tx.tenantId]);
    if (cursor) await rebuildInTx(tx, await tenantTimeZoneInTx(tx));
    await tx.audit({ action: 'kpis.rebuild', target: { type: 'Tenant', id: tx.tenantId }, diff: { reason: { from: null, to: trimmed } } });
    const [now] = await tx.em.execute<{ now: Date }[]>(`select now() as now`);
    return new Date(now!.now);
  });
}

/** The registration hook: the new player's row, in the registration's transaction. */
export async function recordRegistrationInTx(tx: TenantTx, playerId: string): Promise<void> {
  const timeZone = await tenantTimeZoneInTx(tx);
  await tx.em.execute(
    `insert into kpi_player (tenant_id, player_id, registered_at, registered_on) values (?, ?, now(), (now() at time zone ?)::date)
     on conflict (tenant_id, player_id) do nothing`,
    [tx.tenantId, playerId, timeZone],
  );
}

async function insertPlayersInTx(tx: TenantTx, timeZone: string, players: { playerId: string; registeredAt: Date }[]): Promise<void> {
  if (players.length === 0) return;
  await tx.em.execute(
    `insert into kpi_player (tenant_id, player_id, registered_at, registered_on)
     select ?, x.player_id, x.registered_at, (x.registered_at at time zone ?)::date
     from jsonb_to_recordset(?::jsonb) as x(player_id uuid, registered_at timestamptz)
     on conflict (tenant_id, player_id) do nothing`,
    [tx.tenantId, timeZone, JSON.stringify(players.map((p) => ({ player_id: p.playerId, registered_at: p.registeredAt.toISOString() })))],
  );
}

/** One page of the feed into the roll-ups: sums, first deposits, active players and retention. */
export async function foldPageInTx(tx: TenantTx, timeZone: string, rows: readonly FeedRow[]): Promise<void> {
  const days = new Map<string, Figures>();
  const months = new Map<string, Figures>();
  const bump = (into: Map<string, Figures>, key: string, column: SumColumn | CountColumn, amount: bigint) => {
    const figures = into.get(key) ?? {};
    figures[column] = (figures[column] ?? 0n) + amount;
    into.set(key, figures);
  };
  const effects = rows.map((row) => ({ row, day: localDay(row.createdAt, timeZone), effect: effectOf(row) }));
  const playerIds = [...new Set(effects.flatMap(({ effect }) => [...effect.active, ...effect.deposits].map((x) => x.playerId)))];
  const players = await playerStatesInTx(tx, timeZone, playerIds);
  const dirty = new Set<string>();

  // Activity seen on this page, merged per day and month (the products each player used).
  const activeDays = new Map<string, ActiveFlags>();
  const activeMonths = new Map<string, ActiveFlags>();
  const mark = (into: Map<string, ActiveFlags>, key: string, product: Product) => {
    const flags = into.get(key) ?? { casino: false, poker: false };
    if (product === 'CASINO') flags.casino = true;
    else flags.poker = true;
    into.set(key, flags);
  };

  for (const { row, day, effect } of effects) {
    for (const s of effect.sums) bump(days, `${day}|${s.currency}`, s.column, s.amount);
    for (const d of effect.deposits) {
      const player = players.get(d.playerId);
      if (!player || player.firstDepositAt) continue;
      Object.assign(player, { firstDepositAt: row.createdAt, firstDepositOn: day, firstDepositCurrency: d.currency, firstDepositAmount: d.amount });
      dirty.add(d.playerId);
      bump(days, `${day}|${d.currency}`, 'ftd_count', 1n);
      bump(days, `${day}|${d.currency}`, 'ftd_amount', d.amount);
    }
    for (const a of effect.active) {
      mark(activeDays, `${day}|${a.currency}|${a.playerId}`, a.product);
      mark(activeMonths, `${monthOf(day)}|${a.currency}|${a.playerId}`, a.product);
      const player = players.get(a.playerId);
      if (!player) continue;
      if (retainInto(player, 'registration', player.registeredAt, row.createdAt, timeZone)) dirty.add(a.playerId);
      if (player.firstDepositAt && row.createdAt >= player.firstDepositAt && retainInto(player, 'deposit', player.firstDepositAt, row.createdAt, timeZone)) dirty.add(a.playerId);
      if (!player.firstPlayedAt || row.createdAt < player.firstPlayedAt) {
        player.firstPlayedAt = row.createdAt;
        dirty.add(a.playerId);
      }
    }
  }

  await countActiveInTx(tx, 'kpi_active_day', 'day', activeDays, (key, column) => bump(days, key, column, 1n));
  await countActiveInTx(tx, 'kpi_active_month', 'month', activeMonths, (key, column) => bump(months, key, column, 1n));
  await addFiguresInTx(tx, 'kpi_day', 'day', days, [...SUM_COLUMNS, ...COUNT_COLUMNS]);
  await addFiguresInTx(tx, 'kpi_month', 'month', months, ['active_players', 'casino_active', 'poker_active']);
  await savePlayersInTx(tx, [...dirty].map((id) => [id, players.get(id)!] as const));
}

/** Adds the retention day an activity earns to the cohort's lists; true when something was added. */
function retainInto(player: PlayerState, cohort: 'registration' | 'deposit', zero: Date, at: Date, timeZone: string): boolean {
  const { rolling, calendar } = retentionOf(zero, at, timeZone);
  const lists = cohort === 'registration' ? [player.registrationRetained, player.registrationRetainedCalendar] : [player.depositRetained, player.depositRetainedCalendar];
  let changed = false;
  for (const [list, day] of [[lists[0]!, rolling], [lists[1]!, calendar]] as const) {
    if (day !== null && !list.includes(day)) {
      list.push(day);
      changed = true;
    }
  }
  return changed;
}

/** The players' roll-up rows; a player without one (registered before the roll-ups began) gets it now. */
async function playerStatesInTx(tx: TenantTx, timeZone: string, playerIds: readonly string[]): Promise<Map<string, PlayerState>> {
  const states = new Map<string, PlayerState>();
  if (playerIds.length === 0) return states;
  const read = () =>
    tx.em.execute<
      {
        player_id: string;
        registered_at: Date;
        first_deposit_at: Date | null;
        first_deposit_on: string | null;
        first_deposit_currency: string | null;
        first_deposit_amount: string | null;
        first_played_at: Date | null;
        registration_retained: number[];
        registration_retained_calendar: number[];
        deposit_retained: number[];
        deposit_retained_calendar: number[];
      }[]
    >(
      `select player_id, registered_at, first_deposit_at, to_char(first_deposit_on, 'YYYY-MM-DD') as first_deposit_on, first_deposit_currency,
              first_deposit_amount::text as first_deposit_amount, first_played_at, registration_retained, registration_retained_calendar,
              deposit_retained, deposit_retained_calendar
       from kpi_player where tenant_id = ? and player_id = any (?::uuid[])`,
      [tx.tenantId, `{${playerIds.join(',')}}`],
    );
  let rows = await read();
  if (rows.length < playerIds.length) {
    const known = new Set(rows.map((r) => r.player_id));
    await insertPlayersInTx(tx, timeZone, await playerRegistrationsInTx(tx, { ids: playerIds.filter((id) => !known.has(id)) }));
    rows = await read();
  }
  for (const r of rows) {
    states.set(r.player_id, {
      registeredAt: new Date(r.registered_at),
      firstDepositAt: r.first_deposit_at ? new Date(r.first_deposit_at) : null,
      firstDepositOn: r.first_deposit_on,
      firstDepositCurrency: r.first_deposit_currency?.trim() ?? null,
      firstDepositAmount: r.first_deposit_amount === null ? null : BigInt(r.first_deposit_amount),
      firstPlayedAt: r.first_played_at ? new Date(r.first_played_at) : null,
      registrationRetained: r.registration_retained,
      registrationRetainedCalendar: r.registration_retained_calendar,
      depositRetained: r.deposit_retained,
      depositRetainedCalendar: r.deposit_retained_calendar,
    });
  }
  return states;
}

async function savePlayersInTx(tx: TenantTx, players: readonly (readonly [string, PlayerState])[]): Promise<void> {
  if (players.length === 0) return;
  const rows = players.map(([id, p]) => ({
    player_id: id,
    first_deposit_at: p.firstDepositAt?.toISOString() ?? null,
    first_deposit_on: p.firstDepositOn,
    first_deposit_currency: p.firstDepositCurrency,
    first_deposit_amount: p.firstDepositAmount?.toString() ?? null,
    first_played_at: p.firstPlayedAt?.toISOString() ?? null,
    registration_retained: p.registrationRetained,
    registration_retained_calendar: p.registrationRetainedCalendar,
    deposit_retained: p.depositRetained,
    deposit_retained_calendar: p.depositRetainedCalendar,
  }));
  await tx.em.execute(
    `update kpi_player p set first_deposit_at = x.first_deposit_at, first_deposit_on = x.first_deposit_on, first_deposit_currency = x.first_deposit_currency,
            first_deposit_amount = x.first_deposit_amount, first_played_at = x.first_played_at,
            registration_retained = x.registration_retained, registration_retained_calendar = x.registration_retained_calendar,
            deposit_retained = x.deposit_retained, deposit_retained_calendar = x.deposit_retained_calendar
     from jsonb_to_recordset(?::jsonb) as x(player_id uuid, first_deposit_at timestamptz, first_deposit_on date, first_deposit_currency char(3),
            first_deposit_amount bigint, first_played_at timestamptz, registration_retained smallint[], registration_retained_calendar smallint[],
            deposit_retained smallint[], deposit_retained_calendar smallint[])
     where p.tenant_id = ? and p.player_id = x.player_id`,
    [JSON.stringify(rows), tx.tenantId],
  );
}

/**
 * Records the page's active players for a period (`day` or `month` table) and counts, through
 * `count`, each player the first time they are active in the period (and on each product).
 */
async function countActiveInTx(
  tx: TenantTx,
  table: 'kpi_active_day' | 'kpi_active_month',
  period: 'day' | 'month',
  seen: Map<string, ActiveFlags>,
  count: (periodCurrency: string, column: 'active_players' | 'casino_active' | 'poker_active') => void,
): Promise<void> {
  if (seen.size === 0) return;
  const keys = [...seen.keys()].map((key) => {
    const [at, currency, playerId] = key.split('|') as [string, string, string];
    return { at, currency, player_id: playerId };
  });
  const existing = await tx.em.execute<{ at: string; currency: string; player_id: string; casino: boolean; poker: boolean }[]>(
    // `currency char(3)` as the table has it: compared as text, the key's currency column could not
    // bound the probe, and each probe read every player active that day (bench:kpis, docs/kpis-benchmark.md).
    `select to_char(a.${period}, 'YYYY-MM-DD') as at, a.currency, a.player_id, a.casino, a.poker
     from ${table} a join jsonb_to_recordset(?::jsonb) as x(at date, currency char(3), player_id uuid)
       on a.${period} = x.at and a.currency = x.currency and a.player_id = x.player_id
     where a.tenant_id = ?`,
    [JSON.stringify(keys), tx.tenantId],
  );
  const before = new Map(existing.map((e) => [`${e.at}|${e.currency.trim()}|${e.player_id}`, e]));
  const changed: { at: string; currency: string; player_id: string; casino: boolean; poker: boolean }[] = [];
  for (const [key, flags] of seen) {
    const old = before.get(key);
    const [at, currency, playerId] = key.split('|') as [string, string, string];
    const group = `${at}|${currency}`;
    if (!old) count(group, 'active_players');
    if (flags.casino && !old?.casino) count(group, 'casino_active');
    if (flags.poker && !old?.poker) count(group, 'poker_active');
    const casino = flags.casino || !!old?.casino;
    const poker = flags.poker || !!old?.poker;
    if (!old || casino !== old.casino || poker !== old.poker) changed.push({ at, currency, player_id: playerId, casino, poker });
  }
  if (changed.length === 0) return;
  await tx.em.execute(
    `insert into ${table} (tenant_id, ${period}, currency, player_id, casino, poker)
     select ?, x.at, x.currency, x.player_id, x.casino, x.poker
     from jsonb_to_recordset(?::jsonb) as x(at date, currency char(3), player_id uuid, casino boolean, poker boolean)
     on conflict (tenant_id, ${period}, currency, player_id) do update set casino = excluded.casino, poker = excluded.poker`,
    [tx.tenantId, JSON.stringify(changed)],
  );
}

/** Adds figures to their period's rows (`day|currency` keys), creating the rows that do not exist yet. */
async function addFiguresInTx(tx: TenantTx, table: 'kpi_day' | 'kpi_month', period: 'day' | 'month', figures: Map<string, Figures>, columns: readonly (SumColumn | CountColumn)[]): Promise<void> {
  if (figures.size === 0) return;
  const rows = [...figures].map(([key, f]) => {
    const [at, currency] = key.split('|') as [string, string];
    return { at, currency, ...Object.fromEntries(columns.map((c) => [c, (f[c] ?? 0n).toString()])) };
  });
  await tx.em.execute(
    `insert into ${table} (tenant_id, ${period}, currency, ${columns.join(', ')})
     select ?, x.at, x.currency, ${columns.map((c) => `x.${c}`).join(', ')}
     from jsonb_to_recordset(?::jsonb) as x(at date, currency char(3), ${columns.map((c) => `${c} bigint`).join(', ')})
     on conflict (tenant_id, ${period}, currency) do update set ${columns.map((c) => `${c} = ${table}.${c} + excluded.${c}`).join(', ')}`,
    [tx.tenantId, JSON.stringify(rows)],
  );
}
