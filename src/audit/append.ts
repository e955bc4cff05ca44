import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '../ids.js';
import { GENESIS_HASH, hashOf, type AuditContent } from './chain.js';

/** Who did it and from where: taken from the request context. */
export interface AuditActor {
  kind: string;
  id: string;
  requestId: string | null;
  ip: string | null;
}

/**
 * Every kind of object an audit event may be about: the `AuditTargetType` enum of the API. A
 * new kind of target is added here (and described in modules/audit/audit.schema.ts); the
 * names of Node types are their GraphQL type names, so the API resolves `AuditEvent.target`.
 */
export const AUDIT_TARGET_TYPES = [
  'Tenant',
  'Player',
  'StaffUser',
  'ApiKey',
  'AuditCheckpoint',
  'MenuItem',
  'Currency',
  'LedgerAccount',
  'LedgerTransaction',
  'WalletAdjustment',
  'GameProvider',
  'Game',
  'PokerTable',
  'Payment',
  'PaymentProvider',
  'PaymentSettings',
  'Withdrawal',
  'Dispute',
  'BonusSettings',
  'BonusTemplate',
  'BonusGrant',
  'BonusBudget',
  'Offer',
  'Experiment',
  'VipSettings',
  'VipTier',
  'VipPlayer',
  'VipCheck',
  'Affiliate',
  'AffiliateLink',
  'AffiliatePlan',
  'AffiliateSettings',
  'AffiliateStatement',
  'RiskCase',
  'RiskCaseAction',
  'RiskSettings',
  'KycProvider',
  'KycVerification',
  'RiskLink',
] as const;
export type AuditTargetType = (typeof AUDIT_TARGET_TYPES)[number];

/** What happened: an action on a target, with the difference it made. */
export interface AuditEntry {
  /** Dotted, stable, past-tense-free verb: `tenant.suspend`, `staff.roles.set`, `apikey.create`. */
  action: string;
  target: { type: AuditTargetType; id: string };
  /** Before/after of what changed (see `difference` in chain.ts), or facts of the action. */
  diff: Record<string, unknown>;
}

/**
 * Appends an event to the tenant's chain inside the caller's transaction, so the event
 * exists exactly when the change it records does. The head row lock serialises appends
 * of one tenant only; other tenants append in parallel.
 */
export async function appendAudit(em: EntityManager, tenantId: string, actor: AuditActor, entry: AuditEntry): Promise<number> {
  await em.execute(
    `insert into audit_chain_head (tenant_id, last_seq, last_hash) values (?, 0, ?) on conflict (tenant_id) do nothing`,
    [tenantId, GENESIS_HASH],
  );
  const [head] = await em.execute<{ last_seq: string; last_hash: string }[]>(
    `select last_seq, last_hash from audit_chain_head where tenant_id = ? for update`,
    [tenantId],
  );
  const content: AuditContent = {
    id: newId(),
    tenantId,
    seq: Number(head!.last_seq) + 1,
    // Millisecond precision round-trips exactly through timestamptz.
    occurredAt: new Date().toISOString(),
    actorKind: actor.kind,
    actorId: actor.id,
    action: entry.action,
    targetType: entry.target.type,
    targetId: entry.target.id,
    // Stored as jsonb and hashed as read back: a JSON round trip now makes both the same.
    diff: JSON.parse(JSON.stringify(entry.diff)) as unknown,
    requestId: actor.requestId,
    ip: actor.ip,
    prevHash: head!.last_hash,
  };
  const hash = hashOf(content);
  await em.execute(
    `insert into audit_event (id, tenant_id, seq, occurred_at, actor_kind, actor_id, action, target_type, target_id, diff, request_id, ip, prev_hash, hash)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)`,
    [
      content.id,
      tenantId,
      content.seq,
      content.occurredAt,
      content.actorKind,
      content.actorId,
      content.action,
      content.targetType,
      content.targetId,
      JSON.stringify(content.diff),
      content.requestId,
      content.ip,
      content.prevHash,
      hash,
    ],
  );
  await em.execute(`update audit_chain_head set last_seq = ?, last_hash = ? where tenant_id = ?`, [content.seq, hash, tenantId]);
  return content.seq;
}
