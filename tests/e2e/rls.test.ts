/**
 * Defence in depth below the ORM: speaking SQL directly as the application role, row-level
 * security alone keeps tenants apart. The rows are made through the API, so they are the
 * rows the product really writes; the tables under test are discovered from the catalogue,
 * so a future table with a tenant_id and no policy fails here.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import { appUrlFrom } from '../../src/config.js';
import { TEST_APP_PASSWORD } from '../setup/database.js';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { expectType, localId, newPlayer, newTenant, PASSWORD, platformAdmin, tenantContext } from '../helpers/world.js';
import { APPEND_ONLY_TABLES } from '../../src/db/migrate.js';
import { accrueTenant, grantMonthlyRewards } from '../../modules/vip/index.js';
import { newAggregator, sessionFor } from '../helpers/seamless.js';
import { startFakeStripe, type FakeStripe } from '../helpers/fake-stripe.js';
import { confirmedStripeDeposit, seedPayments } from '../helpers/payments.js';
import { computeDueStatements } from '../../modules/affiliates/index.js';
import { rollUpTenant } from '../../modules/kpis/index.js';
import { seedKyc } from '../helpers/kyc.js';

/** Tables that must hold rows of both tenants once the API has been used. */
const SEEDED_TABLES = [
  'player', 'player_note', 'player_tag', 'staff_user', 'api_key', 'auth_session', 'tenant_menu_override', 'tenant_menu_change', 'outbox_event', 'stream_sequence',
  'audit_event', 'audit_chain_head', 'audit_checkpoint',
  'ledger_account', 'ledger_transaction', 'ledger_entry', 'ledger_hold', 'idempotency_record',
  'wallet_approval_threshold', 'wallet_adjustment',
  'rg_state', 'rg_limit', 'rg_activity',
  'seamless_provider', 'seamless_session', 'seamless_round', 'seamless_transaction',
  'poker_table', 'poker_seat', 'poker_hand', 'poker_table_event',
  'payment_provider', 'payment_settings', 'payment', 'payment_webhook', 'payment_withdrawal', 'payment_dispute',
  'password_reset', 'email_outbox',
  'offer', 'offer_decision', 'offer_claim', 'experiment', 'experiment_arm', 'experiment_period', 'experiment_exposure', 'rg_signal',
  'vip_settings', 'vip_tier', 'vip_player', 'vip_feed_cursor', 'vip_accrual', 'vip_point_lot', 'vip_redemption', 'vip_adjustment', 'vip_check', 'vip_reward', 'vip_status_change',
  'affiliate_settings', 'affiliate', 'affiliate_link', 'affiliate_click', 'affiliate_attribution', 'affiliate_plan', 'affiliate_plan_version',
  'affiliate_statement_run', 'affiliate_statement', 'affiliate_statement_currency', 'affiliate_statement_line', 'affiliate_statement_player', 'affiliate_cpa',
  'kpi_cursor', 'kpi_day', 'kpi_month', 'kpi_active_day', 'kpi_active_month', 'kpi_player', 'kpi_reconciliation',
  'risk_case', 'risk_case_action',
  'kyc_provider', 'kyc_verification', 'kyc_webhook', 'kyc_requirement', 'risk_settings',
  'risk_pair_stats', 'collusion_cursor',
  'risk_link',
];
const RLS_VIOLATION = '42501';
/** PostgreSQL uses the same SQLSTATE for a missing privilege. */
const INSUFFICIENT_PRIVILEGE = '42501';
/** Tables the app role may only insert into. */
const APPEND_ONLY = APPEND_ONLY_TABLES;

let server: TestServer;
let stripe: FakeStripe;
let owner: pg.Client;
let app: pg.Client;
let tenantA: string;
let tenantB: string;
/** Every table of the public schema with a tenant_id column. */
let tenantTables: string[];

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}

