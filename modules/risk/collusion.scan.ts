/**
 * The collusion scan (docs/risk.md "Poker collusion"): reads each tenant's newly finished poker
 * hands (per-table cursor), adds each hand's pair statistics to `risk_pair_stats`, rescores the
 * pairs it touched and opens (or adds evidence to) a COLLUSION case for each pair that passes
 * the threshold after enough hands together. Run by the `collusion-scan` job and by staff
 * (`scanCollusion`).
 */
import type { Context, Services, TenantTx } from '../../src/context.js';
import { tenantTxFor } from '../../src/context.js';
import { defineJob } from '../../src/jobs/job.js';
import { newId } from '../../src/ids.js';
import { finishedHandsAfterInTx, handHistoriesInTx } from '../poker/index.js';
import { tenantContexts } from '../tenants/index.js';
import { openRiskCaseInTx } from './risk.cases.js';
import { sharedSignalsInTx } from './risk.signals.js';
import { emptyPair, mergePair, observeHand, scorePair, type PairStats, type ScoreParts } from './collusion.score.js';

/** Hands read per transaction. */
export const SCAN_PAGE = 200;
/** Hands kept per pair as evidence: those where the pair's actions helped each other most. */
export const TOP_HANDS = 5;
/** Tables remembered per pair (seat following). */
export const MAX_TABLES = 50;

export interface PairRow {
  id: string;
  tenant_id: string;
  player_a: string;
  player_b: string;
  hands: number;
  stats: PairStats;
  score: number;
  parts: ScoreParts;
  top_hands: { handId: string; impactBb: number }[];
  table_ids: string[];
  flagged: boolean;
  last_hand_at: Date | null;
  updated_at: Date;
}

export interface ScanRules {
  /** Hands together before a pair may be flagged. */
  minHands: number;
  /** The score at which a pair is flagged. */
  flagScore: number;
}

export const rulesOf = (services: Services): ScanRules => ({ minHands: services.config.collusion.minHands, flagScore: services.config.collusion.flagScore });

export interface ScanCounts {
  hands: number;
  pairs: number;
  /** Cases opened or given new evidence. */
  flagged: number;
}

interface Touched {
  a: string;
  b: string;
  stats: PairStats;
  tables: Set<string>;
  hands: { handId: string; impactBb: number }[];
  lastHandAt: Date;
}

/** The hand's mutual impact of the pair beyond what they did to the rest of the table (the evidence order). */
const mutualImpact = (s: PairStats) => s.a.impactBb - s.a.fieldImpactBb + s.b.impactBb - s.b.fieldImpactBb;

async function scanPageInTx(ctx: Context, tx: TenantTx, rules: ScanRules): Promise<{ hands: number; pairs: number; flagged: number } | null> {
  // One scan per tenant at a time; another finds the lock taken and leaves (the next run reads on).
  const [lock] = await tx.em.execute<{ ok: boolean }[]>(`select pg_try_advisory_xact_lock(hashtext('collusion-scan:' || ?)) as ok`, [tx.tenantId]);
  if (!lock!.ok) return null;
  const cursors = await tx.em.execute<{ table_id: string; last_hand_no: number }[]>(`select table_id, last_hand_no from collusion_cursor where tenant_id = ?`, [tx.tenantId]);
  const after = new Map(cursors.map((c) => [c.table_id, c.last_hand_no]));
  const hands = await finishedHandsAfterInTx(tx, after, SCAN_PAGE);
  if (hands.length === 0) return { hands: 0, pairs: 0, flagged: 0 };

  const touched = new Map<string, Touched>();
  const lastByTable = new Map<string, number>();
  for (const hand of hands) {
    lastByTable.set(hand.tableId, Math.max(lastByTable.get(hand.tableId) ?? 0, hand.handNo));
    for (const [key, { a, b, stats }] of observeHand(hand.state).pairs) {
      let t = touched.get(key);
      if (!t) touched.set(key, (t = { a, b, stats: emptyPair(), tables: new Set(), hands: [], lastHandAt: hand.endedAt }));
      mergePair(t.stats, stats);
      t.tables.add(hand.tableId);
      t.hands.push({ handId: hand.id, impactBb: mutualImpact(stats) });
      if (hand.endedAt > t.lastHandAt) t.lastHandAt = hand.endedAt;
    }
  }

  const keys = [...touched.values()];
  const existing = await tx.em.execute<PairRow[]>(
    `select p.* from risk_pair_stats p join unnest(?::uuid[], ?::uuid[]) as k (a, b) on p.player_a = k.a and p.player_b = k.b where p.tenant_id = ? for update`,
    [`{${keys.map((k) => k.a).join(',')}}`, `{${keys.map((k) => k.b).join(',')}}`, tx.tenantId],
  );
  const byKey = new Map(existing.map((r) => [`${r.player_a}:${r.player_b}`, r]));
  let flagged = 0;
  for (const t of keys) {
    const old = byKey.get(`${t.a}:${t.b}`);
    const stats = mergePair(old ? old.stats : emptyPair(), t.stats);
    const parts = scorePair(stats);
    const top = [...(old?.top_hands ?? []), ...t.hands].sort((x, y) => y.impactBb - x.impactBb).slice(0, TOP_HANDS);
    const tables = [...new Set([...(old?.table_ids ?? []), ...t.tables])].slice(-MAX_TABLES);
    const isFlagged = stats.hands >= rules.minHands && parts.score >= rules.flagScore;
    const [row] = await tx.em.execute<PairRow[]>(
      `insert into risk_pair_stats (id, tenant_id, player_a, player_b, hands, stats, score, parts, top_hands, table_ids, flagged, last_hand_at)
       values (?, ?, ?, ?, ?, ?::jsonb, ?, ?::jsonb, ?::jsonb, ?::uuid[], ?, ?)
       on conflict (tenant_id, player_a, player_b) do update set
         hands = excluded.hands, stats = excluded.stats, score = excluded.score, parts = excluded.parts, top_hands = excluded.top_hands,
         table_ids = excluded.table_ids, flagged = excluded.flagged, last_hand_at = excluded.last_hand_at, updated_at = now()
       returning *`,
      [old?.id ?? newId(), tx.tenantId, t.a, t.b, stats.hands, JSON.stringify(stats), parts.score, JSON.stringify(parts), JSON.stringify(top), `{${tables.join(',')}}`, isFlagged, t.lastHandAt],
    );
    if (isFlagged) {
      await reportPairInTx(ctx, tx, row!, rules);
      flagged += 1;
    }
  }

  for (const [tableId, handNo] of lastByTable) {
    await tx.em.execute(
      `insert into collusion_cursor (tenant_id, table_id, last_hand_no) values (?, ?, ?)
       on conflict (tenant_id, table_id) do update set last_hand_no = excluded.last_hand_no, updated_at = now()`,
      [tx.tenantId, tableId, handNo],
    );
  }
  return { hands: hands.length, pairs: keys.length, flagged };
}

