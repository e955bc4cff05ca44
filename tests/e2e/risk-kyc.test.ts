/**
 * KYC and AML, end to end (docs/risk.md "KYC"): the official Onfido SDK against a local fake of
 * Onfido's API, webhooks signed as Onfido signs them; the tenant's rules refusing withdrawals and
 * deposits with VERIFICATION_REQUIRED until the player has the level; under-age and failed
 * verifications blocking the account and opening a KYC risk case; the sandbox provider.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { expectType, globalId, newPlayer, newStaff, newTenant, platformAdmin, type TestTenant } from '../helpers/world.js';
import { graphqlError } from '../helpers/errors.js';
import { startFakeStripe, type FakeStripe } from '../helpers/fake-stripe.js';
import { onfidoSign, sendOnfidoWebhook, startFakeOnfido, type FakeOnfido, type FakeOutcome } from '../helpers/fake-onfido.js';
import { confirmedStripeDeposit, localId, ownerDb, paymentsWorld, player, type PaymentsWorld } from '../helpers/payments.js';

const ONFIDO_TOKEN = `api_sandbox.${randomBytes(16).toString('hex')}`;
const WEBHOOK_TOKEN = randomBytes(24).toString('base64url');

let server: TestServer;
let stripe: FakeStripe;
let onfido: FakeOnfido;
let platform: Sdk;
let world: PaymentsWorld;
let risk: Awaited<ReturnType<typeof newStaff>>;
let kycWebhookUrl: string;
let db: pg.Client;

type Player = Awaited<ReturnType<typeof player>>;

beforeAll(async () => {
  stripe = await startFakeStripe();
  onfido = await startFakeOnfido(ONFIDO_TOKEN);
  server = await startServer();
  platform = (await platformAdmin(server)).sdk;
  world = await paymentsWorld(server, platform, { code: 'stripe', endpoint: stripe.url, dualApprovalAbove: null });
  risk = await newStaff(server, platform, world.tenant.slug, ['RISK']);
  db = await ownerDb();
});

afterAll(async () => {
  await db?.end();
  await server?.close();
  await stripe?.close();
  await onfido?.close();
});

let keys = 0;
const withdraw = (p: Player, amount = '1000') => p.sdk.RequestWithdrawal({ input: { idempotencyKey: `kyc-wd-${Date.now()}-${keys++}`, currency: 'EUR', amount } });

async function deposit(p: Player, amount: number) {
  const made = await confirmedStripeDeposit(stripe, world.webhookUrl, p.sdk, amount);
  expect(made.answer.status).toBe(200);
}

function checkOf(verificationId: string) {
  const check = [...onfido.checks.values()].find((c) => (c.tags as string[]).includes(`verification:${localId(verificationId)}`));
  if (!check) throw new Error('no check at the fake for the verification');
  return check;
}

async function start(p: Player, level: 'BASIC' | 'FULL' | 'ENHANCED', lastName = 'Doe') {
  const started = await p.sdk.StartVerification({ input: { level, firstName: 'Jane', lastName } });
  return expectType(started.startVerification, 'StartVerificationPayload');
}

/** Starts a verification and has Onfido complete it with `outcome`, announced by a signed webhook. */
async function verify(p: Player, level: 'BASIC' | 'FULL' | 'ENHANCED', outcome: FakeOutcome = 'clear') {
  const { verification } = await start(p, level);
  const check = checkOf(verification.id);
  onfido.complete(check.id as string, outcome);
  const answer = await sendOnfidoWebhook(kycWebhookUrl, onfido.checkCompleted(check.id as string), WEBHOOK_TOKEN);
  expect(answer.status).toBe(200);
  return { verificationId: verification.id, checkId: check.id as string, answer };
}

describe('without a KYC provider', () => {
  it('applies no rule (no player could verify) and refuses to start a verification', async () => {
    const p = await player(server, world);
    await deposit(p, 5000);
    expectType((await withdraw(p)).requestWithdrawal, 'RequestWithdrawalPayload');
    expectType((await p.sdk.StartVerification({ input: { level: 'FULL', firstName: 'A', lastName: 'B' } })).startVerification, 'KycProviderNotConfiguredError');
    expect((await p.sdk.MyVerification()).myVerification!).toMatchObject({ level: 'NONE', pending: null, requirements: [] });
  });
});

