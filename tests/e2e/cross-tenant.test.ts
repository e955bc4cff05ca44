/**
 * The cross-tenant suite: tenant A has players, staff, an API key, menu overrides and a menu
 * history; every caller of tenant B (tenant admin, player, all-permission API key, anonymous
 * with X-Tenant: B) tries each read, write and subscription that could reach A's data.
 * Every negative is paired with a control that shows the same call does reach data, so a
 * check cannot pass merely because the call is broken.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClientError } from 'graphql-request';
import { print } from 'graphql';
import { uuidv7 } from 'uuidv7';
import { MenuUpdatedDocument, type MenuUpdatedSubscription, type Permission } from '../../codegen/sdk.js';
import { RealityCheckDocument, type RealityCheckSubscription } from '../../codegen/sdk.js';
import { TableEventsDocument } from '../../codegen/sdk.js';
import { graphqlError } from '../helpers/errors.js';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { collect } from '../helpers/subscriptions.js';
import { bearer, expectType, localId, newPlayer, newStaff, newTenant, PASSWORD, platformAdmin, type TestTenant } from '../helpers/world.js';
import { newAggregator, sessionFor } from '../helpers/seamless.js';
import { sendStripeWebhook, startFakeStripe } from '../helpers/fake-stripe.js';
import { seedPayments } from '../helpers/payments.js';
import { PaymentEventsDocument, type PaymentEventsSubscription } from '../../codegen/sdk.js';
import { BonusUpdatedDocument, type BonusUpdatedSubscription } from '../../codegen/sdk.js';
import { VipStatusChangedDocument, type VipStatusChangedSubscription } from '../../codegen/sdk.js';
import { systemContext, tenantTx } from '../../src/context.js';
import { measureDueOutcomes } from '../../modules/offers/experiments.outcomes.js';
import { storeComputedPeriod } from '../helpers/affiliate-statements.js';
import { rollUpTenant } from '../../modules/kpis/index.js';
import { RiskCaseUpdatedDocument, type RiskCaseUpdatedSubscription } from '../../codegen/sdk.js';
import { MyVerificationUpdatedDocument, type MyVerificationUpdatedSubscription } from '../../codegen/sdk.js';
import { seedKyc, SEED_ONFIDO_WEBHOOK_TOKEN } from '../helpers/kyc.js';
import { sendOnfidoWebhook } from '../helpers/fake-onfido.js';

const ALL_PERMISSIONS: Permission[] = ['APIKEY_MANAGE', 'MENU_MANAGE', 'MENU_READ', 'PLAYER_READ', 'PLAYER_MANAGE', 'STAFF_MANAGE', 'STAFF_READ', 'AUDIT_READ', 'AUDIT_CHECKPOINT', 'WALLET_READ', 'WALLET_MANAGE', 'WALLET_POST', 'RG_READ', 'BONUS_READ', 'BONUS_MANAGE', 'BONUS_REVIEW', 'OFFERS_READ', 'OFFERS_MANAGE', 'RG_FLAG', 'VIP_READ', 'VIP_MANAGE', 'VIP_APPROVE', 'AFFILIATES_READ', 'AFFILIATES_MANAGE', 'AFFILIATES_STATEMENTS', 'KPIS_READ', 'RISK_READ', 'RISK_MANAGE', 'RISK_APPROVE'];
/** A label only tenant A uses, so its menu is recognisable wherever it shows up. */
const A_LABEL = 'A-only Poker Room';

// ---------------------------------------------------------------- small helpers

function globalId(typename: string, id: string): string {
  return Buffer.from(`${typename}:${id}`).toString('base64');
}

/** The GraphQL error code of a rejected SDK call. */
async function errorCode(call: Promise<unknown>): Promise<string> {
  return (await graphqlError(call)).code;
}

