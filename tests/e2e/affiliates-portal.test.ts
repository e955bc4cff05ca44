import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { randomUUID } from 'node:crypto';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { graphqlError } from '../helpers/errors.js';
import { auditRows } from '../helpers/audit-rows.js';
import { bearer, expectType, localId, newPlayer, newTenant, platformAdmin, type TestTenant } from '../helpers/world.js';
import { confirmedStripeDeposit, ownerDb, paymentsWorld, type PaymentsWorld } from '../helpers/payments.js';
import { startFakeStripe, type FakeStripe } from '../helpers/fake-stripe.js';
import { AFFILIATE_PASSWORD, clickId, emailCapture, invitationToken as tokenFrom, onboard as onboardAffiliate, trackedPlayer } from '../helpers/affiliates.js';

/**
 * The affiliate's own portal (issue #19, docs/affiliates.md "The affiliate's portal"): invitation
 * → set password → sign-in → its own figures, built from real clicks, registrations with tracking
 * and deposits; nothing of another affiliate or tenant; no staff or player operation.
 */
let server: TestServer;
let platform: Sdk;
let owner: pg.Client;
let stripe: FakeStripe;
let world: PaymentsWorld;
let tenant: TestTenant;
const capture = emailCapture();
const emails = capture.emails;

beforeAll(async () => {
  stripe = await startFakeStripe();
  server = await startServer({ logLevel: 'info', logStream: capture.logStream, env: capture.env });
  platform = (await platformAdmin(server)).sdk;
  owner = await ownerDb();
  world = await paymentsWorld(server, platform, { code: 'stripe', endpoint: stripe.url, dualApprovalAbove: null });
  tenant = world.tenant;
});
afterAll(async () => {
  await owner?.end();
  await server?.close();
  await stripe?.close();
});

interface Partner {
  id: string;
  code: string;
  email: string;
}

async function createAffiliate(t: TestTenant, code: string, parentAffiliateId?: string): Promise<Partner> {
  const email = `${code}-${randomUUID().slice(0, 6)}@aff.test`;
  const created = await t.admin.sdk.CreateAffiliate({ input: { code, name: `Partner ${code}`, email, ...(parentAffiliateId ? { parentAffiliateId } : {}) } });
  return { id: expectType(created.createAffiliate, 'CreateAffiliatePayload').affiliate.id, code, email };
}

async function createLink(t: TestTenant, affiliateId: string, code: string): Promise<void> {
  expectType((await t.admin.sdk.CreateAffiliateLink({ input: { affiliateId, code, landingUrl: '/welcome' } })).createAffiliateLink, 'CreateAffiliateLinkPayload');
}

/** A real click of the endpoint; answers the click ID the landing page keeps. */
const click = (slug: string, linkCode: string) => clickId(server, slug, linkCode);

async function register(t: TestTenant, tracking: { clickId?: string; affiliateCode?: string }) {
  return (await trackedPlayer(server, t, tracking)).sdk;
}

/** Staff invite the affiliate, the affiliate sets its password with the emailed token and signs in. */
async function onboard(t: TestTenant, partner: Partner): Promise<{ sdk: Sdk; refreshToken: string }> {
  const onboarded = await onboardAffiliate(server, t, emails, partner);
  expect(onboarded.affiliate).toEqual({ code: partner.code, name: `Partner ${partner.code}`, status: 'ACTIVE' });
  return onboarded;
}

const today = () => new Date().toISOString().slice(0, 10);
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

