/**
 * Player verifications (docs/risk.md "KYC"): a player starts one at a level; the provider's
 * check decides it (at once for the sandbox, by webhook for Onfido); a pass raises the player's
 * level, an under-age or failed result blocks the account and opens a KYC risk case.
 */
import { z } from 'zod';
import { systemContext, tenantTx, type Context, type TenantTx } from '../../src/context.js';
import { ForbiddenError, NotFoundError, ValidationError } from '../../src/errors.js';
import { actorOf } from '../../src/auth/principal.js';
import { isUuid, newId } from '../../src/ids.js';
import type { Connection, PageArgs } from '../../src/graphql/pagination.js';
import { rowsByIds, tablePage } from '../../src/graphql/table-rows.js';
import { parseInput } from '../../src/validation.js';
import type { VerificationLevel } from '../../src/player-gates.js';
import { birthDatesOf, blockPlayerInTx, playerExists } from '../identity/index.js';
import { openRiskCaseInTx } from './risk.cases.js';
import { REPORTS_OF_LEVEL, type CheckLevel, type CheckOutcome, type KycProviderCode, type KycReport } from './kyc.gateway.js';
import { activeKycProvider, kycGatewayOf } from './kyc.providers.js';
import { currentLevelInTx, ENHANCED_VALID_DAYS, rankOf } from './kyc.levels.js';
import { riskSettingsInTx } from './risk.settings.js';
import { KycLevelAlreadyReachedError, KycProviderFailedError, KycVerificationNotPendingError } from './kyc.errors.js';

export const VERIFICATION_STATUSES = ['PENDING', 'PASSED', 'FAILED', 'RETRY'] as const;
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];
export const KYC_VERIFICATION_UPDATED = 'kyc.verification.updated';

export interface VerificationRow {
  id: string;
  tenant_id: string;
  player_id: string;
  provider: KycProviderCode;
  level: CheckLevel;
  status: VerificationStatus;
  applicant_ref: string;
  check_ref: string | null;
  result: 'clear' | 'consider' | null;
  under_age: boolean;
  failure_reason: string | null;
  reports: KycReport[];
  /** PROVIDER, or the id of the staff member who decided it by hand. */
  decided_by: string | null;
  created_at: Date;
  completed_at: Date | null;
  expires_at: Date | null;
}

export interface VerificationUpdatedPayload {
  verificationId: string;
  playerId: string;
  status: VerificationStatus;
  level: CheckLevel;
}

function playerOf(ctx: Context): string {
  if (ctx.principal?.kind !== 'player') throw new ForbiddenError('player');
  return ctx.principal.playerId;
}

function staffOf(ctx: Context): string {
  if (ctx.principal?.kind !== 'staff' && ctx.principal?.kind !== 'platform') throw new ForbiddenError('staff');
  return actorOf(ctx.principal).id;
}

// ---------------------------------------------------------------- reads

export function verificationsByIds(ctx: Context, ids: readonly string[]): Promise<ReadonlyMap<string, VerificationRow>> {
  return rowsByIds<VerificationRow>(ctx, 'kyc_verification', 'id', ids);
}

/** A player's verifications, newest first. */
export function verificationsOfPlayer(ctx: Context, playerId: string, args: PageArgs): Promise<Connection<VerificationRow>> {
  return tablePage<VerificationRow>(ctx, args, { table: 'kyc_verification', where: 'player_id = ?', params: [playerId], filters: { playerId } });
}

export async function pendingVerificationInTx(tx: TenantTx, playerId: string): Promise<VerificationRow | null> {
  const [row] = await tx.em.execute<VerificationRow[]>(
    `select * from kyc_verification where tenant_id = ? and player_id = ? and status = 'PENDING' order by id desc limit 1`,
    [tx.tenantId, playerId],
  );
  return row ?? null;
}

// ---------------------------------------------------------------- start

const startInput = z.object({
  level: z.enum(['BASIC', 'FULL', 'ENHANCED'], 'must be BASIC, FULL or ENHANCED'),
  firstName: z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters').nullish(),
  lastName: z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters').nullish(),
});

