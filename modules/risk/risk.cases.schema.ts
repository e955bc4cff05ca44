// The risk case queue in GraphQL (docs/risk.md "Cases").
import { builder } from '../../src/builder.js';
import { holds } from '../../src/auth/principal.js';
import type { Context } from '../../src/context.js';
import { InvalidIdError, NotFoundError, ValidationError } from '../../src/errors.js';
import { errorType, TENANT_ERRORS } from '../../src/graphql/errors.js';
import { connectionOf } from '../../src/graphql/connections.js';
import { localIdOf, optionalLocalIdOf } from '../../src/graphql/ids.js';
import { loadById } from '../../src/graphql/loaders.js';
import type { PublishedEvent } from '../../src/events/outbox.js';
import { tenantEvents } from '../../src/events/tenant-events.js';
import { loadPlayer, loadStaffUser, PlayerType, StaffUserType, type Player } from '../identity/index.js';
import { AccountFrozenError, IdempotencyConflictError } from '../wallet/index.js';
import * as cases from './risk.cases.js';
import { RiskActionNotPendingError, RiskActionSameStaffError, RiskCaseClosedError, RiskCaseHasPendingActionsError, RiskCasePlayerNotInCaseError } from './risk.errors.js';

errorType(RiskCaseClosedError, 'RiskCaseClosedError', { code: 'RISK_CASE_CLOSED', description: 'The case is closed: nothing more can be done on it; nothing changed.' });
errorType(RiskCasePlayerNotInCaseError, 'RiskCasePlayerNotInCaseError', { code: 'RISK_CASE_PLAYER_NOT_IN_CASE', description: 'The player named is not a subject of the case; nothing changed.' });
errorType(
  RiskActionNotPendingError,
  'RiskActionNotPendingError',
  { code: 'RISK_ACTION_NOT_PENDING', description: 'The action was decided already; nothing changed.' },
  (t) => ({ status: t.string({ description: 'Its status: DONE or REJECTED.', resolve: (e: RiskActionNotPendingError) => e.status }) }),
);
errorType(RiskActionSameStaffError, 'RiskActionSameStaffError', { code: 'RISK_ACTION_SAME_STAFF', description: 'Maker-checker: the staff member who asked for a severe action may not decide it; nothing changed.' });
errorType(
  RiskCaseHasPendingActionsError,
  'RiskCaseHasPendingActionsError',
  { code: 'RISK_CASE_HAS_PENDING_ACTIONS', description: 'The case has actions waiting for a checker: decide them first; nothing changed.' },
  (t) => ({ pending: t.int({ description: 'How many actions wait.', resolve: (e: RiskCaseHasPendingActionsError) => e.pending }) }),
);