/** A tenant whose players, staff, sessions, API keys, menu overrides, history and events exist. */
async function seedTenant(platform: Sdk): Promise<string> {
  const tenant = await newTenant(server, platform);
  const player = await newPlayer(server, tenant);
  // A password reset: a reset token and its email in the outbox.
  expectType((await tenant.public.RequestPasswordReset({ input: { email: player.email } })).requestPasswordReset, 'RequestPasswordResetPayload');
  const created = await tenant.admin.sdk.CreateApiKey({ input: { name: 'partner', permissions: ['MENU_READ', 'WALLET_POST'] } });
  const partner = server.sdk({ 'x-api-key': expectType(created.createApiKey, 'CreateApiKeyPayload').key });
  expectType((await tenant.admin.sdk.SetMenuItem({ input: { key: 'poker', enabled: true } })).setMenuItem, 'SetMenuItemPayload');
  const { rows } = await owner.query<{ id: string }>('select id from tenant where slug = $1', [tenant.slug]);
  // Money and a hold, so the ledger tables hold rows of this tenant too.
  const me = { ownerType: 'PLAYER' as const, ownerId: player.player.id, currency: 'EUR' };
  // The player's own uuid, as SQL functions and the aggregator (a game session's user) name them.
  const myUuid = localId(player.player.id);
  const deposit = await partner.PostTransfers({
    input: { idempotencyKey: `rls-${tenant.slug}`, code: 'DEPOSIT', transfers: [{ from: { ownerType: 'WORLD', currency: 'EUR' }, to: me, amount: '500' }] },
  });
  expectType(deposit.postTransfers, 'PostTransfersPayload');
  expectType((await partner.ReserveHold({ input: { idempotencyKey: `rls-hold-${tenant.slug}`, account: me, amount: '100' } })).reserveHold, 'ReserveHoldPayload');
  expectType((await tenant.admin.sdk.SetWalletApprovalThreshold({ input: { currency: 'EUR', amount: '100' } })).setWalletApprovalThreshold, 'SetWalletApprovalThresholdPayload');
  const adjustment = await tenant.admin.sdk.RequestWalletAdjustment({ input: { idempotencyKey: `rls-adj-${tenant.slug}`, account: me, amount: '5000', reason: 'seed' } });
  expectType(adjustment.requestWalletAdjustment, 'RequestWalletAdjustmentPayload');
  expectType((await tenant.admin.sdk.CreateAuditCheckpoint()).createAuditCheckpoint, 'CreateAuditCheckpointPayload');
  // Responsible gambling: a limit (state and limit rows) and play counted as the bet callback counts it.
  const limit = await player.sdk.SetResponsibleGamblingLimit({ input: { kind: 'LOSS', period: 'DAY', currency: 'EUR', amount: '1000' } });
  expectType(limit.setResponsibleGamblingLimit, 'SetResponsibleGamblingLimitPayload');
  await asApp(rows[0]!.id, async () => {
    await app.query(`select rg_record_plays($1, array[$2::text], array['EUR'], array[10::bigint], array[0::bigint])`, [rows[0]!.id, myUuid]);
    await app.query('commit');
    await app.query('begin');
  });
  // A game (a bet names one), a seamless provider, a game session, a bet (a round) and a rollback of an unknown bet (a tombstone).
  const game = await tenant.admin.sdk.AddGame({
    input: { provider: 'rls', externalRef: 'g1', name: 'RLS game', category: 'SLOTS', currencies: ['EUR'], launchUrl: 'https://games.test/?t={token}' },
  });
  expectType(game.addGame, 'AddGamePayload');
  // VIP: the programme (settings, its feed cursor) and tiers before the bet, so the bet earns points.
  expectType(
    (await tenant.admin.sdk.UpdateVipSettings({ input: { earnRates: [{ currency: 'EUR', perPoint: '1' }], cashRedemption: [{ currency: 'EUR', perPoint: '1' }] } })).updateVipSettings,
    'UpdateVipSettingsPayload',
  );
  expectType((await tenant.admin.sdk.CreateVipTier({ input: { key: 'rls-bronze', name: 'RLS Bronze', rank: 0, threshold: '0' } })).createVipTier, 'CreateVipTierPayload');
  const diamond = expectType((await tenant.admin.sdk.CreateVipTier({ input: { key: 'rls-diamond', name: 'RLS Diamond', rank: 1, threshold: '100000', highValue: true } })).createVipTier, 'CreateVipTierPayload').tier;
  const hub = await newAggregator(server, tenant);
  const token = await sessionFor(server, tenant, myUuid);
  const round = `rls-round-${tenant.slug}`;
  const bet = await hub.call('transaction/bet', { user: myUuid, token, currency: 'EUR', game_code: 'g1', transaction_uuid: `rls-bet-${tenant.slug}`, round, amount: 10_000 });
  expect(bet.answer.status).toBe('RS_OK');
  const undo = await hub.call('transaction/rollback', { user: myUuid, token, currency: 'EUR', transaction_uuid: `rls-rb-${tenant.slug}`, round, reference_transaction_uuid: 'never-sent' });
  expect(undo.answer.status).toBe('RS_OK');
  // A poker table with two players seated and a hand running (buy-ins through the escrow).
  const table = await tenant.admin.sdk.CreatePokerTable({
    input: { name: 'RLS table', variant: 'NLHE', currency: 'EUR', smallBlind: '1', bigBlind: '2', maxSeats: 2, minBuyIn: '50', maxBuyIn: '100', turnSeconds: 60 },
  });
  const tableId = expectType(table.createPokerTable, 'CreatePokerTablePayload').table.id;
  const rival = await newPlayer(server, tenant);
  const rivalAccount = { ownerType: 'PLAYER' as const, ownerId: rival.player.id, currency: 'EUR' };
  const funded = await partner.PostTransfers({
    input: { idempotencyKey: `rls-poker-${tenant.slug}`, code: 'DEPOSIT', transfers: [{ from: { ownerType: 'WORLD', currency: 'EUR' }, to: rivalAccount, amount: '100' }] },
  });
  expectType(funded.postTransfers, 'PostTransfersPayload');
  expectType((await player.sdk.SitAtPokerTable({ input: { tableId, buyIn: '50' } })).sitAtPokerTable, 'SitAtPokerTablePayload');
  expectType((await rival.sdk.SitAtPokerTable({ input: { tableId, buyIn: '50' } })).sitAtPokerTable, 'SitAtPokerTablePayload');
  // Collusion scoring: the pair's statistics and the table's scan cursor, as the scan writes them.
  const [pairA, pairB] = [myUuid, localId(rival.player.id)].sort();
  await owner.query(
    `insert into risk_pair_stats (id, tenant_id, player_a, player_b, hands, stats, score, parts) values ($1, (select id from tenant where slug = $2), $3, $4, 0, '{}', 0, '{}')`,
    [randomUUID(), tenant.slug, pairA, pairB],
  );
  await owner.query(`insert into collusion_cursor (tenant_id, table_id, last_hand_no) values ((select id from tenant where slug = $1), $2, 0)`, [tenant.slug, localId(tableId)]);
  // Payments: a provider, settings, a confirmed deposit (its webhook), a pending withdrawal, a dispute.
  const payments = await seedPayments(server, tenant, stripe);
  // The back-office on players: a note and a tag.
  expectType((await tenant.admin.sdk.AddPlayerNote({ input: { playerId: player.player.id, body: 'rls' } })).addPlayerNote, 'AddPlayerNotePayload');
  expectType((await tenant.admin.sdk.AddPlayerTags({ input: { playerId: player.player.id, tags: ['rls'] } })).addPlayerTags, 'AddPlayerTagsPayload');
  // Bonus: settings, a template and its budget (written as the owner), a claimed grant (budget use), a game's contribution.
  const tenantId = rows[0]!.id;
  const templateId = randomUUID();
  await owner.query(`insert into bonus_settings (tenant_id, jurisdiction, max_wagering_multiplier) values ($1, 'UKGC', 10)`, [tenantId]);
  await owner.query(`insert into bonus_template (id, tenant_id, name, kind, product, terms, created_by) values ($1, $2, 'RLS bonus', 'NO_DEPOSIT', 'CASINO', $3::jsonb, 'TEST')`, [
    templateId, tenantId, JSON.stringify({ kind: 'NO_DEPOSIT', currencies: { EUR: { amount: '100' } }, wagering: { multiplier: 5 }, validityHours: 24 }),
  ]);
  await owner.query(`insert into bonus_budget (id, tenant_id, template_id, currency, basis, period, total_limit) values ($1, $2, $3, 'EUR', 'FACE_VALUE', 'TOTAL', 100000)`, [randomUUID(), tenantId, templateId]);
  const claimed = await player.sdk.ClaimBonus({ input: { templateId: Buffer.from(`BonusTemplate:${templateId}`).toString('base64'), currency: 'EUR', idempotencyKey: `rls-bonus-${tenant.slug}` } });
  const grantId = localId(expectType(claimed.claimBonus, 'ClaimBonusPayload').grant.id);
  await owner.query(`insert into bonus_contribution (tenant_id, grant_id, game, staked, wagered) values ($1, $2, 'g1', 10, 10)`, [tenantId, grantId]);
  // Offers: an offer on two placements, shown and claimed on one (a decision, a claim), an A/B test
  // on the other (arms, a period, an exposure when the player asks); an RG flag on the rival (a signal).
  const rewardId = randomUUID();
  await owner.query(`insert into bonus_template (id, tenant_id, name, kind, product, terms, created_by) values ($1, $2, 'RLS offer bonus', 'NO_DEPOSIT', 'CASINO', $3::jsonb, 'TEST')`, [
    rewardId, tenantId, JSON.stringify({ kind: 'NO_DEPOSIT', currencies: { EUR: { amount: '100' } }, wagering: { multiplier: 5 }, validityHours: 24 }),
  ]);
  const admin = tenant.admin.sdk;
  const createdOffer = await admin.CreateOffer({ input: { name: 'RLS offer', rewardTemplateId: Buffer.from(`BonusTemplate:${rewardId}`).toString('base64'), placements: ['rls-page', 'rls-banner'] } });
  const offer = expectType(createdOffer.createOffer, 'CreateOfferPayload').offer;
  const shown = (await player.sdk.OffersFor({ placement: 'rls-page', currency: 'EUR' })).offersFor!;
  expectType((await player.sdk.ClaimOffer({ input: { offerId: shown.offers[0]!.id, currency: 'EUR', idempotencyKey: `rls-offer-${tenant.slug}` } })).claimOffer, 'ClaimOfferPayload');
  const experiment = await admin.CreateExperiment({
    input: { name: 'RLS test', placement: 'rls-banner', kind: 'AB', goal: 'CLAIM', arms: [{ key: 'control', name: 'None', isControl: true, weight: 0.5 }, { key: 'offer', name: 'Offer', offerId: offer.id, weight: 0.5 }] },
  });
  const experimentId = expectType(experiment.createExperiment, 'CreateExperimentPayload').experiment.id;
  expectType((await admin.StartExperiment({ input: { experimentId } })).startExperiment, 'StartExperimentPayload');
  await rival.sdk.OffersFor({ placement: 'rls-banner', currency: 'EUR' });
  expectType((await admin.FlagPlayerForResponsibleGambling({ input: { playerId: rival.player.id, reason: 'rls' } })).flagPlayerForResponsibleGambling, 'FlagPlayerForResponsibleGamblingPayload');
  // VIP: the bet's points (an accrual, a lot, the player's tier and its change), an adjustment, a check, a redemption, a monthly reward.
  for (let attempt = 0; (await owner.query('select 1 from vip_accrual where tenant_id = $1', [tenantId])).rowCount === 0; attempt++) {
    if (attempt > 500) throw new Error('the bet was never accrued');
    await accrueTenant(server.platform.services, tenantId);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  expectType((await admin.AdjustVipPoints({ input: { playerId: player.player.id, points: '5', reason: 'rls', idempotencyKey: `rls-vip-adjust-${tenant.slug}` } })).adjustVipPoints, 'AdjustVipPointsPayload');
  expectType((await admin.RecordVipCheck({ input: { playerId: player.player.id, tierId: diamond.id, kind: 'IDENTITY', evidence: 'rls' } })).recordVipCheck, 'RecordVipCheckPayload');
  expectType((await player.sdk.RedeemVipPoints({ input: { points: '1', to: 'CASH', currency: 'EUR', idempotencyKey: `rls-vip-redeem-${tenant.slug}` } })).redeemVipPoints, 'RedeemVipPointsPayload');
  await owner.query(`update vip_tier set monthly_reward_template_id = $2 where tenant_id = $1 and key = 'rls-bronze'`, [tenantId, rewardId]);
  await grantMonthlyRewards(server.platform.services, tenantId);
  // Affiliates: the settings, an affiliate and its link.
  expectType((await admin.UpdateAffiliateSettings({ input: { attributionWindowDays: 14 } })).updateAffiliateSettings, 'UpdateAffiliateSettingsPayload');
  const affiliate = expectType((await admin.CreateAffiliate({ input: { code: 'rls-aff', name: 'RLS affiliate', email: 'rls@aff.test' } })).createAffiliate, 'CreateAffiliatePayload').affiliate;
  expectType((await admin.CreateAffiliateLink({ input: { affiliateId: affiliate.id, code: 'rls-link', landingUrl: '/rls' } })).createAffiliateLink, 'CreateAffiliateLinkPayload');
  // A click on the link (the click endpoint) and a player registered with it (an attribution).
  const clicked = await fetch(`${server.url}/affiliates/${tenant.slug}/click/rls-link`, { redirect: 'manual' });
  expect(clicked.status).toBe(302);
  const clickId = new URL(clicked.headers.get('location')!, 'https://x.test').searchParams.get('aff_click')!;
  const referred = await tenant.public.RegisterPlayer({ input: { email: `rls-aff-${tenant.slug}@player.test`, password: 'correct-horse-battery', displayName: 'Referred', tracking: { clickId } } });
  expectType(referred.registerPlayer, 'RegisterPlayerPayload');
  // Affiliate plans: a plan (and its first version), assigned to the affiliate.
  const plan = expectType(
    (await admin.CreateAffiliatePlan({ input: { name: 'RLS plan', terms: { cpa: { windowDays: 30, holdDays: 0, minBets: 1, byCurrency: [{ currency: 'EUR', amount: '1000', baseline: '1000' }] }, revShare: { basis: 'NEW_PAYING_PLAYERS', playerTiers: [{ from: 0, rate: '0.25' }] }, ngr: { bonusCost: true, chargebacks: true }, negativeCarryover: false } } }))
      .createAffiliatePlan,
    'CreateAffiliatePlanPayload',
  ).plan;
  expectType((await admin.AssignAffiliatePlan({ input: { affiliateId: affiliate.id, planId: plan.id } })).assignAffiliatePlan, 'AssignAffiliatePlanPayload');
  // Affiliate statements: the referred player deposits and bets (a CPA), then the job computes this month.
  const referredSdk = server.sdk({ authorization: `Bearer ${expectType(referred.registerPlayer, 'RegisterPlayerPayload').tokens.accessToken}` });
  expect((await confirmedStripeDeposit(stripe, payments.webhookUrl, referredSdk, 2000)).answer.status).toBe(200);
  const referredId = expectType(referred.registerPlayer, 'RegisterPlayerPayload').player.id;
  const staked = await partner.PostTransfers({
    input: { idempotencyKey: `rls-aff-bet-${tenant.slug}`, code: 'BET', transfers: [{ from: { ownerType: 'PLAYER', ownerId: referredId, currency: 'EUR', kind: 'CASH' }, to: { ownerType: 'HOUSE', currency: 'EUR' }, amount: '500' }] },
  });
  expectType(staked.postTransfers, 'PostTransfersPayload');
  const today = new Date();
  const inNextMonth = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 1, 2));
  expect((await computeDueStatements(await tenantContext(server, tenant), { now: inNextMonth })).statements).toBe(1);
  // KPIs: the roll-ups of the bets and deposits above (every kpi table), and a reconciliation of today.
  for (let attempt = 0; (await owner.query('select 1 from kpi_active_month where tenant_id = $1', [tenantId])).rowCount === 0; attempt++) {
    if (attempt > 500) throw new Error('the bets were never rolled up');
    await rollUpTenant(server.platform.services, tenantId);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  expectType((await admin.ReconcileKpis({ input: { day: today.toISOString().slice(0, 10) } })).reconcileKpis, 'ReconcileKpisPayload');
  // Risk: a case and an action on it.
  const riskCase = expectType((await admin.OpenRiskCase({ input: { playerIds: [player.player.id], title: 'rls', severity: 'LOW', note: 'seed' } })).openRiskCase, 'OpenRiskCasePayload').riskCase;
  expectType((await admin.TakeRiskCaseAction({ input: { caseId: riskCase.id, playerId: player.player.id, action: 'FREEZE', note: 'seed', idempotencyKey: `rls-risk-${tenant.slug}` } })).takeRiskCaseAction, 'TakeRiskCaseActionPayload');
  // Risk: two players who signed in from one device are linked (risk_link), after they sat down together above.
  for (const who of [player, rival]) {
    const { login } = await server.sdk({ 'x-tenant': tenant.slug, 'x-device-fingerprint': `rls-device-${tenant.slug}` }).Login({ input: { email: who.email, password: PASSWORD } });
    expectType(login, 'LoginPayload');
  }
  // KYC (last: once a provider is enabled, the tenant's KYC rules apply): providers, settings, a verification, a requested level, a webhook.
  await seedKyc(server, tenant, player);
  return tenantId;
}

