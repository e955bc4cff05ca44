// Affiliates, their links and settings in GraphQL (docs/affiliates.md). Thin: parse, authorize, call.
import { builder } from '../../src/builder.js';
import type { Context } from '../../src/context.js';
import { holds } from '../../src/auth/principal.js';
import { InvalidIdError, NotFoundError, ValidationError } from '../../src/errors.js';
import { errorType, TENANT_ERRORS } from '../../src/graphql/errors.js';
import { connectionOf } from '../../src/graphql/connections.js';
import { localIdOf, optionalLocalIdOf } from '../../src/graphql/ids.js';
import { loadById } from '../../src/graphql/loaders.js';
import { PlayerType } from '../identity/index.js';
import * as affiliates from './affiliates.service.js';
import { ATTRIBUTION_METHODS, attributionsByPlayers, type AttributionMethod, type AttributionRow } from './affiliates.tracking.js';
import { AFFILIATE_STATUSES, type AffiliateRow, type AffiliateStatus, type LinkRow } from './affiliates.service.js';
import {
  AffiliateClosedError,
  AffiliateCodeTakenError,
  AffiliateEmailTakenError,
  AffiliateHasSubsError,
  AffiliateLinkCodeTakenError,
  AffiliateParentIsSelfError,
  AffiliateParentIsSubError,
  AffiliateParentUnknownError,
} from './affiliates.errors.js';

const readsAffiliates = (ctx: Context) => holds(ctx.principal, 'affiliates:read') || holds(ctx.principal, 'affiliates:manage');

const loadAffiliate = (ctx: Context, id: string | null) => loadById(ctx, 'affiliate', affiliates.affiliatesByIds, id);

// ---------------------------------------------------------------- enums and errors

const STATUS_TEXTS: Record<AffiliateStatus, string> = {
  ACTIVE: 'The affiliate\'s links track clicks and its code and clicks attribute new players.',
  SUSPENDED: 'Paused: its links answer 404 and nothing new is attributed to it; it may be made ACTIVE again.',
  CLOSED: 'Final: as SUSPENDED, and the affiliate can no longer change nor get links.',
};
export const AffiliateStatusEnum = builder.enumType('AffiliateStatus', {
  description: 'Where an affiliate stands.',
  values: Object.fromEntries(AFFILIATE_STATUSES.map((s) => [s, { value: s, description: STATUS_TEXTS[s] }])) as Record<AffiliateStatus, { value: AffiliateStatus; description: string }>,
});

errorType(AffiliateCodeTakenError, 'AffiliateCodeTakenError', { code: 'AFFILIATE_CODE_TAKEN', description: 'Another affiliate of the tenant has this code (ignoring case); nothing was written.' }, (t) => ({
  affiliateCode: t.exposeString('affiliateCode', { description: 'The code asked for.' }),
}));
errorType(AffiliateEmailTakenError, 'AffiliateEmailTakenError', { code: 'AFFILIATE_EMAIL_TAKEN', description: 'Another affiliate of the tenant has this email (ignoring case); nothing was written.' });
errorType(AffiliateLinkCodeTakenError, 'AffiliateLinkCodeTakenError', { code: 'AFFILIATE_LINK_CODE_TAKEN', description: 'Another tracking link of the tenant has this code (ignoring case); nothing was written.' }, (t) => ({
  linkCode: t.exposeString('linkCode', { description: 'The code asked for.' }),
}));
errorType(AffiliateParentUnknownError, 'AffiliateParentUnknownError', { code: 'AFFILIATE_PARENT_UNKNOWN', description: 'The parent named is not an affiliate of the tenant; nothing was written.' });
errorType(AffiliateParentIsSubError, 'AffiliateParentIsSubError', { code: 'AFFILIATE_PARENT_IS_SUB', description: 'The parent named is itself a sub-affiliate (two levels only); nothing was written.' });
errorType(AffiliateHasSubsError, 'AffiliateHasSubsError', { code: 'AFFILIATE_HAS_SUBS', description: 'The affiliate has sub-affiliates, so it cannot become one (two levels only); nothing was written.' });
errorType(AffiliateParentIsSelfError, 'AffiliateParentIsSelfError', { code: 'AFFILIATE_PARENT_IS_SELF', description: 'An affiliate cannot be its own parent; nothing was written.' });
errorType(AffiliateClosedError, 'AffiliateClosedError', { code: 'AFFILIATE_CLOSED', description: 'The affiliate is closed: it can no longer change nor get links; nothing was written.' });

