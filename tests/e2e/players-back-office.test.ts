/**
 * The back-office on players (issue #14 section 2): search, filters, orders, both-way paging
 * and totalCount; block and unblock (sessions, tokens, sockets, sign-in, audit); notes and
 * tags; the player's detail in one query; the player's own profile; cross-tenant refusals.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import { appUrlFrom } from '../../src/config.js';
import { TEST_APP_PASSWORD } from '../setup/database.js';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { graphqlError } from '../helpers/errors.js';
import { collect, settle } from '../helpers/subscriptions.js';
import { bearer, expectType, localId, newPlayer, newStaff, newTenant, PASSWORD, platformAdmin, type TestTenant } from '../helpers/world.js';

let server: TestServer;
let second: TestServer;
let platform: Sdk;
let tenant: TestTenant;
let other: TestTenant;
let db: pg.Client;


beforeAll(async () => {
  [server, second] = await Promise.all([startServer(), startServer()]);
  platform = (await platformAdmin(server)).sdk;
  [tenant, other] = await Promise.all([newTenant(server, platform), newTenant(server, platform, { locales: ['en'] })]);
  db = new pg.Client({ connectionString: inject('databaseUrl') });
  await db.connect();
});
afterAll(async () => {
  await db?.end();
  await Promise.all([server?.close(), second?.close()]);
});

/** The audit events of a target, oldest first (read as the owner: the trail itself is another module's API). */
async function auditOf(targetId: string): Promise<{ action: string; actor_kind: string; diff: Record<string, unknown> }[]> {
  const { rows } = await db.query('select action, actor_kind, diff from audit_event where target_id = $1 order by seq', [targetId]);
  return rows;
}

/** The codes a subscription ended with (a socket close gives its close code). */
async function failureCodes(subscription: ReturnType<typeof collect>): Promise<string[]> {
  for (let waited = 0; subscription.errors.length === 0 && waited < 3000; waited += 50) await settle(50);
  return subscription.errors.flatMap((error) =>
    Array.isArray(error)
      ? error.map((e: { extensions?: { code?: string } }) => String(e.extensions?.code))
      : [String((error as { extensions?: { code?: string }; code?: number }).extensions?.code ?? (error as { code?: number }).code)],
  );
}

