import { createHash } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { tenantTx, type Context, type TenantTx } from '../../src/context.js';
import { claimHoldReason } from '../../src/claim-holds.js';
import { NotFoundError } from '../../src/errors.js';
import { isUuid, newId } from '../../src/ids.js';
import { playerStanding } from '../identity/index.js';
import { lockPlayerForBonusInTx } from '../responsible-gambling/index.js';
import { IdempotencyConflictError, postTransferInTx, rebuildWalletError, requestHash } from '../wallet/index.js';
import { grantExpectedCost, templateById } from './bonus.templates.js';
import { enqueueFreeBetsAward } from './bonus.freebets.js';
import { BonusBudgetExceededError, BonusNotActiveError, BonusNotEligibleError, BonusTemplateArchivedError, type BudgetScope, type GrantStatus } from './bonus.errors.js';
import { frozenWeights, type BonusKind, type Terms } from './bonus.terms.js';

/** A grant as SQL answers it (bigints as strings, timestamps as Dates or strings). */
export interface GrantRow {
  id: string;
  tenant_id: string;
  player_id: string;
  template_id: string;
  template_version: number;
  currency: string;
  kind: BonusKind;
  product: string;
  status: GrantStatus;
  granted: string;
  balance: string;
  wagering_required: string;
  wagered: string;
  max_bet: string | null;
  max_conversion_multiple: number | null;
  weights: Record<string, number>;
  terms: Terms;
  idempotency_key: string;
  request_hash: string;
  deposit_transaction_id: string | null;
  deposit_amount: string | null;
  free_bets_total: number | null;
  free_bets_used: number;
  free_bet_stake: string | null;
  free_bet_games: string[] | null;
  reward_uuid: string | null;
  /** Free bets awarded at an aggregator: its provider code, and where the award stands. */
  reward_provider: string | null;
  reward_status: 'PENDING' | 'AWARDED' | 'FAILED' | null;
  reward_error: string | null;
  expires_at: Date;
  ended_at: Date | null;
  end_reason: string | null;
  converted: string | null;
  forfeited: string | null;
  grant_transaction_id: string | null;
  end_transaction_id: string | null;
  reservations: unknown[];
  ip: string | null;
  device_fingerprint: string | null;
  review_reason: string | null;
  review_note: string | null;
  reviewed_by: string | null;
  reviewed_at: Date | null;
  granted_by: string;
  seq: string;
  created_at: Date;
  updated_at: Date;
}

/** What a module (offers, VIP, cashback, staff, the player's claim) asks for. */
export interface GrantRequest {
  templateId: string;
  playerId: string;
  currency: string;
  /** Unique per tenant: the same key answers the same grant; callers namespace it (`offers:<claim id>`). */
  idempotencyKey: string;
  /** DEPOSIT_MATCH: the deposit's ledger transaction (a DEPOSIT into the player's cash in `currency`). */
  depositTransactionId?: string | null;
  /** CASHBACK: the net loss of the period the cashback is on (minor units). */
  netLoss?: bigint | null;
  /** Abuse signals of the claim: where it came from. */
  ip?: string | null;
  deviceFingerprint?: string | null;
  /** Who grants it, as the ledger and audit name actors (`STAFF:<id>`, `PLAYER:<id>`, `JOB:bonus-cashback`). */
  grantedBy: string;
}

export interface GrantOutcome {
  grant: GrantRow;
  /** The key had already granted this: nothing new happened. */
  replay: boolean;
}

/** The facts of a deposit a match is granted for. */
interface DepositFacts {
  amount: bigint;
}

function hashOf(request: GrantRequest): string {
  const { templateId, playerId, currency, depositTransactionId, netLoss } = request;
  return createHash('sha256')
    .update(JSON.stringify([templateId, playerId, currency, depositTransactionId ?? null, netLoss?.toString() ?? null]))
    .digest('hex');
}

export async function grantByKey(tx: TenantTx, key: string): Promise<GrantRow | null> {
  const [row] = await tx.em.execute<GrantRow[]>(`select * from bonus_grant where tenant_id = ? and idempotency_key = ?`, [tx.tenantId, key]);
  return row ?? null;
}

export async function grantById(tx: TenantTx, id: string, lock = false): Promise<GrantRow | null> {
  if (!isUuid(id)) return null;
  const [row] = await tx.em.execute<GrantRow[]>(`select * from bonus_grant where tenant_id = ? and id = ?${lock ? ' for update' : ''}`, [tx.tenantId, id]);
  return row ?? null;
}

