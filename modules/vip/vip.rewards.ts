/**
 * Monthly VIP rewards (docs/vip.md "Monthly rewards"): once per UTC month, every VIP player whose
 * tier names a monthly reward template gets it, through the bonus engine. A suppressed player's
 * reward WAITS (a row with the reason) and a later run grants it once the suppression lifts; a
 * refusal of the bonus engine is recorded as FAILED (final) and never stops the other players.
 */
import { systemContext, tenantTx, type Context, type Services, type TenantTx } from '../../src/context.js';
import { AppError } from '../../src/errors.js';
import { isUuid, newId } from '../../src/ids.js';
import type { Connection, PageArgs } from '../../src/graphql/pagination.js';
import { tenantDirectory } from '../tenants/index.js';
import { grantBonusInTx, templatesByIdsInTx } from '../bonus/index.js';
import { vipSettingsInTx } from './vip.settings.js';
import { vipSuppressionsOf } from './vip.suppression.js';
import { tablePage } from '../../src/graphql/table-rows.js';
import { signedInPlayer } from './vip.redemption.js';

export const REWARD_STATUSES = ['WAITING', 'GRANTED', 'FAILED'] as const;
export type RewardStatus = (typeof REWARD_STATUSES)[number];

export interface RewardRow {
  id: string;
  tenant_id: string;
  player_id: string;
  tier_id: string;
  period: string;
  template_id: string;
  status: RewardStatus;
  waiting_reason: string | null;
  grant_id: string | null;
  failure: string | null;
  created_at: Date;
  granted_at: Date | null;
}

export interface RewardCounts {
  granted: number;
  waiting: number;
  failed: number;
}

/** The UTC month of a time: YYYY-MM. */
export function periodOf(asOf: Date): string {
  return asOf.toISOString().slice(0, 7);
}

/** The grant's idempotency key: one monthly reward per player and period, whichever run grants it. */
export const monthlyKey = (playerId: string, period: string) => `vip-monthly:${playerId}:${period}`;

/**
 * The currency of a player's monthly reward: of the currencies the template has terms in (and the
 * tenant offers), the one of the player's CASH account with the latest entry; else the first such
 * currency in the tenant's order; null when the template has terms in none.
 */
async function currencyFor(tx: TenantTx, playerId: string, offered: string[]): Promise<string | null> {
  if (offered.length === 0) return null;
  const [row] = await tx.em.execute<{ currency: string }[]>(
    `select a.currency from ledger_account a
     cross join lateral (select max(e.created_at) as last from ledger_entry e where e.tenant_id = a.tenant_id and e.account_id = a.id) l
     where a.tenant_id = ? and a.owner_type = 'PLAYER' and a.owner_id = ? and a.kind = 'CASH' and a.currency = any (?::text[]) and l.last is not null
     order by l.last desc limit 1`,
    [tx.tenantId, playerId, `{${offered.join(',')}}`],
  );
  return row?.currency ?? offered[0]!;
}

function failureOf(error: unknown): string {
  if (error instanceof AppError) return `${error.code}: ${error.message}`.slice(0, 1000);
  return `INTERNAL: ${error instanceof Error ? error.message : String(error)}`.slice(0, 1000);
}

/**
 * Grants the tenant's monthly rewards for asOf's UTC month, and the WAITING rewards of any month
 * whose player is no longer suppressed. One transaction; each grant under a savepoint of its own.
 */
