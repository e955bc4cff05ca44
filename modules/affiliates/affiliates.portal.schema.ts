// The affiliate's own portal in GraphQL (docs/affiliates.md "The affiliate's portal"). Thin: parse, authorize, call.
import { builder } from '../../src/builder.js';
import type { Context } from '../../src/context.js';
import { InvalidIdError, NotFoundError, ValidationError } from '../../src/errors.js';
import { TENANT_ERRORS } from '../../src/graphql/errors.js';
import { connectionOf } from '../../src/graphql/connections.js';
import { localIdOf } from '../../src/graphql/ids.js';
import { loadById } from '../../src/graphql/loaders.js';
import { money, MoneyType } from '../../src/graphql/money.js';
import { AccountDisabledError, AuthTokensType, InvalidCredentialsError, type IssuedTokens } from '../identity/index.js';
import * as affiliates from './affiliates.service.js';
import * as portal from './affiliates.portal.js';
import { FUNNEL_GRANULARITIES, type Funnel, type FunnelBucket, type FunnelGranularity, type LinkFunnel } from './affiliates.portal.js';
import type { AffiliateRow, LinkRow } from './affiliates.service.js';
import { AffiliateRef, AffiliateStatusEnum } from './affiliates.schema.js';
import { AffiliateClosedError } from './affiliates.errors.js';

// ---------------------------------------------------------------- types

/**
 * The signed-in affiliate as it sees itself. One object type, so the portal's later figures
 * (statements, NGR, commission) are fields added here.
 */
export const AffiliatePortalRef = builder.objectRef<AffiliateRow>('AffiliatePortal');
// Neither the portal nor its links carry an `id`: they are not Nodes an affiliate could fetch by ID
// (the Affiliate and AffiliateLink nodes are staff's); the affiliate and its links are named by their codes.
const AffiliatePortalLinkRef = builder.objectRef<LinkRow>('AffiliatePortalLink');
const AffiliatePortalSubAffiliateRef = builder.objectRef<AffiliateRow>('AffiliatePortalSubAffiliate');
const AffiliatePortalLinkConnection = connectionOf(AffiliatePortalLinkRef, 'AffiliatePortalLink', { totalCount: true });
const AffiliatePortalSubAffiliateConnection = connectionOf(AffiliatePortalSubAffiliateRef, 'AffiliatePortalSubAffiliate', { totalCount: true });

const GRANULARITY_TEXTS: Record<FunnelGranularity, string> = {
  DAY: 'One bucket per UTC day.',
  MONTH: 'One bucket per UTC calendar month (the first clipped to `from`, the last to `to`).',
};
const FunnelGranularityEnum = builder.enumType('AffiliateFunnelGranularity', {
  description: 'The size of a funnel\'s buckets.',
  values: Object.fromEntries(FUNNEL_GRANULARITIES.map((g) => [g, { value: g, description: GRANULARITY_TEXTS[g] }])) as Record<FunnelGranularity, { value: FunnelGranularity; description: string }>,
});

AffiliatePortalLinkRef.implement({
  description: 'One of the signed-in affiliate\'s tracking links.',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'The link\'s code, unique in the tenant: it names the link.' }),
    landingUrl: t.exposeString('landing_url', { description: 'Where a click lands.' }),
    campaign: t.exposeString('campaign', { nullable: true, description: 'Its campaign label.' }),
    clickPath: t.string({
      description: 'The path of the click endpoint for this link, on the API\'s host: /affiliates/<tenant slug>/click/<code>.',
      resolve: (l, _args, ctx) => `/affiliates/${encodeURIComponent(ctx.tenant?.slug ?? '')}/click/${encodeURIComponent(l.code)}`,
    }),
    clickCount: t.int({
      description: 'Clicks recorded on this link, ever.',
      resolve: async (l, _args, ctx) => (await loadById(ctx, 'affiliateLinkClicks', portal.clickCountsByLinks, l.id)) ?? 0,
    }),
    createdAt: t.expose('created_at', { type: 'DateTime', description: 'When it was created.' }),
  }),
});

AffiliatePortalSubAffiliateRef.implement({
  description: 'A sub-affiliate of the signed-in affiliate: its code and name only.',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'Its code.' }),
    name: t.exposeString('name', { description: 'Its name.' }),
  }),
});