describe('players listing', () => {
  let own: TestTenant;
  const people = [
    { email: 'alice@list.test', name: 'Alice Smith' },
    { email: 'bob@list.test', name: 'bob jones' },
    { email: 'zed@list.test', name: 'Ali Veli' },
    { email: 'carol@list.test', name: 'Carol' },
    { email: 'a_b@list.test', name: 'Under Score' },
  ];
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    own = await newTenant(server, platform);
    for (const person of people) {
      const { registerPlayer } = await own.public.RegisterPlayer({ input: { email: person.email, password: PASSWORD, displayName: person.name } });
      ids[person.email] = expectType(registerPlayer, 'RegisterPlayerPayload').player.id;
    }
  });

  const emails = (connection: { edges: { node: { email: string } }[] }) => connection.edges.map((e) => e.node.email);

  it('searches a case-insensitive prefix of the email or the name, wildcards taken literally', async () => {
    const ali = (await own.admin.sdk.Players({ filter: { search: 'ALI' }, orderBy: { field: 'EMAIL', direction: 'ASC' } })).players!;
    expect(emails(ali)).toEqual(['alice@list.test', 'zed@list.test']);
    expect(ali.totalCount).toBe(2);
    const underscore = (await own.admin.sdk.Players({ filter: { search: 'a_' } })).players!;
    expect(emails(underscore)).toEqual(['a_b@list.test']);
    expect((await own.admin.sdk.Players({ filter: { search: '%' } })).players!.totalCount).toBe(0);
    expect(emails((await own.admin.sdk.Players({ filter: { search: 'jon' } })).players!)).toEqual([]);
    expect((await own.admin.sdk.Players({ filter: { search: '  ' } })).players!.totalCount).toBe(5);
  });

  it('orders by email, display name and registration, both directions', async () => {
    const byEmail = await own.admin.sdk.Players({ orderBy: { field: 'EMAIL', direction: 'ASC' } });
    expect(emails(byEmail.players!)).toEqual(['a_b@list.test', 'alice@list.test', 'bob@list.test', 'carol@list.test', 'zed@list.test']);
    const byEmailDesc = await own.admin.sdk.Players({ orderBy: { field: 'EMAIL', direction: 'DESC' } });
    expect(emails(byEmailDesc.players!)).toEqual([...emails(byEmail.players!)].reverse());
    const byName = await own.admin.sdk.Players({ orderBy: { field: 'DISPLAY_NAME', direction: 'ASC' } });
    expect(byName.players!.edges.map((e) => e.node.displayName)).toEqual(['Ali Veli', 'Alice Smith', 'bob jones', 'Carol', 'Under Score']);
    const byCreated = await own.admin.sdk.Players({});
    expect(emails(byCreated.players!)).toEqual(people.map((p) => p.email));
    const newest = await own.admin.sdk.Players({ orderBy: { field: 'CREATED_AT', direction: 'DESC' }, first: 1 });
    expect(emails(newest.players!)).toEqual(['a_b@list.test']);
  });

  it('pages forward and backward through the same order, with totalCount over all pages', async () => {
    const orderBy = { field: 'EMAIL' as const, direction: 'DESC' as const };
    const all = emails((await own.admin.sdk.Players({ orderBy })).players!);
    const page1 = (await own.admin.sdk.Players({ orderBy, first: 2 })).players!;
    expect(emails(page1)).toEqual(all.slice(0, 2));
    expect(page1.totalCount).toBe(5);
    expect(page1.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const page2 = (await own.admin.sdk.Players({ orderBy, first: 2, after: page1.pageInfo.endCursor })).players!;
    expect(emails(page2)).toEqual(all.slice(2, 4));
    const tail = (await own.admin.sdk.Players({ orderBy, last: 2 })).players!;
    expect(emails(tail)).toEqual(all.slice(3));
    expect(tail.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const back = (await own.admin.sdk.Players({ orderBy, last: 2, before: tail.pageInfo.startCursor })).players!;
    expect(emails(back)).toEqual(all.slice(1, 3));
    const start = (await own.admin.sdk.Players({ orderBy, last: 5, before: back.pageInfo.startCursor })).players!;
    expect(emails(start)).toEqual(all.slice(0, 1));
    expect(start.pageInfo.hasPreviousPage).toBe(false);
    // A cursor continues only its own listing.
    expect((await graphqlError(own.admin.sdk.Players({ orderBy: { field: 'EMAIL', direction: 'ASC' }, after: page1.pageInfo.endCursor }))).code).toBe('VALIDATION_FAILED');
  });

  it('filters by id, status, registration range and tag', async () => {
    const bob = ids['bob@list.test']!;
    expect(emails((await own.admin.sdk.Players({ filter: { id: bob } })).players!)).toEqual(['bob@list.test']);
    expect((await graphqlError(own.admin.sdk.Players({ filter: { id: localId(bob) } }))).code).toBe('INVALID_ID');

    expectType((await own.admin.sdk.BlockPlayer({ input: { playerId: bob, reason: 'chargebacks' } })).blockPlayer, 'BlockPlayerPayload');
    const blocked = (await own.admin.sdk.Players({ filter: { status: 'BLOCKED' } })).players!;
    expect(emails(blocked)).toEqual(['bob@list.test']);
    expect(blocked.totalCount).toBe(1);
    expect((await own.admin.sdk.Players({ filter: { status: 'ACTIVE' } })).players!.totalCount).toBe(4);

    const all = (await own.admin.sdk.Players({})).players!.edges.map((e) => e.node);
    const from = all[1]!.createdAt;
    const to = all[3]!.createdAt;
    const range = (await own.admin.sdk.Players({ filter: { registeredFrom: from, registeredTo: to } })).players!;
    expect(emails(range)).toEqual([all[1]!.email, all[2]!.email]);

    for (const email of ['alice@list.test', 'carol@list.test']) {
      expectType((await own.admin.sdk.AddPlayerTags({ input: { playerId: ids[email]!, tags: ['vip'] } })).addPlayerTags, 'AddPlayerTagsPayload');
    }
    const vip = (await own.admin.sdk.Players({ filter: { tag: 'vip', search: 'car' } })).players!;
    expect(emails(vip)).toEqual(['carol@list.test']);
    expect((await own.admin.sdk.Players({ filter: { tag: 'vip' } })).players!.totalCount).toBe(2);
  });

  it('is for player:read only', async () => {
    const player = await newPlayer(server, own);
    expect((await graphqlError(player.sdk.Players({}))).code).toBe('FORBIDDEN');
    const support = await newStaff(server, platform, own.slug, ['SUPPORT']);
    expect((await support.sdk.Players({})).players!.totalCount).toBe(6);
  });
});