export async function grantMonthlyRewards(services: Services, tenantId: string, asOf: Date = new Date()): Promise<RewardCounts> {
  const tenant = await tenantDirectory.byId(services, tenantId);
  const counts: RewardCounts = { granted: 0, waiting: 0, failed: 0 };
  if (!tenant) return counts;
  const ctx = systemContext(services, tenant);
  const period = periodOf(asOf);
  await tenantTx(ctx, async (tx) => {
    const settings = await vipSettingsInTx(tx);
    if (!settings || !settings.enabled) return;
    // One run of a tenant at a time (another instance's run waits, then finds the rows written).
    await tx.em.execute(`select pg_advisory_xact_lock(hashtextextended(?, 0))`, [`vip-monthly:${tx.tenantId}`]);
    const due = await tx.em.execute<{ player_id: string; tier_id: string; template_id: string }[]>(
      `select p.player_id, p.tier_id, t.monthly_reward_template_id as template_id
       from vip_player p join vip_tier t on t.tenant_id = p.tenant_id and t.id = p.tier_id
       where p.tenant_id = ? and t.monthly_reward_template_id is not null and t.archived_at is null
         and not exists (select 1 from vip_reward r where r.tenant_id = p.tenant_id and r.player_id = p.player_id and r.period = ?)
       order by p.player_id`,
      [tx.tenantId, period],
    );
    const waiting = await tx.em.execute<RewardRow[]>(`select * from vip_reward where tenant_id = ? and status = 'WAITING' order by created_at, id`, [tx.tenantId]);
    const players = [...new Set([...due.map((d) => d.player_id), ...waiting.map((w) => w.player_id)])];
    const suppressed = await vipSuppressionsOf(tx, players, settings.minAge, asOf);
    const templates = new Map((await templatesByIdsInTx(tx, [...new Set([...due, ...waiting].map((r) => r.template_id))])).map((t) => [t.id, t]));

    /** The grant under a savepoint: the grant id, or the refusal (its work undone). */
    const tryGrant = async (playerId: string, templateId: string, rewardPeriod: string): Promise<{ grantId: string } | { failure: string }> => {
      await tx.em.execute('savepoint vip_monthly_reward');
      try {
        const template = templates.get(templateId);
        const offered = template ? ctx.tenant!.currencies.filter((c) => template.terms.currencies[c] !== undefined) : [];
        const currency = await currencyFor(tx, playerId, offered);
        if (!template || currency === null) throw new Error(template ? 'the reward template has terms in none of the tenant\'s currencies' : 'the reward template is gone');
        const outcome = await grantBonusInTx(ctx, tx, {
          templateId,
          playerId,
          currency,
          idempotencyKey: monthlyKey(playerId, rewardPeriod),
          grantedBy: 'JOB:vip-monthly-rewards',
        });
        await tx.em.execute('release savepoint vip_monthly_reward');
        return { grantId: outcome.grant.id };
      } catch (error) {
        await tx.em.execute('rollback to savepoint vip_monthly_reward');
        if (!(error instanceof AppError)) services.logger.warn({ err: error, playerId, period: rewardPeriod }, 'vip: a monthly reward failed unexpectedly');
        return { failure: failureOf(error) };
      }
    };

    for (const d of due) {
      const reason = suppressed.get(d.player_id);
      if (reason) {
        await tx.em.execute(
          `insert into vip_reward (id, tenant_id, player_id, tier_id, period, template_id, status, waiting_reason) values (?, ?, ?, ?, ?, ?, 'WAITING', ?)`,
          [newId(), tx.tenantId, d.player_id, d.tier_id, period, d.template_id, reason],
        );
        counts.waiting++;
        continue;
      }
      const result = await tryGrant(d.player_id, d.template_id, period);
      await tx.em.execute(
        `insert into vip_reward (id, tenant_id, player_id, tier_id, period, template_id, status, grant_id, failure, granted_at)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, case when ? then now() end)`,
        [newId(), tx.tenantId, d.player_id, d.tier_id, period, d.template_id, 'grantId' in result ? 'GRANTED' : 'FAILED',
          'grantId' in result ? result.grantId : null, 'failure' in result ? result.failure : null, 'grantId' in result],
      );
      if ('grantId' in result) counts.granted++;
      else counts.failed++;
    }
    for (const w of waiting) {
      const reason = suppressed.get(w.player_id);
      if (reason) {
        if (reason !== w.waiting_reason) await tx.em.execute(`update vip_reward set waiting_reason = ? where tenant_id = ? and id = ?`, [reason, tx.tenantId, w.id]);
        counts.waiting++;
        continue;
      }
      const result = await tryGrant(w.player_id, w.template_id, w.period);
      if ('grantId' in result) {
        await tx.em.execute(`update vip_reward set status = 'GRANTED', grant_id = ?, waiting_reason = null, granted_at = now() where tenant_id = ? and id = ?`, [result.grantId, tx.tenantId, w.id]);
        counts.granted++;
      } else {
        await tx.em.execute(`update vip_reward set status = 'FAILED', failure = ?, waiting_reason = null where tenant_id = ? and id = ?`, [result.failure, tx.tenantId, w.id]);
        counts.failed++;
      }
    }
  });
  return counts;
}

// ------------------------------------------------------------------ reads

export async function rewardsByIds(ctx: Context, ids: readonly string[]): Promise<ReadonlyMap<string, RewardRow>> {
  const valid = ids.filter(isUuid);
  if (!ctx.tenant || valid.length === 0) return new Map();
  const rows = await tenantTx(ctx, (tx) => tx.em.execute<RewardRow[]>(`select * from vip_reward where tenant_id = ? and id = any(?::uuid[])`, [tx.tenantId, `{${valid.join(',')}}`]));
  return new Map(rows.map((r) => [r.id, r]));
}

/** A player's monthly rewards, newest first. */
export function rewardsOf(ctx: Context, playerId: string, args: PageArgs): Promise<Connection<RewardRow>> {
  return tablePage<RewardRow>(ctx, args, { table: 'vip_reward', where: 'player_id = ?', params: [playerId], filters: { playerId } });
}

/** The signed-in player's monthly rewards, newest first. */
export function myVipRewards(ctx: Context, args: PageArgs): Promise<Connection<RewardRow>> {
  return rewardsOf(ctx, signedInPlayer(ctx), args);
}
