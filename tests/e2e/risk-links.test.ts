import { randomUUID } from 'node:crypto';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '../../src/context.js';
import { RiskCaseUpdatedDocument, type RiskCaseUpdatedSubscription } from '../sdk.js';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { bearer, expectType, localId, newStaff, PASSWORD, platformAdmin, tenantContext } from '../helpers/world.js';
import { confirmedStripeDeposit, paymentsWorld, setAdyenProvider, ADYEN_HMAC_KEY, STRIPE_SECRET, type PaymentsWorld } from '../helpers/payments.js';
import { sendStripeWebhook, startFakeStripe, type FakeStripe } from '../helpers/fake-stripe.js';
import { adyenNotification, cardData, pspRef, sendAdyenWebhook, startFakeAdyen, type FakeAdyen } from '../helpers/fake-adyen.js';
import { templateBySql } from '../helpers/bonus-fixtures.js';
import { offer } from '../helpers/offers.js';
import { collect, settle } from '../helpers/subscriptions.js';
import { playerGlobalId } from '../helpers/wallet.js';
import { ADYEN_MERCHANT } from '../helpers/payments.js';

/**
 * The linked-accounts graph end to end (docs/risk.md "Multi-accounting"): sightings at
 * registration, login and confirmed deposits; links and their cases; claims held; GLI-19 seats.
 */
let server: TestServer;
let stripe: FakeStripe;
let adyen: FakeAdyen;
let world: PaymentsWorld;
let risk: { sdk: Sdk; token: string };
let ctx: Context;
let adyenWebhook: string;
let ipCounter = 0;

interface P {
  id: string;
  uuid: string;
  email: string;
  sdk: Sdk;
  token: string;
}

/** A fresh address per request unless one is given (the server trusts the loopback proxy). */
const freshIp = () => `10.${Math.floor(++ipCounter / 250)}.${ipCounter % 250}.${(Date.now() % 200) + 1}`;

function headers(device: string | null, ip: string | null): Record<string, string> {
  return { 'x-tenant': world.tenant.slug, 'x-forwarded-for': ip ?? freshIp(), ...(device ? { 'x-device-fingerprint': device } : {}) };
}

async function register(device: string | null = null, ip: string | null = null): Promise<P> {
  const email = `l-${randomUUID().slice(0, 8)}@player.test`;
  const { registerPlayer } = await server.sdk(headers(device, ip)).RegisterPlayer({ input: { email, password: PASSWORD, displayName: 'Player' } });
  const payload = expectType(registerPlayer, 'RegisterPlayerPayload');
  const token = payload.tokens.accessToken;
  return { id: payload.player.id, uuid: localId(payload.player.id), email, token, sdk: server.sdk({ ...bearer(token), 'x-forwarded-for': freshIp() }) };
}

async function login(p: P, device: string | null, ip: string | null = null): Promise<void> {
  const { login: answer } = await server.sdk(headers(device, ip)).Login({ input: { email: p.email, password: PASSWORD } });
  expectType(answer, 'LoginPayload');
}

async function linked(p: P) {
  return (await risk.sdk.LinkedAccounts({ playerId: p.id })).linkedAccounts!;
}

async function multiAccountingCases(p: P) {
  return (await risk.sdk.RiskCases({ kind: 'MULTI_ACCOUNTING', playerId: p.id })).riskCases!.nodes;
}

async function noDepositTemplate(): Promise<string> {
  const id = await templateBySql(ctx, { kind: 'NO_DEPOSIT', currencies: { EUR: { amount: '1000' } }, wagering: { multiplier: 10 }, validityHours: 24 });
  return Buffer.from(`BonusTemplate:${id}`).toString('base64');
}

async function claim(p: P, templateId: string) {
  return expectType((await p.sdk.ClaimBonus({ input: { templateId, currency: 'EUR', idempotencyKey: `c-${randomUUID()}` } })).claimBonus, 'ClaimBonusPayload').grant;
}

