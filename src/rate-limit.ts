import { GraphQLError } from 'graphql';
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Principal } from './auth/principal.js';
import type { RateLimitConfig, RateLimitRule } from './config.js';
import { AppError } from './errors.js';
import type { Locale } from './i18n.js';
import type { Logger } from './observability/logger.js';

/**
 * Rate limits, one point per HTTP request and per WebSocket operation, taken after
 * authentication. Each caller has one bucket, chosen by who they are:
 *
 *   API key          `key:<apiKeyId>`     RATE_LIMIT_API_KEY_*
 *   player           `player:<playerId>`  RATE_LIMIT_PLAYER_*
 *   staff (tenant or platform) `staff:<staffId>`  RATE_LIMIT_STAFF_*
 *   anyone else      `ip:<address>`       RATE_LIMIT_IP_*
 *
 * so a signed-in caller never spends the anonymous bucket of their address, and callers
 * behind one address do not share a bucket once signed in. A request whose credential is
 * refused counts against its address, so guessing tokens or keys is limited too.
 *
 * With REDIS_URL the counters live in Redis (every instance shares them); otherwise in
 * memory. If Redis fails or is not connected, each instance falls back to in-memory counters
 * with the same settings until it answers again (so, while Redis is down, a caller may get up
 * to its allowance from each instance).
 */

export type RateLimitBucket = 'apiKey' | 'player' | 'staff' | 'ip';

export class RateLimitedError extends AppError {
  constructor(readonly retryAfter: number) {
    const unit = retryAfter === 1 ? 'second' : 'seconds';
    super(
      'RATE_LIMITED',
      {
        en: `Too many requests: try again in ${retryAfter} ${unit}.`,
        tr: `Çok fazla istek: ${retryAfter} saniye sonra tekrar deneyin.`,
      },
      429,
    );
  }

  /** Carries `extensions.retryAfter` and, over HTTP, status 429 with a Retry-After header. */
  override toGraphQLError(locale: Locale): GraphQLError {
    return new GraphQLError(this.localized(locale), {
      originalError: this,
      extensions: {
        code: this.code,
        retryAfter: this.retryAfter,
        http: { status: this.httpStatus, headers: new Map([['retry-after', String(this.retryAfter)]]) },
      },
    });
  }
}

/** The bucket and key of a caller. */
export function rateLimitKey(principal: Principal | null, ip: string): { bucket: RateLimitBucket; key: string } {
  switch (principal?.kind) {
    case 'apiKey':
      return { bucket: 'apiKey', key: `key:${principal.apiKeyId}` };
    case 'player':
      return { bucket: 'player', key: `player:${principal.playerId}` };
    case 'affiliate':
      // An affiliate's portal reads are few: the players' bucket's allowance fits them.
      return { bucket: 'player', key: `affiliate:${principal.affiliateId}` };
    case 'staff':
    case 'platform':
      return { bucket: 'staff', key: `staff:${principal.staffId}` };
    default:
      return { bucket: 'ip', key: `ip:${ip || 'unknown'}` };
  }
}

export class RateLimiter {
  private constructor(
    private readonly limiters: Record<RateLimitBucket, RateLimiterAbstract>,
    private readonly redis: Redis | undefined,
  ) {}

  static create(config: RateLimitConfig, redisUrl: string | undefined, logger: Logger): RateLimiter {
    let redis: Redis | undefined;
    if (redisUrl) {
      // Its own connection: a slow limiter must not queue behind event publishing. While it is
      // not connected (starting, or Redis down) the in-memory fallback answers at once, so a
      // Redis outage neither fails nor slows requests (docs/operations.md, Faults).
      redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
      redis.on('error', (error: Error) => logger.warn({ err: error }, 'rate limiter redis error'));
    }
    const build = (bucket: RateLimitBucket, rule: RateLimitRule): RateLimiterAbstract => {
      const options = { keyPrefix: `${config.keyPrefix}:${bucket}`, points: rule.points, duration: rule.durationSeconds };
      if (!redis) return new RateLimiterMemory(options);
      return new RateLimiterRedis({ ...options, storeClient: redis, rejectIfRedisNotReady: true, insuranceLimiter: new RateLimiterMemory(options) });
    };
    return new RateLimiter(
      { apiKey: build('apiKey', config.apiKey), player: build('player', config.player), staff: build('staff', config.staff), ip: build('ip', config.ip) },
      redis,
    );
  }

  /** Takes one point from the caller's bucket, or throws RateLimitedError when it is empty. */
  async consume(principal: Principal | null, ip: string): Promise<void> {
    const { bucket, key } = rateLimitKey(principal, ip);
    try {
      await this.limiters[bucket].consume(key, 1);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) {
        throw new RateLimitedError(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
      }
      throw rejection;
    }
  }

  async close(): Promise<void> {
    await this.redis?.quit().catch(() => undefined);
  }
}
