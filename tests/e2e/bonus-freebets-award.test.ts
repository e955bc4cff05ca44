import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext, tenantTx, type Context } from '../../src/context.js';
import { newId } from '../../src/ids.js';
import { grantBonus, type TermsInput } from '../../modules/bonus/index.js';
import { awardGrantFreeBets } from '../../modules/bonus/bonus.freebets.js';
import { startServer, type TestServer } from '../helpers/server.js';
import { expectType, localId, newPlayer, newTenant, platformAdmin, type TestTenant } from '../helpers/world.js';
import { startFakeHub88Operator, type FakeHub88Operator } from '../helpers/fake-hub88-operator.js';
import { templateBySql } from '../helpers/bonus-fixtures.js';

/**
 * Free bets awarded at Hub88 (its operator Freebets API, faked at the HTTP boundary with the
 * signature checked as Hub88 checks it): the grant's reward is PENDING until the job has created
 * it there, then carries Hub88's reward_uuid; a refusal marks it FAILED; no answer is retried.
 */
let server: TestServer;
let tenant: TestTenant;
let ctx: Context;
let hub88: FakeHub88Operator;
let playerId: string;
const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
const providerCode = `hub88-${randomBytes(3).toString('hex')}`;

async function freeBetsTemplate(provider: string | null): Promise<string> {
  const terms: TermsInput = {
    kind: 'FREE_BETS',
    currencies: { EUR: { freeBetStake: '20' } },
    freeBets: { count: 10, games: ['award-slot'], winsTo: 'CASH', ...(provider ? { provider, prepaidUuid: '0e6bde62-4713-4b85-b510-59f0d729d8f7' } : {}) },
    wagering: { multiplier: 0 },
    validityHours: 72,
  };
  return templateBySql(ctx, terms);
}

const grantOf = async (templateId: string) =>
  (await grantBonus(ctx, { templateId, playerId, currency: 'EUR', idempotencyKey: `fb-${newId()}`, grantedBy: 'STAFF:test' })).grant;

beforeAll(async () => {
  hub88 = await startFakeHub88Operator(keys.publicKey);
  server = await startServer({ env: { JOBS_WORK: 'false' } });
  tenant = await newTenant(server, (await platformAdmin(server)).sdk);
  const { setGameProvider } = await tenant.admin.sdk.SetGameProvider({
    input: {
      code: providerCode, dialect: 'HUB88', auth: 'HMAC_SHA256', hmacSecret: randomBytes(32).toString('base64url'), currencies: ['EUR'],
      operatorApi: { url: hub88.url, operatorRef: '7', privateKey: keys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() },
    },
  });
  const provider = expectType(setGameProvider, 'SetGameProviderPayload').provider;
  expect(provider.operatorApi).toMatchObject({ url: hub88.url, operatorRef: '7' });
  expect(JSON.stringify(provider)).not.toContain('PRIVATE KEY');
  playerId = localId((await newPlayer(server, tenant)).player.id);
  const services = server.platform.services;
  ctx = systemContext(services, await services.tenants.bySlug(services, tenant.slug));
});
afterAll(async () => {
  await server?.close();
  await hub88?.close();
});

describe('free bets awarded at Hub88', () => {
  it('enqueues the award with the grant, creates the reward signed, and keeps its reward_uuid', async () => {
    const grant = await grantOf(await freeBetsTemplate(providerCode));
    expect(grant).toMatchObject({ status: 'ACTIVE', reward_status: 'PENDING', reward_uuid: null, reward_provider: providerCode });
    const [job] = await tenantTx(ctx, (tx) => tx.em.execute<{ data: { grantId: string } }[]>(`select data from pgboss.job where name = 'bonus-freebets-award' and data->>'grantId' = ?`, [grant.id]));
    expect(job?.data.grantId).toBe(grant.id);

    expect(await awardGrantFreeBets(ctx, grant.id)).toBe('AWARDED');
    const request = hub88.requests.at(-1)!;
    expect(request.signed).toBe(true);
    expect(request.body).toMatchObject({
      user: playerId, operator_id: 7, currency: 'EUR', game_code: 'award-slot', bet_value: 20_000, bet_count: 10,
      reference: grant.id, prepaid_uuid: '0e6bde62-4713-4b85-b510-59f0d729d8f7',
    });
    expect(request.body['end_time']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
    const [row] = await tenantTx(ctx, (tx) => tx.em.execute<{ reward_uuid: string; reward_status: string }[]>(`select reward_uuid, reward_status from bonus_grant where id = ?`, [grant.id]));
    expect(row).toEqual({ reward_uuid: hub88.rewards.at(-1)!['reward_uuid'], reward_status: 'AWARDED' });
    // A second run changes nothing and calls nobody.
    const calls = hub88.requests.length;
    expect(await awardGrantFreeBets(ctx, grant.id)).toBe('SKIPPED');
    expect(hub88.requests.length).toBe(calls);
  });

  it('retries an aggregator that does not answer, and marks a refused reward FAILED', async () => {
    const unavailable = await grantOf(await freeBetsTemplate(providerCode));
    hub88.failNext.push(503);
    await expect(awardGrantFreeBets(ctx, unavailable.id)).rejects.toMatchObject({ code: 'FREE_BET_AWARD_FAILED', failure: 'UNAVAILABLE' });
    expect(await awardGrantFreeBets(ctx, unavailable.id)).toBe('AWARDED');

    const refused = await grantOf(await freeBetsTemplate(providerCode));
    hub88.failNext.push(400);
    expect(await awardGrantFreeBets(ctx, refused.id)).toBe('FAILED');
    const [row] = await tenantTx(ctx, (tx) => tx.em.execute<{ reward_status: string; reward_error: string }[]>(`select reward_status, reward_error from bonus_grant where id = ?`, [refused.id]));
    expect(row!.reward_status).toBe('FAILED');
    expect(row!.reward_error).toMatch(/^REFUSED: Hub88 refused the reward \(400\)/);
  });

  it('marks FAILED a reward whose provider cannot award, and gives a grant without a provider its own reward id', async () => {
    const unknown = await grantOf(await freeBetsTemplate('no-such-provider'));
    expect(await awardGrantFreeBets(ctx, unknown.id)).toBe('FAILED');
    const own = await grantOf(await freeBetsTemplate(null));
    expect(own.reward_status).toBeNull();
    expect(own.reward_uuid).toMatch(/^[0-9a-f-]{36}$/);
    expect(await awardGrantFreeBets(ctx, own.id)).toBe('SKIPPED');
  });
});