describe('block and unblock', () => {
  it('ends the player\'s sessions, refuses their tokens and sign-in, closes their sockets on every instance, and is audited', async () => {
    const player = await newPlayer(server, tenant);
    const secondSignIn = expectType((await tenant.public.Login({ input: { email: player.email, password: PASSWORD } })).login, 'LoginPayload');
    const bystander = await newPlayer(server, tenant);
    // Sockets of the player on both instances, and one of another player.
    const subscription = 'subscription { menuUpdated { seq } }';
    const here = collect(server.ws({ authorization: `Bearer ${player.token}` }), subscription);
    const there = collect(second.ws({ authorization: `Bearer ${secondSignIn.tokens.accessToken}` }), subscription);
    const untouched = collect(server.ws({ authorization: `Bearer ${bystander.token}` }), subscription);
    await settle();
    const support = await newStaff(server, platform, tenant.slug, ['SUPPORT']);

    const { blockPlayer } = await support.sdk.BlockPlayer({ input: { playerId: player.player.id, reason: '  Suspected account takeover ' } });
    const blocked = expectType(blockPlayer, 'BlockPlayerPayload').player;
    expect(blocked).toMatchObject({ status: 'BLOCKED', blockedReason: 'Suspected account takeover' });
    expect(blocked.blockedAt).not.toBeNull();

    expect(await failureCodes(here)).toEqual(['4403']);
    expect(await failureCodes(there)).toEqual(['4403']);
    expect(untouched.errors).toEqual([]);
    expect((await graphqlError(player.sdk.Viewer())).code).toBe('UNAUTHENTICATED');
    expect((await graphqlError(second.sdk(bearer(secondSignIn.tokens.accessToken)).Viewer())).code).toBe('UNAUTHENTICATED');
    for (const refreshToken of [player.tokens.refreshToken, secondSignIn.tokens.refreshToken]) {
      expectType((await server.sdk().RefreshSession({ input: { refreshToken } })).refreshSession, 'InvalidRefreshTokenError');
    }
    const login = await tenant.public.Login({ input: { email: player.email, password: PASSWORD } });
    expect(expectType(login.login, 'AccountDisabledError').code).toBe('ACCOUNT_DISABLED');
    expect((await bystander.sdk.Viewer()).viewer?.kind).toBe('PLAYER');

    // Who, why and when, on the player for staff.
    const detail = (await support.sdk.PlayerDetail({ id: player.player.id })).player!;
    expect(detail).toMatchObject({ status: 'BLOCKED', blockedReason: 'Suspected account takeover', blockedBy: { id: support.id } });
    expect(detail.sessions.totalCount).toBe(0);

    // Blocking again changes nothing.
    const again = await support.sdk.BlockPlayer({ input: { playerId: player.player.id, reason: 'another reason' } });
    expect(expectType(again.blockPlayer, 'BlockPlayerPayload').player.blockedReason).toBe('Suspected account takeover');

    const { unblockPlayer } = await support.sdk.UnblockPlayer({ input: { playerId: player.player.id, reason: 'Owner verified by phone' } });
    expect(expectType(unblockPlayer, 'UnblockPlayerPayload').player).toMatchObject({ status: 'ACTIVE', blockedReason: null, blockedAt: null });
    const back = expectType((await tenant.public.Login({ input: { email: player.email, password: PASSWORD } })).login, 'LoginPayload');
    expect((await server.sdk(bearer(back.tokens.accessToken)).Viewer()).viewer?.player?.status).toBe('ACTIVE');
    // The sessions ended by the block stay ended.
    expect((await graphqlError(player.sdk.Viewer())).code).toBe('UNAUTHENTICATED');

    const trail = await auditOf(localId(player.player.id));
    expect(trail.map((e) => e.action)).toEqual(['player.block', 'player.unblock']);
    expect(trail[0]).toMatchObject({
      actor_kind: 'STAFF',
      diff: { status: { from: 'ACTIVE', to: 'BLOCKED' }, blockedReason: { from: null, to: 'Suspected account takeover' }, sessionsEnded: 2 },
    });
    expect(trail[1]!.diff).toMatchObject({ status: { from: 'BLOCKED', to: 'ACTIVE' }, reason: 'Owner verified by phone' });
  });

  it('needs a reason, a Player id and player:manage', async () => {
    const player = await newPlayer(server, tenant);
    const empty = await tenant.admin.sdk.BlockPlayer({ input: { playerId: player.player.id, reason: '   ' } });
    expect(expectType(empty.blockPlayer, 'ValidationError').issues[0]!.path).toEqual(['input', 'reason']);
    const raw = await tenant.admin.sdk.BlockPlayer({ input: { playerId: localId(player.player.id), reason: 'x' } });
    expect(expectType(raw.blockPlayer, 'InvalidIdError')).toMatchObject({ expectedType: 'Player', path: ['input', 'playerId'] });
    const finance = await newStaff(server, platform, tenant.slug, ['FINANCE']);
    const refused = await graphqlError(finance.sdk.BlockPlayer({ input: { playerId: player.player.id, reason: 'x' } }));
    expect(refused).toMatchObject({ code: 'FORBIDDEN' });
    expect(refused.message).toContain('player:manage');
    expect((await player.sdk.Viewer()).viewer?.player?.status).toBe('ACTIVE');
  });
});

