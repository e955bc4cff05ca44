import { z } from 'zod';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import { requireTenant, tenantTx, tenantTxFor, type Context } from '../../src/context.js';
import { AuditCheckpointSchema, AuditEventSchema, type AuditCheckpoint, type AuditEvent } from '../../src/audit/entities.js';
import { checkpointMessage, GENESIS_HASH, verifyLinks, type AuditRecord, type BrokenLink } from '../../src/audit/chain.js';
import { checkpointProblem, EXPORT_FORMAT, type AuditExport, type CheckpointRecord } from '../../src/audit/export.js';
import { createSigner, type AuditSigner } from '../../src/audit/signing.js';
import { ValidationError } from '../../src/errors.js';
import { isUuid, newId } from '../../src/ids.js';
import { actorLabel } from '../../src/auth/principal.js';
import { keysetPage, type KeysetWindow, type PageArgs } from '../../src/graphql/pagination.js';
import { loadById } from '../../src/graphql/loaders.js';
import { AUDIT_TARGET_TYPES } from '../../src/audit/append.js';
import { parseInput } from '../../src/validation.js';
import { AuditChainEmptyError } from './audit.errors.js';

const VERIFY_BATCH = 1000;
export const MAX_EXPORT_EVENTS = 10_000;

const signers = new Map<string, AuditSigner>();
function signerOf(ctx: Context): AuditSigner {
  const seed = ctx.services.config.auditSigningKey;
  let signer = signers.get(seed);
  if (!signer) {
    signer = createSigner(seed);
    signers.set(seed, signer);
  }
  return signer;
}

export function toRecord(event: AuditEvent): AuditRecord {
  return {
    id: event.id,
    tenantId: event.tenantId,
    seq: event.seq,
    occurredAt: event.occurredAt.toISOString(),
    actorKind: event.actorKind,
    actorId: event.actorId,
    action: event.action,
    targetType: event.targetType,
    targetId: event.targetId,
    diff: event.diff,
    requestId: event.requestId ?? null,
    ip: event.ip ?? null,
    prevHash: event.prevHash,
    hash: event.hash,
  };
}

function toCheckpointRecord(checkpoint: AuditCheckpoint): CheckpointRecord {
  return {
    tenantId: checkpoint.tenantId,
    seq: checkpoint.seq,
    headHash: checkpoint.headHash,
    signedAt: checkpoint.signedAt.toISOString(),
    keyId: checkpoint.keyId,
    signature: checkpoint.signature,
  };
}

async function chainHead(em: EntityManager, tenantId: string): Promise<{ seq: number; hash: string }> {
  const [head] = await em.execute<{ last_seq: string; last_hash: string }[]>(`select last_seq, last_hash from audit_chain_head where tenant_id = ?`, [tenantId]);
  return head ? { seq: Number(head.last_seq), hash: head.last_hash } : { seq: 0, hash: GENESIS_HASH };
}

/** The actor id the platform itself acts under (systemContext: jobs, webhooks, seeding). */
export const SYSTEM_ACTOR_ID = '00000000-0000-0000-0000-000000000000';