describe('the affiliate portal', () => {
  let alpha: Partner;
  let beta: Partner;
  let alphaSdk: Sdk;
  let betaSdk: Sdk;

  beforeAll(async () => {
    alpha = await createAffiliate(tenant, 'alpha');
    beta = await createAffiliate(tenant, 'beta');
    await createAffiliate(tenant, 'alpha-sub', alpha.id);
    await createLink(tenant, alpha.id, 'alpha-main');
    await createLink(tenant, alpha.id, 'alpha-side');
    await createLink(tenant, beta.id, 'beta-main');

    // alpha: 3 + 1 clicks; 2 registrations by click, 1 by code; first deposits 2000 and 1500 (a second deposit of 3000 is not a first).
    const clicks = [await click(tenant.slug, 'alpha-main'), await click(tenant.slug, 'alpha-main'), await click(tenant.slug, 'alpha-main')];
    await click(tenant.slug, 'alpha-side');
    const first = await register(tenant, { clickId: clicks[0]! });
    await register(tenant, { clickId: clicks[1]! });
    const third = await register(tenant, { affiliateCode: 'alpha' });
    for (const [sdk, amount] of [[first, 2000], [first, 3000], [third, 1500]] as const) {
      expect((await confirmedStripeDeposit(stripe, world.webhookUrl, sdk, amount)).answer.status).toBe(200);
    }
    // beta: 1 click, 1 registration, a first deposit of 1000; a player of nobody deposits 4000.
    const betaPlayer = await register(tenant, { clickId: await click(tenant.slug, 'beta-main') });
    expect((await confirmedStripeDeposit(stripe, world.webhookUrl, betaPlayer, 1000)).answer.status).toBe(200);
    expect((await confirmedStripeDeposit(stripe, world.webhookUrl, (await newPlayer(server, tenant)).sdk, 4000)).answer.status).toBe(200);

    alphaSdk = (await onboard(tenant, alpha)).sdk;
    betaSdk = (await onboard(tenant, beta)).sdk;
  });

  it('shows the affiliate its code, name, status, links with click counts and its subs\' code and name', async () => {
    const myAffiliate = (await alphaSdk.MyAffiliate({ first: 10, subsFirst: 10 })).myAffiliate!;
    expect(myAffiliate).toMatchObject({ code: 'alpha', name: 'Partner alpha', status: 'ACTIVE' });
    expect(myAffiliate.links.totalCount).toBe(2);
    expect(myAffiliate.links.nodes.map((l) => [l.code, l.clickCount, l.clickPath])).toEqual([
      ['alpha-side', 1, `/affiliates/${tenant.slug}/click/alpha-side`],
      ['alpha-main', 3, `/affiliates/${tenant.slug}/click/alpha-main`],
    ]);
    expect(myAffiliate.subAffiliates).toEqual({ totalCount: 1, nodes: [{ code: 'alpha-sub', name: 'Partner alpha-sub' }] });

    const viewer = await alphaSdk.Viewer();
    expect(viewer.viewer).toMatchObject({ kind: 'AFFILIATE', roles: [], permissions: [] });
  });

  it('counts clicks, registrations and first-time depositors per day and month, first deposits per currency', async () => {
    const byDay = (await alphaSdk.MyAffiliateFunnel({ from: daysAgo(2), to: today(), granularity: 'DAY' })).myAffiliate!.funnel;
    expect(byDay).toMatchObject({ from: daysAgo(2), to: today(), granularity: 'DAY' });
    expect(byDay.buckets).toEqual([
      { start: daysAgo(2), clicks: 0, registrations: 0, firstDepositors: 0, firstDeposits: [] },
      { start: daysAgo(1), clicks: 0, registrations: 0, firstDepositors: 0, firstDeposits: [] },
      { start: today(), clicks: 4, registrations: 3, firstDepositors: 2, firstDeposits: [{ amount: '3500', currency: 'EUR' }] },
    ]);
    // Per link: clicks, and registrations by a click of the link (the one by code belongs to no link).
    const quiet = [{ start: daysAgo(2), clicks: 0, registrations: 0 }, { start: daysAgo(1), clicks: 0, registrations: 0 }];
    expect(byDay.links).toEqual([
      { code: 'alpha-side', buckets: [...quiet, { start: today(), clicks: 1, registrations: 0 }] },
      { code: 'alpha-main', buckets: [...quiet, { start: today(), clicks: 3, registrations: 2 }] },
    ]);

    const from = daysAgo(40);
    const byMonth = (await alphaSdk.MyAffiliateFunnel({ from, to: today(), granularity: 'MONTH' })).myAffiliate!.funnel;
    const thisMonth = `${today().slice(0, 7)}-01`;
    const starts = byMonth.buckets.map((b) => b.start);
    expect(starts[0]).toBe(from);
    expect(starts.at(-1)).toBe(thisMonth < from ? from : thisMonth);
    expect(byMonth.buckets.slice(0, -1).every((b) => b.clicks === 0 && b.registrations === 0 && b.firstDepositors === 0)).toBe(true);
    expect(byMonth.buckets.at(-1)).toMatchObject({ clicks: 4, registrations: 3, firstDepositors: 2, firstDeposits: [{ amount: '3500', currency: 'EUR' }] });

    // Another affiliate of the tenant sees its own figures only.
    const beta = (await betaSdk.MyAffiliateFunnel({ from: today(), to: today(), granularity: 'DAY' })).myAffiliate!.funnel;
    expect(beta.buckets).toEqual([{ start: today(), clicks: 1, registrations: 1, firstDepositors: 1, firstDeposits: [{ amount: '1000', currency: 'EUR' }] }]);
    expect(beta.links).toEqual([{ code: 'beta-main', buckets: [{ start: today(), clicks: 1, registrations: 1 }] }]);
  });

  it('refuses a range over 366 days or backwards', async () => {
    for (const [from, to] of [[daysAgo(366), today()], [today(), daysAgo(1)]] as const) {
      expect((await graphqlError(alphaSdk.MyAffiliateFunnel({ from, to, granularity: 'DAY' }))).code, `${from}..${to}`).toBe('VALIDATION_FAILED');
    }
    expect((await alphaSdk.MyAffiliateFunnel({ from: daysAgo(365), to: today(), granularity: 'MONTH' })).myAffiliate!.funnel.to).toBe(today());
  });

  it('gives an affiliate no staff, player or other affiliate\'s operation, and no one else the portal', async () => {
    expect((await graphqlError(alphaSdk.Affiliates({}))).code).toBe('FORBIDDEN');
    expect((await graphqlError(alphaSdk.Affiliate({ id: beta.id }))).code).toBe('FORBIDDEN');
    expect((await graphqlError(alphaSdk.Wallet())).code).toBe('FORBIDDEN');
    expect((await graphqlError(alphaSdk.InviteAffiliate({ input: { affiliateId: beta.id } }))).code).toBe('FORBIDDEN');
    // Another affiliate's objects by global ID: nothing.
    expect((await alphaSdk.Node({ id: beta.id })).node).toBeNull();

    expect((await graphqlError(tenant.admin.sdk.MyAffiliate({}))).code).toBe('FORBIDDEN');
    const player = await newPlayer(server, tenant);
    expect((await graphqlError(player.sdk.MyAffiliate({}))).code).toBe('FORBIDDEN');
    // Nor a player by global ID.
    expect((await alphaSdk.Node({ id: player.player.id })).node).toBeNull();
    expect((await graphqlError(tenant.public.MyAffiliate({}))).code).toBe('UNAUTHENTICATED');
  });

  it('refuses a wrong password, an affiliate without a password, a used or expired link, with typed errors', async () => {
    const wrong = await tenant.public.AffiliateSignIn({ input: { email: alpha.email, password: 'not-the-password' } });
    expect(wrong.affiliateSignIn.__typename).toBe('InvalidCredentialsError');
    const never = await createAffiliate(tenant, 'never');
    expect((await tenant.public.AffiliateSignIn({ input: { email: never.email, password: AFFILIATE_PASSWORD } })).affiliateSignIn.__typename).toBe('InvalidCredentialsError');
    expect((await tenant.public.AffiliateSignIn({ input: { email: 'nobody@aff.test', password: AFFILIATE_PASSWORD } })).affiliateSignIn.__typename).toBe('InvalidCredentialsError');

    const sent = emails.filter((e) => e.to === never.email).length;
    expectType((await tenant.admin.sdk.InviteAffiliate({ input: { affiliateId: never.id } })).inviteAffiliate, 'InviteAffiliatePayload');
    const token = await tokenFrom(emails, never.email, sent);
    const { rows } = await owner.query<{ days: number }>(
      `select extract(epoch from expires_at - created_at)::int / 86400 as days from password_reset where subject_id = $1 and subject_kind = 'AFFILIATE'`,
      [localId(never.id)],
    );
    expect(rows).toEqual([{ days: 7 }]);
    await owner.query(`update password_reset set expires_at = now() - interval '1 second' where subject_id = $1`, [localId(never.id)]);
    expect((await tenant.public.ResetPassword({ input: { token, newPassword: AFFILIATE_PASSWORD } })).resetPassword.__typename).toBe('InvalidResetTokenError');

    // A used link does not work twice.
    const again = emails.filter((e) => e.to === never.email).length;
    expectType((await tenant.admin.sdk.InviteAffiliate({ input: { affiliateId: never.id } })).inviteAffiliate, 'InviteAffiliatePayload');
    const fresh = await tokenFrom(emails, never.email, again);
    expect(expectType((await tenant.public.ResetPassword({ input: { token: fresh, newPassword: AFFILIATE_PASSWORD } })).resetPassword, 'ResetPasswordPayload').accountKind).toBe('AFFILIATE');
    expect((await tenant.public.ResetPassword({ input: { token: fresh, newPassword: AFFILIATE_PASSWORD } })).resetPassword.__typename).toBe('InvalidResetTokenError');
    expectType((await tenant.public.AffiliateSignIn({ input: { email: never.email.toUpperCase(), password: AFFILIATE_PASSWORD } })).affiliateSignIn, 'AffiliateSignInPayload');
  });

  it('lets a SUSPENDED affiliate sign in and read; closing ends its sessions and refuses sign-in', async () => {
    const gamma = await createAffiliate(tenant, 'gamma');
    const session = await onboard(tenant, gamma);
    expectType((await tenant.admin.sdk.UpdateAffiliate({ input: { affiliateId: gamma.id, status: 'SUSPENDED' } })).updateAffiliate, 'UpdateAffiliatePayload');
    expect((await session.sdk.MyAffiliate({})).myAffiliate!.status).toBe('SUSPENDED');
    expectType((await tenant.public.AffiliateSignIn({ input: { email: gamma.email, password: AFFILIATE_PASSWORD } })).affiliateSignIn, 'AffiliateSignInPayload');

    // Refresh works while it may sign in.
    const refreshed = expectType((await server.sdk().RefreshSession({ input: { refreshToken: session.refreshToken } })).refreshSession, 'RefreshSessionPayload').tokens;
    expect((await server.sdk(bearer(refreshed.accessToken)).MyAffiliate({})).myAffiliate!.code).toBe('gamma');

    expectType((await tenant.admin.sdk.UpdateAffiliate({ input: { affiliateId: gamma.id, status: 'CLOSED' } })).updateAffiliate, 'UpdateAffiliatePayload');
    expect((await graphqlError(session.sdk.MyAffiliate({}))).code).toBe('UNAUTHENTICATED');
    expect((await server.sdk().RefreshSession({ input: { refreshToken: refreshed.refreshToken } })).refreshSession.__typename).toBe('InvalidRefreshTokenError');
    expect((await tenant.public.AffiliateSignIn({ input: { email: gamma.email, password: AFFILIATE_PASSWORD } })).affiliateSignIn.__typename).toBe('AccountDisabledError');
    const { rows } = await owner.query<{ open: number }>(`select count(*)::int as open from auth_session where subject_id = $1 and revoked_at is null`, [localId(gamma.id)]);
    expect(rows).toEqual([{ open: 0 }]);
    expect((await tenant.admin.sdk.InviteAffiliate({ input: { affiliateId: gamma.id } })).inviteAffiliate.__typename).toBe('AffiliateClosedError');
  });

  it('signs out, and audits invitations and sign-ins', async () => {
    const delta = await createAffiliate(tenant, 'delta');
    const session = await onboard(tenant, delta);
    expect((await session.sdk.Logout({ input: { allSessions: false } })).logout.sessionsEnded).toBe(1);
    expect((await graphqlError(session.sdk.MyAffiliate({}))).code).toBe('UNAUTHENTICATED');

    const rows = (await auditRows(owner, tenant.id, 'affiliate.')).filter((r) => r.target_id === localId(delta.id));
    expect(rows.map((r) => r.action)).toEqual(['affiliate.create', 'affiliate.invite', 'affiliate.signIn']);
    const { rows: actors } = await owner.query<{ actor_kind: string; actor_id: string }>(
      `select actor_kind, actor_id from audit_event where tenant_id = $1 and action = 'affiliate.signIn' and target_id = $2`,
      [localId(tenant.id), localId(delta.id)],
    );
    expect(actors).toEqual([{ actor_kind: 'AFFILIATE', actor_id: localId(delta.id) }]);
    // Staff read it through the API with its actor kind.
    const listed = (await tenant.admin.sdk.AuditEvents({ action: 'affiliate.signIn', targetId: delta.id })).auditEvents!.edges.map((e) => e.node);
    expect(listed.map((e) => [e.actorKind, e.actor, e.target?.id])).toEqual([['AFFILIATE', { __typename: 'AuditSystemActor', kind: 'AFFILIATE', job: null }, delta.id]]);
    const { rows: reset } = await owner.query<{ action: string }>(`select action from audit_event where tenant_id = $1 and target_type = 'Affiliate' and target_id = $2 and action = 'password.reset'`, [
      localId(tenant.id),
      localId(delta.id),
    ]);
    expect(reset).toHaveLength(1);
  });
});