export const RiskCaseKindEnum = builder.enumType('RiskCaseKind', {
  description: 'What opened a risk case.',
  values: {
    COLLUSION: { value: 'COLLUSION' as const, description: 'Poker collusion scoring flagged a pair of players.' },
    MULTI_ACCOUNTING: { value: 'MULTI_ACCOUNTING' as const, description: 'Accounts linked by device, address or payment instrument above the tenant\'s threshold.' },
    KYC: { value: 'KYC' as const, description: 'A verification failed or found the player under age.' },
    VELOCITY: { value: 'VELOCITY' as const, description: 'A velocity rule on deposits or withdrawals fired.' },
    MANUAL: { value: 'MANUAL' as const, description: 'Opened by staff.' },
  } satisfies Record<cases.CaseKind, unknown>,
});
export const RiskSeverityEnum = builder.enumType('RiskSeverity', {
  description: 'How serious a case is.',
  values: {
    LOW: { value: 'LOW' as const, description: 'Worth a look.' },
    MEDIUM: { value: 'MEDIUM' as const, description: 'Likely abuse.' },
    HIGH: { value: 'HIGH' as const, description: 'Strong evidence of abuse.' },
    CRITICAL: { value: 'CRITICAL' as const, description: 'Act now (e.g. an under-age player).' },
  } satisfies Record<cases.Severity, unknown>,
});
const CaseStatusEnum = builder.enumType('RiskCaseStatus', {
  description: 'Where a case stands.',
  values: {
    OPEN: { value: 'OPEN' as const, description: 'In the queue; detectors add evidence to it.' },
    CLOSED: { value: 'CLOSED' as const, description: 'Resolved (see `resolution`).' },
  } satisfies Record<cases.CaseStatus, unknown>,
});
const ResolutionEnum = builder.enumType('RiskCaseResolution', {
  description: 'How a case was closed.',
  values: {
    CLEARED: { value: 'CLEARED' as const, description: 'Nothing wrong: accounts the case froze were unfrozen.' },
    CONFIRMED: { value: 'CONFIRMED' as const, description: 'Abuse confirmed: the actions taken stand.' },
  } satisfies Record<cases.Resolution, unknown>,
});
const ActionEnum = builder.enumType('RiskCaseActionKind', {
  description: 'What RISK staff may do to a player of a case.',
  values: {
    FREEZE: { value: 'FREEZE' as const, description: 'Freeze all the player\'s ledger accounts (no bets, deposits credited, withdrawals or transfers) at once.' },
    UNFREEZE: { value: 'UNFREEZE' as const, description: 'Unfreeze the player\'s ledger accounts at once.' },
    CLOSE_ACCOUNT: { value: 'CLOSE_ACCOUNT' as const, description: 'Close (block) the account, ending its sessions. Severe: another staff member must approve.' },
    CONFISCATE: { value: 'CONFISCATE' as const, description: 'Forfeit the player\'s active bonuses with their bonus winnings, as the bonus terms allow for abuse. Severe: another staff member must approve.' },
  } satisfies Record<cases.CaseAction, unknown>,
});
const ActionStatusEnum = builder.enumType('RiskCaseActionStatus', {
  description: 'Where an action stands.',
  values: {
    DONE: { value: 'DONE' as const, description: 'Done (`result` says what changed).' },
    PENDING_APPROVAL: { value: 'PENDING_APPROVAL' as const, description: 'A severe action waiting for another staff member (riskActionQueue).' },
    REJECTED: { value: 'REJECTED' as const, description: 'The checker rejected it: nothing was done.' },
  } satisfies Record<cases.ActionStatus, unknown>,
});
const ChangeEnum = builder.enumType('RiskCaseChange', {
  description: 'What changed a case.',
  values: {
    OPENED: { value: 'OPENED' as const, description: 'It was opened.' },
    EVIDENCE_ADDED: { value: 'EVIDENCE_ADDED' as const, description: 'A detector found the subject again and added evidence.' },
    ACTION_REQUESTED: { value: 'ACTION_REQUESTED' as const, description: 'A severe action waits for approval.' },
    ACTION_TAKEN: { value: 'ACTION_TAKEN' as const, description: 'An action was done.' },
    ACTION_REJECTED: { value: 'ACTION_REJECTED' as const, description: 'A severe action was rejected.' },
    CLOSED: { value: 'CLOSED' as const, description: 'It was closed.' },
  } satisfies Record<cases.CaseChange, unknown>,
});

export const readsRisk = (ctx: Context) => holds(ctx.principal, 'risk:read');

const EvidenceType = builder.objectRef<cases.EvidenceItem>('RiskEvidence').implement({
  description: 'One piece of evidence of a case, as its detector wrote it.',
  fields: (t) => ({
    type: t.exposeString('type', { description: 'What found it: COLLUSION_SCORE, LINKED_ACCOUNTS, KYC_RESULT, DEPOSIT_VELOCITY, WITHDRAWAL_VELOCITY, NOTE, ... (docs/risk.md).' }),
    summary: t.exposeString('summary', { description: 'One line for the queue.' }),
    at: t.field({ type: 'DateTime', description: 'When it was found.', resolve: (e) => new Date(e.at) }),
    data: t.field({ type: 'JSON', description: 'The detector\'s figures and references (statistics, hand ids and PHH, shared signals), as docs/risk.md lists them by type.', resolve: (e) => e.data }),
  }),
});

async function playersOf(ctx: Context, ids: readonly string[]): Promise<Player[]> {
  const players = await Promise.all(ids.map((id) => loadPlayer(ctx, id)));
  return players.filter((p): p is Player => p !== null);
}

export const RiskCaseRef = builder.objectRef<cases.CaseRow>('RiskCase');
export const RiskCaseActionRef = builder.objectRef<cases.ActionRow>('RiskCaseAction');
export const loadRiskCase = (ctx: Context, id: string | null | undefined) => loadById(ctx, 'risk.case', cases.casesByIds, id);
const loadRiskAction = (ctx: Context, id: string | null | undefined) => loadById(ctx, 'risk.action', cases.actionsByIds, id);

const RiskCaseActionConnection = connectionOf(RiskCaseActionRef, 'RiskCaseAction', { totalCount: true });

