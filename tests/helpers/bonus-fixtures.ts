import type pg from 'pg';
import { tenantTx, type Context } from '../../src/context.js';
import { newId } from '../../src/ids.js';
import type { TermsInput } from '../../modules/bonus/index.js';

/**
 * Bonus grants made straight in SQL as the owner role, for the seamless wallet's tests: a
 * template, an ACTIVE grant with the hot-path columns set, and the grant's money posted
 * HOUSE(BONUS) → PLAYER BONUS through the ledger (as the grant service posts it). The grant
 * service is not used on purpose: these tests are about the callbacks alone.
 */

export interface FreeBetsFixture {
  total: number;
  stake: bigint;
  games: string[];
  reward: string;
  winsTo: 'BONUS' | 'CASH';
}

export interface GrantFixture {
  tenantId: string;
  playerId: string;
  currency?: string;
  /** Bonus money posted into the player's BONUS account, the grant's balance and `granted`. */
  amount: bigint;
  wageringRequired?: bigint;
  maxBet?: bigint | null;
  /** Frozen weights: `game:<code>`, `category:<C>`, `product:<P>`, `default`. */
  weights?: Record<string, number>;
  maxConversionMultiple?: number | null;
  /** Wagering multiplier of the terms (free-bet wins to bonus carry multiplier × win). */
  multiplier?: number;
  expiresAt?: Date;
  createdAt?: Date;
  freeBets?: FreeBetsFixture;
}

export interface GrantRow {
  id: string;
  status: string;
  end_reason: string | null;
  balance: string;
  granted: string;
  wagering_required: string;
  wagered: string;
  free_bets_used: number;
  converted: string | null;
  forfeited: string | null;
  seq: string;
}

const HOUR = 3600_000;

/** An ACTIVE grant (and its template) for a player; returns the grant's id. */
export async function activeGrant(owner: pg.Client, fixture: GrantFixture): Promise<string> {
  const currency = fixture.currency ?? 'EUR';
  const kind = fixture.freeBets ? 'FREE_BETS' : 'NO_DEPOSIT';
  const multiplier = fixture.multiplier ?? 10;
  const terms = {
    kind,
    product: 'CASINO',
    currencies: {
      [currency]: {
        ...(fixture.freeBets ? { freeBetStake: String(fixture.freeBets.stake) } : { amount: String(fixture.amount) }),
        ...(fixture.maxBet ? { maxBet: String(fixture.maxBet) } : {}),
      },
    },
    wagering: { multiplier, base: 'BONUS' },
    gameWeights: [],
    maxConversionMultiple: fixture.maxConversionMultiple ?? null,
    validityHours: 24,
    ...(fixture.freeBets ? { freeBets: { count: fixture.freeBets.total, games: fixture.freeBets.games, winsTo: fixture.freeBets.winsTo } } : {}),
    eligibility: { countries: [], tags: [], excludedTags: [] },
  };
  await owner.query('begin');
  try {
    await owner.query(`select set_config('app.tenant_id', $1, true)`, [fixture.tenantId]);
    const template = (
      await owner.query<{ id: string }>(
        `insert into bonus_template (id, tenant_id, name, kind, product, terms, created_by)
         values (ledger_uuidv7(), $1, 'fixture ' || ledger_uuidv7(), $2, 'CASINO', $3, 'TEST') returning id`,
        [fixture.tenantId, kind, JSON.stringify(terms)],
      )
    ).rows[0]!.id;
    const grant = (await owner.query<{ id: string }>(`select ledger_uuidv7() as id`)).rows[0]!.id;
    let transactionId: string | null = null;
    if (fixture.amount > 0n) {
      const posted = await owner.query<{ answer: { posting?: { id: string }; error?: unknown } }>(
        `select ledger_post_batch($1, jsonb_build_array(jsonb_build_object(
           'legs', jsonb_build_array(
             jsonb_build_object('accountId', ledger_resolve($1, jsonb_build_object('ownerType', 'HOUSE', 'currency', $2::text, 'kind', 'BONUS'), null, 1, array[$2::text])->'account'->>'id', 'amount', -$3::bigint),
             jsonb_build_object('accountId', ledger_resolve($1, jsonb_build_object('ownerType', 'PLAYER', 'ownerId', $4::text, 'currency', $2::text, 'kind', 'BONUS'), null, 1, array[$2::text])->'account'->>'id', 'amount', $3::bigint)),
           'meta', jsonb_build_object('code', 'BONUS_GRANT', 'reference', $5::text, 'metadata', jsonb_build_object('grant', $5::text),
             'idempotencyKey', 'bonus-grant:' || $5::text, 'createdBy', 'TEST'))))->0 as answer`,
        [fixture.tenantId, currency, String(fixture.amount), fixture.playerId, grant],
      );
      const answer = posted.rows[0]!.answer;
      if (!answer.posting) throw new Error(`the grant's posting was refused: ${JSON.stringify(answer)}`);
      transactionId = answer.posting.id;
    }
    const free = fixture.freeBets;
    await owner.query(
      `insert into bonus_grant (id, tenant_id, player_id, template_id, template_version, currency, kind, product, status,
         granted, balance, wagering_required, max_bet, max_conversion_multiple, weights, terms, idempotency_key, request_hash,
         free_bets_total, free_bet_stake, free_bet_games, reward_uuid, expires_at, granted_by, grant_transaction_id, created_at)
       values ($1::uuid, $2, $3, $4, 1, $5, $6, 'CASINO', 'ACTIVE', $7, $7, $8, $9, $10, $11, $12, 'fixture:' || $1::text, 'fixture',
         $13, $14, $15, $16, $17, 'TEST', $18, $19)`,
      [
        grant,
        fixture.tenantId,
        fixture.playerId,
        template,
        currency,
        kind,
        String(fixture.amount),
        String(fixture.wageringRequired ?? 0n),
        fixture.maxBet ? String(fixture.maxBet) : null,
        fixture.maxConversionMultiple ?? null,
        JSON.stringify(fixture.weights ?? { default: 100 }),
        JSON.stringify(terms),
        free?.total ?? null,
        free ? String(free.stake) : null,
        free?.games ?? null,
        free?.reward ?? null,
        fixture.expiresAt ?? new Date(Date.now() + 24 * HOUR),
        transactionId,
        fixture.createdAt ?? new Date(),
      ],
    );
    await owner.query('commit');
    return grant;
  } catch (error) {
    await owner.query('rollback');
    throw error;
  }
}

