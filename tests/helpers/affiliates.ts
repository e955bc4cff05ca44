import { randomUUID } from 'node:crypto';
import type { Sdk, TestServer } from './server.js';
import { bearer, expectType, localId, PASSWORD, type TestTenant } from './world.js';
import { waitFor } from './payments.js';

/** An affiliate made by the tenant's admin, with one tracking link `<code>-link`. */
export interface Partner {
  id: string;
  code: string;
  linkCode: string;
}

export async function partner(tenant: TestTenant, code: string, options: { landingUrl?: string; parentId?: string } = {}): Promise<Partner> {
  const input = { code, name: code, email: `${code}@aff.test`, ...(options.parentId ? { parentAffiliateId: options.parentId } : {}) };
  const affiliate = expectType((await tenant.admin.sdk.CreateAffiliate({ input })).createAffiliate, 'CreateAffiliatePayload').affiliate;
  const linkCode = `${code}-link`;
  const landingUrl = options.landingUrl ?? '/welcome?lang=en';
  expectType((await tenant.admin.sdk.CreateAffiliateLink({ input: { affiliateId: affiliate.id, code: linkCode, landingUrl } })).createAffiliateLink, 'CreateAffiliateLinkPayload');
  return { id: affiliate.id, code, linkCode };
}

/** A request to the click endpoint, not following the redirect. */
export function click(server: TestServer, slug: string, linkCode: string, userAgent = 'test-agent/1.0'): Promise<Response> {
  return fetch(`${server.url}/affiliates/${encodeURIComponent(slug)}/click/${encodeURIComponent(linkCode)}`, { redirect: 'manual', headers: { 'user-agent': userAgent } });
}

/** Clicks the link and answers the click ID the landing page would keep. */
export async function clickId(server: TestServer, slug: string, linkCode: string): Promise<string> {
  const answer = await click(server, slug, linkCode);
  const id = answer.status === 302 ? new URL(answer.headers.get('location')!).searchParams.get('aff_click') : null;
  if (!id) throw new Error(`the click endpoint answered ${answer.status} without a click ID`);
  return id;
}

/** Registers a player through the public API with the tracking the frontend kept. */
async function registration(tenant: TestTenant, tracking: { clickId?: string; affiliateCode?: string } | null) {
  const { registerPlayer } = await tenant.public.RegisterPlayer({
    input: { email: `p-${randomUUID().slice(0, 8)}@player.test`, password: PASSWORD, displayName: 'Player', ...(tracking ? { tracking } : {}) },
  });
  return expectType(registerPlayer, 'RegisterPlayerPayload');
}

/** The registered player (GraphQL). */
export async function registerTracked(tenant: TestTenant, tracking: { clickId?: string; affiliateCode?: string } | null) {
  return (await registration(tenant, tracking)).player;
}

/** A tracked registration, signed in: the player's local id and SDK (deposits, wallet). */
export async function trackedPlayer(server: TestServer, tenant: TestTenant, tracking: { clickId?: string; affiliateCode?: string } | null): Promise<{ id: string; sdk: Sdk }> {
  const registered = await registration(tenant, tracking);
  return { id: localId(registered.player.id), sdk: server.sdk(bearer(registered.tokens.accessToken)) };
}

/** The emails the development sender logs, captured from the server's log (start the server with `logStream`). */
export function emailCapture() {
  const emails: { to: string; subject: string; text: string }[] = [];
  const logStream = {
    write: (line: string) => {
      const email = (JSON.parse(line) as { email?: { to: string; subject: string; text: string } }).email;
      if (email) emails.push(email);
    },
  };
  return { emails, logStream, env: { EMAIL_SENDER: 'development', EMAIL_DELIVERY_INTERVAL_MS: '100', AFFILIATE_PASSWORD_URL: 'https://partners.casino.test/{tenant}/set-password' } };
}

export const AFFILIATE_PASSWORD = 'affiliate-secret-passphrase';

/** The token of the invitation's link (its last path segment), from the captured emails. */
export async function invitationToken(emails: readonly { to: string; text: string }[], email: string, before: number): Promise<string> {
  const message = await waitFor(async () => emails.filter((e) => e.to === email).slice(before)[0], 8000);
  const link = /https?:\/\/\S+/.exec(message.text)![0];
  return new URL(link).pathname.split('/').at(-1)!;
}

/** Staff invite the affiliate, the affiliate sets its password with the emailed token and signs in. */
export async function onboard(server: TestServer, tenant: TestTenant, emails: readonly { to: string; text: string }[], affiliate: { id: string; email: string }) {
  const sent = emails.filter((e) => e.to === affiliate.email).length;
  expectType((await tenant.admin.sdk.InviteAffiliate({ input: { affiliateId: affiliate.id } })).inviteAffiliate, 'InviteAffiliatePayload');
  const token = await invitationToken(emails, affiliate.email, sent);
  const reset = await tenant.public.ResetPassword({ input: { token, newPassword: AFFILIATE_PASSWORD } });
  if (expectType(reset.resetPassword, 'ResetPasswordPayload').accountKind !== 'AFFILIATE') throw new Error('the invitation did not set an affiliate password');
  const signedIn = expectType((await tenant.public.AffiliateSignIn({ input: { email: affiliate.email, password: AFFILIATE_PASSWORD } })).affiliateSignIn, 'AffiliateSignInPayload');
  return { sdk: server.sdk(bearer(signedIn.tokens.accessToken)), refreshToken: signedIn.tokens.refreshToken, affiliate: signedIn.affiliate };
}
