/**
 * A player's VIP status (table `vip_player`, docs/vip.md "Status"): upgrades at once (the seam
 * accrual calls), reviews that retain, grace or downgrade, the explanation `vipStatus` gives,
 * the history of changes and the personal manager.
 *
 * Time: every rule reads the dates stored on the rows (lot days, tier_since, review_at,
 * grace_until) against one instant, `now` or the review's `asOf`; nothing reads the clock
 * twice, so a test can move time by shifting the stored dates back or by passing `asOf`.
 */
import { systemContext, tenantTx, type Context, type Services, type TenantTx } from '../../src/context.js';
import { NotFoundError, ValidationError } from '../../src/errors.js';
import { isUuid, newId } from '../../src/ids.js';
import { keysetPage, type Connection, type PageArgs } from '../../src/graphql/pagination.js';
import { playerExists, setPrefixedTagInTx } from '../identity/index.js';
import { announceVipStatusInTx, type StatusChangeKind } from './vip.events.js';
import { pointsInWindowInTx } from './vip.ledger.js';
import { vipSettingsInTx, type VipSettings } from './vip.settings.js';
import { underMinAgeOf, vipSuppressionsOf, type VipSuppressionReason } from './vip.suppression.js';
import { tiersByIdsInTx, tiersInTx, type TierRow } from './vip.tiers.js';
import { formatPoints } from './vip.units.js';
import { VipManagerNotABenefitError, VipManagerNotStaffError } from './vip.errors.js';
import { CHECK_KINDS, type CheckKind } from './vip.settings.js';
export { CHECK_KINDS, type CheckKind };

export interface VipPlayerRow {
  player_id: string;
  tier_id: string | null;
  tier_since: Date;
  review_at: Date;
  grace_until: Date | null;
  held_tier_id: string | null;
  manager_id: string | null;
  version: number;
}

const DAY_MS = 86_400_000;
const addDays = (at: Date, days: number) => new Date(at.getTime() + days * DAY_MS);
const uuids = (ids: readonly string[]) => `{${ids.join(',')}}`;

/** The ladder's highest tier whose threshold the points reach (null: none), capped at the lowest tier for an under-age player. */
export function earnedTierOf(ladder: readonly TierRow[], points: bigint, underAge: boolean): TierRow | null {
  let earned: TierRow | null = null;
  for (const tier of ladder) if (tier.threshold <= points && (earned === null || tier.rank > earned.rank)) earned = tier;
  if (earned && underAge && ladder.length > 0 && earned.rank > ladder[0]!.rank) return ladder[0]!;
  return earned;
}

/** The approved, unexpired checks (kinds) per player and tier. */
async function approvedChecksInTx(tx: TenantTx, playerIds: readonly string[], tierIds: readonly string[], at: Date): Promise<Map<string, Set<CheckKind>>> {
  const found = new Map<string, Set<CheckKind>>();
  if (playerIds.length === 0 || tierIds.length === 0) return found;
  const rows = await tx.em.execute<{ player_id: string; tier_id: string; kind: CheckKind }[]>(
    `select distinct player_id, tier_id, kind from vip_check
     where tenant_id = ? and player_id = any (?::uuid[]) and tier_id = any (?::uuid[]) and status = 'APPROVED' and valid_until > ?`,
    [tx.tenantId, uuids(playerIds), uuids(tierIds), at],
  );
  for (const r of rows) {
    const key = `${r.player_id}:${r.tier_id}`;
    if (!found.has(key)) found.set(key, new Set());
    found.get(key)!.add(r.kind);
  }
  return found;
}

const missingOf = (checks: Map<string, Set<CheckKind>>, playerId: string, tierId: string): CheckKind[] =>
  CHECK_KINDS.filter((k) => !checks.get(`${playerId}:${tierId}`)?.has(k));

const ACTIONS: Record<StatusChangeKind, string> = {
  UPGRADE: 'vip.tier.upgrade',
  CHECKS_APPROVED: 'vip.tier.upgrade',
  DOWNGRADE: 'vip.tier.downgrade',
  RETAINED: 'vip.tier.retain',
  GRACE_STARTED: 'vip.tier.grace.start',
  GRACE_ENDED: 'vip.tier.grace.end',
  HELD_FOR_CHECKS: 'vip.tier.hold',
  STAFF: 'vip.tier.set',
  CHECK_RECORDED: 'vip.check.record',
  CHECK_DECIDED: 'vip.check.decide',
};