export async function grantRow(owner: pg.Client, grantId: string): Promise<GrantRow> {
  const { rows } = await owner.query<GrantRow>(
    `select id, status, end_reason, balance::text, granted::text, wagering_required::text, wagered::text, free_bets_used,
            converted::text, forfeited::text, seq::text
       from bonus_grant where id = $1`,
    [grantId],
  );
  return rows[0]!;
}

/** Ends a grant through the one path (SQL bonus_end), as the expiry job or a forfeit would. */
export async function endGrant(owner: pg.Client, tenantId: string, grantId: string, status: 'EXPIRED' | 'FORFEITED', stripes: number): Promise<unknown> {
  await owner.query('begin');
  try {
    const { rows } = await owner.query<{ result: unknown }>(`select bonus_end($1, $2, $3, $4, 'TEST', $5, array['EUR', 'USD']) as result`, [
      tenantId,
      grantId,
      status,
      status === 'EXPIRED' ? 'EXPIRED' : 'PLAYER',
      stripes,
    ]);
    await owner.query('commit');
    return rows[0]!.result;
  } catch (error) {
    await owner.query('rollback');
    throw error;
  }
}

/**
 * The bonus invariant the callbacks keep: per player and currency, the active grants' balances
 * never exceed what the BONUS account holds. Returns the players and currencies that break it.
 */
export async function grantBalanceViolations(owner: pg.Client, tenantId: string): Promise<object[]> {
  const { rows } = await owner.query(
    `select g.player_id, g.currency, sum(g.balance)::text as granted, coalesce(max(a.balance - a.held), 0)::text as account
       from bonus_grant g
       left join ledger_account a on a.tenant_id = g.tenant_id and a.owner_type = 'PLAYER' and a.owner_id = g.player_id::text
         and a.currency = g.currency and a.kind = 'BONUS' and a.stripe = 0
      where g.tenant_id = $1 and g.status = 'ACTIVE'
      group by g.player_id, g.currency
     having sum(g.balance) > coalesce(max(a.balance - a.held), 0)`,
    [tenantId],
  );
  return rows;
}

/**
 * A bonus template written straight in SQL in the tenant of `ctx`, for tests about grants and
 * wagering rather than templates (whose API and validation tests/e2e/bonus-templates.test.ts
 * covers); its local id.
 */
export async function templateBySql(ctx: Context, terms: TermsInput): Promise<string> {
  const id = newId();
  await tenantTx(ctx, (tx) =>
    tx.em.execute(`insert into bonus_template (id, tenant_id, name, kind, product, terms, created_by) values (?, ?, ?, ?, 'CASINO', ?::jsonb, 'TEST')`, [
      id, tx.tenantId, `t-${id}`, terms.kind, JSON.stringify(terms),
    ]),
  );
  return id;
}