/** The player's DEPOSIT into their cash account in `currency` by its ledger transaction, or null. */
async function depositOf(tx: TenantTx, playerId: string, currency: string, transactionId: string): Promise<DepositFacts | null> {
  if (!isUuid(transactionId)) return null;
  const [row] = await tx.em.execute<{ amount: string }[]>(
    `select e.amount from ledger_transaction t
     join ledger_entry e on e.tenant_id = t.tenant_id and e.transaction_id = t.id
     join ledger_account a on a.tenant_id = e.tenant_id and a.id = e.account_id
     where t.tenant_id = ? and t.id = ? and t.code = 'DEPOSIT' and a.owner_type = 'PLAYER' and a.owner_id = ? and a.kind = 'CASH' and a.currency = ? and e.amount > 0
     limit 1`,
    [tx.tenantId, transactionId, playerId, currency],
  );
  return row ? { amount: BigInt(row.amount) } : null;
}

function checkEligibility(terms: Terms, standing: { status: string; country: string | null; tags: string[] }, currency: string): void {
  if (standing.status === 'BLOCKED') throw new BonusNotEligibleError('PLAYER_BLOCKED');
  if (!terms.currencies[currency]) throw new BonusNotEligibleError('CURRENCY_NOT_OFFERED');
  const { countries, tags, excludedTags } = terms.eligibility;
  if (countries.length > 0 && (!standing.country || !countries.includes(standing.country))) throw new BonusNotEligibleError('COUNTRY');
  if (excludedTags.some((t) => standing.tags.includes(t))) throw new BonusNotEligibleError('EXCLUDED_TAG');
  if (tags.length > 0 && !tags.some((t) => standing.tags.includes(t))) throw new BonusNotEligibleError('TAGS');
}

/** The amounts of a grant from its terms: the bonus, the requirement, the free bets. */
interface Amounts {
  bonus: bigint;
  requirement: bigint;
  deposit: bigint | null;
  freeBets: { total: number; stake: bigint; games: string[] } | null;
  /** What the budgets count as its face value (free bets: count × stake). */
  faceValue: bigint;
}

function amountsOf(terms: Terms, currency: string, deposit: DepositFacts | null, netLoss: bigint | null): Amounts {
  const money = terms.currencies[currency]!;
  const cap = (value: bigint, max: string | null | undefined) => (max != null && value > BigInt(max) ? BigInt(max) : value);
  let bonus = 0n;
  let freeBets: Amounts['freeBets'] = null;
  switch (terms.kind) {
    case 'NO_DEPOSIT':
      bonus = BigInt(money.amount!);
      break;
    case 'DEPOSIT_MATCH':
      if (!deposit) throw new BonusNotEligibleError('DEPOSIT_REQUIRED');
      if (money.minDeposit != null && deposit.amount < BigInt(money.minDeposit)) throw new BonusNotEligibleError('DEPOSIT_TOO_SMALL');
      bonus = cap((deposit.amount * BigInt(terms.matchPercent!)) / 100n, money.maxBonus);
      break;
    case 'CASHBACK':
      bonus = cap(((netLoss ?? 0n) * BigInt(terms.cashbackPercent!)) / 100n, money.maxBonus);
      break;
    case 'FREE_BETS':
      freeBets = { total: terms.freeBets!.count, stake: BigInt(money.freeBetStake!), games: terms.freeBets!.games };
      break;
  }
  if (terms.kind !== 'FREE_BETS' && bonus <= 0n) throw new BonusNotEligibleError('NOTHING_TO_GRANT');
  const base = terms.wagering.base === 'BONUS_PLUS_DEPOSIT' && deposit ? bonus + deposit.amount : bonus;
  return {
    bonus,
    requirement: BigInt(terms.wagering.multiplier) * base,
    deposit: deposit?.amount ?? null,
    freeBets,
    faceValue: freeBets ? BigInt(freeBets.total) * freeBets.stake : bonus,
  };
}