/** One change of a player's standing: its row, its audit event and its vip.status.changed event. */
export async function recordStatusChangeInTx(
  tx: TenantTx,
  change: { playerId: string; kind: StatusChangeKind; from: string | null; to: string | null; detail?: Record<string, unknown> },
): Promise<void> {
  const detail = change.detail ?? {};
  await tx.em.execute(
    `insert into vip_status_change (id, tenant_id, player_id, from_tier_id, to_tier_id, reason, detail) values (?, ?, ?, ?, ?, ?, ?::jsonb)`,
    [newId(), tx.tenantId, change.playerId, change.from, change.to, change.kind, JSON.stringify(detail)],
  );
  await tx.audit({
    action: ACTIONS[change.kind],
    target: { type: 'VipPlayer', id: change.playerId },
    diff: { reason: change.kind, tier: { from: change.from, to: change.to }, ...detail },
  });
  await announceVipStatusInTx(tx, { playerId: change.playerId, kind: change.kind, tierId: change.to, previousTierId: change.from });
  if (TIER_MOVES.has(change.kind)) await tagTierInTx(tx, change.playerId, change.to);
}

/** The changes that move a player to another tier. */
const TIER_MOVES: ReadonlySet<StatusChangeKind> = new Set(['UPGRADE', 'DOWNGRADE', 'CHECKS_APPROVED']);

/**
 * Keeps the player's tag `vip:<tier key>` (identity's tags): offers and staff search select VIP
 * players by it like by any tag, without reading VIP (offers sit beside VIP, not above it).
 */
async function tagTierInTx(tx: TenantTx, playerId: string, tierId: string | null): Promise<void> {
  const tier = tierId ? (await tiersByIdsInTx(tx, [tierId])).get(tierId) : undefined;
  await setPrefixedTagInTx(tx.em, tx.tenantId, playerId, VIP_TAG_PREFIX, tier ? `${VIP_TAG_PREFIX}${tier.key}` : null);
}
export const VIP_TAG_PREFIX = 'vip:';

type StoredPlayerRow = Omit<VipPlayerRow, 'tier_since' | 'review_at' | 'grace_until'> & { tier_since: Date | string; review_at: Date | string; grace_until: Date | string | null };

/** Rows as SQL answers them, with their instants as Dates (the driver may answer strings). */
const playerRowOf = (r: StoredPlayerRow): VipPlayerRow => ({
  ...r,
  tier_since: new Date(r.tier_since),
  review_at: new Date(r.review_at),
  grace_until: r.grace_until === null ? null : new Date(r.grace_until),
});

async function lockedPlayersInTx(tx: TenantTx, sql: string, params: unknown[]): Promise<VipPlayerRow[]> {
  return (await tx.em.execute<StoredPlayerRow[]>(sql, params)).map(playerRowOf);
}

// ---------------------------------------------------------------- upgrades (the seam)

/**
 * Each player whose points in the window reach a higher tier than theirs goes up at once, but
 * never into or past a high-value tier without approved, unexpired checks of every kind for it
 * (held below it; HELD_FOR_CHECKS recorded once per held tier), and an under-age player (the
 * tenant's minAge) never above the lowest tier. A player in grace whose points reach their tier
 * again leaves grace (GRACE_ENDED). Never downgrades. Called in the transaction that changed the
 * players' points (after the points account and lot locks), or by a check's approval.
 */