builder.node(RiskCaseRef, {
  description: 'A risk case: a subject (one player, or a pair) a detector or staff member found suspicious, with its evidence and what RISK did. Staff with risk:read.',
  id: { resolve: (c) => c.id },
  loadMany: async (ids, ctx) => {
    if (!readsRisk(ctx)) return ids.map(() => null);
    const rows = await cases.casesByIds(ctx, ids.map(String));
    return ids.map((id) => rows.get(String(id)) ?? null);
  },
  fields: (t) => ({
    kind: t.field({ type: RiskCaseKindEnum, description: 'What opened it.', resolve: (c) => c.kind }),
    severity: t.field({ type: RiskSeverityEnum, description: 'How serious it is (the highest any finding gave it).', resolve: (c) => c.severity }),
    status: t.field({ type: CaseStatusEnum, description: 'Where it stands.', resolve: (c) => c.status }),
    title: t.exposeString('title', { description: 'What it is about, in a line.' }),
    score: t.exposeFloat('score', { nullable: true, description: 'The detector\'s score, higher is worse (the highest found); null for cases without one.' }),
    players: t.field({ type: [PlayerType], description: 'The players it is about.', resolve: (c, _a, ctx) => playersOf(ctx, c.player_ids) }),
    evidence: t.field({ type: [EvidenceType], description: `Its evidence, oldest first (the last ${cases.MAX_EVIDENCE}).`, resolve: (c) => c.evidence }),
    actions: t.connection(
      { type: RiskCaseActionRef, description: 'What RISK did or asked for, oldest first.', resolve: (c, args, ctx) => cases.actionsOfCase(ctx, c.id, args) },
      RiskCaseActionConnection,
    ),
    resolution: t.field({ type: ResolutionEnum, nullable: true, description: 'How it was closed (null while OPEN).', resolve: (c) => c.resolution }),
    resolutionNote: t.exposeString('resolution_note', { nullable: true, description: 'Why, as the closer wrote it.' }),
    closedBy: t.field({ type: StaffUserType, nullable: true, description: 'Who closed it.', resolve: (c, _a, ctx) => (c.closed_by ? loadStaffUser(ctx, c.closed_by) : null) }),
    openedAt: t.expose('opened_at', { type: 'DateTime', description: 'When it was opened.' }),
    updatedAt: t.expose('updated_at', { type: 'DateTime', description: 'When it last changed.' }),
    closedAt: t.expose('closed_at', { type: 'DateTime', nullable: true, description: 'When it was closed.' }),
    version: t.exposeInt('version', { description: 'Counts its changes; each riskCaseUpdated event carries the version it made.' }),
  }),
});
const RiskCaseConnection = connectionOf(RiskCaseRef, 'RiskCase', { totalCount: true });

builder.node(RiskCaseActionRef, {
  description: 'An action on a player of a risk case. Staff with risk:read.',
  id: { resolve: (a) => a.id },
  loadMany: async (ids, ctx) => {
    if (!readsRisk(ctx)) return ids.map(() => null);
    const rows = await cases.actionsByIds(ctx, ids.map(String));
    return ids.map((id) => rows.get(String(id)) ?? null);
  },
  fields: (t) => ({
    riskCase: t.field({
      type: RiskCaseRef,
      description: 'Its case.',
      resolve: async (a, _args, ctx) => {
        const found = await loadRiskCase(ctx, a.case_id);
        if (!found) throw new Error(`case ${a.case_id} of an action not found`);
        return found;
      },
    }),
    action: t.field({ type: ActionEnum, description: 'What was asked.', resolve: (a) => a.action }),
    player: t.field({
      type: PlayerType,
      description: 'The player it is about.',
      resolve: async (a, _args, ctx) => {
        const player = await loadPlayer(ctx, a.player_id);
        if (!player) throw new Error(`player ${a.player_id} of an action not found`);
        return player;
      },
    }),
    status: t.field({ type: ActionStatusEnum, description: 'Where it stands.', resolve: (a) => a.status }),
    note: t.exposeString('note', { description: 'Why, as the maker wrote it.' }),
    requestedBy: t.field({ type: StaffUserType, nullable: true, description: 'The maker (null for platform staff).', resolve: (a, _args, ctx) => loadStaffUser(ctx, a.requested_by) }),
    requestedAt: t.expose('requested_at', { type: 'DateTime', description: 'When it was asked for.' }),
    decidedBy: t.field({ type: StaffUserType, nullable: true, description: 'The checker of a severe action (null otherwise or while pending).', resolve: (a, _args, ctx) => (a.decided_by ? loadStaffUser(ctx, a.decided_by) : null) }),
    decidedAt: t.expose('decided_at', { type: 'DateTime', nullable: true, description: 'When it was decided.' }),
    decisionNote: t.exposeString('decision_note', { nullable: true, description: 'The checker\'s note.' }),
    result: t.field({ type: 'JSON', description: 'What it changed: `accounts` (ledger account ids frozen or unfrozen), `blocked`, or `grants` (each `grantId` and the bonus `forfeited`, minor units).', resolve: (a) => a.result }),
  }),
});

