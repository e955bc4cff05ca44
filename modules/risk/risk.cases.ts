/**
 * The risk case queue (docs/risk.md "Cases"). Detectors (collusion scoring, the linked-accounts
 * graph, KYC results, velocity rules) and staff open cases with evidence; one case stays open per
 * kind and subject, and a detector that finds the subject again adds its evidence to it. RISK
 * staff act on a case's players (freeze and unfreeze their accounts; close an account and
 * confiscate bonus winnings, the severe two only with a second staff member's approval: maker-
 * checker) and close it, cleared or confirmed. Everything is audited and announced as
 * `risk.case.updated` (the `riskCaseUpdated` subscription).
 */
import { z } from 'zod';
import { tenantTx, type Context, type TenantTx } from '../../src/context.js';
import { ForbiddenError, NotFoundError } from '../../src/errors.js';
import { actorOf } from '../../src/auth/principal.js';
import { isUuid, newId } from '../../src/ids.js';
import type { Connection, PageArgs } from '../../src/graphql/pagination.js';
import { rowsByIds, tablePage } from '../../src/graphql/table-rows.js';
import { parseInput } from '../../src/validation.js';
import { blockPlayerInTx, playerExists } from '../identity/index.js';
import { IdempotencyConflictError, playerAccountsInTx, setFrozenInTx } from '../wallet/index.js';
import { activeGrantIdsInTx, endGrantInTx } from '../bonus/index.js';
import { RiskActionNotPendingError, RiskActionSameStaffError, RiskCaseClosedError, RiskCaseHasPendingActionsError, RiskCasePlayerNotInCaseError } from './risk.errors.js';