/** Who acted, as the API tells it: the stored kinds, with the platform itself told apart from its staff. */
export const ACTOR_KINDS = ['PLAYER', 'STAFF', 'API_KEY', 'PLATFORM_STAFF', 'SYSTEM', 'ANONYMOUS', 'AFFILIATE'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export function actorKindOf(event: { actorKind: string; actorId: string }): ActorKind {
  if (event.actorKind === 'PLATFORM_STAFF' && event.actorId === SYSTEM_ACTOR_ID) return 'SYSTEM';
  return (ACTOR_KINDS as readonly string[]).includes(event.actorKind) ? (event.actorKind as ActorKind) : 'ANONYMOUS';
}

const filtersInput = z.object({
  actorKind: z.enum(ACTOR_KINDS).nullish(),
  actorId: z.string().uuid().nullish(),
  action: z.string().max(100).nullish(),
  targetType: z.enum(AUDIT_TARGET_TYPES).nullish(),
  targetId: z.string().max(200).nullish(),
  from: z.date().nullish(),
  to: z.date().nullish(),
  /** Events about this player: with the player as target or as actor (Player.auditTrail). */
  playerId: z.string().uuid().nullish(),
});
/** Filters of the trail, with local ids (the schema decodes global ids). */
export type AuditFilters = z.input<typeof filtersInput>;

function whereOf(f: z.output<typeof filtersInput>): FilterQuery<AuditEvent> {
  const and: FilterQuery<AuditEvent>[] = [];
  if (f.actorKind === 'SYSTEM') and.push({ actorKind: 'PLATFORM_STAFF', actorId: SYSTEM_ACTOR_ID });
  else if (f.actorKind === 'PLATFORM_STAFF') and.push({ actorKind: 'PLATFORM_STAFF', actorId: { $ne: SYSTEM_ACTOR_ID } });
  else if (f.actorKind) and.push({ actorKind: f.actorKind });
  if (f.actorId) and.push({ actorId: f.actorId });
  if (f.action) and.push({ action: f.action });
  if (f.targetType) and.push({ targetType: f.targetType });
  if (f.targetId) and.push({ targetId: f.targetId });
  if (f.from || f.to) and.push({ occurredAt: { ...(f.from ? { $gte: f.from } : {}), ...(f.to ? { $lt: f.to } : {}) } });
  if (f.playerId) and.push({ $or: [{ targetType: 'Player', targetId: f.playerId }, { actorKind: 'PLAYER', actorId: f.playerId }] });
  return and.length ? { $and: and } : {};
}

/** Rows strictly between the window's keys (sequence numbers), in a listing ordered newest first. */
function seqWindow(window: KeysetWindow): FilterQuery<{ seq: number }> {
  // Newest first: "after" a key means a smaller seq, "before" a larger one.
  const seq = { ...(window.after ? { $lt: Number(window.after) } : {}), ...(window.before ? { $gt: Number(window.before) } : {}) };
  return Object.keys(seq).length ? { seq } : {};
}

/** The tenant's trail, newest first (backward pages from the oldest), filtered by actor, action, target and time. */
export function listAuditEvents(ctx: Context, args: PageArgs & AuditFilters) {
  const f = parseInput(
    filtersInput,
    { actorKind: args.actorKind, actorId: args.actorId, action: args.action, targetType: args.targetType, targetId: args.targetId, from: args.from, to: args.to, playerId: args.playerId },
    'filter',
  );
  const where = whereOf(f);
  return keysetPage<AuditEvent>(args, {
    filters: { ...f, from: f.from?.toISOString() ?? null, to: f.to?.toISOString() ?? null },
    keyOf: (e) => String(e.seq),
    fetch: (window) =>
      tenantTx(ctx, ({ em }) =>
        em.find(AuditEventSchema, { $and: [where, seqWindow(window) as FilterQuery<AuditEvent>] }, { orderBy: { seq: window.backward ? 'asc' : 'desc' }, limit: window.limit }),
      ),
    count: () => tenantTx(ctx, ({ em }) => em.count(AuditEventSchema, where)),
  });
}

/** Audit events of the operation's tenant by id (node lookups and references). */
export async function auditEventsByIds(ctx: Context, ids: readonly string[]): Promise<AuditEvent[]> {
  const valid = ids.filter(isUuid);
  if (valid.length === 0 || !ctx.tenant) return [];
  return tenantTx(ctx, ({ em }) => em.find(AuditEventSchema, { id: { $in: valid } }));
}

/** An audit event by id, batched per operation (a broken link names its event). */
export function loadAuditEvent(ctx: Context, id: string | null | undefined): Promise<AuditEvent | null> {
  return loadById(ctx, 'audit.event', async (c, ids) => new Map((await auditEventsByIds(c, ids)).map((e) => [e.id, e])), id);
}

/** Checkpoints of the operation's tenant by id (node lookups). */
export async function checkpointsByIds(ctx: Context, ids: readonly string[]): Promise<AuditCheckpoint[]> {
  const valid = ids.filter(isUuid);
  if (valid.length === 0 || !ctx.tenant) return [];
  return tenantTx(ctx, ({ em }) => em.find(AuditCheckpointSchema, { id: { $in: valid } }));
}

export interface AuditVerification {
  ok: boolean;
  fromSeq: number;
  toSeq: number;
  headSeq: number;
  checked: number;
  checkpointsChecked: number;
  broken: BrokenLink | null;
}

const rangeInput = z
  .object({ fromSeq: z.number().int().min(1).nullish(), toSeq: z.number().int().min(1).nullish() })
  .refine((r) => !r.fromSeq || !r.toSeq || r.fromSeq <= r.toSeq, { path: ['fromSeq'], message: 'must not be after toSeq' });

/**
 * Re-derives every hash of the range from the stored content, checks each link and that
 * nothing is missing, that the chain head agrees with the last event, and that every
 * checkpoint in the range is signed over the hash the chain holds at its seq.
 */
export async function verifyAuditChain(ctx: Context, range: { fromSeq?: number | null; toSeq?: number | null }): Promise<AuditVerification> {
  const r = parseInput(rangeInput, range, 'range');
  return tenantTx(ctx, async ({ em, tenantId }) => {
    const head = await chainHead(em, tenantId);
    const fromSeq = r.fromSeq ?? 1;
    const toSeq = Math.min(r.toSeq ?? head.seq, head.seq);
    const result = (checked: number, checkpointsChecked: number, broken: BrokenLink | null): AuditVerification => ({
      ok: broken === null, fromSeq, toSeq, headSeq: head.seq, checked, checkpointsChecked, broken,
    });
    if (toSeq < fromSeq) return result(0, 0, null);

    let expected = { seq: 0, hash: GENESIS_HASH };
    if (fromSeq > 1) {
      const before = await em.findOne(AuditEventSchema, { seq: fromSeq - 1 });
      if (!before) return result(0, 0, { seq: fromSeq - 1, eventId: null, reason: `event ${fromSeq - 1} is missing` });
      expected = { seq: before.seq, hash: before.hash };
    }
    const checkpoints = await em.find(AuditCheckpointSchema, { seq: { $gte: fromSeq, $lte: toSeq } }, { orderBy: { seq: 'asc' } });
    const hashAt = new Map<number, string>();
    const wanted = new Set(checkpoints.map((c) => c.seq));
    let checked = 0;
    while (expected.seq < toSeq) {
      const batch = await em.find(
        AuditEventSchema,
        { seq: { $gt: expected.seq, $lte: toSeq } },
        { orderBy: { seq: 'asc' }, limit: VERIFY_BATCH },
      );
      if (batch.length === 0) return result(checked, 0, { seq: expected.seq + 1, eventId: null, reason: `event ${expected.seq + 1} is missing` });
      const verdict = verifyLinks(batch.map(toRecord), expected);
      checked += verdict.checked;
      if (!verdict.ok) return result(checked, 0, verdict.broken);
      for (const event of batch) if (wanted.has(event.seq)) hashAt.set(event.seq, event.hash);
      expected = { seq: verdict.lastSeq!, hash: verdict.lastHash };
    }
    if (toSeq === head.seq && expected.hash !== head.hash) {
      return result(checked, 0, { seq: head.seq, eventId: null, reason: `the chain head says ${head.hash}, but event ${head.seq} hashes to ${expected.hash}` });
    }
    const publicKey = signerOf(ctx).publicKey;
    for (const checkpoint of checkpoints) {
      const problem = checkpointProblem(toCheckpointRecord(checkpoint), publicKey, hashAt.get(checkpoint.seq));
      if (problem) return result(checked, checkpoints.length, { seq: checkpoint.seq, eventId: null, reason: problem });
    }
    return result(checked, checkpoints.length, null);
  });
}

/** Signs the tenant's chain head now. Returns the existing checkpoint when the head has not moved. */
export async function signChainHead(ctx: Context, tenantId: string, createdBy: string): Promise<AuditCheckpoint | null> {
  const signer = signerOf(ctx);
  return tenantTxFor(ctx, tenantId, async ({ em }) => {
    const head = await chainHead(em, tenantId);
    if (head.seq === 0) return null;
    const existing = await em.findOne(AuditCheckpointSchema, { seq: head.seq });
    if (existing) return existing;
    const signedAt = new Date();
    const message = checkpointMessage({ tenantId, seq: head.seq, headHash: head.hash, signedAt: signedAt.toISOString() });
    const checkpoint = em.create(AuditCheckpointSchema, {
      id: newId(),
      tenantId,
      seq: head.seq,
      headHash: head.hash,
      signedAt,
      keyId: signer.keyId,
      signature: signer.sign(message),
      createdBy,
    });
    await em.flush();
    return checkpoint;
  });
}

/** Staff sign the head on demand; the act itself is then audited, as the next event. */
export async function createCheckpoint(ctx: Context, input: { reason?: string | null } = {}): Promise<AuditCheckpoint> {
  const { reason } = parseInput(z.object({ reason: z.string().trim().min(1).max(500).nullish() }), input);
  const tenantId = requireTenant(ctx).id;
  const checkpoint = await signChainHead(ctx, tenantId, ctx.principal ? actorLabel(ctx.principal) : 'ANONYMOUS:-');
  if (!checkpoint) throw new AuditChainEmptyError();
  await tenantTx(ctx, (tx) =>
    tx.audit({ action: 'audit.checkpoint', target: { type: 'AuditCheckpoint', id: checkpoint.id }, diff: { seq: checkpoint.seq, headHash: checkpoint.headHash, ...(reason ? { reason } : {}) } }),
  );
  return checkpoint;
}

/** The tenant's checkpoints, newest first, in pages both ways, with their count. */
export function listCheckpoints(ctx: Context, args: PageArgs) {
  return keysetPage<AuditCheckpoint>(args, {
    keyOf: (c) => String(c.seq),
    fetch: (window) =>
      tenantTx(ctx, ({ em }) =>
        em.find(AuditCheckpointSchema, seqWindow(window) as FilterQuery<AuditCheckpoint>, { orderBy: { seq: window.backward ? 'asc' : 'desc' }, limit: window.limit }),
      ),
    count: () => tenantTx(ctx, ({ em }) => em.count(AuditCheckpointSchema, {})),
  });
}

/**
 * A range with its checkpoints, for `npm run audit:verify`. By default it ends at the latest
 * checkpoint, so a signature vouches for the whole export.
 */
export interface ExportedRange {
  /** The export file's content (croupier-audit-export/1), as `npm run audit:verify` reads it. */
  document: AuditExport;
  events: AuditEvent[];
  checkpoints: AuditCheckpoint[];
}

export async function exportRange(ctx: Context, range: { fromSeq?: number | null; toSeq?: number | null }): Promise<ExportedRange> {
  const r = parseInput(rangeInput, range, 'range');
  const signer = signerOf(ctx);
  return tenantTx(ctx, async ({ em, tenantId }) => {
    const head = await chainHead(em, tenantId);
    const latest = await em.findOne(AuditCheckpointSchema, {}, { orderBy: { seq: 'desc' } });
    const fromSeq = r.fromSeq ?? 1;
    const toSeq = Math.min(r.toSeq ?? latest?.seq ?? head.seq, head.seq);
    if (toSeq < fromSeq) throw new ValidationError([{ path: ['range'], message: 'the range holds no events' }]);
    if (toSeq - fromSeq + 1 > MAX_EXPORT_EVENTS) {
      throw new ValidationError([{ path: ['range'], message: `exports hold at most ${MAX_EXPORT_EVENTS} events` }]);
    }
    const events = await em.find(AuditEventSchema, { seq: { $gte: fromSeq, $lte: toSeq } }, { orderBy: { seq: 'asc' } });
    const checkpoints = await em.find(AuditCheckpointSchema, { seq: { $gte: fromSeq, $lte: toSeq } }, { orderBy: { seq: 'asc' } });
    const document: AuditExport = {
      format: EXPORT_FORMAT,
      tenantId,
      fromSeq,
      toSeq,
      publicKey: signer.publicKey,
      keyId: signer.keyId,
      events: events.map(toRecord),
      checkpoints: checkpoints.map(toCheckpointRecord),
    };
    return { document, events, checkpoints };
  });
}

export function auditPublicKey(ctx: Context): { publicKey: string; keyId: string } {
  const { publicKey, keyId } = signerOf(ctx);
  return { publicKey, keyId };
}