async function discoverTenantTables(): Promise<string[]> {
  const { rows } = await owner.query<{ table_name: string }>(
    `select c.table_name from information_schema.columns c
       join information_schema.tables t using (table_schema, table_name)
      where c.table_schema = 'public' and c.column_name = 'tenant_id' and t.table_type = 'BASE TABLE'
      order by 1`,
  );
  return rows.map((r) => r.table_name);
}

async function count(client: pg.Client, table: string, where = 'true', params: unknown[] = []): Promise<number> {
  const { rows } = await client.query<{ n: number }>(`select count(*)::int as n from ${client.escapeIdentifier(table)} where ${where}`, params);
  return rows[0]!.n;
}

/** Runs `fn` in an app-role transaction with app.tenant_id set (or not), then rolls back. */
async function asApp<T>(tenantId: string | null, fn: () => Promise<T>): Promise<T> {
  await app.query('begin');
  try {
    if (tenantId) await app.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
    return await fn();
  } finally {
    await app.query('rollback');
  }
}

/** The SQLSTATE a statement failed with. */
async function sqlState(call: Promise<unknown>): Promise<string> {
  try {
    await call;
  } catch (error) {
    if (error instanceof pg.DatabaseError) return String(error.code);
    throw error;
  }
  throw new Error('expected the statement to fail');
}

