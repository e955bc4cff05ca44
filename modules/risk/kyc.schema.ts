// KYC in GraphQL (docs/risk.md "KYC"): providers, verifications, what the rules require.
import { builder } from '../../src/builder.js';
import { tenantEvents } from '../../src/events/tenant-events.js';
import { holds } from '../../src/auth/principal.js';
import { requireTenant, tenantTx, type Context } from '../../src/context.js';
import { InvalidIdError, NotFoundError, ValidationError } from '../../src/errors.js';
import { errorType, TENANT_ERRORS } from '../../src/graphql/errors.js';
import { connectionOf } from '../../src/graphql/connections.js';
import { localIdOf } from '../../src/graphql/ids.js';
import { loadById } from '../../src/graphql/loaders.js';
import { VerificationLevelEnum, VerificationReasonEnum } from '../../src/graphql/gate-errors.js';
import type { PublishedEvent } from '../../src/events/outbox.js';
import { loadPlayer, loadStaffUser, PlayerType, StaffUserType } from '../identity/index.js';
import { isUuid } from '../../src/ids.js';
import type { KycReport } from './kyc.gateway.js';
import { KycLevelAlreadyReachedError, KycProviderFailedError, KycProviderNotConfiguredError, KycProviderUnsupportedError, KycVerificationNotPendingError } from './kyc.errors.js';
import { listKycProviders, setKycProvider, type KycProviderRow } from './kyc.providers.js';
import { requirementsInTx, type Requirement } from './kyc.rules.js';
import * as kyc from './kyc.service.js';
import { readsRisk } from './risk.cases.schema.js';

errorType(KycProviderNotConfiguredError, 'KycProviderNotConfiguredError', { code: 'KYC_PROVIDER_NOT_CONFIGURED', description: 'The tenant has no enabled KYC provider: no verification can start; nothing was recorded.' });
errorType(
  KycProviderUnsupportedError,
  'KycProviderUnsupportedError',
  { code: 'KYC_PROVIDER_UNSUPPORTED', description: 'The provider cannot be used here (the sandbox in production); nothing changed.' },
  (t) => ({ adapterCode: t.string({ description: 'The code of the provider refused (e.g. sandbox).', resolve: (e: KycProviderUnsupportedError) => e.provider }) }),
);
errorType(KycProviderFailedError, 'KycProviderFailedError', { code: 'KYC_PROVIDER_FAILED', description: 'The provider\'s API failed or could not be reached; nothing was recorded: try again.' });
errorType(
  KycLevelAlreadyReachedError,
  'KycLevelAlreadyReachedError',
  { code: 'KYC_LEVEL_ALREADY_REACHED', description: 'The player already has the level asked for, or a higher one; nothing was started.' },
  (t) => ({ level: t.field({ type: VerificationLevelEnum, description: 'The player\'s level.', resolve: (e: KycLevelAlreadyReachedError) => e.level as 'FULL' }) }),
);
errorType(
  KycVerificationNotPendingError,
  'KycVerificationNotPendingError',
  { code: 'KYC_VERIFICATION_NOT_PENDING', description: 'The verification was decided already; nothing changed.' },
  (t) => ({ status: t.string({ description: 'Its status: PASSED, FAILED or RETRY.', resolve: (e: KycVerificationNotPendingError) => e.status }) }),
);

const KycAdapterEnum = builder.enumType('KycAdapter', {
  description: 'A KYC provider the platform has an adapter for.',
  values: {
    ONFIDO: { value: 'onfido' as const, description: 'Onfido (API v3.6): document, facial similarity, watchlist and proof-of-address reports.' },
    SANDBOX: { value: 'sandbox' as const, description: 'The offline sandbox for development and demos; decides by the applicant\'s last name (docs/sandbox.md). Refused in production.' },
  },
});
const StatusEnum = builder.enumType('KycVerificationStatus', {
  description: 'Where a verification stands.',
  values: {
    PENDING: { value: 'PENDING' as const, description: 'Waiting for the player\'s documents or the provider\'s result.' },
    PASSED: { value: 'PASSED' as const, description: 'Every report the level needs is clear: the player has the level (ENHANCED for a year).' },
    FAILED: { value: 'FAILED' as const, description: 'Under age or failed: the account was blocked and a KYC risk case opened.' },
    RETRY: { value: 'RETRY' as const, description: 'The document could not be read: the player may start again.' },
  } satisfies Record<kyc.VerificationStatus, unknown>,
});