/** Whether another player's claim of the template came from the same address or device: a reason to hold the grant. */
async function abuseSignal(tx: TenantTx, request: GrantRequest): Promise<string | null> {
  if (!request.ip && !request.deviceFingerprint) return null;
  const [row] = await tx.em.execute<{ same_ip: boolean; same_device: boolean; players: string }[]>(
    `select bool_or(g.ip = ?) as same_ip, bool_or(g.device_fingerprint = ?) as same_device, count(distinct g.player_id) as players
     from bonus_grant g
     where g.tenant_id = ? and g.template_id = ? and g.player_id <> ? and g.status <> 'REJECTED'
       and ((?::text is not null and g.ip = ?) or (?::text is not null and g.device_fingerprint = ?))`,
    [request.ip ?? null, request.deviceFingerprint ?? null, tx.tenantId, request.templateId, request.playerId,
      request.ip ?? null, request.ip ?? null, request.deviceFingerprint ?? null, request.deviceFingerprint ?? null],
  );
  if (!row || Number(row.players) === 0) return null;
  const shared = [row.same_device ? 'device' : null, row.same_ip ? 'IP address' : null].filter(Boolean).join(' and ');
  return `${row.players} other account(s) claimed this promotion from the same ${shared}`;
}

/**
 * Runs the grant's insert. Copies of one request wait for the player's lock and answer the first
 * grant; a unique violation of the key here is therefore another request (another player) that
 * took it at the same moment: the typed conflict, not an internal error.
 */
async function insertGrant(tx: TenantTx, key: string, sql: string, params: unknown[]): Promise<GrantRow[]> {
  try {
    return await tx.em.execute<GrantRow[]>(sql, params);
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException && error.message.includes('bonus_grant_key_uq')) throw new IdempotencyConflictError(key);
    throw error;
  }
}

/**
 * Grants a bonus: the one entry point for staff, the player's claim, cashback, offers and VIP.
 * In one transaction: idempotency on the key; the template (active) and its terms, frozen into
 * the grant; the player's standing (blocked, country, tags) and responsible gambling (self-excluded
 * or timed-out players get nothing, under their responsible-gambling lock); the amounts; the
 * budgets, reserved by conditional updates; abuse signals (held for review: no money moves until
 * RISK approves); then the ledger posting HOUSE(BONUS) → the player's BONUS account. A refusal
 * at any step leaves nothing behind.
 */