// ---------------------------------------------------------------- types

export const AffiliateRef = builder.objectRef<AffiliateRow>('Affiliate');
export const AffiliateLinkRef = builder.objectRef<LinkRow>('AffiliateLink');
const AffiliateConnection = connectionOf(AffiliateRef, 'Affiliate', { totalCount: true });
const AffiliateLinkConnection = connectionOf(AffiliateLinkRef, 'AffiliateLink', { totalCount: true });

builder.node(AffiliateRef, {
  description: 'A partner who brings players to the tenant through tracking links and a code. Staff with affiliates:read.',
  id: { resolve: (a) => a.id },
  loadMany: async (ids, ctx) => {
    const rows = readsAffiliates(ctx) ? await affiliates.affiliatesByIds(ctx, ids) : new Map<string, AffiliateRow>();
    return ids.map((id) => rows.get(id) ?? null);
  },
  fields: (t) => ({
    code: t.exposeString('code', { description: 'The affiliate\'s code, unique in the tenant ignoring case: players may give it at registration.' }),
    name: t.exposeString('name', { description: 'Its name.' }),
    email: t.exposeString('email', { description: 'Its email (lower case).' }),
    status: t.field({ type: AffiliateStatusEnum, description: 'Where it stands.', resolve: (a) => a.status }),
    parent: t.field({
      type: AffiliateRef,
      nullable: true,
      description: 'The affiliate it is a sub-affiliate of; null for a top-level affiliate.',
      resolve: (a, _args, ctx) => loadAffiliate(ctx, a.parent_affiliate_id),
    }),
    subAffiliates: t.connection(
      {
        type: AffiliateRef,
        description: 'Its sub-affiliates, newest first (none for a sub-affiliate).',
        resolve: (a, args, ctx) => affiliates.listAffiliates(ctx, { parentAffiliateId: a.id }, args),
      },
      AffiliateConnection,
    ),
    links: t.connection(
      { type: AffiliateLinkRef, description: 'Its tracking links, newest first.', resolve: (a, args, ctx) => affiliates.linksOf(ctx, a.id, args) },
      AffiliateLinkConnection,
    ),
    clickCount: t.int({
      description: 'Clicks recorded on its links, ever.',
      resolve: async (a, _args, ctx) => (await loadById(ctx, 'affiliateClicks', (c, ids) => affiliates.countsOf(c, 'affiliate_click', ids), a.id)) ?? 0,
    }),
    registrationCount: t.int({
      description: 'Players attributed to it, ever.',
      resolve: async (a, _args, ctx) => (await loadById(ctx, 'affiliateRegistrations', (c, ids) => affiliates.countsOf(c, 'affiliate_attribution', ids), a.id)) ?? 0,
    }),
    version: t.exposeInt('version', { description: 'Starts at 1; each change adds 1.' }),
    createdAt: t.expose('created_at', { type: 'DateTime', description: 'When it was created.' }),
    updatedAt: t.expose('updated_at', { type: 'DateTime', description: 'When it last changed.' }),
  }),
});