/** Opens the pair's COLLUSION case or adds this evidence packet to it. */
async function reportPairInTx(ctx: Context, tx: TenantTx, row: PairRow, rules: ScanRules): Promise<void> {
  const histories = await handHistoriesInTx(tx, row.top_hands.map((h) => h.handId));
  const signals = await sharedSignalsInTx(tx, row.player_a, row.player_b);
  const { parts } = row;
  await openRiskCaseInTx(ctx, tx, {
    kind: 'COLLUSION',
    subjectKey: `pair:${row.player_a}:${row.player_b}`,
    playerIds: [row.player_a, row.player_b],
    severity: parts.score >= 2 * rules.flagScore || signals.length > 0 ? 'HIGH' : 'MEDIUM',
    title: `Poker collusion suspected: score ${parts.score.toFixed(2)} over ${row.hands} hands together`,
    score: parts.score,
    evidence: {
      type: 'COLLUSION_SCORE',
      summary: `Score ${parts.score.toFixed(2)} (impact ${parts.impact.toFixed(2)} bb/hand, soft play ${parts.softPlay.toFixed(2)}, dumping ${parts.dumping.toFixed(2)} per 100 hands) over ${row.hands} hands${signals.length > 0 ? `; shared ${[...new Set(signals.map((s) => s.kind))].join(', ')}` : ''}`,
      data: {
        pairId: row.id,
        players: [row.player_a, row.player_b],
        hands: row.hands,
        score: parts,
        thresholds: rules,
        statistics: row.stats,
        tables: row.table_ids,
        sharedSignals: signals,
        topHands: row.top_hands.map((h) => ({ handId: h.handId, impactBb: h.impactBb, phh: histories.get(h.handId) ?? null })),
      },
    },
  });
}

/** Scans the tenant's new hands until none are left (or another scan holds the tenant). */
export async function scanCollusionTenant(ctx: Context, tenantId: string, rules: ScanRules): Promise<ScanCounts> {
  const counts: ScanCounts = { hands: 0, pairs: 0, flagged: 0 };
  for (;;) {
    const step = await tenantTxFor(ctx, tenantId, (tx) => scanPageInTx(ctx, tx, rules));
    if (!step) return counts;
    counts.hands += step.hands;
    counts.pairs += step.pairs;
    counts.flagged += step.flagged;
    if (step.hands < SCAN_PAGE) return counts;
  }
}

/** Scans every active tenant; one tenant's failure does not hold up the others. */
export async function scanCollusionAllTenants(services: Services): Promise<number> {
  let hands = 0;
  let failed = 0;
  for await (const ctx of tenantContexts(services)) {
    if (!ctx.tenant || ctx.tenant.status !== 'ACTIVE') continue;
    try {
      hands += (await scanCollusionTenant(ctx, ctx.tenant.id, rulesOf(services))).hands;
    } catch (error) {
      failed += 1;
      services.logger.error({ err: error, tenantId: ctx.tenant.id }, 'collusion scan failed for a tenant');
    }
  }
  if (failed > 0) throw new Error(`collusion scan: ${failed} tenant(s) failed (see the log)`);
  return hands;
}

export const collusionScanJob = defineJob({
  name: 'collusion-scan',
  description: "Reads each tenant's newly finished poker hands into the per-pair collusion statistics, rescores the pairs they touched and opens or updates a COLLUSION risk case for each pair past the threshold.",
  idempotency:
    "Each table's cursor (collusion_cursor) moves in the transaction that adds its hands to the pair statistics, under a per-tenant advisory lock: a rerun or a second instance counts no hand twice; a flagged pair's case gains evidence again, never a second open case.",
  every: (config) => config.collusion.scanIntervalMs,
  expireInSeconds: 600,
  retryLimit: 0,
  run: async (_data, services) => {
    await scanCollusionAllTenants(services);
  },
});
