import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { graphqlError } from '../helpers/errors.js';
import { expectType, localId, newPlayer, newStaff, newTenant, platformAdmin, type TestTenant } from '../helpers/world.js';

let server: TestServer;
let platform: Sdk;

beforeAll(async () => {
  server = await startServer();
  platform = (await platformAdmin(server)).sdk;
});
afterAll(async () => {
  await server?.close();
});

const globalId = (typename: string, id: string) => Buffer.from(`${typename}:${id}`).toString('base64');

const LAUNCH_URL = 'https://games.provider.test/launch?game={game}&token={token}&currency={currency}&lang={locale}';
let n = 0;

async function addGame(tenant: TestTenant, overrides: Partial<{ currencies: string[]; enabled: boolean; provider: string }> = {}) {
  n += 1;
  const { addGame: payload } = await tenant.admin.sdk.AddGame({
    input: {
      provider: overrides.provider ?? 'pragmatic',
      externalRef: `vs20-${n}`,
      name: `Sweet Game ${n}`,
      category: 'SLOTS',
      currencies: overrides.currencies ?? ['EUR'],
      launchUrl: LAUNCH_URL,
      ...(overrides.enabled === undefined ? {} : { enabled: overrides.enabled }),
    },
  });
  return expectType(payload, 'AddGamePayload').game;
}

describe('games catalogue', () => {
  it('staff add and change games, audited; players and visitors see only enabled ones, filtered', async () => {
    const tenant = await newTenant(server, platform);
    const euro = await addGame(tenant);
    const both = await addGame(tenant, { currencies: ['EUR', 'USD'], provider: 'evolution' });
    const hidden = await addGame(tenant, { enabled: false });
    expect(euro).toMatchObject({ provider: 'pragmatic', currencies: ['EUR'], enabled: true, launchUrlTemplate: LAUNCH_URL });

    const player = await newPlayer(server, tenant);
    const seen = (await player.sdk.Games({ first: 50 })).games!.edges.map((e) => e.node);
    expect(seen.map((g) => g.id).sort()).toEqual([euro.id, both.id].sort());
    expect(seen.every((g) => g.launchUrlTemplate === null)).toBe(true);
    expect((await tenant.public.Games({ currency: 'USD' })).games!.edges.map((e) => e.node.id)).toEqual([both.id]);
    expect((await tenant.public.Games({ provider: 'evolution' })).games!.edges.map((e) => e.node.id)).toEqual([both.id]);
    expect((await player.sdk.Game({ id: hidden.id })).game).toBeNull();
    // Only staff holding games:manage may ask for disabled games; for others the flag is ignored.
    expect((await player.sdk.Games({ includeDisabled: true })).games!.edges).toHaveLength(2);
    expect((await tenant.admin.sdk.Games({ includeDisabled: true })).games!.edges).toHaveLength(3);

    const { updateGame } = await tenant.admin.sdk.UpdateGame({ input: { gameId: hidden.id, enabled: true, currencies: ['USD'] } });
    expect(expectType(updateGame, 'UpdateGamePayload').game).toMatchObject({ enabled: true, currencies: ['USD'] });
    expect((await tenant.public.Games({ currency: 'USD' })).games!.edges.map((e) => e.node.id).sort()).toEqual([both.id, hidden.id].sort());

    const audit = (await tenant.admin.sdk.AuditEvents({ targetId: hidden.id })).auditEvents!.edges.map((e) => e.node);
    expect(audit.map((e) => e.action)).toEqual(expect.arrayContaining(['game.add', 'game.update']));
    const update = audit.find((e) => e.action === 'game.update')!;
    expect(update.diff).toMatchObject({ enabled: { from: false, to: true }, currencies: { from: ['EUR'], to: ['USD'] } });
  });

  it('refuses bad input with typed errors and writes nothing', async () => {
    const tenant = await newTenant(server, platform);
    const bad = async (input: Record<string, unknown>) => {
      const base = { provider: 'pragmatic', externalRef: 'x-1', name: 'X', category: 'SLOTS' as const, currencies: ['EUR'], launchUrl: LAUNCH_URL };
      const { addGame: payload } = await tenant.admin.sdk.AddGame({ input: { ...base, ...input } });
      return expectType(payload, 'ValidationError').issues.map((i) => i.path.join('.'));
    };
    expect(await bad({ provider: 'Bad Provider' })).toEqual(['input.provider']);
    expect(await bad({ launchUrl: 'https://games.test/launch?game={game}' })).toEqual(['input.launchUrl']);
    expect(await bad({ launchUrl: 'javascript:alert(1)//{token}' })).toEqual(['input.launchUrl']);
    expect(await bad({ currencies: ['GBP'] })).toEqual(['input.currencies']);
    expect(await bad({ currencies: [] })).toEqual(['input.currencies']);
    expect((await tenant.admin.sdk.Games({ includeDisabled: true })).games!.edges).toHaveLength(0);

    const game = await addGame(tenant);
    const twice = await tenant.admin.sdk.AddGame({
      input: { provider: game.provider, externalRef: game.externalRef, name: 'again', category: 'SLOTS', currencies: ['EUR'], launchUrl: LAUNCH_URL },
    });
    expect(expectType(twice.addGame, 'GameAlreadyExistsError').code).toBe('GAME_ALREADY_EXISTS');
    const missing = await tenant.admin.sdk.UpdateGame({ input: { gameId: globalId('Game', '01a22600-0000-7000-8000-000000000000'), enabled: false } });
    expect(expectType(missing.updateGame, 'GameNotFoundError').code).toBe('GAME_NOT_FOUND');
    // A raw UUID, or another type's global id, is not a game's id.
    const raw = await tenant.admin.sdk.UpdateGame({ input: { gameId: localId(game.id), enabled: false } });
    expect(expectType(raw.updateGame, 'InvalidIdError')).toMatchObject({ code: 'INVALID_ID', expectedType: 'Game', path: ['input', 'gameId'] });
    const wrongType = await tenant.admin.sdk.UpdateGame({ input: { gameId: globalId('Player', localId(game.id)), enabled: false } });
    expect(expectType(wrongType.updateGame, 'InvalidIdError').expectedType).toBe('Game');
    expect((await tenant.admin.sdk.Game({ id: game.id })).game!.enabled).toBe(true);

    const support = await newStaff(server, platform, tenant.slug, ['SUPPORT']);
    expect((await graphqlError(support.sdk.UpdateGame({ input: { gameId: game.id, enabled: false } }))).code).toBe('FORBIDDEN');
  });
});

