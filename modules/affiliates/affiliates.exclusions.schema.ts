// Staff exclusions of attributed players in GraphQL (docs/affiliates.md "Excluding a player").
import { builder } from '../../src/builder.js';
import { InvalidIdError, NotFoundError, ValidationError } from '../../src/errors.js';
import { TENANT_ERRORS } from '../../src/graphql/errors.js';
import { localIdOf } from '../../src/graphql/ids.js';
import { AttributionType } from './affiliates.schema.js';
import { EXCLUSION_REASONS, setPlayerExclusion, type ExclusionReason } from './affiliates.exclusions.js';
import type { AttributionRow } from './affiliates.tracking.js';

const REASON_TEXTS: Record<ExclusionReason, string> = {
  DUPLICATE: 'A duplicate of another player\'s account.',
  FRAUD: 'Fraudulent: stolen payment means, bonus abuse, collusion.',
};
const ExclusionReasonEnum = builder.enumType('AffiliateExclusionReason', {
  description: 'Why staff excluded an attributed player from affiliate commission.',
  values: Object.fromEntries(EXCLUSION_REASONS.map((r) => [r, { value: r, description: REASON_TEXTS[r] }])) as Record<ExclusionReason, { value: ExclusionReason; description: string }>,
});

const ExclusionType = builder.objectRef<AttributionRow>('AffiliateExclusion').implement({
  description: 'A staff exclusion: the player never qualifies for CPA from statements of periods ending after it.',
  fields: (t) => ({
    reason: t.field({ type: ExclusionReasonEnum, description: 'Why.', resolve: (r) => r.excluded_reason! }),
    note: t.exposeString('excluded_note', { nullable: true, description: 'The staff member\'s note.' }),
    excludedBy: t.exposeString('excluded_by', { nullable: true, description: 'Who (`KIND:id`).' }),
    excludedAt: t.field({ type: 'DateTime', description: 'When.', resolve: (r) => r.excluded_at! }),
  }),
});

builder.objectFields(AttributionType, (t) => ({
  exclusion: t.field({
    type: ExclusionType,
    nullable: true,
    description: 'The staff exclusion from commission; null: none.',
    resolve: (r) => (r.excluded_reason === null ? null : r),
  }),
}));

const SetExclusionInput = builder.inputType('SetAffiliatePlayerExclusionInput', {
  description: 'Excludes an attributed player from affiliate commission, or clears the exclusion.',
  fields: (t) => ({
    playerId: t.id({ required: true, description: 'The Player ID (attributed to an affiliate).' }),
    reason: t.field({ type: ExclusionReasonEnum, description: 'Why; null clears the exclusion.' }),
    note: t.string({ description: 'A note, 1 to 2000 characters.' }),
  }),
});
const SetExclusionPayload = builder.objectRef<{ attribution: AttributionRow }>('SetAffiliatePlayerExclusionPayload').implement({
  description: 'The attribution as it now is.',
  fields: (t) => ({ attribution: t.field({ type: AttributionType, description: 'The attribution, with its exclusion.', resolve: (p) => p.attribution }) }),
});

builder.mutationFields((t) => ({
  setAffiliatePlayerExclusion: t.field({
    type: SetExclusionPayload,
    description: 'Excludes an attributed player from CPA (a duplicate account, fraud), or clears it (reason null); audited on the affiliate.',
    authScopes: { permission: 'affiliates:manage' },
    errors: { types: [ValidationError, InvalidIdError, NotFoundError, ...TENANT_ERRORS] },
    args: { input: t.arg({ type: SetExclusionInput, required: true, description: 'The player and the exclusion.' }) },
    resolve: async (_root, { input }, ctx) => ({
      attribution: await setPlayerExclusion(ctx, localIdOf(String(input.playerId), 'Player', ['input', 'playerId']), { reason: input.reason ?? null, note: input.note }),
    }),
  }),
}));
