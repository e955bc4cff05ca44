// High-value VIP checks (maker-checker) in GraphQL (docs/vip.md "Safer gambling").
import { builder } from '../../src/builder.js';
import type { Context } from '../../src/context.js';
import { InvalidIdError, NotFoundError, ValidationError } from '../../src/errors.js';
import { errorType, TENANT_ERRORS } from '../../src/graphql/errors.js';
import { connectionOf } from '../../src/graphql/connections.js';
import { localIdOf } from '../../src/graphql/ids.js';
import { loadById } from '../../src/graphql/loaders.js';
import { tenantTx } from '../../src/context.js';
import { isUuid } from '../../src/ids.js';
import { loadPlayer, loadStaffUser, PlayerType, StaffUserType } from '../identity/index.js';
import * as checks from './vip.checks.js';
import { readsVip } from './vip.redemption.schema.js';
import { loadVipTier, VipCheckKindEnum, VipTierRef } from './vip.schema.js';
import { VipCheckNotPendingError, VipCheckSameStaffError, VipCheckTierNotHighValueError, VipProgrammeOffError } from './vip.rewards.errors.js';

errorType(VipCheckTierNotHighValueError, 'VipCheckTierNotHighValueError', {
  code: 'VIP_CHECK_TIER_NOT_HIGH_VALUE',
  description: 'High-value checks are recorded only for a tier designated high-value; nothing was written.',
});
errorType(
  VipCheckNotPendingError,
  'VipCheckNotPendingError',
  { code: 'VIP_CHECK_NOT_PENDING', description: 'The check was decided already; nothing changed.' },
  (t) => ({ status: t.string({ description: 'Its status: APPROVED or REJECTED.', resolve: (e: VipCheckNotPendingError) => e.status }) }),
);
errorType(VipCheckSameStaffError, 'VipCheckSameStaffError', {
  code: 'VIP_CHECK_SAME_STAFF',
  description: 'Maker-checker: the staff member who recorded a check may not decide it; nothing changed.',
});

const CheckStatusEnum = builder.enumType('VipCheckStatus', {
  description: 'Where a high-value check stands.',
  values: {
    PENDING: { value: 'PENDING' as const, description: 'Recorded; waiting for another staff member\'s decision (vipCheckQueue).' },
    APPROVED: { value: 'APPROVED' as const, description: 'Approved; valid until `validUntil`.' },
    REJECTED: { value: 'REJECTED' as const, description: 'Rejected; a new check must be recorded.' },
  } satisfies Record<checks.CheckStatus, unknown>,
});

export const VipCheckRef = builder.objectRef<checks.CheckRow>('VipCheck');
builder.node(VipCheckRef, {
  description: 'A high-value check of a player for a high-value tier: evidence recorded by one staff member (the maker), decided by another (the checker). Staff with vip:read; players never see it.',
  id: { resolve: (c) => c.id },
  loadMany: async (ids, ctx) => {
    if (!readsVip(ctx)) return ids.map(() => null);
    const rows = await checks.checksByIds(ctx, ids.map(String));
    return ids.map((id) => rows.get(String(id)) ?? null);
  },
  fields: (t) => ({
    player: t.field({
      type: PlayerType,
      description: 'The player checked.',
      resolve: async (c, _a, ctx) => {
        const player = await loadPlayer(ctx, c.player_id);
        if (!player) throw new Error(`player ${c.player_id} of a check not found`);
        return player;
      },
    }),
    tier: t.field({
      type: VipTierRef,
      description: 'The high-value tier the check is for.',
      resolve: async (c, _a, ctx) => {
        const tier = await loadVipTier(ctx, c.tier_id);
        if (!tier) throw new Error(`tier ${c.tier_id} of a check not found`);
        return tier;
      },
    }),
    kind: t.field({ type: VipCheckKindEnum, description: 'What was checked.', resolve: (c) => c.kind }),
    status: t.field({ type: CheckStatusEnum, description: 'Where it stands.', resolve: (c) => c.status }),
    evidence: t.exposeString('evidence', { description: 'The evidence as the maker wrote it.' }),
    evidenceReference: t.exposeString('evidence_reference', { nullable: true, description: 'Where the documents are (a document store reference).' }),
    recordedBy: t.field({ type: StaffUserType, nullable: true, description: 'The maker.', resolve: (c, _a, ctx) => loadStaffUser(ctx, c.recorded_by) }),
    recordedAt: t.expose('recorded_at', { type: 'DateTime', description: 'When it was recorded.' }),
    decidedBy: t.field({ type: StaffUserType, nullable: true, description: 'The checker (null while PENDING).', resolve: (c, _a, ctx) => (c.decided_by ? loadStaffUser(ctx, c.decided_by) : null) }),
    decidedAt: t.expose('decided_at', { type: 'DateTime', nullable: true, description: 'When it was decided.' }),
    decisionNote: t.exposeString('decision_note', { nullable: true, description: 'The checker\'s note.' }),
    validUntil: t.expose('valid_until', { type: 'DateTime', nullable: true, description: 'APPROVED: until when the approval counts (the tenant\'s checkValidityDays after the decision).' }),
  }),
});
const VipCheckConnection = connectionOf(VipCheckRef, 'VipCheck', { totalCount: true });