/** Whatever a call answered (data, or the errors of a rejected call), to search for leaks. */
async function answerOf(call: Promise<unknown>): Promise<{ data?: unknown; errors?: unknown }> {
  try {
    return { data: await call };
  } catch (error) {
    if (error instanceof ClientError) return { errors: error.response.errors };
    throw error;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------- the two tenants

interface Side {
  tenant: TestTenant;
  uuid: string;
  player: Awaited<ReturnType<typeof newPlayer>>;
  /** A SUPPORT staff user, signed in, with its global id. */
  staff: Awaited<ReturnType<typeof newStaff>> & { id: string };
  adminId: string;
  apiKey: { id: string; key: string; sdk: Sdk };
}

let server: TestServer;
let platform: Sdk;
let a: Side;
let b: Side;

async function staffIdByEmail(admin: Sdk, email: string): Promise<string> {
  const { staffUsers } = await admin.StaffUsers({ first: 100 });
  const found = staffUsers!.edges.find((e) => e.node.email === email);
  if (!found) throw new Error(`no staff user ${email}`);
  return found.node.id;
}

/** A tenant with a player, a SUPPORT staff user and an all-permission API key. */
async function populate(tenant: TestTenant): Promise<Side> {
  const player = await newPlayer(server, tenant);
  const support = await newStaff(server, platform, tenant.slug, ['SUPPORT']);
  const { createApiKey } = await tenant.admin.sdk.CreateApiKey({ input: { name: `partner of ${tenant.slug}`, permissions: ALL_PERMISSIONS } });
  const created = expectType(createApiKey, 'CreateApiKeyPayload');
  return {
    tenant,
    uuid: localId(tenant.id),
    player,
    staff: { ...support, id: await staffIdByEmail(tenant.admin.sdk, support.email) },
    adminId: await staffIdByEmail(tenant.admin.sdk, tenant.admin.email),
    apiKey: { id: created.apiKey.id, key: created.key, sdk: server.sdk({ 'x-api-key': created.key }) },
  };
}

/** A's menu departs from the catalogue in three ways, each recorded in its history. */
async function customiseMenuOfA(admin: Sdk): Promise<void> {
  const poker = await admin.SetMenuItem({ input: { key: 'poker', enabled: true, labels: [{ locale: 'en', text: A_LABEL }] } });
  expectType(poker.setMenuItem, 'SetMenuItemPayload');
  expectType((await admin.SetMenuItem({ input: { key: 'vip', enabled: true } })).setMenuItem, 'SetMenuItemPayload');
  expectType((await admin.ReorderMenu({ input: { keys: ['poker', 'lobby'] } })).reorderMenu, 'ReorderMenuPayload');
}

/** Every string that would betray one of A's rows in an answer to B. */
function marksOf(side: Side): string[] {
  const globals = [side.tenant.id, side.player.player.id, side.staff.id, side.adminId, side.apiKey.id];
  return [...globals, ...globals.map(localId), side.tenant.slug, side.player.email, side.staff.email, side.tenant.admin.email, A_LABEL];
}

function expectNoTraceOfA(answer: unknown): void {
  const text = JSON.stringify(answer);
  for (const mark of marksOf(a)) expect(text, `answer shows ${mark}`).not.toContain(mark);
}

/** A's ids as B would guess them: the real ones, of every node type. */
function idsOfA(): string[] {
  return [a.player.player.id, a.staff.id, a.adminId, a.apiKey.id, a.tenant.id];
}

type CallerOfB = 'tenant admin' | 'player' | 'API key';
const CALLERS_OF_B: CallerOfB[] = ['tenant admin', 'player', 'API key'];
function sdkOfB(who: CallerOfB): Sdk {
  return { 'tenant admin': b.tenant.admin.sdk, player: b.player.sdk, 'API key': b.apiKey.sdk }[who];
}

beforeAll(async () => {
  server = await startServer();
  platform = (await platformAdmin(server)).sdk;
  a = await populate(await newTenant(server, platform));
  b = await populate(await newTenant(server, platform));
  await newPlayer(server, a.tenant); // a second player of A, so A's lists hold more than one row
  await customiseMenuOfA(a.tenant.admin.sdk);
  expectType((await b.tenant.admin.sdk.SetMenuItem({ input: { key: 'support', position: 5 } })).setMenuItem, 'SetMenuItemPayload');
});
afterAll(() => server?.close());

// ---------------------------------------------------------------- reads by id

describe('reads by node id', () => {
  it('A itself sees every one of its rows by id (control)', async () => {
    for (const id of idsOfA()) expect((await a.tenant.admin.sdk.Node({ id })).node?.id).toBe(id);
    const { nodes } = await a.tenant.admin.sdk.Nodes({ ids: idsOfA() });
    expect(nodes!.map((n) => n?.id)).toEqual(idsOfA());
  });

  it.each(CALLERS_OF_B)('B (%s) gets null for every id of A, through node and nodes', async (who) => {
    const sdk = sdkOfB(who);
    for (const id of idsOfA()) {
      const answer = await sdk.Node({ id });
      expect(answer.node, `node(${localId(id)})`).toBeNull();
    }
    const { nodes } = await sdk.Nodes({ ids: idsOfA() });
    expect(nodes).toEqual(idsOfA().map(() => null));
  });

  it('B sees its own rows by the same route (control)', async () => {
    const own = [b.player.player.id, b.staff.id, b.apiKey.id, b.tenant.id];
    const { nodes } = await b.tenant.admin.sdk.Nodes({ ids: own });
    expect(nodes!.map((n) => n?.id)).toEqual(own);
    expect((await b.player.sdk.Node({ id: b.player.player.id })).node?.id).toBe(b.player.player.id);
  });

  it('anonymous with X-Tenant: B may not ask by id at all', async () => {
    for (const id of idsOfA()) expect(await errorCode(b.tenant.public.Node({ id }))).toBe('UNAUTHENTICATED');
  });

  it('guessed ids (fresh UUIDv7s of every type) name nothing, for B and for A', async () => {
    for (const type of ['Player', 'StaffUser', 'ApiKey', 'Tenant']) {
      const id = globalId(type, uuidv7());
      expect((await b.tenant.admin.sdk.Node({ id })).node).toBeNull();
      expect((await a.tenant.admin.sdk.Node({ id })).node).toBeNull();
    }
  });

  // Today most of these are answered INTERNAL_SERVER_ERROR (masked) rather than null or a typed
  // error; that is a robustness defect, not a leak, so this test asserts only what tenancy needs.
  it('malformed global ids are refused as bad input or name nothing, and show nothing of A', async () => {
    const malformed = [
      '',
      'not base64!',
      globalId('Player', 'not-a-uuid'),
      globalId('Player', localId(a.player.player.id).toUpperCase()),
      globalId('Player', `${localId(a.player.player.id)}' or '1'='1`),
      globalId('Tenant', 'not-a-uuid'),
      globalId('Nope', localId(a.player.player.id)),
      Buffer.from(localId(a.player.player.id)).toString('base64'),
    ];
    for (const id of malformed) {
      const answer = await answerOf(b.tenant.admin.sdk.Node({ id }));
      expectNoTraceOfA(answer);
      if (answer.data) {
        expect(answer.data, id).toEqual({ node: null });
      } else {
        const codes = (answer.errors as { extensions?: { code?: string } }[]).map((e) => e.extensions?.code);
        expect(codes, id).toEqual(['BAD_USER_INPUT']);
      }
    }
  });
});

// ---------------------------------------------------------------- reads by list

describe('reads by list', () => {
  it('A lists its own rows and overrides (control)', async () => {
    const sdk = a.tenant.admin.sdk;
    const text = JSON.stringify([
      await sdk.Players({ first: 100 }),
      await sdk.StaffUsers({ first: 100 }),
      await sdk.ApiKeys({ first: 100 }),
      await sdk.TenantMenu(),
      await a.tenant.public.Menu(),
    ]);
    for (const mark of [a.player.player.id, a.staff.id, a.apiKey.id, A_LABEL]) expect(text).toContain(mark);
    expect((await sdk.MenuChanges({ first: 100 })).menuChanges!.edges.length).toBeGreaterThanOrEqual(3);
  });

  it.each(['tenant admin', 'API key'] as const)('B (%s) lists only B: players, staff, API keys, menu history', async (who) => {
    const sdk = sdkOfB(who);
    const [players, staff, keys, changes] = [
      await sdk.Players({ first: 100 }),
      await sdk.StaffUsers({ first: 100 }),
      await sdk.ApiKeys({ first: 100 }),
      await sdk.MenuChanges({ first: 100 }),
    ];
    expectNoTraceOfA([players, staff, keys, changes]);
    expect(players.players!.edges.map((e) => e.node.id)).toContain(b.player.player.id);
    expect(staff.staffUsers!.edges.map((e) => e.node.id)).toEqual(expect.arrayContaining([b.staff.id, b.adminId]));
    expect(keys.apiKeys!.edges.map((e) => e.node.id)).toContain(b.apiKey.id);
    const aChanges = (await a.tenant.admin.sdk.MenuChanges({ first: 100 })).menuChanges!.edges.map((e) => e.node.id);
    const bChanges = changes.menuChanges!.edges.map((e) => e.node.id);
    expect(bChanges.length).toBeGreaterThan(0);
    expect(bChanges.filter((id) => aChanges.includes(id))).toEqual([]);
    expect(changes.menuChanges!.totalCount).toBe(bChanges.length);
    // A's menu changes by id: nothing for B, by node(id) (control: A gets its own).
    expect((await a.tenant.admin.sdk.MenuChange({ id: aChanges[0]! })).node?.id).toBe(aChanges[0]);
    expect((await sdk.MenuChange({ id: aChanges[0]! })).node).toBeNull();
  });

  it.each(['tenant admin', 'API key'] as const)('B (%s) sees none of A\'s menu overrides in tenantMenu', async (who) => {
    const { tenantMenu } = await sdkOfB(who).TenantMenu();
    expectNoTraceOfA(tenantMenu);
    expect(tenantMenu!.filter((i) => i.overridden).map((i) => i.key)).toEqual(['support']);
    expect(tenantMenu!.find((i) => i.key === 'poker')).toMatchObject({ enabled: false, overridden: false });
  });

  it('every caller of B gets B\'s public menu, without A\'s items', async () => {
    const control = (await a.tenant.public.Menu()).menu!.items.map((i) => i.key);
    expect(control).toContain('poker');
    for (const sdk of [b.tenant.public, ...CALLERS_OF_B.map(sdkOfB)]) {
      const { menu } = await sdk.Menu();
      expectNoTraceOfA(menu);
      expect(menu!.items.map((i) => i.key)).not.toContain('poker');
      expect(menu!.items.map((i) => i.key)).not.toContain('vip');
      expect(menu!.items[0]?.key).toBe('support');
    }
  });

  it('A\'s credentials do not sign in at B, and A\'s emails are free at B (no existence oracle)', async () => {
    const ofA = await newPlayer(server, a.tenant); // not a.player: its email must stay A's alone for the leak checks
    expectType((await a.tenant.public.Login({ input: { email: ofA.email, password: PASSWORD } })).login, 'LoginPayload');
    expectType((await b.tenant.public.Login({ input: { email: ofA.email, password: PASSWORD } })).login, 'InvalidCredentialsError');
    const staffLogin = await server.sdk().StaffLogin({ input: { email: a.staff.email, password: PASSWORD, tenant: b.tenant.slug } });
    expectType(staffLogin.staffLogin, 'InvalidCredentialsError');
    const { registerPlayer } = await b.tenant.public.RegisterPlayer({ input: { email: ofA.email, password: PASSWORD, displayName: 'x' } });
    expect(expectType(registerPlayer, 'RegisterPlayerPayload').player.id).not.toBe(ofA.player.id);
  });
});

// ---------------------------------------------------------------- mutations with A's ids

/** A's staff and key as A sees them, to compare before and after B's attempts. */
async function rowsOfA() {
  const staff = (await a.tenant.admin.sdk.StaffUsers({ first: 100 })).staffUsers!.edges.map((e) => e.node);
  const keys = (await a.tenant.admin.sdk.ApiKeys({ first: 100 })).apiKeys!.edges.map((e) => ({ ...e.node, lastUsedAt: null }));
  return { staff, keys };
}

describe('mutations with A\'s ids', () => {
  it.each(['tenant admin', 'API key'] as const)('B (%s) gets NotFoundError, and A\'s rows are unchanged', async (who) => {
    const sdk = sdkOfB(who);
    const before = await rowsOfA();
    for (const id of [a.staff.id, a.adminId]) {
      expectType((await sdk.SetStaffRoles({ input: { staffUserId: id, roles: ['SUPPORT'] } })).setStaffRoles, 'NotFoundError');
      expectType((await sdk.DisableStaffUser({ input: { staffUserId: id } })).disableStaffUser, 'NotFoundError');
    }
    expectType((await sdk.RevokeApiKey({ input: { apiKeyId: a.apiKey.id } })).revokeApiKey, 'NotFoundError');
    const playerId = a.player.player.id;
    expectType((await sdk.BlockPlayer({ input: { playerId, reason: 'from B' } })).blockPlayer, 'NotFoundError');
    expectType((await sdk.UnblockPlayer({ input: { playerId, reason: 'from B' } })).unblockPlayer, 'NotFoundError');
    expectType((await sdk.AddPlayerNote({ input: { playerId, body: 'from B' } })).addPlayerNote, 'NotFoundError');
    expectType((await sdk.AddPlayerTags({ input: { playerId, tags: ['from-b'] } })).addPlayerTags, 'NotFoundError');
    expectType((await sdk.RemovePlayerTags({ input: { playerId, tags: ['from-b'] } })).removePlayerTags, 'NotFoundError');
    expect((await sdk.Player({ id: playerId })).player).toBeNull();
    expect((await a.tenant.admin.sdk.PlayerDetail({ id: playerId })).player).toMatchObject({ status: 'ACTIVE', tags: [], notes: { totalCount: 0 } });

    expect(await rowsOfA()).toEqual(before);
    expect(before.staff.find((s) => s.id === a.staff.id)).toMatchObject({ roles: ['SUPPORT'], disabledAt: null });
    expect(before.keys.find((k) => k.id === a.apiKey.id)).toMatchObject({ revokedAt: null });
    expect((await a.staff.sdk.Viewer()).viewer?.kind).toBe('STAFF');
    expect((await a.tenant.admin.sdk.Viewer()).viewer?.roles).toEqual(['TENANT_ADMIN']);
    expect((await a.apiKey.sdk.Viewer()).viewer).toMatchObject({ kind: 'API_KEY', tenant: { id: a.tenant.id } });
  });

  it('the same mutations work on B\'s own rows (control)', async () => {
    const raised = await b.apiKey.sdk.SetStaffRoles({ input: { staffUserId: b.staff.id, roles: ['SUPPORT', 'RISK'] } });
    expect(expectType(raised.setStaffRoles, 'SetStaffRolesPayload').staffUser.roles).toEqual(['SUPPORT', 'RISK']);
  });

  it('B\'s player and anonymous callers are refused before any lookup', async () => {
    expect(await errorCode(b.player.sdk.SetStaffRoles({ input: { staffUserId: a.staff.id, roles: ['SUPPORT'] } }))).toBe('FORBIDDEN');
    expect(await errorCode(b.tenant.public.DisableStaffUser({ input: { staffUserId: a.staff.id } }))).toBe('UNAUTHENTICATED');
    expect(await errorCode(b.tenant.public.RevokeApiKey({ input: { apiKeyId: a.apiKey.id } }))).toBe('UNAUTHENTICATED');
  });
});

// ---------------------------------------------------------------- menu mutations as B

async function menuOfA() {
  const { tenantMenu } = await a.tenant.admin.sdk.TenantMenu();
  const { menuChanges } = await a.tenant.admin.sdk.MenuChanges({ first: 100 });
  return { tenantMenu, changes: menuChanges!.edges.map((e) => e.node) };
}

describe('menu mutations as B', () => {
  it.each(['tenant admin', 'API key'] as const)('B (%s) changes B\'s menu and leaves A\'s menu and history alone', async (who) => {
    const sdk = sdkOfB(who);
    const before = await menuOfA();
    const changesOfB = (await b.tenant.admin.sdk.MenuChanges({ first: 100 })).menuChanges!.edges.length;

    expectType((await sdk.SetMenuItem({ input: { key: 'poker', enabled: false, labels: [{ locale: 'en', text: 'B poker' }] } })).setMenuItem, 'SetMenuItemPayload');
    expectType((await sdk.SetMenuItem({ input: { key: 'vip', enabled: false } })).setMenuItem, 'SetMenuItemPayload');
    expectType((await sdk.ReorderMenu({ input: { keys: ['support', 'wallet', 'lobby'] } })).reorderMenu, 'ReorderMenuPayload');
    expectType((await sdk.ResetMenuItem({ input: { key: 'poker' } })).resetMenuItem, 'ResetMenuItemPayload');
    expectType((await sdk.ResetMenuItem({ input: { key: 'vip' } })).resetMenuItem, 'ResetMenuItemPayload');

    expect(await menuOfA()).toEqual(before);
    expect(before.tenantMenu!.find((i) => i.key === 'poker')).toMatchObject({ enabled: true, label: A_LABEL, overridden: true });
    expect((await b.tenant.admin.sdk.MenuChanges({ first: 100 })).menuChanges!.edges.length).toBeGreaterThan(changesOfB);
  });
});

// ---------------------------------------------------------------- the principal's tenant wins

describe('credentials choose the tenant, not the X-Tenant header', () => {
  it('A\'s player token sent with X-Tenant: B still acts in A', async () => {
    const sdk = server.sdk({ ...bearer(a.player.token), 'x-tenant': b.tenant.slug });
    const { viewer } = await sdk.Viewer();
    expect(viewer).toMatchObject({ kind: 'PLAYER', tenant: { id: a.tenant.id, slug: a.tenant.slug }, player: { id: a.player.player.id } });
    expect((await sdk.CurrentTenant()).currentTenant?.slug).toBe(a.tenant.slug);
    expect(JSON.stringify((await sdk.Menu()).menu)).toContain(A_LABEL);
  });

  it('A\'s admin token sent with X-Tenant: B lists A\'s players and none of B\'s', async () => {
    const sdk = server.sdk({ ...bearer(a.tenant.admin.token), 'x-tenant': b.tenant.slug });
    const ids = (await sdk.Players({ first: 100 })).players!.edges.map((e) => e.node.id);
    expect(ids).toContain(a.player.player.id);
    expect(ids).not.toContain(b.player.player.id);
  });

  it('B\'s API key sent with X-Tenant: A still acts in B', async () => {
    const sdk = server.sdk({ 'x-api-key': b.apiKey.key, 'x-tenant': a.tenant.slug });
    expect((await sdk.Viewer()).viewer).toMatchObject({ kind: 'API_KEY', tenant: { id: b.tenant.id } });
    const players = await sdk.Players({ first: 100 });
    expect(players.players!.edges.map((e) => e.node.id)).toContain(b.player.player.id);
    expectNoTraceOfA([players, await sdk.TenantMenu(), await sdk.StaffUsers({ first: 100 })]);
    expectType((await sdk.RevokeApiKey({ input: { apiKeyId: a.apiKey.id } })).revokeApiKey, 'NotFoundError');
  });

  it('an API key forged to name A, with B\'s key id and secret, is UNAUTHENTICATED', async () => {
    const [prefix, tenantOfKey, ...rest] = b.apiKey.key.split('_');
    expect(tenantOfKey).toBe(b.uuid);
    const forged = [prefix, a.uuid, ...rest].join('_');
    expect(await errorCode(server.sdk({ 'x-api-key': forged }).Viewer())).toBe('UNAUTHENTICATED');
    expect(await errorCode(server.sdk({ 'x-api-key': forged, 'x-tenant': a.tenant.slug }).Players({ first: 5 }))).toBe('UNAUTHENTICATED');
    expect((await b.apiKey.sdk.Viewer()).viewer?.kind).toBe('API_KEY');
  });

  it('A\'s refresh token with its tenant segment changed to B (or to the platform) is refused', async () => {
    const player = await newPlayer(server, a.tenant);
    const [tenantOfToken, session, secret] = player.tokens.refreshToken.split('.');
    expect(tenantOfToken).toBe(a.uuid);
    for (const scope of [b.uuid, 'platform']) {
      const { refreshSession } = await server.sdk().RefreshSession({ input: { refreshToken: [scope, session, secret].join('.') } });
      expectType(refreshSession, 'InvalidRefreshTokenError');
    }
    const { refreshSession } = await server.sdk().RefreshSession({ input: { refreshToken: player.tokens.refreshToken } });
    const rotated = expectType(refreshSession, 'RefreshSessionPayload').tokens;
    expect((await server.sdk(bearer(rotated.accessToken)).Viewer()).viewer?.tenant?.id).toBe(a.tenant.id);
  });
});

// ---------------------------------------------------------------- subscriptions

type Feed = ReturnType<typeof collect<MenuUpdatedSubscription>>;

function follow(connectionParams: Record<string, string>): Feed {
  return collect<MenuUpdatedSubscription>(server.ws(connectionParams), print(MenuUpdatedDocument));
}

/** Whether every feed has received something within `ms`. */
async function delivered(feeds: Feed[], ms = 1000): Promise<boolean> {
  try {
    await Promise.all(feeds.map((feed) => feed.waitFor(1, ms)));
    return true;
  } catch {
    return false;
  }
}

/** Repeats `change` until every feed has received something (a subscription starts asynchronously). */
async function changeUntilDelivered(change: () => Promise<unknown>, feeds: Feed[]): Promise<void> {
  for (let attempt = 0; attempt < 10; attempt++) {
    await change();
    if (await delivered(feeds)) return;
  }
  throw new Error(`a subscriber never received an update: ${JSON.stringify(feeds.map((f) => f.errors))}`);
}

function clear(...feeds: Feed[]): void {
  for (const feed of feeds) feed.received.length = 0;
}

describe('subscriptions', () => {
  it('menuUpdated of A reaches A\'s subscribers and none of B\'s', async () => {
    const ofA = follow({ 'x-tenant': a.tenant.slug });
    const aPlayerViaB = follow({ authorization: `Bearer ${a.player.token}`, 'x-tenant': b.tenant.slug });
    const ofB = follow({ 'x-tenant': b.tenant.slug });
    const bAdmin = follow({ authorization: `Bearer ${b.tenant.admin.token}` });
    const bKey = follow({ 'x-api-key': b.apiKey.key, 'x-tenant': a.tenant.slug });
    const feedsOfA = [ofA, aPlayerViaB];
    const feedsOfB = [ofB, bAdmin, bKey];
    let position = 100;
    const moveLobby = (sdk: Sdk) => async () => expectType((await sdk.SetMenuItem({ input: { key: 'lobby', position: position++ } })).setMenuItem, 'SetMenuItemPayload');

    // Every subscription is first proved live by an update of its own tenant.
    await changeUntilDelivered(moveLobby(a.tenant.admin.sdk), feedsOfA);
    await changeUntilDelivered(moveLobby(b.tenant.admin.sdk), feedsOfB);
    await sleep(300);
    clear(...feedsOfA, ...feedsOfB);

    // A changes its menu: A's subscribers hear it, B's hear nothing for 1.5 s.
    await moveLobby(a.tenant.admin.sdk)();
    expect(await delivered(feedsOfA)).toBe(true);
    await sleep(1500);
    expect(JSON.stringify(ofA.received)).toContain(A_LABEL);
    expect(JSON.stringify(aPlayerViaB.received)).toContain(A_LABEL);
    expect(feedsOfB.map((f) => f.received)).toEqual([[], [], []]);

    // And the other way round: B's update reaches B's subscribers and not A's player sent with X-Tenant: B.
    const heardByA = feedsOfA.map((f) => f.received.length);
    await moveLobby(b.tenant.admin.sdk)();
    expect(await delivered(feedsOfB)).toBe(true);
    await sleep(500);
    expect(feedsOfA.map((f) => f.received.length)).toEqual(heardByA);
    expect(JSON.stringify(feedsOfB.map((f) => f.received))).not.toContain(A_LABEL);
    expect([...feedsOfA, ...feedsOfB].flatMap((f) => f.errors)).toEqual([]);
  });
});

// ---------------------------------------------------------------- audit trail

describe('audit trail', () => {
  it('A sees its own trail (control)', async () => {
    const { auditEvents } = await a.tenant.admin.sdk.AuditEvents({ first: 100 });
    expect(auditEvents!.edges.map((e) => e.node.targetRef)).toContain(a.apiKey.id);
  });

  it.each(['tenant admin', 'API key'] as const)('B (%s) lists, filters, verifies and exports only B\'s chain', async (who) => {
    const sdk = sdkOfB(who);
    const aTrail = (await a.tenant.admin.sdk.AuditEvents({ first: 100 })).auditEvents!.edges.map((e) => e.node);
    const all = await sdk.AuditEvents({ first: 100 });
    expectNoTraceOfA(all);
    const aIds = new Set(aTrail.map((e) => e.id));
    expect(all.auditEvents!.edges.some((e) => aIds.has(e.node.id))).toBe(false);
    expect(all.auditEvents!.edges.length).toBeGreaterThan(0);
    const byATarget = await sdk.AuditEvents({ targetId: a.apiKey.id });
    expect(byATarget.auditEvents!.edges).toEqual([]);

    const verdict = (await sdk.VerifyAuditChain({})).verifyAuditChain;
    const bHead = (await b.tenant.admin.sdk.AuditEvents({ first: 1 })).auditEvents!.edges[0]!.node.seq;
    expect(verdict).toMatchObject({ ok: true, headSeq: bHead });
    expect(verdict!.headSeq).not.toBe(aTrail[0]!.seq);
  });

  it('B cannot look up A\'s audit events, checkpoints or tenant by global id', async () => {
    const aEvent = (await a.tenant.admin.sdk.AuditEvents({ first: 1 })).auditEvents!.edges[0]!.node;
    const aCheckpoint = expectType((await a.tenant.admin.sdk.CreateAuditCheckpoint()).createAuditCheckpoint, 'CreateAuditCheckpointPayload').checkpoint;
    expect((await a.tenant.admin.sdk.AuditEventNode({ id: aEvent.id })).node).toMatchObject({ id: aEvent.id }); // control
    for (const id of [aEvent.id, aCheckpoint.id]) expect((await b.tenant.admin.sdk.AuditEventNode({ id })).node).toBeNull();
    expect((await b.tenant.admin.sdk.TenantNode({ id: a.tenant.id })).node).toBeNull();
    expect((await b.tenant.admin.sdk.AuditEvents({ targetId: a.tenant.id })).auditEvents!.totalCount).toBe(0);
  });

  it('B\'s checkpoints sign B\'s head, never A\'s', async () => {
    const payload = expectType((await b.tenant.admin.sdk.CreateAuditCheckpoint()).createAuditCheckpoint, 'CreateAuditCheckpointPayload');
    const aHashes = (await a.tenant.admin.sdk.AuditEvents({ first: 100 })).auditEvents!.edges.map((e) => e.node.hash);
    expect(aHashes).not.toContain(payload.checkpoint.headHash);
    const { exportAuditRange } = await b.tenant.admin.sdk.ExportAuditRange({});
    expectNoTraceOfA(exportAuditRange);
  });
});

// ---------------------------------------------------------------- wallet

describe('wallet', () => {
  const world = { ownerType: 'WORLD' as const, currency: 'EUR' };
  const house = { ownerType: 'HOUSE' as const, currency: 'EUR' };
  const playerOf = (side: Side) => ({ ownerType: 'PLAYER' as const, ownerId: side.player.player.id, currency: 'EUR' });
  let aTransactionId: string;
  let aAccountId: string;

  beforeAll(async () => {
    const { postTransfers } = await a.apiKey.sdk.PostTransfers({
      input: { idempotencyKey: 'cross-tenant-deposit-a', code: 'DEPOSIT', transfers: [{ from: world, to: playerOf(a), amount: '1000' }] },
    });
    aTransactionId = expectType(postTransfers, 'PostTransfersPayload').transaction.id;
    aAccountId = (await a.apiKey.sdk.LedgerAccounts({ filter: { ownerType: 'PLAYER' } })).ledgerAccounts!.edges[0]!.node.id;
    expect((await a.player.sdk.Wallet()).wallet![0]!.cash.amount).toBe('1000');
  });

  it('B cannot move money of A\'s player, by owner or by account id, nor replay A\'s key', async () => {
    const post = (from: object, idempotencyKey: string) =>
      b.apiKey.sdk.PostTransfers({ input: { idempotencyKey, code: 'BET', transfers: [{ from, to: house, amount: '10' }] } });
    expectType((await post(playerOf(a), 'cross-tenant-bet-1')).postTransfers, 'AccountNotFoundError');
    expectType((await post({ accountId: aAccountId }, 'cross-tenant-bet-2')).postTransfers, 'AccountNotFoundError');
    const sameKey = await b.apiKey.sdk.PostTransfers({
      input: { idempotencyKey: 'cross-tenant-deposit-a', code: 'DEPOSIT', transfers: [{ from: world, to: playerOf(b), amount: '5' }] },
    });
    expect(expectType(sameKey.postTransfers, 'PostTransfersPayload').replay).toBe(false);
    expect((await a.player.sdk.Wallet()).wallet![0]!.cash.amount).toBe('1000');
  });

  it('B sees none of A\'s accounts or transactions, and cannot reverse or freeze them', async () => {
    const accounts = await b.tenant.admin.sdk.LedgerAccounts({ first: 100 });
    expect(accounts.ledgerAccounts!.edges.map((e) => e.node.id)).not.toContain(aAccountId);
    expectNoTraceOfA(accounts);
    expect((await b.tenant.admin.sdk.LedgerTransaction({ id: aTransactionId })).ledgerTransaction).toBeNull();
    const reverse = await b.tenant.admin.sdk.ReverseLedgerTransaction({ input: { idempotencyKey: 'cross-tenant-rev', transactionId: aTransactionId, reason: 'not mine' } });
    expectType(reverse.reverseLedgerTransaction, 'TransactionNotFoundError');
    expectType((await b.tenant.admin.sdk.FreezeLedgerAccount({ input: { accountId: aAccountId, reason: 'not mine' } })).freezeLedgerAccount, 'AccountNotFoundError');
    expect((await a.player.sdk.Wallet()).wallet![0]!.cash.amount).toBe('1000');
    expect((await a.apiKey.sdk.LedgerTransaction({ id: aTransactionId })).ledgerTransaction?.reversedBy).toBeNull();
  });
});

describe('seamless wallet callbacks', () => {
  it('a callback signed for A cannot touch B\'s players, nor use B\'s session tokens; B\'s providers stay hidden from A', async () => {
    const hubA = await newAggregator(server, a.tenant);
    const hubB = await newAggregator(server, b.tenant);
    const aPlayer = localId(a.player.player.id);
    const bPlayer = localId(b.player.player.id);
    const aToken = await sessionFor(server, a.tenant, aPlayer);
    const bToken = await sessionFor(server, b.tenant, bPlayer);
    const bWallet = (await b.player.sdk.Wallet()).wallet;
    const bet = (token: string, user: string) => ({ user, token, currency: 'EUR', game_code: 'any-game', transaction_uuid: uuidv7(), round: uuidv7(), amount: 1000 });
    // Control: A's own player, with A's session, through A's provider.
    expect((await hubA.call('user/balance', { user: aPlayer, token: aToken, currency: 'EUR' })).answer.status).toBe('RS_OK');
    // A's provider, B's player and B's token: the token is unknown in A.
    expect((await hubA.call('transaction/bet', bet(bToken, bPlayer))).answer.status).toBe('RS_ERROR_INVALID_TOKEN');
    expect((await hubA.call('transaction/win', bet(bToken, bPlayer))).answer.status).toBe('RS_ERROR_INVALID_TOKEN');
    expect((await hubA.call('transaction/bet', bet(aToken, bPlayer))).answer.status).toBe('RS_ERROR_INVALID_TOKEN');
    // A's signature on B's URL: B's provider has its own secret.
    const body = JSON.stringify(bet(bToken, bPlayer));
    expect((await hubB.call('transaction/bet', null, { raw: body, signature: hubA.sign(body) })).answer.status).toBe('RS_ERROR_INVALID_SIGNATURE');
    // A's provider code under B's slug does not exist.
    const r = await fetch(`${server.url}/seamless/${b.tenant.slug}/${hubA.code}/user/balance`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-hub88-signature': hubA.sign(body) }, body });
    expect([r.status, ((await r.json()) as { status: string }).status]).toEqual([200, 'RS_ERROR_INVALID_PARTNER']);
    expect((await b.player.sdk.Wallet()).wallet).toEqual(bWallet);
    const bProviders = (await b.tenant.admin.sdk.GameProviders()).gameProviders!.nodes.map((p) => p.code);
    expect(bProviders).toContain(hubB.code);
    expect(bProviders).not.toContain(hubA.code);
  });
});

describe('responsible gambling', () => {
  it('B\'s staff and players cannot read or change the RG state of A\'s player, nor receive A\'s notices', async () => {
    const aPlayer = await newPlayer(server, a.tenant);
    const aPlayerUuid = localId(aPlayer.player.id);
    const set = await aPlayer.sdk.SetResponsibleGamblingLimit({ input: { kind: 'LOSS', period: 'DAY', currency: 'EUR', amount: '700' } });
    expectType(set.setResponsibleGamblingLimit, 'SetResponsibleGamblingLimitPayload');
    // Control: A's own SUPPORT staff sees it.
    expect((await a.staff.sdk.PlayerResponsibleGambling({ playerId: aPlayer.player.id })).playerResponsibleGambling?.limits).toHaveLength(1);

    for (const staff of [b.tenant.admin.sdk, b.staff.sdk]) {
      const seen = await staff.PlayerResponsibleGambling({ playerId: aPlayer.player.id });
      expect(seen.playerResponsibleGambling).toBeNull();
      expect((await graphqlError(staff.PlayerResponsibleGambling({ playerId: aPlayerUuid }))).code).toBe('INVALID_ID');
      // The player detail: A's player is not a node B can see, so neither are their RG state and audit trail.
      expect((await staff.PlayerDetailResponsibleGambling({ id: aPlayer.player.id })).node).toBeNull();
      expect((await staff.PlayerAuditTrail({ id: aPlayer.player.id })).node).toBeNull();
    }
    expect((await graphqlError(b.player.sdk.PlayerResponsibleGambling({ playerId: aPlayer.player.id }))).code).toBe('FORBIDDEN');
    expect((await b.player.sdk.PlayerDetailResponsibleGambling({ id: aPlayer.player.id })).node).toBeNull();
    // B's player acts only on their own state; B's staff cannot write at all.
    const own = await b.player.sdk.SetResponsibleGamblingLimit({ input: { kind: 'LOSS', period: 'DAY', currency: 'EUR', amount: '1' } });
    const payload = expectType(own.setResponsibleGamblingLimit, 'SetResponsibleGamblingLimitPayload');
    expect(payload.responsibleGambling.player.id).toBe(b.player.player.id);
    expectNoTraceOfA(payload);
    expect((await graphqlError(b.tenant.admin.sdk.TakeTimeOut({ hours: 24 }))).code).toBe('FORBIDDEN');

    // Notices: A's player gets their own; B's player, subscribed meanwhile, gets none.
    const mine = collect<RealityCheckSubscription>(server.ws({ authorization: `Bearer ${aPlayer.token}` }), print(RealityCheckDocument));
    const theirs = collect<RealityCheckSubscription>(server.ws({ authorization: `Bearer ${b.player.token}` }), print(RealityCheckDocument));
    await sleep(300);
    expectType((await aPlayer.sdk.TakeTimeOut({ hours: 24 })).takeTimeOut, 'TakeTimeOutPayload');
    expect((await mine.waitFor(1))[0]!.realityCheck.kind).toBe('TIME_OUT_STARTED');
    await sleep(300);
    expect(theirs.received).toEqual([]);
    mine.unsubscribe();
    theirs.unsubscribe();

    expect((await aPlayer.sdk.ResponsibleGambling()).responsibleGambling!.limits).toEqual([expect.objectContaining({ amount: expect.objectContaining({ amount: '700' }) })]);
  });
});

describe('poker tables', () => {
  it('B\'s players and staff cannot see, join, watch or act at A\'s table', async () => {
    const created = await a.tenant.admin.sdk.CreatePokerTable({
      input: { name: 'A-only table', variant: 'NLHE', currency: 'EUR', smallBlind: '1', bigBlind: '2', maxSeats: 6, minBuyIn: '10', maxBuyIn: '100', turnSeconds: 60 },
    });
    const tableId = expectType(created.createPokerTable, 'CreatePokerTablePayload').table.id;
    // Control: A's player sees the table and can watch it.
    expect((await a.player.sdk.PokerTables()).pokerTables!.nodes.map((t) => t.id)).toContain(tableId);
    expect((await a.player.sdk.PokerTableSnapshot({ tableId })).pokerTableSnapshot?.table.id).toBe(tableId);

    const bPlayer = b.player.sdk;
    expect((await bPlayer.PokerTables()).pokerTables!.nodes.map((t) => t.id)).not.toContain(tableId);
    expect((await bPlayer.PokerTables()).pokerTables!.totalCount).toBe(0);
    expect((await bPlayer.Node({ id: tableId })).node).toBeNull();
    expect((await b.tenant.admin.sdk.Node({ id: tableId })).node).toBeNull();
    expect((await bPlayer.PokerTable({ id: tableId })).pokerTable).toBeNull();
    expect((await bPlayer.PokerTableSnapshot({ tableId })).pokerTableSnapshot).toBeNull();
    expectType((await bPlayer.SitAtPokerTable({ input: { tableId, buyIn: '10' } })).sitAtPokerTable, 'PokerTableNotFoundError');
    expectType((await bPlayer.PokerAct({ input: { tableId, action: 'FOLD' } })).pokerAct, 'PokerTableNotFoundError');
    expectType((await bPlayer.SitOutPokerTable({ input: { tableId, away: true } })).sitOutPokerTable, 'PokerTableNotFoundError');
    expectType((await bPlayer.LeavePokerTable({ input: { tableId } })).leavePokerTable, 'PokerTableNotFoundError');
    expectType((await b.tenant.admin.sdk.ClosePokerTable({ input: { tableId } })).closePokerTable, 'PokerTableNotFoundError');
    expect((await b.tenant.admin.sdk.PokerHands({ tableId })).pokerHands).toMatchObject({ nodes: [], totalCount: 0 });
    // A's player token sent with X-Tenant: B still acts in A (control of the same call).
    expectType((await server.sdk({ authorization: `Bearer ${a.player.token}`, 'x-tenant': b.tenant.slug }).PokerAct({ input: { tableId, action: 'FOLD' } })).pokerAct, 'PokerNotSeatedError');

    // Watching: B's player gets an error, never an event of A's table.
    const errors: unknown[] = [];
    const events: unknown[] = [];
    const client = server.ws({ authorization: `Bearer ${b.player.token}` });
    client.subscribe({ query: print(TableEventsDocument), variables: { tableId, afterSeq: 0 } }, {
      next: (value) => (value.errors ? errors.push(...value.errors) : events.push(value.data)),
      error: (error) => errors.push(error),
      complete: () => undefined,
    });
    const deadline = Date.now() + 5000;
    while (errors.length === 0 && Date.now() < deadline) await sleep(50);
    expect(JSON.stringify(errors)).toContain('POKER_TABLE_NOT_FOUND');
    expect(events).toEqual([]);
    expect((await a.tenant.admin.sdk.PokerTable({ id: tableId })).pokerTable?.seatsTaken).toBe(0);
  });
});

describe('payments', () => {
  it('B cannot see or act on A\'s deposits, withdrawals and disputes, nor credit A through its webhook URL', async () => {
    const stripe = await startFakeStripe();
    try {
      const seededA = await seedPayments(server, a.tenant, stripe, 'whsec_tenant_a_only_secret_0001');
      const seededB = await seedPayments(server, b.tenant, stripe, 'whsec_tenant_b_only_secret_0002');
      const disputeOfA = (await a.tenant.admin.sdk.Disputes({})).disputes!.nodes[0]!.id;
      // Control: A's staff sees its rows.
      expect((await a.tenant.admin.sdk.Payment({ id: seededA.paymentId })).payment!.id).toBe(seededA.paymentId);
      expect((await a.tenant.admin.sdk.Withdrawals({})).withdrawals!.nodes.map((n) => n.id)).toContain(seededA.withdrawalId);

      const bAdmin = b.tenant.admin.sdk;
      // By-id lookups answer null for another tenant's rows, as for rows that do not exist.
      expect((await bAdmin.Payment({ id: seededA.paymentId })).payment).toBeNull();
      expect((await bAdmin.Dispute({ id: disputeOfA })).dispute).toBeNull();
      expect((await bAdmin.Withdrawal({ id: seededA.withdrawalId })).withdrawal).toBeNull();
      // ... and so does node(id:), and a reference from B's rows never reaches A's.
      expect((await bAdmin.PlayerPayments({ id: seededA.player.player.id })).node).toBeNull();
      const lists = [await bAdmin.Payments({}), await bAdmin.Withdrawals({}), await bAdmin.Disputes({}), await bAdmin.PaymentProviders()];
      const text = JSON.stringify(lists);
      for (const id of [seededA.paymentId, seededA.withdrawalId, disputeOfA]) expect(text).not.toContain(id);
      expectNoTraceOfA(lists);
      expectType((await bAdmin.ApproveWithdrawal({ input: { withdrawalId: seededA.withdrawalId } })).approveWithdrawal, 'WithdrawalNotFoundError');
      expectType((await bAdmin.RejectWithdrawal({ input: { withdrawalId: seededA.withdrawalId } })).rejectWithdrawal, 'WithdrawalNotFoundError');
      expectType((await b.player.sdk.CancelWithdrawal({ input: { withdrawalId: seededA.withdrawalId } })).cancelWithdrawal, 'WithdrawalNotFoundError');
      expectType((await bAdmin.AddDisputeEvidence({ input: { disputeId: disputeOfA, note: 'not mine' } })).addDisputeEvidence, 'DisputeNotFoundError');
      expectType((await bAdmin.RefundDeposit({ input: { idempotencyKey: 'cross-refund-1', paymentId: seededA.paymentId, amount: '100', reason: 'not mine' } })).refundDeposit, 'PaymentNotFoundError');
      expect((await a.tenant.admin.sdk.Withdrawals({ filter: { status: 'PENDING' } })).withdrawals!.nodes.map((n) => n.id)).toContain(seededA.withdrawalId);

      // Webhooks: A's event signed with A's secret is refused at B's URL; signed with B's secret it names nothing of B.
      const event = stripe.event('payment_intent.succeeded', { ...seededA.intent, status: 'succeeded', amount_received: 2000 });
      expect((await sendStripeWebhook(seededB.webhookUrl, event, seededA.secret)).status).toBe(401);
      expect((await sendStripeWebhook(seededB.webhookUrl, event, seededB.secret)).status).toBe(200);
      const { payments } = await bAdmin.Payments({});
      expect(payments!.nodes.map((n) => n.id)).toEqual([seededB.paymentId]);

      // Subscriptions: A's payment events reach A's staff, never B's.
      const mine = collect<PaymentEventsSubscription>(server.ws({ authorization: `Bearer ${a.tenant.admin.token}` }), print(PaymentEventsDocument));
      const theirs = collect<PaymentEventsSubscription>(server.ws({ authorization: `Bearer ${b.tenant.admin.token}` }), print(PaymentEventsDocument));
      await sleep(300);
      expectType((await seededA.player.sdk.CreateDeposit({ input: { provider: 'STRIPE', currency: 'EUR', amount: '300' } })).createDeposit, 'CreateDepositPayload');
      expect((await mine.waitFor(1))[0]!.paymentEvents.kind).toBe('DEPOSIT_CREATED');
      await sleep(300);
      expect(theirs.received).toEqual([]);
      mine.unsubscribe();
      theirs.unsubscribe();
    } finally {
      await stripe.close();
    }
  });
});

// ---------------------------------------------------------------- bonus templates and budgets

describe('bonus templates and budgets', () => {
  it('B\'s staff cannot read, change, archive or budget A\'s templates, nor read or remove A\'s budgets', async () => {
    const terms = { kind: 'NO_DEPOSIT' as const, currencies: [{ currency: 'EUR', amount: '1000' }], wagering: { multiplier: 5 }, gameWeights: [{ scope: 'DEFAULT' as const, percent: 100 }], validityHours: 24 };
    const ofA = expectType((await a.tenant.admin.sdk.CreateBonusTemplate({ input: { name: 'A-only welcome', terms } })).createBonusTemplate, 'CreateBonusTemplatePayload').template;
    const budgetOfA = expectType(
      (await a.tenant.admin.sdk.SetBonusBudget({ input: { templateId: ofA.id, currency: 'EUR', basis: 'FACE_VALUE', period: 'DAY', totalLimit: '5000' } })).setBonusBudget,
      'SetBonusBudgetPayload',
    ).budget;
    const ofB = expectType((await b.tenant.admin.sdk.CreateBonusTemplate({ input: { name: 'B welcome', terms } })).createBonusTemplate, 'CreateBonusTemplatePayload').template;
    const sdk = b.tenant.admin.sdk;

    // Reads: lists, node ids, budgets by A's template.
    const listed = (await sdk.BonusTemplates({ first: 20 })).bonusTemplates!;
    expect(listed.edges.map((e) => e.node.id)).toEqual([ofB.id]);
    expect((await sdk.Node({ id: ofA.id })).node).toBeNull();
    expect((await sdk.BonusTemplate({ id: ofA.id })).node).toBeNull();
    expect((await sdk.Node({ id: budgetOfA.id })).node).toBeNull();
    expect((await sdk.BonusTemplateExpectedCost({ id: ofA.id, currency: 'EUR' })).node).toBeNull();
    expect((await sdk.BonusBudgets({})).bonusBudgets).toEqual([]);
    expect((await sdk.BonusBudgets({ templateId: ofA.id })).bonusBudgets).toEqual([]);
    expect(JSON.stringify([listed, await sdk.BonusSettings()])).not.toContain('A-only welcome');
    // Control: A sees its own by the same routes.
    expect((await a.tenant.admin.sdk.Node({ id: ofA.id })).node?.id).toBe(ofA.id);
    expect((await a.tenant.admin.sdk.BonusBudgets({ templateId: ofA.id })).bonusBudgets!.map((x) => x.id)).toEqual([budgetOfA.id]);

    // Writes with A's ids: NotFoundError, and A's rows unchanged.
    expectType((await sdk.UpdateBonusTemplate({ input: { templateId: ofA.id, name: 'Taken over' } })).updateBonusTemplate, 'NotFoundError');
    expectType((await sdk.ArchiveBonusTemplate({ input: { templateId: ofA.id } })).archiveBonusTemplate, 'NotFoundError');
    expectType((await sdk.SetBonusBudget({ input: { templateId: ofA.id, currency: 'EUR', basis: 'FACE_VALUE', period: 'DAY', totalLimit: '1' } })).setBonusBudget, 'NotFoundError');
    expectType((await sdk.RemoveBonusBudget({ input: { budgetId: budgetOfA.id } })).removeBonusBudget, 'NotFoundError');
    // B's settings are B's: setting them changes nothing of A's.
    expectType((await sdk.SetBonusSettings({ input: { jurisdiction: 'UKGC' } })).setBonusSettings, 'SetBonusSettingsPayload');
    expect((await a.tenant.admin.sdk.BonusSettings()).bonusSettings!.jurisdiction).toBeNull();
    const after = (await a.tenant.admin.sdk.BonusTemplates({ first: 20 })).bonusTemplates!.edges.map((e) => e.node);
    expect(after.find((x) => x.id === ofA.id)).toMatchObject({ name: 'A-only welcome', status: 'ACTIVE', version: 1 });
    expect((await a.tenant.admin.sdk.BonusBudgets({})).bonusBudgets!.map((x) => ({ id: x.id, limit: x.totalLimit?.amount }))).toEqual([{ id: budgetOfA.id, limit: '5000' }]);
    // B's player: refused before any lookup.
    expect(await errorCode(b.player.sdk.BonusTemplates({}))).toBe('FORBIDDEN');
    expect((await b.player.sdk.Node({ id: ofB.id })).node).toBeNull();
  });
});

// ---------------------------------------------------------------- bonus grants (after the templates: B's template list is checked there)

describe('bonus grants', () => {
  /** A NO_DEPOSIT template of the tenant, written behind the API's back (its global id). */
  async function templateOf(side: Side): Promise<string> {
    const ref = await server.platform.services.tenants.bySlug(server.platform.services, side.tenant.slug);
    const id = uuidv7();
    const terms = { kind: 'NO_DEPOSIT', currencies: { EUR: { amount: '500' } }, wagering: { multiplier: 5 }, validityHours: 24 };
    await tenantTx(systemContext(server.platform.services, ref), (tx) =>
      tx.em.execute(`insert into bonus_template (id, tenant_id, name, kind, product, terms, created_by) values (?, ?, ?, 'NO_DEPOSIT', 'CASINO', ?::jsonb, 'TEST')`, [
        id, tx.tenantId, `cross-${id}`, JSON.stringify(terms),
      ]),
    );
    return globalId('BonusTemplate', id);
  }

  it('B\'s players and staff cannot see, claim, forfeit or review A\'s grants, nor receive their events', async () => {
    const templateOfA = await templateOf(a);
    const templateOfB = await templateOf(b);
    const aPlayer = await newPlayer(server, a.tenant);
    const heldPlayer = await newPlayer(server, a.tenant);
    const riskOfB = await newStaff(server, platform, b.tenant.slug, ['RISK']);
    const mine = collect<BonusUpdatedSubscription>(server.ws({ authorization: `Bearer ${aPlayer.token}` }), print(BonusUpdatedDocument));
    const theirs = collect<BonusUpdatedSubscription>(server.ws({ authorization: `Bearer ${b.player.token}` }), print(BonusUpdatedDocument));
    await sleep(300);

    const grantOfA = expectType((await aPlayer.sdk.ClaimBonus({ input: { templateId: templateOfA, currency: 'EUR', idempotencyKey: 'cross-claim-1' } })).claimBonus, 'ClaimBonusPayload').grant;
    // Every test claim comes from one address: A's second claim is held for review.
    const heldOfA = expectType((await heldPlayer.sdk.ClaimBonus({ input: { templateId: templateOfA, currency: 'EUR', idempotencyKey: 'cross-claim-2' } })).claimBonus, 'ClaimBonusPayload').grant;
    expect(heldOfA.status).toBe('PENDING_REVIEW');
    // Controls: A sees its grants.
    expect((await aPlayer.sdk.BonusGrant({ id: grantOfA.id })).node).toMatchObject({ id: grantOfA.id });
    expect((await a.tenant.admin.sdk.BonusReviewQueue({})).bonusReviewQueue!.nodes.map((g) => g.id)).toContain(heldOfA.id);
    expect((await a.staff.sdk.PlayerBonuses({ id: aPlayer.player.id })).player!.bonuses.nodes.map((g) => g.id)).toEqual([grantOfA.id]);

    for (const sdk of [b.player.sdk, b.tenant.admin.sdk, b.staff.sdk, riskOfB.sdk]) {
      expect((await sdk.BonusGrant({ id: grantOfA.id })).node).toBeNull();
    }
    expect((await b.tenant.admin.sdk.PlayerBonuses({ id: aPlayer.player.id })).player).toBeNull();
    expect((await b.player.sdk.MyBonuses({})).myBonuses!.totalCount).toBe(0);
    expect((await riskOfB.sdk.BonusReviewQueue({})).bonusReviewQueue!.nodes).toEqual([]);
    expectType((await b.player.sdk.ClaimBonus({ input: { templateId: templateOfA, currency: 'EUR', idempotencyKey: 'cross-claim-1' } })).claimBonus, 'NotFoundError');
    expectType((await b.player.sdk.ForfeitBonus({ input: { grantId: grantOfA.id } })).forfeitBonus, 'NotFoundError');
    expectType((await b.tenant.admin.sdk.ForfeitPlayerBonus({ input: { grantId: grantOfA.id, reason: 'not mine' } })).forfeitPlayerBonus, 'NotFoundError');
    expectType((await b.tenant.admin.sdk.GrantBonus({ input: { playerId: aPlayer.player.id, templateId: templateOfB, currency: 'EUR', idempotencyKey: 'cross-grant-1' } })).grantBonus, 'NotFoundError');
    expectType((await riskOfB.sdk.ApproveBonusReview({ input: { grantId: heldOfA.id } })).approveBonusReview, 'NotFoundError');
    expectType((await riskOfB.sdk.RejectBonusReview({ input: { grantId: heldOfA.id } })).rejectBonusReview, 'NotFoundError');
    expect((await a.tenant.admin.sdk.BonusGrant({ id: heldOfA.id })).node).toMatchObject({ status: 'PENDING_REVIEW' });
    expect((await aPlayer.sdk.BonusGrant({ id: grantOfA.id })).node).toMatchObject({ status: 'ACTIVE', balance: { amount: '500' } });

    // Events: A's player gets their own grant's, B's player none.
    expectType((await aPlayer.sdk.ForfeitBonus({ input: { grantId: grantOfA.id } })).forfeitBonus, 'ForfeitBonusPayload');
    expect((await mine.waitFor(2)).map((e) => e.bonusUpdated.status)).toEqual(['ACTIVE', 'FORFEITED']);
    await sleep(300);
    expect(theirs.received).toEqual([]);
    mine.unsubscribe();
    theirs.unsubscribe();
  });
});

// ---------------------------------------------------------------- offers, decisions and claims

describe('offers', () => {
  it('B\'s staff cannot read or change A\'s offers or decisions; B\'s players cannot see or claim A\'s offers', async () => {
    const ref = await server.platform.services.tenants.bySlug(server.platform.services, a.tenant.slug);
    const templateId = uuidv7();
    const terms = { kind: 'NO_DEPOSIT', currencies: { EUR: { amount: '300' } }, wagering: { multiplier: 5 }, validityHours: 24 };
    await tenantTx(systemContext(server.platform.services, ref), (tx) =>
      tx.em.execute(`insert into bonus_template (id, tenant_id, name, kind, product, terms, created_by) values (?, ?, ?, 'NO_DEPOSIT', 'CASINO', ?::jsonb, 'TEST')`, [
        templateId, tx.tenantId, `cross-offer-${templateId}`, JSON.stringify(terms),
      ]),
    );
    const templateOfA = globalId('BonusTemplate', templateId);
    const offerOfA = expectType((await a.tenant.admin.sdk.CreateOffer({ input: { name: 'A-only offer', rewardTemplateId: templateOfA, placements: ['cross-banner'] } })).createOffer, 'CreateOfferPayload').offer;
    const aPlayer = await newPlayer(server, a.tenant);
    const answerOfA = (await aPlayer.sdk.OffersFor({ placement: 'cross-banner', currency: 'EUR' })).offersFor!;
    const playerOfferOfA = answerOfA.offers[0]!.id;
    const claimOfA = expectType((await aPlayer.sdk.ClaimOffer({ input: { offerId: playerOfferOfA, currency: 'EUR', idempotencyKey: 'cross-offer-1' } })).claimOffer, 'ClaimOfferPayload').claim;

    // Controls: A sees its offer, decision and claim.
    expect((await a.staff.sdk.Offer({ id: offerOfA.id })).node).toMatchObject({ id: offerOfA.id });
    expect((await a.staff.sdk.OfferDecision({ id: answerOfA.decision.id })).node).toMatchObject({ id: answerOfA.decision.id });
    expect((await a.staff.sdk.Offers({})).offers!.nodes.map((o) => o.id)).toContain(offerOfA.id);
    expect((await a.staff.sdk.OfferDecisions({ offerId: offerOfA.id })).offerDecisions!.totalCount).toBe(1);
    expect((await a.staff.sdk.Node({ id: claimOfA.id })).node).toMatchObject({ id: claimOfA.id });
    expect((await aPlayer.sdk.MyOffers({})).myOffers!.totalCount).toBe(1);

    for (const sdk of [b.tenant.admin.sdk, b.staff.sdk]) {
      expect((await sdk.Offer({ id: offerOfA.id })).node).toBeNull();
      expect((await sdk.OfferDecision({ id: answerOfA.decision.id })).node).toBeNull();
      expect((await sdk.Node({ id: claimOfA.id })).node).toBeNull();
      expect((await sdk.Node({ id: playerOfferOfA })).node).toBeNull();
      expectNoTraceOfA((await sdk.Offers({ first: 100 })).offers);
      expect((await sdk.Offers({ first: 100 })).offers!.nodes.map((o) => o.id)).not.toContain(offerOfA.id);
      expect((await sdk.OfferDecisions({ first: 100 })).offerDecisions!.totalCount).toBe(0);
      expect((await sdk.OfferDecisions({ playerId: aPlayer.player.id })).offerDecisions!.totalCount).toBe(0);
      expect((await sdk.OfferDecisions({ offerId: offerOfA.id })).offerDecisions!.totalCount).toBe(0);
    }
    expectType((await b.tenant.admin.sdk.UpdateOffer({ input: { offerId: offerOfA.id, priority: 99 } })).updateOffer, 'NotFoundError');
    expectType((await b.tenant.admin.sdk.SetOfferStatus({ input: { offerId: offerOfA.id, status: 'ARCHIVED' } })).setOfferStatus, 'NotFoundError');
    expectType((await b.tenant.admin.sdk.CreateOffer({ input: { name: 'stolen reward', rewardTemplateId: templateOfA, placements: ['cross-banner'] } })).createOffer, 'NotFoundError');
    expect((await a.tenant.admin.sdk.Offer({ id: offerOfA.id })).node).toMatchObject({ status: 'ACTIVE', priority: 0, version: 1 });

    const answerOfB = (await b.player.sdk.OffersFor({ placement: 'cross-banner', currency: 'EUR' })).offersFor!;
    expect(answerOfB.offers).toEqual([]);
    expect((await b.player.sdk.PlayerOfferNode({ id: playerOfferOfA })).node).toBeNull();
    expect((await b.player.sdk.OfferDecision({ id: answerOfA.decision.id })).node).toBeNull();
    expectType((await b.player.sdk.ClaimOffer({ input: { offerId: playerOfferOfA, currency: 'EUR', idempotencyKey: 'cross-offer-1' } })).claimOffer, 'NotFoundError');
    expectType((await b.player.sdk.ClaimOffer({ input: { offerId: offerOfA.id, currency: 'EUR', idempotencyKey: 'cross-offer-2' } })).claimOffer, 'NotFoundError');
    expect((await b.player.sdk.MyOffers({})).myOffers!.totalCount).toBe(0);
    expect((await b.player.sdk.Node({ id: claimOfA.id })).node).toBeNull();
    expect((await aPlayer.sdk.MyOffers({})).myOffers!.totalCount).toBe(1);
  });
});

// ---------------------------------------------------------------- experiments

describe('experiments', () => {
  it('B\'s staff cannot list, read, change, start, stop, evaluate or measure A\'s experiments and results', async () => {
    const input = (name: string) => ({
      name,
      placement: 'lobby-banner',
      kind: 'AB' as const,
      goal: 'CLAIM' as const,
      arms: [{ key: 'control', name: 'Control', isControl: true, weight: 0.5 }, { key: 'holdout', name: 'Holdout', weight: 0.5 }],
    });
    const ofA = expectType((await a.tenant.admin.sdk.CreateExperiment({ input: input('A-only experiment') })).createExperiment, 'CreateExperimentPayload').experiment;
    expectType((await a.tenant.admin.sdk.StartExperiment({ input: { experimentId: ofA.id } })).startExperiment, 'StartExperimentPayload');
    const ofB = expectType((await b.tenant.admin.sdk.CreateExperiment({ input: input('B experiment') })).createExperiment, 'CreateExperimentPayload').experiment;
    const services = server.platform.services;
    const ctxOf = async (side: Side) => systemContext(services, await services.tenants.bySlug(services, side.tenant.slug));
    // One exposure of A's player whose window closed.
    await tenantTx(await ctxOf(a), (tx) =>
      tx.em.execute(
        `insert into experiment_exposure (tenant_id, experiment_id, phase, player_id, arm_key, period, probability, exposed_at, outcome_due_at)
         values (?, ?, 1, ?, 'control', 0, 0.5, now() - interval '2 days', now() - interval '1 day')`,
        [a.uuid, localId(ofA.id), localId(a.player.player.id)],
      ),
    );
    const sdk = b.tenant.admin.sdk;

    // Reads: the list, node ids, results, SRM, evaluation.
    const listed = (await sdk.Experiments({ first: 20 })).experiments!;
    expect(listed.nodes.map((e) => e.id)).toEqual([ofB.id]);
    expect((await sdk.Node({ id: ofA.id })).node).toBeNull();
    expect((await sdk.Experiment({ id: ofA.id })).node).toBeNull();
    expect((await sdk.ExperimentResults({ id: ofA.id })).node).toBeNull();
    expect((await sdk.ExperimentSrm({ id: ofA.id })).node).toBeNull();
    expect(await errorCode(sdk.EvaluateOfferPolicy({ experimentId: ofA.id, weights: [{ armKey: 'control', weight: 1 }] }))).toBe('NOT_FOUND');
    expect(JSON.stringify(listed)).not.toContain('A-only experiment');
    // Control: A reads its own by the same routes.
    expect((await a.tenant.admin.sdk.Experiment({ id: ofA.id })).node).toMatchObject({ id: ofA.id, status: 'RUNNING' });
    expect((await a.tenant.admin.sdk.ExperimentResults({ id: ofA.id })).node).toMatchObject({ results: { arms: [{ exposed: 1 }, { exposed: 0 }] } });

    // Writes with A's id: NotFoundError, and A's experiment unchanged.
    expectType((await sdk.UpdateExperiment({ input: { experimentId: ofA.id, name: 'Taken over' } })).updateExperiment, 'NotFoundError');
    expectType((await sdk.StartExperiment({ input: { experimentId: ofA.id } })).startExperiment, 'NotFoundError');
    expectType((await sdk.StopExperiment({ input: { experimentId: ofA.id, reason: 'sabotage' } })).stopExperiment, 'NotFoundError');
    // B's own experiment on the same placement starts: placements are per tenant.
    expectType((await sdk.StartExperiment({ input: { experimentId: ofB.id } })).startExperiment, 'StartExperimentPayload');
    expect((await a.tenant.admin.sdk.Experiment({ id: ofA.id })).node).toMatchObject({ name: 'A-only experiment', status: 'RUNNING', phase: 1 });

    // B's outcome run measures none of A's exposures; A's does.
    expect(await measureDueOutcomes(await ctxOf(b))).toEqual({ measured: 0 });
    expect(await measureDueOutcomes(await ctxOf(a))).toEqual({ measured: 1 });

    // B's player: refused before any lookup.
    expect(['FORBIDDEN', 'UNAUTHENTICATED']).toContain(await errorCode(b.player.sdk.Experiments({})));
    expect((await b.player.sdk.Node({ id: ofB.id })).node).toBeNull();
  });
});

// ---------------------------------------------------------------- VIP

describe('VIP', () => {
  it('B\'s staff and players cannot read or change A\'s programme, tiers, players\' status, points, checks or redemptions, nor receive A\'s events', async () => {
    const settings = { earnRates: [{ currency: 'EUR', perPoint: '100' }], cashRedemption: [{ currency: 'EUR', perPoint: '100' }] };
    expectType((await a.tenant.admin.sdk.UpdateVipSettings({ input: settings })).updateVipSettings, 'UpdateVipSettingsPayload');
    expectType((await b.tenant.admin.sdk.UpdateVipSettings({ input: { earnRates: [{ currency: 'EUR', perPoint: '1' }] } })).updateVipSettings, 'UpdateVipSettingsPayload');
    const bronzeOfA = expectType((await a.tenant.admin.sdk.CreateVipTier({ input: { key: 'a-bronze', name: 'A Bronze', rank: 0, threshold: '0' } })).createVipTier, 'CreateVipTierPayload').tier;
    const diamondOfA = expectType((await a.tenant.admin.sdk.CreateVipTier({ input: { key: 'a-diamond', name: 'A Diamond', rank: 1, threshold: '1000', highValue: true, personalManager: true } })).createVipTier, 'CreateVipTierPayload').tier;
    const aPlayer = await newPlayer(server, a.tenant);
    const staffEvents = collect<VipStatusChangedSubscription>(server.ws({ authorization: `Bearer ${b.tenant.admin.token}` }), print(VipStatusChangedDocument));
    const playerEvents = collect<VipStatusChangedSubscription>(server.ws({ authorization: `Bearer ${b.player.token}` }), print(VipStatusChangedDocument));
    const aEvents = collect<VipStatusChangedSubscription>(server.ws({ authorization: `Bearer ${a.tenant.admin.token}` }), print(VipStatusChangedDocument));
    await sleep(300);
    expectType((await a.tenant.admin.sdk.AdjustVipPoints({ input: { playerId: aPlayer.player.id, points: '20', reason: 'welcome', idempotencyKey: 'cross-vip-adjust-1' } })).adjustVipPoints, 'AdjustVipPointsPayload');
    const checkOfA = expectType(
      (await a.tenant.admin.sdk.RecordVipCheck({ input: { playerId: aPlayer.player.id, tierId: diamondOfA.id, kind: 'IDENTITY', evidence: 'A-only passport check' } })).recordVipCheck,
      'RecordVipCheckPayload',
    ).check;
    const redemptionOfA = expectType(
      (await aPlayer.sdk.RedeemVipPoints({ input: { points: '5', to: 'CASH', currency: 'EUR', idempotencyKey: 'cross-vip-redeem-1' } })).redeemVipPoints,
      'RedeemVipPointsPayload',
    ).redemption;
    // Controls: A sees its own.
    expect((await a.tenant.admin.sdk.VipTiers({})).vipTiers!.map((t) => t.id)).toEqual([bronzeOfA.id, diamondOfA.id]);
    expect((await a.tenant.admin.sdk.PlayerVipPoints({ id: aPlayer.player.id })).player).toMatchObject({ vipPoints: { balance: '15.00' } });
    expect((await a.tenant.admin.sdk.VipNode({ id: checkOfA.id })).node).toMatchObject({ id: checkOfA.id });
    expect((await aPlayer.sdk.MyVipPoints({})).myVipPoints!.balance).toBe('15.00');
    expect((await aEvents.waitFor(1)).map((e) => e.vipStatusChanged.kind)).toEqual(['CHECK_RECORDED']);

    const riskOfB = await newStaff(server, platform, b.tenant.slug, ['RISK']);
    for (const sdk of [b.tenant.admin.sdk, b.staff.sdk, riskOfB.sdk, b.player.sdk]) {
      const tiers = (await sdk.VipTiers({})).vipTiers ?? [];
      expect(tiers.map((t) => t.id)).not.toContain(bronzeOfA.id);
      for (const id of [bronzeOfA.id, diamondOfA.id, checkOfA.id, redemptionOfA.id]) expect((await sdk.VipNode({ id })).node).toBeNull();
      expect((await sdk.PlayerVipStatus({ id: aPlayer.player.id })).player ?? null).toBeNull();
    }
    expect((await b.tenant.admin.sdk.VipSettings({})).vipSettings).toMatchObject({ earnRates: [{ currency: 'EUR', perPoint: '1' }] });
    expect((await b.tenant.admin.sdk.PlayerVipPoints({ id: aPlayer.player.id })).player).toBeNull();
    expect((await riskOfB.sdk.VipCheckQueue({})).vipCheckQueue!.nodes).toEqual([]);
    expect((await b.player.sdk.MyVipPoints({})).myVipPoints!.balance).toBe('0.00');
    expect((await b.player.sdk.MyVipRedemptions({})).myVipRedemptions!.totalCount).toBe(0);

    expectType((await b.tenant.admin.sdk.UpdateVipTier({ input: { tierId: diamondOfA.id, name: 'stolen' } })).updateVipTier, 'NotFoundError');
    expectType((await b.tenant.admin.sdk.ArchiveVipTier({ input: { tierId: bronzeOfA.id } })).archiveVipTier, 'NotFoundError');
    expectType((await b.tenant.admin.sdk.AdjustVipPoints({ input: { playerId: aPlayer.player.id, points: '1000', reason: 'not mine', idempotencyKey: 'cross-vip-adjust-2' } })).adjustVipPoints, 'NotFoundError');
    expectType((await b.tenant.admin.sdk.AssignVipManager({ input: { playerId: aPlayer.player.id, managerId: b.staff.id } })).assignVipManager, 'NotFoundError');
    expectType((await b.tenant.admin.sdk.RecordVipCheck({ input: { playerId: aPlayer.player.id, tierId: diamondOfA.id, kind: 'AFFORDABILITY', evidence: 'not mine' } })).recordVipCheck, 'NotFoundError');
    expectType((await riskOfB.sdk.ApproveVipCheck({ input: { checkId: checkOfA.id } })).approveVipCheck, 'NotFoundError');
    expectType((await riskOfB.sdk.RejectVipCheck({ input: { checkId: checkOfA.id } })).rejectVipCheck, 'NotFoundError');
    expectType((await b.player.sdk.RedeemVipPoints({ input: { points: '5', to: 'CASH', currency: 'EUR', idempotencyKey: 'cross-vip-redeem-1' } })).redeemVipPoints, 'VipRedemptionUnavailableError'); // B's own programme: no cash rate
    // Nothing of A changed.
    expect((await a.tenant.admin.sdk.VipNode({ id: checkOfA.id })).node).toMatchObject({ id: checkOfA.id });
    expect((await a.tenant.admin.sdk.VipTiers({})).vipTiers!.map((t) => t.name)).toEqual(['A Bronze', 'A Diamond']);
    expect((await aPlayer.sdk.MyVipPoints({})).myVipPoints!.balance).toBe('15.00');

    await sleep(300);
    expect(staffEvents.received).toEqual([]);
    expect(playerEvents.received).toEqual([]);
    for (const subscription of [staffEvents, playerEvents, aEvents]) subscription.unsubscribe();
  });
});

// ---------------------------------------------------------------- affiliates

describe('affiliates', () => {
  it('B\'s staff, players and API key cannot read or change A\'s affiliates, links or settings', async () => {
    const topOfA = expectType((await a.tenant.admin.sdk.CreateAffiliate({ input: { code: 'a-top', name: 'A-only Media', email: 'top@a-aff.test' } })).createAffiliate, 'CreateAffiliatePayload').affiliate;
    const linkOfA = expectType(
      (await a.tenant.admin.sdk.CreateAffiliateLink({ input: { affiliateId: topOfA.id, code: 'a-link', landingUrl: '/a-only' } })).createAffiliateLink,
      'CreateAffiliateLinkPayload',
    ).link;
    expectType((await a.tenant.admin.sdk.UpdateAffiliateSettings({ input: { attributionWindowDays: 9 } })).updateAffiliateSettings, 'UpdateAffiliateSettingsPayload');
    const topOfB = expectType((await b.tenant.admin.sdk.CreateAffiliate({ input: { code: 'b-top', name: 'B Media', email: 'top@b-aff.test' } })).createAffiliate, 'CreateAffiliatePayload').affiliate;
    // Controls: A sees its own, B its own.
    expect((await a.tenant.admin.sdk.Affiliate({ id: topOfA.id })).affiliate).toMatchObject({ code: 'a-top', links: { totalCount: 1 } });
    expect((await a.tenant.admin.sdk.AffiliateNode({ id: linkOfA.id })).node).toMatchObject({ id: linkOfA.id });
    expect((await b.tenant.admin.sdk.Affiliates({})).affiliates!.nodes.map((n) => n.id)).toEqual([topOfB.id]);

    for (const sdk of [b.tenant.admin.sdk, b.staff.sdk, b.apiKey.sdk]) {
      const listed = await answerOf(sdk.Affiliates({ search: 'a-' }));
      expect(JSON.stringify(listed)).not.toContain(topOfA.id);
      expect((await sdk.Affiliate({ id: topOfA.id })).affiliate).toBeNull();
      for (const id of [topOfA.id, linkOfA.id]) expect((await sdk.AffiliateNode({ id })).node).toBeNull();
    }
    expect((await b.player.sdk.AffiliateNode({ id: topOfA.id })).node).toBeNull();
    expect(['FORBIDDEN', 'UNAUTHENTICATED']).toContain(await errorCode(b.player.sdk.Affiliates({})));
    expect((await b.tenant.admin.sdk.AffiliateSettings()).affiliateSettings).toEqual({ attributionWindowDays: 30, version: 0 });

    for (const sdk of [b.tenant.admin.sdk, b.apiKey.sdk]) {
      expectType((await sdk.UpdateAffiliate({ input: { affiliateId: topOfA.id, name: 'stolen' } })).updateAffiliate, 'NotFoundError');
      expectType((await sdk.CreateAffiliateLink({ input: { affiliateId: topOfA.id, code: 'b-steals', landingUrl: '/x' } })).createAffiliateLink, 'NotFoundError');
      // B's affiliate cannot be hung under A's.
      expectType((await sdk.UpdateAffiliate({ input: { affiliateId: topOfB.id, parentAffiliateId: topOfA.id } })).updateAffiliate, 'AffiliateParentUnknownError');
      expectType((await sdk.CreateAffiliate({ input: { code: 'b-sub', name: 'B sub', email: 'sub@b-aff.test', parentAffiliateId: topOfA.id } })).createAffiliate, 'AffiliateParentUnknownError');
    }
    // Codes are the tenant's own: B may use A's.
    expectType((await b.tenant.admin.sdk.CreateAffiliateLink({ input: { affiliateId: topOfB.id, code: 'a-link', landingUrl: '/b' } })).createAffiliateLink, 'CreateAffiliateLinkPayload');
    // A player of A attributed by a click on A's link: B reads nothing of it, and B's click endpoint knows no A link.
    const clicked = await fetch(`${server.url}/affiliates/${a.tenant.slug}/click/a-link`, { redirect: 'manual' });
    const clickId = new URL(clicked.headers.get('location')!, 'https://x.test').searchParams.get('aff_click')!;
    const referred = await a.tenant.public.RegisterPlayer({ input: { email: 'referred@a-aff.test', password: PASSWORD, displayName: 'Referred', tracking: { clickId } } });
    const referredId = expectType(referred.registerPlayer, 'RegisterPlayerPayload').player.id;
    expect((await a.tenant.admin.sdk.PlayerAffiliateAttribution({ id: referredId })).player!.affiliateAttribution).toMatchObject({ method: 'CLICK', affiliate: { id: topOfA.id } });
    for (const sdk of [b.tenant.admin.sdk, b.staff.sdk, b.apiKey.sdk]) expect((await sdk.PlayerAffiliateAttribution({ id: referredId })).player ?? null).toBeNull();
    const inB = await b.tenant.public.RegisterPlayer({ input: { email: 'referred@b-aff.test', password: PASSWORD, displayName: 'Referred', tracking: { clickId, affiliateCode: 'a-top' } } });
    expect((await b.tenant.admin.sdk.PlayerAffiliateAttribution({ id: expectType(inB.registerPlayer, 'RegisterPlayerPayload').player.id })).player!.affiliateAttribution).toBeNull();
    // B cannot exclude A's referred player from commission.
    for (const sdk of [b.tenant.admin.sdk, b.apiKey.sdk]) {
      expectType((await sdk.SetAffiliatePlayerExclusion({ input: { playerId: referredId, reason: 'FRAUD' } })).setAffiliatePlayerExclusion, 'NotFoundError');
    }
    expect((await a.tenant.admin.sdk.PlayerAffiliateAttribution({ id: referredId })).player!.affiliateAttribution!.exclusion).toBeNull();
    // Nothing of A changed.
    expect((await a.tenant.admin.sdk.Affiliate({ id: topOfA.id })).affiliate).toMatchObject({ name: 'A-only Media', version: 1, links: { totalCount: 1 }, subAffiliates: { totalCount: 0 } });
    expect((await a.tenant.admin.sdk.AffiliateSettings()).affiliateSettings).toEqual({ attributionWindowDays: 9, version: 1 });
  });

  it('B cannot invite A\'s affiliate to its portal, nor sign it in; nobody but an affiliate reads the portal', async () => {
    const ofA = expectType((await a.tenant.admin.sdk.CreateAffiliate({ input: { code: 'a-portal', name: 'A portal', email: 'portal@a-aff.test' } })).createAffiliate, 'CreateAffiliatePayload').affiliate;
    expectType((await a.tenant.admin.sdk.InviteAffiliate({ input: { affiliateId: ofA.id } })).inviteAffiliate, 'InviteAffiliatePayload');
    for (const sdk of [b.tenant.admin.sdk, b.apiKey.sdk]) expectType((await sdk.InviteAffiliate({ input: { affiliateId: ofA.id } })).inviteAffiliate, 'NotFoundError');
    expect(await errorCode(b.staff.sdk.InviteAffiliate({ input: { affiliateId: ofA.id } }))).toBe('FORBIDDEN');
    for (const sdk of [b.tenant.admin.sdk, b.staff.sdk, b.player.sdk, b.apiKey.sdk]) expect(await errorCode(sdk.MyAffiliate({}))).toBe('FORBIDDEN');
    expectType((await b.tenant.public.AffiliateSignIn({ input: { email: 'portal@a-aff.test', password: PASSWORD } })).affiliateSignIn, 'InvalidCredentialsError');
  });

  it('B cannot read, change or assign A\'s commission plans, nor put A\'s affiliates on B\'s plans', async () => {
    const terms = { revShare: { basis: 'NEW_PAYING_PLAYERS' as const, playerTiers: [{ from: 0, rate: '0.3' }] }, ngr: { bonusCost: true, chargebacks: true }, negativeCarryover: false };
    const planOfA = expectType((await a.tenant.admin.sdk.CreateAffiliatePlan({ input: { name: 'A-only plan', terms } })).createAffiliatePlan, 'CreateAffiliatePlanPayload').plan;
    const affiliateOfA = expectType((await a.tenant.admin.sdk.CreateAffiliate({ input: { code: 'a-planned', name: 'A planned', email: 'planned@a-aff.test' } })).createAffiliate, 'CreateAffiliatePayload').affiliate;
    const planOfB = expectType((await b.tenant.admin.sdk.CreateAffiliatePlan({ input: { name: 'B plan', terms } })).createAffiliatePlan, 'CreateAffiliatePlanPayload').plan;
    const affiliateOfB = expectType((await b.tenant.admin.sdk.CreateAffiliate({ input: { code: 'b-planned', name: 'B planned', email: 'planned@b-aff.test' } })).createAffiliate, 'CreateAffiliatePayload').affiliate;
    // Control: A reads its own.
    expect((await a.tenant.admin.sdk.AffiliatePlan({ id: planOfA.id })).affiliatePlan).toMatchObject({ name: 'A-only plan' });

    for (const sdk of [b.tenant.admin.sdk, b.staff.sdk, b.apiKey.sdk]) {
      expect((await sdk.AffiliatePlan({ id: planOfA.id })).affiliatePlan).toBeNull();
      expect((await sdk.AffiliateNode({ id: planOfA.id })).node).toBeNull();
      expect(JSON.stringify(await answerOf(sdk.AffiliatePlans({})))).not.toContain(planOfA.id);
    }
    expect((await b.player.sdk.AffiliateNode({ id: planOfA.id })).node).toBeNull();
    expect(['FORBIDDEN', 'UNAUTHENTICATED']).toContain(await errorCode(b.player.sdk.AffiliatePlans({})));

    for (const sdk of [b.tenant.admin.sdk, b.apiKey.sdk]) {
      expectType((await sdk.UpdateAffiliatePlan({ input: { planId: planOfA.id, name: 'stolen' } })).updateAffiliatePlan, 'NotFoundError');
      expectType((await sdk.ArchiveAffiliatePlan({ input: { planId: planOfA.id } })).archiveAffiliatePlan, 'NotFoundError');
      expectType((await sdk.AssignAffiliatePlan({ input: { affiliateId: affiliateOfB.id, planId: planOfA.id } })).assignAffiliatePlan, 'NotFoundError');
      expectType((await sdk.AssignAffiliatePlan({ input: { affiliateId: affiliateOfA.id, planId: planOfB.id } })).assignAffiliatePlan, 'NotFoundError');
    }
    // Nothing of A changed; B's affiliate is on no plan.
    expect((await a.tenant.admin.sdk.AffiliatePlan({ id: planOfA.id })).affiliatePlan).toMatchObject({ name: 'A-only plan', version: 1, archived: false });
    expect((await a.tenant.admin.sdk.AffiliateWithPlan({ id: affiliateOfA.id })).affiliate).toMatchObject({ version: 1, plan: null });
    expect((await b.tenant.admin.sdk.AffiliateWithPlan({ id: affiliateOfB.id })).affiliate).toMatchObject({ version: 1, plan: null });
  });

  it('B cannot read, submit, approve, reject or pay A\'s commission statements', async () => {
    const terms = { revShare: { basis: 'NEW_PAYING_PLAYERS' as const, playerTiers: [{ from: 0, rate: '0.3' }] }, ngr: { bonusCost: false, chargebacks: false }, negativeCarryover: false };
    const planOfA = expectType((await a.tenant.admin.sdk.CreateAffiliatePlan({ input: { name: 'A statements plan', terms } })).createAffiliatePlan, 'CreateAffiliatePlanPayload').plan;
    const affiliateOfA = expectType((await a.tenant.admin.sdk.CreateAffiliate({ input: { code: 'a-stated', name: 'A stated', email: 'stated@a-aff.test' } })).createAffiliate, 'CreateAffiliatePayload').affiliate;
    expectType((await a.tenant.admin.sdk.AssignAffiliatePlan({ input: { affiliateId: affiliateOfA.id, planId: planOfA.id } })).assignAffiliatePlan, 'AssignAffiliatePlanPayload');
    const player = localId(a.player.player.id);
    const { statementIds } = await storeComputedPeriod(server, a.tenant, { start: '2026-01-01', end: '2026-02-01' }, [
      {
        affiliateId: localId(affiliateOfA.id),
        players: [
          {
            playerId: player,
            currency: 'EUR',
            registeredOn: '2025-12-01',
            firstDeposit: null,
            activity: [],
            period: { stakes: 10000n, wins: 0n, bonusCost: 0n, chargebacks: 0n, deposits: 0n, withdrawals: 0n },
            flags: {},
            firstDepositChargedBackOn: null,
            cpa: null,
          },
        ],
      },
    ]);
    const statementOfA = Buffer.from(`AffiliateStatement:${statementIds.get(localId(affiliateOfA.id))!}`).toString('base64');
    // Control: A reads its own (RevShare 30% of 100.00).
    expect((await a.tenant.admin.sdk.AffiliateStatement({ id: statementOfA })).affiliateStatement).toMatchObject({ status: 'COMPUTED', currencies: [{ payable: { amount: '3000' } }] });

    for (const sdk of [b.tenant.admin.sdk, b.staff.sdk, b.apiKey.sdk]) {
      expect((await sdk.AffiliateStatement({ id: statementOfA })).affiliateStatement).toBeNull();
      expect((await sdk.AffiliateNode({ id: statementOfA })).node).toBeNull();
      expect(JSON.stringify(await answerOf(sdk.AffiliateStatements({ filter: { periodStart: '2026-01-01' } })))).not.toContain(statementOfA);
      expect(JSON.stringify(await answerOf(sdk.AffiliateStatements({ filter: { affiliateId: affiliateOfA.id } })))).not.toContain(statementOfA);
    }
    expect((await b.player.sdk.AffiliateNode({ id: statementOfA })).node).toBeNull();
    expect(['FORBIDDEN', 'UNAUTHENTICATED']).toContain(await errorCode(b.player.sdk.AffiliateStatements({})));

    for (const sdk of [b.tenant.admin.sdk, b.apiKey.sdk]) {
      expectType((await sdk.SubmitAffiliateStatement({ input: { statementId: statementOfA } })).submitAffiliateStatement, 'NotFoundError');
      expectType((await sdk.ApproveAffiliateStatement({ input: { statementId: statementOfA } })).approveAffiliateStatement, 'NotFoundError');
      expectType((await sdk.RejectAffiliateStatement({ input: { statementId: statementOfA, reason: 'b' } })).rejectAffiliateStatement, 'NotFoundError');
      expectType((await sdk.PayAffiliateStatement({ input: { statementId: statementOfA, currency: 'EUR', method: 'BANK_TRANSFER', reference: 'b' } })).payAffiliateStatement, 'NotFoundError');
    }
    // Nothing of A changed.
    expect((await a.tenant.admin.sdk.AffiliateStatement({ id: statementOfA })).affiliateStatement).toMatchObject({ status: 'COMPUTED', submittedAt: null });
  });
});

describe('KPIs', () => {
  it('B\'s staff and API key read B\'s figures only, never A\'s, and reconcile B\'s days only', async () => {
    const day = new Date().toISOString().slice(0, 10);
    const deposit = (side: Side, key: string, amount: string) =>
      side.apiKey.sdk.PostTransfers({
        input: { idempotencyKey: key, code: 'DEPOSIT', transfers: [{ from: { ownerType: 'WORLD', currency: 'EUR' }, to: { ownerType: 'PLAYER', ownerId: side.player.player.id, currency: 'EUR', kind: 'CASH' }, amount }] },
      });
    expectType((await deposit(a, 'kpi-a-deposit', '777001')).postTransfers, 'PostTransfersPayload');
    expectType((await deposit(b, 'kpi-b-deposit', '1')).postTransfers, 'PostTransfersPayload');
    const services = server.platform.services;
    for (const side of [a, b]) await rollUpTenant(services, localId(side.tenant.id));
    const eurDeposits = async (sdk: Sdk) => (await sdk.Kpis({ from: day, to: day })).kpis!.periods[0]!.currencies.find((c) => c.currency === 'EUR')!.deposits.amount.amount;
    // Control: A sees its deposit.
    expect(BigInt(await eurDeposits(a.tenant.admin.sdk))).toBeGreaterThanOrEqual(777001n);
    for (const sdk of [b.tenant.admin.sdk, b.apiKey.sdk]) {
      const seen = await eurDeposits(sdk);
      expect(BigInt(seen)).toBeLessThan(777001n);
      expect(JSON.stringify((await sdk.KpiFunnel({ from: day, to: day })).kpiFunnel)).not.toContain('777001');
      const checked = expectType((await sdk.ReconcileKpis({ input: { day } })).reconcileKpis, 'ReconcileKpisPayload').reconciliation!;
      expect(checked.differences).toEqual([]);
      expect(JSON.stringify((await sdk.KpiReconciliations({ from: day, to: day })).kpiReconciliations)).not.toContain('777001');
    }
    expect(['FORBIDDEN', 'UNAUTHENTICATED']).toContain(await errorCode(b.player.sdk.Kpis({ from: day, to: day })));
    expect(['FORBIDDEN', 'UNAUTHENTICATED']).toContain(await errorCode(b.staff.sdk.Kpis({ from: day, to: day })));
    for (const sdk of [b.tenant.admin.sdk, b.staff.sdk, b.apiKey.sdk]) expect(['FORBIDDEN', 'UNAUTHENTICATED']).toContain(await errorCode(sdk.PlatformKpis({ from: day, to: day })));
  });
});

describe('risk cases', () => {
  it('B\'s staff, players and API key cannot read, act on, decide or close A\'s cases, nor receive their events', async () => {
    const riskOfA = await newStaff(server, platform, a.tenant.slug, ['RISK']);
    const riskOfB = await newStaff(server, platform, b.tenant.slug, ['RISK']);
    const bEvents = collect<RiskCaseUpdatedSubscription>(server.ws({ authorization: `Bearer ${riskOfB.token}` }), print(RiskCaseUpdatedDocument));
    const aEvents = collect<RiskCaseUpdatedSubscription>(server.ws({ authorization: `Bearer ${riskOfA.token}` }), print(RiskCaseUpdatedDocument));
    await sleep(300);
    const caseOfA = expectType((await riskOfA.sdk.OpenRiskCase({ input: { playerIds: [a.player.player.id], title: 'A-only case', severity: 'HIGH', note: 'A-only note' } })).openRiskCase, 'OpenRiskCasePayload').riskCase;
    const actionOfA = expectType(
      (await riskOfA.sdk.TakeRiskCaseAction({ input: { caseId: caseOfA.id, playerId: a.player.player.id, action: 'CLOSE_ACCOUNT', note: 'A-only action', idempotencyKey: 'cross-risk-1' } })).takeRiskCaseAction,
      'TakeRiskCaseActionPayload',
    ).action;
    // Controls: A sees its own.
    expect((await riskOfA.sdk.RiskCase({ id: caseOfA.id })).node).toMatchObject({ id: caseOfA.id });
    expect((await aEvents.waitFor(2)).map((e) => e.riskCaseUpdated.change)).toEqual(['OPENED', 'ACTION_REQUESTED']);

    for (const sdk of [b.tenant.admin.sdk, riskOfB.sdk, b.apiKey.sdk]) {
      expect((await sdk.RiskCase({ id: caseOfA.id })).node).toBeNull();
      expect((await sdk.RiskCase({ id: actionOfA.id })).node).toBeNull();
      expect((await sdk.RiskCases({})).riskCases!.nodes.map((c) => c.id)).not.toContain(caseOfA.id);
      expect((await sdk.RiskActionQueue({})).riskActionQueue!.nodes.map((x) => x.id)).not.toContain(actionOfA.id);
    }
    expect((await b.player.sdk.RiskCase({ id: caseOfA.id })).node).toBeNull();
    expectType((await riskOfB.sdk.TakeRiskCaseAction({ input: { caseId: caseOfA.id, playerId: a.player.player.id, action: 'FREEZE', note: 'not mine', idempotencyKey: 'cross-risk-2' } })).takeRiskCaseAction, 'NotFoundError');
    expectType((await riskOfB.sdk.ApproveRiskCaseAction({ input: { actionId: actionOfA.id } })).approveRiskCaseAction, 'NotFoundError');
    expectType((await riskOfB.sdk.RejectRiskCaseAction({ input: { actionId: actionOfA.id } })).rejectRiskCaseAction, 'NotFoundError');
    expectType((await riskOfB.sdk.ResolveRiskCase({ input: { caseId: caseOfA.id, resolution: 'CLEARED', note: 'not mine' } })).resolveRiskCase, 'NotFoundError');
    expectType((await riskOfB.sdk.OpenRiskCase({ input: { playerIds: [a.player.player.id], title: 'x', severity: 'LOW', note: 'not mine' } })).openRiskCase, 'NotFoundError');
    // Nothing of A changed.
    expect((await riskOfA.sdk.RiskCase({ id: caseOfA.id })).node).toMatchObject({ status: 'OPEN', version: 2 });
    expect((await riskOfA.sdk.RiskActionQueue({})).riskActionQueue!.nodes.map((x) => x.id)).toContain(actionOfA.id);

    await sleep(300);
    expect(bEvents.received).toEqual([]);
    for (const subscription of [aEvents, bEvents]) subscription.unsubscribe();
  });
});

// ---------------------------------------------------------------- KYC

describe('KYC', () => {
  it('B cannot see or decide A\'s verifications, ask A\'s players for a level, read A\'s providers or settings, nor post to A\'s webhook with its own token', async () => {
    const seededA = await seedKyc(server, a.tenant, a.player);
    const seededB = await seedKyc(server, b.tenant, b.player);
    const aAdmin = a.tenant.admin.sdk;
    const bAdmin = b.tenant.admin.sdk;
    expectType((await aAdmin.UpdateRiskSettings({ input: { minimumAge: 21, withdrawalLevel: 'ENHANCED' } })).updateRiskSettings, 'UpdateRiskSettingsPayload');
    // Control: A's staff and player see A's verification.
    expect(expectType((await aAdmin.KycVerificationNode({ id: seededA.verificationId })).node!, 'KycVerification').status).toBe('PASSED');
    expect((await aAdmin.PlayerVerifications({ playerId: a.player.player.id })).playerVerifications!.totalCount).toBe(1);
    expect((await a.player.sdk.MyVerification()).myVerification!.level).toBe('BASIC');

    for (const sdk of [bAdmin, b.player.sdk, b.apiKey.sdk]) expect((await sdk.KycVerificationNode({ id: seededA.verificationId })).node).toBeNull();
    expect((await bAdmin.PlayerVerifications({ playerId: a.player.player.id })).playerVerifications!.totalCount).toBe(0);
    expect((await bAdmin.PlayerVerification({ id: a.player.player.id })).node).toBeNull();
    expect((await aAdmin.Node({ id: seededA.onfidoProviderId })).node?.__typename).toBe('KycProvider');
    expect((await bAdmin.Node({ id: seededA.onfidoProviderId })).node).toBeNull();
    const lists = [await bAdmin.KycProviders(), await bAdmin.RiskSettings(), await bAdmin.PlayerVerifications({ playerId: b.player.player.id })];
    expect(JSON.stringify(lists)).not.toContain(localId(seededA.verificationId));
    expect(JSON.stringify(lists)).not.toContain(localId(seededA.onfidoProviderId));
    expectNoTraceOfA(lists);
    expect((await bAdmin.RiskSettings()).riskSettings!).toMatchObject({ minimumAge: 18, withdrawalLevel: 'FULL' });
    expectType((await bAdmin.DecideVerification({ input: { verificationId: seededA.verificationId, pass: false, note: 'not mine' } })).decideVerification, 'NotFoundError');
    expectType((await bAdmin.RequestVerification({ input: { playerId: a.player.player.id, level: 'ENHANCED', note: 'not mine' } })).requestVerification, 'NotFoundError');
    expect(expectType((await aAdmin.PlayerVerification({ id: a.player.player.id })).node!, 'Player').status).toBe('ACTIVE');

    // Webhooks: an event signed with B's token is refused at A's URL, and A's is refused at B's.
    const body = JSON.stringify({ payload: { resource_type: 'check', action: 'check.completed', object: { id: 'cross-check', href: 'https://api.onfido.test' } } });
    expect((await sendOnfidoWebhook(`${server.url}${seededA.onfidoWebhookPath}`, body, 'other-tenant-token')).status).toBe(401);
    expect((await sendOnfidoWebhook(`${server.url}${seededB.onfidoWebhookPath}`, body, SEED_ONFIDO_WEBHOOK_TOKEN.replace('seed', 'a'))).status).toBe(401);

    // Subscriptions: A's player's verification events reach A's player only.
    const mine = collect<MyVerificationUpdatedSubscription>(server.ws({ authorization: `Bearer ${a.player.token}` }), print(MyVerificationUpdatedDocument));
    const theirs = collect<MyVerificationUpdatedSubscription>(server.ws({ authorization: `Bearer ${b.player.token}` }), print(MyVerificationUpdatedDocument));
    await sleep(300);
    expectType((await a.player.sdk.StartVerification({ input: { level: 'FULL' } })).startVerification, 'StartVerificationPayload');
    expect((await mine.waitFor(2)).map((e) => e.myVerificationUpdated.status)).toEqual(['PENDING', 'PASSED']);
    await sleep(300);
    expect(theirs.received).toEqual([]);
    mine.unsubscribe();
    theirs.unsubscribe();
  });
});

// ---------------------------------------------------------------- poker collusion

describe('poker collusion', () => {
  it('B\'s staff cannot read A\'s collusion pairs, nor scan A\'s hands', async () => {
    const riskOfA = await newStaff(server, platform, a.tenant.slug, ['RISK']);
    const created = await a.tenant.admin.sdk.CreatePokerTable({
      input: { name: 'A collusion table', variant: 'NLHE', currency: 'EUR', smallBlind: '1', bigBlind: '2', maxSeats: 2, minBuyIn: '50', maxBuyIn: '100', turnSeconds: 60 },
    });
    const tableId = expectType(created.createPokerTable, 'CreatePokerTablePayload').table.id;
    const seated = [await newPlayer(server, a.tenant), await newPlayer(server, a.tenant)];
    for (const [i, p] of seated.entries()) {
      const deposit = await a.apiKey.sdk.PostTransfers({
        input: { idempotencyKey: `cross-collusion-${i}`, code: 'DEPOSIT', transfers: [{ from: { ownerType: 'WORLD', currency: 'EUR' }, to: { ownerType: 'PLAYER', ownerId: p.player.id, currency: 'EUR' }, amount: '100' }] },
      });
      expectType(deposit.postTransfers, 'PostTransfersPayload');
      expectType((await p.sdk.SitAtPokerTable({ input: { tableId, buyIn: '50', seat: i } })).sitAtPokerTable, 'SitAtPokerTablePayload');
    }
    // Two hands checked and called down.
    for (let step = 0; step < 100; step++) {
      const snap = (await a.tenant.admin.sdk.PokerTableSnapshot({ tableId })).pokerTableSnapshot!;
      if (!snap.hand || snap.hand.handNo > 2) break;
      const pid = snap.hand.players.find((p) => p.seat === snap.hand!.seatToAct)!.player!.id;
      const actor = seated.find((p) => p.player.id === pid)!;
      const mine = (await actor.sdk.PokerTableSnapshot({ tableId })).pokerTableSnapshot!.hand!;
      const action = mine.legalActions.some((l) => l.type === 'CHECK') ? 'CHECK' : 'CALL';
      expectType((await actor.sdk.PokerAct({ input: { tableId, handId: mine.hand!.id, action } })).pokerAct, 'PokerActPayload');
    }
    expect(expectType((await riskOfA.sdk.ScanCollusion({ input: { reason: 'cross-tenant' } })).scanCollusion, 'ScanCollusionPayload').hands).toBe(2);
    const pairOfA = (await riskOfA.sdk.CollusionPairs({})).collusionPairs!.nodes[0]!;
    expect(pairOfA).toMatchObject({ hands: 2 });

    const riskOfB = await newStaff(server, platform, b.tenant.slug, ['RISK']);
    for (const sdk of [b.tenant.admin.sdk, b.staff.sdk, riskOfB.sdk, b.player.sdk]) {
      expect((await sdk.CollusionPairNode({ id: pairOfA.id })).node).toBeNull();
      expect((await sdk.PlayerCollusionPairs({ id: seated[0]!.player.id })).node ?? null).toBeNull();
    }
    expect((await riskOfB.sdk.CollusionPairs({})).collusionPairs).toMatchObject({ totalCount: 0, nodes: [] });
    // B's scan reads B's hands only: A's table and pairs are untouched.
    expect(expectType((await riskOfB.sdk.ScanCollusion({ input: { reason: 'not mine' } })).scanCollusion, 'ScanCollusionPayload')).toMatchObject({ hands: 0, pairs: 0 });
    expect((await riskOfA.sdk.CollusionPairNode({ id: pairOfA.id })).node).toMatchObject({ hands: 2, updatedAt: pairOfA.updatedAt });
  });
});

// ---------------------------------------------------------------- risk links

describe('risk links', () => {
  it('B\'s RISK staff cannot see A\'s linked accounts, links or their cases, nor receive their events', async () => {
    const riskOfA = await newStaff(server, platform, a.tenant.slug, ['RISK']);
    const riskOfB = await newStaff(server, platform, b.tenant.slug, ['RISK']);
    const theirs = collect<RiskCaseUpdatedSubscription>(server.ws({ authorization: `Bearer ${riskOfB.token}` }), print(RiskCaseUpdatedDocument));
    await sleep(300);
    const device = `cross-device-${uuidv7()}`;
    const first = await newPlayer(server, a.tenant);
    const second = await newPlayer(server, a.tenant);
    for (const who of [first, second]) {
      const { login } = await server.sdk({ 'x-tenant': a.tenant.slug, 'x-device-fingerprint': device }).Login({ input: { email: who.email, password: PASSWORD } });
      expectType(login, 'LoginPayload');
    }
    // Control: A's RISK staff see the link and its case.
    const links = (await riskOfA.sdk.LinkedAccounts({ playerId: first.player.id })).linkedAccounts!;
    // Every test request comes from one address: weak links to A's other players beside the device link.
    const byDevice = links.find((l) => l.player.id === second.player.id)!;
    expect(byDevice.signals.map((x) => x.kind)).toContain('DEVICE');
    const linkOfA = byDevice.link.id;
    expect((await riskOfA.sdk.RiskCases({ kind: 'MULTI_ACCOUNTING', playerId: first.player.id })).riskCases!.totalCount).toBe(1);

    expect((await riskOfB.sdk.LinkedAccounts({ playerId: first.player.id })).linkedAccounts).toEqual([]);
    expect((await riskOfB.sdk.PlayerLinkedAccounts({ id: first.player.id })).node).toBeNull();
    expect((await riskOfB.sdk.Nodes({ ids: [linkOfA] })).nodes).toEqual([null]);
    expect((await riskOfB.sdk.RiskLinks({ minScore: 0, first: 100 })).riskLinks!.nodes.map((l) => l.id)).not.toContain(linkOfA);
    expect((await riskOfB.sdk.RiskCases({ kind: 'MULTI_ACCOUNTING', playerId: first.player.id })).riskCases!.totalCount).toBe(0);
    await sleep(500);
    expect(theirs.received).toEqual([]);
    theirs.unsubscribe();
  });
});