beforeAll(async () => {
  const ownerUrl = inject('databaseUrl');
  owner = await connect(ownerUrl);
  app = await connect(appUrlFrom(ownerUrl, TEST_APP_PASSWORD));
  server = await startServer();
  stripe = await startFakeStripe();
  const platform = (await platformAdmin(server)).sdk;
  tenantA = await seedTenant(platform);
  tenantB = await seedTenant(platform);
  tenantTables = await discoverTenantTables();
});
afterAll(async () => {
  await app?.end();
  await owner?.end();
  await server?.close();
  await stripe?.close();
});

describe('the application role', () => {
  it('is neither superuser nor BYPASSRLS, and owns none of the tables it uses', async () => {
    const { rows: [role] } = await app.query<{ name: string; rolsuper: boolean; rolbypassrls: boolean }>(
      `select current_user as name, rolsuper, rolbypassrls from pg_roles where rolname = current_user`,
    );
    expect(role).toEqual({ name: 'croupier_app', rolsuper: false, rolbypassrls: false });
    const { rows: tables } = await app.query<{ tablename: string; tableowner: string }>(
      `select tablename, tableowner from pg_tables where schemaname = 'public'`,
    );
    expect(tables.map((t) => t.tablename)).toEqual(expect.arrayContaining(['tenant', ...SEEDED_TABLES]));
    expect(tables.filter((t) => t.tableowner === 'croupier_app')).toEqual([]);
  });
});