builder.objectFields(PlayerType, (t) => ({
  riskCases: t.connection(
    {
      type: RiskCaseRef,
      description: 'The risk cases about the player, newest first. Staff with risk:read.',
      authScopes: { permission: 'risk:read' },
      resolve: (player, args, ctx) => cases.listRiskCases(ctx, { playerId: player.id }, args),
    },
    RiskCaseConnection,
  ),
}));

builder.queryFields((t) => ({
  riskCases: t.connection(
    {
      type: RiskCaseRef,
      description: 'The tenant\'s risk cases: with status OPEN the queue, oldest first; otherwise newest first. Staff with risk:read.',
      authScopes: { permission: 'risk:read' },
      args: {
        status: t.arg({ type: CaseStatusEnum, description: 'Only cases in this status.' }),
        kind: t.arg({ type: RiskCaseKindEnum, description: 'Only cases of this kind.' }),
        playerId: t.arg.id({ description: 'Only cases about this player (Player ID).' }),
      },
      resolve: (_root, args, ctx) =>
        cases.listRiskCases(ctx, { status: args.status, kind: args.kind, playerId: optionalLocalIdOf(args.playerId == null ? null : String(args.playerId), 'Player', ['playerId']) }, args),
    },
    RiskCaseConnection,
  ),
  riskActionQueue: t.connection(
    {
      type: RiskCaseActionRef,
      description: 'Severe actions waiting for a checker, oldest first. Staff with risk:read.',
      authScopes: { permission: 'risk:read' },
      resolve: (_root, args, ctx) => cases.pendingRiskActions(ctx, args),
    },
    RiskCaseActionConnection,
  ),
}));

const OpenRiskCaseInput = builder.inputType('OpenRiskCaseInput', {
  description: 'A case staff open by hand.',
  fields: (t) => ({
    playerIds: t.idList({ required: true, description: 'The Player IDs it is about (1-50).' }),
    title: t.string({ required: true, description: 'What it is about, 1-500 characters.' }),
    severity: t.field({ type: RiskSeverityEnum, required: true, description: 'How serious it is.' }),
    note: t.string({ required: true, description: 'The first evidence: what the staff member saw, 1-2000 characters.' }),
  }),
});
const TakeRiskCaseActionInput = builder.inputType('TakeRiskCaseActionInput', {
  description: 'An action on a player of an open case.',
  fields: (t) => ({
    caseId: t.id({ required: true, description: 'The RiskCase ID.' }),
    action: t.field({ type: ActionEnum, required: true, description: 'What to do.' }),
    playerId: t.id({ required: true, description: 'The Player ID: one of the case\'s players.' }),
    note: t.string({ required: true, description: 'Why, 1-2000 characters.' }),
    idempotencyKey: t.string({ required: true, description: 'Unique per action in the tenant (1-200 characters): a replay returns the first action.' }),
  }),
});
const decideInput = (name: string, what: string) =>
  builder.inputType(name, {
    description: what,
    fields: (t) => ({
      actionId: t.id({ required: true, description: 'The RiskCaseAction ID.' }),
      note: t.string({ description: 'Why, up to 2000 characters.' }),
    }),
  });
const ApproveRiskCaseActionInput = decideInput('ApproveRiskCaseActionInput', 'The checker\'s approval of a severe action.');
const RejectRiskCaseActionInput = decideInput('RejectRiskCaseActionInput', 'The checker\'s rejection of a severe action.');
const ResolveRiskCaseInput = builder.inputType('ResolveRiskCaseInput', {
  description: 'How an open case is closed.',
  fields: (t) => ({
    caseId: t.id({ required: true, description: 'The RiskCase ID.' }),
    resolution: t.field({ type: ResolutionEnum, required: true, description: 'CLEARED or CONFIRMED.' }),
    note: t.string({ required: true, description: 'Why, 1-2000 characters.' }),
  }),
});