/**
 * The signed-in player starts a verification at `level` with the tenant's provider: the player's
 * applicant there (created the first time, from the names given) and a check of the level's
 * reports. Returns the verification (PENDING, or decided at once by the sandbox) and what the
 * frontend needs (`sdkToken`, `formUri`). Nothing is recorded when the provider fails.
 */
export async function startVerification(ctx: Context, input: z.input<typeof startInput>): Promise<{ verification: VerificationRow; clientData: Record<string, string> }> {
  const data = parseInput(startInput, input);
  const playerId = playerOf(ctx);
  const prepared = await tenantTx(ctx, async (tx) => {
    const provider = await activeKycProvider(tx);
    const current = await currentLevelInTx(tx, playerId);
    if (rankOf(current) >= rankOf(data.level)) throw new KycLevelAlreadyReachedError(current);
    const [known] = await tx.em.execute<{ applicant_ref: string }[]>(
      `select applicant_ref from kyc_verification where tenant_id = ? and player_id = ? and provider = ? order by id desc limit 1`,
      [tx.tenantId, playerId, provider.code],
    );
    const [player] = await tx.em.execute<{ email: string }[]>(`select email from player where tenant_id = ? and id = ?`, [tx.tenantId, playerId]);
    const born = (await birthDatesOf(tx.em, tx.tenantId, [playerId])).get(playerId) ?? null;
    return { provider, applicantRef: known?.applicant_ref ?? null, email: player!.email, born };
  });
  if (!prepared.applicantRef && (!data.firstName || !data.lastName)) {
    throw new ValidationError([{ path: ['input', data.firstName ? 'lastName' : 'firstName'], message: 'is required' }]);
  }
  const gateway = kycGatewayOf(ctx, prepared.provider);
  const verificationId = newId();
  let started;
  try {
    started = await gateway.startCheck({
      verificationId,
      level: data.level,
      applicantRef: prepared.applicantRef,
      applicant: { firstName: data.firstName ?? '', lastName: data.lastName ?? '', email: prepared.email, dateOfBirth: prepared.born },
    });
  } catch (error) {
    ctx.services.logger.warn({ provider: prepared.provider.code, err: error instanceof Error ? error.message : String(error) }, 'kyc provider call failed');
    throw new KycProviderFailedError();
  }
  const outcome = await tenantTx(ctx, async (tx) => {
    const [row] = await tx.em.execute<VerificationRow[]>(
      `insert into kyc_verification (id, tenant_id, player_id, provider, level, applicant_ref, check_ref) values (?, ?, ?, ?, ?, ?, ?) returning *`,
      [verificationId, tx.tenantId, playerId, prepared.provider.code, data.level, started.applicantRef, started.checkRef],
    );
    await tx.audit({
      action: 'kyc.verification.start',
      target: { type: 'KycVerification', id: verificationId },
      diff: { player: playerId, provider: prepared.provider.code, level: data.level, checkRef: started.checkRef },
    });
    await announce(tx, row!);
    if (!started.outcome) return { row: row!, blocked: false };
    return applyOutcomeInTx(ctx, tx, row!, started.outcome);
  });
  if (outcome.blocked) await ctx.services.lookups.invalidate(`subject:${playerId}`);
  return { verification: outcome.row, clientData: started.clientData };
}

// ---------------------------------------------------------------- results

async function announce(tx: TenantTx, row: VerificationRow): Promise<void> {
  const payload: VerificationUpdatedPayload = { verificationId: row.id, playerId: row.player_id, status: row.status, level: row.level };
  await tx.emit('kyc', KYC_VERIFICATION_UPDATED, payload);
}

/** Whole years between `born` (YYYY-MM-DD) and `now`. */
export function ageOn(born: string, now: Date): number {
  const [y, m, d] = born.split('-').map(Number) as [number, number, number];
  let age = now.getUTCFullYear() - y;
  if (now.getUTCMonth() + 1 < m || (now.getUTCMonth() + 1 === m && now.getUTCDate() < d)) age -= 1;
  return age;
}

interface Verdict {
  status: Exclude<VerificationStatus, 'PENDING'>;
  underAge: boolean;
  reason: string | null;
}