describe('KYC provider settings', () => {
  it('a player may not configure one; RISK staff set Onfido (credentials never shown, audited)', async () => {
    const p = await player(server, world);
    const refused = await graphqlError(p.sdk.SetKycProvider({ input: { adapter: 'ONFIDO', apiToken: ONFIDO_TOKEN, webhookToken: WEBHOOK_TOKEN } }));
    expect(refused.code).toBe('FORBIDDEN');
    const bad = expectType((await risk.sdk.SetKycProvider({ input: { adapter: 'ONFIDO', apiToken: 'short', webhookToken: WEBHOOK_TOKEN, endpoint: 'ftp://x' } })).setKycProvider, 'ValidationError');
    expect(bad.issues.map((i) => i.path.join('.')).sort()).toEqual(['input.apiToken', 'input.endpoint']);
    const set = expectType((await risk.sdk.SetKycProvider({ input: { adapter: 'ONFIDO', apiToken: ONFIDO_TOKEN, webhookToken: WEBHOOK_TOKEN, endpoint: onfido.url } })).setKycProvider, 'SetKycProviderPayload');
    expect(set.provider).toMatchObject({ adapter: 'ONFIDO', enabled: true, endpoint: onfido.url, webhookPath: `/kyc/${world.tenant.slug}/onfido/webhook` });
    expect(JSON.stringify((await risk.sdk.KycProviders()).kycProviders)).not.toContain(ONFIDO_TOKEN);
    const { rows } = await db.query(`select credentials::text as c from kyc_provider where tenant_id = $1`, [localId(world.tenant.id)]);
    expect(rows).toHaveLength(1);
    expect(rows[0].c).not.toContain(ONFIDO_TOKEN);
    kycWebhookUrl = `${server.url}${set.provider.webhookPath}`;
    const audit = await world.tenant.admin.sdk.AuditEvents({ action: 'kyc.provider.set', first: 5 });
    expect(audit.auditEvents!.totalCount).toBe(1);
  });
});

describe('risk settings', () => {
  it('shows the defaults: FULL before a withdrawal, EUR 2,000 cumulative deposits, ENHANCED on a HIGH case, 18 years', async () => {
    const { riskSettings } = await risk.sdk.RiskSettings();
    expect(riskSettings).toEqual({
      withdrawalLevel: 'FULL',
      depositThresholds: [{ currency: 'EUR', amount: '200000' }],
      currenciesWithoutThreshold: ['USD'],
      depositLevel: 'FULL',
      flagSeverity: 'HIGH',
      flagLevel: 'ENHANCED',
      minimumAge: 18,
    });
  });

  it('refuses bad settings with precise errors and changes nothing', async () => {
    const tooYoung = expectType((await risk.sdk.UpdateRiskSettings({ input: { minimumAge: 16 } })).updateRiskSettings, 'ValidationError');
    expect(tooYoung.issues[0]!.path).toEqual(['input', 'minimumAge']);
    const foreign = expectType((await risk.sdk.UpdateRiskSettings({ input: { depositThresholds: [{ currency: 'JPY', amount: '100' }] } })).updateRiskSettings, 'ValidationError');
    expect(foreign.issues[0]!.path).toEqual(['input', 'depositThresholds', '0', 'currency']);
    const twice = expectType(
      (await risk.sdk.UpdateRiskSettings({ input: { depositThresholds: [{ currency: 'EUR', amount: '100' }, { currency: 'EUR', amount: '200' }] } })).updateRiskSettings,
      'ValidationError',
    );
    expect(twice.issues[0]!.path).toEqual(['input', 'depositThresholds', '1', 'currency']);
    const zero = await risk.sdk.UpdateRiskSettings({ input: { depositThresholds: [{ currency: 'EUR', amount: '0' }] } }).then((r) => r.updateRiskSettings, (e: Error) => e);
    if (zero instanceof Error) expect(zero.message).toMatch(/MinorUnits|amount/);
    else expect(expectType(zero, 'ValidationError').issues[0]!.path).toEqual(['input', 'depositThresholds', '0', 'amount']);
    const p = await player(server, world);
    expect((await graphqlError(p.sdk.UpdateRiskSettings({ input: { minimumAge: 21 } }))).code).toBe('FORBIDDEN');
    expect((await risk.sdk.RiskSettings()).riskSettings!.minimumAge).toBe(18);
    const { rows } = await db.query(`select count(*)::int as n from risk_settings where tenant_id = $1`, [localId(world.tenant.id)]);
    expect(rows[0].n).toBe(0);
  });

  it('changes the fields given, keeps the others, audited with before and after', async () => {
    const updated = expectType((await risk.sdk.UpdateRiskSettings({ input: { depositThresholds: [{ currency: 'EUR', amount: '200000' }, { currency: 'USD', amount: '300000' }] } })).updateRiskSettings, 'UpdateRiskSettingsPayload');
    expect(updated.settings).toMatchObject({ withdrawalLevel: 'FULL', currenciesWithoutThreshold: [], depositThresholds: [{ currency: 'EUR', amount: '200000' }, { currency: 'USD', amount: '300000' }] });
    const audit = await world.tenant.admin.sdk.AuditEvents({ action: 'risk.settings.update', targetType: 'RiskSettings', first: 5 });
    expect(audit.auditEvents!.totalCount).toBe(1);
    expect(JSON.stringify(audit.auditEvents!.edges[0]!.node)).toContain('300000');
  });
});

