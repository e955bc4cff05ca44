import type { Services, TenantTx } from '../../src/context.js';
import { systemContext, tenantTxFor } from '../../src/context.js';
import { gameCategoriesByCode } from '../games/index.js';
import { rakeSharesOf } from '../poker/index.js';
import { tenantContexts } from '../tenants/index.js';
import { ledgerFeedInTx, type FeedRow } from '../wallet/index.js';
import { creditLotsInTx, debitLotsInTx, postPointsBatchInTx, postPointsInTx, utcDay, type LotCredit, type PointsPosting } from './vip.ledger.js';
import { startFeedCursorInTx, vipSettingsInTx, weightOf, type VipSettings } from './vip.settings.js';
import { rateOfInTx, upgradeTiersInTx } from './vip.tiering.js';
import { pointsFor } from './vip.units.js';

/**
 * Accrual (docs/vip.md "Accrual"): points are read from the ledger feed after the bets, not in
 * the bet's own transaction, so a bet costs nothing more than its ledger row. A tenant's cursor
 * (`vip_feed_cursor`) moves in the same transaction as the points of the rows it passes, so each
 * bet, rake and rollback is counted exactly once, whatever runs twice or at once (a second
 * instance skips a tenant whose cursor is locked).
 */
export const FEED_CODES = ['BET', 'BET_ROLLBACK', 'POKER_RAKE'] as const;

/**
 * Who may write each fed code: the seamless wallet (PROVIDER:<id>) bets and rolls back, a poker
 * table (POKER:<table>) takes rake. Partners may post any code through postTransfers, but never
 * under these labels, so a BET or POKER_RAKE of theirs earns nothing.
 */
const WRITER_OF: Record<(typeof FEED_CODES)[number], string> = { BET: 'PROVIDER:', BET_ROLLBACK: 'PROVIDER:', POKER_RAKE: 'POKER:' };
export function isTrustedFeedRow(row: FeedRow): boolean {
  const writer = WRITER_OF[row.code as keyof typeof WRITER_OF];
  return writer !== undefined && row.createdBy.startsWith(writer);
}
export const ACCRUAL_PAGE = 2000;
const CREATED_BY = 'SYSTEM:vip-accrual';

export interface AccrualCounts {
  /** Feed rows read. */
  processed: number;
  /** Players whose points changed (counted once per page). */
  players: number;
}

/** What one source earned a player: the stake or share, how it was weighed, the points, the day. */
interface BetEarning {
  playerId: string;
  currency: string;
  basis: bigint;
  weightPct: number;
  rateBp: number;
  points: bigint;
  earnedOn: string;
}

/** A `vip_accrual` row: an earning and its source (a rollback names the bet it reverses). */
interface AccrualRow extends BetEarning {
  sourceId: string;
  kind: 'BET' | 'RAKE' | 'ROLLBACK';
  reversesId: string | null;
}

/** Reads the tenant's new feed rows into points, page by page, until the feed has no full page left. */
export async function accrueTenant(services: Services, tenantId: string, options: { pageSize?: number } = {}): Promise<AccrualCounts> {
  const tenant = await services.tenants.byId(services, tenantId);
  const counts: AccrualCounts = { processed: 0, players: 0 };
  if (!tenant) return counts;
  const ctx = systemContext(services, tenant);
  const pageSize = options.pageSize ?? ACCRUAL_PAGE;
  for (;;) {
    const page = await tenantTxFor(ctx, tenantId, async (tx) => {
      const settings = await vipSettingsInTx(tx);
      if (!settings?.enabled) return null;
      const [cursor] = await tx.em.execute<{ last_xid: string; last_id: string }[]>(
        `select last_xid::text as last_xid, last_id from vip_feed_cursor where tenant_id = ? for update skip locked`,
        [tenantId],
      );
      if (!cursor) {
        // Locked by another instance (it reads the feed now), or not opened yet: open it, and start counting from here.
        const [exists] = await tx.em.execute<{ n: number }[]>(`select 1 as n from vip_feed_cursor where tenant_id = ?`, [tenantId]);
        if (!exists) await startFeedCursorInTx(tx);
        return null;
      }
      const rows = await ledgerFeedInTx(tx, { xid: cursor.last_xid, id: cursor.last_id }, FEED_CODES, pageSize);
      if (rows.length === 0) return { read: 0, players: 0 };
      const touched = await accruePageInTx(tx, settings, rows, services.config.walletHouseStripes);
      const last = rows[rows.length - 1]!.cursor;
      await tx.em.execute(`update vip_feed_cursor set last_xid = ?::xid8, last_id = ?::uuid, updated_at = now() where tenant_id = ?`, [last.xid, last.id, tenantId]);
      if (touched.length > 0) await upgradeTiersInTx(ctx, tx, touched);
      return { read: rows.length, players: touched.length };
    });
    if (!page) return counts;
    counts.processed += page.read;
    counts.players += page.players;
    if (page.read < pageSize) return counts;
  }
}

