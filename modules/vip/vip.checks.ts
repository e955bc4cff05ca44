/**
 * High-value checks (docs/vip.md "Safer gambling"), after the UK Gambling Commission's guidance on
 * high-value customer schemes: before a player enters a designated high-value tier, staff record
 * evidence of three kinds (identity, affordability / source of funds, a safer-gambling review)
 * and another staff member (the accountable checker, vip:approve) approves or rejects each:
 * maker-checker, audited, announced as vip.status.changed. An approval is valid for the tenant's
 * checkValidityDays; once all three kinds are approved, a player held below the tier goes up.
 */
import { z } from 'zod';
import { tenantTx, type Context, type TenantTx } from '../../src/context.js';
import { ForbiddenError, NotFoundError } from '../../src/errors.js';
import { isUuid, newId } from '../../src/ids.js';
import type { Connection, PageArgs } from '../../src/graphql/pagination.js';
import { parseInput } from '../../src/validation.js';
import { playerStanding } from '../identity/index.js';
import { announceVipStatusInTx } from './vip.events.js';
import { vipSettingsInTx } from './vip.settings.js';
import { upgradeTiersInTx } from './vip.tiering.js';
import { tablePage } from '../../src/graphql/table-rows.js';
import { VipCheckNotPendingError, VipCheckSameStaffError, VipCheckTierNotHighValueError, VipProgrammeOffError } from './vip.rewards.errors.js';

import { CHECK_KINDS, type CheckKind } from './vip.settings.js';
export { CHECK_KINDS, type CheckKind };
export const CHECK_STATUSES = ['PENDING', 'APPROVED', 'REJECTED'] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];

export interface CheckRow {
  id: string;
  tenant_id: string;
  player_id: string;
  tier_id: string;
  kind: CheckKind;
  evidence: string;
  evidence_reference: string | null;
  status: CheckStatus;
  recorded_by: string;
  recorded_at: Date;
  decided_by: string | null;
  decided_at: Date | null;
  decision_note: string | null;
  valid_until: Date | null;
}

function staffOf(ctx: Context): string {
  if (ctx.principal?.kind !== 'staff') throw new ForbiddenError('staff');
  return ctx.principal.staffId;
}

const recordInput = z.object({
  playerId: z.string(),
  tierId: z.string(),
  kind: z.enum(CHECK_KINDS),
  evidence: z.string().trim().min(1, 'must not be empty').max(4000),
  evidenceReference: z.string().trim().max(500).nullish(),
});
export type RecordCheckInput = z.input<typeof recordInput>;

const decideInput = z.object({
  checkId: z.string(),
  note: z.string().trim().max(2000).nullish(),
});
export type DecideCheckInput = z.input<typeof decideInput>;

async function currentTierOf(tx: TenantTx, playerId: string): Promise<string | null> {
  const [row] = await tx.em.execute<{ tier_id: string | null }[]>(`select tier_id from vip_player where tenant_id = ? and player_id = ?`, [tx.tenantId, playerId]);
  return row?.tier_id ?? null;
}

/** The maker (vip:manage) records a check with its evidence: PENDING until another staff member decides it. */
export async function recordVipCheck(ctx: Context, input: RecordCheckInput): Promise<CheckRow> {
  const data = parseInput(recordInput, input);
  const maker = staffOf(ctx);
  return tenantTx(ctx, async (tx) => {
    if (!(await vipSettingsInTx(tx))) throw new VipProgrammeOffError();
    if (!isUuid(data.playerId) || !(await playerStanding(tx.em, data.playerId))) throw new NotFoundError('Player');
    if (!isUuid(data.tierId)) throw new NotFoundError('VipTier');
    const [tier] = await tx.em.execute<{ high_value: boolean; archived_at: Date | null }[]>(`select high_value, archived_at from vip_tier where tenant_id = ? and id = ?`, [tx.tenantId, data.tierId]);
    if (!tier || tier.archived_at) throw new NotFoundError('VipTier');
    if (!tier.high_value) throw new VipCheckTierNotHighValueError();
    const [row] = await tx.em.execute<CheckRow[]>(
      `insert into vip_check (id, tenant_id, player_id, tier_id, kind, evidence, evidence_reference, recorded_by)
       values (?, ?, ?, ?, ?, ?, ?, ?) returning *`,
      [newId(), tx.tenantId, data.playerId, data.tierId, data.kind, data.evidence, data.evidenceReference ?? null, maker],
    );
    const check = row!;
    await tx.audit({
      action: 'vip.check.record',
      target: { type: 'VipCheck', id: check.id },
      diff: { player: check.player_id, tier: check.tier_id, kind: check.kind, status: 'PENDING', evidenceReference: check.evidence_reference, evidenceLength: check.evidence.length },
    });
    const tierId = await currentTierOf(tx, check.player_id);
    await announceVipStatusInTx(tx, { playerId: check.player_id, kind: 'CHECK_RECORDED', tierId, previousTierId: tierId, checkId: check.id });
    return check;
  });
}

