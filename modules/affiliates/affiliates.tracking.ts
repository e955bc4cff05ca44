/**
 * Clicks and attribution (docs/affiliates.md "Tracking"): the click endpoint records a click in
 * one statement and answers where to redirect; a registration is attributed to the affiliate of
 * the click the frontend kept (within the tenant's window), else of the code given, else to none.
 */
import { createHmac } from 'node:crypto';
import { decodeGlobalID } from '@pothos/plugin-relay';
import { systemContext, tenantTx, type Context, type Services, type TenantTx } from '../../src/context.js';
import { globalIdOf } from '../../src/graphql/ids.js';
import { isStorableText, storableText } from '../../src/graphql/text-input.js';
import { rowsByIds } from '../../src/graphql/table-rows.js';
import { isUuid, newId } from '../../src/ids.js';
import type { PlayerRegistration } from '../../src/registration-listeners.js';
import { AFFILIATE_CODE as CODE, attributionWindowDaysInTx } from './affiliates.service.js';

/** The query parameter the click endpoint adds to the landing URL. */
export const CLICK_PARAMETER = 'aff_click';
/** Clicks are not a Node type; their ID has the global form so `tracking.clickId` is an ID like every other. */
const CLICK_TYPENAME = 'AffiliateClick';
const USER_AGENT_MAX = 256;

export type ClickAnswer = { status: 302; location: string; clickId: string } | { status: 404 };

/**
 * The key of the IP hash, derived from the JWT secret: a click row never holds the IP, and
 * without the key the hash cannot be reversed by hashing every IPv4 address.
 */
function ipHasher(services: Services): (tenantId: string, ip: string) => string {
  const key = createHmac('sha256', services.config.jwtSecret).update('affiliate-click-ip').digest();
  return (tenantId, ip) => createHmac('sha256', key).update(`${tenantId}\n${ip}`).digest('base64url');
}

/** The landing URL with the click ID added; a path lands on the tenant's first domain (relative when it has none). */
function landing(url: string, domain: string | null, clickId: string): string {
  if (url.startsWith('/')) {
    if (!domain) {
      const [path, query = ''] = url.split('?', 2) as [string, string?];
      const params = new URLSearchParams(query);
      params.set(CLICK_PARAMETER, clickId);
      return `${path}?${params.toString()}`;
    }
    url = `https://${domain}${url}`;
  }
  const target = new URL(url);
  target.searchParams.set(CLICK_PARAMETER, clickId);
  return target.toString();
}

/** The click endpoint's work for one request: records the click of an active link, or answers 404 writing nothing. */
export function clickRecorder(services: Services) {
  const hashIp = ipHasher(services);
  return async (request: { tenantSlug: string; linkCode: string; ip: string; userAgent: string | undefined }): Promise<ClickAnswer> => {
    const slug = request.tenantSlug.toLowerCase();
    if (slug.length > 100 || !isStorableText(slug) || !CODE.test(request.linkCode)) return { status: 404 };
    const tenant = await services.tenants.bySlug(services, slug);
    if (!tenant || tenant.status !== 'ACTIVE') return { status: 404 };
    const id = newId();
    const userAgent = request.userAgent ? storableText(request.userAgent.slice(0, USER_AGENT_MAX)) : null;
    const [row] = await tenantTx(systemContext(services, tenant), (tx) =>
      tx.em.execute<{ landing_url: string; domain: string | null }[]>(
        `with link as (
           select l.id, l.affiliate_id, l.landing_url from affiliate_link l
           join affiliate a on a.tenant_id = l.tenant_id and a.id = l.affiliate_id
           where l.tenant_id = ? and lower(l.code) = lower(?) and a.status = 'ACTIVE'
         ), click as (
           insert into affiliate_click (tenant_id, id, link_id, affiliate_id, ip_hash, user_agent)
           select ?, ?, link.id, link.affiliate_id, ?, ? from link
           returning id
         )
         select link.landing_url, (select domains[1] from tenant where id = ?) as domain from link, click`,
        [tx.tenantId, request.linkCode, tx.tenantId, id, hashIp(tx.tenantId, request.ip), userAgent, tx.tenantId],
      ),
    );
    if (!row) return { status: 404 };
    const clickId = globalIdOf(CLICK_TYPENAME, id);
    return { status: 302, location: landing(row.landing_url, row.domain, clickId), clickId };
  };
}

/** The click's UUID, or null for anything that is not a click ID. */
function clickUuid(clickId: string | null): string | null {
  if (!clickId) return null;
  try {
    const { typename, id } = decodeGlobalID(clickId);
    return typename === CLICK_TYPENAME && isUuid(id) ? id : null;
  } catch {
    return null;
  }
}

/**
 * The registration listener: attributes the new player by the click (if it is the tenant's,
 * within the window, and its affiliate is ACTIVE), else by the code (an ACTIVE affiliate's),
 * else not at all. One row per player (the key), in the registration's transaction.
 */
export async function attributeRegistration(_ctx: Context, tx: TenantTx, registration: PlayerRegistration): Promise<void> {
  const tracking = registration.tracking;
  if (!tracking) return;
  const clickId = clickUuid(tracking.clickId);
  const code = tracking.affiliateCode?.trim() ?? '';
  if (clickId === null && !CODE.test(code)) return;
  const windowDays = await attributionWindowDaysInTx(tx);
  if (clickId !== null) {
    const [written] = await tx.em.execute<{ player_id: string }[]>(
      `insert into affiliate_attribution (tenant_id, player_id, affiliate_id, link_id, click_id, method)
       select c.tenant_id, ?, c.affiliate_id, c.link_id, c.id, 'CLICK' from affiliate_click c
       join affiliate a on a.tenant_id = c.tenant_id and a.id = c.affiliate_id
       where c.tenant_id = ? and c.id = ? and c.created_at >= now() - make_interval(days => ?) and a.status = 'ACTIVE'
       on conflict (tenant_id, player_id) do nothing
       returning player_id`,
      [registration.playerId, tx.tenantId, clickId, windowDays],
    );
    if (written) return;
  }
  if (!CODE.test(code)) return;
  await tx.em.execute(
    `insert into affiliate_attribution (tenant_id, player_id, affiliate_id, method)
     select a.tenant_id, ?, a.id, 'CODE' from affiliate a where a.tenant_id = ? and lower(a.code) = lower(?) and a.status = 'ACTIVE'
     on conflict (tenant_id, player_id) do nothing`,
    [registration.playerId, tx.tenantId, code],
  );
}

export const ATTRIBUTION_METHODS = ['CLICK', 'CODE'] as const;
export type AttributionMethod = (typeof ATTRIBUTION_METHODS)[number];

export interface AttributionRow {
  tenant_id: string;
  player_id: string;
  affiliate_id: string;
  link_id: string | null;
  click_id: string | null;
  method: AttributionMethod;
  created_at: Date;
  /** A staff exclusion from commission (affiliates.exclusions.ts); null: none. */
  excluded_reason: 'DUPLICATE' | 'FRAUD' | null;
  excluded_note: string | null;
  excluded_by: string | null;
  excluded_at: Date | null;
}

/** Players' attributions by player id (the Player field's batch). */
export function attributionsByPlayers(ctx: Context, playerIds: readonly string[]): Promise<ReadonlyMap<string, AttributionRow>> {
  return rowsByIds<AttributionRow>(ctx, 'affiliate_attribution', 'player_id', playerIds);
}