async function fund(p: P, amount: string) {
  const result = await world.partner.PostTransfers({
    input: { idempotencyKey: `fund-${randomUUID()}`, code: 'DEPOSIT', transfers: [{ from: { ownerType: 'WORLD', currency: 'EUR' }, to: { ownerType: 'PLAYER', ownerId: playerGlobalId(p.uuid), currency: 'EUR' }, amount }] },
  });
  expectType(result.postTransfers, 'PostTransfersPayload');
}

beforeAll(async () => {
  server = await startServer({ env: { TRUST_PROXY: 'loopback' } });
  const platform = await platformAdmin(server);
  stripe = await startFakeStripe();
  adyen = await startFakeAdyen();
  world = await paymentsWorld(server, platform.sdk, { code: 'stripe', endpoint: stripe.url, freeze: 'NEVER' });
  adyenWebhook = await setAdyenProvider(server, world.tenant, adyen.url);
  const staff = await newStaff(server, platform.sdk, world.tenant.slug, ['RISK']);
  risk = { sdk: staff.sdk, token: staff.token };
  ctx = await tenantContext(server, world.tenant);
});
afterAll(async () => {
  await server?.close();
  await stripe?.close();
  await adyen?.close();
});

describe('linked accounts by device', () => {
  it('links two players seen with one device, opens a case with the evidence (announced), and holds the second one\'s bonus claim', async () => {
    const events = collect<RiskCaseUpdatedSubscription>(server.ws({ authorization: `Bearer ${risk.token}` }), print(RiskCaseUpdatedDocument));
    await settle();
    const device = `dev-${randomUUID()}`;
    const first = await register(device);
    const second = await register();
    expect(await linked(first)).toEqual([]);
    await login(second, device);

    const links = await linked(first);
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({ player: { id: second.id }, score: 0.7, signals: [{ kind: 'DEVICE', value: device, players: 2, weight: 0.7 }] });
    const fromPlayer = (await risk.sdk.PlayerLinkedAccounts({ id: second.id })).node;
    expect(fromPlayer).toMatchObject({ linkedAccounts: [{ player: { id: first.id }, score: 0.7 }] });

    const [riskCase, ...more] = await multiAccountingCases(first);
    expect(more).toEqual([]);
    expect(riskCase).toMatchObject({ kind: 'MULTI_ACCOUNTING', severity: 'MEDIUM', status: 'OPEN', score: 0.7 });
    expect(riskCase!.players.map((p) => p.id).sort()).toEqual([first.id, second.id].sort());
    expect(riskCase!.evidence[0]).toMatchObject({ type: 'LINKED_ACCOUNTS', data: { score: 0.7, threshold: 0.6, signals: [{ kind: 'DEVICE', value: device }] } });

    const [event] = await events.waitFor(1);
    expect(event!.riskCaseUpdated).toMatchObject({ change: 'OPENED', riskCase: { id: riskCase!.id, kind: 'MULTI_ACCOUNTING' } });
    events.unsubscribe();

    // Another login from the same device adds nothing: the link's shared values did not change.
    await login(second, device);
    expect((await multiAccountingCases(first))[0]!.evidence).toHaveLength(1);

    // The claim carries no device or address of the first player: only the link holds it.
    const templateId = await noDepositTemplate();
    const held = await claim(second, templateId);
    expect(held.status).toBe('PENDING_REVIEW');
    const queued = (await risk.sdk.BonusReviewQueue({ first: 100 })).bonusReviewQueue!.nodes.find((g) => g.id === held.id)!;
    expect(queued.review!.reason).toMatch(/linked to 1 other account/);
    // A player linked to nobody (above the threshold) claims the same template at once.
    expect((await claim(await register(), templateId)).status).toBe('ACTIVE');
  });
});