describe('row-level security', () => {
  it('is on, with a tenant policy, for every table that has a tenant_id column', async () => {
    expect(tenantTables).toEqual(expect.arrayContaining(SEEDED_TABLES));
    const { rows } = await owner.query<{ relname: string; relrowsecurity: boolean; guarded: boolean; loose: boolean }>(
      `select c.relname, c.relrowsecurity,
              exists (select 1 from pg_policies p where p.tablename = c.relname and p.cmd = 'ALL'
                        and p.qual like '%app.tenant_id%' and p.with_check like '%app.tenant_id%') as guarded,
              exists (select 1 from pg_policies p where p.tablename = c.relname and p.permissive = 'PERMISSIVE'
                        and coalesce(p.qual, '') not like '%app.tenant_id%') as loose
         from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relname = any ($1::text[])`,
      [tenantTables],
    );
    expect(rows.map((r) => r.relname).sort()).toEqual(tenantTables);
    const unprotected = rows.filter((r) => !r.relrowsecurity || !r.guarded || r.loose).map((r) => r.relname);
    expect(unprotected).toEqual([]);
  });

  it('shows the app role no tenant rows when app.tenant_id is not set, though the rows exist', async () => {
    const fresh = await connect(appUrlFrom(inject('databaseUrl'), TEST_APP_PASSWORD));
    try {
      for (const table of tenantTables) {
        if (SEEDED_TABLES.includes(table)) {
          expect(await count(owner, table, 'tenant_id = $1', [tenantA]), `${table} rows of A`).toBeGreaterThan(0);
          expect(await count(owner, table, 'tenant_id = $1', [tenantB]), `${table} rows of B`).toBeGreaterThan(0);
        }
        expect(await count(fresh, table), `${table} on a fresh connection`).toBe(0);
        expect(await asApp(null, () => count(app, table)), `${table} with no tenant`).toBe(0);
      }
      await fresh.query(`select set_config('app.tenant_id', '', false)`);
      expect(await count(fresh, 'player')).toBe(0);
    } finally {
      await fresh.end();
    }
  });

  it('shows exactly A\'s rows when app.tenant_id = A', async () => {
    for (const table of tenantTables) {
      const ofA = await count(owner, table, 'tenant_id = $1', [tenantA]);
      const seen = await asApp(tenantA, async () => ({
        all: await count(app, table),
        ofB: await count(app, table, 'tenant_id = $1', [tenantB]),
      }));
      expect(seen, table).toEqual({ all: ofA, ofB: 0 });
      if (SEEDED_TABLES.includes(table)) expect(ofA, table).toBeGreaterThan(0);
    }
  });

  it('forgets the tenant when its transaction ends', async () => {
    await app.query('begin');
    await app.query(`select set_config('app.tenant_id', $1, true)`, [tenantA]);
    expect(await count(app, 'player')).toBeGreaterThan(0);
    await app.query('commit');
    expect(await count(app, 'player')).toBe(0);
  });

  it('refuses to insert a row of B while app.tenant_id = A (WITH CHECK)', async () => {
    const inserts: Array<[string, string]> = [
      ['tenant_menu_change', `insert into tenant_menu_change (id, tenant_id, item_key, action, actor_kind, actor_id)
                               values (gen_random_uuid(), $1, 'poker', 'SET', 'STAFF', 'rls-test')`],
      ['player', `insert into player (id, tenant_id, email, display_name, password_hash, locale)
                   values (gen_random_uuid(), $1, 'rls-' || gen_random_uuid() || '@x.test', 'x', 'x', 'en')`],
    ];
    for (const [table, sql] of inserts) {
      expect(await asApp(tenantA, () => sqlState(app.query(sql, [tenantB]))), table).toBe(RLS_VIOLATION);
      expect(await asApp(null, () => sqlState(app.query(sql, [tenantB]))), `${table} with no tenant`).toBe(RLS_VIOLATION);
      expect((await asApp(tenantA, () => app.query(sql, [tenantA]))).rowCount, `${table} control`).toBe(1);
    }
  });

  it('may only append to history tables: UPDATE and DELETE are refused even on its own rows', async () => {
    for (const table of APPEND_ONLY) {
      for (const sql of [`update ${table} set tenant_id = tenant_id`, `delete from ${table}`]) {
        expect(await asApp(tenantA, () => sqlState(app.query(sql))), sql).toBe(INSUFFICIENT_PRIVILEGE);
      }
    }
  });

  it('updates and deletes none of B\'s rows, and cannot move A\'s rows to B, while app.tenant_id = A', async () => {
    for (const table of tenantTables.filter((t) => !APPEND_ONLY.includes(t))) {
      const ofB = await count(owner, table, 'tenant_id = $1', [tenantB]);
      const name = app.escapeIdentifier(table);
      const changed = await asApp(tenantA, async () => ({
        updatedOfB: (await app.query(`update ${name} set tenant_id = tenant_id where tenant_id = $1`, [tenantB])).rowCount,
        deletedOfB: (await app.query(`delete from ${name} where tenant_id = $1`, [tenantB])).rowCount,
        updatedOfA: (await app.query(`update ${name} set tenant_id = tenant_id where tenant_id = $1`, [tenantA])).rowCount,
      }));
      expect(changed, table).toEqual({ updatedOfB: 0, deletedOfB: 0, updatedOfA: await count(owner, table, 'tenant_id = $1', [tenantA]) });
      const moved = asApp(tenantA, () => app.query(`update ${name} set tenant_id = $2 where tenant_id = $1`, [tenantA, tenantB]));
      expect(await sqlState(moved), `${table}: moving A's rows to B`).toBe(RLS_VIOLATION);
      expect(await count(owner, table, 'tenant_id = $1', [tenantB]), table).toBe(ofB);
    }
  });
});
