import { sign } from 'node:crypto';
import { currencyExponent } from '../../../src/money.js';
import type { FreeBetAward, FreeBetAwarder, OperatorApi } from '../seamless.freebets.js';
import { FreeBetAwardError } from '../seamless.errors.js';

/**
 * Hub88's Freebets API, operator side: `POST {url}/operator/generic/v2/freebet/rewards/create`,
 * the JSON body signed RSA-SHA256 with the operator's private key (base64 in X-Hub88-Signature),
 * answered with the reward, whose `reward_uuid` the wallet callbacks of its free bets carry
 * (`is_free: true`). Amounts in Hub88 units (1/100000 of the currency unit); times in ISO 8601
 * without a zone (UTC).
 */
const PATH = '/operator/generic/v2/freebet/rewards/create';
const TIMEOUT_MS = 10_000;

function hub88Units(minor: bigint, currency: string): bigint {
  const exponent = currencyExponent(currency);
  if (exponent === null || exponent > 5) throw new FreeBetAwardError('REFUSED', `${currency} cannot be expressed in Hub88 units`);
  return minor * 10n ** BigInt(5 - exponent);
}

const isoUtc = (at: Date) => at.toISOString().slice(0, 19);

export const hub88FreeBets: FreeBetAwarder = {
  async award(api: OperatorApi, award: FreeBetAward): Promise<{ rewardUuid: string }> {
    const body = JSON.stringify({
      user: award.player,
      operator_id: /^[0-9]+$/.test(api.operatorId) ? Number(api.operatorId) : api.operatorId,
      currency: award.currency,
      game_code: award.game,
      bet_value: Number(hub88Units(award.betValue, award.currency)),
      bet_count: award.betCount,
      start_time: isoUtc(award.startsAt),
      end_time: isoUtc(award.endsAt),
      reference: award.reference,
      ...(award.prepaidUuid ? { prepaid_uuid: award.prepaidUuid } : {}),
    });
    const signature = sign('sha256', Buffer.from(body), api.privateKey).toString('base64');
    let response: Response;
    try {
      response = await fetch(new URL(PATH, api.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-hub88-signature': signature },
        body,
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (error) {
      throw new FreeBetAwardError('UNAVAILABLE', `Hub88 did not answer: ${(error as Error).message}`);
    }
    const text = await response.text();
    if (response.status >= 500 || response.status === 429) throw new FreeBetAwardError('UNAVAILABLE', `Hub88 answered ${response.status}`);
    let reward: { reward_uuid?: unknown; status?: unknown } = {};
    try {
      reward = JSON.parse(text) as typeof reward;
    } catch {
      // not JSON: refused below
    }
    if (!response.ok || typeof reward.reward_uuid !== 'string' || reward.reward_uuid.length === 0 || reward.reward_uuid.length > 128) {
      throw new FreeBetAwardError('REFUSED', `Hub88 refused the reward (${response.status}): ${text.slice(0, 200)}`);
    }
    return { rewardUuid: reward.reward_uuid };
  },
};