describe('offers\' claims of a linked account', () => {
  it('holds the bonus of an offer claimed by a linked player (offers grant through the bonus engine)', async () => {
    const device = `dev-${randomUUID()}`;
    await register(device);
    const linkedPlayer = await register(device);
    const placement = `risk-links-${randomUUID().slice(0, 8)}`;
    await offer(world.tenant.admin.sdk, { rewardTemplateId: await noDepositTemplate(), placements: [placement] });
    const shown = (await linkedPlayer.sdk.OffersFor({ placement, currency: 'EUR' })).offersFor!;
    const claimed = (await linkedPlayer.sdk.ClaimOffer({ input: { offerId: shown.offers[0]!.id, currency: 'EUR', idempotencyKey: `o-${randomUUID()}` } })).claimOffer;
    expect(expectType(claimed, 'ClaimOfferPayload').grant).toMatchObject({ status: 'PENDING_REVIEW' });
  });
});

describe('linked accounts by payment instrument', () => {
  it('links two players who paid with one card (Stripe charge.succeeded, in either order with payment_intent.succeeded)', async () => {
    const card = `fp_${randomUUID().slice(0, 12)}`;
    const a = await register();
    const b = await register();
    // a: the PaymentIntent confirms the deposit first, then the charge names the card.
    const first = await confirmedStripeDeposit(stripe, world.webhookUrl, a.sdk, 1000);
    expect(first.answer.status).toBe(200);
    expect((await sendStripeWebhook(world.webhookUrl, stripe.event('charge.succeeded', stripe.charge({ ...first.intent, amount_received: 1000 }, card)), STRIPE_SECRET)).status).toBe(200);
    // b: the charge comes first and confirms the deposit itself.
    const deposit = expectType((await b.sdk.CreateDeposit({ input: { provider: 'STRIPE', currency: 'EUR', amount: '1500' } })).createDeposit, 'CreateDepositPayload');
    const intent = stripe.intents.get(deposit.payment.providerRef!)!;
    expect((await sendStripeWebhook(world.webhookUrl, stripe.event('charge.succeeded', stripe.charge({ ...intent, amount_received: 1500 }, card)), STRIPE_SECRET)).status).toBe(200);
    expect((await sendStripeWebhook(world.webhookUrl, stripe.event('payment_intent.succeeded', { ...intent, status: 'succeeded', amount_received: 1500 }), STRIPE_SECRET)).status).toBe(200);
    expect((await world.tenant.admin.sdk.Payment({ id: deposit.payment.id })).payment).toMatchObject({ status: 'SUCCEEDED' });
    const cash = (await b.sdk.Wallet()).wallet!.find((w) => w.currency === 'EUR')!.cash.amount;
    expect(cash).toBe('1500');

    const link = (await linked(a)).find((l) => l.player.id === b.id)!;
    expect(link.signals.find((s) => s.kind === 'INSTRUMENT')).toMatchObject({ value: `stripe:${card}`, weight: 0.9 });
    expect(link.score).toBeGreaterThanOrEqual(0.9);
    expect((await multiAccountingCases(a))[0]).toMatchObject({ severity: 'HIGH' });
  });

  it('links two players who paid with one card at Adyen (the Payment Account Reference of the AUTHORISATION)', async () => {
    const par = `PAR${randomUUID().replace(/-/g, '').slice(0, 26)}`;
    const [a, b] = [await register(), await register()];
    for (const p of [a, b]) {
      const deposit = expectType((await p.sdk.CreateDeposit({ input: { provider: 'ADYEN', currency: 'EUR', amount: '800' } })).createDeposit, 'CreateDepositPayload');
      const notification = adyenNotification(
        [{ eventCode: 'AUTHORISATION', success: true, pspReference: pspRef(), merchantReference: localId(deposit.payment.id), merchantAccountCode: ADYEN_MERCHANT, amount: { value: 800, currency: 'EUR' }, additionalData: cardData(par) }],
        ADYEN_HMAC_KEY,
      );
      expect(await sendAdyenWebhook(adyenWebhook, notification)).toEqual({ status: 200, text: '[accepted]' });
    }
    const link = (await linked(a)).find((l) => l.player.id === b.id)!;
    expect(link.signals.find((s) => s.kind === 'INSTRUMENT')).toMatchObject({ value: `adyen:par:${par}` });
  });
});

