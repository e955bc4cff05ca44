import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { graphqlError } from '../helpers/errors.js';
import { expectType, newPlayer, newStaff, newTenant, platformAdmin, type TestTenant } from '../helpers/world.js';

let server: TestServer;
let platform: Sdk;

beforeAll(async () => {
  server = await startServer();
  platform = (await platformAdmin(server)).sdk;
});
afterAll(async () => {
  await server?.close();
});

const LAUNCH_URL = 'https://games.provider.test/launch?game={game}&token={token}&currency={currency}&lang={locale}';
let n = 0;

async function addGame(tenant: TestTenant, overrides: Partial<{ currencies: string[]; enabled: boolean; provider: string }> = {}) {
  n += 1;
  const { addGame: payload } = await tenant.admin.sdk.AddGame({
    input: {
      provider: overrides.provider ?? 'pragmatic',
      externalId: `vs20-${n}`,
      name: `Sweet Game ${n}`,
      category: 'SLOTS',
      currencies: overrides.currencies ?? ['EUR'],
      launchUrl: LAUNCH_URL,
      ...(overrides.enabled === undefined ? {} : { enabled: overrides.enabled }),
    },
  });
  return expectType(payload, 'GamePayload').game;
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

    const { updateGame } = await tenant.admin.sdk.UpdateGame({ id: hidden.id, input: { enabled: true, currencies: ['USD'] } });
    expect(expectType(updateGame, 'GamePayload').game).toMatchObject({ enabled: true, currencies: ['USD'] });
    expect((await tenant.public.Games({ currency: 'USD' })).games!.edges.map((e) => e.node.id).sort()).toEqual([both.id, hidden.id].sort());

    const audit = (await tenant.admin.sdk.AuditEvents({ targetId: hidden.id })).auditEvents!.edges.map((e) => e.node);
    expect(audit.map((e) => e.action)).toEqual(expect.arrayContaining(['game.add', 'game.update']));
    const update = audit.find((e) => e.action === 'game.update')!;
    expect(update.diff).toMatchObject({ enabled: { from: false, to: true }, currencies: { from: ['EUR'], to: ['USD'] } });
  });

  it('refuses bad input with typed errors and writes nothing', async () => {
    const tenant = await newTenant(server, platform);
    const bad = async (input: Record<string, unknown>) => {
      const base = { provider: 'pragmatic', externalId: 'x-1', name: 'X', category: 'SLOTS' as const, currencies: ['EUR'], launchUrl: LAUNCH_URL };
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
      input: { provider: game.provider, externalId: game.externalId, name: 'again', category: 'SLOTS', currencies: ['EUR'], launchUrl: LAUNCH_URL },
    });
    expect(expectType(twice.addGame, 'GameAlreadyExistsError').code).toBe('GAME_ALREADY_EXISTS');
    const missing = await tenant.admin.sdk.UpdateGame({ id: '01a22600-0000-7000-8000-000000000000', input: { enabled: false } });
    expect(expectType(missing.updateGame, 'GameNotFoundError').code).toBe('GAME_NOT_FOUND');

    const support = await newStaff(server, platform, tenant.slug, ['SUPPORT']);
    expect((await graphqlError(support.sdk.UpdateGame({ id: game.id, input: { enabled: false } }))).code).toBe('FORBIDDEN');
  });
});

describe('launchGame', () => {
  it('gives the player a provider URL with a session token bound to game and currency', async () => {
    const tenant = await newTenant(server, platform);
    const game = await addGame(tenant, { currencies: ['EUR', 'USD'] });
    const player = await newPlayer(server, tenant);
    const launch = expectType((await player.sdk.LaunchGame({ gameId: game.id, currency: 'USD' })).launchGame, 'GameLaunch');
    expect(launch.currency).toBe('USD');
    expect(launch.token.length).toBeGreaterThanOrEqual(32);
    const url = new URL(launch.url);
    expect(Object.fromEntries(url.searchParams)).toEqual({ game: game.externalId, token: launch.token, currency: 'USD', lang: 'en' });
    expect(new Date(launch.expiresAt).getTime()).toBeGreaterThan(Date.now());
    // The tenant's default currency when none is named.
    expect(expectType((await player.sdk.LaunchGame({ gameId: game.id })).launchGame, 'GameLaunch').currency).toBe('EUR');
  });

  it('refuses an unknown, disabled or other-currency game, and anyone but a player', async () => {
    const tenant = await newTenant(server, platform);
    const game = await addGame(tenant);
    const off = await addGame(tenant, { enabled: false });
    const player = await newPlayer(server, tenant);
    expect(expectType((await player.sdk.LaunchGame({ gameId: game.id, currency: 'USD' })).launchGame, 'GameCurrencyNotSupportedError').code).toBe(
      'GAME_CURRENCY_NOT_SUPPORTED',
    );
    expect(expectType((await player.sdk.LaunchGame({ gameId: off.id })).launchGame, 'GameDisabledError').code).toBe('GAME_DISABLED');
    expect(expectType((await player.sdk.LaunchGame({ gameId: 'nope' })).launchGame, 'GameNotFoundError').code).toBe('GAME_NOT_FOUND');
    expect((await graphqlError(tenant.admin.sdk.LaunchGame({ gameId: game.id }))).code).toBe('FORBIDDEN');
    expect((await graphqlError(tenant.public.LaunchGame({ gameId: game.id }))).code).toBe('UNAUTHENTICATED');

    // Another tenant's player cannot see or open it.
    const other = await newTenant(server, platform);
    const stranger = await newPlayer(server, other);
    expect(expectType((await stranger.sdk.LaunchGame({ gameId: game.id })).launchGame, 'GameNotFoundError').code).toBe('GAME_NOT_FOUND');
    expect((await stranger.sdk.Game({ id: game.id })).game).toBeNull();
  });

  it('is refused to a player on a time-out or self-excluded', async () => {
    const tenant = await newTenant(server, platform);
    const game = await addGame(tenant);
    const resting = await newPlayer(server, tenant);
    expectType((await resting.sdk.TakeTimeOut({ hours: 24 })).takeTimeOut, 'TakeTimeOutPayload');
    expect(expectType((await resting.sdk.LaunchGame({ gameId: game.id })).launchGame, 'TimeOutActiveError').code).toBe('TIME_OUT');
    const excluded = await newPlayer(server, tenant);
    expectType((await excluded.sdk.SelfExclude({ months: 6 })).selfExclude, 'SelfExcludePayload');
    expect(expectType((await excluded.sdk.LaunchGame({ gameId: game.id })).launchGame, 'SelfExcludedError').code).toBe('SELF_EXCLUDED');
  });
});