export async function upgradeTiersInTx(ctx: Context, tx: TenantTx, playerIds: readonly string[]): Promise<void> {
  void ctx;
  const ids = [...new Set(playerIds)].filter(isUuid).sort();
  if (ids.length === 0) return;
  const settings = await vipSettingsInTx(tx);
  if (!settings?.enabled) return;
  const all = await tiersInTx(tx, { archived: true });
  const ladder = all.filter((t) => t.archived_at === null);
  if (ladder.length === 0) return;
  const byId = new Map(all.map((t) => [t.id, t]));
  const now = new Date();
  await tx.em.execute(
    `insert into vip_player (tenant_id, player_id, tier_id, tier_since, review_at)
     select ?, id, null, ?, ? from unnest(?::uuid[]) as u(id) order by id
     on conflict (tenant_id, player_id) do nothing`,
    [tx.tenantId, now, addDays(now, settings.reviewDays), uuids(ids)],
  );
  const rows = await lockedPlayersInTx(tx, `select * from vip_player where tenant_id = ? and player_id = any (?::uuid[]) order by player_id for update`, [tx.tenantId, uuids(ids)]);
  const points = await pointsInWindowInTx(tx, ids, settings.windowDays, now);
  const young = await underMinAgeOf(tx, ids, settings.minAge, now);
  const highValue = ladder.filter((t) => t.high_value).map((t) => t.id);
  const checks = await approvedChecksInTx(tx, ids, highValue, now);
  for (const row of rows) {
    const current = row.tier_id ? byId.get(row.tier_id) ?? null : null;
    const currentRank = current?.rank ?? -1;
    const earned = earnedTierOf(ladder, points.get(row.player_id) ?? 0n, young.has(row.player_id));
    const earnedRank = earned?.rank ?? -1;
    let target: TierRow | null = null;
    let held: TierRow | null = null;
    if (earnedRank > currentRank) {
      for (const tier of ladder) {
        if (tier.rank <= currentRank || tier.rank > earnedRank) continue;
        if (tier.high_value && missingOf(checks, row.player_id, tier.id).length > 0) {
          held = tier;
          break;
        }
        target = tier;
      }
    }
    const heldId = held?.id ?? null;
    const graceEnds = row.grace_until !== null && earnedRank >= currentRank;
    if (!target && !graceEnds && heldId === row.held_tier_id) continue;
    if (graceEnds) {
      await recordStatusChangeInTx(tx, { playerId: row.player_id, kind: 'GRACE_ENDED', from: row.tier_id, to: row.tier_id, detail: { points: formatPoints(points.get(row.player_id) ?? 0n) } });
    }
    if (target) {
      const previouslyHeld = row.held_tier_id ? byId.get(row.held_tier_id) : undefined;
      const kind: StatusChangeKind = previouslyHeld && target.rank >= previouslyHeld.rank ? 'CHECKS_APPROVED' : 'UPGRADE';
      await tx.em.execute(
        `update vip_player set tier_id = ?, tier_since = ?, review_at = ?, grace_until = null, held_tier_id = ?, version = version + 1, updated_at = now()
         where tenant_id = ? and player_id = ?`,
        [target.id, now, addDays(now, settings.reviewDays), heldId, tx.tenantId, row.player_id],
      );
      await recordStatusChangeInTx(tx, { playerId: row.player_id, kind, from: row.tier_id, to: target.id, detail: { points: formatPoints(points.get(row.player_id) ?? 0n) } });
    } else {
      await tx.em.execute(
        `update vip_player set grace_until = case when ? then null else grace_until end, held_tier_id = ?, version = version + 1, updated_at = now()
         where tenant_id = ? and player_id = ?`,
        [graceEnds, heldId, tx.tenantId, row.player_id],
      );
    }
    if (held && heldId !== row.held_tier_id) {
      await recordStatusChangeInTx(tx, {
        playerId: row.player_id,
        kind: 'HELD_FOR_CHECKS',
        from: target?.id ?? row.tier_id,
        to: held.id,
        detail: { missingChecks: missingOf(checks, row.player_id, held.id) },
      });
    }
  }
}

// ---------------------------------------------------------------- reviews

export interface ReviewCounts {
  reviewed: number;
  retained: number;
  graceStarted: number;
  downgraded: number;
}
export const emptyReviewCounts = (): ReviewCounts => ({ reviewed: 0, retained: 0, graceStarted: 0, downgraded: 0 });

const REVIEW_BATCH = 200;