export const CASE_KINDS = ['COLLUSION', 'MULTI_ACCOUNTING', 'KYC', 'VELOCITY', 'MANUAL'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];
export const SEVERITIES = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const CASE_STATUSES = ['OPEN', 'CLOSED'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const RESOLUTIONS = ['CLEARED', 'CONFIRMED'] as const;
export type Resolution = (typeof RESOLUTIONS)[number];
export const CASE_ACTIONS = ['FREEZE', 'UNFREEZE', 'CLOSE_ACCOUNT', 'CONFISCATE'] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];
export const ACTION_STATUSES = ['DONE', 'PENDING_APPROVAL', 'REJECTED'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
/** The actions a second staff member must approve (maker-checker): they cannot be undone by RISK. */
export const SEVERE_ACTIONS: ReadonlySet<CaseAction> = new Set(['CLOSE_ACCOUNT', 'CONFISCATE']);

/** The event of every change of a case (stream `risk`). */
export const RISK_CASE_UPDATED = 'risk.case.updated';
export const CASE_CHANGES = ['OPENED', 'EVIDENCE_ADDED', 'ACTION_REQUESTED', 'ACTION_TAKEN', 'ACTION_REJECTED', 'CLOSED'] as const;
export type CaseChange = (typeof CASE_CHANGES)[number];

export interface RiskCaseUpdatedPayload {
  caseId: string;
  version: number;
  change: CaseChange;
  kind: CaseKind;
  severity: Severity;
  status: CaseStatus;
  playerIds: string[];
  actionId: string | null;
}

/** One piece of evidence, as its detector wrote it. */
export interface EvidenceItem {
  /** What found it, e.g. COLLUSION_SCORE, SHARED_DEVICE, KYC_RESULT, DEPOSIT_VELOCITY, NOTE. */
  type: string;
  /** One line for the queue. */
  summary: string;
  /** When it was found (ISO 8601). */
  at: string;
  /** The detector's figures and references (statistics, hand ids, PHH, shared signals). */
  data: Record<string, unknown>;
}

export interface CaseRow {
  id: string;
  tenant_id: string;
  kind: CaseKind;
  subject_key: string;
  player_ids: string[];
  severity: Severity;
  title: string;
  score: number | null;
  evidence: EvidenceItem[];
  status: CaseStatus;
  resolution: Resolution | null;
  resolution_note: string | null;
  opened_at: Date;
  updated_at: Date;
  closed_at: Date | null;
  closed_by: string | null;
  version: number;
}

export interface ActionRow {
  id: string;
  tenant_id: string;
  case_id: string;
  action: CaseAction;
  player_id: string;
  idempotency_key: string;
  status: ActionStatus;
  note: string;
  requested_by: string;
  requested_at: Date;
  decided_by: string | null;
  decided_at: Date | null;
  decision_note: string | null;
  result: Record<string, unknown>;
}

/** What a detector found: the case it belongs to (kind and subject) and the evidence. */
export interface CaseFinding {
  kind: CaseKind;
  /** Names the subject within the kind, e.g. `pair:<a>:<b>` or `player:<id>`: one open case per kind and subject. */
  subjectKey: string;
  playerIds: readonly string[];
  severity: Severity;
  title: string;
  /** The detector's score (higher is worse), when it has one; an open case keeps the highest. */
  score?: number | null;
  evidence: Omit<EvidenceItem, 'at'> & { at?: string };
}

/** At most this many pieces of evidence stay on a case; the oldest make way. */
export const MAX_EVIDENCE = 100;

function staffOf(ctx: Context): string {
  if (ctx.principal?.kind !== 'staff' && ctx.principal?.kind !== 'platform') throw new ForbiddenError('staff');
  return actorOf(ctx.principal).id;
}

async function announce(tx: TenantTx, row: CaseRow, change: CaseChange, actionId: string | null = null): Promise<void> {
  const payload: RiskCaseUpdatedPayload = {
    caseId: row.id,
    version: row.version,
    change,
    kind: row.kind,
    severity: row.severity,
    status: row.status,
    playerIds: row.player_ids,
    actionId,
  };
  await tx.emit('risk', RISK_CASE_UPDATED, payload);
}

/**
 * Opens a case for the finding, or adds its evidence to the open case of the same kind and
 * subject (the severity and score rise to the finding's when higher; its players join). In the
 * caller's transaction: the case exists exactly when what found it commits.
 */
export async function openRiskCaseInTx(ctx: Context, tx: TenantTx, finding: CaseFinding): Promise<{ row: CaseRow; opened: boolean }> {
  const playerIds = [...new Set(finding.playerIds)].sort();
  const evidence: EvidenceItem = { ...finding.evidence, at: finding.evidence.at ?? new Date().toISOString() };
  const [row] = await tx.em.execute<(CaseRow & { inserted: boolean })[]>(
    `insert into risk_case (id, tenant_id, kind, subject_key, player_ids, severity, title, score, evidence)
     values (?, ?, ?, ?, ?::uuid[], ?, ?, ?, jsonb_build_array(?::jsonb))
     on conflict (tenant_id, kind, subject_key) where status = 'OPEN' do update set
       evidence = case when jsonb_array_length(risk_case.evidence) >= ${MAX_EVIDENCE} then risk_case.evidence - 0 else risk_case.evidence end || excluded.evidence,
       severity = case when array_position(array['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'], excluded.severity)
                          > array_position(array['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'], risk_case.severity) then excluded.severity else risk_case.severity end,
       score = greatest(risk_case.score, excluded.score),
       player_ids = (select array_agg(distinct p order by p) from unnest(risk_case.player_ids || excluded.player_ids) p),
       updated_at = now(),
       version = risk_case.version + 1
     returning *, (xmax = 0) as inserted`,
    [newId(), tx.tenantId, finding.kind, finding.subjectKey, `{${playerIds.join(',')}}`, finding.severity, finding.title, finding.score ?? null, JSON.stringify(evidence)],
  );
  const { inserted, ...caseRow } = row!;
  if (inserted) {
    await tx.audit({
      action: 'risk.case.open',
      target: { type: 'RiskCase', id: caseRow.id },
      diff: { kind: finding.kind, subject: finding.subjectKey, players: playerIds, severity: finding.severity, title: finding.title, evidence: evidence.type },
    });
  }
  await announce(tx, caseRow, inserted ? 'OPENED' : 'EVIDENCE_ADDED');
  return { row: caseRow, opened: inserted };
}

// ---------------------------------------------------------------- reads

export function casesByIds(ctx: Context, ids: readonly string[]): Promise<ReadonlyMap<string, CaseRow>> {
  return rowsByIds<CaseRow>(ctx, 'risk_case', 'id', ids);
}

export function actionsByIds(ctx: Context, ids: readonly string[]): Promise<ReadonlyMap<string, ActionRow>> {
  return rowsByIds<ActionRow>(ctx, 'risk_case_action', 'id', ids);
}

export interface CaseFilter {
  status?: CaseStatus | null | undefined;
  kind?: CaseKind | null | undefined;
  playerId?: string | null | undefined;
}

/** The tenant's cases matching the filter: open ones oldest first (the queue), otherwise newest first. */
export function listRiskCases(ctx: Context, filter: CaseFilter, args: PageArgs): Promise<Connection<CaseRow>> {
  const where: string[] = ['true'];
  const params: unknown[] = [];
  if (filter.status) (where.push('status = ?'), params.push(filter.status));
  if (filter.kind) (where.push('kind = ?'), params.push(filter.kind));
  if (filter.playerId) (where.push('player_ids @> array[?]::uuid[]'), params.push(filter.playerId));
  return tablePage<CaseRow>(ctx, args, { table: 'risk_case', where: where.join(' and '), params, filters: filter, ascending: filter.status === 'OPEN' });
}

/** A case's actions, oldest first. */
export function actionsOfCase(ctx: Context, caseId: string, args: PageArgs): Promise<Connection<ActionRow>> {
  return tablePage<ActionRow>(ctx, args, { table: 'risk_case_action', where: 'case_id = ?', params: [caseId], filters: { caseId }, ascending: true });
}

/** Actions waiting for a checker, oldest first (the checker's queue). */
export function pendingRiskActions(ctx: Context, args: PageArgs): Promise<Connection<ActionRow>> {
  return tablePage<ActionRow>(ctx, args, { table: 'risk_case_action', where: `status = 'PENDING_APPROVAL'`, params: [], filters: { pending: true }, ascending: true });
}

// ---------------------------------------------------------------- staff

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

const openInput = z.object({
  playerIds: z.array(z.string()).min(1, 'must name at least one player').max(50, 'must name at most 50 players'),
  title: text(500),
  severity: z.enum(SEVERITIES),
  note: text(2000),
});

/** Staff open a case by hand (kind MANUAL) on one or more players, with their note as its first evidence. */
export async function openManualRiskCase(ctx: Context, input: z.input<typeof openInput>): Promise<CaseRow> {
  const data = parseInput(openInput, input);
  const by = staffOf(ctx);
  return tenantTx(ctx, async (tx) => {
    for (const id of data.playerIds) if (!isUuid(id) || !(await playerExists(tx.em, id))) throw new NotFoundError('Player');
    const id = newId();
    const { row } = await openRiskCaseInTx(ctx, tx, {
      kind: 'MANUAL',
      subjectKey: `manual:${id}`,
      playerIds: data.playerIds,
      severity: data.severity,
      title: data.title,
      evidence: { type: 'NOTE', summary: data.note, data: { by } },
    });
    return row;
  });
}

async function lockedCase(tx: TenantTx, caseId: string): Promise<CaseRow> {
  if (!isUuid(caseId)) throw new NotFoundError('RiskCase');
  const [row] = await tx.em.execute<CaseRow[]>(`select * from risk_case where tenant_id = ? and id = ? for update`, [tx.tenantId, caseId]);
  if (!row) throw new NotFoundError('RiskCase');
  return row;
}

async function bumpCase(tx: TenantTx, caseId: string): Promise<CaseRow> {
  const [row] = await tx.em.execute<CaseRow[]>(`update risk_case set version = version + 1, updated_at = now() where tenant_id = ? and id = ? returning *`, [tx.tenantId, caseId]);
  return row!;
}

/** Does the action to the player's accounts, bonuses or account, in the transaction; what it did. */
async function perform(ctx: Context, tx: TenantTx, action: ActionRow, by: string): Promise<Record<string, unknown>> {
  const why = `Risk case ${action.case_id}: ${action.note}`.slice(0, 500);
  switch (action.action) {
    case 'FREEZE':
    case 'UNFREEZE': {
      const frozen = action.action === 'FREEZE';
      const changed: string[] = [];
      for (const account of await playerAccountsInTx(tx, action.player_id)) {
        if (account.frozen === frozen) continue;
        await setFrozenInTx(tx, account.id, frozen, why);
        changed.push(account.id);
      }
      return { accounts: changed };
    }
    case 'CLOSE_ACCOUNT': {
      const player = await blockPlayerInTx(ctx, tx, action.player_id, why);
      if (!player) throw new NotFoundError('Player');
      return { blocked: true };
    }
    case 'CONFISCATE': {
      const grants: { grantId: string; forfeited: string }[] = [];
      for (const grantId of await activeGrantIdsInTx(tx, action.player_id)) {
        const ended = await endGrantInTx(ctx, tx, grantId, 'FORFEITED', 'STAFF', by, why);
        grants.push({ grantId, forfeited: ended.forfeited.toString() });
      }
      return { grants };
    }
  }
}

async function afterCommit(ctx: Context, action: ActionRow): Promise<void> {
  // A closed account's live connections end on every instance (as identity's blockPlayer does).
  if (action.action === 'CLOSE_ACCOUNT' && action.status === 'DONE') await ctx.services.lookups.invalidate(`subject:${action.player_id}`);
}

const actionInput = z.object({
  caseId: z.string(),
  action: z.enum(CASE_ACTIONS),
  playerId: z.string(),
  note: text(2000),
  idempotencyKey: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
});

/**
 * RISK staff act on a player of an open case. FREEZE and UNFREEZE are done at once; CLOSE_ACCOUNT
 * and CONFISCATE wait for another staff member's approval (PENDING_APPROVAL). A replay with the
 * same idempotency key returns the first action; with other content it is refused.
 */
export async function requestRiskCaseAction(ctx: Context, input: z.input<typeof actionInput>): Promise<{ action: ActionRow; riskCase: CaseRow; replay: boolean }> {
  const data = parseInput(actionInput, input);
  const by = staffOf(ctx);
  const outcome = await tenantTx(ctx, async (tx) => {
    const riskCase = await lockedCase(tx, data.caseId);
    const [existing] = await tx.em.execute<ActionRow[]>(`select * from risk_case_action where tenant_id = ? and idempotency_key = ?`, [tx.tenantId, data.idempotencyKey]);
    if (existing) {
      if (existing.case_id !== riskCase.id || existing.action !== data.action || existing.player_id !== data.playerId) throw new IdempotencyConflictError(data.idempotencyKey);
      return { action: existing, riskCase, replay: true };
    }
    if (riskCase.status !== 'OPEN') throw new RiskCaseClosedError();
    if (!riskCase.player_ids.includes(data.playerId)) throw new RiskCasePlayerNotInCaseError();
    const severe = SEVERE_ACTIONS.has(data.action);
    const [inserted] = await tx.em.execute<ActionRow[]>(
      `insert into risk_case_action (id, tenant_id, case_id, action, player_id, idempotency_key, status, note, requested_by)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning *`,
      [newId(), tx.tenantId, riskCase.id, data.action, data.playerId, data.idempotencyKey, severe ? 'PENDING_APPROVAL' : 'DONE', data.note, by],
    );
    let action = inserted!;
    if (!severe) {
      const result = await perform(ctx, tx, action, by);
      [action] = await tx.em.execute<ActionRow[]>(`update risk_case_action set result = ?::jsonb where tenant_id = ? and id = ? returning *`, [JSON.stringify(result), tx.tenantId, action.id]) as [ActionRow];
    }
    const updated = await bumpCase(tx, riskCase.id);
    await tx.audit({
      action: severe ? 'risk.action.request' : 'risk.action.take',
      target: { type: 'RiskCaseAction', id: action.id },
      diff: { case: riskCase.id, action: data.action, player: data.playerId, note: data.note, status: action.status, result: action.result },
    });
    await announce(tx, updated, severe ? 'ACTION_REQUESTED' : 'ACTION_TAKEN', action.id);
    return { action, riskCase: updated, replay: false };
  });
  if (!outcome.replay) await afterCommit(ctx, outcome.action);
  return outcome;
}

const decideInput = z.object({ actionId: z.string(), note: z.string().trim().max(2000, 'must be at most 2000 characters').nullish() });

/** The checker (risk:approve; not the maker) approves a severe action, which is done now, or rejects it. */
export async function decideRiskCaseAction(ctx: Context, input: z.input<typeof decideInput>, approve: boolean): Promise<{ action: ActionRow; riskCase: CaseRow }> {
  const data = parseInput(decideInput, input);
  const by = staffOf(ctx);
  const outcome = await tenantTx(ctx, async (tx) => {
    if (!isUuid(data.actionId)) throw new NotFoundError('RiskCaseAction');
    const [found] = await tx.em.execute<ActionRow[]>(`select * from risk_case_action where tenant_id = ? and id = ?`, [tx.tenantId, data.actionId]);
    if (!found) throw new NotFoundError('RiskCaseAction');
    // The case first, then its action: the order every action takes them.
    const riskCase = await lockedCase(tx, found.case_id);
    const [pending] = await tx.em.execute<ActionRow[]>(`select * from risk_case_action where tenant_id = ? and id = ? for update`, [tx.tenantId, found.id]);
    if (pending!.status !== 'PENDING_APPROVAL') throw new RiskActionNotPendingError(pending!.status);
    if (pending!.requested_by === by) throw new RiskActionSameStaffError();
    const result = approve ? await perform(ctx, tx, pending!, by) : {};
    const [action] = await tx.em.execute<ActionRow[]>(
      `update risk_case_action set status = ?, decided_by = ?, decided_at = now(), decision_note = ?, result = ?::jsonb where tenant_id = ? and id = ? returning *`,
      [approve ? 'DONE' : 'REJECTED', by, data.note ?? null, JSON.stringify(result), tx.tenantId, pending!.id],
    );
    const updated = await bumpCase(tx, riskCase.id);
    await tx.audit({
      action: approve ? 'risk.action.approve' : 'risk.action.reject',
      target: { type: 'RiskCaseAction', id: pending!.id },
      diff: { case: riskCase.id, action: pending!.action, player: pending!.player_id, status: { from: 'PENDING_APPROVAL', to: action!.status }, note: data.note ?? null, result },
    });
    await announce(tx, updated, approve ? 'ACTION_TAKEN' : 'ACTION_REJECTED', pending!.id);
    return { action: action!, riskCase: updated };
  });
  await afterCommit(ctx, outcome.action);
  return outcome;
}

const resolveInput = z.object({ caseId: z.string(), resolution: z.enum(RESOLUTIONS), note: text(2000) });

/**
 * Closes an open case: CLEARED (nothing wrong: the accounts this case froze are unfrozen, unless
 * another open case froze them too) or CONFIRMED (the actions taken stand). Refused while an
 * action waits for its checker.
 */
export async function resolveRiskCase(ctx: Context, input: z.input<typeof resolveInput>): Promise<CaseRow> {
  const data = parseInput(resolveInput, input);
  const by = staffOf(ctx);
  return tenantTx(ctx, async (tx) => {
    const riskCase = await lockedCase(tx, data.caseId);
    if (riskCase.status !== 'OPEN') throw new RiskCaseClosedError();
    const [{ n }] = (await tx.em.execute<{ n: number }[]>(`select count(*)::int as n from risk_case_action where tenant_id = ? and case_id = ? and status = 'PENDING_APPROVAL'`, [tx.tenantId, riskCase.id])) as [{ n: number }];
    if (n > 0) throw new RiskCaseHasPendingActionsError(n);
    const unfrozen: string[] = [];
    if (data.resolution === 'CLEARED') {
      for (const playerId of await stillFrozenBy(tx, riskCase.id)) {
        for (const account of await playerAccountsInTx(tx, playerId)) {
          if (!account.frozen) continue;
          await setFrozenInTx(tx, account.id, false, `Risk case ${riskCase.id} cleared: ${data.note}`.slice(0, 500));
          unfrozen.push(account.id);
        }
      }
    }
    const [row] = await tx.em.execute<CaseRow[]>(
      `update risk_case set status = 'CLOSED', resolution = ?, resolution_note = ?, closed_at = now(), closed_by = ?, updated_at = now(), version = version + 1
       where tenant_id = ? and id = ? returning *`,
      [data.resolution, data.note, by, tx.tenantId, riskCase.id],
    );
    await tx.audit({
      action: 'risk.case.resolve',
      target: { type: 'RiskCase', id: riskCase.id },
      diff: { status: { from: 'OPEN', to: 'CLOSED' }, resolution: data.resolution, note: data.note, unfrozenAccounts: unfrozen },
    });
    await announce(tx, row!, 'CLOSED');
    return row!;
  });
}

/** Players whose last freeze or unfreeze in this case was a freeze, and whom no other open case froze last. */
async function stillFrozenBy(tx: TenantTx, caseId: string): Promise<string[]> {
  const rows = await tx.em.execute<{ player_id: string }[]>(
    `with last_of_case as (
       select player_id, (array_agg(action order by id desc))[1] as last
       from risk_case_action where tenant_id = ? and case_id = ? and status = 'DONE' and action in ('FREEZE', 'UNFREEZE') group by player_id
     ), last_elsewhere as (
       select a.player_id, (array_agg(a.action order by a.id desc))[1] as last
       from risk_case_action a join risk_case c on c.tenant_id = a.tenant_id and c.id = a.case_id
       where a.tenant_id = ? and a.case_id <> ? and c.status = 'OPEN' and a.status = 'DONE' and a.action in ('FREEZE', 'UNFREEZE') group by a.player_id
     )
     select o.player_id from last_of_case o left join last_elsewhere e on e.player_id = o.player_id
     where o.last = 'FREEZE' and coalesce(e.last, '') <> 'FREEZE'`,
    [tx.tenantId, caseId, tx.tenantId, caseId],
  );
  return rows.map((r) => r.player_id);
}