describe('verification through Onfido', () => {
  it('refuses a withdrawal without FULL, verifies through the SDK and the signed webhook, then lets it through', async () => {
    const p = await player(server, world);
    await deposit(p, 5000);
    const refused = expectType((await withdraw(p)).requestWithdrawal, 'VerificationRequiredError');
    expect(refused).toMatchObject({ code: 'VERIFICATION_REQUIRED', requiredLevel: 'FULL', currentLevel: 'NONE', reason: 'FIRST_WITHDRAWAL' });
    const { rows: held } = await db.query(`select count(*)::int as n from payment_withdrawal where player_id = $1`, [p.id]);
    expect(held[0].n).toBe(0);
    const before = (await p.sdk.MyVerification()).myVerification!;
    expect(before.level).toBe('NONE');
    expect(before.requirements).toEqual(
      expect.arrayContaining([
        { level: 'FULL', reason: 'FIRST_WITHDRAWAL', currency: null, threshold: null, deposited: null },
        { level: 'FULL', reason: 'DEPOSIT_THRESHOLD', currency: 'EUR', threshold: '200000', deposited: '5000' },
      ]),
    );

    // The first verification needs the names the applicant is created with.
    const nameless = expectType((await p.sdk.StartVerification({ input: { level: 'FULL' } })).startVerification, 'ValidationError');
    expect(nameless.issues[0]!.path).toEqual(['input', 'firstName']);
    const none = expectType((await p.sdk.StartVerification({ input: { level: 'NONE', firstName: 'A', lastName: 'B' } })).startVerification, 'ValidationError');
    expect(none.issues[0]!.path).toEqual(['input', 'level']);

    const started = await start(p, 'FULL');
    expect(started.sdkToken).toMatch(/^sdk-/);
    expect(started.formUri).toMatch(/^https:\/\/id\.onfido\.test\/form\//);
    expect(started.verification).toMatchObject({ status: 'PENDING', level: 'FULL', adapter: 'ONFIDO', reports: [] });
    const check = checkOf(started.verification.id);
    expect(check.report_names).toEqual(['document', 'facial_similarity_photo']);
    const applicant = onfido.applicants.get(check.applicant_id as string)!;
    expect(applicant).toMatchObject({ first_name: 'Jane', last_name: 'Doe', email: p.email });
    expect(onfido.requests.every((r) => r.authorization === `Token token=${ONFIDO_TOKEN}`)).toBe(true);
    expect((await p.sdk.MyVerification()).myVerification!.pending?.id).toBe(started.verification.id);

    onfido.complete(check.id as string, 'clear');
    const body = onfido.checkCompleted(check.id as string);

    // A bad signature: 401, nothing recorded, the verification still pending.
    const forged = await sendOnfidoWebhook(kycWebhookUrl, body, 'not-the-token');
    expect(forged.status).toBe(401);
    const tampered = await sendOnfidoWebhook(kycWebhookUrl, body.replace('complete', 'completE'), WEBHOOK_TOKEN, onfidoSign(WEBHOOK_TOKEN, body));
    expect(tampered.status).toBe(401);
    const unsigned = await fetch(kycWebhookUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(unsigned.status).toBe(401);
    // Authentic, but not an event envelope (or naming no object): 400, nothing recorded.
    for (const odd of ['not json', '{"payload":{"resource_type":"check","action":"check.completed"}}', '{"payload":{"resource_type":"check","action":"check\\u0000","object":{"id":"x"}}}']) {
      expect((await sendOnfidoWebhook(kycWebhookUrl, odd, WEBHOOK_TOKEN)).status, odd).toBe(400);
    }
    expect((await db.query(`select count(*)::int as n from kyc_webhook where event_key = $1`, [`check.completed:${check.id}`])).rows[0].n).toBe(0);
    expect((await p.sdk.MyVerification()).myVerification!.level).toBe('NONE');

    const fetchesBefore = onfido.requests.filter((r) => r.method === 'GET').length;
    const good = await sendOnfidoWebhook(kycWebhookUrl, body, WEBHOOK_TOKEN);
    expect(good).toEqual({ status: 200, body: { ok: true, outcome: 'PASSED' } });
    expect(onfido.requests.filter((r) => r.method === 'GET').map((r) => r.path)).toEqual(expect.arrayContaining([`/v3.6/checks/${check.id}`, '/v3.6/reports']));

    // A replay of the same event: acknowledged, not applied again, the provider not asked again.
    const fetches = onfido.requests.filter((r) => r.method === 'GET').length;
    expect(fetches).toBe(fetchesBefore + 2);
    const replay = await sendOnfidoWebhook(kycWebhookUrl, body, WEBHOOK_TOKEN);
    expect(replay.status).toBe(200);
    expect(String(replay.body.outcome)).toMatch(/^DUPLICATE/);
    expect(onfido.requests.filter((r) => r.method === 'GET').length).toBe(fetches);

    const after = (await p.sdk.MyVerification()).myVerification!;
    expect(after.level).toBe('FULL');
    expect(after.pending).toBeNull();
    const node = expectType((await p.sdk.KycVerificationNode({ id: started.verification.id })).node!, 'KycVerification');
    expect(node).toMatchObject({ status: 'PASSED', result: 'clear', underAge: false, decidedBy: null, decidedByProvider: true, expiresAt: null });
    expect(node.reports.map((r) => [r.name, r.result])).toEqual([['document', 'clear'], ['facial_similarity_photo', 'clear']]);
    expect(node.reports[0]!.dateOfBirth).toBe('1990-04-01');

    expectType((await withdraw(p)).requestWithdrawal, 'RequestWithdrawalPayload');
    expectType((await p.sdk.StartVerification({ input: { level: 'FULL' } })).startVerification, 'KycLevelAlreadyReachedError');

    // ENHANCED reuses the applicant (no second POST /applicants) and lasts a year.
    const applicantsBefore = onfido.applicants.size;
    const enhanced = await p.sdk.StartVerification({ input: { level: 'ENHANCED' } });
    const enhancedId = expectType(enhanced.startVerification, 'StartVerificationPayload').verification.id;
    expect(onfido.applicants.size).toBe(applicantsBefore);
    const enhancedCheck = checkOf(enhancedId);
    expect(enhancedCheck.applicant_id).toBe(check.applicant_id);
    expect(enhancedCheck.report_names).toEqual(['document', 'facial_similarity_photo', 'watchlist_enhanced', 'proof_of_address']);
    onfido.complete(enhancedCheck.id as string, 'clear');
    expect((await sendOnfidoWebhook(kycWebhookUrl, onfido.checkCompleted(enhancedCheck.id as string), WEBHOOK_TOKEN)).body.outcome).toBe('PASSED');
    const enhancedNode = expectType((await p.sdk.KycVerificationNode({ id: enhancedId })).node!, 'KycVerification');
    const days = (Date.parse(enhancedNode.expiresAt!) - Date.parse(enhancedNode.completedAt!)) / 86_400_000;
    expect(Math.round(days)).toBe(365);
    expect((await p.sdk.MyVerification()).myVerification!.level).toBe('ENHANCED');

    // Staff see it on the player; another player does not see the verification.
    const staffView = expectType((await risk.sdk.PlayerVerification({ id: globalId('Player', p.id) })).node!, 'Player');
    expect(staffView.verification.level).toBe('ENHANCED');
    const list = await risk.sdk.PlayerVerifications({ playerId: globalId('Player', p.id) });
    expect(list.playerVerifications!.totalCount).toBe(2);
    const other = await player(server, world);
    expect((await other.sdk.KycVerificationNode({ id: enhancedId })).node).toBeNull();
  });

  it('answers 502 when the provider fails, records nothing, and the retried webhook applies', async () => {
    const p = await player(server, world);
    onfido.failNext = 500;
    expectType((await p.sdk.StartVerification({ input: { level: 'BASIC', firstName: 'Jane', lastName: 'Doe' } })).startVerification, 'KycProviderFailedError');
    expect((await db.query(`select count(*)::int as n from kyc_verification where player_id = $1`, [p.id])).rows[0].n).toBe(0);
    const { verification } = await start(p, 'BASIC');
    const check = checkOf(verification.id);
    const body = onfido.checkCompleted(check.id as string);
    // Announced before the check is done: not recorded, so the retry applies.
    expect(await sendOnfidoWebhook(kycWebhookUrl, body, WEBHOOK_TOKEN)).toEqual({ status: 503, body: { error: 'CHECK_NOT_COMPLETE' } });
    onfido.complete(check.id as string, 'clear');
    onfido.failNext = 503;
    expect((await sendOnfidoWebhook(kycWebhookUrl, body, WEBHOOK_TOKEN)).status).toBe(502);
    expect((await sendOnfidoWebhook(kycWebhookUrl, body, WEBHOOK_TOKEN)).body.outcome).toBe('PASSED');
    expect((await p.sdk.MyVerification()).myVerification!.level).toBe('BASIC');
  });

  it('lets a passed ENHANCED verification lapse to FULL after its year', async () => {
    const p = await player(server, world);
    const { verificationId } = await verify(p, 'ENHANCED');
    expect((await p.sdk.MyVerification()).myVerification!.level).toBe('ENHANCED');
    await db.query(`update kyc_verification set expires_at = now() - interval '1 second' where id = $1`, [localId(verificationId)]);
    expect((await p.sdk.MyVerification()).myVerification!.level).toBe('FULL');
    // ENHANCED may be started again (the yearly re-check).
    expectType((await p.sdk.StartVerification({ input: { level: 'ENHANCED' } })).startVerification, 'StartVerificationPayload');
  });

  it('asks for a retry when the document could not be read, without blocking', async () => {
    const p = await player(server, world);
    const { answer, verificationId } = await verify(p, 'FULL', 'rejected');
    expect(answer.body.outcome).toBe('RETRY');
    const node = expectType((await p.sdk.KycVerificationNode({ id: verificationId })).node!, 'KycVerification');
    expect(node.failureReason).toContain('rejected');
    expect((await p.sdk.MyVerification()).myVerification!.level).toBe('NONE');
  });
});

describe('deposit threshold', () => {
  it('refuses the deposit that brings the cumulative deposits to EUR 2,000 without FULL, and takes it after', async () => {
    const p = await player(server, world);
    await deposit(p, 100_000);
    await deposit(p, 99_900);
    // 100,000 + 99,900 + 100 reaches EUR 2,000.00.
    const refused = expectType((await p.sdk.CreateDeposit({ input: { provider: 'STRIPE', currency: 'EUR', amount: '100' } })).createDeposit, 'VerificationRequiredError');
    expect(refused).toMatchObject({ requiredLevel: 'FULL', currentLevel: 'NONE', reason: 'DEPOSIT_THRESHOLD' });
    expect((await db.query(`select count(*)::int as n from payment where player_id = $1`, [p.id])).rows[0].n).toBe(2);
    await verify(p, 'BASIC');
    expectType((await p.sdk.CreateDeposit({ input: { provider: 'STRIPE', currency: 'EUR', amount: '100' } })).createDeposit, 'VerificationRequiredError');
    await verify(p, 'FULL');
    expectType((await p.sdk.CreateDeposit({ input: { provider: 'STRIPE', currency: 'EUR', amount: '100' } })).createDeposit, 'CreateDepositPayload');
  });

  it('counts deposits still pending: several started together cannot pass the threshold unchecked', async () => {
    const p = await player(server, world);
    for (const amount of ['100000', '99900']) expectType((await p.sdk.CreateDeposit({ input: { provider: 'STRIPE', currency: 'EUR', amount } })).createDeposit, 'CreateDepositPayload');
    const refused = expectType((await p.sdk.CreateDeposit({ input: { provider: 'STRIPE', currency: 'EUR', amount: '100' } })).createDeposit, 'VerificationRequiredError');
    expect(refused.reason).toBe('DEPOSIT_THRESHOLD');
    const threshold = (await p.sdk.MyVerification()).myVerification!.requirements.find((r) => r.reason === 'DEPOSIT_THRESHOLD');
    expect(threshold).toMatchObject({ currency: 'EUR', threshold: '200000', deposited: '199900' });
  });

  it('a deposit below the threshold needs nothing', async () => {
    const p = await player(server, world);
    await deposit(p, 100_000);
    // 100,000 + 99,999 stays below EUR 2,000.00.
    expectType((await p.sdk.CreateDeposit({ input: { provider: 'STRIPE', currency: 'EUR', amount: '99999' } })).createDeposit, 'CreateDepositPayload');
  });
});

describe('risk flags', () => {
  it('a player with an open HIGH case needs ENHANCED to withdraw; a LOW case asks nothing', async () => {
    const p = await player(server, world);
    await deposit(p, 5000);
    await verify(p, 'FULL');
    const low = await risk.sdk.OpenRiskCase({ input: { playerIds: [globalId('Player', p.id)], title: 'Odd play', severity: 'LOW', note: 'looks odd' } });
    expectType(low.openRiskCase, 'OpenRiskCasePayload');
    expectType((await withdraw(p)).requestWithdrawal, 'RequestWithdrawalPayload');
    const high = await risk.sdk.OpenRiskCase({ input: { playerIds: [globalId('Player', p.id)], title: 'Chip dumping', severity: 'HIGH', note: 'flows' } });
    expectType(high.openRiskCase, 'OpenRiskCasePayload');
    const refused = expectType((await withdraw(p)).requestWithdrawal, 'VerificationRequiredError');
    expect(refused).toMatchObject({ requiredLevel: 'ENHANCED', currentLevel: 'FULL', reason: 'RISK_FLAG' });
    expect((await p.sdk.MyVerification()).myVerification!.requirements).toEqual([{ level: 'ENHANCED', reason: 'RISK_FLAG', currency: null, threshold: null, deposited: null }]);
    await verify(p, 'ENHANCED');
    expectType((await withdraw(p)).requestWithdrawal, 'RequestWithdrawalPayload');
  });

  it('staff ask a player for a level: withdrawals wait for it (audited)', async () => {
    const p = await player(server, world);
    await deposit(p, 5000);
    await verify(p, 'FULL');
    const asked = expectType((await risk.sdk.RequestVerification({ input: { playerId: globalId('Player', p.id), level: 'ENHANCED', note: 'source of funds' } })).requestVerification, 'RequestVerificationPayload');
    expect(asked.level).toBe('ENHANCED');
    expect(expectType((await withdraw(p)).requestWithdrawal, 'VerificationRequiredError')).toMatchObject({ requiredLevel: 'ENHANCED', reason: 'RISK_FLAG' });
    const audit = await world.tenant.admin.sdk.AuditEvents({ action: 'kyc.verification.request', first: 5 });
    expect(audit.auditEvents!.totalCount).toBeGreaterThanOrEqual(1);
    expect((await graphqlError(p.sdk.RequestVerification({ input: { playerId: globalId('Player', p.id), level: 'BASIC', note: 'x' } }))).code).toBe('FORBIDDEN');
  });
});

describe('under-age and failed verifications', () => {
  it('under age: the account is blocked with the reason, a CRITICAL KYC case opened with the report, all audited', async () => {
    const p = await player(server, world);
    const { answer, verificationId } = await verify(p, 'BASIC', 'underage');
    expect(answer.body.outcome).toBe('FAILED');
    const seen = expectType((await risk.sdk.PlayerVerification({ id: globalId('Player', p.id) })).node!, 'Player');
    expect(seen.status).toBe('BLOCKED');
    const { rows } = await db.query(`select blocked_reason from player where id = $1`, [p.id]);
    expect(rows[0].blocked_reason).toContain('under age');
    const cases = (await risk.sdk.RiskCases({ playerId: globalId('Player', p.id) })).riskCases!.nodes;
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({ kind: 'KYC', severity: 'CRITICAL', status: 'OPEN' });
    expect(cases[0]!.evidence[0]!.type).toBe('KYC_RESULT');
    expect(JSON.stringify(cases[0]!.evidence[0]!.data)).toContain('"ageValidation":"consider"');
    const node = expectType((await risk.sdk.KycVerificationNode({ id: verificationId })).node!, 'KycVerification');
    expect(node).toMatchObject({ status: 'FAILED', underAge: true, result: 'consider' });
    for (const action of ['player.block', 'risk.case.open', 'kyc.verification.complete']) {
      const audit = await world.tenant.admin.sdk.AuditEvents({ action, first: 50 });
      expect(audit.auditEvents!.totalCount, action).toBeGreaterThanOrEqual(1);
    }
    // The player's sessions ended.
    expect((await graphqlError(p.sdk.MyVerification())).code).toMatch(/UNAUTHENTICATED|ACCOUNT_DISABLED|FORBIDDEN/);
  });

  it('under the tenant\'s minimum age even when the provider\'s own age check passed', async () => {
    expectType((await risk.sdk.UpdateRiskSettings({ input: { minimumAge: 21 } })).updateRiskSettings, 'UpdateRiskSettingsPayload');
    try {
      const p = await player(server, world);
      const { verificationId } = await start(p, 'BASIC').then((s) => ({ verificationId: s.verification.id }));
      const check = checkOf(verificationId);
      onfido.complete(check.id as string, 'clear');
      // A 19-year-old whose document Onfido found clear.
      const report = [...onfido.reports.values()].find((r) => r.check_id === check.id && r.name === 'document')!;
      const born = new Date();
      born.setUTCFullYear(born.getUTCFullYear() - 19);
      (report.properties as Record<string, unknown>).date_of_birth = born.toISOString().slice(0, 10);
      expect((await sendOnfidoWebhook(kycWebhookUrl, onfido.checkCompleted(check.id as string), WEBHOOK_TOKEN)).body.outcome).toBe('FAILED');
      const cases = (await risk.sdk.RiskCases({ playerId: globalId('Player', p.id) })).riskCases!.nodes;
      expect(cases[0]).toMatchObject({ kind: 'KYC', severity: 'CRITICAL' });
    } finally {
      await risk.sdk.UpdateRiskSettings({ input: { minimumAge: 18 } });
    }
  });

  it('a suspected document fails: blocked, HIGH case', async () => {
    const p = await player(server, world);
    const { answer } = await verify(p, 'FULL', 'suspected');
    expect(answer.body.outcome).toBe('FAILED');
    expect((await db.query(`select status from player where id = $1`, [p.id])).rows[0].status).toBe('BLOCKED');
    const cases = (await risk.sdk.RiskCases({ playerId: globalId('Player', p.id) })).riskCases!.nodes;
    expect(cases[0]).toMatchObject({ kind: 'KYC', severity: 'HIGH' });
  });

  it('staff decide a pending verification by hand, once', async () => {
    const p = await player(server, world);
    const { verification } = await start(p, 'FULL');
    const decided = expectType((await risk.sdk.DecideVerification({ input: { verificationId: verification.id, pass: true, note: 'passport seen in branch' } })).decideVerification, 'DecideVerificationPayload');
    expect(decided.verification).toMatchObject({ status: 'PASSED', decidedBy: { id: risk.id }, decidedByProvider: false });
    expect((await p.sdk.MyVerification()).myVerification!.level).toBe('FULL');
    const again = expectType((await risk.sdk.DecideVerification({ input: { verificationId: verification.id, pass: false, note: 'x' } })).decideVerification, 'KycVerificationNotPendingError');
    expect(again.status).toBe('PASSED');
    // The late webhook of the check changes nothing.
    const check = checkOf(verification.id);
    onfido.complete(check.id as string, 'suspected');
    expect((await sendOnfidoWebhook(kycWebhookUrl, onfido.checkCompleted(check.id as string), WEBHOOK_TOKEN)).body.outcome).toBe('ALREADY_PASSED');
  });
});

describe('the sandbox provider', () => {
  let tenant: TestTenant;
  let tenantRisk: Awaited<ReturnType<typeof newStaff>>;

  beforeAll(async () => {
    tenant = await newTenant(server, platform);
    tenantRisk = await newStaff(server, platform, tenant.slug, ['RISK']);
    expectType((await tenantRisk.sdk.SetKycProvider({ input: { adapter: 'SANDBOX', apiToken: 'sandbox-token', webhookToken: 'sandbox-webhook' } })).setKycProvider, 'SetKycProviderPayload');
  });

  it('decides at once by the last name: a clear pass, or under age (blocked, CRITICAL case)', async () => {
    const ok = await newPlayer(server, tenant);
    const passed = expectType((await ok.sdk.StartVerification({ input: { level: 'FULL', firstName: 'Ann', lastName: 'Smith' } })).startVerification, 'StartVerificationPayload');
    expect(passed.verification.status).toBe('PASSED');
    expect(passed.sdkToken).toMatch(/^sandbox-/);
    expect((await ok.sdk.MyVerification()).myVerification!.level).toBe('FULL');

    const young = await newPlayer(server, tenant);
    const failed = expectType((await young.sdk.StartVerification({ input: { level: 'BASIC', firstName: 'Tim', lastName: 'Underage' } })).startVerification, 'StartVerificationPayload');
    expect(failed.verification).toMatchObject({ status: 'FAILED', underAge: true });
    const cases = (await tenantRisk.sdk.RiskCases({ playerId: young.player.id })).riskCases!.nodes;
    expect(cases[0]).toMatchObject({ kind: 'KYC', severity: 'CRITICAL' });
    expect((await graphqlError(young.sdk.MyVerification())).code).toMatch(/UNAUTHENTICATED|ACCOUNT_DISABLED|FORBIDDEN/);
  });

  it('takes no webhooks', async () => {
    const answer = await sendOnfidoWebhook(`${server.url}/kyc/${tenant.slug}/sandbox/webhook`, '{}', 'sandbox-webhook');
    expect(answer.status).toBe(401);
    expect((await sendOnfidoWebhook(`${server.url}/kyc/${tenant.slug}/onfido/webhook`, '{}', 'x')).status).toBe(404);
  });
});