export const KycProviderRef = builder.objectRef<KycProviderRow>('KycProvider');
builder.node(KycProviderRef, {
  description: 'A KYC provider of the tenant. Its credentials are never shown, only a fingerprint of them. Staff with risk:manage.',
  id: { resolve: (p) => p.id },
  loadMany: async (ids, ctx) => {
    const rows = holds(ctx.principal, 'risk:manage') && ctx.tenant ? await listKycProviders(ctx) : [];
    return ids.map((id) => rows.find((p) => p.id === id) ?? null);
  },
  fields: (t) => ({
    adapter: t.field({ type: KycAdapterEnum, description: 'The provider behind it (one configuration per adapter and tenant).', resolve: (p) => p.code }),
    enabled: t.exposeBoolean('enabled', { description: 'Whether players verify with it now (with both enabled, Onfido is used).' }),
    keyFingerprint: t.exposeString('key_fingerprint', { description: 'A short digest of the stored API and webhook tokens, to tell which are set without showing them.' }),
    endpoint: t.exposeString('endpoint', { nullable: true, description: 'API base URL override (a sandbox or a regional API); null: the SDK\'s own (Onfido EU).' }),
    webhookPath: t.string({ description: 'Where the provider must send its webhooks, relative to the API\'s origin.', resolve: (p, _a, ctx) => `/kyc/${requireTenant(ctx).slug}/${p.code}/webhook` }),
    createdAt: t.expose('created_at', { type: 'DateTime', description: 'When it was first configured.' }),
    updatedAt: t.expose('updated_at', { type: 'DateTime', description: 'When it was last changed.' }),
  }),
});

const KycReportType = builder.objectRef<KycReport>('KycReport').implement({
  description: 'One report of a verification\'s check, as the provider returned it.',
  fields: (t) => ({
    providerRef: t.exposeString('ref', { description: 'The provider\'s id of the report.' }),
    name: t.exposeString('name', { description: 'The provider\'s report name: document, facial_similarity_photo, watchlist_enhanced, proof_of_address.' }),
    status: t.exposeString('status', { description: 'The provider\'s status of the report (complete when done).' }),
    result: t.exposeString('result', { nullable: true, description: 'clear, consider or unidentified.' }),
    subResult: t.exposeString('subResult', { nullable: true, description: 'Document reports: clear, rejected, suspected or caution.' }),
    dateOfBirth: t.exposeString('dateOfBirth', { nullable: true, description: 'Document reports: the date of birth read from the document (YYYY-MM-DD).' }),
    ageValidation: t.exposeString('ageValidation', { nullable: true, description: 'Document reports: the provider\'s own age check, clear or consider.' }),
    breakdown: t.field({ type: 'JSON', description: 'The provider\'s breakdown of the report, as sent.', resolve: (r) => r.breakdown }),
  }),
});

const mayRead = (ctx: Context, row: kyc.VerificationRow) => readsRisk(ctx) || (ctx.principal?.kind === 'player' && ctx.principal.playerId === row.player_id);
export const KycVerificationRef = builder.objectRef<kyc.VerificationRow>('KycVerification');
const loadVerification = (ctx: Context, id: string | null | undefined) => loadById(ctx, 'kyc.verification', kyc.verificationsByIds, id);

