import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { Context } from '../../src/context.js';
import type { TermsInput } from '../../modules/bonus/index.js';
import type { CreateOfferInput } from '../sdk.js';
import type { Sdk, TestServer } from './server.js';
import { templateBySql } from './bonus-fixtures.js';
import { bearer, expectType, globalId, localId, PASSWORD, type TestTenant } from './world.js';

/** Offers' test fixtures: reward templates, offers through the API, players with facts set behind the API's back. */

export const noDeposit = (amount = '1000', extra: Partial<TermsInput> = {}): TermsInput => ({
  kind: 'NO_DEPOSIT',
  currencies: { EUR: { amount } },
  wagering: { multiplier: 10 },
  validityHours: 24,
  ...extra,
});

/** A reward template written in SQL (its API is the bonus module's), as a global id. */
export async function rewardTemplate(ctx: Context, terms: TermsInput = noDeposit()): Promise<string> {
  return globalId('BonusTemplate', await templateBySql(ctx, terms));
}

/** An offer created through the API by `staff`; fails the test on a refusal. */
export async function offer(staff: Sdk, input: Partial<CreateOfferInput> & { rewardTemplateId: string }) {
  const created = await staff.CreateOffer({ input: { name: `offer ${randomUUID().slice(0, 8)}`, placements: ['lobby-banner'], ...input } });
  return expectType(created.createOffer, 'CreateOfferPayload').offer;
}

export interface OfferPlayer {
  id: string;
  globalId: string;
  sdk: Sdk;
  token: string;
}

let address = 10;

/** A registered player whose requests come from an address of their own (the server trusts X-Forwarded-For), so no claim shares an abuse signal. */
export async function offerPlayer(server: TestServer, tenant: TestTenant): Promise<OfferPlayer> {
  const { registerPlayer } = await tenant.public.RegisterPlayer({ input: { email: `o-${randomUUID().slice(0, 8)}@player.test`, password: PASSWORD, displayName: 'Player' } });
  const registered = expectType(registerPlayer, 'RegisterPlayerPayload');
  const token = registered.tokens.accessToken;
  const ip = `10.7.${Math.floor(address / 250)}.${(address++ % 250) + 1}`;
  return { id: localId(registered.player.id), globalId: registered.player.id, token, sdk: server.sdk({ ...bearer(token), 'x-forwarded-for': ip }) };
}

/** Player facts set as the owner: country, tags, confirmed deposits (`ago` in days each). */
export async function setFacts(db: pg.Client, tenantId: string, playerId: string, facts: { country?: string; tags?: string[]; depositsDaysAgo?: number[] }) {
  if (facts.country) await db.query(`update player set country = $1 where id = $2`, [facts.country, playerId]);
  for (const tag of facts.tags ?? []) await db.query(`insert into player_tag (tenant_id, player_id, tag) values ($1, $2, $3) on conflict do nothing`, [tenantId, playerId, tag]);
  for (const days of facts.depositsDaysAgo ?? []) {
    await db.query(
      `insert into payment (id, tenant_id, player_id, provider, currency, amount, status, confirmed_at) values ($1, $2, $3, 'STRIPE', 'EUR', 1000, 'SUCCEEDED', now() - make_interval(days => $4))`,
      [randomUUID(), tenantId, playerId, days],
    );
  }
}

/** Flags the player for responsible gambling as the owner (the RG-flag mutation belongs to another part). */
export async function rgFlag(db: pg.Client, tenantId: string, playerId: string) {
  await db.query(
    `insert into rg_state (id, tenant_id, player_id, flagged_at, flag_reason, flagged_by) values ($1, $2, $3, now(), 'test', 'TEST')
     on conflict (tenant_id, player_id) do update set flagged_at = now(), flag_reason = 'test', flagged_by = 'TEST'`,
    [randomUUID(), tenantId, playerId],
  );
}

/** The offer_decision rows of a player, oldest first, as stored. */
export async function decisionRows(db: pg.Client, tenantId: string, playerId: string) {
  const { rows } = await db.query(`select * from offer_decision where tenant_id = $1 and player_id = $2 order by created_at, id`, [tenantId, playerId]);
  return rows as Record<string, unknown>[];
}