export async function grantBonusInTx(ctx: Context, tx: TenantTx, request: GrantRequest): Promise<GrantOutcome> {
  const hash = hashOf(request);
  const replayOf = async (): Promise<GrantOutcome | null> => {
    const existing = await grantByKey(tx, request.idempotencyKey);
    if (!existing) return null;
    if (existing.request_hash !== hash) throw new IdempotencyConflictError(request.idempotencyKey);
    return { grant: existing, replay: true };
  };
  const replay = await replayOf();
  if (replay) return replay;
  // Shared lock: an archive or an update of the template waits for the grants in flight.
  const template = await templateById(tx, request.templateId, { lock: 'share' });
  if (template.status !== 'ACTIVE') throw new BonusTemplateArchivedError(template.id);
  const terms = template.terms;
  const standing = await playerStanding(tx.em, request.playerId);
  if (!standing) throw new NotFoundError('Player');
  checkEligibility(terms, standing, request.currency);
  if (!ctx.tenant?.currencies.includes(request.currency)) throw new BonusNotEligibleError('CURRENCY_NOT_OFFERED');
  await lockPlayerForBonusInTx(tx, request.playerId);
  // A concurrent copy of this request may have committed while this one waited for the player's lock.
  const raced = await replayOf();
  if (raced) return raced;

  let deposit: DepositFacts | null = null;
  if (terms.kind === 'DEPOSIT_MATCH') {
    if (!request.depositTransactionId) throw new BonusNotEligibleError('DEPOSIT_REQUIRED');
    deposit = await depositOf(tx, request.playerId, request.currency, request.depositTransactionId);
    if (!deposit) throw new BonusNotEligibleError('DEPOSIT_NOT_FOUND');
    const [matched] = await tx.em.execute(`select 1 from bonus_grant where tenant_id = ? and deposit_transaction_id = ? and status <> 'REJECTED' limit 1`, [tx.tenantId, request.depositTransactionId]);
    if (matched) throw new BonusNotEligibleError('DEPOSIT_ALREADY_MATCHED');
  }
  const amounts = amountsOf(terms, request.currency, deposit, request.netLoss ?? null);
  const weights = frozenWeights(terms.gameWeights);
  const money = terms.currencies[request.currency]!;

  const [reserved] = await tx.em.execute<{ answer: { reservations?: unknown[]; error?: string; budgetId?: string; scope?: BudgetScope; limit?: string; remaining?: string } }[]>(
    `select bonus_budget_reserve(?, ?, ?, ?, ?, ?) as answer`,
    [tx.tenantId, template.id, request.playerId, request.currency, amounts.faceValue.toString(),
      grantExpectedCost(terms, { bonus: amounts.faceValue, deposit: amounts.deposit ?? 0n }).toString()],
  );
  const answer = reserved!.answer;
  if (answer.error) throw new BonusBudgetExceededError(answer.budgetId!, answer.scope!, answer.limit!, answer.remaining ?? '0');

  // A player's own claim (directly or through an offer) is also held when a module above says so (risk: linked accounts).
  const held = (await abuseSignal(tx, request)) ?? (request.grantedBy.startsWith('PLAYER:') ? await claimHoldReason(ctx, tx, request.playerId) : null);
  const rewardProvider = terms.kind === 'FREE_BETS' ? (terms.freeBets?.provider ?? null) : null;
  const id = newId();
  const [inserted] = await insertGrant(tx, request.idempotencyKey,
    `insert into bonus_grant (id, tenant_id, player_id, template_id, template_version, currency, kind, product, status,
       wagering_required, max_bet, max_conversion_multiple, weights, terms, idempotency_key, request_hash,
       deposit_transaction_id, deposit_amount, free_bets_total, free_bet_stake, free_bet_games, reward_uuid,
       reward_provider, reward_status, expires_at, reservations, ip, device_fingerprint, review_reason, granted_by, granted)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?, ?, ?::text[], ?, ?, ?,
       now() + make_interval(hours => ?::int), ?::jsonb, ?, ?, ?, ?, ?)
     returning *`,
    [id, tx.tenantId, request.playerId, template.id, template.version, request.currency, terms.kind, terms.product,
      held ? 'PENDING_REVIEW' : 'ACTIVE', amounts.requirement.toString(), money.maxBet ?? null, terms.maxConversionMultiple ?? null,
      JSON.stringify(weights), JSON.stringify(terms), request.idempotencyKey, hash,
      deposit ? request.depositTransactionId : null, amounts.deposit?.toString() ?? null,
      amounts.freeBets?.total ?? null, amounts.freeBets?.stake.toString() ?? null,
      amounts.freeBets ? `{${amounts.freeBets.games.map((g) => JSON.stringify(g)).join(',')}}` : null,
      // A reward awarded by the aggregator gets its id from there (bonus.freebets.ts); otherwise it is ours.
      amounts.freeBets && !rewardProvider ? newId() : null, rewardProvider, rewardProvider ? 'PENDING' : null, terms.validityHours, JSON.stringify(answer.reservations ?? []),
      request.ip ?? null, request.deviceFingerprint ?? null, held, request.grantedBy,
      // A held grant records the bonus it would post, for RISK to see and for activation on approval.
      held ? amounts.bonus.toString() : '0'],
  );
  let grant = inserted!;
  if (!held) grant = await activateInTx(ctx, tx, grant, amounts.bonus);
  else grant = await publishInTx(tx, grant.id);
  await tx.audit({
    action: held ? 'bonus.grant.hold' : 'bonus.grant',
    target: { type: 'BonusGrant', id: grant.id },
    diff: { player: grant.player_id, template: grant.template_id, currency: grant.currency, amount: amounts.bonus.toString(), status: grant.status, ...(held ? { reviewReason: held } : {}) },
  });
  return { grant, replay: false };
}

/** grantBonusInTx in a transaction of its own. */
export async function grantBonus(ctx: Context, request: GrantRequest): Promise<GrantOutcome> {
  return tenantTx(ctx, (tx) => grantBonusInTx(ctx, tx, request));
}

/** Advances the grant's event sequence and publishes its state (bonusUpdated). */
export async function publishInTx(tx: TenantTx, grantId: string): Promise<GrantRow> {
  const [row] = await tx.em.execute<GrantRow[]>(`update bonus_grant set seq = seq + 1, updated_at = now() where tenant_id = ? and id = ? returning *`, [tx.tenantId, grantId]);
  await tx.em.execute(`select bonus_publish(g) from bonus_grant g where g.tenant_id = ? and g.id = ?`, [tx.tenantId, grantId]);
  tx.outboxWritten();
  return row!;
}

/**
 * Makes a grant live (at grant time, or when RISK approves a held one): posts the bonus into the
 * player's BONUS account, starts its validity now, and completes at once a grant with nothing to
 * wager (a wager-free bonus converts straight away, through the one ending path).
 */