/**
 * The verdict on a complete check: under age (the provider's age check says consider, or the
 * document's date of birth is below the tenant's minimum age) fails; every report the level needs
 * present and clear passes; a document report that is only `rejected` (unreadable, expired) asks
 * for a retry; anything else fails.
 */
export function verdictOf(level: CheckLevel, outcome: CheckOutcome, minimumAge: number, now = new Date()): Verdict {
  const documents = outcome.reports.filter((r) => r.name.startsWith('document'));
  const underAge = documents.some((r) => r.ageValidation === 'consider' || (r.dateOfBirth !== null && /^\d{4}-\d{2}-\d{2}$/.test(r.dateOfBirth) && ageOn(r.dateOfBirth, now) < minimumAge));
  if (underAge) return { status: 'FAILED', underAge, reason: `under the minimum age of ${minimumAge}` };
  const missing = REPORTS_OF_LEVEL[level].filter((name) => !outcome.reports.some((r) => r.name === name && r.result === 'clear'));
  if (outcome.result === 'clear' && missing.length === 0) return { status: 'PASSED', underAge, reason: null };
  const notClear = outcome.reports.filter((r) => r.result !== 'clear');
  if (notClear.length > 0 && notClear.every((r) => r.name.startsWith('document') && r.subResult === 'rejected')) {
    return { status: 'RETRY', underAge, reason: 'document could not be read (rejected): verify again' };
  }
  const what = notClear.map((r) => `${r.name}: ${r.result ?? 'none'}${r.subResult ? `/${r.subResult}` : ''}`).join(', ') || `missing ${missing.join(', ')}`;
  return { status: 'FAILED', underAge, reason: `verification failed (${what})`.slice(0, 500) };
}

/**
 * Records a complete check's outcome on a PENDING verification, in the caller's transaction:
 * audited, announced; an under-age or failed one blocks the player (reason kept, audited by
 * identity) and opens or adds to the player's KYC case (CRITICAL under age, HIGH failed). The
 * caller invalidates `subject:<playerId>` after the commit when `blocked`.
 */
export async function applyOutcomeInTx(ctx: Context, tx: TenantTx, row: VerificationRow, outcome: CheckOutcome): Promise<{ row: VerificationRow; blocked: boolean }> {
  if (!outcome.complete || row.status !== 'PENDING') return { row, blocked: false };
  const settings = await riskSettingsInTx(tx);
  const verdict = verdictOf(row.level, outcome, settings.minimumAge);
  const expires = verdict.status === 'PASSED' && row.level === 'ENHANCED' ? new Date(Date.now() + ENHANCED_VALID_DAYS * 86_400_000) : null;
  const [updated] = await tx.em.execute<VerificationRow[]>(
    `update kyc_verification set status = ?, result = ?, under_age = ?, failure_reason = ?, reports = ?::jsonb, completed_at = now(), expires_at = ?, decided_by = 'PROVIDER'
     where tenant_id = ? and id = ? returning *`,
    [verdict.status, outcome.result, verdict.underAge, verdict.reason, JSON.stringify(outcome.reports), expires, tx.tenantId, row.id],
  );
  await tx.audit({
    action: 'kyc.verification.complete',
    target: { type: 'KycVerification', id: row.id },
    diff: { player: row.player_id, level: row.level, status: { from: 'PENDING', to: verdict.status }, result: outcome.result, underAge: verdict.underAge, reason: verdict.reason },
  });
  await announce(tx, updated!);
  if (verdict.status !== 'FAILED') return { row: updated!, blocked: false };
  await failPlayerInTx(ctx, tx, updated!, verdict.underAge, verdict.reason ?? 'verification failed', { result: outcome.result, reports: outcome.reports });
  return { row: updated!, blocked: true };
}

async function failPlayerInTx(ctx: Context, tx: TenantTx, row: VerificationRow, underAge: boolean, reason: string, data: Record<string, unknown>): Promise<void> {
  const why = `KYC ${underAge ? 'under age' : 'failed'}: ${reason} (verification ${row.id})`.slice(0, 500);
  // Blocked by the platform on the provider's result, whoever's request carried it.
  await blockPlayerInTx(systemContext(ctx.services, ctx.tenant), tx, row.player_id, why);
  await openRiskCaseInTx(ctx, tx, {
    kind: 'KYC',
    subjectKey: `player:${row.player_id}`,
    playerIds: [row.player_id],
    severity: underAge ? 'CRITICAL' : 'HIGH',
    title: underAge ? 'Under-age player (KYC)' : 'Failed identity verification (KYC)',
    evidence: { type: 'KYC_RESULT', summary: why, data: { verificationId: row.id, provider: row.provider, checkRef: row.check_ref, level: row.level, underAge, ...data } },
  });
}