describe('games listing', () => {
  it('pages forward and backward with totalCount, and answers node(id) with the game', async () => {
    const tenant = await newTenant(server, platform);
    const added = [];
    for (let i = 0; i < 5; i++) added.push(await addGame(tenant, { currencies: ['EUR', 'USD'] }));
    await addGame(tenant, { enabled: false });
    const ids = added.map((g) => g.id);
    const first = (await tenant.public.Games({ first: 2 })).games!;
    expect(first.totalCount).toBe(5);
    expect(first.edges.map((e) => e.node.id)).toEqual(ids.slice(0, 2));
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const next = (await tenant.public.Games({ first: 2, after: first.pageInfo.endCursor })).games!;
    expect(next.edges.map((e) => e.node.id)).toEqual(ids.slice(2, 4));
    const last = (await tenant.public.Games({ last: 2 })).games!;
    expect(last.edges.map((e) => e.node.id)).toEqual(ids.slice(3));
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const before = (await tenant.public.Games({ last: 2, before: last.pageInfo.startCursor })).games!;
    expect(before.edges.map((e) => e.node.id)).toEqual(ids.slice(1, 3));
    expect(before.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    expect((await tenant.admin.sdk.Games({ includeDisabled: true, first: 1 })).games!.totalCount).toBe(6);
    expect((await tenant.public.Games({ currency: 'EUR', first: 1 })).games!.totalCount).toBe(5);

    const player = await newPlayer(server, tenant);
    const { node } = await player.sdk.Node({ id: ids[0]! });
    expect(node).toMatchObject({ __typename: 'Game', id: ids[0] });
    expect((await graphqlError(player.sdk.Game({ id: localId(ids[0]!) }))).code).toBe('INVALID_ID');
  });
});

describe('launchGame', () => {
  it('gives the player a provider URL with a session token bound to game and currency', async () => {
    const tenant = await newTenant(server, platform);
    const game = await addGame(tenant, { currencies: ['EUR', 'USD'] });
    const player = await newPlayer(server, tenant);
    const launch = expectType((await player.sdk.LaunchGame({ input: { gameId: game.id, currency: 'USD' } })).launchGame, 'LaunchGamePayload');
    expect(launch.currency).toBe('USD');
    expect(launch.token.length).toBeGreaterThanOrEqual(32);
    const url = new URL(launch.url);
    expect(Object.fromEntries(url.searchParams)).toEqual({ game: game.externalRef, token: launch.token, currency: 'USD', lang: 'en' });
    expect(new Date(launch.expiresAt).getTime()).toBeGreaterThan(Date.now());
    // The tenant's default currency when none is named.
    expect(expectType((await player.sdk.LaunchGame({ input: { gameId: game.id } })).launchGame, 'LaunchGamePayload').currency).toBe('EUR');
  });

  it('refuses an unknown, disabled or other-currency game, and anyone but a player', async () => {
    const tenant = await newTenant(server, platform);
    const game = await addGame(tenant);
    const off = await addGame(tenant, { enabled: false });
    const player = await newPlayer(server, tenant);
    expect(expectType((await player.sdk.LaunchGame({ input: { gameId: game.id, currency: 'USD' } })).launchGame, 'GameCurrencyNotSupportedError').code).toBe(
      'GAME_CURRENCY_NOT_SUPPORTED',
    );
    expect(expectType((await player.sdk.LaunchGame({ input: { gameId: off.id } })).launchGame, 'GameDisabledError').code).toBe('GAME_DISABLED');
    expect(expectType((await player.sdk.LaunchGame({ input: { gameId: globalId('Game', '01a22600-0000-7000-8000-000000000000') } })).launchGame, 'GameNotFoundError').code).toBe('GAME_NOT_FOUND');
    expect(expectType((await player.sdk.LaunchGame({ input: { gameId: 'nope' } })).launchGame, 'InvalidIdError').path).toEqual(['input', 'gameId']);
    expect(expectType((await player.sdk.LaunchGame({ input: { gameId: localId(game.id) } })).launchGame, 'InvalidIdError').expectedType).toBe('Game');
    expect((await graphqlError(tenant.admin.sdk.LaunchGame({ input: { gameId: game.id } }))).code).toBe('FORBIDDEN');
    expect((await graphqlError(tenant.public.LaunchGame({ input: { gameId: game.id } }))).code).toBe('UNAUTHENTICATED');

    // Another tenant's player cannot see or open it.
    const other = await newTenant(server, platform);
    const stranger = await newPlayer(server, other);
    expect(expectType((await stranger.sdk.LaunchGame({ input: { gameId: game.id } })).launchGame, 'GameNotFoundError').code).toBe('GAME_NOT_FOUND');
    expect((await stranger.sdk.Game({ id: game.id })).game).toBeNull();
  });

  it('is refused to a player on a time-out or self-excluded', async () => {
    const tenant = await newTenant(server, platform);
    const game = await addGame(tenant);
    const resting = await newPlayer(server, tenant);
    expectType((await resting.sdk.TakeTimeOut({ hours: 24 })).takeTimeOut, 'TakeTimeOutPayload');
    expect(expectType((await resting.sdk.LaunchGame({ input: { gameId: game.id } })).launchGame, 'TimeOutActiveError').code).toBe('TIME_OUT');
    const excluded = await newPlayer(server, tenant);
    expectType((await excluded.sdk.SelfExclude({ months: 6 })).selfExclude, 'SelfExcludePayload');
    expect(expectType((await excluded.sdk.LaunchGame({ input: { gameId: game.id } })).launchGame, 'SelfExcludedError').code).toBe('SELF_EXCLUDED');
  });
});
