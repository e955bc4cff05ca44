import { randomUUID } from 'node:crypto';
import type { Sdk, TestServer } from './server.js';
import { bearer, expectType, localId, PASSWORD, type TestTenant } from './world.js';

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
