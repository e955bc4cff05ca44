import type { Services } from '../../src/context.js';
import { hub88FreeBets } from './dialects/hub88-freebets.js';
import { FreeBetAwardError } from './seamless.errors.js';
import { providerFor } from './seamless.service.js';

/** An aggregator's operator API as the awarder calls it (the key in the clear, in memory only). */
export interface OperatorApi {
  url: string;
  operatorId: string;
  /** PEM. */
  privateKey: string;
}

/** A free-bet reward for one player: `betCount` free bets of `betValue` (minor units) on `game`. */
export interface FreeBetAward {
  player: string;
  currency: string;
  game: string;
  betValue: bigint;
  betCount: number;
  startsAt: Date;
  endsAt: Date;
  /** Our reference of the reward (the bonus grant's id). */
  reference: string;
  /** Hub88: the prepaid (reward template) to use, when the supplier needs one. */
  prepaidUuid?: string | null;
}

/** One aggregator's way of creating rewards. */
export interface FreeBetAwarder {
  award(api: OperatorApi, award: FreeBetAward): Promise<{ rewardUuid: string }>;
}

/** Awarders by dialect: a dialect without one cannot award free bets. */
const AWARDERS: Record<string, FreeBetAwarder> = { hub88: hub88FreeBets };

/**
 * Creates a free-bet reward at the tenant's aggregator `providerCode` and answers the reward's id,
 * which the aggregator's callbacks of those free bets carry. Throws FreeBetAwardError: NOT_CONFIGURED
 * (no such provider, disabled, no operator API, or a dialect that cannot award), REFUSED (the
 * aggregator said no: do not retry), UNAVAILABLE (no answer or a 5xx: retry).
 */
export async function awardFreeBets(services: Services, tenantId: string, providerCode: string, award: FreeBetAward): Promise<{ rewardUuid: string }> {
  const provider = await providerFor(services, tenantId, providerCode);
  const awarder = provider ? AWARDERS[provider.dialect] : undefined;
  if (!provider || !provider.enabled || !awarder || !provider.operator_api_url || !provider.operator_id || !provider.operator_private_key) {
    throw new FreeBetAwardError('NOT_CONFIGURED', `provider ${providerCode} cannot award free bets (missing, disabled, or without an operator API)`);
  }
  return awarder.award({ url: provider.operator_api_url, operatorId: provider.operator_id, privateKey: provider.operator_private_key }, award);
}