/** Accrual over every tenant with a VIP programme (the vip-accrual job). */
export async function accrueAllTenants(services: Services): Promise<AccrualCounts> {
  const counts: AccrualCounts = { processed: 0, players: 0 };
  const tenants = await tenantsWithProgramme(services);
  let failed = 0;
  for (const tenantId of tenants) {
    try {
      const c = await accrueTenant(services, tenantId);
      counts.processed += c.processed;
      counts.players += c.players;
    } catch (error) {
      // One tenant's failure (its page rolled back, its cursor where it was) does not hold up the others.
      failed += 1;
      services.logger.error({ err: error, tenantId }, 'vip accrual failed for a tenant');
    }
  }
  if (failed > 0) throw new Error(`vip accrual: ${failed} tenant(s) failed (see the log)`);
  return counts;
}

/** The active tenants (accrueTenant itself skips those without a programme). */
async function tenantsWithProgramme(services: Services): Promise<string[]> {
  const ids: string[] = [];
  for await (const ctx of tenantContexts(services)) {
    if (ctx.tenant && ctx.tenant.status === 'ACTIVE') ids.push(ctx.tenant.id);
  }
  return ids;
}

/** accrualLagInTx in a transaction of its own. */
export async function accrualLag(services: Services, tenantId: string): Promise<number> {
  const tenant = await services.tenants.byId(services, tenantId);
  if (!tenant) return 0;
  return tenantTxFor(systemContext(services, tenant), tenantId, (tx) => accrualLagInTx(tx));
}

/** Feed rows of the tenant not yet read by accrual (committed, of the fed codes): how far it lags. */
export async function accrualLagInTx(tx: TenantTx): Promise<number> {
  const [row] = await tx.em.execute<{ n: string }[]>(
    `select count(*)::text as n from ledger_transaction t, vip_feed_cursor c
     where c.tenant_id = ? and t.tenant_id = c.tenant_id and (t.xid, t.id) > (c.last_xid, c.last_id) and t.code = any (?::text[])`,
    [tx.tenantId, `{${FEED_CODES.join(',')}}`],
  );
  return row ? Number(row.n) : 0;
}

