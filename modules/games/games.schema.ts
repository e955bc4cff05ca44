import { builder } from '../../src/builder.js';
import type { Context } from '../../src/context.js';
import { InvalidIdError, TenantNotFoundError, TenantRequiredError, ValidationError } from '../../src/errors.js';
import { errorType } from '../../src/graphql/errors.js';
import { connectionOf } from '../../src/graphql/connections.js';
import { localIdOf } from '../../src/graphql/ids.js';
import { holds } from '../../src/auth/principal.js';
import * as games from './games.service.js';
import { GameAlreadyExistsError, GameCurrencyNotSupportedError, GameDisabledError, GameNotFoundError } from './games.errors.js';
import { PLAY_REFUSALS } from '../responsible-gambling/index.js';

errorType(GameNotFoundError, 'GameNotFoundError', {
  code: 'GAME_NOT_FOUND',
  description: 'No game of the tenant\'s catalogue has this id; nothing was changed. Reload the catalogue (`games`).',
});
errorType(GameDisabledError, 'GameDisabledError', {
  code: 'GAME_DISABLED',
  description: 'The game is in the catalogue but disabled by staff: it cannot be launched until it is enabled again.',
});
errorType(GameCurrencyNotSupportedError, 'GameCurrencyNotSupportedError', {
  code: 'GAME_CURRENCY_NOT_SUPPORTED',
  description: 'The game cannot be played in the currency asked for (or the tenant\'s default): launch it in one of `Game.currencies`.',
});
errorType(GameAlreadyExistsError, 'GameAlreadyExistsError', {
  code: 'GAME_ALREADY_EXISTS',
  description: 'The catalogue already has this provider\'s game with this `externalRef`; nothing was added. Change that game with `updateGame` instead.',
});

export const GameCategory = builder.enumType('GameCategory', {
  description: 'The lobby section a game belongs to.',
  values: {
    SLOTS: { description: 'Slot machines.' },
    TABLE: { description: 'RNG table games: roulette, blackjack, baccarat, ...' },
    LIVE: { description: 'Live dealer games, streamed from a studio.' },
    INSTANT: { description: 'Instant-win and crash games, scratch cards.' },
    OTHER: { description: 'Anything else.' },
  } as const,
});

const canManage = (ctx: Context) => holds(ctx.principal, 'games:manage');

export const GameRef = builder.objectRef<games.GameRow>('Game');
builder.node(GameRef, {
  description: 'A game of the tenant\'s catalogue, run by a provider behind an aggregator.',
  id: { resolve: (g) => g.id },
  // Everyone of the tenant sees its enabled games; disabled ones only staff with games:manage.
  loadMany: async (ids, ctx) => {
    const rows = await games.gamesByIds(ctx, ids, canManage(ctx));
    return ids.map((id) => rows.find((g) => g.id === id) ?? null);
  },
  fields: (t) => ({
    provider: t.exposeString('provider', { description: 'The code of the game provider (as the aggregator names it), e.g. "pragmatic".' }),
    externalRef: t.exposeString('external_id', { description: 'The provider\'s own identifier of the game, as it appears in its launch URL and wallet callbacks.' }),
    name: t.exposeString('name', { description: 'The name shown in the lobby.' }),
    category: t.field({ type: GameCategory, description: 'The lobby section.', resolve: (g) => g.category }),
    currencies: t.field({ type: ['Currency'], description: 'The currencies the game can be played in.', resolve: (g) => g.currencies }),
    enabled: t.exposeBoolean('enabled', { description: 'Whether players can see and launch it.' }),
    launchUrlTemplate: t.string({
      description: 'Staff only (games:manage): the provider URL with {token}, {game}, {currency}, {locale}; null for others.',
      nullable: true,
      resolve: (g, _args, ctx) => (canManage(ctx) ? g.launch_url : null),
    }),
    createdAt: t.expose('created_at', { type: 'DateTime', description: 'When the game was added to the catalogue.' }),
    updatedAt: t.expose('updated_at', { type: 'DateTime', description: 'When the game was last changed.' }),
  }),
});
const GameConnection = connectionOf(GameRef, 'Game', { totalCount: true });

const AddGamePayload = builder.objectRef<{ game: games.GameRow }>('AddGamePayload').implement({
  description: 'The game added.',
  fields: (t) => ({ game: t.field({ type: GameRef, description: 'The new game of the catalogue.', resolve: (p) => p.game }) }),
});
const UpdateGamePayload = builder.objectRef<{ game: games.GameRow }>('UpdateGamePayload').implement({
  description: 'The game changed.',
  fields: (t) => ({ game: t.field({ type: GameRef, description: 'The game as it is now.', resolve: (p) => p.game }) }),
});