const FunnelBucketRef = builder.objectRef<FunnelBucket>('AffiliateFunnelBucket').implement({
  description: 'The affiliate\'s funnel over one day or month: counts and sums only, never a player.',
  fields: (t) => ({
    start: t.field({ type: 'Date', description: 'The bucket\'s first day in range (UTC).', resolve: (b) => b.start }),
    clicks: t.exposeInt('clicks', { description: 'Clicks on the affiliate\'s links in the bucket.' }),
    registrations: t.exposeInt('registrations', { description: 'Players attributed to the affiliate (by click or code) who registered in the bucket.' }),
    firstDepositors: t.exposeInt('firstDepositors', { description: 'Players attributed to the affiliate whose first succeeded deposit was made in the bucket (whatever happened to it later).' }),
    firstDeposits: t.field({
      type: [MoneyType],
      description: 'Those first deposits summed per currency (never across currencies), by currency code.',
      resolve: (b) => [...b.firstDeposits.entries()].sort(([a], [c]) => a.localeCompare(c)).map(([currency, amount]) => money(amount, currency)),
    }),
  }),
});

const LinkFunnelBucketRef = builder.objectRef<LinkFunnel['buckets'][number]>('AffiliateLinkFunnelBucket').implement({
  description: 'One link\'s part of a funnel bucket.',
  fields: (t) => ({
    start: t.field({ type: 'Date', description: 'The bucket\'s first day in range (UTC).', resolve: (b) => b.start }),
    clicks: t.exposeInt('clicks', { description: 'Clicks on the link in the bucket.' }),
    registrations: t.exposeInt('registrations', { description: 'Players attributed by a click of the link who registered in the bucket.' }),
  }),
});
const LinkFunnelRef = builder.objectRef<LinkFunnel>('AffiliateLinkFunnel').implement({
  description: 'One link\'s clicks and registrations over the funnel\'s buckets.',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'The link\'s code.' }),
    buckets: t.field({ type: [LinkFunnelBucketRef], description: 'Every bucket of the range in order, as the funnel\'s.', resolve: (l) => l.buckets }),
  }),
});

const FunnelRef = builder.objectRef<Funnel>('AffiliateFunnel').implement({
  description: 'The affiliate\'s clicks, registrations and first-time depositors per bucket over a range of UTC days.',
  fields: (t) => ({
    from: t.field({ type: 'Date', description: 'The range\'s first day (UTC), included.', resolve: (f) => f.from }),
    to: t.field({ type: 'Date', description: 'The range\'s last day (UTC), included.', resolve: (f) => f.to }),
    granularity: t.field({ type: FunnelGranularityEnum, description: 'The buckets\' size.', resolve: (f) => f.granularity }),
    buckets: t.field({ type: [FunnelBucketRef], description: 'Every bucket of the range in order, empty ones included.', resolve: (f) => f.buckets }),
    links: t.field({
      type: [LinkFunnelRef],
      description: 'Per link with a click or a click-attributed registration in range (newest link first): its clicks and registrations per bucket. A registration by code belongs to no link; first deposits are not split by link. One statement, read only when asked for.',
      resolve: (f, _args, ctx) => portal.linkFunnelsOf(ctx, f),
    }),
  }),
});

AffiliatePortalRef.implement({
  description: 'The signed-in affiliate\'s own account and figures: aggregates only, never a player\'s data.',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'Its code: players may give it at registration.' }),
    name: t.exposeString('name', { description: 'Its name.' }),
    status: t.field({ type: AffiliateStatusEnum, description: 'Where it stands (a SUSPENDED affiliate reads its figures; its links do not track).', resolve: (a) => a.status }),
    links: t.connection(
      { type: AffiliatePortalLinkRef, description: 'Its tracking links, newest first.', resolve: (a, args, ctx) => affiliates.linksOf(ctx, a.id, args) },
      AffiliatePortalLinkConnection,
    ),
    subAffiliates: t.connection(
      {
        type: AffiliatePortalSubAffiliateRef,
        description: 'Its sub-affiliates, newest first: code and name only.',
        resolve: (a, args, ctx) => affiliates.listAffiliates(ctx, { parentAffiliateId: a.id }, args),
      },
      AffiliatePortalSubAffiliateConnection,
    ),
    funnel: t.field({
      type: FunnelRef,
      description: `Clicks, registrations and first-time depositors per day or month over the UTC days from..to (both included, at most ${portal.MAX_FUNNEL_DAYS} days; ValidationError otherwise).`,
      args: {
        from: t.arg({ type: 'Date', required: true, description: 'The first day (UTC), included.' }),
        to: t.arg({ type: 'Date', required: true, description: 'The last day (UTC), included.' }),
        granularity: t.arg({ type: FunnelGranularityEnum, required: true, description: 'DAY or MONTH buckets.' }),
      },
      resolve: (a, args, ctx) => portal.funnelOf(ctx, a.id, { from: args.from, to: args.to, granularity: args.granularity }),
    }),
  }),
});