builder.node(KycVerificationRef, {
  description: 'A player\'s identity verification at a level, with the provider\'s reports. Staff with risk:read, or the player.',
  id: { resolve: (v) => v.id },
  loadMany: async (ids, ctx) => {
    const rows = await kyc.verificationsByIds(ctx, ids.map(String));
    return ids.map((id) => {
      const row = rows.get(String(id));
      return row && mayRead(ctx, row) ? row : null;
    });
  },
  fields: (t) => ({
    player: t.field({
      type: PlayerType,
      description: 'The player verified.',
      resolve: async (v, _a, ctx) => {
        const player = await loadPlayer(ctx, v.player_id);
        if (!player) throw new Error(`player ${v.player_id} of a verification not found`);
        return player;
      },
    }),
    adapter: t.field({ type: KycAdapterEnum, description: 'The provider that checks it.', resolve: (v) => v.provider }),
    level: t.field({ type: VerificationLevelEnum, description: 'The level it aims at.', resolve: (v) => v.level }),
    status: t.field({ type: StatusEnum, description: 'Where it stands.', resolve: (v) => v.status }),
    result: t.exposeString('result', { nullable: true, description: 'The provider\'s overall result: clear or consider (null while pending or decided by staff).' }),
    underAge: t.exposeBoolean('under_age', { description: 'Whether the document showed the player under the tenant\'s minimum age.' }),
    failureReason: t.exposeString('failure_reason', { nullable: true, description: 'Why it failed or needs a retry.' }),
    reports: t.field({ type: [KycReportType], description: 'The check\'s reports (empty while pending).', resolve: (v) => v.reports }),
    decidedBy: t.field({
      type: StaffUserType,
      nullable: true,
      description: 'The staff member who decided it by hand (decideVerification); null while pending, when the provider decided, or for platform staff.',
      resolve: (v, _a, ctx) => (v.decided_by && isUuid(v.decided_by) ? loadStaffUser(ctx, v.decided_by) : null),
    }),
    decidedByProvider: t.boolean({ description: 'Whether the provider\'s check decided it (false while pending or when staff decided).', resolve: (v) => v.decided_by === 'PROVIDER' }),
    createdAt: t.expose('created_at', { type: 'DateTime', description: 'When the player started it.' }),
    completedAt: t.expose('completed_at', { type: 'DateTime', nullable: true, description: 'When it was decided.' }),
    expiresAt: t.expose('expires_at', { type: 'DateTime', nullable: true, description: 'When a passed ENHANCED verification lapses to FULL (a year on); null: never.' }),
  }),
});
const KycVerificationConnection = connectionOf(KycVerificationRef, 'KycVerification', { totalCount: true });

const RequirementType = builder.objectRef<Requirement>('VerificationRequirement').implement({
  description: 'A tenant rule that asks the player for a higher level than they have.',
  fields: (t) => ({
    level: t.field({ type: VerificationLevelEnum, description: 'The level it asks for.', resolve: (r) => r.level }),
    reason: t.field({ type: VerificationReasonEnum, description: 'Which rule: FIRST_WITHDRAWAL and RISK_FLAG apply to withdrawals, DEPOSIT_THRESHOLD to deposits.', resolve: (r) => r.reason }),
    currency: t.field({ type: 'Currency', nullable: true, description: 'DEPOSIT_THRESHOLD: the currency.', resolve: (r) => r.currency }),
    threshold: t.field({ type: 'MinorUnits', nullable: true, description: 'DEPOSIT_THRESHOLD: the threshold (minor units).', resolve: (r) => r.threshold?.toString() ?? null }),
    deposited: t.field({ type: 'MinorUnits', nullable: true, description: 'DEPOSIT_THRESHOLD: the player\'s deposits in the currency so far, succeeded and still pending (minor units).', resolve: (r) => r.deposited?.toString() ?? null }),
  }),
});

interface VerificationSummary {
  level: kyc.VerificationLevel;
  pending: kyc.VerificationRow | null;
  requirements: Requirement[];
}