describe('notes and tags', () => {
  it('keeps notes with their author and time, newest first, paged both ways, never changed', async () => {
    const player = await newPlayer(server, tenant);
    const risk = await newStaff(server, platform, tenant.slug, ['RISK']);
    const bodies = ['first call', 'asked about limits', 'sent documents'];
    for (const body of bodies) {
      const { addPlayerNote } = await risk.sdk.AddPlayerNote({ input: { playerId: player.player.id, body } });
      const added = expectType(addPlayerNote, 'AddPlayerNotePayload');
      expect(added.note).toMatchObject({ body, authorKind: 'STAFF', author: { id: risk.id } });
      expect(added.player.id).toBe(player.player.id);
    }
    const all = (await tenant.admin.sdk.PlayerNotes({ id: player.player.id, first: 10 })).player!.notes;
    expect(all.totalCount).toBe(3);
    expect(all.edges.map((e) => e.node.body)).toEqual([...bodies].reverse());
    const oldest = (await tenant.admin.sdk.PlayerNotes({ id: player.player.id, last: 1 })).player!.notes;
    expect(oldest.edges.map((e) => e.node.body)).toEqual(['first call']);
    const newer = (await tenant.admin.sdk.PlayerNotes({ id: player.player.id, last: 5, before: oldest.pageInfo.startCursor })).player!.notes;
    expect(newer.edges.map((e) => e.node.body)).toEqual(['sent documents', 'asked about limits']);
    const afterFirst = (await tenant.admin.sdk.PlayerNotes({ id: player.player.id, first: 1, after: all.edges[0]!.cursor })).player!.notes;
    expect(afterFirst.edges.map((e) => e.node.body)).toEqual(['asked about limits']);

    // Immutable below the API too: the application role may only insert notes.
    const noteId = localId(all.edges[0]!.node.id);
    const app = new pg.Client({ connectionString: appUrlFrom(inject('databaseUrl'), TEST_APP_PASSWORD) });
    await app.connect();
    try {
      await expect(app.query(`update player_note set body = 'rewritten' where id = $1`, [noteId])).rejects.toThrow(/permission denied/);
      await expect(app.query(`delete from player_note where id = $1`, [noteId])).rejects.toThrow(/permission denied/);
    } finally {
      await app.end();
    }

    const empty = await risk.sdk.AddPlayerNote({ input: { playerId: player.player.id, body: '' } });
    expect(expectType(empty.addPlayerNote, 'ValidationError').issues[0]!.path).toEqual(['input', 'body']);
    expect((await auditOf(localId(player.player.id))).filter((e) => e.action === 'player.note.add')).toHaveLength(3);
  });

  it('adds and removes tags (kept once, sorted), audited, and hides them from the player', async () => {
    const player = await newPlayer(server, tenant);
    const support = await newStaff(server, platform, tenant.slug, ['SUPPORT']);
    const added = await support.sdk.AddPlayerTags({ input: { playerId: player.player.id, tags: ['vip', 'high-roller', 'vip'] } });
    expect(expectType(added.addPlayerTags, 'AddPlayerTagsPayload').player.tags).toEqual(['high-roller', 'vip']);
    const again = await support.sdk.AddPlayerTags({ input: { playerId: player.player.id, tags: ['vip', ' kyc-pending '] } });
    expect(expectType(again.addPlayerTags, 'AddPlayerTagsPayload').player.tags).toEqual(['high-roller', 'kyc-pending', 'vip']);
    const removed = await support.sdk.RemovePlayerTags({ input: { playerId: player.player.id, tags: ['vip', 'not-there'] } });
    expect(expectType(removed.removePlayerTags, 'RemovePlayerTagsPayload').player.tags).toEqual(['high-roller', 'kyc-pending']);
    const tooLong = await support.sdk.AddPlayerTags({ input: { playerId: player.player.id, tags: ['x'.repeat(41)] } });
    expectType(tooLong.addPlayerTags, 'ValidationError');

    const trail = await auditOf(localId(player.player.id));
    expect(trail.map((e) => e.action)).toEqual(['player.tags.add', 'player.tags.add', 'player.tags.remove']);
    expect(trail[2]!.diff).toEqual({ tags: { from: ['high-roller', 'kyc-pending', 'vip'], to: ['high-roller', 'kyc-pending'] } });

    // Tags and notes are staff-only: a player asking for their own gets FORBIDDEN.
    expect((await graphqlError(player.sdk.PlayerDetail({ id: player.player.id }))).code).toBe('FORBIDDEN');
    expect((await player.sdk.Player({ id: player.player.id })).player?.email).toBe(player.email);
  });
});