const OpenRiskCasePayload = builder.objectRef<{ riskCase: cases.CaseRow }>('OpenRiskCasePayload').implement({
  description: 'The case opened.',
  fields: (t) => ({ riskCase: t.field({ type: RiskCaseRef, description: 'The case.', resolve: (p) => p.riskCase }) }),
});
const actionPayload = (name: string, what: string) =>
  builder.objectRef<{ action: cases.ActionRow; riskCase: cases.CaseRow; replay?: boolean }>(name).implement({
    description: what,
    fields: (t) => ({
      action: t.field({ type: RiskCaseActionRef, description: 'The action as it is now.', resolve: (p) => p.action }),
      riskCase: t.field({ type: RiskCaseRef, description: 'Its case as it is now.', resolve: (p) => p.riskCase }),
    }),
  });
const TakeRiskCaseActionPayload = builder.objectRef<{ action: cases.ActionRow; riskCase: cases.CaseRow; replay: boolean }>('TakeRiskCaseActionPayload').implement({
  description: 'The action done (FREEZE, UNFREEZE) or waiting for a checker (CLOSE_ACCOUNT, CONFISCATE).',
  fields: (t) => ({
    action: t.field({ type: RiskCaseActionRef, description: 'The action as it is now.', resolve: (p) => p.action }),
    riskCase: t.field({ type: RiskCaseRef, description: 'Its case as it is now.', resolve: (p) => p.riskCase }),
    replay: t.exposeBoolean('replay', { description: 'True when this idempotency key was used before: the first action is returned and nothing was done again.' }),
  }),
});
const ApproveRiskCaseActionPayload = actionPayload('ApproveRiskCaseActionPayload', 'The severe action approved and done.');
const RejectRiskCaseActionPayload = actionPayload('RejectRiskCaseActionPayload', 'The severe action rejected: nothing was done.');
const ResolveRiskCasePayload = builder.objectRef<{ riskCase: cases.CaseRow }>('ResolveRiskCasePayload').implement({
  description: 'The case closed.',
  fields: (t) => ({ riskCase: t.field({ type: RiskCaseRef, description: 'The case.', resolve: (p) => p.riskCase }) }),
});

const caseIdOf = (id: string | number) => localIdOf(String(id), 'RiskCase', ['input', 'caseId']);
const actionIdOf = (id: string | number) => localIdOf(String(id), 'RiskCaseAction', ['input', 'actionId']);
const DECIDE_ERRORS = [ValidationError, InvalidIdError, NotFoundError, RiskActionNotPendingError, RiskActionSameStaffError, AccountFrozenError, ...TENANT_ERRORS];