builder.objectFields(PlayerType, (t) => ({
  vipChecks: t.connection(
    {
      type: VipCheckRef,
      description: 'The player\'s high-value checks, newest first. Staff with vip:read.',
      authScopes: { permission: 'vip:read' },
      resolve: (player, args, ctx) => checks.checksOf(ctx, player.id, args),
    },
    VipCheckConnection,
  ),
}));

builder.queryFields((t) => ({
  vipCheckQueue: t.connection(
    {
      type: VipCheckRef,
      description: 'The tenant\'s PENDING high-value checks, oldest first: the checker\'s queue. Staff with vip:read.',
      authScopes: { permission: 'vip:read' },
      resolve: (_root, args, ctx) => checks.vipCheckQueue(ctx, args),
    },
    VipCheckConnection,
  ),
}));

const RecordVipCheckInput = builder.inputType('RecordVipCheckInput', {
  description: 'A high-value check the maker records.',
  fields: (t) => ({
    playerId: t.id({ required: true, description: 'The Player ID.' }),
    tierId: t.id({ required: true, description: 'The VipTier ID of a high-value tier.' }),
    kind: t.field({ type: VipCheckKindEnum, required: true, description: 'What was checked.' }),
    evidence: t.string({ required: true, description: 'The evidence, 1-4000 characters (staff only).' }),
    evidenceReference: t.string({ description: 'Where the documents are, up to 500 characters.' }),
  }),
});
const decideInput = (name: string, what: string) =>
  builder.inputType(name, {
    description: what,
    fields: (t) => ({
      checkId: t.id({ required: true, description: 'The VipCheck ID.' }),
      note: t.string({ description: 'Why, up to 2000 characters.' }),
    }),
  });
const ApproveVipCheckInput = decideInput('ApproveVipCheckInput', 'The checker\'s approval of a PENDING check.');
const RejectVipCheckInput = decideInput('RejectVipCheckInput', 'The checker\'s rejection of a PENDING check.');
const checkPayload = (name: string, what: string) =>
  builder.objectRef<{ check: checks.CheckRow }>(name).implement({
    description: what,
    fields: (t) => ({ check: t.field({ type: VipCheckRef, description: 'The check as it is now.', resolve: (p) => p.check }) }),
  });
const RecordVipCheckPayload = checkPayload('RecordVipCheckPayload', 'The check recorded (PENDING).');
const ApproveVipCheckPayload = checkPayload('ApproveVipCheckPayload', 'The check approved.');
const RejectVipCheckPayload = checkPayload('RejectVipCheckPayload', 'The check rejected.');

const tierIdOf = (id: string | number) => localIdOf(String(id), 'VipTier', ['input', 'tierId']);
const checkIdOf = (id: string | number) => localIdOf(String(id), 'VipCheck', ['input', 'checkId']);
const DECIDE_ERRORS = [ValidationError, InvalidIdError, NotFoundError, VipProgrammeOffError, VipCheckNotPendingError, VipCheckSameStaffError, ...TENANT_ERRORS];

builder.mutationFields((t) => ({
  recordVipCheck: t.field({
    type: RecordVipCheckPayload,
    description: 'The maker (vip:manage) records a high-value check with its evidence, PENDING until another staff member decides it. Audited (VipCheck); announced (vipStatusChanged CHECK_RECORDED).',
    authScopes: { permission: 'vip:manage' },
    errors: { types: [ValidationError, InvalidIdError, NotFoundError, VipProgrammeOffError, VipCheckTierNotHighValueError, ...TENANT_ERRORS] },
    args: { input: t.arg({ type: RecordVipCheckInput, required: true, description: 'The check.' }) },
    resolve: async (_root, { input }, ctx) => ({
      check: await checks.recordVipCheck(ctx, {
        ...input,
        playerId: localIdOf(String(input.playerId), 'Player', ['input', 'playerId']),
        tierId: tierIdOf(input.tierId),
      }),
    }),
  }),
  approveVipCheck: t.field({
    type: ApproveVipCheckPayload,
    description: 'The checker (vip:approve; not the maker) approves a PENDING check: valid for the tenant\'s checkValidityDays. When all three kinds are approved, a player held below the tier goes up at once. Audited; announced (CHECK_DECIDED).',
    authScopes: { permission: 'vip:approve' },
    errors: { types: DECIDE_ERRORS },
    args: { input: t.arg({ type: ApproveVipCheckInput, required: true, description: 'The check and a note.' }) },
    resolve: async (_root, { input }, ctx) => ({ check: await checks.decideVipCheck(ctx, { checkId: checkIdOf(input.checkId), note: input.note }, 'APPROVED') }),
  }),
  rejectVipCheck: t.field({
    type: RejectVipCheckPayload,
    description: 'The checker (vip:approve; not the maker) rejects a PENDING check. Audited; announced (CHECK_DECIDED).',
    authScopes: { permission: 'vip:approve' },
    errors: { types: DECIDE_ERRORS },
    args: { input: t.arg({ type: RejectVipCheckInput, required: true, description: 'The check and a note.' }) },
    resolve: async (_root, { input }, ctx) => ({ check: await checks.decideVipCheck(ctx, { checkId: checkIdOf(input.checkId), note: input.note }, 'REJECTED') }),
  }),
}));
