import { checkpointMessage, verifyLinks, type AuditRecord, type BrokenLink } from './chain.js';
import { keyIdOf, signatureValid } from './signing.js';

export const EXPORT_FORMAT = 'croupier-audit-export/1';

export interface CheckpointRecord {
  tenantId: string;
  seq: number;
  headHash: string;
  signedAt: string;
  keyId: string;
  signature: string;
}

/** A range of one tenant's chain with the checkpoints inside it: verifiable with no database. */
export interface AuditExport {
  format: typeof EXPORT_FORMAT;
  tenantId: string;
  fromSeq: number;
  toSeq: number;
  publicKey: string;
  keyId: string;
  events: AuditRecord[];
  checkpoints: CheckpointRecord[];
}

export type ExportVerdict =
  | { ok: true; checked: number; checkpoints: number; coveredToSeq: number; uncovered: number }
  | { ok: false; checked: number; broken: BrokenLink };

/** Why a checkpoint fails, or null when its signature and head hash hold. */
export function checkpointProblem(checkpoint: CheckpointRecord, publicKey: string, hashAtSeq: string | undefined): string | null {
  if (checkpoint.keyId !== keyIdOf(publicKey)) return `checkpoint at ${checkpoint.seq} was signed by key ${checkpoint.keyId}, not ${keyIdOf(publicKey)}`;
  if (!signatureValid(checkpointMessage(checkpoint), checkpoint.signature, publicKey)) {
    return `checkpoint at ${checkpoint.seq} has an invalid signature`;
  }
  if (hashAtSeq === undefined) return `checkpoint at ${checkpoint.seq} names an event that is not in the range`;
  if (hashAtSeq !== checkpoint.headHash) {
    return `event ${checkpoint.seq} has hash ${hashAtSeq}, but the signed checkpoint says ${checkpoint.headHash}`;
  }
  return null;
}

/**
 * Verifies an export: the events link to each other and to their own hashes, each checkpoint
 * is signed by `publicKey` over the hash the range holds at its seq, and at least one
 * checkpoint vouches for the range (everything up to it is then authentic).
 */
export function verifyExport(data: AuditExport, publicKey: string): ExportVerdict {
  if (data.format !== EXPORT_FORMAT) {
    return { ok: false, checked: 0, broken: { seq: 0, eventId: null, reason: `unknown format ${String(data.format)}` } };
  }
  const events = [...data.events].sort((a, b) => a.seq - b.seq);
  const first = events[0];
  if (!first) return { ok: false, checked: 0, broken: { seq: data.fromSeq, eventId: null, reason: 'the export holds no events' } };
  if (first.seq !== data.fromSeq) {
    return { ok: false, checked: 0, broken: { seq: data.fromSeq, eventId: null, reason: `the range should start at ${data.fromSeq}, not ${first.seq}` } };
  }
  const foreign = events.find((e) => e.tenantId !== data.tenantId);
  if (foreign) return { ok: false, checked: 0, broken: { seq: foreign.seq, eventId: foreign.id, reason: `belongs to tenant ${foreign.tenantId}` } };

  const links = verifyLinks(events, { seq: first.seq - 1, hash: first.prevHash });
  if (!links.ok) return links;
  const last = events.at(-1)!;
  if (last.seq !== data.toSeq) {
    return { ok: false, checked: links.checked, broken: { seq: last.seq + 1, eventId: null, reason: `the range should end at ${data.toSeq}, not ${last.seq}` } };
  }

  const hashBySeq = new Map(events.map((e) => [e.seq, e.hash]));
  let coveredToSeq = 0;
  for (const checkpoint of data.checkpoints) {
    const problem = checkpointProblem(checkpoint, publicKey, hashBySeq.get(checkpoint.seq));
    if (problem) return { ok: false, checked: links.checked, broken: { seq: checkpoint.seq, eventId: null, reason: problem } };
    coveredToSeq = Math.max(coveredToSeq, checkpoint.seq);
  }
  if (coveredToSeq === 0) {
    return { ok: false, checked: links.checked, broken: { seq: data.toSeq, eventId: null, reason: 'no signed checkpoint vouches for this range' } };
  }
  return { ok: true, checked: links.checked, checkpoints: data.checkpoints.length, coveredToSeq, uncovered: data.toSeq - coveredToSeq };
}