const SummaryType = builder.objectRef<VerificationSummary>('PlayerVerification').implement({
  description: 'Where a player stands with KYC: their level, a pending verification, and what the tenant\'s rules will ask for next.',
  fields: (t) => ({
    level: t.field({ type: VerificationLevelEnum, description: 'The highest level of a passed verification that has not lapsed.', resolve: (s) => s.level }),
    pending: t.field({ type: KycVerificationRef, nullable: true, description: 'The latest verification still waiting for a result.', resolve: (s) => s.pending }),
    requirements: t.field({ type: [RequirementType], description: 'The rules that ask for more than `level` (empty when the tenant has no enabled KYC provider).', resolve: (s) => s.requirements }),
  }),
});

function summaryOf(ctx: Context, playerId: string): Promise<VerificationSummary> {
  return tenantTx(ctx, async (tx) => {
    const { level, requirements } = await requirementsInTx(tx, playerId);
    return { level, requirements, pending: await kyc.pendingVerificationInTx(tx, playerId) };
  });
}

builder.objectFields(PlayerType, (t) => ({
  verification: t.field({
    type: SummaryType,
    description: 'The player\'s KYC standing. Staff with risk:read.',
    authScopes: { permission: 'risk:read' },
    resolve: (player, _a, ctx) => summaryOf(ctx, player.id),
  }),
}));

builder.queryFields((t) => ({
  myVerification: t.field({
    type: SummaryType,
    description: 'The signed-in player\'s KYC standing: level, pending verification, what the rules ask for next. Players only.',
    authScopes: { player: true },
    resolve: (_root, _a, ctx) => summaryOf(ctx, ctx.principal?.kind === 'player' ? ctx.principal.playerId : ''),
  }),
  playerVerifications: t.connection(
    {
      type: KycVerificationRef,
      description: 'A player\'s verifications, newest first. Staff with risk:read.',
      authScopes: { permission: 'risk:read' },
      args: { playerId: t.arg.id({ required: true, description: 'The Player ID.' }) },
      resolve: (_root, args, ctx) => kyc.verificationsOfPlayer(ctx, localIdOf(String(args.playerId), 'Player', ['playerId']), args),
    },
    KycVerificationConnection,
  ),
  kycProviders: t.field({
    type: [KycProviderRef],
    description: 'The tenant\'s KYC providers (never their credentials). Staff with risk:manage.',
    authScopes: { permission: 'risk:manage' },
    resolve: (_root, _a, ctx) => listKycProviders(ctx),
  }),
}));

const SetKycProviderInput = builder.inputType('SetKycProviderInput', {
  description: 'A KYC provider configuration, created or replaced as a whole (by adapter).',
  fields: (t) => ({
    adapter: t.field({ type: KycAdapterEnum, required: true, description: 'The provider to configure.' }),
    enabled: t.boolean({ description: 'Whether players verify with it now; default true.' }),
    apiToken: t.string({ required: true, description: 'The provider\'s API token (8-512 characters). Write-only, stored encrypted.' }),
    webhookToken: t.string({ required: true, description: 'The provider\'s webhook signing token (8-512 characters). Write-only, stored encrypted.' }),
    endpoint: t.string({ description: 'API base URL override (a sandbox or a regional API, e.g. https://api.us.onfido.com/v3.6).' }),
  }),
});
const StartVerificationInput = builder.inputType('StartVerificationInput', {
  description: 'A verification the signed-in player starts.',
  fields: (t) => ({
    level: t.field({ type: VerificationLevelEnum, required: true, description: 'BASIC, FULL or ENHANCED.' }),
    firstName: t.string({ description: 'The player\'s first name as on their document (1-100 characters); required for the first verification with a provider.' }),
    lastName: t.string({ description: 'The player\'s last name as on their document (1-100 characters); required for the first verification with a provider.' }),
  }),
});
const RequestVerificationInput = builder.inputType('RequestVerificationInput', {
  description: 'A level staff ask a player for.',
  fields: (t) => ({
    playerId: t.id({ required: true, description: 'The Player ID.' }),
    level: t.field({ type: VerificationLevelEnum, required: true, description: 'BASIC, FULL or ENHANCED: withdrawals are refused until the player has it.' }),
    note: t.string({ required: true, description: 'Why, 1-2000 characters.' }),
  }),
});
const DecideVerificationInput = builder.inputType('DecideVerificationInput', {
  description: 'A staff decision on a pending verification.',
  fields: (t) => ({
    verificationId: t.id({ required: true, description: 'The KycVerification ID.' }),
    pass: t.boolean({ required: true, description: 'True: PASSED; false: FAILED (the account is blocked and a KYC case opened).' }),
    note: t.string({ required: true, description: 'Why, 1-500 characters.' }),
  }),
});