// ---------------------------------------------------------------- queries

async function myAffiliate(ctx: Context): Promise<AffiliateRow> {
  const id = portal.myAffiliateId(ctx);
  const row = (await affiliates.affiliatesByIds(ctx, [id])).get(id);
  if (!row) throw new NotFoundError('Affiliate');
  return row;
}

builder.queryFields((t) => ({
  myAffiliate: t.field({
    type: AffiliatePortalRef,
    description: 'The signed-in affiliate\'s own account, links and funnel. Affiliates only (affiliateSignIn): anyone else is refused (FORBIDDEN).',
    authScopes: { affiliate: true },
    resolve: (_root, _args, ctx) => myAffiliate(ctx),
  }),
}));

// ---------------------------------------------------------------- mutations

const AffiliateSignInInput = builder.inputType('AffiliateSignInInput', {
  description: 'An affiliate\'s credentials, for the request\'s tenant.',
  fields: (t) => ({
    email: t.string({ required: true, description: 'The affiliate\'s email.' }),
    password: t.string({ required: true, description: 'The password it set through its invitation.' }),
  }),
});
const AffiliateSignInPayload = builder.objectRef<{ tokens: IssuedTokens; affiliate: AffiliateRow }>('AffiliateSignInPayload').implement({
  description: 'The affiliate is signed in.',
  fields: (t) => ({
    tokens: t.field({ type: AuthTokensType, description: 'The tokens of the new session.', resolve: (p) => p.tokens }),
    affiliate: t.field({ type: AffiliatePortalRef, description: 'The affiliate, as it sees itself.', resolve: (p) => p.affiliate }),
  }),
});
const InviteAffiliateInput = builder.inputType('InviteAffiliateInput', {
  description: 'Whom to invite to the affiliate portal.',
  fields: (t) => ({ affiliateId: t.id({ required: true, description: 'The affiliate (not CLOSED).' }) }),
});
const InviteAffiliatePayload = builder.objectRef<{ affiliate: AffiliateRow }>('InviteAffiliatePayload').implement({
  description: 'The invitation is on its way to the affiliate\'s email.',
  fields: (t) => ({ affiliate: t.field({ type: AffiliateRef, description: 'The affiliate invited.', resolve: (p) => p.affiliate }) }),
});

builder.mutationFields((t) => ({
  affiliateSignIn: t.field({
    type: AffiliateSignInPayload,
    description: 'Signs an affiliate in to the request\'s tenant (its portal). A CLOSED affiliate is refused (AccountDisabledError); a SUSPENDED one may sign in and read its figures. Audited.',
    authScopes: { public: true },
    errors: { types: [ValidationError, InvalidCredentialsError, AccountDisabledError, ...TENANT_ERRORS] },
    args: { input: t.arg({ type: AffiliateSignInInput, required: true, description: 'The credentials.' }) },
    resolve: (_root, { input }, ctx) => portal.affiliateSignIn(ctx, input),
  }),
  inviteAffiliate: t.field({
    type: InviteAffiliatePayload,
    description: `Emails the affiliate a link to set its portal password (works once, for ${portal.INVITATION_VALID_MINUTES / 60 / 24} days; a new invitation retires the old link; also for a forgotten password). Audited.`,
    authScopes: { permission: 'affiliates:manage' },
    errors: { types: [InvalidIdError, NotFoundError, AffiliateClosedError, ...TENANT_ERRORS] },
    args: { input: t.arg({ type: InviteAffiliateInput, required: true, description: 'The affiliate.' }) },
    resolve: async (_root, { input }, ctx) => ({
      affiliate: await portal.inviteAffiliate(ctx, localIdOf(String(input.affiliateId), 'Affiliate', ['input', 'affiliateId'])),
    }),
  }),
}));