describe('addresses', () => {
  it('links players sharing only an address weakly: below the threshold, no case, no hold, discounted by the crowd', async () => {
    const ip = `172.16.${ipCounter % 250}.9`;
    const crowd: P[] = [];
    for (let i = 0; i < 5; i += 1) crowd.push(await register(null, ip));
    const links = await linked(crowd[0]!);
    expect(links).toHaveLength(4);
    for (const link of links) expect(link.score).toBeLessThan(0.6);
    // The last one scored saw five players on the address: 0.3 / 4.
    const last = links.find((l) => l.player.id === crowd[4]!.id)!;
    expect(last.signals).toEqual([{ kind: 'IP', value: ip, players: 5, weight: 0.075 }]);
    for (const p of crowd) expect(await multiAccountingCases(p)).toEqual([]);
    const strong = (await risk.sdk.RiskLinks({ first: 100 })).riskLinks!.nodes;
    expect(strong.some((l) => l.players.some((p) => p.id === crowd[0]!.id))).toBe(false);
    const all = (await risk.sdk.RiskLinks({ minScore: 0, first: 100 })).riskLinks!.nodes;
    expect(all.filter((l) => l.players.some((p) => p.id === crowd[0]!.id))).toHaveLength(4);
    expect((await claim(crowd[1]!, await noDepositTemplate())).status).toBe('ACTIVE');
  });
});

describe('riskLinks', () => {
  it('lists the tenant\'s links strongest first, page by page, above the case threshold by default', async () => {
    const seen: { id: string; score: number }[] = [];
    let after: string | null | undefined;
    do {
      const page = (await risk.sdk.RiskLinks({ minScore: 0, first: 3, ...(after ? { after } : {}) })).riskLinks!;
      seen.push(...page.nodes.map((n) => ({ id: n.id, score: n.score })));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen.length).toBeGreaterThan(6);
    expect(new Set(seen.map((n) => n.id)).size).toBe(seen.length);
    expect(seen.map((n) => n.score)).toEqual([...seen.map((n) => n.score)].sort((x, y) => y - x));
    const strong = (await risk.sdk.RiskLinks({ first: 100 })).riskLinks!;
    expect(strong.nodes.length).toBeGreaterThan(0);
    expect(strong.nodes.every((n) => n.score >= 0.6)).toBe(true);
    expect(strong.totalCount).toBe(seen.filter((n) => n.score >= 0.6).length);
  });
});

describe('GLI-19: linked accounts at one poker table', () => {
  it('refuses a seat where a linked account sits; an unlinked player sits', async () => {
    const device = `dev-${randomUUID()}`;
    const a = await register(device);
    const b = await register(device);
    const c = await register();
    for (const p of [a, b, c]) await fund(p, '5000');
    const table = expectType(
      (await world.tenant.admin.sdk.CreatePokerTable({
        input: { name: 'GLI-19', variant: 'NLHE', currency: 'EUR', smallBlind: '10', bigBlind: '20', maxSeats: 6, minBuyIn: '200', maxBuyIn: '2000', turnSeconds: 60 },
      })).createPokerTable,
      'CreatePokerTablePayload',
    ).table;
    expectType((await a.sdk.SitAtPokerTable({ input: { tableId: table.id, buyIn: '500' } })).sitAtPokerTable, 'SitAtPokerTablePayload');
    const refused = expectType((await b.sdk.SitAtPokerTable({ input: { tableId: table.id, buyIn: '500' } })).sitAtPokerTable, 'PokerSeatUnavailableError');
    expect(refused).toMatchObject({ reason: 'LINKED_ACCOUNT_SEATED', code: 'POKER_LINKED_ACCOUNT_SEATED' });
    // Nothing was bought in.
    expect((await b.sdk.Wallet()).wallet!.find((w) => w.currency === 'EUR')!.cash.amount).toBe('5000');
    expectType((await c.sdk.SitAtPokerTable({ input: { tableId: table.id, buyIn: '500' } })).sitAtPokerTable, 'SitAtPokerTablePayload');
  });
});
