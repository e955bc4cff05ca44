import { brandWithType } from '@pothos/core';
import { decodeGlobalID, resolveNodes } from '@pothos/plugin-relay';
import { isObjectType, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import { builder } from '../../src/builder.js';
import type { Context } from '../../src/context.js';
import type { AuditCheckpoint, AuditEvent } from '../../src/audit/entities.js';
import { AUDIT_TARGET_TYPES, type AuditTargetType } from '../../src/audit/append.js';
import type { BrokenLink } from '../../src/audit/chain.js';
import { holds } from '../../src/auth/principal.js';
import { TenantNotFoundError, TenantRequiredError, ValidationError } from '../../src/errors.js';
import { connectionOf } from '../../src/graphql/connections.js';
import { errorType } from '../../src/graphql/errors.js';
import { globalIdOf, localIdOf } from '../../src/graphql/ids.js';
import { loaderFor } from '../../src/graphql/loaders.js';
import { isUuid } from '../../src/ids.js';
import { ApiKeyType, loadApiKey, loadPlayer, loadStaffUser, PlayerType, StaffUserType } from '../identity/index.js';
import { AuditChainEmptyError } from './audit.errors.js';
import * as audit from './audit.service.js';

errorType(AuditChainEmptyError, 'AuditChainEmptyError', {
  code: 'AUDIT_CHAIN_EMPTY',
  description: 'The tenant\'s audit trail holds no event yet, so there is no chain head to sign. Try again once something has been audited.',
});

// ---------------------------------------------------------------- actors

const AuditActorKindEnum = builder.enumType('AuditActorKind', {
  description: 'Who performed an audited action.',
  values: {
    PLAYER: { description: 'A player of the tenant, acting for themself (their limits, their deposits).' },
    STAFF: { description: 'A staff user of the tenant (back-office).' },
    API_KEY: { description: 'A partner integration, through one of the tenant\'s API keys.' },
    PLATFORM_STAFF: { description: 'Platform staff (the platform operator\'s own people, outside any tenant), such as when creating or suspending a tenant.' },
    SYSTEM: { description: 'The platform itself: a scheduled job, a provider\'s webhook, seeding.' },
    ANONYMOUS: { description: 'An unauthenticated request (a sign-up, a failed sign-in).' },
    AFFILIATE: { description: 'An affiliate of the tenant, signed in to its portal (its sign-in is the target, an Affiliate).' },
  } as const,
});

/** An actor that is not a row of the tenant: the platform, its staff, or nobody signed in. */
interface SystemActor {
  kind: audit.ActorKind;
  job: string | null;
}

const AuditSystemActorType = builder.objectRef<SystemActor>('AuditSystemActor').implement({
  description: 'An actor that is not a player, staff user or API key of the tenant: the platform itself (a job, a webhook), platform staff, an affiliate (its portal), or an anonymous caller.',
  fields: (t) => ({
    kind: t.field({ type: AuditActorKindEnum, description: 'SYSTEM, PLATFORM_STAFF, AFFILIATE or ANONYMOUS.', resolve: (a) => a.kind }),
    job: t.exposeString('job', { nullable: true, description: 'The scheduled job that acted (such as "audit-checkpoint"), when a job did.' }),
  }),
});

const AuditActorUnion = builder.unionType('AuditActor', {
  description: 'Who performed an audited action: a Player, a StaffUser, an ApiKey, or the platform (AuditSystemActor).',
  types: [PlayerType, StaffUserType, ApiKeyType, AuditSystemActorType],
  // The rows are branded with their type in actorOf; a system actor is the only unbranded member.
  resolveType: () => AuditSystemActorType,
});

type Actor = NonNullable<Awaited<ReturnType<typeof loadPlayer | typeof loadStaffUser | typeof loadApiKey>>> | SystemActor;

function branded<T extends object>(row: T | null, typename: 'Player' | 'StaffUser' | 'ApiKey'): T | null {
  // The union's members are told apart by this brand (Pothos reads it before resolveType).
  // brandWithType is typed for refs of a generic builder; a type name is what it stores.
  if (row) brandWithType(row, typename as never);
  return row;
}

/** The actor object of a stored (kind, id), through the per-operation loaders. */
async function actorOf(ctx: Context, kind: audit.ActorKind, id: string, job: string | null = null): Promise<Actor | null> {
  switch (kind) {
    case 'PLAYER':
      return branded(await loadPlayer(ctx, id), 'Player');
    case 'STAFF':
      return branded(await loadStaffUser(ctx, id), 'StaffUser');
    case 'API_KEY':
      return branded(await loadApiKey(ctx, id), 'ApiKey');
    default:
      return { kind, job } satisfies SystemActor;
  }
}

/** The actor of a checkpoint's `createdBy` label: `KIND:id`, or `JOB:<name>` for the checkpoint job. */
function checkpointActor(ctx: Context, label: string): Promise<Actor | null> {
  const at = label.indexOf(':');
  const kind = label.slice(0, at);
  const rest = label.slice(at + 1);
  if (kind === 'JOB') return actorOf(ctx, 'SYSTEM', rest, rest);
  return actorOf(ctx, audit.actorKindOf({ actorKind: kind, actorId: rest }), rest);
}

// ---------------------------------------------------------------- targets

const TARGET_DESCRIPTIONS: Record<AuditTargetType, string> = {
  Tenant: 'A tenant (created, changed, suspended, reactivated).',
  Player: 'A player (their responsible-gambling settings, their account).',
  StaffUser: 'A staff user (created, roles changed, disabled, signed in).',
  ApiKey: 'A partner API key (created, revoked).',
  AuditCheckpoint: 'A signed checkpoint of the audit chain.',
  MenuItem: 'An item of the tenant\'s menu; `targetRef` is its key.',
  Currency: 'A currency of the tenant\'s ledger; `targetRef` is its ISO 4217 code.',
  LedgerAccount: 'A ledger account (an adjustment, a freeze).',
  LedgerTransaction: 'A ledger transaction (a reversal).',
  WalletAdjustment: 'A manual wallet adjustment (requested, approved, rejected).',
  GameProvider: 'A game provider\'s settings.',
  Game: 'A game of the catalogue.',
  PokerTable: 'A poker table (created, closed).',
  Payment: 'A deposit payment.',
  PaymentProvider: 'A payment provider\'s settings.',
  PaymentSettings: 'The tenant\'s payment settings; `targetRef` is the tenant.',
  Withdrawal: 'A withdrawal or refund.',
  Dispute: 'A payment dispute (chargeback).',
  BonusSettings: 'The tenant\'s bonus settings (the wagering cap); `targetRef` is the tenant.',
  BonusTemplate: 'A bonus template (created, changed, archived).',
  BonusGrant: 'A player\'s bonus (granted, reviewed, forfeited, expired, completed).',
  BonusBudget: 'A promotion budget (set, removed).',
  Offer: 'An offer (created, changed, paused, archived).',
  Experiment: 'An experiment or bandit (created, started, stopped, an arm stopped by a guardrail, a winner declared).',
  VipSettings: 'The tenant\'s VIP settings; `targetRef` is the tenant.',
  VipTier: 'A VIP tier (created, changed, archived).',
  VipPlayer: 'A player\'s VIP standing (tier changes, points adjusted or redeemed, manager assigned); `targetRef` is the player.',
  VipCheck: 'A high-value VIP check (recorded, approved, rejected).',
  Affiliate: 'An affiliate (created; name, status or parent changed; invited to its portal, signed in, its password set).',
  AffiliateLink: 'An affiliate\'s tracking link (created).',
  AffiliatePlan: 'A commission plan (created; renamed or given new terms, which makes a new version; archived). Assigning a plan is audited on the Affiliate.',
  AffiliateSettings: 'The tenant\'s affiliate settings (the attribution window); `targetRef` is the tenant.',
  AffiliateStatement: 'An affiliate\'s commission statement (submitted, approved, rejected, a currency line paid out).',
  RiskCase: 'A risk case (opened, resolved).',
  RiskCaseAction: 'An action on a risk case (taken; a severe one requested, approved, rejected).',
  RiskSettings: 'The tenant\'s risk and KYC rules; `targetRef` is the tenant.',
  KycProvider: 'A KYC provider\'s settings.',
  KycVerification: 'A player\'s verification (requested, its result, decided by staff).',
  RiskLink: 'A link between two accounts of the linked-accounts graph (created; its shared signals changed).',
};

const AuditTargetTypeEnum = builder.enumType('AuditTargetType', {
  description: 'What kind of object an audit event is about. For types that are Nodes the enum value is the GraphQL type name.',
  values: Object.fromEntries(AUDIT_TARGET_TYPES.map((type) => [type, { value: type, description: TARGET_DESCRIPTIONS[type] }])) as Record<
    AuditTargetType,
    { value: AuditTargetType; description: string }
  >,
});

function isNodeType(schema: GraphQLSchema, typename: string): boolean {
  const type = schema.getType(typename);
  return isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Node');
}

/** The target as a Node, loaded through its type's own loadMany (visibility rules included), batched per type. */
function loadTarget(ctx: Context, info: GraphQLResolveInfo, event: AuditEvent): Promise<unknown> {
  if (!isNodeType(info.schema, event.targetType) || !isUuid(event.targetId)) return Promise.resolve(null);
  const typename = event.targetType;
  return loaderFor<unknown>(ctx, `audit.target.${typename}`, async (c, ids) => {
    const rows = await Promise.all(await resolveNodes(builder, c, info, ids.map((id) => ({ id, typename }))));
    return new Map(ids.map((id, i) => [id, rows[i] ?? null]));
  }).load(event.targetId);
}

// ---------------------------------------------------------------- events and checkpoints

const canRead = (ctx: Context) => holds(ctx.principal, 'audit:read');

export const AuditEventType = builder.objectRef<AuditEvent>('AuditEvent');
builder.node(AuditEventType, {
  description: 'One link of the tenant\'s tamper-evident audit chain: who did what to which object, when, from where, with the difference it made. Visible to holders of audit:read.',
  id: { resolve: (e) => e.id },
  loadMany: async (ids, ctx) => {
    const rows = canRead(ctx) ? await audit.auditEventsByIds(ctx, ids) : [];
    return ids.map((id) => rows.find((e) => e.id === id) ?? null);
  },
  fields: (t) => ({
    seq: t.exposeInt('seq', { description: 'Position in the tenant\'s chain, from 1, without gaps.' }),
    occurredAt: t.expose('occurredAt', { type: 'DateTime', description: 'When the action was committed.' }),
    actorKind: t.field({ type: AuditActorKindEnum, description: 'What kind of actor acted.', resolve: (e) => audit.actorKindOf(e) }),
    actor: t.field({
      type: AuditActorUnion,
      nullable: true,
      description: 'Who acted. Null only when the actor\'s row no longer exists.',
      resolve: (e, _args, ctx) => actorOf(ctx, audit.actorKindOf(e), e.actorId),
    }),
    action: t.exposeString('action', { description: 'What was done: a stable dotted name such as "tenant.suspend", "staff.roles.set", "rg.limit.set" (listed in docs/audit.md).' }),
    targetType: t.field({ type: AuditTargetTypeEnum, description: 'What kind of object the action was about.', resolve: (e) => e.targetType as AuditTargetType }),
    target: t.field({
      type: builder.nodeInterfaceRef(),
      nullable: true,
      description: 'The object the action was about, when it is a Node the caller may see; null for targets that are not Nodes (see targetRef) or not visible.',
      // Any Node type may be the target: its own loadMany returns its own shape, branded.
      resolve: (e, _args, ctx, info) => loadTarget(ctx, info, e) as Promise<never>,
    }),
    targetRef: t.string({
      description: 'The target as recorded: its global ID when its type is a Node (usable with `node(id:)`), else its own key (a currency code, a menu item key).',
      resolve: (e, _args, _ctx, info) => (isNodeType(info.schema, e.targetType) && isUuid(e.targetId) ? globalIdOf(e.targetType, e.targetId) : e.targetId),
    }),
    diff: t.expose('diff', {
      type: 'JSON',
      description: 'What changed: for each changed field `{ "from": ..., "to": ... }`, or the facts of the action (amounts, reasons). Its shape depends on the action (docs/audit.md).',
    }),
    requestRef: t.string({
      nullable: true,
      description: 'The id of the API request that acted (the X-Request-Id of the logs); null for jobs.',
      resolve: (e) => e.requestId ?? null,
    }),
    ip: t.exposeString('ip', { nullable: true, description: 'The caller\'s IP address, when the action came from a request.' }),
    prevHash: t.exposeString('prevHash', { description: 'The hash of the previous event (64 zeros for the first): the link of the chain.' }),
    hash: t.exposeString('hash', { description: 'SHA-256 of the RFC 8785 canonical JSON of the content and prevHash.' }),
  }),
});
export const AuditEventConnection = connectionOf(AuditEventType, 'AuditEvent', { totalCount: true });

export const AuditCheckpointType = builder.objectRef<AuditCheckpoint>('AuditCheckpoint');
builder.node(AuditCheckpointType, {
  description: 'An Ed25519 signature over the tenant\'s chain head at one sequence number: everything up to it is authentic if the signature holds.',
  id: { resolve: (c) => c.id },
  loadMany: async (ids, ctx) => {
    const rows = canRead(ctx) ? await audit.checkpointsByIds(ctx, ids) : [];
    return ids.map((id) => rows.find((c) => c.id === id) ?? null);
  },
  fields: (t) => ({
    seq: t.exposeInt('seq', { description: 'The sequence number of the event the checkpoint signs (the chain head at signing).' }),
    headHash: t.exposeString('headHash', { description: 'The hash of that event.' }),
    signedAt: t.expose('signedAt', { type: 'DateTime', description: 'When it was signed (part of the signed message).' }),
    keyFingerprint: t.exposeString('keyId', { description: 'The fingerprint of the signing key (first 16 hex digits of the SHA-256 of the public key); see `auditSigningKey`.' }),
    signature: t.exposeString('signature', { description: 'The Ed25519 signature, base64, over the canonical JSON of { v, tenantId, seq, headHash, signedAt }.' }),
    createdBy: t.field({
      type: AuditActorUnion,
      nullable: true,
      description: 'Who had it signed: a staff user (createAuditCheckpoint) or the platform\'s checkpoint job.',
      resolve: (c, _args, ctx) => checkpointActor(ctx, c.createdBy),
    }),
  }),
});
export const AuditCheckpointConnection = connectionOf(AuditCheckpointType, 'AuditCheckpoint', { totalCount: true });

const BrokenLinkType = builder.objectRef<BrokenLink>('AuditBrokenLink').implement({
  description: 'The first place where the chain does not hold: an event missing, edited, or a checkpoint that does not match.',
  fields: (t) => ({
    seq: t.exposeInt('seq', { description: 'The sequence number where the chain breaks.' }),
    event: t.field({
      type: AuditEventType,
      nullable: true,
      description: 'The event found broken; null when it is missing (deleted) or the break is in a checkpoint.',
      resolve: (b, _args, ctx) => audit.loadAuditEvent(ctx, b.eventId),
    }),
    reason: t.exposeString('reason', { description: 'What differs: which hash, link or signature.' }),
  }),
});

const AuditVerification = builder.objectRef<audit.AuditVerification>('AuditVerification').implement({
  description: 'The verdict of re-deriving a range of the chain from the stored events.',
  fields: (t) => ({
    ok: t.exposeBoolean('ok', { description: 'True when every event, link and checkpoint of the range holds.' }),
    fromSeq: t.exposeInt('fromSeq', { description: 'The first sequence number checked.' }),
    toSeq: t.exposeInt('toSeq', { description: 'The last sequence number checked (at most the head).' }),
    headSeq: t.exposeInt('headSeq', { description: 'The chain head now: the number of events in the trail.' }),
    checked: t.exposeInt('checked', { description: 'Events whose hash and link were re-derived and held.' }),
    checkpointsChecked: t.exposeInt('checkpointsChecked', { description: 'Checkpoints in the range whose signatures were checked.' }),
    broken: t.field({ type: BrokenLinkType, nullable: true, description: 'The first broken link, when not ok.', resolve: (v) => v.broken }),
  }),
});

interface SigningKey {
  publicKey: string;
  keyId: string;
}
const AuditSigningKey = builder.objectRef<SigningKey>('AuditSigningKey').implement({
  description: 'The Ed25519 public key that signs the audit checkpoints of this platform. Give it to whoever verifies exports offline (`npm run audit:verify -- FILE --public-key KEY`); keep a copy outside the platform, so a replaced key is noticed.',
  fields: (t) => ({
    algorithm: t.string({ description: 'The signature algorithm: always "Ed25519".', resolve: () => 'Ed25519' }),
    publicKey: t.exposeString('publicKey', { description: 'The raw 32-byte Ed25519 public key, base64.' }),
    keyFingerprint: t.exposeString('keyId', { description: 'Its fingerprint: the first 16 hex digits of the SHA-256 of the raw key, as checkpoints name it.' }),
  }),
});

const AuditExportType = builder.objectRef<audit.ExportedRange>('AuditExport').implement({
  description: 'A range of the chain with the checkpoints inside it: `document` is the file for the offline verifier, the other fields say what is in it.',
  fields: (t) => ({
    format: t.string({ description: 'The format of `document`: "croupier-audit-export/1".', resolve: (r) => r.document.format }),
    fromSeq: t.int({ description: 'The first event of the range.', resolve: (r) => r.document.fromSeq }),
    toSeq: t.int({ description: 'The last event of the range.', resolve: (r) => r.document.toSeq }),
    signingKey: t.field({ type: AuditSigningKey, description: 'The key the checkpoints were signed with (as recorded in the document).', resolve: (r) => r.document }),
    events: t.field({ type: [AuditEventType], description: 'The events of the range, oldest first.', resolve: (r) => r.events }),
    checkpoints: t.field({ type: [AuditCheckpointType], description: 'The signed checkpoints inside the range, oldest first.', resolve: (r) => r.checkpoints }),
    document: t.string({
      description: 'The export file: JSON text in the format `format`, holding every event and checkpoint as hashed and signed. Save it as is and run `npm run audit:verify -- FILE --public-key KEY`.',
      resolve: (r) => JSON.stringify(r.document),
    }),
  }),
});

const CheckpointPayload = builder.objectRef<AuditCheckpoint>('CreateAuditCheckpointPayload').implement({
  description: 'The checkpoint signed by `createAuditCheckpoint`.',
  fields: (t) => ({
    checkpoint: t.field({ type: AuditCheckpointType, description: 'The checkpoint of the chain head (an existing one when the head had not moved since).', resolve: (c) => c }),
  }),
});

const CreateAuditCheckpointInput = builder.inputType('CreateAuditCheckpointInput', {
  description: 'Why the chain head is signed now.',
  fields: (t) => ({
    reason: t.string({ description: 'Why staff sign now (such as "before the regulator\'s export"), 1-500 characters: recorded in the audit.checkpoint event.' }),
  }),
});

const AuditEventFilter = builder.inputType('AuditEventFilter', {
  description: 'Which audit events to list; the conditions given must all hold.',
  fields: (t) => ({
    actorKind: t.field({ type: AuditActorKindEnum, description: 'Only actions of this kind of actor.' }),
    actorId: t.id({ description: 'Only actions by this actor: the global ID of a Player, StaffUser or ApiKey.' }),
    action: t.string({ description: 'Only this action, such as "staff.roles.set" (exact match).' }),
    targetType: t.field({ type: AuditTargetTypeEnum, description: 'Only events about this kind of object.' }),
    targetId: t.id({ description: 'Only events about this object: the global ID of a Node named by audit events (a Player, a Withdrawal, ...).' }),
    targetRef: t.string({ description: 'Only events about the target with this `targetRef` (for targets that are not Nodes, such as a currency code; give targetType with it).' }),
    from: t.field({ type: 'DateTime', description: 'Only events at or after this instant.' }),
    to: t.field({ type: 'DateTime', description: 'Only events before this instant.' }),
  }),
});

const ACTOR_TYPES = { Player: 'PLAYER', StaffUser: 'STAFF', ApiKey: 'API_KEY' } as const;

/** The service's filters from the API's: global ids decoded (InvalidIdError naming the path). */
function filtersOf(filter: typeof AuditEventFilter.$inferInput | null | undefined, schema: GraphQLSchema): audit.AuditFilters {
  if (!filter) return {};
  let actor: { actorKind?: audit.ActorKind; actorId?: string } = {};
  if (filter.actorId != null) {
    const actorId = localIdOf(filter.actorId, Object.keys(ACTOR_TYPES), ['filter', 'actorId']);
    const typename = decodeGlobalID(filter.actorId).typename as keyof typeof ACTOR_TYPES;
    if (filter.actorKind && filter.actorKind !== ACTOR_TYPES[typename]) {
      throw new ValidationError([{ path: ['filter', 'actorKind'], message: `does not match the kind of actorId (${ACTOR_TYPES[typename]})` }]);
    }
    actor = { actorKind: ACTOR_TYPES[typename], actorId };
  }
  let target: { targetType?: AuditTargetType; targetId?: string } = {};
  if (filter.targetId != null) {
    // Only the target types that are Nodes have global IDs.
    const nodeTypes = AUDIT_TARGET_TYPES.filter((type) => isNodeType(schema, type));
    const targetId = localIdOf(filter.targetId, nodeTypes, ['filter', 'targetId']);
    target = { targetType: decodeGlobalID(filter.targetId).typename as AuditTargetType, targetId };
    if (filter.targetType && filter.targetType !== target.targetType) {
      throw new ValidationError([{ path: ['filter', 'targetType'], message: `does not match the type of targetId (${target.targetType})` }]);
    }
  }
  return {
    actorKind: filter.actorKind ?? null,
    action: filter.action ?? null,
    targetType: filter.targetType ?? null,
    targetId: filter.targetRef ?? null,
    from: filter.from ?? null,
    to: filter.to ?? null,
    ...actor,
    ...target,
  };
}

builder.queryFields((t) => ({
  auditEvents: t.connection(
    {
      type: AuditEventType,
      description: 'The tenant\'s audit trail, newest first (`last` pages from the oldest). Needs audit:read.',
      authScopes: { permission: 'audit:read' },
      args: { filter: t.arg({ type: AuditEventFilter, description: 'Which events; all when absent.' }) },
      resolve: (_root, args, ctx, info) => audit.listAuditEvents(ctx, { ...args, ...filtersOf(args.filter, info.schema) }),
    },
    AuditEventConnection,
  ),
  verifyAuditChain: t.field({
    type: AuditVerification,
    description: 'Re-derives the chain (whole, or fromSeq..toSeq) from the stored events, checks the signed checkpoints in it, and names the first broken link. Needs audit:read.',
    authScopes: { permission: 'audit:read' },
    args: {
      fromSeq: t.arg.int({ description: 'The first sequence number to check (default 1).' }),
      toSeq: t.arg.int({ description: 'The last sequence number to check (default: the chain head).' }),
    },
    resolve: (_root, args, ctx) => audit.verifyAuditChain(ctx, args),
  }),
  auditCheckpoints: t.connection(
    {
      type: AuditCheckpointType,
      description: 'The tenant\'s signed checkpoints, newest first. Needs audit:read.',
      authScopes: { permission: 'audit:read' },
      resolve: (_root, args, ctx) => audit.listCheckpoints(ctx, args),
    },
    AuditCheckpointConnection,
  ),
  exportAuditRange: t.field({
    type: AuditExportType,
    description: `A range of the chain with its checkpoints, for \`npm run audit:verify\`. Ends by default at the latest checkpoint, so a signature vouches for all of it; at most ${audit.MAX_EXPORT_EVENTS} events. Needs audit:read.`,
    authScopes: { permission: 'audit:read' },
    args: {
      fromSeq: t.arg.int({ description: 'The first sequence number to export (default 1).' }),
      toSeq: t.arg.int({ description: 'The last sequence number to export (default: the latest checkpoint, else the head).' }),
    },
    resolve: (_root, args, ctx) => audit.exportRange(ctx, args),
  }),
  auditSigningKey: t.field({
    type: AuditSigningKey,
    description: 'The public key that signs the audit checkpoints: give it to whoever verifies exports offline. Needs audit:read.',
    authScopes: { permission: 'audit:read' },
    resolve: (_root, _args, ctx) => audit.auditPublicKey(ctx),
  }),
}));

builder.mutationFields((t) => ({
  createAuditCheckpoint: t.field({
    type: CheckpointPayload,
    description: 'Signs the chain head now (a job also does so periodically); the signing is itself audited, as the next event. Needs audit:checkpoint.',
    authScopes: { permission: 'audit:checkpoint' },
    errors: { types: [ValidationError, AuditChainEmptyError, TenantRequiredError, TenantNotFoundError] },
    args: { input: t.arg({ type: CreateAuditCheckpointInput, required: true, description: 'Why the head is signed now.' }) },
    resolve: (_root, { input }, ctx) => audit.createCheckpoint(ctx, input),
  }),
}));

// A player's detail (issue #14, section 2): their audit trail, for staff with audit:read.
builder.objectFields(PlayerType, (t) => ({
  auditTrail: t.connection(
    {
      type: AuditEventType,
      nullable: true,
      description: 'The audit events about this player (as target) or by them (as actor), newest first. Needs audit:read; null with a FORBIDDEN error otherwise.',
      authScopes: { permission: 'audit:read' },
      args: { filter: t.arg({ type: AuditEventFilter, description: 'Narrows the trail further; all of it when absent.' }) },
      resolve: (player, args, ctx, info) => audit.listAuditEvents(ctx, { ...args, ...filtersOf(args.filter, info.schema), playerId: player.id }),
    },
    AuditEventConnection,
  ),
}));