builder.node(AffiliateLinkRef, {
  description: 'A tracking link of an affiliate: GET /affiliates/<tenant slug>/click/<code> records a click and redirects to the landing URL. Staff with affiliates:read.',
  id: { resolve: (l) => l.id },
  loadMany: async (ids, ctx) => {
    const rows = readsAffiliates(ctx) ? await affiliates.linksByIds(ctx, ids) : new Map<string, LinkRow>();
    return ids.map((id) => rows.get(id) ?? null);
  },
  fields: (t) => ({
    code: t.exposeString('code', { description: 'The link\'s code, unique in the tenant ignoring case.' }),
    landingUrl: t.exposeString('landing_url', { description: 'Where a click lands: a path of the tenant\'s site or a URL on one of its domains.' }),
    campaign: t.exposeString('campaign', { nullable: true, description: 'A campaign label of the affiliate\'s choosing.' }),
    clickPath: t.string({
      description: 'The path of the click endpoint for this link, on the API\'s host: /affiliates/<tenant slug>/click/<code>.',
      resolve: (l, _args, ctx) => `/affiliates/${encodeURIComponent(ctx.tenant?.slug ?? '')}/click/${encodeURIComponent(l.code)}`,
    }),
    affiliate: t.field({ type: AffiliateRef, nullable: true, description: 'The affiliate it belongs to.', resolve: (l, _args, ctx) => loadAffiliate(ctx, l.affiliate_id) }),
    createdAt: t.expose('created_at', { type: 'DateTime', description: 'When it was created.' }),
  }),
});

const AffiliateSettingsType = builder.objectRef<affiliates.AffiliateSettings>('AffiliateSettings').implement({
  description: 'The tenant\'s affiliate settings.',
  fields: (t) => ({
    attributionWindowDays: t.exposeInt('attributionWindowDays', {
      description: 'A click attributes a player who registers within this many days of it (default 30); later, only the affiliate\'s code does.',
    }),
    version: t.exposeInt('version', { description: '0 while the defaults hold; each change adds 1.' }),
  }),
});

const METHOD_TEXTS: Record<AttributionMethod, string> = {
  CLICK: 'By the click the frontend kept (`tracking.clickId`), within the attribution window.',
  CODE: 'By the affiliate code given at registration (`tracking.affiliateCode`).',
};
const AttributionMethodEnum = builder.enumType('AffiliateAttributionMethod', {
  description: 'How a player was attributed to an affiliate.',
  values: Object.fromEntries(ATTRIBUTION_METHODS.map((m) => [m, { value: m, description: METHOD_TEXTS[m] }])) as Record<AttributionMethod, { value: AttributionMethod; description: string }>,
});
const loadLink = (ctx: Context, id: string | null) => loadById(ctx, 'affiliateLink', affiliates.linksByIds, id);
export const AttributionType = builder.objectRef<AttributionRow>('AffiliateAttribution').implement({
  description: 'The affiliate a player is attributed to, fixed at registration.',
  fields: (t) => ({
    affiliate: t.field({ type: AffiliateRef, nullable: true, description: 'The affiliate.', resolve: (r, _args, ctx) => loadAffiliate(ctx, r.affiliate_id) }),
    link: t.field({ type: AffiliateLinkRef, nullable: true, description: 'The link clicked (CLICK); null by CODE.', resolve: (r, _args, ctx) => loadLink(ctx, r.link_id) }),
    method: t.field({ type: AttributionMethodEnum, description: 'How.', resolve: (r) => r.method }),
    attributedAt: t.expose('created_at', { type: 'DateTime', description: 'When (the registration).' }),
  }),
});

builder.objectFields(PlayerType, (t) => ({
  affiliateAttribution: t.field({
    type: AttributionType,
    nullable: true,
    description: 'The affiliate the player is attributed to; null: none. Staff with affiliates:read.',
    authScopes: { permission: 'affiliates:read' },
    resolve: (player, _args, ctx) => loadById(ctx, 'affiliateAttribution', attributionsByPlayers, player.id),
  }),
}));

// ---------------------------------------------------------------- queries