const LaunchGamePayload = builder.objectRef<games.Launch>('LaunchGamePayload').implement({
  description: 'What the frontend needs to open a game: the provider URL carrying a short-lived session token.',
  fields: (t) => ({
    game: t.field({ type: GameRef, description: 'The game launched.', resolve: (l) => l.game }),
    currency: t.field({ type: 'Currency', description: 'The currency the session plays in.', resolve: (l) => l.currency }),
    url: t.exposeString('url', { description: 'The provider URL to open (in an iframe or a new window), with the token in it.' }),
    token: t.exposeString('token', { description: 'The game session token (also inside url); bound to player, game and currency.' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', description: 'Bets are refused after this; wins and rollbacks are still accepted.' }),
  }),
});

const AddGameInput = builder.inputType('AddGameInput', {
  description: 'A provider\'s game to add to the catalogue.',
  fields: (t) => ({
    provider: t.string({ required: true, description: 'The provider\'s code: 2 to 40 of a-z, 0-9 and -.' }),
    externalRef: t.string({ required: true, description: 'The provider\'s own identifier of the game (1 to 200 characters); unique per provider in the catalogue.' }),
    name: t.string({ required: true, description: 'The name shown in the lobby, 1 to 200 characters.' }),
    category: t.field({ type: GameCategory, required: true, description: 'The lobby section.' }),
    currencies: t.field({ type: ['Currency'], required: true, description: '1 to 50 currencies of the tenant the game can be played in.' }),
    launchUrl: t.string({ required: true, description: 'http(s) URL containing {token}; may use {game}, {currency}, {locale}.' }),
    enabled: t.boolean({ description: 'Whether players see it at once (default true).' }),
  }),
});

const UpdateGameInput = builder.inputType('UpdateGameInput', {
  description: 'The game to change and what to change; absent fields keep their values.',
  fields: (t) => ({
    gameId: t.id({ required: true, description: 'The global ID of the game (Game).' }),
    name: t.string({ description: 'A new name, 1 to 200 characters.' }),
    category: t.field({ type: GameCategory, description: 'A new lobby section.' }),
    currencies: t.field({ type: ['Currency'], description: 'The new list of currencies (replaces the old one).' }),
    launchUrl: t.string({ description: 'A new launch URL, containing {token}.' }),
    enabled: t.boolean({ description: 'Enable or disable the game.' }),
  }),
});

const LaunchGameInput = builder.inputType('LaunchGameInput', {
  description: 'The game to open and the currency to play in.',
  fields: (t) => ({
    gameId: t.id({ required: true, description: 'The global ID of the game (Game).' }),
    currency: t.field({ type: 'Currency', description: 'The currency to play in; the tenant\'s default when absent.' }),
  }),
});

builder.queryFields((t) => ({
  games: t.connection(
    {
      type: GameRef,
      description: 'The tenant\'s games in id order. Players and visitors see enabled games; staff with games:manage may include disabled ones.',
      authScopes: { $any: { public: true, player: true, staff: true } },
      args: {
        currency: t.arg({ type: 'Currency', description: 'Only games playable in this currency.' }),
        provider: t.arg.string({ description: 'Only this provider\'s games (its code).' }),
        category: t.arg({ type: GameCategory, description: 'Only games of this lobby section.' }),
        includeDisabled: t.arg.boolean({ description: 'Staff with games:manage: include disabled games too (ignored for others).' }),
      },
      resolve: (_root, args, ctx) => games.listGames(ctx, { ...args, includeDisabled: !!args.includeDisabled && canManage(ctx) }),
    },
    GameConnection,
  ),
  game: t.field({
    type: GameRef,
    nullable: true,
    description: 'A game by its global ID; null when it does not exist or is disabled (unless the caller has games:manage).',
    authScopes: { $any: { public: true, player: true, staff: true } },
    args: { id: t.arg.id({ required: true, description: 'The global ID of the game (Game).' }) },
    resolve: async (_root, { id }, ctx) => (await games.gamesByIds(ctx, [localIdOf(String(id), 'Game', ['id'])], canManage(ctx)))[0] ?? null,
  }),
}));

builder.mutationFields((t) => ({
  addGame: t.field({
    type: AddGamePayload,
    description: 'Adds a provider\'s game to the tenant\'s catalogue; audited.',
    authScopes: { permission: 'games:manage' },
    errors: { types: [ValidationError, GameAlreadyExistsError, TenantRequiredError, TenantNotFoundError] },
    args: { input: t.arg({ type: AddGameInput, required: true, description: 'The game.' }) },
    resolve: async (_root, { input }, ctx) => {
      const { externalRef, ...rest } = input;
      return { game: await games.addGame(ctx, { ...rest, externalId: externalRef }) };
    },
  }),
  updateGame: t.field({
    type: UpdateGamePayload,
    description: 'Changes a game of the catalogue (enable or disable it, its currencies, name, URL); audited.',
    authScopes: { permission: 'games:manage' },
    errors: { types: [ValidationError, InvalidIdError, GameNotFoundError, TenantRequiredError, TenantNotFoundError] },
    args: { input: t.arg({ type: UpdateGameInput, required: true, description: 'The game and its changes.' }) },
    resolve: async (_root, { input }, ctx) => {
      const { gameId, ...changes } = input;
      return { game: await games.updateGame(ctx, localIdOf(String(gameId), 'Game', ['input', 'gameId']), changes) };
    },
  }),
  launchGame: t.field({
    type: LaunchGamePayload,
    description: 'Opens a game for the signed-in player: checks the game, the currency and responsible-gambling limits, and starts a game session.',
    authScopes: { player: true },
    errors: { types: [InvalidIdError, GameNotFoundError, GameDisabledError, GameCurrencyNotSupportedError, ...PLAY_REFUSALS] },
    args: { input: t.arg({ type: LaunchGameInput, required: true, description: 'The game and the currency.' }) },
    resolve: (_root, { input }, ctx) => games.launchGame(ctx, { gameId: localIdOf(String(input.gameId), 'Game', ['input', 'gameId']), currency: input.currency }),
  }),
}));