/** Reviews one batch of the tenant's due players in one transaction; answers how many were due. */
async function reviewBatch(ctx: Context, asOf: Date, counts: ReviewCounts): Promise<number> {
  return tenantTx(ctx, async (tx) => {
    const settings = await vipSettingsInTx(tx);
    if (!settings?.enabled) return 0;
    const rows = await lockedPlayersInTx(
      tx,
      `select * from vip_player where tenant_id = ? and tier_id is not null and review_at <= ? order by player_id limit ? for update`,
      [tx.tenantId, asOf, REVIEW_BATCH],
    );
    if (rows.length === 0) return 0;
    const all = await tiersInTx(tx, { archived: true });
    const ladder = all.filter((t) => t.archived_at === null);
    const byId = new Map(all.map((t) => [t.id, t]));
    const ids = rows.map((r) => r.player_id);
    const points = await pointsInWindowInTx(tx, ids, settings.windowDays, asOf);
    const young = await underMinAgeOf(tx, ids, settings.minAge, asOf);
    for (const row of rows) await reviewOne(tx, settings, ladder, byId, row, points.get(row.player_id) ?? 0n, young.has(row.player_id), asOf, counts);
    return rows.length;
  });
}

async function reviewOne(
  tx: TenantTx, settings: VipSettings, ladder: readonly TierRow[], byId: ReadonlyMap<string, TierRow>, row: VipPlayerRow,
  points: bigint, underAge: boolean, asOf: Date, counts: ReviewCounts,
): Promise<void> {
  counts.reviewed++;
  const current = byId.get(row.tier_id!)!;
  const earned = earnedTierOf(ladder, points, underAge);
  const detail = { points: formatPoints(points), earnedTier: earned?.id ?? null, asOf: asOf.toISOString() };
  const nextReview = addDays(asOf, settings.reviewDays);
  if ((earned?.rank ?? -1) >= current.rank && current.archived_at === null) {
    await tx.em.execute(`update vip_player set review_at = ?, grace_until = null, version = version + 1, updated_at = now() where tenant_id = ? and player_id = ?`, [
      nextReview, tx.tenantId, row.player_id,
    ]);
    await recordStatusChangeInTx(tx, { playerId: row.player_id, kind: 'RETAINED', from: current.id, to: current.id, detail });
    counts.retained++;
    return;
  }
  if (row.grace_until !== null && row.grace_until > asOf) {
    // Reviewed early (review_at moved before the grace's end): wait for the grace to end.
    await tx.em.execute(`update vip_player set review_at = grace_until, updated_at = now() where tenant_id = ? and player_id = ?`, [tx.tenantId, row.player_id]);
    return;
  }
  if (settings.graceDays > 0 && row.grace_until === null) {
    const graceUntil = addDays(asOf, settings.graceDays);
    await tx.em.execute(`update vip_player set grace_until = ?, review_at = ?, version = version + 1, updated_at = now() where tenant_id = ? and player_id = ?`, [
      graceUntil, graceUntil, tx.tenantId, row.player_id,
    ]);
    await recordStatusChangeInTx(tx, { playerId: row.player_id, kind: 'GRACE_STARTED', from: current.id, to: current.id, detail: { ...detail, graceUntil: graceUntil.toISOString() } });
    counts.graceStarted++;
    return;
  }
  const target = settings.downgradePolicy === 'TO_EARNED' ? earned : ([...ladder].reverse().find((t) => t.rank < current.rank) ?? null);
  const keepsManager = target?.personal_manager ?? false;
  await tx.em.execute(
    `update vip_player set tier_id = ?, tier_since = ?, review_at = ?, grace_until = null, held_tier_id = null,
       manager_id = case when ? then manager_id else null end, version = version + 1, updated_at = now()
     where tenant_id = ? and player_id = ?`,
    [target?.id ?? null, asOf, nextReview, keepsManager, tx.tenantId, row.player_id],
  );
  await recordStatusChangeInTx(tx, { playerId: row.player_id, kind: 'DOWNGRADE', from: current.id, to: target?.id ?? null, detail: { ...detail, policy: settings.downgradePolicy } });
  counts.downgraded++;
}

/**
 * The review of one tenant as of `asOf` (default now): every player whose review_at <= asOf is
 * RETAINED (earned >= current: next review in reviewDays), given grace (GRACE_STARTED: graceDays
 * > 0 and none yet), or DOWNGRADED (ONE_TIER: to the next lower tier; TO_EARNED: to the earned
 * tier). Downgrades happen only here. In batches, each its own transaction.
 */
