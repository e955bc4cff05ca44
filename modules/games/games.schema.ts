import { builder } from '../../src/builder.js';
import { ValidationError } from '../../src/errors.js';
import { errorType, TENANT_ERRORS } from '../../src/graphql/errors.js';
import { holds } from '../../src/auth/principal.js';
import * as games from './games.service.js';
import { GameAlreadyExistsError, GameCurrencyNotSupportedError, GameDisabledError, GameNotFoundError } from './games.errors.js';
import { PLAY_REFUSALS } from '../responsible-gambling/index.js';

errorType(GameNotFoundError, 'GameNotFoundError', { code: 'GAME_NOT_FOUND', description: '' });
errorType(GameDisabledError, 'GameDisabledError', { code: 'GAME_DISABLED', description: '' });
errorType(GameCurrencyNotSupportedError, 'GameCurrencyNotSupportedError', { code: 'GAME_CURRENCY_NOT_SUPPORTED', description: '' });
errorType(GameAlreadyExistsError, 'GameAlreadyExistsError', { code: 'GAME_ALREADY_EXISTS', description: '' });

const GameCategory = builder.enumType('GameCategory', { values: games.GAME_CATEGORIES });

const Game = builder.objectRef<games.GameRow>('Game').implement({
  description: 'A game of the tenant\'s catalogue, run by a provider behind an aggregator.',
  fields: (t) => ({
    id: t.exposeID('id'),
    provider: t.exposeString('provider'),
    externalId: t.exposeString('external_id', { description: 'The provider\'s own id of the game.' }),
    name: t.exposeString('name'),
    category: t.field({ type: GameCategory, resolve: (g) => g.category }),
    currencies: t.exposeStringList('currencies'),
    enabled: t.exposeBoolean('enabled'),
    launchUrlTemplate: t.string({
      description: 'Staff only (games:manage): the provider URL with {token}, {game}, {currency}, {locale}.',
      nullable: true,
      resolve: (g, _args, ctx) => (holds(ctx.principal, 'games:manage') ? g.launch_url : null),
    }),
    createdAt: t.expose('created_at', { type: 'DateTime' }),
    updatedAt: t.expose('updated_at', { type: 'DateTime' }),
  }),
});

const GamePayload = builder.objectRef<{ game: games.GameRow }>('GamePayload').implement({
  fields: (t) => ({ game: t.field({ type: Game, resolve: (p) => p.game }) }),
});

const GameLaunch = builder.objectRef<games.Launch>('GameLaunch').implement({
  description: 'What the frontend needs to open a game: the provider URL carrying a short-lived session token.',
  fields: (t) => ({
    game: t.field({ type: Game, resolve: (l) => l.game }),
    currency: t.exposeString('currency'),
    url: t.exposeString('url'),
    token: t.exposeString('token', { description: 'The game session token (also inside url); bound to player, game and currency.' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', description: 'Bets are refused after this; wins and rollbacks are still accepted.' }),
  }),
});

const AddGameInput = builder.inputType('AddGameInput', {
  fields: (t) => ({
    provider: t.string({ required: true }),
    externalId: t.string({ required: true }),
    name: t.string({ required: true }),
    category: t.field({ type: GameCategory, required: true }),
    currencies: t.stringList({ required: true }),
    launchUrl: t.string({ required: true, description: 'http(s) URL containing {token}; may use {game}, {currency}, {locale}.' }),
    enabled: t.boolean(),
  }),
});

const UpdateGameInput = builder.inputType('UpdateGameInput', {
  fields: (t) => ({
    name: t.string(),
    category: t.field({ type: GameCategory }),
    currencies: t.stringList(),
    launchUrl: t.string(),
    enabled: t.boolean(),
  }),
});

builder.queryFields((t) => ({
  games: t.connection({
    type: Game,
    description: 'The tenant\'s games. Players and visitors see enabled games; staff with games:manage may include disabled ones.',
    authScopes: { $any: { public: true, player: true, staff: true } },
    args: {
      currency: t.arg.string(),
      provider: t.arg.string(),
      category: t.arg({ type: GameCategory }),
      includeDisabled: t.arg.boolean(),
    },
    resolve: (_root, args, ctx) =>
      games.listGames(ctx, { ...args, includeDisabled: !!args.includeDisabled && holds(ctx.principal, 'games:manage') }),
  }),
  game: t.field({
    type: Game,
    nullable: true,
    authScopes: { $any: { public: true, player: true, staff: true } },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx) => (await games.gamesByIds(ctx, [String(id)], holds(ctx.principal, 'games:manage')))[0] ?? null,
  }),
}));

builder.mutationFields((t) => ({
  addGame: t.field({
    type: GamePayload,
    description: 'Adds a provider\'s game to the tenant\'s catalogue; audited.',
    authScopes: { permission: 'games:manage' },
    errors: { types: [ValidationError, GameAlreadyExistsError, ...TENANT_ERRORS] },
    args: { input: t.arg({ type: AddGameInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({ game: await games.addGame(ctx, input) }),
  }),
  updateGame: t.field({
    type: GamePayload,
    description: 'Changes a game of the catalogue (enable or disable it, its currencies, name, URL); audited.',
    authScopes: { permission: 'games:manage' },
    errors: { types: [ValidationError, GameNotFoundError, ...TENANT_ERRORS] },
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateGameInput, required: true }) },
    resolve: async (_root, { id, input }, ctx) => ({ game: await games.updateGame(ctx, String(id), input) }),
  }),
  launchGame: t.field({
    type: GameLaunch,
    description: 'Opens a game for the signed-in player: checks the game, the currency and responsible-gambling limits, and starts a game session.',
    authScopes: { player: true },
    errors: { types: [ValidationError, GameNotFoundError, GameDisabledError, GameCurrencyNotSupportedError, ...PLAY_REFUSALS, ...TENANT_ERRORS] },
    args: { gameId: t.arg.id({ required: true }), currency: t.arg.string() },
    resolve: (_root, { gameId, currency }, ctx) => games.launchGame(ctx, { gameId: String(gameId), currency }),
  }),
}));
