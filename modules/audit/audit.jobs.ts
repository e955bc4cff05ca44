import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { systemContext, tenantTx, type Context, type Services } from '../../src/context.js';
import { defineJob } from '../../src/jobs/job.js';
import { checkGauges, recordCheck } from '../../src/observability/checks.js';
import { AuditCheckpointSchema } from '../../src/audit/entities.js';
import { tenantContexts } from '../tenants/index.js';
import { signChainHead, verifyAuditChain, type AuditVerification } from './audit.service.js';

/** The name of the periodic verification's result in `ops_check` (src/observability/checks.ts). */
export const AUDIT_CHAIN_CHECK = 'audit-chain';

/** A tenant whose chain failed its verification, as the check's detail lists it. */
export interface BrokenChain {
  tenantId: string;
  seq: number;
  reason: string;
}

export interface CheckpointRun {
  /** Tenants whose chain was verified (and, when it moved and held, signed). */
  verified: number;
  broken: BrokenChain[];
}

/**
 * Verifies one tenant's chain from its latest checkpoint (that checkpoint's event and signature
 * included) to the head: what the next signature is about to vouch for. A tenant with no
 * checkpoint yet is verified whole.
 */
export async function verifySinceCheckpoint(ctx: Context): Promise<AuditVerification> {
  const latest = await tenantTx(ctx, ({ em }) => em.findOne(AuditCheckpointSchema, {}, { orderBy: { seq: 'desc' }, fields: ['seq'] }));
  return verifyAuditChain(ctx, { fromSeq: latest?.seq ?? null });
}

/**
 * Each tenant's chain is verified since its latest checkpoint, then its head is signed when it
 * moved; a chain that does not verify is not signed (a signature would vouch for the break).
 * The number of broken chains is recorded as the `audit-chain` check, read by /metrics as
 * `croupier_audit_chain_broken_tenants` (docs/operations.md says what to do).
 */
export async function checkpointAllTenants(services: Services): Promise<CheckpointRun> {
  const run: CheckpointRun = { verified: 0, broken: [] };
  for await (const ctx of tenantContexts(services)) {
    const tenantId = ctx.tenant!.id;
    const verdict = await verifySinceCheckpoint(ctx);
    run.verified += 1;
    if (verdict.broken) {
      run.broken.push({ tenantId, seq: verdict.broken.seq, reason: verdict.broken.reason });
      services.logger.error({ tenantId, seq: verdict.broken.seq, reason: verdict.broken.reason }, 'audit chain does not verify');
      continue;
    }
    try {
      await signChainHead(systemContext(services), tenantId, 'JOB:audit-checkpoint');
    } catch (error) {
      // Another instance signed the same head first: its checkpoint stands.
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
    }
  }
  await recordCheck(services.sql, AUDIT_CHAIN_CHECK, run.broken.length, { verified: run.verified, broken: run.broken.slice(0, 100) });
  return run;
}

export const auditCheckpointJob = defineJob({
  name: 'audit-checkpoint',
  description: "Verifies each tenant's audit chain since its latest checkpoint, then signs the chain head when it moved (a chain that does not verify is not signed).",
  idempotency: 'Verification only reads; a head already signed is skipped (one checkpoint per head, a unique key): a second run signs nothing new.',
  every: (config) => config.auditCheckpointIntervalMs,
  run: async (_data, services) => void (await checkpointAllTenants(services)),
});

/** The periodic verification on /metrics (every instance reads the recorded result). */
export const auditChainGauges = checkGauges(
  AUDIT_CHAIN_CHECK,
  { name: 'croupier_audit_chain_broken_tenants', help: "Tenants whose audit chain failed verification at the audit-checkpoint job's last run" },
  { name: 'croupier_audit_chain_last_verification_timestamp_seconds', help: 'When the audit-checkpoint job last verified the audit chains (Unix seconds)' },
);