builder.queryFields((t) => ({
  affiliates: t.connection(
    {
      type: AffiliateRef,
      description: 'The tenant\'s affiliates, newest first, filtered. Staff with affiliates:read.',
      authScopes: { permission: 'affiliates:read' },
      args: {
        status: t.arg({ type: AffiliateStatusEnum, description: 'Only affiliates in this status.' }),
        parentAffiliateId: t.arg.id({ description: 'Only the sub-affiliates of this Affiliate ID.' }),
        search: t.arg.string({ description: 'Only affiliates whose code or name starts with this text, ignoring case.' }),
      },
      resolve: (_root, args, ctx) =>
        affiliates.listAffiliates(
          ctx,
          {
            status: args.status ?? null,
            parentAffiliateId: optionalLocalIdOf(args.parentAffiliateId == null ? null : String(args.parentAffiliateId), 'Affiliate', ['parentAffiliateId']) ?? null,
            search: args.search ?? null,
          },
          args,
        ),
    },
    AffiliateConnection,
  ),
  affiliate: t.field({
    type: AffiliateRef,
    nullable: true,
    description: 'An affiliate by its ID; null when the tenant has none such. Staff with affiliates:read.',
    authScopes: { permission: 'affiliates:read' },
    args: { id: t.arg.id({ required: true, description: 'The Affiliate ID.' }) },
    resolve: (_root, args, ctx) => loadAffiliate(ctx, localIdOf(String(args.id), 'Affiliate', ['id'])),
  }),
  affiliateSettings: t.field({
    type: AffiliateSettingsType,
    description: 'The tenant\'s affiliate settings (the defaults until changed). Staff with affiliates:read.',
    authScopes: { permission: 'affiliates:read' },
    resolve: (_root, _args, ctx) => affiliates.affiliateSettings(ctx),
  }),
}));

// ---------------------------------------------------------------- inputs and payloads

const CreateAffiliateInput = builder.inputType('CreateAffiliateInput', {
  description: 'A new affiliate (ACTIVE).',
  fields: (t) => ({
    code: t.string({ required: true, description: '2-40 letters, digits, dashes or underscores, starting with a letter or digit; unique in the tenant ignoring case.' }),
    name: t.string({ required: true, description: '1 to 120 characters.' }),
    email: t.string({ required: true, description: 'The affiliate\'s email; unique in the tenant ignoring case.' }),
    parentAffiliateId: t.id({ description: 'The Affiliate ID of its parent, a top-level affiliate: the new one is its sub-affiliate.' }),
  }),
});
const UpdateAffiliateInput = builder.inputType('UpdateAffiliateInput', {
  description: 'Changes to an affiliate: absent fields stay; its code and email never change here.',
  fields: (t) => ({
    affiliateId: t.id({ required: true, description: 'The Affiliate ID.' }),
    name: t.string({ description: 'A new name.' }),
    status: t.field({ type: AffiliateStatusEnum, description: 'A new status (CLOSED is final).' }),
    parentAffiliateId: t.id({ description: 'A new parent (Affiliate ID of a top-level affiliate); null makes it top-level.' }),
  }),
});
const CreateAffiliateLinkInput = builder.inputType('CreateAffiliateLinkInput', {
  description: 'A new tracking link.',
  fields: (t) => ({
    affiliateId: t.id({ required: true, description: 'The Affiliate ID (not closed).' }),
    code: t.string({ required: true, description: '2-40 letters, digits, dashes or underscores; unique among the tenant\'s links ignoring case.' }),
    landingUrl: t.string({ required: true, description: 'Where clicks land: a path ("/welcome") or an http(s) URL on one of the tenant\'s domains.' }),
    campaign: t.string({ description: 'A campaign label, 1 to 120 characters.' }),
  }),
});
const UpdateAffiliateSettingsInput = builder.inputType('UpdateAffiliateSettingsInput', {
  description: 'The tenant\'s affiliate settings.',
  fields: (t) => ({ attributionWindowDays: t.int({ required: true, description: '1 to 365 days.' }) }),
});

const affiliatePayload = (name: string, what: string) =>
  builder.objectRef<{ affiliate: AffiliateRow }>(name).implement({
    description: what,
    fields: (t) => ({ affiliate: t.field({ type: AffiliateRef, description: 'The affiliate as it is now.', resolve: (p) => p.affiliate }) }),
  });
