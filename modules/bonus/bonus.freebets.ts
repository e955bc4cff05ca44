import { systemContext, tenantTx, type Context, type TenantTx } from '../../src/context.js';
import { entityManagerExecutor } from '../../src/jobs/queue.js';
import { defineJob } from '../../src/jobs/job.js';
import { awardFreeBets, FreeBetAwardError } from '../seamless/index.js';
import { grantById, publishInTx, type GrantRow } from './bonus.grants.js';

/**
 * Free bets awarded at the aggregator: a FREE_BETS grant whose template names a provider
 * (`freeBets.provider`) is created with its reward PENDING, and this job, enqueued in the grant's
 * transaction, asks the aggregator for the reward (seamless `awardFreeBets`: Hub88's Freebets
 * API) and keeps the `reward_uuid` it answers. The free bets can be played once it is AWARDED:
 * the callbacks carry that id (`is_free: true`, `reward_uuid`).
 */
export const bonusFreeBetsAwardJob = defineJob<{ tenantId: string; grantId: string }>({
  name: 'bonus-freebets-award',
  description: 'Creates the free-bet reward of a FREE_BETS grant at its game aggregator (Hub88 Freebets API) and keeps the reward id its callbacks carry.',
  idempotency:
    'One job per grant (keyed by its id); a run does nothing unless the grant is ACTIVE with its reward PENDING. The request names the grant as its reference, but Hub88 has no idempotency key on rewards/create: a retry after an answer lost in transit creates a second reward there, which is never matched (docs/bonus.md, limits).',
  retryLimit: 8,
  retryDelaySeconds: 30,
  run: async ({ tenantId, grantId }, services) => {
    const tenant = await services.tenants.byId(services, tenantId);
    if (tenant) await awardGrantFreeBets(systemContext(services, tenant), grantId);
  },
});

/** Enqueues the award of a grant created with its reward PENDING, in the grant's transaction. */
export async function enqueueFreeBetsAward(ctx: Context, tx: TenantTx, grant: GrantRow): Promise<void> {
  await ctx.services.jobs.enqueue(entityManagerExecutor(tx.em), bonusFreeBetsAwardJob, { tenantId: tx.tenantId, grantId: grant.id }, { key: grant.id });
}

/**
 * Awards one grant's free bets. An aggregator that does not answer throws (the job retries); one
 * that refuses, or a provider not set up for it, marks the reward FAILED with why, for staff to see.
 */
export async function awardGrantFreeBets(ctx: Context, grantId: string): Promise<'AWARDED' | 'FAILED' | 'SKIPPED'> {
  const grant = await tenantTx(ctx, (tx) => grantById(tx, grantId));
  if (!grant || grant.status !== 'ACTIVE' || grant.reward_status !== 'PENDING' || !grant.reward_provider) return 'SKIPPED';
  let outcome: { rewardUuid: string } | { failed: string };
  try {
    outcome = await awardFreeBets(ctx.services, grant.tenant_id, grant.reward_provider, {
      player: grant.player_id,
      currency: grant.currency,
      game: grant.free_bet_games![0]!,
      betValue: BigInt(grant.free_bet_stake!),
      betCount: grant.free_bets_total!,
      startsAt: new Date(),
      endsAt: new Date(grant.expires_at),
      reference: grant.id,
      prepaidUuid: grant.terms.freeBets?.prepaidUuid ?? null,
    });
  } catch (error) {
    if (!(error instanceof FreeBetAwardError) || error.failure === 'UNAVAILABLE') throw error;
    outcome = { failed: `${error.failure}: ${error.detail}`.slice(0, 500) };
  }
  return tenantTx(ctx, async (tx) => {
    const rewardUuid = 'rewardUuid' in outcome ? outcome.rewardUuid : null;
    const failure = 'failed' in outcome ? outcome.failed : null;
    const awarded = rewardUuid !== null;
    const rows = await tx.em.execute<{ id: string }[]>(
      `update bonus_grant set reward_status = ?, reward_uuid = ?, reward_error = ?, updated_at = now()
       where tenant_id = ? and id = ? and status = 'ACTIVE' and reward_status = 'PENDING' returning id`,
      [awarded ? 'AWARDED' : 'FAILED', rewardUuid, failure, tx.tenantId, grant.id],
    );
    if (rows.length === 0) return 'SKIPPED';
    await publishInTx(tx, grant.id);
    await tx.audit({
      action: awarded ? 'bonus.freebets.award' : 'bonus.freebets.fail',
      target: { type: 'BonusGrant', id: grant.id },
      diff: awarded ? { provider: grant.reward_provider, rewardUuid } : { provider: grant.reward_provider, error: failure },
    });
    return awarded ? 'AWARDED' : 'FAILED';
  });
}
