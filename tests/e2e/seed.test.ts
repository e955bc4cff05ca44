/**
 * The demo seed (src/seed.ts, what `npm start` runs on the embedded default): the demo tenant
 * gets its logins, a games catalogue, the sandbox payment provider and a demo player funded by
 * a sandbox deposit that completes through the webhook path; running it again changes nothing;
 * in production it is refused before anything is written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { PRODUCTION_EMAIL_ENV, startServer, type TestServer } from '../helpers/server.js';
import { ownerDb, waitFor } from '../helpers/payments.js';
import { DEMO, sandboxWebhookUrl, seedDemo, SandboxRefusedInProductionError } from '../../src/seed.js';

let server: TestServer;
let db: pg.Client;

beforeAll(async () => {
  server = await startServer();
  db = await ownerDb();
});

afterAll(async () => {
  await db?.end();
  await server?.close();
});

async function one<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T | undefined> {
  return (await db.query<T>(sql, params)).rows[0];
}

async function demoState() {
  const tenant = await one<{ id: string }>(`select id from tenant where slug = $1`, [DEMO.tenant.slug]);
  if (!tenant) return null;
  const games = await db.query<{ provider: string; name: string; category: string; enabled: boolean }>(
    `select provider, name, category, enabled from game where tenant_id = $1 order by provider, name`,
    [tenant.id],
  );
  const provider = await one<{ code: string; enabled: boolean; currencies: string[]; endpoint: string }>(
    `select code, enabled, currencies, endpoint from payment_provider where tenant_id = $1`,
    [tenant.id],
  );
  const player = await one<{ id: string }>(`select id from player where tenant_id = $1 and email = $2`, [tenant.id, DEMO.player.email]);
  const payments = await db.query<{ status: string; amount: string }>(`select status, amount::text from payment where player_id = $1`, [player?.id]);
  const cash = await one<{ balance: string }>(
    `select coalesce(sum(balance), 0)::text as balance from ledger_account where owner_type = 'PLAYER' and owner_id = $1 and currency = 'EUR' and kind = 'CASH'`,
    [player?.id],
  );
  const bonuses = await db.query<{ name: string; kind: string; status: string }>(`select name, kind, status from bonus_template where tenant_id = $1`, [tenant.id]);
  const offers = await db.query<{ name: string; placements: string[]; status: string; reward: string }>(
    `select o.name, o.placements, o.status, t.name as reward from offer o join bonus_template t on t.id = o.reward_template_id where o.tenant_id = $1`,
    [tenant.id],
  );
  const kyc = await db.query<{ code: string; enabled: boolean }>(`select code, enabled from kyc_provider where tenant_id = $1`, [tenant.id]);
  return { games: games.rows, provider, player, payments: payments.rows, cash: cash?.balance, bonuses: bonuses.rows, offers: offers.rows, kyc: kyc.rows };
}

describe('demo seed', () => {
  it('is refused in production, before anything is written', async () => {
    const production = await startServer({
      env: {
        NODE_ENV: 'production',
        ...PRODUCTION_EMAIL_ENV,
        JWT_SECRET: 'p'.repeat(40),
        AUDIT_SIGNING_KEY: Buffer.alloc(32, 'audit-prod-test').toString('base64'),
        SECRETS_ENCRYPTION_KEY: Buffer.alloc(32, 'secrets-prod-test').toString('base64'),
      },
    });
    try {
      await expect(seedDemo(production.platform.services, { url: production.url })).rejects.toBeInstanceOf(SandboxRefusedInProductionError);
      expect(await demoState()).toBeNull();
    } finally {
      await production.close();
    }
  });

  it('gives the demo tenant games, the sandbox provider and a funded demo player', async () => {
    await seedDemo(server.platform.services, { url: server.url });
    const state = (await demoState())!;
    expect(state.games).toHaveLength(DEMO.games.length);
    const providers = new Set(state.games.map((g) => g.provider));
    expect(providers.size).toBeGreaterThanOrEqual(3);
    for (const p of providers) expect(state.games.filter((g) => g.provider === p).length).toBeGreaterThanOrEqual(3);
    expect(state.games.every((g) => g.enabled)).toBe(true);
    expect(state.provider).toEqual({ code: 'sandbox', enabled: true, currencies: ['EUR', 'USD', 'TRY'], endpoint: sandboxWebhookUrl(server.url) });
    expect(state.player).toBeDefined();
    // Two staff of the tenant, so a severe risk action one asks for the other can approve.
    for (const staff of [DEMO.tenantAdmin, DEMO.riskAnalyst]) {
      const { staffLogin } = await server.sdk().StaffLogin({ input: { email: staff.email, password: staff.password, tenant: DEMO.tenant.slug } });
      expect(staffLogin.__typename).toBe('StaffLoginPayload');
    }
    // The sandbox KYC provider, so the demo's players can verify offline (and the KYC rules apply).
    expect(state.kyc).toEqual([{ code: 'sandbox', enabled: true }]);
    expect(state.bonuses).toEqual([{ name: DEMO.welcomeBonus.name, kind: 'NO_DEPOSIT', status: 'ACTIVE' }]);
    expect(state.offers).toEqual([{ name: DEMO.welcomeOffer.name, placements: ['lobby-banner'], status: 'ACTIVE', reward: DEMO.welcomeBonus.name }]);

    // The deposit completes by the sandbox's webhook, a moment later.
    const funded = await waitFor(async () => {
      const now = (await demoState())!;
      return now.cash === DEMO.funding.amount ? now : null;
    }, 15_000);
    expect(funded.payments).toEqual([{ status: 'SUCCEEDED', amount: DEMO.funding.amount }]);
  });

  it('changes nothing when run again (every start), except a new URL for the sandbox webhooks', async () => {
    const before = (await demoState())!;
    const moved = 'http://127.0.0.1:1';
    await seedDemo(server.platform.services, { url: moved });
    await seedDemo(server.platform.services, { url: server.url });
    const after = (await demoState())!;
    expect(after).toEqual(before);
    const sets = await one<{ n: string }>(`select count(*)::text as n from audit_event where action = 'payments.provider.set' and tenant_id = (select id from tenant where slug = 'demo')`);
    expect(sets?.n).toBe('3');
  });
});
