import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

/**
 * The audit chain, as pure functions: no database, so the offline verifier uses exactly
 * the code the server uses. Each event's hash is SHA-256 over the RFC 8785 canonical JSON
 * of its content and the previous event's hash; the first event links to GENESIS.
 */
export const GENESIS_HASH = '0'.repeat(64);
export const CHAIN_VERSION = 1;

/** An audit event as stored and exported. */
export interface AuditRecord {
  id: string;
  tenantId: string;
  seq: number;
  occurredAt: string;
  actorKind: string;
  actorId: string;
  action: string;
  targetType: string;
  targetId: string;
  diff: unknown;
  requestId: string | null;
  ip: string | null;
  prevHash: string;
  hash: string;
}

export type AuditContent = Omit<AuditRecord, 'hash'>;

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The hash an event must carry, computed from everything else it says. */
export function hashOf(event: AuditContent): string {
  const content = {
    v: CHAIN_VERSION,
    id: event.id,
    tenantId: event.tenantId,
    seq: event.seq,
    occurredAt: event.occurredAt,
    actor: { kind: event.actorKind, id: event.actorId },
    action: event.action,
    target: { type: event.targetType, id: event.targetId },
    diff: event.diff,
    requestId: event.requestId,
    ip: event.ip,
    prevHash: event.prevHash,
  };
  return sha256(canonicalize(content)!);
}

export interface BrokenLink {
  seq: number;
  eventId: string | null;
  reason: string;
}

export type ChainVerdict = { ok: true; checked: number; lastSeq: number | null; lastHash: string } | { ok: false; checked: number; broken: BrokenLink };

/**
 * Checks that events (in seq order) follow on from `expected` (the seq and hash of the event
 * before them) without a gap, each linking to its predecessor and carrying its own hash.
 */
export function verifyLinks(events: readonly AuditRecord[], expected: { seq: number; hash: string }): ChainVerdict {
  let { seq, hash } = expected;
  let checked = 0;
  for (const event of events) {
    const broken = (reason: string): ChainVerdict => ({ ok: false, checked, broken: { seq: event.seq, eventId: event.id, reason } });
    if (event.seq !== seq + 1) {
      return { ok: false, checked, broken: { seq: seq + 1, eventId: null, reason: `event ${seq + 1} is missing (next stored is ${event.seq})` } };
    }
    if (event.prevHash !== hash) {
      return broken(`prev_hash ${event.prevHash} does not match the hash of event ${seq} (${hash})`);
    }
    const recomputed = hashOf(event);
    if (recomputed !== event.hash) {
      return broken(`content does not match its hash: stored ${event.hash}, recomputed ${recomputed}`);
    }
    seq = event.seq;
    hash = event.hash;
    checked += 1;
  }
  return { ok: true, checked, lastSeq: checked ? seq : null, lastHash: hash };
}

/** What a checkpoint signs: the tenant's chain head at a sequence number, at a time. */
export function checkpointMessage(checkpoint: { tenantId: string; seq: number; headHash: string; signedAt: string }): string {
  return canonicalize({ v: CHAIN_VERSION, tenantId: checkpoint.tenantId, seq: checkpoint.seq, headHash: checkpoint.headHash, signedAt: checkpoint.signedAt })!;
}

/** Before/after of the fields that changed; unchanged fields are left out. */
export function difference(before: Record<string, unknown> | null, after: Record<string, unknown> | null): Record<string, { from: unknown; to: unknown }> {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of [...keys].sort()) {
    const from = before?.[key] ?? null;
    const to = after?.[key] ?? null;
    if (canonicalize(from) !== canonicalize(to)) changes[key] = { from, to };
  }
  return changes;
}
