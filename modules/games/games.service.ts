import { z } from 'zod';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { requireTenant, tenantTx, type Context } from '../../src/context.js';
import { ValidationError } from '../../src/errors.js';
import { isUuid, newId } from '../../src/ids.js';
import { isCurrency } from '../../src/money.js';
import { keysetPage, type PageArgs } from '../../src/graphql/pagination.js';
import { parseInput } from '../../src/validation.js';
import { difference } from '../../src/audit/chain.js';
import { UnauthenticatedError } from '../../src/errors.js';
import { startPlaySession } from '../responsible-gambling/index.js';
import { createGameSession } from '../seamless/index.js';
import { GameAlreadyExistsError, GameCurrencyNotSupportedError, GameDisabledError, GameNotFoundError } from './games.errors.js';

export const GAME_CATEGORIES = ['SLOTS', 'TABLE', 'LIVE', 'INSTANT', 'OTHER'] as const;
export type GameCategory = (typeof GAME_CATEGORIES)[number];

export interface GameRow {
  id: string;
  tenant_id: string;
  provider: string;
  external_id: string;
  name: string;
  category: GameCategory;
  currencies: string[];
  enabled: boolean;
  launch_url: string;
  created_at: Date;
  updated_at: Date;
}

const currency = z.string().refine(isCurrency, 'must be an ISO 4217 code');
const launchUrl = z
  .string()
  .max(2000)
  .url()
  .refine((u) => /^https?:\/\//.test(u), 'must be an http(s) URL')
  .refine((u) => u.includes('{token}'), 'must contain {token}');

const addInput = z.object({
  provider: z.string().regex(/^[a-z0-9][a-z0-9-]{0,38}[a-z0-9]$/, 'must be 2-40 of a-z, 0-9, - (not at the ends)'),
  externalId: z.string().trim().min(1).max(200),
  name: z.string().trim().min(1).max(200),
  category: z.enum(GAME_CATEGORIES),
  currencies: z.array(currency).min(1).max(50),
  launchUrl,
  enabled: z.boolean().nullish(),
});
export type AddGameInput = z.input<typeof addInput>;

const updateInput = z.object({
  name: z.string().trim().min(1).max(200).nullish(),
  category: z.enum(GAME_CATEGORIES).nullish(),
  currencies: z.array(currency).min(1).max(50).nullish(),
  launchUrl: launchUrl.nullish(),
  enabled: z.boolean().nullish(),
});
export type UpdateGameInput = z.input<typeof updateInput>;

/** The audited view of a game. */
const audited = (g: GameRow) => ({ name: g.name, category: g.category, currencies: g.currencies, enabled: g.enabled, launchUrl: g.launch_url });

function unsupportedByTenant(ctx: Context, currencies: string[]): ValidationError | null {
  const tenant = requireTenant(ctx);
  const foreign = currencies.filter((c) => !tenant.currencies.includes(c));
  return foreign.length ? new ValidationError([{ path: ['input', 'currencies'], message: `not currencies of this tenant: ${foreign.join(', ')}` }]) : null;
}

/** Staff: adds a provider's game to the tenant's catalogue. */
export async function addGame(ctx: Context, input: AddGameInput): Promise<GameRow> {
  const data = parseInput(addInput, input);
  const currencies = [...new Set(data.currencies)];
  const foreign = unsupportedByTenant(ctx, currencies);
  if (foreign) throw foreign;
  return tenantTx(ctx, async (tx) => {
    const [row] = await tx.em
      .execute<GameRow[]>(
        `insert into game (id, tenant_id, provider, external_id, name, category, currencies, enabled, launch_url)
         values (?, ?, ?, ?, ?, ?, ?::text[], ?, ?) returning *`,
        [newId(), tx.tenantId, data.provider, data.externalId, data.name, data.category, `{${currencies.join(',')}}`, data.enabled ?? true, data.launchUrl],
      )
      .catch((error: unknown) => {
        throw error instanceof UniqueConstraintViolationException ? new GameAlreadyExistsError(data.provider, data.externalId) : error;
      });
    await tx.audit({ action: 'game.add', target: { type: 'Game', id: row!.id }, diff: difference(null, audited(row!)) });
    return row!;
  });
}

/** Staff: changes a game of the catalogue (name, category, currencies, launch URL, enabled). */
export async function updateGame(ctx: Context, id: string, input: UpdateGameInput): Promise<GameRow> {
  const data = parseInput(updateInput, input);
  if (data.currencies) {
    const foreign = unsupportedByTenant(ctx, data.currencies);
    if (foreign) throw foreign;
  }
  return tenantTx(ctx, async (tx) => {
    const before = await gameForUpdate(tx.em, tx.tenantId, id);
    const currencies = data.currencies ? [...new Set(data.currencies)] : before.currencies;
    const [row] = await tx.em.execute<GameRow[]>(
      `update game set name = ?, category = ?, currencies = ?::text[], launch_url = ?, enabled = ?, updated_at = now() where tenant_id = ? and id = ? returning *`,
      [data.name ?? before.name, data.category ?? before.category, `{${currencies.join(',')}}`, data.launchUrl ?? before.launch_url, data.enabled ?? before.enabled, tx.tenantId, id],
    );
    const diff = difference(audited(before), audited(row!));
    if (Object.keys(diff).length > 0) await tx.audit({ action: 'game.update', target: { type: 'Game', id }, diff });
    return row!;
  });
}

async function gameForUpdate(em: Context['em'], tenantId: string, id: string): Promise<GameRow> {
  if (!isUuid(id)) throw new GameNotFoundError(id);
  const [row] = await em.execute<GameRow[]>(`select * from game where tenant_id = ? and id = ? for update`, [tenantId, id]);
  if (!row) throw new GameNotFoundError(id);
  return row;
}

export interface GameFilter {
  currency?: string | null;
  provider?: string | null;
  category?: GameCategory | null;
  /** Staff may list disabled games too; players and anonymous callers never see them. */
  includeDisabled?: boolean;
}

const LIST_FILTER = `(?::text is null or ?::text = any (currencies))
             and (?::text is null or provider = ?::text)
             and (?::text is null or category = ?::text)
             and (?::boolean or enabled)`;

function filterParams(f: { currency: string | null; provider: string | null; category: string | null; includeDisabled: boolean }): unknown[] {
  return [f.currency, f.currency, f.provider, f.provider, f.category, f.category, f.includeDisabled];
}

/** The tenant's catalogue in id order, filtered, both ways, with its count. */
export function listGames(ctx: Context, args: PageArgs & GameFilter) {
  const filters = { currency: args.currency ?? null, provider: args.provider ?? null, category: args.category ?? null, includeDisabled: !!args.includeDisabled };
  return keysetPage<GameRow>(args, {
    filters,
    keyOf: (g) => g.id,
    fetch: (window) => {
      if ([window.after, window.before].some((key) => key !== undefined && !isUuid(key))) throw new ValidationError([{ path: ['after'], message: 'is not a valid cursor' }]);
      return tenantTx(ctx, ({ em, tenantId }) =>
        em.execute<GameRow[]>(
          `select * from game
           where tenant_id = ? and (?::uuid is null or id > ?::uuid) and (?::uuid is null or id < ?::uuid)
             and ${LIST_FILTER}
           order by id ${window.backward ? 'desc' : 'asc'} limit ?`,
          [tenantId, window.after ?? null, window.after ?? null, window.before ?? null, window.before ?? null, ...filterParams(filters), window.limit],
        ),
      );
    },
    count: async () => {
      const [row] = await tenantTx(ctx, ({ em, tenantId }) =>
        em.execute<{ n: number }[]>(`select count(*)::int as n from game where tenant_id = ? and ${LIST_FILTER}`, [tenantId, ...filterParams(filters)]),
      );
      return row!.n;
    },
  });
}

export async function gamesByIds(ctx: Context, ids: readonly string[], includeDisabled: boolean): Promise<GameRow[]> {
  const valid = ids.filter(isUuid);
  if (!ctx.tenant || valid.length === 0) return [];
  return tenantTx(ctx, ({ em, tenantId }) =>
    em.execute<GameRow[]>(`select * from game where tenant_id = ? and id = any (?::uuid[]) and (?::boolean or enabled)`, [tenantId, `{${valid.join(',')}}`, includeDisabled]),
  );
}

const launchInput = z.object({ gameId: z.string(), currency: currency.nullish() });

export interface Launch {
  game: GameRow;
  currency: string;
  url: string;
  token: string;
  expiresAt: Date;
}

/**
 * The signed-in player opens a game: the game must be enabled in the currency (the tenant's
 * default when not named); responsible gambling must allow play (self-exclusion, time-out,
 * session limit); then a short-lived game session token bound to player, game and currency,
 * and the provider's launch URL with it.
 */
export async function launchGame(ctx: Context, input: z.input<typeof launchInput>): Promise<Launch> {
  const data = parseInput(launchInput, input);
  const principal = ctx.principal;
  if (principal?.kind !== 'player') throw new UnauthenticatedError();
  const tenant = requireTenant(ctx);
  const chosen = data.currency ?? tenant.defaultCurrency;
  const game = await tenantTx(ctx, async ({ em, tenantId }) => {
    if (!isUuid(data.gameId)) throw new GameNotFoundError(data.gameId);
    const [row] = await em.execute<GameRow[]>(`select * from game where tenant_id = ? and id = ?`, [tenantId, data.gameId]);
    if (!row) throw new GameNotFoundError(data.gameId);
    return row;
  });
  if (!game.enabled) throw new GameDisabledError(game.id);
  if (!game.currencies.includes(chosen) || !tenant.currencies.includes(chosen)) throw new GameCurrencyNotSupportedError(chosen);
  await startPlaySession(ctx, principal.playerId);
  const session = await createGameSession(ctx, { playerId: principal.playerId, gameId: game.id, currency: chosen });
  const url = game.launch_url
    .replaceAll('{token}', encodeURIComponent(session.token))
    .replaceAll('{game}', encodeURIComponent(game.external_id))
    .replaceAll('{currency}', chosen)
    .replaceAll('{locale}', ctx.locale);
  return { game, currency: chosen, url, token: session.token, expiresAt: session.expiresAt };
}

/**
 * Which of `codes` (the providers' own game ids, `external_id`) name a game of the tenant's
 * catalogue, enabled or not: for terms that name games, such as a bonus's weights.
 */
export async function knownGameCodes(tx: { em: Context['em']; tenantId: string }, codes: readonly string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await tx.em.execute<{ external_id: string }[]>(
    // As JSON: a code may hold commas or quotes, which an array literal would split.
    `select distinct external_id from game where tenant_id = ? and external_id in (select jsonb_array_elements_text(?::jsonb))`,
    [tx.tenantId, JSON.stringify(codes)],
  );
  return new Set(rows.map((r) => r.external_id));
}

/**
 * The categories of games by code (`external_id`): for rules keyed by what a bet names, such as
 * VIP game weights. A code two providers share answers the category of the older game.
 */
export async function gameCategoriesByCode(tx: { em: Context['em']; tenantId: string }, codes: readonly string[]): Promise<Map<string, GameCategory>> {
  if (codes.length === 0) return new Map();
  const rows = await tx.em.execute<{ external_id: string; category: GameCategory }[]>(
    `select distinct on (external_id) external_id, category from game
     where tenant_id = ? and external_id in (select jsonb_array_elements_text(?::jsonb))
     order by external_id, created_at, id`,
    [tx.tenantId, JSON.stringify(codes)],
  );
  return new Map(rows.map((r) => [r.external_id, r.category]));
}