const CreateAffiliatePayload = affiliatePayload('CreateAffiliatePayload', 'The affiliate created.');
const UpdateAffiliatePayload = affiliatePayload('UpdateAffiliatePayload', 'The affiliate changed (or unchanged, when nothing differed).');
const CreateAffiliateLinkPayload = builder.objectRef<{ link: LinkRow }>('CreateAffiliateLinkPayload').implement({
  description: 'The link created.',
  fields: (t) => ({ link: t.field({ type: AffiliateLinkRef, description: 'The link.', resolve: (p) => p.link }) }),
});
const UpdateAffiliateSettingsPayload = builder.objectRef<{ settings: affiliates.AffiliateSettings }>('UpdateAffiliateSettingsPayload').implement({
  description: 'The affiliate settings as they now are.',
  fields: (t) => ({ settings: t.field({ type: AffiliateSettingsType, description: 'The settings.', resolve: (p) => p.settings }) }),
});

const affiliateIdOf = (id: string | number) => localIdOf(String(id), 'Affiliate', ['input', 'affiliateId']);
const parentIdOf = (id: string | number | null | undefined) =>
  id === undefined ? undefined : id === null ? null : localIdOf(String(id), 'Affiliate', ['input', 'parentAffiliateId']);

builder.mutationFields((t) => ({
  createAffiliate: t.field({
    type: CreateAffiliatePayload,
    description: 'Adds an affiliate (ACTIVE), top-level or a sub-affiliate of a top-level one; audited.',
    authScopes: { permission: 'affiliates:manage' },
    errors: { types: [ValidationError, InvalidIdError, AffiliateCodeTakenError, AffiliateEmailTakenError, AffiliateParentUnknownError, AffiliateParentIsSubError, ...TENANT_ERRORS] },
    args: { input: t.arg({ type: CreateAffiliateInput, required: true, description: 'The affiliate.' }) },
    resolve: async (_root, { input }, ctx) => ({
      affiliate: await affiliates.createAffiliate(ctx, { code: input.code, name: input.name, email: input.email, parentAffiliateId: parentIdOf(input.parentAffiliateId) ?? null }),
    }),
  }),
  updateAffiliate: t.field({
    type: UpdateAffiliatePayload,
    description: 'Changes an affiliate\'s name, status or parent (two levels only); bumps its version; audited.',
    authScopes: { permission: 'affiliates:manage' },
    errors: {
      types: [ValidationError, InvalidIdError, NotFoundError, AffiliateParentUnknownError, AffiliateParentIsSubError, AffiliateHasSubsError, AffiliateParentIsSelfError, AffiliateClosedError, ...TENANT_ERRORS],
    },
    args: { input: t.arg({ type: UpdateAffiliateInput, required: true, description: 'The affiliate and its changes.' }) },
    resolve: async (_root, { input }, ctx) => ({
      affiliate: await affiliates.updateAffiliate(ctx, affiliateIdOf(input.affiliateId), {
        name: input.name,
        status: input.status,
        parentAffiliateId: parentIdOf(input.parentAffiliateId),
      }),
    }),
  }),
  createAffiliateLink: t.field({
    type: CreateAffiliateLinkPayload,
    description: 'Adds a tracking link to an affiliate that is not closed; audited.',
    authScopes: { permission: 'affiliates:manage' },
    errors: { types: [ValidationError, InvalidIdError, NotFoundError, AffiliateClosedError, AffiliateLinkCodeTakenError, ...TENANT_ERRORS] },
    args: { input: t.arg({ type: CreateAffiliateLinkInput, required: true, description: 'The link.' }) },
    resolve: async (_root, { input }, ctx) => ({
      link: await affiliates.createLink(ctx, affiliateIdOf(input.affiliateId), { code: input.code, landingUrl: input.landingUrl, campaign: input.campaign }),
    }),
  }),
  updateAffiliateSettings: t.field({
    type: UpdateAffiliateSettingsPayload,
    description: 'Sets the tenant\'s attribution window; bumps the version; audited.',
    authScopes: { permission: 'affiliates:manage' },
    errors: { types: [ValidationError, ...TENANT_ERRORS] },
    args: { input: t.arg({ type: UpdateAffiliateSettingsInput, required: true, description: 'The settings.' }) },
    resolve: async (_root, { input }, ctx) => ({ settings: await affiliates.updateAffiliateSettings(ctx, { attributionWindowDays: input.attributionWindowDays }) }),
  }),
}));