const SetKycProviderPayload = builder.objectRef<{ provider: KycProviderRow }>('SetKycProviderPayload').implement({
  description: 'The provider as set.',
  fields: (t) => ({ provider: t.field({ type: KycProviderRef, description: 'The provider.', resolve: (p) => p.provider }) }),
});
const StartVerificationPayload = builder.objectRef<{ verification: kyc.VerificationRow; clientData: Record<string, string> }>('StartVerificationPayload').implement({
  description: 'The verification started, and what the frontend needs to collect the documents.',
  fields: (t) => ({
    verification: t.field({ type: KycVerificationRef, description: 'The verification (PENDING, or decided at once by the sandbox).', resolve: (p) => p.verification }),
    sdkToken: t.string({ nullable: true, description: 'The token to start the provider\'s web or mobile SDK with (Onfido: valid 90 minutes).', resolve: (p) => p.clientData.sdkToken ?? null }),
    formUri: t.string({ nullable: true, description: 'A link where the player uploads their documents instead (Onfido\'s applicant form), when the provider gives one.', resolve: (p) => p.clientData.formUri ?? null }),
  }),
});
const RequestVerificationPayload = builder.objectRef<{ level: kyc.VerificationLevel; playerId: string }>('RequestVerificationPayload').implement({
  description: 'The level asked for.',
  fields: (t) => ({
    level: t.field({ type: VerificationLevelEnum, description: 'The level asked for.', resolve: (p) => p.level }),
    player: t.field({
      type: PlayerType,
      description: 'The player asked.',
      resolve: async (p, _a, ctx) => {
        const player = await loadPlayer(ctx, p.playerId);
        if (!player) throw new Error(`player ${p.playerId} not found`);
        return player;
      },
    }),
  }),
});
const DecideVerificationPayload = builder.objectRef<{ verification: kyc.VerificationRow }>('DecideVerificationPayload').implement({
  description: 'The verification decided.',
  fields: (t) => ({ verification: t.field({ type: KycVerificationRef, description: 'The verification.', resolve: (p) => p.verification }) }),
});

