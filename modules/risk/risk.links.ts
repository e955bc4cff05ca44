/**
 * The linked-accounts graph (docs/risk.md "Multi-accounting"). Every sighting a lower module
 * reports (src/player-signals.ts: registration, login, deposit) is kept in `risk_signal`; a value
 * new for the player is looked up among the tenant's other players, and each pair seen with a
 * common value gets a `risk_link` with a score from what it shares. A link at or above the case
 * threshold opens (or adds evidence to) a MULTI_ACCOUNTING case on the pair and holds both
 * players' bonus claims for review; linked players may not sit at one poker table (GLI-19).
 */
import { tenantTx, type Context, type TenantTx } from '../../src/context.js';
import { isUuid, newId } from '../../src/ids.js';
import type { Connection, PageArgs } from '../../src/graphql/pagination.js';
import { rowsByIds, scoredTablePage } from '../../src/graphql/table-rows.js';
import type { SeatRequestFacts } from '../../src/player-gates.js';
import type { PlayerSignal } from '../../src/player-signals.js';
import { PokerLinkedAccountSeatedError } from '../poker/index.js';
import { openRiskCaseInTx, type Severity } from './risk.cases.js';
import { sharedSignalsInTx, type SignalKind } from './risk.signals.js';

/**
 * What one shared value adds to a pair's link. An address is weak and shared by households and
 * networks: its weight is divided by the number of other players seen with it (n − 1), and an
 * address seen with more than RISK_LINK_IP_CROWD players links nobody.
 */
export const LINK_WEIGHTS: Readonly<Record<SignalKind, number>> = { INSTRUMENT: 0.9, DEVICE: 0.7, IP: 0.3 };

/** One shared value behind a link, with what it weighed when the link was last scored. */
export interface LinkReason {
  kind: SignalKind;
  value: string;
  /** Players seen with the value when the link was scored. */
  players: number;
  weight: number;
}

export interface LinkRow {
  id: string;
  tenant_id: string;
  player_a: string;
  player_b: string;
  score: number;
  reasons: LinkReason[];
  first_linked_at: Date;
  last_linked_at: Date;
}

const pair = (x: string, y: string): [string, string] => (x < y ? [x, y] : [y, x]);

/** The score of a set of shared values: the chance that at least one of them is a real link (1 − Π(1 − weight)). */
export function linkScore(reasons: readonly Pick<LinkReason, 'weight'>[]): number {
  return 1 - reasons.reduce((rest, r) => rest * (1 - r.weight), 1);
}

function weightOf(kind: SignalKind, players: number, crowd: number): number {
  if (kind !== 'IP') return LINK_WEIGHTS[kind];
  return players > crowd ? 0 : LINK_WEIGHTS.IP / Math.max(1, players - 1);
}

// ---------------------------------------------------------------- sightings

/**
 * The player signal listener (registered at src/modules.ts): records each value of the
 * sighting and relinks the player with everyone else seen with a value new for them. Never
 * refuses the event.
 */
export async function recordPlayerSignal(ctx: Context, tx: TenantTx, signal: PlayerSignal): Promise<void> {
  const crowd = ctx.services.config.risk.linkIpCrowd;
  const values: [SignalKind, string | null][] = [['IP', signal.ip], ['DEVICE', signal.deviceFingerprint], ['INSTRUMENT', signal.instrumentFingerprint]];
  const others = new Set<string>();
  for (const [kind, raw] of values) {
    const value = raw?.trim().slice(0, 200);
    if (!value) continue;
    const [row] = await tx.em.execute<{ inserted: boolean }[]>(
      `insert into risk_signal (tenant_id, player_id, kind, value, first_source, last_source) values (?, ?, ?, ?, ?, ?)
       on conflict (tenant_id, player_id, kind, value) do update set last_source = excluded.last_source, last_seen_at = now(), times = risk_signal.times + 1
       returning (xmax = 0) as inserted`,
      [tx.tenantId, signal.playerId, kind, value, signal.source, signal.source],
    );
    // A value the player was seen with before changed no pair.
    if (!row?.inserted) continue;
    const seen = await tx.em.execute<{ player_id: string }[]>(
      `select player_id from risk_signal where tenant_id = ? and kind = ? and value = ? and player_id <> ? limit ?`,
      [tx.tenantId, kind, value, signal.playerId, crowd + 1],
    );
    if (kind === 'IP' && seen.length >= crowd) continue;
    for (const s of seen) others.add(s.player_id);
  }
  for (const other of [...others].sort()) await relinkInTx(ctx, tx, signal.playerId, other);
}