export async function activateInTx(ctx: Context, tx: TenantTx, grant: GrantRow, bonus: bigint): Promise<GrantRow> {
  const stripes = ctx.services.config.walletHouseStripes;
  const currencies = ctx.tenant!.currencies;
  let transactionId: string | null = null;
  if (bonus > 0n) {
    const transfer = {
      from: { ownerType: 'HOUSE' as const, currency: grant.currency, kind: 'BONUS' as const },
      to: { ownerType: 'PLAYER' as const, ownerId: grant.player_id, currency: grant.currency, kind: 'BONUS' as const },
      amount: bonus.toString(),
    };
    const key = `bonus-grant:${grant.id}`;
    const posted = await postTransferInTx(tx, stripes, currencies, {
      key,
      hash: requestHash('transfer', { key, transfer }),
      code: 'BONUS_GRANT',
      reference: grant.id,
      metadata: { grant: grant.id, template: grant.template_id },
      createdBy: grant.granted_by,
      transactionId: newId(),
      entryIds: [newId(), newId()],
      transfers: [transfer],
    });
    if ('conflict' in posted || 'invalid' in posted) throw new Error(`bonus grant posting of ${grant.id} refused: ${JSON.stringify(posted)}`);
    if (!posted.outcome.ok) throw rebuildWalletError(posted.outcome.code, posted.outcome.data);
    transactionId = posted.outcome.result.transactionId;
  }
  await tx.em.execute(
    `update bonus_grant set status = 'ACTIVE', granted = ?, balance = ?, grant_transaction_id = ?,
       expires_at = now() + make_interval(hours => (terms->>'validityHours')::int), updated_at = now()
     where tenant_id = ? and id = ?`,
    [bonus.toString(), bonus.toString(), transactionId, tx.tenantId, grant.id],
  );
  let row = await publishInTx(tx, grant.id);
  if (row.reward_status === 'PENDING') await enqueueFreeBetsAward(ctx, tx, row);
  if (row.kind !== 'FREE_BETS' && BigInt(row.wagering_required) === 0n) {
    await endGrantInTx(ctx, tx, row.id, 'COMPLETED', 'COMPLETED', grant.granted_by);
    row = (await grantById(tx, row.id))!;
  }
  return row;
}

export const END_REASONS = ['COMPLETED', 'EXPIRED', 'PLAYER', 'WITHDRAWAL', 'SELF_EXCLUSION', 'TIME_OUT', 'ACCOUNT_CLOSED', 'STAFF', 'REVIEW_REJECTED'] as const;
export type EndReason = (typeof END_REASONS)[number];

export interface EndOutcome {
  converted: bigint;
  forfeited: bigint;
  transactionId: string | null;
}

/**
 * Ends an active grant through SQL `bonus_end`, the one path for completion, forfeiture and
 * expiry. A grant that is not active (ended already, or held for review) answers
 * BonusNotActiveError: of two concurrent claims exactly one ends it.
 */
export async function endGrantInTx(
  ctx: Context,
  tx: TenantTx,
  grantId: string,
  status: 'COMPLETED' | 'FORFEITED' | 'EXPIRED',
  reason: EndReason,
  by: string,
  /** Staff's written reason, for the audit record. */
  note?: string,
): Promise<EndOutcome> {
  if (!isUuid(grantId)) throw new NotFoundError('BonusGrant');
  const [row] = await tx.em.execute<{ answer: { ok?: true; error?: 'NOT_FOUND' | 'NOT_ACTIVE'; status?: GrantStatus; converted?: string; forfeited?: string; transactionId?: string | null } }[]>(
    `select bonus_end(?, ?, ?, ?, ?, ?, ?::text[]) as answer`,
    [tx.tenantId, grantId, status, reason, by, ctx.services.config.walletHouseStripes, `{${ctx.tenant!.currencies.join(',')}}`],
  );
  const answer = row!.answer;
  if (answer.error === 'NOT_FOUND') throw new NotFoundError('BonusGrant');
  if (answer.error === 'NOT_ACTIVE') throw new BonusNotActiveError(answer.status!);
  tx.outboxWritten();
  await tx.audit({
    action: status === 'COMPLETED' ? 'bonus.complete' : status === 'EXPIRED' ? 'bonus.expire' : 'bonus.forfeit',
    target: { type: 'BonusGrant', id: grantId },
    diff: { status: { from: 'ACTIVE', to: status }, reason, by, converted: answer.converted, forfeited: answer.forfeited, ...(note ? { note } : {}) },
  });
  return { converted: BigInt(answer.converted ?? '0'), forfeited: BigInt(answer.forfeited ?? '0'), transactionId: answer.transactionId ?? null };
}