export async function reviewTenantTiers(services: Services, tenantId: string, asOf: Date = new Date()): Promise<ReviewCounts> {
  const counts = emptyReviewCounts();
  const tenant = await services.tenants.byId(services, tenantId);
  if (!tenant) return counts;
  const ctx = systemContext(services, tenant);
  for (;;) {
    const due = await reviewBatch(ctx, asOf, counts);
    if (due < REVIEW_BATCH) break;
  }
  return counts;
}

// ---------------------------------------------------------------- the status, explained

export const STATUS_REASON_CODES = [
  'EARNED', 'BELOW_FIRST_TIER', 'RETAINED_UNTIL_REVIEW', 'IN_GRACE', 'HELD_FOR_CHECKS', 'UNDER_MIN_AGE', 'SUPPRESSED', 'NO_PROGRAMME', 'NO_TIERS',
] as const;
export type StatusReasonCode = (typeof STATUS_REASON_CODES)[number];

export interface StatusReason {
  code: StatusReasonCode;
  message: string;
}

export interface VipStatusView {
  playerId: string;
  tier: TierRow | null;
  tierSince: Date | null;
  earnedTier: TierRow | null;
  pointsInWindow: bigint;
  windowDays: number;
  nextTier: TierRow | null;
  pointsToNextTier: bigint | null;
  windowRollsAt: Date | null;
  reviewAt: Date | null;
  graceUntil: Date | null;
  heldTier: TierRow | null;
  missingChecks: CheckKind[];
  suppressed: VipSuppressionReason | null;
  managerId: string | null;
  reasons: StatusReason[];
}

/** 125000n → "1,250.00". */
export function pointsText(units: bigint): string {
  const [whole, fraction] = formatPoints(units).split('.');
  return `${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${fraction}`;
}
/** A reason: its code and its English sentence (frontends translate the code). */
const said = (code: StatusReasonCode, message: string): StatusReason => ({ code, message });
const dayText = (at: Date) => at.toISOString().slice(0, 10);

const SUPPRESSION_TEXTS: Record<VipSuppressionReason, string> = {
  SELF_EXCLUDED: 'the player is self-excluded',
  TIMED_OUT: 'the player is taking a time-out',
  BLOCKED: 'the account is blocked',
  RG_FLAGGED: 'the account is flagged for responsible gambling',
  UNDER_MIN_AGE: 'the player is under the minimum VIP age (or their date of birth is unknown)',
};
const CHECK_TEXTS: Record<CheckKind, string> = { IDENTITY: 'identity', AFFORDABILITY: 'affordability', SAFER_GAMBLING_REVIEW: 'safer-gambling review' };

const empty = (playerId: string, windowDays: number, reasons: StatusReason[]): VipStatusView => ({
  playerId, tier: null, tierSince: null, earnedTier: null, pointsInWindow: 0n, windowDays, nextTier: null, pointsToNextTier: null, windowRollsAt: null,
  reviewAt: null, graceUntil: null, heldTier: null, missingChecks: [], suppressed: null, managerId: null, reasons,
});

