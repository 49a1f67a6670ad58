import type { MiddlewareHandler } from 'hono';
import type { RateLimitSpec } from '../config/rate-limit-spec.js';
import type { AppEnv } from './app-env.js';
import { HttpError, ServerErrorCode } from './errors.js';
import type { HeaderAccess } from './header-access.js';
import { TokenBucketLimiter } from './token-bucket.js';

/**
 * Limits each client (by address, see request-log.ts) to RATE_LIMIT. The
 * buckets live in this instance's memory: behind a load balancer each
 * instance limits on its own, so the effective limit is per instance.
 */
export function rateLimit(spec: RateLimitSpec, headers: HeaderAccess, now?: () => number): MiddlewareHandler<AppEnv> {
  const limiter = new TokenBucketLimiter({ capacity: spec.capacity, refillPerSecond: spec.refillPerSecond, now });
  return async (c, next) => {
    const result = limiter.take(c.get('clientAddress'));
    if (!result.allowed) {
      throw new HttpError(429, ServerErrorCode.RateLimited, `rate limit of ${spec.text} exceeded; retry after ${result.retryAfterSeconds} s`, {
        'Retry-After': String(result.retryAfterSeconds),
      });
    }
    headers.set(c, 'RateLimit-Remaining', String(result.remaining));
    await next();
  };
}