/** Players seen with each of the values (one statement). */
async function crowdOf(tx: TenantTx, kind: SignalKind, values: readonly string[]): Promise<Map<string, number>> {
  if (values.length === 0) return new Map();
  const rows = await tx.em.execute<{ value: string; n: number }[]>(
    `select value, count(*)::int as n from risk_signal where tenant_id = ? and kind = ? and value = any(?::text[]) group by value`,
    [tx.tenantId, kind, `{${values.map((v) => JSON.stringify(v)).join(',')}}`],
  );
  return new Map(rows.map((r) => [r.value, r.n]));
}

const reasonKeys = (reasons: readonly LinkReason[]) => reasons.filter((r) => r.weight > 0).map((r) => `${r.kind}:${r.value}`).sort().join('|');

/**
 * Scores the pair from everything they share now and records the link. A link whose shared
 * values changed is audited; at or above the case threshold it opens or adds to the pair's
 * MULTI_ACCOUNTING case (subject `link:<a>:<b>`).
 */
export async function relinkInTx(ctx: Context, tx: TenantTx, x: string, y: string): Promise<LinkRow | null> {
  const [a, b] = pair(x, y);
  const crowd = ctx.services.config.risk.linkIpCrowd;
  const shared = await sharedSignalsInTx(tx, a, b);
  const ipCrowds = await crowdOf(tx, 'IP', shared.filter((s) => s.kind === 'IP').map((s) => s.value));
  const reasons: LinkReason[] = shared.map((s) => {
    const players = s.kind === 'IP' ? (ipCrowds.get(s.value) ?? 2) : 2;
    return { kind: s.kind, value: s.value, players, weight: Number(weightOf(s.kind, players, crowd).toFixed(4)) };
  });
  const score = Number(linkScore(reasons).toFixed(4));
  const [before] = await tx.em.execute<LinkRow[]>(`select * from risk_link where tenant_id = ? and player_a = ? and player_b = ?`, [tx.tenantId, a, b]);
  if (!before && score === 0) return null;
  const [row] = await tx.em.execute<LinkRow[]>(
    `insert into risk_link (id, tenant_id, player_a, player_b, score, reasons) values (?, ?, ?, ?, ?, ?::jsonb)
     on conflict (tenant_id, player_a, player_b) do update set score = excluded.score, reasons = excluded.reasons, last_linked_at = now()
     returning *`,
    [newId(), tx.tenantId, a, b, score, JSON.stringify(reasons)],
  );
  const link = row!;
  const changed = !before || reasonKeys(before.reasons) !== reasonKeys(reasons);
  if (!changed) return link;
  const { linkCaseThreshold, linkSeatThreshold } = ctx.services.config.risk;
  // Only a link that acts (holds claims, refuses seats) is audited: weak address links of
  // players on one network are kept for the graph but are not staff-relevant changes.
  const acts = score >= Math.min(linkCaseThreshold, linkSeatThreshold) || reasons.some((r) => r.kind !== 'IP');
  if (!acts) return link;
  await tx.audit({
    action: before ? 'risk.link.update' : 'risk.link.create',
    target: { type: 'RiskLink', id: link.id },
    diff: { players: [a, b], score: before ? { from: before.score, to: score } : score, shared: reasons.map((r) => r.kind) },
  });
  if (score >= linkCaseThreshold) {
    const kinds = [...new Set(reasons.filter((r) => r.weight > 0).map((r) => r.kind))];
    const severity: Severity = kinds.includes('INSTRUMENT') ? 'HIGH' : 'MEDIUM';
    await openRiskCaseInTx(ctx, tx, {
      kind: 'MULTI_ACCOUNTING',
      subjectKey: `link:${a}:${b}`,
      playerIds: [a, b],
      severity,
      title: `Two accounts share ${kinds.map((k) => (k === 'IP' ? 'an address' : k === 'DEVICE' ? 'a device' : 'a payment instrument')).join(', ')}`,
      score,
      evidence: {
        type: 'LINKED_ACCOUNTS',
        summary: `Link score ${score.toFixed(2)} (threshold ${linkCaseThreshold}) from ${reasons.length} shared value(s): ${kinds.join(', ')}`,
        data: { link: link.id, score, threshold: linkCaseThreshold, signals: reasons },
      },
    });
  }
  return link;
}