/** The checker (vip:approve, not the maker) approves or rejects a PENDING check; an approval may lift the player into the tier at once. */
export async function decideVipCheck(ctx: Context, input: DecideCheckInput, decision: 'APPROVED' | 'REJECTED'): Promise<CheckRow> {
  const data = parseInput(decideInput, input);
  const checker = staffOf(ctx);
  return tenantTx(ctx, async (tx) => {
    if (!isUuid(data.checkId)) throw new NotFoundError('VipCheck');
    const [locked] = await tx.em.execute<CheckRow[]>(`select * from vip_check where tenant_id = ? and id = ? for update`, [tx.tenantId, data.checkId]);
    if (!locked) throw new NotFoundError('VipCheck');
    if (locked.status !== 'PENDING') throw new VipCheckNotPendingError(locked.status);
    if (locked.recorded_by === checker) throw new VipCheckSameStaffError();
    const settings = await vipSettingsInTx(tx);
    if (!settings) throw new VipProgrammeOffError();
    const [row] = await tx.em.execute<CheckRow[]>(
      `update vip_check set status = ?, decided_by = ?, decided_at = now(), decision_note = ?,
         valid_until = case when ? = 'APPROVED' then now() + make_interval(days => ?::int) else null end
       where tenant_id = ? and id = ? returning *`,
      [decision, checker, data.note ?? null, decision, settings.checkValidityDays, tx.tenantId, locked.id],
    );
    const check = row!;
    await tx.audit({
      action: decision === 'APPROVED' ? 'vip.check.approve' : 'vip.check.reject',
      target: { type: 'VipCheck', id: check.id },
      diff: { status: { from: 'PENDING', to: decision }, note: check.decision_note, validUntil: check.valid_until ? new Date(check.valid_until).toISOString() : null },
    });
    const before = await currentTierOf(tx, check.player_id);
    await announceVipStatusInTx(tx, { playerId: check.player_id, kind: 'CHECK_DECIDED', tierId: before, previousTierId: before, checkId: check.id });
    // A player held below the tier goes up at once when all three kinds are approved (the tiers half decides).
    if (decision === 'APPROVED') await upgradeTiersInTx(ctx, tx, [check.player_id]);
    return check;
  });
}

// ------------------------------------------------------------------ reads

export async function checksByIds(ctx: Context, ids: readonly string[]): Promise<ReadonlyMap<string, CheckRow>> {
  const valid = ids.filter(isUuid);
  if (!ctx.tenant || valid.length === 0) return new Map();
  const rows = await tenantTx(ctx, (tx) => tx.em.execute<CheckRow[]>(`select * from vip_check where tenant_id = ? and id = any(?::uuid[])`, [tx.tenantId, `{${valid.join(',')}}`]));
  return new Map(rows.map((r) => [r.id, r]));
}

/** Pending checks of the tenant, oldest first (the checker's queue). */
export function vipCheckQueue(ctx: Context, args: PageArgs): Promise<Connection<CheckRow>> {
  return tablePage<CheckRow>(ctx, args, { table: 'vip_check', where: `status = 'PENDING'`, params: [], filters: { queue: true }, ascending: true });
}

/** A player's checks, newest first. */
export function checksOf(ctx: Context, playerId: string, args: PageArgs): Promise<Connection<CheckRow>> {
  return tablePage<CheckRow>(ctx, args, { table: 'vip_check', where: 'player_id = ?', params: [playerId], filters: { playerId } });
}