builder.mutationFields((t) => ({
  setKycProvider: t.field({
    type: SetKycProviderPayload,
    description: 'Staff (risk:manage) create or replace (by adapter) a KYC provider of the tenant. Once one is enabled, the tenant\'s KYC rules apply. Audited (KycProvider).',
    authScopes: { permission: 'risk:manage' },
    errors: { types: [ValidationError, KycProviderUnsupportedError, ...TENANT_ERRORS] },
    args: { input: t.arg({ type: SetKycProviderInput, required: true, description: 'The configuration.' }) },
    resolve: async (_root, { input: { adapter, ...input } }, ctx) => ({ provider: await setKycProvider(ctx, { ...input, code: adapter }) }),
  }),
  startVerification: t.field({
    type: StartVerificationPayload,
    description: 'The signed-in player starts a verification at a level with the tenant\'s KYC provider (the applicant is created once and reused). Audited (KycVerification).',
    authScopes: { player: true },
    errors: { types: [ValidationError, KycProviderNotConfiguredError, KycProviderUnsupportedError, KycProviderFailedError, KycLevelAlreadyReachedError, ...TENANT_ERRORS] },
    args: { input: t.arg({ type: StartVerificationInput, required: true, description: 'The level and the player\'s names.' }) },
    // The level enum includes NONE, which the service's validation refuses (ValidationError on input.level).
    resolve: (_root, { input }, ctx) => kyc.startVerification(ctx, input as Parameters<typeof kyc.startVerification>[1]),
  }),
  requestVerification: t.field({
    type: RequestVerificationPayload,
    description: 'Staff (risk:manage) ask a player for a level: withdrawals are refused (VERIFICATION_REQUIRED, reason RISK_FLAG) until the player has it. Replaces an earlier request. Audited (Player).',
    authScopes: { permission: 'risk:manage' },
    errors: { types: [ValidationError, InvalidIdError, NotFoundError, ...TENANT_ERRORS] },
    args: { input: t.arg({ type: RequestVerificationInput, required: true, description: 'The player and the level.' }) },
    // As above: NONE is refused by the service's validation.
    resolve: (_root, { input }, ctx) =>
      kyc.requestVerification(ctx, { ...input, playerId: localIdOf(String(input.playerId), 'Player', ['input', 'playerId']) } as Parameters<typeof kyc.requestVerification>[1]),
  }),
  decideVerification: t.field({
    type: DecideVerificationPayload,
    description: 'Staff (risk:manage) decide a pending verification by hand: PASSED gives the level; FAILED blocks the account and opens a HIGH KYC risk case. Audited (KycVerification).',
    authScopes: { permission: 'risk:manage' },
    errors: { types: [ValidationError, InvalidIdError, NotFoundError, KycVerificationNotPendingError, ...TENANT_ERRORS] },
    args: { input: t.arg({ type: DecideVerificationInput, required: true, description: 'The verification and the decision.' }) },
    resolve: async (_root, { input }, ctx) => ({
      verification: await kyc.decideVerification(ctx, { ...input, verificationId: localIdOf(String(input.verificationId), 'KycVerification', ['input', 'verificationId']) }),
    }),
  }),
}));

const VerificationEventType = builder.objectRef<PublishedEvent<kyc.VerificationUpdatedPayload>>('KycVerificationEvent').implement({
  description: 'A change of one of the player\'s verifications.',
  fields: (t) => ({
    seq: t.int({ description: 'The event\'s sequence number in the tenant\'s `kyc` stream.', resolve: (e) => e.seq }),
    status: t.field({ type: StatusEnum, description: 'Its status after the change.', resolve: (e) => e.payload.status }),
    verification: t.field({
      type: KycVerificationRef,
      description: 'The verification as it is now (read when the event is delivered).',
      resolve: async (e, _a, ctx) => {
        const found = await loadVerification(ctx, e.payload.verificationId);
        if (!found) throw new Error(`verification ${e.payload.verificationId} of an event not found`);
        return found;
      },
    }),
    occurredAt: t.field({ type: 'DateTime', description: 'When the change was committed.', resolve: (e) => e.occurredAt }),
  }),
});

function ownEvents(ctx: Context) {
  const me = ctx.principal?.kind === 'player' ? ctx.principal.playerId : '';
  return tenantEvents<kyc.VerificationUpdatedPayload>(ctx, kyc.KYC_VERIFICATION_UPDATED, (event) => event.payload.playerId === me);
}

builder.subscriptionFields((t) => ({
  myVerificationUpdated: t.field({
    type: VerificationEventType,
    description: 'Each change of the signed-in player\'s own verifications (started, passed, failed, retry). Players only.',
    authScopes: { player: true },
    subscribe: (_root, _a, ctx) => ownEvents(ctx),
    resolve: (event) => event,
  }),
}));