// ---------------------------------------------------------------- holds and gates

/**
 * The claim hold (src/claim-holds.ts): a player with a link at or above the case threshold has
 * their bonus claims held for RISK review.
 */
export async function linkedClaimHold(ctx: Context, tx: TenantTx, playerId: string): Promise<string | null> {
  const threshold = ctx.services.config.risk.linkCaseThreshold;
  const [row] = await tx.em.execute<{ n: number; top: number | null }[]>(
    `select count(*)::int as n, max(score) as top from risk_link where tenant_id = ? and (player_a = ? or player_b = ?) and score >= ?`,
    [tx.tenantId, playerId, playerId, threshold],
  );
  if (!row || row.n === 0) return null;
  return `the account is linked to ${row.n} other account(s) (link score up to ${Number(row.top).toFixed(2)}): multi-accounting review`;
}

/**
 * GLI-19 (the 'seat' player gate): a player may not sit at a table where an account linked to
 * theirs sits: a link at or above the seat threshold, or any shared DEVICE or INSTRUMENT.
 */
export async function linkedSeatGate(ctx: Context, tx: TenantTx, facts: SeatRequestFacts): Promise<void> {
  const others = facts.seatedPlayerIds.filter((id) => id !== facts.playerId && isUuid(id));
  if (others.length === 0) return;
  const [hit] = await tx.em.execute<{ id: string }[]>(
    `select id from risk_link
     where tenant_id = ? and ((player_a = ? and player_b = any(?::uuid[])) or (player_b = ? and player_a = any(?::uuid[])))
       and (score >= ? or reasons @> '[{"kind": "DEVICE"}]' or reasons @> '[{"kind": "INSTRUMENT"}]')
     limit 1`,
    [tx.tenantId, facts.playerId, `{${others.join(',')}}`, facts.playerId, `{${others.join(',')}}`, ctx.services.config.risk.linkSeatThreshold],
  );
  if (hit) throw new PokerLinkedAccountSeatedError();
}

// ---------------------------------------------------------------- reads

/** One account linked to a player: the other player and the link. */
export interface LinkedAccount {
  playerId: string;
  link: LinkRow;
}

/** The accounts linked to a player, strongest first (at most 100). */
export async function linkedAccountsOf(ctx: Context, playerId: string): Promise<LinkedAccount[]> {
  if (!isUuid(playerId)) return [];
  const rows = await tenantTx(ctx, (tx) =>
    tx.em.execute<LinkRow[]>(
      `select * from risk_link where tenant_id = ? and (player_a = ? or player_b = ?) and score > 0 order by score desc, id limit 100`,
      [tx.tenantId, playerId, playerId],
    ),
  );
  return rows.map((link) => ({ playerId: link.player_a === playerId ? link.player_b : link.player_a, link }));
}

export function linksByIds(ctx: Context, ids: readonly string[]): Promise<ReadonlyMap<string, LinkRow>> {
  return rowsByIds<LinkRow>(ctx, 'risk_link', 'id', ids);
}

/** The tenant's links scoring at least `minScore` (default: the case threshold), strongest first (then newest), keyset-paged by (score, id). */
export function listRiskLinks(ctx: Context, filter: { minScore?: number | null | undefined }, args: PageArgs): Promise<Connection<LinkRow>> {
  const minScore = filter.minScore ?? ctx.services.config.risk.linkCaseThreshold;
  return scoredTablePage<LinkRow>(ctx, args, { table: 'risk_link', where: 'score >= ?', params: [minScore], filters: { minScore } });
}