describe('tenancy', () => {
  it('an affiliate of tenant A sees nothing of tenant B, and cannot sign in to B', async () => {
    const other = await newTenant(server, platform);
    const theirs = await createAffiliate(other, 'alpha');
    await createLink(other, theirs.id, 'theirs-main');
    await register(other, { clickId: await click(other.slug, 'theirs-main') });

    const ours = await createAffiliate(tenant, 'omega');
    const session = await onboard(tenant, ours);
    // The principal's tenant wins over a header naming another.
    const signedIn = expectType((await tenant.public.AffiliateSignIn({ input: { email: ours.email, password: AFFILIATE_PASSWORD } })).affiliateSignIn, 'AffiliateSignInPayload');
    const crossing = server.sdk({ ...bearer(signedIn.tokens.accessToken), 'x-tenant': other.slug });
    for (const sdk of [session.sdk, crossing]) {
      const myAffiliate = (await sdk.MyAffiliate({})).myAffiliate!;
      expect(myAffiliate).toMatchObject({ code: 'omega', links: { totalCount: 0 }, subAffiliates: { totalCount: 0 } });
      const funnel = (await sdk.MyAffiliateFunnel({ from: today(), to: today(), granularity: 'DAY' })).myAffiliate!.funnel;
      expect(funnel.buckets).toEqual([{ start: today(), clicks: 0, registrations: 0, firstDepositors: 0, firstDeposits: [] }]);
      expect(funnel.links).toEqual([]);
      expect((await sdk.Node({ id: theirs.id })).node).toBeNull();
    }
    expect((await other.public.AffiliateSignIn({ input: { email: ours.email, password: AFFILIATE_PASSWORD } })).affiliateSignIn.__typename).toBe('InvalidCredentialsError');
    expect((await other.admin.sdk.InviteAffiliate({ input: { affiliateId: ours.id } })).inviteAffiliate.__typename).toBe('NotFoundError');
  });
});