// ---------------------------------------------------------------- staff

const requestInput = z.object({
  playerId: z.string(),
  level: z.enum(['BASIC', 'FULL', 'ENHANCED'], 'must be BASIC, FULL or ENHANCED'),
  note: z.string().trim().min(1, 'must not be empty').max(2000, 'must be at most 2000 characters'),
});

/**
 * Staff (risk:manage) ask a player for a level: until the player has it, withdrawals are refused
 * (reason RISK_FLAG). One standing request per player, replaced by the next. Audited.
 */
export async function requestVerification(ctx: Context, input: z.input<typeof requestInput>): Promise<{ level: CheckLevel; playerId: string }> {
  const data = parseInput(requestInput, input);
  const by = staffOf(ctx);
  return tenantTx(ctx, async (tx) => {
    if (!isUuid(data.playerId) || !(await playerExists(tx.em, data.playerId))) throw new NotFoundError('Player');
    await tx.em.execute(
      `insert into kyc_requirement (tenant_id, player_id, level, note, requested_by) values (?, ?, ?, ?, ?)
       on conflict (tenant_id, player_id) do update set level = excluded.level, note = excluded.note, requested_by = excluded.requested_by, requested_at = now()`,
      [tx.tenantId, data.playerId, data.level, data.note, by],
    );
    await tx.audit({ action: 'kyc.verification.request', target: { type: 'Player', id: data.playerId }, diff: { level: data.level, note: data.note } });
    return { level: data.level, playerId: data.playerId };
  });
}

const decideInput = z.object({
  verificationId: z.string(),
  pass: z.boolean(),
  note: z.string().trim().min(1, 'must not be empty').max(500, 'must be at most 500 characters'),
});

/**
 * Staff (risk:manage) decide a PENDING verification by hand (a document reviewed outside the
 * provider): PASSED raises the player's level; FAILED blocks the player and opens a HIGH KYC case
 * as a provider's failure does. Audited.
 */
export async function decideVerification(ctx: Context, input: z.input<typeof decideInput>): Promise<VerificationRow> {
  const data = parseInput(decideInput, input);
  const by = staffOf(ctx);
  const outcome = await tenantTx(ctx, async (tx) => {
    if (!isUuid(data.verificationId)) throw new NotFoundError('KycVerification');
    const [row] = await tx.em.execute<VerificationRow[]>(`select * from kyc_verification where tenant_id = ? and id = ? for update`, [tx.tenantId, data.verificationId]);
    if (!row) throw new NotFoundError('KycVerification');
    if (row.status !== 'PENDING') throw new KycVerificationNotPendingError(row.status);
    const status = data.pass ? 'PASSED' : 'FAILED';
    const expires = data.pass && row.level === 'ENHANCED' ? new Date(Date.now() + ENHANCED_VALID_DAYS * 86_400_000) : null;
    const [updated] = await tx.em.execute<VerificationRow[]>(
      `update kyc_verification set status = ?, failure_reason = ?, completed_at = now(), expires_at = ?, decided_by = ? where tenant_id = ? and id = ? returning *`,
      [status, data.pass ? null : data.note, expires, by, tx.tenantId, row.id],
    );
    await tx.audit({ action: 'kyc.verification.decide', target: { type: 'KycVerification', id: row.id }, diff: { status: { from: 'PENDING', to: status }, note: data.note } });
    await announce(tx, updated!);
    if (!data.pass) await failPlayerInTx(ctx, tx, updated!, false, `staff decision: ${data.note}`, { by });
    return updated!;
  });
  if (outcome.status === 'FAILED') await ctx.services.lookups.invalidate(`subject:${outcome.player_id}`);
  return outcome;
}

export type { VerificationLevel };