/** A player's VIP status with the reasons for it, as of `at` (default now). */
export async function vipStatusInTx(tx: TenantTx, playerId: string, at: Date = new Date()): Promise<VipStatusView> {
  const settings = await vipSettingsInTx(tx);
  if (!settings?.enabled) return empty(playerId, settings?.windowDays ?? 0, [{ code: 'NO_PROGRAMME', message: 'This casino has no VIP programme.' }]);
  const all = await tiersInTx(tx, { archived: true });
  const ladder = all.filter((t) => t.archived_at === null);
  const byId = new Map(all.map((t) => [t.id, t]));
  const [row] = await lockedPlayersInTx(tx, `select * from vip_player where tenant_id = ? and player_id = ?`, [tx.tenantId, playerId]);
  const points = (await pointsInWindowInTx(tx, [playerId], settings.windowDays, at)).get(playerId) ?? 0n;
  const [roll] = await tx.em.execute<{ rolls_at: Date | null }[]>(
    `select ((min(earned_on) + ?::int)::timestamp at time zone 'UTC') as rolls_at from vip_point_lot
     where tenant_id = ? and player_id = ? and earned > 0 and earned_on > (?::timestamptz at time zone 'UTC')::date - ?::int`,
    [settings.windowDays, tx.tenantId, playerId, at.toISOString(), settings.windowDays],
  );
  const suppressed = (await vipSuppressionsOf(tx, [playerId], settings.minAge, at)).get(playerId) ?? null;
  const underAge = (await underMinAgeOf(tx, [playerId], settings.minAge, at)).has(playerId);
  const tier = row?.tier_id ? byId.get(row.tier_id) ?? null : null;
  // A hold stands while the points still reach the held tier (the next accrual or review clears it otherwise).
  const held = row?.held_tier_id ? byId.get(row.held_tier_id) ?? null : null;
  const heldTier = held && held.threshold <= points && !underAge ? held : null;
  const missingChecks = heldTier ? missingOf(await approvedChecksInTx(tx, [playerId], [heldTier.id], at), playerId, heldTier.id) : [];
  const earnedUncapped = earnedTierOf(ladder, points, false);
  const earned = earnedTierOf(ladder, points, underAge);
  const rank = tier?.rank ?? -1;
  const nextTier = heldTier ?? ladder.find((t) => t.rank > rank) ?? null;
  const view: VipStatusView = {
    ...empty(playerId, settings.windowDays, []),
    tier,
    tierSince: tier ? row!.tier_since : null,
    earnedTier: earned,
    pointsInWindow: points,
    nextTier,
    pointsToNextTier: nextTier ? (nextTier.threshold > points ? nextTier.threshold - points : 0n) : null,
    windowRollsAt: roll?.rolls_at ? new Date(roll.rolls_at) : null,
    reviewAt: tier ? row!.review_at : null,
    graceUntil: row?.grace_until ?? null,
    heldTier,
    missingChecks,
    suppressed,
    managerId: row?.manager_id ?? null,
  };
  const reasons = view.reasons;
  const inWindow = `${pointsText(points)} points in the last ${settings.windowDays} days`;
  if (ladder.length === 0) {
    reasons.push({ code: 'NO_TIERS', message: 'This casino\'s VIP programme has no tiers yet.' });
  } else if (!earned) {
    reasons.push({ code: 'BELOW_FIRST_TIER', message: `${inWindow} do not reach ${ladder[0]!.name} yet (threshold ${pointsText(ladder[0]!.threshold)}).` });
  } else if (!heldTier && (!tier || earned.rank >= rank)) {
    reasons.push({ code: 'EARNED', message: `${inWindow} reach ${earned.name} (threshold ${pointsText(earned.threshold)}).` });
  }
  if (tier && (!earned || earned.rank < rank)) {
    const reach = earned ? `reach ${earned.name}` : 'reach no tier';
    if (view.graceUntil) {
      reasons.push({ code: 'IN_GRACE', message: `${inWindow} ${reach}, below ${tier.name}: ${tier.name} is kept in a grace period until ${dayText(view.graceUntil)}.` });
    } else {
      reasons.push({ code: 'RETAINED_UNTIL_REVIEW', message: `${inWindow} ${reach}, below ${tier.name}: ${tier.name} is kept until the review on ${dayText(row!.review_at)}.` });
    }
  }
  if (heldTier) {
    const missing = missingChecks.map((k) => CHECK_TEXTS[k]).join(', ');
    reasons.push(said(
      'HELD_FOR_CHECKS',
      `${inWindow} reach ${heldTier.name} (threshold ${pointsText(heldTier.threshold)}), a high-value tier entered only after staff checks${missing ? ` (missing: ${missing})` : ''}; until then the player stays ${tier ? `at ${tier.name}` : 'below it'}.`,
    ));
  }
  if (underAge && earnedUncapped && earned && earnedUncapped.rank > earned.rank) {
    reasons.push(said(
      'UNDER_MIN_AGE',
      `${inWindow} would reach ${earnedUncapped.name}, but tiers above ${ladder[0]!.name} need an age of ${settings.minAge} or more (and a known date of birth).`,
    ));
  }
  if (suppressed) reasons.push({ code: 'SUPPRESSED', message: `VIP rewards wait: ${SUPPRESSION_TEXTS[suppressed]}. Points still accrue.` });
  return view;
}