describe('the player\'s detail in one query', () => {
  it('answers status, block, tags, notes with authors, and sessions with address and last use', async () => {
    const player = await newPlayer(server, tenant);
    const refreshed = expectType((await server.sdk().RefreshSession({ input: { refreshToken: player.tokens.refreshToken } })).refreshSession, 'RefreshSessionPayload');
    expect(refreshed.tokens.accessToken).toBeTruthy();
    expectType((await tenant.public.Login({ input: { email: player.email, password: PASSWORD } })).login, 'LoginPayload');
    const loggedOut = expectType((await tenant.public.Login({ input: { email: player.email, password: PASSWORD } })).login, 'LoginPayload');
    await server.sdk(bearer(loggedOut.tokens.accessToken)).Logout({ input: {} });
    expectType((await tenant.admin.sdk.AddPlayerTags({ input: { playerId: player.player.id, tags: ['vip'] } })).addPlayerTags, 'AddPlayerTagsPayload');
    expectType((await tenant.admin.sdk.AddPlayerNote({ input: { playerId: player.player.id, body: 'welcome call done' } })).addPlayerNote, 'AddPlayerNotePayload');

    const { player: detail } = await tenant.admin.sdk.PlayerDetail({ id: player.player.id, notes: 5, sessions: 5 });
    expect(detail).toMatchObject({
      id: player.player.id,
      email: player.email,
      status: 'ACTIVE',
      locale: 'EN',
      blockedAt: null,
      blockedReason: null,
      blockedBy: null,
      tags: ['vip'],
    });
    expect(detail!.notes.totalCount).toBe(1);
    const { viewer } = await tenant.admin.sdk.Viewer();
    expect(detail!.notes.nodes[0]).toMatchObject({ body: 'welcome call done', authorKind: 'STAFF', author: { id: viewer!.staffUser!.id }, player: { id: player.player.id } });
    // Two active sessions (the registration's, refreshed, and one login); the logged-out one is not listed.
    expect(detail!.sessions.totalCount).toBe(2);
    expect(detail!.sessions.nodes.every((s) => s.ip === '127.0.0.1' && s.revokedAt === null && s.player.id === player.player.id)).toBe(true);
    expect(detail!.sessions.nodes.filter((s) => s.lastUsedAt !== null)).toHaveLength(1);
    // Sessions and notes are Nodes: fetchable by id, by staff.
    const node = (await tenant.admin.sdk.Node({ id: detail!.sessions.nodes[0]!.id })).node;
    expect(node).toMatchObject({ __typename: 'PlayerSession', ip: '127.0.0.1' });
    expect((await player.sdk.Node({ id: detail!.notes.nodes[0]!.id })).node).toBeNull();
  });
});