/** The points of one page of the feed: accrual rows, one earn posting per player, lots, then rollbacks. Answers the players touched. */
async function accruePageInTx(tx: TenantTx, settings: VipSettings, page: readonly FeedRow[], stripes: number): Promise<string[]> {
  const rows = page.filter(isTrustedFeedRow);
  if (rows.length === 0) return [];
  const bets = rows.filter((r) => r.code === 'BET');
  const rollbacks = rows.filter((r) => r.code === 'BET_ROLLBACK' && r.reversesId !== null);
  const rakes = rows.filter((r) => r.code === 'POKER_RAKE');

  // Who earns: every player with a real-money stake or a rake share on the page.
  const playerOfBet = (r: FeedRow) => r.playerLegs[0]?.playerId ?? null;
  const earners = new Set<string>();
  for (const r of bets) {
    const p = playerOfBet(r);
    if (p) earners.add(p);
  }
  for (const r of rakes) for (const p of Object.keys(rakeSharesOf(r.metadata))) earners.add(p);
  const rates = await rateOfInTx(tx, [...earners]);
  const rateOf = (playerId: string) => rates.get(playerId) ?? 10_000;
  const codes = [...new Set(bets.map((r) => gameOf(r)).filter((g): g is string => g !== null))];
  const categories = await gameCategoriesByCode(tx, codes);

  // Bets already rolled back (their rollback was read first: the feed is in database-transaction order).
  const reversed = new Set<string>();
  if (bets.length > 0) {
    const found = await tx.em.execute<{ reverses_id: string }[]>(
      `select reverses_id from vip_accrual where tenant_id = ? and kind = 'ROLLBACK' and reverses_id = any (?::uuid[])`,
      [tx.tenantId, `{${bets.map((b) => b.id).join(',')}}`],
    );
    for (const f of found) reversed.add(f.reverses_id);
  }
  const reversedHere = new Map<string, number>(); // bet id -> index of its rollback in the page
  rows.forEach((r, i) => {
    if (r.code === 'BET_ROLLBACK' && r.reversesId) reversedHere.set(r.reversesId, i);
  });

  const accruals: AccrualRow[] = [];
  const earnedHere = new Map<string, BetEarning>(); // bet id -> its earning (for a rollback later on the page)
  rows.forEach((r, i) => {
    if (r.code === 'BET') {
      const playerId = playerOfBet(r);
      if (!playerId || reversed.has(r.id)) return;
      // A rollback earlier on the page undid it before it was read: it earns nothing.
      const rollbackAt = reversedHere.get(r.id);
      if (rollbackAt !== undefined && rollbackAt < i) return;
      const cash = r.playerLegs.filter((l) => l.kind === 'CASH');
      const stake = -cash.reduce((sum, l) => sum + l.amount, 0n);
      if (stake <= 0n) return;
      const currency = cash[0]!.currency;
      const perPoint = settings.earnRates[currency];
      if (perPoint === undefined) return;
      const game = gameOf(r);
      const weightPct = weightOf(settings.gameWeights, game, game === null ? null : (categories.get(game) ?? null));
      const rateBp = rateOf(playerId);
      const points = pointsFor(stake, weightPct, rateBp, perPoint);
      if (points === 0n) return;
      const earning = { playerId, currency, basis: stake, weightPct, rateBp, points, earnedOn: utcDay(r.createdAt) };
      earnedHere.set(r.id, earning);
      accruals.push({ sourceId: r.id, kind: 'BET', reversesId: null, ...earning });
    } else if (r.code === 'POKER_RAKE') {
      const currency = typeof r.metadata.currency === 'string' ? r.metadata.currency : null;
      const perPoint = currency === null ? undefined : settings.rakeRates[currency];
      if (currency === null || perPoint === undefined) return;
      for (const [playerId, share] of Object.entries(rakeSharesOf(r.metadata))) {
        const rateBp = rateOf(playerId);
        const points = pointsFor(share, 100, rateBp, perPoint);
        if (points === 0n) continue;
        accruals.push({ sourceId: r.id, playerId, kind: 'RAKE', currency, basis: share, weightPct: 100, rateBp, points, earnedOn: utcDay(r.createdAt), reversesId: null });
      }
    }
  });

  // Rollbacks: the bet's points come back (from this page, or from the rows of an earlier one), else a marker of 0.
  const earlier = new Map<string, BetEarning>();
  const unknown = rollbacks.map((r) => r.reversesId!).filter((id) => !earnedHere.has(id));
  if (unknown.length > 0) {
    const found = await tx.em.execute<{ source_id: string; player_id: string; currency: string; basis: string; weight_pct: number; rate_bp: number; points: string; earned_on: string }[]>(
      `select source_id, player_id, currency, basis::text, weight_pct, rate_bp, points::text, to_char(earned_on, 'YYYY-MM-DD') as earned_on
       from vip_accrual where tenant_id = ? and kind = 'BET' and source_id = any (?::uuid[])`,
      [tx.tenantId, `{${unknown.join(',')}}`],
    );
    for (const f of found) {
      earlier.set(f.source_id, { playerId: f.player_id, currency: f.currency, basis: BigInt(f.basis), weightPct: f.weight_pct, rateBp: f.rate_bp, points: BigInt(f.points), earnedOn: f.earned_on });
    }
  }
  const takeBacks: { rollback: FeedRow; bet: BetEarning }[] = [];
  for (const r of rollbacks) {
    const betId = r.reversesId!;
    const bet = earnedHere.get(betId) ?? earlier.get(betId);
    if (bet) {
      takeBacks.push({ rollback: r, bet });
      accruals.push({ sourceId: r.id, playerId: bet.playerId, kind: 'ROLLBACK', currency: bet.currency, basis: bet.basis, weightPct: bet.weightPct, rateBp: bet.rateBp, points: -bet.points, earnedOn: bet.earnedOn, reversesId: betId });
    } else {
      const playerId = r.playerLegs[0]?.playerId;
      if (!playerId) continue;
      accruals.push({ sourceId: r.id, playerId, kind: 'ROLLBACK', currency: r.playerLegs[0]!.currency, basis: 0n, weightPct: 0, rateBp: 0, points: 0n, earnedOn: utcDay(r.createdAt), reversesId: betId });
    }
  }

  if (accruals.length > 0) {
    await tx.em.execute(
      `insert into vip_accrual (tenant_id, source_id, player_id, kind, currency, basis, weight_pct, rate_bp, points, earned_on, reverses_id)
       select ?, r.source_id, r.player_id, r.kind, r.currency, r.basis, r.weight_pct, r.rate_bp, r.points, r.earned_on, r.reverses_id
       from jsonb_to_recordset(?::jsonb) as r(source_id uuid, player_id uuid, kind text, currency text, basis bigint, weight_pct integer, rate_bp integer, points bigint, earned_on date, reverses_id uuid)`,
      [
        tx.tenantId,
        JSON.stringify(
          accruals.map((a) => ({
            source_id: a.sourceId, player_id: a.playerId, kind: a.kind, currency: a.currency, basis: a.basis.toString(), weight_pct: a.weightPct,
            rate_bp: a.rateBp, points: a.points.toString(), earned_on: a.earnedOn, reverses_id: a.reversesId,
          })),
        ),
      ],
    );
  }

  // One earn posting per player for the page, then the lots of each of their days.
  const perPlayer = new Map<string, Map<string, bigint>>(); // player -> day -> points
  for (const a of accruals) {
    if (a.kind === 'ROLLBACK') continue;
    const days = perPlayer.get(a.playerId) ?? new Map<string, bigint>();
    days.set(a.earnedOn, (days.get(a.earnedOn) ?? 0n) + a.points);
    perPlayer.set(a.playerId, days);
  }
  const lastId = rows[rows.length - 1]!.id;
  const players = [...perPlayer.keys()].sort();
  const postings: PointsPosting[] = players.map((playerId) => {
    const days = perPlayer.get(playerId)!;
    const points = [...days.values()].reduce((s, p) => s + p, 0n);
    return { key: `vip:earn:${playerId}:${lastId}`, code: 'VIP_EARN', playerId, points, reference: null, metadata: { through: lastId, days: Object.fromEntries([...days].map(([d, p]) => [d, p.toString()])) }, createdBy: CREATED_BY };
  });
  const posted = await postPointsBatchInTx(tx, stripes, postings);
  const credits: LotCredit[] = [];
  for (let i = 0; i < postings.length; i++) {
    const days = [...perPlayer.get(postings[i]!.playerId)!].sort(([a], [b]) => a.localeCompare(b));
    let balance = posted[i]!.balanceAfter - postings[i]!.points;
    for (const [day, points] of days) {
      credits.push({ playerId: postings[i]!.playerId, day, points, balanceBefore: balance, earned: true, expiryDays: settings.expiryDays });
      balance += points;
    }
  }
  await creditLotsInTx(tx, credits);

  // Rollbacks take their bet's points back: their own posting (the account's lock first), then the lots, the bet's day first.
  const touched = new Set(players);
  for (const { rollback, bet } of takeBacks) {
    await postPointsInTx(tx, stripes, {
      key: `vip:rollback:${rollback.id}:${bet.playerId}`,
      code: 'VIP_ROLLBACK',
      playerId: bet.playerId,
      points: -bet.points,
      reference: rollback.reversesId,
      metadata: { bet: rollback.reversesId, rollback: rollback.id },
      createdBy: CREATED_BY,
    });
    await debitLotsInTx(tx, { playerId: bet.playerId, points: bet.points, ownDay: bet.earnedOn, unearn: true });
    touched.add(bet.playerId);
  }
  return [...touched];
}

function gameOf(r: FeedRow): string | null {
  return typeof r.metadata.game === 'string' ? r.metadata.game : null;
}