export async function vipStatusOf(ctx: Context, playerId: string): Promise<VipStatusView> {
  return tenantTx(ctx, async (tx) => {
    if (!(await playerExists(tx.em, playerId))) throw new NotFoundError('Player');
    return vipStatusInTx(tx, playerId);
  });
}

// ---------------------------------------------------------------- history

export interface StatusChangeRow {
  id: string;
  player_id: string;
  from_tier_id: string | null;
  to_tier_id: string | null;
  reason: StatusChangeKind;
  detail: Record<string, unknown>;
  created_at: Date;
}

export async function statusChangesByIds(ctx: Context, ids: readonly string[]): Promise<ReadonlyMap<string, StatusChangeRow>> {
  const valid = ids.filter(isUuid);
  if (!ctx.tenant || valid.length === 0) return new Map();
  const rows = await tenantTx(ctx, (tx) =>
    tx.em.execute<StatusChangeRow[]>(`select * from vip_status_change where tenant_id = ? and id = any (?::uuid[])`, [tx.tenantId, uuids(valid)]),
  );
  return new Map(rows.map((r) => [r.id, r]));
}

/** A player's status changes, newest first, paged both ways. */
export function statusHistory(ctx: Context, playerId: string, args: PageArgs): Promise<Connection<StatusChangeRow>> {
  return keysetPage<StatusChangeRow>(args, {
    filters: { playerId, vipHistory: true },
    keyOf: (c) => c.id,
    fetch: async (window) => {
      if ([window.after, window.before].some((key) => key !== undefined && !isUuid(key))) throw new ValidationError([{ path: ['after'], message: 'is not a valid cursor' }]);
      return tenantTx(ctx, (tx) =>
        tx.em.execute<StatusChangeRow[]>(
          `select * from vip_status_change
           where tenant_id = ? and player_id = ? and (?::uuid is null or id < ?::uuid) and (?::uuid is null or id > ?::uuid)
           order by id ${window.backward ? 'asc' : 'desc'} limit ?`,
          [tx.tenantId, playerId, window.after ?? null, window.after ?? null, window.before ?? null, window.before ?? null, window.limit],
        ),
      );
    },
    count: async () => {
      const [row] = await tenantTx(ctx, (tx) => tx.em.execute<{ n: number }[]>(`select count(*)::int as n from vip_status_change where tenant_id = ? and player_id = ?`, [tx.tenantId, playerId]));
      return row!.n;
    },
  });
}

// ---------------------------------------------------------------- the personal manager

/**
 * Staff (vip:manage): assigns a personal manager (an active staff user of the tenant) to a player
 * whose tier has the personal-manager benefit, or removes theirs (null, any tier); audited. A
 * downgrade to a tier without the benefit removes the manager.
 */
export async function assignVipManager(ctx: Context, input: { playerId: string; managerId: string | null }): Promise<VipStatusView> {
  return tenantTx(ctx, async (tx) => {
    if (!(await playerExists(tx.em, input.playerId))) throw new NotFoundError('Player');
    const [row] = await tx.em.execute<(VipPlayerRow & { personal_manager: boolean | null })[]>(
      `select p.*, t.personal_manager from vip_player p left join vip_tier t on t.tenant_id = p.tenant_id and t.id = p.tier_id where p.tenant_id = ? and p.player_id = ? for update of p`,
      [tx.tenantId, input.playerId],
    );
    if (input.managerId !== null) {
      if (!row?.personal_manager) throw new VipManagerNotABenefitError();
      const [staff] = isUuid(input.managerId)
        ? await tx.em.execute<{ id: string }[]>(`select id from staff_user where tenant_id = ? and id = ? and disabled_at is null`, [tx.tenantId, input.managerId])
        : [];
      if (!staff) throw new VipManagerNotStaffError();
    }
    const before = row?.manager_id ?? null;
    if (row && before !== input.managerId) {
      await tx.em.execute(`update vip_player set manager_id = ?, version = version + 1, updated_at = now() where tenant_id = ? and player_id = ?`, [
        input.managerId, tx.tenantId, input.playerId,
      ]);
      await tx.audit({ action: 'vip.manager.assign', target: { type: 'VipPlayer', id: input.playerId }, diff: { manager: { from: before, to: input.managerId } } });
    }
    return vipStatusInTx(tx, input.playerId);
  });
}