describe('the player\'s own profile', () => {
  it('changes the display name and the language, audited', async () => {
    const player = await newPlayer(server, tenant);
    const { updateMyProfile } = await player.sdk.UpdateMyProfile({ input: { displayName: '  Deniz ', locale: 'TR' } });
    expect(expectType(updateMyProfile, 'UpdateMyProfilePayload').player).toMatchObject({ displayName: 'Deniz', locale: 'TR' });
    expect((await player.sdk.Viewer()).viewer?.player).toMatchObject({ displayName: 'Deniz', locale: 'TR' });
    // Their messages follow the stored language from the next request on.
    const empty = await player.sdk.UpdateMyProfile({ input: { locale: 'EN', displayName: 'x'.repeat(121) } });
    expectType(empty.updateMyProfile, 'ValidationError');
    const trail = await auditOf(localId(player.player.id));
    expect(trail).toEqual([
      expect.objectContaining({ action: 'player.profile.update', actor_kind: 'PLAYER', diff: { displayName: { from: 'Player', to: 'Deniz' }, locale: { from: 'en', to: 'tr' } } }),
    ]);
  });

  it('refuses a language the tenant does not offer, and is for players only', async () => {
    const player = await newPlayer(server, other);
    const { updateMyProfile } = await player.sdk.UpdateMyProfile({ input: { locale: 'TR' } });
    expect(expectType(updateMyProfile, 'LocaleNotOfferedError')).toMatchObject({ code: 'LOCALE_NOT_OFFERED', offered: ['EN'] });
    expect((await player.sdk.Viewer()).viewer?.player?.locale).toBe('EN');
    expect((await graphqlError(other.admin.sdk.UpdateMyProfile({ input: { displayName: 'staff' } }))).code).toBe('FORBIDDEN');
  });
});

describe('across tenants', () => {
  it('B\'s staff neither see nor change A\'s player, notes or tags', async () => {
    const player = await newPlayer(server, tenant);
    const note = expectType((await tenant.admin.sdk.AddPlayerNote({ input: { playerId: player.player.id, body: 'A only' } })).addPlayerNote, 'AddPlayerNotePayload').note;
    const b = other.admin.sdk;
    expect((await b.Player({ id: player.player.id })).player).toBeNull();
    expect((await b.Node({ id: note.id })).node).toBeNull();
    expect((await b.Players({ filter: { id: player.player.id } })).players!.totalCount).toBe(0);
    expect((await b.Players({ filter: { search: player.email } })).players!.totalCount).toBe(0);
    expectType((await b.BlockPlayer({ input: { playerId: player.player.id, reason: 'x' } })).blockPlayer, 'NotFoundError');
    expectType((await b.UnblockPlayer({ input: { playerId: player.player.id, reason: 'x' } })).unblockPlayer, 'NotFoundError');
    expectType((await b.AddPlayerNote({ input: { playerId: player.player.id, body: 'x' } })).addPlayerNote, 'NotFoundError');
    expectType((await b.AddPlayerTags({ input: { playerId: player.player.id, tags: ['x'] } })).addPlayerTags, 'NotFoundError');
    expectType((await b.RemovePlayerTags({ input: { playerId: player.player.id, tags: ['x'] } })).removePlayerTags, 'NotFoundError');

    const detail = (await tenant.admin.sdk.PlayerDetail({ id: player.player.id })).player!;
    expect(detail).toMatchObject({ status: 'ACTIVE', tags: [] });
    expect(detail.notes.totalCount).toBe(1);
    expect((await player.sdk.Viewer()).viewer?.player?.status).toBe('ACTIVE');
  });
});