builder.mutationFields((t) => ({
  openRiskCase: t.field({
    type: OpenRiskCasePayload,
    description: 'Staff (risk:manage) open a MANUAL case on players, their note its first evidence. Audited (RiskCase); announced (riskCaseUpdated OPENED).',
    authScopes: { permission: 'risk:manage' },
    errors: { types: [ValidationError, InvalidIdError, NotFoundError, ...TENANT_ERRORS] },
    args: { input: t.arg({ type: OpenRiskCaseInput, required: true, description: 'The case.' }) },
    resolve: async (_root, { input }, ctx) => ({
      riskCase: await cases.openManualRiskCase(ctx, { ...input, playerIds: input.playerIds.map((id, i) => localIdOf(String(id), 'Player', ['input', 'playerIds', String(i)])) }),
    }),
  }),
  takeRiskCaseAction: t.field({
    type: TakeRiskCaseActionPayload,
    description: 'RISK (risk:manage) acts on a player of an open case: FREEZE and UNFREEZE are done at once; CLOSE_ACCOUNT and CONFISCATE wait for another staff member (approveRiskCaseAction). Audited (RiskCaseAction); announced (riskCaseUpdated).',
    authScopes: { permission: 'risk:manage' },
    errors: { types: [ValidationError, InvalidIdError, NotFoundError, RiskCaseClosedError, RiskCasePlayerNotInCaseError, IdempotencyConflictError, ...TENANT_ERRORS] },
    args: { input: t.arg({ type: TakeRiskCaseActionInput, required: true, description: 'The action.' }) },
    resolve: (_root, { input }, ctx) =>
      cases.requestRiskCaseAction(ctx, { ...input, caseId: caseIdOf(input.caseId), playerId: localIdOf(String(input.playerId), 'Player', ['input', 'playerId']) }),
  }),
  approveRiskCaseAction: t.field({
    type: ApproveRiskCaseActionPayload,
    description: 'The checker (risk:approve; not the maker) approves a severe action: it is done now. Audited; announced (ACTION_TAKEN).',
    authScopes: { permission: 'risk:approve' },
    errors: { types: DECIDE_ERRORS },
    args: { input: t.arg({ type: ApproveRiskCaseActionInput, required: true, description: 'The action and a note.' }) },
    resolve: (_root, { input }, ctx) => cases.decideRiskCaseAction(ctx, { actionId: actionIdOf(input.actionId), note: input.note }, true),
  }),
  rejectRiskCaseAction: t.field({
    type: RejectRiskCaseActionPayload,
    description: 'The checker (risk:approve; not the maker) rejects a severe action: nothing is done. Audited; announced (ACTION_REJECTED).',
    authScopes: { permission: 'risk:approve' },
    errors: { types: DECIDE_ERRORS },
    args: { input: t.arg({ type: RejectRiskCaseActionInput, required: true, description: 'The action and a note.' }) },
    resolve: (_root, { input }, ctx) => cases.decideRiskCaseAction(ctx, { actionId: actionIdOf(input.actionId), note: input.note }, false),
  }),
  resolveRiskCase: t.field({
    type: ResolveRiskCasePayload,
    description: 'RISK (risk:manage) closes an open case: CLEARED unfreezes the accounts the case froze (unless another open case froze them); CONFIRMED leaves the actions standing. Refused while an action waits for its checker. Audited; announced (CLOSED).',
    authScopes: { permission: 'risk:manage' },
    errors: { types: [ValidationError, InvalidIdError, NotFoundError, RiskCaseClosedError, RiskCaseHasPendingActionsError, ...TENANT_ERRORS] },
    args: { input: t.arg({ type: ResolveRiskCaseInput, required: true, description: 'The case and its resolution.' }) },
    resolve: async (_root, { input }, ctx) => ({ riskCase: await cases.resolveRiskCase(ctx, { ...input, caseId: caseIdOf(input.caseId) }) }),
  }),
}));

const RiskCaseEventType = builder.objectRef<PublishedEvent<cases.RiskCaseUpdatedPayload>>('RiskCaseEvent').implement({
  description: 'A change of a risk case.',
  fields: (t) => ({
    seq: t.int({ description: 'The event\'s sequence number in the tenant\'s `risk` stream: a gap means events were missed.', resolve: (e) => e.seq }),
    change: t.field({ type: ChangeEnum, description: 'What changed.', resolve: (e) => e.payload.change }),
    version: t.int({ description: 'The case\'s version after this change.', resolve: (e) => e.payload.version }),
    riskCase: t.field({
      type: RiskCaseRef,
      description: 'The case as it is now (read when the event is delivered).',
      resolve: async (e, _a, ctx) => {
        const found = await loadRiskCase(ctx, e.payload.caseId);
        if (!found) throw new Error(`case ${e.payload.caseId} of an event not found`);
        return found;
      },
    }),
    action: t.field({ type: RiskCaseActionRef, nullable: true, description: 'The action the change was about, if any.', resolve: (e, _a, ctx) => loadRiskAction(ctx, e.payload.actionId) }),
    occurredAt: t.field({ type: 'DateTime', description: 'When the change was committed.', resolve: (e) => e.occurredAt }),
  }),
});

builder.subscriptionFields((t) => ({
  riskCaseUpdated: t.field({
    type: RiskCaseEventType,
    description: 'Each change of the tenant\'s risk cases (opened, evidence added, actions, closed), for RISK staff (risk:read); with `caseId` one case, with `playerId` one player\'s.',
    authScopes: { permission: 'risk:read' },
    args: {
      caseId: t.arg.id({ description: 'Only this case (RiskCase ID).' }),
      playerId: t.arg.id({ description: 'Only cases about this player (Player ID).' }),
    },
    subscribe: (_root, args, ctx) => {
      const caseId = optionalLocalIdOf(args.caseId == null ? null : String(args.caseId), 'RiskCase', ['caseId']);
      const playerId = optionalLocalIdOf(args.playerId == null ? null : String(args.playerId), 'Player', ['playerId']);
      return tenantEvents<cases.RiskCaseUpdatedPayload>(ctx, cases.RISK_CASE_UPDATED, (e) => (caseId === undefined || e.payload.caseId === caseId) && (playerId === undefined || e.payload.playerIds.includes(playerId)));
    },
    resolve: (event) => event,
  }),
}));
